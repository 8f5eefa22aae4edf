"""A real interactive program in a pseudo-terminal, its screen played by pyte.

Used to type into bash, zsh and fish as a user does (Tab included) and read what the screen
then shows; the shells come from scripts/install-test-system-deps.sh.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import struct
import subprocess
import termios
import time
from typing import TYPE_CHECKING

import pyte

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path


def _take_terminal() -> None:
    """In the child, in its new session: make the pseudo-terminal its controlling terminal
    (job-control shells such as fish refuse to start without one)."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """One program on a pseudo-terminal of ``columns`` × ``rows``."""

    def __init__(
        self,
        argv: Sequence[str],
        env: dict[str, str],
        cwd: Path,
        columns: int = 120,
        rows: int = 30,
    ) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.process = subprocess.Popen(
            list(argv), stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd,
            start_new_session=True, preexec_fn=_take_terminal,
        )  # fmt: skip
        os.close(slave)
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""

    def _pump(self, seconds: float) -> bool:
        """Read what arrives within ``seconds``; False when nothing did."""
        ready, _, _ = select.select([self.master], [], [], seconds)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        self.raw += chunk
        self.stream.feed(chunk)
        return bool(chunk)

    def settle(self, quiet: float = 0.8, timeout: float = 30) -> None:
        """Wait until the program has printed nothing for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._pump(quiet):
            pass

    def wait_for(self, found: Callable[[list[str]], bool], timeout: float = 30) -> list[str]:
        """The screen once ``found(screen)`` holds; an AssertionError with it if it never does."""
        deadline = time.monotonic() + timeout
        while not found(self.lines()):
            if time.monotonic() > deadline:
                raise AssertionError("screen never showed what was expected:\n" + self.text())
            self._pump(0.2)
        self.settle(0.3)
        return self.lines()

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode("utf-8"))

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def text(self) -> str:
        return "\n".join(line for line in self.lines() if line)

    def cursor_line(self) -> str:
        return self.screen.display[self.screen.cursor.y].rstrip()

    def clear_line(self) -> None:
        """Ctrl-C at the prompt: abandon the line, get a fresh prompt, clear the screen."""
        self.type("\x03")
        self.settle(0.4)
        self.type("clear\r")
        self.settle(0.5)

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        os.close(self.master)
