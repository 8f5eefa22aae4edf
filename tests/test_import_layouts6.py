"""Issue 22, sixth round: layouts the blind held-out runs showed unread, each as a general
rule with a synthetic case (no text of the real corpus is copied here): misspelt months in
the one date grammar, live pages' time stamps, photo captions that end on their credit, wiki
markup, titles with their date in brackets, and items run together with no separator."""

from __future__ import annotations

import pytest

from ktimeline import dates as grammar
from ktimeline.errors import UsageError
from ktimeline.importing.entries import split_entries


def dates(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    return [(e.date, e.end_date, e.text) for e in split_entries(text, year).entries]


# --- misspelt months: one grammar for `range` and `import` ------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Febuary 1994", "1994-02-01", "1994-02-28"),
        ("Feburary 1994", "1994-02-01", "1994-02-28"),
        ("Agust 3, 2019", "2019-08-03", "2019-08-03"),
        ("3 Setpember 2001", "2001-09-03", "2001-09-03"),
        ("Ocotber 2019", "2019-10-01", "2019-10-31"),
        ("Sept 5, 2019", "2019-09-05", "2019-09-05"),
        ("Dec 5 2019", "2019-12-05", "2019-12-05"),
    ],
)
def test_a_misspelt_or_short_month_is_read_as_an_argument(
    written: str, start: str, end: str
) -> None:
    span = grammar.parse_date_argument(written, "date")
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_a_word_that_only_starts_like_a_month_is_still_no_date() -> None:
    with pytest.raises(UsageError):
        grammar.parse_date_argument("Agustin 1994", "date")


def test_misspelt_months_start_entries_in_a_chronology() -> None:
    text = (
        "### Feburary 1994\n"
        "Talks begin in Geneva.\n"
        "Agust 3, 1994: The agreement is drafted.\n"
        "Ocotber 21, 1994 – The Agreed Framework is signed.\n"
        "Sept 5, 1995: A supply office opens.\n"
    )
    assert dates(text) == [
        ("1994-02", None, "Talks begin in Geneva."),
        ("1994-08-03", None, "The agreement is drafted."),
        ("1994-10-21", None, "The Agreed Framework is signed."),
        ("1995-09-05", None, "A supply office opens."),
    ]


def test_a_year_with_a_letter_for_a_digit_in_a_bulleted_list_is_reported_not_guessed() -> None:
    text = "• l895 – Taiwan is ceded.\n• 1896 – A treaty.\n• 1897 – An empire.\n"
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1896", "1897"]
    assert [(s.line, "l895" in s.reason) for s in split.unplaced] == [(1, True)]


# --- live pages: the time stamp out of the text, the day from the page's date ------------------

LIVE_PAGE = (
    " date 2021-03-04 Follow our live coverage of the vote.\n"
    "\n"
    "14:32 Polls close across the country\n"
    "\n"
    "Voters queued for hours. Photo: Jane Smith\n"
    "\n"
    "A record turnout was reported.\n"
    "\n"
    "10:15 GMT Counting begins in the capital\n"
    "\n"
    "9.08pm - Turnout figures released\n"
    "\n"
    "8.52pm Early results favour the opposition\n"
)


def test_a_live_pages_updates_are_entries_of_its_day_without_their_time_stamps() -> None:
    split = split_entries(LIVE_PAGE)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2021-03-04", "Polls close across the country A record turnout was reported."),
        ("2021-03-04", "Counting begins in the capital"),
        ("2021-03-04", "Turnout figures released"),
        ("2021-03-04", "Early results favour the opposition"),
    ]
    assert [e.note for e in split.entries] == [
        f"time stamp {stamp} left out (no time of day in the data)"
        for stamp in ("14:32", "10:15 GMT", "9.08pm", "8.52pm")
    ]
    # the caption between the headline and its body is reported, not part of the entry
    assert [(s.line, s.reason) for s in split.layout] == [(5, "figure caption or photo credit")]


def test_times_without_a_page_date_date_nothing() -> None:
    text = LIVE_PAGE.replace(" date 2021-03-04 ", "")
    assert split_entries(text).entries == []


def test_two_stamps_are_no_live_page() -> None:
    text = " date 2021-03-04 Live.\n\n9.08pm - Turnout figures released\n\n8.52pm Results\n"
    assert split_entries(text).entries == []


def test_a_bare_time_before_lower_case_words_is_no_stamp() -> None:
    text = (
        " date 2021-03-04 Live.\n\n9.08pm - One\n\n8.52pm Two\n\n8.40pm Three\n\n"
        "9.30 percent of votes were counted by then\n"
    )
    split = split_entries(text)
    # no fourth update: the line is the body of the third
    assert [e.text for e in split.entries] == [
        "One",
        "Two",
        "Three 9.30 percent of votes were counted by then",
    ]
