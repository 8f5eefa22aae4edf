"""hostile26: a hostile round on the importer and the CLI (issues 22/23). Each case is an input
that reached a conversion of matched text (``int()``, ``date()``, a day written "15th", a
superscript that ``str.isdigit`` takes and ``int`` refuses, a day the calendar lacks) and
crashed the import or gave a date the text did not write, found by mutating the import
corpus's texts and by random lines; each is written for the test (no page's words). The
property tests at the end feed the importer random lines of date-like tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ktimeline.api import import_chronology
from ktimeline.dates import parse_iso_partial
from ktimeline.errors import KtimelineError
from ktimeline.importing.tables import read_entries as read_text
from tests.conftest import event, examples, write_jsonl
from tests.import_support import read_entries, reasons

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.importing.entries import Split


def _read(text: str) -> tuple[list[tuple[str, str | None, str]], dict[str, str]]:
    """(date, end, text) of each entry of ``text`` read as the importer reads a file (a table
    when it is one), and each piece left out with its reason."""
    split: Split = read_text(text)
    entries = [(e.date, e.end_date, " ".join(e.text.split())) for e in split.entries]
    left = {s.text: s.reason for s in (*split.unplaced, *split.layout, *split.before)}
    return entries, left


# --- a day the calendar lacks, named on a page's top lines ------------------------------------


def test_a_page_updated_on_a_day_the_calendar_lacks_is_no_page_date() -> None:
    # (crashed: headings.title_years took "2016-02-30" from _whole_days to date.fromisoformat)
    text = (
        "Updated: 30 February 2016\n"
        "July 26: The council reports on the fund.\n"
        "July 27: The fund is closed.\n"
    )
    assert read_entries(text) == []
    left = reasons(text)
    assert set(left) == {
        "Updated: 30 February 2016",
        "July 26: The council reports on the fund.",
        "July 27: The fund is closed.",
    }


def test_a_live_page_under_a_day_the_calendar_lacks_dates_no_update() -> None:
    # (was: three updates dated 2019-02-30, a date no file may hold)
    text = (
        "Tuesday, February 30, 2019\n"
        "9:20pm: Several states have been called.\n"
        "9:00pm: The polls close in the east.\n"
        "8:55pm: Alabama goes to the senator.\n"
    )
    entries, left = _read(text)
    assert entries == []
    assert left["Tuesday, February 30, 2019"].startswith("not a real date")
    assert len(left) == 4  # (each update reported with it)


def test_a_live_page_under_a_real_day_still_dates_its_updates() -> None:
    # guard: the same page on a day the calendar has
    text = (
        "Tuesday, February 26, 2019\n"
        "9:20pm: Several states have been called.\n"
        "9:00pm: The polls close in the east.\n"
        "8:55pm: Alabama goes to the senator.\n"
    )
    entries, _ = _read(text)
    assert [date for date, _, _ in entries] == ["2019-02-26"] * 3


# --- a day written as an ordinal, read by int() -----------------------------------------------


def test_a_calendar_page_s_day_written_as_an_ordinal_is_its_day() -> None:
    # (crashed: calendar_pages read "15th" with int())
    text = (
        "2023-12-15, 07:30 Author: the desk\n"
        "15th December - The day of the language, first spoken in 1887.\n"
    )
    entries, _ = _read(text)
    assert entries == [("2023-12-15", None, "The day of the language, first spoken in 1887.")]


def test_a_day_of_the_year_heading_written_as_an_ordinal_dates_its_years() -> None:
    # the same reading of a heading's day in _days_of_years: "March 15th" over its years
    text = (
        "March 15th\n"
        "1901 - A bridge opens over the river.\n"
        "1923 - The mill burns down.\n"
        "1950 - The town gets a library.\n"
        "1977 - A flood reaches the square.\n"
    )
    entries, _ = _read(text)
    assert [date for date, _, _ in entries] == [
        "1901-03-15",
        "1923-03-15",
        "1950-03-15",
        "1977-03-15",
    ]


# --- a span from a year to a day, ending an item's line ------------------------------------------


def test_a_period_from_a_year_to_a_day_ending_its_line_is_no_crash() -> None:
    # (crashed: _ending_date took len() of the short end year that "1603 to 3 May 1868"
    # does not write)
    for text in (
        "The Edo Period - 1603 to 3 May 1868",
        "The Azuchi-Momoyama Period (1568 to 3 May 1600)",
    ):
        entries, left = _read(text)
        assert entries == []
        assert list(left) == [text]


# --- entries read from one line's sentences -------------------------------------------------------


def test_entries_run_together_on_one_line_then_an_impossible_day_are_no_crash() -> None:
    # (crashed: ends_spaced_rows looked at the line below each entry, past the text's end,
    # though the entries all came from its one line)
    text = (
        "Aug. 1, 2009: agreement. Aug. 30, 2009: Japan.” Aug. 13, 2009: Korean citizens filed "
        "a x Dokdo/Takeshima Islets issue. Aug. 18, 2009, June, 31: Former South Korean "
        "President Kim Dae-jung dies at the age of 30."
    )
    entries, left = _read(text)
    assert [date for date, _, _ in entries] == ["2009-08-01", "2009-08-30", "2009-08-13"]
    assert [piece[:24] for piece in left] == ["Aug. 18, 2009, June, 31:"]  # (reported)


# --- a superscript that str.isdigit takes -----------------------------------------------------------


def test_a_footnote_mark_alone_under_years_alone_is_no_year() -> None:
    # (crashed: _short_years_alone took "²" for a year of one or two digits, "²".isdigit()
    # being True, and int("²") raised)
    text = (
        "1494\n"
        "The explorer lands on the north coast.\n"
        "1509\n"
        "The first town is founded.\n"
        "1655\n"
        "The island changes hands.²\n"
        "²\n"
        "1692\n"
        "An earthquake destroys the port.\n"
    )
    entries, _ = _read(text)
    assert [date for date, _, _ in entries] == ["1494", "1509", "1655", "1692"]
    assert entries[2][2].startswith("The island changes hands.")


def test_superscripts_where_a_stamp_writes_its_month_are_no_month() -> None:
    # (found by the property test below: "¹⁰⁰" is three signs of a word to the stamp's
    # pattern, [^\W\d_], and dates.month_number took it for a number, as str.isdigit does)
    text = (
        "98 SEP 02 Shock wave reaches the coast.\n"
        "98 SEP 03 The port is closed.\n"
        "98 SEP 04 Ships return.\n"
        "98 ¹⁰⁰ 05 A note.\n"
    )
    entries, left = _read(text)
    assert [date for date, _, _ in entries] == ["1998-09-02", "1998-09-03", "1998-09-04"]
    assert list(left) == ["98 ¹⁰⁰ 05 A note."]


def test_a_span_broken_after_its_dash_and_not_placed_is_reported_whole() -> None:
    # (found by the property test: the span's end, joined from the next line, was left out
    # of the report, which quoted the first line as the file writes it: "January 5 -")
    entries, left = _read("January 5 -\nFebruary 7\n")
    assert entries == []
    assert list(left) == ["January 5 -February 7"]


# --- a table of Year, Month, Day columns ------------------------------------------------------------

_SHEET = [
    ("1950", "6", "25", "War begins"),
    ("1950", "9", "15", "Landing at the port"),
    ("1950", "10", "19", "The capital taken"),
    ("1951", "1", "4", "The city falls"),
    ("1951", "3", "14", "The city retaken"),
    ("1953", "7", "27", "Armistice"),
]


def _sheet(rows: list[tuple[str, str, str, str]]) -> str:
    return "Year,Month,Day,Headline\n" + "".join(f"{','.join(row)}\n" for row in rows)


def test_a_sheet_s_row_of_an_impossible_day_is_reported_and_the_others_keep_their_days() -> None:
    # (was: the written reading, one entry more, won: every row a year, "6,25," in its text)
    rows = [*_SHEET[:4], ("1951", "2", "30", "A day the calendar lacks"), *_SHEET[4:]]
    entries, left = _read(_sheet(rows))
    assert entries == [(f"{y}-{int(m):02d}-{int(d):02d}", None, text) for y, m, d, text in _SHEET]
    assert left["1951,2,30,A day the calendar lacks"].startswith("not a real date")


def test_a_sheet_s_year_cell_that_is_no_year_is_reported_never_a_crash() -> None:
    # (crashed: int("1960s"), int("¹⁹⁵¹"): the year cell went to int() unchecked, the month
    # and day cells through str.isdigit)
    for year, month, day in (("1960s", "1", "4"), ("¹⁹⁵¹", "1", "4"), ("1951", "¹", "4"),
                             ("1951", "1", "⁴")):  # fmt: skip
        rows = [*_SHEET, *_SHEET, (year, month, day, "A row of its own")]
        entries, left = _read(_sheet(rows))
        assert len(entries) == 2 * len(_SHEET), (year, month, day)
        assert all(len(date) == 10 for date, _, _ in entries)
        assert f"{year},{month},{day},A row of its own" in left


def test_a_sheet_with_two_rows_of_no_year_still_reads_its_months_and_days() -> None:
    # (was: 10 of 12 year cells fell under the year column's 0.9: the month and day columns
    # were read as text, "6 — 25 — Event", every date a year)
    rows = [*_SHEET, *_SHEET[:4], ("1960s", "1", "4", "A decade"), ("c. 1961", "1", "4", "Circa")]
    entries, left = _read(_sheet(rows))
    assert [date for date, _, _ in entries] == [
        f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d, _ in [*_SHEET, *_SHEET[:4]]
    ]
    assert {"1960s,1,4,A decade", "c. 1961,1,4,Circa"} <= set(left)


def test_a_sheet_of_arabic_indic_digits_reads_them_as_a_reader_does() -> None:
    # guard: "١٩٥١" is 1951 to its reader, as int() reads it (decimal digits of a script)
    rows = [*_SHEET, ("١٩٥١", "٥", "٢", "Talks open")]
    entries, _ = _read(_sheet(rows))
    assert entries[-1] == ("1951-05-02", None, "Talks open")


def test_a_list_of_year_month_day_with_one_impossible_day_keeps_the_others_days() -> None:
    # (session 24's "YEAR, Month, DAY": its lines hold two commas, a table of three columns
    # to the table reader, whose one entry more, the impossible day's, won: every line a
    # year, "February — 28: A real day.", the impossible day's line too, none reported)
    text = (
        "1994, February, 30: A day the calendar lacks.\n"
        "1994, February, 28: A real day.\n"
        "1994, July, 8: Another.\n"
        "1995, July, 9: A third.\n"
    )
    entries, left = _read(text)
    assert entries == [
        ("1994-02-28", None, "A real day."),
        ("1994-07-08", None, "Another."),
        ("1995-07-09", None, "A third."),
    ]
    assert left["1994, February, 30: A day the calendar lacks."].startswith("not a real date")


# --- the CLI: a data date in other digits, SOURCE_DATE_EPOCH ------------------------------------


@pytest.mark.parametrize("written", ["２０１９-１１-０１", "2019-１１", "٢٠١٩", "𝟐𝟎𝟏𝟗-𝟏𝟏-𝟎𝟏"])
def test_a_data_date_in_other_digits_is_refused_never_lost_from_a_range(
    run: Any, tmp_path: Path, written: str
) -> None:
    # (was: loaded, as \\d takes these digits, and compared as written: "２０１９-１１-０１"
    # fell outside `range 2019`, exit 1, "no events"; "٢٠١٩" was listed as written)
    data = write_jsonl(tmp_path / "d.jsonl", [event(id="a-thing", date=written)])
    result = run("range", "2019", "--data", str(data))
    assert result.exit_code == 2, result
    assert f"date {written!r} is not YYYY, YYYY-MM or YYYY-MM-DD (in the digits 0-9)" in (
        result.stderr
    )


def test_a_date_argument_in_other_digits_is_still_that_date(run: Any, tmp_path: Path) -> None:
    # guard: what a user types (an IME's full-width digits) is read as its digits say
    data = write_jsonl(tmp_path / "d.jsonl", [event(id="a-thing", date="2019-11-01")])
    for typed in ("２０１９-１１-０１", "２０１９", "٢٠١٩-١١"):
        result = run("range", typed, "--data", str(data))
        assert result.exit_code == 0, (typed, result)
        assert "a-thing" in result.stdout


@pytest.mark.parametrize("epoch", ["²", "99999999999999", "١٢٣"])
@pytest.mark.parametrize("form", ["ics", "xlsx"])
def test_a_source_date_epoch_of_no_second_a_date_holds_is_now(
    run: Any, tmp_path: Path, epoch: str, form: str
) -> None:
    # (was: exit 70, "internal error: ValueError: invalid literal for int()" for "²", which
    # str.isdigit takes, and "year 3170843 is out of range" for a count too large)
    data = write_jsonl(tmp_path / "d.jsonl", [event(id="a-thing", date="2019-11-01")])
    result = run("range", "2019", "--data", str(data), "-f", form,
                 env={"SOURCE_DATE_EPOCH": epoch})  # fmt: skip
    assert result.exit_code == 0, result
    if form == "ics":
        stamps = [line for line in result.stdout.splitlines() if line.startswith("DTSTAMP")]
        assert stamps
        assert not any(stamp.startswith("DTSTAMP:1970") for stamp in stamps)  # (now)


# --- property: random lines of date-like tokens --------------------------------------------------

_DIGIT_ZEROS = (0x30, 0x660, 0x966, 0xFF10, 0x1D7CE)  # ASCII, Arabic-Indic, Devanagari, …
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _number(value: int, script: int) -> str:
    """``value`` written in one script's digits (the last "script" writes superscripts)."""
    if script == len(_DIGIT_ZEROS):
        return "".join(_SUPERSCRIPTS[int(d)] for d in str(value))
    return "".join(chr(_DIGIT_ZEROS[script] + int(d)) for d in str(value))


