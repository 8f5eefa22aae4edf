"""A chronology kept as a table: CSV or TSV as a spreadsheet, a database or pandas writes it.

A text is read as a table when its rows, split by one delimiter (a comma, a semicolon or a tab,
quoted cells allowed, as the ``csv`` module reads them, however long), have one number of cells
(two or more; nine rows in ten at least; a date written with the delimiter in it and no quotes,
"July 27, 1953,Armistice", is one cell) and one column holds a date in most of its cells (of
several delimiters that do so, the one of most columns), written as the importer reads dates
anywhere (``dates``; "1950-06-25", "June 25, 1950", "25/06/1950", "1950", "March 1951"; "753
BC", "-490", "c. 1850" and a spreadsheet's day number 45123 under a date's header are dates it
reports on their rows). A column of bare numbers is one of years only under a header that names
a time ("Year", "Founded"; not "Population", "Score", "id") or in a table without a header,
whose first column they then are (an address list ending in years is no chronology). Rows
missing their last cells (a log whose writer left them out) are a table's too under a header
of three cells or more whose first names a time ("date,event,title,…"), no row wider than it
and the dates in the first column only: each short row is noted. One row
under a header is a table when the header names its date column ("Date"); so is a table whose
column headed as a time holds no date the importer reads ("Century": "XV"), each row saying so.
Each row is then one entry:

- its date is the date column's cell, read with the same year context, numeric order and
  precision as a written chronology's dates (the cells are read as the lines of one list); a
  second date column headed as an end ("End", "hdate_end", "To", "Until", "Bis", "Fin",
  "Died"…), or unnamed and never earlier than the first, gives the end of a span; a year column
  and a column of days without a year ("Year" / "Date": "1950" / "June 25"; "1961" /
  "17-19/4" beside it, where a cell shows its day first) are read together,
  and so are year, month and day columns (and "End Year", "End Month", "End Day": TimelineJS's
  sheet);
- its text is the row's other cells, in their order, joined by " — "; a column of sources
  or web addresses (headed "Source", "Reference", "URL"…, or holding addresses only), and one
  of what a timeline tool shows an entry with ("Time", "Display Date", "Media", "Background",
  a "Type" of title slides and eras) is left out of the text, said once in the header's line
  (where a row's event was reported, or how it is shown, is not what happened), and so is a
  column of row numbers or ids (whole numbers headed "", "Unnamed: 0" as pandas writes its
  index, "id", "No."); a cell holding a program's mark of nothing (R's NA, pandas' NaN,
  NULL, #N/A) is no text; a row with more cells than the header has them in its text, with
  a note;
- a row whose date cell is empty takes the date of the row above (a spreadsheet's merged
  cell), with a note; a row whose date cell holds no date is reported, never joined to another.

The header row (when the first row is no data: no cell of its date column is a date) is
reported as the table's header, with what each column was read as. Nothing else is needed: a
table never goes through the layout rules of written chronologies (its commas are no
separators and its rows are no paragraphs).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries import (
    BEFORE_COMMON_ERA,
    CIRCA,
    NO_SUCH_DATES,
    Entry,
    SkippedLine,
    Split,
    split_entries,
    split_lines,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

DELIMITERS = (",", ";", "\t")
MIN_ROWS = 2  # data rows, besides a header
SAME_WIDTH_SHARE = 0.9  # of the rows that have the header's number of cells
DATED_SHARE = 0.6  # of a date column's non-empty cells that are dates
LONGEST_HEADER_CELL = 60
SAMPLE_ROWS = 2000  # rows whose cells tell which columns hold dates

# Header words, folded to lower case: what a column holds
_END = re.compile(
    r"(?:^|[ _-])(?:end|ends|ended|to|until|till|finish|finished|through|bis|ende|enddatum|fin|"
    r"fine|fim|final|koniec|tot|einde|slut|died|death|deceased|gestorben|tod|décès|deces|muerte)"
    r"(?:$|[ _-])"
)
_END_PREFIX = re.compile(r"(?:end|ending|to|until|bis|fin|fine|fim)[ _-]?")
_YEAR = re.compile(r"(?:year|yr|jahr|année|annee|año|ano|anno|rok|jaar|år|ar)")
_MONTH = re.compile(r"(?:month|monat|mois|mes|mese|mês|miesiąc|maand|månad)")
_DAY = re.compile(r"(?:day|tag|jour|día|dia|giorno|dzień|dag)")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# Columns left out of the text, by their header, and said in the header's line: where a
# row's event was reported (not what happened), and what a timeline tool shows it with
# (TimelineJS's sheet: "Time", "Display Date", "Media", "Media Credit", "Background"…)
_SOURCES = "sources and web addresses"
_SOURCE = re.compile(
    r"(?:sources?|references?|refs?|citations?|links?|urls?|web[ _-]?address|notes?[ _-]?source|"
    r"sources?[ _-]?(?:urls?|links?)|"
    r"quellen?|fuentes?|fontes?|fonti|źródło|źródła|bron(?:nen)?|källa|kilde)"
)
_SHOWN_WITH = re.compile(
    r"(?:(?:end[ _-]?)?(?:time|hour|uhrzeit|heure|hora)|display[ _-]?date|"
    r"media(?:[ _-]?(?:credit|caption|thumbnail|url|link))?|thumbnail|images?|photos?|"
    r"pictures?|background|alt[ _-]?text|colou?r|icon)"
)
_SHOWN = "times of day, media and display"
_LEFT_OUT = {_SOURCES: _SOURCE, _SHOWN: _SHOWN_WITH}
_SLIDE_TYPE = re.compile(r"title|era", re.IGNORECASE)
# A column of row numbers or record ids (pandas' index, headed "" or "Unnamed: 0" when read
# back; a database's "id"): whole numbers only, the row's number and not what happened
_ROW_NUMBERS = "row numbers and ids"
_ROW_NUMBER = re.compile(r"(?:|unnamed: ?\d+|_?ids?|index|idx|no\.?|nr\.?|num|rows?|rowid|key|pk)")
# A header that names a time: a column of bare numbers is read as years only under one
# ("Year", "Founded", "hdate"), or as a headerless table's first column; under "Population",
# "Score" or "Votes" its numbers are no years
# (inside a name: "hdate", "startyear"; else a word of its own: not "metadata", "Runtime",
# "Holiday", whose numbers are no years; "End", "Until": a span's end, "1950,1970,text")
_TIME_NAME = re.compile(
    r"(?:date(?!n)|year|jahr|datum|fecha|année|annee|año|anno|"
    r"(?:^|[ _-])(?:when|period|epoch|century|decade|season|quarter|week|month|day|ano|rok|"
    r"jaar|år|yr|start|starts|started|begin|begins|from|since|born|birth|died|death|founded|"
    r"established|opened|closed|built|time|end|ends|ended|until|till|bis|finish|finished)"
    r"(?:$|[ _-]))"
)
# A spreadsheet's day number where it holds a date cell formatted as a number (days from
# 1899-12-30, or 1904-01-01 in old Mac workbooks: which one the file does not say)
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
# "17-19/4", "22/11", "2-3/12": a day (or two) and a month with a slash, no year: beside a
# column of years, the day of that row's year
_SLASHED_DAY = re.compile(
    r"(?:[12]\d|3[01]|0?[1-9])(?:-(?:[12]\d|3[01]|0?[1-9]))?/(?:1[0-2]|0?[1-9])"
)
_NEGATIVE_YEAR = re.compile(r"[-−]\d{1,5}")
NEGATIVE_YEAR = f"a year before the Common Era (a minus sign): {NO_SUCH_DATES}"
SERIAL_DAY = (
    "a spreadsheet's day number, not a date (days from 1899-12-30, or 1904-01-01: the file "
    "does not say which): format the column as dates (YYYY-MM-DD) and save the table again"
)
_TEXT_SEPARATOR = " — "
# What R (NA), pandas (NaN, nan, None, NaT), databases (NULL) and spreadsheets (#N/A) write in
# a cell that holds nothing: no text ("Invasion — NA")
_MISSING = re.compile(r"NA|N/A|#N/A|NaN|nan|NaT|None|NULL|null|<NA>")
# A line's end as an editor and the csv module take it: LF, CRLF or CR (old Mac Excel)
_LINE_END = re.compile(r"\r\n|\r|\n")
_PROBE_TEXT = "Text."  # what follows each date cell in the list the dates are read as
# What the written reading says of a line without a date by where it stands: of a cell, that
# it holds no date ("XV", "Jan-2020" were "before the first entry")
_PLACE_REASONS = ("before the first entry", "not an entry, and", "continues line")


# A time of day after a date, as spreadsheets and pandas write datetimes ("1950-06-25
# 00:00:00", "2008-09-15T14:30"): the data holds days, and the day is the one written.
_TIME_OF_DAY = re.compile(
    r"(?<=\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)


def _day_of(cell: str) -> str:
    return _TIME_OF_DAY.sub("", cell.strip())


@dataclass(frozen=True)
class _Rows:
    rows: list[list[str]]
    lines: list[int]  # the line each row starts on
    delimiter: str
    mended: frozenset[int] = frozenset()  # rows whose date held the delimiter (_mended)
    short: bool = False  # some rows have fewer cells than the header (_short_rows)


def _rows(text: str, delimiter: str) -> _Rows | None:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    # (a cell may be as long as the text: the csv module's limit, 131072 characters, made a
    # table with one long description no table, its quotes left in the text)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text)))
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append([cell.strip() for cell in row])
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error:
        return None
    finally:
        csv.field_size_limit(limit)
    return _Rows(rows, lines, delimiter)


def _table_rows(text: str) -> list[_Rows]:
    """The rows of a text that is a table, by each delimiter that makes them one width, the
    widest first (a semicolon's table whose text cells hold one comma each is also a comma's
    table of two columns, with no dates: the one with a column of dates is read)."""
    first = _LINE_END.split(text.lstrip("\ufeff"), maxsplit=1)[0]
    found_rows: list[_Rows] = []
    for delimiter in DELIMITERS:
        if delimiter not in first:
            continue
        found = _rows(text.lstrip("\ufeff"), delimiter)
        if found is None or len(found.rows) < 2:  # (a header and one row: see _columns)
            continue
        width = len(found.rows[0])
        found = _mended(found, width)
        same = sum(len(row) == width for row in found.rows)
        if width >= 2 and same >= SAME_WIDTH_SHARE * len(found.rows):
            found_rows.append(found)
        elif _short_rows(found, width):
            found_rows.append(replace(found, short=True))
    return sorted(found_rows, key=lambda found: -len(found.rows[0]))


MIN_SHORT_WIDTH = 3  # a header's cells, for rows with fewer (see _short_rows)


def _short_rows(table: _Rows, width: int) -> bool:
    """Whether rows of several widths are still a table's: a header of MIN_SHORT_WIDTH cells
    or more that names a time in its first cell ("date,event,title,description,source"),
    under it no row wider than the header and most rows at least two cells, the last ones
    missing from some (a log whose writer left trailing cells out, or a cut that ran cells
    together). The first cell of each row is then still its date (see table_split)."""
    header, data = table.rows[0], table.rows[1:]
    return (
        (
            width >= MIN_SHORT_WIDTH
            # (or "date,event" over rows of which a few hold their date alone, "2003-04-05":
            # each short row a whole date, so no prose line of one cell makes it a table)
            or (width == 2 and all(len(row) == 2 or _whole_date(row[0]) for row in data))
        )
        and len(data) >= MIN_ROWS
        and _TIME_NAME.search(_name(header[0])) is not None
        and not any(_whole_date(cell) for cell in header)
        and all(len(cell) <= LONGEST_HEADER_CELL for cell in header)
        and all(1 <= len(row) <= width for row in data)
        # (a row of its date alone, "1951-07-10", reported: most rows still hold a text)
        and 2 * sum(len(row) >= 2 for row in data) > len(data)
    )


def _mended(table: _Rows, width: int) -> _Rows:
    """The rows, where one is a cell wider than the header because a date was written with
    the delimiter in it and no quotes ("July 27, 1953,Armistice", "1950, June 25,Invasion":
    a bare year beside a date without one), with that date one cell again (its line in
    ``mended``); other rows as they are. Only when mending can make the rows one width (a
    written text of many commas is not looked through)."""
    one_more = [len(row) == width + 1 for row in table.rows]
    same = sum(len(row) == width for row in table.rows)
    if not any(one_more) or same + sum(one_more) < SAME_WIDTH_SHARE * len(table.rows):
        return table
    rows: list[list[str]] = []
    mended: set[int] = set()
    for row, line, wider in zip(table.rows, table.lines, one_more, strict=True):
        for column in range(len(row) - 1) if wider else ():
            one, two = row[column], row[column + 1]
            joined = f"{one}{table.delimiter} {two}"
            if (
                (_BARE_YEAR.fullmatch(one) is None) != (_BARE_YEAR.fullmatch(two) is None)
                and _has_year(one) != _has_year(two)
                and _whole_date(joined)
            ):
                row = [*row[:column], joined, *row[column + 2 :]]
                mended.add(line)
                break
        rows.append(row)
    return _Rows(rows, table.lines, table.delimiter, frozenset(mended))


_BARE_YEAR = re.compile(r"\d{3,4}")


def _whole_date(cell: str) -> bool:
    """Whether a cell is a date and nothing more (a closing full stop allowed)."""
    written = _day_of(cell).rstrip(".")
    if not written:
        return False
    if dates.gedcom_sides(written) is not None:  # ("@#DJULIAN@ 15 NOV 1315", "FROM … TO …")
        return True
    found = dates.find_date(written)
    return found is not None and found.end() == len(written)


def _is_year(cell: str) -> bool:
    return cell.isdecimal() and 1 <= len(cell) <= 4  # (not "²", which isdigit takes)


@dataclass(frozen=True)
class _When:
    """Where a row writes a date: one column ("1950-06-25"), a year column beside a column of
    days without a year ("1950" / "June 25"), or year, month and day columns."""

    date: int | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None

    def columns(self) -> set[int]:
        return {c for c in (self.date, self.year, self.month, self.day) if c is not None}

    def written(self, row: Sequence[str]) -> str:
        """The row's date as one piece of text the date grammar reads."""
        year = _cell(row, self.year)
        if self.date is None:  # year, month and day columns
            month, day = _cell(row, self.month), _cell(row, self.day)
            if not year:
                return ""
            if year.isdecimal() and month.isdecimal() and (not day or day.isdecimal()):
                return f"{int(year):04d}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
            # (else as written, for the reader to read or report: "1960s", "June", "²")
            return " ".join(part for part in (day, month, year) if part)
        day = _day_of(_cell(row, self.date))
        if year and not day and self.year is not None:
            return year  # ("1825" and "": the row's year, not the date of the row above)
        if year and _SLASHED_DAY.fullmatch(day):  # "1961" and "17-19/4": "17-19/4/1961"
            return f"{day}/{year}"
        if year and day and not _has_year(day):  # "Year" and "Date": "1950" and "June 25"
            return f"{day}, {year}" if day[-1:].isdigit() else f"{day} {year}"
        return day


