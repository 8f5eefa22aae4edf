"""The knowledge base's places beyond the peninsula, bodies and units (issue 23, kb14): the new
records load and say where their facts come from; no name form means two records unless both
are persons (how the base marks a form as ambiguous: "George Bush"); and entries of other
wordings than the corpus find Japan's and China's places of incidents, the US bases and test
sites of the Pacific, summit venues, seas and straits, the US units and commands, the KPA's
bodies (as the KPA, as its navy is), the UN's bodies in Korea and the persons the parts missed.
Words that only contain a name ("Kamchatka crab", "the Liaoning" carrier) make no place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")

NEW_PLACES = (
    "Ongjin", "Hagaru-ri", "Koto-ri", "Yudam-ni", "Geumnam-ro", "Naro Space Center",
    "Sado Island", "Noto Peninsula", "Oga Peninsula", "Akita Prefecture", "Aomori Prefecture",
    "Kyushu", "Shikoku", "Marine Corps Air Station Iwakuni", "Camp Zama",
    "Naval Air Facility Atsugi", "Tanegashima Space Center", "Soya Strait", "Miyako Strait",
    "Jilin Province", "Liaoning Province", "Heilongjiang", "Yanbian", "Changchun", "Qingdao",
    "Hainan Island", "Spratly Islands", "Paracel Islands", "Scarborough Shoal", "Khasan",
    "Nakhodka", "Kamchatka Peninsula", "Saint Petersburg", "Sochi", "Pearl Harbor",
    "Naval Base Guam", "Wake Island", "Kwajalein Atoll", "Vandenberg Space Force Base",
    "Fort Greely", "Capitol Hill", "Baltimore", "Cincinnati", "Madrid", "Reykjavik", "Munich",
    "Davos", "Hamburg", "Buenos Aires", "Ho Chi Minh City", "Strait of Malacca",
    "Strait of Hormuz", "Gulf of Aden", "Luzon Strait", "Gulf of Tonkin",
)  # fmt: skip
NEW_ACTORS = (
    "Eighth United States Army", "Seventh Fleet", "X Corps", "1st Marine Division",
    "2nd Infantry Division", "24th Infantry Division", "Korean Military Advisory Group",
    "US Indo-Pacific Command", "US Northern Command", "US Strategic Command",
    "National Security Agency", "Reconnaissance General Bureau",
    "North Korean Ministry of State Security", "North Korean Defence Ministry", "Korean People's Republic",
    "UN Commission for the Unification and Rehabilitation of Korea",
    "UN Korean Reconstruction Agency", "Neutral Nations Repatriation Commission",
    "China Coast Guard", "Chang Do-young", "Pak Kil-yon", "Marguerite Higgins", "Keyes Beech",
    "George Shultz", "Hubert Humphrey", "Mitch McConnell", "Dick Durbin", "Richard Lawless",
)  # fmt: skip


def test_the_new_records_load_with_a_kind_and_source_addresses() -> None:
    base = knowledge()
    for name in NEW_PLACES:
        place = base.places[name]
        assert place.kind and place.sources, name
        assert all(ADDRESS.match(address) for address in place.sources), name
    for name in NEW_ACTORS:
        actor = base.actors[name]
        assert actor.kind and actor.sources, name
        assert all(ADDRESS.match(address) for address in actor.sources), name


# (that every record of the base gives a source address, and that no name form means two
# records unless both are persons, is checked over the whole base in test_kb13.py)


def test_a_bare_word_or_surname_is_no_form_of_a_new_record() -> None:
    base = knowledge()
    for name in (*NEW_PLACES, *NEW_ACTORS):
        place, actor = base.places.get(name), base.actors.get(name)
        forms = place.aliases if place is not None else actor.aliases if actor else ()
        for form in forms:
            assert form.lower() not in {"eighth", "seventh", "independence", "fleet", "corps"}
            if name in base.actors and base.actors[name].kind == "person":
                assert " " in form, (name, form)  # "Higgins" alone is no alias


@pytest.mark.parametrize(
    ("entry", "date", "places"),
    [
        (
            "The missile flew over Hokkaido; sirens sounded in Aomori Prefecture.",
            "2017-08-29",
            {"Hokkaido", "Aomori Prefecture"},
        ),
        (
            "Part of the missile fell in waters off the Oga Peninsula in Akita Prefecture.",
            "2016-08-03",
            {"Oga Peninsula", "Akita Prefecture"},
        ),
        (
            "Fishermen from the Noto Peninsula and Sado Island were told to stay in port.",
            "2024-01-02",
            {"Noto Peninsula", "Sado Island"},
        ),
        (
            "F-35Bs from MCAS Iwakuni joined the drill over Kyushu.",
            "2017-02-12",
            {"Marine Corps Air Station Iwakuni", "Kyushu"},
        ),
        (
            "The carrier group turned north from the Strait of Malacca.",
            "2017-04-10",
            {"Strait of Malacca"},
        ),
        (
            "Traders in Jilin Province and Liaoning Province reported thinner trade.",
            "2019-05-04",
            {"Jilin Province", "Liaoning Province"},
        ),
        ("Smugglers left Yanbian for Changchun by night.", "2013-05-01", {"Yanbian", "Changchun"}),
        (
            "The ruling on the Spratly Islands and Scarborough Shoal was welcomed in Manila.",
            "2016-07-12",
            {"Spratly Islands", "Scarborough Shoal"},
        ),
        (
            "An interceptor launched from Vandenberg Air Force Base hit a target fired from"
            " Kwajalein Atoll.",
            "2017-05-30",
            {"Vandenberg Space Force Base", "Kwajalein Atoll"},
        ),
        (
            "The garrison at Naval Base Guam went on alert; interceptors stand at Fort Greely.",
            "2017-08-10",
            {"Naval Base Guam", "Fort Greely"},
        ),
        (
            "The leaders met again in Sochi and then in St. Petersburg.",
            "2018-09-11",
            {"Sochi", "Saint Petersburg"},
        ),
        ("Artillery opened up on the Ongjin peninsula before dawn.", "1950-06-25", {"Ongjin"}),
        (
            "The marines fell back from Yudam-ni to Hagaru-ri and then to Koto-ri.",
            "1950-11-28",
            {"Yudam-ni", "Hagaru-ri", "Koto-ri"},
        ),
        (
            "South Korea launched its first rocket from the Naro Space Center.",
            "2013-01-30",
            {"Naro Space Center"},
        ),
        ("Students gathered on Geumnam-ro by the provincial hall.", "1980-05-18", {"Geumnam-ro"}),
        (
            "The student was flown to Cincinnati, and senators on Capitol Hill demanded answers.",
            "2017-06-13",
            {"Cincinnati", "Capitol Hill"},
        ),
        (
            "Warships were sent to the Gulf of Aden to escort tankers.",
            "2009-01-10",
            {"Gulf of Aden"},
        ),
        (
            "A China Coast Guard cutter rammed a fishing boat near the Paracel Islands.",
            "2016-04-01",
            {"Paracel Islands"},
        ),
    ],
)
def test_places_beyond_the_peninsula(
    enrich: Callable[[str, str], Findings], entry: str, date: str, places: set[str]
) -> None:
    assert places <= set(enrich(entry, date).places)


@pytest.mark.parametrize(
    ("entry", "date", "place"),
    [
        ("Kim and Putin dined on Kamchatka crab at the cosmodrome.", "2023-09-13", "Kamchatka Peninsula"),
        ("The Liaoning sailed past Okinawa with five escorts.", "2016-12-25", "Liaoning Province"),
    ],
)  # fmt: skip
def test_a_name_inside_other_words_is_no_place(
    enrich: Callable[[str, str], Findings], entry: str, date: str, place: str
) -> None:
    assert place not in enrich(entry, date).places


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        ("Eighth Army put its units on alert after the killings.", "1976-08-19", "Eighth United States Army"),
        ("The 7th Fleet patrolled the strait through the crisis.", "1958-09-01", "Seventh Fleet"),
        ("Tenth Corps came ashore with the First Marine Division.", "1950-09-15", "X Corps"),
        ("Tenth Corps came ashore with the First Marine Division.", "1950-09-15", "1st Marine Division"),
        ("Soldiers of the 2nd Infantry Division were moved to Iraq.", "2004-05-01", "2nd Infantry Division"),
        ("Admiral Davidson of INDOPACOM warned about China's buildup.", "2021-03-09", "US Indo-Pacific Command"),
        ("The U.S. Pacific Command tracked the launch.", "2016-02-07", "US Indo-Pacific Command"),
        ("NORTHCOM said the rocket posed no threat.", "2009-04-05", "US Northern Command"),
        ("STRATCOM said the missile was an ICBM.", "2017-07-28", "US Strategic Command"),
        ("The NSA intercepted the calls.", "2018-03-01", "National Security Agency"),
        ("The KPA General Staff threatened a strike.", "2016-08-20", "Korean People's Army"),
        ("The KPA Supreme Command ordered combat readiness.", "2013-03-26", "Korean People's Army"),
        ("The North Korean navy fired torpedoes off the west coast.", "2010-11-23", "Korean People's Army"),
        ("Investigators blamed the RGB for the sinking.", "2010-05-20", "Reconnaissance General Bureau"),
        ("North Korea's defense ministry said it would respond in kind.", "2024-05-26", "North Korean Defence Ministry"),
        ("Marshal Choe Kwang of the Ministry of People's Armed Forces inspected the units.", "1995-03-01", "North Korean Defence Ministry"),
        ("The report named the State Security Department.", "2014-02-17", "North Korean Ministry of State Security"),
        ("Leftists proclaimed the People's Republic of Korea.", "1945-09-06", "Korean People's Republic"),
        ("The NNRC took custody of the prisoners.", "1953-09-23", "Neutral Nations Repatriation Commission"),
        ("UNKRA shipped grain to Pusan.", "1952-01-10", "UN Korean Reconstruction Agency"),
        ("UNCURK reported to the General Assembly.", "1952-01-10", "UN Commission for the Unification and Rehabilitation of Korea"),
        ("The Chinese coast guard rammed a fishing boat.", "2016-04-01", "China Coast Guard"),
        ("George P. Shultz called it an act of barbarism.", "1983-09-02", "George Shultz"),
        ("Hubert H. Humphrey met the ambassador.", "1968-01-30", "Hubert Humphrey"),
        ("Chang Do Young was named chairman of the junta.", "1961-05-16", "Chang Do-young"),
        ("Pak Kil Yon told the Assembly the clash was a provocation.", "2002-06-29", "Pak Kil-yon"),
        ("Maggie Higgins crossed the river under fire.", "1950-07-01", "Marguerite Higgins"),
        ("Edward Rowny briefed the correspondents.", "1950-09-01", "Edward L. Rowny"),
    ],
)  # fmt: skip
def test_bodies_units_and_persons_of_the_field(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors
