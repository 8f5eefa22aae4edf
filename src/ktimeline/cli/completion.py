"""Dynamic shell completion of option values from the data.

Each function answers Typer's ``autocompletion`` hook with (value, help) pairs. They read only
the small vocabulary files, or the events when completing ids, and import nothing else the
commands need (no rich, no rapidfuzz, no dateutil), so completion answers at once.

What is offered: one canonical name per actor, place or tag, matched case-insensitively on
any word of the name or of any alias ("kim", "jong", "Kim Jong-un" and "Chairman" all lead
to "Kim Jong Un"). How it reaches the shell (quoting, no file names for a data value) is the
business of ``ktimeline.cli.shells``, imported only when a shell asks.

What reaches the shell is neutralised as every other output is (``shown``): a name, role or
event text holding ESC, an OSC title sequence, a C1 control, a bidirectional override or a
line break is offered with those characters as visible escapes (``\\e``, ``\\u202e``), never
sent raw to the shell's screen or line editor, nor able to split one candidate into two.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ktimeline.errors import KtimelineError

if TYPE_CHECKING:
    from pathlib import Path

    import typer
else:  # Typer itself only when a command needs it (see lazytyper)
    from ktimeline.cli import lazytyper as typer

Candidates = list[tuple[str, str]]

# ktimeline.cli.shells puts what was typed here before it asks a completer, so that the matching
# below decides (Typer's own hook would keep only the values starting with it, case and all).
TYPED_KEY = "ktimeline.cli.completion.typed"


def typed_text(ctx: typer.Context | None, incomplete: str) -> str:
    """What the user typed: from the shell layer when it set it, else Typer's argument."""
    if ctx is not None:
        meta: Any = ctx.meta
        typed = meta.get(TYPED_KEY)
        if isinstance(typed, str):
            return typed
    return incomplete


def starts_a_word(name: str, typed: str) -> bool:
    """Does ``typed`` begin ``name`` or one of its words, after folding (case, hyphens …)?"""
    from ktimeline.folding import fold

    wanted = fold(typed)
    if not wanted:
        return True
    folded = fold(name)
    return folded.startswith(wanted) or f" {wanted}" in folded


def matching_names(
    entries: Iterable[tuple[str, Iterable[str], str]], incomplete: str
) -> Candidates:
    """(canonical, help) for each entry whose name or an alias has a word starting ``typed``.

    ``entries`` are (canonical name, other names, help); each canonical name is offered once.
    A name is matched as stored and as offered (``shown``), so that a candidate inserted with
    its controls escaped is found again on the next Tab.
    """
    from ktimeline.render.safe import visible_controls

    found: Candidates = []
    seen: set[str] = set()
    for name, aliases, help_text in entries:
        if name in seen:
            continue
        forms = (name, *aliases)
        if any(
            starts_a_word(form, incomplete) or starts_a_word(visible_controls(form), incomplete)
            for form in forms
        ):
            seen.add(name)
            found.append((name, help_text))
    return shown(found)


def shown(candidates: Candidates) -> Candidates:
    """The candidates as the shell may print and insert them: control, invisible and
    reordering characters of the data as visible escapes (see ``ktimeline.render.safe``)."""
    from ktimeline.render.safe import visible_controls

    return [(visible_controls(value), visible_controls(help)) for value, help in candidates]


def _param_list(ctx: typer.Context, name: str) -> list[str]:
    value: Any = ctx.params.get(name) if ctx is not None else None
    return list(value) if value else []


def _library(ctx: typer.Context | None) -> Path:
    """The library the command would read: --library, else the user's."""
    from pathlib import Path

    from ktimeline.library import library_directory

    chosen = ctx.params.get("library") if ctx is not None else None
    return Path(chosen) if chosen else library_directory()


def _data(ctx: typer.Context | None) -> dict[str, Any]:
    """The data choice of the command line being completed, as the loader takes it."""
    return {
        "data": _param_list(ctx, "data") if ctx is not None else [],
        "bundled": bool(ctx.params.get("bundled")) if ctx is not None else False,
        "library": _library(ctx),
    }


def _vocabulary(ctx: typer.Context) -> Any:
    """The actor tables the command would read: the bundled one, --actors, and the actor
    files beside the chosen data (the library's sources' among them: the names an import
    met first), without reading the events."""
    from ktimeline.loader import actor_files_beside, data_sources, load_vocabulary

    try:
        beside = actor_files_beside(data_sources(**_data(ctx)))
    except KtimelineError:  # a --data path not there (yet): the tables given
        beside = []
    return load_vocabulary([*_param_list(ctx, "actor_files"), *beside])


def _chronology(ctx: typer.Context) -> Any:
    """The chosen data, read as the command would read it (the library included), its events
    validated but not kept: what it knows of tags and places."""
    from ktimeline.loader import load_chronology

    return load_chronology(
        **_data(ctx), actor_files=_param_list(ctx, "actor_files"), keep=lambda _s, _e: False
    )


# The most data whose events a Tab reads for the tags and places they name (a file under the
# on-disk index's threshold loads in a moment); beyond, the tables' names only.
READ_FOR_NAMES = 2 * 1024 * 1024


