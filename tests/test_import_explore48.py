"""Issue 22, explore48: layouts met by trying chronologies of a trawler's sinking, a cruise ship's
wreck, an earthquake, two companies, a football club, a city-state, a country's years and a
calendar of anniversaries in French, Italian, Portuguese, Polish and English (Bangladesh, India,
Singapore, Ireland, a Dutch club) as a new user would ("- Listed in CSE: December 24, 1996;",
"• 1883 / text", "1 I 1467 - text" beside "6 I - Święto Trzech Króli"), each rule on short
chronologies written for the test in other subjects and wordings (never the pages' own words),
and what each must not read."""

from __future__ import annotations

import pytest

from ktimeline import dates
from tests.import_support import read_entries, reasons

_read = read_entries


# --- a bulleted title, its colon and its date ending the line, closed by the list's sign ---------


def test_bulleted_titles_with_their_dates_after_a_colon_and_a_semicolon_are_entries() -> None:
    text = (  # a brewery's milestones, as a company page lists them
        "- Brewery Founded by the Three Partners: March 3, 1952;\n"
        "|\n"
        "- First Lager Bottled: June 1954;\n"
        "|\n"
        "- Registered as Public Ltd. Company: 1961;\n"
        "|\n"
        "- Export License Granted: October 12, 1968;\n"
        "|\n"
        "- New Bottling Hall Opened: April 2, 1975.\n"
    )
    assert _read(text) == [
        ("1952-03-03", None, "Brewery Founded by the Three Partners"),
        ("1954-06", None, "First Lager Bottled"),
        ("1961", None, "Registered as Public Ltd. Company"),
        ("1968-10-12", None, "Export License Granted"),
        ("1975-04-02", None, "New Bottling Hall Opened"),
    ]


def test_a_title_with_a_sentence_end_before_its_colon_date_is_no_such_item() -> None:
    # a full stop after a long word ends a sentence: the colon's date is no title's
    text = (
        "- The hall was sold. Buyers came: March 3, 1952;\n"
        "- The roof was mended. Workers left: June 4, 1954;\n"
        "- The organ was tuned. Players met: May 5, 1956;\n"
    )
    assert _read(text) == []


def test_a_year_alone_after_a_colon_is_read_only_among_whole_dates() -> None:
    # bulleted labels with years alone and no month anywhere: a fact sheet, no such list
    text = "- Founded: 1952;\n- Employees: 1800;\n- Plants: 1200;\n"
    assert _read(text) == []


# --- a spaced slash between a date and its text ---------------------------------------------------


def test_a_spaced_slash_separates_a_year_from_its_text() -> None:
    text = (  # a rowing club's history, as a blog writes it
        "Timeline\n"
        "  • 1871 / Six students found a rowing club on the river.\n"
        "  • 1880 / The club builds its first boathouse.\n"
        "  • 1893 / A women's section is opened.\n"
    )
    assert _read(text) == [
        ("1871", None, "Six students found a rowing club on the river."),
        ("1880", None, "The club builds its first boathouse."),
        ("1893", None, "A women's section is opened."),
    ]


def test_a_spaced_slash_before_a_time_is_no_separator() -> None:
    text = (  # a wire story's dateline, then its list
        "March 2, 2015 / 6:40 AM / a year ago\n"
        "\n"
        "June 4, 2014: The port reopens.\n"
        "July 9, 2014: A new ferry arrives.\n"
        "May 1, 2015: The harbour master retires.\n"
    )
    assert [date for date, *_ in _read(text)] == ["2014-06-04", "2014-07-09", "2015-05-01"]


# --- what a bulleted line left out "without a date" says when it names one ------------------------


def test_a_bulleted_line_naming_a_date_inside_says_so() -> None:
    text = (
        "- 1950: The theatre opens.\n"
        "- 1961: The theatre burns down.\n"
        "- Rebuilt and reopened on May 4, 1964 by the mayor.\n"
        "- 1970: A second stage is added.\n"
    )
    reason = reasons(text)["- Rebuilt and reopened on May 4, 1964 by the mayor."]
    assert "'May 4, 1964'" in reason and "not taken for its own" in reason
    assert "without a date" not in reason


