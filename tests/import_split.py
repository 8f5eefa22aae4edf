"""What the layout tests ask of ``split_entries``: the entries read, and the pieces left out
(``left_out`` is tests/import_support.py's)."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries
from tests.import_support import left_out


def dates(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    """The entries read from ``text``: (date, end date, text)."""
    return [(e.date, e.end_date, e.text) for e in split_entries(text, year).entries]


def in_no_entry(text: str, *pieces: str) -> None:
    """Every piece is listed as left out, and no entry's text holds it."""
    skipped = left_out(text)
    texts = [entry for _, _, entry in dates(text)]
    for piece in pieces:
        assert any(piece in item for item in skipped), piece
        assert not any(piece in entry for entry in texts), piece
