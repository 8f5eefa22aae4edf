"""Unit tests of round enrich49 (issue 23, statements and the enrichment's known leftovers):
"The report said … “…”" in the chain of a news agency's words (and its "It added" after a
state that only titles a person), a people in the plural ("many Koreans") no stranger a "she"
may mean, a known place's landform in lower case ("the Kapyong valley"), and a people's force
in lower case ("Chinese people's volunteers"). Each on invented entries, with the cases that
must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.enrich_support import actors_in_order, enrich_in_order
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- "The report said" after a news agency's words: the agency's -----------------------------

AGENCY_ENTRIES = (
    "North Korean leader Kim Jong Il has pardoned two journalists, state news agency KCNA said.",
    '"The envoy apologised for the acts of the two journalists," the news agency reported. '
    '"The envoy conveyed a request of the government to pardon them.',
    '"The talks were held in a sincere atmosphere."',  # (the paragraph left open goes on)
)


def test_the_report_goes_on_with_the_agencys_words(vocabulary: Vocabulary) -> None:
    entries = (
        *AGENCY_ENTRIES,
        'The report said the envoy then conveyed a message "expressing profound thanks for this."',
    )
    assert _said(vocabulary, *entries, date="2009-08-04") == [
        ("Korean Central News Agency", "expressing profound thanks for this.")
    ]


def test_the_report_read_through_initials_before_the_quotation(vocabulary: Vocabulary) -> None:
    entries = (
        *AGENCY_ENTRIES,
        "The report said the envoy conveyed a message from U.S. President Barack Obama "
        '"expressing profound thanks for this."',
    )
    assert _said(vocabulary, *entries, date="2009-08-04") == [
        ("Korean Central News Agency", "expressing profound thanks for this.")
    ]


def test_it_added_after_a_state_that_only_titles_a_person(vocabulary: Vocabulary) -> None:
    entries = (
        *AGENCY_ENTRIES,
        "The report said the envoy conveyed a message from U.S. President Barack Obama "
        '"expressing profound thanks for this."',
        'It added, "The release of the journalists shows our humanitarian policy."',
    )
    assert _said(vocabulary, *entries, date="2009-08-04") == [
        (
            "Korean Central News Agency",
            "The release of the journalists shows our humanitarian policy.",
        )
    ]


def test_the_report_after_a_persons_words_stays_unattributed(vocabulary: Vocabulary) -> None:
    # (a person's words are no report of his: only a news agency's are)
    entries = (
        '"We will keep talking," Barack Obama said.',
        'The report said the envoy conveyed a message "expressing profound thanks for this."',
    )
    assert _said(vocabulary, *entries, date="2009-08-04") == []


def test_a_state_named_on_its_own_still_ends_it_added(vocabulary: Vocabulary) -> None:
    # (a state named as an actor, not in a person's title, may be the "it" that adds)
    entries = (
        *AGENCY_ENTRIES,
        'The report said China had sent a message "expressing profound thanks for this."',
        'It added, "The release of the journalists shows our humanitarian policy."',
    )
    assert _said(vocabulary, *entries, date="2009-08-04") == []


# --- a people in the plural is no stranger a pronoun may mean ----------------------------------


def test_she_said_past_many_koreans_is_the_woman_named_before(vocabulary: Vocabulary) -> None:
    entries = (
        "Cho Soon-ae broke down in tears as she landed at the pier in Incheon.",
        '"My house was burned to the ground," she said, as she walked from the boat, a scene '
        "which for many Koreans was reminiscent of the flight.",
    )
    assert _said(vocabulary, *entries, date="2010-11-24") == [
        ("Cho Soon-ae", "My house was burned to the ground,")
    ]


def test_a_stranger_by_name_still_blocks_the_pronoun(vocabulary: Vocabulary) -> None:
    entries = (
        "Cho Soon-ae broke down in tears as she landed at the pier in Incheon.",
        '"My house was burned to the ground," she said, as she walked from the boat, a scene '
        "which for Marla Quibbens was reminiscent of the flight.",
    )
    assert _said(vocabulary, *entries, date="2010-11-24") == []


# --- a known place's landform in lower case ----------------------------------------------------


def test_a_known_places_valley_in_lower_case(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary,
        "Chinese forces attacked the Kapyong valley and forced the troops into retreat.",
        date="1951-04-22",
    )
    assert found.places == ["Kapyong Valley"]


def test_a_rivers_valley_stays_the_river(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "The troops crossed the Naktong valley.", date="1950-08-01")
    assert found.places == ["Nakdong River"]


def test_a_known_place_before_another_word_stays_the_place(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "Fighting went on in the Kapyong area.", date="1951-04-22")
    assert found.places == ["Kapyong"]


# --- a people's force in lower case ------------------------------------------------------------


def test_a_peoples_force_in_lower_case(vocabulary: Vocabulary) -> None:
    entry = "The side decided to withdraw all Chinese people's volunteers in 1958."
    assert actors_in_order(vocabulary, entry, date="1958-02-01") == ["People's Liberation Army"]


def test_another_peoples_noun_in_lower_case_is_no_force(vocabulary: Vocabulary) -> None:
    entry = "The Chinese people's representatives met in Beijing."
    assert "People's Liberation Army" not in actors_in_order(vocabulary, entry, date="1958-02-01")


# --- a force's own name going on with "of" and its state ---------------------------------------


def test_a_named_force_of_a_state(vocabulary: Vocabulary) -> None:
    entry = "He was a part of the Custodian Forces of India that had been sent to Korea."
    assert "Custodian Forces of India" in actors_in_order(vocabulary, entry, date="1953-09-01")


def test_the_armed_forces_of_a_state_are_no_new_name(vocabulary: Vocabulary) -> None:
    entry = "The Armed Forces of India were sent to Korea."
    assert "Armed Forces of India" not in actors_in_order(vocabulary, entry, date="1953-09-01")
