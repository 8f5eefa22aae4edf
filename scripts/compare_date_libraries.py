"""How many real entries' dates each date reader reads right, misreads, or leaves unread:
ktimeline.dates (the project's grammar), python-dateutil and dateparser, on the real corpus
(tests/data/import/real). Issue 22 asked for this measurement before choosing.

The libraries are not dependencies of ktimeline; install them beside it to run this:
    pip install python-dateutil dateparser   (a separate venv is fine: PYTHONPATH=its site-packages)
    python scripts/compare_date_libraries.py [--part tuning|held-out|all]

For each expected entry, the date as the text writes it is taken from the text itself: the
words before the entry's first words on its line, or the line above when the date stands
alone. Every reader gets the same help a chronology gives: the year of the entry before, for
dates written without one (dateutil's `default`, dateparser's `RELATIVE_BASE`, our
YearContext). A reading is right when it gives the expected date at the expected precision
(day, month or year) and the expected end; a misreading is any other date (silent: the
library returns it as if sure); unread is a refusal.
"""

from __future__ import annotations

import importlib
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tests.import_corpus import REAL, corpus

from ktimeline import dates

BULLETED = re.compile(r"^\s*[-•*]\s")
WEEKDAY = re.compile(r"\s*\(\w+day\)?$")
DECORATION = re.compile(r"^[\s•·*\-–—#>\[(]+|[\s:;.\-–—>\])*_=]+$")


def written_dates(name: str, spec: dict[str, Any]) -> list[tuple[str, str, str | None, int | None]]:
    """(date as written, expected date, expected end, year of the entry before) per entry."""
    lines = (REAL / name).read_text("utf-8").splitlines()
    found: list[tuple[str, str, str | None, int | None]] = []
    start, previous_year = 0, None
    for expected, end, words in spec["entries"]:
        for index in range(start, len(lines)):
            at = lines[index].find(words)
            if at < 0:
                continue
            before = DECORATION.sub("", lines[index][:at])
            probe = index - 1
            while not before and probe >= 0:  # the date alone above (items bulleted below it)
                if not BULLETED.match(lines[probe]):
                    before = DECORATION.sub("", lines[probe])
                probe -= 1
            before = WEEKDAY.sub("", before)  # "July 1, 1953 (Wednesday)": the date is before it
            found.append((before, expected, end, previous_year))
            start = index + 1
            break
        previous_year = int(expected[:4])
    return found


def iso(moment: datetime, precision: str) -> str:
    if precision == "year":
        return f"{moment.year:04d}"
    if precision == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    return moment.date().isoformat()


def ours(text: str, year: int | None) -> tuple[str, str | None] | None:
    match = dates.date_in_text().fullmatch(text)
    if match is None:
        return None
    resolved = dates.resolve_date(match, dates.YearContext(year))
    return None if isinstance(resolved, str) else (resolved[0], resolved[1])


def dateutil_reading(text: str, year: int | None) -> tuple[str, str | None] | None:
    parser = importlib.import_module("dateutil.parser")  # not a dependency: found at run time

    base = year or 2000
    try:  # two defaults: what differs between the readings was not written (its precision)
        first = parser.parse(text, default=datetime(base, 1, 1))
        second = parser.parse(text, default=datetime(base, 2, 2))
    except (ValueError, OverflowError):
        return None
    precision = (
        "day" if first.day == second.day else "month" if first.month == second.month else "year"
    )
    return iso(first, precision), None


def dateparser_reading(text: str, year: int | None) -> tuple[str, str | None] | None:
    dateparser = importlib.import_module("dateparser.date")

    settings = {"RELATIVE_BASE": datetime(year or 2000, 1, 1), "PREFER_DAY_OF_MONTH": "first"}
    data = dateparser.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    return iso(data.date_obj, data.period or "day"), None


def main() -> None:
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "tuning"
    readers = {
        "ktimeline.dates": ours,
        "python-dateutil": dateutil_reading,
        "dateparser": dateparser_reading,
    }
    totals = {name: [0, 0, 0] for name in readers}
    examples: dict[str, list[str]] = {name: [] for name in readers}
    entries = 0
    for name, spec in corpus().items():
        if part != "all" and spec["part"] != part:
            continue
        for written, expected, end, year in written_dates(name, spec):
            entries += 1
            for reader, read in readers.items():
                got = read(written, year)
                slot = 2 if got is None else 0 if got == (expected, end) else 1
                totals[reader][slot] += 1
                if got is not None and slot == 1 and len(examples[reader]) < 6:
                    shown = got[0] + (f"/{got[1]}" if got[1] else "")
                    wanted = expected + (f"/{end}" if end else "")
                    examples[reader].append(f"{written!r} -> {shown} (expected {wanted})")
    print(f"{entries} entries ({part})")
    print(f"{'reader':18} {'right':>6} {'misread':>8} {'unread':>7}")
    for reader, (right, wrong, unread) in totals.items():
        print(f"{reader:18} {right:>6} {wrong:>8} {unread:>7}")
    for reader, misreadings in examples.items():
        for line in misreadings:
            print(f"  {reader} misread: {line}")


if __name__ == "__main__":
    main()
