"""Shared fixtures. Tests never read ../shared: what they need is in tests/data or bundled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from ktimeline.loader import Chronology, load_chronology

if TYPE_CHECKING:
    from collections.abc import Sequence

DATA = Path(__file__).parent / "data"

# Shared CI machines are noisy: no per-example deadline (a slow moment is not a bug), and the
# same examples on every run (a failure can be reproduced).
settings.register_profile("ktimeline", deadline=None, derandomize=True)
settings.load_profile("ktimeline")
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


@pytest.fixture(scope="session")
def chronology() -> Chronology:
    return load_chronology()


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


def write_jsonl(path: Path, records: Sequence[object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


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


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Report the search-quality figures measured by test_search_quality, when it ran."""
    module = sys.modules.get(f"{__package__}.test_search_quality")
    line = getattr(module, "SUMMARY", None)
    if line:
        terminalreporter.write_sep("-", "search quality")
        terminalreporter.write_line(line)
