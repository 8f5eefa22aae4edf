"""Measure the same-happening rule (ktimeline.happenings) on real pairs.

Each report of tests/data/same_happening/reports.json (a news report of a happening of
Sept.-Dec. 2019, with its address) is imported as an event of its own source, the way
`ktimeline import` reads a chronology ("Oct. 3, 2019: headline"), and judged against every
event of the bundled chronology within a few days of it. A pair is right when the rule links
exactly the events the fixture says report the same happening. Prints precision (of the links
made) and recall (of the pairs judged the same), for the rule and, with --grid, for other
thresholds.

    python scripts/measure_happenings.py [--grid] [--held-out | --held-out-2] [--halves] [--text]

--held-out measures the blind held-out part instead (tests/data/same_happening/heldout.json:
120 more reports, judged by reading before the rule was run on them; run once, see its README).
--held-out-2 measures the second blind held-out part (heldout2.json: 70 reports collected and
judged after the rule's last change, run once).
--halves adds the protocol used since both sets were seen: the even-numbered reports of both
sets (the tuning half: every change to the rule is decided on it) and the odd-numbered ones
(the reported half: measured before and after each change, never used to choose).
--text reads each held-out report as its headline and its first paragraph (heldout.json's
``text``; reports.json has none): a second measurement, of a longer text than a headline.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "same_happening" / "reports.json"
HELD_OUT = FIXTURE.with_name("heldout.json")
HELD_OUT_2 = FIXTURE.with_name("heldout2.json")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def report_events(fixture: Path = FIXTURE, with_text: bool = False) -> list[tuple[Any, set[str]]]:
    """(event, ids of the bundled events it reports) for every report of the fixture. With
    ``with_text``, the event says the headline and the report's first paragraph (the ``text``
    of heldout.json) as one entry; where a date in the paragraph starts another entry, the
    first (the headline's, of the report's date) is the report (``split_by_text`` counts them)."""
    from ktimeline.importing.events import parse_chronology
    from ktimeline.loader import load_vocabulary
    from ktimeline.model import Source

    vocabulary = load_vocabulary()
    found = []
    for number, report in enumerate(json.loads(fixture.read_text(encoding="utf-8"))["reports"]):
        day = date.fromisoformat(report["date"])
        said = report["headline"].rstrip()
        if with_text and report.get("text"):
            said += ("" if said.endswith((".", "!", "?")) else ".") + " " + report["text"]
        line = f"{MONTHS[day.month - 1]} {day.day}, {day.year}: {' '.join(said.split())}\n"
        source = Source("chronology", title=f"{report['publisher']} ({number})",
                        address=report["address"])  # fmt: skip
        result = parse_chronology(line, vocabulary, source=source)
        assert result.events and result.events[0].start == report["date"], (report, result)
        assert with_text or len(result.events) == 1, (report, result.unplaced)
        if len(result.events) > 1:
            split_by_text.append(report["headline"])
        found.append((result.events[0], set(report["same_as"])))
    return found


split_by_text: list[str] = []


def measure(rule: Any, reports: list[tuple[Any, set[str]]], bundled: Any) -> dict[str, float]:
    """Links made, right, and judged pairs found; precision and recall."""
    made = right = 0
    wanted = sum(len(same) for _, same in reports)
    wrong: list[str] = []
    missed: list[str] = []
    for event, same in reports:
        for other in bundled:
            if other.end < "2019-08-01" and event.start > "2019-08-31":
                continue
            link = rule(event, other)
            if link is not None:
                made += 1
                if other.id in same:
                    right += 1
                else:
                    wrong.append(f"{event.text!r} ~ {other.id} ({link.reason})")
            elif other.id in same:
                missed.append(f"{event.text!r} !~ {other.id}")
    return {"links": made, "right": right, "pairs": wanted,
            "precision": right / made if made else 1.0, "recall": right / wanted,
            "wrong": wrong, "missed": missed}  # type: ignore[dict-item]  # fmt: skip


def halves(reports: list[tuple[Any, set[str]]]) -> dict[str, list[tuple[Any, set[str]]]]:
    """The even-numbered reports (counting from 0: the half rule changes are decided on) and
    the odd-numbered ones (the half only reported, before and after each change)."""
    return {"even": reports[0::2], "odd": reports[1::2]}


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from ktimeline import happenings
    from ktimeline.loader import load_chronology

    bundled = load_chronology().events
    fixture = (
        HELD_OUT_2 if "--held-out-2" in argv else HELD_OUT if "--held-out" in argv else FIXTURE
    )
    reports = report_events(fixture, with_text="--text" in argv)
    if "--text" in argv:
        print(f"headline and first paragraph of each report ({len(split_by_text)} split by a "
              f"date in the paragraph, measured by the headline's part)")  # fmt: skip
    result = measure(happenings.judge, reports, bundled)
    print(f"{len(reports)} reports, {result['pairs']} judged pairs of the same happening")
    print(f"rule: {result['links']} links, {result['right']} right: precision "
          f"{result['precision']:.3f}, recall {result['recall']:.3f}")  # fmt: skip
    for line in result["wrong"]:  # type: ignore[attr-defined]
        print("  wrong:", line)
    for line in result["missed"]:  # type: ignore[attr-defined]
        print("  missed:", line)
    for name, half in halves(reports).items():
        row = measure(happenings.judge, half, bundled)
        print(f"{name} reports: {row['links']} links, {row['right']} right of {row['pairs']}: "
              f"precision {row['precision']:.3f}, recall {row['recall']:.3f}")  # fmt: skip
    if "--halves" in argv:
        both = report_events(FIXTURE), report_events(HELD_OUT, with_text="--text" in argv)
        for name, number in (("tuning", 0), ("reported", 1)):
            half = [pair for reports_of_set in both for pair in reports_of_set[number::2]]
            row = measure(happenings.judge, half, bundled)
            print(f"{name} half of both sets ({'even' if number == 0 else 'odd'}-numbered "
                  f"reports): {row['links']} links, {row['right']} right of {row['pairs']}: "
                  f"precision {row['precision']:.3f}, recall {row['recall']:.3f}")  # fmt: skip
    if "--grid" in argv:
        saved = happenings.MIN_SHARED_WORDS, happenings.MAX_DAYS_APART
        print("same day  day apart  2 days apart  links  precision  recall")
        for same_day in (0.2, 0.25, 0.34, 0.5):
            for next_day in (0.34, 0.4, 0.5, 0.6):
                for two_days in (None, 0.5, 0.6):
                    shares = (same_day, next_day) + ((two_days,) if two_days else ())
                    happenings.MIN_SHARED_WORDS = shares
                    happenings.MAX_DAYS_APART = len(shares) - 1
                    row = measure(happenings.judge, reports, bundled)
                    print(
                        f"{same_day:8.2f}  {next_day:9.2f}  {two_days or '-':>12}  "
                        f"{row['links']:5d}  {row['precision']:9.3f}  {row['recall']:6.3f}"
                    )
        happenings.MIN_SHARED_WORDS, happenings.MAX_DAYS_APART = saved
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