_NUMBERS = st.builds(
    _number,
    st.sampled_from([0, 1, 2, 9, 12, 13, 28, 29, 30, 31, 32, 99, 700, 1953, 2019, 9999, 10000])
    | st.integers(0, 3000),
    st.integers(0, len(_DIGIT_ZEROS)),
)
_WORDS = st.sampled_from(
    [
        "January", "Feb.", "February", "April", "Sept.", "dec", "mai", "juin", "marzo", "März",
        "maja", "марта", "டிசம்பர்", "ஜூன்", "年", "月", "日", "년", "월", "일", "Spring", "Late",
        "c.", "circa", "AD", "BC", "BCE", "r.", "г.", "th", "st", "s", "century", ":", " - ",
        " – ", "—", "|", ".", ")", "(", "[", "]", "/", ",", " to ", "&", " and ", ".-", " h ",
        "•", "*", "1.", "·", "#", ">", "23:55", "10:17pm", "Photo:", "Updated:", "the",
        "happened", "Kim said \"we will\"", "트럼프는 \"좋다\"라고 말했다", "「よい」と述べた",
        "他说：“好。”", "Он сказал: «хорошо»", "\u200b", "\ufeff", "\u202e", "\t",
    ]
)  # fmt: skip
_LINE = st.lists(_NUMBERS | _WORDS, min_size=1, max_size=8).map(" ".join)
# (entries among them, so that what reads an entry's text, the enrichment too, is reached)
_ENTRY = st.sampled_from(
    [
        "1950: War begins on the peninsula.",
        "June 25, 1950 - The army crosses the parallel.",
        "• 12 March 1951: Seoul is retaken.",
        '1953 – Kim said "we will" at the armistice.',
        "2019, June, 30: Trump meets Kim at the border.",
        "1252 r. - Zdarzenie w mieście.",
        "23:55.- Un temblor sacude la costa.",
    ]
)
_LINES = st.lists(_LINE | _ENTRY, min_size=1, max_size=10)


