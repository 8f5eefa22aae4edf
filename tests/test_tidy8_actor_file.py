"""The actor file ``import`` writes (``--actors-out``, ``NAME.actors.jsonl``) is written as
every other file ktimeline writes (``writer.write_atomically``): its mode is kept, its
content synced before the rename, its errors worded as before (review 8: ``_save_actors``
hand-rolled a temporary file and os.replace, which made a 0644 file 0600)."""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

import pytest

import ktimeline

from .test_hostile7_library_writes import FIRST

if TYPE_CHECKING:
    from pathlib import Path


def test_adding_to_an_actor_file_keeps_its_mode(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text(FIRST, encoding="utf-8")
    actors = tmp_path / "mine.actors.jsonl"
    actors.write_text("", encoding="utf-8")
    actors.chmod(0o644)
    ktimeline.import_chronology(text, actors_out=actors)
    assert actors.read_text(encoding="utf-8").strip()  # it wrote the new actors
    assert stat.S_IMODE(actors.stat().st_mode) == 0o644


def test_an_actor_file_in_a_missing_directory_is_named_as_before(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text(FIRST, encoding="utf-8")
    with pytest.raises(ktimeline.InvalidArgumentError) as raised:
        ktimeline.import_chronology(text, actors_out=tmp_path / "no" / "mine.actors.jsonl")
    assert str(raised.value) == f"actors_out {os.strerror(2)}"  # "No such file or directory"
    assert raised.value.argument == "actors_out"
