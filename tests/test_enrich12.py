"""Statements on import (issue 23, round enrich12): general rules of English attribution drawn
from the misses of tuning-6 (news paragraphs on China, Taiwan, Japan, Russia and US politics),
each on sentences written for it here, with the cases it must leave alone (precision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.importing.enrichment import Findings
from tests.enrich_support import said

if TYPE_CHECKING:
    from collections.abc import Callable


# --- one named inside the words someone says is not whom the next "he said" means -----------


def test_a_person_named_inside_a_quotation_does_not_take_the_next_he(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("“That is interference,” Wang Yi said at a briefing.", "2025-11-13")
    enrich("“The words of Kishida are a provocation,” he said.", "2023-05-20")
    third = enrich("“We will respond firmly,” he said.", "2023-05-20")
    assert said(third) == [("Wang Yi", "We will respond firmly,")]


def test_a_person_named_outside_the_quotation_still_takes_the_next_he(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("“That is interference,” Wang Yi said at a briefing.", "2023-05-20")
    enrich("Fumio Kishida rejected the charge on Friday.", "2023-05-20")
    third = enrich("“We will respond firmly,” he said.", "2023-05-20")
    assert said(third) == [("Fumio Kishida", "We will respond firmly,")]


# --- "…, adding that Trump is “…”": the participle's subject is the one the attribution names --


def test_a_partial_quotation_after_adding_that_is_the_attributed_speakers(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“The attack was no signal,” concluded Lavrov, adding that Trump is “working to stop"
        " this war.”",
        "2025-09-08",
    )
    assert said(found) == [
        ("Sergei Lavrov", "The attack was no signal,"),
        ("Sergei Lavrov", "working to stop this war."),
    ]


def test_a_quotation_after_another_speakers_own_verb_is_his(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“The attack was no signal,” Lavrov said, and Trump said he was “working to stop it.”",
        "2025-09-08",
    )
    assert said(found)[-1] == ("Donald Trump", "working to stop it.")


# --- (guards) a verb with its subject left out, or with its own subject ------------------------


def test_a_speech_verb_without_its_subject_goes_on_with_the_one_before(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Bob Corker called for the administration to make “radical changes” and said Trump"
        " “has not yet been able to do it.”",
        "2017-08-24",
    )
    assert said(found) == [
        ("Bob Corker", "radical changes"),
        ("Bob Corker", "has not yet been able to do it."),
    ]


def test_a_speech_verb_with_its_own_subject_is_that_subjects(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Kim called it “a farce” and Trump said “it is fine.”", "2019-02-28")
    assert said(found) == [("Kim Jong Un", "a farce"), ("Donald Trump", "it is fine.")]


# --- "“…,” the statement said" after a body's words: that body's statement --------------------


def test_the_statement_said_after_a_bodys_words_is_that_bodys(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("China’s drills “harass Taiwan,” the Japanese Foreign Ministry said.", "2018-04-19")
    found = enrich("“We will not yield to threats,” the statement said.", "2018-04-19")
    assert said(found) == [("Japanese Foreign Ministry", "We will not yield to threats,")]


def test_the_statement_said_after_a_persons_words_stays_unattributed(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("China’s drills “harass Taiwan,” Shinzo Abe said.", "2018-04-19")
    found = enrich("“We will not yield to threats,” the statement said.", "2018-04-19")
    assert said(found) == []


def test_the_statement_said_after_two_bodies_stays_unattributed(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich(
        "The drills “harass us,” Japan’s Defense Ministry said; “a provocation,” NHK said.",
        "2018-04-19",
    )
    found = enrich("“We will not yield to threats,” the statement said.", "2018-04-19")
    assert said(found) == []


# --- "State broadcaster CCTV reported …, saying …": what a paper is called before its name ----


def test_a_papers_description_before_its_name_keeps_it_the_subject(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "State broadcaster CCTV reported that the drills targeted separatists, saying in a"
        " headline, “Don't say you haven't been warned!”",
        "2018-04-19",
    )
    assert said(found) == [("CCTV", "Don't say you haven't been warned!")]


def test_a_papers_description_does_not_reach_past_another_subject(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "State broadcaster CCTV showed the drills, and Trump said they were “very dangerous.”",
        "2018-04-19",
    )
    assert said(found) == [("Donald Trump", "very dangerous.")]


# --- "Beijing's hostility makes “…” of its claim, it said": a possessor is no "it" -----------


def test_a_possessor_is_not_whom_it_said_means(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Beijing's hostility makes “the hugest mockery” of its claims, it said.", "2018-04-19"
    )
    assert ("China", "the hugest mockery") not in said(found)


def test_a_body_named_as_the_subject_is_whom_it_said_means(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Japan protested on Tuesday. “The intrusion is unacceptable,” it said.", "2024-12-05"
    )
    assert said(found) == [("Japan", "The intrusion is unacceptable,")]


# --- "Sen. Bob Corker, R-Tenn., who …": a legislator's party and state is no one ------------


def test_a_legislators_party_and_state_does_not_block_who(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Sanders was asked about remarks by Sen. Bob Corker, R-Tenn., who called for the"
        " administration to make “radical changes” and said Trump “has not been able to do it.”",
        "2017-08-24",
    )
    assert said(found) == [
        ("Bob Corker", "radical changes"),
        ("Bob Corker", "has not been able to do it."),
    ]


def test_a_stranger_between_still_blocks_who(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Sanders was asked about remarks by Sen. Bob Corker and Tom Brady, who called for"
        " “radical changes.”",
        "2017-08-24",
    )
    assert ("Bob Corker", "radical changes.") not in said(found)


# --- the knowledge base: Ukraine's president since 2019 ----------------------------------------


def test_zelensky_is_known_by_his_surname_after_a_speech_verb(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("“Such killings are a deliberate crime,” argued Zelensky.", "2025-09-08")
    assert said(found) == [("Volodymyr Zelensky", "Such killings are a deliberate crime,")]
