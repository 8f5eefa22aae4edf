"""What the split gives: Entry, SkippedLine and Split.

An entry, a line or piece of one that is no entry text and why, and the whole reading
of a text (entries, layout, lines reported, notes, the document's pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ktimeline.importing.entries.pattern import DocumentPattern


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
