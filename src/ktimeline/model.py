"""The typed, immutable model: events, statements, actors, places, tags.

Events are NamedTuples rather than frozen dataclasses: just as immutable and typed, and five
times faster to build (0.7 µs against 3.4 µs measured here), which matters at a million
events. Statements and sources are frozen msgspec Structs: they are at once the model and the
record format's declaration of those objects (``records.EventRecord`` holds them), so that
their fields are declared once and a decoded line's statements and source are used as they
come. The vocabulary's small types are ``Value`` classes, which cost nothing to define at
start-up (see immutable.py). No I/O and no rendering here.

The annotations are objects, not strings (no ``from __future__ import annotations``, here and
in records.py): msgspec reads a Struct's annotations when a query makes its decoder, and
each string would be compiled again in every process (about 2.4M instructions for the event
decoder, 1% of a plain query).
"""

from enum import IntEnum
from typing import Annotated, Any, Literal, NamedTuple

from msgspec import Meta, Struct
from msgspec.structs import asdict

from ktimeline.immutable import Value

Text = Annotated[str, Meta(min_length=1)]  # not empty; "only spaces" is schema's check


class DatePrecision(IntEnum):
    """How precisely a date is known; the written form of a date is its precision."""

    YEAR = 1  # "2019"
    MONTH = 2  # "2019-11"
    DAY = 3  # "2019-11-05"

    @classmethod
    def of(cls, iso: str) -> "DatePrecision":
        return _PRECISION_BY_LENGTH[len(iso)]


_PRECISION_BY_LENGTH = {4: DatePrecision.YEAR, 7: DatePrecision.MONTH, 10: DatePrecision.DAY}


class Statement(Struct, forbid_unknown_fields=True, frozen=True, order=True, gc=False):
    """A quotation in an event: who said it, verbatim, and optionally about whom."""

    speaker: Text
    quote: Text
    about: Text | None = None


class Source(Struct, forbid_unknown_fields=True, frozen=True, order=True, gc=False):
    """Where an event comes from: the article's section and its citation."""

    section: "Section"  # (defined below)
    heading: str | None = None
    author: str | None = None
    title: str | None = None
    publication: str | None = None
    volume: int | None = None
    issue: int | None = None
    published: str | None = None
    pages: str | None = None
    # Where a chronology added to the library came from (see library.py): its web address,
    # the day it was retrieved (YYYY-MM-DD), the file imported, and the SHA-256 of the text
    # read from it (a source imported again is found by its address, else by this).
    address: str | None = None
    retrieved: str | None = None
    file: str | None = None
    sha256: str | None = None
    # The source's name when its title is another source's: given by ``import --add`` when
    # the library (or the bundled chronology) already has a source of that name, so that
    # ``--source`` tells the two apart ("Title (Publisher)", else "Title (file name)").
    name: str | None = None

    @property
    def label(self) -> str | None:
        """What listings and ``--source`` call the source (see ``source_label``)."""
        return source_label(self.name, self.title, self.publication, self.author, self.heading)

    def citation(self) -> str:
        """The citation in the article's preferred form, from whichever fields exist, with
        where and when a source added to the library was read (``retrieved``, ``address``).

        Stephen Noerper, “US-Korea Relations: Gaps Widen, Tensions Rise,” Comparative
        Connections: …, Vol. 21, No. 3, January 2020, pp 41-48

        “TIMELINE: Saga,” Reuters, retrieved 2026-12-05 from https://www.reuters.com/…

        A title closes its quotation marks with a comma only when something follows it; the
        citation ends without a full stop (the renderers end their sentence themselves)."""
        parts: list[str] = []
        if self.author:
            parts.append(self.author)
        if self.title:
            parts.append(f"\u201c{self.title},\u201d")
        if self.publication:
            parts.append(self.publication)
        if self.volume is not None:
            parts.append(f"Vol. {self.volume}")
        if self.issue is not None:
            parts.append(f"No. {self.issue}")
        if self.published:
            parts.append(_month_year(self.published))
        if self.pages:
            parts.append(f"pp {self.pages}")
        if self.retrieved and self.address:
            parts.append(f"retrieved {self.retrieved} from {self.address}")
        elif self.address:
            parts.append(self.address)
        elif self.retrieved:
            parts.append(f"retrieved {self.retrieved}")
        citation = ", ".join(parts).replace(",\u201d,", ",\u201d")
        if citation.endswith(",\u201d"):  # the title last: “Title”
            citation = citation[: -len(",\u201d")] + "\u201d"
        return citation


MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def month_name(number: int, *, short: bool = False) -> str:
    """1 -> "January" ("Jan" when ``short``)."""
    name = MONTH_NAMES[number - 1]
    return name[:3] if short else name


def month_label(key: str) -> str:
    """A month or a year as a heading: "2019-11" -> "November 2019"; "2019" -> "2019 (year
    only)" (an event known only to the year)."""
    if len(key) == 4:
        return f"{key} (year only)"
    return f"{month_name(int(key[5:7]))} {key[:4]}"


