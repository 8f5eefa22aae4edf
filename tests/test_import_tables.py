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


# --- hostile review 9: tables as other programs write them ----------------------------------


def test_ids_counts_and_scores_are_no_years() -> None:
    """A column of bare numbers is one of years only under a header that names a time: a
    database's ids were the dates (1001, 1002) and the real dates the ends; a city's
    population and a team's score were years."""
    ids = "id,date,title\n1001,2019-12-03,Summit\n1002,2019-12-04,Talks\n1003,2019-12-05,End\n"
    assert [(d, e, t) for _, d, e, t in _entries(ids)] == [
        ("2019-12-03", None, "Summit"),
        ("2019-12-04", None, "Talks"),
        ("2019-12-05", None, "End"),
    ]
    assert "row numbers and ids in 'id' left out" in read_entries(ids).layout[0].reason
    assert table_split("City,Population,Country\nTokyo,1400,Japan\nDelhi,1900,India\n") is None
    assert table_split("Team;Score;Rank\nLions;1987;1\nTigers;2001;2\nBears;1500;3\n") is None
    assert table_split("Label,Data\nA,1500\nB,2000\nC,1800\n") is None
    assert table_split("Film;Runtime;Metadata\nX;1200;a\nY;1400;b\n") is None
    founded = "Club,Founded\nNewton Heath,1878\nLiverpool,1892\nArsenal,1886\n"
    assert [(d, t) for _, d, _, t in _entries(founded)] == [
        ("1878", "Newton Heath"),
        ("1892", "Liverpool"),
        ("1886", "Arsenal"),
    ]


def test_an_address_list_ending_in_years_is_no_table() -> None:
    text = (
        "John Smith, 12 High Street, London, 1990\nJane Doe, 4 Main Road, Leeds, 2001\n"
        "Al Brown, 9 Park Lane, York, 1850\n"
    )
    assert table_split(text) is None and read_entries(text).entries == []


@pytest.mark.parametrize(
    "text",
    [
        "1950, June 25: War begins\n1950, September 15: Landing\n1953, July 27: Armistice\n",
        "2008, September 15 - Lehman files\n2008, October 3 - The bailout is signed\n"
        "2009, February 17 - The stimulus\n",
    ],
)
def test_a_written_list_with_the_year_then_one_delimiter(text: str) -> None:
    """ "1950, June 25: text" is a written entry, not a year cell and a text cell: read as a
    table it was dated 1950 alone."""
    found = read_entries(text).entries
    assert len(found) == 3 and all(len(e.date) == 10 for e in found)
    assert [e.text for e in found] == [e.text for e in split_entries(text).entries]


def test_cells_past_the_headers_width_are_kept_in_the_text() -> None:
    rows = "".join(f"{1950 + i}-01-01,Event {i},Town {i}\n" for i in range(12))
    text = "Date,Event,Place\n" + rows + "1970-01-01,Landing,Inchon,Korea,by sea\n"
    split = read_entries(text)
    assert split.entries[-1].text == "Landing — Inchon — Korea — by sea"
    (note,) = split.notes
    assert note.line == 14 and "5 cells under a header of 3" in note.reason


def test_a_date_written_with_a_comma_and_no_quotes_is_one_cell() -> None:
    text = (
        "Date,Event\n1950-06-25,Invasion\n15/09/1950,Landing\nJuly 27, 1953,Armistice\n"
        '"July 28, 1953",The day after\n'
    )
    split = read_entries(text)
    assert [(e.line, e.date, e.text) for e in split.entries] == [
        (2, "1950-06-25", "Invasion"),
        (3, "1950-09-15", "Landing"),
        (4, "1953-07-27", "Armistice"),  # (row 5 was joined to it, its date lost)
        (5, "1953-07-28", "The day after"),
    ]
    assert [(n.line, n.text) for n in split.notes] == [(4, "July 27, 1953")]


def test_pandas_index_columns_are_left_out_and_said() -> None:
    """``df.to_csv()`` writes its index under an empty header; read back and written again,
    it is "Unnamed: 0" beside a new one."""
    text = (
        ",Unnamed: 0,date,event,casualties\n0,0,1950-06-25,Invasion,1.5\n"
        "1,1,1950-09-15,Inchon landing,\n2,2,1953-07-27,Armistice,2.25\n"
    )
    split = read_entries(text)
    assert [e.text for e in split.entries] == [
        "Invasion — 1.5",
        "Inchon landing",
        "Armistice — 2.25",
    ]
    assert "row numbers and ids in '', 'Unnamed: 0' left out" in split.layout[0].reason
    ids_of_words = "No.;Date;Event\n1;1950-06-25;Invasion\nA2;1950-09-15;Landing\n"
    assert [e.text for e in read_entries(ids_of_words).entries] == ["1 — Invasion", "A2 — Landing"]


