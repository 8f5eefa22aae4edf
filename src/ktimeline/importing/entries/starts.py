"""Where an entry starts (entry_starts).

A date at a line's start with its separator, alone on its line, opening the document's
own shapes, or in the middle of a line after a sentence ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET, BULLET_SIGN, CELL_BULLET, DECORATION
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    CIRCA_WORDS,
    CLOCK_ALONE,
    ENTRY_START,
    WEEKDAY_LEAD,
    WEEKDAY_STARTS,
    is_clock_alone,
)
from ktimeline.importing.entries.furniture import ABBREVIATION_END
from ktimeline.importing.entries.pattern import DocumentPattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ktimeline.importing.entries.results import Entry


# --- splitting ------------------------------------------------------------------------------

_ENTRY_BOUNDARY = frozenset('.!?”"’)]0123456789')


def _after_boundary(line: str, at: int) -> bool:
    """Whether the last non-space character before ``at`` ends a sentence or a footer (a
    dash set apart before the date is its bullet: "… an intruder.      –Feb 20, 2013: …",
    "… 25mila gli sfollati. -8 APRILE: …", a hyphen as the list's bullet)."""
    index = at - 1
    while index >= 0 and line[index].isspace():
        index -= 1
    if index == at - 1 and index > 0 and line[index] in "-–—" and line[index - 1].isspace():
        index -= 1
        while index >= 0 and line[index].isspace():
            index -= 1
    return index >= 0 and line[index] in _ENTRY_BOUNDARY


# "Regional tensions", "The war years": a section's heading as a short run of words, the
# first capitalised, no digit and no sign of a sentence (see _run_in_heading)
RUN_IN_HEADING = re.compile(r"(?<=[.!?][ \t])[ \t]*[A-Z][^\W\d_]*(?:[ \t][^\W\d_]+){0,3}[ \t]+\Z")


RUN_IN_HEADING_REASON = "heading: a section's heading run into the line of entries"


# a line that shows the layout: a sentence's end, a heading, then "1962 – India …"
RUN_IN_HEADING_HINT = re.compile(
    r"[.!?][ \t]+[A-Z][^\W\d_]*(?:[ \t][^\W\d_]+){0,3}[ \t]+(?:1[0-9]|20)\d\d"
    r"(?:[-–/]\d{2,4})?[ \t]+[–—-][ \t]+[A-Z]"
)


def _run_in_heading(line: str, at: int) -> int | None:
    """Where a section's heading run into a line of entries starts, just before ``at``
    (the text's own heading between a sentence's end and the next entry, its line break
    lost: "… Jawaharlal Nehru. Regional tensions 1962 – India …"): one to four words of
    letters alone, the first capitalised, right after a sentence ends (not after an
    abbreviation, "… Gen. Regional"; nor a sentence's "In", "By", "Since" … before the
    year); else None."""
    window = line[max(0, at - 60) : at]
    found = RUN_IN_HEADING.search(window)
    if found is None:
        return None
    start = at - len(window) + found.start()
    if ABBREVIATION_END.search(line[:start].rstrip()) is not None:
        return None
    if found.group().split()[-1].lower() in NOT_AN_ENTRY_BEFORE:  # ("… ended. After 1962 – …")
        return None
    return start + (len(found.group()) - len(found.group().lstrip()))


_WEAK_SEPARATORS = {".", None}


# "hi-court-pistorius-03996934", "lead_media_image_1", "photo.jpg": a file's name
FILE_NAME = re.compile(r"\S*(?:_|\d{5,}|\.(?:jpe?g|png|gif|webp)\b)\S*", re.IGNORECASE)


LABEL_WORDS = 3


def _is_label(line: str, prefix: str, at: int) -> bool:
    """Whether the words before a line's first date are a label of it: a file's name alone,
    or a few words run into the date by a dash ("images (1)-Feb 18, 2013: …")."""
    label = prefix.strip().rstrip("-–").strip()
    if not label or len(label.split()) > LABEL_WORDS:
        return False
    if _after_glued_label(line, at):
        return True
    return " " not in label and FILE_NAME.fullmatch(label) is not None


def _after_glued_label(line: str, at: int) -> bool:
    """Whether a month's name at ``at`` follows a label glued to it by a dash: an image's
    file name before the entry's date ("…_lead_media_image_1-Feb 19, 2013: text")."""
    return (
        at >= 2
        and line[at - 1] in "-–"
        and not line[at - 2].isspace()
        and line[at : at + 1].isalpha()
    )


# "1000 (ca) Rinascita …": "(ca)", "(c.)", "(circa)", "(approx.)" after a date with its text
# after them: the date said to be approximate (dated by the year, with a warning: the data
# format has no finer form), no text of the entry
APPROXIMATE_MARK = re.compile(
    r"\((?:ca|c|circa|approx|approximately|about|env)\.?\)\s+(?=\S)", re.I
)


@dataclass
class _Start:
    start: int  # where the date (with its decoration) starts in the line
    text_start: int  # where the entry's text starts
    match: re.Match[str]
    context: re.Match[str] | None = None  # "2018 • March: text": the year before the date
    # the part of the date that starts the text instead: "y1" of "Jan 17 1994 Northridge
    # earthquake" in a "Jan 1 text" page, "d2" of "June 16-29 Superfortresses" in a
    # "June 6-Allies take Rome" page
    text_part: str | None = None
    # "… Syngman Rhee 1947: South Korea established:": a year entry in the middle of a line
    # (the words before it are a caption, never part of the entry before)
    mid_line_year: bool = False
    # "… Nehru. Regional tensions 1962 – India loses …": where a section's heading run in
    # before the entry starts (never the end of the entry before it; see _run_in_heading)
    heading_start: int | None = None


def _start(line: str, at: int, match: re.Match[str], pattern: DocumentPattern | None) -> _Start:
    """An entry's start at ``at``; "2018 • March: text" (a year, a bullet, then a date
    without its year) is one entry in March 2018, and "Jan 17 1994 Northridge earthquake"
    in a document of "Jan 1 text" lines is dated Jan 17 with the text "1994 Northridge …"
    (the document's own shape is preferred to a longer reading)."""
    context_sign = (match["sep"] or "").strip() in ("•", ":")  # ("1957: 4 October: Sputnik …")
    if context_sign and dates.has_year(match) and not dates.has_day(match):
        end = match.end()
        inner = ENTRY_START.match(line, end) if dates.date_candidate().match(line, end) else None
        # ("1831: 18 April, the Sydney Herald was first …": the day and month, then a comma)
        comma = inner is not None and inner.group().rstrip().endswith(",")
        if (
            inner is not None
            and (inner["sep"] not in _WEAK_SEPARATORS or comma)
            and not dates.has_year(inner)
        ):
            return _Start(at, inner.end(), inner, context=match)
    part = pattern.text_part(match) if pattern is not None and match["bare"] is not None else None
    if part is not None:
        return _Start(at, match.start(part), match, text_part=part)
    if match["note"] is not None and match.end() < len(line):  # (a heading's note: no text)
        return _Start(at, match.start("note"), match)
    if match["bare"] is not None and (mark := APPROXIMATE_MARK.match(line, match.end())):
        return _Start(at, mark.end(), match)  # ("1000 (ca) Rinascita …": see there)
    if match["odd"] == "|" and (bullet := CELL_BULLET.match(line, match.end())) is not None:
        # "| 2016      | - Initial talks … |": a table cell's text opening with a list's
        # bullet (Markdown's "<br>- " items in one cell); the bullet is no text
        return _Start(at, bullet.end(), match)
    return _Start(at, match.end(), match)


def _signed_year(line: str, indent: int, first: int, pattern: DocumentPattern | None) -> bool:
    """Whether the line opens with a minus sign glued to its year ("-2200 text") in a document
    that writes years with that sign inside its sentences ("fra -1730 til -1688"): a year
    before the Common Era, no bulleted year of the era ("-1911 Charles R. Flint …")."""
    return (
        pattern is not None
        and pattern.reads_signed_years()
        and first == indent + 1
        and line[indent] in "-−"
    )


def entry_starts(line: str, pattern: DocumentPattern | None = None) -> list[_Start]:
    """Every place in a normalised line where an entry starts (start, text start, match).

    At a line's start a date needs its separator, or to stand alone on the line; a date
    followed by its text with no separator, or by a sign that is no separator, starts an
    entry only where the document's own pattern writes its entries so."""
    found: list[_Start] = []
    candidates = dates.date_candidates(line)
    next_candidate = next(candidates, None)
    if next_candidate is None:
        return found  # (most lines of an entry's text: no date anywhere)
    indent = len(line) - len(line.lstrip())
    head = DECORATION.match(line[indent:])  # (a pattern's ^ does not match at pos=indent)
    first = lead = indent + (head.end() if head else 0)
    weekday = None
    if line[first : first + 3].lower() in WEEKDAY_STARTS:
        weekday = WEEKDAY_LEAD.match(line, first)
    if weekday is not None:
        first = weekday.end()
    taken = 0
    opens = pattern is not None and (  # "On <date>," items, "• In 1973, …" items
        pattern.on_dates >= pattern.MIN_LINES
        or pattern.year_openers >= pattern.MIN_LINES
        or pattern.year_paragraphs > 0
    )
    for candidate in chain((next_candidate,), candidates):
        if candidate.start() < taken:
            continue
        at = candidate.start()
        mid_sentence = at > first + 2 and not _after_boundary(line, at)
        heading_start = None
        if mid_sentence and pattern is not None and pattern.reads_dashed_years_mid_line():
            # ("… Nehru. Regional tensions 1962 – India …": a heading run in, see there)
            heading_start = _run_in_heading(line, at)
            mid_sentence = heading_start is None
        if mid_sentence and line[at - 1] in "-–" and _after_glued_label(line, at):
            mid_sentence = False  # (a whole date with its separator, checked below)
        years_mid = mid_sentence and pattern is not None and pattern.reads_years_mid_line()
        bulleted_on = at - first == 3 and lead > indent and _bulleted_on_day(line, first)
        if mid_sentence and not (opens and _opening(line, first, at)) and not years_mid:
            if bulleted_on:  # ("• On September 11, Al Qaeda …" under "2001": see _on_date)
                match = ENTRY_START.match(line, at)
                if match is not None and _on_date(line, first, at, match, pattern):
                    found.append(_Start(first, first, match))
                    taken = match.end()
                continue
            if at - first == 3 and _on_dated_line(line, first, at, pattern):
                match = ENTRY_START.match(line, at)
                if match is not None and _separated_whole_date(match):
                    found.append(_start(line, first, match, pattern))
                    taken = found[-1].text_start
            continue  # mid-line, an entry starts only after a sentence ends (cheap test)
        if first < at <= first + 7 and line[first:at].strip().rstrip(".").lower() in CIRCA_WORDS:
            continue  # ("c. 2500: text": an approximate year, see CIRCA; never "c." and 2500)
        if at == first and _signed_year(line, indent, first, pattern):
            continue  # ("-2200 text" where the document writes "fra -1730": see SIGNED_YEAR_INSIDE)
        match = ENTRY_START.match(line, candidate.start())
        if match is None:
            continue
        mid_year = at > first + 2 and pattern is not None and pattern.reads_years_mid_line()
        if mid_year and pattern is not None and _year_entry_mid_line(line, at, match, pattern):
            found.append(_Start(at, match.end(), match, mid_line_year=True))
            taken = match.end()
            continue
        if mid_sentence and years_mid and not (opens and _opening(line, first, at)):
            continue
        at = match.start()
        while at > 0 and line[at - 1] in "*_":  # "**Oct. 5, 2019:** text"
            at -= 1
        if at > 0 and (line[at - 1].isalnum() or line[at - 1] in "$#/"):
            continue
        dashed = at > 1 and line[at - 1] in _DASH_CHARS and line[at - 2].isalnum()
        if dashed and not (_after_glued_label(line, at) and _starts_mid_line(line, at, match)):
            # "1960s-1970s:" where the span's first half was not read: its end is no date
            # ("image_1-Feb 19, 2013: text" is a label and a whole date)
            continue
        if _on_date(line, first, at, match, pattern):
            found.append(_Start(first, first, match))  # the text keeps "On June 25, 1950, …"
            taken = match.end()
            continue
        if at <= first:
            if match["ycolon"] and match["dlead"] and _year_after(match):
                # ("1999: March 4, 1998 was …": the item's year alone, the whole day its text's)
                match = ENTRY_START.match(line, at, match.start("mlead")) or match
            if _starts_line(match, pattern):
                found.append(_start(line, lead if weekday else at, match, pattern))
                taken = found[-1].text_start
            continue
        if (
            _starts_mid_line(line, at, match)
            or _month_entry_mid_line(line, at, match, pattern)
            or _dashed_year_mid_line(line, at, match, pattern, heading_start)
        ):
            # ("… gli sfollati. -8 APRILE: …": the item's bullet glued to its date is its own,
            # never the end of the text before it)
            bullet = at > 1 and line[at - 1] in "-–—" and line[at - 2].isspace()
            found.append(_start(line, at - 1 if bullet else at, match, pattern))
            if heading_start is not None:
                found[-1].heading_start = heading_start
            taken = found[-1].text_start
    if len(found) >= DocumentPattern.MIN_LINES:
        return _months_in_day_run(line, found, pattern)
    return found


def _months_in_day_run(
    line: str, found: list[_Start], pattern: DocumentPattern | None
) -> list[_Start]:
    """ "… September 21: Convention declares a republic. December: Louis on trial. 1793
    January 21: …": a month alone with its colon after a sentence ends, in a line that runs
    days with their colons together (at least MIN_LINES of them, mid-line): an entry of that
    month, as its days are (never text of the day before it)."""
    days = [
        start
        for start in found
        if start.start > 0 and start.match["sep"] == ":" and dates.has_day(start.match)
    ]
    if len(days) < DocumentPattern.MIN_LINES:
        return found
    taken = {start.start for start in found}
    added: list[_Start] = []
    for candidate in dates.date_candidates(line):
        at = candidate.start()
        if at in taken or at < days[0].start or not line[at : at + 1].isupper():
            continue
        match = ENTRY_START.match(line, at)
        if match is None or match["sep"] != ":" or match["tight"] is not None:
            continue
        if match["mo1"] is None or dates.date_shape(match) != "month":
            continue
        if not line[match.end() : match.end() + 1].isupper() or not _after_boundary(line, at):
            continue
        added.append(_start(line, at, match, pattern))
    if not added:
        return found
    return sorted([*found, *added], key=lambda start: start.start)


# ("El 25 de junio de 1950, …", "Le 25 juin 1950, …", "Il …", "Em …", "Op …", and German
# "Am 25. Juni 1950 beginnt …", "Seit dem 1. Mai 2004 ist …", "Der 9. November 1989 bringt
# …", whose verb follows the date with no comma)
ON_DATE = re.compile(r"(?:On|In|El|Le|Il|Em|Op|Am|Seit dem|Der)\s+")


# "Am selben Tag fliehen …", "Le même jour, …", "On the same day, …": an item that opens by
# naming the day of the entry above (see _Splitter.same_day_item); capitals, at a line's start
SAME_DAY = re.compile(
    r"(?:(?:On\s+)?(?:The|That|the|that)\s+same\s+day|Same\s+day|Later\s+that\s+day"
    r"|(?:Am|An)\s+(?:selben|gleichen|demselben|dem\s+(?:selben|gleichen))\s+Tage?"
    r"|Noch\s+am\s+(?:selben|gleichen)\s+Tag|(?:Le|Ce)\s+même\s+jour|Le\s+jour\s+même"
    r"|(?:El|Ese|Aquel)\s+mismo\s+día|(?:Lo|Nello)\s+stesso\s+giorno|Il\s+giorno\s+stesso"
    r"|(?:No|Nesse)\s+mesmo\s+dia|Op\s+dezelfde\s+dag|Samma\s+dag)(?![\w])"
)


# "In autunno: si trasferiscono …", "Im Herbst: …", "In the autumn – …", "Winter: …": a line
# opening with a season and no year, its colon or spaced dash after it (see the splitter's
# season_item): the season of the year of the entry above ("En el verano:", "In de zomer –",
# "Nella primavera:": an article after the word "in"; "Latem:", "Jesienią –": the Polish
# seasons as adverbs, no word before them)
SEASON_NO_YEAR = re.compile(
    r"(?:(?:in|en|im|nel|nell['’]|nella|au|à|om|i|w)[ \t]+"
    r"(?:(?:the|el|de|la|le)[ \t]+|l['’][ \t]?)?)?"
    r"(?P<season>spring|summer|autumn|fall|winter|primavera|estate|autunno|inverno|verano"
    r"|oto[ñn]o|invierno|ver[ãa]o|outono|printemps|[ée]t[ée]|automne|hiver|fr[üu]hling"
    r"|fr[üu]hjahr|sommer|herbst|lente|zomer|herfst|wiosn[aąie]|lat[oe]m?|jesieni[ąa]?|jesień"
    r"|zim[aąie]"
    r"|v[åa]ren|sommaren|h[øö]sten|vinteren|vintern)"
    r"[ \t]*(?::|[–—-][ \t])[ \t]*(?=\S)",
    re.IGNORECASE,
)


NO_COMMA_OPENERS = ("Am ", "Seit dem ", "Der ")


# "• In 1973, the first …", "• By 2007, the airline …", "• During the 1980s, …": a bulleted
# item whose sentence opens with the year (or month and year) it tells of
# (and the same words in other languages: "• En 1904, asumió …", "· Em 1950, o clube …",
# "• Im Jahr 1937 wurde …", "• Nel 1911, …", "• El año 1910 quedará …")
YEAR_OPENER = re.compile(
    r"(?:In|By|During|Since|Until|From|The\s+year|En|Em|Im(?:\s+Jahre?)?|Nel|Dans"
    r"|Depuis|Desde|Durante|Seit|El\s+año|No\s+ano|Nell'anno|L'année)\s+(?:the\s+)?"
)


# a unit or measure right after a number ("1500 metres", "2000 tonnes", "2000 words or
# fewer"): the number a figure
FIGURE_AFTER = re.compile(rf"\s*{dates.FIGURE_UNIT}", re.IGNORECASE)


def _opening_year_date(line: str) -> re.Match[str] | None:
    """The date a line opens its sentence with after "In", "By", "During" …, when it writes
    its year but no day ("In June 2009 Prime Minister …"), else None."""
    if line[:1] not in "IBDSUFTENL":
        return None
    opener = YEAR_OPENER.match(line)
    opened = ENTRY_START.match(line, opener.end()) if opener else None
    if opened is None or not dates.has_year(opened) or dates.has_day(opened):
        return None
    if FIGURE_AFTER.match(line, opened.end()):  # ("In 2000 words or fewer …": a count)
        return None
    return opened


# "In September he cedes …", "En septiembre, el …", "Im März wird …": an item's sentence
# opening with a month named alone (no day, no year after it)
OPENING_MONTH_ALONE = re.compile(
    r"(?:In|En|Em|Im|Nel|Dans|Au\s+mois\s+de|Durante)\s+(?P<month>[^\W\d_]{3,})(?=,?[ \t]+[^\W\d_])"
)


def _later_date_opening_item(above: Entry, item: str) -> tuple[str, str | None] | None:
    """An item under a day or a month (its heading ``above``) that opens its sentence with
    a later month of that year, named alone ("JUNE 4, 1979:" / "-In September he cedes
    …"), or with a later year ("DECEMBER 31, 1981:" / "-In 1982 Ghana becomes …"): the
    item's own date (the corpus README's rule for an item opening with its date after an
    opening word), (that month or year, the span's end or None). An earlier or the same
    month or year (told of again), or none: None."""
    if len(above.date) < 7 or above.end_date is not None or not above.date[:4].isdigit():
        return None
    body = item.lstrip(" \t-–—•")
    month = OPENING_MONTH_ALONE.match(body)
    if month is not None and month["month"].lower() in dates.MONTHS:
        number = dates.month_number(month["month"])
        if number > int(above.date[5:7]):
            return f"{above.date[:4]}-{number:02d}", None
        return None
    opened = _opening_year_date(body)
    if opened is None:
        return None
    read = dates.resolve_date(opened, dates.YearContext(None))
    if isinstance(read, str) or read[0][:4] <= above.date[:4]:
        return None
    return read[0], read[1]


# a sentence's last year and its full stop ("… murió el 24 de septiembre 1541.")
YEAR_ENDING_SENTENCE = re.compile(r"(?<!\d)\d{4}\.$")
# how far before the line's end a whole day may begin ("24 de septiembre de 1541")
WHOLE_DAY_AT_MOST = 40


def _whole_day_ending_sentence(text: str, year: str) -> tuple[str, str | None] | None:
    """The whole day (day, month and year) a one-sentence line ends with, before its full
    stop ("Paracelso murió el 24 de septiembre 1541.", "The founder dies on 3 May 1890."),
    under an item of ``year``: the item's date, as the corpus README reads a whole date
    ending an item (no day named inside a sentence: its year is written). A sentence ending
    before it, another shape (a year, a month and year), or a day before ``year``: None (a
    day earlier than the item it follows is what came before it, the item's background:
    "1950" / "John Smith becomes mayor." / "His predecessor had served since 3 May 1941.";
    a later one is its sequel, told under it: "Paracelso murió …" under his birth, 1493)."""
    if YEAR_ENDING_SENTENCE.search(text) is None:
        return None
    end = len(text) - 1
    for position in range(max(1, end - WHOLE_DAY_AT_MOST), end):
        if text[position - 1] not in " \t'’" or not text[position].isalnum():  # ("l'8 …")
            continue
        found = dates.find_date(text, position)
        if found is None or found.end() != end:
            continue
        if dates.date_shape(found) not in ("day-month-year", "month-day-year"):
            return None
        if FIRST_SENTENCE_END.search(text, 0, position) is not None:
            return None  # (a sentence before: the day is the later sentence's)
        read = dates.resolve_date(found, dates.YearContext(None))
        return None if isinstance(read, str) or read[0][:4] < year else (read[0], read[1])
    return None


# "On Easter Monday, ", "On Monday, ", "On ": a paragraph's opening before its day, the day
# named by a weekday or a feast of up to three capitalised words and a comma
ON_NAMED_DAY = re.compile(r"On[ \t]+(?:(?:[A-Z][^\W\d_]*[ \t]+){0,2}[A-Z][^\W\d_]*,[ \t]+)?")


def _paragraph_on_day(line: str) -> re.Match[str] | None:
    """The date of a paragraph that opens its sentence with its whole day, year and all, and
    a comma ("On Easter Monday, April 24, 1916, the insurgents …", "On June 5, 1967, …"):
    an item that opens with its day (the corpus README's rule), whatever the document's
    other entries; else None. The caller asks for the paragraph (a blank line above)."""
    if not line.startswith("On"):
        return None
    opener = ON_NAMED_DAY.match(line)
    opened = ENTRY_START.match(line, opener.end()) if opener else None
    if opened is None or not (dates.has_day(opened) and dates.has_year(opened)):
        return None
    return opened if _comma_after(opened) else None


def _on_dated_line(line: str, first: int, at: int, pattern: DocumentPattern | None) -> bool:
    """ "On 8 February 1946 - Cho Man-sik is forced out": "On" before a line's whole date
    and its separator, in a document of "date - text" lines (at least MIN_LINES): the
    line is one of them (its text is what follows the separator)."""
    return (
        pattern is not None
        and at - first == 3
        and pattern.separated >= pattern.MIN_LINES
        and ON_DATE.fullmatch(line, first, at) is not None
    )


def _separated_whole_date(match: re.Match[str]) -> bool:
    sep = (match["sep"] or "").strip()
    return (
        bool(sep)
        and sep in ":" + _DASH_CHARS
        and match["tight"] is None
        and dates.has_day(match)
        and dates.has_year(match)
    )


def _opening(line: str, first: int, at: int) -> bool:
    """Whether the words from ``first`` to ``at`` open a sentence with its date ("On",
    "In the", "During")."""
    return bool(ON_DATE.fullmatch(line, first, at) or YEAR_OPENER.fullmatch(line, first, at))


def _on_date(
    line: str, first: int, at: int, match: re.Match[str], pattern: DocumentPattern | None
) -> bool:
    """ "3. On August 15, 1945, Japan surrenders …": an item whose sentence opens with its
    date, in a document whose items are written so ("On 1 January, the WHO …" after "On 31
    December 2019, China …": the year from the item before)."""
    if pattern is None:
        return False
    if at - first == 3 and first > 0 and _bulleted_on_day(line, first):
        # "• On September 11, Al Qaeda …" under a year heading: an item opening with its
        # day (and no year), even the only one so written (its year from the heading)
        return _comma_after(match) and dates.has_day(match) and not dates.has_year(match)
    if pattern.year_openers >= pattern.MIN_LINES and _opens_with_year(line, first, at, match):
        return True  # ("• In 1973, the first Boeing 747 …", in a list of such items)
    if pattern.year_paragraphs and first == 0 and line[:3] in ("In ", "By ") and at == 3:
        # ("In 1871, Idestam …": a narrative's paragraph, see find_pattern)
        return _comma_after(match) and dates.has_year(match) and not dates.has_day(match)
    return (
        pattern.on_dates >= pattern.MIN_LINES
        and (_comma_after(match) or line.startswith(NO_COMMA_OPENERS, first))
        and ON_DATE.fullmatch(line, first, at) is not None
        and dates.has_day(match)
    )


# the words an item's text opens its day with ("Am 18. September", "le 23 décembre", "On 5
# May,", "A 17 de janeiro"); an opening month ("In September, Mbeki …" under "2008") leaves
# the year, as the corpus's lists read it
# ("In 1 October, Nigeria …"; "Ab dem 4.1. wurde …", "Seit dem 3. Mai …", "Vom 2. Juni …":
# German "from", "since"; "No dia 1º de fevereiro, …", "El día 3 de marzo …", "Il giorno 5
# maggio …": Portuguese, Spanish and Italian "on the day")
DAY_OPENER = re.compile(
    r"(?:(?:on|in|am|ab\s+dem|seit\s+dem|vom|no\s+dia|el\s+d[ií]a|il\s+giorno|le|el|il|em|op"
    r"|the|a)\s+"
    # ("L’11 de setembre …", "l'8 dicembre …": the article elided before a day, Catalan's and
    # Italian's, glued to it)
    r"|l['’](?=\d))?",
    re.IGNORECASE,
)


# "4.1. wurde …", "18.9. treffen …": a day and month in figures, each with its full stop,
# after such an opening word ("Ab dem 4.1. wurde …"), whatever follows (alone, "4.1. Text"
# needs its capital: see dates' _GLUED_OR_ALONE)
DOTTED_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})\.[ \t]?(?P<month>\d{1,2})\.(?=[ \t])")


