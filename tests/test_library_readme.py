"""The README's walk-through of the library shows the real output of the real commands, run
on docs/examples/library in the test's own library."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples" / "library"
IMPORTS = {  # file -> options, as the README's walk-through adds them
    "reuters-2002-nuclear-history.txt": ["--publisher", "Reuters", "--source-title",
                                         "TIMELINE: North Korea's nuclear history"],
    "ap-2008-north-korea-timeline.txt": ["--publisher", "Associated Press", "--source-title",
                                         "North Korea Timeline"],
    "reuters-2009-yongbyon-saga.txt": ["--publisher", "Reuters", "--source-title",
                                       "TIMELINE: Saga of North Korea's Yongbyon nuclear plant"],
    "pakistantoday-2011-half-century.txt": [
        "--publisher", "Pakistan Today", "--source-title",
        "North Korea: half a century of conflict and hostility"],
    "kyodo-2019-hanoi.txt": ["--publisher", "Kyodo", "--source-title",
                             "Major events leading to second Trump-Kim summit"],
}  # fmt: skip


def _blocks() -> list[tuple[str, list[str]]]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## A library of chronologies", 1)[1].split("\n## ", 1)[0]
    found = []
    for block in re.findall(r"```console\n(.*?)```", section, flags=re.DOTALL):
        command: str | None = None
        shown: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, shown))
                command, shown = line[2:], []
            else:
                shown.append(line)
        assert command is not None
        found.append((command, shown))
    return found


def _output(run: Any, command: str) -> list[str]:
    """stdout of a README command: ktimeline, then cut -f or grep as the README pipes it."""
    first, *pipes = [part.strip() for part in command.split("|")]
    words = shlex.split(first)
    result = run(*words[1:])
    assert result.exit_code == 0, (command, result)
    lines: list[str] = result.stdout.splitlines()
    for pipe in pipes:
        tool, *arguments = shlex.split(pipe)
        if tool == "grep":
            lines = [line for line in lines if arguments[0] in line]
        elif tool == "cut":
            fields: list[int] = []
            for part in arguments[0].removeprefix("-f").split(","):
                low, _, high = part.partition("-")
                fields += range(int(low), int(high or low) + 1)
            lines = ["\t".join(line.split("\t")[n - 1] for n in fields) for line in lines]
    return lines


def test_the_walk_through_shows_real_output(run: Any, monkeypatch: Any) -> None:
    monkeypatch.chdir(EXAMPLES)
    for name, options in IMPORTS.items():
        assert run("import", name, "--add", *options).exit_code == 0
    checked = 0
    for command, shown in _blocks():
        if command.startswith("ktimeline import"):
            continue
        headlines = "korea-headlines" in command or "2019-11-22" in command
        sources = _output(run, "ktimeline sources")
        if headlines and not any("Korea headlines" in line for line in sources):
            added = run("import", "korea-headlines-2019.txt", "--add", "--source-title",
                        "Korea headlines, Sept.-Dec. 2019")  # fmt: skip
            assert added.exit_code == 0
        assert _output(run, command) == shown, command
        checked += 1
    assert checked >= 6
