"""The tags' fast path of session 14 (issue 23) gives what the plain code gave.

``Enricher._cued_at`` computes a word start's cued topics itself on first lookup (one
lookup per word), ``_tags`` skips the words that start no cue and runs no comprehension when
every topic has cues. Checked against the topic-by-topic code (tests/test_import_speed.py's
``plain_tags``); scripts/compare_import_output.py compares whole outputs byte for byte.
"""

from __future__ import annotations

import pytest

from ktimeline.importing.enrichment import Enricher, tokens
from ktimeline.importing.enrichment import enricher as enrichment
from ktimeline.importing.enrichment import words as enrichment_words
from ktimeline.importing.knowledge import literal_topic
from ktimeline.loader import load_vocabulary
from tests.test_import_speed import entry_texts, plain_tags

# Other subjects, other wordings: a hashtag, a firm, a match, the network once called Twitter.
OTHERS = (
    "Activists posted under #MeToo after the verdict; the company issued a statement.",
    "The board approved the merger on 3 May; shareholders sued over the #MeToo policy.",
    "Arsenal beat Chelsea 2-1 in the final; the coach denied any sanctions talk.",
    "#MeToo trended in Seoul as the court heard the case.",
    "Der Vorstand trat zurück; the summit was postponed.",
    "X suspended the account; the owner of X said the ban was final.",
)


def test_a_start_is_looked_up_once_and_as_topics_cued_gives_it() -> None:
    enricher = Enricher(load_vocabulary())
    calls: list[str] = []

    def counted(window: str) -> tuple[int, ...]:
        calls.append(window)
        return enricher._topics_cued(window)

    cued = enrichment_words._CuedAt(counted)
    windows = ["sanctions", "un securit", "summit", "the", "un", "x", "", "sanctions"]
    assert [cued[w] for w in windows] == [enricher._topics_cued(w) for w in windows]
    assert calls == windows[:-1]  # (the second "sanctions" was remembered)
    assert cued["summit"] and not cued["the"]
    cued.clear()
    assert cued["the"] == () and calls[-1] == "the"


def test_tags_with_an_uncued_topic_as_the_plain_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tag whose synonym is one letter has no cues (every word would be a candidate): its
    pattern is searched in every entry (the path the lexicon alone never takes)."""
    enricher = Enricher(load_vocabulary())
    assert enricher._uncued == []  # (so the comprehension is skipped on every entry)
    letter = literal_topic("x-network", ("X",), None)
    assert letter.cues is None
    monkeypatch.setattr(enricher, "topics", (*enricher.topics, letter))
    monkeypatch.setattr(enricher, "_uncued", [len(enricher.topics) - 1])
    for text in (*OTHERS, *entry_texts()[:200]):
        words = tokens(text)
        assert enricher._tags(text, words) == plain_tags(enricher, text, words), text
    assert "x-network" in enricher._tags(OTHERS[5], tokens(OTHERS[5]))
    assert "x-network" not in enricher._tags(OTHERS[2], tokens(OTHERS[2]))


def test_tags_of_other_subjects_cold_warm_and_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    enricher = Enricher(load_vocabulary())
    for _ in range(2):  # the starts' memo cold, then warm
        for text in OTHERS:
            assert enricher._tags(text, tokens(text)) == plain_tags(enricher, text, tokens(text))
    monkeypatch.setattr(enrichment, "WORD_FACTS_KEPT", 0)  # forgotten at every entry
    monkeypatch.setattr(enrichment_words, "WORD_FACTS_KEPT", 0)  # (read by tokens, there)
    for text in (*OTHERS, *entry_texts()[:100]):
        assert enricher._tags(text, tokens(text)) == plain_tags(enricher, text, tokens(text))
    assert enricher._tags(OTHERS[2], tokens(OTHERS[2]))  # (some tag found: not all empty)
