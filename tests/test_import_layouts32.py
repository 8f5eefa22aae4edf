"""Issue 22, thirty-second round (faults left on texts already seen and on hostile cases):
a figure with its unit after a year's dash is no span's end ("1180 - 85 Prozent …"); several
days of one year on a "YEAR – day month text" line are several entries; a yearless day in such
a list is a day of the year above. Each rule on chronologies written for the test in other
subjects and languages, with what it must leave alone."""

from __future__ import annotations

import pytest

from tests.import_support import read_entries

_read = read_entries


# --- a figure and its unit after "YEAR - " is the text, never the end of a span ---------------

TOWN_FIRE = (  # a German town chronicle, its "YEAR - text" list
    "Stadtchronik\n"
    "1173 - wurde die Stadt gegründet.\n"
    "1176 - baute man die Mauer.\n"
    "1180 - 85 Prozent der Häuser brennen ab.\n"
    "1184 - wurde die Kirche geweiht.\n"
)


def test_a_percentage_after_a_years_dash_is_the_text() -> None:
    assert _read(TOWN_FIRE)[2] == ("1180", None, "85 Prozent der Häuser brennen ab.")


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("1922 - 35 km Straße werden gebaut.", "35 km Straße werden gebaut."),
        ("1922 - 40 % der Bauern verlassen das Dorf.", "40 % der Bauern verlassen das Dorf."),
        ("1922 - 30 Millionen Mark fließen in den Hafen.", "30 Millionen Mark fließen in den Hafen."),
        ("1922 - 70 pour cent des vignes gèlent.", "70 pour cent des vignes gèlent."),
    ],
)
def test_other_units_after_a_years_dash(line: str, text: str) -> None:
    chronicle = (
        "Chronik des Hafens\n"
        "1918 - Gründung der Genossenschaft.\n"
        "1920 - Bau des ersten Kais.\n"
        f"{line}\n"
        "1958 - Eröffnung der Werft.\n"
    )
    assert _read(chronicle)[2] == ("1922", None, text)


def test_a_span_whose_text_opens_with_a_noun_stays_a_span() -> None:
    text = (
        "Chronik\n"
        "1120 - wird das Kloster gestiftet.\n"
        "1162 - 70 Bau der Kirche.\n"
        "1173 - wurde die Stadt gegründet.\n"
        "1184 - wurde die Kirche geweiht.\n"
    )
    assert _read(text)[1] == ("1162", "1170", "Bau der Kirche.")


# --- several days of one year on a "YEAR – day month text" line --------------------------------

OPERA_HOUSE = (  # an Italian theatre's anniversaries, two days of a year on one line
    "Anniversari del teatro\n"
    "1778 – 3 agosto apre il teatro alla Scala\n"
    "1813 – 11 marzo debutta Rossini – 20 dicembre muore il direttore\n"
    "1842 – 9 marzo prima del Nabucco\n"
    "1893 – 9 febbraio prima del Falstaff – 17 maggio chiude la stagione\n"
    "1943 – i bombardamenti colpiscono la sala\n"
)


def test_several_days_of_a_year_on_one_line_are_several_entries() -> None:
    assert _read(OPERA_HOUSE) == [
        ("1778-08-03", None, "apre il teatro alla Scala"),
        ("1813-03-11", None, "debutta Rossini"),
        ("1813-12-20", None, "muore il direttore"),
        ("1842-03-09", None, "prima del Nabucco"),
        ("1893-02-09", None, "prima del Falstaff"),
        ("1893-05-17", None, "chiude la stagione"),
        ("1943", None, "i bombardamenti colpiscono la sala"),
    ]


def test_a_day_after_a_year_entrys_dash_in_english() -> None:
    text = (
        "Club history\n"
        "1905 – 3 March the club is founded\n"
        "1910 – 7 April the team wins its first cup – 2 October the stand burns down\n"
        "1920 – the club turns professional – 9 May the new ground opens\n"
        "1925 – 19 May the club is relegated\n"
    )
    assert _read(text) == [
        ("1905-03-03", None, "the club is founded"),
        ("1910-04-07", None, "the team wins its first cup"),
        ("1910-10-02", None, "the stand burns down"),
        ("1920", None, "the club turns professional"),
        ("1920-05-09", None, "the new ground opens"),
        ("1925-05-19", None, "the club is relegated"),
    ]


def test_a_dash_before_a_count_stays_in_the_text() -> None:
    text = (
        "Club history\n"
        "1905 – 3 March the club is founded\n"
        "1910 – 7 April the team wins – 12 players leave after the final\n"
        "1925 – 19 May the club is relegated\n"
    )
    assert _read(text)[1] == ("1910-04-07", None, "the team wins – 12 players leave after the final")


def test_a_dash_before_a_day_where_the_list_writes_no_days_stays_text() -> None:
    text = (
        "Club history\n"
        "1905 – the club is founded\n"
        "1910 – the team wins its first cup – 2 October is its day\n"
        "1925 – the club is relegated\n"
    )
    assert _read(text)[1] == ("1910", None, "the team wins its first cup – 2 October is its day")


# --- a day without its year in a "YEAR – day month text" list is a day of the year above -------


def test_a_yearless_day_under_a_year_and_day_line() -> None:
    text = (
        "Cronologia della squadra\n"
        "1901 – 3 marzo nasce il club\n"
        "1905 – 7 aprile vince il titolo\n"
        "1920 – 19 maggio nasce il nuovo stadio\n"
        "5 agosto il club vince la coppa\n"
        "9 ottobre muore il presidente\n"
    )
    assert _read(text)[3:] == [
        ("1920-08-05", None, "il club vince la coppa"),
        ("1920-10-09", None, "muore il presidente"),
    ]


def test_a_yearless_day_in_english_with_a_capital() -> None:
    text = (
        "Club history\n"
        "1901 – 3 March the club is founded\n"
        "1905 – 7 April the team wins\n"
        "1920 – 19 May Mario is born\n"
        "5 August The club wins the cup\n"
    )
    assert _read(text)[3] == ("1920-08-05", None, "The club wins the cup")


def test_a_yearless_day_in_a_list_of_years_without_days_is_not_read_so() -> None:
    text = (
        "Club history\n"
        "1901 – the club is founded\n"
        "1905 – the team wins\n"
        "1920 – Mario is born\n"
        "5 August the club wins the cup\n"
    )
    assert ("1920-08-05", None, "the club wins the cup") not in _read(text)
