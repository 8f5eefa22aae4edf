"""What the layout rounds' tests share: a text split into entries as (date, end, text with
its spaces made single), the pieces of it left out (unplaced, layout, before the first), and
the table ``import --check`` draws of a file at several terminal widths."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.importing.entries import split_entries

if TYPE_CHECKING:
    from pathlib import Path


def read_entries(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.date, e.end_date, " ".join(" ".join(e.parts).split()))
        for e in split_entries(text).entries
    ]


def left_out(text: str) -> list[str]:
    split = split_entries(text)
    return [item.text for item in (*split.unplaced, *split.layout, *split.before)]


def reasons(text: str) -> dict[str, str]:
    """Each piece of ``text`` left out (unplaced, layout, before the first), with the reason
    given for it."""
    split = split_entries(text)
    return {item.text: item.reason for item in (*split.unplaced, *split.layout, *split.before)}


def check_tables(source: Path, text: str, widths: tuple[int, ...]) -> tuple[int, dict[int, str]]:
    """``text`` written to ``source`` and imported without writing (``--check``): how many
    events it gives, and the check's table at each of ``widths`` (a terminal's columns)."""
    from ktimeline.api import import_chronology
    from ktimeline.cli.app import import_check_table

    source.write_text(text, "utf-8")
    outcome = import_chronology(source, dry_run=True)
    tables = {
        width: import_check_table(outcome.result, outcome.document.where, width) for width in widths
    }
    return len(outcome.result.events), tables
