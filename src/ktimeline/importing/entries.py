"""Finding the dated entries of a chronology in plain text. Pure: no I/O.

The text may come from a journal's PDF, a saved web page, a library mirror that ran every
entry into one paragraph, a news agency's timeline, an encyclopedia, a book or a Markdown
file. Dates are read by ktimeline.dates (the one date grammar, shared with ``range``); this
module knows what surrounds them. It first finds the document's own pattern — which date
shapes start its entries, where their text goes (after a separator, below a date alone on
its line, at once with no separator), bullets, headings, order — and then reads every line
with it, finding:

* entries: a date at a line's start followed by its separator (``:``, ``;``, ``.``, a dash),
  alone on its line with the text below, or as the document writes its entries ("July 2006
  North Korea …", "22Oct1994>…", "2016  Jan 7, …", "1. On June 25, 1950, …"); and in the
  middle of a line a whole date with its separator after a sentence ends, so that entries run
  together on one line are split, while a date inside an entry's text ("since the Feb. 10,
  2019 signing") is not;
* headings that give the year or month ("SEPTEMBER – DECEMBER 2019", "2018", "• June",
  "### June 1994", "1950 Timeline"): a date alone on its line followed by dated entries;
* bullets and numbering, each a new item: an item of the date alone above it, or reported,
  never appended to the entry before it;
* layout that is no entry text: page headers and footers, page numbers, footnotes, captions
  and photo credits, web furniture, calendar rows, form feeds, wherever they fall;
* lines that look like a dated entry but cannot be read (an impossible date, a misspelt
  month, an unknown separator, "l895", a century or a decade, a year before 1000 without its
  era): reported with the cause, never guessed, never appended to the entry before them.

Every line, or piece of a line, ends up in an entry, in the layout, or reported with its
line number as an editor shows it (lines end at LF, CRLF or CR; a form feed is no line end).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import html
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any, ClassVar

from ktimeline import dates
from ktimeline.model import MONTH_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence


@dataclass(frozen=True)
class SkippedLine:
    """A line, or a piece of one, that is not entry text, and why."""

    line: int
    text: str
    reason: str
    repeats: int | None = None  # an entry left out as a repeat: the line of the one it repeats


BROKEN_WORD = re.compile(r"(?<![^\W\d_])[a-z]{2,}-$")  # "nego-" at a line's end, not "--"


HYPHEN_END = re.compile(r"(?<![^\W\d_])[A-Za-z]+-$")


@dataclass
class Entry:
    line: int
    date: str
    end_date: str | None
    parts: list[str]
    note: str | None = None  # e.g. "Late 2019" written as 2019
    written: str = ""  # the date as the text writes it
    lines: list[int] = field(default_factory=list)  # every line its text comes from (joined)

    wrapped: bool = False  # the text is hard-wrapped (a PDF's): a word may break at a line end

    @property
    def text(self) -> str:
        """The parts joined; in hard-wrapped text "nego-" and "tiations" on the next line
        are one word again (a lowercase word broken by a hyphen at a line's end)."""
        pieces = [part.strip() for part in self.parts if part.strip()]
        if pieces and ("|" in pieces[0][:1] or "|" in pieces[-1][-1:]):
            pieces = _without_cell_pipes(pieces)
        if not self.wrapped or len(pieces) < 2:
            return " ".join(pieces)
        joined = pieces[0]
        for piece in pieces[1:]:
            hyphen = joined[-1:] == "-"  # (what both patterns need: most lines do not)
            if hyphen and BROKEN_WORD.search(joined) and piece[:1].islower():
                joined = joined[:-1] + piece
            elif hyphen and HYPHEN_END.search(joined) and piece[:1].isupper():
                joined += piece  # "US-" and "Korea": a compound broken after its hyphen
            else:
                joined += " " + piece
        return joined


def _announces_list(parts: list[str], last: str) -> bool:
    """Whether an entry's text ends on a colon that announces a list ("Major changes among PC
    dealers as:"), or on a comma of that list's lines ("ComputerLand acquires …,"): its
    next lines are the list, the rest of that entry."""
    if last[-1:] == ":":
        return True
    return last[-1:] in ",;" and any(part.rstrip()[-1:] == ":" for part in parts[:-1])


def _without_cell_pipes(pieces: list[str]) -> list[str]:
    """An entry's text pieces without the table's cell rules at its two ends ("June 28. |
    Murder of … |", "Geburt von … |": a table's row flattened to text): a "|" that opens its
    first piece, and one that closes its last. Pipes inside the text stay."""
    pieces = list(pieces)
    if pieces[0][:1] == "|":
        pieces[0] = pieces[0][1:].lstrip()
    if pieces and pieces[-1][-1:] == "|":
        pieces[-1] = pieces[-1][:-1].rstrip()
    return [piece for piece in pieces if piece]


@dataclass
class Split:
    """What split_entries found: entries, and everything else with its reason."""

    entries: list[Entry] = field(default_factory=list)
    unplaced: list[SkippedLine] = field(default_factory=list)  # could not be placed: reported
    layout: list[SkippedLine] = field(default_factory=list)  # headers, footers, captions
    notes: list[SkippedLine] = field(default_factory=list)  # dates written less precisely
    before_chronology: int = 0  # lines of an article before its "Chronology" heading
    before: list[SkippedLine] = field(default_factory=list)  # those lines, to list them
    pattern: DocumentPattern | None = None  # how the document marks its entries


# --- the shape of an entry's start ----------------------------------------------------------

_MONTH = dates.TEXT_MONTH
_DASH_CHARS = dates.TEXT_DASHES
_YEAR = dates.TEXT_YEAR
_DATE = dates.TEXT_DATE
# (a lost character, "1946 \ufffdLake …", is most often a lost dash: a separator)
# (".-": a full stop and a dash, as Spanish news agencies write it: "7 de diciembre.- text")
# (and a column's gap: a tab, or three spaces or more, "18. April\tText", as an empty
# separator; two spaces may be a typing slip, "29 December  Haig …", and stay no separator)
_SEPARATOR = (
    # ("4月2日、首相が辞任", "3月1日，会谈": an East Asian day's ideographic comma, "On April
    # 2, …", its text glued on; never before a digit, "3月1日、2日": two days)
    rf"(?P<sep>:|;|\.-|\.|•|·|\ufffd|[{_DASH_CHARS}]{{1,2}}|/{{2,3}}|(?<=[日일])[、，](?=[^\W\d_])"
    # (not a padded table cell's "2015      | text |": its "|" the separator, see odd)
    rf"|(?<=[\w.)\]])(?=\t|   +[^\s|]))"
)
_EMPHASIS = r"[*_]{0,3}"
# "July 1, 1953 (Wednesday)": the weekday a wiki writes after a date, part of the date
# (or "Feb. 24, Thursday: text", a weekday after a comma)
_WEEKDAY = (
    r"(?:\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\)"
    r"|,\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?=\s*[:\-–—]))?"
)
# A date, its separator, and the start of the text: the shape of an entry's start.
# After the separator a space, the line's end, or (at a line's start) the text at once
# ("October 2002:Top"); a date alone on its line (nosep), or followed by its text with no
# separator (bare: "July 2006 North Korea test-fired", read only where the document writes
# its entries so), or by a sign that is no separator (odd: "22Oct1994>text", likewise).
# "1896 (Athens) | text", "Thursday 10th March 2011 (day before)", "=== 17/7/2018 (Antwerp) ===":
# a short note in brackets after a date (no digits), before a separator or the line's end: the
# date is read through it, and the note opens the entry's text (a place is no date's part)
_NOTE = (
    r"(?:\s*(?P<note>\((?=[^()\d\n]{1,30}\)\s*(?:[*_=#]+\s*|[-–—]{1,2}\s*)?"
    r"(?:[:;|–—-]|/{2,3}|\t|   |$))"
    r"[^()\d\n]{1,30}\)))?"
)
ENTRY_START = re.compile(
    rf"(?P<date>{_DATE})[\])]?{_EMPHASIS}{_WEEKDAY}{_NOTE}"
    rf"(?:\s*{_SEPARATOR}{_EMPHASIS}(?:(?=\s|$)|(?<=[、，])|(?P<tight>(?<=[:\ufffd])(?=[A-Z“\"‘'])"
    # ("February 20, 1792 -The United States …": after a year's digits, a space and a dash)
    rf"|(?<=\d\s[{_DASH_CHARS}])(?=[A-Z“\"‘'])))"
    rf"|(?P<nosep>\s*(?:[*_=#]+\s*)?(?:\([^()\d]{{1,30}}\)\s*)?(?=$))"  # "(Australian time)"
    # (or Hangul, Han; an accented capital, a German text's "Öffnung …" or "1615 Étienne
    # Brûlé …", „quote“; a category tag in small capitals, "1968 ᴘʟ Logo"; Markdown emphasis
    # before a capital, "1967    *Pattern …*", or code, "1954 `Fortran` …")
    # (not "2333 BCE: text": the era after a year, no text, see BEFORE_COMMON_ERA)
    # (nor "1st Jun 0000: text": four digits and a colon, a year the grammar does not read)
    # (or an emoji before the text, "1965: June 1 🚀 A tour …", as a capital)
    rf"|(?P<bare>\s+(?!B\.?\s?C\.?(?:E\.?)?(?!\w))(?!\d{{4}}(?!\d)\s*:)(?=[A-Z0-9“\"‘'(\uac00-\ud7a3\u4e00-\u9fff\u00c0-\u00d6\u00d8-\u00de„\u1d00-\u1d22\U0001f300-\U0001faff\u2600-\u27bf]|[*_]{{1,2}}[A-Z]"
    rf"|`\w))"
    rf"|\s*(?P<odd>[>|=~»→⇒]+|,)|(?P<tightdash>(?<=[\w.])[{_DASH_CHARS}](?=[A-Z“\"‘']))"
    # ("2. 5.Ungarn beginnt …": a German day and month, its text glued on in capitals)
    rf"|(?P<glued>(?<=\d\.)(?-i:(?=[A-ZÄÖÜ„“\"]))))\s*"
    # ("Settembre 2017: - La Corea …": a hyphen or en dash after the colon, the separator
    # written twice, is no part of the text; a wire's "-- " or "— " items stay, see DASH_ITEM)
    r"(?:(?<=:\s)[-–](?=\s+\S)\s+)?",
    re.IGNORECASE,
)
# "Monday, Dec. 9, 2019: text", "Sat., 7 Dec 2019 –": a weekday before an entry's date
WEEKDAY_LEAD = re.compile(
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\.?"
    rf"(?:\s+(?:morning|afternoon|evening|night))?|"  # "Wednesday night, Feb. 13, 2013:"
    rf"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:\.,?|,|(?=\s+\d))|"
    # German, French and Spanish weekdays ("Montag, 25. Juni 1950", "lundi 25 juin 1950")
    rf"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|"
    rf"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    rf"s[áa]bado|domingo|"
    # Dutch, Italian and Portuguese ("Vrijdag 30 januari 1953", "venerdì 30 gennaio", "sexta-feira,
    # 30 de janeiro")
    rf"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[ìi]|marted[ìi]|"
    rf"mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|(?:segunda|ter[çc]a|quarta|quinta|"
    rf"sexta)(?:-feira)?)(?![^\W\d_]))\s*,?\s*(?={_MONTH}|\d)",
    re.IGNORECASE,
)
# "n Kim takes power", "2011 n Kim takes power": a PDF's Wingdings bullet extracted as a
# letter ("n", "l", "q", "u") or a sign ("§"), at a line's start or after a year; read as a
# bullet only where a document writes it so at least DocumentPattern.MIN_LINES times.
WINGDING = re.compile(r"(?:^|(?<=\d)[ \t])[ \t]*(?P<sign>[nlqu§])[ \t]+(?=[A-Z0-9“\"‘'])")
WINGDING_IN_TEXT = re.compile(WINGDING.pattern, re.MULTILINE)
WINGDING_HINT = re.compile(r"[ \n\t][nlqu§] ")
WEEKDAY_STARTS = frozenset((  # (cheap test; German, French, Spanish weekdays too)
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "die", "mit", "don", "fre", "sam",
    "son", "lun", "mar", "mer", "jeu", "ven", "dim", "mié", "mie", "jue", "vie", "sáb", "sab",
    "dom",
    "maa", "din", "woe", "vri", "zat", "zon", "gio", "seg", "ter", "qua", "qui", "sex",
))  # fmt: skip
# Bullets and numbering before a date at the start of a line.
# (":: 29 January - text" in a news agency's list; "| June 16, 1911 | text |", a table's row;
# "[June 25, 1950] text", "(25 June 1950) text": a date in brackets)
# "2. 5.Ungarn …", "2. 5." alone: a German day and month (dates.py), no list's number "2."
# ("30. 9.6 000 Flüchtlinge …" neither: its text opens with a number; reported, not misdated)
# ("11. 6. 1157": the month and the year each after a space, see dates.TEXT_DATE)
DAY_MONTH_REST = r"(?:0?[1-9]|1[0-2])\.(?-i:[A-ZÄÖÜ„“\"]|[ \t]*$|\d|[ \t]\d{3,4}(?![\d.,]))"
# Words a count cannot be followed by ("12 workers", "7,100 people" can): a determiner or a
# pronoun after "Feb. 3 – 11" makes the number the end of a span of days, not a count
# (not "a.m.": "Feb. 3 – 11 a.m. talks begin" is a day, a time and the text)
NOT_AFTER_A_COUNT = re.compile(
    r"(?:the|a|an|this|that|these|those|his|her|its|their|our|he|she|it|they|we)\b(?![.’'-])"
)
# " – ": a dash with a space on each side (in a span it stands tight: "15–17")
SPACED_DASH = re.compile(rf"\s[{_DASH_CHARS}]\s")
# the signs a list's item opens with (bullets, dashes, arrows, check marks, pins…): one list
# for every pattern and test of a bullet below
BULLET_CHARS = "•·▪■◦‣●○∙*+-–—►▸▶→❖◆✓✔›❯➤➢➔⇨◉★☆♦✅☑✗✘👉📌📅🔹🔸🔷🔶▫▲△◇◈▷"
_BULLET_CLASS = BULLET_CHARS.replace("-", r"\-")  # (the same, inside a pattern's "[…]")
# the signs that mark an item even glued to its date: never a dash, "+", "*" or "·" ("-5", "+3",
# "*1", "3·1" are numbers and notes)
GLUED_BULLETS = dates.ITEM_SIGNS
# "• 18. Januar: …": a German month's name (one no English month shares) after "18. " makes
# the number its day, no list's number
GERMAN_MONTH_AFTER = r"\s?(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b"
DECORATION = re.compile(
    rf"^(?:[{_BULLET_CLASS}>#=]++\s*|::\s*|\|\s*(?=\S)|@\s+(?=\[)|\d{{1,3}}(?:\)|\.(?!\s?"
    rf"{DAY_MONTH_REST})(?!{GERMAN_MONTH_AFTER}))\s+|\(\d{{1,3}}\)\s+|"
    # (a bracket before a date: "[1962]", "(25 June 1950)", "(12. Juni 1954)", "[MAR 4, 1950]",
    # "(Saturday 12th June 1954)", "(Saturday, April 26, 1986)": digits, or a word or two
    # before a number; the date grammar then reads the date or nothing)
    # ("[330-1453: byzantine empire](link)": a span from a year of three digits to one of four)
    r"\(?(?!c\.\s*\d)[a-z][.)]\s+|[\[(](?=\d{4}|[1-9]\d\d[–-]\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th|\.)?\s*[^\W\d_]|\d{1,2}[./–-]\d|"
    r"(?:[^\W\d_]{3,10}\.?,?\s+){1,2}\d))+"
)
# A line that starts with a bullet or numbering: a new item, never another entry's text.
# ("@ [1914~1918] text": the Chronos timeline's period mark, "@" only before a bracket; see
# DECORATION)
BULLET = re.compile(
    rf"^\s*(?:(?:[{_BULLET_CLASS}]|::|@(?=\s+\[)|\d{{1,3}}(?:\)|\.(?!\s?"
    rf"{DAY_MONTH_REST}))|\(\d{{1,3}}\)|\(?[a-z][.)])\s+\S"
    # ("▲6월24일 text", "•2019: text": a sign that is no dash nor arithmetic, glued to a date)
    rf"|[{GLUED_BULLETS}](?=\d))"
)
# "1998 2007: text" after a date read ("1997 – 1998 2007:"): years, then the separator
YEARS_THEN_SEPARATOR = re.compile(
    rf"{_YEAR}(?:(?:[ \t]*[,&{_DASH_CHARS}][ \t]*|[ \t]+){_YEAR})*[ \t]*:(?:\s|$)"
)
# "*Current Frontier*: …", "Note: …": a label of a few words and its colon opening an item
ITEM_LABEL = re.compile(r"[*_]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}[*_]*:\s")
TITLES_AT_MOST = 3  # a table's column names on their lines between a heading and its rows
ROWS_SEEN = 12  # the entries above a line that tell whether a list's entries run on
RULE_LINE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
UNDATED_ITEM = "a bulleted line without a date (a new item, not joined to the entry before it)"
# "c. 1400s", "ca. 40 000 - 10 000 BC": an approximate date whose "c." a lettered list's
# mark would be ("c. 1991" after "a." and "b." lines is that list's item: the same reason)
CIRCA_MARKED = re.compile(r"(?:c|ca|circa)\.?\s*(?=\d)", re.I)


def _undated_item_reason(line: str) -> str:
    """Why a bulleted line without a date read is left out: an approximate year or one
    before the Common Era when it opens so ("c. 1400s"), else UNDATED_ITEM."""
    circa = CIRCA_MARKED.match(line)
    if circa is None:
        return UNDATED_ITEM
    if BEFORE_ERA_WORD.search(line) is not None:
        return BEFORE_COMMON_ERA_REASON
    written = " ".join(line.split()[:2])
    return f"'{written}' is an approximate year (perhaps before the Common Era): not guessed"


# "• 2. …": a number and its full stop after a bullet sign (see _Splitter.bullet)
NUMBER_AFTER_BULLET = re.compile(r"\d{1,3}\.\s")
# "1. Kreuzzug": a number and its full stop opening a line (a list's mark, or an ordinal)
LIST_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s")


def _numbers_a_list(lines: Sequence[str]) -> bool:
    """Whether the document numbers a list: three of its lines open with consecutive numbers
    ("1. …", "2. …", "3. …"). Else a number with a full stop opening a line is the text's
    ordinal ("1. Kreuzzug", "4. Kreuzzug; …", "2. Weltkrieg": German "first", "fourth",
    "second"), not a mark to drop."""
    numbers = set()
    for line in lines:
        if line[:4].lstrip()[:1].isdigit() and (found := LIST_NUMBER.match(line)) is not None:
            numbers.add(int(found.group(1)))
    return any(number + 1 in numbers and number + 2 in numbers for number in numbers)


# "-- text": a wire story's item mark, after a day's colon and on the day's later items
DASH_ITEM = re.compile(r"^\s*(?:--|—)\s+(?=\S)")
# "-판문점 …", "-The board meets …": a hyphen glued to an item's first letter (a capital, or a
# letter of a script without case), below a date alone on its line: one of that day's items
# (see _Splitter.text_piece); never "-based" (a word broken before its hyphen)
GLUED_DASH_ITEM = re.compile(r"-(?=[^\W\d_])(?![a-z])")
# "25. text", "24–28. text": a day of the month a heading above names (a reference work's
# layout: "1950", "• June", "• 25. North Korean forces invade …")
# (or "25 – text", a spaced dash after the day)
# (or a column's gap of two spaces or more: " 4   Wilson proclaims …" under "August, 1914")
# ("Dia 7: text", "Día 7: text", "Tanggal 7: text" under "JANEIRO": Portuguese, Spanish and
# Indonesian write the word "day" before the day of the month; never "Day 7", "Tag 7",
# "Jour 7", which count the days of an event)
DAY_ITEM = re.compile(
    r"^(?:(?:Dia|Día|Tanggal)\s+(?=\d))?"
    r"(?P<d1>\d{1,2})(?:\s*[–-]\s*(?P<d2>\d{1,2}))?(?:(?:[.:]| :|\s+[–—-])\s+|[ \t]{2,})(?=\S)"
)
BULLET_SIGN = re.compile(rf"^(?:[{_BULLET_CLASS}]+|::)\s*")
BULLET_SIGNS = BULLET_CHARS + ": \t"


def _date_opening(line: str, first: Callable[[str], bool] = str.isalnum) -> re.Match[str] | None:
    """The date that starts ``line`` after its bullet, if any, and if the line's first
    character passes ``first`` (``str.isalpha``: a month, not a year): what the rewrites of a
    document's lines ask before they take its dates for other than its entries' (a date
    that starts a line marks the document's own entries)."""
    stripped = line.strip().lstrip(BULLET_SIGNS)
    return ENTRY_START.match(stripped) if first(stripped[:1]) else None


# "618 -- Title", "2333 B.C: text": dated entries whose year the data format cannot hold as
# written (three digits without an era; before the Common Era)
# (read as years where the document's own entries are years with the same separator)
# ("400-500 – text", "Mid 700s – text": a span or the hundred years of a three-digit year)
# ("369 (21 luglio) - text", "847 (giugno) - text": the day and month, or the month, in
# brackets after the year; read as the day where the words are a month's)
_SHORT_YEAR_DAY = (
    r"(?:\((?P<bday>(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+)?"
    r"[^\W\d_]{3,10}\.?)\)\s*)?"
)
# "-490: Marathon", "−44 - Caesar …": a year with a minus sign glued on (before the era)
SIGNED_YEAR = re.compile(r"[-−](?P<year>[1-9]\d{0,3})(?![\d–—-])")  # ("-900- text": framed)
SHORT_YEAR_ENTRY = re.compile(
    r"^(?:(?i:early|mid|late)[\s-]+(?=\d{3}s))?(?P<year>[1-9]\d\d)"
    r"(?:(?P<hundreds>(?<=00)s)|\s*[-–]\s*(?P<last>[1-9]\d\d)(?!\d))?\s*"
    rf"{_SHORT_YEAR_DAY}"
    # ("402-Nirun State …", "744- Uigurs …"; "209- BC- The Huns …" is a year before the era)
    # ("100 - wird von …", "923 - 32 wird …": a spaced hyphen before any text, the chronicle's
    # sentence going on from its year; read only where the document's lines so written rise,
    # see DocumentPattern.reads_short_years)
    r"(?P<sep>(?:--|[:–—])(?=\s|$)|-(?=\s?[A-Z])(?!\s?(?:BCE?|B\.\s?C\.)(?!\w))"
    r"|(?<=\s)(?P<loose>-)(?=\s+[^\W_]))"
)
# after "923 - " or "454 - ": the span's end, as a chronicle writes it ("923 - 32 wird …",
# two digits of the same century; "454 - und 495 dringen …", a second year after a word
# joining two years); the text follows
SHORT_SPAN_END = re.compile(
    rf"\s*(?:(?P<two>\d\d)|{dates.YEAR_PAIR_WORD}\s+(?P<full>[1-9]\d{{2,3}}))(?!\d)\s+(?=\S)"
)
# "8: text", "42 – text", "62 - Text": a year of one or two digits with its separator, read
# only in a document whose three-digit years are its entries, written the same way (see
# DocumentPattern.reads_tiny_year); elsewhere a list's number or a count
TINY_YEAR_ENTRY = re.compile(
    rf"^(?P<year>[1-9]\d?)(?P<hundreds>(?!))?(?P<last>(?!))?\s*{_SHORT_YEAR_DAY}"
    r"(?P<sep>(?:--|[:–—])(?=\s|$)|-(?=\s[A-Z]))"
)
# "476 Fine dell'Impero …": a three-digit year, one space, then a capitalised word — read only
# in a document whose entries are "1492 Text" lines (see DocumentPattern.reads_bare_short_year)
# ("432\t\tTrad. date …", "400-800\t\tKingdom …": a column's gap after it, or a span; "0777
# Oorkonde …", "0810-1006 Invallen …": the year written with four digits, its leading zero, as
# a column of years writes it, a span to a later year)
BARE_SHORT_YEAR = re.compile(
    r"^0?(?P<year>[1-9]\d\d)(?P<hundreds>(?!))?"
    r"(?:[-–](?P<last>(?<=^0\d\d\d[-–])(?:0[1-9]\d\d|1\d{3})|(?<=^[1-9]\d\d-)[1-9]\d\d))?"
    r"(?P<sep>)(?: |\t[ \t]*| {3,})(?=[A-ZÀ-Þ][a-zß-ÿ’']|[\"“][^\W\d_])"
)
# "623. Samo porazil Avary …", "894-912. Spytihněv I": a three-digit year (or a span of two)
# and its full stop, then the text: a Czech, Slovak or German chronicle's years; read only
# in a document whose entries are so written, rising and never counting up one by one (a
# numbered list "101.", "102." …; see DocumentPattern.reads_dotted_short_years)
SHORT_YEAR_DOT = re.compile(
    r"^(?P<year>[1-9]\d\d)(?:[-–](?P<last>[1-9]\d\d))?(?P<hundreds>(?!))?(?P<sep>\.)[ \t]+"
    r"(?=[^\W\d_]|[†*„“\"])"
)
SHORT_YEAR_PLAIN = re.compile(
    r"^(?P<year>[1-9]\d\d)(?:[-–](?P<last>[1-9]\d\d))?(?P<hundreds>(?!))?(?P<sep>)[ \t]+"
    r"(?=[^\W\d_]|[†*„“\"])"
)
# "7/7/40 — text": a numeric date whose year has two digits
TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}/\d{1,2}/(?P<yy>\d\d)(?![\d/])")
# "c. 2500 : text", "ca. 1700": an approximate year, in world histories often before the
# Common Era without saying so: reported, not guessed
# (and German "um 1000 -", "about": never the rest of the entry above)
CIRCA = re.compile(
    r"^(?:(?:c|ca|circa)\.?\s*|um\s+)(?P<year>\d{1,4})(?:\s*[-–]\s*\d{1,4})?\s*[:–—-]", re.I
)
CIRCA_WORDS = frozenset({"c", "ca", "circa", "um"})
ERA_AFTER = re.compile(r"B\.?\s?C\.?|BCE\b|A\.?\s?D\.?\b|C\.?E\.?\b")
# Why a year before the Common Era is not imported (here and in tables.py)
NO_SUCH_DATES = "the data format has no such dates"
BEFORE_COMMON_ERA_REASON = f"a year before the Common Era: {NO_SUCH_DATES}"
# ("4000 f.K.", "500 f.Kr.": Norwegian, Danish and Swedish "before Christ"; "800 v. Chr.": German)
BEFORE_COMMON_ERA = re.compile(rf"^(?P<year>\d{{1,4}})\s*{dates.BEFORE_CHRIST}(?![\w])", re.I)
# "l895", "I994": a year with a letter for a digit, as text recognition writes it.
LETTER_IN_YEAR = re.compile(r"^(?=[1lI][0-9lIO]{3}(?!\w))(?=\S{0,3}[lIO])\S{4}")
# "Fbe. 7, 2019:", "Sept. 7, 2019 > text": looks like an entry, cannot be read as one.
NEAR_ENTRY = re.compile(
    rf"^(?P<word>[A-Za-z]{{3,9}})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:\s*[{_DASH_CHARS}]\s*\d{{1,2}})?(?:,?\s*(?P<year>\d{{4}})(?!\d))?\s*(?P<after>\S?)"
)
# "3 June 3000: …", "1st Jun 0000: …", "Aug-3000: …": a day before its month, or a month
# hyphened to its year, then a year of four digits the grammar does not read
NEAR_DAY_FIRST = re.compile(
    r"^(?:(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?P<word>[^\W\d_]{3,10})\.?,?\s+"
    r"|(?P<month>[A-Za-z]{3,9})\.?-)(?P<year>\d{4})(?!\d)\s*(?P<after>\S?)"
)
# "3000: text", "9999 – text": a year after the years read, then a separator
FAR_YEAR_ENTRY = re.compile(rf"(?P<year>[3-9]\d{{3}})(?!\d)\s*(?::|[{_DASH_CHARS}]\s)")
# "9999", "## 0000": four digits alone outside the years read (see far_year_heading)
FAR_YEAR_ALONE = re.compile(r"(?:#{1,6}\s+)?(?P<year>[3-9]\d{3}|0\d{3})")
OUTSIDE_YEARS = "is outside the years a chronology's dates are read in (1000 to 2999)"
# "9999 ::", "0000 ***": a number of four digits or more framed as a year's heading (":: 9999 ::")
FRAMED_NUMBER = re.compile(r"(?P<year>\d{4,})\s*[:=*#~_\-–—+]{1,6}\s*$")
FOREIGN_MONTH = re.compile(dates.TEXT_FOREIGN_MONTH, re.IGNORECASE)
BAD_SEPARATOR = re.compile(r"[^\w\s“\"‘'(\[]")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0f]")  # (and "▪️"'s selector)
NO_BREAK_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a]")

CHRONOLOGY_HEADING = re.compile(r"^\s*(?:#+\s*)?CHRONOLOGY\b(?!\s+(?:by|compiled|prepared))", re.I)
_MONTH_FULL = "|".join(MONTH_NAMES)
_MONTH_RANGE = (
    rf"(?P<hm1>{_MONTH_FULL})(?:\s+(?P<hy1>{_YEAR}))?"
    rf"(?:\s*(?:[{_DASH_CHARS}]|to)\s*(?P<hm2>{_MONTH_FULL}))?\s+(?P<hy2>{_YEAR})"
)
# "SEPTEMBER – DECEMBER 2019", "October - December 2009", "Chronology from Jan 2019 to May 2019"
# A single "March 2020" alone is no such heading: it is an entry or a heading by what follows.
YEAR_HEADING = re.compile(
    rf"^\s*(?=(?:{_MONTH_FULL})\b)(?=.*(?:[{_DASH_CHARS}]|\bto\b)){_MONTH_RANGE}\s*$", re.IGNORECASE
)
# "1950 Timeline", "Events of 1994", "Korean War: 1951": a year and a few words, no sentence
YEAR_TITLE = re.compile(
    rf"^\s*(?:[A-Za-z]+:?\s+){{0,3}}(?P<year>{_YEAR})(?:\s+[A-Za-z]+){{0,3}}\s*$(?<![.!?])"
)
# "Timeline: 1961", "Chronology – 1994", "Key dates: 1950": a list's label and its year; or
# the word for "year" before it and perhaps a short title ("Año 2009. La búsqueda", "Jahr
# 1990", "Year 2001 – The Crash"), no sentence
YEAR_LABEL = re.compile(
    rf"^\s*(?:(?:timeline|chronology|key (?:dates|events)|events)\s*[:\-–—]\s*(?P<year>{_YEAR})"
    rf"|(?:year|año|ano|jahr|année|anno|jaar)\s+(?P<year2>{_YEAR})"
    r"(?:\s*[.:\-–—]\s*(?:[^\W\d_][\w’'-]*\s*){1,5}(?<![.!?]))?)\s*$",
    re.IGNORECASE,
)
CHRONOLOGY_TITLE = re.compile(
    rf"^\s*(?:\W\s*)?(?:[\w.’'\-–]+\s+){{0,6}}?chronology\b[^:;]*?(?:{_MONTH_RANGE})?\s*$",
    re.IGNORECASE,
)
CHRONOLOGY_FROM = re.compile(
    rf"chronology\s+from\s+(?P<hm1>{_MONTH})\s+(?P<hy1>{_YEAR})\s+to\s+"
    rf"(?P<hm2>{_MONTH})\s+(?P<hy2>{_YEAR})",
    re.IGNORECASE,
)

# --- layout ---------------------------------------------------------------------------------

_PAGE = r"(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?"
_MONTH_YEAR = rf"(?:{_MONTH_FULL}|{_MONTH_FULL.upper()})\s+{_YEAR}"
_TITLE_WORD = r"(?:[A-Z][\w.’'&\-–]*|of|and|the|on|for|in|to|[&|:])"
RUNNING_TITLE = re.compile(
    r"\b(?:Relations|Connections|Journal|Review|Chronology|Quarterly|Today|Affairs|Bulletin)\b"
)
JOURNALS = re.compile(
    r"comparative\s+connections|c\s*o\s*n\s*n\s*e\s*c\s*t\s*i\s*o\s*n\s*s|"
    r"foreign\s+service\s+journal|arms\s+control\s+today|pacific\s+forum",
    re.IGNORECASE,
)
# "U.S.-Japan Relations 18 April 2009", "Japan-Korea Relations 124 April 2009" inside a line,
# after a sentence ends: a running title, a page number and the issue's month.
INLINE_FOOTER = re.compile(
    rf"(?:(?<=[.!?”\"’)\]])|^)\s*(?P<footer>(?:{_TITLE_WORD}\s+){{0,5}}"
    rf"(?:Relations|Connections|Journal|Review|Chronology|Quarterly|Affairs)\s+\d{{1,4}}\s+"
    rf"(?:{_MONTH_FULL})\s+{_YEAR}|(?:\d{{1,4}}\s+)?[A-Z][A-Z.\-– ]{{3,60}}\s*\|\s*"
    rf"(?:[A-Z]+\s+{_YEAR})(?:\s+\d{{1,4}})?)(?=\s|$)"
)
# "… for Peace” 1 6 9 speech at …": a page's number, its digits spaced out by a PDF's text,
# between two words of a sentence (three or four single digits, never a year's)
SPACED_PAGE = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][”\"’,] ))(?P<page>[1-9](?: \d){2,3})(?= [a-z])"
)
FOOTER_HINT = re.compile(rf"\|\s*[A-Z]+\s+\d{{4}}|\d\s+(?:{_MONTH_FULL})\s+\d{{4}}")
FOOTER_SIGN = re.compile(r"[|\d]")  # (what every FOOTER_HINT holds: a far cheaper scan first)
FOOTNOTE = re.compile(
    r"^\s*[*∗†‡¹]+\s*(?:chronology|compiled|prepared|research|this chronology)\b|"
    r"^\s*(?:chronology|this chronology)\s+(?:compiled|prepared)\s+by\b|"
    r"^\s*sources?\s*:|"
    r"^\s*\[\^[^\]\s]+\]:",  # a Markdown footnote's text: "[^1]: Wikipedia, …"
    re.IGNORECASE,
)
# "## Divided", "### References": a Markdown heading; never the text of the entry above
MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
PHOTO_CREDIT = re.compile(
    r"\b(?:REUTERS|AFP|AP|EPA|YONHAP|KCNA|XINHUA|KYODO)\s*/\s*\w|\(?AP Photo\b|\bvia AP\b|"
    r"\bGetty Images\b|^\s*FILE PHOTO\b|\bfile photo\b|©|"
    r"^\s*(?:Photo(?:graph)?s?|Fotos?)\s*(?:credit)?\s*:|"
    r"^\s*(?:Figure|Fig\.|Image)\s+\d+\b|\bKorea Times file\b|"
    # "National Party faithful in Gore. Photo: Sandy Eggleston": a caption ends on its credit
    r"^\s*credits?\s*:|"  # "Credit: Reuters"
    # "Reds fans celebrate (Anthony Devlin/PA)": a photographer's name and the agency's
    r"\((?-i:[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s*/\s*(?-i:[A-Z]{2,6})\)\s*$|"
    r"\b(?:Photo(?:graph)?|Picture|Image)s?(?:\s+credit)?\s*(?::|\bby\b)\s*"
    r"(?-i:[A-Z])[\w.'’&/\- ]{1,40}\)?\s*$",
    re.IGNORECASE,
)
# "29 April 1986. Photo of the plant …", "1936. Foto von …", "29 kwietnia 1986. Zdjęcie …": a
# picture's caption that opens with its date, then says it is a picture (in the languages of
# the corpus)
DATED_CAPTION = re.compile(
    r"(?:(?:an?|the)\s+)?(?:photo(?:graph)?|picture|image|snapshot|foto(?:grafia|grafie)?|bild|"
    r"zdj[eę]cie|fot\.|immagine|imagen|imagem|afbeelding)\b(?!\s*:)",
    re.IGNORECASE,
)
# A web page's furniture between entries: ads, prompts, paywall and newsletter lines.
WEB_FURNITURE = re.compile(
    r"^(?:(?:v+|\^+|-+|=+|\*+)\s*advertisement\s*(?:v+|\^+|-+|=+|\*+)|"  # "vvv advertisement vvv"
    r"advertisement|advert|sponsored(?: content)?|skip advertisement|more must-reads?:?|"
    r"read more(?:(?::|\s+(?:on|at|from|in|about)\b).*)?|"  # "Read more on investing.com"
    r"related(?: articles| stories| coverage)?(?::.*)?|"
    r"recommended(?: for you| reading)?:?|(?:story|article) continues (?:below|after)\b.*|"
    r"continue reading\b.*|(?:subscribe|sign up|log in|already a subscriber)\b.*|"
    r"(?:share|follow us) (?:this|on)\b.*|click here\b.*|"
    r"this (?:content|article) is (?:for|available to) subscribers\b.*|"
    # a page's buttons, menus and credits, each a whole line: "Share", "Back to top",
    # "(Reporting by …; Editing by …)", "Topics: …", "All rights reserved."
    r"share|tweet|e-?mail|print|comments?|(?:leave|post) a comment|loading\.*|show (?:more|less)|"
    r"load more|read less|"  # (the button that folds an entry's "Read more" text again)
    r"click to (?:enlarge|expand)|enlarge this image|skip to (?:main )?content|"
    r"(?:back|return) to (?:top|home(?:page)?|(?:the )?index|(?:the )?contents|(?:the )?main page)|"
    r"(?:previous|next) (?:article|story|post)|read next|up next|more from\b.*|most (?:popular|"
    r"read)|trending(?: now)?|listen to this (?:article|story)|download (?:our|the) app\b.*|"
    r"newsletters?|scroll to continue\b.*|advertisement\W+scroll to continue\b.*|"
    r"(?:terms of (?:use|service)|privacy policy|cookie policy)\b.*|we use cookies\b.*|"
    r"all rights reserved\.?|copyright\b.{0,80}|\(?(?:additional )?(?:reporting|writing|editing)"
    r" by\b.*|(?:topics|tags|filed under|categories)\s*:.*|watch\s*:.*|editor['’]s note\s*:.*)$",
    re.IGNORECASE,
)
# "Log in to Twitter or Facebook account to connect", "To write comments, please log in": the
# comment box below the article's text; what follows it is never an entry's text (a "Sign up
# now" or an advertisement may sit between two paragraphs of one entry)
COMMENT_BOX = re.compile(
    r"(?:log ?in|sign in)\b.{0,40}\baccounts?\b|to (?:write|post|leave|add) (?:a )?comments?\b|"
    r"comments? (?:are|is) closed\b",
    re.IGNORECASE,
)
# "[Back to top](#top)": a Markdown link alone on its line, its shown text and its address
MARKDOWN_LINK_LINE = re.compile(r"\[(?P<shown>[^\[\]\n]{1,60})\]\([^()\n]{0,200}\)")
# "votre commentaire", "• Kommentar schreiben", "Lascia un commento", "Dodaj komentarz": a
# blog's link to its comments in other languages than English (WEB_FURNITURE's "leave a
# comment"), a whole line, its bullet too; and a blog host's button under the comments
# ("Kommentar veröffentlichen", "Publier un commentaire", "Publicar un comentario", "Postar um
# comentário", "Posta un commento", "Een reactie posten": its "Post a Comment")
COMMENT_LINK = re.compile(
    r"(?:[•·*\-–]\s*)?(?:(?:votre|un|vos|(?:laisser|ajouter|écrire|poster|publier)\s+un)"
    r"\s+commentaire|commentaires|kommentar(?:e|\s+schreiben|\s+hinterlassen|\s+veröffentlichen)?"
    r"|kommentieren|(?:lascia|scrivi|posta)\s+un\s+commento|commenti"
    r"|(?:deja|dejar|escribe|publicar)\s+(?:un|tu)\s+comentario|comentarios"
    r"|(?:deixe|deixar|postar)\s+(?:um|seu|o\s+seu)\s+comentário|comentários"
    r"|reacties|reageer|plaats\s+een\s+reactie|een\s+reactie\s+posten"
    r"|(?:dodaj\s+)?komentarze?|skomentuj)"
    r"(?:\s*\(\d+\))?\s*[.:]?",
    re.IGNORECASE,
)
# "Read on for 30 more key events.": the page points elsewhere for the rest of its list; the
# entry above ends there (what follows is other page text, never its continuation)
LIST_GOES_ON = re.compile(r"(?:read on|keep reading|scroll down)\b.{0,80}", re.IGNORECASE)

