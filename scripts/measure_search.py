"""Measure search quality on the judged query sets.

    python scripts/measure_search.py                  # tuning and held-out sets, default settings
    python scripts/measure_search.py --set tuning --sweep          # across thresholds
    python scripts/measure_search.py --set tuning --all-scorers    # every scorer, every threshold
    python scripts/measure_search.py --set tuning --details        # misses, leaks, noise, drowned

Two sets of judged queries, each query with the events that must appear (``relevant``), the
subset of those whose text or quotes name the query — its words, a near spelling, an alias
(``literal``) —, those that may appear (``acceptable``) and those that must not (``must_not``):

- ``tests/data/judged_queries.json``, the tuning set: settings and rules are chosen on it;
- ``tests/data/judged_queries_heldout.json``, the held-out set: written from the data's text
  before the ranking was tuned, and not looked at while tuning. Its figures are the honest ones.

For each set: micro-averaged precision (returned results that are relevant or acceptable) and
recall (relevant events returned); how many "must not" events leaked in; how many queries are
*drowned* (their results hold more events that do not name the query than events that do);
and two ranking measures over the results in relevance order (``--sort relevance``):
nDCG@10 (gain 2 for a literal event, 1 for another relevant or acceptable one) and the mean
reciprocal rank of the first literal event. The test suite imports ``evaluate`` from here and
fails below the levels recorded in the README (with a margin).
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ktimeline.fuzziness import DEFAULT_SCORER, SCORERS
from ktimeline.loader import Chronology, load_chronology
from ktimeline.search import (
    DEFAULT_THRESHOLD,
    Hit,
    by_relevance,
    limit_broad,
    search_events,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = {"tuning": DATA / "judged_queries.json", "heldout": DATA / "judged_queries_heldout.json"}
JUDGED = SETS["tuning"]
NDCG_DEPTH = 10


def _cap(hits: list[Hit]) -> list[Hit]:
    narrow = [hit for hit in hits if not hit.broad]
    broad = by_relevance(hit for hit in hits if hit.broad)
    return narrow + broad[: len(narrow) or len(broad)] if narrow else hits


# Rules for events found only through a broad expansion (a state, a topic), compared with
# --rules; search.limit_broad is the one chosen.
RULES = {
    "outnumber": limit_broad,  # left out when they outnumber the others (the default)
    "keep": lambda hits: hits,  # always kept, ranked below (demoted only)
    "drop": lambda hits: [hit for hit in hits if not hit.broad] or hits,  # unless alone
    "cap": _cap,  # as many as the others, best first
}


@dataclass
class Quality:
    queries: int = 0
    returned: int = 0
    correct: int = 0  # returned and relevant or acceptable
    relevant: int = 0
    found: int = 0  # relevant and returned
    ndcg_sum: float = 0.0
    rr_sum: float = 0.0  # reciprocal rank of the first literal event, summed
    rr_queries: int = 0  # queries with a literal event
    leaks: list[str] = field(default_factory=list)  # "query -> id" for must_not returned
    misses: list[str] = field(default_factory=list)  # "query -> id" for relevant not returned
    noise: list[str] = field(default_factory=list)  # "query -> id" returned, not judged ok
    drowned: list[str] = field(default_factory=list)  # "query: n literal < m others"

    @property
    def precision(self) -> float:
        return self.correct / self.returned if self.returned else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.relevant if self.relevant else 1.0

    @property
    def ndcg(self) -> float:
        return self.ndcg_sum / self.queries if self.queries else 1.0

    @property
    def mrr(self) -> float:
        return self.rr_sum / self.rr_queries if self.rr_queries else 1.0

    def summary(self) -> str:
        return (
            f"precision {self.precision:.3f}, recall {self.recall:.3f}, nDCG@10 "
            f"{self.ndcg:.3f}, MRR {self.mrr:.3f}, {len(self.leaks)} leaks, "
            f"{len(self.drowned)} drowned, {self.returned} results"
        )


def load_judged(path: Path = JUDGED) -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _dcg(gains: Sequence[float]) -> float:
    return sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains[:NDCG_DEPTH]))


def evaluate(
    chronology: Chronology,
    judged: Sequence[dict[str, object]],
    threshold: float = DEFAULT_THRESHOLD,
    scorer: str = DEFAULT_SCORER,
    rule: str = "outnumber",
) -> Quality:
    quality = Quality()
    for item in judged:
        query = str(item["query"])
        relevant = set(item["relevant"])  # type: ignore[call-overload]
        literal = set(item.get("literal", ()))  # type: ignore[call-overload]
        acceptable = set(item["acceptable"]) | relevant  # type: ignore[call-overload]
        must_not = set(item["must_not"])  # type: ignore[call-overload]
        hits = RULES[rule](
            search_events(
                chronology,
                chronology.events,
                query,
                threshold=threshold,
                scorer=scorer,
                related=True,
            )
        )
        ranked = [hit.event.id for hit in by_relevance(hits)]
        returned = set(ranked)
        quality.queries += 1
        quality.returned += len(returned)
        quality.correct += len(returned & acceptable)
        quality.relevant += len(relevant)
        quality.found += len(returned & relevant)
        quality.leaks += [f"{query} -> {i}" for i in sorted(returned & must_not)]
        quality.misses += [f"{query} -> {i}" for i in sorted(relevant - returned)]
        quality.noise += [f"{query} -> {i}" for i in sorted(returned - acceptable)]
        named, others = len(returned & literal), len(returned - literal)
        if literal and others > named:
            quality.drowned.append(f"{query}: {named} literal < {others} others")
        gains = [2.0 if i in literal else 1.0 if i in acceptable else 0.0 for i in ranked]
        ideal = sorted([2.0] * len(literal) + [1.0] * len(acceptable - literal), reverse=True)
        quality.ndcg_sum += _dcg(gains) / _dcg(ideal) if ideal else 1.0
        if literal:
            quality.rr_queries += 1
            first = next((rank for rank, i in enumerate(ranked, 1) if i in literal), None)
            quality.rr_sum += 1 / first if first else 0.0
    return quality


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--set", choices=(*SETS, "both"), default="both")
    parser.add_argument("--sweep", action="store_true", help="every threshold")
    parser.add_argument("--all-scorers", action="store_true", help="every scorer (and threshold)")
    parser.add_argument("--details", action="store_true", help="list misses, leaks and noise")
    parser.add_argument("--rules", action="store_true", help="every rule for broad expansions")
    args = parser.parse_args(argv)
    chronology = load_chronology()
    names = tuple(SETS) if args.set == "both" else (args.set,)
    scorers = SCORERS if args.all_scorers else (DEFAULT_SCORER,)
    sweep = args.sweep or args.all_scorers
    thresholds = (60, 65, 70, 75, 80, 85, 90, 95) if sweep else (DEFAULT_THRESHOLD,)
    columns = ("set", "scorer", "thresh", "prec", "recall", "nDCG@10", "MRR", "leaks", "drown",
               "results")  # fmt: skip
    print(f"{len(chronology.events)} events")
    print("{:<8} {:<13} {:>6} {:>6} {:>6} {:>7} {:>6} {:>5} {:>5} {:>7}".format(*columns))
    for name in names:
        judged = load_judged(SETS[name])
        for scorer, threshold, rule in [
            (scorer, threshold, rule)
            for scorer in scorers
            for threshold in thresholds
            for rule in (RULES if args.rules else ("outnumber",))
        ]:
            q = evaluate(chronology, judged, threshold, scorer, rule)
            default = (scorer, threshold, rule) == (
                DEFAULT_SCORER,
                DEFAULT_THRESHOLD,
                "outnumber",
            )
            shown = scorer if rule == "outnumber" else f"{scorer}/{rule}"
            print(
                f"{name:<8} {shown:<13} {threshold:>6g} {q.precision:>6.3f} "
                f"{q.recall:>6.3f} {q.ndcg:>7.3f} {q.mrr:>6.3f} {len(q.leaks):>5} "
                f"{len(q.drowned):>5} {q.returned:>7}  ({len(judged)} queries)"
                + (" <- default" if default and (sweep or args.rules) else "")
            )
            if args.details and default:
                for label, rows in (("miss", q.misses), ("leak", q.leaks),
                                    ("noise", q.noise), ("drowned", q.drowned)):  # fmt: skip
                    for row in rows:
                        print(f"    {label}: {row}")


if __name__ == "__main__":
    main()
