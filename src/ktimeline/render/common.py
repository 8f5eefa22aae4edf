"""Small helpers several renderers share: how dates read, where rows come from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.model import DatePrecision, month_name

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ktimeline.model import Event
    from ktimeline.search import Match


# Heads the events only possibly in the range asked for (listed after the others by --overlap).
POSSIBLY = "May fall in this range (dated only to a month or year, or spanning longer)"


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
