"""Headings, titles and a page's years.

Year and month headings, titles that give a page's year or span of years, a year said
in an introduction or counted back, a page's own date line.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET_SIGN, DECORATION, _is_bulleted
from ktimeline.importing.entries.date_reading import (
    _WRITTEN_YEAR,
    _date_at,
    _whole_date_at,
    _whole_days,
    _written_month,
    _written_year,
    _years_of_month,
    month_number,
)
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    _MONTH,
    _YEAR,
    BAD_SEPARATOR,
    BEFORE_COMMON_ERA_REASON,
    CHRONOLOGY_FROM,
    CHRONOLOGY_TITLE,
    ENTRY_START,
    FAR_YEAR_ENTRY,
    FOREIGN_MONTH,
    FRAMED_NUMBER,
    MARKDOWN_YEAR_TITLE,
    NEAR_DAY_FIRST,
    NEAR_ENTRY,
    OUTSIDE_YEARS,
    WEEKDAY_LEAD,
    YEAR_HEADING,
    YEAR_LABEL,
    YEAR_TITLE,
)
from ktimeline.importing.entries.furniture import (
    ABBREVIATION_END,
    AGENCY_DATELINE,
    DIGIT,
    ITEM_TITLE_WORDS,
    SENTENCE_END,
    TOP_LINES,
    normalise,
)
from ktimeline.importing.entries.pattern import INTRODUCTION, PAGE_DATE, TITLE, DocumentPattern
from ktimeline.importing.entries.results import SkippedLine
from ktimeline.importing.entries.starts import entry_starts
from ktimeline.model import MONTH_NAMES

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ktimeline.importing.entries.date_reading import Years
    from ktimeline.importing.entries.results import Entry, Split


def _near_entry(line: str) -> str | None:
    """Why a line that starts like a dated entry is not one, or None."""
    far = FAR_YEAR_ENTRY.match(line) if line[:1] in "3456789" else None
    if far is not None:  # ("3000: text"; "0800: text" may be a time of day: left)
        return (
            f"looks like an entry dated {far['year']}, but the year is outside the years a "
            "chronology's dates are read in (1000 to 2999)"
        )
    framed = FRAMED_NUMBER.match(line) if line[:1].isdigit() else None
    if framed is not None and not re.fullmatch(_YEAR, framed["year"]):
        return f"looks like a year's heading, but the year {framed['year']} {OUTSIDE_YEARS}"
    match = NEAR_ENTRY.match(line)
    if match is None and line[:1].isalnum() and (found := NEAR_DAY_FIRST.match(line)):
        month = found["word"] or found["month"]
        is_month = re.fullmatch(_MONTH, month, re.I) or re.fullmatch(FOREIGN_MONTH, month)
        if is_month and not re.fullmatch(_YEAR, found["year"]):
            return (
                f"looks like a dated entry, but the year {found['year']} is outside the years "
                "a chronology's dates are read in (1000 to 2999)"
            )
    if match is None:
        return None
    word = match["word"]
    if re.fullmatch(_MONTH, word + ".", re.IGNORECASE) or re.fullmatch(_MONTH, word, re.I):
        year = match["year"]
        if year and not re.fullmatch(_YEAR, year):
            return (
                f"looks like a dated entry, but the year {year} is outside the years a "
                "chronology's dates are read in (1000 to 2999)"
            )
        after = match["after"]
        if after and BAD_SEPARATOR.match(after) and after not in ":;.,":
            return f"looks like a dated entry, but '{after}' is not a separator (use ':' or a dash)"
        return None
    from ktimeline.folding import close_matches

    months = [*MONTH_NAMES, "Sept", *(name[:3] for name in MONTH_NAMES)]
    close = close_matches(word.title(), months, limit=1)
    if close and (match["year"] or match["after"] in {":", ";"}):
        return f"looks like a dated entry, but '{word}' is not a month (did you mean {close[0]}?)"
    return None


# "## ~1268: glasses", "## 206 BC: compass", "## 105: paper", "## 10-12: arab spring": a Markdown
# heading that opens with a year (or span) and a colon, written so that it is not read
REFUSED_HEADING_DATE = re.compile(
    r"^\s*#{1,6}\s+(?P<circa>~\s*)?(?P<year>\d{1,4})(?:\s*[–-]\s*(?P<last>\d{1,4}))?"
    r"(?P<era>\s*(?:B\.?C\.?E?\.?|BCE))?\s*:\s"
)


def _refused_heading_date(line: str) -> str | None:
    """Why a Markdown heading that opens with a year and a colon is no entry ("## ~1268:
    glasses": an approximate year; "## 206 BC: compass"; "## 105: paper", a year of three
    digits; "## 17: brexit", of two), or None: the reason reported with it, never the
    plain "heading" of a section's title."""
    found = REFUSED_HEADING_DATE.match(line)
    if found is None:
        return None
    if found["era"]:
        return BEFORE_COMMON_ERA_REASON
    written = line.strip().lstrip("# ").partition(":")[0]
    if found["circa"]:
        return f"'{written}' is an approximate year (perhaps before the Common Era): not guessed"
    shortest = min(len(found["year"]), len(found["last"] or found["year"]))
    if shortest == 3:
        return (
            f"'{written}' looks like a year, but a year before 1000 is read only with four digits"
            " or its era"
        )
    if shortest < 3:
        return f"'{written}' may be a year of two digits (which century?): not guessed"
    return None


# " date 2024-01-12 …", "Published: 2024-01-12": the page's own date at its top
PUBLISHED = re.compile(
    r"^\s*(?:date|published|posted)(?: on)?:?\s+(?P<iso>\d{4}-\d\d-\d\d)\b", re.I
)


# "Updated: 14 March 2023", "Last updated on Dec. 3, 2019", "Published: …": a page's date
# (German, French, Italian, Spanish and Portuguese bylines too: "erstellt am 06.Jun.2014",
# "aktualisiert am …", "publié le …", "mis à jour le …", "pubblicato il …", "publicado el …")
PAGE_DATE_LABEL = re.compile(
    r"^\W*(?:(?:last\s+)?(?:updated|published|posted)(?:\s+on)?"
    r"|(?:erstellt|veröffentlicht|aktualisiert|zuletzt\s+aktualisiert)\s+am"
    r"|(?:publié|mis\s+à\s+jour)\s+le|(?:pubblicato|aggiornato)\s+il"
    r"|(?:publicado|actualizado|atualizado)\s+(?:el|em))\s*:?\s",
    re.I,
)


def _labelled_page_date(lines: Sequence[str], indexes: Iterable[int]) -> date | None:
    """The page's own date on a labelled line read apart as the page's metadata
    ("Veröffentlicht am 2. Februar 2015", "Publicado el 16 de febrero de 2015", "Publié le
    …"): one whole day after the label, as title_years reads an "Updated: …" line; else
    None."""
    for index in sorted(indexes):
        line = lines[index].strip()
        if PAGE_DATE_LABEL.match(line) is not None:
            days = _whole_days(line)
            return date.fromisoformat(days.pop()) if len(days) == 1 else None
    return None


TITLE_YEAR = re.compile(
    rf"(?<!\d)(?P<first>{_YEAR})(?:\s*[{_DASH_CHARS}/]\s*(?P<last>\d{{4}}|\d\d)(?!\d))?"
)


# "Senin, 10 Agustus 2020", "Monday, August 10, 2020", "10 August 2020": a day alone on its
# line, a weekday's name perhaps before it (a blog post's own day); a weekday of two words
# joined by a hyphen too ("sexta-feira, 28 de dezembro de 2018", Portuguese)
_STAMP_WEEKDAY = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?,?\s+")
STAMP_CHARACTERS = 40


def weekday_stamp_over_yearless(lines: Sequence[str], pattern: DocumentPattern) -> int | None:
    """The number of the line that is the document's first start, a weekday and a whole day
    alone ("Wednesday, October 13, 2010", a blog post's own day), over at least MIN_LINES
    entries that write no year ("• August 5 - …"): the page's date, no entry; its year is
    theirs as a page's date is (see title_years). Else None."""
    kept = [(n, year) for n, form, year, *_ in pattern.starts if pattern.writes(form)]
    if len(kept) <= pattern.MIN_LINES or any(year is not None for _, year in kept[1:]):
        return None
    number = kept[0][0]
    line = lines[number - 1].strip() if 0 < number <= len(lines) else ""
    if _STAMP_WEEKDAY.match(line) is None or _page_stamp(line) is None:
        return None
    return number


