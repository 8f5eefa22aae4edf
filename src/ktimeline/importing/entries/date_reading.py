"""Reading the dates a line writes.

An entry's date and end from a date shape's match, the date at a place in a line, the
whole days a line names, a month or year as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET_SIGNS
from ktimeline.importing.entries.date_shapes import ENTRY_START

if TYPE_CHECKING:
    from collections.abc import Callable


def _date_opening(line: str, first: Callable[[str], bool] = str.isalnum) -> re.Match[str] | None:
    """The date that starts ``line`` after its bullet, if any, and if the line's first
    character passes ``first`` (``str.isalpha``: a month, not a year): what the rewrites of a
    document's lines ask before they take its dates for other than its entries' (a date
    that starts a line marks the document's own entries)."""
    stripped = line.strip().lstrip(BULLET_SIGNS)
    return ENTRY_START.match(stripped) if first(stripped[:1]) else None


# --- reading dates --------------------------------------------------------------------------


month_number = dates.month_number


Years = dates.YearContext


NO_YEAR = dates.NO_YEAR


def entry_dates(m: re.Match[str], years: Years) -> tuple[str, str | None, str | None] | str:
    """(date, end_date, note) of an entry's date, or why it cannot be read (see dates)."""
    return dates.resolve_date(m, years)


def _written_month(match: re.Match[str]) -> int | None:
    if match["holiday"]:  # "New Year's Day": January
        return int(dates.date_parts(match)["m1"] or 0) or None
    if match["cm"]:  # "2019년 9월": the number before 월
        return int(match["cm"])
    found = _WRITTEN_MONTH.search(match["date"])
    return dates.month_number(found.group()) if found else None


def _written_year(match: re.Match[str]) -> int | None:
    found = _WRITTEN_YEAR.search(match["date"])
    return int(found.group()) if found else None


# (compiled once: ``re.search(string, …)`` looks its pattern up on every call)
_WRITTEN_MONTH = re.compile(rf"{dates.TEXT_MONTH}|{dates.TEXT_FOREIGN_MONTH}", re.IGNORECASE)


_WRITTEN_YEAR = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")


# a month's name right before a year, in any language the grammar knows ("Mei 1998", "May
# 1998", "mars 1990"; "Mars 2020" is a mission too: see _years_of_month)
_MONTH_BEFORE_YEAR = re.compile(
    rf"(?<![^\W\d_])(?P<month>{dates.TEXT_MONTH}|{dates.TEXT_FOREIGN_MONTH})\.?,?\s+(?:de\s+)?"
    rf"(?P<year>[12]\d{{3}})(?!\d)",
    re.IGNORECASE,
)


def _years_of_month(line: str, month: int, at: int = 0) -> set[int]:
    """The years a line writes after the name of ``month`` from ``at`` on: "Kerusuhan Mei
    1998 pecah" under its item "13 Mei" names 1998. Only that month's name counts, so a
    name that is a month too ("Mars 2020", a mission) is read only in an item of March."""
    return {
        int(found["year"])
        for found in _MONTH_BEFORE_YEAR.finditer(line, at)
        if month_number(found["month"]) == month
    }


def _date_at(text: str, at: int = 0) -> re.Match[str] | None:
    """The date written at ``at`` (its group "date"), as dates.find_date reads it. Where the
    date ends the text, as most dates the layout passes look at do ("(June 25, 1950)",
    a dateline), the entry-start pattern compiled with this module reads it: the text
    grammar's own pattern (some 12 ms to compile) is then compiled only for a text whose
    date goes on into other words."""
    found = ENTRY_START.match(text, at)
    if found is not None and found.end("date") == len(text.rstrip()):
        return found
    return dates.find_date(text, at)


def _whole_date_at(line: str, at: int) -> re.Match[str] | None:
    """The date written at ``at`` when it names a day and its year ("June 13, 2013")."""
    found = dates.find_date(line, at)
    if found is None:
        return None
    parts = dates.date_parts(found)
    return found if parts.get("d1") and (parts.get("y1") or parts.get("y2")) else None


# the weekdays of the languages the corpus reads, Monday 0 … Sunday 6 (as date.weekday())
WEEKDAY_NUMBERS = {
    **dates.WEEKDAYS,
    **dict.fromkeys(("lundi", "montag", "lunes", "segunda"), 0),
    **dict.fromkeys(("mardi", "dienstag", "martes", "terça", "terca"), 1),
    **dict.fromkeys(("mercredi", "mittwoch", "miércoles", "miercoles", "quarta"), 2),
    **dict.fromkeys(("jeudi", "donnerstag", "jueves", "quinta"), 3),
    **dict.fromkeys(("vendredi", "freitag", "viernes", "sexta"), 4),
    **dict.fromkeys(("samedi", "samstag", "sonnabend", "sábado", "sabado"), 5),
    **dict.fromkeys(("dimanche", "sonntag", "domingo"), 6),
}


def _whole_days(line: str, at: int = 0, year: int | None = None) -> set[str]:
    """The days (YYYY-MM-DD) a line names from ``at`` on with their years (or, given
    ``year``, without: "Saturday 26 February" on a page of 2022), each one day (not a span);
    a numeric date only where its order shows ("25/06/2018", not "06/07/2018"); never a day
    the calendar lacks ("Updated: 30 February 2016" names none)."""
    days = set()
    for candidate in dates.date_candidate().finditer(line, at):
        found = _date_at(line, candidate.start())
        if found is None:
            continue
        order = "mdy"
        if found["nd1"]:
            if max(int(found["nd1"]), int(found["nd2"])) <= 12:
                continue  # (which is the month?)
            order = "dmy" if int(found["nd1"]) > 12 else "mdy"
        parts = dates.date_parts(found, order)
        written_year = parts.get("y1") or year
        if not parts or not written_year or not parts.get("d1") or parts.get("d2"):
            continue  # ("Posted in News", "Updated: March 2018": no day named)
        month = dates.month_number(str(parts["m1"]))
        day = dates.day_number(str(parts["d1"]))
        year_number = int(str(written_year))
        if (
            1 <= year_number <= 9999
            and 1 <= month <= 12
            and 1 <= day <= dates.days_in_month(year_number, month)
        ):
            days.add(f"{year_number:04d}-{month:02d}-{day:02d}")
    return days
