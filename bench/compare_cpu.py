"""Two versions of ktimeline side by side in CPU seconds, which the machine's load does not change.

    python bench/compare_cpu.py FILE.jsonl BEFORE/src AFTER/src [--reps 2]

Wall times on a shared machine vary with its load (the same command: 13 s, then 33 s); the
CPU time a command uses (user and system, of the command and of the processes it waited
for, such as the index writer: from ``wait4``) varies by a few percent. For each version
(a directory to put first on PYTHONPATH, e.g. an extracted ``git archive`` of a commit's
``src`` and ``data``), and jq's one-month select as the baseline: the first range and the
first fuzzy search of FILE (each from an empty cache), a warm fuzzy search and a warm
one-day range. Prints medians.
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


def cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("trees", nargs=2, type=Path, help="the two versions' source directories")
    parser.add_argument("--reps", type=int, default=2)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    work = Path(tempfile.mkdtemp(prefix="ktimeline-cpu-"))
    data = ["--data", str(args.file)]
    ktimeline = [sys.executable, "-m", "ktimeline"]
    questions = {
        "first range": (["range", "2005-03", "-f", "jsonl"], "range", True),
        "first fuzzy search": (["search", "moratorium", "-f", "plain"], "search", True),
        "warm fuzzy search": (["search", "moratorium", "-f", "plain"], "search", False),
        "warm one-day range": (["range", "2005-03-04", "-f", "jsonl"], "range", False),
    }
    seconds: dict[str, list[float]] = {}
    try:
        for _ in range(args.reps):
            jq = [
                "jq",
                "-c",
                'select(.date >= "2005-03-01" and .date <= "2005-03-31")',
                str(args.file),
            ]
            seconds.setdefault("jq select (one month)", []).append(cpu_seconds(jq, env))
            for number, tree in enumerate(args.trees):
                for name, (question, cache, cold) in questions.items():
                    directory = work / f"{number}-{cache}"
                    if cold:
                        shutil.rmtree(directory, ignore_errors=True)
                    run_env = {
                        **env,
                        "PYTHONPATH": str(tree),
                        "KTIMELINE_CACHE_DIR": str(directory),
                    }
                    used = cpu_seconds([*ktimeline, *question, *data], run_env)
                    seconds.setdefault(f"{name} | {tree}", []).append(used)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, values in seconds.items():
        shown = ", ".join(f"{value:.2f}" for value in values)
        print(f"| {name} | {statistics.median(values):.2f} | {shown} |")


if __name__ == "__main__":
    main()
