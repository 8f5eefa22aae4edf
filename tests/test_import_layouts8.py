"""Issue 22, eighth round: layouts the held-out-6 blind run showed unread or absorbed, each as
a general rule with a synthetic case (no text of the real corpus is copied here): a page's
menu of months, two entries of one year written as dates alone, and a page's title that is a
span of years over the chronology, with its introduction."""

from __future__ import annotations

import pytest

from ktimeline import dates as grammar
from ktimeline.importing.entries import split_entries
from tests.import_split import dates

# --- nothing absorbed: a menu of months, a page's title and its introduction ----------------


def test_a_menu_of_months_after_the_last_entry_is_reported_not_joined() -> None:
    text = (
        "1901 The mill opens on the river.\n"
        "1905 A flood closes the mill.\n"
        "1910 The mill reopens.\n"
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec\n"
    )
    split = split_entries(text)
    assert [e.text for e in split.entries][-1] == "The mill reopens."
    assert [s.reason for s in split.layout] == ["a page's menu of months"]


def test_a_sentence_naming_months_is_text() -> None:
    text = "1901: The mill opens.\n1905: Work ran in March, April and May.\n1910: It closes.\n"
    assert dates(text)[1] == ("1905", None, "Work ran in March, April and May.")


def test_two_entries_of_one_year_as_dates_alone_are_two_entries() -> None:
    text = (
        "1920\nA bridge is built over the creek\n"
        "1921\nThe first school opens in the valley\n"
        "1921\nA railway reaches the town\n"
        "1925\nThe town hall burns down\n"
    )
    assert dates(text) == [
        ("1920", None, "A bridge is built over the creek"),
        ("1921", None, "The first school opens in the valley"),
        ("1921", None, "A railway reaches the town"),
        ("1925", None, "The town hall burns down"),
    ]


def test_cards_that_write_each_date_twice_stay_one_entry_each() -> None:
    cards = "".join(
        f"Harbour Town\n{month}, {year}\n\n{title}\n\nHarbour Town\n{month}, {year}\n\n"
        f"In {month} {year} {body}.\n\n"
        for month, year, title, body in [
            ("Mar", 1931, "The Pier Opens", "the town opened its pier to ships"),
            ("Jun", 1932, "The Lighthouse", "a lighthouse was lit on the point"),
            ("Feb", 1934, "The Great Storm", "a storm wrecked the pier"),
        ]
    )
    found = dates(cards)
    assert [date for date, _, _ in found] == ["1931-03", "1932-06", "1934-02"]


def test_a_span_title_over_the_chronology_and_its_introduction_are_reported() -> None:
    text = (
        "1900–1930: River Town\n"
        "In 1900 the valley was farmland. Few lived there.\n"
        "The river brought trade. It changed everything.\n"
        "Key Dates\n"
        "1901\nThe mill opens\n"
        "1912\nA bridge is built\n"
        "1925\nThe railway arrives\n"
        "1930\nThe town has 5 000 people\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1901", "1912", "1925", "1930"]
    assert {2, 3} <= {s.line for s in split.unplaced + split.layout}
    assert any(s.line == 1 for s in split.layout)


def test_a_span_entry_outside_which_entries_lie_stays_an_entry() -> None:
    text = (
        "1900–1910: River Town grows\n"
        "In 1900 the valley was farmland. Few lived there.\n"
        "1912\nA bridge is built\n"
        "1925\nThe railway arrives\n"
        "1930\nThe town has 5 000 people\n"
        "1931\nA school opens\n"
    )
    assert dates(text)[0][:2] == ("1900", "1910")


# --- titles above their dates: short titles, and cards with no paragraph ---------------------


def test_titles_above_dates_alone_short_ones_and_cards_without_paragraphs() -> None:
    text = (
        "Port Charter Signed\nMay 3, 1880\n\nThe port receives its charter from the crown.\n\n"
        "Dock Strike\nJune 9, 1889\n\nDockers stop work for a month.\n\n"
        "The First Steamship Arrives\nApril 2, 1891\n\nA steamship docks after a long voyage.\n\n"
        "Fire on the Quay\nMarch 1, 1895\n"
        "New Harbour Master Appointed\nMarch 8, 1895\n\nHe reorganises the berths.\n"
    )
    found = dates(text)
    assert [(date, words.split()[0]) for date, _, words in found] == [
        ("1880-05-03", "Port"),
        ("1889-06-09", "Dock"),
        ("1891-04-02", "The"),
        ("1895-03-01", "Fire"),
        ("1895-03-08", "New"),
    ]


