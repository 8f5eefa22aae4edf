"""Issue 22, explore41: layouts met by trying railway, trade-union, church, school and agency
chronologies as a new user would (a table's rows without their opening "|", a news page's
comment count glued to its category labels, a teaser's "Continue Reading →" at a line's
end, century headings with a title, items that end with their year after a sentence, an
undated line opening with a date of its own under a dated line, a span broken after its
dash with its text on the next line), each rule on short chronologies written for the test
in other subjects and wordings (never the pages' own words), and what each must not read."""

from __future__ import annotations

import pytest

from tests.import_support import read_entries, reasons

_read = read_entries


# --- a table's rows written without their opening "|" --------------------------------------


def test_rows_without_an_opening_bar_read_their_month_and_day_cells() -> None:
    text = (  # a harbour's openings, a Markdown table with no outer bars on the left
        "Year | Month | Day | Event |\n"
        "---|---|---|---|\n"
        "1905 | Mar | 02 | North pier opened |\n"
        "1911 | Nov | 21 | Dry dock flooded for the first time |\n"
        "1932 | Jun | 07 | Ferry terminal completed |\n"
    )
    assert _read(text) == [
        ("1905-03-02", None, "North pier opened"),
        ("1911-11-21", None, "Dry dock flooded for the first time"),
        ("1932-06-07", None, "Ferry terminal completed"),
    ]


def test_rows_without_an_opening_bar_and_a_day_cell_only() -> None:
    text = (  # a chess club's results, a year and a day-month cell
        "1961 | 4 May | Club founded in the library |\n"
        "1963 | 12 October | First county title |\n"
        "1970 | 30 January | Club moves to the town hall |\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1961-05-04", None),
        ("1963-10-12", None),
        ("1970-01-30", None),
    ]


def test_year_bar_text_lines_stay_entries_of_their_years() -> None:
    text = (  # no month or day cells: each line is a year and its text
        "1901 | The choir gives its first concert |\n"
        "1914 | The choir is disbanded for the war |\n"
        "1920 | The choir reforms |\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1901", None),
        ("1914", None),
        ("1920", None),
    ]


# --- a comment count glued to a news page's category labels -----------------------------------


@pytest.mark.parametrize(
    "count", ["Politics0 Comments", "ElectionsScandal12 Comments", "3 comments"]
)
def test_a_comment_count_line_is_page_furniture(count: str) -> None:
    text = (  # a storm blog's posts: a date alone, a title, the labels and count, the body
        "12 Mar, 2019\n\nFloods close the valley road\n\n"
        f"{count}\n\nThe river rose two metres overnight and the road was shut.\n\n"
        "3 Mar, 2019\n\nGale warning issued\n\n"
        f"{count}\n\nForecasters warn of winds above 100 km/h along the coast.\n\n"
        "1 Mar, 2019\n\nStorm season begins\n\n"
        f"{count}\n\nThe service opens its winter desk.\n"
    )
    entries = _read(text)
    assert [entry[0] for entry in entries] == ["2019-03-12", "2019-03-03", "2019-03-01"]
    assert all("omments" not in entry[2] for entry in entries)
    assert reasons(text)[count] == "advertisement or web page furniture"


def test_a_sentence_counting_comments_is_no_furniture() -> None:
    text = (  # the words are the event: the count follows a plain space
        "2010: The forum opens.\n2011: The post drew 300 comments\n2012: The forum closes.\n"
    )
    assert [entry[2] for entry in _read(text)] == [
        "The forum opens.",
        "The post drew 300 comments",
        "The forum closes.",
    ]


# --- a teaser's link to the whole item at the line's end --------------------------------------


@pytest.mark.parametrize("link", ["Continue Reading →", "Read more »", "Keep reading ›"])
def test_a_teasers_link_is_cut_and_reported(link: str) -> None:
    text = (  # a museum's news page: each item cut short, then its link
        f"May 4, 2018 The east wing reopens after two years of work on its roof... {link}\n\n"
        f"March 9, 2016 A bronze age hoard goes on show in the main hall... {link}\n\n"
        f"June 1, 2012 The museum's new director takes office and sets out... {link}\n"
    )
    entries = _read(text)
    assert [entry[0] for entry in entries] == ["2018-05-04", "2016-03-09", "2012-06-01"]
    assert all(entry[2].endswith("...") for entry in entries)
    assert reasons(text)[link] == "a teaser's link to the whole item, at its line's end"


def test_read_more_in_a_sentence_stays_the_texts() -> None:
    text = (  # "read more" is the event's own words, no link
        "2001: The library opens a reading room.\n"
        "2004: A campaign urges children to read more\n"
        "2009: The library closes on Sundays.\n"
    )
    assert _read(text)[1][2] == "A campaign urges children to read more"


# --- a century's name with a title over the entries of that century --------------------------