# "created" / "2023-01-17", "hit" / "1042": a page's metadata written as a label on its own
# line and its value on the next (a board's post header); both are page furniture, and the
# value is never a date or year heading of the chronology
METADATA_LABEL = re.compile(
    r"(?:writer|author|created|updated|last updated|modified|last modified|posted|hits?|"
    r"views?|view count|read count|reads)\s*:?",
    re.IGNORECASE,
)
METADATA_VALUE_LENGTH = 40  # (a value is short: a name, a date, a number)
ITEM_TITLE_WORDS = 12  # a title above a day's items ("3RAR placed under US command")
CUT_WORD_LENGTH = 3  # "The" alone below the last date: the page cut after one word
CUT_ITEM_LENGTH = 2  # "• K": an item's text cut off (no event is written in two letters)
DATED_ITEMS_EACH = 4  # a list of dated items: at least this many dated per undated item
CATEGORY_WORDS = 3  # a category label under a date ("The Law", "Legislation")
HEADLINE_WORDS = 3  # a card's title says what happened ("Soviets Detonate Thermonuclear Bomb")
TITLE_WORDS = 5  # a title under a heading date ("Date Events"), not an entry's sentence


def metadata_values(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines that are a metadata label and the short value below it, and
    of a page's date with the time it was last updated at its top (see _update_stamps)."""
    found: set[int] = set()
    for index, line in enumerate(lines[:-1]):
        if len(line) > 24 or METADATA_LABEL.fullmatch(line.strip()) is None:
            continue
        value = lines[index + 1].strip()
        if value and len(value) <= METADATA_VALUE_LENGTH and not SENTENCE_END.search(value):
            found.update((index, index + 1))
    return found | _update_stamps(lines)


# "Actualizado 13:37 CEST", "Sábado 15/10/2011. Actualizado 11:06h.", "Updated 9:08 PM ET":
# the time a news page was last updated, in the languages of the corpus, with its clock time
UPDATE_STAMP = re.compile(
    r"(?:^|[\s.,|])(?:last updated|updated|actualizad[oa]|aktualisiert|mis à jour|aggiornato|"
    r"bijgewerkt|atualizad[oa])\b:?\s*(?:(?:at|a las|um|à|om|às)\s+)?"
    r"\d{1,2}[:.h]\d\d\s*(?:h|uhr|[ap]\.?m\.?)?\.?(?:\s*[A-Z]{2,5}\b)?\s*$",
    re.IGNORECASE,
)
UPDATE_HINTS = (
    "pdated",
    "ctualiza",
    "ktualisiert",
    "mis à jour",
    "ggiornato",
    "ijgewerkt",
    "tualiza",
)
TOP_LINES = 15  # a page's own date and update time stand among its first lines
# "Este conteúdo foi publicado em 26 de Outubro de 2018 10:48", "Publié le 3 mars 2021 à
# 10h", "Veröffentlicht am 12. Mai 2020, 14:03": the page's own date of publication, a few
# words, the word "published" (in the languages of the corpus), then only dates and times
PUBLICATION_STAMP = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,4}?(?:published|publicad[oa]|publi[ée]e?|pubblicat[oa]|"
    r"ver[öo]ffentlicht|gepubliceerd|opublikowano|publicerad|publisert|publiceret|udgivet|"
    r"julkaistu|yay[ıi]nlanma|diterbitkan)(?:\s+(?:on|em|el|en|le|il|am|op|den|tanggal))?"
    r"\s*:?\s+(?=\d)",
    re.IGNORECASE,
)
PUBLICATION_HINTS = ("ublic", "ublié", "ubblicat", "ffentlicht", "ubliceerd", "ublikowano",
                     "dgivet", "ulkaistu", "ayınlan", "iterbitkan")  # fmt: skip
# what may stand between a publication stamp's dates: its times, separators, "à", "às", "at"
STAMP_REST = re.compile(
    r"(?:[\s.,|/·•–—-]|\d{1,2}[:.h]\d\dh?|(?i:at|à|às|a las|alle|um|om|o|kl\.|klo)(?=\s))*+"
)


def _publication_stamps(lines: Sequence[str]) -> set[int]:
    """The indexes of a page's publication line among its first TOP_LINES lines ("Este
    conteúdo foi publicado em 26 de Outubro de 2018 10:48"): nothing after the word but
    dates and times, so "Published in 1851, the book …" stays text."""
    found: set[int] = set()
    for index, line, stamp in _top_lines_with(lines, PUBLICATION_HINTS, PUBLICATION_STAMP):
        rest = dates.date_in_text().sub(" ", line[stamp.end() :])
        if not any(char.isdigit() for char in line[stamp.end() :][:12]):
            continue
        if STAMP_REST.fullmatch(rest) is not None:
            found.add(index)
    return found


def _top_lines_with(
    lines: Sequence[str], hints: Sequence[str], pattern: re.Pattern[str]
) -> Iterator[tuple[int, str, re.Match[str]]]:
    """Among a page's first TOP_LINES lines, those that hold one of ``hints`` (the cheap
    test first) and where ``pattern`` is found: with their index and the match."""
    for index, line in enumerate(lines[:TOP_LINES]):
        lowered = line.lower()
        if any(hint in lowered for hint in hints) and (found := pattern.search(line)) is not None:
            yield index, line, found


# "Sat, 05/16/2009 - 04:57", "March 3, 2014 at 10:21 am": a post's date and clock time alone
# on a line at the page's top (the date is checked by _whole_date_alone)
POSTED_STAMP = re.compile(
    r"\s*(?P<date>[^:]*?\d)\s*+(?:[-–—|,@]|\bat\b)?\s*+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?\s*$",
    re.IGNORECASE,
)
POSTED_LENGTH = 60


def _update_stamps(lines: Sequence[str]) -> set[int]:
    """The indexes of a page's update stamp among its first TOP_LINES lines ("Actualizado
    13:37 CEST"), with the date alone on the line above it ("31 enero 2017"), or with the
    date before it on the same line ("Sábado 15/10/2011. Actualizado 11:06h."): the page's
    own date, never an entry of its chronology."""
    found = _posted_stamp(lines) | _publication_stamps(lines)
    for index, line, stamp in _top_lines_with(lines, UPDATE_HINTS, UPDATE_STAMP):
        before = line[: stamp.start()].strip(" .,|")
        if before:  # the page's date on the same line, and nothing else
            if _whole_date_alone(before):
                found.add(index)
            continue
        above = next((n for n in range(index - 1, -1, -1) if lines[n].strip()), None)
        found.add(index)
        if above is not None and _whole_date_alone(lines[above].strip()):
            found.add(above)
    return found


def _posted_stamp(lines: Sequence[str]) -> set[int]:
    """The index of a post's date and time at the page's top ("Sat, 05/16/2009 - 04:57"):
    the only such line among the first TOP_LINES, no year on a line above it. A page of
    entries written so ("April 25, 1986, 11:10 p.m." / text / "April 26, 1986, 12:28 a.m.")
    has several: they are its entries."""
    found: set[int] = set()
    shaped = 0  # (lines of the same shape whose date writes no year of 1000 or later)
    for index, line in enumerate(lines[:TOP_LINES]):
        if ":" not in line or len(line) >= POSTED_LENGTH:
            continue
        posted = POSTED_STAMP.match(line)
        if posted is None:
            continue
        if _whole_date_alone(posted["date"]):
            found.add(index)
        elif _date_alone(posted["date"]):
            # ("0800-01-01 00:00:00" above "1066-10-14 00:00:00": a timeline export's days
            # before the year 1000, its zeros written, then its clock: the same shape, so the
            # later line is no page's only stamp)
            shaped += 1
    if len(found) != 1 or shaped:
        return set()
    (index,) = found
    if any(YEAR_IN_DATE.search(line) for line in lines[:index]):
        return set()
    return found


REPEATED_LINE_LENGTH = 60  # (a link's or a button's words: short)
REPEATED_LINE_REACH = 3  # (within so many lines below its entry's date)


def _lines_repeated_under_entries(lines: Sequence[str]) -> set[int]:
    """The indexes of a short line written the same under several entries ("1 | 1864 | -
    1864—1 Jan 1867: Canadian Confederation" / "Resources at Library and Archives Canada" /
    "Resources at Wikipedia", then the same two lines under the next row): a page's links or
    buttons under each entry, never the text of one. A line counts where it is written at
    least twice, each time within REPEATED_LINE_REACH lines below a line with a year and with
    such a line between two of them (under different entries); short, in capitals, with no
    digit and no sentence end ("The council meets." twice is two events told alike)."""
    seen: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            not stripped
            or len(stripped) > REPEATED_LINE_LENGTH
            or not stripped[:1].isupper()
            or SENTENCE_END.search(stripped)
            or DIGIT.search(stripped)
        ):
            continue
        seen.setdefault(stripped, []).append(index)
    found: set[int] = set()
    for indexes in seen.values():
        if len(indexes) < 2:
            continue
        dated = [_entry_line_above(lines, index) for index in indexes]
        if None in dated or len(set(dated)) != len(dated):
            continue
        found.update(indexes)
    return found


def _entry_line_above(lines: Sequence[str], index: int) -> int | None:
    """The index of the line with a year and its entry's own words (more than its date:
    "1 | 1864 | - 1864—1 Jan 1867: Canadian Confederation") within REPEATED_LINE_REACH lines
    directly above (no blank between), or None: a date alone above ("July 2023" / "Visit to
    …") makes the line below the entry's text, not a link under it."""
    for above in range(index - 1, max(index - REPEATED_LINE_REACH, 0) - 1, -1):
        line = lines[above]
        if not line.strip():
            return None
        if YEAR_IN_DATE.search(line):
            words = dates.date_in_text().sub(" ", line)
            letters = [word for word in words.split() if any(char.isalpha() for char in word)]
            return above if len(letters) >= 2 else None
    return None


def _captions_written_twice(lines: Sequence[str]) -> set[int]:
    """The indexes of an indented line written again as the next paragraph ("  Tony Leung
    and Maggie Cheung in …" / blank / the same; "  September 11, 2001 - New York City." /
    blank / "  September 11, 2001 – New York City."): a web page's picture, its alternative
    text and its caption, never an entry nor the text of one. (Two paragraphs at the margin
    alike may be two events told alike: they stay.) A date alone written twice is left to
    the rules for dates (a timeline card's date, repeated under its title)."""
    found: set[int] = set()
    above, blank = -1, False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            blank = above >= 0
            continue
        indented = line[:1] in " \t"  # (a paragraph at the margin may be repeated text)
        if (
            blank
            and indented
            and len(stripped) < CAPTION_LENGTH
            and stripped[:1] not in _BULLET_FIRST
        ):
            before = lines[above].strip()
            if (
                len(before) == len(stripped)
                and before[:1] == stripped[:1]
                and _dashes_alike(before) == _dashes_alike(stripped)
                and not _whole_date_alone(stripped)
            ):
                found.update((above, index))
        above, blank = index, False
    return found


CAPTION_LENGTH = 200
CAPTION_HINT = re.compile(r"\n[ \t]*\n[ \t]+\S")


def _dashes_alike(text: str) -> str:
    return text.replace("–", "-").replace("—", "-")


def _date_alone(text: str) -> bool:
    """Whether a text is one date and nothing else, whatever its year ("0800-01-01")."""
    found = dates.find_date(text, 0)
    return found is not None and not text[found.end() :].strip(" .,")


def _whole_date_alone(text: str) -> bool:
    """Whether a text is one date with its year and nothing else (a weekday may come first:
    "Sábado 15/10/2011", "31 enero 2017")."""
    head, _, rest = text.partition(" ")
    if head.strip(",").lower() in WEEKDAY_WORDS:
        text = rest.strip()
    found = dates.find_date(text, 0)
    return (
        found is not None
        and not text[found.end() :].strip(" .,")
        and YEAR_IN_DATE.search(found.group()) is not None
    )


# a weekday's name before a page's date, in the languages of the corpus
WEEKDAY_WORDS = frozenset(
    {*dates.WEEKDAYS, "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
     "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)  # fmt: skip
YEAR_IN_DATE = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")


# "… his political ambition'. Nigel Farage at a party. Picture: PA": a photo's caption and
# credit run into the end of an entry's text
INLINE_CAPTION = re.compile(
    r"(?<=[.!?'’\"”] )(?P<caption>(?:[^.!?]|\.(?=\S)){3,160}\.\s+"
    r"(?:Pictures?|Photos?|Photograph):\s*[A-Z][\w/&.\- ]{1,40})\s*$"
)
# "… kommen an. (DER STANDARD, Printausgabe, Donnerstag, 19. Juli 2007)": a newspaper's credit
# of its print edition (its name, then a weekday and a full date in brackets) glued to the
# end of the last item's text: where the list was printed, not part of the item
PRINT_CREDIT = re.compile(
    r"(?<=[.!?…\"”'’] )(?P<credit>\([A-ZÄÖÜÉ][^(),]{0,40},(?:\s*[^(),]{1,30},)*?\s*"
    r"(?P<weekday>(?i:" + "|".join(sorted(WEEKDAY_WORDS, key=len, reverse=True)) + r")),?\s+"
    r"[^()]{3,25}?(?<!\d)(?:1[5-9]|20)\d\d\))\s*$"
)
# "1.23am: Test begins", "12:28 a.m. Power plummets": a time of the day above, a new item
TIME_ITEM = re.compile(
    # ("[1:23:44] text": a time in brackets)
    r"^\[?(?:\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*[ap]\.?m\.?"
    # or a 24-hour clock written with a dot, then a colon ("20.00: A gunboat sails …")
    r"|(?:[01]\d|2[0-3])\.[0-5]\d(?=:)"
    # or hours and minutes run together, with their zone ("0058 GMT: A quake …")
    r"|(?:[01]\d|2[0-3])[0-5]\d\s?(?-i:GMT|UTC)\b"
    # or with the word for "o'clock" ("22.00 uur", "17.45 Uhr", "9.30 h"), alone on its line
    # too, its text below
    r"|(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?:uur|uhr|h)(?=\s*$))"
    r"\]?"
    r"(?=\s*[:–—-]?\s|\s*$)",
    re.IGNORECASE,
)

# "Zaterdag 31 januari17.45 uur", "Samstag, 31. Januar 17.45 Uhr": a day heading with the hour
# of the first item below glued on (a page's heading and sub-heading run together)
HOUR_AFTER_DAY = re.compile(
    r"(?<=\S)\s?(?P<hour>(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?:uur|uhr))\s*$", re.I
)


HOUR_GLUED_HINT = re.compile(r"[^\W\d_]\s?\d{1,2}[.:]\d\d\s?(?:uur|uhr)[ \t]*$", re.I | re.M)
# (its hour word at a line's end, each letter in either case as re.I reads it: the cheap test
# first, a scan that opens with a letter instead of a try at every character of the text)
HOUR_WORD_AT_END = re.compile(r"[Uu][UuHh][Rr][ \t]*$", re.M)


def _hours_glued_to_days(lines: list[str]) -> tuple[list[str], bool]:
    """The lines with a day heading and an hour glued together ("Zaterdag 31 januari17.45
    uur") broken with ITEM_BREAK into the day and the hour ("17.45 uur", the first words of
    the item below: see TIME_ITEM), and whether any was. Only where the words before the
    hour are a date naming its day and nothing else (a weekday before it allowed)."""
    written = lines
    for index, line in enumerate(lines):
        found = HOUR_AFTER_DAY.search(line) if len(line) < 60 else None
        if found is None:
            continue
        head = line[: found.start()].strip()
        lead = WEEKDAY_LEAD.match(head) if head[:3].lower() in WEEKDAY_STARTS else None
        at = lead.end() if lead is not None else 0
        day = dates.find_date(head, at) if head[at : at + 1].isdigit() or lead else None
        if day is None or day.end() != len(head) or not dates.has_day(day):
            continue
        if written is lines:
            written = list(lines)
        written[index] = f"{head}{ITEM_BREAK}{found['hour']}"
    return written, written is not lines


# "{{^adFree}} {{/adFree}}": a page template's tags left in the text
TEMPLATE_MARKUP = re.compile(r"\{\{[^{}\n]{0,80}\}\}(?:\s*\{\{[^{}\n]{0,80}\}\})*")
# "{relacionados}" alone on its line: a page template's placeholder, never text
TEMPLATE_PLACEHOLDER = re.compile(r"\{[A-Za-z_][\w.-]{0,40}\}")
# "Present" after "2001 - ": the open end of a period, in the languages of the corpus
OPEN_END = re.compile(r"(?:present|today|now|heute|aujourd['’]hui|hoy|oggi|hoje)\.?", re.I)
OPEN_END_LENGTH = 16
# "now: text", "present – text": an open span's end word, then the item's separator and text
OPEN_END_ITEM = re.compile(
    rf"\s*(?P<word>{OPEN_END.pattern})\s*(?::|[{_DASH_CHARS}])\s+(?=\S)", re.IGNORECASE
)
# "1963    Measles …": the gap between a table's date cell and its text cell (the first)
COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|\t)(?=\S)")
# "Chapter 2", "Part IV", "Kapitel 3" alone on a line: a section of the page begins; the title
# and introduction under it belong to no entry (the entry above ends there)
SECTION_LABEL = re.compile(
    r"(?:chapter|part|section|chapitre|partie|kapitel|teil|abschnitt|cap[íi]tulo|parte|"
    r"capitolo|sezione|hoofdstuk|deel)\s+(?:\d{1,3}|[ivxlc]{1,7})[.:]?",
    re.IGNORECASE,
)
# "adapted from Epidemiology and Prevention of …", "Courtesy of …" as a paragraph of its own:
# the credit of the list's source, never the rest of the entry above
CREDIT_LINE = re.compile(
    r"\s*(?:(?:adapted|excerpted|reprinted|compiled|taken)\s+from|courtesy\s+of)\s+\S",
    re.IGNORECASE,
)
# "(SFC, 1/27/00, p.C2)(SFC, 2/4/00, p.D8)", "(WSJ, 5/31/00, p.A26)": a line of citations,
# each a source's name, its date and a page: where the entry above was read, not its text
CITATION_LINE = re.compile(
    r"(?:\([A-Z][\w&.'’-]{0,20}+(?: [A-Z][\w&.'’-]{0,20}+){0,3}+,\s*+(?=[^(),]*\d)[^(),]{1,25}+"
    r"(?:,\s*+pp?\.\s*+[A-Z]?\d++[A-Za-z]?(?:[-–]\d++)?)?\)\s*+)++"
)
DIGIT = re.compile(r"\d")
# Words without which FOOTNOTE and PHOTO_CREDIT cannot match: a cheap test before them.
FOOTNOTE_HINTS = ("chronolog", "compiled", "prepared", "research", "source")
CREDIT_HINTS = (
    "/",
    "photo",
    "foto",  # ("Fotos: Vereinsarchiv", "Foto: EFE")
    "picture",
    "getty",
    "via ap",
    "©",
    "fig",
    "image",
    "korea times file",
    "credit",
)
PAGE_NUMBER = re.compile(rf"^\s*(?:[-–—]\s*)?{_PAGE}(?:\s*[-–—])?\s*$", re.IGNORECASE)
DATE_LOST = re.compile(r"^[:;]\s+\S")
# (and the full stops of Chinese and Japanese, "。", "！", "？")
SENTENCE_END = re.compile(r"[.!?。！？][”\"’)\]」』）]*$")
ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|U\.S|U\.N|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Sen|Rep|Gov|St|No|Vol|Adm|Col|Maj|"
    r"Capt|Amb|Sgt|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Jr|Sr|vs|e\.g|i\.e|approx)\.$"
)


def normalise(line: str) -> str:
    """Zero-width characters out, no-break and thin spaces as plain spaces."""
    if line.isascii():  # (most lines: nothing to do)
        return line
    return NO_BREAK_SPACES.sub(" ", INVISIBLE.sub("", line))


# (compiled once: these run on most lines; "re.sub(pattern, …)" looks its pattern up each time)
TITLE_GAPS = re.compile(r"[\s|]+")
TITLE_WORD = re.compile(_TITLE_WORD)
MONTH_YEAR_ANY_CASE = re.compile(_MONTH_YEAR, re.IGNORECASE)
MONTH_YEAR_WORDS = re.compile(_MONTH_YEAR)
PAGE_WORDS = re.compile(rf"(?:^|\s)(?:{_PAGE})(?=\s|$)", re.IGNORECASE)
TWO_CAPITALS = re.compile(r"[A-Z]{2}")


def _is_title_case(text: str) -> bool:
    words = [w for w in TITLE_GAPS.split(text) if w]
    return bool(words) and all(TITLE_WORD.fullmatch(w) for w in words)


def _is_table_row(line: str) -> bool:
    """ "Su | Mo | Tu", "1 | 2 | 3 | |||", "<< | July 1953 | >>": a calendar or table's
    row of short cells, no entry text."""
    cells = [cell.strip() for cell in line.split("|")]
    return len(cells) >= 3 and all(
        len(cell) <= 4 or MONTH_YEAR_ANY_CASE.fullmatch(cell) for cell in cells
    )


HEADER_CELL_WORDS = 2  # "Date", "Event", "Key events", "Datum", "Acontecimiento"
HEADER_CELL = re.compile(r"[^\W\d_][^\W\d_'’./&-]*")


def _is_table_header(line: str) -> bool:
    """ "| Date | Event |", "| Jahr | Ereignis |", "| Year | What happened |": a table row of
    two cells or more, each a word or two with a capital and no digit, nothing else (no
    sentence): the columns' names, no entry's text."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if len(cells) < 2:
        return False
    for cell in cells:
        words = cell.split()
        if not words or len(words) > HEADER_CELL_WORDS or not cell[:1].isupper():
            return False
        if not all(HEADER_CELL.fullmatch(word) for word in words):
            return False
    return True


QUOTATION_OPENERS = "\"“‘'«„"  # the marks a quotation opens with
# the names a chronology's table gives its columns: a date's, and a text's or a source's
DATE_COLUMN_NAMES = frozenset({"year", "years", "date", "dates", "month", "day", "period"})
TEXT_COLUMN_NAMES = frozenset({
    "event", "events", "description", "details", "milestone", "milestones", "ref", "refs",
    "reference", "references", "source", "sources", "notes", "significance", "happened",
})  # fmt: skip
COLUMN_NAMES_LENGTH = 60  # six names of columns at most, each a short word
COLUMN_NAME_WORDS = DATE_COLUMN_NAMES | TEXT_COLUMN_NAMES | {"what", "and", "&", "time", "place"}


def _is_column_names(line: str) -> bool:
    """ "Year Date Event Ref.", "Date Event", "Year Month Event": a flattened table's header
    row written as a line of words (no pipes), two to six names of columns, at least one a
    date's (year, date, month, day) and one a text's (event, description, ref.), nothing else
    ("Date of the event" or "Events of the year" is a title's sentence, not column names)."""
    if len(line) > COLUMN_NAMES_LENGTH:
        return False  # (a long line is text; never split into words here)
    words = line.lower().replace(".", " ").replace(":", " ").split()
    if not 2 <= len(words) <= 6 or not all(word in COLUMN_NAME_WORDS for word in words):
        return False
    return any(w in DATE_COLUMN_NAMES for w in words) and any(w in TEXT_COLUMN_NAMES for w in words)


def _lower_case_variant(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind (IGNORECASE) ``pattern`` without IGNORECASE, for an ASCII text in lower
    case: the same matches, found several times faster. None when that is not sure: the
    pattern writes a letter in capitals, or one that an ASCII letter matches by case folding
    only (ſ, K, ı, İ), or a character by its code, or switches a flag inside. Compiled when
    first used; remembered by the pattern's text and flags (a compiled pattern's own hash
    reads all its code, each time)."""
    return _lower_case_of(pattern.pattern, pattern.flags)


@functools.cache
def _lower_case_of(source: str, flags: int) -> re.Pattern[str] | None:
    if not flags & re.IGNORECASE or re.search(r"\\[0-9xuUN]|\(\?[aiLmsux-]", source):
        return None
    letters = re.sub(r"\\.", "", source)  # (escapes: \W, \S … are no letters)
    if any(c.isupper() or c in "ſKıİ" for c in letters):
        return None
    return re.compile(source, flags & ~re.IGNORECASE)


def _search_any_case(pattern: re.Pattern[str], text: str, lowered: str) -> bool:
    """``pattern.search(text)`` found, for a case-blind pattern (``lowered``: the text in
    lower case): an ASCII text is read in lower case, without IGNORECASE, when it can be."""
    variant = _lower_case_of(pattern.pattern, pattern.flags) if text.isascii() else None
    return (variant.search(lowered) if variant else pattern.search(text)) is not None


def _match_any_case(pattern: re.Pattern[str], text: str, lowered: str) -> bool:
    """``pattern.match(text)`` found, as ``_search_any_case``."""
    variant = _lower_case_of(pattern.pattern, pattern.flags) if text.isascii() else None
    return (variant.match(lowered) if variant else pattern.match(text)) is not None


# "1989 - 1990 - 1991", "2019 | 2020 | 2021": three years or more and nothing else, a page's
# links to its other years (two, "1989 - 1990", are a span)
YEAR_MENU = re.compile(r"(?:(?:1[0-9]|20)\d\d\s*[-–|·•/]\s*){2,}(?:1[0-9]|20)\d\d")


PUNCTUATION_ALONE = ".,;:·…"  # a line of these alone says nothing


def layout_kind(line: str) -> str | None:
    """What kind of page furniture a whole line is, or None when it may be text."""
    stripped = line.strip()
    if stripped and not stripped.strip(PUNCTUATION_ALONE):
        return "punctuation alone"  # (". " between a date and its text: an editor's stray key)
    digits = DIGIT.search(stripped) is not None
    if digits and PAGE_NUMBER.match(stripped):
        return "page number"
    lowered = stripped.lower()
    if any(map(lowered.__contains__, FOOTNOTE_HINTS)) and FOOTNOTE.search(stripped):
        return "footnote"
    if any(map(lowered.__contains__, CREDIT_HINTS)) and PHOTO_CREDIT.search(stripped):
        return "figure caption or photo credit"
    if digits and INLINE_FOOTER.fullmatch(stripped):
        return "page header or footer"
    short = len(stripped) < 90 and not SENTENCE_END.search(stripped)
    if short and not digits and "|" not in stripped:
        if _search_any_case(JOURNALS, stripped, lowered):
            return "page header or footer"
    elif short:
        without_month = MONTH_YEAR_WORDS.sub(" ", stripped)
        rest = PAGE_WORDS.sub(" ", without_month)
        paged = rest != without_month
        rest = " ".join(rest.replace("|", " ").split())
        plain = not rest or rest.isupper()
        if _search_any_case(JOURNALS, stripped, lowered):
            return "page header or footer"
        if without_month != stripped and (plain or _is_title_case(rest)):
            return "page header or footer"  # "U.S.-Japan Relations 18 April 2009"
        if paged and (plain or RUNNING_TITLE.search(rest)):
            return "page header or footer"  # "47 US-KOREA RELATIONS"
        if "|" in stripped and plain and TWO_CAPITALS.search(stripped):
            return "page header or footer"  # "US-KOREA RELATIONS | JANUARY 2020"
    if len(stripped) < 100 and _match_any_case(WEB_FURNITURE, stripped, lowered):
        return "advertisement or web page furniture"
    if stripped[:1] == "[" and (link := MARKDOWN_LINK_LINE.fullmatch(stripped)) is not None:
        shown = link["shown"].strip()  # ("[Back to Home]({{ site.baseurl }}/)": a page's button)
        if WEB_FURNITURE.match(shown) is not None:
            return "advertisement or web page furniture"
    if len(stripped) < 40 and not digits and COMMENT_LINK.fullmatch(stripped):
        return "advertisement or web page furniture"
    if "|" in stripped and (not stripped.strip("| ") or _is_table_row(stripped)):
        return "table or calendar"
    if not digits and stripped[:1] == "|" and _is_table_header(stripped):
        return "a table's header row"
    if not digits and _is_month_menu(stripped):
        return "a page's menu of months"
    if (
        stripped.isupper()
        and len(stripped.split()) <= 8
        and not SENTENCE_END.search(stripped)
        and TWO_CAPITALS.search(stripped)
    ):
        return "heading"
    return None


_MENU_FIRST_WORD = re.compile(r"[\s|/·•,]*([^\s|/·•,]+)")


def _is_month_menu(stripped: str) -> bool:
    """Whether a line is only month names, six or more and each once ("January February
    March … December", "Jan | Feb | Mar …"): a page's navigation, never an entry's text."""
    first = _MENU_FIRST_WORD.match(stripped)  # (a menu's first word is a month; most lines'
    if first is None or first.group(1).lower().rstrip(".") not in dates.MONTHS:  # is not)
        return False
    words = [word.lower().rstrip(".") for word in re.split(r"[\s|/·•,]+", stripped) if word]
    if len(words) < 6 or len(set(words)) != len(words):
        return False
    return all(word.isalpha() and word in dates.MONTHS for word in words)


# "15. Jahrhundert", "1. -14. Jahrhundert", "19th century", "XVe siècle" is no item here
CENTURY_MENU_ITEM = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th|e|\.)?\s*[-–]\s*)?\d{1,2}(?:st|nd|rd|th|e|\.)?\s*"
    r"(?:jahrhundert|century|si[èe]cle|secolo|siglo|eeuw)",
    re.IGNORECASE,
)
CENTURY_MENU_GAP = re.compile(r"\s{2,}|\s*[|·•]\s*")


def _is_century_menu(stripped: str) -> bool:
    """Whether a line is only centuries, two or more set apart by a column's gap or a bar
    ("1. -14. Jahrhundert   15. Jahrhundert   16. Jahrhundert", "19th century | 20th
    century"): a page's links to its sections, never an entry (nor "19th century - 20th
    century", a span)."""
    items = CENTURY_MENU_ITEM.findall(stripped)
    if len(items) < 2:
        return False
    gaps = CENTURY_MENU_ITEM.split(stripped)[1:-1]
    return not CENTURY_MENU_ITEM.sub("", stripped).strip() and all(
        CENTURY_MENU_GAP.fullmatch(gap) for gap in gaps
    )


# --- reading dates --------------------------------------------------------------------------


month_number = dates.month_number
Years = dates.YearContext
NO_YEAR = dates.NO_YEAR


def entry_dates(m: re.Match[str], years: Years) -> tuple[str, str | None, str | None] | str:
    """(date, end_date, note) of an entry's date, or why it cannot be read (see dates)."""
    return dates.resolve_date(m, years)


# --- splitting ------------------------------------------------------------------------------

_ENTRY_BOUNDARY = frozenset('.!?”"’)]0123456789')


def _after_boundary(line: str, at: int) -> bool:
    """Whether the last non-space character before ``at`` ends a sentence or a footer (a
    dash set apart before the date is its bullet: "… an intruder.      –Feb 20, 2013: …")."""
    index = at - 1
    while index >= 0 and line[index].isspace():
        index -= 1
    if index == at - 1 and index > 0 and line[index] in "–—" and line[index - 1].isspace():
        index -= 1
        while index >= 0 and line[index].isspace():
            index -= 1
    return index >= 0 and line[index] in _ENTRY_BOUNDARY


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


# "- ", "• ", "* ": a list's bullet opening a table cell's text
CELL_BULLET = re.compile(r"[-•*]\s+(?=\S)")


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
            if _starts_line(match, pattern):
                found.append(_start(line, lead if weekday else at, match, pattern))
                taken = found[-1].text_start
            continue
        if _starts_mid_line(line, at, match) or _month_entry_mid_line(line, at, match, pattern):
            found.append(_start(line, at, match, pattern))
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
NO_COMMA_OPENERS = ("Am ", "Seit dem ", "Der ")
# "• In 1973, the first …", "• By 2007, the airline …", "• During the 1980s, …": a bulleted
# item whose sentence opens with the year (or month and year) it tells of
# (and the same words in other languages: "• En 1904, asumió …", "· Em 1950, o clube …",
# "• Im Jahr 1937 wurde …", "• Nel 1911, …", "• El año 1910 quedará …")
YEAR_OPENER = re.compile(
    r"(?:In|By|During|Since|Until|From|The\s+year|En|Em|Im(?:\s+Jahre?)?|Nel|Dans"
    r"|Depuis|Desde|Durante|Seit|El\s+año|No\s+ano|Nell'anno|L'année)\s+(?:the\s+)?"
)


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
# May,"); an opening month ("In September, Mbeki …" under "2008") leaves the year, as the
# corpus's lists read it
DAY_OPENER = re.compile(r"(?:(?:on|am|le|el|il|em|op|the)\s+)?", re.IGNORECASE)
# a day and month set apart from the text by a dash or colon ("1588 - le 23 décembre - text"):
# the date's part, not the text's
# ("1991年 | 1月30日~31日 | text": a table's year cell, then its day's cell)
OPENING_DATE_SEPARATOR = re.compile(r"\s*(?:[:–—|]|\s-)\s+")


def _day_opening_year_item(
    dates_found: tuple[str, str | None, str | None], text: str
) -> tuple[str, str | None, str] | None:
    """An entry of a year alone whose text opens with a day and month with no year ("1904 Am
    18. September treffen sich …", "1588 - le 23 décembre - Assassinat …"; the seventeenth
    round's rule, an item opening with its day): (the day of that year, the last day of a
    span written East Asian style, "1月30日~2月1日", or None, the text). The text
    keeps its opening words, unless a dash or colon sets the date apart from it (then it is
    the date's). A day later in the text ("1905 Bei der … am 08. Oktober") leaves the year:
    None."""
    year, end = dates_found[0], dates_found[1]
    if len(year) != 4 or end is not None:
        return None
    body = text.lstrip(" \t-–—:")
    day = DAY_OPENER.match(body)
    if day is None or not body[day.end() : day.end() + 1].isalnum():
        return None
    if not dates.date_candidate().match(body, day.end()):  # (cheap first: most open otherwise)
        return None
    found = dates.find_date(body, day.end())
    if found is None or found.start() != day.end():
        return None
    if dates.date_shape(found) not in ("day-month", "month-day") or found["d2"] or found["gd2"]:
        return None
    parts = dates.date_parts(found)
    month, number = dates.month_number(str(parts["m1"])), int(str(parts["d1"]))
    if not 1 <= number <= dates.days_in_month(int(year), month):
        return None
    apart = OPENING_DATE_SEPARATOR.match(body, found.end())
    figures = day.end() == 0 and NUMERIC_DAY_MONTH.fullmatch(found.group().strip()) is not None
    if figures and not body[found.end() :].strip():
        return f"{year}-{month:02d}-{number:02d}", None, ""  # ("1893    01.02." / "FC Lipsia")
    if apart is None and body[found.end() : found.end() + 1] not in (" ", ","):
        return None
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


# "05.05.", "18.3.", "5/11": a day and month written in figures only
NUMERIC_DAY_MONTH = re.compile(r"\d{1,2}[./]\s?\d{1,2}\.?")


# "(2 VI) Początek …", "(16–21 II) Spotkanie …", "(3 gennaio) text": a day (or two) and its
# month in brackets opening the text of a year alone on its line
OPENING_BRACKET_DAY = re.compile(r"\((?=[^()]{0,24}\d)[^()\d]{0,3}\d[^()]{0,24}\)[ \t]+(?=\S)")


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
    written = f"{entry.date} {text[: opening.end()].rstrip()}"
    found = dates.find_date(written)
    if found is None or found.start() != 0 or found.end() != len(written) or not found["yp"]:
        return None
    if dates.date_shape(found) != "year-month-day":
        return None
    parts = dates.date_parts(found)
    year = int(entry.date)
    month = dates.month_number(str(parts["m1"]))
    last_month = dates.month_number(str(parts["m2"])) if parts["m2"] else month
    days = [(month, int(str(parts["d1"])))]
    if parts["d2"]:
        days.append((last_month, int(str(parts["d2"]))))
    if any(not 1 <= day <= dates.days_in_month(year, m) for m, day in days):
        return None
    first, *last = (f"{year:04d}-{m:02d}-{day:02d}" for m, day in days)
    return first, (last[0] if last else None), text[opening.end() :]


# "… é fundado (13 de maio).", "… lands on the Moon (July 20)." : a day and month in brackets
# that close the first sentence of a year's item (footnote marks may follow: "(14 de abril).[1]")
CLOSING_DAY = re.compile(r"\((?P<day>[^()\d]{0,12}\d{1,2}[^()]{0,24})\)(?:\[\d{1,3}\])*[.;!]")
FIRST_SENTENCE_END = re.compile(r"[.;!?](?:\[\d{1,3}\])*(?:\s|$)")


def _closing_day(text: str) -> tuple[int, int] | None:
    """The day and month in brackets that close the first sentence of ``text`` ("… é
    fundado (13 de maio).", "… lands on the Moon (July 20). Later …"): (month, day); a
    bracket later in the text, one with a year or a span of days: None."""
    if "(" not in text:
        return None
    sentence = FIRST_SENTENCE_END.search(text)
    closing = CLOSING_DAY.search(text)
    if sentence is None or closing is None or closing.end() - 1 != sentence.start():
        return None
    if text.find("(") != closing.start():
        return None  # ("… (18 March), then a landing (19 March).": which day is the item's?)
    inside = closing["day"].strip()
    found = dates.find_date(inside)
    if found is None or found.group() != inside:
        return None
    if dates.date_shape(found) not in ("day-month", "month-day") or found["d2"] or found["gd2"]:
        return None
    parts = dates.date_parts(found)
    return dates.month_number(str(parts["m1"])), int(str(parts["d1"]))


