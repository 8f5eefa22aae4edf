"""Dates glued to their text or framed by signs.

"1938Samsung", "June 28Archduke", ":: 1990::", superscript days, captions glued
to headings: the lines written apart.
"""

from __future__ import annotations

import bisect
import re

from ktimeline import dates
from ktimeline.importing.entries.bullets import _BULLET_CLASS, BULLET_SIGNS
from ktimeline.importing.entries.date_reading import _date_at
from ktimeline.importing.entries.date_shapes import _MONTH, _YEAR, ITEM_BREAK
from ktimeline.importing.entries.pattern import DocumentPattern

# "1869: IDENTIFYING DNA": a year (or span) and a title in capitals, a heading of its own
CAPITAL_TITLE_HEADING = re.compile(
    r"^(?:1[0-9]|20)\d\d(?:[–-](?:1[0-9]|20)\d\d)?:\s+[A-Z][^a-z\n]{2,80}$"
)


# "PROJECTED COSTS ASSOCIATED WITH HIV1983: COPYING DNA": a chart's caption in capitals, the
# next such heading run into its end
CAPTION_GLUED_TO_HEADING = re.compile(
    r"^(?P<caption>[A-Z][^a-z\n]{2,120}?[A-Z])(?P<heading>(?:1[0-9]|20)\d\d:\s+[A-Z][^a-z\n]{2,80})$"
)


def _captions_glued_to_headings(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with "PROJECTED COSTS ASSOCIATED WITH HIV1983: COPYING DNA" written as its
    heading, "1983: COPYING DNA", and the caption taken off (by line index: layout), where at
    least MIN_LINES other lines are such headings ("1869: IDENTIFYING DNA"): a caption in
    capitals with the heading run into it, as a page's text extraction leaves them. Else
    unchanged."""
    headings = sum(
        1 for line in lines if line[:1] in "12" and CAPITAL_TITLE_HEADING.match(line.rstrip())
    )
    if headings < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    captions: dict[int, str] = {}
    for index, line in enumerate(lines):
        glued = CAPTION_GLUED_TO_HEADING.match(line.strip())
        if glued is not None:
            written[index] = glued["heading"]
            captions[index] = glued["caption"]
    return written, captions


# "images2011 11 March 14:46 JST text", "images15:26 JST text": an e-book's image placeholder
# glued before each line's date or time
GLUED_PLACEHOLDER = re.compile(r"^(?P<word>[a-z]{3,12})(?=\d)")


GLUED_PLACEHOLDER_HINT = re.compile(r"\n[a-z]{3,12}\d")


def _glued_placeholders(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with a lower-case word glued before their first digit ("images2011 …"),
    the same word on at least MIN_LINES lines, with the word taken off (by line index:
    layout). Else unchanged."""
    found = {
        index: match
        for index, line in enumerate(lines)
        if line[:1].islower() and (match := GLUED_PLACEHOLDER.match(line)) is not None
    }
    words = [match["word"] for match in found.values()]
    common = max(set(words), key=words.count) if words else ""
    if words.count(common) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    taken = {}
    for index, match in found.items():
        if match["word"] == common:
            written[index] = lines[index][match.end() :]
            taken[index] = common
    return written, taken


# "  • 1938Samsung was founded …": a year run into the capitalised word after it (a page whose
# year cell and text cell lost the space between them); also a decade ("1450sSeveral …"), a
# season ("1878-9Proposed tours …"), a one-letter word ("1720A magasin …") and initials
# ("1891H.H. Maharao …"); the word's second letter may be any small letter ("1500Māori …")
GLUED_YEAR_LINE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)"
    r"(?P<year>(?:1[0-9]{3}|20[0-9]{2})(?:s|[-–]\d{1,2})?)"
    r"(?=[A-Z][^\W\d_A-Z]|[AI] [a-z]|[A-Z]\.[A-Z])"
)


# "11001150Bisschop …": two years run together and into a capitalised word, a flattened
# table's "from" and "to" cells (read only in a document of glued years, see _glued_years)
GLUED_SPAN_LINE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)(?P<first>1[0-9]{{3}}|20[0-9]{{2}})"
    r"(?P<last>1[0-9]{3}|20[0-9]{2})(?=[A-Z][a-z])"
)


