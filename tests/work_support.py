"""The work a piece of code does, counted rather than timed: every call it makes, of Python
functions and of built-in ones (a regex's match, a string method), as ``sys.setprofile`` sees
them. The count is the same on every run and on every machine, so the scaling tests compare
counts at n, 2n and 3n instead of CPU seconds (speed itself is measured by bench/run.py).

A rule asked once per name or per line that reads the whole text again makes calls in
proportion to the text for each name or line: the count grows as the square of the input,
and the second increment of the input then costs more calls than the first. What a count
does not see is the length of a string a single built-in call reads (one regex search over
the whole text is one call, as over one word)."""

from __future__ import annotations

import sys
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType


def calls(work: Callable[[], object]) -> int:
    """How many calls ``work`` makes, Python functions and built-in ones alike."""
    count = 0

    def counted(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    previous = sys.getprofile()
    sys.setprofile(counted)
    try:
        work()
    finally:
        sys.setprofile(previous)
    return count


def growth(work_of: Callable[[int], object], size: int) -> tuple[int, int]:
    """The calls that ``size`` more of the input adds, from ``size`` to ``2 * size`` and from
    ``2 * size`` to ``3 * size``: equal (give or take) where the work is linear, the second
    larger by twice the square term where it is quadratic. Two runs come first, uncounted
    (at ``3 * size + 1`` and ``size + 1``): what the first runs of a process fill once (memos,
    tables read lazily) is not the input's work (the enrichment's second run still made 2,000
    calls more than its third)."""
    work_of(3 * size + 1)
    work_of(size + 1)
    one, two, three = (calls(partial(work_of, n)) for n in (size, 2 * size, 3 * size))
    return two - one, three - two


def grows_linearly(work_of: Callable[[int], object], size: int, slack: float = 1.1) -> bool:
    """Whether the second ``size`` of input costs at most ``slack`` times the calls the first
    added (a quadratic rule's second step costs more, by a margin that grows with ``size``)."""
    first, second = growth(work_of, size)
    return second <= slack * first + 10
