"""Live pages and recaps.

Time stamps, updates under datelines, hours under day headings, a page's published
date and an agency's dateline.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import _BULLET_FIRST
from ktimeline.importing.entries.date_reading import _date_at, _whole_days, month_number
from ktimeline.importing.entries.date_shapes import ENTRY_START
from ktimeline.importing.entries.furniture import AGENCY_DATELINE, DIGIT, SENTENCE_END, TIME_ITEM
from ktimeline.importing.entries.headings import INTRODUCTION_LINES, PUBLISHED
from ktimeline.importing.entries.pattern import DocumentPattern

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


# "• Published at 06:58 am June 12th, 2018", "Last updated at 03:48 pm June 12th, 2018": a
# live page's own day, with the time of day before it
PUBLISHED_DAY = re.compile(
    r"^[\s•*-]*(?:(?:first )?published|posted|last updated|updated)\s*:?(?:\s+(?:at|on))?\s+"
    r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+)?(?=\S)",
    re.IGNORECASE,
)


# "3:24pm- text", "10:05 am – text", "8.52pm Headline", "10:15 GMT Headline", "14:32" alone:
# a live page's time stamp before an update (without a separator the time must say it is
# one: a.m./p.m., a time zone, or a colon, and a capital must follow)
_ZONE = r"(?-i:GMT|BST|UTC|CES?T|[ECMP][SD]?T|KST|JST|IST|AE[SD]T|NZ[SD]T)"


_CLOCK = rf"\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*{_ZONE})?"


_CLOCK_ALONE = (  # (a time with no separator after it must say it is one)
    rf"(?:\d{{1,2}}[:.]\d\d\s*[ap]\.?m\.?|\d{{1,2}}\s*[ap]\.?m\.?|\d{{1,2}}:\d\d)(?:\s*{_ZONE})?"
    rf"|\d{{1,2}}[:.]\d\d\s*{_ZONE}"
)


# "Posted at 14:32": a live page's label before the time; "2:32 p.m. ET, June 12, 2018": the
# update's own day after it
_STAMP_LABEL = r"(?:(?:posted|updated|published)(?:\s+at)?\s+)?"


_STAMP_DAY = (  # (a weekday may come first: "Tue June 12, 2018")
    r"(?:[a-z]{3,9}\.?,?\s+)?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4})"
)


# ("23:55.- text": a full stop and a dash, as Spanish news pages write it, as after a date)
_STAMP_SEPARATOR = r"(?:\.?[-–—]|[:|])"


# "23:45" / ".- The road stays closed …": a time stamp alone on its line, its separator opening
# the text on the next
STAMP_SEPARATOR_OPENING = re.compile(rf"{_STAMP_SEPARATOR}[ \t]+(?=\S)")


TIME_STAMP = re.compile(
    rf"^\s*[*_]{{0,2}}{_STAMP_LABEL}"
    rf"(?:(?P<time>{_CLOCK})(?=(?:,\s*{_STAMP_DAY})?\s*{_STAMP_SEPARATOR})|(?P<bare>{_CLOCK_ALONE}))"
    rf"(?:,\s*(?P<stampday>{_STAMP_DAY}))?"
    rf"(?:\s*{_STAMP_SEPARATOR}\s*(?=\S)|[*_]{{0,2}}(?:\s+(?=(?-i:[A-Z])|[“\"‘'])|\s*$))",
    re.IGNORECASE,
)


# "12:00 AM January 28, 1950: The Supreme Court …", "9:30 p.m. 4 June 1989 – Troops …": a
# time of day that says it is one (a.m./p.m., or a 24-hour clock's colon) before an item's
# whole date
CLOCK_BEFORE_DATE = re.compile(
    r"^(?P<indent>\s*)(?P<time>\d{1,2}[:.]\d\d\s*[ap]\.?m\.?|\d{1,2}:\d\d)\s+(?=[A-Za-z\d])", re.I
)


def _clocks_before_dates(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with a time of day before an item's whole date ("12:00 AM January 28,
    1950: The Supreme Court …", a page's stamp on each item) written from the date on, and
    the times taken out (by line index): the date is the item's, the time is listed. Only
    before a date that writes its year and is followed by its separator and text, or alone
    on its line: "10:30 Troops cross" or "9:15 a.m. on 4 June the troops …" are no items'
    dates."""
    times: dict[int, str] = {}
    written = lines
    for index, line in enumerate(lines):
        if line.lstrip()[:1] not in DIGITS or (found := CLOCK_BEFORE_DATE.match(line)) is None:
            continue
        rest = line[found.end() :]
        match = ENTRY_START.match(rest)
        if match is None or match["bare"] is not None:
            continue  # ("9:30 PM June 1, 1952 The …": a separator must say where the date ends)
        first = dates.find_date(rest)
        if first is None or first.start() != 0 or not dates.has_year(first):
            continue
        if written is lines:
            written = list(lines)
        written[index] = found["indent"] + rest
        times[index] = found["time"]
    return written, times


