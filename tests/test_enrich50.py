"""Unit tests of round enrich50 (issue 23, the misses of the blind part held-out-34, seen since):
the knowledge base's states, capitals, leaders and main bodies by their names in Hangul, in
Chinese and Japanese characters and in Cyrillic (data/knowledge/*.cjk-cyrillic.jsonl, a file of
further forms beside each main file), found where they stand as names of their own: a Korean
form with its particle joined ("북한은"), a Chinese or Japanese form among characters written
without spaces, the longest form at each place (the Sea of Japan, not Japan in it), named events
read as no actor ("朝鲜战争"), and Cyrillic forms in the cases their sources give. Each on
invented entries, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec
import pytest

from ktimeline.importing.enrichment.unspaced import UnspacedNames, unspaced
from ktimeline.importing.knowledge import (
    KnowledgeError,
    KnownActor,
    knowledge,
    with_further_forms,
)
from tests.enrich_support import enrich_in_order

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def _actors(vocabulary: Vocabulary, entry: str, date: str = "2019-06-01") -> list[str]:
    return list(enrich_in_order(vocabulary, entry, date=date).actors)


def _places(vocabulary: Vocabulary, entry: str, date: str = "2019-06-01") -> list[str]:
    return list(enrich_in_order(vocabulary, entry, date=date).places)


# --- the file of further forms ----------------------------------------------------------------


def test_the_further_forms_join_their_records() -> None:
    base = knowledge()
    assert "북한" in base.actors["North Korea"].aliases
    assert "朝鲜" in base.actors["North Korea"].aliases
    assert "КНДР" in base.actors["North Korea"].aliases
    assert "DPRK" in base.actors["North Korea"].aliases  # (the main file's forms stay)
    assert "平壌" in base.places["Pyongyang"].aliases


def test_a_further_record_of_a_name_the_base_lacks_is_an_error() -> None:
    main = [KnownActor("Japan", "state", ("https://a.example",), aliases=("Japanese",))]
    stray = KnownActor("Atlantis", "state", ("https://b.example",), aliases=("亚特兰蒂斯",))
    with pytest.raises(KnowledgeError):
        with_further_forms(main, [stray], "actors.test.jsonl")
    other_kind = KnownActor("Japan", "person", ("https://b.example",), aliases=("日本",))
    with pytest.raises(KnowledgeError):
        with_further_forms(main, [other_kind], "actors.test.jsonl")
    joined = with_further_forms(
        main, [msgspec.structs.replace(main[0], aliases=("日本",))], "actors.test.jsonl"
    )
    assert joined[0].aliases == ("Japanese", "日本")


# --- Korean: a name and its particle ------------------------------------------------------------


def test_a_korean_state_with_its_particle(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "북한은 어제 미사일을 발사했고 일본이 항의했다.") == [
        "North Korea",
        "Japan",
    ]


def test_a_korean_leader_before_his_title(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "김정은 위원장이 러시아를 방문했다.") == [
        "Kim Jong Un",
        "Russia",
    ]


def test_a_korean_state_as_the_adjective_of_an_office(vocabulary: Vocabulary) -> None:
    assert "North Korea" in _actors(vocabulary, "북한주석은 연설을 했다.")


def test_a_korean_form_inside_a_longer_word_is_no_name(vocabulary: Vocabulary) -> None:
    # "남북한": both Koreas in one word, not "북한" alone; "북한군": the army, another name
    assert _actors(vocabulary, "남북한 대표가 만났다.") == []
    assert _actors(vocabulary, "북한군 병사가 넘어왔다.") == []


def test_a_korean_capital_is_the_place(vocabulary: Vocabulary) -> None:
    assert _places(vocabulary, "대표단이 평양에 도착했다.") == ["Pyongyang"]


# --- Chinese and Japanese: no spaces --------------------------------------------------------------


def test_chinese_names_written_without_spaces(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "毛泽东在北京会见了来访的金日成。", date="1958-11-24")
    assert list(found.actors) == ["Mao Zedong", "Kim Il Sung"]
    assert list(found.places) == ["Beijing"]


def test_traditional_characters_too(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "中國與美國的代表在北韓會面。") == [
        "China",
        "United States",
        "North Korea",
    ]


def test_the_longest_form_at_each_place(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "导弹落入日本海。", date="2017-03-06")
    assert list(found.actors) == []
    assert list(found.places) == ["Sea of Japan"]


def test_a_site_named_after_its_city_is_not_the_city(vocabulary: Vocabulary) -> None:
    assert _places(vocabulary, "代表团抵达东京国际机场。", date="1972-09-25") == []
    assert _places(vocabulary, "代表团抵达东京。", date="1972-09-25") == ["Tokyo"]


def test_a_named_event_holding_a_state_is_no_actor(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "朝鲜战争结束了。", date="1953-07-27") == []


def test_korea_before_1948_is_no_state(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "他离开朝鲜去了上海。", date="1919-04-11") == []
    assert _actors(vocabulary, "他离开朝鲜去了上海。", date="1960-04-11") == ["North Korea"]


def test_japanese_names_before_their_particles(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "北朝鮮が発射し、韓国と米国が非難した。") == [
        "North Korea",
        "South Korea",
        "United States",
    ]


def test_a_katakana_name_inside_a_longer_katakana_word() -> None:
    names = UnspacedNames([("Russia", ("ロシア",))], [])
    assert [f.name for f in names.find("ロシアが抗議した", "2020-01-01")] == ["Russia"]
    assert names.find("ベラロシアン", "2020-01-01") == []


def test_which_forms_are_unspaced() -> None:
    assert unspaced("북한")
    assert unspaced("金日成")
    assert unspaced("ソウル")
    assert not unspaced("КНДР")
    assert not unspaced("North Korea")


# --- Cyrillic: by words, in the cases the sources give ------------------------------------------


def test_russian_names_in_their_cases(vocabulary: Vocabulary) -> None:
    assert _actors(
        vocabulary, "Посол Японии заявил, что Ким Чен Ын встретится с Владимиром Путиным."
    ) == ["Japan", "Kim Jong Un", "Vladimir Putin"]


def test_a_russian_abbreviation(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "КНДР провела испытание ракеты.") == ["North Korea"]


# --- a surname and a title, for one named in full before -----------------------------------------


def test_a_korean_surname_and_title_after_the_full_name(vocabulary: Vocabulary) -> None:
    entries = ("김정은 위원장이 회담을 열었다.", "김 위원장은 만족을 표시했다.")
    assert list(enrich_in_order(vocabulary, *entries, date="2019-02-27").actors) == ["Kim Jong Un"]


def test_a_chinese_surname_and_title_after_the_full_name(vocabulary: Vocabulary) -> None:
    entries = ("周恩来会见了外宾。", "外宾与毛主席和周总理交谈。")
    found = enrich_in_order(vocabulary, "毛泽东出席了大会。", *entries, date="1956-09-15")
    assert list(found.actors) == ["Mao Zedong", "Zhou Enlai"]


def test_a_japanese_surname_and_title_after_the_full_name(vocabulary: Vocabulary) -> None:
    entries = ("安倍晋三首相は記者会見した。", "安倍首相は「遺憾だ」と述べた。")
    assert "Shinzo Abe" in enrich_in_order(vocabulary, *entries, date="2017-08-29").actors


def test_a_surname_and_title_of_no_one_named_before(vocabulary: Vocabulary) -> None:
    # (since kb25 the holder of the title's office that day is meant without being named
    # before: tests/test_kb25.py; on a day nobody of that surname held it, still nobody)
    assert (
        list(enrich_in_order(vocabulary, "김 위원장은 만족을 표시했다.", date="1990-02-27").actors)
        == []
    )
    assert list(enrich_in_order(vocabulary, "毛主席出席了大会。", date="1980-09-15").actors) == []
