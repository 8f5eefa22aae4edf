"""--dedupe never hides an event under an event of its own source (the lead's decision on
hostile review 8, finding 5).

A happening is every event linked to any of its events, so with the headlines added
``range 2019-11-22 --dedupe`` hid the bundled narrative's "Seoul agreed at the last hour to
postpone cancellation" under the bundled chronology's "South Korea backs away from scrapping
…": one source, never compared with itself, joined through a headline. Dedupe is about one
happening reported by different sources; two entries of one author are two entries.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.test_library_happenings import headlines  # noqa: F401 (the fixture)

from .conftest import jsonl_records

KEPT = "2019-11-22-south-korea-keeps-gsomia"
SAME_SOURCE = "2019-11-22-seoul-postpones-gsomia-cancellation"


def test_an_event_of_the_standing_events_source_stays_listed(
    run: Any,
    headlines: Path,  # noqa: F811
) -> None:
    listing = run("range", "2019-11-22", "-f", "jsonl").stdout
    every = jsonl_records(listing)
    result = run("range", "2019-11-22", "--dedupe", "-f", "json")
    assert result.exit_code == 0, result
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == [KEPT, SAME_SOURCE]  # in the order given
    for row in rows:  # none stands for an event of its own source
        assert all(
            entry["source"] != row["source"]["title"] for entry in row.get("reported_by", [])
        )
    assert "reported_by" not in rows[1]
    named = {row["id"] for row in rows} | {
        e["id"] for row in rows for e in row.get("reported_by", [])
    }
    assert named == {record["id"] for record in every}  # nothing lost: each listed or named
    hidden = len(rows[0].get("reported_by", []))
    assert hidden == len(every) - 2 > 0
    assert (f"--dedupe: 1 event also stands for {hidden} events of other sources reporting "
            "the same happening (-f json: reported_by)") in result.stderr  # fmt: skip


def test_no_listing_hides_an_event_of_its_own_source(run: Any, headlines: Path) -> None:  # noqa: F811
    result = run("range", "--dedupe", "-f", "json")
    assert result.exit_code == 0, result
    rows = json.loads(result.stdout)
    assert any(row.get("reported_by", []) for row in rows)
    labels = {row["id"]: row["source"]["title"] for row in rows}
    for row in rows:
        assert all(entry["source"] != labels[row["id"]] for entry in row.get("reported_by", [])), (
            row["id"]
        )
    every = run("range", "-f", "jsonl").stdout.splitlines()
    assert len(rows) + sum(len(row.get("reported_by", [])) for row in rows) == len(every)
