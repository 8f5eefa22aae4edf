"""Issue 22, explore38: layouts met by trying reference and study texts as a new user would
(a city's history with a menu of its periods, an encyclopedia's years alone with an item
opening with its day below, a course's chronology with Italian month abbreviations), each
rule on short chronologies written for the test in other subjects and wordings (never the
pages' own words), and what each must not read."""

from __future__ import annotations

import pytest

from ktimeline import dates
from tests.import_support import read_entries, reasons

_read = read_entries


# --- a page's menu of its periods: spans of years alone, one after the other ------------------


def test_a_menu_of_periods_is_no_heading_and_dates_nothing_below_it() -> None:
    text = (  # a harbour's history page, its links to the other centuries above the text
        "Harbour history\n"
        "1600 - 1699\n"
        "1700 - 1799\n"
        "1800 - 1849\n"
        "1850 - 1899\n"
        "1900 - 1949\n\n"
        "The harbour in the 1700s\n\n"
        "1712 - The first stone pier is built.\n"
        "1745 - A storm destroys the lighthouse.\n"
        "1768 - The customs house opens.\n"
    )
    assert _read(text) == [
        ("1712", None, "The first stone pier is built."),
        ("1745", None, "A storm destroys the lighthouse."),
        ("1768", None, "The customs house opens."),
    ]
    found = reasons(text)
    assert found["1900 - 1949"] == "a page's menu of its periods"
    assert "menu" not in found["The harbour in the 1700s"]


def test_periods_with_en_dashes_and_no_spaces_are_a_menu_too() -> None:
    text = (  # a choir's archive, its decades as links
        "1950–1959\n1960–1969\n1970–1979\n1980–1989\n\n"
        "Archive of the choir\n\n"
        "1962: The choir sings in Vienna.\n"
        "1971: A new conductor is appointed.\n"
        "1985: The choir records its first album.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1962", "1971", "1985"]
    assert reasons(text)["1980–1989"] == "a page's menu of its periods"


def test_spans_with_their_text_below_stay_entries() -> None:
    text = (  # a war's phases, each span alone above its text: no menu
        "1914 - 1915\n"
        "The war of movement ends in trenches.\n"
        "1916 - 1917\n"
        "The great battles of attrition.\n"
        "1918 - 1919\n"
        "The last offensives and the armistice.\n"
        "1919 - 1920\n"
        "The peace treaties are signed.\n"
    )
    assert _read(text) == [
        ("1914", "1915", "The war of movement ends in trenches."),
        ("1916", "1917", "The great battles of attrition."),
        ("1918", "1919", "The last offensives and the armistice."),
        ("1919", "1920", "The peace treaties are signed."),
    ]


def test_spans_that_leave_gaps_are_no_menu() -> None:
    text = (  # a painter's working periods, not one after the other
        "Periods\n"
        "1880 - 1885\n"
        "1890 - 1894\n"
        "1899 - 1903\n"
        "1910 - 1912\n\n"
        "The late works are shown in Paris.\n"
    )
    assert not any("menu" in reason for reason in reasons(text).values())


# --- a year alone on its line, the item below opening with its day -----------------------------


@pytest.mark.parametrize(
    ("year", "item", "day"),
    [
        ("1783", "14. März Ein Großbrand zerstört die Altstadt.", "1783-03-14"),  # German
        ("1621", "Op 9 april loopt het Bestand af.", "1621-04-09"),  # Dutch, "Op"
        ("1897", "Am 3. Juni wird die Brücke eröffnet.", "1897-06-03"),  # German, "Am"
        ("1905", "On 12 May, the company is founded in Turin.", "1905-05-12"),  # English
        ("1871", "Le 18 mars, la Commune est proclamée.", "1871-03-18"),  # French, "Le"
    ],
)
def test_an_item_below_a_year_alone_that_opens_with_its_day(year: str, item: str, day: str) -> None:
    text = (
        "Chronicle\n\n"
        f"{year}\n\n{item}\n\n"
        "1950\n\nThe museum opens its doors.\n\n"
        "1961\n\nA new wing is added to the building.\n"
    )
    entries = _read(text)
    assert entries[0] == (day, None, item)  # (the text keeps its opening words)
    assert entries[1:] == [
        ("1950", None, "The museum opens its doors."),
        ("1961", None, "A new wing is added to the building."),
    ]


def test_a_day_later_in_the_item_leaves_the_year() -> None:
    text = (  # the day is not the item's opening: the entry is of the year
        "1950\n\nThe museum opens its doors on 3 May.\n\n"
        "1961\n\nA new wing is added to the building.\n\n"
        "1972\n\nThe collection moves to the castle.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1950", "1961", "1972"]


def test_a_number_that_is_no_day_of_the_month_leaves_the_year() -> None:
    text = (
        "1950\n\n31 April Records are lost.\n\n"
        "1961\n\nA new wing is added to the building.\n\n"
        "1972\n\nThe collection moves to the castle.\n"
    )
    assert _read(text)[0][0] == "1950"