def _closing_days(lines: Sequence[str]) -> int:
    """How many lines name their day so (see _closing_day): a document's own way of dating
    its year items when MIN_LINES or more do."""
    return sum(1 for line in lines if ")" in line and _closing_day(line) is not None)


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
    if not 1 <= number <= dates.days_in_month(int(year), month):
        return None
    return f"{year}-{month:02d}-{number:02d}"


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


def _starts_line(match: re.Match[str], pattern: DocumentPattern | None) -> bool:
    """Whether a date at a line's start (after its bullet) starts an entry there."""
    sep, shape = match["sep"], dates.date_shape(match)
    odd = odd_sign(match)
    if match["bare"] is not None or odd is not None:
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
        return bool(dashed and sep and sep[0] in _DASH_CHARS)
    if shape in ("year", "years", "decade") and sep == ".":  # "2019. The talks …"
        # (a sentence's end on a wrapped line, unless the document writes its years so)
        return pattern is not None and pattern.year_separators.get(".", 0) >= pattern.MIN_LINES
    return True


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
    if sep in _WEAK_SEPARATORS or match["tight"] is not None or not dates.has_day(match):
        return False
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


# --- the document's own pattern -------------------------------------------------------------


_CLOSERS = {"[": "]", "(": ")", "*": "*", "_": "_"}  # (a date's opening sign: its closing)


class _Thresholds:
    """(DocumentPattern's constant, on a plain class: a class constant stays one, never a
    dataclass field, also when mypyc compiles this module; scripts/compile_importer.py.)"""

    MIN_LINES: ClassVar[int] = 3  # a layout seen this often is the document's own


# where a yearless page's year was read (`import --check` says it: "the year from …")
TITLE = "the title"
INTRODUCTION = "the text above the list"
PAGE_DATE = "the page's date"


@dataclass
class DocumentPattern(_Thresholds):
    """How one document marks its entries, found from the lines that clearly are entries
    before the document is read: which date shapes start them, where the text goes, whether
    bullets or headings carry them, and in which order they run."""

    shapes: dict[str, int] = field(default_factory=dict)  # clear entries per date shape
    alone: int = 0  # dates alone on their line
    separated: int = 0  # dates with a separator and text on the same line
    bare: dict[str, int] = field(default_factory=dict)  # shape → "date Text" lines
    odd: dict[str, int] = field(default_factory=dict)  # sign → "date>text" lines
    bulleted: int = 0
    headings: dict[str, int] = field(default_factory=dict)  # shape → heading lines
    newest_first: bool = False
    # how often what shows an order unmistakably (two written years, two days of a month)
    # steps forward, never back (0: none, or a step back): see YearContext
    forward_steps: int = 0
    dated: set[int] = field(default_factory=set)  # numbers of the lines a date starts
    day_items: list[int] = field(default_factory=list)  # "25." lines: the days they name
    day_item_lines: set[int] = field(default_factory=set)  # (and their line numbers)
    on_dates: int = 0  # items that open with "On <full date>,"
    year_openers: int = 0  # bulleted items that open with "In 1973," "During the 1980s"
    year_paragraphs: int = 0  # paragraphs that open with "In 1871,", the only dated lines
    # paragraphs whose first sentence names its year among its first words ("Ende 1922
    # wurde …", "During 1991 the band …"), the only dated lines: see _prose_year
    prose_year_lines: set[int] = field(default_factory=set)
    year_separators: dict[str, int] = field(default_factory=dict)  # ":" or "-" → "1392:" lines
    # "313: text" lines, in order: (the separator's kind, the year)
    short_years: list[tuple[str, int]] = field(default_factory=list)
    tiny_years: list[tuple[str, int]] = field(default_factory=list)  # "8:", "42:" (see there)
    bare_short_years: list[int] = field(default_factory=list)  # "476 Text" (see there)
    dotted_short_years: list[int] = field(default_factory=list)  # "623. Text" (see there)
    bare_short_spans: int = 0  # "324-330 Text" lines (see reads_bare_short_year)
    dashed_days: int = 0  # "May 6 - text" lines: a day, a dash, the text
    dashed_months: int = 0  # "Avril - text" lines: a month without its year, a dash, the text
    decades: set[int] = field(default_factory=set)  # "1970s", "1200s": years written so
    # (line, form, written year, month, day) of each date that may start an entry; the form
    # is "sep", "alone", "bare:<shape>" or "odd:<sign>"
    starts: list[tuple[int, str, int | None, int | None, int | None]] = field(default_factory=list)
    title_years: tuple[int, int] | None = None  # the year(s) a title gives yearless entries
    title_source: str = TITLE  # where title_years were read (for `import --check`)
    weekday_year: int | None = None  # the year the weekdays of a yearless page fit, if taken
    # the years the weekdays of a page that names no year fit (WEEKDAY_YEARS_LISTED): its
    # entries refused with them, a year to give with --year
    weekday_years: tuple[int, ...] = ()
    run_together: set[int] = field(default_factory=set)  # lines of "1830 Traders … 1840 …"
    bulleted_lines: set[int] = field(default_factory=set)  # dated lines with a bullet
    numeric_orders: set[str] = field(default_factory=set)  # "dmy", "mdy": what "25/12" shows
    live_updates: int = 0  # a live page's time-stamped updates (see live_page_stamps)
    live_kind: str = "time"  # "time" (left out), "minute" (a match's), "hour" (a recap's)
    titles_above: bool = False  # each title above its date alone (see _titles_above_dates)
    dates_ending: bool = False  # each bulleted item ends with its date (_dates_ending_items)

    def writes(self, form: str) -> bool:
        """Whether this document starts its entries in a form (see ``starts``)."""
        kind, _, detail = form.partition(":")
        if kind == "odd":
            return self.odd.get(detail, 0) >= self.MIN_LINES
        if kind == "bare":
            return sum(self.bare.values()) >= self.MIN_LINES
        return True

    def writes_days(self) -> bool:
        """Whether at least MIN_LINES of the document's entry starts write a day ("3 May
        1990:", "May 3 –", "1990-05-03" alone)."""
        written = (*self.shapes.items(), *self.bare.items())
        return sum(count for shape, count in written if "day" in shape) >= self.MIN_LINES

    def writes_years(self) -> bool:
        """Whether any of the document's entry starts writes a year (or is a year)."""
        return any(year for _, _, year, *_ in self.starts)

    def text_part(self, match: re.Match[str]) -> str | None:
        """The part of a "date Text" line's date that starts its text, read in the
        document's own shape rather than a longer one: the year of "Jan 17 1994 Northridge"
        where the document writes "Jan 1 text" (at least MIN_LINES lines) and hardly ever
        "Jan 1 1994 text"; the second day of "June 16-29 Superfortresses" where it writes
        "June 6-Allies take Rome" (a day, a dash, the text). Else None."""
        if match["y1"] is not None and match["d2"] is None:
            month_day = self.bare.get("month-day", 0) >= self.MIN_LINES
            if month_day and self.bare.get("month-day-year", 0) < self.MIN_LINES:
                return "y1"
        dash_text = self.odd.get("-", 0) >= self.MIN_LINES  # "1957-ARPA is formed" lines
        day_span = match["m1"] and match["d2"] and not (match["m2"] or match["y1"] or match["y2"])
        if day_span and dash_text:
            return "d2"
        # "February 1 - 4 black students …" among "May 6 - text" lines: the day, its dash,
        # and a text that opens with a number (a span's end has no lower-case word after it)
        dashed = self.dashed_days >= self.MIN_LINES and match["bare"] is not None
        # (or a dash with a space on each side, "March 15 – 17 workers see …": a separator
        # as the document's other lines write it, then a count; a span is written tight)
        if day_span and not dashed and match["bare"] is not None:
            dashed = _spaced_day_span(match)
        # (but no count is followed by "the", "his", "they": "Feb. 3 – 11 the union and the
        # company negotiate" is the span of days, as a reader reads it)
        lower = match.string[match.end() : match.end() + 1].islower()
        if day_span and dashed and lower and not NOT_AFTER_A_COUNT.match(match.string, match.end()):
            return "d2"
        if match["yb"] and len(match["yb"]) == 1 and dash_text:  # "1969-4 host computers …"
            return "yb"
        if (
            match["yb"] is not None
            and len(match["yb"]) == 2
            and lower
            and _spaced_year_span(match)
            and self.writes_dashed_years()
            and not NOT_AFTER_A_COUNT.match(match.string, match.end())
        ):
            return "yb"  # ("1962 - 70 people die …" among "1960 - text" lines: a count)
        return None

    def writes_dashed_years(self) -> bool:
        """Whether the document's entries are years and a dash, "1173 - text" (or "100 -
        wird …" lines, see reads_short_years), at least MIN_LINES of them."""
        return self.year_separators.get("-", 0) >= self.MIN_LINES or self.reads_short_years(
            "-", loose=True
        )

    def reads_short_years(self, separator: str, loose: bool = False) -> bool:
        """Whether "688:" (or "618 --") is a year here: the document's entries are years
        written with that separator (at least MIN_LINES of them), so a three-digit number
        written the same way is one of them. Elsewhere it is reported, not guessed.
        A spaced hyphen before a lower-case word ("100 - wird …", loose) is a year only by
        the document's own lines so written: MIN_LINES or more, in rising order."""
        kind = _separator_kind(separator)
        if loose:
            written = [year for sign, year in self.short_years if sign == " - "]
            return len(written) >= self.MIN_LINES and written == sorted(written)
        if self.year_separators.get(kind, 0) >= self.MIN_LINES:
            return True
        # or the document's own "313: text" lines, MIN_LINES or more, in rising order (a
        # list of years; "776 : …" / "44 : …" / "4 : …" counts down, years before the era)
        written = [year for sign, year in self.short_years if sign == kind]
        return len(written) >= self.MIN_LINES and written == sorted(written)

    def reads_tiny_year(self, separator: str) -> bool:
        """Whether "8: text" (a year of one or two digits) is a year here: the document's
        entries are three-digit years written with that separator, read as years (see
        reads_short_years; at least MIN_LINES of them), and its one- and two-digit numbers
        so written rise up to them ("8:", "42:", "53:", then "105:", "115:" …): the first
        centuries of a world history. A list numbered "1:", "2:" has no such years after."""
        kind = _separator_kind(separator)
        written = [year for sign, year in self.short_years if sign == kind]
        tiny = [year for sign, year in self.tiny_years if sign == kind]
        return (
            len(written) >= self.MIN_LINES
            and self.reads_short_years(separator)
            and tiny == sorted(tiny)
            and max(tiny, default=0) < min(written)
        )

    def reads_bare_short_year(self) -> bool:
        """Whether "476 Fine dell'Impero …" (a three-digit number, then a capitalised word)
        is a year here: the document's entries are "1096 Prima crociata" lines (years, no
        separator; at least MIN_LINES), and its lines written so with three digits, two or
        more (a span, "324-330 Text", writes two), rise up to its first four-digit year (a
        world history's first centuries; see before_four_digit_years).
        Elsewhere "300 Soldiers …" is a count opening a sentence."""
        written = self.bare_short_years
        # ("1014\t\tThe church …": a column's gap, read as an empty separator, is the same)
        gapped = self.year_separators.get("", 0)
        forms = ("bare", "sep") if gapped else ("bare",)
        years = [year for _, form, year, *_ in self.starts if form.startswith(forms) and year]
        return (
            self.bare.get("year", 0) + gapped >= self.MIN_LINES
            and len(written) + self.bare_short_spans >= 2
            and written == sorted(written)
            and bool(years)
            and written[-1] < min(years)
        )

    def before_four_digit_years(self, number: int) -> bool:
        """Whether line ``number`` stands before the document's rising years of four digits:
        a world history's first centuries ("476 Text", "324-330 Text") come before its
        "1096 Text" lines, never between them ("300-400 Soldiers die …" under "1914 …" and
        over "1915 …" is a count). A larger year above ("c.3000BC", before the era) is no
        such line."""
        written = [(line, year) for line, _, year, *_ in self.starts if year and year >= 1000]
        below = next((year for line, year in written if line > number), None)
        return below is not None and all(year > below for line, year in written if line < number)

    def reads_dotted_short_years(self) -> bool:
        """Whether "623. Samo porazil …" (a three-digit number and its full stop, then the
        text) is a year here: MIN_LINES or more lines so written, their numbers rising, and
        fewer than half of their steps from one number to the next (a numbered list's
        "101.", "102." … counts up by one). Elsewhere the number is a list's mark."""
        written = self.dotted_short_years
        if len(written) < self.MIN_LINES or written != sorted(written):
            return False
        ones = sum(1 for first, second in pairwise(written) if second - first == 1)
        return 2 * ones < len(written) - 1

    def reads_years_mid_line(self) -> bool:
        """Whether a year entry may start in the middle of a line here (see
        _year_entry_mid_line): the document's entries are years with a colon."""
        return self.year_separators.get(":", 0) >= self.MIN_LINES

    def reads_day_items(self) -> bool:
        """Whether "25. text" lines are days under month headings here: several, and not a
        numbered list (1, 2, 3 …); or two rising days, the first over 1 (a short page)."""
        days = self.day_items
        if len(days) == 2:  # ("26 – text" / "27 – text" under "Septiembre de 2014"; a list's
            return 1 < days[0] < days[1]  # numbers start at 1: rising days of a month)
        return len(days) >= self.MIN_LINES and days != list(range(1, len(days) + 1))

    def allows(self, match: re.Match[str], odd: str | None) -> bool:
        """Whether "date Text" (or "date>Text", "date-Text") starts an entry in this
        document: it writes its entries so. "August 2007 Meredith leaves" among "25 October
        2007 Kercher's …" lines is one too: a date that writes its year, then a capital, in a
        document whose entries have no separator; and "1818 State governing body …" (a
        sentence) among "1816: …" entries of the same shape."""
        if odd == "," and sum(self.bare.values()) >= self.MIN_LINES and dates.has_year(match):
            # "February 1942, Japanese occupy …" among "8 December 1941 Japanese bomb …": a
            # whole date, its comma, then a capital, in a document whose entries have no
            # separator (the comma is the lightest one); "February 1942, the army …" in lower
            # case is a sentence carried on
            after = match.string[match.end() : match.end() + 1]
            return after.isupper() and match.start() == 0
        if odd is not None:
            return self.odd.get(odd, 0) >= self.MIN_LINES
        shape = dates.date_shape(match)
        if self.bare.get(shape, 0) >= self.MIN_LINES:
            return True
        if (
            match["ydash"] is not None
            and self.year_separators.get("-", 0) + self.bare.get(shape, 0) >= self.MIN_LINES
        ):
            # "1902 – 12 April first match" among "1903 – the club wins …": the document's
            # dash after the year, its day opening the entry (see dates' "1815 – 18 June")
            return True
        if shape in ("years", "decade", "century") and self.bare.get("year", 0) >= self.MIN_LINES:
            # ("- 1943-1945 first …" among "- 1945 Merge sort …": a year's kin; "XIV – XV
            # secolo Umanesimo …" among "1348 Peste Nera …", a century)
            return True
        after = match.string[match.end() :]
        if shape == "years" and _spaced_year_span(match) and self.writes_dashed_years():
            # "1162 - 70 Entdeckung …", "1167 - und 1181 Einwanderung …" among "1173 - wurde
            # …" lines: the span's own spaced dash as the document's separator
            return True
        if self.dashed_days >= self.MIN_LINES and _spaced_day_span(match):
            # "Feb. 3 – 11 the union and the company negotiate." among "Jan. 5 – 12 workers
            # walk out.": the days' span, then a word no count is followed by — the span's
            # own dash as the document's separator, the text after it
            return NOT_AFTER_A_COUNT.match(after) is not None
        if (
            shape == "day-month"
            and match["pd"] is not None
            and self.bare.get("day.month.year", 0) >= self.MIN_LINES
        ):
            # "– 01.08. Kriegserklärung …" under "28.07.1914 Der Erste Weltkrieg" among such
            # lines: the same shape without its year (a day of the entry's year), a capital
            return after[:1].isupper()
        if match["kd"] is not None and match.string[match.end("date") : match.end("date") + 1] in (
            " ",
            "\t",
        ):
            # "▲3월9일 정기 총회 개최": an East Asian day (its 월/日 signs leave no doubt), a
            # space, the text; "3월9일에 …" (a particle glued on: "on March 9, …") is a sentence
            return True
        if (
            shape in ("month-day", "day-month")
            and self.headings.get("year", 0) > 0
            and self.shapes.get(shape, 0) >= self.MIN_LINES
            and match.start() == 0
            and after[:1].isupper()
        ):
            # "December 19 British Prime Minister …" under "1984" alone, in a document whose
            # days stand alone on their lines under year headings ("1990" / "April 4" / text):
            # the day's entry with its text on the same line, never the year's text
            return True
        if (
            shape == "day-month"
            and match["pd"] is not None
            and after[:1].isupper()
            and self.shapes.get(shape, 0) > 0
            and self.shapes.get(shape, 0) + self.bare.get(shape, 0) >= self.MIN_LINES
        ):
            # "28.03. Mitgliederversammlung" under "2015", among "10.03." alone over its text:
            # a club's chronicle titles some days and not others; the dotted day and month,
            # then a capital, in a document whose entries are such days
            return True
        if match["between"] and match.start() == 0 and self.writes_days():
            # "Between 3 May and 1 June the ground was rebuilt." among "3 May 1990: …" lines:
            # "between" one day "and" another opens the line, the span closed by its second
            # day, in a document whose entries are days: that span's entry
            return True
        if (
            shape in ("month-day", "day-month")
            and match["bare"] is not None
            and match.start() == 0
            and self.bare.get("year-month-day", 0) >= self.MIN_LINES
        ):
            # "5 agosto i Pink Floyd pubblicano …" under "1967 – 19 maggio nasce …", among
            # such lines: the document writes its year, then the day and month, then the text
            # with no separator; the same day without its year is a day of the year above
            return True
        if shape in ("month-day", "day-month") and self.bare.get("year", 0) >= self.MIN_LINES:
            # "August 26 York is incorporated …" under "1793 Fort York is established.": a
            # table's second row of a year (its year cell spans both), the day of that year
            return after[:1].isupper() and match.start() == 0
        at = match.start()
        if at and match.string[at - 1] in _CLOSERS and dates.has_year(match):
            # "(12. Juni 1994) Der Verein …", "**MAY 2, 1926 (Sunday)** The …": a whole date
            # closed by its bracket or emphasis (after a note), then a capital
            rest = match.string[match.end("date") :].lstrip()
            if rest[:1] == "(" and (close := rest.find(")", 1, 32)) > 0:
                rest = rest[close + 1 :]
            closer = _CLOSERS[match.string[at - 1]]
            if rest[:1] == closer and rest.lstrip(closer + " ")[:1].isupper():
                return True
        if after[:1] == "(" and (close := after.find(")", 1, 32)) > 0:
            after = after[close + 1 :].lstrip(" *_")  # ("1900 (Paris) American …": a note)
        # ("2011 11 March 14:46 JST A magnitude …": a time of day before the capital)
        opening = after[:1].isupper() or (
            after[:1].isdigit()
            and (time := TIME_ITEM.match(after)) is not None
            and after[time.end() :].lstrip()[:1].isupper()  # (not "03:57 pm | Updated …")
        )
        if not (dates.has_year(match) and opening) or ERA_AFTER.match(after):
            return False  # (and "2333 B.C: …" is no year 2333)
        # (entries without a separator, or with a sign that is none: "1896 (Athens) | text"
        # lines around "1900 (Paris) American …")
        if sum(self.bare.values()) + sum(self.odd.values()) >= self.MIN_LINES:
            return len(after.split()) > 3 or SENTENCE_END.search(after) is not None
        # "1818 State governing body secures Monroe County and …" among "1816: …" entries:
        # the document's own shape, its separator left out before a whole sentence
        return self.shapes.get(shape, 0) >= self.MIN_LINES and len(after.split()) >= 6

    def describe(self, entries_read: bool = False) -> str:
        """The pattern in words, for `import --check`: "entries: day-month-year alone on a
        line, text below; headings: years". ``entries_read``: whether the split read entries
        all the same (a table flattened onto one line, dates where they stand), so that no
        pattern of lines is not said as no entries."""
        counts = dict(self.shapes)
        for shape, count in self.bare.items():
            if count >= self.MIN_LINES:
                counts[shape] = counts.get(shape, 0) + count
        odd = [sign for sign, count in self.odd.items() if count >= self.MIN_LINES]
        if self.live_updates and self.live_kind == "hour":
            return "entries: times of day under day headings, each time kept in its text"
        if self.live_updates and self.live_kind == "minute":
            return (
                "entries: a live page's match minutes, each kept in its text, the day from the page"
            )
        if self.live_updates:
            return "entries: a live page's updates, each time stamp left out, the day from the page"
        opened = self.starts[0][1] if self.starts and not counts and not odd else ""
        if opened in ("on", "in"):  # (see find_pattern: openers the only dated lines)
            example = "On <day>, …" if opened == "on" else "In <year>, …"
            return f"entries: sentences that open with their date ('{example}')" + self._years()
        if not counts and not odd:
            if entries_read:
                return "entries: no one pattern of lines; dates read where they stand"
            return "entries: none found"
        shapes = " or ".join(sorted(counts, key=lambda k: -counts[k])[:2]) or "dates"
        forms = []
        if self.dates_ending:  # (read as "date: item" lines: the items' layout said)
            forms.append("at the end of each bulleted item")
        elif self.titles_above:  # (read as "date: title" lines: the page's layout said)
            forms.append("alone on a line, the title above it")
        elif self.alone:
            forms.append("alone on a line, text below")
        if self.separated and not self.titles_above and not self.dates_ending:
            forms.append("then a separator and the text")
        if any(count >= self.MIN_LINES for count in self.bare.values()):
            forms.append("then the text with no separator")
        forms.extend(f"then '{sign}' and the text" for sign in odd)
        text = f"entries: {shapes} {'; or '.join(forms)}"
        months = ("month", "month-year", "year-month")
        if self.reads_day_items() and any(kind in months for kind in (*counts, *self.headings)):
            # "• June", then "• 25. text": the months are headings (where no month is written
            # alone, "• 24. Das Stadion …" under years, "2. 5.Ungarn …", no heading is said)
            text = 'entries: day numbers ("25. text") under month headings'
        if self.bulleted and not self.dates_ending:  # (said already: "each bulleted item")
            text += "; bulleted"
        if self.headings:
            kinds = sorted(self.headings, key=lambda k: -self.headings[k])
            plural = [  # ("centuries", "month-days")
                f"{k[:-1]}ies" if k[-1:] == "y" and k[-2:-1] not in "aeiou" else k.rstrip("s") + "s"
                for k in kinds
            ]
            text += "; headings: " + ", ".join(plural)
        return text + self._years()

    def _years(self) -> str:
        """The pattern's order and title year in words ("; newest first; the year …")."""
        text = "; newest first" if self.newest_first else ""
        if self.title_years is not None:
            first, last = self.title_years
            span = f"{first}" + (f"–{last}" if last != first else "")
            text += f"; the year from {self.title_source}: {span}"
        if self.weekday_year is not None:
            text += f"; the year its weekdays fit: {self.weekday_year}"
        return text


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
    # the starts with the day of each, a year written or not: their order (see _order_of)
    ordered: list[tuple[int, str, int | None, int | None, int | None]] = []
    numbered: Iterable[tuple[int, str]] = enumerate(lines, first_number)
    if broken:  # (a list run together, see _list_run_together)
        numbered = [(n, piece) for n, line in numbered for piece in line.split(ITEM_BREAK)]
    for number, raw in numbered:
        line = normalise(raw).strip()
        if not line:
            continue
        if len(line) > RUN_TOGETHER_LENGTH and _years_run_together(line):
            pattern.run_together.add(number)
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
        elif not head and line[:3] in ("In ", "By ") and not broken and raw[:1] == line[:1]:
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
        if short is not None:
            kind = " - " if short["loose"] else _separator_kind(short["sep"])
            pattern.short_years.append((kind, int(short["year"])))
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
        # (matched in the line, at the body's place: "▲ 2.25 = …" reads its item's sign)
        at = len(line) - len(body)
        match = ENTRY_START.match(line, at) if dates.date_candidate().match(body) else None
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
            if shape in ("year", "years", "decade"):
                kind = _separator_kind(match["sep"] or "")
                pattern.year_separators[kind] = pattern.year_separators.get(kind, 0) + 1
        if match["decade"] or match["edecade"]:
            pattern.decades.add(int(match["ya"] or match["yera2"]))
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
        ordered.append((number, form, year, month, full_day))
    order = _order_of(ordered)
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
    pattern.newest_first = order < -1
    pattern.forward_steps = 0 if pattern.newest_first else _forward_steps(ordered)
    return pattern


def _day_of(match: re.Match[str]) -> int | None:
    """The day of the month a date writes first ("June 12, 1994": 12, "JUNE 3RD": 3), or
    None."""
    written = dates.date_parts(match).get("d1")
    return dates.day_number(written) if written and written[:1].isdigit() else None


def _spaced_day_span(match: re.Match[str]) -> bool:
    """Whether the date is a span of days of one month written with a spaced dash ("Feb. 3
    – 11"): a separator and a number, or a span, as the words after it tell."""
    if not (match["m1"] and match["d2"]) or match["m2"] or match["y1"] or match["y2"]:
        return False
    return SPACED_DASH.search(match.string, match.end("d1"), match.start("d2")) is not None


def _spaced_year_span(match: re.Match[str]) -> bool:
    """Whether a span of years is written with a dash set apart by spaces ("1162 - 70",
    "1167 - und 1181"), as a "YEAR - text" list writes its separator; a span written tight
    ("1162-70") is not."""
    return bool(match["ya"] and match["yb"]) and (
        SPACED_DASH.search(match.string, match.end("ya"), match.start("yb") + 1) is not None
    )


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


def _order_of(starts: list[tuple[int, str, int | None, int | None, int | None]]) -> int:
    """The order find_pattern reads from a list of starts: > 0 forward, < 0 newest first."""
    order = 0
    last_year: int | None = None
    last_month: int | None = None
    last_day: int | None = None
    for _, _, year, month, day in starts:
        if year is not None and last_year is not None and year != last_year:
            order += 2 if year > last_year else -2
        elif month is not None and last_month is not None and month != last_month:
            step = 1 if month > last_month else -1
            order += step if abs(month - last_month) <= 6 else -step
        elif month == last_month and day is not None and last_day is not None and day != last_day:
            # "On June 12, 1994, …", "On June 17, …": days of one month show the order too
            order += 1 if day > last_day else -1
        last_year = year if year is not None else last_year
        last_month, last_day = month, day
    return order


def _separator_kind(separator: str) -> str:
    """A colon as ":", any dash ("--", "–") as "-", else the sign itself."""
    return "-" if separator and separator[0] in _DASH_CHARS else separator


# "… the Kanza Indians 1830 Traders first opened … in Wyoming 1840 Settlers began …": year
# entries run together on one line by a PDF's text, with no separator
# ("… 1962 A.W. Faber-Castell …": initials open the text too; "… 1960-1969 1.3 million …": a
# span of years, its number after it)
RUN_TOGETHER_YEAR = re.compile(
    rf"(?<=[\w.;:)”\"’] )(?:(?P<first>{_YEAR})[-–])?(?P<year>{_YEAR}) "
    r"(?=[A-Z](?:[a-z]|\.[A-Z])|(?(first)\d))"
)
# (such a line's first item: "1950-1953 Korean War. …", "1951 School of the Air …")
RUN_TOGETHER_FIRST = re.compile(rf"(?:{_YEAR}[-–])?{_YEAR} (?=[A-Z][a-z])")
# (in such a line, a year after a month, its text in capitals: "September 1990 PNGDF lands …")
RUN_TOGETHER_YEAR_CAPITALS = re.compile(rf"(?<=[\w.;:)”\"’] )(?P<year>{_YEAR}) (?=[A-Z])")
# ("… Aleksandrę Piłsudską 1938 (18 VI) Otwarcie Muzeum … 1985 (Dec 12) The …": a year and
# the day of it in brackets, then a capital; such items need not run in order)
RUN_TOGETHER_BRACKETED = re.compile(
    rf"(?:^|(?<=[\w.;:)”\"’] ))(?P<year>{_YEAR}) (?=\([^()\n]{{1,24}}\) [^\W\d_])"
)
# (in such a line, after a sentence's end, a year and a dash with no end year: "… Soviet
# Union. 1958– U.S.-Soviet moratorium …", a span "1958–61" a PDF's page break cut in two)
RUN_TOGETHER_YEAR_DASHED = re.compile(rf"(?<=[.!?”\"’] )(?P<year>{_YEAR})[-–] (?=[A-Z])")
RUN_TOGETHER_LENGTH = 200  # (only a long line can hold several entries)
MARKER_ENDS = ":-–—"  # a month marker's separator with no text after it ("Juillet--")
GLUED_NUMERIC_HINT = re.compile(r"[/.](?:1\d|20)\d\d[A-Z]")
# "…presidency10/28/2018Bolsonaro …": a whole numeric day run into the texts around it
GLUED_NUMERIC_DATE = re.compile(
    r"(?<![\d/])(?<!\d\.)(?:0?[1-9]|[12]\d|3[01])([/.])(?:0?[1-9]|[12]\d|3[01])\1(?:1\d|20)\d\d(?=[A-Z])"
)
ITEM_BREAK = "\x1e"  # a list's line break lost in a run-together line (see _list_run_together)
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


# "<p class="bodytext"><strong>September 18:</strong> The US …</p>.<p>": a page's source
# kept as text (a copy of its HTML), its block tags the lines a reader sees
PAGE_SOURCE_BLOCK = re.compile(
    r"<(?:/?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|dd|dt|dl|section|article|blockquote)"
    r"|br)\b[^<>]*>",
    re.IGNORECASE,
)
PAGE_SOURCE_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
# "<!-- 21st Century Events -->": a comment in a page's source, which no reader sees
PAGE_SOURCE_COMMENT = re.compile(r"<!--.*?-->")
PAGE_SOURCE_COMMENT_REASON = "a comment in the page's source (not shown on the page)"


def _page_source_text(
    text: str, comments: list[SkippedLine] | None = None
) -> tuple[str, list[int]]:
    """The text a reader sees in a page's source kept as text ("<p><em>- 2015 -</em></p>.<p>
    <strong>September 18:</strong> The US …</p>"), and the source line of each of its lines:
    a line at each block tag (a paragraph, a list item, a heading, a line break: what a
    browser shows as a line of its own), the other tags (emphasis, links) taken out, as an
    HTML file's import reads it. Only where the text holds at least MIN_LINES block tags: the
    document is markup. Pieces with no letter or digit (the "." between two paragraphs) are
    dropped. Else the text unchanged and no lines (a chronology that quotes "<br>" once is
    text). A comment ("<!-- … -->", on one line) is taken out and added to ``comments``, by its
    source line: never a line of an entry's text."""
    if len(PAGE_SOURCE_BLOCK.findall(text)) < DocumentPattern.MIN_LINES:
        return text, []
    shown: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(text.split("\n"), 1):
        if "<" not in line:
            shown.append(line.rstrip())
            numbers.append(number)
            continue
        if comments is not None and "<!--" in line:
            for comment in PAGE_SOURCE_COMMENT.findall(line):
                comments.append(SkippedLine(number, comment, PAGE_SOURCE_COMMENT_REASON))
            line = PAGE_SOURCE_COMMENT.sub(" ", line)
        for piece in PAGE_SOURCE_BLOCK.split(line):
            words = " ".join(PAGE_SOURCE_TAG.sub(" ", piece).split())
            if any(char.isalnum() for char in words):
                shown.append(words)
                numbers.append(number)
    return "\n".join(shown), numbers


def _on_source_lines(split: Split, numbers: list[int]) -> Split:
    """The split of a page source's shown text (see _page_source_text) with its line numbers
    those of the source, the lines an editor shows (several entries may share one)."""

    def source(line: int) -> int:
        return numbers[line - 1] if 0 < line <= len(numbers) else line

    for entry in split.entries:
        entry.line = source(entry.line)
        entry.lines = list(dict.fromkeys(source(line) for line in entry.lines))
    for group in (split.unplaced, split.layout, split.notes, split.before):
        group[:] = [
            replace(
                skipped,
                line=source(skipped.line),
                repeats=None if skipped.repeats is None else source(skipped.repeats),
            )
            for skipped in group
        ]
    return split


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
        if not days and not _years_run_together(line):  # (those are read where they stand)
            days = _whole_dates_run_together(line)
        if not days:
            colon_items = _colon_years_run_together(line)
            if colon_items is not None:
                written = list(lines) if written is lines else written
                written[index] = colon_items
                continue
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


# "1567 – 9 maggio nasce …": a year, a spaced dash, then a day (see dates' "ylead" form); and
# " – 7 novembre nasce …" later on such a line: another day of that year, after the same dash
YEAR_DASH_DAY_HINT = re.compile(rf"^[ \t]*{_YEAR}[ \t][{_DASH_CHARS}][ \t]\d{{1,2}}\.?[ \t]", re.M)
SPACED_DASH_BEFORE_DAY = re.compile(rf"[ \t][{_DASH_CHARS}][ \t](?=\d{{1,2}}\.?[ \t/])")


def _year_dash_days_run_together(lines: list[str]) -> list[str]:
    """The lines of a "YEAR – day month text" list with several days of that year on one line
    ("1567 – 9 maggio nasce Claudio Monteverdi – 7 novembre nasce Margherita Farnese") broken
    with ITEM_BREAK before each later day: the same spaced dash, then a day and its month
    (the grammar's day-month, or a span of days), then the text. Only where the document
    opens at least MIN_LINES lines so (a year, a dash, a day): its own separator and shape.
    A dash before a number that is no day ("– 12 people died", "– 3 goals") stays text.
    Else the lines unchanged."""
    opening = [
        index
        for index, line in enumerate(lines)
        if line[:1].isdigit() or line[:1] in " \t"
        if (match := ENTRY_START.match(line.strip())) is not None
        and match["ydash"] is not None
        and dates.has_day(match)
    ]
    if len(opening) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    for index, line in enumerate(lines):
        lead = len(line) - len(line.lstrip())
        first = ENTRY_START.match(line, lead) if line[lead : lead + 1].isdigit() else None
        # (the line's own date and its dash: "1917 – Gli Stati Uniti … – 13 maggio")
        dashed = first is not None and (first["sep"] or " ").strip()[:1] in _DASH_CHARS
        if first is None or not (first["ydash"] or dashed):
            continue
        cuts = []
        for dash in SPACED_DASH_BEFORE_DAY.finditer(line, first.end()):
            day = ENTRY_START.match(line, dash.end())
            if day is not None and dates.date_shape(day) in ("day-month", "days-month", "days"):
                cuts.append(dash)
        if not cuts:
            continue
        if written is lines:
            written = list(lines)
        pieces, last = [], 0
        for dash in cuts:
            pieces.append(line[last : dash.start()])
            last = dash.end()
        pieces.append(line[last:])
        written[index] = ITEM_BREAK.join(pieces)
    return written


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


# "… desabrigadas. -- 23 de dezembro de 1972, NICARÁGUA -- Um terremoto …": a dash that marks
# an item before its date, in a page flattened to one line
RUN_ON_DASH = re.compile(r"(?:^|\s)(?:--|[–—])\s*$")
RUN_ON_DAY_SHAPES = frozenset(("day-month-year", "month-day-year"))


def _whole_dates_run_together(line: str) -> list[int]:
    """Where the items of a list run together on one long line start, when each opens with a
    whole day (its day, month and year: "… an act of war. 26 Feb 1949 Export Control Act …",
    "… desabrigadas. -- 23 de dezembro de 1972, NICARÁGUA -- Um …"; a page flattened to one
    line): a day written in one shape, after a sentence's end or a dash set apart, not after
    "in", "since" … , a capital after it (a comma or dash between allowed), its years in
    order (rising or falling), at least MIN_LINES of them. The dash is dropped (the item's
    mark). Else no place (a paragraph naming dates inside its sentences)."""
    found: list[tuple[int, int, str]] = []  # (where the piece starts, the year, the shape)
    for candidate in dates.date_candidate().finditer(line):
        at = candidate.start()
        if at == 0 or not line[at - 1].isspace():
            continue
        match = dates.find_date(line, at)
        if match is None or dates.date_shape(match) not in RUN_ON_DAY_SHAPES:
            continue
        after = line[match.end() : match.end() + 8].lstrip(" ,:-–—")
        if not after[:1].isupper():
            continue
        before = line[:at]
        dash = RUN_ON_DASH.search(before)
        if dash is not None:
            start = dash.start() + (1 if before[dash.start()].isspace() else 0)
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
    return [start for start, _, _ in found]


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
    ]
)


def _sentence_asks_for_year(last: str, line: str) -> bool:
    """Whether a line that opens with a year carries on the sentence of the text above it
    (``last``, that text's last line) whatever the case of its next word: the text above
    ends on a word that asks for a date ("… ruhte wegen Spielermangel bis" / "1971 Ein
    Gremium führte …"; "… 2.Vors. Martin Sacher ab" / "1975 Manfred Baumann"), or on a
    bracket that this line closes ("02.11. Berliner FC Vorwärts 90 (" / "1927 Fusion zu
    SpVgg. Blau Weiß 1890)"): the year is inside that sentence, no date of a new entry."""
    last = last.rstrip()
    if last[-1:] == "(" or last.count("(") > last.count(")"):
        return line.count(")") > line.count("(")
    words = last.split()
    return bool(words) and words[-1].lower() in YEAR_ASKED_BY


# "1980  Aufstieg in die A-Klasse": a line opening with a year and a wide gap (two spaces or
# more, or a tab) before its text; and such a year in the middle of a line, after a word
WIDE_GAP_YEAR = re.compile(r"[ \t]*((?:1[0-9]|20)[0-9]{2})(?: {2,}|\t)(?=\S)")
MID_WIDE_GAP_YEAR = re.compile(r"(?<=\S) ((?:1[0-9]|20)[0-9]{2})(?: {2,}|\t)(?=[^\W\d_])")


def _wide_gap_years_run_together(lines: list[str]) -> list[str]:
    """The lines with a second year entry run into a year's line ("1980  Aufstieg in die
    A-Klasse 1981  Abstieg in die B-Klasse") broken before it with ITEM_BREAK: in a
    document whose entries open with a year and a wide gap (at least MIN_LINES lines), the
    same year and gap in the middle of a line, before a word, after a word that asks for no
    year (see YEAR_ASKED_BY), its year between the line's year and the next such line's
    (the document's order). Else the lines unchanged."""
    opening = [
        (index, int(found[1]), found.end())
        for index, line in enumerate(lines)
        if line.lstrip()[:1] in "12" and (found := WIDE_GAP_YEAR.match(line)) is not None
    ]
    if len(opening) < DocumentPattern.MIN_LINES:
        return lines
    written = lines
    nexts: list[int | None] = [*(year for _, year, _ in opening[1:]), None]
    for (index, year, text_start), after in zip(opening, nexts, strict=True):
        line = lines[index]
        breaks = []
        for found in MID_WIDE_GAP_YEAR.finditer(line, text_start):
            words = line[: found.start()].split()
            inner = int(found[1])
            fits = after is None or min(year, after) <= inner <= max(year, after)
            if fits and inner != year and words and words[-1].lower() not in YEAR_ASKED_BY:
                breaks.append(found.start() + 1)
        if breaks:
            written = list(lines) if written is lines else written
            pieces = [line[a:b] for a, b in zip([0, *breaks], [*breaks, len(line)], strict=True)]
            written[index] = ITEM_BREAK.join(piece.rstrip() for piece in pieces)
    return written


