"""``-f json`` and ``-f jsonl``: records with the field names of data/chronology.jsonl.

Events are written exactly as the loader reads them (search adds ``score`` and ``matched``,
which the loader ignores), so output can be
fed back with ``--data``. Both formats are streamed record by record.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.report import ActorRow, EventRow, QuoteRow, TagRow
from ktimeline.schema import event_to_record
from ktimeline.stats import Bucket

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ktimeline.report import Report

    from . import RenderOptions


def record_of(row: object, report: Report) -> dict[str, Any]:
    """The JSON object for one row of any kind."""
    if isinstance(row, EventRow):
        record = event_to_record(row.event, row.score if report.scored else None)
        if report.scored and row.matched:
            record["matched"] = [match.to_dict() for match in row.matched]
        return record
    if isinstance(row, QuoteRow):
        record = {
            "date": row.event.date,
            "speaker": row.statement.speaker,
            "quote": row.statement.quote,
            "about": row.statement.about,
            "event_id": row.event.id,
        }
        if report.scored and row.score is not None:
            record["score"] = round(row.score, 1)
        return record
    if isinstance(row, ActorRow):
        return {
            "name": row.actor.name, "kind": row.actor.kind,
            "affiliation": row.actor.affiliation, "role": row.actor.role,
            "aliases": list(row.actor.aliases), "events": row.events,
            "statements": row.statements,
        }  # fmt: skip
    if isinstance(row, TagRow):
        return {"name": row.name, "description": row.description, "events": row.events}
    if isinstance(row, Bucket):
        return {"by": report.by, "key": row.key, "label": row.label, "count": row.total}
    raise TypeError(f"cannot render {type(row).__name__}")


def records(report: Report) -> Iterator[dict[str, Any]]:
    for row in report.rows:
        yield record_of(row, report)


# Characters that are legal inside JSON strings but that many line readers (Python's
# str.splitlines, JavaScript) take for line ends: escaped, so one record stays one line.
_LINE_BREAKERS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKERS)


def render_jsonl(report: Report, out: TextIO, options: RenderOptions) -> None:
    for record in records(report):
        out.write(_dumps(record) + "\n")


def render_json(report: Report, out: TextIO, options: RenderOptions) -> None:
    out.write("[")
    separator = "\n"
    for record in records(report):
        out.write(separator + "  " + _dumps(record))
        separator = ",\n"
    out.write("\n]\n" if separator != "\n" else "]\n")
