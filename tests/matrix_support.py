"""What the generated matrices share.

The layout matrices (tests/test_import_matrix.py, tests/test_import_matrix2.py): the words
their entries are made of, each case's choices drawn in turn and the values no case met, a case
marked xfail with the reason a known unread combination gives, and the report of pass rates per
choice that `python -m tests.test_import_matrix 2000 [-v]` (and matrix2) prints.

The attribution matrices (tests/test_quotations_matrix.py, tests/test_quotations_matrix2.py):
the quotations and marks their sentences are written with, a rendered case, whether the
enrichment reads it as a reader does, a case that still fails marked strictly, and the report
of pass rates per choice that `python -m tests.test_quotations_matrix [--fails]` (and
matrix2) prints.

The name matrices (tests/test_enrich_matrix.py, tests/test_enrich_matrix2.py): what the
enrichment of a case gets wrong of its actors and places, and the report of pass rates per
choice that `python -m tests.test_enrich_matrix [-v]` (and matrix2) prints."""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

import pytest

if TYPE_CHECKING:
    from ktimeline.importing.enrichment import Enricher, Findings

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


def generated(
    count: int,
    seed: int,
    draw: Callable[[random.Random, int], dict[str, str]],
    excluded: Callable[[dict[str, str]], str | None],
    build: Callable[[int, dict[str, str]], CaseT],
) -> list[CaseT]:
    """``count`` cases of a layout matrix: the choices of each attempt drawn by ``draw`` (from
    a generator seeded with ``seed``), left out when ``excluded`` says why (a person cannot
    read them either), else built by ``build`` with the attempt's own seed."""
    rng = random.Random(seed)
    made: list[CaseT] = []
    attempt = 0
    while len(made) < count:
        attempt += 1
        choices = draw(rng, attempt)
        if excluded(choices) is None:
            made.append(build(seed * 100_000 + attempt, choices))
    return made


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


def marked(case: GeneratedCase, unread: str | None, *more: object) -> object:
    """The case (and the values ``more`` that go with it) as a test parameter, named by the
    case's choices; a known unread combination is an xfail with its reason (listed by pytest,
    never hidden)."""
    marks = [pytest.mark.xfail(reason=unread, strict=False)] if unread else []
    return pytest.param(case, *more, marks=marks, id=case.describe().replace(" ", ","))


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


def print_layout_rates(
    cases: Callable[[int], list[CaseT]],
    problems: Callable[[CaseT], list[str]],
    known_unread: Callable[[dict[str, str]], str | None],
) -> None:
    """A layout matrix run as a script (``python -m tests.test_import_matrix[2] [CASES] [-v]
    [-k]``): the pass rates of CASES cases (2000 unless a number is given); ``-k`` leaves out
    the known unread combinations."""
    count = int(next((a for a in sys.argv[1:] if a.isdigit()), "2000"))
    leave_out = "-k" in sys.argv
    print_rates(cases(count), problems, lambda case: leave_out and bool(known_unread(case.choices)))


# --- the attribution matrices -------------------------------------------------------------------

QUOTATION_DATE = "2019-10-15"  # the day every rendered entry is of
QUOTE = "We will not return to the table until the sanctions are lifted"
SECOND = "The door is closed for now"
PARTIAL = "a waste of time"
# (open, close) of each kind of quotation marks
MARKS = {
    "curly": ("“", "”"),
    "straight": ('"', '"'),
    "single-curly": ("‘", "’"),
    "single-straight": ("'", "'"),
    "latex": ("``", "''"),
    "guillemets": ("«", "»"),
}


@dataclass
class AttributionCase:
    """One rendered case: the entries (the last one is measured), the speaker a reader takes for
    each quotation that starts with the given words, and the choices it was rendered from."""

    entries: list[str]
    expected: list[tuple[str | None, str]]  # (speaker or None, first words of the quotation)
    choices: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return " | ".join(f"{k}={v}" for k, v in self.choices.items())


def quoted(text: str, marks: str, end: str = "") -> str:
    """The words between the marks; American style puts the comma or stop inside."""
    opening, closing = MARKS[marks]
    return f"{opening}{text}{end}{closing}"


def lower_first(words: str) -> str:
    """The speaker's words inside a sentence ("The ministry" → "the ministry"; names kept)."""
    first, _, rest = words.partition(" ")
    if first in {"He", "She", "The", "A", "An"}:
        return first.lower() + (" " + rest if rest else "")
    return words


