"""What a command hands to a renderer: the rows it found and what they answer.

Renderers know nothing of filtering; commands know nothing of formats. A Report is the whole
interface between them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from ktimeline.immutable import Value
from ktimeline.records import EVENT_COLUMNS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ktimeline.model import Actor, Event, Statement
    from ktimeline.search import Match
    from ktimeline.stats import Bucket
    from ktimeline.vocabulary import Vocabulary


class Kind:
    """What a report's rows are (plain strings: they double as the renderers' kinds)."""

    EVENTS = "events"
    QUOTES = "quotes"
    ACTORS = "actors"
    TAGS = "tags"
    STATS = "stats"


class EventRow(NamedTuple):
    """An event in an answer: with its score and why it matched (search), or as a
    neighbour (show's context)."""

    event: Event
    score: float | None = None  # search only
    marks: tuple[tuple[int, int], ...] = ()  # spans of the text to highlight
    context: bool = False  # shown by `show --context` as a neighbour, not asked for
    matched: tuple[Match, ...] = ()  # search only: why it matched
    possible: bool = False  # only possibly in the dates asked for (listed by --overlap)
    # events of other sources judged to report the same happening (``show``, ``--dedupe``):
    # (their source's name, their id, why they were linked); see ktimeline.happenings
    reported_by: tuple[tuple[str, str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The event's JSON record, with ``score`` (rounded to 0.1) and ``matched`` (why)
        when there are, and ``reported_by`` (the same happening in other sources), its keys
        in the order of EVENT_COLUMNS."""
        from ktimeline.model import event_to_record

        record = event_to_record(self.event, self.score)
        if self.matched:
            record["matched"] = [match.to_dict() for match in self.matched]
        if self.reported_by:
            record["reported_by"] = [
                {"source": source, "id": event_id, "reason": reason}
                for source, event_id, reason in self.reported_by
            ]
        return {key: record[key] for key in EVENT_COLUMNS if key in record}


class QuoteRow(NamedTuple):
    """A statement in an answer, with its event (and score, when a query chose it)."""

    event: Event
    statement: Statement
    score: float | None = None
    marks: tuple[tuple[int, int], ...] = ()  # spans of the quote to highlight
    possible: bool = False  # only possibly in the dates asked for (listed by --overlap)

    def to_dict(self) -> dict[str, Any]:
        """date, speaker, quote, about, event_id (and score)."""
        record: dict[str, Any] = {
            "date": self.event.date,
            "speaker": self.statement.speaker,
            "quote": self.statement.quote,
            "about": self.statement.about,
            "event_id": self.event.id,
        }
        if self.score is not None:
            record["score"] = round(self.score, 1)
        return record


class ActorRow(Value):
    """An actor with the number of events it takes part in and of statements it makes."""

    __slots__ = ("actor", "events", "statements")
    actor: Actor
    events: int
    statements: int

    def __init__(self, actor: Actor, events: int, statements: int) -> None:
        self._set(actor=actor, events=events, statements=statements)

    def to_dict(self) -> dict[str, Any]:
        """name, kind, affiliation, role, events, statements, aliases (the order of every
        format: docs/schema.md, "Columns of every format")."""
        actor = self.actor
        return {
            "name": actor.name, "kind": actor.kind, "affiliation": actor.affiliation,
            "role": actor.role, "events": self.events, "statements": self.statements,
            "aliases": list(actor.aliases),
        }  # fmt: skip


class TagRow(Value):
    """A tag with its description and number of events."""

    __slots__ = ("description", "events", "name")
    name: str
    description: str | None
    events: int

    def __init__(self, name: str, description: str | None, events: int) -> None:
        self._set(name=name, description=description, events=events)

    def to_dict(self) -> dict[str, Any]:
        """tag, events, description (as every format names and orders them)."""
        return {"tag": self.name, "events": self.events, "description": self.description}


IN_RANGE = ("certain", "possible")  # the values of the in_range field of marked rows


def in_range_mark(row: EventRow | QuoteRow) -> str:
    """ "certain" or "possible": how a row of a marked report stands to the dates asked."""
    return IN_RANGE[row.possible]


if TYPE_CHECKING:
    Row = EventRow | QuoteRow | ActorRow | TagRow | Bucket


class Report(Value):
    __slots__ = (
        "by", "detail", "events", "kind", "marked", "names", "note", "rows", "scored", "span",
        "title", "total",
    )  # fmt: skip
    kind: str  # a Kind
    rows: Sequence[Row]
    title: str  # what was asked, e.g. 'search "Sohae"' or "range 2019-11-01 – 2019-11-30"
    detail: bool  # `show` and `actors NAME`: every field of each row
    scored: bool  # rows carry a search score
    by: str | None  # stats: what was counted; listings: the lanes of -f html (--by)
    span: tuple[str, str] | None  # the period asked for (range), as ISO days
    events: Sequence[Event]  # stats: the events counted (for -f html's timeline)
    marked: bool  # rows say whether they are certainly or only possibly in the dates asked
    note: str | None  # a closing line (events left out that may fall in the dates asked)
    total: int | None  # how many matched, when --limit showed fewer
    # the names the data knows (actors, places, tags, terms, with their aliases): what search
    # read the question with, for -f html's filter box to read its own the same way
    names: Vocabulary | None

    def __init__(
        self,
        kind: str,
        rows: Sequence[Row],
        title: str,
        detail: bool = False,
        scored: bool = False,
        by: str | None = None,
        span: tuple[str, str] | None = None,
        events: Sequence[Event] = (),
        marked: bool = False,
        note: str | None = None,
        total: int | None = None,
        names: Vocabulary | None = None,
    ) -> None:
        self._set(kind=kind, rows=rows, title=title, detail=detail, scored=scored, by=by,
                  span=span, events=events, marked=marked, note=note, total=total,
                  names=names)  # fmt: skip

    @property
    def noun(self) -> str:
        count = len(self.rows)
        singular = {
            Kind.EVENTS: "event", Kind.QUOTES: "statement", Kind.ACTORS: "actor",
            Kind.TAGS: "tag", Kind.STATS: "group",
        }[self.kind]  # fmt: skip
        if self.total is not None and self.total > count:  # --limit cut the list
            return f"{count} of {self.total} {singular}s"
        return f"{count} {singular}{'' if count == 1 else 's'}"

    @property
    def heading(self) -> str:
        """What was asked and, when --limit cut the list, how much of it is shown: the title
        of a markdown list, a calendar or a timeline ("range 2019 --actor X · 3 of 7 events")."""
        return f"{self.title} · {self.noun}" if self.total is not None else self.title


def record_of(
    row: object, *, scored: bool = True, by: str | None = None, marked: bool = False
) -> dict[str, Any]:
    """The JSON object for one row of any kind: its ``to_dict()``, without what search adds
    (score, matched) unless ``scored``, and with what a stats bucket counted (``by``);
    ``in_range`` (certain or possible) for an event or a quote when ``marked``."""
    record = _record_of(row, scored, by)
    if marked and isinstance(row, (EventRow, QuoteRow)):
        record["in_range"] = in_range_mark(row)
    return record


def _record_of(row: object, scored: bool, by: str | None) -> dict[str, Any]:
    from ktimeline.model import Event
    from ktimeline.stats import Bucket

    if isinstance(row, Event):
        return row.to_dict()
    if isinstance(row, EventRow):
        return (row if scored else row._replace(score=None, matched=())).to_dict()
    if isinstance(row, QuoteRow):
        return (row if scored else row._replace(score=None)).to_dict()
    if isinstance(row, (ActorRow, TagRow)):
        return row.to_dict()
    if isinstance(row, Bucket):
        return {"by": by, **row.to_dict()}
    from ktimeline.library import SourceSummary

    if isinstance(row, SourceSummary):
        return row.to_dict()
    raise TypeError(f"cannot render {type(row).__name__}")
