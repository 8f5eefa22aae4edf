"""``-f html``: the page's structure and escaping, then the page itself in headless Chromium.

The browser is Debian's ``chromium`` (installed by scripts/install-test-system-deps.sh),
driven through Playwright's Python API with ``executable_path``: the pip wheel carries its
own driver, so nothing is downloaded. Every page is opened from disk in a context with the
network switched off, and any request other than the file itself is recorded and fails the
test. A 1280×800 screenshot of the bundled data's page is saved under test-artifacts/ (or
$KTIMELINE_ARTIFACTS) for a reviewer to look at; it is not committed.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
import os
import re
import shutil
import time
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.render.html import LARGE_PAGE_EVENTS, script_json, size_warning, text

from .conftest import event, require_programs, write_jsonl
from .test_formats import MINI, check_golden

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page

ROOT = Path(__file__).resolve().parents[1]


def _bundled_years() -> tuple[str, str]:
    from ktimeline.loader import load_chronology

    events = load_chronology().events
    return min(e.start for e in events)[:4], max(e.end for e in events)[:4]


FIRST_YEAR, LAST_YEAR = _bundled_years()
ALL_BUNDLED = ("range", FIRST_YEAR, LAST_YEAR)  # every bundled event, over whole years
ARTIFACTS = Path(os.environ.get("KTIMELINE_ARTIFACTS", ROOT / "test-artifacts"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


# --- the page as text -----------------------------------------------------------------------


class Page_(HTMLParser):
    """The parts of a page these tests look at: script blocks, attributes, the CSP."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self._open: str | None = None
        self._attrs: dict[str, str | None] = {}
        self._text: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes += [(tag, name, value) for name, value in attrs]
        if tag in ("script", "style"):
            self._open, self._attrs, self._text = tag, dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open == "script":
            self.scripts.append((self._attrs, "".join(self._text)))
        elif tag == self._open == "style":
            self.styles.append("".join(self._text))
        self._open = None

    @property
    def csp(self) -> str:
        return next(
            value or ""
            for tag, name, value in self.attributes
            if tag == "meta" and name == "content" and "default-src" in (value or "")
        )


def sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


HOSTILE_TEXT = (
    "<script>window.pwned=1</script> then </script><script>window.pwned=2</script> "
    '<!-- <img src=x onerror="window.pwned=3"> \u2028 and \u2029 end'
)
HOSTILE_ACTOR = '" onerror="window.pwned=4'
HOSTILE_QUOTE = "</q><script>window.pwned=6</script>"


@pytest.fixture
def hostile(tmp_path: Path) -> list[str]:
    """--data and --actors arguments for a file whose every field tries to break out."""
    actors = write_jsonl(
        tmp_path / "actors.jsonl",
        [{"name": HOSTILE_ACTOR, "kind": "person"}, {"name": "<b>Kim</b>", "kind": "person"}],
    )
    data = write_jsonl(
        tmp_path / "hostile.jsonl",
        [
            event(id="2019-11-05-hostile", text=HOSTILE_TEXT, actors=[HOSTILE_ACTOR, "<b>Kim</b>"],
                  tags=["</script>"], places=["' onmouseover='window.pwned=5"],
                  statements=[{"speaker": HOSTILE_ACTOR, "quote": HOSTILE_QUOTE}]),
            event(id="2019-11-06-plain", date="2019-11-06", text="An ordinary event."),
        ],
    )  # fmt: skip
    return ["--data", str(data), "--actors", str(actors)]


def test_script_json_cannot_end_its_script_block() -> None:
    value = {"text": "</script><!-- <script> & \u2028\u2029 ' \""}
    written = script_json(value)
    assert not set(written) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(written) == value


def test_text_escapes_for_html_text_and_attributes() -> None:
    assert text('<a href="x">\'&') == "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;"
    assert text("bell\x07") == "bell\\x07"  # control characters made visible, as elsewhere


def test_hostile_values_stay_text_in_the_page(run: Any, hostile: list[str]) -> None:
    result = run("range", "2019-11", *hostile, "-f", "html")
    assert result.exit_code == 0, result.stderr
    page = Page_(result.stdout)
    # exactly the two script blocks the renderer writes: the data and the code
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/json", None]
    assert "pwned" not in page.scripts[1][1]
    assert "</script>" in json.loads(page.scripts[0][1])["lanes"]  # a lane, as inert JSON
    assert not [(t, n) for t, n, _ in page.attributes if n.startswith("on")]
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in result.stdout
    assert "&quot; onerror=&quot;window.pwned=4" in result.stdout