# "8th", "21st", "2nd", "3rd": a day written as an ordinal, in lower case as an item writes
# it ("1953: On the 8th of April, Kenyatta …"; "No dia 1º de fevereiro", "le 1er mars": the
# first of a month in Portuguese, Spanish, French); "1The" is a day glued to the text's word
ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th|[º°]|er)")


# a day and month set apart from the text by a dash or colon ("1588 - le 23 décembre - text"):
# the date's part, not the text's
# ("1991年 | 1月30日~31日 | text": a table's year cell, then its day's cell)
OPENING_DATE_SEPARATOR = re.compile(r"\s*(?:[:–—|]|\s-)\s+")


def _day_opening_year_item(
    dates_found: tuple[str, str | None, str | None], text: str
) -> tuple[str, str | None, str] | None:
    """An entry of a year alone whose text opens with a day and month with no year ("1904 Am
    18. September treffen sich …", "1588 - le 23 décembre - Assassinat …"; the seventeenth
    round's rule, an item opening with its day), or after an opening word with that year
    again ("1995  On 8 November 1995 the …", the forty-first round's rule): (the day of that
    year, the last day of a span written East Asian style, "1月30日~2月1日", or None, the
    text). The text keeps its opening words, unless a dash or colon sets the date apart from
    it (then it is the date's). A day later in the text ("1905 Bei der … am 08. Oktober")
    leaves the year: None."""
    year, end = dates_found[0], dates_found[1]
    if len(year) != 4 or end is not None:
        return None
    body = text.lstrip(" \t-–—:")
    day = DAY_OPENER.match(body)
    if day is None or not body[day.end() : day.end() + 1].isalnum():
        return None
    dotted = DOTTED_DAY_MONTH.match(body, day.end()) if day.end() else None
    if dotted is not None:
        month, number = int(dotted["month"]), int(dotted["day"])
        if 1 <= month <= MONTHS and 1 <= number <= dates.days_in_month(int(year), month):
            return f"{year}-{month:02d}-{number:02d}", None, body
        return None
    if not dates.date_candidate().match(body, day.end()):  # (cheap first: most open otherwise)
        return None
    found = dates.find_date(body, day.end())
    if found is None or found.start() != day.end():
        return None
    shape = dates.date_shape(found)
    parts = dates.date_parts(found)
    if shape in ("day-month-year", "month-day-year") and day.end() and parts["y1"] == year:
        pass  # ("1871" / "Am 1. November 1871 gründen …": the year above written again)
    elif shape not in ("day-month", "month-day"):
        return None
    if found["d2"] or found["gd2"]:
        return None
    if not str(parts["d1"]).isdigit() and ORDINAL_DAY.fullmatch(str(parts["d1"])) is None:
        return None  # ("May 1The …": a day glued to the text's word)
    month, number = dates.month_number(str(parts["m1"])), dates.day_number(str(parts["d1"]))
    if not 1 <= number <= dates.days_in_month(int(year), month):
        return None
    apart = OPENING_DATE_SEPARATOR.match(body, found.end())
    figures = day.end() == 0 and NUMERIC_DAY_MONTH.fullmatch(found.group().strip()) is not None
    if figures and not body[found.end() :].strip():
        return f"{year}-{month:02d}-{number:02d}", None, ""  # ("1893    01.02." / "FC Lipsia")
    if apart is None and body[found.end() : found.end() + 1] not in (" ", ","):
        return None
    if (
        apart is None
        and body[: day.end()].strip().lower() == "in"
        and "," not in found.group()[-1:] + body[found.end() : found.end() + 1]
        and body[found.end() :].lstrip()[:1].isupper()
    ):
        return None  # ("In 1 October, Nigeria …": "In 1 May Street, a riot" is a street's)
    if apart is None and day.end() == 0 and body[found.end() :].lstrip()[:1].islower():
        return None  # ("2001: September 11 attacks", "1919: March 1 movement": a name, the year's)
    kept = body[apart.end() :] if apart is not None else body
    if apart is None and figures:
        # ("1885    05.05. Berliner Fußballclub …": a day in figures is the date's cell, no
        # words of the text)
        kept = body[found.end() :].lstrip(" ,")
    last = None
    if found["kd2"]:  # ("1月30日~2月1日", "3月11日~12日": the span's last day, the same year)
        last_month = dates.month_number(found["km2"]) if found["km2"] else month
        last_day = int(found["kd2"])
        if not 1 <= last_day <= dates.days_in_month(int(year), last_month):
            return None
        last = f"{year}-{last_month:02d}-{last_day:02d}"
    return f"{year}-{month:02d}-{number:02d}", last, kept


