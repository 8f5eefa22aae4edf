"""hostile15: session 15's importer and enrichment rules (and their neighbours) tried on
documents written to mislead them; each miss read by a narrow general rule, tested on other
subjects and languages."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import table_split
from tests.enrich_support import enrich_in_order, said
from tests.import_split import dates as entries_of
from tests.import_support import left_out

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.vocabulary import Vocabulary

# --- a month's name opening a sentence ("May tour cancelled") -------------------------------
# (three such lines made the document "write its entries" as bare months: each became an
# entry of that month of the year above, its first word lost, "1996-05 tour cancelled")

BAND = (
    "1995: The band forms in Leeds.\n"
    "1996: First single released.\n"
    "May tour cancelled.\n"
    "1997: First album.\n"
    "March on London planned.\n"
    "1998: Second album.\n"
    "August sees a second tour.\n"
    "1999: Split.\n"
)
BAND_SPACED = (
    "1995  The band forms in Leeds\n"
    "May tour cancelled\n"
    "1996  First single released\n"
    "March on London planned\n"
    "1997  First album\n"
    "August sees a second tour\n"
    "1998  Second album\n"
)


@pytest.mark.parametrize("text", [BAND, BAND_SPACED])
def test_a_month_word_opening_a_sentence_is_no_month(text: str) -> None:
    found = entries_of(text)
    assert all(len(date) == 4 for date, _, _ in found), found
    for words in ("May tour cancelled", "March on London planned", "August sees a second tour"):
        # (its words kept whole: an entry's, or reported; a first row joined to a full
        # line above is the width rule's, as for any undated row)
        assert any(words in entry for _, _, entry in found) or any(
            piece.startswith(words) for piece in left_out(text)
        ), words


def test_a_month_word_of_a_year_list_without_full_stops_is_an_event_of_the_year() -> None:
    # (layouts38's list: the undated lines are further events of the year above)
    assert entries_of(BAND_SPACED)[:4] == [
        ("1995", None, "The band forms in Leeds"),
        ("1995", None, "May tour cancelled"),
        ("1996", None, "First single released"),
        ("1996", None, "March on London planned"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a month with its separator, or before a capital, is still a month's entry)
        "1995: The club is founded.\nMay: First match.\n1996: First cup.\nJune: Tour.\n"
        "1997: Second cup.\nJuly: New stadium.\n",
        "2001\nMay The club tours Spain.\nJune The club wins.\nJuly The club rests.\n",
    ],
)
def test_a_month_before_its_separator_or_a_capital_still_dates(text: str) -> None:
    assert any(len(date) == 7 for date, _, _ in entries_of(text))


# --- a qualified year of its own under a year alone ("Finales de 1933, …" under "1932") --

OWN_YEARS = [
    (
        "1932\nSe funda el club.\nFinales de 1933, llega el entrenador.\n1934\nPrimer título.\n",
        ["1932", "1933", "1934"],
    ),
    (
        "1932\nThe club is founded.\nLate 1933, the coach arrives.\n1934\nFirst title.\n",
        ["1932", "1933", "1934"],
    ),
    (
        "1932\n- Se funda el club.\n- Finales de 1933, llega el entrenador.\n"
        "- Principios de 1931, un estadio.\n",
        ["1932", "1933", "1931"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_YEARS)
def test_an_item_opening_with_another_qualified_year_is_that_years(
    text: str, expected: list[str]
) -> None:
    assert [date for date, _, _ in entries_of(text)] == expected


def test_the_qualified_year_keeps_its_note() -> None:
    entries = split_entries("1932\nThe club is founded.\nLate 1933, the coach arrives.\n").entries
    assert entries[1].date == "1933"
    assert entries[1].note is not None and "Late 1933" in entries[1].note


@pytest.mark.parametrize(
    "text",
    [
        # (guards: the same year qualified, a bare number, a decade, "in" a year: the year's)
        "1932\nThe club is founded.\nLate 1932, the coach arrives.\n",
        "1932\nThe club is founded.\n1500 copies of the club's song are sold.\n",
        "1932\nThe club is founded.\nMid 1930s saw growth.\n",
    ],
)
def test_an_item_without_another_qualified_year_stays_the_years(text: str) -> None:
    assert {date for date, _, _ in entries_of(text)} == {"1932"}


# --- a CSV of two columns with a row of its date alone -----------------------------------
# (hostile14's rule asked a header of three cells or more: "date,event" with one row
# "2003-04-05" made nothing importable at all, every row "before the first entry")


@pytest.mark.parametrize(
    "text",
    [
        "date,event\n2001-01-05,Club founded\n2002-03-04,First match\n2003-04-05\n",
        "\ufeffdate;event\r\n2001-01-05;Club founded\r\n2002-03-04;First match\r\n2003-04-05\r\n",
        "year\tevent\n1871\tEmpire proclaimed\n1872\n1873\tCrash in Vienna\n",
    ],
)
def test_a_two_column_table_keeps_a_row_of_its_date_alone(text: str) -> None:
    split = table_split(text)
    assert split is not None
    assert len(split.entries) == 2
    assert len(split.unplaced) == 1


def test_a_two_column_header_over_prose_is_no_table() -> None:
    # (guard: a line of one cell that is no date)
    text = "date,event\n2001-01-05,Club founded\n2002-03-04,First match\nThe club grew.\n"
    assert table_split(text) is None


# --- an officer's title before a speaker's name ("Coach Martha Jones said: …") -----------
# (enrich31's title rule was reached only when no "said" followed: the speaker was made a
# person "Coach Martha Jones", the same woman as "Martha Jones" in the entry after)


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("Coach Martha Jones said: “We will win.”", "Martha Jones"),
        ("Treasurer Ann Lee said: “The books balance.”", "Ann Lee"),
        ("Judge Robert Kline said: “Ten years.”", "Robert Kline"),
        ("“We will appeal,” said Manager Paul Weiss.", "Paul Weiss"),
    ],
)
def test_an_officer_title_is_no_part_of_the_speakers_name(
    vocabulary: Vocabulary, entry: str, speaker: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2008-09-15")
    assert [who for who, _ in said(found)] == [speaker]


def test_the_titled_speaker_is_the_same_person_named_after(vocabulary: Vocabulary) -> None:
    enricher = Enricher(vocabulary)
    for entry in ("Coach Martha Jones said: “We will win.”", "Martha Jones said: “We lost.”"):
        enricher.enrich(entry, "2008-09-15")
    assert list(enricher.new) == ["Martha Jones"]


def test_a_one_word_name_after_a_title_still_speaks(vocabulary: Vocabulary) -> None:
    # (guard: "Coach Smith" is no name of two words; the old reading stands)
    found = enrich_in_order(vocabulary, "Coach Smith said: “We fought.”", date="2008-09-15")
    assert len(said(found)) == 1


# --- words for no one as a firm ("Nobody files for bankruptcy") ---------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Nobody files for bankruptcy.",
        "Everyone agrees to buy the story.",
        "Nothing goes public.",
        "Someone reports a loss of nerve.",
    ],
)
def test_no_one_is_a_firm_by_its_acts(vocabulary: Vocabulary, entry: str) -> None:
    assert enrich_in_order(vocabulary, entry, date="2008-09-15").actors == []


def test_a_firm_by_its_acts_still_is_one(vocabulary: Vocabulary) -> None:
    # (guard: enrich31's rule)
    found = enrich_in_order(vocabulary, "Globex files for bankruptcy.", date="2008-09-15")
    assert found.actors == ["Globex"]


# --- a month alone with its spaced full stop and no text ("JUNIO .") ----------------------
# (among "16 ENERO . text" days, it was the text of the month above: "1915-05 JUNIO .")

DIARY = (
    "1915\n16 ENERO . Llega el ejército.\n20 ENERO . Batalla del puente.\n25 ENERO . Retirada.\n"
    "MAYO . Se firma la paz.\n"
)


def test_a_dotted_month_with_no_text_is_that_months() -> None:
    found = entries_of(DIARY + "JUNIO .\nLlegan refuerzos.\n3 JULIO . Fiesta.\n")
    assert found[-3:] == [
        ("1915-05", None, "Se firma la paz."),
        ("1915-06", None, "Llegan refuerzos."),
        ("1915-07-03", None, "Fiesta."),
    ]


def test_a_dotted_month_alone_at_the_end_is_reported() -> None:
    text = DIARY + "JUNIO . \n"
    assert not any("JUNIO" in entry for _, _, entry in entries_of(text))
    assert any("JUNIO" in piece for piece in left_out(text))


# --- a docket's paragraph after its last entry, a citation between the entries -----------
# (layouts38's rule counted only entries one blank line apart: the citation between two made
# the paragraph the last entry's text, "Special leave refused The court allowed …")

DOCKET = (
    "12/03/2016 Judgment delivered\n\n[2016] FCAFC 72\n\n14/04/2016 Special leave sought\n\n"
    "02/06/2016 Special leave refused\n\n"
)


def test_a_citation_between_docket_entries_keeps_the_paragraph_after_apart() -> None:
    text = DOCKET + "The court allowed the appeal in part.\n"
    assert [entry for _, _, entry in entries_of(text)] == [
        "Judgment delivered",
        "Special leave sought",
        "Special leave refused",
    ]
    assert "The court allowed the appeal in part." in left_out(text)


# --- one actor file naming one name twice --------------------------------------------------
# (the hint spoke of "two actor files beside chronologies" for a name twice in one file)


def test_a_name_twice_in_one_actor_file_is_no_two_files(run: Any, tmp_path: Path) -> None:
    record = {"id": "2008-09-15-lehman", "date": "2008-09-15", "text": "Lehman fails.",
              "actors": ["Lehman"], "tags": [], "places": [], "statements": []}  # fmt: skip
    (tmp_path / "crash.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    (tmp_path / "crash.actors.jsonl").write_text(
        '{"name": "Lehman", "kind": "company"}\n{"name": "Lehman", "kind": "person"}\n', "utf-8"
    )
    result = run("validate", str(tmp_path / "crash.jsonl"))
    assert result.exit_code != 0
    assert "duplicate name 'Lehman'" in result.stderr
    assert "two actor files" not in result.stderr
