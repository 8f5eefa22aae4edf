"""A plain query read without Typer (cli/fastpath.py) is read exactly as Typer reads it.

For many command lines, the values the command is called with are the same both ways (or the
fast path leaves the line to Typer), and the output bytes and exit code of a whole run are
the same with the fast path and without it, bad input included.
"""

from __future__ import annotations

import functools
import inspect
import subprocess
import sys
from typing import TYPE_CHECKING, Any, get_args, get_origin, get_type_hints

import pytest
import typer.main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ktimeline.cli import app as cli
from ktimeline.cli.fastpath import QUERY_COMMANDS, plain_query, read_parameters
from ktimeline.cli.lazytyper import Declared
from ktimeline.cli.options import OPTION_GROUPS, _group_parameters, expanded_parameters
from tests.conftest import examples

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.conftest import Result


def _every_flag() -> list[str]:
    """Every option name of the query commands, as click knows them."""
    group: Any = typer.main.get_command(cli.build_app())
    return sorted(
        {
            name
            for command in QUERY_COMMANDS
            for parameter in group.commands[command].params
            for name in (*parameter.opts, *parameter.secondary_opts)
            if name.startswith("-")
        }
    )


FLAGS = _every_flag()
# Values of every kind the options take, well and badly formed, and words click reads apart.
WORDS = [
    "plain", "PLAIN", "json", "jsonl", "csv", "table", "date", "relevance", "count", "key",
    "tag", "actor", "month", "always", "never", "chronology", "narrative", "0", "1", "5", "07",
    "100", "101", "50.5", "5.", ".5", "1e2", "+5", " 5", "٥", "²", "nan", "-1", "-5", "2019-11", "2019-11-30",
    "2019-12-02", "Nov 5 2019", "+7d", "Sohae", "Kim", "Kim Jong Un", "missile", "", "-", "--",
    "-h", "--help", "--debug", "--version", "--from=2019-11", "-fplain", "-rn", "-n5", "--nope",
    "-x", "2019-12-14-nk-crucial-test-at-sohae", "x=y",
    "9" * 4301,  # more digits than int() converts: click says it is no valid int
]  # fmt: skip
COMMAND_LINES = st.tuples(
    st.sampled_from(sorted(QUERY_COMMANDS)),
    st.lists(st.sampled_from(FLAGS + WORDS), max_size=7),
).map(lambda drawn: [drawn[0], *drawn[1]])


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """Every command called records its values (and does nothing else)."""
    made: list[dict[str, Any]] = []
    for name, (function, typer_settings) in list(cli.COMMANDS.items()):

        @functools.wraps(function)
        def record(**values: Any) -> int:
            made.append(values)
            return 0

        monkeypatch.setitem(cli.COMMANDS, name, (record, typer_settings))
    yield made


def _shown(values: dict[str, Any]) -> str:
    """The values, option groups as their fields, in a form where 5 and 5.0 differ."""
    return repr(
        sorted(
            (name, sorted(vars(value).items()) if type(value) in OPTION_GROUPS else value)
            for name, value in values.items()
        )
    )


def through_typer(args: list[str], calls: list[dict[str, Any]]) -> str | None:
    calls.clear()
    try:
        cli.build_app(only=args[0])(args=args, prog_name="ktimeline", standalone_mode=False)
    except (Exception, SystemExit):
        return None
    return _shown(calls[-1]) if calls else None


def through_fast_path(args: list[str], calls: list[dict[str, Any]]) -> str | None:
    calls.clear()
    query = plain_query(args, cli.COMMANDS)
    if query is None:
        return None
    query()
    return _shown(calls[-1])


# The fixture only records calls, and each example clears the record first.
@settings(max_examples=examples(600), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=COMMAND_LINES)
def test_the_fast_path_gives_the_values_typer_gives(
    args: list[str], calls: list[dict[str, Any]]
) -> None:
    fast = through_fast_path(args, calls)
    if fast is not None:  # else Typer reads the line
        assert fast == through_typer(args, calls), args


def _options_of(command: str) -> list[tuple[str, bool]]:
    """(name, takes a value) for each option name of the command, as click knows them."""
    group: Any = typer.main.get_command(cli.build_app(only=command))
    return [
        (name, not parameter.is_flag)
        for parameter in group.commands[command].params
        if parameter.param_type_name == "option"
        for name in (*parameter.opts, *parameter.secondary_opts)
    ]


