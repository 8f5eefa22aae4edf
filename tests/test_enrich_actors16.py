"""Unit tests of the rules of round actors16 (issue 23): the review's findings B3-B5 ("the north
and the south" only beside a Korean entry; a firm's president is not the head of state's; a
league's "Division 2" is no unit), then the misses of held-out-17 by kind. Each rule on invented
text of other periods and subjects, with what it must leave alone beside it."""

from __future__ import annotations

import pytest

from ktimeline.importing.enrichment import Findings
from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import read_dated

_read = read_dated


def _speakers(found: Findings) -> list[str]:
    return [s.speaker for s in found.statements]


# --- B3: "the north and the south" are the Koreas only beside an entry on them ----------------


@pytest.mark.parametrize(
    "dated",
    [
        (  # a Vietnam chronology that once names South Korea
            ("1965", "South Korea sends its first combat troops to fight alongside US forces."),
            ("1968", "The Tet Offensive shakes American public opinion."),
            ("1975", "The war between the north and the south ends with the fall of Saigon."),
        ),
        (  # right after an entry in Seoul, but a place in another country in this one
            ("1990", "The national team plays a friendly in Seoul."),
            ("1991", "Back in Rome, strikes spread between the north and the south."),
        ),
        (  # Yemen's unification, two entries after a Korean summit
            ("1990-05-01", "Officials of North Korea and South Korea meet at Panmunjom."),
            ("1990-05-10", "Oil prices rise again."),
            ("1990-05-22", "The north and the south unite as one republic."),
        ),
    ],
)
def test_the_north_and_the_south_far_from_a_korean_entry_are_not_the_koreas(
    vocabulary: Vocabulary, dated: tuple[tuple[str, str], ...]
) -> None:
    _, actors = _read(vocabulary, *dated)
    assert "North Korea" not in actors
    assert "South Korea" not in actors


def test_the_north_and_the_south_right_after_a_korean_entry_are_the_koreas(
    vocabulary: Vocabulary,
) -> None:
    _, actors = _read(
        vocabulary,
        ("1972-07-04", "Talks were held in Pyongyang and Seoul."),
        ("1972-08-30", "Red Cross talks between the north and the south resume."),
    )
    assert {"North Korea", "South Korea"} <= set(actors)


# --- B4: a firm's or a body's president is not the head of state ------------------------------


@pytest.mark.parametrize(
    ("entry", "date", "head"),
    [
        (
            "France's carmaker Renault cuts its forecast. “We are cautious,” said the president"
            " of Renault.",
            "2019-03-03",
            "Emmanuel Macron",
        ),
        (
            "South Korea's largest chipmaker posts record profits. “We remain cautious about the"
            " second half,” the president said.",
            "2018-03-03",
            "Moon Jae-in",
        ),
        (
            "Japan's biggest bank opens a branch in Osaka. “This is our future,” the president"
            " said.",
            "2008-06-01",
            "Yasuo Fukuda",
        ),
        (
            "The President of the Red Cross said: “We are ready to help.” France sent aid.",
            "2011-03-14",
            "Nicolas Sarkozy",
        ),
    ],
)
def test_a_firms_or_a_bodys_president_is_not_the_head_of_state(
    vocabulary: Vocabulary, entry: str, date: str, head: str
) -> None:
    found, _ = _read(vocabulary, (date, entry))
    assert head not in _speakers(found)


def test_a_state_as_subject_still_gives_its_presidents_words(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary,
        ("2018-03-03", "South Korea protested. “We remain cautious,” the president said."),
    )
    assert _speakers(found) == ["Moon Jae-in"]


def test_every_office_noun_has_its_own_title() -> None:
    """No noun falls back on another's title (a missing one used to become Prime Minister)."""
    from ktimeline.importing.offices import OFFICE_NOUN_TITLES

    assert OFFICE_NOUN_TITLES["premier"] == "Premier"
    assert OFFICE_NOUN_TITLES["prime minister"] == "Prime Minister"
    assert OFFICE_NOUN_TITLES["president"] == "President"


# --- B5: a league's "Division 2" is no military unit -------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The club is promoted to Division 2 after a long unbeaten run.",
        "The hospital opens Wing 3 for children.",
        "The ballet's Corps 2 tours Asia.",
    ],
)
def test_a_numbered_division_of_another_trade_is_no_actor(
    vocabulary: Vocabulary, entry: str
) -> None:
    found, _ = _read(vocabulary, ("1987", entry))
    assert found.actors == []
    assert found.new_actors == []