def test_the_policy_allows_only_the_pages_own_script_and_style(run: Any) -> None:
    page = Page_(run("range", "2019-12", "-f", "html").stdout)
    policy = dict(part.strip().split(" ", 1) for part in page.csp.split(";"))
    assert policy["default-src"] == "'none'"  # so connect-, font-, frame-, media-src: none
    assert policy["script-src"] == sha256(page.scripts[1][1])
    assert policy["style-src"] == sha256(page.styles[0])
    assert policy["base-uri"] == "'none'" and policy["form-action"] == "'none'"


def markup(page: str) -> str:
    """The page without its inlined code and style, and the hashes and version they make."""
    page = re.sub(r"(?s)<script>.*?</script>", "<script>…</script>", page)
    page = re.sub(r"(?s)<style>.*?</style>", "<style>…</style>", page)
    page = re.sub(r"sha256-[A-Za-z0-9+/=]+", "sha256-…", page)
    return re.sub(r"ktimeline \d[^ \"<;]*", "ktimeline VERSION", page)


@pytest.mark.parametrize(
    ("name", "args"),
    [("range", ("range", "2019")), ("quotes", ("quotes",)), ("stats", ("stats", "--by", "tag")),
     ("actors", ("actors", "-n", "4")), ("tags", ("tags",))],
)  # fmt: skip
def test_golden_markup(run: Any, name: str, args: tuple[str, ...]) -> None:
    result = run(*args, "--data", MINI, "-f", "html")
    assert result.exit_code == 0, result.stderr
    check_golden(f"{name}-html.txt", markup(result.stdout))


def test_the_page_names_nothing_on_the_network(run: Any) -> None:
    source = run(*ALL_BUNDLED, "-f", "html").stdout
    assert not re.search(r"(?i)\b(src|href)\s*=\s*\"(?!#)", source)  # only in-page links
    assert not re.search(r"(?i)https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(", source)


@pytest.mark.parametrize(
    "args",
    [
        ("search", "Sohae"),
        ("range", "2019-11"),
        ("show", "2019-12-03-trump-calls-kim-rocket-man", "-C", "1"),
        ("quotes", "--speaker", "Trump"),
        ("actors",),
        ("tags",),
        ("stats", "--by", "tag"),
        ("stats",),
    ],
)
def test_every_listing_command_writes_a_page(run: Any, args: tuple[str, ...]) -> None:
    result = run(*args, "-f", "html")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    records = run(*args, "-f", "jsonl").stdout.splitlines()  # one line per record, any kind
    rows = len(records)
    if args[0] in ("actors", "tags", "stats"):
        assert result.stdout.count("<tr>") == rows + 1  # the header and one per row
    else:
        assert result.stdout.count('<li id="e') == rows
    assert f"<title>{rows} " in result.stdout


def test_stats_page_draws_the_events_it_counted(run: Any) -> None:
    result = run("stats", "--by", "actor", "--tag", "weapons-test", "-f", "html")
    counted = run("range", "1900", "2100", "--tag", "weapons-test", "-f", "plain").stdout
    data = json.loads(Page_(result.stdout).scripts[0][1])
    assert len(data["items"]) == len(counted.splitlines())
    assert data["by"] == "actor"  # lanes follow what stats counts by


def test_by_chooses_the_lanes_and_needs_html(run: Any) -> None:
    page = run("range", "2019-12", "--by", "place", "-f", "html").stdout
    assert "Sohae Launch Facility" in json.loads(Page_(page).scripts[0][1])["lanes"]
    quotes = run("quotes", "-f", "html").stdout
    assert json.loads(Page_(quotes).scripts[0][1])["by"] == "speaker"
    refused = run("range", "2019-12", "--by", "place", "-f", "csv")
    assert refused.exit_code == 2
    assert "--by groups the lanes of -f html" in refused.stderr


