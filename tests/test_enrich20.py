"""Unit tests of round enrich20 (issue 23, held-out-20's misses and the lead's probes of other
subjects): no state from a part of the Americas nor from a people's art; the city of an address;
a company opened by a rank's word; escaped quotation marks and quoted nicknames; a given name and
a surname, a name and "the widow of" as persons; a place's lower-case area word; an address's
state; "she said" and "Mrs. X" by what the entries said of a person's sex; a surname after an
entry that named its other bearer only as kin; a family's rule; venues; "the agency"; a name's
other spelling in brackets. Each rule with what it must leave alone beside it, in wordings and
subjects of its own (not the corpus's lines)."""

from __future__ import annotations

from functools import partial

import pytest

from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import enrich_in_order, said

_enrich = partial(enrich_in_order, date="1997-03-14")


# --- a part of the Americas, a people's art: no state -----------------------------------------


@pytest.mark.parametrize(
    ("entry", "not_actors"),
    [
        (
            "The North American Free Trade Agreement takes effect on Saturday.",
            {"United States", "North Korea"},
        ),
        ("Latin American finance ministers gather in Lima.", {"United States"}),
        ("A South American football tour opens in Quito.", {"United States", "South Korea"}),
        ("A critic reviews the Russian ballet at a Paris theatre.", {"Russia"}),
        ("Japanese cuisine wins a UNESCO listing.", {"Japan"}),
    ],
)
def test_no_state_from_a_continent_or_a_peoples_art(
    vocabulary: Vocabulary, entry: str, not_actors: set[str]
) -> None:
    found = _enrich(vocabulary, entry)
    assert not not_actors & set(found.actors), found.actors


@pytest.mark.parametrize(
    ("entry", "actors"),
    [
        ("American diplomats protest the ruling.", {"United States"}),
        ("Russian tanks cross the border at dawn.", {"Russia"}),
        ("The North fires two shells; the South returns fire.", {"North Korea", "South Korea"}),
        ("Chinese diplomats protest the visit.", {"China"}),
    ],
)
def test_a_states_adjective_and_the_sides_still_name_it(
    vocabulary: Vocabulary, entry: str, actors: set[str]
) -> None:
    assert actors <= set(_enrich(vocabulary, entry).actors)


# --- the city of an address --------------------------------------------------------------------


def test_a_capital_after_a_street_and_a_comma_is_the_city(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "A bookshop opens in Tokyo Street, Paris, on Monday.")
    assert "Paris" in found.places
    assert "France" not in found.actors


def test_a_capital_acting_is_still_its_state(vocabulary: Vocabulary) -> None:
    assert "France" in _enrich(vocabulary, "Paris protests the tariffs.").actors


def test_a_capital_then_another_state_after_a_comma_is_no_address(
    vocabulary: Vocabulary,
) -> None:
    found = _enrich(vocabulary, "In a sharp message to Tokyo, China said the talks were off.")
    assert "Tokyo" not in found.places
    assert {"Japan", "China"} <= set(found.actors)
    found = _enrich(vocabulary, "Talks opened in Hanoi, Vietnam, on Monday.")
    assert "Hanoi" in found.places


# --- a company opened by a rank's word -----------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "company"),
    [
        ("General Motors closes its plant in Flint.", "General Motors"),
        ("Shares of General Electric fall by a third.", "General Electric"),
    ],
)
def test_a_rank_before_a_company_word_is_the_company(
    vocabulary: Vocabulary, entry: str, company: str
) -> None:
    found = _enrich(vocabulary, entry)
    assert company in found.actors
    assert company.split()[1] not in found.actors


def test_a_rank_before_a_surname_is_still_a_person(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "Lieutenant General Okafor inspects the garrison.")
    assert "Okafor" in found.actors
    assert not any(a.startswith("General") for a in found.actors)


# --- escaped quotation marks, quoted nicknames ----------------------------------------------------


def test_escaped_quotation_marks_are_read_as_marks(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, '\\"The levee will hold,\\" Governor Hal Brenner told reporters.')
    assert said(found) == [("Hal Brenner", "The levee will hold,")]


def test_a_quoted_nickname_between_given_name_and_surname_is_no_quotation(
    vocabulary: Vocabulary,
) -> None:
    found = _enrich(vocabulary, 'Crowds cheered Capt. Walter "Buzz" Ferrante on the quay.')
    assert "Walter Ferrante" in found.actors
    assert said(found) == []


def test_a_quoted_word_after_a_known_name_stays_as_written(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, 'Seoul revives the Korean "Sunshine" Policy.')
    assert not any("Policy" in actor for actor in found.actors)


# --- persons: a given name and a surname, a name and "the widow of" -------------------------------


def test_a_given_name_and_a_surname_nobody_knows_are_a_person(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "Ken Albrecht may have started the rumour, but he never said so.")
    assert "Ken Albrecht" in found.actors


@pytest.mark.parametrize(
    ("entry", "not_actor"),
    [
        ("The strait appears in the opening of a James Bond film.", "James Bond"),
        ("Will Congress Act On The Levee Bill", "Will Congress"),
    ],
)
def test_a_given_name_before_a_work_or_in_a_headline_is_no_person(
    vocabulary: Vocabulary, entry: str, not_actor: str
) -> None:
    assert not_actor not in _enrich(vocabulary, entry).actors


