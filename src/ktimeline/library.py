"""The library: a directory of chronologies, each added once, all read by default.

A library is a directory of JSON Lines chronologies, one file per source (``NAME.jsonl``).
Each file describes itself: every event's ``source`` holds the source's title, publisher
(``publication``), web address, day of retrieval, the file it was imported from and the
SHA-256 of the text read. There is no separate catalogue to fall out of step: a file put there
by hand is a source too, a file edited by hand is read as it now is, and adding a source is
one atomic rename (``writer.write_atomically``), so a run killed during an add leaves the
library as it was before or as it is after, never half of it.

Writers take turns: an add or a removal holds the library's lock (``.library.lock`` in the
directory, ``writer.locked``) only while it decides what is there (which source an import
replaces, which ids are taken) and replaces the files — an import is parsed before, against
what the library held then, and made again under the lock only if another run has taken one
of its ids meanwhile; two imports at once both land. Temporary files are hidden
(``.NAME.jsonl.PID.….tmp``) and never read; those of killed runs are removed by the next
writer.

Where it is: ``$KTIMELINE_LIBRARY``, else ``$XDG_DATA_HOME/ktimeline/library``, else
``~/.local/share/ktimeline/library`` (the XDG base directory default). A library that does
not exist yet is empty.

Pure: no printing; the scan here reads only the fields a listing of sources needs (it does
not validate: the loader does, when the events are read).
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from ktimeline.errors import UsageError
from ktimeline.immutable import Value
from ktimeline.loader import actors_beside, chronology_files, library_location
from ktimeline.model import Source
from ktimeline.schema import KeyTwice, holds_a_key_twice, refusing_a_key_twice

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from ktimeline.model import Event

SUFFIX = ".jsonl"  # a chronology's file (loader.chronology_files reads the same)
BUNDLED_NAME = "bundled"  # the bundled chronology's name in `sources`: no library file takes it
LOCK_NAME = "library"  # writer.locked(DIR/library) holds DIR/.library.lock


def library_directory(environ: Mapping[str, str] | None = None) -> Path:
    """The user's library (see ``loader.library_location``)."""
    return Path(library_location(environ))


# --- what a library holds -------------------------------------------------------------------


class _Statement(msgspec.Struct, gc=False):
    speaker: str | None = None


class _EventFields(msgspec.Struct, gc=False):
    """The fields of an event a listing of sources needs (others are skipped unread)."""

    id: str | None = None
    date: str | None = None
    end_date: str | None = None
    statements: list[_Statement] | None = None
    # read as a Source only where a listing needs it (empty when absent, ``null`` when none)
    source: msgspec.Raw = msgspec.Raw()


_decode_event = msgspec.json.Decoder(_EventFields).decode
# The keys the listing reads, as a line writes them: a line writing one twice (or escaping a
# key, "d\u0061te") is told exactly by the loader's own test (``schema.holds_a_key_twice``).
_READ_KEYS = tuple(f'"{field}"'.encode() for field in _EventFields.__struct_fields__)


def _key_twice(line: bytes) -> str | None:
    """The key the event ``line`` writes twice, as the loader refuses it (which refuses the
    file), else None: msgspec would keep the key's last value, one no query reads."""
    if b"\\u" in line or any(line.count(key) > 1 for key in _READ_KEYS):
        return holds_a_key_twice(line)
    return None


# (a key written twice refused, as the loader refuses it: never listed by its last value)
_decode_source = refusing_a_key_twice(msgspec.json.Decoder(Source).decode)


def _cited(source: msgspec.Raw) -> Source | None:
    """The source an event cites, as the loader reads it (``model.Source``); None when it
    cites none or one the loader would refuse (that event then names no source here)."""
    read = _read_source(source)
    return read if isinstance(read, Source) else None


