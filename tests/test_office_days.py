"""An office's dates compared by the days they cover (issue 23; found by kb22).

The knowledge base dates about a hundred offices by their year alone ("to": "1990"). Compared
as text, "1990" sorts before "1990-01-01", so an office ending "1990" was taken to have ended
before its last year began: Shevardnadze was no Foreign Minister in September 1990, and a
title with a surname went unresolved (or, worse, to nobody who held it) for a whole year.
Both the knowledge base's ``RoleRecord.held_on`` and the enrichment's person model now use one
function, ``held_during``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import (
    RoleRecord,
    first_day,
    held_during,
    knowledge,
    last_day,
    left_before,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings


@pytest.mark.parametrize(
    ("date", "first", "last"),
    [("1990", "1990-01-01", "1990-12-31"), ("1990-02", "1990-02-01", "1990-02-31"),
     ("1990-02-14", "1990-02-14", "1990-02-14")],
)  # fmt: skip
def test_a_date_covers_its_days(date: str, first: str, last: str) -> None:
    assert (first_day(date), last_day(date)) == (first, last)


@pytest.mark.parametrize(
    ("day", "start", "end", "held"),
    [
        ("1990-09-01", "1985-07-02", "1990", True),  # the office's last year, a day in it
        ("1990-12-31", "1985-07-02", "1990", True),
        ("1991-01-01", "1985-07-02", "1990", False),
        ("1990-09", "1985", "1990", True),
        ("1990", "1985", "1990-03", True),
        ("1985-01-01", "1985", "1990", True),  # the first year, its first day
        ("1984-12-31", "1985", "1990", False),
        ("2030-01-01", "2020-05-10", None, True),  # still held
        ("2020-05-09", "2020-05-10", None, False),
    ],
)  # fmt: skip
def test_an_office_is_held_on_each_day_its_dates_cover(
    day: str, start: str, end: str | None, held: bool
) -> None:
    assert held_during(day, start, end) is held
    assert RoleRecord(title="Minister", of="X", start=start, end=end).held_on(day) is held


@pytest.mark.parametrize(
    ("day", "end", "left"),
    [("1990-09-01", "1990", False), ("1991-01-01", "1990", True), ("1990", "1990-03", False),
     ("1991", "1990-12-31", True), ("2000", None, False)],
)  # fmt: skip
def test_an_office_has_ended_only_when_its_last_day_is_past(
    day: str, end: str | None, left: bool
) -> None:
    assert left_before(day, end) is left


def test_the_knowledge_base_has_offices_ending_in_a_year_alone() -> None:
    """What the rule guards is in the data: offices whose end is a year alone."""
    ends = [
        role.end for actor in knowledge().actors.values() for role in actor.roles
        if role.end is not None and len(role.end) == 4
    ]  # fmt: skip
    assert len(ends) >= 10


def test_a_title_resolves_in_the_last_year_of_an_office_dated_by_years(
    enrich: Callable[[str, str], Findings],
) -> None:
    """Lim Dong-won, Unification Minister "1999" to "1999" (his source gives years): on a day
    of 1999 the title with his surname is his."""
    lim = knowledge().actors["Lim Dong-won"]
    assert any(r.title == "Unification Minister" and r.end == "1999" for r in lim.roles)
    found = enrich("Unification Minister Lim met reporters.", "1999-06-01")
    assert "Lim Dong-won" in found.actors
    assert not found.unresolved