def test_a_name_and_the_widow_of_is_a_person(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "The town honoured Ada Merriwether, the widow of its mayor.")
    assert "Ada Merriwether" in found.actors


# --- a place's lower-case area word --------------------------------------------------------------


def test_a_place_keeps_its_lower_case_area_word(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "Hail fell in Tolna county and near Oshima island.")
    assert {"Tolna county", "Oshima island"} <= set(found.places)


def test_a_korean_division_takes_no_second_area_word(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary, "Two rockets were fired from Sukchon-gun province.", date="2022-05-04"
    )
    assert "Sukchon-gun province" not in found.places


# --- "she said", "Mrs. X": what the entries said of a person's sex -------------------------------


def test_she_said_is_the_woman_named_lately_not_the_man_in_mind(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Mourners greeted Ada Merriwether, the widow of the late mayor, at the hall.",
        '"We rebuilt this town together," Councillor Tom Hale said.',
        '"He never gave up on it," she said.',
    )
    assert said(found) == [("Ada Merriwether", "He never gave up on it,")]


def test_she_said_stays_unattributed_when_the_woman_is_not_clear(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Ada Merriwether, the widow of the late mayor, opened the fair.",
        "Rain fell all afternoon.",
        "The band played until dusk.",
        '"We rebuilt this town together," Councillor Tom Hale said.',
        '"It never stopped raining," she said.',
    )
    assert said(found) == []


def test_mrs_and_a_surname_is_the_woman_of_that_surname(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Friends embraced Ada Merriwether, the widow of Capt. Jonas Merriwether, at the pier.",
        "Later Mrs. Merriwether laid a wreath at the pier.",
    )
    assert "Ada Merriwether" in found.actors
    assert "Jonas Merriwether" not in found.actors


def test_mrs_and_a_surname_is_never_the_man_of_that_surname(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Capt. Jonas Merriwether sailed at dawn. Mrs. Merriwether waved from the pier.",
    )
    assert found.actors.count("Jonas Merriwether") <= 1
    assert "Merriwether" not in found.actors


# --- a surname after an entry that named its other bearer only as kin -----------------------------


@pytest.mark.parametrize(
    "first",
    [
        "The ministry cited Ana Velasco, Governor Ruben Velasco's influential sister, on the "
        "evacuation.",
        "The ministry cited Ana Velasco, sister of Governor Ruben Velasco, on the evacuation.",
    ],
)
def test_a_surname_after_kin_named_in_apposition_is_the_subject(
    vocabulary: Vocabulary, first: str
) -> None:
    found = _enrich(vocabulary, first, "The roads would reopen on Friday, Velasco said.")
    assert "Ana Velasco" in found.actors
    assert "Ruben Velasco" not in found.actors


def test_a_surname_after_two_bearers_named_alike_stays_unresolved(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Governor Ruben Velasco and Senator Ana Velasco toured the levee.",
        "The roads would reopen on Friday, Velasco said.",
    )
    assert not {"Ana Velasco", "Ruben Velasco"} & set(found.actors)


def test_the_family_rule_is_no_one_person(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "President George W. Bush visits Crawford.",
        "Critics say the Bush dynasty shaped the party.",
        date="2006-05-01",
    )
    assert "George W. Bush" not in found.actors
    found = _enrich(
        vocabulary,
        "President George W. Bush visits Crawford.",
        "Bush said the ranch would stay open.",
        date="2006-05-01",
    )
    assert "George W. Bush" in found.actors


# --- venues, "the agency", a name's other spelling --------------------------------------------


def test_a_venue_nobody_knows_is_a_place(vocabulary: Vocabulary) -> None:
    found = _enrich(vocabulary, "Delegates met at the Riverside Convention Center on Friday.")
    assert "Riverside Convention Center" in found.places
    assert "Riverside Convention Center" not in found.actors
    found = _enrich(vocabulary, "Rebels seized the Palmera Hotel overnight.")
    assert "Palmera Hotel" in found.places


def test_a_body_named_center_still_acts(vocabulary: Vocabulary) -> None:
    assert "The Carter Center" in _enrich(vocabulary, "The Carter Center monitors the vote.").actors


def test_the_agency_is_the_one_news_agency_named_before(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Xinhua reported flooding along the Yangtze.",
        '"Rescue work is under way," the agency quoted a county official as saying.',
    )
    assert "Xinhua" in found.actors


def test_the_agency_after_two_agencies_is_nobody(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Xinhua and Kyodo News reported the quake.",
        '"Rescue work is under way," the agency quoted a county official as saying.',
    )
    assert not {"Xinhua", "Kyodo News"} & set(found.actors)


def test_a_name_in_brackets_after_a_name_is_its_other_spelling(vocabulary: Vocabulary) -> None:
    found = _enrich(
        vocabulary,
        "Pak Song-chol [Pak Song Chol], the head of the delegation, read a statement.",
        date="1972-05-02",
    )
    assert "Pak Song Chol" not in found.actors
