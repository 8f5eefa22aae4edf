"""Issue 22, explore39: layouts met by trying country histories, a revolution's timeline, a
referendum's timetable and a newspaper's numbered list as a new user would (an item opening
with an ordinal day, a time of day in brackets after a date, two days joined by "&", an
infobox's date field, a timetable of labelled days, a heading under an unfinished one-line
entry), each rule on short chronologies written for the test in other subjects and wordings
(never the pages' own words), and what each must not read."""

from __future__ import annotations

import pytest

from ktimeline import dates
from tests.import_support import read_entries, reasons

_read = read_entries


# --- an item that opens with its day written as an ordinal ------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("1921: On the 3rd of May, the mill burns down.", "1921-05-03"),
        ("1921 - On the 21st of June the river floods the square.", "1921-06-21"),
        ("1921: the 2nd of March, a strike closes the docks.", "1921-03-02"),
    ],
)
def test_a_year_item_opening_with_an_ordinal_day_is_that_day(line: str, day: str) -> None:
    text = f"1920: The mill is founded.\n{line}\n1922: The mill is rebuilt.\n"
    assert [entry[0] for entry in _read(text)] == ["1920", day, "1922"]
    if line[6:].lstrip(" -").startswith("On"):  # (an opening word: the text keeps it)
        assert _read(text)[1][2].startswith("On the")


def test_an_ordinal_day_later_in_the_text_leaves_the_year() -> None:
    text = (  # the day is inside the sentence, not the item's opening
        "1920: The mill is founded.\n"
        "1921: The mill burns down on the 3rd of May.\n"
        "1922: The mill is rebuilt.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1920", "1921", "1922"]


# --- a time of day in brackets between a date and its separator --------------------------------


def test_a_bracketed_time_after_the_day_is_the_dates_not_the_texts() -> None:
    text = (  # a storm's night under a year heading
        "1987\n\n"
        "  • October 15 (9 pm) - The first gale warning is broadcast.\n"
        "  • October 16 (2:30 a.m.) - Winds reach the coast.\n"
        "  • October 16 (14:05) – The ferries are cancelled.\n"
        "  • October 17 - Clear-up begins.\n"
    )
    assert _read(text) == [
        ("1987-10-15", None, "The first gale warning is broadcast."),
        ("1987-10-16", None, "Winds reach the coast."),
        ("1987-10-16", None, "The ferries are cancelled."),
        ("1987-10-17", None, "Clear-up begins."),
    ]


def test_a_bracketed_number_that_is_no_time_stays_the_texts() -> None:
    text = (  # a count in brackets, no clock: the date's text keeps it
        "March 3, 2001: (12) Houses are flooded.\n"
        "March 4, 2001: The water falls.\n"
        "March 5, 2001: The roads reopen.\n"
    )
    assert _read(text)[0] == ("2001-03-03", None, "(12) Houses are flooded.")


# --- two days joined by "&" or "and" before their year ------------------------------------------


@pytest.mark.parametrize(
    ("written", "end"),
    [("June 4 & 5, 1977", "1977-06-05"), ("June 4 and 6, 1977", "1977-06-06")],
)
def test_two_days_joined_by_and_are_the_span_of_the_two(written: str, end: str) -> None:
    text = (  # a festival's history, one of its items two days long
        "May 1, 1976: The first festival is held.\n"
        f"{written}: The festival moves to the park.\n"
        "July 2, 1978: The festival is cancelled.\n"
    )
    assert _read(text)[1] == ("1977-06-04", end, "The festival moves to the park.")


def test_and_before_a_count_is_no_second_day() -> None:
    found = dates.find_date("May 3 and 4 people were hurt")
    assert found is not None and found.group() == "May 3"
    # (layouts60: two days joined by "&" or "and" before a separator are both, with no year
    # after them too, the year from the document, as "September 25/26" before its separator
    # is; this read "June 5" alone before. The count above stays a count)
    found = dates.find_date("June 5 & 6: the trials")
    assert found is not None and found.group() == "June 5 & 6"


# --- an infobox's date field ------------------------------------------------------------------


def test_an_infobox_date_field_is_no_entry_and_joins_nothing() -> None:
    text = (  # an encyclopedia's page on a strike, its box above the timeline
        "Timeline of the dock strike\n\n"
        "Date\n\n"
        "August 14 – September 16, 1889\n\n"
        "Location\n\n"
        "London, England\n\n"
        "The dock strike was a dispute over pay in the port of London.\n\n"
        "1889\n\n"
        "  • August 14 - Dockers at the West India Dock walk out.\n"
        "  • August 20 - The strike spreads to all docks.\n"
        "  • September 16 - The employers accept the demands.\n"
    )
    assert _read(text) == [
        ("1889-08-14", None, "Dockers at the West India Dock walk out."),
        ("1889-08-20", None, "The strike spreads to all docks."),
        ("1889-09-16", None, "The employers accept the demands."),
    ]
    found = reasons(text)
    assert found["August 14 – September 16, 1889"].startswith("an infobox's date field")
    assert found["Date"].startswith("an infobox's date field")


def test_cards_with_a_date_label_stay_entries() -> None:
    text = (  # a museum's cards, each with its date and its event field
        "Date\n12 May 1950\nEvent\nThe museum opens.\n\n"
        "Date\n3 June 1961\nEvent\nA new wing opens.\n\n"
        "Date\n9 July 1975\nEvent\nThe museum closes for repairs.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1950-05-12", "1961-06-03", "1975-07-09"]


# --- a timetable of labelled days with no year -------------------------------------------------


def test_a_timetable_of_labelled_days_reads_each_step() -> None:
    text = (  # a council election's timetable, its year in the title
        "Council election 2024: the timetable\n\n"
        "Notice of election: 18 March\n"
        "Close of nominations: 4 April\n"
        "Registration deadline: 15 April\n"
        "Polling day: 2 May\n"
    )
    assert _read(text) == [
        ("2024-03-18", None, "Notice of election:"),
        ("2024-04-04", None, "Close of nominations:"),
        ("2024-04-15", None, "Registration deadline:"),
        ("2024-05-02", None, "Polling day:"),
    ]


def test_three_labelled_days_in_prose_are_no_timetable() -> None:
    text = (  # a club's minutes: three labelled days are too few to be a timetable
        "1998: The club is founded.\n"
        "Next meeting: 4 March\n"
        "AGM: 12 May\n"
        "Dinner: 3 June\n"
        "1999: The club wins the cup.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1998", "1999"]


# --- a heading under an unfinished one-line entry ----------------------------------------------


def test_a_heading_under_an_entry_that_ends_without_a_stop_is_a_heading() -> None:
    text = (  # a railway's history, a section's heading between one-line items
        "1830 – The line opens between two towns\n"
        "1845 – The line is extended to the coast – run by a private company\n"
        "The Steam Years\n"
        "1862 – A second track is laid.\n"
        "1871 – The station is rebuilt.\n"
    )
    assert [entry[2] for entry in _read(text)][1].endswith("private company")
    assert reasons(text)["The Steam Years"] == "heading"


def test_a_wrapped_end_after_an_open_word_stays_the_entrys() -> None:
    text = (  # the line above ends on "of": the short line carries its sentence on
        "1830 – The line opens between two towns\n"
        "1845 – The line is extended to the port of\n"
        "Dover\n"
        "1862 – A second track is laid.\n"
        "1871 – The station is rebuilt.\n"
    )
    assert _read(text)[1][2].endswith("port of Dover")