@dataclass(frozen=True)
class _Columns:
    header: bool
    start: _When
    end: _When | None
    text: list[int]
    left_out: dict[str, list[int]]  # why (a kind of column), and which columns


def _share(rows: Sequence[Sequence[str]], column: int, test: Callable[[str], object]) -> float:
    """The share of a column's non-empty cells that pass ``test``."""
    cells = [row[column] for row in rows if column < len(row) and row[column]]
    return sum(bool(test(cell)) for cell in cells) / len(cells) if cells else 0.0


def _name(cell: str) -> str:
    return " ".join(cell.strip().strip("\"'*#").lower().split())


def _named(names: list[str], pattern: re.Pattern[str], *, ending: bool = False) -> int | None:
    """The first column whose header is ``pattern`` (after an end's word when ``ending``:
    "End Year", "end_month")."""
    for column, name in enumerate(names):
        ends = _END_PREFIX.match(name)
        if ending and ends is not None and pattern.fullmatch(name[ends.end() :]):
            return column
        if not ending and ends is None and pattern.fullmatch(name):
            return column
    return None


def _parts(names: list[str], data: list[list[str]], *, ending: bool) -> _When | None:
    """Year, month and day columns (TimelineJS's sheet: Year, Month, Day, End Year …)."""
    year = _named(names, _YEAR, ending=ending)
    if year is None:
        return None
    filled = any(_cell(row, year) for row in data)
    month = _named(names, _MONTH, ending=ending)
    day = _named(names, _DAY, ending=ending)
    # (beside a column the header names the month's, a year column of mostly years is the
    # year's: its few other cells, "1960s", "²", are those rows' dates, read or reported,
    # never a reason to read the month and day columns as text)
    least = DATED_SHARE if month is not None else 0.9
    if (filled or not ending) and _share(data, year, _is_year) <= least:
        return None  # (an "End Year" column no row fills is still the end's: said so)
    return _When(None, year, month, day) if month is not None else _When(year=year)


