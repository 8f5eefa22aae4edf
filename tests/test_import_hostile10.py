"""A hostile review of session 10's import rules (/work/notes/hostile10.md): inputs a user or
another program could give, written for the test in several subjects. Each fault found is
read right now, or reported; a seeded fuzz over the rules' pieces checks that nothing raises
and that every line is accounted for."""

from __future__ import annotations

import random
import re

import pytest
from bench.growth import year_lines

from ktimeline.importing.entries import Split, split_entries
from tests.import_support import left_out, read_entries
from tests.work_support import grows_linearly


def _unplaced(text: str) -> dict[str, str]:
    return {item.text: item.reason for item in split_entries(text).unplaced}


# --- bulleted items under a date heading the importer refuses --------------------------------


@pytest.mark.parametrize(
    "refused",
    ["February 30, 1982", "June 31, 1982", "1982-02-30"],
)
def test_items_under_a_refused_date_are_reported_never_given_the_date_above(
    refused: str,
) -> None:
    text = (  # a club's seasons, one heading's date impossible
        "March 1, 1981\n"
        "  • The club opens its first ground.\n"
        "  • A youth team is founded.\n"
        "April 5, 1981\n"
        "  • The first league match is played.\n"
        f"{refused}\n"
        "  • The stand burns down.\n"
        "\n"
        "  • A new coach arrives.\n"
    )
    found = read_entries(text)
    assert not any("stand" in t or "coach" in t for _, _, t in found)
    reasons = _unplaced(text)
    assert reasons["• The stand burns down."].startswith("continues line 6")
    assert reasons["• A new coach arrives."].startswith("continues line 6")


def test_items_under_a_refused_year_heading_in_another_language() -> None:
    text = (
        "15. März 1990\n"
        "  • Die Firma wird gegründet.\n"
        "16. März 1990\n"
        "  • Das erste Büro öffnet.\n"
        "31. April 1990\n"
        "  • Der erste Kunde unterschreibt.\n"
        "2. Mai 1990\n"
        "  • Ein zweites Büro öffnet.\n"
    )
    found = read_entries(text)
    assert ("1990-05-02", None, "Ein zweites Büro öffnet.") in found
    assert not any("Kunde" in t for _, _, t in found)
    assert "• Der erste Kunde unterschreibt." in left_out(text)


# --- a line under a one-line month or day entry that opens with an unread date --------------


@pytest.mark.parametrize(
    "odd",
    ["Apr-0000: The archive is empty.", "Dec-9999: The lease ends.", "Foo-2020: A typo.",
     "Sept 31 – The vote is held."],
)  # fmt: skip
def test_an_unread_date_under_a_month_entry_is_no_event_of_that_month(odd: str) -> None:
    text = (  # a shop's monthly sales notes, as a spreadsheet writes its months
        "Jan-2020: Sales fall after the holidays.\n"
        "Feb-2020: A new branch opens.\n"
        "Mar-2020: The shop closes for the lockdown.\n"
        f"{odd}\n"
        "May-2020: The shop reopens.\n"
    )
    found = read_entries(text)
    assert [d for d, _, _ in found] == ["2020-01", "2020-02", "2020-03", "2020-05"]
    assert odd in left_out(text)


def test_an_undated_sentence_under_a_month_entry_is_still_its_event() -> None:
    text = (
        "Jan-2020: Sales fall after the holidays.\n"
        "Feb-2020: A new branch opens.\n"
        "Route 66 sees record traffic.\n"
        "Mar-2020: The shop closes for the lockdown.\n"
    )
    assert ("2020-02", None, "Route 66 sees record traffic.") in read_entries(text)


# --- a flattened table of date cells with one row that is not so -----------------------------

TABLE = (  # a river's floods
    "| 1910 | January | 21st | The river floods the lower town |\n"
    "| 1910 | Jan | 28th | The water reaches its height |\n"
    "|   | Mar | 3rd | The last streets are dry |\n"
)


@pytest.mark.parametrize(
    "odd",
    ["|   |   |   |   |", "| 0000 | Jun | 1st | A row with no year |",
     "| 9999 | Dec | 31st | A placeholder row |"],
)  # fmt: skip
def test_one_odd_row_keeps_the_tables_days(odd: str) -> None:
    text = TABLE + odd + "\n|   |   |   | Below the odd row |\n"
    found = read_entries(text)
    assert [d for d, _, _ in found[:3]] == ["1910-01-21", "1910-01-28", "1910-03-03"]
    assert not any("Below" in t for d, _, t in found if d.startswith("1910"))
    assert odd in left_out(text) or odd.strip("| ") == ""