def _plausible(command: str) -> st.SearchStrategy[list[str]]:
    """Lines made of the command's own options, each with a value when it takes one, and
    words: mostly plain, so that the fast path reads them."""
    value = st.sampled_from(WORDS)
    word = st.sampled_from([w for w in WORDS if not w.startswith("-")])
    option = st.sampled_from(_options_of(command)).flatmap(
        lambda o: value.map(lambda v: [o[0], v]) if o[1] else st.just([o[0]])
    )
    parts = st.lists(st.one_of(option, word.map(lambda w: [w])), max_size=6)
    return parts.map(lambda drawn: [command, *(w for part in drawn for w in part)])


@settings(max_examples=examples(600), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=st.sampled_from(sorted(QUERY_COMMANDS)).flatmap(_plausible))
def test_plausible_lines_get_the_values_typer_gives(
    args: list[str], calls: list[dict[str, Any]]
) -> None:
    fast = through_fast_path(args, calls)
    if fast is not None:
        assert fast == through_typer(args, calls), args


@pytest.mark.parametrize("command", sorted(QUERY_COMMANDS))
def test_the_fast_path_knows_each_parameter_as_click_does(command: str) -> None:
    """Same option names, switches and repeatable options; same arguments, in order, each
    taking one word or all the rest, required or not."""
    group: Any = typer.main.get_command(cli.build_app(only=command))
    params = group.commands[command].params
    click_options = {
        (name, parameter.is_flag, parameter.multiple)
        for parameter in params if parameter.param_type_name == "option"
        for name in (*parameter.opts, *parameter.secondary_opts)
    }  # fmt: skip
    click_arguments = [
        (parameter.name, parameter.nargs == -1, parameter.required)
        for parameter in params if parameter.param_type_name == "argument"
    ]  # fmt: skip
    parameters, _ = read_parameters(cli.COMMANDS[command][0])
    fast_options = {
        (name, parameter.read is None, parameter.many)
        for parameter in parameters if parameter.flags
        for name in (*parameter.flags, *parameter.off_flags)
    }  # fmt: skip
    fast_arguments = [(p.name, p.many, p.required) for p in parameters if not p.flags]
    assert (fast_options, fast_arguments) == (click_options, click_arguments)


PLAIN = [
    ["range", "2019-11-01", "2019-11-30", "-f", "plain"],
    ["range", "2019-11", "--actor", "Kim Jong Un", "--actor", "Trump", "-n", "3", "--reverse"],
    ["range", "--from", "2019-12", "--to", "+7d", "--overlap", "-f", "json", "--no-pager"],
    ["range", "2019-12", "--tag", "missile-test", "--section", "chronology", "--width", "60"],
    ["search", "Sohae", "-f", "plain"],
    ["search", "Kim", "Jong", "Un", "--threshold", "70", "--sort", "relevance", "-e"],
    ["search", "missile", "-E", "--related", "--dedupe", "-f", "csv", "--bom", "--no-formulas"],
    ["search", "talks", "--data", "-", "--no-cache", "-q", "--place", "Pyongyang"],
    ["show", "2019-12-14-nk-crucial-test-at-sohae", "-C", "2", "--by", "tag"],
    ["quotes", "denuclearization", "--speaker", "Kim Jong Un"],
    ["quotes"],
    ["actors", "Kim", "-f", "jsonl"],
    ["tags", "--from", "2019-11"],
    ["stats", "--by", "actor", "--sort", "key", "--color", "never"],
    ["range", "2019-11", "-f", "html", "--title", "T", "--subtitle", "S", "--by", "place"],
]


@pytest.mark.parametrize("args", PLAIN, ids=" ".join)
def test_plain_queries_take_the_fast_path_with_typers_values(
    args: list[str], calls: list[dict[str, Any]]
) -> None:
    fast = through_fast_path(args, calls)
    assert fast is not None
    assert fast == through_typer(args, calls)


@pytest.mark.parametrize(
    "args",
    [
        ["range", "2019-11", "--help"], ["search"], ["search", "x", "-fplain"],
        ["search", "x", "--format=plain"], ["range", "1", "2", "3"], ["search", "x", "-n", "+5"],
        ["search", "x", "--threshold", "nan"], ["search", "x", "-f", "PLAIN"],
        ["range", "--debug"], ["range", "--", "-5"], ["search", "x", "-f"], ["validate"],
        ["--version"], [],
    ],
    ids=" ".join,
)  # fmt: skip
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert plain_query(args, cli.COMMANDS) is None


