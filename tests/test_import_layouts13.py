"""Issue 22, thirteenth round: layout families the blind part held-out-9 showed, each as a
general rule with a synthetic case (no text of the real corpus is copied here)."""

from __future__ import annotations

from tests.import_split import dates
from tests.import_support import left_out

# --- dates alone, each with one line of text directly below: a page's box after the last ----

ONE_LINE_EACH = (
    "Chronologie\n"
    "3 mars 1961\n"
    "Le port de la ville est ouvert aux navires de commerce venus du large.\n"
    "9 juin 1970\n"
    "Une nouvelle route relie la capitale aux villes du nord du pays.\n"
    "14 mai 1984\n"
    "Le parlement adopte une loi sur les langues parlées dans les écoles.\n"
    "2 avril 1999\n"
    "Les élections municipales sont organisées pour la première fois.\n"
    "Le Journal.\n"
    "Recevez chaque matin les nouvelles de la région dans votre boîte.\n"
)


def test_the_line_after_the_last_one_line_entry_is_not_its_text() -> None:
    found = dates(ONE_LINE_EACH)
    assert [d for d, _, _ in found] == ["1961-03-03", "1970-06-09", "1984-05-14", "1999-04-02"]
    assert found[-1][2] == "Les élections municipales sont organisées pour la première fois."
    assert "Le Journal." in left_out(ONE_LINE_EACH)


def test_a_wrapped_line_under_one_date_keeps_the_rule_off() -> None:
    # one date whose text goes on over a second line: not the layout, nothing cut
    text = ONE_LINE_EACH.replace("9 juin 1970\n", "9 juin 1970\nUne route, longue de\n")
    found = dates(text)
    assert found[1][2].startswith("Une route, longue de Une nouvelle route")


# --- "1970 /// text": three slashes as the separator; "[1:23:44] text" times under a day ----

SLASHED = (
    "1961 /// A dam is built on the river above the town.\n\n"
    "3.5.1968 /// The new bridge opens to traffic.\n\n"
    "14.9.1972 ///\n\n"
    "[4:10:00] The first alarm sounds at the station.\n\n"
    "[4:12:30] The crew leaves the building.\n\n"
    "1980 /// The station closes.\n"
)


def test_three_slashes_separate_a_date_from_its_text() -> None:
    assert dates(SLASHED) == [
        ("1961", None, "A dam is built on the river above the town."),
        ("1968-05-03", None, "The new bridge opens to traffic."),
        ("1972-09-14", None, "[4:10:00] The first alarm sounds at the station."),
        ("1972-09-14", None, "[4:12:30] The crew leaves the building."),
        ("1980", None, "The station closes."),
    ]


def test_dotted_days_of_two_months_are_one_span() -> None:
    text = (
        "26.04-04.05.1986 /// Dust is carried far to the west.\n\n"
        "27.04.-5.5.1986 /// Fires are fought from the air.\n\n"
        "12.-15.6.1989 /// A visit of four days.\n"
    )
    assert [(d, e) for d, e, _ in dates(text)] == [
        ("1986-04-26", "1986-05-04"),
        ("1986-04-27", "1986-05-05"),
        ("1989-06-12", "1989-06-15"),
    ]


def test_dotted_days_of_two_months_work_as_an_argument() -> None:
    from datetime import date

    from ktimeline.dates import parse_range

    assert parse_range("27.04.-5.5.1986") == (date(1986, 4, 27), date(1986, 5, 5))
    assert parse_range("26.04-04.05.1986") == (date(1986, 4, 26), date(1986, 5, 4))


# --- Markdown bullets "- 1968    text": small-capital tags, emphasis, code, "1970ˢ" ---------

TAGGED = (
    "## 1960's\n\n"
    "- 1966    *Time sharing*. Several users on one machine.\n"
    "- 1967 ᴘʟ Simula\n"
    "- 1967 ᴛᴀ An award for a compiler\n"
    "- 1968    `Algol 68` report\n"
    "- 1969 ᴏs A small system at a laboratory\n\n"
    "## 1970's\n\n"
    "- 1970ˢ   Microprocessors spread to desks and homes.\n"
    "- 1970ˢ   Networks link the universities\n"
    "- 1971 ᴘʟ Pascal\n"
)