def _accounted(text: str, split: Split) -> None:
    """Each line of ``text`` with something visible on it is in an entry or reported, and
    every entry's date is a real one: no day the calendar lacks, no end before the start."""
    used = {n for e in split.entries for n in (e.line, *e.lines)}
    used |= {s.line for s in (*split.unplaced, *split.layout, *split.before)}
    for number, line in enumerate(text.split("\n"), 1):
        visible = [c for c in line if c.isprintable() and not c.isspace()]
        if set(visible) - {"\u200b", "\ufeff"}:
            # (a line may be read into the one above, a span's end "2020–" / "2019": its
            # text then is in that entry or that report)
            shown = " ".join(
                [e.text for e in split.entries]
                + [s.text for s in (*split.unplaced, *split.layout, *split.before)]
            )
            assert number in used or line.strip() in shown, (number, line)
    for entry in split.entries:
        first = parse_iso_partial(entry.date)  # (raises for a day the calendar lacks)
        if entry.end_date is not None:
            assert parse_iso_partial(entry.end_date).end >= first.start, entry


@settings(max_examples=examples(150))
@given(_LINES, st.sampled_from([None, 2019]))
def test_random_date_like_lines_are_read_or_reported_never_a_crash(
    lines: list[str], year: int | None
) -> None:
    text = "\n".join(lines) + "\n"
    _accounted(text, read_text(text, year))


@settings(max_examples=examples(20), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_LINES)
def test_random_date_like_lines_import_or_exit_cleanly(tmp_path: Path, lines: list[str]) -> None:
    """The whole import (the enrichment too), dry run: its outcome, every line in an event
    or reported, or a refusal the CLI says in one line with its exit code; never another
    exception."""
    text = "\n".join(lines) + "\n"
    source = tmp_path / "lines.txt"
    source.write_text(text, "utf-8")
    try:
        outcome = import_chronology(source, dry_run=True)
    except KtimelineError:
        return
    result = outcome.result
    used = {n for joined in result.joined for n in joined} | set(result.lines)
    used |= {s.line for s in (*result.unplaced, *result.layout, *result.before)}
    used |= {s.line for s in result.warnings if s.repeats}  # (a block repeated: said once)
    for number, line in enumerate(text.split("\n"), 1):
        if {c for c in line if c.isprintable() and not c.isspace()} - {"\u200b", "\ufeff"}:
            shown = " ".join(
                [e.text for e in result.events]
                + [s.text for s in (*result.unplaced, *result.layout, *result.before)]
            )
            assert number in used or line.strip() in shown, (number, line)