def test_large_pages_warn_and_suggest_filtering(run: Any, monkeypatch: Any) -> None:
    assert size_warning(LARGE_PAGE_EVENTS) is None
    assert "--from/--to" in (size_warning(LARGE_PAGE_EVENTS + 1) or "")
    monkeypatch.setattr("ktimeline.render.html.LARGE_PAGE_EVENTS", 10)
    result = run("range", "2019-12", "-f", "html")
    assert result.exit_code == 0
    assert "slow to open" in result.stderr and "--tag" in result.stderr
    assert "slow to open" not in run("range", "2019-12", "-f", "html", "--limit", "5").stderr


def test_a_page_sent_to_a_terminal_says_where_it_belongs(run: Any, monkeypatch: Any) -> None:
    assert "redirect it to a file" not in run("range", "2019-12", "-f", "html").stderr
    monkeypatch.setattr("ktimeline.cli.output.is_terminal", lambda stream: True)
    result = run("range", "2019-12", "-f", "html")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    assert "redirect it to a file (… -f html > timeline.html)" in result.stderr


def test_imprecise_dates_are_drawn_as_ranges(run: Any) -> None:
    data = json.loads(Page_(run(*ALL_BUNDLED, "-f", "html").stdout).scripts[0][1])
    kinds = {kind for _, _, kind, _ in data["items"]}
    assert {"day", "month", "year"} <= kinds  # the bundled data has no span of days
    mini = json.loads(
        Page_(run("range", "2019", "--data", MINI, "-f", "html").stdout).scripts[0][1]
    )
    assert "span" in {kind for _, _, kind, _ in mini["items"]}
    data["items"] += mini["items"]
    for start, end, kind, _ in data["items"]:
        assert (end - start >= 27) if kind == "month" else True
        assert (end - start >= 364) if kind == "year" else True
        assert (end == start) if kind == "day" else True


# --- in a real browser ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    require_programs("chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Opened:
    """A page opened offline, with what it logged and every request it tried."""

    def __init__(self, page: Page, problems: list[str], requests: list[str], ms: float) -> None:
        self.page = page
        self.problems = problems
        self.requests = requests
        self.ms = ms

    def visible_items(self) -> int:
        return int(self.page.locator("#chart .ev:not([hidden])").count())

    def visible_entries(self) -> int:
        return int(self.page.locator("#events > li:not([hidden])").count())


@pytest.fixture
def open_page(browser: Browser, tmp_path: Path) -> Iterator[Any]:
    contexts = []

    def open_(source: str, name: str = "page.html") -> Opened:
        path = tmp_path / name
        path.write_text(source, encoding="utf-8")
        context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
        contexts.append(context)
        page = context.new_page()
        problems: list[str] = []
        requests: list[str] = []

        def on_console(message: ConsoleMessage) -> None:
            if message.type in ("error", "warning"):
                problems.append(message.text)

        def on_dialog(dialog: Dialog) -> None:  # an alert() would be script run by data
            problems.append(f"dialog: {dialog.message}")
            dialog.dismiss()

        page.on("console", on_console)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("dialog", on_dialog)
        page.on("request", lambda request: requests.append(request.url))
        started = time.monotonic()
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready]", timeout=30_000)
        ms = (time.monotonic() - started) * 1000
        requests.remove(path.as_uri())
        return Opened(page, problems, requests, ms)

    yield open_
    for context in contexts:
        context.close()