def _days_first(cell: str) -> bool:
    """Whether a "day/month" cell shows its day first: a day over 12, or two days ("17-19/4")."""
    day = _SLASHED_DAY.fullmatch(cell)
    return day is not None and ("-" in cell or int(cell.split("/")[0]) > 12)


def _bare_number(cell: str) -> bool:
    return cell.lstrip("-").isdecimal()


def _columns(rows: list[list[str]]) -> _Columns | None:
    width = len(rows[0])
    first = rows[0]
    header = not any(_whole_date(cell) for cell in first) and all(
        len(cell) <= LONGEST_HEADER_CELL for cell in first
    )
    data = rows[1:] if header else rows
    if not data or (not header and len(data) < MIN_ROWS):
        return None
    names = [_name(cell) for cell in first] if header else [""] * width
    left_out = {
        reason: [c for c in range(width) if header and pattern.fullmatch(names[c])]
        for reason, pattern in _LEFT_OUT.items()
    }
    left_out[_ROW_NUMBERS] = [
        c
        for c in range(width)
        if header
        and _ROW_NUMBER.fullmatch(names[c])
        and _share(data, c, str.isdecimal) == 1.0
        and c not in left_out[_SOURCES] + left_out[_SHOWN]
    ]
    kept = set(range(width)) - {c for columns in left_out.values() for c in columns}
    start = _parts(names, data, ending=False)
    end = _parts(names, data, ending=True)
    taken = (start.columns() if start else set()) | (end.columns() if end else set())
    sample = data[:SAMPLE_ROWS]  # (each row's date is read later, and reported if none)
    dated = [c for c in sorted(kept - taken) if _dates_column(sample, names, c, header=header)]
    if not header and dated and dated[0] != 0 and _share(sample, dated[0], _bare_number) > 0.5:
        return None  # (years, headerless, begin a chronology's rows: "Ada,1815" is none)
    dated.sort(key=lambda c: _TIME_NAME.search(names[c]) is None)  # ("Date" before others)
    ends = [c for c in dated if _END.search(names[c])]
    starts = [c for c in dated if c not in ends]
    if header and start is None and not dated:  # ("Century": "XV"; "Month": "Jan-2020")
        starts = [c for c in sorted(kept - taken) if _TIME_NAME.fullmatch(names[c])][:1]
    if header and len(data) < MIN_ROWS and (not starts or not _TIME_NAME.search(names[starts[0]])):
        return None  # (one row under a header is a table only under a date's name)
    if start is not None and start.date is None and start.month is None and starts:
        start = _When(date=starts[0], year=start.year)  # "Year" and "Date" read together
    elif start is None and starts:
        start = _When(date=starts[0])
    if start is None:
        return None
    beside = (start.date + 1) if start.date is not None and start.year is None else width
    if (
        beside < width
        and beside in kept - taken
        and _share(data, beside, _SLASHED_DAY.fullmatch) >= DATED_SHARE
        and _share(data, start.date or 0, _is_year) > SAME_WIDTH_SHARE
        and any(_days_first(_cell(row, beside)) for row in data)  # ("4/2": a score, a share)
    ):
        start = _When(date=beside, year=start.date)  # "1961" / "17-19/4": read together
    if end is None and ends:
        end = _When(date=ends[0])
    elif (
        end is None
        and len(starts) > 1
        and start.date == starts[0]
        and not names[starts[1]]  # (a named one, "Published", "Reported", is no end)
        and _never_before(data, starts[0], starts[1])
    ):
        end = _When(date=starts[1])  # "1789;1797;George Washington": never earlier
    taken = start.columns() | (end.columns() if end else set())
    text = sorted(kept - taken)
    addresses = [c for c in text if header and _share(data, c, _ADDRESS.fullmatch) == 1.0]
    left_out[_SOURCES] += addresses
    slides = [c for c in text if header and _share(data, c, _SLIDE_TYPE.fullmatch) == 1.0]
    left_out[_SHOWN] += slides  # (TimelineJS's "Type": a title slide, an era)
    text = [c for c in text if c not in addresses and c not in slides]
    if not text:
        return None  # dates and nothing said of them: no chronology
    return _Columns(header, start, end, text, {k: v for k, v in left_out.items() if v})


