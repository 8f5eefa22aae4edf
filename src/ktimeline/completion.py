"""Dynamic shell completion of option values from the data.

Each function answers Typer's ``autocompletion`` hook with (value, help) pairs. They read only
the small vocabulary files, or the events when completing ids, and import nothing else the
commands need (no rich, no rapidfuzz, no dateutil), so completion answers at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import typer

from .errors import KtimelineError

Candidates = list[tuple[str, str]]


def _matching(pairs: Iterable[tuple[str, str]], incomplete: str) -> Candidates:
    """Candidates whose value starts with what was typed (folded, so "kim jong-" works)."""
    from .text import fold

    typed = fold(incomplete)
    seen: set[str] = set()
    found: Candidates = []
    for value, help_text in pairs:
        if value not in seen and (not typed or fold(value).startswith(typed)):
            seen.add(value)
            found.append((value, help_text))
    return found


def _param_list(ctx: typer.Context, name: str) -> list[str]:
    value: Any = ctx.params.get(name) if ctx is not None else None
    return list(value) if value else []


def _vocabulary(ctx: typer.Context) -> Any:
    from .loader import load_vocabulary

    return load_vocabulary(_param_list(ctx, "actor_files"))


def complete_actor(ctx: typer.Context, incomplete: str) -> Candidates:
    """Actor names and every alias (an alias completes to itself; it resolves later)."""
    try:
        actors = _vocabulary(ctx).actors.values()
    except KtimelineError:
        return []
    pairs = []
    for actor in actors:
        pairs.append((actor.name, actor.role or actor.kind))
        pairs.extend((alias, f"= {actor.name}") for alias in actor.aliases)
    return _matching(pairs, incomplete)


def complete_tag(ctx: typer.Context, incomplete: str) -> Candidates:
    try:
        tags = _vocabulary(ctx).tags.values()
    except KtimelineError:
        return []
    return _matching(((tag.name, tag.description or "") for tag in tags), incomplete)


def complete_place(ctx: typer.Context, incomplete: str) -> Candidates:
    try:
        places = _vocabulary(ctx).places.values()
    except KtimelineError:
        return []
    pairs = []
    for place in places:
        pairs.append((place.name, place.kind or ""))
        pairs.extend((alias, f"= {place.name}") for alias in place.aliases)
    return _matching(pairs, incomplete)


def complete_event_id(ctx: typer.Context, incomplete: str) -> Candidates:
    """Event ids of the chosen data (--data, $KTIMELINE_DATA or the bundled chronology)."""
    from .loader import load_chronology

    try:
        chronology = load_chronology(
            _param_list(ctx, "data"),
            bundled=bool(ctx.params.get("bundled")) if ctx is not None else False,
            actor_files=_param_list(ctx, "actor_files"),
        )
    except KtimelineError:
        return []
    typed = incomplete.lower()
    return [
        (event.id, event.text[:60])
        for event in chronology.events
        if event.id.startswith(typed) or (typed and typed in event.id)
    ]


def complete_format(ctx: typer.Context, incomplete: str) -> Candidates:
    from .render import AUTO, FORMATS

    pairs = [(AUTO, "table on a terminal, plain in a pipe")]
    pairs += [(name, fmt.help) for name, fmt in FORMATS.items()]
    return [(name, text) for name, text in pairs if name.startswith(incomplete)]
