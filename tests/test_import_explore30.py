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


# --- a year's further rows indented under a list of one-line entries ------------------------


def test_rows_indented_under_the_last_year_of_one_line_entries_are_that_years() -> None:
    text = (  # a railway's stations by opening year; the last year holds three
        "1850 Central Station [CEN]\n"
        "1861 Harbour Street [HAR]\n"
        "1874 Mill Road [MIL] (1869)\n"
        "1890 North Junction [NOR]\n"
        "        Riverside Halt [RIV] (1885)\n"
        "        Castle Hill [CAS]\n"
    )
    assert _read(text) == [
        ("1850", None, "Central Station [CEN]"),
        ("1861", None, "Harbour Street [HAR]"),
        ("1874", None, "Mill Road [MIL] (1869)"),
        ("1890", None, "North Junction [NOR]"),
        ("1890", None, "Riverside Halt [RIV] (1885)"),
        ("1890", None, "Castle Hill [CAS]"),
    ]


def test_an_indented_line_carrying_a_phrase_on_is_no_row_of_its_own() -> None:
    text = (  # the line above ends on a lower-case word: the phrase runs on
        "1850 Central Station opens\n"
        "1861 Harbour Street opens\n"
        "1874 Mill Road opens\n"
        "1890 The company buys the\n"
        "        Northern Railway and its stations\n"
    )
    entries = _read(text)
    assert len(entries) == 4
    assert entries[-1] == ("1890", None, "The company buys the Northern Railway and its stations")


def test_indented_lines_in_a_list_whose_entries_run_on_are_no_rows() -> None:
    text = (  # entries of several lines each: an indented capital line is their text
        "1850 The mill opens on the river bank\n"
        "     and hires forty weavers.\n"
        "1861 A fire destroys the east wing\n"
        "     of the mill.\n"
        "1874 The owners sell the mill to\n"
        "     Thomas Hardcastle [TH]\n"
        "1890 The mill closes [MC]\n"
        "     Weavers move to the town [WT]\n"
    )
    entries = _read(text)
    assert len(entries) == 4
    assert entries[-1][2] == "The mill closes [MC] Weavers move to the town [WT]"


# --- a second paragraph of a year, in the text column of a hanging indent --------------------


_HANGING = (  # a brewery's history: the year at the margin, its text wrapped at a column
    "1887  Two brothers found the brewery in a\n"
    "      disused tannery.\n"
    "\n"
    "1902  The brewery wins its first medal at\n"
    "      the county show.\n"
    "\n"
    "      A second brewhouse is built beside\n"
    "      the canal.\n"
    "\n"
    "1914  Half the workers enlist.\n"
)


def test_a_paragraph_in_the_text_column_after_a_blank_is_another_event_of_the_year() -> None:
    assert _read(_HANGING + "\n1918  The brewery reopens.\n")[:4] == [
        ("1887", None, "Two brothers found the brewery in a disused tannery."),
        ("1902", None, "The brewery wins its first medal at the county show."),
        ("1902", None, "A second brewhouse is built beside the canal."),
        ("1914", None, "Half the workers enlist."),
    ]


def test_a_paragraph_under_an_unfinished_sentence_carries_it_on() -> None:
    text = _HANGING.replace("the county show.", "the county show, and")
    entries = _read(text + "\n1918  The brewery reopens.\n")
    assert len(entries) == 4
    assert entries[1][2].endswith("and A second brewhouse is built beside the canal.")


def test_a_paragraph_under_a_day_is_no_new_event_of_that_day() -> None:
    text = (  # a day's entry: its next paragraph in the text column is more of the same day
        "3 May 1902:   The brewery wins its first medal at\n"
        "              the county show.\n"
        "\n"
        "              The judges praise its dark ale.\n"
        "\n"
        "9 June 1902:  A second brewhouse opens.\n"
        "12 July 1902: The canal floods the yard.\n"
        "1 Aug 1902:   The yard is drained.\n"
    )
    entries = _read(text)
    assert len(entries) == 4
    assert "The judges praise its dark ale." not in [text for _, _, text in entries]


def test_a_line_at_the_margin_below_a_hanging_text_is_no_part_of_it() -> None:
    text = (  # the page cut the last entry mid-sentence; its address below at the margin
        _HANGING.replace(
            "1914  Half the workers enlist.\n",
            "1920  The brewery is sold to\n      a London firm and\n",
        )
        + "\n\nWeb : www.example.org\n"
    )
    entries = _read(text)
    assert entries[-1] == ("1920", None, "The brewery is sold to a London firm and")
    assert "Web : www.example.org" in left_out(text)


