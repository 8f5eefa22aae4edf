"""A document's years written short or implied.

Approximate years ("c. 1850"), three- and two-digit years, decades, seasons, years
below their days, the year a document's weekdays fit.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from bisect import bisect_left
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET_SIGNS, DECORATION, _is_bulleted
from ktimeline.importing.entries.date_reading import (
    WEEKDAY_NUMBERS,
    _date_opening,
    _written_year,
)
from ktimeline.importing.entries.date_shapes import (
    ERA_AFTER,
    FULL_YEAR,
    NO_SUCH_DATES,
    SHORT_YEAR_DOT,
    SHORT_YEAR_FIRST,
    TWO_DIGIT_YEAR,
    WEEKDAY_LEAD,
    WEEKDAY_STARTS,
    YEAR_ALONE,
)
from ktimeline.importing.entries.dates_after_texts import _date_alone_on, _date_moved_up
from ktimeline.importing.entries.furniture import ITEM_TITLE_WORDS, SENTENCE_END, layout_kind
from ktimeline.importing.entries.glued_dates import (
    GLUED_DAY_LINE_YEAR,
    GLUED_SHORT_YEAR_LINE,
    GLUED_SPAN_LINE,
    GLUED_YEAR_LINE,
    _glued_card_years,
    _glued_eras,
    _glued_month_years,
)
from ktimeline.importing.entries.headings import _next_with_text
from ktimeline.importing.entries.pattern import DocumentPattern
from ktimeline.importing.entries.results import SkippedLine

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ktimeline.importing.entries.results import Split


# "c. 1400s", "ca. 40 000 - 10 000 BC": an approximate date whose "c." a lettered list's
# mark would be ("c. 1991" after "a." and "b." lines is that list's item: the same reason)
CIRCA_MARKED = re.compile(r"(?:c|ca|circa)\.?\s*(?=\d)", re.I)


# "60er Jahre: Die ruhige Revolution", "años 60: …", "’60s – …": a decade written with two
# digits at a line's start (after a bullet), its century left to the reader
SHORT_DECADE = re.compile(
    r"^(?P<lead>\s*(?:[•*–-]\s*)?)(?:(?P<de>[1-9]0)er(?=[\s-]?Jahre|\b)|años\s+(?P<es>[1-9]0)\b"
    r"|[’'](?P<en>[1-9]0)s\b)"
)


# (a line that starts with a year, after a bullet or not: the decade's neighbours)
LEADING_YEAR = re.compile(r"^\s*(?:[•*–-]\s*)?(?P<year>(?:1[0-9]|20)[0-9][0-9])(?=[\s:.,;–—-])")


# (its first white space stops at a line break: "^\s*" read every blank line after each one,
# a long run of them in quadratic time, where the line after the last finds the same)
SHORT_DECADE_HINT = re.compile(
    r"^[^\S\n]*(?:[•*–-]\s*)?(?:[1-9]0er|años\s+[1-9]0|[’'][1-9]0s)", re.M
)


def _short_decades(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with a two-digit decade at their start ("60er Jahre: …", "años 60: …", "’60s
    – …") written whole ("1960er Jahre", "1960s") where the dated lines around it settle the
    century: the nearest line above and below that starts with a year are of one century,
    and the decade lies between them ("1942–1944: …" / "60er Jahre: …" / "1968: …"). Else
    the line is left out and returned (line index → its text) to be reported, not guessed
    and never joined to the entry above ("años 20: …" under "1982: …")."""
    years = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if (found := LEADING_YEAR.match(line)) is not None
    }
    written = list(lines)
    unsettled: dict[int, str] = {}
    for index, line in enumerate(lines):
        first = line.lstrip()[:1]
        found = SHORT_DECADE.match(line) if first.isdigit() or first in "•*–-’'a" else None
        if found is None:
            continue
        above = next((years[i] for i in range(index - 1, -1, -1) if i in years), None)
        below = next((years[i] for i in range(index + 1, len(lines)) if i in years), None)
        decade = None
        if above is not None and below is not None and above // 100 == below // 100:
            decade = above // 100 * 100 + int(found["de"] or found["es"] or found["en"])
            if not min(above, below) - 9 <= decade <= max(above, below):
                decade = None
        if decade is None:
            unsettled[index] = line.strip()
            written[index] = ""
            continue
        whole = f"{decade}er" if found["de"] else f"{decade}s"
        written[index] = found["lead"] + whole + line[found.end() :]
    return written, unsettled


# "1888/89 FL Preston": a sports season at a line's start (see _writes_seasons)
SEASON_START = re.compile(r"[ \t]*(?P<first>(?:1[0-9]|20)\d\d)/(?P<second>\d\d)(?![\d/])")


def _writes_seasons(lines: Sequence[str]) -> bool:
    """Whether at least MIN_LINES lines open with a season "1888/89" whose second part is
    no month ("89", "00"): the document's "1900/01" is then a season too (dates.py)."""
    seasons = 0
    for line in lines:
        season = SEASON_START.match(line) if "/" in line[:12] else None
        if season is not None:
            first, second = int(season["first"]), int(season["second"])
            seasons += second == (first + 1) % 100 and not 1 <= second <= 12
    return seasons >= DocumentPattern.MIN_LINES


def _writes_slashed_months(lines: Sequence[str]) -> bool:
    """Whether a line opens with a month "1949/12" that no pair of years can be (the second
    part no year after the first): the document's "1806/07" is then July 1806 (dates.py)."""
    for line in lines:
        month = SEASON_START.match(line) if "/" in line[:12] else None
        if month is not None:
            first, second = int(month["first"]), int(month["second"])
            if 1 <= second <= 12 and second != (first + 1) % 100:
                return True
    return False


# a cheap test for a year alone on its line in a text (YEAR_ALONE, below, reads one)
YEAR_ALONE_HINT = re.compile(r"\n[ \t]*(?:1[0-9]|20)\d\d[ \t]*\n")