# "0777Oorkonde …", "07680814Regeerperiode …": a year before 1000 written with its leading
# zero (alone, or the start of a span) run into a capitalised word (the same document)
GLUED_SHORT_YEAR_LINE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)(?P<first>0[1-9]\d\d)(?P<last>0[1-9]\d\d|1[0-9]{{3}})?"
    r"(?=[A-Z][a-z]|[\"“][^\W\d_])"
)


# "19 jun 1259Sint Olofsdag …", "22 feb 1282De maalschap …": a day, its month and year run
# into a capitalised word (the same document; or a one-letter word, "2017A second …")
GLUED_DAY_LINE_YEAR = re.compile(
    rf"^[\s{_BULLET_CLASS}]*\d{{1,2}}\.?\s+(?:{_MONTH}|{dates.TEXT_FOREIGN_MONTH})\.?\s+{_YEAR}"
    r"(?-i:(?=[A-Z][a-z]|[AI] [a-z]))",
    re.IGNORECASE,
)


# "    1918  CEGoddard demonstrates …", "  4 Oct 1957  CEThe USSR …": a date cell, its era cell
# and the text run together (the era and the text lost the space between them)
GLUED_ERA_LINE = re.compile(
    r"^(?P<date>\s*\d[\w .,/-]{0,20}?\d)\s*(?P<era>BCE|CE|AD|BC)(?=[A-Z][A-Za-z])"
)


# "• July 1982Timex Sinclair 1000 launched": a month and year run into the item's text (the
# separator lost), and "• January 1982: text", the document's own items
MONTH_YEAR_ITEM = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)(?P<date>{_MONTH}\s+{_YEAR})"
    r"(?:(?P<glued>(?=(?-i:[A-Z][a-z])))|\s*:\s)",
    re.IGNORECASE,
)


_MONTH_FIRST = frozenset("JFMASONDjfmasond")


# "18 Jan 2000More clustered …", "2008DNA, not RNA, …": a flattened table's date cell run
# into the next cell's capital (read only where its month-year rows are so, see below)
GLUED_ROW_DATE = re.compile(
    rf"^(?P<date>\d{{1,2}}\s+{_MONTH}\s+{_YEAR}|{_YEAR})(?=(?-i:[A-Z]))", re.IGNORECASE
)


def _glued_month_years(lines: list[str]) -> list[str]:
    """The lines with "July 1982Timex …" written as "July 1982: Timex …" where at least
    MIN_LINES other lines start with a month, its year and a colon (the document's items:
    the lost colon is theirs); or where no line has the colon and at least MIN_LINES are so
    glued (a table flattened, its date cell run into the next cell: "Dec 1987Discovery of
    …"), and then "18 Jan 2000More …" and "2008DNA, …" rows too. Else the lines unchanged."""
    glued: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate(lines):
        # (cheap first: a word, a space, four digits and a capital, "July 1982T")
        stripped = line.lstrip(BULLET_SIGNS)
        space = stripped.find(" ", 3, 11)
        if space < 0 or not stripped[space + 5 : space + 6].isupper():
            continue
        if stripped[:1] in _MONTH_FIRST and stripped[space + 1 : space + 5].isdigit():
            item = MONTH_YEAR_ITEM.match(line)
            if item is not None and item["glued"] is not None:
                glued.append((index, item))
    if not glued:
        return lines
    colons = 0
    for line in lines:
        if line.lstrip(BULLET_SIGNS)[:1] in _MONTH_FIRST and (item := MONTH_YEAR_ITEM.match(line)):
            colons += item["glued"] is None
    flattened = len(glued) >= DocumentPattern.MIN_LINES and not colons
    if colons < DocumentPattern.MIN_LINES and not flattened:
        return lines
    written = list(lines)
    for index, item in glued:
        written[index] = f"{lines[index][: item.end('date')]}: {lines[index][item.end('date') :]}"
    if flattened:  # (a table's rows, every cell run into the next: the day's and year's rows too)
        done = {index for index, _ in glued}
        for index, line in enumerate(lines):
            if index not in done and line[:1].isdigit() and (row := GLUED_ROW_DATE.match(line)):
                written[index] = f"{line[: row.end('date')]}: {line[row.end('date') :]}"
    return written


