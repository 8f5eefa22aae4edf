"""`ktimeline sources` on a terminal is a table (two reviews found raw tab-separated lines
there, the one listing that was); in a pipe it stays one tab-separated line per source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.test_pty import SGR_AS_TEXT, run_in_terminal

RULES = str.maketrans("", "", "│┃━╇")  # the table's column rules, not words


def _words(line: str) -> list[str]:
    return line.translate(RULES).split()


TEXT = "Key dates\n\n27 July 1953 - The armistice is signed at Panmunjom.\n\n12 June 2018 - Trump and Kim meet in Singapore.\n"


def _library(tmp_path: Path, run: Any) -> dict[str, str]:
    """A library holding one imported source (added in-process: only the listing is tested)."""
    library = tmp_path / "library"
    source = tmp_path / "armistice.txt"
    source.write_text(TEXT, encoding="utf-8")
    env = {"KTIMELINE_LIBRARY": str(library)}
    added = run(
        "import", str(source), "--add", "--publisher", "Example Press",
        "--source-title", "Two days of Korea", env=env,
    )  # fmt: skip
    assert added.exit_code == 0, added
    return env


@pytest.mark.slow
def test_sources_on_a_terminal_are_a_table(tmp_path: Path, run: Any) -> None:
    env = _library(tmp_path, run)
    code, screen, raw = run_in_terminal(["sources"], 140, 200, env)
    assert code == 0
    assert b"\x1b[" in raw  # colour was on: the terminal's path
    text = [line for line in screen if line.strip()]
    assert "\t" not in raw.decode()
    assert _words(text[0]) == ["Name", "Title", "Publisher", "Period", "Events", "Said"]
    row = next(line for line in text if "two-days-of-korea" in line)
    assert _words(row)[-5:] == ["1953-07-27", "–", "2018-06-12", "2", "0"]
    assert "Two days of Korea" in row and "Example Press" in row
    bundled = next(line for line in text if line.startswith("bundled"))
    assert _words(bundled)[-2:] == ["115", "44"]
    for line in screen:
        assert not SGR_AS_TEXT.search(line), line
        assert len(line) <= 140


@pytest.mark.slow
def test_sources_on_a_narrow_terminal_are_blocks(tmp_path: Path, run: Any) -> None:
    code, screen, _ = run_in_terminal(["sources"], 40, 200, _library(tmp_path, run))
    assert code == 0
    text = [line.strip() for line in screen if line.strip()]
    start = text.index(next(line for line in text if line.startswith("two-days-of-korea")))
    assert text[start : start + 3] == [
        "two-days-of-korea  2 events, 0 said,",
        "1953-07-27 – 2018-06-12",
        "Two days of Korea",
    ] or " ".join(text[start:]).startswith(
        "two-days-of-korea 2 events, 0 said, 1953-07-27 – 2018-06-12 Two days of Korea"
    )
    assert "Example Press" in text[start:]
    assert all(len(line) <= 40 for line in screen)


def test_sources_in_a_pipe_stay_tab_separated(tmp_path: Path, run: Any) -> None:
    env = _library(tmp_path, run)  # (in-process: standard output no terminal, as a pipe)
    piped = run("sources", env=env).stdout
    plain = run("sources", "-f", "plain", env=env).stdout
    assert piped == plain
    rows = [line.split("\t") for line in piped.splitlines()]
    assert len(rows) == 2 and all(len(row) == 12 for row in rows)
    records = run("sources", "-f", "jsonl", env=env)
    titles = {json.loads(line)["title"] for line in records.stdout.splitlines()}
    assert "Two days of Korea" in titles


def test_sources_table_in_a_pipe_has_no_escape_codes(tmp_path: Path, run: Any) -> None:
    env = {**_library(tmp_path, run), "COLUMNS": "120"}  # (FORCE_COLOR: unset for every test)
    out = run("sources", "-f", "table", env=env).stdout
    assert "\x1b" not in out and "\t" not in out
    assert _words(out)[:6] == ["Name", "Title", "Publisher", "Period", "Events", "Said"]