def test_a_cell_longer_than_the_csv_modules_limit() -> None:
    long = "word " * 30000  # (150,000 characters: csv.field_size_limit is 131,072)
    text = f'Date,Event\n1950-06-25,"{long}"\n1950-09-15,Landing\n1953-07-27,Armistice\n'
    split = read_entries(text)
    assert [e.date for e in split.entries] == ["1950-06-25", "1950-09-15", "1953-07-27"]
    assert split.entries[0].text == long.strip() and split.layout  # (no quote left in it)


def test_dates_the_importer_refuses_are_reported_on_their_rows() -> None:
    """Years before the Common Era, approximate years and a spreadsheet's day numbers:
    each row says why, and the row it can read is read (every row was "before the first
    entry", "476 AD" too; "-490" was told to be written "0490")."""
    ancient = "Year,Event\n753 BC,Rome founded\n-490,Marathon\n476 AD,The western empire falls\n"
    split = read_entries(ancient)
    assert [(e.line, e.date) for e in split.entries] == [(4, "0476")]
    reasons = [(item.line, item.reason) for item in split.unplaced]
    assert reasons[0] == (2, "a year before the Common Era: the data format has no such dates")
    assert reasons[1][0] == 3 and "before the Common Era" in reasons[1][1]
    assert "0490" not in reasons[1][1]
    circa = "Date,Event\nc. 1850,The mill opens\nca. 1860,It burns\n1871,It is rebuilt\n"
    assert [line for line, reason in _unplaced(circa) if "approximate" in reason] == [2, 3]
    serial = "Date,Event\n45123,Launch\n45200,Review\n45300,Close\n"
    assert [line for line, reason in _unplaced(serial) if "day number" in reason] == [2, 3, 4]


def test_one_row_under_a_date_header() -> None:
    assert _entries("Date,Event\n1950-06-25,Invasion\n") == [(2, "1950-06-25", None, "Invasion")]
    assert table_split("Name,Born\nAda,1815\n") is not None
    assert table_split("Title,Note\n1950-06-25,Invasion\n") is None  # (no date's name)


def test_empty_end_columns_of_a_timelinejs_sheet_are_said_as_ends() -> None:
    text = (
        "Year,Month,Day,End Year,End Month,End Day,Headline\n"
        "1969,7,20,,,,Moon landing\n1972,12,14,,,,Last walk\n"
    )
    split = read_entries(text)
    assert [e.text for e in split.entries] == ["Moon landing", "Last walk"]
    assert "text in 'Headline'" in split.layout[0].reason  # (not the empty end columns)


def test_a_long_table_is_not_read_twice_as_written_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """100,000 rows took twice a written list's time: the whole text was read as written
    text too, to compare. Now the head of a long table is."""
    text = "Date,Event\n" + "".join(f"{1000 + i}-01-01,Event {i}\n" for i in range(600))
    read: list[int] = []

    def counting(given: str, year: int | None = None) -> Any:
        read.append(len(given))
        return split_entries(given, year)

    monkeypatch.setattr("ktimeline.importing.tables.split_entries", counting)
    assert len(read_entries(text).entries) == 600
    assert not any(length >= len(text) for length in read)


def test_a_named_second_date_column_is_no_end() -> None:
    """A column of the days events were reported or published is later than the events,
    and no end: it was read as one ("Summit" from 2018-12-30 to 2019-01-05). "Died" is an
    end's name (a life), and a headerless column of later years still ends a span."""
    text = (
        "Date,Event,Published\n2018-12-30,Summit,2019-01-05\n2019-06-04,Talks,2019-06-04\n"
        "2019-12-06,End,2020-01-09\n"
    )
    assert [(d, e, t) for _, d, e, t in _entries(text)] == [
        ("2018-12-30", None, "Summit — 2019-01-05"),
        ("2019-06-04", None, "Talks — 2019-06-04"),
        ("2019-12-06", None, "End — 2020-01-09"),
    ]
    lives = "Name;Born;Date of death\nAda;1815-12-10;1852-11-27\nAlan;1912-06-23;1954-06-07\n"
    assert [(d, e) for _, d, e, _ in _entries(lives)] == [
        ("1815-12-10", "1852-11-27"),
        ("1912-06-23", "1954-06-07"),
    ]