# ":: 1990::", "*** 1991 ***", "~~ März 1990 ~~", "-- 1914 --": a heading's date framed by
# signs on both sides (a page's decoration)
FRAMED_DATE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<open>[:=*#~_\-–—+]{1,6})[ \t]*(?P<date>[^:=*#~_\-–—+\s]"
    r"[^\n]{0,38}?)[ \t]*(?P<close>[:=*#~_\-–—+]{1,6})[ \t]*$"
)


FRAME_SIGNS = ":=*#~_-–—+"


FRAMED_HINT = re.compile(r"^[ \t]*[:=*#~_\-–—+][^\n]{1,60}[:=*#~_\-–—+][ \t]*\r?$", re.M)


def _framed_dates(lines: list[str]) -> list[str]:
    """The lines with a date framed by decoration (":: 1990::", "*** März 1990 ***") written
    as the date alone (a heading, its items below), when the line is that whole date and
    nothing else; other lines unchanged (":: Tip ::", ":: 1990 was a good year ::" stay)."""
    written = lines
    for index, line in enumerate(lines):
        first = line.lstrip()[:1]
        if not first or first not in FRAME_SIGNS:
            continue  # (most lines: a word first)
        found = FRAMED_DATE.match(line)
        if found is None:
            continue
        date_text = found["date"]
        when = _date_at(date_text)
        if when is None or when.start("date") != 0 or when.end("date") != len(date_text):
            continue
        if written is lines:
            written = list(lines)
        written[index] = found["indent"] + date_text
    return written


# "June 28Archduke …", "August 1French …": a month and its day run into the text's first
# word, a capital and a lower-case letter after the day's last digit
# ("Juni 28Attentat …", a foreign month's name too)
# (or a text in another script, "July 16東京で…", "June 2مؤتمر", an emoji or a quotation mark
# first, "July 20🚀 …", "May 1“We …”": no script writes its own letter after an English day)
_GLUED_TEXT = (
    r"[A-ZÄÖÜÉ][a-zäöüéèà]|[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]"
    r"|[\u2600-\u27bf\U0001f300-\U0001faff“„«]"
)


GLUED_DAY_LINE = re.compile(
    rf"^(?P<head>[ \t]*(?:{_MONTH}|{dates.TEXT_FOREIGN_MONTH})[ \t]+\d{{1,2}})"
    rf"(?-i:(?={_GLUED_TEXT}))",
    re.IGNORECASE,
)


GLUED_DAY_HINT = re.compile(rf"(?<!\w)\d{{1,2}}{_GLUED_TEXT}")


# The same search as scans that each open with what they look for, several times faster than
# the hint's one pattern tried at every character: the hint's branches are unbracketed, so it
# finds a capital after a day's digits ("(?<!\w)\d{1,2}" read as "a digit not after a letter
# or digit, and maybe one more") or, anywhere, a letter of another script, an emoji or a mark
# (a test reads every text of the corpus both ways).
GLUED_DAY_SCANS = (
    re.compile(rf"\d(?<!\w\d)\d?(?:{_GLUED_TEXT.split('|')[0]})"),
    *(re.compile(branch) for branch in _GLUED_TEXT.split("|")[1:]),
)


def _has_glued_day(text: str) -> bool:
    """``GLUED_DAY_HINT.search(text)`` found, by GLUED_DAY_SCANS."""
    return any(scan.search(text) is not None for scan in GLUED_DAY_SCANS)


def _days_glued_to_texts(lines: list[str]) -> list[str]:
    """The lines with "June 28Archduke Franz Ferdinand …" written "June 28 Archduke …" when at
    least MIN_LINES lines open so (the document's layout: a page that lost the cell break
    between its day and its text); else unchanged: one "May 3Com announces …" is no
    pattern (a name may start with a number: "3Com", "4Kids")."""
    glued = [
        (index, found)
        for index, line in enumerate(lines)
        if line.lstrip()[:1].isupper() and (found := GLUED_DAY_LINE.match(line)) is not None
    ]
    if len(glued) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index, found in glued:
        # (a column's gap, the cell break the page lost: a separator read before any text,
        # "July 16\t東京で…", "July 20\t🚀 …", as before a capital)
        written[index] = f"{found['head']}\t{lines[index][found.end() :]}"
    return written


