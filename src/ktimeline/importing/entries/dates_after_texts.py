"""Items whose date is not at their start.

Dates ending the line, after a title and a colon, below or above the text, in labelled
fields, in numbered items; documents that write each date twice.
"""

from __future__ import annotations

import re
from typing import Any

from ktimeline import dates
from ktimeline.importing.entries.bullets import _BULLET_CLASS, BULLET_SIGNS, _is_bulleted
from ktimeline.importing.entries.date_reading import (
    WEEKDAY_NUMBERS,
    _date_at,
    _date_opening,
    _whole_date_at,
)
from ktimeline.importing.entries.date_shapes import ENTRY_START, ITEM_BREAK, YEAR_ALONE
from ktimeline.importing.entries.furniture import (
    ITEM_TITLE_WORDS,
    SENTENCE_END,
    _whole_date_alone,
    layout_kind,
    normalise,
)
from ktimeline.importing.entries.pattern import DocumentPattern
from ktimeline.importing.entries.starts import ON_DATE

# "- The Battle of Chosin Reservoir (November-December 1950): A brutal battle …": an item's
# title with its date in brackets, then a colon or a dash and the text
TITLED_DATE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)(?P<title>[A-Z“\"‘'][^()\n]{{2,80}}?)\s+"
    r"\((?P<date>[^()]{4,40})\)\s*(?P<sep>:|[–—-])\s+(?=\S)"
)


# the shapes a title's bracketed date must have: a month and its year at least (a name's
# "(1912–1994)" is a lifetime, no event's date)
TITLED_DATE_SHAPES = frozenset(
    ("day-month-year", "month-day-year", "ISO day", "month-year", "year-month-day",
     "year-month", "numeric day/month/year", "day.month.year")
)  # fmt: skip


TITLE_WORDS_AT_MOST = 12


def _titled_dates(lines: list[str]) -> list[str]:
    """The lines with "- Title (November-December 1950): text" written as "- November-December
    1950: Title: text", so that the date starts the entry and the title begins its text. The
    bracket must hold a whole date with its month and year; the title has at most
    TITLE_WORDS_AT_MOST words and no sentence's end. Other lines unchanged."""
    written = lines
    for index, line in enumerate(lines):
        if "(" not in line or ")" not in line:
            continue
        found = TITLED_DATE.match(line)
        if found is None:
            continue
        title, date_text = found["title"], found["date"].strip()
        when = _date_at(date_text)
        if (
            when is None
            or when.end("date") != len(date_text)
            or dates.date_shape(when) not in TITLED_DATE_SHAPES
            or len(title.split()) > TITLE_WORDS_AT_MOST
            or re.search(r"[.!?]\s", title)
        ):
            continue
        if written is lines:
            written = list(lines)
        rest = line[found.end() :]
        separator = ":" if found["sep"] == ":" else " –"
        written[index] = f"{found['head']}{date_text}: {title}{separator} {rest}"
    return written


# "North Korea invades South Korea (June 25, 1950)", "Battle of Osan – July 5, 1950": an
# item whose date ends its line, in brackets or after a spaced dash
DATE_ENDS_LINE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*(?P<number>\d{{1,3}}[.)]\s+)?)"
    # (a title in capitals, any script's: "İstanbul'un işgali (15 Mart 1919)"; or opening
    # with a day and month that name it, "31 Mart Vakası (13 Nisan 1909)", see _ending_date)
    r"(?P<text>(?:[“\"‘']|[^\W_]).*?)"
    r"(?:\s*\((?P<bracketed>[^()]{4,40})\)|\s+[–—-]\s+(?P<dashed>(?:(?!\s-\s)[^–—()]){4,40}?))"
    r"\s*\.?\s*$"
)


# "[Hawaii - Wikipedia](https://en.wikipedia.org/wiki/Hawaii)": a Markdown link, its text
MARKDOWN_LINK = re.compile(
    r"\[(?P<text>[^\[\]]+)\]\([^()\s]+(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)"
)


DASH_APART = re.compile(r"\s[-–—]\s|(?<=\S)-\s")  # "Wikipedia - 14 May", "Wikipedia- 14 May"


ENDING_LAST = frozenset(")0123456789 \t")  # a line's last sign (before a full stop)


# the dates such an item may end with: a year, a month, a day, a span of months or days (a
# span of years, "(1912–1994)", is most often a lifetime or a reign: no such layout)
ENDING_DATE_SHAPES = TITLED_DATE_SHAPES | {"year", "month-day-year"}


def _ending_date(line: str) -> tuple[str, str, str, str] | None:
    """(the item's head, its text, its date, the date's shape) when the line is an item
    whose date ends it (a span of years: "years bracketed" or "years dashed", as written)."""
    end = line[-3:] if line[-1:] not in " \t" else line.rstrip()[-3:]
    if end[-1:] == ".":
        end = end[:-1]  # ("… (June 25, 1950).")
    if end[-1:] == ")":
        if not end[-2:-1].isdigit() or "(" not in line:
            return None
    elif not end[-1:].isdigit():
        return None
    else:
        tail = line[-48:]
        if " – " not in tail and " - " not in tail and " — " not in tail:
            return None
    found = DATE_ENDS_LINE.match(line)
    if found is None or not (found["text"][:1].isupper() or found["text"][:1] in "“\"‘'"):
        if found is None or not _named_by_its_day(found["text"]):
            return None
    elif ENTRY_START.match(found["text"]) is not None:
        return None  # ("JANUARY – DECEMBER 1991": a heading's span, no item's text)
    written = (found["bracketed"] or found["dashed"]).strip()
    text = found["text"]
    if found["dashed"]:
        before = DASH_APART.split(found["text"].rstrip())[-1].lstrip("-–— ")
        opening = _date_at(before) if before[:1].isdigit() else None
        if opening is not None and opening["date"] == before:
            # ("… - 14 May – 19 June 1097": the span of days, not "19 June" alone)
            written = f"{before} – {written}"
            text = found["text"].rstrip()[: -len(before)].rstrip(" -–—")
    when = _date_at(written)
    if when is None or when.end("date") != len(written) or not dates.has_year(when):
        return None
    shape = dates.date_shape(when)
    if shape == "years" and when["yb"] is not None and len(when["yb"]) != 4:
        return None  # ("… - 1950-53": a span written short, as a reign is; not read so)
    if shape != "years" and (shape not in ENDING_DATE_SHAPES or when["yb"]):
        return None
    kind = "bracketed" if found["bracketed"] else "dashed"
    return found["head"], text, written, shape if shape != "years" else f"years {kind}"


# "1.Fulham, 1879", "Four. Tottenham Hotspur, 1882", "9. Wimbledon, 1889 (now MK Dons)": a
# numbered title with its year after a comma (a list of foundings, firsts, records)
# ("3. The first metro line opens, March 4, 1906", "4. The bridge collapses. May 1910": its
# date after a comma, or after the title's own full stop; see _numbered_title_date)
NUMBERED_TITLE = re.compile(
    r"^\s*(?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))[.)]\s*"
    r"(?P<rest>[A-Z“\"‘'].*?)(?P<note>\s*\([^()]{1,40}\))?\s*$"
)


NUMBERED_TITLE_LENGTH = 60  # (a title, no sentence: "Fulham", "The bridge collapses.")


# the dates a numbered title may end with: a year, a month, a day (no span: a lifetime)
NUMBERED_TITLE_DATE_SHAPES = frozenset(("year", "month-year", "month-day-year", "day-month-year"))


# "31 Mart Vakası", "18 Brumaire coup": a day and month with no year, then a word after a
# plain space (the name an event is known by), no separator
NAMED_BY_ITS_DAY = re.compile(r"\d{1,2}\.?[ \t]+[^\W\d_]{3,}\.?[ \t]+[^\W\d_]")


def _named_by_its_day(text: str) -> bool:
    """Whether an item's title opens with a day and month that are its name ("31 Mart
    Vakası (13 Nisan 1909)": the "31 March Incident", dated in the bracket): a day and
    month without a year, a word after them, no separator; never "June 25 – text"."""
    if NAMED_BY_ITS_DAY.match(text) is None:
        return False
    opening = _date_at(text)
    return opening is not None and not dates.has_year(opening) and dates.has_day(opening)


