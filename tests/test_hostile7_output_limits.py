"""Output that a full disk or a file size limit cuts short is an error, never a silent
truncation (hostile review 7).

Seen before, on a 12 KB tmpfs and with ``ulimit -f 8``:
- with ``PYTHONUNBUFFERED=1`` (set in many container images and CI), ``ktimeline range >
  out`` wrote 12 KB of 24, exited 0 and said nothing (-f plain, markdown, ics, xlsx): the
  raw file wrote part of one large write and the text layer ignored the count;
- without it, -f jsonl, json and csv gave the one-line error and then exit 120 with an
  "Exception ignored … OSError" traceback (the interpreter's last flush failed again);
- ``sources -f jsonl`` to a full disk was "internal error … (this is a bug)", exit 120.
The README promises exit 2 and one line for output that could not be written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

resource = pytest.importorskip("resource")

LIMIT = 8192  # bytes a file may grow to; every output below is larger


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _run_into_a_limited_file(
    tmp_path: Path, args: list[str], *, unbuffered: bool
) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    with (tmp_path / "out").open("wb") as out:
        return subprocess.run(
            [sys.executable, "-m", "ktimeline", *args],
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            preexec_fn=_limited,
            timeout=120,
        )


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize(
    "args",
    [
        ["range", "-f", "plain"],
        ["range", "-f", "markdown"],
        ["range", "-f", "jsonl"],
        ["range", "-f", "csv"],
        ["search", "talks", "-f", "json"],
    ],
    ids=" ".join,
)
def test_output_cut_short_is_a_one_line_error(
    tmp_path: Path, args: list[str], unbuffered: bool
) -> None:
    whole = subprocess.run(
        [sys.executable, "-m", "ktimeline", *args], capture_output=True, timeout=120
    ).stdout
    assert len(whole) > LIMIT
    ran = _run_into_a_limited_file(tmp_path, args, unbuffered=unbuffered)
    assert ran.stderr == b"ktimeline: error: cannot write output: File too large\n"
    assert ran.returncode == 2


# A disk that fills up: standard output is a file that takes LIMIT bytes (the last write
# partly), then fails every write with ENOSPC, as a tmpfs of 12 KB did. Its descriptor is
# fd 1; once fd 1 is pointed at /dev/null, writes succeed, as they would there.
FULL_DISK = """
import errno, io, os, sys
class Filling(io.RawIOBase):
    room = %d
    def writable(self):
        return True
    def fileno(self):
        return 1
    def write(self, data):
        if os.path.samestat(os.fstat(1), os.stat(os.devnull)):
            return len(data)
        if self.room == 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        taken = min(len(data), self.room)
        self.room -= taken
        return taken
sys.stdout = io.TextIOWrapper(io.BufferedWriter(Filling()), encoding="utf-8")
sys.argv = ["ktimeline", *sys.argv[1:]]
from ktimeline.cli.app import run
run()
"""


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_a_disk_that_fills_up_is_a_one_line_error_and_exit_2(fmt: str) -> None:
    ran = subprocess.run(
        [sys.executable, "-c", FULL_DISK % LIMIT, "range", "-f", fmt],
        capture_output=True,
        timeout=120,
    )
    assert ran.stderr == b"ktimeline: error: cannot write output: No space left on device\n"
    assert ran.returncode == 2


def test_an_unflushed_command_output_cut_short_is_not_an_internal_error(tmp_path: Path) -> None:
    """`sources` writes without flushing; the flush at the end met the full disk outside
    every guard. Its output is made larger than the limit by a library of many sources."""
    library = Path(os.environ["KTIMELINE_LIBRARY"])
    library.mkdir(parents=True, exist_ok=True)
    record = (
        '{"date": "2019-12-0%d", "id": "2019-12-0%d-s%d", "text": "Event %d.", "actors": [], '
        '"tags": [], "places": [], "statements": [], "source": {"title": "Source number %d '
        'with a long title to fill the listing of sources quickly", "section": "chronology"}}\n'
    )
    for number in range(120):
        (library / f"s{number}.jsonl").write_text(record % (1, 1, number, number, number))
    ran = _run_into_a_limited_file(tmp_path, ["sources", "-f", "jsonl"], unbuffered=False)
    assert ran.stderr == b"ktimeline: error: cannot write output: File too large\n"
    assert ran.returncode == 2
    on_a_full_disk = subprocess.run(
        [sys.executable, "-c", FULL_DISK % LIMIT, "sources", "-f", "jsonl"],
        capture_output=True,
        timeout=120,
    )
    assert on_a_full_disk.stderr == (
        b"ktimeline: error: cannot write output: No space left on device\n"
    )
    assert on_a_full_disk.returncode == 2