def _read_source(source: msgspec.Raw) -> Source | str | None:
    """The source an event cites, as the loader reads it (``model.Source``), or why the
    loader refuses it, in the loader's words ("source has unknown field 'publisher' (did you
    mean 'published'?)"); None when it cites none."""
    if not source or bytes(source) == b"null":
        return None
    try:
        return _decode_source(bytes(source))
    except KeyTwice as twice:
        return str(twice)  # ("key 'title' appears twice", the loader's words)
    except (msgspec.DecodeError, msgspec.ValidationError) as error:
        from ktimeline.reasons import reason
        from ktimeline.records import EventRecord

        message = str(error)  # msgspec's, for the source alone: its path is under the event's
        at = message.rfind(" - at `$")
        message = (
            f"{message[:at]} - at `$.source{message[at + 8 :]}"
            if at >= 0
            else f"{message} - at `$.source`"
        )
        return reason(EventRecord, message, {"source": msgspec.json.decode(source)})


# The columns of `ktimeline sources`, in order: the period is first..last (dates as written),
# ``file`` the chronology read, ``imported_from`` the file it was imported from.
SOURCE_COLUMNS = ("name", "title", "publisher", "first", "last", "events", "statements",
                  "address", "retrieved", "imported_from", "file", "source")  # fmt: skip


class SourceSummary(Value):
    """One source of a library: its name (the file's, without .jsonl), what its events say
    of it (from the first event citing it), and what it holds. ``source`` is what
    ``--source`` and listings call it (``model.source_label``), unique in a library whose
    sources were added by ``import --add``."""

    __slots__ = ("address", "events", "file", "first", "ids", "last", "name", "path",
                 "publisher", "refused", "refused_line", "retrieved", "sha256", "source",
                 "statements", "title")  # fmt: skip
    name: str
    path: Path
    title: str | None
    publisher: str | None
    address: str | None
    retrieved: str | None
    file: str | None
    sha256: str | None
    source: str | None
    events: int
    statements: int
    first: str | None  # the earliest date, as written
    last: str | None  # the latest date (or end date), as written
    ids: frozenset[str]
    # the first source the loader refuses (it then refuses the file): why, and on which line
    refused: str | None
    refused_line: int | None

    def __init__(self, name: str, path: Path, **fields: object) -> None:
        values = dict.fromkeys(
            ("title", "publisher", "address", "retrieved", "file", "sha256", "source", "first",
             "last", "refused", "refused_line")
        )  # fmt: skip
        values.update(events=0, statements=0, ids=frozenset())
        values.update(fields)
        self._set(name=name, path=path, **values)

    def to_dict(self) -> dict[str, object]:
        """The source as ``sources -f json`` writes it (in ``SOURCE_COLUMNS`` order)."""
        values = {
            "name": self.name, "title": self.title, "publisher": self.publisher,
            "first": self.first, "last": self.last, "events": self.events,
            "statements": self.statements, "address": self.address,
            "retrieved": self.retrieved, "imported_from": self.file, "file": str(self.path),
            "source": self.label,
        }  # fmt: skip
        return {column: values[column] for column in SOURCE_COLUMNS}

    @property
    def label(self) -> str:
        """The source as ``--source`` names it (``Source.label``), else its file's name."""
        return self.source or self.name


def summarize(path: Path, name: str | None = None) -> SourceSummary:
    """What one chronology file holds, read quickly (lines that do not decode are skipped
    here: the loader reports them when the events are read)."""
    events = statements = 0
    first: str | None = None
    last: str | None = None
    ids: set[str] = set()
    cited: Source | None = None
    refused: str | None = None
    refused_line: int | None = None
    checked = b""
    try:
        with path.open("rb") as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    event = _decode_event(line)
                except (msgspec.DecodeError, msgspec.ValidationError):
                    continue
                events += 1
                twice = _key_twice(line)
                if twice is not None:  # (none of its values is what a query reads)
                    if refused is None:
                        refused, refused_line = str(KeyTwice(twice)), number
                    continue
                if event.id:
                    ids.add(event.id)
                statements += len(event.statements or ())
                if event.date:
                    first = event.date if first is None else min(first, event.date)
                    end = event.end_date or event.date
                    last = end if last is None else max(last, end)
                written = bytes(event.source)  # (an import writes one for all its events)
                if written != checked and (refused is None or cited is None):
                    checked, read = written, _read_source(event.source)
                    if isinstance(read, Source):
                        cited = read if cited is None else cited
                    elif read is not None and refused is None:
                        refused, refused_line = read, number
    except OSError:
        pass  # gone meanwhile, or unreadable: an empty source here, an error when read
    if cited is None:
        return SourceSummary(
            name or path.name.removesuffix(SUFFIX), path, events=events,
            statements=statements, first=first, last=last, ids=frozenset(ids),
            refused=refused, refused_line=refused_line,
        )  # fmt: skip
    return SourceSummary(
        name or path.name.removesuffix(SUFFIX), path, title=cited.title or cited.heading,
        publisher=cited.publication or cited.author,
        address=cited.address, retrieved=cited.retrieved, file=cited.file,
        sha256=cited.sha256, source=cited.label, events=events, statements=statements,
        first=first, last=last, ids=frozenset(ids), refused=refused, refused_line=refused_line,
    )  # fmt: skip