def _page_stamp(line: str) -> date | None:
    """The day a line writes alone (a weekday's name perhaps before it), with its year."""
    if not line[-1:].isdigit() or len(line) > STAMP_CHARACTERS or DIGIT.search(line) is None:
        return None
    weekday = _STAMP_WEEKDAY.match(line)
    for at in (0, weekday.end()) if weekday is not None else (0,):
        found = _date_at(line, at)
        if found is not None and found.start("date") == at and found.end("date") == len(line):
            days = _whole_days(line, at)
            return date.fromisoformat(days.pop()) if len(days) == 1 else None
    return None


# "28 December 2012 20:24", "28 December 2012 20:24Gewijzigd op 15 November 2020 01:03": a
# whole day and a time of day opening a line, a modification stamp perhaps glued on after
# (a news page's dateline)
_TIME_OF_DAY = re.compile(r"[ \t,]+(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")


def _timed_page_stamp(line: str) -> date | None:
    """The day a line opens with, its year written and a time of day right after it: the
    page's own date (its other dates, a later modification's, are the page's too)."""
    found = _whole_date_at(line, 0) if line[:1].isalnum() else None
    if found is None or found.start("date") != 0 or not _TIME_OF_DAY.match(line, found.end("date")):
        return None
    days = _whole_days(line[: found.end("date")])
    return date.fromisoformat(days.pop()) if len(days) == 1 else None


# "GLOBE ÉCHOS | 08/09/21 11:55", "08.09.2021 11:55": a page's stamp of numbers (a site's
# name and a bar perhaps before it, a time of day perhaps after), day and month in either order
NUMERIC_PAGE_STAMP = re.compile(
    r"(?:[^|\n]{1,40}\|[ \t]*)?(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d\d)(?:[ \t,]+(?:[01]?\d|2[0-3])[:h][0-5]\d)?"
)
TWO_DIGIT_CENTURY_TURN = 69  # (two-digit years 69-99 are the 1900s, as POSIX strptime's %y)
PAGE_DAY_OF_FIRST_ENTRY = "the page's date, the first entry's own day"


def _page_stamp_of_day(line: str, month: int, day: int) -> date | None:
    """The page's own day where ``line`` is a stamp of numbers ("GLOBE ÉCHOS | 08/09/21
    11:55") one of whose readings (day first or month first) is ``month`` and ``day``, the
    first entry's own day: a page dated the day its list opens with ("8 septembre : la
    première audience", a trial's calendar). Else None (which order would it be?)."""
    stamp = NUMERIC_PAGE_STAMP.fullmatch(line) if len(line) <= STAMP_CHARACTERS + 20 else None
    if stamp is None:
        return None
    written = stamp["year"]
    year = int(written)
    if len(written) == 2:
        year += 1900 if year >= TWO_DIGIT_CENTURY_TURN else 2000
    a, b = int(stamp["a"]), int(stamp["b"])
    if (month, day) not in ((b, a), (a, b)):
        return None
    with contextlib.suppress(ValueError):
        return date(year, month, day)
    return None


ENTRIES_OWN_YEAR = "the entries' own text (their month written with its year)"


def _own_month_years(
    entry_lines: Sequence[str], kept: Sequence[tuple[int | None, int | None, int | None]]
) -> set[int]:
    """The years the entries' lines write after their own month's name ("12 Mei" … "13 Mei
    Kerusuhan Mei 1998 pecah …": 1998), each line read once."""
    years: set[int] = set()
    for line, (_, month, _) in zip(entry_lines, kept, strict=False):
        if month is not None:
            years |= _years_of_month(line, month)
    return years


# A word that makes the year after it a bound of the entries' years, not their year ("since
# 1998", "after the 2019 …" is no bound: the word right before the year only). Not "until",
# "bis", "hasta": the end of a span whose start is written ("1939 bis 1945").
BOUND_BEFORE_YEAR = re.compile(
    r"\b(?:since|after|before|seit|nach|vor|depuis|après|avant|desde|después\s+de|"
    r"antes\s+de|dopo\s+il|prima\s+del|sinds)\s+$",
    re.IGNORECASE,
)


SIX_MONTHS = 6  # (a step back further than this between two months is a new year)


def _one_turn_of_the_year(days: Sequence[tuple[int, int]]) -> bool:
    """Whether a list's days (month, day) step back once only, by more than SIX_MONTHS
    ("Sep 2", "Sep 3", "Jan 5": a log running into a new year), the other steps on one day."""
    back = [(above, below) for above, below in pairwise(days) if below < above]
    return len(back) == 1 and back[0][0][0] - back[0][1][0] > SIX_MONTHS


