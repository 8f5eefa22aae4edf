"""``-f ics``: an iCalendar file of all-day events, made with the icalendar library.

icalendar takes care of line folding and escaping. Each event becomes a VEVENT with a UID
from its id, an all-day DTSTART and an exclusive DTEND after the last day it covers (a month
known only to the month spans the month), SUMMARY, DESCRIPTION (text, quotes, date as
given, source) and CATEGORIES from its tags. DTSTAMP honours SOURCE_DATE_EPOCH for
reproducible output.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, TextIO

from ktimeline import __version__
from ktimeline.report import EventRow

from .timelinejs import headline

if TYPE_CHECKING:
    from ktimeline.model import Event
    from ktimeline.report import Report

    from . import RenderOptions

UID_DOMAIN = "ktimeline"


def _stamp() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(tz=timezone.utc).replace(microsecond=0)


def description(event: Event) -> str:
    lines = [event.text]
    for statement in event.statements:
        lines.append(f"{statement.speaker}: “{statement.quote}”")
    given = event.date + (f" to {event.end_date}" if event.end_date else "")
    lines.append(f"Date as given: {given}")
    if event.source is not None and event.source.citation():
        lines.append(f"Source ({event.source.section}): {event.source.citation()}")
    return "\n".join(lines)


def render_ics(report: Report, out: TextIO, options: RenderOptions) -> None:
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", f"-//ktimeline//ktimeline {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", report.heading)
    stamp = _stamp()
    for row in report.rows:
        if not isinstance(row, EventRow):
            continue
        event = row.event
        entry = CalendarEvent()
        entry.add("uid", f"{event.id}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", date.fromisoformat(event.start))
        entry.add("dtend", date.fromisoformat(event.end) + timedelta(days=1))
        entry.add("summary", headline(event.text))
        entry.add("description", description(event))
        if event.tags:
            entry.add("categories", list(event.tags))
        calendar.add_component(entry)
    out.write(calendar.to_ical().decode("utf-8").replace("\r\n", "\n").replace("\n", "\r\n"))