DIGITS = frozenset("0123456789")


# (a time of day and a date's first letter or digit after it, at a line's start: most texts have
# none)
CLOCK_BEFORE_DATE_HINT = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s+)?[A-Za-z\d]", re.M | re.I
)


# "5.28 Z Warszawy startuje …", "7.00. Lotnisko …": a 24-hour clock written with a dot, a
# capital's word next, or the separator of an item's date before it ("18.53 – Schabowski …",
# "20.30: Les premiers …") (a time only where the document's lines so written are its hours:
# see dotted_clocks)
DOTTED_CLOCK = re.compile(
    r"(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)\.?(?:[ \t]+[–—-]|[ \t]?:)?[ \t]+(?=[^\W\d_])"
)


# "1.1 Scope", "2.3. Terms": a section's number, one digit after its dot
SECTION_NUMBER = re.compile(r"[ \t]*\d{1,2}\.\d\.?[ \t]+\S")


# "3.75 Wine …", "24.10 Cheese …": a number written as the dotted clocks are, two digits
# after its dot, that no clock can be (a price, a measure): its lines are no hours
DOTTED_NUMBER = re.compile(r"\d{1,2}\.\d\d\.?[ \t]+(?=[^\W\d_])")


def dotted_clocks(lines: Sequence[str]) -> bool:
    """Whether the document's lines opening with a dotted number and a capital's word ("5.28
    Z Warszawy …", "7.00. Lotnisko …", "7.15 Warunki …") are times of day: at least MIN_LINES
    of them, rising from one to the next over more than one hour, and no line numbered as a
    section is ("1.1 Scope": "1.10 Terms", "2.15 Fees" are then its sections, not hours), nor
    so written with a number no clock can be ("3.75 Wine": "1.20 Apples", "2.40 Bread" are
    then prices)."""
    clock: list[int] = []
    for line in lines:
        stripped = line.lstrip()
        if stripped[:1] not in DIGITS:
            continue
        if SECTION_NUMBER.match(stripped) is not None:
            return False
        found = DOTTED_CLOCK.match(stripped)
        if found is not None and stripped[found.end()].isupper():
            clock.append(int(found["hour"]) * 60 + int(found["minute"]))
        elif (
            found is None
            and (number := DOTTED_NUMBER.match(stripped)) is not None
            and stripped[number.end()].isupper()
        ):
            return False  # ("3.75 Wine": a price among them, so are the others)
    return (
        len(clock) >= DocumentPattern.MIN_LINES
        and all(earlier < later for earlier, later in pairwise(clock))
        and clock[-1] // 60 > clock[0] // 60
    )


def is_time_item(stripped: str, dotted: bool) -> bool:
    """Whether a line opens with a time of day, a new item of the day above (TIME_ITEM), or,
    where the document writes its hours so (``dotted``: see dotted_clocks), with a dotted
    clock and a capital's word ("7.15 Warunki …")."""
    if TIME_ITEM.match(stripped) is not None:
        return True
    found = DOTTED_CLOCK.match(stripped) if dotted else None
    return found is not None and stripped[found.end()].isupper()


# "09.04.2011 , aktualizacja: 10.04.2012 07:41", "12 May 2020 | updated 14 May 2020": a
# short line naming two days, no sentence: the page's own stamps (published, updated), not
# the day of its events
STAMPS_DAYS = 2


