"""Actors and places on import (issue 23, round actors12): the rules of this round, each on
sentences written for it here, with the cases it must leave alone (precision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings


# --- a surname goes to the bearer the entry or the document names ------------------------


def test_a_surname_is_the_new_person_of_the_same_entry_not_the_leader(
    enrich: Callable[[str, str], Findings],
) -> None:
    # hostile-s5 finding 1: "Kim" beside a new Korean name was Kim Jong Un
    found = enrich(
        "Kim Chol Nam leaves the talks; Kim said the US came empty-handed.", "2019-10-05"
    )
    assert "Kim Chol Nam" in found.actors
    assert "Kim Jong Un" not in found.actors


def test_a_surname_beside_a_new_name_and_the_leader_named_in_full_is_left_alone(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Kim Chol Nam met Kim Jong Un in Pyongyang.", "2019-10-05")
    assert sorted(found.actors) == ["Kim Chol Nam", "Kim Jong Un"]


def test_a_bare_surname_after_two_bearers_named_just_before_is_reported(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Kim Yong Chol and Kim Chol Nam warn the United States.", "2019-10-03")
    found = enrich("Kim said the US would regret it.", "2019-12-09")
    assert found.actors == ["United States"]  # neither of the two, nor the head of state
    assert [u.text for u in found.unresolved] == ["Kim"]
    assert "ambiguous" in found.unresolved[0].reason


def test_a_bare_surname_goes_to_the_bearer_named_last_and_alone(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Kim Yong Chol warns the United States.", "2019-10-03")
    enrich("Kim Chol Nam leaves the talks.", "2019-10-05")
    found = enrich("Kim said the US would regret it.", "2019-10-06")
    assert "Kim Chol Nam" in found.actors  # the document's last bearer, just named
    assert "Kim Yong Chol" not in found.actors and "Kim Jong Un" not in found.actors


def test_a_bare_surname_with_no_bearer_named_is_still_the_head_of_state(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "Kim Jong Un" in enrich("Kim said the US would regret it.", "2019-12-09").actors


def test_kim_myong_gil_is_known_under_his_name_forms(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Kim Myong-gil said the talks broke down in Stockholm.", "2019-10-05")
    assert found.actors == ["Kim Myong Gil"]
    assert found.new_actors == []


# --- datelines, forums, kin, name forms ----------------------------------------------------


def test_a_dateline_with_its_day_and_agency_is_the_place_written_from(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Pyongyang, Dec 20 (Prensa Latina) The sister of the leader denied it.", "2022")
    assert found.places == ["Pyongyang"]
    assert "North Korea" not in found.actors
    found = enrich("Tokyo, 23 November (Kyodo) Japan protested.", "2010-11-23")
    assert found.places == ["Tokyo"]
    # not a dateline: the capital acting, then a date in the sentence
    assert "North Korea" in enrich("Pyongyang said on Dec 20 (KCNA) it would test.", "2022").actors


def test_a_forum_before_its_members_is_not_the_forum_acting(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Washington will consult its Six Party partners on the next steps.", "2006")
    assert found.actors == ["United States"]
    assert "Six-Party Talks" in enrich("The six-party talks resumed in Beijing.", "2007").actors
    assert "Six-Party Talks" in enrich("The Six Party Talks members met in Beijing.", "2007").actors


def test_kin_after_one_word_between(enrich: Callable[[str, str], Findings]) -> None:
    enrich("North Korean leader Kim Jong Un fired a missile.", "2024-05-17")
    found = enrich("It came after a denial by leader Kim’s powerful sister.", "2024-05-17")
    assert "Kim Yo Jong" in found.actors
    # a possessive before a word that is no kin word names nobody else
    assert enrich("Kim Jong Un's powerful missiles flew.", "2024").actors == ["Kim Jong Un"]


def test_tass_under_its_usual_form(enrich: Callable[[str, str], Findings]) -> None:
    assert enrich("North Korea fired a missile, Tass reported.", "2024").actors == [
        "North Korea",
        "TASS",
    ]
    assert enrich("He was quoted by Itar-Tass on Friday.", "2010").actors == ["TASS"]


def test_a_misspelt_relative_is_the_one_the_apposition_names(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Kim Yong-jung, sister of Kim Jong-un, threatened military action.", "2020-06-16"
    )
    assert "Kim Yo Jong" in found.actors
    assert found.new_actors == []
    # another surname is someone else: a new person, not the sister
    found = enrich("Choe Hyon, sister of Kim Jong Un's aide, spoke.", "2020-06-16")
    assert "Kim Yo Jong" not in found.actors


def test_a_korean_name_under_another_romanisation_of_its_vowels(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Kim Yo Jung, the sister of the leader, denied the report.", "2022-12-20")
    assert found.actors == ["Kim Yo Jong"]
    # a letter more after folding stays another person
    found = enrich("Kim Kyok Sik warned the South.", "2010-11-23")
    assert "Kim Kyu-sik" not in found.actors


def test_a_korean_place_spelt_by_its_syllables(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "A Soviet division landed in the Chung-Jin area, occupied Pyung-Yang on August 22,"
        " and the U.S. division landed in In-Chon.",
        "1950-08-22",
    )
    assert found.places == ["Chongjin", "Pyongyang", "Incheon"]  # not "Chon"
    # a hyphened name that folds to no Korean place is left to the other rules
    assert "Pyongyang" not in enrich("They met in Winston-Salem.", "1990").places


def test_a_list_of_places_ends_with_its_sentence(enrich: Callable[[str, str], Findings]) -> None:
    # found by the extended matrix: "in Seoul. Washington will …" made Washington a place
    found = enrich("The envoy met in Seoul. Washington will consult them.", "2019-06-30")
    assert found.places == ["Seoul"]
    assert found.actors == ["United States"]
    assert enrich("He visited Beijing, Seoul, and Tokyo.", "2019").places == [
        "Beijing",
        "Seoul",
        "Tokyo",
    ]
