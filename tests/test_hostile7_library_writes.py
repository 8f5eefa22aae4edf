"""A failed or stopped add never leaves the library unreadable (hostile review 7).

Before: ``import --add`` wrote a source's actor file (``NAME.actors.jsonl``) first and its
events after. When the events could not be written (a full disk) or the run was stopped
between the two writes, a replaced source kept its old events beside the new import's
actors (or none), and every later question of the library failed with "unknown actor".
Seen on a 24 KB tmpfs: a source naming "Ambassador Shigeie Toshinori", re-added after an
edit that dropped him and made the file larger, left ``ktimeline range`` exiting 2.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

import ktimeline

FIRST = (
    "Chronology of test events\n\n"
    "Dec. 2, 2019: Ambassador Shigeie Toshinori meets officials in Seoul.\n"
    'Dec. 3, 2019: Trump calls Kim "Rocket Man" at a NATO meeting.\n'
)
# The same file edited: the new actor gone, the entries many more.
EDITED = "Chronology of test events\n\n" + "".join(
    f"Dec. {day % 28 + 1}, 2019: North Korea fires short-range missiles, number {day}.\n"
    for day in range(40)
)


def _library_answers() -> int:
    """How many events a fresh question of the library lists (raises if it cannot read)."""
    return len(ktimeline.open(library=True).between("2019-12"))


def _add_first(tmp_path: Path) -> tuple[Path, Path, bytes, bytes]:
    text = tmp_path / "notes.txt"
    text.write_text(FIRST, encoding="utf-8")
    outcome = ktimeline.import_chronology(text, add=True)
    assert outcome.target is not None
    actors = outcome.target.with_name(outcome.target.name.replace(".jsonl", ".actors.jsonl"))
    assert "Shigeie Toshinori" in actors.read_text(encoding="utf-8")
    text.write_text(EDITED, encoding="utf-8")
    return text, outcome.target, outcome.target.read_bytes(), actors.read_bytes()


def test_a_full_disk_during_an_add_leaves_the_source_and_its_actors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, events, events_before, actors_before = _add_first(tmp_path)
    answers = _library_answers()

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched, pytest.raises(ktimeline.OutputError, match="space"):
        patched.setattr(os, "fsync", full)
        ktimeline.import_chronology(text, add=True)
    actors = events.with_name(events.name.replace(".jsonl", ".actors.jsonl"))
    assert events.read_bytes() == events_before
    assert actors.read_bytes() == actors_before
    assert _library_answers() == answers  # the library still reads, as before
    assert sorted(p.name for p in events.parent.iterdir() if p.suffix == ".tmp") == []


def test_a_stop_between_the_actors_and_the_events_puts_the_actors_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, events, events_before, actors_before = _add_first(tmp_path)
    answers = _library_answers()
    real_replace = os.replace

    def stopped(source: Any, target: Any) -> None:
        if os.fspath(target) == os.fspath(events):  # the events' rename: Ctrl-C arrives
            raise KeyboardInterrupt
        real_replace(source, target)

    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr(os, "replace", stopped)
        ktimeline.import_chronology(text, add=True)
    actors = events.with_name(events.name.replace(".jsonl", ".actors.jsonl"))
    assert events.read_bytes() == events_before
    assert actors.read_bytes() == actors_before
    assert _library_answers() == answers


def test_an_add_that_lands_still_replaces_both(tmp_path: Path) -> None:
    text, events, _, _ = _add_first(tmp_path)
    ktimeline.import_chronology(text, add=True)
    actors = events.with_name(events.name.replace(".jsonl", ".actors.jsonl"))
    assert not actors.exists()  # the edited file names no new actor
    assert "number 39" in events.read_text(encoding="utf-8")
    assert _library_answers() > 2


def test_a_full_disk_while_writing_the_actors_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The actor file's temporary file was left behind (``tmpXXXX.tmp``, never cleaned).
    (It is written by ``writer.write_atomically`` now, which syncs it: the disk is found
    full there.)"""
    text = tmp_path / "notes.txt"
    text.write_text(FIRST, encoding="utf-8")

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched, pytest.raises(ktimeline.InvalidArgumentError) as raised:
        patched.setattr(os, "fsync", full)
        ktimeline.import_chronology(text, actors_out=tmp_path / "new.actors.jsonl")
    assert str(raised.value) == f"actors_out {os.strerror(errno.ENOSPC)}"
    leftovers = [p.name for p in tmp_path.rglob("*.tmp")]
    assert leftovers == []
    assert not (tmp_path / "new.actors.jsonl").exists()


def test_a_read_only_library_is_named_as_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Any
) -> None:
    """Before: "cannot write /…/lib/library: Read-only file system", a path that does not
    exist (the library's lock is ``.library.lock`` in it). Seen on a read-only bind mount."""
    text = tmp_path / "notes.txt"
    text.write_text(FIRST, encoding="utf-8")
    library = tmp_path / "lib"
    library.mkdir()
    real_open = os.open

    def read_only(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path).endswith(".library.lock"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(path, flags, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(os, "open", read_only)
        result = run("import", str(text), "--add", "--library", str(library))
    assert result.exit_code == 2, result
    assert result.stderr.strip().splitlines()[-1] == (
        f"ktimeline: error: cannot write the library {library}: Read-only file system"
    )


def test_a_source_titled_bundled_does_not_take_the_bundled_chronologys_name(
    tmp_path: Path, run: Any
) -> None:
    """Before: `--source-title bundled` made a library file bundled.jsonl, and `sources`
    listed two sources named "bundled"."""
    text = tmp_path / "notes.txt"
    text.write_text(FIRST, encoding="utf-8")
    added = run("import", str(text), "--add", "--source-title", "bundled")
    assert added.exit_code == 0, added
    listed = run("sources", "-f", "jsonl")
    names = [json.loads(line)["name"] for line in listed.stdout.splitlines()]
    assert names.count("bundled") == 1 and "bundled-2" in names, names


def test_a_hard_link_in_the_library_is_read_with_the_actors_beside_its_other_name(
    tmp_path: Path,
) -> None:
    """Before: ``ln notes.jsonl a-copy.jsonl`` in the library (a file under two names is read
    once) made it read as ``a-copy.jsonl``, whose name has no actor file beside it: every
    question failed with "unknown actor 'Shigeie Toshinori'"."""
    text = tmp_path / "notes.txt"
    text.write_text(FIRST, encoding="utf-8")
    outcome = ktimeline.import_chronology(text, add=True)
    assert outcome.target is not None
    answers = _library_answers()
    try:
        os.link(outcome.target, outcome.target.with_name("a-copy.jsonl"))
    except OSError as exc:  # pragma: no cover - a file system without hard links
        pytest.skip(f"no hard links here: {exc}")
    assert _library_answers() == answers
    assert [s.name for s in ktimeline.open(library=True).sources()] == [
        "bundled",
        outcome.target.stem,
    ]
