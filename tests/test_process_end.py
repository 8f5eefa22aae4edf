"""The process ends at once (os._exit) when the interpreter's teardown has nothing to do for
the user, and as usual (sys.exit) whenever it may (cli.app.end)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from typing import Any

import pytest

from ktimeline.cli import app


class Ended(Exception):
    def __init__(self, how: str, code: object) -> None:
        super().__init__(how, code)
        self.how, self.code = how, code


@pytest.fixture
def ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """os._exit and sys.exit recorded instead of done; no atexit callback, no database."""

    def record(how: str) -> Any:
        def ended(code: object) -> None:
            raise Ended(how, code)

        return ended

    monkeypatch.setattr(os, "_exit", record("at once"))
    monkeypatch.setattr(sys, "exit", record("as usual"))
    monkeypatch.setattr("atexit._ncallbacks", lambda: 0)
    monkeypatch.delitem(sys.modules, "sqlite3", raising=False)
    monkeypatch.setattr(app, "_only_a_script_waits", lambda frame: True)  # (pytest calls end)


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

    def record(how: str) -> Any:
        def ended(code: object) -> None:
            raise Ended(how, code)

        return ended

    monkeypatch.setattr(os, "_exit", record("at once"))
    monkeypatch.setattr(sys, "exit", record("as usual"))
    monkeypatch.setattr("atexit._ncallbacks", lambda: 0)
    monkeypatch.delitem(sys.modules, "sqlite3", raising=False)
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


ENDS_AT_ONCE = (
    "import os, sys\n"
    "real_exit = os._exit\n"
    "def reported(code):\n"
    "    sys.stderr.write('at once\\n')\n"
    "    sys.stderr.flush()\n"
    "    real_exit(code)\n"
    "os._exit = reported\n"
    "sys.argv[1:] = ['range', '2019-11-01', '2019-11-01', '-f', 'jsonl']\n"
    "from ktimeline.__main__ import main\n"
)


def test_the_console_entry_alone_ends_at_once() -> None:
    """The console script's shape (main() at a script's top level, nothing around it)."""
    ended = subprocess.run(
        [sys.executable, "-c", f"{ENDS_AT_ONCE}main()"], capture_output=True, timeout=60
    )
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
        "        print('caught', stop.code)\nwrapper()\n",
    ],
)
def test_a_program_calling_main_gets_its_system_exit(caller: str, tmp_path: Any) -> None:
    """A program that calls main() and catches SystemExit, or cleans up in finally/with, keeps
    running as before: os._exit would end it there, its cleanup and buffered output lost."""
    script = tmp_path / "caller.py"
    script.write_text(
        ENDS_AT_ONCE
        + "log = open(sys.argv[0] + '.log', 'w')\nlog.write('kept')\n"
        + caller
        + "print('the caller goes on')\n"  # (not reached after finally: SystemExit goes on)
    )
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60)
    assert ran.returncode == 0
    assert b"at once" not in ran.stderr
    assert ran.stdout.endswith(b"caught 0\nthe caller goes on\n")
    assert (tmp_path / "caller.py.log").read_text() == "kept"  # flushed by the teardown
