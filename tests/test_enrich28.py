"""Unit tests of round enrich28 (issue 23, the enrichment's known faults): a tag's word inside a
new name is the name's; a body's own leadership after its possessive is the body; a German or
Spanish clause that opens with its source has its speaker after the verb; a body kept in mind
for the next "it said" is let go past an entry whose own "it" means a thing; a spouse named by
the first name shares the surname and the couple's words; a capital is the city before its
parts, a hospital, after "seized" and after "reports from"; the US Army's rank abbreviations;
a university named after a known place. All on invented entries of other subjects (a hotel
chain, an army's staff, a court, a reactor, a couple, a war in Iraq, a patrol, a university),
with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.importing.enrichment import Findings
    from ktimeline.vocabulary import Vocabulary


def _found(vocabulary: Vocabulary, *entries: str, date: str = "2015-05-01") -> Findings:
    return enrich_in_order(vocabulary, *entries, date=date)


# --- a tag's word inside a new name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "tag"),
    [
        ("Summit Hotel Properties reported higher quarterly profits.", "summit"),
        ("Sanctions Watch Group said exports fell.", "sanctions"),
    ],
)
def test_a_tag_word_inside_a_new_name_is_no_topic(
    vocabulary: Vocabulary, entry: str, tag: str
) -> None:
    found = _found(vocabulary, entry)
    assert tag not in found.tags


def test_a_tag_word_outside_a_name_still_tags(vocabulary: Vocabulary) -> None:
    assert "summit" in _found(vocabulary, "Leaders met at a summit in Hanoi.").tags


# --- a body's own leadership after its possessive -------------------------------------------


def test_a_bodys_general_staff_speaks_as_the_body(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "The PLA's General Staff said: “The drills are a routine part of the annual plan.”",
    )
    assert "General Staff" not in found.actors
    assert said(found) == [
        ("People's Liberation Army", "The drills are a routine part of the annual plan.")
    ]


def test_another_unit_of_a_body_stays_a_body_of_its_own(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "The PLA's Engineering Bureau built the mountain road.")
    assert {"People's Liberation Army", "Engineering Bureau"} <= set(found.actors)


# --- a clause that opens with its source, abroad --------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Laut Anna Becker sagte die Richterin: „Das Urteil ist endgültig.“",
        "Laut Jonas Weber sagte der Trainer, „wir spielen auf Sieg“.",
    ],
)
def test_the_source_of_a_clause_abroad_is_not_its_speaker(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert said(_found(vocabulary, entry)) == []


def test_a_name_before_its_german_verb_still_speaks(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "Anna Becker sagte der Zeitung: „Wir bleiben in Berlin.“")
    assert said(found) == [("Anna Becker", "Wir bleiben in Berlin.")]


# --- the body in mind for the next "it said" ------------------------------------------------


def test_a_body_is_not_kept_past_an_entry_whose_it_is_a_thing(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "The IAEA said “the site is sealed and under camera surveillance”.",
        "The reactor cooled slowly for a week before it was shut down.",
        "It added “inspections will resume in the spring”.",
    )
    assert said(found) == []


@pytest.mark.parametrize(
    "between",
    ["The reactor cooled slowly for a week.", "It said the reactor cooled slowly for a week."],
)
def test_a_body_is_kept_past_an_entry_of_no_other_it(vocabulary: Vocabulary, between: str) -> None:
    found = _found(
        vocabulary,
        "The IAEA said “the site is sealed and under camera surveillance”.",
        between,
        "It added “inspections will resume in the spring”.",
    )
    assert said(found) == [
        ("International Atomic Energy Agency", "inspections will resume in the spring")
    ]


# --- a spouse by the first name, and the couple's words -------------------------------------


def test_a_spouse_by_first_name_takes_the_surname_and_speaks_too(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "Tom Hale and his wife Ruth said “we are grateful to the crew”.")
    assert {"Tom Hale", "Ruth Hale"} <= set(found.actors)
    assert sorted(said(found)) == [
        ("Ruth Hale", "we are grateful to the crew"),
        ("Tom Hale", "we are grateful to the crew"),
    ]


def test_a_couple_after_the_words_speaks_together(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "“We are grateful to the crew,” said Ana Ruiz and her husband Luis.")
    assert sorted(speaker for speaker, _ in said(found)) == ["Ana Ruiz", "Luis Ruiz"]


def test_a_couple_named_by_first_name_after_the_full_name(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Fred Morgan spoke to reporters outside the court.",
        "In a statement Fred and his wife Cindy added, “We want the world to know the truth.”",
    )
    assert sorted(speaker for speaker, _ in said(found)) == ["Cindy Morgan", "Fred Morgan"]


@pytest.mark.parametrize(
    ("entry", "absent"),
    [
        ("Tom Hale and his wife Ruth Cole arrived in Lima.", "Ruth Hale"),
        ("Tom Hale and his wife arrived in Lima.", "Hale"),
    ],
)
def test_a_spouse_with_a_surname_or_none_is_not_given_his(
    vocabulary: Vocabulary, entry: str, absent: str
) -> None:
    assert absent not in _found(vocabulary, entry).actors


# --- a capital as the city -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "city", "state"),
    [
        ("Berlin’s Mitte district was sealed off by the police.", "Berlin", "Germany"),
        ("The ceasefire held overnight, a Kyiv hospital said.", "Kyiv", "Ukraine"),
        ("Coalition troops seized Baghdad in April.", "Baghdad", "Iraq"),
        ("The two states agreed to open embassies, according to reports from Moscow.",
         "Moscow", "Russia"),
    ],
)  # fmt: skip
def test_a_capital_is_the_city_there(
    vocabulary: Vocabulary, entry: str, city: str, state: str
) -> None:
    found = _found(vocabulary, entry, date="2003-04-09")
    assert city in found.places
    assert state not in found.actors


@pytest.mark.parametrize(
    ("entry", "state"),
    [
        ("Baghdad's oil policy worried its neighbours.", "Iraq"),
        ("Moscow said the talks would resume in May.", "Russia"),
    ],
)
def test_a_capital_acting_is_still_its_state(
    vocabulary: Vocabulary, entry: str, state: str
) -> None:
    found = _found(vocabulary, entry, date="2003-04-09")
    assert state in found.actors


# --- rank abbreviations, a university named after a place -----------------------------------


def test_the_us_armys_rank_abbreviations_are_no_part_of_a_name(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "CPT Ruiz and 1LT Okafor led the patrol; PFC Dunne was hurt.")
    assert {"Ruiz", "Okafor", "Dunne"} <= set(found.actors)
    assert not any(actor.startswith(("CPT", "1LT", "PFC")) for actor in found.actors)


def test_a_university_named_after_a_known_place_is_that_body(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "Protesters gathered outside Osaka Medical University.")
    assert "Osaka Medical University" in found.actors
    assert "Medical University" not in found.actors


def test_a_university_one_visits_is_no_body_nor_its_tail(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "The minister spoke while visiting Osaka Medical University.")
    assert not any("University" in actor for actor in found.actors)


# --- a family's name is no person (FAMILY_WORDS, checked) -----------------------------------


@pytest.mark.parametrize(
    ("entry", "date", "person"),
    [
        ("The Bush family gathered in Maine for the summer.", "2005-07-01", "George W. Bush"),
        ("The Kim dynasty marked another anniversary.", "2015-05-01", "Kim Jong Un"),
        ("The Kim family has ruled for seven decades.", "2015-05-01", "Kim Jong Un"),
    ],
)
def test_a_family_named_by_its_surname_is_no_person(
    vocabulary: Vocabulary, entry: str, date: str, person: str
) -> None:
    assert person not in _found(vocabulary, entry, date=date).actors
