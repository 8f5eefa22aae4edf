"""A time bound for work that may not finish, such as a backtracking regex.

CPython's regex engine checks for signals while it matches, so a timer's signal interrupts
even a catastrophic pattern. Where there is no such timer (Windows) or we are not in the main
thread, the work runs unbounded.

The bound is on each item of a loop, and optionally on the whole (a ``Budget``): a
backtracking regex on a single event is stopped by the first, one that takes a little under
the limit on each of 300 events (130 s in all) by the second. The budget grows with the
work done (``Budget.grant``), so a linear regex over a million events, which takes as long
as it takes, is never refused. Both count the process's own CPU time (``ITIMER_VIRTUAL``),
so a busy machine that leaves the process waiting never stops work that is progressing.
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
    """The bounded work ran past its time limit on one item."""


class BudgetExceeded(TimeLimitExceeded):
    """The bounded work as a whole ran past its budget; ``done`` items were dealt with."""

    def __init__(self, seconds: float, done: int) -> None:
        super().__init__(seconds, done)
        self.seconds = seconds
        self.done = done


class Budget:
    """CPU seconds the whole of a loop may take: ``seconds`` to begin with, and whatever
    ``grant`` adds as the loop goes (time in proportion to the work each item brings)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def grant(self, seconds: float) -> None:
        self.seconds += seconds


@contextmanager
def each_within(
    items: Iterable[T], seconds: float, budget: Budget | None = None
) -> Iterator[Iterator[T]]:
    """The items, each of which must be dealt with within ``seconds`` of CPU time (at most
    half as much again before TimeLimitExceeded is raised), however many there are; and,
    with a ``budget``, all of them within it (BudgetExceeded, within half of ``seconds``).

    A timer ticks every half of ``seconds``; two ticks in a row that find the loop on the
    item of the tick before stop it, and a tick past the budget stops it too. Taking the
    next item costs an integer increment, no system call.
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

    spent = [0.0]  # CPU seconds, counted by ticks

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        spent[0] += seconds / 2
        if budget is not None and spent[0] > budget.seconds:
            raise BudgetExceeded(spent[0], max(taken[0] - 1, 0))
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
