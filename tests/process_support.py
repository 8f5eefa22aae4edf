"""Waiting for a real process to reach a point by what it does, never by a sleep.

A sleep before Ctrl-C guesses how long start-up takes: on a machine shared by several test
suites the interpreter may still be starting when the signal comes (then no handler of
ktimeline's is there to say "interrupted"), and on an idle one the sleep is time lost. Linux
says what a process is blocked in (``/proc/PID/syscall``: the call's number and arguments),
so a test can wait until the program reads its standard input: its start-up is over and it
waits for the keyboard or the pipe, the very moment a user's Ctrl-C comes. The timeout only
fails a program that never gets there (a hang).
"""

from __future__ import annotations

import platform
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import subprocess

# The number of the read system call on the machines the tests run on (the kernel's
# syscall tables: arch/x86/entry/syscalls/syscall_64.tbl, include/uapi/asm-generic/unistd.h).
READ_CALLS = {"x86_64": 0, "aarch64": 63, "arm64": 63, "riscv64": 63}


def reading_standard_input(pid: int) -> bool | None:
    """Is process ``pid`` blocked reading its standard input (file descriptor 0)? None where
    the system cannot tell (not Linux, an unknown machine, /proc/PID/syscall not readable)."""
    read_call = READ_CALLS.get(platform.machine())
    if read_call is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/syscall").read_text(encoding="ascii").split()
    except FileNotFoundError:  # (gone: it ended, or never started)
        return False
    except OSError:
        return None
    # "0 0x0 0x... …" while in read(0, …); "running", or -1 outside a system call
    return len(fields) > 1 and fields[0] == str(read_call) and int(fields[1], 16) == 0


def wait_until_reading_input(process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    """Return once ``process`` is blocked reading its standard input (see the module's
    docstring); fail when it ends first or after ``timeout`` seconds (a hang); skip where
    the system cannot tell."""
    deadline = time.monotonic() + timeout
    pid = process.pid
    while True:
        assert process.poll() is None, f"process {pid} ended ({process.returncode}) before reading"
        reading = reading_standard_input(pid)
        if reading is None:
            pytest.skip("this system does not say what a process is blocked in (/proc/PID/syscall)")
        if reading:
            return
        assert time.monotonic() < deadline, f"process {pid} never read its standard input"
        time.sleep(0.01)


def interruptible() -> None:
    """For ``subprocess.Popen(..., preexec_fn=interruptible)``: the child starts with Ctrl-C's
    signal (SIGINT) at its default, whatever the test's own process has. A shell starts a
    background job (``pytest … &`` in a script, a loop beside a load) with SIGINT ignored; a
    child inherits that, and Python then installs no handler of its own: the signal the test
    sends does nothing, the program reads the end of its input and ends 0, not 130 (seen under
    load: trust25)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def catches_interrupt(pid: int) -> bool | None:
    """Does process ``pid`` catch SIGINT (a handler installed: /proc/PID/status, SigCgt)?
    None where the system cannot tell."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signal.SIGINT - 1) & 1)
    return None
