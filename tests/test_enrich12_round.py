"""Actors and places on import (issue 23, round actors12): the rules of this round, each on
sentences written for it here, with the cases it must leave alone (precision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings


# --- a surname goes to the bearer the entry or the document names ------------------------


def test_a_surname_is_the_new_person_of_the_same_entry_not_the_leader(
    enrich: Callable[[str, str], Findings],
) -> None:
    # hostile-s5 finding 1: "Kim" beside a new Korean name was Kim Jong Un
    found = enrich(
        "Kim Chol Nam leaves the talks; Kim said the US came empty-handed.", "2019-10-05"
    )
    assert "Kim Chol Nam" in found.actors
    assert "Kim Jong Un" not in found.actors


def test_a_surname_beside_a_new_name_and_the_leader_named_in_full_is_left_alone(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Kim Chol Nam met Kim Jong Un in Pyongyang.", "2019-10-05")
    assert sorted(found.actors) == ["Kim Chol Nam", "Kim Jong Un"]


def test_a_bare_surname_after_two_bearers_named_just_before_is_reported(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Kim Yong Chol and Kim Chol Nam warn the United States.", "2019-10-03")
    found = enrich("Kim said the US would regret it.", "2019-12-09")
    assert found.actors == ["United States"]  # neither of the two, nor the head of state
    assert [u.text for u in found.unresolved] == ["Kim"]
    assert "ambiguous" in found.unresolved[0].reason


def test_a_bare_surname_goes_to_the_bearer_named_last_and_alone(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Kim Yong Chol warns the United States.", "2019-10-03")
    enrich("Kim Chol Nam leaves the talks.", "2019-10-05")
    found = enrich("Kim said the US would regret it.", "2019-10-06")
    assert "Kim Chol Nam" in found.actors  # the document's last bearer, just named
    assert "Kim Yong Chol" not in found.actors and "Kim Jong Un" not in found.actors


def test_a_bare_surname_with_no_bearer_named_is_still_the_head_of_state(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "Kim Jong Un" in enrich("Kim said the US would regret it.", "2019-12-09").actors


def test_kim_myong_gil_is_known_under_his_name_forms(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Kim Myong-gil said the talks broke down in Stockholm.", "2019-10-05")
    assert found.actors == ["Kim Myong Gil"]
    assert found.new_actors == []
