"""Hostile review s5 (notes/hostile-s5.md), reading and writing chronology files and the
command line's arguments: what ktimeline writes loads again (3), an import never overwrites
its own input (5), globs and repeated files (6, 10), date messages (14, 15), foreign JSON
Lines (16) and small messages (17)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import event, write_jsonl

# --- 3a: --dedupe's reported_by loads again ---------------------------------------------------


def test_reported_by_of_dedupe_output_is_a_derived_field_the_reader_accepts(
    run: Any, tmp_path: Path
) -> None:
    record = event(
        reported_by=[{"source": "Kyodo", "id": "2019-11-05-other", "reason": "same day"}]
    )
    data = write_jsonl(tmp_path / "dd.jsonl", [record])
    checked = run("validate", str(data))
    assert checked.exit_code == 0, checked.stderr
    listed = run("range", "2019-11-05", "--data", str(data), "-f", "jsonl")
    assert listed.exit_code == 0, listed.stderr
    assert json.loads(listed.stdout)["id"] == record["id"]


def test_a_json_array_is_refused_with_the_way_to_json_lines(run: Any, tmp_path: Path) -> None:
    array = tmp_path / "x.json"
    array.write_text(run("range", "2019-12-03", "-f", "json").stdout, "utf-8")
    refused = run("validate", str(array))
    assert refused.exit_code == 2
    assert "jq -c '.[]'" in refused.stderr
