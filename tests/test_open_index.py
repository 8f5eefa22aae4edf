"""Both indexes (one large file's ``EventIndex``, a library's ``LibraryIndex``) are
``index.store.OpenIndex``: a ``with`` block closes the SQLite connection when it ends, by an
exception too."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ktimeline.index.library import LibraryIndex
from ktimeline.index.store import _EVENTS_ONLY, EventIndex, OpenIndex


def _event_index(tmp_path: Path) -> EventIndex:
    db = sqlite3.connect(tmp_path / "events.sqlite")
    db.executescript(_EVENTS_ONLY.schema)
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("count", "0"), ("longest_span", "0"), ("tags", "[]"), ("places", "[]"),
         ("sha256", "")],
    )  # fmt: skip
    (tmp_path / "events.jsonl").write_bytes(b"")
    return EventIndex(tmp_path / "events.jsonl", db, tmp_path / "events.sqlite")


def _library_index(tmp_path: Path) -> LibraryIndex:
    return LibraryIndex(tmp_path / "library.sqlite", [], known_actors=())


@pytest.fixture(params=[_event_index, _library_index], ids=["EventIndex", "LibraryIndex"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> OpenIndex:
    opener: Callable[[Path], OpenIndex] = request.param
    return opener(tmp_path)


def _is_open(index: OpenIndex) -> bool:
    try:
        index.db.execute("SELECT 1")
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed database."
        return False
    return True


def test_a_with_block_gives_the_index_and_closes_it_at_its_end(index: OpenIndex) -> None:
    with index as entered:
        assert entered is index
        assert _is_open(index)
    assert not _is_open(index)


def test_an_exception_in_the_block_closes_the_index_and_goes_on(index: OpenIndex) -> None:
    with pytest.raises(KeyError, match="raised in the block"), index:
        raise KeyError("raised in the block")
    assert not _is_open(index)


def test_an_empty_index_lists_no_events(index: OpenIndex) -> None:
    with index:
        assert index.all_events() == []
