"""Issue 22, layouts56: the importer's known leftovers, each rule on short chronologies written
for the test (never the corpus pages' own words): hours written "7.15 Text" under the one day
an introduction names, the page's stamps of two days aside; …, and what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries

_read = read_entries


# --- hours written with a dot, the day only in the introduction --------------------------------


STORM = (  # a storm's day hour by hour, the page's stamps (published, updated) a year later
    "13.05.2019 , updated: 14.05.2019 09:12\n"
    "2 May 2018 a storm cut the island's power for a day. A year on, we retrace it.\n"
    "6.10 The first gusts reach the harbour at Nordvik.\n"
    "8.45. The morning ferry is cancelled. Crews wait on the quay.\n"
    "9.05 Power fails in the northern villages.\n"
    "11.30 Repair crews set out from the mainland.\n"
)


def test_dotted_hours_take_the_one_day_the_introduction_names() -> None:
    assert _read(STORM) == [
        ("2018-05-02", None, "6.10 The first gusts reach the harbour at Nordvik."),
        ("2018-05-02", None, "8.45. The morning ferry is cancelled. Crews wait on the quay."),
        ("2018-05-02", None, "9.05 Power fails in the northern villages."),
        ("2018-05-02", None, "11.30 Repair crews set out from the mainland."),
    ]
    assert "13.05.2019 , updated: 14.05.2019 09:12" in left_out(STORM)


def test_dotted_hours_in_german_under_a_day_with_its_month_named() -> None:
    text = (
        "Am 9. November 1989 fiel in Berlin die Mauer. Der Abend in Stunden:\n"
        "18.00 Pressekonferenz im Internationalen Pressezentrum.\n"
        "18.53 Schabowski verliest die neue Reiseregelung.\n"
        "20.30 Erste Menschen sammeln sich an der Bornholmer Straße.\n"
        "23.30 Der Schlagbaum wird geöffnet.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1989-11-09"] * 4


def test_numbered_sections_are_no_hours() -> None:
    text = (  # a contract's sections, one date in its preamble
        "Agreement made on 4 March 2021 between the parties below.\n"
        "1.1 Scope of the work to be done.\n"
        "1.10 Terms used in this agreement.\n"
        "2.15 Fees and their payment.\n"
        "3.20 Notice of termination.\n"
    )
    assert _read(text) == []


def test_dotted_numbers_that_do_not_rise_are_no_hours() -> None:
    text = (  # prices, one day named above them
        "Prices at the market on 4 March 2021:\n"
        "3.50 Apples from the valley.\n"
        "1.20 Bread from the mill.\n"
        "2.75 Cheese from the farm.\n"
        "0.90 Milk from the dairy.\n"
    )
    assert _read(text) == []
