"""The bad-input matrix (docs/robustness.md) and property-based tests.

Nothing a user or a file can do makes ktimeline crash, hang, lie or lose data: every bad
input gets one clear line on stderr and its documented exit code.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ktimeline import loader
from ktimeline.errors import DataError, KtimelineError
from ktimeline.loader import load_chronology
from ktimeline.search import SearchMode, search_events, search_quotes

from .conftest import event, examples, run_process, write_jsonl

# --- data -----------------------------------------------------------------------------------


def test_wrong_types_nested_deep(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "deep.jsonl",
        [event(statements=[{"speaker": {"name": "Mark Esper"}, "quote": "x"}])],
    )
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"ktimeline: error: {path}:1: statements[0].speaker must be a non-empty string, not an object\n"
    )


def test_unknown_speaker_in_a_statement(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "s.jsonl", [event(statements=[{"speaker": "Mr Nobody", "quote": "x"}])]
    )
    result = run("range", "2019", "--data", str(path))
    assert (result.exit_code, result.stdout) == (2, "")
    error, hint = result.stderr.splitlines()  # the problem, then how to mend it
    assert error == f"ktimeline: error: {path}:1: statements[0]: unknown speaker 'Mr Nobody'"
    assert hint.startswith("ktimeline: hint: ") and "--actors FILE" in hint


def test_empty_file_is_valid_and_has_no_results(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.touch()
    checked = run("validate", str(path))  # valid, and said to hold nothing (exit 1)
    assert (checked.exit_code, checked.stdout) == (1, "")
    assert (
        checked.stderr
        == f"ktimeline: no events in {path} (an empty or blank file is valid, but holds none)\n"
    )
    assert run("range", "2019", "--data", str(path)).exit_code == 1


def test_a_broken_actors_file(run: Any, tmp_path: Path) -> None:
    actors = tmp_path / "actors.jsonl"
    actors.write_text('{"name": "Zorro"}\n', "utf-8")
    result = run("range", "2019", "--actors", str(actors))
    assert result.exit_code == 2
    assert result.stderr == f"ktimeline: error: {actors}:1: field 'kind' is missing\n"


def test_many_problems_are_all_listed_by_validate(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "junk.jsonl"
    path.write_text("not json\n" * 500, "utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 500


# --- arguments ------------------------------------------------------------------------------


def test_a_10000_character_query(run: Any) -> None:
    result = run("search", "x" * 10_000)
    assert result.exit_code == 2
    assert (
        result.stderr == "ktimeline: error: query is too long (10000 characters) (at most 1000)\n"
    )


def test_a_query_of_only_punctuation(run: Any) -> None:
    result = run("search", "—“”!?")
    assert result.exit_code == 2
    assert "has no words" in result.stderr


def test_catastrophic_regex_is_bounded(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [event(text="a" * 40 + "!")])
    started = time.process_time()  # the limit is CPU time: a busy machine stretches the wait
    result = run("search", "--regex", "(a+)+$", "--data", str(path))
    assert time.process_time() - started < 10
    assert result.exit_code == 2
    assert "took longer than 2 s" in result.stderr
    assert "backtracks catastrophically" in result.stderr


def test_catastrophic_regex_in_quotes_is_bounded(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [event(statements=[{"speaker": "Mark Esper", "quote": "a" * 40 + "!"}])],
    )
    result = run("quotes", "--regex", "(a|aa)+$", "--data", str(path))
    assert result.exit_code == 2


@pytest.mark.parametrize("pattern", ["(", "[z-a]", "a{2,1}", "(?P<x>a)(?P<x>b)", "\\"])
def test_invalid_regexes(run: Any, pattern: str) -> None:
    result = run("search", "--regex", pattern)
    assert result.exit_code == 2
    assert result.stderr.startswith("ktimeline: error: invalid regex")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["serch", "x"], "No such command 'serch'. Did you mean 'search'?"),
        (["search", "x", "--limt", "3"], "No such option: --limt (Possible options: --limit"),
        (["show"], "Missing argument 'ID...'."),  # (range alone lists every event)
        (["range", "2019", "--limit", "many"], "'many' is not a valid int"),
        (["stats", "--by", "decade"], "'decade' is not one of"),
        (["range", "2019", "--color", "sometimes"], "'sometimes' is not one of"),
    ],
)
def test_unknown_commands_options_and_values(run: Any, args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert needle in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("ktimeline: error: ")


@pytest.mark.parametrize(
    ("start", "code"),
    [
        ("0001-01-01", 1),
        ("9999-12-31", 1),
        ("1900-02-29", 2),
        ("2000-02-29", 1),
        ("0000", 2),
        ("10000", 2),
    ],
)
def test_dates_at_the_edges(run: Any, start: str, code: int) -> None:
    result = run("range", start)
    assert result.exit_code == code, result.stderr
    assert "Traceback" not in result.stderr


def test_limit_edges(run: Any) -> None:
    assert run("range", "2019", "--limit", "0").exit_code == 2  # would list nothing
    assert run("range", "2019", "--limit", "-5").exit_code == 2
    assert len(run("range", "2019", "--limit", "99999999999").stdout.splitlines()) > 80


# --- environment ----------------------------------------------------------------------------


@pytest.mark.parametrize("columns", ["20", "1", "0", "garbage"])
def test_tiny_or_odd_terminal_widths(run: Any, columns: str) -> None:
    result = run("range", "2019-12-05", "-f", "table", env={"COLUMNS": columns})
    assert result.exit_code == 0
    assert "Choe" in result.stdout


def test_term_dumb_means_no_colour(run: Any) -> None:
    assert "\x1b" not in run("range", "2019-12", "-f", "table", env={"TERM": "dumb"}).stdout


def test_no_terminal_at_all_falls_back_to_plain() -> None:
    result = run_process(["range", "2019-12-05"], env={"TERM": ""})
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert lines and all(line.count("\t") == 2 for line in lines)


# --- one boundary ---------------------------------------------------------------------------


def test_an_unexpected_exception_is_one_line_and_exit_70(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the flux capacitor is empty")

    monkeypatch.setattr(loader, "load_chronology", explode)
    result = run("validate")
    assert result.exit_code == 70
    assert result.stderr == (
        "ktimeline: internal error: RuntimeError: the flux capacitor is empty "
        "(this is a bug; rerun with --debug for the traceback)\n"
    )
    debug = run("--debug", "validate")
    assert debug.exit_code == 70
    assert "Traceback (most recent call last)" in debug.stderr
    assert 'raise RuntimeError("the flux capacitor is empty")' in debug.stderr


def test_debug_by_environment(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "load_chronology", lambda *a, **k: 1 / 0)
    result = run("validate", env={"KTIMELINE_DEBUG": "1"})
    assert result.exit_code == 70
    assert "ZeroDivisionError" in result.stderr and "Traceback" in result.stderr


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=examples(200), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_loader_given_any_bytes_loads_or_raises_a_data_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(data)
    try:
        load_chronology([path])
    except DataError as error:
        assert error.problems and all(p.path == str(path) for p in error.problems)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
near_events = st.fixed_dictionaries(
    {
        "id": st.one_of(st.just("2019-11-05-a"), json_values),
        "date": st.one_of(st.just("2019-11"), json_values),
        "text": json_values,
    },
    optional={
        "actors": json_values,
        "tags": json_values,
        "statements": json_values,
        "source": json_values,
        "end_date": json_values,
    },
)


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(near_events, max_size=4))
def test_loader_given_almost_valid_records_loads_or_raises_a_data_error(
    tmp_path: Path, records: list[Any]
) -> None:
    path = tmp_path / "near.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    with contextlib.suppress(DataError):
        load_chronology([path])


@settings(max_examples=examples(150), deadline=None)
@given(st.text(max_size=60), st.sampled_from(list(SearchMode)), st.floats(0, 100))
def test_search_never_crashes_on_any_query(query: str, mode: SearchMode, threshold: float) -> None:
    chronology = load_chronology()
    try:
        search_events(chronology, chronology.events, query, mode, threshold)
        pairs = [(e, s) for e in chronology.events for s in e.statements]
        search_quotes(pairs, query, mode, threshold)
    except KtimelineError:
        pass


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=30), st.text(max_size=30) | st.none())
def test_range_command_never_crashes_on_any_dates(run: Any, start: str, end: str | None) -> None:
    args = ["range", "--", start] + ([end] if end is not None else [])
    result = run(*args)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(near_events, min_size=1, max_size=1))
def test_a_line_and_its_decoded_value_are_judged_alike(records: list[Any]) -> None:
    """The record format has two ways in: bytes decoded and checked in C (every line of a
    file, and every line read through an index), and a value already decoded (a dict from
    Python, or a line only the json module reads). Both must accept the same records, build
    the same events, and refuse the same records with the same reason."""
    from ktimeline.schema import EVENTS, NotJSON, RecordError

    actors = {"Mark Esper": None, "North Korea": None}
    for ascii_only in (True, False):
        raw = json.dumps(records[0], ensure_ascii=ascii_only).encode("utf-8")
        for known in (None, actors):
            try:
                by_value: Any = EVENTS.from_value(records[0], known)
            except RecordError as exc:
                by_value = f"refused: {exc}"
            try:
                by_bytes: Any = EVENTS.from_json(raw, known)
            except RecordError as exc:
                by_bytes = f"refused: {exc}"
            except NotJSON:  # the loader then asks from_value: it must refuse the record
                assert isinstance(by_value, str) or raw.find(b"NaN") >= 0
                continue
            assert by_bytes == by_value


def test_other_commands_show_the_first_problems_and_point_to_validate(
    run: Any, tmp_path: Path
) -> None:
    path = tmp_path / "junk.jsonl"
    path.write_text("not json\n" * 500, "utf-8")
    lines = run("range", "2019", "--data", str(path)).stderr.splitlines()
    assert len(lines) == 21
    assert lines[-1] == "ktimeline: error: … and 480 more (ktimeline validate lists them all)"


# --- bounded resources ----------------------------------------------------------------------

MEMORY_CEILING = (
    "import resource, sys\n"
    "limit = int(sys.argv[1]) * 1024 * 1024\n"
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
    "from ktimeline.cli.app import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def under_ceiling(megabytes: int, args: list[str], stdin: Any = None, **env: str) -> Any:
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", MEMORY_CEILING, str(megabytes), *args],
        stdin=stdin, capture_output=True, env={**os.environ, **env}, timeout=300,
    )  # fmt: skip


def test_endless_bad_stdin_in_bounded_memory() -> None:
    """`yes | ktimeline search x --data -`: 400,000 bad lines under a 96 MB ceiling (every
    problem kept would take some 160 MB): the first are listed, the rest counted."""
    import subprocess

    yes = subprocess.Popen("yes | head -n 400000", shell=True, stdout=subprocess.PIPE)
    result = under_ceiling(96, ["search", "x", "--data", "-"], stdin=yes.stdout)
    yes.wait()
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr[-500:]
    lines = stderr.splitlines()
    assert lines[0] == "ktimeline: error: <stdin>:1: invalid JSON: Expecting value (column 1)"
    assert lines[-1] == (
        "ktimeline: error: … and 399980 more (ktimeline validate lists the first 1000)"
    )


def test_only_the_first_problems_are_kept_the_rest_counted(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n" * 1500, "utf-8")
    result = run("validate", str(path))
    lines = result.stderr.splitlines()
    assert result.exit_code == 2 and len(lines) == 1001
    assert lines[999].startswith(f"ktimeline: error: {path}:1000: invalid JSON")
    assert lines[-1] == "ktimeline: error: … and 500 more problems (only the first 1000 are listed)"


def test_an_endless_line_is_refused_not_read(tmp_path: Path) -> None:
    """`--data /dev/zero`: one line without end. Read up to the limit, then refused."""
    result = under_ceiling(
        256, ["range", "2019", "--data", "/dev/zero"], KTIMELINE_MAX_LINE_BYTES="1000000"
    )
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "ktimeline: error: /dev/zero:1: line is longer than 1000000 bytes, the most ktimeline "
        "reads (KTIMELINE_MAX_LINE_BYTES sets it); the rest of the file is not read\n"
    )
    default = under_ceiling(512, ["range", "2019", "--data", "/dev/zero"])
    assert default.returncode == 2
    assert "line is longer than 67108864 bytes" in default.stderr.decode()


def test_endless_import_stdin_is_refused_in_bounded_memory() -> None:
    import subprocess

    yes = subprocess.Popen("yes 'Sept. 1, 2019: text'", shell=True, stdout=subprocess.PIPE)
    result = under_ceiling(
        256, ["import", "-"], stdin=yes.stdout, KTIMELINE_MAX_TEXT_BYTES="5000000"
    )
    yes.kill()
    yes.wait()
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "ktimeline: error: <stdin>: is larger than 5000000 bytes, the most ktimeline reads as a "
        "text (KTIMELINE_MAX_TEXT_BYTES sets it)\n"
    )


def test_a_linear_regex_over_200k_events_is_not_refused(
    chronology: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit is per event: a scan whose whole takes many times the limit still works,
    while one event that backtracks is stopped (the tests above)."""
    from ktimeline import search

    copies = 200_000 // len(chronology.events) + 1
    events = [e._replace(id=f"{e.id}-{n}") for n in range(copies) for e in chronology.events]
    events = events[:200_000]
    limit = 0.05
    monkeypatch.setattr(search, "REGEX_TIME_LIMIT", limit)
    pattern = r"\b\w+ing\b"
    started = time.process_time()
    hits = search_events(chronology, events, pattern, SearchMode.REGEX, highlight=False)
    assert time.process_time() - started > 3 * limit  # the old whole-scan budget: refused
    finds = re.compile(pattern, re.IGNORECASE).search
    assert [h.event.id for h in hits] == [e.id for e in events if finds(search._haystack(e))]
    # And one slow event among them is still stopped.
    slow = [*events[:1000], events[0]._replace(text="a" * 40 + "!"), *events[1000:2000]]
    with pytest.raises(KtimelineError, match=r"took longer than 0\.05 s on one event"):
        search_events(chronology, slow, "(a+)+$", SearchMode.REGEX, highlight=False)


