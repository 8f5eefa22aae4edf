"""Unit tests of round enrich52 (issue 23, held-out-35's misses, statements' precision first):
a government named by its leader ("a Clinton administration spokesman") as a speaker is two
candidates (the person and the state), no one's words; words quoted as words ("the word for
“hello”") are nobody's statement; a bare surname is the bearer the entry named before it, not
one it names only after; a body "University of CITY … Center" keeps its opening words. Each on
invented entries, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.events import forces_with_their_states
from tests.enrich_support import actors_in_order, enrich_in_order
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a government named by its leader speaks for two: no one's words ------------------------


def test_an_administration_spokesman_is_neither_the_leader_nor_told_apart(
    vocabulary: Vocabulary,
) -> None:
    entry = (
        "Iraq says it will answer any strike. A Clinton administration spokesman says the "
        "warning is “empty talk meant for the cameras” and will not change the plan."
    )
    assert _said(vocabulary, entry, date="1998-02-10") == []


def test_an_instruction_of_the_administration_reported_by_another_is_no_ones(
    vocabulary: Vocabulary,
) -> None:
    entry = (
        "She said that the Reagan administration told the family to “stay quiet for now” "
        "during the talks."
    )
    assert _said(vocabulary, entry, date="1985-05-01") == []


def test_the_leader_named_alone_still_speaks(vocabulary: Vocabulary) -> None:
    entry = "President Clinton said the warning was “empty talk meant for the cameras.”"
    assert _said(vocabulary, entry, date="1998-02-10") == [
        ("Bill Clinton", "empty talk meant for the cameras.")
    ]


# --- words quoted as words ---------------------------------------------------------------------


def test_a_word_and_its_gloss_are_no_statement(vocabulary: Vocabulary) -> None:
    entry = (
        "Japan reminded its neighbours that the Japanese word for “patience” is “nintai”, "
        "a Tokyo paper wrote."
    )
    assert _said(vocabulary, entry, date="2010-01-01") == []


def test_a_word_quoted_after_words_is_no_statement(vocabulary: Vocabulary) -> None:
    entry = "China protested against the words “puppet state” printed on the Japanese map."
    assert _said(vocabulary, entry, date="2010-01-01") == []


def test_a_quotation_after_a_word_of_ones_own_still_speaks(vocabulary: Vocabulary) -> None:
    entry = "Japan said in a word: “We will not accept the claim.”"
    assert _said(vocabulary, entry, date="2010-01-01") == [
        ("Japan", "We will not accept the claim.")
    ]


# --- a bare surname is the bearer named before it ----------------------------------------------


SURNAME_ENTRY = (
    "A ferry sank off the coast on Monday. ‘We are deeply saddened by the loss,’ said Park "
    "Dong-soo, spokesman for the ministry of oceans. Park urged the operator to cooperate. "
    "‘Until the inquiry ends, the route will be closed,’ he said. Park Min-ho, another official "
    "at the briefing, said the navy would help. He said the families had been told, noting: "
    "‘We will meet them tomorrow.’"
)


def test_a_surname_is_the_bearer_named_before_it(vocabulary: Vocabulary) -> None:
    assert _said(vocabulary, SURNAME_ENTRY, date="2014-04-16") == [
        ("Park Dong-soo", "We are deeply saddened by the loss,"),
        ("Park Dong-soo", "Until the inquiry ends, the route will be closed,"),
        ("Park Min-ho", "We will meet them tomorrow."),
    ]


def test_both_bearers_stay_actors(vocabulary: Vocabulary) -> None:
    found = actors_in_order(vocabulary, SURNAME_ENTRY, date="2014-04-16")
    assert "Park Dong-soo" in found
    assert "Park Min-ho" in found


# --- "the University of CITY … Center": the name as written -----------------------------------


def test_a_university_centre_named_after_its_city_keeps_its_university(
    vocabulary: Vocabulary,
) -> None:
    entry = (
        "A spokeswoman for the University of Chicago Medical Center said the patient had "
        "suffered “a serious burn to the arm.”"
    )
    assert _said(vocabulary, entry, date="2016-05-01") == [
        ("University of Chicago Medical Center", "a serious burn to the arm.")
    ]
    assert actors_in_order(vocabulary, entry, date="2016-05-01") == [
        "University of Chicago Medical Center"
    ]


def test_a_centre_named_after_its_city_alone_stays_as_written(vocabulary: Vocabulary) -> None:
    entry = "The Chicago Medical Center said the patient was stable."
    assert actors_in_order(vocabulary, entry, date="2016-05-01") == ["Chicago Medical Center"]


# --- a dateline of a two-word capital in capitals: the place ---------------------------------


def test_a_two_word_capital_in_capitals_opening_the_entry_is_where_it_was_written(
    vocabulary: Vocabulary,
) -> None:
    entry = "KUALA LUMPUR—Foreign agents may not question witnesses here, the police chief said."
    found = enrich_in_order(vocabulary, entry, date="2017-03-20")
    assert found.places == ["Kuala Lumpur"]
    assert "Malaysia" not in found.actors


def test_a_two_word_capital_acting_is_still_its_state(vocabulary: Vocabulary) -> None:
    entry = "Kuala Lumpur said foreign agents may not question witnesses."
    assert actors_in_order(vocabulary, entry, date="2017-03-20") == ["Malaysia"]


# --- states and forces in Chinese (CLDR zh territory names, zh Wikipedia titles) ------------------


def test_states_named_in_chinese(vocabulary: Vocabulary) -> None:
    entry = "加拿大、土耳其、希腊和埃塞俄比亚也派了军队。"
    assert actors_in_order(vocabulary, entry, date="1950-09-01") == [
        "Canada",
        "Turkey",
        "Greece",
        "Ethiopia",
    ]


def test_indonesia_is_not_india_inside_it(vocabulary: Vocabulary) -> None:
    assert actors_in_order(vocabulary, "印度尼西亚总统访问了北京。", date="1955-04-01") == [
        "Indonesia"
    ]


def test_forces_named_in_chinese_give_the_force_and_its_state(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "美军在仁川登陆,朝鲜人民军转入退却。", date="1950-09-15")
    assert forces_with_their_states(found.actors, Enricher(vocabulary).records) == (
        "United States Armed Forces",
        "United States",
        "Korean People's Army",
        "North Korea",
    )
    assert found.places == ["Incheon"]


# --- Korean provinces: a compass word in lower case, "k" for "g" ---------------------------------


def test_a_lower_case_compass_word_opens_a_known_province(vocabulary: Vocabulary) -> None:
    entry = "Tremors were felt in north Hamgyong province and in south Hamgyong province."
    assert enrich_in_order(vocabulary, entry, date="2009-05-25").places == [
        "North Hamgyong Province",
        "South Hamgyong Province",
    ]


def test_a_province_spelt_with_k_for_g_is_the_known_one(vocabulary: Vocabulary) -> None:
    entry = "Tremors were felt in North Hamkyung province on Monday."
    assert enrich_in_order(vocabulary, entry, date="2009-05-25").places == [
        "North Hamgyong Province"
    ]


def test_a_province_nobody_knows_stays_as_written(vocabulary: Vocabulary) -> None:
    entry = "Floods hit north Quang Ngai province on Monday."
    assert enrich_in_order(vocabulary, entry, date="2009-05-25").places == ["Quang Ngai province"]
