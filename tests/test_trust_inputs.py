"""Issue 25, hostile input that must get a clear answer in bounded time and memory: widths,
arguments that are not text, a closed standard input, environment values, HTML, PDF and
regular expressions built to exhaust (items 11, 12, 13, 17, 18).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from ktimeline.render import RenderOptions

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