def _day_of_times(
    lines: Sequence[str], pattern: DocumentPattern, dotted: bool = False
) -> str | None:
    """The day (YYYY-MM-DD) of a chronology of hours with no day heading ("2:59 p.m. The
    rupture …", "[3:15 p.m.] Tsunami waves …", at least MIN_LINES of them): the one day its
    introduction names above the first ("… events for the Dec. 25, 2004, Indian Ocean
    Tsunami."), the page's own dates aside ("… a preliminary timeline posted Dec. 29, 2004",
    a line in brackets "(updated Jan. 28, 2005)", a short line of two days, "09.04.2011 ,
    aktualizacja: 10.04.2012 07:41"); ``dotted``: its hours written "7.15 Text" too
    (dotted_clocks). None — its times are reported, as before —
    where the document dates its entries, where the introduction names no day or several
    ("warned on Aug. 27 … how Aug. 29 unfolded": which is the times'?), or where the times
    run back (11:40 p.m., then 12:30 a.m.: past midnight, the next day)."""
    if any(pattern.writes(form) for _, form, *_ in pattern.starts):
        return None  # (a start the document does not write, "10 IV 2010 roku …" opening its
        # introduction, is no dated entry)
    times = [
        index
        for index, line in enumerate(lines)
        if line.lstrip()[:1] in TIME_STARTS and is_time_item(line.strip(), dotted)
    ]
    if len(times) < DocumentPattern.MIN_LINES:
        return None
    named: set[str] = set()
    for line in lines[: times[0]]:
        stripped = line.strip()
        if stripped[:1] not in "([" and DIGIT.search(stripped) is not None:
            days = _whole_days(PAGE_OWN_DAY.sub(" ", stripped))
            if len(days) < STAMPS_DAYS or not _is_dateline(stripped):
                named |= days
    clock = [
        _minutes(found[0])
        for index in times
        if (
            found := TIME_ITEM.match(lines[index].strip())
            or DOTTED_CLOCK.match(lines[index].strip())
        )
    ]
    if len(named) != 1 or any(later < earlier for earlier, later in pairwise(clock)):
        return None
    return named.pop()


# "posted Dec. 29, 2004", "updated on Jan. 28, 2005": the page's own day, not its events'
PAGE_OWN_DAY = re.compile(
    r"\b(?:posted|updated|published|revised|modified|compiled|retrieved|accessed)"
    r"(?:\s+(?:on|at))?\s+(?:\w+\.?\s+){0,1}\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\w+\.?,?\s+)?\d{4}",
    re.IGNORECASE,
)


MONTH = timedelta(days=31)


TIME_STARTS = frozenset("0123456789[")


