"""Issue 22, layouts48: one date grammar for ``range`` and ``import``. A table of date forms
read by both paths (the argument of ``range`` and a chronology's line) to the same days, and
the forms the two read differently before: "2019-3" (March 2019, as no span of the decade can
end on 3), "1964 to 3 May" (from the year to that day of it), "1850 - Mai" (a year's label,
a spaced dash, then its month: May 1850), "17-19.4.1961" (the first day's dot left out),
"FROM 1388 TO 1390" (GEDCOM's period, and "from … to …" in words), "1536 & 1543" (two years
of two events: the first, the second named in the entry's note)."""

from __future__ import annotations

import pytest

from ktimeline import dates
from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import read_entries
from tests.import_split import dates as read

# (form, first day, last day) as a reader reads it, whether typed to range or written in a list
FORMS = [
    ("2019-3", "2019-03-01", "2019-03-31"),
    ("1984-7", "1984-01-01", "1987-12-31"),
    ("1950-53", "1950-01-01", "1953-12-31"),
    ("1964 to 3 May", "1964-01-01", "1964-05-03"),
    ("1850 - Mai", "1850-05-01", "1850-05-31"),
    ("1990 – June", "1990-06-01", "1990-06-30"),
    ("1815 – 18 June", "1815-06-18", "1815-06-18"),
    ("17-19.4.1961", "1961-04-17", "1961-04-19"),
    ("FROM 1388 TO 1390", "1388-01-01", "1390-12-31"),
    ("from 1388 to 1390", "1388-01-01", "1390-12-31"),
    ("1536 & 1543", "1536-01-01", "1536-12-31"),
    ("27 July 1953", "1953-07-27", "1953-07-27"),
    ("Dec 2-8, 2019", "2019-12-02", "2019-12-08"),
    ("2019-12-02", "2019-12-02", "2019-12-02"),
    ("1961 (February)", "1961-02-01", "1961-02-28"),
    ("195?", "1950-01-01", "1959-12-31"),
    ("1888/89", "1888-01-01", "1889-12-31"),
    ("1899/00", "1899-01-01", "1900-12-31"),
    ("1951/54", "1951-01-01", "1954-12-31"),
    ("2019/12", "2019-12-01", "2019-12-31"),
]

# forms both refuse, each with its reason (range's one-line message, import's report)
REFUSED = ["1900/01", "2011/12"]


def _range_reading(form: str) -> tuple[str, str]:
    span = dates.parse_date_argument(form, "START")
    return span.start.isoformat(), span.end.isoformat()


def _import_reading(form: str) -> tuple[str, str]:
    """The days of the entry that a chronology's line "FORM: text" opens."""
    # (a foreign month alone before a colon is a label in a list, layouts45's rule: "2020 - Mars:
    # the rover …" is the planet; such a form is written before a dash, as lists write it)
    separator = " – " if form == "1850 - Mai" else ": "
    [(start, end, text)] = read(f"{form}{separator}The council met in the town hall.\n")
    assert text == "The council met in the town hall."
    return dates.parse_iso_partial(start).start_iso, dates.parse_iso_partial(end or start).end_iso


@pytest.mark.parametrize(("form", "first", "last"), FORMS)
def test_range_and_import_read_a_form_alike(form: str, first: str, last: str) -> None:
    assert _range_reading(form) == (first, last)
    assert _import_reading(form) == (first, last)


@pytest.mark.parametrize("form", REFUSED)
def test_range_and_import_refuse_an_ambiguous_form_alike(form: str) -> None:
    with pytest.raises(dates.DateArgumentError, match="ambiguous"):
        dates.parse_date_argument(form, "START")
    split = split_entries(f"1899: The club is founded.\n{form}: The club wins the league.\n")
    assert [entry.date for entry in split.entries] == ["1899"]
    assert "ambiguous" in split.unplaced[0].reason


# (the lead, merging: "1850 - Mai" before a colon is no longer May here: layouts45's older rule
# reads a foreign month alone before a colon as a label, "2020 - Mars: the rover …" being the
# planet in an English list; an English month before a colon, or a foreign one ending its
# date before a dash, is the month)
@pytest.mark.parametrize(("separator", "month"), [(": ", "May"), (" – ", "Mai")])
def test_a_form_reads_alike_in_a_list_of_years(separator: str, month: str) -> None:
    text = "".join(
        f"{date}{separator}{words}\n"
        for date, words in (
            ("1839", "The mill is built on the river."),
            (f"1850 - {month}", "The mill burns down."),
            ("FROM 1851 TO 1853", "The mill is rebuilt in stone."),
            ("1860 to 3 May", "The mill grinds for the army."),
        )
    )
    assert [(start, end) for start, end, _ in read(text)] == [
        ("1839", None),
        ("1850-05", None),
        ("1851", "1853"),
        ("1860", "1860-05-03"),
    ]


