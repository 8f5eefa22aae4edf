"""A copy of ktimeline whose importer (the split, the enrichment, the quotations) is compiled
to C with mypyc: the same code, the same output, about a third less CPU on the benchmark.

    python scripts/compile_importer.py DEST
    PYTHONPATH=DEST/src ktimeline import chronology.txt --out events.jsonl

Why: an import's time is per-line and per-word rules in Python (issue 28: split 0.85 s and
enrichment 1.0 s of 2.4 s CPU on the 10,000-entry benchmark), spread over hundreds of small
steps, so no single change to the rules brings it down. mypyc (part of mypy, a dev
dependency) compiles the modules as they are, from their type annotations: measured on the
benchmark, 2.40 -> 1.64 s CPU, byte-identical events (scripts/compare_import_output.py over
every corpus text and the benchmark file). The pure-Python modules stay the reference: DEST is
a copy of src/ and data/ with the compiled extension modules beside the sources (an extension
module is imported before a ``.py`` of the same name, so DEST must be rebuilt after an edit;
src/ itself is never touched). Takes a few minutes (a C compiler and Python's headers are
needed). Note for a compiled build: module-level names of these modules are bound at compile
time inside them (a test's monkeypatch of a helper is not seen by its callers there).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What is compiled: the importer's per-line and per-word work (see the docstring), named here
# once: every module of these packages, as they are on disk (a module added to one is
# compiled with it), and these modules.
PACKAGES = ("ktimeline/importing/entries", "ktimeline/importing/enrichment")
SINGLE_MODULES = ("ktimeline/importing/quotations.py",)


def modules(src: Path = ROOT / "src") -> tuple[str, ...]:
    """The modules compiled, as paths relative to ``src``: every ``.py`` of PACKAGES, then
    SINGLE_MODULES."""
    found = [
        path.relative_to(src).as_posix()
        for package in PACKAGES
        for path in sorted((src / package).glob("*.py"))
    ]
    return (*found, *SINGLE_MODULES)


def build(dest: Path) -> None:
    """Copy src/ and data/ to ``dest`` and compile ``modules()`` there, in place."""
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"{dest}: not empty; give a new or empty directory")
    for part in ("src", "data"):
        shutil.copytree(
            ROOT / part, dest / part, ignore=shutil.ignore_patterns("__pycache__", "*.so")
        )
    env = {**os.environ, "PYTHONPATH": str(dest / "src")}
    command = [sys.executable, "-m", "mypyc", *modules(dest / "src")]
    subprocess.run(command, cwd=dest / "src", env=env, check=True)
    shutil.rmtree(dest / "src" / "build", ignore_errors=True)  # (the C sources and objects)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("dest", type=Path, help="a new or empty directory")
    build(parser.parse_args().dest.resolve())


if __name__ == "__main__":
    main()
