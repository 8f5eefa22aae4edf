"""The chronology's record format: JSON object <-> Event, with validation.

``event_from_record`` checks one decoded JSON value and either returns an Event or raises
``RecordError`` with a reason a user can act on; the loader adds the file and line.
``event_to_record`` is its inverse, with the field order of data/chronology.jsonl, so what
ktimeline writes (``-f jsonl``) loads again unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .dates import event_span
from .model import SECTIONS, Event, Source, Statement

if TYPE_CHECKING:
    from collections.abc import Container

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 200
EVENT_FIELDS = (
    "id", "date", "end_date", "text", "actors", "tags", "places", "statements", "source",
    "related",
)  # fmt: skip
# Fields that ktimeline itself adds to its output and ignores on input, so that output
# (e.g. `search -f jsonl`, which adds each result's score, or `range --overlap -f jsonl`,
# which says whether each event is certainly or only possibly in the range) loads again.
OUTPUT_ONLY_FIELDS = frozenset({"score", "matched", "in_range"})
_ALLOWED_FIELDS = frozenset(EVENT_FIELDS) | OUTPUT_ONLY_FIELDS
STATEMENT_FIELDS = ("speaker", "quote", "about")
SOURCE_TEXT_FIELDS = ("heading", "author", "title", "publication", "published", "pages")
SOURCE_INT_FIELDS = ("volume", "issue")
SOURCE_FIELDS = ("section", *SOURCE_TEXT_FIELDS, *SOURCE_INT_FIELDS)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class RecordError(ValueError):
    """One record is invalid; the message is the reason, without file or line."""


def _json_type(value: object) -> str:
    return {
        dict: "an object", list: "an array", str: "a string", bool: "a boolean",
        int: "a number", float: "a number", type(None): "null",
    }.get(type(value), type(value).__name__)  # fmt: skip


def _suggest(name: str, choices: tuple[str, ...] | frozenset[str]) -> str:
    from .text import close_matches

    close = close_matches(name, sorted(choices), limit=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _string(record: dict[str, Any], field: str, *, required: bool) -> str | None:
    value = record.get(field)
    if value is None:
        if required:
            reason = "is null" if field in record else "is missing"
            raise RecordError(f"field {field!r} {reason}")
        return None
    if type(value) is not str:
        raise RecordError(f"field {field!r} must be a string, not {_json_type(value)}")
    if required and not value.strip():
        raise RecordError(f"field {field!r} is empty")
    return value


def _string_list(record: dict[str, Any], field: str) -> tuple[str, ...]:
    value = record.get(field)
    if value is None:
        return ()
    if type(value) is not list:
        raise RecordError(f"field {field!r} must be an array of strings, not {_json_type(value)}")
    for position, item in enumerate(value):
        if type(item) is not str or not item.strip():
            what = "an empty string" if type(item) is str else _json_type(item)
            raise RecordError(f"{field}[{position}] must be a non-empty string, not {what}")
    return tuple(value)


def _statement(value: object, position: int, known_actors: Container[str] | None) -> Statement:
    where = f"statements[{position}]"
    if type(value) is not dict:
        raise RecordError(f"{where} must be an object, not {_json_type(value)}")
    for key in value:
        if key not in STATEMENT_FIELDS:
            raise RecordError(f"{where} has unknown field {key!r}{_suggest(key, STATEMENT_FIELDS)}")
    speaker, quote, about = value.get("speaker"), value.get("quote"), value.get("about")
    if type(speaker) is not str or not speaker.strip():
        raise RecordError(f"{where}.speaker must be a non-empty string")
    if type(quote) is not str or not quote.strip():
        raise RecordError(f"{where}.quote must be a non-empty string")
    if about is not None and (type(about) is not str or not about.strip()):
        raise RecordError(f"{where}.about must be a non-empty string or null")
    if known_actors is not None:
        if speaker not in known_actors:
            raise RecordError(f"{where}: unknown speaker {speaker!r}")
        if about is not None and about not in known_actors:
            raise RecordError(f"{where}: unknown actor {about!r} in 'about'")
    return Statement(speaker, quote, about)


def _source(value: object) -> Source:
    if type(value) is not dict:
        raise RecordError(f"field 'source' must be an object, not {_json_type(value)}")
    for key in value:
        if key not in SOURCE_FIELDS:
            raise RecordError(f"source has unknown field {key!r}{_suggest(key, SOURCE_FIELDS)}")
    section = value.get("section")
    if section not in SECTIONS:
        raise RecordError(f"source.section must be one of {', '.join(SECTIONS)}, not {section!r}")
    for key in SOURCE_TEXT_FIELDS:
        if value.get(key) is not None and type(value[key]) is not str:
            raise RecordError(f"source.{key} must be a string, not {_json_type(value[key])}")
    for key in SOURCE_INT_FIELDS:
        if value.get(key) is not None and type(value[key]) is not int:
            raise RecordError(f"source.{key} must be an integer, not {_json_type(value[key])}")
    return Source(
        section=section,
        heading=value.get("heading"),
        author=value.get("author"),
        title=value.get("title"),
        publication=value.get("publication"),
        volume=value.get("volume"),
        issue=value.get("issue"),
        published=value.get("published"),
        pages=value.get("pages"),
    )


_STATEMENT_KEYS = frozenset(STATEMENT_FIELDS)
_SOURCE_KEYS = frozenset(SOURCE_FIELDS)
# Values that repeat across a chronology — names, dates, the source — are shared between
# events rather than held once per event: a million events then fit in a few hundred MB.
_shared: dict[Any, Any] = {}


def _share(value: Any) -> Any:
    return _shared.setdefault(value, value)


_checked_lists: dict[tuple[Any, ...], tuple[str, ...]] = {}  # name lists already checked
_checked_against: object = None  # the actor table those lists were checked against


def forget_shared() -> None:
    """Forget the values shared so far: the events of a read keep what they share, and the
    next read starts afresh (called when a read ends: see ``loader.bulk_allocation``)."""
    global _checked_against
    _shared.clear()
    _checked_lists.clear()
    _checked_against = None


def _fast_names(value: object, known: Container[str] | None) -> tuple[str, ...] | None:
    """A list of non-empty (and, with ``known``, known) names as a shared tuple, or None.

    Lists repeat (the same actors, the same tags), so each distinct list is checked once."""
    global _checked_against
    if value is None:
        return ()
    if type(value) is not list:
        return None
    if known is not None and known is not _checked_against:
        _checked_lists.clear()  # another actor table: what was known may not be now
        _checked_against = known
    key = (known is not None, *value)
    try:
        names = _checked_lists.get(key)
    except TypeError:  # an object or array in the list
        return None
    if names is not None:
        return names
    for item in value:
        if type(item) is not str or not item or item.isspace():
            return None
        if known is not None and item not in known:
            return None
    names = _checked_lists[key] = tuple([_share(item) for item in value])
    return names


def _fast_statements(value: object, known: Container[str] | None) -> tuple[Statement, ...] | None:
    if value is None:
        return ()
    if type(value) is not list:
        return None
    statements = []
    for item in value:
        if type(item) is not dict or not item.keys() <= _STATEMENT_KEYS:
            return None
        speaker, quote, about = item.get("speaker"), item.get("quote"), item.get("about")
        if type(speaker) is not str or type(quote) is not str:
            return None
        if not speaker.strip() or not quote.strip():
            return None
        if about is not None and (type(about) is not str or not about.strip()):
            return None
        if known is not None and (
            speaker not in known or (about is not None and about not in known)
        ):
            return None
        statements.append(Statement(_share(speaker), quote, about and _share(about)))
    return tuple(statements)


def _fast_source(value: object) -> Source | bool | None:
    """The shared Source for a well-formed source object; False when it needs checking."""
    if value is None:
        return None
    if type(value) is not dict or not value.keys() <= _SOURCE_KEYS:
        return False
    try:  # (the file's own key order: one writer writes them all alike)
        key = ("source", *value.items())
        source = _shared.get(key)
    except TypeError:  # a value that is not a string, number or null: let the checks say
        return False
    if source is None:
        try:
            source = _source(value)
        except RecordError:
            return False
        _shared[key] = source
    return source


def _fast_event(record: object, known: Container[str] | None) -> Event | None:
    """The event, if ``record`` is well formed in every way; None sends it to the checks
    that explain what is wrong. Most records of most files take this path only."""
    if type(record) is not dict or not record.keys() <= _ALLOWED_FIELDS:
        return None
    event_id, date_text, text = record.get("id"), record.get("date"), record.get("text")
    end_text = record.get("end_date")
    if type(event_id) is not str or type(date_text) is not str or type(text) is not str:
        return None
    if not text.strip() or len(event_id) > MAX_ID_LENGTH or not ID_PATTERN.fullmatch(event_id):
        return None
    if end_text is not None and type(end_text) is not str:
        return None
    span = _shared.get(("span", date_text, end_text))
    if span is None:
        try:
            span = event_span(date_text, end_text)
        except ValueError:
            return None
        span = _shared[("span", date_text, end_text)] = (_share(span[0]), _share(span[1]))
    actors = _fast_names(record.get("actors"), known)
    tags = _fast_names(record.get("tags"), None)
    places = _fast_names(record.get("places"), None)
    related = _fast_names(record.get("related"), None)
    statements = _fast_statements(record.get("statements"), known)
    source = _fast_source(record.get("source"))
    if actors is None or tags is None or places is None or related is None:
        return None
    if statements is None or source is False:
        return None
    return Event(
        event_id, _share(date_text), text, actors, tags, places, statements,
        source,  # type: ignore[arg-type]
        end_text and _share(end_text), related, span[0], span[1],
    )  # fmt: skip


def _trusted_names(value: list[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    key = (None, *value)
    names = _checked_lists.get(key)
    if names is None:
        names = _checked_lists[key] = tuple([_share(item) for item in value])
    return names


def trusted_event(record: dict[str, Any]) -> Event:
    """An event from a record already validated, unchanged since (an index's file, whose
    content hash was checked): no checks, only the building."""
    date_text, end_text = record["date"], record.get("end_date")
    span = _shared.get(("span", date_text, end_text))
    if span is None:
        span = event_span(date_text, end_text)
        span = _shared[("span", date_text, end_text)] = (_share(span[0]), _share(span[1]))
    raw_statements = record.get("statements")
    statements = (
        tuple(Statement(s["speaker"], s["quote"], s.get("about")) for s in raw_statements)
        if raw_statements
        else ()
    )
    raw_source = record.get("source")
    source = None
    if raw_source is not None:
        key = ("trusted source", *raw_source.items())  # one writer, one key order
        source = _shared.get(key)
        if source is None:
            source = _shared[key] = _source(raw_source)
    return Event(
        record["id"], date_text, record["text"], _trusted_names(record.get("actors")),
        _trusted_names(record.get("tags")), _trusted_names(record.get("places")), statements,
        source, end_text,
        _trusted_names(record.get("related")), span[0], span[1],
    )  # fmt: skip


def event_from_record(record: object, known_actors: Container[str] | None = None) -> Event:
    """Validate one decoded JSON value as an event.

    ``known_actors``: canonical actor names; when given, every actor and speaker must be one.
    A well-formed record is accepted by a fast path; anything else goes through the checks
    below, which say what is wrong.
    """
    event = _fast_event(record, known_actors)
    if event is not None:
        return event
    return checked_event(record, known_actors)


def checked_event(record: object, known_actors: Container[str] | None = None) -> Event:
    """The slow path of event_from_record: every check, each with its own reason."""
    if type(record) is not dict:
        hint = (
            " (JSON Lines holds one object per line, not an array)" if type(record) is list else ""
        )
        raise RecordError(f"expected a JSON object, found {_json_type(record)}{hint}")
    for key in record:
        if key not in _ALLOWED_FIELDS:
            raise RecordError(f"unknown field {key!r}{_suggest(key, EVENT_FIELDS)}")
    event_id = _string(record, "id", required=True)
    date_text = _string(record, "date", required=True)
    text = _string(record, "text", required=True)
    end_text = _string(record, "end_date", required=False)
    assert event_id is not None and date_text is not None and text is not None
    if len(event_id) > MAX_ID_LENGTH or not ID_PATTERN.fullmatch(event_id):
        raise RecordError(
            f"id {event_id[:60]!r} is not a lowercase slug (letters, digits and single hyphens)"
        )
    try:
        start, end = event_span(date_text, end_text)
    except ValueError as exc:
        raise RecordError(str(exc)) from None
    actors = _string_list(record, "actors")
    if known_actors is not None:
        for actor in actors:
            if actor not in known_actors:
                raise RecordError(f"unknown actor {actor!r}")
    raw_statements = record.get("statements")
    if raw_statements is None:
        statements: tuple[Statement, ...] = ()
    elif type(raw_statements) is not list:
        raise RecordError(
            f"field 'statements' must be an array of objects, not {_json_type(raw_statements)}"
        )
    else:
        statements = tuple(
            _statement(item, position, known_actors) for position, item in enumerate(raw_statements)
        )
    raw_source = record.get("source")
    return Event(
        id=event_id,
        date=date_text,
        text=text,
        actors=actors,
        tags=_string_list(record, "tags"),
        places=_string_list(record, "places"),
        statements=statements,
        source=_source(raw_source) if raw_source is not None else None,
        end_date=end_text,
        related=_string_list(record, "related"),
        start=start,
        end=end,
    )


def lone_surrogate(record: object) -> str | None:
    """The first string in a decoded record holding an unpaired surrogate, if any.

    JSON allows "\\ud800" escapes that decode to no character at all; such text cannot be
    written as UTF-8 later, so the loader refuses it up front.
    """
    if isinstance(record, str):
        return record if _LONE_SURROGATE.search(record) else None
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
        record["source"] = {k: v for k, v in event.source._asdict().items() if v is not None}
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
