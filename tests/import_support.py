"""What the layout rounds' tests share: a text split into entries as (date, end, text with
its spaces made single), and the pieces of it left out (unplaced, layout, before the first)."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries


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