# --- a day glued to a text in another script, or to an emoji --------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "東京で首脳会談が開かれる。",
        "مؤتمر في القاهرة",
        "🚀 Apollo 11 lifts off.",
        "Встреча в Москве",
    ],
)
def test_a_day_glued_to_any_script(first: str) -> None:
    text = (
        "Events of 1969\n"
        f"July 16{first}\n\n"
        "July 20The lunar module lands.\n\n"
        "July 24The crew splashes down.\n"
    )
    assert read_entries(text) == [
        ("1969-07-16", None, first),
        ("1969-07-20", None, "The lunar module lands."),
        ("1969-07-24", None, "The crew splashes down."),
    ]


# --- fuzz: nothing raises, every line accounted for -----------------------------------------

_TEXTS = [
    "The sea breaks through.", "Прорыв дамбы", "東京で会議が開かれる。", "مؤتمر في القاهرة",
    "Cafe\u0301 e\u0301lan", "🚀 Launch 🎉", "x", "The same day, more.", "He said ''we win''.",
    "Haig, Jr. resigns.", "| | |", "::", "1990", "—", "Am selben Tag: Streik.", "a\x00b",
]  # fmt: skip
_MONTHS = ["January", "June", "Sept.", "Feb", "Juli", "Jan."]


def _piece(r: random.Random) -> str:
    y = str(r.choice([1, 999, 1000, 1914, 2020, 2999, 3000, 9999, r.randint(1000, 2100)]))
    m, d, t = r.choice(_MONTHS), str(r.choice([0, 1, 28, 30, 31, 32])), r.choice(_TEXTS)
    return r.choice([
        f"{t}\n{m} {y}", f"{y}: {m} {d} {t}", f":: {y} ::", f":: {y}::\n  • {t}",
        f"*** {m} {y} ***\n- {d} : {t}", f"{m} {d}{t}", f"• {y}:\n\n{t}\n\n{t}",
        f"| {y} | {m[:3]} | {d}th | {t} |", f"|   |   | {d}st | {t} | ", f"{m} {d}, {y}\n{t}",
        f"{m} {d}, {y}: {t}\nThe same day, {t}", f"{y} und {int(y) + 1}: {t}",
        f"{y[:3]}0-as, {r.choice(['70', '00'])}-es évek", f"{m[:3]}-{y}: {t}",
        f"{y}-12 / {int(y) + 1}-01: {t}", f"{y}: {t} {y}-{int(y) + 3}: {t} {int(y) + 4}: {t}",
        t, "", "\t", "||||", f'"{t}," he said. "{t}," they said in a joint statement.',
    ])  # fmt: skip


def _lost(text: str, split: Split) -> list[tuple[int, str]]:
    accounted = {n for e in split.entries for n in (e.line, *e.lines)}
    accounted |= {s.line for s in (*split.unplaced, *split.layout, *split.before)}
    lost = []
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        visible = "".join(c for c in line if c.isprintable() and not c.isspace())
        visible = visible.replace("\u200b", "").replace("\ufeff", "")
        if visible and number not in accounted:
            lost.append((number, line))
    return lost


def test_fuzz_of_this_sessions_layouts() -> None:
    """200 documents of 1 to 12 pieces of the session's layouts, line ends \\n, \\r\\n or
    \\r, some with a BOM or tabs: no traceback, no date outside 0001-9999, every line with
    something on it in an entry or reported."""
    r = random.Random(10)
    for _ in range(200):
        end = r.choice(["\n", "\r\n", "\r"])
        text = end.join(_piece(r) for _ in range(r.randint(1, 12))).replace("\n", end)
        if r.random() < 0.1:
            text = "\ufeff" + text.replace(" ", "\t")
        split = split_entries(text)
        assert not _lost(text, split), text
        for entry in split.entries:
            for written in (entry.date, entry.end_date or entry.date):
                assert re.fullmatch(r"(?!0000)\d{4}(?:-\d\d(?:-\d\d)?)?", written), text


