"""--threshold: a number from 0 to 100, and lowering it never finds less."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import DATA

QUERIES = [entry["query"] for entry in json.loads((DATA / "judged_queries.json").read_text())]
THRESHOLDS = [100, 95, 85, 80, 79, 70, 55, 40, 33, 20, 0]


def found(run: Any, query: str, threshold: float) -> set[str]:
    result = run("search", query, "--threshold", str(threshold), "-f", "plain")
    assert result.exit_code in (0, 1), result
    return {line.split("\t")[1] for line in result.stdout.splitlines()}


def test_the_reported_query_keeps_its_events_at_every_lower_threshold(run: Any) -> None:
    at_default = found(run, "moratorim", 80)
    assert "2019-12-31-kim-ends-testing-moratorium" in at_default
    for threshold in (60, 40, 20, 0):
        assert found(run, "moratorim", threshold) >= at_default, threshold


@pytest.mark.parametrize("query", QUERIES[::3])
def test_lower_never_finds_less_on_the_judged_queries(run: Any, query: str) -> None:
    previous: set[str] = set()
    for threshold in THRESHOLDS:  # from strict to loose
        now = found(run, query, threshold)
        assert now >= previous, (query, threshold, previous - now)
        previous = now


@pytest.mark.parametrize("value", ["nan", "NaN", "-1", "101", "inf", "ten"])
def test_threshold_must_be_a_number_from_0_to_100(run: Any, value: str) -> None:
    for command in (["search", "Sohae"], ["quotes", "dotard"]):
        result = run(*command, "--threshold", value)
        assert result.exit_code == 2, (command, value, result)
        assert result.stderr.startswith("ktimeline: error: Invalid value for '--threshold'")
        assert len(result.stderr.splitlines()) == 1
