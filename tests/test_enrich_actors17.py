"""Unit tests of the rules of round actors17 (issue 23): the two known errors ("the Paris Peace
Accords" gave France; "the peninsula" alone was always Korea's), then the misses of held-out-18
by kind. Each rule on invented text of other periods and subjects, with what it must leave
alone beside it, and the case it leaves unresolved."""

from __future__ import annotations

import pytest

from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import read_dated

_read = read_dated


# --- a city inside a document's capitalised name: neither actor nor place ----------------------


@pytest.mark.parametrize(
    ("date", "entry", "city", "state"),
    [
        ("1973-01-27", "The Paris Peace Accords are signed, ending US combat in Vietnam.", "Paris", "France"),
        ("1949-08-12", "The Geneva Conventions are adopted after a diplomatic conference.", "Geneva", "Switzerland"),
        ("1993-09-13", "The Oslo Peace Accords are signed on the White House lawn.", "Oslo", "Norway"),
        ("1994-10-21", "The Geneva Agreed Framework freezes the reactor at Yongbyon.", "Geneva", "Switzerland"),
    ],
)  # fmt: skip
def test_a_city_inside_a_documents_name_is_neither_actor_nor_place(
    vocabulary: Vocabulary, date: str, entry: str, city: str, state: str
) -> None:
    found, actors = _read(vocabulary, (date, entry))
    assert state not in actors
    assert city not in found.places


def test_a_city_where_talks_are_held_stays_a_place(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1968-05-13", "Kissinger flies to Paris for the opening talks."))
    assert "Paris" in found.places
    found, _ = _read(vocabulary, ("2019-03-01", "Talks resume a week after the Hanoi summit."))
    assert "Hanoi" in found.places  # (README rule 10: a summit named after its city)


# --- "the peninsula": the one the document named, none before ----------------------------------


def test_the_peninsula_alone_is_no_place_in_a_chronology_that_named_none(
    vocabulary: Vocabulary,
) -> None:
    found, _ = _read(
        vocabulary,
        ("2014-02-27", "Armed men seize the regional parliament in Simferopol."),
        ("2014-03-16", "A referendum on the peninsula backs joining Russia."),
    )
    assert "Korean Peninsula" not in found.places


def test_the_peninsula_after_the_korean_peninsula_is_named_is_it(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary,
        ("2018-04-27", "The two leaders pledge a Korean peninsula free of nuclear weapons."),
        ("2018-06-12", "Both sides vow to work toward lasting peace on the peninsula."),
    )
    assert "Korean Peninsula" in found.places


# --- a credit at the entry's end: no actor (rule 5) ---------------------------------------------


@pytest.mark.parametrize(
    ("entry", "credit"),
    [
        ("The committee said the funeral would be held on Wednesday.-CNN", "CNN"),
        ("The two ministers shake hands before their talks in Seoul. / Source: Yonhap News", "Yonhap"),
        ("Exports rose for a third month. Source: Reuters", "Reuters"),
    ],
)  # fmt: skip
def test_a_credit_at_the_end_is_no_actor(vocabulary: Vocabulary, entry: str, credit: str) -> None:
    _, actors = _read(vocabulary, ("2012-03-01", entry))
    assert credit not in actors


def test_an_agency_cited_in_the_text_stays_an_actor(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("2012-03-01", "Reuters reported the talks would resume in May-June.")
    )
    assert "Reuters" in actors


# --- a dateline of two cities --------------------------------------------------------------------


def test_a_dateline_of_two_cities_gives_places_not_states(vocabulary: Vocabulary) -> None:
    found, actors = _read(
        vocabulary, ("2010-09-07", "Tokyo/Beijing: A trawler collides with two coast guard ships.")
    )
    assert {"Tokyo", "Beijing"} <= set(found.places)
    assert "Japan" not in actors and "China" not in actors


def test_two_capitals_joined_by_a_slash_inside_a_sentence_stay_the_states(
    vocabulary: Vocabulary,
) -> None:
    found, actors = _read(vocabulary, ("2010-09-07", "New Washington/Tokyo sanctions were lifted."))
    assert {"United States", "Japan"} <= set(actors)
    assert "Washington" not in found.places


# --- a capital aimed at -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "state", "city"),
    [
        ("Kerry took a veiled swipe at Moscow for arming the rebels.", "Russia", "Moscow"),
        ("Duterte lashed out at Beijing over the shoal.", "China", "Beijing"),
    ],
)
def test_a_capital_aimed_at_is_its_government(
    vocabulary: Vocabulary, entry: str, state: str, city: str
) -> None:
    found, actors = _read(vocabulary, ("2016-07-12", entry))
    assert state in actors
    assert city not in found.places


