"""CPU time of enriching 10,000 entries (process_time, best of 3), for issue 23's recognition.

    PYTHONPATH=src python bench/enrich_cpu.py

Two sets of 10,000 entries: bench/run.py's generated chronology (names, verbs, no quotations)
and the annotated corpus of tests/data/enrichment/ repeated (real entries, many quotations).
Only ``Enricher.enrich`` is timed (one Enricher per set, built before the clock starts).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ktimeline.importing.enrichment import Enricher  # noqa: E402
from ktimeline.importing.entries import split_entries  # noqa: E402
from ktimeline.importing.knowledge import knowledge  # noqa: E402
from ktimeline.loader import load_vocabulary  # noqa: E402
from run import IMPORT_ENTRIES, chronology_text  # noqa: E402


def best_of(entries: list[tuple[str, str]], reps: int = 3) -> float:
    vocabulary = load_vocabulary()
    best = float("inf")
    for _ in range(reps):
        enricher = Enricher(vocabulary)
        start = time.process_time()
        for text, date in entries:
            enricher.enrich(text, date)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    knowledge()  # loaded once, outside the clock
    generated = [
        (" ".join(entry.parts), entry.date)
        for entry in split_entries(chronology_text(IMPORT_ENTRIES)).entries
    ]
    corpus_file = ROOT / "tests" / "data" / "enrichment" / "corpus.jsonl"
    records = [json.loads(line) for line in corpus_file.read_text("utf-8").splitlines() if line]
    real = [(str(r["entry"]), str(r["date"])) for r in records]
    real = (real * (IMPORT_ENTRIES // len(real) + 1))[:IMPORT_ENTRIES]
    print(f"generated ({len(generated)} entries): {best_of(generated):.2f} s CPU")
    print(f"corpus repeated ({len(real)} entries): {best_of(real):.2f} s CPU")


if __name__ == "__main__":
    main()
