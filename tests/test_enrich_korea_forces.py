"""A state and "Korea" before a noun of forces ("U.S. and Korea troops"): "Korea" alone is the
one name whose finding holds no actor's name (its state is told by the date), and the forces
rule read that name before asking what the finding was: an IndexError, a traceback on import
(found by the blind enrichment part held-out-19, session 9)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.loader import load_vocabulary

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("U.S. and Korea troops held drills near the border.", "1998-05-01"),
        ("American and Korea forces held a joint exercise.", "2010-03-08"),
        ("Japanese and Korea forces met at sea.", "1953-01-02"),
    ],
)
def test_a_state_and_korea_before_forces(text: str, date: str) -> None:
    found = Enricher(load_vocabulary([])).enrich(text, date)
    assert "South Korea" in found.actors


def test_the_import_reads_it(run: Any, tmp_path: Path) -> None:
    text = tmp_path / "drills.txt"
    text.write_text("March 8, 2010: U.S. and Korea troops begin their drills.\n", "utf-8")
    result = run("import", str(text))
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert '"South Korea"' in result.stdout
