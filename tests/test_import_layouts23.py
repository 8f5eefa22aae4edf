"""Issue 22, twenty-third round: the misses of the blind part held-out-17, as rules for layouts
a reader reads at a glance, each on short chronologies written for the test, in several
languages and subjects (never the corpus's own words), and what each rule must not read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries

_read = read_entries


# --- numbered items dated by year and month with a dot: "1. 2018.9: text" -----------------


def test_numbered_items_dated_year_dot_month() -> None:
    text = (
        "Company history\n\n"
        "1. 2015.3: Founded in a garage in Tartu.\n"
        "2. 2016.11: First paying customer.\n"
        "3. 2019.7 – Series A round closed.\n"
        "4. 2021.10: Office in Riga opens.\n"
    )
    assert _read(text) == [
        ("2015-03", None, "Founded in a garage in Tartu."),
        ("2016-11", None, "First paying customer."),
        ("2019-07", None, "Series A round closed."),
        ("2021-10", None, "Office in Riga opens."),
    ]


def test_version_numbers_and_decimals_are_no_year_and_month() -> None:
    text = (
        "Release notes\n\n"
        "Version 3.11.2: faster startup.\n"
        "The price rose to 1999.5 euros.\n"
        "Build 2019.1 shipped with fixes.\n"
    )
    assert _read(text) == []
    assert len(left_out(text)) == 4  # (every line listed, none lost)


# --- a day, a Roman month and the year: "(160) 1 I 1860" alone, "1938 (18 VI) text" ---------


def test_a_day_and_roman_month_alone_above_the_text() -> None:
    text = (  # a sports club's anniversaries in Polish, a count of years before each date
        "KLUB SPORTOWY\n\n"
        "(25) 12 V 1999\nKlub zdobywa Puchar Polski.\n\n"
        "(40) 3 IX 1984\nOtwarcie nowego stadionu.\n\n"
        "(10) 30 XI 2014\nAwans do ekstraklasy.\n"
    )
    assert _read(text) == [
        ("1999-05-12", None, "Klub zdobywa Puchar Polski."),
        ("1984-09-03", None, "Otwarcie nowego stadionu."),
        ("2014-11-30", None, "Awans do ekstraklasy."),
    ]


def test_a_day_and_roman_month_with_dots_before_the_text() -> None:
    text = (  # a museum's history in Italian
        "Storia\n\n"
        "18.VI.1938 Inaugurazione del museo.\n"
        "2.X.1940 Chiusura per la guerra.\n"
        "25.IV.1945 Riapertura al pubblico.\n"
    )
    assert _read(text) == [
        ("1938-06-18", None, "Inaugurazione del museo."),
        ("1940-10-02", None, "Chiusura per la guerra."),
        ("1945-04-25", None, "Riapertura al pubblico."),
    ]


def test_roman_numerals_of_kings_and_wars_are_no_months() -> None:
    text = (
        "Kings and wars\n\n"
        "Louis XIV 1715 died at Versailles.\n"
        "World War I 1918 ended in November.\n"
        "Henry VIII 1509 became king.\n"
    )
    assert _read(text) == []
    assert len(left_out(text)) == 4


def test_items_run_together_with_their_days_in_brackets_out_of_order() -> None:
    # a PDF's page of a war's chronology flattened to one line, not in order, a year alone
    # after a sentence's end, a span and two days in brackets
    line = (
        "1914 (28 VI) Assassination in Sarajevo of the archduke. 1916 (1 VII) Beginning of "
        "the Somme offensive on the Western Front. 1915 Landings at Gallipoli begin. 1917 "
        "(6 IV) The United States enters the war. 1918 (8–11 VIII) Battle of Amiens. 1917 "
        "(9 IV i 16 V) Battles of Arras."
    )
    assert _read(f"The Great War\n{line}\n") == [
        ("1914-06-28", None, "Assassination in Sarajevo of the archduke."),
        ("1916-07-01", None, "Beginning of the Somme offensive on the Western Front."),
        ("1915", None, "Landings at Gallipoli begin."),
        ("1917-04-06", None, "The United States enters the war."),
        ("1918-08-08", "1918-08-11", "Battle of Amiens."),
        ("1917-04-09", "1917-05-16", "Battles of Arras."),
    ]


def test_years_in_a_long_sentence_with_brackets_are_no_run_together_items() -> None:
    line = (
        "The mayor was elected in 1990 (after a long campaign) and served two terms, and the "
        "council in 1994 (its worst year) lost many seats; in 1998 (again) the vote fell, "
        "which the press since 2001 (a year of crises) called the end of an era for the "
        "movement and its leaders in the capital city."
    )
    assert _read(f"Notes\n{line}\n") == []


# --- decades in words: "- Anni 50': text", "Años 60:", "Années 1980 :" --------------------


def test_decades_in_words() -> None:
    text = (
        "Historia del grupo\n\n"
        "- Años 60: La banda se forma en Valencia.\n"
        "- Años 70: Primer disco.\n"
        "- Años 1980: Gira por Europa.\n"
        "- Anni '90: Il gruppo si scioglie.\n"
    )
    assert _read(text) == [
        ("1960", "1969", "La banda se forma en Valencia."),
        ("1970", "1979", "Primer disco."),
        ("1980", "1989", "Gira por Europa."),
        ("1990", "1999", "Il gruppo si scioglie."),
    ]


def test_an_age_and_a_millennium_are_no_decades() -> None:
    text = "Il signor Rossi ha 25 anni.\nGli anni 2000 furono difficili.\nAnni 45 dopo.\n"
    assert _read(text) == []


# --- a foreign month with its colon, a span of foreign months, "mi-" ----------------------


def test_foreign_months_with_a_colon_under_year_headings() -> None:
    text = (
        "== 1998\n\nMärz: Aufstieg in die Oberliga.\n\n"
        "== 1999\n\n- Oktober: Neuer Trainer kommt.\n\nAvril : Le club change de nom.\n"
    )
    assert _read(text) == [
        ("1998-03", None, "Aufstieg in die Oberliga."),
        ("1999-10", None, "Neuer Trainer kommt."),
        ("1999-04", None, "Le club change de nom."),
    ]


def test_foreign_month_spans_and_mid_month_under_a_year() -> None:
    text = (
        "1916\n- févr.-déc., bataille de Verdun.\n- mi-juil., offensive de la Somme.\n"
        "1917\n- avr.-mai, offensive Nivelle.\n- juin, mutineries dans l'armée.\n"
    )
    assert _read(text) == [
        ("1916-02", "1916-12", "bataille de Verdun."),
        ("1916-07", None, "offensive de la Somme."),
        ("1917-04", "1917-05", "offensive Nivelle."),
        ("1917-06", None, "mutineries dans l'armée."),
    ]


def test_half_time_and_months_in_a_sentence_are_no_entries() -> None:
    text = "À la mi-temps, le score était de 2-1.\nJuni, Juli und August waren heiß.\n"
    assert _read(text) == []


def test_a_speaker_named_like_a_month_without_a_year_is_no_entry() -> None:
    text = "Julio: ¿Vienes mañana?\nMarta: No puedo.\nJulio: Entonces el lunes.\n"
    assert _read(text) == []
    assert len(left_out(text)) == 3


# --- a lone bullet sign, its item's text on the next line ---------------------------------


def test_a_lone_bullet_sign_marks_the_line_below_as_its_item() -> None:
    text = (
        "2001\n-\nThe company moves to Oslo.\n- A second office opens in Bergen.\n"
        "- Staff reaches fifty people.\n2002\n-\nThe company lists on the exchange.\n"
        "- Its founder retires.\n"
    )
    assert _read(text) == [
        ("2001", None, "The company moves to Oslo."),
        ("2001", None, "A second office opens in Bergen."),
        ("2001", None, "Staff reaches fifty people."),
        ("2002", None, "The company lists on the exchange."),
        ("2002", None, "Its founder retires."),
    ]
    assert left_out(text).count("-") == 2  # (the signs' own lines listed as layout)


def test_a_lone_dash_between_paragraphs_of_a_text_without_a_list_is_a_spacer() -> None:
    text = (
        "12 March 1990: The court hears the first witness of the trial.\n"
        "—\n"
        "The defence asks for more time and the judge agrees to it.\n"
        "3 April 1990: The verdict is read.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.end_date) for e in split.entries] == [
        ("1990-03-12", None),
        ("1990-04-03", None),
    ]
    assert all("a bulleted line" not in item.reason for item in split.unplaced)


# --- a separator written twice, "2017: - text" ---------------------------------------------


def test_a_dash_after_the_colon_is_no_part_of_the_text() -> None:
    text = "2015: - The fund opens.\n2016: -5 degrees recorded at the base.\n2017: – Second fund.\n"
    assert _read(text) == [
        ("2015", None, "The fund opens."),
        ("2016", None, "-5 degrees recorded at the base."),
        ("2017", None, "Second fund."),
    ]


# --- spans of days in words with a long month: "DEL 26 AL 27 DE SEPTIEMBRE:" ---------------


def test_spans_of_days_with_their_words_and_a_long_month() -> None:
    # (a month's name of ten letters, "septiembre", "Septembre" in capitals)
    text = (
        "Chronik\n\n"
        "Vom 26. bis 27. September 2014: Messe in Leipzig.\n"
        "DU 2 AU 4 SEPTEMBRE 2015 : tournoi à Lyon.\n"
        "DEL 3 AL 5 DE SEPTIEMBRE DE 2016: Juicio oral en Madrid.\n"
    )
    assert _read(text) == [
        ("2014-09-26", "2014-09-27", "Messe in Leipzig."),
        ("2015-09-02", "2015-09-04", "tournoi à Lyon."),
        ("2016-09-03", "2016-09-05", "Juicio oral en Madrid."),
    ]


CAPITAL_DAYS = (  # a trial's days in capitals, in Spanish, under a dateline with no year
    "MADRID, 3 Jun. (AGENCIA) -\n"
    "DEL 26 AL 27 DE SEPTIEMBRE: Comienza el juicio contra los directivos del banco.\n"
    "28 DE SEPTIEMBRE: Declara el primer testigo de la acusación.\n"
    "2 DE OCTUBRE: La defensa pide la nulidad del proceso.\n"
)


def test_days_in_capitals_without_a_year_are_read_with_the_year_given() -> None:
    assert [(e.date, e.end_date) for e in split_entries(CAPITAL_DAYS, 2015).entries] == [
        ("2015-09-26", "2015-09-27"),
        ("2015-09-28", None),
        ("2015-10-02", None),
    ]
    assert split_entries(CAPITAL_DAYS).entries == []  # (the clock is never read)


def test_a_page_of_days_in_capitals_without_a_year_is_refused_naming_year(
    run: Any, tmp_path: Path
) -> None:
    page = tmp_path / "juicio.txt"
    page.write_text(CAPITAL_DAYS, encoding="utf-8")
    refused = run("import", str(page), "--out", str(tmp_path / "out.jsonl"))
    assert refused.exit_code == 2
    assert "--year" in refused.stderr + refused.stdout
    assert not (tmp_path / "out.jsonl").exists()


# --- the same forms in `ktimeline range` (one date grammar) --------------------------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("1 I 1860", "1860-01-01", "1860-01-01"),
        ("18.VI.1938", "1938-06-18", "1938-06-18"),
        ("11-13 III 1938", "1938-03-11", "1938-03-13"),
        ("anni 50", "1950-01-01", "1959-12-31"),
        ("años 60", "1960-01-01", "1969-12-31"),
        ("années 1980", "1980-01-01", "1989-12-31"),
        ("sept.-déc. 1355", "1355-09-01", "1355-12-31"),
        ("mi-oct. 2019", "2019-10-01", "2019-10-31"),
    ],
)
def test_range_reads_the_new_forms(written: str, first: str, last: str) -> None:
    from ktimeline.dates import parse_date_argument

    span = parse_date_argument(written, "START")
    assert (span.start.isoformat(), span.end.isoformat()) == (first, last)


@pytest.mark.parametrize("written", ["Louis XIV", "2018.9", "3.11.2", "anni 25", "XIV 1715"])
def test_range_refuses_what_is_no_such_date(written: str) -> None:
    from ktimeline.dates import parse_date_argument
    from ktimeline.errors import UsageError

    with pytest.raises(UsageError):
        parse_date_argument(written, "START")