def file_names(paths: Iterable[tuple[Path, str | None]]) -> dict[str, list[str]]:
    """The names of chronology files as `sources` prints them first ("fussball" for
    fussball.jsonl; each path comes with its name when it has one: "bundled") by the name
    ``--source`` knows their events by (``SourceSummary.source``), read from the first event
    of each that cites a source: a name `sources` shows is a name ``--source`` takes, even
    where two sources share a title."""
    names: dict[str, list[str]] = {}
    for path, name in paths:
        try:
            with path.open("rb") as stream:
                for line in stream:
                    try:
                        source = _cited(_decode_event(line).source) if line.strip() else None
                    except (msgspec.DecodeError, msgspec.ValidationError):
                        continue
                    if source is not None and _key_twice(line) is not None:
                        continue
                    if source is not None:
                        label = source.label
                        if label is not None:
                            own = name or path.name.removesuffix(SUFFIX)
                            names.setdefault(label, []).append(own)
                        break
        except OSError:
            continue  # gone meanwhile, or unreadable: an error when its events are read
    return names


def library_sources(directory: Path) -> list[SourceSummary]:
    """Every source of the library, by name."""
    return [summarize(path) for path in chronology_files(directory)]


def shared_names(sources: Iterable[SourceSummary]) -> dict[str, list[str]]:
    """The names (``SourceSummary.source``) several sources share, each with their file
    names: ``--source`` cannot tell those apart (files put in a library by hand, or several
    ``--data`` files; ``import --add`` names a source apart)."""
    by_name: dict[str, list[str]] = {}
    for source in sources:
        if source.source is not None:
            by_name.setdefault(source.source.casefold(), []).append(source.name)
    labels = {s.source.casefold(): s.source for s in sources if s.source is not None}
    return {labels[key]: names for key, names in by_name.items() if len(names) > 1}


class Replacement(Value):
    """The source an import replaces and why: "the same address", "the same text" or "the
    same file" (its recorded ``imported_from``)."""

    __slots__ = ("source", "why")
    source: SourceSummary
    why: str

    def __init__(self, source: SourceSummary, why: str) -> None:
        self._set(source=source, why=why)


def same_source(
    sources: Sequence[SourceSummary],
    address: str | None,
    sha256: str | None,
    file: str | None = None,
    *,
    keep_both: bool = False,
) -> Replacement | None:
    """The source an import replaces: the one with the same web address; else (no address
    given, or the source has none) the one whose text read had the same SHA-256; else (the
    same proviso) the one imported from the same file — re-adding an edited file is a new
    version of it, not a second source — unless ``keep_both`` (of several, the one written
    last). Files are compared resolved (``os.path.realpath``): a relative path, a symbolic
    link or ``./`` name the same file."""
    if address:
        for source in sources:
            if source.address == address:
                return Replacement(source, "the same address")
    for source in sources:
        if sha256 and source.sha256 == sha256 and (not address or not source.address):
            return Replacement(source, "the same text")
    if file is None or keep_both:
        return None
    wanted = os.path.realpath(file)
    same_file = [
        source for source in sources
        if source.file and os.path.realpath(source.file) == wanted
        and (not address or not source.address)
    ]  # fmt: skip
    if not same_file:
        return None
    # several (kept with --keep-both): the one written last, the latest version
    return Replacement(max(same_file, key=_time_written), "the same file")


def _time_written(source: SourceSummary) -> float:
    try:
        return source.path.stat().st_mtime
    except OSError:
        return 0.0


