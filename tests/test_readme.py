"""The README starts with the two set-up commands, and CI runs the second one verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_section = readme.split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", first_section, flags=re.DOTALL)


def test_readme_starts_with_exactly_two_setup_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2
    install_and_run, install_and_test = commands
    assert "pip install ." in install_and_run
    assert "ktimeline range" in install_and_run
    assert "pip install '.[test]'" in install_and_test
    assert install_and_test.endswith("pytest")
    # the browser and shells the tests drive come from the project's own set-up script
    assert install_and_test.startswith("sh scripts/install-test-system-deps.sh && ")
    assert (ROOT / "scripts" / "install-test-system-deps.sh").is_file()
    for command in commands:
        assert "\n" not in command  # one line each, pasteable


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_commands()[1] in ci.splitlines()