def title_years(
    lines: Sequence[str],
    pattern: DocumentPattern,
    published: date | None = None,
    entry_lines: Sequence[str] = (),
    page_stamp_line: int | None = None,
) -> tuple[int, int] | None:
    """The year (or span of years, "2019-20") that the title and headings above a page's
    first entry give its entries, when no entry writes its year: "2021 In Review" above
    "January 3 – …". Only where it is given one way (several years, as a tab line's "2018
    2019 2020", give none), in lines that are no sentence, and where the entries' months
    agree with it: they turn the year (December, then January) no more often than the span
    has years — "the Battle of the Somme 1916" above entries from June 1914 on is no year
    of theirs. Without a title, the page's date (``published``, " date 2024-01-12" above a
    "Jan. 1: …" year in review) gives the last year whose dates are all on or before it, if
    the entries do not turn the year, unless the entries' own lines (``entry_lines``, one
    for each start the pattern keeps) write their own month with one earlier year: "13 Mei
    Kerusuhan Mei 1998 …" under a post of 2020 is of 1998. Else the entries are reported
    ("use --year"). The start at ``page_stamp_line`` is the page's own date (see
    weekday_stamp_over_yearless), no entry's."""
    kept = [
        (y, m, d)
        for n, form, y, m, d in pattern.starts
        if pattern.writes(form) and n != page_stamp_line
    ]
    if not kept or any(year is not None for year, _, _ in kept):
        return None
    months = [month for _, month, _ in kept if month is not None]
    days = [(month, day or 1) for _, month, day in kept if month is not None]
    if (
        not pattern.newest_first
        and len(set(days)) > 1
        and days == sorted(days, reverse=True)
        and not _one_turn_of_the_year(days)
    ):
        # "21 June", "11 June", "6 June", "18 January" under "… in 1963": every day before
        # the one above it, newest first (find_pattern saw one step back, too little alone);
        # one step back alone, of more than six months, is a new year ("SEP 02", "SEP 03",
        # "JAN 05" of a log), as find_pattern reads it too
        pattern.newest_first = True
    if pattern.newest_first:  # (newest first: a turn of the year is January, then December)
        months.reverse()
    turns = sum(1 for before, after in pairwise(months) if after < before)
    readings: set[tuple[int, int]] = set()
    # where each reading was found, the title first (a year both in the title and in the
    # introduction is the title's)
    sources: dict[tuple[int, int], str] = {}
    background: set[int] = set()  # the years a "Background:" paragraph writes
    _, first_month, first_day = kept[0]
    anchored: set[int] = set()  # the years of the first entry's day, written whole above it
    page_day: date | None = None  # the page's stamp, the first entry's own day (see there)
    for line in lines:
        stripped = PUBLISHED.sub("", line).strip()
        if not stripped or ("(" in stripped and AGENCY_DATELINE.match(stripped)):
            continue  # (a news agency's dateline is the page's date: ``published``)
        if PAGE_DATE_LABEL.match(stripped) is not None:
            # "Updated: 14 March 2023" above "The following is a timeline of … 2022.": the
            # page's own date, no year of its entries (the page's date when none was found)
            page_days = _whole_days(stripped)
            if published is None and len(page_days) == 1:
                published = date.fromisoformat(page_days.pop())
            continue
        if (
            page_day is None
            and first_month is not None
            and first_day is not None
            and stripped[-1:].isdigit()
            and (stamped := _page_stamp_of_day(stripped, first_month, first_day)) is not None
        ):
            page_day = stamped  # ("GLOBE ÉCHOS | 08/09/21 11:55" above "8 septembre : …")
            continue
        if (timed := _timed_page_stamp(stripped)) is not None:
            # "28 December 2012 20:24Gewijzigd op …" under a title: the page's dateline, whose
            # years (its own, a modification's) are none of its entries'
            published = published or timed
            continue
        if published is None and (stamp := _page_stamp(stripped)) is not None:
            # "Senin, 10 Agustus 2020" alone above "12 Mei  text": a blog post's own day, as
            # a labelled "Posted: …" is (see there), not a title naming its entries' year
            published = stamp
            continue
        exclaimed = stripped.endswith(("!", "?")) and len(stripped.split()) <= ITEM_TITLE_WORDS
        if SENTENCE_END.search(stripped) and not exclaimed:  # ("… de janeiro de 2023!": a title)
            for reading in _introduced_years(stripped):
                readings.add(reading)
                sources.setdefault(reading, INTRODUCTION)
            if BACKGROUND_LABEL.match(stripped):
                background.update(int(y["first"]) for y in TITLE_YEAR.finditer(stripped))
            if first_day is not None and DIGIT.search(stripped) is not None:
                anchored.update(
                    int(day[:4])
                    for day in _whole_days(stripped)
                    if (int(day[5:7]), int(day[8:10])) == (first_month, first_day)
                )
            continue
        later = YEARS_LATER.search(stripped) if DIGIT.search(stripped) else None
        articles: set[int] = set()  # the article's own years, counted back from
        if later is not None:
            # "The Apollo 11 mission, 50 years later (2019)": the year written is the
            # article's; its events are the years it counts back to (1969)
            counted, articles = _years_counted_back(stripped, later)
            for reading in counted:
                readings.add(reading)
                sources[reading] = TITLE
        if YEARBOOK_TITLE.search(stripped) is not None:
            continue  # ("SIPRI Yearbook 2016": an edition's year, not its entries')
        for found in TITLE_YEAR.finditer(stripped):
            if int(found["first"]) in articles:
                continue  # (any other year the line writes is a reading of its own)
            if BOUND_BEFORE_YEAR.search(stripped, 0, found.start()) is not None:
                continue  # "Chronology of events since 1998": a bound of their years
            first, last = int(found["first"]), found["last"]
            end = first
            if last is not None:  # "2019-20", "2019–2020"
                end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
            readings.add((first, max(end, first)))
            sources[(first, max(end, first))] = TITLE
    own_year = _year_said_next(lines)
    if own_year is not None and any(
        year != (own_year, own_year) and sources.get(year) == TITLE for year in readings
    ):
        # "Council elections 2022" above a day said "next year" that makes the page's year
        # 2020: which one is right? Neither overrides the other ("use --year")
        return None
    if own_year is not None and not turns:
        # "On 29 March next year, Britain will leave …" and "… on 29 March, 2019." above "29
        # January" / "30 January" / …: the page was written the year before that day (2018),
        # and the days it lists without a year are that year's (the dates ahead of it)
        readings = {(own_year, own_year)}
        sources = {(own_year, own_year): 'a day the text above the list places "next year"'}
    if (
        page_day is not None
        and not turns
        and TITLE not in sources.values()
        and all(day >= (page_day.month, page_day.day) for day in days)
        and anchored <= {page_day.year}
    ):
        # "GLOBE ÉCHOS | 08/09/21 11:55" above "8 septembre : …", "28 septembre : …": a
        # calendar the page publishes on its first day, the days after it that year's (the
        # years its introduction names, a trial's end, the attacks' own, are none of theirs);
        # not where the introduction writes that first day whole in another year ("On 6 June
        # 1944 the Allies landed …" above "6 June : …" on a page stamped 06/06/19: an
        # anniversary's page, its list that year's, read below)
        pattern.title_source = PAGE_DAY_OF_FIRST_ENTRY
        return page_day.year, page_day.year
    if not readings and len(anchored) == 1:
        # "The war began June 25, 1950, with a North Korean invasion …" above "June 25 North
        # Korean troops invaded …": the introduction writes the first entry's day whole
        year = anchored.pop()
        readings.add((year, year))
        sources[(year, year)] = "the first entry's day written whole in the text above the list"
    if not readings and published is not None and not turns:
        own = _own_month_years(entry_lines, kept)
        if len(own) == 1 and (year := own.pop()) < published.year:
            pattern.title_source = ENTRIES_OWN_YEAR
            return year, year
        before = all(day <= (published.month, published.day) for day in days)
        year = published.year if before else published.year - 1
        pattern.title_source = PAGE_DATE
        return year, year
    if not readings and published is not None and turns == 1:
        # "(AFP) Dec 16, 2005" above "DEC 26", "DEC 31", "JAN 1": a year's end and the next
        # year's start, the days after the turn on or before the page's own day
        turn = next(i for i, (a, b) in enumerate(pairwise(days), 1) if b[0] < a[0])
        if all(day <= (published.month, published.day) for day in days[turn:]):
            pattern.title_source = PAGE_DATE
            return published.year - 1, published.year
    if not readings and len(background) == 1 and published is None:
        # "Background: Citizens of Hong Kong, since late March 2019, have taken to the
        # streets …" above "February 12: …": the one year the labelled introduction writes
        # (an unlabelled sentence, "a look back at the events of 2021", gives none)
        year = background.pop()
        readings.add((year, year))
        sources[(year, year)] = 'the text\'s "Background:" paragraph'
    if len(readings) != 1:
        return None
    first, last = reading = readings.pop()
    if last - first > 1 or turns > last - first or (pattern.newest_first and last != first):
        return None  # (a span newest first: which of its years does the first entry have?)
    if published is not None and first > published.year and not _year_ahead(first, published):
        return None  # a title's year after the page's own date: not theirs
    pattern.title_source = sources.get(reading, TITLE)
    return first, last


YEAR_AHEAD_FROM_MONTH = 10  # (a look at the year ahead is written in its last months)


def _year_ahead(year: int, published: date) -> bool:
    """Whether a title's ``year`` is the one after a page dated in the last months of the year
    before: "What is on the agenda in 2013?" dated 28 December 2012 looks at the year ahead
    (a page of March 2012 naming 2013 is no list of that year's days)."""
    return year == published.year + 1 and published.month >= YEAR_AHEAD_FROM_MONTH


# "29 March next year", "on June 4 last year": a day the page places by its own year
NEXT_OR_LAST_YEAR = re.compile(r"\b(?P<which>next|last)\s+year\b", re.IGNORECASE)


DAY_BEFORE_WORDS = 24  # "29 September", "on December 31": the day just before "next year"


LEAP_YEAR = 2000  # (any leap year: a day and month read without their year, 29 February too)


def _year_said_next(lines: Sequence[str]) -> int | None:
    """The page's own year where it names a day "next year" (or "last year") and writes that
    day with its year elsewhere: "On 29 March next year, …" and "… on 29 March, 2019." make a
    page of 2018. None unless every such day gives the same year."""
    said: list[tuple[str, int]] = []  # (the day's "MM-DD", +1 for next year, -1 for last)
    for line in lines:
        if "year" not in line:
            continue  # (cheap: most lines)
        for word in NEXT_OR_LAST_YEAR.finditer(line):
            before = _clause_before(line, word.start())
            step = 1 if word["which"].lower() == "next" else -1
            said += [(day[5:], step) for day in _whole_days(before, year=LEAP_YEAR)]
    if not said:
        return None
    written: dict[str, set[int]] = {}
    for line in lines:
        if DIGIT.search(line) is not None:
            for day in _whole_days(line):
                written.setdefault(day[5:], set()).add(int(day[:4]))
    years = {year - step for day, step in said for year in written.get(day, ())}
    return years.pop() if len(years) == 1 else None


# the end of a sentence or clause: "… on 5 May. Next year …", "… 5 May; next year …"
CLAUSE_BREAK = re.compile(r"[.!?;][”\"’)\]]*\s+")


def _clause_before(line: str, end: int) -> str:
    """The DAY_BEFORE_WORDS characters before ``end`` in ``line``, from the start of the
    clause ``end`` is in: "this one falls on 5 May. Next year the wards change" gives no day
    to "Next year" (it is another sentence's), "on Dec. 31 next year" gives "Dec. 31" (an
    abbreviation, a lower-case word after it: no sentence's end)."""
    start = max(0, end - DAY_BEFORE_WORDS)
    before = line[start:end]
    clause = 0
    for stop in CLAUSE_BREAK.finditer(before):
        following = line[start + stop.end() : start + stop.end() + 1]
        if stop.group()[0] == ";" or (
            following.isupper() and ABBREVIATION_END.search(before, 0, stop.start() + 1) is None
        ):
            clause = stop.end()
    return before[clause:]


# "50 years later", "30 years on", "ten years after", "the 25th anniversary": a title that
# counts the years from its events to its own day
# (the words a title counts years in: "fifty years on")
_COUNT_WORDS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}  # fmt: skip


