"""Actors, places and statements on import (issue 23, round enrich11): rules drawn from the
misses of held-out-9 (a blind part run once, then development data), each on sentences written
for it here, with the cases it must leave alone (precision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Findings
from tests.enrich_support import said

if TYPE_CHECKING:
    from collections.abc import Callable


# --- a surname alone goes on meaning the new person the document just named ----------------


def test_a_new_persons_surname_goes_on_meaning_him_entry_after_entry(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert (
        "Park Tae-hoon"
        in enrich("Rev. Park Tae-hoon, then 26, was one of them.", "1968-01-21").actors
    )
    first = enrich("Park was the only agent captured alive.", "1968-01-21")
    assert first.actors == ["Park Tae-hoon"]
    second = enrich("Park gained notoriety for telling reporters “I came to fight!”", "1968-01")
    assert second.actors == ["Park Tae-hoon"]
    assert said(second) == [("Park Tae-hoon", "I came to fight!")]
    assert enrich("Park is now a pastor.", "2008-01-21").actors == ["Park Tae-hoon"]


def test_a_new_persons_surname_gives_way_to_the_documents_leader_of_that_name(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Park Chung-hee was delivering a speech at the theater.", "1974-08-15")
    enrich("Chief security guard Park Jong-kyu sprang from behind the podium.", "1974-08-15")
    # the office-holder of the day is the document's own: the guard, just named, is not meant
    assert enrich("About two minutes later, Park said", "1974-08-15").actors == ["Park Chung-hee"]


def test_a_new_persons_surname_is_forgotten_two_entries_later(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Rev. Park Tae-hoon, then 26, was one of them.", "1968-01-21")
    enrich("The raid failed.", "1968-01-21")
    assert "Park Tae-hoon" not in enrich("Park spoke on the radio.", "1968-01-22").actors


# --- a former holder keeps the title; familiar given names ----------------------------------


def test_a_former_president_named_in_the_document_keeps_the_title(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Talks were brokered in June by former President Jimmy Carter.", "1994-10-21")
    found = enrich("“I was very pleased,” President Carter said.", "1994-10-21")
    assert found.actors == ["Jimmy Carter"]
    assert said(found) == [("Jimmy Carter", "I was very pleased,")]


def test_a_former_holder_the_document_did_not_name_is_reported_not_guessed(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("“I was very pleased,” President Carter said.", "1994-10-21")
    assert "Jimmy Carter" not in found.actors
    assert any(u.text == "President Carter" for u in found.unresolved)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Assistant Secretary of State Bob Gallucci thanked him.", "Robert Gallucci"),
        ("Envoy Robert Gallucci arrived.", "Robert Gallucci"),
    ],
)
def test_a_familiar_given_name_is_the_known_person(
    enrich: Callable[[str, str], Findings], text: str, person: str
) -> None:
    found = enrich(text, "1994-10-21")
    assert found.actors == [person]
    assert not found.new_actors


def test_a_familiar_given_name_of_a_stranger_stays_new(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Senator Bob Menendez said the deal was weak.", "2015-07-14")
    assert "Bob Menendez" in found.actors


# --- "he said" after a sentence whose subject names another person as object ---------------


def test_he_after_a_quotation_is_the_subject_of_the_sentence_before(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Talks were brokered by former President Jimmy Carter.", "1994-10-21")
    found = enrich(
        "In announcing the pact, U.S. Assistant Secretary of State Bob Gallucci thanked "
        "President Carter for restarting the talks. “President Carter played a key role,” he said.",
        "1994-10-21",
    )
    assert said(found) == [("Robert Gallucci", "President Carter played a key role,")]


def test_he_after_a_quotation_stays_unattributed_when_the_sentence_before_has_no_subject(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Talks between Bill Clinton and Kim Il Sung were planned. “It went well,” he said.",
        "1994-06-20",
    )
    assert not found.statements
    assert found.unattributed == ["It went well,"]


# --- a known body's name written another way before its abbreviation -----------------------


def test_a_variant_name_before_a_known_abbreviation_is_the_known_body(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The official Korea Central News Agency (KCNA) said Jang was executed.", "2013-12-12"
    )
    assert "Korean Central News Agency" in found.actors
    assert "Korea Central News Agency" not in found.actors
    assert not found.new_actors


def test_an_unknown_name_before_an_unknown_abbreviation_is_still_a_new_body(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("The Korea Peace Forum (KPF) said talks should resume.", "2013-12-12")
    assert found.new_actors == ["Korea Peace Forum"]


# --- titles, documents and the words of a report --------------------------------------------


def test_a_headline_after_headlined_is_no_statement_and_names_nobody(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“The accused brought together undesirable forces,” KCNA said in an English-language "
        "report headlined “Traitor Jang Song Thaek Executed.”",
        "2013-12-12",
    )
    assert said(found) == [
        ("Korean Central News Agency", "The accused brought together undesirable forces,")
    ]
    assert "Jang Song Thaek" not in found.actors


def test_the_report_said_is_the_one_who_spoke_in_a_report_the_entry_before(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("“The accused formed a faction,” KCNA said in an English-language report.", "2013-12-12")
    found = enrich("“From long ago, Jang had a dirty ambition,” the report said.", "2013-12-12")
    assert said(found) == [
        ("Korean Central News Agency", "From long ago, Jang had a dirty ambition,")
    ]


def test_another_document_noun_or_no_document_before_leaves_it_unattributed(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("“The accused formed a faction,” KCNA said in an English-language report.", "2013-12-12")
    found = enrich("“From long ago, Jang had a dirty ambition,” the letter said.", "2013-12-12")
    assert not found.statements
    enrich("KCNA said Jang was executed.", "2013-12-12")
    found = enrich("“Jang had a dirty ambition,” the report said.", "2013-12-12")
    assert not found.statements


# --- quotations of one sentence, one speaker ------------------------------------------------


def test_an_earlier_quotation_of_the_sentence_the_speaker_ends_is_his(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The test was intended to “increase the combat power” of cruise missiles sent to the "
        "army “for the operation of tactical nuclear weapons,” state media KCNA said.",
        "2022-10-13",
    )
    assert said(found) == [
        ("Korean Central News Agency", "increase the combat power"),
        ("Korean Central News Agency", "for the operation of tactical nuclear weapons,"),
    ]


def test_a_quotation_ending_its_own_sentence_before_is_not_the_later_speakers(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Withdrawal is possible but “that’s not part of the equation.” “He is very talented,” "
        "Donald Trump said.",
        "2018-06-12",
    )
    assert ("Donald Trump", "that’s not part of the equation.") not in said(found)
    assert ("Donald Trump", "He is very talented,") in said(found)


def test_adding_that_goes_on_with_the_same_speaker(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Kim Jong Un was quoted as stating that the “nuclear forces are essential,” adding that "
        "“the present world is by no means peaceful.”",
        "2024-06-19",
    )
    assert said(found) == [
        ("Kim Jong Un", "nuclear forces are essential,"),
        ("Kim Jong Un", "the present world is by no means peaceful."),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Putin signalled that the two had prepared a document that would “form the basis” of ties.",
            "form the basis",
        ),
        (
            "Putin informed his aides that the raid was “very obviously inspired” by others.",
            "very obviously inspired",
        ),
    ],
)
def test_signalled_and_informed_report_words(
    enrich: Callable[[str, str], Findings], text: str, quote: str
) -> None:
    assert said(enrich(text, "2023-09-13")) == [("Vladimir Putin", quote)]


# --- a surname then an adverb opens a sentence: the person ---------------------------------


def test_a_surname_then_an_adverb_is_the_person(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("Kim recently stated that he has “good memories” of Trump.", "2025-10-22")
    assert "Kim Jong Un" in found.actors
    assert ("Kim Jong Un", "good memories") in said(found)


@pytest.mark.parametrize("text", ["Rice only grows there.", "Lee family members met."])
def test_a_surname_then_a_word_in_ly_that_is_no_adverb_stays_a_word(
    enrich: Callable[[str, str], Findings], text: str
) -> None:
    assert enrich(text, "2005-07-01").actors == []


# --- a quotation whose closing mark the page lost; a resolution's words ---------------------


def test_a_curly_quotation_never_closed_runs_to_the_entrys_last_stop(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "KCNA reported that the tested missiles flew to “clearly hit the target from 2,000 "
        "kilometers away.",
        "2022-10-13",
    )
    assert said(found) == [
        ("Korean Central News Agency", "clearly hit the target from 2,000 kilometers away.")
    ]


def test_a_straight_or_short_mark_never_closed_is_no_quotation(
    enrich: Callable[[str, str], Findings],
) -> None:
    # (quotes15: a curly mark's words ending the entry with a stop are a quotation however
    # short, as held-out-3 annotates "would have been “disrespectful.": the page lost the
    # closing mark after the stop; a straight mark, or no stop at the end, still is none)
    assert said(enrich("KCNA reported the missiles flew “far away.", "2022-10-13")) == [
        ("Korean Central News Agency", "far away.")
    ]
    assert not said(enrich("KCNA reported the missiles flew “far away", "2022-10-13"))
    assert not said(
        enrich('KCNA reported the tested missiles flew "to hit the target far away.', "2022-10-13")
    )


def test_a_resolutions_words_are_the_body_that_passed_it(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "On the same day, the United Nations Security Council passes American-drafted "
        "Resolution 83 that recommends “Members of the United Nations furnish such assistance "
        "to the Republic of Korea as may be necessary.”",
        "1950-06-27",
    )
    assert [s for s, _ in said(found)] == ["UN Security Council"]
    assert "South Korea" not in found.actors  # (named in the words it says)


def test_a_resolution_nobody_passes_in_the_sentence_is_nobodys(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Resolution 83, which recommends “Members furnish such assistance as may be "
        "necessary,” was debated.",
        "1950-06-27",
    )
    assert not found.statements


# --- knowledge-base records added this round (each with its sources in data/knowledge) -----


def test_the_journalists_surnames_after_their_full_names_are_theirs(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("The release of Laura Ling and Euna Lee was a sign of goodwill.", "2009-08-04")
    found = enrich("North Korea accused Ling, 32, and Lee, 36, of sneaking in.", "2009-08-04")
    assert {"Laura Ling", "Euna Lee"} <= set(found.actors)
    assert "Lee Myung-bak" not in found.actors


def test_a_president_lee_in_2009_is_still_the_president(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("The release of Laura Ling and Euna Lee was a sign of goodwill.", "2009-08-04")
    assert "Lee Myung-bak" in enrich("President Lee welcomed the release.", "2009-08-05").actors


def test_a_father_and_his_daughter_of_one_name_are_two(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Chun Doo-Hwan was due to commemorate independence hero Aung San, the father of "
        "pro-democracy leader Aung San Suu Kyi.",
        "1983-10-09",
    )
    assert {"Aung San", "Aung San Suu Kyi"} <= set(found.actors)


def test_north_koreas_state_news_agency_is_kcna(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "According to North Korea’s state news agency, the missiles answer drills.", "2022-10-10"
    )
    assert "Korean Central News Agency" in found.actors


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kim visited the Russian Far East in September.", "Russian Far East"),
        ("The Russian leader flew here from Primorye.", "Primorye"),
        ("They met at the Vostochny Cosmodrome in the Amur Region.", "Amur Region"),
    ],
)
def test_regions_of_russia_are_places_and_no_state(
    enrich: Callable[[str, str], Findings], text: str, place: str
) -> None:
    found = enrich(text, "2023-09-13")
    assert place in found.places
    assert "Russia" not in found.actors or "Russian leader" in text


# --- places: a plural possessive in a site's name; "the capital of X, Y"; a government's city


def test_a_plural_possessive_inside_a_sites_name(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Chun was to visit the Martyrs’ Mausoleum near the Shwedagon Pagoda.", "1983-10-09"
    )
    # (the knowledge base's name since enrich15 added the site: "Martyrs' Mausoleum")
    assert sorted(found.places) == ["Martyrs' Mausoleum", "Shwedagon Pagoda"]


def test_a_plural_possessive_before_another_word_is_no_site(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert enrich("The Koreans’ Summit went well.", "2007-10-02").places == []


def test_the_capital_of_a_state_then_its_name_is_the_city(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Roh then drove two hours northward into the capital of North Korea, Pyongyang, where "
        "citizens lined the streets.",
        "2007-10-02",
    )
    assert "Pyongyang" in found.places


def test_a_capital_acting_after_a_comma_is_still_the_government(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Tanks entered the capital of the South on Monday, Pyongyang said.", "1950-06-28"
    )
    assert "North Korea" in found.actors
    assert found.places == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ne Win cut off Rangoon’s diplomatic relations with Pyongyang.", []),
        ("A bomb shook Rangoon’s streets.", ["Yangon"]),
    ],
)
def test_a_citys_relations_are_its_governments(
    enrich: Callable[[str, str], Findings], text: str, places: list[str]
) -> None:
    assert enrich(text, "1983-10-09").places == places


def test_a_headlines_event_after_in_is_no_place(enrich: Callable[[str, str], Findings]) -> None:
    assert enrich("Two Koreas Meet in Rare Summit", "2007-10-02").places == []
    assert enrich("Two agents were caught in Sunchon", "2007-10-02").places == ["Sunchon"]


# --- a state's state-run news agency; Korean names nobody knows ----------------------------


def test_a_states_state_run_news_agency_is_the_agency_and_the_state(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The pardons were announced by North Korea's state-run news agency.", "2009-08-04"
    )
    assert {"North Korea", "Korean Central News Agency"} <= set(found.actors)


def test_a_state_whose_agency_the_knowledge_base_does_not_call_state_run_gets_none(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Japan's official news agency reported the launch.", "2017-08-29")
    assert found.actors == ["Japan"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lee Hu Song visited Pyongyang in May.", "Lee Hu Song"),
        ("KCIA Director Lee Hu Song visited Pyongyang in May.", "Lee Hu Song"),
        ("He met the Director of Cadre Organization Kim Young Dok.", "Kim Young Dok"),
        ("In Pyongyang, the Soviets are met by Cho Mansik and other leaders.", "Cho Mansik"),
    ],
)
def test_a_korean_name_nobody_knows_is_a_new_person_whole(
    enrich: Callable[[str, str], Findings], text: str, person: str
) -> None:
    found = enrich(text, "1972-05-02")
    assert person in found.new_actors
    assert "Hu Jintao" not in found.actors
    assert not found.unresolved


@pytest.mark.parametrize(
    "text", ["Kim Davis visited Seoul.", "Park Avenue was closed.", "Kim said no."]
)
def test_a_korean_surname_before_a_word_of_no_korean_syllables_is_no_new_korean_name(
    enrich: Callable[[str, str], Findings], text: str
) -> None:
    assert enrich(text, "2010-01-01").new_actors == []


# --- ranks of two words; a wire's credit; a sentence that ends after a title ---------------


def test_a_senior_lieutenant_is_a_rank_not_a_person_senior(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Before KPA leader, Senior Lt Pak Chul ordered them to stop.", "1976-08-18")
    assert "Pak Chul" in found.actors
    assert "Senior" not in found.actors


def test_a_wires_credit_after_a_dateline_is_no_actor(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "SEOUL, South Korea (AP) — North Korean leader Kim Jong Il issued a pardon.", "2009-08-04"
    )
    assert "Associated Press" not in found.actors
    assert "Kim Jong Il" in found.actors


def test_a_wire_that_reports_is_an_actor(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "The pardons were announced in Pyongyang, The Associated Press (AP) reported.", "2009-08-04"
    )
    assert "Associated Press" in found.actors


def test_a_title_ending_a_sentence_names_nobody_after_it(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Among the dead were the deputy prime minister and industry minister. Four Myanmar "
        "nationals were also killed.",
        "1983-10-09",
    )
    assert "Four" not in found.actors
    assert "Mark Milley" in enrich("Gen. Mark Milley spoke.", "2020-01-01").actors


# --- a headline's title-cased initials; a family by its name in the plural ------------------


def test_title_cased_initials_in_a_headline_are_the_initials(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert enrich("N. Korea, U.s. Reach Tentative Agreement", "1994-10-18").actors == [
        "North Korea",
        "United States",
    ]


def test_the_family_of_a_person_the_document_named_is_that_person(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Talks were brokered by former President Jimmy Carter.", "1994-10-21")
    assert enrich("The day before the Carters arrived, talks resumed.", "1994-06").actors == [
        "Jimmy Carter"
    ]


def test_a_family_the_document_did_not_name_is_nobody(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert enrich("The day before the Carters arrived, talks resumed.", "1994-06").actors == []


def test_the_sentence_a_speakers_words_began_goes_on_in_his_words(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“If we don't put up a fight now,” Harry Truman observed to his staff, there was “no "
        "telling what they'll do.”",
        "1950-06-28",
    )
    assert said(found) == [
        ("Harry Truman", "If we don't put up a fight now,"),
        ("Harry Truman", "no telling what they'll do."),
    ]


def test_a_sentence_that_names_another_person_before_the_words_is_not_his(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“If we don't put up a fight now,” Harry Truman observed, and Dean Acheson added "
        "there was “no telling what they'll do.”",
        "1950-06-28",
    )
    assert ("Harry Truman", "no telling what they'll do.") not in said(found)


# --- a building named after an office; a body that speaks after where it is ---------------


def test_the_residence_of_an_office_is_no_holder(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "They signed the treaty at the official residence of the Japanese Prime Minister.",
        "1965-06-22",
    )
    assert "Eisaku Sato" not in found.actors
    assert "Eisaku Sato" in enrich("The Japanese Prime Minister signed it.", "1965-06-22").actors


def test_a_body_nobody_knows_speaks_after_where_it_is(
    enrich: Callable[[str, str], Findings],
) -> None:
    # (Sungrak Church, the example first written here, is in the knowledge base since kb17)
    found = enrich("His church, Onnuri Church in Seoul, announced that he had died.", "2025-04-09")
    assert "Onnuri Church" in found.new_actors
    assert "Seoul" in found.places


def test_a_name_then_where_then_a_clause_that_is_no_speech_is_nobody(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert (
        enrich("The Hotel Lotte in Seoul, officials said, was closed.", "2025-04-09").new_actors
        == []
    )


# --- "the north and south" of the Koreas; the DPRK army -------------------------------------


def test_the_north_and_south_in_an_entry_on_the_koreas_are_the_two_koreas(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The South Korean government staged it. Roh pledged to remove the wall between the "
        "north and south.",
        "2007-10-02",
    )
    assert {"North Korea", "South Korea"} <= set(found.actors)
    assert enrich("Floods hit the north and south of Italy.", "2007-10-02").actors == ["Italy"]


def test_the_dprk_army_is_the_korean_peoples_army(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "The agents were drawn from the DPRK army’s Reconnaissance Bureau.", "1983-10-09"
    )
    assert "Korean People's Army" in found.actors
