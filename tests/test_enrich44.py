"""Unit tests of round enrich44 (issue 23, the misses of the blind part held-out-31, seen since):
an -ing speech verb after "with" and a title ("with Mr Obama predicting … the “…”"), words
agreed "that" by a subject of several states joined by "and" (each of them), a curly opening
mark typed for a closing one before the sentence's stop, capitals joined by hyphens before a
noun of relations ("Rome-Paris-Berlin axis"), a social-media handle that spells a known name
("@UnitedNations"), an encyclopedia's footnote marks ("Sweden[1][2]"), a capital a war spares
("Berlin was saved"), and the knowledge base's new records (Robert Menzies, Khrushchev's
premiership, the Australian Army, two battalions of the Korean War, Air Koryo, the Pyongyang
University of Science and Technology). Each on invented entries, with the cases that must stay
as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.quotations import find_quotations
from tests.enrich_support import dated_actors as _actors
from tests.enrich_support import enrich_in_order
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- "with" and a title before the one who does an -ing speech verb ---------------------------


@pytest.mark.parametrize(
    "entry",
    [
        'The talks ended, with Mr Obama predicting they will fix the "debt problem" soon.',
        'The talks ended, with President Obama saying they will fix the "debt problem" soon.',
        'The talks ended, with Obama predicting they will fix the "debt problem" soon.',
    ],
)
def test_with_a_title_and_a_name_then_an_ing_speech_verb(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _said(vocabulary, entry) == [("Barack Obama", "debt problem")]


# --- "agreed that “…”": the words agreed, each party's of a subject joined by "and" -------------


def test_a_state_that_agreed_that_the_words(vocabulary: Vocabulary) -> None:
    entry = "At the Rome talks, Italy agreed that “the fund shall be ready by June”."
    assert _said(vocabulary, entry) == [("Italy", "the fund shall be ready by June")]


def test_states_joined_by_and_that_agreed_that_the_words_each(vocabulary: Vocabulary) -> None:
    entry = (
        "In the Rome Declaration of May, 1950, Italy, Spain and Greece agreed that “the fund "
        "shall be ready by June”. The talks ended."
    )
    assert _said(vocabulary, entry) == [
        ("Italy", "the fund shall be ready by June"),
        ("Spain", "the fund shall be ready by June"),
        ("Greece", "the fund shall be ready by June"),
    ]


def test_two_states_that_said_the_words_each(vocabulary: Vocabulary) -> None:
    entry = "Italy and Spain said that “the fund shall be ready by June”."
    assert _said(vocabulary, entry) == [
        ("Italy", "the fund shall be ready by June"),
        ("Spain", "the fund shall be ready by June"),
    ]


def test_an_agreement_on_a_thing_is_no_statement(vocabulary: Vocabulary) -> None:
    assert _said(vocabulary, "Italy and Spain agreed to “phased” talks.") == []


def test_a_state_named_as_an_object_before_the_subject_says_nothing(vocabulary: Vocabulary) -> None:
    # (as before: "Obama met Italy", then "Spain said": Spain's alone)
    entry = "Obama met Italy and Spain said “the fund is ready”."
    assert _said(vocabulary, entry) == [("Spain", "the fund is ready")]


# --- a curly opening mark typed for the closing one, spaced before the stop ------------------


def test_an_opening_mark_before_the_stop_closes_the_words() -> None:
    text = "They agreed that “the fund shall be free And ready “. This was cited later."
    assert [q.text for q in find_quotations(text)] == ["the fund shall be free And ready"]


def test_an_opening_mark_before_a_word_still_opens() -> None:
    text = "They agreed that “the fund is ready” and “it will grow”."
    assert [q.text for q in find_quotations(text)] == ["the fund is ready", "it will grow"]


def test_the_agreed_words_end_at_the_wrong_way_mark(vocabulary: Vocabulary) -> None:
    entry = "Italy, Spain and Greece agreed that “the fund shall be ready by June “. It was not."
    assert _said(vocabulary, entry) == [
        ("Italy", "the fund shall be ready by June"),
        ("Spain", "the fund shall be ready by June"),
        ("Greece", "the fund shall be ready by June"),
    ]


# --- capitals a hyphen joins before a noun of relations are their states ----------------------


@pytest.mark.parametrize(
    ("entry", "states"),
    [
        ("He backed trilateral Rome-Paris-Berlin cooperation.", ("Italy", "France", "Germany")),
        ("He backed the Rome-Paris axis.", ("Italy", "France")),
        ("Moscow-Beijing ties improved that year.", ("Russia", "China")),
        ("He backed the US-Japan-China talks.", ("United States", "Japan", "China")),
    ],
)
def test_capitals_joined_by_hyphens_before_a_noun_of_relations(
    vocabulary: Vocabulary, entry: str, states: tuple[str, ...]
) -> None:
    assert _actors(vocabulary, entry) == states


def test_capitals_joined_by_a_hyphen_before_another_noun_are_no_states(
    vocabulary: Vocabulary,
) -> None:
    assert _actors(vocabulary, "He took the London-Paris route.") == ()


# --- a handle that spells a known name --------------------------------------------------------


def test_a_handle_spelling_a_known_name_is_that_actor(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "The appeal was retweeted by @UnitedNations today.") == (
        "United Nations",
    )


def test_a_handle_spelling_a_force_gives_its_state_too(vocabulary: Vocabulary) -> None:
    entry = "It remains one of @AustralianArmy’s finest days."
    assert _actors(vocabulary, entry, "2021-04-24") == ("Australian Army", "Australia")


@pytest.mark.parametrize(
    "entry", ["You can follow @BoxHillRunner42 for more.", "Write to press@UnitedNations.example."]
)
def test_a_handle_nobody_is_named_by_and_an_address_are_no_actor(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _actors(vocabulary, entry) == ()


# --- an encyclopedia's footnote marks ---------------------------------------------------------


def test_footnote_marks_after_a_name_do_not_hide_it(vocabulary: Vocabulary) -> None:
    entry = "A team of experts from Canada, Norway, and Sweden[1][2] presented its findings."
    assert _actors(vocabulary, entry) == ("Canada", "Norway", "Sweden")


def test_a_footnote_mark_glued_to_the_next_sentence(vocabulary: Vocabulary) -> None:
    entry = "Its offer was disregarded.[7]Germany dismissed the report.[8]"
    assert _actors(vocabulary, entry) == ("Germany",)


# --- a capital a war spares is the city -------------------------------------------------------


def test_a_capital_saved_from_attack_is_the_place(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary, "The advance was stopped and Berlin was saved from a siege.", date="1945-03-01"
    )
    assert (found.actors, found.places) == ([], ["Berlin"])


# --- the knowledge base's new records ---------------------------------------------------------


def test_premier_khrushchev_in_1961(vocabulary: Vocabulary) -> None:
    entry = "The pact is read as an effort by Premier Khrushchev to court Vietnam."
    assert "Nikita Khrushchev" in _actors(vocabulary, entry, "1961-07-06")


@pytest.mark.parametrize(
    "entry",
    [
        "The Menzies Government sends a frigate to the Pacific.",
        "On that day the Menzies Government decides to send troops.",
        "Menzies's government was hesitant at first.",
    ],
)
def test_the_government_named_by_menzies(vocabulary: Vocabulary, entry: str) -> None:
    # (README rule 11, also a capitalised Government)
    assert {"Robert Menzies", "Australia"} <= set(_actors(vocabulary, entry, "1950-07-26"))


def test_a_cabinet_named_by_its_leader_is_not_the_state(vocabulary: Vocabulary) -> None:
    # (as the annotations write a poll's "support for Aso Cabinet": the person only)
    entry = "A poll shows support for the Menzies Cabinet at 40 percent."
    assert _actors(vocabulary, entry, "1950-07-26") == ("Robert Menzies",)


@pytest.mark.parametrize(
    ("entry", "unit"),
    [
        ("3RAR crosses the river at dawn.", "Third Battalion, Royal Australian Regiment"),
        (
            "He served with the third battalion of the Royal Australian Regiment.",
            "Third Battalion, Royal Australian Regiment",
        ),
        (
            "2 PPCLI holds the ridge for two days.",
            "2nd Battalion, Princess Patricia's Canadian Light Infantry",
        ),
    ],
)
def test_a_battalion_of_the_war_by_its_forms(vocabulary: Vocabulary, entry: str, unit: str) -> None:
    assert _actors(vocabulary, entry, "1951-04-24") == (unit,)


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        ("He flew in on an Air Koryo turboprop from Beijing.", "Air Koryo"),
        (
            "Donors visit the Pyongyang University of Science and Technology.",
            "Pyongyang University of Science and Technology",
        ),
    ],
)
def test_two_north_korean_bodies(vocabulary: Vocabulary, entry: str, body: str) -> None:
    assert body in _actors(vocabulary, entry, "2009-10-01")


# --- "Korean troops" after 1948: South Korea's forces ----------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Marchers were beaten by the Korean military in the square.",
        "At noon Korean troops fired on the crowd in the square.",
    ],
)
def test_korean_forces_after_1948_are_south_koreas(vocabulary: Vocabulary, entry: str) -> None:
    assert _actors(vocabulary, entry, "1979-10-18") == (
        "Republic of Korea Armed Forces",
        "South Korea",
    )


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        ("The inter-Korean military talks resumed at the border.", "1990-09-04"),
        ("Non-Korean military personnel were limited.", "1954-01-01"),
        ("Korean troops paraded in the capital.", "1946-03-01"),
    ],
)
def test_no_south_korean_forces_in_a_prefix_or_before_1948(
    vocabulary: Vocabulary, entry: str, date: str
) -> None:
    assert "Republic of Korea Armed Forces" not in _actors(vocabulary, entry, date)


# --- "with X and Y leaders": the leaders of the day (README rule 7) ---------------------------


def test_a_meeting_with_two_states_leaders(vocabulary: Vocabulary) -> None:
    entry = "Moon may fly to Hanoi for a meeting with DPRK and U.S. leaders."
    actors = _actors(vocabulary, entry, "2019-02-20")
    assert {"Kim Jong Un", "Donald Trump"} <= set(actors)


def test_two_states_leaders_without_the_name_no_one(vocabulary: Vocabulary) -> None:
    # (as before: "American and British leaders" of another period may be meant)
    entry = "American and British leaders met often in those years."
    assert _actors(vocabulary, entry, "2019-02-20") == ("United States", "United Kingdom")


# --- a transcript's "A:" before the answer ----------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    ["A: Japan is a close neighbor of the peninsula.", "Q: Your view? A: Japan is a neighbor."],
)
def test_an_answer_mark_does_not_hide_the_name_after_it(vocabulary: Vocabulary, entry: str) -> None:
    assert _actors(vocabulary, entry) == ("Japan",)


# --- a new force named by its state's adjective: the state too (README rule 1) ----------------


@pytest.mark.parametrize(
    ("entry", "actors"),
    [
        ("An inquiry by the Indian Navy was not made public.", ("India", "Indian Navy")),
        ("The Brazilian Air Force flew the team home.", ("Brazil", "Brazilian Air Force")),
    ],
)
def test_a_new_force_named_by_its_state(
    vocabulary: Vocabulary, entry: str, actors: tuple[str, ...]
) -> None:
    assert _actors(vocabulary, entry, "2010-05-20") == actors
