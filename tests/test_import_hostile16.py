"""hostile16: session 15's new importer rules (merge15 9f0fc66) tried on documents written to
mislead them; each miss read by a narrow general rule, tested on other subjects."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.sources import html_text
from ktimeline.importing.tables import table_split
from tests.enrich_support import enrich_in_order, said
from tests.import_split import dates as entries_of

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary

# --- a log's two-digit year stamps ("98 SEP 02 text") ---------------------------------------
# (the century was that of every year written in full: a log of 1998 in a document naming
# 2003 was of 2098; a war diary headed "1944-1945" wrote no year FULL_YEAR reads, so the
# stamps took strptime's pivot, 2044; "03 MAR 20" under "Report of 2003" was 3 March, its
# text "20 Invasion begins.")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Ship's log (copied in the 2003 report)\n98 SEP 02 Leaves port.\n"
            "98 SEP 05 Arrives in Lisbon.\n98 SEP 09 Storm off Cadiz.\n",
            "1998-09-02",
            "1998-09-09",
        ),
        (
            "War diary 1944-1945\n44 AUG 15 Landing in Provence.\n44 AUG 20 Toulon taken.\n"
            "45 AUG 15 Japan surrenders.\n45 SEP 02 Signing in Tokyo Bay.\n",
            "1944-08-15",
            "1945-09-02",
        ),
        (
            "Mill register, written up in 1905\n98 JAN 10 Wheel replaced.\n98 MAR 02 Flood.\n"
            "99 JUN 30 New miller.\n",
            "1898-01-10",
            "1899-06-30",
        ),
        (
            "Tagebuch 1998-99\n98 SEP 02 Abfahrt.\n98 OKT 05 Ankunft.\n99 JAN 09 Sturm.\n",
            "1998-09-02",
            "1999-01-09",
        ),
    ],
)
def test_a_stamps_year_is_the_one_nearest_the_years_written_in_full(
    text: str, first: str, last: str
) -> None:
    found = entries_of(text)
    assert [found[0][0], found[-1][0]] == [first, last], found
    assert not any(entry[:2].strip().isdigit() for _, _, entry in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Report of 2003\n03 MAR 20 Invasion begins.\n03 APR 09 Baghdad falls.\n"
        "03 MAY 01 Speech on the carrier.\n",
        "Season 2012\n12 MAY 05 Cup final.\n12 JUN 09 League ends.\n12 JUL 14 Tour.\n",
    ],
)
def test_stamps_whose_year_the_document_writes_in_full(text: str) -> None:
    found = entries_of(text)
    year = text.split("\n")[0][-4:]
    assert len(found) == 3
    assert all(day.startswith(year + "-") for day, _, _ in found), found
    # (the day is the stamp's last number, not left at the text's start)
    assert not any(entry[:1].isdigit() for _, _, entry in found), found


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a day and a month, then a count, in a season's list: days of that year)
        "Season 2012\n12 MAY 3 goals scored\n15 MAY 2 goals scored\n19 MAY 4 goals scored\n",
        "Season 2012\n12 MAY 3 goals scored\n12 JUN 2 goals scored\n12 JUL 4 goals scored\n",
    ],
)
def test_a_day_and_month_then_a_count_stays_that_day(text: str) -> None:
    found = entries_of(text)
    assert all(day.startswith("2012-") for day, _, _ in found), found
    assert found[0][2] == "3 goals scored"


def test_stamps_without_a_year_in_full_keep_the_pivot() -> None:
    # (guard: no year in full, strptime's reading of %y)
    found = entries_of("98 SEP 02 Leaves port.\n98 SEP 05 Arrives.\n99 JAN 09 Storm.\n")
    assert [day for day, _, _ in found] == ["1998-09-02", "1998-09-05", "1999-01-09"]


# --- a date cell's remark in square brackets -------------------------------------------------
# (a remark in round brackets was read off the date and kept at the text's end; one in square
# brackets left the row out, "no date the importer reads in 'April 4, 1904 [disputed]'")


@pytest.mark.parametrize(
    ("cell", "day", "remark"),
    [
        ("April 4, 1904 [disputed]", "1904-04-04", "[disputed]"),
        ("12.03.1871 [nach anderen Quellen 14.03.]", "1871-03-12", "[nach anderen Quellen 14.03.]"),
        ("1503 [date uncertain]", "1503", "[date uncertain]"),
    ],
)
def test_a_date_cells_remark_in_square_brackets_is_kept_at_the_texts_end(
    cell: str, day: str, remark: str
) -> None:
    text = f'date,event\n"March 3, 1901",The mill opens\n"{cell}",The mill burns\n'
    split = table_split(text)
    assert split is not None
    entry = split.entries[-1]
    assert (entry.date, entry.text.startswith("The mill burns"), entry.text.endswith(remark)) == (
        day,
        True,
        True,
    ), entry


def test_a_footnote_number_in_square_brackets_is_no_remark() -> None:
    # (guard: "[1]" has no words: the row is still reported, not read with a remark)
    split = table_split('date,event\n"March 3, 1901",Opens\n"June 6, 1906 [1]",Flood\n')
    assert split is not None
    assert [e.date for e in split.entries] == ["1901-03-03"]


# --- a new person whose surname is a known bearer's ------------------------------------------
# (enrich32's "what only a person does" made no person of a plain full name when any of its
# words starts a known name: "Ann Lee is charged" made nobody, and the later "Lee pleads
# guilty" was Lee Byung-ho; "Maria Kim was arrested" / "Kim said: “I am innocent.”" was Kim
# Jong Un's statement)


@pytest.mark.parametrize(
    ("first", "later", "person", "date"),
    [
        ("Ann Lee is charged with fraud.", "Lee pleads guilty.", "Ann Lee", "2015-03-01"),
        ("Grace Park is indicted for bribery.", "Park pleads guilty.", "Grace Park", "2015-03-01"),
        (
            "Maria Kim was arrested in Busan.",
            "Kim said: “I am innocent.”",
            "Maria Kim",
            "2018-04-27",
        ),
    ],
)
def test_a_new_person_bearing_a_known_surname_is_named_again_by_it(
    vocabulary: Vocabulary, first: str, later: str, person: str, date: str
) -> None:
    assert enrich_in_order(vocabulary, first, date=date).actors == [person]
    found = enrich_in_order(vocabulary, first, later, date=date)
    assert found.actors == [person]
    assert all(who == person for who, _ in said(found))


@pytest.mark.parametrize(
    ("entry", "actors"),
    [
        # (guards: a known name's first word still makes no new person)
        ("North Korea is charged with hacking.", ["North Korea"]),
        ("Moon Jae-in is sentenced in absentia.", ["Moon Jae-in"]),
    ],
)
def test_a_known_names_first_word_still_makes_no_new_person(
    vocabulary: Vocabulary, entry: str, actors: list[str]
) -> None:
    assert enrich_in_order(vocabulary, entry, date="2018-04-27").actors == actors


# --- a death he orders, threatens or counts; a relative after "whose" -----------------------
# ("Kim's death threats to Seoul escalate." on 2013-03-01 was Kim Hwang-sik, whose office as
# prime minister had just ended, as if the news were his death; "Trump met Kim, whose wife Ri
# was absent." made Ri Yong Ho, the foreign minister, of the wife)


@pytest.mark.parametrize(
    "entry",
    [
        "Kim's death threats to Seoul escalate.",
        "Mr Kim's death squad kills three defectors.",
        "Kim's death toll claims are disputed.",
    ],
)
def test_a_death_compound_is_no_news_of_the_bearers_death(
    vocabulary: Vocabulary, entry: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2013-03-01")
    assert "Kim Hwang-sik" not in found.actors, found.actors


def test_a_surnames_death_still_names_the_bearer_who_died(vocabulary: Vocabulary) -> None:
    # (guard: enrich32's rule)
    found = enrich_in_order(vocabulary, "State TV reported Kim's death.", date="2011-12-19")
    assert found.actors == ["Kim Jong Il"]


@pytest.mark.parametrize(
    "entry",
    [
        "Trump met Kim, whose wife Ri was absent.",
        "Kim Jong Un spoke of my brother Ri at the dinner.",
    ],
)
def test_a_relative_after_whose_or_my_is_no_known_bearer(
    vocabulary: Vocabulary, entry: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="2019-06-30")
    assert "Ri Yong Ho" not in found.actors, found.actors
    assert any("relative" in u.reason for u in found.unresolved)


# --- a saved page's section whose id names consent or the GDPR -------------------------------
# (user16's consent notice matched "consent" and "gdpr" anywhere in an id or class: a court
# case's <section id="consent-decree"> and a law's <div class="gdpr-timeline"> were left out
# whole, unreported: "nothing to import")


@pytest.mark.parametrize(
    "page",
    [
        '<section id="consent-decree"><p>March 3, 2001: The consent decree is signed.</p></section>',
        '<div class="gdpr-timeline"><p>May 25, 2018: The regulation applies.</p></div>',
        '<div class="informed-consent-history"><p>1947: The Nuremberg Code.</p></div>',
    ],
)
def test_a_section_naming_consent_is_the_pages_text(page: str) -> None:
    assert html_text(page)[0].strip() != ""


@pytest.mark.parametrize(
    "notice",
    [
        # (guards: a consent tool's notice is still left out)
        '<div class="consent-banner"><p>We use cookies.</p><button>Accept all</button></div>',
        '<div class="gdpr"><p>Manage preferences</p></div>',
        '<div id="gdpr-notice"><p>We value your privacy.</p></div>',
    ],
)
def test_a_consent_notice_is_still_left_out(notice: str) -> None:
    assert html_text(f"<p>1921 – The first biscuits are baked.</p>{notice}")[0] == (
        "1921 – The first biscuits are baked.\n"
    )


# --- "In 1 May Street," under a year --------------------------------------------------------
# (layouts42's "In 1 October, …" opener read a street named for a day as that day: "1992" /
# "In 1 May Street, a riot breaks out." was 1992-05-01)


@pytest.mark.parametrize(
    "text",
    [
        "1990\nThe mill opens.\n1992\nIn 1 May Street, a riot breaks out.\n1993\nA strike.\n",
        "1960 Independence.\n1962 In 23 August Square, the crowd gathers.\n1963 A vote.\n",
    ],
)
def test_a_street_named_for_a_day_is_no_day(text: str) -> None:
    found = entries_of(text)
    assert len(found) == 3
    assert all(len(day) == 4 for day, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # (guards: the day with its comma, or before a lower-case word)
        (
            "1959 Elections.\n1960 In 1 October, Nigeria becomes independent.\n1961 A vote.\n",
            "1960-10-01",
        ),
        ("1962 A strike.\n1963 In 5 July the army marches.\n1964 Peace.\n", "1963-07-05"),
    ],
)
def test_in_and_a_day_still_open_the_items_day(text: str, day: str) -> None:
    assert entries_of(text)[1][0] == day