@pytest.mark.parametrize(
    ("entry", "unit"),
    [
        ("The army's Division 3 crossed the river at dawn.", "Division 3"),
        ("Unit 731 ran its experiments in Harbin.", "Unit 731"),
        ("Squadron 77 flew its last sortie.", "Squadron 77"),
    ],
)
def test_a_numbered_unit_stays_a_new_body(vocabulary: Vocabulary, entry: str, unit: str) -> None:
    found, _ = _read(vocabulary, ("1950", entry))
    assert unit in found.actors


# --- a wire's credit: after a closing dash, or a dateline's agency before a colon (rule 5) ----


@pytest.mark.parametrize(
    ("entry", "date", "place", "wire"),
    [
        ("Protesters gather at the Brandenburg Gate in Berlin on Monday. — AP", "1989-11-13",
         "Berlin", "Associated Press"),
        ("BERLIN, Nov 9 (AFP): East German guards open the checkpoints in Berlin.", "1989-11-09",
         "Berlin", "Agence France-Presse"),
        ("HANOI, March 3 (Reuters): Talks open in Hanoi.", "1995-03-03", "Hanoi", "Reuters"),
    ],
)  # fmt: skip
def test_a_wires_credit_after_a_dash_or_in_a_colon_dateline_is_no_actor(
    vocabulary: Vocabulary, entry: str, date: str, place: str, wire: str
) -> None:
    found, _ = _read(vocabulary, (date, entry))
    assert wire not in found.actors
    assert place in found.places


