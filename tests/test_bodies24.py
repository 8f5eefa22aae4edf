"""Unit tests of the new-name rules of round bodies24 (issue 23: a body or person the knowledge
base lacks is recorded from its own name's shape). Invented sentences of other subjects (a
company, a war, a court case, sport, a film); the rule cases fail on the code before the round,
the guards (phrases that must not become names, or must not give a place) pass on both."""

from __future__ import annotations

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.vocabulary import Vocabulary


def _enricher(vocabulary: Vocabulary, entry: str, date: str = "2016-04-12") -> Enricher:
    enricher = Enricher(vocabulary)
    enricher.enrich(entry, date)
    return enricher


def _found(vocabulary: Vocabulary, entry: str, date: str = "2016-04-12") -> tuple[list[str], ...]:
    found = Enricher(vocabulary).enrich(entry, date)
    return found.actors, found.places


# --- a body by its name's last word (a company, a newspaper, an archive, a foundation), or
# after a noun that says what it is ("the conglomerate X", "the newspaper X") -----------------


@pytest.mark.parametrize(
    ("entry", "body", "kind"),
    [
        (
            "The Hanjin Shipping Company filed for bankruptcy in Seoul.",
            "Hanjin Shipping Company",
            "company",
        ),
        (
            "Regulators fined Meridian Steel Corporation for the spill.",
            "Meridian Steel Corporation",
            "company",
        ),
        (
            "Enron's lenders pressed the Dalton Lumber Group to settle.",
            "Dalton Lumber Group",
            "company",
        ),
        (
            "The court upheld tariffs against Hynix Semiconductor on appeal.",
            "Hynix Semiconductor",
            "company",
        ),
        ("The Riverside Gazette published the club's accounts.", "Riverside Gazette", "media"),
        (
            "The Milbrook Foundation funded the striking miners.",
            "Milbrook Foundation",
            "organization",
        ),
        (
            "The Harwell Film Archive released the newsreels of the siege.",
            "Harwell Film Archive",
            "organization",
        ),
        (
            "Fans boycotted the club's sponsor, the conglomerate Halvorsen Holdings.",
            "Halvorsen Holdings",
            "company",
        ),
        (
            "The trip was booked through a Denver-based company, Summit Trail Tours, in May.",
            "Summit Trail Tours",
            "company",
        ),
        (
            "The photograph was distributed by the state news agency Balkanpress.",
            "Balkanpress",
            "media",
        ),
        (
            "The ruling was first reported by the newspaper Gazeta Wyborcza.",
            "Gazeta Wyborcza",
            "media",
        ),
    ],
)
def test_a_body_by_its_shape_and_its_kind(
    vocabulary: Vocabulary, entry: str, body: str, kind: str
) -> None:
    enricher = _enricher(vocabulary, entry)
    assert body in enricher.new
    assert enricher.new[body].kind == kind


# --- a newspaper or a company named after its city --------------------------------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        ("The Chicago Tribune reported the strike at the stockyards.", "Chicago Tribune"),
        ("The Los Angeles Times reported the verdict in the Simpson trial.", "Los Angeles Times"),
        ("The Vienna Philharmonic played for the troops in 1945.", "Vienna Philharmonic"),
    ],
)
def test_a_newspaper_named_after_its_city(vocabulary: Vocabulary, entry: str, body: str) -> None:
    actors, places = _found(vocabulary, entry)
    assert body in actors
    assert not places  # the city names the newspaper; nothing happened there


# --- a body's officer after its title; a party named with its state's adjective --------------


def test_a_party_and_its_chair(vocabulary: Vocabulary) -> None:
    entry = "British Labour Party Chair Anneliese Dodds criticised the budget in a speech."
    enricher = _enricher(vocabulary, entry)
    assert enricher.new["British Labour Party"].kind == "party"
    assert "Anneliese Dodds" in enricher.new


# --- persons: a hyphened given name opened by a common word; a middle initial and nickname ----


def test_a_hyphened_given_name_is_the_persons_not_a_place(vocabulary: Vocabulary) -> None:
    actors, places = _found(vocabulary, "“We will rebuild the mill,” said Park On-Yu, a farmer.")
    assert "Park On-Yu" in actors
    assert "Yu" not in places


def test_a_hyphened_given_name_in_lower_case(vocabulary: Vocabulary) -> None:
    actors, places = _found(vocabulary, "“The harvest failed,” said Lee In-bae, a farmer.")
    assert "Lee In-bae" in actors
    assert not places


