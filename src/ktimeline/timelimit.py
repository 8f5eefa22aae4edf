"""A time bound for work that may not finish, such as a backtracking regex.

CPython's regex engine checks for signals while it matches, so a timer's signal interrupts
even a catastrophic pattern. Where there is no such timer (Windows) or we are not in the main
thread, the work runs unbounded.

The bound is on each item of a loop rather than the whole: a linear regex over a million
events takes as long as it takes, a backtracking one on a single event is stopped. It counts
the process's own CPU time (``ITIMER_VIRTUAL``), so a busy machine that leaves the process
waiting never stops work that is progressing.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from types import FrameType


T = TypeVar("T")


class TimeLimitExceeded(Exception):
    """The bounded work ran past its time limit."""


@contextmanager
def each_within(items: Iterable[T], seconds: float) -> Iterator[Iterator[T]]:
    """The items, each of which must be dealt with within ``seconds`` of CPU time (at most
    half as much again before TimeLimitExceeded is raised), however many there are.

    A timer ticks every half of ``seconds``; two ticks in a row that find the loop on the
    item of the tick before stop it. Taking the next item costs an integer increment, no
    system call.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    taken = [0]
    seen = [-1, 0]  # the item of the last tick, and for how many ticks it has been seen

    def counted() -> Iterator[T]:
        for item in items:
            taken[0] += 1
            yield item

    if not usable:
        yield counted()
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if taken[0] != seen[0]:
            seen[0], seen[1] = taken[0], 0
            return
        seen[1] += 1
        if seen[1] >= 2:
            raise TimeLimitExceeded

    previous = signal.signal(signal.SIGVTALRM, on_alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds / 2, seconds / 2)
    try:
        yield counted()
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
