"""Issue 22, explore30: layouts met by trying the importer on real English-language pages from
outside the US (a timeline tool's export, a company's history with hanging indents, an
inquiry's timeline of month spans, a list of foundations with its last year's names indented
below it, a season's page whose title names its year), each read as a general rule and tested
on short chronologies of other subjects and wordings, with what each rule must not read."""

from __future__ import annotations

import pytest

from ktimeline.dates import find_date
from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries

_read = read_entries


# --- an ISO day before the year 1000, written with its zeros --------------------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [("0544-01-01", "0544-01-01"), ("0800-01-01 00:00:00", "0800-01-01"),
     ("0987-07-03T12:00", "0987-07-03")],
)  # fmt: skip
def test_an_iso_day_before_1000_with_its_zeros_is_a_date(written: str, day: str) -> None:
    found = find_date(written)
    assert found is not None
    assert found.group(0).startswith(written[:10])
    text = (  # a timeline tool's export of a kingdom's history: the day alone, a title below
        f"{written}\nThe kingdom is founded\n"
        "1066-10-14 00:00:00\nA battle is fought\n"
        "1215-06-15 00:00:00\nA charter is sealed\n"
    )
    entries = _read(text)
    assert entries[0][0] == day
    assert entries[0][2] == "The kingdom is founded"
    assert len(entries) == 3


@pytest.mark.parametrize("written", ["0000-01-01", "0800 123 456", "0800-123-456", "0544"])
def test_zeros_that_make_no_iso_day_are_no_date(written: str) -> None:
    found = find_date(written)
    assert found is None or not found.group(0).startswith("0")


# --- a span of months and its year alone on its line, in a list of dates alone ---------------


def test_a_month_span_alone_over_its_text_is_an_entry_like_its_neighbours() -> None:
    text = (  # a hospital's building project: each date alone, a title and a paragraph below
        "12 March 2019\n\nSite chosen\n\nThe board picks the old railway yard.\n\n"
        "April–June 2019\n\nDesign competition\n\nSix architects submit their plans.\n\n"
        "3 September 2019\n\nWinner named\n\nA local firm wins the commission.\n\n"
        "Jan - Mar 2020\n\nGround works\n\nThe yard is cleared and levelled.\n\n"
        "May 2020\n\nFoundation stone\n\nThe minister lays the first stone.\n"
    )
    entries = _read(text)
    assert [(date, end) for date, end, _ in entries] == [
        ("2019-03-12", None), ("2019-04", "2019-06"), ("2019-09-03", None),
        ("2020-01", "2020-03"), ("2020-05", None),
    ]  # fmt: skip
    assert entries[1][2].startswith("Design competition")
    assert not left_out(text)


def test_a_month_span_over_dated_entries_stays_their_periods_heading() -> None:
    text = (  # a quarter's chronology: the period's heading, then dated entries
        "October - December 2009\n\n"
        "Oct. 1, 2009: The port reopens.\n\n"
        "Nov. 12, 2009: The union signs the agreement.\n\n"
        "Dec. 3, 2009: Ships return to the harbour.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["2009-10-01", "2009-11-12", "2009-12-03"]
    assert [(s.text, s.reason) for s in split.layout] == [("October - December 2009", "heading")]


def test_a_month_span_in_a_list_of_dated_lines_stays_a_heading() -> None:
    text = (  # dates with their text on the same line: the span alone is the period's title
        "January - March 2020\n"
        "The first quarter was quiet at the mill.\n"
        "4 January 2020: The mill reopens after the holiday.\n"
        "9 February 2020: A storm floods the lower floor.\n"
        "20 March 2020: The mill closes for the lockdown.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["2020-01-04", "2020-02-09", "2020-03-20"]
    assert ("January - March 2020", "heading") in [(s.text, s.reason) for s in split.layout]


def test_a_read_less_button_is_page_furniture() -> None:
    text = (
        "5 May 2021\n\nLibrary opens\n\nThe new library opens its doors.\n\nRead more\n\nRead less\n\n"
        "9 June 2021\n\nFirst exhibition\n\nMaps of the town are shown.\n\nRead more\n\nRead less\n\n"
        "1 July 2021\n\nCafe opens\n\nA cafe opens on the ground floor.\n\nShow less\n"
    )
    split = split_entries(text)
    assert len(split.entries) == 3
    reasons = {s.text: s.reason for s in split.layout}
    assert reasons["Read less"] == reasons["Read more"] == reasons["Show less"]
    assert "furniture" in reasons["Read less"]
