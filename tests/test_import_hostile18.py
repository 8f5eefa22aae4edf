"""hostile18: session 16's new importer, date and enrichment rules read as a hostile user
would: texts of other subjects that look like the new layouts and are not, one date form read
by `range` and `import`, quotations of several speakers in other languages, and long entries
and documents (a rule asked once per line or per quotation must not read the whole text again:
calls counted at n, 2n and 3n, tests/work_support.py, or where the growth would be inside one
regex search, the time measured by ``python bench/run.py --only growth``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from bench.growth import blank_lines, tab_rows

from ktimeline import dates
from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.tables import read_entries
from ktimeline.loader import load_vocabulary
from tests.work_support import grows_linearly, growth

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings
    from ktimeline.importing.entries import Split


def _dated(split: Split) -> list[tuple[str, str | None, str]]:
    return [(entry.date, entry.end_date, entry.text) for entry in split.entries]


# --- a sentence ending with a word glued to its number is no comment count -----------------
# (explore41's COMMENT_COUNT read "… Covid19 comments" as a category label glued to a count,
# web furniture: the line dropped and the years above it turned into headings)


@pytest.mark.parametrize(
    "line",
    [
        "Premier apologises for his Covid19 comments",
        "Minister resigns over MH17 comments",
        "The coach withdraws his U21 comments",
    ],
)
def test_a_sentence_ending_with_a_word_and_its_number_is_an_entry(line: str) -> None:
    text = f"2021\n{line}\n2022\nThe club is sold.\n2023\nA new stadium opens.\n"
    split = read_entries(text)
    assert ("2021", None, line) in _dated(split)
    assert not any(item.text == line for item in split.layout)


@pytest.mark.parametrize(
    "line",
    ["Makes Statement0 Comments", "AccusationIllnessNatural Disaster0 Comments", "12 comments"],
)
def test_labels_glued_to_a_comment_count_stay_furniture(line: str) -> None:
    text = (
        f"25 Jan, 2016\nWHO declares an emergency\n{line}\n"
        "26 Jan, 2016\nThe virus spreads\n27 Jan, 2016\nBorders close\n"
    )
    split = read_entries(text)
    assert any(item.text == line for item in split.layout)
    assert not any(line in entry.text for entry in split.entries)


# --- "2011-12" among ISO months is a month, as `range` reads it ------------------------------


@pytest.mark.parametrize("separator", [": ", " ", "\n"])
def test_an_iso_month_among_iso_months_is_that_month(separator: str) -> None:
    # ("2012-03" can only be a month: as years it would end before it starts; "2011-12" was
    # the years 2011-2012 beside it, a silent wrong date)
    text = (
        f"2011-12{separator}The council meets.\n2012-03{separator}The council votes.\n"
        f"2012-05{separator}The mayor resigns.\n"
    )
    assert [(d, e) for d, e, _ in _dated(read_entries(text))] == [
        ("2011-12", None),
        ("2012-03", None),
        ("2012-05", None),
    ]


def test_import_and_range_read_an_iso_month_alike() -> None:
    text = "2001-09: The firm is founded.\n2003-02: It lists.\n2004-01: It merges.\n"
    entry = read_entries(text).entries[0]
    start, end = dates.parse_range("2001-09")
    assert dates.event_span(entry.date, entry.end_date) == (start.isoformat(), end.isoformat())


def test_a_list_of_seasons_keeps_its_years() -> None:
    # (no line of it is only a month: each season is two years, as before)
    text = "2009-10: Season one.\n2010-11: Season two.\n2011-12: Season three.\n"
    assert [(d, e) for d, e, _ in _dated(read_entries(text))] == [
        ("2009", "2010"),
        ("2010", "2011"),
        ("2011", "2012"),
    ]


# --- items ending with their year: a number inside a sentence is no year of it -------------


@pytest.mark.parametrize(
    "line", ["The crew numbered 1200", "The station closes after 1999", "The loan came to 1500"]
)
def test_a_count_ending_a_line_among_year_items_is_no_year(line: str) -> None:
    text = (
        "The ship sailed at dawn. 1805\n"
        f"{line}\n"
        "The voyage took ninety days. 1806\n"
        "The captain retired. 1807\n"
    )
    split = read_entries(text)
    assert [entry.date for entry in split.entries if line not in entry.text] == [
        "1805",
        "1806",
        "1807",
    ]
    assert not any(line in entry.text and entry.date != "1805" for entry in split.entries)
    kept = [e.text for e in split.entries] + [i.text for i in split.unplaced + split.layout]
    assert any(line in piece for piece in kept)  # (never lost silently)


def test_a_year_inside_a_sentence_after_in_is_still_its_year() -> None:
    text = (
        "The ship sailed at dawn. 1805\n"
        "The admiral is knighted in 1810\n"
        "The voyage took ninety days. 1806\n"
        "The captain retired. 1807\n"
    )
    assert ("1810", None, "The admiral is knighted in 1810") in _dated(read_entries(text))


# --- long runs of blank lines, long tables -------------------------------------------------
# (two hints opened with "^\s*", which crossed line breaks: at each blank line the search
# read every blank line after it; a table without an end column wrote a probe of blank lines.
# That growth is inside one regex search, which no count of calls sees: its time is measured
# by ``python bench/run.py --only growth``, and these tests check what the inputs read as.)


def test_a_long_run_of_blank_lines_is_read() -> None:
    assert len(read_entries("1990: a b.\n1991: c d.\n1992: e f.\n\n\n\n1993: g h.\n").entries) == 4
    assert [entry.date for entry in read_entries(blank_lines(3000)).entries] == [
        "1990", "1991", "1992", "1993"
    ]  # fmt: skip
    assert grows_linearly(lambda count: read_entries(blank_lines(count)), 300)


def test_a_long_table_of_tab_separated_rows_is_read() -> None:
    assert len(read_entries("\ufeff" + tab_rows(50)).entries) == 50
    assert len(read_entries(tab_rows(3000)).entries) == 3000
    assert grows_linearly(lambda count: read_entries(tab_rows(count)), 300)


# --- the enrichment -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh() -> Callable[[], Enricher]:
    vocabulary = load_vocabulary()
    return lambda: Enricher(vocabulary)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("“We refuse,” said Ann Gray. “Nor we,” answered Luis Perez.", "Ann Gray", "Luis Perez"),
        ("“We refuse,” said Ann Gray. “Nor we,” responded Tom Hale.", "Ann Gray", "Tom Hale"),
        (
            "“No aceptamos”, dijo Ana García. “Tampoco nosotros”, respondió Luis Pérez.",
            "Ana García",
            "Luis Pérez",
        ),
        (
            "“No aceptamos”, dijo Ana García. “Tampoco nosotros”, contestó Luis Pérez.",
            "Ana García",
            "Luis Pérez",
        ),
        ("„Nein“, sagte Anna Graf. „Doch“, antwortete Lukas Brandt.", "Anna Graf", "Lukas Brandt"),
        ("« Non », a déclaré Anne Gris. « Si », a répondu Luc Petit.", "Anne Gris", "Luc Petit"),
    ],
)
def test_a_reply_is_the_word_of_the_one_who_replies(
    fresh: Callable[[], Enricher], text: str, first: str, second: str
) -> None:
    # (the second quotation went on with the first speaker: a statement of the wrong person)
    found = fresh().enrich(text, "2015-06-01")
    assert [statement.speaker for statement in found.statements] == [first, second]


def test_a_reply_in_the_speakers_own_sentence_stays_hers(fresh: Callable[[], Enricher]) -> None:
    found = fresh().enrich("“We refuse,” Ann Gray answered. “Nor we,” she added.", "2015-06-01")
    assert [statement.speaker for statement in found.statements] == ["Ann Gray", "Ann Gray"]


def test_the_government_of_states_this_entry_names_is_no_earlier_government(
    fresh: Callable[[], Enricher],
) -> None:
    enricher = fresh()
    enricher.enrich("The Japanese government said it would act.", "2019-03-01")
    found = enricher.enrich(
        "Peru and Chile met. “We will respond,” the government said.", "2019-03-02"
    )
    assert not any(statement.speaker == "Japan" for statement in found.statements)


def test_the_government_said_is_still_the_government_named_before(
    fresh: Callable[[], Enricher],
) -> None:
    enricher = fresh()
    enricher.enrich("The Japanese government said it would act.", "2019-03-01")
    found = enricher.enrich("“We will respond,” the government said.", "2019-03-02")
    assert [statement.speaker for statement in found.statements] == ["Japan"]
    found = fresh().enrich(
        "The Peruvian government met Chile's envoy. “We will respond,” the government said.",
        "2019-03-02",
    )
    assert [statement.speaker for statement in found.statements] == ["Peru"]


@pytest.mark.parametrize(
    ("unit", "small"),
    [
        # (each quotation after a far one with a speaker masked the whole text back to it)
        ("Tokyo Correspondent Juliet Hindell: “It is calm.” ", 500),
        # (each "the government said" read every mention; each state's title every mention)
        (
            "The Japanese government said it would act. “We will respond,” the government said. ",
            3000,
        ),
    ],
)
def test_a_long_entry_of_quotations_stays_linear(
    fresh: Callable[[], Enricher], unit: str, small: int
) -> None:
    enricher = fresh()
    found: Callable[[int], Findings] = lambda count: enricher.enrich(unit * count, "2019-03-01")  # noqa: E731
    assert found(3).statements
    # calls counted at a thirtieth of the units CPU seconds were timed at (tests/work_support.py)
    first, second = growth(found, small // 30)
    assert second <= 1.1 * first + 10, (first, second)
