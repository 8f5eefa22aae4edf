"""Unit tests of the rules of round actors14 (issue 23, the leftovers of session 6): a bare
surname is the nearest person of that surname the document named, unresolved when that named
two; the double surname of a new person; "the Times" after the New York Times; the regions,
command and ministry the knowledge base lacked; a summit's city (the corpus README's rule 10).
Each rule on variants of its kind of sentence, with what it must leave alone beside it."""

from __future__ import annotations

from functools import partial

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.events import forces_with_their_states
from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import enrich_in_order

_enrich = partial(enrich_in_order, date="2025-08-20")


# --- a bare surname: the nearest person of that surname the document named -------------------


@pytest.mark.parametrize(
    ("entries", "date", "person", "not_person"),
    [
        (  # (held-out-14's UPI text: the leader named two entries before his sister)
            (
                "Kim Jong Un chaired a meeting of the Politburo.",
                "Kim Yo Jong issued a statement on the drills.",
                "“We have witnessed the dirty political system,” Kim told officials.",
            ),
            "2025-08-19",
            "Kim Yo Jong",
            "Kim Jong Un",
        ),
        (
            (
                "Kim Jong Un met Donald Trump in Singapore.",
                "Kim Yo Jong warned Seoul over the leaflets.",
                "Kim’s remarks come as the allies hold their drills.",
            ),
            "2020-06-04",
            "Kim Yo Jong",
            "Kim Jong Un",
        ),
        (  # (the sister first, then the leader: the nearest is he)
            (
                "Kim Yo Jong warned Seoul over the leaflets.",
                "Kim Jong Un chaired a meeting of the Politburo.",
                "Kim said the army would be ready.",
            ),
            "2020-06-04",
            "Kim Jong Un",
            "Kim Yo Jong",
        ),
    ],
)
def test_a_bare_surname_is_the_nearest_person_named(
    vocabulary: Vocabulary, entries: tuple[str, ...], date: str, person: str, not_person: str
) -> None:
    found = _enrich(vocabulary, *entries, date=date)
    assert person in found.actors
    assert not_person not in found.actors


@pytest.mark.parametrize(
    "entries",
    [
        (  # two Kims named in the entry before, both of them acting (enrich20: one named
            # only as whose kin the other is, "the sister of leader Kim Jong Un", is not the
            # bare surname's: tests/test_enrich20.py)
            "Kim Yo Jong and leader Kim Jong Un issued a statement.",
            "Kim said the South would never be a partner.",
        ),
        (  # two Kims named before the surname in the same entry
            "Kim Yo Jong, the sister of leader Kim Jong Un, issued a statement, and Kim said "
            "the South would never be a partner.",
        ),
    ],
)
def test_a_bare_surname_after_two_of_that_name_stays_unresolved(
    vocabulary: Vocabulary, entries: tuple[str, ...]
) -> None:
    found = _enrich(vocabulary, *entries)
    if len(entries) > 1:  # (the last entry names only the bare surname)
        assert "Kim Jong Un" not in found.actors
        assert "Kim Yo Jong" not in found.actors
    assert any(u.text == "Kim" and "ambiguous" in u.reason for u in found.unresolved)


def test_the_full_names_after_a_bare_surname_do_not_make_it_ambiguous(
    vocabulary: Vocabulary,
) -> None:
    # (held-out-5: "Kim announced … by Kim Jong-il, the son of … Kim Il Sung": she, named before)
    found = _enrich(
        vocabulary,
        "Kim Hyon Hui, a North Korean agent, was arrested in Bahrain.",
        "Kim announced that the order had been penned by Kim Jong-il, the son of President "
        "Kim Il Sung.",
        date="1988-01-15",
    )
    assert "Kim Hyon Hui" in found.actors


def test_a_person_named_long_before_is_not_the_nearest(vocabulary: Vocabulary) -> None:
    # (a person the knowledge base does not date: within NEAR_YEARS of the entry naming him)
    enricher = Enricher(vocabulary)
    enricher.enrich("Kim Shin-jo, a commando, was captured in Seoul.", "1968-01-21")
    enricher.enrich("Park Chung-hee declared martial law.", "1972-10-17")
    found = enricher.enrich("Kim inspected a missile factory.", "2019-05-01")
    assert "Kim Shin-jo" not in found.actors


