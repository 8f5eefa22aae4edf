"""A chronology kept as a table: CSV or TSV as a spreadsheet, a database or pandas writes it.

A text is read as a table when its rows, split by one delimiter (a comma, a semicolon or a
tab, quoted cells allowed, as the ``csv`` module reads them), have one number of cells (two or
more; nine rows in ten at least) and one column holds a date in most of its cells, written as
the importer reads dates anywhere (``dates``; "1950-06-25", "June 25, 1950", "25/06/1950",
"1950", "c. 1200", "March 1951"). Each row is then one entry:

- its date is the date column's cell, read with the same year context, numeric order and
  precision as a written chronology's dates (the cells are read as the lines of one list); a
  second date column headed as an end ("End", "End date", "To", "Until", "Bis", "Fin"…) gives
  the end of a span; a year column and a column of days without a year ("Year" / "Date":
  "1950" / "June 25") are read together, and so are year, month and day columns;
- its text is the row's other cells, in their order, joined by " — "; a column of sources
  or web addresses (headed "Source", "Reference", "URL"…, or holding addresses only) is left
  out of the text, said once in the header's line (where a row's event was reported is not
  what happened);
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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries import Entry, SkippedLine, Split, split_entries

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

DELIMITERS = (",", ";", "\t")
MIN_ROWS = 2  # data rows, besides a header
SAME_WIDTH_SHARE = 0.9  # of the rows that have the header's number of cells
DATED_SHARE = 0.6  # of a date column's non-empty cells that are dates
LONGEST_HEADER_CELL = 60

# Header words, folded to lower case: what a column holds
_END = re.compile(
    r"(?:^|[ _-])(?:end|ends|ended|to|until|till|finish|finished|through|bis|ende|enddatum|fin|"
    r"fine|fim|final|koniec|tot|einde|slut)(?:$|[ _-])"
)
_YEAR = re.compile(r"(?:year|yr|jahr|année|annee|año|ano|anno|rok|jaar|år|ar)")
_MONTH = re.compile(r"(?:month|monat|mois|mes|mese|mês|mes|miesiąc|maand|månad)")
_DAY = re.compile(r"(?:day|tag|jour|día|dia|giorno|dzień|dag)")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# where a row's event was reported, not what happened: left out of its text, and said
_SOURCE = re.compile(
    r"(?:sources?|references?|refs?|citations?|links?|urls?|web[ _-]?address|notes?[ _-]?source|"
    r"quellen?|fuentes?|fontes?|fonti|źródło|źródła|bron(?:nen)?|källa|kilde)"
)
_TEXT_SEPARATOR = " — "
_PROBE_TEXT = "Text."  # what follows each date cell in the list the dates are read as


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


def _rows(text: str, delimiter: str) -> _Rows | None:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append([cell.strip() for cell in row])
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error:
        return None
    return _Rows(rows, lines, delimiter)


def _table_rows(text: str) -> _Rows | None:
    """The rows of a text that is a table, by the delimiter that makes them one width."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    best: _Rows | None = None
    for delimiter in DELIMITERS:
        if delimiter not in first:
            continue
        found = _rows(text.lstrip("\ufeff"), delimiter)
        if found is None or len(found.rows) < MIN_ROWS + 1:
            continue
        width = len(found.rows[0])
        same = sum(len(row) == width for row in found.rows)
        wider = best is None or width > len(best.rows[0])
        if width >= 2 and same >= SAME_WIDTH_SHARE * len(found.rows) and wider:
            best = found
    return best


def _whole_date(cell: str) -> bool:
    """Whether a cell is a date and nothing more (a closing full stop allowed)."""
    written = _day_of(cell).rstrip(".")
    if not written:
        return False
    found = dates.find_date(written)
    return found is not None and found.end() == len(written)


def _is_year(cell: str) -> bool:
    return cell.isdigit() and 1 <= len(cell) <= 4


@dataclass(frozen=True)
class _Columns:
    header: bool
    date: int
    end: int | None
    year: int | None  # a year column read with the date column's yearless days
    month: int | None  # year, month and day columns (then ``date`` is the day's)
    text: list[int]
    addresses: list[int]


def _share(rows: Sequence[Sequence[str]], column: int, test: Callable[[str], object]) -> float:
    """The share of a column's non-empty cells that pass ``test``."""
    cells = [row[column] for row in rows if column < len(row) and row[column]]
    return sum(bool(test(cell)) for cell in cells) / len(cells) if cells else 0.0


def _name(cell: str) -> str:
    return cell.strip().strip("\"'*#").strip().lower()


def _columns(rows: list[list[str]]) -> _Columns | None:
    width = len(rows[0])
    first = rows[0]
    header = not any(_whole_date(cell) for cell in first) and all(
        len(cell) <= LONGEST_HEADER_CELL for cell in first
    )
    data = rows[1:] if header else rows
    names = [_name(cell) for cell in first] if header else [""] * width
    dated = [_share(data, column, _whole_date) for column in range(width)]
    year = next(
        (c for c in range(width) if _YEAR.fullmatch(names[c]) and _share(data, c, _is_year) > 0.9),
        None,
    )
    month = next((c for c in range(width) if _MONTH.fullmatch(names[c])), None)
    day = next((c for c in range(width) if _DAY.fullmatch(names[c])), None)
    if year is not None and month is not None and day is not None:
        used = {year, month, day}
        text = [c for c in range(width) if c not in used]
        return _finish(header, names, day, None, year, month, text, data)
    candidates = [c for c in range(width) if dated[c] >= DATED_SHARE and c != year]
    ends = [c for c in candidates if _END.search(names[c])]
    starts = [c for c in candidates if c not in ends]
    if not starts and year is not None:  # a year column alone: the years are the dates
        starts, year = [year], None
    if not starts:
        return None
    date = starts[0]
    if not ends and len(starts) > 1 and _never_before(data, date, starts[1]):
        ends = [starts[1]]  # "1789;1797;George Washington": a second column of dates never earlier
    end = ends[0] if ends else None
    used = {date} | {column for column in (year, end) if column is not None}
    text = [c for c in range(width) if c not in used]
    return _finish(header, names, date, end, year, None, text, data)


