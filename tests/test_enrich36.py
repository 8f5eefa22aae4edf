"""Unit tests of round enrich36 (issue 23, the misses of the blind part held-out-27): verbs of
saying ("intoned"), a correspondent's label before her words, "the government said" after an
entry that named a state's government, a subheading joined before a quotation, a thing's quoted
name, a judging verb's infinitive ("to hail the deal as “…”"), a quotation that goes on after a
state as a verb's object, "head of state", a known body's abbreviation written as a word in
brackets ("(Nato)"), datelines with a weekday or a month's stop, a building that names an
occasion held in it, a protest to a capital, a state's clock ("India time"). Each on invented
entries of other subjects, with the cases that must stay unresolved or unattributed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import enrich_in_order
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def _places(vocabulary: Vocabulary, *entries: str, date: str = "2015-03-01") -> list[str]:
    return enrich_in_order(vocabulary, *entries, date=date).places


# --- "intoned", and a new speaker after an inverted verb ---------------------------------------


def test_words_a_new_name_intoned_are_hers_and_the_next_words_too(vocabulary: Vocabulary) -> None:
    entry = (
        "“To the fallen miners of Lens,” intoned Marie Dubois, a mayoral candidate, on her"
        " visit here in May. “Thanks to them, there is hope.”"
    )
    assert _said(vocabulary, entry) == [
        ("Marie Dubois", "To the fallen miners of Lens,"),
        ("Marie Dubois", "Thanks to them, there is hope."),
    ]


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("“To the fallen,” intoned Angela Merkel.", "Angela Merkel"),
        ("“We were young and poor,” recalled Marie Dubois.", "Marie Dubois"),
        ("“We will not sign today,” replied Piet Visser.", "Piet Visser"),
    ],
)
def test_an_inverted_verb_of_saying_gives_the_words_to_the_name_after_it(
    vocabulary: Vocabulary, entry: str, speaker: str
) -> None:
    assert [who for who, _ in _said(vocabulary, entry)] == [speaker]


def test_a_choir_that_intones_a_hymn_s_title_says_nothing(vocabulary: Vocabulary) -> None:
    assert _said(vocabulary, 'The choir intoned the "Ave Maria" at noon.') == []


# --- a correspondent's label --------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        'Paris Correspondent Tom Hart: "Probably a two-stage rocket"',
        'Correspondent Tom Hart: "We will know more tomorrow"',
        'BBC correspondent Tom Hart: "Probably a two-stage rocket"',
    ],
)
def test_a_correspondent_s_label_gives_her_the_words(vocabulary: Vocabulary, entry: str) -> None:
    assert [who for who, _ in _said(vocabulary, entry)] == ["Tom Hart"]
    assert "France" not in _actors(vocabulary, entry)  # (Paris: her post, not the state)


def test_a_correspondent_s_title_is_no_part_of_her_name(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "Paris Correspondent Tom Hart reports from the scene.") == [
        "Tom Hart"
    ]


def test_words_told_to_a_correspondent_stay_unattributed(vocabulary: Vocabulary) -> None:
    assert _said(vocabulary, 'The ministry told a correspondent: "We will respond soon"') == []


# --- "the government said" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "entry", "state"),
    [
        ("The French government said Monday it has protested to Berlin.",
         '"This is unacceptable and dangerous," the government said in a statement.', "France"),
        ("The government of Peru protested to Chile on Monday.",
         '"This is unacceptable," the government said.', "Peru"),
        ("Canada's government summoned the ambassador of Russia.",
         "“We will not stand for this,” the government said.", "Canada"),
    ],
)  # fmt: skip
def test_the_government_that_speaks_is_the_one_the_entry_before_named(
    vocabulary: Vocabulary, earlier: str, entry: str, state: str
) -> None:
    assert [who for who, _ in _said(vocabulary, earlier, entry)] == [state]


@pytest.mark.parametrize(
    "earlier",
    [
        "The talks in Geneva ended without a deal.",  # (no state named)
        "The French government protested to the German government.",  # (two governments)
    ],
)
def test_the_government_stays_unattributed_without_one_government_named(
    vocabulary: Vocabulary, earlier: str
) -> None:
    assert _said(vocabulary, earlier, '"This is unacceptable," the government said.') == []


# --- a subheading joined before a quotation ------------------------------------------------------


def test_a_subheading_before_the_words_leaves_he_said_to_the_one_named_before(
    vocabulary: Vocabulary,
) -> None:
    entries = (
        "Angela Merkel stopped at the memorial.",
        "Old Wounds “Here it is,” she said, pointing to her heart. “One shot.”",
    )
    assert _said(vocabulary, *entries) == [
        ("Angela Merkel", "Here it is,"),
        ("Angela Merkel", "One shot."),
    ]


# --- a thing's quoted name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Angela Merkel said the sides signed a text more specific than the four-page"
        ' "joint roadmap" that was made public.',
        "Angela Merkel said the “peace plan” which was adopted in May is dead.",
    ],
)
def test_a_name_quoted_before_what_was_done_to_it_is_no_statement(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _said(vocabulary, entry) == []


def test_words_quoted_as_a_judgement_are_still_a_statement(vocabulary: Vocabulary) -> None:
    entry = 'Angela Merkel said the deal was a "historic step" that was overdue.'
    assert _said(vocabulary, entry) == [("Angela Merkel", "historic step")]


# --- a judging verb's infinitive ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "speaker"),
    [
        (("Angela Merkel appeared before cameras to hail the treaty as “the first step to peace.”",),
         "Angela Merkel"),
        (("Angela Merkel was quick to condemn the launch as “a reckless act.”",), "Angela Merkel"),
        (("Angela Merkel visited Lyon.",
          "Clearly delighted by what she considers a victory, the Chancellor appeared before"
          " cameras to hail the treaty as “the first step to peace.”"), "Angela Merkel"),
    ],
)  # fmt: skip
def test_the_infinitive_of_a_judging_verb_gives_the_words_to_the_sentence_s_subject(
    vocabulary: Vocabulary, entries: tuple[str, ...], speaker: str
) -> None:
    assert [who for who, _ in _said(vocabulary, *entries)] == [speaker]


def test_an_infinitive_in_a_relative_clause_is_not_the_subject_s(vocabulary: Vocabulary) -> None:
    entry = "Angela Merkel met Macron, who went on to hail the treaty as “the first step.”"
    assert "Angela Merkel" not in [who for who, _ in _said(vocabulary, entry)]


# --- a quotation that goes on after a state as a verb's object ---------------------------------


def test_words_after_a_state_as_the_object_of_a_verb_go_on_with_the_speaker(
    vocabulary: Vocabulary,
) -> None:
    entry = (
        "Before the vote, a Russian state agency threatened to “bury” Ukraine and turn the"
        " United Kingdom into “radioactive dust” for its support."
    )
    assert _said(vocabulary, entry) == [("Russia", "bury"), ("Russia", "radioactive dust")]


def test_a_state_that_opens_its_own_clause_says_its_own_words(vocabulary: Vocabulary) -> None:
    entry = "Putin called the plan “a provocation” and France called it “a mistake”."
    assert _said(vocabulary, entry)[-1] == ("France", "a mistake")


def test_a_state_after_that_and_an_article_opens_a_clause_of_its_own(
    vocabulary: Vocabulary,
) -> None:
    entries = (
        "Putin met the press.",
        'But in an interview he called Macron "a pretty smart cookie" -- expressing admiration'
        ' that the French leader "was able to assume power" at a young age.',
    )
    assert "was able to assume power" not in [words for _, words in _said(vocabulary, *entries)]


# --- "head of state" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entries",
    [
        ("Putin spoke on Monday.",
         "The Russian head of state spoke of an “unbearable and persistent crisis” there."),
        ("“We must act now,” Putin told the agency. The Russian head of state spoke of an"
         " “unbearable and persistent crisis” there.",),
    ],
)  # fmt: skip
def test_a_state_s_head_of_state_is_its_leader_on_the_day(
    vocabulary: Vocabulary, entries: tuple[str, ...]
) -> None:
    assert [who for who, _ in _said(vocabulary, *entries)][-1] == "Vladimir Putin"


def test_a_head_of_state_of_no_state_is_nobody(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "A head of state must resign after a defeat.") == []


# --- a known body's abbreviation written as a word in brackets ---------------------------------


def test_a_known_body_s_abbreviation_written_as_a_word_in_brackets_names_it_later(
    vocabulary: Vocabulary,
) -> None:
    entries = ("The Alliance (Nato) met in Brussels.", "Nato said the talks were over.")
    assert _actors(vocabulary, *entries) == ["NATO"]


def test_the_word_without_its_brackets_names_no_body(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "Nato said the talks were over.") == []


# --- datelines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Berlin, Monday, March 3 — (AP) — The talks ended today.",
        "Berlin, Monday, March 3 — The talks ended today.",
    ],
)
def test_a_dateline_with_a_weekday_and_a_day_is_a_place(vocabulary: Vocabulary, entry: str) -> None:
    assert _places(vocabulary, entry) == ["Berlin"]
    assert "Germany" not in _actors(vocabulary, entry)


def test_a_wire_s_credit_after_a_month_s_stop_is_no_actor(vocabulary: Vocabulary) -> None:
    entry = "PARIS/BERLIN, Sept. 3 (Reuters) -- Emmanuel Macron and Angela Merkel ended talks."
    assert "Reuters" not in _actors(vocabulary, entry)
    assert _places(vocabulary, entry) == ["Paris", "Berlin"]


def test_an_agency_cited_in_the_text_is_still_an_actor(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "The talks ended on Oct. 3, Reuters reported.") == ["Reuters"]


# --- a building that names an occasion held in it, a protest to a capital, a clock -------------


def test_a_briefing_at_a_residence_gives_the_building_as_a_place(vocabulary: Vocabulary) -> None:
    entry = "The envoy told reporters at a White House briefing that the talks ended."
    assert _places(vocabulary, entry) == ["White House"]
    assert "United States" not in _actors(vocabulary, entry)


def test_a_residence_that_acts_is_still_its_state(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "The White House briefed reporters on the talks.") == [
        "United States"
    ]


def test_a_protest_to_a_capital_is_to_its_government(vocabulary: Vocabulary) -> None:
    entry = "The French government said it has issued a strongly worded protest to Berlin."
    assert "Germany" in _actors(vocabulary, entry)
    assert _places(vocabulary, entry) == []


def test_a_state_s_clock_is_no_state_acting(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "The rocket was launched at 6:57 a.m. India time.") == []
