"""The chronology's record format: JSON -> model values with validation, and back.

The format is declared once, in ``records``; this module adds what a JSON type cannot say
(a slug, a date that exists, text that is not only spaces, a known actor) and words every
failure as a reason a user can act on, without file or line (the loader adds them):
``field 'text' is missing``, ``tags[0] must be a non-empty string, not a number``.

``EVENTS.from_json(line)`` reads one line of bytes (the loader's and the index's way in),
``EVENTS.from_value(value)`` a value already decoded (``event_from_record``); both raise
``RecordError``, and ``from_json`` raises ``NotJSON`` for bytes it cannot decode at all, which
the loader then reads with the json module for its message. ``model.event_to_record`` is
the inverse, with the field order of data/chronology.jsonl, so what ktimeline writes (``-f
jsonl``) loads again unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar, get_args, get_origin

import msgspec
from msgspec.structs import astuple

from ktimeline.dates import event_span
from ktimeline.model import Actor, Event, Place, Source, Statement, Tag, Term
from ktimeline.records import (
    EVENT_FIELDS,
    OUTPUT_ONLY_FIELDS,
    SOURCE_FIELDS,
    STATEMENT_FIELDS,
    ActorRecord,
    EventRecord,
    PlaceRecord,
    TagRecord,
    event_record_for,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

__all__ = [
    "ACTORS",
    "CHECKED_EVENTS",
    "EVENTS",
    "EVENT_FIELDS",
    "ID_PATTERN",
    "OUTPUT_ONLY_FIELDS",
    "PLACES",
    "SOURCE_FIELDS",
    "STATEMENT_FIELDS",
    "TAGS",
    "TERMS",
    "UNDECODED",
    "KeyTwice",
    "NotJSON",
    "RecordError",
    "Span",
    "built_event",
    "event_from_record",
    "forget_shared",
    "lone_surrogate",
    "no_key_twice",
    "refusing_a_key_twice",
]

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_is_slug = ID_PATTERN.fullmatch
MAX_ID_LENGTH = 200

R = TypeVar("R", bound=msgspec.Struct)
T = TypeVar("T")


class RecordError(ValueError):
    """One record is invalid; the message is the reason, without file or line."""


def _empty(path: str, kind: type[msgspec.Struct] = EventRecord) -> RecordError:
    """A text of only spaces at ``path`` of a ``kind`` record (worded by ``reasons``)."""
    from ktimeline.reasons import empty

    return RecordError(empty(kind, path))


class NotJSON(Exception):
    """msgspec did not read these bytes as a record: they are not JSON (or not UTF-8), or
    they are JSON that is not a valid record, or JSON msgspec does not read (NaN, an unpaired
    surrogate escape). The json module then reads them, for its message or for
    ``from_value``, which says what is wrong with the record: every reason comes from one
    place."""


# --- record kinds -----------------------------------------------------------------------------


# What decoding raises for a line that is not a record: not JSON, or JSON that is not a
# valid record (msgspec may refuse a type before it reaches a syntax error further on). The
# json module then reads the line whole, and ``from_value`` says what is wrong.
UNDECODED = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)


class KeyTwice(msgspec.DecodeError):
    """A JSON object of a line holds one key twice (msgspec, like the json module, would
    keep the last value: a silent wrong answer). ``key`` is the key; a decoding error, so
    that a reader of many lines sends the line to the json module (``no_key_twice``), which
    says so."""

    def __init__(self, key: str) -> None:
        super().__init__(f"key {key!r} appears twice")
        self.key = key


def no_key_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The ``object_pairs_hook`` of every json-module read of a record: its object, or
    KeyTwice (the exact test, where ``_may_hold_a_key_twice`` is the quick one)."""
    value = dict(pairs)
    if len(value) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise KeyTwice(key)
            seen.add(key)
    return value


# Where a record kind holds objects within it, found once per Struct (see ``_key_count``):
# the positions of its fields holding a Struct, and of those holding a tuple of Structs.
_nesting: dict[type, tuple[tuple[int, ...], tuple[int, ...]]] = {}


def _is_struct(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, msgspec.Struct)


def _nested(annotation: Any) -> tuple[bool, bool]:
    """(a Struct, a tuple of Structs): what a field of type ``annotation`` may hold."""
    if get_origin(annotation) is tuple:
        return False, _is_struct(get_args(annotation)[0])
    kinds = [annotation] if get_origin(annotation) is Annotated else [*get_args(annotation)]
    kinds = kinds or [annotation]  # (a union, ``Source | None``, else the type itself)
    one = any(_is_struct(kind) for kind in kinds)
    many = any(get_origin(kind) is tuple and _is_struct(get_args(kind)[0]) for kind in kinds)
    return one, many


