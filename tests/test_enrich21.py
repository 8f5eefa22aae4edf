"""Unit tests of the rules of round enrich21 (issue 23, statements: the misses of the part
held-out-21). All on invented sentences of other subjects, people and years; each rule's cases
fail on the code before the round, the guards (left unattributed, or as before) pass on both."""

from __future__ import annotations

from functools import partial

import pytest

from tests.enrich_support import enrich_in_order, speakers
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2022-05-10")
_who = partial(speakers, date="2022-05-10")


# --- “…’’: two closing single marks typed for a closing double one -------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "According to Olaf Scholz, who spoke after the vote, “the coalition will hold until "
            "the budget passes.’’",
            "Olaf Scholz",
        ),
        ("“We will rebuild every bridge,’’ Volodymyr Zelensky said in Kyiv.", "Volodymyr Zelensky"),
        ("Emmanuel Macron called the strike “a crime against civilians.’’", "Emmanuel Macron"),
    ],
)
def test_two_closing_single_marks_close_a_double_one(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == [speaker]


def test_two_closing_single_marks_with_nobody_named_stay_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "“I volunteered; the others were ordered,’’ he recalled later.")
    assert _said(found) == []
    assert found.unattributed == ["I volunteered; the others were ordered,"]


def test_a_single_quotation_closed_by_two_marks_is_still_one_quotation(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "Emmanuel Macron called the plan ‘reckless’’ and left the room.")
    assert _said(found) == [("Emmanuel Macron", "reckless")]


# --- the long name of a document, opening with its kind, is no statement -------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Olaf Scholz and Emmanuel Macron reaffirmed their countries' ties, as they mark the 60th "
        "anniversary of the “Treaty of Friendship between the French Republic and the Federal "
        "Republic of Germany (the so-called Elysee Treaty)” this year.",
        "Volodymyr Zelensky welcomed the “Joint Declaration on Support for Ukraine towards a "
        "Lasting Peace in Europe” adopted in Vilnius.",
    ],
)
def test_a_documents_long_name_is_no_statement(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert _said(found) == [] and found.unattributed == []


def test_words_said_about_a_treaty_are_still_a_statement(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "Olaf Scholz said: “The treaty between our two countries will outlive us all.”"
    assert _who(vocabulary, entry) == ["Olaf Scholz"]


# --- "“….” Foreign Ministry spokeswoman X said": a spokesman's title before the name -------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            '"We urge all sides to exercise restraint." Foreign Ministry spokesman Wang Wenbin '
            "said in a statement posted on the ministry's website.",
            "Wang Wenbin",
        ),
        (
            "“The talks will resume next week.” Kremlin spokesman Dmitry Peskov told reporters.",
            "Dmitry Peskov",
        ),
    ],
)
def test_a_spokesmans_title_after_a_stop(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == [speaker]


def test_a_spokesmans_title_with_no_name_after_a_full_stop_is_nobodys(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "“The talks will resume next week.” A ministry spokesman said.")
    assert _said(found) == []


# --- "…,” said a spokesman for the X foreign ministry": a name begun in the first words -----------


@pytest.mark.parametrize(
    "entry",
    [
        '"We reject the report outright," said an unnamed spokesman for North Korea\'s foreign '
        "ministry in a statement carried by the state news agency.",
        "“We reject the report outright,” said a senior spokesman for the DPRK foreign ministry.",
    ],
)
def test_a_body_named_across_the_first_words_after_said(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == ["North Korean Foreign Ministry"]


def test_an_unnamed_spokesman_of_no_body_stays_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "“We reject the report outright,” said an unnamed spokesman for the ministry."
    )
    assert _said(found) == []
    assert found.unattributed == ["We reject the report outright,"]
