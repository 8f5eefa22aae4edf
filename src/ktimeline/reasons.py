"""Why a record is refused, in ktimeline's words: msgspec's account of a record that does
not fit its declaration (``records``), and the messages of the checks ``schema`` adds.

Imported only when a record is refused: a good file never loads it.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

from ktimeline.model import Source, Statement
from ktimeline.records import EXPECTED, OUTPUT_ONLY_FIELDS

if TYPE_CHECKING:
    import msgspec

_JSON_TYPES = {
    "int": "a number", "float": "a number", "str": "a string", "null": "null",
    "array": "an array", "object": "an object", "bool": "a boolean",
}  # fmt: skip
# msgspec ends a message with the path of what it refused (made of the declared field names
# and list positions only: never of the data's own text, which the message may also hold).
_AT = re.compile(r" - at `\$(?P<path>[^`]*)`\Z")
_GOT = re.compile(r"Expected `[^`]+`, got `(?P<got>[^`]+)`")
_EMPTY = re.compile(r"Expected `str` of length >= 1")
_MISSING = re.compile(r"Object missing required field `(?P<field>[^`]+)`")
_UNKNOWN_FIELD = "Object contains unknown field "
_ENUM = re.compile(r"Invalid enum value (?P<value>.+)", re.DOTALL)
_INDEX = re.compile(r"\[\d+\]")


def _label(path: str) -> str:
    """ "text" -> "field 'text'"; "statements[0].quote" as it is."""
    return f"field {path!r}" if path.isidentifier() else path


def _expected(kind: type[msgspec.Struct], path: str) -> str:
    return EXPECTED[kind].get(_INDEX.sub("[]", path), "valid")


def empty(kind: type[msgspec.Struct], path: str) -> str:
    """The reason for a text of only spaces (or none) at ``path``."""
    if path.isidentifier():
        return f"field {path!r} is empty"
    return f"{path} must be {_expected(kind, path)}, not an empty string"


def _suggest(name: str, choices: tuple[str, ...]) -> str:
    from ktimeline.folding import close_matches

    close = close_matches(name, sorted(choices), limit=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _fields_at(kind: type[msgspec.Struct], path: str) -> tuple[str, ...]:
    nested: dict[str, type[msgspec.Struct]] = {
        "statements[]": Statement,
        "source": Source,
    }
    struct = nested.get(_INDEX.sub("[]", path), kind)
    fields = struct.__struct_fields__
    return tuple(f for f in fields if f not in OUTPUT_ONLY_FIELDS)


def _unknown_key(kind: type[msgspec.Struct], value: object) -> tuple[str, str] | None:
    """(path, name) of the first key of ``value`` that its declaration lacks, in the order
    msgspec reads: the record's keys in turn, each statement's and the source's when
    reached."""
    if not isinstance(value, dict):
        return None
    for key, item in value.items():
        if key not in kind.__struct_fields__:
            return "", key
        if key == "statements" and isinstance(item, list):
            for position, statement in enumerate(item):
                for name in statement if isinstance(statement, dict) else ():
                    if name not in Statement.__struct_fields__:
                        return f"statements[{position}]", name
        elif key == "source" and isinstance(item, dict):
            for name in item:
                if name not in Source.__struct_fields__:
                    return "source", name
    return None


_ACTOR_PATH = re.compile(
    r"(?:actors\[\d+\]|(?P<statement>statements\[\d+\])\.(?P<role>speaker|about))"
)


def _not_one_of(kind: type[msgspec.Struct], path: str, shown: str) -> str:
    """A value outside a declared set: a section, or a name not in the actor table."""
    actor = _ACTOR_PATH.fullmatch(path)
    if actor is None:
        return f"{_label(path)} must be {_expected(kind, path)}, not {shown}"
    value = ast.literal_eval(shown)  # msgspec shows the value as Python's repr
    if not value.strip():
        return empty(kind, path)
    if actor["role"] == "speaker":
        return f"{actor['statement']}: unknown speaker {value!r}"
    if actor["role"] == "about":
        return f"{actor['statement']}: unknown actor {value!r} in 'about'"
    return f"unknown actor {value!r}"


_UNKNOWN_ACTOR = re.compile(
    r"(?:statements\[\d+\]: )?unknown (?:actor|speaker) "
    r"(?P<name>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")(?: in 'about')?"
)


NOT_UTF8 = "not UTF-8"  # how a line that is not UTF-8 is reported (loader): "not UTF-8 (byte …)"


def unknown_actor(reason: str) -> str | None:
    """The name a reason of ``_not_one_of`` says is no actor of the table ("unknown actor
    'NATO'", "statements[0]: unknown speaker 'X'", "… unknown actor 'X' in 'about'"), or
    None: read back here, beside its wording, for a reader that may know the name elsewhere
    (the knowledge base: see api.Timeline)."""
    found = _UNKNOWN_ACTOR.fullmatch(reason)
    if found is None:
        return None
    name = ast.literal_eval(found["name"])
    return name if isinstance(name, str) else None


def _number_as_date(path: str, value: object) -> str:
    """A hint for a date written as a number, as spreadsheets and data frames write dates
    (pandas' ``to_json`` writes milliseconds since 1970): the day it stands for, to be
    written as text. "" for any other number."""
    if path not in ("date", "end_date") or not isinstance(value, dict):
        return ""
    number = value.get(path)
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        return ""
    if isinstance(number, int) and 1 <= number <= 9999:
        return f' (write the year as text: "{number}")'
    from datetime import datetime, timezone

    for unit, per_second in (("milliseconds", 1000), ("seconds", 1)):
        seconds = number / per_second
        if 10**8 <= abs(seconds) < 10**10:  # 1973 to 2286: a time stamp, not a count
            try:
                day = datetime.fromtimestamp(seconds, timezone.utc).date().isoformat()
            except (OverflowError, OSError, ValueError):
                return ""
            return (
                f" ({number} looks like {unit} since 1970, the day {day} in UTC: write the "
                f'day as text, "{day}"; pandas: to_json(date_format="iso") and keep the day)'
            )
    return ""


def reason(kind: type[msgspec.Struct], message: str, value: object) -> str:
    """msgspec's account of ``value``, a record that does not fit ``kind``, in ktimeline's
    words."""
    at = _AT.search(message)
    what, path = (message[: at.start()], at["path"].lstrip(".")) if at else (message, "")
    if not path and (got := _GOT.fullmatch(what)):
        found = _JSON_TYPES.get(got["got"], got["got"])
        hint = (
            " (JSON Lines holds one object per line, not an array)" if found == "an array" else ""
        )
        return f"expected a JSON object, found {found}{hint}"
    if missing := _MISSING.fullmatch(what):
        field = f"{path}.{missing['field']}" if path else missing["field"]
        return f"{_label(field)} is missing"
    if what.startswith(_UNKNOWN_FIELD):
        # (found again in the value: an unknown key may hold backticks, "- at", new lines)
        path, name = _unknown_key(kind, value) or (path, what[len(_UNKNOWN_FIELD) :].strip("`"))
        suggestion = _suggest(name, _fields_at(kind, path))
        if not path:
            return f"unknown field {name!r}{suggestion}"
        return f"{path} has unknown field {name!r}{suggestion}"
    if _EMPTY.fullmatch(what):
        return empty(kind, path)
    if got := _GOT.fullmatch(what):
        found = _JSON_TYPES.get(got["got"], got["got"])
        if found == "null" and path.isidentifier():
            return f"field {path!r} is null"
        hint = _number_as_date(path, value) if found == "a number" else ""
        return f"{_label(path)} must be {_expected(kind, path)}, not {found}{hint}"
    if enum := _ENUM.fullmatch(what):
        return _not_one_of(kind, path, enum["value"])
    return f"{_label(path)}: {what}" if path else what
