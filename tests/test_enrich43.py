"""Unit tests of round enrich43 (issue 23, the enrichment's known leftovers): a head's title
in capitals with no name ("the Prime Minister", "The President") in a document whose known
persons are all of one state is that state's holder on the entry's date (a parliament's
record: "Mr. Churchill asked the Prime Minister if …", "The Prime Minister I have …"), and
"the president had …" acts as "the president did …"; one capitalised word nobody knows that
only a person can be by what follows it ("Bucher and his crew", "Hollister, who …", "Bucher
couldn't bring himself …") is a new person named by it alone. Each on invented entries, with
the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import actors_in_order as _actors

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- "the Prime Minister" in capitals: the holder in the state of the document's persons ------


@pytest.mark.parametrize(
    "entry",
    [
        "Mr. Churchill asked the Prime Minister if he had any news from Korea?",
        "Mr. Churchill May I ask whether the Prime Minister would wait for the news?",
        "Mr. Churchill Has the Prime Minister noticed the reports from Korea?",
    ],
)
def test_the_prime_minister_asked_is_the_holder_of_the_askers_state(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert "Clement Attlee" in _actors(vocabulary, entry, date="1950-06-27")


def test_the_prime_minister_as_a_speakers_label_after_a_question(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary,
        "Mr. Churchill asked about the fighting in Korea.",
        "The Prime Minister I have very little to add to the reports.",
        date="1950-06-27",
    )
    assert actors == ["Clement Attlee"]


def test_no_holder_when_the_document_named_no_known_person(vocabulary: Vocabulary) -> None:
    assert (
        _actors(vocabulary, "The Prime Minister I have very little to add.", date="1950-06-27")
        == []
    )


def test_no_holder_when_the_documents_persons_are_of_two_states(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary,
        "Winston Churchill met Harry Truman in Washington.",
        "The Prime Minister I have very little to add.",
        date="1950-06-27",
    )
    assert "Clement Attlee" not in actors


def test_the_prime_minister_in_small_letters_is_not_read_so(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary, "Mr. Churchill asked the prime minister if he had any news.", date="1950-06-27"
    )
    assert "Clement Attlee" not in actors


def test_the_president_of_another_body_is_no_head(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary,
        "Mr. Churchill asked the President of the Board of Trade about exports.",
        date="1950-06-27",
    )
    assert "Clement Attlee" not in actors


# --- "the President had …": a title acting ------------------------------------------------------


def test_the_president_had_is_the_president_the_document_named(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary,
        "Talks between President Trump and Kim Jong Un fell apart on Thursday.",
        "The President had been hopeful that a deal could be signed.",
        date="2019-02-28",
    )
    assert actors == ["Donald Trump"]


def test_a_title_then_a_comma_and_had_is_no_act_of_the_holder(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary,
        "The crisis, which came just after I became the Secretary of Defense, had been "
        "resolved by the Agreed Framework.",
        date="1994-10-21",
    )
    assert "William Perry" not in actors


# --- one word nobody knows, a person by what follows it ------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Before the ship was seized, Hollister and his crew smashed the equipment.",
        "Outgunned, Hollister and her crew surrendered.",
        "Hollister, who had just returned from Tokyo, spoke first.",
        "The skipper turned around. Hollister couldn’t bring himself to sign.",
        "When the guards left, Hollister removed his watch.",
    ],
)
def test_one_word_nobody_knows_that_only_a_person_can_be(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _actors(vocabulary, entry, date="1968-01-23") == ["Hollister"]


def test_the_lone_name_is_the_same_person_in_the_next_entries(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary,
        "Before the ship was seized, Hollister and his crew smashed the equipment.",
        "By all accounts, Hollister bore the brunt of the beatings.",
        date="1968-01-23",
    )
    assert actors == ["Hollister"]


@pytest.mark.parametrize(
    "entry",
    [
        "The Pueblo and her crew were seized off the coast.",  # a ship, after "the"
        "Bishop and his aides met the envoy; the bishop spoke first.",  # a word in small too
        "Hollister And His Crew Return Home After Long Ordeal",  # a headline's capitals
        "Hollister arrived in Tokyo on Monday.",  # no cue of a person
        "In Hollister and his town the mood was grim.",  # after "in": a place
    ],
)
def test_one_word_with_no_cue_of_a_person_stays_nobody(vocabulary: Vocabulary, entry: str) -> None:
    assert "Hollister" not in _actors(vocabulary, entry, date="1968-01-23")
    assert "Pueblo" not in _actors(vocabulary, entry, date="1968-01-23")
    assert "Bishop" not in _actors(vocabulary, entry, date="1968-01-23")
