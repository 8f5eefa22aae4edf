"""Search quality on the judged query set (tests/data/judged_queries.json).

Over 50 real queries — typos, aliases, romanisations, acronyms, phrases, topics — each with the
events that must appear (relevant), those that may (acceptable) and those that must not.
The suite reports micro-averaged precision and recall (see the summary at the end of a
pytest run) and fails below the level reached when the scorer and threshold were chosen
(scripts/measure_search.py shows the measurement across scorers and thresholds).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ktimeline.loader import Chronology
from ktimeline.search import search_events

ROOT = Path(__file__).resolve().parents[1]
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.99
SUMMARY: str | None = None


def _measure_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_search", ROOT / "scripts" / "measure_search.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it is executed
    spec.loader.exec_module(module)
    return module


MEASURE = _measure_module()
JUDGED: list[dict[str, Any]] = MEASURE.load_judged()


def test_the_set_is_large_and_varied() -> None:
    assert len(JUDGED) >= 30
    assert len({item["kind"] for item in JUDGED}) >= 10


def test_precision_and_recall_over_the_judged_set(chronology: Chronology) -> None:
    global SUMMARY
    quality = MEASURE.evaluate(chronology, JUDGED)
    SUMMARY = (
        f"{len(JUDGED)} judged queries: precision {quality.precision:.3f}, recall "
        f"{quality.recall:.3f} ({quality.returned} results returned, {len(quality.leaks)} leaks)"
    )
    assert quality.precision >= PRECISION_FLOOR, quality.noise
    assert quality.recall >= RECALL_FLOOR, quality.misses
    assert quality.leaks == []


@pytest.mark.parametrize("item", JUDGED, ids=[item["query"] for item in JUDGED])
def test_each_judged_query(chronology: Chronology, item: dict[str, Any]) -> None:
    returned = {hit.event.id for hit in search_events(chronology, chronology.events, item["query"])}
    assert set(item["relevant"]) <= returned
    assert not returned & set(item["must_not"])
