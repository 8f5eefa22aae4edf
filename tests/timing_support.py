"""CPU time of a piece of work, as the scaling tests measure it: the best of several runs with
the garbage collector off while each runs. A shared machine's load moves wall time, and the
collector's passes over a large heap move CPU time: session 15's CI failed once on a ratio of
1.88 s to 0.61 s that the code, not the machine, had made, and hostile17 measured the collector
alone taking a linear unit from 2.0 to 2.7 times. So a ratio over the limit is growth."""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def best_cpu_seconds(work: Callable[[], object], runs: int = 5) -> float:
    """The least CPU time ``work`` took over ``runs`` runs, the collector off during each."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best
