"""The knowledge base's forms each with the source checked, a capital after a preposition of place
in the other languages, successions by name (issue 23, kb24).

- Successions by name: an office whose source ends it in a year alone is not held once a
  successor's first day in it, dated within that year, has come (trust23's
  Person.held_until_succeeded, applied by a title alone). The surname paths now apply it too:
  "Foreign Minister Kim" (the surname pool's holders of a head's or minister's title) and "Vice
  Foreign Minister Kim" (a lesser office, Enricher._office_holder) were "ambiguous" between two
  successive holders bearing the surname.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import KnownActor, RoleRecord, knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

# --- successions by name ----------------------------------------------------------------------

# Two invented pairs of successive South Korean holders who share the surname Kim: the first's
# office ends in "2005" (a year alone), the second's begins on 2005-03-02.
_SOURCE = ("https://example.org/invented-for-a-test",)
_SUCCESSIVE = (
    ("Kim Ha-neul", "Foreign Minister", "2003-02-27", "2005"),
    ("Kim Bo-ram", "Foreign Minister", "2005-03-02", "2007-01-01"),
    ("Kim Da-som", "Vice Foreign Minister", "2003-02-27", "2005"),
    ("Kim Na-rae", "Vice Foreign Minister", "2005-03-02", "2007-01-01"),
)


@pytest.fixture
def enrich_with_successors(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[str, str], Findings]:
    """A new Enricher (of one entry) whose knowledge base holds the invented pairs above."""
    from ktimeline.importing.enrichment import enricher as enricher_module
    from ktimeline.loader import load_vocabulary

    base = knowledge()
    added = {
        name: KnownActor(
            name,
            "person",
            _SOURCE,
            "South Korea",
            f"{title} of South Korea",
            roles=(RoleRecord(title, "South Korea", start, end),),
        )
        for name, title, start, end in _SUCCESSIVE
    }
    with_them = dataclasses.replace(base, actors={**base.actors, **added})
    monkeypatch.setattr(enricher_module, "knowledge", lambda: with_them)

    def enrich(text: str, date: str) -> Findings:
        return enricher_module.Enricher(load_vocabulary()).enrich(text, date)

    return enrich


@pytest.mark.parametrize(
    ("text", "day", "holder"),
    [
        # the surname pool's holders of a title (Enricher.resolve)
        ("South Korean Foreign Minister Kim met his counterpart.", "2005-06-01", "Kim Bo-ram"),
        ("Foreign Minister Kim met his counterpart in Seoul.", "2005-06-01", "Kim Bo-ram"),
        ("Foreign Minister Kim met his counterpart in Seoul.", "2005-03-02", "Kim Bo-ram"),
        # a lesser office (Enricher._office_holder)
        ("South Korean Vice Foreign Minister Kim met his counterpart.", "2005-06-01", "Kim Na-rae"),
    ],
)  # fmt: skip
def test_a_surname_with_a_title_is_the_successor_once_he_took_the_office(
    enrich_with_successors: Callable[[str, str], Findings], text: str, day: str, holder: str
) -> None:
    found = enrich_with_successors(text, day)
    assert holder in found.actors
    assert not found.unresolved


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("South Korean Foreign Minister Kim met his counterpart.", "Kim Ha-neul"),
        ("South Korean Vice Foreign Minister Kim met his counterpart.", "Kim Da-som"),
    ],
)
def test_before_the_successors_first_day_the_predecessor_is_meant(  # (guard)
    enrich_with_successors: Callable[[str, str], Findings], text: str, holder: str
) -> None:
    found = enrich_with_successors(text, "2005-02-01")
    assert holder in found.actors
    assert not found.unresolved


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("South Korean Foreign Minister Kim met his counterpart.", "Kim Ha-neul or Kim Bo-ram"),
        ("South Korean Vice Foreign Minister Kim met his counterpart.", "Kim Da-som or Kim Na-rae"),
    ],
)
def test_a_year_alone_leaves_both_reported(  # (guard: the successor's day may follow it)
    enrich_with_successors: Callable[[str, str], Findings], text: str, both: str
) -> None:
    found = enrich_with_successors(text, "2005")
    assert not {name for name, *_ in _SUCCESSIVE} & set(found.actors)
    assert [u.reason for u in found.unresolved] == [f"ambiguous: {both} on 2005"]


def test_another_state_holder_of_the_lesser_title_stays_ambiguous(  # (guard)
    enrich_with_successors: Callable[[str, str], Findings],
) -> None:
    """Without its state, "Vice Foreign Minister Kim" in 2005 may be North Korea's Kim Kye
    Gwan too: the succession drops only Kim Da-som."""
    found = enrich_with_successors("Vice Foreign Minister Kim met his counterpart.", "2005-06-01")
    assert [u.reason for u in found.unresolved] == [
        "ambiguous: Kim Kye Gwan or Kim Na-rae on 2005-06-01"
    ]
