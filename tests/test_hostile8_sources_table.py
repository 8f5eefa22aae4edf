"""``sources`` takes the table options every other listing takes (hostile review 8).

Before: ``ktimeline sources`` drew a table on a terminal but refused ``--no-pager`` ("No such
option"), ``--color`` and ``--width``, and never paged a library of many sources; a script or
an alias that passes ``--no-pager`` to every listing failed on this one.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import event, write_jsonl
from tests.test_pty import run_in_terminal


def _library(tmp_path: Path, count: int = 30) -> Path:
    library = tmp_path / "many"
    library.mkdir()
    for n in range(count):
        # "publication", the data format's field: the "publisher" written here before is one
        # the loader refuses, and `sources` reads a source as the loader does (tidy19)
        source = {"section": "chronology", "title": f"Source number {n}", "publication": "Press"}
        write_jsonl(library / f"s{n:02d}.jsonl",
                    [event(id=f"2019-11-05-s{n}", source=source)])  # fmt: skip
    return library


def test_sources_takes_the_table_options(run: Any, tmp_path: Path) -> None:
    library = _library(tmp_path, 3)
    plain = run("sources", "--library", str(library), "--no-pager")
    assert plain.exit_code == 0, plain
    assert "Source number 2" in plain.stdout
    table = run("sources", "--library", str(library), "-f", "table", "--width", "60",
                "--color", "always", "--pager")  # fmt: skip
    assert table.exit_code == 0, table
    assert "\x1b[" in table.stdout
    assert max(len(line) for line in table.stdout.splitlines()) <= 60 + 40  # escape codes


@pytest.mark.slow
def test_many_sources_are_paged_on_a_terminal_unless_no_pager(tmp_path: Path) -> None:
    library = _library(tmp_path)
    captured = tmp_path / "paged.txt"
    pager = (f"{sys.executable} -c \"import sys; "
             f"open({str(captured)!r}, 'wb').write(sys.stdin.buffer.read())\"")  # fmt: skip
    env = {"KTIMELINE_PAGER": pager}
    code, screen, _ = run_in_terminal(["sources", "--library", str(library)], 100, 12, env)
    assert code == 0
    assert "Source number 29" in captured.read_text("utf-8")
    assert not any("Source number 29" in line for line in screen)
    captured.unlink()
    code, screen, _ = run_in_terminal(
        ["sources", "--library", str(library), "--no-pager"], 100, 12, env
    )
    assert code == 0 and not captured.exists()


def _completed(words: str, library: Path) -> list[str]:
    from tests.conftest import run_process

    typed = words.split()
    env = {
        "_KTIMELINE_COMPLETE": "complete_bash", "COMP_WORDS": words,
        "COMP_CWORD": str(len(typed) - (0 if words.endswith(" ") else 1)),
        "KTIMELINE_LIBRARY": str(library),
    }  # fmt: skip
    done = run_process([], env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8").split()


def test_sources_remove_completes_the_librarys_names(tmp_path: Path) -> None:
    """`sources remove <Tab>` offered nothing (every other value of the data completes)."""
    library = _library(tmp_path, 3)
    assert _completed("ktimeline sources ", library) == ["remove"]
    assert _completed("ktimeline sources remove ", library) == ["s00", "s01", "s02"]
    assert _completed("ktimeline sources remove s01", library) == ["s01"]
    assert _completed("ktimeline sources remove s01 ", library) == []
