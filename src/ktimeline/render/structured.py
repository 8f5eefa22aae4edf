"""``-f json`` and ``-f jsonl``: records with the field names of data/chronology.jsonl.

Events are written exactly as the loader reads them (search adds ``score`` and ``matched``,
which the loader ignores), so output can be fed back with ``--data``; every kind of record
has the names and order of ``columns``. Both formats are streamed record by record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.jsonl import json_line
from ktimeline.model import Event
from ktimeline.report import ActorRow, EventRow, QuoteRow, TagRow, in_range_mark
from ktimeline.stats import Bucket

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ktimeline.report import Report

    from . import RenderOptions


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
    raise TypeError(f"cannot render {type(row).__name__}")


def records(report: Report) -> Iterator[dict[str, Any]]:
    for row in report.rows:
        yield record_of(row, scored=report.scored, by=report.by, marked=report.marked)


def render_jsonl(report: Report, out: TextIO, options: RenderOptions) -> None:
    for record in records(report):
        out.write(json_line(record) + "\n")


def render_json(report: Report, out: TextIO, options: RenderOptions) -> None:
    out.write("[")
    separator = "\n"
    for record in records(report):
        out.write(separator + "  " + json_line(record))
        separator = ",\n"
    out.write("\n]\n" if separator != "\n" else "]\n")
