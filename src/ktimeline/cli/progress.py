"""A progress bar on the terminal's stderr while a large file is indexed or read.

The core tells how far it has gone (``ktimeline.progress``); this draws it, and only when a
person is watching: stderr is a terminal, ``--quiet`` was not given, and the work has
already taken ``KTIMELINE_PROGRESS_DELAY`` seconds (default 1: a quick answer shows
nothing). Its first line says why the wait ("building the index of big.jsonl (567 MB) —
later questions use it"); the bar shows bytes read (or events), events, rate and time left,
and is erased when the work is over. In a pipe, nothing is drawn and rich is not imported.

The bar is refreshed by the work's own calls, not by a thread of rich's: a build forks its
index writer only while the process runs no other thread (see ``index.writer.can_fork``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from typing import TYPE_CHECKING, Any

from ktimeline.progress import ADD_WORDS, BUILD, BUILD_WITH_WORDS, NO_PROGRESS, READ

if TYPE_CHECKING:
    from ktimeline.progress import Progress, Task

DELAY_ENV = "KTIMELINE_PROGRESS_DELAY"
DEFAULT_DELAY = 1.0  # seconds of work before a bar appears
REFRESH = 0.1  # seconds between two drawings of the bar


def why(task: Task) -> str:
    """The bar's first line: what is being done, and what the wait buys."""
    name = os.path.basename(task.path)
    size = f"{task.total / 1e6:,.0f} MB" if task.unit == "bytes" else f"{task.total:,} events"
    if task.kind == BUILD:
        return f"building the index of {name} ({size}) — later questions use it"
    if task.kind == BUILD_WITH_WORDS:
        return (f"building the index and full-text index of {name} ({size}) — later "
                "questions use them")  # fmt: skip
    if task.kind == ADD_WORDS:
        return f"adding the full-text index of {name} ({size}) — later searches use it"
    if task.kind == READ:
        return f"reading {name} ({size}) whole, without its index"
    return f"{task.kind} {name} ({size})"


def delay(environ: dict[str, str] | os._Environ[str] | None = None) -> float:
    value = (os.environ if environ is None else environ).get(DELAY_ENV, "")
    try:
        return max(0.0, float(value)) if value else DEFAULT_DELAY
    except ValueError:
        return DEFAULT_DELAY


def for_stderr(quiet: bool) -> Progress:
    """A bar for stderr, or NO_PROGRESS when nobody would see it (a pipe, a file, --quiet)."""
    if quiet or sys.stderr is None or os.environ.get("TERM") == "dumb":
        return NO_PROGRESS
    try:
        if not sys.stderr.isatty():
            return NO_PROGRESS
    except (OSError, ValueError):
        return NO_PROGRESS
    return TerminalProgress(delay())


class TerminalProgress:
    """Draws each task the core reports once it has lasted ``delay`` seconds."""

    def __init__(self, delay: float) -> None:
        self._delay = delay
        self._task: Task | None = None
        self._started = 0.0
        self._drawn = 0.0
        self._bar: Any = None  # rich's Progress, once shown
        self._bar_task: Any = None

    def begin(self, task: Task) -> None:
        self.end()
        self._task, self._started, self._drawn = task, time.monotonic(), 0.0
        if self._delay <= 0:
            self._show()

    def advance(self, done: int, events: int) -> None:
        if self._task is None:
            return
        now = time.monotonic()
        if self._bar is None:
            if now - self._started < self._delay:
                return
            self._show()
            self._drawn = 0.0  # drawn at once, with how far the work has gone
        if now - self._drawn >= REFRESH:
            self._drawn = now
            rate = events / max(now - self._started, 1e-3)
            self._bar.update(
                self._bar_task, completed=done, events=f"{events:,} events",
                rate=f"{rate:,.0f} events/s",
            )  # fmt: skip
            self._bar.refresh()

    def end(self) -> None:
        if self._bar is not None:
            with contextlib.suppress(OSError, ValueError):  # stderr gone: nothing to erase
                self._bar.stop()
        self._task, self._bar, self._bar_task = None, None, None

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        assert self._task is not None
        task = self._task
        if task.unit == "bytes":  # bytes read of the file, events so far, bytes a second
            columns: tuple[Any, ...] = (
                DownloadColumn(), TextColumn("{task.fields[events]}"), TransferSpeedColumn()
            )  # fmt: skip
        else:  # events done of the total, events a second
            columns = (TextColumn("{task.completed:,.0f}/{task.total:,.0f} events"),
                       TextColumn("{task.fields[rate]}"))  # fmt: skip
        console = Console(stderr=True)
        bar = Progress(
            BarColumn(), *columns, TimeRemainingColumn(), console=console, auto_refresh=False,
            transient=True,
        )  # fmt: skip
        console.print(why(task), highlight=False, markup=False)
        self._bar_task = bar.add_task("", total=task.total, events="", rate="")
        bar.start()
        bar.refresh()
        self._bar, self._drawn = bar, time.monotonic()
