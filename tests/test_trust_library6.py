"""The library, as a hostile user found it (notes/hostile-s5.md, findings 4, 7, 8, 12, 13, 17):
re-adding an edited file, naming a source to remove it, the lock held only while files are
replaced, what `sources` offers, library citations, HTML titles and a missing library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ktimeline.library import library_directory, library_sources
from ktimeline.loader import chronology_files

CHRONOLOGY = (
    "Chronology of test events\n\n"
    "Dec. 2, 2019: North Korea fires two short-range missiles into the sea.\n"
    'Dec. 3, 2019: Trump calls Kim "Rocket Man" at a NATO meeting.\n'
    'Dec. 7, 2019: North Korea says it carried out a "very important test" at Sohae.\n'
)


@pytest.fixture
def library() -> Path:
    """The test's own library (conftest points KTIMELINE_LIBRARY into its tmp_path)."""
    return library_directory()


def _ids(run: Any) -> list[str]:
    lines = run("range", "2019-12-02", "2019-12-07", "-f", "jsonl").stdout.splitlines()
    return [json.loads(line)["id"] for line in lines]


# --- 4: re-adding an edited file replaces its source ----------------------------------------


def test_re_adding_an_edited_file_replaces_its_source(
    run: Any, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    first = run("import", str(text), "--add", "--address", "https://x.example/c")
    assert first.exit_code == 0, first
    before = _ids(run)
    text.write_text(CHRONOLOGY.replace("two short-range", "two short range"))
    monkeypatch.chdir(tmp_path)  # the same file, named another way
    again = run("import", "./c.txt", "--add")
    assert again.exit_code == 0, again
    assert "replaced source 'c' (the same file, added " in again.stderr
    assert [s.name for s in library_sources(library)] == ["c"]
    after = _ids(run)
    assert len(after) == len(before)  # not doubled (the bundled ones and the three)
    # the replaced source's address is kept (the edit did not move the page)
    [source] = library_sources(library)
    assert source.address == "https://x.example/c"


def test_keep_both_adds_an_edited_file_beside_its_source(
    run: Any, library: Path, tmp_path: Path
) -> None:
    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    assert run("import", str(text), "--add").exit_code == 0
    text.write_text(CHRONOLOGY.replace("Rocket Man", "rocket man"))
    both = run("import", str(text), "--add", "--keep-both")
    assert both.exit_code == 0, both
    assert "replaced" not in both.stderr
    assert sorted(s.name for s in library_sources(library)) == ["c", "c-2"]
    # identical text is still the same source, --keep-both or not
    same = run("import", str(text), "--add", "--keep-both")
    assert "replaced source 'c-2' (the same text" in same.stderr
    assert len(chronology_files(library)) == 2
    refused = run("import", str(text), "--keep-both")
    assert refused.exit_code == 2 and "--keep-both is for adding to the library" in refused.stderr