def _small_data(ctx: typer.Context) -> bool:
    """Whether the chosen data's files are small enough to read at a Tab."""
    from ktimeline.loader import data_sources

    try:
        sources = data_sources(**_data(ctx))
    except KtimelineError:
        return False
    total = 0
    for source in sources:
        if source.path is None:  # standard input: never read by a completion
            return False
        with contextlib.suppress(OSError):
            total += os.stat(source.path).st_size
    return total <= READ_FOR_NAMES


def _used_names(ctx: typer.Context, index: str, known: dict[str, tuple[Any, str]]) -> Any:
    """(name, aliases, help) of the vocabulary's names and of the names the chosen data uses
    that no table holds (an imported source's places and topics), when it is small."""
    names: dict[str, Any] = {}
    if _small_data(ctx):
        with contextlib.suppress(KtimelineError):
            names = getattr(_chronology(ctx), index).names
    entries = [(name, aliases, help_text) for name, (aliases, help_text) in known.items()]
    entries += [(name, others[1:], "") for name, others in names.items() if name not in known]
    return entries


def complete_actor(ctx: typer.Context, incomplete: str) -> Candidates:
    """Canonical actor names, found by any word of a name or alias."""
    try:
        actors = _vocabulary(ctx).actors.values()
    except KtimelineError:
        return []
    return matching_names(
        ((a.name, a.aliases, a.role or a.kind) for a in actors), typed_text(ctx, incomplete)
    )


def _complete_used(
    ctx: typer.Context, incomplete: str, table: str, index: str,
    described: Callable[[Any], tuple[Iterable[str], str]],
) -> Candidates:  # fmt: skip
    """The names of the vocabulary's ``table`` (its other names and help: ``described``)
    and those the data uses (its ``index``: ``_used_names``), found by what was typed."""
    try:
        entries = getattr(_vocabulary(ctx), table).values()
    except KtimelineError:
        return []
    known = {entry.name: described(entry) for entry in entries}
    return matching_names(_used_names(ctx, index, known), typed_text(ctx, incomplete))


def complete_tag(ctx: typer.Context, incomplete: str) -> Candidates:
    """Tag names, found by any word of the tag or of a synonym."""
    return _complete_used(
        ctx, incomplete, "tags", "tag_index", lambda t: (t.synonyms, t.description or "")
    )


def complete_place(ctx: typer.Context, incomplete: str) -> Candidates:
    """Canonical place names, found by any word of a name or alias."""
    return _complete_used(
        ctx, incomplete, "places", "place_index", lambda p: (p.aliases, p.kind or "")
    )


def complete_source(ctx: typer.Context, incomplete: str) -> Candidates:
    """The sources of the chosen data (the bundled chronology and the library, or --data) by
    their label, found by any word of their title, publication or author."""
    from ktimeline.loader import load_chronology

    try:
        chronology = load_chronology(**_data(ctx), actor_files=_param_list(ctx, "actor_files"))
        index = chronology.source_index
    except KtimelineError:
        return []
    return matching_names(
        ((label, names[1:], "") for label, names in index.names.items()),
        typed_text(ctx, incomplete),
    )


def complete_sources_action(ctx: typer.Context, incomplete: str) -> Candidates:
    """``sources remove NAME``: the action, then the library's sources by their names (what
    ``remove`` takes), found by any word of their name, title or publisher."""
    from pathlib import Path

    from ktimeline.library import library_directory, library_sources

    given = list(ctx.params.get("action") or ())
    if not given:
        return [("remove", "remove a source from the library")]
    if given != ["remove"]:
        return []
    chosen = ctx.params.get("library")
    try:
        found = library_sources(Path(chosen) if chosen else library_directory())
    except (KtimelineError, OSError):
        return []
    return matching_names(
        ((s.name, [n for n in (s.title, s.publisher) if n], s.title or "") for s in found),
        typed_text(ctx, incomplete),
    )


def complete_event_id(ctx: typer.Context, incomplete: str) -> Candidates:
    """Event ids of the chosen data (--data, $KTIMELINE_DATA, or the bundled chronology and
    the library)."""
    from ktimeline.loader import load_chronology

    try:
        chronology = load_chronology(**_data(ctx), actor_files=_param_list(ctx, "actor_files"))
    except KtimelineError:
        return []
    typed = typed_text(ctx, incomplete).lower()
    return shown(
        [
            (event.id, event.text[:60])
            for event in chronology.events
            if event.id.startswith(typed) or (typed and typed in event.id)
        ]
    )


def complete_source_format(ctx: typer.Context, incomplete: str) -> Candidates:
    """The formats `ktimeline sources` lists sources as (``render.SOURCE_FORMATS``)."""
    from ktimeline.render import SOURCE_FORMATS

    return [(name, text) for name, text in complete_format(ctx, incomplete)
            if name in SOURCE_FORMATS]  # fmt: skip


def complete_format(ctx: typer.Context, incomplete: str) -> Candidates:
    from ktimeline.render import AUTO, FORMATS

    typed = typed_text(ctx, incomplete).lower()
    pairs = [(AUTO, "table on a terminal, plain in a pipe")]
    pairs += [(name, fmt.help) for name, fmt in FORMATS.items()]
    return [(name, text) for name, text in pairs if name.startswith(typed)]
