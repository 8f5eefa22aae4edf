"""``-f plain``: one tab-separated line per record; no colour, no wrapping, no truncation.

Columns (stable; documented in the README):

* events: date, id, text (a span's date is written ``2019-11-22/2019-11-23``)
* quotes: date, speaker, quote, event id

and, for events and quotes listed with ``--overlap``, a last column ``certain`` or
``possible`` (in the range asked for).
* actors: name, kind, affiliation, role, events, statements, aliases ("; "-joined)
* tags: tag, events, description
* stats: key, count

Tabs, newlines and other control characters inside a field are written as visible escapes
(``\\t``, ``\\n``, ``\\e``), so every record stays on one line with the same columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from ktimeline.report import ActorRow, EventRow, QuoteRow, TagRow, in_range_mark
from ktimeline.stats import Bucket

from .safe import visible_controls

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ktimeline.model import Event
    from ktimeline.report import Report

    from . import RenderOptions


def event_date(event: Event) -> str:
    return f"{event.date}/{event.end_date}" if event.end_date else event.date


def plain_fields(row: object) -> list[str]:
    """The columns of one record, as text."""
    if isinstance(row, EventRow):
        return [event_date(row.event), row.event.id, row.event.text]
    if isinstance(row, QuoteRow):
        return [event_date(row.event), row.statement.speaker, row.statement.quote, row.event.id]
    if isinstance(row, ActorRow):
        actor = row.actor
        return [
            actor.name, actor.kind, actor.affiliation or "", actor.role or "",
            str(row.events), str(row.statements), "; ".join(actor.aliases),
        ]  # fmt: skip
    if isinstance(row, TagRow):
        return [row.name, str(row.events), row.description or ""]
    if isinstance(row, Bucket):
        return [row.key, str(row.total)]
    raise TypeError(f"cannot render {type(row).__name__}")


def plain_lines(rows: Iterable[object], marked: bool = False) -> Iterator[str]:
    for row in rows:
        fields = plain_fields(row)
        if marked and isinstance(row, (EventRow, QuoteRow)):
            fields.append(in_range_mark(row))
        yield "\t".join(visible_controls(field) for field in fields) + "\n"


def render_plain(report: Report, out: TextIO, options: RenderOptions) -> None:
    for line in plain_lines(report.rows, report.marked):
        out.write(line)
