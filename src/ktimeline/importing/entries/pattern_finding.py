"""Finding a document's pattern (find_pattern).

A first look at every line: the shapes its clear entries take, their separators and
their order.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET, BULLET_SIGNS, DAY_ITEM, DECORATION
from ktimeline.importing.entries.date_reading import _written_month, _written_year
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    BARE_SHORT_YEAR,
    ENTRY_START,
    ITEM_BREAK,
    SHORT_YEAR_DOT,
    SHORT_YEAR_ENTRY,
    SIGNED_YEAR,
    SIGNED_YEAR_INSIDE,
    TINY_YEAR_ENTRY,
    WEEKDAY_LEAD,
    WEEKDAY_STARTS,
    short_year_number,
    short_year_unknown_digits,
)
from ktimeline.importing.entries.furniture import DIGIT, SENTENCE_END, TIME_ITEM, normalise
from ktimeline.importing.entries.pattern import (
    DocumentPattern,
    _month_word_in_sentence,
    _separator_kind,
)
from ktimeline.importing.entries.run_together import RUN_TOGETHER_LENGTH, _years_run_together
from ktimeline.importing.entries.starts import (
    FIGURE_AFTER,
    FIRST_SENTENCE_END,
    LABEL_WORDS,
    NO_COMMA_OPENERS,
    ON_DATE,
    YEAR_OPENER,
    _comma_after,
    _opening_year_date,
    clock_alone_after,
    clock_then_text,
    odd_sign,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence


# how far into its first sentence a prose paragraph names its year ("Ende 1922 wurde …",
# "Der Kassenbericht 1922 ging …": the fourth word at most) and how long that sentence is
PROSE_YEAR_WORDS, PROSE_SENTENCE_WORDS = 4, 6


# the dates such a paragraph is dated by: a year, a month of a year ("In March 1982 the …"), a
# decade ("In the 1960s the …"); never a day (see DocumentPattern.on_dates)
PROSE_SHAPES = frozenset(["year", "month-year", "decade"])


def _prose_year(line: str) -> re.Match[str] | None:
    """The date a prose paragraph's first line is dated by: the first year its first
    sentence names, among that sentence's first words (PROSE_YEAR_WORDS), read as a year, a
    month or a decade (PROSE_SHAPES), the sentence at least PROSE_SENTENCE_WORDS long ("Ende
    1922 wurde die erste Begradigung vorgenommen.", "In the 1960s the town …"); a year later
    in it is text ("During the 1970s the mills closed, the last in 1979."); else None."""
    end = FIRST_SENTENCE_END.search(line)
    sentence = line[: end.start()] if end is not None else line
    if len(sentence.split()) < PROSE_SENTENCE_WORDS:
        return None
    named = list(YEAR_IN_SENTENCE.finditer(sentence))  # (a year later in it is text)
    if not named or len(line[: named[0].start()].split()) >= PROSE_YEAR_WORDS:
        return None
    if FIGURE_AFTER.match(line, named[0].end()):  # ("In 1500 metres, the …": a figure)
        return None
    at = named[0].start()
    match = ENTRY_START.match(line, at) if dates.date_candidate().match(line, at) else None
    for candidate in dates.date_candidates(line[:at]):  # ("MARCH 4, 1801 Thomas …": a day's;
        wider = ENTRY_START.match(line, candidate.start())  # "Late 1962 the …": a year's)
        if wider is not None and wider.end() > at:
            match = wider
            break
    if match is None or dates.date_shape(match) not in PROSE_SHAPES:
        return None
    return match


def _opens_paragraph(lines: Sequence[str], above: int) -> bool:
    """Whether the line below ``above`` (an index; -1 at the top) opens a paragraph: a blank
    line above it, or a heading (a few words ending no sentence, "Sportlich geht’s voran")."""
    if above < 0 or not lines[above].strip():
        return True
    heading = lines[above].strip()
    return (
        len(heading.split()) <= LABEL_WORDS
        and SENTENCE_END.search(heading) is None
        and not (heading[-1:] in ":,;" or DIGIT.search(heading))
    )


def find_pattern(
    lines: Sequence[str], first_number: int = 1, broken: bool = False
) -> DocumentPattern:
    """The document's own pattern (see DocumentPattern), from a first look at every line
    (``first_number`` is the number of the first of them; ``broken``: whether a line holds
    a list's items broken apart by ITEM_BREAK)."""
    pattern = DocumentPattern()
    previous_alone: str | None = None  # the shape of a date alone on the line before
    on_starts: list[tuple[int, str, int | None, int | None, int | None]] = []  # "On Sept. 14,"
    year_paragraphs: list[tuple[int, str, int | None, int | None, int | None]] = []  # "In 1871,"
    prose_years: list[tuple[int, str, int | None, int | None, int | None]] = []  # "Ende 1922 …"
    unbulleted_openers: set[int] = set()  # "In June 2009 the …" with no bullet (see below)
    open_decades: dict[int, int] = {}  # by line: a "1900s" the words leave open (see below)
    # the starts with the day of each, a year written or not: their order (see _order_of)
    ordered: list[tuple[int, str, int | None, int | None, int | None]] = []
    unread_years: set[int] = set()  # by line: an ISO day's year not read ("0800-01-01")
    numbered: Iterable[tuple[int, str]] = enumerate(lines, first_number)
    if broken:  # (a list run together, see _list_run_together)
        numbered = [(n, piece) for n, line in numbered for piece in line.split(ITEM_BREAK)]
    for number, raw in numbered:
        line = normalise(raw).strip()
        if not line:
            continue
        if len(line) > RUN_TOGETHER_LENGTH and _years_run_together(line):
            pattern.run_together.add(number)
        if SIGNED_YEAR_INSIDE.search(line) is not None:
            pattern.signed_years_inside += 1
        if line[:1] in "-−" and (signed := SIGNED_YEAR.match(line)) is not None:
            pattern.signed_line_years.append(int(signed["year"]))
        unbulleted = line.lstrip(BULLET_SIGNS)
        day_first = unbulleted[:1].isdigit() or unbulleted[:1] in "DT"  # ("Dia 7:", "Tanggal 7:")
        day_item = DAY_ITEM.match(unbulleted) if day_first else None
        if day_item is not None and _whole_day_first_date(unbulleted):
            day_item = None  # ("1. Januar 1946 Schaffung …": a whole date, no day of a heading)
        if day_item is not None:
            pattern.day_items.append(int(day_item["d1"]))
            pattern.day_item_lines.add(number)
        head = DECORATION.match(line)
        body = line[head.end() :] if head else line
        weekday = WEEKDAY_LEAD.match(body) if body[:3].lower() in WEEKDAY_STARTS else None
        body = body[weekday.end() :] if weekday else body
        on = ON_DATE.match(body)
        if on is not None:
            opened = ENTRY_START.match(body, on.end())
            comma = opened is not None and (
                _comma_after(opened) or body.startswith(NO_COMMA_OPENERS)
            )
            if opened is not None and comma and dates.has_day(opened):
                pattern.on_dates += 1
                _note_numeric_order(pattern, opened)  # ("On 10/16/25, …": the month first)
                month = _written_month(opened)
                on_starts.append((number, "on", _written_year(opened), month, _day_of(opened)))
        if head and body[:1] in "IBDSUFTENL" and BULLET.match(line):
            opener = YEAR_OPENER.match(body)
            opened = ENTRY_START.match(body, opener.end()) if opener else None
            if opened is not None and dates.has_year(opened) and not dates.has_day(opened):
                pattern.year_openers += 1
        elif (
            not head
            and not broken
            and raw[:1] == line[:1]
            and _unbulleted_opener(lines, number - first_number, line)
        ):
            unbulleted_openers.add(number)
        if not head and line[:3] in ("In ", "By ") and not broken and raw[:1] == line[:1]:
            # "In 1871, Idestam …" a paragraph at the margin after a blank line, unbulleted
            opened = ENTRY_START.match(line, 3)
            above = number - first_number - 1
            paragraph = above < 0 or not lines[above].strip()
            if (
                opened is not None
                and paragraph
                and _comma_after(opened)
                and dates.has_year(opened)
                and not dates.has_day(opened)
            ):
                year = _written_year(opened)
                year_paragraphs.append((number, "in", year, _written_month(opened), None))
        if not head and not broken and line[:1].isupper() and raw[:1] == line[:1]:
            above = number - first_number - 1
            if _opens_paragraph(lines, above) and (prose := _prose_year(line)) is not None:
                prose_years.append((number, "in", _written_year(prose), None, None))
        short = SHORT_YEAR_ENTRY.match(body) if body[:1].isdigit() else None
        if short is not None and not short_year_unknown_digits(short):  # ("5xx": no evidence)
            kind = " - " if short["loose"] else _separator_kind(short["sep"])
            pattern.short_years.append((kind, short_year_number(short)))
            if any(year is not None and year >= 1000 for _, _, year, *_ in pattern.starts):
                pattern.short_years_after_full += 1
        elif body[:1].isdigit() and (tiny := TINY_YEAR_ENTRY.match(body)) is not None:
            pattern.tiny_years.append((_separator_kind(tiny["sep"]), int(tiny["year"])))
        elif body[:1].isdigit() and (bare_short := BARE_SHORT_YEAR.match(body)) is not None:
            pattern.bare_short_years.append(int(bare_short["year"]))
            if bare_short["last"] and len(bare_short["last"]) == 3:
                # ("324-330 Bizans kralı …": a span writes two of the list's years, as two
                # such lines would)
                pattern.bare_short_spans += 1
        if line[:1].isdigit() and (dotted := SHORT_YEAR_DOT.match(line)) is not None:
            pattern.dotted_short_years.append(int(dotted["year"]))
        if line[:1].isdigit() and TIME_ITEM.match(line) is not None:
            pattern.time_items += 1  # ("10h30 • Horreur …": see _hour_line_starts)
        # (matched in the line, at the body's place: "▲ 2.25 = …" reads its item's sign)
        at = len(line) - len(body)
        match = ENTRY_START.match(line, at) if dates.date_candidate().match(body) else None
        if (
            match is not None
            and match["bare"] is not None
            and _month_word_in_sentence(match, dates.date_shape(match))
        ):
            match = None  # ("May tour cancelled": no date, see there)
        if match is not None or day_item is not None:
            pattern.dated.add(number)
        if match is None:
            if previous_alone is not None:
                pattern.alone += 1
                pattern.shapes[previous_alone] = pattern.shapes.get(previous_alone, 0) + 1
            previous_alone = None
            continue
        shape = dates.date_shape(match)
        if previous_alone is not None:
            kind = previous_alone
            pattern.headings[kind] = pattern.headings.get(kind, 0) + 1
        previous_alone = None
        if head and BULLET.match(line):
            pattern.bulleted += 1
            pattern.bulleted_lines.add(number)
        if clock_alone_after(match) or clock_then_text(match):
            pattern.hour_lines += 1  # ("April 25, 1986, 1 a.m.": counted as bare or odd too)
        if match["nosep"] is not None:
            previous_alone = shape
        elif match["bare"] is not None:
            pattern.bare[shape] = pattern.bare.get(shape, 0) + 1
        elif (sign := odd_sign(match)) is not None:
            pattern.odd[sign] = pattern.odd.get(sign, 0) + 1
        else:
            pattern.separated += 1
            pattern.shapes[shape] = pattern.shapes.get(shape, 0) + 1
            if (match["sep"] or "")[:1] in _DASH_CHARS and dates.has_day(match):
                pattern.dashed_days += 1
            elif (match["sep"] or "")[:1] in _DASH_CHARS and shape == "month":
                pattern.dashed_months += 1
            elif (match["sep"] or "").strip() == "." and dates.has_day(match):
                pattern.dotted_days += 1
            if shape in ("year", "years", "decade"):
                kind = _separator_kind(match["sep"] or "")
                pattern.year_separators[kind] = pattern.year_separators.get(kind, 0) + 1
        if shape == "years" and (only := dates.only_a_month(match)) is not None:
            pattern.iso_month_lines += 1
            pattern.iso_months_only += only
        if match["decade"] or match["edecade"]:
            pattern.decades.add(int(match["ya"] or match["yera2"]))
            if match["decade"] and dates.century_or_decade(int(match["ya"] or 0)) is None:
                open_decades[number] = int(match["ya"])
        _note_numeric_order(pattern, match)
        year, month = _written_year(match), _written_month(match)
        form = "alone" if match["nosep"] is not None else "sep"
        if match["bare"] is not None:
            form = f"bare:{shape}"
        elif odd_sign(match) is not None:
            form = f"odd:{odd_sign(match)}"
        yearless = year is None and month is not None  # (its day: for title_years only)
        full_day = _day_of(match)  # (the order's evidence, written years too)
        pattern.starts.append((number, form, year, month, full_day if yearless else None))
        ordered.append((number, form, year, month or _iso_month(match, shape), full_day))
        if year is None and shape == "ISO day":
            unread_years.add(number)
    order = _order_of(ordered, unread_years)
    if pattern.year_openers >= pattern.MIN_LINES:
        pattern.unbulleted_year_openers = unbulleted_openers
    if pattern.on_dates >= pattern.MIN_LINES and not pattern.starts:
        # "On Sept. 14, South Korea …" paragraphs, the only dated lines: their dates are the
        # document's starts (for its order, and for the year a title gives them)
        pattern.starts = ordered = on_starts
        order = _order_of(on_starts)
    elif len(year_paragraphs) >= pattern.MIN_LINES and not pattern.starts:
        # a narrative whose paragraphs open with their year ("In 1871, …", "By 1902, …"),
        # the only dated lines: each paragraph an entry of its year, its text whole
        pattern.starts = ordered = year_paragraphs
        pattern.year_paragraphs = len(year_paragraphs)
        order = _order_of(year_paragraphs)
    elif len(prose_years) >= pattern.MIN_LINES and {n for n, *_ in pattern.starts} <= {
        n for n, *_ in prose_years
    }:
        # the same, their year among the first sentence's first words ("Ende 1922 wurde die
        # erste …", "Der Kassenbericht 1922 ging …", "During 1991 the band …"): each such
        # paragraph an entry of its year, its text whole; a date inside the rest stays text
        # ("Late 1962 the lab …", read as a date and its text, is one of them too)
        pattern.starts = ordered = prose_years
        pattern.year_paragraphs = len(prose_years)
        pattern.prose_year_lines = {number for number, *_ in prose_years}
        order = _order_of(prose_years)
    pattern.mixed_order = _mixed(*_steps_of(ordered, unread_years))
    pattern.newest_first = order < -1 and not pattern.mixed_order
    pattern.forward_steps = 0 if pattern.newest_first else _forward_steps(ordered)
    pattern.decades_between = _decades_between(ordered, open_decades, pattern.newest_first)
    pattern.calendar_of_days = _calendar_of_days(ordered, pattern.MIN_LINES)
    return pattern


def _decades_between(
    starts: list[tuple[int, str, int | None, int | None, int | None]],
    open_decades: dict[int, int],
    newest_first: bool,
) -> set[int]:
    """The "1900s" and "2000s" of a document (a century or a decade, as the words alone do not
    tell) that its list's order settles as the decade: each written where the list's year before
    it is no later than the decade's first year, and the year after it at least ten years and
    less than a hundred later ("1895 - …" / "Early 1900s - White settlers …" / "1920 - …": a
    century would run past the entries below it). Every line writing that decade must be so
    placed, or it stays unsettled (reported, as the words alone leave it)."""
    years = [(number, year) for number, _, year, _, _ in starts if year is not None]
    settled: dict[int, bool] = {}
    for position, (number, year) in enumerate(years):
        if open_decades.get(number) != year:
            continue
        before = years[position - 1][1] if position > 0 else None
        after = years[position + 1][1] if position + 1 < len(years) else None
        if newest_first:
            before, after = after, before
        between = (
            before is not None
            and after is not None
            and before <= year
            and year + 10 <= after < year + 100
        )
        settled[year] = settled.get(year, True) and between
    return {year for year, between in settled.items() if between}


def _calendar_of_days(
    starts: list[tuple[int, str, int | None, int | None, int | None]], min_lines: int
) -> bool:
    """Whether a document's dated lines are a calendar of anniversaries ("1 I 1467 - …", "7 I
    1882 - …", "9 I 1797 - …", "1 II 1411 - …"): at least 2 × MIN_LINES of them write their
    day, month and year, their days run forward through the year (no step back of month or
    day) while their years step back at least MIN_LINES times and at least half as often as
    forward (a list in time's order never does). There the year of the
    line above says nothing of a day written without one ("6 I - Święto Trzech Króli")."""
    whole = [(year, month, day) for _, _, year, month, day in starts if year and month and day]
    if len(whole) < 2 * min_lines:
        return False
    back = forward = 0
    for (last_year, last_month, last_day), (year, month, day) in itertools.pairwise(whole):
        if (month, day) < (last_month, last_day):
            return False
        if year < last_year:
            back += 1
        elif year > last_year:
            forward += 1
    return back >= min_lines and 2 * back >= forward


def _unbulleted_opener(lines: Sequence[str], index: int, line: str) -> bool:
    """Whether a line at the margin with no bullet opens its sentence with "In", "By",
    "During" … and a date with its year but no day ("In June 2009 Prime Minister …"), the
    line above blank or ending its sentence or its list's announcement (a colon): in a list
    whose bulleted items open so (DocumentPattern.year_openers), an item whose bullet the page
    lost (see DocumentPattern.unbulleted_year_openers); never a hard-wrapped sentence's rest."""
    if _opening_year_date(line) is None:
        return False
    above = lines[index - 1].strip() if index > 0 else ""
    return not above or above[-1:] == ":" or SENTENCE_END.search(above) is not None


def _day_of(match: re.Match[str]) -> int | None:
    """The day of the month a date writes first ("June 12, 1994": 12, "JUNE 3RD": 3), or
    None; None too for a number no month has ("98 SEP 02": a log's two-digit year before
    its month, whose days would otherwise seem to run newest first)."""
    written = dates.date_parts(match).get("d1")
    day = dates.day_number(written) if written and written[:1].isdigit() else None
    return day if day is not None and day <= MAX_DAY else None


MAX_DAY = 31  # (the most days a month has)


def _forward_steps(starts: list[tuple[int, str, int | None, int | None, int | None]]) -> int:
    """How many of the starts that show an order unmistakably — two written years, two
    days of one month — step forward, when none steps back (else 0): "On June 12, 1994, …",
    "On June 17, …" is one. A month that steps back then may be a new year ("On Jan. 24, …":
    1995), as a reader reads an oldest-first list (YearContext weighs the steps); a month's
    step back alone says nothing (newest first, or a new year), so it is not counted."""
    forward = 0
    last: tuple[int | None, int | None, int | None] = (None, None, None)
    for _, _, year, month, day in starts:
        last_year, last_month, last_day = last
        if year is not None and last_year is not None and year != last_year:
            if year < last_year:
                return 0
            forward += 1
        elif month is not None and month == last_month and day and last_day and day != last_day:
            if day < last_day and (year is None or year == last_year):
                return 0
            forward += 1
        last = (year if year is not None else last_year, month, day)
    return forward


def _order_of(
    starts: list[tuple[int, str, int | None, int | None, int | None]],
    unread_years: Collection[int] = (),
) -> int:
    """The order find_pattern reads from a list of starts: > 0 forward, < 0 newest first."""
    forward, back = _steps_of(starts, unread_years)
    return forward - back


def _steps_of(
    starts: list[tuple[int, str, int | None, int | None, int | None]],
    unread_years: Collection[int] = (),
) -> tuple[int, int]:
    """How far a list of starts steps forward and back: a written year's step counts 2, a
    month's or a day's 1. A month's step between two lines of no written year reads a step of
    more than six months the other way (December, then January: a new year, oldest first);
    between two lines that write the same year it is what it says ("2019-03-04", then
    "2019-11-30": forward). So is it beside a line (of ``unread_years``) whose year is written,
    only not read: an ISO day before 1000 ("1066-10-14", then "0800-01-01": back), no day
    that writes no year."""
    forward = back = 0
    last_year: int | None = None
    last_written: int | None = None
    last_month: int | None = None
    last_day: int | None = None
    last_unread = False
    for number, _, year, month, day in starts:
        unread = number in unread_years
        step = 0
        if year is not None and last_year is not None and year != last_year:
            step = 2 if year > last_year else -2
        elif month is not None and last_month is not None and month != last_month:
            step = 1 if month > last_month else -1
            same_year = year is not None and year == last_written
            if abs(month - last_month) > 6 and not (same_year or unread or last_unread):
                step = -step
        elif (
            month is not None
            and month == last_month
            and day is not None
            and last_day is not None
            and day != last_day
        ):
            # "On June 12, 1994, …", "On June 17, …": days of one month show the order too
            # (two days of months not read say nothing: "2019-03-04", "2019-11-30")
            step = 1 if day > last_day else -1
        forward += max(step, 0)
        back += max(-step, 0)
        last_year = year if year is not None else last_year
        last_written, last_month, last_day, last_unread = year, month, day, unread
    return forward, back


def _iso_month(match: re.Match[str], shape: str) -> int | None:
    """The month of an ISO day ("2019-03-04": 3), which no word writes: its order's evidence."""
    if shape != "ISO day":
        return None
    month = dates.date_parts(match).get("m1")
    return int(month) if month and month.isdigit() else None


def _mixed(forward: int, back: int) -> bool:
    """Whether steps forward and back are both many, neither twice the other (six dates, three
    steps forward and two back): a list in no one order, neither oldest nor newest first."""
    return min(forward, back) >= 2 and 2 * min(forward, back) > max(forward, back)


def _whole_day_first_date(line: str) -> bool:
    """Whether a line opens with a whole day-first date, its month written in words and its
    year ("1. Januar 1946 Schaffung …", "5. September 1950 Erste …")."""
    found = ENTRY_START.match(line)
    return found is not None and dates.date_shape(found) == "day-month-year"


def _note_numeric_order(pattern: DocumentPattern, match: re.Match[str]) -> None:
    """The order a numeric day shows: "25/12/2019" the day first, "12/25/2019" the month."""
    if match["nd1"]:
        first_number, second_number = int(match["nd1"]), int(match["nd2"])
        if first_number > 12:
            pattern.numeric_orders.add("dmy")
        if second_number > 12:
            pattern.numeric_orders.add("mdy")


# a year written in a sentence ("… und 1986 wird ein weiteres Demo …"), not inside a number
YEAR_IN_SENTENCE = re.compile(r"(?<![\d.,/:-])(?:1[0-9]|20)[0-9]{2}(?![\d])")
