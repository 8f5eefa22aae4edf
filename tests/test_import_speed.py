"""The import's fast paths (issue 28) give what the plain code gave.

Each fast path is checked against the straightforward code it replaced (kept here as the
reference), on the real texts of tests/data/import/real and the enrichment corpus.
scripts/compare_import_output.py compares two versions' whole outputs byte for byte.
"""

from __future__ import annotations

import gc
import json
from functools import cache
from pathlib import Path

import pytest

from ktimeline.errors import DataError
from ktimeline.importing.enrichment import (
    KEY_TABLE,
    TITLE_CASED_INITIALS,
    TOKEN,
    Enricher,
    Token,
    tokens,
)
from ktimeline.importing.enrichment import words as enrichment
from ktimeline.importing.entries import split_entries
from ktimeline.importing.events import parse_chronology
from ktimeline.jsonl import json_line
from ktimeline.loader import load_vocabulary
from ktimeline.model import Event
from ktimeline.writer import jsonl_lines

DATA = Path(__file__).parent / "data"


@cache
def entry_texts() -> tuple[str, ...]:
    """Every entry of the real texts, and every entry of the enrichment corpus (read when a
    test first asks, once a process: splitting every real text is ~11 s of CPU, which the
    module's import made every collection of the suite pay, on every worker)."""
    texts = []
    for path in sorted((DATA / "import" / "real").glob("*.txt")):
        texts += [e.text for e in split_entries(path.read_text("utf-8")).entries]
    corpus = (DATA / "enrichment" / "corpus.jsonl").read_text("utf-8").splitlines()
    return (*texts, *(json.loads(line)["entry"] for line in corpus))


def plain_tokens(text: str) -> list[Token]:
    """tokens() as it was before its memo: every word read where it stands."""
    found = []
    for match in TOKEN.finditer(text):
        word, start = match.group(), match.start()
        possessive = word.endswith(("'s", "’s")) and len(word) > 2
        bare = word[:-2] if possessive else word
        key = bare.translate(KEY_TABLE).lower()
        joined = start > 1 and text[start - 1] in "-–" and text[start - 2].isalnum()
        upper = bare.isupper() or TITLE_CASED_INITIALS.fullmatch(bare) is not None  # "U.s."
        found.append(Token(start, match.end(), key, word[0].isupper(), upper, joined, possessive))
    return found


def plain_tags(enricher: Enricher, text: str, words: list[Token]) -> list[str]:
    """Enricher._tags as it was: each cue tried at each word start that begins with its
    first three letters (or its two, for a cue of two: "un")."""
    lower = text.lower()
    starts: dict[str, list[int]] = {}
    for word in words:
        starts.setdefault(lower[word.start : word.start + 3], []).append(word.start)
    found = {i for i in enricher._uncued if enricher.topics[i].pattern.search(text)}
    for start, positions in starts.items():
        two = enricher._cues.get(start[:2], []) if len(start) > 2 else []
        for index, cue in [*enricher._cues.get(start, ()), *two]:
            pattern = enricher.topics[index].pattern
            if any(lower.startswith(cue, at) and pattern.match(text, at) for at in positions):
                found.add(index)
    return list(dict.fromkeys(enricher.topics[i].tag for i in sorted(found)))


def test_the_texts_are_many_and_varied() -> None:
    texts = entry_texts()
    assert len(texts) > 700
    assert any("’s" in t for t in texts) and any("-" in t for t in texts)
    assert any(not t.isascii() for t in texts)


def test_tokens_with_the_memo_cold_warm_and_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = entry_texts()
    monkeypatch.setattr(enrichment, "_WORD_FACTS", {})
    assert [tokens(t) for t in texts] == [plain_tokens(t) for t in texts]  # cold, then warm
    assert [tokens(t) for t in texts] == [plain_tokens(t) for t in texts]
    monkeypatch.setattr(enrichment, "WORD_FACTS_KEPT", 10)  # forgotten again and again
    assert [tokens(t) for t in texts] == [plain_tokens(t) for t in texts]
    assert len(enrichment._WORD_FACTS) <= 11 + max(len(plain_tokens(t)) for t in texts)


