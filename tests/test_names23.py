"""Unit tests of the new-name rules of round names23 (issue 23: a person or body the knowledge
base lacks, named with a title or acting in the text, is a new actor). All on invented sentences
of other subjects (a company, a war, a court case, sport, a city); the cases of each rule fail on
the code before the round, the guards (words that must not become names) pass on both."""

from __future__ import annotations

import pytest

from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import enrich_in_order


def _actors(vocabulary: Vocabulary, entry: str, date: str = "2016-04-12") -> list[str]:
    return enrich_in_order(vocabulary, entry, date=date).actors


# --- a person after a lower-case occupation ("moderator Anderson Cooper") --------------------


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        (
            "The final debate was chaired by moderator Helen Okafor of the broadcaster.",
            "Helen Okafor",
        ),
        ("The Mariners traded pitcher Daisuke Morita to Boston in July.", "Daisuke Morita"),
        (
            "The jury heard defence lawyer Marta Villanueva argue for an acquittal.",
            "Marta Villanueva",
        ),
        ("Nazi fugitive Klaus Brenner was seized in Asuncion in 1961.", "Klaus Brenner"),
        ("The dictator Ousmane Kadré fled the capital as rebels advanced.", "Ousmane Kadré"),
        (
            "Enron collapsed, and prosecutor Dana Whitcombe charged its chief financial officer.",
            "Dana Whitcombe",
        ),
    ],
)
def test_a_name_after_an_occupation_is_a_new_person(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    assert person in _actors(vocabulary, entry)


# --- an appositive role: "X, a senior fellow at …", "X, another … official" -------------------


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        (
            "“The merger cannot survive the audit,” said Priya Natarajan, a senior fellow at a "
            "London think tank.",
            "Priya Natarajan",
        ),
        (
            "The ferry was turned back, said Tomasz Wieczorek, another Polish border guard official.",
            "Tomasz Wieczorek",
        ),
        ("The striker was booked twice, said Lucía Ferrer, a lawyer for the club.", "Lucía Ferrer"),
    ],
)
def test_a_name_before_an_appositive_role_is_a_new_person(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    assert person in _actors(vocabulary, entry)


# --- the speaker after "said" that follows a quotation or a comma ----------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("“The bridge will hold,” said Ingrid Solberg, the city engineer.", "Ingrid Solberg"),
        ("“We were robbed in the final minute,” said Kwame Mensah.", "Kwame Mensah"),
        (
            "Shares fell sharply, says Rahul Mehta of the brokerage, after the recall.",
            "Rahul Mehta",
        ),
        (
            "“The trial was a farce,” said Henry Ashworth, Jr., counsel for the defendants.",
            "Henry Ashworth, Jr.",
        ),
    ],
)
def test_the_name_after_said_is_the_speaker(
    vocabulary: Vocabulary, entry: str, speaker: str
) -> None:
    assert speaker in _actors(vocabulary, entry)


# --- an office's whole name with its remit; its remit no body of its own ---------------------


@pytest.mark.parametrize(
    ("entry", "body", "date"),
    [
        (
            "Norway’s Ministry of Fisheries banned the trawlers from the fjord.",
            "Ministry of Fisheries",
            "2016-04-12",
        ),
        (
            "The Department of Veterans Affairs reopened the claims of the Gulf War.",
            "Department of Veterans Affairs",
            "1995-03-01",
        ),
        (
            "Lawyers formed the Committee for the Defence of Political Prisoners in 1978.",
            "Committee for the Defence of Political Prisoners",
            "1978-08-15",
        ),
        (
            "The Bureau of Labor Statistics revised the figures.",
            "Bureau of Labor Statistics",
            "2016-04-12",
        ),
    ],
)
def test_an_office_named_with_its_remit_is_a_new_body(
    vocabulary: Vocabulary, entry: str, body: str, date: str
) -> None:
    assert body in _actors(vocabulary, entry, date)


def test_the_remit_of_an_unresolved_ministry_is_no_body(vocabulary: Vocabulary) -> None:
    # "Foreign Affairs" is a part of the ministry's name, not a body that speaks
    assert "Foreign Affairs" not in _actors(
        vocabulary, "The Ministry of Foreign Affairs said it was monitoring the dispute."
    )


# --- an office named by capitalised words ending in Department or Bureau ---------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        (
            "The Fire Prevention Bureau inspected the stadium before the final.",
            "Fire Prevention Bureau",
        ),
        (
            "Its Munitions Supply Department ordered shells from three plants.",
            "Munitions Supply Department",
        ),
        (
            "The Planning and Budget Department of the club cut the wage bill.",
            "Planning and Budget Department",
        ),
    ],
)
def test_an_office_ending_in_department_or_bureau_is_a_new_body(
    vocabulary: Vocabulary, entry: str, body: str
) -> None:
    assert body in _actors(vocabulary, entry)


# --- a Korean name in the Western order ---------------------------------------------------------


def test_a_two_word_korean_name_in_the_western_order_is_the_known_person(
    vocabulary: Vocabulary,
) -> None:
    actors = _actors(
        vocabulary, "The new cabinet was sworn in by President Posun Yun.", "1960-09-01"
    )
    assert "Yun Posun" in actors
    assert "Posun Yun" not in actors


# --- words that must NOT become names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "not_a_name"),
    [
        # a headline's capitals stuck to its paragraph
        (
            "Rebels Blows Up Rail Depot, Says Army The army said the depot burned.",
            "Rebels Blows Up Rail Depot",
        ),
        (
            "Ford Recalls Pickup Trucks Over Brakes The carmaker said 9,000 were affected.",
            "Ford Recalls Pickup Trucks Over Brakes",
        ),
        # a generic organ after "of" is no body; a lower-case occupation without a name
        ("The Council of State met on Friday.", "Council of State"),
        ("The host city paid for the stadium, the mayor said.", "City"),
        # "told" puts the one spoken to after it, not the speaker
        ("“It is over,” the coach told Marcus Webb.", "Marcus Webb"),
    ],
)
def test_words_that_are_no_new_name(vocabulary: Vocabulary, entry: str, not_a_name: str) -> None:
    assert not_a_name not in _actors(vocabulary, entry)