def name_for(title: str, taken: Iterable[str]) -> str:
    """A file name for a new source: its title as a slug, its letters' accents taken off
    ("Cronología de la crisis" → "cronologia-de-la-crisis"), with -2, -3… when taken."""
    from ktimeline.folding import without_accents

    folded = without_accents(title).casefold()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60].strip("-") or "source"
    used = set(taken)
    name, number = slug, 1
    while name in used:
        number += 1
        name = f"{slug}-{number}"
    return name


def distinct_name(
    label: str, publisher: str | None, file_name: str, taken: Iterable[str]
) -> str | None:
    """The name of a new source whose ``label`` (its title) another source already has:
    None when no other has it; else "label (publisher)", or when that is taken too (the
    same publisher), "label (file name)" — the file name is the library's own, unique in
    it — numbered in the rare case that is taken as well. Compared as ``--source`` reads
    names: in any case."""
    used = {name.casefold() for name in taken}
    if label.casefold() not in used:
        return None
    candidates = [f"{label} ({publisher})"] if publisher and publisher != label else []
    candidates.append(f"{label} ({file_name})")
    candidates += (f"{label} ({file_name}-{number})" for number in range(2, len(used) + 3))
    return next(name for name in candidates if name.casefold() not in used)


def find_source(sources: Sequence[SourceSummary], name: str) -> SourceSummary:
    """The source ``name`` stands for, as ``--source`` reads it (``query.source_named``):
    a source's own name exactly — its file's name, what `sources` prints in its ``source``
    column, its address — wins over titles and prefixes; else its title or publisher,
    forgiving as every name is (any case, its words, a prefix, a typo). The library file's
    path names it too. Ambiguous or unknown: an error with the candidates."""
    from ktimeline.query import source_named
    from ktimeline.vocabulary import NameIndex

    by_name = {source.name: source for source in sources}
    if os.sep in name or name.endswith(SUFFIX):  # a path: the library file itself
        wanted = os.path.realpath(name)
        for source in sources:
            if os.path.realpath(source.path) == wanted or source.path.name == name:
                return source
    index = NameIndex.build(
        "source",
        ((s.name, [n for n in (s.label, s.title, s.publisher, s.address) if n])
         for s in sources),
    )  # fmt: skip
    [chosen], _ = source_named(
        index, name, argument="NAME", several=False,
        own=lambda canonical: (canonical, by_name[canonical].label, by_name[canonical].address),
    )  # fmt: skip
    return by_name[chosen]


# --- adding and removing --------------------------------------------------------------------


class Added(Value):
    """What an add did: the source's name and file, how many events, and what it replaced
    (``replaced``: why, ``replaced_on``: the day the replaced source was added, YYYY-MM-DD,
    from its file's time)."""

    __slots__ = ("events", "name", "path", "replaced", "replaced_on", "why")
    name: str
    path: Path
    events: int
    replaced: SourceSummary | None
    why: str | None
    replaced_on: str | None

    def __init__(
        self,
        name: str,
        path: Path,
        events: int,
        replaced: SourceSummary | None,
        why: str | None = None,
        replaced_on: str | None = None,
    ) -> None:
        self._set(
            name=name, path=path, events=events, replaced=replaced, why=why,
            replaced_on=replaced_on,
        )  # fmt: skip


