"""Shared fixtures. Tests never read ../shared: what they need is in tests/data or bundled."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from ktimeline.importing.enrichment import Findings
from ktimeline.loader import Chronology, load_chronology, load_vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ktimeline.vocabulary import Vocabulary

DATA = Path(__file__).parent / "data"

# Shared CI machines are noisy: no per-example deadline (a slow moment is not a bug), and the
# same examples on every run (a failure can be reproduced).
settings.register_profile("ktimeline", deadline=None, derandomize=True)
settings.load_profile("ktimeline")


def examples(full: int) -> int:
    """How many examples a property test draws: ``full`` under CI (``CI`` set, as CI services
    and .ci/run's callers set it) or with ``KTIMELINE_ALL_EXAMPLES=1``; else at most
    hypothesis's own 100 (the everyday loop). The profile draws the same examples on every
    run, so more of them on each local run would only check the same ones again."""
    if os.environ.get("CI") or os.environ.get("KTIMELINE_ALL_EXAMPLES") == "1":
        return full
    return min(full, 100)


WIDTH = 100


@pytest.fixture(autouse=True)
def _stable_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test starts from the same terminal settings and the bundled data, with an empty
    library of its own (never the user's: KTIMELINE_LIBRARY and XDG_DATA_HOME point into the
    test's temporary directory, which the library is made in only when a test adds to it)."""
    monkeypatch.setenv("KTIMELINE_LIBRARY", str(tmp_path / "library"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    for variable in ("KTIMELINE_DATA", "NO_COLOR", "FORCE_COLOR", "PAGER", "KTIMELINE_PAGER",
                     "KTIMELINE_DEBUG", "CLICOLOR_FORCE"):  # fmt: skip
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty index cache of the test's own, used for files of any size (a small file's
    index is then built as a large file's is)."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("KTIMELINE_CACHE_DIR", str(directory))
    monkeypatch.setenv("KTIMELINE_CACHE_MIN_BYTES", "0")
    return directory


@pytest.fixture(scope="session")
def chronology() -> Chronology:
    return load_chronology()


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    """The bundled actors, places, tags and terms, loaded once for each test module (the
    enrichment's rule tests read their entries with it)."""
    return load_vocabulary()


class Result:
    """What a CLI run produced: exit code, stdout and stderr kept apart."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self) -> str:
        return (
            f"Result({self.exit_code}, stdout={self.stdout[:300]!r}, stderr={self.stderr[:300]!r})"
        )


@pytest.fixture
def run() -> Any:
    """Run the CLI in-process through Typer's CliRunner and our own error boundary."""
    from ktimeline.cli import app as cli

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        runner = CliRunner()
        code_box: list[int] = []

        # CliRunner drives the Typer app; main() is the boundary that maps errors to exit codes.
        with runner.isolation(input=input, env=env) as (out, err, *_):
            code_box.append(cli.main(list(args)))
            stdout = out.getvalue().decode("utf-8", errors="replace")
            stderr = err.getvalue().decode("utf-8", errors="replace") if err is not None else ""
        return Result(code_box[0], stdout, stderr)

    return invoke


def run_process(
    args: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    input: bytes | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m ktimeline`` as a real process (for pipes, encodings, imports)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ktimeline", *args],
        capture_output=True, env=full_env, input=input, cwd=cwd, timeout=timeout,
    )  # fmt: skip


def events_by_id(chronology: Chronology) -> dict[str, Any]:
    return {event.id: event for event in chronology.events}


def write_jsonl(path: Path, records: Sequence[object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def jsonl_records(text: str) -> list[dict[str, Any]]:
    """Each line of ``text`` read as one JSON object (what ``-f jsonl`` writes)."""
    return [json.loads(line) for line in text.splitlines()]


def event(**fields: Any) -> dict[str, Any]:
    """A valid event record, with fields overridden."""
    record: dict[str, Any] = {
        "id": "2019-11-05-test-event",
        "date": "2019-11-05",
        "text": "Esper meets Moon in Seoul.",
        "actors": ["Mark Esper", "Moon Jae-in"],
        "tags": ["alliance"],
        "places": ["Seoul"],
        "statements": [],
    }
    record.update(fields)
    return {k: v for k, v in record.items() if v is not ...}


# --- programs the tests drive ----------------------------------------------------------
#
# A test that drives a program (a browser, a shell, a terminal tool) says so with
# ``@pytest.mark.needs("chromium")``. Where the program is missing the test is skipped, and the
# run ends with one line naming every missing program and the command that installs them;
# under CI (``CI`` set) a missing program fails the test instead, so CI runs everything.

INSTALL = "sh scripts/install-test-system-deps.sh (as root)"
MISSING_PREFIX = "needs programs missing here: "
_FILES = {"bash-completion": Path("/usr/share/bash-completion/bash_completion")}
_ALTERNATIVES = {"firefox": ("firefox-esr", "firefox")}


def program_available(name: str) -> bool:
    if name in _FILES:
        return _FILES[name].exists()
    return any(shutil.which(candidate) for candidate in _ALTERNATIVES.get(name, (name,)))


def require_programs(*names: str) -> None:
    """Skip the test (fail it under CI) unless every program named is here."""
    missing = sorted({name for name in names if not program_available(name)})
    if not missing:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{', '.join(missing)} missing (CI runs every test): run {INSTALL}")
    pytest.skip(MISSING_PREFIX + ", ".join(missing))


# What a test needs, as markers to select by (`pytest -m "not browser and not shell and not
# terminal"` is the fast loop): set here from the fixtures and modules that drive them.
_MARKER_BY_FIXTURE = {"browser": "browser", "shell": "shell", "run": "cli"}
_MARKER_BY_MODULE = {"test_pty": "terminal", "test_pty_polish": "terminal",
                     "test_completion": "shell"}  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        markers = {_MARKER_BY_FIXTURE[name] for name in fixtures if name in _MARKER_BY_FIXTURE}
        module = (
            item.module.__name__.rsplit(".", 1)[-1] if isinstance(item, pytest.Function) else ""
        )
        if module in _MARKER_BY_MODULE and (module != "test_completion" or "shell" in fixtures):
            markers.add(_MARKER_BY_MODULE[module])
        for marker in sorted(markers):
            item.add_marker(marker)


def pytest_runtest_setup(item: pytest.Item) -> None:
    require_programs(*(name for mark in item.iter_markers("needs") for name in mark.args))


def missing_programs(skipped: Sequence[Any]) -> tuple[int, list[str]]:
    """How many tests were skipped for want of a program, and which programs, from the skip
    reports (which reach the main process from xdist's workers too)."""
    count, names = 0, set[str]()
    for report in skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        if MISSING_PREFIX in reason:
            count += 1
            names.update(reason.split(MISSING_PREFIX, 1)[1].split(", "))
    return count, sorted(names)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On an xdist worker: hand the search-quality line to the main process."""
    workeroutput = getattr(session.config, "workeroutput", None)
    module = sys.modules.get(f"{__package__}.test_search_quality")
    line = getattr(module, "SUMMARY", None)
    if workeroutput is not None and line:
        workeroutput["search_quality"] = line


_WORKER_LINES: list[str] = []


def pytest_testnodedown(node: Any, error: Any) -> None:
    line = getattr(node, "workeroutput", {}).get("search_quality")
    if line:
        _WORKER_LINES.append(line)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The search-quality figures measured by test_search_quality, when it ran; one line
    for the tests skipped because a program they drive is missing."""
    module = sys.modules.get(f"{__package__}.test_search_quality")
    line = getattr(module, "SUMMARY", None) or next(iter(_WORKER_LINES), None)
    if line:
        terminalreporter.write_sep("-", "search quality")
        terminalreporter.write_line(line)
    count, names = missing_programs(terminalreporter.stats.get("skipped", []))
    if count:
        terminalreporter.write_line(
            f"{count} test{'s' * (count != 1)} skipped: {', '.join(names)} missing here; "
            f"install them with {INSTALL}",
            yellow=True,
        )


@pytest.fixture
def enrich() -> Callable[[str, str], Findings]:
    """The enrichment of a fresh document for each test: nothing named before it; the entries
    a test enriches in order share the document (as an import's entries do). The Enricher is
    ``Enricher(load_vocabulary())``, copied from the one built once a process
    (tests/fresh_enricher.py)."""
    from tests.fresh_enricher import fresh_enricher

    return fresh_enricher().enrich