def test_long_text_in_a_table_is_cut_once_at_each_line(run: Any, tmp_path: Path) -> None:
    """rich cuts a wrapped text at each newline by copying the rest (quadratic): the
    terminal renderer hands it the lines already cut, so a long text renders in time
    proportional to its length (measured by ``python bench/run.py --only growth``)."""
    from rich.console import Console

    from ktimeline.render.terminal import styled_text

    console = Console(width=80, file=open(os.devnull, "w"))  # noqa: SIM115
    text = styled_text(" ".join(f"word{i % 97}" for i in range(20_000)), [(5, 9)])
    segments = list(console.render(text))
    assert sum(s.text.count("\n") for s in segments) > 1000  # many lines ...
    assert all(len(s.text) == 1 for s in segments if "\n" in s.text)  # ... each cut once
    path = write_jsonl(
        tmp_path / "long.jsonl", [event(text=" ".join(f"word{i % 97}" for i in range(40_000)))]
    )
    result = run("range", "2019", "--data", str(path), "-f", "table", "--no-cache")
    assert result.exit_code == 0 and "word96" in result.stdout


LONG_NAME = "a" * 300  # longer than any file system allows a name (NAME_MAX is 255 on Linux)


@pytest.mark.parametrize(
    "args",
    [
        ["range", "2019", "--data", "{long}.jsonl"],
        ["validate", "{long}"],
        ["import", "{long}.txt", "--check"],
        ["import", "{text}", "--out", "{long}.jsonl"],
        ["import", "{text}", "--out", "{long}/events.jsonl"],
        ["import", "{text}", "--add", "--library", "{long}"],
    ],
)
def test_a_file_name_too_long_is_a_one_line_error(
    run: Any, tmp_path: Path, args: list[str]
) -> None:
    """pathlib's checks (is_dir, is_symlink) raise for such a name rather than say "no":
    it must end as the system's one-line reason, exit 2, not as an internal error."""
    text = tmp_path / "chronology.txt"
    text.write_text("June 1, 2020: A thing happened.\n", encoding="utf-8")
    long = str(tmp_path / LONG_NAME)
    result = run(*(arg.format(text=text, long=long) for arg in args))
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr
    assert "File name too long" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_version_to_a_full_disk_is_a_one_line_error() -> None:
    """--version to a full disk: the one-line error of any other output, exit 2 (it was an
    internal error, exit 70)."""
    with open("/dev/full", "w") as full:
        ran = subprocess.run(
            [sys.executable, "-m", "ktimeline", "--version"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert ran.stderr == b"ktimeline: error: cannot write output: No space left on device\n"
    assert ran.returncode == 2


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["--help"], ["range", "--help"], ["import", "--help"]])
def test_help_to_a_full_disk_is_a_one_line_error(args: list[str]) -> None:
    """Typer's help to a full disk: the one-line error of any other output, exit 2 (it was an
    internal error, exit 70)."""
    with open("/dev/full", "w") as full:
        ran = subprocess.run(
            [sys.executable, "-m", "ktimeline", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert ran.stderr == b"ktimeline: error: cannot write output: No space left on device\n"
    assert ran.returncode == 2
