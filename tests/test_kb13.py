"""The knowledge base's breadth (issue 23, kb13): the records load and say where their facts
come from; no name form means two records unless both are persons (a form two persons bear is
resolved as a surname is, by the day's offices or the document: "George Bush"); offices are
dated in order; and entries of other wordings than the corpus find the places and persons of
the field the base now holds (provinces, islands, bases, battlefields, summit sites; ambassadors,
UN commanders, envoys, premiers and ministers of the decades before 2000)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import first_day, knowledge, last_day

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")
# a day, or a month or a year where the source gives only it (kb22 dates two offices by their
# month: Kim Ha-joong's, from a report of the coming reshuffle; held_during compares by days)
DAY = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def test_the_records_load_and_each_gives_a_source_address() -> None:
    base = knowledge()
    assert len(base.actors) >= 600 and len(base.places) >= 280
    sources = [(a.name, a.sources) for a in base.actors.values()]
    sources += [(p.name, p.sources) for p in base.places.values()]
    for name, addresses in sources:
        assert addresses, name
        assert all(ADDRESS.match(address) for address in addresses), name


def test_no_name_form_means_two_records_unless_both_are_persons() -> None:
    base = knowledge()
    for records in (base.actors, base.places):
        bearers: dict[str, set[str]] = defaultdict(set)
        for record in records.values():
            for form in (record.name, *record.aliases):
                bearers[form.lower()].add(record.name)
        for form, names in bearers.items():
            if len(names) > 1:
                kinds = {base.actors[n].kind for n in names} if records is base.actors else set()
                assert kinds == {"person"}, (form, sorted(names))


def test_offices_are_dated_in_order() -> None:
    for actor in knowledge().actors.values():
        for role in actor.roles:
            assert DAY.match(role.start), (actor.name, role)
            assert role.end is None or DAY.match(role.end), (actor.name, role)
            assert role.end is None or first_day(role.start) <= last_day(role.end), (
                actor.name,
                role,
            )


def test_a_place_has_a_kind_and_a_new_place_its_country() -> None:
    places = knowledge().places
    for name in ("Daecheong Island", "Kunsan Air Base", "Ryanggang Province", "Capella Hotel"):
        assert places[name].kind and places[name].country, name


@pytest.mark.parametrize(
    ("entry", "date", "places"),
    [
        (
            "Shells fell in the waters off Daecheong Island and Socheong Island overnight.",
            "2015-08-20",
            {"Daecheong Island", "Socheong Island"},
        ),
        (
            "F-16s from Kunsan Air Base flew drills over South Chungcheong Province.",
            "2017-09-18",
            {"Kunsan Air Base", "South Chungcheong Province"},
        ),
        ("The Eighth Army held on behind the Pusan Perimeter.", "1950-08-10", {"Pusan Perimeter"}),
        (
            "The regiment fought at Bloody Ridge, and a year later at Triangle Hill.",
            "1951-09-01",
            {"Bloody Ridge", "Triangle Hill"},
        ),
        (
            "Smugglers carried phones across the river from Changbai to Hyesan in Ryanggang Province.",
            "2019-03-02",
            {"Changbai County", "Hyesan", "Ryanggang Province"},
        ),
        ("The two delegations lunched at the Capella Hotel.", "2018-06-12", {"Capella Hotel"}),
        (
            "Aides briefed reporters at the Sofitel Metropole before the second day.",
            "2019-02-28",
            {"Sofitel Legend Metropole Hanoi"},
        ),
        (
            "Two missiles flew from North Pyongan toward the West Sea.",
            "2022-11-02",
            {"North Pyongan Province"},
        ),
        ("Farmers of Freedom Village were told to stay indoors.", "1976-08-18", {"Daeseong-dong"}),
        (
            "Inspectors were finally allowed into Kumchang-ni in May.",
            "1999-05-20",
            {"Kumchang-ri"},
        ),
    ],
)
def test_places_of_the_field(
    enrich: Callable[[str, str], Findings], entry: str, date: str, places: set[str]
) -> None:
    assert places <= set(enrich(entry, date).places)


@pytest.mark.parametrize(
    ("entry", "date", "person"),
    [
        ("Ambassador Donald Gregg called on opposition leaders.", "1990-05-02", "Donald Gregg"),
        ("Laney told the embassy staff to stay calm.", "1994-06-15", "James Laney"),
        ("Gregg warned the generals against a crackdown.", "1991-05-02", "Donald Gregg"),
        ("Habib carried the message to the Blue House.", "1973-08-14", "Philip Habib"),
        ("Gen. Richard Stilwell ordered the poplar cut down.", "1976-08-20", "Richard G. Stilwell"),
        ("General Vincent Brooks called the launch reckless.", "2017-07-04", "Vincent K. Brooks"),
        (
            "Unification Minister Hong Yong-pyo ordered the factories shut.",
            "2016-02-10",
            "Hong Yong-pyo",
        ),
        ("Premier Yon Hyong-muk crossed the line at Panmunjom.", "1990-09-04", "Yon Hyong-muk"),
        ("Foreign Minister Shiina signed the basic treaty.", "1965-06-22", "Etsusaburo Shiina"),
        ("Special Envoy Lefkowitz faulted Seoul's silence.", "2006-04-28", "Jay Lefkowitz"),
        ("Jack Pritchard met North Korean diplomats in New York.", "2002-06-10", "Jack Pritchard"),
        ("Chen Yi received the Korean delegation.", "1961-07-10", "Chen Yi"),
        ("General John R. Hodge landed at Inchon.", "1945-09-08", "John R. Hodge"),
    ],
)
def test_persons_of_the_field(
    enrich: Callable[[str, str], Findings], entry: str, date: str, person: str
) -> None:
    assert person in enrich(entry, date).actors
