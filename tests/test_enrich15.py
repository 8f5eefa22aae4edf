"""Unit tests of round enrich15 (issue 23, held-out-15's actors and places, and a reviewer's two
findings): a headline in title case makes no new person of its capitals; a state's names respect
its dates (Russia before the Soviet Union is no state the knowledge base records: no actor); a
region opened by its state's possessive gives the state as well; the name forms the knowledge
base lacked. Each rule with what it must leave alone beside it."""

from __future__ import annotations

from functools import partial

import pytest

from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import enrich_in_order

_enrich = partial(enrich_in_order, date="2019-10-05")


# --- a headline's capitals are no names ------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "not_actor", "known"),
    [
        (  # docs/examples/library/korea-headlines-2019.txt
            "US-North Korean Nuclear Talks Come to Abrupt End, Pyongyang Negotiator Says",
            {"Abrupt End", "Says"},
            {"United States", "North Korea"},
        ),
        (
            "South Korean Students Break Into U.S. Ambassador's Residence",
            {"Residence"},
            {"South Korea", "United States"},
        ),
        (
            "Group of Pro-Pyongyang South Korean Students Storm Envoy's Residence in Seoul",
            {"Residence"},
            {"South Korea"},
        ),
        (
            "Kim Jong Un Says North Korea No Longer Bound By Testing Moratorium",
            {"Says"},
            {"Kim Jong Un", "North Korea"},
        ),
        (
            "Japanese Envoy Hails Talks With Seoul, Foreign Minister Says",
            {"Hails Talks", "Says"},
            {"Japan"},
        ),
    ],
)
def test_a_title_case_headline_makes_no_new_person_of_its_capitals(
    vocabulary: Vocabulary, headline: str, not_actor: set[str], known: set[str]
) -> None:
    found = _enrich(vocabulary, headline)
    assert not not_actor & set(found.actors), found.actors
    assert known <= set(found.actors), found.actors
    assert found.new_actors == []


def test_a_headlines_korean_name_joined_by_a_hyphen_is_still_a_person(
    vocabulary: Vocabulary,
) -> None:
    found = _enrich(
        vocabulary,
        "Yi Hu-rang, Chief of Central Intelligence Agency, Secretly Travels Between Seoul and "
        "Pyongyang",
        date="1972-05-02",
    )
    assert "Yi Hu-rang" in found.actors


@pytest.mark.parametrize(
    ("entry", "person"),
    [  # sentences (lower-case words among the capitals): a title still introduces a new person
        ("The talks came to an end, chief negotiator Kim Myong Gil said.", "Kim Myong Gil"),
        ("Special Envoy Jay Lefkowitz visits Seoul for talks on human rights.", "Jay Lefkowitz"),
    ],
)
def test_a_sentence_still_makes_a_new_person_after_a_title(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    assert person in _enrich(vocabulary, entry).actors


# --- a state's names respect its dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "date", "state", "not_state"),
    [
        ("Napoleon begins the French invasion of Russia.", "1812-06-24", None, "Soviet Union"),
        ("Russian ships are attacked at Port Arthur by Japan.", "1904-02-08", None, "Soviet Union"),
        ("Moscow signs the treaty with Tokyo.", "1905-09-05", None, "Soviet Union"),
        ("The Soviet Union sends troops.", "1918-06-01", None, "Soviet Union"),
        ("Germany invades the Soviet Union.", "1941-06-22", "Soviet Union", None),
        ("Russia was not present on the Security Council.", "1950-06-25", "Soviet Union", "Russia"),
        ("Kim Jong Un meets Putin in Russia.", "2023-09-13", "Russia", "Soviet Union"),
    ],
)
def test_a_states_name_means_the_state_of_the_entrys_date_or_none(
    vocabulary: Vocabulary, entry: str, date: str, state: str | None, not_state: str | None
) -> None:
    found = _enrich(vocabulary, entry, date=date)
    if state is not None:
        assert state in found.actors, found.actors
    if not_state is not None:
        assert not_state not in found.actors, found.actors
    if state is None:
        assert not {"Russia", "Soviet Union"} & set(found.actors), found.actors


def test_japan_before_and_after_is_still_japan(vocabulary: Vocabulary) -> None:
    """A state with no first day in the knowledge base is found at any date."""
    assert "Japan" in _enrich(vocabulary, "Japan annexes Korea.", date="1910-08-22").actors


# --- a region opened by its state's possessive; name forms the knowledge base lacked -----------


def test_russias_far_east_is_the_region_and_russia(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "N. Korea's Kim inspects factory producing modern fighter jets in Russia's Far East",
        date="2023-09-15",
    )
    assert "Russian Far East" in found.places
    assert "Russia" in found.actors
    far = _enrich(
        vocabulary, "Putin hosted Kim at the cosmodrome in the Far East of Russia.", date="2023"
    )
    assert "Russian Far East" in far.places


MAUSOLEUM = "Martyrs' Mausoleum"