_COUNTED = r"\d{1,3}|" + "|".join(_COUNT_WORDS)


YEARS_LATER = re.compile(
    # ("70 years on the throne": "on" a preposition, no count back; "fifty years on (2019)")
    rf"\b(?P<count>{_COUNTED})(?:-year)?\s+years?\s+"
    r"(?:later|on(?!\s+[^\W\d_])|after|ago|since)\b"
    rf"|\b(?P<nth>\d{{1,3}})(?:st|nd|rd|th)\s+anniversary\b",
    re.IGNORECASE,
)


def _years_counted_back(line: str, later: re.Match[str]) -> tuple[set[tuple[int, int]], set[int]]:
    """The years of the events a title "N years later (2019)" counts back from, and the
    article's own years it counts from: a year written before the words is the events' own
    ("Apollo 11 in 1969, 50 years later", "Apollo 11 (1969), 50 years later (2019)"); one
    written after them is the article's, less N, only in brackets or at the line's end ("50
    years since the Moon landing: the 1969 mission" writes the events' year: no count)."""
    written = later["count"] or later["nth"]
    count = int(written) if written.isdigit() else _COUNT_WORDS[written.lower()]
    before = {int(found["first"]) for found in TITLE_YEAR.finditer(line, 0, later.start())}
    after = {
        int(found["first"])
        for found in TITLE_YEAR.finditer(line, later.end())
        if _last_or_bracketed(line, found)
    }
    return {(year, year) for year in (before or {year - count for year in after})}, after


def _last_or_bracketed(line: str, found: re.Match[str]) -> bool:
    """The year ``found`` ends ``line`` ("…'s 50th anniversary, 2019", "… (2019)") or stands
    in brackets ("(2019): …"): set apart as the article's own, not said of its events."""
    if not line[found.end() :].strip(" .)]"):
        return True
    opened = line[: found.start()].rstrip().endswith(("(", "["))
    return opened and line[found.end() :].lstrip().startswith((")", "]"))


# "Background: Citizens of Hong Kong, since late March 2019, …": the page's own introduction
BACKGROUND_LABEL = re.compile(r"^\W*(?:background|context|introduction|overview)\s*:", re.I)


# "The following is a chronology of major developments in 2018 …", "… a chronological review
# of major developments related to North Korea from March 7-13, 2013.": a sentence that
# introduces the list below and names the year it covers ("in 2018", or a date's year)
CHRONOLOGY_INTRO = re.compile(
    r"\b(?:the following|below|here) (?:is|are)\b.{0,40}?\b(?:chronolog\w*|timeline|"
    r"key (?:dates|events|moments)|review)\b"
    # an encyclopedia's year page: "The following lists events that happened during 1994 in
    # South Korea.", "Events from the year 1994 in South Korea."
    r"|\bthe following lists?\b.{0,20}?\bevents\b|^\W*events (?:from|in|of|during)\b"
    # "In this summary timeline, compiled with …, … began in March 2014."
    r"|^\W*in this (?:\w+ ){0,2}(?:chronolog\w*|timeline)\b",
    re.IGNORECASE,
)


INTRODUCED_YEAR = re.compile(
    # ("… of the council's year, 1966.": the year set off by a comma)
    rf"(?:\b(?:in|during|of|the year|year,)\s+(?:{_MONTH}\.?\s+)?"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:\s*[{_DASH_CHARS}]\s*\d{{1,2}})?,\s*)"
    rf"(?P<year>{_YEAR})\b(?!\s*[{_DASH_CHARS}/]\s*\d)",
    re.IGNORECASE,
)


def _introduced_years(sentence: str) -> set[tuple[int, int]]:
    """The year a sentence introducing the chronology below says it covers (see
    CHRONOLOGY_INTRO), when it names exactly one ("since 1945", "from 1950" name none)."""
    if len(sentence) > 400 or CHRONOLOGY_INTRO.search(sentence) is None:
        return set()
    years = {int(found["year"]) for found in INTRODUCED_YEAR.finditer(sentence)}
    written = {int(found["first"]) for found in TITLE_YEAR.finditer(sentence)}
    if len(years) != 1 or written != years:
        return set()  # (another year written in the sentence: which one is theirs?)
    year = years.pop()
    return {(year, year)}


