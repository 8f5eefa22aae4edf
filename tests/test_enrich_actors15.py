"""Unit tests of the rules of round actors15 (issue 23, the misses of held-out-16 by kind, and
session 7's leftovers): a photograph's credit is nobody; "our Party Congress" is not the US
Congress; "authorities in Washington" is the government; "yield to Pyongyang" too; a force's
command written with "in" ("U.S. Forces in Korea"); "the People's Democratic Republic of Korea"
is the North; a surname alone means an undated person the document named in a year near the
entry's, whichever entry came last; the knowledge base's new outlet, command and state. Each
rule on invented text of other periods and subjects, with what it must leave alone beside it."""

from __future__ import annotations

import pytest

from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import read_dated

_read = read_dated


# --- a photograph's credit: who took or keeps the picture, no actor --------------------------


@pytest.mark.parametrize(
    ("entry", "date", "kept", "credited"),
    [
        (
            "Prime Minister Shinzo Abe waves to reporters in Tokyo on Tuesday.(AP Photo/Kyodo News)"
            " JAPAN OUT",
            "2015-09-19",
            {"Shinzo Abe"},
            {"Associated Press", "Kyodo News", "Japan"},
        ),
        (
            "Soldiers of the Eighth Army cross the Han River near Seoul. (Reuters Photo/Kim Hong-Ji)",
            "1951-03-15",
            {"Eighth United States Army"},  # (a record of the knowledge base since kb14)
            {"Reuters", "Kim Hong-Ji"},
        ),
        (
            "Delegates sign the accord at Panmunjom, 27 July 1953. Photograph from the Army Signal"
            " Corps Collection in the U.S. National Archives.",
            "1953-07-27",
            set(),
            {"Army Signal Corps Collection", "United States"},
        ),
        (
            "Mao Zedong greets the delegation in Beijing. Photo courtesy of the Xinhua archive.",
            "1958-02-14",
            {"Mao Zedong"},
            {"Xinhua"},
        ),
    ],
)
def test_a_photographs_credit_is_no_actor(
    vocabulary: Vocabulary, entry: str, date: str, kept: set[str], credited: set[str]
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert kept <= set(actors)
    assert not credited & set(actors)


def test_an_agency_named_beside_photographers_is_still_an_actor(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("2003-01-01", "Reuters photographers were expelled by Xinhua."))
    assert {"Reuters", "Xinhua"} <= set(actors)


# --- another assembly's "Congress" ---------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The decisions made at our Party Congress will be carried out, the statement said.",
        "The National People's Congress voted to end the term limits of the presidency.",
        "Delegates of the Communist Congress met in Havana.",
    ],
)
def test_a_partys_or_a_peoples_congress_is_not_the_us_congress(
    vocabulary: Vocabulary, entry: str
) -> None:
    _, actors = _read(vocabulary, ("2018-03-11", entry))
    assert "US Congress" not in actors


def test_congress_alone_is_still_the_us_congress(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("1999-05-01", "Congress passed the bill and the Senate agreed."))
    assert "US Congress" in actors


# --- a capital standing for its government ---------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "states", "not_places"),
    [
        (
            "The test drew protests by authorities in Beijing and Moscow.",
            {"China", "Soviet Union"},
            {"Beijing", "Moscow"},
        ),
        ("The government in Taipei rejected the offer.", {"Taiwan"}, {"Taipei"}),
        ("Hanoi would never yield to Washington, the premier said.", {"United States"},
         {"Washington"}),
        ("The junta refused to capitulate to London.", {"United Kingdom"}, {"London"}),
        ("Talks with China ended, authorities in Tokyo said.", {"China", "Japan"}, {"Tokyo"}),
    ],
)  # fmt: skip
def test_a_capital_after_authorities_in_or_yield_to_is_the_government(
    vocabulary: Vocabulary, entry: str, states: set[str], not_places: set[str]
) -> None:
    found, actors = _read(vocabulary, ("1965-06-01", entry))
    assert states <= set(actors)
    assert not not_places & set(found.places)


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("Russian diplomats in Pyongyang believe the test is near.", "Pyongyang"),
        ("He lived in Tokyo with the authorities' consent.", "Tokyo"),
        ("Officials met in Seoul on Monday.", "Seoul"),
        ("The envoy met the Chinese government in Tokyo.", "Tokyo"),  # (another state's)
    ],
)
def test_other_words_before_in_leave_the_capital_a_place(
    vocabulary: Vocabulary, entry: str, place: str
) -> None:
    found, _ = _read(vocabulary, ("2006-07-01", entry))
    assert place in found.places


