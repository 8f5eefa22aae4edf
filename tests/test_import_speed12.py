"""The import's fast paths of session 12 (issues 22 and 23) give what the plain code gave.

Each whole-text hint that ``_split_text`` reads before a pass over the lines is now found by
a faster scan; here each is checked against the hint's own search, on every text of the
import corpus (tests/data/import/real, tests/data/import/tables, the other texts there),
on each of their lines alone and after a first line, on the entries of the enrichment
corpus, on generated texts (hypothesis) and on cases written for each hint.
scripts/compare_import_output.py compares two versions' whole outputs byte for byte.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline.importing import enrichment, entries
from ktimeline.importing.entries import split_lines

DATA = Path(__file__).parent / "data"


def corpus_texts() -> list[str]:
    """Every text of the import corpus, and the enrichment corpus's entries as one text."""
    paths = [
        *(DATA / "import" / "real").iterdir(),
        *(DATA / "import" / "tables").iterdir(),
        *(DATA / "import").glob("*.txt"),
    ]
    found = [p.read_text("utf-8") for p in sorted(paths) if p.suffix in {".txt", ".md", ".csv"}]
    corpus = (DATA / "enrichment" / "corpus.jsonl").read_text("utf-8").splitlines()
    return [*found, "\n".join(json.loads(line)["entry"] for line in corpus)]


TEXTS = corpus_texts()
LINES = sorted({line for text in TEXTS for line in split_lines(text)})

# The MULTILINE hints read by entries._on_a_line, each with texts it finds (written for it).
LINE_HINTS = {
    entries.LONE_BULLET_HINT: ["text\n-\nAlphonse crée", "•", "a\n  ▪  \nb"],
    entries.TOOL_MARK_HINT: ["a\nendsection\n", "ENDGROUP", "b\n3 years ago: the war"],
    entries.LINK_DEFINITION_HINT: ["[1]: https://example.org", "x\n   [a note]:\tsee"],
    entries.SHORT_DECADE_HINT: ["70er Jahre", "x\n• años 60: la guerra", "\n  '90s boom"],
    entries.SPLIT_ROW_HINT: ["| 1998 | a |", "x\n  |2004| b"],
    entries.CIRCA_HINT: ["c. 1200 text", "x\n• ca.1871 Fire", "\nCIRCA 500: a", "\nokoło 966"],
    entries.FRAMED_HINT: ["== 1871 ==", "x\n*** 12 June ***\r\ny", "\n  :: Heading :: \n"],
}
# Texts for each: found at the start, in the middle, at the end, and not found.
PLACES = ("{}", "{}\n", "first line\n{}", "a\n\nb\n{}\nc", "a\r\n{}\r\n", "x {}", "{}x")


def plain_glued_day(text: str) -> bool:
    """``GLUED_DAY_HINT``'s one search."""
    return entries.GLUED_DAY_HINT.search(text) is not None


def plain_hour_glued(text: str) -> bool:
    """The test before _hours_glued_to_days as it was: HOUR_GLUED_HINT's search alone."""
    return ("uur" in text or "hr" in text) and entries.HOUR_GLUED_HINT.search(text) is not None


def hour_glued(text: str) -> bool:
    """The test as _split_text makes it now: HOUR_WORD_AT_END's scan first."""
    return (
        ("uur" in text or "hr" in text)
        and entries.HOUR_WORD_AT_END.search(text) is not None
        and entries.HOUR_GLUED_HINT.search(text) is not None
    )


def test_line_hints_written_cases() -> None:
    for hint, cases in LINE_HINTS.items():
        for case in cases:
            assert entries._on_a_line(hint, case), (hint.pattern, case)
            for place in PLACES:
                text = place.format(case)
                assert entries._on_a_line(hint, text) == (hint.search(text) is not None), text


def test_line_hints_corpus_texts() -> None:
    for hint in LINE_HINTS:
        for text in TEXTS:
            assert entries._on_a_line(hint, text) == (hint.search(text) is not None)


def test_line_hints_corpus_lines() -> None:
    """Each line alone and after a first line: every place a hint may find."""
    for hint in LINE_HINTS:
        for line in LINES:
            for text in (line, "x\n" + line):
                assert entries._on_a_line(hint, text) == (hint.search(text) is not None), line


