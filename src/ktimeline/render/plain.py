"""``-f plain``: one tab-separated line per record; no colour, no wrapping, no truncation.

Columns: those of ``columns.PLAIN``, in the one order of ``columns.COLUMNS`` (events: date,
id, text, a span's date written ``2019-11-22/2019-11-23``; quotes: date, speaker, quote,
event_id; actors: name, kind, affiliation, role, events, statements, aliases; tags: tag,
events, description; stats: key, count). Lists are joined with "; ".

``show`` writes every field of its events instead: one ``key<TAB>value`` line per field, a
blank line between events, so a pipe gets all that the terminal card shows. A statement is a
line of its own (``statement<TAB>Speaker: “quote”``).

Events and quotes listed with ``--overlap`` get a last column, ``certain`` or ``possible`` (in
the range asked for).

Fields are unambiguous and stay on their line: a backslash is written ``\\\\``; tabs, newlines,
other control characters, invisible and reordering characters are visible escapes (``\\t``,
``\\n``, ``\\e``, ``\\u202e``), so every record keeps its columns.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, TextIO

from ktimeline.render.columns import DETAIL, PLAIN, cell, flatten
from ktimeline.render.safe import plain_field, plain_fields_unchanged
from ktimeline.report import EventRow, Kind, QuoteRow, in_range_mark, record_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from ktimeline.model import Event
    from ktimeline.render import RenderOptions
    from ktimeline.report import Report


def event_date(event: Event) -> str:
    return f"{event.date}/{event.end_date}" if event.end_date else event.date


def plain_fields(row: object, report: Report) -> list[str]:
    """The plain columns of one record, as text."""
    record = flatten(record_of(row, scored=report.scored, by=report.by), report.kind)
    if isinstance(row, (EventRow, QuoteRow)):  # a span's date, in one column
        record["date"] = event_date(row.event)
    return [cell(record.get(column)) for column in PLAIN[report.kind]]


# The plain columns of an event row, read straight from its event: what ``plain_fields``
# makes of its record, without making the record (a search of a million events prints tens
# of thousands of rows: building each row's record was most of the time spent writing them).
_EVENT_CELLS: dict[str, Callable[[Event], str]] = {
    "date": event_date,
    "id": attrgetter("id"),
    "text": attrgetter("text"),
}
# Rows whose fields are checked together for anything ``plain_field`` would change.
LINES_AT_ONCE = 4096


def _row_fields(report: Report) -> Callable[[object], list[str]]:
    """How each row's fields are read: an event row's from its event when every plain
    column of events is one of ``_EVENT_CELLS``, any other row's through its record."""
    marked = report.marked

    def general_fields(row: object) -> list[str]:
        fields = plain_fields(row, report)
        if marked and isinstance(row, (EventRow, QuoteRow)):
            fields.append(in_range_mark(row))
        return fields

    if report.kind != Kind.EVENTS or not all(c in _EVENT_CELLS for c in PLAIN[Kind.EVENTS]):
        return general_fields
    cells = [_EVENT_CELLS[column] for column in PLAIN[Kind.EVENTS]]

    def event_fields(row: object) -> list[str]:
        if type(row) is not EventRow:
            return general_fields(row)
        fields = [read(row.event) for read in cells]
        if marked:
            fields.append(in_range_mark(row))
        return fields

    return event_fields


def plain_lines(report: Report) -> Iterator[str]:
    """The rows' lines, several at once: their fields are checked together for a backslash
    or a character to escape (``plain_field``), and escaped one by one only when one holds
    such a character (the same lines, without a call per field)."""
    fields_of = _row_fields(report)
    rows = report.rows
    for start in range(0, len(rows), LINES_AT_ONCE):
        batch = [fields_of(row) for row in rows[start : start + LINES_AT_ONCE]]
        if plain_fields_unchanged("".join([field for fields in batch for field in fields])):
            yield "".join(["\t".join(fields) + "\n" for fields in batch])
        else:
            yield "".join(
                ["\t".join([plain_field(field) for field in fields]) + "\n" for fields in batch]
            )


def detail_fields(row: object, report: Report) -> list[tuple[str, str]]:
    """(key, value) pairs of a record in full, in the order of ``columns.DETAIL``."""
    assert isinstance(row, EventRow)
    event = row.event
    values: dict[str, list[str]] = {
        "date": [event.date], "end_date": [event.end_date or ""], "id": [event.id],
        "text": [event.text], "actors": [cell(list(event.actors))],
        "tags": [cell(list(event.tags))], "places": [cell(list(event.places))],
        "statement": [
            f"{s.speaker}: “{s.quote}”" + (f" (about {s.about})" if s.about else "")
            for s in event.statements
        ],
        "source": [event.source_label or ""],
        "section": [event.source.section if event.source else ""],
        "heading": [event.source.heading or "" if event.source else ""],
        "citation": [event.source.citation() if event.source else ""],
        "related": [cell(list(event.related))],
        "reported_by": [
            f"{source}: {other} ({reason})" for source, other, reason in row.reported_by
        ],
        "context": ["yes"] if row.context else [],
    }  # fmt: skip
    return [(key, value) for key in DETAIL[Kind.EVENTS] for value in values[key]]


def detail_blocks(report: Report) -> Iterator[str]:
    for number, row in enumerate(report.rows):
        if number:
            yield "\n"
        for key, value in detail_fields(row, report):
            yield f"{key}\t{plain_field(value)}\n"


def render_plain(report: Report, out: TextIO, options: RenderOptions) -> None:
    detailed = report.detail and report.kind in DETAIL
    for line in detail_blocks(report) if detailed else plain_lines(report):
        out.write(line)
