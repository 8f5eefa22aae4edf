"""``-f timelinejs``: the JSON that Knight Lab's TimelineJS3 loads.

A title slide carries the citation; each event is a slide whose ``start_date`` has the
event's own precision (year; year and month; or year, month and day), with ``end_date`` for
spans, ``text`` {headline, text} and ``group`` from the event's main tag. TimelineJS renders
the headlines, texts, display dates and group names as HTML, so every one of them is
HTML-escaped (a tag ``<img src=x onerror=…>`` shows as text, never runs).
"""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.model import DatePrecision
from ktimeline.render.common import POSSIBLY, citations, readable_span
from ktimeline.report import EventRow

if TYPE_CHECKING:
    from ktimeline.model import Event
    from ktimeline.render import RenderOptions
    from ktimeline.report import Report

HEADLINE_WORDS = 12


def timeline_date(iso: str) -> dict[str, Any]:
    """{"year": 2019, "month": 11, "day": 5} at the date's own precision."""
    date: dict[str, Any] = {"year": int(iso[:4])}
    precision = DatePrecision.of(iso)
    if precision >= DatePrecision.MONTH:
        date["month"] = int(iso[5:7])
    if precision is DatePrecision.DAY:
        date["day"] = int(iso[8:10])
    return date


def headline(text: str) -> str:
    words = text.split()
    return " ".join(words[:HEADLINE_WORDS]) + (" …" if len(words) > HEADLINE_WORDS else "")


def slide(event: Event, possible: bool = False) -> dict[str, Any]:
    body = f"<p>{escape(event.text)}</p>"
    if event.statements:
        quotes = "".join(
            f"<li>{escape(s.speaker)}: “{escape(s.quote)}”</li>" for s in event.statements
        )
        body += f"<ul>{quotes}</ul>"
    if event.actors:
        body += f"<p><small>{escape(', '.join(event.actors))}</small></p>"
    result: dict[str, Any] = {"unique_id": event.id, "start_date": timeline_date(event.date)}
    if event.end_date is not None:
        result["end_date"] = timeline_date(event.end_date)
    result["display_date"] = escape(readable_span(event) + (f" · {POSSIBLY}" if possible else ""))
    result["text"] = {"headline": escape(headline(event.text)), "text": body}
    if event.main_tag:
        result["group"] = escape(event.main_tag)
    return result


def render_timelinejs(report: Report, out: TextIO, options: RenderOptions) -> None:
    rows = [row for row in report.rows if isinstance(row, EventRow)]
    events = [row.event for row in rows]
    sources = citations(events)
    document = {
        "title": {
            "text": {
                "headline": escape(report.heading),
                "text": "".join(f"<p>{escape(c)}</p>" for c in sources),
            }
        },
        "events": [slide(row.event, row.possible) for row in rows],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
