"""Filters and listings over events: pure functions, no I/O.

Dates compare as ISO strings: an event covers ``event.start`` .. ``event.end`` (its partial
date's whole span). For a range of dates an event is *certain* when its whole span lies inside
the range, and only *possible* when its span overlaps the range without lying inside it (an
event known only to "Dec 2019" may or may not fall in 2–8 December). Listings show the
certain events, and the possible ones only when asked (``Filters.overlap``); a ``Selection``
keeps the two apart so that the ones left out can be counted.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from ktimeline.errors import InvalidArgumentError, UnknownNameError
from ktimeline.immutable import Value
from ktimeline.model import SECTIONS, Event, Statement
from ktimeline.vocabulary import WORDS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from datetime import date

    from ktimeline.loader import Chronology
    from ktimeline.vocabulary import NameIndex, NameNote

T = TypeVar("T")


NameCondition = tuple[str, ...]  # canonical names, any of which satisfies the condition


class Selection(NamedTuple):
    """The events a filter selects: those certainly in its dates, and those possibly in them."""

    certain: list[Event]
    possible: list[Event]  # overlap the dates without lying wholly inside them
    listed: bool  # the possible events are listed too (after the certain ones)

    @property
    def events(self) -> list[Event]:
        """What a listing shows: the certain events, then the possible ones if listed."""
        return self.certain + self.possible if self.listed else self.certain

    @property
    def unlisted(self) -> list[Event]:
        """Possible events left out of the listing (to be counted in a closing note)."""
        return [] if self.listed else self.possible


def names_of(keyword: str) -> Callable[[Event], Iterable[str]]:
    """The names an event has for one filter by names (see ``defaults.NAME_FILTERS``)."""
    return _EVENT_NAMES[keyword]


def _source_names(event: Event) -> tuple[str, ...]:
    label = event.source_label
    return (label,) if label is not None else ()


_EVENT_NAMES: dict[str, Callable[[Event], Iterable[str]]] = {
    "actors": lambda event: event.involved,
    "tags": lambda event: event.tags,
    "places": lambda event: event.places,
    "sources": _source_names,
}


class Filters(Value):
    """The filters every listing shares, already resolved to canonical names.

    ``names`` holds, for each filter by names of ``defaults.NAME_FILTERS`` that was given
    (keyed by its keyword: "actors", "tags", "places", "sources"), conditions that must all
    hold; each condition is a tuple of names, any of which satisfies it
    (``{"tags": (("missile-test", "weapons-test"),)}``: either tag). ``notes`` say which
    names were read as others (see ``NameNote``).
    """

    __slots__ = ("end", "names", "notes", "overlap", "section", "start")
    start: date | None
    end: date | None
    names: Mapping[str, tuple[NameCondition, ...]]
    section: str | None
    notes: tuple[NameNote, ...]
    overlap: bool  # also list events whose span only overlaps start..end

    def __init__(
        self,
        start: date | None = None,
        end: date | None = None,
        names: Mapping[str, tuple[NameCondition, ...]] | None = None,
        section: str | None = None,
        notes: tuple[NameNote, ...] = (),
        overlap: bool = False,
    ) -> None:
        given = {keyword: conditions for keyword, conditions in (names or {}).items() if conditions}
        self._set(start=start, end=end, names=given, section=section, notes=notes,
                  overlap=overlap)  # fmt: skip

    def __bool__(self) -> bool:
        return any((self.start, self.end, self.names, self.section))

    def select(self, events: Iterable[Event]) -> Selection:
        """The matching events, certain and possible apart, each in the order given."""
        if not self:
            return Selection(list(events), [], self.overlap)
        low = self.start.isoformat() if self.start else None
        high = self.end.isoformat() if self.end else None
        wanted = [
            (names_of(keyword), [frozenset(names) for names in conditions])
            for keyword, conditions in self.names.items()
        ]
        certain: list[Event] = []
        possible: list[Event] = []
        for event in events:
            if (low is not None and event.end < low) or (high is not None and event.start > high):
                continue  # wholly outside the dates
            if self.section is not None and event.section != self.section:
                continue
            if not all(
                not names.isdisjoint(has(event))
                for has, conditions in wanted
                for names in conditions
            ):
                continue
            inside = (low is None or event.start >= low) and (high is None or event.end <= high)
            (certain if inside else possible).append(event)
        return Selection(certain, possible, self.overlap)

    def apply(self, events: Iterable[Event]) -> list[Event]:
        """The events a listing shows (see ``Selection.events``)."""
        if not self:
            return list(events)
        return self.select(events).events


ALTERNATIVES = ","  # "missile-test,weapons-test": either (no canonical name holds a comma)


def conditions(argument: str, value: str | Sequence[str | Sequence[str]]) -> list[list[str]]:
    """Names as given -> conditions (all must hold) of alternatives (any may).

    A string is one condition; commas in it separate alternatives ("Trump,Moon": either),
    unless the whole string is one name. A sequence holds several conditions, each a string
    (commas as above) or a sequence of alternatives. ``[]`` and ``()`` are no condition."""
    items = [value] if isinstance(value, str) else list(value)
    found: list[list[str]] = []
    for item in items:
        names = [item] if isinstance(item, str) else list(item)
        alternatives: list[str] = []
        for name in names:
            if not isinstance(name, str):
                raise InvalidArgumentError(argument, value, "must hold names (strings)")
            alternatives.extend(part.strip() for part in name.split(ALTERNATIVES))
        alternatives = [name for name in alternatives if name]
        if not alternatives:
            raise InvalidArgumentError(argument, item, "is empty")
        found.append(list(dict.fromkeys(alternatives)))
    return found


def read_names(
    index: NameIndex,
    argument: str,
    value: str | Sequence[str | Sequence[str]],
    *,
    several: bool = False,
    files: Mapping[str, Sequence[str]] | None = None,
) -> tuple[tuple[NameCondition, ...], list[NameNote]]:
    """Conditions of canonical names, and notes on names not read exactly.

    A string holding commas is first tried as one name (a user's data may have one).
    ``several``: the names are sources', read as ``source_named`` reads them (a name
    several sources share stands for all of them, unless it is one source's own name);
    ``files``: the file names of each source, its own names too (``library.file_names``)."""
    own = None if not files else (lambda canonical: (canonical, *files.get(canonical, ())))
    notes: list[NameNote] = []
    resolved: list[NameCondition] = []
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if isinstance(item, str) and ALTERNATIVES in item and len(index.lookup(item)) == 1:
            resolved.append(index.lookup(item))
            continue
        for alternatives in conditions(argument, [item]):
            names: list[str] = []
            for name in alternatives:
                if several:
                    chosen, note = source_named(
                        index, name, argument=argument, several=True, own=own
                    )
                else:
                    canonical, note = index.read(name, argument=argument)
                    chosen = (canonical,)
                names.extend(canonical for canonical in chosen if canonical not in names)
                if note is not None:
                    notes.append(note)
            resolved.append(tuple(names))
    return tuple(resolved), notes


def source_named(
    index: NameIndex,
    name: str,
    *,
    argument: str,
    several: bool,
    own: Callable[[str], Iterable[str | None]] | None = None,
) -> tuple[tuple[str, ...], NameNote | None]:
    """The one rule for naming a source, shared by ``--source`` and ``sources remove``:
    what ``name`` stands for among the sources of ``index`` (canonical: each source's name).

    1. A source's own name, exactly (in any case; ``own(canonical)``, default the canonical
       name itself: what `sources` prints in its ``source`` column; a library also gives
       each source's file name and address): that source alone, even when it is also other
       sources' title or begins other sources' names. Of several whose own names fold alike
       (a file's name "timeline-2008" and another's title "Timeline: 2008"), the one whose
       name is written so.
    2. A name that several sources have, exactly or by all its words (a title they share, a
       publisher): all of them when ``several`` (a filter), else an ambiguity error naming
       them (a removal takes one source).
    3. Else as every name is read (``NameIndex.read``): one source by a prefix or despite a
       typo (with a note), an error with the candidates when unknown or ambiguous."""
    from ktimeline.folding import fold

    wanted = fold(name)
    names_of = own or (lambda canonical: (canonical,))
    mine = [c for c in index.names if any(n and fold(n) == wanted for n in names_of(c))]
    if len(mine) > 1:  # folded alike, written alike only one ("a-b" a file's name, "A: b" a title)
        written = name.casefold()
        mine = [c for c in mine if any(n and n.casefold() == written for n in names_of(c))] or mine
    if len(mine) == 1:
        return (mine[0],), None
    if several:
        found, how = index.find(name)
        if len(found) > 1 and how in (None, WORDS):
            return found, None
    canonical, note = index.read(name, argument=argument)
    return (canonical,), note


def resolve_filters(
    chronology: Chronology,
    *,
    start: date | None = None,
    end: date | None = None,
    section: str | None = None,
    overlap: bool = False,
    source_files: Mapping[str, Sequence[str]] | None = None,
    **names: str | Sequence[str | Sequence[str]],
) -> Filters:
    """Turn the names a caller gave into canonical names (see ``conditions`` for the forms).

    ``names``: a value for each filter by names (``defaults.NAME_FILTERS``: actors, tags,
    places, sources). A name is read as ``NameIndex.read`` reads it: exactly, by its words,
    by a prefix, or despite a typo (with a note); an ambiguous or unknown name raises an
    error carrying the candidates (a source's publisher stands for all its sources).
    ``source_files``: each source's file names, which name it alone too (see ``read_names``)."""
    from ktimeline.defaults import NAME_FILTER_KEYWORDS

    if section is not None and section not in SECTIONS:
        raise InvalidArgumentError("section", section, f"must be {' or '.join(SECTIONS)}")
    notes: list[NameNote] = []
    resolved: dict[str, tuple[NameCondition, ...]] = {}
    for keyword, value in names.items():
        if keyword not in NAME_FILTER_KEYWORDS:
            raise InvalidArgumentError(keyword, value, "is not a filter")
        if not value and not isinstance(value, str):
            continue  # not given (None, [] or ()): no index is built, nor its table read
        index = chronology.name_index(keyword)
        several = keyword == "sources"
        conditions, read_notes = read_names(
            index, keyword, value, several=several, files=source_files if several else None
        )
        notes.extend(read_notes)
        resolved[keyword] = conditions
    return Filters(
        start=start, end=end, names=resolved, section=section, notes=tuple(notes),
        overlap=overlap,
    )  # fmt: skip


def limit_and_order(
    items: Sequence[T],
    *,
    reverse: bool = False,
    limit: int | None = None,
    possible_only: Callable[[T], bool] | None = None,
) -> list[T]:
    """Reverse (newest first; least relevant first when sorted by relevance) and then keep
    the first ``limit`` items (1 or more).

    Items for which ``possible_only`` is true (events only possibly in the dates) stay after the
    others when reversed."""
    if limit is not None and limit < 1:  # 0 would list nothing and say the query matched
        raise InvalidArgumentError(
            "limit", limit, f"must be 1 or more, not {limit} (leave it out to list every result)"
        )
    ordered = list(reversed(items)) if reverse else list(items)
    if reverse and possible_only is not None:
        ordered = [i for i in ordered if not possible_only(i)] + [
            i for i in ordered if possible_only(i)
        ]
    return ordered if limit is None else ordered[:limit]


def statements_of(
    events: Iterable[Event], speaker: str | None = None
) -> list[tuple[Event, Statement]]:
    """Every (event, statement) pair, optionally only those of one canonical speaker."""
    return [
        (event, statement)
        for event in events
        for statement in event.statements
        if speaker is None or statement.speaker == speaker
    ]


class ContextRow(Value):
    """An event shown by ``show``: one asked for, or one of its neighbours (``--context``)."""

    __slots__ = ("asked", "event")
    event: Event
    asked: bool

    def __init__(self, event: Event, asked: bool) -> None:
        self._set(event=event, asked=asked)


def with_context(chronology: Chronology, ids: Sequence[str], context: int = 0) -> list[ContextRow]:
    """The asked-for events and ``context`` neighbours either side, in date order, like grep -C."""
    if context < 0:
        raise InvalidArgumentError("context", context, f"must be 0 or more, not {context}")
    positions = chronology.position
    missing = [event_id for event_id in ids if event_id not in positions]
    if missing:
        raise unknown_id(chronology, missing[0])
    asked = {positions[event_id] for event_id in ids}
    shown: set[int] = set()
    for index in asked:
        shown.update(
            range(max(0, index - context), min(len(chronology.events), index + context + 1))
        )
    return [ContextRow(chronology.events[i], i in asked) for i in sorted(shown)]


def unknown_id(chronology: Chronology, event_id: str) -> UnknownNameError:
    """The error for an id not in the data, with the nearest ids as candidates."""
    return UnknownNameError("event id", event_id, nearest_ids(chronology.position, event_id))


def nearest_ids(ids: Iterable[str], event_id: str) -> tuple[str, ...]:
    """Ids like ``event_id``: close in spelling, else sharing the most of its words."""
    from ktimeline.folding import close_matches

    known = list(ids)
    close = close_matches(event_id, known, cutoff=0.8)
    if not close:  # ids are long; try the words of the id against the words of ids
        wanted = set(event_id.split("-"))
        close = sorted(known, key=lambda i: -len(wanted & set(i.split("-"))))[:3]
        close = [i for i in close if wanted & set(i.split("-"))]
    return tuple(close)


class NameCount(Value):
    __slots__ = ("events", "name", "statements")
    name: str
    events: int
    statements: int

    def __init__(self, name: str, events: int, statements: int = 0) -> None:
        self._set(name=name, events=events, statements=statements)


def actor_counts(events: Iterable[Event]) -> dict[str, NameCount]:
    """Per actor: events it takes part in (or speaks in) and statements it makes."""
    involved: Counter[str] = Counter()
    spoken: Counter[str] = Counter()
    for event in events:
        involved.update(event.involved)
        spoken.update(s.speaker for s in event.statements)
    return {name: NameCount(name, involved[name], spoken[name]) for name in involved}


def tag_counts(events: Iterable[Event]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(event.tags)
    return counts
