"""The on-disk index of large files: same answers as reading the file whole, always fresh.

Files here are small, so the tests lower the size from which a file is indexed
(KTIMELINE_CACHE_MIN_BYTES=0) and keep the cache in a temporary directory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ktimeline.loader import load_chronology
from ktimeline.model import event_to_record

from .conftest import event, run_process, write_jsonl


def shifted(iso: str, years: int) -> str:
    return f"{int(iso[:4]) + years:04d}{iso[4:]}"


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """The bundled chronology twenty times over, each copy moved on by a year."""
    records = []
    for copy in range(20):
        for e in load_chronology().events:
            record = event_to_record(e)
            record["id"] = f"{e.id}-copy-{copy}"
            record["date"] = shifted(e.date, copy)
            if e.end_date:
                record["end_date"] = shifted(e.end_date, copy)
            record.pop("related", None)
            records.append(record)
    return write_jsonl(tmp_path / "big.jsonl", records)


QUERIES = [
    ["range", "2019-11"],
    ["range", "2025-12-01", "2026-01-31"],
    ["range", "2030"],
    ["range", "2019", "--actor", "Esper", "--tag", "gsomia"],
    ["search", "Sohae"],
    ["search", "Sohea"],
    ["search", "Kim Jong-un", "--sort", "relevance", "-n", "40"],
    ["search", "burden sharing"],
    ["search", "Rocket Man"],
    ["search", "moratorim"],
    ["search", "hack"],
    ["search", "SLBM"],
    ["search", "--exact", "rocket"],
    ["search", "--exact", "“Rocket"],
    ["search", "--regex", r"\bICBM\b"],
    ["search", "nothing-like-this"],
]


@pytest.mark.parametrize("args", QUERIES, ids=[" ".join(q) for q in QUERIES])
def test_indexed_answers_equal_whole_file_answers(
    run: Any, big_file: Path, cache: Path, args: list[str]
) -> None:
    for fmt in ("jsonl", "plain"):
        whole = run(*args, "--data", str(big_file), "-f", fmt, "--no-cache")
        first = run(*args, "--data", str(big_file), "-f", fmt)  # builds the index
        again = run(*args, "--data", str(big_file), "-f", fmt)  # uses it
        assert (first.exit_code, first.stdout) == (whole.exit_code, whole.stdout)
        assert (again.exit_code, again.stdout) == (whole.exit_code, whole.stdout)
    assert list(cache.glob("index-*.sqlite"))


def test_the_index_is_sqlite_data_in_the_cache_directory(
    run: Any, big_file: Path, cache: Path
) -> None:
    run("range", "2019", "--data", str(big_file))
    (index,) = cache.glob("index-*.sqlite")
    assert index.read_bytes()[:16] == b"SQLite format 3\x00"  # data, never a pickle
    assert not list(cache.glob("*.tmp"))


def test_no_cache_and_the_environment_turn_it_off(run: Any, big_file: Path, cache: Path) -> None:
    run("range", "2019", "--data", str(big_file), "--no-cache")
    run("range", "2019", "--data", str(big_file), env={"KTIMELINE_CACHE": "0"})
    assert not cache.exists() or not list(cache.iterdir())


def test_small_files_are_not_indexed(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KTIMELINE_CACHE_MIN_BYTES", str(big_file.stat().st_size + 1))
    run("range", "2019", "--data", str(big_file))
    assert not cache.exists()


def test_same_size_same_time_other_content_is_noticed(
    run: Any, big_file: Path, cache: Path
) -> None:
    assert run("search", "dotage", "--data", str(big_file)).exit_code == 0  # indexed now
    stat = big_file.stat()
    big_file.write_bytes(big_file.read_bytes().replace(b"dotage", b"qxzwvy"))  # same size
    os.utime(big_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same time
    assert big_file.stat().st_size == stat.st_size
    # The stale index knows no "qxzwvy": only the content hash shows the file has changed.
    after = run("search", "qxzwvy", "--data", str(big_file), "-f", "jsonl")
    whole = run("search", "qxzwvy", "--data", str(big_file), "-f", "jsonl", "--no-cache")
    assert after.exit_code == whole.exit_code == 0
    assert after.stdout == whole.stdout
    assert run("search", "dotage", "--data", str(big_file)).exit_code == 1


def test_a_changed_file_is_indexed_again(run: Any, big_file: Path, cache: Path) -> None:
    run("range", "2019", "--data", str(big_file))
    with big_file.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(event(id="2099-01-01-added", date="2099-01-01")) + "\n")
    assert "2099-01-01-added" in run("range", "2099", "--data", str(big_file)).stdout


def test_an_invalid_file_is_reported_the_same_and_not_indexed(
    run: Any, big_file: Path, cache: Path
) -> None:
    with big_file.open("a", encoding="utf-8") as stream:
        stream.write('{"id": "broken"\n')
        stream.write(json.dumps(event(actors=["Nobody"])) + "\n")
    indexed = run("range", "2019", "--data", str(big_file))
    whole = run("range", "2019", "--data", str(big_file), "--no-cache")
    assert indexed.exit_code == whole.exit_code == 2
    assert indexed.stderr == whole.stderr
    assert "unknown actor 'Nobody'" in indexed.stderr
    assert not list(cache.glob("index-*.sqlite"))


def test_the_actors_a_file_was_checked_with_are_part_of_the_key(
    run: Any, tmp_path: Path, cache: Path
) -> None:
    path = write_jsonl(tmp_path / "zorro.jsonl", [event(actors=["Zorro"])])
    actors = write_jsonl(tmp_path / "actors.jsonl", [{"name": "Zorro", "kind": "person"}])
    assert run("range", "2019", "--data", str(path), "--actors", str(actors)).exit_code == 0
    assert run("range", "2019", "--data", str(path)).exit_code == 2  # not from the index


def test_show_and_stats_still_work_on_large_files(run: Any, big_file: Path, cache: Path) -> None:
    shown = run(
        "show",
        "2019-12-05-sohae-movement-choe-dotard-warning-copy-0",
        "--data",
        str(big_file),
        "-C",
        "1",
        "-f",
        "jsonl",
    )
    assert len(shown.stdout.splitlines()) == 3
    assert run("stats", "--data", str(big_file), "-f", "csv").exit_code == 0


def test_show_on_a_large_file_uses_the_index_and_knows_unknown_ids(
    run: Any, big_file: Path, cache: Path
) -> None:
    event_id = "2019-12-14-nk-crucial-test-at-sohae-copy-3"
    whole = run("show", event_id, "-C", "2", "--data", str(big_file), "-f", "jsonl", "--no-cache")
    indexed = run("show", event_id, "-C", "2", "--data", str(big_file), "-f", "jsonl")
    assert indexed.stdout == whole.stdout and len(indexed.stdout.splitlines()) == 5
    assert list(cache.glob("index-*.sqlite"))
    missing = run("show", "no-such-id", "--data", str(big_file))
    assert missing.exit_code == 2
    assert "unknown event id 'no-such-id'" in missing.stderr


# --- the cache is disposable: any failure of the index is a cache miss ----------------------


def index_of(cache: Path) -> Path:
    (index,) = cache.glob("index-*.sqlite")
    return index


def same_as_whole_file(run: Any, big_file: Path, *args: str) -> Any:
    """Run a query with the cache and without; the answers must be identical."""
    whole = run(*args, "--data", str(big_file), "-f", "jsonl", "--no-cache")
    cached = run(*args, "--data", str(big_file), "-f", "jsonl")
    assert (cached.exit_code, cached.stdout) == (whole.exit_code, whole.stdout), cached
    return cached


def test_a_corrupt_page_is_a_cache_miss(run: Any, big_file: Path, cache: Path) -> None:
    run("range", "2019", "--data", str(big_file))
    index = index_of(cache)
    content = bytearray(index.read_bytes())
    page = 4096
    for at in range(page * 3, len(content) - page, page * 2):  # every other page, garbage
        content[at : at + page] = os.urandom(page)
    index.write_bytes(bytes(content))
    result = same_as_whole_file(run, big_file, "range", "2019-11")
    assert result.exit_code == 0
    assert result.stderr.count("ktimeline: warning: ") == 1
    assert "answering from the file" in result.stderr
    again = same_as_whole_file(run, big_file, "range", "2019-11", "--overlap")  # rebuilt: quiet
    assert again.stderr == ""


def test_a_dropped_table_is_a_cache_miss(run: Any, big_file: Path, cache: Path) -> None:
    import sqlite3

    run("range", "2019", "--data", str(big_file))
    with sqlite3.connect(index_of(cache)) as db:
        db.execute("DROP TABLE events")
    result = same_as_whole_file(run, big_file, "range", "2019-11")
    assert result.exit_code == 0
    assert "ktimeline: warning: cannot read the index" in result.stderr
    assert "no such table: events" in result.stderr
    for args in (
        ["search", "Sohae"],
        ["stats"],
        ["show", "2019-12-14-nk-crucial-test-at-sohae-copy-3", "-C", "3"],
    ):
        assert same_as_whole_file(run, big_file, *args).stderr == ""  # rebuilt


def test_a_full_cache_disk_is_a_cache_miss(big_file: Path, tmp_path: Path) -> None:
    """The index cannot be written (a file-size limit, as a full disk): the answer comes
    from the file, with one warning, and no half-written index is left behind."""
    cache = tmp_path / "full-cache"
    env = {"KTIMELINE_CACHE_DIR": str(cache), "KTIMELINE_CACHE_MIN_BYTES": "0"}
    limited = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))\n"
        "from ktimeline.cli.app import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["range", "2019-11", "--data", str(big_file), "-f", "jsonl"]
    full = subprocess.run(
        [sys.executable, "-c", limited, *args], capture_output=True, env={**os.environ, **env}
    )
    whole = run_process([*args, "--no-cache"])
    assert (full.returncode, full.stdout) == (0, whole.stdout)
    stderr = full.stderr.decode()
    assert stderr.count("ktimeline: warning: cannot write the index") == 1, stderr
    assert "Traceback" not in stderr
    assert not list(cache.iterdir())


def test_a_read_only_cache_is_a_cache_miss(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stale index that cannot be rebuilt (EROFS): answered from the file."""
    import errno

    from ktimeline.index import store as index_module

    run("range", "2019", "--data", str(big_file))
    with big_file.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(event(id="2099-01-01-added", date="2099-01-01")) + "\n")

    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(index_module, "_build", read_only)
    result = same_as_whole_file(run, big_file, "range", "2099")
    assert result.exit_code == 0 and "2099-01-01-added" in result.stdout
    assert "cannot write the index" in result.stderr and "Read-only file system" in result.stderr


