"""scripts/measure_import.py survives a text whose import raises (session 24's blind run
crashed on one text, so no figure of the part could be read): that text counts as nothing
read, the other texts are scored, the crash is named, and the exit status is 1."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.import_corpus import Score
from tests.script_loading import load_script


def _script() -> ModuleType:
    return load_script("measure_import")


def _items() -> dict[str, Any]:
    entry = ["1999", None, "Text"]
    return {
        "good.txt": {"part": "tuning", "entries": [entry, entry], "left_out": []},
        "bad.txt": {"part": "tuning", "entries": [entry, entry, entry], "left_out": ["x"]},
    }


def _score(name: str, item: dict[str, Any], verbose: bool = False) -> Score:
    if name == "bad.txt":
        raise ValueError("invalid literal for int() with base 10: '700 AD'")
    return Score(right=2, expected=2, found=2)


def test_a_crash_costs_its_text_and_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    monkeypatch.setattr(script, "corpus", _items)
    monkeypatch.setattr(script, "score_file", _score)
    monkeypatch.setattr(script.sys, "argv", ["measure_import.py"])
    with pytest.raises(SystemExit) as stop:
        script.main()
    assert stop.value.code == 1
    out = capsys.readouterr().out
    assert "all: 2/5 entries right" in out
    assert "crashed (counted as nothing read): bad.txt: ValueError: invalid literal" in out


def test_no_crash_exits_normally(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    monkeypatch.setattr(script, "corpus", lambda: {"good.txt": _items()["good.txt"]})
    monkeypatch.setattr(script, "score_file", _score)
    monkeypatch.setattr(script.sys, "argv", ["measure_import.py"])
    script.main()
    out = capsys.readouterr().out
    assert "all: 2/2 entries right" in out
    assert "crashed" not in out