def test_bulleted_years_before_tags_emphasis_and_code() -> None:
    assert dates(TAGGED) == [
        ("1966", None, "*Time sharing*. Several users on one machine."),
        ("1967", None, "ᴘʟ Simula"),
        ("1967", None, "ᴛᴀ An award for a compiler"),
        ("1968", None, "`Algol 68` report"),
        ("1969", None, "ᴏs A small system at a laboratory"),
        ("1970", "1979", "Microprocessors spread to desks and homes."),
        ("1970", "1979", "Networks link the universities"),
        ("1971", None, "ᴘʟ Pascal"),
    ]


def test_a_decade_with_a_superscript_s_works_as_an_argument() -> None:
    from datetime import date

    from ktimeline.dates import parse_range

    assert parse_range("1970ˢ") == (date(1970, 1, 1), date(1979, 12, 31))


# --- "Friday, 11th March 2011" over undated bullets: the day of those items -----------------

WEEKDAY_DAYS = (
    "A storm over the coast\n\n"
    "Some words about what happened over these two days and why we wrote this.\n\n"
    "Tuesday 4th May 2010 (day before)\n\n"
    "  • Strong winds are measured at the harbour,\n"
    "  • A warning is given to the boats.\n\n"
    "Wednesday, 5th May 2010\n\n"
    "  • 09:12 The storm reaches the coast\n"
    "  • 10:40 Roads along the shore are closed\n"
)


def test_a_weekday_day_over_undated_bullets_is_their_heading() -> None:
    assert dates(WEEKDAY_DAYS) == [
        ("2010-05-04", None, "Strong winds are measured at the harbour,"),
        ("2010-05-04", None, "A warning is given to the boats."),
        ("2010-05-05", None, "09:12 The storm reaches the coast"),
        ("2010-05-05", None, "10:40 Roads along the shore are closed"),
    ]


# --- entries run together in one paragraph, each after the whole date ending on its year ----

RUN_TOGETHER = (
    "Chronology\n"
    "12 March 1960\n"
    "The colony becomes a republic. May 1961 The first elections are held in the north. "
    "4 June 1962 A new port is opened on the coast. October 1963 UNHCR opens an office. "
    "8-12 January 1964 Talks are held in the capital. February – April 1965 A drought hits "
    "the south. 3 March 1966 The president visits the islands.\n"
)


def test_run_together_entries_start_at_their_whole_date() -> None:
    assert [(d, e, t.split(".")[0]) for d, e, t in dates(RUN_TOGETHER)] == [
        ("1960-03-12", None, "The colony becomes a republic"),
        ("1961-05", None, "The first elections are held in the north"),
        ("1962-06-04", None, "A new port is opened on the coast"),
        ("1963-10", None, "UNHCR opens an office"),
        ("1964-01-08", "1964-01-12", "Talks are held in the capital"),
        ("1965-02", "1965-04", "A drought hits the south"),
        ("1966-03-03", None, "The president visits the islands"),
    ]


def test_a_run_together_date_inside_a_sentence_stays_text() -> None:
    text = RUN_TOGETHER.replace("in the north.", "in the north since May 1961 Voters wait.")
    found = dates(text)
    assert [d for d, _, _ in found].count("1961-05") == 1
    assert "since May 1961 Voters wait." in found[1][2]


# --- French abbreviated months: "14 juil 1975 : text", "20-22 déc 1978 : text" -------------

FRENCH_SHORT = (
    "3 janv 1961 : Le port est ouvert.\n"
    "2-3 fév 1966 : Une grève paralyse la capitale.\n"
    "3 avr 1970 : Le président est élu.\n"
    "14 juil 1975 : Reprise des relations avec les voisins.\n"
    "20-22 déc 1978 : Visite officielle du roi.\n"
    "19 déc : Un accord est signé.\n"
)


def test_french_abbreviated_months() -> None:
    assert [(d, e) for d, e, _ in dates(FRENCH_SHORT)] == [
        ("1961-01-03", None),
        ("1966-02-02", "1966-02-03"),
        ("1970-04-03", None),
        ("1975-07-14", None),
        ("1978-12-20", "1978-12-22"),
        ("1978-12-19", None),
    ]


def test_french_abbreviated_months_work_as_arguments() -> None:
    from datetime import date

    from ktimeline.dates import parse_range

    assert parse_range("14 juil 1975") == (date(1975, 7, 14), date(1975, 7, 14))
    assert parse_range("20-22 déc 1978") == (date(1978, 12, 20), date(1978, 12, 22))
    assert parse_range("févr 1996") == (date(1996, 2, 1), date(1996, 2, 29))


