"""Where a zero-width joiner (U+200D, ZWJ) or non-joiner (U+200C, ZWNJ) changes what a text
looks like, and so is part of its spelling rather than a hidden character.

The joiners are invisible: a text can hold one where it changes nothing a reader sees, and then
two strings that look the same differ ("Kim" and "Ki\\u200dm"); which is why output shows them
as escapes. But in some scripts and in emoji they are the spelling, their effect visible. The
contexts kept here are those Unicode names for them (each approximated with what Python's
``unicodedata`` holds, which has no Joining_Type, Script nor Emoji property):

* UAX #31, *Unicode Identifiers and Syntax*, 2.3 "Layout and Format Control Characters"
  (quoted at https://wiki.python.org/moin/ZwjAndZwnjAsIdentifiers; the reasons in L2/06-353,
  https://unicode.org/L2/L2006/06353-zwj-issues.html, and L2/22-082r,
  https://www.unicode.org/L2/L2022/22082r-disallow-joiners.pdf):

  - A1, ZWNJ breaking a cursive connection, ``/$LJ $T* ZWNJ $T* $RJ/``: here a ZWNJ between
    two letters (marks between them skipped, the Transparent ones) of one cursive-joining
    script, the scripts ArabicShaping.txt gives Joining_Type for (Persian "می‌خواهند"). The
    letters' own joining types are not told apart: a ZWNJ after a right-joining letter
    (ا د ر و), which changes nothing, stays too;
  - A2, ZWNJ in a conjunct context, ``/$L $M* $V $M* ZWNJ/``, here followed by a letter of
    the same script (at a word's end the virama shows anyway): Hindi "क्‌ष";
  - B, ZWJ in a conjunct context, ``/$L $M* $V $M* ZWJ/``, whatever follows: a half form
    (Hindi "क्‍ष"), Sinhala's "ශ්‍රී", and Malayalam's chillu at a word's end ("അവന്‍",
    the encoding before the atomic chillu letters), each a visible shape;

  ``$V`` is Canonical_Combining_Class=Virama (9), which ``unicodedata.combining`` gives.
* UTS #51, *Unicode Emoji*, the emoji ZWJ sequence (https://ucdjs.dev/reports/tr51, revision
  29; its elements joined by ZWJ, each an emoji, perhaps with its presentation selector
  U+FE0F or a skin tone): here a ZWJ between two symbols (category So), the first perhaps
  followed by U+FE0F or a skin tone (U+1F3FB-1F3FF): "👨‍👩‍👧", "🏳️‍🌈".

Anywhere else — between Latin letters, at a word's edge (but B), next to a space, doubled, or
between letters of two scripts — a joiner is hidden and shown as an escape.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

ZWNJ = "\u200c"
ZWJ = "\u200d"
JOINERS = ZWNJ + ZWJ

# The cursive-joining scripts, as the first word of their letters' names: the scripts whose
# Joining_Type ArabicShaping.txt defines (Arabic, Syriac, N'Ko, Mandaic, Manichaean, Hanifi
# Rohingya, Sogdian; Mongolian, Phags-pa, Psalter Pahlavi, Adlam: the header of
# ArabicShaping-12.1.0.txt, read at github.com/roozbehp/unicode-data). Scripts added later
# (Chorasmian, Old Uyghur) are not listed: a ZWNJ of theirs is shown as an escape.
_JOINING_SCRIPTS = frozenset(
    {
        "ARABIC", "SYRIAC", "NKO", "MANDAIC", "MANICHAEAN", "HANIFI", "SOGDIAN", "MONGOLIAN",
        "PHAGS-PA", "PSALTER", "ADLAM",
    }
)  # fmt: skip
_VIRAMA = 9  # (Canonical_Combining_Class=Virama)
_PRESENTATION = "\ufe0f"
_SKIN_TONES = range(0x1F3FB, 0x1F400)


def joiner_shows(text: str, index: int) -> bool:
    """Whether the joiner at ``text[index]`` has a visible effect there (see the module doc):
    kept as it is in output, where a joiner elsewhere is shown as an escape."""
    joiner = text[index]
    after = text[index + 1 : index + 2]
    if after in JOINERS or (index and text[index - 1] in JOINERS):
        return False  # (doubled: the second changes nothing; the pair hides a difference)
    before = _skip_back(text, index, _is_mark)
    if before is None:
        return False
    if unicodedata.combining(text[before]) == _VIRAMA:
        letter = _skip_back(text, before, _is_mark)
        if letter is None or not _is_letter(text[letter]):
            return False
        if joiner == ZWJ:
            return True  # (B: a half form, a chillu; at a word's end too)
        following = _skip_forward(text, index, _is_mark)
        return following is not None and _same_script(text[letter], text[following])
    if joiner == ZWJ:
        return _emoji_joined(text, index)
    following = _skip_forward(text, index, _is_mark)
    return (
        following is not None
        and _is_letter(text[before])
        and _script(text[before]) in _JOINING_SCRIPTS
        and _same_script(text[before], text[following])
    )


def _emoji_joined(text: str, index: int) -> bool:
    """A ZWJ of an emoji ZWJ sequence: a symbol before it (its selector or skin tone between)
    and a symbol after it."""
    before = _skip_back(text, index, _is_emoji_component)
    after = text[index + 1 : index + 2]
    return before is not None and _is_symbol(text[before]) and bool(after) and _is_symbol(after)


def _skip_back(text: str, index: int, skipped: Callable[[str], bool]) -> int | None:
    position = index - 1
    while position >= 0 and skipped(text[position]):
        position -= 1
    return position if position >= 0 else None


def _skip_forward(text: str, index: int, skipped: Callable[[str], bool]) -> int | None:
    position = index + 1
    while position < len(text) and skipped(text[position]):
        position += 1
    return position if position < len(text) else None


def _is_mark(character: str) -> bool:
    """A mark that is no virama (the Transparent characters of A1, the $M of A2 and B)."""
    return unicodedata.category(character).startswith("M") and (
        unicodedata.combining(character) != _VIRAMA
    )


def _is_emoji_component(character: str) -> bool:
    return character == _PRESENTATION or ord(character) in _SKIN_TONES


def _is_letter(character: str) -> bool:
    return not character.isascii() and unicodedata.category(character).startswith("L")


def _is_symbol(character: str) -> bool:
    return not character.isascii() and unicodedata.category(character) == "So"


def _script(character: str) -> str:
    """The script a letter's name opens with ("ARABIC LETTER FARSI YEH": ARABIC)."""
    return unicodedata.name(character, "").split(" ", 1)[0]


def _same_script(first: str, second: str) -> bool:
    return _is_letter(second) and _script(first) == _script(second) != ""
