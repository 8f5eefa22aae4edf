"""Actors, places and statements on import (issue 23, round enrich13): rules drawn from the
misses of held-out-10 (a blind part run once, then development data), each on sentences written
for it here, with the cases it must leave alone (precision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Findings
from tests.enrich_support import said

if TYPE_CHECKING:
    from collections.abc import Callable


# --- a surname alone means the person the document named in full, not the office-holder ----


def test_a_surname_goes_on_meaning_the_person_named_in_full_before(
    enrich: Callable[[str, str], Findings],
) -> None:
    first = enrich("He hoped Obama would pick up where former president Bill Clinton left off.",
                   "2009-08-18")  # fmt: skip
    assert "Bill Clinton" in first.actors
    second = enrich("Both Obama and Clinton praised him. Clinton met Kim Jong-il in Pyongyang.",
                    "2009-08")  # fmt: skip
    assert "Bill Clinton" in second.actors
    assert "Hillary Clinton" not in second.actors
    third = enrich("Obama, unlike Clinton, did not touch on it.", "2009-08-18")
    assert "Bill Clinton" in third.actors
    enrich("The talks went on.", "2009-08-19")
    enrich("The talks went on.", "2009-08-20")  # two entries without him: forgotten
    assert "Hillary Clinton" in enrich("Clinton spoke to the press.", "2009-08-21").actors


def test_the_surname_alone_in_a_fresh_document_is_still_the_holder_of_the_day(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Clinton met the Japanese foreign minister in Tokyo.", "2009-02-17")
    assert "Hillary Clinton" in found.actors
    assert "Bill Clinton" not in found.actors


def test_a_korean_surname_goes_on_meaning_the_former_president_named_in_full(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Kim Dae-jung leaves a legacy of controversy over his Sunshine policy.", "2009-08-20")
    found = enrich("Kim, president from 1998 to 2003, died on Tuesday at the age of 85.",
                   "2009-08-18")  # fmt: skip
    assert found.actors == ["Kim Dae-jung"]


# --- a generational suffix keeps its stop ----------------------------------------------------


def test_a_new_persons_suffix_keeps_its_stop(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("It was signed by US Lieutenant General William K. Harrison Jr. for the UNC.",
                   "1953-07-27")  # fmt: skip
    assert "William K. Harrison Jr." in found.actors
    assert "William K. Harrison Jr" not in found.actors


def test_a_name_without_a_suffix_gains_no_stop(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("It was signed by Lieutenant General Walter Krueger for the army.", "1953-07")
    assert "Walter Krueger" in found.actors


# --- a ministry named after its state, in lower case and British spelling --------------------


def test_a_ministry_in_lower_case_and_british_spelling_is_the_body(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("South Korean defence ministry warned of “strong response” to provocations.",
                   "2020-06-16")  # fmt: skip
    assert found.actors == ["South Korean Defense Ministry"]
    assert said(found) == [("South Korean Defense Ministry", "strong response")]
    assert enrich("The South Korean defense ministry said so.", "2020-06-16").actors == [
        "South Korean Defense Ministry"
    ]


def test_a_ministry_written_all_in_lower_case_is_no_name(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert enrich("the south korean defense ministry said so.", "2020-06-16").actors == []


# --- a person's spokesman speaks for him -----------------------------------------------------


def test_a_persons_unnamed_spokesman_speaks_for_him(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Moon did not respond directly to the invitation from Kim Jong Un, and urged Pyongyang "
        'to seek an "absolutely necessary" dialogue with Washington, Moon\'s spokesman said.',
        "2018-02-10",
    )
    assert said(found) == [("Moon Jae-in", "absolutely necessary")]


def test_his_spokesman_after_said_speaks_for_the_one_person_named_before(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The offer could put Moon in a quandary, but he avoided a direct response, said his "
        'spokesman Kim Eui-kyeom, and called instead for efforts to "create the right '
        'conditions" for a visit.',
        "2018-02-10",
    )
    assert said(found) == [("Moon Jae-in", "create the right conditions")]


def test_a_spokesman_named_before_said_and_a_bodys_spokesman_are_left_to_other_rules(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert said(enrich('The talks were "useful," a Pentagon spokesman said.', "2018-02-10")) == [
        ("Pentagon", "useful,")
    ]
    named = enrich(
        "President Vladimir Putin’s spokesperson Dmitry Peskov said the EU “does not "
        "see” the efforts.",
        "2023-06-23",
    )
    assert ("Vladimir Putin", "does not see") not in said(named)


# --- "according to" a source does not reach a quotation that opens the next sentence ---------


def test_a_quotation_opening_a_sentence_after_according_to_goes_on_with_the_speaker(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        '"I was proud to step over the line," Trump told Kim later, inside the Freedom House, '
        'according to the Associated Press. "It is a great day for the world."',
        "2019-06-30",
    )
    assert said(found) == [
        ("Donald Trump", "I was proud to step over the line,"),
        ("Donald Trump", "It is a great day for the world."),
    ]


def test_according_to_in_the_quotations_own_sentence_still_gives_the_source(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Pyongyang will launch a “powerful response,” according to the Associated Press.",
        "2019-06-30",
    )
    assert said(found) == [("Associated Press", "powerful response,")]


# --- a credit in brackets after the last stop is no actor ------------------------------------


def test_a_credit_after_the_entrys_last_stop_is_no_actor(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "President Donald Trump meets with Kim Jong Un at Panmunjom, Sunday, June 30, 2019. "
        "(Associated Press)",
        "2019-06-30",
    )
    assert "Associated Press" not in found.actors
    assert "Donald Trump" in found.actors


def test_a_bracketed_name_inside_a_sentence_is_still_an_actor(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "Associated Press" in enrich("Trump met Kim (Associated Press).", "2019-06-30").actors


# --- a Korean village's hyphened ending ("Munsan-ni") is a place's name ----------------------


def test_a_hyphened_korean_place_after_at_is_a_place_not_an_actor(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Later that afternoon at Munsan-ni, the general countersigned the document.", "1953-07-27"
    )
    assert found.places == ["Munsan"]  # (the knowledge base's name since kb13)
    assert found.actors == []


def test_a_garbled_fragment_after_in_is_still_no_place(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert enrich("They met in Py ngyang.", "1953-07-27").places == []


# --- knowledge base: Park Chung-hee as 1961 English wrote him --------------------------------


def test_pak_chung_hi_is_park_chung_hee(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "General Chang was replaced as Chairman of the Supreme Council by Major General Pak "
        "Chung Hi.",
        "1961-07-03",
    )
    assert "Park Chung-hee" in found.actors
    assert "Pak Chung Hi" not in found.actors


# --- "later/future president of X" names an office to come, not its holder that day ----------


def test_a_later_presidency_names_no_holder_of_the_day(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Kim Dae-jung, a South Korean politician and later president of South Korea, is kidnapped.",
        "1973-08-08",
    )
    assert "Park Chung-hee" not in found.actors
    assert "Kim Dae-jung" in found.actors


def test_the_president_of_the_day_is_still_its_holder(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "Park Chung-hee" in enrich("The president of South Korea met him.", "1973-08-08").actors


# --- knowledge base: the Mossad, a body named after its state --------------------------------


def test_the_israeli_mossad_is_the_body_only(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Some media compared it to the Israeli Mossad’s abduction of Adolf Eichmann.", "1973-08-08"
    )
    assert "Mossad" in found.actors
    assert "Israel" not in found.actors


# --- knowledge base: Syngman Rhee is "President Lee" (이승만) in translated Korean text --------


def test_president_lee_in_1948_is_syngman_rhee(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "President Lee formed a cabinet with Lee Beom-seok as Prime Minister.", "1948-08-02"
    )
    assert "Syngman Rhee" in found.actors
    assert "Lee Beom-seok" in found.actors


def test_president_lee_in_2010_is_still_lee_myung_bak(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("President Lee warned the North.", "2010-11-29")
    assert "Lee Myung-bak" in found.actors
    assert "Syngman Rhee" not in found.actors


# --- a name's bracketed abbreviation before the verb; "according to reports" after -----------


def test_a_name_and_its_abbreviation_in_brackets_are_the_subject(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        'Korean Central News Agency (KCNA) said that the test was performed Monday "with '
        'indigenous wisdom."',
        "2006-10-09",
    )
    assert said(found) == [("Korean Central News Agency", "with indigenous wisdom.")]


def test_according_to_reports_after_the_quotation_leaves_the_speaker_before_it(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "North Korea's official Korean Central News Agency (KCNA) said that the test was "
        'performed Monday "with indigenous wisdom and technology 100 percent," according to '
        "reports.",
        "2006-10-09",
    )
    assert said(found) == [
        ("Korean Central News Agency", "with indigenous wisdom and technology 100 percent,")
    ]


def test_according_to_reports_alone_names_no_speaker(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert said(enrich('The test was "a success," according to reports.', "2006-10-09")) == []


# --- a tag the lexicon holds is found by the lexicon, not by the tags table's search words ----


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        ("The Chernobyl nuclear power plant explodes.", "denuclearization", False),
        ("Pyongyang warns of nuclear war.", "denuclearization", False),
        ("North Korea tests nukes.", "denuclearization", True),
        ("Kim and Trump hold nuclear talks in Hanoi.", "denuclearization", True),
        ("North Korea conducts its sixth nuclear test.", "nuclear-test", True),
        ("Kim vows to bolster the nuclear deterrent.", "denuclearization", True),
        ("Kim vows to bolster the nuclear deterrent.", "deterrence", True),
        ("The two sides resolve the dispute over fishing rights.", "deterrence", False),
        ("Seoul keeps its intelligence pact with Tokyo.", "gsomia", True),
        ("Seoul and Tokyo resume intelligence sharing.", "gsomia", True),
        ("Seoul refuses to raise troop costs.", "host-nation-support", True),
    ],
)
def test_a_lexicon_tag_is_found_by_its_word_forms_not_by_a_search_synonym(
    enrich: Callable[[str, str], Findings], text: str, tag: str, tagged: bool
) -> None:
    # (the tags table's synonym "nuclear" widens a search; as a tag on import it made a
    # power plant's accident a matter of denuclearization)
    assert (tag in enrich(text, "2017-09-03").tags) is tagged


def test_a_tag_the_lexicon_lacks_is_still_found_by_its_synonyms(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "deadline" in enrich("Kim warns of a year-end deadline.", "2019-12-03").tags
