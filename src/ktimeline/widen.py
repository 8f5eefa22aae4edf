"""Lowering the fuzziness threshold never finds less.

A lower threshold lets more names and words count as close, but it can also read a query word
as a different, farther name (``moratorim`` at 20 is close enough to some actor's alias to be
taken for it) and so lose events that a higher threshold found by the word itself. Whatever
the scoring does, the guarantee is kept here: below the default, the results of the default
threshold and of every tenth between it and the one asked for are kept too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

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
    hits = run(threshold)
    if not threshold < default:
        return hits
    seen = {key(hit) for hit in hits}
    higher = default
    while higher > threshold:
        for hit in run(higher):
            if key(hit) not in seen:
                seen.add(key(hit))
                hits.append(hit)
        higher -= STEP
    return hits
