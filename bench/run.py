"""ktimeline's benchmark: start-up and scale, each measured side by side with a baseline.

    python bench/run.py                 # everything: start-up, then 10k, 100k and 1M events
    python bench/run.py --only startup  # start-up on the bundled data only (a minute)
    python bench/run.py --sizes 10000,100000 --reps 5

What it does:

* writes seeded synthetic chronologies (bench/generate.py) into a temporary directory;
* runs every measurement several times, interleaved with its baselines (A, B, A, B …), so a
  slow moment of a shared machine falls on both; reports medians and their ratios;
* start-up: ``ktimeline range`` and ``ktimeline search`` on the bundled data against a
  minimal Typer app (the floor of this stack) and ``python -c pass`` (the interpreter's);
* scale: range (one month), fuzzy search (one word), ``search --exact`` and
  ``stats --by month`` on each file, end to end, against ``jq`` and ``grep -i``; the first
  query of a file builds its index (reported as "cold"), later ones use it ("warm"), and
  ``--no-cache`` reads the file whole;
* peak RSS of every ktimeline run (from wait4), and how time grows from size to size;
* import (``--only import``): ``ktimeline import`` of a generated 10,000-entry chronology
  against Python's ``re`` matching entry dates over the same file's lines;
* growth (``--only growth``, bench/growth.py): the inputs that once took quadratic time (a long
  line, a long entry, nested HTML …), each at two sizes against ``re`` over the same input;
* the HTML page (``--only html``, with Playwright and Chromium, as tests/test_html.py uses
  them): the first drawing of a page of 10,000 events in headless Chromium, a zoom and the
  first filter, against the page of 1,000 events.

Output goes to files in the temporary directory, as a user's would to a file or pipe.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MINIMAL_TYPER_APP = """
import typer

app = typer.Typer()


@app.command()
def main() -> None:
    print("hi")


app()
"""
MONTH = ("2005-03-01", "2005-03-31")
WORD = "moratorium"  # one word of the generator's vocabulary: in about 4% of the events


@dataclass
class Timing:
    seconds: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_rss_mb(self) -> float:
        return max(self.rss_kb, default=0) / 1024


def run_once(command: Sequence[str], output: Path, env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak RSS (kB) of one run; output to a file."""
    with output.open("wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({process.returncode}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def interleaved(
    commands: dict[str, list[str]], reps: int, work: Path, env: dict[str, str]
) -> dict[str, Timing]:
    timings = {name: Timing() for name in commands}
    for command in commands.values():  # warm-up: page cache, .pyc files, indexes
        run_once(command, work / "out.txt", env)
    for _ in range(reps):
        for name, command in commands.items():
            seconds, rss = run_once(command, work / "out.txt", env)
            timings[name].seconds.append(seconds)
            timings[name].rss_kb.append(rss)
    return timings


def ktimeline_command() -> list[str]:
    script = Path(sys.executable).with_name("ktimeline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ktimeline"]


def row(label: str, seconds: float, ratio: str = "", target: str = "", verdict: str = "") -> str:
    return f"| {label} | {seconds:.3f} | {ratio} | {target} | {verdict} |"


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def startup(reps: int, work: Path, env: dict[str, str]) -> list[str]:
    app = work / "minimal_typer_app.py"
    app.write_text(MINIMAL_TYPER_APP, "utf-8")
    k = ktimeline_command()
    timings = interleaved(
        {
            "python -c pass": [sys.executable, "-c", "pass"],
            "minimal Typer app": [sys.executable, str(app)],
            "ktimeline range 2019-11-01 2019-11-30 -f plain": [*k, "range", "2019-11-01", "2019-11-30", "-f", "plain"],
            "ktimeline search Sohae -f plain": [*k, "search", "Sohae", "-f", "plain"],
        },
        reps, work, env,
    )  # fmt: skip
    floor = timings["python -c pass"].median
    typer_app = timings["minimal Typer app"].median
    range_ = timings["ktimeline range 2019-11-01 2019-11-30 -f plain"].median
    search = timings["ktimeline search Sohae -f plain"].median
    return [
        f"Start-up on the bundled data (median of {reps}, seconds)",
        "",
        "| measurement | median s | ratio | target | |",
        "|---|---|---|---|---|",
        row("python -c pass", floor),
        row(f"minimal Typer app (typer {typer_version()})", typer_app, f"{typer_app / floor:.2f}× pass"),
        row("ktimeline range 2019-11-01 2019-11-30 -f plain", range_, f"{range_ / typer_app:.2f}× Typer app", "≤ 0.7×", verdict(range_ <= 0.7 * typer_app)),
        row("… the same, against python -c pass", range_, f"{range_ / floor:.2f}× pass", "≤ 7×", verdict(range_ <= 7 * floor)),
        row("ktimeline search Sohae -f plain", search, f"{search / typer_app:.2f}× Typer app", "≤ 1.5×", verdict(search <= 1.5 * typer_app)),
    ]  # fmt: skip


