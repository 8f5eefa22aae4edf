"""The actors a chronology names that the actor tables lack live beside it (NAME.actors.jsonl,
written by `import`) and are read whenever the chronology is: no --actors option needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ktimeline.errors import DataError
from ktimeline.loader import chronology_files, load_chronology

from .conftest import event, write_jsonl

KIM = {"name": "Kim Il Sung", "kind": "person", "affiliation": "North Korea",
       "role": "Leader of North Korea", "aliases": ["Kim Il-sung"]}  # fmt: skip


def chronology(directory: Path, name: str, actor: dict[str, Any]) -> Path:
    path = write_jsonl(directory / f"{name}.jsonl", [event(
        id=f"1994-07-08-{name}", date="1994-07-08", text="Kim Il Sung dies.",
        actors=[actor["name"]], tags=[], places=[],
    )])  # fmt: skip
    (directory / f"{name}.actors.jsonl").write_text(json.dumps(actor) + "\n", "utf-8")
    return path


def test_a_chronologys_actors_beside_it_are_read_with_it(tmp_path: Path) -> None:
    path = chronology(tmp_path, "one", KIM)
    loaded = load_chronology([path])
    assert loaded.events[0].actors == ("Kim Il Sung",)
    assert "Kim Il Sung" in loaded.vocabulary.actors


def test_one_actor_beside_two_chronologies_is_one_actor(tmp_path: Path) -> None:
    paths = [chronology(tmp_path, "one", KIM), chronology(tmp_path, "two", KIM)]
    assert len(load_chronology(paths).events) == 2
    assert len(load_chronology([tmp_path]).events) == 2  # a directory: its chronologies only
    assert [path.name for path in chronology_files(tmp_path)] == ["one.jsonl", "two.jsonl"]


def test_two_different_records_of_one_name_are_still_refused(tmp_path: Path) -> None:
    paths = [chronology(tmp_path, "one", KIM),
             chronology(tmp_path, "two", {**KIM, "role": "President"})]  # fmt: skip
    with pytest.raises(DataError, match="duplicate name 'Kim Il Sung'"):
        load_chronology(paths)
