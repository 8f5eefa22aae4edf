"""Issue 22, layouts46: session 16's known faults of the importer, as general rules tested on
chronologies of other subjects and wordings: a year, a slash and the next year's two digits
("1806/07") refused as ambiguous in a document that settles nothing (as `range` refuses it),
read as a season or a month where the document's other lines settle it; years before the
Common Era left unsaid (a run of years counting down, then rising past its first, or among
spans written downwards) reported, never read as years of the Common Era; with what each must
not read."""

from __future__ import annotations

import pytest

from ktimeline.dates import DateArgumentError, parse_date_argument
from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import read_entries as read_table_entries
from tests.import_support import read_entries, reasons


def read_table(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.date, e.end_date, " ".join(" ".join(e.parts).split()))
        for e in read_table_entries(text).entries
    ]


# --- "1806/07": a month, or two years? refused where the document does not say ------------


@pytest.mark.parametrize(
    ("first", "sign", "mark"),
    [
        ("1806/07", "", ":"),
        ("1900/01", "", " –"),
        ("2011/12", "- ", ":"),
    ],
)
def test_a_year_and_the_next_years_two_digits_is_refused_as_ambiguous(
    first: str, sign: str, mark: str
) -> None:
    text = (
        f"{sign}{first}{mark} The first siege of the port.\n"
        f"{sign}1913{mark} The harbour wall is rebuilt.\n"
        f"{sign}1920{mark} A second pier opens.\n"
    )
    found = read_entries(text)
    assert [date for date, _, _ in found] == ["1913", "1920"]
    why = reasons(text)
    assert "ambiguous" in why[f"{first}{mark} The first siege of the port."], why


def test_without_the_documents_separator_it_is_still_never_read() -> None:
    text = "1900/01 The society's first show.\n1913: The hall is built.\n1920: It burns.\n"
    assert [date for date, _, _ in read_entries(text)] == ["1913", "1920"]
    assert "1900/01 The society's first show." in reasons(text)


def test_range_refuses_the_same_form_the_importer_refuses() -> None:
    for written in ("1806/07", "1900/01", "2011/12"):
        with pytest.raises(DateArgumentError, match="ambiguous"):
            parse_date_argument(written, "date")


def test_a_document_of_months_written_so_reads_it_as_the_month() -> None:
    text = (
        "1949/12 The delegation arrives in the capital.\n"
        "1950/04 The treaty is signed.\n"
        "1950/51 The second delegation is sent.\n"
        "2010/11 The archive opens.\n"
    )
    assert [date for date, _, _ in read_entries(text)][:2] == ["1949-12", "1950-04"]
    assert ("2010-11", None, "The archive opens.") in read_entries(text)


def test_a_document_of_seasons_reads_it_as_the_season() -> None:
    clubs = [
        "Rovers",
        "Town",
        "United",
        "City",
        "Wanderers",
        "Albion",
        "County",
        "Athletic",
        "Villa",
        "Forest",
    ]
    text = "".join(
        f"{year}/{(year + 1) % 100:02d} Div 1 {club}\n"
        for year, club in zip(range(1893, 1903), clubs, strict=True)
    )
    assert read_entries(text)[-3:] == [
        ("1900", "1901", "Div 1 Athletic"),
        ("1901", "1902", "Div 1 Villa"),
        ("1902", "1903", "Div 1 Forest"),
    ]


def test_a_slashed_day_or_a_month_no_year_can_be_stays_read() -> None:
    text = "2011/12/05: The bridge opens.\n1998/03: The ferry stops.\n2004: A new quay.\n"
    assert [date for date, _, _ in read_entries(text)] == ["2011-12-05", "1998-03", "2004"]


# --- years before the Common Era, unsaid: reported, never read as AD -----------------------


ANCIENT_TOWN = """\
History of the town

-753- Foundation of the first settlement on the hill.

-509- The kings are driven out.

-264- The town sides with Rome in the war.

-89- The town gives its citizens' rights to the allies.

-476- The Goths sack the lower town.

-568- The Lombards take the fortress.

-774- The town passes to the Franks.

-962- The emperor gives the town to the bishop.

-1084- The Normans burn the cathedral.

-1130- A new cathedral is consecrated.

-1250- The town walls are rebuilt.

-1347- The plague reaches the town.
"""


def test_a_run_of_years_counting_down_then_rising_is_before_the_common_era() -> None:
    found = read_entries(ANCIENT_TOWN)
    assert [date for date, _, _ in found][:3] == ["0476", "0568", "0774"]
    assert len(found) == 8
    why = reasons(ANCIENT_TOWN)
    assert "before the Common Era" in why["-509- The kings are driven out."]
    assert "before the Common Era" in why["-89- The town gives its citizens' rights to the allies."]