def _years_below_days(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with "• 9. November" / "" / "1990" (a day and month alone, its year alone on
    the next written line: an archive's cards) written as "• 9. November 1990", where a
    document does so at least MIN_LINES times; the year lines are blanked and returned (by
    index) to be listed as layout. Else the lines unchanged (a lone "1990" under a day is a
    heading, as before)."""
    found: list[tuple[int, int, str]] = []
    for index, line in enumerate(lines):
        year = YEAR_ALONE.fullmatch(line)
        if year is None:
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above < 0 or index - above > 2:
            continue
        day = lines[above].strip().lstrip(BULLET_SIGNS)
        if not day[:1].isdigit() or not dates.date_candidate().match(day):
            continue
        match = dates.date_in_text().fullmatch(day)
        if match is not None and dates.date_shape(match) in ("day-month", "month-day"):
            found.append((above, index, year["year"]))
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    moved: dict[int, str] = {}
    for above, index, year_text in found:
        written[above] = f"{lines[above].rstrip()} {year_text}"
        written[index] = ""
        moved[index] = year_text
    return written, moved


# "c. 1850 Cricket …", "ca. 1700: text", "circa 1620 – text": an approximate year at a line's
# start (its text may be glued on: "c. 1850Cricket"; the words: see dates.CIRCA_WORDS)
_CIRCA_WORD = dates.CIRCA_WORDS


# ("~1200 text", "~1200The first …": the tilde before a year is "about", see dates.TILDES)
_CIRCA_MARK = rf"(?:{_CIRCA_WORD}\.?|~)"


CIRCA_HINT = re.compile(  # (as SHORT_DECADE_HINT: no line break in its first marks)
    rf"^(?:[^\S\n]|[•·*-])*(?:{_CIRCA_MARK}\s*\d|(?-i:ABT|CAL|EST)[ \t]"
    # ("Brzy po r. 850 …": see SOON_AFTER_SHORT)
    rf"|{dates.SOON_AFTER_WORDS}[ \t]+(?:r\.[ \t]*)?\d"
    # ("1550 c. Santo André …": see CIRCA_AFTER_LINE)
    r"|\d{4}[ \t]+(?:c|ca|circa)\.[ \t])",
    re.I | re.M,
)


# "ABT 1850;text", "EST AUG 1291 - text": a GEDCOM approximate date at a line's start, as a
# genealogy tool's table or list writes it (see dates.GEDCOM_APPROXIMATE): its date read
# whatever the document, for the standard writes an era before the Common Era ("B.C.")
GEDCOM_APPROXIMATE_LINE = re.compile(
    rf"^(?P<head>[\s•·*+\-–—]*){dates.GEDCOM_APPROXIMATE.pattern}(?=[\s:;,–—-]|$)"
)


CIRCA_LINE = re.compile(
    rf"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<circa>{_CIRCA_MARK}\s*)(?P<year>\d{{4}})"
    r"(?=[\s:–—-]|[A-Z])",
    re.I,
)


# "1550 c. Santo André …": an approximate year of four digits written with "c." AFTER it (a
# Portuguese or Spanish list's "c.", "ca."), then the text
CIRCA_AFTER_LINE = re.compile(
    r"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<year>\d{4})(?P<circa>[ \t]+(?:c|ca|circa)\.)"
    r"(?=[ \t]+[^\W\d_])",
    re.I,
)


def _without_circa(line: str, found: re.Match[str]) -> str:
    """``line`` from its approximate year on, the mark of "about" taken off ("1550 c. Santo"
    → "1550 Santo"; "c. 1550 Santo" → "1550 Santo"), its bullets kept."""
    if found.re is CIRCA_AFTER_LINE:
        return found["head"] + found["year"] + line[found.end("circa") :]
    return found["head"] + line[found.start("year") :]


# (the first signs of CIRCA_LINE's marks, each word of dates.CIRCA_WORDS and the tilde: the
# cheap test; taken from the words, so that none is left out, as "um 420 …" once was)
CIRCA_FIRST = (
    "".join(
        sorted(
            {sign for word in _CIRCA_WORD[3:-1].split("|") for sign in (word[0], word[0].upper())}
        )
    )
    + "~"
)


# "ca. 50 e.Kr.", "c. 476 AD", "ca. 800 n. Chr.", "c. 900 - 1000 AD": an approximate year or
# span that writes its era of the Common Era: surely of it, whatever else the text names (its
# digits, one to four; even a document with years before it, where a bare "c. 1200" is
# refused) ("c.AD350": the era before the year)
CIRCA_ERA_LINE = re.compile(
    r"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<circa>(?:c|ca|circa)\.?\s*)"
    rf"(?:(?P<era>{dates.AFTER_CHRIST})\s*(?P<after>\d{{1,4}})(?!\d)"
    rf"|(?P<year>\d{{1,4}}(?:\s*[-–—]\s*\d{{1,4}})?)(?=\s*{dates.AFTER_CHRIST}(?![\w.])))",
    re.I,
)


# "ca. 325 - 400", "c. 410" alone on its line: an approximate year of up to three digits (of
# the Common Era below a year that writes that era, "98 e.Kr.", and is earlier)
CIRCA_SHORT_ALONE = re.compile(
    r"(?P<circa>(?:c|ca|circa)\.?\s*)(?P<year>[1-9]\d{0,2})(?: ?[-–] ?[1-9]\d{0,2})?", re.I
)


# a line opening with a four-digit year (after its bullet): an entry of the Common Era
YEAR_OPENING_LINE = re.compile(r"^[\s•·▪■◦‣●○∙*+\-–—]*(?P<year>1[0-9]{3}|20[0-9]{2})(?!\d)")


# "- Vers 643 - Les Lombards …", "ca. 643: …": an approximate year of three digits, its
# separator after it ("ca. 590-670 - …": or a span of two such years, read from the first);
# and a line opening with a plain year of three or four digits and its separator ("- 544 -
# Installation …", "- 1005 - …"): the years around such a year
CIRCA_SHORT_LINE = re.compile(
    rf"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<circa>{_CIRCA_MARK}\s*)(?P<year>[1-9]\d{{2}})"
    r"(?:[-–][1-9]\d{2}(?!\d))?(?=\s*[:–—-]\s)",
    re.I,
)
SHORT_OR_FULL_YEAR_LINE = re.compile(r"^[\s•·▪■◦‣●○∙*+\-–—]*(?P<year>[1-9]\d{2,3})(?=\s*[:–—-]\s)")
# "ok. 551 Getica …", "ca 300 Migrations begin": as CIRCA_SHORT_LINE with no separator, the
# text's first word right after the year; and a line so opening with a plain year of three
# or four digits (or a span from it, "750-790 Birka …"): the years around such a year
CIRCA_SHORT_PLAIN_LINE = re.compile(
    rf"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<circa>{_CIRCA_MARK}\s*)(?P<year>[1-9]\d{{2}})"
    r"[ \t]+(?=[^\W\d_])",
    re.I,
)
SHORT_OR_FULL_YEAR_PLAIN_LINE = re.compile(
    r"^[\s•·▪■◦‣●○∙*+\-–—]*(?P<year>[1-9]\d{2,3})(?:[-–][1-9]\d{2,3})?[ \t]+(?=[^\W\d_])"
)


# an era before the Common Era, in any of the languages the grammar reads
BEFORE_ERA_WORD = re.compile(rf"\d\s*{dates.BEFORE_CHRIST}(?![\w])")
# "• circa 10 BC - …", "- - 13 av. J.-C. - …": a line opening with one year before the Common
# Era (after its bullets, perhaps "about"), that year
YEAR_BEFORE_ERA_OPENING = re.compile(
    rf"^[\s•·▪■◦‣●○∙*+\-–—]*(?:{_CIRCA_MARK}\s*)?(?P<year>[1-9]\d{{0,3}})\s*"
    rf"{dates.BEFORE_CHRIST}(?![\w])",
    re.I,
)


SHORT_YEAR_DAY_PARTS = re.compile(
    r"(?:(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<day2>\d{1,2}))?\.?\s+)?(?P<month>[^\W\d_]+)\.?"
)


def _short_year_day(
    year: int, written: str, end: str | None, text: str
) -> tuple[str, str | None, str]:
    """The date (and end) of "369 (21 luglio)", "1456 (4-5 dicembre)", "847 (giugno)": the
    bracket's day and month in that year; where its words are no month or its day no day of
    that month, the year alone, the bracket and ``text`` (its separator first) kept as the
    entry's text."""
    parts = SHORT_YEAR_DAY_PARTS.fullmatch(written)
    month = dates.MONTHS.get(parts["month"].lower()) if parts is not None else None
    kept = f"({written}) {text}"
    text = text.lstrip(":–—- ")
    if parts is None or month is None or month > 12:
        return f"{year:04d}", end, kept
    last = dates.days_in_month(year, month)
    day = int(parts["day"]) if parts["day"] else None
    day2 = int(parts["day2"]) if parts["day2"] else None
    if (day is not None and not 1 <= day <= last) or (day2 is not None and not 1 <= day2 <= last):
        return f"{year:04d}", end, kept
    if day is None:
        return f"{year:04d}-{month:02d}", None, text
    start = f"{year:04d}-{month:02d}-{day:02d}"
    return start, (f"{year:04d}-{month:02d}-{day2:02d}" if day2 else None), text


# "Kolem 700. Krok …", "Kol 830. Mojmír …", "Kolem r. 800. Karel …": "about" (and "r.", the
# year's word) before a three-digit year and its full stop, as the document's "623. Samo …"
# ("Kolem r. 500 po Kr. praotcové …": or its era of our time, "AD", instead of the stop)
CIRCA_DOTTED_SHORT = re.compile(
    rf"^(?P<circa>{_CIRCA_WORD}\.?\s+(?:r\.\s*)?)(?P<year>[1-9]\d\d)"
    rf"(?:\.|\s*(?P<era>{dates.TEXT_ERA_AFTER}))[ \t]+(?=[^\W\d_])",
    re.I,
)

# "Brzy po r. 900 vítězství Maďarů …": "soon after" (and "r.") before a three-digit year, the
# item's sentence going on after it: that year, approximate, its words kept (see
# dates.SOON_AFTER_WORDS)
SOON_AFTER_SHORT = re.compile(
    rf"^(?P<after>{dates.SOON_AFTER_WORDS}\s+(?:r\.\s*)?)(?P<year>[1-9]\d\d)[ \t]+(?=[^\W\d_])",
    re.I,
)


def _circa_dotted_short_years(lines: list[str], written: list[str], notes: dict[int, str]) -> None:
    """In ``written``, the lines opening with an approximate three-digit year and its full
    stop ("Kolem 700. Krok, Libuše …") written without their "about", with their notes, where
    the document's entries are such years (see DocumentPattern.reads_dotted_short_years) and
    the year lies between the dotted years above and below it: its place in the document's
    rising years says it is of the Common Era, whatever else the text names ("Kolem 500 př.
    Kr." before them stays refused); or anywhere, with its era of our time after it ("Kolem
    r. 500 po Kr. praotcové …")."""
    dotted = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if line[:1].isdigit() and (found := SHORT_YEAR_DOT.match(line)) is not None
    }
    if not DocumentPattern(dotted_short_years=list(dotted.values())).reads_dotted_short_years():
        return
    for index, line in enumerate(lines):
        if line[:1].isalpha() and (after := SOON_AFTER_SHORT.match(line)) is not None:
            above = [year for at, year in dotted.items() if at < index]
            below = [year for at, year in dotted.items() if at > index]
            if above and below and above[-1] <= int(after["year"]) <= below[0]:
                # ("Brzy po r. 900 …" between "894-912. …" and "912-921. …": the year's item,
                # its words kept, as the document's "900. …" would be)
                written[index] = f"{after['year']}. {line}"
                notes[index + 1] = f"{' '.join(after['after'].split())} {after['year']}"
            continue
        if line[:1] not in CIRCA_FIRST or (found := CIRCA_DOTTED_SHORT.match(line)) is None:
            continue
        above = [year for at, year in dotted.items() if at < index]
        below = [year for at, year in dotted.items() if at > index]
        if found["era"] or (above and below and above[-1] < int(found["year"]) < below[0]):
            # (an era of our time says so itself: "Kolem r. 500 po Kr." above the first,
            # written as the document's "500. …", its era kept in the note)
            era = f" {' '.join(found['era'].split())}" if found["era"] else ""
            written[index] = (
                f"{found['year']}. {line[found.end() :]}" if era else line[found.start("year") :]
            )
            notes[index + 1] = f"{' '.join(found['circa'].split())} {found['year']}{era}"


def _circa_years_run_forward(circa: dict[int, re.Match[str]], opening: dict[int, int]) -> set[int]:
    """The lines (by index) of the approximate years that the document's order shows to be of
    the Common Era: at least MIN_LINES of them (the document's own layout), of different
    years, and every year opening a line,
    approximate or plain, at least the one above it, with a plain year after the last
    approximate one ("~1200 …", "~1400 …", "~1500 …", "1773 …"). A list running forward in
    time through years before the Common Era would write them falling ("c. 1500", "c. 1200");
    one running backward would not reach plain years after them. Else none."""
    if len(circa) < DocumentPattern.MIN_LINES:
        return set()
    approximate = {index: int(found["year"]) for index, found in circa.items()}
    if len(set(approximate.values())) < 2 or max(opening, default=-1) < max(approximate):
        return set()
    order = [year for _, year in sorted({**opening, **approximate}.items())]
    if any(later < earlier for earlier, later in pairwise(order)):
        return set()
    return set(approximate)


def _circa_years_between_plain_ones(
    lines: list[str],
    circa: dict[int, re.Match[str]],
    opening: dict[int, int],
    last_before_era: int,
    written: list[str],
    notes: dict[int, str],
) -> None:
    """In ``written``, with their notes, the lines opening with an approximate year that lies
    between the plain years opening the lines nearest above and below it ("1497: …" /
    "ca. 1525: …" / "1534: …") in a text that names years before the Common Era only above
    the upper of them: the document has left those years ("ca. 20 000 - 10 000 BCE: …" far
    above), and a year of its run of plain years is of the Common Era. At least MIN_LINES
    plain years open lines below the last era before it (the document's layout). A year
    with no plain year above it since that era ("ca. 1000: …" right below "… BCE: …") or an
    era named in the line above ("1200: … ruins of 800 BC." / "c. 1250: …") stays refused,
    unless that era's line opens with its year and that year is smaller ("• circa 10 BC - …" /
    "• ca. 150 - …": counted before the Common Era, a list running forward falls from 10)."""
    plain = sorted((index, year) for index, year in opening.items() if index > last_before_era)
    if len(plain) < DocumentPattern.MIN_LINES:
        return
    era_opening = YEAR_BEFORE_ERA_OPENING.match(lines[last_before_era]) if plain else None
    at_lines = [at for at, _ in plain]
    for index, found in circa.items():
        # (the plain years above and below it: one search, a long list stays linear)
        place = bisect_left(at_lines, index)
        above = plain[place - 1 : place] if place else []
        below = plain[place : place + 1] if place < len(plain) and plain[place][0] > index else []
        if not below or index < last_before_era:
            continue
        if not above and era_opening is not None and int(era_opening["year"]) < int(found["year"]):
            # ("• circa 10 BC - …" / "• ca. 150 - …" / "• 333 - …": a list running forward
            # from 10 BC reaches no 150 BC; below the plain year it is of the Common Era)
            above = [(last_before_era, 0)]
        if not above or not above[-1][1] <= int(found["year"]) <= below[0][1]:
            continue
        written[index] = _without_circa(lines[index], found)
        mark = found["circa"].strip()
        notes[index + 1] = f"{mark}{'' if mark == '~' else ' '}{found['year']}"


# (how far below an approximate year alone the next date alone is looked for)
CENTURY_BELOW_LINES = 12


def _in_the_century_below(lines: list[str], index: int, year: int) -> bool:
    """Whether the next date alone on its line below ``index`` (within CENTURY_BELOW_LINES
    lines) is a century's name holding ``year`` ("c 410" above "5th century"): the list runs
    forward through the Common Era, and the approximate year is of it."""
    for line in lines[index + 1 : index + 1 + CENTURY_BELOW_LINES]:
        found = dates.date_in_text().fullmatch(line.strip()) if line.strip() else None
        if found is None:
            continue
        if not found["cent"]:
            return False
        number = dates.century_number(found["cent"])
        return (number - 1) * 100 < year <= number * 100
    return False


def _circa_years(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines opening with an approximate year of four digits ("c. 1850 Cricket …")
    written without its "c." where that year is surely of the Common Era: at least MIN_LINES
    other lines open with years of four digits, the approximate year lies between the first
    and the last of them, and the text names no era before the Common Era ("c. 1200" among
    "1492 …" lines in a world history may be 1200 BC: still refused); and any approximate
    year that writes its era ("ca. 50 e.Kr.", see CIRCA_ERA_LINE), or (the text naming no
    era before either) that the document's order shows to be of it (see
    _circa_years_run_forward), or of up to three digits
    alone on its line below an earlier year that writes it ("ca. 325 - 400" below "98 e.Kr.",
    see CIRCA_SHORT_ALONE). With what each line
    wrote, by line number (the entry's note). Else unchanged."""
    circa = {
        index: found
        for index, line in enumerate(lines)
        if (
            line.lstrip(" \t•·-*")[:1] in CIRCA_FIRST
            and (found := CIRCA_LINE.match(line)) is not None
        )
        or (line.lstrip(" \t•·-*")[:1].isdigit() and (found := CIRCA_AFTER_LINE.match(line)))
    }
    with_era = {
        index: found
        for index, line in enumerate(lines)
        if line.lstrip(" \t•·-*")[:1] in "cC" and (found := CIRCA_ERA_LINE.match(line))
    }
    written = list(lines)
    notes: dict[int, str] = {}
    for index, found in with_era.items():  # ("ca. 50 e.Kr.": see CIRCA_ERA_LINE)
        rest = lines[index][found.start("year") :] if found["year"] else None
        if rest is None:  # ("c.AD350" as "AD 350": the era, a space, the year)
            rest = f"{found['era']} {lines[index][found.start('after') :]}"
        written[index] = found["head"] + rest
        era_written = ERA_AFTER.match(lines[index], found.end("year")) if found["year"] else None
        shown = found["year"] + era_written[0] if era_written else found["after"]
        notes[index + 1] = f"{found['circa'].strip()} {shown}"  # ("c. 800 - 950 AD")
    _circa_dotted_short_years(lines, written, notes)  # ("Kolem 700. Krok …": see there)
    for index, line in enumerate(lines):
        if line.lstrip(" \t•·-*")[:1] in "ACE" and (gedcom := GEDCOM_APPROXIMATE_LINE.match(line)):
            written[index] = gedcom["head"] + line[gedcom.start("date") :]
            notes[index + 1] = f"{gedcom['mark']} {gedcom['date']}"
    after_christ = 0  # (the last year alone above that writes its era of the Common Era)
    for index, line in enumerate(lines):
        stripped = line.strip()
        era = YEAR_WITH_ERA_ALONE.fullmatch(stripped) or with_era.get(index)
        if era is not None:
            after_christ = int(re.split(r"\D", era["year"] or era["after"], maxsplit=1)[0])
        elif (
            after_christ
            and (alone := CIRCA_SHORT_ALONE.fullmatch(stripped)) is not None
            and int(alone["year"]) > after_christ  # ("98 e.K" / … / "ca. 325 - 400")
        ):
            written[index] = stripped[alone.start("year") :]
            notes[index + 1] = f"{alone['circa'].strip()} {alone['year']}"
        elif (
            stripped[:1] in "cC"
            and (alone := CIRCA_SHORT_ALONE.fullmatch(stripped)) is not None
            and _in_the_century_below(lines, index, int(alone["year"]))
        ):  # ("c 410" / its text / "5th century": a year of the century after it)
            written[index] = stripped[alone.start("year") :]
            notes[index + 1] = f"{alone['circa'].strip()} {alone['year']}"
    _circa_short_years_between_plain_ones(lines, written, notes)
    if not circa:
        return written, notes
    opening = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if index not in circa and (found := YEAR_OPENING_LINE.match(line)) is not None
    }
    if len(opening) < DocumentPattern.MIN_LINES:
        opening.update(_whole_days_opening(lines, circa))  # ("15th October 1783 – …")
    years = list(opening.values())
    rising = _circa_years_run_forward(circa, opening)
    if len(years) < DocumentPattern.MIN_LINES and not rising:
        return written, notes
    before_era = [i for i, line in enumerate(lines) if BEFORE_ERA_WORD.search(line) is not None]
    if before_era:
        _circa_years_between_plain_ones(lines, circa, opening, before_era[-1], written, notes)
        return written, notes
    for index, found in circa.items():
        between = len(years) >= DocumentPattern.MIN_LINES and min(years) <= int(found["year"])
        if not (between and int(found["year"]) <= max(years)) and index not in rising:
            continue
        written[index] = _without_circa(lines[index], found)
        mark = found["circa"].strip()
        notes[index + 1] = f"{mark}{'' if mark == '~' else ' '}{found['year']}"  # ("~1200")
    return written, notes


def _circa_short_years_between_plain_ones(
    lines: list[str], written: list[str], notes: dict[int, str]
) -> None:
    """In ``written``, with their notes, the lines opening with an approximate year of three
    digits and its separator ("- Vers 643 - Les Lombards …") that lies between the plain
    years (of three or four digits, with the same separator) opening the lines nearest above
    and below it ("- 544 - …" / "- Vers 643 - …" / "- 774 - …"), below the last line that
    names a year before the Common Era: the list runs forward through the Common Era there
    (see _circa_years_between_plain_ones, which asks for at least MIN_LINES such plain years).
    An approximate year with no plain year above it since that era stays refused ("- Vers
    10 -" right below "- 13 av. J.-C. -"), unless the era's line opens with a smaller year
    ("- Vers 360 -" below "- 13 av. J.-C. -": see _circa_years_between_plain_ones).
    The same with no separator ("ok. 551 Getica …" between "530 Legendary …" and "750-790
    Birka …": CIRCA_SHORT_PLAIN_LINE, among years so written)."""
    before_era = [i for i, line in enumerate(lines) if BEFORE_ERA_WORD.search(line) is not None]
    last_before_era = before_era[-1] if before_era else -1
    for circa_line, year_line in (
        (CIRCA_SHORT_LINE, SHORT_OR_FULL_YEAR_LINE),
        (CIRCA_SHORT_PLAIN_LINE, SHORT_OR_FULL_YEAR_PLAIN_LINE),
    ):
        short = {
            index: found
            for index, line in enumerate(lines)
            if index + 1 not in notes
            and line.lstrip(" \t•·-*")[:1] in CIRCA_FIRST
            and (found := circa_line.match(line))
        }
        if not short:
            continue
        plain = {
            index: int(found["year"])
            for index, line in enumerate(lines)
            if index not in short and (found := year_line.match(line)) is not None
        }
        _circa_years_between_plain_ones(lines, short, plain, last_before_era, written, notes)


# "• 11./12. - Kapitel …", "• Ende 8./Anfang 9. - Alcuin …": a line opening with two
# centuries by their ordinals, no "century" word (see dates.CENTURY_ORDINALS_WITHOUT_WORD),
# then the separator of a line opening with its year ("• 1204 - …")
CENTURY_ORDINALS_LINE = re.compile(
    rf"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<centuries>{dates.CENTURY_ORDINALS_WITHOUT_WORD.pattern})"
    r"(?=\s*[:–—-]\s)",
    re.I,
)
CENTURY_ORDINALS_HINT = re.compile(
    r"\d[^\W\d_]{0,3}\.?[ \t]*/[ \t]*(?:[^\W\d_]+[ \t]+)?\d{1,2}[^\W\d_]{0,3}\.?[ \t]*[:–—-]"
)


def _ordinal_centuries_among_years(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines opening with two centuries by their ordinals and no "century" word ("•
    11./12. - Kapitel …") written with the word ("• 11./12. century - …"), with what each
    wrote by line number (the entry's note), where at least MIN_LINES lines open with a
    year and the same separator ("• 1204 - …"), the next centuries are one after the other,
    and their span meets the years of the lines nearest above and below ("• 1001 - …" /
    "• 11./12. - …" / "• 1204 - …": 1001-1200); a document's numbered pair ("3./4. - …"
    among years of 1990) stays as it was."""
    plain = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if (found := SHORT_OR_FULL_YEAR_LINE.match(line)) is not None
    }
    written = list(lines)
    notes: dict[int, str] = {}
    if len(plain) < DocumentPattern.MIN_LINES:
        return written, notes
    for index, line in enumerate(lines):
        if (found := CENTURY_ORDINALS_LINE.match(line)) is None:
            continue
        first, second = int(found["first"]), int(found["second"])
        above = [year for at, year in plain.items() if at < index]
        below = [year for at, year in plain.items() if at > index]
        if second != first + 1 or not above or not below:
            continue
        start, end = (first - 1) * 100 + 1, second * 100
        if start > below[0] or end < above[-1]:
            continue
        written[index] = (
            f"{found['head']}{first}./{second}. century{line[found.end('centuries') :]}"
        )
        notes[index + 1] = " ".join(found["centuries"].split())
    return written, notes


ROMAN_MONTH_HINT = re.compile(r"(?<![^\s•*-])[IVX]+\.(?:1[0-9]|2[0-9])\d\d(?!\d)")
# "X.1907" alone on its line, or before its separator and text ("XII.1918 - …")
ROMAN_MONTH_LINE = re.compile(
    rf"(?P<head>[\s•·*\-–—]*){dates.ROMAN_MONTH_AND_YEAR.pattern}(?=[ \t]*$|[ \t]*[:–—-][ \t])"
)
ROMAN_DAY_LINE = re.compile(rf"[\s•·*\-–—]*{dates.ROMAN_MONTH_DAY.pattern}")


def _roman_months_among_roman_days(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines holding a Roman month and its year alone ("X.1907", see
    dates.ROMAN_MONTH_AND_YEAR) written with the month's number ("10.1907"), with what each
    wrote by line number (the entry's note), where at least MIN_LINES lines open with a
    whole day written with its Roman month ("12.X.1905", "15.I.1906"): the document's way of
    writing a month. Elsewhere ("Part X.1907" in a text of other dates) unchanged."""
    written = list(lines)
    notes: dict[int, str] = {}
    days = sum(
        1 for line in lines if line.lstrip(" \t•·*-–—")[:1].isdigit() and ROMAN_DAY_LINE.match(line)
    )
    if days < DocumentPattern.MIN_LINES:
        return written, notes
    for index, line in enumerate(lines):
        if (found := ROMAN_MONTH_LINE.match(line)) is None:
            continue
        month = dates.ROMAN_MONTHS[found["month"]]
        written[index] = f"{found['head']}{month}.{found['year']}{line[found.end() :]}"
        notes[index + 1] = f"{found['month']}.{found['year']}"
    return written, notes


def _whole_days_opening(lines: list[str], circa: dict[int, re.Match[str]]) -> dict[int, int]:
    """The years of the lines (by index) that open with a whole day and its year of four
    digits ("15th October 1783 – …", "May 2, 1952: …"): where a document writes its entries
    so, the years that tell whether an approximate year among them ("Circa. 1922 – …") lies
    inside its run of Common Era years, as plain years opening lines do."""
    found: dict[int, int] = {}
    for index, line in enumerate(lines):
        if index in circa or not line.lstrip(" \t•·-*")[:1].isalnum():
            continue
        opened = _date_opening(line)
        if opened is None or not dates.has_day(opened) or not dates.has_year(opened):
            continue
        year = YEAR_IN_WHOLE_DAY.search(opened["date"])
        if year is not None:
            found[index] = int(year.group())
    return found


YEAR_IN_WHOLE_DAY = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")


def _glued_years(lines: list[str]) -> list[str]:
    """The lines with "1938Samsung …" written as "1938 Samsung …" when at least MIN_LINES
    lines start (after a bullet) with a year run into a capitalised word: the document shows
    that layout. Else the lines unchanged (one "2019Samsung" is no pattern and stays text)."""
    glued = [
        index
        for index, line in enumerate(lines)
        if not line[:1].isalpha() and GLUED_YEAR_LINE.match(line)  # (a letter first: no year)
    ]
    if glued and len(glued) < DocumentPattern.MIN_LINES:
        card = _glued_card_years(lines, glued)
        if card is not None:
            return card
    if len(glued) < DocumentPattern.MIN_LINES:
        return _stop_glued_years(_glued_eras(_glued_month_years(_glued_whole_dates(lines))))
    written = list(lines)
    for index in glued:
        item = GLUED_YEAR_LINE.match(lines[index])
        assert item is not None
        written[index] = f"{lines[index][: item.end()]} {lines[index][item.end() :]}"
    done = set(glued)
    for index, line in enumerate(lines):
        # the same layout's other dates: "11001150Bisschop …" (a span, its two years run
        # together: from the first to the second) and "19 jun 1259Sint Olofsdag …" (a day)
        if index in done or not line.lstrip(BULLET_SIGNS)[:1].isdigit():
            continue
        if (short := GLUED_SHORT_YEAR_LINE.match(line)) is not None:
            last = f"-{short['last']}" if short["last"] else ""
            if not short["last"] or int(short["first"]) < int(short["last"]):
                rest = line[short.end() :]
                written[index] = f"{short['head']}{short['first']}{last} {rest}"
        elif (span := GLUED_SPAN_LINE.match(line)) is not None:
            if int(span["first"]) < int(span["last"]):
                head, rest = span["head"], line[span.end() :]
                written[index] = f"{head}{span['first']}-{span['last']} {rest}"
        elif (day := GLUED_DAY_LINE_YEAR.match(line)) is not None:
            written[index] = f"{line[: day.end()]} {line[day.end() :]}"
    return written


# "1608.Almofala - CE …": a year, its full stop glued to a capitalised word
STOP_GLUED_YEAR_LINE = re.compile(
    r"^(?P<head>[\s•·*\-–—]*)(?P<year>(?:1[0-9]|20)\d\d)\.(?=[^\W\d_a-z]\w)"
)
# "1608, Cairu - BA", "1551. Espírito Santo": a line opening with a year and its comma or
# full stop, a space after it
YEAR_STOP_OR_COMMA_LINE = re.compile(r"^[\s•·*\-–—]*(?P<year>(?:1[0-9]|20)\d\d)[.,][ \t]")


def _stop_glued_years(lines: list[str]) -> list[str]:
    """The lines with "1608.Almofala …" written as "1608. Almofala …" where at least
    MIN_LINES lines open with a year and its comma or full stop, then a space ("1608, Cairu
    - BA"), and the glued year lies between the years of those lines nearest above and below
    it (or at the list's end, not below the last): a page that lost the space. A line so
    glued out of the document's order, or in a text of no such lines, stays as it is."""
    opening = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if (found := YEAR_STOP_OR_COMMA_LINE.match(line)) is not None
    }
    if len(opening) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    for index, line in enumerate(lines):
        if not line.lstrip()[:1].isdigit() or (glued := STOP_GLUED_YEAR_LINE.match(line)) is None:
            continue
        above = [year for at, year in opening.items() if at < index]
        below = [year for at, year in opening.items() if at > index]
        year = int(glued["year"])
        if not above or above[-1] > year or (below and year > below[0]):
            continue
        written = list(lines) if written is lines else written
        written[index] = f"{line[: glued.end()]} {line[glued.end() :]}"
    return written


def _glued_whole_dates(lines: list[str]) -> list[str]:
    """The lines with "11 August 2022Interim Report …" written "11 August 2022 Interim …" when
    at least MIN_LINES lines open with a whole date (day, month and year) run into a
    capitalised word: a table's date cell and text cell that lost the space between them
    (else the text's first word would be read as a year of its own, "2022Interim" a number
    and the day a day of another year). Else unchanged: one "May 3, 2019Samsung" is no
    pattern."""
    glued = [
        (index, found)
        for index, line in enumerate(lines)
        if line.lstrip()[:1].isdigit() and (found := GLUED_DAY_LINE_YEAR.match(line)) is not None
    ]
    if len(glued) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index, found in glued:
        written[index] = f"{lines[index][: found.end()]} {lines[index][found.end() :]}"
    return written


def _date_alone_after_weekday(line: str) -> re.Match[str] | None:
    """A whole date with its year alone on a line, a weekday before it allowed ("Mercredi
    27 septembre 2023", "Tuesday, June 2, 2020"), or None."""
    stripped = line.strip()
    if stripped[:3].lower() in WEEKDAY_STARTS and (lead := WEEKDAY_LEAD.match(stripped)):
        stripped = stripped[lead.end() :].lstrip(" ,")
    return _date_alone_on(stripped)


def _short_label(text: str) -> bool:
    """A short line of words that is no sentence, no date and no page furniture: an item's
    title or its status ("Première lecture au Sénat", "Texte adopté ✔️")."""
    return (
        bool(text)
        and not _is_bulleted(text)
        and len(text.split()) <= ITEM_TITLE_WORDS
        and SENTENCE_END.search(text) is None
        and dates.find_date(text) is None
        and not any(sign.isdigit() for sign in text)
        and layout_kind(text) is None
    )


def _titled_date_blocks(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a list whose items are a title, its date alone on the next line, and
    maybe one short line of status below ("Première lecture au Sénat" / "Jeudi 23 novembre
    2023" / "Texte adopté ✔️"; a parliament's stages of a bill, a court's docket), read as
    "23 novembre 2023: Première lecture au Sénat" on the title's line, the status kept as
    the rest of the entry. The document's own pattern decides it: at least MIN_LINES dates
    alone, each directly under its title (no blank line between), every line from the first
    title to the last date a title, a date or one status under a date, all short lines with
    no sentence's end; and the list ENDS with a date (nothing but blank or bulleted lines
    after it, a page's links): the usual "date alone, text below" layout ends with a text.
    Else unchanged (see _titles_above_dates, the strict form: titles and dates only)."""
    alone = [index for index, line in enumerate(lines) if _date_alone_after_weekday(line)]
    if len(alone) < DocumentPattern.MIN_LINES:
        return lines, {}
    for index in alone:
        if index == 0 or not _short_label(lines[index - 1].strip()):
            return lines, {}
    last = alone[-1]
    if any(line.strip() and not _is_bulleted(line) for line in lines[last + 1 :]):
        return lines, {}  # (a text after the last date: the date is above its text)
    dated = set(alone)
    titles = {index - 1 for index in alone}
    for index in range(alone[0] - 1, last):
        text = lines[index].strip()
        if not text or index in dated or index in titles:
            continue
        if index - 1 not in dated or not _short_label(text):
            return lines, {}  # (a line that is no title and no status under a date)
    written = list(lines)
    read: dict[int, str] = {}
    for index in alone:
        when = _date_alone_after_weekday(lines[index])
        assert when is not None
        reason = f"the date below its title, read with line {index}"
        _date_moved_up(written, read, (index - 1, index), when.group("date"), reason)
        below = index + 1
        if below < last and lines[below].strip() and below not in titles | dated:
            # (the status: the rest of the entry, after a dash; its line read with the title's)
            written[index - 1] = f"{written[index - 1].rstrip()} – {lines[below].strip()}"
            written[below] = ""
            read[below] = f"the status below a date, read with line {index}"
    return written, read


def _stands_between_cards(text: str) -> bool:
    """A line that may stand between two cards of _titled_date_cards: a caption or other
    furniture, or a short line with no sentence's end and no date alone."""
    if layout_kind(text) is not None:
        return True
    return (
        len(text.split()) <= ITEM_TITLE_WORDS
        and SENTENCE_END.search(text) is None
        and _date_alone_after_weekday(text) is None
    )


def _titled_date_cards(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a run of cards, each a short title directly above its date alone, the
    card set apart by blank lines ("" / "Dr. Max Hagemann" / "1951 - 1952" / ""; a list of
    office holders and their terms, a gallery's names and years), read as "1951 - 1952: Dr.
    Max Hagemann" on the title's line: the line joined to the date is its text. Between two
    cards of the run only short lines standing apart (an image's caption, reported as no
    entry). At least MIN_LINES cards in a run; the lines outside the runs unchanged (a page
    goes on with other layouts). Where a card's next line after the blank is a paragraph (a
    sentence's end), the run stops: a date alone with its text below (see _card_titles for a
    title above a date and its paragraph)."""
    cards: list[int] = []
    for index, line in enumerate(lines):
        if not (0 < index < len(lines) - 1) or lines[index + 1].strip():
            continue
        if index >= 2 and lines[index - 2].strip():
            continue  # (the title stands apart above)
        if _short_label(lines[index - 1].strip()) and _date_alone_after_weekday(line):
            cards.append(index)
    runs: list[list[int]] = []
    for index in cards:
        between = lines[runs[-1][-1] + 1 : index - 1] if runs else []
        standing = [n for n, text in enumerate(between) if text.strip()]
        if runs and all(
            _stands_between_cards(between[n].strip())
            and not between[n - 1].strip()
            and (n + 1 == len(between) or not between[n + 1].strip())
            for n in standing
        ):
            runs[-1].append(index)
        else:
            runs.append([index])
    written = list(lines)
    read: dict[int, str] = {}
    for run in runs:
        if len(run) < DocumentPattern.MIN_LINES:
            continue
        for index in run:
            when = _date_alone_after_weekday(lines[index])
            assert when is not None
            reason = f"the date below its title, read with line {index}"
            _date_moved_up(written, read, (index - 1, index), when.group("date"), reason)
    return written, read


def _numbered_titles_above_dates(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a list whose numbered (or bulleted) items each give a title, and on the
    line directly below it, indented deeper than the item's sign, the item's date alone ("  1.
    Henryk Jacek Drogosz" / "    17 kwietnia 1946" / "    motocyklista": a calendar's births,
    a register of clubs and their founding days), read as "  1. 17 kwietnia 1946: Henryk
    Jacek Drogosz" on the title's line (the date's line then blank, listed as read with it).
    The document's own pattern decides it: at least MIN_LINES such items, each title short
    and with no date of its own, its description directly below the date at the date's
    margin (a card whose date has a blank line and its headline below, "• Liverpool,
    England" / "Mar, 1957" / "" / "The Quarrymen Band", is no such item); else unchanged
    (a date indented under an item is that item's, never the start of another item below
    it)."""
    pairs: list[tuple[int, str, str, str]] = []  # (title's line, its start, date, title)
    for index, line in enumerate(lines[:-1]):
        below = lines[index + 1]
        if not below.strip() or not _is_bulleted(line):
            continue
        indent = len(line) - len(line.lstrip())
        deeper = len(below) - len(below.lstrip())
        after = lines[index + 2] if index + 2 < len(lines) else ""
        if deeper <= indent or not after.strip() or len(after) - len(after.lstrip()) != deeper:
            continue  # (the item's description directly below its date, at the date's margin)
        when = _date_alone_on(below)
        head = DECORATION.match(line[indent:])
        if when is None or head is None:
            continue
        title = line[indent + head.end() :].strip()
        if (
            not title
            or len(title.split()) > ITEM_TITLE_WORDS
            or dates.find_date(title) is not None
            or layout_kind(title) is not None
        ):
            continue
        pairs.append((index, line[: indent + head.end()], when.group("date"), title))
    if len(pairs) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    read: dict[int, str] = {}
    for index, opening, date_text, title in pairs:
        written[index] = f"{opening}{date_text}: {title}"
        written[index + 1] = ""
        read[index + 1] = f"the date below its item's title, read with line {index + 1}"
    return written, read


# "12/11/2019": a numeric day whose two first numbers could each be the month
AMBIGUOUS_NUMERIC_DAY = re.compile(
    r"(?<![\d/.])(?P<a>0?[1-9]|1[0-2])/(?P<b>0?[1-9]|1[0-2])/(?P<y>(?:1\d|20)\d\d)(?![\d/])"
)


WORDED_DAY_SHAPES = frozenset(("month-day-year", "day-month-year"))


# "10/16/25": a numeric day with a two-digit year (a cheap hint; dates.py reads the form)
SHORT_YEAR_HINT = re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}/\d\d(?![\d/])")


def _one_century(lines: Iterable[str]) -> int | None:
    """The century (19, 20) every year a document writes in full lies in, or None when it
    writes none or several: what settles a two-digit year ("the summer of 1966": 66 is
    1966, not 2066)."""
    centuries = {int(m["century"]) for line in lines for m in FULL_YEAR.finditer(line)}
    return centuries.pop() if len(centuries) == 1 else None


# years in full that FULL_YEAR leaves: a span's, "1944-1945", "1970–2010", "1998-99", or an
# ISO day's, "2003-05-01"
DASHED_YEARS = re.compile(r"(?<![\d/.])(?<!\d-)((?:1\d|20)\d\d)[-–](?:((?:1\d|20)\d\d)(?!\d))?")


def _years_in_full(lines: Sequence[str]) -> list[int]:
    """Every year a document writes in full (see FULL_YEAR, DASHED_YEARS)."""
    years = [int(found.group()) for line in lines for found in FULL_YEAR.finditer(line)]
    for line in lines:
        for found in DASHED_YEARS.finditer(line):
            years.extend(int(year) for year in found.groups() if year)
    return years


def _century_of_short_years(text: str) -> int | None:
    """The first year of the century of a document's "10/16/25" dates (2000 where "Case
    filed on: October 16, 2025" is its only year in full), or None (see _one_century): then
    such a date is reported, not guessed."""
    if SHORT_YEAR_HINT.search(text) is None:
        return None
    century = _one_century(text.splitlines())
    return None if century is None else century * 100


def _numeric_order_from_words(lines: Sequence[str]) -> str | None:
    """ "mdy" or "dmy" where a document's numeric days cannot show their order (no number
    over 12) but the document writes one of them in words as well ("31,601. 12/11/2019" over
    a source line "… York Times online, December 11, 2019"): the order that reads the numeric
    days as those written in words, when every such pair agrees. Else None (reported)."""
    numeric: set[tuple[int, int, int]] = set()
    for line in lines:
        if "/" in line:
            numeric.update(
                (int(found["y"]), int(found["a"]), int(found["b"]))
                for found in AMBIGUOUS_NUMERIC_DAY.finditer(line)
                if found["a"] != found["b"]
            )
    if not numeric:
        return None
    years = {str(year) for year, _, _ in numeric}
    worded: set[tuple[int, int, int]] = set()
    for line in lines:
        if not any(year in line for year in years):
            continue
        for candidate in dates.date_candidate().finditer(line):
            found = dates.find_date(line, candidate.start())
            if found is None or dates.date_shape(found) not in WORDED_DAY_SHAPES:
                continue
            parts = dates.date_parts(found)
            if parts.get("y1") and parts.get("d1") and parts.get("m1") and not parts.get("m2"):
                with contextlib.suppress(KeyError, ValueError):
                    month = dates.month_number(str(parts["m1"]))
                    worded.add((int(str(parts["y1"])), month, dates.day_number(str(parts["d1"]))))
    orders = set()
    for year, first, second in numeric:
        if (year, first, second) in worded:
            orders.add("mdy")
        if (year, second, first) in worded:
            orders.add("dmy")
    return next(iter(orders)) if len(orders) == 1 else None


DAY_FIRST_SHAPES = frozenset(("day-month-year", "day-month"))
MONTH_FIRST_SHAPES = frozenset(("month-day-year", "month-day"))


def _numeric_order_of_worded_days(lines: Sequence[str]) -> str | None:
    """ "dmy" or "mdy" where a document's numeric days cannot show their order ("07/12 - O
    Clube …", no number over 12) and the days it writes in words ("7 de junho de 2014",
    "No dia 1º de fevereiro") all put the day on the same side of the month, at least two
    of them: the writer's own order ("June 7", "July 4, 1950": month first). Days written
    both ways, or fewer than two: None (reported)."""
    orders: list[str] = []
    for line in lines:
        if not any(sign.isalpha() for sign in line):
            continue
        for candidate in dates.date_candidates(line):
            found = dates.find_date(line, candidate.start())
            if found is None:
                continue
            shape = dates.date_shape(found)
            if shape in DAY_FIRST_SHAPES:
                orders.append("dmy")
            elif shape in MONTH_FIRST_SHAPES:
                orders.append("mdy")
    return orders[0] if len(orders) >= 2 and len(set(orders)) == 1 else None


# "Jeudi 23 février", "le mercredi 26 avril", "Sonntag, 14. Mai", "Thursday, February 23",
# "domingo, 7 de maio": a weekday with its day and month and no year after them
WEEKDAY_DAY = re.compile(
    r"(?<![^\W\d_])(?P<weekday>[^\W\d_]{3,12})(?:-feira)?\.?,?\s+"
    r"(?:(?P<day>\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,9})\.?"
    r"|(?P<month2>[^\W\d_]{3,9})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?!\w|,?\s*(?:de\s+)?\d{4})"
)


WEEKDAY_YEARS_BACK = 40  # (how far on from the latest year the text names to look)


# the years listed for a page that names no year (a fixed span, not the clock's: the same
# file is refused with the same years in any year it is read)
WEEKDAY_YEARS_LISTED = range(1970, 2040)


def _weekdays_written(lines: Sequence[str]) -> tuple[set[tuple[int, int, int]], list[int]]:
    """The (month, day, weekday) of every "weekday day month" written without its year
    ("Jeudi 23 février", "le mercredi 26 avril", "Sonntag, 14. Mai"), and the years the
    text names in its sentences."""
    written: set[tuple[int, int, int]] = set()  # (month, day, weekday)
    named: list[int] = []
    for line in lines:
        named += [int(year) for year in WRITTEN_YEAR_IN_TEXT.findall(line)]
        if not any(char.isdigit() for char in line):
            continue
        for found in WEEKDAY_DAY.finditer(line):
            weekday = WEEKDAY_NUMBERS.get(found["weekday"].lower())
            if weekday is None:
                continue
            try:
                month = dates.month_number(found["month"] or found["month2"])
            except KeyError:  # ("le samedi 22 en Polynésie": no month)
                continue
            written.add((month, int(found["day"] or found["day2"]), weekday))
    return written, named


def _weekdays_fitting(written: set[tuple[int, int, int]], year: int) -> int:
    """How many of the weekdays fall on their days in the year."""
    count = 0
    for month, day, weekday in written:
        with contextlib.suppress(ValueError):
            count += date(year, month, day).weekday() == weekday
    return count


def _weekdays_fit(written: set[tuple[int, int, int]], year: int) -> bool:
    """Whether the weekdays fall on their days in the year, at most one in five of them off
    (a page's slip: "Mardi 12 mai" among Sundays)."""
    return _weekdays_fitting(written, year) * 5 >= len(written) * 4


def _year_of_weekdays(lines: Sequence[str]) -> int | tuple[int, ...] | None:
    """The year of a text that writes its days with their weekdays and no year ("Jeudi 23
    février : …", "Dimanche 22 avril : …"; "le mercredi 26 avril" in its paragraphs): the
    year in which its weekdays fall on their days (at least MIN_LINES days, see
    _weekdays_fit). Weekdays come back every few years, so the year is looked for from the
    latest year the text names on (the page was written after it: "investi le 15 mai 2012 …
    cinq ans plus tard"), the first that fits. Where the text names no year at all, nothing
    in it says which of the fitting years it is (the clock would make the same file read
    otherwise in another year): the years that fit in WEEKDAY_YEARS_LISTED, for the
    entries' refusal, one to be given with --year. None where no year fits so, or the text
    writes its days with their years."""
    written, named = _weekdays_written(lines)
    if len(written) < DocumentPattern.MIN_LINES:
        return None
    if not named:
        return tuple(year for year in WEEKDAY_YEARS_LISTED if _weekdays_fit(written, year))
    candidates = range(max(named), max(named) + WEEKDAY_YEARS_BACK)
    best = max(candidates, key=lambda year: _weekdays_fitting(written, year))  # (the nearest)
    return best if _weekdays_fit(written, best) else None


def _no_year_but_weekdays(years: Sequence[int]) -> str:
    """The reason an entry of a page that names no year is refused where its weekdays fit
    some years: the years to choose from, one to give with --year."""
    listed = ", ".join(str(year) for year in years)
    return (
        f"entry has no year, and the page names none; its weekdays fit {listed} "
        f"(between {WEEKDAY_YEARS_LISTED[0]} and {WEEKDAY_YEARS_LISTED[-1]}): give one with --year"
    )


# "1974", "2012": a year written in a text's sentences
WRITTEN_YEAR_IN_TEXT = re.compile(r"(?<![\d.,/-])(?:1[5-9]|20)\d\d(?![\d.,/]\d)")


# "647 d.C.", "372 A.D.": a year with its era alone on its line
YEAR_WITH_ERA_ALONE = re.compile(rf"(?P<year>[1-9]\d{{0,3}})\s*{dates.AFTER_CHRIST}")


SHORT_SPAN_ALONE = re.compile(r"[1-9]\d\d(?: ?[-–] ?)[1-9]\d\d")  # "892-936", "406 - 407"


def _heading_marks_off(line: str) -> str:
    """A stripped line without the Markdown marks of a heading ("## 793": "793")."""
    if line[:1] != "#":
        return line
    words = line.lstrip("#")
    return words.strip() if words[:1] in (" ", "\t") else line


def _short_years_alone(lines: Sequence[str], pattern: DocumentPattern) -> tuple[set[int], set[int]]:
    """The lines that are a three-digit year alone ("668" / "Eroberung …" / "935" / "…" /
    "1392" / "…"), in a document whose entries are years alone on their line with the text
    below (at least MIN_LINES): a number alone with text below, where the numbers and the
    years alone rise together in the document's order. Elsewhere such a number is a page's
    number. And the lines of the numbers alone that count down below a year before the
    Common Era (see _short_years_after_a_countdown): years before it too, never a page's
    number."""
    alone = [(n, year) for n, form, year, *_ in pattern.starts if form == "alone" and year]
    # ("647 d.C." / "No meio …": a year before 1000 with its era, alone on its line)
    alone += [
        (n, int(era["year"]))
        for n, form, year, *_ in pattern.starts
        if form == "alone" and not year and 0 < n <= len(lines)
        if (era := YEAR_WITH_ERA_ALONE.fullmatch(lines[n - 1].strip())) is not None
    ]
    if len(alone) < pattern.MIN_LINES:
        plain = _plain_short_years_alone(lines, pattern, alone)
        return _dotted_short_years_alone(lines) | plain, set()
    numbers: list[tuple[int, int]] = []
    small: list[tuple[int, int]] = []  # (numbers of one or two digits alone: see below)
    for index, line in enumerate(lines):
        stripped = _heading_marks_off(line.strip())  # ("== 793 ==", "## 793": a heading's)
        if 7 <= len(stripped) <= 9 and SHORT_SPAN_ALONE.fullmatch(stripped):
            stripped = stripped[:3]  # ("892-936": a span of such years, read from its first)
        elif (circa := SHORT_YEAR_CIRCA_ALONE.fullmatch(stripped)) is not None:
            stripped = circa["year"]  # ("900 ca.": about a year is that year)
        elif 0 < len(stripped) < 3 and stripped.isdecimal() and stripped[0] != "0":
            small.append((index + 1, int(stripped)))
            continue
        elif len(stripped) != 3 or not stripped.isdecimal() or stripped[0] == "0":
            continue
        below = (_next_with_text(lines, index + 1) or "").strip()
        if below and not below[:1].isdigit() and index + 1 not in pattern.dated:
            numbers.append((index + 1, int(stripped)))
    years = [year for _, year in sorted(alone + numbers)]
    if numbers and years == sorted(years):
        return {n for n, _ in numbers}, set()
    return _short_years_after_a_countdown(lines, numbers, small, alone)


# "729 a.c.", "57 BC", "500 v. Chr." alone on its line: a year before the Common Era
YEAR_BEFORE_ERA_ALONE = re.compile(rf"\d{{1,4}}\s*{dates.BEFORE_CHRIST}", re.IGNORECASE)
# "900 ca.", "461 ca", "850 c.": a three-digit year alone with its circa mark after it
SHORT_YEAR_CIRCA_ALONE = re.compile(r"(?P<year>[1-9]\d\d)[ \t]+(?:ca|c|circa)\.?")


def _short_years_after_a_countdown(
    lines: Sequence[str],
    numbers: Sequence[tuple[int, int]],
    small: Sequence[tuple[int, int]],
    alone: Sequence[tuple[int, int]],
) -> tuple[set[int], set[int]]:
    """The lines of ``numbers`` (three-digit numbers alone, text below) that rise after the
    lowest number alone below a year before the Common Era alone ("729 a.c." / "476" / "403"
    / "121" / "21" / "535" / "827" / "1071"): the bare numbers counting down under it are
    years before the era too (reported as numbers, not read), the lowest of them the turn,
    and those rising after it, up to the years alone, are the era's first centuries. Only
    below such a line, and only where the numbers after the turn and the years alone rise
    together. Else none. And the lines of the countdown down to the turn ("476" … "21": years
    before the era, reported as such), where such years rise after it."""
    if not numbers:
        return set(), set()
    first = min(n for n, _ in numbers)
    if not any(YEAR_BEFORE_ERA_ALONE.fullmatch(lines[n].strip()) for n in range(first - 1)):
        return set(), set()
    counted = sorted((*numbers, *small))
    turn = min(range(len(counted)), key=lambda at: counted[at][1])
    down = counted[: turn + 1]
    if turn in (0, len(counted) - 1) or any(b >= a for (_, a), (_, b) in pairwise(down)):
        return set(), set()  # (no countdown to the turn, or nothing after it)
    after = {n for n, _ in counted[turn + 1 :]} & {n for n, _ in numbers}
    years = [year for n, year in sorted((*alone, *numbers)) if n in after or (n, year) in alone]
    if not after or years != sorted(years):
        return set(), set()
    return after, {n for n, _ in down}


# "313", "481-511", "629/639", "250 tot 450.", "881-91": a three-digit year alone on its line,
# or a span of two (a slash, a dash or a word "to" between; the second perhaps written short),
# a full stop perhaps after it
PLAIN_SHORT_YEAR_ALONE = re.compile(
    rf"(?P<first>[1-9]\d\d)(?:[ \t]?[-–/][ \t]?|[ \t]+{dates.TO_WORD}[ \t]+)?"
    r"(?P<last>(?<=[-–/ \t])[1-9]?\d\d)?\.?"
)
# a document that writes no year in full reads its bare numbers alone as years only with
# this many of them (a number alone says less than "668" among "1392" lines, or "635.")
PLAIN_SHORT_YEARS_AT_LEAST = 5


def plain_short_year_span(written: str) -> str | None:
    """A three-digit year alone, or a span of two, as SHORT_YEAR_ENTRY reads it ("629/639"
    → "629-639", "250 tot 450." → "250-450", "881-91" → "881-891"), or None."""
    found = PLAIN_SHORT_YEAR_ALONE.fullmatch(written)
    if found is None or (found["last"] is None and not written.rstrip(".").isdigit()):
        return None
    first, last = int(found["first"]), found["last"]
    if last is None:
        return str(first)
    end = int(last) if len(last) == 3 else first // 100 * 100 + int(last)
    return f"{first}-{end}" if end > first else None


def _plain_short_years_alone(
    lines: Sequence[str], pattern: DocumentPattern, alone: Sequence[tuple[int, int]]
) -> set[int]:
    """The lines that are a three-digit number (or a span of two, "481-511", "629/639",
    "250 tot 450.") alone ("313" / "Keizer …" / "427" / "De Franken …": a table of the first
    centuries flattened one cell a line), in a document whose entries are no other kind of
    line than years alone (fewer than MIN_LINES of them, ``alone``: "1076" / "1286-88" after
    "881-91") and that writes at least PLAIN_SHORT_YEARS_AT_LEAST such numbers, each with
    text below (not a number). Together with its years alone they rise, but for a span written
    after a year inside it (a reign "768-814" after an event of "793" in it), and they never
    count up one by one (a page's numbers, "101" … "108", do; a number written twice is a
    second row of that year). Else none: such numbers are pages' numbers."""
    if any(form != "alone" for _, form, *_ in pattern.starts if pattern.writes(form)):
        return set()
    numbers: list[tuple[int, int, int]] = []  # (line, first year, last year)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not 3 <= len(stripped) <= 12 or not stripped[:1].isdigit():
            continue
        span = plain_short_year_span(stripped)
        if span is None:
            continue
        below = (_next_with_text(lines, index + 1) or "").strip()
        if below and not below[:1].isdigit():
            numbers.append((index + 1, int(span[:3]), int(span[-3:])))
    if len(numbers) < PLAIN_SHORT_YEARS_AT_LEAST:
        return set()
    steps = [later[1] - earlier[1] for earlier, later in itertools.pairwise(numbers)]
    if set(steps) == {1}:
        return set()
    years = sorted([*numbers, *((n, year, year) for n, year in alone)])
    for (_, first, _), (_, later, last) in itertools.pairwise(years):
        if later < first and not later <= first <= last:
            return set()
    return {n for n, _, _ in numbers}


# "635." alone on its line: a three-digit year and its full stop (a reference book's annals)
DOTTED_SHORT_YEAR_ALONE = re.compile(r"[1-9]\d\d\.")


def _dotted_short_years_alone(lines: Sequence[str]) -> set[int]:
    """The lines that are a three-digit year and its full stop alone ("635." / "Siege and
    capture of Damascus …" / "636." / …: an old reference book's annals of years before
    1000), in a document of at least MIN_LINES such lines, each with text below (not a
    number), the numbers rising and not counting up one by one all the way (a numbered
    list's "101." … "108." does, its items' numbers). Else none: such a number is a
    paragraph's or a page's number."""
    numbers: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if len(stripped) != 4 or DOTTED_SHORT_YEAR_ALONE.fullmatch(stripped) is None:
            continue
        below = (_next_with_text(lines, index + 1) or "").strip()
        if below and not below[:1].isdigit():
            numbers.append((index + 1, int(stripped[:3])))
    years = [year for _, year in numbers]
    steps = {later - earlier for earlier, later in itertools.pairwise(years)}
    if len(years) < DocumentPattern.MIN_LINES or min(steps) < 1 or steps == {1}:
        return set()
    return {n for n, _ in numbers}


# where a document writes no year in full: a two-digit year from 69 is of the 1900s, below
# it of the 2000s (POSIX strptime's reading of %y)
POSIX_PIVOT = 69


def _short_year_first_days(lines: Sequence[str]) -> dict[int, tuple[str, int]]:
    """The lines that open with a date stamp written year first in two digits ("98 SEP 02
    Shock wave …", "03 Jan 15 – Contract signed"; see SHORT_YEAR_FIRST), by number: (the
    day, ISO; where the stamp ends in the line). Only where at least MIN_LINES lines open so,
    some stamp's first number is over 31 (no day: the year comes first), or each is a year
    the document writes in full and each day has two digits ("03 MAR 20" under "Report of
    2003"), and the days run one way, all forward or all back. The year is the one nearest
    the years the document writes in full (a span's "1944-1945" too): "98" is 1998 beside
    2003, "44" 1944 beside 1945; where it writes none, a year from 69 is of the 1900s, below
    of the 2000s (as strptime reads "%y"); where its full years lie a hundred years apart or
    more, none is read."""
    found: list[tuple[int, int, int, int, int, bool]] = []
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if not stripped[:1].isdigit():
            continue
        stamp = SHORT_YEAR_FIRST.match(stripped)
        if stamp is None:
            continue
        try:
            month = dates.month_number(stamp["month"])
        except KeyError:
            continue
        start = len(line) - len(stripped)
        day, end = stamp["day"], start + stamp.end()
        found.append((index + 1, int(stamp["yy"]), month, int(day), end, len(day) == 2))
    if len(found) < DocumentPattern.MIN_LINES:
        return {}
    written = _years_in_full(lines)  # (after the count: most documents have no stamps)
    if all(yy <= 31 for _, yy, *_ in found) and not all(
        yy in {year % 100 for year in written} and padded for _, yy, *_, padded in found
    ):
        return {}
    if written and max(written) - min(written) >= 100:
        return {}
    # the year nearest the years written in full ("98" in a log that names 2003 is 1998,
    # not 2098), else strptime's pivot
    base = (min(written) + max(written)) // 2 - 50 if written else 1900 + POSIX_PIVOT
    days: dict[int, tuple[str, int]] = {}
    for number, yy, month, day, end, _ in found:
        year = base + (yy - base) % 100
        with contextlib.suppress(ValueError):
            days[number] = (date(year, month, day).isoformat(), end)
    order = [day for day, _ in days.values()]
    if order not in (sorted(order), sorted(order, reverse=True)):
        return {}
    return days


def _two_digit_years(lines: Sequence[str]) -> tuple[int, str] | None:
    """(century, "mdy" or "dmy") for entries dated with a two-digit year ("09/27/66. …"),
    when the document settles both: at least MIN_LINES lines start so; every year it writes
    in full lies in one century ("the summer of 1966": 66 is 1966, not 2066); and its days
    show one order (a first number above 12 is a day, a second above 12 a day). Else None:
    such a date is reported, not guessed."""
    orders: set[str] = set()
    count = 0
    for line in lines:
        if "/" not in line:  # (every TWO_DIGIT_YEAR match holds one; most lines none)
            continue
        stripped = line.strip()
        head = DECORATION.match(stripped)
        found = TWO_DIGIT_YEAR.match(stripped[head.end() :] if head else stripped)
        if found is None:
            continue
        count += 1
        first, second = (int(n) for n in found.group().split("/")[:2])
        if first > 12:
            orders.add("dmy")
        if second > 12:
            orders.add("mdy")
    if count < DocumentPattern.MIN_LINES or len(orders) != 1:
        return None
    century = _one_century(lines)
    return None if century is None else (century, orders.pop())


# (the fewest entries of a run of years counting down that is read as before the Common Era)
COUNTED_DOWN = 3
UNSAID_BC_REASON = (
    "a year before the Common Era, unsaid (the document's years count down here and rise "
    f"after, or its spans of years end below where they start): {NO_SUCH_DATES}"
)


# "3900-3100", "-358-351-": a span of years at a line's start, its end compared with its start
BACKWARD_SPAN = re.compile(r"[ \t]*-?(?P<start>[1-9]\d{1,3})\s*[-–]\s*(?P<end>[1-9]\d{1,3})(?!\d)")


def _years_counted_down(result: Split, lines: Sequence[str]) -> None:
    """Report the document's first entries whose years fall, one after the other, where they
    are years before the Common Era the text leaves unsaid: "-549- …", "-390- …", "-90- …"
    then "-476- …", "-962- …" (the years fall, then rise past the first: an ancient history
    then the Common Era's), or "2750", "2685", "2500" among spans "3900-3100", "2650-2134"
    (spans that end below where they start, as years before the Common Era are counted).
    A list newest first falls all along and writes its spans forward: unchanged."""
    entries = sorted(result.entries, key=lambda entry: entry.line)
    years = [int(entry.date[:4]) for entry in entries]
    run = 1
    while run < len(years) and years[run] < years[run - 1]:
        run += 1
    if run < COUNTED_DOWN:
        return
    rising = years[run - 1 : run + COUNTED_DOWN]
    rises = (
        len(rising) == COUNTED_DOWN + 1
        and all(earlier < later for earlier, later in pairwise(rising))
        and max(years[run:]) > years[0]
    )
    below = entries[run].line - 1 if run < len(entries) else len(lines)
    backwards = 0
    for line in lines[:below]:
        span = BACKWARD_SPAN.match(line) if "-" in line or "–" in line else None
        backwards += (
            span is not None
            and len(span["end"]) == len(span["start"])  # ("1972-76": a short end)
            and int(span["end"]) < int(span["start"])
        )
    if not rises and backwards < 2:
        return
    counted_down = entries[:run]
    for entry in counted_down:
        for number in sorted({entry.line, *entry.lines}):
            written = lines[number - 1].strip()
            if written:
                result.unplaced.append(SkippedLine(number, written, UNSAID_BC_REASON))
    gone = {id(entry) for entry in counted_down}
    result.entries = [entry for entry in result.entries if id(entry) not in gone]


# "07 STYCZNIA 1774 246 LAT TEMU", "12 April 1961 60 years ago": a whole date alone on its
# line, then a number and a word or two, the page's count of the years since that date
YEARS_SINCE_TAIL = re.compile(
    r"[ \t]+(?P<count>[1-9]\d{0,3})[ \t]+(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*$"
)


YEARS_SINCE_HINT = re.compile(
    r"\d[ \t]+[1-9]\d{0,3}[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*$", re.MULTILINE
)


def _years_since_dates(lines: Sequence[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with "246 LAT TEMU" taken off "07 STYCZNIA 1774 246 LAT TEMU" (by line
    index: layout) where at least MIN_LINES lines are a whole date with its year, then a
    number and the same word or two, and each number is the years from its date's year to
    one year, the same on every such line (1774 + 246 = 1815 + 205 = 2020: a calendar page's
    "years ago", counted from the year the page was made). Else unchanged: a date and a
    count that add up to no one year ("3 May 2019 40 people …") are the entry's text."""
    found: dict[int, tuple[int, str, int]] = {}  # (where the tail starts, its words, the sum)
    for index, line in enumerate(lines):
        tail = YEARS_SINCE_TAIL.search(line)
        if tail is None:
            continue
        head = line[: tail.start()].strip()
        date = dates.find_date(head)
        if date is None or date.end() != len(head) or not dates.has_year(date):
            continue
        year = _written_year(date)
        if year is not None:
            found[index] = (tail.start(), tail["words"].lower(), year + int(tail["count"]))
    if len(found) < DocumentPattern.MIN_LINES:
        return list(lines), {}
    kinds = [(words, total) for _, words, total in found.values()]
    common = max(set(kinds), key=kinds.count)
    if kinds.count(common) < DocumentPattern.MIN_LINES:
        return list(lines), {}
    written = list(lines)
    taken: dict[int, str] = {}
    for index, (start, words, total) in found.items():
        if (words, total) == common:
            written[index] = lines[index][:start]
            taken[index] = lines[index][start:].strip()
    return written, taken


# "• 1838-1930 (mandag 1. januar 1838 – onsdag 31. desember 1930)", "2002 - Re kommune
# (tirsdag 1. januar 2002 – tirsdag 31. desember 2002)": a year or a span of years, perhaps its
# text after a spaced dash, then the same years' whole days in brackets (a weekday may come
# before each day), ending the line
YEARS_THEN_THEIR_DAYS = re.compile(
    r"(?P<head>[ \t]*(?:[•·*-][ \t]+)?)"
    r"(?P<years>(?:1\d|20)\d\d(?:[ \t]*[-–][ \t]*(?:1\d|20)\d\d)?)"
    r"(?P<text>[ \t]+[-–][ \t]+[^()\n]*?)?[ \t]*\((?P<days>[^()\n]{10,90})\)[ \t]*"
)


# a weekday (any word) before a day that opens the brackets or follows the span's dash
_WORD_BEFORE_A_DAY = re.compile(r"(?:^|(?<=[-–][ \t]))[^\W\d_]+,?[ \t]+(?=\d)")


FOUR_DIGITS_ALONE = re.compile(r"(?<!\d)\d{4}(?!\d)")  # (a year's digits, no more)


def _years_then_their_days(lines: Sequence[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with a year or span of years written again by its whole days in brackets
    ("• 1838-1930 (mandag 1. januar 1838 – onsdag 31. desember 1930)") written with those
    days in the years' place ("• 1. januar 1838 – 31. desember 1930", a weekday before a
    day dropped; "2002 - Re kommune (…)": "… - Re kommune"), and the years so replaced (by
    line index: layout). Only where the days are one day or a span of days, each with its
    year, and those years are the years written before them, in order (a bracket that says
    more, "1995 (the reform of 1. januar 1994)", is text). Else unchanged."""
    written = list(lines)
    taken: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line.lstrip(" \t•·*-")[:1] not in "12" or line.rstrip()[-1:] != ")":
            continue
        found = YEARS_THEN_THEIR_DAYS.fullmatch(line)
        if found is None:
            continue
        days = _WORD_BEFORE_A_DAY.sub("", found["days"].strip())
        date = dates.find_date(days)
        if date is None or date.end() != len(days) or date.start() != 0:
            continue
        if dates.date_shape(date) != "day-month-year":
            continue
        years = FOUR_DIGITS_ALONE.findall(found["years"])
        of_days = FOUR_DIGITS_ALONE.findall(days)
        if of_days != years and of_days != years * 2:
            continue
        text = found["text"] or ""
        written[index] = f"{found['head']}{days}{text}"
        taken[index] = found["years"]
    return written, taken
