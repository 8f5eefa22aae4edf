"""`ktimeline validate` and `--version`: OK and counts, or every problem and exit 2."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ktimeline import __version__

from .conftest import event, write_jsonl

if TYPE_CHECKING:
    from pathlib import Path


def test_validate_bundled(run: Any) -> None:
    result = run("validate")
    assert result.exit_code == 0
    assert (
        result.stdout
        == "OK: 115 events, naming 39 of the 39 actors known (the bundled actors, the knowledge base of the field)\n"
    )
    assert result.stderr == ""


def test_validate_given_files(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mine.jsonl", [event(), event(id="2019-11-06-b")])
    result = run("validate", str(path))
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 2 events, naming 2 of the 39 actors known (the bundled actors, the knowledge base of the field)\n",
    )


def test_validate_a_file_naming_no_actor_says_so(run: Any, tmp_path: Path) -> None:
    """The count of actors is the events' own, of the table they were checked against: a file
    whose events name nobody (an imported chronology of a club's matches) is not "39 actors"."""
    records = [
        event(id="1954-07-04-a", date="1954-07-04", text="Das Wunder von Bern.", actors=[]),
        event(id="1974-07-07-b", date="1974-07-07", text="Weltmeister in München.", actors=[]),
    ]
    path = write_jsonl(tmp_path / "fussball.jsonl", records)
    result = run("validate", str(path))
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 2 events, naming 0 of the 39 actors known (the bundled actors, the knowledge base of the field)\n",
    )


def test_validate_reports_every_problem_on_stderr(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"\n' + '{"id": "a", "date": "2019-02-30", "text": "t"}\n', "utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"ktimeline: error: {path}:1: invalid JSON")
    reason = "date '2019-02-30' does not exist (day is out of range for month)"
    assert lines[1] == f"ktimeline: error: {path}:2: {reason}"
    assert "Traceback" not in result.stderr


def test_validate_missing_file(run: Any, tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2
    assert result.stderr == f"ktimeline: error: {tmp_path / 'nope.jsonl'}: no such file\n"


def test_validate_with_extra_actors(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "e.jsonl", [event(actors=["Zorro"])])
    assert run("validate", str(path)).exit_code == 2
    actors = write_jsonl(tmp_path / "a.jsonl", [{"name": "Zorro", "kind": "person"}])
    result = run("validate", str(path), "--actors", str(actors))
    assert (result.exit_code, result.stdout) == (
        0,
        f"OK: 1 event, naming 1 of the 40 actors known (the bundled actors, {actors}, "
        "the knowledge base of the field)\n",
    )


def test_validate_reads_stdin(run: Any) -> None:
    import json

    result = run("validate", "-", input=json.dumps(event()) + "\n")
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 1 event, naming 2 of the 39 actors known (the bundled actors, the knowledge base of the field)\n",
    )


def test_version(run: Any) -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"ktimeline {__version__}\n")


def test_validate_reads_a_file_named_twice_once_and_says_so(run: Any, tmp_path: Path) -> None:
    """validate reads its files as every command reads data (a file named twice is read
    once, with the note other commands give), not with a reading of its own."""
    path = write_jsonl(tmp_path / "mine.jsonl", [event(), event(id="2019-11-06-b")])
    once = run("validate", str(path))
    twice = run("validate", str(path), str(path))
    assert (twice.exit_code, twice.stdout) == (once.exit_code, once.stdout) == (0, once.stdout)
    assert twice.stderr == f"ktimeline: note: {path} is given twice; it is read once\n"
    assert once.stderr == ""