# "1962": a year alone on its line (a card's year, its title below)
YEAR_ALONE_LINE = re.compile(r"\s*(?:1[0-9]{3}|20[0-9]{2})\s*")


def _glued_card_years(lines: list[str], glued: list[int]) -> list[str] | None:
    """The lines with "1950Constitution adopted" written "1950\tConstitution adopted" in a
    document of cards, a year alone on its line above a title (at least MIN_LINES): a card
    whose year line lost its line break, the year run into its title. A tab, a column's
    gap, sets the year apart as the entry's date (never the text of the card above). None
    where the document has no such cards."""
    alone = sum(1 for line in lines if YEAR_ALONE_LINE.fullmatch(line))
    if alone < DocumentPattern.MIN_LINES or alone < 3 * len(glued):
        return None
    written = list(lines)
    for index in glued:
        item = GLUED_YEAR_LINE.match(lines[index])
        assert item is not None
        if item["year"].endswith("s") or item["head"]:
            return None  # (a decade, a bullet: not a card's year line)
        written[index] = f"{lines[index][: item.end()]}\t{lines[index][item.end() :]}"
    return written


# "… ändras därför från 20 mars till 10 april.1912": the next year run into the end of an
# item's last sentence, the line break between them lost
# (a word's last letter before the stop: after a figure, "… rose to 2.1931", the digits are
# a decimal's)
YEAR_GLUED_TO_SENTENCE_END = re.compile(
    r"^(?P<text>.*[^\W\d_][.!?])(?P<year>(?:1[0-9]|20)\d\d)[ \t]*$"
)


YEAR_GLUED_TO_SENTENCE_END_HINT = re.compile(r"[^\W\d_][.!?](?:1[0-9]|20)\d\d[ \t]*$", re.M)


def _years_glued_to_sentence_ends(lines: list[str]) -> list[str]:
    """The lines with "… till 10 april.1912" written "… till 10 april." and "1912" on the
    blank line below it, in a document that writes its years alone on their lines (at least
    MIN_LINES): a year run into the end of a sentence, whose next item is a day with no year
    ("3 februari"), is the heading the page lost the line break of, not the sentence's end.
    The year must not go back before the last year alone above it. Else unchanged."""
    alone = [index for index, line in enumerate(lines) if YEAR_ALONE_LINE.fullmatch(line)]
    if len(alone) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index, line in enumerate(lines[:-2]):
        glued = YEAR_GLUED_TO_SENTENCE_END.match(line) if line[-1:].isdigit() else None
        if glued is None or lines[index + 1].strip():
            continue
        above = bisect.bisect_left(alone, index)  # (the years alone above it; each line asks)
        if above and int(glued["year"]) < int(lines[alone[above - 1]]):
            continue
        below = next(
            (lines[at].strip() for at in range(index + 2, len(lines)) if lines[at].strip()), ""
        )
        found = _date_at(below) if below[:1].isdigit() else None
        if found is None or found.start("date") != 0:
            continue
        parts = dates.date_parts(found)
        if parts.get("d1") and parts.get("m1") and not (parts.get("y1") or parts.get("y2")):
            written[index] = glued["text"]
            written[index + 1] = glued["year"]
    return written


def _glued_eras(lines: list[str]) -> list[str]:
    """The lines with "1918  CEGoddard …" written as "1918  Goddard …" (the common era is
    what a bare year means) and "500 BCEThe …" as "500 BCE The …", when at least MIN_LINES
    lines open with a date and an era run into a capitalised word: the document's layout.
    Else the lines unchanged ("1918 CEOs meet" once is text)."""
    glued = [
        (index, found)
        for index, line in enumerate(lines)
        if line[:1] in " \t0123456789" and (found := GLUED_ERA_LINE.match(line)) is not None
    ]
    if len(glued) < DocumentPattern.MIN_LINES:
        return lines
    written = list(lines)
    for index, found in glued:
        era = f" {found['era']}" if found["era"].startswith("B") else ""
        written[index] = f"{found['date']}{era}  {lines[index][found.end() :]}"
    return written


SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


SUPERSCRIPT_DIGIT = re.compile(f"[{SUPERSCRIPT_DIGITS}]")


TO_PLAIN_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


# "June ²⁵" / "North Korean forces attack …": an e-book's text gives a day as superscript
# digits (its typesetting raised them); a month's name at the line's start, a space, one or
# two such digits, then the line's end or a space
SUPERSCRIPT_DAY = re.compile(
    rf"^(?P<month>\s*[A-Za-z]{{3,9}}\.?) (?P<day>[{SUPERSCRIPT_DIGITS}]{{1,2}})(?=\s|$)"
)


def _superscript_days(lines: list[str]) -> list[str]:
    """The lines with a day written in superscript digits after a month's name at the line's
    start ("June ²⁵", "July ¹") written in plain digits: the day a reader reads. A footnote's
    mark ("June¹", no space) or a superscript elsewhere in a line stays as written. Call only
    where the text has a superscript digit (the common case: one scan, nothing to do)."""
    written = lines
    for index, line in enumerate(lines):
        found = SUPERSCRIPT_DAY.match(line)
        if found is None or found["month"].strip().rstrip(".").lower() not in dates.MONTHS:
            continue
        if written is lines:
            written = list(lines)
        day = found["day"].translate(TO_PLAIN_DIGITS)
        written[index] = f"{found['month']} {day}{line[found.end() :]}"
    return written


# "• (1515)Malacca fell …": a year in brackets opening an item, its text run into the bracket
BRACKETED_YEAR_GLUED = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*\((?:1[0-9]|20)\d\d\))(?=[^\W\d_])"
)


def _bracketed_years_glued(lines: list[str]) -> list[str]:
    """The lines with "• (1515)Malacca fell …" written as "• (1515) Malacca fell …": a
    year in brackets at a line's start (after a bullet), a capital run into its closing
    bracket (the bracket ends the year: no digit can be the text's). Other lines unchanged
    ("(1515)s", a word in lower case after it, stays)."""
    written = lines
    for index, line in enumerate(lines):
        if line.lstrip(BULLET_SIGNS)[:1] != "(":
            continue  # (most lines)
        found = BRACKETED_YEAR_GLUED.match(line)
        if found is None or not line[found.end() : found.end() + 1].isupper():
            continue
        if written is lines:
            written = list(lines)
        written[index] = f"{found['head']} {line[found.end() :]}"
    return written


# "189424/9: la Section …", "18955/1 : dégradation.", "1896Début mars : …", "1897Avril : …":
# a year heading run into its first item's date (a day and month in numbers, perhaps a span
# of days, "10-11/1"; or a word or two of a capital, a month, and its colon): one line a year
YEAR_GLUED_TO_ITEM = re.compile(
    r"^(?P<year>(?:1[0-9]|20)\d\d)"
    r"(?=[1-3]?\d(?:-[1-3]?\d)?/[01]?\d[ \t]*:|(?-i:[A-ZÀ-Þ])[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*:)"
)
YEAR_GLUED_TO_ITEM_HINT = re.compile(r"^(?:1[0-9]|20)\d\d(?:\d|[^\W\d_])", re.M)


def _years_glued_to_first_items(lines: list[str]) -> list[str]:
    """The lines opening with a year run into its first item's date ("189424/9: …", "1897Avril
    : …") broken with ITEM_BREAK after the year (the year's heading, its items after it),
    where at least MIN_LINES lines so open and their years rise: the document's layout, one
    line a year, that lost the line break after each year. Else unchanged ("1894Paris: …"
    once is no layout)."""
    glued = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if line[:1].isdigit() and (found := YEAR_GLUED_TO_ITEM.match(line)) is not None
    }
    years = list(glued.values())
    if len(glued) < DocumentPattern.MIN_LINES or years != sorted(years):
        return lines
    written = list(lines)
    for index in glued:
        written[index] = f"{lines[index][:4]}{ITEM_BREAK}{lines[index][4:]}"
    return written
