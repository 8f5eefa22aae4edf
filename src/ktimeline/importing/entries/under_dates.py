"""Lines under a date alone on its line.

Titles, cards, cells and captions under it, other events of the same date, bare items
under a dated heading.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET_SIGN, BULLET_SIGNS, _is_bulleted
from ktimeline.importing.entries.date_reading import (
    _date_at,
    _date_opening,
    _whole_days,
    _written_month,
    _written_year,
)
from ktimeline.importing.entries.date_shapes import _DASH_CHARS, _YEAR, ENTRY_START, WEEKDAY_LEAD
from ktimeline.importing.entries.furniture import (
    ABBREVIATION_END,
    CATEGORY_WORDS,
    DIGIT,
    HEADLINE_WORDS,
    ITEM_TITLE_WORDS,
    SENTENCE_END,
    TOP_LINES,
    layout_kind,
)
from ktimeline.importing.entries.headings import TITLE_YEAR
from ktimeline.importing.entries.pattern import DocumentPattern
from ktimeline.importing.entries.pattern_finding import YEAR_IN_SENTENCE
from ktimeline.importing.entries.starts import FIRST_SENTENCE_END, ON_DATE, _opening_year_date
from ktimeline.model import MONTH_NAMES

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


BARE_ITEM_WORDS = 6  # "Kilmore fire started": a short line, a list's item without its mark


BARE_ITEM_LENGTH = 48  # (no hard-wrapped line of a paragraph: those run near the width)


DAY_NAME_WORDS = 4  # "Saturday 7 February 2009. Black Saturday": the day's name after it


def _is_bare_item(line: str) -> bool:
    """A short line with a capital and no sentence's end, no date, no mark: an item."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= BARE_ITEM_LENGTH
        and line[:1] not in " \t"
        and stripped[:1].isupper()
        and len(stripped.split()) <= BARE_ITEM_WORDS
        and SENTENCE_END.search(stripped) is None
        and DIGIT.search(stripped) is None
    )


# a word of a name, title or place: a capital first ("Jane Doe", "Senior Reporter", "City
# Hall"); the short words between them ("Office of the Mayor") say nothing
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


SHORT_WORD = 3


def _names_only(items: Sequence[str]) -> bool:
    """Every line of ``items`` is a name, a title or a place, each word of more than
    SHORT_WORD letters written with a capital: a byline ("Jane Doe" / "Senior Reporter" /
    "The Age") or an address block ("City Hall" / "Main Street"), never a list of events,
    which says what happened in words written small ("Kilmore fire started")."""
    return all(
        word[:1].isupper()
        for item in items
        for word in NAME_WORD.findall(item)
        if len(word) > SHORT_WORD
    )


def _page_date_above(lines: Sequence[str], index: int, day: str) -> bool:
    """The day ``day`` (YYYY-MM-DD) on line ``index``, among the page's first TOP_LINES
    lines, is newer than every dated line below it, and those do not run newest first: the
    page's own date (as _page_date_over_older_entries reads it), not a day of the list."""
    if index >= TOP_LINES:
        return False
    below: list[str] = []
    for line in lines[index + 1 :]:
        start = _date_opening(line)
        if start is None:
            continue
        days = _whole_days(start["date"])
        year = TITLE_YEAR.search(start["date"])
        if len(days) == 1:
            below.append(days.pop())
        elif year is not None and year["last"] is None and int(year["first"]) < int(day[:4]):
            below.append(year["first"])
        else:
            return False  # (a date not read here, or a year as new as the day: no telling)
    if len(below) < DocumentPattern.MIN_LINES or any(date >= day for date in below):
        return False
    return not (below == sorted(below, reverse=True) and below != sorted(below))


