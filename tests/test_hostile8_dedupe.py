"""--dedupe says what it hid, and why, for every event (hostile review 8).

Before: a happening is every event linked to any of its events, so ``range 2019-11-22
--dedupe`` with the headlines added hid the bundled narrative's "Seoul agreed at the last hour
to postpone cancellation" under the chronology's "South Korea backs away from scrapping …" —
two events of one source, never compared with each other — with the reason "same happening"
(nothing to check it by), and stderr said "stands for 6 events of other sources". In the
real library of the README, 12 events were so hidden under an event of their own source.
Now such an event's reason names the links that join it to the standing event, and the note
counts it apart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.test_library_happenings import headlines  # noqa: F401 (the fixture)


def test_an_event_of_the_same_source_is_said_to_be_linked_through_another(
    run: Any,
    headlines: Path,  # noqa: F811
) -> None:
    result = run("range", "2019-11-22", "--dedupe", "-f", "json")
    assert result.exit_code == 0, result
    (row,) = json.loads(result.stdout)
    assert row["id"] == "2019-11-22-south-korea-keeps-gsomia"
    group = {entry["id"] for entry in row["reported_by"]}
    own = [entry for entry in row["reported_by"] if entry["source"] == row["source"]["title"]]
    assert [entry["id"] for entry in own] == ["2019-11-22-seoul-postpones-gsomia-cancellation"]
    reason = own[0]["reason"]
    assert reason.startswith("through 2019-11-22-") and "words in common" in reason
    assert reason.split(":")[0].removeprefix("through ") in group  # a headline of the group
    others = [entry for entry in row["reported_by"] if entry not in own]
    assert all(not entry["reason"].startswith("through") for entry in others)
    assert ("1 event also stands for 6 events reporting the same happening (1 of the same "
            "source, linked through another source's report)") in result.stderr  # fmt: skip


def test_the_note_says_other_sources_when_they_all_are(run: Any, headlines: Path) -> None:  # noqa: F811
    result = run("range", "2019-12-07", "2019-12-08", "--dedupe", "-f", "plain")
    assert result.exit_code == 0, result
    assert "of other sources reporting the same happening" in result.stderr
    assert "of the same source" not in result.stderr