def _month_year(iso: str) -> str:
    """ "2020-01" -> "January 2020"; anything else as it is."""
    if len(iso) == 7 and iso[4] == "-" and iso[5:].isdigit() and 1 <= int(iso[5:]) <= 12:
        return month_label(iso)
    return iso


def source_label(
    name: str | None,
    title: str | None,
    publication: str | None,
    author: str | None,
    heading: str | None,
) -> str | None:
    """A source's name in listings and for ``--source``: its own name (given when its title
    was taken), else its title, publication, author or heading (None without any)."""
    return name or title or publication or author or heading


class Event(NamedTuple):
    """One dated entry of a chronology.

    ``date`` and ``end_date`` are kept as written (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``);
    ``start`` and ``end`` are the first and last day the event covers, derived from them by
    :func:`ktimeline.dates.event_span` when the event is built, so that range queries compare
    plain ISO strings.
    """

    id: str
    date: str
    text: str
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    statements: tuple[Statement, ...] = ()
    source: Source | None = None
    end_date: str | None = None
    related: tuple[str, ...] = ()
    start: str = ""
    end: str = ""

    @property
    def precision(self) -> DatePrecision:
        return DatePrecision.of(self.date)

    @property
    def section(self) -> str | None:
        return self.source.section if self.source is not None else None

    @property
    def source_label(self) -> str | None:
        """The name of the source the event comes from (see ``Source.label``)."""
        return self.source.label if self.source is not None else None

    @property
    def main_tag(self) -> str | None:
        """The first tag is the event's main topic (used to group timelines)."""
        return self.tags[0] if self.tags else None

    @property
    def involved(self) -> tuple[str, ...]:
        """Every actor the event involves: its actors, then those who only speak in it."""
        if not self.statements:
            return self.actors
        speakers = [s.speaker for s in self.statements if s.speaker not in self.actors]
        return (*self.actors, *dict.fromkeys(speakers)) if speakers else self.actors

    def involves(self, actor: str) -> bool:
        """True when the actor takes part in the event or speaks in it."""
        return actor in self.involved

    def to_dict(self) -> dict[str, Any]:
        """The event as its JSON record: the fields and field order of data/chronology.jsonl,
        nested (statements and source are objects), optional fields only when set."""
        return event_to_record(self)


class Actor(Value):
    """A person, state, organisation or news outlet, with every name it goes by."""

    __slots__ = ("affiliation", "aliases", "kind", "name", "role")
    name: str
    kind: str
    affiliation: str | None
    role: str | None
    aliases: tuple[str, ...]

    def __init__(
        self,
        name: str,
        kind: str,
        affiliation: str | None = None,
        role: str | None = None,
        aliases: tuple[str, ...] = (),
    ) -> None:
        self._set(name=name, kind=kind, affiliation=affiliation, role=role, aliases=aliases)


class Place(Value):
    """A place events happen at (a city, a launch site…), with its other names."""

    __slots__ = ("aliases", "country", "kind", "name")
    name: str
    kind: str | None
    country: str | None
    aliases: tuple[str, ...]

    def __init__(
        self,
        name: str,
        kind: str | None = None,
        country: str | None = None,
        aliases: tuple[str, ...] = (),
    ) -> None:
        self._set(name=name, kind=kind, country=country, aliases=aliases)


class Tag(Value):
    """A topic from the documented vocabulary; synonyms lead search and --tag to it."""

    __slots__ = ("description", "name", "synonyms")
    name: str
    description: str | None
    synonyms: tuple[str, ...]

    def __init__(
        self, name: str, description: str | None = None, synonyms: tuple[str, ...] = ()
    ) -> None:
        self._set(name=name, description=description, synonyms=synonyms)


class Term(Tag):
    """An acronym or phrase with its spelled-out forms ("SLBM" = "submarine-launched …").

    Search treats an event whose text holds any form as matching the term.
    """

    __slots__ = ()


Section = Literal["chronology", "narrative"]  # the article's part an event comes from
SECTIONS: tuple[Section, ...] = ("chronology", "narrative")


def event_to_record(event: Event, score: float | None = None) -> dict[str, Any]:
    """The JSON object for an event, in the data file's field order.

    Optional fields (end_date, related, source, statement ``about``) appear only when set,
    as in data/chronology.jsonl; ``score`` is added for search results.
    """
    record: dict[str, Any] = {"id": event.id, "date": event.date}
    if event.end_date is not None:
        record["end_date"] = event.end_date
    record["text"] = event.text
    record["actors"] = list(event.actors)
    record["tags"] = list(event.tags)
    record["places"] = list(event.places)
    record["statements"] = [statement_to_record(s) for s in event.statements]
    if event.source is not None:
        record["source"] = {k: v for k, v in asdict(event.source).items() if v is not None}
    if event.related:
        record["related"] = list(event.related)
    if score is not None:
        record["score"] = round(score, 1)
    return record


def statement_to_record(statement: Statement) -> dict[str, str]:
    record = {"speaker": statement.speaker, "quote": statement.quote}
    if statement.about is not None:
        record["about"] = statement.about
    return record
