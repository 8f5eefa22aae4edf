"""A file that is not JSON Lines at all is said to be what it is, with the way to read it
(hostile review 8).

Before: ``--data events.xlsx`` (or a PDF) gave twenty lines of ``not UTF-8 (byte 0x87 …)`` and
the hint to convert the file from cp1252 with iconv, which would have made a zip into nonsense;
``--data events.csv`` — ktimeline's own ``-f csv`` output, or a user's table — twenty lines of
``invalid JSON``; a text chronology the same. Now one line names the kind of file and what
reads it (``import`` for a written chronology, ``-f jsonl`` for a table), the rest of the file
not read. A file that holds JSON Lines loads whatever its name.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import event, write_jsonl

PDF = Path(__file__).parent / "data" / "import" / "chromium-ligatures.pdf"
HTML = Path(__file__).parent / "data" / "import" / "chromium-ligatures.html"


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return path


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda d, run: d.joinpath("e.csv").write_text(run("range", "2019-12", "-f", "csv").stdout)
         and d / "e.csv", "a table ktimeline wrote (-f csv or -f tsv)"),
        (lambda d, run: d.joinpath("e.tsv").write_text(run("range", "2019-12", "-f", "tsv").stdout)
         and d / "e.tsv", "a table ktimeline wrote (-f csv or -f tsv)"),
        (lambda d, run: d.joinpath("mine.csv").write_bytes(
            b"\xef\xbb\xbfDate,Event\r\n2019-12-03,Trump at NATO\r\n") and d / "mine.csv",
         "a CSV table"),
        (lambda d, run: _zip(d / "events.xlsx"), "a zip file (a spreadsheet"),
        (lambda d, run: PDF, "a PDF"),
        (lambda d, run: HTML, "an HTML page"),
        (lambda d, run: d.joinpath("notes.txt").write_text(
            "Chronology\nDec. 3, 2019: Trump at NATO.\nDec. 4, 2019: More.\n") and d / "notes.txt",
         "text"),
    ],
    ids=["own-csv", "own-tsv", "excel-csv", "xlsx", "pdf", "html", "text"],
)  # fmt: skip
def test_a_file_of_another_kind_is_one_line_naming_it(
    run: Any, tmp_path: Path, make: Any, said: str
) -> None:
    path = make(tmp_path, run)
    result = run("range", "--data", str(path))
    assert result.exit_code == 2, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"ktimeline: error: {path}:1: {said}")
    assert "reads JSON Lines" in lines[0] and "the rest of the file is not read" in lines[0]
    assert "iconv" not in result.stderr
    if said in ("a PDF", "an HTML page", "text", "a CSV table"):
        assert f"ktimeline import {path} --add" in lines[0]


def test_json_lines_load_whatever_the_files_name(run: Any, tmp_path: Path) -> None:
    for name in ("events.csv", "events.txt", "events.html"):
        path = write_jsonl(tmp_path / name, [event()])
        result = run("range", "--data", str(path), "-f", "jsonl")
        assert result.exit_code == 0, result
        assert json.loads(result.stdout)["id"] == "2019-11-05-test-event"


def test_a_json_lines_file_with_a_bad_first_line_still_has_every_line_checked(
    run: Any, tmp_path: Path
) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text("oops\n" + json.dumps(event()) + "\n{bad\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert "broken.jsonl:1: invalid JSON" in result.stderr
    assert "broken.jsonl:3: invalid JSON" in result.stderr


@pytest.mark.parametrize("format", ["csv", "tsv", "jsonl"])
def test_import_refuses_ktimelines_own_output(run: Any, tmp_path: Path, format: str) -> None:
    """ktimeline's own -f csv output was imported as 67 entries whose text was the row's
    other cells (",2019-12-03-ri-thae-song-…,North Korean Vice …"), exit 0."""
    path = tmp_path / f"own.{format}"
    path.write_text(run("range", "2019-12", "-f", format).stdout, encoding="utf-8")
    out = tmp_path / "imported.jsonl"
    result = run("import", str(path), "-o", str(out))
    assert result.exit_code == 2, result
    assert not out.exists()
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"ktimeline: error: {path}: ")
    assert "--data FILE" in line


def test_import_says_a_spreadsheet_is_one(run: Any, tmp_path: Path) -> None:
    result = run("import", str(_zip(tmp_path / "events.xlsx")), "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 2, result
    assert "a zip file (a spreadsheet" in result.stderr
    assert "--encoding cp1252" not in result.stderr
