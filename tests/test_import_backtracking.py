"""No pattern of the importer backtracks without end on what a page may hold.

Found by a blind set (issue 22, held-out-11): a 1 kB Markdown table, its rule row
"|------|-----------|-----------|----------|", made ``import`` run for minutes:
``DECORATION.fullmatch`` tried every way of splitting the dashes into runs (a run of a
repeated group, ``(?:[-…]+\\s*)+``). The run is now possessive (``++``, Python 3.11).

The sweep below tries every compiled pattern of the importing modules and the date grammar on
long runs of the pieces page furniture is made of, each followed by a character that makes the
match fail: an exponential pattern takes seconds even at 40 repeats, a sound one microseconds.
The limit (an alarm) is a hang guard, far above any sound pattern's time, not a timing.
"""

from __future__ import annotations

import importlib
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# What the patterns read. The line patterns (entries, sources, dates) see lines as written,
# white space included; enrichment and quotations see an entry's text with its white space
# collapsed (events.clean_text), so runs of spaces or tabs never reach them.
LINE_MODULES = (
    "ktimeline.importing.entries.date_shapes",
    "ktimeline.importing.entries.bullets",
    "ktimeline.importing.entries.furniture",
    "ktimeline.importing.entries.date_reading",
    "ktimeline.importing.entries.pattern",
    "ktimeline.importing.entries.results",
    "ktimeline.importing.entries.starts",
    "ktimeline.importing.entries.run_together",
    "ktimeline.importing.entries.pattern_finding",
    "ktimeline.importing.entries.headings",
    "ktimeline.importing.entries.markup",
    "ktimeline.importing.entries.rows_and_columns",
    "ktimeline.importing.entries.dates_after_texts",
    "ktimeline.importing.entries.glued_dates",
    "ktimeline.importing.entries.under_dates",
    "ktimeline.importing.entries.years",
    "ktimeline.importing.entries.calendar_pages",
    "ktimeline.importing.entries.live_pages",
    "ktimeline.importing.entries.splitter",
    "ktimeline.importing.entries.split",
    "ktimeline.importing.sources",
    "ktimeline.dates",
)
TEXT_MODULES = ("ktimeline.importing.enrichment.word_tables",
                "ktimeline.importing.enrichment.words",
                "ktimeline.importing.enrichment.writing",
                "ktimeline.importing.enrichment.speech",
                "ktimeline.importing.enrichment.persons",
                "ktimeline.importing.enrichment.bodies",
                "ktimeline.importing.enrichment.places",
                "ktimeline.importing.enrichment.states_and_forces",
                "ktimeline.importing.enrichment.name_runs",
                "ktimeline.importing.enrichment.enricher",
                "ktimeline.importing.quotations",
                "ktimeline.importing.events")  # fmt: skip
PIECES = ["-", "=", "*", "#", "|", "- ", "* ", "|-", "—", "–", "•", "> ", "1", "1.", "1. ",
          "12 ", "a ", "A ", "A. ", "Ab ", ". ", ", ", "' ", '" ', "“", "’", "(", "[", "1/",
          "1-", "12.", "Jan ", "Jan. 1, ", "1 Jan ", "1990 ", "1990-", "19", "::", "de ",
          "of ", "Kim ", "Mr. ", "U.S. "]  # fmt: skip
WHITE = ["  ", "\t", " \t"]
ENDS = ["!", "x"]
LIMIT = 5.0  # seconds for one call: a hang, not a slow pattern


def _patterns(modules: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for name in modules:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if (
                isinstance(value, re.Pattern)
                and isinstance(value.pattern, str)
                and all(value is not seen for _, seen in found)  # (once: where defined)
            ):
                found.append((f"{name}.{attribute}", value))
    return found


class _Hang(Exception):
    pass


def _hangs(pattern: re.Pattern[str], text: str) -> str | None:
    def alarm(*_: object) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    try:
        for method in (pattern.search, pattern.fullmatch):
            signal.setitimer(signal.ITIMER_REAL, LIMIT)
            try:
                method(text)
            except _Hang:
                return method.__name__
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return None


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM (POSIX)")
@pytest.mark.parametrize(
    ("modules", "pieces"), [(LINE_MODULES, PIECES + WHITE), (TEXT_MODULES, PIECES)],
    ids=["line patterns", "text patterns"],
)  # fmt: skip
def test_no_pattern_backtracks_without_end(modules: tuple[str, ...], pieces: list[str]) -> None:
    patterns = _patterns(modules)
    assert len(patterns) > 20  # (the sweep sees the modules' patterns)
    hung = [
        (name, method, piece, end)
        for name, pattern in patterns
        for piece in pieces
        for end in ENDS
        if (method := _hangs(pattern, piece * 40 + end))
    ]
    assert hung == []


def test_the_decoration_pattern_fails_fast_on_a_markdown_rule_row() -> None:
    from ktimeline.importing.entries import DECORATION

    rule = "|" + "|".join("-" * width for width in (6, 11, 11, 10, 30)) + "|"
    assert _hangs(DECORATION, rule) is None
    head = DECORATION.match("- * text")
    assert head is not None and head.end() == 4  # (what it takes is unchanged)


def test_a_markdown_table_with_a_rule_row_is_read_at_once(tmp_path: Path) -> None:
    table = tmp_path / "nobel.md"
    table.write_text(
        "# Physics prizes\n\n| Year | Laureates | Discovery |\n"
        "|------|-----------|-----------|\n"
        "| **2024** | John Hopfield, Geoffrey Hinton | artificial neural networks |\n"
        "| **2023** | Anne L'Huillier, Ferenc Krausz | attosecond pulses of light |\n",
        "utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "ktimeline", "import", str(table)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    # (within the time limit: it ran for minutes; whether its rows are entries is the
    # layouts' business, answered either way with exit 0 or 2 and no traceback)
    assert done.returncode in (0, 2) and "Traceback" not in done.stderr, done.stderr
    assert "|------|-----------|-----------|" in done.stderr  # the rule row, reported
