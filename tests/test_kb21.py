"""Dated offices that resolve their own title, romanisations (issue 23, kb21).

- An office no title of the enrichment dates ("First Vice Foreign Minister", "Director of the
  United Front Department") resolves that title written before a surname by the entry's day (a
  year: an office that overlaps it), never a surname alone: "Kim" keeps going to the document's
  last bearer or the head of state, so the Northern Kims (kb20, withdrawn at its merge) keep
  their sourced offices. A bearer whose dated office says he did not hold it that day is not
  meant ("Vice Foreign Minister Kim" in 1991, before Kim Kye Gwan's 1995: reported); two
  holders that day: reported, never guessed.
- Kim Kye Gwan's First Vice Foreign Minister office ends when Choe Son Hui is reported in it
  (24 April 2019), whose office it is from that day.
- Korean romanisations the sources write (Revised Romanization, McCune-Reischauer).
- kb19's and kb20's tests of the offices' days, of the name forms' records and of "Kim" alone
  staying the leader, the same bodies, are folded here into one parametrised test each.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.knowledge import knowledge
from ktimeline.importing.offices import names_office
from ktimeline.loader import load_vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")
NORTHERN_KIMS = ("Kim Yong Nam", "Kim Yong Chol", "Kim Yo Jong", "Kim Kye Gwan")


@pytest.mark.parametrize(
    ("name", "inside", "outside"),
    [
        # kb19
        ("Zhu Rongji", "2000-01-01", "2004-01-01"),  # Premier 17 Mar 1998 - 16 Mar 2003
        ("Zhu Rongji", "1995-06-01", "1992-01-01"),  # First Vice Premier from 29 Mar 1993
        # kb20
        ("Kim Yong Nam", "2018-02-09", "2019-06-01"),  # Presidium 5 Sep 1998 - 11 Apr 2019
        ("Kim Yong Nam", "2019", "2020"),  # (a year: held when the office overlaps it)
        ("Kim Yong Chol", "2010-11-23", "2008-01-01"),  # RGB from 11 Feb 2009
        ("Kim Yong Chol", "2018", "2023"),  # UFD 2016 - Apr 2019 and 2021 - 11 June 2022
        ("Kim Yo Jong", "2015", "2013"),  # vice department director from 28 Nov 2014
        ("Kim Kye Gwan", "2007-01-18", "1990"),  # Vice Foreign Minister from 1995
        ("Kim Kye Gwan", "2012-02-24", "1994-06-30"),  # First Vice FM from 23 Sep 2010
        # kb21: his First Vice FM office ends when Choe Son Hui is reported in it
        ("Kim Kye Gwan", "2019-04-23", "2019-10-24"),  # (an "adviser" in Oct 2019: KCNA)
        ("Choe Son Hui", "2020-06-01", "2019-03-01"),  # First Vice FM 24 Apr 2019 - 2022
    ],
)  # fmt: skip
def test_the_offices_are_held_on_the_days_the_sources_give(
    name: str, inside: str, outside: str
) -> None:
    actor = knowledge().actors[name]
    assert any(role.held_on(inside) for role in actor.roles), name
    assert not any(role.held_on(outside) for role in actor.roles), name
    assert all(ADDRESS.match(address) for address in actor.sources), name


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        # kb19: spellings the texts use
        ("Kim Seong-su", ("Kim Songsoo", "Kim Sung-soo", "Kim Seong-soo")),
        ("Chun Yung-woo", ("Chun Young-woo",)),
        ("Alexander Alexeyev", ("Alexander Alekseyev", "Alexander Alexejev")),
        # kb20: Japanese surname first, Wade-Giles, McCune-Reischauer and Revised
        ("Fumio Kishida", ("Kishida Fumio",)),  # surname first, as Wikipedia's Hepburn
        ("Yoshimasa Hayashi", ("Hayashi Yoshimasa",)),  # the Kantei's order
        ("Yoshihide Suga", ("Suga Yoshihide",)),
        ("Ryutaro Hashimoto", ("Hashimoto Ryutaro",)),
        ("Yoshiro Mori", ("Mori Yoshiro",)),
        ("Junichiro Koizumi", ("Koizumi Jun'ichirō",)),
        ("Taro Kono", ("Kōno Tarō",)),
        ("Deng Xiaoping", ("Teng Hsiao-p'ing", "Teng Hsiao-ping")),  # Wade-Giles (Britannica)
        ("Kim Yong Nam", ("Kim Yŏng-nam", "Gim Yeong-nam")),  # McCune-Reischauer, Revised
        ("Kim Yong Chol", ("Kim Yŏng-ch'ŏl", "Gim Yeong-cheol")),
        ("Kim Yo Jong", ("Kim Yŏjŏng", "Gim Yeojeong")),
        # kb21: Revised Romanization and McCune-Reischauer, as the sources write them
        ("Chun Doo-hwan", ("Jeon Du-hwan", "Jeon Duhwan", "Chŏn Tuhwan", "Chon Tuhwan")),
        ("Park Geun-hye", ("Bak Geun-hye", "Bak Geunhye", "Pak Kŭnhye")),
        ("Lee Myung-bak", ("I Myeongbak", "Yi Myŏngbak")),
        ("Kim Jong Il", ("Kim Chŏng-il", "Gim Jeong-il")),
        ("Kim Dae-jung", ("Gim Dae-jung", "Gim Daejung", "Kim Taejung")),
        ("Roh Moo-hyun", ("No Muhyŏn", "Noh Mu Hyeon")),
        ("Kim Young-sam", ("Gim Yeongsam", "Kim Yŏngsam")),
        ("Kim Il Sung", ("Gim Il-seong", "Kim Ilsŏng")),
        ("Kim Jong Un", ("Gim Jeong-eun", "Gim Jeongeun", "Kim Chŏngŭn", "Kim Chŏng'ŭn")),
        ("Choe Son Hui", ("Choe Seon-hui", "Ch'oe Sŏnhŭi")),
    ],
)  # fmt: skip
def test_the_name_forms_the_sources_write_are_forms_of_the_person(
    name: str, forms: tuple[str, ...]
) -> None:
    actor = knowledge().actors[name]
    assert actor.kind == "person"
    assert set(forms) <= set(actor.aliases)
    assert all(ADDRESS.match(address) for address in actor.sources), name


@pytest.mark.parametrize(
    ("entry", "date", "person"),
    [
        ("Jeon Du-hwan seized power in a coup.", "1979-12-12", "Chun Doo-hwan"),
        ("Pak Kŭnhye was elected president.", "2012-12-19", "Park Geun-hye"),
        ("Gim Dae-jung met Kim Jong Il in Pyongyang.", "2000-06-13", "Kim Dae-jung"),
        ("Noh Mu Hyeon crossed the border on foot.", "2007-10-02", "Roh Moo-hyun"),
    ],
)  # fmt: skip
def test_a_romanisation_of_the_sources_finds_the_person(
    enrich: Callable[[str, str], Findings], entry: str, date: str, person: str
) -> None:
    found = enrich(entry, date)
    assert person in found.actors
    assert not found.new_actors


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        # kb19
        ("Trump and Kim meet in Singapore", "2018-06-12"),
        ("N. Korea's Kim arrives in Russia for rare summit with Putin", "2023-09-12"),
        ("Kim fires missiles as Seoul votes", "2024-11-05"),
        ("Kim vows to bolster nuclear force", "2020-01-01"),
        ("Kim told his hosts that he chose China as his first destination abroad.", "2018"),
        # kb20
        ("Kim fires missiles as Seoul votes", "2018"),
        ("Kim vows to bolster nuclear force", "2020"),
        # kb21: the years of the Kims' lesser offices
        ("Kim met Trump at Panmunjom.", "2019-06-30"),
        ("Kim met Trump at Panmunjom.", "2019"),
        ("Kim inspected the launch.", "2015"),
    ],
)  # fmt: skip
def test_kim_alone_stays_the_leader_beside_the_dated_kims(
    enrich: Callable[[str, str], Findings], entry: str, date: str
) -> None:
    actors = enrich(entry, date).actors
    assert "Kim Jong Un" in actors
    assert not set(NORTHERN_KIMS) & set(actors)


@pytest.mark.parametrize(
    ("entry", "date", "person"),
    [
        ("First Vice Foreign Minister Kim met the delegation.", "2012-02-24", "Kim Kye Gwan"),
        ("First Vice Foreign Minister Kim met the delegation.", "2010", "Kim Kye Gwan"),  # a year
        ("Vice Foreign Minister Kim met Hill in Berlin.", "2007-01-18", "Kim Kye Gwan"),
        # the rank's first word unwritten: his First Vice Foreign Minister office
        ("Vice Foreign Minister Kim met the delegation.", "2015-05-01", "Kim Kye Gwan"),
        ("North Korean First Vice Foreign Minister Kim arrived.", "2016", "Kim Kye Gwan"),
        ("First Vice Foreign Minister Choe said talks were off.", "2020-06-01", "Choe Son Hui"),
    ],
)  # fmt: skip
def test_a_title_of_a_dated_office_is_its_holder_on_the_day(
    enrich: Callable[[str, str], Findings], entry: str, date: str, person: str
) -> None:
    found = enrich(entry, date)
    assert person in found.actors
    assert not found.unresolved


@pytest.mark.parametrize(
    ("entry", "date"),
    [
        ("Vice Foreign Minister Kim met the delegation.", "1991-01-01"),  # before 1995
        ("First Vice Foreign Minister Kim met the delegation.", "2008-03-01"),  # Vice FM then
        ("First Vice Foreign Minister Kim met the delegation.", "2021"),  # after Apr 2019
        ("South Korean Vice Foreign Minister Kim arrived.", "2007"),  # another state's
    ],
)  # fmt: skip
def test_a_title_no_bearer_held_that_day_is_reported_not_the_bearer(
    enrich: Callable[[str, str], Findings], entry: str, date: str
) -> None:
    found = enrich(entry, date)
    assert not {"Kim Kye Gwan", "Kim Il Sung", "Kim Jong Un"} & set(found.actors)
    assert [u.text for u in found.unresolved if u.text.endswith("Foreign Minister Kim")]


def test_two_holders_of_the_title_that_day_are_reported_not_guessed() -> None:
    enricher = Enricher(load_vocabulary())
    # a second Kim given the same office in 2007 (a record made for the test)
    other = enricher.persons["Kim Yong Chol"]
    enricher.persons["Kim Yong Chol"] = dataclasses.replace(
        other, roles=(*other.roles, ("Vice Foreign Minister", "North Korea", "2005", "2008-12-31"))
    )
    found = enricher.enrich("Vice Foreign Minister Kim met Hill in Berlin.", "2007-01-18")
    assert not {"Kim Kye Gwan", "Kim Yong Chol"} & set(found.actors)
    assert [u.text for u in found.unresolved] == ["Vice Foreign Minister Kim"]
    assert "Kim Kye Gwan or Kim Yong Chol" in found.unresolved[0].reason


@pytest.mark.parametrize(
    ("dated", "person", "not_person"),
    [
        # the document's last bearer, though another Kim held a lesser office that day
        ((("2019-10-03", "Kim Yong Chol warns the United States."), ("2019-10-05", "Kim Chol Nam leaves the talks."), ("2019-10-06", "Kim said the US would regret it.")), "Kim Chol Nam", "Kim Yong Chol"),
        # the one the document named, in office by a lesser office only
        ((("2018", "Kim Yong Chol met Pompeo in New York."), ("2018", "Kim said the talks went well.")), "Kim Yong Chol", "Kim Jong Un"),
        ((("2007", "Kim Gye-gwan met Hill in Berlin."), ("2007", "Kim said the talks were useful.")), "Kim Kye Gwan", "Kim Jong Il"),
    ],
)  # fmt: skip
def test_a_lesser_office_never_decides_a_surname_alone(
    enrich: Callable[[str, str], Findings],
    dated: tuple[tuple[str, str], ...],
    person: str,
    not_person: str,
) -> None:
    found = [enrich(text, date) for date, text in dated][-1]
    assert person in found.actors
    assert not_person not in found.actors


@pytest.mark.parametrize(
    ("written", "office", "named"),
    [
        ("vice foreign minister", "Vice Foreign Minister", True),
        ("vice foreign minister", "First Vice Foreign Minister", True),
        ("first vice foreign minister", "Vice Foreign Minister", False),
        ("minister", "Foreign Minister", False),  # one word: too many offices end in it
        ("deputy foreign minister", "Vice Foreign Minister", False),
    ],
)
def test_a_written_title_names_the_office_of_its_words(
    written: str, office: str, named: bool
) -> None:
    assert names_office(written, office) is named
