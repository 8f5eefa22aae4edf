"""hostile14: session 14's importer and enrichment rules tried on documents written to mislead
them; each miss read by a narrow general rule, tested on other subjects and languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline import dates
from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import table_split
from tests.enrich_support import enrich_in_order, said
from tests.import_split import dates as entries_of

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary

# --- later items under a year alone that open with their own day -------------------------
# (the first took its day, "26. Mai …"; the next was given that same day, "3. Juni …" on 26 May)

OWN_DAYS = [
    (
        "1945\n26. Mai Die Stadt kapituliert.\n3. Juni Neue Regierung.\n",
        ["1945-05-26", "1945-06-03"],
    ),
    (
        "1945\n26. Mai Die Stadt kapituliert.\n\n3. Juni Neue Regierung.\n",
        ["1945-05-26", "1945-06-03"],
    ),
    (
        "1871\n18. Januar Kaiserproklamation in Versailles.\n10. Mai Friede von Frankfurt.\n",
        ["1871-01-18", "1871-05-10"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_DAYS)
def test_a_later_item_under_a_year_keeps_its_own_day(text: str, expected: list[str]) -> None:
    assert [date for date, _, _ in entries_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "1966\n3 giugno Il club vince la coppa.\n9 luglio Il club cambia allenatore.\n",
        "1945\n26 May The city surrendered.\n3 June A new government.\n",
        "1945\nOp 24 februari werd de stad bevrijd.\nOp 5 mei capituleerde Duitsland.\n",
    ],
)
def test_a_later_day_item_is_never_given_the_day_above(text: str) -> None:
    found = entries_of(text)
    assert [date for date, _, _ in found].count(found[0][0]) == 1


def test_an_undated_item_under_a_year_and_a_day_item_stays_the_years() -> None:
    # (guard: no day of its own, the year's as before)
    found = entries_of("1945\nDie Stadt kapituliert.\nDie Bürger feiern.\n")
    assert {date for date, _, _ in found} == {"1945"}


# --- lower-case "may" after a day before a verb no closed list names --------------------------

MAY_VERBS = [
    "The 5 may close.",
    "5 may win the cup.",
    "The 3 may rise again.",
    "12 may vote against it.",
]


@pytest.mark.parametrize("text", MAY_VERBS)
def test_may_before_any_verb_is_no_month(text: str) -> None:
    assert dates.find_date(text) is None


def test_an_item_of_a_year_with_may_the_verb_keeps_the_year() -> None:
    assert entries_of("- 1953: The 5 may close.\n- 1954: The 11 may win the cup.\n") == [
        ("1953", None, "The 5 may close."),
        ("1954", None, "The 11 may win the cup."),
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("30 may 1381", "30 may 1381"),
        ("5 may the king died", "5 may"),
        ("5 may: text", "5 may"),
        ("5 may in Paris", "5 may"),
        ("5 May close to the river", "5 May"),
    ],
)
def test_may_the_month_stays_read(text: str, written: str) -> None:
    found = dates.find_date(text)
    assert found is not None
    assert found.group(0) == written


# --- a bulleted judgment's citation ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["- [2016] FCAFC 72", "• [1932] AC 562; [2003] EWCA Civ 1234", "* [2019] UKSC 41"],
)
def test_a_bulleted_citation_is_layout(line: str) -> None:
    split = split_entries(f"{line}\n- 2016: The appeal failed.\n- 2019: The court ruled.\n")
    assert [entry.date for entry in split.entries] == ["2016", "2019"]
    assert [piece.text for piece in split.layout] == [line]


def test_bulleted_bracketed_years_with_text_stay_entries() -> None:
    # (guard: a year in brackets before a sentence is an entry)
    assert entries_of("- [2016] The club won.\n- [2017] The club lost.\n") == [
        ("2016", None, "The club won."),
        ("2017", None, "The club lost."),
    ]


# --- a CSV whose row holds its date alone ------------------------------------------------------

SHORT_CSV = (
    "date,event,source_url\r\n"
    "1950-06-25,War begins,http://example.org/a\r\n"
    "1950-09-15,Inchon landing\r\n"
    "1951-07-10\r\n"
    "1953-07-27,Armistice,http://example.org/b\r\n"
)


def test_a_csv_row_of_its_date_alone_keeps_the_table() -> None:
    split = table_split(SHORT_CSV)
    assert split is not None
    assert [(e.date, e.text) for e in split.entries] == [
        ("1950-06-25", "War begins"),
        ("1950-09-15", "Inchon landing"),
        ("1953-07-27", "Armistice"),
    ]
    assert "1951-07-10" in [piece.text for piece in split.unplaced]


def test_a_header_over_prose_is_no_table() -> None:
    # (guard: lines with no cell of their own under a header naming a time)
    text = "date,event,source\nThe club was founded long ago.\nIt grew.\nIn 1950 it won.\n"
    assert table_split(text) is None


# --- a rank's letters before a firm's word --------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "firm"),
    [
        ("Analysts at PFC Energy said: “Oil will rise.”", "PFC Energy"),
        ("Analysts at SSG Capital said: “Rates will rise.”", "SSG Capital"),
        ("Analysts at Capt Energy said: “Oil will rise.”", "Capt Energy"),
    ],
)
def test_a_rank_s_letters_before_a_firm_s_word_are_the_firm(
    vocabulary: Vocabulary, entry: str, firm: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2015-03-01")
    assert "Energy" not in found.actors and "Capital" not in found.actors
    assert [speaker for speaker, _ in said(found)] == [firm]


def test_a_rank_s_letters_before_a_name_stay_the_rank(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "PFC John Jones said: “We held.”", date="2015-03-01")
    assert said(found) == [("John Jones", "We held.")]


# --- a university's hospital named after its place ---------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Busan National University Hospital",
        "Seoul National University Hospital",
        "Tokyo University Hospital",
    ],
)
def test_a_university_hospital_named_after_its_place_is_one_body(
    vocabulary: Vocabulary, name: str
) -> None:
    found = enrich_in_order(vocabulary, f"{name} said the patient died.", date="2015-03-01")
    assert name in found.actors
    assert not any(
        actor.startswith(("National University", "University")) for actor in found.actors
    )


def test_a_city_hospital_stays_a_place(vocabulary: Vocabulary) -> None:
    # (guard: "a Seoul hospital" is where, no body)
    found = enrich_in_order(
        vocabulary, "Doctors at a Seoul hospital said the patient died.", date="2015-03-01"
    )
    assert "Seoul" in found.places