def test_a_year_then_one_digit_that_no_span_can_end_on_is_the_month() -> None:
    assert read("2019-3: Parliament sits.\n2019-4: Parliament rises.\n")[0][:2] == ("2019-03", None)


def test_a_year_then_one_digit_after_its_last_is_still_a_span() -> None:
    assert read("1984-7: Drought in the south.\n")[0][:2] == ("1984", "1987")


def test_a_count_after_a_years_dash_is_still_no_month() -> None:
    # "1969-4 host computers": among "YEAR - text" lines the 4 opens the text
    text = (
        "1967 - First design of the network.\n"
        "1968 - The plan is approved.\n"
        "1969-4 host computers are connected.\n"
        "1970 - The first protocol is used.\n"
    )
    assert all(start != "1969-04" for start, _, _ in read(text))


def test_a_month_after_a_years_dash_stays_text_where_words_follow() -> None:
    # ("1990 – June saw floods": the month opens the year's text, no separator after it)
    text = "1989 – A dry year.\n1990 – June saw floods in the valley.\n"
    assert read(text)[1][:2] == ("1990", None)


def test_two_years_joined_by_an_ampersand_read_as_the_first_with_a_note() -> None:
    split = split_entries("1400\nA rising in the west.\n1536 & 1543\nThe Acts of Union pass.\n")
    entry = split.entries[1]
    assert (entry.date, entry.end_date, entry.text) == ("1536", None, "The Acts of Union pass.")
    assert entry.note is not None and "1543" in entry.note


def test_from_in_a_sentence_is_no_date() -> None:
    # ("From 1939 to 1945 the war …": "from" opens a span only where the years are a date's
    # whole, before its separator; in a sentence the line is the text of the entry above)
    text = "1938: The treaty is signed.\nfrom 1939 to 1945 the factory makes shells.\n"
    assert [start for start, _, _ in read(text)] == ["1938"]


def test_range_reads_a_years_dash_and_month_as_that_month() -> None:
    span = dates.parse_date_argument("1850 – May", "START")
    assert (span.start.isoformat(), span.end.isoformat()) == ("1850-05-01", "1850-05-31")


# --- a line reported as the user's file writes it, never its rewrite ----------------------------


def test_a_table_row_not_read_is_reported_with_its_quotes() -> None:
    text = (
        "Year,Place,Event\n"
        '1950,"Leeds, England",The bridge opens.\n'
        '1951,"Hull, England",The bridge closes.\n'
        'l952,"York, England",The bridge reopens.\n'
        '1953,"Ripon, England",A toll is charged.\n'
    )
    [reported] = read_entries(text).unplaced
    assert reported.text == 'l952,"York, England",The bridge reopens.'


def test_a_rewritten_line_not_read_is_reported_as_written() -> None:
    # ("Du lundi 9 au vendredi 20 avril" is read as "9–20 avril" before the reading: where
    # that line is reported, the report quotes the file, not the rewrite)
    text = (
        "Du lundi 2 au mardi 3 avril : Dépôt des listes.\n"
        "Du lundi 9 au vendredi 20 avril : Campagne officielle.\n"
        "Du lundi 9 au vendredi 40 avril : Une date impossible.\n"
    )
    reported = [item.text for item in read_entries(text).unplaced]
    assert "Du lundi 9 au vendredi 40 avril : Une date impossible." in reported


# --- the pattern said as found ------------------------------------------------------------------


def test_the_pattern_of_iso_months_says_months() -> None:
    text = "".join(f"2019-{month:02d}: The council meets.\n" for month in (1, 3, 5, 7))
    described = read_entries(text).pattern
    assert described is not None
    assert described.describe().startswith("entries: ISO months then a separator")


def test_the_pattern_of_seasons_still_says_years() -> None:
    text = "2010-11: A season.\n2011-12: A season.\n2012-13: A season.\n"
    described = read_entries(text).pattern
    assert described is not None
    assert described.describe().startswith("entries: years then a separator")


# --- a season opens its own line ----------------------------------------------------------------


def test_a_season_is_never_the_rest_of_the_entry_above() -> None:
    # (a list of years without full stops: "1900/01 Club relegated" is no more words of 1899)
    text = (
        "1897 Club founded\n"
        "1898 Club joins league\n"
        "1899 Club wins cup\n"
        "1900/01 Club relegated\n"
        "1902 Club returns\n"
    )
    split = split_entries(text)
    assert [entry.text for entry in split.entries][2] == "Club wins cup"
    [reported] = split.unplaced
    assert reported.text == "1900/01 Club relegated"
    assert "ambiguous" in reported.reason


def test_seasons_in_a_list_of_seasons_are_read() -> None:
    text = "".join(
        f"{year}/{(year + 1) % 100:02d} Champions: Town {year}\n" for year in range(1897, 1903)
    )
    assert [(start, end) for start, end, _ in read(text)][3] == ("1900", "1901")
