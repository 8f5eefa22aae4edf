"""Dated offices of namesakes, names read by their context (issue 23, kb20).

- The Kims of the North get the offices their sources date (Kim Yong Nam, Kim Yong Chol, Kim
  Yo Jong, Kim Kye Gwan; kb19 had to take them back out): an office is held in a year-only
  entry when it overlaps the year.
- A bare surname with several bearers in office that day means the one the document has named
  in full ("North Korean leader Kim Jong Un … his father, Kim Jong Il … Kim said" in 2018: Kim
  Jong Un, not a dated Kim it never named); two named ones stay unresolved and are reported.
- A name form another record owns is read by the entry's context set before it: the bare
  "Ministry of National Defense" is South Korea's, China's after "China"/"Chinese"; "Kumsusan
  Palace" is the mausoleum, the State Guesthouse after "talks" or "summit".

The tests of the offices' days, of the romanisations' records and of "Kim" alone staying the
leader are folded with kb19's into one parametrised test each in tests/test_kb21.py (since kb22: tests/test_kb22.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import (
    ContextReadings,
    KnownActor,
    context_readings,
    read_by_context,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

NORTHERN_KIMS = ("Kim Yong Nam", "Kim Yong Chol", "Kim Yo Jong", "Kim Kye Gwan")


@pytest.mark.parametrize(
    ("entries", "date", "actor"),
    [
        # kb19's lost cases: Kim Jong Un named in full, his father after, then "Kim" alone
        (("North Korean leader Kim Jong Un arrived in Beijing.", "The trip is Kim's first abroad since his father, Kim Jong Il, died in 2011.", "Kim said the issue of denuclearization can be resolved."), "2018", "Kim Jong Un"),
        (("North Korean leader Kim Jong Un arrived in Beijing.", "The trip is Kim's first abroad since his father, Kim Jong Il, died in 2011.", "Kim told his hosts that he chose China."), "2018-03-28", "Kim Jong Un"),
        (("Russian President Vladimir Putin and North Korean leader Kim Jong Un concluded their summit.", "The previous summit was in 2011, when Kim Jong Il met Dmitry Medvedev.", "The details of Kim's visit were kept secret."), "2019", "Kim Jong Un"),
        # with main's own dated Kims: of Kim Dae-jung and Kim Jong Il in office, the one named
        (("President Kim Dae-jung arrived in Pyongyang.", "The visit came six years after the death of Kim Il Sung.", "Kim said the summit opened a new era."), "2000", "Kim Dae-jung"),
        (("President Kim Dae-jung arrived in Pyongyang.", "The visit came six years after the death of Kim Il Sung.", "Kim said the summit opened a new era."), "2000-06-13", "Kim Dae-jung"),
        # the dated namesake the document names is the one meant
        (("Kim Yong Chol met Pompeo in New York.", "Kim said the talks went well."), "2018", "Kim Yong Chol"),
        (("Kim Yong Nam led the delegation to Pyeongchang.", "Kim met President Moon at the Blue House."), "2018", "Kim Yong Nam"),
        (("Kim Gye-gwan met Hill in Berlin.", "Vice Foreign Minister Kim said the talks were useful."), "2007", "Kim Kye Gwan"),
    ],
)  # fmt: skip
def test_a_bare_surname_is_the_bearer_in_office_the_document_named(
    enrich: Callable[[str, str], Findings], entries: tuple[str, ...], date: str, actor: str
) -> None:
    found = [enrich(entry, date) for entry in entries][-1]
    assert actor in found.actors
    assert not set(NORTHERN_KIMS) - {actor} & set(found.actors)


def test_two_named_bearers_in_office_leave_the_surname_unresolved_and_reported(
    enrich: Callable[[str, str], Findings],
) -> None:
    enrich("Kim Yong Chol and Kim Yo Jong met Pompeo in New York.", "2019")
    found = enrich("Kim said the talks went well.", "2019")
    assert not {"Kim Yong Chol", "Kim Yo Jong", "Kim Jong Un"} & set(found.actors)
    assert any(
        u.text == "Kim" and "Kim Yo Jong" in u.reason and "Kim Yong Chol" in u.reason
        for u in found.unresolved
    )


@pytest.mark.parametrize(
    ("entry", "actor", "not_actor"),
    [
        ("A spokesperson for China's military said the Ministry of National Defense would respond.", "Chinese Ministry of National Defense", "South Korean Defense Ministry"),
        ("Beijing protested, and the Ministry of National Defense called the drills provocative.", "Chinese Ministry of National Defense", "South Korean Defense Ministry"),
        ("The Ministry of National Defense said the shells fell near the NLL.", "South Korean Defense Ministry", "Chinese Ministry of National Defense"),
        ("The Ministry of National Defense said Chinese aircraft entered the zone.", "South Korean Defense Ministry", "Chinese Ministry of National Defense"),
        ("Chinese jets flew near Jeju, South Korea's Ministry of National Defense said.", "South Korean Defense Ministry", "Chinese Ministry of National Defense"),
        ("Chinese jets flew near Jeju; in Seoul the Ministry of National Defense protested.", "South Korean Defense Ministry", "Chinese Ministry of National Defense"),
    ],
)  # fmt: skip
def test_the_bare_ministry_of_national_defense_is_read_by_the_context_before_it(
    enrich: Callable[[str, str], Findings], entry: str, actor: str, not_actor: str
) -> None:
    actors = enrich(entry, "2016-02-25").actors
    assert actor in actors
    assert not_actor not in actors


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("Putin announced the agreement following a summit with Kim Jong Un at the Kumsusan Palace in Pyongyang.", "Kumsusan State Guesthouse"),
        ("The two leaders held talks at the Kumsusan Palace.", "Kumsusan State Guesthouse"),
        ("Kim Jong Un visited the Kumsusan Palace to pay tribute to his grandfather.", "Kumsusan Palace of the Sun"),
        ("After the summit, Kim paid tribute at the mausoleum, the Kumsusan Palace.", "Kumsusan Palace of the Sun"),
        ("Officials gathered at the Kumsusan Palace on the anniversary.", "Kumsusan Palace of the Sun"),
    ],
)  # fmt: skip
def test_kumsusan_palace_is_read_by_the_context_before_it(
    enrich: Callable[[str, str], Findings], entry: str, place: str
) -> None:
    found = enrich(entry, "2024-06-19")
    assert found.places.count(place) == 1
    assert not {"Kumsusan State Guesthouse", "Kumsusan Palace of the Sun"} - {place} & set(
        found.places
    )


def test_read_by_context_takes_the_nearest_cue_before_the_form_and_else_the_owner() -> None:
    def actor(name: str, forms: tuple[str, ...], cues: tuple[str, ...]) -> KnownActor:
        return KnownActor(
            name, "organization", ("https://example.org/",), context_forms=forms, context_cues=cues
        )

    readings = context_readings(
        [
            actor("A ministry", (), ("Alpha",)),
            actor("B ministry", ("the Ministry",), ("Beta",)),
            actor("C ministry", ("the Ministry",), ("Gamma",)),
        ]
    )
    text = "Alpha and Beta met; Gamma said the Ministry agreed. Beta too."
    at = text.index("the Ministry")
    assert read_by_context(readings, "A ministry", "the  ministry", text, at) == "C ministry"
    assert read_by_context(readings, "A ministry", "the Ministry", "the Ministry. Beta", 0) == (
        "A ministry"
    )
    assert read_by_context(readings, "A ministry", "a form nobody shares", text, at) == "A ministry"
    assert read_by_context(ContextReadings(), "A ministry", "the Ministry", text, at) == (
        "A ministry"
    )
    betas = "Betamax said the Ministry agreed."  # (a cue is a whole word)
    assert read_by_context(readings, "A ministry", "the Ministry", betas, 15) == "A ministry"


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        ("Kishida Fumio met Yoon Suk Yeol in Seoul.", "2023-05-07", "Fumio Kishida"),
        ("Koizumi Jun'ichirō met Kim Jong Il in Pyongyang.", "2002-09-17", "Junichiro Koizumi"),
        ("Vice Premier Teng Hsiao-ping met Carter.", "1979-01-29", "Deng Xiaoping"),
    ],
)  # fmt: skip
def test_a_romanisation_of_the_sources_finds_the_person(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors
