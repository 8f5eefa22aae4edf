"""The enrichment's fast paths of session 14 (issue 23) give what the plain code gave.

``TOKEN_SPLIT`` is TOKEN written after its alternatives' common first character (so that
``re`` skips the characters no word starts with): its words are TOKEN's, checked over every
line of the import corpus, over all of Unicode and on generated text. ``_inside`` returns
at once when nothing is said. scripts/compare_import_output.py compares two versions' whole
outputs byte for byte.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from ktimeline.importing import enrichment
from ktimeline.importing.enrichment import writing
from ktimeline.loader import load_vocabulary
from tests.test_import_speed13 import CHARACTERS, LINES, WRITTEN

FIRST = re.compile(r"[^\W_]")  # the class TOKEN_SPLIT opens with


def split_words(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in enrichment.TOKEN_SPLIT.finditer(text)]


def token_words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in enrichment.TOKEN.finditer(text)]


def test_the_split_opens_with_one_character_class() -> None:
    """What lets ``re`` skip the characters outside it (the point of the rewriting)."""
    assert enrichment.TOKEN_SPLIT.pattern.startswith(f"({FIRST.pattern}(?:")
    assert enrichment.TOKEN_SPLIT.groups == 1


def test_every_token_opens_with_the_splits_first_class() -> None:
    """The class is a necessary condition: no character outside it opens a TOKEN match,
    whatever follows (all of Unicode)."""
    for follows in ("", "a", "A.", ".B.", ".B", "x'y", "é"):
        missed = [
            c for c in CHARACTERS if enrichment.TOKEN.match(c + follows) and not FIRST.match(c)
        ]
        assert missed == [], follows


def test_split_words_are_tokens_words_on_every_character() -> None:
    for c in CHARACTERS:
        for text in (c, f"A.{c}.", f"{c}.B. {c}", f"x’{c} {c}'s", f"U.{c}"):
            assert split_words(text) == token_words(text), repr(text)


def test_split_words_are_tokens_words_on_the_corpus() -> None:
    for text in [*LINES, *WRITTEN]:
        assert split_words(text) == token_words(text), text


# Initials and abbreviations of other subjects and languages, the alternatives' borders.
@given(
    st.text(
        alphabet="aAbBzZéÉ9_'’.- –\nßİıΣ한국",
        max_size=30,
    )
)
def test_split_words_are_tokens_words_on_generated_text(text: str) -> None:
    assert split_words(text) == token_words(text)
    assert [w[:2] for w in enrichment.tokens(text)] == token_words(text)


def test_initials_and_abbreviations() -> None:
    for text, words in [
        ("The U.S. and the U.K. met", ["The", "U.S.", "and", "the", "U.K.", "met"]),
        ("J.R.R. Tolkien's A.B", ["J.R.R.", "Tolkien's", "A.B"]),
        ("Ph.D. in e.g. Paris", ["Ph", "D", "in", "e.g.", "Paris"]),
        ("L'Oréal’s C.E.O", ["L'Oréal’s", "C.E.", "O"]),
        ("A.B.c and A.Bc", ["A.B.", "c", "and", "A", "Bc"]),
    ]:
        assert [text[a:b] for a, b in split_words(text)] == words, text
        assert split_words(text) == token_words(text), text


@given(
    st.integers(min_value=0, max_value=60),
    st.lists(st.integers(min_value=0, max_value=60), max_size=8, unique=True),
)
def test_inside_is_inside_one_span(at: int, bounds: list[int]) -> None:
    ordered = sorted(bounds)
    spans = list(zip(ordered[::2], ordered[1::2], strict=False))
    assert writing._inside(at, spans) == any(s < at < e for s, e in spans)
    assert writing._inside(at, []) is False


def test_a_bodys_words_carried_with_and_without_others_named() -> None:
    """``_body_left`` reads what else the entry names only when a body spoke: the body is
    carried when it is the only one named, not when another body or state is."""
    enricher = enrichment.Enricher(load_vocabulary(()))
    carried = []
    for text in (
        "“We will not pay,” the United Nations said.",
        "“We will not pay,” the United Nations said after Japan protested.",
        "Japan protested.",  # (nobody spoke: none carried now)
    ):
        enricher.enrich(text, "2021-03-01")
        carried.append(enricher._body_in_mind[0] if enricher._body_in_mind else None)
    assert carried == ["United Nations", None, None]
