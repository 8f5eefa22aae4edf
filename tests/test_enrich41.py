"""Unit tests of round enrich41 (issue 23, new names and the enrichment's known leftovers): a
ministry named again by its common noun as it speaks (README rule 12), a body's remit joined by
"and" to a second part opened by an adjective ("the Institute for Science and International
Security"), a firm taken over by its name alone in German ("Siemens übernimmt Globex."), and a German role
written before a new person's name as a capitalised noun ("Der Vorstandschef Hans Müller sagte").
Each on invented entries, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a ministry named again by its common noun as it speaks (README, rule 12) -------------------


@pytest.mark.parametrize(
    "entry",
    [
        "No officials crossed the border on Monday, the ministry said.",
        "No officials crossed the border on Monday, the ministry added in a statement.",
        'The talks "went smoothly," the ministry said.',
    ],
)
def test_a_ministry_named_again_as_it_speaks_is_an_actor(
    vocabulary: Vocabulary, entry: str
) -> None:
    before = "Seoul's Unification Ministry said the line to Pyongyang was restored."
    assert "Ministry of Unification" in _actors(vocabulary, before, entry, date="2018-01-03")


def test_its_quoted_words_stay_the_ministrys(vocabulary: Vocabulary) -> None:
    before = "Seoul's Unification Ministry said the line to Pyongyang was restored."
    entry = '"It went smoothly," the ministry said. "We will call again."'
    said = _said(vocabulary, before, entry, date="2018-01-03")
    assert said == [
        ("Ministry of Unification", "It went smoothly,"),
        ("Ministry of Unification", "We will call again."),
    ]


def test_two_ministries_named_before_give_none(vocabulary: Vocabulary) -> None:
    before = "Seoul's Unification Ministry and Japan's Foreign Ministry met on Monday."
    entry = "No officials crossed the border, the ministry said."
    found = _actors(vocabulary, before, entry, date="2018-01-03")
    assert "Ministry of Unification" not in found
    assert "Japanese Foreign Ministry" not in found


# --- a body's remit joined by "and" to a second part opened by an adjective ---------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        (
            "The Institute for Science and International Security said the site was active.",
            "Institute for Science and International Security",
        ),
        (
            "The Council for Peace and National Unity met on Monday.",
            "Council for Peace and National Unity",
        ),
    ],
)
def test_a_remit_joined_by_and_to_an_adjectives_part_is_one_body(
    vocabulary: Vocabulary, entry: str, body: str
) -> None:
    assert _actors(vocabulary, entry, date="2015-03-01") == [body]


def test_and_before_a_persons_name_still_joins_two(vocabulary: Vocabulary) -> None:
    entry = "The Institute for Science and Kim Jong Un met."
    assert _actors(vocabulary, entry, date="2015-03-01") == ["Institute for Science", "Kim Jong Un"]


# --- a firm taken over by its name alone, in German ----------------------------------------------


@pytest.mark.parametrize("entry", ["Siemens übernimmt Globex.", "Siemens übernimmt Globex"])
def test_a_firm_taking_over_another_by_name_in_german_is_an_actor(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _actors(vocabulary, entry, date="2015-03-01") == ["Siemens"]


@pytest.mark.parametrize(
    "entry",
    [
        "Scholz übernimmt Vorsitz.",
        "Müller übernimmt Verantwortung.",
        "Schulz übernimmt den Vorsitz.",
        "Merkel übernimmt Präsidentschaft.",
    ],
)
def test_an_office_or_a_task_taken_over_makes_no_firm(vocabulary: Vocabulary, entry: str) -> None:
    found = _actors(vocabulary, entry, date="2015-03-01")
    assert not {"Scholz", "Müller", "Schulz", "Merkel"} & set(found)


# --- a German role before a new person's name ------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        ("Der Vorstandschef Hans Müller sagte, das Werk werde geschlossen.", "Hans Müller"),
        ("Vorstandschef Hans Müller sagte, das Werk werde geschlossen.", "Hans Müller"),
        ("Die Sprecherin Anna Weber sagte, die Gespräche seien gescheitert.", "Anna Weber"),
        (
            "Außenminister Hans Müller reiste nach Seoul, um mit der Regierung zu sprechen.",
            "Hans Müller",
        ),
    ],
)
def test_a_german_role_before_a_new_name_is_no_part_of_it(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    assert _actors(vocabulary, entry, date="2015-03-01") == [person]


def test_a_german_role_alone_names_no_one(vocabulary: Vocabulary) -> None:
    entry = "Der Minister sagte, das Werk werde geschlossen."
    assert _actors(vocabulary, entry, date="2015-03-01") == []


def test_an_english_title_before_a_known_name_stays(vocabulary: Vocabulary) -> None:
    entry = "General Walton Walker ordered the retreat."
    assert _actors(vocabulary, entry, date="1950-12-01") == ["Walton H. Walker"]
