"""Entries run together on one line.

A library mirror's paragraph, a list broken at ITEM_BREAK, years or whole dates one
after another: where each entry starts.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from datetime import date
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.date_reading import _written_year
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    _MONTH_FULL,
    _YEAR,
    ACCENTED_CAPITALS,
    CLOCK_ALONE,
    ENTRY_START,
    ITEM_BREAK,
)
from ktimeline.importing.entries.furniture import ABBREVIATION_END
from ktimeline.importing.entries.pattern import DocumentPattern, _separator_kind
from ktimeline.importing.entries.results import SkippedLine
from ktimeline.importing.entries.starts import (
    FIGURE_AFTER,
    NOT_AN_ENTRY_BEFORE,
    _after_boundary,
    _dashed_year_days,
    _Start,
)
from ktimeline.model import MONTH_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ktimeline.importing.entries.results import Split

# "… the Kanza Indians 1830 Traders first opened … in Wyoming 1840 Settlers began …": year
# entries run together on one line by a PDF's text, with no separator
# ("… 1962 A.W. Faber-Castell …": initials open the text too; "… 1960-1969 1.3 million …": a
# span of years, its number after it; "… (Kenya Africa Union)1953 The British …": glued to the
# closing bracket of the item before it)
RUN_TOGETHER_YEAR = re.compile(
    rf"(?:(?<=[\w.;:)”\"’] )|(?<=[^\W\d_]\)))(?:(?P<first>{_YEAR})[-–])?(?P<year>{_YEAR}):? "
    rf"(?=[A-Z{ACCENTED_CAPITALS}](?:[^\W\d_]|\.[A-Z]|[ \t])|(?(first)\d|(?!)))"
)


# (such a line's first item: "1950-1953 Korean War. …", "1951 School of the Air …")
RUN_TOGETHER_FIRST = re.compile(rf"(?:{_YEAR}[-–])?{_YEAR} (?=[A-Z][a-z])")


# (in such a line, a year after a month, its text in capitals: "September 1990 PNGDF lands …")
# ("… is shot. Summer 1916: The battle …": a colon after the year, among years without one)
RUN_TOGETHER_YEAR_CAPITALS = re.compile(
    rf"(?:(?<=[\w.;:)”\"’] )|(?<=[^\W\d_]\)))(?P<year>{_YEAR}):? (?=[A-Z])"
)


# ("… Aleksandrę Piłsudską 1938 (18 VI) Otwarcie Muzeum … 1985 (Dec 12) The …": a year and
# the day of it in brackets, then a capital; such items need not run in order)
RUN_TOGETHER_BRACKETED = re.compile(
    rf"(?:^|(?<=[\w.;:)”\"’] ))(?P<year>{_YEAR}) (?=\([^()\n]{{1,24}}\) [^\W\d_])"
)


# (in such a line, out of order, after a sentence's end, years one after another before a
# capital: "… Ltda. 1911 1911 1860 Surgem …", a chart's stacked years)
STACKED_YEARS = re.compile(rf"(?<=[.!?] ){_YEAR}(?=(?: {_YEAR})+ [A-Z])")


# (in such a line, after a sentence's end, a year and a dash with no end year: "… Soviet
# Union. 1958– U.S.-Soviet moratorium …", a span "1958–61" a PDF's page break cut in two)
RUN_TOGETHER_YEAR_DASHED = re.compile(rf"(?<=[.!?”\"’] )(?P<year>{_YEAR})[-–] (?=[A-Z])")


RUN_TOGETHER_LENGTH = 200  # (only a long line can hold several entries)


RUN_TOGETHER_SHORTEST_ITEMS = 24  # (a line shorter holds no item run into another)


MARKER_ENDS = ":-–—"  # a month marker's separator with no text after it ("Juillet--")


GLUED_NUMERIC_HINT = re.compile(r"[/.](?:1\d|20)\d\d[A-Z]")


# "…presidency10/28/2018Bolsonaro …": a whole numeric day run into the texts around it
GLUED_NUMERIC_DATE = re.compile(
    r"(?<![\d/])(?<!\d\.)(?:0?[1-9]|[12]\d|3[01])([/.])(?:0?[1-9]|[12]\d|3[01])\1(?:1\d|20)\d\d(?=[A-Z])"
)


# "… accalmie. - 30: Ebola est …", "… - Août-- - 5 : La Banque …": a list's items run
# together on one line, each after " - ": a day number (or two) and a colon, or a month (and
# year) marker ending on "--"
RUN_TOGETHER_ITEM = re.compile(
    r"(?<=\S) (?=- (?:\d{1,2}(?:\s*-\s*\d{1,2})?\s*:\s|[^\W\d_]{3,9}\.?(?:\s+\d{4})?\s*--))"
)


RUN_TOGETHER_DAY = re.compile(r" - \d{1,2}(?:\s*-\s*\d{1,2})?\s*:\s")


def _without_marker_dashes(piece: str) -> str:
    """ "- Juillet--" as "- Juillet" (a month marker without its year); else unchanged."""
    stripped = piece.rstrip()
    if not stripped.endswith("--") or any(c.isdigit() for c in stripped):
        return piece
    return stripped[:-2]


def _glued_numeric_dates(lines: list[str]) -> list[str]:
    """The lines with numeric days run into the texts around them ("10/30/2022Da Silva wins
    presidency10/28/2018Bolsonaro …": a page's list that lost its cells' borders) broken
    before each day with ITEM_BREAK, when the document holds at least MIN_LINES such days.
    Else the lines unchanged (one "3/4/2020Text" is no pattern)."""
    glued = {
        index: len(found)
        for index, line in enumerate(lines)
        if (found := GLUED_NUMERIC_DATE.findall(line))
        if "/" in line or "." in line
    }
    if sum(glued.values()) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index in glued:
        broken = GLUED_NUMERIC_DATE.sub(lambda found: f"{ITEM_BREAK}{found[0]} ", lines[index])
        written[index] = broken.removeprefix(ITEM_BREAK)
    return written


# "… San Fran- cisco. 6 August Explosion …", "… Missouri. 1947 19 January The …": a day and
# its month (a year before it on a year's first day), run into the text before, a capital
# after it
RUN_TOGETHER_DAY_ITEM = re.compile(
    rf"(?<=\S )(?P<year>(?:1\d|20)\d\d )?\d{{1,2}}(?:[-–]\d{{1,2}})? (?:{_MONTH_FULL}) (?=[A-Z])"
)


def _day_items_run_together(line: str) -> list[int]:
    """Where the items of a chronology run together on one line start ("CHRONOLOGY 1945 26
    June The United Nations … cisco. 6 August Explosion … bomb. 1946 16 March …": a
    handbook's year headings and days that lost their line breaks): each day after a
    sentence's end, or with its year before it; at least MIN_LINES of them, a year among
    them. Else no place."""
    found = []
    years = 0
    for item in RUN_TOGETHER_DAY_ITEM.finditer(line):
        before = line[: item.start()].rstrip()
        word = before.rsplit(" ", 1)[-1].lower()
        if item["year"] is not None and word not in NOT_AN_ENTRY_BEFORE:
            years += 1
            found.append(item.start())
        elif before[-1:] in ".!?'\"”’)":
            found.append(item.start())
    return found if years and len(found) >= DocumentPattern.MIN_LINES else []


def _list_run_together(lines: list[str]) -> list[str]:
    """The lines with a list run together on one long line ("- Mars 2014-- - 24 : text -
    Juillet-- - 25 : text - 30: text"; a page that lost its line breaks) broken before each
    item with ITEM_BREAK, when the line holds at least MIN_LINES "- 24 :" items: each item is
    then read as a line of its own (same line number), its day under the month marker above
    it. Else the lines unchanged."""
    written = lines
    for index, line in enumerate(lines):
        if len(line) <= RUN_TOGETHER_LENGTH:
            continue
        days = _day_items_run_together(line)
        # (years run together are read where they stand; not a line of months and their
        # years, "September 1999 The … May 2000 A …", whose years are in order too)
        if not days and (
            not _years_run_together(line) or _opening_month_year(line) or _year_first_days(line)
        ):
            days = _whole_dates_run_together(line)
        if not days:
            colon_items = _colon_years_run_together(line)
            if colon_items is not None:
                written = list(lines) if written is lines else written
                written[index] = colon_items
                continue
        if not days:
            days = _dashed_years_in_one_line(line)
        if days:
            if written is lines:
                written = list(lines)
            pieces = [
                line[start:end] for start, end in zip([0, *days], [*days, len(line)], strict=True)
            ]
            written[index] = ITEM_BREAK.join(
                piece.strip().removeprefix("--").lstrip("–— ") for piece in pieces
            )
            continue
        if " - " not in line:
            continue
        if len(RUN_TOGETHER_DAY.findall(line)) < DocumentPattern.MIN_LINES:
            continue
        if written is lines:
            written = list(lines)
        pieces = RUN_TOGETHER_ITEM.sub(ITEM_BREAK, line).split(ITEM_BREAK)
        # ("- Juillet--": a month alone, its marker's dashes no separator of a text, read as
        # the heading it is; "- Mars 2014--" keeps them: the grammar reads it as a marker)
        pieces = [_without_marker_dashes(piece) for piece in pieces]
        written[index] = ITEM_BREAK.join(pieces)
    return written


# "… of Apartheid 1912 - Native …", "… (ANC).1913 - Land Act …", "… reserves1914 - National
# …", "… 1960s - International …", "… 1966 September - Prime …": a year (a decade, or a year
# and its month) with a spaced dash and a capital, items run together on one line (an
# infographic's text), each after a space, or glued to the sentence or the word before it
@functools.cache
def _dashed_year_item() -> re.Pattern[str]:
    """The pattern of a run-together "YEAR - Text" item, compiled when first needed (it holds
    every month's name: only a long line asks for it)."""
    return re.compile(
        rf"(?:(?<=[^\W\d_][ .])|(?<=[.!?)\]”\"’] )|(?<=[.!?)\]”\"’a-zß-öø-ÿ]))(?P<year>{_YEAR})"
        rf"(?:s|[ \t]+(?i:{dates.TEXT_MONTH}|{dates.TEXT_FOREIGN_MONTH}))?"
        rf"[ \t]+[{_DASH_CHARS}][ \t]+(?=[A-ZÀ-ÖØ-Þ])",
    )


def _dashed_years_in_one_line(line: str) -> list[int]:
    """Where the "YEAR - Text" items of a long line start ("History 1912 - Congress founded.1913
    - Land Act … reserves1914 - Party founded. 1960s - Pressure …": a page flattened to one
    line, its items glued to the texts before them): at least MIN_LINES of them, their years
    in order (rising or falling; a decade as its first year), none after "in", "since" … (a
    year inside a sentence). Else no place: a paragraph that names "1990 - The" once is no
    list."""
    found: list[tuple[int, int]] = []
    for item in _dashed_year_item().finditer(line):
        words = line[max(0, item.start() - 40) : item.start()].split()
        if words and words[-1].lower().strip(",;(") in NOT_AN_ENTRY_BEFORE:
            continue
        found.append((item.start(), int(item["year"])))
    if len(found) < DocumentPattern.MIN_LINES:
        return []
    years = [year for _, year in found]
    if years not in (sorted(years), sorted(years, reverse=True)):
        return []
    return [at for at, _ in found if at]


# "… un cratère de 6 m de profondeur. 10h30 • Horreur En ville, …": a time of day after a
# sentence's end, a separator (or a bullet set between, as one) and a capital: an item of a
# chronology of hours run into the item before it
CLOCK_ITEM_RUN_IN = re.compile(
    rf"(?<=[.!?»”\"] )(?:{CLOCK_ALONE.pattern})[ \t]*(?::|[{_DASH_CHARS}•])[ \t]+"
    r"(?=[«“\"A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)


def _clocks_run_together(lines: list[str]) -> list[str]:
    """The lines with a day's items of the hours run together ("21 septembre 2001 10 h 17 m
    55 s • Explosion … de profondeur. 10h30 • Horreur … déclenché. 11h15 • Toxique ? …"; a
    page that lost its line breaks) broken before each later hour with ITEM_BREAK: a long
    line that opens with a whole day, its year written, at least MIN_LINES - 1 such times of
    day after a sentence's end on it. Each is then an item of that day (the time it
    happened at kept in its text, as the corpus README says of a chronology of hours).
    Else the lines unchanged."""
    written = lines
    for index, line in enumerate(lines):
        if len(line) <= RUN_TOGETHER_LENGTH or not line.lstrip()[:1].isdigit():
            continue
        opened = dates.find_date(line, len(line) - len(line.lstrip()))
        if opened is None or not (dates.has_day(opened) and dates.has_year(opened)):
            continue
        found = [m.start() for m in CLOCK_ITEM_RUN_IN.finditer(line, opened.end())]
        if len(found) < DocumentPattern.MIN_LINES - 1:
            continue
        written = list(lines) if written is lines else written
        pieces = [line[a:b] for a, b in zip([0, *found], [*found, len(line)], strict=True)]
        written[index] = ITEM_BREAK.join(piece.strip() for piece in pieces)
    return written


# "… starts in Soweto.1976: Black anger …": a year and a colon glued to a sentence's end, a
# capital after it (a box's title run into a line of "YEAR - Text" items)
BOX_YEAR_COLON = re.compile(r"(?<=[.!?])(?P<year>\d{4}):[ \t]*(?=[A-ZÀ-ÖØ-Þ])")


def _boxes_run_into_dashed_years(result: Split, lines: Sequence[str]) -> None:
    """ "1976 - More than 600 killed … starts in Soweto.1976: Black anger boils overSouth
    African street … hit back violently1989 - FW de Klerk …": on a long line of "YEAR - Text"
    items run together (see _dashed_years_in_one_line), a year written again with a colon,
    glued to the end of its item's sentence: a shape the list never writes, repeating the
    year of the item it stands in. An infographic's box (its title run into its caption),
    put beside that item; it is cut from the item's text and reported, up to the next item."""
    runs: dict[int, bool] = {}
    for entry in result.entries:
        number = entry.line
        if not entry.parts or not 0 < number <= len(lines) or len(entry.date) < 4:
            continue
        text = entry.parts[-1]
        if ":" not in text:
            continue
        found = next(
            (m for m in BOX_YEAR_COLON.finditer(text) if m["year"] == entry.date[:4]), None
        )
        if found is None:
            continue
        if number not in runs:
            line = lines[number - 1]
            runs[number] = len(line) > RUN_TOGETHER_LENGTH and bool(_dashed_years_in_one_line(line))
        if not runs[number]:
            continue
        box = text[found.start() :].strip()
        entry.parts[-1] = text[: found.start()].rstrip()
        result.layout.append(SkippedLine(number, box, RUN_IN_BOX_REASON))


RUN_IN_BOX_REASON = (
    "a box run into the list (its year again, with a colon the items never write, glued to "
    "the item's last sentence)"
)


# "- 1945: text", "- 25 giugno 1950: text": an item marked by a hyphen, its date, its colon
DASH_ITEM_START = re.compile(r"[ \t]*-[ \t]+(?=\d|[^\W\d_])")
# " - 1948: …" in the middle of a line: the same mark, an item run into the one before it
MID_LINE_DASH = re.compile(r"(?<=\S)[ \t]+-[ \t]+(?=\d|[^\W\d_])")


def _dated_colon_at(line: str, at: int) -> bool:
    """Whether a date with its year starts at ``at`` and its colon follows it at once."""
    found = dates.find_date(line, at)
    return (
        found is not None
        and found.start() == at
        and dates.has_year(found)
        and line[found.end() : found.end() + 1] == ":"
    )


def _dash_items_run_together(lines: list[str]) -> list[str]:
    """The lines of a "- DATE: text" list with a later item run into a line after a spaced
    hyphen ("- 1945: La Corea … parallelo - 1948: Nascono …", a page that lost some line
    breaks) broken with ITEM_BREAK before each such item: the hyphen, a date with its year
    and at once its colon, as the document's own items open. Only where at least MIN_LINES
    lines open so; a hyphen before a date without that colon ("1990 - 1995 saw …", "- 3:
    …") stays text. Else the lines unchanged."""
    opening = [
        (index, mark.end())
        for index, line in enumerate(lines)
        if (mark := DASH_ITEM_START.match(line)) is not None and _dated_colon_at(line, mark.end())
    ]
    if len(opening) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    for index, mark_end in opening:
        line = lines[index]
        own = dates.find_date(line, mark_end)  # (the item's own date: breaks come after it)
        breaks = [
            dash.start()
            for dash in MID_LINE_DASH.finditer(line, own.end() if own is not None else 0)
            # (never a span's second half, "1990 - 1995:": no digit before the hyphen)
            if not line[dash.start() - 1].isdigit() and _dated_colon_at(line, dash.end())
        ]
        if not breaks:
            continue
        if written is lines:
            written = list(lines)
        pieces = [
            line[start:end] for start, end in zip([0, *breaks], [*breaks, len(line)], strict=True)
        ]
        written[index] = ITEM_BREAK.join(
            piece.rstrip() if n == 0 else piece.strip() for n, piece in enumerate(pieces)
        )
    return written


SPACED_DASH_BEFORE_DAY = re.compile(rf"[ \t][{_DASH_CHARS}][ \t](?=\d{{1,2}}\.?[ \t/])")


# "… w Europie Środkowej. 1 września" / "1364 papież Urban V …": a day and month ending a line
# after a sentence's end, the next line opening with a year and a word: one date, split by a
# hard wrap (see _days_wrapped_before_their_years)
DAY_ENDING_LINE = re.compile(r"(?<=[.!?])[ \t]+(?P<day>[1-3]?\d\.?[ \t]+[^\W\d_]+)[ \t]*$")
YEAR_OPENING_WORDS = re.compile(r"(?P<year>(?:1[0-9]|20)\d\d)[ \t]+(?=[^\W\d_])")
# ("1364 - 12 maja …": the document's own year, its dash and a day)
YEAR_DASH_OPENING = re.compile(r"[ \t]*(?:1[0-9]|20)\d\d(?P<dash>[ \t]+[-–—][ \t]+)\d")


def _days_wrapped_before_their_years(lines: list[str]) -> list[str]:
    """In a "YEAR – day month text" list (at least MIN_LINES lines so open), hard-wrapped, a
    day and month ending a line after a sentence's end with a year and a word opening the next
    line ("… Środkowej. 1 września" / "1364 papież Urban V zatwierdził …"): the date of a new
    item that the wrap split, the day taken off the line above and the item written in the
    document's shape ("1364 - 1 września papież …"), where the day is one of that year (the
    grammar reads it). A day and month inside a sentence, or a year opening a line with no
    day above it, stay as they are."""
    if _dashed_year_days(lines) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    for index in range(len(lines) - 1):
        below = lines[index + 1]
        if not below[:1].isdigit() or (year := YEAR_OPENING_WORDS.match(below)) is None:
            continue
        if (day := DAY_ENDING_LINE.search(lines[index])) is None:
            continue
        whole = f"{day['day']} {year['year']}"
        found = dates.date_in_text().fullmatch(whole)
        if found is None or dates.date_shape(found) != "day-month-year":
            continue
        dash = next((m["dash"] for line in lines if (m := YEAR_DASH_OPENING.match(line))), " - ")
        written = list(lines) if written is lines else written
        written[index] = lines[index][: day.start()]
        written[index + 1] = f"{year['year']}{dash}{day['day']} {below[year.end() :]}"
    return written


def _year_dash_days_run_together(lines: list[str]) -> list[str]:
    """The lines of a "YEAR – day month text" list with several days of that year on one line
    ("1567 – 9 maggio nasce Claudio Monteverdi – 7 novembre nasce Margherita Farnese") broken
    with ITEM_BREAK before each later day: the same spaced dash, then a day and its month
    (the grammar's day-month, or a span of days), then the text. Only where the document
    opens at least MIN_LINES lines so (a year, a dash, a day): its own separator and shape.
    A dash before a number that is no day ("– 12 people died", "– 3 goals") stays text.
    Where the document so runs days together on a line, the same spaced dash before a
    capital or an ellipsis on a year's line ("1867 – Karl Marx completa il capitale – Alaska
    ceduta agli Stati Uniti") parts another event of that year too: the year is written
    again before it ("1867 – Alaska ceduta …"). Else the lines unchanged."""
    if _dashed_year_days(lines) < DocumentPattern.MIN_LINES:
        return lines
    lines = _days_wrapped_before_their_years(lines)
    found: dict[int, tuple[re.Match[str], list[re.Match[str]], list[re.Match[str]]]] = {}
    for index, line in enumerate(lines):
        lead = len(line) - len(line.lstrip())
        first = ENTRY_START.match(line, lead) if line[lead : lead + 1].isdigit() else None
        # (the line's own date and its dash: "1917 – Gli Stati Uniti … – 13 maggio")
        dashed = first is not None and (first["sep"] or " ").strip()[:1] in _DASH_CHARS
        if first is None or not (first["ydash"] or dashed):
            continue
        days, others = [], []
        for dash in SPACED_DASH_BEFORE_DAY.finditer(line, first.end()):
            day = ENTRY_START.match(line, dash.end())
            if day is not None and dates.date_shape(day) in ("day-month", "days-month", "days"):
                days.append(dash)
        for dash in SPACED_DASH_BEFORE_EVENT.finditer(line, first.end()):
            others.append(dash)
        found[index] = (first, days, others)
    if not any(days for _, days, _ in found.values()):
        return lines
    written = list(lines)
    for index, (first, days, others) in found.items():
        line = lines[index]
        # (the line's year, alone or before its day: "1867 – …", "1891 – 12 mars …")
        year = first["ylead"] or (
            first["date"].strip() if first["date"].strip().isdigit() else None
        )
        cuts = sorted([*days, *(others if year is not None else [])], key=lambda dash: dash.start())
        if not cuts:
            continue
        pieces, last = [], 0
        for dash in cuts:
            pieces.append(line[last : dash.start()])
            last = dash.start() if dash in others else dash.end()
        pieces.append(line[last:])
        written[index] = ITEM_BREAK.join(
            f"{year}{piece}" if piece.startswith(" ") and year is not None and n else piece
            for n, piece in enumerate(pieces)
        )
    return written


# (on such a line, the spaced dash before another event of the line's year: a capital or
# an ellipsis after it, "… il capitale – Alaska ceduta …", "… Caporetto – … e alluvione")
SPACED_DASH_BEFORE_EVENT = re.compile(rf"[ \t][{_DASH_CHARS}][ \t](?=[A-ZÀ-ÖØ-Þ…]|\.\.\.)")


# "… Relief Commission 1845 December: Food prices …", "… 12 hectares. 1891 : Mise au point …",
# "… actuel1901 : La première …": a year (its month after it, or the year written twice, a
# timeline's label and the item's own date: "1850 1850: text") and a colon, items run together
# on one line (a page that lost its line breaks)
@functools.cache
def _colon_year_item() -> re.Pattern[str]:
    """The pattern of a run-together "YEAR: text" item, compiled when first needed (it
    holds every month's name: only a long line of run-together items asks for it)."""
    return re.compile(
        rf"(?<![\d/.,:–—-])(?:(?P<label>{_YEAR}) )?(?P<year>{_YEAR})"
        rf"(?:\s+(?P<month>{dates.TEXT_MONTH}|{dates.TEXT_FOREIGN_MONTH}))?[ \t]?:[ \t]+(?=\S)",
        re.IGNORECASE,
    )


def _colon_years_run_together(line: str) -> str | None:
    """The line broken with ITEM_BREAK before each "YEAR: text" or "YEAR Month: text" item
    when a long line runs at least MIN_LINES of them together, their years in order (rising
    or falling), each after a space or glued to the word before ("actuel1901 :", a caption
    run into it), none after "in", "since" … (a year inside a sentence); a year written twice
    before its colon ("1850 1850:") is read once. Else None: a paragraph that names a year
    before a colon now and then is no list."""
    if ":" not in line:
        return None
    found: list[tuple[int, int, int]] = []  # (where the item starts, where its date starts, year)
    for item in _colon_year_item().finditer(line):
        label, year = item["label"], int(item["year"])
        if label is not None and int(label) != year:
            continue  # ("1850 1851:": the first year ends the text before)
        at = item.start()
        if at and not (line[at - 1].isspace() or line[at - 1].isalpha()):
            continue
        words = line[max(0, at - 40) : at].split()
        if words and words[-1].lower().strip(",;(") in NOT_AN_ENTRY_BEFORE:
            continue
        if dates.find_date(line, item.end()) is not None and item["month"] is None:
            return None  # ("1957: 4 October: text … 1958: 1 February: …": years over days)
        found.append((at, item.start("year"), year))
    if len(found) < DocumentPattern.MIN_LINES:
        return None
    years = [year for *_, year in found]
    if years not in (sorted(years), sorted(years, reverse=True)):
        return None
    pieces = [line[: found[0][0]]]
    for position, (_, date_at, _) in enumerate(found):
        end = found[position + 1][0] if position + 1 < len(found) else len(line)
        pieces.append(line[date_at:end])
    if not pieces[0].strip():
        pieces = pieces[1:]
    return ITEM_BREAK.join(piece.strip() if n else piece.rstrip() for n, piece in enumerate(pieces))


# "1. 1832: A proposal …" / "2. 1851: … was stopped. 3. 1853: First passenger …": a numbered
# list's items, each a number, a full stop and a date; a later one run into the end of the item
# before it (a page that lost its line breaks), after a sentence's end
NUMBERED_ITEM_OPENING = re.compile(r"[ \t]*(?P<number>\d{1,3})\.[ \t]+(?=\d)")
MID_NUMBERED_ITEM = re.compile(r"(?<=[.!?”\"’)] )(?P<number>\d{1,3})\.[ \t]+(?=\d)")
NUMBERED_ITEMS_RUN_HINT = re.compile(r"[.!?”\"’)] \d{1,3}\.[ \t]+\d")


def _numbered_items_run_together(lines: list[str]) -> list[str]:
    """The lines broken with ITEM_BREAK before each item of a numbered list of dated items
    ("1. 1832: text") run into the text of the item before it ("… was stopped. 3. 1853:
    First …"): only the next number of the list (the last one opening a line or found so,
    plus one), after a sentence's end, a date right after it. Each item is then read as a
    line of its own. A number inside a sentence, or one out of the list's count ("… in
    1851. 12. 1900: …" after item 2), stays where it is. Else the lines unchanged."""
    written = lines
    expected: int | None = None
    for index, line in enumerate(lines):
        opening = NUMBERED_ITEM_OPENING.match(line)
        if opening is not None and dates.find_date(line, opening.end()) is not None:
            expected = int(opening["number"]) + 1
        if expected is None or len(line) <= RUN_TOGETHER_SHORTEST_ITEMS:
            continue
        cuts: list[int] = []
        for item in MID_NUMBERED_ITEM.finditer(line):
            if int(item["number"]) != expected or dates.find_date(line, item.end()) is None:
                continue
            cuts.append(item.start())
            expected += 1
        if cuts:
            written = list(lines) if written is lines else written
            pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
            written[index] = ITEM_BREAK.join(piece.strip() for piece in pieces)
    return written


# "… desabrigadas. -- 23 de dezembro de 1972, NICARÁGUA -- Um terremoto …": a dash that marks
# an item before its date, in a page flattened to one line
RUN_ON_DASH = re.compile(r"(?:^|\s)(?:--|[–—])\s*$")


RUN_ON_DASH_WINDOW = 24  # (the signs before a date where its item's dash may stand)


RUN_ON_DAY_SHAPES = frozenset(("day-month-year", "month-day-year", "year-month-day"))


def _opening_month_year(line: str) -> frozenset[str]:
    """{"month-year"} where the line opens with a month and its year, then a capital with no
    separator between ("February 2013 The government approves …"): a list of months run
    together on one line (a PDF's text, newest first or not), whose later items open with
    the same shape after a sentence's end ("… so far. November 2012 TEPCO announces …");
    else nothing (a paragraph that names "March 2013" inside its sentences)."""
    lead = len(line) - len(line.lstrip())
    if not line[lead : lead + 1].isalpha():
        return frozenset()
    opening = dates.find_date(line, lead)
    if opening is None or opening.start() != lead or dates.date_shape(opening) != "month-year":
        return frozenset()
    after = line[opening.end() : opening.end() + 3]
    if not after[:1].isspace() or not after.lstrip()[:1].isupper():
        return frozenset()
    return frozenset(("month-year",))


def _whole_dates_run_together(line: str) -> list[int]:
    """Where the items of a list run together on one long line start, when each opens with a
    whole day (its day, month and year: "… an act of war. 26 Feb 1949 Export Control Act …",
    "… desabrigadas. -- 23 de dezembro de 1972, NICARÁGUA -- Um …"; a page flattened to one
    line): a day written in one shape, after a sentence's end or a dash set apart, not after
    "in", "since" … , a capital after it (a comma or dash between allowed), its years in
    order (rising or falling), at least MIN_LINES of them. The dash is dropped (the item's
    mark). Else no place (a paragraph naming dates inside its sentences)."""
    found: list[tuple[int, int, str]] = []  # (where the piece starts, the year, the shape)
    bare: list[tuple[int, int]] = []  # ("… in Jan. 1962. 1960 Ray Charles …": a year's item)
    shapes = RUN_ON_DAY_SHAPES | _opening_month_year(line)
    for candidate in dates.date_candidate().finditer(line):
        at = candidate.start()
        if at and not line[at - 1].isspace():
            continue
        match = dates.find_date(line, at)
        if at == 0:  # (the line's own first item: counted, and its piece is the line's start)
            if match is not None and dates.date_shape(match) in shapes:
                opening = line[match.end() : match.end() + 8].lstrip(" ,:-–—")[:1].isupper()
                year = _written_year(match)
                if opening and year is not None:
                    found.append((0, year, dates.date_shape(match)))
            continue
        if match is not None and dates.date_shape(match) == "year":
            capital = line[match.end() + 1 : match.end() + 2].isupper()
            if capital and _after_sentence_end(line, at):
                bare.append((at, dates.year_named(match)))  # ("700 AD", "Summer 1900")
            continue
        if match is None or dates.date_shape(match) not in shapes:
            continue
        after = line[match.end() : match.end() + 8].lstrip(" ,:-–—")
        if not after[:1].isupper():
            continue
        # (the dash before the date, looked for in a bounded window: never the whole text
        # before each date of a long line; the window's start is the line's only where it is)
        window = max(0, at - RUN_ON_DASH_WINDOW)
        before = line[window:at]
        dash = RUN_ON_DASH.search(before)
        if dash is not None and window and dash.start() == 0 and not before[:1].isspace():
            dash = None
        if dash is not None:
            start = window + dash.start() + (1 if before[dash.start()].isspace() else 0)
        elif _after_boundary(line, at):
            start = at
        else:
            continue
        words = line[max(0, start - 40) : start].split()
        if words and words[-1].lower().strip(",;(") in NOT_AN_ENTRY_BEFORE:
            continue
        year = _written_year(match)
        if year is None:
            continue
        found.append((start, year, dates.date_shape(match)))
    if len(found) < DocumentPattern.MIN_LINES or len({shape for *_, shape in found}) != 1:
        return []
    years = [year for _, year, _ in found]
    if years not in (sorted(years), sorted(years, reverse=True)):
        return []
    starts = [start for start, _, _ in found if start] + _years_among_days(found, bare, line)
    return sorted(starts)


def _years_among_days(
    found: list[tuple[int, int, str]], bare: list[tuple[int, int]], line: str
) -> list[int]:
    """Where a year's own item starts among whole days run together ("… hit #1. 1960 Ray
    Charles made a hit …" among "1960 Feb 8, …" items, the list's item of a year with no
    day): a year alone after a sentence's end, a capital after it (a space between), that
    keeps the days' order where it stands (its year between the years of the days around
    it, or that of the last day after the last), not after "in", "since" …: else it would be
    joined to the day's item before it, unseen."""
    starts = []
    rising = found[0][1] <= found[-1][1]
    places = [start for start, _, _ in found]  # (in the line's order: the days around a year
    # found by bisection, never a scan of every day for every year: a long line stays linear)
    for at, year in bare:
        words = line[max(0, at - 40) : at].split()
        if words and words[-1].lower().strip(",;(") in NOT_AN_ENTRY_BEFORE:
            continue
        after_at = bisect_right(places, at)
        before = [found[after_at - 1][1]] if after_at else []
        after = [found[after_at][1]] if after_at < len(found) else []
        low, high = (before, after) if rising else (after, before)
        if all(y <= year for y in low) and all(year <= y for y in high):
            starts.append(at)
    return starts


def _after_sentence_end(line: str, at: int) -> bool:
    """Whether the text before ``at`` ends a sentence (its last sign before the spaces is
    ".", "!" or "?"), read back from ``at``: never the whole text before it."""
    back = at - 1
    while back >= 0 and line[back] in " \t":
        back -= 1
    return back >= 0 and line[back] in ".!?"


# the same words in other languages, where a line ends before the year it asks for ("ruhte
# wegen Spielermangel bis" / "1971 Ein Gremium führte …"; "hasta", "depuis", "sinds" …)
YEAR_ASKED_BY = NOT_AN_ENTRY_BEFORE | frozenset(
    [
        "bis",
        "ab",
        "seit",
        "im",
        "von",
        "vom",
        "und",
        "en",
        "depuis",
        "dès",
        "et",
        "hasta",
        "desde",
        "y",
        "tot",
        "sinds",
        "vanaf",
        "em",
        "até",
        "fino",
        "dal",
        "nel",
        "dopo",
        # "about", "around" (a year, or a figure: "Die Preise steigen um" / "1976 Euro pro
        # Stück" carries the sentence on either way), as dates.CIRCA_WORDS writes them in full
        "um",
        "gegen",
        "etwa",
        "vers",
        "environ",
        "hacia",
        "omkring",
        "ongeveer",
        "omstreeks",
        "około",
        "kolem",
    ]
)


# "1980  Aufstieg in die A-Klasse": a line opening with a year and a wide gap (two spaces or
# more, or a tab) before its text; and such a year in the middle of a line, after a word and
# a space or the same wide gap ("1801  The mill is built.  1805  The first flood.")
WIDE_GAP_YEAR = re.compile(r"[ \t]*((?:1[0-9]|20)[0-9]{2})(?: {2,}|\t)(?=\S)")


MID_WIDE_GAP_YEAR = re.compile(r"(?<=\S)[ \t]+((?:1[0-9]|20)[0-9]{2})(?: {2,}|\t)(?=[^\W\d_])")


def _wide_gap_years_run_together(lines: list[str]) -> list[str]:
    """The lines with a second year entry run into a year's line ("1980  Aufstieg in die
    A-Klasse 1981  Abstieg in die B-Klasse") broken before it with ITEM_BREAK: in a
    document whose entries open with a year and a wide gap (at least MIN_LINES lines), the
    same year and gap in the middle of a line, before a word, after a word that asks for no
    year (see YEAR_ASKED_BY), its year between the line's year and the next such line's
    (the document's order). Else the lines unchanged."""
    return _years_broken_apart(
        lines,
        WIDE_GAP_YEAR,
        MID_WIDE_GAP_YEAR,
        lambda word, same: not same and word.lower() not in YEAR_ASKED_BY,
    )


def _years_broken_apart(
    lines: list[str],
    opening: re.Pattern[str],
    mid: re.Pattern[str],
    breaks_after: Callable[[str, bool], bool],
) -> list[str]:
    """The lines that open with ``opening`` (a year in its group 1, at least MIN_LINES
    lines), broken with ITEM_BREAK before each ``mid`` year inside them that lies between
    the line's year and the next such line's (the document's order) and after a word that
    ``breaks_after`` accepts (given whether the year is the line's own). Else unchanged."""
    opened = [
        (index, int(found[1]), found.end())
        for index, line in enumerate(lines)
        if line.lstrip()[:1].isdigit() and (found := opening.match(line)) is not None
    ]
    if len(opened) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    nexts: list[int | None] = [*(year for _, year, _ in opened[1:]), None]
    for (index, year, text_start), after in zip(opened, nexts, strict=True):
        line = lines[index]
        breaks = []
        for found in mid.finditer(line, text_start):
            words = line[: found.start()].split()
            inner = int(found[1])
            fits = after is None or min(year, after) <= inner <= max(year, after)
            if fits and words and breaks_after(words[-1], inner == year):
                breaks.append(found.start(1))
        if breaks:
            written = list(lines) if written is lines else written
            pieces = [line[a:b] for a, b in zip([0, *breaks], [*breaks, len(line)], strict=True)]
            written[index] = ITEM_BREAK.join(piece.rstrip() for piece in pieces)
    return written


# "1410-1425 - Burgkommandant … ist Stadthauptmann 1414 - Die Burgkapelle …": a line opening
# with a year (or a span of years), a spaced dash and a capital; and the same year, dash and
# capital in the middle of such a line, after a word (no sentence's end before it)
DASHED_YEAR_OPENING = re.compile(
    rf"[ \t]*({_YEAR})(?:[-–/]\d{{2,4}})?[ \t]+[{_DASH_CHARS}][ \t]+(?=[A-ZÀ-ÖØ-Þ])"
)


MID_DASHED_YEAR = re.compile(rf"(?<=\S)[ \t]+({_YEAR})[ \t]+[{_DASH_CHARS}][ \t]+(?=[A-ZÀ-ÖØ-Þ])")


def _dashed_years_run_together(lines: list[str]) -> list[str]:
    """The lines with a second "YEAR - Text" entry run into a year's line, with or without a
    sentence's end before it ("1410-1425 - Heinrich is captain 1414 - The chapel is named.")
    broken before it with ITEM_BREAK: in a document whose entries open with a year, a spaced
    dash and a capital (at least MIN_LINES lines), the same year, dash and capital in the
    middle of a line, after a word that asks for no year (see YEAR_ASKED_BY), never after a
    digit or a dash ("1939 - 1945 - War": a span), its year between the line's year and the
    next such line's (the document's order). Else the lines unchanged."""
    return _years_broken_apart(
        lines,
        DASHED_YEAR_OPENING,
        MID_DASHED_YEAR,
        lambda word, _: (
            word[-1:] not in f"0123456789{_DASH_CHARS}"
            and word.lower().strip(",;(") not in YEAR_ASKED_BY
        ),
    )


# "1510 entwickelt Kopernikus …", "1633 muss Galilei …": a line opening with a year, one space
# and a word in lower case (a German chronicle's fronted year, its verb after it); and such a
# year in the middle of a line, opening a sentence ("… Jupitermonde. 1633 muss Galilei …")
VERB_YEAR_OPENING = re.compile(r"[ \t]*((?:1[0-9]|20)[0-9]{2}) (?=[a-zß-öø-ÿ])")
# (in such a document, a year, one space and any word opens an entry: "1610 Galilei entdeckt …")
YEAR_WORD_OPENING = re.compile(r"[ \t]*((?:1[0-9]|20)[0-9]{2}) (?=[^\W\d_])")


MID_VERB_YEAR = re.compile(r"(?<=[.!?])[ \t]+((?:1[0-9]|20)[0-9]{2}) (?=[a-zß-öø-ÿ]{2})")


def _verb_years_run_together(lines: list[str]) -> list[str]:
    """The lines with a second "YEAR verb …" entry run into a year's line after a sentence's
    end ("1610 Galilei entdeckt die Jupitermonde. 1633 muss Galilei abschwören.") broken
    before it with ITEM_BREAK: in a document whose entries open with a year, one space and a
    word in lower case (at least MIN_LINES lines: a fronted year before its verb, as German
    writes it), the same year and lower-case word opening a sentence in the middle of a
    line, its year between the line's year and the next such line's (the document's order).
    A year inside a sentence ("… der 2006 den Status verliert") stays text. Else the lines
    unchanged."""
    opening = sum(1 for line in lines if VERB_YEAR_OPENING.match(line) is not None)
    if opening < DocumentPattern.MIN_LINES:
        return lines
    return _years_broken_apart(
        lines,
        YEAR_WORD_OPENING,
        MID_VERB_YEAR,
        lambda word, _: word[-1:] in ".!?" and word.lower().strip(".") not in YEAR_ASKED_BY,
    )


# "… higher technological institute in India.1958 The signing …": a year glued to a sentence's
# full stop (a word's letter before it), one space and a capitalised word
MID_GLUED_YEAR = re.compile(r"(?<=[^\W\d_]{2}[.!?])((?:1[0-9]|20)[0-9]{2}) (?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
# (a document whose entries are "1956 Visit of …": a year, one space, a capital)
YEAR_CAPITAL_OPENING = re.compile(r"[ \t]*((?:1[0-9]|20)[0-9]{2}) (?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")


def _years_glued_after_sentence_ends(lines: list[str]) -> list[str]:
    """The lines with a second "YEAR Text" entry run into a year's line, its year glued to
    the sentence's full stop ("1956 Visit of … institute in India.1958 The signing of …": a
    page that lost the line break and its space) broken before it with ITEM_BREAK: in a
    document whose entries open with a year, one space and a capitalised word (MIN_LINES
    lines at least), the year between the line's year and the next such line's (the
    document's order). A number glued to a stop after a figure ("2.1958") or after an
    abbreviation that numbers it ("… engine No.1955 The Flying Scot …") stays text."""
    return _years_broken_apart(
        lines,
        YEAR_CAPITAL_OPENING,
        MID_GLUED_YEAR,
        lambda word, _: word[-1:] in ".!?" and ABBREVIATION_END.search(word) is None,
    )


# a season in lower case before a year: "By spring 1793 France was fighting …", a sentence's
SEASONS_IN_A_SENTENCE = frozenset(word for word in dates.SPLIT_YEAR_SEASONS if word.isascii())


# a number over this is no year of an entry run together with others, but a count ("…
# beschäftigt derzeit rund 2500 Mitarbeiter europaweit."): no chronology's past, nor its
# plans, reach beyond the century after ours
LATEST_RUN_TOGETHER_YEAR = date.today().year + 100


def _run_together_years(line: str) -> list[re.Match[str]]:
    """Where "1830 Traders …" entries start in a line that runs them together: a year, a
    capitalised word, not after "in", "by", "since" …, nor after a season in lower case (a
    year inside a sentence), nor a number beyond LATEST_RUN_TOGETHER_YEAR (a count)."""
    found = []
    for match in RUN_TOGETHER_YEAR.finditer(line):
        before = line[max(0, match.start() - 40) : match.start()].split()  # (the word before)
        if not before or before[-1] in SEASONS_IN_A_SENTENCE:
            continue
        if int(match["year"]) > LATEST_RUN_TOGETHER_YEAR:
            continue
        if before[-1].lower() not in NOT_AN_ENTRY_BEFORE:
            found.append(match)
    return found


def _year_first_days(line: str) -> bool:
    """Whether at least MIN_LINES of a line's "1960 Text" years open a whole date written
    year first, its month, day and comma ("1960 Feb 8, Congress …", "1960 May 2, …"): items
    of days run together, read as whole dates (with the years' own items among them, see
    _years_among_days), not as items of their years."""
    found = 0
    for match in RUN_TOGETHER_YEAR.finditer(line):
        if YEAR_FIRST_DAY_AFTER.match(line, match.end()) is not None:
            found += 1
            if found >= DocumentPattern.MIN_LINES:
                return True
    return False


# a month's name, a day number and its comma after a year: "1960 Feb 8, …" (a day of the
# year; "1789 May 5: …" is a year's item and its first day, read as the year's)
# (not a date after a year, "… 18 April 2009 Jan. 5, 2009: …": the comma before its own year)
YEAR_FIRST_DAY_AFTER = re.compile(
    rf"(?:{dates.TEXT_MONTH})\.?[ \t]+\d{{1,2}},(?![ \t]*\d{{4}})", re.IGNORECASE
)


def _years_run_together(line: str) -> bool:
    """Whether a line runs year entries together: at least MIN_LINES of them, in order, or
    at least MIN_LINES with their day in brackets ("1938 (18 VI) Otwarcie …"), in any order."""
    found = _run_together_years(line)
    years = [int(match["first"] or match["year"]) for match in found]
    if len(years) >= DocumentPattern.MIN_LINES and years == sorted(years):
        return True
    # (the years that open no month's date, "… 1996 Hearings begin in April 1996 amid …": a
    # sentence's own "in March 1988", a typo's year among them, tells no order of entries)
    own = [
        int(match["first"] or match["year"])
        for match in found
        if MONTH_WORD.fullmatch(line[max(0, match.start() - 20) : match.start()].split()[-1])
        is None
    ]
    if len(own) >= DocumentPattern.MIN_LINES and own == sorted(own):
        return True
    return (
        len(_bracketed_days(line)) >= DocumentPattern.MIN_LINES
        or _sentence_years(line, found)
        or _month_years_opening_sentences(line)
    )


# "January 2015 The council meets. March 2015 saw …": a month and its year opening the line
# or a sentence (after its full stop), whatever word follows them
MONTH_YEAR_OPENING_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?] ))(?:{dates.TEXT_MONTH})\.? (?P<year>{_YEAR})(?= [^\W\d_])",
    re.IGNORECASE,
)


def _month_years_opening_sentences(line: str) -> bool:
    """Whether a line opening with a month and its year before a capital ("January 2015 The
    council meets. …", see _opening_month_year) opens at least MIN_LINES of its sentences so,
    in order: a list of months run together on one line (its items found where the text after
    the year opens with a capital; "March 2015 saw …" stays the sentence it is)."""
    if not _opening_month_year(line):
        return False
    years = [int(found["year"]) for found in MONTH_YEAR_OPENING_SENTENCE.finditer(line)]
    return len(years) >= DocumentPattern.MIN_LINES and years == sorted(years)


def _sentence_years(line: str, found: list[re.Match[str]]) -> bool:
    """Whether a line runs year entries together out of order (a magazine's chart of
    years flattened to one line, "… a IBM. 1911 Delmiro … São Francisco. 1919 A Ford …"):
    at least twice MIN_LINES of its "1911 Text" years each open a sentence (after a
    sentence's end), and they are most of them. A paragraph opens few sentences with a
    year, and never most of its years. A year after an initial ("Jones, K. 1998 A study …",
    a list of references flattened: an author, a year, a title) opens no sentence."""
    opening = [
        match
        for match in found
        if _after_sentence_end(line, match.start()) and not _after_an_initial(line, match.start())
    ]
    return len(opening) >= 2 * DocumentPattern.MIN_LINES and 2 * len(opening) > len(found)


def _after_an_initial(line: str, at: int) -> bool:
    """Whether the text before ``at`` ends with an initial, a capital letter alone and its
    full stop ("Jones, K." before "1998"), read back from ``at``."""
    back = at - 1
    while back >= 0 and line[back] in " \t":
        back -= 1
    return (
        back >= 1
        and line[back] == "."
        and line[back - 1].isupper()
        and (back == 1 or not line[back - 2].isalnum())
    )


# a month's name (or its short form) as a word: the year after it is that month's
MONTH_WORD = re.compile(rf"(?:{dates.TEXT_MONTH})\.?,?", re.IGNORECASE)


def _bracketed_days(line: str) -> list[_Start]:
    """The "1938 (18 VI) Text" items of a line (a year, its day in brackets, a capital),
    not after "in", "by", "since" … (a date inside a sentence)."""
    if "(" not in line:
        return []
    found = []
    for year in RUN_TOGETHER_BRACKETED.finditer(line):
        before = line[max(0, year.start() - 40) : year.start()].split()  # (the word before)
        if before and before[-1].lower() in NOT_AN_ENTRY_BEFORE:
            continue
        match = ENTRY_START.match(line, year.start())
        if match is not None and match["bare"] is not None and match["date"].endswith(")"):
            found.append(_Start(year.start(), match.end(), match))
    return found


def _run_together_starts(line: str, starts: list[_Start]) -> list[_Start]:
    """The entry starts of a line of run-together year entries, with those found before.
    An entry's date is the whole date that ends on its year ("… independence. 17 May 1990
    Francis Ona …", "… Arawa. March – April 1995 National …"), not its year alone; after
    such a date the text may open with a word in capitals ("September 1990 PNGDF …")."""
    taken = {start.start for start in starts}
    bracketed = _bracketed_days(line)
    years = [int(match["first"] or match["year"]) for match in _run_together_years(line)]
    # (items out of order, told by their bracketed days: a year alone opens an item only
    # after a sentence's end, "… Nitschowej. 1936 Uruchomienie …", not "… we wrześniu 1939
    # Wódz …", a year inside a sentence)
    unordered = years != sorted(years) and (
        len(bracketed) >= DocumentPattern.MIN_LINES
        or _sentence_years(line, _run_together_years(line))
    )
    for start in bracketed:
        if start.start not in taken:
            starts.append(start)
            taken.add(start.start)
    for found in RUN_TOGETHER_YEAR_CAPITALS.finditer(line):
        before = line[max(0, found.start() - 40) : found.start()].split()  # (the word before)
        if not before or before[-1].lower() in NOT_AN_ENTRY_BEFORE:
            continue
        if unordered and before[-1][-1:] not in ".!?" and line[found.start() - 1] != ")":
            continue  # (a year glued to a bracket, "Union)1953 The …", lost its line break)
        at = _whole_date_start(line, found)
        if at == found.start() and not RUN_TOGETHER_YEAR.match(line, found.start()):
            continue  # ("1990 PNGDF": a year alone before capitals, a year in a sentence)
        earlier = line[max(0, at - 40) : at].split()
        if at != found.start() and earlier and earlier[-1].lower() in NOT_AN_ENTRY_BEFORE:
            continue  # ("… since May 1989 The …": a date inside a sentence)
        match = ENTRY_START.match(line, at)
        if match is None or at in taken:
            continue
        if match["bare"] is None and (match["sep"] != ":" or line[found.end("year")] != ":"):
            continue
        if at != found.start() and dates.find_date(line, match.end()) is not None:
            continue  # ("… Relations 18 April 2009 Jan. 2, 2009: …": a footer's date)
        starts.append(_Start(at, match.end(), match))
    for found in STACKED_YEARS.finditer(line) if unordered else ():
        # ("… Romi Ltda. 1911 1911 1860 Surgem …": a chart's years stacked over their texts,
        # an item of its own, never the text of the item before it)
        match = ENTRY_START.match(line, found.start())
        if match is not None and found.start() not in taken:
            starts.append(_Start(found.start(), match.end(), match))
            taken.add(found.start())
    for found in RUN_TOGETHER_YEAR_DASHED.finditer(line):
        match = ENTRY_START.match(line, found.start())
        if match is not None and found.start() not in taken and match.end() == found.end():
            starts.append(_Start(found.start(), match.end(), match))
            taken.add(found.start())
    # ("… 10 million. 1960-1969 1.3 million people arrived …": a span of years, a number
    # after it; and the line's own first item, "1950-1953 Korean War. …", at its start)
    spans = [found.start() for found in _run_together_years(line) if found["first"]]
    opening = RUN_TOGETHER_FIRST.match(line)
    for at in [*spans, *([0] if opening is not None else [])]:
        match = ENTRY_START.match(line, at)
        if match is not None and match["bare"] is not None and at not in taken:
            starts.append(_Start(at, match.end(), match))
            taken.add(at)
    return sorted(starts, key=lambda start: start.start)


def _whole_date_start(line: str, year: re.Match[str]) -> int:
    """Where the longest date that ends on a run-together year starts (after a space), or
    the year's own start."""
    for candidate in dates.date_candidate().finditer(line, max(0, year.start() - 40), year.start()):
        at = candidate.start()
        if at > 0 and line[at - 1] != " ":
            continue
        found = dates.find_date(line, at)
        if found is not None and found.end() == year.end("year"):
            if SENTENCE_ENDING_MONTH.match(line, at) is not None:
                continue  # ("… on the first of July. 1918 The …": a sentence's end between)
            return at
    return year.start()


# "July. 1918": a month's whole name and a full stop, the end of a sentence (never an
# abbreviation, "Sept. 1918"), before a run-together year
SENTENCE_ENDING_MONTH = re.compile(rf"(?:{'|'.join(MONTH_NAMES)})\.\s", re.IGNORECASE)


# the shapes one run of entries writes alike: a year and a span of years ("…
# Kabelwerk.1868-1870: Bau … London.1874: Verlegung …": a span among single years)
RUN_SHAPES = {"years": "year"}


def _run_shape(match: re.Match[str]) -> str:
    """A date's shape as a run of entries run together on one line counts it (see
    _same_shape_run): a span of years is of the single years' shape."""
    shape = dates.date_shape(match)
    return RUN_SHAPES.get(shape, shape)


def _same_shape_run(line: str, starts: list[_Start]) -> list[_Start]:
    """ "Jan. 1 -- In his message, Kim … Olympics.Jan. 4 -- Moon and Trump agree …": a long
    line that starts with an entry and runs the next ones into it, each right after a
    sentence's end and written in the first one's shape and separator (a dash or a colon),
    at least MIN_LINES in all: each an entry (a date inside a sentence stays text)."""
    first = starts[0].match
    shape, kind = _run_shape(first), _separator_kind((first["sep"] or "").strip())
    if kind not in (":", "-") or starts[0].text_start > len(line) // 2:
        return starts
    taken = {start.start for start in starts} | {start.match.start() for start in starts}
    extra: list[_Start] = []
    unbounded: list[_Start] = []  # "… 'Explorer' 13 December: Gordo …": no sentence end before
    for candidate in dates.date_candidate().finditer(line, starts[0].text_start):
        at = candidate.start()
        if at in taken:
            continue
        match = ENTRY_START.match(line, at)
        if match is None or _run_shape(match) != shape:
            continue
        if _separator_kind((match["sep"] or "").strip()) != kind:
            continue
        if _after_boundary(line, at):
            extra.append(_Start(at, match.end(), match))
        elif kind == ":" and dates.has_day(match) and not line[at - 1 : at].isalnum():
            before = line[:at].split()
            if before and before[-1].lower().strip(",;(") not in NOT_AN_ENTRY_BEFORE:
                unbounded.append(_Start(at, match.end(), match))
    if len(starts) + len(extra) < DocumentPattern.MIN_LINES:
        return starts
    # a day with its colon is an entry's mark even with no sentence's end before it, once the
    # line shows the run (its title had no full stop): "… 'Explorer' 13 December: Gordo …"
    return sorted([*starts, *extra, *unbounded], key=lambda start: start.start)


# "1366 - Tax (ducal", "1926 - produced": a line opening with a year and a spaced hyphen
HYPHEN_YEAR_OPENING = re.compile(rf"[ \t]*{_YEAR}[ \t]+-[ \t]+\S")
# "… of Leuven, Belgium; 1708", "… vineyard; January 1986": a date ending a line after the
# clause before it; "June 15, 1717 -": a date and its hyphen alone, the text below
_WRAPPED_DATE = rf"(?P<date>(?:[^\W\d_]{{3,9}}\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?)?{_YEAR})"
WRAPPED_DATE_ENDING = re.compile(rf"(?<=[;.,])[ \t]+{_WRAPPED_DATE}[ \t]*$")
WRAPPED_DATE_ALONE = re.compile(rf"[ \t]*{_WRAPPED_DATE}[ \t]+-[ \t]*$")
HYPHEN_ITEM_OPENING = re.compile(r"[ \t]*-[ \t]+(?=\S)")


def _whole_date(written: str) -> bool:
    """Whether ``written`` is a date and nothing more ("1708", "January 1986", "June 15,
    1717")."""
    found = ENTRY_START.match(written)
    return found is not None and found.end("date") == len(written)


def _dates_wrapped_from_their_items(lines: list[str]) -> list[str]:
    """ "… of Leuven, Belgium; 1708" / "- Sebastien Artois awarded …", "June 15, 1717 -" /
    "Artois acquired brewery; …": in a document whose entries open with a year and a spaced
    hyphen ("1926 - produced", at least MIN_LINES lines), hard-wrapped anywhere, an entry's
    date left at the end of the line above its text (after the clause it closes, ";", "."
    or ","), or alone with its hyphen: the next line opens with the hyphen and the text
    ("- Sebastien …"), or holds the text when the hyphen stayed with the date. The date is
    written before its text on the next line ("1708 - Sebastien Artois …"), the line above
    keeping its own words (a date alone leaves a blank line). Else the lines unchanged."""
    if sum(1 for line in lines if HYPHEN_YEAR_OPENING.match(line)) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    for index in range(len(lines) - 1):
        line, below = written[index], lines[index + 1]
        if not below.strip():
            continue
        alone = WRAPPED_DATE_ALONE.fullmatch(line)
        if alone is not None and _whole_date(alone["date"]):
            if HYPHEN_ITEM_OPENING.match(below) or ENTRY_START.match(below.strip()):
                continue  # (a date and hyphen over another item, or another date)
            if written is lines:
                written = list(lines)
            written[index] = ""
            written[index + 1] = f"{alone['date']} - {below.strip()}"
            continue
        opening = HYPHEN_ITEM_OPENING.match(below)
        ending = WRAPPED_DATE_ENDING.search(line) if opening is not None else None
        if opening is None or ending is None or not _whole_date(ending["date"]):
            continue
        if written is lines:
            written = list(lines)
        written[index] = line[: ending.start()].rstrip()
        written[index + 1] = f"{ending['date']} - {below[opening.end() :]}"
    return written


# "1962 14.7 acres …", "1975 church begins …": a line opening with a year, one space and
# text (a document of wide gaps, "1984  Stadium …", has its own rule: a single space inside
# its lines is no mark there)
YEAR_SPACE_OPENING = re.compile(r"[ \t]*((?:1[0-9]|20)[0-9]{2}) (?=[^\W_])")
# "… Avenue. 1964 church …", "… in 1 month 1967 St. Paul’s …": a year inside a line, a
# space before it and a word after it
MID_SPACED_YEAR = re.compile(r"(?<=\S)[ \t]+((?:1[0-9]|20)[0-9]{2})[ \t]+(?=[^\W\d_])")
DIGIT_IN_WORD = re.compile(r"\d")


def _years_run_into_paragraphs(lines: list[str]) -> list[str]:
    """ "1962 14.7 acres given … Avenue. 1964 church building constructed …" / "100,000 in 1
    month 1967 St. Paul’s becomes a parish … Rector of St. Paul’s 1970 Milestone: …": in a
    document whose entries are paragraphs opening with a year and a space (at least
    MIN_LINES lines), an item whose year the page ran into the paragraph above, in any line
    of that paragraph, broken before it with ITEM_BREAK: its year later than the last entry's
    year above it and earlier than the next line's opening year (the document's order,
    strictly rising within the line), after a sentence's end ("Avenue. 1964 church") or
    before a capital ("month 1967 St. Paul’s"), never after a word that asks for a year ("in",
    "since", a month's name) nor before a unit ("1500 metres"). A year inside a sentence
    ("… completed 1961 after …") stays text. Else the lines unchanged."""
    opened = [
        (index, int(found[1]))
        for index, line in enumerate(lines)
        if line[:1].isdigit() and (found := YEAR_SPACE_OPENING.match(line)) is not None
    ]
    if len(opened) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    position = 0  # (in opened: the first line opening with a year after the current one)
    last: int | None = None  # the year of the last entry above
    for index, line in enumerate(lines):
        while position < len(opened) and opened[position][0] <= index:
            last = opened[position][1]
            position += 1
        after = opened[position][1] if position < len(opened) else None
        if last is None or after is None or not line.strip():
            continue
        breaks = []
        for found in MID_SPACED_YEAR.finditer(line):
            year = int(found[1])
            words = line[: found.start()].split()
            word = words[-1] if words else ""
            capital = line[found.end() : found.end() + 1].isupper()
            if not last < year < after or not (word[-1:] in ".!?" or capital):
                continue
            if word.lower().strip(",;(") in YEAR_ASKED_BY or MONTH_WORD.fullmatch(word):
                continue
            if DIGIT_IN_WORD.search(word):
                continue  # ("Feb 1, 1986 Local …": a whole date's year, after its day)
            if ABBREVIATION_END.search(word) or FIGURE_AFTER.match(line, found.end(1)):
                continue
            breaks.append(found.start(1))
            last = year
        if breaks:
            written = list(lines) if written is lines else written
            pieces = [line[a:b] for a, b in zip([0, *breaks], [*breaks, len(line)], strict=True)]
            written[index] = ITEM_BREAK.join(piece.rstrip() for piece in pieces)
    return written