def add_source(
    directory: Path,
    make_events: Callable[[set[str]], Sequence[Event]],
    *,
    title: str,
    address: str | None,
    sha256: str | None,
    file: str | None = None,
    keep_both: bool = False,
    reserved_ids: Iterable[str] = (),
    reserved_names: Iterable[str] = (),
    timeout: float | None = None,
    before_events: Callable[[Path], None] | None = None,
) -> Added:
    """Add a source to the library, or replace the one it is (``same_source``: by address,
    text, or the file it came from unless ``keep_both``), under the library's lock.
    ``make_events(taken_ids)`` makes the events, given the ids other sources
    (and ``reserved_ids``: the bundled chronology's) already use, so no id is used twice;
    a replaced source keeps its file name (one rename replaces it), and its address when the
    import gives none. A source whose name
    (``Source.label``: its title) another source has, or one of ``reserved_names`` (the
    bundled chronology's), is given a name of its own (``distinct_name``), written in its
    events' ``source.name``. ``before_events(path)`` writes what must be there before the
    events land (their actors, beside them)."""
    from ktimeline.writer import jsonl_lines, locked, remove_orphans, staged

    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot make the library {directory}: {exc.strerror or exc}") from None
    reserved = set(reserved_ids)

    def look() -> tuple[list[SourceSummary], Replacement | None, set[str]]:
        """What the library holds now, what this import replaces, the ids others use."""
        sources = library_sources(directory)
        replacement = same_source(sources, address, sha256, file, keep_both=keep_both)
        replaced = replacement.source if replacement is not None else None
        taken = set(reserved)
        for source in sources:
            if source is not replaced:
                taken |= source.ids
        return sources, replacement, taken

    # The events are made (parsed, enriched: the slow part) before the lock is taken, so
    # that a long import does not keep every other add and removal waiting; under the lock
    # the library is looked at again, and the events are made again only if another run
    # has meanwhile taken one of their ids.
    made = make_events(look()[2])
    with locked(directory / LOCK_NAME, timeout, what=f"the library {directory}"):
        remove_orphans(directory, "*" + SUFFIX)
        sources, replacement, taken = look()
        if any(event.id in taken for event in made):
            made = make_events(taken)
        replaced = replacement.source if replacement is not None else None
        name = replaced.name if replaced else name_for(
            title, [BUNDLED_NAME, *(s.name for s in sources)]
        )  # fmt: skip
        events = _named(
            made, name, [*reserved_names, *(s.label for s in sources if s is not replaced)],
            address=replaced.address if replaced is not None and not address else None,
        )  # fmt: skip
        path = directory / f"{name}{SUFFIX}"
        replaced_on = _day_written(replaced.path) if replaced is not None else None
        # The events are staged first (a disk too full for them is found before anything
        # changed), then the actors beside them are written and the events renamed into
        # place; a failure or a stop in between puts the actors back as they were, so that
        # the source's events never lose the actors they name.
        content = "".join(jsonl_lines(events)).encode("utf-8")
        with staged(path, content) as commit, _restored_on_failure(actors_beside(path)):
            if before_events is not None:
                before_events(path)
            commit()
    why = replacement.why if replacement is not None else None
    return Added(name, path, len(events), replaced, why, replaced_on)


@contextlib.contextmanager
def _restored_on_failure(path: Path) -> Iterator[None]:
    """Put ``path`` back as it was (its bytes, or no file) if the block fails or is stopped."""
    from ktimeline.writer import write_atomically

    try:
        before: bytes | None = path.read_bytes()
    except FileNotFoundError:
        before = None
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):
            if before is None:
                path.unlink(missing_ok=True)
            else:
                write_atomically(path, before)
        raise


def _day_written(path: Path) -> str | None:
    """The day a library file was last written (its source added), YYYY-MM-DD."""
    from datetime import datetime

    try:
        return datetime.fromtimestamp(path.stat().st_mtime).date().isoformat()
    except OSError:
        return None


def _named(
    events: Sequence[Event], file_name: str, taken: Sequence[str], *, address: str | None = None
) -> Sequence[Event]:
    """The events, their source given a name of its own when its label is taken, and
    ``address`` when given (a replaced source's, kept when the import gives none)."""
    from msgspec.structs import replace

    sources = {event.source for event in events if event.source is not None}
    renamed = {}
    for source in sources:
        changed = source if address is None else replace(source, address=address)
        label = source.label
        name = distinct_name(label, source.publication, file_name, taken) if label else None
        if name is not None:
            changed = replace(changed, name=name)
        if changed != source:
            renamed[source] = changed
    if not renamed:
        return events
    return [
        event._replace(source=renamed[event.source]) if event.source in renamed else event
        for event in events
    ]


def remove_source(directory: Path, name: str, timeout: float | None = None) -> SourceSummary:
    """Remove the source ``name`` stands for (see ``find_source``) from the library."""
    from ktimeline.writer import locked

    with locked(directory / LOCK_NAME, timeout, what=f"the library {directory}"):
        source = find_source(library_sources(directory), name)
        for path in (source.path, actors_beside(source.path)):  # the events, then actors
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise UsageError(f"cannot remove {path}: {exc.strerror or exc}") from None
    return source