def _runs(indexes: Iterable[int]) -> list[tuple[int, int]]:
    """Increasing ``indexes`` as runs of consecutive ones, each (first, one past the last)."""
    runs: list[tuple[int, int]] = []
    for index in indexes:
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def _bare_items_under_dates(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """ "Saturday 7 February 2009. Black Saturday" / "Kilmore fire started" / "Bendigo fire
    started" / "Churchill fire started" / "Sunday 8 February 2009.": a day alone on its line
    (or with a short name after it), then at least MIN_LINES short lines directly below it,
    each with a capital, no sentence's end and no digit, up to a blank line or the next dated
    line. A reader sees a list whose marks the page lost, each line an item of the day: the
    lines are written bulleted, the day alone (its name taken off, by line index: layout)."""
    written = lines
    names: dict[int, str] = {}
    # (a first cheap look: the lines that may be items, a short line with a capital first)
    short = [
        index
        for index, line in enumerate(lines)
        if index and len(line) <= BARE_ITEM_LENGTH and line[:1].isupper()
    ]
    bare = _runs(  # (the runs of items within the runs of such lines)
        index
        for first, end in _runs(short)
        if end - first >= DocumentPattern.MIN_LINES
        for index in range(first, end)
        if _is_bare_item(lines[index])
    )
    for run_start, run_end in bare:
        if run_end - run_start < DocumentPattern.MIN_LINES:
            continue
        if any(layout_kind(lines[item]) is not None for item in range(run_start, run_end)):
            continue  # ("Advertisement", "Share": the page's furniture, no list)
        if run_end < len(lines) and lines[run_end].strip():
            below = lines[run_end].strip()
            lead = WEEKDAY_LEAD.match(below)
            if ENTRY_START.match(below, lead.end() if lead else 0) is None:
                continue  # (the run goes on into a paragraph: no list)
        above = lines[run_start - 1].strip()
        lead = WEEKDAY_LEAD.match(above)
        day = ENTRY_START.match(above, lead.end() if lead else 0)
        if day is None or not dates.has_day(day):
            continue
        name = above[day.end("date") :].strip(" .:–—-")
        if len(name.split()) > DAY_NAME_WORDS or SENTENCE_END.search(name) or DIGIT.search(name):
            continue
        if _names_only(lines[run_start:run_end]):
            continue  # (a byline or an address under the page's date: no list)
        whole = _whole_days(day["date"])
        if len(whole) == 1 and _page_date_above(lines, run_start - 1, whole.pop()):
            continue  # (the page's date over short lines: its standfirst, no list of its)
        if written is lines:
            written = list(lines)
        if name:
            written[run_start - 1] = above[: day.end("date")]
            names[run_start - 1] = name
        for item in range(run_start, run_end):
            written[item] = f"• {lines[item].strip()}"
    return written, names


def _card_titles(lines: Sequence[str], pattern: DocumentPattern) -> set[int]:
    """The numbers of the lines that are titles above dates alone on their line, when every
    date alone in the document (at least MIN_LINES) has one: a short line with no sentence
    end directly above the date, and a paragraph (a sentence's end, or longer than a title)
    below it ("Korean War
    Armistice Signed" / "July 27th, 1953" / "The Korean War reached …"). Else none: a short
    line above a date alone is then the text of the date above it, or a heading. A title is
    a headline (HEADLINE_WORDS or more): a name alone ("Sputnik 1" above "October 1957") is
    a table row's label, reported as a heading."""
    alone = [number for number, form, *_ in pattern.starts if form == "alone"]
    if len(alone) < pattern.MIN_LINES:
        return set()
    titles: set[int] = set()
    cards = 0  # dates alone with a headline above and a paragraph below
    figures = _figure_lines(lines, pattern)  # ("Stock close: $83.25": the entry above's)
    for number in alone:
        above = next((n for n in range(number - 1, 0, -1) if lines[n - 1].strip()), None)
        below = next((n for n in range(number + 1, len(lines) + 1) if lines[n - 1].strip()), None)
        if (
            above is None
            or above in pattern.dated
            or (below is not None and below in pattern.dated)
        ):
            return set()
        title = lines[above - 1].strip()
        paragraph = lines[below - 1].strip() if below is not None else ""
        # ("Julius Malema visits Marikana." / "August 18 2012" / "" / the paragraph: a
        # headline may end on a full stop where it stands apart, a blank line above it,
        # directly above its date, and a blank line below the date)
        apart = (
            above == number - 1
            and (above == 1 or not lines[above - 2].strip())
            and below is not None
            and below > number + 1
        )
        if (
            not (title[:1].isupper() or title[:1].isdigit())
            or len(title.split()) > ITEM_TITLE_WORDS
            or (SENTENCE_END.search(title) and not apart)
            or title.endswith(":")
            or _is_bulleted(title)
            or layout_kind(title) is not None
            or title in figures
        ):
            return set()
        headline = len(title.split()) >= HEADLINE_WORDS
        cut = below is not None and not any(line.strip() for line in lines[below:])
        if headline and (
            SENTENCE_END.search(paragraph)
            or len(paragraph.split()) > ITEM_TITLE_WORDS
            or (cut and len(paragraph.split()) > HEADLINE_WORDS)  # (a page cut mid-sentence)
        ):
            cards += 1
        elif above != number - 1:  # a shorter card: its title directly above its date
            return set()
        titles.add(above)
    return titles if cards >= pattern.MIN_LINES else set()


# a label of one to four words, a colon and a short figure: "Stock close: $83.25",
# "Attendance: 41,200", "Casualties: about 3,000" (a value with a digit, on a line of its own)
LABELLED_FIGURE = re.compile(
    r"(?P<label>[^\W\d_][^\W\d_'’.-]*(?:[ \t][^\W\d_][^\W\d_'’.-]*){0,3})[ \t]*:[ \t]*"
    r"(?P<value>\S(?:.{0,28}\S)?)"
)


def _figure_lines(lines: Sequence[str], pattern: DocumentPattern) -> frozenset[str]:
    """The lines of a figure under the document's entries ("Stock close: $83.25" under each
    day of a company's fall, "Attendance: 41,200" under each match): one label, a colon and a
    short value with a digit (no date), the same label on at least MIN_LINES lines. Each is
    the entry above's, as the first ones run on under a long line are: never left out as
    "not an entry" where the line above it is short (the last day's)."""
    found: dict[str, list[str]] = {}
    for line in lines:
        text = line.strip()
        if len(text) > 48 or ":" not in text:
            continue
        figure = LABELLED_FIGURE.fullmatch(text)
        if figure is None or not any(c.isdigit() for c in figure["value"]):
            continue
        value = figure["value"]
        if value[:1].isalnum() and _date_at(value) is not None:
            continue  # ("Released: March 3, 1971": a labelled date, no figure)
        found.setdefault(figure["label"].casefold(), []).append(text)
    return frozenset(
        text for texts in found.values() if len(texts) >= pattern.MIN_LINES for text in texts
    )


def _one_line_texts(lines: Sequence[str], pattern: DocumentPattern) -> set[int]:
    """The numbers of the text lines under dates alone, when every date of the document (at
    least MIN_LINES) is alone on its line with exactly one line of text directly below it and
    the next date directly below that ("7 août 1960" / "Accession à l'indépendance. …" /
    "21 mars 1983" / …). Each entry is then that one line: what follows the last one ("La
    Matinale.", a newsletter's box) is the page's, not the rest of its text. Else none."""
    starts = [number for number, *_ in pattern.starts]
    alone = [number for number, form, *_ in pattern.starts if form == "alone"]
    if len(alone) < pattern.MIN_LINES or len(alone) != len(starts):
        return set()
    texts: set[int] = set()
    for index, number in enumerate(alone):
        below = number + 1
        if below > len(lines) or not lines[below - 1].strip() or below in pattern.dated:
            return set()
        if index + 1 < len(alone) and alone[index + 1] != below + 1:
            return set()
        texts.add(below)
    return texts


def _headline_list(lines: Sequence[str], pattern: DocumentPattern) -> bool:
    """Whether the document is a headline list: at least 2 × MIN_LINES dates with their text
    on their line, and no line from the first of them to the last ending a sentence ("Oct.
    25: Lord Mayor of Cork … hunger strike in prison" / "Government of Ireland Act sets up …"
    / "1921 AD" / …). Each line there is a whole headline, its end the end of its words: a
    paragraph after a blank line below one (a page's footer, "Ireland's Provincial Flags")
    is never the rest of its text, though that text ended no sentence."""
    starts = [number for number, form, *_ in pattern.starts if form != "alone"]
    if len(starts) < 2 * pattern.MIN_LINES:
        return False
    return not any(
        SENTENCE_END.search(line.rstrip()) is not None
        for line in lines[starts[0] - 1 : starts[-1]]
        if line.strip()
    )


def _spans_broken_over_lines(lines: list[str]) -> list[str]:
    """A span of dates broken after its dash ("May 20—" / "September 20"), the first part a
    whole line, the second a whole line or the start of one whose text follows after a space
    ("1864 -" / "1866 Major restoration …"): joined onto the first line ("May
    20—September 20"), the second left blank (its words are the span's end and the entry's
    text, nothing lost), so the span is one date and its end is not read as an entry of its
    own."""
    joined = list(lines)
    for index in range(len(lines) - 1):
        head = lines[index].strip()
        if not head or head[-1] not in _DASH_CHARS or len(head) > 40:
            continue
        start = head.rstrip(_DASH_CHARS + " ")
        end = lines[index + 1].strip()
        found, ending = _date_at(start), _date_at(end) if end else None
        if found is None or ending is None or found["date"] != start:
            continue
        if ending["date"] != end and end[ending.end("date") : ending.end("date") + 1] != " ":
            continue  # ("1864 -" / "1866 Major restoration …": the span's end, then its text)
        whole = _date_at(head + end)  # ("2020: June 1 —" / "1990-as, 70-es évek": no span)
        if whole is None or whole["date"] != head + ending["date"]:
            continue
        joined[index], joined[index + 1] = lines[index].rstrip() + end, ""
    return joined


# a day and its year alone on a line, the rest of a date whose month ends the line above
# ("12, 1925" under "• Nov.")
DAY_AND_YEAR_ALONE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+{_YEAR}")


def _dates_broken_after_months(lines: list[str]) -> list[str]:
    """A date broken after its month's name ("• Nov." / "12, 1925", a web page's item whose
    date cell wrapped), the month alone on its line (after its bullet, if any) and the day
    and year alone on the next: joined onto the first line ("• Nov. 12, 1925"), the second
    left blank (its words are the date's, nothing lost), so the date is read whole, never
    the month under the year above and "12, 1925" as an entry's text."""
    joined = list(lines)
    for index in range(len(lines) - 1):
        head = lines[index].strip()
        if not head or len(head) > 14 or head[-1:].isdigit():
            continue  # (a month's name is short and ends in a letter or its dot)
        end = lines[index + 1].strip()
        if not end[:1].isdigit() or DAY_AND_YEAR_ALONE.fullmatch(end) is None:
            continue
        bullet = BULLET_SIGN.match(head)
        month = head[bullet.end() :] if bullet is not None else head
        found = _date_at(month)
        if found is None or found["date"] != month or any(c.isdigit() for c in month):
            continue  # (a month's name alone, no number: "Nov.", "November")
        whole = _date_at(f"{month} {end}")
        if whole is None or whole["date"] != f"{month} {end}":
            continue
        joined[index], joined[index + 1] = f"{lines[index].rstrip()} {end}", ""
    return joined


# a year and its separator opening a line ("1985:", "1985 - text"): the rest of a date whose
# month stands alone on the line above ("July" / "1985:")
YEAR_AND_SEPARATOR = re.compile(rf"(?P<year>{_YEAR})[ \t]*[:{_DASH_CHARS}-](?=\s|$)")

# how far below a month alone its heading's lines are looked at (a month over years)
MONTH_SECTION_LINES = 60


def _months_above_years(lines: list[str]) -> list[str]:
    """A date broken after its month's name, the month alone on its line and the year with
    its separator opening the next ("July" / "1985:" / "Houston Natural Gas merges …"):
    joined onto the first line ("July 1985:"), the second keeping its text after the year (or
    left blank), so the entry is of that month, never a heading "July" over an entry of the
    year. Not a month that heads a list of years (a "this month in history" page, "March" /
    "1962: …" / "1971: …"): where two or more lines under it open with a year alone and none
    with a finer date ("June 1994:") before the next month alone, the month stays a heading."""
    joined = list(lines)
    for index in range(len(lines) - 1):
        head = lines[index].strip()
        if not head or len(head) > 14 or not head[:1].isalpha() or head[-1:].isdigit():
            continue  # (a month's name is short and ends in a letter or its dot)
        end = lines[index + 1].strip()
        year = YEAR_AND_SEPARATOR.match(end) if end[:1].isdigit() else None
        if year is None:
            continue
        found = _date_at(head)
        if found is None or found["date"] != head or any(c.isdigit() for c in head):
            continue  # (a month's name alone, no number: "July", "Sept.")
        whole = _date_at(f"{head} {year['year']}")
        if whole is None or whole["date"] != f"{head} {year['year']}" or _heads_years(lines, index):
            continue
        rest = end[year.end() :].strip()
        joined[index] = f"{lines[index].rstrip()} {end[: year.end()]}"
        joined[index + 1] = lines[index + 1].replace(end, rest, 1) if rest else ""
    return joined


def _heads_years(lines: Sequence[str], index: int) -> bool:
    """Whether the month alone at ``index`` heads a list of years: two or more lines below it
    open with a year alone and its separator, and none with a finer date, before the next
    line that is a date alone with no year (the next month's heading)."""
    years = 0
    for line in lines[index + 1 : index + 1 + MONTH_SECTION_LINES]:
        text = line.strip()
        if not text or not dates.date_candidate().match(text):
            continue
        found = _date_at(text)
        if found is None or found.start("date") != 0:
            continue
        if found["date"] == text.rstrip(":") and not dates.has_year(found):
            break  # (the next month's heading)
        if not YEAR_AND_SEPARATOR.match(text):
            return False  # ("June 1994:": the month is no heading of years)
        years += 1
    return years >= 2


# "1816: text", "1820 January 20: text", "1818 State …": a line that starts with a year
YEAR_FIRST_ROW = re.compile(r"^\s*(?:1[0-9]|20)[0-9][0-9](?=[\s:.,;–—-])")


def _second_cards(lines: Sequence[str], pattern: DocumentPattern) -> set[int]:
    """The numbers of lines that open a second card under one year: in a document of cards
    — a year alone on its line, a title (a short line, no sentence's end) and one longer
    line of description below it ("1962" / "China invades" / "China invaded India …"), at
    least MIN_LINES and two in three of its years so — a year with two or more such pairs
    under it ("1960" / "Indus Water Treaty" / "… signed …" / "Green Revolution" / "After
    reeling …"): each further title opens a card of the same year, never the description
    above it run on."""
    alone = [number for number, form, *_ in pattern.starts if form == "alone"]
    if len(alone) < pattern.MIN_LINES:
        return set()
    groups: list[list[int]] = []
    for number in alone:
        group: list[int] = []
        below = number + 1
        while below <= len(lines) and lines[below - 1].strip() and below not in pattern.dated:
            group.append(below)
            below += 1
        groups.append(group)

    def is_title(number: int) -> bool:
        text = lines[number - 1].strip()
        return (
            (text[:1].isupper() or text[:1].isdigit())
            and len(text.split()) <= ITEM_TITLE_WORDS
            and SENTENCE_END.search(text) is None
            and not text.endswith(":")
        )

    def pairs(group: list[int]) -> bool:  # title, a line twice as long; title, …
        return len(group) % 2 == 0 and all(
            is_title(title)
            and len(lines[text - 1].split()) >= 2 * len(lines[title - 1].split()) + 1
            for title, text in zip(group[::2], group[1::2], strict=True)
        )

    cards = [group for group in groups if len(group) >= 2 and pairs(group)]
    if len(cards) < pattern.MIN_LINES or 3 * len(cards) < 2 * len(groups):
        return set()
    return {number for group in cards for number in group[2::2]}


def _cells_under_dates(lines: Sequence[str], pattern: DocumentPattern) -> set[int]:
    """The numbers of the lines that open a second (or later) text cell under a date alone,
    in a table of several text columns copied from a web page one cell a paragraph
    ("1369" / "" / "Verleihung des Stapelrechtes …" / "" / "erfolgloser … Städtekrieg …" /
    "" / "1377" / "" / " " / "" / "Der König …"), where an empty cell is a line holding
    only spaces (" "): each text cell of a row is an event of its date. Only where the
    rows show a table: at least MIN_LINES dates alone, four in five of them with the same
    number of cells (two or more, empty ones counted), and at least MIN_LINES empty cells
    before a text cell of their row (an empty line closing each row is no column: there
    the paragraphs under a date tell more of its one event)."""
    alone = [number for number, form, *_ in pattern.starts if form == "alone"]
    if len(alone) < pattern.MIN_LINES:
        return set()
    rows: list[list[list[int]]] = []  # per date alone: its cells, each its line numbers
    for index, number in enumerate(alone):
        last = alone[index + 1] if index + 1 < len(alone) else len(lines) + 1
        cells: list[list[int]] = []
        cell: list[int] = []
        for below in range(number + 1, last):
            line = lines[below - 1]
            if line.strip() or (line and line.strip(" \t\u00a0") == ""):
                cell.append(below)  # (text, or an empty cell: a line of spaces)
            elif cell:
                cells.append(cell)
                cell = []
        if cell:
            cells.append(cell)
        rows.append(cells)
    counts = Counter(len(cells) for cells in rows)
    width, most = counts.most_common(1)[0]
    if width < 2 or 5 * most < 4 * len(rows):
        return set()

    def empty(cell: list[int]) -> bool:
        return not any(lines[below - 1].strip() for below in cell)

    leading = sum(
        1
        for cells in rows
        for position, cell in enumerate(cells[:-1])
        if empty(cell) and any(not empty(later) for later in cells[position + 1 :])
    )
    if leading < pattern.MIN_LINES:
        return set()
    found: set[int] = set()
    for cells in rows:
        texts = [cell for cell in cells if not empty(cell)] if len(cells) == width else []
        found.update(next(b for b in cell if lines[b - 1].strip()) for cell in texts[1:])
    return found


# a year named in a line ("A partir de 1974", "(até 1502)")
NAMED_YEAR = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")


# a cell's text under which a note may stand has at least so many words ("Charge Sheet was
# filed"); one or two ("Fundación", "Primer título") are a title over its paragraph
NOTED_TEXT_WORDS = 3


# a line that ends cut off: its words go on below ("… accused Akshay,", "… of the", "… (")
CUT_OFF_END = re.compile(rf"(?:[,;:(\[&/]|[{_DASH_CHARS}])$")


def _notes_in_cells(lines: Sequence[str], pattern: DocumentPattern) -> set[int]:
    """The numbers of the second lines of text cells under a date alone that are other
    events of that date, in a table copied one cell a line ("03.01.2012" / "Charge Sheet
    was filed" / "Investigation Complete within 17 days of the incident" / "04.02.2012" /
    …): every date of the document (at least MIN_LINES) alone on its line, its text directly
    below and the next date directly below that, at least half of them with exactly one
    line of text (each text line a whole cell, however it ends: no text hard-wrapped), and
    the cells' lines ending no sentence (at most one in MOSTLY_BARE: a table of notes; lines
    that are sentences tell more of the date's one event). Then the second line of a cell
    of two is a note of its own, an event of the date, where it opens with a capital under
    a text of NOTED_TEXT_WORDS or more that is no sentence cut off (CUT_OFF_END); one that
    opens in lower case or with a bracket carries the text above on. The corpus README's
    rule of second lines in a table cell. Else none."""
    starts = [number for number, *_ in pattern.starts]
    alone = [number for number, form, *_ in pattern.starts if form == "alone"]
    if alone and alone[0] < len(lines) and not lines[alone[0]].strip():
        alone = alone[1:]  # (a page's date above the table, "Monday, 17 February 2020" / "")
    if len(alone) < pattern.MIN_LINES or len(alone) < len(starts) - 1:
        return set()
    cells: list[list[int]] = []
    for index, number in enumerate(alone):
        last = alone[index + 1] if index + 1 < len(alone) else None
        cell: list[int] = []
        below = number + 1
        while below <= len(lines) and (last is None or below < last):
            if not lines[below - 1].strip() or below in pattern.dated:
                break
            cell.append(below)
            below += 1
        if not cell or (last is not None and below != last):
            return set()  # (a blank line or an undated gap: paragraphs, no table's rows)
        cells.append(cell)
    if 2 * sum(1 for cell in cells if len(cell) == 1) < len(cells):
        return set()
    texts = [lines[number - 1].rstrip() for cell in cells for number in cell]
    if MOSTLY_BARE * sum(1 for text in texts if SENTENCE_END.search(text)) > len(texts):
        return set()  # (sentences: the lines below a date tell more of its one event)
    notes: set[int] = set()
    for cell in cells:
        if len(cell) != 2 or NAMED_YEAR.search(lines[cell[1] - 1]):
            # (a cell of more lines is a paragraph, or titles and their paragraphs, "Primer
            # título" / "El equipo gana …" / "Sección femenina" / …; "A partir de 1974" /
            # "IRA reforça …" under "1972" tells of another time)
            continue
        above, number = cell
        text = lines[number - 1].strip()
        if (
            text[:1].isupper()
            and len(lines[above - 1].split()) >= NOTED_TEXT_WORDS
            and not _is_bulleted(lines[number - 1])
            and CUT_OFF_END.search(lines[above - 1].rstrip()) is None
            and ABBREVIATION_END.search(lines[above - 1].rstrip()) is None
        ):
            notes.add(number)
    return notes


# a year list whose lines end a sentence at most once in so many lines reads as a list
# without full stops (see _rows_of_the_year_above)
MOSTLY_BARE = 4


def _separated_row_cells(lines: Sequence[str], pattern: DocumentPattern) -> dict[int, int]:
    """The lines of a flattened table's dated rows that run over several lines, by number: the
    dated line of their row. A table whose rows are closed by a line holding only the cell sign
    ("|"), at least MIN_LINES such lines: the lines below a dated line up to that row's closing
    line are its cell's text ("3 | 1823 | - 1823: In de nacht … verwoest." / "Vermoedelijk
    zijn …" / "Uit de krant" / "|"), the entry's own, never other events of its date nor text
    left apart. A blank line, a dated line or the text's end before the closing line leaves the
    row as it is read without this rule; a line ending with the cell sign closes its row too,
    and the text's end closes its last row where the page is cut inside it (its last line ends
    no sentence: "… De heer p")."""
    closing = [number for number, line in enumerate(lines, 1) if line.strip() == "|"]
    if len(closing) < DocumentPattern.MIN_LINES:
        return {}
    last = lines[-1].strip() if lines else ""
    cut = bool(last) and last != "|" and SENTENCE_END.search(last) is None
    cells: dict[int, int] = {}
    dated = pattern.dated
    for row in sorted(dated):
        if lines[row - 1].rstrip().endswith("|"):
            continue  # ("• 1860 | Casimiro … queimados. |": a row closed on its line)
        below: list[int] = []
        for number in range(row + 1, len(lines) + 2):
            line = lines[number - 1].strip() if number <= len(lines) else None
            if line == "|" or (line is None and cut):
                cells.update(dict.fromkeys(below, row))
                break
            if not line or number in dated:
                break
            below.append(number)
            if line.endswith("|"):  # ("… Sagrada Família, |": the cell closed on its last line)
                cells.update(dict.fromkeys(below, row))
                break
    return cells


def _rows_of_the_year_above(
    lines: Sequence[str], pattern: DocumentPattern
) -> tuple[set[int], set[int]]:
    """The numbers of lines that are rows of a year table whose year cell spans them ("1830:
    First graduating class." / "Preparatory Department created." / "1836: …"): an undated
    line, capitalised and ending a sentence, with text directly above and below it (no blank
    line), in a run of lines (no blank between) of which at least MIN_LINES start with a
    year ("1816:", "1820 January 20:"); the line above is such a dated line or another such
    row (the splitter also needs a text not hard-wrapped, so each dated line is one entry).
    Where a document's entries start with a month or a day ("Jan. 1 …" / "Leader Kim skips
    …"), the line below tells more of the same day and is not one of these. Second: those
    of runs made of year lines and such rows only (a list, however long its lines)."""
    if len(pattern.dated) < DocumentPattern.MIN_LINES:
        return set(), set()
    # (cheap first: a dated line that starts with a digit and an undated text line below it;
    # most documents have none)
    dated = pattern.dated

    def capital_below(number: int) -> bool:  # (or below a line carrying its text on)
        below = lines[number][:1]
        if below.isupper() or below.isdigit():
            return True
        return (
            (below in "([" or below.islower())
            and number + 1 < len(lines)
            and number + 2 not in dated
            and lines[number + 1][:1].isupper()
        )

    if not any(
        number < len(lines)
        and number + 1 not in dated
        and capital_below(number)
        and lines[number - 1].lstrip()[:1].isdigit()
        for number in dated
    ):
        return set(), set()
    rows: set[int] = set()
    listed: set[int] = set()  # rows of a run that is a list of rows only
    run: list[int] = []  # indexes of one run of non-blank lines

    def read_run() -> None:
        year_lines = [
            i for i in run if i + 1 in pattern.dated and YEAR_FIRST_ROW.match(lines[i]) is not None
        ]
        if len(year_lines) < DocumentPattern.MIN_LINES:
            return
        found: set[int] = set()
        # (a list that ends no line with a sentence's end, "1503  Sten Sture dör i Jönköping"
        # / "Svenskarna inleder en belägring" / "1504  …": each line one item, as a reader
        # takes a list written without full stops; a row may open with a figure, "1 tunna …")
        # (and none of its undated lines opens in lower case, "transportation of prisoners"
        # under "1776: … colonies to": a text wrapped at a width carries its items on)
        ended = sum(1 for i in run if SENTENCE_END.search(lines[i].rstrip()))
        carried = any(i + 1 not in pattern.dated and _carries_on(lines[i].strip()) for i in run)
        bare = not ended and not carried
        # (a slide's list where few lines end a sentence, "1806 Britain colonizes South Africa"
        # / "First Anglo-Boer War over …" / … / "1948 The National Party wins …" / "It is from
        # the election of 1948, that … by centuries.": its undated lines without a sentence's
        # end are its items, one that ends a sentence is a remark on the line above)
        mostly_bare = not carried and 0 < ended * MOSTLY_BARE <= len(run)
        head_years: dict[int, int | None] = {}  # (the year of each row's dated line)
        # (lines that carry a year line's text on, "(unification des phénomènes …)." under
        # "1873 James Clerk Maxwell : lois générales …": the row may come below them)
        carrying: set[int] = set()
        for position, i in enumerate(run[1:-1], 1):
            above = run[position - 1]
            text = lines[i].strip()
            if (
                i + 1 not in pattern.dated
                and (above in year_lines or above in found or above in carrying)
                and carries_text_on(text)
                and not _is_bulleted(lines[i])
            ):
                carrying.add(i)
                head_years[i] = head_years.get(above) if above in head_years else None
                continue
            opening = text.lstrip(OPENING_QUOTES)[:1]  # ('"Blue Train" is …')
            ends = SENTENCE_END.search(text) is not None
            head_year = (
                head_years.get(above)
                if above in found or above in carrying
                else _year_opening(lines[above])
            )
            if (
                i + 1 not in pattern.dated
                # ("In 1814, the council …" under "1648: …": a date of its own, in its opening)
                and not _opens_with_another_year(text, head_year)
                and (opening.isupper() or ((bare or mostly_bare) and opening.isalnum()))
                and (bare or (not ends if mostly_bare else ends))
                and (above in year_lines or above in found or above in carrying)
                and not _is_bulleted(lines[i])
                # ("What are the functions of the board?" over "* Setting …" bullets: a
                # question that heads the list below it, never an event of the year above)
                and not (text.endswith("?") and _is_bulleted(lines[run[position + 1]]))
                # ("From 1776 – Loyalist refugees …" under "1774 – …": a date of its own
                # before its separator, never an event of the year above)
                and UNREAD_DATE_OPENING.match(text) is None
            ):
                found.add(i)
                head_years[i] = head_year
        rows.update(i + 1 for i in found)
        if bare or mostly_bare:
            listed.update(i + 1 for i in found)
            return
        alone = sum(1 for i in year_lines if i + 1 not in found)  # (year lines with no row)
        if 2 * alone >= len(year_lines) and all(
            i in year_lines or i in found or _one_line_row(lines, i, pattern) for i in run[:-1]
        ):
            # (every line of the run a year's row or one of these, most year lines with none:
            # a list of rows, no paragraph wrapped at a width, however long its lines; a row
            # under every year line reads as each entry's second line)
            listed.update(i + 1 for i in found)

    for index, line in enumerate(lines):
        if line.strip():
            run.append(index)
        elif run:
            read_run()
            run = []
    if run:
        read_run()
    return rows, listed


def _year_opening(line: str) -> int | None:
    """The year written by the date that opens a line ("1648: …" → 1648), or None."""
    opened = _date_opening(line)
    return _written_year(opened) if opened is not None else None


def _opens_with_another_year(text: str, year: int | None) -> bool:
    """Whether an undated line opens its sentence with a date of a year other than ``year``
    ("In 1814, the council …", "On 3 May 1820, …"): an event of its own date, never one of
    the date above."""
    if text[:1] not in "IBDSUFTENLO":
        return False
    on = ON_DATE.match(text)
    opened = ENTRY_START.match(text, on.end()) if on is not None else None
    if opened is None or not dates.has_year(opened):
        opened = _opening_year_date(text)
    return opened is not None and _written_year(opened) not in (None, year)


def _one_line_row(lines: Sequence[str], index: int, pattern: DocumentPattern) -> bool:
    """Whether a line of a run is a dated line, or one sentence (or more) of its own
    directly below a dated line: a capital, a sentence's end ("Dec 12 The French ship …
    (Reed, 1979)" / "The ship leaves New Zealand, after … the end of December."). A run of
    such lines only is a list of rows, however long its lines, never a text wrapped at a
    width (whose lines run on below undated lines, or end no sentence)."""
    if index + 1 in pattern.dated:
        return True
    text = lines[index].strip()
    return (
        index > 0
        and index in pattern.dated  # (the line above, numbered from 1)
        and text.lstrip(OPENING_QUOTES)[:1].isupper()
        and SENTENCE_END.search(text) is not None
    )


# "1 tunna mjöd kostar …", "3 ships lost": a count opening a line, no date (no month after it)
FIGURE_OPENING = re.compile(r"\d{1,3}[ \t]+[^\W\d_]+")


def _carries_on(text: str) -> bool:
    """Whether an undated line opens as a sentence's later words do: in lower case, not
    with an abbreviation ("f.d. kung Hans …", "z.B."), nor with a count that is no date
    ("1 tunna mjöd …" opens an item; "12 March …" and "1960s" are dates, no count)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first[:1].isdigit():
        return FIGURE_OPENING.match(text) is None or dates.find_date(text) is not None
    return first[:1].islower() and "." not in first.rstrip(".,;:")


def carries_text_on(text: str) -> bool:
    """Whether an undated line carries the text above on: it opens as a sentence's later
    words do (_carries_on) or with a bracket ("(unification des phénomènes …).")."""
    return text[:1] in "([" or _carries_on(text)


# the quotation marks a sentence may open with ('"For The Sake Of Mankind" wird …')
OPENING_QUOTES = "\"“„«‘'"


def _own_years_of_rows(lines: Sequence[str], rows: set[int]) -> dict[int, str]:
    """Those rows of _rows_of_the_year_above (line numbers) whose first sentence names a
    year of its own, the only year it names, that falls between the year of the year line
    above and that of the next one below (the document's order), in a document whose year
    lines are sentences that open with their year (at least MIN_LINES): the row's year ("1984
    nehmen ARTCH ein Demo auf" / "Mit einem neuen Sänger kommt 1986 das zweite Demo." /
    "1988 erscheint …": an event of 1986, never of 1984). A year out of that order ("… as
    in 1975") names another time and leaves the row the year above's."""
    own: dict[int, str] = {}
    if not rows:
        return own
    years = {
        index + 1: int(found.group()[-4:].strip())
        for index, line in enumerate(lines)
        if (found := YEAR_FIRST_ROW.match(line)) is not None
    }
    # (only where the year lines are sentences that open with their year, "1984 nehmen
    # ARTCH …", "1961 opens the shop …": a prose chronology, whose rows are sentences too)
    prose = sum(1 for n in years if lines[n - 1].lstrip()[4:].lstrip(" ,")[:1].islower())
    if prose < DocumentPattern.MIN_LINES:
        return own
    for number in sorted(rows):
        text = lines[number - 1].strip()
        end = FIRST_SENTENCE_END.search(text)
        named = set(YEAR_IN_SENTENCE.findall(text[: end.start() if end else len(text)]))
        if len(named) != 1:
            continue
        above = max((n for n in years if n < number), default=None)
        below = min((n for n in years if n > number), default=None)
        if above is None:
            continue
        year, first = int(next(iter(named))), years[above]
        last = years[below] if below is not None else None
        if year == first:
            continue
        fits = year > first if last is None else min(first, last) <= year <= max(first, last)
        if fits:
            own[number] = str(year)
    return own


# "Apr-0000: …", "Sept 31 – …", "Foo-2020: …": a word and a number opening a line before a
# separator, a date's shape the importer did not read (never an undated sentence)
UNREAD_DATE_OPENING = re.compile(
    rf"[^\W\d_]{{3,9}}\.?[-/ ]?\d{{1,5}}(?:st|nd|rd|th)?\s*(?:[:;]|[{_DASH_CHARS}]\s)"
)


def _events_of_the_date_above(
    lines: Sequence[str], pattern: DocumentPattern
) -> tuple[set[int], set[int]]:
    """The numbers of the lines that are other events of the day (or month) above, in a
    list written one entry a line ("March 1: Russia hits a TV tower …" / "A US official
    says a miles-long column …" / "March 2: …"): an undated line, not bulleted and not
    indented under the date, that starts with a capital and ends a sentence, directly under such a
    dated line or another such line (no blank line between), where that line ended its
    sentence. The README's rule of undated lines under a dated line, read for every
    precision (_rows_of_the_year_above reads it for years): a user's line is an event, never
    dropped. Only in a document of at least MIN_LINES dates with their text on their line,
    at least MIN_LINES of them in one run of lines (no blank between: a list one entry a
    line, not entries a paragraph each), and fewer than MIN_LINES dates alone (a date alone
    over paragraphs is another layout: there the paragraphs tell more of the same event).
    Second: those of a list of such lines only (see _listed), read so however long the line
    above."""
    if pattern.alone >= pattern.MIN_LINES:
        return set(), set()
    days = {
        number
        for number, form, _, month, _ in pattern.starts
        if form != "alone" and month is not None and pattern.writes(form)
    }
    if pattern.reads_day_items():  # ("Dia 13: André Ventura …" under "JANEIRO": a day too)
        days |= pattern.day_item_lines
    if pattern.year_openers >= pattern.MIN_LINES:
        # ("• In January 2010 Tony Blair …", "In May 2014 Sir John disclosed …" / "It had
        # been argued …": items that open their sentence with their month, bulleted or not)
        days |= {
            number
            for number, line in enumerate(lines, 1)
            if line.lstrip(BULLET_SIGNS)[:1] in "IBDSUFTENL"
            and (opened := _opening_year_date(line.lstrip(BULLET_SIGNS))) is not None
            and _written_month(opened) is not None
        }
    if len(days) < pattern.MIN_LINES:
        return set(), set()
    # (a list one entry a line: a run of lines with no blank between holding at least
    # MIN_LINES of them; entries that are paragraphs apart tell more of one event below it)
    in_lists: set[int] = set()
    run: list[int] = []
    for number in range(1, len(lines) + 2):
        if number <= len(lines) and lines[number - 1].strip():
            if number in days:
                run.append(number)
            continue
        if len(run) >= pattern.MIN_LINES:
            in_lists.update(run)
        run = []
    dated = set(days)  # (a dated line is never a row of the one above)
    days &= in_lists
    rows: set[int] = set()
    # (each dated line's own day, "YYYY-MM-DD", where it writes one whole)
    own_days = {
        number: f"{year:04d}-{month:02d}-{day:02d}"
        for number, _, year, month, day in pattern.starts
        if year is not None and month is not None and day is not None
    }
    for number in sorted(days):  # (1-based: lines[number - 1] is the dated line)
        above = lines[number - 1].strip()
        if YEAR_FIRST_ROW.match(above):
            continue  # ("1820 January 20: …": a year table's row, see there)
        entry_day = {own_days[number]} if number in own_days else set()
        index = number  # (0-based: the line below the dated one)
        margin = len(lines[number - 1]) - len(lines[number - 1].lstrip())
        head_year = _year_opening(lines[number - 1])
        while index < len(lines):
            text = lines[index].strip()
            if (
                not text
                or index + 1 in pattern.dated
                or index + 1 in dated
                # ("On 3 May 1820, …" under "March 1: …" of 1819: a date of its own)
                or _opens_with_another_year(text, head_year)
                or not text[:1].isupper()
                # ("Apr-0000: …", "Dec 9999: …": a date the importer does not read, no sentence)
                or UNREAD_DATE_OPENING.match(text) is not None
                or SENTENCE_END.search(text) is None
                or SENTENCE_END.search(above) is None
                or ABBREVIATION_END.search(above) is not None
                or _is_bulleted(lines[index])
                # (indented under the date: a hanging indent carries the entry's text on)
                or len(lines[index]) - len(lines[index].lstrip()) > margin
                # ("Printed 2003-05-01." under a log's last day: a line that names a whole
                # day of its own is no other event of the day above, as the README's rule
                # says; it is reported)
                or (DIGIT.search(text) is not None and bool(_whole_days(text) - entry_day))
            ):
                break
            rows.add(index + 1)
            above, index = text, index + 1
    return rows, _listed(lines, days, rows)


def _listed(lines: Sequence[str], dated: set[int], rows: set[int]) -> set[int]:
    """Those ``rows`` (line numbers) that stand in a run of lines (no blank between) made of
    ``dated`` lines and rows only, where at least half the dated lines have no row below:
    a list one entry a line, however long its lines, no paragraph wrapped at a width (a
    row under every dated line reads as each entry's second line)."""
    listed: set[int] = set()
    run: list[int] = []
    for number in range(1, len(lines) + 2):
        if number <= len(lines) and lines[number - 1].strip():
            run.append(number)
            continue
        heads = [n for n in run if n in dated]
        alone = sum(1 for n in heads if n + 1 not in rows)
        # (from the run's first dated line: the lines above it introduce the list, "Take a
        # look back at how we got here:")
        run = run[run.index(heads[0]) :] if heads else run
        if heads and 2 * alone >= len(heads) and all(n in dated or n in rows for n in run):
            listed.update(n for n in run if n in rows)
        run = []
    return listed


def _hanging_indent_starts(lines: Sequence[str]) -> set[int]:
    """The numbers of the lines at the margin in a text that wraps its items with a hanging
    indent ("Ted Williams … highest paid" / "     baseball player at $125,000 a year." /
    "The FBI issues …"): there each line at the margin starts an item, and only the
    indented lines carry one on. Only where at least MIN_LINES indented lines follow a
    line at the margin; else none (the layout decides nothing)."""
    margin: set[int] = set()
    hanging = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if line[:1] not in " \t":
            margin.add(index + 1)
        elif index > 0 and lines[index - 1].strip() and lines[index - 1][:1] not in " \t":
            hanging += 1
    return margin if hanging >= DocumentPattern.MIN_LINES else set()


CATEGORY_LABEL = "a category label under the date"


CAPTION_WITH_YEAR = re.compile(rf"^\s*[A-Z][^.!?:]{{2,120}}\((?:c\.\s*)?{_YEAR}s?\)\s*$")


def _captions_under_dates(lines: Sequence[str], pattern: DocumentPattern) -> dict[int, str]:
    """The numbers of the lines between a date alone on its line and its text that are no
    part of the entry, with the reason: a photo caption ("May 17" / "Korean officers in a
    field (1951)" / "The offensive begins."): a line with no sentence end that ends on a year
    in brackets, directly below a date alone and followed by a sentence; and an
    encyclopedia's category label ("May 23, 1701" / "The Law" / "Captain Kidd Hanged" / the
    paragraph): a short line with no sentence end that stands among the first lines under
    at least MIN_LINES dates alone, each time the same words, with the short lines above it
    under the date (an image's caption, "Simcoe, John Graves"); never over bulleted items
    (a title of a day's items). Only where the document writes its dates alone (at least
    MIN_LINES)."""
    alone = [number for number, form, *_ in pattern.starts if form == "alone"]
    if len(alone) < pattern.MIN_LINES:
        return {}
    captions: dict[int, str] = {}
    under: dict[int, list[int]] = {}  # each date's first lines below it, up to the next date
    for number in alone:
        below = range(number + 1, min(number + 8, len(lines)) + 1)
        texts = []
        for n in below:
            if n in pattern.dated:
                break
            if lines[n - 1].strip():
                texts.append(n)
        under[number] = texts[:4]
        texts = texts[:2]
        if len(texts) < 2:
            continue
        caption, text = lines[texts[0] - 1], lines[texts[1] - 1].strip()
        if CAPTION_WITH_YEAR.match(caption) and SENTENCE_END.search(text):
            captions[texts[0]] = "photo caption"
    counts: dict[str, int] = {}
    for number, texts in list(under.items()):
        if any(_is_bulleted(lines[n - 1]) for n in texts):  # (a title over a day's bullets)
            del under[number]
            continue
        for n in texts[:-1]:  # (the last line may be the text itself)
            short = lines[n - 1].strip()
            if len(short.split()) > CATEGORY_WORDS or SENTENCE_END.search(short):
                continue
            if layout_kind(short) is None:  # ("Continue Reading": the page's furniture)
                counts[short] = counts.get(short, 0) + 1
    categories = {short for short, count in counts.items() if count >= pattern.MIN_LINES}
    if not categories:
        return captions
    # (once the document shows its labels, a rarer one repeated under two dates is one too)
    categories |= {short for short, count in counts.items() if count >= 2}
    for texts in under.values():
        at = next((k for k, n in enumerate(texts[:-1]) if lines[n - 1].strip() in categories), None)
        if at is None:
            continue
        captions[texts[at]] = CATEGORY_LABEL
        for n in texts[:at]:
            short = lines[n - 1].strip()
            if len(short.split()) <= ITEM_TITLE_WORDS and not SENTENCE_END.search(short):
                captions[n] = "an image's caption under the date"
    return captions


CAPTION_TWICE_WORDS = (3, 15)  # the fewest and most words of a caption written twice at the margin


def _captions_twice_at_the_margin(lines: Sequence[str], pattern: DocumentPattern) -> dict[int, str]:
    """The numbers of the lines an image's caption takes, written twice at the margin one
    directly under the other (its alternative text and its caption, as _captions_written_twice
    reads them indented a paragraph apart: "• 1410 – The town burned." / "View of the harbour
    (about 1900)" / "View of the harbour (about 1900)" / "• 1420 – …"), with the reason: two
    equal lines of a few words (CAPTION_TWICE_WORDS), no bullet and no date opening them, no
    blank line between, not right under a date alone (a text the page wrote twice: "1280" /
    "The town mints coins." / "The town mints coins.", that date's text), in a document of
    dated entries. Never an entry's text."""
    captions: dict[int, str] = {}
    if len(pattern.dated) < pattern.MIN_LINES:
        return captions
    fewest, most = CAPTION_TWICE_WORDS
    alone = {number for number, form, *_ in pattern.starts if form == "alone"}
    for number in range(1, len(lines)):
        text = lines[number - 1].strip()
        if not text[:1].isalpha() or text != lines[number].strip() or number in pattern.dated:
            continue
        if number - 1 in alone:  # ("1280" / "The town mints coins." twice: the date's text)
            continue
        if not fewest <= len(text.split()) <= most or _is_bulleted(lines[number - 1]):
            continue
        captions[number] = captions[number + 1] = "an image's caption, written twice"
    return captions


# "1962" / "8" / "6": a year alone on its line, then its month and day as bare numbers, each
# on its own line (a web page's date box, year first)
BARE_YEAR = re.compile(r"(?:1[0-9]|20)\d\d")
BARE_NUMBER = re.compile(r"\d{1,2}")


def _month_and_day_numbers_under_years(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """A page's date boxes written as bare numbers, year, month and day each on its own
    line, over a paragraph that opens with the same year ("1962" / "8" / "6" / "" / "1962.
    As it happened …", "1494" / "5" / "4" / "1494The island …"): the paragraph's opening year
    written as the whole date ("6 August 1962. As it happened …"), the numbers' lines blank
    (listed, by index: their words). Only a month from 1 to 12 and a day of that month, right
    under the year, and only where the next line with text opens with that year alone (not
    a span, "1972-76.", nor a longer number): a page number under a year's heading, or a
    count, stays as it is."""
    written, numbers = lines, {}
    for index, line in enumerate(lines[:-1]):
        year = line.strip()
        if len(year) != 4 or BARE_YEAR.fullmatch(year) is None:
            continue
        taken = []
        for below in (index + 1, index + 2):
            if below < len(lines) and BARE_NUMBER.fullmatch(lines[below].strip()):
                taken.append(below)
            else:
                break
        if not taken:
            continue
        month = int(lines[taken[0]].strip())
        day = int(lines[taken[1]].strip()) if len(taken) > 1 else None
        if not 1 <= month <= 12 or (
            day is not None and not 1 <= day <= dates.days_in_month(int(year), month)
        ):
            continue
        paragraph = next((n for n in range(taken[-1] + 1, len(lines)) if lines[n].strip()), None)
        if paragraph is None:
            continue
        opening = lines[paragraph].lstrip()
        rest = opening[4:]
        if opening[:4] != year or rest[:1].isdigit() or rest[:2].strip()[:1] in ("-", "–", "/"):
            continue
        when = f"{MONTH_NAMES[month - 1]} {year}"
        when = when if day is None else f"{day} {when}"
        if written is lines:
            written = list(lines)
        glued = rest[:1].isalpha()
        written[paragraph] = f"{when}: {rest}" if glued else f"{when}{rest}"
        for below in taken:
            numbers[below] = lines[below].strip()
            written[below] = ""
    return written, numbers


# "- Janeiro", "Março", "• February", "MAYO", "Juli 2019", "Abril de 2018": a month's name
# alone on its line (a list's mark perhaps before it, its year perhaps after it)
MONTH_HEADING = re.compile(
    r"[ \t]*(?P<mark>[-–•*][ \t]+)?(?P<month>[^\W\d_]{3,9})\.?"
    r"(?:,?[ \t]+(?:de[ \t]+)?(?P<year>(?:1[0-9]|20)\d\d))?[ \t]*:?[ \t]*"
)
ITEM_OPENING = re.compile(r"[\"“„«‘'(]?(?:[^\W\d_]|\d)")
MONTH_HEADING_ITEMS = 2  # (items under one heading at least, in at least two sections)


def _month_heading(line: str) -> int | None:
    """The month a line names alone (see MONTH_HEADING), or None."""
    found = MONTH_HEADING.fullmatch(line)
    if found is None:
        return None
    word = found["month"].lower()
    if word not in dates.FOREIGN_MONTHS and word not in dates.MONTHS:
        return None
    return dates.month_number(word)


def _month_item(line: str) -> bool:
    """A line that may be one item of a month's list: text at the margin that opens with a
    capital, a number or a quotation mark (no hard-wrapped sentence carried on in lower
    case), no list mark of its own and no date more precise than a year opening it."""
    stripped = line.strip()
    if not stripped or line[:1] in " \t" or _is_bulleted(line):
        return False
    opening = ITEM_OPENING.match(stripped)
    if opening is None or opening.group()[-1:].islower():
        return False
    dated = ENTRY_START.match(stripped)
    return dated is None or _written_month(dated) is None


def _items_under_month_headings(lines: list[str]) -> list[str]:
    """ "- Janeiro" / "2018 começa com a decisão …" / "Imbróglio da posse …" / "Justiça do
    RJ concede …" / "- Fevereiro" / …: a review of a year whose months are headings alone on
    their lines (at least MIN_LINES of them, their months in order, oldest or newest first),
    each over a list of one-line items that lost their marks, directly below it up to a blank
    line or the next heading. A reader sees each line an event of the month above, as the
    README reads bare items under a day (_bare_items_under_dates): the lines are written
    bulleted. Only where at least two headings hold MONTH_HEADING_ITEMS items or more (one
    may hold one), and each list's lines open as items do (see _month_item) with at least
    half of them ending a sentence (a paragraph hard-wrapped under its month carries its
    sentences on in lower case, or ends few lines with one). A month's name that is a name
    too ("Abril", "Mars", "Mayo"), alone in its capital, is read so among the other
    headings: it is written in capitals, as the date grammar reads a month's heading
    ("ABRIL")."""
    headings = {
        index: month
        for index, line in enumerate(lines)
        if len(line) < 30 and (month := _month_heading(line)) is not None
    }
    if len(headings) < DocumentPattern.MIN_LINES:
        return lines
    order = [headings[index] for index in sorted(headings)]
    if order != sorted(set(order)) and order != sorted(set(order), reverse=True):
        return lines  # (months out of order: no year's review)
    sections: dict[int, list[int]] = {}
    for index in headings:
        items: list[int] = []
        below = index + 1
        while below < len(lines) and lines[below].strip() and below not in headings:
            items.append(below)
            below += 1
        sections[index] = items
    listed = {
        index: items
        for index, items in sections.items()
        if items
        and all(_month_item(lines[item]) for item in items)
        and 2 * sum(1 for item in items if SENTENCE_END.search(lines[item].strip())) >= len(items)
    }
    if sum(1 for items in listed.values() if len(items) >= MONTH_HEADING_ITEMS) < 2 or any(
        items and index not in listed for index, items in sections.items()
    ):
        return lines  # (some months' lines are paragraphs: another layout)
    written = list(lines)
    for index in headings:
        found = MONTH_HEADING.fullmatch(lines[index])
        if found is not None and found["month"].lower() in dates.FOREIGN_MONTHS_ALSO_WORDS:
            written[index] = lines[index].replace(found["month"], found["month"].upper(), 1)
    for items in listed.values():
        for item in items:
            written[item] = f"• {lines[item].strip()}"
    return written