_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


def _dates_column(data: list[list[str]], names: list[str], column: int, *, header: bool) -> bool:
    """Whether a column holds dates: most of its cells are dates (a bare number is a year
    only under a header that names a time, or in a headerless table: see _columns), or it
    is a date's column of spreadsheet day numbers ("Date": 45123), which are reported."""
    named = _TIME_NAME.search(names[column]) is not None
    if header and not named and _share(data, column, _bare_number) >= DATED_SHARE:
        return False
    if named and _share(data, column, _SERIAL.fullmatch) >= DATED_SHARE:
        return True
    return _share(data, column, _date_or_refused) >= DATED_SHARE


def _date_or_refused(cell: str) -> bool:
    """Whether a cell is a date, or one the importer refuses with its reason ("753 BC",
    "c. 1850": reported on its row, where a table of them was no table and every row
    "before the first entry")."""
    return (
        _whole_date(cell)
        or BEFORE_COMMON_ERA.fullmatch(cell) is not None
        or CIRCA.fullmatch(f"{cell}:") is not None
        or _NEGATIVE_YEAR.fullmatch(cell) is not None
    )


def _never_before(data: list[list[str]], first: int, second: int) -> bool:
    """Whether a second column of dates is an end: in every row where both cells write a
    year, its year is the first's or later, and later in some row."""
    later = False
    for row in data:
        a = _WRITTEN_YEAR.search(_cell(row, first))
        b = _WRITTEN_YEAR.search(_cell(row, second))
        if a is None or b is None:
            continue
        if int(b.group()) < int(a.group()):
            return False
        later = later or int(b.group()) > int(a.group())
    return later