def test_tags_as_the_cue_by_cue_search_found_them(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = entry_texts()
    enricher = Enricher(load_vocabulary())
    tagged = 0
    for text in texts:
        words = tokens(text)
        expected = plain_tags(enricher, text, words)
        assert enricher._tags(text, words) == expected, text
        tagged += bool(expected)
    assert tagged > 300  # (the comparison covers texts that have tags)
    monkeypatch.setattr(enrichment, "WORD_FACTS_KEPT", 5)  # the starts' memo forgotten
    assert all(
        enricher._tags(t, tokens(t)) == plain_tags(enricher, t, tokens(t)) for t in texts[:300]
    )


def test_the_import_leaves_garbage_collection_as_it_found_it() -> None:
    vocabulary = load_vocabulary()
    assert gc.isenabled()
    parse_chronology("Sept. 1, 2019: Trump meets Kim in Panmunjom.\n", vocabulary)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_chronology("Sept. 1, 2019: Trump meets Kim.\n", vocabulary)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        parse_chronology(None, vocabulary)  # type: ignore[arg-type]
    assert gc.isenabled()


def event(text: str, number: int = 1) -> Event:
    return Event(id=f"2019-09-01-x{number}", date="2019-09-01", text=text)


@pytest.mark.parametrize("text", ["lone \ud800 surrogate", "an ’ then a lone \udfff"])
def test_a_line_with_a_lone_surrogate_is_still_refused(text: str) -> None:
    with pytest.raises(DataError, match="unpaired surrogate"):
        jsonl_lines([event(text)])


def test_plain_lines_and_escapes_still_pass() -> None:
    texts = ["plain", "’ curly", "a \\ud800 written out"]
    lines = jsonl_lines([event(text, number) for number, text in enumerate(texts)])
    assert len(lines) == 3


def test_line_breaking_characters_are_still_escaped() -> None:
    assert json_line({"a": "x\u2028y\x85z\u2029"}) == '{"a": "x\\u2028y\\u0085z\\u2029"}'
    assert json_line({"a": "plain ’"}) == '{"a": "plain ’"}'


def plain_slug(text: str, words: int = 6) -> str:
    """events.slug as it was: the whole text folded, every word made ASCII (an elided word
    once, as ids have it: "d'une" is "dune", not "dune une")."""
    from ktimeline.folding import ascii_word as _ascii_word
    from ktimeline.folding import fold_text
    from ktimeline.importing.events import SLUG_SKIPPED

    whole = fold_text(text, elided_alone=False).split()
    folded = (_ascii_word(w) if not w.isascii() else w for w in whole)
    return "-".join([w for w in folded if w and w not in SLUG_SKIPPED][:words]) or "event"


SLUG_TEXTS = [
    "The U.S. and the ROK hold talks",
    "a an the of to s " * 40 + "finally six words of it here",  # read again, farther
    "Korea’s envoy — “fine” — visits Seoul’s Blue House",
    "Ｆｕｌｌｗｉｄｔｈ ㎾ Café naïve Σίσυφος ΟΔΟΣ 한국 대통령 承 k-pop承 talks",
    "e\u0301 " * 30 + "combining marks after a space",
    "x" * 300 + " y z",
    "",
    "   ",
]


@pytest.mark.parametrize("real", [True, False], ids=["texts0", "texts1"])  # (TEXTS, SLUG_TEXTS)
def test_slug_reads_a_start_of_the_text_as_the_whole_text_gives(real: bool) -> None:
    from ktimeline.importing.events import clean_text, slug

    for text in entry_texts() if real else SLUG_TEXTS:
        for written in (text, clean_text(text)):
            assert slug(written) == plain_slug(written), written


def slug_before(text: str, words: int = 6) -> str:
    """events.slug as it was before its first read shrank to 48 characters: the text read to
    the space after 256, 1024 … characters. Folding a start of the text is not always folding
    the whole: whether accents are taken off depends on the whole start read (a character
    not in NFKD form anywhere in it), so the ids are kept only if the same start is read."""
    from ktimeline.folding import ascii_word as _ascii_word
    from ktimeline.folding import fold_text
    from ktimeline.importing.events import SLUG_SKIPPED

    size = 256
    while True:
        cut = text.find(" ", size) if len(text) > size else -1
        part = text if cut < 0 else text[:cut]
        folded = (_ascii_word(w) if not w.isascii() else w for w in fold_text(part).split())
        significant = [w for w in folded if w and w not in SLUG_SKIPPED][:words]
        if len(significant) == words or cut < 0:
            return "-".join(significant) or "event"
        size *= 4


PADDING = " and the ministers of both countries meet again" * 3


@pytest.mark.parametrize(
    "text",
    [
        # a decomposed accent (NFKD form) first, a composed one later: the accent goes only
        # when folding reads both (before: both in the first 256 characters)
        "Se\u0301oul talks resume: US and DPRK negotiators meet in Stockholm again. É",
        "Se\u0301oul talks resume: US and DPRK negotiators meet in Stockholm" + PADDING + " É",
        "Se\u0301oul talks resume:" + PADDING * 3 + " É",  # (before: not read, the accent stays)
        "Kim meets Moon in Panmunjom today, then" + " e\u0301" * 20 + " ÉÉ",
        "Kim meets Moon in Panmunjom today and then talks about it all. " + "Ｆｕｌｌ" + " x" * 200,
        "a an the of to s " * 4 + "Se\u0301oul Ｆｕｌｌ talks in it" + PADDING,
        "ΟΔΟΣ Σίσυφος talks " * 3 + "ΣΑΣ" + PADDING,
    ],
)
def test_slug_makes_the_ids_it_made_before(text: str) -> None:
    from ktimeline.importing.events import clean_text, slug

    for written in (text, clean_text(text)):
        assert slug(written) == slug_before(written), written
