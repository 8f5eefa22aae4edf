"""Quotations (issue 23, quotes10 round): how English news writes who said what, one test per
rule, on sentences written for the rule (the annotated corpus measures the whole:
scripts/measure_enrichment.py). Each rule has its precision case: where the text does not make
the speaker clear, the quotation stays unattributed (and `import --check` lists it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.importing.enrichment import Enricher, Findings
from ktimeline.loader import load_vocabulary
from tests.enrich_support import said

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


# --- a manner adverb or an auxiliary between the subject and its verb -----------------------


def test_an_adverb_between_the_speaker_and_the_verb(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "President Lee Myung-bak apparently declared, “Punish them several times over,” "
        "after the shelling.",
        "2010-11-23",
    )
    assert said(found) == [("Lee Myung-bak", "Punish them several times over,")]
    found = enrich("Moon Jae-in bluntly told reporters, “We will not give up.”", "2019-03-01")
    assert said(found) == [("Moon Jae-in", "We will not give up.")]


def test_a_verb_after_an_auxiliary_makes_the_subject_of_but_said(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Kishida did not give any details but said “the launch is unacceptable.”", "2023-04-13"
    )
    assert said(found) == [("Fumio Kishida", "the launch is unacceptable.")]


def test_a_noun_in_ly_is_no_adverb_and_maintains_is_no_speech_verb(
    enrich: Callable[[str, str], Findings],
) -> None:
    # "maintains its stance" holds nothing said: the sentence's speech verb is "warned".
    found = enrich(
        "North Korea warned of action if Washington maintains its “confrontational stance.”",
        "2021-05-02",
    )
    assert said(found) == [("North Korea", "confrontational stance.")]


# --- after the quotation --------------------------------------------------------------------


def test_answered_after_the_quotation_and_the_words_that_go_on(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("“Yes,” Biden answered. “Yes, we have a commitment to do that.”", "2021-10-22")
    assert said(found) == [
        ("Joe Biden", "Yes,"),
        ("Joe Biden", "Yes, we have a commitment to do that."),
    ]


def test_citing_after_a_report_gives_the_one_cited_through_an_abbreviation(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "The speech was “intolerable,” KCNA reported, citing the director general of the "
        "Department of U.S. Affairs of the DPRK Foreign Ministry Kwon Jong Gun.",
        "2021-05-02",
    )
    assert said(found) == [("Kwon Jong Gun", "intolerable,")]


def test_a_name_then_an_aside_on_who_he_is_then_said(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“The door is open,” Christopher Hill, the U.S. assistant secretary of state who leads "
        "the delegation at the six-party talks in Beijing, said on Monday. “We will see.”",
        "2007-02-12",
    )
    assert said(found) == [
        ("Christopher Hill", "The door is open,"),
        ("Christopher Hill", "We will see."),
    ]


def test_a_clause_after_and_is_no_aside_of_a_speaker(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“The door is open,” and Hill, who leads the delegation in Beijing, said no.", "2007-02-12"
    )
    assert said(found) == []


# --- pronouns -------------------------------------------------------------------------------


def test_he_before_the_one_person_who_opens_the_next_sentence(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“We condemn this act,” he said. Bush said the U.S. would respond.", "2006-10-09"
    )
    assert said(found) == [("George W. Bush", "We condemn this act,")]


def test_he_before_two_people_is_nobody(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("“We condemn this act,” he said. Bush met Roh Moo-hyun.", "2006-10-09")
    assert said(found) == [] and found.unattributed == ["We condemn this act,"]


def test_he_after_the_speaker_the_entries_before_left_in_mind_wins_over_a_new_subject() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    enrich("“We are ready,” Kim Yo Jong said in a statement.", "2020-06-13")
    found = enrich("“We will act,” she added. Moon Jae-in called a meeting.", "2020-06-13")
    assert said(found) == [("Kim Yo Jong", "We will act,")]


def test_he_after_a_cited_speaker_of_the_entry_before() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    enrich(
        "Biden's speech was “intolerable,” KCNA reported, citing the director general Kwon "
        "Jong Gun of the DPRK Foreign Ministry.",
        "2021-05-02",
    )
    found = enrich("He warned the U.S. would face “a worse crisis.”", "2021-05-02")
    assert said(found) == [("Kwon Jong Gun", "a worse crisis.")]


# --- words that stand alone after the sentence that says who wrote them ----------------------


def test_the_writer_of_a_letter_the_next_sentence_quotes(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Kim Dae-jung wrote a letter in 1981 from his prison cell to his family. "
        "“I forgive those who put me here.”",
        "1981-01-01",
    )
    assert said(found) == [("Kim Dae-jung", "I forgive those who put me here.")]


def test_a_letter_written_to_someone_is_not_the_addressees(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "A diplomat wrote a letter to Moon Jae-in. “We are worried about the talks.”",
        "2019-01-01",
    )
    assert all(speaker != "Moon Jae-in" for speaker, _ in said(found))


# --- as a user ------------------------------------------------------------------------------


def test_check_lists_a_quotation_whose_speaker_is_not_clear(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text(
        "March 3, 2021: Biden met Moon Jae-in. “We will see,” he said.\n"
        "March 4, 2021: “It is regrettable,” Kim Yo Jong, first vice department director of "
        "the party’s Central Committee, said in a statement on Thursday.\n",
        "utf-8",
    )
    result = run("import", str(path), "--check")
    assert result.exit_code == 0
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert any("quotation whose speaker is not clear" in line and "We will see" in line
               for line in lines)  # fmt: skip
    assert "2 said Kim Yo Jong: “It is regrettable,”" in lines


# --- clauses before the subject -------------------------------------------------------------


def test_two_lead_phrases_before_the_subject_of_a_participle(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Earlier on Monday, during a press conference with Fumio Kishida in Tokyo, Joe Biden "
        "warned China, stressing that the United States would “help defend Taiwan.”",
        "2022-05-23",
    )
    assert said(found) == [("Joe Biden", "help defend Taiwan.")]


def test_a_participle_opening_the_sentence_shares_the_pronoun_subject() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    enrich("“We are ready,” Kim Yo Jong said in a statement.", "2020-03-03")
    found = enrich(
        "Describing the Blue House as “a frightened child,” she went on to say: “It is foolish.”",
        "2020-03-03",
    )
    assert said(found) == [
        ("Kim Yo Jong", "a frightened child,"),
        ("Kim Yo Jong", "It is foolish."),
    ]


def test_a_name_inside_a_fronted_participle_clause_is_not_she() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    found = enrich(
        "Snubbing Lee Jae-myung’s gestures toward Pyongyang, she fumed, “We are sick of it.”",
        "2025-08-20",
    )
    assert said(found) == [] and found.unattributed == ["We are sick of it."]
    enrich("Kim Yo Jong issued a statement on the talks.", "2025-08-20")
    found = enrich(
        "Snubbing Lee Jae-myung’s gestures toward Pyongyang, she fumed, “We are sick of it.”",
        "2025-08-20",
    )
    assert said(found) == [("Kim Yo Jong", "We are sick of it.")]


def test_he_in_the_next_sentence_is_the_subject_before_an_aside_of_other_names(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Kim Jong-un – who replaced his father, Kim Jong-il, as leader in 2011 – said the North "
        "“did not want war”. He said he was taking a “new stand” on the South.",
        "2024-01-15",
    )
    assert said(found) == [("Kim Jong Un", "did not want war"), ("Kim Jong Un", "new stand")]


# --- marks, headlines, officials ------------------------------------------------------------


def test_a_closing_mark_that_opens_after_a_datelines_dash(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Singapore- ” Many people will think of this as a form of fantasy,” Kim told Trump.",
        "2018-06-12",
    )
    assert said(found) == [("Kim Jong Un", "Many people will think of this as a form of fantasy,")]


def test_a_headline_names_its_source_after_a_colon(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("N. Korea's Kim 'soon' to visit Russia for talks with Putin: KCNA", "2023-09-05")
    assert said(found) == [("Korean Central News Agency", "soon")]
    # a sentence before the colon: no headline, its source unknown
    found = enrich("Kim went to Moscow. He called it 'a visit of friends': a report", "2023-09-05")
    assert ("Korean Central News Agency", "a visit of friends") not in said(found)


def test_the_official_said_is_the_body_whose_official_the_entry_before_named() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    enrich("A State Department official criticized the launch.", "2023-01-16")
    found = enrich("“It is a provocation,” the official said.", "2023-01-16")
    assert said(found) == [("State Department", "It is a provocation,")]
    assert "State Department" not in found.actors  # (the body speaks; it is not named here)


def test_the_official_said_without_a_body_named_before_stays_unattributed(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("“It is a provocation,” the official said.", "2023-01-16")
    assert said(found) == [] and found.unattributed == ["It is a provocation,"]


def test_a_known_persons_given_name_alone_speaks_as_that_person_never_a_stranger(
    enrich: Callable[[str, str], Findings],
) -> None:
    # (the given name alone is resolved to the one known person who bears it, by the actor
    # rules: see tests/test_enrich10.py; it never makes a new person "Jong Un")
    found = enrich("“Socialism should be cemented,” Jong Un said.", "2013-03-05")
    assert said(found) == [("Kim Jong Un", "Socialism should be cemented,")]
    assert found.unattributed == [] and "Jong Un" not in found.actors
    found = enrich("“We will cooperate,” Ambassador Shigeie Toshinori said.", "2009-01-12")
    assert said(found) == [("Shigeie Toshinori", "We will cooperate,")]


def test_a_place_or_a_body_nobody_knows_is_no_he(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Sergey Radchenko, a professor at Cardiff University in Wales, says the attack was "
        "planned. He explains that the North wanted an “atmosphere of fear” at the IOC.",
        "1987-11-29",
    )
    assert said(found) == [("Sergey Radchenko", "atmosphere of fear")]


def test_a_stranger_who_may_be_a_person_still_blocks_he(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Sergey Radchenko met John Everard in Seoul. He says it was “a disaster.”", "1987-11-29"
    )
    assert said(found) == [] and found.unattributed == ["a disaster."]


def test_curly_marks_typed_the_wrong_way_round(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich(
        "Deputy Foreign Minister Sergei Ryabkov welcomed the summit as “an important step "
        "forward“ and expressed "
        "Russia’s willingness to ”make contributions” to peace.",
        "2018-06-12",
    )
    assert said(found) == [
        ("Sergei Ryabkov", "an important step forward"),
        ("Sergei Ryabkov", "make contributions"),
    ]


def test_judged_as_the_words_is_the_judges_and_a_passive_is_nobodys(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Moon Jae-in condemned the launch as “a grave provocation.”", "2019-05-04")
    assert said(found) == [("Moon Jae-in", "a grave provocation.")]
    found = enrich("The missile, hailed as “a great success”, flew far.", "2019-05-04")
    assert said(found) == []


def test_he_after_an_unnamed_spokesman_is_not_the_person_he_spoke_of() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    enrich(
        "A spokesman for the Chinese Foreign Ministry denounced the Japanese prime minister’s "
        "remarks at a press conference.",
        "2023-05-21",
    )
    found = enrich("“Japan instigates confrontation,” he said.", "2023-05-21")
    assert said(found) == [] and found.unattributed == ["Japan instigates confrontation,"]
    enrich("Spokesperson Kim Eun-hye said the remarks were misheard.", "2022-09-26")
    found = enrich("“It is regrettable,” she said.", "2022-09-26")
    assert said(found) == [("Kim Eun-hye", "It is regrettable,")]


def test_he_said_with_a_stranger_as_his_own_clauses_object_goes_on_with_the_speaker() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    enrich("“Nothing has changed,” Foreign Minister Dmytro Kuleba said.", "2022-01-27")
    found = enrich(
        "“The good news is that advisers agreed to meet,” he said at a briefing, following a "
        "meeting with his Danish counterpart Jeppe Kofod.",
        "2022-01-27",
    )
    assert said(found) == [("Dmytro Kuleba", "The good news is that advisers agreed to meet,")]
    # a stranger in a new clause may be "he": nobody
    found = enrich("“We will meet again,” he said, and Jeppe Kofod agreed.", "2022-01-27")
    assert said(found) == []


def test_the_statement_said_is_the_one_who_issued_it_in_the_entry(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "North Korea issued a statement on Monday. “We are ready for war,” the statement said.",
        "2017-04-10",
    )
    assert said(found) == [("North Korea", "We are ready for war,")]
    found = enrich(
        "Kim Yo Jong's statement came on Monday. “We will act,” the statement said.", "2020-06-13"
    )
    assert said(found) == [("Kim Yo Jong", "We will act,")]
    found = enrich("“We are ready for war,” the statement said.", "2017-04-10")
    assert said(found) == [] and found.unattributed == ["We are ready for war,"]


def test_the_next_sentence_that_only_says_who_said_it(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("“We are ready for war.” Kim Jong Un said on Monday.", "2017-04-10")
    assert said(found) == [("Kim Jong Un", "We are ready for war.")]
    # a sentence that goes on with what he said is no attribution of the words before it
    found = enrich("“We are ready for war.” Moon Jae-in said the talks went well.", "2017-04-10")
    assert said(found) == []


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("“We will respond,” U.S. President Joe Biden said on Monday.", "Joe Biden"),
        ("“We will respond,” Democratic Sen. Tim Kaine said.", "Tim Kaine"),
        ("“We will respond,” said U.S. Secretary of State Antony Blinken.", "Antony Blinken"),
        ("According to Gen. Mark Milley, it was “a provocation.”", "Mark Milley"),
        ("“It is over,” Foreign Minister Dmytro Kuleba posted on X.", "Dmytro Kuleba"),
    ],
)
def test_a_titles_or_an_initials_full_stop_ends_no_attribution(
    enrich: Callable[[str, str], Findings], entry: str, speaker: str
) -> None:
    assert [s for s, _ in said(enrich(entry, "2022-05-23"))] == [speaker]


def test_a_time_before_the_subject_without_a_comma(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Trump hedged about a deal with China. On Tuesday he touted his tariffs saying there is "
        "“a lot of money being made” from them.",
        "2019-05-20",
    )
    assert said(found) == [("Donald Trump", "a lot of money being made")]


def test_he_after_an_unresolved_title_opening_the_entry_before_is_nobody() -> None:
    enrich = Enricher(load_vocabulary()).enrich
    enrich(
        "The president on Monday signaled new tariffs. He seems to be betting on his "
        "friendship with Chinese President Xi Jinping.",
        "2019-05-20",
    )
    found = enrich("“The relationship I have with him is extraordinary,” he said.", "2019-05-20")
    assert said(found) == []


def test_a_place_after_of_between_the_name_and_the_verb_blocks_nothing(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "“The president is right to counter China,” Democratic Sen. Tim Kaine of Virginia said "
        "Tuesday. “We're worried about thefts of intellectual property.”",
        "2019-05-14",
    )
    assert said(found) == [
        ("Tim Kaine", "The president is right to counter China,"),
        ("Tim Kaine", "We're worried about thefts of intellectual property."),
    ]


def test_a_possessive_name_opening_the_sentence_is_no_subject(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "Spokesman Herminio Coloma’s remarks came after Wang Yi said on Saturday said China "
        "would defend itself against “unreasonable demands from smaller countries”.",
        "2014-03-10",
    )
    assert ("Herminio Coloma", "unreasonable demands from smaller countries") not in said(found)