MONTHS = 12


# "05.05.", "18.3.", "5/11": a day and month written in figures only
NUMERIC_DAY_MONTH = re.compile(r"\d{1,2}[./]\s?\d{1,2}\.?")


# "Morre, ", "Dies, ", "However, ", "Tem início, ": one word or two and a comma before an
# item's day ("Morre, a 22 de janeiro, Benjamin Constant …", "Tem início, a 6 de setembro, a
# Segunda Revolta …": the corpus README's rule for a day named inside a sentence)
WORD_BEFORE_DAY = re.compile(r"[^\W\d_]{2,}(?:[ \t][^\W\d_]{2,})?,[ \t]+")


def _day_opening_text_below_year(entry: Entry, text: str) -> tuple[str, str | None] | None:
    """The first line under a year alone on its line that opens with a day and month and no
    year ("1783" / "26. Mai Verheerende Überschwemmung …", "1500" / "Op 24 februari wordt
    Karel V …", "1945" / "On 8 May, the war …"): an item that opens with its day (the
    corpus README's rule), as "1904 Am 18. September …" on one line reads: (that day of
    the year, the span's last day or None); the text keeps its opening words. Else None."""
    if len(entry.date) != 4 or entry.end_date is not None or not entry.date.isdigit():
        return None
    body = text.lstrip(" \t-–—:")
    inverted = WORD_BEFORE_DAY.match(body)
    if inverted is not None and body[inverted.end() :][:1].isalpha():
        # "Morre, a 22 de janeiro, Benjamin Constant …", "Dies, on 22 January, …": one word
        # before the day set off by commas, the sentence still opening with its day
        rest = body[inverted.end() :]
        opener = DAY_OPENER.match(rest)
        found = dates.find_date(rest, opener.end()) if opener and opener.end() else None
        if found is None or "," not in (found.group()[-1:] + rest[found.end() :].lstrip()[:1]):
            return None
        opened = _day_opening_year_item((entry.date, None, None), rest)
        return (opened[0], opened[1]) if opened is not None and opened[2] == rest else None
    opener = DAY_OPENER.match(body)
    if (opener is None or opener.end() == 0) and not body[:1].isdigit():
        return None  # ("1910" / "May 1 The club wins …": a month first, no opening word)
    opened = _day_opening_year_item((entry.date, None, None), text)
    if opened is None or opened[2] != text.lstrip(" \t-–—:"):
        return None  # (a day set apart by a dash, "12 czerwca – text": the text's own form)
    return opened[0], opened[1]