def has_words(index: Path) -> bool:
    """Does the index hold its full-text part?"""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(index)) as db:
        found = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'words'")
        return bool(found.fetchone()[0])


def test_the_full_text_index_is_built_by_the_first_search(
    run: Any, big_file: Path, cache: Path
) -> None:
    """A range, a count or a show need only the table of events: the first query of a file
    does not pay for the full-text index; the first search builds it, once."""
    assert same_as_whole_file(run, big_file, "range", "2019-11", "--overlap").stderr == ""
    index = index_of(cache)
    for args in (["stats"], ["show", "2019-12-14-nk-crucial-test-at-sohae-copy-3", "-C", "2"]):
        assert same_as_whole_file(run, big_file, *args).stderr == ""
    assert not has_words(index)
    assert same_as_whole_file(run, big_file, "search", "Sohae").stderr == ""
    assert has_words(index)
    size = index.stat().st_size
    for args in (
        ["search", "moratorim"],
        ["search", "--exact", "rocket"],
        ["range", "2030", "--overlap"],
    ):
        assert same_as_whole_file(run, big_file, *args).stderr == ""
    assert index.stat().st_size == size  # built once


def test_a_full_text_index_that_cannot_be_written_is_a_cache_miss(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from ktimeline.index.store import EventIndex

    run("range", "2019", "--data", str(big_file))

    def read_only(self: EventIndex) -> Any:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(EventIndex, "_writable", read_only)
    result = same_as_whole_file(run, big_file, "search", "Sohae")
    assert result.exit_code == 0 and "Sohae" in result.stdout
    assert result.stderr.count("ktimeline: warning: cannot write the index") == 1, result.stderr
    assert "readonly database" in result.stderr
    assert same_as_whole_file(run, big_file, "range", "2019-11", "--overlap").stderr == ""


def test_two_first_searches_at_once_build_one_full_text_index(big_file: Path, cache: Path) -> None:
    run_process(["range", "2019", "--data", str(big_file)])
    args = ["search", "Sohae", "--data", str(big_file), "-f", "jsonl"]
    searches = [
        subprocess.Popen(
            [sys.executable, "-m", "ktimeline", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=os.environ.copy(),
        )
        for _ in range(2)
    ]
    outcomes = [search.communicate(timeout=120) for search in searches]
    whole = run_process([*args, "--no-cache"])
    for search, (stdout, stderr) in zip(searches, outcomes, strict=True):
        assert (search.returncode, stdout, stderr) == (0, whole.stdout, b"")
    assert has_words(index_of(cache))


@pytest.mark.parametrize("fork", [True, False], ids=["writer forked", "writer here"])
def test_the_index_is_the_same_written_here_or_by_a_forked_writer(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, fork: bool
) -> None:
    """The SQLite work of a build runs in a forked child when that is safe (this process
    has no other thread), else here: the same index, the same answers."""
    import sqlite3
    from contextlib import closing

    from ktimeline.index import writer as indexwriter

    monkeypatch.setattr(indexwriter, "can_fork", lambda: fork)
    used: list[str] = []

    def counted(name: str) -> Any:
        cls = getattr(indexwriter, name)

        def make(*args: Any) -> Any:
            used.append(name)
            return cls(*args)

        return make

    for name in ("_Forked", "_Here"):
        monkeypatch.setattr(indexwriter, name, counted(name))
    same_as_whole_file(run, big_file, "range", "2019-11", "--overlap")
    assert used == ["_Forked" if fork else "_Here"]
    with closing(sqlite3.connect(index_of(cache))) as db:
        rows = db.execute("SELECT n, id, start, last, date, offset, length FROM events").fetchall()
        meta = dict(db.execute("SELECT key, value FROM meta"))
    lines = big_file.read_bytes().split(b"\n")[:-1]
    assert len(rows) == int(meta["count"]) == len(lines)
    assert [row[0] for row in rows] == list(range(1, len(lines) + 1))
    offset = 0
    for row, line in zip(rows, lines, strict=True):
        assert (row[5], row[6]) == (offset, len(line) + 1)
        assert json.loads(line)["id"] == row[1]
        offset += len(line) + 1
    for args in (["search", "Sohae"], ["stats"], ["range", "2030", "--overlap"]):
        assert same_as_whole_file(run, big_file, *args).stderr == ""


@pytest.mark.parametrize("fork", [True, False], ids=["writer forked", "writer here"])
def test_a_first_search_builds_the_events_and_full_text_index_in_one_pass(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, fork: bool
) -> None:
    from ktimeline.index import writer as indexwriter
    from ktimeline.index.store import EventIndex

    monkeypatch.setattr(indexwriter, "can_fork", lambda: fork)
    second_pass: list[bool] = []
    ensure = EventIndex._ensure_words

    def watched(self: EventIndex) -> None:
        second_pass.append(not self.has_words)
        ensure(self)

    monkeypatch.setattr(EventIndex, "_ensure_words", watched)
    assert same_as_whole_file(run, big_file, "search", "Sohae").stderr == ""
    assert has_words(index_of(cache)) and not any(second_pass)
    for args in (["search", "moratorim"], ["search", "Kim Jong-un", "--sort", "relevance"],
                 ["range", "2019-11", "--overlap"], ["stats"]):  # fmt: skip
        assert same_as_whole_file(run, big_file, *args).stderr == ""
    assert not any(second_pass)


def counted_builds(monkeypatch: pytest.MonkeyPatch, index_module: Any) -> list[Path]:
    """The indexes built from now on (their data files)."""
    builds: list[Path] = []
    build = index_module._build

    def counting(path: Path, *args: Any, **kwargs: Any) -> Any:
        builds.append(path)
        return build(path, *args, **kwargs)

    monkeypatch.setattr(index_module, "_build", counting)
    return builds


def test_an_index_locked_by_another_process_is_a_cache_miss_not_a_rebuild(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holding the index (a search adding its full-text part): the query is
    answered from the file with one warning, and the index is not built again under that
    process (found by a hostile review: it waited 5 s, rebuilt, and the full-text index the
    other process committed went into the replaced file)."""
    import sqlite3

    from ktimeline.index import store as index_module

    run("range", "2019", "--data", str(big_file))
    builds = counted_builds(monkeypatch, index_module)
    monkeypatch.setattr(index_module, "READ_WAIT", 0.1)
    holder = sqlite3.connect(index_of(cache), isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = same_as_whole_file(run, big_file, "range", "2019-11", "--overlap")
    finally:
        holder.close()
    assert result.stderr.count("ktimeline: warning: cannot read the index") == 1, result.stderr
    assert "database is locked" in result.stderr
    assert builds == []  # not rebuilt
    assert same_as_whole_file(run, big_file, "range", "2019-11", "--overlap").stderr == ""


def test_a_line_only_the_json_module_reads_does_not_make_the_index_stale(
    run: Any, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NaN in a field ktimeline ignores on input (a score): msgspec refuses it, the json
    module reads it; the index reads it back as the loader does, instead of rebuilding
    itself on every query (found by a hostile review)."""
    records = [event(id=f"2019-11-{day:02d}-e", date=f"2019-11-{day:02d}") for day in range(1, 29)]
    lines = [json.dumps(record) for record in records]
    lines[3] = lines[3][:-1] + ', "score": NaN}'
    path = tmp_path / "nan.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    from ktimeline.index import store as index_module

    same_as_whole_file(run, path, "range", "2019-11")
    builds = counted_builds(monkeypatch, index_module)
    for _ in range(2):
        result = same_as_whole_file(run, path, "range", "2019-11")
        assert result.exit_code == 0 and "2019-11-04-e" in result.stdout
    assert builds == []


def test_the_writer_child_says_nothing_when_its_parent_is_gone(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C or kill while the child finishes: its reply cannot be sent, and it must not
    print a traceback (found by a hostile review: BrokenPipeError, twice)."""
    import multiprocessing
    import signal

    import msgspec

    from ktimeline.index import writer as indexwriter
    from ktimeline.index.store import _EVENTS_ONLY

    row = [1, "a", "2019-01-01", "2019-01-01", "2019-01-01", 0, 10]
    for meta in ([["version", "x"]], [["k", "1"], ["k", "2"]]):  # the second fails (same key)
        ours, theirs = multiprocessing.Pipe()
        standing_in, _ = multiprocessing.Pipe()  # the parent's end, which the child closes
        ours.send_bytes(msgspec.msgpack.encode(("rows", 0, [row])))
        ours.send_bytes(msgspec.msgpack.encode(("finish", 0, meta)))
        ours.close()  # the parent is gone before the child answers
        target = tmp_path / f"index-{len(meta)}.sqlite"
        previous = signal.getsignal(signal.SIGINT)
        try:
            indexwriter._serve(theirs, standing_in, str(target), _EVENTS_ONLY)
        finally:
            signal.signal(signal.SIGINT, previous)
        assert capfd.readouterr() == ("", "")


def test_a_killed_build_leaves_no_writer_and_its_debris_is_removed(
    big_file: Path, cache: Path
) -> None:
    """Killing a first query mid-build (kill -9) ends its forked writer too (it reads the
    end of a pipe the dead process held), and the next build removes the half-written file."""
    import signal
    import time

    slow = (
        "import sys, time\n"
        "from ktimeline.index import writer as indexwriter\n"
        "add = indexwriter._Forked.add\n"
        "def slow_add(self, rows):\n"
        "    print('WRITER', self._process.pid, flush=True)\n"
        "    time.sleep(30)\n"
        "indexwriter._Forked.add = slow_add\n"
        "from ktimeline.cli.app import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["range", "2019-11", "--data", str(big_file), "-f", "jsonl"]
    parent = subprocess.Popen([sys.executable, "-c", slow, *args], stdout=subprocess.PIPE)
    assert parent.stdout is not None
    line = parent.stdout.readline().decode()
    assert line.startswith("WRITER "), line
    writer = int(line.split()[1])
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    parent.stdout.close()
    deadline = time.monotonic() + 60  # (only a writer that never stops fails)
    while True:  # the writer sees the end of its pipe and stops
        try:
            os.kill(writer, 0)
        except ProcessLookupError:
            break
        with open(f"/proc/{writer}/stat") as stat:
            if stat.read().split(") ")[1].startswith("Z"):
                break  # a zombie: ended (init reaps it)
        assert time.monotonic() < deadline, "the forked writer outlived the process that started it"
        time.sleep(0.1)
    assert list(cache.glob(".index-*.tmp"))  # the half-written index of the killed run
    result = run_process([*args])
    assert result.returncode == 0
    assert not list(cache.glob(".index-*.tmp"))
    assert len(list(cache.glob("index-*.sqlite"))) == 1


def test_a_same_size_edit_that_moves_line_boundaries(run: Any, big_file: Path, cache: Path) -> None:
    """Lines read at the old offsets do not parse: the index is stale, never an error."""
    run("range", "2019", "--data", str(big_file))
    stat = big_file.stat()
    lines = big_file.read_bytes().splitlines(keepends=True)
    first, second = json.loads(lines[0]), json.loads(lines[1])
    first["text"] = first["text"][:-12]  # shorter ...
    second["text"] = second["text"] + "x" * 12  # ... and longer by as much
    lines[0] = (json.dumps(first, ensure_ascii=False) + "\n").encode()
    lines[1] = (json.dumps(second, ensure_ascii=False) + "\n").encode()
    big_file.write_bytes(b"".join(lines))
    os.utime(big_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert big_file.stat().st_size == stat.st_size
    for args in (
        ["range", "2019", "--overlap"],
        ["search", "--exact", "x" * 12],
        ["search", "Sohae"],
    ):
        result = same_as_whole_file(run, big_file, *args)
        assert result.exit_code == 0 and result.stderr == ""


def test_an_unreadable_data_file_after_indexing(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashing the file fails (on its thread): no thread traceback; the whole-file read
    then answers, or says why it cannot."""
    import threading

    from ktimeline.index import store as index_module

    run("range", "2019", "--data", str(big_file))
    uncaught: list[Any] = []
    monkeypatch.setattr(threading, "excepthook", uncaught.append)

    def unreadable(path: Path) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(index_module, "file_digest", unreadable)
    result = same_as_whole_file(run, big_file, "range", "2019-12", "--overlap")
    assert (result.exit_code, result.stderr, uncaught) == (0, "", [])


def test_year_one_on_an_indexed_file(run: Any, big_file: Path, cache: Path) -> None:
    run("range", "2019", "--data", str(big_file))
    result = same_as_whole_file(run, big_file, "range", "0001-01-01", "2019-10-01", "--overlap")
    assert result.exit_code == 0 and result.stderr == ""


def test_a_fifo_at_the_index_path_does_not_hang(big_file: Path, tmp_path: Path) -> None:
    cache = tmp_path / "fifo-cache"
    env = {"KTIMELINE_CACHE_DIR": str(cache), "KTIMELINE_CACHE_MIN_BYTES": "0"}
    args = ["range", "2019-11", "--data", str(big_file), "-f", "jsonl"]
    run_process(args, env=env)  # builds the index: now we know its name
    index = index_of(cache)
    index.unlink()
    os.mkfifo(index)
    result = run_process(args, env=env, timeout=30)
    assert (result.returncode, result.stdout) == (0, run_process([*args, "--no-cache"]).stdout)
    assert index.is_file()  # replaced by a real index


# --- equivalence by construction: fast paths only pre-filter --------------------------------


def _escaped(record: dict[str, Any], style: int, seed: int) -> str:
    """One JSON line, in the escape style of some other program."""
    import random

    line = json.dumps(record, ensure_ascii=style == 1)
    if style == 2:  # Go's encoder
        line = line.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    if style == 3:  # PHP's
        line = line.replace("/", "\\/")
    if style == 4:  # any character of a string escaped, now and then
        chance = random.Random(seed)
        out, in_string, escape = [], False, False
        for char in line:
            if in_string and not escape and char not in '"\\' and chance.random() < 0.3:
                out.append("".join(f"\\u{unit:04x}" for unit in _utf16(char)))
            else:
                out.append(char)
            if char == '"' and not escape:
                in_string = not in_string
            escape = char == "\\" and not escape
        line = "".join(out)
    return line + "\n"


def _utf16(char: str) -> list[int]:
    data = char.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


TRICKY = st.text(
    alphabet=st.sampled_from([*"RDrdkKsSiI&/<> -.é", "\u212a", "\u0130", "\u0131", "\u017f"]),
    min_size=1,
    max_size=30,
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(TRICKY, min_size=1, max_size=6),
    styles=st.lists(st.integers(0, 4), min_size=6, max_size=6),
    padding=st.integers(0, 300),
    needle=TRICKY,
)
def test_index_answers_equal_whole_file_answers_for_every_escape(
    run: Any,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    texts: list[str],
    styles: list[int],
    padding: int,
    needle: str,
) -> None:
    from ktimeline.index import store as index_module

    monkeypatch.setattr(index_module, "SCAN_BLOCK", 64)  # lines longer than the scan block
    directory = tmp_path_factory.mktemp("escapes")
    monkeypatch.setenv("KTIMELINE_CACHE_DIR", str(directory / "cache"))
    monkeypatch.setenv("KTIMELINE_CACHE_MIN_BYTES", "0")
    path = directory / "escapes.jsonl"
    lines = []
    for number, text in enumerate(texts):
        record = event(
            id=f"2019-11-{number + 1:02d}-e", date=f"2019-11-{number + 1:02d}",
            text=f"{text} {'pad ' * (padding if number % 2 else 0)}".strip() or "x",
        )  # fmt: skip
        lines.append(_escaped(record, styles[number], number))
    path.write_text("".join(lines), "utf-8")
    queries = [
        ["search", "--exact", needle],
        ["search", "--exact", needle.upper()],
        ["search", "--exact", needle.strip() or "R&D"],
        ["search", needle],
        ["search", "--regex", "r.d|k"],
        ["range", "2019-11-02", "2019-11-04"],
        ["stats"],
    ]
    for args in queries:
        whole = run(*args, "--data", str(path), "-f", "jsonl", "--no-cache")
        first = run(*args, "--data", str(path), "-f", "jsonl")
        again = run(*args, "--data", str(path), "-f", "jsonl")
        assert (first.exit_code, first.stdout) == (whole.exit_code, whole.stdout), args
        assert (again.exit_code, again.stdout) == (whole.exit_code, whole.stdout), args
    assert list((directory / "cache").glob("index-*.sqlite"))


def test_the_case_fold_table_is_complete() -> None:
    """Every non-ASCII character that a case-insensitive search matches to an ASCII letter
    is in index.ASCII_CASE_FOLDS (the byte scan looks for those too)."""
    import re

    from ktimeline.index.store import ASCII_CASE_FOLDS

    letter = re.compile("[a-z]", re.IGNORECASE)
    found: dict[str, str] = {}
    for code in range(0x80, 0x110000):
        char = chr(code)
        if letter.fullmatch(char):
            for ascii_letter in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(ascii_letter, char, re.IGNORECASE):
                    found[ascii_letter] = found.get(ascii_letter, "") + char
    assert found == ASCII_CASE_FOLDS


def test_r_and_d_escaped_as_go_does(run: Any, tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "go.jsonl"
    record = event(text="Joint R&D on missile defence.")
    path.write_text(_escaped(record, 2, 0), "utf-8")
    assert "\\u0026" in path.read_text()
    for needle in ("R&D", "r&d", "D on"):
        assert run("search", "--exact", needle, "--data", str(path)).exit_code == 0


def test_a_line_over_the_scan_block(run: Any, tmp_path: Path, cache: Path) -> None:
    """A line longer than the scan block (a 40 MB text) is found, not cut, not exit 70."""
    path = tmp_path / "long.jsonl"
    long_text = "filler " * 6_000_000 + "needle-at-the-end"
    write_jsonl(path, [event(text=long_text), event(id="2019-11-06-other", date="2019-11-06")])
    result = run("search", "--exact", "needle-at-the-end", "--data", str(path), "-f", "plain")
    assert result.exit_code == 0 and "2019-11-05-test-event" in result.stdout
    assert result.stderr == ""


def test_show_with_many_neighbours_walks_the_index(big_file: Path, cache: Path) -> None:
    """show -C N on the index: a bounded walk either side of each id (a handful of
    statements whatever N), and the same events as reading the file whole."""
    from ktimeline.index.store import through_index
    from ktimeline.loader import load_vocabulary
    from ktimeline.query import with_context

    actors = load_vocabulary().actors
    whole = load_chronology([big_file])
    # Near the start, in the middle (overlapping windows), near the end: the edges hold.
    middle = len(whole.events) // 2
    ids = [whole.events[p].id for p in (5, middle, middle + 300, len(whole.events) - 20)]
    statements: list[str] = []

    def fetch(index: Any) -> Any:
        index.db.set_trace_callback(statements.append)
        return index.around(ids, 800)

    shown = through_index(big_file, actors, fetch, report=lambda problem: None)
    assert shown is not None
    expected = [(row.event.id, row.asked) for row in with_context(whole, ids, 800)]
    assert [(e.id, asked) for e, asked in shown] == expected
    assert len(statements) <= 3 * len(ids) + 1  # and one look for the index of ids


def test_the_full_text_index_has_exactly_the_words_search_folds() -> None:
    """The index's words are ``fold_text(text).split()``, for every code point: the
    tokenizer must not fold or split again (found by a hostile review: with ``unicode61``,
    "μας" in an indexed file was not found, as "ς" became "σ")."""
    import sqlite3
    import sys
    from contextlib import closing

    from ktimeline.folding import fold_text
    from ktimeline.index.store import _WORDS_SCHEMA

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    texts = [
        fold_text(" ".join(f"x{char}y {char}" for char in chars[at : at + 4096]))
        for at in range(0, len(chars), 4096)
    ]
    with closing(sqlite3.connect(":memory:")) as db:
        db.executescript(_WORDS_SCHEMA)
        db.executemany(
            "INSERT INTO words (rowid, text, names) VALUES (?, ?, '')", enumerate(texts, 1)
        )
        indexed = {row[0] for row in db.execute("SELECT term FROM vocabulary WHERE col = 'text'")}
    assert indexed == {word for text in texts for word in text.split()}


@pytest.mark.parametrize("query", ["μας", "ΜΑΣ", "ως", "ως διαιτητης", "διαιτητησ"])
def test_greek_final_sigma_is_found_with_the_index_as_without(
    run: Any, tmp_path: Path, cache: Path, query: str
) -> None:
    records = [
        event(id=f"2019-10-{day:02d}-e", date=f"2019-10-{day:02d}",
              text="Ο Πρόεδρος ως διαιτητής, μας είπε" if day % 2 else "Plain text")
        for day in range(1, 21)
    ]  # fmt: skip
    path = write_jsonl(tmp_path / "greek.jsonl", records)
    for _ in range(2):  # the first builds the index, the second reads it
        same_as_whole_file(run, path, "search", query)


def test_builds_in_two_threads_of_one_process_do_not_share_a_temporary_file(
    big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A notebook asking from two threads at once: each build writes its own temporary file
    (found by a hostile review: they shared one, and a half-written index was moved into
    place)."""
    import contextlib
    import threading
    import warnings

    from ktimeline.api import Timeline
    from ktimeline.index import store as index_module
    from ktimeline.index import writer as indexwriter

    small = {"KTIMELINE_CACHE_MIN_BYTES": "0"}  # (the fixture's cache directory is kept)

    found: list[Any] = []
    caught: list[str] = []
    together = threading.Barrier(3, timeout=10)
    open_writer = indexwriter.open_writer

    def opened_together(*args: Any) -> Any:  # every build has made its file before any writes
        writer = open_writer(*args)
        with contextlib.suppress(threading.BrokenBarrierError):
            together.wait()
        return writer

    monkeypatch.setattr(index_module, "open_writer", opened_together)

    def ask() -> None:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            found.append(list(Timeline([big_file], environ=small).search("Sohae").records()))
            caught.extend(str(w.message) for w in seen)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = list(Timeline([big_file], cache=False).search("Sohae").records())
    assert found == [expected] * 3
    assert caught == []
    assert not list(cache.glob(".index-*.tmp"))
