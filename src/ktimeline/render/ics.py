"""``-f ics``: an iCalendar file of all-day events, made with the icalendar library.

icalendar takes care of line folding and escaping; the controls RFC 5545 forbids in TEXT
(NUL, VT, FF, DEL …) and the C1 ones (NEL) are written as visible escapes (``text_field``).
Each event becomes a VEVENT with a UID from its id, an all-day DTSTART and an exclusive DTEND
after the last day it covers, SUMMARY, DESCRIPTION (text, quotes, date as given, source) and
CATEGORIES from its tags. DTSTAMP honours SOURCE_DATE_EPOCH for reproducible output.

An event known only to a month or a year (or whose span starts or ends so) is not a month- or
year-long banner across a calendar: it is a one-day entry on the first day of its period, its
SUMMARY led by the period ("Dec 2019: …"), marked free (TRANSP:TRANSPARENT) and with
X-KTIMELINE-PRECISION. Only when the events that may fall in a range were asked for
(``--overlap``; the report is then marked) is such an event written across its whole span,
with X-KTIMELINE-IN-RANGE saying whether it is certainly or only possibly in the range.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, TextIO

from ktimeline.model import DatePrecision
from ktimeline.render.common import readable_span, written_at
from ktimeline.render.safe import text_field
from ktimeline.render.timelinejs import headline
from ktimeline.report import EventRow, in_range_mark
from ktimeline.version import __version__

if TYPE_CHECKING:
    from icalendar import Event as CalendarEvent

    from ktimeline.model import Event
    from ktimeline.render import RenderOptions
    from ktimeline.report import Report

UID_DOMAIN = "ktimeline"


def imprecise(event: Event) -> bool:
    """Known only to a month or year at either end."""
    ends = (event.date,) if event.end_date is None else (event.date, event.end_date)
    return any(DatePrecision.of(end) is not DatePrecision.DAY for end in ends)


def description(event: Event, on_first_day: bool = False) -> str:
    lines = [event.text]
    for statement in event.statements:
        lines.append(f"{statement.speaker}: “{statement.quote}”")
    given = event.date + (f" to {event.end_date}" if event.end_date else "")
    where = " (not known to the day: shown on the first day of its period)"
    lines.append(f"Date as given: {given}{where if on_first_day else ''}")
    if event.source is not None and event.source.citation():
        lines.append(f"Source ({event.source.section}): {event.source.citation()}")
    return text_field("\n".join(lines))


def render_ics(report: Report, out: TextIO, options: RenderOptions) -> None:
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", f"-//ktimeline//ktimeline {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", text_field(report.heading))
    stamp = written_at()
    for row in report.rows:
        if not isinstance(row, EventRow):
            continue
        event = row.event
        entry = CalendarEvent()
        entry.add("uid", f"{event.id}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        first = date.fromisoformat(event.start)
        summary = headline(event.text)
        if imprecise(event):
            entry.add("x-ktimeline-precision", DatePrecision(event.precision).name.lower())
            entry.add("transp", "TRANSPARENT")
        on_first_day = imprecise(event) and not report.marked
        if on_first_day:
            entry.add("dtstart", first)  # one day: the period's first, not a banner over it
            _add_end(entry, first, first)
            summary = f"{readable_span(event)}: {summary}"
        else:
            entry.add("dtstart", first)
            _add_end(entry, first, date.fromisoformat(event.end))
        if report.marked:
            entry.add("x-ktimeline-in-range", in_range_mark(row))
        entry.add("summary", text_field(summary))
        entry.add("description", description(event, on_first_day))
        if event.tags:
            entry.add("categories", [text_field(tag) for tag in event.tags])
        calendar.add_component(entry)
    out.write(calendar.to_ical().decode("utf-8").replace("\r\n", "\n").replace("\n", "\r\n"))


def _add_end(entry: CalendarEvent, first: date, last: date) -> None:
    """DTEND is the day after the last one; after 9999-12-31 there is none (an event on that
    day was an internal error), so the length is given instead (DURATION, RFC 5545)."""
    if last < date.max:
        entry.add("dtend", last + timedelta(days=1))
    else:
        entry.add("duration", timedelta(days=(last - first).days + 1))