BOTH_WAYS = [
    *PLAIN[:3], *PLAIN[4:8], *PLAIN[9:14],
    ["range", "2019-13-45"], ["range", "2019-11", "-n", "0"], ["search", "zzzzqqq", "-f", "plain"],
    ["show", "no-such-event"], ["quotes", "--speaker", "Nobody At All"], ["range", "--to", "+1w"],
    ["search", "x", "-f", "PLAIN"], ["search"], ["range", "2019-11", "--width", "5"],
    ["stats", "--by", "nothing"], ["range", "2019-11", "-f", "table", "--width", "80"],
    ["range", "2019-11", "-n", "9" * 4301], ["range", "2019-11", "-n", "9" * 4301, "-n", "2"],
]  # fmt: skip


@pytest.mark.parametrize("args", BOTH_WAYS, ids=lambda args: " ".join(args)[:60])
def test_output_and_exit_code_are_the_same_without_the_fast_path(
    args: list[str], run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast: Result = run(*args, input="")
    monkeypatch.setattr("ktimeline.cli.fastpath.plain_query", lambda *_: None)
    typer_way: Result = run(*args, input="")
    assert (fast.exit_code, fast.stdout, fast.stderr) == (
        typer_way.exit_code, typer_way.stdout, typer_way.stderr,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [["range", "2019", "--overlap", "-f"], ["search", "Kim", "-f"], ["range", "2019-13", "-f"]],
    ids=" ".join,
)
def test_a_real_process_ends_the_same_both_ways(args: list[str]) -> None:
    """In a real process, with the output pipe closed early (the year's JSON, 90 kB, fills
    the pipe): ``-f json`` is read by the fast path and ``-f JSON`` (the same format: case
    does not count) by Typer (test_lazy_imports.py shows which path imports Typer)."""
    ends = []
    for fmt in ("json", "JSON"):
        command = [sys.executable, "-m", "ktimeline", *args, fmt]
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
            assert process.stdout is not None and process.stderr is not None
            first = process.stdout.read(50)
            process.stdout.close()  # the reader goes away, as `| head -c 50` would
            ends.append((first, process.stderr.read(), process.wait(timeout=60)))
    assert ends[0] == ends[1]


@pytest.mark.parametrize("raised", [KeyboardInterrupt, EOFError, BrokenPipeError])
def test_ctrl_c_end_of_input_and_a_closed_pipe_end_the_same_both_ways(
    raised: type[BaseException], run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Typer makes of them (typer.core._main) the fast path makes too."""
    function, typer_settings = cli.COMMANDS["range"]

    @functools.wraps(function)
    def interrupted(**values: Any) -> int:
        raise raised

    monkeypatch.setitem(cli.COMMANDS, "range", (interrupted, typer_settings))
    fast: Result = run("range", "2019-11")
    monkeypatch.setattr("ktimeline.cli.fastpath.plain_query", lambda *_: None)
    typer_way: Result = run("range", "2019-11")
    assert (fast.exit_code, fast.stdout, fast.stderr) == (
        typer_way.exit_code, typer_way.stdout, typer_way.stderr,
    )  # fmt: skip


@pytest.mark.parametrize("group", OPTION_GROUPS, ids=lambda group: group.__name__)
def test_a_groups_options_are_read_as_get_type_hints_reads_them(group: type[Any]) -> None:
    hints = get_type_hints(group, include_extras=True)
    assert [(p.name, p.annotation) for p in _group_parameters(group)] == [
        (name, hints[name]) for name in group.fields()
    ]


def written(annotation: Any) -> Any:
    """An annotation with each declaration as its settings (each evaluation makes new ones)."""
    if isinstance(annotation, Declared):
        return (annotation.kind, annotation.args, annotation.settings)
    arguments = get_args(annotation)
    if not arguments:
        return annotation
    return (get_origin(annotation), *map(written, arguments))  # Annotated: the metadata too


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_a_commands_annotations_are_read_as_inspect_reads_them(command: str) -> None:
    function = cli.COMMANDS[command][0]
    signature = inspect.signature(function, eval_str=True)  # (follows __wrapped__)
    expected = [
        (name, written(parameter.annotation))
        for name, parameter in signature.parameters.items()
        if parameter.annotation not in OPTION_GROUPS
    ]
    parameters, groups = expanded_parameters(function)
    assert [(p.name, written(p.annotation)) for p in parameters][: len(expected)] == expected
    assert any(isinstance(get_args(p.annotation)[-1], Declared) for p in parameters)
    assert groups == {
        name: parameter.annotation
        for name, parameter in signature.parameters.items()
        if parameter.annotation in OPTION_GROUPS
    }