# --- Italian month abbreviations with their point ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("20 sett. 1870", "1870-09-20", "1870-09-20"),
        ("6-9 mag. 1898", "1898-05-06", "1898-05-09"),
        ("3 genn. 1900", "1900-01-03", "1900-01-03"),
        ("12 febbr. 1912", "1912-02-12", "1912-02-12"),
        ("1 magg. 1920", "1920-05-01", "1920-05-01"),
        ("2 giu. 1946", "1946-06-02", "1946-06-02"),
        ("14 lug. 1789", "1789-07-14", "1789-07-14"),
        ("4 ott. 1957", "1957-10-04", "1957-10-04"),
        ("25 dic. 1991", "1991-12-25", "1991-12-25"),
    ],
)
def test_italian_abbreviated_months_as_a_range_reads_them(
    written: str, start: str, end: str
) -> None:
    found = dates.parse_date_argument(written, "START")
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


def test_italian_abbreviated_months_in_a_chronology() -> None:
    text = (  # a course's chronology of the Republic, days with abbreviated months
        "Cronologia\n\n"
        "2 giu. 1946: Referendum istituzionale.\n"
        "1 genn. 1948: Entra in vigore la Costituzione.\n"
        "25 mar. 1957: Firma dei Trattati di Roma.\n"
        "12 dic. 1969: Strage di piazza Fontana.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1946-06-02", None),
        ("1948-01-01", None),
        ("1957-03-25", None),
        ("1969-12-12", None),
    ]


def test_abbreviation_words_without_a_day_are_no_dates() -> None:
    text = (  # "dic." and "mag." in a sentence, no day before them: no date
        "1950: The mag. cover shows the new car.\n"
        "1951: The dic. entry is revised.\n"
        "1952: The sett. model is sold abroad.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1950", None),
        ("1951", None),
        ("1952", None),
    ]


# --- German "um" (about) before a year, as range reads the other words of CIRCA_WORDS ---------


@pytest.mark.parametrize("written", ["um 1200", "Um 1200", "um 1200 "])
def test_german_um_before_a_year_is_about_that_year(written: str) -> None:
    found = dates.parse_date_argument(written, "START")
    assert (found.start.isoformat(), found.end.isoformat()) == ("1200-01-01", "1200-12-31")


def test_um_before_a_figure_that_is_no_year_stays_no_date() -> None:
    with pytest.raises(dates.DateArgumentError):
        dates.parse_date_argument("um twelve hundred", "START")


# --- a PDF's columns read one after the other: a year's dates stacked above their texts --------


def test_dates_stacked_under_a_year_take_their_texts_in_order() -> None:
    text = (  # a club's chronology from a PDF, the dates' column read before the texts'
        "Club chronology\n"
        "1921\n"
        "Founding of the rowing section\n"
        "1924\n"
        "3 May\n"
        "September\n"
        "First regatta on the river\n"
        "The new boathouse is opened by the\n"
        "mayor\n"
        "1925\n"
        "12 June\n"
        "The club wins the national title\n"
    )
    assert _read(text) == [
        ("1921", None, "Founding of the rowing section"),
        ("1924-05-03", None, "First regatta on the river"),
        ("1924-09", None, "The new boathouse is opened by the mayor"),
        ("1925-06-12", None, "The club wins the national title"),
    ]


def test_stacked_dates_and_a_different_count_of_texts_are_not_paired() -> None:
    text = (  # three dates, two texts: which text is whose is not known
        "Club chronology\n"
        "1924\n"
        "3 May\n"
        "9 July\n"
        "September\n"
        "First regatta on the river\n"
        "The new boathouse is opened\n"
        "1925\n"
        "12 June\n"
        "The club wins the national title\n"
    )
    entries = _read(text)
    assert ("1924-05-03", None, "First regatta on the river") not in entries
    assert ("1925-06-12", None, "The club wins the national title") in entries


def test_month_headings_without_a_day_are_not_paired() -> None:
    text = (  # months alone under a year: headings, not a column of dates
        "1924\n"
        "May\n"
        "June\n"
        "First regatta on the river\n"
        "The new boathouse is opened\n"
        "1925\n"
        "July\n"
        "The club wins the national title\n"
    )
    assert ("1924-05", None, "First regatta on the river") not in _read(text)


# --- "mid" before a month in German and Polish, as "mid-February" ----------------------------


@pytest.mark.parametrize("written", ["Mitte Februar 1894", "połowa lutego 1894", "Mitte Feb 1894"])
def test_mid_month_in_german_and_polish_is_that_month(written: str) -> None:
    found = dates.parse_date_argument(written, "START")
    assert (found.start.isoformat(), found.end.isoformat()) == ("1894-02-01", "1894-02-28")


def test_mid_month_items_under_a_year() -> None:
    text = (  # a village's chronicle: items under their year, one of them in mid-month
        "1894\n"
        "– połowa lutego – a new bell is hung,\n"
        "– 12 czerwca – the school opens,\n"
        "1895\n"
        "– Mitte Mai – the bridge is repaired,\n"
        "– 3 lipca – the market moves.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1894-02", None),
        ("1894-06-12", None),
        ("1895-05", None),
        ("1895-07-03", None),
    ]


def test_mitte_without_a_month_is_no_date() -> None:
    text = (  # "Mitte" as a noun: the text of the year's entry
        "1894: Die Mitte des Dorfes wird gepflastert.\n"
        "1895: Die Brücke wird repariert.\n"
        "1896: Der Markt zieht um.\n"
    )
    assert _read(text)[0] == ("1894", None, "Die Mitte des Dorfes wird gepflastert.")


def test_polish_half_of_a_century_is_not_read_as_mid() -> None:
    # "połowa II w.": half of the 2nd century (which half, the text says elsewhere): no date
    with pytest.raises(dates.DateArgumentError):
        dates.parse_date_argument("połowa II w.", "START")