# --- a page's title that opens with the year of its yearless entries -------------------------


@pytest.mark.parametrize(
    "title",
    ["1911 County Championship - Results", "2003 Harbour Regatta", "1969: Festival Season"],
)
def test_a_title_opening_with_the_year_of_yearless_entries_is_no_entry(title: str) -> None:
    text = (
        f"{title}\n\n"
        "3 - 5 May. Opening fixtures at the Oval, rain stops play twice.\n\n"
        "12 June. The final round begins in the north.\n\n"
        "1 & 2 August. A late revival for the home side.\n\n"
        "9 September. The season closes with a draw.\n"
    )
    split = split_entries(text)
    year = title[:4]
    assert [e.date for e in split.entries] == [
        f"{year}-05-03", f"{year}-06-12", f"{year}-08-01", f"{year}-09-09"
    ]  # fmt: skip
    assert title in [s.text for s in split.layout]


def test_a_year_entry_below_a_title_stays_an_entry() -> None:
    text = (  # the year line is no page title: a title stands above it
        "The club's season\n\n"
        "1911 The club joins the county league\n\n"
        "3 May. Opening fixture at the Oval.\n\n"
        "12 June. The final round begins.\n\n"
        "9 September. The season closes.\n\n"
        "1 October. Prize-giving at the hall.\n"
    )
    entries = _read(text)
    assert entries[0] == ("1911", None, "The club joins the county league")
    assert len(entries) == 5


def test_a_first_year_entry_among_dated_years_stays_an_entry() -> None:
    text = (  # the later entries write their years: the first line is one of them
        "1911: The club joins the county league\n"
        "3 May 1912: Opening fixture at the Oval.\n"
        "12 June 1913: The final round begins.\n"
        "9 September 1914: The season closes.\n"
        "1 October 1915: Prize-giving at the hall.\n"
    )
    entries = _read(text)
    assert entries[0] == ("1911", None, "The club joins the county league")
    assert len(entries) == 5


# --- a Markdown rule between sections is reported as one ------------------------------------


@pytest.mark.parametrize("rule", ["---", "***", "- - -"])
def test_a_markdown_rule_is_reported_as_a_rule_not_a_bullet(rule: str) -> None:
    text = (
        "## Founding (1890-1900)\n\n**3 May 1890** - The society is founded\n\n"
        f"**1895** - The first journal appears\n\n{rule}\n\n## Growth (1900-1920)\n\n"
        "**1902** - A library opens\n\n**12 Jan 1911** - The society moves to London\n"
    )
    split = split_entries(text)
    assert len(split.entries) == 4
    assert (rule, "a rule between sections") in [(s.text, s.reason) for s in split.layout]


def test_a_lone_bullet_is_still_a_bullet_with_no_text() -> None:
    text = "1890: The society is founded\n•\n1895: A journal appears\n1902: A library opens\n"
    assert ("•", "a bullet with no text") in [
        (s.text, s.reason) for s in split_entries(text).layout
    ]


# --- more years after the date read, then the separator: reported, never the text ------------


@pytest.mark.parametrize("written", ["1997 – 1998 2007:", "1990 1991:", "2001 - 2003, 2005:"])
def test_years_left_before_the_separator_are_reported_not_made_text(written: str) -> None:
    text = (  # a scandal's timeline: dates alone with a colon, the text on the next line
        "March 3, 1995:\nThe first complaint is filed.\n\n"
        f"{written}\n[Dates unknown] Two officers are questioned.\n\n"
        "June 9, 2009:\nThe inquiry opens.\n\n"
        "May 2, 2010:\nThe report is published.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1995-03-03", "2009-06-09", "2010-05-02"]
    assert any(s.text.startswith(written) for s in split.unplaced)


def test_a_year_in_the_text_after_its_separator_stays_text() -> None:
    text = (
        "March 3, 1995: 1996 budget proposed.\n"
        "June 9, 2009: The inquiry opens.\n"
        "May 2, 2010: 2011 election called: the date is set.\n"
    )
    entries = _read(text)
    assert entries[0] == ("1995-03-03", None, "1996 budget proposed.")
    assert entries[2] == ("2010-05-02", None, "2011 election called: the date is set.")