# "Fra 1534 - 36 raser …", "From 1534 to 1536 the …", "Von 1534 bis 1536 …": "from" opening
# an item's sentence before a span of years
SPAN_OPENER = re.compile(rf"{dates.FROM_WORD}[ \t]+(?=[12]\d{{3}})", re.IGNORECASE)


def _span_opening_text_below_year(entry: Entry, text: str) -> tuple[str, str | None] | None:
    """The first line under a year alone on its line that opens its sentence with "from"
    and a span of years starting at that year ("1534" / "Fra 1534 - 36 raser den danske
    borgerkrig …"): an item that opens with its date (the corpus README's rule for an item
    opening with its day after an opening word), the span its date: (the year, the span's
    end); the text keeps its opening words. A span from another year, or none: None."""
    if len(entry.date) != 4 or entry.end_date is not None or not entry.date.isdigit():
        return None
    body = text.lstrip(" \t-–—:")
    opener = SPAN_OPENER.match(body)
    found = dates.find_date(body, opener.end()) if opener is not None else None
    if found is None:
        return None
    read = dates.resolve_date(found, dates.YearContext(None))
    if isinstance(read, str) or read[1] is None or read[0] != entry.date:
        return None
    return read[0], read[1]


def _year_opening_text_below_century(entry: Entry, text: str) -> tuple[str, str | None] | None:
    """The first line under a century alone on its line that opens its sentence with a year
    of that century ("Siglo XVI" / "En 1578, don Juan …", "16th century" / "In 1588 the
    Armada …"): an item that opens with its date (the corpus README's rule), the century only
    its heading: (that date, the end of a span or None); the text keeps its opening words.
    A year outside the century, or none: None."""
    if not (entry.date.isdigit() and entry.end_date is not None and entry.end_date.isdigit()):
        return None
    first, last = int(entry.date), int(entry.end_date)
    if last - first != CENTURY_YEARS - 1:
        return None
    opened = _opening_year_date(text.lstrip(" \t-–—:"))
    if opened is None:
        return None
    read = dates.resolve_date(opened, dates.YearContext(None))
    if isinstance(read, str) or not first <= int(read[0][:4]) <= last:
        return None
    return read[0], read[1]


