"""Unit tests of round carry23 (issue 23, statements whose speaker an earlier entry of the same
document named): "“…,” it said" as the one body the entry before gave words to, and "the
President" as the one person in mind whom the document named "President …" alone. All on
invented entries of other subjects (sport, business, courts); the guards (two candidates, a new
document, another body between) must leave the words unattributed."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import enrich_in_order
from tests.enrich_support import said as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


_enrich = partial(enrich_in_order, date="2024-03-12")


# --- "it said": the one body the entry before gave words to --------------------------------------


@pytest.mark.parametrize(
    ("entries", "speaker", "quote"),
    [
        (  # sport
            (
                "“Every decision of the final will be reviewed,” the International Olympic "
                "Committee said on Monday.",
                "“The athletes deserve clarity,” it said, adding that a report would follow.",
            ),
            "International Olympic Committee",
            "The athletes deserve clarity,",
        ),
        (  # a company's news
            (
                "“Demand for memory chips fell more sharply than expected,” Samsung said in its "
                "quarterly report.",
                "“Demand will recover next year,” it said.",
            ),
            "Samsung",
            "Demand will recover next year,",
        ),
        (  # a court case, reported by an agency; "It added" opening the entry
            (
                "“The court acted within the law,” TASS reported after the verdict.",
                "It added, “The sentence may still be appealed.”",
            ),
            "TASS",
            "The sentence may still be appealed.",
        ),
        (  # an entry between that names nobody keeps the body in mind
            (
                "“Our profit doubled,” Samsung said on Thursday.",
                "Shares rose by four percent in early trading.",
                "“We will hire three thousand engineers,” it said.",
            ),
            "Samsung",
            "We will hire three thousand engineers,",
        ),
    ],
)
def test_it_said_is_the_body_the_entry_before_gave_words_to(
    vocabulary: Vocabulary, entries: tuple[str, ...], speaker: str, quote: str
) -> None:
    assert _said(_enrich(vocabulary, *entries)) == [(speaker, quote)]


@pytest.mark.parametrize(
    "entries",
    [
        # a new document: nothing before
        ("“The athletes deserve clarity,” it said.",),
        # the entry before named two bodies
        (
            "“We broke no rule,” Samsung said after the European Union opened an inquiry.",
            "“The inquiry will take a year,” it said.",
        ),
        # another body named between
        (
            "“Our profit doubled,” Samsung said on Thursday.",
            "The European Union opened an inquiry into the chip market.",
            "“We will answer every question,” it said.",
        ),
        # the one who spoke before is a person: no "it"
        (
            "“We played badly,” Olaf Scholz said after the match.",
            "“The referee saw nothing,” it said.",
        ),
        # a body named before the "it" in the entry itself
        (
            "“Our profit doubled,” Samsung said on Thursday.",
            "Reuters said the figures were late. “The board will meet on Friday,” it said.",
        ),
    ],
)
def test_it_said_stays_unattributed_without_one_body(vocabulary, entries: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, *entries)
    assert not any(speaker == "Samsung" for speaker, _ in _said(found))
    if entries[-1].startswith("“The"):
        assert _said(found) == [] and found.unattributed


# --- "the President": the one person in mind whom the document named with that title alone -------


@pytest.mark.parametrize(
    ("entries", "quote"),
    [
        (  # sport: the entry naming him with his title also named another man
            (
                "Talks between club President Florian Vogt and Chancellor Olaf Scholz on the new "
                "stadium fell apart on Thursday, with both men leaving within minutes of each "
                "other.",
                "Vogt left the stadium two hours early.",
                "The President said a deal with the city was “not far away.”",
            ),
            "not far away.",
        ),
        (  # a court case
            (
                "The court heard the lawyers of President Florian Vogt and of Olaf Scholz on "
                "Monday.",
                "Vogt left the courthouse before noon.",
                "The President said the ruling was “a matter for the judges alone.”",
            ),
            "a matter for the judges alone.",
        ),
    ],
)
def test_the_president_is_the_one_in_mind_the_document_called_so_alone(
    vocabulary: Vocabulary, entries: tuple[str, ...], quote: str
) -> None:
    assert _said(_enrich(vocabulary, *entries)) == [("Florian Vogt", quote)]


def test_the_president_when_the_document_gave_the_title_to_two_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Talks between club President Florian Vogt and club President Martin Hahn fell apart on "
        "Thursday.",
        "Vogt left the stadium two hours early.",
        "The President said a new contract was “not far away.”",
    )
    assert _said(found) == []
    assert found.unattributed == ["not far away."]


def test_he_said_after_two_men_named_together_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Olaf Scholz and Emmanuel Macron met the striker's lawyers in Paris.",
        "“We agreed on everything,” he said.",
    )
    assert _said(found) == []
    assert found.unattributed == ["We agreed on everything,"]


def test_he_said_in_a_new_document_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "“We agreed on everything,” he said.")
    assert _said(found) == []
    assert found.unattributed == ["We agreed on everything,"]