# --- a force's command written with "in" ---------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "command", "not_actor"),
    [
        ("Gen. John Tilelli, commander of U.S. Forces in Korea, visited the DMZ.",
         "US Forces Korea", "United States Armed Forces"),
        ("US Forces in Japan raised their alert after the launch.", "US Forces Japan",
         "United States Armed Forces"),
    ],
)  # fmt: skip
def test_a_forces_command_written_with_in_is_that_command(
    vocabulary: Vocabulary, entry: str, command: str, not_actor: str
) -> None:
    _, actors = _read(vocabulary, ("1998-08-31", entry))
    assert command in actors
    assert "United States" in actors
    assert not_actor not in actors


def test_forces_in_a_place_without_a_command_stay_the_forces(vocabulary: Vocabulary) -> None:
    found, actors = _read(
        vocabulary, ("1950-11-01", "Chinese Forces in Manchuria crossed the Yalu.")
    )
    assert "People's Liberation Army" in actors
    assert "Manchuria" in found.places


# --- the DPRK's name written in another order -----------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "General Nam Il was the People’s Democratic Republic of Korea’s delegate.",
        "In September the north became the Democratic Republic of Korea.",
    ],
)
def test_a_democratic_republic_of_korea_is_the_north(vocabulary: Vocabulary, entry: str) -> None:
    _, actors = _read(vocabulary, ("1950-01-01", entry))
    assert "North Korea" in actors
    assert "South Korea" not in actors


def test_democratic_before_south_korea_or_lower_case_is_praise(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1988-01-01", "Communist North Korea and democratic South Korea, and the democratic "
                       "Republic of Korea of the Olympics."),
    )  # fmt: skip
    assert {"North Korea", "South Korea"} <= set(actors)


# --- a surname alone: an undated person the document named near the entry's year ----------


@pytest.mark.parametrize(
    ("dated", "person", "not_person"),
    [
        (  # an account of 1987 beside an interview of 2009: "Kim" in 1987 is still she,
            (  # not the leader of 1987, named beside her in the first entry
                (
                    "1987-11-29",
                    "Kim Hyon Hui, an agent sent by Kim Il Sung's regime, boarded"
                    " the flight in Baghdad.",
                ),
                ("2009-03-11", "Kim Hyon Hui met the family of a Japanese abductee in Busan."),
                ("2009-03-11", "Kim said she still prays for the victims."),
                ("1987-12-01", "Kim was arrested at the airport in Bahrain."),
            ),
            "Kim Hyon Hui",
            "Kim Il Sung",
        ),
        (
            (
                ("1968-01-21", "Lt. Kim Shin-jo, sent by Kim Il Sung, crossed the border."),
                ("2018-01-20", "Lt. Kim Shin-jo spoke to reporters in Seoul."),
                ("2018-01-20", "Mr. Kim is now a pastor."),
                ("1968-01-22", "Kim surrendered to the police."),
            ),
            "Kim Shin-jo",
            "Kim Il Sung",
        ),
    ],
)
def test_a_surname_alone_is_the_undated_person_named_near_its_year(
    vocabulary: Vocabulary, dated: tuple[tuple[str, str], ...], person: str, not_person: str
) -> None:
    _, actors = _read(vocabulary, *dated)
    assert person in actors
    assert not_person not in actors