def _gedcom_or_written(cell: str) -> tuple[str, str]:
    """A date cell's first date and its last ("" when it has none): a GEDCOM date value's
    sides (see dates.gedcom_sides), else the cell as written."""
    sides = dates.gedcom_sides(cell)
    if sides is None:
        return cell, ""
    return sides[0], sides[1] or ""


def _ends_before(last: str, first: str) -> bool:
    return dates.parse_iso_partial(last).end < dates.parse_iso_partial(first).start


def _has_year(cell: str) -> bool:
    found = dates.find_date(cell.strip())
    return found is not None and dates.has_year(found)


def _cell(row: Sequence[str], column: int | None) -> str:
    return row[column] if column is not None and column < len(row) else ""


# a remark in brackets after a date cell's date, in words ("December 22, 856AD (aftershocks
# for about a year)", "1503 (date uncertain)"): read again without it where the whole cell
# gives no date, the remark then kept at the end of the row's text ("1985 (Dec 12)" is read
# whole, a date's own brackets); in square brackets too ("April 4, 1904 [disputed]")
_CELL_REMARK = re.compile(
    r"(?P<date>.*\d.*?)\s*(?P<remark>\((?=[^()]*[^\W\d_]{3})[^()]+\)"
    r"|\[(?=[^][]*[^\W\d_]{3})[^][]+\])"
)


