"""What the layout rounds' tests share: a text split into entries as (date, end, text with
its spaces made single), and the pieces of it left out (unplaced, layout, before the first)."""

from __future__ import annotations

import time
from collections.abc import Callable

from ktimeline.importing.entries import split_entries


def read_entries(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.date, e.end_date, " ".join(" ".join(e.parts).split()))
        for e in split_entries(text).entries
    ]


def left_out(text: str) -> list[str]:
    split = split_entries(text)
    return [item.text for item in (*split.unplaced, *split.layout, *split.before)]


def reasons(text: str) -> dict[str, str]:
    """Each piece of ``text`` left out (unplaced, layout, before the first), with the reason
    given for it."""
    split = split_entries(text)
    return {item.text: item.reason for item in (*split.unplaced, *split.layout, *split.before)}


def grows_linearly(text_of: Callable[[int], str], entries_of: Callable[[int], int]) -> bool:
    """Whether reading ``text_of(3000)`` takes less than 30 times ``text_of(300)`` (10 times
    the entries; quadratic would be about 100 times), the best of two runs of each (one run
    taken by a busy machine's other work is no growth); each read must give
    ``entries_of(n)`` entries."""

    def cpu_seconds(entries: int) -> float:
        text = text_of(entries)
        started = time.process_time()
        assert len(read_entries(text)) == entries_of(entries)
        return time.process_time() - started

    small = min(cpu_seconds(300) for _ in range(2))
    large = min(cpu_seconds(3000) for _ in range(2))
    return large < 30 * max(small, 0.001)
