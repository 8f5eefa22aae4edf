"""A Timeline never answers from a small file that has changed (hostile review 8).

Before: ``t = ktimeline.open("live.jsonl")`` read a small file once and kept it: after a line
was appended, ``t.events()`` and ``t.search(...)`` still gave the old answers, while a large
file's answers (asked through its index, confirmed every time) followed the file. A notebook
that keeps its Timeline open while a chronology is edited or imported into then showed stale
answers, silently. Now a question after a file read (or the actor file beside it) changed
reads it again, whatever its size.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import ktimeline
from tests.conftest import event, write_jsonl


def _append(path: Path, record: dict[str, object]) -> None:
    with path.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(record) + "\n")


def test_an_appended_event_is_seen_by_the_next_question(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "live.jsonl", [event(id="2019-11-05-one")])
    timeline = ktimeline.open(path)
    assert len(timeline.events()) == 1
    assert len(timeline.search("Alpha")) == 0
    _append(path, event(id="2019-11-06-two", date="2019-11-06", text="Alpha talks in Seoul."))
    assert len(timeline.events()) == 2
    assert [row.event.id for row in timeline.search("Alpha")] == ["2019-11-06-two"]


def test_an_edit_of_the_same_size_with_its_old_time_is_seen(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "live.jsonl", [event(text="Alpha talks in Seoul.")])
    timeline = ktimeline.open(path)
    assert len(timeline.search("Alpha")) == 1
    before = path.stat()
    path.write_text(path.read_text("utf-8").replace("Alpha", "Bravo"), "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert len(timeline.search("Alpha")) == 0
    assert len(timeline.search("Bravo")) == 1


def test_a_new_actor_file_beside_the_data_is_read(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "live.jsonl", [event()])
    timeline = ktimeline.open(path)
    assert len(timeline.events()) == 1
    actor = {"name": "Zed Person", "kind": "person", "affiliation": "Nowhere",
             "role": "envoy", "aliases": ["Zed"]}  # fmt: skip
    write_jsonl(tmp_path / "live.actors.jsonl", [actor])
    _append(path, event(id="2019-11-07-zed", date="2019-11-07", text="Zed visits.",
                        actors=["Zed Person"]))  # fmt: skip
    assert [found.id for found in timeline.events(actors="Zed")] == ["2019-11-07-zed"]


def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "still.jsonl", [event()])
    timeline = ktimeline.open(path)
    first = timeline.chronology()
    assert timeline.chronology() is first