def test_a_capital_where_one_is_stays_a_place(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("2016-07-12", "The envoys arrived at Beijing late on Monday."))
    assert "Beijing" in found.places


# --- knowledge-base persons of the period, by every form ----------------------------------------


@pytest.mark.parametrize(
    ("date", "entry", "person"),
    [
        ("1972-05-04", "Hu Rak Lee, Seoul's intelligence chief, met Kim Il Sung in secret.", "Lee Hu-rak"),
        ("1972-07-04", "Ri Hu Rak and Kim Young Ju sign the joint statement.", "Lee Hu-rak"),
        ("1972-07-04", "Ri Hu Rak and Kim Young Ju sign the joint statement.", "Kim Yong Ju"),
        ("1979-10-26", "Intelligence chief Kim Jae-gyu opens fire at the dinner.", "Kim Jae-kyu"),
        ("1954-04-27", "General Nam II presents a plan for Korea at Geneva.", "Nam Il"),
        ("2019-04-01", "Vice President Wang Qishan receives the delegation.", "Wang Qishan"),
        ("1996-11-27", "Rep. Bill Richardson wins the release of an American in Pyongyang.", "Bill Richardson"),
    ],
)  # fmt: skip
def test_a_person_of_the_period_is_known_by_his_forms(
    vocabulary: Vocabulary, date: str, entry: str, person: str
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert person in actors


def test_the_korean_cia_is_the_kcia_not_the_american_one(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("1973-08-08", "Agents of the Korean CIA abduct the opposition leader.")
    )
    assert "Korean Central Intelligence Agency" in actors
    assert "Central Intelligence Agency" not in actors


# --- a force's noun in lower case before a ship ------------------------------------------------


def test_a_navy_ship_in_lower_case_is_the_states(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("1983-09-05", "A Soviet navy vessel searched the waters off Sakhalin.")
    )
    assert "Soviet Union" in actors
    assert "Red Army" not in actors


def test_a_navy_named_with_a_capital_stays_the_force(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1950-06-29", "The British government places Royal Navy ships under UN command."),
    )
    assert "Royal Navy" in actors


# --- "Communist" before a force --------------------------------------------------------------------


def test_communist_before_a_force_leaves_the_force_and_its_state(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("1951-07-10", "At dawn the Communist North Korean army shelled Kaesong.")
    )
    assert {"Korean People's Army", "North Korea"} <= set(actors)
    assert not any(a.startswith("Communist") for a in actors)


# --- a surname whose sentence names his kin -------------------------------------------------------


def test_a_surname_beside_his_kin_named_in_full_is_the_other_bearer(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1970-06-01", "Chiang received the envoys with his eldest son, Chiang Ching-kuo."),
    )
    assert {"Chiang Kai-shek", "Chiang Ching-kuo"} <= set(actors)
    _, actors = _read(
        vocabulary,
        ("1970-06-01", "Chiang received the envoys with his eldest son, Chiang Ching-kuo."),
        ("1970-06-02", "The envoys left Taipei after Chiang thanked them."),
    )
    assert "Chiang Kai-shek" in actors
    assert "Chiang Ching-kuo" not in actors


def test_two_bearers_named_before_a_bare_surname_stay_unresolved(vocabulary: Vocabulary) -> None:
    found, actors = _read(
        vocabulary,
        ("2018-02-10", "Kim Yo Jong and Kim Yong Nam meet President Moon in Seoul."),
        ("2018-02-11", "Kim said the visit went well."),
    )
    assert not {"Kim Yo Jong", "Kim Yong Nam", "Kim Jong Un"} & set(actors)
    assert any(u.text.startswith("Kim") for u in found.unresolved)


# --- places of an address; a region before its office's title ------------------------------------


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("The ministers met in Banff, Alberta, Canada, on Tuesday.", "Alberta"),
        ("The president spent August at his ranch near Crawford, Tex., with aides.", "Crawford"),
        ("Eisenhower returned to his hometown of Abilene, Kan., for the dedication.", "Abilene"),
    ],
)
def test_a_place_of_an_address_is_a_place(vocabulary: Vocabulary, entry: str, place: str) -> None:
    found, _ = _read(vocabulary, ("1962-08-01", entry))
    assert place in found.places


