"""Unit tests of round enrich23 (issue 23, the misses of held-out-22): an entry written in
capitals throughout, as a cable or a telex is, coins no new name from its capitals ("PRESIDENT
PARK AFTERNOON", "SECRETARY TO HIM CONTAINED REF" were new people), while the known names in
it are still found, and an entry in ordinary case (or with only a heading in capitals) still
coins its new names. All on invented entries of other subjects (a shipping line, a league, a
court, a mining firm)."""

from __future__ import annotations

from functools import partial

import pytest

from ktimeline.importing.enrichment.writing import _in_capitals_throughout
from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import enrich_in_order

_enrich = partial(enrich_in_order, date="1979-04-02")


@pytest.mark.parametrize(
    "entry",
    [
        # a shipping line's telex: "CHAIRMAN HALVORSEN MORNING" is no one
        "MET WITH CHAIRMAN HALVORSEN MORNING APRIL 2 TO CONVEY OFFER FROM DIRECTOR TO HIM "
        "CONTAINED REF C.",
        # a league's cable: "COMMISSIONER FOR REVIEW" is no body
        "OWNERS GAVE FULLEST SUPPORT TO COMMISSIONER BRANDT FOR REVIEW AND REFORM OF "
        "PLAYOFF FORMAT IN WESTERN CONFERENCE.",
        # a court's telegram: "JUSTICE MORROW'S OPINION" and "FILINGS OF" are no one
        "I SUMMARIZED FOR HIM CONTENTS OF CHIEF JUSTICE MORROW'S OPINION WITH COUNSEL "
        "VANCE (REF D). I ALSO GAVE HIM GIST OF CLERK FILINGS OF MARCH 30.",
    ],
)
def test_no_new_name_is_coined_from_a_text_in_capitals(vocabulary: Vocabulary, entry: str) -> None:
    found = _enrich(vocabulary, entry)
    assert found.new_actors == []


def test_known_names_of_a_text_in_capitals_are_still_found(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "AMBASSADOR REPORTED THAT SOVIET UNION AND JAPAN HAD BOTH PROTESTED THE FISHING "
        "ZONE DECISION.",
    )
    assert found.new_actors == []
    assert {"Soviet Union", "Japan"} <= set(found.actors)


@pytest.mark.parametrize(
    ("entry", "new"),
    [
        # ordinary case: a new person speaks, as before
        (
            "“The mine will reopen in May,” said Harald Brenneke, chief executive of the firm.",
            "Harald Brenneke",
        ),
        # a heading in capitals before a sentence in ordinary case: still read as a name
        (
            "HARALD BRENNEKE, chief executive of the firm, said the mine would reopen in May.",
            "Harald Brenneke",
        ),
    ],
)
def test_new_names_outside_texts_in_capitals_are_still_coined(
    vocabulary: Vocabulary, entry: str, new: str
) -> None:
    found = _enrich(vocabulary, entry)
    assert new in found.new_actors


@pytest.mark.parametrize(
    ("text", "throughout"),
    [
        ("PARK SUGGESTED, THEREFORE, WE SHOULD THINK OF IT.", True),
        ("I MET WITH THE MINISTER AFTERNOON APRIL 2.", True),
        ("NATO AND EU", False),  # three words: too few to tell
        ("HARALD BRENNEKE, chief executive, said so.", False),
        ("The IOC and the UN met.", False),
    ],
)
def test_what_is_in_capitals_throughout(text: str, throughout: bool) -> None:
    assert _in_capitals_throughout(text) is throughout


# --- "X, <an aside naming Y>, said “…”": X's words, not Y's ---------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "Japan, a close ally of the United States, said the test was “a grave provocation” "
            "and called for talks.",
            "Japan",
        ),
        (
            "The European Union, long a critic of China, said the subsidies were “a distortion "
            "of the market” on Friday.",
            "European Union",
        ),
        (
            "Mexico, technically still at odds with Canada over tariffs, said the ruling was "
            "“a step backwards” and urged Ottawa to reconsider.",
            "Mexico",
        ),
        # guards: a name before a comma that opens no aside stays out ("In talks with Brazil,")
        ("In talks with Brazil, Argentina said the proposal was “a fair start” on Friday.",
         "Argentina"),
    ],
)  # fmt: skip
def test_a_state_or_body_before_an_aside_is_the_speaker(
    vocabulary: Vocabulary, entry: str, speaker: str
) -> None:
    found = _enrich(vocabulary, entry)
    assert [s.speaker for s in found.statements] == [speaker]
