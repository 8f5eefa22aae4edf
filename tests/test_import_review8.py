"""Issue 22, review 8's findings on the importer's layout rules (notes/review8.md: B1, B2, B6,
B7, B8, B9), each on short chronologies written for the test, in several languages and subjects
(never the review's own inputs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing import entries
from ktimeline.importing.entries import split_entries

if TYPE_CHECKING:
    from collections.abc import Callable


def _read(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    return [
        (e.date, e.end_date, " ".join(" ".join(e.parts).split()))
        for e in split_entries(text, year).entries
    ]


# --- B7: the splitter's work grows with the page, not with its square -----------------------

_DAYS: dict[str, tuple[list[str], list[str]]] = {
    "English": (
        ["March", "April", "May"],
        ["Kilmore fire started", "Bendigo fire started", "Churchill fire started"],
    ),
    "German": (
        ["März", "April", "Mai"],
        ["Hochwasser in Passau", "Deich bei Deggendorf bricht", "Pegel sinkt in Regensburg"],
    ),
    "French": (
        ["mars", "avril", "mai"],
        ["Grève à la gare", "Manifestation place de la République", "Vote à l'Assemblée"],
    ),
}


def _days_with_items(language: str, days: int) -> str:
    months, items = _DAYS[language]
    return "".join(
        f"{1 + i % 28} {months[i // 28 % 3]} {2000 + i // 84}\n" + "\n".join(items) + "\n\n"
        for i in range(days)
    )


def _comparisons(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """(entries read, Entry.__eq__ calls while reading them)."""
    calls = [0]
    compare: Callable[[entries.Entry, object], bool] = entries.Entry.__eq__

    def counted(entry: entries.Entry, other: object) -> bool:
        calls[0] += 1
        return compare(entry, other)

    monkeypatch.setattr(entries.Entry, "__eq__", counted)
    return len(split_entries(text).entries), calls[0]


@pytest.mark.parametrize("language", sorted(_DAYS))
def test_items_under_many_days_take_no_entry_comparisons_per_pair(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    # each item asked "is the day above still an entry?": by identity, not by a list search
    # comparing it with every entry so far (81 s for 6,000 days before)
    read, comparisons = _comparisons(monkeypatch, _days_with_items(language, 400))
    assert read == 1200
    assert comparisons <= read
    doubled, comparisons_doubled = _comparisons(monkeypatch, _days_with_items(language, 800))
    assert doubled == 2400
    assert comparisons_doubled <= 2 * comparisons + 10