# --- a year the grammar does not read (0000, 3000, 9999) in other date forms ---------------


@pytest.mark.parametrize(
    ("odd", "year"),
    [("1st Jun 0000: A placeholder row.", "0000"), ("3 June 3000: A far event.", "3000"),
     ("Aug-3000: A far event.", "3000"), ("31. Dezember 9999: Ein Platzhalter.", "9999")],
)  # fmt: skip
def test_a_day_first_date_with_a_year_out_of_range_is_reported_never_misdated(
    odd: str, year: str
) -> None:
    lines = ["1 June 1914: The first stone is laid.", "2 June 1914: The walls rise."]
    if odd[:3] == "Aug":
        lines = ["Jun-1914: The first stone is laid.", "Jul-1914: The walls rise."]
    text = "\n".join([*lines, odd, lines[0]]) + "\n"
    found = read_entries(text)
    assert not any(odd.split(":")[-1].strip() in t for _, _, t in found)
    assert year in _unplaced(text)[odd]


@pytest.mark.parametrize("frame", [":: {} ::", "*** {} ***"])
@pytest.mark.parametrize("year", ["9999", "0000", "3000"])
def test_a_framed_year_out_of_range_and_its_items_are_reported(frame: str, year: str) -> None:
    text = (  # a game studio's releases under framed years
        f"{frame.format(1980)}\n"
        "  • The studio ships its first title.\n"
        "  • A sequel is announced.\n"
        f"{frame.format(year)}\n"
        "  • A placeholder release.\n"
        f"{frame.format(1982)}\n"
        "  • The studio is sold.\n"
    )
    found = read_entries(text)
    assert ("1982", None, "The studio is sold.") in found
    assert not any("placeholder" in t or year in t for _, _, t in found)
    reasons = _unplaced(text)
    assert year in reasons[frame.format(year)]
    assert reasons["• A placeholder release."].startswith("continues line 4")


# --- decades into the next century ----------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [("1990-es, 00-s évek", "1990", "2009"), ("1990s–00s", "1990", "2009"),
     ("1980-as, 10-es évek", "1980", "2019")],
)  # fmt: skip
def test_a_span_of_decades_into_the_next_century(written: str, first: str, last: str) -> None:
    text = (
        "1950-es évek: A gyár épül.\n"
        "1960-as évek: A gyár bővül.\n"
        f"{written}: A gyár új tulajdonosa.\n"
    )
    assert read_entries(text)[-1] == (first, last, "A gyár új tulajdonosa.")


def test_a_decade_going_back_is_still_no_span() -> None:
    text = "1950-es évek: A gyár épül.\n1960-as évek: A gyár bővül.\n1990-es, 80-as évek: Vissza.\n"
    assert "1990-es, 80-as évek: Vissza." in left_out(text)


@pytest.mark.parametrize("far", ["3000: The colony ship lands.", "4012 – The colony ship lands."])
def test_a_year_after_2999_is_reported_never_run_into_the_entry_above(far: str) -> None:
    text = (  # a novel's future history
        "2998: The first colony is founded.\n"
        "2999: The second colony is founded.\n"
        f"{far}\n"
        "2000: A flashback chapter.\n"
    )
    found = read_entries(text)
    assert ("2999", None, "The second colony is founded.") in found
    assert "outside the years" in _unplaced(text)[far]


# --- time: a long document of "YEAR: Title" lines -------------------------------------------


def test_year_lines_with_titles_are_headings_only_over_their_years_entries() -> None:
    """'1990: March 1 The first album.' a line, 100,000 lines took 38.8 s of CPU once:
    _titled_year_headings copied the rest of the lines for every such line (its linear time
    is now measured by ``python bench/run.py --only growth``). Here what it reads: a long
    document of such lines, each followed by another at its level, has no headings; titled
    years over their years' bulleted entries are headings."""
    from ktimeline.importing.entries import _titled_year_headings

    assert _titled_year_headings(year_lines(5_000)) == {}
    assert grows_linearly(lambda count: _titled_year_headings(year_lines(count)), 500)
    over_entries = [
        line
        for year in range(1990, 2000)
        for line in (f"{year}: Beginnings of chapter", f"- September {year}: The council meets.")
    ]
    assert _titled_year_headings(over_entries) == {
        2 * n + 1: year for n, year in enumerate(range(1990, 2000))
    }
