"""A command imports only what it needs (start-up is part of the product).

Each case runs the command in a fresh interpreter and lists which of the heavy libraries
ended up in sys.modules.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = (
    "rich", "rapidfuzz", "dateutil", "icalendar", "orjson", "sqlite3", "pydantic", "pandas", "typer",
)  # fmt: skip
PROBE = """
import atexit, json, sys

def report():  # at exit: shell completion ends the process itself
    watched = set(json.loads(sys.argv[2]))  # packages, or modules named in full
    heavy = sorted({name.split(".")[0] for name in sys.modules} & watched | set(sys.modules) & watched)
    sys.stderr.write("IMPORTED " + json.dumps(heavy) + "\\n")

atexit.register(report)
from ktimeline.cli.app import main
main(json.loads(sys.argv[1]))
"""


def imported(
    args: list[str], env: dict[str, str] | None = None, watched: tuple[str, ...] = HEAVY
) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args), json.dumps(watched)],
        capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})},
    )  # fmt: skip
    line = next(line for line in result.stderr.splitlines() if line.startswith("IMPORTED "))
    return set(json.loads(line.removeprefix("IMPORTED ")))


def test_range_as_jsonl_imports_neither_rich_nor_rapidfuzz() -> None:
    assert imported(["range", "2019-11", "-f", "jsonl"]) == set()


def test_a_plain_query_is_read_without_typer() -> None:  # cli/fastpath.py
    assert imported(["range", "2019-11-01", "2019-11-30", "-f", "plain"]) == set()
    assert imported(["search", "Sohae", "--actor", "Moon", "-n", "3"]) == set()


# What a plain query does without: pathlib with its urllib.parse and ipaddress, a tenth of
# the query (loader.path_text); ktimeline.library (only `import` and `sources` need it);
# inspect (Typer's signatures); modules only some answers need (shlex: a title with filters;
# shutil: the table's width; importlib.resources: data not installed as files); the index
# and its database. (json cannot be watched: the probe imports it.)
UNNEEDED = ("pathlib", "urllib", "ipaddress", "inspect", "typing_extensions", "ktimeline.library",
            "ktimeline.index", "shlex", "shutil", "tempfile", "subprocess",
            "importlib.resources", "zipfile", "sqlite3")  # fmt: skip
PLAIN_QUERIES = (
    ["range", "2019-11-01", "2019-11-30", "-f", "plain"], ["search", "Sohae"],
    ["show", "2019-12-14-nk-crucial-test-at-sohae"], ["stats"], ["actors", "-n", "3"],
)  # fmt: skip


@pytest.mark.parametrize("args", PLAIN_QUERIES, ids=" ".join)
def test_a_plain_query_imports_neither_pathlib_nor_the_library_module(args: list[str]) -> None:
    assert imported(args, watched=UNNEEDED) == set()


def test_the_probe_sees_pathlib_where_it_is_needed() -> None:
    assert {"pathlib", "ktimeline.library"} <= imported(["sources"], watched=UNNEEDED)


def test_a_line_the_fast_path_leaves_is_read_by_typer() -> None:
    assert imported(["range", "2019-11", "-f", "PLAIN"]) == {"typer"}
    assert "typer" in imported(["range", "--help"])


def test_plain_search_for_a_known_name_needs_no_fuzzy_matcher() -> None:
    assert imported(["search", "Sohae", "-f", "plain"]) == set()


def test_a_typo_brings_in_the_fuzzy_matcher_and_nothing_else() -> None:
    assert imported(["search", "Sohea", "-f", "plain"]) == {"rapidfuzz"}


def test_no_date_argument_needs_dateutil() -> None:
    assert "dateutil" not in imported(["range", "2019-11-05", "-f", "plain"])
    assert "dateutil" not in imported(["range", "Nov 5 2019", "-f", "plain"])
    assert "dateutil" not in imported(["range", "Dec 2-8, 2019", "-f", "plain"])


# (icalendar itself imports dateutil.)
@pytest.mark.parametrize(
    ("fmt", "expected"), [("table", {"rich"}), ("ics", {"icalendar", "dateutil"}), ("csv", set())]
)
def test_each_format_imports_its_own_library_only(fmt: str, expected: set[str]) -> None:
    assert imported(["range", "2019-12-05", "-f", fmt]) == expected


def test_completion_answers_without_heavy_imports() -> None:
    env = {
        "_KTIMELINE_COMPLETE": "complete_bash",
        "COMP_WORDS": "ktimeline search --actor Kim",
        "COMP_CWORD": "4",
    }
    assert imported([], env) & {"rich", "rapidfuzz", "dateutil", "icalendar"} == set()


# Which regular expressions a command compiles (issue 23: the text grammar's forms that only
# the importer reads cost ~2 ms of start-up compiled at import): a fresh interpreter counts
# every pattern given to re's compiler (re._compile, under re.compile, re.search …).
COMPILE_PROBE = """
import atexit, json, re, sys

