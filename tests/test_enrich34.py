"""Unit tests of round enrich34 (issue 23, a user's own subjects): a surname of a person the
document named in full is that person, never a new firm, and as the object of a charge or a
verdict ("a jury finds Balwani guilty"); two names after a verb done to persons are both
persons; a firm's acts in French and German; no officer's title opens an occasion's name
("Founder Day Parade"); a known person's other-language name forms that a source gives
("Michail Gorbatschow"); the firm one works at ("a lawyer at Andersen"); a familiar form of a person another source of the library named ("Ken
Lay" where another source wrote "Kenneth Lay"). Each on invented entries of several subjects, with the cases that must
stay unresolved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import ktimeline
from ktimeline.importing.enrichment import Enricher
from ktimeline.library import library_directory
from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import enrich_in_order

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def _kinds(vocabulary: Vocabulary, *entries: str, date: str = "2015-03-01") -> dict[str, str]:
    enricher = Enricher(vocabulary)
    for entry in entries:
        enricher.enrich(entry, date)
    return {name: actor.kind for name, actor in enricher.new.items()}


# --- a surname of a person named before is no firm --------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "entry", "person"),
    [
        ("Martha Grant resigns from the board.", "Grant reports a loss.", "Martha Grant"),
        ("Martha Grant resigns from the board.", "Grant files for bankruptcy.", "Martha Grant"),
        ("Peter Vogel joins the club in May.", "Vogel agrees to buy the stadium.", "Peter Vogel"),
    ],
)
def test_a_surname_the_document_named_in_full_is_the_person_not_a_firm(
    vocabulary: Vocabulary, earlier: str, entry: str, person: str
) -> None:
    kinds = _kinds(vocabulary, earlier, entry)
    surname = person.split()[-1]
    assert kinds.get(surname) is None  # (was a new company of that surname)
    assert _actors(vocabulary, earlier, entry) == [person]


def test_a_surname_nobody_named_acting_as_a_firm_is_still_a_firm(vocabulary: Vocabulary) -> None:
    assert _kinds(vocabulary, "Grant files for bankruptcy.") == {"Grant": "company"}
    assert _kinds(vocabulary, "Tom Hart resigns.", "Grant files for bankruptcy.")["Grant"] == (
        "company"
    )


# --- a person's surname as the object of a charge or a verdict ---------------------------------


@pytest.mark.parametrize(
    ("earlier", "entry", "person"),
    [
        (
            "Prosecutors indict Ramesh Balwani.",
            "A separate jury finds Balwani guilty on all twelve counts.",
            "Ramesh Balwani",
        ),
        ("Nora Quist is charged with fraud.", "A jury found Quist not guilty.", "Nora Quist"),
        ("Tom Ray pleads guilty to doping.", "The federation sacks Ray.", "Tom Ray"),
        ("Anna Berg is arrested in Oslo.", "The court finds Berg liable for the losses.",
         "Anna Berg"),
    ],
)  # fmt: skip
def test_a_surname_after_a_verdict_or_a_verb_done_to_persons_is_the_person_named_before(
    vocabulary: Vocabulary, earlier: str, entry: str, person: str
) -> None:
    assert person in _actors(vocabulary, earlier, entry)


@pytest.mark.parametrize(
    "entry",
    [
        "A separate jury finds Balwani guilty on all twelve counts.",  # (nobody named before)
        "The price of gold finds Support guilty.",
    ],
)
def test_a_surname_nobody_named_stays_unresolved_after_a_verdict(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _actors(vocabulary, "The trial opens in San Jose.", entry) == []


def test_a_title_case_headline_s_verdict_names_no_one(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "Nora Quist is charged.", "Jury Finds Quist Guilty Again") == []


@pytest.mark.parametrize(
    ("entries", "persons"),
    [
        (
            ("Elizabeth Holmes is charged with fraud.",
             'Prosecutors charge Holmes and Ramesh "Sunny" Balwani with wire fraud.'),
            ["Elizabeth Holmes", "Ramesh Balwani"],
        ),
        (("Prosecutors charge Ramesh Balwani and Elizabeth Holmes with wire fraud.",),
         ["Ramesh Balwani", "Elizabeth Holmes"]),
        (("The board sacks Tom Ray and Ann Hart.",), ["Tom Ray", "Ann Hart"]),
        (("Police arrest Lena Olsen and Piet Smit at the border.",), ["Lena Olsen", "Piet Smit"]),
    ],
)  # fmt: skip
def test_two_names_joined_by_and_after_a_verb_done_to_persons_are_both_persons(
    vocabulary: Vocabulary, entries: tuple[str, ...], persons: list[str]
) -> None:
    assert _actors(vocabulary, *entries) == persons


def test_a_firm_charged_is_no_person(vocabulary: Vocabulary) -> None:
    assert _kinds(vocabulary, "Regulators charge Initech Holdings with fraud.") != {
        "Initech Holdings": "person"
    }


# --- a firm's acts in French and German --------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "firm"),
    [
        ("Enron dépose le bilan.", "Enron"),
        ("Vivendor se déclare en faillite le 3 mars.", "Vivendor"),
        ("Dynegy rachète le groupe Enron pour 8 milliards.", "Dynegy"),
        ("Globex meldet Insolvenz an.", "Globex"),
        ("Siemens übernimmt den Konkurrenten Globex.", "Siemens"),
        ("Wirecard stellt einen Insolvenzantrag.", "Wirecard"),
    ],
)
def test_a_firm_s_acts_in_french_and_german_make_a_new_company(
    vocabulary: Vocabulary, entry: str, firm: str
) -> None:
    assert _kinds(vocabulary, entry).get(firm) == "company"


@pytest.mark.parametrize(
    "entry",
    [
        "Schulz übernimmt den Vorsitz.",  # (a person takes the chair)
        "Schulz übernimmt Verantwortung.",
        "Dupont rachète ses parts.",
        "Martin dépose une plainte.",
    ],
)
def test_a_person_s_acts_in_french_and_german_make_no_firm(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert "company" not in _kinds(vocabulary, entry).values()


# --- an occasion's name that a title's word opens ----------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Founder Day Parade begins.",
        "Judge Roy Bean Celebration is held in Langtry.",
        "Coach Carter Reunion Weekend opens.",
    ],
)
def test_an_occasion_named_after_a_title_is_no_person(vocabulary: Vocabulary, entry: str) -> None:
    assert "person" not in _kinds(vocabulary, entry).values()


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        ("Coach Martha Jones resigns.", "Martha Jones"),
        ("Founder Tom Day resigns from the board.", "Tom Day"),
    ],
)
def test_an_officer_s_title_before_a_name_still_names_the_person(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    assert _actors(vocabulary, entry) == [person]


# --- a known person's name forms in other languages --------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Michail Gorbatschow spricht im Fernsehen über Tschernobyl.",
        "Mikhaïl Gorbatchev annonce des réformes.",
    ],
)
def test_a_known_person_s_german_or_french_name_is_the_person(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _actors(vocabulary, entry, date="1986-05-14") == ["Mikhail Gorbachev"]


def test_an_other_language_form_no_source_gives_stays_unknown(vocabulary: Vocabulary) -> None:
    assert "Mikhail Gorbachev" not in _actors(
        vocabulary, "Michał Gorbaczow przemawia w telewizji.", date="1986-05-14"
    )


# --- a familiar form of a person another source of the library named ---------------------------


def _add(tmp_path: Path, name: str, lines: str) -> None:
    path = tmp_path / f"{name}.md"
    path.write_text(f"# {name}\n\n{lines}", encoding="utf-8")
    ktimeline.import_chronology(path, add=True, library=library_directory())


def _library_actors(source: str) -> dict[str, int]:
    events = ktimeline.open(library=True).events(sources=source)
    counts: dict[str, int] = {}
    for event in events:
        for actor in event.actors:
            counts[actor] = counts.get(actor, 0) + 1
    return counts


@pytest.mark.parametrize(
    ("first", "second", "person"),
    [
        ("Kenneth Lay resigns as chairman.", "Ken Lay sells his shares.", "Kenneth Lay"),
        ("Ken Lay sells his shares.", "Kenneth Lay resigns as chairman.", "Ken Lay"),
        ("Coach William Harris is hired.", "Bill Harris wins the cup.", "William Harris"),
        # another person of the library stays another
        ("Kenneth Clarke resigns as chairman.", "Ken Lay sells his shares.", "Ken Lay"),
        ("Kenneth Lay resigns as chairman.", "Tom Lay sells his shares.", "Tom Lay"),
    ],
)
def test_a_familiar_form_of_a_person_another_source_named_is_that_person(
    tmp_path: Path, first: str, second: str, person: str
) -> None:
    _add(tmp_path, "one", f"- 2001-08-14: {first}\n")
    _add(tmp_path, "two", f"- 2002-01-23: {second}\n")
    assert _library_actors("two") == {person: 1}


# --- the firm one works at ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "firm"),
    [
        ("Nancy Temple, a lawyer at Andersen, sends a memo.", "Andersen"),
        ("An economist at Nomura expects a rate cut.", "Nomura"),
    ],
)
def test_the_firm_one_works_at_is_a_company_not_a_place(
    vocabulary: Vocabulary, entry: str, firm: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2001-10-12")
    assert firm in found.actors
    assert firm not in found.places
    assert _kinds(vocabulary, entry).get(firm) == "company"


def test_the_firm_one_works_at_is_the_firm_again_later(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary,
        "Nancy Temple, a lawyer at Andersen, sends a memo.",
        "Jeff Skilling arrives at Andersen.",
        date="2001-10-12",
    )
    assert "Andersen" in found.actors and found.places == []


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("A soldier at Fort Bragg is charged.", "Fort Bragg"),  # (no firm's trade)
        ("A lawyer at Seoul meets the press.", "Seoul"),  # (a known place stays one)
        ("Skilling arrives at Lakeside.", "Lakeside"),
    ],
)
def test_a_place_after_at_stays_a_place(vocabulary: Vocabulary, entry: str, place: str) -> None:
    assert place in enrich_in_order(vocabulary, entry, date="2001-10-12").places
