"""Small answers from a warm index cost little more than start-up, never a stale answer.

A warm question used to hash the whole file (0.3 s at a million events) to confirm the index.
Now a file that was settled when it was read (changed well before: see ``RACY_NS``) is
confirmed by its signature (size, times, inode), kept in the index; any other is hashed, as
before, and trusted once a hash has confirmed it settled. ``show`` looks ids up in an index
of ids that its first use adds.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from ktimeline.index import store
from ktimeline.loader import load_chronology

from .test_index import big_file, index_of, same_as_whole_file

__all__ = ["big_file"]  # a fixture


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files hashed from now on."""
    hashed: list[Path] = []
    digest = store.file_digest

    def counting(path: Path) -> str:
        hashed.append(path)
        return digest(path)

    monkeypatch.setattr(store, "file_digest", counting)
    return hashed


def settle(path: Path) -> None:
    """Make ``path`` settled: its times in the past (its ctime stays when it was set)."""
    old = time.time_ns() - 3600 * 10**9
    os.utime(path, ns=(old, old))
    time.sleep(0.05)  # past the file system's clock tick of the ctime


def trusted(cache: Path) -> str | None:
    with closing(sqlite3.connect(index_of(cache))) as db:
        row = db.execute("SELECT value FROM meta WHERE key = 'trusted_stat'").fetchone()
    return None if row is None else str(row[0])


def test_a_settled_file_is_confirmed_without_hashing(
    run: Any, big_file: Path, cache: Path, hashes: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "RACY_NS", 0)
    settle(big_file)
    run("range", "2019", "--data", str(big_file))
    assert trusted(cache) == store.stat_signature(big_file.stat())
    hashes.clear()
    some_id = load_chronology([big_file]).events[100].id
    for args in (["range", "2019-11"], ["show", some_id, "-C", "3"], ["search", "Sohae"],
                 ["stats"]):  # fmt: skip
        same_as_whole_file(run, big_file, *args)
    assert hashes == []


def test_a_same_size_edit_with_its_old_time_is_still_noticed(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setting the modification time back changes the ctime, which no program can set:
    the signature differs, the file is hashed, and the stale index is never used."""
    monkeypatch.setattr(store, "RACY_NS", 0)
    settle(big_file)
    assert run("search", "dotage", "--data", str(big_file)).exit_code == 0
    assert trusted(cache) is not None
    stat = big_file.stat()
    big_file.write_bytes(big_file.read_bytes().replace(b"dotage", b"qxzwvy"))  # same size
    os.utime(big_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same time
    assert (big_file.stat().st_size, big_file.stat().st_mtime_ns) == (
        stat.st_size,
        stat.st_mtime_ns,
    )
    result = same_as_whole_file(run, big_file, "search", "qxzwvy")
    assert result.exit_code == 0
    assert run("search", "dotage", "--data", str(big_file)).exit_code == 1


def test_a_racy_file_is_hashed_until_a_hash_finds_it_settled(
    run: Any, big_file: Path, cache: Path, hashes: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Just written (a margin of days, however slow this machine): not trusted by the build.
    monkeypatch.setattr(store, "RACY_NS", 10**15)
    run("range", "2019", "--data", str(big_file))
    assert trusted(cache) is None
    hashes.clear()
    same_as_whole_file(run, big_file, "range", "2019-11")
    assert hashes == [big_file] and trusted(cache) is None  # still racy: hashed each time
    # Later (no margin now): the next hash confirms it, and keeps its signature.
    monkeypatch.setattr(store, "RACY_NS", 0)
    settle(big_file)  # (a new signature: hashed, then trusted)
    hashes.clear()
    same_as_whole_file(run, big_file, "range", "2019-12")
    assert hashes == [big_file]
    assert trusted(cache) == store.stat_signature(big_file.stat())
    hashes.clear()
    same_as_whole_file(run, big_file, "range", "2019-10")
    assert hashes == []


def test_a_hash_that_does_not_match_rebuilds_then_trusts_the_new_index(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("range", "2019", "--data", str(big_file))
    monkeypatch.setattr(store, "RACY_NS", 0)
    settle(big_file)
    monkeypatch.setattr(store, "file_digest", lambda path: "0" * 64)  # as if changed
    same_as_whole_file(run, big_file, "range", "2019-11")  # rebuilt, from the file
    with closing(sqlite3.connect(index_of(cache))) as db:
        meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["sha256"] == "0" * 64  # the rebuilt index's own hash
    assert meta.get("trusted_stat") == store.stat_signature(big_file.stat())


def test_show_adds_an_index_of_ids_once(run: Any, big_file: Path, cache: Path) -> None:
    run("range", "2019", "--data", str(big_file))

    def has_id_index() -> bool:
        with closing(sqlite3.connect(index_of(cache))) as db:
            found = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'events_by_id'")
            return found.fetchone() is not None

    assert not has_id_index()  # the first query does not pay for it
    events = load_chronology([big_file]).events
    for event_id in (events[0].id, events[len(events) // 2].id, events[-1].id):
        same_as_whole_file(run, big_file, "show", event_id, "-C", "2")
    assert has_id_index()
    unknown = run("show", "no-such-id", "--data", str(big_file))
    assert unknown.exit_code == 2 and "unknown event id" in unknown.stderr


def test_show_scans_when_the_index_of_ids_cannot_be_added(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only or locked index: show answers from it all the same, without a warning
    and without waiting (the table is scanned, as before the index of ids)."""
    run("range", "2019", "--data", str(big_file))

    def locked(self: Any, wait: float = 0) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store.EventIndex, "_writable", locked)
    events = load_chronology([big_file]).events
    result = same_as_whole_file(run, big_file, "show", events[7].id, "-C", "2")
    assert (result.exit_code, result.stderr) == (0, "")
