"""An actor file ktimeline reads is one it can add to (hostile review 7).

Before: ``import --actors-out FILE`` read the existing FILE with ``str.splitlines``, which
also splits at U+2028, U+2029 and U+0085 inside a JSON string; an actor whose role held one
(written raw, as ``json.dumps(ensure_ascii=False)`` and ktimeline itself write it) made the
file "not an actor file (JSON Lines)", although ``validate --actors FILE`` read it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

TEXT = "Chronology\n\nDec. 2, 2019: Ambassador Shigeie Toshinori meets officials in Seoul.\n"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_an_actor_file_with_a_line_separator_inside_a_string_is_added_to(
    run: Any, tmp_path: Path, separator: str
) -> None:
    actors = tmp_path / "mine.actors.jsonl"
    record = {"name": "Zed Person", "kind": "person", "affiliation": "",
              "role": f"envoy{separator}(acting)", "aliases": []}  # fmt: skip
    actors.write_text(json.dumps(record, ensure_ascii=False) + "\r\n", encoding="utf-8")
    text = tmp_path / "notes.txt"
    text.write_text(TEXT, encoding="utf-8")
    result = run("import", str(text), "--actors-out", str(actors))
    assert result.exit_code == 0, result
    names = [json.loads(line)["name"] for line in actors.read_text("utf-8").split("\n") if line]
    assert names == ["Zed Person", "Shigeie Toshinori"]
    assert json.loads(actors.read_text("utf-8").split("\n")[0])["role"] == record["role"]
