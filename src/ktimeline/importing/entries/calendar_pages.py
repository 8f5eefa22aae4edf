"""Pages of one day of the calendar ("Today in history").

The day's heading and the years of its entries.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET_SIGNS, _is_bulleted
from ktimeline.importing.entries.date_reading import _date_at
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    _YEAR,
    SHORT_YEAR_ENTRY,
    TINY_YEAR_ENTRY,
    short_year_number,
)
from ktimeline.importing.entries.furniture import DIGIT, TOP_LINES
from ktimeline.importing.entries.pattern import DocumentPattern
from ktimeline.importing.entries.results import SkippedLine
from ktimeline.model import MONTH_NAMES

if TYPE_CHECKING:
    from ktimeline.importing.entries.results import Entry, Split


_YEAR_LINE = re.compile(rf"\s*(?P<year>{_YEAR})(?:\s*[:{_DASH_CHARS}])?\s+\S")


def _days_of_years(lines: list[str]) -> dict[int, tuple[int, int, int]]:
    """ "JULY 20" / "2014 The army enters …" / "1999 The party …": a page of what happened
    on one day of the year in many years ("On this day", "This week in history"). A month
    and day alone on a line, with no year, above at least three unbulleted lines that open
    with a year, is the day of each of those years: by the heading's line number, (month,
    day, the line number where its section ends). The entries read as years become days."""
    headings: list[tuple[int, int, int]] = []  # (line index, month, day)
    for index, line in enumerate(lines):
        if len(line) > DAY_HEADING_LENGTH:
            continue  # (cheap first: a heading is short, and a year's line follows it)
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if not below.strip() and index + 2 < len(lines):
            below = lines[index + 2]
        if not below.lstrip()[:1].isdigit():
            continue
        stripped = line.strip().rstrip(":").strip("*_#= ")
        if len(stripped) > 16 and DIGIT.search(stripped) is not None:
            stripped = _after_label(stripped)
        if not 4 <= len(stripped) <= 16 or not dates.date_candidate().match(stripped):
            continue
        found = _date_at(stripped)  # (the entry-start pattern: see _date_at)
        if found is None or found.end("date") != len(stripped) or dates.has_year(found):
            continue
        parts = dates.date_parts(found)
        if parts.get("d1") and parts.get("m1") and not parts.get("d2") and not parts.get("m2"):
            headings.append(
                (index, dates.month_number(str(parts["m1"])), dates.day_number(str(parts["d1"])))
            )
    days: dict[int, tuple[int, int, int]] = {}
    fewer: dict[int, tuple[int, int, int]] = {}  # (one or two years under the day)
    for position, (index, month, day) in enumerate(headings):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        years = sum(1 for line in lines[index + 1 : end] if _YEAR_LINE.match(line))
        if years >= DocumentPattern.MIN_LINES:
            days[index + 1] = (month, day, end)
        elif years:
            fewer[index + 1] = (month, day, end)
    if len(days) >= 2:
        # (a page of such days: a day with fewer years is one of them too, "December 25" /
        # "1185 – Around Christmas …" where the page is cut)
        days.update(fewer)
    return days


def _after_label(heading: str) -> str:
    """ "July 20" of "On this day: July 20" or "Today in history – July 20" (a short label
    without digits before the day) or "date 2023-10-21 Oct. 22" (the page's own date before
    it); else the heading."""
    stamp = PAGE_STAMP_BEFORE_DAY.match(heading)
    if stamp is not None:  # ("date 2023-10-21 Oct. 22": the page's own date, then the day)
        return heading[stamp.end() :]
    for sign in (": ", " – ", " — ", " - ", " | "):
        label, found, after = heading.rpartition(sign)
        if found and len(label) <= 30 and DIGIT.search(label) is None:
            return after.strip()
    # ("Kalendarium Pallotyńskie na 1 października", "Efemérides del 20 de julio", "Was
    # geschah am 20. Juli": a title's words, no digit among them, then the day that ends it)
    ending = next(iter(reversed(list(dates.date_in_text().finditer(heading)))), None)
    if (
        ending is not None
        and ending.end() == len(heading)
        and 0 < ending.start() <= DAY_LABEL_LENGTH
        and heading[ending.start() - 1] == " "
        and DIGIT.search(heading, 0, ending.start()) is None
    ):
        return heading[ending.start() :]
    return heading


DAY_HEADING_LENGTH = 60  # (a day's heading and its title's words: "Kalendarium … na 1 …")
DAY_LABEL_LENGTH = 40  # (the title's words before the day)


# "date 2023-10-21 Oct. 22": a page's stamp (a short label, an ISO day) before the day a
# "this day in history" page is about
PAGE_STAMP_BEFORE_DAY = re.compile(r"(?:[^\W\d_]{1,12}:?\s+)?\d{4}-\d\d-\d\d,?\s+")


# "2023-12-15, 07:30 Autor: …", "date 2023-12-15": a page's own day at its top (a dateline)
PAGE_DAY_LINE = re.compile(r"^\W*(?:[^\W\d_]{1,12}:?\s+)?(?P<iso>\d{4}-\d\d-\d\d)(?![\d-])")


# a day's observance: the day and month, no year, a separator, its text ("15 grudnia - Dzień
# …", "December 15: National Cupcake Day")
OBSERVANCE_SEPARATOR = re.compile(r"\s*(?:[:–—]|\s-|--)\s+\S")


def _calendar_page(
    lines: list[str],
) -> tuple[int, dict[int, tuple[int, int, int]], set[int]] | None:
    """A page of one day of the calendar ("Kartka z kalendarza", "Today in history"): its
    own day written at its top ("2023-12-15, 07:30 Autor: …"), then that day's observances
    with the day and month but no year ("15 grudnia - Dzień Ludwika Zamenhofa …"), then at
    least MIN_LINES lines opening with a year ("1387 - W Niemczech …"): what happened on that
    day in those years. Returns the page's year (the observances' year) and the section of
    the year lines (as _days_of_years gives it: by the last observance's line number, the
    month, the day and the section's end), or None: no other day without its year may stand
    on the page (a list of days is no page of one day). Third, the numbers of the lines that
    open with a year of one to three digits and its separator ("37 - Urodził się Neron …")
    above the first year of four, rising: the anniversaries of antiquity, read as years."""
    page: date | None = None
    for line in lines[:TOP_LINES]:
        found = PAGE_DAY_LINE.match(line) if line.lstrip()[:1].isdigit() else None
        if found is not None:
            with contextlib.suppress(ValueError):
                page = date.fromisoformat(found["iso"])
            break
    if page is None:
        return None
    observed: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.strip().lstrip(BULLET_SIGNS)
        if not stripped[:1].isalnum() or not dates.date_candidate().match(stripped):
            continue
        if PAGE_DAY_LINE.match(stripped) is not None:
            continue
        found_day = dates.find_date(stripped)
        if found_day is None or dates.date_shape(found_day) not in ("day-month", "month-day"):
            continue
        parts = dates.date_parts(found_day)
        if parts.get("d2") or parts.get("m2"):
            return None
        day = (dates.month_number(str(parts["m1"])), dates.day_number(str(parts["d1"])))
        if day != (page.month, page.day):
            return None  # (another day without its year: no page of one day)
        if OBSERVANCE_SEPARATOR.match(stripped, found_day.end()) is not None:
            observed.append(index)
    if not observed:
        return None
    below = lines[observed[-1] + 1 :]
    years = sum(1 for line in below if _YEAR_LINE.match(line))
    if years < DocumentPattern.MIN_LINES:
        return None
    short: list[tuple[int, int]] = []  # (line number, year)
    for index, line in enumerate(below, observed[-1] + 2):
        if _YEAR_LINE.match(line):
            break
        found = TINY_YEAR_ENTRY.match(line.strip()) or SHORT_YEAR_ENTRY.match(line.strip())
        if found is not None and not found["last"] and not found["hundreds"]:
            short.append((index, short_year_number(found)))
    if [year for _, year in short] != sorted({year for _, year in short}):
        short = []
    return page.year, {observed[-1] + 1: (page.month, page.day, len(lines))}, {n for n, _ in short}


def _date_years_by_day(
    split: Split, days: dict[int, tuple[int, int, int]], lines: list[str], headings: bool = True
) -> None:
    """Give the entries under a day-of-the-year heading (see _days_of_years) that day of
    their year; report the heading (with ``headings``: a calendar page's last observance is
    an entry, see _calendar_page), and a bulleted line under such an entry (a link or a
    note: the section's entries are not bulleted) instead of reading it as an entry."""
    kept: list[Entry] = []
    sections = sorted(days.items())
    for entry in split.entries:
        section = next((s for s in sections if s[0] < entry.line <= s[1][2]), None)
        if section is None or not re.fullmatch(r"\d{4}", entry.date) or entry.end_date:
            kept.append(entry)
            continue
        month, day = section[1][:2]
        if _is_bulleted(lines[entry.line - 1]) and not _year_left_out(lines, entry.line):
            reason = "a bulleted line under a day's entries (its entries are not bulleted)"
            split.unplaced.append(SkippedLine(entry.line, lines[entry.line - 1].strip(), reason))
            continue
        with contextlib.suppress(ValueError):
            entry.date = date(int(entry.date), month, day).isoformat()
            opening = _opening_days(entry.text, int(entry.date[:4]), entry.date)
            if opening is not None:  # ("W dniach 24 września – 1 października …")
                entry.date, entry.end_date = opening
        kept.append(entry)
    split.entries[:] = kept
    for line in days if headings else ():
        for group in (split.unplaced, split.layout):
            for skipped in [s for s in group if s.line == line]:
                group.remove(skipped)
        heading = lines[line - 1].strip()
        split.layout.append(SkippedLine(line, heading, "heading: the day of each year below"))


# an item's opening words before its days ("W dniach", "Between", "From"): two words at most
OPENING_WORD = re.compile(r"[^\W\d_]+\s+")
OPENING_WORDS = 2
OPENING_CHARACTERS = 24
DASH_BETWEEN = re.compile(rf"[{_DASH_CHARS}]")


def _opening_days(text: str, year: int, page_day: str) -> tuple[str, str] | None:
    """The span of days an item of a page of one day opens with after two words at most
    ("1922 – W dniach 24 września – 1 października odbyły się …" under "na 1 października"),
    when that span (no year written) holds the page's day: (its first day, its last) in the
    item's year; else None. A single day, or a span that misses the page's day, is none."""
    found = None
    for at in (0, *(word.end() for word in OPENING_WORD.finditer(text, 0, OPENING_CHARACTERS))):
        found = dates.find_date(text, at)
        if found is not None and found.start() == at:
            break
        found = None
    if found is None or len(text[: found.start()].split()) > OPENING_WORDS:
        return None
    if dates.date_shape(found) not in ("day-month", "month-day") or dates.has_year(found):
        return None
    if found["gd1"] and not DASH_BETWEEN.search(text, found.end("gd1"), found.start("gd2")):
        return None  # ("On 2 and 3 April …": two days of one month joined by a word, no span)
    read = dates.resolve_date(found, dates.YearContext(year))
    if isinstance(read, str) or read[1] is None or len(read[0]) != len(page_day):
        return None
    return (read[0], read[1]) if read[0] <= page_day <= read[1] else None


# "1894 – text": a year line's separator, a dash
_YEAR_DASH = re.compile(rf"\s*{_YEAR}\s*(?P<dash>[{_DASH_CHARS}])\s")


def _year_left_out(lines: list[str], number: int) -> bool:
    """Whether line ``number``, marked with a dash ("– Kongregacja ds. Erekcji …"), opens
    with the very dash that separates the year of the nearest year line above from its text
    ("1894 – Kongregacja ds. Biskupów …"): an item of that year whose year was written once
    for both, no link or note."""
    mark = lines[number - 1].lstrip()[:1]
    for line in reversed(lines[: number - 1]):
        found = _YEAR_DASH.match(line)
        if found is not None:
            return found["dash"] == mark
    return False


# the shapes of a page's own day: its month in words or Roman numerals, or in figures after the
# day with full stops ("3.4.2019 (Mittwoch)", as German and Polish pages write a day)
PAGE_DAY_SHAPES = ("day-month-year", "month-day-year", "day.month.year")
# "19.XII.2018 (Środa)", "19 December 2018, Wednesday": a page's own day alone on its line, its
# weekday perhaps after it in brackets or after a comma (see _page_day_over_years)
PAGE_DAY_WEEKDAY = re.compile(r"\s*(?:\(\s*[^\W\d_]{2,14}\s*\)|,\s*[^\W\d_]{2,14})?\s*")
# "1283-We franciszkańskim …": a year and a hyphen glued to its text's first letter
_YEAR_GLUED_LINE = re.compile(rf"\s*(?P<year>{_YEAR})[{_DASH_CHARS}](?=[^\W\d_])")


def _page_day_over_years(lines: list[str]) -> dict[int, tuple[int, int, int]] | None:
    """A page of one day of the calendar that writes its own day, with its year, at its top
    ("Kalendarium Historyczne" / "19.XII.2018 (Środa)" / "1283-We franciszkańskim …" / …):
    the day alone on its line (its weekday after it, perhaps), among the page's first lines,
    then at least MIN_LINES lines opening with a year, none later than the page's, and the
    page's day and month named in an entry's text without a year ("W dniach 18 i 19
    grudnia …"), that entry's year before the page's (a firm's page dated 5 May 2015 whose
    2015 item says "Today, on 5 May, we open …" names its own day, not its years'), no
    other day without its year named below: what happened on that day in
    those years. Returns the section as _days_of_years gives it (by the day line's number:
    the month, the day and the section's end), or None. (A news page's dateline above a
    company's years names no such day in them: its years stay years.)"""
    page: tuple[int, int, int, int] | None = None  # (line index, year, month, day)
    for index, line in enumerate(lines[:TOP_LINES]):
        stripped = line.strip()
        if not stripped[:1].isalnum():  # (the day first, "19.XII.2018", or its month first)
            continue
        found = dates.find_date(stripped)
        if found is None or PAGE_DAY_WEEKDAY.fullmatch(stripped, found.end()) is None:
            continue
        parts = dates.date_parts(found)
        if dates.date_shape(found) not in PAGE_DAY_SHAPES:
            continue
        if parts.get("d2") or parts.get("m2") or parts.get("y2"):
            continue
        with contextlib.suppress(ValueError):
            month = dates.month_number(str(parts["m1"]))
            page = (index, int(str(parts["y1"])), month, dates.day_number(str(parts["d1"])))
        break
    if page is None:
        return None
    at, year, month, day = page
    below = lines[at + 1 :]
    years = [
        int(found["year"])
        for line in below
        if (found := _YEAR_LINE.match(line) or _YEAR_GLUED_LINE.match(line)) is not None
    ]
    if len(years) < DocumentPattern.MIN_LINES or max(years) > year:
        return None
    named = False
    entry_year: int | None = None  # (the year of the entry a line below belongs to)
    for line in below:
        if (opening := _YEAR_LINE.match(line) or _YEAR_GLUED_LINE.match(line)) is not None:
            entry_year = int(opening["year"])
        for found in dates.date_in_text().finditer(line):
            if dates.date_shape(found) not in ("day-month", "month-day"):
                continue
            parts = dates.date_parts(found)
            with contextlib.suppress(ValueError):
                if dates.month_number(str(parts["m1"])) != month or parts.get("m2"):
                    return None  # (another month named: no page of one day)
            days = {dates.day_number(d) for d in (parts.get("d1"), parts.get("d2")) if d}
            if day not in days:
                return None
            named = named or (entry_year is not None and entry_year < year)
    return {at + 1: (month, day, len(lines))} if named else None


# "JULHO NA HISTÓRIA", "Julio en la historia", "## Julho": a month's name opening a short
# line with no digit (a "this month in history" page's heading; the rest of its words said)
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")


# "1 de 1997: Hong Kong …", "- 14 de 1789 – Queda …": the day of the month the heading
# names, "de", the year (three or four digits), then its separator (never "6 de 776 a.C.:",
# whose era stands between the year and the separator: left as written)
DAY_OF_YEAR_ITEM = re.compile(
    rf"^(?P<lead>[ \t]*(?:[-•*·▪◦●–—][ \t]*)?)(?P<day>\d{{1,2}})\s+del?\s+"
    rf"(?P<year>[1-9]\d{{2,3}})(?P<sep>\s*(?::|[{_DASH_CHARS}]{{1,2}})(?=\s))"
)


# (one scan of the text before the lines are read: most texts have no such line)
DAY_OF_YEAR_HINT = re.compile(r"^[ \t]*(?:\S[ \t]*)?\d{1,2}[ \t]+del?[ \t]+[1-9]\d{2,3}\b", re.M)


def _month_heading(line: str) -> int | None:
    """The month of a short heading line that opens with a month's whole name and writes
    no digit ("JULHO NA HISTÓRIA" → 7), else None."""
    stripped = line.strip().strip("*_#=: ")
    if not stripped or len(stripped) > 40 or DIGIT.search(stripped) is not None:
        return None
    word = _MONTH_WORD.match(stripped)
    if word is None:
        return None
    return dates.MONTHS.get(word.group().lower())


def _days_of_years_under_month(lines: list[str]) -> list[str]:
    """ "JULHO NA HISTÓRIA" / "1 de 1997: Hong Kong …" / "2 de 1566: morre …": a page of what
    happened in one month of the year in many years, each line the day of the month, "de"
    (Portuguese, Spanish) and the year. Under a heading that names the month and no year (see
    _month_heading), at least MIN_LINES such lines in the document, each a real day of that
    month in its year, are written as that day ("July 1, 1997: Hong Kong …"), up to the next
    month's heading. Else the lines unchanged (a day and a year without a month read
    nowhere)."""
    month: int | None = None
    found: dict[int, tuple[int, re.Match[str]]] = {}
    for index, line in enumerate(lines):
        heading = _month_heading(line) if line.strip().lstrip("*_#= ")[:1].isalpha() else None
        if heading is not None:
            month = heading
            continue
        item = DAY_OF_YEAR_ITEM.match(line) if month is not None else None
        if item is None or month is None:
            continue
        try:
            date(int(item["year"]), month, int(item["day"]))
        except ValueError:
            continue  # ("31 de 1990" under June: no day of that month, left as written)
        found[index] = (month, item)
    if len(found) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index, (month, item) in found.items():
        day = f"{MONTH_NAMES[month - 1]} {int(item['day'])}, {item['year']}{item['sep']}"
        written[index] = f"{item['lead']}{day}{lines[index][item.end() :]}"
    return written