CENTURY_YEARS = 100


# "(2 VI) Początek …", "(16–21 II) Spotkanie …", "(3 gennaio) text": a day (or two) and its
# month in brackets opening the text of a year alone on its line
# ("(1 gennaio)- Atto …", "(7 marzo): text": a dash or colon after the bracket too)
BRACKET_DAY_AFTER = " \t-–—:"
OPENING_BRACKET_DAY = re.compile(
    r"\((?=[^()]{0,24}\d)[^()\d]{0,3}\d[^()]{0,24}\)(?:[ \t]*[-–—:][ \t]*|[ \t]+)(?=\S)"
)


def _bracket_day_below_year(entry: Entry, text: str) -> tuple[str, str | None, str] | None:
    """The first line under a year alone ("1934" / "(2 VI) Początek budowy …") that opens
    with a day and month in brackets: (that day of the year, the span's last day or None, the
    text after the bracket), read by the grammar of "1938 (18 VI)"; a bracket that is no day
    of that year (a note, "(AP) …", "(30 II)"): None."""
    if len(entry.date) != 4 or entry.end_date is not None or not text.startswith("("):
        return None
    opening = OPENING_BRACKET_DAY.match(text)
    if opening is None:
        return None
    bracket = text[: opening.end()].rstrip(BRACKET_DAY_AFTER)
    written = f"{entry.date} {bracket}"
    found = dates.find_date(written)
    if found is None or found.start() != 0 or found.end() != len(written) or not found["yp"]:
        return None
    if dates.date_shape(found) != "year-month-day":
        return None
    parts = dates.date_parts(found)
    year = int(entry.date)
    month = dates.month_number(str(parts["m1"]))
    last_month = dates.month_number(str(parts["m2"])) if parts["m2"] else month
    days = [(month, dates.day_number(str(parts["d1"])))]
    if parts["d2"]:
        days.append((last_month, dates.day_number(str(parts["d2"]))))
    if any(not 1 <= day <= dates.days_in_month(year, m) for m, day in days):
        return None
    first, *last = (f"{year:04d}-{m:02d}-{day:02d}" for m, day in days)
    return first, (last[0] if last else None), text[opening.end() :]