def test_a_minus_sign_year_and_a_headerless_date_column_not_first() -> None:
    minus = "Year,Event\n\u2212490,Marathon\n1066,Hastings\n"  # (U+2212, as typeset)
    split = read_entries(minus)
    assert [(e.line, e.date) for e in split.entries] == [(3, "1066")]
    assert [(u.line, "before the Common Era" in u.reason) for u in split.unplaced] == [(2, True)]
    later = "Summit,2019-12-03\nTalks,2019-12-04\nClose,2019-12-05\n"  # (guard: still a table)
    assert [(d, t) for _, d, _, t in _entries(later)] == [
        ("2019-12-03", "Summit"),
        ("2019-12-04", "Talks"),
        ("2019-12-05", "Close"),
    ]


def test_a_dates_column_the_importer_cannot_read_says_so_on_each_row() -> None:
    """A column headed as a time whose cells are no dates the importer reads ("XV",
    "Jan-20", a two-digit year that may be the 20th): the table is read and each row says its
    cell holds no date, where every row was "before the first entry" (the header too).
    ("Jan-2020" is read since round 25: see test_import_layouts25.)"""
    centuries = "Century,Event\nXV,Printing press\nXVIth century,Reformation\n"
    split = read_entries(centuries)
    assert split.layout and "dates in 'Century'" in split.layout[0].reason
    assert [(u.line, u.reason) for u in split.unplaced] == [
        (2, "no date the importer reads in 'XV'"),
        (3, "no date the importer reads in 'XVIth century'"),
    ]
    months = "Month;Sales note\nJan-20;Slow start\nFeb-20;Recovery\nMar 2020;Lockdown\n"
    split = read_entries(months)
    assert [(e.line, e.date) for e in split.entries] == [(4, "2020-03")]
    assert [u.line for u in split.unplaced] == [2, 3]
    assert all("no date the importer reads" in u.reason for u in split.unplaced)


def test_lines_ended_by_cr_alone_as_old_mac_excel_writes_them() -> None:
    text = "Date,Event,Place\r1950-06-25,Invasion,Ongjin\r1950-09-15,Landing,Inchon\r"
    split = read_entries(text)
    assert [(e.line, e.date, e.text) for e in split.entries] == [
        (2, "1950-06-25", "Invasion — Ongjin"),
        (3, "1950-09-15", "Landing — Inchon"),
    ]
    assert [(item.line, item.text) for item in split.layout] == [(1, "Date,Event,Place")]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_text_cells_with_one_comma_each_under_another_delimiter(delimiter: str) -> None:
    """A European sheet (semicolons) or a TSV whose every text cell holds one comma is also
    a comma's table of two columns without dates: nothing was read, every row "before the
    first entry"."""
    rows = [
        ("Datum", "Ereignis, Ort"),
        ("25.06.1950", "Angriff, Ongjin"),
        ("15.09.1950", "Landung, Inchon"),
        ("27.07.1953", "Waffenstillstand, Panmunjom"),
    ]
    text = "".join(f"{a}{delimiter}{b}\n" for a, b in rows)
    assert [(d, t) for _, d, _, t in _entries(text)] == [
        ("1950-06-25", "Angriff, Ongjin"),
        ("1950-09-15", "Landung, Inchon"),
        ("1953-07-27", "Waffenstillstand, Panmunjom"),
    ]


def test_missing_value_markers_are_no_text() -> None:
    """R's write.csv writes NA, pandas NaN or None, a database NULL: "Invasion — NA" was the
    text. A date cell of NA has no date and is reported, not given the row above's."""
    text = (
        '"","date","event","casualties"\n"1",1950-06-25,"Invasion",NA\n'
        '"2",1950-09-15,"Landing, Inchon",NULL\n"3",NA,"Armistice",#N/A\n'
    )
    split = read_entries(text)
    assert [(e.line, e.text) for e in split.entries] == [(2, "Invasion"), (3, "Landing, Inchon")]
    assert [(u.line, u.reason) for u in split.unplaced] == [
        (4, "no date the importer reads in 'NA'")
    ]
