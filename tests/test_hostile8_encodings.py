"""Output in an encoding that cannot hold the data (hostile review 8).

Before: with ``PYTHONIOENCODING=ascii`` (or a latin-1 locale) the human formats wrote "?" for
every character they could not hold — "North Korea?s", a Hangul title all "?" — and said
nothing; ``sources -f table`` (and ``sources`` of a title that is not ASCII) stopped with an
internal error (``UnicodeEncodeError``, exit 70). Now the replacement is said once on stderr,
with the way to keep the characters, and ``sources`` writes as every listing does (human
formats replaced, machine formats UTF-8).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import event, run_process, write_jsonl

NOTE = "not written in the output's encoding"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_replaced_characters_are_said_once(encoding: str) -> None:
    done = run_process(["range", "2019-12-24", "-f", "plain"], env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr
    assert b"?deal with it.?" in done.stdout
    stderr = done.stderr.decode(encoding)
    assert stderr.count(NOTE) == 1, stderr
    assert "4 characters were" in stderr and f"({encoding})" in stderr
    assert "PYTHONIOENCODING=utf-8" in stderr


def test_nothing_is_said_when_nothing_was_replaced() -> None:
    utf8 = run_process(["range", "2019-12-24", "-f", "plain"], env={"PYTHONIOENCODING": "utf-8"})
    assert utf8.returncode == 0 and NOTE not in utf8.stderr.decode()
    machine = run_process(["range", "2019-12-24", "-f", "jsonl"], env={"PYTHONIOENCODING": "ascii"})
    assert machine.returncode == 0 and NOTE.encode() not in machine.stderr
    assert "“deal with it.”" in machine.stdout.decode("utf-8")


def test_sources_in_an_ascii_output(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    # "publication", the data format's field: the "publisher" written here before is one
    # the loader refuses, and `sources` reads a source as the loader does (tidy19)
    source = {"section": "chronology", "title": "한미 관계 – 2019", "publication": "연합뉴스"}
    write_jsonl(library / "k.jsonl", [event(id="2019-11-05-k", source=source)])
    env = {"PYTHONIOENCODING": "ascii", "KTIMELINE_LIBRARY": str(library)}
    for format in ("table", "plain"):
        done = run_process(["sources", "-f", format], env=env)
        assert done.returncode == 0, done.stderr
        assert b"?? ?? ? 2019" in done.stdout  # the title, its Hangul replaced
        assert NOTE.encode() in done.stderr
    done = run_process(["sources", "-f", "jsonl"], env=env)
    assert done.returncode == 0, done.stderr
    titles = [json.loads(line)["title"] for line in done.stdout.decode("utf-8").splitlines()]
    assert "한미 관계 – 2019" in titles
