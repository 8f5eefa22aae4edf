"""Quotations on import (issue 23, round quotes12): general rules of attribution for the forms
the blind parts held-out-11 and held-out-12 missed, each on sentences written for it (not the
corpus's), with the cases each must leave alone (precision: a speaker a reader could not tell
stays unattributed and is reported)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.enrich_support import said

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings


# --- "“…,” the U.S. president said": the initials' last stop ends no sentence --------------


def test_initials_before_a_lower_case_word_end_no_attribution(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Donald Trump arrived in Hanoi on Tuesday for the summit.", "2019-02-27")
    found = enrich(
        "“We will get it right,” the U.S. president said, adding “the talks were good.”",
        "2019-02-28",
    )
    assert said(found) == [
        ("Donald Trump", "We will get it right,"),
        ("Donald Trump", "the talks were good."),
    ]


# --- a closing clause that names the speaker, a where or when after its verb --------------


def test_a_closing_clause_with_stated_and_where(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "“We have no interest in any proposal made” by the South, Kim Yo Jong stated in her "
        "official announcement.",
        "2025-07-28",
    )
    assert said(found) == [("Kim Yo Jong", "We have no interest in any proposal made")]


def test_a_closing_clause_citing_someone_as_saying(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The country will build more weapons against ‘hostile forces,’ which threaten it, KCNA "
        "reported on Thursday citing North Korean leader Kim Jong Un as saying.",
        "2023-07-13",
    )
    assert said(found) == [("Kim Jong Un", "hostile forces,")]


def test_a_closing_clause_citing_nobody_named_gives_nobody(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The country will build more weapons against ‘hostile forces,’ which threaten it, KCNA "
        "reported on Thursday citing a senior official as saying.",
        "2023-07-13",
    )
    assert said(found) == []
    assert found.unattributed == ["hostile forces,"]


# --- "branded by X as “…”": the agent of a passive naming verb ------------------------------


def test_a_passive_naming_verb_is_its_agents(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "The talks were watched for clues on whether the state, branded by U.S. President "
        "George W. Bush as part of an “axis of evil,” was ready to change.",
        "2002-09-17",
    )
    assert said(found) == [("George W. Bush", "axis of evil,")]


def test_a_passive_naming_verb_without_a_named_agent_gives_nobody(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The state, branded by some critics as part of an “axis of evil,” was ready to change.",
        "2002-09-17",
    )
    assert said(found) == []


# --- the naming verb nearest the quotation --------------------------------------------------


def test_the_nearest_naming_verb_decides_and_its_it_stays_unclear(
    enrich: Callable[[str, str], Findings],
) -> None:
    # "what it terms": the words of "it" (Xinhua or China?), not of Kim, whom the sentence
    # names as the object of "described".
    found = enrich(
        "BEIJING – Xinhua, China’s official news agency, has described the trip of North Korean "
        "leader Kim Jong Un, as follows, referring to what it terms an “unofficial visit”.",
        "2018-03-28",
    )
    assert all(speaker != "Kim Jong Un" for speaker, _ in said(found))


# --- an apposition that lost its closing comma ----------------------------------------------


def test_an_apposition_without_its_comma_is_the_persons(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        'Park Yong Su, a North Korean negotiator threatened to turn Seoul into a "sea of fire".',
        "1994-03-19",
    )
    assert said(found) == [("Park Yong Su", "sea of fire")]
    found = enrich(
        "Moon Jae-in, a veteran negotiator warned that the talks were “a waste of time”.",
        "2019-10-15",
    )
    assert said(found) == [("Moon Jae-in", "a waste of time")]


def test_a_person_inside_an_opening_phrase_is_no_apposed_speaker(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "With Moon Jae-in, the official warned that the talks were “a waste of time”.",
        "2019-10-15",
    )
    assert ("Moon Jae-in", "a waste of time") not in said(found)


# --- "“…” Adding that, “…”": a participle opening the next sentence goes on ------------------


def test_adding_that_opening_a_sentence_goes_on(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Moon Jae-in said: ‘We will not return to the table.’ Adding that, ‘The door is closed.’",
        "2019-10-15",
    )
    assert said(found) == [
        ("Moon Jae-in", "We will not return to the table."),
        ("Moon Jae-in", "The door is closed."),
    ]


def test_adding_goes_on_after_a_bodys_attribution(enrich: Callable[[str, str], Findings]) -> None:
    enrich("South Korea's Unification Ministry held a briefing on the talks.", "2019-10-14")
    found = enrich(
        "“We will not return to the table,” the ministry said on Monday, adding “The door is "
        "closed for now.”",
        "2019-10-15",
    )
    assert said(found) == [
        ("Ministry of Unification", "We will not return to the table,"),
        ("Ministry of Unification", "The door is closed for now."),
    ]


# --- "X indicated that …": a verb of speech ---------------------------------------------------


def test_indicated_is_a_speech_verb(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("Putin indicated that Russia is open to “further cooperation”.", "2024-06-19")
    assert said(found) == [("Vladimir Putin", "further cooperation")]


def test_indicated_with_no_speaker_named_gives_nobody(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Satellite images indicated a “new-type” launch pad at Sohae.", "2019-12-05")
    assert said(found) == []


# --- a body named by its noun in a closing clause ----------------------------------------


def test_a_body_noun_in_a_closing_clause(enrich: Callable[[str, str], Findings]) -> None:
    enrich("South Korea's Unification Ministry held a briefing on the talks.", "2019-10-14")
    found = enrich(
        "The talks were “a waste of time” for the delegates, the ministry stated on Monday.",
        "2019-10-15",
    )
    assert said(found) == [("Ministry of Unification", "a waste of time")]


def test_two_ministries_named_leave_a_closing_body_noun_unclear(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich(
        "South Korea's Unification Ministry and Japan's Foreign Ministry held briefings.",
        "2019-10-14",
    )
    found = enrich(
        "The talks were “a waste of time” for the delegates, the ministry stated on Monday.",
        "2019-10-15",
    )
    assert said(found) == []
    assert found.unattributed == ["a waste of time"]


# --- "who offered his “full support”": the subject's own words ------------------------------


def test_offered_his_words_are_the_subjects(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Xi Jinping, who offered his “full support” for the talks, met Kim Jong Un in Beijing.",
        "2018-06-19",
    )
    assert said(found) == [("Xi Jinping", "full support")]


def test_offered_without_his_quotes_nobody(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("Xi Jinping offered “humanitarian aid” to the North.", "2018-06-19")
    assert said(found) == []


# --- "the South Korean president’s office told": the state's office ------------------------


def test_a_presidents_office_speaks_for_the_state(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Moon “experienced what the brink of war was like,” the South Korean president’s office "
        "told me.",
        "2018-04-26",
    )
    assert said(found) == [("South Korea", "experienced what the brink of war was like,")]


def test_an_office_of_no_state_named_is_nobodys(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("“We will try,” the president’s office told me.", "2018-04-26")
    assert said(found) == []


# --- "A New York Times article reported": the paper's words -------------------------------


def test_a_papers_article_is_the_paper(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "A New York Times article reported on Monday that “the troops were in retreat.”",
        "1950-06-27",
    )
    assert said(found) == [("New York Times", "the troops were in retreat.")]


# --- "X, following his talks with Y, was quoted as saying": X, not the aside's Y ---------------


def test_a_quoted_passive_skips_the_aside(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Putin, following his talks with Kim Jong Un, was quoted by Tass as saying that Russia "
        "“does not rule out cooperation” with the North.",
        "2024-06-19",
    )
    assert said(found) == [("Vladimir Putin", "does not rule out cooperation")]


# --- "…, adding that it provided, “…,” agencies reported": the speaker, not the reporters -----


def test_agencies_reporting_what_someone_said_are_not_the_speaker(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“It is a breakthrough,” Putin said in Pyongyang, adding that it provided, “among other "
        "things, for mutual assistance,” Russian news agencies reported.",
        "2024-06-19",
    )
    assert said(found) == [
        ("Vladimir Putin", "It is a breakthrough,"),
        ("Vladimir Putin", "among other things, for mutual assistance,"),
    ]


def test_a_report_citing_someone_stays_the_citation(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "The speech calling the North a threat was “intolerable,” KCNA reported, citing Kim "
        "Yo Jong.",
        "2021-05-02",
    )
    assert said(found) == [("Kim Yo Jong", "intolerable,")]


# --- a second "it" in a sentence is the first one's -----------------------------------------


def test_a_second_it_is_not_the_object_named_after_the_first(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "And it demanded the South Korean government punish the dissidents, whom it described "
        "as “traitors”.",
        "2020-06-04",
    )
    assert said(found) == []
    assert found.unattributed == ["traitors"]


def test_a_second_it_is_the_first_ones_referent(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "North Korea said it would punish the defectors, whom it described as “traitors”.",
        "2020-06-04",
    )
    assert said(found) == [("North Korea", "traitors")]
