"""trust21: the faults hostile22 found and left.

- ``sources`` listed a file whose event writes a key twice at the event's level (``"source"``
  twice) by the key's last value, with no word, while every query refuses the file ("key
  'source' appears twice"): the listing now tells such a line by the loader's own test and
  says what the loader says (hostile22 mended the same for a key twice within the source);
- a raw line break (CR LF, or LF) inside a JSON string cut one record into two lines, and the
  loader said two errors for it ("Invalid control character", then "Expecting value"): one
  line now, which says what is wrong;
- enrichment: "The Prime Minister's Questions" gave a new person "Questions" (a name read after
  a title in the possessive); "Moon landing anniversary celebrated." after Moon Jae-in gave
  him (a word in -ing after a surname read as his verb, where a noun and the sentence's verb
  follow); "The Berlin-Moscow pact" gave Germany alone (a capital joined on before a
  document's noun read as the document's name, where "Seoul-Washington ties" are both
  states)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.library import file_names, summarize
from tests.enrich_support import actors_in_order as _actors

from .conftest import event, jsonl_records

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.vocabulary import Vocabulary


# --- sources: an event-level key written twice is the loader's refusal, not its last value -----


def _twice(tmp_path: Path, key: str, first: object, last: object) -> Path:
    line = json.dumps(event(id="2019-11-05-a", date="2019-11-05"))
    head = line[:-1]
    path = tmp_path / "twice.jsonl"
    written = (
        f"{head}, {json.dumps(key)}: {json.dumps(first)}, {json.dumps(key)}: {json.dumps(last)}}}"
    )
    path.write_text(written + "\n")
    return path


REAL = {"section": "chronology", "title": "Real"}
FAKE = {"section": "chronology", "title": "Fake"}


def test_sources_does_not_list_a_source_written_twice(run: Any, tmp_path: Path) -> None:
    path = _twice(tmp_path, "source", REAL, FAKE)
    queried = run("range", "2019", "--data", str(path))
    assert queried.exit_code == 2
    assert f"{path}:1: key 'source' appears twice" in queried.stderr
    listed = run("sources", "--data", str(path), "-f", "jsonl")
    assert listed.exit_code == 0
    assert [(r["title"], r["events"]) for r in jsonl_records(listed.stdout)] == [(None, 1)]
    assert listed.stderr == (
        f"note: {path}:1: key 'source' appears twice: queries refuse this file until its "
        "source is mended\n"
    )
    assert file_names([(path, None)]) == {}  # (no name --source would know it by)


def test_sources_does_not_list_a_date_written_twice(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    line = json.dumps(event(id="2019-11-05-a", date="2019-11-05", source=REAL))
    path.write_text(line.replace('"date": "2019-11-05"', '"date": "2019-11-05", "date": "1900"'))
    summary = summarize(path)
    assert (summary.refused, summary.refused_line) == ("key 'date' appears twice", 1)
    assert (summary.first, summary.last, summary.title) == (None, None, None)


def test_sources_tells_an_escaped_key_written_twice(tmp_path: Path) -> None:
    path = tmp_path / "escaped.jsonl"
    line = json.dumps(event(id="2019-11-05-a", source=REAL))[:-1]
    path.write_text(line + ', "sour\\u0063e": {"section": "chronology", "title": "Fake"}}\n')
    assert summarize(path).refused == "key 'source' appears twice"


def test_sources_still_lists_a_line_that_names_its_keys_in_its_text(tmp_path: Path) -> None:
    path = tmp_path / "words.jsonl"
    text = 'The "source" and the "date" of the "id" were "statements".'
    line = json.dumps(event(id="2019-11-05-a", text=text, source=REAL), ensure_ascii=False)
    path.write_text(line + "\n")
    summary = summarize(path)
    assert (summary.title, summary.refused, summary.events) == ("Real", None, 1)


# --- a raw line break inside a string: one record, one line ------------------------------------

GOOD = json.dumps(event(id="2019-09-02-b", date="2019-09-02", text="Good."))
CUT = '{"id": "a", "date": "2019-09-01", "text": "a'
SAID = (
    "invalid JSON: a line break inside a string (column 45), which JSON writes \\n: the record "
    "runs on to the next line"
)


@pytest.mark.parametrize(
    "rest",
    [
        '\r\nb"}',  # CR LF, as an editor on Windows writes a line break in a string
        '\nb"}',  # LF
        '\r\n\r\nb\n\\" c", "tags": ["x\ny"]}',  # several, a blank line, an escaped quote
    ],
)
@pytest.mark.parametrize("where", ["data", "library"])
def test_a_line_break_inside_a_string_is_one_error(
    run: Any, tmp_path: Path, rest: str, where: str
) -> None:
    directory = tmp_path / "library"
    directory.mkdir()
    path = directory / "cut.jsonl"
    path.write_bytes(f"{GOOD}\n{CUT}{rest}\n{GOOD.replace('-b', '-c')}\n".encode())
    if where == "data":
        result = run("range", "2019", "--data", str(path))
    else:
        result = run("range", "2019", env={"KTIMELINE_LIBRARY": str(directory)})
    assert result.exit_code == 2
    assert result.stderr == f"ktimeline: error: {path}:2: {SAID}\n"


def test_a_bad_record_after_a_cut_one_is_said_too(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_bytes(f'{CUT}\r\nb"}}\n{{"id": "c", "date": 2019}}\n'.encode())
    result = run("range", "2019", "--data", str(path))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0] == f"ktimeline: error: {path}:1: {SAID}"
    assert len(lines) == 2 and lines[1].startswith(f"ktimeline: error: {path}:3: ")


def test_a_raw_cr_within_a_line_is_still_one_error(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "cr.jsonl"
    path.write_bytes(f'{CUT}\rb"}}\n'.encode())
    result = run("range", "2019", "--data", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"ktimeline: error: {path}:1: invalid JSON: Invalid control character at (column 45)\n"
    )


# --- enrichment ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    ["The Prime Minister's Questions was broadcast.", "The President\u2019s Cup was played."],
)
def test_a_capitalised_word_after_a_possessive_title_is_no_new_person(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _actors(vocabulary, entry, date="2019-06-01") == []


def test_a_title_before_a_new_name_still_makes_the_person(vocabulary: Vocabulary) -> None:
    assert "Hans Quell" in _actors(vocabulary, "Prime Minister Hans Quell said no.")


MOON = "Moon Jae-in visited Seoul."


def test_a_surname_before_a_noun_in_ing_and_a_verb_is_the_word(vocabulary: Vocabulary) -> None:
    entry = "Moon landing anniversary celebrated."
    assert "Moon Jae-in" not in _actors(vocabulary, MOON, entry, date="2019-07-20")


@pytest.mark.parametrize(
    "entry", ["Moon visiting Busan.", "Moon visiting troops stationed abroad.", "Moon said no."]
)
def test_a_surname_before_his_verb_in_ing_is_still_the_person(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert "Moon Jae-in" in _actors(vocabulary, MOON, entry, date="2019-07-20")


@pytest.mark.parametrize(
    ("entry", "date", "states"),
    [
        ("The Berlin-Moscow pact was signed.", "1939-08-23", ["Germany", "Soviet Union"]),
        ("The Seoul-Washington accord was signed.", "2019-08-23", ["South Korea", "United States"]),
    ],
)
def test_two_capitals_a_hyphen_joins_before_a_document_are_both_states(
    vocabulary: Vocabulary, entry: str, date: str, states: list[str]
) -> None:
    assert _actors(vocabulary, entry, date=date) == states


@pytest.mark.parametrize(
    "entry", ["The Moscow Conference opened.", "The Pyongyang Declaration was signed."]
)
def test_one_capital_naming_a_document_is_still_no_state(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _actors(vocabulary, entry, date="2019-08-23") == []