# --- the double surname of a new person -------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "person"),
    [
        (
            "Karine Jean-Pierre, the White House press secretary, announced the summit.",
            "Jean-Pierre said the leaders “will discuss expanding trilateral cooperation.”",
            "Karine Jean-Pierre",
        ),
        (
            "John Swenson-Wright, a fellow at Chatham House, spoke on the radio.",
            "“It comes at a particularly bad time,” Swenson-Wright said.",
            "John Swenson-Wright",
        ),
    ],
)
def test_a_new_persons_double_surname_is_that_person(
    vocabulary: Vocabulary, first: str, then: str, person: str
) -> None:
    found = _enrich(vocabulary, first, then, date="2023-08-10")
    assert person in found.actors
    assert [s.speaker for s in found.statements] == [person]


def test_a_double_surname_in_the_same_entry(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Karine Jean-Pierre, the press secretary, spoke first. Later Jean-Pierre said “no.”",
        date="2023-08-10",
    )
    assert [s.speaker for s in found.statements] == ["Karine Jean-Pierre"]


# --- "the Times": a publication the document named --------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "outlet"),
    [
        (
            "The New York Times reported the attack at Panmunjom.",
            "According to the Times, a group of soldiers wielding axes attacked.",
            "New York Times",
        ),
        (
            "The New York Times reported the attack at Panmunjom.",
            "As the Times reported, “even by the level of past provocations” it was grave.",
            "New York Times",
        ),
        (
            "The Washington Post said the talks had stalled.",
            "The talks, the Post said, would resume in May.",
            "Washington Post",
        ),
    ],
)
def test_the_times_is_the_publication_named_before(
    vocabulary: Vocabulary, first: str, then: str, outlet: str
) -> None:
    found = _enrich(vocabulary, first, then, date="1976-08-19")
    assert outlet in found.actors


def test_the_times_after_two_times_or_none_is_nobody(vocabulary: Vocabulary) -> None:
    two = _enrich(
        vocabulary,
        "The New York Times and the Financial Times reported the attack.",
        "According to the Times, soldiers attacked.",
    )
    assert not {"New York Times", "Financial Times"} & set(two.actors)
    none = _enrich(vocabulary, "According to the Times, soldiers attacked.")
    assert none.actors == []


# --- names the knowledge base lacked ----------------------------------------------------------


def test_far_east_command_is_a_force_of_the_united_states(vocabulary: Vocabulary) -> None:
    enricher = Enricher(vocabulary)
    found = enricher.enrich(
        "Douglas MacArthur, commander-in-chief of Far East Command, plans to liberate Seoul.",
        "1950-09-15",
    )
    assert "Far East Command" in found.actors
    served = forces_with_their_states(found.actors, enricher.records)
    assert "United States" in served


@pytest.mark.parametrize(
    "entry",
    [
        "Earlier on, Russian foreign ministry expressed concern over the drills.",
        "Russia's Foreign Ministry said the test threatened the peace of the region.",
        "A senior Russian Foreign Ministry official spoke on condition of anonymity.",
    ],
)
def test_the_russian_foreign_ministry(vocabulary: Vocabulary, entry: str) -> None:
    found = _enrich(vocabulary, entry, date="2010-12-20")
    assert "Russian Foreign Ministry" in found.actors
    assert "Russia" not in found.actors  # (the ministry only, as the other ministries)


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("Central to the talks will be the security of the Asia-Pacific region.", "Asia-Pacific"),
        ("Central to the talks will be the security of the Asia Pacific region.", "Asia-Pacific"),
        ("It would have an impact in Europe and in the Indo-Pacific region.", "Indo-Pacific"),
    ],
)
def test_the_pacific_regions_are_places(vocabulary: Vocabulary, entry: str, place: str) -> None:
    found = _enrich(vocabulary, entry, date="2023-03-16")
    assert place in found.places
    assert "Pacific Ocean" not in found.places


def test_a_region_inside_a_quotation_is_the_speakers(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Jean-Pierre said the leaders “will discuss cooperation across the Indo-Pacific and "
        "beyond,” she said.",
        date="2023-08-10",
    )
    assert not {"Indo-Pacific", "Pacific Ocean"} & set(found.places)


