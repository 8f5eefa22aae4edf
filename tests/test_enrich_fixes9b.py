"""Unit tests of round fixes9b (issue 23, trust): wrong places and hidden or missed actors the
enrichment gave on real input (a city inside a street's name, a German noun after "in", an
entry opened by a quotation mark never closed, a place inside a cut quotation, new persons in
apposition). Each rule on invented text of other subjects and wordings, with what it must
leave alone beside it."""

from __future__ import annotations

import pytest

from ktimeline.importing.enrichment import Enricher, Findings
from ktimeline.loader import load_vocabulary
from ktimeline.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocabulary():  # type: ignore[no-untyped-def]
    return load_vocabulary()


def _enrich(vocabulary: Vocabulary, text: str, date: str = "2001-05-01") -> Findings:
    return Enricher(vocabulary).enrich(text, date)


# --- a known place inside a street's name is not the place ----------------------------------


@pytest.mark.parametrize(
    ("text", "street", "city"),
    [
        (
            "Officers were called to the intersection of 38th and Chicago Avenue in Minneapolis.",
            "Chicago Avenue",
            "Chicago",
        ),
        ("The parade moved down Washington Street in Boston.", "Washington Street", "Washington"),
        ("Protesters blocked Tokyo Road for an hour.", "Tokyo Road", "Tokyo"),
        ("A crash closed the Moscow Highway near Minsk.", "Moscow Highway", "Moscow"),
    ],
)
def test_a_street_named_after_a_city_is_the_street(
    vocabulary: Vocabulary, text: str, street: str, city: str
) -> None:
    found = _enrich(vocabulary, text)
    assert street in found.places
    assert city not in found.places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He arrived in Chicago on Monday.", "Chicago"),
        ("Talks resumed in Moscow after a street protest.", "Moscow"),
        ("The Tokyo Stock Exchange fell while a road in Tokyo was closed.", "Tokyo"),
    ],
)
def test_a_city_without_a_street_word_stays_the_city(
    vocabulary: Vocabulary, text: str, place: str
) -> None:
    assert place in _enrich(vocabulary, text).places


# --- a noun after "in" in a German sentence is no place -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der 1. WK ist offiziell beendet. Der Versailler Vertrag tritt in Kraft.",
        "Das neue Gesetz tritt am 1. Januar in Kraft und gilt für alle.",
        "Die Partei ist seit dem Sommer in Aufruhr und verliert Wähler.",
    ],
)
def test_a_capitalised_german_noun_after_in_is_no_place(vocabulary: Vocabulary, text: str) -> None:
    assert _enrich(vocabulary, text, "1920-01-10").places == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Mauer fällt in Berlin und die Grenze ist offen.", "Berlin"),  # known: still read
        ("The treaty was signed in Kraft, a small town, and came into force.", "Kraft"),
        ("The summit took place in Kananaskis.", "Kananaskis"),
        ("The band plays in Dortmund and then in Das.", "Dortmund"),
    ],
)
def test_a_place_after_in_outside_german_stays(
    vocabulary: Vocabulary, text: str, place: str
) -> None:
    assert place in _enrich(vocabulary, text).places