_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


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


def _has_year(cell: str) -> bool:
    found = dates.find_date(cell.strip())
    return found is not None and dates.has_year(found)


def _finish(
    header: bool,
    names: list[str],
    date: int,
    end: int | None,
    year: int | None,
    month: int | None,
    text: list[int],
    data: list[list[str]],
) -> _Columns | None:
    addresses = [  # (reported in the header's line: a table with no header keeps them)
        c
        for c in text
        if header and (_SOURCE.fullmatch(names[c]) or _share(data, c, _ADDRESS.fullmatch) == 1.0)
    ]
    kept = [c for c in text if c not in addresses]
    if not kept:
        return None  # dates and nothing said of them: no chronology
    return _Columns(header, date, end, year, month, kept, addresses)


def _cell(row: Sequence[str], column: int | None) -> str:
    return row[column] if column is not None and column < len(row) else ""


def _date_written(row: Sequence[str], columns: _Columns) -> str:
    """The row's date as one piece of text the date grammar reads."""
    day = _day_of(_cell(row, columns.date))
    if columns.month is not None and columns.year is not None:
        year, month = _cell(row, columns.year), _cell(row, columns.month)
        if not year:
            return ""
        if month.isdigit() and (not day or day.isdigit()):
            return f"{int(year):04d}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        return " ".join(part for part in (day, month, year) if part)
    year = _cell(row, columns.year)
    if year and day and not _has_year(day):  # "Year" and "Date": "1950" and "June 25"
        return f"{day}, {year}" if day[-1:].isdigit() else f"{day} {year}"
    return day


def _read_dates(written: list[str], default_year: int | None) -> list[Entry | str]:
    """Each cell's date (an entry of the probe text) or why it is none, read as the lines
    of one list are, so that years, numeric order and precision come from the whole column."""
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
        else:
            found.append(reasons.get(number, f"no date the importer reads in {cell!r}"))
    return found


def read_entries(text: str, default_year: int | None = None) -> Split:
    """The entries of a text: read as a table when it is one (see the module's text), and
    as written text (``split_entries``) when it is not, or when the written reading finds
    more entries (a written list whose lines all hold one comma, "June 25, 1950: text", is
    no table of two columns)."""
    table = table_split(text, default_year)
    written = split_entries(text, default_year)
    if table is None or len(written.entries) > len(table.entries):
        return written
    return table


def table_split(text: str, default_year: int | None = None) -> Split | None:
    """The entries of a text that is a chronology kept as a table, or None when it is no
    table."""
    if "\n" not in text.strip():
        return None
    table = _table_rows(text)
    if table is None:
        return None
    columns = _columns(table.rows)
    if columns is None:
        return None
    rows, lines = table.rows, table.lines
    split = Split()
    if columns.header:
        split.layout.append(
            SkippedLine(lines[0], _header_line(text, lines[0]), _header_reason(rows[0], columns))
        )
        rows, lines = rows[1:], lines[1:]
    starts = _read_dates([_date_written(row, columns) for row in rows], default_year)
    ends = (
        _read_dates([_day_of(_cell(row, columns.end)) for row in rows], default_year)
        if columns.end is not None
        else [""] * len(rows)
    )
    above: Entry | None = None
    note: str | None
    for row, line, start, end in zip(rows, lines, starts, ends, strict=True):
        words = _TEXT_SEPARATOR.join(_cell(row, c) for c in columns.text if _cell(row, c))
        if isinstance(start, str):
            if start or above is None:
                reason = start or "the row's date cell is empty, and no row above has a date"
                split.unplaced.append(SkippedLine(line, _joined_row(row, table.delimiter), reason))
                continue
            date, end_date, note = (
                above.date,
                above.end_date,
                "date of the row above (its cell is empty)",
            )
        else:
            date, end_date, note = start.date, start.end_date, start.note
            above = start
        if isinstance(end, Entry):
            last = end.end_date or end.date
            end_date = last if last != date else None
        elif end:
            split.notes.append(
                SkippedLine(line, _cell(row, columns.end), f"end date not read: {end}")
            )
        if not words:
            split.unplaced.append(
                SkippedLine(line, _joined_row(row, table.delimiter), "a date and no text")
            )
            continue
        split.entries.append(
            Entry(
                line,
                date,
                end_date,
                [words],
                note=note,
                written=_date_written(row, columns),
                lines=[line],
            )
        )
    return split


def _joined_row(row: Sequence[str], delimiter: str) -> str:
    return delimiter.join(row)


def _header_line(text: str, line: int) -> str:
    return text.lstrip("\ufeff").split("\n")[line - 1].rstrip("\r")


def _header_reason(header: Sequence[str], columns: _Columns) -> str:
    def named(column: int) -> str:
        return repr(header[column]) if column < len(header) else f"column {column + 1}"

    said = [f"dates in {named(columns.date)}"]
    if columns.year is not None:
        said.append(f"years in {named(columns.year)}")
    if columns.month is not None:
        said.append(f"months in {named(columns.month)}")
    if columns.end is not None:
        said.append(f"end dates in {named(columns.end)}")
    said.append("text in " + ", ".join(named(c) for c in columns.text))
    if columns.addresses:
        said.append(
            "sources and web addresses in "
            + ", ".join(named(c) for c in columns.addresses)
            + " left out of the text"
        )
    return "the table's header: " + "; ".join(said)
