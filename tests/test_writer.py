"""Writers of one file take turns: a lock around read-modify-rename, nothing lost.

Where processes are what is tested (runs at the same time, as two shells or two cron jobs
would; a run killed while it writes; a pipe as standard output) these run real processes;
the rest runs the CLI in-process (the ``run`` fixture): a lock held by another open file is
refused in one process as in two, and modes, links, FIFOs and stale files are the writer's
own work.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ktimeline.loader import load_chronology

from .conftest import run_process

RUNS = 4


def article(run: int, entries: int = 25) -> str:
    """A journal-style chronology whose every entry is its own event."""
    return "".join(
        f"Nov. {day + 1}, 2019: Run {run} entry {day}: Esper meets Moon in Seoul.\n"
        for day in range(entries)
    )


# A slow disk: every write waits a moment first, so that runs started together overlap in
# their read-modify-rename (without the lock, one run's events would then be lost).
SLOW_WRITER = (
    "import sys, time\n"
    "import ktimeline.writer as writer\n"
    "original = writer.write_atomically\n"
    "def slow(*args, **kwargs):\n"
    "    time.sleep(0.4)\n"
    "    return original(*args, **kwargs)\n"
    "writer.write_atomically = slow\n"
    "from ktimeline.cli.app import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def start_import(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, "import", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_concurrent_appends_lose_nothing(tmp_path: Path, run: Any) -> None:
    target = tmp_path / "events.jsonl"
    texts = []
    for number in range(RUNS):
        texts.append(tmp_path / f"article-{number}.txt")
        texts[-1].write_text(article(number), "utf-8")
    assert run("import", str(texts[0]), "--out", str(target)).exit_code == 0
    runs = [start_import(str(text), "--out", str(target), "--append") for text in texts[1:]]
    results = [(process.wait(60), process.stderr.read()) for process in runs]  # type: ignore[union-attr]
    assert all(code == 0 for code, _ in results), results
    events = load_chronology([target]).events  # validates: no duplicate ids
    assert len(events) == 25 * RUNS
    assert {e.text.split(":")[0] for e in events} == {
        f"Run {run} entry {day}" for run in range(RUNS) for day in range(25)
    }
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_same_article_twice_at_once_writes_it_once(tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    text = tmp_path / "article.txt"
    text.write_text(article(0), "utf-8")
    target.write_text("", "utf-8")
    runs = [start_import(str(text), "--out", str(target), "--append") for _ in range(RUNS)]
    stderrs = []
    for process in runs:
        assert process.wait(60) == 0
        stderrs.append(process.stderr.read().decode())  # type: ignore[union-attr]
    events = load_chronology([target]).events  # no duplicate ids: it validates
    assert len(events) == 25
    assert sum("wrote 25 events" in s for s in stderrs) == 1
    assert sum("wrote 0 events" in s and "(25 already there)" in s for s in stderrs) == RUNS - 1


def test_a_writer_waits_then_gives_up_with_a_clear_message(tmp_path: Path, run: Any) -> None:
    import fcntl

    target = tmp_path / "events.jsonl"
    text = tmp_path / "article.txt"
    text.write_text(article(0), "utf-8")
    target.write_text("", "utf-8")
    # (flock's lock belongs to the open file: the run's own opening of the lock file is
    # refused here as another process's would be)
    with (tmp_path / ".events.jsonl.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.write("4242\n")
        lock.flush()
        result = run(
            "import", str(text), "--out", str(target), "--append",
            env={"KTIMELINE_LOCK_TIMEOUT": "0.3"},
        )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == (
        f"ktimeline: error: {target} is being written by another ktimeline run (process 4242); "
        "gave up after waiting 0.3 s (KTIMELINE_LOCK_TIMEOUT sets how long)\n"
    )
    assert target.read_text() == ""


def test_the_target_keeps_its_mode_and_new_files_follow_the_umask(tmp_path: Path, run: Any) -> None:
    text = tmp_path / "article.txt"
    text.write_text(article(0), "utf-8")
    kept = tmp_path / "kept.jsonl"
    kept.write_text("", "utf-8")
    kept.chmod(0o640)
    assert run("import", str(text), "--out", str(kept), "--append").exit_code == 0
    assert kept.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "fresh.jsonl"
    umask = os.umask(0o027)  # (the writer reads the umask when it makes the file)
    try:
        result = run("import", str(text), "--out", str(fresh))
    finally:
        os.umask(umask)
    assert result.exit_code == 0, result
    assert fresh.stat().st_mode & 0o777 == 0o640  # 0666 less the umask, as any new file


def test_writing_through_a_symbolic_link(tmp_path: Path, run: Any) -> None:
    text = tmp_path / "article.txt"
    text.write_text(article(0, 3), "utf-8")
    real = tmp_path / "real" / "events.jsonl"
    real.parent.mkdir()
    real.write_text("", "utf-8")
    real.chmod(0o600)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run("import", str(text), "--out", str(link), "--append").exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(real.read_text().splitlines()) == 3
    assert real.stat().st_mode & 0o777 == 0o600
    forced = run("import", str(text), "--out", str(link), "--force")
    assert forced.exit_code == 0 and link.is_symlink()


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path, run: Any) -> None:
    # --out /dev/null or a named pipe with --force: replacing it by a regular file would,
    # as root, turn /dev/null into a file. It is written into, and stays what it was.
    text = tmp_path / "article.txt"
    text.write_text(article(0, 3), "utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    forced = run("import", str(text), "--out", str(fifo), "--force")
    received = reader.communicate(timeout=60)[0].decode("utf-8")
    assert forced.exit_code == 0, forced
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert len(received.splitlines()) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "pipe"]
    # /dev/stdout in a pipe: written through, no lock file sought beside a pipe (a real
    # process: in-process, standard output is the test's capture, no pipe).
    piped = run_process(["import", str(text), "--out", "/dev/stdout", "--force"])
    assert piped.returncode == 0, piped.stderr
    assert len(piped.stdout.decode("utf-8").splitlines()) == 3


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_temporary_files_of_killed_runs_are_removed(tmp_path: Path, run: Any) -> None:
    target = tmp_path / "events.jsonl"
    text = tmp_path / "article.txt"
    text.write_text(article(0, 2), "utf-8")
    orphan = tmp_path / f".events.jsonl.{dead_pid()}.x1y2z3.tmp"
    orphan.write_bytes(b'{"id": "half-writ')
    alive = tmp_path / f".events.jsonl.{os.getppid()}.a1b2c3.tmp"  # a run still going
    alive.write_bytes(b"")
    other = tmp_path / f".other.jsonl.{dead_pid()}.q1.tmp"  # another file's: not ours
    other.write_bytes(b"")
    assert run("import", str(text), "--out", str(target)).exit_code == 0
    assert not orphan.exists()
    assert alive.exists() and other.exists()


def test_a_killed_import_leaves_the_target_whole_and_the_next_run_cleans_up(
    tmp_path: Path, run: Any
) -> None:
    """SIGKILL while writing (simulated: a temporary file with the dead run's pid)."""
    target = tmp_path / "events.jsonl"
    text = tmp_path / "article.txt"
    text.write_text(article(0, 2), "utf-8")
    assert run("import", str(text), "--out", str(target)).exit_code == 0
    before = target.read_bytes()
    killer = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "import ktimeline.writer as w\n"
        "def die(*a, **k):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "w.os.fsync = die\n"
        "from ktimeline.cli.app import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    text.write_text(article(1, 2), "utf-8")
    killed = subprocess.run(
        [sys.executable, "-c", killer, "import", str(text), "--out", str(target), "--append"],
        capture_output=True,
    )
    assert killed.returncode == -9
    assert target.read_bytes() == before
    assert len(list(tmp_path.glob(".events.jsonl.*.tmp"))) == 1  # left by the killed run
    assert run("import", str(text), "--out", str(target), "--append").exit_code == 0
    assert not list(tmp_path.glob(".events.jsonl.*"))
    assert len(load_chronology([target]).events) == 4


def test_index_builds_that_were_killed_leave_nothing_behind(tmp_path: Path, run: Any) -> None:
    from .conftest import event, write_jsonl

    cache = tmp_path / "cache"
    cache.mkdir()
    key = "0" * 32
    orphan = cache / f".index-{key}.sqlite.{dead_pid()}.tmp"
    orphan.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    alive = cache / f".index-{key}.sqlite.{os.getppid()}.tmp"
    alive.write_bytes(b"")
    data = write_jsonl(tmp_path / "data.jsonl", [event()])
    env = {"KTIMELINE_CACHE_DIR": str(cache), "KTIMELINE_CACHE_MIN_BYTES": "0"}
    assert run("range", "2019", "--data", str(data), env=env).exit_code == 0
    assert not orphan.exists() and alive.exists()
    (index,) = cache.glob("index-*.sqlite")
    assert index.stat().st_mode & 0o777 == 0o600  # it holds the file's words


def test_indexes_of_deleted_files_and_beyond_the_size_cap_are_evicted(
    tmp_path: Path, run: Any
) -> None:
    from .conftest import event, write_jsonl

    cache = tmp_path / "cache"
    env = {"KTIMELINE_CACHE_DIR": str(cache), "KTIMELINE_CACHE_MIN_BYTES": "0"}
    files = [
        write_jsonl(tmp_path / f"data-{n}.jsonl", [event(text=f"Event number {n}.")])
        for n in range(4)
    ]
    for path in files[:2]:
        assert run("range", "2019", "--data", str(path), env=env).exit_code == 0
    assert len(list(cache.glob("index-*.sqlite"))) == 2
    files[0].unlink()  # its index is of no use now
    assert run("range", "2019", "--data", str(files[2]), env=env).exit_code == 0
    indexed = {json_path(index) for index in cache.glob("index-*.sqlite")}
    assert indexed == {str(files[1].resolve()), str(files[2].resolve())}
    # A cap below two indexes: building a third keeps only the newest.
    size = max(index.stat().st_size for index in cache.glob("index-*.sqlite"))
    capped = {**env, "KTIMELINE_CACHE_MAX_BYTES": str(size + 1)}
    assert run("range", "2019", "--data", str(files[3]), env=capped).exit_code == 0
    indexed = {json_path(index) for index in cache.glob("index-*.sqlite")}
    assert indexed == {str(files[3].resolve())}


def json_path(index: Path) -> str:
    import sqlite3

    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        return str(db.execute("SELECT value FROM meta WHERE key = 'path'").fetchone()[0])


def test_a_lock_file_removed_as_it_is_opened_is_opened_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holder before us unlinks the lock file when it is done; a run that opened it in
    that moment sees it with no name (st_nlink 0) and must open the new one, not refuse it
    as a planted hard link (seen once in CI: two `import --append` runs of one article)."""
    from ktimeline import writer

    target = tmp_path / "events.jsonl"
    target.write_text("", "utf-8")
    real_open = os.open
    unlinked: list[str] = []

    def open_then_lose(file: Any, flags: int, mode: int = 0o777) -> int:
        descriptor = real_open(file, flags, mode)
        if str(file).endswith(".lock") and not unlinked:
            os.unlink(file)  # (as the holder's release would, just after our open)
            unlinked.append(str(file))
        return descriptor

    monkeypatch.setattr(os, "open", open_then_lose)
    with writer.locked(target) as written:
        assert written == target
    assert unlinked  # the race was made to happen


@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_directory_is_not_written(tmp_path: Path, through_a_link: bool) -> None:
    from ktimeline.errors import OutputError
    from ktimeline.writer import save_events

    target = tmp_path / "folder"
    target.mkdir()
    if through_a_link:
        (tmp_path / "link").symlink_to(target)
        target = tmp_path / "link"
    with pytest.raises(OutputError, match="it is a directory"):
        save_events(target, [])
    assert list((tmp_path / "folder").iterdir()) == []
