"""A real terminal: ktimeline in a pseudo-terminal, its screen rendered by pyte.

The auto format picks the rich table here (stdout is a terminal) with colour on; pyte plays
the escape codes the way a terminal would, and the tests read the screen a user would see.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from datetime import date
from pathlib import Path

import pyte
import pytest

from ktimeline.loader import load_chronology
from ktimeline.query import Filters

SGR_AS_TEXT = re.compile(r"\[\d+(;\d+)*m|\x1b|\\e\[")


def run_in_terminal(
    args: list[str], columns: int, rows: int, env: dict[str, str] | None = None
) -> tuple[int, list[str], bytes]:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    full_env = {**os.environ, "TERM": "xterm-256color", "LINES": str(rows), "COLUMNS": str(columns)}
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    process = subprocess.Popen(
        [sys.executable, "-m", "ktimeline", *args],
        stdin=slave, stdout=slave, stderr=slave, env=full_env, start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    raw = b""
    deadline = time.monotonic() + 60
    while True:
        ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:  # never hang the suite: a stuck child (a pager waiting for keys) fails
            os.killpg(process.pid, signal.SIGKILL)
            raise AssertionError(f"no end of output from ktimeline {args}: {raw[-300:]!r}")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        raw += chunk
    os.close(master)
    code = process.wait(timeout=60)
    screen = pyte.Screen(columns, rows)
    stream = pyte.ByteStream(screen)
    stream.feed(raw.replace(b"\n", b"\r\n") if b"\r\n" not in raw else raw)
    return code, [line.rstrip() for line in screen.display], raw


@pytest.mark.slow
@pytest.mark.parametrize("columns", [40, 160])
def test_table_on_a_real_terminal(columns: int) -> None:
    chronology = load_chronology()
    december = Filters(start=date(2019, 12, 20), end=date(2019, 12, 31)).apply(chronology.events)
    code, screen, raw = run_in_terminal(["range", "2019-12-20", "2019-12-31"], columns, 1000)
    assert code == 0
    assert b"\x1b[" in raw  # colour was on: this is the terminal path, not the pipe one
    text = [line for line in screen if line]
    assert text[0].startswith(f"{len(december)} events · 20 Dec 2019 – 31 Dec 2019")
    for line in screen:
        assert not SGR_AS_TEXT.search(line), line  # no escape codes shown as text
        assert len(line) <= columns
    # The last row is there, whole, and every row keeps the two columns apart.
    last = december[-1]
    body = " ".join(
        line[line.index(" ", 1) :].strip() if line[:1] != " " else line.strip() for line in text
    )
    assert " ".join(last.text.split()) in " ".join(body.split())
    assert any(line.startswith("31 Dec") for line in text)
    assert any(line.startswith("December 2019 ─") for line in text)
    date_width = next(
        line.index(next(w for w in line.split(" ")[2:] if w))
        for line in text
        if line.startswith("31 Dec")
    )
    for line in text:
        if line.startswith(" "):
            assert line[:date_width].strip() == "", line  # wrapped text stays in its column


@pytest.mark.slow
def test_long_output_goes_through_the_pager_on_a_terminal(tmp_path: Path) -> None:
    captured = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open({str(captured)!r}, 'wb').write(sys.stdin.buffer.read())\""
    code, screen, _ = run_in_terminal(["range", "2019-12"], 100, 20, env={"KTIMELINE_PAGER": pager})
    assert code == 0
    paged = captured.read_text("utf-8")
    assert "2019-12-31-kim-ends-testing-moratorium" in paged
    assert not any("kim-ends-testing-moratorium" in line for line in screen)  # the pager had it


@pytest.mark.slow
def test_short_output_or_no_pager_option_skips_the_pager(tmp_path: Path) -> None:
    captured = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"open({str(captured)!r}, 'w').write('paged')\""
    code, screen, _ = run_in_terminal(
        ["range", "2019-12-24", "--section", "chronology"], 100, 40, env={"KTIMELINE_PAGER": pager}
    )
    assert code == 0 and not captured.exists()
    assert any("24 Dec" in line for line in screen)
    code, screen, _ = run_in_terminal(
        ["range", "2019-12", "--no-pager"], 100, 20, env={"KTIMELINE_PAGER": pager}
    )
    assert code == 0 and not captured.exists()


@pytest.mark.slow
def test_a_20_column_terminal() -> None:
    code, screen, _ = run_in_terminal(["range", "2019-12-24"], 20, 2000)
    assert code == 0
    assert all(len(line) <= 20 for line in screen)
    assert any("24 Dec" in line for line in screen)
