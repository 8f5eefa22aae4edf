"""The knowledge base of the field, read from data/knowledge/ when an import first needs it.

Three JSON Lines files ship with the package (each record with the sources that support it):

- ``actors.jsonl``: the states, organisations and people of Korean-peninsula and Northeast-Asian
  affairs since 1945, every name form a text uses, and the offices people held with their
  dates (``roles``), so that a title and a surname can be resolved by the entry's date;
- ``places.jsonl``: sites, seas, rivers and cities with their name forms;
- ``topics.jsonl``: for each tag, the word forms (regular expressions) that report it.

Only the importer reads them, and only when it runs: queries on the bundled data never do
(start-up is part of the product). The bundled article's own actors (data/actors.jsonl) and a
user's actor files take precedence: the knowledge base only adds what they lack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeVar

import msgspec

from ktimeline.loader import bundled_path

if TYPE_CHECKING:
    from pathlib import Path


R = TypeVar("R")


class RoleRecord(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """An office held: "President" of "South Korea" from a day to a day (None: still held)."""

    title: str
    of: str
    start: str = msgspec.field(name="from")
    end: str | None = msgspec.field(name="to", default=None)

    def held_on(self, day: str) -> bool:
        """Whether the office was held on ``day`` (an ISO date, or a prefix: "1998", "1998-03")."""
        first, last = day, day
        if len(day) == 4:
            first, last = f"{day}-01-01", f"{day}-12-31"
        elif len(day) == 7:
            first, last = f"{day}-01", f"{day}-31"
        return self.start <= last and (self.end is None or self.end >= first)


class KnownActor(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    kind: str
    sources: tuple[str, ...]
    affiliation: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[RoleRecord, ...] = ()
    since: str | None = None  # a state that exists from this day (Russia)…
    predecessor: str | None = None  # …and the state its names meant before (Soviet Union)


class KnownPlace(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    kind: str | None
    country: str | None
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()


class TopicRecord(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    tag: str
    forms: tuple[str, ...]
    description: str | None = None


@dataclass(frozen=True)
class Topic:
    tag: str
    description: str | None
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Knowledge:
    actors: dict[str, KnownActor]
    places: dict[str, KnownPlace]
    topics: tuple[Topic, ...]


class KnowledgeError(ValueError):
    """A knowledge-base file of the package does not read (a broken install)."""


def _read(path: Path, kind: type[R]) -> list[R]:
    decoder = msgspec.json.Decoder(kind)
    records: list[R] = []
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if line.strip():
            try:
                records.append(decoder.decode(line))
            except msgspec.ValidationError as exc:
                raise KnowledgeError(f"{path}:{number}: {exc}") from None
    return records


def topic_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a tag's word forms, matched as whole words, case-insensitively except
    for forms written in capitals ("UN", "NPT"), which must be capitals in the text."""
    parts = []
    for form in forms:
        bare = form.replace("\\", "")
        exact = len(bare) <= 5 and bare.upper() == bare and any(c.isalpha() for c in bare)
        parts.append(form if exact else f"(?i:{form})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@cache
def knowledge() -> Knowledge:
    """The knowledge base, read once per process."""
    actors = _read(bundled_path("knowledge/actors.jsonl"), KnownActor)
    places = _read(bundled_path("knowledge/places.jsonl"), KnownPlace)
    topics = _read(bundled_path("knowledge/topics.jsonl"), TopicRecord)
    return Knowledge(
        actors={actor.name: actor for actor in actors},
        places={place.name: place for place in places},
        topics=tuple(Topic(t.tag, t.description, topic_pattern(t.forms)) for t in topics),
    )