def test_an_agency_cited_in_the_text_is_still_an_actor(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1989-11-13", "The opening was first reported by AFP."))
    assert "Agence France-Presse" in found.actors


# --- a dateline: its city before a colon; a dash after it joins no list -----------------------


def test_a_city_opening_the_entry_before_a_colon_is_where_it_was_written(
    vocabulary: Vocabulary,
) -> None:
    found, _ = _read(
        vocabulary, ("1995-07-11", "Hanoi: Vietnam and the United States restore ties.")
    )
    assert "Hanoi" in found.places


def test_a_capital_after_a_datelines_dash_is_the_government(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary, ("2014-03-20", "BEIJING—Moscow protested the new sanctions on Thursday.")
    )
    assert "Moscow" not in found.places
    assert "Russia" in found.actors


# --- optical reading: a capital I for a small l between vowels ---------------------------------


def test_an_ocr_capital_i_between_vowels_is_an_l(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1592", "Japanese armies reach the YaIu River after a month."))
    assert "Yalu River" in found.places


def test_a_capital_i_after_a_consonant_stays(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1990", "Ambassador Robert McIntyre arrived in Canberra."))
    assert "Robert McIntyre" in found.actors


# --- a thing's maker ("US-made") is not the state acting ---------------------------------------


@pytest.mark.parametrize(
    ("entry", "date", "maker"),
    [
        ("Iraq fires Soviet-made Scud missiles at Riyadh.", "1991-01-20", "Soviet Union"),
        ("Taiwan buys US-built fighter jets.", "1992-09-02", "United States"),
        ("Pakistan tests a Chinese-designed missile.", "1998-04-06", "China"),
    ],
)
def test_a_states_made_or_built_is_the_makers_mark(
    vocabulary: Vocabulary, entry: str, date: str, maker: str
) -> None:
    found, _ = _read(vocabulary, (date, entry))
    assert maker not in found.actors


def test_a_state_leading_or_acting_with_a_hyphen_stays(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("2003-03-20", "The US-led coalition strikes Baghdad."))
    assert "United States" in found.actors


# --- persons: the Japanese order, a title inside a run, a surname with its particle -------------


def test_a_japanese_name_in_its_own_order_is_the_known_person(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("2013-02-12", "Prime Minister Abe Shinzo condemned the test."))
    assert found.actors == ["Shinzo Abe"]


def test_a_korean_name_reversed_is_not_taken_for_another(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("2005-06-01", "Officials said Kim Sung met the envoy."))
    assert "Sung Kim" not in found.actors


@pytest.mark.parametrize(
    ("entry", "person", "taken"),
    [
        ("Farmers Union Chair Mary Holt said the prices would fall.", "Mary Holt",
         "Farmers Union Chair Mary Holt"),
        ("Inspector General of Police Musa Hassan told reporters on Friday.", "Musa Hassan",
         "Police Musa Hassan"),
        ("Admiral Nimitz and Lieut-General Brandt signed the order.", "Brandt",
         "Lieut-General Brandt"),
    ],
)  # fmt: skip
def test_a_title_inside_a_run_is_not_the_persons_name(
    vocabulary: Vocabulary, entry: str, person: str, taken: str
) -> None:
    found, _ = _read(vocabulary, ("1961-05-02", entry))
    assert person in found.actors
    assert taken not in found.actors


def test_a_surname_with_its_particle_alone_is_the_person_named_in_full(
    vocabulary: Vocabulary,
) -> None:
    found, _ = _read(
        vocabulary,
        ("1990-04-02", "Dutch minister Hans Van Mierlo arrived in Jakarta."),
        ("1990-04-03", "“We want calm,” Van Mierlo said."),
    )
    assert found.actors == ["Hans Van Mierlo"]
    assert [s.speaker for s in found.statements] == ["Hans Van Mierlo"]


# --- forces (rule 1): written with slashes, after "of", or with "communist" ---------------------


@pytest.mark.parametrize(
    ("entry", "date", "forces"),
    [
        ("US/ROK forces hold the line at the Naktong.", "1950-08-20",
         {"United States Armed Forces", "Republic of Korea Armed Forces"}),
        ("The forces of communist North Korea cross the border.", "1950-06-25",
         {"Korean People's Army"}),
        ("The troops of the Soviet Union leave Pyongyang.", "1948-12-25", {"Red Army"}),
        ("Chinese communist troops enter the war.", "1950-10-25", {"People's Liberation Army"}),
    ],
)  # fmt: skip
def test_a_states_forces_with_slashes_after_of_or_communist_are_its_force(
    vocabulary: Vocabulary, entry: str, date: str, forces: set[str]
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert forces <= set(actors)


def test_a_forces_capitalised_name_with_of_is_no_states_force(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("1950-08-01", "The Armed Forces of the Soviet Union parade."))
    assert "Red Army" not in actors


# --- a Korean place in another romanisation; the new places and bodies ------------------------


def test_a_korean_province_spelt_with_other_vowels_is_the_known_one(
    vocabulary: Vocabulary,
) -> None:
    found, _ = _read(vocabulary, ("1997-08-01", "Floods hit North Hamgyeong province again."))
    assert found.places == ["North Hamgyong Province"]


@pytest.mark.parametrize(
    ("entry", "date", "actors", "places"),
    [
        ("The IOC meets in the West German resort of Baden-Baden.", "1981-09-30",
         {"International Olympic Committee", "West Germany"}, {"Baden-Baden"}),
        ("A Korean Air jet lands in Nagoya after a flight from Macau.", "2005-04-01",
         {"Korean Air"}, {"Nagoya", "Macau"}),
        ("US troops land at Jinsen and march to Seoul; Tokio is quiet.", "1945-09-08",
         set(), {"Incheon", "Seoul", "Tokyo"}),
        ("Chou met the envoy in Peking.", "1971-07-10", {"Zhou Enlai"}, set()),
    ],
)  # fmt: skip
def test_the_new_records(
    vocabulary: Vocabulary, entry: str, date: str, actors: set[str], places: set[str]
) -> None:
    found, _ = _read(vocabulary, (date, entry))
    assert actors <= set(found.actors)
    assert places <= set(found.places)


def test_west_germany_is_no_state_before_1949(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1946-01-01", "West German towns rebuild."))
    assert "West Germany" not in found.actors


@pytest.mark.parametrize(
    "entry",
    [
        "Korean Air Flight 902 lands on a frozen lake.",
        "The Korean Air bombing shocks the region.",
    ],
)
def test_an_airline_inside_a_flights_or_incidents_name_is_no_actor(
    vocabulary: Vocabulary, entry: str
) -> None:
    found, _ = _read(vocabulary, ("1978-04-20", entry))
    assert "Korean Air" not in found.actors


def test_a_university_is_a_body_but_not_where_one_visits(vocabulary: Vocabulary) -> None:
    employer, _ = _read(vocabulary, ("2001-05-02", "Professor Ann Lowe of Keio University said."))
    visited, _ = _read(
        vocabulary, ("2001-05-02", "The minister spoke while visiting Keio University.")
    )
    assert "Keio University" in employer.actors
    assert "Keio University" not in visited.actors


# --- a document named after its signers ---------------------------------------------------------


def test_persons_joined_by_a_hyphen_before_a_documents_noun_are_its_name(
    vocabulary: Vocabulary,
) -> None:
    found, _ = _read(
        vocabulary, ("1973-02-01", "Japan went further than the Nixon-Chou communique.")
    )
    assert "Richard Nixon" not in found.actors
    assert "Zhou Enlai" not in found.actors


def test_signers_named_apart_stay_actors(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1972-02-27", "Nixon and Chou sign the communique in Shanghai."))
    assert {"Richard Nixon", "Zhou Enlai"} <= set(found.actors)