def test_a_bulleted_line_whose_opening_date_has_no_separator_says_so() -> None:
    text = "- 1950: The theatre opens.\n- 1955, rebuilt after a fire.\n- 1961: A new stage.\n"
    reason = reasons(text)["- 1955, rebuilt after a fire."]
    assert "opening date '1955'" in reason and "without a date" not in reason


# --- a calendar of anniversaries: a day without its year takes none from the line above ---------


CALENDAR = (  # a town's calendar of anniversaries, ordered through the year
    "3 May 1791 - the town charter is granted\n"
    "5 May 1920 - the tramway opens\n"
    "7 May 1432 - the market is first held\n"
    "8 May - Spring Fair\n"
    "9 May 1871 - the railway arrives\n"
    "12 May 1655 - the great fire\n"
    "14 May 1988 - the bypass opens\n"
    "20 May 1530 - the bridge is built\n"
)


def test_a_day_without_its_year_in_a_calendar_of_anniversaries_is_given_no_year() -> None:
    entries = _read(CALENDAR)
    assert ("1432-05-08", None, "Spring Fair") not in entries
    assert [date for date, *_ in entries] == [
        "1791-05-03", "1920-05-05", "1432-05-07", "1871-05-09", "1655-05-12", "1988-05-14",
        "1530-05-20",
    ]  # fmt: skip
    assert "8 May - Spring Fair" in reasons(CALENDAR)


def test_a_day_without_its_year_in_a_list_in_time_order_takes_the_year_above() -> None:
    text = (  # a list in time's order: the year above is the day's
        "3 May 1791 - the town charter is granted\n"
        "5 May 1791 - the first council meets\n"
        "8 May - the council elects a mayor\n"
        "9 June 1792 - the town hall is begun\n"
        "12 July 1793 - the town hall is finished\n"
        "14 May 1794 - a school opens\n"
    )
    assert ("1791-05-08", None, "the council elects a mayor") in _read(text)


def test_a_day_and_roman_month_without_a_year_is_never_the_line_above_s_rest() -> None:
    text = (  # a calendar written with Roman months, its lines with no full stops
        "2 III 1521 - the guild hall is founded\n"
        "4 III 1702 - the guild gets its charter\n"
        "7 III 1390 - first record of the guild\n"
        "8 III - Guild Day\n"
        "9 III 1850 - the guild is dissolved\n"
    )
    entries = _read(text)
    assert ("1390-03-07", None, "first record of the guild") in entries
    assert "8 III - Guild Day" in reasons(text)


# --- a day run on after a sentence's end, its bullet (a hyphen) glued to it ----------------------


def test_a_day_run_on_mid_line_after_a_glued_hyphen_is_an_entry_and_the_hyphen_its_own() -> None:
    text = (  # a flood's first days, as a news site's list lost a line break
        "Date: 12/11/2016\n"
        "  • 5 NOVEMBRE: The river bursts its banks. Two villages are cut off.\n"
        "  • 6 NOVEMBRE: The army arrives. Three hundred people leave. -7 NOVEMBRE: The "
        "water begins to fall.\n"
    )
    assert _read(text) == [
        ("2016-11-05", None, "The river bursts its banks. Two villages are cut off."),
        ("2016-11-06", None, "The army arrives. Three hundred people leave."),
        ("2016-11-07", None, "The water begins to fall."),
    ]


def test_a_hyphen_inside_a_sentence_before_a_day_starts_no_entry() -> None:
    text = (
        "June 2, 1950: The bridge opens.\n"
        "June 9, 1950: The works run from 3-8 June 1950 as planned.\n"
        "June 20, 1950: The toll is lifted.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1950-06-02", "1950-06-09", "1950-06-20"]


# --- a date argument copied with its sentence's full stop ---------------------------------------


def test_a_date_argument_copied_with_its_sentences_full_stop_is_read() -> None:
    assert dates.parse_date_argument("Dec. 13, 1642.", "START") == dates.parse_date_argument(
        "Dec. 13, 1642", "START"
    )
    assert dates.parse_date_argument("1642.", "START") == dates.parse_date_argument("1642", "START")


def test_a_day_and_months_own_point_is_never_taken_for_a_sentences_stop() -> None:
    with pytest.raises(dates.DateArgumentError, match="has no year"):
        dates.parse_date_argument("13.12.", "START")
