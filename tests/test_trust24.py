"""trust24: hostile25's leftovers. The importer kept the user's text verbatim except for the
zero-width joiners and the emoji selector, which it took out of every line; and names read where
the text names no one ("トランプ", playing cards, in 1975; "東京電力", a firm, as Tokyo). Each
case is written for the test (no page's words), with the guards that keep the older readings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.enrich_support import enrich_in_order
from tests.import_support import read_entries

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.vocabulary import Vocabulary

ZWNJ, ZWJ, SELECTOR = "\u200c", "\u200d", "\ufe0f"
WANT = f"می{ZWNJ}خواهند"  # Persian "they want": the non-joiner is its spelling
FAMILY = f"👨{ZWJ}👩{ZWJ}👧"  # one family emoji, not three persons
RAINBOW_FLAG = f"🏳{SELECTOR}{ZWJ}🌈"
HINDI = f"क्{ZWNJ}ष"  # (a virama, then the non-joiner: the half form kept apart)

# --- the joiners are the text's spelling (furniture.normalise) -----------------------------------


def test_joiners_inside_words_and_emoji_stay_in_the_entry_s_text() -> None:
    text = (
        f"1979-02-11: مردم {WANT} آزادی.\n"
        f"1980-05-01: A family {FAMILY} under the {RAINBOW_FLAG} and a ❤{SELECTOR}.\n"
        f"1981-06-02: {HINDI} लिखा गया।\n"
    )
    assert read_entries(text) == [
        ("1979-02-11", None, f"مردم {WANT} آزادی."),
        ("1980-05-01", None, f"A family {FAMILY} under the {RAINBOW_FLAG} and a ❤{SELECTOR}."),
        ("1981-06-02", None, f"{HINDI} लिखा गया।"),
    ]


def test_the_joiners_stay_in_the_imported_events(tmp_path: Path) -> None:
    from ktimeline.api import import_chronology

    source = tmp_path / "joined.txt"
    source.write_text(f"1979 – مردم {WANT}.\n1980 – A family {FAMILY}.\n", "utf-8")
    outcome = import_chronology(source, dry_run=True)
    texts = [event.text for event in outcome.result.events]
    assert any(WANT in text for text in texts), texts
    assert any(FAMILY in text for text in texts), texts


def test_joiners_outside_a_word_still_hide_no_date() -> None:
    # guard (the reason they were taken out): about a date, before a bullet's space or after a
    # bullet, they are furniture and go
    text = (
        f"{ZWJ}Oct. 5, 2019:{ZWNJ} Talks in Stockholm.\n"
        f"▪{SELECTOR} June 25, 1950: North Korea invades.\n"
        f"25{ZWNJ} June 1951: Talks begin.\n"
    )
    assert read_entries(text) == [
        ("2019-10-05", None, "Talks in Stockholm."),
        ("1950-06-25", None, "North Korea invades."),
        ("1951-06-25", None, "Talks begin."),
    ]


# --- names that are no names (importing/enrichment/unspaced.py) ---------------------------------


def _actors_and_places(vocabulary: Vocabulary, entry: str, date: str) -> tuple[list[str], ...]:
    found = enrich_in_order(vocabulary, entry, date=date)
    return list(found.actors), list(found.places)


def test_a_surname_alone_before_its_bearer_s_time_names_no_one(vocabulary: Vocabulary) -> None:
    # "a playing-card game was in fashion" (1975): トランプ is cards, decades before Donald
    # Trump's first office (2017); likewise the Korean 트럼프 (cards too)
    assert _actors_and_places(vocabulary, "トランプ遊びが流行した。", "1975-03-01")[0] == []
    assert _actors_and_places(vocabulary, "트럼프 놀이가 유행했다.", "1975-03-01")[0] == []
    # guards: the surname near his time, and the full name in any year
    assert (
        "Donald Trump" in _actors_and_places(vocabulary, "トランプ氏が出馬した。", "2015-06-16")[0]
    )
    assert (
        "Donald Trump"
        in _actors_and_places(vocabulary, "ドナルド・トランプが本を出した。", "1987-11-01")[0]
    )


def test_a_place_joined_to_a_firm_s_word_is_the_firm(vocabulary: Vocabulary) -> None:
    # "TEPCO announced"; "the Bank of Tokyo merged": firms named after Tokyo, not the place
    assert _actors_and_places(vocabulary, "東京電力が発表した。", "2011-03-12")[1] == []
    assert _actors_and_places(vocabulary, "東京銀行が合併した。", "1996-04-01")[1] == []
    # guards: the place itself, and a press conference held in Tokyo (the word not joined)
    assert _actors_and_places(vocabulary, "東京で電力不足が続いた。", "2011-03-20")[1] == ["Tokyo"]
    assert _actors_and_places(vocabulary, "东京举行新闻发布会。", "2011-03-20")[1] == ["Tokyo"]
