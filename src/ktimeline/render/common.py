"""Small helpers several renderers share: how dates read, where rows come from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.model import DatePrecision, month_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ktimeline.model import Event


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


def citations(events: Iterable[Event]) -> list[str]:
    """The distinct source citations of some events, in first-seen order."""
    seen: list[str] = []
    for event in events:
        if event.source is not None:
            citation = event.source.citation()
            if citation and citation not in seen:
                seen.append(citation)
    return seen
