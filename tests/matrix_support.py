"""What the generated layout matrices (tests/test_import_matrix.py, tests/test_import_matrix2.py)
share: the words their entries are made of, each case's choices drawn in turn and the values no
case met, a case marked xfail with the reason a known unread
combination gives, and the report of pass rates per choice that `python -m
tests.test_import_matrix 2000 [-v]` (and matrix2) prints."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

import pytest

# The months and the nouns the generated entries are written with
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = [
    "river",
    "town",
    "bridge",
    "council",
    "school",
    "harbour",
    "station",
    "railway",
    "market",
    "factory",
    "museum",
    "library",
    "hospital",
    "airport",
    "court",
    "army",
    "navy",
    "parliament",
    "union",
    "press",
    "treaty",
    "ministry",
]


class GeneratedCase(Protocol):
    """A generated chronology: its choices (axis -> value), its text, a readable description."""

    choices: dict[str, str]
    text: str

    def describe(self) -> str: ...


CaseT = TypeVar("CaseT", bound=GeneratedCase)


def drawn_choices(
    axes: Mapping[str, Sequence[str]], rng: random.Random, attempt: int
) -> dict[str, str]:
    """The choices (axis -> value) of a case's attempt-th draw: each axis's value drawn in
    turn, so that the cases meet every value of every axis."""
    return {
        axis: values[(attempt * (i + 1) + rng.randrange(len(values))) % len(values)]
        for i, (axis, values) in enumerate(axes.items())
    }


def values_not_met(
    cases: Iterable[GeneratedCase], axes: Mapping[str, Sequence[str]]
) -> dict[str, set[str]]:
    """The values of each axis that no case chose (empty: the cases meet every value)."""
    met: dict[str, set[str | None]] = {axis: set() for axis in axes}
    for case in cases:
        for axis in axes:
            met[axis].add(case.choices.get(axis))
    missing = {axis: set(values) - met[axis] for axis, values in axes.items()}
    return {axis: values for axis, values in missing.items() if values}


def marked(case: GeneratedCase, unread: str | None) -> object:
    """The case as a test parameter; a known unread combination is an xfail with its reason
    (listed by pytest, never hidden)."""
    marks = [pytest.mark.xfail(reason=unread, strict=False)] if unread else []
    return pytest.param(case, marks=marks, id=case.describe().replace(" ", ","))


def print_rates(
    cases: Iterable[CaseT],
    problems: Callable[[CaseT], list[str]],
    leave_out: Callable[[CaseT], bool] = lambda case: False,
) -> None:
    """Print the pass rate in all and per choice, and with -v one failing case per choice
    (the first met)."""
    per: dict[tuple[str, str], list[int]] = {}
    shown: set[tuple[str, str]] = set()
    examples: list[str] = []
    for case in cases:
        if leave_out(case):
            continue
        wrong = problems(case)
        for axis, value in case.choices.items():
            tally = per.setdefault((axis, value), [0, 0])
            tally[0] += not wrong
            tally[1] += 1
        new = {*case.choices.items()} - shown
        if wrong and new and len(examples) < 60:
            shown |= new
            examples.append(f"## {case.describe()}\n{'; '.join(wrong)}\n{case.text}")
    read = sum(right for (axis, _), (right, _total) in per.items() if axis == "order")
    tried = sum(total for (axis, _), (_right, total) in per.items() if axis == "order")
    print(f"all: {read}/{tried} ({100 * read / max(tried, 1):.1f} %)")
    for (axis, value), (right, total) in sorted(per.items()):
        print(f"{axis:9} {value:18} {right:4}/{total:<4} {100 * right / total:5.1f} %")
    if "-v" in sys.argv:
        print("\n".join(examples))
