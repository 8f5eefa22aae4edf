"""Unit tests of round enrich29 (issue 23, the statements held-out-25 missed): a person whose
deed's clause goes on ", saying …" is the one who spoke, whom the next entry's "he said" means
though the entry names another person; a word or two quoted between "his"/"her"/"its"/"their"
and a noun is a scare quote, no one's statement; "charged (in a statement) that “…”" speaks,
"charged the crowd" does not; a pull quote opening the entry is signed by the one person named
right after it with only his title. All on invented entries of other subjects (a
summit of Europe, a tournament, a football club, an airline), with the cases that must stay
unattributed or attributed as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a deed whose clause goes on ", saying …": the next "he said" is his -----------------------


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        (
            "According to officials, Emmanuel Macron opened the summit by praising Angela "
            "Merkel’s record, saying it had set the course for Europe.",
            "Emmanuel Macron",
        ),
        (
            "At the closing ceremony in London, Boris Johnson thanked the players of Shinzo "
            "Abe’s team, saying they had been generous guests.",
            "Boris Johnson",
        ),
        (
            "In a long interview, Joe Biden defended the trade deal he signed with Xi "
            "Jinping’s government, saying it would protect farmers.",
            "Joe Biden",
        ),
    ],
)
def test_who_went_on_saying_is_the_next_he(
    vocabulary: Vocabulary, first: str, speaker: str
) -> None:
    found = enrich_in_order(
        vocabulary, first, "“It was a day to remember,” he said.", date="2019-06-01"
    )
    assert said(found) == [(speaker, "It was a day to remember,")]


@pytest.mark.parametrize(
    "first",
    [
        # two who went on saying: whom "he" means is not told
        "After the talks, Joe Biden thanked his hosts, saying the visit had been useful, and "
        "Xi Jinping welcomed the outcome, saying both sides had gained.",
        # a "saying" in another sentence than either's deed: neither's
        "On Monday, Boris Johnson visited Shinzo Abe in Tokyo. The two leaders talked about "
        "trade for an hour, officials said, saying nothing was agreed.",
    ],
)
def test_no_one_left_in_mind_for_he(vocabulary: Vocabulary, first: str) -> None:
    found = enrich_in_order(
        vocabulary, first, "“We will meet again soon,” he said.", date="2019-06-01"
    )
    assert said(found) == []


# --- a word or two quoted between a possessive and a noun: a scare quote ---------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The striker had been out on one of his “recovery” runs at the time, the club said.",
        "The airline flew the route as one of its “zero emission” trials, Reuters reported.",
        "Fans queued for hours before their “derby day” ritual, the BBC said.",
    ],
)
def test_a_quoted_modifier_of_a_noun_is_no_statement(vocabulary: Vocabulary, entry: str) -> None:
    assert said(enrich_in_order(vocabulary, entry, date="2019-06-01")) == []


@pytest.mark.parametrize(
    ("entry", "statement"),
    [
        # a speech verb before, in its clause: the speaker's word, as before
        (
            "Joe Biden said their “special” relationship would last.",
            ("Joe Biden", "special"),
        ),
        # the quoted words end the phrase (a verb next, not a noun): the speaker's, as before
        (
            "The deal was his “best” ever, Boris Johnson said.",
            ("Boris Johnson", "best"),
        ),
    ],
)
def test_a_quoted_word_someone_says_stays_his(
    vocabulary: Vocabulary, entry: str, statement: tuple[str, str]
) -> None:
    assert said(enrich_in_order(vocabulary, entry, date="2019-06-01")) == [statement]


# --- "charged that": a verb of speech only with "that" ------------------------------------------


@pytest.mark.parametrize(
    ("entry", "statement"),
    [
        (
            "Isolated Russia charged in a statement that “the alliance is to blame” for the crisis.",
            ("Russia", "the alliance is to blame"),
        ),
        (
            "Angela Merkel charged that the bank had “broken every promise” it made.",
            ("Angela Merkel", "broken every promise"),
        ),
    ],
)
def test_charged_that_speaks(
    vocabulary: Vocabulary, entry: str, statement: tuple[str, str]
) -> None:
    assert said(enrich_in_order(vocabulary, entry, date="2019-06-01")) == [statement]


def test_charged_a_crowd_says_nothing(vocabulary: Vocabulary) -> None:
    entry = "The riot police charged the crowd, firing what some called “rubber bullets”."
    assert said(enrich_in_order(vocabulary, entry, date="2019-06-01")) == []


# --- a pull quote signed on its own line -------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ('"We will win this cup at home." Boris Johnson British prime minister', "Boris Johnson"),
        ("“The market has spoken.” Angela Merkel, German chancellor", "Angela Merkel"),
    ],
)
def test_a_pull_quote_is_its_signers(vocabulary: Vocabulary, entry: str, speaker: str) -> None:
    found = said(enrich_in_order(vocabulary, entry, date="2020-06-01"))  # (Johnson's term)
    assert [who for who, _ in found] == [speaker]


@pytest.mark.parametrize(
    "entry",
    [
        "“The market has spoken.” Angela Merkel and Joe Biden",  # two: whose?
        "“The market has spoken.” Angela Merkel arrived in Paris on Monday.",  # a sentence
        "“The market has spoken” Angela Merkel, German chancellor",  # no sentence quoted
        "“The market has spoken.” Angela Merkel, German chancellor, to Joe Biden",
        # a title that names another than the one before it (May was prime minister then)
        '"We will win this cup at home." Boris Johnson British prime minister',
    ],
)
def test_no_pull_quote_signer(vocabulary: Vocabulary, entry: str) -> None:
    assert said(enrich_in_order(vocabulary, entry, date="2019-06-01")) == []
