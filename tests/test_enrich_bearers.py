"""Many people sharing a surname: each mention asks a set, not every bearer.

Found by a hostile review: 1,000 entries "Ambassador Person{i} Smith visits Seoul …" (each a
new actor surnamed Smith) took 1.6 s of CPU, 2,000 took 5.0 s, 20,000 ran for minutes —
``_given_name_before`` re-read every bearer's name at each mention. Real chronologies of Korea
name hundreds of Kims, Lees and Parks. Counted here, not timed: the names read per mention
stay the same however many bearers there are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import enricher, persons, words
from ktimeline.importing.events import parse_chronology
from ktimeline.loader import load_vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable


def _chronology(people: int) -> str:
    return "\n".join(
        f"Dec. {i % 28 + 1}, {1990 + i % 30}: Ambassador Person{i} Smith visits Seoul and says "
        f'"talks {i} go on".'
        for i in range(people)
    )


def _tokens_calls(people: int, monkeypatch: pytest.MonkeyPatch) -> int:
    calls = 0
    original: Callable[..., object] = words.tokens

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    for module in (words, persons, enricher):  # (each module that calls it, since the split)
        monkeypatch.setattr(module, "tokens", counted)
    result = parse_chronology(_chronology(people), load_vocabulary())
    for module in (words, persons, enricher):
        monkeypatch.setattr(module, "tokens", original)
    assert len(result.events) == people
    assert all(f"Person{i} Smith" in event.actors for i, event in enumerate(result.events))
    return calls


def test_names_read_grow_with_the_entries_not_with_their_square(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = _tokens_calls(100, monkeypatch), _tokens_calls(400, monkeypatch)
    # four times the entries: about four times the names read (it was sixteen)
    assert large < 5 * small, (small, large)


def test_a_given_name_before_a_shared_surname_is_still_another_person() -> None:
    # ("Jerome Powell" is not Colin Powell: the rule the set now answers, unchanged)
    result = parse_chronology(
        "Dec. 1, 2019: Ambassador Anna Smith visits Seoul.\n"
        "Dec. 2, 2019: Ambassador Boris Smith visits Tokyo.\n",
        load_vocabulary(),
    )
    assert [event.actors for event in result.events] == [("Anna Smith",), ("Boris Smith",)]