CLOCK = re.compile(r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*(?:(?P<pm>p)|a)?", re.I)


def _minutes(stamp: str) -> int:
    """The minutes since midnight of a time stamp ("9.08pm" 1268, "14:32" 872)."""
    found = CLOCK.search(stamp)
    if found is None:
        return 0
    hour = int(found["hour"]) % 12 + (12 if found["pm"] else 0)
    if not found["pm"] and int(found["hour"]) >= 12:
        hour = int(found["hour"])  # ("14:32", "12:05 AM" is an hour after midnight)
        if re.search(r"\ba\.?m\b", stamp, re.I):
            hour %= 12
    return hour * 60 + int(found["minute"] or 0)


STAMP_LABEL_FIRST = frozenset("PpUu")  # "Posted at 14:32", "Updated 9:08 PM ET"


# "90 mins", "45+2 min", "67'" alone on a line, "Full-time: Spurs 0 Liverpool 2", "Half-time":
# a live page of a match stamps its updates with the match's minute. Unlike a time of day,
# the minute is part of what happened (the 86th minute's goal): it stays in the entry's text
MATCH_MINUTE = re.compile(
    r"^\s*[*_]{0,2}(?:\d{1,3}(?:\s*\+\s*\d{1,2})?\s*(?:mins?\.?|minutes?|['’])"
    r"|(?:full|half)[- ]?time|kick[- ]?off|FT|HT)[*_]{0,2}\s*(?:$|[:–—-]\s*(?=\S))",
    re.IGNORECASE,
)


MINUTE_FIRST = frozenset("FfHhKk")  # (what a minute stamp without digits starts with)


DATELINE_LENGTH = 80  # a dateline or byline is short ("By Jane Smith | June 12, 2018")


def _is_dateline(stripped: str) -> bool:
    """Whether a line may be a page's dateline or byline: short, no sentence, and no list
    item ("• Wednesday, Aug 12, 2020" in a page's menu is the day it was read on)."""
    return (
        0 < len(stripped) <= DATELINE_LENGTH
        and not SENTENCE_END.search(stripped)
        and stripped[:1] not in _BULLET_FIRST
    )


def live_page_stamps(
    lines: Sequence[str],
) -> tuple[dict[int, str], dict[int, re.Match[str]], bool] | None:
    """A live page's updates: ({line number: its day}, {line number: time stamp}) when the
    page names one
    day it was published and updated on and at least MIN_LINES lines start with a time of
    day (then a dash or colon, or a capital where the time says it is one: TIME_STAMP). The
    day is the one every "Published …"/"Last updated …" line near the top names; without
    such lines, the one the short lines above the first update name (a dateline, a byline:
    "June 12, 2018", "By Jane Smith | June 12, 2018", and a live page's day headings: see
    _updates_under_datelines), or the page's " date …" line. Each stamped line is an update
    of that day; else None (a time of day alone dates nothing). The flag: whether the stamps
    stay in the text (a recap of hours under day headings: _hours_under_day_headings)."""
    published_days: set[str] = set()
    datelines: dict[int, set[str]] = {}
    for index, line in enumerate(lines[:INTRODUCTION_LINES]):
        if len(line) >= 120:
            continue
        head = PUBLISHED_DAY.match(line)
        if head is not None:
            published_days |= _whole_days(line, head.end())
            continue
        stripped = line.strip()
        if _is_dateline(stripped):
            named = _whole_days(line)
            if named:
                datelines[index + 1] = named
    published = _published(lines)  # " date 2020-10-17": the page's own date at its top
    if not published_days and not datelines and published is None:
        return None  # (the common case: decided on the first lines)
    stamps = {}
    for number, line in enumerate(lines, 1):
        first = line[:5].lstrip(" \t*_")[:1]
        found = None
        if first.isdigit() or first in STAMP_LABEL_FIRST:
            found = TIME_STAMP.match(line)
        if found is None and (first.isdigit() or first in MINUTE_FIRST):
            found = MATCH_MINUTE.match(line)
        if found is not None:
            stamps[number] = found
    if len(stamps) < DocumentPattern.MIN_LINES:
        return None
    days = published_days
    if not days and datelines:
        year = int(min(min(named) for named in datelines.values())[:4])
        under = _updates_under_datelines(lines, stamps, year)
        if under is not None:
            return _stamped_days(under[0], stamps), stamps, False
        if published is None:
            return None  # (else the page's " date …" line: a dateline it shows is its own)
    if published is not None:
        days = days | {published.isoformat()}
    if len(days) != 1:
        return None
    day = days.pop()
    # a page of several days: its day headings ("Saturday 26 February") date the updates
    under = _updates_under_datelines(lines, stamps, int(day[:4]))
    if under is not None and len(set(under[0].values())) > 1:
        return _stamped_days(under[0], stamps), stamps, False
    hours = _hours_under_day_headings(lines, stamps, int(day[:4]), day)
    if hours is not None:
        return hours, stamps, True
    return _stamped_days(dict.fromkeys(stamps, day), stamps), stamps, False


def _hours_under_day_headings(
    lines: Sequence[str], stamps: dict[int, re.Match[str]], year: int, page_day: str
) -> dict[int, str] | None:
    """A recap of hours under day headings, on a page dated after them: "- December 4 -" /
    "12:27 am" / "Lawmakers rush to parliament …" / "1:03 am" / …: each time is of the
    day heading above it, and the times of each day run oldest first (at least MIN_LINES - 1
    times one after another, never newest first). The time is when the event happened, not
    when an update was posted: it stays in the entry's text. The headings write no year (a
    live page's dateline does: "June 12, 2018"). Else None."""
    if any(found.re is not TIME_STAMP for found in stamps.values()):
        return None

    def day_heading(line: str) -> str | None:
        stripped = line.strip().strip(" -–—*_=#:")
        if not 3 <= len(stripped) <= 40 or not dates.date_candidate().match(stripped):
            return None
        found = _date_at(stripped)
        if found is not None and found.end("date") == len(stripped) and not dates.has_year(found):
            named = _whole_days(stripped, 0, year)
            if len(named) == 1 and (day := next(iter(named))) <= page_day:
                return day
        return None

    day_of = _stamps_under_headings(lines, stamps, day_heading)
    return day_of if day_of is not None and _times_run(day_of, stamps, newest_first=False) else None


# What a heading reader of ``_stamps_under_headings`` says of a heading that names more than
# one day: the page is not read as updates under headings.
_NOT_ONE_DAY = ""


def _stamps_under_headings(
    lines: Sequence[str], stamps: dict[int, re.Match[str]], heading: Callable[[str], str | None]
) -> dict[int, str] | None:
    """Each stamped line's day: that of the nearest heading above it, ``heading`` giving a
    line's day (None: the line is no heading; ``_NOT_ONE_DAY``: a heading that refuses the
    page). None when a stamp has no heading above it or a heading refuses the page."""
    day_of: dict[int, str] = {}
    current: str | None = None
    for number, line in enumerate(lines, 1):
        if number in stamps:
            if current is None:
                return None
            day_of[number] = current
        elif (day := heading(line)) is not None:
            if day == _NOT_ONE_DAY:
                return None
            current = day
    return day_of


def _stamped_days(days: dict[int, str], stamps: dict[int, re.Match[str]]) -> dict[int, str]:
    """The updates' days, an update's own day ("2:32 p.m. ET, June 12, 2018") before the
    page's."""
    for number, found in stamps.items():
        if (
            found.re is TIME_STAMP
            and found["stampday"]
            and (named := _whole_days(found["stampday"]))
        ):
            days[number] = min(named)
    return days


def _updates_under_datelines(
    lines: Sequence[str], stamps: dict[int, re.Match[str]], year: int
) -> tuple[dict[int, str], dict[int, re.Match[str]]] | None:
    """Each update's day: the one the nearest short line above it names (a page's dateline,
    "June 12, 2018", or a live page's day heading, "Saturday 13 June 2018"), when every
    update has one and the updates of each day run newest first (at least MIN_LINES - 1
    times one after another, never oldest first): a day's hours in order ("26th of April
    1986" / "01:00 a.m. – …" / "01:03 a.m. – …") are a chronology's items. A heading without
    its year ("Saturday 26 February") is of ``year``, the page's. Else None."""

    def dateline(line: str) -> str | None:
        if not _is_dateline(line.strip()) or not (named := _whole_days(line, 0, year)):
            return None
        return next(iter(named)) if len(named) == 1 else _NOT_ONE_DAY

    day_of = _stamps_under_headings(lines, stamps, dateline)
    if day_of is None or not _times_run(day_of, stamps, newest_first=True):
        return None
    return day_of, stamps


def _times_run(
    day_of: dict[int, str], stamps: dict[int, re.Match[str]], *, newest_first: bool
) -> bool:
    """Whether the stamped times of each day run one way — oldest first, or newest first —
    at least MIN_LINES - 1 times one after another, and never the other way."""
    in_order = 0
    for earlier, later in pairwise(sorted(stamps)):
        if day_of[earlier] != day_of[later]:
            continue
        earlier_time = _minutes(stamps[earlier].group())
        later_time = _minutes(stamps[later].group())
        step = earlier_time - later_time if newest_first else later_time - earlier_time
        if step < 0:
            return False
        in_order += step > 0
    return in_order >= DocumentPattern.MIN_LINES - 1


def _page_date_apart(lines: list[str]) -> list[str]:
    """ " date 2022-08-13 1947 India tour Australia": a page's date line with its first line
    run on after it; where that line opens with a date, it is read as a line of its own
    (after a page break, so its number stays), the page's date before it."""
    index = next((n for n, line in enumerate(lines) if line.strip()), None)
    if index is None or (found := PUBLISHED.match(lines[index])) is None:
        return lines
    rest = lines[index][found.end() :].lstrip()
    if not rest or not dates.date_candidate().match(rest) or ENTRY_START.match(rest) is None:
        return lines
    written = list(lines)
    written[index] = f"{lines[index][: found.end()]}\f{rest}"
    return written


def _published(lines: Sequence[str]) -> date | None:
    """The page's own date, written at its top (see PUBLISHED), or None."""
    first = next((line for line in lines if line.strip()), "")
    found = PUBLISHED.match(first)
    if found is None:
        return None
    try:
        return date.fromisoformat(found["iso"])
    except ValueError:
        return None


def _agency_dateline(lines: Sequence[str]) -> date | None:
    """The day of a news agency's dateline above the first entry (see AGENCY_DATELINE)."""
    for line in lines:
        found = AGENCY_DATELINE.match(line) if "(" in line else None
        if found is not None:
            with contextlib.suppress(ValueError):
                return date(int(found["year"]), month_number(found["month"]), int(found["day"]))
    return None
