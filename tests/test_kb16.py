"""The knowledge base's older records checked against their sources, and widened (issue 23, kb16).

Records older than kb13 were checked against pages found for them: forms no source writes were
removed and stay removed, a date no source gives was brought to what one gives (Kim Jong Un's
English title "President" from KCNA's first use of it), and the Hyundai Group, which founded
Hyundai Asan in 1999, is its own body rather than a form of it. The
base was widened by classes the measure showed missing: business groups and an airline, a US
network, a defectors' group, a US crisis group, a US society, a South Korean party of 1967-1980,
the UN's rapporteurs on North Korean human rights and a DMZ battlefield.
Entries of other wordings than the corpus find them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")

NEW_ACTORS = (
    "Hyundai Group", "Lotte Group", "Malaysia Airlines", "Current TV",
    "Fighters for Free North Korea", "Washington Special Actions Group", "John Birch Society",
    "New Democratic Party", "Elizabeth Salmon", "Tomás Ojea Quintana",
    "Marzuki Darusman", "Vitit Muntarbhorn",
)  # fmt: skip

# forms no source found writes (checked in kb16), with the record they named
REMOVED_ACTOR_FORMS = {
    "Yi Myeong-bak": "Lee Myung-bak",
    "Kim Yeo-jeong": "Kim Yo Jong",
    "Condoleeza Rice": "Condoleezza Rice",
    "Hyundai Group": "Hyundai Asan",
}
REMOVED_PLACE_FORMS = {"Yongbon": "Yongbyon"}


def test_the_new_records_load_with_a_kind_and_source_addresses() -> None:
    base = knowledge()
    for name in NEW_ACTORS:
        actor = base.actors[name]
        assert actor.kind and actor.sources, name
        assert all(ADDRESS.match(address) for address in actor.sources), name
    hill = base.places["Arrowhead Hill"]
    assert hill.kind == "hill" and hill.country is None  # it straddles the demarcation line
    assert all(ADDRESS.match(address) for address in hill.sources)


def test_forms_no_source_writes_are_no_forms_of_the_records() -> None:
    base = knowledge()
    for form, name in REMOVED_ACTOR_FORMS.items():
        assert form not in base.actors[name].aliases, (name, form)
    for form, name in REMOVED_PLACE_FORMS.items():
        assert form not in base.places[name].aliases, (name, form)
        forms = {alias.lower() for place in base.places.values() for alias in place.aliases}
        assert form.lower() not in forms, form


def test_dates_are_the_ones_the_sources_give() -> None:
    base = knowledge()
    president = [role for role in base.actors["Kim Jong Un"].roles if role.title == "President"]
    assert [role.start for role in president] == ["2021-02-11"]
    assert not president[0].held_on("2021-01-20")


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        ("The Hyundai Group shipped another 500 head of cattle across the border.", "1998-10-27", "Hyundai Group"),
        ("Chinese shoppers boycotted the Lotte Group over the land swap.", "2017-03-02", "Lotte Group"),
        ("A Malaysia Airlines jet came down over eastern Ukraine.", "2014-07-17", "Malaysia Airlines"),
        ("Two Current TV reporters were seized on the frozen Tumen River.", "2009-03-17", "Current TV"),
        ("Fighters for a Free North Korea launched twenty balloons from Gimpo.", "2023-06-26", "Fighters for Free North Korea"),
        ("The Washington Special Actions Group met after the EC-121 was downed.", "1969-04-16", "Washington Special Actions Group"),
        ("Members of the John Birch Society mourned the congressman.", "1983-09-02", "John Birch Society"),
        ("The New Democratic Party of Korea walked out of the National Assembly.", "1973-10-02", "New Democratic Party"),
        ("The rapporteur Elizabeth Salmón met escapees in Seoul.", "2023-09-05", "Elizabeth Salmon"),
        ("Tomás Ojea Quintana urged Pyongyang to release the detainees.", "2018-03-12", "Tomás Ojea Quintana"),
        ("Marzuki Darusman presented the inquiry's findings in Geneva.", "2014-03-17", "Marzuki Darusman"),
        ("Vitit Muntarbhorn was again refused a visa to visit the country.", "2006-01-20", "Vitit Muntarbhorn"),
        ("President Yoon Seok-yeol flew to Tokyo for the summit.", "2023-03-16", "Yoon Suk Yeol"),
        ("Yi Myung Bak took the oath of office in front of the assembly.", "2008-02-25", "Lee Myung-bak"),
    ],
)  # fmt: skip
def test_the_new_records_found_in_other_wordings(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors


@pytest.mark.parametrize(
    "entry",
    [
        "Army engineers cleared mines on Arrowhead Ridge inside the DMZ.",
        "Remains of French soldiers were recovered from Hill 281.",
    ],
)
def test_the_battlefield_is_a_place(enrich: Callable[[str, str], Findings], entry: str) -> None:
    assert "Arrowhead Hill" in enrich(entry, "2019-05-30").places


def test_the_group_is_not_its_tour_company(enrich: Callable[[str, str], Findings]) -> None:
    """The Hyundai Group founded Hyundai Asan in 1999: each is found by its own name."""
    group = enrich("The Hyundai Group chairwoman visited Pyongyang.", "2007-08-20").actors
    assert "Hyundai Group" in group and "Hyundai Asan" not in group
    company = enrich("Hyundai Asan suspended the tours to Mount Kumgang.", "2008-07-12").actors
    assert "Hyundai Asan" in company and "Hyundai Group" not in company


def test_a_relative_left_out_keeps_the_surname_for_the_president(
    enrich: Callable[[str, str], Findings],
) -> None:
    """Ivanka Trump is left out of the base: a second known person of the surname took "Mr. Trump"
    from the president in every later entry of a text that named her (seen in the measure)."""
    entries = [
        "Mr. Trump invited his daughter Ivanka Trump to come out on stage.",
        "After the meeting, Mr. Trump told reporters the talks would restart.",
    ]
    for entry in entries:
        assert "Donald Trump" in enrich(entry, "2019-06-30").actors
