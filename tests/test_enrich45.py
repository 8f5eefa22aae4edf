"""Unit tests of round enrich45 (issue 23, new names, states and the enrichment's leftovers):
a Korean name whose closing syllable is also an English word ("spokesman So Chung On."),
"the North Korean peninsula" as the state, "officials in Tokyo" as the city and its
government, a list of places a locative word opens ("in New York, Singapore and in
Panmunjom"), a numbered part of a regiment named across a comma ("1st Battalion, Middlesex
Regiment"), a person introduced by "named" ("a party member named as Kang Tae-Ho"), a
relative aside continued by "and was" before the speech verb ("Bradley, who …, and was …,
said, “…”"), a possessive name before a quoted name ("Roh’s “northern politics”": no
statement), an embassy's spokesman as his state ("a South Korean Embassy spokesman in
Beijing said"), a name then "a U.S. national" as a person, and the names of a list a plural
role opens ("journalists, Burton Crane, Frank Gibney, and …"), one word nobody knows between
the words and a speech verb ("“…,” Marshall read"). Each on invented entries, with
the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import dated_actors as _actors
from tests.enrich_support import enrich_in_order, read_dated
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a Korean name's closing syllable that is also an English word ---------------------------


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        (
            "The group received threats, said association spokesman So Chung On. Police came.",
            "So Chung On",
        ),
        ("The calls came, said the spokesman, Ri Chol On, on Monday.", "Ri Chol On"),
    ],
)
def test_a_korean_names_closing_syllable_that_is_an_english_word(
    vocabulary: Vocabulary, entry: str, name: str
) -> None:
    actors = _actors(vocabulary, entry, "2002-09-20")
    assert name in actors
    assert name.rsplit(" ", 1)[0] not in actors


def test_a_preposition_after_a_korean_name_stays_out(vocabulary: Vocabulary) -> None:
    # "On" with its object after it is the preposition, not the name's syllable
    actors = _actors(vocabulary, "Spokesman So Chung On Monday said nothing.", "2002-09-20")
    assert "So Chung On" not in actors


# --- "the North Korean peninsula" -----------------------------------------------------------


def test_the_north_korean_peninsula_is_the_state(vocabulary: Vocabulary) -> None:
    entry = "Peaks poke up from the North Korean peninsula 15 miles to the west."
    found, actors = read_dated(vocabulary, ("1968-01-23", entry))
    assert "North Korea" in actors
    assert "Korean Peninsula" not in found.places


def test_the_korean_peninsula_stays_the_place(vocabulary: Vocabulary) -> None:
    found, actors = read_dated(vocabulary, ("2010-01-01", "Tension rose on the Korean peninsula."))
    assert "Korean Peninsula" in found.places
    assert "South Korea" not in actors


# --- officials in a capital ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "state", "city"),
    [
        ("Officials in Tokyo say the missile landed in the Pacific Ocean.", "Japan", "Tokyo"),
        ("Governmental officials in Seoul declared the army ready.", "South Korea", "Seoul"),
    ],
)
def test_officials_in_a_capital_are_its_government(
    vocabulary: Vocabulary, entry: str, state: str, city: str
) -> None:
    found, actors = read_dated(vocabulary, ("1998-09-01", entry))
    assert state in actors
    assert city in found.places


@pytest.mark.parametrize(
    ("entry", "state"),
    [
        ("US officials in Seoul say the missile landed.", "South Korea"),
        ("Russian diplomats in Pyongyang believe the test is near.", "North Korea"),
    ],
)
def test_officials_of_a_named_state_in_a_capital_are_not_its_government(
    vocabulary: Vocabulary, entry: str, state: str
) -> None:
    assert state not in _actors(vocabulary, entry, "1998-09-01")


# --- a list of places a locative word opens ---------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Preparations for the meeting are going on in New York, Singapore and in Panmunjom.",
        "Preparations for the meeting are going on in New York and Singapore.",
    ],
)
def test_a_city_state_in_a_list_of_places(vocabulary: Vocabulary, entry: str) -> None:
    found, actors = read_dated(vocabulary, ("2018-05-31", entry))
    assert "Singapore" in found.places
    assert "Singapore" not in actors


@pytest.mark.parametrize(
    "entry",
    [
        "In New York, Singapore voted against the resolution.",
        "He met Trump in New York and Singapore said no.",
    ],
)
def test_a_state_acting_after_a_place_stays_the_state(vocabulary: Vocabulary, entry: str) -> None:
    assert "Singapore" in _actors(vocabulary, entry, "2018-05-31")


# --- a numbered part of a regiment across a comma --------------------------------------------


def test_a_battalion_of_a_regiment_named_across_a_comma(vocabulary: Vocabulary) -> None:
    entry = (
        "The 27th Commonwealth Brigade consisted of the 1st Battalion, Argyll and Southerland "
        "Highlanders, and 1st Battalion, Middlesex Regiment."
    )
    actors = _actors(vocabulary, entry, "1951-04-24")
    assert "1st Battalion, Argyll and Southerland Highlanders" in actors
    assert "1st Battalion, Middlesex Regiment" in actors
    assert "Middlesex Regiment" not in actors
    assert "1st Battalion" not in actors


def test_a_battalion_before_a_clause_stays_alone(vocabulary: Vocabulary) -> None:
    entry = "The 2nd Battalion, which had landed at Incheon, moved north."
    actors = _actors(vocabulary, entry, "1950-09-20")
    assert "2nd Battalion" in actors
    assert not any(a.startswith("2nd Battalion,") for a in actors)


# --- a person introduced by "named" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        (
            "In early September a prominent Korean leader named Yo Un-hyung had organized a "
            "national assembly.",
            "Yo Un-hyung",
        ),
        ("A party member named as Kang Tae-Ho was shown crying.", "Kang Tae-Ho"),
    ],
)
def test_a_person_introduced_by_named(vocabulary: Vocabulary, entry: str, name: str) -> None:
    assert name in _actors(vocabulary, entry, "1945-09-06")


def test_a_thing_named_so_is_no_person(vocabulary: Vocabulary) -> None:
    actors = _actors(vocabulary, "They sailed a boat named Blue Heron to the island.", "1968-01-23")
    assert "Blue Heron" not in actors


# --- a relative aside continued by "and was" before the speech verb ---------------------------


def test_a_relative_aside_continued_by_and_was(vocabulary: Vocabulary) -> None:
    entry = (
        "The United States, said Rusk, had a duty. Bradley, who with Louis Johnson had just "
        "returned from Japan, and was feeling so ill he barely made it through the evening, "
        "said, “We must draw the line somewhere” and Korea was as good a place as any."
    )
    assert _said(vocabulary, entry, date="1950-06-25") == [
        ("Bradley", "We must draw the line somewhere")
    ]


def test_a_relative_aside_continued_with_a_full_name(vocabulary: Vocabulary) -> None:
    entry = (
        "The United States had a duty. Tom Hollister, who had returned from Japan, and was "
        "ill, said, “We must act.”"
    )
    assert _said(vocabulary, entry, date="1950-06-25") == [("Tom Hollister", "We must act.")]


# --- a possessive name before a quoted name --------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        (
            "Roh’s “northern politics” shifted South Korea’s declared policy toward Pyongyang.",
            "1988-09-17",
        ),
        (
            "Kim Dae-jung’s “Sunshine Policy,” which aimed to improve relations, was praised.",
            "1999-01-01",
        ),
    ],
)
def test_a_possessive_before_a_quoted_name_is_no_statement(
    vocabulary: Vocabulary, entry: str, date: str
) -> None:
    assert _said(vocabulary, entry, date=date) == []


def test_a_headline_of_a_name_and_his_words_still_speaks(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "Trump ‘would be honoured to meet Kim’", date="2017-05-01")
    assert [(s.speaker, s.quote) for s in found.statements] == [
        ("Donald Trump", "would be honoured to meet Kim")
    ]


# --- an embassy's spokesman or officials ----------------------------------------------------


def test_an_embassy_spokesman_speaks_for_the_state(vocabulary: Vocabulary) -> None:
    entry = "A South Korean Embassy spokesman in Beijing said the defector walked in at 10 a.m."
    assert "South Korea" in _actors(vocabulary, entry, "1997-02-12")


@pytest.mark.parametrize(
    "entry",
    [
        "Protesters gathered outside the Japanese embassy on Friday.",
        "The king took refuge in the Russian legation for a year.",
    ],
)
def test_an_embassy_as_a_building_names_no_state(vocabulary: Vocabulary, entry: str) -> None:
    actors = _actors(vocabulary, entry, "1997-02-12")
    assert "Japan" not in actors
    assert "Russia" not in actors


# --- a name nobody knows, then "a U.S. national" ----------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Trump met Joshua Holt, a U.S. national who was released from prison, at the White House.",
        "Trump met Joshua Holt, an American citizen, at the White House.",
    ],
)
def test_a_states_national_in_apposition_is_a_person(vocabulary: Vocabulary, entry: str) -> None:
    assert "Joshua Holt" in _actors(vocabulary, entry, "2018-05-27")


def test_a_national_monument_in_apposition_is_no_person(vocabulary: Vocabulary) -> None:
    entry = "They toured Juche Tower, a national monument, on Monday."
    assert "Juche Tower" not in _actors(vocabulary, entry, "2018-05-27")


# --- the names of a list a plural role opens -------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "names"),
    [
        (
            "Three American journalists, Burton Crane, Frank Gibney, and Keyes Beech, were "
            "caught in the explosion.",
            ["Burton Crane", "Frank Gibney"],
        ),
        ("Two soldiers, Tom Ray and Ann Lee, died in the ambush.", ["Tom Ray", "Ann Lee"]),
    ],
)
def test_names_listed_after_a_plural_role(
    vocabulary: Vocabulary, entry: str, names: list[str]
) -> None:
    actors = _actors(vocabulary, entry, "1950-06-28")
    assert all(name in actors for name in names)


def test_a_state_after_a_plural_role_and_its_comma_is_no_person(vocabulary: Vocabulary) -> None:
    actors = _actors(vocabulary, "The reporters, North Korea said, were spies.", "1950-06-28")
    assert actors == ("North Korea",)


# --- one word nobody knows between the words and a speech verb --------------------------------


def test_one_unknown_word_after_the_words_and_before_said_speaks(vocabulary: Vocabulary) -> None:
    entry = "But then Marshall telephoned Truman. “Eighth Army in good shape,” Marshall read."
    assert _said(vocabulary, entry, date="2018-05-10") == [
        ("Marshall", "Eighth Army in good shape,")
    ]


def test_a_word_in_small_letters_too_is_no_speaker(vocabulary: Vocabulary) -> None:
    entry = "“Eighth Army in good shape,” Morale said, and morale was high."
    assert _said(vocabulary, entry, date="2018-05-10") == []


def test_was_to_say_is_the_subjects_words(vocabulary: Vocabulary) -> None:
    entry = (
        "Bradley, who had just returned from Japan, and was ill, said, “We must draw the line "
        "somewhere” and Korea was as good a place as any. (Acheson, some months later, was to "
        "say that if the best minds had set out to find the worst possible location to fight "
        "“this damnable war,” the unanimous choice would have been Korea.)"
    )
    assert _said(vocabulary, entry, date="1950-06-25") == [
        ("Bradley", "We must draw the line somewhere"),
        ("Dean Acheson", "this damnable war,"),
    ]
