"""A state acts through its forces: an imported event whose actors include an armed force
also has the state (or body) it serves, so that asking for the state finds what its forces
did (the enrichment corpus's annotation rule 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ktimeline.importing.events import forces_with_their_states, parse_chronology
from ktimeline.loader import load_vocabulary
from ktimeline.model import Actor

TEXT = (
    "June 25, 1950: North Korean forces cross the 38th parallel.\n"
    "July 5, 1950: U.S. troops see first combat action near Osan.\n"
    "Sept. 28, 1950: U.N. forces recapture Seoul.\n"
)


def test_an_imported_force_comes_with_the_state_it_serves() -> None:
    events = parse_chronology(TEXT, load_vocabulary()).events
    assert [event.actors for event in events] == [
        ("Korean People's Army", "North Korea"),
        ("United States Armed Forces", "United States"),
        ("UN Command", "United Nations"),
    ]


def test_asking_for_the_state_finds_what_its_forces_did(run: Any, tmp_path: Path) -> None:
    text = tmp_path / "war.txt"
    text.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "war.jsonl"
    assert run("import", str(text), "--out", str(out)).exit_code == 0
    for actor, words in [("North Korea", "38th parallel"), ("Korean People's Army", "38th"),
                         ("United States", "Osan"), ("United Nations", "Seoul")]:  # fmt: skip
        result = run("range", "1950", "--data", str(out), "-a", actor, "-f", "plain")
        assert result.exit_code == 0 and words in result.stdout, (actor, result)


def test_a_state_named_already_is_not_repeated_and_other_actors_keep_their_order() -> None:
    records = {
        "North Korea": Actor("North Korea", "state", None, None, ()),
        "Korean People's Army": Actor("Korean People's Army", "military", "North Korea", None, ()),
        "Kim Il Sung": Actor("Kim Il Sung", "person", "North Korea", None, ()),
    }
    assert forces_with_their_states(["North Korea", "Korean People's Army"], records) == (
        "North Korea",
        "Korean People's Army",
    )
    assert forces_with_their_states(["Kim Il Sung", "Korean People's Army"], records) == (
        "Kim Il Sung",
        "Korean People's Army",
        "North Korea",
    )  # (a person's affiliation is no part of the event: only a force's)
    assert forces_with_their_states(["Kim Il Sung"], records) == ("Kim Il Sung",)