def _read_dates_and_remarks(
    written: list[str], default_year: int | None
) -> tuple[list[Entry | str], list[str]]:
    """Each cell's date or why it is none (see _read_dates), and the remark in brackets
    after the date of a cell read without it (see _CELL_REMARK), "" where there is none."""
    found = _read_dates(written, default_year)
    bare, remarks = list(written), [""] * len(written)
    for index, (cell, item) in enumerate(zip(written, found, strict=True)):
        remark = _CELL_REMARK.fullmatch(cell) if isinstance(item, str) and item else None
        if remark is not None:
            bare[index], remarks[index] = remark["date"], remark["remark"]
    if not any(remarks):
        return found, remarks
    for index, item in enumerate(_read_dates(bare, default_year)):
        if not remarks[index]:
            continue
        if isinstance(item, Entry):
            found[index] = item
        else:
            remarks[index] = ""
    return found, remarks


def _read_dates(written: list[str], default_year: int | None) -> list[Entry | str]:
    """Each cell's date (an entry of the probe text) or why it is none, read as the lines
    of one list are, so that years, numeric order and precision come from the whole column."""
    if not any(written):  # (a table with no end column: no probe, a text of blank lines)
        return [""] * len(written)
    probe = "\n".join(f"{cell}: {_PROBE_TEXT}" if cell else "" for cell in written)
    split = split_entries(probe, default_year)
    reasons = {item.line: item.reason for item in split.unplaced}
    found: list[Entry | str] = []
    by_line = {entry.line: entry for entry in split.entries}
    for number, cell in enumerate(written, start=1):
        entry = by_line.get(number)
        if entry is not None and entry.parts[:1] == [_PROBE_TEXT]:  # (its date read whole)
            found.append(entry)
        elif not cell:
            found.append("")
        elif _SERIAL.fullmatch(cell):
            found.append(f"{cell!r} is {SERIAL_DAY}")
        elif _NEGATIVE_YEAR.fullmatch(cell):  # (not "0490", which the probe's reason offers)
            found.append(f"{cell!r} is {NEGATIVE_YEAR}")
        else:
            reason = reasons.get(number, "")
            if not reason or reason.startswith(_PLACE_REASONS):  # (where, not what: no date)
                reason = f"no date the importer reads in {cell!r}"
            found.append(reason)
    return found


