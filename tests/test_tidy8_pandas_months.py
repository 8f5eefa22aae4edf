"""docs/python-api.md: reading ktimeline's JSON Lines with pandas needs ``dtype=False``, else
a month-only date ("2019-11") becomes a day (hostile review 8, item 12). Both halves of the
claim are checked here, with the pandas the tests install."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas

if TYPE_CHECKING:
    from pathlib import Path


def test_read_json_needs_dtype_false_to_keep_a_month(run: Any, tmp_path: Path) -> None:
    written = tmp_path / "nov.jsonl"
    written.write_text(run("range", "2019-11", "-f", "jsonl").stdout, encoding="utf-8")
    default = pandas.read_json(written, lines=True)
    assert str(default["date"].dtype).startswith("datetime64")  # "2019-11" read as a day
    kept = pandas.read_json(written, lines=True, dtype=False)
    assert "2019-11" in set(kept["date"])  # the month, as written
    again = tmp_path / "again.jsonl"
    kept.to_json(again, orient="records", lines=True, force_ascii=False)
    before = run("range", "2019-11", "-f", "plain")
    after = run("range", "--data", str(again), "-f", "plain")
    assert after.exit_code == 0, after.stderr
    assert after.stdout == before.stdout  # the same answers
    default.to_json(tmp_path / "days.jsonl", orient="records", lines=True, date_format="iso")
    assert run("range", "--data", str(tmp_path / "days.jsonl")).exit_code == 2  # days: refused