# "… major developments related to North Korea from March 28-April 3, 2013.": the span of
# days an introduction says its list covers
INTRODUCED_DAYS = re.compile(
    rf"(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})\s*[{_DASH_CHARS}]\s*(?:(?P<m2>{_MONTH})\.?\s+)?"
    rf"(?P<d2>\d{{1,2}}),\s*(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)


# "   7 Rodong Sinmun says …": a day of the month alone before the text (a news agency's
# weekly review)
DAY_NUMBER_LINE = re.compile(r"^(?P<indent>\s*)(?P<day>\d{1,2})\s+(?=[A-Z(“\"‘'])")


INTRODUCTION_LINES = 40  # (an introduction is near the top of the page)


def _days_in_introduced_span(lines: list[str]) -> list[str]:
    """The lines with "7 Rodong Sinmun …" written as "March 7, 2013: Rodong Sinmun …" when a
    sentence introducing the list (see CHRONOLOGY_INTRO) names a span of days ("from March
    7-13, 2013") and at least MIN_LINES lines below it start with a day number, every one
    inside that span and in order. Else the lines unchanged (a bare number is no date)."""
    span = None
    for index, line in enumerate(lines[:INTRODUCTION_LINES]):
        if CHRONOLOGY_INTRO.search(line) and (found := INTRODUCED_DAYS.search(line)):
            span = index, found
            break
    if span is None:
        return lines
    at, found = span
    first_month = month_number(found["m1"])
    last_month = month_number(found["m2"]) if found["m2"] else first_month
    first_day, last_day, year = int(found["d1"]), int(found["d2"]), found["year"]
    days: dict[int, tuple[int, int]] = {}
    for index in range(at + 1, len(lines)):
        item = DAY_NUMBER_LINE.match(lines[index])
        if item is None:
            continue
        day = int(item["day"])
        month = last_month if last_month != first_month and day < first_day else first_month
        if (month, day) < (first_month, first_day) or (month, day) > (last_month, last_day):
            return lines  # a day outside the span: these numbers are no days of it
        days[index] = month, day
    ordered = list(days.values())
    if len(ordered) < DocumentPattern.MIN_LINES or ordered != sorted(ordered):
        return lines
    written = list(lines)
    for index, (month, day) in days.items():
        item = DAY_NUMBER_LINE.match(lines[index])
        assert item is not None
        date_text = f"{MONTH_NAMES[month - 1]} {day}, {year}:"
        written[index] = f"{item['indent']}{date_text} {lines[index][item.end() :]}"
    return written


# "## 2.0.1 - 2022-07-07", "## [1.2.0] - 2019-11-22", "# 2.0.0 (2019-01-09)", "## v1.0.2 —
# 10 March 2021": a Markdown heading naming a release (a version number) and its day
RELEASE_HEADING = re.compile(
    r"(?P<marks>#{1,6})[ \t]+\[?v?\d+(?:\.\d+)+[\w.+-]*\]?(?:\([^()]*\))?[ \t]*"
    r"(?:[-–—:][ \t]*|\()(?P<day>[^()]+?)\)?[ \t]*"
)


# a Markdown list item ("- Fixed …", "  * Added …")
LIST_ITEM = re.compile(r"(?P<bullet>[ \t]*[-*+][ \t]+)(?=\S)")


def _release_headings(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """A changelog's items dated by their release's heading: in a document of at least
    MIN_LINES headings that name a version and its day ("## 1.2.0 - 2019-11-22"), each list
    item below one (through its sub-headings, "### Fixed", up to the next heading of its
    level or higher) is written with that day ("   - 2019-11-22: Update to …"), an entry of
    it; the release headings are blanked and returned (by index) to be listed as layout.
    Else the lines unchanged."""
    found: list[tuple[int, int, str]] = []  # (index, heading level, the day as written)
    for index, line in enumerate(lines):
        heading = RELEASE_HEADING.fullmatch(line.strip()) if line[:1] == "#" else None
        if heading is None:
            continue
        written_day = _date_at(heading["day"])
        if written_day is None or written_day["date"].strip() != heading["day"].strip():
            continue
        if dates.has_day(written_day) and dates.has_year(written_day):
            found.append((index, len(heading["marks"]), heading["day"].strip()))
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written, headings = list(lines), {}
    for index, level, day in found:  # (headings: index → the heading as written)
        headings[index] = lines[index].strip()
        written[index] = ""
        for below in range(index + 1, len(lines)):
            marks = len(lines[below]) - len(lines[below].lstrip("#"))
            if marks and marks <= level and lines[below][marks : marks + 1] in " \t":
                break  # (the next release, or a section of the page)
            item = LIST_ITEM.match(lines[below])
            if item is not None:
                written[below] = f"{item['bullet']}{day}: {lines[below][item.end() :]}"
    return written, headings


TITLED_BLOCKS_LENGTH = 20_000  # (a list of titled dates is a page's box, never a long text)


# "July 27th, 1953 71 years ago": a page's count of the time since the date, after the date
RELATIVE_AGE = re.compile(r"\s+(?P<age>\d{1,4}\s+(?:years?|months?|weeks?|days?)\s+ago)\s*$")


def _relative_ages(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with "July 27th, 1953 71 years ago" written as the date alone, and the ages
    taken out (by line index), when the age follows a whole date alone on its line; else
    the line unchanged ("He left 10 years ago" is text)."""
    ages: dict[int, str] = {}
    written = lines
    for index, line in enumerate(lines):
        if not line.endswith(("ago", "ago ")) or (found := RELATIVE_AGE.search(line)) is None:
            continue
        before = normalise(line[: found.start()])
        match = ENTRY_START.match(before.strip())
        if match is None or match["nosep"] is None or match.end() < len(before.strip()):
            continue
        if written is lines:
            written = list(lines)
        written[index] = line[: found.start()]
        ages[index] = found["age"]
    return written, ages


def _page_date_line(lines: Sequence[str], pattern: DocumentPattern) -> int | None:
    """The line of a page's own date: the first date of the document, a whole day alone on
    its line, when every other date is a day alone written without its year (at least
    MIN_LINES: "21 Oct 2014" / headline / … / "21 October" / items), or such days under
    years alone on their lines (their headings): that date gives them their year (or the
    headings do) and is no entry itself. Else None."""
    starts = pattern.starts
    if len(starts) <= pattern.MIN_LINES:
        return None
    number, form, year, month, _ = starts[0]
    if form != "alone" or year is None or month is None:
        return None
    match = ENTRY_START.match(normalise(lines[number - 1]).strip())
    if match is None or not dates.has_day(match):
        return None
    rest = starts[1:]
    if all(f == "alone" and y is None and d is not None for _, f, y, _, d in rest):
        return number
    # ("23 December 2016" under a paper's title / "PDF version [2680KB]" / … / "2014" / "11
    # February" / …: year headings alone give the days below their year, the first of them
    # before the first day, all before the page's own year; the line below the page's date
    # is no sentence, as an entry's text is: "31 enero 2017" / "El plan es actualizado …")
    days = [start for start in rest if start[2] is None]
    years = [start for start in rest if start[2] is not None]
    below = _next_with_text(lines, number) or ""
    if (
        len(days) >= 2
        and years
        and years[0][0] < days[0][0]
        and all(f == "alone" and m is None and (y or year) < year for _, f, y, m, _ in years)
        and all(f == "alone" and d is not None for _, f, _, _, d in days)
        and not SENTENCE_END.search(below.strip())
    ):
        return number
    return None


def _writes_dates_twice(lines: Sequence[str], pattern: DocumentPattern) -> bool:
    """Whether the document writes each date alone twice, a few lines apart, as timeline
    cards do ("Mar, 1957" / "The Quarrymen Band" / "Mar, 1957" / "In March 1957, …"):
    every second date alone a repeat (the last card may be cut off). Elsewhere two entries
    of one year ("1860" / "Burke and Wills leave …" / "1860" / "Nicholson Land Act …") are
    two entries, the second date no repeat of the first."""
    alone = [number for number, form, *_ in pattern.starts if form == "alone"]
    repeats = 0
    for place, number in enumerate(alone[1:], 1):
        above = alone[place - 1]
        between = [n for n in range(above + 1, number) if lines[n - 1].strip()]
        if len(between) <= 2 and lines[above - 1].strip() == lines[number - 1].strip():
            repeats += 1
    return repeats > 0 and 2 * repeats + 1 >= len(alone)


# "Korean officers in a field (1951)": a photo's caption, its year in brackets at its end
# "2008: HOW IT ALL BEGAN TO UNRAVEL": a year, its colon or dash, a headline in capitals
CAPITAL_HEADLINE = re.compile(
    rf"^\s*{_YEAR}\s*[:{_DASH_CHARS}]\s*[A-Z][A-Z'’,]*(?:\s+[A-Z'’,?!]+){{2,}}\s*$"
)


# "1993: Beginnings of Missile Development", "2006 – Nuclear Test": a year and a short title
YEAR_WITH_TITLE = re.compile(
    rf"^\s*(?P<year>{_YEAR})\s*(?::|\s[{_DASH_CHARS}])\s*(?P<title>\S.*?)\s*$"
)


def _next_with_text(lines: Sequence[str], start: int) -> str | None:
    """The first line from ``start`` on with text, or None (read in place, never a copy of
    the rest of the lines: a long document's every line may ask)."""
    for at in range(start, len(lines)):
        if lines[at].strip():
            return lines[at]
    return None


def _titled_year_headings(lines: Sequence[str]) -> dict[int, int]:
    """The numbers of the lines that are year headings with a title, and their years: a
    "YEAR: Title" line (a short title, no sentence end) directly followed by a dated entry
    that falls in that year, a bullet or indented below it ("1993: Beginnings of Missile
    Development" / "- September 1993: North Korea announced …"). A year line followed by
    text, or by a dated entry at its own level, is an entry; one over dated entries of its
    year is a heading. Only where the document shows this at least MIN_LINES times: else
    "1993: text" lines stay entries."""
    headings: dict[int, int] = {}
    for index, line in enumerate(lines):
        if not line[:1].isdigit() and not line.lstrip()[:1].isdigit():
            continue
        found = YEAR_WITH_TITLE.match(line)
        if found is None:
            continue
        title = found["title"]
        if len(title.split()) > ITEM_TITLE_WORDS or SENTENCE_END.search(title):
            continue
        below = _next_with_text(lines, index + 1)
        if below is None:
            continue
        at = len(below) - len(below.lstrip())
        bullet = BULLET_SIGN.match(below, at) if _is_bulleted(below) else None
        below_item = bullet is not None and not _is_bulleted(line)
        if not below_item and at <= len(line) - len(line.lstrip()):
            continue  # (an entry at the same level: "1950 - text" / "June 27 – text")
        at = bullet.end() if bullet is not None else at
        dated = _date_at(below, at)
        if dated is None or dated.start("date") != at or _written_month(dated) is None:
            continue
        year = int(found["year"])
        if _written_year(dated) not in (None, year):
            continue
        headings[index + 1] = year
    return headings if len(headings) >= DocumentPattern.MIN_LINES else {}


# "Day 49 (21 October)", "Week 3 – 12 May": a trial's or a war's counted days as headings
COUNTED_HEADING = re.compile(
    r"^(?P<indent>\s*)(?P<count>(?:day|week)\s+\d{1,4}"
    # or "1. Verhandlungstag: 6. Mai 2013", "12. Prozesstag – …" (an ordinal count of days)
    r"|\d{1,4}\.\s*[A-ZÄÖÜ]?[a-zäöüß]*(?:tag|woche))\s*(?:\((?P<bracketed>[^()]{3,30})\)|"
    r"[-–—:]\s*(?P<dashed>[^()]{3,30}?))\s*$",
    re.IGNORECASE,
)


COUNT_FIRST = frozenset("DdWw0123456789")  # what a counted heading starts with


def _counted_headings(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with "Day 49 (21 October)" written as the date alone ("21 October") and the
    counts taken out (by line index), when at least MIN_LINES lines are such headings and
    what each names is a date alone; else the lines unchanged."""
    found: dict[int, tuple[str, str]] = {}
    for index, line in enumerate(lines):
        first = line[:1]
        if first in (" ", "\t"):
            first = line.lstrip()[:1]
        if not first or first not in COUNT_FIRST:
            continue
        if first.isdigit() and "ag" not in line[:40] and "oche" not in line[:40]:
            continue  # (most lines that start with a digit are dates: "1. …tag" is rare)
        if (heading := COUNTED_HEADING.match(line)) is None:
            continue
        named = heading["bracketed"] or heading["dashed"]
        match = ENTRY_START.match(named.strip())
        if match is None or match["nosep"] is None or match.end() < len(named.strip()):
            continue
        found[index] = heading["indent"] + named.strip(), heading["count"]
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    for index, (date_text, _) in found.items():
        written[index] = date_text
    return written, {index: count for index, (_, count) in found.items()}


# "SIPRI Yearbook 2016", "Book of the Year 1990", "Jahrbuch 2004": a yearly publication's
# title and edition, which tells of the year before it (or of a season across two): its year
# is no year of the entries below it (the chronology's own heading, "Chronology 2015", is)
YEARBOOK_TITLE = re.compile(
    r"\b(?:year\s?book|book of the year|almanach?|jahrbuch|annuaire|anuario|annuario|"
    r"jaarboek|årsbok|årbok)\b",
    re.IGNORECASE,
)


def _heading_years(line: str, years: Years) -> bool:
    """Update the year from a heading line ("SEPTEMBER – DECEMBER 2019", "1950 Timeline");
    True if it was one (a yearbook's title, "SIPRI Yearbook 2016", is a heading that gives no
    year)."""
    match = YEAR_HEADING.match(line) or CHRONOLOGY_FROM.search(line)
    titled = YEAR_TITLE.match(line) or YEAR_LABEL.match(line) or MARKDOWN_YEAR_TITLE.match(line)
    if match is None and titled is not None:
        if YEARBOOK_TITLE.search(line) is None:
            years.explicit(int(titled["year"] or titled.groupdict()["year2"]))
        return True
    if match is None:
        title = CHRONOLOGY_TITLE.match(line)
        if title is None or SENTENCE_END.search(line.strip()):
            return False
        if title["hy2"]:
            match = title
        else:
            return True
    last = int(match["hy2"])
    first = int(match["hy1"]) if match["hy1"] else last
    years.heading(month_number(match["hm1"]), first, last)
    return True


def _heading_run_into_entries(
    lines: list[str], index: int, heading: re.Match[str]
) -> tuple[list[str], str]:
    """A chronology's heading run into its first entry on one line, as a PDF's text gives a
    book's chronology ("Chronology 1945 The first nuclear test … 1946 The Cold War …"): the
    heading's word out of the line, the entries left (the lines, and the heading's words;
    "" where the rest of the line starts no entry: "Chronology of the war", a title)."""
    line = lines[index]
    rest = normalise(line[heading.end() :].lstrip(" \t:.\u2013\u2014-"))
    if not rest or entry_starts(normalise(line)):
        return lines, ""
    first = dates.find_date(rest)
    if first is None or not dates.has_year(first):
        return lines, ""  # (the date is inside the words after the heading: a title)
    # (more dates after a sentence's end: "… on April 10. 1946 The Cold War …", a run)
    later = (dates.find_date(rest, m.start()) for m in dates.date_candidates(rest))
    after_ends = [m for m in later if m is not None and rest[: m.start()].rstrip()[-1:] in ".!?"]
    if len(after_ends) < 2:
        return lines, ""
    written = line[: len(line) - len(rest)].strip()
    return [*lines[:index], rest, *lines[index + 1 :]], written


def _dateline_over_years(result: Split, lines: Sequence[str]) -> None:
    """ "Feb 14 2015 : The Times of India (Delhi)" on the page's first line, then an article
    and its entries, each a year before that day ("1975 in England" / …): the first is the
    article's own date and source (a clipping's dateline), and the article under it is no
    entry either. Its lines are reported, the entries of years kept."""
    entries = result.entries
    if len(entries) <= DocumentPattern.MIN_LINES or len(entries[0].date) != 10:
        return
    first = entries[0]
    top = next((n for n, line in enumerate(lines, 1) if line.strip()), None)
    if first.line != top:
        return
    year = first.date[:4]
    if any(len(entry.date) != 4 or entry.date >= year for entry in entries[1:]):
        return
    del entries[0]
    reason = "dateline (the page's date and source, not an entry)"
    result.layout.append(SkippedLine(first.line, lines[first.line - 1].strip(), reason))
    below = "the article under the page's dateline"
    for number in first.lines:
        if number != first.line:
            result.unplaced.append(SkippedLine(number, lines[number - 1].strip(), below))


def _page_date_over_older_entries(result: Split, lines: Sequence[str]) -> None:
    """ "Timeline: the Dispute" / "29 September 2010" / "With the court's verdict …" / "1528:
    text" / "1855: text" …: a day alone on its line among the page's first lines (TOP_LINES),
    above at least MIN_LINES entries that each write their date and text on one line and are
    all older than that day. A reader sees the page's own date over its standfirst, not an
    entry: the date is reported as the page's dateline, its paragraphs as the introduction."""
    entries = result.entries
    if len(entries) <= DocumentPattern.MIN_LINES:
        return
    first = entries[0]
    if len(first.date) not in (7, 10) or first.end_date is not None or first.line > TOP_LINES:
        return
    if lines[first.line - 1].strip() != first.written.strip() or first.line in first.lines:
        return  # (its line holds more than the date: an entry)
    # "2020-04" over "- 6 de marzo" / text …: the entries write no year, the date above does
    # (the page's date, the year theirs), whatever their layout
    yearless = all(_writes_no_year(entry) for entry in entries[1:])
    # "Monday, 17 February 2020" over "16.12.2012" / text, "17.12.2012" / text …: a day with
    # its weekday, in a shape no entry below writes, is the page's (a blog post's date over
    # its table), though the entries stand alone above their texts as it does
    other_shape = _weekday_day_in_its_own_shape(first, entries[1:])
    for entry in entries[1:]:
        if entry.date[: len(first.date)] >= first.date[: len(entry.date)]:
            return  # (an entry as new as the page's date: the date may be the first entry)
        if entry.line not in entry.lines and not yearless and not other_shape:
            return  # (a date alone above its text, as the first: the document's own layout)
    below = [entry.date for entry in entries[1:]]
    if below == sorted(below, reverse=True) and below != sorted(below):
        # "12 March 2021" / "The court delivers its verdict …" above "3 January 2021: …",
        # "9 June 2020: …": newest first, the day on top is the latest event, not the page's
        # (the entries' own order, not pattern.newest_first: "1528", "1500-1600", "1855"
        # steps back once, enough for that)
        return
    del entries[0]
    reason = "dateline (the page's date, not an entry)"
    result.layout.append(SkippedLine(first.line, first.written.strip(), reason))
    for number in first.lines:
        text = lines[number - 1].strip()
        result.unplaced.append(SkippedLine(number, text, "the introduction under the page's date"))


def _written_shape(written: str) -> str | None:
    """The shape of a date as an entry writes it, a weekday before it aside."""
    lead = WEEKDAY_LEAD.match(written)
    found = dates.find_date(written, lead.end() if lead else 0)
    return dates.date_shape(found) if found is not None else None


def _weekday_day_in_its_own_shape(first: Entry, others: Sequence[Entry]) -> bool:
    """Whether ``first`` writes a whole day after its weekday ("Monday, 17 February 2020") in
    a shape none of ``others`` writes ("16.12.2012")."""
    if len(first.date) != 10 or WEEKDAY_LEAD.match(first.written) is None:
        return False
    shape = _written_shape(first.written)
    return shape is not None and all(_written_shape(other.written) != shape for other in others)


# an item's opening words before a date ("Ab dem 4.1.1995", "In 1 May 1995,", "From 1995 on"):
# two words at most, then a digit
OPENING_BEFORE_DATE = re.compile(r"\W*(?:[^\W\d_]+\.?\s+){0,2}(?=\d)")


def _other_years_opening_noted(result: Split) -> None:
    """ "1991" / "Ab dem 4.1.1995 gilt der Vertrag.": an entry dated by its year (a heading
    or the year before its text) whose text opens with a date of another year, in its first
    words. Which one is the event's is not for the importer to guess (a treaty of 1991 in
    force from 1995, or a late addition): the entry keeps its year, and a note says so, so
    that it is never changed silently."""
    for entry in result.entries:
        if len(entry.date) != 4 or entry.end_date is not None or entry.note is not None:
            continue
        text = entry.text
        opening = OPENING_BEFORE_DATE.match(text)
        if opening is None or opening.end() > OPENING_CHARACTERS:
            continue
        found = dates.find_date(text, opening.end())
        if found is None or found.start("date") != opening.end():
            continue
        if not dates.has_day(found) and text[found.end("date") : found.end("date") + 2] != ", ":
            continue  # ("The 1994 accord breaks down …": a year naming a thing, no opening)
        years = [int(year) for year in _WRITTEN_YEAR.findall(found["date"])]
        if not years or min(years) <= int(entry.date) <= max(years):
            continue  # (its own year, or "1991–1995 …" under 1993: a span holding it)
        entry.note = (
            f"its text opens with a date of another year ('{found['date'].strip()}') than the "
            f"year it is dated by ({entry.date}): check which is the event's"
        )


OPENING_CHARACTERS = 24  # (a date among an item's first words: "Ab dem", "Since early")


def _writes_no_year(entry: Entry) -> bool:
    """Whether an entry's date as written has no year ("6 de marzo", "March 6")."""
    written = DECORATION.sub("", entry.written.strip(), count=1)
    found = dates.find_date(written)
    return found is not None and not dates.has_year(found)


def _capital_headline(lines: Sequence[str], pattern: DocumentPattern) -> int | None:
    """The number of a page's headline that opens with a year ("2008: HOW IT ALL BEGAN TO
    UNRAVEL"): the document's first dated line, a year alone before words all in capitals
    (HEADLINE_WORDS or more, no lower-case letter), above at least MIN_LINES entries that
    each write a month and none in capitals. A reader sees the page's title, not an entry
    (its introduction below is then text before the first entry). Else None."""
    first = next((start for start in pattern.starts if pattern.writes(start[1])), None)
    if first is None:
        return None
    number, _, year, month, _ = first
    if year is None or month is not None:
        return None  # (most documents: their first entry is no year alone)
    line = lines[number - 1]
    if any(letter.islower() for letter in line) or not CAPITAL_HEADLINE.match(line):
        return None
    starts = [start for start in pattern.starts if pattern.writes(start[1])]
    if len(starts) <= pattern.MIN_LINES:
        return None
    for later, _, _, later_month, _ in starts[1:]:
        if later_month is None or not any(c.islower() for c in lines[later - 1]):
            return None
    return number


TITLE_WORD_AFTER_YEAR = re.compile(r"\d\W*\s[^\W\d_]{2}")  # "1877 English …", "2003: Harbour …"


def _year_title_over_yearless(
    lines: Sequence[str], pattern: DocumentPattern
) -> tuple[int, int] | None:
    """A page's title that opens with a year ("1877 English Cricket Season - Events", "2021
    Club Fixtures"): the page's first line with text, a year and a few words (no sentence),
    above more than MIN_LINES dated entries that write a month and none its year: the
    year of those entries, no entry itself (its line number and year). Else None."""
    starts = [start for start in pattern.starts if pattern.writes(start[1])]
    if len(starts) <= pattern.MIN_LINES:
        return None
    number, _, year, month, _ = starts[0]
    if year is None or month is not None:
        return None  # (most documents: their first entry is no year alone)
    if any(line.strip() for line in lines[: number - 1]):
        return None  # (a year's entry below a title or an introduction)
    line = lines[number - 1].strip()
    if SENTENCE_END.search(line) or len(line.split()) > ITEM_TITLE_WORDS:
        return None
    if len(_WRITTEN_YEAR.findall(line)) != 1 or not TITLE_WORD_AFTER_YEAR.search(line):
        return None  # ("2017 2018 2019 2020", a menu of years; "2022-11", a month alone)
    copies = set(title_copies(lines, number))
    if any(y is not None or m is None for n, _, y, m, _ in starts[1:] if n not in copies):
        return None
    return number, year


def _title_key(line: str) -> str:
    """A title's words without the site's name after a bar ("2013 Flood Timeline |
    DrumhellerMail": "2013 Flood Timeline")."""
    return line.strip().partition(" | ")[0].strip()


def title_copies(lines: Sequence[str], number: int) -> list[int]:
    """The numbers of the lines among the page's first lines (TOP_LINES) after line
    ``number`` (a page's title) that write that title again, its site's name after a bar
    perhaps dropped or added ("2013 Flood Timeline | DrumhellerMail" / "2013 Flood Timeline"
    / "2013 Flood Timeline": a print view's title, its header and its heading)."""
    key = _title_key(lines[number - 1])
    return [
        below
        for below in range(number + 1, min(len(lines), TOP_LINES) + 1)
        if lines[below - 1].strip() and _title_key(lines[below - 1]) == key
    ]


def _year_page_head(pattern: DocumentPattern) -> tuple[int, dict[int, str]] | None:
    """A page titled by a year alone ("2014" / "Article" / "June 27, 2022" / "Il 2014 è stato
    …" / "Gennaio" / "1 gennaio - …"): its first date is a year alone, its second a date
    with a month and another year alone on its line (the page's own date), and every date
    after them, two or more, a day or month with no year. The title's year is the entries'
    year; the two lines are the page's title and date (by line index, with the reason), never
    entries."""
    starts = [start for start in pattern.starts if pattern.writes(start[1])]
    if len(starts) < 4:
        return None
    (title_line, title_form, title_year, title_month, _), (date_line, date_form, *day) = starts[:2]
    date_year, date_month, _ = day
    if not (
        title_form == date_form == "alone"
        and title_year is not None
        and title_month is None
        and date_year not in (None, title_year)
        and date_month is not None
        and date_line - title_line <= TOP_LINES
        and all(year is None and month is not None for _, _, year, month, _ in starts[2:])
    ):
        return None
    reasons = {
        title_line - 1: "the page's title: the year of its entries",
        date_line - 1: "the page's own date (its title gives the entries' year)",
    }
    return title_year, reasons


def _year_before_first_heading(pattern: DocumentPattern) -> int | None:
    """The year before the first year heading, for the entries above it that write no year,
    where the chronology shows it ran over the turn of that year: "22 Dec. …" / "27 Dec. …" /
    "2003" / "6 Jan. …" (a page cut above its first heading). The entries above write a month
    and no year, their months rise and all come after the month of the first entry below the
    heading, in a document that runs oldest first. Else None (reported as before)."""
    if pattern.newest_first:
        return None
    above: list[int] = []
    heading_year: int | None = None
    month_below: int | None = None
    for _, form, year, month, _day in pattern.starts:
        if not pattern.writes(form):
            continue
        if heading_year is None:
            if form == "alone" and year is not None and month is None:
                heading_year = year
            elif year is None and month is not None:
                above.append(month)
            else:
                return None  # (a year written above the heading: it sets the context)
        elif year is None and month is not None:
            month_below = month
            break
        else:
            return None
    if heading_year is None or month_below is None or not above:
        return None
    if above != sorted(above) or above[0] <= month_below:
        return None
    return heading_year - 1


CENTURY_NAME = re.compile(r"\d{1,2}(?:st|nd|rd|th)\s+century\b", re.IGNORECASE)


# "1850s", "the 1850's": a decade written as one
DECADE_NAME = re.compile(r"(?:the\s+)?\d{3}0['’]?s", re.IGNORECASE)


TITLE_WORD_LENGTH = 4  # words this long or longer begin with a capital in a title


def _decade_over_title(first: Entry, title: str, lines: Sequence[str]) -> bool:
    """Whether the first entry is a decade alone on its line ("1850s") with one line of title
    below it, every word of TITLE_WORD_LENGTH letters or more in capitals ("Historical
    Timeline"): a page's heading and its name, not a decade's event."""
    if len(first.lines) != 1 or DECADE_NAME.fullmatch(first.written.strip()) is None:
        return False
    if lines[first.line - 1].strip() != first.written.strip():
        return False  # (the decade's line holds more than the decade)
    between = lines[first.line : first.lines[0] - 1]
    if any(line.strip() for line in between):
        return False  # (the title is the next line written under the decade)
    words = [word for word in title.split() if len(word) >= TITLE_WORD_LENGTH]
    return bool(words) and all(word[:1].isupper() for word in words)


_DIGIT = re.compile(r"\d")


def _titled_span_alike(first: Entry, other: Entry) -> bool:
    """Whether another entry is a span of years written as the first is ("1772—1843: Koning
    Willem I" below "1744—1828: Eise Eisinga": the same digits and signs), with a short title
    of its own: then the first is an item of a list of spans (lives, reigns, terms), not the
    page's title over the chronology, which a page writes once."""
    if other.end_date is None or len(other.date) != 4 or len(other.end_date) != 4:
        return False
    if _DIGIT.sub("0", other.written.strip()) != _DIGIT.sub("0", first.written.strip()):
        return False
    title = other.parts[0].strip() if other.parts else ""
    return bool(title) and len(title.split()) <= ITEM_TITLE_WORDS and not SENTENCE_END.search(title)


def _page_title_span(result: Split, lines: Sequence[str]) -> None:
    """Report a page's title that is a span of years over the whole chronology below, and
    the introduction joined to it ("1850–1880: Gold Town" / "It was June 1851. …" / "Key
    Dates" / "1850" / …): the first entry, a span of years with a short title (no sentence's
    end) and paragraphs below, when at least MIN_LINES entries follow and every one lies
    within the span. A reader sees the page's title and its introduction, not an entry."""
    entries = result.entries
    if len(entries) <= DocumentPattern.MIN_LINES:
        return
    first = entries[0]
    title = first.parts[0].strip() if first.parts else ""
    # (no introduction below it where the span is a century's name, "19th Century:
    # beginnings" over "1843: …" lines: a section's title, as no event is a century long;
    # nor where a decade alone on its line has a title in capitals on the line below, "1850s"
    # / "Historical Timeline" / "1850-1855" / "  • …": the page's heading and its name)
    decade_over_title = _decade_over_title(first, title, lines)
    if len(first.lines) < 2 and CENTURY_NAME.match(first.written) is None and not decade_over_title:
        return
    if (
        first.end_date is None
        or len(first.date) != 4
        or len(first.end_date) != 4
        or not title
        or len(title.split()) > ITEM_TITLE_WORDS
        or SENTENCE_END.search(title)
        or (first.lines[0] != first.line and not decade_over_title)
    ):
        return
    if not all(first.date <= e.date[:4] <= first.end_date for e in entries[1:]):
        return
    if any(_titled_span_alike(first, entry) for entry in entries[1:]):
        return  # (a list of spans with their titles, lives or reigns: its first item)
    del entries[0]
    reason = "the page's title: a span of years over the chronology"
    result.layout.append(SkippedLine(first.line, lines[first.line - 1].strip(), reason))
    if first.lines[0] != first.line:  # ("1850s" / "Historical Timeline": its name below)
        name = lines[first.lines[0] - 1].strip()
        result.layout.append(SkippedLine(first.lines[0], name, "the page's name"))
    for number in first.lines[1:]:
        text = lines[number - 1].strip()
        result.unplaced.append(SkippedLine(number, text, "the introduction below the page's title"))


def _title_span_repeated(result: Split, lines: Sequence[str]) -> None:
    """Report a span of years alone on its line that repeats the span the page's title writes
    above it, and the introduction under it ("Chronology 1420-2013" / "Chronology" /
    "1420-2013" / "This chronology begins …" / "It keeps …" / "1420" / "• …"): the first
    entries, all of that span and its line, when at least MIN_LINES entries follow and every
    one lies within the span. A reader sees the page's title again, and its introduction."""
    entries = result.entries
    if len(entries) <= DocumentPattern.MIN_LINES:
        return
    first = entries[0]
    if (
        first.end_date is None
        or len(first.date) != 4
        or len(first.end_date) != 4
        or lines[first.line - 1].strip() != first.written
    ):
        return
    above = [line for line in lines[: first.line - 1] if line.strip()]
    if not any(first.written in line and line.strip() != first.written for line in above):
        return
    same = [
        e
        for e in entries
        if (e.date, e.end_date, e.written) == (first.date, first.end_date, first.written)
    ]
    if entries[: len(same)] != same:
        return
    rest = entries[len(same) :]
    if len(rest) < DocumentPattern.MIN_LINES or not all(
        first.date <= e.date[:4] <= first.end_date for e in rest
    ):
        return
    del entries[: len(same)]
    reason = "the page's title: a span of years over the chronology, written again alone"
    result.layout.append(SkippedLine(first.line, first.written, reason))
    for entry in same:
        for number in entry.lines:
            if number != first.line and (text := lines[number - 1].strip()):
                reason = "the introduction below the page's title"
                result.unplaced.append(SkippedLine(number, text, reason))


def _century_headings(result: Split, lines: Sequence[str]) -> None:
    """Report the entries that are a century's name with a short title on their line ("18th
    Century: The Origins", "19th century - Reform") over entries that all lie inside that
    century (its year 00 too: "1700s: …" under "18th Century"), up to the next such name:
    a section's heading, as no event is a century long. Other entries stay."""
    entries = result.entries
    named = [
        position
        for position, entry in enumerate(entries)
        if CENTURY_NAME.match(entry.written) is not None
        and entry.end_date is not None
        and len(entry.date) == len(entry.end_date) == 4
        and int(entry.end_date) - int(entry.date) == 99
        and len(entry.lines) <= 1
        and 0 < len(entry.text.split()) <= ITEM_TITLE_WORDS
        and not SENTENCE_END.search(entry.text)
    ]
    headings: set[int] = set()
    for place, position in enumerate(named):
        end = named[place + 1] if place + 1 < len(named) else len(entries)
        below = entries[position + 1 : end]
        first = int(entries[position].date) - int(entries[position].date) % 100
        last = int(entries[position].end_date or entries[position].date)
        if below and all(first <= int(entry.date[:4]) <= last for entry in below):
            headings.add(position)
    if not headings:
        return
    for position in sorted(headings):
        entry = entries[position]
        written = lines[entry.line - 1].strip()
        result.layout.append(SkippedLine(entry.line, written, CENTURY_HEADING))
    result.entries = [entry for position, entry in enumerate(entries) if position not in headings]


CENTURY_HEADING = "heading: a century's name over the entries below"


# a section's number: digits or a Roman numeral, perhaps with an ordinal's ending ("XIII",
# "12th", "3.", "IVe"; French "1re", "1er", Spanish and Italian "2º", "3ª")
SECTION_NUMBER = re.compile(
    r"(?:\d{1,4}|(?-i:[IVXLC]{1,7}))(?:\.|st|nd|rd|th|e|ème|er|re|ère|[º°ª])?", re.I
)
HEADING_SERIES_LINES = 3  # lines of one template, each with its own number
HEADING_SERIES_WORDS = 4
HEADING_SERIES_LENGTH = 60  # (four words and a number at most)


def _numbered_heading_series(lines: Sequence[str]) -> frozenset[str]:
    """The lines of a series of numbered headings ("XI th århundrede", "XIII th århundrede",
    "XIV th århundrede"; "Part 1", "Part 2", "Part 3"): short lines of at most
    HEADING_SERIES_WORDS words and no sentence's end, the same words but one, a number
    (digits or a Roman numeral) that differs on each, at least HEADING_SERIES_LINES of
    them. A section's heading wherever it stands, never the rest of the entry above it
    (even one whose text ends without a full stop: "… dateret 1057" / "XIII th …")."""
    series: dict[tuple[str, ...], set[str]] = {}
    texts: dict[tuple[str, ...], set[str]] = {}
    for line in lines:
        text = line.strip()
        if len(text) > HEADING_SERIES_LENGTH:
            continue  # (a long line is text; never split into words here)
        words = text.split()
        if not 2 <= len(words) <= HEADING_SERIES_WORDS or SENTENCE_END.search(text):
            continue
        numbered = [i for i, word in enumerate(words) if SECTION_NUMBER.fullmatch(word)]
        if len(numbered) != 1:
            continue
        place = numbered[0]
        key = (
            *(w.casefold() for w in words[:place]),
            "#",
            *(w.casefold() for w in words[place + 1 :]),
        )
        series.setdefault(key, set()).add(words[place])
        texts.setdefault(key, set()).add(text)
    return frozenset(
        text
        for key, numbers in series.items()
        if len(numbers) >= HEADING_SERIES_LINES
        for text in texts[key]
    )


# a year written with its digits spaced out, alone on its line ("1 8 9 4": a page's large type)
SPACED_YEAR_ALONE = re.compile(r"[ \t]*(?P<year>[12](?: \d){3})[ \t]*")


def _spaced_year_headings(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines that write a year heading with its digits spaced out ("1 8 9 4" /
    "20-25 septembre : Le Service …") rewritten as the year ("1894"), where the next line
    with text opens with a date of no year (the heading's entries); with what each wrote,
    by index (for the report). Elsewhere such digits are a page's number or a code."""
    found: dict[int, str] = {}
    written = lines
    for index, line in enumerate(lines):
        if line.strip()[1:2] != " " or (spaced := SPACED_YEAR_ALONE.fullmatch(line)) is None:
            continue
        below = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
        opening = ENTRY_START.match(below) if below[:1].isalnum() else None
        if opening is None or dates.has_year(opening):
            continue
        if written is lines:
            written = list(lines)
        written[index] = spaced["year"].replace(" ", "")
        found[index] = line.strip()
    return written, found
