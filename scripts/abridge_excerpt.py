"""Abridge a retrieved excerpt for tests/data/import/real/ (python scripts/abridge_excerpt.py IN OUT).

Third-party texts are kept only as far as the tests need them: every line stays in its place
with its dates, numbers, separators, decoration and page furniture, and each run of more than
12 words without a digit keeps its first 6 and last 4 words around "…". The layout quirks that
the importer must handle (entries run together, footers mid-line, dates alone on a line) are
therefore kept exactly as retrieved, while most of each entry's wording is not.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

KEEP_FIRST, KEEP_LAST, LONGEST = 6, 4, 12


def abridge_line(line: str) -> str:
    tokens = line.split(" ")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > LONGEST:
            out.extend([*run[:KEEP_FIRST], "…", *run[-KEEP_LAST:]])
        else:
            out.extend(run)
        run.clear()

    for token in tokens:
        if token and not re.search(r"\d", token):
            run.append(token)
        else:
            flush()
            out.append(token)
    flush()
    return " ".join(out)


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    text = source.read_text("utf-8")
    target.write_text("".join(abridge_line(line) + "\n" for line in text.splitlines()), "utf-8")


if __name__ == "__main__":
    main()