compiled = []
_compile = re._compile

def counted(pattern, flags):
    if isinstance(pattern, str) and pattern not in compiled:
        compiled.append(pattern)
    return _compile(pattern, flags)

re._compile = counted

def report():
    sys.stderr.write("COMPILED " + json.dumps(compiled) + "\\n")

atexit.register(report)
if sys.argv[1] == "import":
    import ktimeline.dates
else:
    from ktimeline.cli.app import main
    main(json.loads(sys.argv[1]))
"""


def compiled_patterns(args: list[str] | None) -> list[str]:
    """The patterns compiled by ``ktimeline ARGS`` (None: by importing ktimeline.dates)."""
    result = subprocess.run(
        [sys.executable, "-c", COMPILE_PROBE, "import" if args is None else json.dumps(args)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    line = next(line for line in result.stderr.splitlines() if line.startswith("COMPILED "))
    return list(json.loads(line.removeprefix("COMPILED ")))


def dates_patterns() -> dict[str, str]:
    """Each pattern of ktimeline.dates by its text: the module's patterns by name, and the
    text grammar's (its functions')."""
    from ktimeline import dates

    named = {
        value.pattern: name
        for name, value in vars(dates).items()
        if isinstance(getattr(value, "pattern", None), str) and hasattr(value, "fullmatch")
    }
    for grammar in (dates.date_in_text, dates.date_candidate, dates.date_candidate_lowered):
        named[grammar().pattern] = f"{grammar.__name__}()"
    return named


def test_importing_the_date_grammar_compiles_none_of_its_patterns() -> None:
    # 18 on the start commit: the importer's forms and the date arguments' among them
    named = dates_patterns()
    assert [named[text] for text in compiled_patterns(None) if text in named] == []


def test_a_range_of_iso_days_compiles_only_the_iso_forms_of_the_date_grammar() -> None:
    # ("2019-11-01": no "c.", "ABT", "FROM … TO", "week of" or text grammar compiled for it;
    # only the three patterns that tell an ISO date from a span of years)
    named = dates_patterns()
    for args in (["range", "2019-11-01", "2019-11-30", "-f", "plain"], ["range", "2019-11"]):
        compiled = sorted(named[text] for text in compiled_patterns(args) if text in named)
        assert compiled == ["ABBREVIATED_YEARS", "ISO_PARTIAL", "MONTH_SIGN_YEAR"], args


@pytest.mark.parametrize("args", PLAIN_QUERIES[1:], ids=" ".join)
def test_a_query_on_the_bundled_data_compiles_none_of_the_importers_grammar(
    args: list[str],
) -> None:
    named = dates_patterns()
    assert [named[text] for text in compiled_patterns(args) if text in named] == ["ISO_PARTIAL"]


def test_the_probe_counts_what_a_written_date_compiles() -> None:
    named = dates_patterns()
    compiled = {named[text] for text in compiled_patterns(["range", "Nov 2019"]) if text in named}
    assert {"date_in_text()", "WEEK_OF", "GEDCOM_APPROXIMATE"} <= compiled
