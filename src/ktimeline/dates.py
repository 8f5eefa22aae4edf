"""The date grammar.

Two grammars live here:

* data dates, strict: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` — the written form is the
  precision, and an event covers every day of its span;
* user dates, forgiving: the same ISO forms plus written forms ("Nov 5 2019",
  "Dec. 3, 2019", "Sept. 1, 2019", "November 2019") read by python-dateutil.

dateutil fills missing parts from a default (today, unless told otherwise), so
``parse("2019")`` would give 2019-<today's month and day>. We parse twice with two different
sentinel defaults instead and treat any part that differs between the two as missing; that is
how "November 2019" becomes the whole month and "Nov 5" (no year) becomes an error rather
than a day of the current year.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import NamedTuple

from .errors import UsageError
from .model import DatePrecision

ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
ACCEPTED_FORMS = "use YYYY-MM-DD, YYYY-MM, YYYY or a written date such as 'Nov 5 2019'"
MAX_DATE_ARGUMENT = 64  # longer input is not a date; refuse it before dateutil tokenises it

# Two leap years and two different day/month defaults: a part that differs between the two
# parses was not in the text.
_SENTINELS = (datetime(2000, 1, 1), datetime(2004, 2, 2))


class DateSpan(NamedTuple):
    """An inclusive span of days, with the precision it was given at."""

    start: date
    end: date
    precision: DatePrecision

    @property
    def start_iso(self) -> str:
        return self.start.isoformat()

    @property
    def end_iso(self) -> str:
        return self.end.isoformat()


def days_in_month(year: int, month: int) -> int:
    """(calendar.monthrange without importing calendar, which pulls in locale.)"""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def span_of(year: int, month: int | None = None, day: int | None = None) -> DateSpan:
    """The days a partial date covers. Raises ValueError for impossible dates."""
    if month is None:
        return DateSpan(date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR)
    if day is None:
        last = days_in_month(year, month) if 1 <= month <= 12 else 0
        return DateSpan(date(year, month, 1), date(year, month, last), DatePrecision.MONTH)
    one_day = date(year, month, day)
    return DateSpan(one_day, one_day, DatePrecision.DAY)


def parse_iso_partial(text: str) -> DateSpan:
    """Parse a strict data date. Raises ValueError with a reason a user can act on."""
    match = ISO_PARTIAL.fullmatch(text)
    if match is None:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    try:
        return span_of(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r} does not exist ({exc})") from None


def event_span(date_text: str, end_text: str | None) -> tuple[str, str]:
    """First and last ISO day covered by an event's ``date`` and optional ``end_date``."""
    span = parse_iso_partial(date_text)
    if len(date_text) == 10 and end_text is None:
        return date_text, date_text  # the common case, without building new strings
    last = span.end
    if end_text is not None:
        end_span = parse_iso_partial(end_text)
        if end_span.end < span.start:
            raise ValueError(f"end_date {end_text!r} is before date {date_text!r}")
        last = end_span.end
    return span.start.isoformat(), last.isoformat()


def parse_date_argument(text: str, name: str) -> DateSpan:
    """Parse a date a user typed; ``name`` (e.g. "START") is used in messages."""
    cleaned = text.strip()
    if not cleaned:
        raise UsageError(f"{name} is empty", ACCEPTED_FORMS)
    if len(cleaned) > MAX_DATE_ARGUMENT:
        raise UsageError(f"{name} is not a date ({len(cleaned)} characters)", ACCEPTED_FORMS)
    if ISO_PARTIAL.fullmatch(cleaned):
        try:
            return parse_iso_partial(cleaned)
        except ValueError:
            raise UsageError(f"{name} {cleaned!r} is not a real date", ACCEPTED_FORMS) from None
    if cleaned.isdigit():
        raise UsageError(f"{name} {cleaned!r} is not a date", ACCEPTED_FORMS)
    return _parse_written(cleaned, name)


def _parse_written(text: str, name: str) -> DateSpan:
    from dateutil import parser  # imported only for dates that are not ISO

    try:
        first, second = (parser.parse(text, default=default) for default in _SENTINELS)
    except (ValueError, OverflowError) as exc:
        reason = "is not a real date" if "out of range" in str(exc) else "is not a date"
        raise UsageError(f"{name} {text!r} {reason}", ACCEPTED_FORMS) from None
    if first.year != second.year:
        raise UsageError(f"{name} {text!r} has no year", ACCEPTED_FORMS)
    try:
        if first.month != second.month:
            return span_of(first.year)
        if first.day != second.day:
            return span_of(first.year, first.month)
        return span_of(first.year, first.month, first.day)
    except ValueError:  # pragma: no cover - dateutil has already checked the calendar
        raise UsageError(f"{name} {text!r} is not a real date", ACCEPTED_FORMS) from None


def parse_range(start: str, end: str | None = None) -> tuple[date, date]:
    """An inclusive range of days: START's first day to END's last day.

    Without END, the range is START's own span: "2019-11" is all of November.
    """
    start_span = parse_date_argument(start, "START")
    end_span = parse_date_argument(end, "END") if end is not None else start_span
    if start_span.start > end_span.end:
        raise UsageError(
            f"START {start!r} is after END {end!r}",
            f"give the earlier date first, e.g. {end_span.start_iso} {start_span.end_iso}",
        )
    return start_span.start, end_span.end


def parse_bounds(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    """The --from/--to filter: --from's first day and --to's last day, either optional."""
    low = parse_date_argument(date_from, "--from").start if date_from is not None else None
    high = parse_date_argument(date_to, "--to").end if date_to is not None else None
    if low is not None and high is not None and low > high:
        raise UsageError(f"--from {date_from!r} is after --to {date_to!r}")
    return low, high
