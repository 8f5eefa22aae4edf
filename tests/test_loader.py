"""The loader: one test per kind of bad input, each asserting the line number and the reason."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline import loader
from ktimeline.errors import DataError, Problem
from ktimeline.loader import library_location, load_chronology, path_text

from .conftest import event, write_jsonl


def problems_of(path: Path, **kwargs: object) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load_chronology([path], **kwargs)  # type: ignore[arg-type]
    return list(caught.value.problems)


def only_problem(path: Path) -> Problem:
    (problem,) = problems_of(path)
    return problem


def test_a_valid_file_loads(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "ok.jsonl", [event(), event(id="2019-11-06-another", date="2019-11")]
    )
    chronology = load_chronology([path])
    # a date known only to the month comes after the month's days (dates.order_key)
    assert [e.id for e in chronology.events] == ["2019-11-05-test-event", "2019-11-06-another"]
    assert chronology.events[1].start == "2019-11-01"
    assert chronology.events[1].end == "2019-11-30"


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(event()) + "\n{not json\n", "utf-8")
    problem = only_problem(path)
    assert (problem.line, problem.path) == (2, str(path))
    assert problem.reason.startswith("invalid JSON: Expecting property name")


def test_missing_field(tmp_path: Path) -> None:
    problem = only_problem(write_jsonl(tmp_path / "m.jsonl", [event(text=...)]))
    assert (problem.line, problem.reason) == (1, "field 'text' is missing")


def test_null_required_field(tmp_path: Path) -> None:
    problem = only_problem(write_jsonl(tmp_path / "m.jsonl", [event(date=None)]))
    assert problem.reason == "field 'date' is null"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"text": 42}, "field 'text' must be a string, not a number"),
        ({"actors": "Mark Esper"}, "field 'actors' must be an array of strings, not a string"),
        ({"tags": [1]}, "tags[0] must be a non-empty string, not a number"),
        ({"places": [""]}, "places[0] must be a non-empty string, not an empty string"),
        ({"statements": {}}, "field 'statements' must be an array of objects, not an object"),
        (
            {"statements": [{"speaker": "Mark Esper", "quote": 3}]},
            "statements[0].quote must be a non-empty string, not a number",
        ),
        (
            {"statements": [{"speaker": "Mark Esper", "quote": "x", "tone": "y"}]},
            "statements[0] has unknown field 'tone'",
        ),
        (
            {"source": {"section": "appendix"}},
            "source.section must be one of chronology, narrative, not 'appendix'",
        ),
        (
            {"source": {"section": "chronology", "volume": "21"}},
            "source.volume must be an integer, not a string",
        ),
        (
            {"source": {"section": "chronology", "pages": {"from": 41}}},
            "source.pages must be a string, not an object",
        ),
        ({"acters": []}, "unknown field 'acters' (did you mean 'actors'?)"),
        (
            {"id": "Not A Slug"},
            "id 'Not A Slug' is not a lowercase slug (letters, digits and single hyphens)",
        ),
    ],
)
def test_wrongly_typed_fields(tmp_path: Path, fields: dict[str, object], reason: str) -> None:
    problem = only_problem(write_jsonl(tmp_path / "t.jsonl", [event(**fields)]))
    assert (problem.line, problem.reason) == (1, reason)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (
            {"date": "2019-02-30"},
            "date '2019-02-30' does not exist (day is out of range for month)",
        ),
        ({"date": "2019-13"}, "date '2019-13' does not exist (month must be in 1..12)"),
        (
            {"date": "1900-02-29"},
            "date '1900-02-29' does not exist (day is out of range for month)",
        ),
        ({"date": "Nov 5 2019"}, "date 'Nov 5 2019' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (
            {"date": "2019-11-05", "end_date": "2019-11-01"},
            "end_date '2019-11-01' is before date '2019-11-05'",
        ),
    ],
)
def test_impossible_dates(tmp_path: Path, fields: dict[str, object], reason: str) -> None:
    problem = only_problem(write_jsonl(tmp_path / "d.jsonl", [event(**fields)]))
    assert problem.reason == reason


def test_leap_day_of_a_leap_year_is_fine(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [event(date="2000-02-29")])
    assert load_chronology([path]).events[0].start == "2000-02-29"


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "dup.jsonl", [event(), event(text="Again.")])
    problem = only_problem(path)
    assert problem.line == 2
    assert problem.reason == f"duplicate id '2019-11-05-test-event' (also at {path}:1)"


def test_duplicate_ids_across_files_name_both_files(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", [event()])
    second = write_jsonl(tmp_path / "b.jsonl", [event(id="2019-11-07-other"), event()])
    with pytest.raises(DataError) as caught:
        load_chronology([first, second])
    (problem,) = caught.value.problems
    assert str(problem) == f"{second}:2: duplicate id '2019-11-05-test-event' (also at {first}:1)"


def test_unknown_actor(tmp_path: Path) -> None:
    problem = only_problem(
        write_jsonl(tmp_path / "a.jsonl", [event(actors=["Mark Esper", "Zorro"])])
    )
    assert problem.reason == "unknown actor 'Zorro'"


def test_unknown_speaker(tmp_path: Path) -> None:
    statements = [{"speaker": "Mark Esper", "quote": "a"}, {"speaker": "Nobody", "quote": "b"}]
    problem = only_problem(write_jsonl(tmp_path / "s.jsonl", [event(statements=statements)]))
    assert problem.reason == "statements[1]: unknown speaker 'Nobody'"


def test_actors_file_makes_an_actor_known(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [event(actors=["Zorro"])])
    actors = write_jsonl(
        tmp_path / "actors.jsonl", [{"name": "Zorro", "kind": "person", "aliases": ["El Zorro"]}]
    )
    chronology = load_chronology([path], actor_files=[actors])
    assert chronology.actor_index.resolve("el zorro") == "Zorro"


def test_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(
        json.dumps(event()).encode()
        + b"\n"
        + json.dumps(event(id="2019-11-06-b")).encode()[:-3]
        + b'\xe9"}\n'
    )
    problem = only_problem(path)
    assert problem.line == 2
    assert problem.reason.startswith("not UTF-8 (byte 0xe9 at column ")


def test_a_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "scalars.jsonl"
    path.write_text(json.dumps(event()) + '\n[1, 2]\n"text"\n', "utf-8")
    problems = problems_of(path)
    assert [(p.line, p.reason) for p in problems] == [
        (
            2,
            "expected a JSON object, found an array (JSON Lines holds one object per line, not an array)",
        ),
        (3, "expected a JSON object, found a string"),
    ]


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("{\n" + json.dumps(event(date="2019-02-30")) + "\n[]\n", "utf-8")
    assert [p.line for p in problems_of(path)] == [1, 2, 3]


def test_blank_lines_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    body = "\r\n".join(["", json.dumps(event()), "   ", json.dumps(event(id="2019-11-06-b")), ""])
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    assert len(load_chronology([path]).events) == 2


@pytest.mark.parametrize(
    ("encoding", "said"),
    [("utf-16", "UTF-16 text (byte order mark FF FE)"),
     ("utf-16-le", "UTF-16-LE text (no byte order mark)"),
     ("utf-32", "UTF-32 text (byte order mark FF FE 00 00)")],
)  # fmt: skip
def test_utf16_jsonl_is_one_problem_naming_its_encoding(
    run: Any, tmp_path: Path, encoding: str, said: str
) -> None:
    """A Windows editor's "Unicode" (FF FE, CRLF) gave an error on every line, the first
    "not UTF-8 (byte 0xff at column 1)" (found by a hostile review)."""
    path = tmp_path / "unicode.jsonl"
    body = "\r\n".join([json.dumps(event()), json.dumps(event(id="2019-11-06-b")), ""])
    path.write_bytes(body.encode(encoding))
    problem = only_problem(path)
    assert (problem.line, problem.reason) == (
        None, f"{said}; JSON Lines must be UTF-8: save it as UTF-8"
    )  # fmt: skip
    for args in (["validate", str(path)], ["range", "2019", "--data", str(path)]):
        result = run(*args)
        assert (result.exit_code, result.stderr) == (2, f"ktimeline: error: {path}: {said}; "
                                                     "JSON Lines must be UTF-8: save it as UTF-8\n")  # fmt: skip


def test_an_empty_file_is_zero_events(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert load_chronology([path]).events == ()


def test_missing_file(tmp_path: Path) -> None:
    problem = only_problem(tmp_path / "nope.jsonl")
    assert (problem.line, problem.reason) == (None, "no such file")
    assert str(problem) == f"{tmp_path / 'nope.jsonl'}: no such file"


def test_a_directory_without_chronologies(tmp_path: Path) -> None:
    assert only_problem(tmp_path).reason == "is a directory with no *.jsonl chronology"


def test_an_empty_file_name_is_not_the_current_directory() -> None:
    # --data '' or validate '' (an unset shell variable): Path("") is ".".
    (problem,) = problems_of("")  # type: ignore[arg-type]
    assert str(problem) == "'': an empty file name"


def test_a_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text(json.dumps([event(), event(id="2019-11-06-b")], indent=2), "utf-8")
    (problem,) = problems_of(path)  # said once: the rest of the file is no JSON Lines either
    assert problem.line == 1
    assert problem.reason == (
        f"a JSON array, and ktimeline reads JSON Lines, one object per line (jq -c '.[]' {path} "
        "writes it so); the rest of the file is not read"
    )


def test_a_json_array_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text(json.dumps([event()]), "utf-8")
    assert only_problem(path).reason == (
        "expected a JSON object, found an array (JSON Lines holds one object per line, not an array)"
    )


def test_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "nul.jsonl"
    path.write_bytes(
        json.dumps(event()).encode()[:20] + b"\x00" + json.dumps(event()).encode()[20:] + b"\n"
    )
    assert only_problem(path).reason.startswith("invalid JSON: Invalid control character")


def test_escaped_nul_in_text_is_data(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "n.jsonl", [event(text="a\u0000b")])
    assert load_chronology([path]).events[0].text == "a\x00b"


def test_unpaired_surrogate_escape(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.jsonl"
    path.write_text(json.dumps(event()).replace("Seoul.", "Seoul \\ud800."), "utf-8")
    assert only_problem(path).reason == "text holds an unpaired surrogate escape"


def test_paired_surrogate_escape_is_a_character(tmp_path: Path) -> None:
    path = tmp_path / "emoji.jsonl"
    path.write_text(json.dumps(event()).replace("Seoul.", "Seoul \\ud83d\\ude00."), "utf-8")
    assert load_chronology([path]).events[0].text.endswith("\U0001f600.")


def test_deeply_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text('{"id": ' + "[" * 100_000 + "]" * 100_000 + "}\n", "utf-8")
    reason = only_problem(path).reason
    assert reason in (
        "invalid JSON: nested too deeply",
        "field 'id' must be a string, not an array",
    )


def test_a_50_mb_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "big.jsonl", [event(text="x" * 50_000_000)])
    assert len(load_chronology([path]).events[0].text) == 50_000_000


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: tests may run as root, for whom chmod 000 still reads.
    path = write_jsonl(tmp_path / "secret.jsonl", [event()])
    real_open = open

    def refuse(file: str, *args: object, **kwargs: object) -> object:
        if file == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(loader, "open", refuse, raising=False)  # the loader's open()
    assert only_problem(path).reason == "permission denied"


def test_stdin_can_be_read_once_only(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="standard input can be read only once"):
        load_chronology(["-", "-"])


def test_environment_variable_chooses_files(tmp_path: Path) -> None:
    import os

    one = write_jsonl(tmp_path / "one.jsonl", [event()])
    two = write_jsonl(tmp_path / "two.jsonl", [event(id="2019-11-06-two")])
    environ = {"KTIMELINE_DATA": f"{one}{os.pathsep}{two}"}
    assert len(load_chronology(environ=environ).events) == 2
    with_bundled = load_chronology(environ=environ, bundled=True)
    assert len(with_bundled.events) == 2 + len(load_chronology().events)


def test_score_written_by_search_is_accepted_on_input(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "scored.jsonl", [event(score=93.5)])
    assert load_chronology([path]).events[0].id == "2019-11-05-test-event"


def test_the_declared_sections_are_the_models() -> None:
    from typing import get_args

    from msgspec.structs import fields

    from ktimeline.model import SECTIONS, Source

    section = next(info for info in fields(Source) if info.name == "section")
    assert get_args(section.type) == SECTIONS


@pytest.mark.parametrize("line", ["null", "  null  ", "true", "0", '""', "[]"])
def test_a_json_value_that_is_not_an_object_is_reported_never_skipped(
    tmp_path: Path, line: str
) -> None:
    """A line of JSON ``null`` is not a blank line (found by a hostile review: it was skipped
    silently, as blank lines are)."""
    path = tmp_path / "values.jsonl"
    path.write_text(f"{line}\n", "utf-8")
    assert only_problem(path).reason.startswith("expected a JSON object, found ")


def test_a_null_line_in_an_actors_file_is_reported(tmp_path: Path) -> None:
    from ktimeline.errors import DataError
    from ktimeline.loader import load_vocabulary

    actors = tmp_path / "actors.jsonl"
    actors.write_text('null\n{"name": "Zorro", "kind": "person"}\n', "utf-8")
    with pytest.raises(DataError) as raised:
        load_vocabulary([actors])
    assert [str(p) for p in raised.value.problems] == [
        f"{actors}:1: expected a JSON object, found null"
    ]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"a`b": 1}, "unknown field 'a`b'"),
        ({"x` - at `$.text": 1}, "unknown field 'x` - at `$.text'"),
        ({"source": {"section": "chronology", "x\ny": 1}}, "source has unknown field 'x\\ny'"),
        (
            {"statements": [{"speaker": "Mark Esper", "quote": "q", "tone`": 1}]},
            "statements[0] has unknown field 'tone`'",
        ),
        ({"actors": ["x` - at `$.text"]}, "unknown actor 'x` - at `$.text'"),
    ],
)
def test_unknown_keys_are_named_whatever_they_hold(
    tmp_path: Path, fields: dict[str, Any], reason: str
) -> None:
    """msgspec's message quotes a key in backticks and ends with the path: a key holding
    backticks, "- at" or a new line is named from the record itself (found by a hostile
    review: such keys gave msgspec's raw text, or blamed another field)."""
    path = write_jsonl(tmp_path / "keys.jsonl", [event(**fields)])
    assert only_problem(path).reason == reason


def test_a_decoded_line_holds_the_models_own_statements_and_source(tmp_path: Path) -> None:
    """Statements and sources are declared once (model.py) and decoded as they are used."""
    from ktimeline.loader import load_chronology
    from ktimeline.model import Source, Statement

    path = write_jsonl(tmp_path / "one.jsonl", [event(
        statements=[{"speaker": "Mark Esper", "quote": "We are ready."}],
        source={"section": "narrative", "title": "A title", "volume": 3},
    )])  # fmt: skip
    (loaded,) = load_chronology([path]).events
    assert loaded.statements == (Statement("Mark Esper", "We are ready."),)
    assert type(loaded.statements[0]) is Statement
    assert loaded.source == Source("narrative", title="A title", volume=3)
    assert loaded.to_dict()["source"] == {"section": "narrative", "title": "A title", "volume": 3}


# --- paths as strings (a query imports no pathlib: loader.path_text) ------------------------

PATH_PIECES = ["/", "//", "///", ".", "..", "a", "b.jsonl", "~", "~root", " ", "\\", ":"]


@given(st.lists(st.sampled_from(PATH_PIECES), max_size=8).map("".join))
def test_a_path_is_written_as_pathlib_writes_it(text: str) -> None:
    assert path_text(text) == str(Path(text))


@given(
    st.sampled_from(["KTIMELINE_LIBRARY", "XDG_DATA_HOME", "OTHER"]),
    st.lists(st.sampled_from(PATH_PIECES), max_size=6).map("".join),
)
def test_the_library_is_where_pathlib_finds_it(name: str, value: str) -> None:
    environ = {name: value}

    def as_pathlib_finds_it() -> str:  # library_directory as it was written with pathlib
        if environ.get("KTIMELINE_LIBRARY"):
            return str(Path(environ["KTIMELINE_LIBRARY"]).expanduser())
        data_home = environ.get("XDG_DATA_HOME", "")
        base = Path(data_home) if os.path.isabs(data_home) else Path.home() / ".local" / "share"
        return str(base / "ktimeline" / "library")

    try:
        expected: str | type[Exception] = as_pathlib_finds_it()
    except RuntimeError:  # ~nobody: an unknown home
        expected = RuntimeError
    if expected is RuntimeError:
        with pytest.raises(RuntimeError):
            library_location(environ)
    else:
        assert library_location(environ) == expected


def test_a_file_named_with_a_slash_after_it_is_read_as_pathlib_reads_it(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "ok.jsonl", [event()])
    for written in (f"{path}/", f"{path}/."):  # open() alone would refuse these
        chronology = load_chronology([written])
        assert (chronology.sources, len(chronology.events)) == ((written,), 1)