def test_century_headings_with_titles_are_headings() -> None:
    text = (  # a guild's history in sections
        "17th Century: Beginnings\n\n"
        "1620:\n\nThe guild receives its charter.\n\n"
        "1688:\n\nThe guild hall is built.\n\n"
        "18th century - Growth and Decline\n\n"
        "1725:\n\nThe guild admits its first printers.\n\n"
        "1790:\n\nThe hall is sold.\n"
    )
    assert _read(text) == [
        ("1620", None, "The guild receives its charter."),
        ("1688", None, "The guild hall is built."),
        ("1725", None, "The guild admits its first printers."),
        ("1790", None, "The hall is sold."),
    ]
    assert "heading" in reasons(text)["17th Century: Beginnings"]


def test_a_century_entry_over_years_of_another_century_stays_an_entry() -> None:
    text = (  # the century is an event's time; the years below are not inside it
        "12th century: Monks drain the marsh\n"
        "1850: The railway crosses the marsh.\n"
        "1901: The marsh becomes a reserve.\n"
        "1950: A visitor centre opens.\n"
    )
    assert _read(text)[0][:2] == ("1101", "1200")


# --- items that end with their year after a sentence -------------------------------------------


def test_items_ending_with_their_year_after_a_sentence() -> None:
    text = (  # a lighthouse's story, as a timeline tool lists titles and years
        "The first lantern is lit on the headland. 1791\n"
        "Storms destroy the lantern house. 1803\n"
        "Rebuilding of the Tower 1810\n"
        "The keeper's cottage is added. 1834\n"
        "The light is automated and the keepers leave. 1968\n"
    )
    assert _read(text) == [
        ("1791", None, "The first lantern is lit on the headland."),
        ("1803", None, "Storms destroy the lantern house."),
        ("1810", None, "Rebuilding of the Tower"),
        ("1834", None, "The keeper's cottage is added."),
        ("1968", None, "The light is automated and the keepers leave."),
    ]


def test_an_undated_line_among_year_ended_items_is_no_event_of_the_year_above() -> None:
    text = (
        "The first lantern is lit on the headland. 1791\n"
        "Storms destroy the lantern house. 1803\n"
        "The keepers complained of the cold for many years.\n"
        "The keeper's cottage is added. 1834\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1791", "1803", "1834"]
    assert "The keepers complained of the cold for many years." in reasons(text)


def test_a_prose_paragraph_ending_with_years_is_no_list() -> None:
    text = (  # dates start the entries: the years ending sentences are the sentences'
        "1791: The first lantern is lit. The lantern was rebuilt in 1803\n"
        "1834: The cottage is added. It was extended in 1850\n"
        "1968: The light is automated.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1791", "1834", "1968"]


# --- an undated line that opens with a date of its own under a dated line ----------------------


@pytest.mark.parametrize(
    "line",
    ["In 1902, the club buys its own ground.", "On 3 May 1902, the club buys its own ground."],
)
def test_a_line_opening_with_another_year_is_no_event_of_the_date_above(line: str) -> None:
    text = f"1880: The club is founded.\n1895: The club turns professional.\n{line}\n1910: The club folds.\n"
    dated = [entry[0] for entry in _read(text)]
    assert "1895" in dated
    assert dated.count("1895") == 1  # (never the line's own date read as 1895)


def test_a_line_opening_with_the_same_year_stays_an_event_of_the_year_above() -> None:
    text = (
        "1880: The club is founded.\n"
        "1895: The club turns professional.\n"
        "In 1895, the club also opens a junior section.\n"
        "1910: The club folds.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1880", "1895", "1895", "1910"]


def test_a_day_line_opening_with_another_year_is_no_event_of_the_day_above() -> None:
    text = (
        "March 1, 1931: The dam's first stone is laid.\n"
        "March 4, 1931: Floods stop the work.\n"
        "On May 3, 1932, the dam is finished.\n"
        "March 9, 1931: Work resumes.\n"
    )
    assert "1931-03-04" in [entry[0] for entry in _read(text)]
    assert [entry[0] for entry in _read(text)].count("1931-03-04") == 1


# --- a span of years broken after its dash, its text on the next line ---------------------------


def test_a_span_broken_after_its_dash_with_its_text_below() -> None:
    text = (  # a school's building works
        "1901 New classrooms built.\n\n"
        "1921 -\n"
        "1924 Hall and library added.\n\n"
        "1950 Playing field bought.\n"
    )
    assert _read(text) == [
        ("1901", None, "New classrooms built."),
        ("1921", "1924", "Hall and library added."),
        ("1950", None, "Playing field bought."),
    ]


def test_a_year_and_dash_over_an_entry_with_its_separator_is_no_span() -> None:
    text = (  # "2021:" is an entry of its own (its colon): "2020 -" is an item with no text
        "2019 - The shop opens.\n2020 -\n2021: The shop moves.\n2022 - The shop closes.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("2019", None),
        ("2021", None),
        ("2022", None),
    ]
