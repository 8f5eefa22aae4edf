"""The enrichment's fast paths of session 13 (issue 23) give what the plain code gave.

Each cheap test put before an expensive step is a necessary condition of that step: checked
here over all of Unicode where the step is a character's, and over every line of the import
corpus (tests/data/import/real, tables, the other texts there, the enrichment corpus's
entries) where it is a text's. ``tokens``' one split is checked against TOKEN's matches.
scripts/compare_import_output.py compares two versions' whole outputs byte for byte.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline.importing import enrichment, quotations
from ktimeline.importing.enrichment import places
from ktimeline.importing.enrichment import words as enrichment_words
from ktimeline.importing.entries import split_lines
from ktimeline.loader import load_vocabulary

DATA = Path(__file__).parent / "data"


def corpus_lines() -> list[str]:
    """Every distinct line of the import corpus's texts, and the enrichment corpus's entries."""
    paths = [
        *(DATA / "import" / "real").iterdir(),
        *(DATA / "import" / "tables").iterdir(),
        *(DATA / "import").glob("*.txt"),
    ]
    texts = [p.read_text("utf-8") for p in sorted(paths) if p.suffix in {".txt", ".md", ".csv"}]
    corpus = (DATA / "enrichment" / "corpus.jsonl").read_text("utf-8").splitlines()
    entries = [json.loads(line)["entry"] for line in corpus]
    return sorted({line for text in texts for line in split_lines(text)} | set(entries))


LINES = corpus_lines()
CHARACTERS = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]

# Cases of other subjects and languages: hyphens, apostrophes, initials, dashes, marks.
WRITTEN = [
    "Jean-Paul Sartre’s “Les Mots” — published in Paris–London; O'Neil's U.S.-made A.B.C.",
    "Die Strecke Kalkutta - London: „Der Zug“ fährt; «la guerre» d’Algérie",
    "The board issued a statement; Apple releases its report. Reads out a letter.",
    "``Quoted'' and ’’closing and 'single' and \"straight\"",
    "",
    "---",
    "Kim Jong-un - - met",
]


def reference_tokens(text: str) -> list[enrichment.Token]:
    """Tokens from TOKEN's match objects, one by one (what ``tokens`` computed before)."""
    found = []
    for match in enrichment.TOKEN.finditer(text):
        key, capital, upper, possessive = enrichment_words._word_facts(match.group())
        start = match.start()
        joined = start > 1 and text[start - 1] in "-–" and text[start - 2].isalnum()
        found.append(enrichment.Token(start, match.end(), key, capital, upper, joined, possessive))
    return found


def test_tokens_are_tokens_matches() -> None:
    for text in [*LINES, *WRITTEN]:
        assert enrichment.tokens(text) == reference_tokens(text), text


@given(st.text(alphabet="aZé9_'’.- –—\n“”«»ÅßİıΣς한국", max_size=40))
def test_tokens_are_tokens_matches_on_generated_text(text: str) -> None:
    assert enrichment.tokens(text) == reference_tokens(text)


def test_the_split_has_tokens_one_group() -> None:
    # (TOKEN_SPLIT is TOKEN rewritten since session 14: tests/test_import_speed14.py)
    assert enrichment.TOKEN_SPLIT.groups == 1
    assert enrichment.TOKEN.groups == 0  # (a group of TOKEN's own would be split out too)


def test_every_mark_opens_with_a_mark_start() -> None:
    """MARK_START finds every character a match of MARKS opens with (all of Unicode)."""
    missed = [
        c
        for c in CHARACTERS
        if quotations.MARKS.match(c * 2) and not quotations.MARK_START.match(c)
    ]
    assert missed == []


def test_marks_from_the_first_mark_start_are_all_marks() -> None:
    for text in [*LINES, *WRITTEN]:
        every = [m.span() for m in quotations.MARKS.finditer(text)]
        first = quotations.MARK_START.search(text)
        rest = (
            []
            if first is None
            else [m.span() for m in quotations.MARKS.finditer(text, first.start())]
        )
        assert rest == every, text


def test_every_issuing_verb_holds_a_stem() -> None:
    """Each verb of ISSUED_DOCUMENT's alternation holds one of ISSUING_STEMS (the pattern
    read as its source says: a new verb without a stem fails here)."""
    verbs = re.match(r"\\b\(\?:(.*?)\)\\s\+\(\?:a\|", quotations.ISSUED_DOCUMENT.pattern)
    assert verbs is not None
    for verb in verbs.group(1).split("|"):
        written = verb.replace(r"\s+", " ")
        assert any(stem in written for stem in quotations.ISSUING_STEMS), verb


def test_no_issuing_stem_no_issued_document() -> None:
    for text in [*LINES, *WRITTEN]:
        if quotations.ISSUED_DOCUMENT.search(text):
            assert any(stem in text for stem in quotations.ISSUING_STEMS), text


def test_a_route_dash_needs_one_of_three_dashes() -> None:
    """``_route_end`` returns at once for an entry without "-", "–" or "—": ROUTE_DASH
    matches nothing without one of them (all of Unicode, alone and between spaces)."""
    dashes = set("-–—")
    for c in CHARACTERS:
        if c not in dashes:
            assert not enrichment.ROUTE_DASH.search(f" {c} {c}{c} ")


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("The London–Calcutta flight lands", True),
        ("Die Strecke Kalkutta - London wird eröffnet", True),
        ("The Seoul-Tokyo talks resume", False),
        ("Flights from London to Calcutta resume", False),
    ],
)
def test_routes_with_and_without_dashes(text: str, route: bool) -> None:
    words = enrichment.tokens(text)
    ends = [
        at
        for at, word in enumerate(words)
        if word.key in {"london", "calcutta", "kalkutta", "seoul"}
    ]
    found = [places._route_end(text, words, at, at) for at in ends]
    assert any(end is not None for end in found) is route


def test_unknown_places_refuse_the_same_words() -> None:
    assert enrichment.UNKNOWN_PLACE_REFUSED == (
        enrichment.ORG_WORDS
        | enrichment.MEDIA_WORDS
        | enrichment.HONORIFICS
        | enrichment.NOT_PLACES
    )


@pytest.fixture(scope="module")
def enricher() -> enrichment.Enricher:
    return enrichment.Enricher(load_vocabulary(()))


def test_mentions_are_mentions(enricher: enrichment.Enricher) -> None:
    """A Mention made without the named tuple's constructor is one, equal field by field."""
    found = enricher.enrich("The UN envoy met Kim Jong Un in Pyongyang, the UN said.", "2019-06-01")
    assert found.actors
    reading = enricher._read("Ban Ki-moon of the United Nations met Moon Jae-in.", "2019-06-01")
    reading.add("United Nations", 18, 32)
    mention = reading.mentions[-1]
    assert type(mention) is quotations.Mention
    assert mention == quotations.Mention(
        18, 32, "United Nations", mention.kind, mention.international
    )
    assert mention.actor == "United Nations" and mention.start == 18


def test_matched_words_are_every_word_of_every_match(enricher: enrichment.Enricher) -> None:
    for text in LINES[::7]:
        reading = enricher._read(text[:2000], "2019-06-01")
        every = {i for first, last, _ in reading.matched for i in range(first, last + 1)}
        assert reading.matched_at == every, text
