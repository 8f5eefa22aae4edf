"""hostile22: session 20's rules and the CLI's trust read as a hostile user would.

Faults found (each test below that guards one fails on the start commit 1e507f81):
- ``sources`` listed a library file whose source holds a key twice by the key's last value
  (``"title": "Real", "title": "Fake"`` listed as "Fake"), with no word that every query
  refuses the file (dupkeys20's refusal reached the loader, not the listing's quick read);
- a month that is also a name ("mars", "avril", "mayo", "abril", "julio", "marco", "mei",
  "maja") glued to its year by a slash or a hyphen ("mars/2020", "avril-2020") was, for
  ``range``, the span from that month to the year's end, and for the importer no date: a
  French list's "mars-2020 : confinement" was absorbed into February's entry;
- a new person's bare surname opening a sentence before a common noun ("Young people
  marched" after "Andrew Young spoke") was the person again, where a known person's was not.

Guards (pass on the start commit too): the loader's fast path (msgspec) and slow path (json)
give the same answer, or both a refusal, on hostile lines (a key twice nested, escaped, or
differing in case; NaN, Infinity, 1e400, -0, big integers; a BOM inside a line; lone
surrogates; a CR inside a string)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline import dates
from ktimeline.schema import EVENTS, UNDECODED, RecordError, lone_surrogate, no_key_twice
from tests.enrich_support import actors_in_order as _actors
from tests.import_support import read_entries

from .conftest import event, jsonl_records, write_jsonl

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.vocabulary import Vocabulary


# --- sources: a source with a key twice is the loader's refusal, not its last value ----------


def test_sources_does_not_list_a_source_by_a_key_written_twice(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "twice.jsonl"
    line = json.dumps(event(id="2019-11-05-a", source={"section": "chronology", "title": "Real"}))
    path.write_text(line.replace('"title": "Real"', '"title": "Real", "title": "Fake"') + "\n")
    queried = run("range", "2019", "--data", str(path))
    assert queried.exit_code == 2
    assert f"{path}:1: key 'title' appears twice" in queried.stderr
    listed = run("sources", "--data", str(path), "-f", "jsonl")
    assert listed.exit_code == 0
    assert [(r["title"], r["events"]) for r in jsonl_records(listed.stdout)] == [(None, 1)]
    assert listed.stderr == (
        f"note: {path}:1: key 'title' appears twice: queries refuse this file until its "
        "source is mended\n"
    )


def test_sources_still_lists_a_source_read_once(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "once.jsonl",
        [event(id="2019-11-05-a", source={"section": "chronology", "title": "Real: a:b"})],
    )
    listed = run("sources", "--data", str(path), "-f", "jsonl")
    assert [r["title"] for r in jsonl_records(listed.stdout)] == ["Real: a:b"]
    assert listed.stderr == ""


# --- a month that is a name too, glued to its year: that month ---------------------------------
# ("mars/2020" was read by the argument grammar's tokens as from March to 2020's end, the text
# grammar keeping such months for "de YEAR" or a slash after four of them only)

NAME_MONTHS = [
    ("mars/2020", 3), ("mars-2020", 3), ("Mars/2020", 3), ("avril/2020", 4),
    ("avril-2020", 4), ("abril-2020", 4), ("mayo-2020", 5), ("julio-2020", 7),
    ("marco-2020", 3), ("mei/2020", 5), ("mei-2020", 5), ("maja/2020", 5),
]  # fmt: skip


@pytest.mark.parametrize(("argument", "month"), NAME_MONTHS)
def test_a_month_that_is_a_name_glued_to_its_year_is_that_month(argument: str, month: int) -> None:
    start, end = dates.parse_range(argument)
    assert (start.year, start.month, end.year, end.month) == (2020, month, 2020, month)


def test_every_month_name_glued_to_its_year_is_one_month() -> None:
    for name, month in dates.MONTHS.items():
        if len(name) < 3 or not name.isalpha():
            continue
        for sign in "/-":
            start, end = dates.parse_range(f"{name}{sign}2020")
            assert (start.month, end.month, end.year) == (month, month, 2020), f"{name}{sign}"


def test_a_list_of_month_hyphen_years_absorbs_none() -> None:
    text = (
        "janvier-2020 : premiers cas\n"
        "février-2020 : le virus gagne l'Italie\n"
        "mars-2020 : confinement\n"
        "avril-2020 : confinement prolongé\n"
        "mai-2020 : déconfinement\n"
    )
    assert read_entries(text) == [
        ("2020-01", None, "premiers cas"),
        ("2020-02", None, "le virus gagne l'Italie"),
        ("2020-03", None, "confinement"),
        ("2020-04", None, "confinement prolongé"),
        ("2020-05", None, "déconfinement"),
    ]


def test_mars_with_a_spaced_year_in_a_sentence_stays_the_planet() -> None:
    # (the grammar's own rule, kept: "Mars 2020" alone is NASA's mission)
    assert dates.date_in_text().fullmatch("Mars 2020") is None


# --- a new person's bare surname before a common noun: the word's own sense --------------------


@pytest.mark.parametrize(
    ("first", "entry", "person"),
    [
        ("Andrew Young spoke in Atlanta.", "Young people marched in Atlanta.", "Andrew Young"),
        ("Tom Hart spoke in Seoul.", "Hart festival opened in Seoul.", "Tom Hart"),
    ],
)
def test_a_new_persons_surname_before_a_common_noun_is_the_word(
    vocabulary: Vocabulary, first: str, entry: str, person: str
) -> None:
    assert person not in _actors(vocabulary, first, entry)


@pytest.mark.parametrize(
    "entry", ["Young said the talks had failed.", "Young, who had arrived late, spoke."]
)
def test_a_new_persons_surname_acting_is_still_the_person(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert "Andrew Young" in _actors(vocabulary, "Andrew Young spoke in Atlanta.", entry)


# --- the loader: its fast path and its slow path answer alike --------------------------------

_HEAD = '{"id": "a", "date": "2019-09-01", "text": "t"'
HOSTILE_LINES = [
    _HEAD + ', "source": {"section": "chronology", "title": "x", "title": "y"}}',
    _HEAD + ', "statements": [{"speaker": "A", "quote": "q", "quote": "r"}]}',
    _HEAD + ', "d\\u0061te": "2019-09-02"}',
    _HEAD + ', "Date": "2019-09-02"}',
    _HEAD + ', "matched": {"a": {"b": 1, "b": 2}}}',
    _HEAD + ', "matched": [{"b": 1, "\\u0062": 2}]}',
    _HEAD + ', "in_range": true, "in_range": null}',
    _HEAD + ', "source": {}, "source": {}}',
    _HEAD + ', "matched": {"": 1, "": 2}}',
    _HEAD + ', "score": NaN}',
    _HEAD + ', "score": Infinity}',
    _HEAD + ', "score": 1e400}',
    _HEAD + ', "score": -0}',
    _HEAD + ', "score": 123456789012345678901234567890}',
    '{"id": "a", "date": 20190901, "text": "t"}',
    '{"id": "a", "date": 123456789012345678901234567890, "text": "t"}',
    '{"id": "a", "date": "-0", "text": "t"}',
    _HEAD + ', "source": {"section": "chronology", "volume": 1e400}}',
    _HEAD + ', "source": {"section": "chronology", "volume": NaN}}',
    _HEAD + ', "source": {"section": "chronology", "volume": -0}}',
    _HEAD + ', \ufeff"end_date": null}',
    _HEAD[:-1] + '\ufeff"}',
    '\ufeff{"id": "a", "date": "2019-09-01", "text": "t"}',
    '{"id": "a", "date": "2019-09-01", "text": "\\ud800"}',
    '{"id": "a", "date": "2019-09-01", "text": "\\udc00x"}',
    '{"id": "a", "date": "2019-09-01", "text": "\\ud83d\\ude00"}',
    '{"id": "a", "date": "2019-09-01", "text": "a\rb"}',
    '{"id": "a", "date": "2019-09-01", "text": "a\\r\\nb"}',
]


def _fast(raw: bytes) -> str | None:
    """The fast path's answer: the record's (id, date, text), a refusal, or None where it
    hands the line to the slow path."""
    decode, build = EVENTS.parts()
    try:
        value = build(decode(raw))
    except RecordError:
        return "refused"
    except UNDECODED:
        return None
    return repr((value.id, value.date, value.text))


def _slow(raw: bytes) -> str:
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=no_key_twice)
    except (ValueError, RecursionError):
        return "refused"
    if lone_surrogate(value) is not None:
        return "refused"
    try:
        built = EVENTS.from_value(value)
    except RecordError:
        return "refused"
    return repr((built.id, built.date, built.text))


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_the_fast_and_the_slow_path_answer_alike(line: str) -> None:
    raw = line.encode("utf-8", "surrogatepass")
    fast = _fast(raw)
    assert fast is None or fast == _slow(raw)


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_every_command_says_a_hostile_line_in_one_line(run: Any, tmp_path: Path, line: str) -> None:
    path = tmp_path / "hostile.jsonl"  # (its second line: a BOM there is no file's mark)
    good = json.dumps(event(id="2019-09-02-b", date="2019-09-02", text="Good."))
    path.write_bytes(f"{good}\n{line}\n".encode("utf-8", "surrogatepass"))
    refused = _slow(line.encode("utf-8", "surrogatepass")) == "refused"
    for command in (["range", "2019"], ["search", "t"], ["quotes"], ["stats"], ["sources"]):
        result = run(*command, "--data", str(path))
        assert "Traceback" not in result.stderr
        if refused and command[0] != "sources":
            assert result.exit_code == 2, command
            assert result.stderr.startswith("ktimeline: error: "), command
            assert len(result.stderr.splitlines()) == 1, result.stderr


# --- "NAME, the Prime Minister, said": his title, not the document's own state's holder --------
# (enrich43 read a head's title in capitals with no name as the holder in the state of the
# document's known persons: after Mr. Churchill, "Menzies, the Prime Minister, said …" in 1950
# gave Clement Attlee beside Menzies, the entry's surname being read after its titles)

CHURCHILL = "Mr. Churchill asked about Korea."


def test_a_head_title_in_apposition_is_the_named_persons(vocabulary: Vocabulary) -> None:
    entry = "Menzies, the Prime Minister, said Australia would help."
    found = enrich_dated(vocabulary, CHURCHILL, entry)
    assert "Clement Attlee" not in found
    assert "Robert Menzies" in found


def test_the_prime_minister_asked_is_still_the_home_holder(vocabulary: Vocabulary) -> None:
    entry = "Mr. Churchill asked the Prime Minister if troops would go."
    assert "Clement Attlee" in enrich_dated(vocabulary, CHURCHILL, entry)


def enrich_dated(vocabulary: Vocabulary, *entries: str) -> list[str]:
    return _actors(vocabulary, *entries, date="1950-06-27")