def test_line_hints_open_with_a_caret() -> None:
    """A hint whose branch does not open with ^ is refused, not read at line starts only."""
    with pytest.raises(ValueError):
        entries._on_a_line(re.compile(r"^a|b", re.M), "xb")
    with pytest.raises(ValueError):
        entries._on_a_line(re.compile(r"^a"), "b\na")
    with pytest.raises(ValueError):
        entries._on_a_line(re.compile(r"^(?:a|b)|c", re.M), "xc")
    for source in (r"^[|]a", r"^[]|]a", r"^(?:a|b)|^c", r"^a\|b", r"^[^]|]"):  # (no branch)
        assert entries._branches_open_with_caret(source), source
    for source in (r"^a|b", r"a", r"^[a]|b", r"^\[|b"):
        assert not entries._branches_open_with_caret(source), source


TEXT = st.text(alphabet=st.sampled_from("aB1 2\n\t•-=*|:.c'’o9ÄéЖ東🚀“uUhHrR"), max_size=40)


@given(TEXT)
def test_line_hints_generated(text: str) -> None:
    for hint in LINE_HINTS:
        assert entries._on_a_line(hint, text) == (hint.search(text) is not None)


GLUED_CASES = [
    "June 28Archduke Franz Ferdinand",  # a capital and a small letter after the day
    "August 1French troops",
    "x 12Ab",
    "a1Bc",  # (after a letter: no day)
    "123Ab",  # (three digits: none of them a day alone)
    "1_Ab",
    "July 16東京で",  # a letter of another script, anywhere
    "Москва",
    "May 1“We",  # a quotation mark
    "July 20🚀 launch",  # an emoji
    "ª",
    "plain text, 3Com and 4 Kids",
    "Zürich 1ÄB",
    "",
]


def test_glued_day_written_cases() -> None:
    for case in GLUED_CASES:
        for place in PLACES:
            text = place.format(case)
            assert entries._has_glued_day(text) == plain_glued_day(text), text
    assert entries._has_glued_day("June 28Archduke")
    assert not entries._has_glued_day("a1Bc 123Ab")


def test_glued_day_corpus() -> None:
    for text in [*TEXTS, *LINES]:
        assert entries._has_glued_day(text) == plain_glued_day(text), text[:80]


@given(TEXT)
def test_glued_day_generated(text: str) -> None:
    assert entries._has_glued_day(text) == plain_glued_day(text)


HOUR_CASES = [
    "Zaterdag 31 januari17.45 uur",
    "Samstag, 31. Januar 17.45 UHR  ",
    "Samstag 17:45 Uhr\t",
    "vrijdag 9.30 Uur\nnext",
    "the hour 17.45 uur and more",
    "three hours",
]


def test_hour_word_written_cases() -> None:
    for case in HOUR_CASES:
        for place in PLACES:
            text = place.format(case)
            assert hour_glued(text) == plain_hour_glued(text), text
    assert hour_glued("Zaterdag 31 januari17.45 uur")


def test_hour_word_corpus() -> None:
    for text in [*TEXTS, *LINES]:
        assert hour_glued(text) == plain_hour_glued(text), text[:80]


def test_hour_word_letters_are_all_re_i_reads() -> None:
    """HOUR_WORD_AT_END writes each letter of "uur" and "uhr" in both cases: the only
    characters that IGNORECASE matches to them (no other one folds to u, h or r)."""
    for letter in "uhr":
        folded = re.compile(letter, re.IGNORECASE)
        matched = {chr(c) for c in range(sys.maxunicode + 1) if folded.fullmatch(chr(c))}
        assert matched == {letter, letter.upper()}


def plain_tokens(text: str) -> list[tuple[int, int, str]]:
    """Each TOKEN's place and word, as ``finditer`` gives them."""
    return [(m.start(), m.end(), m.group()) for m in enrichment.TOKEN.finditer(text)]


def token_places(text: str) -> list[tuple[int, int, str]]:
    return [(t.start, t.end, text[t.start : t.end]) for t in enrichment.tokens(text)]


WORDY = st.text(alphabet=st.sampled_from("aBc U.S. K.-J'’s_1 2\n-–.ÄéЖ東"), max_size=40)


def test_token_places_corpus() -> None:
    """``tokens`` finds each word after the one before with ``str.find``: the places
    ``TOKEN.finditer`` gives, on every line of the corpus."""
    for line in LINES:
        assert token_places(line) == plain_tokens(line), line
    cases = ["U.S. and U.N. talks", "A.B", "Kim Jong-un's _x_ 1,2", "x__y", "’s 's", "ß"]
    for case in cases:
        assert token_places(case) == plain_tokens(case), case


@given(WORDY)
def test_token_places_generated(text: str) -> None:
    assert token_places(text) == plain_tokens(text)
