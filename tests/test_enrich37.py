"""Unit tests of round enrich37 (issue 23, the faults session 16 left): a firm after a court's
verb ("sentences … Pharma"), a government named by its leader ("the Merkel government": the
person and the state, README rule 11), a month's abbreviation that is a given name ("Jan
Visser"), a hyphened given name's lower-case half ("Dal-in"), a judging verb with "as" before
the quoted words, a bare acting title ("The dictator agrees") among the persons just named,
"The spokesman said" after a named spokesman, and a surname whose last entry named a bearer
long out of office. Each on invented entries of other subjects, with the cases that must stay
unresolved or unattributed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Enricher
from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a firm as the object of a court's verb ----------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "firm"),
    [
        (
            "A federal judge sentences Halvorsen Pharma to pay a fine of $2 million.",
            "Halvorsen Pharma",
        ),
        ("A jury convicts Dunmore Brothers of fraud.", "Dunmore Brothers"),
        ("Prosecutors indict Brightwater Holdings over the spill.", "Brightwater Holdings"),
        ("The regulator fined Keller Group for misleading its clients.", "Keller Group"),
    ],
)
def test_a_firm_a_court_sentences_is_a_new_company(
    vocabulary: Vocabulary, entry: str, firm: str
) -> None:
    enricher = Enricher(vocabulary)
    found = enricher.enrich(entry, "2015-03-01")
    assert found.actors == [firm]
    assert enricher.records[firm].kind == "company"


@pytest.mark.parametrize(
    "entry",
    [
        "A court sentences Hans Gruber to ten years in prison.",
        "The judge sentences Tom Ray for the theft of the medals.",
    ],
)
def test_a_person_a_court_sentences_stays_a_person(vocabulary: Vocabulary, entry: str) -> None:
    enricher = Enricher(vocabulary)
    (person,) = enricher.enrich(entry, "2015-03-01").actors
    assert enricher.records[person].kind == "person"


# --- a government named by its leader (README rule 11) -----------------------------------------


@pytest.mark.parametrize(
    ("entry", "date", "wanted"),
    [
        ("The Merkel government rejects the proposal.", "2015-03-01", {"Angela Merkel", "Germany"}),
        ("Putin's regime expels two diplomats.", "2015-03-01", {"Vladimir Putin", "Russia"}),
        (
            "A senior Obama administration official says the talks failed.",
            "2014-03-01",
            {"Barack Obama", "United States"},
        ),
    ],
)
def test_a_government_named_by_its_leader_is_the_person_and_his_state(
    vocabulary: Vocabulary, entry: str, date: str, wanted: set[str]
) -> None:
    assert set(_actors(vocabulary, entry, date=date)) == wanted


def test_a_leader_s_aide_or_visit_gives_no_state(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "Merkel's aide arrives in Paris.") == ["Angela Merkel"]


def test_a_new_person_s_administration_gives_no_state(vocabulary: Vocabulary) -> None:
    assert "United States" not in _actors(
        vocabulary, "Mayor Tom Brisco took office. The Brisco administration cut the budget."
    )


# --- a month's abbreviation that is a given name -----------------------------------------------


def test_words_said_by_a_jan_are_his(vocabulary: Vocabulary) -> None:
    assert _said(vocabulary, "“We will not sell the club,” said Jan Visser.") == [
        ("Jan Visser", "We will not sell the club,")
    ]


def test_a_coach_called_jan_is_a_new_person(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "Coach Jan Visser resigns after the defeat.") == ["Jan Visser"]


@pytest.mark.parametrize(
    "entry",
    [
        "On 12 Jan Ortega resigns as coach.",
        "Since Jan Ortega has coached the team.",
        "“We will not sell,” the club said on Jan 5.",
    ],
)
def test_the_month_stays_a_month(vocabulary: Vocabulary, entry: str) -> None:
    assert not [a for a in _actors(vocabulary, entry) if a.startswith("Jan")]


# --- a hyphened given name whose second half is a common word ----------------------------------


def test_a_given_name_s_half_in_lower_case_is_part_of_the_name(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "Park Sun-on, 88, met his brother at the border.") == ["Park Sun-on"]
    assert _said(vocabulary, "'Where were you?' Lee Dal-in, 90, asked his sister.") == [
        ("Lee Dal-in", "Where were you?")
    ]


def test_a_sit_in_is_nobody(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "Sit-in protests spread to the campus.") == []


# --- a judging verb with "as" before the quoted words ------------------------------------------


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("Angela Merkel assessed the vote as “critical.”", "critical."),
        ("Angela Merkel portrayed the budget deal as a “sellout.”", "sellout."),
        ("Angela Merkel defamed the strikers as “saboteurs.”", "saboteurs."),
    ],
)
def test_a_judging_verb_with_as_gives_the_words_to_its_subject(
    vocabulary: Vocabulary, entry: str, words: str
) -> None:
    assert _said(vocabulary, entry) == [("Angela Merkel", words)]


@pytest.mark.parametrize(
    "entry",
    [
        "Angela Merkel regarded the offer as “an insult.”",  # (a view, not words)
        "The vote was assessed as “critical” by Angela Merkel's aides.",  # (passive)
        "Angela Merkel assessed the damage at the “Blue Lagoon” resort.",  # (no "as")
    ],
)
def test_no_judgement_in_words_gives_no_statement(vocabulary: Vocabulary, entry: str) -> None:
    assert not [s for s in _said(vocabulary, entry) if s[0] == "Angela Merkel"]


# --- a bare acting title among the persons just named ------------------------------------------


def test_the_dictator_is_the_one_leader_just_named(vocabulary: Vocabulary) -> None:
    assert _actors(
        vocabulary, "Stalin signs the decree on grain.", "The dictator then leaves for Sochi.",
        date="1947-08-01",
    ) == ["Joseph Stalin"]  # fmt: skip


def test_two_leaders_just_named_leave_the_dictator_unresolved(vocabulary: Vocabulary) -> None:
    assert _actors(
        vocabulary, "Stalin receives Kim Il Sung in Moscow.", "The dictator agrees to send arms.",
        date="1950-04-01",
    ) == []  # fmt: skip


def test_the_dictator_with_no_one_named_is_nobody(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "The dictator agrees to send arms.", date="1950-04-01") == []


# --- "The spokesman said" after a named spokesman ----------------------------------------------

SPOKESMAN = "“We are pleased,” Merkel's spokesman Steffen Seibert told reporters."


def test_the_spokesman_is_the_one_named_as_spokesman_before(vocabulary: Vocabulary) -> None:
    assert "Steffen Seibert" in _actors(
        vocabulary, SPOKESMAN, "The spokesman said Merkel was satisfied with the talks."
    )


@pytest.mark.parametrize(
    "entries",
    [
        ("Merkel met Hollande in Paris.", "The spokesman said Merkel was satisfied."),
        (
            "Spokesman Steffen Seibert and spokeswoman Ulrike Demmer spoke.",
            "The spokesman said Merkel was satisfied.",
        ),
        (SPOKESMAN, "Rain fell.", "Snow fell.", "Fog came.", "The spokesman said no."),
    ],
)
def test_the_spokesman_without_one_named_lately_is_nobody(
    vocabulary: Vocabulary, entries: tuple[str, ...]
) -> None:
    actors = _actors(vocabulary, *entries)
    assert "Steffen Seibert" not in actors and "Ulrike Demmer" not in actors


# --- a surname whose last entry named a bearer long out of office ------------------------------


def test_a_surname_is_the_bearer_in_office_not_one_gone_for_years(vocabulary: Vocabulary) -> None:
    enricher = Enricher(vocabulary)
    enricher.enrich(
        "Kim Jong Il succeeded his father, Kim Il Sung, who died in 1994.", "2008-01-01"
    )
    found = enricher.enrich("In 2008, Mr. Kim named his son Kim Jong Un a general.", "2008-06-01")
    assert "Kim Jong Il" in found.actors and "Kim Il Sung" not in found.actors


def test_a_bearer_a_few_years_out_of_office_keeps_it_ambiguous(vocabulary: Vocabulary) -> None:
    enricher = Enricher(vocabulary)
    enricher.enrich("Kim Dae-jung met Kim Jong Il in Pyongyang in 2000.", "2009-08-01")
    found = enricher.enrich("Obama praised Mr. Kim for his courage.", "2009-08-20")
    assert "Kim Jong Il" not in found.actors and "Kim Dae-jung" not in found.actors
