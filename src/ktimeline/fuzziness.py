"""How fuzzy a match may be: the word scorer, the shortest word matched fuzzily, and the rule
that lowering the threshold never finds less.

The scorer and the minimum length are shared by search and by the name tables (vocabulary),
so a name is forgiven a typo exactly as a word of a text is.


A lower threshold lets more names and words count as close, but it can also read a query word
as a different, farther name (``moratorim`` at 20 is close enough to some actor's alias to be
taken for it) and so lose events that a higher threshold found by the word itself. Whatever
the scoring does, the guarantee is kept here: below the default, the results of the default
threshold and of every tenth between it and the one asked for are kept too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ktimeline.errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

MIN_FUZZY_LENGTH = 5  # shorter words must match exactly (or as a prefix, from 4 letters)
# The word scorer, chosen by measuring the judged query set (scripts/measure_search.py);
# the others are kept selectable so that the measurement can be repeated.
DEFAULT_SCORER = "damerau"
SCORERS = ("ratio", "wratio", "qratio", "damerau", "jaro_winkler")


def scorer_function(name: str) -> Callable[[str, str], float]:
    """A rapidfuzz similarity (0-100) by name."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

    def damerau(a: str, b: str, **_: object) -> float:
        return float(DamerauLevenshtein.normalized_similarity(a, b) * 100)

    def jaro_winkler(a: str, b: str, **_: object) -> float:
        return float(JaroWinkler.normalized_similarity(a, b) * 100)

    functions: dict[str, Callable[[str, str], float]] = {
        "ratio": fuzz.ratio, "wratio": fuzz.WRatio, "qratio": fuzz.QRatio,
        "damerau": damerau, "jaro_winkler": jaro_winkler,
    }  # fmt: skip
    try:
        return functions[name]
    except KeyError:
        raise UsageError(
            f"unknown scorer {name!r}", f"choose one of {', '.join(SCORERS)}"
        ) from None


Found = TypeVar("Found", bound="list[Any]")  # a list of hits, or a subclass of one
STEP = 10.0


def never_less(
    threshold: float,
    default: float,
    run: Callable[[float], Found],
    key: Callable[[Any], Hashable],
) -> Found:
    """``run(threshold)``, with what ``run`` finds at each tenth up to ``default`` added (in
    the order found, after the hits of ``threshold``; the caller orders them)."""
    first, *higher = thresholds_scored(threshold, default)
    hits = run(first)
    seen = {key(hit) for hit in hits}
    for each in higher:
        for hit in run(each):
            if key(hit) not in seen:
                seen.add(key(hit))
                hits.append(hit)
    return hits


def thresholds_scored(threshold: float, default: float) -> list[float]:
    """Every threshold ``never_less`` scores at, the one asked for first: what a large
    file's index must find candidates for (see ``EventIndex.candidates``)."""
    scored = [threshold]
    higher = default
    while higher > threshold:
        scored.append(higher)
        higher -= STEP
    return scored