def test_names_in_a_list_before_a_state_are_no_address(vocabulary: Vocabulary) -> None:
    found, _ = _read(
        vocabulary, ("1962-08-01", "Smith, Jones, Canada and Japan signed the accord.")
    )
    assert not {"Smith", "Jones"} & set(found.places)


def test_a_region_before_its_offices_title_is_no_place(vocabulary: Vocabulary) -> None:
    found, actors = _read(
        vocabulary, ("2007-04-09", "The delegation was led by New Mexico Gov. Bill Richardson.")
    )
    assert "New Mexico" not in found.places
    assert "Bill Richardson" in actors
    found, _ = _read(vocabulary, ("2007-04-12", "Richardson flew back to New Mexico on Thursday."))
    assert "New Mexico" in found.places


# --- a Korean given name of two one-syllable words ----------------------------------------------


@pytest.mark.parametrize(
    ("entry", "name", "not_him"),
    [
        ("A smiling Col. Pak In Ho escorted the visitors through the museum.", "Pak In Ho", "Pak Ui Chun"),
        ("Gen. Kim In Chol inspected the front-line units.", "Kim In Chol", "Kim Jong Il"),
    ],
)  # fmt: skip
def test_two_syllables_after_a_surname_are_a_new_persons_given_name(
    vocabulary: Vocabulary, entry: str, name: str, not_him: str
) -> None:
    _, actors = _read(vocabulary, ("2010-11-23", entry))
    assert name in actors
    assert not_him not in actors


# --- "the X and Y leaders" (rule 7) --------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The Chinese and Russian leaders watched the parade together.",
        "The leaders of China and Russia watched the parade together.",
    ],
)
def test_the_leaders_of_two_states_are_their_leaders_that_day(
    vocabulary: Vocabulary, entry: str
) -> None:
    _, actors = _read(vocabulary, ("2015-05-09", entry))
    assert {"Xi Jinping", "Vladimir Putin", "China", "Russia"} <= set(actors)


@pytest.mark.parametrize(
    "entry",
    [
        "Japanese leaders objected to the plan.",  # one state: several leaders, none named
        "Putin talked to leaders of China and India by phone.",  # no "the": which ones?
        "American and British leaders ignored Korea during the war.",  # another period, maybe
    ],
)
def test_leaders_left_unnamed(vocabulary: Vocabulary, entry: str) -> None:
    _, actors = _read(vocabulary, ("2015-05-09", entry))
    assert not {"Shinzo Abe", "Xi Jinping", "Barack Obama", "David Cameron"} & set(actors)


# --- a state's adjective in a list of languages ---------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The treaty was signed in six copies, in English, Korean and Chinese.",
        "The menu at the banquet was printed in Japanese and English.",
    ],
)
def test_an_adjective_beside_english_is_a_language(vocabulary: Vocabulary, entry: str) -> None:
    _, actors = _read(vocabulary, ("1965-06-22", entry))
    assert not {"China", "Japan"} & set(actors)


def test_states_beside_a_later_english_word_stay_states(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("1965-06-22", "Japan and China signed; English was the language used.")
    )
    assert {"Japan", "China"} <= set(actors)


# --- the news of a death or a fall, days after the office ended -----------------------------------


@pytest.mark.parametrize(
    ("date", "entry", "person"),
    [
        ("1994-07-09", "State radio announced Kim's death on Saturday.", "Kim Il Sung"),
        ("2017-03-12", "Park left the presidential palace two days after she was ousted.", "Park Geun-hye"),
    ],
)  # fmt: skip
def test_a_bare_surname_in_the_news_of_a_death_or_fall_is_the_one_who_left(
    vocabulary: Vocabulary, date: str, entry: str, person: str
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert person in actors


def test_the_one_who_left_stays_the_surname_for_the_next_entries(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1994-07-09", "State radio announced Kim's death on Saturday."),
        ("1994-07-09", "Crowds wept in the square where Kim had reviewed parades."),
    )
    assert "Kim Il Sung" in actors


@pytest.mark.parametrize(
    ("date", "entry"),
    [
        ("1994-07-10", "Kim visited a cooperative farm."),  # no death, no fall: by date alone
        ("1994-09-01", "Mourners recalled Kim's death."),  # weeks after: not news of it
    ],
)
def test_a_bare_surname_without_the_news_or_long_after_stays_unresolved(
    vocabulary: Vocabulary, date: str, entry: str
) -> None:
    found, actors = _read(vocabulary, (date, entry))
    assert "Kim Il Sung" not in actors
    assert any(u.text.startswith("Kim") for u in found.unresolved)
