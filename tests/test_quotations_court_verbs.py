"""Verbs of a courtroom and a crowd lead into words spoken: "testified", "shouted", "yelled",
"exclaimed", "whispered", "pleaded". Before, "He testifies, “I didn't shoot my wife or son,”"
was neither a statement nor listed as unclear: the words were dropped silently (user9's
Murdaugh trial chronology, session 9)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    "line",
    [
        'May 3, 2011: Senator Jane Roe testified: "We were never told."',
        "May 3, 2011: “We were never told,” Senator Jane Roe testified.",
        'May 3, 2011: Senator Jane Roe shouted, "We were never told."',
        "May 3, 2011: Senator Jane Roe pleaded: ‘We were never told.’",
    ],
)
def test_a_named_speaker_of_a_court_or_crowd_verb(run: Any, tmp_path: Path, line: str) -> None:
    text = tmp_path / "hearing.txt"
    text.write_text(line + "\n", "utf-8")
    result = run("import", str(text), "--check")
    assert result.exit_code == 0, result.stderr
    assert "Jane Roe: “We were never told" in result.stdout  # (its comma or stop kept)


def test_words_testified_by_someone_unknown_are_listed(run: Any, tmp_path: Path) -> None:
    text = tmp_path / "trial.txt"
    text.write_text(
        "Feb. 23, 2023: Murdaugh takes the stand. He testifies, \"I didn't shoot my wife or "
        'son," and breaks down in tears.\n',
        "utf-8",
    )
    result = run("import", str(text), "--check")
    assert result.exit_code == 0, result.stderr
    assert "quotation whose speaker is not clear" in result.stdout
    assert "I didn't shoot my wife or son" in result.stdout
