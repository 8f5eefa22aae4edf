"""Unit tests of round enrich25 (issue 23, held-out-23's misses): a quoted sentence split by its
attribution is one statement; a naming verb's subject skips a relative aside between commas; a
pronoun that says a person's words keeps his surname in mind; no place from an operation's
name nor from a movement's adjective before a noun. All on invented entries of other subjects
(sport, a court case, a bank, a war's operations, US presidents); the guards (a new quoted
sentence after the attribution, an unnamed speaker, no pronoun between) stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def _said(vocabulary: Vocabulary, *entries: str, date: str = "2021-05-01") -> list[tuple[str, str]]:
    return said(enrich_in_order(vocabulary, *entries, date=date))


# --- a quoted sentence split by its attribution: one statement ------------------------------


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (  # a pronoun, an adverb before the verb
            (
                "Andrew Keller coached the Rovers for ten years.",
                "“We lost the final on penalties,” he later lamented, “and nobody in the dressing"
                " room spoke.”",
            ),
            [
                (
                    "Andrew Keller",
                    "We lost the final on penalties, and nobody in the dressing room spoke.",
                )
            ],
        ),
        (  # the speaker named after the verb, with an apposition
            (
                "“The verdict is a scandal,” said Marta Keller, the defence lawyer, “and we will"
                " appeal it.”",
            ),
            [("Marta Keller", "The verdict is a scandal, and we will appeal it.")],
        ),
        (  # the speaker named before the verb
            ("“The verdict is a scandal,” Marta Keller said, “and we will appeal it.”",),
            [("Marta Keller", "The verdict is a scandal, and we will appeal it.")],
        ),
    ],
)
def test_a_quoted_sentence_split_by_its_attribution_is_one_statement(
    vocabulary: Vocabulary, entries: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert _said(vocabulary, *entries) == expected


@pytest.mark.parametrize(
    "entry",
    [
        "“The verdict is a scandal,” Marta Keller said. “We will appeal it.”",  # a new sentence
        "“The verdict is a scandal,” Marta Keller said, “And we will appeal it.”",  # a capital
        # a clause of the writer's own between: two quotations (as test_quotations12's)
        "“It is a victory,” Marta Keller said in court, adding that the ruling gave, “among other"
        " things, a right of appeal,” reporters heard.",
    ],
)
def test_a_new_quoted_sentence_after_the_attribution_stays_a_second_statement(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert len(_said(vocabulary, entry)) == 2


def test_a_split_quotation_of_an_unnamed_speaker_stays_unattributed(
    vocabulary: Vocabulary,
) -> None:
    found = enrich_in_order(
        vocabulary,
        "“We lost the match on penalties,” a player said, “and nobody in the dressing room spoke.”",
        date="2021-05-01",
    )
    assert said(found) == []
    assert len(found.unattributed) == 2


# --- a relative aside between the speaker and a naming verb ---------------------------------


def test_a_naming_verbs_subject_skips_a_relative_aside(vocabulary: Vocabulary) -> None:
    entry = "Tomas Berg, who is a director of NATO, dubbed the plan “a bridge to nowhere.”"
    assert _said(vocabulary, entry) == [("Tomas Berg", "a bridge to nowhere.")]


@pytest.mark.parametrize(
    "entry",
    [
        # an unnamed subject: the body inside the aside is not who dubbed it
        "A banker, who is a director of NATO, dubbed the plan “a bridge to nowhere.”",
        "The club's captain, who played under Tomas Berg, called the referee “a disgrace to the"
        " sport.”",
    ],
)
def test_a_name_inside_the_aside_of_an_unnamed_subject_says_nothing(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _said(vocabulary, entry) == []


# --- a pronoun that says a person's words keeps his surname in mind -------------------------


def test_a_pronoun_between_keeps_the_surname_of_the_one_named_in_full(
    vocabulary: Vocabulary,
) -> None:
    found = enrich_in_order(
        vocabulary,
        "Former president George H. W. Bush spoke at Yale on Monday.",
        "“Service is the rent we pay,” he said.",
        "Bush then praised the graduating class.",
        date="2002-05-01",
    )
    assert found.actors == ["George H. W. Bush"]


def test_without_the_pronoun_the_surname_is_the_one_in_office_that_day(
    vocabulary: Vocabulary,
) -> None:
    found = enrich_in_order(
        vocabulary,
        "Former president George H. W. Bush spoke at Yale on Monday.",
        "The ceremony lasted two hours.",
        "Bush then praised the graduating class.",
        date="2002-05-01",
    )
    assert found.actors == ["George W. Bush"]


# --- no place from an operation's name nor a movement's adjective ---------------------------


@pytest.mark.parametrize(
    ("entry", "places"),
    [
        ("The prisoners were freed in 1953 in Operation Little Switch after the talks.", []),
        ("The pilots flew in Operation Desert Storm.", []),
        ("The marines trained in Exercise Foal Eagle near Pohang.", ["Pohang"]),
        ("By March the valley was in Communist hands.", []),
        ("The delegates met in Geneva in Nationalist territory.", ["Geneva"]),
    ],
)
def test_no_place_from_an_operation_nor_a_movements_adjective(
    vocabulary: Vocabulary, entry: str, places: list[str]
) -> None:
    assert enrich_in_order(vocabulary, entry, date="1953-01-01").places == places


@pytest.mark.parametrize(
    "entry", ["The talks were held in Geneva on Friday.", "A camp near Sunchon was bombed."]
)
def test_an_unknown_name_after_in_or_near_is_still_a_place(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert enrich_in_order(vocabulary, entry, date="1953-01-01").places != []
