"""A problem says it is about bytes that are not UTF-8 by a field set where it is made, and
the CLI's hint (convert it with iconv) reads that field, not the reason's words (review 8:
``reasons.not_utf8`` matched ``startswith("not UTF-8 (")`` and ``"try --encoding" not in``
text importing/sources.py wrote separately)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.cli.messages import data_hint
from ktimeline.errors import DataError, Problem
from ktimeline.importing.sources import decode

if TYPE_CHECKING:
    from pathlib import Path


def problem_of(raw: bytes, encoding: str | None) -> Problem:
    with pytest.raises(DataError) as raised:
        decode("notes.txt", raw, encoding)
    (problem,) = raised.value.problems
    return problem


def test_the_importer_marks_its_encoding_problems_with_the_way_out_said() -> None:
    cp1252 = problem_of("Café — 1 Dec 2019: text\n".encode("cp1252"), None)
    assert (cp1252.kind, cp1252.remedied) == (Problem.NOT_UTF8, True)
    assert "try --encoding cp1252" in cp1252.reason
    utf16 = problem_of("1 Dec 2019: a text in UTF-16\n".encode("utf-16-le"), None)
    assert (utf16.kind, utf16.remedied) == (Problem.NOT_UTF8, True)
    ascii_asked = problem_of("Café\n".encode(), "ascii")  # not the encoding asked: not UTF-8's
    assert (ascii_asked.kind, ascii_asked.remedied) == ("", False)
    for problem in (cp1252, utf16, ascii_asked):  # none gets the iconv hint
        assert data_hint(DataError([problem])) is None


def test_the_hint_reads_the_field_not_the_words() -> None:
    unmarked = Problem("data.jsonl", 3, "not UTF-8 (byte 0x87 at column 1)")
    assert data_hint(DataError([unmarked])) is None  # the words alone are not the kind
    reworded = Problem("data.jsonl", 3, "bytes that are no UTF-8 at column 1", Problem.NOT_UTF8)
    hint = data_hint(DataError([reworded]))
    assert hint is not None and "iconv -f cp1252 -t utf-8 data.jsonl > NEW.jsonl" in hint
    said = Problem("data.jsonl", 3, "anything", Problem.NOT_UTF8, remedied=True)
    assert data_hint(DataError([said])) is None


def test_a_data_file_that_is_not_utf8_gets_the_hint(run: Any, tmp_path: Path) -> None:
    data = tmp_path / "windows.jsonl"
    data.write_bytes('{"id": "x", "date": "2019-12-01", "text": "Caf\xe9"}\n'.encode("cp1252"))
    result = run("range", "--data", str(data))
    assert result.exit_code == 2
    assert "windows.jsonl:1: not UTF-8 (byte 0xe9 at column" in result.stderr
    assert f"iconv -f cp1252 -t utf-8 {data} > NEW.jsonl" in result.stderr