def _nesting_of(struct: type[msgspec.Struct]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    nested = [_nested(info.type) for info in msgspec.structs.fields(struct)]
    ones = tuple(position for position, (one, _) in enumerate(nested) if one)
    manys = tuple(position for position, (_, many) in enumerate(nested) if many)
    _nesting[struct] = (ones, manys)
    return ones, manys


def _key_count(record: msgspec.Struct) -> int:
    """How many keys the objects of ``record`` hold with a value other than ``null`` (a key
    a line wrote as ``null`` is not counted, nor one within a field of any type: never more
    than the line wrote, once each)."""
    nesting = _nesting.get(type(record))
    if nesting is None:
        nesting = _nesting_of(type(record))
    values = astuple(record)
    count = len(values) - values.count(None)
    ones, manys = nesting
    for position in ones:
        value = values[position]
        if value is not None:
            count += _key_count(value)
    for position in manys:
        for item in values[position] or ():
            count += _key_count(item)
    return count


def _may_hold_a_key_twice(raw: bytes, record: msgspec.Struct) -> bool:
    """Whether the line ``raw``, decoded as ``record``, may hold a key twice in one object
    (False is certain; True is then told exactly by ``no_key_twice``). Every key of the
    line is followed by a colon, so a line with no more colons than ``record`` has keys
    holds none twice (a key twice is one key more than ``record`` has). Colons in strings
    ("10:30", "https:") make a doubt, cleared when the keys' colons alone — each right
    after its key's closing quote, with no space between anywhere in the line — are few
    enough."""
    keys = _key_count(record)
    if raw.count(b":") <= keys:
        return False
    if b"null" in raw:  # keys written as null ("affiliation": null, as other encoders
        # write an empty field) are no keys of ``record``: count the line's distinct keys
        keys = _distinct_keys(msgspec.json.decode(raw))
        if raw.count(b":") <= keys:
            return False
    return (
        raw.count(b'":') > keys or b" :" in raw or b"\t:" in raw or b"\r:" in raw or b"\n:" in raw
    )


def _distinct_keys(value: Any) -> int:
    """How many distinct keys the objects within ``value`` (a decoded line) hold, a key
    written as null included (a key written twice is counted once: fewer than its colons)."""
    if isinstance(value, dict):
        return len(value) + sum(_distinct_keys(item) for item in value.values())
    if isinstance(value, list):
        return sum(_distinct_keys(item) for item in value)
    return 0


def holds_a_key_twice(raw: bytes) -> str | None:
    """The first key an object of the JSON line ``raw`` holds twice, else None: the exact
    test (the json module's, ``no_key_twice``), for a line msgspec decoded."""
    import json

    try:
        json.loads(raw, object_pairs_hook=no_key_twice)
    except KeyTwice as exc:
        return exc.key
    except (ValueError, RecursionError):
        pass
    return None


def refusing_a_key_twice(decode: Callable[[bytes], R]) -> Callable[[bytes], R]:
    """``decode``, raising KeyTwice for a line that holds a key twice in one object (the
    quick test first: a line no more than a fraction of a microsecond slower). The loader's
    record kinds decode through it, and so does any other quick reader of a record's part
    (library.summarize's source: a listing that says what the loader says)."""

    def decode_once_each(raw: bytes) -> R:
        record = decode(raw)
        if raw.count(b":") > _key_count(record) and _may_hold_a_key_twice(raw, record):
            key = holds_a_key_twice(raw)
            if key is not None:
                raise KeyTwice(key)
        return record

    return decode_once_each


class RecordKind(Generic[R, T]):
    """One kind of record: its declaration (a ``records`` Struct) and how a record that fits
    it becomes a model value, with the checks a JSON type cannot make."""

    def __init__(self, struct: type[R], build: Callable[[R], T]) -> None:
        self.struct = struct
        self._decode: Any = None  # made when first needed (a fraction of a millisecond)
        self._build = build

    def _declaration(self, known_actors: Collection[str] | None) -> tuple[type[R], Any]:
        if self._decode is None:
            self._decode = refusing_a_key_twice(msgspec.json.Decoder(self.struct).decode)
        return self.struct, self._decode

    def parts(
        self, known_actors: Collection[str] | None = None
    ) -> tuple[Callable[[bytes], R], Callable[[R], T]]:
        """``(decode, build)``: ``build(decode(line))`` is ``from_json(line)`` for a reader of
        many lines, which catches ``UNDECODED`` itself (and then asks ``from_value``)."""
        return self._declaration(known_actors)[1], self._build

    def from_json(self, raw: bytes, known_actors: Collection[str] | None = None) -> T:
        """The value of one line of JSON. Raises RecordError (a well-formed record whose
        values are wrong: a slug, a date, text of only spaces), or NotJSON."""
        decode = self._declaration(known_actors)[1]
        try:
            record = decode(raw)
        except UNDECODED:
            raise NotJSON from None
        return self._build(record)

    def from_value(self, value: object, known_actors: Collection[str] | None = None) -> T:
        """The value of a decoded JSON value (a dict). Raises RecordError."""
        struct = self._declaration(known_actors)[0]
        try:
            record = msgspec.convert(value, struct)
        except msgspec.ValidationError as exc:
            from ktimeline.reasons import reason

            raise RecordError(reason(self.struct, str(exc), value)) from None
        except RecursionError:
            raise RecordError("nested too deeply") from None
        return self._build(record)


class EventKind(RecordKind[EventRecord, T]):
    """Events; with ``known_actors``, their actors and speakers must be among them (checked
    by a declaration made for that actor table: see ``records.event_record_for``)."""

    def __init__(self, build: Callable[[EventRecord], T]) -> None:
        super().__init__(EventRecord, build)
        self._for: tuple[object, Any, Any] = (None, None, None)  # the last actor table's

    def _declaration(self, known_actors: Collection[str] | None) -> tuple[Any, Any]:
        if known_actors is None:
            return super()._declaration(None)
        if self._for[0] is not known_actors:
            struct = event_record_for(tuple(known_actors) or ("",))
            decode = refusing_a_key_twice(msgspec.json.Decoder(struct).decode)
            self._for = (known_actors, struct, decode)
        return self._for[1], self._for[2]


# Values that repeat across a chronology — names, dates, the source — are shared between
# events rather than held once per event: a million events then fit in a few hundred MB.
_shared: dict[Any, Any] = {}
Span = tuple[str, "str | None", str, str]  # (date, end_date, start, end), shared strings
_spans: dict[tuple[str, str | None], Span] = {}
_lists: dict[tuple[str, ...], tuple[str, ...]] = {}  # name lists already checked


def _share(value: Any) -> Any:
    return _shared.setdefault(value, value)


def forget_shared() -> None:
    """Forget the values shared so far: the events of a read keep what they share, and the
    next read starts afresh (called when a read ends: see ``loader.bulk_allocation``)."""
    _shared.clear()
    _spans.clear()
    _lists.clear()


def _shared_names(names: tuple[str, ...] | None) -> tuple[str, ...]:
    """A list of names as a shared tuple (lists repeat: the same actors, the same tags)."""
    if not names:
        return ()
    shared = _lists.get(names)
    if shared is None:
        shared = _lists[names] = tuple([_share(name) for name in names])
    return shared


def _refuse_blank(
    field: str, names: tuple[str, ...] | None, kind: type[msgspec.Struct] = EventRecord
) -> None:
    for position, name in enumerate(names or ()):
        if name.isspace():
            raise _empty(f"{field}[{position}]", kind)


def _source(source: Source) -> Source:
    """One object for equal sources (every event of an article has the same one)."""
    shared: Source = _shared.setdefault(source, source)
    return shared


def _span(date_text: str, end_text: str | None) -> Span:
    try:
        start, end = event_span(date_text, end_text)
    except ValueError as exc:
        raise RecordError(str(exc)) from None
    span = (_share(date_text), end_text and _share(end_text), _share(start), _share(end))
    _spans[date_text, end_text] = span
    return span


_blank = str.isspace


def _checked(record: EventRecord) -> tuple[EventRecord, Span]:
    """Every check of an event that its declaration cannot make: a slug, dates that exist,
    no text or name of only spaces. Returns the record and its span (date, end_date, start,
    end)."""
    event_id, date_text, text = record.id, record.date, record.text
    if event_id.isspace() or date_text.isspace() or text.isspace():
        for name, text_value in (("id", event_id), ("date", date_text), ("text", text)):
            if text_value.isspace():
                raise _empty(name)
    if len(event_id) > MAX_ID_LENGTH or not _is_slug(event_id):
        raise RecordError(
            f"id {event_id[:60]!r} is not a lowercase slug (letters, digits and single hyphens)"
        )
    actors, tags, places, related = record.actors, record.tags, record.places, record.related
    if (
        (actors and any(map(_blank, actors)))
        or (tags and any(map(_blank, tags)))
        or (places and any(map(_blank, places)))
        or (related and any(map(_blank, related)))
    ):
        for field, names in (
            ("actors", actors), ("tags", tags), ("places", places), ("related", related)
        ):  # fmt: skip
            _refuse_blank(field, names)
    for position, statement in enumerate(record.statements or ()):
        speaker, quote, about = statement.speaker, statement.quote, statement.about
        if speaker.isspace() or quote.isspace() or (about is not None and about.isspace()):
            for name, value in (("speaker", speaker), ("quote", quote), ("about", about)):
                if value is not None and value.isspace():
                    raise _empty(f"statements[{position}].{name}")
    return record, _spans.get((date_text, record.end_date)) or _span(date_text, record.end_date)


def _statements(statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """The model's statements: as decoded, or from a table's own declaration of them (whose
    speakers are checked against the actor table: ``records.event_record_for``)."""
    if type(statements[0]) is Statement:
        return statements
    return tuple([Statement(s.speaker, s.quote, s.about) for s in statements])


def built_event(record: EventRecord, span: Span) -> Event:
    """The event of a checked record (see ``CHECKED_EVENTS``)."""
    statements, source = record.statements, record.source
    return Event(
        record.id, span[0], record.text, _shared_names(record.actors),
        _shared_names(record.tags), _shared_names(record.places),
        _statements(statements) if statements else (),
        None if source is None else _source(source), span[1], _shared_names(record.related),
        span[2], span[3],
    )  # fmt: skip


def _event(record: EventRecord) -> Event:
    return built_event(*_checked(record))


def _named(declared: type[msgspec.Struct], name: str, /, **texts: str) -> str:
    for field, value in {"name": name, **texts}.items():
        if value.isspace():
            raise _empty(field, declared)
    return name


def _aliases(
    kind: type[msgspec.Struct], field: str, names: tuple[str, ...] | None
) -> tuple[str, ...]:
    _refuse_blank(field, names, kind)
    return names or ()


def _actor(record: ActorRecord) -> Actor:
    name = _named(ActorRecord, record.name, kind=record.kind)
    aliases = _aliases(ActorRecord, "aliases", record.aliases)
    return Actor(name, record.kind, record.affiliation, record.role, aliases)


def _place(record: PlaceRecord) -> Place:
    name = _named(PlaceRecord, record.name)
    return Place(
        name, record.kind, record.country, _aliases(PlaceRecord, "aliases", record.aliases)
    )


def _tag(record: TagRecord) -> Tag:
    synonyms = _aliases(TagRecord, "synonyms", record.synonyms)
    return Tag(_named(TagRecord, record.name), record.description, synonyms)


def _term(record: TagRecord) -> Term:
    synonyms = _aliases(TagRecord, "synonyms", record.synonyms)
    return Term(_named(TagRecord, record.name), record.description, synonyms)


EVENTS = EventKind(_event)
# Events checked but not yet built, with their spans: a reader that keeps few of them (an
# index, a range read from the file) builds only those (``built_event``).
CHECKED_EVENTS = EventKind(_checked)
ACTORS = RecordKind(ActorRecord, _actor)
PLACES = RecordKind(PlaceRecord, _place)
TAGS = RecordKind(TagRecord, _tag)
TERMS = RecordKind(TagRecord, _term)


def event_from_record(record: object, known_actors: Collection[str] | None = None) -> Event:
    """Validate one decoded JSON value as an event.

    ``known_actors``: canonical actor names; when given, every actor and speaker must be one.
    """
    return EVENTS.from_value(record, known_actors)


def surrogates_described(text: str) -> str:
    """What the unpaired surrogates of ``text`` are, for a message: bytes an argument held
    that its decoding (``surrogateescape``) could not read, or surrogates as such."""
    import sys

    surrogates = [c for c in text if "\ud800" <= c <= "\udfff"]
    if all("\udc80" <= c <= "\udcff" for c in surrogates):
        shown = " ".join(f"0x{ord(c) - 0xDC00:02x}" for c in surrogates[:8])
        return f"it holds bytes that are not {sys.getfilesystemencoding()} ({shown})"
    return f"it holds an unpaired surrogate ({ascii(surrogates[0])[1:-1]})"


def _holds_surrogate(text: str) -> bool:
    """Does ``text`` hold a surrogate (U+D800-DFFF)? They are the only code points UTF-8 does
    not encode: a test in C, where a pattern of that range would cost ~2M instructions to
    compile (1% of a query) in every process that checks one string."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def lone_surrogate(record: object) -> str | None:
    """The first string in a decoded record holding an unpaired surrogate, if any.

    JSON allows "\\ud800" escapes that decode to no character at all; such text cannot be
    written as UTF-8 later, so the loader refuses it up front.
    """
    if isinstance(record, str):
        return record if _holds_surrogate(record) else None
    if isinstance(record, dict):
        for key, value in record.items():
            found = lone_surrogate(key) or lone_surrogate(value)
            if found:
                return found
    if isinstance(record, list):
        for item in record:
            found = lone_surrogate(item)
            if found:
                return found
    return None
