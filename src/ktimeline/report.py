"""What a command hands to a renderer: the rows it found and what they answer.

Renderers know nothing of filtering; commands know nothing of formats. A Report is the whole
interface between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from .stats import Bucket

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .model import Actor, Event, Statement


class Kind(str, Enum):
    EVENTS = "events"
    QUOTES = "quotes"
    ACTORS = "actors"
    TAGS = "tags"
    STATS = "stats"


class EventRow(NamedTuple):
    event: Event
    score: float | None = None  # search only
    marks: tuple[tuple[int, int], ...] = ()  # spans of the text to highlight
    context: bool = False  # shown by `show --context` as a neighbour, not asked for


class QuoteRow(NamedTuple):
    event: Event
    statement: Statement
    score: float | None = None
    marks: tuple[tuple[int, int], ...] = ()  # spans of the quote to highlight


class ActorRow(NamedTuple):
    actor: Actor
    events: int
    statements: int


class TagRow(NamedTuple):
    name: str
    description: str | None
    events: int


Row = EventRow | QuoteRow | ActorRow | TagRow | Bucket


@dataclass(frozen=True)
class Report:
    kind: Kind
    rows: Sequence[Row]
    title: str  # what was asked, e.g. 'search "Sohae"' or "range 2019-11-01 – 2019-11-30"
    detail: bool = False  # `show` and `actors NAME`: every field of each row
    scored: bool = False  # rows carry a search score
    by: str | None = None  # stats: what was counted
    citation: str | None = None  # the source the rows come from, when they share one
    span: tuple[str, str] | None = None  # the period asked for (range), as ISO days

    @property
    def noun(self) -> str:
        count = len(self.rows)
        singular = {
            Kind.EVENTS: "event", Kind.QUOTES: "statement", Kind.ACTORS: "actor",
            Kind.TAGS: "tag", Kind.STATS: "group",
        }[self.kind]  # fmt: skip
        return f"{count} {singular}{'' if count == 1 else 's'}"
