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


def output_formats_paragraph() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Output formats\n", 1)[1]
    return " ".join(section.split("\n\n", 1)[0].split())


def test_the_formats_every_listing_command_takes_are_those_every_kind_can_show() -> None:
    """It promised ics and timelinejs to quotes, actors, tags and stats, which refuse them
    (found by a hostile review)."""
    from ktimeline.render import FORMATS

    paragraph = output_formats_paragraph()
    every = paragraph.split("takes `-f`/`--format`:", 1)[1].split(". ", 1)[0]
    named = set(re.findall(r"`([a-z]+)`", every)) - {"auto"}
    assert named == {name for name, fmt in FORMATS.items() if len(fmt.kinds) > 1}
    for_events = paragraph.split("(search, range, show) also take", 1)[1].split(";", 1)[0]
    assert set(re.findall(r"`([a-z]+)`", for_events)) == {
        name for name, fmt in FORMATS.items() if fmt.kinds == {"events"}
    }


def test_the_exit_code_table_lists_the_code_of_a_stop_by_sigterm() -> None:
    import signal

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("\n## Exit codes\n", 1)[1].split("\n## ", 1)[0]
    codes = set(re.findall(r"^\| (\d+) \|", table, flags=re.MULTILINE))
    assert str(128 + signal.SIGTERM) in codes
