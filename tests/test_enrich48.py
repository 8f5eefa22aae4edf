"""Unit tests of round enrich48 (issue 23, the misses of the blind part held-out-33, seen since):
a quotation closed with a stop where its sentence goes on ("“….” admitted X"), French verbs of
report in the present after the words ("…», précise X"), the subject of a sentence whose name
stands in apposition ("The minister, X, did not …. He said: “…”"), a count before a university
("300 X University students"), a party's congress ("the Eighth Congress", "the Workers' Party
Congress") and its "Eighth Central Committee", a capital after "round", "above", "below" or
"beyond", a government's own formal style ("His Majesty's Government") giving the document's
state (and its "the Prime Minister"), a new person's surname a few entries after his full name,
and a town before a US state's abbreviation used as an adjective ("the Bend, Ore., team").
Each on invented entries, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import actors_in_order, enrich_in_order
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a stop inside the marks where the sentence goes on: the comma's place --------------------


def test_a_stop_then_an_inverted_verb_is_the_speakers(vocabulary: Vocabulary) -> None:
    entry = "“The plan was sound and we kept to it.” admitted General Omar Bradley in his memoir."
    assert _said(vocabulary, entry, date="1951-05-01") == [
        ("Omar Bradley", "The plan was sound and we kept to it.")
    ]


def test_a_stop_then_a_pronoun_and_verb_splits_one_speakers_words(vocabulary: Vocabulary) -> None:
    entries = (
        "Omar Bradley spoke to the press.",
        "“This hard winter.” he insisted, “only strengthens our resolve to hold the line.”",
    )
    assert _said(vocabulary, *entries, date="1951-05-01") == [
        ("Omar Bradley", "This hard winter."),
        ("Omar Bradley", "only strengthens our resolve to hold the line."),
    ]


def test_a_stop_then_a_new_sentence_gives_no_speaker(vocabulary: Vocabulary) -> None:
    entry = "Omar Bradley read the order. “The line will hold.” Then the guns opened fire."
    assert _said(vocabulary, entry, date="1951-05-01") == []


# --- French verbs of report in the present, their subject after them --------------------------


@pytest.mark.parametrize("verb", ["précise", "indique", "a précisé", "assure"])
def test_a_french_present_verb_after_the_words(vocabulary: Vocabulary, verb: str) -> None:
    entry = f"Un accord «très important pour la paix dans la région», {verb} Tokyo."
    assert _said(vocabulary, entry, date="2010-05-10") == [
        ("Japan", "très important pour la paix dans la région")
    ]


# --- the subject of a sentence whose name stands in apposition --------------------------------


def test_a_name_in_apposition_is_the_sentences_subject(vocabulary: Vocabulary) -> None:
    entry = (
        "The Japanese foreign minister, Taro Kono, did not appear before reporters, but made"
        ' comments before his meeting with Wang Yi. He said: "The situation in the region'
        ' requires our two countries to cooperate more closely than ever."'
    )
    assert _said(vocabulary, entry, date="2018-04-10") == [
        ("Taro Kono", "The situation in the region requires our two countries to cooperate"
                      " more closely than ever."),
    ]  # fmt: skip


def test_two_persons_with_no_subject_before_he_stay_nobodys(vocabulary: Vocabulary) -> None:
    entry = (
        'After the talks between Taro Kono and Wang Yi, reporters waited. He said: "The'
        ' situation in the region requires our two countries to cooperate."'
    )
    assert _said(vocabulary, entry, date="2018-04-10") == []


# --- a count before a body's name is no unit's number --------------------------------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        ("Then 300 Oxford University students marched on the embassy.", "Oxford University"),
        ("About 40 Danforth Institute fellows signed the letter.", "Danforth Institute"),
        ("Then 300 Tokyo Science University professors gathered.", "Tokyo Science University"),
    ],
)
def test_a_count_before_a_university_is_no_part_of_its_name(
    vocabulary: Vocabulary, entry: str, body: str
) -> None:
    assert actors_in_order(vocabulary, entry, date="1960-04-20") == [body]


def test_a_units_number_stays_its_name(vocabulary: Vocabulary) -> None:
    entry = "Then 56 Mountain Brigade crossed the river."
    assert actors_in_order(vocabulary, entry, date="1960-04-20") == ["56 Mountain Brigade"]


# --- a party's congress and committee, not the US Congress nor a new body ----------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The session closed the Seventh Congress of the party.",
        "Delegates met again after the 8th Congress ended.",
        "The plenary meeting of its Seventh Central Committee closed on Friday.",
    ],
)
def test_a_partys_numbered_congress_or_committee_is_no_actor(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert actors_in_order(vocabulary, entry, date="2021-01-10") == []


def test_the_congress_of_a_party_just_named_is_no_us_congress(vocabulary: Vocabulary) -> None:
    entry = "The Workers’ Party Congress began on Thursday with 5,000 delegates."
    assert actors_in_order(vocabulary, entry, date="2021-01-10") == ["Workers' Party of Korea"]


@pytest.mark.parametrize(
    "entry", ["The 116th Congress passed the bill.", "Senators in Congress voted on Tuesday."]
)
def test_the_us_congress_stays(vocabulary: Vocabulary, entry: str) -> None:
    assert actors_in_order(vocabulary, entry, date="2021-01-10") == ["US Congress"]


def test_an_early_numbered_congress_stays_the_us_congress(vocabulary: Vocabulary) -> None:
    entry = "The Eighth Congress met in Washington."  # (1803: the US's was numbered so)
    assert "US Congress" in actors_in_order(vocabulary, entry, date="1803-10-17")


# --- a capital after a word of place: the city ------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "city"),
    [
        ("Fighting raged round Tokyo where the lines broke.", "Tokyo"),
        ("The hills stand just above Beijing, which the army held.", "Beijing"),
        ("Bridges below Moscow were cut by the floods.", "Moscow"),
    ],
)
def test_a_capital_after_a_word_of_place_is_the_city(
    vocabulary: Vocabulary, entry: str, city: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="1951-04-10")
    assert found.places == [city]
    assert found.actors == []


# --- a government's own formal style: the document's state ------------------------------------


def test_his_majestys_government_is_the_united_kingdom(vocabulary: Vocabulary) -> None:
    entry = "Her Majesty's Government are deeply concerned at the news."
    assert actors_in_order(vocabulary, entry, date="1956-10-30") == ["United Kingdom"]


def test_the_prime_minister_after_the_government_named_by_its_style(
    vocabulary: Vocabulary,
) -> None:
    entries = (
        "Her Majesty's Government are deeply concerned at the news.",
        "We shall be grateful if the Prime Minister will keep us informed.",
    )
    assert actors_in_order(vocabulary, *entries, date="1951-03-10") == ["Clement Attlee"]


def test_the_style_of_another_realms_government_gives_no_home(vocabulary: Vocabulary) -> None:
    entries = (
        "His Majesty's Government in Canada wrote to the council.",
        "We shall be grateful if the Prime Minister will keep us informed.",
    )
    assert actors_in_order(vocabulary, *entries, date="1951-03-10") == []


# --- a new person's surname a few entries after his full name --------------------------------


def test_a_new_persons_surname_entries_later_is_his(vocabulary: Vocabulary) -> None:
    entries = (
        "But when the scholar Jung-ho Han asked Bob Miller about his memories, Miller spoke.",
        "Miller also talks about enlisting with his brother.",
        "The interview with Miller can be seen online.",
        "Han, who began the project in 2011, said he has interviewed 300 veterans.",
    )
    assert actors_in_order(vocabulary, *entries, date="2014-09-11") == ["Jung-ho Han"]


def test_a_surname_no_entry_named_in_full_stays_the_holder(vocabulary: Vocabulary) -> None:
    entries = (
        "Bob Miller spoke about his memories.",
        "Han, the defense minister, said the drills would go on.",
    )
    assert actors_in_order(vocabulary, *entries, date="2014-09-11") == ["Han Min-koo"]


# --- a town before a US state's abbreviation, the address as an adjective ----------------------


def test_a_town_and_state_abbreviation_as_an_adjective(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "Ten players from the Bend, Ore., team won.", date="2014")
    assert found.places == ["Bend"]


def test_a_town_and_state_abbreviation_with_no_closing_comma_stays(
    vocabulary: Vocabulary,
) -> None:
    found = enrich_in_order(vocabulary, "The Bend, Ore. team won the cup.", date="2014")
    assert found.places == []


# --- forms the knowledge base gained (with their sources) -------------------------------------


def test_aussies_are_australia(vocabulary: Vocabulary) -> None:
    entry = "The Aussies held the ridge through the night."
    assert actors_in_order(vocabulary, entry, date="1951-04-24") == ["Australia"]


def test_inchon_with_its_apostrophe_is_incheon(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "The ships sailed from Inch'on at dawn.", date="1990")
    assert found.places == ["Incheon"]


# --- a state's adjective before "Security Council": that state's council -----------------------


def test_a_states_security_council_is_its_own_body(vocabulary: Vocabulary) -> None:
    entry = "He held talks with Kazakh Security Council Secretary Ivan Petrov in Astana."
    assert actors_in_order(vocabulary, entry, date="2018-04-10") == [
        "Kazakh Security Council",
        "Ivan Petrov",
    ]


@pytest.mark.parametrize(
    "entry", ["The UN Security Council met on Friday.", "The Security Council condemned the test."]
)
def test_the_security_council_alone_stays_the_uns(vocabulary: Vocabulary, entry: str) -> None:
    assert actors_in_order(vocabulary, entry, date="2018-04-10") == ["UN Security Council"]
