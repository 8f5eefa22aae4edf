"""A JSON Lines file saved in Windows-1252 says how to mend it (hostile review 7).

Before: a file Notepad saved as "ANSI" (curly quotes and dashes as bytes 0x92–0x97) gave
twenty lines of "not UTF-8 (byte 0x93 at column 142)" and "… and 73 more", and nothing on
what to do; a UTF-16 file already got "save it as UTF-8".
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest

LINE = (
    '{"date": "2019-12-03", "id": "2019-12-03-x", "text": "Trump calls Kim \u201cRocket Man.\u201d",'
    ' "actors": [], "tags": [], "places": [], "statements": []}\n'
)


@pytest.mark.parametrize("command", [["range", "2019-12"], ["validate"]])
def test_a_windows_1252_file_gets_the_command_that_converts_it(
    run: Any, tmp_path: Path, command: list[str]
) -> None:
    path = tmp_path / "saved by notepad.jsonl"
    path.write_bytes(LINE.encode("cp1252"))
    args = [*command, str(path)] if command == ["validate"] else [*command, "--data", str(path)]
    result = run(*args)
    assert result.exit_code == 2, result
    assert "not UTF-8 (byte 0x93 at column" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"ktimeline: hint: {path} is not UTF-8 text; if Windows wrote it, convert it: "
        f"iconv -f cp1252 -t utf-8 {shlex.quote(str(path))} > NEW.jsonl"
    )


def test_a_utf8_file_with_another_problem_gets_no_such_hint(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(LINE.replace('"2019-12-03"', '"2019-13-03"', 1), encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2 and "iconv" not in result.stderr
