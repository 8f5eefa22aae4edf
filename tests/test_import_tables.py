"""A chronology kept as a table (CSV or TSV, as spreadsheets, pandas and databases write it)
is imported one entry a row (importing/tables.py). Before, every row of a user's own table was
"could not place … before the first entry" and nothing was imported (hostile review 8)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import read_entries, table_split


def _entries(text: str, year: int | None = None) -> list[tuple[int, str, str | None, str]]:
    return [(e.line, e.date, e.end_date, e.text) for e in read_entries(text, year).entries]


def _unplaced(text: str) -> list[tuple[int, str]]:
    return [(item.line, item.reason) for item in read_entries(text).unplaced]


def test_a_company_history_with_a_source_column() -> None:
    text = (
        "Date,Event,Source\n"
        "1998-09-04,Google is incorporated in a garage in Menlo Park,company history\n"
        '"August 19, 2004","Google goes public, raising $1.67 billion",SEC filing\n'
        "2015-10-02,Alphabet becomes the parent company,press release\n"
    )
    assert _entries(text) == [
        (2, "1998-09-04", None, "Google is incorporated in a garage in Menlo Park"),
        (3, "2004-08-19", None, "Google goes public, raising $1.67 billion"),
        (4, "2015-10-02", None, "Alphabet becomes the parent company"),
    ]
    (header,) = read_entries(text).layout
    assert header.line == 1 and header.text == "Date,Event,Source"
    assert "dates in 'Date'" in header.reason and "text in 'Event'" in header.reason
    assert "'Source' left out of the text" in header.reason


def test_a_european_sheet_semicolons_and_dotted_days() -> None:
    text = "Datum;Ereignis\n25.06.1950;Beginn des Koreakriegs\n01.07.1950;Erste US-Bodentruppen\n"
    assert [(d, t) for _, d, _, t in _entries(text)] == [
        ("1950-06-25", "Beginn des Koreakriegs"),
        ("1950-07-01", "Erste US-Bodentruppen"),
    ]


def test_slashed_days_take_their_order_from_the_whole_column() -> None:
    us = "Date,Event\n6/25/1950,Invasion\n7/1/1950,Task Force Smith lands\n"
    assert [d for _, d, _, _ in _entries(us)] == ["1950-06-25", "1950-07-01"]
    unclear = "Date,Event\n06/07/1950,One thing\n07/08/1950,Another thing\n"
    assert _entries(unclear) == []
    assert [line for line, reason in _unplaced(unclear) if "ambiguous" in reason] == [2, 3]


def test_a_year_column_beside_days_without_a_year() -> None:
    text = (
        "Year\tDate\tEvent\n"
        "1950\tJune 25\tTroops cross the border\n"
        "1950\t15 September\tLandings at the port\n"
        "1951\tApril 11\tThe general is dismissed\n"
    )
    assert [d for _, d, _, _ in _entries(text)] == ["1950-06-25", "1950-09-15", "1951-04-11"]


def test_year_month_and_day_columns() -> None:
    text = "jahr;monat;tag;ereignis\n1989;11;9;Fall der Mauer\n1990;10;3;Einheit\n1991;;;Ein Jahr\n"
    assert [(d, t) for _, d, _, t in _entries(text)] == [
        ("1989-11-09", "Fall der Mauer"),
        ("1990-10-03", "Einheit"),
        ("1991", "Ein Jahr"),
    ]


def test_a_year_column_alone_and_a_court_case_of_spans() -> None:
    years = "Year,What happened\n1994,The suit is filed\n1997,The trial opens\n"
    assert [(d, t) for _, d, _, t in _entries(years)] == [
        ("1994", "The suit is filed"),
        ("1997", "The trial opens"),
    ]
    spans = (
        "Start,End,Proceeding\n"
        "1995-01-24,1995-10-03,The criminal trial\n"
        "1996-09-16,1996-09-16,The civil trial opens\n"
    )
    assert [(d, e) for _, d, e, _ in _entries(spans)] == [
        ("1995-01-24", "1995-10-03"),
        ("1996-09-16", None),  # (ends the day it starts: one day)
    ]


def test_an_empty_date_cell_is_the_row_above_and_an_unreadable_one_is_reported() -> None:
    text = (
        "Date,Event\n"
        "2008-09-15,Lehman Brothers files for bankruptcy\n"
        ",The Dow falls 504 points\n"
        "soon after,Something undated\n"
        "2008-10-03,The rescue act is signed\n"
    )
    split = read_entries(text)
    assert [(e.line, e.date, e.text) for e in split.entries] == [
        (2, "2008-09-15", "Lehman Brothers files for bankruptcy"),
        (3, "2008-09-15", "The Dow falls 504 points"),
        (5, "2008-10-03", "The rescue act is signed"),  # (never joined to row 4)
    ]
    assert split.entries[1].note == "date of the row above (its cell is empty)"
    assert [(item.line, item.text) for item in split.unplaced] == [
        (4, "soon after,Something undated")
    ]


def test_a_quoted_cell_over_lines_keeps_every_rows_line() -> None:
    rows = [
        ["When", "Title", "Description"],
        ["1969-07-20", "Moon landing", "Armstrong steps out:\n“one small step”"],
        ["1972-12-14", "Last walk", "Apollo 17 leaves the Moon"],
    ]
    written = io.StringIO()
    csv.writer(written, lineterminator="\r\n").writerows(rows)  # (as Excel ends its lines)
    found = _entries("\ufeff" + written.getvalue())
    assert [(line, d) for line, d, _, _ in found] == [(2, "1969-07-20"), (4, "1972-12-14")]
    assert found[0][3].startswith("Moon landing — Armstrong steps out:")
    assert found[1][3] == "Last walk — Apollo 17 leaves the Moon"


def test_datetimes_as_pandas_and_spreadsheets_write_them() -> None:
    text = "date,event\n1950-06-25 00:00:00,Invasion\n1953-07-27T10:00,Armistice signed\n"
    assert [d for _, d, _, _ in _entries(text)] == ["1950-06-25", "1953-07-27"]


def test_a_table_without_a_header() -> None:
    text = "1914,War breaks out in Europe\n1918,The armistice\n1919,The peace treaty\n"
    split = read_entries(text)
    assert [e.date for e in split.entries] == ["1914", "1918", "1919"]
    assert split.layout == []


@pytest.mark.parametrize(
    "text",
    [
        # a written list whose lines all hold one comma: no table of two columns
        "June 25, 1950: Troops cross the border\nJuly 5, 1950: First battle\n"
        "July 20, 1950: The city falls\n",
        "Timeline\n1950 - War, at last\n1951 - Talks, then a stalemate\n1953 - Armistice, signed\n",
        "Chronology of the club\n\n1878: Founded by workers\n1892: Joins the league\n",
    ],
)
def test_a_written_chronology_is_read_as_written(text: str) -> None:
    written = split_entries(text)
    assert [(e.line, e.date, e.text) for e in read_entries(text).entries] == [
        (e.line, e.date, e.text) for e in written.entries
    ]
    assert written.entries


def test_no_table_without_a_column_of_dates() -> None:
    assert table_split("Name,Age\nAda,36\nAlan,41\nGrace,85\n") is None
    assert table_split("Date,Event\n") is None


def test_import_of_a_csv_through_the_command_line(run: Any, tmp_path: Path) -> None:
    sheet = tmp_path / "club.csv"
    sheet.write_bytes(
        b"\xef\xbb\xbfSeason start;Event;Link\r\n"
        b"1899-11-29;The club is founded;https://example.org/1\r\n"
        b"1929-02-10;First league match;https://example.org/2\r\n"
    )
    out = tmp_path / "club.jsonl"
    result = run("import", str(sheet), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(e["date"], e["text"]) for e in events] == [
        ("1899-11-29", "The club is founded"),
        ("1929-02-10", "First league match"),
    ]
    checked = run("import", str(sheet), "--check")
    assert "the table's header" in checked.stdout and "'Link' left out" in checked.stdout


def test_a_csv_given_to_data_is_sent_to_import(run: Any, tmp_path: Path) -> None:
    sheet = tmp_path / "mine.csv"
    sheet.write_text("Date,Event\n2019-12-03,At the summit\n", encoding="utf-8")
    result = run("range", "--data", str(sheet))
    assert result.exit_code == 2
    assert f"ktimeline import {sheet} --add" in result.stderr


TABLES = Path(__file__).parent / "data" / "import" / "tables"  # (see its README)


def test_a_real_pandas_table_of_british_history() -> None:
    split = read_entries((TABLES / "british-history-events.csv").read_text("utf-8"))
    found = {e.text: (e.date, e.end_date) for e in split.entries}
    assert len(split.entries) == 53
    assert found["Battle of Hastings"] == ("1066-10-14", None)
    assert found["Domesday book"] == ("1085", "1086")
    assert found["Battle of Bannockburn"] == ("1314-06-23", "1314-06-24")
    assert found["Crimean War"] == ("1853-10", "1856-02")
    assert found["Coronavirus pandemic"] == ("2020-01", "2023-05-05")
    assert not any("wikipedia" in text for text in found)  # ('url': said in the header line)
    assert "'url' left out" in split.layout[0].reason
    assert "end dates in 'hdate_end'" in split.layout[0].reason
    # "Circa 1900", four digits among years of the Common Era: read as 1900, with a note
    # (the twenty-fourth layout round; it was refused before, never dropped)
    circa = next(e for e in split.entries if e.text == "Labour party founded")
    assert (circa.date, circa.end_date) == ("1900", None)
    assert circa.note is not None and "Circa 1900" in circa.note
    assert not split.unplaced


def test_a_real_table_with_no_header_and_a_column_of_ends() -> None:
    split = read_entries((TABLES / "histcontext-us-presidents.txt").read_text("utf-8"))
    assert len(split.entries) == 46 and not split.unplaced and not split.layout
    first, last = split.entries[0], split.entries[-1]
    assert (first.date, first.end_date) == ("1789", "1797")
    assert first.text.startswith("George Washington — https://")  # (no header: kept)
    assert (last.date, last.end_date) == ("2021", None)
    harrison = next(e for e in split.entries if e.text.startswith("William H. Harrison"))
    assert (harrison.date, harrison.end_date) == ("1841", None)


def test_a_timelinejs_sheet() -> None:
    """The Google Sheet template of TimelineJS (Knight Lab), as journalists fill it and
    download it as CSV: its title slide has no date, an era spans years."""
    text = (
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
        "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
        ",,,,,,,,,The Hurricane,A season of storms,,,,,title,,\n"
        '2005,8,23,18:00,,,,,,Formed,"A depression forms over the Bahamas.",'
        "https://example.org/a.jpg,NOAA,Satellite image,,,,\n"
        "2005,8,29,,2005,8,31,,,Landfall,The levees fail,,,,,,,#ffffff\n"
        "2006,,,,2007,,,,,Rebuilding,Years of recovery,,,,,era,,\n"
    )
    split = read_entries(text)
    assert [(e.line, e.date, e.end_date, e.text) for e in split.entries] == [
        (3, "2005-08-23", None, "Formed — A depression forms over the Bahamas."),
        (4, "2005-08-29", "2005-08-31", "Landfall — The levees fail"),
        (5, "2006", "2007", "Rebuilding — Years of recovery"),
    ]
    assert [item.line for item in split.unplaced] == [2]  # (the title slide: reported)
    reason = split.layout[0].reason
    assert "dates in 'Year', 'Month', 'Day'" in reason
    assert "end dates in 'End Year', 'End Month', 'End Day'" in reason
    assert "'Media Credit'" in reason and "'Type'" in reason
