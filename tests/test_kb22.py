"""Romanisations and dated offices of the knowledge base not reached before (issue 23, kb22).

- Name forms the sources write for Syngman Rhee (Revised Romanization "I Seungman", "Ri
  Seungman"; McCune-Reischauer "Yi Sŭngman", "Yi Sŭng-man"; "Yi Sung-man"), Moon Jae-in ("Mun
  Jaein", "Mun Chaein"), Yoon Suk Yeol ("Yun Seok-yeol", "Yun Sŏgyŏl"), Lee Jae-myung ("I
  Jaemyeong", "Yi Chaemyŏng"), Hu Jintao (Wade-Giles "Hu Chin-t'ao"), Eduard Shevardnadze (his
  patronymic), each as the page writes it (addresses in the records).
- Offices dated from their sources, so that a title with a surname resolves by the entry's day:
  the Unification Ministers Kim Ha-joong, Kim Yeon-chul, Kim Yung-ho and Kwon Young-se's end;
  the Defense Ministers Kim Jang-soo, Lee Sang-hee, Lee Jong-sup's end, Shin Won-sik and Kim
  Yong-hyun; Shevardnadze's two terms (1985-1990, November-December 1991), Hu Jintao's vice
  presidency. A year-only end ("1990", "2024") ended the office before the year began for a
  day's comparison ("2024" < "2024-01-01"): those of these records are now days.
- Two holders of the title in the entry's year ("Defense Minister Kim" in 2010: Kim Tae-young
  until 4 December, Kim Kwan-jin from that day) stay unresolved and reported.
- "Kim" alone stays the head of state when a document's Kim out of office that day was named
  before and no Kim in office was ("Kim Hyon Hui" in 1987, then "Kim met Trump" in 2019 while
  Kim Yeon-chul was Unification Minister): as with one Kim in office, the head of state.
- test_kb21's like-bodied tests (with kb19's and kb20's cases folded there) are folded here:
  the offices' days, the name forms' records, a romanisation or a dated title finding the
  person, a title nobody held that day reported, "Kim" alone the leader, a lesser office never
  deciding a surname alone.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.knowledge import knowledge
from ktimeline.loader import load_vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")
NORTHERN_KIMS = ("Kim Yong Nam", "Kim Yong Chol", "Kim Yo Jong", "Kim Kye Gwan")
MINISTER_KIMS = ("Kim Ha-joong", "Kim Yeon-chul", "Kim Yung-ho", "Kim Jang-soo", "Kim Yong-hyun")


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
        # kb22
        ("Eduard Shevardnadze", "1990-09-01", "1991-03-01"),  # resigned 20 Dec 1990
        ("Eduard Shevardnadze", "1991-11-25", "1992-01-01"),  # again from 19 Nov 1991
        ("Hu Jintao", "2001-06-01", "1997-06-01"),  # Vice President from 15 Mar 1998
        ("Kim Ha-joong", "2008-06-01", "2009-06-01"),  # Unification Minister March 2008
        ("Kim Yeon-chul", "2019-06-30", "2020-06-20"),  # resigned 19 June 2020 (Yonhap)
        ("Kim Yung-ho", "2024-03-01", "2023-07-27"),  # appointed 28 July 2023 (Yonhap)
        ("Kwon Young-se", "2023-07-27", "2023-07-29"),  # Kim Yung-ho from 28 July 2023
        ("Kim Jang-soo", "2007-10-02", "2008-03-01"),  # Lee Sang-hee from 29 Feb 2008
        ("Lee Sang-hee", "2008-06-01", "2009-10-01"),
        ("Lee Jong-sup", "2023-05-01", "2023-10-08"),  # Shin Won-sik from 7 Oct 2023
        ("Shin Won-sik", "2024-01-01", "2023-10-06"),  # (his year-only "2024" end: no day)
        ("Kim Yong-hyun", "2024-12-03", "2024-12-06"),  # resigned 5 Dec 2024
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
        # kb22
        ("Syngman Rhee", ("Yi Seungman", "I Seungman", "Ri Seungman", "Yi Sŭngman", "Yi Sŭng-man", "Yi Sung-man", "Seungman Rhee")),
        ("Moon Jae-in", ("Mun Jaein", "Mun Chaein")),
        ("Yoon Suk Yeol", ("Yun Seok-yeol", "Yun Seokyeol", "Yun Sŏgyŏl", "Yun Sok-yol")),
        ("Lee Jae-myung", ("I Jaemyeong", "Yi Chaemyŏng", "I Chaemyŏng")),
        ("Hu Jintao", ("Hu Chin-t'ao",)),  # Wade-Giles (Britannica)
        ("Eduard Shevardnadze", ("Eduard Amvrosiyevich Shevardnadze",)),
        ("Ban Ki-moon", ("Ban Gi-mun", "Pan Ki-mun")),  # RR, MR (Polish Wikipedia)
        # kb22: forms checked and already there
        ("Shinzo Abe", ("Abe Shinzo", "Abe Shinzō", "Shinzō Abe")),
        ("Mao Zedong", ("Mao Tse-tung",)),
        ("Zhou Enlai", ("Chou En-lai",)),
        ("Sergei Lavrov", ("Sergey Lavrov",)),
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
        # kb21: a romanisation of the sources
        ("Jeon Du-hwan seized power in a coup.", "1979-12-12", "Chun Doo-hwan"),
        ("Pak Kŭnhye was elected president.", "2012-12-19", "Park Geun-hye"),
        ("Gim Dae-jung met Kim Jong Il in Pyongyang.", "2000-06-13", "Kim Dae-jung"),
        ("Noh Mu Hyeon crossed the border on foot.", "2007-10-02", "Roh Moo-hyun"),
        # kb21: the title of an office the base dates, by the entry's day
        ("First Vice Foreign Minister Kim met the delegation.", "2012-02-24", "Kim Kye Gwan"),
        ("First Vice Foreign Minister Kim met the delegation.", "2010", "Kim Kye Gwan"),  # a year
        ("Vice Foreign Minister Kim met Hill in Berlin.", "2007-01-18", "Kim Kye Gwan"),
        # the rank's first word unwritten: his First Vice Foreign Minister office
        ("Vice Foreign Minister Kim met the delegation.", "2015-05-01", "Kim Kye Gwan"),
        ("North Korean First Vice Foreign Minister Kim arrived.", "2016", "Kim Kye Gwan"),
        ("First Vice Foreign Minister Choe said talks were off.", "2020-06-01", "Choe Son Hui"),
        # kb22: romanisations
        ("Yi Sŭngman returned to Seoul.", "1945-10-16", "Syngman Rhee"),
        ("I Seungman was elected president.", "1948-07-20", "Syngman Rhee"),
        ("Mun Chaein met Kim Jong Un at Panmunjom.", "2018-04-27", "Moon Jae-in"),
        ("Yun Sŏgyŏl declared martial law.", "2024-12-03", "Yoon Suk Yeol"),
        ("I Jaemyeong took office.", "2025-06-04", "Lee Jae-myung"),
        ("Hu Chin-t'ao met Bush.", "2006-04-20", "Hu Jintao"),
        ("Pan Ki-mun took office at the United Nations.", "2007-01-01", "Ban Ki-moon"),
        # kb22: ministers by the entry's day
        ("Unification Minister Kim met reporters.", "2008-06-01", "Kim Ha-joong"),
        ("Unification Minister Kim met reporters.", "2019-06-01", "Kim Yeon-chul"),
        ("Unification Minister Kim met reporters.", "2020", "Kim Yeon-chul"),
        ("Unification Minister Kim met reporters.", "2024-03-01", "Kim Yung-ho"),
        ("Unification Minister Lee met reporters.", "2006-06-01", "Lee Jong-seok"),
        ("Unification Minister Lee met reporters.", "2021-03-01", "Lee In-young"),
        ("Defense Minister Kim met reporters.", "2007-03-01", "Kim Jang-soo"),
        ("Defense Minister Kim met reporters.", "2010-03-26", "Kim Tae-young"),
        ("Defense Minister Kim met reporters.", "2012-03-01", "Kim Kwan-jin"),
        ("Defense Minister Kim met reporters.", "2024-10-01", "Kim Yong-hyun"),
        ("Defense Minister Lee met reporters.", "2008-06-01", "Lee Sang-hee"),
        ("Defense Minister Lee met reporters.", "2023-05-01", "Lee Jong-sup"),
        ("Defense Minister Shin met reporters.", "2024-01-01", "Shin Won-sik"),
        ("Foreign Minister Kim met reporters.", "2011-06-01", "Kim Sung-hwan"),
        ("Foreign Minister Ri met reporters.", "2017-09-23", "Ri Yong Ho"),
        ("Foreign Minister Shevardnadze met Baker.", "1990-09-01", "Eduard Shevardnadze"),
        ("Foreign Minister Shevardnadze met Baker.", "1991-11-25", "Eduard Shevardnadze"),
        ("Vice President Hu met reporters.", "2001-06-01", "Hu Jintao"),
        ("President Lee met reporters.", "1955-08-01", "Syngman Rhee"),
        ("President Lee met reporters.", "2025-08-01", "Lee Jae-myung"),
    ],
)  # fmt: skip
def test_a_name_form_or_a_dated_title_finds_the_person(
    enrich: Callable[[str, str], Findings], entry: str, date: str, person: str
) -> None:
    found = enrich(entry, date)
    assert person in found.actors
    assert not found.new_actors
    assert not found.unresolved


@pytest.mark.parametrize(
    ("entry", "date", "shown", "why", "not_persons"),
    [
        # kb21: nobody of that name held it that day
        ("Vice Foreign Minister Kim met the delegation.", "1991-01-01", "Vice Foreign Minister Kim", "no vice foreign minister", ("Kim Kye Gwan", "Kim Il Sung")),  # before 1995
        ("First Vice Foreign Minister Kim met the delegation.", "2008-03-01", "First Vice Foreign Minister Kim", "", ("Kim Kye Gwan", "Kim Jong Il")),  # Vice FM then
        ("First Vice Foreign Minister Kim met the delegation.", "2021", "First Vice Foreign Minister Kim", "", ("Kim Kye Gwan", "Kim Jong Un")),  # after Apr 2019
        ("South Korean Vice Foreign Minister Kim arrived.", "2007", "Vice Foreign Minister Kim", "", ("Kim Kye Gwan", "Kim Jong Il")),  # another state's
        # kb22
        ("Foreign Minister Shevardnadze met Baker.", "1991-03-01", "Foreign Minister Shevardnadze", "no Foreign Minister", ("Eduard Shevardnadze",)),  # between his terms
        ("Defense Minister Kim met reporters.", "2008-03-10", "Defense Minister Kim", "no Defense Minister", ("Kim Jang-soo", "Kim Tae-young")),  # Lee Sang-hee's days
        # kb22: two holders in the entry's year, reported, never guessed
        ("Defense Minister Kim met reporters.", "2010", "Defense Minister Kim", "ambiguous: Kim Tae-young or Kim Kwan-jin", ("Kim Tae-young", "Kim Kwan-jin")),
    ],
)  # fmt: skip
def test_a_title_nobody_or_two_held_that_day_is_reported_not_guessed(
    enrich: Callable[[str, str], Findings],
    entry: str,
    date: str,
    shown: str,
    why: str,
    not_persons: tuple[str, ...],
) -> None:
    found = enrich(entry, date)
    assert not set(not_persons) & set(found.actors)
    reasons = [u.reason for u in found.unresolved if u.text.endswith(shown)]
    assert reasons
    assert why.lower() in reasons[0].lower()


@pytest.mark.parametrize(
    ("entry", "date", "leader"),
    [
        # kb19
        ("Trump and Kim meet in Singapore", "2018-06-12", "Kim Jong Un"),
        ("N. Korea's Kim arrives in Russia for rare summit with Putin", "2023-09-12", "Kim Jong Un"),
        ("Kim fires missiles as Seoul votes", "2024-11-05", "Kim Jong Un"),
        ("Kim vows to bolster nuclear force", "2020-01-01", "Kim Jong Un"),
        ("Kim told his hosts that he chose China as his first destination abroad.", "2018", "Kim Jong Un"),
        # kb20
        ("Kim fires missiles as Seoul votes", "2018", "Kim Jong Un"),
        ("Kim vows to bolster nuclear force", "2020", "Kim Jong Un"),
        # kb21: the years of the Kims' lesser offices
        ("Kim met Trump at Panmunjom.", "2019-06-30", "Kim Jong Un"),
        ("Kim met Trump at Panmunjom.", "2019", "Kim Jong Un"),
        ("Kim inspected the launch.", "2015", "Kim Jong Un"),
        # kb22: the days of the Kim ministers (a titled office: in office that day)
        ("Kim inspected the launch.", "2019-06-01", "Kim Jong Un"),  # Kim Yeon-chul
        ("Kim inspected the launch.", "2024-10-01", "Kim Jong Un"),  # Kim Yung-ho, Kim Yong-hyun
        ("Kim inspected the launch.", "2008-06-01", "Kim Jong Il"),  # Kim Ha-joong
        ("Kim inspected the launch.", "2007-03-01", "Kim Jong Il"),  # Kim Jang-soo
    ],
)  # fmt: skip
def test_kim_alone_stays_the_leader_beside_the_dated_kims(
    enrich: Callable[[str, str], Findings], entry: str, date: str, leader: str
) -> None:
    actors = enrich(entry, date).actors
    assert leader in actors
    assert not {*NORTHERN_KIMS, *MINISTER_KIMS} & set(actors)


@pytest.mark.parametrize(
    ("dated", "person", "not_person"),
    [
        # kb21: the document's last bearer, though another Kim held a lesser office that day
        ((("2019-10-03", "Kim Yong Chol warns the United States."), ("2019-10-05", "Kim Chol Nam leaves the talks."), ("2019-10-06", "Kim said the US would regret it.")), "Kim Chol Nam", "Kim Yong Chol"),
        # kb21: the one the document named, in office by a lesser office only
        ((("2018", "Kim Yong Chol met Pompeo in New York."), ("2018", "Kim said the talks went well.")), "Kim Yong Chol", "Kim Jong Un"),
        ((("2007", "Kim Gye-gwan met Hill in Berlin."), ("2007", "Kim said the talks were useful.")), "Kim Kye Gwan", "Kim Jong Il"),
        # kb22: a document's Kim out of office, and a Kim minister in office it never named
        ((("1987-11-29", "Kim Hyon Hui boarded the flight in Baghdad."), ("1990-01-01", "The trial ended in Seoul."), ("2019-06-30", "Kim met Trump at Panmunjom.")), "Kim Jong Un", "Kim Yeon-chul"),
        ((("2008-03-10", "Kim Hyon Hui spoke to reporters."), ("2009", "The book appeared."), ("2024-10-01", "Kim inspected the launch.")), "Kim Jong Un", "Kim Yong-hyun"),
        # kb22: the minister the document named is its Kim
        ((("2024-12-05", "Defense Minister Kim Yong-hyun resigned."), ("2024-12-05", "Kim said he bore the responsibility.")), "Kim Yong-hyun", "Kim Jong Un"),
        ((("2020-06-17", "Unification Minister Kim Yeon-chul offered to resign."), ("2020-06-19", "Kim said relations had worsened.")), "Kim Yeon-chul", "Kim Jong Un"),
    ],
)  # fmt: skip
def test_a_surname_alone_is_the_named_bearer_or_the_head_of_state(
    enrich: Callable[[str, str], Findings],
    dated: tuple[tuple[str, str], ...],
    person: str,
    not_person: str,
) -> None:
    found = [enrich(text, date) for date, text in dated][-1]
    assert person in found.actors
    assert not_person not in found.actors


def test_kim_alone_is_the_head_of_state_beside_a_minister_kim_the_document_never_named() -> None:
    enricher = Enricher(load_vocabulary())
    # a Kim given a titled office that day (a record made for the test: the rule, not the data)
    other = enricher.persons["Kim Boo-kyum"]
    enricher.persons["Kim Boo-kyum"] = dataclasses.replace(
        other, roles=(*other.roles, ("Unification Minister", "South Korea", "2019", "2019-12-31"))
    )
    enricher.enrich("Kim Hyon Hui boarded the flight in Baghdad.", "1987-11-29")
    enricher.enrich("The trial ended in Seoul.", "1990-01-01")
    found = enricher.enrich("Kim met Trump at Panmunjom.", "2019-06-30")
    assert "Kim Jong Un" in found.actors
    assert not {"Kim Boo-kyum", "Kim Hyon Hui"} & set(found.actors)
    assert not found.unresolved
