"""dupkeys20: a JSON Lines record holding a key twice in one object is refused, never read
with its last value (msgspec and the json module both keep the last: a silent wrong answer).
Every reader says so as it says any bad record: the file, the line, "key 'date' appears
twice", exit 2. The quick test of the loader's fast path (colons against the record's keys)
gives the json module's answer on every line (a doubt is told exactly)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.api import _actor_file_content
from ktimeline.errors import InvalidArgumentError
from ktimeline.index.store import read_back
from ktimeline.schema import ACTORS, EVENTS, KeyTwice, holds_a_key_twice

from .conftest import event

if TYPE_CHECKING:
    from pathlib import Path

GOOD = json.dumps(event(id="2019-09-05-a", date="2019-09-05", text="A day."), ensure_ascii=False)
TWICE = '{"id": "2019-09-05-a", "date": "2019-09-01", "text": "A day.", "date": "2019-09-05"}'


def _file(tmp_path: Path, *lines: str, name: str = "mine.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), "utf-8")
    return path


def test_range_refuses_an_event_with_a_key_twice(run: Any, tmp_path: Path) -> None:
    path = _file(tmp_path, GOOD.replace("2019-09-05-a", "2019-09-05-b"), TWICE)
    result = run("range", "2019", "--data", str(path))
    assert result.exit_code == 2
    assert f"ktimeline: error: {path}:2: key 'date' appears twice" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr


def test_validate_refuses_an_event_with_a_key_twice(run: Any, tmp_path: Path) -> None:
    path = _file(tmp_path, TWICE)
    result = run("validate", str(path))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"ktimeline: error: {path}:1: key 'date' appears twice\n"


def test_a_statement_with_a_key_twice_is_refused(run: Any, tmp_path: Path) -> None:
    line = json.dumps(event(statements=[{"speaker": "Mark Esper", "quote": "Yes."}]))
    line = line.replace('"quote": "Yes."', '"quote": "Yes.", "quote": "No."')
    result = run("validate", str(_file(tmp_path, line)))
    assert result.exit_code == 2
    assert result.stderr.endswith(":1: key 'quote' appears twice\n")


def test_a_source_with_a_key_twice_is_refused(run: Any, tmp_path: Path) -> None:
    line = json.dumps(event(source={"section": "chronology", "title": "A", "pages": "1"}))
    line = line.replace('"pages": "1"', '"pages": "1", "title": "B"')
    result = run("validate", str(_file(tmp_path, line)))
    assert result.exit_code == 2
    assert result.stderr.endswith(":1: key 'title' appears twice\n")


def test_an_actor_file_with_a_key_twice_is_refused(run: Any, tmp_path: Path) -> None:
    events = _file(tmp_path, GOOD)
    actors = _file(
        tmp_path,
        '{"name": "Zed Person", "kind": "person", "role": "envoy", "role": "minister"}',
        name="more-actors.jsonl",
    )
    result = run("range", "2019", "--data", str(events), "--actors", str(actors))
    assert result.exit_code == 2
    assert f"ktimeline: error: {actors}:1: key 'role' appears twice" in result.stderr


def test_an_actor_file_added_to_with_a_key_twice_is_refused(tmp_path: Path) -> None:
    actors = _file(tmp_path, '{"name": "A B", "kind": "person", "name": "C D"}', name="a.jsonl")
    with pytest.raises(InvalidArgumentError, match="key 'name' appears twice"):
        _actor_file_content(actors, [], argument="actors_out")


def test_a_text_merely_holding_a_quoted_key_is_no_key_twice(run: Any, tmp_path: Path) -> None:
    text = 'He wrote "date": "2019-09-01", then "date" : again, at 10:30 (https://x.org).'
    line = json.dumps(event(text=text, end_date=None), ensure_ascii=False)
    assert '\\"date\\"' in line and '"end_date": null' in line
    result = run("validate", str(_file(tmp_path, line)))
    assert result.exit_code == 0, result.stderr


def test_an_index_read_back_refuses_a_key_twice() -> None:
    assert read_back(GOOD.encode(), 0, None) is not None
    assert read_back(TWICE.encode(), 0, None) is None


# Lines for the quick test against the exact one: a key twice or not, written every way
# JSON allows (a space before the colon, an escaped key, colons in strings, nulls, keys
# within a field of any type).
LINES = [
    GOOD,
    TWICE,
    '{"id": "a", "date" : "2019-09-01", "text": "t", "date":"2019-09-02"}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "d\\u0061te": "2019-09-02"}',
    '{"id": "a", "date": "2019-09-01", "text": "t\\u003a", "date": "2019-09-02"}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "end_date": null, "end_date": null}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "end_date": null}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "end_date": null, "end_date": "2019-09-05"}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "end_date": "2019-09-05", "end_date": null}',
    '{"id": "a", "date": "2019-09-01", "text": "t: null", "end_date": null, "date": "2019-09-02"}',
    '{"id": "a", "date": "2019-09-01", "text": "a: b: c: d: e: f", "score": 1}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "matched": {"x": 1, "x": 2}}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "matched": {"x": 1, "y": {"z": 2}}}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "statements": [{"speaker": "A", "quote": '
    '"q"}, {"speaker": "B", "quote": "r", "about": "C"}]}',
    '{"id": "a", "date": "2019-09-01", "text": "t", "statements": [{"speaker": "A", "quote": '
    '"q"}, {"speaker": "B", "quote": "r", "speaker": "C"}]}',
    '{"id":"a","date":"2019-09-01","text":"t","source":{"section":"chronology","address":'
    '"https://a.b/c","title":"x:y"}}',
    '{"id":"a","date":"2019-09-01","text":"t","source":{"section":"chronology","title":'
    '"x","title":"y"}}',
    '{"id":"a","date":"2019-09-01","text":"t","source":{"section":"chronology","title"\t:'
    '"x"},"text":"u"}',
]


@pytest.mark.parametrize("line", LINES)
def test_the_quick_test_gives_the_exact_answer(line: str) -> None:
    decode, _ = EVENTS.parts()
    exact = holds_a_key_twice(line.encode())
    try:
        decode(line.encode())
    except KeyTwice as exc:
        assert exc.key == exact
    else:
        assert exact is None


def test_the_quick_test_of_actors_gives_the_exact_answer() -> None:
    decode, _ = ACTORS.parts()
    with pytest.raises(KeyTwice):
        decode(b'{"name": "A", "kind": "person", "kind": "body"}')
    assert decode(b'{"name": "A: B", "kind": "person", "role": null}').name == "A: B"


def test_keys_written_as_null_send_no_line_to_the_exact_test(monkeypatch: Any) -> None:
    """A record whose empty fields another encoder wrote as null ("affiliation": null, as
    the bundled actors table does) is told by the quick test alone: before, each such line
    went to the json module (19 of the bundled actors at every start-up)."""
    import ktimeline.schema as schema

    exact: list[bytes] = []
    monkeypatch.setattr(schema, "holds_a_key_twice", lambda raw: exact.append(raw))
    decode, _ = ACTORS.parts()
    line = b'{"name": "A", "kind": "state", "affiliation": null, "role": null, "aliases": []}'
    assert decode(line).name == "A"
    events, _ = EVENTS.parts()
    events(b'{"id": "a", "date": "2019-09-01", "text": "t: u", "end_date": null}')
    assert exact == []