def passes(
    case: AttributionCase, enrich: Enricher, first: int | None = 20
) -> tuple[bool, Findings]:
    """Whether the last entry's statements are what a reader takes: each expected quotation
    with its speaker (or with none), and no other statement. A quotation is known by its
    ``first`` characters (the first part: a longer one whatever follows them, the comma
    American style puts inside the marks) or, ``first`` None, by all the expected words it
    starts with (the second part)."""
    from ktimeline.importing.enrichment import Findings

    found = Findings()
    for entry in case.entries:
        found = enrich.enrich(entry, QUOTATION_DATE)
    got = [(s.speaker, s.quote) for s in found.statements]
    for speaker, first_words in case.expected:
        matching = [g for g in got if g[1].startswith(first_words[:first])]
        if speaker is None:
            if matching:
                return False, found
        elif [g[0] for g in matching] != [speaker]:
            return False, found
    if first is None:
        starts = [w for s, w in case.expected if s is not None]
        return all(any(g[1].startswith(w) for w in starts) for g in got), found
    wanted = {w[:first] for s, w in case.expected if s is not None}
    return all(g[1][:first] in wanted for g in got), found


def strictly_failing(case: AttributionCase, first: int | None, gap: str | None) -> object:
    """The case and its part's ``first`` (see ``passes``) as a test's parameters; a case that
    still fails (``gap``, why) is an xfail that fails the test once it passes, so the list of
    gaps is kept true."""
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap is not None else []
    return pytest.param(case, first, marks=marks, id=str(case))


def report(cases: Sequence[AttributionCase], first: int | None, show_fails: bool = False) -> None:
    """Print the pass rate in all and per choice (and each failing case), for a round's note."""
    from tests.fresh_enricher import fresh_enricher

    totals: dict[tuple[str, str], list[int]] = {}
    passed = 0
    for case in cases:
        ok, found = passes(case, fresh_enricher(), first)
        passed += ok
        for choice in case.choices.items():
            tally = totals.setdefault(choice, [0, 0])
            tally[0] += ok
            tally[1] += 1
        if show_fails and not ok:
            said = [(s.speaker, s.quote[:30]) for s in found.statements]
            print("FAIL", case, "::", " / ".join(case.entries), "->", said)
    print(f"all: {passed}/{len(cases)} ({passed / len(cases):.2f})")
    kind_width = max(len(kind) for kind, _ in totals)
    value_width = max(len(value) for _, value in totals)
    for (kind, value), (good, total) in sorted(totals.items()):
        print(f"{kind:{kind_width}} {value:{value_width}} {good:4}/{total:<4} {good / total:.2f}")


# --- the name matrices --------------------------------------------------------------------------


class NamedCase(Protocol):
    """A rendered entry and the names an analyst reads in it."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def before(self) -> str: ...  # an entry of the same document before it ("": none)
    @property
    def actors(self) -> Set[str]: ...  # the actors it must find
    @property
    def allowed(self) -> Set[str]: ...  # the actors it may find besides
    @property
    def places(self) -> Set[str]: ...  # the places it must find, and no other


def names_misread(case: NamedCase) -> list[str]:
    """What the enrichment of the case gets wrong ([] when it reads it as an analyst does)."""
    from tests.fresh_enricher import fresh_enricher

    enricher = fresh_enricher()  # (an Enricher of the case's own, as Enricher(load_vocabulary()))
    if case.before:
        enricher.enrich(case.before, case.date)
    found = enricher.enrich(case.text, case.date)
    actors, places = set(found.actors), set(found.places)
    wrong = [f"missed actor {name!r}" for name in sorted(case.actors - actors)]
    wrong += [f"wrong actor {name!r}" for name in sorted(actors - case.actors - case.allowed)]
    wrong += [f"missed place {name!r}" for name in sorted(case.places - places)]
    wrong += [f"wrong place {name!r}" for name in sorted(places - case.places)]
    return wrong


NamedCaseT = TypeVar("NamedCaseT", bound=NamedCase)


def print_name_rates(
    cases: Sequence[NamedCaseT], keys: Callable[[NamedCaseT], Iterable[tuple[str, ...]]]
) -> None:
    """A name matrix run as a script (``python -m tests.test_enrich_matrix[2] [-v]``): the pass
    rate in all and of every choice (``keys``: the choices a case counts for, each a tuple of
    labels), and with -v the failing cases."""
    totals: Counter[tuple[str, ...]] = Counter()
    passed: Counter[tuple[str, ...]] = Counter()
    failing = []
    for case in cases:
        wrong = names_misread(case)
        for key in keys(case):
            totals[key] += 1
            passed[key] += not wrong
        if wrong:
            failing.append((case, wrong))
    print(f"all: {len(cases) - len(failing)}/{len(cases)} pass")
    widths = [
        max(len(key[i]) for key in totals if i < len(key)) for i in range(max(map(len, totals)))
    ]
    for key, total in totals.items():
        labels = " ".join(f"{label:{width}}" for label, width in zip(key, widths, strict=False))
        print(f"{labels} {passed[key]:3}/{total:3}")
    if "-v" in sys.argv:
        for case, wrong in failing:
            print(f"FAIL {case.id}: {case.text}\n     {'; '.join(wrong)}")
