"""Small helpers several renderers share: how dates read, where rows come from."""

from __future__ import annotations

import os
from contextlib import suppress
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ktimeline.model import DatePrecision, month_name

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ktimeline.model import Event
    from ktimeline.search import Match


# Heads the events only possibly in the range asked for (listed after the others by --overlap).
POSSIBLY = "May fall in this range (dated only to a month or year, or spanning longer)"


def written_at() -> datetime:
    """When a file written now says it was made (an iCalendar DTSTAMP, a workbook's creation
    time), in UTC: SOURCE_DATE_EPOCH's second, for reproducible files, when it is a count of
    seconds in the digits 0-9 that a date can hold; else now, to the second (a value of
    another kind, "²", "99999999999999", was an internal error)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isascii() and epoch.isdigit():
        with suppress(ValueError, OverflowError, OSError):
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(tz=timezone.utc).replace(microsecond=0)


def readable_date(iso: str) -> str:
    """ "2019-11-05" -> "5 Nov 2019"; "2019-11" -> "Nov 2019"; "2019" -> "2019"."""
    precision = DatePrecision.of(iso)
    if precision is DatePrecision.YEAR:
        return iso
    month = month_name(int(iso[5:7]), short=True)
    if precision is DatePrecision.MONTH:
        return f"{month} {iso[:4]}"
    return f"{int(iso[8:10])} {month} {iso[:4]}"


def readable_span(event: Event) -> str:
    """An event's date as a person reads it, with its end for spans."""
    if event.end_date is None:
        return readable_date(event.date)
    return f"{readable_date(event.date)} – {readable_date(event.end_date)}"


def why_notes(score: float | None, matched: Sequence[Match] = ()) -> list[str]:
    """What a search result's text may not show: how close a fuzzy match was ("score 87"),
    and what an event matched only through ("via tag cyber")."""
    from ktimeline.search import vias

    notes = [f"score {score:.0f}"] if score is not None and score < 100 else []
    return notes + [f"via {via}" for via in vias(matched)]


def citations(events: Iterable[Event]) -> list[str]:
    """The distinct source citations of some events, in first-seen order."""
    seen: list[str] = []
    for event in events:
        if event.source is not None:
            citation = event.source.citation()
            if citation and citation not in seen:
                seen.append(citation)
    return seen
