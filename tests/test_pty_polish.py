"""The rough edges of daily use, each tried on a real pseudo-terminal (pyte plays the screen).

Headers with filters and "N of M", show in a pipe, stats charts, terminal safety of every
format, Ctrl-C, --width and $COLUMNS, the README's fzf recipe, and pagers that cannot show
colour. (Completion in real shells: test_completion.py.)
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import event, require_programs, write_jsonl
from .process_support import interruptible, wait_until_reading_input
from .terminal import Terminal
from .test_pty import SGR_AS_TEXT, run_in_terminal

BIN = str(Path(sys.executable).parent)
HOSTILE = (
    "Moratorium \x1b]0;pwned\x07 ends \x1b[2J \u202eevil\u202c and a\u2028b, back\\nslash, "
    "zero\u200bwidth."
)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "hostile.jsonl",
        [
            event(
                text=HOSTILE,
                tags=["<img src=x onerror=alert(1)>"],
                statements=[{"speaker": "Mark Esper", "quote": '=HYPERLINK("http://x")'}],
            )
        ],
    )


def ktimeline(
    args: list[str], tmp_path: Path, columns: int = 100, rows: int = 40, **env: str
) -> Terminal:
    """ktimeline itself on a terminal (stdout a tty: the table, colour, the pager)."""
    full_env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(rows)}
    full_env.pop("NO_COLOR", None)
    full_env.update(env)
    return Terminal([sys.executable, "-m", "ktimeline", *args], full_env, tmp_path, columns, rows)


def finished(terminal: Terminal, timeout: float = 60) -> int:
    terminal.settle(0.5, timeout)
    code = terminal.process.wait(timeout=timeout)
    terminal.settle(0.2)
    return code


# --- consistency --------------------------------------------------------------------------


@pytest.mark.slow
def test_the_table_header_shows_the_filters_and_n_of_m(run: Any) -> None:
    total = len(run("range", "2019", "-a", "Kim Yong-chol").stdout.splitlines())
    assert total > 1
    code, screen, _ = run_in_terminal(["range", "2019", "-a", "Kim Yong-chol", "-n", "1"], 120, 40)
    assert code == 0
    assert screen[0].startswith(f"1 of {total} events · ")
    assert screen[0].endswith("range 2019 --actor 'Kim Yong-chol'")


@pytest.mark.slow
def test_stats_by_week_draws_empty_weeks_as_zero_bars() -> None:
    code, screen, _ = run_in_terminal(["stats", "--by", "week", "--from", "2019-09"], 100, 60)
    assert code == 0
    weeks = [line for line in screen if line.startswith("2019-W")]
    numbers = [int(line[6:8]) for line in weeks]
    assert numbers == list(range(numbers[0], numbers[-1] + 1))  # no week left out
    empty = [line for line in weeks if line.split(")")[1].split()[0] == "0"]
    assert empty, weeks  # the data has weeks without events (W41)
    assert all("█" not in line and "▏" not in line for line in empty)


@pytest.mark.slow
def test_stats_sort_count_gives_the_top_months() -> None:
    code, screen, _ = run_in_terminal(["stats", "-n", "2", "--sort", "count"], 100, 20)
    assert code == 0
    assert screen[0].startswith("Events by month · 2 of ")
    assert [line.split()[0] for line in screen[1:3]] == ["December", "November"]


# --- terminal safety ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "fmt",
    ["table", "plain", "csv", "tsv", "json", "jsonl", "ics", "markdown", "timelinejs", "html"],
)
def test_every_format_is_safe_on_a_terminal(hostile: Path, fmt: str) -> None:
    code, screen, raw = run_in_terminal(
        ["range", "2019", "--data", str(hostile), "-f", fmt], 200, 80
    )
    assert code == 0
    text = raw.decode("utf-8")
    for forbidden in ("\x1b]0;", "\x07", "\x1b[2J", "\u202e", "\u2028", "\u200b"):
        assert forbidden not in text, (fmt, forbidden)
    shown = "\n".join(screen) if fmt != "html" else text  # a page is longer than a screen
    assert ("\\e" in shown or "\\u001b" in shown) and "pwned" in shown, shown  # visible
    if fmt in ("table", "plain", "csv", "tsv", "markdown", "ics"):
        assert "\\u202eevil" in shown


@pytest.mark.slow
def test_search_highlights_are_escaped_too(hostile: Path) -> None:
    code, screen, raw = run_in_terminal(["search", "pwned", "--data", str(hostile)], 120, 20)
    assert code == 0
    assert b"\x1b]0;" not in raw and b"\x07" not in raw
    assert any("\\e]0;pwned\\x07" in line for line in screen)


def test_machine_formats_stay_exact_in_a_pipe(hostile: Path, run: Any) -> None:
    for fmt in ("csv", "tsv", "jsonl", "ics"):  # (in-process: standard output no terminal)
        out = run("range", "2019", "--data", str(hostile), "-f", fmt).stdout
        if fmt == "ics":  # exact but for the controls RFC 5545 forbids, shown (issue 25)
            from icalendar import Calendar

            summary = str(Calendar.from_ical(out).walk("VEVENT")[0]["DESCRIPTION"])
            # RFC 5545 allows no control characters in TEXT, so ics writes them as visible
            # escapes, in a pipe too; everything else stays exact.
            allowed = HOSTILE.replace("\x1b", "\\e").replace("\x07", "\\x07")
            assert summary.startswith(allowed.replace("\u2028", "\\u2028")), fmt
        elif fmt == "jsonl":
            assert json.loads(out)["text"] == HOSTILE
        else:
            assert HOSTILE in out, fmt


def test_plain_is_unambiguous_and_keeps_one_line(hostile: Path, run: Any) -> None:
    out = run("range", "2019", "--data", str(hostile), "-f", "plain").stdout
    assert len(out.splitlines()) == 1  # U+2028 would split it for str.splitlines
    text = out.rstrip("\n").split("\t")[2]
    assert "back\\\\nslash" in text  # the data's backslash, doubled
    assert "\\u2028" in text and "\\u202e" in text and "\\u200b" in text


def test_timelinejs_escapes_every_field_shown_as_html(hostile: Path, run: Any) -> None:
    out = run("range", "2019", "--data", str(hostile), "-f", "timelinejs").stdout
    slide = json.loads(out)["events"][0]
    assert slide["group"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<img" not in json.dumps(slide)


def test_csv_keeps_formulas_unless_told_to_neutralise_them(hostile: Path, run: Any) -> None:
    import csv
    import io

    for fmt, dialect in (("csv", "excel"), ("tsv", "excel-tab")):
        exact = run("quotes", "--data", str(hostile), "-f", fmt).stdout
        safe = run("quotes", "--data", str(hostile), "-f", fmt, "--no-formulas").stdout
        assert (
            next(csv.DictReader(io.StringIO(exact), dialect=dialect))["quote"]
            == '=HYPERLINK("http://x")'
        )
        row = next(csv.DictReader(io.StringIO(safe), dialect=dialect))
        assert row["quote"] == '\'=HYPERLINK("http://x")'
        assert row["speaker"] == "Mark Esper"  # other cells untouched


@pytest.mark.slow
def test_ctrl_c_on_a_terminal_says_interrupted(tmp_path: Path) -> None:
    terminal = ktimeline(["range", "2019", "--data", "-"], tmp_path)  # waits for the keyboard
    try:
        wait_until_reading_input(terminal.process)  # started: Ctrl-C now reaches ktimeline
        terminal.type("\x03")
        assert finished(terminal) == 130
        assert terminal.text().strip().splitlines()[-1].endswith("ktimeline: interrupted")
        assert "Traceback" not in terminal.text()
    finally:
        terminal.close()


def test_ctrl_c_by_signal_says_interrupted_too() -> None:
    import subprocess

    process = subprocess.Popen(
        [sys.executable, "-m", "ktimeline", "range", "2019", "--data", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=interruptible,  # (SIGINT at its default: see process_support.interruptible)
    )  # fmt: skip
    wait_until_reading_input(process)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert (process.returncode, stderr) == (130, b"ktimeline: interrupted\n")


# --- width, fzf, pager --------------------------------------------------------------------


@pytest.mark.slow
def test_width_option_narrows_the_table_on_a_wide_terminal() -> None:
    code, screen, _ = run_in_terminal(["range", "2019-12", "--width", "50", "--no-pager"], 160, 400)
    assert code == 0
    assert max(len(line) for line in screen) <= 50
    assert max(len(line) for line in screen) > 40  # laid out to the width asked, not narrower


def test_columns_is_honoured_in_a_pipe(run: Any) -> None:
    out = run("range", "2019-12", "-f", "table", env={"COLUMNS": "60"}).stdout  # (no terminal)
    assert max(len(line) for line in out.splitlines()) == 60


@pytest.mark.slow
def test_the_readme_fzf_recipe_previews_the_card_at_the_pane_width(tmp_path: Path) -> None:
    require_programs("fzf")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    recipe = readme.split("### Browsing with fzf", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    env = {
        **os.environ,
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "TERM": "xterm-256color",
        "HOME": str(tmp_path),
    }
    env.pop("FZF_DEFAULT_OPTS", None)
    terminal = Terminal(["bash", "-c", recipe.replace("\\\n", " ")], env, tmp_path, 160, 40)
    try:
        screen = terminal.wait_for(lambda s: any("╭─ 20" in line for line in s))
        card = next(line for line in screen if "╭─ 20" in line)
        pane = next(line for line in screen if "╭" in line)  # fzf's preview border
        left, right = pane.index("╭"), pane.rindex("╮")
        card_left, card_right = card.index("╭─ 20"), card.rindex("╮")
        assert left <= card_left and card_right <= right  # the card is inside the pane …
        assert (card_right - card_left) >= (right - left) - 5  # … and as wide as it
        assert not any(SGR_AS_TEXT.search(line) for line in screen)
        terminal.type("\r")  # enter: fzf prints the id it was on
        assert finished(terminal) == 0
        printed = terminal.raw.rstrip().rsplit(b"\x1b[?25h", 1)[-1].decode()
        assert re.fullmatch(r"20[0-9]{2}(-[a-z0-9]+)+", printed), printed  # the event's id
    finally:
        terminal.close()


@pytest.mark.slow
@pytest.mark.parametrize("pager", ["more", "less"])
def test_a_pager_never_shows_colour_codes_as_text(tmp_path: Path, pager: str) -> None:
    require_programs(pager)
    terminal = ktimeline(["range", "2019"], tmp_path, columns=100, rows=20, PAGER=pager, LESS="")
    try:
        terminal.wait_for(lambda s: any("2019" in line for line in s))
        terminal.settle(1.0)
        screen = terminal.lines()
        assert not any(SGR_AS_TEXT.search(line) or "ESC[" in line for line in screen), screen
        assert all(len(line) <= 100 for line in screen)
        ours = (b"\x1b[36m", b"\x1b[1;35m")  # the table's date and month colours
        if pager == "more":  # more would count colour codes as text: none are sent to it
            assert not any(code in terminal.raw for code in ours)
        else:  # less gets -R although $LESS lacks it, and shows the colours
            assert any(code in terminal.raw for code in ours)
        text_lines = [line for line in screen if line.strip()]
        assert len(text_lines) >= 15  # a full page, wrapped to the width
        terminal.type("q")
        assert finished(terminal) == 0
    finally:
        terminal.close()