# "… é fundado (13 de maio).", "… lands on the Moon (July 20)." : a day and month in brackets
# that close the first sentence of a year's item (footnote marks may follow: "(14 de abril).[1]")
CLOSING_DAY = re.compile(r"\((?P<day>[^()\d]{0,12}\d{1,2}[^()]{0,24})\)(?:\[\d{1,3}\])*[.;!]")


FIRST_SENTENCE_END = re.compile(r"[.;!?](?:\[\d{1,3}\])*(?:\s|$)")


# "… Πυρπόλυση Σμύρνης (28 Αυγούστου)", "… lands on the Moon (July 20": a day and month in
# brackets ending the whole text, no sentence's end after them (a list of titles), or a
# bracket left open by the text's cut
ENDING_DAY = re.compile(
    r"\((?:(?P<day>[^()\d]{0,12}\d{1,2}[^()]{0,24}?)\)?|(?P<month>[^\W\d_]{3,12})\))"
    r"(?:\[\d{1,3}\])*[ \t]*$"
)
ENDING_DAY_REACH = 48  # (the longest such bracket and its footnote marks)


def _closing_day(text: str) -> tuple[int, int] | None:
    """The day and month in brackets that close the first sentence of ``text`` ("… é
    fundado (13 de maio).", "… lands on the Moon (July 20). Later …"), or end the whole text
    ("… Πυρπόλυση Σμύρνης (28 Αυγούστου)", a bracket the text's cut left open too): (month,
    day), or (month, 0) for a month's name alone ("… Λοζάνης (Ιούλιος)"); a bracket later
    in the text, one with a year or a span of days: None."""
    if "(" not in text:
        return None
    sentence = FIRST_SENTENCE_END.search(text)
    closing = CLOSING_DAY.search(text)
    if sentence is None or closing is None or closing.end() - 1 != sentence.start():
        tail = len(text) - min(len(text), ENDING_DAY_REACH)  # (a bounded window: the end)
        closing = ENDING_DAY.search(text, tail)
        if closing is None or sentence is not None:
            return None
    if text.find("(") != closing.start():
        return None  # ("… (18 March), then a landing (19 March).": which day is the item's?)
    inside = (closing["day"] or closing.groupdict().get("month") or "").strip()
    found = dates.find_date(inside)
    if found is None or found.group() != inside:
        return None
    if dates.date_shape(found) == "month" and found.group()[:1].isupper():
        return dates.month_number(found.group()), 0  # ("… Λοζάνης (Ιούλιος)": its month)
    if dates.date_shape(found) not in ("day-month", "month-day") or found["d2"] or found["gd2"]:
        return None
    parts = dates.date_parts(found)
    return dates.month_number(str(parts["m1"])), dates.day_number(str(parts["d1"]))


def _closing_days(lines: Sequence[str]) -> int:
    """How many lines name their day so (see _closing_day): a document's own way of dating
    its year items when MIN_LINES or more do."""
    return sum(1 for line in lines if "(" in line and _closing_day(line) is not None)


def _day_closing_year_item(
    dates_found: tuple[str, str | None, str | None], text: str, pattern_count: int
) -> str | None:
    """The day of a year's item that names it in brackets at the end of its first sentence
    ("1888: O clube … é fundado (13 de maio).", "1969: Apollo 11 lands (July 20). Later …"),
    where the document dates its items so (``pattern_count``, at least MIN_LINES lines): that
    day of the year (the text keeps its words). Elsewhere, or a day the month has not: None
    (one such item among plain years is the year's, its bracket a detail of the text)."""
    year, end = dates_found[0], dates_found[1]
    if len(year) != 4 or end is not None or pattern_count < DocumentPattern.MIN_LINES:
        return None
    closing = _closing_day(text)
    if closing is None:
        return None
    month, number = closing
    if number == 0:
        return f"{year}-{month:02d}"  # (a month alone in the brackets)
    if not 1 <= number <= dates.days_in_month(int(year), month):
        return None
    return f"{year}-{month:02d}-{number:02d}"


def _dashed_year_days(lines: Sequence[str]) -> int:
    """How many lines open "YEAR – day month text" ("1970 – 23 gennaio Milano, …", "1815 –
    18 June …"): the year, a spaced dash, then the day, a document's own way of dating the
    items of a year."""
    return sum(
        1
        for line in lines
        if line[:1].isdigit() or line[:1] in " \t"
        if (match := ENTRY_START.match(line.strip())) is not None
        and match["ydash"] is not None
        and dates.has_day(match)
    )