def wait_until(page: Page, condition: str, timeout: float = 30) -> None:
    """Poll a JavaScript condition (wait_for_function would need eval, which the CSP forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(condition):
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        time.sleep(0.01)


def plain_count(run: Any, *args: str) -> int:
    result = run(*args, "-f", "plain")
    assert result.exit_code == 0, result.stderr
    return len(result.stdout.splitlines())


def test_bundled_page_loads_offline_without_errors_and_draws_every_event(
    run: Any, open_page: Any
) -> None:
    opened = open_page(run(*ALL_BUNDLED, "-f", "html").stdout)
    count = plain_count(run, *ALL_BUNDLED)
    assert opened.problems == [] and opened.requests == []
    assert opened.visible_items() == count == opened.visible_entries()
    assert opened.page.inner_text("#shown") == f"{count} events"
    span = f"1 Jan {FIRST_YEAR} – 31 Dec {LAST_YEAR}"
    title = f"{count} events · {span} · range {FIRST_YEAR} {LAST_YEAR} — ktimeline"
    assert opened.page.title() == title
    assert opened.page.inner_text("h1") == f"range {FIRST_YEAR} {LAST_YEAR}"
    assert count == plain_count(run, "range", "1900", "2100")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "timeline-bundled.png"))
    opened.page.locator("#chart").focus()
    opened.page.keyboard.press("End")  # the card beside the chart, for the reviewer too
    opened.page.screenshot(path=str(ARTIFACTS / "timeline-bundled-card.png"))
    assert opened.problems == []


@pytest.mark.parametrize(
    "args", [("search", "Kim Jong Un"), ("range", "2019-11", "--actor", "Esper"),
             ("quotes", "--speaker", "Trump"), ("stats", "--by", "place")]
)  # fmt: skip
def test_events_drawn_equal_the_commands_count(
    run: Any, open_page: Any, args: tuple[str, ...]
) -> None:
    opened = open_page(run(*args, "-f", "html").stdout)
    # stats draws the events it counted: all of them, each once
    expected = plain_count(run, *(ALL_BUNDLED if args[0] == "stats" else args))
    assert opened.visible_items() == expected == opened.visible_entries()
    assert opened.problems == [] and opened.requests == []


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def matching(run: Any, words: str) -> int:
    """How many bundled events mention every word, in any field (the filter's promise)."""
    records = json.loads(run(*ALL_BUNDLED, "-f", "json").stdout)
    for record in records:  # other events' ids ("…-sohae-…") are not this event's words
        record.pop("related", None)
    terms = fold(words).split()
    return sum(all(t in fold(json.dumps(r, ensure_ascii=False)) for t in terms) for r in records)


def test_typing_in_the_filter_box_filters_as_you_type(run: Any, open_page: Any) -> None:
    opened = open_page(run(*ALL_BUNDLED, "-f", "html").stdout)
    total = opened.visible_items()
    box = opened.page.locator("#q")
    box.press_sequentially("soh", delay=30)
    wait_until(opened.page, f"document.getElementById('chart').dataset.shown != '{total}'")
    partial = opened.visible_items()
    box.press_sequentially("ae", delay=30)
    opened.page.wait_for_timeout(100)
    expected = matching(run, "Sohae")
    assert 0 < expected < total
    assert opened.visible_items() == expected == opened.visible_entries()
    assert partial >= expected
    assert opened.page.inner_text("#shown") == f"{expected} of {total} events"
    box.fill("choe dotard")  # several words: every one must match
    opened.page.wait_for_timeout(100)
    assert opened.visible_items() == matching(run, "choe dotard") == 2  # entry and narrative
    box.press("Escape")  # clears the box
    opened.page.wait_for_timeout(100)
    assert opened.visible_items() == total
    assert opened.problems == []


def test_selecting_an_event_opens_its_full_card(run: Any, open_page: Any) -> None:
    event_id = "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts"
    record = json.loads(run("show", event_id, "-f", "json").stdout)[0]
    opened = open_page(run(*ALL_BUNDLED, "-f", "html").stdout)
    page = opened.page
    index = page.locator("#events > li", has_text=event_id).get_attribute("data-i")
    assert page.locator("#card").is_hidden()
    page.locator(f'#chart .ev[data-i="{index}"]').click()
    card = page.locator("#card")
    assert card.is_visible()
    shown = card.inner_text()
    assert record["text"] in shown and event_id in shown
    for name in record["actors"] + record["tags"]:
        assert name in shown
    for statement in record["statements"]:
        assert statement["speaker"] in shown and statement["quote"] in shown
    assert "Stephen Noerper" in shown and "Comparative Connections" in shown  # the citation
    page.keyboard.press("Escape")
    assert card.is_hidden()
    # by keyboard alone: Home chooses the earliest event, arrows move in time
    page.locator("#chart").focus()
    page.keyboard.press("Home")
    first = card.inner_text()
    page.keyboard.press("ArrowRight")
    assert card.is_visible() and card.inner_text() != first
    page.keyboard.press("ArrowLeft")
    assert card.inner_text() == first
    # and from the list: an entry's date shows it on the timeline
    page.locator(f'#events > li[data-i="{index}"] .when').click()
    assert event_id in card.inner_text()
    assert page.locator(f'#chart .ev.sel[data-i="{index}"]').count() == 1
    assert opened.problems == []


def test_zoom_and_pan_move_the_axis(run: Any, open_page: Any) -> None:
    opened = open_page(run(*ALL_BUNDLED, "-f", "html").stdout)
    page = opened.page
    width = "document.querySelector('.track').getBoundingClientRect().width"
    before = page.evaluate(width)
    page.click("#zoom-in")
    page.click("#zoom-in")
    assert page.evaluate(width) > 3 * before
    ticks = page.inner_text(".axis")
    page.evaluate("document.querySelector('.scroller').scrollLeft += 2000")
    page.wait_for_timeout(100)
    assert page.inner_text(".axis") != ticks
    page.click("#zoom-fit")
    assert page.evaluate(width) == pytest.approx(before, abs=2)
    assert opened.problems == []


def test_hostile_values_show_as_text_and_run_nothing(
    run: Any, open_page: Any, hostile: list[str]
) -> None:
    opened = open_page(run("range", "2019-11", *hostile, "-f", "html").stdout)
    page = opened.page
    assert opened.visible_items() == 2
    page.locator('#chart .ev[data-i="0"]').hover()
    page.locator('#chart .ev[data-i="0"]').click()
    page.fill("#q", "pwned")
    page.wait_for_timeout(100)
    shown = page.inner_text("#card") + page.inner_text("#events")
    for value in ("<script>window.pwned=1</script>", "</script><script>window.pwned=2</script>",
                  '<img src=x onerror="window.pwned=3">', HOSTILE_ACTOR, "<b>Kim</b>",
                  HOSTILE_QUOTE, "' onmouseover='window.pwned=5"):  # fmt: skip
        assert value in shown
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#events b, #events img, #card img").count() == 0
    assert opened.visible_items() == 1
    assert opened.problems == [] and opened.requests == []


def test_ten_thousand_events_are_interactive_quickly(
    run: Any, open_page: Any, tmp_path: Path
) -> None:
    generate = importlib.import_module("bench.generate")  # the benchmark's own generator
    data = generate.write(10_000, tmp_path / "10k.jsonl")
    result = run("range", "1900", "2100", "--data", str(data), "-f", "html")
    assert result.exit_code == 0 and result.stderr == ""
    opened = open_page(result.stdout, "10k.html")
    page = opened.page
    started = time.monotonic()
    page.fill("#q", "missile")
    wait_until(page, "document.getElementById('chart').dataset.shown != '10000'")
    filtered_ms = (time.monotonic() - started) * 1000
    page.locator("#chart .ev:not([hidden])").first.click()
    assert page.locator("#card").is_visible()
    ready_ms = page.evaluate("window.ktimeline.readyMs")
    figures = (
        f"10,000 events: page {len(result.stdout.encode()) / 1e6:.1f} MB; opened and drawn in "
        f"{opened.ms:.0f} ms (script {ready_ms:.0f} ms); first filter {filtered_ms:.0f} ms\n"
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "html-10k-timing.txt").write_text(figures, encoding="utf-8")
    print(figures)
    assert opened.visible_items() < 10_000
    assert opened.problems == []
    # The issue asks for under 2 s on this machine class; measured about a fifth of that.
    # The bound is generous so that a busy shared CI machine does not make it flaky.
    assert opened.ms < 10_000


LAZY_PROBE = """
import atexit, sys

atexit.register(lambda: sys.stderr.write(
    "MODULES " + " ".join(sorted(m for m in sys.modules if m.startswith(("ktimeline.render",
    "rich", "rapidfuzz", "icalendar", "dateutil")))) + "\\n"))
from ktimeline.cli.app import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("fmt", ["html", "plain", "json"])
def test_the_html_renderer_is_imported_only_for_html(fmt: str) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE, "range", "2019-12-05", "-f", fmt],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    modules = set(line.split()[1:])
    assert ("ktimeline.render.html" in modules) == (fmt == "html")
    assert not modules & {"rich", "rapidfuzz", "icalendar", "dateutil"}


def test_without_javascript_the_list_is_the_page(
    run: Any, browser: Browser, tmp_path: Path
) -> None:
    path = tmp_path / "page.html"
    path.write_text(run("range", "2019-12", "-f", "html").stdout, encoding="utf-8")
    context = browser.new_context(java_script_enabled=False, offline=True)
    page = context.new_page()
    page.goto(path.as_uri())
    assert page.locator("#chart-section").is_hidden()  # controls that would do nothing
    entries = page.locator("#events > li")
    assert entries.count() == plain_count(run, "range", "2019-12")
    assert entries.first.is_visible()
    page.emulate_media(media="print")
    assert entries.last.is_visible()
    context.close()


def test_no_results_still_make_a_valid_page(run: Any, open_page: Any) -> None:
    result = run("search", "zzzzqqq", "-f", "html")
    assert result.exit_code == 1
    assert "no events match" in result.stderr
    page = Page_(result.stdout)
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/json", None]
    opened = open_page(result.stdout)
    assert opened.page.inner_text("header").startswith("search 'zzzzqqq'")
    assert opened.page.title().startswith("0 events")
    assert opened.problems == []


# --- Firefox --------------------------------------------------------------------------------
# Playwright drives only its own build of Firefox, which cannot be downloaded here, so Debian's
# firefox-esr takes a headless screenshot instead, inside a network namespace of its own (no
# network at all). The timeline's first lane is drawn in one colour that nothing else on the
# page uses: finding it in the picture shows that the script ran and drew the chart.


def png_rows(path: Path, count: int) -> tuple[int, int, list[bytes]]:
    """Width, height and the first ``count`` rows, as RGB bytes, of an 8-bit RGB(A) PNG."""
    import struct
    import zlib

    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, compressed = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        chunk = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            size = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            compressed += chunk
    raw = zlib.decompress(compressed)
    stride = width * size
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(min(count, height)):  # undo each row's filter (PNG spec, section 9)
        start = y * (stride + 1)
        method, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            left = line[x - size] if x >= size else 0
            up, corner = previous[x], previous[x - size] if x >= size else 0
            if method == 1:
                line[x] = (line[x] + left) & 0xFF
            elif method == 2:
                line[x] = (line[x] + up) & 0xFF
            elif method == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif method == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                nearest = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + nearest) & 0xFF
        rows.append(bytes(line) if size == 3 else bytes(b for i, b in enumerate(line) if i % 4 < 3))
        previous = line
    return width, height, rows


FIRST_LANE_RGB = (171, 43, 43)  # hsl(0, 60%, 42%), the first lane's colour in timeline.js


def coloured(rows: list[bytes], rgb: tuple[int, int, int]) -> int:
    """How many pixels are within 2 of the colour in each channel."""
    near = {
        bytes((r, g, b))
        for r in range(rgb[0] - 2, rgb[0] + 3)
        for g in range(rgb[1] - 2, rgb[1] + 3)
        for b in range(rgb[2] - 2, rgb[2] + 3)
    }
    return sum(row[x : x + 3] in near for row in rows for x in range(0, len(row), 3))


def test_firefox_draws_the_page_offline(run: Any, tmp_path: Path) -> None:
    import subprocess

    require_programs("firefox")
    firefox = shutil.which("firefox-esr") or shutil.which("firefox")
    assert firefox is not None
    page = tmp_path / "page.html"
    page.write_text(run(*ALL_BUNDLED, "-f", "html").stdout, encoding="utf-8")
    shot = tmp_path / "firefox.png"
    profile = tmp_path / "profile"
    profile.mkdir()
    isolated = subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0
    command = [firefox, "--headless", "--no-remote", "--profile", str(profile),
               "--window-size=1280,800", "--screenshot", str(shot), page.as_uri()]  # fmt: skip
    result = subprocess.run(
        (["unshare", "-rn"] if isolated else []) + command,
        capture_output=True, text=True, timeout=120, env={**os.environ, "MOZ_CRASHREPORTER_DISABLE": "1"},
    )  # fmt: skip
    assert shot.exists(), result.stderr
    width, height, rows = png_rows(shot, 320)  # the axis and the first lane
    assert (width, height) == (1280, 800)
    assert coloured(rows, FIRST_LANE_RGB) > 100  # the lane's dots and bars were drawn
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, ARTIFACTS / "timeline-bundled-firefox.png")


def test_a_hostile_question_is_shown_as_text(run: Any, open_page: Any) -> None:
    query = "</title><script>window.pwned=7</script>"
    result = run("search", query, "--exact", "-f", "html")
    assert result.exit_code == 1  # nothing matches, and the page still says what was asked
    opened = open_page(result.stdout)
    assert query in opened.page.inner_text("h1")
    assert query in opened.page.title()
    assert opened.page.evaluate("typeof window.pwned") == "undefined"
    assert opened.problems == [] and opened.requests == []
