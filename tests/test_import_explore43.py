"""Issue 22, explore43: layouts met by trying court-case, company, city, science and settlement
chronologies in French, German, Dutch, Italian and Portuguese as a new user would ("Mai à
octobre 2004:", a year with a full stop among "1558, Place" lines, a count of four digits in
a line of years, three-digit years with their dash before a city's four-digit ones), each
rule on short chronologies written for the test in other subjects and wordings (never the
pages' own words), and what each must not read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ktimeline import dates
from tests.import_support import left_out, read_entries

_read = read_entries


# --- "to" between two months in the month names' languages: "Mai à octobre 2004:" ---------


def test_a_span_of_months_with_to_in_their_language_is_read_as_range_reads_it() -> None:
    for written in (
        "mai à octobre 2004",
        "Mai bis Oktober 2004",
        "mayo a octubre de 2004",
        "mei tot oktober 2004",
        "maj till oktober 2004",
    ):
        assert dates.parse_range(written) == (date(2004, 5, 1), date(2004, 10, 31)), written


def test_a_span_of_months_with_to_starts_an_entry() -> None:
    text = (  # a harbour's works, in French
        "Février 2003: le conseil vote les travaux du port.\n"
        "Juin-juillet 2003: les digues sont renforcées.\n"
        "Mai à octobre 2004: le chenal est dragué.\n"
        "12 janvier 2005: le port rouvre aux navires.\n"
    )
    assert _read(text) == [
        ("2003-02", None, "le conseil vote les travaux du port."),
        ("2003-06", "2003-07", "les digues sont renforcées."),
        ("2004-05", "2004-10", "le chenal est dragué."),
        ("2005-01-12", None, "le port rouvre aux navires."),
    ]


def test_to_before_no_month_is_no_span() -> None:
    found = dates.find_date("Mai a 2004")
    assert found is None or found.group() != "Mai a 2004"


# --- a year with a full stop among the document's "1558, Place" lines -------------------------


def test_a_year_with_a_full_stop_among_year_comma_lines_starts_its_own_entry() -> None:
    text = (  # mills founded along a river, one a line
        "1712, Upper mill - stone\n"
        "1730, Ford mill (paper)\n"
        "1745. Low mill - timber\n"
        "1761, Weir mill\n"
        "1788.Bridge mill (cloth)\n"
        "1790, New mill\n"
    )
    assert [entry[:2] for entry in _read(text)][:4] == [
        ("1712", None),
        ("1730", None),
        ("1745", None),
        ("1761", None),
    ]
    assert ("1745", None, "Low mill - timber") in _read(text)
    assert not any("1745" in entry[2] for entry in _read(text))


def test_a_year_with_a_full_stop_ending_a_wrapped_sentence_stays_its_text() -> None:
    text = (  # hard-wrapped prose, no year list: "1745." ends a sentence
        "The mill stood on the river for many years and was sold in\n"
        "1745. Later owners rebuilt it.\n"
    )
    assert _read(text) == []


def test_a_year_with_a_full_stop_then_lower_case_is_no_entry_among_comma_lines() -> None:
    text = (
        "1712, Upper mill\n"
        "1730, Ford mill\n"
        "1745, Low mill, rebuilt after the flood of\n"
        "1744. and again later\n"
        "1761, Weir mill\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1712", "1730", "1745", "1761"]


# --- a count of four digits in a line of years run together -----------------------------


def test_a_number_beyond_the_next_century_in_a_line_of_years_is_a_count() -> None:
    text = (  # a firm's chronicle in German: a year alone, a paragraph naming years, a count
        "1890\n"
        "Die Brüder eröffnen eine Gießerei im Tal.\n"
        "1902\n"
        "Im Jahr 1902 kauft die Firma der beiden Brüder eine zweite Presse in der Stadt. "
        "Nach dem Patent von 1928 zählt sie zu den führenden Herstellern von Pumpen für "
        "Häuser und Höfe, und die Gruppe der Enkel beschäftigt heute etwa "
        "2400 Personen in Europa.\n"
        "1911\n"
        "Eine zweite Gießerei wird eröffnet.\n"
    )
    entries = _read(text)
    assert [entry[0] for entry in entries] == ["1890", "1902", "1911"]
    assert entries[1][2].endswith("2400 Personen in Europa.")


# --- three-digit years with their dash before the four-digit ones -------------------------


def test_three_digit_years_rising_to_the_documents_dashed_years_are_years() -> None:
    text = (  # a market town's timeline: title lines, each with its paragraph below
        "712- A chapel is built\n"
        "In 712 monks build a chapel by the ford.\n"
        "\n"
        "940 – Danes burn the chapel\n"
        "In 940 the chapel is burned.\n"
        "\n"
        "1150 – Market charter\n"
        "In 1150 the bishop grants a market.\n"
        "\n"
        "1320 – Stone bridge\n"
        "The bridge is built of stone.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("0712", None),
        ("0940", None),
        ("1150", None),
        ("1320", None),
    ]


def test_three_digit_numbers_after_the_first_dashed_year_stay_reported() -> None:
    text = (  # counts after the years, not years: no rise up to them
        "1150 – Market charter\n1320 – Stone bridge\n300 – soldiers are billeted in the town\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1150", "1320"]
    assert any("300 – soldiers" in line for line in left_out(text))


def test_one_three_digit_year_beside_one_dashed_year_is_no_pattern() -> None:
    text = "712- A chapel is built\n1150 – Market charter\n"
    assert [entry[0] for entry in _read(text)] == ["1150"]


# --- the command line: "-o -" is standard output ---------------------------------------------


def test_out_dash_writes_the_events_to_standard_output(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # (where a file named "-" would be written)
    source = tmp_path / "bridge.txt"
    source.write_text("1150 – Market charter\n1320 – Stone bridge\n1401 – Fire\n", "utf-8")
    result = run("import", str(source), "-o", "-")
    assert result.exit_code == 0
    assert [json.loads(line)["date"] for line in result.stdout.splitlines()] == [
        "1150",
        "1320",
        "1401",
    ]
    assert not (tmp_path / "-").exists()


def test_the_check_table_fits_a_narrow_terminal(tmp_path: Path) -> None:
    from ktimeline.api import import_chronology
    from ktimeline.cli.app import NARROWEST_TEXT, import_check_table

    source = tmp_path / "harbour.txt"
    source.write_text(
        "Harbour works, a chronology of the board's decisions over the years\n"
        "3 March 2019: The board approves the new quay after a long public debate.\n"
        "14 June 2020: Dredging of the channel begins, and the ferry moves to the north pier.\n",
        "utf-8",
    )
    outcome = import_chronology(source, dry_run=True)
    wide = import_check_table(outcome.result, outcome.document.where)
    narrow = import_check_table(outcome.result, outcome.document.where, 60)
    assert max(len(line) for line in wide.splitlines()) > 60
    assert max(len(line) for line in narrow.splitlines()) <= 60
    assert narrow.splitlines()[0] == wide.splitlines()[0].rstrip() or narrow.startswith("LINE")
    tiny = import_check_table(outcome.result, outcome.document.where, 10)
    assert all(
        line.endswith("REASON") or len(line.split("  ")[-1]) <= NARROWEST_TEXT + 1
        for line in tiny.splitlines()
    )


def test_check_on_an_empty_file_prints_no_empty_table(tmp_path: Path) -> None:
    from tests.conftest import run_process

    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    result = run_process(["import", str(empty), "--check"])
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"nothing to import" in result.stderr
