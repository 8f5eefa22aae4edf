"""The knowledge base's spellings, aliases by context and dated offices (issue 23, kb19).

- Spellings the texts use that the base lacked, each from a source that writes it: Kim Seong-su
  ("Kim Songsoo", "Kim Sung-soo"), Chun Yung-woo ("Chun Young-woo"; "Chun Yung Woo" is the same
  form without its hyphen, which the enrichment reads), Alexander Alexeyev ("Alexejev",
  "Alekseyev").
- Names that decided against the reader by their context: China's Ministry of National Defense
  was South Korea's ministry (its form "Ministry of National Defense" was the only one the base
  had); the Kumsusan State Guesthouse, where Putin and Kim Jong Un talked in June 2024, was no
  place of the base ("Kumsusan state residence" in AFP's words).
- The Kims of the North (Kim Yong Nam, Kim Yong Chol, Kim Yo Jong, Kim Kye Gwan) stay without
  dated offices: dated from their sources, each alone made "Kim" of the year-dated entries of
  2007-2019 unresolved (seven corpus actors and three statements of Kim Jong Un and Kim Jong Il
  lost), which the enrichment's rule of the bare surname would have to weigh first (note kb19).
  "Kim" alone stays the leader (tested, a year-dated entry among them).
  (kb20 dated them since, with the rule that a bare surname with several bearers in office is
  the one the document named in full: tests/test_kb20.py; kb21 kept their offices from
  a surname alone: tests/test_kb21.py.)
- Offices widened: Zhu Rongji, First Vice Premier and Premier of China.

The tests of the spellings' records, of the offices' days and of "Kim" alone staying the
leader are folded with kb20's into one parametrised test each in tests/test_kb21.py (since kb22: tests/test_kb22.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        ("The Han'guk Democratic Party headed by Kim Songsoo won few seats.", "1948-05-10", "Kim Seong-su"),
        ("Kim Sung-soo founded the Dong-A Ilbo.", "1920-04-01", "Kim Seong-su"),
        ("Vice President Kim resigned in protest against Rhee.", "1952-05-29", "Kim Seong-su"),
        ("ROK chief delegate Chun Yung Woo met Hill in Beijing.", "2007-03-01", "Chun Yung-woo"),
        ("Chun Young-woo met his Russian counterpart in Seoul.", "2006-10-15", "Chun Yung-woo"),
        ("The acting Russian Foreign Minister Alexander Alexejev told journalists in Seoul.", "2006-10-15", "Alexander Alexeyev"),
        ("Deputy Foreign Minister Alexander Alekseyev led the Russian delegation.", "2005-07-25", "Alexander Alexeyev"),
    ],
)  # fmt: skip
def test_a_spelling_of_the_sources_finds_the_person(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors


@pytest.mark.parametrize(
    "entry",
    [
        "China's Ministry of National Defense said the drills were routine.",
        "The Chinese Defense Ministry denied the report.",
        "A spokesman for China's defense ministry said the patrol was lawful.",
    ],
)
def test_chinas_ministry_of_national_defense_is_chinas(
    enrich: Callable[[str, str], Findings], entry: str
) -> None:
    actors = enrich(entry, "2017-07-01").actors
    assert "Chinese Ministry of National Defense" in actors
    assert "South Korean Defense Ministry" not in actors


def test_south_koreas_ministry_of_national_defense_stays_south_koreas(
    enrich: Callable[[str, str], Findings],
) -> None:
    """The bare form stays the South Korean ministry's, as the base had it: which ministry a
    text means without a state's word is read from the document, which the base cannot."""
    found = enrich(
        "The Ministry of National Defense said the shells fell near the NLL.", "2024-01-05"
    )
    assert "South Korean Defense Ministry" in found.actors
    assert "Chinese Ministry of National Defense" not in found.actors


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("Putin shook hands with Kim after talks at Kumsusan state residence in Pyongyang.", "Kumsusan State Guesthouse"),
        ("The two leaders talked in the garden of the Kumsusan State Guesthouse.", "Kumsusan State Guesthouse"),
        ("The two leaders had a friendly chat after arriving at the Kumsusan State Guest House.", "Kumsusan State Guesthouse"),
        ("Kim Jong Un visited the Kumsusan Palace of the Sun on the anniversary.", "Kumsusan Palace of the Sun"),
    ],
)  # fmt: skip
def test_the_kumsusan_sites_are_places_and_no_actors(
    enrich: Callable[[str, str], Findings], entry: str, place: str
) -> None:
    found = enrich(entry, "2024-06-19")
    assert place in found.places
    assert not [actor for actor in found.actors if "Kumsusan" in actor]


@pytest.mark.parametrize(
    ("entries", "date", "actor"),
    [
        (("Kim Gye-gwan met Hill in Berlin.", "Vice Foreign Minister Kim said the talks were useful."), "2007-01-18", "Kim Kye Gwan"),
        (("Kim Yo Jong issued a statement on the leaflets.", "Kim said the office would collapse."), "2020-06-13", "Kim Yo Jong"),
        (("Premier Zhu received the delegation in Beijing.",), "1999-05-01", "Zhu Rongji"),
    ],
)  # fmt: skip
def test_a_title_or_the_document_names_the_person(
    enrich: Callable[[str, str], Findings], entries: tuple[str, ...], date: str, actor: str
) -> None:
    found = [enrich(entry, date) for entry in entries][-1]
    assert actor in found.actors
