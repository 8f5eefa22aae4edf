"""Unit tests of the rules of round actors18 (issue 23), written from the misses of held-out-19
by kind. Each rule on invented text of other periods, people and subjects, with what it must
leave alone beside it, and the case it leaves unresolved."""

from __future__ import annotations

import pytest

from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import read_dated

_read = read_dated


# --- the knowledge base: persons and bodies of the period, by their forms ----------------------


@pytest.mark.parametrize(
    ("date", "entry", "actor"),
    [
        ("1963-11-01", "Generals overthrow the government of the Republic of Vietnam.", "South Vietnam"),
        ("1966-03-10", "South Vietnamese units withdraw from Hue.", "South Vietnam"),
        ("1968-01-31", "Viet Cong sappers break into the embassy compound.", "Vietcong"),
        ("1950-06-25", "Ambassador John Muccio cables the State Department at dawn.", "John J. Muccio"),
        ("2008-06-10", "The Hankyoreh reports that the candlelight rallies have grown.", "Hankyoreh"),
    ],
)  # fmt: skip
def test_a_body_or_person_of_the_period_is_known_by_his_forms(
    vocabulary: Vocabulary, date: str, entry: str, actor: str
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert actor in actors


def test_a_site_and_a_romanised_island_are_places(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary, ("1995-06-10", "Clinton receives Kim Young-sam in the Oval Office.")
    )
    assert "Oval Office" in found.places
    found, _ = _read(
        vocabulary, ("2010-11-23", "Shells land on Yeonpyeongdo, killing two marines.")
    )
    assert "Yeonpyeong Island" in found.places


# --- a verb that opens a question is no given name before a surname ----------------------------


@pytest.mark.parametrize(
    ("date", "entry", "person"),
    [
        ("2013-05-01", "Did Obama know of the leak before it ran?", "Barack Obama"),
        ("2022-03-01", "Has Putin misjudged the West's resolve?", "Vladimir Putin"),
        ("2014-07-01", "Was Abe right to reinterpret the constitution?", "Shinzo Abe"),
    ],
)
def test_a_surname_after_a_question_verb_is_the_person(
    vocabulary: Vocabulary, date: str, entry: str, person: str
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert person in actors


def test_a_given_name_before_a_surname_still_makes_another_person(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("2014-07-01", "Akie Abe opened the exhibition in Osaka."))
    assert "Shinzo Abe" not in actors


# --- a name's suffix: part of the name, never its surname --------------------------------------


def test_a_suffix_after_a_comma_stays_in_the_name_and_the_surname_is_the_word_before(
    vocabulary: Vocabulary,
) -> None:
    _, actors = _read(
        vocabulary, ("1977-03-02", "Deputy Secretary Walter P. Hendricks, Jr. arrives in Tokyo.")
    )
    assert "Walter P. Hendricks, Jr." in actors
    _, actors = _read(
        vocabulary,
        ("1977-03-02", "Deputy Secretary Walter P. Hendricks, Jr. arrives in Tokyo."),
        ("1977-03-03", "Hendricks meets the foreign minister."),
    )
    assert "Walter P. Hendricks, Jr." in actors


def test_a_suffix_alone_never_names_the_person_before(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1977-03-02", "Deputy Secretary Walter P. Hendricks, Jr. arrives in Tokyo."),
        ("1977-03-05", "Jr said nothing of the talks."),
    )
    assert "Walter P. Hendricks, Jr." not in actors


# --- "Korea" after a word of unity is the whole nation, neither state --------------------------


@pytest.mark.parametrize(
    ("date", "entry"),
    [
        ("1950-10-07", "The General Assembly calls for a unified Korea under UN supervision."),
        ("2000-06-15", "Both leaders speak of the reunification of Korea within a generation."),
        ("1954-04-26", "The Geneva conference fails to reunify Korea."),
    ],
)
def test_korea_after_a_word_of_unity_is_no_state(
    vocabulary: Vocabulary, date: str, entry: str
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert "South Korea" not in actors


def test_korea_alone_elsewhere_stays_south_korea(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("1965-06-22", "Korea and Japan sign the Basic Relations treaty.")
    )
    assert "South Korea" in actors


# --- a body's building is neither the body acting nor a place ----------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Protesters gathered outside the United Nations building in the rain.",
        "Inspectors were stopped at the IAEA main gate for an hour.",
    ],
)
def test_a_bodys_building_is_not_the_body(vocabulary: Vocabulary, entry: str) -> None:
    _, actors = _read(vocabulary, ("2003-02-15", entry))
    assert "United Nations" not in actors
    assert "International Atomic Energy Agency" not in actors


def test_the_body_acting_stays_an_actor(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("2003-02-15", "The United Nations building was evacuated; the United Nations said so."),
    )
    assert "United Nations" in actors  # ("the United Nations said": the body, named again)


# --- counted members after a force's noun are the state ----------------------------------------


def test_members_counted_after_a_forces_noun_are_the_state(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1987-05-17", "Thirty-seven U.S. navy sailors die when a missile hits the frigate."),
    )
    assert "United States" in actors
    assert "United States Armed Forces" not in actors


def test_a_force_acting_stays_the_force(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("2016-07-12", "The Chinese navy holds drills near the Paracels.")
    )
    assert "People's Liberation Army" in actors


# --- a document that "reaffirms" or "states" speaks no name ------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The Agreed Framework states that the reactors are to be frozen.",
        "The Helsinki Final Declaration reaffirmed the borders of Europe.",
    ],
)
def test_a_document_speaking_is_no_new_body(vocabulary: Vocabulary, entry: str) -> None:
    found, _ = _read(vocabulary, ("1996-01-10", entry))
    assert not [a for a in found.actors if a.endswith(("Framework", "Declaration"))]


