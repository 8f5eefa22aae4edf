"""The record format, declared once: every JSON Lines record ktimeline reads.

Each record kind — an event and its statements and source, an actor, a place, a tag, a
term — is a msgspec ``Struct``: its fields, their JSON types, which are required, and that
no other field is allowed. msgspec decodes a line of bytes straight into it and checks all
of that in C (about 0.9 µs a record, against 2.5 µs for orjson's dicts plus checks in
Python, measured on a million generated events), and ``msgspec.convert`` applies the same
declaration to values already decoded (a dict from Python code, or a line only the json
module reads). What a JSON type cannot say (a slug, a date that exists, text that is not
only spaces, a known actor) is checked by ``schema``, which turns both kinds of failure
into the messages users see.

Nothing here is used outside ``schema``. The annotations are objects, not strings (see
model.py).
"""

from typing import Any, Literal

from msgspec import Struct, defstruct
from msgspec.structs import fields as struct_fields

from ktimeline.model import SECTIONS, Source, Statement, Text

Names = tuple[Text, ...]


class EventRecord(Struct, forbid_unknown_fields=True, gc=False, kw_only=True):
    # (kw_only: the fields in the data file's order, required or not)
    id: Text
    date: Text
    end_date: str | None = None
    text: Text
    actors: Names | None = None
    tags: Names | None = None
    places: Names | None = None
    statements: tuple[Statement, ...] | None = None  # the model's own Struct
    source: Source | None = None  # the model's own Struct
    related: Names | None = None
    # What ktimeline adds to its own output and ignores on input, so that its output
    # (`search -f jsonl` adds each result's score; `range --overlap` says whether an event
    # is certainly in the range; `--dedupe` and `show` name the other sources reporting the
    # same happening) loads again. They are derived from the data, never part of it.
    score: Any = None
    matched: Any = None
    in_range: Any = None
    reported_by: Any = None


class ActorRecord(Struct, forbid_unknown_fields=True, gc=False):
    name: Text
    kind: Text
    affiliation: str | None = None
    role: str | None = None
    aliases: Names | None = None
    # Output only, ignored when read: the counts ``actors -f jsonl`` adds to each actor, so
    # that its output is an actor file (``--actors``, ``NAME.actors.jsonl`` beside an export
    # of ``range -f jsonl``), as ``-f jsonl`` events load again with ``--data``.
    events: Any = None
    statements: Any = None


class PlaceRecord(Struct, forbid_unknown_fields=True, gc=False):
    name: Text
    kind: str | None = None
    country: str | None = None
    aliases: Names | None = None


class TagRecord(Struct, forbid_unknown_fields=True, gc=False):
    name: Text
    description: str | None = None
    synonyms: Names | None = None


OUTPUT_ONLY_FIELDS = frozenset({"score", "matched", "in_range", "reported_by"})
EVENT_FIELDS = tuple(f for f in EventRecord.__struct_fields__ if f not in OUTPUT_ONLY_FIELDS)
STATEMENT_FIELDS = Statement.__struct_fields__
SOURCE_FIELDS = Source.__struct_fields__
# The fields of an event in every output format's order (date first, as the listings show it;
# see docs/schema.md, "Columns of every format"); search adds "score" and "matched". The
# loader knows our own csv/tsv output by its header in this order.
EVENT_COLUMNS = (
    "date", "end_date", "id", "text", "actors", "tags", "places", "statements", "source",
    "related", "reported_by", "score", "matched",
)  # fmt: skip

# What each field must be, as the messages say it: the declaration above in words. A path
# names a list item as "[]" ("tags[]", "statements[].quote").
EXPECTED: dict[type[Struct], dict[str, str]] = {
    EventRecord: {
        **dict.fromkeys(("id", "date", "text", "end_date"), "a string"),
        **dict.fromkeys(("actors", "tags", "places", "related"), "an array of strings"),
        **dict.fromkeys(("actors[]", "tags[]", "places[]", "related[]"), "a non-empty string"),
        "statements": "an array of objects",
        "statements[]": "an object",
        "statements[].speaker": "a non-empty string",
        "statements[].quote": "a non-empty string",
        "statements[].about": "a non-empty string or null",
        "source": "an object",
        "source.section": f"one of {', '.join(SECTIONS)}",
        **{
            f"source.{name}": "an integer" if name in ("volume", "issue") else "a string"
            for name in SOURCE_FIELDS[1:]
        },
    },
    ActorRecord: {
        "name": "a non-empty string",
        "kind": "a non-empty string",
        "affiliation": "a string or null",
        "role": "a string or null",
        "aliases": "an array of non-empty strings",
        "aliases[]": "a non-empty string",
    },
    PlaceRecord: {
        "name": "a non-empty string",
        "kind": "a string or null",
        "country": "a string or null",
        "aliases": "an array of non-empty strings",
        "aliases[]": "a non-empty string",
    },
    TagRecord: {
        "name": "a non-empty string",
        "description": "a string or null",
        "synonyms": "an array of non-empty strings",
        "synonyms[]": "a non-empty string",
    },
}


def event_record_for(actors: tuple[str, ...]) -> type[Struct]:
    """``EventRecord`` for a chronology whose actors and speakers must be among ``actors``
    (not empty): the names are checked in C, as the values of a ``Literal``, and each name
    decoded is the very string of the actor table (shared, not one copy per event)."""
    name: Any = Literal[actors]
    statement = defstruct(
        "StatementRecord",
        [("speaker", name), ("quote", Text), ("about", name | None, None)],
        forbid_unknown_fields=True,
        gc=False,
    )
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for info in struct_fields(EventRecord):
        kind = info.type
        if info.name == "actors":
            kind = tuple[name, ...] | None
        elif info.name == "statements":
            kind = tuple[statement, ...] | None  # type: ignore[valid-type]
        fields.append((info.name, kind, info.default) if not info.required else (info.name, kind))
    return defstruct("EventRecord", fields, forbid_unknown_fields=True, gc=False, kw_only=True)