def typer_version() -> str:
    import typer

    return getattr(typer, "__version__", "?")


def scale(sizes: Sequence[int], reps: int, work: Path, env: dict[str, str]) -> list[str]:
    import generate

    k = ktimeline_command()
    lines = [
        f"Scale (seconds; warm: median of {reps} runs, interleaved; cold, the first query of a "
        f"file, which builds its index: median of {max(reps, 3)}, side by side with jq)",
        "",
        "| events | measurement | median s | ratio | target | | peak RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    per_size: dict[int, dict[str, float]] = {}
    peak = 0.0
    for size in sizes:
        path = work / f"events-{size}.jsonl"
        if not path.exists():
            generate.write(size, path)
        cache = work / f"cache-{size}"
        env_size = {**env, "KTIMELINE_CACHE_DIR": str(cache)}
        data = ["--data", str(path)]
        first = first_queries(path, max(reps, 3), work, env)
        cold, cold_rss = first["range"].median, first["range"].peak_rss_mb * 1024
        cold_search = first["search"].median
        cold_search_rss = first["search"].peak_rss_mb * 1024
        commands = {
            "jq select (one month)": ["jq", "-c", f'select(.date >= "{MONTH[0]}" and .date <= "{MONTH[1]}")', str(path)],
            "ktimeline range (one month)": [*k, "range", "2005-03", *data, "-f", "jsonl"],
            f"grep -i {WORD}": ["grep", "-i", WORD, str(path)],
            f"ktimeline search {WORD}": [*k, "search", WORD, *data, "-f", "plain"],
            f"ktimeline search --exact {WORD}": [*k, "search", "--exact", WORD, *data, "-f", "plain"],
            "ktimeline stats --by month": [*k, "stats", "--by", "month", *data, "-f", "plain"],
        }  # fmt: skip
        if shutil.which("jq") is None:
            del commands["jq select (one month)"]
        timings = interleaved(commands, reps, work, env_size)
        whole = Timing()
        for _ in range(1 if size >= 1_000_000 else reps):
            seconds, rss = run_once(
                [*k, "range", "2005-03", *data, "-f", "jsonl", "--no-cache"],
                work / "out.txt",
                env_size,
            )
            whole.seconds.append(seconds)
            whole.rss_kb.append(rss)
        jq = first["jq"].median if "jq" in first else None  # (side by side with the cold runs)
        grep = timings[f"grep -i {WORD}"].median
        range_ = timings["ktimeline range (one month)"]
        search = timings[f"ktimeline search {WORD}"]
        exact = timings[f"ktimeline search --exact {WORD}"]
        stats = timings["ktimeline stats --by month"]
        big = size >= 1_000_000
        label = f"{size:,}"
        if jq is not None:
            lines.append(row(f"{label} | jq select (one month), beside the cold runs", jq))
        jq_warm = timings["jq select (one month)"].median if jq is not None else 0.0
        if jq is not None:
            lines.append(row(f"{label} | jq select (one month), beside the warm runs", jq_warm))
        lines += [
            row(f"{label} | ktimeline range (one month), warm", range_.median,
                f"{range_.median / jq_warm:.2f}× jq" if jq else "", "≤ 0.1× jq" if big else "",
                verdict(range_.median <= 0.1 * jq_warm) if big and jq else "") + f" {range_.peak_rss_mb:.0f} |",
            row(f"{label} | ktimeline range, cold (validates, builds the index)", cold,
                f"{cold / jq:.2f}× jq" if jq else "", "≤ 1.0× jq" if big else "",
                verdict(cold <= jq) if big and jq else "") + f" {cold_rss / 1024:.0f} |",
            row(f"{label} | ktimeline range --no-cache (reads the file whole)", whole.median,
                f"{whole.median / jq:.2f}× jq" if jq else "", "≤ 1.0× jq" if big else "",
                verdict(whole.median <= jq) if big and jq else "") + f" {whole.peak_rss_mb:.0f} |",
            row(f"{label} | grep -i {WORD}", grep),
            row(f"{label} | ktimeline search {WORD} (fuzzy), cold (validates, builds the index)",
                cold_search, f"{cold_search / jq:.2f}× jq, {cold_search / grep:.0f}× grep" if jq else f"{cold_search / grep:.1f}× grep",
                "≤ 2× jq" if big else "", verdict(cold_search <= 2 * jq) if big and jq else "") + f" {cold_search_rss / 1024:.0f} |",
            row(f"{label} | ktimeline search {WORD} (fuzzy), warm", search.median,
                f"{search.median / grep:.1f}× grep", "≤ 1 s" if big else "",
                verdict(search.median <= 1) if big else "") + f" {search.peak_rss_mb:.0f} |",
            row(f"{label} | ktimeline search --exact {WORD}, warm", exact.median,
                f"{exact.median / grep:.1f}× grep") + f" {exact.peak_rss_mb:.0f} |",
            row(f"{label} | ktimeline stats --by month, warm", stats.median,
                f"{stats.median / grep:.1f}× grep") + f" {stats.peak_rss_mb:.0f} |",
        ]  # fmt: skip
        if big:
            lines += small_answers(path, reps, work, env_size)
        per_size[size] = {
            "range": range_.median, "search": search.median, "exact": exact.median,
            "stats": stats.median, "cold": cold, "whole": whole.median,
        }  # fmt: skip
        if big:
            peak = max(peak, range_.peak_rss_mb, search.peak_rss_mb, exact.peak_rss_mb,
                       stats.peak_rss_mb, cold_rss / 1024, whole.peak_rss_mb,
                       cold_search_rss / 1024)  # fmt: skip
    lines.append("")
    if peak:
        lines.append(
            f"Peak RSS of any ktimeline run at 1M events: {peak:.0f} MB (target ≤ 1 GB: {verdict(peak <= 1024)})"
        )
    if 100_000 in per_size and 1_000_000 in per_size:
        growth = {
            name: per_size[1_000_000][name] / per_size[100_000][name] for name in per_size[100_000]
        }
        queries = ("range", "search", "exact", "stats")
        worst = max(growth[name] for name in queries)
        shown = ", ".join(f"{name} {growth[name]:.1f}×" for name in queries)
        lines.append(
            f"Time of the queries from 100k to 1M events (10× the data): {shown} (no worse than linear, ≤ 10×: {verdict(worst <= 10)})"
        )
        lines.append(
            f"One-time costs, for comparison: cold index build {growth['cold']:.1f}×, reading the file whole (--no-cache) {growth['whole']:.1f}×"
        )
    return lines


def first_queries(path: Path, reps: int, work: Path, env: dict[str, str]) -> dict[str, Timing]:
    """The first query of a file, a range and a search (each building the index from
    nothing), ``reps`` times side by side with jq's one-month select."""
    k = ktimeline_command()
    data = ["--data", str(path)]
    size = path.stem
    commands = {
        "jq": (["jq", "-c", f'select(.date >= "{MONTH[0]}" and .date <= "{MONTH[1]}")', str(path)], None),
        "range": ([*k, "range", "2005-03", *data, "-f", "jsonl"], work / f"cache-{size.split('-')[-1]}"),
        # The first query of a file being a search: it validates and builds the index too.
        "search": ([*k, "search", WORD, *data, "-f", "plain"], work / f"cache-{size.split('-')[-1]}-search"),
    }  # fmt: skip
    if shutil.which("jq") is None:
        del commands["jq"]
    run_once(
        commands["range"][0],
        work / "out.txt",
        {**env, "KTIMELINE_CACHE_DIR": str(work / "warm-up")},
    )
    shutil.rmtree(work / "warm-up", ignore_errors=True)  # (page cache and .pyc files)
    timings = {name: Timing() for name in commands}
    for _ in range(reps):
        for name, (command, cache) in commands.items():
            if cache is not None:  # cold means cold (and with --keep)
                shutil.rmtree(cache, ignore_errors=True)
            cache_env = {} if cache is None else {"KTIMELINE_CACHE_DIR": str(cache)}
            seconds, rss = run_once(command, work / "out.txt", {**env, **cache_env})
            timings[name].seconds.append(seconds)
            timings[name].rss_kb.append(rss)
    return timings


def small_answers(path: Path, reps: int, work: Path, env: dict[str, str]) -> list[str]:
    """One event, one event with its neighbours and one day, from the warm index, against
    ktimeline's own start-up (``--version``)."""
    k = ktimeline_command()
    data = ["--data", str(path)]
    with path.open("rb") as lines:
        lines.seek(path.stat().st_size // 2)  # an event near the middle, of a day
        lines.readline()
        middle = json.loads(lines.readline())
        while len(middle["date"]) != 10:
            middle = json.loads(lines.readline())
    timings = interleaved(
        {
            "start-up": [*k, "--version"],
            "show": [*k, "show", middle["id"], *data, "-f", "jsonl"],
            "show -C": [*k, "show", middle["id"], "-C", "3", *data, "-f", "jsonl"],
            "day": [*k, "range", middle["date"], *data, "-f", "jsonl"],
        },
        reps, work, env,
    )  # fmt: skip
    start = timings["start-up"].median
    label = "1,000,000"
    lines = [row(f"{label} | ktimeline --version (start-up)", start)]
    for name, what in (
        ("show", "show ID"),
        ("show -C", "show -C 3 ID"),
        ("day", "range (one day)"),
    ):
        median = timings[name].median
        lines.append(
            row(f"{label} | ktimeline {what}, warm", median, f"{median / start:.1f}× start-up",
                "≤ 2× start-up", verdict(median <= 2 * start)) + f" {timings[name].peak_rss_mb:.0f} |"
        )  # fmt: skip
    return lines


IMPORT_ENTRIES = 10_000
RE_OVER_LINES = """
import re, sys
entry = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}: ")
with open(sys.argv[1], encoding="utf-8") as lines:
    print(sum(1 for line in lines if entry.match(line)))
"""

# The whole import against the split alone, in one process: ``parse_chronology`` (the split,
# then each entry's enrichment and event) with the split inside it timed (CPU seconds, the
# same call), several times; prints the median of each (issue 23: the whole within 2x).
WHOLE_AGAINST_SPLIT = """
import statistics, sys, time
from ktimeline.importing import events
from ktimeline.loader import load_vocabulary
text = open(sys.argv[1], encoding="utf-8").read()
vocabulary = load_vocabulary(())
read_entries, split = events.read_entries, []
def timed(*args, **kwargs):
    start = time.process_time()
    found = read_entries(*args, **kwargs)
    split.append(time.process_time() - start)
    return found
events.read_entries = timed
whole = []
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    events.parse_chronology(text, vocabulary)
    whole.append(time.process_time() - start)
ratios = [w / s for w, s in zip(whole, split)]
print(statistics.median(whole), statistics.median(split), statistics.median(ratios))
"""


def whole_against_split(
    text: Path, reps: int, work: Path, env: dict[str, str]
) -> tuple[float, float, float]:
    """The whole import's and the split's CPU seconds in one process (medians of ``reps``
    calls), and the median of their ratios."""
    script = work / "whole_against_split.py"
    script.write_text(WHOLE_AGAINST_SPLIT, "utf-8")
    found = subprocess.run(
        [sys.executable, str(script), str(text), str(reps)],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    whole, split, ratio = (float(value) for value in found)
    return whole, split, ratio


def chronology_text(entries: int) -> str:
    """A journal-style chronology of so many entries: headings, wrapped entries, page footers."""
    import random

    rng = random.Random(11)
    months = [
        "Jan.",
        "Feb.",
        "March",
        "April",
        "May",
        "June",
        "July",
        "Aug.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
    ]
    words = [
        "North",
        "Korea",
        "fires",
        "missiles",
        "talks",
        "resume",
        "envoy",
        "visits",
        "Seoul",
        "Washington",
        "sanctions",
        "summit",
        "statement",
        "warns",
        "says",
    ]
    lines = ["CHRONOLOGY OF US-KOREA RELATIONS", ""]
    year = 1990
    for number in range(entries):
        if number % 300 == 0:
            year += 1
            lines += [f"JANUARY – DECEMBER {year}", ""]
        month = rng.randrange(12)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(12, 40))) + "."
        entry = f"{months[month]} {rng.randint(1, 28)}, {year}: {text[0].upper()}{text[1:]}"
        while len(entry) > 95:  # wrapped as in a PDF's text
            cut = entry.rfind(" ", 0, 95)
            lines.append(entry[:cut])
            entry = entry[cut + 1 :]
        lines += [entry, ""]
        if number % 40 == 39:
            lines += [str(number // 40 + 1), "COMPARATIVE CONNECTIONS | JANUARY 2020", ""]
    return "\n".join(lines) + "\n"


def import_speed(reps: int, work: Path, env: dict[str, str]) -> list[str]:
    """`import` of a generated 10,000-entry chronology against Python's re over its lines."""
    text = work / "chronology-10k.txt"
    text.write_text(chronology_text(IMPORT_ENTRIES), "utf-8")
    baseline = work / "re_over_lines.py"
    baseline.write_text(RE_OVER_LINES, "utf-8")
    out = work / "imported.jsonl"
    k = ktimeline_command()
    timings = interleaved(
        {
            "python re over the lines": [sys.executable, str(baseline), str(text)],
            "ktimeline import": [*k, "import", str(text), "--out", str(out), "--force"],
            "ktimeline import --check": [*k, "import", str(text), "--check"],
        },
        reps, work, env,
    )  # fmt: skip
    floor = timings["python re over the lines"].median
    imported = timings["ktimeline import"].median
    check = timings["ktimeline import --check"].median
    size = text.stat().st_size / 1e6
    whole, split, ratio = whole_against_split(text, reps, work, env)
    return [
        f"Import of a generated {IMPORT_ENTRIES:,}-entry chronology ({size:.1f} MB; median of {reps}, seconds)",
        "",
        "| measurement | median s | ratio | peak RSS MB |",
        "|---|---|---|---|",
        f"| python: re.match over the lines (floor) | {floor:.3f} | 1.00× | {timings['python re over the lines'].peak_rss_mb:.0f} |",
        f"| ktimeline import --out FILE | {imported:.3f} | {imported / floor:.1f}× re | {timings['ktimeline import'].peak_rss_mb:.0f} |",
        f"| ktimeline import --check | {check:.3f} | {check / floor:.1f}× re | {timings['ktimeline import --check'].peak_rss_mb:.0f} |",
        "",
        f"In one process (CPU seconds, medians of {reps}): the whole import (split, enrichment, events) {whole:.3f} s, "
        f"the split alone {split:.3f} s: {ratio:.2f}× the split (issue 23: ≤ 2×, {verdict(ratio <= 2)})",
    ]  # fmt: skip


HTML_SIZES = (1_000, 10_000)
HTML_TARGET = 1.5  # seconds to the first drawing of 10,000 events (the issue's, an idle machine)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip
NEXT_FRAME = "new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))"


def html_page(reps: int, work: Path, env: dict[str, str]) -> list[str]:
    """`-f html` pages of generated chronologies in headless Chromium: seconds from asking
    for the page to its first frame with the chart (the page's own ``drawnAt``), to a zoom's
    next frame, and to the first filter's drawing; the sizes alternate, after a warm-up."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return ["HTML page: not measured (Playwright is not installed)"]
    if not Path(chromium).exists():
        return ["HTML page: not measured (no chromium)"]
    import generate  # bench/generate.py

    pages = {}
    for size in HTML_SIZES:
        data = generate.write(size, work / f"html-{size}.jsonl")
        pages[size] = work / f"page-{size}.html"
        command = [*ktimeline_command(), "range", "1900", "2100", "--data", str(data), "-f", "html"]
        with pages[size].open("wb") as out:
            subprocess.run(command, stdout=out, env=env, check=True)  # fmt: skip
    seconds: dict[tuple[int, str], list[float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for rep in range(reps + 1):  # the first: warm-up
            for size, path in pages.items():
                for what, value in _html_once(browser, path, size).items():
                    if rep:
                        seconds.setdefault((size, what), []).append(value)
        browser.close()
    median = {key: statistics.median(values) for key, values in seconds.items()}
    small, large = HTML_SIZES
    drawn = median[large, "drawn"]
    lines = [
        f"HTML page in headless Chromium (median of {reps}, seconds; {pages[large].stat().st_size / 1e6:.1f} MB at {large:,} events)",
        "",
        "| measurement | median s | ratio | target | |",
        "|---|---|---|---|---|",
        row(f"{small:,} events: first drawing", median[small, "drawn"]),
        row(f"{large:,} events: first drawing", drawn, f"{drawn / median[small, 'drawn']:.1f}× {small:,}", f"≤ {HTML_TARGET} s", verdict(drawn <= HTML_TARGET)),
    ]  # fmt: skip
    for what, label in (("zoom", "a zoom"), ("filter", "the first filter")):
        ratio = f"{median[large, what] / median[small, what]:.1f}× {small:,}"
        lines.append(row(f"{large:,} events: {label}", median[large, what], ratio))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return [*lines, "", f"(load average {load:.1f} on {os.cpu_count()} cores at the end)"]


def _html_once(browser: Any, path: Path, size: int) -> dict[str, float]:
    """One opening of the page in a new context: seconds to the first drawing, a zoom, a filter."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready]", timeout=600_000)
        while not page.evaluate("window.ktimeline.drawnAt > 0"):
            time.sleep(0.01)
        drawn = page.evaluate("window.ktimeline.drawnAt") / 1000  # since the page was asked for
        started = time.perf_counter()
        page.click("#zoom-in")
        page.evaluate(NEXT_FRAME)
        zoom = time.perf_counter() - started
        started = time.perf_counter()
        page.fill("#q", "missile")
        while page.evaluate("document.getElementById('chart').dataset.shown") == str(size):
            time.sleep(0.01)
        page.evaluate(NEXT_FRAME)
        return {"drawn": drawn, "zoom": zoom, "filter": time.perf_counter() - started}
    finally:
        context.close()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--only", choices=("startup", "scale", "import", "growth", "html"))
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="work in this directory and keep its files")
    args = parser.parse_args(argv)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "KTIMELINE_DATA")
    }
    work = args.keep or Path(tempfile.mkdtemp(prefix="ktimeline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(
            f"ktimeline benchmark: {sys.executable} ({sys.version.split()[0]}), {os.cpu_count()} CPUs, in {work}\n"
        )
        if args.only in (None, "startup"):
            print("\n".join(startup(max(args.reps, 15), work, env)) + "\n")
        if args.only in (None, "scale"):
            sizes = [int(size) for size in args.sizes.split(",") if size]
            print("\n".join(scale(sizes, args.reps, work, env)))
        if args.only in (None, "import"):
            print("\n".join(import_speed(args.reps, work, env)) + "\n")
        if args.only in (None, "growth"):
            from growth import growth

            print("\n".join(growth(args.reps, work)) + "\n")
        if args.only in (None, "html"):
            print("\n".join(html_page(args.reps, work, env)))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
