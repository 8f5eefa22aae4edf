"""Measure enrichment (actors, places, statements) on the annotated corpus of issue 23.

    python scripts/measure_enrichment.py [--part PART|all] [--misses] [--part-counts PART ...]
    (PART: any part of the corpus)

Each text's entries go through one Enricher in their order (so that a surname can be resolved
from an earlier entry, as on import), and what it finds is compared with the annotations of
tests/data/enrichment/corpus.jsonl: precision and recall of actors, places and statements per
text and in all, the misses by kind, and names inside other names taken as actors.

``--part-counts PART …`` adds the counts of each part named, as read within this run: a part
whose texts hold no entry of another part reads the same as with ``--part PART`` (each text
through an Enricher of its own), so one run of ``--part all`` gives the whole corpus's figures
and each part's (tests/test_enrichment_corpus_floor.py reads them so, once).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.events import forces_with_their_states
from ktimeline.importing.knowledge import knowledge
from ktimeline.loader import load_vocabulary

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "enrichment" / "corpus.jsonl"
# Parts of other names that must never be actors ("Sea of Japan", "Korean War").
INSIDE_NAMES = ("Sea of Japan", "Korean War", "Korean Peninsula", "Korean peninsula")


def norm(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def quote_norm(text: str) -> str:
    return norm(text.strip(" “”\"'‘’«»`.,"))


class Score:
    def __init__(self) -> None:
        self.true_positive = self.false_positive = self.false_negative = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.true_positive += tp
        self.false_positive += fp
        self.false_negative += fn

    def counts(self) -> tuple[int, int, int]:
        return self.true_positive, self.false_positive, self.false_negative

    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    def __str__(self) -> str:
        return f"P {self.precision():.2f} R {self.recall():.2f}"


def kind_of(name: str, base_kinds: dict[str, str]) -> str:
    return base_kinds.get(name, "new name")


def _records() -> list[dict[str, Any]]:
    """The annotated entries, in the order of the corpus file."""
    return [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--part",
        # every part the corpus holds (a new blind part is measurable the day it lands)
        choices=(*sorted({r["part"] for r in _records()}), "all"),
        default="tuning",
    )
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--part-counts", nargs="+", default=[], metavar="PART",
        help="also the counts of each of these parts, as read within this run",
    )  # fmt: skip
    args = parser.parse_args()
    records = _records()
    if args.part != "all":
        records = [r for r in records if r["part"] == args.part]
    by_text: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_text[record["text"]].append(record)
    vocabulary = load_vocabulary()
    base_kinds = {name: actor.kind for name, actor in knowledge().actors.items()}
    totals = {kind: Score() for kind in ("actors", "places", "statements")}
    part_totals = {part: {kind: Score() for kind in totals} for part in args.part_counts}
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    inside = 0
    lines = []
    print(f"{'text':42} {'n':>3}  {'actors':15} {'places':15} {'statements':15}")
    for text, entries in by_text.items():
        enricher = Enricher(vocabulary)
        scores = {kind: Score() for kind in totals}
        for record in entries:
            before = {kind: score.counts() for kind, score in scores.items()}
            found = enricher.enrich(str(record["entry"]), str(record["date"]))
            actors = forces_with_their_states(found.actors, enricher.records)  # as an event's
            for kind, got in (("actors", actors), ("places", found.places)):
                gold = {norm(n): n for n in record[kind]}
                have = {norm(n): n for n in got}
                tp = len(gold.keys() & have.keys())
                scores[kind].add(tp, len(have.keys() - gold.keys()), len(gold.keys() - have.keys()))
                for key in gold.keys() - have.keys():
                    label = kind_of(gold[key], base_kinds) if kind == "actors" else "place"
                    missed[f"{kind}: {label}"] += 1
                    lines.append(f"  MISS {kind[:-1]} {gold[key]!r} in {text}: {record['entry']}")
                for key in have.keys() - gold.keys():
                    label = kind_of(have[key], base_kinds) if kind == "actors" else "place"
                    wrong[f"{kind}: {label}"] += 1
                    lines.append(f"  WRONG {kind[:-1]} {have[key]!r} in {text}: {record['entry']}")
            gold_said = [(norm(s), quote_norm(q)) for s, q in record["statements"]]
            have_said = [(norm(s.speaker), quote_norm(s.quote)) for s in found.statements]
            tp = sum(
                any(s == gs and q.startswith(gq) for s, q in have_said) for gs, gq in gold_said
            )
            right = sum(
                any(s == gs and q.startswith(gq) for gs, gq in gold_said) for s, q in have_said
            )
            scores["statements"].add(tp, len(have_said) - right, len(gold_said) - tp)
            if tp < len(gold_said) or right < len(have_said):
                lines.append(
                    f"  STATEMENTS want {record['statements']} got "
                    f"{[(s.speaker, s.quote) for s in found.statements]}: {record['entry']}"
                )
            for kind, score in part_totals.get(record["part"], {}).items():
                (right_now, wrong_now, missed_now), (right_then, wrong_then, missed_then) = (
                    scores[kind].counts(),
                    before[kind],
                )
                score.add(right_now - right_then, wrong_now - wrong_then, missed_now - missed_then)
            for name in INSIDE_NAMES:
                if name in str(record["entry"]):
                    part = {"Sea of Japan": "Japan"}.get(name, "")
                    if part and part in found.actors and part not in record["actors"]:
                        inside += 1
        for kind in totals:
            totals[kind].add(scores[kind].true_positive, scores[kind].false_positive,
                             scores[kind].false_negative)  # fmt: skip
        print(f"{text[:42]:42} {len(entries):>3}  {scores['actors']!s:15} "
              f"{scores['places']!s:15} {scores['statements']!s:15}")  # fmt: skip
    print(f"{'ALL (' + args.part + ')':42} {len(records):>3}  {totals['actors']!s:15} "
          f"{totals['places']!s:15} {totals['statements']!s:15}")  # fmt: skip
    print("counts (true positives / wrong / missed):", ", ".join(
        f"{kind} {t.true_positive}/{t.false_positive}/{t.false_negative}"
        for kind, t in totals.items()
    ))  # fmt: skip
    print(f"names inside other names taken as actors: {inside}")
    for part, scores in part_totals.items():
        print(f"counts of {part} (true positives / wrong / missed):", ", ".join(
            f"{kind} {t.true_positive}/{t.false_positive}/{t.false_negative}"
            for kind, t in scores.items()
        ))  # fmt: skip
    print("misses by kind:", dict(sorted(missed.items())))
    print("wrong by kind:", dict(sorted(wrong.items())))
    if args.misses:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
