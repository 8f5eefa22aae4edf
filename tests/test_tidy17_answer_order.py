"""The order of what a question says on stderr, now that ``answer`` (cli/app.py) says it in one
place: the notes of the names read as others first, then the command's own line (search's
related events left out), then what is said once the rows are known (--dedupe's count, the
"no events" line with its hint). tidy17 moved the notes out of each command into ``answer``;
these cases pass on main too (a refactor's guards), and fail if the notes move after the
other lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.test_library_happenings import headlines  # noqa: F401 (the fixture)

NOTE = "ktimeline: note: "


def lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line]


def test_the_notes_come_before_the_related_events_left_out(run: Any) -> None:
    said = lines(run("search", "diplomacy", "--actor", "Donald Trmp", "-f", "plain").stderr)
    assert said[0] == f"{NOTE}--actor 'Donald Trmp' read as Donald Trump (as a likely typo)"
    assert said[1].endswith("--related lists them") and " left out (via " in said[1], said
    assert len(said) == 2, said


def test_the_notes_come_before_a_hint_that_asks_the_data_again(run: Any) -> None:
    result = run("search", "GSOMIA", "--from", "2019-11", "--actor", "Moon Jae-n", "-f", "plain")
    said = lines(result.stderr)
    assert result.exit_code == 1, result
    assert said[0].startswith(f"{NOTE}--actor 'Moon Jae-n' read as Moon Jae-in"), said
    assert said[1].startswith("no events match 'GSOMIA' from 2019-11 for actor Moon Jae-n; "), said
    assert said[1].endswith(" match 'GSOMIA' without these filters"), said


def test_quotes_and_stats_say_their_notes_first(run: Any) -> None:
    quoted = lines(run("quotes", "Kim", "--place", "Pyongyan", "-f", "plain").stderr)
    assert quoted == [
        f"{NOTE}--place 'Pyongyan' read as Pyongyang (as a prefix)",
        "no statements match 'Kim' for place Pyongyan",
    ]
    page = run("stats", "--actor", "Donald Trmp", "-f", "html")
    assert page.exit_code == 0 and "<html" in page.stdout.lower(), page
    assert lines(page.stderr)[0].startswith(f"{NOTE}--actor 'Donald Trmp' read as Donald Trump")


def test_dedupe_says_its_count_after_the_notes(run: Any, headlines: Path) -> None:  # noqa: F811
    result = run("range", "2019-11-22", "--dedupe", "--tag", "gsomi", "-f", "plain")
    said = lines(result.stderr)
    assert result.exit_code == 0, result
    assert said[0].startswith(f"{NOTE}--tag 'gsomi' read as gsomia"), said
    assert said[1].startswith("--dedupe: 1 event also stands for "), said
