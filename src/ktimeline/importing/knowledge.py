"""The knowledge base of the field, read from data/knowledge/ when an import first needs it.

Three JSON Lines files ship with the package (each record with the sources that support it):

- ``actors.jsonl``: the states, organisations and people of Korean-peninsula and Northeast-Asian
  affairs since 1945, every name form a text uses, and the offices people held with their
  dates (``roles``), so that a title and a surname can be resolved by the entry's date;
- ``places.jsonl``: sites, seas, rivers and cities with their name forms;
- ``topics.jsonl``: for each tag, the word forms (regular expressions) that report it.

Beside them, files of the same shape named ``actors.SCRIPTS.jsonl`` and ``places.SCRIPTS.jsonl``
(``actors.cjk-cyrillic.jsonl``: the Hangul, Chinese, Japanese and Cyrillic forms) add name forms
to records of the main files, each record naming one of them with its kind and the sources of
its forms; a record of a name the main file lacks, or of another kind, is an error.

Only the importer reads them, and only when it runs: queries on the bundled data never do
(start-up is part of the product). The bundled article's own actors (data/actors.jsonl) and a
user's actor files take precedence: the knowledge base only adds what they lack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, TypeVar

import msgspec

from ktimeline.loader import bundled_path

if TYPE_CHECKING:
    from collections.abc import Iterable
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
        return held_during(day, self.start, self.end)


def first_day(date: str) -> str:
    """The first day an ISO date of any precision covers ("1990" is 1990-01-01)."""
    return date + "-01-01"[len(date) - 4 :]


def last_day(date: str) -> str:
    """The last day an ISO date of any precision covers, for comparing as text ("1990" is
    1990-12-31; "1990-02" is 1990-02-31, which sorts after each of its days)."""
    return date + "-12-31"[len(date) - 4 :]


def held_during(day: str, start: str, end: str | None) -> bool:
    """Whether an office held from ``start`` to ``end`` (None: still held) overlaps ``day``,
    each an ISO date of any precision compared by the days it covers: an office whose
    source ends it in "1990" was held on 1990-09-01 (as text, "1990" sorts before it)."""
    return first_day(start) <= last_day(day) and (end is None or last_day(end) >= first_day(day))


def left_before(day: str, end: str | None) -> bool:
    """Whether an office ending ``end`` had certainly ended before ``day`` began."""
    return end is not None and last_day(end) < first_day(day)


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
    # a force: the state (or the UN) whose armed forces it is, for "U.S. troops", "UN forces";
    # with ``since``, the day it was founded (no force of that state before)
    forces_of: str | None = None
    # words one of which an entry must hold for a name form to mean this actor, where other
    # things bear the name ("Georgia": the country by "Tbilisi" or "Russia", not the US state);
    # without one the name is left unresolved and reported
    cues: tuple[str, ...] = ()
    # name forms another record owns that mean this one where the entry has set its context
    # before them (``context_cues``): the bare "Ministry of National Defense" is South Korea's,
    # China's after "China" or "Chinese" in the entry
    context_forms: tuple[str, ...] = ()
    context_cues: tuple[str, ...] = ()


class KnownPlace(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    kind: str | None
    country: str | None
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    # as an actor's: "Kumsusan Palace" is the mausoleum, the State Guesthouse after "talks"
    context_forms: tuple[str, ...] = ()
    context_cues: tuple[str, ...] = ()


class TopicRecord(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    tag: str
    forms: tuple[str, ...]
    description: str | None = None


@dataclass(frozen=True)
class Topic:
    tag: str
    description: str | None
    pattern: re.Pattern[str]
    # The letters every match of a form starts with (lower case, at least three); None: a
    # form may start otherwise. The pattern is tried only where a word starts so (searching
    # 37 patterns in each of 10,000 entries took 5 s).
    cues: frozenset[str] | None = None


@dataclass(frozen=True)
class ContextReadings:
    """Name forms read by the entry's context: the records that read each form (lower case)
    besides the record that owns it, and every record's cue pattern (``context_cues``; an
    owner's own cues, as South Korea's for its ministry, hold its forms against the others)."""

    by_form: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cues: dict[str, re.Pattern[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Knowledge:
    actors: dict[str, KnownActor]
    places: dict[str, KnownPlace]
    topics: tuple[Topic, ...]
    by_context: ContextReadings = field(default_factory=lambda: ContextReadings())


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


CUE_LENGTH = 2  # the fewest letters of a cue ("UN": the enricher looks two-letter cues up too)
LONGEST_CUE = 10


def form_cues(form: str) -> set[str] | None:
    """The lower-case starts (at most three letters) of every text a form matches, read from
    its leading literal letters or from each branch of a leading group; None when a form may
    start otherwise (then the tag's pattern is always searched). A lookbehind that opens a
    form takes no letters: the cues are those of what follows it ("(?<!National )Security
    Council" starts "security c")."""
    if form.startswith(("(?<!", "(?<=")):
        close = form.find(")")
        if close == -1 or "(" in form[4:close] or "\\" in form[4:close]:
            return None
        return form_cues(form[close + 1 :])
    if form.startswith("(?:"):
        depth, end = 0, -1
        for index, char in enumerate(form):
            if char == "(" and form[index - 1 : index] != "\\":
                depth += 1
            elif char == ")" and form[index - 1 : index] != "\\":
                depth -= 1
                if depth == 0:
                    end = index
                    break
        if end == -1 or form[end + 1 : end + 2] in {"?", "*"}:
            return None
        branches, depth, start = [], 0, 3
        for index in range(3, end):
            char = form[index]
            depth += char == "("
            depth -= char == ")"
            if char == "|" and depth == 0:
                branches.append(form[start:index])
                start = index + 1
        branches.append(form[start:end])
        return _all_cues(branches)
    literal: list[str] = []
    index = 0
    while index < len(form) and len(literal) < LONGEST_CUE:
        char = form[index]
        if char == "\\" and index + 1 < len(form) and not form[index + 1].isalnum():
            char, index = form[index + 1], index + 1
        elif not (char.isalnum() or char in " '’-"):
            break
        if form[index + 1 : index + 2] in {"?", "*", "{"}:
            break  # an optional letter: "fires?" starts "fire" or "fir"
        literal.append(char.lower())
        index += 1
    return {"".join(literal)} if literal else None


def _all_cues(forms: Iterable[str]) -> set[str] | None:
    """The cues of every form (the branches of an alternation, a topic's forms); None when
    one of them has none, so that no word can be skipped for lacking a cue."""
    cues: set[str] = set()
    for form in forms:
        found = form_cues(form)
        if found is None:
            return None
        cues |= found
    return cues


def topic_cues(forms: tuple[str, ...]) -> frozenset[str] | None:
    cues = _all_cues(forms)
    if cues is None:
        return None
    if any(len(cue) < CUE_LENGTH for cue in cues):
        return None  # (one letter: every word would be a candidate)
    return frozenset(cues)


def topic_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a tag's word forms, matched as whole words, case-insensitively except
    for forms written in capitals ("UN", "NPT"), which must be capitals in the text."""
    parts = []
    for form in forms:
        bare = form.replace("\\", "")
        exact = len(bare) <= 5 and bare.upper() == bare and any(c.isalpha() for c in bare)
        parts.append(form if exact else f"(?i:{form})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def literal_topic(tag: str, synonyms: tuple[str, ...], description: str | None) -> Topic:
    """A tag of the tags table, found by its synonyms as written (the tags table's own
    knowledge, used beside the lexicon's word forms)."""
    forms = tuple(re.escape(synonym) for synonym in synonyms if synonym.strip())
    return Topic(tag, description, topic_pattern(forms), topic_cues(forms) if forms else None)


def context_readings(records: Iterable[KnownActor | KnownPlace]) -> ContextReadings:
    """The records' ``context_forms`` and ``context_cues``."""
    readings = ContextReadings()
    for record in records:
        if not record.context_cues:
            continue
        words = "|".join(map(re.escape, record.context_cues))
        readings.cues[record.name] = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
        for form in record.context_forms:
            key = " ".join(form.lower().split())
            readings.by_form[key] = (*readings.by_form.get(key, ()), record.name)
    return readings


def read_by_context(readings: ContextReadings, owner: str, form: str, text: str, at: int) -> str:
    """The record a name form written at ``at`` in ``text`` means: of the records that read it
    by their context and its owner, the one whose cue stands nearest before it in the entry;
    the owner when none does ("China's defense spokesman said the Ministry of National
    Defense …": China's; "The Ministry of National Defense said …": South Korea's)."""
    others = readings.by_form.get(" ".join(form.lower().split()))
    if not others:
        return owner
    nearest, chosen = -1, owner
    for name in (owner, *others):
        cues = readings.cues.get(name)
        for match in cues.finditer(text, 0, at) if cues is not None else ():
            if match.start() > nearest:
                nearest, chosen = match.start(), name
    return chosen


K = TypeVar("K", KnownActor, KnownPlace)

# the files of further name forms, each beside its main file (one file per set of scripts, so
# that forms of other languages land in files of their own)
FURTHER_FORMS = ("cjk-cyrillic",)


def with_further_forms(records: list[K], further: Iterable[K], path: str) -> list[K]:
    """``records`` with the aliases and sources of each record of ``further`` added to the
    record of its name (each of the same kind)."""
    by_name = {record.name: index for index, record in enumerate(records)}
    for extra in further:
        index = by_name.get(extra.name)
        if index is None or records[index].kind != extra.kind:
            raise KnowledgeError(f"{path}: {extra.name!r} is no {extra.kind} of the main file")
        aliases: tuple[str, ...] = records[index].aliases
        sources: tuple[str, ...] = records[index].sources
        records[index] = msgspec.structs.replace(
            records[index],
            aliases=aliases + tuple(a for a in extra.aliases if a not in aliases),
            sources=sources + tuple(s for s in extra.sources if s not in sources),
        )
    return records


def _read_with_further_forms(stem: str, kind: type[K]) -> list[K]:
    records = _read(bundled_path(f"knowledge/{stem}.jsonl"), kind)
    for scripts in FURTHER_FORMS:
        path = bundled_path(f"knowledge/{stem}.{scripts}.jsonl")
        records = with_further_forms(records, _read(path, kind), path.name)
    return records


@cache
def knowledge() -> Knowledge:
    """The knowledge base, read once per process."""
    actors = _read_with_further_forms("actors", KnownActor)
    places = _read_with_further_forms("places", KnownPlace)
    topics = _read(bundled_path("knowledge/topics.jsonl"), TopicRecord)
    return Knowledge(
        actors={actor.name: actor for actor in actors},
        places={place.name: place for place in places},
        topics=tuple(
            Topic(t.tag, t.description, topic_pattern(t.forms), topic_cues(t.forms)) for t in topics
        ),
        by_context=context_readings([*actors, *places]),
    )
