"""trust23: hostile24's leftovers, each a test that fails on d203ece4.

- An office whose source ends it in a year alone is held through that year (24bbfa87,
  knowledge.held_during), so the successor whose first day in it is dated within that year
  shared it with him: "U.S. Secretary of State met …" on 1989-06-01 was "ambiguous: James
  Baker or George Shultz" (Shultz's office ends "1989", Baker's begins 1989-01-25). The dated
  successor holds it from his first day; before it the predecessor alone, and on a day the
  successor's start does not precede ("1989", "1989-01") both, reported.
- `import F -o OUT --actors-out -` with standard output full: exit 2, but OUT was written and
  the actor records lost. Now all or nothing: OUT is not written when the actors cannot be.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import IO, TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ktimeline.importing.enrichment import Findings

# --- an office ending in a year alone and its successor dated by days ------------------------

SECRETARY = "U.S. Secretary of State met Korean leaders in Seoul."


@pytest.mark.parametrize(
    ("text", "day", "holder"),
    [
        (SECRETARY, "1989-06-01", "James Baker"),  # Shultz to "1989", Baker from 1989-01-25
        (SECRETARY, "1989-03", "James Baker"),
        ("The South Korean Prime Minister visited Tokyo.", "2015-09-01", "Hwang Kyo-ahn"),
        ("South Korean Defense Minister met his counterpart.", "2017-08-01", "Song Young-moo"),
        ("Japanese Foreign Minister arrived in Seoul.", "2005-11-15", "Taro Aso"),
        ("The Russian Foreign Minister arrived in Pyongyang.", "1998-10-01", "Igor Ivanov"),
    ],
)
def test_a_dated_successor_holds_the_office_in_his_predecessors_last_year(
    enrich: Callable[[str, str], Findings], text: str, day: str, holder: str
) -> None:
    found = enrich(text, day)
    assert holder in found.actors
    assert not found.unresolved


def test_before_the_successors_first_day_the_predecessor_holds_it(  # (guard)
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "George Shultz" in enrich(SECRETARY, "1989-01-10").actors


@pytest.mark.parametrize("day", ["1989", "1989-01"])
def test_a_day_the_successors_first_day_may_follow_leaves_both(  # (guard)
    enrich: Callable[[str, str], Findings], day: str
) -> None:
    found = enrich(SECRETARY, day)
    assert not {"George Shultz", "James Baker"} & set(found.actors)
    assert [u.reason for u in found.unresolved] == [
        f"ambiguous: James Baker or George Shultz on {day}"
    ]


# --- import -o F --actors-out -: the events and their actors, all or nothing -----------------

# one new actor ("The mayor Quentin Blorf": a title before a name no table holds; trust22's)
CHRONOLOGY = (
    "Sept. 1, 2019: The council met in Paris.\n"
    "Sept. 2, 2019: The mayor Quentin Blorf resigned.\n"  # (one line each)
)


def _import_to(
    stdout: int | IO[Any], tmp_path: Path, *more: str
) -> subprocess.CompletedProcess[bytes]:
    (tmp_path / "c.txt").write_text(CHRONOLOGY, "utf-8")
    return subprocess.run(
        [sys.executable, "-m", "ktimeline", "import", "c.txt", "-o", "ev.jsonl",
         "--actors-out", "-", *more],
        stdout=stdout, stderr=subprocess.PIPE, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_events_are_not_written_when_their_actors_cannot_go_to_standard_output(
    tmp_path: Path,
) -> None:
    with open("/dev/full", "w") as full:
        ran = _import_to(full, tmp_path)
    assert ran.stderr.decode().endswith(
        "ktimeline: error: cannot write output: No space left on device\n"
    )
    assert ran.returncode == 2
    assert sorted(os.listdir(tmp_path)) == ["c.txt"]  # no ev.jsonl naming actors nobody kept
    (tmp_path / "ev.jsonl").write_text("", "utf-8")
    with open("/dev/full", "w") as full:
        ran = _import_to(full, tmp_path, "--force")
    assert ran.returncode == 2
    assert (tmp_path / "ev.jsonl").read_text("utf-8") == ""  # the old file kept


def test_events_and_their_actors_still_both_go_out(tmp_path: Path) -> None:  # (guard)
    ran = _import_to(subprocess.PIPE, tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert b"Quentin Blorf" in ran.stdout
    assert len((tmp_path / "ev.jsonl").read_text("utf-8").splitlines()) == 2


def test_an_events_file_there_already_sends_no_actors(tmp_path: Path) -> None:  # (guard)
    (tmp_path / "ev.jsonl").write_text("", "utf-8")
    ran = _import_to(subprocess.PIPE, tmp_path)
    assert ran.returncode != 0
    assert ran.stdout == b""