# a season in lower case before a year: "By spring 1793 France was fighting …", a sentence's
SEASONS_IN_A_SENTENCE = frozenset(word for word in dates.SPLIT_YEAR_SEASONS if word.isascii())


def _run_together_years(line: str) -> list[re.Match[str]]:
    """Where "1830 Traders …" entries start in a line that runs them together: a year, a
    capitalised word, not after "in", "by", "since" …, nor after a season in lower case (a
    year inside a sentence)."""
    found = []
    for match in RUN_TOGETHER_YEAR.finditer(line):
        before = line[max(0, match.start() - 40) : match.start()].split()  # (the word before)
        if not before or before[-1] in SEASONS_IN_A_SENTENCE:
            continue
        if before[-1].lower() not in NOT_AN_ENTRY_BEFORE:
            found.append(match)
    return found


def _years_run_together(line: str) -> bool:
    """Whether a line runs year entries together: at least MIN_LINES of them, in order, or
    at least MIN_LINES with their day in brackets ("1938 (18 VI) Otwarcie …"), in any order."""
    years = [int(match["first"] or match["year"]) for match in _run_together_years(line)]
    if len(years) >= DocumentPattern.MIN_LINES and years == sorted(years):
        return True
    return len(_bracketed_days(line)) >= DocumentPattern.MIN_LINES


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
    unordered = years != sorted(years) and len(bracketed) >= DocumentPattern.MIN_LINES
    for start in bracketed:
        if start.start not in taken:
            starts.append(start)
            taken.add(start.start)
    for found in RUN_TOGETHER_YEAR_CAPITALS.finditer(line):
        before = line[max(0, found.start() - 40) : found.start()].split()  # (the word before)
        if not before or before[-1].lower() in NOT_AN_ENTRY_BEFORE:
            continue
        if unordered and before[-1][-1:] not in ".!?":
            continue
        at = _whole_date_start(line, found)
        if at == found.start() and not RUN_TOGETHER_YEAR.match(line, found.start()):
            continue  # ("1990 PNGDF": a year alone before capitals, a year in a sentence)
        earlier = line[max(0, at - 40) : at].split()
        if at != found.start() and earlier and earlier[-1].lower() in NOT_AN_ENTRY_BEFORE:
            continue  # ("… since May 1989 The …": a date inside a sentence)
        match = ENTRY_START.match(line, at)
        if match is None or match["bare"] is None or at in taken:
            continue
        if at != found.start() and dates.find_date(line, match.end()) is not None:
            continue  # ("… Relations 18 April 2009 Jan. 2, 2009: …": a footer's date)
        starts.append(_Start(at, match.end(), match))
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
        if at == 0 or line[at - 1] != " ":
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


def _written_month(match: re.Match[str]) -> int | None:
    if match["holiday"]:  # "New Year's Day": January
        return int(dates.date_parts(match)["m1"] or 0) or None
    if match["cm"]:  # "2019년 9월": the number before 월
        return int(match["cm"])
    found = _WRITTEN_MONTH.search(match["date"])
    return dates.month_number(found.group()) if found else None


def _written_year(match: re.Match[str]) -> int | None:
    found = _WRITTEN_YEAR.search(match["date"])
    return int(found.group()) if found else None


# (compiled once: ``re.search(string, …)`` looks its pattern up on every call)
_WRITTEN_MONTH = re.compile(rf"{dates.TEXT_MONTH}|{dates.TEXT_FOREIGN_MONTH}", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")


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
PAGE_DATE_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?\s", re.I)
TITLE_YEAR = re.compile(
    rf"(?<!\d)(?P<first>{_YEAR})(?:\s*[{_DASH_CHARS}/]\s*(?P<last>\d{{4}}|\d\d)(?!\d))?"
)


def title_years(
    lines: Sequence[str], pattern: DocumentPattern, published: date | None = None
) -> tuple[int, int] | None:
    """The year (or span of years, "2019-20") that the title and headings above a page's
    first entry give its entries, when no entry writes its year: "2021 In Review" above
    "January 3 – …". Only where it is given one way (several years, as a tab line's "2018
    2019 2020", give none), in lines that are no sentence, and where the entries' months
    agree with it: they turn the year (December, then January) no more often than the span
    has years — "the Battle of the Somme 1916" above entries from June 1914 on is no year
    of theirs. Without a title, the page's date (``published``, " date 2024-01-12" above a
    "Jan. 1: …" year in review) gives the last year whose dates are all on or before it, if
    the entries do not turn the year. Else the entries are reported ("use --year")."""
    kept = [(y, m, d) for _, form, y, m, d in pattern.starts if pattern.writes(form)]
    if not kept or any(year is not None for year, _, _ in kept):
        return None
    months = [month for _, month, _ in kept if month is not None]
    days = [(month, day or 1) for _, month, day in kept if month is not None]
    if not pattern.newest_first and len(set(days)) > 1 and days == sorted(days, reverse=True):
        # "21 June", "11 June", "6 June", "18 January" under "… in 1963": every day before
        # the one above it, newest first (find_pattern saw one step back, too little alone)
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
        exclaimed = stripped.endswith("!") and len(stripped.split()) <= ITEM_TITLE_WORDS
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
        for found in TITLE_YEAR.finditer(stripped):
            if int(found["first"]) in articles:
                continue  # (any other year the line writes is a reading of its own)
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
    if not readings and len(anchored) == 1:
        # "The war began June 25, 1950, with a North Korean invasion …" above "June 25 North
        # Korean troops invaded …": the introduction writes the first entry's day whole
        year = anchored.pop()
        readings.add((year, year))
        sources[(year, year)] = "the first entry's day written whole in the text above the list"
    if not readings and published is not None and not turns:
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
    if published is not None and first > published.year:
        return None  # a title's year after the page's own date: not theirs
    pattern.title_source = sources.get(reading, TITLE)
    return first, last


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


# --- wiki markup (MediaWiki source) ----------------------------------------------------------
# "==1994==", "===February===", "* [[June 25]] – [[North Korea]] invades.<ref>…</ref>": an
# encyclopedia's chronology as its editors write it. The entries' text is what a reader of the
# page sees: a link's text ("[[Seoul|the capital]]" → "the capital", "[[Seoul]]" → "Seoul"),
# no bold or italic quotes (entities, "&ndash;", are read in any text: split_entries);
# references, comments, templates (but for the few whose text a reader sees) and file or
# category links are left out and reported, never silently dropped; a table's markup lines
# are layout, its rows "| date || text" are written "| date | text |".

WIKI_HEADING = re.compile(r"^(?P<level>={1,6})\s*(?P<title>[^=].*?)\s*(?P=level)\s*$")
WIKI_LINK = re.compile(r"\[\[:?(?P<target>[^\[\]|]*)(?:\|(?P<text>[^\[\]]*))?\]\](?P<tail>[a-z]*)")
WIKI_MEDIA_LINK = re.compile(
    r"\[\[:?(?:File|Image|Category|Media):[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]",
    re.IGNORECASE,
)
WIKI_EXTERNAL_LINK = re.compile(r"\[(?:https?:)?//[^\s\]]+(?:\s+(?P<text>[^\]]*))?\]")
# what opens a block the page does not show as text, and may close lines below: a reference,
# a comment, a gallery of images, the list of references, a graphical timeline, a formula
WIKI_BLOCK_OPEN = re.compile(
    r"<!--|<(?P<tag>ref|gallery|references|timeline|math|imagemap|score|syntaxhighlight)\b"
    r"[^>]*?(?P<closed>/)?>",
    re.IGNORECASE,
)
WIKI_BLOCK_REASONS = {"ref": "wiki reference (a footnote)", "": "wiki comment"}
WIKI_TEMPLATE = re.compile(r"\{\{(?P<body>[^{}]*)\}\}")
WIKI_TAG = re.compile(r"</?(?:small|big|sup|sub|span|div|center|nowiki|br|u|s|b|i|em|strong|"
                      r"abbr|poem|blockquote)\b[^>]*>", re.IGNORECASE)  # fmt: skip
# 'style="white-space:nowrap" | 27 June 1950': a table cell's attributes before its text
WIKI_CELL_ATTRIBUTES = re.compile(r"^\s*(?:[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s|]+)\s*)+\|")
WIKI_QUOTES = re.compile(r"'{2,5}")
WIKI_LIST = re.compile(r"^(?P<signs>[*#:;]+)\s*")
WIKI_TABLE_LINE = re.compile(r"^\s*(?:\{\||\|\}|\|-|\|\+|!)")
ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
# the templates whose text a reader sees: {{nowrap|9 May}} → "9 May", {{lang|ko|…}} → "…"
WIKI_TEXT_TEMPLATES = frozenset(
    ("nowrap", "nobr", "small", "big", "lang", "flag", "flagcountry", "flagu", "sortname")
)
WIKI_DATE_TEMPLATES = frozenset(("dts", "date", "start date", "end date", "start and end dates"))
WIKI_SIGNS = ("[[", "'''", "<ref")  # (not "{{": a web page's templates are written so too)


def _is_wiki_source(lines: Sequence[str]) -> bool:
    """Whether a text is MediaWiki source: at least MIN_LINES lines with a "== heading ==",
    a "[[link]]", bold quotes, a reference or a table's start, one of them a sign only wiki
    source writes (a Markdown note's "[[links]]" alone, as Obsidian writes them, make no
    wiki page: its "#" lines are headings, not numbered items)."""
    count = 0
    wiki_only = False
    for line in lines:
        heading = line[:1] == "=" and WIKI_HEADING.match(line) is not None
        heading = heading or line.startswith("{|")  # (a table's start: wiki's own too)
        if heading or any(s in line for s in WIKI_SIGNS):
            count += 1
            wiki_only = wiki_only or heading or "'''" in line or "<ref" in line
            if count >= DocumentPattern.MIN_LINES and wiki_only:
                return True
    return False


def _wiki_template(found: re.Match[str], removed: list[tuple[str, str]]) -> str:
    parts = [part.strip() for part in found["body"].split("|")]
    name = parts[0].lower()
    values = [part for part in parts[1:] if "=" not in part]
    if name in WIKI_TEXT_TEMPLATES and values:
        return values[-1] if name in ("lang", "sortname") else " ".join(values)
    if name in WIKI_DATE_TEMPLATES and values:  # {{dts|1950|6|25}}: "25 June 1950"
        numbers = values[:3]
        if all(value.isdigit() for value in numbers) and 1 <= len(numbers[0]) <= 4:
            year, *rest = (int(value) for value in numbers)
            if rest and 1 <= rest[0] <= 12:
                month = MONTH_NAMES[rest[0] - 1]
                return f"{rest[1]} {month} {year}" if len(rest) > 1 else f"{month} {year}"
            return str(year)
        return values[0]  # ({{dts|25 June 1950}}, {{date|1950-06-25}}: as written)
    removed.append((found.group(), "wiki template"))
    return ""


def _wiki_blocks(
    line: str, closing: re.Pattern[str] | None, removed: list[tuple[str, str]], reason: str
) -> tuple[str, re.Pattern[str] | None, str]:
    """A line with the blocks the page does not show taken out (see WIKI_BLOCK_OPEN) and
    added to ``removed``: (what is left, the end of a block still open at the line's end,
    or None, and that block's reason). ``closing`` is the end of a block opened above."""
    kept: list[str] = []
    at = 0
    while True:
        if closing is not None:
            end = closing.search(line, at)
            stop = end.end() if end else len(line)
            if line[at:stop].strip():
                removed.append((line[at:stop].strip(), reason))
            if end is None:
                return "".join(kept), closing, reason
            closing, at = None, stop
        opened = WIKI_BLOCK_OPEN.search(line, at) if "<" in line[at:] else None
        if opened is None:
            kept.append(line[at:])
            return "".join(kept), None, reason
        kept.append(line[at : opened.start()])
        tag = (opened["tag"] or "").lower()
        reason = WIKI_BLOCK_REASONS.get(tag, f"wiki <{tag}> block")
        if opened["closed"]:  # "<ref name="a" />", "<references />"
            removed.append((opened.group(), reason))
            at = opened.end()
            continue
        closing = re.compile(rf"</{tag}\s*>" if tag else "-->", re.IGNORECASE)
        at = opened.start()
        end = closing.search(line, opened.end())
        if end is None:
            removed.append((line[at:].strip(), reason))
            return "".join(kept), closing, reason
        removed.append((line[at : end.end()], reason))
        closing, at = None, end.end()


def _wiki_links(line: str) -> str:
    """A line with its "[[target|text]]" and "[[target]]" links as the words they show."""
    return WIKI_LINK.sub(
        lambda f: (f["text"] if f["text"] is not None else f["target"].split("#")[0] or
                   f["target"].lstrip("#")) + f["tail"],
        line,
    )  # fmt: skip


def _wiki_line(line: str, removed: list[tuple[str, str]]) -> str:
    """One line of wiki source as a reader sees it; what was left out goes to ``removed``."""
    while "{{" in line and WIKI_TEMPLATE.search(line):  # (innermost first: nested templates)
        line = WIKI_TEMPLATE.sub(lambda found: _wiki_template(found, removed), line)
    if "[[" in line:
        removed.extend((f.group(), "wiki file or category link") for f in
                       WIKI_MEDIA_LINK.finditer(line))  # fmt: skip
        line = _wiki_links(WIKI_MEDIA_LINK.sub("", line))
    if "[" in line:
        line = WIKI_EXTERNAL_LINK.sub(lambda found: found["text"] or "", line)
    if "<" in line:
        line = WIKI_TAG.sub(" ", line)
    if "''" in line:
        line = WIKI_QUOTES.sub("", line)
    return line


def _wiki_markup(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines of MediaWiki source as a reader sees them (see WIKI_HEADING), one line for
    one line, and what was left out: (index, piece, reason). Other texts are returned as
    they are. A heading "==1994==" is written as the Markdown heading "## 1994" (the same
    rules then read it); a "*" or "#" list item as a bulleted line."""
    if not _is_wiki_source(lines):
        # a Markdown note's "[[North Korea]]" still shows as its words
        return [_wiki_links(line) if "[[" in line else line for line in lines], []
    written: list[str] = []
    removed_at: list[tuple[int, str, str]] = []
    open_templates = 0  # the depth of a template written over several lines (an infobox)
    open_block: re.Pattern[str] | None = None  # the end of a block opened above ("</ref>")
    block_reason = ""
    row: list[tuple[int, str]] = []  # a table row's cells so far, with their lines
    for index, line in enumerate(lines):
        removed: list[tuple[str, str]] = []
        if open_block is not None or "<" in line:
            line, open_block, block_reason = _wiki_blocks(line, open_block, removed, block_reason)
            if not line.strip() and removed:
                removed_at.extend((index, piece, reason) for piece, reason in removed)
                written.append("")
                continue
        opens = line.lstrip().startswith("{{") and line.count("{{") > line.count("}}")
        if open_templates or opens:
            open_templates += line.count("{{") - line.count("}}")
            open_templates = max(open_templates, 0)
            written.append("")
            removed_at.extend((index, piece, reason) for piece, reason in removed)
            if line.strip():
                removed_at.append((index, line.strip(), "wiki template"))
            continue
        if WIKI_TABLE_LINE.match(line):
            if row:  # a row ends: its cells on the line of its first cell
                _write_row(row, written, removed_at)
                row = []
            written.append("")
            removed_at.extend((index, piece, reason) for piece, reason in removed)
            removed_at.append((index, line.strip(), "wiki table markup"))
            continue
        heading = WIKI_HEADING.match(line) if line[:1] == "=" else None
        if heading is not None:
            title = _wiki_line(heading["title"], removed).strip()
            line = f"{'#' * min(len(heading['level']), 6)} {title}" if title else ""
        else:
            line = _wiki_line(line, removed)
            listed = WIKI_LIST.match(line)
            if listed is not None:
                bulleted = listed["signs"][-1] in "*#"
                line = ("• " if bulleted else "") + line[listed.end() :]
            elif line.startswith("|"):  # a table's cells: "| 1950 || text", "| text"
                cells = [WIKI_CELL_ATTRIBUTES.sub("", cell).strip() for cell in
                         line[1:].split("||")]  # fmt: skip
                row.extend((index, cell) for cell in cells if cell)
                line = ""
        removed_at.extend((index, piece, reason) for piece, reason in removed)
        written.append(line)
    if row:
        _write_row(row, written, removed_at)
    return written, removed_at


def _write_row(
    row: list[tuple[int, str]], written: list[str], removed_at: list[tuple[int, str, str]]
) -> None:
    """A wiki table's row, its cells on several lines, written on the line of its first cell
    ("| 25 June 1950 | text |"); each other line listed as read with that line."""
    first = row[0][0]
    written[first] = "| " + " | ".join(cell for _, cell in row) + " |"
    for index, cell in row:
        if index != first:
            removed_at.append((index, cell, f"a table cell, read with line {first + 1}"))


# "| 1914 | June | 28th | text |": a table's row flattened to text, its date in cells of its
# own (year, month, day), its cells broken over lines; an empty cell is "as above"
FOUR_DIGITS = re.compile(r"\d{4}")
SPLIT_ROW_HINT = re.compile(r"^[ \t]*\|[ \t]*(?:1[0-9]|20)\d\d[ \t]*\|", re.MULTILINE)
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
        if lines[index].lstrip()[:1] != "|":
            index += 1
            continue
        taken = [index]  # (a row runs to a blank line or the next row's opening "|")
        while taken[-1] + 1 < len(lines):
            if not lines[taken[-1] + 1].strip() or lines[taken[-1] + 1].lstrip()[:1] == "|":
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


# A wiki page's text as a browser shows it: "1950[edit]" / "June[edit]" section headings,
# "… the South.[1][2]" citation marks, "^ Smith, p. 4." references at the end.
EDIT_HEADING = re.compile(r"^\s*(?P<title>\S.{0,80}?)\s*\[\s*edit(?: source)?\s*\]\s*$", re.I)
WIKI_BACKLINK = re.compile(r"^\s*\^\s+\S")  # "^ a b Jones, p. 5.": a reference's text
CITATION_MARK = re.compile(
    r"\[(?:\d{1,3}|[a-z]{1,2}|note \d{1,3}|citation needed|clarification needed|"
    r"better source needed|when\?|who\?|by whom\?)\]"
)


def _rendered_wiki(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines of a wiki page's shown text (at least one "Title[edit]" heading) with its
    section headings written as Markdown headings ("## 1950", read as the same rules read
    them), its references ("^ …") and citation marks ("[1]", "[citation needed]") taken out
    and listed: (index, piece, reason). Else unchanged."""
    headings = [index for index, line in enumerate(lines) if line.endswith("]") and
                EDIT_HEADING.match(line)]  # fmt: skip
    if not headings:
        return lines, []
    written = list(lines)
    removed: list[tuple[int, str, str]] = []
    for index in headings:
        found = EDIT_HEADING.match(lines[index])
        assert found is not None
        written[index] = f"## {found['title']}"
    for index, line in enumerate(written):
        if line[:3].lstrip()[:1] == "^" and WIKI_BACKLINK.match(line):
            removed.append((index, line.strip(), "a reference (the page's footnote)"))
            written[index] = ""
        elif "[" in line and CITATION_MARK.search(line):
            marks = " ".join(found.group() for found in CITATION_MARK.finditer(line))
            removed.append((index, marks, "citation marks"))
            written[index] = CITATION_MARK.sub("", line)
    return written, removed


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
    rf"^(?P<head>[\s{_BULLET_CLASS}]*(?:\d{{1,3}}[.)]\s+)?)"
    r"(?P<text>[A-Z“\"‘'].*?)"
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
    if found is None:
        return None
    if ENTRY_START.match(found["text"]) is not None:
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
    if shape == "years" and len(when["yb"]) != 4:
        return None  # ("… - 1950-53": a span written short, as a reign is; not read so)
    if shape != "years" and (shape not in ENDING_DATE_SHAPES or when["yb"]):
        return None
    kind = "bracketed" if found["bracketed"] else "dashed"
    return found["head"], text, written, shape if shape != "years" else f"years {kind}"


# "1.Fulham, 1879", "Four. Tottenham Hotspur, 1882", "9. Wimbledon, 1889 (now MK Dons)": a
# numbered title with its year after a comma (a list of foundings, firsts, records)
NUMBERED_TITLE_YEAR = re.compile(
    r"^\s*(?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))[.)]\s*"
    rf"(?P<text>[A-Z“\"‘'][^,]{{0,60}}?),\s*(?P<year>{_YEAR})(?P<note>\s*\([^()]{{1,40}}\))?\s*$"
)


def line_ends_bracketed(line: str) -> bool:
    """Whether a line ends with a bracket (before a full stop): "… (June 25, 1950)."."""
    return line.rstrip().rstrip(".").endswith(")")


def _numbered_title_year(line: str) -> str | None:
    """ "1.Fulham, 1879" written as "1879: Fulham" (see _dates_ending_lines)."""
    found = NUMBERED_TITLE_YEAR.match(line)
    if found is None:
        return None
    return f"{found['year']}: {found['text'].strip()}{found['note'] or ''}"


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
        elif last in ENDING_LAST and last and (title := _numbered_title_year(line)) is not None:
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
    if any(_date_opening(line) is not None for line in lines):
        return lines  # (a date starts a line: the dates at the ends are no layout)
    written = list(lines)
    for index, (head, text, date_text, _) in ending.items():
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
    kept = [
        run
        for run in runs
        if len(run) >= DocumentPattern.MIN_LINES
        and sum(1 for index in run if ending[index][3]) >= DocumentPattern.MIN_LINES
    ]
    if not kept or any(_date_opening(line) is not None for line in lines):
        return lines, set()
    written_lines = list(lines)
    for run in kept:
        for index in run:
            head, text, date_text, _ = ending[index]
            written_lines[index] = f"{head}{date_text}: {text}"
    return written_lines, {index + 1 for run in kept for index in run}


# "Servicing Mission 1 (SM1): Dec. 2-13, 1993": an item's title, a colon and its date ending
# the line (its text on the lines below); the next item's title may be glued to the end of
# the text above after a spaced dash ("… the mirror. - Servicing Mission 2 (SM2): Feb. …")
TITLE_COLON_DATE = re.compile(
    r"(?:^|(?<=[.!?…”\"')]) [-–—] )(?P<title>[A-Z][^:.!?…\n]{2,80}?):\s+"
    r"(?P<date>[^:\n]{4,40}?)\s*$"
)
TITLE_COLON_DATE_SHAPES = TITLED_DATE_SHAPES | {"month-day-year"}


def _titles_colon_dates(lines: list[str]) -> tuple[list[str], bool]:
    """The lines of a list whose items are titles with their dates after a colon, ending the
    line ("Servicing Mission 1 (SM1): Dec. 2-13, 1993"), written date first ("Dec. 2-13,
    1993: Servicing Mission 1 (SM1)"); a title glued after a spaced dash to the end of the
    item above ("… the mirror. - Servicing Mission 2 (SM2): Feb. 11-21, 1997") broken off it
    with ITEM_BREAK. Only where at least MIN_LINES lines end so, a month and a year in each
    date, and fewer lines start with a date (the document's own dates are those). Else
    unchanged; the flag says whether a line was broken."""
    found: dict[int, re.Match[str]] = {}
    for index, line in enumerate(lines):
        if ":" not in line or not line.rstrip()[-1:].isdigit():
            continue  # (cheap: most lines)
        title = TITLE_COLON_DATE.search(line)
        if title is None or len(title["title"].split()) > TITLE_WORDS_AT_MOST:
            continue
        when = _date_at(title["date"])
        if (
            when is None
            or when.end("date") != len(title["date"])
            or not dates.has_year(when)
            or dates.date_shape(when) not in TITLE_COLON_DATE_SHAPES
        ):
            continue
        found[index] = title
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, False
    opening = sum(1 for line in lines if _date_opening(line) is not None)
    if opening >= len(found):
        return lines, False
    written = list(lines)
    broken = False
    for index, title in found.items():
        item = f"{title['date']}: {title['title'].strip()}:"
        before = lines[index][: title.start()].rstrip(" -–—")
        if before.strip():
            written[index] = f"{before}{ITEM_BREAK}{item}"
            broken = True
        else:
            written[index] = item
    return written, broken


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


# "[20250524]: https://…/releases/tag/20250524": a Markdown link's definition (its address)
LINK_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>[^\[\]]{1,80})\]:[ \t]+\S+(?:[ \t]+\"[^\"]*\")?\s*$"
)
LINK_DEFINITION_HINT = re.compile(r"^ {0,3}\[[^\[\]\n]{1,80}\]:[ \t]", re.MULTILINE)
REFERENCE_LINK = re.compile(r"\[(?P<text>\d[^\[\]]{0,80})\]\[(?P<label>[^\[\]]{0,80})\]")
# "| 20250524 | text |", "| 20260216-1 | …": a table's date cell in ISO 8601's basic form
# (a same-day number may follow: the day's second release)
COMPACT_DATE_CELL = re.compile(
    r"^(?P<lead>\s*\|\s*)(?P<year>(?:1[0-9]|20)\d\d)(?P<month>0[1-9]|1[0-2])"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?P<number>-\d{1,2})?(?=\s*\|)"
)
COMPACT_DATE_HINT = re.compile(r"\|\s*\[?(?:1[0-9]|20)\d{6}\b")


