"""Issue 22, explore44: layouts met by trying chronologies of a city, a museum collection,
antiquity, a company, a club, an observatory, a country, a war and a court in German, Danish,
Dutch, Italian, Portuguese, Spanish and English as a new user would ("1167 bis 1191:", "795 bis
818:", "-2200 text" in a page that writes "fra -1730 til -1688", a menu of years "2000" /
"2001" / …, "1471 d.C.   a.U.c." over its items), each rule on short chronologies written for
the test in other subjects and wordings (never the pages' own words), and what each must not
read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- "to" between two years in the month names' languages: "1167 bis 1191:" ------------------


def test_a_span_of_years_with_to_in_the_month_names_languages_is_read_as_range_reads_it() -> None:
    for written in (
        "1936 bis 1939",
        "1936 a 1939",
        "1936 tot 1939",
        "1936 do 1939",
        "1936 till 1939",
    ):
        assert dates.parse_range(written) == (date(1936, 1, 1), date(1939, 12, 31)), written


def test_a_span_of_years_with_bis_is_one_entry_not_two() -> None:
    text = (  # a cathedral's building, in German
        "1402: Grundsteinlegung des Chors\n"
        "1430 bis 1455: Bau des Langhauses\n"
        "1460 bis 1472: Einwölbung der Seitenschiffe\n"
        "1480: Weihe der Kirche\n"
    )
    assert _read(text) == [
        ("1402", None, "Grundsteinlegung des Chors"),
        ("1430", "1455", "Bau des Langhauses"),
        ("1460", "1472", "Einwölbung der Seitenschiffe"),
        ("1480", None, "Weihe der Kirche"),
    ]


def test_a_year_a_and_a_hyphenated_number_is_no_span() -> None:
    found = dates.find_date("1990 a 2000-strong crowd")
    assert found is None or found.group().strip() != "1990 a 2000"


def test_three_digit_years_with_bis_are_a_span_among_short_year_lines() -> None:
    text = (  # a monastery's early centuries, in German
        "612: Gründung der Zelle\n"
        "720 bis 759: Abt Otmar baut das Kloster aus\n"
        "830: Klosterplan\n"
        "926: Einfall der Ungarn\n"
    )
    assert _read(text) == [
        ("0612", None, "Gründung der Zelle"),
        ("0720", "0759", "Abt Otmar baut das Kloster aus"),
        ("0830", None, "Klosterplan"),
        ("0926", None, "Einfall der Ungarn"),
    ]


# --- "-2200 text" where the document writes years with a minus sign in its sentences -------


ANTIQUITY = (  # a table of early astronomy, in Swedish
    "År Händelse\n"
    "-3000 Sumererna delar dygnet i timmar (från -3000 till -2500).\n"
    "-2100 Kinesiska astronomer följer månen.\n"
    "-1800 Babyloniska stjärnkataloger skrivs.\n"
)


def test_a_glued_minus_year_is_before_the_era_where_the_text_writes_signed_years() -> None:
    assert _read(ANTIQUITY) == []
    why = reasons(ANTIQUITY)
    assert "before the Common Era" in why["-2100 Kinesiska astronomer följer månen."]


def test_a_glued_hyphen_before_years_of_the_era_stays_a_bullet() -> None:
    text = (  # a firm's milestones, its bullet glued to each year; no signed year inside
        "-1911 The firm is founded in Dayton.\n"
        "-1914 A new president joins the firm.\n"
        "-1924 The firm takes its present name.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1911", "1914", "1924"]


# --- a menu of single years counting up one by one -------------------------------------------


def test_a_menu_of_years_alone_is_no_heading_over_the_title_below() -> None:
    text = (  # a yearbook's navigation, then a page of antiquity
        "Årbøger\n"
        "\n"
        "2010\n"
        "2011\n"
        "2012\n"
        "2013\n"
        "2014\n"
        "\n"
        "Romerriget\n"
        "Fra republik til kejserdømme\n"
        "\n"
        "1871: Rom bliver Italiens hovedstad.\n"
        "1929: Lateranaftalerne underskrives.\n"
    )
    assert _read(text) == [
        ("1871", None, "Rom bliver Italiens hovedstad."),
        ("1929", None, "Lateranaftalerne underskrives."),
    ]
    assert "Romerriget" in left_out(text)


def test_a_wikis_years_some_empty_the_last_with_items_below_stay_headings() -> None:
    text = (  # a wiki's list of years, most of them empty
        "[edit] 1900s\n\n1901\n1902\n1903\n1904\n  • May: The first motor car is imported.\n1905\n"
    )
    assert _read(text)[0][:2] == ("1904-05", None)


def test_years_alone_with_text_between_them_stay_headings() -> None:
    text = (
        "2010\nThe club is founded.\n2011\nFirst season.\n2012\nPromotion.\n2013\nA new stadium.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["2010", "2011", "2012", "2013"]


# --- "1471 d.C.   a.U.c.": a year heading with Rome's era left without its number -------------


def test_a_year_with_the_roman_eras_name_alone_is_a_heading_over_its_items() -> None:
    text = (  # a chronology of Rome's theatres, in Italian
        "1732 d.C.   a.U.c.\n"
        "\n"
        "Viene inaugurato il Teatro Argentina.\n"
        "\n"
        "1816 d.C.   a.U.c.\n"
        "\n"
        "20 Febbraio: Prima del Barbiere di Siviglia al Teatro Argentina.\n"
    )
    assert _read(text) == [
        ("1732", None, "Viene inaugurato il Teatro Argentina."),
        ("1816-02-20", None, "Prima del Barbiere di Siviglia al Teatro Argentina."),
    ]


# --- "Um 210:" after "50 n. Chr.:": approximate years once the chronology is past the era -----


def test_approximate_short_years_after_an_entry_of_the_common_era_are_read() -> None:
    text = (  # a Roman town on the Danube, in German
        "Um 15 v. Chr.:\n"
        "Römische Truppen besetzen das Alpenvorland\n"
        "46 n. Chr.:\n"
        "Das Land wird Provinz\n"
        "Um 180: Bau des Kastells\n"
        "233: Einfall der Alamannen\n"
        "260: Aufgabe des Limes\n"
        "Um 400: Abzug der Truppen\n"
        "476: Ende des Westreichs\n"
    )
    assert _read(text) == [
        ("0046", None, "Das Land wird Provinz"),
        ("0180", None, "Bau des Kastells"),
        ("0233", None, "Einfall der Alamannen"),
        ("0260", None, "Aufgabe des Limes"),
        ("0400", None, "Abzug der Truppen"),
        ("0476", None, "Ende des Westreichs"),
    ]


def test_approximate_short_years_stay_unguessed_where_no_entry_is_of_the_common_era() -> None:
    text = (  # BC years named, no entry written with the era after Christ, and too few plain
        # years below the era (two) to show the list running forward through the Common Era
        "Um 15 v. Chr.: Römische Truppen besetzen das Land\n"
        "180: Bau des Kastells\n"
        "Um 300: Abzug der Truppen\n"
        "352: Einfall der Alamannen\n"
    )
    assert "Um 300: Abzug der Truppen" in left_out(text)


def test_an_approximate_short_year_between_plain_years_below_the_era_is_read() -> None:
    # (Changed in session 23. This text was the test above, expecting "Um 300" left out; it
    # passed only because no line opening with "Um" was tried: the circa words' cheap test
    # lacked "U". Since layouts58 it tries every circa word of the grammar, and the rule of
    # "ok. 551" and "- Vers 643 -" (years._circa_short_years_between_plain_ones) reads it: three
    # plain years, read as of the Common Era, open lines below the last line naming a year
    # before it, and "Um 300" lies between two of them, 180 and 352. With two (the test above)
    # it stays unguessed.)
    text = (
        "Um 15 v. Chr.: Römische Truppen besetzen das Land\n"
        "180: Bau des Kastells\n"
        "Um 300: Abzug der Truppen\n"
        "352: Einfall der Alamannen\n"
        "476: Ende des Westreichs\n"
    )
    assert ("0300", None, "Abzug der Truppen") in _read(text)
    assert left_out(text) == ["Um 15 v. Chr.: Römische Truppen besetzen das Land"]


# --- "07/1912 - text" among "28/09/1893 - text" lines: a month in numbers -------------------


def test_a_month_and_year_in_numbers_among_numeric_days_is_that_month() -> None:
    text = (  # a rowing club's history, in Portuguese
        "12/04/1902 - Fundação do clube no Douro.\n"
        "3/05/1903 - Primeira regata oficial.\n"
        "09/1905 - O clube muda de sede.\n"
        "21/06/1908 - Vitória no campeonato nacional.\n"
    )
    assert _read(text) == [
        ("1902-04-12", None, "Fundação do clube no Douro."),
        ("1903-05-03", None, "Primeira regata oficial."),
        ("1905-09", None, "O clube muda de sede."),
        ("1908-06-21", None, "Vitória no campeonato nacional."),
    ]


def test_a_month_and_year_in_numbers_is_not_read_where_no_day_is_so_written() -> None:
    text = "1902: Fundação do clube.\n1903: Primeira regata.\n09/1905 - O clube muda de sede.\n"
    assert all(entry[0] != "1905-09" for entry in _read(text))


# --- the command: a long line left out is shown cut with "…", never cut mid-number ---------------


def test_a_long_line_left_out_is_shown_cut_with_an_ellipsis(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "canon.txt"
    path.write_text(  # a canon's window of antiquity, its paragraph long, no entry of the era
        "1. Oudheid\n\nDe oudste boerendorpen langs de rivieren van het land ontstonden rond 5300"
        " v.Chr. en hun aardewerk is bewaard\n",
        encoding="utf-8",
    )
    result = run("import", str(path))
    assert result.exit_code == 2
    shown = [line for line in result.stderr.splitlines() if ":3: could not place" in line]
    assert shown and "…'" in shown[0] and "rond 530'" not in shown[0]
