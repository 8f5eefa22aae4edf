"""Scoring the importer on the real corpus in tests/data/import/real (see its README).

Used by tests/test_import_real.py and scripts/measure_import.py.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ktimeline.importing.events import clean_text
from ktimeline.importing.tables import read_entries

REAL = Path(__file__).parent / "data" / "import" / "real"


@dataclass
class Score:
    right: int = 0
    expected: int = 0
    found: int = 0
    reported: int = 0
    absorbed: int = 0
    left_out: int = 0
    unplaced: int = 0  # lines or pieces the importer reported as not placed
    layout: int = 0  # lines or pieces it recognised as layout


def score_file(name: str, spec: dict[str, object], verbose: bool = False) -> Score:
    text = (REAL / name).read_text("utf-8")
    split = read_entries(text)
    got = [(e.date, e.end_date, clean_text(e.text)) for e in split.entries]
    expected = [tuple(item) for item in spec["entries"]]  # type: ignore[attr-defined]
    keys = [f"{d}|{e}" for d, e, _ in got]
    want = [f"{d}|{e}" for d, e, _ in expected]
    score = Score(expected=len(expected), found=len(got))
    score.unplaced, score.layout = len(split.unplaced), len(split.layout)
    matcher = difflib.SequenceMatcher(a=want, b=keys, autojunk=False)
    matched = set()
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            w, g = expected[block.a + k], got[block.b + k]
            if g[2].startswith(str(w[2])):
                score.right += 1
                matched.add(block.a + k)
    skipped = [item.text for item in (*split.unplaced, *split.layout, *split.before)]
    for piece in spec["left_out"]:  # type: ignore[attr-defined]
        score.left_out += 1
        listed = str(piece) in skipped  # (a title listed, that an entry's text repeats)
        if not listed and any(str(piece) in entry for _, _, entry in got):
            score.absorbed += 1
        elif any(str(piece) in item or item in str(piece) for item in skipped):
            score.reported += 1
    if verbose:
        for index, item in enumerate(expected):
            if index not in matched:
                print(f"  {name}: missed {item}")
        wanted = {(d, e) for d, e, _ in expected}
        for item in got:
            if (item[0], item[1]) not in wanted:
                print(f"  {name}: extra {item[0]} {item[1]} {item[2][:50]!r}")
    return score


def corpus() -> dict[str, Any]:
    result: dict[str, Any] = json.loads((REAL / "expected.json").read_text("utf-8"))
    return result


def add(total: Score, score: Score) -> None:
    for item in fields(Score):
        setattr(total, item.name, getattr(total, item.name) + getattr(score, item.name))