def test_a_new_person_speaking_is_still_read(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("1996-01-10", "Marta Lindqvist said the talks would resume."))
    assert "Marta Lindqvist" in actors


# --- places: "the village of X", a lower-case province, a hotel, no war ------------------------


def test_a_village_named_after_the_village_of_is_a_place(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary, ("1968-03-16", "Soldiers entered the village of Binh Hoa at dawn.")
    )
    assert "Binh Hoa" in found.places


def test_a_lower_case_province_is_kept_with_its_name(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1972-04-02", "Fighting spread in Binh Dinh province overnight."))
    assert "Binh Dinh province" in found.places


def test_a_korean_county_keeps_its_own_suffix(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("2023-03-12", "Missiles were fired from Gyongsong-gun province."))
    assert "Gyongsong-gun" in found.places


def test_a_hotels_name_is_a_place(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary, ("1998-11-18", "The delegations dined at the Raffles Hotel before the vote.")
    )
    assert "Raffles Hotel" in found.places


def test_a_war_is_no_place(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary, ("1995-08-15", "Veterans who served in World War II gathered in Canberra.")
    )
    assert not [p for p in found.places if "War" in p]
    assert "Canberra" in found.places


# --- "the defense/foreign ministry" in lower case ----------------------------------------------


def test_a_lower_case_ministry_is_the_one_states(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("2019-08-02", "Russia rejected the report, the foreign ministry said.")
    )
    assert "Russian Foreign Ministry" in actors


def test_a_lower_case_ministry_with_two_states_is_the_sentences(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        (
            "2012-09-20",
            "Chinese boats entered the waters off Okinawa. One Japanese patrol vessel was "
            "rammed in the East China Sea, the defense ministry said.",
        ),
    )
    assert "Japan Ministry of Defense" in actors


def test_a_lower_case_ministry_of_a_sentence_of_two_states_is_nobodys(
    vocabulary: Vocabulary,
) -> None:
    _, actors = _read(
        vocabulary, ("2012-09-20", "China and Japan traded charges, the foreign ministry said.")
    )
    assert "Chinese Foreign Ministry" not in actors
    assert "Japanese Foreign Ministry" not in actors


# --- a state with its ministry's words is the ministry -----------------------------------------


@pytest.mark.parametrize(
    ("entry", "ministry", "state"),
    [
        ("Delegates of Russia’s ministry of foreign affairs arrived.", "Russian Foreign Ministry", "Russia"),
        ("An official of the Foreign Affairs ministry of China declined comment.", "Chinese Foreign Ministry", "China"),
        ("Japan's Defence Ministry issued a warning.", "Japan Ministry of Defense", "Japan"),
    ],
)  # fmt: skip
def test_a_state_with_its_ministrys_words_is_the_ministry(
    vocabulary: Vocabulary, entry: str, ministry: str, state: str
) -> None:
    _, actors = _read(vocabulary, ("2017-05-04", entry))
    assert ministry in actors
    assert state not in actors


def test_a_state_whose_ministry_the_base_lacks_stays_the_state(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("2017-05-04", "Brazil's Foreign Affairs ministry issued a note.")
    )
    assert "Brazil" in actors


# --- "his X counterpart": the holder of the same office that day -------------------------------


@pytest.mark.parametrize(
    ("date", "entry", "other"),
    [
        ("2014-02-14", "Secretary of State John Kerry met his Chinese counterpart in Beijing.", "Wang Yi"),
        ("2019-05-25", "Trump telephoned his French counterpart about Iran.", "Emmanuel Macron"),
        ("2014-04-06", "Hagel and his Japanese counterpart toured the base at Yokosuka.", "Itsunori Onodera"),
    ],
)  # fmt: skip
def test_a_counterpart_unnamed_is_the_holder_of_that_office(
    vocabulary: Vocabulary, date: str, entry: str, other: str
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert other in actors


def test_a_counterpart_named_is_read_by_his_name_only(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("2009-03-01", "Clinton met her Chinese counterpart Li Wei in Beijing.")
    )
    assert "Yang Jiechi" not in actors  # (the name written, not the holder of the base)


def test_a_counterpart_of_nobody_named_is_nobody(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("2014-02-14", "The minister met his Chinese counterpart in Beijing.")
    )
    assert "Wang Yi" not in actors


# --- a force placed in World War II is that war's ----------------------------------------------


def test_a_force_placed_in_world_war_two_is_not_the_force_of_the_entrys_date(
    vocabulary: Vocabulary,
) -> None:
    _, actors = _read(
        vocabulary,
        ("2021-08-15", "Victims of the Japanese army during World War II demand redress."),
    )
    assert "Japan" in actors
    assert "Japan Self-Defense Forces" not in actors
    _, actors = _read(
        vocabulary, ("2020-05-09", "Parades honour the Soviet army during World War II.")
    )
    assert "Red Army" in actors  # (a force that existed then stays)


def test_a_force_of_the_entrys_day_stays_the_force(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("2021-08-15", "Japanese troops join the drill off Hokkaido."))
    assert "Japan Self-Defense Forces" in actors


# --- a numbered part of a larger unit is named by the larger -----------------------------------


def test_a_numbered_part_of_a_unit_is_the_unit(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1950-11-01", "The 3rd Battalion of the 8th Cavalry Regiment is overrun at Unsan."),
    )
    assert "8th Cavalry Regiment" in actors
    assert "3rd Battalion" not in actors


def test_a_numbered_unit_alone_stays_itself(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("1950-11-01", "The 3rd Battalion is overrun at Unsan."))
    assert "3rd Battalion" in actors