def _month_opening_year_item(
    dates_found: tuple[str, str | None, str | None],
    separator: str | None,
    text: str,
    dashed_days: int,
) -> tuple[str, str | None, str] | None:
    """An entry of a year alone, its spaced dash, then a text that opens with a month's name
    ("1969 – luglio nasce Potere Operaio", "1970 – agosto/settemb. Nascono le BR"), where the
    document dates at least MIN_LINES other items "1970 – 23 gennaio text" (``dashed_days``,
    see _dashed_year_days): (that month of the year, the span's last month or None, the text
    after the month); and in any list where the month's name is followed by a colon ("1850 -
    December: The First Four Ships …", dates.colon_month). Elsewhere "1990 – June text" stays
    the year's text (dates' grammar): None."""
    year, end = dates_found[0], dates_found[1]
    if len(year) != 4 or end is not None:
        return None
    if (separator or "").strip()[:1] not in _DASH_CHARS or not (separator or "").strip():
        return None
    if (colon := dates.colon_month(text)) is not None:
        # ("1850 - December: The First Four Ships …": the month and its colon, in any list)
        return f"{year}-{colon[0]:02d}", None, text[colon[1] :]
    if dashed_days < DocumentPattern.MIN_LINES:
        return None
    months = dates.opening_months(text)
    if months is None:
        return None
    first, last, after = months
    return f"{year}-{first:02d}", (f"{year}-{last:02d}" if last else None), text[after:]


def _bulleted_on_day(line: str, first: int) -> bool:
    """Whether a bulleted line's item opens with "On " ("• On September 11, …")."""
    return line.startswith("On ", first) and BULLET_SIGN.match(line.lstrip()) is not None


def _opens_with_year(line: str, first: int, at: int, match: re.Match[str]) -> bool:
    """ "• In April, 1994, the airline …": a bulleted item that opens with "In", "By",
    "During" … and a date with its year but no day (the text keeps its opening words)."""
    return (
        first > 0
        and BULLET.match(line.lstrip()) is not None
        and YEAR_OPENER.fullmatch(line, first, at) is not None
        and dates.has_year(match)
        and not dates.has_day(match)
    )


def _comma_after(match: re.Match[str]) -> bool:
    """Whether a comma follows the date ("On 1 January, the WHO …")."""
    return match["odd"] == "," or match["date"].rstrip().endswith(",")


def odd_sign(match: re.Match[str]) -> str | None:
    """The sign after an entry's date that is no separator: ">" of "22Oct1994>text", "-" of
    "Sept. 3-Britain" (a dash with no space), "|" of a table's row; else None."""
    if match["tightdash"] is not None:
        return "-"
    return match["odd"]


# a document's dates with an hour alone after them that start entries (fewer: a page's stamp,
# "26 de diciembre de 2008, 10:24 AM" over an article)
HOUR_LINES = 2


def clock_alone_after(match: re.Match[str]) -> bool:
    """Whether the rest of a date's line, after a comma or a space, is a time of day alone
    ("April 25, 1986, 1 a.m.", "25 April 1986 14:05"): a date line with the hour of its
    item, the text on the lines below; the time opens the entry's text (see
    _Splitter.continues). Read so where a document writes HOUR_LINES such lines."""
    if match["bare"] is None and odd_sign(match) != ",":
        return False
    return is_clock_alone(match.string[match.end() :].strip())


# "1 a.m.: The reactor …", "14:05 – Smoke …", "10 h 17 m 55 s • Explosion …": a time of day,
# then a separator (or a bullet set between, as a separator) and the text
CLOCK_THEN_TEXT = re.compile(
    rf"[ \t]*(?:{CLOCK_ALONE.pattern})[ \t]*(?::|[{_DASH_CHARS}•])[ \t]+\S", re.I
)


def clock_then_text(match: re.Match[str]) -> bool:
    """Whether a date is followed by a comma, a time of day, a separator and the text
    ("April 25, 1986, 1 a.m.: The reactor …"), or a whole day by a space and the same
    ("21 septembre 2001 10 h 17 m 55 s • Explosion …"): the day of an entry that opens
    with its hour, where the document's other entries write the date and that separator."""
    after = odd_sign(match) == "," or (
        match["bare"] is not None and dates.has_day(match) and dates.has_year(match)
    )
    return after and CLOCK_THEN_TEXT.match(match.string, match.end()) is not None


def _hour_line_starts(match: re.Match[str], pattern: DocumentPattern) -> bool:
    """Whether a date line with its hour starts an entry: where the document writes
    HOUR_LINES such lines, or among the document's dates alone on their lines (the hour
    alone after the date: "April 25, 1986, 1 a.m." / its text below) or dates with their
    separator (the hour, that separator and the text on the line), MIN_LINES in all. One
    such line over an article of other lines is a page's stamp (not read). A line with its
    hour, that separator and its text over items that open with a time of day (MIN_LINES
    lines with their hours in all) is the first of a day's hours."""
    if clock_alone_after(match):
        return pattern.hour_lines >= HOUR_LINES or (
            pattern.alone + pattern.hour_lines >= pattern.MIN_LINES and pattern.alone > 0
        )
    # (or over items of the hours: "21 septembre 2001 10 h 17 m 55 s • Explosion …" / "10h30
    # • Horreur …" / "11h15 • …", the day's first item, its hour written after the day)
    written = pattern.separated + pattern.hour_lines + pattern.time_items
    return clock_then_text(match) and written >= pattern.MIN_LINES


# ", 1998 was the day …" after "1999: March 4": the day's own year after its comma
_YEAR_AFTER_COMMA = re.compile(rf"[ \t]*{dates.TEXT_YEAR}")


def _year_after(match: re.Match[str]) -> bool:
    """Whether a day's comma is followed by a year ("1999: March 4, 1998 was …"): the day is
    written whole, with its own year, a date of the item's text, not the rest of its date."""
    return _YEAR_AFTER_COMMA.match(match.string, match.end()) is not None


def _starts_line(match: re.Match[str], pattern: DocumentPattern | None) -> bool:
    """Whether a date at a line's start (after its bullet) starts an entry there."""
    sep, shape = match["sep"], dates.date_shape(match)
    odd = odd_sign(match)
    if match["tightdash"] == "—":
        # "1814—Horses, oxen … first brought": an em dash closed up to the date and the
        # text, as English typesetting writes it, is the spaced "1814 — Horses"; hyphens
        # and en dashes glued on stay odd signs ("Sept. 3-Britain", see odd_sign)
        return True
    if match["bare"] is not None or odd is not None:
        if pattern is not None and pattern.hour_lines and _hour_line_starts(match, pattern):
            return True  # "April 25, 1986, 1 a.m." / "Operators start …": the hour, text below
        if pattern is not None and match["bare"] is not None and pattern.text_part(match):
            return True  # "Jan 17 1994 Northridge earthquake" among "Jan 1 text" lines
        if (
            pattern is not None
            and match["bare"] is not None
            and pattern.dashed_days >= pattern.MIN_LINES
            and shape == "month-day"
            and match["d2"] is None
            and match.string[match.end() : match.end() + 1].isupper()
        ):
            return True  # "• March 1 President …" among "• May 6 - text": its dash lost
        if match["ycolon"] and match["dlead"] and odd == ",":
            # ("2006: July 2, Infosys celebrated …": a year's colon, then its month and day
            # set off by a comma, as "1831: 18 April, the Sydney Herald …" (see _start): the
            # day's entry, its text after the comma; never "1999: March 4, 1998 was …", a
            # day of its own year, as "1999: 18 April 1998, …" is)
            return True
        return pattern is not None and pattern.allows(match, odd)
    if match["nosep"] is not None:
        return True  # alone on its line: an entry with its text below, or a heading
    if shape == "month" and sep != ":" and not (match["mq"] and sep and sep[0] in _DASH_CHARS):
        # "May. The talks…": a month without a year needs its colon; or a dash where the
        # document's days are written so ("• November - text" among "• May 6 - text")
        dashed = pattern is not None and (
            pattern.dashed_days >= pattern.MIN_LINES
            # (or "1984 - text" years: "May - ANC and government meet …" under "1990: …")
            or pattern.year_separators.get("-", 0) >= pattern.MIN_LINES
            # (or such months under years alone on their lines: "2005" / "Avril - text")
            or (pattern.dashed_months >= pattern.MIN_LINES and pattern.headings.get("year", 0) > 0)
        )
        if dashed and sep and sep[0] in _DASH_CHARS:
            return True
        if _bulleted_month_dash(match, pattern, sep):
            return True
        # (or a full stop where the document's days are written so: "ENERO . Fuerzas …"
        # among "16 ENERO . Eulalio …" lines, a month's items that name no one day)
        # (and "JUNIO ." with no text: a month's date alone, never the text of the month above)
        after = match.string[match.end() :]
        return bool(
            pattern is not None
            and pattern.dotted_days >= pattern.MIN_LINES
            and (sep or "").strip() == "."
            and (after[:1].isupper() or not after.strip())
        )
    if shape in ("year", "years", "decade") and sep == ".":  # "2019. The talks …"
        # (a sentence's end on a wrapped line, unless the document writes its years so)
        # (or where its entries are years with another sign: "1560. Mogi …" among "1558, …")
        upper = match.string[match.end() : match.end() + 1].isupper()
        return pattern is not None and pattern.reads_dotted_years(upper)
    return True


