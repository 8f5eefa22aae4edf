"""How far a long piece of work has gone, told to whoever shows it.

The core reads and indexes files; only the CLI draws (cli/progress.py: a rich bar on a
terminal's stderr). Between them, this protocol: the work says what it is (``Task``), then
how far it has gone, then that it is over. Nothing here prints or times anything, and a
caller that wants no progress passes ``NO_PROGRESS``.
"""

from __future__ import annotations

from typing import Protocol

from ktimeline.immutable import Value

# What a task is (``Task.kind``); the CLI words each.
BUILD = "build"  # the index of a large file: the table of events
BUILD_WITH_WORDS = "build-with-words"  # the same and its full-text index, in one pass
ADD_WORDS = "add-words"  # the full-text index added to an index (the file's first search)
READ = "read"  # a large file read whole, without an index

# How often (in lines) reading tells its progress: cheap enough, and often enough for a bar.
EVERY_LINES = 4096


class Task(Value):
    """One piece of long work: its kind (above), the file it concerns, and its total in
    ``unit`` ("bytes" of the file, or "events")."""

    __slots__ = ("kind", "path", "total", "unit")
    kind: str
    path: str
    total: int
    unit: str

    def __init__(self, kind: str, path: str, total: int, unit: str = "bytes") -> None:
        self._set(kind=kind, path=path, total=total, unit=unit)


class Progress(Protocol):
    """Told of one task at a time: ``begin``, any number of ``advance``, then ``end``."""

    def begin(self, task: Task) -> None:
        """A task starts."""

    def advance(self, done: int, events: int) -> None:
        """``done`` of the task's total (in its unit), ``events`` read so far."""

    def end(self) -> None:
        """The task is over (done, failed or abandoned)."""


class _NoProgress:
    def begin(self, task: Task) -> None:
        pass

    def advance(self, done: int, events: int) -> None:
        pass

    def end(self) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()