HEAD_ROWS = 200  # rows of a long table whose written reading tells whether it is one


def read_entries(text: str, default_year: int | None = None) -> Split:
    """The entries of a text: read as a table when it is one (see the module's text), and
    as written text (``split_entries``) when it is not, or when the written reading reads
    it better: more entries, or finer dates on the same lines (a written list whose lines
    all hold one comma, "June 25, 1950: text" or "1950, June 25: text", is no table of two
    columns). A long table is judged by its first rows: its written reading, as long as
    the table's, is read only when the head's reads better."""
    table = table_split(text, default_year)
    if table is None:
        return split_entries(text, default_year)
    lines = sorted(
        [e.line for e in table.entries] + [item.line for item in table.unplaced + table.layout]
    )
    if len(lines) > HEAD_ROWS:
        cut = lines[HEAD_ROWS]  # (a row's first line: no quoted cell is cut)
        head = "\n".join(split_lines(text)[: cut - 1])
        if not _reads_better(split_entries(head, default_year), table, cut):
            return table
    written = split_entries(text, default_year)
    return written if _reads_better(written, table) else table


def _reads_better(written: Split, table: Split, before: int | None = None) -> bool:
    """Whether the written reading of a text (of its lines before ``before``) reads it
    better than its table: a finer date on some line ("1950" and "June 25: text" as cells,
    "1950-06-25" written) and a coarser one on none, however many entries each reads; else
    (the same dates, or finer and coarser ones both) more entries. A reading with more
    entries but coarser dates is the worse one: the rows it reads that the other does not
    are those of a day the calendar lacks, read as a year with the rest of the date in the
    text ("Year,Month,Day" / "1951,2,30,…" made every row a year with "6,25," in its text;
    "1995, June, 31: …" among "1994, July, 8: …" lines made each a year and "July — 8")."""
    entries = [e for e in table.entries if before is None or e.line < before]
    dates = {entry.line: entry.date for entry in entries}
    finer = coarser = 0
    for entry in written.entries:
        other = dates.get(entry.line)
        if other is None or other == entry.date:
            continue
        finer += entry.date.startswith(other)
        coarser += other.startswith(entry.date)
    if finer and not coarser:
        return True
    if coarser and not finer:
        return False
    return len(written.entries) > len(entries)


