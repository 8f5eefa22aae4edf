"""user15: findings a researcher's week left (user14): validate's actor tables, years before
the Common Era and abbreviated spans in ``range``, seasons and "mid-" years."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .conftest import event, write_jsonl

if TYPE_CHECKING:
    from pathlib import Path

TABLES = "the bundled actors, the knowledge base of the field"


def _library_with(tmp_path: Path, name: str) -> Path:
    """The test's library (KTIMELINE_LIBRARY) holding one source whose actor file has
    ``name``: a library another machine would not have."""
    library = tmp_path / "library"
    library.mkdir(exist_ok=True)
    write_jsonl(library / "club.jsonl", [event(id="1999-05-26-a", actors=[name])])
    write_jsonl(library / "club.actors.jsonl", [{"name": name, "kind": "person"}])
    assert os.environ["KTIMELINE_LIBRARY"] == str(library)
    return library


def test_validate_of_a_file_does_not_read_the_users_library(run: Any, tmp_path: Path) -> None:
    """A file naming an actor only the user's library holds is not valid alone: it would say
    "unknown actor" on a machine without that library; the note names the tables read."""
    _library_with(tmp_path, "Harold Pemberton")
    path = write_jsonl(tmp_path / "edit.jsonl", [event(actors=["Harold Pemberton"])])
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert f"{path}:1: unknown actor 'Harold Pemberton'" in result.stderr
    assert (
        f"ktimeline: note: actors checked against {TABLES} (not the library's: "
        "--library-actors adds them)\n"
    ) in result.stderr


def test_validate_library_actors_is_the_explicit_option(run: Any, tmp_path: Path) -> None:
    library = _library_with(tmp_path, "Rosa Lindqvist")
    path = write_jsonl(tmp_path / "edit.jsonl", [event(actors=["Rosa Lindqvist"])])
    result = run("validate", str(path), "--library-actors")
    assert (result.exit_code, result.stdout) == (
        0,
        f"OK: 1 event, naming 1 of the 40 actors known ({TABLES}, the library's actor files "
        f"({library}))\n",
    )


def test_validate_names_the_files_own_actor_file(run: Any, tmp_path: Path) -> None:
    """The file's own actors (NAME.actors.jsonl beside it) travel with it: read, and named."""
    path = write_jsonl(tmp_path / "trial.jsonl", [event(actors=["Judge Amara Okafor"])])
    write_jsonl(tmp_path / "trial.actors.jsonl", [{"name": "Judge Amara Okafor", "kind": "person"}])
    result = run("validate", str(path))
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 1 event, naming 1 of the 40 actors known (the bundled actors, trial.actors.jsonl, "
        "the knowledge base of the field)\n",
    )


def test_validate_without_files_reads_the_library_as_its_data(run: Any, tmp_path: Path) -> None:
    _library_with(tmp_path, "Harold Pemberton")
    result = run("validate")
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 116 events, naming 40 of the 40 actors known (the bundled actors, "
        "club.actors.jsonl, the knowledge base of the field)\n",
    )
