"""``-f csv`` and ``-f tsv``: a header row, then one row per record.

Lists are joined with "; "; quoting is the csv module's, so any text survives a spreadsheet.
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.report import Kind

from .structured import records

if TYPE_CHECKING:
    from ktimeline.report import Report

    from . import RenderOptions

COLUMNS: dict[str, tuple[str, ...]] = {
    Kind.EVENTS: (
        "id", "date", "end_date", "text", "actors", "tags", "places", "speakers", "quotes",
        "section",
    ),
    Kind.QUOTES: ("date", "speaker", "quote", "about", "event_id"),
    Kind.ACTORS: ("name", "kind", "affiliation", "role", "aliases", "events", "statements"),
    Kind.TAGS: ("name", "description", "events"),
    Kind.STATS: ("by", "key", "label", "count"),
}  # fmt: skip
LIST_SEPARATOR = "; "


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def _flatten(record: dict[str, Any], kind: str) -> dict[str, Any]:
    if kind == Kind.EVENTS:
        statements = record.get("statements", [])
        record = dict(record)
        record["speakers"] = [s["speaker"] for s in statements]
        record["quotes"] = [s["quote"] for s in statements]
        record["section"] = record.get("source", {}).get("section")
        if "matched" in record:  # "alias esper → Mark Esper; word test"
            from ktimeline.search import Match

            record["matched"] = [str(Match.from_dict(m)) for m in record["matched"]]
    return record


def _render(report: Report, out: TextIO, dialect: type[csv.Dialect]) -> None:
    columns = COLUMNS[report.kind]
    if report.scored:
        columns = (*columns, "score", *(("matched",) if report.kind == Kind.EVENTS else ()))
    if report.marked:
        columns = (*columns, "in_range")
    writer = csv.writer(out, dialect=dialect)
    writer.writerow(columns)
    for record in records(report):
        flat = _flatten(record, report.kind)
        writer.writerow([_cell(flat.get(column)) for column in columns])


def render_csv(report: Report, out: TextIO, options: RenderOptions) -> None:
    _render(report, out, csv.excel)


def render_tsv(report: Report, out: TextIO, options: RenderOptions) -> None:
    _render(report, out, csv.excel_tab)
