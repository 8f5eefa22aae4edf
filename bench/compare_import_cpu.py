"""Two versions' ``ktimeline import`` of the benchmark's 10,000-entry chronology, in CPU seconds.

    python bench/compare_import_cpu.py BEFORE/src AFTER/src [--reps 3]

The same text as ``bench/run.py --only import`` (its ``chronology_text``), the same baseline
(Python's ``re`` over the lines), but CPU time (user and system, from ``wait4``), which the
machine's load changes far less than wall time; the commands run interleaved, each version
first on PYTHONPATH (e.g. an extracted ``git archive`` of a commit's ``src`` and ``data``).
Prints the best and the median of each, and the best's ratio to the baseline's best.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import run  # bench/run.py: the benchmark's text and baseline


def cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("trees", nargs=2, type=Path, help="the two versions' source directories")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    work = Path(tempfile.mkdtemp(prefix="ktimeline-import-cpu-"))
    try:
        text = work / "chronology-10k.txt"
        text.write_text(run.chronology_text(run.IMPORT_ENTRIES), "utf-8")
        baseline = work / "re_over_lines.py"
        baseline.write_text(run.RE_OVER_LINES, "utf-8")
        ktimeline = [sys.executable, "-m", "ktimeline"]
        commands: dict[str, tuple[list[str], Path | None]] = {
            "python re over the lines": ([sys.executable, str(baseline), str(text)], None)
        }
        for label, tree in zip(("before", "after"), args.trees, strict=True):
            out = str(work / f"{label}.jsonl")
            commands[f"{label}: import --out"] = (
                [*ktimeline, "import", str(text), "--out", out, "--force"],
                tree,
            )
            commands[f"{label}: import --check"] = (
                [*ktimeline, "import", str(text), "--check"],
                tree,
            )
            commands[f"{label}: --version"] = ([*ktimeline, "--version"], tree)
        seconds: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.reps):
            for label, (command, tree) in commands.items():
                tree_env = {**env, "PYTHONPATH": str(tree.resolve())} if tree else env
                seconds[label].append(cpu_seconds(command, tree_env))
        floor = min(seconds["python re over the lines"])
        print(f"CPU seconds (user+sys), {args.reps} runs each, interleaved\n")
        print("| command | best | median | best / re |\n|---|---|---|---|")
        for label, values in seconds.items():
            print(
                f"| {label} | {min(values):.3f} | {statistics.median(values):.3f} "
                f"| {min(values) / floor:.1f}× |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