def test_an_undated_person_named_only_long_before_is_not_the_nearest(
    vocabulary: Vocabulary,
) -> None:
    _, actors = _read(
        vocabulary,
        ("1987-11-29", "Kim Hyon Hui boarded the flight in Baghdad."),
        ("1990-01-01", "The trial ended in Seoul."),
        ("2019-06-30", "Kim met Trump at Panmunjom."),
    )
    assert "Kim Hyon Hui" not in actors
    assert "Kim Jong Un" in actors


# --- the knowledge base's new records -------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "date", "wanted", "unwanted"),
    [
        ("“We had no choice,” the defector told the South China Morning Post.", "2019-04-01",
         {"South China Morning Post"}, {"South Korea", "China Morning Post", "China"}),
        ("The envoy told SCMP that the talks would go on.", "2020-01-01",
         {"South China Morning Post"}, set()),
        ("The ROK-US Combined Forces Command held its drills.", "1994-12-01",
         {"Combined Forces Command"}, {"United States Armed Forces"}),
        ("North Vietnamese negotiators walked out in Paris.", "1972-12-13",
         {"North Vietnam"}, {"Vietnam"}),
        ("North Vietnam’s commander ordered his forces to avoid the marines.", "1967-01-01",
         {"North Vietnam"}, {"Vietnam"}),
    ],
)  # fmt: skip
def test_the_new_records(
    vocabulary: Vocabulary, entry: str, date: str, wanted: set[str], unwanted: set[str]
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert wanted <= set(actors)
    assert not unwanted & set(actors)


# --- a craft named by its model after a force's name: the state, not the force -------------


@pytest.mark.parametrize(
    ("entry", "date", "state", "force"),
    [
        ("Soviet fighters shot down a U.S. Air Force RB-29 reconnaissance plane off Hokkaido.",
         "1952-10-07", "United States", "United States Armed Forces"),
        ("Two U.S. Navy Grumman F-14 fighters downed Libyan jets.", "1981-08-19",
         "United States", "United States Armed Forces"),
        ("A North Korean MiG-21 shot down a U.S. Navy EC-121 aircraft.", "1969-04-15",
         "United States", "United States Armed Forces"),
    ],
)  # fmt: skip
def test_a_craft_named_by_its_model_is_the_states(
    vocabulary: Vocabulary, entry: str, date: str, state: str, force: str
) -> None:
    _, actors = _read(vocabulary, (date, entry))
    assert state in actors
    assert force not in actors


@pytest.mark.parametrize(
    "entry",
    [
        "The U.S. Navy ship USS Pueblo was seized off Wonsan.",  # (a ship, no model: the force)
        "The U.S. Air Force bombed the bridges on the Yalu.",
    ],
)
def test_a_force_acting_or_its_ship_stays_the_force(vocabulary: Vocabulary, entry: str) -> None:
    _, actors = _read(vocabulary, ("1968-01-23", entry))
    assert "United States Armed Forces" in actors


# --- "the Joint Chiefs of Staff" with no state's name: whose, decided by the text -----------


@pytest.mark.parametrize(
    ("dated", "staff", "not_staff"),
    [
        (
            (("1951-04-05", "The Joint Chiefs of Staff in Washington warned General Ridgway."),),
            "US Joint Chiefs of Staff",
            "South Korean Joint Chiefs of Staff",
        ),
        (
            (("2016-09-09", "Yonhap said the Joint Chiefs of Staff in Seoul detected a quake."),),
            "South Korean Joint Chiefs of Staff",
            "US Joint Chiefs of Staff",
        ),
        (  # (the document named South Korea before; this entry only the North's launch)
            (
                ("2023-03-01", "Seoul and Tokyo agreed to share warnings."),
                ("2023-03-02", "The North fired two missiles into the East Sea (Joint Chiefs of"
                               " Staff)."),
            ),
            "South Korean Joint Chiefs of Staff",
            "US Joint Chiefs of Staff",
        ),
    ],
)  # fmt: skip
def test_the_joint_chiefs_are_the_states_the_text_is_about(
    vocabulary: Vocabulary, dated: tuple[tuple[str, str], ...], staff: str, not_staff: str
) -> None:
    _, actors = _read(vocabulary, *dated)
    assert staff in actors
    assert not_staff not in actors


def test_the_joint_chiefs_of_no_state_in_play_are_nobody(vocabulary: Vocabulary) -> None:
    _, actors = _read(vocabulary, ("1999-01-01", "The Joint Chiefs of Staff met on Monday."))
    assert not {"US Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff"} & set(actors)


# --- relatives named by their first names after a person's surname -------------------------


@pytest.mark.parametrize(
    ("dated", "relatives"),
    [
        (
            (
                ("1963-11-22", "President John F. Kennedy was shot in Dallas."),
                ("1963-11-25", "Kennedy's widow, Jacqueline, lit the eternal flame."),
            ),
            {"Jacqueline Kennedy"},
        ),
        (
            (
                ("1950-01-12", "Dean Acheson spoke at the National Press Club."),
                ("1950-01-13", "Acheson's children, David and Mary, said he worked all night."),
            ),
            {"David Acheson", "Mary Acheson"},
        ),
    ],
)  # fmt: skip
def test_relatives_named_by_first_names_bear_the_surname(
    vocabulary: Vocabulary, dated: tuple[tuple[str, str], ...], relatives: set[str]
) -> None:
    _, actors = _read(vocabulary, *dated)
    assert relatives <= set(actors)


def test_the_surname_alone_stays_the_person_after_his_relatives(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary,
        ("1950-01-12", "Dean Acheson spoke at the National Press Club."),
        ("1950-01-13", "Acheson's wife, Alice, said he had worked all night."),
        ("1950-01-14", "Acheson flew to London."),
    )
    assert "Dean Acheson" in actors
    assert "Alice Acheson" not in actors


@pytest.mark.parametrize(
    "entry",
    [
        "Kim Il Sung died; Kim's son, Jong Il, succeeded him.",  # (the given name after)
        "Jimmy Carter met Carter's wife, Rosalynn Carter, at the airport.",  # (named in full)
        "Ronald Reagan spoke; Reagan's aides, Seoul and Tokyo, agreed.",  # (known names)
    ],
)
def test_no_relative_is_made_from_other_words(vocabulary: Vocabulary, entry: str) -> None:
    _, actors = _read(vocabulary, ("1994-07-08", entry))
    assert not [a for a in actors if a.startswith(("Jong Il Kim", "Rosalynn Carter Carter"))]
    assert "Seoul Reagan" not in actors
    assert "Tokyo Reagan" not in actors


# --- a UN body's name in any of its spellings ------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        ("The United Nations Temporary Commission on Korea observed the vote.", "UN Commission on Korea"),
        ("The U.N. General Assembly adopted the resolution.", "UN General Assembly"),
        ("The United Nations Security Council met in New York.", "UN Security Council"),
    ],
)  # fmt: skip
def test_a_un_bodys_name_in_any_spelling(vocabulary: Vocabulary, entry: str, body: str) -> None:
    _, actors = _read(vocabulary, ("1948-05-10", entry))
    assert body in actors


def test_kim_ku_beside_kim_kyu_sik(vocabulary: Vocabulary) -> None:
    _, actors = _read(
        vocabulary, ("1948-04-19", "Kim Gu and Kim Kyu-sik crossed the 38th parallel to talk.")
    )
    assert {"Kim Ku", "Kim Kyu-sik"} <= set(actors)


def test_a_korean_place_with_ui_spelt_eui(vocabulary: Vocabulary) -> None:
    found, _ = _read(vocabulary, ("1951-01-04", "The division fell back through Euijeongbu."))
    assert "Uijeongbu" in found.places