ANTIQUITY = """\
Ancient history at a glance

3500-3100
Towns grow along the river.

2700
The first pyramid is built.

2600-2500
The great pyramids are built.

2450
The temple of the sun god rises.

2300-2150
The old kingdom falls apart.

2100
A new dynasty reunites the land.
"""


def test_years_counting_down_among_spans_written_downwards_are_before_the_common_era() -> None:
    found = read_entries(ANTIQUITY)
    assert all(date not in {"2700", "2450", "2100"} for date, _, _ in found), found
    why = reasons(ANTIQUITY)
    assert "before the Common Era" in why["The first pyramid is built."]


def test_a_list_newest_first_is_no_such_run() -> None:
    text = (
        "2019 The museum reopens after the works.\n"
        "2015 The works begin.\n"
        "1998 The north wing burns.\n"
        "1972-76 The museum is extended.\n"
        "1930 The museum is founded.\n"
    )
    assert [date for date, _, _ in read_entries(text)] == ["2019", "2015", "1998", "1972", "1930"]


def test_years_that_fall_then_rise_but_never_past_the_first_are_no_such_run() -> None:
    text = (
        "2021 The club's latest title.\n"
        "2018 The title before it.\n"
        "2012 The first title in decades.\n"
        "1950 The club is founded.\n"
        "1951 First season.\n"
        "1953 Promotion.\n"
        "1960 The ground is bought.\n"
    )
    assert len(read_entries(text)) == 7


# --- a date line with its hour among plain dates -------------------------------------------


LAUNCH = """\
The launch

July 14, 1969
The crew arrives at the launch site.
July 15, 1969, 9 p.m.
Fuelling of the rocket begins.
July 16, 1969
The rocket lifts off.
July 20, 1969
The landing craft touches down.
"""


def test_one_date_with_its_hour_among_dates_alone_takes_the_text_below() -> None:
    assert read_entries(LAUNCH) == [
        ("1969-07-14", None, "The crew arrives at the launch site."),
        ("1969-07-15", None, "9 p.m. Fuelling of the rocket begins."),
        ("1969-07-16", None, "The rocket lifts off."),
        ("1969-07-20", None, "The landing craft touches down."),
    ]


def test_dates_with_their_hour_and_the_documents_separator_open_entries() -> None:
    text = (
        "3 March 1931: The miners meet at the hall.\n"
        "4 March 1931, 6:30 a.m.: The first shift stays out.\n"
        "4 March 1931, 14:05 – The owners close the gates.\n"
        "9 March 1931: The strike ends.\n"
    )
    assert read_entries(text) == [
        ("1931-03-03", None, "The miners meet at the hall."),
        ("1931-03-04", None, "6:30 a.m.: The first shift stays out."),
        ("1931-03-04", None, "14:05 – The owners close the gates."),
        ("1931-03-09", None, "The strike ends."),
    ]


def test_a_page_stamp_with_its_hour_over_an_article_stays_no_entry() -> None:
    article = (
        "12 May 2021, 10:24 AM\n\nThe town celebrates its festival today.\n\n"
        "1950: The club is founded.\n1962: The club is promoted.\n"
        "1971: The club wins the league.\n"
    )
    assert [day for day, _, _ in read_entries(article)] == ["1950", "1962", "1971"]


# --- a table's year cell, then a day/month cell without a year ------------------------------


def test_a_year_cell_beside_a_day_and_month_cell_is_one_date() -> None:
    text = (
        "1919\t28/6\tThe peace treaty is signed.\n"
        "1920\t10-16/1\tThe league holds its first sessions.\n"
        "1921\t3/3\tThe plebiscite is held.\n"
    )
    assert read_table(text) == [
        ("1919-06-28", None, "The peace treaty is signed."),
        ("1920-01-10", "1920-01-16", "The league holds its first sessions."),
        ("1921-03-03", None, "The plebiscite is held."),
    ]


def test_a_year_cell_beside_scores_or_shares_keeps_the_year() -> None:
    # (no cell shows a day first: "4/2" may be a score, a share or a month-first day)
    text = "1966;4/2;Won the final\n1970;3/1;Lost the semi-final\n1974;2/2;Drew the opener\n"
    assert [date for date, _, _ in read_table(text)] == ["1966", "1970", "1974"]


# --- "In 1814, …" among items that end with their years ------------------------------------


MILL = """\
The mill through the years

The first wooden mill is built on the river. 1702
The miller's son rebuilds it in stone. 1745
A flood carries away the weir. 1768
In 1790, the mill passes to the parish and a new wheel is fitted.
The steam engine replaces the wheel. 1834
"""


def test_an_item_opening_with_its_year_among_items_ending_so_is_that_years() -> None:
    assert ("1790", None, "In 1790, the mill passes to the parish and a new wheel is fitted.") in (
        read_entries(MILL)
    )
    assert len(read_entries(MILL)) == 5


