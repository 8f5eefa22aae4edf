"""The knowledge base's records checked against their sources, and widened (issue 23, kb18).

- The persons whose records gave no dated office and whose sources give one now carry it
  (Milley, Craft, Stilwell, DeHart, Gallucci, Ozawa, Deng): a title and a bare surname are judged
  by those offices, and the bare surname is no longer a form of the record (the enrichment
  derives it from the name, test_kb17). Rodman, Otto Warmbier and Laura Ling held no office:
  they stay undated, with the bare form their sources write.
- "JCS": the South Korean Joint Chiefs of Staff bear that name since 1963 (South Korea's
  Ministry of National Defense: "officially established in 1963 under its current name"). Before
  then "the JCS" of a text is the US Joint Chiefs of Staff ("MacArthur cabled the JCS" in 1950),
  as Russia's names before 1991 mean the Soviet Union (``since`` and ``predecessor``).
- Days of office where the sources give them (two prime ministers Han in 2007, two unification
  ministers Lee in 2006; North Korea's premiers), and office holders the base lacked (US defence
  secretaries, Soviet and Russian foreign ministers, Chinese premiers, South Korean foreign
  ministers), each with its sources.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment.unspaced import unspaced
from ktimeline.importing.knowledge import knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")

DATED_NOW = (
    "Mark Milley", "Kelly Craft", "David Stilwell", "James DeHart", "Robert Gallucci",
    "Ichiro Ozawa", "Deng Xiaoping",
)  # fmt: skip
NO_OFFICE = ("Dennis Rodman", "Otto Warmbier", "Laura Ling")


@pytest.mark.parametrize("name", DATED_NOW)
def test_a_person_whose_sources_date_an_office_carries_it(name: str) -> None:
    actor = knowledge().actors[name]
    assert actor.roles, name
    assert all(ADDRESS.match(address) for address in actor.sources), name
    # no bare surname (a name in Hangul, Chinese or Japanese characters is written whole with no
    # space, "邓小平": no surname alone; session 23 gave the base such forms)
    bare = [alias for alias in actor.aliases if " " not in alias and not unspaced(alias)]
    assert not bare, name


@pytest.mark.parametrize("name", NO_OFFICE)
def test_a_person_who_held_no_office_keeps_the_bare_form_his_sources_write(name: str) -> None:
    actor = knowledge().actors[name]
    assert not actor.roles
    assert [alias for alias in actor.aliases if " " not in alias]


@pytest.mark.parametrize(
    ("name", "inside", "outside"),
    [
        ("Mark Milley", "2021-01-08", "2024-01-01"),  # Chairman of the Joint Chiefs to 30 Sept 2023
        ("Kelly Craft", "2020-06-01", "2019-08-01"),  # UN ambassador from 12 September 2019
        ("Robert Gallucci", "1993-06-11", "1995-01-01"),  # Assistant Secretary to October 1994
        ("Deng Xiaoping", "1985-05-01", "1990-05-01"),  # the Central Military Commission to 1989
        ("Ichiro Ozawa", "2007-07-29", "2010-01-01"),  # the DPJ's president from April 2006
    ],
)  # fmt: skip
def test_the_offices_are_held_on_the_days_the_sources_give(
    name: str, inside: str, outside: str
) -> None:
    roles = knowledge().actors[name].roles
    assert any(role.held_on(inside) for role in roles)
    assert not any(role.held_on(outside) for role in roles)


@pytest.mark.parametrize(
    ("entries", "date", "actor"),
    [
        (("Gen. Mark Milley briefed the senators.", "Milley said the drills would go on."), "2021-03-01", "Mark Milley"),
        (("Craft told the Security Council the sanctions must stay.",), "2019-12-11", "Kelly Craft"),
        (("Stilwell told reporters in Seoul the alliance was ironclad.",), "2019-07-17", "David Stilwell"),
        (("DeHart and his South Korean counterpart ended a seventh round.",), "2020-03-19", "James DeHart"),
        (("Gallucci and Kang Sok Ju signed the framework in Geneva.",), "1994-10-21", "Robert Gallucci"),
        (("Deng received Kim Il Sung in Beijing.",), "1987-05-22", "Deng Xiaoping"),
        (("Ozawa called the election a vote on the government.",), "2007-07-29", "Ichiro Ozawa"),
    ],
)  # fmt: skip
def test_a_bare_surname_is_the_person_while_near_his_offices(
    enrich: Callable[[str, str], Findings], entries: tuple[str, ...], date: str, actor: str
) -> None:
    found = [enrich(entry, date) for entry in entries][-1]
    assert actor in found.actors


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        ("Craft was the name of the shipyard's foreman.", "1958-03-01"),
        ("Deng, a student, was arrested in the square.", "2019-06-04"),
    ],
)  # fmt: skip
def test_a_bare_surname_far_from_the_offices_is_not_the_person(
    enrich: Callable[[str, str], Findings], entry: str, date: str
) -> None:
    actors = enrich(entry, date).actors
    assert "Kelly Craft" not in actors and "Deng Xiaoping" not in actors


def test_the_south_korean_joint_chiefs_bear_their_name_since_1963() -> None:
    staff = knowledge().actors["South Korean Joint Chiefs of Staff"]
    assert staff.since == "1963" and staff.predecessor == "US Joint Chiefs of Staff"
    assert "JCS" in staff.aliases
    assert any("mnd.go.kr" in address for address in staff.sources)


@pytest.mark.parametrize(
    ("entry", "date", "staff"),
    [
        ("MacArthur cabled the JCS in Washington for more troops.", "1950-07-10", "US Joint Chiefs of Staff"),
        ("The JCS approved the plan for a landing at Inchon.", "1950-08-28", "US Joint Chiefs of Staff"),
        ("The shells fell north of the NLL, the JCS said.", "2024-01-05", "South Korean Joint Chiefs of Staff"),
        ("South Korea's Joint Chiefs of Staff said the missile flew 600 km.", "2022-11-02", "South Korean Joint Chiefs of Staff"),
        ("The Joint Chiefs of Staff in Washington ordered MacArthur to hold.", "1950-12-29", "US Joint Chiefs of Staff"),
    ],
)  # fmt: skip
def test_the_jcs_is_the_staff_of_its_day(
    enrich: Callable[[str, str], Findings], entry: str, date: str, staff: str
) -> None:
    actors = enrich(entry, date).actors
    other = ({"US Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff"} - {staff}).pop()
    assert staff in actors and other not in actors


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        # two prime ministers named Han in 2007, two unification ministers named Lee in 2006:
        # the days of office the sources give decide (the years alone overlapped)
        ("Prime Minister Han opened the cabinet meeting.", "2006-10-10", "Han Myeong-sook"),
        ("Prime Minister Han opened the cabinet meeting.", "2007-06-01", "Han Duck-soo"),
        ("Unification Minister Lee called for restraint.", "2006-10-10", "Lee Jong-seok"),
        ("Unification Minister Lee called for restraint.", "2007-06-01", "Lee Jae-joung"),
        # North Korea's premiers, dated from the list of premiers
        ("Premier Pak visited a steel complex.", "2015-06-01", "Pak Pong-ju"),
        ("Premier Kang met the Chinese delegation.", "1995-03-01", "Kang Song-san"),
        # a South Korean prime minister added with his days of office
        ("Prime Minister Chung chaired the virus task force.", "2020-03-01", "Chung Sye-kyun"),
    ],
)  # fmt: skip
def test_a_title_and_surname_are_the_holder_of_the_day(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors


NEW_OFFICE_HOLDERS = (
    "Melvin Laird", "Caspar Weinberger", "Les Aspin", "William Cohen", "Vyacheslav Molotov",
    "Andrei Gromyko", "Eduard Shevardnadze", "Andrei Kozyrev", "Yevgeny Primakov", "Hua Guofeng",
    "Zhao Ziyang", "Li Peng", "Song Min-soon", "Yoon Young-kwan",
)  # fmt: skip


@pytest.mark.parametrize("name", NEW_OFFICE_HOLDERS)
def test_the_new_office_holders_load_dated_with_sources(name: str) -> None:
    actor = knowledge().actors[name]
    assert actor.kind == "person" and actor.roles, name
    assert all(ADDRESS.match(address) for address in actor.sources), name


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        ("Defense Secretary William Cohen arrived in Seoul. Cohen said the alliance was strong.", "1999-03-01", "William Cohen"),
        ("Foreign Minister Gromyko defended the downing of the airliner.", "1983-09-02", "Andrei Gromyko"),
        ("Secretary of Defense Cheney visited the troops at Camp Casey.", "1991-05-01", "Dick Cheney"),
        ("Premier Li Peng declared martial law in the capital.", "1989-05-20", "Li Peng"),
        ("Chairman Hua received the delegation from Pyongyang.", "1977-05-01", "Hua Guofeng"),
        ("Foreign Minister Song told the National Assembly the talks would resume.", "2007-06-01", "Song Min-soon"),
        ("Shevardnadze and his South Korean counterpart signed the communique in New York.", "1990-09-30", "Eduard Shevardnadze"),
    ],
)  # fmt: skip
def test_the_new_office_holders_are_found_by_title_and_surname(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        ("N. Korea's Kim arrives in Russia for rare summit with Putin", "2023-09-12"),
        ("Trump, Kim meet at Demilitarized Zone, face-to-face for first time since Hanoi", "2019-06-30"),
    ],
)  # fmt: skip
def test_kim_alone_stays_the_leader_while_other_kims_hold_no_dated_office(
    enrich: Callable[[str, str], Findings], entry: str, date: str
) -> None:
    """Premiers and ministers named Kim in office beside Kim Jong Un (Kim Jae-ryong, Kim Tok-hun,
    Kim Boo-kyum, Kim Yeon-chul, Kim Yong-hyun) are left undated: dated, each made "Kim" alone
    ambiguous on his days (17 corpus entries lost Kim Jong Un), which the enrichment's rule of
    the bare surname does not yet weigh (README of this round's note)."""
    assert "Kim Jong Un" in enrich(entry, date).actors