# --- an undated bullet under a bulleted year with its text: another event of that year --------


def test_an_undated_bullet_under_a_bulleted_year_entry_is_that_years() -> None:
    text = (  # a land dispute, one bulleted entry a line; one year holds two suits
        "- 1901: The family buys the farm.\n\n"
        "- 1923: A neighbour files suit over the boundary.\n\n"
        "- The parish files a second suit over the well.\n\n"
        "- 1931: The court rules for the family.\n\n"
        "- Mar 1935: The neighbour appeals.\n\n"
        "- Jun 1936: The appeal fails.\n"
    )
    assert _read(text)[1:3] == [
        ("1923", None, "A neighbour files suit over the boundary."),
        ("1923", None, "The parish files a second suit over the well."),
    ]


def test_an_undated_bullet_under_an_unfinished_year_entry_is_reported() -> None:
    text = (  # the year's text ends no sentence: the bullet below is not its second event
        "- 1901: The family buys the farm.\n\n"
        "- 1923: A neighbour files suit over\n\n"
        "- The parish files a second suit over the well.\n\n"
        "- 1931: The court rules for the family.\n\n"
        "- 1935: The neighbour appeals.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1901", "1923", "1931", "1935"]
    assert "- The parish files a second suit over the well." in [s.text for s in split.unplaced]


# --- a year alone, a table's column names on their lines, then its days ----------------------


def test_a_year_over_column_names_and_yearless_days_is_their_heading() -> None:
    text = (  # a museum's year of exhibitions: the year, the table's two column names, days
        "2019\n\nDate\n\nExhibition\n\n"
        "4 March\n\nMaps of the harbour\n\nOld charts of the bay are shown.\n\n"
        "18 June\n\nShips in bottles\n\nA collector lends his models.\n\n"
        "2 October\n\nThe lighthouse keepers\n\nLetters and logbooks from the coast.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["2019-03-04", "2019-06-18", "2019-10-02"]
    assert ("2019", "heading") in [(s.text, s.reason) for s in split.layout]
    assert "Date" not in " ".join(" ".join(e.parts) for e in split.entries)


def test_a_year_over_a_sentence_stays_a_year_entry() -> None:
    text = (  # the year's own text, a sentence: the year is an entry
        "2019\n\nThe museum reopens after repairs.\n\n"
        "2020\n\nClosed for the pandemic.\n\n"
        "2021\n\nVisitors return.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["2019", "2020", "2021"]


# --- a paper's own date under its title, above year headings and their days ----------------


def test_a_papers_date_above_year_headings_and_their_days_is_no_entry() -> None:
    text = (  # a council's report: its date, a byline and an introduction, then the years
        "The harbour bridge: a chronology\n\n12 March 2021\n\nPDF version [1200KB]\n\n"
        "Research Section\n\nIntroduction\n\nThis chronology follows the bridge's building.\n\n"
        "2018\n\n2 April\n\nWork begins\n\nPiles are driven into the river bed.\n\n"
        "14 November\n\nDeck laid\n\nThe last section of the deck is laid.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["2018-04-02", "2018-11-14"]
    reasons = {s.text: s.reason for s in split.layout}
    assert reasons["12 March 2021"].startswith("dateline")
    assert "PDF version [1200KB]" in [s.text for s in (*split.before, *split.unplaced)]


def test_a_first_day_among_days_with_their_years_stays_an_entry() -> None:
    text = (  # every day writes its year: the first is an entry like the others
        "12 March 2015\n\nThe bridge is proposed.\n\n"
        "2017\n\n9 May 2017\n\nThe council approves the design.\n\n"
        "2 April 2018\n\nPiles are driven into the river bed.\n"
    )
    assert _read(text)[0] == ("2015-03-12", None, "The bridge is proposed.")


def test_a_labelled_undated_bullet_under_a_bulleted_year_is_reported() -> None:
    text = (  # a label where the others write their date: no event of the year above
        "- *1901*: The family buys the farm.\n"
        "- *1923*: A neighbour files suit over the boundary.\n"
        "- *1931*: The court rules for the family.\n"
        "- *Still open*: The well's ownership is unsettled.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1901", "1923", "1931"]
    assert any("Still open" in s.text for s in split.unplaced)
