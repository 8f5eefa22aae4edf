"""Unit tests of round enrich27 (issue 23, the misses of held-out-24): a surname alone after
the entry wrote it with a given name nobody knows is that new person, not a known namesake;
a quotation after "“…,” she added." goes on in the words of the one who said the one before,
however far her name is. All on invented entries of other subjects (a bakery, sport, a
strike, a court); the guards stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.importing.enrichment import Findings
    from ktimeline.vocabulary import Vocabulary


def _found(vocabulary: Vocabulary, *entries: str, date: str = "2016-05-01") -> Findings:
    return enrich_in_order(vocabulary, *entries, date=date)


# --- a surname alone after "Given Surname" in the same entry: the new person --------------


@pytest.mark.parametrize(
    ("entry", "date", "new", "known"),
    [
        (
            "Tom Johnson, a baker from Leeds, won the county prize. Johnson said the "
            "recipe was his grandmother's.",
            "2019-10-01",
            "Tom Johnson",
            "Boris Johnson",
        ),
        (
            "Hans Merkel, a coach at the Berlin club, praised the team. Merkel told "
            "reporters the players were ready.",
            "2016-05-01",
            "Hans Merkel",
            "Angela Merkel",
        ),
    ],
)
def test_a_surname_after_a_new_full_name_is_that_person(
    vocabulary: Vocabulary, entry: str, date: str, new: str, known: str
) -> None:
    found = _found(vocabulary, entry, date=date)
    assert new in found.actors
    assert known not in found.actors


def test_a_surname_after_a_new_full_name_speaks_as_that_person(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Carlos Trudeau, a goalkeeper from Quebec, saved two penalties. “I guessed right "
        "twice,” Trudeau told reporters.",
        date="2016-03-01",
    )
    assert said(found) == [("Carlos Trudeau", "I guessed right twice,")]
    assert "Justin Trudeau" not in found.actors


def test_a_known_full_name_keeps_its_surname(vocabulary: Vocabulary) -> None:
    # the guard: the known person named in full, another new person beside him
    found = _found(
        vocabulary, "Angela Merkel met Hans Weber in Berlin. Merkel said the talks had gone well."
    )
    assert "Angela Merkel" in found.actors


def test_a_place_before_a_surname_makes_no_new_person(vocabulary: Vocabulary) -> None:
    # the guard: "Capitol Hill" is no person; the bare "Hill" keeps the surname's own rule
    found = _found(
        vocabulary,
        "Lawmakers on Capitol Hill were briefed. Hill said the talks would resume.",
        date="2005-05-01",
    )
    assert "Christopher Hill" in found.actors


# --- "“…,” she added. “…”": the words go on -------------------------------------------------

_LONG_STRIKE = (
    "Carlos Perez, the union's lawyer, says the strike is lawful under the law signed by "
    "Emmanuel Macron. “The workers gave notice three weeks ago,” Perez told the court. “The "
    "company has not answered a single letter since the first day of the dispute. When you "
    "read the contracts signed in the spring, they promise a raise every year, and the company "
    "has paid none of them since the old owner sold it to the fund in the autumn. The workers "
    "have stopped believing the managers, the managers have stopped answering the workers, and "
    "the town has stopped buying what the plant makes,” he added. “What this points to is a "
    "long strike.”"
)


def test_words_after_he_added_go_on_in_his_words(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, _LONG_STRIKE, date="2020-03-01")
    speakers = [speaker for speaker, _ in said(found)]
    assert speakers == ["Carlos Perez"] * 3
    assert said(found)[-1][1].startswith("What this points to")


def test_words_after_a_pronoun_of_the_other_sex_stay_unattributed(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Ms. Ana Ruiz, the company's lawyer, answered the union. “The workers gave notice too "
        "late,” Ruiz told the court. “The company has answered every letter since the first day "
        "of the dispute,” he added. “What this points to is a long strike.”",
        date="2020-03-01",
    )
    assert not any(quote.startswith("What this points to") for _, quote in said(found))


def test_words_after_he_told_someone_are_not_carried_by_this_rule(vocabulary: Vocabulary) -> None:
    # the guard: one who is named between the quotations may be the next one's speaker
    found = _found(
        vocabulary,
        _LONG_STRIKE.replace("he added.", "he told Judge Maria Alvarez."),
        date="2020-03-01",
    )
    assert not any(quote.startswith("What this points to") for _, quote in said(found))


# --- an office alone in apposition ("and Deputy Director of …") is no stranger ------------


def test_an_office_in_apposition_blocks_no_pronoun(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Anna Berg, the daughter of Chancellor Angela Merkel and Deputy Director of the "
        "national museum, asked for patience. She stated that the museum needs money, which "
        "she called “the price of honesty.”",
    )
    assert said(found) == [("Anna Berg", "the price of honesty.")]


def test_an_office_before_a_new_name_still_blocks(vocabulary: Vocabulary) -> None:
    # the guard: "Deputy Director Petra Holm" is a woman nobody knows; "she" may be her
    found = _found(
        vocabulary,
        "Anna Berg, the daughter of Chancellor Angela Merkel and Deputy Director Petra Holm "
        "of the national museum, asked for patience. She stated that the museum needs money, "
        "which she called “the price of honesty.”",
    )
    assert said(found) == []
