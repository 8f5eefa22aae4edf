"""The process ends at once (os._exit) when the interpreter's teardown has nothing to do for
the user, and as usual (sys.exit) whenever it may (cli.app.end)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from ktimeline.cli import app


class Ended(Exception):
    def __init__(self, how: str, code: object) -> None:
        super().__init__(how, code)
        self.how, self.code = how, code


def _record(how: str) -> Any:
    """An end that raises Ended (how, and its code) instead of ending."""

    def ended(code: object) -> None:
        raise Ended(how, code)

    return ended


def _ends_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    """os._exit and sys.exit recorded instead of done; no atexit callback, no database."""
    monkeypatch.setattr(os, "_exit", _record("at once"))
    monkeypatch.setattr(sys, "exit", _record("as usual"))
    monkeypatch.setattr("atexit._ncallbacks", lambda: 0)
    monkeypatch.delitem(sys.modules, "sqlite3", raising=False)


@pytest.fixture
def ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ends recorded (see _ends_recorded), end called as a script's top level would."""
    _ends_recorded(monkeypatch)
    monkeypatch.setattr(app, "_only_a_script_waits", lambda frame: True)  # (pytest calls end)
    # Threads that other tests of this worker left running (an index's daemon builder) are not
    # this test's: only the threads a test starts count (a full run failed on one such).
    alive_before, active_count = threading.active_count(), threading.active_count
    monkeypatch.setattr(threading, "active_count", lambda: active_count() - alive_before + 1)


def ending(code: object) -> tuple[str, object]:
    with pytest.raises(Ended) as ended:
        app.end(code)  # type: ignore[arg-type]
    return ended.value.how, ended.value.code


def test_a_command_with_nothing_left_to_do_ends_at_once(
    ends: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[str] = []

    class Stream(io.StringIO):
        def flush(self) -> None:
            flushed.append(self.getvalue())

    monkeypatch.setattr(sys, "stdout", Stream())
    sys.stdout.write("answer")
    assert ending(3) == ("at once", 3)
    assert flushed == ["answer"]  # flushed before the end


def test_a_caller_that_is_not_a_script_gets_the_usual_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """Here pytest (a function, not a script's top level) calls end: the usual end."""
    _ends_recorded(monkeypatch)
    assert ending(0) == ("as usual", 0)


def test_an_atexit_callback_gets_the_usual_end(ends: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("atexit._ncallbacks", lambda: 1)
    assert ending(0) == ("as usual", 0)


def test_a_loaded_database_module_gets_the_usual_end(
    ends: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sqlite3", sys)  # (any module object)
    assert ending(0) == ("as usual", 0)


def test_another_thread_gets_the_usual_end(ends: None) -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert ending(0) == ("as usual", 0)
    finally:
        release.set()
        thread.join()


def test_output_that_cannot_be_flushed_gets_the_usual_end(
    ends: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Full(io.StringIO):
        def flush(self) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert ending(0) == ("as usual", 0)


def test_a_real_query_ends_with_all_its_output() -> None:
    """The console entry, ending at once: every byte written, the exit code kept."""
    entry = "from ktimeline.__main__ import main; main()"
    for args, code in ((["range", "2019", "-f", "jsonl"], 0), (["range", "2019-13"], 2)):
        ended = subprocess.run(
            [sys.executable, "-c", entry, *args], capture_output=True, timeout=60
        )
        usual = subprocess.run(
            [sys.executable, "-c", f"import atexit; atexit.register(print); {entry}", *args],
            capture_output=True,
            timeout=60,
        )  # fmt: skip  (an atexit callback: the usual end)
        assert (ended.returncode, ended.stderr) == (code, usual.stderr)
        assert ended.stdout + b"\n" == usual.stdout  # (print() at exit: one newline)
        assert (len(ended.stdout) > 10_000) == (code == 0)


def reporting_the_end(tmp_path: Path) -> dict[str, str]:
    """An environment whose sitecustomize reports os._exit on stderr ("at once"): a module, so
    no frame of the caller's script."""
    (tmp_path / "sitecustomize.py").write_text(
        "import os, sys\n"
        "real_exit = os._exit\n"
        "def reported(code):\n"
        "    sys.stderr.write('at once\\n')\n"
        "    sys.stderr.flush()\n"
        "    real_exit(code)\n"
        "os._exit = reported\n"
    )
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}


ARGS = ["range", "2019-11-01", "2019-11-01", "-f", "jsonl"]


def test_the_console_entry_alone_ends_at_once(tmp_path: Path) -> None:
    """The console script's shape (main() at a script's top level, nothing around it)."""
    script = tmp_path / "ktimeline"
    script.write_text(
        "import re\nimport sys\nfrom ktimeline.__main__ import main\n"
        "if __name__ == '__main__':\n"
        "    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n"
        "    sys.exit(main())\n"
    )  # (pip's console script)
    env = reporting_the_end(tmp_path)
    for command in (
        [sys.executable, str(script), *ARGS],
        [sys.executable, "-m", "ktimeline", *ARGS],
        [sys.executable, "-c", "from ktimeline.__main__ import main; main()", *ARGS],
    ):
        ended = subprocess.run(command, capture_output=True, timeout=60, env=env)
        assert ended.returncode == 0
        assert ended.stderr.endswith(b"\nat once\n")  # (after the note on events that may fall)
        assert ended.stdout.count(b"\n") >= 1


@pytest.mark.parametrize(
    "caller",
    [
        "try:\n    main()\nexcept SystemExit as stop:\n    print('caught', stop.code)\n",
        "try:\n    main()\nfinally:\n    print('caught', 0)\n    print('the caller goes on')\n",
        "with open(os.devnull) as unused:\n    try:\n        main()\n"
        "    except SystemExit as stop:\n        print('caught', stop.code)\n",
        "def wrapper():\n    try:\n        main()\n    except SystemExit as stop:\n"
        "        print('caught', stop.code)\n        log.close()\nwrapper()\n",
        "print('caught', 0)\nprint('the caller goes on', end='')\nmain()\n",
    ],
)
def test_a_program_calling_main_gets_its_system_exit(caller: str, tmp_path: Path) -> None:
    """A program that calls main() and catches SystemExit, cleans up in finally or with, or has
    written to a file of its own, keeps the usual end: os._exit would end it there, its
    cleanup and its buffered output lost."""
    script = tmp_path / "caller.py"
    script.write_text(
        "import os, sys\n"
        f"sys.argv[1:] = {ARGS!r}\n"
        "from ktimeline.__main__ import main\n"
        "log = open(sys.argv[0] + '.log', 'w')\nlog.write('kept')\n"
        + caller
        + "print('the caller goes on')\n"  # (not reached after finally: SystemExit goes on)
    )
    ran = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        timeout=60,
        env=reporting_the_end(tmp_path),
    )
    assert ran.returncode == 0
    assert b"at once" not in ran.stderr
    assert b"caught 0\nthe caller goes on" in ran.stdout
    assert (tmp_path / "caller.py.log").read_text() == "kept"  # flushed by the teardown