def _bulleted_month_dash(
    match: re.Match[str], pattern: DocumentPattern | None, sep: str | None
) -> bool:
    """ "• December – Bomis moves to San Diego" among "• November 7, 1996: …" items: a month
    without its year, a spaced dash, a capital, in a document whose entries are bulleted dated
    items (at least MIN_LINES): the month of the year the items above reach, as "• December:
    …" is; never read as an undated item of the day above it."""
    if pattern is None or pattern.bulleted < pattern.MIN_LINES or not sep:
        return False
    if sep.strip() not in ("–", "—", "-") or match.string[match.start("sep") - 1 :][:1] != " ":
        return False
    return match.string[match.end() : match.end() + 1].isupper()


def _year_entry_mid_line(
    line: str, at: int, match: re.Match[str], pattern: DocumentPattern
) -> bool:
    """ "… Syngman Rhee 1947: South Korea established:" (a caption run into the line of a
    table's year entry): in a document whose entries are years with a colon (at least
    MIN_LINES at a line's start), a year, a span or a decade with its colon and then a
    capital starts an entry in the middle of a line too, unless a word such as "in", "by"
    or "since" comes before it (a year inside a sentence), or it is inside brackets ("- The
    Battle of Chosin (November-December 1950): A brutal battle …": a title's date, whose
    month the year reading would lose)."""
    if not pattern.reads_years_mid_line() or not (match["sep"] or "").strip().startswith(":"):
        return False
    if line.count("(", 0, at) > line.count(")", 0, at):
        return False
    if dates.date_shape(match) not in ("year", "years", "decade") or match["yq"]:
        return False
    if not line[match.end() : match.end() + 1].isupper():
        return False
    before = line[:at].split()
    return bool(before) and before[-1].lower().strip(",;(") not in NOT_AN_ENTRY_BEFORE


def _dashed_year_mid_line(
    line: str,
    at: int,
    match: re.Match[str],
    pattern: DocumentPattern | None,
    heading_start: int | None = None,
) -> bool:
    """ "… has ebbed and flowed. 1947 – End of British rule …" (an introduction with the
    first entry run on): in a document whose entries are years with a dash (see
    DocumentPattern.reads_dashed_years_mid_line), a year or span, its dash set apart by
    spaces and a capital after it, right after a sentence's end, starts an entry mid-line
    too, or after a heading run in after it (``heading_start``, see _run_in_heading).
    Inside a sentence ("… after the war of 1947 – Partition …") it stays text."""
    sep = (match["sep"] or "").strip()
    return (
        pattern is not None
        and pattern.reads_dashed_years_mid_line()
        and sep[:1] != ""
        and sep[0] in _DASH_CHARS
        and match["tight"] is None
        and match["tightdash"] is None
        and dates.date_shape(match) in ("year", "years")
        and line[match.end() : match.end() + 1].isupper()
        and (heading_start is not None or _after_boundary(line, at))
        and ABBREVIATION_END.search(line[:at].rstrip()) is None  # ("… in Feb. 1950 – …")
    )


# "Mar. 31, 1841.—Arrival … settlers. May 3, 1841.—New Zealand proclaimed …": a full stop and
# a dash after a date, the text closed up to it (the separator of nineteenth-century print);
# never a sentence's own end, so a whole day so written starts an entry mid-line too
STOP_DASHES = frozenset((".—", ".–"))


def _starts_mid_line(line: str, at: int, match: re.Match[str]) -> bool:
    """In the middle of a line: a whole date with its colon or dash, after a sentence ends
    (or a footer's page number), as in entries run together on one line."""
    sep = match["sep"]
    if sep == "•" and dates.has_year(match):  # "… in December. 2011 • Kim Jong Un …"
        return _after_boundary(line, at)
    if sep == ":" and dates.has_year(match) and not dates.has_day(match):
        # "… hours after take off. 1958: 1 February: US launch …": a year, then a day of it
        inner = ENTRY_START.match(line, match.end())
        day_follows = inner is not None and inner["sep"] == ":" and dates.has_day(inner)
        return day_follows and inner is not None and not dates.has_year(inner)
    if sep in _WEAK_SEPARATORS or not dates.has_day(match):
        return False
    if match["tight"] is not None and sep not in STOP_DASHES:
        return False  # (but "… settlers. May 3, 1841.—New Zealand …": see STOP_DASHES)
    if not dates.has_year(match) and sep != ":":
        return False
    if line[at - 1 : at] in ("-", "–") and _after_glued_label(line, at):
        return dates.has_year(match)  # "images (1)-Feb 18, 2013: text": a whole date
    return _after_boundary(line, at)


def _month_entry_mid_line(
    line: str, at: int, match: re.Match[str], pattern: DocumentPattern | None
) -> bool:
    """ "Dezember 1948: Soviet troops leave. Juni 1949: US troops leave.": a month and its
    year with a colon after a sentence ends, in a document whose entries are "date: text"
    lines (at least three): two entries run together, as days already are."""
    return (
        pattern is not None
        and pattern.separated >= pattern.MIN_LINES
        and match["sep"] == ":"
        and match["tight"] is None
        and dates.has_year(match)
        and not dates.has_day(match)
        and match["mo1"] is not None
        and _after_boundary(line, at)
    )


NOT_AN_ENTRY_BEFORE = frozenset(
    [
        "in",
        "by",
        "of",
        "on",
        "since",
        "until",
        "till",
        "from",
        "to",
        "after",
        "before",
        "during",
        "and",
        "or",
        "the",
        "between",
        "through",
        "around",
        "about",
        "circa",
        "early",
        "late",
        "mid",
        "than",
    ]
)