# --- "PLACE (AFP) Dec 16, 2005" above yearless days over a year's turn ----------------------

AGENCY = (
    "The flood: a chronology\n"
    "DHAKA, Bangladesh (AFP) Mar 2, 2008\n"
    "Here is a chronology of the main events since the river rose:\n\n"
    "-- NOV 28 --\n\nThe river breaks its banks north of the city.\n\n"
    "-- DEC 30 --\n\nThe water reaches the capital.\n\n"
    "-- JAN 4 --\n\nAid arrives from abroad.\n\n"
    "-- FEB 20 --\n\nThe water falls back.\n"
)


def test_an_agency_dateline_gives_the_years_of_days_over_a_turn() -> None:
    assert [d for d, _, _ in dates(AGENCY)] == [
        "2007-11-28", "2007-12-30", "2008-01-04", "2008-02-20",
    ]  # fmt: skip


def test_days_after_the_agency_dateline_give_no_year() -> None:
    late = AGENCY.replace("FEB 20", "MAR 20")  # (after the page's own day: not read as 2008)
    assert dates(late) == []


# --- a wire's "February 27, 1991: -- text" days, later items "-- text" below ----------------

WIRE = (
    "Following is a chronology of the year since the war ended.\n\n"
    "May 3, 1992: -- The army leaves the capital.\n\n"
    "-- The president speaks on the radio about the new government.\n\n"
    "-- Talks with the rebels begin in the north.\n\n"
    "May 4, 1992: -- The borders are opened again.\n"
)


def test_dash_marked_items_under_a_wire_day() -> None:
    assert dates(WIRE) == [
        ("1992-05-03", None, "The army leaves the capital."),
        ("1992-05-03", None, "The president speaks on the radio about the new government."),
        ("1992-05-03", None, "Talks with the rebels begin in the north."),
        ("1992-05-04", None, "The borders are opened again."),
    ]


# --- "1 - State - July 27, 1789 - text": a numbered list's names before the dates ----------

NAMED = (
    "Departments\n\n"
    "1 - Mines - March 3, 1801 - The department of mines is founded.\n\n"
    "2 - Roads - June 9, 1803 - The department of roads follows.\n\n"
    "3 - Post Office - May 2, 1810 -The post office becomes a department.\n"
)


def test_a_numbered_name_before_each_date_is_layout() -> None:
    assert dates(NAMED) == [
        ("1801-03-03", None, "The department of mines is founded."),
        ("1803-06-09", None, "The department of roads follows."),
        ("1810-05-02", None, "The post office becomes a department."),
    ]
    assert {"1 - Mines", "2 - Roads", "3 - Post Office"} <= set(left_out(NAMED))


def test_a_dash_glued_to_the_text_after_a_century_is_no_separator() -> None:
    text = "7th century -Kings unite the valley.\n668- A war begins.\n900- A state falls.\n"
    assert [d for d, _, _ in dates(text)][:1] != ["0601"]


# --- "images2011 11 March 14:46 JST text": placeholders, a year before the day, times -------

EBOOK = (
    "Timeline\n\n"
    "pics2010 4 May 09:12 CET A storm reaches the coast of the northern islands.\n\n"
    "The harbour is closed for the night.\n\n"
    "pics11:40 CET Waves flood the lower town.\n\n"
    "pics5 May Roads reopen in the east.\n\n"
    "pics6 May The army clears the bridges.\n\n"
    "pics8 May Schools open again.\n"
)


def test_placeholders_a_year_before_the_day_and_times_of_that_day() -> None:
    assert dates(EBOOK) == [
        ("2010-05-04", None, "09:12 CET A storm reaches the coast of the northern islands."),
        ("2010-05-04", None, "11:40 CET Waves flood the lower town."),
        ("2010-05-05", None, "Roads reopen in the east."),
        ("2010-05-06", None, "The army clears the bridges."),
        ("2010-05-08", None, "Schools open again."),
    ]
    assert "pics" in left_out(EBOOK)


def test_a_year_before_the_day_and_month_works_as_an_argument() -> None:
    from datetime import date

    from ktimeline.dates import parse_range

    assert parse_range("2011 11 March") == (date(2011, 3, 11), date(2011, 3, 11))
