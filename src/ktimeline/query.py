"""Filters and listings over events: pure functions, no I/O.

Dates compare as ISO strings: an event covers ``event.start`` .. ``event.end`` (its partial
date's whole span), and it is in a range when the two spans overlap.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, TypeVar

from .errors import UsageError
from .model import SECTIONS, Event, Statement
from .values import Value

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date

    from .loader import Chronology

T = TypeVar("T")


class Filters(Value):
    """The filters every listing command shares, already resolved to canonical names."""

    __slots__ = ("actors", "end", "places", "section", "start", "tags")
    start: date | None
    end: date | None
    actors: tuple[str, ...]
    tags: tuple[str, ...]
    places: tuple[str, ...]
    section: str | None

    def __init__(
        self,
        start: date | None = None,
        end: date | None = None,
        actors: tuple[str, ...] = (),
        tags: tuple[str, ...] = (),
        places: tuple[str, ...] = (),
        section: str | None = None,
    ) -> None:
        self._set(start=start, end=end, actors=actors, tags=tags, places=places, section=section)

    def __bool__(self) -> bool:
        return any((self.start, self.end, self.actors, self.tags, self.places, self.section))

    def apply(self, events: Iterable[Event]) -> list[Event]:
        if not self:
            return list(events)
        low = self.start.isoformat() if self.start else None
        high = self.end.isoformat() if self.end else None
        return [
            event
            for event in events
            if (low is None or event.end >= low)
            and (high is None or event.start <= high)
            and all(event.involves(actor) for actor in self.actors)
            and all(tag in event.tags for tag in self.tags)
            and all(place in event.places for place in self.places)
            and (self.section is None or event.section == self.section)
        ]


def resolve_filters(
    chronology: Chronology,
    *,
    start: date | None = None,
    end: date | None = None,
    actors: Sequence[str] = (),
    tags: Sequence[str] = (),
    places: Sequence[str] = (),
    section: str | None = None,
) -> Filters:
    """Turn the names a user typed into canonical names; unknown names raise UsageError."""
    if section is not None and section not in SECTIONS:
        raise UsageError(f"unknown section {section!r}", f"choose {' or '.join(SECTIONS)}")
    return Filters(
        start=start,
        end=end,
        actors=tuple(chronology.actor_index.resolve(name) for name in actors),
        tags=tuple(chronology.tag_index.resolve(name) for name in tags),
        places=tuple(chronology.place_index.resolve(name) for name in places),
        section=section,
    )


def in_range(events: Iterable[Event], start: date, end: date) -> list[Event]:
    """Events whose span overlaps ``start``..``end`` (inclusive)."""
    return Filters(start=start, end=end).apply(events)


def limit_and_order(
    items: Sequence[T], *, reverse: bool = False, limit: int | None = None
) -> list[T]:
    """Reverse (newest first) and then keep the first ``limit`` items."""
    if limit is not None and limit < 0:
        raise UsageError(f"--limit must be 0 or more, not {limit}")
    ordered = list(reversed(items)) if reverse else list(items)
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
        raise UsageError(f"--context must be 0 or more, not {context}")
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


def unknown_id(chronology: Chronology, event_id: str) -> UsageError:
    from difflib import get_close_matches

    ids = list(chronology.position)
    close = get_close_matches(event_id, ids, n=3, cutoff=0.8)
    if not close:  # ids are long; try the words of the id against the words of ids
        wanted = set(event_id.split("-"))
        close = sorted(ids, key=lambda i: -len(wanted & set(i.split("-"))))[:3]
        close = [i for i in close if wanted & set(i.split("-"))]
    hint = (
        f"did you mean {', '.join(close)}?" if close else "run 'ktimeline range 2019' to list ids"
    )
    return UsageError(f"unknown event id {event_id!r}", hint)


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
        involved.update(set(event.actors) | {s.speaker for s in event.statements})
        spoken.update(s.speaker for s in event.statements)
    return {name: NameCount(name, involved[name], spoken[name]) for name in involved}


def tag_counts(events: Iterable[Event]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(event.tags)
    return counts
