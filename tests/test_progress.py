"""Progress of a long index build or read: a bar on a terminal's stderr, nothing elsewhere.

The core tells a ``Progress`` how far it has gone; only the CLI draws (a rich bar on stderr
when stderr is a terminal and --quiet was not given). KTIMELINE_PROGRESS_DELAY=0 shows the
bar at once, so that a build of a small file (KTIMELINE_CACHE_MIN_BYTES=0) is "slow enough".
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ktimeline.api import Timeline
from ktimeline.progress import ADD_WORDS, BUILD, EVERY_LINES, NO_PROGRESS, READ, Task

from .conftest import event, write_jsonl

EVENTS = 3 * EVERY_LINES + 100  # enough lines for several reports of progress


@pytest.fixture(scope="module")
def many_events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = [
        event(id=f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}-event-{n}",
              date=f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}",
              text=f"Esper meets Moon in Seoul, meeting number {n} on the moratorium.")
        for n in range(EVENTS)
    ]  # fmt: skip
    return write_jsonl(tmp_path_factory.mktemp("progress") / "many.jsonl", records)


class Recorded:
    """A Progress that remembers what it was told."""

    def __init__(self) -> None:
        self.told: list[tuple[str, Any]] = []

    def begin(self, task: Task) -> None:
        self.told.append(("begin", task))

    def advance(self, done: int, events: int) -> None:
        self.told.append(("advance", (done, events)))

    def end(self) -> None:
        self.told.append(("end", None))

    def tasks(self) -> list[Task]:
        return [what for kind, what in self.told if kind == "begin"]

    def advances(self) -> list[tuple[int, int]]:
        return [what for kind, what in self.told if kind == "advance"]


def test_a_build_tells_how_far_it_has_gone(many_events: Path, cache: Path) -> None:
    told = Recorded()
    timeline = Timeline([many_events], progress=told)
    assert len(timeline.between("2019-03")) > 0
    size = many_events.stat().st_size
    assert told.tasks() == [Task(BUILD, str(many_events), size)]
    advances = told.advances()
    assert len(advances) >= 3
    assert advances == sorted(advances)  # never backwards
    assert all(0 < done <= size and events <= EVENTS for done, events in advances)
    assert told.told[-1] == ("end", None)
    # The first search adds the full-text index: its own task, counted in events.
    told.told.clear()
    assert len(timeline.search("moratorium")) > 0
    assert told.tasks() == [Task(ADD_WORDS, str(many_events), EVENTS, "events")]
    assert told.advances()[-1] == (EVENTS, EVENTS)
    assert told.told[-1] == ("end", None)
    # A warm question builds nothing: nothing to tell.
    told.told.clear()
    timeline.between("2019-04")
    assert told.told == []


def test_reading_a_large_file_whole_tells_how_far_it_has_gone(many_events: Path) -> None:
    told = Recorded()
    Timeline([many_events], cache=False, progress=told).between("2019-03")
    assert told.tasks() == [Task(READ, str(many_events), many_events.stat().st_size)]
    assert len(told.advances()) >= 3 and told.told[-1] == ("end", None)


def stderr_on_a_terminal(
    args: list[str], env: dict[str, str], *, terminal: bool = True
) -> tuple[bytes, bytes, int]:
    """Run ktimeline with stdout to a pipe and stderr on a pseudo-terminal (or a pipe):
    (stdout, stderr, exit code)."""
    full_env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", **env}
    if not terminal:
        done = subprocess.run(
            [sys.executable, "-m", "ktimeline", *args], capture_output=True, env=full_env,
            timeout=120,
        )  # fmt: skip
        return done.stdout, done.stderr, done.returncode
    master, slave = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "ktimeline", *args], stdout=subprocess.PIPE, stderr=slave,
        env=full_env, start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    assert process.stdout is not None
    stdout, stderr = b"", b""
    streams = {master: "stderr", process.stdout.fileno(): "stdout"}
    deadline = time.monotonic() + 120
    while streams and time.monotonic() < deadline:
        ready, _, _ = select.select(list(streams), [], [], 1.0)
        for descriptor in ready:
            try:
                chunk = os.read(descriptor, 65536)
            except OSError:  # EIO: the terminal's other side is closed
                chunk = b""
            if not chunk:
                del streams[descriptor]
            elif streams[descriptor] == "stderr":
                stderr += chunk
            else:
                stdout += chunk
    os.close(master)
    return stdout, stderr, process.wait(timeout=60)


@pytest.mark.slow
def test_the_bar_is_drawn_on_a_terminal_and_never_in_a_pipe(
    many_events: Path, tmp_path: Path
) -> None:
    args = ["range", "2019-03", "--data", str(many_events), "-f", "jsonl"]
    env = {"KTIMELINE_CACHE_MIN_BYTES": "0", "KTIMELINE_PROGRESS_DELAY": "0"}
    out, err, code = stderr_on_a_terminal(args, {**env, "KTIMELINE_CACHE_DIR": str(tmp_path / "a")})
    assert code == 0
    text = err.decode("utf-8")
    assert (
        f"building the index of many.jsonl ({many_events.stat().st_size / 1e6:,.0f} MB) — "
        "later questions use it" in text
    )
    size = f"/{many_events.stat().st_size / 1e6:.1f} MB"
    assert "━" in text and size in text  # the bar, and the bytes read of the whole
    # In a pipe: the same stdout, byte for byte, and nothing on stderr.
    piped_out, piped_err, piped_code = stderr_on_a_terminal(
        args, {**env, "KTIMELINE_CACHE_DIR": str(tmp_path / "b")}, terminal=False
    )
    assert (piped_out, piped_err, piped_code) == (out, b"", 0)
    # --quiet: nothing on the terminal either, and still the same answer.
    quiet_out, quiet_err, _ = stderr_on_a_terminal(
        [*args, "--quiet"], {**env, "KTIMELINE_CACHE_DIR": str(tmp_path / "c")}
    )
    assert (quiet_out, quiet_err) == (out, b"")
    # A warm question is quick: nothing to show, even at once.
    warm_out, warm_err, _ = stderr_on_a_terminal(
        args, {**env, "KTIMELINE_CACHE_DIR": str(tmp_path / "a")}
    )
    assert (warm_out, warm_err) == (out, b"")


@pytest.mark.slow
def test_validate_shows_the_bar_too_unless_quiet(many_events: Path) -> None:
    args = ["validate", str(many_events)]
    out, err, code = stderr_on_a_terminal(args, {"KTIMELINE_PROGRESS_DELAY": "0"})
    assert code == 0 and out.startswith(b"OK: ") and "reading many.jsonl" in err.decode("utf-8")
    assert stderr_on_a_terminal([*args, "--quiet"], {"KTIMELINE_PROGRESS_DELAY": "0"}) == (
        out,
        b"",
        0,
    )


@pytest.mark.slow
def test_a_whole_read_says_so_and_a_quick_one_shows_nothing(many_events: Path) -> None:
    args = ["range", "2019-03", "--data", str(many_events), "-f", "jsonl", "--no-cache"]
    _, err, code = stderr_on_a_terminal(args, {"KTIMELINE_PROGRESS_DELAY": "0"})
    assert code == 0 and "reading many.jsonl" in err.decode("utf-8")
    # The default delay: a read shorter than a second draws nothing (rich is not imported).
    _, err, code = stderr_on_a_terminal(args, {"KTIMELINE_PROGRESS_DELAY": "30"})
    assert (code, err) == (0, b"")


def test_no_bar_in_a_pipe_or_when_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    from ktimeline.cli import progress

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    assert isinstance(progress.for_stderr(quiet=False), progress.TerminalProgress)
    assert progress.for_stderr(quiet=True) is NO_PROGRESS
    monkeypatch.setenv("TERM", "dumb")
    assert progress.for_stderr(quiet=False) is NO_PROGRESS


def test_the_first_line_says_why() -> None:
    from ktimeline.cli.progress import why

    assert why(Task(BUILD, "/data/big.jsonl", 567_402_629)) == (
        "building the index of big.jsonl (567 MB) — later questions use it"
    )
    assert why(Task(ADD_WORDS, "big.jsonl", 1_000_000, "events")) == (
        "adding the full-text index of big.jsonl (1,000,000 events) — later searches use it"
    )