def line_ends_bracketed(line: str) -> bool:
    """Whether a line ends with a bracket (before a full stop): "… (June 25, 1950)."."""
    return line.rstrip().rstrip(".").endswith(")")


def _numbered_title_date(line: str) -> str | None:
    """ "1.Fulham, 1879" written as "1879: Fulham", "1. The bridge collapses. May 1910" as
    "May 1910: The bridge collapses." (see _dates_ending_lines): the title, of at most
    NUMBERED_TITLE_LENGTH characters and no sentence's end inside it, then a comma (or the
    title's own full stop) and a whole date with its year, which ends the line."""
    found = NUMBERED_TITLE.match(line)
    if found is None:
        return None
    rest = found["rest"]
    for separator in re.finditer(r"(?:,|(?<=[.!?]))[ \t]+(?=[^\W_])", rest):
        title, written = rest[: separator.start()], rest[separator.end() :]
        if len(title) > NUMBERED_TITLE_LENGTH:
            return None
        when = _date_at(written) if written[:1].isalnum() else None
        if (
            when is not None
            and when.end("date") == len(written)
            and dates.date_shape(when) in NUMBERED_TITLE_DATE_SHAPES
        ):
            return f"{written}: {title.strip()}{found['note'] or ''}"
        if separator.group()[:1] != ",":
            return None  # (a full stop inside the title: a sentence, no title)
    return None


NUMBERED_HEAD = re.compile(r"\d{1,3}[.)]\s+$")


def _dates_ending_lines(lines: list[str]) -> list[str]:
    """The lines of a list whose items end with their dates ("Text (June 25, 1950)", "1.
    Fulham, 1879": a numbered title) written as "June 25, 1950: Text", where at least
    MIN_LINES lines end so and no line starts with a date (the document's dates are all at
    the ends of its items). Else unchanged."""
    ending: dict[int, tuple[str, str, str, str]] = {}
    numbered: dict[int, str] = {}
    for index, line in enumerate(lines):
        last = line[-1:] if line[-1:] != "." else line[-2:-1]  # (cheap: runs on every line)
        if "](" in line:  # "- [Hawaii - Wikipedia](https://…) - 1959": a Markdown link's text
            line = MARKDOWN_LINK.sub(r"\g<text>", line)
        if last in ENDING_LAST and last and (item := _ending_date(line)) is not None:
            ending[index] = item
        elif last in ENDING_LAST and last and (title := _numbered_title_date(line)) is not None:
            numbered[index] = title
    # (a span of years, "(1912–1994)", is most often a lifetime or a reign: an item's dates
    # only where the document's items end with one date written the same way, at least
    # MIN_LINES of them, as "- [Unification of Germany](…) - 1866-1871" among "- [Hawaii](…)
    # - 1959", "War of the Third Coalition (1803–1806)" among "… Coalition (1809)")
    single = {"bracketed": 0, "dashed": 0}
    for index, (*_, shape) in ending.items():
        if not shape.startswith("years "):
            single["bracketed" if line_ends_bracketed(lines[index]) else "dashed"] += 1
    for index, (*_, shape) in list(ending.items()):
        if shape.startswith("years ") and single[shape[6:]] < DocumentPattern.MIN_LINES:
            del ending[index]
    if sum(single.values()) + len(numbered) < DocumentPattern.MIN_LINES:
        return lines
    if any(
        _date_opening(line) is not None
        and index not in ending  # ("31 Mart Vakası (13 Nisan 1909)": a name, see there)
        and not _whole_date_alone(line.strip().strip("()[]"))  # ("(1900-1919)": a heading)
        for index, line in enumerate(lines)
    ):
        return lines  # (a date starts a line: the dates at the ends are no layout)
    # (a number before a title is part of its name where the numbers do not count a list,
    # "2. Meşrutiyet (23 Temmuz 1908)" … "1. Dünya Savaşı (1914-1918)": a list's items are
    # numbered one after the other, from 1 up by one, "1. War of the Third Coalition
    # (1803–1806)" / "2. War of …", no unnumbered item between them)
    heads = [bool(NUMBERED_HEAD.search(head)) for head, *_ in ending.values()]
    numbers = [
        int(found.group().rstrip(".) \t"))
        for head, *_ in ending.values()
        if (found := NUMBERED_HEAD.search(head)) is not None
    ]
    together = not numbers or all(heads[heads.index(True) : heads.index(True) + len(numbers)])
    counting = together and all(
        n == 1 or n == m + 1 for m, n in zip([0, *numbers], numbers, strict=False)
    )
    written = list(lines)
    for index, (head, text, date_text, _) in ending.items():
        if not counting and (number := NUMBERED_HEAD.search(head)) is not None:
            head, text = head[: number.start()], head[number.start() :] + text
        written[index] = f"{head}{date_text}: {text.rstrip(' ,;:')}"
    for index, title in numbered.items():
        written[index] = title
    return written


# "Flood in the Po valley 4 – 5 June 1900", "Fire at the mill March 1862", "Strike at the
# docks 1889": a short title (no sentence's end) and its date after a plain space, ending the
# line ("marzo1638": the month run into its year)
SPACED_DATE_ENDS_LINE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)"
    r"(?P<text>[A-ZÀ-Þ“\"‘'][^.!?:;\n]{2,80}?(?:[^\W\d_]|\)))\s+"
    r"(?P<date>(?:\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\.?\s+)?(?:[^\W\d_]{3,10}\.?\s*)?\d{4})\s*$"
)


SPACED_ENDING_SHAPES = frozenset({"day-month-year", "month-year", "year"})


def _spaced_ending_date(found: re.Match[str]) -> tuple[str, str, str, bool] | None:
    """(the item's head, its title, its date, whether the date has its day) of a line that
    SPACED_DATE_ENDS_LINE matched: the longest date that ends it ("Flood at Riverside
    1562": the year, "Riverside" no month), or None."""
    line = found.string.rstrip()
    start = found.start("date")
    for begin in (start, *(m.end() for m in re.finditer(r"\s+", line[start:]) if m)):
        at = begin if begin == start else start + begin
        written = re.sub(r"(?<=[^\W\d_])(?=\d{4}$)", " ", line[at:])  # ("marzo1638")
        when = _date_at(written)
        if (
            when is None
            or when.end("date") != len(written)
            or not dates.has_year(when)
            or dates.date_shape(when) not in SPACED_ENDING_SHAPES
        ):
            continue
        text = line[len(found["head"]) : at].rstrip()
        last_word = text.split()[-1] if text else ""
        day = dates.has_day(when)
        if not last_word or not (last_word[-1:].isalpha() or last_word[-1:] == ")"):
            return None
        if not day and not (last_word[:1].isupper() or last_word[-1:] == ")"):
            return None  # ("… founded in 1889": a sentence's date)
        return found["head"], text, written, day
    return None