def _markdown_references(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """A Markdown text's dates written as reference links ("[20250524][20250524]",
    "[1950][]") written as their text, and its link definitions ("[20250524]: https://…")
    taken out (by line index: layout). Only labels the text defines are links: "[1][2]" in
    another text stays as it is; a link on words ("[CHANGELOG][CHANGELOG]") stays as written
    (the line is read or reported as the reader sees it in the source)."""
    defined: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line[:4].lstrip()[:1] == "[" and (found := LINK_DEFINITION.match(line)):
            defined[index] = found["label"].strip().lower()
    if not defined:
        return lines, {}
    labels = set(defined.values())

    def link_text(found: re.Match[str]) -> str:
        label = (found["label"] or found["text"]).strip().lower()
        return found["text"] if label in labels else found[0]

    written = [
        "" if index in defined else REFERENCE_LINK.sub(link_text, line) if "][" in line else line
        for index, line in enumerate(lines)
    ]
    return written, {index: lines[index].strip() for index in defined}


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


# "60er Jahre: Die ruhige Revolution", "años 60: …", "’60s – …": a decade written with two
# digits at a line's start (after a bullet), its century left to the reader
SHORT_DECADE = re.compile(
    r"^(?P<lead>\s*(?:[•*–-]\s*)?)(?:(?P<de>[1-9]0)er(?=[\s-]?Jahre|\b)|años\s+(?P<es>[1-9]0)\b"
    r"|[’'](?P<en>[1-9]0)s\b)"
)
# (a line that starts with a year, after a bullet or not: the decade's neighbours)
LEADING_YEAR = re.compile(r"^\s*(?:[•*–-]\s*)?(?P<year>(?:1[0-9]|20)[0-9][0-9])(?=[\s:.,;–—-])")
SHORT_DECADE_HINT = re.compile(r"^\s*(?:[•*–-]\s*)?(?:[1-9]0er|años\s+[1-9]0|[’'][1-9]0s)", re.M)


def _short_decades(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with a two-digit decade at their start ("60er Jahre: …", "años 60: …", "’60s
    – …") written whole ("1960er Jahre", "1960s") where the dated lines around it settle the
    century: the nearest line above and below that starts with a year are of one century,
    and the decade lies between them ("1942–1944: …" / "60er Jahre: …" / "1968: …"). Else
    the line is left out and returned (line index → its text) to be reported, not guessed
    and never joined to the entry above ("años 20: …" under "1982: …")."""
    years = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if (found := LEADING_YEAR.match(line)) is not None
    }
    written = list(lines)
    unsettled: dict[int, str] = {}
    for index, line in enumerate(lines):
        first = line.lstrip()[:1]
        found = SHORT_DECADE.match(line) if first.isdigit() or first in "•*–-’'a" else None
        if found is None:
            continue
        above = next((years[i] for i in range(index - 1, -1, -1) if i in years), None)
        below = next((years[i] for i in range(index + 1, len(lines)) if i in years), None)
        decade = None
        if above is not None and below is not None and above // 100 == below // 100:
            decade = above // 100 * 100 + int(found["de"] or found["es"] or found["en"])
            if not min(above, below) - 9 <= decade <= max(above, below):
                decade = None
        if decade is None:
            unsettled[index] = line.strip()
            written[index] = ""
            continue
        whole = f"{decade}er" if found["de"] else f"{decade}s"
        written[index] = found["lead"] + whole + line[found.end() :]
    return written, unsettled


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


# "  • 1938Samsung was founded …": a year run into the capitalised word after it (a page whose
# year cell and text cell lost the space between them); also a decade ("1450sSeveral …"), a
# season ("1878-9Proposed tours …"), a one-letter word ("1720A magasin …") and initials
# ("1891H.H. Maharao …")
GLUED_YEAR_LINE = re.compile(
    rf"^(?P<head>[\s{_BULLET_CLASS}]*)"
    r"(?P<year>(?:1[0-9]{3}|20[0-9]{2})(?:s|[-–]\d{1,2})?)(?=[A-Z][a-z]|[AI] [a-z]|[A-Z]\.[A-Z])"
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
# into a capitalised word (the same document)
GLUED_DAY_LINE_YEAR = re.compile(
    rf"^[\s{_BULLET_CLASS}]*\d{{1,2}}\.?\s+(?:{_MONTH}|{dates.TEXT_FOREIGN_MONTH})\.?\s+{_YEAR}"
    r"(?-i:(?=[A-Z][a-z]))",
    re.IGNORECASE,
)
# "    1918  CEGoddard demonstrates …", "  4 Oct 1957  CEThe USSR …": a date cell, its era cell
# and the text run together (the era and the text lost the space between them)
GLUED_ERA_LINE = re.compile(
    r"^(?P<date>\s*\d[\w .,/-]{0,20}?\d)\s*(?P<era>BCE|CE|AD|BC)(?=[A-Z][A-Za-z])"
)


_YEAR_LINE = re.compile(rf"\s*(?P<year>{_YEAR})(?:\s*[:{_DASH_CHARS}])?\s+\S")


def _days_of_years(lines: list[str]) -> dict[int, tuple[int, int, int]]:
    """ "JULY 20" / "2014 The army enters …" / "1999 The party …": a page of what happened
    on one day of the year in many years ("On this day", "This week in history"). A month
    and day alone on a line, with no year, above at least three unbulleted lines that open
    with a year, is the day of each of those years: by the heading's line number, (month,
    day, the line number where its section ends). The entries read as years become days."""
    headings: list[tuple[int, int, int]] = []  # (line index, month, day)
    for index, line in enumerate(lines):
        if len(line) > 40:
            continue  # (cheap first: a heading is short, and a year's line follows it)
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if not below.strip() and index + 2 < len(lines):
            below = lines[index + 2]
        if not below.lstrip()[:1].isdigit():
            continue
        stripped = line.strip().rstrip(":").strip("*_#= ")
        if len(stripped) > 16 and DIGIT.search(stripped) is not None:
            stripped = _after_label(stripped)
        if not 4 <= len(stripped) <= 16 or not dates.date_candidate().match(stripped):
            continue
        found = _date_at(stripped)  # (the entry-start pattern: see _date_at)
        if found is None or found.end("date") != len(stripped) or dates.has_year(found):
            continue
        parts = dates.date_parts(found)
        if parts.get("d1") and parts.get("m1") and not parts.get("d2") and not parts.get("m2"):
            headings.append((index, dates.month_number(str(parts["m1"])), int(str(parts["d1"]))))
    days: dict[int, tuple[int, int, int]] = {}
    fewer: dict[int, tuple[int, int, int]] = {}  # (one or two years under the day)
    for position, (index, month, day) in enumerate(headings):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        years = sum(1 for line in lines[index + 1 : end] if _YEAR_LINE.match(line))
        if years >= DocumentPattern.MIN_LINES:
            days[index + 1] = (month, day, end)
        elif years:
            fewer[index + 1] = (month, day, end)
    if len(days) >= 2:
        # (a page of such days: a day with fewer years is one of them too, "December 25" /
        # "1185 – Around Christmas …" where the page is cut)
        days.update(fewer)
    return days


def _after_label(heading: str) -> str:
    """ "July 20" of "On this day: July 20" or "Today in history – July 20" (a short label
    without digits before the day) or "date 2023-10-21 Oct. 22" (the page's own date before
    it); else the heading."""
    stamp = PAGE_STAMP_BEFORE_DAY.match(heading)
    if stamp is not None:  # ("date 2023-10-21 Oct. 22": the page's own date, then the day)
        return heading[stamp.end() :]
    for sign in (": ", " – ", " — ", " - ", " | "):
        label, found, after = heading.rpartition(sign)
        if found and len(label) <= 30 and DIGIT.search(label) is None:
            return after.strip()
    return heading


# "date 2023-10-21 Oct. 22": a page's stamp (a short label, an ISO day) before the day a
# "this day in history" page is about
PAGE_STAMP_BEFORE_DAY = re.compile(r"(?:[^\W\d_]{1,12}:?\s+)?\d{4}-\d\d-\d\d,?\s+")


# "2023-12-15, 07:30 Autor: …", "date 2023-12-15": a page's own day at its top (a dateline)
PAGE_DAY_LINE = re.compile(r"^\W*(?:[^\W\d_]{1,12}:?\s+)?(?P<iso>\d{4}-\d\d-\d\d)(?![\d-])")
# a day's observance: the day and month, no year, a separator, its text ("15 grudnia - Dzień
# …", "December 15: National Cupcake Day")
OBSERVANCE_SEPARATOR = re.compile(r"\s*(?:[:–—]|\s-|--)\s+\S")


def _calendar_page(
    lines: list[str],
) -> tuple[int, dict[int, tuple[int, int, int]], set[int]] | None:
    """A page of one day of the calendar ("Kartka z kalendarza", "Today in history"): its
    own day written at its top ("2023-12-15, 07:30 Autor: …"), then that day's observances
    with the day and month but no year ("15 grudnia - Dzień Ludwika Zamenhofa …"), then at
    least MIN_LINES lines opening with a year ("1387 - W Niemczech …"): what happened on that
    day in those years. Returns the page's year (the observances' year) and the section of
    the year lines (as _days_of_years gives it: by the last observance's line number, the
    month, the day and the section's end), or None: no other day without its year may stand
    on the page (a list of days is no page of one day). Third, the numbers of the lines that
    open with a year of one to three digits and its separator ("37 - Urodził się Neron …")
    above the first year of four, rising: the anniversaries of antiquity, read as years."""
    page: date | None = None
    for line in lines[:TOP_LINES]:
        found = PAGE_DAY_LINE.match(line) if line.lstrip()[:1].isdigit() else None
        if found is not None:
            with contextlib.suppress(ValueError):
                page = date.fromisoformat(found["iso"])
            break
    if page is None:
        return None
    observed: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.strip().lstrip(BULLET_SIGNS)
        if not stripped[:1].isalnum() or not dates.date_candidate().match(stripped):
            continue
        if PAGE_DAY_LINE.match(stripped) is not None:
            continue
        found_day = dates.find_date(stripped)
        if found_day is None or dates.date_shape(found_day) not in ("day-month", "month-day"):
            continue
        parts = dates.date_parts(found_day)
        if parts.get("d2") or parts.get("m2"):
            return None
        day = (dates.month_number(str(parts["m1"])), int(str(parts["d1"])))
        if day != (page.month, page.day):
            return None  # (another day without its year: no page of one day)
        if OBSERVANCE_SEPARATOR.match(stripped, found_day.end()) is not None:
            observed.append(index)
    if not observed:
        return None
    below = lines[observed[-1] + 1 :]
    years = sum(1 for line in below if _YEAR_LINE.match(line))
    if years < DocumentPattern.MIN_LINES:
        return None
    short: list[tuple[int, int]] = []  # (line number, year)
    for index, line in enumerate(below, observed[-1] + 2):
        if _YEAR_LINE.match(line):
            break
        found = TINY_YEAR_ENTRY.match(line.strip()) or SHORT_YEAR_ENTRY.match(line.strip())
        if found is not None and not found["last"] and not found["hundreds"]:
            short.append((index, int(found["year"])))
    if [year for _, year in short] != sorted({year for _, year in short}):
        short = []
    return page.year, {observed[-1] + 1: (page.month, page.day, len(lines))}, {n for n, _ in short}


def _date_years_by_day(
    split: Split, days: dict[int, tuple[int, int, int]], lines: list[str], headings: bool = True
) -> None:
    """Give the entries under a day-of-the-year heading (see _days_of_years) that day of
    their year; report the heading (with ``headings``: a calendar page's last observance is
    an entry, see _calendar_page), and a bulleted line under such an entry (a link or a
    note: the section's entries are not bulleted) instead of reading it as an entry."""
    kept: list[Entry] = []
    sections = sorted(days.items())
    for entry in split.entries:
        section = next((s for s in sections if s[0] < entry.line <= s[1][2]), None)
        if section is None or not re.fullmatch(r"\d{4}", entry.date) or entry.end_date:
            kept.append(entry)
            continue
        month, day = section[1][:2]
        if _is_bulleted(lines[entry.line - 1]):
            reason = "a bulleted line under a day's entries (its entries are not bulleted)"
            split.unplaced.append(SkippedLine(entry.line, lines[entry.line - 1].strip(), reason))
            continue
        with contextlib.suppress(ValueError):
            entry.date = date(int(entry.date), month, day).isoformat()
        kept.append(entry)
    split.entries[:] = kept
    for line in days if headings else ():
        for group in (split.unplaced, split.layout):
            for skipped in [s for s in group if s.line == line]:
                group.remove(skipped)
        heading = lines[line - 1].strip()
        split.layout.append(SkippedLine(line, heading, "heading: the day of each year below"))


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


# "1888/89 FL Preston": a sports season at a line's start (see _writes_seasons)
SEASON_START = re.compile(r"[ \t]*(?P<first>(?:1[0-9]|20)\d\d)/(?P<second>\d\d)(?![\d/])")


def _writes_seasons(lines: Sequence[str]) -> bool:
    """Whether at least MIN_LINES lines open with a season "1888/89" whose second part is
    no month ("89", "00"): the document's "1900/01" is then a season too (dates.py)."""
    seasons = 0
    for line in lines:
        season = SEASON_START.match(line) if "/" in line[:12] else None
        if season is not None:
            first, second = int(season["first"]), int(season["second"])
            seasons += second == (first + 1) % 100 and not 1 <= second <= 12
    return seasons >= DocumentPattern.MIN_LINES


# a cheap test for a year alone on its line in a text (YEAR_ALONE, below, reads one)
YEAR_ALONE_HINT = re.compile(r"\n[ \t]*(?:1[0-9]|20)\d\d[ \t]*\n")


# "## 2.0.1 - 2022-07-07", "## [1.2.0] - 2019-11-22", "# 2.0.0 (2019-01-09)", "## v1.0.2 —
# 10 March 2021": a Markdown heading naming a release (a version number) and its day
RELEASE_HEADING = re.compile(
    r"(?P<marks>#{1,6})[ \t]+\[?v?\d+(?:\.\d+)+[\w.+-]*\]?(?:\([^()]*\))?[ \t]*"
    r"(?:[-–—:][ \t]*|\()(?P<day>[^()]+?)\)?[ \t]*"
)
# (a cheap first look for RELEASE_HEADING: a heading's marks, then a version number)
RELEASE_HINT = re.compile(r"^#{1,6}[ \t]+\[?v?\d+\.\d", re.MULTILINE)
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


def _years_below_days(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with "• 9. November" / "" / "1990" (a day and month alone, its year alone on
    the next written line: an archive's cards) written as "• 9. November 1990", where a
    document does so at least MIN_LINES times; the year lines are blanked and returned (by
    index) to be listed as layout. Else the lines unchanged (a lone "1990" under a day is a
    heading, as before)."""
    found: list[tuple[int, int, str]] = []
    for index, line in enumerate(lines):
        year = YEAR_ALONE.fullmatch(line)
        if year is None:
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above < 0 or index - above > 2:
            continue
        day = lines[above].strip().lstrip(BULLET_SIGNS)
        if not day[:1].isdigit() or not dates.date_candidate().match(day):
            continue
        match = dates.date_in_text().fullmatch(day)
        if match is not None and dates.date_shape(match) in ("day-month", "month-day"):
            found.append((above, index, year["year"]))
    if len(found) < DocumentPattern.MIN_LINES:
        return lines, {}
    written = list(lines)
    moved: dict[int, str] = {}
    for above, index, year_text in found:
        written[above] = f"{lines[above].rstrip()} {year_text}"
        written[index] = ""
        moved[index] = year_text
    return written, moved


# "c. 1850 Cricket …", "ca. 1700: text", "circa 1620 – text": an approximate year at a line's
# start (its text may be glued on: "c. 1850Cricket")
# ("około 1155 -", "ok. 1155", "kolem 1155", "omkring 1155", "ongeveer 1155", "vers 1155",
# "etwa 1155", "hacia 1155": "about" in Polish, Czech, Scandinavian, Dutch, French, German,
# Spanish)
_CIRCA_WORD = (
    r"(?:c|ca|circa|około|ok|kolem|kol|omkring|omkr|ongeveer|omstreeks|vers|environ|etwa|hacia)"
)
CIRCA_HINT = re.compile(rf"^[\s•·*-]*{_CIRCA_WORD}\.?\s*\d", re.I | re.M)
CIRCA_LINE = re.compile(
    rf"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<circa>{_CIRCA_WORD}\.?\s*)(?P<year>\d{{4}})"
    r"(?=[\s:–—-]|[A-Z])",
    re.I,
)
CIRCA_FIRST = "cCoOkKvVeEhH"  # (the first letters of CIRCA_LINE's words: the cheap test)
# "ca. 50 e.Kr.", "c. 476 AD", "ca. 800 n. Chr.", "c. 900 - 1000 AD": an approximate year or
# span that writes its era of the Common Era: surely of it, whatever else the text names (its
# digits, one to four; even a document with years before it, where a bare "c. 1200" is
# refused) ("c.AD350": the era before the year)
CIRCA_ERA_LINE = re.compile(
    r"^(?P<head>[\s•·▪■◦‣●○∙*+\-–—]*)(?P<circa>(?:c|ca|circa)\.?\s*)"
    rf"(?:(?P<era>{dates.AFTER_CHRIST})\s*(?P<after>\d{{1,4}})(?!\d)"
    rf"|(?P<year>\d{{1,4}}(?:\s*[-–—]\s*\d{{1,4}})?)(?=\s*{dates.AFTER_CHRIST}(?![\w.])))",
    re.I,
)
# the era written after a year of CIRCA_ERA_LINE (" AD", " e.Kr."), as the line writes it
ERA_AFTER = re.compile(rf"\s*{dates.AFTER_CHRIST}", re.I)
# "ca. 325 - 400", "c. 410" alone on its line: an approximate year of up to three digits (of
# the Common Era below a year that writes that era, "98 e.Kr.", and is earlier)
CIRCA_SHORT_ALONE = re.compile(
    r"(?P<circa>(?:c|ca|circa)\.?\s*)(?P<year>[1-9]\d{0,2})(?: ?[-–] ?[1-9]\d{0,2})?", re.I
)
# a line opening with a four-digit year (after its bullet): an entry of the Common Era
YEAR_OPENING_LINE = re.compile(r"^[\s•·▪■◦‣●○∙*+\-–—]*(?P<year>1[0-9]{3}|20[0-9]{2})(?!\d)")
# an era before the Common Era, in any of the languages the grammar reads
BEFORE_ERA_WORD = re.compile(rf"\d\s*{dates.BEFORE_CHRIST}(?![\w])")


SHORT_YEAR_DAY_PARTS = re.compile(
    r"(?:(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<day2>\d{1,2}))?\.?\s+)?(?P<month>[^\W\d_]+)\.?"
)


def _short_year_day(
    year: int, written: str, end: str | None, text: str
) -> tuple[str, str | None, str]:
    """The date (and end) of "369 (21 luglio)", "1456 (4-5 dicembre)", "847 (giugno)": the
    bracket's day and month in that year; where its words are no month or its day no day of
    that month, the year alone, the bracket and ``text`` (its separator first) kept as the
    entry's text."""
    parts = SHORT_YEAR_DAY_PARTS.fullmatch(written)
    month = dates.MONTHS.get(parts["month"].lower()) if parts is not None else None
    kept = f"({written}) {text}"
    text = text.lstrip(":–—- ")
    if parts is None or month is None or month > 12:
        return f"{year:04d}", end, kept
    last = dates.days_in_month(year, month)
    day = int(parts["day"]) if parts["day"] else None
    day2 = int(parts["day2"]) if parts["day2"] else None
    if (day is not None and not 1 <= day <= last) or (day2 is not None and not 1 <= day2 <= last):
        return f"{year:04d}", end, kept
    if day is None:
        return f"{year:04d}-{month:02d}", None, text
    start = f"{year:04d}-{month:02d}-{day:02d}"
    return start, (f"{year:04d}-{month:02d}-{day2:02d}" if day2 else None), text


# "Kolem 700. Krok …", "Kol 830. Mojmír …", "Kolem r. 800. Karel …": "about" (and "r.", the
# year's word) before a three-digit year and its full stop, as the document's "623. Samo …"
CIRCA_DOTTED_SHORT = re.compile(
    rf"^(?P<circa>{_CIRCA_WORD}\.?\s+(?:r\.\s*)?)(?P<year>[1-9]\d\d)\.[ \t]+(?=[^\W\d_])", re.I
)


def _circa_dotted_short_years(lines: list[str], written: list[str], notes: dict[int, str]) -> None:
    """In ``written``, the lines opening with an approximate three-digit year and its full
    stop ("Kolem 700. Krok, Libuše …") written without their "about", with their notes, where
    the document's entries are such years (see DocumentPattern.reads_dotted_short_years) and
    the year lies between the dotted years above and below it: its place in the document's
    rising years says it is of the Common Era, whatever else the text names ("Kolem 500 př.
    Kr." before them stays refused)."""
    dotted = {
        index: int(found["year"])
        for index, line in enumerate(lines)
        if line[:1].isdigit() and (found := SHORT_YEAR_DOT.match(line)) is not None
    }
    if not DocumentPattern(dotted_short_years=list(dotted.values())).reads_dotted_short_years():
        return
    for index, line in enumerate(lines):
        if line[:1] not in CIRCA_FIRST or (found := CIRCA_DOTTED_SHORT.match(line)) is None:
            continue
        above = [year for at, year in dotted.items() if at < index]
        below = [year for at, year in dotted.items() if at > index]
        if above and below and above[-1] < int(found["year"]) < below[0]:
            written[index] = line[found.start("year") :]
            notes[index + 1] = f"{' '.join(found['circa'].split())} {found['year']}"


def _circa_years(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines opening with an approximate year of four digits ("c. 1850 Cricket …")
    written without its "c." where that year is surely of the Common Era: at least MIN_LINES
    other lines open with years of four digits, the approximate year lies between the first
    and the last of them, and the text names no era before the Common Era ("c. 1200" among
    "1492 …" lines in a world history may be 1200 BC: still refused); and any approximate
    year that writes its era ("ca. 50 e.Kr.", see CIRCA_ERA_LINE), or of up to three digits
    alone on its line below an earlier year that writes it ("ca. 325 - 400" below "98 e.Kr.",
    see CIRCA_SHORT_ALONE). With what each line
    wrote, by line number (the entry's note). Else unchanged."""
    circa = {
        index: found
        for index, line in enumerate(lines)
        if line.lstrip(" \t•·-*")[:1] in CIRCA_FIRST
        and (found := CIRCA_LINE.match(line)) is not None
    }
    with_era = {
        index: found
        for index, line in enumerate(lines)
        if line.lstrip(" \t•·-*")[:1] in "cC" and (found := CIRCA_ERA_LINE.match(line))
    }
    written = list(lines)
    notes: dict[int, str] = {}
    for index, found in with_era.items():  # ("ca. 50 e.Kr.": see CIRCA_ERA_LINE)
        rest = lines[index][found.start("year") :] if found["year"] else None
        if rest is None:  # ("c.AD350" as "AD 350": the era, a space, the year)
            rest = f"{found['era']} {lines[index][found.start('after') :]}"
        written[index] = found["head"] + rest
        era_written = ERA_AFTER.match(lines[index], found.end("year")) if found["year"] else None
        shown = found["year"] + era_written[0] if era_written else found["after"]
        notes[index + 1] = f"{found['circa'].strip()} {shown}"  # ("c. 800 - 950 AD")
    _circa_dotted_short_years(lines, written, notes)  # ("Kolem 700. Krok …": see there)
    after_christ = 0  # (the last year alone above that writes its era of the Common Era)
    for index, line in enumerate(lines):
        stripped = line.strip()
        era = YEAR_WITH_ERA_ALONE.fullmatch(stripped) or with_era.get(index)
        if era is not None:
            after_christ = int(re.split(r"\D", era["year"] or era["after"], maxsplit=1)[0])
        elif (
            after_christ
            and (alone := CIRCA_SHORT_ALONE.fullmatch(stripped)) is not None
            and int(alone["year"]) > after_christ  # ("98 e.K" / … / "ca. 325 - 400")
        ):
            written[index] = stripped[alone.start("year") :]
            notes[index + 1] = f"{alone['circa'].strip()} {alone['year']}"
    if not circa:
        return written, notes
    years = [
        int(found["year"])
        for index, line in enumerate(lines)
        if index not in circa and (found := YEAR_OPENING_LINE.match(line)) is not None
    ]
    if len(years) < DocumentPattern.MIN_LINES:
        return written, notes
    if any(BEFORE_ERA_WORD.search(line) is not None for line in lines):
        return written, notes
    for index, found in circa.items():
        if not min(years) <= int(found["year"]) <= max(years):
            continue
        written[index] = found["head"] + lines[index][found.start("year") :]
        notes[index + 1] = f"{found['circa'].strip()} {found['year']}"
    return written, notes


def _glued_years(lines: list[str]) -> list[str]:
    """The lines with "1938Samsung …" written as "1938 Samsung …" when at least MIN_LINES
    lines start (after a bullet) with a year run into a capitalised word: the document shows
    that layout. Else the lines unchanged (one "2019Samsung" is no pattern and stays text)."""
    glued = [
        index
        for index, line in enumerate(lines)
        if not line[:1].isalpha() and GLUED_YEAR_LINE.match(line)  # (a letter first: no year)
    ]
    if glued and len(glued) < DocumentPattern.MIN_LINES:
        card = _glued_card_years(lines, glued)
        if card is not None:
            return card
    if len(glued) < DocumentPattern.MIN_LINES:
        return _glued_eras(_glued_month_years(lines))
    written = list(lines)
    for index in glued:
        item = GLUED_YEAR_LINE.match(lines[index])
        assert item is not None
        written[index] = f"{lines[index][: item.end()]} {lines[index][item.end() :]}"
    done = set(glued)
    for index, line in enumerate(lines):
        # the same layout's other dates: "11001150Bisschop …" (a span, its two years run
        # together: from the first to the second) and "19 jun 1259Sint Olofsdag …" (a day)
        if index in done or not line.lstrip(BULLET_SIGNS)[:1].isdigit():
            continue
        if (short := GLUED_SHORT_YEAR_LINE.match(line)) is not None:
            last = f"-{short['last']}" if short["last"] else ""
            if not short["last"] or int(short["first"]) < int(short["last"]):
                rest = line[short.end() :]
                written[index] = f"{short['head']}{short['first']}{last} {rest}"
        elif (span := GLUED_SPAN_LINE.match(line)) is not None:
            if int(span["first"]) < int(span["last"]):
                head, rest = span["head"], line[span.end() :]
                written[index] = f"{head}{span['first']}-{span['last']} {rest}"
        elif (day := GLUED_DAY_LINE_YEAR.match(line)) is not None:
            written[index] = f"{line[: day.end()]} {line[day.end() :]}"
    return written


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


TITLED_BLOCKS_LENGTH = 20_000  # (a list of titled dates is a page's box, never a long text)


def _date_alone_after_weekday(line: str) -> re.Match[str] | None:
    """A whole date with its year alone on a line, a weekday before it allowed ("Mercredi
    27 septembre 2023", "Tuesday, June 2, 2020"), or None."""
    stripped = line.strip()
    if stripped[:3].lower() in WEEKDAY_STARTS and (lead := WEEKDAY_LEAD.match(stripped)):
        stripped = stripped[lead.end() :].lstrip(" ,")
    return _date_alone_on(stripped)


def _short_label(text: str) -> bool:
    """A short line of words that is no sentence, no date and no page furniture: an item's
    title or its status ("Première lecture au Sénat", "Texte adopté ✔️")."""
    return (
        bool(text)
        and not _is_bulleted(text)
        and len(text.split()) <= ITEM_TITLE_WORDS
        and SENTENCE_END.search(text) is None
        and dates.find_date(text) is None
        and not any(sign.isdigit() for sign in text)
        and layout_kind(text) is None
    )


def _titled_date_blocks(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines of a list whose items are a title, its date alone on the next line, and
    maybe one short line of status below ("Première lecture au Sénat" / "Jeudi 23 novembre
    2023" / "Texte adopté ✔️"; a parliament's stages of a bill, a court's docket), read as
    "23 novembre 2023: Première lecture au Sénat" on the title's line, the status kept as
    the rest of the entry. The document's own pattern decides it: at least MIN_LINES dates
    alone, each directly under its title (no blank line between), every line from the first
    title to the last date a title, a date or one status under a date, all short lines with
    no sentence's end; and the list ENDS with a date (nothing but blank or bulleted lines
    after it, a page's links): the usual "date alone, text below" layout ends with a text.
    Else unchanged (see _titles_above_dates, the strict form: titles and dates only)."""
    alone = [index for index, line in enumerate(lines) if _date_alone_after_weekday(line)]
    if len(alone) < DocumentPattern.MIN_LINES:
        return lines, {}
    for index in alone:
        if index == 0 or not _short_label(lines[index - 1].strip()):
            return lines, {}
    last = alone[-1]
    if any(line.strip() and not _is_bulleted(line) for line in lines[last + 1 :]):
        return lines, {}  # (a text after the last date: the date is above its text)
    dated = set(alone)
    titles = {index - 1 for index in alone}
    for index in range(alone[0] - 1, last):
        text = lines[index].strip()
        if not text or index in dated or index in titles:
            continue
        if index - 1 not in dated or not _short_label(text):
            return lines, {}  # (a line that is no title and no status under a date)
    written = list(lines)
    read: dict[int, str] = {}
    for index in alone:
        when = _date_alone_after_weekday(lines[index])
        assert when is not None
        reason = f"the date below its title, read with line {index}"
        _date_moved_up(written, read, (index - 1, index), when.group("date"), reason)
        below = index + 1
        if below < last and lines[below].strip() and below not in titles | dated:
            # (the status: the rest of the entry, after a dash; its line read with the title's)
            written[index - 1] = f"{written[index - 1].rstrip()} – {lines[below].strip()}"
            written[below] = ""
            read[below] = f"the status below a date, read with line {index}"
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


# "Debut——June 13, 2013": an item's date after its text, glued to it by a long dash
DATE_AFTER_TEXT = re.compile(r"(?<=\S)(?:——|—|--)(?=[A-Z][a-z])")
# a year alone on its line (see _years_below_days and the headings of years); written once: an
# earlier second definition was shadowed by this one
YEAR_ALONE = re.compile(r"^\s*(?P<year>1[0-9]{3}|20[0-9]{2})\s*$")


def _date_at(text: str, at: int = 0) -> re.Match[str] | None:
    """The date written at ``at`` (its group "date"), as dates.find_date reads it. Where the
    date ends the text, as most dates the layout passes look at do ("(June 25, 1950)",
    a dateline), the entry-start pattern compiled with this module reads it: the text
    grammar's own pattern (some 12 ms to compile) is then compiled only for a text whose
    date goes on into other words."""
    found = ENTRY_START.match(text, at)
    if found is not None and found.end("date") == len(text.rstrip()):
        return found
    return dates.find_date(text, at)


def _whole_date_at(line: str, at: int) -> re.Match[str] | None:
    """The date written at ``at`` when it names a day and its year ("June 13, 2013")."""
    found = dates.find_date(line, at)
    if found is None:
        return None
    parts = dates.date_parts(found)
    return found if parts.get("d1") and (parts.get("y1") or parts.get("y2")) else None


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


FULL_YEAR = re.compile(r"(?<![\d/])(?<!\d[.-])(?P<century>1\d|20)\d\d(?![\d/]|[.-]\d)")


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


def _on_a_line(hint: re.Pattern[str], text: str) -> bool:
    """``hint.search(text)`` found, for a MULTILINE hint each of whose branches opens with ^:
    at the text's start, or after a line break (``_after_line_breaks``), which the scan finds
    fast; a pattern that opens with ^ is tried at every character."""
    if hint.match(text) is not None:
        return True
    return _after_line_breaks(hint.pattern, hint.flags).search(text) is not None


@functools.cache
def _after_line_breaks(source: str, flags: int) -> re.Pattern[str]:
    """A MULTILINE pattern "^…" as a line break, then "(?:…)": its places after the first
    line, each with the line break before it."""
    if not flags & re.MULTILINE or not _branches_open_with_caret(source):
        raise ValueError(f"not a MULTILINE pattern each of whose branches opens with ^: {source!r}")
    return re.compile(f"\n(?:{source[1:]})", flags)


def _branches_open_with_caret(source: str) -> bool:
    """Whether a pattern opens with ^, and so does each branch after a "|" outside brackets
    and character classes ("^a|^b", not "^a|b")."""
    depth, escaped, opened = 0, False, -1  # (opened: where the character class opened)
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif opened >= 0:  # ("[]…]", "[^]…]": a "]" first is one of the class)
            first = opened + 2 if source[opened + 1 : opened + 2] == "^" else opened + 1
            opened = opened if char != "]" or index == first else -1
        elif char == "[":
            opened = index
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and not depth and source[index + 1 : index + 2] != "^":
            return False
    return source.startswith("^")


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


# "12/11/2019": a numeric day whose two first numbers could each be the month
AMBIGUOUS_NUMERIC_DAY = re.compile(
    r"(?<![\d/.])(?P<a>0?[1-9]|1[0-2])/(?P<b>0?[1-9]|1[0-2])/(?P<y>(?:1\d|20)\d\d)(?![\d/])"
)
WORDED_DAY_SHAPES = frozenset(("month-day-year", "day-month-year"))


# "10/16/25": a numeric day with a two-digit year (a cheap hint; dates.py reads the form)
SHORT_YEAR_HINT = re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}/\d\d(?![\d/])")


def _one_century(lines: Iterable[str]) -> int | None:
    """The century (19, 20) every year a document writes in full lies in, or None when it
    writes none or several: what settles a two-digit year ("the summer of 1966": 66 is
    1966, not 2066)."""
    centuries = {int(m["century"]) for line in lines for m in FULL_YEAR.finditer(line)}
    return centuries.pop() if len(centuries) == 1 else None


def _century_of_short_years(text: str) -> int | None:
    """The first year of the century of a document's "10/16/25" dates (2000 where "Case
    filed on: October 16, 2025" is its only year in full), or None (see _one_century): then
    such a date is reported, not guessed."""
    if SHORT_YEAR_HINT.search(text) is None:
        return None
    century = _one_century(text.splitlines())
    return None if century is None else century * 100


def _numeric_order_from_words(lines: Sequence[str]) -> str | None:
    """ "mdy" or "dmy" where a document's numeric days cannot show their order (no number
    over 12) but the document writes one of them in words as well ("31,601. 12/11/2019" over
    a source line "… York Times online, December 11, 2019"): the order that reads the numeric
    days as those written in words, when every such pair agrees. Else None (reported)."""
    numeric: set[tuple[int, int, int]] = set()
    for line in lines:
        if "/" in line:
            numeric.update(
                (int(found["y"]), int(found["a"]), int(found["b"]))
                for found in AMBIGUOUS_NUMERIC_DAY.finditer(line)
                if found["a"] != found["b"]
            )
    if not numeric:
        return None
    years = {str(year) for year, _, _ in numeric}
    worded: set[tuple[int, int, int]] = set()
    for line in lines:
        if not any(year in line for year in years):
            continue
        for candidate in dates.date_candidate().finditer(line):
            found = dates.find_date(line, candidate.start())
            if found is None or dates.date_shape(found) not in WORDED_DAY_SHAPES:
                continue
            parts = dates.date_parts(found)
            if parts.get("y1") and parts.get("d1") and parts.get("m1") and not parts.get("m2"):
                with contextlib.suppress(KeyError, ValueError):
                    month = dates.month_number(str(parts["m1"]))
                    worded.add((int(str(parts["y1"])), month, int(str(parts["d1"]))))
    orders = set()
    for year, first, second in numeric:
        if (year, first, second) in worded:
            orders.add("mdy")
        if (year, second, first) in worded:
            orders.add("dmy")
    return next(iter(orders)) if len(orders) == 1 else None


# "![1871 Image](/img/timeline/1871.jpg)": a Markdown image, a picture and its address
MARKDOWN_IMAGE = re.compile(r"!\[(?P<alt>[^\[\]\n]{0,120})\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")


def _markdown_images(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with their Markdown images taken out ("![1871 Image](/img/…) **1871 Great
    Chicago Fire** …": the picture a page shows, whose alternative text names its year but
    is no text a reader reads), and the images by line index (reported). A line that was an
    image alone is then blank, as a picture sets its neighbours apart."""
    written = lines
    images: dict[int, str] = {}
    for index, line in enumerate(lines):
        if "![" not in line:
            continue
        found = MARKDOWN_IMAGE.findall(line)
        if not found:
            continue
        if written is lines:
            written = list(lines)
        images[index] = " ".join(image.group() for image in MARKDOWN_IMAGE.finditer(line))
        rest = MARKDOWN_IMAGE.sub("", line)
        written[index] = rest if rest.strip() else ""
    return written, images


# "## [1765-1783: american revolution](https://…)", "- [1969: apollo 11](…)": a heading or an
# item that is one Markdown link, its text opening with a date (after its marks, and "~")
LINKED_ITEM = re.compile(
    r"^(?P<head>\s*(?:#{1,6}|[-*+])?\s*~?\s*)\[(?P<text>(?=\d)[^\[\]\n]+)\]"
    r"\((?P<address>[^()\s]+)\)\s*$"
)


def _markdown_linked_items(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines that are one Markdown link whose text opens with a date ("## [1765-1783:
    american revolution](https://…)", a note-taking app's export) written as the link's
    text ("## 1765-1783: american revolution"), and the link addresses by line index
    (reported as layout: an address is no text of the event). Else the lines unchanged."""
    written = lines
    addresses: dict[int, str] = {}
    for index, line in enumerate(lines):
        if "](" not in line:
            continue
        found = LINKED_ITEM.match(line)
        if found is None or dates.find_date(found["text"]) is None:
            continue
        if written is lines:
            written = list(lines)
        written[index] = f"{found['head']}{found['text']}"
        addresses[index] = found["address"]
    return written, addresses


# "endSection", "endGroup": a plain-text timeline tool's (Markwhen's) mark closing a section
# or group of its events, alone on its line; and "section Founding #early", "group Team": the
# mark opening one (read as a mark only where the document closes one: "section 3 of the
# Act …" or "group of soldiers …" in another text stay text)
TOOL_CLOSE_MARK = re.compile(
    r"^[ \t]*end(?P<kind>section|group)[ \t]*$", re.IGNORECASE | re.MULTILINE
)
TOOL_OPEN_MARK = re.compile(r"[ \t]*(?P<kind>section|group)[ \t]+\S.{0,80}")
# "---" / "title: Company history" / "---": a document's front matter (its settings, as
# Markdown and timeline tools write them at the top), never the chronology's text
FRONT_MATTER_FENCE = re.compile(r"[ \t]*---[ \t]*")
FRONT_MATTER_LINE = re.compile(r"[ \t]*(?:[^\W\d][\w-]*[ \t]*:(?:[ \t].*)?|-[ \t].*)?")
FRONT_MATTER_LINES = 30  # (its settings are a few lines; a longer run is no front matter)
# "now: text", "after !launch 2 weeks: text", "3 weeks: text", "2 years ago: text": an item
# dated from another (a timeline tool's relative date, Markwhen's): no date the text gives
# alone (the clock is never read), reported as unplaced, never joined to the entry above
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?)"
RELATIVE_DATE_LINE = re.compile(
    rf"^[ \t]*(?:now|(?:after|before)[ \t]+!\w[\w-]*(?:[ \t]+\d+[ \t]+{_UNIT})?|"
    rf"\d+[ \t]+{_UNIT}(?:[ \t]+ago)?)[ \t]*:[ \t]+\S.*$",
    re.IGNORECASE | re.MULTILINE,
)
# (where _timeline_tool_marks is run: a closing mark or a relative date opening a line)
TOOL_MARK_HINT = re.compile(
    rf"{TOOL_CLOSE_MARK.pattern}|{RELATIVE_DATE_LINE.pattern}", re.IGNORECASE | re.MULTILINE
)
RELATIVE_DATE = "a relative date (counted from another date or from today): not read"


def _timeline_tool_marks(
    text: str, lines: list[str]
) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """The lines with a timeline tool's layout blanked (see TOOL_CLOSE_MARK, FRONT_MATTER_FENCE,
    RELATIVE_DATE_LINE), and those lines by index with the reason each is left out (reported,
    never an entry's text)."""
    marks: dict[int, tuple[str, str]] = {}
    closed = {found["kind"].lower() for found in TOOL_CLOSE_MARK.finditer(text)}
    for index, line in enumerate(lines):
        close = TOOL_CLOSE_MARK.fullmatch(line)
        found = close if close is not None or not closed else TOOL_OPEN_MARK.fullmatch(line)
        # (an opening mark is in lower case, as the tool writes it)
        if found is not None and (found is close or found["kind"] in closed):
            marks[index] = (line.strip(), f"a timeline tool's {found['kind'].lower()} mark")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is not None and FRONT_MATTER_FENCE.fullmatch(lines[first]):
        for index in range(first + 1, min(len(lines), first + FRONT_MATTER_LINES)):
            if FRONT_MATTER_FENCE.fullmatch(lines[index]):
                for inside in range(first, index + 1):
                    if lines[inside].strip():
                        marks[inside] = (lines[inside].strip(), "the document's front matter")
                break
            if FRONT_MATTER_LINE.fullmatch(lines[index]) is None:
                break
    if RELATIVE_DATE_LINE.search(text) is not None:
        for index, line in enumerate(lines):
            if index not in marks and RELATIVE_DATE_LINE.match(line) is not None:
                marks[index] = (line.strip(), RELATIVE_DATE)
    if not marks:
        return lines, marks
    return ["" if index in marks else line for index, line in enumerate(lines)], marks


# the weekdays of the languages the corpus reads, Monday 0 … Sunday 6 (as date.weekday())
WEEKDAY_NUMBERS = {
    **dates.WEEKDAYS,
    **dict.fromkeys(("lundi", "montag", "lunes", "segunda"), 0),
    **dict.fromkeys(("mardi", "dienstag", "martes", "terça", "terca"), 1),
    **dict.fromkeys(("mercredi", "mittwoch", "miércoles", "miercoles", "quarta"), 2),
    **dict.fromkeys(("jeudi", "donnerstag", "jueves", "quinta"), 3),
    **dict.fromkeys(("vendredi", "freitag", "viernes", "sexta"), 4),
    **dict.fromkeys(("samedi", "samstag", "sonnabend", "sábado", "sabado"), 5),
    **dict.fromkeys(("dimanche", "sonntag", "domingo"), 6),
}
# "Jeudi 23 février", "le mercredi 26 avril", "Sonntag, 14. Mai", "Thursday, February 23",
# "domingo, 7 de maio": a weekday with its day and month and no year after them
WEEKDAY_DAY = re.compile(
    r"(?<![^\W\d_])(?P<weekday>[^\W\d_]{3,12})(?:-feira)?\.?,?\s+"
    r"(?:(?P<day>\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,9})\.?"
    r"|(?P<month2>[^\W\d_]{3,9})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?!\w|,?\s*(?:de\s+)?\d{4})"
)
WEEKDAY_YEARS_BACK = 40  # (how far on from the latest year the text names to look)
# the years listed for a page that names no year (a fixed span, not the clock's: the same
# file is refused with the same years in any year it is read)
WEEKDAY_YEARS_LISTED = range(1970, 2040)


def _weekdays_written(lines: Sequence[str]) -> tuple[set[tuple[int, int, int]], list[int]]:
    """The (month, day, weekday) of every "weekday day month" written without its year
    ("Jeudi 23 février", "le mercredi 26 avril", "Sonntag, 14. Mai"), and the years the
    text names in its sentences."""
    written: set[tuple[int, int, int]] = set()  # (month, day, weekday)
    named: list[int] = []
    for line in lines:
        named += [int(year) for year in WRITTEN_YEAR_IN_TEXT.findall(line)]
        if not any(char.isdigit() for char in line):
            continue
        for found in WEEKDAY_DAY.finditer(line):
            weekday = WEEKDAY_NUMBERS.get(found["weekday"].lower())
            if weekday is None:
                continue
            try:
                month = dates.month_number(found["month"] or found["month2"])
            except KeyError:  # ("le samedi 22 en Polynésie": no month)
                continue
            written.add((month, int(found["day"] or found["day2"]), weekday))
    return written, named


def _weekdays_fitting(written: set[tuple[int, int, int]], year: int) -> int:
    """How many of the weekdays fall on their days in the year."""
    count = 0
    for month, day, weekday in written:
        with contextlib.suppress(ValueError):
            count += date(year, month, day).weekday() == weekday
    return count


def _weekdays_fit(written: set[tuple[int, int, int]], year: int) -> bool:
    """Whether the weekdays fall on their days in the year, at most one in five of them off
    (a page's slip: "Mardi 12 mai" among Sundays)."""
    return _weekdays_fitting(written, year) * 5 >= len(written) * 4


def _year_of_weekdays(lines: Sequence[str]) -> int | tuple[int, ...] | None:
    """The year of a text that writes its days with their weekdays and no year ("Jeudi 23
    février : …", "Dimanche 22 avril : …"; "le mercredi 26 avril" in its paragraphs): the
    year in which its weekdays fall on their days (at least MIN_LINES days, see
    _weekdays_fit). Weekdays come back every few years, so the year is looked for from the
    latest year the text names on (the page was written after it: "investi le 15 mai 2012 …
    cinq ans plus tard"), the first that fits. Where the text names no year at all, nothing
    in it says which of the fitting years it is (the clock would make the same file read
    otherwise in another year): the years that fit in WEEKDAY_YEARS_LISTED, for the
    entries' refusal, one to be given with --year. None where no year fits so, or the text
    writes its days with their years."""
    written, named = _weekdays_written(lines)
    if len(written) < DocumentPattern.MIN_LINES:
        return None
    if not named:
        return tuple(year for year in WEEKDAY_YEARS_LISTED if _weekdays_fit(written, year))
    candidates = range(max(named), max(named) + WEEKDAY_YEARS_BACK)
    best = max(candidates, key=lambda year: _weekdays_fitting(written, year))  # (the nearest)
    return best if _weekdays_fit(written, best) else None


def _no_year_but_weekdays(years: Sequence[int]) -> str:
    """The reason an entry of a page that names no year is refused where its weekdays fit
    some years: the years to choose from, one to give with --year."""
    listed = ", ".join(str(year) for year in years)
    return (
        f"entry has no year, and the page names none; its weekdays fit {listed} "
        f"(between {WEEKDAY_YEARS_LISTED[0]} and {WEEKDAY_YEARS_LISTED[-1]}): give one with --year"
    )


# "1974", "2012": a year written in a text's sentences
WRITTEN_YEAR_IN_TEXT = re.compile(r"(?<![\d.,/-])(?:1[5-9]|20)\d\d(?![\d.,/]\d)")


# "647 d.C.", "372 A.D.": a year with its era alone on its line
YEAR_WITH_ERA_ALONE = re.compile(rf"(?P<year>[1-9]\d{{0,3}})\s*{dates.AFTER_CHRIST}")
SHORT_SPAN_ALONE = re.compile(r"[1-9]\d\d(?: ?[-–] ?)[1-9]\d\d")  # "892-936", "406 - 407"


def _short_years_alone(lines: Sequence[str], pattern: DocumentPattern) -> set[int]:
    """The lines that are a three-digit year alone ("668" / "Eroberung …" / "935" / "…" /
    "1392" / "…"), in a document whose entries are years alone on their line with the text
    below (at least MIN_LINES): a number alone with text below, where the numbers and the
    years alone rise together in the document's order. Elsewhere such a number is a page's
    number."""
    alone = [(n, year) for n, form, year, *_ in pattern.starts if form == "alone" and year]
    # ("647 d.C." / "No meio …": a year before 1000 with its era, alone on its line)
    alone += [
        (n, int(era["year"]))
        for n, form, year, *_ in pattern.starts
        if form == "alone" and not year and 0 < n <= len(lines)
        if (era := YEAR_WITH_ERA_ALONE.fullmatch(lines[n - 1].strip())) is not None
    ]
    if len(alone) < pattern.MIN_LINES:
        return set()
    numbers: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if 7 <= len(stripped) <= 9 and SHORT_SPAN_ALONE.fullmatch(stripped):
            stripped = stripped[:3]  # ("892-936": a span of such years, read from its first)
        elif len(stripped) != 3 or not stripped.isdigit() or stripped[0] == "0":
            continue
        below = (_next_with_text(lines, index + 1) or "").strip()
        if below and not below[:1].isdigit() and index + 1 not in pattern.dated:
            numbers.append((index + 1, int(stripped)))
    years = [year for _, year in sorted(alone + numbers)]
    return {n for n, _ in numbers} if numbers and years == sorted(years) else set()


def _two_digit_years(lines: Sequence[str]) -> tuple[int, str] | None:
    """(century, "mdy" or "dmy") for entries dated with a two-digit year ("09/27/66. …"),
    when the document settles both: at least MIN_LINES lines start so; every year it writes
    in full lies in one century ("the summer of 1966": 66 is 1966, not 2066); and its days
    show one order (a first number above 12 is a day, a second above 12 a day). Else None:
    such a date is reported, not guessed."""
    orders: set[str] = set()
    count = 0
    for line in lines:
        if "/" not in line:  # (every TWO_DIGIT_YEAR match holds one; most lines none)
            continue
        stripped = line.strip()
        head = DECORATION.match(stripped)
        found = TWO_DIGIT_YEAR.match(stripped[head.end() :] if head else stripped)
        if found is None:
            continue
        count += 1
        first, second = (int(n) for n in found.group().split("/")[:2])
        if first > 12:
            orders.add("dmy")
        if second > 12:
            orders.add("mdy")
    if count < DocumentPattern.MIN_LINES or len(orders) != 1:
        return None
    century = _one_century(lines)
    return None if century is None else (century, orders.pop())


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


def _spans_broken_over_lines(lines: list[str]) -> list[str]:
    """A span of dates broken after its dash ("May 20—" / "September 20"), each part a whole
    line: joined onto the first line ("May 20—September 20"), the second left blank (its
    words are the span's end, nothing lost), so the span is one date alone and its end is
    not read as an entry of its own."""
    joined = list(lines)
    for index in range(len(lines) - 1):
        head = lines[index].strip()
        if not head or head[-1] not in _DASH_CHARS or len(head) > 40:
            continue
        start = head.rstrip(_DASH_CHARS + " ")
        end = lines[index + 1].strip()
        found, ending = _date_at(start), _date_at(end) if end else None
        if found is None or ending is None or found["date"] != start or ending["date"] != end:
            continue
        whole = _date_at(head + end)  # ("2020: June 1 —" / "1990-as, 70-es évek": no span)
        if whole is None or whole["date"] != head + end:
            continue
        joined[index], joined[index + 1] = lines[index].rstrip() + end, ""
    return joined


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
    if not any(
        number < len(lines)
        and number + 1 not in dated
        and lines[number][:1].isupper()
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
        for position, i in enumerate(run[1:-1], 1):
            above = run[position - 1]
            text = lines[i].strip()
            if (
                i + 1 not in pattern.dated
                and text.lstrip(OPENING_QUOTES)[:1].isupper()  # ('"Blue Train" is …')
                and SENTENCE_END.search(text) is not None
                and (above in year_lines or above in found)
                and not _is_bulleted(lines[i])
                # ("From 1776 – Loyalist refugees …" under "1774 – …": a date of its own
                # before its separator, never an event of the year above)
                and UNREAD_DATE_OPENING.match(text) is None
            ):
                found.add(i)
        rows.update(i + 1 for i in found)
        alone = sum(1 for i in year_lines if i + 1 not in found)  # (year lines with no row)
        if 2 * alone >= len(year_lines) and all(i in year_lines or i in found for i in run[:-1]):
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


# the quotation marks a sentence may open with ('"For The Sake Of Mankind" wird …')
OPENING_QUOTES = "\"“„«‘'"
# a year written in a sentence ("… und 1986 wird ein weiteres Demo …"), not inside a number
YEAR_IN_SENTENCE = re.compile(r"(?<![\d.,/:-])(?:1[0-9]|20)[0-9]{2}(?![\d])")


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
    days &= in_lists
    rows: set[int] = set()
    for number in sorted(days):  # (1-based: lines[number - 1] is the dated line)
        above = lines[number - 1].strip()
        if YEAR_FIRST_ROW.match(above):
            continue  # ("1820 January 20: …": a year table's row, see there)
        index = number  # (0-based: the line below the dated one)
        margin = len(lines[number - 1]) - len(lines[number - 1].lstrip())
        while index < len(lines):
            text = lines[index].strip()
            if (
                not text
                or index + 1 in pattern.dated
                or not text[:1].isupper()
                # ("Apr-0000: …", "Dec 9999: …": a date the importer does not read, no sentence)
                or UNREAD_DATE_OPENING.match(text) is not None
                or SENTENCE_END.search(text) is None
                or SENTENCE_END.search(above) is None
                or ABBREVIATION_END.search(above) is not None
                or _is_bulleted(lines[index])
                # (indented under the date: a hanging indent carries the entry's text on)
                or len(lines[index]) - len(lines[index].lstrip()) > margin
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


# "Korean officers in a field (1951)": a photo's caption, its year in brackets at its end
# "2008: HOW IT ALL BEGAN TO UNRAVEL": a year, its colon or dash, a headline in capitals
CAPITAL_HEADLINE = re.compile(
    rf"^\s*{_YEAR}\s*[:{_DASH_CHARS}]\s*[A-Z][A-Z'’,]*(?:\s+[A-Z'’,?!]+){{2,}}\s*$"
)
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
        captions[texts[at]] = "a category label under the date"
        for n in texts[:at]:
            short = lines[n - 1].strip()
            if len(short.split()) <= ITEM_TITLE_WORDS and not SENTENCE_END.search(short):
                captions[n] = "an image's caption under the date"
    return captions


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


# "• Published at 06:58 am June 12th, 2018", "Last updated at 03:48 pm June 12th, 2018": a
# live page's own day, with the time of day before it
PUBLISHED_DAY = re.compile(
    r"^[\s•*-]*(?:(?:first )?published|posted|last updated|updated)\s*:?(?:\s+(?:at|on))?\s+"
    r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+)?(?=\S)",
    re.IGNORECASE,
)
# "3:24pm- text", "10:05 am – text", "8.52pm Headline", "10:15 GMT Headline", "14:32" alone:
# a live page's time stamp before an update (without a separator the time must say it is
# one: a.m./p.m., a time zone, or a colon, and a capital must follow)
_ZONE = r"(?-i:GMT|BST|UTC|CES?T|[ECMP][SD]?T|KST|JST|IST|AE[SD]T|NZ[SD]T)"
_CLOCK = rf"\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*{_ZONE})?"
_CLOCK_ALONE = (  # (a time with no separator after it must say it is one)
    rf"(?:\d{{1,2}}[:.]\d\d\s*[ap]\.?m\.?|\d{{1,2}}\s*[ap]\.?m\.?|\d{{1,2}}:\d\d)(?:\s*{_ZONE})?"
    rf"|\d{{1,2}}[:.]\d\d\s*{_ZONE}"
)
# "Posted at 14:32": a live page's label before the time; "2:32 p.m. ET, June 12, 2018": the
# update's own day after it
_STAMP_LABEL = r"(?:(?:posted|updated|published)(?:\s+at)?\s+)?"
_STAMP_DAY = (  # (a weekday may come first: "Tue June 12, 2018")
    r"(?:[a-z]{3,9}\.?,?\s+)?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4})"
)
TIME_STAMP = re.compile(
    rf"^\s*[*_]{{0,2}}{_STAMP_LABEL}"
    rf"(?:(?P<time>{_CLOCK})(?=(?:,\s*{_STAMP_DAY})?\s*[-–—:|])|(?P<bare>{_CLOCK_ALONE}))"
    rf"(?:,\s*(?P<stampday>{_STAMP_DAY}))?"
    rf"(?:\s*[-–—:|]\s*(?=\S)|[*_]{{0,2}}(?:\s+(?=(?-i:[A-Z])|[“\"‘'])|\s*$))",
    re.IGNORECASE,
)


def _whole_days(line: str, at: int = 0, year: int | None = None) -> set[str]:
    """The days (YYYY-MM-DD) a line names from ``at`` on with their years (or, given
    ``year``, without: "Saturday 26 February" on a page of 2022), each one day (not a span);
    a numeric date only where its order shows ("25/06/2018", not "06/07/2018")."""
    days = set()
    for candidate in dates.date_candidate().finditer(line, at):
        found = _date_at(line, candidate.start())
        if found is None:
            continue
        order = "mdy"
        if found["nd1"]:
            if max(int(found["nd1"]), int(found["nd2"])) <= 12:
                continue  # (which is the month?)
            order = "dmy" if int(found["nd1"]) > 12 else "mdy"
        parts = dates.date_parts(found, order)
        written_year = parts.get("y1") or year
        if not parts or not written_year or not parts.get("d1") or parts.get("d2"):
            continue  # ("Posted in News", "Updated: March 2018": no day named)
        month = dates.month_number(str(parts["m1"]))
        day = dates.day_number(str(parts["d1"]))
        days.add(f"{int(str(written_year)):04d}-{month:02d}-{day:02d}")
    return days


def _day_of_times(lines: Sequence[str], pattern: DocumentPattern) -> str | None:
    """The day (YYYY-MM-DD) of a chronology of hours with no day heading ("2:59 p.m. The
    rupture …", "[3:15 p.m.] Tsunami waves …", at least MIN_LINES of them): the one day its
    introduction names above the first ("… events for the Dec. 25, 2004, Indian Ocean
    Tsunami."), the page's own dates aside ("… a preliminary timeline posted Dec. 29, 2004",
    a line in brackets "(updated Jan. 28, 2005)"). None — its times are reported, as before —
    where the document dates its entries, where the introduction names no day or several
    ("warned on Aug. 27 … how Aug. 29 unfolded": which is the times'?), or where the times
    run back (11:40 p.m., then 12:30 a.m.: past midnight, the next day)."""
    if pattern.starts:
        return None
    times = [
        index
        for index, line in enumerate(lines)
        if line.lstrip()[:1] in TIME_STARTS and TIME_ITEM.match(line.strip()) is not None
    ]
    if len(times) < DocumentPattern.MIN_LINES:
        return None
    named: set[str] = set()
    for line in lines[: times[0]]:
        stripped = line.strip()
        if stripped[:1] not in "([" and DIGIT.search(stripped) is not None:
            named |= _whole_days(PAGE_OWN_DAY.sub(" ", stripped))
    clock = [
        _minutes(found[0]) for index in times if (found := TIME_ITEM.match(lines[index].strip()))
    ]
    if len(named) != 1 or any(later < earlier for earlier, later in pairwise(clock)):
        return None
    return named.pop()


# "posted Dec. 29, 2004", "updated on Jan. 28, 2005": the page's own day, not its events'
PAGE_OWN_DAY = re.compile(
    r"\b(?:posted|updated|published|revised|modified|compiled|retrieved|accessed)"
    r"(?:\s+(?:on|at))?\s+(?:\w+\.?\s+){0,1}\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\w+\.?,?\s+)?\d{4}",
    re.IGNORECASE,
)


MONTH = timedelta(days=31)
TIME_STARTS = frozenset("0123456789[")
CLOCK = re.compile(r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*(?:(?P<pm>p)|a)?", re.I)


def _minutes(stamp: str) -> int:
    """The minutes since midnight of a time stamp ("9.08pm" 1268, "14:32" 872)."""
    found = CLOCK.search(stamp)
    if found is None:
        return 0
    hour = int(found["hour"]) % 12 + (12 if found["pm"] else 0)
    if not found["pm"] and int(found["hour"]) >= 12:
        hour = int(found["hour"])  # ("14:32", "12:05 AM" is an hour after midnight)
        if re.search(r"\ba\.?m\b", stamp, re.I):
            hour %= 12
    return hour * 60 + int(found["minute"] or 0)


STAMP_LABEL_FIRST = frozenset("PpUu")  # "Posted at 14:32", "Updated 9:08 PM ET"
# "90 mins", "45+2 min", "67'" alone on a line, "Full-time: Spurs 0 Liverpool 2", "Half-time":
# a live page of a match stamps its updates with the match's minute. Unlike a time of day,
# the minute is part of what happened (the 86th minute's goal): it stays in the entry's text
MATCH_MINUTE = re.compile(
    r"^\s*[*_]{0,2}(?:\d{1,3}(?:\s*\+\s*\d{1,2})?\s*(?:mins?\.?|minutes?|['’])"
    r"|(?:full|half)[- ]?time|kick[- ]?off|FT|HT)[*_]{0,2}\s*(?:$|[:–—-]\s*(?=\S))",
    re.IGNORECASE,
)
MINUTE_FIRST = frozenset("FfHhKk")  # (what a minute stamp without digits starts with)
DATELINE_LENGTH = 80  # a dateline or byline is short ("By Jane Smith | June 12, 2018")


def _is_dateline(stripped: str) -> bool:
    """Whether a line may be a page's dateline or byline: short, no sentence, and no list
    item ("• Wednesday, Aug 12, 2020" in a page's menu is the day it was read on)."""
    return (
        0 < len(stripped) <= DATELINE_LENGTH
        and not SENTENCE_END.search(stripped)
        and stripped[:1] not in _BULLET_FIRST
    )


def live_page_stamps(
    lines: Sequence[str],
) -> tuple[dict[int, str], dict[int, re.Match[str]], bool] | None:
    """A live page's updates: ({line number: its day}, {line number: time stamp}) when the
    page names one
    day it was published and updated on and at least MIN_LINES lines start with a time of
    day (then a dash or colon, or a capital where the time says it is one: TIME_STAMP). The
    day is the one every "Published …"/"Last updated …" line near the top names; without
    such lines, the one the short lines above the first update name (a dateline, a byline:
    "June 12, 2018", "By Jane Smith | June 12, 2018", and a live page's day headings: see
    _updates_under_datelines), or the page's " date …" line. Each stamped line is an update
    of that day; else None (a time of day alone dates nothing). The flag: whether the stamps
    stay in the text (a recap of hours under day headings: _hours_under_day_headings)."""
    published_days: set[str] = set()
    datelines: dict[int, set[str]] = {}
    for index, line in enumerate(lines[:INTRODUCTION_LINES]):
        if len(line) >= 120:
            continue
        head = PUBLISHED_DAY.match(line)
        if head is not None:
            published_days |= _whole_days(line, head.end())
            continue
        stripped = line.strip()
        if _is_dateline(stripped):
            named = _whole_days(line)
            if named:
                datelines[index + 1] = named
    published = _published(lines)  # " date 2020-10-17": the page's own date at its top
    if not published_days and not datelines and published is None:
        return None  # (the common case: decided on the first lines)
    stamps = {}
    for number, line in enumerate(lines, 1):
        first = line[:5].lstrip(" \t*_")[:1]
        found = None
        if first.isdigit() or first in STAMP_LABEL_FIRST:
            found = TIME_STAMP.match(line)
        if found is None and (first.isdigit() or first in MINUTE_FIRST):
            found = MATCH_MINUTE.match(line)
        if found is not None:
            stamps[number] = found
    if len(stamps) < DocumentPattern.MIN_LINES:
        return None
    days = published_days
    if not days and datelines:
        year = int(min(min(named) for named in datelines.values())[:4])
        under = _updates_under_datelines(lines, stamps, year)
        if under is not None:
            return _stamped_days(under[0], stamps), stamps, False
        if published is None:
            return None  # (else the page's " date …" line: a dateline it shows is its own)
    if published is not None:
        days = days | {published.isoformat()}
    if len(days) != 1:
        return None
    day = days.pop()
    # a page of several days: its day headings ("Saturday 26 February") date the updates
    under = _updates_under_datelines(lines, stamps, int(day[:4]))
    if under is not None and len(set(under[0].values())) > 1:
        return _stamped_days(under[0], stamps), stamps, False
    hours = _hours_under_day_headings(lines, stamps, int(day[:4]), day)
    if hours is not None:
        return hours, stamps, True
    return _stamped_days(dict.fromkeys(stamps, day), stamps), stamps, False


def _hours_under_day_headings(
    lines: Sequence[str], stamps: dict[int, re.Match[str]], year: int, page_day: str
) -> dict[int, str] | None:
    """A recap of hours under day headings, on a page dated after them: "- December 4 -" /
    "12:27 am" / "Lawmakers rush to parliament …" / "1:03 am" / …: each time is of the
    day heading above it, and the times of each day run oldest first (at least MIN_LINES - 1
    times one after another, never newest first). The time is when the event happened, not
    when an update was posted: it stays in the entry's text. The headings write no year (a
    live page's dateline does: "June 12, 2018"). Else None."""
    if any(found.re is not TIME_STAMP for found in stamps.values()):
        return None
    day_of: dict[int, str] = {}
    current: str | None = None
    for number, line in enumerate(lines, 1):
        if number in stamps:
            if current is None:
                return None
            day_of[number] = current
            continue
        stripped = line.strip().strip(" -–—*_=#:")
        if not 3 <= len(stripped) <= 40 or not dates.date_candidate().match(stripped):
            continue
        found = _date_at(stripped)
        if found is not None and found.end("date") == len(stripped) and not dates.has_year(found):
            named = _whole_days(stripped, 0, year)
            if len(named) == 1 and (day := next(iter(named))) <= page_day:
                current = day
    return day_of if _times_run(day_of, stamps, newest_first=False) else None


def _stamped_days(days: dict[int, str], stamps: dict[int, re.Match[str]]) -> dict[int, str]:
    """The updates' days, an update's own day ("2:32 p.m. ET, June 12, 2018") before the
    page's."""
    for number, found in stamps.items():
        if (
            found.re is TIME_STAMP
            and found["stampday"]
            and (named := _whole_days(found["stampday"]))
        ):
            days[number] = min(named)
    return days


def _updates_under_datelines(
    lines: Sequence[str], stamps: dict[int, re.Match[str]], year: int
) -> tuple[dict[int, str], dict[int, re.Match[str]]] | None:
    """Each update's day: the one the nearest short line above it names (a page's dateline,
    "June 12, 2018", or a live page's day heading, "Saturday 13 June 2018"), when every
    update has one and the updates of each day run newest first (at least MIN_LINES - 1
    times one after another, never oldest first): a day's hours in order ("26th of April
    1986" / "01:00 a.m. – …" / "01:03 a.m. – …") are a chronology's items. A heading without
    its year ("Saturday 26 February") is of ``year``, the page's. Else None."""
    day_of: dict[int, str] = {}
    current: str | None = None
    for number, line in enumerate(lines, 1):
        if number in stamps:
            if current is None:
                return None
            day_of[number] = current
        elif _is_dateline(line.strip()) and (named := _whole_days(line, 0, year)):
            if len(named) != 1:
                return None
            current = next(iter(named))
    return (day_of, stamps) if _times_run(day_of, stamps, newest_first=True) else None


def _times_run(
    day_of: dict[int, str], stamps: dict[int, re.Match[str]], *, newest_first: bool
) -> bool:
    """Whether the stamped times of each day run one way — oldest first, or newest first —
    at least MIN_LINES - 1 times one after another, and never the other way."""
    in_order = 0
    for earlier, later in pairwise(sorted(stamps)):
        if day_of[earlier] != day_of[later]:
            continue
        earlier_time = _minutes(stamps[earlier].group())
        later_time = _minutes(stamps[later].group())
        step = earlier_time - later_time if newest_first else later_time - earlier_time
        if step < 0:
            return False
        in_order += step > 0
    return in_order >= DocumentPattern.MIN_LINES - 1


def _page_date_apart(lines: list[str]) -> list[str]:
    """ " date 2022-08-13 1947 India tour Australia": a page's date line with its first line
    run on after it; where that line opens with a date, it is read as a line of its own
    (after a page break, so its number stays), the page's date before it."""
    index = next((n for n, line in enumerate(lines) if line.strip()), None)
    if index is None or (found := PUBLISHED.match(lines[index])) is None:
        return lines
    rest = lines[index][found.end() :].lstrip()
    if not rest or not dates.date_candidate().match(rest) or ENTRY_START.match(rest) is None:
        return lines
    written = list(lines)
    written[index] = f"{lines[index][: found.end()]}\f{rest}"
    return written


def _published(lines: Sequence[str]) -> date | None:
    """The page's own date, written at its top (see PUBLISHED), or None."""
    first = next((line for line in lines if line.strip()), "")
    found = PUBLISHED.match(first)
    if found is None:
        return None
    try:
        return date.fromisoformat(found["iso"])
    except ValueError:
        return None


# "BANDA ACEH, Indonesia (AFP) Dec 16, 2005": a news agency's dateline, the story's own day
AGENCY_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z .'’-]+,[^()]{{0,40}}\([A-Z][A-Za-z-]{{1,12}}\)\s*[-–—]?\s*"
    rf"(?P<month>(?i:{_MONTH}))\s*(?P<day>\d{{1,2}}),?\s+(?P<year>{_YEAR})\s*$"
)


def _agency_dateline(lines: Sequence[str]) -> date | None:
    """The day of a news agency's dateline above the first entry (see AGENCY_DATELINE)."""
    for line in lines:
        found = AGENCY_DATELINE.match(line) if "(" in line else None
        if found is not None:
            with contextlib.suppress(ValueError):
                return date(int(found["year"]), month_number(found["month"]), int(found["day"]))
    return None


def _heading_years(line: str, years: Years) -> bool:
    """Update the year from a heading line ("SEPTEMBER – DECEMBER 2019", "1950 Timeline");
    True if it was one."""
    match = YEAR_HEADING.match(line) or CHRONOLOGY_FROM.search(line)
    titled = YEAR_TITLE.match(line) or YEAR_LABEL.match(line)
    if match is None and titled is not None:
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


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when lines are paragraphs."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if lengths[-1] > width * 2:
        return None  # (a line twice as long: paragraphs, not a text wrapped at a width)
    return width if width <= 120 else None


class _Splitter:
    def __init__(
        self, default_year: int | None, wrap: int | None, pattern: DocumentPattern
    ) -> None:
        self.result = Split(pattern=pattern)
        self.years = Years(
            default_year, newest_first=pattern.newest_first, forward_steps=pattern.forward_steps
        )
        self.years.decades = frozenset(pattern.decades)
        if len(pattern.numeric_orders) == 1:  # one order shown, none contradicting it
            self.years.numeric_order = next(iter(pattern.numeric_orders))
        self.years.iso_months = pattern.shapes.get("ISO day", 0) >= pattern.MIN_LINES
        self.wrap = wrap
        self.pattern = pattern
        self.current: Entry | None = None  # the entry text may still continue
        self.blocked: SkippedLine | None = None  # an entry that could not be read
        self.blank = False  # a blank line (or page break) since the last text
        self.previous_full = False  # the last text line reached the wrap width
        self.pending_heading: Entry | None = None  # a date alone: a heading, or an entry
        self.items_of: Entry | None = None  # a date alone whose items are bulleted below it
        # a year alone whose first item was a bullet: later undated bullets are its items, also
        # after dated bullets of that year ("1960" / "• The SDS is founded." / "• May 6 - …" /
        # "• Goldwater's book is published.")
        self.year_items_of: Entry | None = None
        self.year_heading: Entry | None = None  # the last year alone that was a heading
        self.day_of_times: str | None = None  # see _day_of_times
        self.bulleted_items = False  # items_of's first item was a bullet
        # a date alone whose text began on the next line: its paragraphs are its items
        self.paragraphs_of: Entry | None = None
        self.labelled_list: Entry | None = None  # a year's label over its list (see there)
        self.month_heading: tuple[int, int] | None = None  # (year, month) of "• June" above
        self.next_dated: Sequence[bool] = ()  # by line number: the next text line is dated
        self.start_lines = [line for line, *_ in pattern.starts]  # (in order)
        self.start_set = frozenset(self.start_lines)
        # by line number: the next text line is bulleted (and no lower-case detail)
        self.next_bulleted: Sequence[bool] = ()
        self.lines: Sequence[str] = ()  # the document's lines (index: line number - 1)
        self.bulleted_numbers: set[int] = set()  # the lines written with a bullet
        self.stamps: dict[int, re.Match[str]] = {}  # a live page's "3:24pm- …" lines
        self.live_days: dict[int, str] = {}  # the day of a live page's updates, by line
        self.stamps_kept = False  # the stamps are times events happened at (a recap of hours)
        self.page_date_line: int | None = None  # see _page_date_line
        self.labelled: set[int] = set()  # the lines whose date has a label before it
        self.card_titles: set[int] = set()  # titles above dates alone (see _card_titles)
        self.dash_items_of: Entry | None = None  # a day whose items are marked "--"
        self.row_ended = False  # a flattened table's row boundary ("| |") since the last text
        self.dash_glued = False  # its items are marked "-" glued to their text ("-판문점 …")
        self.one_line_texts: set[int] = set()  # see _one_line_texts
        self.titled_years: dict[int, int] = {}  # see _titled_year_headings
        self.captions: dict[int, str] = {}  # see _captions_under_dates
        self.hanging_starts: set[int] = set()  # see _hanging_indent_starts
        self.held_title: tuple[int, str] | None = None  # such a title, for the date below
        self.dates_twice = False  # each date alone is written twice (see _writes_dates_twice)
        self.two_digit_years: tuple[int, str] | None = None  # see _two_digit_years
        self.short_years_alone: set[int] = set()  # see _short_years_alone
        self.closing_days = 0  # see _closing_days
        self.calendar_years: set[int] = set()  # see _calendar_page
        self.year_rows: set[int] = set()  # see _rows_of_the_year_above
        self.own_year_rows: dict[int, str] = {}  # see _own_years_of_rows
        self.day_rows: set[int] = set()  # see _events_of_the_date_above
        self.listed_day_rows: set[int] = set()  # (the same: rows of a list of rows only)
        self.second_cards: set[int] = set()  # see _second_cards
        self.numbers_a_list = True  # see _numbers_a_list
        self.listed_rows: set[int] = set()  # (the same: rows of a list of rows only)
        # the entries taken back out of the result, by identity (see _drop and _kept)
        self.dropped: dict[int, Entry] = {}

    # pieces ---------------------------------------------------------------------------------

    def _drop(self, entry: Entry) -> None:
        """Take ``entry`` (this very object: two entries may be equal) back out of the
        result. It is nearly always the last, so the search runs from the end; the entry is
        kept in ``dropped`` so that its id is not reused while _kept may be asked."""
        entries = self.result.entries
        for index in range(len(entries) - 1, -1, -1):
            if entries[index] is entry:
                del entries[index]
                break
        self.dropped[id(entry)] = entry

    def _kept(self, entry: Entry) -> bool:
        """``entry``, appended to the result, is still in it: a look-up by identity, not a
        list search comparing every entry field by field (quadratic on a long page)."""
        return id(entry) not in self.dropped

    def _item_of(
        self,
        above: Entry,
        number: int,
        item: str,
        width: int,
        *,
        end_date: str | None,
        note: str | None,
    ) -> None:
        """A new entry at line ``number`` holding ``item``, dated as the entry ``above`` is
        (its date, as written, wrapped or not): another event of that date."""
        entry = Entry(number, above.date, end_date, [], note, above.written, [],
                      wrapped=above.wrapped)  # fmt: skip
        self.result.entries.append(entry)
        self.current, self.blocked, self.blank = entry, None, False
        self.text_piece(number, item, width)

    def text_piece(self, number: int, text: str, width: int) -> None:
        text = self.inline_layout(number, text)
        if not text.strip():
            return
        stripped = text.strip()
        current = self.current
        day = self.dash_items_of
        glued = stripped[:1] == "-" and GLUED_DASH_ITEM.match(stripped) is not None
        if (
            day is not None
            and stripped[:1] in "-—"
            and (DASH_ITEM.match(stripped) or (self.dash_glued and glued))
        ):
            # "-- President Bush …" under "February 27, 1991: -- …": another item of that day
            entry = Entry(number, day.date, day.end_date, [], day.note, day.written, [],
                          wrapped=day.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
            text = stripped = DASH_ITEM.sub("", stripped, count=1) if not glued else stripped[1:]
            current = entry
        elif glued and day is None and current is not None and not current.parts:
            # "▲1월9일" alone, then "-판문점 …" / "-북측 …": that day's items, each marked "-"
            self.dash_items_of, self.dash_glued = current, True
            text = stripped = stripped[1:]
        row_ended, self.row_ended = self.row_ended, False
        if row_ended and self.is_row_without_date(stripped):
            # "1959 |" / "Singapore gained … affairs." / "| |" / "|" / "Lee Kuan Yew … became
            # Singapore's first prime minister. |": a table's row whose date cell is empty,
            # under the row of its date: another event of that date, never the rest of it
            assert current is not None
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        if DATE_LOST.match(stripped):  # ": US backs guidelines …": a web page lost the date
            self.unplaced(number, stripped, "an entry without its date (the line starts with "
                          "the separator)")  # fmt: skip
            self.current, self.blank = None, False
            return
        last = self.result.entries[-1] if self.result.entries else None
        if last is not None and self.is_paragraph_in_text_column(number, last, stripped):
            # "1994  The report … was published" / "      in May 1994." / (blank) / "      The
            # JSE was granted …": another event of that year, its paragraph in the text column
            self._item_of(last, number, stripped, width, end_date=last.end_date, note=last.note)
            return
        if last is not None and current is last and self.is_margin_below_hanging_text(number, last):
            # "      … dual trading capacity and negotiated" (the page cut) / (blank) /
            # "Internet : http://www.jse": no more of an entry whose lines hang at its column
            self.unplaced(number, stripped, "not an entry, and not in the text's column of the "
                          "entry above (its lines hang indented below its date)")  # fmt: skip
            self.current, self.blank = None, False
            return
        if self.is_title_between_entries(number, stripped):
            # "Top 7 most famous people born in January 1994" after a blank line, entries
            # below: a title, not the end of the entry above
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            self.current, self.blank = None, False
            return
        if current is not None and not current.parts and self.is_dateline(number, stripped):
            # "Monday, October 17, 2005", then "North and South Korea timeline", then the
            # entries ("1945- …"): a blog post's date and its title, no entry
            self._drop(current)
            self.result.layout.append(SkippedLine(current.line, current.written, "dateline "
                                                  "(the page's date, not an entry)"))  # fmt: skip
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            self.current = self.items_of = self.pending_heading = None
            self.blank = False
            return
        if self.is_item_title(number, stripped):
            # "Sunday 25 June" / "KPA invades South Korea" / "• KPA crosses the 38th …": a
            # title above a day's bulleted items; the items are the entries
            self.result.layout.append(SkippedLine(number, stripped, "heading (an item's title)"))
            if current is not None and current.parts:
                self.current = None
            self.blank = False
            return
        if self.pending_heading is current is not None and self.is_heading_title(number, stripped):
            # "2022-11" / "Date Events" / "November 1" …: a month heading, then a table's
            # column names, then the days of that month
            self.close_pending()
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            self.current, self.blank = None, False
            return
        if stripped[:1].isupper() and _is_column_names(stripped):
            # "8th century" / "Year Date Event Ref." / "796 CE …": a flattened table's header
            # row (under the heading of its period, or alone): layout, never an entry's text
            self.close_pending()
            self.result.layout.append(SkippedLine(number, stripped, "a table's header row"))
            self.current, self.blank = None, False
            return
        if (
            self.pending_heading is current is not None
            and stripped.endswith(":")
            and not self.opens_quotation_below(number)
        ):
            # "July 1953" then "The following events occurred in July 1953:": a title and
            # its introduction, no entry (the dated entries below it; "1930" / "Rhodes retired
            # … wrote in the Yorkshire Post:" / "\"He had bowled …": the year's text and the
            # quotation it opens)
            self.close_pending()
            current = None
        times_day = self.day_of_times
        if current is None and times_day and not self.result.entries and TIME_ITEM.match(stripped):
            # "2:59 p.m. The rupture …" under an introduction naming "Dec. 25, 2004": the
            # first item of that day (see _day_of_times); the later times follow below
            entry = Entry(number, times_day, None, [stripped], None, times_day, [number])
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        if (
            current is None
            and (stripped[:1].isdigit() or stripped[:1] == "[")
            and self.result.entries
        ):
            # ("2011 11 March 14:46 JST …" / a paragraph, reported / "15:26 JST …": the
            # day's next time, though a line between was no part of its text)
            last = self.result.entries[-1]
            first = last.parts[0][:1] if last.parts else ""
            if (first.isdigit() or first == "[") and TIME_ITEM.match(last.parts[0]):
                current = last
        timed = (
            (stripped[:1].isdigit() or stripped[:1] == "[")
            and current is not None
            and len(current.date) == 10
        )
        if timed and current is not None and current.parts and TIME_ITEM.match(stripped):
            # "26 April" / "1.23am: Test begins" / "1.24am: …": each time a new item (the
            # time an event happened at stays in its text: see the corpus README)
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        # a line at the margin under a year alone, in a text wrapped with a hanging indent:
        # a new item of that year, never the rest of the one above
        apart = number in self.hanging_starts and self.is_paragraph_item(stripped, at_margin=True)
        if current is not None and text[:4] == "    " and self.is_row_in_text_column(text, current):
            # "1963    Measles vaccine licensed" / "        Trivalent oral polio vaccine …": a
            # table's second row under the same date cell, its text in the text's column
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number])  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        if number in self.second_cards and current is not None and current.parts:
            # "1960" / "Indus Water Treaty" / "… signed …" / "Green Revolution" / "…": a
            # second card of the year above (see _second_cards)
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        same_day = self.same_day_item(stripped)
        if same_day is not None and current is not None:
            # "Am 30.01.1945 wird …" / "Am selben Tag fliehen …": another event of that day
            note = f"'{same_day}' is the day of the entry above: {current.date}"
            entry = Entry(number, current.date, None, [stripped], note, current.written,
                          [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        # (a row of a list of year rows, however long the line above: no continuation)
        listed_row = (number in self.listed_rows and self.is_row_of_the_year_above(number)) or (
            number in self.listed_day_rows and self.is_event_of_the_date_above(number)
        )
        if current is not None and (
            not current.parts
            or (
                not apart
                and not listed_row
                and self.continues(current, stripped)
                and not self.is_caption_above_entry(number, current, stripped)
            )
            or self.indented_under_bullet(number, current)
        ):
            if not current.parts and number > current.line and not self.blank:
                self.paragraphs_of = current  # "1881:", then its text on the next line
            elif not current.parts and self.blank and self.is_list_label(current):
                self.paragraphs_of = current  # "• 1991:" / (blank) / "Compaq reports …"
                self.labelled_list = current
            if not current.parts and (bracketed := _bracket_day_below_year(current, stripped)):
                current.date, current.end_date, stripped = bracketed  # "1934" / "(2 VI) text"
            current.parts.append(stripped)
            if current.lines[-1:] != [number]:
                current.lines.append(number)
            self.pending_heading = None
        elif apart or self.is_paragraph_item(stripped):
            # "1881:" / "Marshall Field renames …" / (blank) / "J. L. Hudson opens …": a
            # second event of the same date, as its own paragraph
            dated = self.paragraphs_of
            assert dated is not None
            entry = Entry(number, dated.date, dated.end_date, [stripped], dated.note,
                          dated.written, [number], wrapped=dated.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
        elif self.is_event_of_the_date_above(number):
            # "March 1: Russia hits …" / "A US official says …": another event of that day
            assert current is not None
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
        elif self.is_row_of_the_year_above(number):
            # "1830: First graduating class." / "Preparatory Department created." / "1836:
            # …": a table's rows under one year cell: a second event of that year
            assert current is not None
            year, end = current.date[:4], None
            if len(current.date) == 4 and current.end_date is not None:
                year, end = current.date, current.end_date  # ("1950-53:": the same years)
            if number in self.own_year_rows:  # ("Mit … kommt 1986 das Demo": see there)
                year, end = self.own_year_rows[number], None
            entry = Entry(number, year, end, [stripped], None, year, [number])
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
        elif self.blocked is not None and not self.blank and current is None:
            self.unplaced(number, stripped, f"continues line {self.blocked.line}, which was "
                          "left out")  # fmt: skip
        else:
            reason = (
                "not an entry, and the entry before it is complete"
                if self.result.entries
                else "before the first entry"
            )
            self.unplaced(number, stripped, reason)
            self.current = None
        self.previous_full = self.wrap is not None and width >= self.wrap * 0.8
        self.blank = False

    def is_row_in_text_column(self, text: str, current: Entry) -> bool:
        """A line indented to the column where the text of the dated line above starts
        after its date and a gap, or further ("1963    Measles …" / "        Trivalent …"), in
        capitals, directly below it (no blank line), that line short of the text's width:
        a new row of the table under the same date, not the rest of the row above."""
        if self.blank or len(current.lines) != 1 or current.lines[0] != current.line:
            return False
        if not text.lstrip()[:1].isupper():
            return False
        above = self.lines[current.line - 1]
        gap = COLUMN_GAP.search(above)
        if gap is None:
            return self.is_row_under_one_line_entries(text, current, above)
        if len(text) - len(text.lstrip(" ")) < gap.end():
            return False
        return self.wrap is None or len(above.rstrip()) < self.wrap * 0.8

    def is_paragraph_in_text_column(self, number: int, last: Entry, text: str) -> bool:
        """A paragraph after a blank line, in capitals, indented to the column where the
        text of the last entry starts after its year at the margin ("1994  The report …"),
        in a document that wraps its entries with a hanging indent (a line of an entry so
        indented below its date's line), the last entry complete (its sentence ended):
        another event of that year, as a new paragraph under a year alone is (see
        is_paragraph_item). Under a day or a month, or at another indent, it is none."""
        if not self.blank or len(last.date) != 4 or not last.parts or not text[:1].isupper():
            return False
        if last.lines[-1:] == [number] or not SENTENCE_END.search(last.parts[-1].rstrip()):
            return False
        first = self.lines[last.line - 1]
        column = first.find(last.parts[0][:12])
        raw = self.lines[number - 1]
        margin = len(first) - len(first.lstrip())
        if column < margin + 4 or len(raw) - len(raw.lstrip(" ")) != column:
            return False
        return any(
            len(self.lines[line - 1]) - len(self.lines[line - 1].lstrip(" ")) == column
            for entry in self.result.entries[-3:]
            for line in entry.lines[1:]
        )

    def is_margin_below_hanging_text(self, number: int, last: Entry) -> bool:
        """A line at the margin after a blank line, below an entry whose text stands in a
        column (its date at the margin before it, or a paragraph item so indented) and whose
        every later line hangs there: no line of that entry (see
        is_paragraph_in_text_column)."""
        if not self.blank or len(last.lines) < 2:
            return False
        raw = self.lines[number - 1]
        if raw[:1].isspace():
            return False
        first = self.lines[last.line - 1]
        column = first.find(last.parts[0][:12]) if last.parts else -1
        if column < 4:
            return False
        return all(
            len(self.lines[line - 1]) - len(self.lines[line - 1].lstrip(" ")) == column
            for line in last.lines[1:]
        )

    def is_row_under_one_line_entries(self, text: str, current: Entry, above: str) -> bool:
        """ "1988 Northern Territory University [NTU] (1974)" / "        Queensland University
        of Technology [QUT] (1882)": a line indented at least to where the text of the line
        above starts (one space after its date), in capitals, in a document whose entries so
        far are each one line (MIN_LINES or more; the latest ROWS_SEEN looked at), under a line
        that ends no word in the middle of a phrase (not a lower-case word, a comma or a
        hyphen: "… all stockbrokers be" / "      South African citizens …" runs on): another
        row of the date above, not the rest of its text."""
        entries = self.result.entries
        recent = entries[-ROWS_SEEN:]  # (the list's latest entries: a bounded look back)
        if len(entries) < self.pattern.MIN_LINES or any(len(e.lines) != 1 for e in recent):
            return False  # (a hard-wrapped text's entries run on: none is one line each)
        last = above.rstrip()[-1:]
        if not last or last.islower() or last in ",-–—":
            return False
        column = above.find(current.parts[0][:12]) if current.parts else -1
        return 0 <= column <= len(text) - len(text.lstrip(" "))

    def is_row_of_the_year_above(self, number: int) -> bool:
        """A line of _rows_of_the_year_above, directly under a complete entry (no blank line
        between), in a text not hard-wrapped or under a line short of its width (the line
        break is the writer's, no wrap): a row of that entry's year (or years)."""
        current = self.current
        if number not in self.year_rows or current is None or not current.parts or self.blank:
            return False
        # (the entry is the row directly above: its date and text on that one line)
        one_line = current.line == number - 1 and current.lines == [current.line]
        short = not self.previous_full or number in self.listed_rows
        one_year = one_line and len(current.date) == 4  # (a year's row, no day's next line)
        return (self.wrap is None or (one_year and short)) and (
            current.end_date is None
            or current.end_date[:4] == current.date[:4]
            or (one_line and len(current.date) == len(current.end_date) == 4)
        )

    def same_day_item(self, text: str) -> str | None:
        """The words of a line that opens by naming the day of the entry above ("Am selben
        Tag", "Le même jour", "On the same day"), directly under (a blank line may come
        between) an entry of one day whose text ended its sentence: the words, else None.
        Inside a sentence, or under a month or a year, the words name no day."""
        current = self.current
        if current is None or not current.parts or len(current.date) != 10:
            return None
        if current.end_date is not None:
            return None
        found = SAME_DAY.match(text)
        if found is None:
            return None
        last = current.parts[-1].strip()
        if SENTENCE_END.search(last) is None or ABBREVIATION_END.search(last) is not None:
            return None
        return found.group()

    def indented_under_bullet(self, number: int, current: Entry) -> bool:
        """A line with no blank line above it, indented further than the bulleted dated
        line its entry starts on, every line between so indented ("  • 6 Oct 1769: Cook
        arrives" / "    The navigator sighted …"): the item's text carried on under its
        bullet, as a list's hanging indent reads, however the line above ended."""
        if self.blank or current.line not in self.pattern.bulleted_lines:
            return False
        if number - 1 not in current.lines and number - 1 != current.line:
            return False
        bulleted = self.lines[current.line - 1]
        margin = len(bulleted) - len(bulleted.lstrip())
        return all(
            len(line) - len(line.lstrip()) > margin for line in self.lines[current.line : number]
        )

    def is_event_of_the_date_above(self, number: int) -> bool:
        """A line of _events_of_the_date_above, directly under the complete one-line entry
        it belongs to (or a line before it so read), in a text not hard-wrapped or under a
        line short of its width: another event of that entry's date."""
        current = self.current
        if number not in self.day_rows or current is None or not current.parts or self.blank:
            return False
        one_line = current.lines == [number - 1]
        short = self.wrap is None or not self.previous_full or number in self.listed_day_rows
        return one_line and len(current.date) > 4 and short

    def is_item_title(self, number: int, text: str) -> bool:
        """A short line without a sentence's end, under a date alone on its line (before its
        first item, or between its bulleted items), directly above a bulleted line that is
        no date."""
        dated = self.items_of
        if dated is None or not self._kept(dated):
            return False
        if dated.parts and not self.bulleted_items:
            return False  # (the date's text is a paragraph: no items under it)
        return (
            (text[:1].isupper() or text[:1].isdigit())  # ("3RAR placed under US command")
            and len(text.split()) <= ITEM_TITLE_WORDS
            and not SENTENCE_END.search(text)
            and number not in self.bulleted_numbers
            and number < len(self.next_bulleted)
            and self.next_bulleted[number]
            # (not above the next bulleted date, "• 10. November 1990": the text of its own)
            and not self.next_dated[number]
        )

    def is_heading_title(self, number: int, text: str) -> bool:
        """A short title line under a month or year alone on its line, whose next dated line
        is a day inside that month or year: the date is a heading, the line its title."""
        heading = self.pending_heading
        if heading is None:
            return False
        if (
            _is_century(heading)
            and len(text.split()) <= ITEM_TITLE_WORDS
            and not _is_column_names(text)  # ("Year Date Event Ref.": a table's header row)
        ):
            # "1800-talet" / "Rjukanfossen i 1860-åra. Fra Nordiska taflor." / "1810" …: a
            # century over years inside it, a caption or title between (no event is a
            # century long, see _page_title_span)
            if not (number < len(self.next_dated) and self.next_dated[number]):
                return False
            index = bisect.bisect_right(self.start_lines, number)
            if index >= len(self.start_lines):
                return False
            year = self.pattern.starts[index][2]
            assert heading.end_date is not None
            return year is not None and int(heading.date) <= year <= int(heading.end_date)
        if len(text.split()) > TITLE_WORDS or SENTENCE_END.search(text):
            return False  # ("2017" / "Series of new missile tests. Kim …": its text)
        below = self.titles_before_date(number)
        if below is None:
            return False
        index = bisect.bisect_right(self.start_lines, below)
        if index >= len(self.start_lines):
            return False
        _, _, year, month, day = self.pattern.starts[index]
        year_of = int(heading.date[:4])
        if len(heading.date) == 7:  # a month: the next date is a day of it
            return day is not None and month == int(heading.date[5:]) and year in (None, year_of)
        return heading.end_date is None and month is not None and year in (None, year_of)

    def titles_before_date(self, number: int) -> int | None:
        """The number of the last line before the next dated line, when every line with text
        between is a short title (TITLE_WORDS at most, no sentence end): "2014" / "Milestones"
        / "Details" / "11 February", a table's column names each on its line. Else None."""
        for _ in range(TITLES_AT_MOST):
            if not (number < len(self.next_dated)):
                return None
            if self.next_dated[number]:
                return number
            following = _next_with_text(self.lines, number)
            if following is None:
                return None
            text = following.strip()
            if len(text.split()) > TITLE_WORDS or SENTENCE_END.search(text):
                return None
            number = self.lines.index(following, number) + 1
        return None

    def is_weekday_dateline(self, number: int, line: str, start: _Start) -> bool:
        """A weekday and a date alone on their line before the first entry, in a document
        whose entries are not dates alone: a page's date. Not over undated bullets ("Friday,
        11th March 2011" / "• 14:47 text"): the day of those items, a heading."""
        items_below = (
            number not in self.bulleted_numbers  # ("• Wednesday, Aug 12, 2020": a page's)
            and number < len(self.next_bulleted)
            and self.next_bulleted[number]
            and not self.next_dated[number]
        )
        return (
            not items_below
            and start.match["nosep"] is not None
            and not self.result.entries
            and self.pattern.alone < self.pattern.MIN_LINES
            and start.start < start.match.start()
            and WEEKDAY_LEAD.match(line, start.start) is not None
            and not self.times_below(number)
        )

    def times_below(self, number: int) -> bool:
        """Whether the next line with text (a blank line may come between) is a time item,
        "14:46 text", "[1:23:00] text", "0058 GMT: text": the line above is their day."""
        for below in self.lines[number : number + 2]:
            stripped = below.strip()
            if stripped:
                return (stripped[:1].isdigit() or stripped[:1] == "[") and bool(
                    TIME_ITEM.match(stripped)
                )
        return False

    def is_period_heading(
        self, number: int, match: re.Match[str], found: tuple[str, str | None, str | None]
    ) -> bool:
        """A span of years alone on its line before any entry ("1916-2016"), the only date
        of the document so written, above at least MIN_LINES entries written with their
        text on their line, every one of them inside the span: the page's period."""
        if self.result.entries or match["nosep"] is None or found[1] is None:
            return False
        if dates.date_shape(match) != "years":
            return False
        first, last = int(found[0][:4]), int(found[1][:4])
        others = [
            start
            for start in self.pattern.starts
            if start[0] != number and self.pattern.writes(start[1])
        ]
        if any(form == "alone" for _, form, *_ in others):
            return False
        return len(others) >= self.pattern.MIN_LINES and all(
            year is not None and first <= year <= last for _, _, year, *_ in others
        )

    def in_labelled_list(self, entry: Entry) -> bool:
        """Whether a line after a blank one is the next item of a year label's list, the
        entry above one of its items (see is_list_label)."""
        label = self.labelled_list
        return (
            self.blank
            and label is not None
            and label is self.paragraphs_of
            and label.date == entry.date
        )

    def is_list_label(self, entry: Entry) -> bool:
        """A year with its colon and nothing after it, alone on its line ("• 1991:"), its
        lines below set apart by blank lines: a label over that year's list, each line an
        event of it (see is_paragraph_item)."""
        line = self.lines[entry.line - 1].rstrip() if entry.line <= len(self.lines) else ""
        return len(entry.date) == 4 and line[-1:] == ":" and line[:-1].rstrip()[-4:].isdigit()

    def opens_quotation_below(self, number: int) -> bool:
        """Whether the next line with text (a blank line may come between) opens with a
        quotation mark: a line ending on a colon above it introduces that quotation
        ("… wrote in the Yorkshire Post:" / "\"He had bowled at Grace …"), not a list."""
        for below in self.lines[number : number + 3]:
            stripped = below.strip()
            if stripped:
                return stripped[:1] in QUOTATION_OPENERS
        return False

    def is_row_without_date(self, text: str) -> bool:
        """Whether a text line after a flattened table's row boundary ("| |", see row_ended)
        is a row of its own: a capital, under an entry whose text ended its sentence (a
        table's cells run on over such lines only inside one row)."""
        current = self.current
        if current is None or not current.parts or not text[:1].isupper():
            return False
        return SENTENCE_END.search(current.parts[-1].rstrip(" |\t")) is not None

    def is_paragraph_item(self, text: str, *, at_margin: bool = False) -> bool:
        """A new paragraph or line (a capital, the entry above complete, the line above not
        a hard-wrapped text's full line) under a year alone on its line whose text began on
        the line below it: "1940" / "David Margesson appointed …" / "The Battle of Himara
        ended …". A year holds many events; the later paragraphs under a day or a month
        ("April 26, 1986:" / "The test begins …" / "Fifty-six seconds later, …") tell more of
        the same one. ``at_margin``: a line at the margin of a text wrapped with a hanging
        indent (see _hanging_indent_starts), which starts an item however full the line above."""
        dated, current = self.paragraphs_of, self.current
        return (
            dated is not None
            and current is not None
            and len(dated.date) == 4
            and current.date == dated.date
            and (self.blank or not self.previous_full or at_margin)
            and text[:1].isupper()
        )

    def is_dateline(self, number: int, text: str) -> bool:
        """A day alone on its line whose text is a title followed by dated entries, in a
        document whose entries carry their text on the date's line: the page's date."""
        current = self.current
        pattern = self.pattern
        return (
            current is not None
            and number > current.line
            and len(current.date) == 10
            and pattern.alone < pattern.MIN_LINES
            and pattern.separated + sum(pattern.bare.values()) >= pattern.MIN_LINES
            and len(text) < 80
            and text[:1].isupper()
            and not SENTENCE_END.search(text)
            and number < len(self.next_dated)
            and self.next_dated[number]
        )

    def is_title_between_entries(self, number: int, text: str) -> bool:
        """A short line without a sentence's end, after a blank line or a complete entry,
        whose next text line starts an entry: a title between entries ("Sputnik 2" above
        "  November 1957" in a table's rows run together)."""
        current = self.current
        if current is None or not current.parts or self.in_labelled_list(current):
            return False
        if number in self.second_cards:
            return False  # (a table's second text cell under a date: its event, see there)
        # ("divulgação microsoft", a photo's credit in lower case after a blank line, below an
        # entry whose text has ended, above the next entry: no more of its text)
        ended = SENTENCE_END.search(current.parts[-1].strip()) is not None
        return (
            (text[:1].isupper() or (self.blank and ended and text[:1].isalpha()))
            and len(text) < 80
            and number < len(self.next_dated)
            and self.next_dated[number]
            and not SENTENCE_END.search(text)
            and (self.blank or not self.continues(current, text))
            # ("1865" / "A players' strike: … Surrey." / "Anderson never played again for
            # Yorkshire" / (blank) / "1867": directly under the entry, a blank line below it,
            # among dates alone: the entry's last line, no title of the next one)
            and (self.blank or not self.blank_below(number) or not self.dates_alone())
        )

    def dates_alone(self) -> bool:
        """Whether the document writes its entries as dates alone on their lines, the
        text below (at least MIN_LINES of them, more than with their text on the line)."""
        pattern = self.pattern
        return pattern.alone >= pattern.MIN_LINES and pattern.alone > pattern.separated

    def blank_below(self, number: int) -> bool:
        """Whether the line after line ``number`` is blank (or the text ends there)."""
        return number >= len(self.lines) or not self.lines[number].strip()

    def _wrapped_onto_year(self, line: str, starts: list[_Start]) -> bool:
        """Whether a line that opens with a year and no separator, then a word in lower case
        ("1892 offences still in effect."), is the wrapped rest of the entry above: that
        entry's text has not ended (no sentence end, nor a colon) and the year is no date
        of a new entry, whose text would open with a capital. Only after a blank line (a
        page that puts one between all its lines, the wrapped ones too): a table's rows
        one under the other ("t 1844 first operation of …") are entries in lower case."""
        first = starts[0]
        current = self.current
        if not self.blank or current is None or not current.parts:
            return False
        if not dates.has_year(first.match):  # ("9 maggio perde …": a day, no year wrapped)
            return False
        if first.start != len(line) - len(line.lstrip()):
            return False
        if not line[first.text_start : first.text_start + 1].islower():
            return False
        last = current.parts[-1].strip()
        return bool(last) and not SENTENCE_END.search(last) and last[-1:] not in ":;"

    def _year_asked_above(self, line: str, starts: list[_Start]) -> bool:
        """Whether a line that opens with a year (no separator) carries on the sentence of
        the entry above, whose text ends asking for that year (see _sentence_asks_for_year);
        a blank line between or not (a page that puts one between all its lines)."""
        first, current = starts[0], self.current
        if current is None or not current.parts or first.match["bare"] is None:
            return False
        if dates.date_shape(first.match) != "year":  # ("… the" / "October 14, 1947 …": no)
            return False
        if first.start != len(line) - len(line.lstrip()) or _is_bulleted(line):
            return False
        return _sentence_asks_for_year(current.parts[-1], line)

    def day_item(self, number: int, line: str, width: int) -> bool:
        """ "25. text" under a month heading: an entry on that day; False if the line is not
        one (no such heading above, or the document's "25." lines are a numbered list)."""
        if not self.pattern.reads_day_items():
            return False
        found = DAY_ITEM.match(BULLET_SIGN.sub("", line.strip()))
        if found is None:
            return False
        current = self.current
        if (
            current is not None
            and not current.parts
            and len(current.date) == 7
            and current.end_date is None
            and current.written.rstrip()[-1:] in MARKER_ENDS
        ):  # "March 2014:", "- Juillet--" over the day numbers: a month heading too
            self.pending_heading = current
        if self.pending_heading is not None and self.pending_heading is self.current:
            self.close_pending()  # "• June" above: a heading after all
        if self.month_heading is None:
            return False
        year, month = self.month_heading
        try:
            first = date(year, month, int(found["d1"]))
            last = date(year, month, int(found["d2"])) if found["d2"] else first
        except ValueError as exc:
            skipped = SkippedLine(number, line.strip(), f"not a real date ({exc})")
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return True
        end = last.isoformat() if last > first else None
        entry = Entry(number, first.isoformat(), end, [], None, found.group().strip(), [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of, self.blank = entry, None, None, False
        self.paragraphs_of = None
        rest = BULLET_SIGN.sub("", line.strip())[found.end() :]
        self.text_piece(number, rest, width)
        return True

    def bullet(self, number: int, line: str, width: int) -> None:
        """A bulleted line without a date: an item of the date alone above it, or reported;
        never appended to the entry before it."""
        head = DECORATION.match(line.strip())
        item = line.strip()[head.end() :] if head else line.strip()
        sign = BULLET_SIGN.match(line.strip()) if head else None
        if sign is not None and sign.end() and NUMBER_AFTER_BULLET.match(line.strip(), sign.end()):
            # "• 2. Halbzeit des Pokalfinales …", "• 11. Spieler erhalten …": the bullet marks
            # the item, so the number after it is its text (German "2." is "second"), never
            # a second list mark to drop
            item = line.strip()[sign.end() :]
        elif head and not self.numbers_a_list and NUMBER_AFTER_BULLET.match(line.strip()):
            item = line.strip()  # ("1. Kreuzzug" in a document that numbers no list)
        if len(item) <= CUT_ITEM_LENGTH:  # "• K" at a page's end: cut off, no event
            self.unplaced(number, line.strip(), "a bulleted item too short to be an event "
                          "(cut off?)")  # fmt: skip
            self.blank = False
            return
        near = _near_entry(item) if item[:1].isalnum() else None
        if near is None and line.lstrip()[:1].isdigit():  # ("31. Dezember 9999: …")
            near = _near_entry(line.strip())
        if near is not None:  # ("• 3 June 3000: …", ":: 9999 ::": a date not read, no item)
            skipped = SkippedLine(number, line.strip(), near)
            self.result.unplaced.append(skipped)
            self.current, self.blocked, self.blank = None, skipped, False
            return
        blocked = self.blocked
        if (
            blocked is not None
            and self.current is None
            and blocked.reason != UNDATED_ITEM
            # (a heading's items are its, a bulleted entry's next bullet is not: "• 3 June
            # 3000: …" / "• …"; ":: 9999 ::" is a heading)
            and (BULLET_SIGN.match(blocked.text) is None or FRAMED_NUMBER.search(blocked.text))
            and CIRCA_MARKED.match(line.lstrip()) is None  # ("c. 1300s": a date of its own)
        ):
            # "June 31, 1980" (refused) / "• The strike ends.": an item of the date left out,
            # never of the date above that one
            self.unplaced(number, line.strip(), f"continues line {blocked.line}, which was "
                          "left out")  # fmt: skip
            self.blank = False
            return
        dated = self.items_of
        if dated is not None and self.current is dated and not dated.parts:
            self.text_piece(number, item, width)  # the first item of "June 10, 2020" alone
            self.paragraphs_of = None  # its items are bulleted: a paragraph is no item
            self.bulleted_items = True
            if len(dated.date) == 4 and dated.end_date is None:
                self.year_items_of = dated
            return
        year = self.year_items_of
        heading, current = self.year_heading, self.current
        if dated is None and year is None and self.is_event_of_item_above(current, item):
            # "1932" / "- Settembre: Approvazione della legge …." / "- Approvazione dello
            # statuto …": in a list whose items each carry their date, an undated item below
            # a dated one is another event of that date (the seventeenth round's rule)
            assert current is not None
            self._item_of(current, number, item, width, end_date=current.end_date,
                          note=current.note)  # fmt: skip
            return
        if (
            dated is None
            and year is None
            and heading is not None
            and current is not None
            and current.line > heading.line
            and current.line in self.bulleted_numbers
            and current.date[:4] == heading.date
            and current.end_date is None
        ):
            # "2001" / "• On September 11, Al Qaeda …" / "• The US invades …": the first
            # item under the year dated, the undated items below it are the year's
            year = Entry(number, heading.date, None, [], None, heading.written, [],
                         wrapped=heading.wrapped)  # fmt: skip
            self.result.entries.append(year)
            self.year_items_of = year
            self.current, self.blocked, self.blank = year, None, False
            self.text_piece(number, item, width)
            return
        if dated is None and year is not None and self._kept(year):
            # "• Goldwater's book is published." after "• May 6 - …" under "1960": an item
            # of the year
            self._item_of(year, number, item, width, end_date=None, note=year.note)
            return
        if dated is not None and self.bulleted_items and self._kept(dated):
            # (a later bullet under a date whose text is a paragraph, as "• Liverpool,
            # England" under a timeline card, is no item of it)
            self._item_of(dated, number, item, width, end_date=dated.end_date, note=dated.note)
            return
        current = self.current
        if (
            current is not None
            and current.parts
            and item[:1].isupper()
            and (SENTENCE_END.search(item) is not None or len(item.split()) >= 6)
            and self.pattern.bulleted >= self.pattern.MIN_LINES
            and current.line in self.bulleted_numbers
            and current.line not in current.lines
            and number < len(self.next_dated)
            and self.next_dated[number]
        ):
            # "• 1992" / "Land Acquisition Act Amendment." / "• Land Commission established
            # …" / "• 1994": where the bullets mark the dates alone on their lines, the text
            # below each, a bulleted line with text and no date between two of them is
            # another event of the date above (its bullet the page's, not a new date's)
            self._item_of(current, number, item, width, end_date=current.end_date,
                          note=current.note)  # fmt: skip
            return
        if (
            current is not None
            and current.parts
            and (SENTENCE_END.search(item) is not None or len(item.split()) >= 6)
            and self.pattern.bulleted < self.pattern.MIN_LINES
            and number < len(self.next_dated)
            and self.next_dated[number]
        ):
            # "1851 Santa Clara College opens." / "* The Supreme Court charters …" / "1852 …":
            # in a document whose entries are not bulleted, a bulleted line between two of
            # them is another event of the date above
            self._item_of(current, number, item, width, end_date=current.end_date,
                          note=current.note)  # fmt: skip
            return
        skipped = SkippedLine(number, line.strip(), _undated_item_reason(line.strip()))
        self.result.unplaced.append(skipped)
        self.current, self.blocked, self.blank = None, skipped, False

    def is_event_of_item_above(self, current: Entry | None, item: str) -> bool:
        """Whether an undated bulleted item is another event of the bulleted entry above it:
        that entry is dated finer than a year (a month or a day under a year's heading), or
        is a year with its text on its line ("- 1950: Suit filed." / "- Another suit …"),
        its text ends its sentence, the item opens with a capital, and the document writes
        its items one entry a line (a date on each: at least MIN_LINES dated bulleted lines,
        and at most one undated one for every DATED_ITEMS_EACH of them). In a list whose
        items are mostly undated ("2001" / "• On September 11, …" / "• The US invades …")
        they are the year's."""
        if current is None or not current.parts:
            return False
        if len(current.date) == 4 and (
            current.lines[:1] != [current.line] or ITEM_LABEL.match(item) is not None
        ):
            # (a year's text below it: "• 1991:" / "Compaq …", a labelled list; or a label
            # where the others write their date: "- *Current Frontier*: Dark matter …")
            return False
        if current.line not in self.bulleted_numbers or not item[:1].isupper():
            return False
        if SENTENCE_END.search(current.parts[-1].rstrip()) is None:
            return False
        dated = len(self.pattern.bulleted_lines)
        undated = len(self.bulleted_numbers - self.pattern.bulleted_lines)
        return dated >= self.pattern.MIN_LINES and undated * DATED_ITEMS_EACH <= dated

    def continues(self, entry: Entry, text: str) -> bool:
        """Whether a line carries on an entry's text rather than standing apart."""
        if text[:1] == "|":
            return False  # a table's new row (or cell): never the rest of the row above
        if entry.line in self.labelled and len(self.labelled) >= self.pattern.MIN_LINES:
            return False  # a page of labelled one-line entries: the next line is its own
        last = entry.parts[-1].strip() if entry.parts else ""  # (mostly its last part)
        if not last:
            last = next((part.strip() for part in reversed(entry.parts) if part.strip()), "")
        ended = SENTENCE_END.search(last) and not ABBREVIATION_END.search(last)  # (its end)
        if last[-2:] == " |":
            # "… the 38th parallel. |" / "|" / "The Debacle |": a flattened table's text cell,
            # closed by its " |": the next line is another cell (a heading), never its rest
            return False
        if _announces_list(entry.parts, last):
            return True  # "… PC dealers as:" / "ComputerLand acquires …," / "CompuCom …,"
        if self.in_labelled_list(entry):
            return False  # "• 1991:" / "Compaq …" / (blank) / "Apple & IBM …": items
        if text[:1].islower():
            return True
        if self.blank and self.pattern.year_paragraphs:
            return False  # ("In 1871, …" paragraphs: a paragraph of no year is not theirs)
        if self.blank and self.ends_run_of_one_line_rows(entry):
            # "2011India277–4Sri Lanka…" / "2015Australia186–3…" / (blank) / "The biggest
            # event of …": rows of one line each, directly below each other; a paragraph
            # after a blank line under the last row is the page's text, not that row's
            return False
        if len(entry.parts) == 1 and entry.lines[-1:] and entry.lines[-1] in self.one_line_texts:
            return False  # (each date's text is its one line: the page's box below the last)
        if len(entry.parts) == 1 and entry.lines[-1:] and entry.lines[-1] in self.card_titles:
            return True  # (a card's headline above its date, a full stop at its end: its body)
        if not ended:
            # "• April 1961: First human spaceflight: Yuri Gagarin" / "Project Mercury: …":
            # in a document of bulleted one-line entries, a line with no bullet and a capital
            # is no continuation of a bulleted entry (unless a hard wrap broke it there)
            bulleted = self.pattern.bulleted_lines
            return not (
                entry.line in bulleted
                and len(bulleted) >= self.pattern.MIN_LINES
                and not self.previous_full
            )
        return not self.blank and self.previous_full

    def is_caption_above_entry(self, number: int, entry: Entry, text: str) -> bool:
        """Whether a short line in capitals that ends no sentence, directly under an entry of a
        hard-wrapped text whose last line ended its sentence and directly above the next
        dated entry, is a picture's caption or a subtitle between two entries ("… the
        Parliament House." / "First sitting of Supreme Court of India" / "May 19, 1950: …"),
        never the rest of the entry above (a wrapped entry's next sentence ends in a full
        stop, or carries on onto a line that is no entry)."""
        if self.blank or self.wrap is None or not entry.parts or not text[:1].isupper():
            return False
        if len(text) >= self.wrap * 0.8 or SENTENCE_END.search(text) or text[-1:] in ":;,-–—":
            return False
        if len(text.split()) > ITEM_TITLE_WORDS:
            return False
        last = entry.parts[-1].strip()
        if not SENTENCE_END.search(last) or ABBREVIATION_END.search(last):
            return False
        below = self.lines[number] if number < len(self.lines) else ""
        if not below.strip():
            return False
        starts = entry_starts(normalise(below), self.pattern)
        return bool(starts) and starts[0].start <= len(below) - len(below.lstrip()) + 3

    def ends_run_of_one_line_rows(self, entry: Entry) -> bool:
        """Whether an entry is one line, its date and text together, directly below at least
        MIN_LINES - 1 other dated lines (a table's rows, a list written one event a line)."""
        if len(entry.parts) != 1 or entry.lines != [entry.line]:
            return False
        above = range(entry.line - self.pattern.MIN_LINES + 1, entry.line)
        return all(line in self.start_set for line in above)

    def inline_layout(self, number: int, text: str) -> str:
        """Text with the page headers and footers inside it taken out (and recorded), and a
        web page's template markup ("{{^adFree}} {{/adFree}}")."""
        if "{{" in text and TEMPLATE_MARKUP.search(text):
            for found in TEMPLATE_MARKUP.finditer(text):
                self.result.layout.append(
                    SkippedLine(number, found.group().strip(), "web page template markup")
                )
            text = " ".join(piece.strip() for piece in TEMPLATE_MARKUP.split(text))
        caption = INLINE_CAPTION.search(text) if "Picture" in text or "Photo" in text else None
        if caption is not None:
            self.result.layout.append(SkippedLine(number, caption["caption"], "photo caption"))
            text = text[: caption.start("caption")].rstrip()
        if text[-1:] == ")" and (credit := PRINT_CREDIT.search(text)) is not None:
            reason = "a newspaper's credit of its print edition"
            self.result.layout.append(SkippedLine(number, credit["credit"], reason))
            text = text[: credit.start("credit")].rstrip()
        long_line = (
            0 < number <= len(self.lines) and len(self.lines[number - 1]) > RUN_TOGETHER_LENGTH
        )
        if long_line and (spaced := SPACED_PAGE.search(text)) is not None:
            # ("… his “Atoms for Peace” 1 6 9 speech at …": a PDF's page number, its digits
            # spaced, inside a sentence that runs on over the page's end)
            self.result.layout.append(SkippedLine(number, spaced["page"], "page number"))
            text = f"{text[: spaced.start('page')].rstrip()} {text[spaced.end('page') :].lstrip()}"
        if (
            not FOOTER_SIGN.search(text)
            or not FOOTER_HINT.search(text)
            or not INLINE_FOOTER.search(text)
        ):
            return text
        pieces = []
        last = 0
        for match in INLINE_FOOTER.finditer(text):
            self.result.layout.append(
                SkippedLine(number, match["footer"].strip(), "page header or footer")
            )
            pieces.append(text[last : match.start("footer")])
            last = match.end("footer")
        pieces.append(text[last:])
        return " ".join(piece.strip() for piece in pieces if piece.strip())

    def far_year_heading(self, line: str) -> str | None:
        """Why a line that is four digits alone ("9999", "## 0000") outside the years read is
        left out, in a document whose dates are years alone on their lines (at least
        MIN_LINES): a year's heading, not a page's number. Else None."""
        found = FAR_YEAR_ALONE.fullmatch(line.strip())
        pattern = self.pattern
        if found is None or pattern.shapes.get("year", 0) < pattern.MIN_LINES:
            return None
        return f"looks like a year's heading, but the year {found['year']} {OUTSIDE_YEARS}"

    def unplaced(self, number: int, text: str, reason: str) -> None:
        self.result.unplaced.append(SkippedLine(number, text, reason))

    def entry(self, number: int, start: _Start, line: str, text: str, width: int) -> None:
        match = start.match
        self.close_pending()
        if self.is_weekday_dateline(number, line, start):
            # "Wednesday, July 6, 2016" alone above a blog post whose entries are written
            # otherwise: the post's date
            written = line[start.start : start.text_start].strip()
            self.result.layout.append(SkippedLine(number, written, "dateline (the page's "
                                                  "date, not an entry)"))  # fmt: skip
            return
        if start.context is not None:
            entry_dates(start.context, self.years)  # "2018 • March:": the year of March
        dates_found = dates.resolve_date(match, self.years, without=start.text_part)
        if number == self.page_date_line and not isinstance(dates_found, str):
            # "21 Oct 2014" above a live page's headline, its days "21 October" below
            self.years.explicit(int(dates_found[0][:4]))
            written = line[start.start : start.text_start].strip()
            self.result.layout.append(SkippedLine(number, written, "dateline (the page's "
                                                  "date, not an entry)"))  # fmt: skip
            self.current = self.items_of = None
            return
        if dates_found == NO_YEAR and start.text_part:  # no year around: the written one
            dates_found = entry_dates(match, self.years)
        written = line[start.start : start.text_start].strip().rstrip("=#*_ ")
        if isinstance(dates_found, str):
            if dates_found == NO_YEAR and self.is_month_over_whole_dates(number, match):
                # "JANUARY" / "STYCZEŃ" alone over "(160) 1 I 1860" entries that write
                # their years: the month's heading, no entry wanting one
                self.result.layout.append(SkippedLine(number, written, "heading"))
                self.current = self.items_of = None
                return
            if dates_found == NO_YEAR and self.pattern.weekday_years:
                dates_found = _no_year_but_weekdays(self.pattern.weekday_years)
            skipped = SkippedLine(number, (written + " " + text).strip(), dates_found)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if text[:1].isdigit() and YEARS_THEN_SEPARATOR.match(text):
            # "1997 – 1998 2007: [Dates unknown] …": more years after the date read, then the
            # separator: a date not read whole; reported, never its text's first words
            unread = text.split(":")[0].strip()
            reason = f"a date not read whole ('{written} {unread}'): not guessed"
            skipped = SkippedLine(number, (written + " " + text).strip(), reason)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if self.padded_day_out_of_order(match, dates_found[0]):
            # "0800-12-01 - the second number …" below "2019-04-02: …": an ISO day before the
            # year 1000 (its zeros written) under a later year's entry, in a document in
            # time's order: a number (a telephone's, a part's), reported, never the year 800
            reason = (
                f"'{written.rstrip(':-–— ')}' reads as a day before the year 1000, below an "
                "entry of a later year: not guessed"
            )
            skipped = SkippedLine(number, (written + " " + text).strip(), reason)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if (match["sep"] or "").strip() == "." and DATED_CAPTION.match(text.lstrip()):
            # "29 April 1986. Photo of the plant from Landsat 5": a picture's date and what
            # it shows, no event
            reason = "figure caption or photo credit (a picture's date and what it shows)"
            self.result.layout.append(SkippedLine(number, line.strip(), reason))
            self.current = self.items_of = None
            return
        repeated = self.repeats_date(match, dates_found, text, number)
        if repeated is not None:
            # "Mar, 1957" / "The Quarrymen Band" / "Mar, 1957" / "In March 1957, …": a
            # timeline card's date written again under its title; the text goes on
            self.result.layout.append(SkippedLine(number, written, "the date repeated"))
            self.current, self.blank = repeated, False
            return
        if (
            len(text) < OPEN_END_LENGTH
            and OPEN_END.fullmatch(text.strip())
            and written[-1:] in "-–—"
            and self.next_dated[number]
        ):
            # "2001 - Present" over "2001" / "Mowatt v. Clarke …": the period the page covers,
            # a heading over its entries (the date grammar has no open span)
            self.result.layout.append(SkippedLine(number, line.strip(), "heading (the period "
                                                  "the page covers)"))  # fmt: skip
            self.current = self.items_of = None
            return
        if self.is_period_heading(number, match, dates_found):
            # "1916-2016" alone above an introduction, then "1916- The rebel …" items: the
            # period the page covers, not an entry whose text is the introduction
            self.result.layout.append(SkippedLine(number, written, "heading (the period "
                                                  "the page covers)"))  # fmt: skip
            self.current = self.items_of = None
            return
        opening = _day_opening_year_item(dates_found, text)
        if opening is not None:  # "1904 Am 18. September treffen …": that year's day
            dates_found, text = (opening[0], opening[1], dates_found[2]), opening[2]
        elif (closing := _day_closing_year_item(dates_found, text, self.closing_days)) is not None:
            dates_found = (closing, None, dates_found[2])  # ("… é fundado (13 de maio).")
        note = dates_found[2]
        spanned = written[-1:] in "-–—" and dates_found[1] is None
        open_end = OPEN_END_ITEM.match(text) if spanned else None
        if open_end is not None and note is None:
            # "2020 - now: Remote work": an open span, read from its start (as the date grammar
            # has no open end: the clock is never read); the end word is no text
            text = text[open_end.end() :]
            note = (
                f"'{written} {open_end['word']}' is an open span: read as its start, "
                f"{dates_found[0]} (the data format has no open end)"
            )
        mark = APPROXIMATE_MARK.match(line, match.end()) if match["bare"] is not None else None
        if note is None and mark is not None:
            shown = " ".join((match["date"] + " " + mark.group()).split())
            note = f"'{shown}' is written as {dates_found[0]}: the data format has no finer form"
        entry = Entry(number, dates_found[0], dates_found[1], [], note, written,
                      [], wrapped=self.wrap is not None)  # fmt: skip
        if odd_sign(match) == "|":  # a table's row: "| June 16, 1911 | text |"
            text = text.rstrip().removesuffix("|")
        self.dash_items_of, self.dash_glued = None, False
        if match["sep"] == ":" and DASH_ITEM.match(text):
            # "February 27, 1991: -- Kuwaiti forces …" / "-- President Bush …": a wire's day,
            # each item marked "--"; the later ones, undated below it, are items of that day
            text = DASH_ITEM.sub("", text, count=1)
            self.dash_items_of = entry
        self.month_heading = self.paragraphs_of = None
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        year = self.year_items_of
        if year is not None and (
            not text.strip()
            or number not in self.bulleted_numbers
            or entry.date[:4] != year.date[:4]
            or (entry.end_date is not None and entry.end_date[:4] != year.date[:4])
        ):
            self.year_items_of = None  # (a new date alone, a line not bulleted, another year)
        if self.held_title is not None:  # "Armistice Signed" / "July 27th, 1953": its title
            entry.parts.append(self.held_title[1])
            entry.lines.append(self.held_title[0])
            self.held_title = None
        if text.strip():
            self.text_piece(number, text, width)
        else:
            self.items_of = entry  # bulleted lines below are its items
            self.bulleted_items = False
            if match["nosep"] is not None and not dates.has_day(match) and not match["yq"]:
                self.pending_heading = entry  # "2018" alone: a heading, or a year entry
        self.blank = False

    def padded_day_out_of_order(self, match: re.Match[str], day: str) -> bool:
        """Whether an ISO day whose year is written with its zeros ("0544-01-01", a timeline
        tool's export) stands below an entry of a later year in a document whose entries are
        in time's order (not newest first): no date there, but a number so written."""
        padded = match["iy"] or match["icy"] or match["isy1"] or ""
        last = self.result.entries[-1] if self.result.entries else None
        return (
            padded[:1] == "0"
            and last is not None
            and not self.pattern.newest_first
            and last.date[:4] > day[:4]
        )

    def short_year_entry(self, number: int, found: re.Match[str], text: str, width: int) -> None:
        """ "688: text" in a document whose entries are years written so: the year 688."""
        self.close_pending()
        year = int(found["year"])
        self.years.explicit(year)
        last = int(found["last"]) if found["last"] else year + 99 if found["hundreds"] else None
        spanned = SHORT_SPAN_END.match(text) if found.groupdict().get("loose") else None
        if spanned is not None and last is None:  # ("923 - 32 wird …", "454 - und 495 …")
            last = int(spanned["full"] or f"{year // 100}{spanned['two']}")
            text = text[spanned.end() :] if last > year else text
        end = f"{last:04d}" if last is not None and last > year else None
        start = f"{year:04d}"
        day = found.groupdict().get("bday")
        if day is not None:
            start, end, text = _short_year_day(year, day, end, f"{found['sep']} {text}")
        entry = Entry(number, start, end, [], None, found.group().strip(), [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.month_heading = self.paragraphs_of = None
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        if text.strip():
            self.text_piece(number, text, width)
        else:
            self.items_of = entry
        self.blank = False

    def two_digit_entry(self, number: int, found: re.Match[str], text: str, width: int) -> bool:
        """ "09/27/66. text" where the document settles the century and the order (see
        _two_digit_years): an entry on that day. False when no such day exists."""
        assert self.two_digit_years is not None
        century, order = self.two_digit_years
        first, second, short = (int(n) for n in found.group().split("/"))
        month, day = (first, second) if order == "mdy" else (second, first)
        try:
            day_of = date(century * 100 + short, month, day)
        except ValueError:
            return False
        self.close_pending()
        self.years.explicit(day_of.year)
        entry = Entry(number, day_of.isoformat(), None, [], None, found.group(), [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.month_heading = self.paragraphs_of = None
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        text = text.lstrip(".:;,–—- ")
        if text.strip():
            self.text_piece(number, text, width)
        self.blank = False
        return True

    def repeats_date(
        self,
        match: re.Match[str],
        found: tuple[str, str | None, str | None],
        text: str,
        number: int = 0,
    ) -> Entry | None:
        """The entry above when a date alone on its line is the same as its date and its
        text so far is only a short title (no sentence's end); else None."""
        entries = self.result.entries
        last = self.current or (entries[-1] if entries else None)
        if last is None or text.strip() or match["nosep"] is None or not last.parts:
            return None
        if not self.dates_twice and not self.is_date_repeated_below(last, match, number):
            return None
        title = " ".join(last.parts)
        same = (last.date, last.end_date) == found[:2]
        return last if same and len(title) < 80 and not SENTENCE_END.search(title) else None

    def is_month_over_whole_dates(self, number: int, match: re.Match[str]) -> bool:
        """Whether a month alone on its line with no year ("JANUARY", "STYCZEŃ") stands over
        a date that writes its year: the next line with a date opens with one (a blank line
        or a bracketed count before it allowed)."""
        if match["nosep"] is None or dates.date_shape(match) != "month":
            return False
        for below in self.lines[number : number + 3]:
            stripped = below.strip()
            if not stripped:
                continue
            starts = entry_starts(normalise(below), self.pattern)
            return bool(starts) and dates.has_year(starts[0].match)
        return False

    def is_month_span_entry(self, number: int) -> bool:
        """Whether "February-March 2023" alone on its line (a span of months and its year,
        see YEAR_HEADING) is an entry, not a period's heading: the document writes its
        entries as a date alone on its line with the text below (at least MIN_LINES of
        them), and the next line with text holds no date: its text, as below every other
        date of the list. Over dated entries it stays the heading of their period."""
        pattern = self.pattern
        if pattern.alone < pattern.MIN_LINES or pattern.alone <= pattern.separated:
            return False
        for below in self.lines[number : number + 3]:
            if below.strip():
                return not entry_starts(normalise(below), pattern)
        return False

    def is_date_repeated_below(self, last: Entry, match: re.Match[str], number: int) -> bool:
        """ "## 1939-1945: ww2" / "" / "1939-1945": a date alone written just as the entry
        above wrote it, on the next line with text (blank lines between), under a Markdown
        heading that is that entry: the note-taker's date repeated, no entry of its own."""
        if not last.lines or not MARKDOWN_HEADING.match(self.lines[last.line - 1]):
            return False
        if match["date"].strip() != last.written.strip("#~ ").rstrip(":;.–—- "):
            return False
        between = self.lines[last.lines[-1] : number - 1]
        return not any(line.strip() for line in between)

    def close_pending(self) -> None:
        """A date alone on its line, and no text came: a heading ("2018"), or an error."""
        current = self.current
        if current is None or current.parts:
            self.pending_heading = None
            return
        self._drop(current)
        if self.pending_heading is current:
            self.result.layout.append(SkippedLine(current.line, current.written, "heading"))
            if len(current.date) == 7 and current.end_date is None:  # a month: "• June"
                self.month_heading = (int(current.date[:4]), int(current.date[5:]))
            self.year_heading = current if len(current.date) == 4 else None
        else:
            self.unplaced(current.line, current.written, "a date with no entry text after it")
        self.pending_heading = self.items_of = self.current = None

    # lines ----------------------------------------------------------------------------------

    def segment(self, number: int, raw: str) -> None:
        line = normalise(raw)
        if not line.strip():
            self.blank = True
            return
        if number in self.calendar_years:  # "37 - Urodził się Neron …" (see _calendar_page)
            found = TINY_YEAR_ENTRY.match(line.strip()) or SHORT_YEAR_ENTRY.match(line.strip())
            if found is not None:
                self.short_year_entry(number, found, line.strip()[found.end() :], len(raw.rstrip()))
                return
        if number in self.short_years_alone:  # "668" alone, among years alone (see there)
            found = SHORT_YEAR_ENTRY.match(line.strip() + ":")
            if found is not None:
                self.short_year_entry(number, found, "", len(raw.rstrip()))
                return
        if line.lstrip()[:1] in "RKSrks" and LIST_GOES_ON.fullmatch(line.strip()):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "advertisement or web "
                                                  "page furniture"))  # fmt: skip
            self.current = self.items_of = None
            self.blank = False
            return
        if number in self.stamps:
            self.live_update(number, line, width=len(raw.rstrip()))
            return
        if number in self.card_titles:
            self.close_pending()
            self.current = self.items_of = None
            self.held_title, self.blank = (number, line.strip()), False
            return
        if number in self.captions:
            self.result.layout.append(SkippedLine(number, line.strip(), self.captions[number]))
            return
        if number in self.titled_years:
            self.close_pending()
            self.years.explicit(self.titled_years[number])
            reason = "heading: a year and its title over entries of that year"
            self.result.layout.append(SkippedLine(number, line.strip(), reason))
            self.current = self.items_of = None
            self.blank = False
            return
        if YEAR_HEADING.match(line) and not self.is_month_span_entry(number):
            _heading_years(line, self.years)
            self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            return
        starts = entry_starts(line, self.pattern)
        if number in self.pattern.prose_year_lines:
            prose = _prose_year(line)  # ("Ende 1922 wurde die erste …": the text whole)
            starts = [_Start(0, 0, prose)] if prose is not None else []
        if number in self.pattern.run_together:
            starts = _run_together_starts(line, starts)
        elif starts and len(line) > RUN_TOGETHER_LENGTH:
            starts = _same_shape_run(line, starts)
        if starts and starts[0].match["bare"] is not None and self._wrapped_onto_year(line, starts):
            starts = []  # "… remains substantially the same with some" / "1892 offences still …"
        if starts and self._year_asked_above(line, starts):
            # "… ruhte wegen Spielermangel bis" / "1971 Ein Gremium führte …": the sentence
            # above carried on (a join --check shows), whatever the case of its next word
            self.text_piece(number, line.strip(), len(raw.rstrip()))
            self.blank = False
            return
        if not starts:
            self.no_entry_start(number, line, len(raw.rstrip()))
            return
        self.row_ended = False
        width = len(raw.rstrip())
        indent = len(line) - len(line.lstrip())
        head = DECORATION.match(line[indent:])
        prefix = line[: starts[0].start]
        if starts[0].mid_line_year and prefix.strip():
            # the caption before a year entry on its line: never the end of the entry before
            self.close_pending()
            self.unplaced(number, prefix.strip(), "text before a year entry on its line")
            self.current = None
        elif _is_label(line, prefix, starts[0].start):
            # "images (1)-Feb 18, 2013: …", "hi-court-03996934 Feb 16, 2013: …": an image's
            # name before the date; never the end of the entry before
            self.close_pending()
            self.unplaced(number, prefix.strip(), "a label before the date on its line (an "
                          "image's name)")  # fmt: skip
            self.current = None
            self.labelled.add(number)
        elif prefix.strip() and indent + (head.end() if head else 0) < starts[0].start:
            self.prefix(number, prefix, width)
        for index, start in enumerate(starts):
            end = starts[index + 1].start if index + 1 < len(starts) else len(line)
            text = line[start.text_start : end]
            if line.startswith("**", start.start) and text.count("**") % 2:
                # "**1871 Great Chicago Fire** (…)": a bold title opened before its year,
                # closed in the text: no stray marker left there
                text = text.replace("**", "", 1)
            self.entry(number, start, line, text, width)
        self.blank = False

    def live_update(self, number: int, line: str, width: int) -> None:
        """ "3:24pm- text" on a live page: an entry of its day; the time stamp is kept as its
        note (the data has no time of day), not in its text."""
        found = self.stamps[number]
        day = self.live_days[number]
        current = self.current
        if current is not None and not current.parts and current.date == day:
            # "June 12, 2018" / "9.08pm Polls close": the page's dateline or day heading
            self._drop(current)
            self.result.layout.append(SkippedLine(current.line, current.written, "dateline (the "
                                                  "day of the updates below)"))  # fmt: skip
            self.current = self.pending_heading = self.items_of = None
        self.close_pending()
        # (a match's minute, or the hour of a recap's event, stays in the text)
        minute = found.re is MATCH_MINUTE or self.stamps_kept
        stamp = " ".join(found.group().strip(" \t*_:").split())
        if not minute:
            stamp = " ".join((found["time"] or found["bare"]).split())
        note = None if minute else f"time stamp {stamp} left out (no time of day in the data)"
        entry = Entry(number, day, None, [], note, stamp, [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        self.month_heading = self.paragraphs_of = None
        self.text_piece(number, line.strip() if minute else line[found.end() :], width)
        self.blank = False

    def is_label_over_entries(self, number: int, line: str) -> bool:
        """ "Elections législatives :" between "Jeudi 17 mai : Début du mandat …." and "Lundi
        14 mai : Ouverture …": a few words (LABEL_WORDS + 1 at most, a capital, no digit, no
        sentence inside) ending on a colon, after a complete entry and over a dated line: the
        heading of the entries below, not a sentence of the entry above."""
        label = line.strip()[:-1].strip()
        if not label[:1].isupper() or len(label.split()) > LABEL_WORDS + 1 or DIGIT.search(label):
            return False
        if any(sign in label for sign in ".!?;:"):
            return False
        current = self.current
        if current is None or not current.parts or current.parts[-1].rstrip()[-1:] not in ".!?)":
            return False
        below = _next_with_text(self.lines, number) or ""
        starts = entry_starts(normalise(below), self.pattern) if below else []
        return bool(starts) and starts[0].start <= len(below) - len(below.lstrip()) + 3

    def no_entry_start(self, number: int, line: str, width: int) -> None:
        """A line where no entry starts: a heading, layout, an unreadable entry, or text."""
        if FOOTNOTE.search(line):
            self.result.layout.append(SkippedLine(number, line.strip(), "footnote"))
            return
        if DECORATION.fullmatch(line.strip()):
            # ("---", "***", "___": Markdown's rule between sections, no bullet)
            reason = (
                "a rule between sections" if RULE_LINE.fullmatch(line) else "a bullet with no text"
            )
            self.result.layout.append(SkippedLine(number, line.strip(), reason))
            return
        first = line.lstrip()[:1]
        if first == "{" and TEMPLATE_PLACEHOLDER.fullmatch(line.strip()):
            self.result.layout.append(SkippedLine(number, line.strip(), "web page template "
                                                  "markup"))  # fmt: skip
            return
        if first == "(" and CITATION_LINE.fullmatch(line.strip()):
            self.result.layout.append(SkippedLine(number, line.strip(), "a source's citation"))
            return
        if self.blank and first in "AaEeRrCcTtSs" and CREDIT_LINE.match(line):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "a source's credit"))
            self.current = self.items_of = None
            self.blank = False
            return
        if len(line) < 24 and first in "CcPpSsKkTtAaHhDd" and SECTION_LABEL.fullmatch(line.strip()):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "heading (a section "
                                                  "of the page)"))  # fmt: skip
            self.current = self.items_of = None
            self.blank = False
            return
        maybe_heading = "hronolog" in line or DIGIT.search(line) is not None
        if maybe_heading and _heading_years(line, self.years):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            return
        if first in "#0123456789" and (far := self.far_year_heading(line)) is not None:
            # "## 9999" / "• Delta …" among "## 1981" headings: a year's heading not read;
            # its items are reported with it, never given the year above
            self.close_pending()
            skipped = SkippedLine(number, line.strip(), far)
            self.result.unplaced.append(skipped)
            self.current, self.items_of, self.blocked, self.blank = None, None, skipped, False
            return
        if line[:4].lstrip(" ")[:1] == "#" and MARKDOWN_HEADING.match(line):
            self.close_pending()  # ("August 15, 1948" / "## Divided": the date has no text)
            refused = _refused_heading_date(line) if DIGIT.search(line) else None
            if refused is not None:  # ("## ~1268: glasses", "## 206 BC: compass")
                self.unplaced(number, line.strip(), refused)
            else:
                self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            self.current = self.items_of = None
            self.blank = False
            return
        kind = layout_kind(line)
        if kind is not None:
            self.result.layout.append(SkippedLine(number, line.strip(), kind))
            if COMMENT_BOX.match(line.strip()):
                self.current = None
            if line.count("|") >= 2 and not line.strip("| \t"):
                self.row_ended = True  # ("| |": the end of a flattened table's row)
            return
        # (after a blank line, is_title_between_entries reads such a title)
        if (
            line.rstrip()[-1:] == ":"
            and not self.blank
            and self.is_label_over_entries(number, line)
        ):
            self.close_pending()
            # (a label over the entries below)
            self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            self.current = self.items_of = None
            self.blank = False
            return
        stripped = line.strip()
        dotted = SHORT_YEAR_DOT.match(stripped) if stripped[:1].isdigit() else None
        if dotted is None and stripped[:1].isdigit() and self.pattern.dotted_short_years:
            # ("869 † Cyrill …", "870-894 v Čechách …" among "867. Cesta …" lines: the same
            # years without their full stop, where they follow the entry above and lie within
            # the document's years; never "300 vojáků …", a count, which goes back)
            plain = SHORT_YEAR_PLAIN.match(stripped)
            above = self.result.entries[-1].date[:4] if self.result.entries else None
            if plain is not None and above is not None and above.isdigit():
                within = int(above) <= int(plain["year"]) <= max(self.pattern.dotted_short_years)
                dotted = plain if within else None
        if dotted is not None and self.pattern.reads_dotted_short_years():  # ("623. Samo …")
            self.short_year_entry(number, dotted, stripped[dotted.end() :], width)
            return
        head = DECORATION.match(line.strip())
        bare = line.strip()[head.end() :] if head else line.strip()
        near = _near_entry(bare)
        numeric = bare[:1].isdigit() or bare[:1] in "lI"
        letter = LETTER_IN_YEAR.match(bare) if numeric else None
        short = SHORT_YEAR_ENTRY.match(bare) if numeric or bare[:1] in "EeMmLl" else None
        ancient = BEFORE_COMMON_ERA.match(bare) if numeric else None
        circa = CIRCA.match(bare) if bare[:1] in "cCuU" else None
        two_digit = TWO_DIGIT_YEAR.match(bare) if numeric else None
        signed = SIGNED_YEAR.match(line.strip()) if short is not None else None
        if near is None and signed is not None:
            # "-490: Marathon": a minus sign glued to the year (no bullet's space), a year
            # before the Common Era as a reader (and a spreadsheet) reads it; never "0490"
            near = (
                f"'{signed.group()}' reads as the year {signed['year']} before the Common Era:"
                f" {NO_SUCH_DATES}"
            )
        if (
            near is None
            and two_digit is not None
            and self.two_digit_years is not None
            and self.two_digit_entry(number, two_digit, bare[two_digit.end() :], width)
        ):
            return
        if near is None and two_digit is not None:
            near = (
                f"'{two_digit.group()}' has a two-digit year (19{two_digit['yy']} or "
                f"20{two_digit['yy']}?): not guessed; write the year in full"
            )
        if near is None and circa is not None:
            near = (
                f"'{circa.group().rstrip(':–—- ')}' is an approximate year (perhaps before the "
                "Common Era): not guessed"
            )
        if (
            near is None
            and short is not None
            and self.pattern.reads_short_years(short["sep"], short["loose"] is not None)
        ):
            self.short_year_entry(number, short, bare[short.end() :], width)
            return
        tiny = TINY_YEAR_ENTRY.match(bare) if short is None and numeric else None
        if near is None and tiny is not None and self.pattern.reads_tiny_year(tiny["sep"]):
            self.short_year_entry(number, tiny, bare[tiny.end() :], width)  # ("8: text")
            return
        plain = BARE_SHORT_YEAR.match(bare) if short is None and tiny is None and numeric else None
        if (
            near is None
            and plain is not None
            and self.pattern.reads_bare_short_year()
            and self.pattern.before_four_digit_years(number)
        ):
            self.short_year_entry(number, plain, bare[plain.end() :], width)  # ("476 Text")
            return
        if near is None and short is not None:
            year = short["year"]
            near = (
                f"looks like an entry dated {year}, but a year before 1000 is read only with "
                f"four digits (0{year}) or its era ({year} AD)"
            )
        if near is None and ancient is not None:
            near = BEFORE_COMMON_ERA_REASON
        if near is None and letter is not None:
            near = (
                f"'{letter.group()}' looks like a year with a letter for a digit (as text "
                "recognition writes it); not guessed: correct it in the text"
            )
        if near is not None:
            self.close_pending()
            skipped = SkippedLine(number, line.strip(), near)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if self.day_item(number, line, width):
            return
        if BULLET.match(line):
            self.bullet(number, line, width)
            return
        self.text_piece(number, line, width)

    def prefix(self, number: int, prefix: str, width: int) -> None:
        """The words before the first entry of a line: a heading, layout, or text."""
        stripped = DECORATION.sub("", prefix.strip()).strip()
        if not stripped:
            return
        if _heading_years(stripped, self.years):
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            return
        kind = layout_kind(stripped)
        if kind is not None:
            self.result.layout.append(SkippedLine(number, stripped, kind))
            return
        self.text_piece(number, stripped, width)

    def finish(self) -> Split:
        self.close_pending()
        entries = self.result.entries
        last = entries[-1] if entries else None
        if last is not None and len(last.parts) == 1 and last.lines[-1:] == [last.line + 1]:
            text = last.parts[0].strip()
            if len(text) <= CUT_WORD_LENGTH and _cut_word(text):  # "December 14, 2008" / "The"
                entries.pop()
                reason = "an entry cut off after its first word (the text ends there)"
                self.result.unplaced.append(SkippedLine(last.line, last.written, reason))
                self.result.unplaced.append(SkippedLine(last.lines[-1], text, reason))
        elif last is not None and len(last.parts) == 1 and last.lines == [last.line]:
            text = last.parts[0].strip()
            # ("• 2 lutego 1967 - Uc", "16 Oct D" below entries of sentences; not "1945 - UN",
            # an acronym in capitals, nor "1992: C" in a list whose texts are all so short)
            if (
                len(text) <= CUT_ITEM_LENGTH
                and _cut_word(text)
                and (len(text) == 1 or not text.isupper())
                and all(len(entry.text) > CUT_WORD_LENGTH for entry in entries[:-1])
            ):
                entries.pop()
                reason = "an entry cut off after its first letters (the text ends there)"
                self.result.unplaced.append(
                    SkippedLine(last.line, f"{last.written} {text}", reason)
                )
        return self.result


def _cut_word(text: str) -> bool:
    """Whether a last entry's few letters may be a word cut off ("The", "Uc"): letters of
    a script with capitals. Two or three Hangul or Han signs are a whole word ("▲7월1일 발표",
    "announcement"; "辞任", "resignation"), never a page cut after its first letters."""
    return text.isalpha() and text.lower() != text.upper()


# ("@": see BULLET)
_BULLET_FIRST = frozenset(BULLET_CHARS + ":(@")


def _is_bulleted(line: str) -> bool:
    """BULLET.match(line), with the common case (a line that starts with a word) decided by
    its first two characters (this runs on every line)."""
    stripped = line.lstrip()
    first = stripped[:1]
    if first not in _BULLET_FIRST and not (
        first.isalnum() and stripped[1:4].strip("0123456789")[:1] in (".", ")")
    ):
        return False
    return BULLET.match(line) is not None


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them: ended by LF, CRLF or CR, not by a form feed."""
    # (a text without CR, most: str's own split, the same lines, several times faster)
    lines = text.split("\n") if "\r" not in text else re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _wingding_bullets(text: str, lines: list[str]) -> list[str]:
    """The lines with the document's Wingdings bullet ("n " as a PDF's text gives "▪") written
    as "•", when the document writes one sign so at least MIN_LINES times; else unchanged."""
    counts: dict[str, int] = {}
    if WINGDING_HINT.search(text) is None:
        return lines  # (the common case: one fast scan)
    for sign in WINGDING_IN_TEXT.findall(text):  # (one scan of the whole text)
        counts[sign] = counts.get(sign, 0) + 1
    signs = [sign for sign, count in counts.items() if count >= DocumentPattern.MIN_LINES]
    if len(signs) != 1:
        return lines
    sign = signs[0]

    def bullet(found: re.Match[str]) -> str:  # (the match is spaces, the sign, spaces)
        return found.group().replace(sign, "•") if found["sign"] == sign else found.group()

    return [WINGDING.sub(bullet, line) if sign in line else line for line in lines]


# a bullet's sign alone on its line, its item's text on the next line (a page's list item
# whose sign and text a copy put on two lines: "-" / "Alphonse crée …")
LONE_BULLET_HINT = re.compile(r"^[ \t]*[•*\-–—▪◦●][ \t]*$", re.MULTILINE)


def _lone_bullets(text: str, lines: list[str]) -> list[str]:
    """The lines with the text below a lone bullet sign ("-" / "Alphonse crée …") written
    after that sign ("- Alphonse crée …"), as the item it is, when the document opens at
    least MIN_LINES other lines with that sign and text (its list's bullet); the sign's own
    line stays (listed as layout). Else unchanged: a lone "—" between paragraphs of a text
    with no such list is a spacer, and the paragraph below it no item."""
    if not _on_a_line(LONE_BULLET_HINT, text):
        return lines  # (the common case: one fast scan)
    written = list(lines)
    opened: dict[str, int] = {}  # sign → lines it opens with text (counted once per sign)
    for index, line in enumerate(lines[:-1]):
        sign = line.strip()
        if len(sign) != 1 or sign not in "•*-–—▪◦●":
            continue
        below = lines[index + 1]
        if not below.strip() or _is_bulleted(below):
            continue
        if sign not in opened:
            opened[sign] = sum(
                1 for other in lines if other.lstrip().startswith(f"{sign} ") and other.strip()[2:]
            )
        if opened[sign] >= DocumentPattern.MIN_LINES:
            indent = below[: len(below) - len(below.lstrip())]
            written[index + 1] = f"{indent}{sign} {below.lstrip()}"
    return written


def split_entries(text: str, default_year: int | None = None) -> Split:
    """Group a text's lines into dated entries; record layout and lines that belong nowhere.

    The document's own pattern (how it marks its entries) is found first, then every line
    is read with it."""
    if "</" in text and PAGE_SOURCE_BLOCK.search(text) is not None:  # (most texts have none)
        comments: list[SkippedLine] = []
        shown, numbers = _page_source_text(text, comments)
        if numbers:  # (a page's source kept as text: read as its page)
            split = _on_source_lines(_split_text(shown, default_year), numbers)
            split.layout.extend(comments)
            return split
    return _split_text(text, default_year)


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


def _split_text(text: str, default_year: int | None) -> Split:
    """split_entries on a text of lines (see there)."""
    lines = _lone_bullets(text, _wingding_bullets(text, split_lines(text)))
    if "&" in text and ENTITY.search(text):  # "June 25 &ndash; text": a page's source
        lines = [html.unescape(line) if "&" in line else line for line in lines]
    wiki_removed: list[tuple[int, str, str]] = []
    if any(sign in text for sign in WIKI_SIGNS) or "\n=" in text or text[:1] == "=":
        # (str's own search, a few scans of the text: most texts have no wiki sign)
        lines, wiki_removed = _wiki_markup(lines)
    if "[edit" in text or "[ edit" in text:
        lines, shown = _rendered_wiki(lines)
        wiki_removed += shown
    if SUPERSCRIPT_DIGIT.search(text) is not None:
        lines = _superscript_days(lines)
    images: dict[int, str] = {}
    if "![" in text:  # (str's own search: most texts have no Markdown image)
        lines, images = _markdown_images(lines)
    addresses: dict[int, str] = {}
    if "](" in text:  # (str's own search: most texts have no Markdown link)
        lines, addresses = _markdown_linked_items(lines)
    lines = _page_date_apart(lines)
    tool_marks: dict[int, tuple[str, str]] = {}
    if text.lstrip()[:3] == "---" or _on_a_line(TOOL_MARK_HINT, text):  # (most: neither)
        lines, tool_marks = _timeline_tool_marks(text, lines)
    metadata = metadata_values(lines)
    # (an indented line after a blank one: one scan, most texts have none)
    twice = _captions_written_twice(lines) if CAPTION_HINT.search(text) else set()
    repeated = _lines_repeated_under_entries(lines)
    written = lines
    if metadata or twice or repeated:  # (read as blank lines; listed as layout below)
        lines = [
            "" if index in metadata or index in twice or index in repeated else line
            for index, line in enumerate(lines)
        ]
    definitions: dict[int, str] = {}
    if "]:" in text and _on_a_line(LINK_DEFINITION_HINT, text):  # (most have none)
        lines, definitions = _markdown_references(lines)
    same_day_numbers: dict[int, str] = {}
    if "|" in text and COMPACT_DATE_HINT.search(text) is not None:  # (most texts have none)
        lines, same_day_numbers = _compact_date_cells(lines)
    unsettled_decades: dict[int, str] = {}
    if _on_a_line(SHORT_DECADE_HINT, text):  # (one scan: most texts have none)
        lines, unsettled_decades = _short_decades(lines)
    split_rows: dict[int, str] = {}
    if "|" in text and _on_a_line(SPLIT_ROW_HINT, text):  # (most texts have none)
        lines, split_rows = _split_table_rows(lines)
    lines, labels = _labelled_dates(_year_and_day_cells(lines))
    row_cells: dict[int, str] = {}
    if "|" in text and NUMBERED_ROW_HINT.search(text) is not None:  # (one scan: most have none)
        lines, row_cells = _numbered_rows(lines)
    codes: dict[int, str] = {}
    names: dict[int, str] = {}
    if CODED_ROW_HINT.search(text) is not None:
        lines, codes = _coded_rows(lines)
    if NAMED_ROW_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, names = _numbered_names(lines)
    placeholders: dict[int, str] = {}
    if GLUED_PLACEHOLDER_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, placeholders = _glued_placeholders(lines)
    approximate: dict[int, str] = {}
    if _on_a_line(CIRCA_HINT, text):  # (one scan: most texts have none)
        lines, approximate = _circa_years(lines)
    lines = _glued_years(_days_in_introduced_span(_spans_broken_over_lines(lines)))
    if _on_a_line(FRAMED_HINT, text):  # (one scan: most texts have none)
        lines = _framed_dates(lines)
    if _has_glued_day(text):  # (a few fast scans: most texts have none)
        lines = _days_glued_to_texts(lines)
    lines, titled = _titles_above_dates(lines)
    if not titled and len(text) < TITLED_BLOCKS_LENGTH:
        lines, titled = _titled_date_blocks(lines)
    lines, labelled_below = _dates_labelled_below(lines)
    releases: dict[int, str] = {}
    if "#" in text and RELEASE_HINT.search(text) is not None:  # (most texts have none)
        lines, releases = _release_headings(lines)
    dates_ending = False
    if "•" in text or "- " in text or "* " in text:  # (bulleted items only)
        lines, dates_ending = _dates_ending_items(lines)
    years_below: dict[int, str] = {}
    if YEAR_ALONE_HINT.search(text) is not None:  # (one scan: most texts have no year alone)
        lines, years_below = _years_below_days(lines)
    year_menus = {  # (a short line opening with a year: the regex only there)
        index: line.strip()
        for index, line in enumerate(lines)
        if line.lstrip()[:1] in "12" and len(line) < 80 and YEAR_MENU.fullmatch(line.strip())
    }
    century_menus = {  # (a line opening with a century's number: the regex only there)
        index: line.strip()
        for index, line in enumerate(lines)
        if line.lstrip()[:1].isdigit() and len(line) < 200 and _is_century_menu(line.strip())
    }
    if year_menus or century_menus:
        lines = [
            "" if index in year_menus or index in century_menus else line
            for index, line in enumerate(lines)
        ]
    broken = False  # a list run together on one line, broken into its items (see there)
    if len(text) > RUN_TOGETHER_LENGTH:
        unbroken = lines
        lines = _list_run_together(lines)
        broken = lines is not unbroken
    if YEAR_DASH_DAY_HINT.search(text) is not None:  # (one scan: most texts have none)
        unbroken = lines
        lines = _year_dash_days_run_together(lines)
        broken = broken or lines is not unbroken
    if GLUED_NUMERIC_HINT.search(text) is not None:  # (one scan: most texts have none)
        unbroken = lines
        lines = _glued_numeric_dates(lines)
        broken = broken or lines is not unbroken
    if "  " in text:  # (str's own search: a wide gap after the years, see there)
        unbroken = lines
        lines = _wide_gap_years_run_together(lines)
        broken = broken or lines is not unbroken
    lines, ages = _relative_ages(lines)
    lines, counts = _counted_headings(lines)
    lines = _dates_ending_lines(_titled_dates(_dates_after_texts(_table_flattened(lines))))
    lines, spaced_items = _spaced_dates_ending_lines(lines)
    if text.lstrip()[:2] in ("1.", "1)") or NUMBERED_ITEM_HINT.search(text) is not None:
        lines = _numbered_items_dated_inside(lines)
    if TWO_COLUMN_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines = _two_columns(lines)
    numbered_dates: dict[int, str] = {}
    if _at_a_line_start(NUMBERED_DATE_HINT, text):
        lines, numbered_dates = _numbered_dates_alone(lines)
    lines, day_names = _bare_items_under_dates(lines)
    if _at_a_line_start(WORDED_SPAN_HINT, text):  # (one scan: most texts have none)
        lines = _worded_day_spans(lines)
    lines, glued_captions = _captions_glued_to_headings(lines)
    if ":" in text:
        lines, titles_broken = _titles_colon_dates(lines)
        broken = broken or titles_broken
    if (
        ("uur" in text or "hr" in text)
        and HOUR_WORD_AT_END.search(text) is not None
        and HOUR_GLUED_HINT.search(text) is not None
    ):
        lines, hours_broken = _hours_glued_to_days(lines)
        broken = broken or hours_broken
    days_of_years = _days_of_years(lines)
    calendar = _calendar_page(lines) if not days_of_years else None
    if calendar is not None:  # (a page of one day: its observances are of the page's year)
        default_year = calendar[0] if default_year is None else default_year
    start = heading = 0
    heading_run_in = ""
    for index, line in enumerate(lines):
        if found_heading := CHRONOLOGY_HEADING.match(line):
            heading = index
            start = index if entry_starts(normalise(line)) else index + 1
            lines, heading_run_in = _heading_run_into_entries(lines, index, found_heading)
            start = index if heading_run_in else start
            break
    pattern = find_pattern(lines[start:], start + 1, broken)
    head = _year_page_head(pattern)
    if head is not None:  # (rare: a page titled by a year, its own date below the title)
        title_year, head_lines = head
        lines = ["" if index in head_lines else line for index, line in enumerate(lines)]
        pattern = find_pattern(lines[start:], start + 1, broken)
        default_year = title_year if default_year is None else default_year
    headline = _capital_headline(lines, pattern)
    if headline is not None:  # (rare: "2008: HOW IT ALL BEGAN TO UNRAVEL" over the entries)
        written_headline = lines[headline - 1].strip()
        lines = ["" if index == headline - 1 else line for index, line in enumerate(lines)]
        pattern = find_pattern(lines[start:], start + 1, broken)
    year_title = _year_title_over_yearless(lines, pattern)
    if year_title is not None:  # (rare: "1877 English Cricket Season - Events" over "15 March. …")
        title_number, title_year = year_title
        written_title = lines[title_number - 1].strip()
        lines = ["" if index == title_number - 1 else line for index, line in enumerate(lines)]
        pattern = find_pattern(lines[start:], start + 1, broken)
        default_year = title_year if default_year is None else default_year
    first_start = next((n for n, form, *_ in pattern.starts if pattern.writes(form)), None)
    if default_year is None and first_start is not None:
        published = _published(lines) or _agency_dateline(lines[start : first_start - 1])
        pattern.title_years = title_years(lines[start : first_start - 1], pattern, published)
        if pattern.title_years is None:
            default_year = _year_before_first_heading(pattern)
        if default_year is None and pattern.title_years is None and not pattern.writes_years():
            weekdays = _year_of_weekdays(lines)
            if isinstance(weekdays, tuple):  # (no year named: its entries refused, see there)
                pattern.weekday_years = weekdays
            else:
                default_year = pattern.weekday_year = weekdays
    if not pattern.numeric_orders and "/" in text:
        order = _numeric_order_from_words(lines)
        if order is not None:  # (the numeric days' order shown by the same days in words)
            pattern.numeric_orders.add(order)
    pattern.titles_above = bool(titled)
    pattern.dates_ending = dates_ending
    splitter = _Splitter(default_year, _wrap_width(lines[start:]), pattern)
    splitter.lines = lines
    if "/" in text:
        splitter.years.seasons = _writes_seasons(lines)
        splitter.years.century = _century_of_short_years(text)
    splitter.card_titles = _card_titles(lines, pattern)
    splitter.one_line_texts = _one_line_texts(lines, pattern) | spaced_items
    splitter.titled_years = _titled_year_headings(lines)
    splitter.captions = _captions_under_dates(lines, pattern)
    splitter.hanging_starts = _hanging_indent_starts(lines)
    splitter.dates_twice = _writes_dates_twice(lines, pattern)
    splitter.two_digit_years = _two_digit_years(lines)
    splitter.short_years_alone = _short_years_alone(lines, pattern)
    splitter.closing_days = _closing_days(lines)
    if calendar is not None:
        splitter.calendar_years = calendar[2]
    splitter.year_rows, splitter.listed_rows = _rows_of_the_year_above(lines, pattern)
    splitter.own_year_rows = _own_years_of_rows(lines, splitter.year_rows)
    splitter.day_rows, splitter.listed_day_rows = _events_of_the_date_above(lines, pattern)
    splitter.second_cards = _second_cards(lines, pattern) | _cells_under_dates(lines, pattern)
    splitter.numbers_a_list = _numbers_a_list(lines)
    for index, caption in glued_captions.items():
        reason = "a caption in capitals, the next heading run into it"
        splitter.result.layout.append(SkippedLine(index + 1, caption, reason))
    for index, image in images.items():
        splitter.result.layout.append(SkippedLine(index + 1, image, "a Markdown image"))
    for index, address in addresses.items():
        reason = "a Markdown link's address (the link's text is read)"
        splitter.result.layout.append(SkippedLine(index + 1, address, reason))
    for index, (mark, reason) in tool_marks.items():
        skipped = SkippedLine(index + 1, mark, reason)
        (splitter.result.unplaced if reason == RELATIVE_DATE else splitter.result.layout).append(
            skipped
        )
    for index, number in numbered_dates.items():
        reason = "an item's running number before its date"
        splitter.result.layout.append(SkippedLine(index + 1, number, reason))
    for index, name in day_names.items():
        splitter.result.layout.append(SkippedLine(index + 1, name, "the day's name over its items"))
    for index, age in ages.items():
        reason = "the page's count of the time since the date"
        splitter.result.layout.append(SkippedLine(index + 1, age, reason))
    for index, count in counts.items():
        splitter.result.layout.append(SkippedLine(index + 1, count, "a heading's day count"))
    for index, label in sorted(labels.items()):
        splitter.result.layout.append(SkippedLine(index + 1, label, "a field's label"))
    for index, definition in sorted(definitions.items()):
        splitter.result.layout.append(SkippedLine(index + 1, definition, "a link's address"))
    for index, number in sorted(same_day_numbers.items()):
        reason = "a same-day number after a date cell"
        splitter.result.layout.append(SkippedLine(index + 1, number, reason))
    for index, menu in sorted(year_menus.items()):
        splitter.result.layout.append(SkippedLine(index + 1, menu, "a page's menu of years"))
    for index, menu in sorted(century_menus.items()):
        reason = "a page's menu of centuries"
        splitter.result.layout.append(SkippedLine(index + 1, menu, reason))
    for index, year in sorted(years_below.items()):
        reason = "the year of the day and month above it"
        splitter.result.layout.append(SkippedLine(index + 1, year, reason))
    for index, release in sorted(releases.items()):
        reason = "heading: a release and its day, the day of the items below it"
        splitter.result.layout.append(SkippedLine(index + 1, release, reason))
    for index, reason in sorted(head_lines.items() if head is not None else ()):
        splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
    if headline is not None:
        reason = "the page's headline in capitals, a year before it"
        splitter.result.layout.append(SkippedLine(headline, written_headline, reason))
    if year_title is not None:
        reason = "the page's title, the year of the entries below"
        splitter.result.layout.append(SkippedLine(year_title[0], written_title, reason))
    for index, cells in sorted(row_cells.items()):
        reason = "a table's row number and year cell"
        splitter.result.layout.append(SkippedLine(index + 1, cells, reason))
    for index, word in sorted(placeholders.items()):
        reason = "an image's placeholder glued before the line's date or time"
        splitter.result.layout.append(SkippedLine(index + 1, word, reason))
    for index, name in sorted(names.items()):
        reason = "a numbered list's number and name before the date"
        splitter.result.layout.append(SkippedLine(index + 1, name, reason))
    for index, code in sorted(codes.items()):
        reason = "a table's category code before the date"
        splitter.result.layout.append(SkippedLine(index + 1, code, reason))
    for index, piece, reason in wiki_removed:
        splitter.result.layout.append(SkippedLine(index + 1, piece, reason))
    for index, reason in sorted({**split_rows, **titled, **labelled_below}.items()):
        splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
    for index, decade in sorted(unsettled_decades.items()):
        reason = "a decade of two digits whose century the years around it do not settle"
        splitter.result.unplaced.append(SkippedLine(index + 1, decade, reason))
    splitter.page_date_line = _page_date_line(lines, pattern)
    if pattern.title_years is not None:
        first, last = pattern.title_years
        # (the first month an entry writes; numeric days, "10/16/25", write none: January)
        month = next((m for _, form, _, m, _ in pattern.starts if pattern.writes(form) and m), 1)
        splitter.years.heading(month, first, last)
    next_dated = [False] * (len(lines) + 1)  # by line number
    upcoming = False
    for index in range(len(lines) - 1, start - 1, -1):
        next_dated[index + 1] = upcoming
        if lines[index].strip():
            # (a three-digit year alone among years alone is dated too: see _short_years_alone)
            upcoming = index + 1 in pattern.dated or index + 1 in splitter.short_years_alone
    splitter.next_dated = next_dated
    live = live_page_stamps(lines)
    if live is None and not pattern.starts:  # (a page of times, no dated entries: rare)
        splitter.day_of_times = _day_of_times(lines[start:], pattern)
    if live is not None:
        splitter.live_days, splitter.stamps, splitter.stamps_kept = live
        pattern.live_updates = len(splitter.stamps)
        if splitter.stamps_kept:
            pattern.live_kind = "hour"
        elif any(found.re is MATCH_MINUTE for found in splitter.stamps.values()):
            pattern.live_kind = "minute"
    next_bulleted = [False] * (len(lines) + 1)  # by line number
    upcoming = False
    for index in range(len(lines) - 1, start - 1, -1):
        next_bulleted[index + 1] = upcoming
        if lines[index].strip():
            bulleted = _is_bulleted(lines[index])
            # ("  • - lors de la conférence …": a detail of the entry above, in lower case,
            # not an item under a title: the line above it is the entry's text)
            detail = bulleted and lines[index].strip().lstrip(BULLET_SIGNS)[:1].islower()
            upcoming = bulleted and not detail
            if bulleted:
                splitter.bulleted_numbers.add(index + 1)
    splitter.next_bulleted = next_bulleted
    splitter.result.before = [
        SkippedLine(index + 1, line.strip(), "before the chronology heading")
        for index, line in enumerate(lines[:heading])
        if line.strip()
    ]
    splitter.result.before_chronology = len(splitter.result.before)
    if start > heading:
        splitter.result.layout.append(SkippedLine(heading + 1, lines[heading].strip(), "heading"))
    if heading_run_in:
        reason = "heading, run into the first entry on its line"
        splitter.result.layout.append(SkippedLine(heading + 1, heading_run_in, reason))
    for index in range(start, len(lines)):
        if index in metadata:
            reason = "page metadata (a label and its value)"
            splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
            continue
        if index in twice:
            reason = "a picture's caption (written twice: its alternative text and its caption)"
            splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
            continue
        if index in repeated:
            reason = "a line written the same under several entries (a page's links or buttons)"
            splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
            continue
        segments = lines[index].split("\f")
        if broken and ITEM_BREAK in lines[index]:  # (a list run together, broken apart)
            segments = [piece for segment in segments for piece in segment.split(ITEM_BREAK)]
        for position, segment in enumerate(segments):
            if position:
                splitter.blank = True  # a page break
            splitter.segment(index + 1, segment)
    result = splitter.finish()
    for entry in result.entries:
        if entry.line in approximate and entry.note is None:
            entry.note = (
                f"'{approximate[entry.line]}' is an approximate year, read as {entry.date} (among "
                "years of the Common Era): the data format has no finer form"
            )
    _dateline_over_years(result, written)
    _page_date_over_older_entries(result, written)
    if days_of_years:
        _date_years_by_day(result, days_of_years, lines)
    if calendar is not None:
        _date_years_by_day(result, calendar[1], lines, headings=False)
    _page_title_span(result, lines)
    return result


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
    for entry in entries[1:]:
        if entry.date[: len(first.date)] >= first.date[: len(entry.date)]:
            return  # (an entry as new as the page's date: the date may be the first entry)
        if entry.line not in entry.lines and not yearless:
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


def _is_century(entry: Entry) -> bool:
    """Whether an entry's date is a whole century ("1800-talet", "19th century", "1200s"
    read as 1200–1299): a span of a hundred years from a year ending in 00 or 01."""
    if entry.end_date is None or len(entry.date) != 4 or len(entry.end_date) != 4:
        return False
    first, last = int(entry.date), int(entry.end_date)
    return last - first == 99 and first % 100 in (0, 1)


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
    if any(y is not None or m is None for _, _, y, m, _ in starts[1:]):
        return None
    return number, year


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
    del entries[0]
    reason = "the page's title: a span of years over the chronology"
    result.layout.append(SkippedLine(first.line, lines[first.line - 1].strip(), reason))
    if first.lines[0] != first.line:  # ("1850s" / "Historical Timeline": its name below)
        name = lines[first.lines[0] - 1].strip()
        result.layout.append(SkippedLine(first.lines[0], name, "the page's name"))
    for number in first.lines[1:]:
        text = lines[number - 1].strip()
        result.unplaced.append(SkippedLine(number, text, "the introduction below the page's title"))
