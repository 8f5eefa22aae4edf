"""trust23: hostile24's leftovers, each a test that fails on d203ece4.

- An office whose source ends it in a year alone is held through that year (24bbfa87,
  knowledge.held_during), so the successor whose first day in it is dated within that year
  shared it with him: "U.S. Secretary of State met …" on 1989-06-01 was "ambiguous: James
  Baker or George Shultz" (Shultz's office ends "1989", Baker's begins 1989-01-25). The dated
  successor holds it from his first day; before it the predecessor alone, and on a day the
  successor's start does not precede ("1989", "1989-01") both, reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

# --- an office ending in a year alone and its successor dated by days ------------------------

SECRETARY = "U.S. Secretary of State met Korean leaders in Seoul."


@pytest.mark.parametrize(
    ("text", "day", "holder"),
    [
        (SECRETARY, "1989-06-01", "James Baker"),  # Shultz to "1989", Baker from 1989-01-25
        (SECRETARY, "1989-03", "James Baker"),
        ("The South Korean Prime Minister visited Tokyo.", "2015-09-01", "Hwang Kyo-ahn"),
        ("South Korean Defense Minister met his counterpart.", "2017-08-01", "Song Young-moo"),
        ("Japanese Foreign Minister arrived in Seoul.", "2005-11-15", "Taro Aso"),
        ("The Russian Foreign Minister arrived in Pyongyang.", "1998-10-01", "Igor Ivanov"),
    ],
)
def test_a_dated_successor_holds_the_office_in_his_predecessors_last_year(
    enrich: Callable[[str, str], Findings], text: str, day: str, holder: str
) -> None:
    found = enrich(text, day)
    assert holder in found.actors
    assert not found.unresolved


def test_before_the_successors_first_day_the_predecessor_holds_it(  # (guard)
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "George Shultz" in enrich(SECRETARY, "1989-01-10").actors


@pytest.mark.parametrize("day", ["1989", "1989-01"])
def test_a_day_the_successors_first_day_may_follow_leaves_both(  # (guard)
    enrich: Callable[[str, str], Findings], day: str
) -> None:
    found = enrich(SECRETARY, day)
    assert not {"George Shultz", "James Baker"} & set(found.actors)
    assert [u.reason for u in found.unresolved] == [
        f"ambiguous: James Baker or George Shultz on {day}"
    ]
