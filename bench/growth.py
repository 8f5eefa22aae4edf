"""How the CPU time of the inputs that once took quadratic time grows with their size, side by
side with a linear baseline over the same input (``python bench/run.py --only growth``).

These were timed tests until session 20. Their guarded growth is inside one built-in call (a
regex search, a slice, a membership test in a list, rich copying a string), which a count of
calls (tests/work_support.py) does not see, and a shared machine's load made them the slowest
tests of the suite. The tests keep what they check without a clock (what the input reads as,
at a small size) and count the calls made at n, 2n and 3n (growth in Python code); the time,
which also sees growth inside one call, is measured here. The inputs are written here once:
the tests import them.

Each case runs its work at a small and a large size, interleaved with the baseline (Python's
``re`` reading every word of the same input once) at the same sizes; the best CPU time of
``reps`` runs of each, the collector off while each runs. A case's verdict compares its
large/small ratio with the limit its test had; the baseline's ratio shows what linear work
grew by on this machine at that moment.
"""

from __future__ import annotations

import gc
import json
import re
import time
from dataclasses import dataclass
from functools import cache, partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

WORD = re.compile(r"\S+")


def best_cpu_seconds(work: Callable[[], object], runs: int) -> float:
    """The least CPU time ``work`` took over ``runs`` runs, the collector off during each (its
    passes over a large heap once moved a linear unit's time 2.0 to 2.7 times)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


@dataclass(frozen=True)
class Case:
    """``work`` on ``make(large)`` takes at most ``limit`` times its time on ``make(small)``
    (a quadratic rule's ratio is about ``quadratic``)."""

    name: str
    test: str  # the test that timed it before, and now checks it without a clock
    make: Callable[[int], Any]
    work: Callable[[Any], object]
    text: Callable[[Any], str]  # the input as one text, for the baseline
    small: int
    large: int
    limit: float
    quadratic: float


@cache
def _vocabulary() -> Any:
    from ktimeline.loader import load_vocabulary

    return load_vocabulary()


@cache
def _enricher() -> Any:
    from ktimeline.importing.enrichment import Enricher

    return Enricher(_vocabulary())


def _split(text: str) -> object:
    from ktimeline.importing.entries import split_entries

    return split_entries(text)


def _read_table_or_text(text: str) -> object:
    """What import reads a text with: a table's rows, else ``split_entries`` (hostile18's)."""
    from ktimeline.importing.tables import read_entries

    return read_entries(text)


def _import(text: str) -> object:
    from ktimeline.importing.events import parse_chronology

    return parse_chronology(text, _vocabulary())


def _enrich(date: str, text: str) -> object:
    return _enricher().enrich(text, date)


def _titled_year_headings(lines: list[str]) -> object:
    from ktimeline.importing.entries import _titled_year_headings as headings

    return headings(lines)


def _html_text(page: str) -> object:
    from ktimeline.importing.sources import html_text

    return html_text(page)


def _table(path: Path) -> object:
    """``ktimeline range 2019 --data PATH -f table --no-cache``, in this process."""
    from typer.testing import CliRunner

    from ktimeline.cli import app

    with CliRunner().isolation():
        return app.main(["range", "2019", "--data", str(path), "-f", "table", "--no-cache"])


def long_line(repeats: int) -> str:
    """One line of sentences with dates in them, no entry: issue 25's single-line import."""
    return "The talks of 1999 and Dec. 5 go on. " * repeats + "\n"


def long_entry(words: int) -> str:
    """One entry of ``words`` words after its date (a hostile review's 20 MB line)."""
    return "Dec. 3, 2019: Trump says " + "word " * words + "\n"


def quotation_then(mark: str, marks: int) -> str:
    """A quotation, then a quotation mark written ``marks`` times (issue 25 item 12)."""
    return "Trump said \u201cfine.\u201d " + mark * marks + " end"


def run_together(entries: int) -> str:
    return (
        " ".join(
            f"Jan. {d % 28 + 1}, 2009: Aso says the Feb. 10, 2009 budget will pass. "
            "U.S.-Japan Relations 18 April 2009"
            for d in range(entries)
        )
        + "\n"
    )


def yearless_run_together(entries: int) -> str:
    line = "".join(f"Jan. {d % 28 + 1} -- Talks are held. " for d in range(entries))
    return f"Here is a timeline of the talks in 2018.\n\n{line}\n"


def year_first_days(entries: int) -> str:
    return (
        " ".join(
            f"1960 Feb {n % 28 + 1}, The hall holds dance number {n} for the town. 1960 A club meets."
            for n in range(entries)
        )
        + "\n"
    )


def year_lines(count: int) -> list[str]:
    return [f"{1000 + n % 1999}: Beginnings of chapter {n % 7}" for n in range(count)]


def blank_lines(count: int) -> str:
    return (
        "1990: The club meets.\n1991: The club votes.\n1992: The club wins.\n"
        + "\n" * count
        + "1993: The club closes.\n"
    )


def tab_rows(count: int) -> str:
    return "".join(
        f"{1800 + i % 200}-05-0{1 + i % 9}\tThe council\tmeeting {i}\r\n" for i in range(count)
    )


def nested_in_nav(n: int) -> str:
    """A page whose navigation holds ``n`` nested elements of unknown names, closed in
    order, then the same again closed by end tags that match nothing open."""
    names = [f"t{i}" for i in range(n)]
    return (
        "<html><body><p>Dec. 2, 2019: Trump meets Moon.</p><nav>"
        + "".join(f"<{name}>" for name in names)
        + "".join(f"</{name}>" for name in reversed(names))
        + "<x>" * n
        + "</y>" * n
        + "</nav><p>Dec. 3, 2019: Kim fires.</p></body></html>"
    )


# The units of test_enrichment's thousands of names (each quadratic once: a ministry's words
# looked for over all the text before each state, " for " and "War" searched for each name,
# every unknown name per quotation).
NAME_UNITS = (
    "President Kim met. ",
    "Seoul and Washington ",
    "Ambassador Lee Hoon said \u201cyes.\u201d ",
    "the South Korean president ",
    "Hideki Kato said. ",
    "Lie detector tests. The Farmers League (FL) met Kim-Putin. \u201cYes,\u201d he said. ",
    "The Ministry of Foreign Affairs of South Korea said \u201cno.\u201d Japan and China. ",
    "The flight left Anchorage for Seoul. Mr. Park, the envoy, and the Korean Central News "
    "Agency (KCNA) said. US troops in the War. ",
)
QUOTATION_MARKS = ("\u201c", '"', "'", "\u00ab ", "``")


def _same(value: Any) -> str:
    return str(value)


def cases(work: Path) -> list[Case]:
    """Every case, its test's sizes and limit; ``work`` holds the files a case reads."""

    def long_text_file(words: int) -> Path:
        path = work / f"long-text-{words}.jsonl"
        text = " ".join(f"word{i % 97}" for i in range(words))
        record = {"id": "2019-11-05-test-event", "date": "2019-11-05", "text": text,
                  "actors": [], "tags": [], "places": [], "statements": []}  # fmt: skip
        path.write_text(json.dumps(record) + "\n", "utf-8")
        return path

    layouts = "test_import_layouts::"
    found = [
        Case("one line of entries run together", layouts + "test_entries_run_together_on_one_line_are_each_read",
             run_together, _split, _same, 400, 4000, 30, 100),
        Case("one long line of dates in sentences", layouts + "test_one_long_line_is_read_as_sentences",
             long_line, _split, _same, 20_000, 40_000, 3, 4),
        Case("one entry of 1-2 MB, imported", layouts + "test_one_long_entry_takes_bounded_memory_and_says_what_it_read",
             long_entry, _import, _same, 200_000, 400_000, 3, 4),
        Case("yearless entries run together on one line", layouts + "test_yearless_entries_run_together_on_one_line_are_each_read",
             yearless_run_together, _split, _same, 400, 4000, 30, 100),
        Case("year-first days run together", "test_import_explore42::test_year_first_days_run_together_are_each_read",
             year_first_days, _split, _same, 300, 3000, 30, 100),
        Case("'YEAR: Title' lines", "test_import_hostile10::test_year_lines_with_titles_are_headings_only_over_their_years_entries",
             year_lines, _titled_year_headings, "\n".join, 5_000, 40_000, 20, 64),
        Case("a long run of blank lines", "test_import_hostile18::test_a_long_run_of_blank_lines_is_read",
             blank_lines, _read_table_or_text, _same, 3000, 6000, 3, 4),
        Case("a long table of tab-separated rows", "test_import_hostile18::test_a_long_table_of_tab_separated_rows_is_read",
             tab_rows, _read_table_or_text, _same, 3000, 6000, 3, 4),
        Case("HTML of deeply nested unknown elements", "test_trust_inputs::test_html_with_deeply_nested_unknown_elements_is_read",
             nested_in_nav, _html_text, _same, 8000, 16_000, 3, 4),
        Case("a long text in a table", "test_robustness::test_long_text_in_a_table_is_cut_once_at_each_line",
             long_text_file, _table, lambda path: path.read_text("utf-8"), 40_000, 320_000, 16, 64),
    ]  # fmt: skip
    for mark in QUOTATION_MARKS:
        found.append(
            Case(f"a quotation, then {mark.strip()!r} many times", "test_enrichment::test_the_quotation_scan_reads_past_many_marks",
                 partial(quotation_then, mark),
                 partial(_enrich, "2019-01-01"), _same, 20_000, 40_000, 3, 4)
        )  # fmt: skip
    for unit in NAME_UNITS:
        found.append(
            Case(f"an entry of {unit[:24]!r} many times", "test_enrichment::test_an_entry_of_many_names_is_read",
                 partial(lambda unit, n: unit * n, unit), partial(_enrich, "1994-03-01"), _same, 1500, 3000, 3, 4)
        )  # fmt: skip
    return found


def measure(case: Case, reps: int) -> tuple[float, float, float, float]:
    """CPU seconds of the case at its small and large size, and of the baseline at both,
    each the best of ``reps`` runs, the four interleaved."""
    inputs = {size: case.make(size) for size in (case.small, case.large)}
    texts = {size: case.text(value) for size, value in inputs.items()}
    case.work(inputs[case.small])  # warm-up: what a first run fills once (memos, tables)
    best = {key: float("inf") for key in ("small", "large", "base small", "base large")}
    for _ in range(reps):
        for size, label in ((case.small, "small"), (case.large, "large")):
            value, text = inputs[size], texts[size]
            seconds = best_cpu_seconds(partial(case.work, value), runs=1)
            best[label] = min(best[label], seconds)
            seconds = best_cpu_seconds(partial(WORD.findall, text), runs=1)
            best["base " + label] = min(best["base " + label], seconds)
    return best["small"], best["large"], best["base small"], best["base large"]


def growth(reps: int, work: Path) -> list[str]:
    """A table of every case's growth against the baseline's."""
    lines = [
        f"Growth of the inputs that were once quadratic (CPU seconds, best of {reps}, the "
        "collector off; baseline: re reading every word of the same input)",
        "",
        "| case (its test) | sizes | small s | large s | ratio | baseline ratio | limit (quadratic) | verdict |",
        "|---|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for case in cases(work):
        small, large, base_small, base_large = measure(case, reps)
        ratio = large / max(small, 0.001)
        base = base_large / max(base_small, 1e-6)
        ok = ratio <= case.limit
        lines.append(
            f"| {case.name} ({case.test}) | {case.small:,} → {case.large:,} | {small:.3f} | "
            f"{large:.3f} | {ratio:.1f}× | {base:.1f}× | {case.limit:g}× ({case.quadratic:g}×) | "
            f"{'met' if ok else '**not met**'} |"
        )
    return lines
