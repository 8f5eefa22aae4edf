"""The library benchmark: a generated library of 500 files, 100,000 events in all.

    python bench/library.py [--files 500] [--events 100000] [--reps 3] [--keep DIR]

Writes seeded synthetic events (bench/generate.py) split into FILES chronologies, each a
source of its own, into a library directory, and times, with the real ``ktimeline`` command
(KTIMELINE_LIBRARY and KTIMELINE_CACHE_DIR pointing into the work directory):

* the first query of the whole library (no index yet: every file read and indexed), against
  jq selecting the same month from the files concatenated (the ratio is the target: <= 1);
* warm ``range`` (a month) and ``search`` (target: <= 0.3 s each);
* the first query after adding one file (target: <= 1 s; only that file is read);
* ``range --no-cache`` (every file read, no index) for comparison.

Medians of REPS runs (the cold ones each from an empty cache). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import synthetic_events

MONTH = "2005-06"


def write_library(directory: Path, files: int, events: int, seed: int = 7) -> Path:
    """FILES chronologies of EVENTS/FILES events each, and all of them concatenated."""
    directory.mkdir(parents=True, exist_ok=True)
    every = list(synthetic_events(events, seed))
    per_file = len(every) // files
    concatenated = directory.parent / "all.jsonl"
    with concatenated.open("w", encoding="utf-8") as whole:
        for number in range(files):
            chunk = every[number * per_file : (number + 1) * per_file]
            lines = []
            for record in chunk:
                source = dict(record.get("source") or {"section": "chronology"})  # type: ignore[arg-type]
                source["title"] = f"Generated chronology {number:03d}"
                lines.append(json.dumps({**record, "source": source}, ensure_ascii=False) + "\n")
            (directory / f"source-{number:03d}.jsonl").write_text("".join(lines), "utf-8")
            whole.writelines(lines)
    return concatenated


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)  # fmt: skip
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="ktimeline-library-bench-"))
    library, cache = work / "library", work / "cache"
    if library.exists():
        shutil.rmtree(library)
    concatenated = write_library(library, args.files, args.events)
    env = {**os.environ, "KTIMELINE_LIBRARY": str(library), "KTIMELINE_CACHE_DIR": str(cache)}
    env.pop("KTIMELINE_DATA", None)
    ktimeline = [shutil.which("ktimeline") or "ktimeline"]
    month_range = [*ktimeline, "range", MONTH, "-f", "plain"]
    jq = ["jq", "-c", f'select(.date >= "{MONTH}" and .date < "{MONTH}-99")', str(concatenated)]
    rows: list[tuple[str, float, str]] = []

    def median(command: list[str], before: object = None) -> float:
        times = []
        for _ in range(args.reps):
            if callable(before):
                before()
            times.append(timed(command, env))
        return statistics.median(times)

    def empty_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    jq_time = median(jq)
    rows.append(("jq select (one month) over the files concatenated", jq_time, ""))
    cold = median(month_range, empty_cache)
    rows.append(("ktimeline range (one month), first query of the library (builds the index)",
                 cold, f"{cold / jq_time:.2f}× jq (target ≤ 1)"))  # fmt: skip
    timed(month_range, env)
    warm = median(month_range)
    rows.append(("ktimeline range (one month), warm", warm, "target ≤ 0.3 s"))
    search = [*ktimeline, "search", "moratorium", "-f", "plain"]
    timed(search, env)
    rows.append(("ktimeline search moratorium, warm", median(search), "target ≤ 0.3 s"))
    stats = [*ktimeline, "stats", "--by", "month", "-f", "plain"]
    rows.append(("ktimeline stats --by month, warm", median(stats), ""))
    no_cache = [*month_range, "--no-cache"]
    rows.append(("ktimeline range --no-cache (every file read)", median(no_cache), ""))
    added_times = []
    for number in range(args.reps):
        timed(month_range, env)  # the index up to date
        extra = library / f"zz-added-{number}.jsonl"
        lines = [line.replace('"id": "', f'"id": "added{number}-', 1)
                 for line in (library / "source-000.jsonl").read_text("utf-8").splitlines(True)]  # fmt: skip
        extra.write_text("".join(lines), "utf-8")
        added_times.append(timed(month_range, env))
    rows.append(("ktimeline range, first query after adding one file",
                 statistics.median(added_times), "target ≤ 1 s"))  # fmt: skip
    print(f"{args.files} files, {args.events:,} events; median of {args.reps}; {work}\n")
    print("| measurement | median s | |\n|---|---|---|")
    for label, seconds, note in rows:
        print(f"| {label} | {seconds:.3f} | {note} |")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
