"""Issue 25, hostile input that must get a clear answer in bounded time and memory: widths,
arguments that are not text, a closed standard input, environment values, HTML, PDF and
regular expressions built to exhaust (items 11, 12, 13, 17, 18).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from bench.growth import nested_in_nav

from ktimeline.render import RenderOptions
from tests.work_support import grows_linearly

MAX_WIDTH = 1000  # ktimeline.render.MAX_WIDTH (a test below checks they agree)
MEMORY = 1536 * 1024 * 1024  # more than any of these needs; less than the bugs took


def bounded_run(
    args: list[str | bytes], env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """``python -m ktimeline ARGS`` in a process that cannot take more than MEMORY (a bug
    that allocates gigabytes fails there, instead of taking the machine with it)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    return subprocess.run(
        [sys.executable, "-m", "ktimeline", *args], capture_output=True, timeout=timeout,
        env={**os.environ, **(env or {})}, preexec_fn=limit,
    )  # fmt: skip


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8", "replace")


# --- item 11: the width --------------------------------------------------------------------


@pytest.mark.parametrize("width", ["1000000000", "100000000000000000000", "1e20", "1001"])
def test_a_width_beyond_reason_is_refused(width: str) -> None:
    result = bounded_run(["range", "2019-12", "-f", "table", "--width", width])
    assert result.returncode == 2, one_line(result)
    assert "--width" in one_line(result)
    assert "Traceback" not in one_line(result)


def test_a_huge_columns_is_laid_out_1000_wide_with_a_warning() -> None:
    result = bounded_run(["range", "2019-12", "-f", "table", "--color", "never"],
                         env={"COLUMNS": "999999999"})  # fmt: skip
    assert result.returncode == 0, one_line(result)
    assert f"COLUMNS='999999999' is not a width of at most {MAX_WIDTH}; using {MAX_WIDTH}" in (
        one_line(result)
    )
    widest = max(len(line) for line in result.stdout.decode().splitlines())
    assert 100 < widest <= MAX_WIDTH


def test_render_options_bound_the_width_whoever_asks() -> None:
    from ktimeline import render

    assert render.MAX_WIDTH == MAX_WIDTH
    assert RenderOptions(width=10**9).width == MAX_WIDTH
    assert RenderOptions(width=-5).width == 20


# --- item 18: arguments that are not text, stdin closed, environment values -----------------


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "d1.txt"
    path.write_text("Dec. 2, 2019: Trump meets Moon.\n")
    return path


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([b"--encoding", b"\xff"], "--encoding is not valid text: it holds bytes that are not"),
        ([b"--source-title", b"\xff\xfe"], "--source-title is not valid text: it holds bytes"),
    ],
)
def test_arguments_that_are_not_text_are_refused(
    article: Path, args: list[bytes], expected: str
) -> None:
    result = bounded_run(["import", str(article), *args])
    assert result.returncode == 2
    assert one_line(result).startswith(f"ktimeline: error: {expected}")
    assert one_line(result).count("\n") == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([b"--title", b"\xff"], "--title is not valid text: it holds bytes that are not"),
        ([b"--subtitle", b"a\xfe"], "--subtitle is not valid text: it holds bytes"),
    ],
)
def test_a_page_title_that_is_not_text_is_refused(args: list[bytes], expected: str) -> None:
    """A hostile review of the fast path found `--title $'\\xff'` ending as an internal
    error (UnicodeEncodeError while writing the page) on both paths."""
    result = bounded_run(["search", "Kim", "-f", "html", *args])
    assert (result.returncode, result.stdout) == (2, b"")
    assert one_line(result).startswith(f"ktimeline: error: {expected}")
    assert one_line(result).count("\n") == 1


@pytest.mark.parametrize("args", [["search", "x", "--data", "-"], ["import", "-"]])
def test_a_closed_standard_input_is_a_clear_error(args: list[str]) -> None:
    command = " ".join([sys.executable, "-m", "ktimeline", *args]) + " <&-"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == b"ktimeline: error: <stdin>: standard input is closed\n"


