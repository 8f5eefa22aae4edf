"""Unit tests of round enrich42 (issue 23, the misses of the blind part held-out-30, seen since):
an apostrophe inside ‘…’, the quotations inside a quoted passage that is the whole entry, a
passive of naming with its agent after the words ("branded “…” by Chile"), a document's words
two entries on ("the statement said" after an entry quoting no one), "said in a statement"
without a quotation, "a spokesman for the ministry", India's Ministry of External Affairs, a
person named after his body ("Chief Commissioner of the Chilean Delegation Ortuzar"), and a
word opening a sentence that is no second person for "he". Each on invented entries, with the
cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.quotations import find_quotations
from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- an apostrophe between two letters inside ‘…’ goes on with the words ----------------------


def test_an_apostrophe_inside_curly_single_marks_does_not_close_them() -> None:
    text = "‘That’s all we came for, and it’s done,’ said the coach."
    assert [q.text for q in find_quotations(text)] == ["That’s all we came for, and it’s done,"]


def test_a_closing_single_mark_before_a_space_still_closes() -> None:
    text = "He called it ‘madness’ and left."
    assert [q.text for q in find_quotations(text)] == ["madness"]


def test_the_speaker_of_single_marks_with_an_apostrophe(vocabulary: Vocabulary) -> None:
    entry = "‘That’s why we travelled here. The rest is detail,’ said Angela Merkel."
    assert _said(vocabulary, entry) == [
        ("Angela Merkel", "That’s why we travelled here. The rest is detail,")
    ]


# --- a quoted passage that is the whole entry: the quotations inside it are read --------------


@pytest.mark.parametrize(
    "entry",
    [
        "“The ministers met in Brussels on Monday. ‘We will not give in,’ said Angela Merkel "
        "after the talks.” (03/02/15)",
        "\"The ministers met in Brussels on Monday. 'We will not give in,' said Angela Merkel "
        'after the talks." (Reuters)',
        "“The ministers met in Brussels on Monday. ‘We will not give in,’ said Angela Merkel "
        "after the talks.”",
    ],
)
def test_the_words_quoted_inside_a_quoted_passage_are_their_speakers(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _said(vocabulary, entry) == [("Angela Merkel", "We will not give in,")]
    assert "Angela Merkel" in _actors(vocabulary, entry)


def test_a_quoted_passage_with_no_quotation_inside_stays_nobodys(
    vocabulary: Vocabulary,
) -> None:
    entry = "“The ministers met in Brussels on Monday and agreed a plan.” (Reuters)"
    assert _said(vocabulary, entry) == []


def test_words_after_the_passage_keep_it_a_quotation_of_its_own(vocabulary: Vocabulary) -> None:
    entry = "“We met in Brussels. ‘Enough,’ I told them,” Angela Merkel said on Monday."
    assert [s for s, _ in _said(vocabulary, entry)] == ["Angela Merkel"]


# --- a passive of naming with its agent after the quotation -----------------------------------


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            'It was at once branded an act of "reckless piracy" by Chile, with Peru silent.',
            [("Chile", "reckless piracy")],
        ),
        (
            "The treaty, dubbed “the deal of the century” by Donald Trump, was signed.",
            [("Donald Trump", "the deal of the century")],
        ),
        (
            'Termed the "Great Renewal" by Obama and his allies, "a new dawn for the nation", '
            "the plan is still debated.",
            [("Barack Obama", "Great Renewal"), ("Barack Obama", "a new dawn for the nation")],
        ),
    ],
)
def test_the_agent_after_a_passive_of_naming_is_the_speaker(
    vocabulary: Vocabulary, entry: str, expected: list[tuple[str, str]]
) -> None:
    assert _said(vocabulary, entry, date="2018-03-01") == expected


def test_a_passive_of_naming_by_no_one_named_stays_unattributed(vocabulary: Vocabulary) -> None:
    entry = 'The plan was termed "a fraud" by critics.'
    assert _said(vocabulary, entry, date="2018-03-01") == []


# --- a document's words two entries on; "said in a statement" with no quotation ---------------


def test_the_statement_goes_on_past_an_entry_that_quotes_no_one(vocabulary: Vocabulary) -> None:
    entries = (
        '"The vote is a matter of concern," the Ministry of External Affairs said in a statement.',
        "New Delhi also called on both sides to show restraint.",
        '"India remains committed to peace," the statement said.',
    )
    assert _said(vocabulary, *entries, date="2016-03-01") == [
        ("Ministry of External Affairs", "India remains committed to peace,")
    ]


def test_said_in_a_statement_without_quotation_names_the_document(
    vocabulary: Vocabulary,
) -> None:
    first = "External Affairs Ministry in a statement said the vote was a matter of concern."
    assert "Ministry of External Affairs" in _actors(vocabulary, first, date="2016-03-01")
    entries = (
        first,
        "It said the talks must go on.",
        '"India remains committed to peace," the statement said.',
    )
    assert _said(vocabulary, *entries, date="2016-03-01") == [
        ("Ministry of External Affairs", "India remains committed to peace,")
    ]
    then = (*entries, '"India also remains concerned about the border," it added.')
    assert _said(vocabulary, *then, date="2016-03-01") == [
        ("Ministry of External Affairs", "India also remains concerned about the border,")
    ]


def test_a_document_is_forgotten_three_entries_on(vocabulary: Vocabulary) -> None:
    entries = (
        "External Affairs Ministry in a statement said the vote was a matter of concern.",
        "It said the talks must go on.",
        "Pakistan rejected the talks.",
        "The border stayed closed.",
        '"India remains committed to peace," the statement said.',
    )
    assert _said(vocabulary, *entries, date="2016-03-01") == []


def test_a_spokesman_for_a_body_then_the_spokesman_said(vocabulary: Vocabulary) -> None:
    entries = (
        "This was said by a spokesman for the North Korean foreign ministry.",
        '"We expected a better offer from the other side," the spokesman said.',
    )
    assert _said(vocabulary, *entries, date="2018-07-07") == [
        ("North Korean Foreign Ministry", "We expected a better offer from the other side,")
    ]


# --- a person named after his body's name, a title "of the" before it -------------------------


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        ("Chief Commissioner of the Chilean Delegation Ortuzar praised the talks.", "Ortuzar"),
        ("Head of the Soviet Mission Zorin said the plan was dead.", "Zorin"),
    ],
)
def test_the_officer_after_his_bodys_name_is_a_person(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    found = _actors(vocabulary, entry, date="1946-03-01")
    assert person in found
    assert not any(a.startswith(("Delegation", "Mission", "Commissioner")) for a in found)


def test_his_words_after_he_noted(vocabulary: Vocabulary) -> None:
    entry = (
        "Speeches followed the ceremony. Chief Commissioner of the Chilean Delegation Ortuzar "
        'praised the talks. He noted that the sides were "called upon to settle the question." '
        'He then reminded his listeners that it was the "army of the republic that won the '
        'war."'
    )
    assert _said(vocabulary, entry, date="1946-03-01") == [
        ("Ortuzar", "called upon to settle the question."),
        ("Ortuzar", "army of the republic that won the war."),
    ]


def test_a_stranger_after_the_one_person_still_blocks_he(vocabulary: Vocabulary) -> None:
    entry = (
        "Senator Ortuzar praised the talks. Then Ana Quispe spoke for long. "
        'It was then that he said the sides were "called upon to settle the question."'
    )
    assert [s for s, _ in _said(vocabulary, entry, date="1946-03-01")] != ["Ortuzar"]


# --- a capital's or state's name before "time" is a clock's zone, no actor ---------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The plane went down early Thursday morning, Tokyo time, which was Wednesday here.",
        "The launch came at 6:57 a.m. Pyongyang time on Sunday.",
    ],
)
def test_a_clocks_zone_is_no_actor(vocabulary: Vocabulary, entry: str) -> None:
    assert _actors(vocabulary, entry, date="1983-09-01") == []


def test_a_capital_acting_at_the_time_stays(vocabulary: Vocabulary) -> None:
    entry = "Tokyo protested at the time of the launch, 9 a.m. Tokyo time."
    assert _actors(vocabulary, entry, date="1983-09-01") == ["Japan"]
