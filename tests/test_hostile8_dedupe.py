"""--dedupe says what it hid, and why, for every event (hostile review 8).

Before: a happening is every event linked to any of its events, so ``range 2019-11-22
--dedupe`` with the headlines added hid the bundled narrative's "Seoul agreed at the last hour
to postpone cancellation" under the chronology's "South Korea backs away from scrapping …" —
two events of one source, never compared with each other — with the reason "same happening"
(nothing to check it by), and stderr said "stands for 6 events of other sources". In the
real library of the README, 12 events were so hidden under an event of their own source.
Such an event is now never hidden (the lead's decision: tests/test_tidy8_dedupe.py); an
event of another source joined only through a chain of links has a reason that names it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.test_library_happenings import headlines  # noqa: F401 (the fixture)


def test_the_note_says_other_sources_when_they_all_are(run: Any, headlines: Path) -> None:  # noqa: F811
    result = run("range", "2019-12-07", "2019-12-08", "--dedupe", "-f", "plain")
    assert result.exit_code == 0, result
    assert "of other sources reporting the same happening" in result.stderr
    assert "of the same source" not in result.stderr