def test_in_a_list_of_years_first_an_in_year_line_stays_reported() -> None:
    # (the layout of years ending the items only: elsewhere "In 1790, …" under "1768: …" is
    # a line that opens with another year, reported as before)
    text = (
        "1702: The first wooden mill is built.\n1745: The mill is rebuilt.\n"
        "1768: A flood carries away the weir.\n"
        "In 1790, the mill passes to the parish and a new wheel is fitted.\n"
    )
    assert [date for date, _, _ in read_entries(text)] == ["1702", "1745", "1768"]


# --- a short log running over a new year is no list newest first ----------------------------


def test_a_short_log_over_a_new_year_is_described_oldest_first() -> None:
    text = (
        "Deck log\n\n98 SEP 02 The ship leaves the harbour.\n98 SEP 03 A storm breaks.\n"
        "99 JAN 05 The ship returns.\n\nPrinted 2003-05-01.\n"
    )
    split = split_entries(text)
    assert [entry.date for entry in split.entries] == ["1998-09-02", "1998-09-03", "1999-01-05"]
    assert split.pattern is not None
    assert "newest first" not in split.pattern.describe(entries_read=True)


def test_days_stepping_back_within_half_a_year_stay_newest_first() -> None:
    text = (
        "The regatta in 1963\n\n21 June The final is sailed.\n11 June The heats begin.\n"
        "6 June The boats arrive.\n18 January The entries open.\n"
    )
    split = split_entries(text)
    assert split.pattern is not None
    assert "newest first" in split.pattern.describe(entries_read=True)
    assert [entry.date for entry in split.entries][-1] == "1963-01-18"


# --- a table's column of flags after each row's text ---------------------------------------


def test_a_flag_column_after_the_texts_is_cut_off_and_listed() -> None:
    text = (
        "Inspections of the bridge\n\n"
        "1987-03-02 Cracks found in the north pier NO\n"
        "1987-06-15 Pier repaired by the county YES\n"
        "1988-01-10 Load limit lowered to ten tonnes YES\n"
        "1988-05-04 Bridge closed for resurfacing NO\n"
    )
    assert read_entries(text) == [
        ("1987-03-02", None, "Cracks found in the north pier"),
        ("1987-06-15", None, "Pier repaired by the county"),
        ("1988-01-10", None, "Load limit lowered to ten tonnes"),
        ("1988-05-04", None, "Bridge closed for resurfacing"),
    ]
    assert "a table's column of flags" in reasons(text)["YES"]


def test_a_capital_word_ending_a_few_texts_stays_text() -> None:
    text = (
        "1975: The country votes YES\n1980: The second vote.\n"
        "1992: A third vote, NO.\n1995: The last vote is NO\n"
    )
    assert read_entries(text)[0][2] == "The country votes YES"


# --- a page's labelled date in other languages gives the entries' year ---------------------


@pytest.mark.parametrize(
    ("label", "days"),
    [
        ("Veröffentlicht am 16. Februar 2015", ("3. Januar", "10. Januar", "2. Februar")),
        ("Publicado el 16 de febrero de 2015", ("3 de enero", "10 de enero", "2 de febrero")),
        ("Publié le 16 février 2015", ("3 janvier", "10 janvier", "2 février")),
        ("Pubblicato il 16 febbraio 2015", ("3 gennaio", "10 gennaio", "2 febbraio")),
    ],
)
def test_a_labelled_page_date_gives_the_year_of_its_yearless_days(
    label: str, days: tuple[str, ...]
) -> None:
    text = f"{label}\n\n" + "".join(f"{day}: Item {n}.\n" for n, day in enumerate(days, 1))
    assert [date for date, _, _ in read_entries(text)] == ["2015-01-03", "2015-01-10", "2015-02-02"]


# --- an approximate three-digit year alone above the century that holds it ------------------


def test_an_approximate_year_alone_above_its_century_is_of_the_common_era() -> None:
    text = (
        "ca. 730\nThe monastery is founded on the island.\n\n"
        "8th century\nThe monks copy the gospels.\n\n"
        "9th century\nRaiders burn the library.\n\n"
        "1014\nThe king defeats the raiders.\n\n1150\nA stone church is built.\n\n"
        "1297\nThe abbey is given its charter.\n"
    )
    found = read_entries(text)
    assert found[0] == ("0730", None, "The monastery is founded on the island.")
    assert [date for date, _, _ in found[1:]] == ["0701", "0801", "1014", "1150", "1297"]


@pytest.mark.parametrize("below", ["3rd century", "1066"])
def test_an_approximate_year_above_another_century_or_a_year_stays_refused(below: str) -> None:
    text = (
        f"c 410\nThe legions leave.\n\n{below}\nThe kingdoms form.\n\n"
        "1100\nThe castle is built.\n\n1200\nThe town gets its charter.\n\n"
        "1297\nThe abbey is given its charter.\n"
    )
    assert "0410" not in [date for date, _, _ in read_entries(text)]