# --- a summit named after its city (the corpus README's rule 10) ------------------------------


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("Trump concedes he walked away from the Hanoi summit with no deal.", "Hanoi"),
        ("It took more than a year to arrange the Vladivostok summit.", "Vladivostok"),
        ("Trump and Kim sign document following Singapore meeting", "Singapore"),
    ],
)
def test_a_summit_named_after_its_city_gives_the_place(
    vocabulary: Vocabulary, entry: str, place: str
) -> None:
    assert place in _enrich(vocabulary, entry, date="2019-02-28").places


@pytest.mark.parametrize(
    "entry",
    [
        "The two sides reaffirmed the Singapore declaration.",
        "Operations began following the Panmunjom Declaration of April 2018.",
        "Korea was administered as agreed at the Moscow Conference.",
    ],
)
def test_a_document_or_conference_named_after_its_city_gives_none(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _enrich(vocabulary, entry, date="2019-02-28").places == []


# --- forces written with a capital; a state, then another's forces -----------------------------


@pytest.mark.parametrize(
    ("entry", "force"),
    [
        ("UN Forces are formed with General Douglas MacArthur as Commander.", "UN Command"),
        ("UN Troops make an Amphibious Landing at Incheon.", "UN Command"),
        ("Chinese Forces enter the war", "People's Liberation Army"),
        ("Truman Orders U.S. Forces to Fight in Korean War", "United States Armed Forces"),
    ],
)
def test_a_force_noun_with_a_capital_is_the_force(
    vocabulary: Vocabulary, entry: str, force: str
) -> None:
    assert force in _enrich(vocabulary, entry, date="1950-09-15").actors


def test_a_force_noun_opening_a_longer_name_stays_that_name(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "U.S. Forces Korea said the drills would go on.", date="2019-03-01")
    assert found.actors == ["US Forces Korea"]


def test_a_state_then_and_the_others_forces(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Due to opposition from the Soviet Union and the Chinese Forces, the attempt failed.",
        date="1951-07-10",
    )
    assert "Soviet Union" in found.actors and "Red Army" not in found.actors
    assert "People's Liberation Army" in found.actors
    both = _enrich(
        vocabulary, "The U.S. and the South Korean forces held drills.", date="2013-03-11"
    )
    assert {"United States Armed Forces", "Republic of Korea Armed Forces"} <= set(both.actors)


def test_the_kcia_with_its_states_adjective(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Lee Hu Rak is removed as Head of the South Korean Central Intelligence Agency (K.C.I.A.).",
        date="1973-12-03",
    )
    assert "Korean Central Intelligence Agency" in found.actors
    assert "South Korean Central Intelligence Agency" not in found.actors


# --- numbered units; a command the knowledge base lacked --------------------------------------


@pytest.mark.parametrize(
    ("entry", "unit"),
    [
        ("A special squad of Unit 124 of the Korean People's Army infiltrated.", "Unit 124"),
        ("31 elite North Korean commandos, known as Unit 124, were trained for years.", "Unit 124"),
        ("They drive towards Seoul, supported by Squadron 77 who harass the enemy.", "Squadron 77"),
    ],
)
def test_a_unit_named_by_its_number_after_it(vocabulary: Vocabulary, entry: str, unit: str) -> None:
    assert unit in _enrich(vocabulary, entry, date="1968-01-21").actors


def test_a_year_after_a_unit_is_no_number_of_it(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "Veterans of the Division 1950 reunion met.", date="2000-06-25")
    assert not any(a.startswith("Division") for a in found.actors)


def test_the_defense_security_command(vocabulary: Vocabulary) -> None:
    enricher = Enricher(vocabulary)
    found = enricher.enrich(
        "Major General Chun Doo Hwan, chief of the Defense Security Command, led the purge.",
        "1979-12-12",
    )
    assert "Defense Security Command" in found.actors
    assert "South Korea" in forces_with_their_states(found.actors, enricher.records)


# --- "the north and the south" in a document on the Koreas ------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Talks were held in Pyongyang and Seoul on the relations between the north and the south.",
        "The two sides sought to ease the tensions that have arisen between the south and the north.",
    ],
)
def test_the_north_and_the_south_after_a_korean_place(vocabulary: Vocabulary, entry: str) -> None:
    found = _enrich(vocabulary, "Ri Hu Rak visited Pyongyang in May.", entry, date="1972-07-04")
    assert {"North Korea", "South Korea"} <= set(found.actors)


def test_the_north_and_the_south_elsewhere_are_nobody(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "Floods hit the north and the south of Italy.", date="1972-07-04")
    assert not {"North Korea", "South Korea"} & set(found.actors)
