"""A link in the library (or a --data directory) whose target is gone is said, never skipped
(hostile review 8).

Before: ``ln -s /mnt/usb/notes.jsonl $KTIMELINE_LIBRARY/notes.jsonl`` with the drive not
mounted — or the target moved — left that source out of every answer, ``sources`` included,
without a word (exit 0). Now every question says which link is broken and what to do (exit 2);
a link whose target exists is read as before.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import event, write_jsonl


@pytest.fixture
def library(tmp_path: Path) -> Path:
    directory = tmp_path / "lib"
    directory.mkdir()
    write_jsonl(directory / "kept.jsonl", [event(id="2019-11-05-kept")])
    return directory


@pytest.mark.parametrize("args", [["range", "2019-11"], ["sources"], ["search", "Esper"]])
def test_a_broken_link_in_the_library_is_said(run: Any, library: Path, args: list[str]) -> None:
    os.symlink(library.parent / "moved-away.jsonl", library / "notes.jsonl")
    result = run(*args, "--library", str(library))
    assert result.exit_code == 2, result
    assert (f"{library / 'notes.jsonl'}: a link to {library.parent / 'moved-away.jsonl'}, "
            "which does not exist") in result.stderr  # fmt: skip
    assert "remove the link" in result.stderr


def test_a_broken_link_in_a_data_directory_is_said(run: Any, library: Path) -> None:
    os.symlink("gone.jsonl", library / "notes.jsonl")
    result = run("range", "2019-11", "--data", str(library))
    assert result.exit_code == 2, result
    assert "notes.jsonl: a link to gone.jsonl, which does not exist" in result.stderr


def test_a_link_whose_target_exists_is_read(run: Any, library: Path, tmp_path: Path) -> None:
    target = write_jsonl(tmp_path / "elsewhere.jsonl", [event(id="2019-11-06-linked")])
    os.symlink(target, library / "linked.jsonl")
    result = run("range", "2019-11", "--library", str(library), "-f", "plain")
    assert result.exit_code == 0, result
    assert "2019-11-06-linked" in result.stdout and "2019-11-05-kept" in result.stdout
