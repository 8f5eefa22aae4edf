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

Medians of REPS runs (the cold ones each from an empty cache), in wall seconds and in CPU
seconds (user + system from ``wait4``: the machine is shared, its load changes wall times,
not CPU times). Prints a Markdown table.
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


CPU: list[float] = []  # the CPU seconds of each command timed, in order


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one run; its CPU seconds (user + system, of the command and of the
    processes it waited for, from ``wait4``: what the machine's load does not change) are
    appended to ``CPU``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    _, _, usage = os.wait4(process.pid, 0)
    CPU.append(usage.ru_utime + usage.ru_stime)
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
    # As installed (pip compiles the modules): with PYTHONDONTWRITEBYTECODE, every run of a
    # source tree compiles every module it imports again (0.06-0.1 s of CPU each time).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ktimeline = [shutil.which("ktimeline") or "ktimeline"]
    month_range = [*ktimeline, "range", MONTH, "-f", "plain"]
    jq = ["jq", "-c", f'select(.date >= "{MONTH}" and .date < "{MONTH}-99")', str(concatenated)]
    rows: list[tuple[str, float, float, str]] = []

    def median(command: list[str], before: object = None) -> tuple[float, float]:
        """Medians of REPS runs: wall seconds, CPU seconds."""
        times, cpu = [], []
        for _ in range(args.reps):
            if callable(before):
                before()
            times.append(timed(command, env))
            cpu.append(CPU[-1])
        return statistics.median(times), statistics.median(cpu)

    def empty_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    timed([*month_range, "--no-cache"], env)  # (the modules compiled: see above)
    jq_time = median(jq)
    rows.append(("jq select (one month) over the files concatenated", *jq_time, ""))
    cold = median(month_range, empty_cache)
    rows.append(("ktimeline range (one month), first query of the library (builds the index)",
                 *cold, f"{cold[0] / jq_time[0]:.2f}× jq wall, {cold[1] / jq_time[1]:.2f}× jq "
                 "CPU (target ≤ 1)"))  # fmt: skip
    timed(month_range, env)
    rows.append(("ktimeline range (one month), warm", *median(month_range), "target ≤ 0.3 s"))
    search = [*ktimeline, "search", "moratorium", "-f", "plain"]
    timed(search, env)
    rows.append(("ktimeline search moratorium, warm", *median(search), "target ≤ 0.3 s"))
    stats = [*ktimeline, "stats", "--by", "month", "-f", "plain"]
    rows.append(("ktimeline stats --by month, warm", *median(stats), ""))
    no_cache = [*month_range, "--no-cache"]
    rows.append(("ktimeline range --no-cache (every file read)", *median(no_cache), ""))
    added_times, added_cpu = [], []
    for number in range(args.reps):
        timed(month_range, env)  # the index up to date
        extra = library / f"zz-added-{number}.jsonl"
        lines = [line.replace('"id": "', f'"id": "added{number}-', 1)
                 for line in (library / "source-000.jsonl").read_text("utf-8").splitlines(True)]  # fmt: skip
        extra.write_text("".join(lines), "utf-8")
        added_times.append(timed(month_range, env))
        added_cpu.append(CPU[-1])
    rows.append(("ktimeline range, first query after adding one file",
                 statistics.median(added_times), statistics.median(added_cpu),
                 "target ≤ 1 s"))  # fmt: skip
    print(f"{args.files} files, {args.events:,} events; median of {args.reps}; {work}\n")
    print("| measurement | median wall s | median CPU s | |\n|---|---|---|---|")
    for label, seconds, cpu_seconds, note in rows:
        print(f"| {label} | {seconds:.3f} | {cpu_seconds:.3f} | {note} |")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