def table_split(text: str, default_year: int | None = None) -> Split | None:
    """The entries of a text that is a chronology kept as a table, or None when it is no
    table."""
    line_end = _LINE_END.search(text)  # (a TypeError for no str, as split_entries gives)
    if line_end is None or not text[line_end.end() :].strip():
        return None
    read = ((table, _columns(table.rows)) for table in _table_rows(text))
    table, columns = next(
        ((t, c) for t, c in read if c is not None and (not t.short or _first_dated(c))),
        (None, None),
    )
    if table is None or columns is None:
        return None
    rows, lines = table.rows, table.lines
    written_lines = split_lines(text.lstrip("\ufeff"))  # (rows reported as the file writes them)
    split = Split()
    if columns.header:
        split.layout.append(
            SkippedLine(lines[0], _header_line(text, lines[0]), _header_reason(rows[0], columns))
        )
        rows, lines = rows[1:], lines[1:]
    # (a GEDCOM date value, "FROM 1388 TO 1390", gives its first date and its last)
    sides = [_gedcom_or_written(columns.start.written(row)) for row in rows]
    starts, remarks = _read_dates_and_remarks([first for first, _ in sides], default_year)
    ends = (
        _read_dates([columns.end.written(row) for row in rows], default_year)
        if columns.end is not None
        else _read_dates([last for _, last in sides], default_year)
    )
    above: Entry | None = None
    note: str | None
    width = len(table.rows[0])
    for row, line, start, end, remark in zip(rows, lines, starts, ends, remarks, strict=True):
        cells = [*columns.text, *range(width, len(row))]  # (cells past the header's: text)
        words = _TEXT_SEPARATOR.join(
            [_cell(row, c) for c in cells if _cell(row, c) and not _MISSING.fullmatch(row[c])]
            + ([remark] if remark else [])
        )
        if line in table.mended:
            split.notes.append(SkippedLine(line, columns.start.written(row), DATE_MENDED))
        if len(row) < width:
            split.notes.append(
                SkippedLine(line, _row_as_written(written_lines, line), _narrower(len(row), width))
            )
        if len(row) > width and any(row[width:]):
            split.notes.append(
                SkippedLine(line, _row_as_written(written_lines, line), _wider(len(row), width))
            )
        if isinstance(start, str):
            if start or above is None:
                reason = start or "the row's date cell is empty, and no row above has a date"
                split.unplaced.append(
                    SkippedLine(line, _row_as_written(written_lines, line), reason)
                )
                continue
            date, end_date, note = (
                above.date,
                above.end_date,
                "date of the row above (its cell is empty)",
            )
        else:
            date, end_date, note = start.date, start.end_date, start.note
            above = start
        if isinstance(end, Entry) and _ends_before(end.end_date or end.date, date):
            # ("FROM 1700 TO 1690": an end before the start, not read)
            reason = f"end date not read: it ends ({end.end_date or end.date}) before {date}"
            split.notes.append(SkippedLine(line, columns.start.written(row), reason))
        elif isinstance(end, Entry):
            last = end.end_date or end.date
            end_date = last if last != date else None
        elif end and columns.end is not None:
            split.notes.append(
                SkippedLine(line, columns.end.written(row), f"end date not read: {end}")
            )
        if not words:
            split.unplaced.append(
                SkippedLine(line, _row_as_written(written_lines, line), "a date and no text")
            )
            continue
        split.entries.append(
            Entry(
                line,
                date,
                end_date,
                [words],
                note=note,
                written=columns.start.written(row),
                lines=[line],
            )
        )
    return split


DATE_MENDED = "a date written with the delimiter in it, without quotes: read as one cell"


def _wider(cells: int, width: int) -> str:
    return (
        f"a row of {cells} cells under a header of {width}: the cells after the first "
        f"{width} are added to its text (a delimiter in a cell without quotes?)"
    )


def _narrower(cells: int, width: int) -> str:
    return (
        f"a row of {cells} cell{'s' if cells > 1 else ''} under a header of {width}: its "
        "cells are read in the header's order, the last ones missing"
    )


def _first_dated(columns: _Columns) -> bool:
    """Whether a table's dates are in its first column, and there only (so that a row
    missing its last cells keeps its date)."""
    return columns.header and columns.start.columns() == {0} and columns.end is None


def _row_as_written(written: Sequence[str], line: int) -> str:
    """A row's line as the user's file writes it (its quotes kept: '4,464BC,"Sparta,
    Greece",…'), never the cells joined again: what a report quotes."""
    return written[line - 1].strip() if 0 < line <= len(written) else ""


def _header_line(text: str, line: int) -> str:
    return split_lines(text.lstrip("\ufeff"))[line - 1]


def _header_reason(header: Sequence[str], columns: _Columns) -> str:
    def named(found: Iterable[int | None]) -> str:
        return ", ".join(repr(header[c]) for c in found if c is not None and c < len(header))

    def when(found: _When) -> str:
        return named((found.date, found.year, found.month, found.day))

    said = [f"dates in {when(columns.start)}"]
    if columns.end is not None:
        said.append(f"end dates in {when(columns.end)}")
    said.append(f"text in {named(columns.text)}")
    said.extend(
        f"{why} in {named(found)} left out of the text" for why, found in columns.left_out.items()
    )
    return "the table's header: " + "; ".join(said)