# --- a list's label and its year; two-digit years the document settles -------------------


def test_a_labelled_year_heading_gives_its_year_to_days_below() -> None:
    text = "Timeline: 1903\n\nMar 2  A canal opens.\n\nMar 9  A bank fails.\n\nApr 1  A strike.\n"
    assert [date for date, _, _ in dates(text)] == ["1903-03-02", "1903-03-09", "1903-04-01"]


def test_two_digit_years_take_the_century_of_the_years_the_document_writes() -> None:
    text = (
        "Notes on the strikes of 1934, in progress.\n\n"
        "05/14/34. Dockers walk out.\n\n06/02/34. Police clash with pickets.\n\n"
        "12/30/34. A settlement. (See 1/2/35).\n\n01/09/35. Work resumes.\n"
    )
    assert dates(text) == [
        ("1934-05-14", None, "Dockers walk out."),
        ("1934-06-02", None, "Police clash with pickets."),
        ("1934-12-30", None, "A settlement. (See 1/2/35)."),
        ("1935-01-09", None, "Work resumes."),
    ]


def test_two_digit_years_stay_unread_when_the_century_is_not_settled() -> None:
    no_full_year = "05/14/34. Dockers walk out.\n06/02/34. A clash.\n12/30/34. A settlement.\n"
    two_centuries = "From 1934 to 2034.\n" + no_full_year
    assert dates(no_full_year) == []
    assert dates(two_centuries) == []
    assert len(split_entries(two_centuries).unplaced) >= 3


def test_two_digit_years_stay_unread_when_the_order_of_day_and_month_is_not_shown() -> None:
    text = "Notes on 1934.\n05/04/34. Dockers walk out.\n06/02/34. A clash.\n07/03/34. A deal.\n"
    assert dates(text) == []


# --- three-digit years in rising order ----------------------------------------------------


def test_three_digit_years_in_rising_order_are_the_documents_years() -> None:
    text = "Early towns\n\n313: A fort is built.\n\n356: A king unites the valley.\n\n475: A war.\n"
    assert dates(text) == [
        ("0313", None, "A fort is built."),
        ("0356", None, "A king unites the valley."),
        ("0475", None, "A war."),
    ]


def test_three_digit_numbers_counting_down_are_not_read_as_years() -> None:
    text = "776: The first games.\n509: A republic.\n480: A battle at sea.\n"
    split = split_entries(text)
    assert split.entries == []
    assert len(split.unplaced) == 3


# --- a table flattened onto one line --------------------------------------------------------


def test_a_table_flattened_onto_one_line_gives_one_entry_a_date_cell() -> None:
    text = (
        "Day | | | | 02-Mar-1903 | | A canal opens. | | 09-Mar-1903 | | A bank fails. | | "
        "01-Apr-1903 | | Dockers strike. | |\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1903-03-02", "A canal opens."),
        ("1903-03-09", "A bank fails."),
        ("1903-04-01", "Dockers strike."),
    ]
    assert [s.text for s in split.unplaced] == ["Day"]


def test_a_table_row_with_two_dates_is_no_flattened_table() -> None:
    text = "| 02-Mar-1903 | A canal opens. | 09-Mar-1903 | A bank fails. |\n"
    assert len(split_entries(text).entries) <= 1


def test_a_three_digit_year_alone_among_years_alone_rising_is_a_year() -> None:
    text = (
        "668\n\nThe kingdoms are united.\n\n935\n\nA new dynasty.\n\n"
        "1392\n\nAnother dynasty.\n\n1446\n\nAn alphabet.\n\n1592\n\nAn invasion.\n"
    )
    assert [date for date, _, _ in dates(text)] == ["0668", "0935", "1392", "1446", "1592"]


def test_a_page_number_between_years_alone_is_no_year() -> None:
    text = (
        "1392\n\nA dynasty.\n\n1446\n\nAn alphabet.\n\n112\n\nThe page goes on.\n\n"
        "1592\n\nAn invasion.\n"
    )
    assert "0112" not in [date for date, _, _ in dates(text)]


# --- two days joined by "&" or "/" in the one grammar ---------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("28 & 29 June 2016", "2016-06-28", "2016-06-29"),
        ("18/19 February 2016", "2016-02-18", "2016-02-19"),
    ],
)
def test_two_days_joined_by_an_ampersand_or_a_slash(written: str, start: str, end: str) -> None:
    span = grammar.parse_date_argument(written, "date")
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)
    assert dates(f"{written}: A summit.\n") == [(start, end, "A summit.")]
