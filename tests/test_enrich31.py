"""Unit tests of round enrich31 (issue 23 on a company's collapse): a familiar form of a new
person's given name ("Ken" after "Kenneth") is that person when the surname is the same; an
officer's title before a name ("CEO", "chief executive", "Coach", "Judge") makes the person; a
name that acts as only a firm does ("files for bankruptcy", "agrees to buy", "reports a loss")
is a new company, and the same name again later is that firm, no place. All on invented entries
of other subjects (a court case, a football club, a tech company, a grocer) as well as the
collapse's wording, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Enricher
from tests.enrich_support import enrich_in_order

if TYPE_CHECKING:
    from ktimeline.importing.enrichment import Findings
    from ktimeline.vocabulary import Vocabulary


def _found(vocabulary: Vocabulary, *entries: str, date: str = "2011-05-01") -> Findings:
    return enrich_in_order(vocabulary, *entries, date=date)


# --- a familiar form of a new person's given name -------------------------------------------


@pytest.mark.parametrize(
    ("first", "later", "person"),
    [
        ("Enron chairman Kenneth Lay meets energy officials.", "Ken Lay resigns.", "Kenneth Lay"),
        (
            "Judge Robert Kline opens the trial of the ferry's owners.",
            "Bob Kline sentences the captain to six years.",
            "Robert Kline",
        ),
        (
            "Chairman William Harris buys the club for £40m.",
            "Bill Harris resigns after relegation.",
            "William Harris",
        ),
        (
            "Jeffrey Pratt said the phone would ship in May.",
            "Jeff Pratt resigns.",
            "Jeffrey Pratt",
        ),
    ],
)
def test_a_familiar_given_name_is_the_person_named_in_full_before(
    vocabulary: Vocabulary, first: str, later: str, person: str
) -> None:
    found = _found(vocabulary, first, later)
    assert found.actors == [person]


@pytest.mark.parametrize(
    ("first", "later", "other"),
    [  # another surname, another given name, a given name the table does not pair
        ("Kenneth Clarke said the budget would hold.", "Ken Lay resigns.", "Ken Lay"),
        ("Kenneth Lay said profits would rise.", "Tom Lay resigns.", "Tom Lay"),
        ("Chairman Danielle Smith resigns.", "Dan Smith resigns.", "Dan Smith"),
    ],
)
def test_another_given_name_or_surname_stays_another_person(
    vocabulary: Vocabulary, first: str, later: str, other: str
) -> None:
    assert _found(vocabulary, first, later).actors == [other]


# --- an officer's title before a name -------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        ("CEO Jeffrey Skilling resigns, the sixth senior executive to leave.", "Jeffrey Skilling"),
        ("Chief executive Martha Jones resigns after the recall.", "Martha Jones"),
        ("Coach Martha Jones resigns after the cup defeat.", "Martha Jones"),
        ("Judge Robert Kline rules for the plaintiffs.", "Robert Kline"),
        ("The board names CFO Priya Raman interim chief.", "Priya Raman"),
    ],
)
def test_an_officers_title_before_a_name_makes_the_person(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    assert person in _found(vocabulary, entry).actors


@pytest.mark.parametrize(
    "entry",
    [
        "Coach Trip Ends Early After Storm",  # a headline's title case
        "The judge Said nothing.",  # one word: no name of two or three
    ],
)
def test_a_title_without_a_persons_name_makes_nobody(vocabulary: Vocabulary, entry: str) -> None:
    assert _found(vocabulary, entry).actors == []


# --- a name that acts as only a firm does ---------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "firm"),
    [
        ("Enron files for bankruptcy.", "Enron"),
        ("Dynegy agrees to buy Enron for $9 billion.", "Dynegy"),
        ("Globex reports a third-quarter loss of $618 million.", "Globex"),
        ("Freshco files for bankruptcy after the recall.", "Freshco"),
        ("Initech goes public on the Nasdaq.", "Initech"),
    ],
)
def test_a_name_acting_as_a_firm_is_a_new_company(
    vocabulary: Vocabulary, entry: str, firm: str
) -> None:
    assert firm in _found(vocabulary, entry).actors


@pytest.mark.parametrize(
    ("first", "later", "firm"),
    [
        ("Enron files for bankruptcy.", "Jeff Skilling arrives at Enron.", "Enron"),
        ("Globex agrees to buy Initech.", "Jane Smith, a lawyer at Globex, resigns.", "Globex"),
    ],
)
def test_the_firm_named_again_is_the_firm_not_a_place(
    vocabulary: Vocabulary, first: str, later: str, firm: str
) -> None:
    found = _found(vocabulary, first, later)
    assert firm in found.actors
    assert firm not in found.places


@pytest.mark.parametrize(
    "entry",
    [
        "Investors agreed to buy the bonds.",  # a plural subject, no firm's name
        "Jane Smith files for bankruptcy.",  # a person's name
    ],
)
def test_no_firm_is_made_of_a_plural_or_a_person(vocabulary: Vocabulary, entry: str) -> None:
    enricher = Enricher(vocabulary)
    found = enricher.enrich(entry, "2011-05-01")
    assert "Investors" not in found.actors
    assert [n for n in found.actors if enricher.records[n].kind == "company"] == []


def test_a_firms_act_makes_a_company(vocabulary: Vocabulary) -> None:
    enricher = Enricher(vocabulary)
    enricher.enrich("Globex agrees to buy Initech.", "2011-05-01")
    assert enricher.records["Globex"].kind == "company"


def test_a_name_after_at_with_no_firms_act_before_stays_a_place(vocabulary: Vocabulary) -> None:
    assert "Lakeside" in _found(vocabulary, "Jeff Skilling arrives at Lakeside.").places
