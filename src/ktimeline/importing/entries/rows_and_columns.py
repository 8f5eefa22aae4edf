"""Tables flattened to text, and pages of two columns.

Rows whose cells hold the date, numbered and coded rows, compact date cells, a column's
paragraphs.
"""

from __future__ import annotations

import re

from ktimeline import dates
from ktimeline.importing.entries.date_reading import _date_at
from ktimeline.importing.entries.date_shapes import _MONTH, _YEAR, ENTRY_START
from ktimeline.importing.entries.furniture import SENTENCE_END, TIME_ITEM, _whole_date_alone
from ktimeline.importing.entries.pattern import DocumentPattern

# "| 1914 | June | 28th | text |": a table's row flattened to text, its date in cells of its
# own (year, month, day), its cells broken over lines; an empty cell is "as above"
FOUR_DIGITS = re.compile(r"\d{4}")


SPLIT_ROW_HINT = re.compile(r"^[ \t]*\|?[ \t]*(?:1[0-9]|20)\d\d[ \t]*\|", re.MULTILINE)

# A row of such a table written without its opening "|" ("1830 | Sep | 15 | text |", as a
# Markdown table may be): its first cell a year
UNOPENED_ROW = re.compile(r"[ \t]*(?:1[0-9]|20)\d\d[ \t]*\|")


def _opens_row(line: str) -> bool:
    """Whether the line opens a row of a table flattened to text: "| 1914 | …" or, without
    the opening "|", "1914 | …"."""
    return line.lstrip()[:1] == "|" or UNOPENED_ROW.match(line) is not None


DATE_CELL = re.compile(
    rf"(?:1[0-9]|20)\d\d|(?:{_MONTH}|{dates.TEXT_FOREIGN_MONTH})"
    r"|\d{1,2}(?:st|nd|rd|th|\.)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th|\.)?)?",
    re.IGNORECASE,
)


