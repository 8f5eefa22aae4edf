"""Unit tests of the rules of round quotes14 (issue 23, statements: the real misses of every
part of the corpus, sorted by kind): each rule on variants of its kind of sentence, with the
cases it must leave alone in the same test (every test here fails on the code before the
round)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from tests.enrich_support import enrich_in_order
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2018-06-12")


# --- wrong speakers -------------------------------------------------------------------------


@pytest.mark.parametrize("agency", ["Tass", "KCNA", "Yonhap", "the Kremlin"])
def test_the_agent_of_quoted_by_after_the_quotation_only_reports(vocabulary, agency: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        f"“We will continue to oppose the practice of sanctions,” Putin was quoted by {agency} "
        "as saying.",
    )
    assert _said(found) == [
        ("Vladimir Putin", "We will continue to oppose the practice of sanctions,")
    ]


def test_the_one_an_agency_quotes_after_the_quotation_still_speaks(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "“We will win,” KCNA quoted Kim Jong Un as saying.")
    assert _said(found) == [("Kim Jong Un", "We will win,")]


@pytest.mark.parametrize("deed", ["ability to", "decision to", "success in", "courage to"])
def test_citing_what_someone_did_is_the_speakers_reason(vocabulary, deed: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        f"“He is very talented,” Trump said, citing Kim’s {deed} “take over a situation.”",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Donald Trump", "Donald Trump"]


@pytest.mark.parametrize(
    ("cited", "speaker"),
    [
        ("Kim Jong Un’s statement", "Kim Jong Un"),
        ("South Korea’s defense ministry", "South Korean Defense Ministry"),
        ("South Korea’s Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff"),
    ],
)
def test_citing_someones_words_or_body_is_still_theirs(
    vocabulary: Any, cited: str, speaker: str
) -> None:
    found = _enrich(vocabulary, f"“The test was a success,” Yonhap said, citing {cited}.")
    assert _said(found) == [(speaker, "The test was a success,")]


# --- quotations joined in one clause --------------------------------------------------------


@pytest.mark.parametrize(
    "between", [" the ", " and ", " and the ", ", and ", " or ", " as well as the "]
)
def test_a_quotation_joined_to_the_one_before_is_the_same_speakers(
    vocabulary: Any, between: str
) -> None:
    found = _enrich(
        vocabulary,
        "Nations reacted swiftly Tuesday in condemning the North Korean artillery attack. The "
        "United States also offered quick comment, with the White House saying it "
        f'"strongly condemns"{between}"belligerent action" by North Korea.',
        date="2010-11-23",
    )
    assert _said(found) == [
        ("United States", "strongly condemns"),
        ("United States", "belligerent action"),
    ]


def test_a_quotation_after_a_full_stop_or_another_clause_is_not_joined(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        'The White House said "we condemn this." The "Sunshine Policy" was over.',
        date="2010-11-23",
    )
    assert _said(found) == [("United States", "we condemn this.")]
    found = _enrich(
        vocabulary,
        'The White House said it "strongly condemns" the attack and the "Sunshine Policy" '
        "was over.",
        date="2010-11-23",
    )
    assert _said(found) == [("United States", "strongly condemns")]


# --- who opens the sentence of a participle -------------------------------------------------


@pytest.mark.parametrize("verb", ["built", "found", "sold", "spent"])
def test_an_irregular_past_verb_follows_the_subject(vocabulary, verb: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        f"Roh Tae-woo {verb} a moderate image, calling himself an “average person.”",
        date="1987-12-01",
    )
    assert _said(found) == [("Roh Tae-woo", "average person.")]


@pytest.mark.parametrize(
    "title",
    ["Chief Cabinet Secretary", "Foreign Minister", "Minister of State for Foreign Affairs"],
)
@pytest.mark.parametrize(
    "participle", ["describing the ships' intrusion into Japanese waters as", "calling it"]
)
def test_a_capitalised_title_before_the_subject_still_opens_the_sentence(
    vocabulary: Any, title: str, participle: str
) -> None:
    found = _enrich(
        vocabulary,
        f"{title} Yoshimasa Hayashi said the Chinese action violated international law, "
        f'{participle} "unacceptable."',
        date="2024-01-01",
    )
    assert _said(found) == [("Yoshimasa Hayashi", "unacceptable.")]


def test_an_opening_participle_is_no_title(vocabulary) -> None:  # type: ignore[no-untyped-def]
    # ("Describing the Blue House as": not a title before the Blue House, the subject "she")
    found = _enrich(
        vocabulary,
        "Kim Yo-jong criticized the Blue House.",
        "Describing the Blue House as “a mere child,” she went on to say: “How come can all "
        "its words be so foolish.”",
        date="2020-03-03",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Kim Yo Jong", "Kim Yo Jong"]


# --- whom the next entry's "he" or "she" means ----------------------------------------------


@pytest.mark.parametrize(
    "verb", ["did not mention by name", "later criticized", "was angry at", "has never met"]
)
def test_the_person_who_opens_the_one_sentence_naming_persons_is_left_in_mind(
    vocabulary: Any, verb: str
) -> None:
    found = _enrich(
        vocabulary,
        f"Kim Yo-jong {verb} South Korean President Moon Jae-in, who she met several times.",
        "“The South side’s response is so regretful,” she said.",
        date="2020-03-03",
    )
    assert _said(found) == [("Kim Yo Jong", "The South side’s response is so regretful,")]


@pytest.mark.parametrize(
    "entry",
    [
        # persons named in two sentences: whom "he" means is not told
        "Syngman Rhee was elected president. Lee Si-young was elected vice president.",
        # the sentence does not open with a person
        "The talks between Syngman Rhee and Lee Si-young ended.",
        # a possessive opens it, not the subject
        "Syngman Rhee’s deputy Lee Si-young was elected vice president.",
    ],
)
def test_no_one_is_left_in_mind_by_persons_a_reader_cannot_choose_between(
    vocabulary: Any, entry: str
) -> None:
    found = _enrich(vocabulary, entry, "He declared, “I solemnly swear.”", date="1948-07-24")
    assert _said(found) == []


# --- "the president" ------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["said", "added", "told reporters"])
def test_the_president_is_the_one_named_president_in_the_entry_before(
    vocabulary: Any, verb: str
) -> None:
    found = _enrich(
        vocabulary,
        "“I plan to ask Chinese President Xi Jinping to play a stronger role,” said President "
        "Moon.",
        f"“It is imperative that the Olympic Games are held safely,” the president {verb}.",
        date="2017-11-29",
    )
    assert _said(found) == [
        ("Moon Jae-in", "It is imperative that the Olympic Games are held safely,")
    ]


def test_the_president_of_another_state_is_not_the_one_named_president(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "“The talks went well,” said President Moon.",
        "“We will meet again,” the Mongolian president said.",
        date="2019-04-25",
    )
    assert ("Moon Jae-in", "We will meet again,") not in _said(found)


def test_the_president_is_not_one_named_in_the_same_sentence(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "President Joe Biden was asked about China’s recent campaign against Taiwan on the White "
        "House lawn Tuesday as he exited Marine One.",
        "Saying he has spoken to Chinese President Xi Jinping about Taiwan, the president said "
        "they agreed to abide by the “Taiwan agreement.”",
        date="2021-10-05",
    )
    assert _said(found) == []


def test_two_presidents_named_before_leave_the_president_unattributed(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "President Moon Jae-in spoke with President Donald Trump. They agreed on sanctions.",
        "“It is imperative that the Olympic Games are held safely,” the president said.",
        date="2017-11-29",
    )
    assert _said(found) == []


# --- a quotation the page cut off -----------------------------------------------------------


def test_five_words_after_a_curly_mark_run_to_the_entrys_end(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "“If it would be appropriate for me to meet with him, I would be honoured to do it,” "
        "Donald Trump said. “If it’s under the, again,",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Donald Trump", "Donald Trump"]
    assert _said(found)[1][1].startswith("If it’s under the")


def test_a_straight_mark_or_fewer_words_left_open_are_no_quotation(vocabulary: Any) -> None:
    # (a straight mark may be an inch or a stray: five words after it are not enough)
    found = _enrich(
        vocabulary,
        "“If it would be appropriate, I would be honoured to do it,” Donald Trump said. "
        '"If it’s under the, again,',
    )
    assert [speaker for speaker, _ in _said(found)] == ["Donald Trump"]
    found = _enrich(
        vocabulary,
        "“If it would be appropriate, I would be honoured to do it,” Donald Trump said. “If "
        "it’s under,",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Donald Trump"]


# --- verbs that speak ------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["considered", "considers"])
def test_considered_that_speaks(vocabulary: Any, verb: str) -> None:
    found = _enrich(
        vocabulary,
        "During a press conference with Japanese Prime Minister Fumio Kishida, Joe Biden "
        f"{verb} that China was “playing with fire” over Taiwan.",
        date="2022-05-23",
    )
    assert _said(found) == [("Joe Biden", "playing with fire")]


def test_considered_without_that_does_not_speak(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "Joe Biden considered the “strategic ambiguity” of the past.",
        date="2022-05-23",
    )
    assert _said(found) == []


# --- a participle far from its subject ------------------------------------------------------


def test_a_reporters_participle_in_a_sentence_longer_than_the_window(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "State broadcaster China Central Television reported Wednesday that the Taiwan Strait "
        "exercises targeted advocates of formal independence for Taiwan, saying in a headline on "
        "its website, \"Don't say you haven't been warned!\"",
        date="2018-04-19",
    )
    assert _said(found) == [("CCTV", "Don't say you haven't been warned!")]


def test_a_long_sentences_subject_that_does_not_speak_names_nothing(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "Prime Minister Fumio Kishida, U.S. President Joe Biden and South Korean President Yoon "
        "Suk Yeol held a trilateral summit meeting at the Camp David presidential retreat on the "
        "outskirts of Washington on Friday, declaring “a new era of trilateral partnership.”",
        date="2023-08-18",
    )
    assert _said(found) == []


# --- "it" -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "person", ["North Korean leader Kim Jong Un", "South Korean President Moon Jae-in"]
)
def test_a_states_adjective_in_a_persons_title_is_no_it(vocabulary: Any, person: str) -> None:
    found = _enrich(
        vocabulary,
        f"BEIJING – Xinhua, China’s official State newsagency, has described the visit of {person}, "
        "as follows, referring to what it terms an “unofficial visit”.",
        date="2018-03-28",
    )
    assert _said(found) == [("Xinhua", "unofficial visit")]


@pytest.mark.parametrize("verb", ["criticized South Korean President", "wrote to"])
def test_a_state_that_acts_on_a_person_is_still_it(vocabulary: Any, verb: str) -> None:
    found = _enrich(
        vocabulary,
        f"North Korea {verb} Moon Jae-in, whom it called a “traitor”.",
        date="2018-03-28",
    )
    assert _said(found) == [("North Korea", "traitor")]


# --- one only talked to is not whom the next "he" means -------------------------------------


@pytest.mark.parametrize("verb", ["has spoken to", "talked with", "met with"])
def test_a_person_only_talked_to_does_not_replace_the_one_in_mind(
    vocabulary: Any, verb: str
) -> None:
    found = _enrich(
        vocabulary,
        "President Joe Biden was asked about China’s campaign against Taiwan as he exited "
        "Marine One.",
        f"Saying he {verb} Chinese President Xi Jinping about Taiwan, the president said they "
        "agreed to abide by the agreement.",
        "“We agree we will abide by the Taiwan agreement,” he told reporters.",
        date="2021-10-05",
    )
    assert _said(found) == [("Joe Biden", "We agree we will abide by the Taiwan agreement,")]


def test_a_person_who_acts_is_left_in_mind(vocabulary: Any) -> None:
    found = _enrich(
        vocabulary,
        "President Joe Biden was asked about China’s campaign against Taiwan.",
        "Chinese President Xi Jinping spoke to reporters about Taiwan.",
        "“We agree we will abide by the Taiwan agreement,” he said.",
        date="2021-10-05",
    )
    assert _said(found) == [("Xi Jinping", "We agree we will abide by the Taiwan agreement,")]
