"""Actors and places on import (issue 23, round actors11): the general rules the name matrix
(tests/test_enrich_matrix.py) asked for, each on sentences written for it here, with the cases
it must leave alone (precision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.importing.enrichment import romanisation_variants

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings


# --- a Korean place under the other romanisation ------------------------------------------


def test_the_other_romanisation_of_a_word_of_a_korean_place() -> None:
    assert "Gaesong" in romanisation_variants("Kaesong")
    assert "Mt. Gumgang" in romanisation_variants("Mt. Kumgang")
    assert "Yonpyeong Island" in romanisation_variants("Yeonpyeong Island")
    assert "Gaesong industrial park" in romanisation_variants("Kaesong industrial park")
    # English words and short words keep their spelling
    assert all(v.endswith(" Island") for v in romanisation_variants("Yeonpyeong Island"))
    assert romanisation_variants("Mt. Paektu Lake") >= {"Mt. Baektu Lake"}
    assert romanisation_variants("Seoul") == set()  # (too short: "Soul")


def test_korean_places_are_found_under_either_romanisation(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Gaesong Industrial park and the Mt. Gumgang tour are good examples.", "2006")
    assert found.places == ["Kaesong Industrial Complex", "Mount Kumgang"]
    assert enrich("Shells hit the Yonpyeong island.", "2010-11-23").places == ["Yeonpyeong Island"]
    assert enrich("North Korea warned in Gaesong.", "2019").places == ["Kaesong"]


def test_a_variant_is_never_read_outside_korean_places(
    enrich: Callable[[str, str], Findings],
) -> None:
    # "Kyoto" under the rule would be "Gyoto": a Japanese city has no such variant
    assert enrich("They met in Gyoto on Tuesday.", "2019").places == ["Gyoto"]
    assert "Seoul" not in enrich("Soul music played in Boston.", "2019").places


def test_a_sea_named_by_common_words_in_lower_case(enrich: Callable[[str, str], Findings]) -> None:
    assert enrich("Missiles fell into the east sea.", "2019").places == ["Sea of Japan"]
    assert enrich("Ships sailed in the yellow sea.", "2019").places == ["Yellow Sea"]
    assert enrich("Ships sailed in the Sea of Japan.", "2019").actors == []
    assert enrich("They swam in the sea to the east.", "2019").places == []


# --- names inside other names, and adjectives ---------------------------------------------


def test_kim_il_sung_square_is_a_place_and_not_the_man(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("Crowds gathered in Kim Il Sung Square.", "2019")
    assert found.places == ["Kim Il Sung Square"]
    assert found.actors == []
    assert enrich("Kim Il Sung died in 1994.", "1994-07-08").actors == ["Kim Il Sung"]


def test_an_adjective_after_in_is_no_place(enrich: Callable[[str, str], Findings]) -> None:
    assert enrich("It was a turbulent time in Olympic history.", "1988").places == []
    assert enrich("It has no place in Confucian tradition.", "1988").places == []
    assert enrich("They met in Munich on Friday.", "1988").places == ["Munich"]
    assert enrich("They met in Munich last week.", "1988").places == ["Munich"]


def test_a_place_opening_an_incidents_name_is_no_place(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert enrich("The Kangnung Infiltration Incident followed.", "1996").places == []
    assert enrich("Troops landed near Kangnung.", "1996-09-18").places == ["Gangneung"]
    assert enrich("The Kangnung incident began.", "1996-09-18").places == ["Gangneung"]


def test_a_capital_in_a_persons_name_is_no_government(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert "United States" not in enrich("The audience cheered Denzel Washington.", "2019").actors
    assert "United States" not in enrich("George Washington was there.", "1790").actors
    # not another capital beside a capitalised word
    assert enrich("Women compete at the Paris Games.", "1900").places == ["Paris"]
    # a word that opens the sentence is a given name only if known as one
    assert enrich("Both Washington and Seoul agreed.", "2019").actors == [
        "United States",
        "South Korea",
    ]
    assert enrich("Talks Washington rejected failed.", "2019").actors == ["United States"]
    assert enrich("Seoul and Washington agreed.", "2019").actors == ["South Korea", "United States"]
    found = enrich("On Monday, Denzel Washington said he was glad.", "2019")
    assert found.actors == ["Denzel Washington"]


# --- armed forces --------------------------------------------------------------------------


def test_armed_forces_are_the_knowledge_bases_forces(
    enrich: Callable[[str, str], Findings],
) -> None:
    for text, force in (
        ("The South Korean military warned on Tuesday.", "Republic of Korea Armed Forces"),
        ("It was captured by the South Korean military in 1996.", "Republic of Korea Armed Forces"),
        ("The Republic of Korea Army held the line.", "Republic of Korea Armed Forces"),
        ("The U.S. military said it was ready.", "United States Armed Forces"),
        ("The United States Navy sent a ship.", "United States Armed Forces"),
        ("The U.S. Navy sent a ship.", "United States Armed Forces"),
    ):
        assert enrich(text, "2019").actors == [force], text


def test_a_forces_name_before_a_noun_is_the_state(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("An unnamed South Korean military official said so.", "2010-05-18")
    assert found.actors == ["South Korea"]
    assert enrich("U.S. military bases were closed.", "2019").actors == ["United States"]
    found = enrich("Joint U.S.-South Korean military drills began.", "2013")
    assert found.actors == ["United States", "South Korea"]
    # "forces" after "military" names the force (rule 1 of tests/data/enrichment/README.md)
    assert enrich("US military forces left.", "2019").actors == ["United States Armed Forces"]
    found = enrich("A South Korean military helicopter crashed.", "2016")
    assert found.actors == ["South Korea"]  # a singular noun after it: an adjective
    # a verb, irregular or not, or a function word after it: the force acts
    found = enrich("The South Korean military began drills.", "2016")
    assert found.actors == ["Republic of Korea Armed Forces"]
    found = enrich("Two launches were reported by South Korea’s military a day earlier.", "2020")
    assert found.actors == ["Republic of Korea Armed Forces"]
    found = enrich("South Korean military and police forces killed them.", "1996")
    assert found.actors == ["Republic of Korea Armed Forces"]


# --- new bodies ----------------------------------------------------------------------------


def test_a_new_body_is_read_wherever_it_stands(enrich: Callable[[str, str], Findings]) -> None:
    for text in (
        "The envoy criticised the Korean Democratic Party on Tuesday.",
        "Japan, the Korean Democratic Party and China met.",
        "The Korean Democratic Party's proposal was rejected.",
    ):
        actors = enrich(text, "1948").actors
        assert "Korean Democratic Party" in actors, text
        assert not [actor for actor in actors if "Tuesday" in actor], text
    found = enrich("The envoy met the Supreme Council for National Reconstruction.", "1961")
    assert found.actors == ["Supreme Council for National Reconstruction"]
    # its short form later in the document is the same body
    found = enrich("He was made Chairman of the Supreme Council on July 3.", "1961-07-03")
    assert found.actors == ["Supreme Council for National Reconstruction"]
    assert enrich("The Democratic Republican Party won.", "1973").actors == [
        "Democratic Republican Party"
    ]


def test_a_short_or_generic_body_name_is_no_new_body(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich(
        "He was first-secretary of the Central Committee of the Communist Party of "
        "Chile, president of the Council of State and Council of Ministers.",
        "2013",
    )  # (Cuba's party is a record of the knowledge base since kb15: Chile's is not)
    assert found.actors == ["Chile"]
    assert enrich("The Joint Commission failed.", "1947").actors == []
    assert enrich("North Korea's Communist Party was inaugurated.", "1945").actors == [
        "North Korea"
    ]
    assert enrich("The Supreme Council met.", "1961").actors == []  # (no longer name before)


def test_a_new_body_sharing_words_with_a_known_one_stays_new(
    enrich: Callable[[str, str], Findings],
) -> None:
    # (the New Democratic Party of 1967-1980 is a record of the knowledge base since kb16: the
    # Reunification Democratic Party of 1987 is not)
    assert enrich("The Reunification Democratic Party won seats.", "1988").actors == [
        "Reunification Democratic Party"
    ]
    found = enrich("He led the opposition Reunification Democratic Party of Korea.", "1988")
    assert "Democratic Party of Korea" not in found.actors
    assert enrich("The Democratic Party of Korea won.", "2020").actors == [
        "Democratic Party of Korea"
    ]
    assert enrich("New sanctions were announced.", "2019").actors == []
    assert enrich("New Talks Begin in Seoul", "2019").actors == []


# --- a word that opens a sentence is no part of a name -------------------------------------


def test_a_capitalised_opener_is_no_part_of_a_name(enrich: Callable[[str, str], Findings]) -> None:
    enrich("Moon Jae-in arrived on Monday.", "2019-06-30")
    assert enrich("Unlike Moon, however, the envoy stayed.", "2019-06-30").actors == ["Moon Jae-in"]
    assert enrich("Unlike Trump, the envoy stayed.", "2019-06-30").actors == ["Donald Trump"]
    assert enrich("Despite Kim Jong Un's threats, talks went on.", "2019").actors == ["Kim Jong Un"]
    assert enrich("With Pyongyang silent, Seoul waited.", "2019").actors == [
        "North Korea",
        "South Korea",
    ]


# --- an office of an international body, by its holder of the day ---------------------------


def test_an_international_bodys_office_is_its_holder_that_day(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("The UN secretary-general warned on Tuesday.", "2019-06-30")
    assert found.actors == ["United Nations", "António Guterres"]
    found = enrich("The UN Secretary-General warned on Tuesday.", "2010-06-30")
    assert found.actors == ["United Nations", "Ban Ki-moon"]
    # a forum or a body across punctuation lends no office to the title after it
    found = enrich(
        "They call for a return to the Six-Party Talks; President Bush apologizes.", "2005-06-10"
    )
    assert "George W. Bush" in found.actors
    # an office several hold at once names nobody
    assert enrich("The UN envoy warned.", "2019-06-30").actors == ["United Nations"]


# --- a place named by its kind -------------------------------------------------------------


def test_a_place_noun_before_a_name_nobody_knows_makes_it_a_place(
    enrich: Callable[[str, str], Findings],
) -> None:
    assert enrich("Seoul won by beating the Japanese city Nagoya.", "1981").places == ["Nagoya"]
    assert enrich("They crossed at the border town Dandong.", "2019").places == ["Dandong"]
    assert enrich("The city Council met.", "2019").places == []  # (a capital on the noun)
    assert enrich("He was the town Mayor.", "2019").places == []


def test_a_plaza_is_a_place(enrich: Callable[[str, str], Findings]) -> None:
    found = enrich("The ceremony was held at the Central Plaza in a drizzling rain.", "1948")
    assert found.places == ["Central Plaza"]
    assert found.actors == []