def _split_table_rows(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The rows of a table flattened to text whose date stands in cells of its own ("| 1914
    | June | 28th | text |"), each row's cells perhaps broken over several lines, rows set
    apart by blank lines, an empty date cell meaning the one above ("|   |   | 3rd | text
    |"): each row written on its first line as "28th June 1914: text", its other lines
    blank (listed, read with that line). Only where at least MIN_LINES rows are so and every
    row is so, their first cell a year or empty, but for an empty row and a row whose year
    the importer does not read ("| 0000 |"): those stay as they are; else the lines
    unchanged."""
    rows: list[tuple[int, list[int], list[str]]] = []  # (first line, its lines, its cells)
    index = 0
    while index < len(lines):
        if not _opens_row(lines[index]):
            index += 1
            continue
        taken = [index]  # (a row runs to a blank line or the next row's opening)
        while taken[-1] + 1 < len(lines):
            if not lines[taken[-1] + 1].strip() or _opens_row(lines[taken[-1] + 1]):
                break
            taken.append(taken[-1] + 1)
        if not lines[taken[-1]].rstrip().endswith("|"):
            return lines, {}  # (a row not closed: no such table)
        joined = " ".join(lines[n].strip() for n in taken).strip().strip("|")
        rows.append((index, taken, [cell.strip() for cell in joined.split("|")]))
        index = taken[-1] + 1
    if len(rows) < DocumentPattern.MIN_LINES:
        return lines, {}
    written, read = list(lines), {}
    above: list[str] = []
    fitting = 0
    for first, taken, cells in rows:
        text, date_cells = cells[-1], cells[:-1]
        filled = [
            cell or (above[place] if place < len(above) else "")
            for place, cell in enumerate(date_cells)
        ]
        if not date_cells or len(date_cells) > 3:
            return lines, {}
        odd = [cell for cell in date_cells if cell and not DATE_CELL.fullmatch(cell)]
        if odd and (odd != date_cells[:1] or not FOUR_DIGITS.fullmatch(odd[0])):
            return lines, {}
        if odd or not text or not any(filled):
            # ("| 0000 | Jun | 1st | … |", a year not read; an empty row; "|   |   |   | … |"
            # under one of them): the row left as it is, and no cell of it "as above"
            above = []
            continue
        fitting += 1
        above = filled
        indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
        written[first] = f"{indent}{' '.join(reversed([c for c in filled if c]))}: {text}"
        for number in taken[1:]:
            written[number] = ""
            read[number] = f"a table cell, read with line {first + 1}"
    if fitting < DocumentPattern.MIN_LINES:
        return lines, {}
    return written, read


# A Markdown (GitHub) table of two columns, a date and its event: the header row, the
# delimiter row "|------|-------|" (or "| :--- | --- |"), then the rows "| June 27 | text |"
MARKDOWN_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|?[ \t]*")
MARKDOWN_DELIMITER_HINT = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.MULTILINE)
MARKDOWN_ROW = re.compile(r"[ \t]*\|(?P<date>[^|]*)\|(?P<text>[^|]*)\|[ \t]*")
MARKDOWN_DELIMITER_ROW = "a Markdown table's delimiter row"


def _markdown_table_rows(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The rows of Markdown tables of two columns, a date and its event, where a row's date
    cell is empty (each other table is read as it is written), written as the lines of a
    list: "| September 4 | text |" as "September 4: text"; a row whose date cell
    is empty is another event of the row above ("| | text |": its date written again), or,
    with no dated row above in its table, an item of the heading above ("• text"); a row
    whose first cell is no date ("| 6:00 AM | text |") stays as it is. The delimiter rows
    are blank (listed as layout); other lines unchanged."""
    written, read = list(lines), {}
    index = 0
    while index < len(lines):
        if index == 0 or not MARKDOWN_DELIMITER.fullmatch(lines[index]):
            index += 1
            continue
        if MARKDOWN_ROW.fullmatch(lines[index - 1]) is None:  # (no header row above it)
            index += 1
            continue
        rows: list[tuple[int, str, str]] = []
        end = index + 1
        while end < len(lines) and (row := MARKDOWN_ROW.fullmatch(lines[end])) is not None:
            rows.append((end, row["date"].strip(), row["text"].strip()))
            end += 1
        day = _hours_table_day(lines, index - 1, rows)
        if day is not None:  # ("| 6:00 AM | text |" under "## The Coup: September 11, 1973")
            written[index], read[index] = "", MARKDOWN_DELIMITER_ROW
            for at, cell, text in rows:
                if text:
                    written[at] = f"{day}: {cell} {text}".replace(":  ", ": ")
            index = end
            continue
        if not any(text and not cell for _, cell, text in rows):
            index = end  # (every row dated: the table is read as it is written)
            continue
        written[index], read[index] = "", MARKDOWN_DELIMITER_ROW
        above = ""
        for index, cell, text in rows:
            found = dates.find_date(cell) if cell else None
            if text and cell and found is not None and found.end() == len(cell):
                above = cell
                written[index] = f"{cell}: {text}"
            elif text and not cell:
                written[index] = f"{above}: {text}" if above else f"• {text}"
            else:
                above = ""  # (a row of no date: the rows below it are not of the one above)
        index = end
    return written, read


# a Markdown heading ("## The Coup: September 11, 1973", "### 14 July 1789")
MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S.*")


# "~2:00 PM": a time of day said to be approximate (see TIME_ITEM)
_ABOUT_TIME = re.compile(r"[~≈]\s*")


def _hours_table_day(lines: list[str], header: int, rows: list[tuple[int, str, str]]) -> str | None:
    """The day, as written, of a Markdown table of hours: a table whose first cells are times
    of day ("| 6:00 AM | text |", "| ~2:00 PM | text |", "| 14.30 | text |"; at least MIN_LINES
    of them, more than half its rows, and no cell a date of its own: a row "| Evening | text
    |" among them is of that day too) right under a heading that names one whole day, with its
    year ("## The Coup: September 11, 1973"; blank lines between): each row is an event of
    that day, its time kept in its text (a chronology of hours, see the corpus README). Else
    None (a table of dates, or of hours under no day, is read as it is written)."""
    cells = [cell for _, cell, text in rows if text]
    timed = sum(1 for cell in cells if cell and TIME_ITEM.match(_ABOUT_TIME.sub("", cell, count=1)))
    if timed < DocumentPattern.MIN_LINES or 2 * timed <= len(cells):
        return None
    if any(cell and dates.find_date(cell) is not None for cell in cells):
        return None
    above = header - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0 or MARKDOWN_HEADING.fullmatch(lines[above]) is None:
        return None
    heading = lines[above]
    found = _dates_in(heading)
    if len(found) != 1:
        return None
    resolved = dates.resolve_date(found[0], dates.YearContext(None))
    if isinstance(resolved, str) or resolved[1] is not None or len(resolved[0]) != 10:
        return None
    return found[0]["date"].strip()


def _dates_in(text: str) -> list[re.Match[str]]:
    """Every date the grammar finds in ``text``, left to right (none overlapping)."""
    found: list[re.Match[str]] = []
    for candidate in dates.date_candidates(text):
        if found and candidate.start() < found[-1].end():
            continue
        match = dates.find_date(text, candidate.start())
        if match is not None:
            found.append(match)
    return found


# "| 1950 | 25 June | The Korean War begins. |": a table's year column, then its day column
YEAR_CELL = re.compile(
    r"^(?P<head>\s*\|\s*)(?P<year>1[0-9]{3}|20[0-9]{2})\s*\|\s*(?P<day>[^|]{3,30}?)\s*\|"
)


def _year_and_day_cells(lines: list[str]) -> list[str]:
    """Table rows whose first cell is a year and the second a day or month without its year
    ("| 1950 | 25 June | text |") written with one date cell: "| 25 June 1950 | text |".
    Other lines unchanged."""
    written = lines
    for index, line in enumerate(lines):
        if "|" not in line or (found := YEAR_CELL.match(line)) is None:
            continue
        day = found["day"]
        when = _date_at(day)
        if when is None or when.end("date") != len(day) or dates.has_year(when):
            continue
        if written is lines:
            written = list(lines)
        written[index] = f"{found['head']}{day} {found['year']} |{line[found.end() :]}"
    return written


COLUMN_SPLIT = re.compile(r"^(?P<left>\s*\S.*?\S)(?P<gap> {3,})(?P<right>\S.*?)\s*$")


COLUMN_SLACK = 1  # the right column's start may move by a sign (a proportional font's)


TWO_COLUMN_HINT = re.compile(r"   (?:1[0-9]|20)\d\d\s+[A-Z]")  # (a literal first: fast)


def _right_start(line: str) -> int | None:
    """Where the right column's text starts on a line of two columns (or None)."""
    found = COLUMN_SPLIT.match(line)
    return found.start("right") if found is not None else None


def _two_columns(lines: list[str]) -> list[str]:
    """The lines of a page of two columns flattened side by side (" 1636 Harvard Established
    1636 Two New Colonies Established" / " Founded by …    Banished by …" / …), where a line
    holds two dated titles side by side and at least MIN_LINES lines split at the same place
    (three spaces or more before it): each column read in turn, the left first, its wrapped
    lines joined into paragraphs (a new one after a sentence's end or at a date), a blank
    line between the columns, in the block's own lines (the rest left blank). Else
    unchanged."""
    written = lines
    index = 0
    while index < len(lines):
        line = lines[index]
        found = COLUMN_SPLIT.match(line) if "   " in line else None
        if (
            found is None
            or ENTRY_START.match(found["left"].strip()) is None
            or ENTRY_START.match(found["right"]) is None
        ):
            index += 1
            continue
        start = found.start("right")
        first = last = index
        while first > 0 and _column_line(lines[first - 1], start) == "both":
            first -= 1
        below = index + 1
        while below < len(lines):
            kind = _column_line(lines[below], start)
            if kind is None:
                break
            if kind != "blank":
                last = below
            below += 1
        block = range(first, last + 1)
        split = [_right_start(lines[n]) for n in block]
        if sum(1 for at in split if at is not None and abs(at - start) <= COLUMN_SLACK) < (
            DocumentPattern.MIN_LINES
        ):
            index = last + 1
            continue
        left: list[str] = []
        right: list[str] = []
        for number in block:
            text = lines[number]
            at = _right_start(text)
            if not text.strip():
                left.append("")
                right.append("")
            elif at is not None and abs(at - start) <= COLUMN_SLACK:
                left.append(text[:at].strip())
                right.append(text[at:].strip())
            elif len(text) - len(text.lstrip()) >= start - COLUMN_SLACK:
                left.append("")  # (a column's empty place: its paragraph ends there)
                right.append(text.strip())
            else:
                left.append(text.strip())
                right.append("")
        read = [*_column_paragraphs(left), "", *_column_paragraphs(right)]
        if len(read) > len(block):  # (too few lines: each title with its text on one)
            read = [*_titles_with_texts(_column_paragraphs(left)), "",
                    *_titles_with_texts(_column_paragraphs(right))]  # fmt: skip
        if len(read) > len(block):
            index = last + 1
            continue
        if written is lines:
            written = list(lines)
        for slot, number in enumerate(block):
            written[number] = read[slot] if slot < len(read) else ""
        index = last + 1
    return written


def _column_line(line: str, start: int) -> str | None:
    """How a line sits in a block of two columns whose right one starts at ``start``: "both",
    "right" (indented to it), "left" (ending before it), "blank", or None (no part of it)."""
    if not line.strip():
        return "blank"
    at = _right_start(line)
    if at is not None:
        return "both" if abs(at - start) <= COLUMN_SLACK else None
    indent = len(line) - len(line.lstrip())
    if abs(indent - start) <= COLUMN_SLACK:
        return "right"
    return "left" if indent < start and len(line.rstrip()) < start else None


def _titles_with_texts(paragraphs: list[str]) -> list[str]:
    """Paragraphs with each dated title joined to the paragraph of text below it."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if (
            joined
            and joined[-1]
            and paragraph
            and ENTRY_START.match(joined[-1]) is not None
            and ENTRY_START.match(paragraph) is None
        ):
            joined[-1] += " " + paragraph
            continue
        joined.append(paragraph)
    return joined


def _column_paragraphs(pieces: list[str]) -> list[str]:
    """A column's lines joined into paragraphs: a new one at a blank place (a blank line, or
    the other column's line alone) and at a date (its title a line of its own); one blank
    line kept between paragraphs."""
    paragraphs: list[str] = []
    joining = False
    for piece in pieces:
        if not piece:
            if paragraphs and paragraphs[-1]:
                paragraphs.append("")
            joining = False
            continue
        dated = ENTRY_START.match(piece) is not None
        if joining and not dated:
            paragraphs[-1] += " " + piece
        else:
            paragraphs.append(piece)
        joining = not dated
    while paragraphs and not paragraphs[-1]:
        paragraphs.pop()
    return paragraphs


# "1 | 1520 | - 1520: Ontdekkingsreizen": a table's row flattened, its row number, its year
# cell, then the event's cell (here the event's own date and its title)
NUMBERED_ROW = re.compile(
    rf"^\s*(?P<number>\d{{1,4}})\s*\|\s*(?P<year>{_YEAR})\s*\|\s*(?P<bullet>[-–—•*]\s+)?(?=\S)"
)


NUMBERED_ROW_HINT = re.compile(r"\n[ \t]*\d{1,4}[ \t]*\|[ \t]*(?:1[0-9]|20)[0-9][0-9][ \t]*\|")


def _numbered_rows(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a table flattened with a row number and a year cell before each event
    ("1 | 1520 | - 1520: Ontdekkingsreizen" / its paragraphs / "2 | 1568 | …"), at least
    MIN_LINES rows numbered one after another, written as the event: its own date when it
    starts with one ("1520: Ontdekkingsreizen", "1568—1648: 80-jarige oorlog"), else the
    year cell's ("1520: text"); and the cells taken, by line index (layout). Else
    unchanged."""
    rows: dict[int, re.Match[str]] = {}
    for index, line in enumerate(lines):
        if "|" in line[:12] and line.lstrip()[:1].isdigit() and (row := NUMBERED_ROW.match(line)):
            rows[index] = row
    numbers = [int(row["number"]) for row in rows.values()]
    if len(rows) < DocumentPattern.MIN_LINES or numbers != list(
        range(numbers[0], numbers[0] + len(numbers))
    ):
        return lines, {}
    written = list(lines)
    cells: dict[int, str] = {}
    for index, row in rows.items():
        event = lines[index][row.end() :]
        own = ENTRY_START.match(event)
        written[index] = (
            event if own is not None and own["nosep"] is None else f"{row['year']}: {event}"
        )
        cells[index] = lines[index][: row.end()].strip()
    return written, cells


# "| 20250524 | text |", "| 20260216-1 | …": a table's date cell in ISO 8601's basic form
# (a same-day number may follow: the day's second release)
COMPACT_DATE_CELL = re.compile(
    r"^(?P<lead>\s*\|\s*)(?P<year>(?:1[0-9]|20)\d\d)(?P<month>0[1-9]|1[0-2])"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?P<number>-\d{1,2})?(?=\s*\|)"
)


COMPACT_DATE_HINT = re.compile(r"\|\s*\[?(?:1[0-9]|20)\d{6}\b")


def _compact_date_cells(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """A table whose date cells are written "20250524" (at least MIN_LINES rows), its cells
    written "2025-05-24"; a same-day number after one ("20260216-1") is taken out (by line
    index: layout). Else unchanged."""
    cells = {
        index: found
        for index, line in enumerate(lines)
        if line.lstrip()[:1] == "|" and (found := COMPACT_DATE_CELL.match(line))
    }
    if len(cells) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    numbers: dict[int, str] = {}
    for index, found in cells.items():
        iso = f"{found['year']}-{found['month']}-{found['day']}"
        written[index] = found["lead"] + iso + lines[index][found.end() :]
        if found["number"]:
            numbers[index] = found["number"]
    return written, numbers


# "i 1434 The first self-striking water clock", "ma 1761 Leonhard Euler's …": a spreadsheet's
# rows with a category's code in the column before the year
CODED_ROW = re.compile(r"^(?P<code>[a-z]{1,3}) (?=-?\d{1,4}\s+\S)")


CODED_ROW_HINT = re.compile(r"\n[a-z]{1,3} -?\d")  # (a scan of the whole text for a row)


NO_CODES = frozenset({"in", "on", "by", "to", "at", "of", "and", "the", "for", "ca", "c", "a"})


MIN_CODES = 3  # a category column shows several categories


def _coded_rows(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a table whose rows start with a category's code before the year ("i
    1434 text", "ma 1761 text", "o 1714 text") with the codes taken off, by line index
    (layout), where at least MIN_LINES rows are written so with at least MIN_CODES codes
    other than words ("in 1960 …") and "c" or "ca" (circa); "c 1822" among them is then a
    code too. Else unchanged."""
    coded = {
        index: found
        for index, line in enumerate(lines)
        # (cheap first: a lower-case letter, a space at most four characters in, a digit or a
        # minus after it)
        if line[:1].islower()
        and 0 < (space := line.find(" ", 1, 4)) < 4
        and (line[space + 1 : space + 2].isdigit() or line[space + 1 : space + 2] == "-")
        and (found := CODED_ROW.match(line)) is not None
    }
    codes = {found["code"] for found in coded.values()}
    if len(coded) < DocumentPattern.MIN_LINES or len(codes - NO_CODES) < MIN_CODES:
        return lines, {}
    if codes & (NO_CODES - {"c", "ca"}):
        return lines, {}  # ("in 1960 the …": a sentence's words, not a column)
    written = list(lines)
    taken: dict[int, str] = {}
    for index, found in coded.items():
        if lines[index][found.end() :].startswith("-"):
            continue  # ("ma -1900 …": a year before the Common Era stays as written, reported)
        written[index] = lines[index][found.end() :]
        taken[index] = found["code"]
    return written, taken


def _table_flattened(lines: list[str]) -> list[str]:
    """A table's rows flattened onto one line ("| | 18-Sep-1914 | | The bill passes. | |
    25-Sep-1914 | | A speech. | | …"): each cell that is a whole date with its year starts
    a segment ("18-Sep-1914: The bill passes."), the cells after it its text, when the line
    holds at least MIN_LINES such cells. Empty cells are the table's rules; a cell before
    the first date (a column's label, "Date") is a segment of its own."""
    flattened = list(lines)
    for index, line in enumerate(lines):
        if line.count("|") < 3 * DocumentPattern.MIN_LINES:
            continue
        cells = [cell.strip() for cell in line.split("|")]
        cells = [cell for cell in cells if cell]
        starts = [
            place
            for place, cell in enumerate(cells)
            if (found := ENTRY_START.match(cell)) is not None
            and found.end() == len(cell)
            and dates.has_year(found)
        ]
        if len(starts) < DocumentPattern.MIN_LINES:
            continue
        segments = [" | ".join(cells[: starts[0]])] if starts[0] else []
        for place, start in enumerate(starts):
            after = starts[place + 1] if place + 1 < len(starts) else len(cells)
            segments.append(f"{cells[start]}: " + " | ".join(cells[start + 1 : after]))
        flattened[index] = "\f".join(segments)
    return flattened


# a year alone on its line ("1866"), over the dates of a page's column stacked below it
YEAR_ALONE_LINE = re.compile(r"(?:1[0-9]|20)\d\d")


def _yearless_date_alone(stripped: str) -> re.Match[str] | None:
    """The date that is the whole of ``stripped`` and writes no year ("19 giugno",
    "ottobre", "20 sett."), else None."""
    if not stripped or len(stripped) > 24:
        return None
    found = dates.find_date(stripped)
    if found is None or found.end() != len(stripped) or dates.has_year(found):
        return None
    return found


def _dates_stacked_above_texts(lines: list[str]) -> list[str]:
    """A PDF's two columns read one after the other, where a year's dates stand in one
    column and their texts in the other ("1866" / "19 giugno" / "ottobre" / "Inizio della
    terza guerra …" / "Pace di Vienna …"): two or more dates with no year stacked directly
    under a year alone on its line, at least one of them a day, then as many texts as dates,
    each opening with a capital (a line in lower case carries the one above on): each date
    written before its text on the date's line ("19 giugno: Inizio …"), the texts' lines
    blank. A count that differs (a text missing, a paragraph of two sentences) leaves the
    lines as they are."""
    written = lines
    index = 0
    while index < len(lines):
        if YEAR_ALONE_LINE.fullmatch(lines[index].strip()) is None:
            index += 1
            continue
        stacked: list[int] = []
        days = 0
        below = index + 1
        while below < len(lines):
            stripped = lines[below].strip()
            if (
                YEAR_ALONE_LINE.fullmatch(stripped) is not None
                and below + 1 < len(lines)
                and _yearless_date_alone(lines[below + 1].strip()) is not None
            ):
                # ("1897" / "1898" / "6-9 mag." / text / text: the year above had no date of
                # its own in the column, its text is the first below; then this year's dates)
                if not stacked:
                    stacked.append(below - 1)
                below += 1
                continue
            found = _yearless_date_alone(stripped)
            if found is None:
                break
            stacked.append(below)
            days += dates.has_day(found)
            below += 1
        if len(stacked) < 2 or not days:
            index = max(below, index + 1)
            continue
        items: list[list[int]] = []
        while below < len(lines):
            stripped = lines[below].strip()
            if not stripped or ENTRY_START.match(stripped) or _yearless_date_alone(stripped):
                break
            if stripped[:1].isupper():
                items.append([below])
            elif items:
                items[-1].append(below)
            else:
                break
            below += 1
        if len(items) == len(stacked):
            if written is lines:
                written = list(lines)
            for number, item in zip(stacked, items, strict=True):
                text = " ".join(lines[n].strip() for n in item)
                written[number] = f"{lines[number].strip()}: {text}"
                for n in item:
                    written[n] = ""
        index = below
    return written


# the fewest whole dates stacked in one block above their texts (two may be a date with no
# text and a text of two sentences, each on its line)
STACKED_DATES_AT_LEAST = 3


def _whole_date_line(stripped: str) -> bool:
    """Whether ``stripped`` is a short line that is one date with its year and nothing else
    ("16 January 2018", "2015 to 2017", "3 July – October 2023")."""
    return 0 < len(stripped) <= 40 and _whole_date_alone(stripped)


def _whole_dates_stacked_above_texts(lines: list[str]) -> list[str]:
    """A graphic's two columns flattened to text block by block, where each block's dates
    stand first and their texts after them ("16 January 2018" / "15 January 2018" / "3
    January 2017" / "Fast track investigation commenced …." / "Carillion enters …." /
    "FCA begins …."): STACKED_DATES_AT_LEAST or more whole dates with their years, each
    alone on its line, then as many texts, each one line opening with a capital and ending
    its sentence, up to a blank line, the text's end or the next date alone: each date
    written before its text on the date's line ("16 January 2018: Fast track …"), the texts'
    lines blank. A count that differs, a text in lower case or one not ending its sentence
    (a paragraph wrapped over lines) leaves the block as it is."""
    written = lines
    index = 0
    while index < len(lines):
        stacked: list[int] = []
        below = index
        while below < len(lines) and _whole_date_line(lines[below].strip()):
            stacked.append(below)
            below += 1
        if len(stacked) < STACKED_DATES_AT_LEAST:
            index = below + 1 if stacked else index + 1
            continue
        texts: list[int] = []
        while below < len(lines) and len(texts) <= len(stacked):
            stripped = lines[below].strip()
            if not stripped or _whole_date_line(stripped):
                break
            if not stripped[:1].isupper() or SENTENCE_END.search(stripped) is None:
                texts = []  # (no such block)
                break
            texts.append(below)
            below += 1
        if len(texts) == len(stacked):
            if written is lines:
                written = list(lines)
            for number, text in zip(stacked, texts, strict=True):
                written[number] = f"{lines[number].strip()}: {lines[text].strip()}"
                written[text] = ""
        index = below
    return written


# " YES", " NO", " ✓": a table's column of flags after each row's text, flattened onto its line
# (a word in capitals or a mark, no sentence's last word)
FLAG_AT_END = re.compile(
    r"(?<=[^\s.!?])[ \t]+(?P<flag>YES|NO|OUI|NON|JA|NEIN|SÍ|TRUE|FALSE|[✓✔✗✘])[ \t]*$"
)
FLAG_HINT = re.compile(r"(?:YES|NO|OUI|NON|JA|NEIN|SÍ|TRUE|FALSE|[✓✔✗✘])[ \t]*(?:\n|$)")


def _flag_column(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Lines of a list opening with their dates and ending with a flag column's cell ("98
    SEP 02 Shock wave of crash recorded … EDT YES", "1912 Harbour wall rebuilt NO"): the flag
    cut off, by index, where at least MIN_LINES dated lines end with one; else unchanged. A
    flag is no part of what happened."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        flag = FLAG_AT_END.search(line, max(0, len(line) - 12)) if len(line) > 12 else None
        if flag is not None and ENTRY_START.match(line.lstrip()) is not None:
            found[index] = flag["flag"]
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    for index in found:
        written[index] = FLAG_AT_END.sub("", lines[index])
    return written, found