def test_a_nickname_after_a_middle_initial(vocabulary: Vocabulary) -> None:
    entry = 'Cmdr. Harold J. "Buzz" Kettering surrendered the cutter off the cape.'
    enricher = _enricher(vocabulary, entry, "1943-05-02")
    assert "Harold J. Kettering" in enricher.new
    assert "Harold J" not in enricher.new


# --- a work that wins an award is no place ----------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Crimson Valley wins the Oscar for best picture.",
        "Silver Lake won a Grammy for the album in 1998.",
    ],
)
def test_a_work_that_wins_an_award_is_no_place(vocabulary: Vocabulary, entry: str) -> None:
    assert _found(vocabulary, entry)[1] == []


# --- guards: phrases that must not become names (pass before and after) ----------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The ministry said no talks were planned.",  # a common noun phrase
        "The company said on Monday that profits fell.",
        "The Working Group met again in Geneva.",  # a generic group
        "Modern Times opened in cinemas across the country.",  # a film, no newspaper
        "Ironworks Group Shuts Plant After Strike",  # a headline's capitals
        "Harbour Trust - Forty years ago today the docks closed.",  # a page's credit
        "Bombs downed Transatlantic Airways (TAW) Flight 103 over the town.",  # a flight's name
        "The quartet played in Vienna Philharmonic Hall that night.",  # a site
    ],
)
def test_no_new_body(vocabulary: Vocabulary, entry: str) -> None:
    assert _enricher(vocabulary, entry).new == {}


def test_a_city_that_wins_a_bid_stays_a_place(vocabulary: Vocabulary) -> None:
    places = _found(vocabulary, "The games were awarded after talks in Silver Lake.")[1]
    assert places == ["Silver Lake"]


def test_names_inside_other_names_make_no_body(vocabulary: Vocabulary) -> None:
    assert _enricher(vocabulary, "Veterans gathered at the Korean War Memorial in 1995.").new == {}
    assert "Japan" not in _found(vocabulary, "The ferry sank in the Sea of Japan.")[0]


# --- a body that acts: its head word and a verb after it --------------------------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        ("The Ninth Circuit Court of Appeals blocked the order.", "Ninth Circuit Court of Appeals"),
        ("The National Union of Mineworkers rejected the offer.", "National Union of Mineworkers"),
        ("The Texas Supreme Court ruled for the ranchers.", "Texas Supreme Court"),
    ],
)
def test_a_body_that_acts(vocabulary: Vocabulary, entry: str, body: str) -> None:
    assert body in _found(vocabulary, entry)[0]


def test_a_generic_organ_does_not_act_as_a_new_body(vocabulary: Vocabulary) -> None:
    assert _enricher(vocabulary, "The Central Committee decided to purge the faction.").new == {}


# --- two Korean surnames side by side are one person nobody knows -----------------------------


def test_two_surnames_side_by_side_are_one_new_person(vocabulary: Vocabulary) -> None:
    actors = _found(
        vocabulary, "Kim Jeong met the delegation of the football league.", "2019-03-10"
    )[0]
    assert actors == ["Kim Jeong"]


def test_two_surnames_joined_by_and_stay_two(vocabulary: Vocabulary) -> None:
    actors = _found(vocabulary, "Kim and Moon met at the border.", "2019-03-10")[0]
    assert actors == ["Kim Jong Un", "Moon Jae-in"]


# --- a state's name that other things bear ------------------------------------------------------


def test_a_states_name_after_a_is_no_state(vocabulary: Vocabulary) -> None:
    actors = _found(vocabulary, "The president pardoned a Turkey named Bread.", "2019-11-26")[0]
    assert "Turkey" not in actors


def test_georgia_the_country_by_its_cues(vocabulary: Vocabulary) -> None:
    entry = "Russia and Georgia fought a five-day war over South Ossetia."
    assert "Georgia" in _found(vocabulary, entry, "2008-08-10")[0]


def test_georgia_without_a_cue_is_left_unresolved(vocabulary: Vocabulary) -> None:
    found = Enricher(vocabulary).enrich("Georgia beat Alabama in the title game.", "2019-08-10")
    assert "Georgia" not in found.actors
    assert [u.text for u in found.unresolved] == ["Georgia"]


def test_a_states_name_joined_to_a_word_stays_the_state(vocabulary: Vocabulary) -> None:
    entry = "The tour was sold by a China-based company, Red Lantern Tours (since closed), in May."
    enricher = _enricher(vocabulary, entry)
    found = Enricher(vocabulary).enrich(entry, "2016-04-12")
    assert "China" in found.actors
    assert "Red Lantern Tours" in enricher.new
