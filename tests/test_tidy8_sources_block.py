"""``sources`` below 100 columns: a block per source, whose wrapped title and publisher stay
indented under it (review 8: their continuation lines went back to column 0, where the next
source's name begins)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.conftest import event, write_jsonl

if TYPE_CHECKING:
    from pathlib import Path

TITLE = "A chronology of the long negotiations over the peninsula and its nuclear programmes"
PUBLISHER = "Comparative Connections: A Triannual E-Journal of Bilateral Relations"


def test_a_wrapped_title_and_publisher_stay_indented(run: Any, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    source = {"section": "chronology", "title": TITLE, "publication": PUBLISHER}
    write_jsonl(library / "long.jsonl", [event(id="2019-11-05-long", source=source)])
    result = run("sources", "--library", str(library), "-f", "table", "--width", "50",
                 "--color", "never")  # fmt: skip
    assert result.exit_code == 0, result
    lines = [line.rstrip() for line in result.stdout.splitlines() if line.strip()]
    block = lines[lines.index(next(line for line in lines if line.startswith("long"))) :]
    assert len(block) >= 5  # the name, then a title and a publisher of two lines or more
    assert all(line.startswith("  ") and not line.startswith("   ") for line in block[1:])
    said = " ".join(line.strip() for line in block[1:])
    assert said == f"{TITLE} {PUBLISHER}"  # every word, in order
    assert max(len(line) for line in lines) <= 50
