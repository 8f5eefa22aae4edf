"""``-f json`` and ``-f jsonl``: records with the field names of data/chronology.jsonl.

Events are written exactly as the loader reads them (search adds ``score`` and ``matched``,
which the loader ignores), so output can be fed back with ``--data``; every kind of record
has the names and order of ``columns``. Both formats are streamed record by record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.jsonl import json_line
from ktimeline.report import record_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ktimeline.render import RenderOptions
    from ktimeline.report import Report


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