@pytest.mark.parametrize(
    ("entry", "date", "actor", "place"),
    [
        (
            "The Hsinhua agency points out that Pyongyang hinted at it.",
            "2003-01-10",
            "Xinhua",
            None,
        ),
        (
            "The missile flew over Erimomisaki, on the northern island of Hokkaido.",
            "2017-08-29",
            None,
            "Cape Erimo",
        ),
        ("A bomb demolished the Martyr’s Mausoleum in Rangoon.", "1983-10-09", None, MAUSOLEUM),
        ("He paid tribute at Myanmar's Martyrs Mausoleum.", "2014-10-09", "Myanmar", MAUSOLEUM),
        (
            "Democratic People's Republic of Korea Army artillery opens fire.",
            "1950-06-25",
            "Korean People's Army",
            None,
        ),
        (
            "The Japan Defence Agency would file an analysis report.",
            "2006-07-31",
            "Japan Ministry of Defense",
            None,
        ),
        (
            "The North Korean Central TV Broadcasting Station said the test succeeded.",
            "2016-09-09",
            "Korean Central Television",
            None,
        ),
    ],
)
def test_name_forms_the_knowledge_base_lacked(
    vocabulary: Vocabulary, entry: str, date: str, actor: str | None, place: str | None
) -> None:
    found = _enrich(vocabulary, entry, date=date)
    if actor is not None:
        assert actor in found.actors, found.actors
    if place is not None:
        assert place in found.places, found.places
    assert not {"Broadcasting Station", "Japan Defence Agency"} & set(found.actors + found.places)


# --- held-out-15's other kinds: a Korean name with a hyphen, weapons, call signs, datelines -----


@pytest.mark.parametrize(
    ("entry", "date", "actor", "not_actors"),
    [
        (  # two surnames of known persons inside a new Korean name with a hyphen
            "Lee is set to challenge Kim Moon-soo from the ruling People Power Party.",
            "2025-05",
            "Kim Moon-soo",
            {"Kim Jong Un", "Moon Jae-in"},
        ),
        ("Kim Jong-un met Moon Jae-in at Panmunjom.", "2018-04-27", "Moon Jae-in", set()),
        ("Kim Yo-jong and Moon spoke at the Games.", "2018-02-10", "Kim Yo Jong", set()),
    ],
)
def test_a_korean_name_with_a_hyphened_given_name_is_one_person(
    vocabulary: Vocabulary, entry: str, date: str, actor: str, not_actors: set[str]
) -> None:
    found = _enrich(vocabulary, entry, date=date)
    assert actor in found.actors, found.actors
    assert not not_actors & set(found.actors), found.actors


def test_a_newspapers_name_before_a_kind_of_missile_is_the_missile(
    vocabulary: Vocabulary,
) -> None:
    found = _enrich(
        vocabulary, "Two were mid-range Rodong ballistic missiles, Kyodo said.", date="2006-07-31"
    )
    assert "Rodong Sinmun" not in found.actors
    assert "Kyodo News" in found.actors
    said = _enrich(vocabulary, "Rodong Sinmun said the missiles were ready.", date="2006-07-31")
    assert "Rodong Sinmun" in said.actors


def test_a_sea_followed_by_a_number_is_a_call_sign(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "A spy aircraft called Deep Sea 129 left Japan.", date="1969-04-15")
    assert found.places == []
    assert _enrich(vocabulary, "Ships sailed into the Yellow Sea.", date="2010").places == [
        "Yellow Sea"
    ]


@pytest.mark.parametrize(
    ("entry", "date", "place", "not_actor"),
    [
        (
            "Balloons landed in Gyeonggi Province that surrounds Seoul, as North Korea sent them.",
            "2024-05-29",
            "Seoul",
            "South Korea",
        ),
        (
            "North Korea will withdraw, reported Hsinhua agency from Pyongyang on Friday.",
            "2003-01-10",
            "Pyongyang",
            None,
        ),
        (
            "(Pyongyang, 22nd) North Korean leader Kim Jong Un said talks were possible.",
            "2025-09-21",
            "Pyongyang",
            None,
        ),
    ],
)
def test_a_capital_as_the_place_around_or_from_which(
    vocabulary: Vocabulary, entry: str, date: str, place: str, not_actor: str | None
) -> None:
    found = _enrich(vocabulary, entry, date=date)
    assert place in found.places, found.places
    if not_actor is not None:
        assert not_actor not in found.actors


def test_the_capital_acting_stays_the_state(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "Pyongyang rejected the offer from Seoul.", date="2019-10-05")
    assert "North Korea" in found.actors


def test_a_forces_plans_are_the_states_and_state_run_agency(vocabulary: Vocabulary) -> None:
    plans = _enrich(
        vocabulary, "Seoul voiced concern over the North's military plans.", date="2020-06-17"
    )
    assert "Korean People's Army" not in plans.actors
    assert "North Korea" in plans.actors
    agency = _enrich(
        vocabulary, "North Korea’s state run news agency said it tested a bomb.", date="2016-09-09"
    )
    assert "Korean Central News Agency" in agency.actors
