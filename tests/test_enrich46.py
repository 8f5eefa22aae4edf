"""Unit tests of round enrich46 (issue 23, the misses of the blind part held-out-32, seen since):
a capital's possessive before a ministry ("Beijing's foreign ministry": the state's ministry),
"the Foreign Ministry" again after the entry named one by its own name (README rule 12), an -ing
verb hanging on a subordinate clause that opens the sentence ("Although the ministry issued a
statement, stating “…”"), a source cited at a sentence's end ("…, per CNN.") that is not the
"it" that goes on speaking, a statement a body adopted ("adopted a presidential statement") or
a name said in one with other states in its words, for "“…,” the statement said" next, "the
general" as the one named General before, a person's sex said after a copula ("X is the sister
of Y. She said"), and a "she" opening the sentence after another "she" that meant someone.
Each on invented entries, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import actors_in_order
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a capital's possessive before a ministry: its government's ministry ----------------------


def test_a_capitals_ministry_is_the_states_ministry(vocabulary: Vocabulary) -> None:
    entry = "Tokyo's foreign ministry summoned the ambassador on Tuesday."
    assert actors_in_order(vocabulary, entry, date="2012-05-01") == ["Japanese Foreign Ministry"]


def test_a_statement_from_a_capitals_ministry_is_the_ministrys(vocabulary: Vocabulary) -> None:
    entry = '"The launch broke its pledges," a statement from Beijing\'s foreign ministry said.'
    assert _said(vocabulary, entry, date="2012-05-01") == [
        ("Chinese Foreign Ministry", "The launch broke its pledges,")
    ]


def test_a_capitals_possessive_before_no_ministry_stays_the_state(vocabulary: Vocabulary) -> None:
    entry = "Tokyo's stance on the ministry of defense was clear."
    assert actors_in_order(vocabulary, entry, date="2012-05-01") == ["Japan"]


# --- "the Foreign Ministry" again: the one the entry named by its own name ----------------------


def test_the_foreign_ministry_again_with_another_state_in_the_words(
    vocabulary: Vocabulary,
) -> None:
    entry = (
        '"The launch by the DPRK broke its pledges," China\'s Foreign Ministry said on Tuesday. '
        '"Beijing is firmly opposed to this," the Foreign Ministry said.'
    )
    assert _said(vocabulary, entry, date="2012-05-01") == [
        ("Chinese Foreign Ministry", "The launch by the DPRK broke its pledges,"),
        ("Chinese Foreign Ministry", "Beijing is firmly opposed to this,"),
    ]
    assert actors_in_order(vocabulary, entry, date="2012-05-01") == ["Chinese Foreign Ministry"]


def test_the_foreign_ministry_again_after_another_state_as_object(
    vocabulary: Vocabulary,
) -> None:
    entry = (
        "China's Foreign Ministry criticised Japan on Tuesday. The Foreign Ministry said it "
        "would summon the ambassador."
    )
    assert actors_in_order(vocabulary, entry, date="2012-05-01") == [
        "Chinese Foreign Ministry",
        "Japan",
    ]


@pytest.mark.parametrize(
    ("entry", "actors"),
    [
        (  # one state named: its ministry, as before
            "China urged calm on Tuesday. The Foreign Ministry said it would summon the envoy.",
            ["China", "Chinese Foreign Ministry"],
        ),
        (  # two states and no ministry named by its name: whose? (as before)
            "China and Japan met on Tuesday. The Foreign Ministry said it would summon the envoy.",
            ["China", "Japan", "Foreign Ministry"],
        ),
    ],
)
def test_the_foreign_ministry_with_none_named_before_stays(
    vocabulary: Vocabulary, entry: str, actors: list[str]
) -> None:
    assert actors_in_order(vocabulary, entry, date="2012-05-01") == actors


# --- an -ing verb on a subordinate clause that opens the sentence ------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        'Although the Japanese Foreign Ministry issued a statement on Friday, stating "it will '
        'keep the sanctions," doubts remained.',
        'When the Japanese Foreign Ministry issued its statement, saying "it will keep the '
        'sanctions," doubts remained.',
    ],
)
def test_a_participle_on_a_subordinate_clause_is_its_subjects(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _said(vocabulary, entry, date="2012-05-01") == [
        ("Japanese Foreign Ministry", "it will keep the sanctions,")
    ]


def test_a_participle_after_a_subordinate_clause_with_no_name_is_nobodys(
    vocabulary: Vocabulary,
) -> None:
    entry = 'Although the talks failed on Friday, saying "we will keep the sanctions," Obama left.'
    assert _said(vocabulary, entry, date="2012-05-01") == []


# --- a source cited at a sentence's end is not the "it" that goes on ----------------------------


@pytest.mark.parametrize("cited", ["per CNN", "according to the BBC"])
def test_a_cited_source_is_not_the_it_that_continues(vocabulary: Vocabulary, cited: str) -> None:
    entry = (
        f'Xinhua declared the launch "a grave breach of trust" on Monday, {cited}. '
        '"The reckless move threatens the whole region," it continued.'
    )
    assert _said(vocabulary, entry, date="2012-05-01") == [
        ("Xinhua", "a grave breach of trust"),
        ("Xinhua", "The reckless move threatens the whole region,"),
    ]


def test_a_cited_source_alone_is_still_the_it(vocabulary: Vocabulary) -> None:
    entry = (
        "The launch failed on Monday, according to CNN. "
        '"The reckless move threatens the whole region," it said.'
    )
    assert _said(vocabulary, entry, date="2012-05-01") == [
        ("CNN", "The reckless move threatens the whole region,")
    ]


# --- "“…,” the statement said" after a body adopted it, or one said in it ----------------------


def test_a_statement_a_council_adopted_is_its_own(vocabulary: Vocabulary) -> None:
    said = _said(
        vocabulary,
        "In a swift move, the UN Security Council on Friday unanimously adopted a presidential "
        "statement, urging Iran to return to the talks.",
        '"The Security Council urges Iran to return to the talks at once," the statement said.',
        date="2010-04-01",
    )
    assert said == [
        ("UN Security Council", "The Security Council urges Iran to return to the talks at once,")
    ]


def test_a_statement_said_in_with_a_state_in_its_words(vocabulary: Vocabulary) -> None:
    said = _said(
        vocabulary,
        "Iran rejects the sanctions, the Japanese Foreign Ministry said in a statement on Monday.",
        "Iran conducted a test on Monday, KCNA reported.",
        '"Iran ignored the opposition of the world," the statement said.',
        date="2010-04-01",
    )
    assert said == [("Japanese Foreign Ministry", "Iran ignored the opposition of the world,")]


@pytest.mark.parametrize(
    "first",
    [  # (the lead, at the merge: two bodies joined by "and" are two issuers, nobody's words)
        "Samsung and the European Union issued a statement on Monday.",
        "Samsung and the European Union said in a statement on Monday that talks went on.",
    ],
)
def test_a_statement_two_joined_bodies_issued_is_nobodys(
    vocabulary: Vocabulary, first: str
) -> None:
    said = _said(
        vocabulary, first, "“The dispute is settled,” the statement said.", date="2010-04-01"
    )
    assert said == []


# --- "the general": the one the entry named General before ------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        'The general said: "Abide with me, fast falls the eventide."',
        'The general ended with a quote from an old Army song: "Abide with me, fast falls the '
        'eventide."',
        '"Abide with me, fast falls the eventide," the general said.',
    ],
)
def test_the_general_is_the_one_named_general(vocabulary: Vocabulary, second: str) -> None:
    entry = f"General MacArthur gave a farewell speech to Congress. {second}"
    said = _said(vocabulary, entry, date="1951-04-19")
    assert [speaker for speaker, _ in said] == ["Douglas MacArthur"]


def test_the_general_public_is_nobody(vocabulary: Vocabulary) -> None:
    entry = (
        "General MacArthur gave a farewell speech. The general public was moved: "
        '"Abide with me, fast falls the eventide."'
    )
    assert _said(vocabulary, entry, date="1951-04-19") == []


# --- a person's sex after a copula; a "she" that goes on ---------------------------------------


def test_the_sister_after_a_copula_is_she(vocabulary: Vocabulary) -> None:
    entry = 'Kim Yo Jong is the sister of Kim Jong Un. She said "the office will be gone."'
    assert _said(vocabulary, entry, date="2020-06-16") == [
        ("Kim Yo Jong", "the office will be gone.")
    ]


def test_a_she_opening_the_next_sentence_is_the_she_before(vocabulary: Vocabulary) -> None:
    entry = (
        "Kim Yo Jong is the sister of Kim Jong Un, the leader of North Korea. She had been "
        "warning South Korea about the leaflets. She had warned on Saturday - "
        '"Before long, the office will be gone."'
    )
    assert _said(vocabulary, entry, date="2020-06-16") == [
        ("Kim Yo Jong", "Before long, the office will be gone.")
    ]


def test_a_she_after_another_woman_named_is_hers(vocabulary: Vocabulary) -> None:
    entry = (
        "Kim Yo Jong is the sister of Kim Jong Un. She had been warning South Korea. "
        'Angela Merkel spoke. She had warned on Saturday - "Before long, the office will go."'
    )
    assert _said(vocabulary, entry, date="2020-06-16") == [
        ("Angela Merkel", "Before long, the office will go.")
    ]


# --- "pro-North Korea": the side's state, not "Korea" alone ------------------------------------


@pytest.mark.parametrize("prefix", ["pro", "anti"])
def test_a_prefixed_north_korea_is_north_korea(vocabulary: Vocabulary, prefix: str) -> None:
    entry = f"Yoon said that {prefix}-North Korea forces were active."
    assert actors_in_order(vocabulary, entry, date="2024-12-03") == [
        "Yoon Suk Yeol",
        "North Korea",
    ]


def test_korea_alone_stays_south_korea(vocabulary: Vocabulary) -> None:
    assert actors_in_order(vocabulary, "Yoon visited Korea.", date="2024-12-03") == [
        "Yoon Suk Yeol",
        "South Korea",
    ]


# --- "the Clinton administration" after it: the bearer of the surname who had led the state ----


def test_an_administration_named_after_its_term_is_the_leaders(vocabulary: Vocabulary) -> None:
    entry = "Critics urged the talks to take the same path as the Clinton administration."
    assert actors_in_order(vocabulary, entry, date="2002-10-17") == [
        "Bill Clinton",
        "United States",
    ]


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        ("Clinton spoke on Monday.", "2002-10-17"),  # no government: either Clinton (as before)
        ("The Clinton administration was a dream.", "1985-10-17"),  # no one had led it yet
    ],
)
def test_a_surname_with_no_government_or_before_it_stays_open(
    vocabulary: Vocabulary, entry: str, date: str
) -> None:
    assert actors_in_order(vocabulary, entry, date=date) == []


# --- "elected as the Secretary-General": the office taken, not its holder that day -------------


@pytest.mark.parametrize("verb", ["was elected as the", "was appointed as the", "was elected"])
def test_an_office_taken_as_the_title_is_no_holder(vocabulary: Vocabulary, verb: str) -> None:
    entry = f"Ban Ki-moon {verb} Secretary-General of the United Nations."
    assert actors_in_order(vocabulary, entry, date="2006-10-13") == [
        "Ban Ki-moon",
        "United Nations",
    ]


def test_a_title_met_is_still_its_holder(vocabulary: Vocabulary) -> None:
    entry = "Ban Ki-moon met the Secretary-General of the United Nations."
    assert actors_in_order(vocabulary, entry, date="2006-10-13") == [
        "Ban Ki-moon",
        "Kofi Annan",
        "United Nations",
    ]


# --- "says her father": the one named as the parent of "his daughter" ---------------------------


def test_says_her_father_is_the_one_whose_daughter_she_is(vocabulary: Vocabulary) -> None:
    entry = (
        "Barack Obama has been like this since his daughter, Sasha, left home. She was 13, "
        '"bright and full of life," says her father. "She loved to sing around the house."'
    )
    assert _said(vocabulary, entry, date="2012-09-01") == [
        ("Barack Obama", "bright and full of life,"),
        ("Barack Obama", "She loved to sing around the house."),
    ]


def test_says_her_father_with_no_parent_named_is_nobodys(vocabulary: Vocabulary) -> None:
    entry = (
        "Barack Obama met Angela Merkel. Her daughter was 13, "
        '"bright and full of life," says her father.'
    )
    assert _said(vocabulary, entry, date="2012-09-01") == []
