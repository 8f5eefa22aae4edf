"""The knowledge base's records checked against their sources, and widened (issue 23, kb17).

- A dated person's record gives no bare surname: the enrichment derives the surname from the
  name (``surname_of``) and the rule of the bare surname judges it by the person's offices, so
  "Truman", "Merkel" or "Koizumi" alone still find their bearer. An undated person keeps the bare
  form his sources write ("Gallucci"): the rule reads it as the record's vouch.
- A party that preceded another is its own record, not a name form of its successor (the Uri
  Party, 2003-2007, split from the Millennium Democratic Party; neither is the Democratic Party
  of Korea, founded 2014).
- Sunan is the district of Pyongyang the airport lies in: "Sunan" alone is the district.
- Dates and forms brought to what the sources give: Putin was Prime Minister from 9 August 1999;
  "Barack Hussein Obama" is written, "Barack H. Obama" was not found.
- New records, found in wordings of my own: Sungrak Church, Moody's, presidential spokesmen, the
  University of North Korean Studies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import surname_of
from ktimeline.importing.knowledge import knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")

NEW_ACTORS = (
    "Uri Party", "Millennium Democratic Party", "Democratic United Party", "Sungrak Church",
    "Moody's", "Cheon Ho-seon", "Jeong Tae-ho", "Kim Man-soo", "Park Soo-hyun",
    "University of North Korean Studies",
)  # fmt: skip


def test_the_new_records_load_with_a_kind_and_source_addresses() -> None:
    base = knowledge()
    for name in NEW_ACTORS:
        actor = base.actors[name]
        assert actor.kind and actor.sources, name
        assert all(ADDRESS.match(address) for address in actor.sources), name
    district = base.places["Sunan"]
    assert district.country == "North Korea" and district.sources


def test_no_dated_person_gives_the_surname_his_name_already_gives() -> None:
    """A bare surname on a dated person's record is the surname the enrichment derives anyway:
    the record holds name forms a text writes in full, not the surname alone."""
    base = knowledge()
    for actor in base.actors.values():
        if actor.kind != "person" or not actor.roles:
            continue
        surname = surname_of(actor.name, actor.affiliation)
        bare = {alias.replace("’", "'").lower() for alias in actor.aliases if " " not in alias}
        assert surname not in bare, actor.name


def test_a_predecessor_party_is_no_form_of_its_successor() -> None:
    forms = set(knowledge().actors["Democratic Party of Korea"].aliases)
    assert not forms & {"Uri Party", "Millennium Democratic Party", "Democratic United Party"}


def test_dates_and_forms_are_the_ones_the_sources_give() -> None:
    base = knowledge()
    putin = base.actors["Vladimir Putin"]
    premier = [role for role in putin.roles if role.title == "Prime Minister"]
    assert any(role.held_on("1999-10-01") for role in premier)
    assert not any(role.held_on("2003-05-01") for role in premier)
    obama = base.actors["Barack Obama"].aliases
    assert "Barack Hussein Obama" in obama and "Barack H. Obama" not in obama
    assert "Sunan" not in base.places["Pyongyang International Airport"].aliases
    assert "Kim Yong Nam's" not in base.actors["Kim Yong Nam"].aliases  # a possessive, no name


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        # bare surnames of dated persons: derived from the name, judged by the offices
        ("Truman ordered air and naval forces to support the South.", "1950-06-27", "Harry Truman"),
        ("Merkel told the Bundestag that the sanctions would stay.", "2015-03-19", "Angela Merkel"),
        ("Koizumi flew to Pyongyang for a single day of talks.", "2002-09-17", "Junichiro Koizumi"),
        # the bare surname near the offices (kb18 dated Gallucci's office, 1992-1994, so his
        # record no longer gives the bare form: the expectation stands, judged by the office)
        ("Gallucci told reporters the deal would hold.", "1994-10-18", "Robert Gallucci"),
        # the parties, each by its own name
        ("The Uri Party won a majority in the April election.", "2004-04-15", "Uri Party"),
        ("Lawmakers of the Millennium Democratic Party walked out of the chamber.", "2003-09-20", "Millennium Democratic Party"),
        ("The Democratic United Party chose a new leader at its first congress.", "2012-01-15", "Democratic United Party"),
        ("The Minjoo Party nominated its candidate for mayor.", "2018-04-20", "Democratic Party of Korea"),
        # "George Bush" is both presidents' name: the office held that day decides
        ("George Bush sent troops to the Gulf.", "1991-01-17", "George H. W. Bush"),
        ("George Bush named three states an axis of evil.", "2002-01-29", "George W. Bush"),
        # the new records
        ("Members of the Seoul Sungrak Church held a vigil for their pastor.", "2025-04-10", "Sungrak Church"),
        ("Moody's Investors Service kept the country's rating at A3.", "2003-12-24", "Moody's"),
        ("Presidential spokesman Park Su-hyun said the cabinet would meet on Friday.", "2017-06-13", "Park Soo-hyun"),
        # a date brought to the sources: Putin headed the government from August 1999
        ("Prime Minister Putin ordered air strikes on Grozny.", "1999-10-01", "Vladimir Putin"),
        ("Barack Hussein Obama took the oath on the Capitol steps.", "2009-01-20", "Barack Obama"),
        ("A professor at the University of North Korean Studies doubted the claim.", "2017-08-30", "University of North Korean Studies"),
        # a possessive of a name is found without the possessive as a form of its own
        ("Kim Yong Nam's speech was read out at the rally.", "2010-05-01", "Kim Yong Nam"),
    ],
)  # fmt: skip
def test_records_found_in_other_wordings(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors


def test_a_predecessor_party_does_not_make_its_successor_an_actor(
    enrich: Callable[[str, str], Findings],
) -> None:
    actors = enrich(
        "The Uri Party split from the Millennium Democratic Party.", "2003-11-11"
    ).actors
    assert "Democratic Party of Korea" not in actors


def test_the_church_in_seoul_is_not_the_state(enrich: Callable[[str, str], Findings]) -> None:
    """The word "Seoul" inside the church's name is no capital acting for South Korea."""
    actors = enrich("The Seoul Sungrak Church confirmed the death.", "2025-04-10").actors
    assert "South Korea" not in actors


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("The rocket rose from the Sunan district north of the capital.", "Sunan"),
        ("The delegation landed at Sunan airport in the morning.", "Pyongyang International Airport"),
    ],
)  # fmt: skip
def test_the_district_and_its_airport(
    enrich: Callable[[str, str], Findings], entry: str, place: str
) -> None:
    assert enrich(entry, "2022-03-16").places == [place]