@pytest.mark.parametrize(
    ("variable", "value", "default"),
    [
        ("KTIMELINE_CACHE_MIN_BYTES", "²", "2097152"),
        ("KTIMELINE_CACHE_MIN_BYTES", "99999999999999999999999", "2097152"),
        ("KTIMELINE_CACHE_MAX_BYTES", "٣", "2147483648"),
        ("KTIMELINE_MAX_LINE_BYTES", "99999999999999999999", "67108864"),
        ("KTIMELINE_MAX_LINE_BYTES", "0", "67108864"),
    ],
)
def test_environment_values_that_cannot_be_used_are_warned_about_and_not_used(
    tmp_path: Path, variable: str, value: str, default: str
) -> None:
    data = tmp_path / "mine.jsonl"
    data.write_text(
        '{"id": "a", "date": "2019-12-02", "text": "A.", "actors": [], "tags": [], '
        '"places": [], "statements": []}\n'
    )
    env = {"KTIMELINE_CACHE_DIR": str(tmp_path / "cache"), "KTIMELINE_CACHE_MIN_BYTES": "0",
           variable: value}  # (indexed: the cache's settings are read)  # fmt: skip
    result = bounded_run(["range", "2019-12", "--data", str(data)], env=env)
    assert result.returncode == 0, one_line(result)
    assert result.stdout.decode().startswith("2019-12-02\ta\tA.")
    assert f"ktimeline: warning: {variable}={value!r} is not a whole number" in one_line(result)
    assert f"; using {default}\n" in one_line(result)
    assert one_line(result).count(variable) == 1  # once, however often it is read


def test_a_huge_text_limit_is_not_allocated(article: Path) -> None:
    """A limit of a terabyte is a limit, not a request for a terabyte of memory."""
    result = bounded_run(["import", str(article)], env={"KTIMELINE_MAX_TEXT_BYTES": str(10**12)})
    assert result.returncode == 0, one_line(result)
    assert b'"text": "Trump meets Moon."' in result.stdout


@pytest.mark.parametrize("value", ["1e400", "nan", "-1", "inf", "100000"])
def test_a_lock_timeout_that_is_not_a_sane_number_is_not_used(value: str) -> None:
    from ktimeline.settings import IgnoredSettingWarning
    from ktimeline.writer import LOCK_TIMEOUT, lock_timeout

    with pytest.warns(IgnoredSettingWarning, match="KTIMELINE_LOCK_TIMEOUT"):
        assert lock_timeout({"KTIMELINE_LOCK_TIMEOUT": value}) == LOCK_TIMEOUT


def test_sane_environment_values_are_used_without_a_word() -> None:
    from ktimeline.loader import max_line_bytes
    from ktimeline.writer import lock_timeout

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert lock_timeout({"KTIMELINE_LOCK_TIMEOUT": "0.5"}) == 0.5
        assert lock_timeout({"KTIMELINE_LOCK_TIMEOUT": ""}) == 30.0
        assert max_line_bytes({"KTIMELINE_MAX_LINE_BYTES": " 1024 "}) == 1024


# --- item 12 (HTML): linear time -------------------------------------------------------------


def test_html_with_deeply_nested_unknown_elements_is_read() -> None:
    """Elements of unknown names nested 8,000 deep, then as many end tags that match nothing
    open: the text around them is read. (Its linear time, once quadratic through a search of
    the open elements for each end tag, is measured by ``python bench/run.py --only growth``.)"""
    from ktimeline.importing.sources import html_text

    assert html_text(nested_in_nav(8000))[0] == (
        "Dec. 2, 2019: Trump meets Moon.\nDec. 3, 2019: Kim fires.\n"
    )
    assert grows_linearly(lambda n: html_text(nested_in_nav(n)), 300)


# --- item 17: PDFs that cannot be read -------------------------------------------------------

SHOWN_TEXT = b"BT /F1 12 Tf 72 720 Td (Dec. 2, 2019: Trump meets Moon.) Tj ET"


def one_page_pdf(contents: bytes) -> bytes:
    """A PDF of one page whose content stream object is ``contents`` (a dictionary and its
    stream), written by hand: the damage is the point, and no PDF library would write it."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        contents,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref,
    )  # fmt: skip
    return bytes(out)


def stream(data: bytes, length: int | None = None, *, flate: bool = False) -> bytes:
    declared = len(data) if length is None else length
    kind = b" /Filter /FlateDecode" if flate else b""
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (declared, kind, data)


def inflating_to(size: int) -> bytes:
    squeeze = zlib.compressobj(1)
    block = b"\0" * (1 << 20)
    return b"".join(squeeze.compress(block) for _ in range(size >> 20)) + squeeze.flush()


@pytest.mark.parametrize(
    ("contents", "reason"),
    [
        (lambda: stream(SHOWN_TEXT, 99999999), "Declared stream length of 99999999 exceeds"),
        (lambda: stream(inflating_to(1 << 30), flate=True), "Limit reached while decompressing"),
        (lambda: stream(zlib.compress(SHOWN_TEXT)[:-8] + b"garbage!", flate=True),
         "its pages draw text none of which could be extracted"),
        (lambda: stream(bytes(range(256)) * 2, flate=True), "while decompressing data"),
    ],
    ids=["length-99999999", "1-GB-flate", "damaged-flate", "not-flate"],
)  # fmt: skip
def test_an_unreadable_pdf_is_said_to_be_unreadable(
    tmp_path: Path, contents: Callable[[], bytes], reason: str
) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(one_page_pdf(contents()))
    result = bounded_run(["import", str(path)])
    assert result.returncode == 2, one_line(result)
    assert one_line(result).startswith(f"ktimeline: error: {path}: not a readable PDF (")
    assert reason in one_line(result)
    assert "OCR" not in one_line(result)
    assert one_line(result).count("\n") == 1


def test_a_pdf_that_reads_and_one_without_text_are_told_apart(tmp_path: Path) -> None:
    good, blank = tmp_path / "good.pdf", tmp_path / "blank.pdf"
    good.write_bytes(one_page_pdf(stream(SHOWN_TEXT)))
    blank.write_bytes(one_page_pdf(stream(b"0 0 m 100 100 l S")))  # a line, no text
    assert b'"text": "Trump meets Moon."' in bounded_run(["import", str(good)]).stdout
    result = bounded_run(["import", str(blank)])
    assert result.returncode == 2
    assert "has no text to read (scanned pages need OCR first" in one_line(result)


# --- item 13: one time budget for a regex search -----------------------------------------------


def test_a_regex_slow_on_every_event_is_stopped_by_the_search_budget(tmp_path: Path) -> None:
    """(a+)+$ takes a fraction of a second on each of 300 events, under the limit of one
    event every time: 130 s in all before the search had a budget of its own."""
    data = tmp_path / "a.jsonl"
    data.write_text(
        "".join(
            f'{{"id": "e{n}", "date": "2019-12-02", "text": "{"a" * 21}!", "actors": [], '
            '"tags": [], "places": [], "statements": []}\n'
            for n in range(300)
        )
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = bounded_run(["search", "-E", "(a+)+$", "--data", str(data)], timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.returncode == 2, one_line(result)
    assert one_line(result).startswith("ktimeline: error: regex '(a+)+$' was stopped after ")
    assert "it used up the time of one search (5 s, and 2 s more per million" in one_line(result)
    assert after.ru_utime - before.ru_utime < 15  # CPU time: the budget and start-up


def test_the_budget_grows_with_the_work_and_stops_the_whole() -> None:
    from ktimeline.timelimit import Budget, BudgetExceeded, each_within

    def burn(seconds: float) -> None:  # in user time, which the timer counts
        until = time.process_time() + seconds
        while time.process_time() < until:
            sum(range(20_000))

    budget = Budget(0.6)  # 1 s of work, without the grants more than the budget (slack for
    # the process's other threads, which the CPU timer counts too: xdist's under load)
    with each_within(range(20), 1.0, budget) as each:  # 20 x 0.05 s, each granting 0.05 s
        for _ in each:
            budget.grant(0.05)
            burn(0.05)
    with pytest.raises(BudgetExceeded) as stopped, each_within(range(20), 1.0, Budget(0.3)) as each:
        for _ in each:
            burn(0.05)
    assert 3 <= stopped.value.done <= 10
