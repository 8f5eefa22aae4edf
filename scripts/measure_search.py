"""Measure search quality on the judged query set (tests/data/judged_queries.json).

    python scripts/measure_search.py                 # the default scorer across thresholds
    python scripts/measure_search.py --all-scorers   # every scorer, every threshold

For each setting: micro-averaged precision (returned results that are relevant or acceptable)
and recall (relevant events returned), and how many "must not" events leaked in. The test
suite imports ``evaluate`` from here and fails below the level recorded in the README.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ktimeline.loader import Chronology, load_chronology
from ktimeline.search import DEFAULT_SCORER, DEFAULT_THRESHOLD, SCORERS, search_events

if TYPE_CHECKING:
    from collections.abc import Sequence

JUDGED = Path(__file__).resolve().parents[1] / "tests" / "data" / "judged_queries.json"


@dataclass
class Quality:
    returned: int = 0
    correct: int = 0  # returned and relevant or acceptable
    relevant: int = 0
    found: int = 0  # relevant and returned
    leaks: list[str] = field(default_factory=list)  # "query -> id" for must_not returned
    misses: list[str] = field(default_factory=list)  # "query -> id" for relevant not returned
    noise: list[str] = field(default_factory=list)  # "query -> id" returned, not judged ok

    @property
    def precision(self) -> float:
        return self.correct / self.returned if self.returned else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.relevant if self.relevant else 1.0


def load_judged(path: Path = JUDGED) -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def evaluate(
    chronology: Chronology,
    judged: Sequence[dict[str, object]],
    threshold: float = DEFAULT_THRESHOLD,
    scorer: str = DEFAULT_SCORER,
) -> Quality:
    quality = Quality()
    for item in judged:
        query = str(item["query"])
        relevant = set(item["relevant"])  # type: ignore[call-overload]
        acceptable = set(item["acceptable"]) | relevant  # type: ignore[call-overload]
        must_not = set(item["must_not"])  # type: ignore[call-overload]
        hits = search_events(
            chronology, chronology.events, query, threshold=threshold, scorer=scorer
        )
        returned = {hit.event.id for hit in hits}
        quality.returned += len(returned)
        quality.correct += len(returned & acceptable)
        quality.relevant += len(relevant)
        quality.found += len(returned & relevant)
        quality.leaks += [f"{query} -> {i}" for i in sorted(returned & must_not)]
        quality.misses += [f"{query} -> {i}" for i in sorted(relevant - returned)]
        quality.noise += [f"{query} -> {i}" for i in sorted(returned - acceptable)]
    return quality


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--all-scorers", action="store_true")
    parser.add_argument("--details", action="store_true", help="list misses, leaks and noise")
    args = parser.parse_args(argv)
    chronology = load_chronology()
    judged = load_judged()
    scorers = SCORERS if args.all_scorers else (DEFAULT_SCORER,)
    print(f"{len(judged)} judged queries over {len(chronology.events)} events")
    columns = ("scorer", "threshold", "precision", "recall", "leaks", "returned")
    print("{:<13} {:>9} {:>9} {:>7} {:>5} {:>8}".format(*columns))
    for scorer in scorers:
        for threshold in (60, 65, 70, 75, 80, 85, 90, 95):
            q = evaluate(chronology, judged, threshold, scorer)
            mark = (
                " <- default" if (scorer, threshold) == (DEFAULT_SCORER, DEFAULT_THRESHOLD) else ""
            )
            print(
                f"{scorer:<13} {threshold:>9} {q.precision:>9.3f} {q.recall:>7.3f} "
                f"{len(q.leaks):>5} {q.returned:>8}{mark}"
            )
            if args.details and (scorer, threshold) == (DEFAULT_SCORER, DEFAULT_THRESHOLD):
                for label, rows in (("miss", q.misses), ("leak", q.leaks), ("noise", q.noise)):
                    for row in rows:
                        print(f"    {label}: {row}")


if __name__ == "__main__":
    main()
