"""Bullets, list signs and numbering.

The decoration before a line's date, a list's numbers and labels, the signs a bulleted
line opens with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.date_shapes import DAY_MONTH_REST, GERMAN_MONTH_AFTER

if TYPE_CHECKING:
    from collections.abc import Sequence


# the signs a list's item opens with (bullets, dashes, arrows, check marks, pins…): one list
# for every pattern and test of a bullet below
BULLET_CHARS = "•·▪■◦‣●○∙*+-–—►▸▶→❖◆✓✔›❯➤➢➔⇨◉★☆♦✅☑✗✘👉📌📅🔹🔸🔷🔶▫▲△◇◈▷"


_BULLET_CLASS = BULLET_CHARS.replace("-", r"\-")  # (the same, inside a pattern's "[…]")


# the signs that mark an item even glued to its date: never a dash, "+", "*" or "·" ("-5", "+3",
# "*1", "3·1" are numbers and notes)
GLUED_BULLETS = dates.ITEM_SIGNS


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
    # ("▲6월24일 text", "•2019: text": a sign that is no dash nor arithmetic, glued to a date;
    # "•An explosion occurs …": or to an item's first word, a capital or a letter of a script
    # without case)
    rf"|[{GLUED_BULLETS}](?=\d|(?![a-z])[^\W\d_]))"
)


# "*Current Frontier*: …", "Note: …": a label of a few words and its colon opening an item
ITEM_LABEL = re.compile(r"[*_]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}[*_]*:\s")


UNDATED_ITEM = "a bulleted line without a date (a new item, not joined to the entry before it)"


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
# ("16th --- text", "1st-5th --- text" under "August 2011": an English ordinal day, a rule
# of dashes after it, as a state treasury's calendar writes them)
DAY_ITEM = re.compile(
    r"^(?:(?:Dia|Día|Tanggal)\s+(?=\d))?"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*[–-]\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
    r"(?:(?:[.:]| :|\s+(?:[–—]|-{1,3}))\s+|[ \t]{2,})(?=\S)"
)


BULLET_SIGN = re.compile(rf"^(?:[{_BULLET_CLASS}]+|::)\s*")


BULLET_SIGNS = BULLET_CHARS + ": \t"


# "- ", "• ", "* ": a list's bullet opening a table cell's text
CELL_BULLET = re.compile(r"[-•*]\s+(?=\S)")


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
