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
