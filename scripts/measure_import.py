"""Import quality on the real corpus: entries right / expected per source, and left-out text
reported vs absorbed into an entry (python scripts/measure_import.py [--verbose]). A text
whose import raises is counted as nothing read and named at the end; the exit status is then 1.

An entry is right when its date, end date and first words are those of the expected list, in
order (a missing or extra entry costs what it costs in an alignment of the two lists). A piece
of text that is no entry is "absorbed" when it ended up inside an entry's text, and "reported"
when the importer listed it (as a line it could not place, or as layout).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.import_corpus import Score, add, corpus, score_file


def main() -> None:
    verbose = "--verbose" in sys.argv
    totals: dict[str, Score] = {}
    print(
        f"{'file':40} {'part':8} {'right/expected':>14} {'extra':>5} {'left out: reported/absorbed':>28} {'not placed':>10} {'layout':>6}"
    )
    crashed: list[str] = []
    for name, item in corpus().items():
        try:
            score = score_file(name, item, verbose)
        except Exception as error:  # one text's crash costs that text, not the whole run
            crashed.append(f"{name}: {type(error).__name__}: {error}")
            score = Score(expected=len(item["entries"]), left_out=len(item["left_out"]))
        extra = max(0, score.found - score.right)
        print(
            f"{name:40} {item['part']:8} {score.right:>6}/{score.expected:<7} {extra:>5} "
            f"{score.reported:>16}/{score.absorbed} of {score.left_out} {score.unplaced:>10} "
            f"{score.layout:>6}"
        )
        for key in (item["part"], "all"):
            add(totals.setdefault(key, Score()), score)
    for key, total in totals.items():
        share = 100 * total.right / total.expected if total.expected else 0.0
        print(
            f"{key}: {total.right}/{total.expected} entries right ({share:.1f}%), "
            f"{total.found - total.right} found that are not right; left-out text: "
            f"{total.reported} reported, {total.absorbed} absorbed, of {total.left_out}; "
            f"{total.unplaced} lines or pieces listed as not placed, {total.layout} as layout"
        )
    for line in crashed:
        print(f"crashed (counted as nothing read): {line}")
    if crashed:
        sys.exit(1)


if __name__ == "__main__":
    main()