def _spaced_dates_ending_lines(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines of a list whose items are short titles ending with their dates after a plain
    space ("Flood in the Po valley 4 – 5 June 1900", "Strike at the docks 1889") written as
    "4 – 5 June 1900: Flood in the Po valley": only a run of at least MIN_LINES consecutive
    lines so written, at least MIN_LINES of them with a whole day (a year or a month alone
    after a capitalised word only among them: "… founded in 1889" is a sentence), where no
    line of the document starts with a date. Else unchanged. With the numbers of the lines
    rewritten (each item is its one line: the line after the last is not its rest)."""
    ending: dict[int, tuple[str, str, str, bool]] = {}
    for index, line in enumerate(lines):
        if not line.rstrip()[-1:].isdigit() or len(line) > 120:
            continue  # (cheap: most lines)
        found = SPACED_DATE_ENDS_LINE.match(line.rstrip())
        if found is None:
            continue
        item = _spaced_ending_date(found)
        if item is not None:
            ending[index] = item
    if sum(1 for *_, day in ending.values() if day) < DocumentPattern.MIN_LINES:
        return lines, set()
    runs: list[list[int]] = []
    for index in sorted(ending):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return _dated_runs_written(lines, ending, runs)


def _dated_runs_written(
    lines: list[str], items: dict[int, tuple[str, str, str, bool]], runs: list[list[int]]
) -> tuple[list[str], set[int]]:
    """The lines with each item of the runs of at least MIN_LINES items (at least MIN_LINES
    of them with a whole day) written "DATE: text" (``items``: by index, the item's head,
    text, date and whether it has its day), where no line of the document starts with a
    date; with the numbers of the lines rewritten. Else the lines unchanged."""
    kept = [
        run
        for run in runs
        if len(run) >= DocumentPattern.MIN_LINES
        and sum(1 for index in run if items[index][3]) >= DocumentPattern.MIN_LINES
    ]
    if not kept or any(_date_opening(line) is not None for line in lines):
        return lines, set()
    written_lines = list(lines)
    for run in kept:
        for index in run:
            head, text, date_text, _ = items[index]
            written_lines[index] = f"{head}{date_text}: {text}"
    return written_lines, {index + 1 for run in kept for index in run}


# "Adams County          Jul 10, 1797": a table's row flattened to text, a name in its first
# column, a wide gap (two spaces or more, or a tab) where the columns met, then a whole date
COLUMN_GAP = re.compile(r"[ \t]{2,}|\t")


COLUMN_ROW_LENGTH = 120  # (a row is short: a name and a date)


def _column_ending_date(line: str) -> tuple[str, str, str, bool] | None:
    """(the row's head, its name, its date, whether it has its day) of a line whose last
    wide gap is followed by a date with its year that ends the line ("Ashland County
    Feb 24, 1846"), the name before the gap a short text with no sentence's end; else None."""
    stripped = line.rstrip()
    if not stripped[-1:].isdigit() or len(stripped) > COLUMN_ROW_LENGTH:
        return None
    gaps = list(COLUMN_GAP.finditer(stripped.lstrip()))
    if not gaps:
        return None
    indent = len(stripped) - len(stripped.lstrip())
    gap = gaps[-1]
    name = stripped[indent : indent + gap.start()].strip()
    written = stripped[indent + gap.end() :]
    when = _date_at(written)
    if when is None or when.start("date") != 0 or when.end("date") != len(written):
        return None
    if not dates.has_year(when) or not name[:1].isalpha() or SENTENCE_END.search(name):
        return None
    return stripped[:indent], name, written, dates.has_day(when)


def _column_dates_ending_rows(lines: list[str]) -> tuple[list[str], set[int]]:
    """A table of names and dates flattened to text, the name first ("County    Date
    Established" / "Adams County      Jul 10, 1797" / "Allen County     Mar 1, 1820"): each
    row written as "Jul 10, 1797: Adams County". Only a run of at least MIN_LINES such rows
    (blank lines may come between, nothing else), at least MIN_LINES of them with a whole
    day, where no line of the document starts with a date; else unchanged. With the numbers
    of the lines rewritten (each row is its one line)."""
    rows: dict[int, tuple[str, str, str, bool]] = {}
    for index, line in enumerate(lines):
        if "  " in line or "\t" in line:
            row = _column_ending_date(line)
            if row is not None:
                rows[index] = row
    if len(rows) < DocumentPattern.MIN_LINES:
        return lines, set()
    runs: list[list[int]] = []
    last = -2
    for index in sorted(rows):
        if runs and all(not lines[n].strip() for n in range(last + 1, index)):
            runs[-1].append(index)
        else:
            runs.append([index])
        last = index
    return _dated_runs_written(lines, rows, runs)


# "Taj Mahal is completed. 1648", "Discovery of New Zealand 1642": an item's text, then its
# year alone after a plain space, ending the line (a timeline tool's title and its year)
YEAR_ENDS_LINE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)(?P<text>\S.{{2,300}}?)\s+(?P<year>(?:1[0-9]|20)\d\d)\s*$"
)
YEAR_ENDED_WORDS = 3  # an item's text before its year: three words at least
# the words before a year inside a sentence that make it the time of the sentence's event
# ("… knighted by James I in 1603"); other words make it no such time ("The crew numbered
# 1200", "The station closes after 1999", "a loan of 1500")
YEAR_OF_THE_EVENT = frozenset(("in", "during", "en", "im", "em", "nel", "w"))


def _years_after_sentences(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines of a list whose items are sentences followed by their year ("Taj Mahal is
    completed. 1648", "… who died that year. 1624"), written as "1648: Taj Mahal is
    completed.", with the lines of that list ending with a year after a title's capitalised
    word ("Discovery of New Zealand 1642": the year cut off too) or inside a sentence ("…
    knighted by James I in 1603": the line kept whole after its year), where at least
    MIN_LINES lines end with a year after a sentence's end and fewer lines start with a date
    than end so. Else unchanged. With the numbers of the lines rewritten."""
    ending: dict[int, tuple[str, str, str, str]] = {}
    for index, line in enumerate(lines):
        stripped = line.rstrip()
        if not stripped[-1:].isdigit() or len(stripped) < 8 or not stripped[-5:-4].isspace():
            continue  # (cheap: most lines)
        found = YEAR_ENDS_LINE.match(stripped)
        if found is None:
            continue
        text = found["text"].rstrip()
        words = text.split()
        if len(words) < YEAR_ENDED_WORDS:
            continue  # ("22 set 2022": a date, no item's text)
        last = words[-1]
        month = _date_at(f"{last} {found['year']}")
        if month is not None and month.end("date") > len(last):
            continue  # ("… 3 March 1862": a date of its own shape)
        if SENTENCE_END.search(text):
            kind = "sentence"
        elif last[:1].isupper() and last.isalpha():
            kind = "title"
        elif last.lower() in YEAR_OF_THE_EVENT:
            kind = "inside"
        else:
            continue  # ("… 3 March 1862", "… 1850 - 1862": a date of other shapes)
        ending[index] = (found["head"], text, found["year"], kind)
    after_sentences = sum(1 for *_, kind in ending.values() if kind == "sentence")
    if after_sentences < DocumentPattern.MIN_LINES:
        return lines, set()
    openings = sum(1 for line in lines if line[:1].strip() and _date_opening(line) is not None)
    if openings >= after_sentences:
        return lines, set()
    written = list(lines)
    for index, (head, text, year, kind) in ending.items():
        written[index] = (
            f"{head}{year}: {text} {year}" if kind == "inside" else f"{head}{year}: {text}"
        )
    _years_between_two_texts(lines, ending, written)
    first = min(ending)
    for index in range(first + 1, len(lines)):
        # ("In 1814, the Feoffees appointed …": an item of the list that writes its year
        # where its sentence opens, not at its end: that year's item, its words kept)
        opening = IN_YEAR_OPENING.match(lines[index]) if index not in ending else None
        if opening is not None and len(lines[index].split()) >= YEAR_ENDED_WORDS:
            written[index] = f"{opening['head']}{opening['year']}: {lines[index].strip()}"
            ending[index] = ("", "", opening["year"], "opening")
    return written, {index + 1 for index in ending}


# "Federico diventa signore di Urbino. 1444 In quest'anno …": a sentence, its year, then a
# second text of that year opening with a capital (a table of three columns, the year in the
# middle, flattened to one line a row)
YEAR_BETWEEN_TEXTS = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)(?P<text>\S.{{2,300}}?[.!?…])[ \t]+"
    r"(?P<year>(?:1[0-9]|20)\d\d)[ \t]+(?P<rest>[^\W\d_].*?)\s*$"
)


def _years_between_two_texts(
    lines: list[str], ending: dict[int, tuple[str, str, str, str]], written: list[str]
) -> None:
    """In ``written`` (a list of sentences followed by their years, see
    _years_after_sentences), each line whose year stands between two texts ("Donatello
    invia a Siena la statua. 1457 Il 5 marzo viene condannato …": the row of a table whose
    middle column is the year, the left text ending its sentence, the right one opening with
    a capital) written as two items of that year broken with ITEM_BREAK, "1457: Donatello
    …" and "1457 Il 5 marzo …"; only where its year lies between the years of the list's
    lines nearest above and below it (the document's order). A year inside a sentence ("…
    fino al 1456 e alla quale …") has no sentence's end before it. The line is added to
    ``ending``."""
    if any(ITEM_BREAK in line for line in lines):
        return  # (a list already broken apart: its own layout)
    rows = sorted(ending)
    for index, line in enumerate(lines):
        if index in ending or not line.strip():
            continue
        found = YEAR_BETWEEN_TEXTS.match(line)
        if found is None or not found["rest"][:1].isupper():
            continue
        year = int(found["year"])
        above = [int(ending[row][2]) for row in rows if row < index][-1:]
        below = [int(ending[row][2]) for row in rows if row > index][:1]
        if not above or not all(a <= year for a in above) or not all(year <= b for b in below):
            continue
        head, text = found["head"], found["text"]
        written[index] = f"{head}{year}: {text}{ITEM_BREAK}{year} {found['rest']}"
        ending[index] = (head, text, str(year), "between")


# "In 1814, the Feoffees …", "En 1830, …": a sentence opening with its year and a comma
IN_YEAR_OPENING = re.compile(r"(?P<head>[ \t]*)(?:In|En|Em|Nel) (?P<year>(?:1\d|20)\d\d), ")


# "Servicing Mission 1 (SM1): Dec. 2-13, 1993": an item's title, a colon and its date ending
# the line (its text on the lines below); the next item's title may be glued to the end of
# the text above after a spaced dash ("… the mirror. - Servicing Mission 2 (SM2): Feb. …")
# A bulleted item so written ("- Listed in CSE: December 24, 1996;") keeps its bullet; a
# list's closing sign after the date (";" between items, "." after the last) is no date's;
# an abbreviation's point inside the title ("Private Ltd. Company: …", see
# TITLE_ABBREVIATION_POINT) is no sentence's end
TITLE_COLON_DATE = re.compile(
    r"(?:^(?P<bullet>[ \t]*[-–•*][ \t]+)?|(?<=[.!?…”\"')]) [-–—] )"
    r"(?P<title>[A-Z](?:[^:.!?…\n]|\.(?=[ \t][A-Z]))"
    r"{2,80}?):\s+"
    r"(?P<date>[^:\n]{4,40}?)(?P<marks>[*†‡]{1,3}…?)?(?P<close>[;.])?\s*$"
)
# what TITLE_COLON_DATE can find after its colon, the line's last (nothing after it has one):
# white space, then the date (40 characters at most), its marks (4) and its closing sign (1),
# then white space
TITLE_COLON_DATE_AFTER = 40 + 4 + 1


# the only full stops a title may hold: an abbreviation's, after a capitalised word of at most
# three letters before a capitalised word ("Ltd. Company", "Co. Limited", "St. Paul")
TITLE_ABBREVIATION_POINT = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{0,2}\.(?=[ \t][A-Z])")


def _title_points_abbreviations(title: str) -> bool:
    """Whether every full stop in an item's title is an abbreviation's (see
    TITLE_ABBREVIATION_POINT), never a sentence's end."""
    return title.count(".") == len(TITLE_ABBREVIATION_POINT.findall(title))


TITLE_COLON_DATE_SHAPES = TITLED_DATE_SHAPES | {"month-day-year"}


# "Polling day: 23 June", "Deadline for applications: 31 March*": a timetable's steps, each
# its label and its day with no year (the year from the page, as for "4 March - text"), a
# footnote's mark after the day kept with the label
TITLE_COLON_DAY_SHAPES = frozenset(("day-month", "month-day"))


MIN_TIMETABLE = 4  # (a timetable's steps with no year: more than a list's MIN_LINES)


# the most a year alone may lie outside the years of its list's whole dates, beyond the span
# they cover themselves (a list of milestones goes on past its last whole date)
YEARS_BEYOND_DATES = 10


def _year_written(date: str) -> int:
    """The year a date written after a title names (its last number of three or four digits:
    "Dec. 2-13, 1993", "1989")."""
    return int(re.findall(r"\d{3,4}", date)[-1])


def _years_among_dates(
    years: dict[int, re.Match[str]], found: dict[int, re.Match[str]]
) -> dict[int, re.Match[str]]:
    """The items of ``years`` (a title and a year alone) whose year lies among the years of the
    list's whole dates (``found``): within their span, widened by as much again or by
    YEARS_BEYOND_DATES, whichever is more. A number outside is no year of this list: "-
    Employees: 1800;" or "- Plants: 1200;" in a company's list dated 1952 to 1956."""
    written = [_year_written(title["date"]) for title in found.values()]
    first, last = min(written), max(written)
    beyond = max(last - first, YEARS_BEYOND_DATES)
    return {
        index: title
        for index, title in years.items()
        if first - beyond <= _year_written(title["date"]) <= last + beyond
    }


def _titles_colon_dates(lines: list[str]) -> tuple[list[str], bool]:
    """The lines of a list whose items are titles with their dates after a colon, ending the
    line ("Servicing Mission 1 (SM1): Dec. 2-13, 1993"), written date first ("Dec. 2-13,
    1993: Servicing Mission 1 (SM1)"); a title glued after a spaced dash to the end of the
    item above ("… the mirror. - Servicing Mission 2 (SM2): Feb. 11-21, 1997") broken off it
    with ITEM_BREAK. Only where at least MIN_LINES lines end so, a month and a year in each
    date, and fewer lines start with a date (the document's own dates are those). Else
    unchanged; the flag says whether a line was broken."""
    found: dict[int, re.Match[str]] = {}
    days: dict[int, re.Match[str]] = {}
    years: dict[int, re.Match[str]] = {}
    for index, line in enumerate(lines):
        if ":" not in line or not line.rstrip().rstrip("*†‡…;.")[-1:].isalnum():
            continue  # (cheap: most lines)
        after = line[line.rfind(":") + 1 :]  # (cheap again: a sentence after the last colon)
        if not after[:1].isspace() or len(after.strip()) > TITLE_COLON_DATE_AFTER:
            continue
        title = TITLE_COLON_DATE.search(line)
        if title is None or len(title["title"].split()) > TITLE_WORDS_AT_MOST:
            continue
        if not _title_points_abbreviations(title["title"]):
            continue
        when = _date_at(title["date"])
        if when is None or when.end("date") != len(title["date"]):
            continue
        shape = dates.date_shape(when)
        if dates.has_year(when) and shape in TITLE_COLON_DATE_SHAPES:
            found[index] = title
        elif shape == "year" and title["bullet"]:
            years[index] = title
        elif not dates.has_year(when) and shape in TITLE_COLON_DAY_SHAPES and dates.has_day(when):
            days[index] = title
    if len(found) >= DocumentPattern.MIN_LINES:
        # (a bulleted list of such items: one whose title ends with a year alone, "- Listed
        # Company (PLC): 1989;", is an item of that year, as its neighbours are of their days;
        # a number far from their years is a count or a price: "- Employees: 1800;")
        found.update(_years_among_dates(years, found))
    if len(found) < DocumentPattern.MIN_LINES and not found and len(days) >= MIN_TIMETABLE:
        found = days  # (a timetable's steps, no year written: see TITLE_COLON_DAY_SHAPES)
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, False
    opening = sum(1 for line in lines if _date_opening(line) is not None)
    if opening >= len(found):
        return lines, False
    written = list(lines)
    broken = False
    for index, title in found.items():
        # (an item closed by its list's sign is whole on its line: no text below its title)
        after_title = "" if title["close"] else ":"
        item = (
            f"{title['bullet'] or ''}{title['date']}: {title['title'].strip()}"
            f"{title['marks'] or ''}{after_title}"
        )
        before = lines[index][: title.start()].rstrip(" -–—")
        if before.strip():
            written[index] = f"{before}{ITEM_BREAK}{item}"
            broken = True
        else:
            written[index] = item
    return written, broken


# "3. 37 Years Later, Site Reopened: On February 1, 1986, the judge …": a numbered item, its
# title first and its date inside the line
NUMBERED_ITEM = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?=[A-Z0-9“\"‘'])")


NUMBERED_ITEM_HINT = re.compile(r"\n[ \t]*1[.)][ \t]+\S")  # (a literal first: a fast scan)


NUMBERED_ITEM_DATE_SHAPES = ENDING_DATE_SHAPES | {"years"}


def _first_date_with_year(text: str) -> re.Match[str] | None:
    """The first date written in a text that names its year ("1852", "On September 23, 1949",
    "in 1990"), or None."""
    for candidate in dates.date_candidate().finditer(text):
        found = dates.find_date(text, candidate.start())
        if (
            found is not None
            and dates.has_year(found)
            and dates.date_shape(found) in NUMBERED_ITEM_DATE_SHAPES
        ):
            return found
    return None


def _numbered_items_dated_inside(lines: list[str]) -> list[str]:
    """The lines of a numbered list of titled items whose dates are inside their lines ("1.
    1852 Riots & the Platform: The … a riot erupted in 1852." / "2. Idols Reach the Site: On
    September 23, 1949, …" / "3. 37 Years Later, Site Reopened: On February 1, 1986, …"),
    each written with the first date of its line before it ("September 23, 1949: Idols Reach
    the Site: On September 23, 1949, …"; a date that opens the title taken from it: "1852:
    Riots & the Platform: …"). Only where the items are numbered 1, 2, 3 … (at least
    MIN_LINES + 1 of them), every one names a year, most write their date inside the line, and
    no other line starts with a date. Else unchanged."""
    items: dict[int, tuple[re.Match[str], re.Match[str]]] = {}
    for index, line in enumerate(lines):
        if not line.lstrip()[:1].isdigit():
            continue
        numbered = NUMBERED_ITEM.match(line)
        if numbered is None:
            if _date_opening(line) is not None:  # (a digit first: always alphanumeric)
                return lines  # (a date starts a line: the document's own dates)
            continue
        found = _first_date_with_year(line[numbered.end() :])
        if found is None:
            return lines
        items[index] = numbered, found
    numbers = [int(numbered["number"]) for numbered, _ in items.values()]
    if len(numbers) <= DocumentPattern.MIN_LINES or numbers != list(range(1, len(numbers) + 1)):
        return lines
    # (an item that opens with its date, "1. On August 22, 1910, …", is read as written)
    inside = sum(
        1
        for index, (numbered, found) in items.items()
        if found.start() > 0 and ON_DATE.match(lines[index], numbered.end()) is None
    )
    if inside < DocumentPattern.MIN_LINES or inside * 2 <= len(items):
        return lines
    if any(_date_opening(line, str.isalpha) is not None for line in lines):
        return lines  # (a date starts a line: the document's own dates)
    written = list(lines)
    for index, (numbered, found) in items.items():
        body = lines[index][numbered.end() :]
        date_text = found["date"].strip()
        if found.start() == 0:
            body = body[found.end() :].lstrip(" :,;-–—")
        written[index] = f"{date_text}: {body}"
    return written


# "Date: June 25, 1950" / "Event: North Korea invades.": a card's fields, each with its label
DATE_LABEL = re.compile(r"^(?P<indent>[\s•*-]*)(?:date|when|day|year)\s*:\s*(?=\S)", re.I)


LABEL_FIRST = frozenset("dDwWyY \t•*-")  # what a line with a date's label starts with


FIELD_LABEL = re.compile(
    r"^\s*(?:events?|description|what|details?|summary|title|headline)\s*:\s*(?=\S)", re.I
)


# "1 - State - July 27, 1789 - text": a list's number and a name before each date
NAMED_ROW = re.compile(r"^(?P<label>\d{1,3}\s+-\s+[A-Z][^\d\n-]{0,40}?\s+-\s+)(?=\S)")


# (the hints open on a line break, a literal: the scan of a whole text is then fast; a first
# line alone is never MIN_LINES of them)
NAMED_ROW_HINT = re.compile(r"\n\d{1,3} - [A-Z][^\n]{0,40} - ")


def _numbered_names(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a numbered list whose items name their subject before the date ("1 -
    State - July 27, 1789 - text", "2 - War - August 7, 1789 - text"), at least MIN_LINES
    so, with the number and name taken off, by line index (layout: the text names the
    subject again); the date then starts the line. Else unchanged."""
    found = {}
    for index, line in enumerate(lines):
        label = NAMED_ROW.match(line) if line[:1].isdigit() else None
        if label is not None and dates.find_date(line, label.end()) is not None:
            found[index] = label
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    for index, label in found.items():
        written[index] = lines[index][label.end() :]
    return written, {index: label["label"].strip(" -") for index, label in found.items()}


def _labelled_dates(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a page whose entries are labelled fields ("Date: June 25, 1950" /
    "Event: text", at least MIN_LINES dates so) with the labels taken off: the date alone
    on its line (or "date: text" where the event's field follows on the same line), the
    event's text alone; and the labels taken, by line index (layout). Else unchanged."""
    labelled: dict[int, tuple[re.Match[str], re.Match[str]]] = {}
    for index, line in enumerate(lines):
        if line[:1] not in LABEL_FIRST:  # (cheap tests first: this runs on every line)
            continue
        head = line[:20]
        if ":" not in head or head.lstrip(" \t•*-")[:1] not in "dDwWyY":
            continue
        if (label := DATE_LABEL.match(line)) is not None:
            found = dates.find_date(line, label.end())
            if found is not None and (
                not line[found.end() :].strip() or FIELD_LABEL.match(line[found.end() :])
            ):
                labelled[index] = (label, found)
    if len(labelled) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    labels: dict[int, str] = {}
    for index, (label, found) in labelled.items():
        line = lines[index]
        field = FIELD_LABEL.match(line[found.end() :])
        rest = f": {line[found.end() + field.end() :]}" if field else ""
        written[index] = f"{label['indent']}{found.group()}{rest}"
        labels[index] = " ".join(
            [label.group().strip()] + ([field.group().strip()] if field else [])
        )
    for index, line in enumerate(lines):
        if index not in labelled and ":" in line[:20] and (field := FIELD_LABEL.match(line)):
            written[index] = line[field.end() :]
            labels[index] = field.group().strip()
    return written, labels


def _date_alone_on(line: str) -> re.Match[str] | None:
    """The whole date with its year that a line is (nothing else but a closing full stop,
    comma or colon), or None."""
    stripped = line.strip().rstrip(".,:")
    if not stripped or not stripped[-1:].isdigit():
        return None  # (a date alone with its year ends on a digit: most lines do not)
    when = _date_at(stripped)
    if when is None or when.start("date") != 0 or when.end("date") != len(stripped):
        return None
    return when if dates.has_year(when) else None


def _titles_above_dates(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a document that writes each item's title ABOVE its date ("Battle of
    Verdun" / "February 1916" / "Armistice with Germany signed" / "November 11 1918"), read
    as "February 1916: Battle of Verdun" on the title's line (the date's line then blank).
    The document's own pattern decides it: every line (apart from blank ones) is a title
    or a date alone on its line, alternately, at least MIN_LINES of each; the document
    OPENS with a title (no furniture, no date) and ENDS with a date, which has nothing after
    it; each title is one line of at most ITEM_TITLE_WORDS words. The usual "date alone,
    text below" layout opens with a date, or ends with a text; else unchanged. Also the
    dates' lines so read (each listed as layout, read with its title's line)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < 2 * DocumentPattern.MIN_LINES or len(filled) % 2:
        return lines, {}
    if _date_alone_on(lines[filled[-1]]) is None or _date_alone_on(lines[filled[0]]):
        return lines, {}  # (most documents: they end with a text, or open with a date)
    pairs: list[tuple[int, int, str]] = []  # (title's line, date's line, date as written)
    for place in range(0, len(filled), 2):
        title, date_line = filled[place], filled[place + 1]
        when = _date_alone_on(lines[date_line])
        text = lines[title].strip()
        if (
            when is None
            or _date_alone_on(text) is not None
            or _date_opening(text) is not None
            or len(text.split()) > ITEM_TITLE_WORDS
            or layout_kind(text) is not None
        ):
            return lines, {}
        pairs.append((title, date_line, when.group("date")))
    written = list(lines)
    read: dict[int, str] = {}
    for title, date_line, date_text in pairs:
        reason = f"the date below its title, read with line {title + 1}"
        _date_moved_up(written, read, (title, date_line), date_text, reason)
    return written, read


def _date_moved_up(
    written: list[str], read: dict[int, str], where: tuple[int, int], date_text: str, reason: str
) -> None:
    """``date_text`` written before the text of line ``where[0]`` ("February 1916: Battle of
    Verdun"), its own line ``where[1]`` made blank and listed in ``read`` with ``reason``."""
    text, date_line = where
    line = written[text]
    indent = line[: len(line) - len(line.lstrip())]
    written[text] = f"{indent}{date_text}: {line.strip()}"
    written[date_line] = ""
    read[date_line] = reason


# "  • August 30, 2016" / "    Postmark deadline …": a bullet and what it holds, the line
# below it indented further (the item's second line)
BULLET_OVER_INDENTED = re.compile(
    rf"^(?P<indent>[ \t]*)(?P<bullet>[{_BULLET_CLASS}])[ \t]+(?P<rest>\S.*?)[ \t]*$"
)


def _labels_over_their_dates(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a bulleted list whose items write their date alone on the bullet's line
    and their text on the indented line below ("  • August 30, 2016" / "    Postmark
    deadline to object"), at least MIN_LINES so, where an item writes it the other way round,
    a short label on the bullet's line and its date alone below ("  • Class Period" / "
    October 1, 2005 through December 31, 2010"): that date read as the label's ("  •
    October 1, 2005 through December 31, 2010: Class Period"), its own line blank, listed.
    Else unchanged."""
    items: list[tuple[int, re.Match[str], str]] = []  # (bullet's line, bullet, line below)
    for index, line in enumerate(lines[:-1]):
        bullet = BULLET_OVER_INDENTED.match(line) if line.lstrip()[:1] in BULLET_SIGNS else None
        below = lines[index + 1]
        indent = len(below) - len(below.lstrip())
        if bullet is None or indent <= len(bullet["indent"]) or _is_bulleted(below.strip()):
            continue
        items.append((index, bullet, below.strip()))
    dated = sum(
        1
        for _, bullet, below in items
        if _date_alone_on(bullet["rest"]) is not None and _date_alone_on(below) is None
    )
    if dated < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    read: dict[int, str] = {}
    for index, bullet, below in items:
        label = bullet["rest"]
        after = lines[index + 2].strip() if index + 2 < len(lines) else ""
        if (
            any(sign.isdigit() for sign in label)
            or len(label.split()) > ITEM_TITLE_WORDS
            or (after and not _is_bulleted(after))
            or (when := _date_alone_on(below)) is None
        ):
            continue
        written[index] = f"{bullet['indent']}{bullet['bullet']} {when.group('date')}: {label}"
        written[index + 1] = ""
        read[index + 1] = f"the date of the label above it, read with line {index + 1}"
    return written, read


# "Initial release: November 3, 1971", "Introduced: Late August, 1988", "Fondée : 1901": a
# label of one to three words and its colon before a whole date, alone on a line
DATE_LABEL_BELOW = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_]+){0,2})[ \t]?:[ \t]+"
)


# a period's heading: "### 1970s", "1990er:", "## 2001", "Années 1980" (a decade, a year or a
# span of years alone on its line, Markdown's marks and a colon around it)
PERIOD_SHAPES = frozenset({"decade", "year", "years"})


def _period_heading(line: str) -> bool:
    """Whether a line is a period's heading alone (see PERIOD_SHAPES)."""
    core = line.strip().strip("#").strip().rstrip(":").strip()
    if not core or len(core) > 20 or not any(sign.isdigit() for sign in core):
        return False
    found = dates.find_date(core, 0)
    return (
        found is not None
        and found.start() == 0
        and found.end() == len(core)
        and dates.date_shape(found) in PERIOD_SHAPES
    )


def _date_ending(body: str) -> str | None:
    """The whole day with its year that ends an item's sentence after a word in lower case
    ("… déposé à l'Assemblée Nationale le 21 septembre 1982", "… adopted on 5 May 1983."),
    as written, or None."""
    tail = body.rstrip(" .;")
    if not tail[-1:].isdigit():
        return None  # (most lines: no date at their end)
    for candidate in dates.date_candidates(tail):
        found = dates.find_date(tail, candidate.start())
        if found is None or found.end() != len(tail):
            continue
        if not (dates.has_day(found) and dates.has_year(found)) or found["nd1"]:
            return None
        before = tail[: found.start()].split()
        if not before or not before[-1].isalpha() or not before[-1].islower():
            return None  # ("… Report 21 September 1982": no sentence's date)
        return found.group().strip()
    return None


def _dates_ending_items(lines: list[str]) -> tuple[list[str], bool]:
    """The lines of a list whose bulleted items each END with their date ("• Texte n° 1086
    déposé à l'Assemblée Nationale le 21 septembre 1982" under "1. Dépôt à l'Assemblée
    nationale": a parliament's file of a bill, a docket), read as "21 septembre 1982: Texte
    n° 1086 déposé …" (the item's text whole, its date kept in it). The document's own
    pattern decides it: at least MIN_LINES bulleted items so written, more than half of its
    bulleted items, and fewer than MIN_LINES lines that open with a date (a document whose
    entries open with their dates writes them there). Else unchanged. Also whether so read."""
    items = [index for index, line in enumerate(lines) if _is_bulleted(line)]
    if len(items) < DocumentPattern.MIN_LINES:
        return lines, False
    ending: dict[int, str] = {}
    for index in items:
        body = lines[index].strip().lstrip(BULLET_SIGNS)
        if _date_opening(body) is None and (when := _date_ending(body)) is not None:
            ending[index] = when
    # (more than half of the items with the same sign: "•" items under "1." headings)
    signs = {lines[index].lstrip()[:1] for index in ending}
    alike = [index for index in items if lines[index].lstrip()[:1] in signs]
    if len(ending) < DocumentPattern.MIN_LINES or 2 * len(ending) <= len(alike):
        return lines, False
    opening = sum(1 for line in lines if line.strip() and _date_opening(line) is not None)
    if opening >= DocumentPattern.MIN_LINES:
        return lines, False
    written = list(lines)
    for index, when in ending.items():
        line = lines[index]
        body = line.strip().lstrip(BULLET_SIGNS)
        head = (
            line[: len(line) - len(line.lstrip())] + line.strip()[: len(line.strip()) - len(body)]
        )
        written[index] = f"{head}{when}: {body}"
    return written, True


def _dates_labelled_below(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a page whose paragraphs end with their labelled date (a software
    history, a catalogue: "roff is a typesetting markup language." / "Initial release:
    November 3, 1971", then a blank line), at least MIN_LINES so: the date read as the
    paragraph's own, "November 3, 1971: roff is …" on its first line, the label's line
    blank. Only under a paragraph that opens with no date of its own, and only when a blank
    line (or the end) follows, so the labelled date is never the next paragraph's. Else
    unchanged. Also the labels' lines so read (layout, read with the paragraph's line)."""
    found: list[tuple[int, int, str]] = []  # (paragraph's first line, label's line, date)
    for index, line in enumerate(lines):
        if ":" not in line[:40] or index == 0 or not lines[index - 1].strip():
            continue
        label = DATE_LABEL_BELOW.match(line)
        if label is None or (index + 1 < len(lines) and lines[index + 1].strip()):
            continue
        when = _date_alone_on(line[label.end() :])
        if when is None:
            continue
        first = index - 1
        while first > 0 and lines[first - 1].strip():  # (up to a blank line or a heading)
            above = lines[first - 1].strip()
            if _period_heading(above) or layout_kind(above) is not None:
                break
            first -= 1
        opening = lines[first].strip()
        if (
            _date_opening(opening) is not None
            or _date_alone_on(opening) is not None
            or layout_kind(opening) is not None
            or any(layout_kind(lines[k].strip()) is not None for k in range(first, index))
        ):
            continue
        found.append((first, index, when.group("date")))
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    read: dict[int, str] = {}
    for index, line in enumerate(lines):  # ("### 1970s": the period's heading, no entry)
        if _period_heading(line):
            written[index] = ""
            read[index] = "heading: a period over paragraphs dated by their labels"
    for first, index, date_text in found:
        reason = f"the paragraph's labelled date, read with line {first + 1}"
        _date_moved_up(written, read, (first, index), date_text, reason)
    return written, read


# "## 2. Assembly Language" / "- **Year Created:** 1949": a Markdown heading (its list number
# no part of the title) and, on the line below it, a field whose label of one to three words
# (bold or not, a bullet or not) is followed by a date alone
NUMBERED_HEADING = re.compile(r"^#{1,6}[ \t]+(?:\d{1,3}[.)][ \t]+)?(?P<title>\S.*?)[ \t#]*$")
BOLD_LABEL_DATE = re.compile(
    rf"^[ \t]*(?:[{_BULLET_CLASS}][ \t]+)?(?P<bold>\*\*|__)?"
    r"(?P<label>[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_]+){0,2})"
    r"(?:(?(bold)(?P=bold)[ \t]*:|[ \t]?:)|(?(bold):(?P=bold)|(?!)))[ \t]+(?P<value>\S.*?)[ \t]*$"
)


def _headings_over_labelled_dates(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a Markdown page whose items are headings, each with its date in a
    labelled field directly below ("## 2. Assembly Language" / "- **Year Created:** 1949" /
    "- **Interesting Fact:** …"; a language's, a ship's, a law's card), at least MIN_LINES
    so: "1949: Assembly Language" on the heading's line (its list number taken off), the
    field's line blank. The field's value must be a date alone (a year, a decade, a day); a
    heading with no such field below stays a heading; the card's other fields below its
    date ("- **Interesting Fact:** text") are its text, their marks taken off. Else
    unchanged. Also the fields' lines so read (layout, read with the heading's line)."""
    found: list[tuple[int, int, str, str]] = []  # (heading's line, field's line, date, title)
    for index, line in enumerate(lines[:-1]):
        if line[:1] != "#" or (heading := NUMBERED_HEADING.match(line)) is None:
            continue
        field = BOLD_LABEL_DATE.match(lines[index + 1])
        if field is None:
            continue
        value = field["value"].rstrip(".")
        when = dates.find_date(value)
        if when is None or when.start() != 0 or when.end() != len(value):
            continue
        if not dates.has_year(when) and dates.date_shape(when) != "decade":
            continue
        found.append((index, index + 1, value, heading["title"]))
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    read: dict[int, str] = {}
    for heading_line, field_line, date_text, title in found:
        written[heading_line] = title
        below = field_line + 1
        while below < len(lines) and (field := BOLD_LABEL_DATE.match(lines[below])) is not None:
            # ("- **Interesting Fact:** …": the card's other fields, its text, no items)
            written[below] = f"{field['label']}: {field['value']}"
            below += 1
        reason = f"the heading's labelled date, read with line {heading_line + 1}"
        _date_moved_up(written, read, (heading_line, field_line), date_text, reason)
    return written, read


# "Debut——June 13, 2013": an item's date after its text, glued to it by a long dash
DATE_AFTER_TEXT = re.compile(r"(?<=\S)(?:——|—|--)(?=[A-Z][a-z])")


def _item_pieces(line: str) -> list[tuple[str, str | None]]:
    """A line of items whose dates follow their text, as (text, date or None) pieces:
    "A——June 12, 2013 B——March 29, 2014 C" gives A, B (dated) and C (undated); a line
    ending "… released February 13, 2017" gives one dated piece."""
    pieces: list[tuple[str, str | None]] = []
    start = 0
    for dash in DATE_AFTER_TEXT.finditer(line):
        found = _whole_date_at(line, dash.end())
        if found is None:
            continue
        pieces.append((line[start : dash.start()].strip(), found["date"].strip()))
        start = found.end("date")
    rest = line[start:].strip()
    if rest:
        words = rest.split()
        ending = None
        for size in (3, 4):  # "February 13, 2017", "Feb. 13, 2017" at the line's end
            if len(words) > size and words[-size - 1][:1].islower():
                tail = " ".join(words[-size:])
                found = _whole_date_at(tail, 0)
                if found is not None and found.end("date") == len(tail):
                    ending = size
        if ending is None:
            pieces.append((rest, None))
        else:
            pieces.append((" ".join(words[:-ending]), " ".join(words[-ending:])))
    return pieces


def _wraps_a_title(above: str, line: str) -> bool:
    """Whether ``line`` goes on with the text above it: it starts in lowercase, or an
    upper-case title broke between two words ("… LIFE: YOUNG" / "FOREVER released")."""
    first = line.split()[0]
    if first[:1].islower():
        return True
    last = above.split()[-1] if above.split() else ""
    letters = [c for c in first + last if c.isalpha()]
    return (
        len(letters) >= 3
        and first.rstrip(":").isupper()
        and last.isupper()
        and not SENTENCE_END.search(above)
    )


# words that begin many sentences and so mark no item ("The", "In 2016 …")
COMMON_FIRST_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "and",
        "but",
        "or",
        "as",
        "after",
        "before",
        "during",
        "since",
    ]
)


def _split_at_leading_words(items: list[list[Any]]) -> list[list[Any]]:
    """Items run together with no sign between them ("Awarded Best New Artist at the 2014
    Golden Disc Awards Awarded Best New Artist at the Seoul Music Awards") split where a
    word that begins at least MIN_LINES of the document's items (not a common sentence
    opener) starts again, capitalised, inside an item's text. A date written after the text
    stays with the last part (it follows that item's text); the others take the heading's
    year."""
    firsts: dict[str, int] = {}
    for item in items:
        word = item[1].split(maxsplit=1)[0]
        if word[:1].isupper() and word.isalpha() and word.lower() not in COMMON_FIRST_WORDS:
            firsts[word] = firsts.get(word, 0) + 1
    leading = [word for word, count in firsts.items() if count >= DocumentPattern.MIN_LINES]
    if not leading:
        return items
    again = re.compile(rf"(?<=\S) (?=(?:{'|'.join(map(re.escape, leading))}) [A-Z0-9])")
    split: list[list[Any]] = []
    for index, text, date_text, year in items:
        parts = again.split(text)
        for position, part in enumerate(parts):
            last = position == len(parts) - 1
            split.append([index, part, date_text if last else year, year])
    return split


def _dates_after_texts(lines: list[str]) -> list[str]:
    """The lines of a page whose items end with their dates ("Debut——June 13, 2013", at
    least MIN_LINES so, under year headings alone on their line) written as one segment
    per item: "June 13, 2013: Debut", and an undated item as "2013: Awarded …" (the year
    its heading gives). A line that goes on with the item above (see _wraps_a_title)
    joins it; an upper-case title broken there takes the date at its end, a lowercase
    line keeps the item's date as it was (the words before it may be another item run
    into it: "… concert held Mini album … PT. 1" / "released——April 29, 2015"). Else the
    lines unchanged."""
    glued = sum(
        1
        for line in lines
        if "—" in line or "--" in line
        for dash in DATE_AFTER_TEXT.finditer(line)
        if _whole_date_at(line, dash.end()) is not None
    )
    if glued < DocumentPattern.MIN_LINES:
        return lines
    items: list[list[Any]] = []  # [line index, text, date or year]
    joined: set[int] = set()  # the lines wholly joined to the item above
    year: str | None = None
    last_text = ""
    for index, line in enumerate(lines):
        stripped = normalise(line).strip()
        if not stripped:
            continue
        heading = YEAR_ALONE.match(stripped)
        if heading is not None:
            year, last_text = heading["year"], ""
            continue
        if year is None:
            continue
        pieces = _item_pieces(stripped)
        if items and last_text and _wraps_a_title(last_text, stripped):
            text, date_text = pieces.pop(0)
            item = items[-1]
            item[1] = f"{item[1]} {text}".strip()
            if date_text is not None and not stripped[:1].islower() and item[2] == year:
                item[2] = date_text  # ("… YOUNG" / "FOREVER released——May 2, 2016")
            elif date_text is not None:
                item[1] += f"——{date_text}"  # (kept in the text: whose date it is is unsure)
            if not any(text for text, _ in pieces):
                joined.add(index)
        for text, date_text in pieces:
            if text:
                items.append([index, text, date_text or year, year])
        last_text = stripped
    if not items:
        return lines
    items = _split_at_leading_words(items)
    written = list(lines)
    segments: dict[int, list[str]] = {}
    for index, text, date_text, _ in items:
        segments.setdefault(index, []).append(f"{date_text}: {text}")
    for index, item_lines in segments.items():
        written[index] = "\f".join(item_lines)
    for index in joined:
        written[index] = ""
    return written


# "Du lundi 9 au vendredi 20 avril : text", "Vom 9. bis 20. April: text", "From Monday 9 to
# Friday 20 April: text": a span of days of one month written in words at a line's start
WORDED_DAY_SPAN = re.compile(
    r"(?P<from>du|vom|del|de|from|dal)\s+(?:(?P<w1>[^\W\d_]{3,9}),?\s+)?(?P<d1>\d{1,2})(?:er|\.)?"
    r"\s+(?:au|bis|zum|al|a|à|to|até|till|until)\s+(?:(?P<w2>[^\W\d_]{3,9}),?\s+)?"
    # (then a separator: "From 3 to 6 November, Council …" opens a sentence, read as such)
    r"(?P<d2>\d{1,2})\.?\s+(?:de\s+)?"
    # (a month's name of up to ten letters: "septiembre", "Septembre", "settembre")
    r"(?=(?P<month>[^\W\d_]{3,10})\.?(?:,?\s+(?:de\s+)?\d{4})?\s*(?:[:–—]|--?)\s)",
    re.IGNORECASE,
)


# (each hint opens with the line break: the engine then looks for that sign alone, fast)
WORDED_SPAN_HINT = re.compile(
    r"\n[ \t]*(?:du|vom|del|de|from|dal)\s+(?:[^\W\d_]{3,12},?\s+)?\d", re.IGNORECASE
)


def _worded_day_spans(lines: list[str]) -> list[str]:
    """The lines that open with a span of days written in words, then a separator ("Du lundi
    9 au vendredi 20 avril : Campagne officielle.", "Vom 9. bis 20. April: …") written as the
    grammar reads such a span ("9–20 avril : Campagne officielle."): the weekdays, if any,
    are the days' own; the month must be one. Else unchanged."""
    written = lines
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped[:1].lower() not in "dvfa" or not any(c.isdigit() for c in stripped[:30]):
            continue
        indent = len(line) - len(stripped)
        found = WORDED_DAY_SPAN.match(line, indent)
        if found is None or int(found["d1"]) >= int(found["d2"]):
            continue
        if any(word and word.lower() not in WEEKDAY_NUMBERS for word in (found["w1"], found["w2"])):
            continue
        try:
            dates.month_number(found["month"])
        except KeyError:
            continue
        if written is lines:
            written = list(lines)
        written[index] = f"{line[:indent]}{found['d1']}–{found['d2']} {line[found.end() :]}"
    return written


# "31,601. 12/11/2019", "12) March 3, 2020": an item's running number, then its date alone
NUMBERED_DATE_ALONE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<number>\d{1,3}(?:,\d{3})*[.)])[ \t]+(?=\S)"
)


NUMBERED_DATE_HINT = re.compile(r"\n[ \t]*\d{1,3}(?:,\d{3})*[.)][ \t]+\S")


def _at_a_line_start(hint: re.Pattern[str], text: str) -> bool:
    """Whether a hint that opens with a line break finds its place in a text (its first line
    too)."""
    return hint.match("\n" + text[:200]) is not None or hint.search(text) is not None


def _numbered_dates_alone(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines that are an item's running number and a whole date, nothing else ("31,601.
    12/11/2019" over the item's text: a chronicle's numbered entries) written as the date
    alone, and the numbers by line index (reported: a count, not a date nor text). A number
    before a date with text after it ("1. 1852 Riots …") is left as it is."""
    written = lines
    numbers: dict[int, str] = {}
    for index, line in enumerate(lines):
        if not line[:12].lstrip()[:1].isdigit():
            continue
        found = NUMBERED_DATE_ALONE.match(line)
        if found is None:
            continue
        rest = line[found.end() :].strip()
        day = dates.find_date(rest)
        if day is None or not dates.has_day(day) or not _whole_date_alone(rest):
            continue  # ("1. 1953", "2. 1954": a numbered menu of years, no item's day)
        if _whole_date_alone(line.strip()):
            continue  # ("6. Mai 2013": the German day's full stop, the date itself)
        if written is lines:
            written = list(lines)
        written[index] = found["indent"] + line[found.end() :]
        numbers[index] = found["number"]
    return written, numbers


# "Brisbane (7 September 1859)": a table's cell of a name and its whole date in brackets (see
# _named_date_cells); a hint first: such a cell before a column's bar
NAMED_DATE_CELL = re.compile(r"(?P<name>[^\W\d_][^()|]{0,59}?)\s*\((?P<date>[^()|]{4,40})\)")
NAMED_DATE_CELL_HINT = re.compile(r"\)[ \t]*\|")


def _named_date_cells(lines: list[str]) -> list[str]:
    """The rows of a table flattened to text whose every cell is a name and its date in
    brackets ("Brisbane (7 September 1859) | Townsville (15 February 1866) |": a list of
    towns and the days they became municipalities, in two columns) written as one segment
    per cell, left to right: "7 September 1859: Brisbane |" (its bar kept: the cell is
    closed, the heading below the table is none of its text). Only where at least MIN_LINES
    rows are so, each cell's brackets holding a whole date with its year and nothing else;
    a name opens with a letter and ends no sentence. Else the lines unchanged."""
    rows: dict[int, list[str]] = {}
    for index, line in enumerate(lines):
        if "|" not in line:
            continue
        cells = [cell.strip() for cell in line.split("|")]
        while cells and not cells[-1]:
            cells.pop()
        while cells and not cells[0]:
            cells.pop(0)
        read = [_named_date_segment(cell) for cell in cells]
        kept = [segment for segment in read if segment is not None]
        if cells and len(kept) == len(cells):
            rows[index] = kept
    if len(rows) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index, row in rows.items():
        written[index] = "\f".join(row)
    return written


def _named_date_segment(cell: str) -> str | None:
    """ "7 September 1859: Brisbane" for the cell "Brisbane (7 September 1859)", or None."""
    found = NAMED_DATE_CELL.fullmatch(cell)
    if found is None or SENTENCE_END.search(found["name"]) is not None:
        return None
    date_text = found["date"].strip()
    date = dates.find_date(date_text)
    if date is None or date.end() != len(date_text) or not dates.has_year(date):
        return None
    return f"{date_text}: {found['name'].strip()} |"  # (a closed cell: no line below is its rest)


# "1723 – Förordningen …", "1723: Förordningen …": a year, a spaced dash or a colon, the text
# (see _decades_opening_items)
YEAR_ITEM_LINE = re.compile(rf"\s*(?:1[0-9]|20)\d\d(?:\s+[{dates.TEXT_DASHES}]|[ \t]?:)\s+\S")
# "Under 1630-talet grundas …", "In the 1630s, …", "Während der 1630er Jahre …": an item's
# opening word or words (the first a capital), then a decade: its number and the word's ending
# of a decade ("-talet", "-tallet": Swedish, Danish, Norwegian; "s"; German "er"); in the
# Scandinavian languages a number ending in 00 is a century ("1500-talets senare del": the
# 1500s, 1500–1599); or the grammar's word of a decade before the number ("Dans les années
# 1630 …", "En la década de 1630 …": dates.DECADE_WORDS; "années 1300" is 1300–1309, as the
# grammar reads it)
DECADE_OPENING = re.compile(
    r"(?P<opening>(?-i:[A-ZÀ-Þ])[^\W\d_]{0,11}(?:\s+[^\W\d_]{1,8}){0,2})\s+"
    rf"(?:(?P<word>{dates.DECADE_WORDS})\s+)?(?P<number>(?:1[0-9]|20)\d0)"
    r"(?(word)|(?:(?P<tal>-tal(?:l?ets?))|s|er\b))(?![\w-])",
    re.I,
)

# (the cheap test of the text: a decade's ending after a number ending in 0, or a decade's word)
DECADE_OPENING_HINT = re.compile(rf"0(?:-tal|s|er)|{dates.DECADE_WORDS}\s+\d", re.I)


def _decades_opening_items(lines: list[str]) -> list[str]:
    """The lines of a list of "YEAR – text" (or "YEAR: text") lines (MIN_LINES at least)
    whose item has no year at its start but opens with a word or two and a decade ("1571 – Första
    skolordningen …" / "Under 1630-talet grundas flera skolor …" / "1686 – Kyrkolag …";
    "In the 1630s, several schools …"): an entry of that decade, written "1630–1639 – Under
    1630-talet …" (its text whole, its opening words kept, as an item that opens with its
    day), when it stands in the list's run (a line of the list directly above it, no blank
    between: a paragraph of its own is a box's or the page's text); a Scandinavian "-talet"
    of a number ending in 00 is its century ("Under 1500-talets senare del …": 1500–1599).
    Elsewhere, and for "the 1500s" (a century or a decade?), the lines unchanged."""
    if sum(1 for line in lines if YEAR_ITEM_LINE.match(line)) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        found = DECADE_OPENING.match(stripped)
        if found is None or YEAR_ITEM_LINE.match(line):
            continue
        if index == 0 or not lines[index - 1].strip():
            continue  # (a paragraph of its own, "På 1400-talet kallade …?": a box's text)
        number = int(found["number"])
        if number % 100 == 0 and not found["tal"] and not found["word"]:
            continue  # ("In the 1500s": a century's or the decade's years, unsure)
        last = number + (99 if found["tal"] and number % 100 == 0 else 9)
        written[index] = f"{number}–{last} – {stripped}"
    return written
