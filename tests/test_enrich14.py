"""Unit tests of the rules of round enrich14 (issue 23, held-out-14's misses): each rule on
variants of its kind of sentence, with the cases it must leave alone in the same test (every
test here fails on the code before the round)."""

from __future__ import annotations

import pytest

from ktimeline.importing.enrichment import Enricher, Findings
from ktimeline.loader import load_vocabulary


@pytest.fixture(scope="module")
def vocabulary():  # type: ignore[no-untyped-def]
    return load_vocabulary()


def _enrich(vocabulary, *entries: str, date: str = "1994-07-09") -> Findings:  # type: ignore[no-untyped-def]
    enricher = Enricher(vocabulary)
    found = Findings()
    for entry in entries:
        found = enricher.enrich(entry, date)
    return found


def _said(found: Findings) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote) for s in found.statements]


@pytest.mark.parametrize(
    "entry",
    [
        "″At the moment it is quiet,″ said Karl Moeglich, a German diplomat in Pyongyang.",
        "″At the moment it is quiet,″ Karl Moeglich said.",
        "Karl Moeglich, a German diplomat, said: ″At the moment it is quiet.″",
    ],
)
def test_the_aps_double_primes_are_quotation_marks(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    said = _said(_enrich(vocabulary, entry))
    assert [speaker for speaker, _ in said] == ["Karl Moeglich"]
    assert said[0][1].startswith("At the moment it is quiet")


def test_a_double_prime_alone_is_no_quotation(vocabulary) -> None:  # type: ignore[no-untyped-def]
    # (a measure in inches, then a real quotation in the AP's marks: only the quotation)
    found = _enrich(
        vocabulary,
        "Karl Moeglich said the 12″ shells had stopped. ″It is quiet,″ he said.",
    )
    assert _said(found) == [("Karl Moeglich", "It is quiet,")]


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        (
            "“Immediately, there was an outburst,” S. Kipgen, India’s ambassador to North "
            "Korea, said by telephone.",
            "S. Kipgen",
        ),
        ("“The talks went well,” R. Sharma, the Indian envoy, told reporters.", "R. Sharma"),
    ],
)
def test_an_initial_opens_a_new_persons_name(vocabulary, entry: str, person: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert person in found.actors
    assert [speaker for speaker, _ in _said(found)] == [person]


def test_an_initial_inside_a_known_name_stays_in_it(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Former President George W. Bush met S. Kipgen, India’s ambassador, in Seoul.",
    )
    assert "George W. Bush" in found.actors
    assert "W. Bush" not in found.actors
    assert "S. Kipgen" in found.actors


@pytest.mark.parametrize(
    "apposition",
    [
        "India’s ambassador to North Korea",
        "China’s envoy to Japan",
        "Germany’s ambassador in South Korea",
    ],
)
def test_a_state_named_in_a_possessive_apposition_is_not_the_next_speaker(  # type: ignore[no-untyped-def]
    vocabulary, apposition: str
) -> None:
    found = _enrich(
        vocabulary,
        f"“Immediately, there was an outburst,” Sam Kipgen, {apposition}, said by telephone "
        "from Pyongyang. “Children were crying.”",
    )
    assert _said(found) == [
        ("Sam Kipgen", "Immediately, there was an outburst,"),
        ("Sam Kipgen", "Children were crying."),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "Kim, referred to as the ``Great Leader,'' was the head of a personality cult.",
        "Kim Il Sung, referred to as the “Great Leader,” ruled for decades.",
    ],
)
def test_a_name_someone_goes_by_is_no_statement(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert "Kim Il Sung" in found.actors
    assert _said(found) == []
    for other in (  # the same with a form of "be" or "known as" (no statement either)
        "Kim Il Sung was often referred to as the “Great Leader” in the North.",
        "Kim Il Sung, widely known as the “Great Leader,” ruled for decades.",
    ):
        assert _said(_enrich(vocabulary, other)) == []
    # the active forms keep their speaker (the naming verb's subject)
    found = _enrich(
        vocabulary,
        "The council approved sanctions, a move that Pyongyang described as an “act of war.”",
        date="2017-12-23",
    )
    assert _said(found) == [("North Korea", "act of war.")]
