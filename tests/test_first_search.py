"""The first search of a large file: its fast paths give what the slow ones gave.

The first search builds the full-text index from checked records (not built events), with
texts folded together (``folding.index_words``); a search after a range adds it from events
read back. Either way the index holds the words ``fold_text`` gives, and every answer equals
the answer of reading the file whole (``--no-cache``).
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline.folding import fold_text, index_words
from ktimeline.index import store
from ktimeline.loader import DataSource, load_chronology, read_records
from ktimeline.schema import CHECKED_EVENTS

from .conftest import event, write_jsonl
from .test_index import big_file, index_of, same_as_whole_file

__all__ = ["big_file"]  # a fixture

# Text as data holds it: letters of several scripts, typographic marks, apostrophes, dots,
# possessives, digits, spaces and controls, and the separator index_words joins texts with.
TEXT = st.text(
    st.sampled_from(list("aZ9 .'’‘“”—–…\u00a0`´ʼsS\tΣσςİıKk\u212aé\u0301한국㎾ﬁ\x00\n-_/|"))
    | st.characters(),
    max_size=40,
)


@given(st.lists(TEXT, max_size=12))
def test_index_words_are_the_words_of_fold_text(texts: list[str]) -> None:
    assert [words.split() for words in index_words(texts)] == [
        fold_text(text).split() for text in texts
    ]


def test_index_words_of_every_code_point() -> None:
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    texts = [f"x{char}y {char}'s {char}." for char in chars[::7]]
    assert [words.split() for words in index_words(texts)] == [
        fold_text(text).split() for text in texts
    ]


def full_text(index: Path) -> tuple[list[tuple[str, str, int]], list[str]]:
    """Every (term, column, count of events) of an index's full-text part, and its terms."""
    with closing(sqlite3.connect(index)) as db:
        vocabulary = db.execute("SELECT term, col, doc FROM vocabulary ORDER BY term, col")
        terms = db.execute("SELECT term FROM terms ORDER BY term")
        return list(vocabulary), [row[0] for row in terms]


def test_the_full_text_index_of_a_first_search_equals_the_one_added_later(
    run: Any, big_file: Path, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    same_as_whole_file(run, big_file, "search", "Sohae")  # built in one pass
    in_one_pass = full_text(index_of(cache))
    later = tmp_path / "later"
    monkeypatch.setenv("KTIMELINE_CACHE_DIR", str(later))
    run("range", "2019", "--data", str(big_file))
    same_as_whole_file(run, big_file, "search", "Sohae")  # added to the index
    assert full_text(index_of(later)) == in_one_pass
    assert in_one_pass[1]  # (not two empty indexes)


def test_the_rows_of_records_are_the_rows_of_events(big_file: Path) -> None:
    """A checked record and the event built from it give the same row of the index."""
    problems: list[Any] = []
    actors = load_chronology().vocabulary.actors
    records = [
        (number, record)
        for number, _, _, (record, _) in read_records(
            DataSource(str(big_file), str(big_file)), CHECKED_EVENTS, problems, actors
        )
    ]
    events = {event.id: event for event in load_chronology([big_file]).events}
    numbers = [number for number, _ in records]
    from_records = store._folded_rows(numbers, [record for _, record in records])
    from_events = store._folded_rows(numbers, [events[record.id] for _, record in records])
    assert from_records == from_events
    assert [(n, w.split(), names) for n, w, names in from_events] == [
        (n, store.words_of(events[r.id]).split(), store.names_of(events[r.id])) for n, r in records
    ]
    assert any(names for _, _, names in from_events) and not problems


QUERIES = [
    ["search", "Sohae"],
    ["search", "Sohea"],
    ["search", "Kim Jong-un", "--sort", "relevance"],
    ["search", "Rocket Man"],
    ["search", "moratorim"],
    ["search", "O’Brien"],
    ["search", "U.S. envoy"],
]


@pytest.mark.parametrize("args", QUERIES, ids=[" ".join(q) for q in QUERIES])
def test_a_first_search_equals_a_later_one_and_the_whole_file(
    run: Any, big_file: Path, cache: Path, args: list[str]
) -> None:
    whole = run(*args, "--data", str(big_file), "-f", "jsonl", "--no-cache")
    first = run(*args, "--data", str(big_file), "-f", "jsonl")  # builds everything
    warm = run(*args, "--data", str(big_file), "-f", "jsonl")
    assert (first.exit_code, first.stdout) == (whole.exit_code, whole.stdout)
    assert (warm.exit_code, warm.stdout) == (whole.exit_code, whole.stdout)


def test_texts_with_every_kind_of_mark_index_as_they_search(
    run: Any, tmp_path: Path, cache: Path
) -> None:
    texts = ["O’Brien's “talks” — U.S.-ROK", "Σεούλ ΟΔΟΣ ως", "café ㎾ ﬁnal İstanbul",
             "plain words only", "Kelvin \u212a and ſ", "a\tb\u00a0c…d"]  # fmt: skip
    records = [
        event(id=f"2019-10-{n + 1:02d}-e", date=f"2019-10-{n + 1:02d}", text=texts[n % len(texts)])
        for n in range(24)
    ]  # fmt: skip
    path = write_jsonl(tmp_path / "marks.jsonl", records)
    for query in ("obrien", "talks", "οδος", "cafe", "kw", "final", "istanbul", "kelvin", "c d"):
        same_as_whole_file(run, path, "search", query)
