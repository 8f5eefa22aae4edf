"""Issue 22, eighteenth round: the rules held-out-13's misses asked for (years glued to their
text, an era glued to it, an accented capital after a year, a page's source kept as text),
each on short chronologies written for the test, in several variants of the layout."""

from __future__ import annotations

import pytest

from ktimeline.dates import find_date, parse_date_argument
from ktimeline.errors import UsageError
from ktimeline.importing.entries import split_entries
from tests.import_split import dates as _read


@pytest.mark.parametrize("bullet", ["", "• ", "  "])
def test_decades_and_one_letter_words_glued_to_years(bullet: str) -> None:
    # (a table's year cell run into its text cell: wikimili, held-out-13)
    text = (
        "Timeline of the town\n\n"
        f"{bullet}1450sSeveral hundred people live in a village.\n"
        f"{bullet}1720A trading post is built.\n"
        f"{bullet}1787The land purchase occurs.\n"
        f"{bullet}1791The lands are surveyed.\n"
    )
    assert _read(text) == [
        ("1450", "1459", "Several hundred people live in a village."),
        ("1720", None, "A trading post is built."),
        ("1787", None, "The land purchase occurs."),
        ("1791", None, "The lands are surveyed."),
    ]


@pytest.mark.parametrize("era", ["CE", "AD"])
def test_a_common_era_glued_to_the_text_is_no_part_of_it(era: str) -> None:
    # (a date cell, an era cell and the text run together: historymole, held-out-13)
    text = (
        "Exploration of Space\n\n"
        f"    1918  {era}Goddard demonstrates rockets.\n"
        f"    1942  {era}Launch of the first rocket.\n"
        f"    1946  {era}US rocket reaches 183 km.\n"
        f"  4 Oct 1957  {era}The USSR launches Sputnik 1.\n"
    )
    assert _read(text) == [
        ("1918", None, "Goddard demonstrates rockets."),
        ("1942", None, "Launch of the first rocket."),
        ("1946", None, "US rocket reaches 183 km."),
        ("1957-10-04", None, "The USSR launches Sputnik 1."),
    ]


def test_one_year_before_capitals_is_no_glued_era() -> None:
    # (one line is no layout: "CEOs" stays the text's word)
    text = "Notes\n\n1990 CEOs meet in Davos.\n1991 Markets fall.\n1992 Markets rise.\n"
    assert _read(text)[0] == ("1990", None, "CEOs meet in Davos.")


@pytest.mark.parametrize("name", ["Étienne Brûlé arrives.", "Émile Zola writes.", "Ørsted sails."])
def test_an_accented_capital_opens_a_year_s_text(name: str) -> None:
    # (wikimili, held-out-13: "1615 Étienne Brûlé …" was read as the text of "17th century")
    text = (
        "Timeline\n\n17th century\n"
        f"1615 {name}\n"
        "1650 A village exists.\n18th century\n1720 A post is built.\n1750 A fort is built.\n"
    )
    assert _read(text)[0] == ("1615", None, name)


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("<p><em>- {year} -</em></p>.", '<p class="body"><strong>{day}:</strong> {text}</p>.'),
        ("<h3>{year}</h3>", "<li><b>{day}</b> – {text}</li>"),
        ("{year}<br/>", "{day}: {text}<br>"),
    ],
)
def test_a_page_source_kept_as_text_is_read_as_its_page(heading: str, day: str) -> None:
    # (a page's HTML copied as text, all on one line: deccanherald, held-out-13)
    events = [
        (2015, "September 18", "The agency accuses the maker."),
        (2015, "September 22", "The maker admits it."),
        (2016, "April 22", "The maker announces a loss."),
        (2016, "June 28", "The maker agrees to pay."),
    ]
    parts = ["<p>As the maker faces the courts, a look back.</p>"]
    for position, (year, when, text) in enumerate(events):
        if position == 0 or events[position - 1][0] != year:
            parts.append(heading.format(year=year))
        parts.append(day.format(day=when, text=text))
    months = {"September": 9, "April": 4, "June": 6}
    assert _read("".join(parts)) == [
        (f"{year}-{months[when.split()[0]]:02d}-{int(when.split()[1]):02d}", None, text)
        for year, when, text in events
    ]


def test_a_chronology_quoting_one_tag_is_text() -> None:
    text = (
        "Timeline\n\n1993 – The <br> tag is used on the first pages.\n"
        "1995 – A browser appears.\n1996 – Another one.\n"
    )
    assert _read(text)[0] == ("1993", None, "The <br> tag is used on the first pages.")


@pytest.mark.parametrize("stamp", ["date 2023-10-21 ", "2023-10-21 ", "Posted: 2023-10-21, "])
@pytest.mark.parametrize("day", ["Oct. 22", "October 22", "22 October"])
def test_a_this_day_page_stamped_with_its_own_date(stamp: str, day: str) -> None:
    # (yna, held-out-13: " date 2023-10-21 Oct. 22" over "1950 -- …" lines; the page's date,
    # a day before the day it is about, is no entry's)
    text = (
        f"{stamp}{day}\n\n"
        "1950 -- Forces advance to the north.\n\n"
        "1996 -- The country joins the organisation.\n\n"
        "2002 -- A court decides to extradite a man.\n"
    )
    assert [(date, end) for date, end, _ in _read(text)] == [
        ("1950-10-22", None),
        ("1996-10-22", None),
        ("2002-10-22", None),
    ]


def test_a_page_source_s_entries_keep_the_source_s_line_numbers() -> None:
    # (the lines an editor shows: `import --check` and the warnings name them)
    text = (
        "<p>A look back.</p>\n"
        "<h3>2015</h3><p>September 18: The agency accuses.</p><p>September 22: It admits.</p>\n"
        "<h3>2016</h3>\n<p>April 22: A loss.</p>\n"
    )
    split = split_entries(text)
    assert [(e.date, e.line) for e in split.entries] == [
        ("2015-09-18", 2),
        ("2015-09-22", 2),
        ("2016-04-22", 4),
    ]
    assert all(s.line <= 4 for s in (*split.unplaced, *split.layout, *split.before))


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_decade_written_with_an_apostrophe(apostrophe: str) -> None:
    # (liveabout, held-out-13: "1820's and 1830's: …", "1840's: …" among "1843: …" lines)
    text = (
        "Rugby\n\n"
        f"1820{apostrophe}s and 1830{apostrophe}s: a version of rugby is created\n\n"
        "1843: the first club is formed\n\n"
        f"1840{apostrophe}s: clubs are formed abroad\n\n"
        "1851: a ball is displayed\n"
    )
    assert [(date, end) for date, end, _ in _read(text)] == [
        ("1820", "1839"),
        ("1843", None),
        ("1840", "1849"),
        ("1851", None),
    ]
    found = find_date(f"1960{apostrophe}s: the club grew.")
    assert found is not None and found.group().strip() == f"1960{apostrophe}s"
    read = parse_date_argument(f"1840{apostrophe}s", "START")  # (`ktimeline range`)
    assert (read.start_iso, read.end_iso) == ("1840-01-01", "1849-12-31")


def test_a_year_s_possessive_is_no_decade() -> None:
    # (an apostrophe's "s" is a decade only after a 0: "2019's" is the year's possessive)
    found = find_date("2019's budget was cut.")
    assert found is not None and found.group().strip() == "2019"


@pytest.mark.parametrize("heading", ["## 1940's", "## 1940s", "## The forties"])
def test_a_span_of_years_among_bare_years_is_an_entry(heading: str) -> None:
    # (mandober, held-out-9: "- 1943-1945 first …" among "- 1945 Merge sort …" lines, under a
    # decade's heading, was that heading's text once "1940's" read as a decade)
    text = (
        f"{heading}\n"
        "- 1943-1945 first high-level concept: a language\n"
        "- 1945 Merge sort invented\n"
        "- 1946 Short Code written\n"
        "- 1947 Assembly language written\n"
    )
    assert [(date, end) for date, end, _ in _read(text)] == [
        ("1943", "1945"),
        ("1945", None),
        ("1946", None),
        ("1947", None),
    ]


def test_a_century_s_name_with_a_title_over_its_years_is_a_heading() -> None:
    # (liveabout, held-out-13: "19th Century: beginnings" over "1820's and 1830's: …")
    text = (
        "Rugby History\n\n19th Century: beginnings\n\n"
        "1820's and 1830's: a version of rugby is created\n\n"
        "1843: the first club is formed\n\n1845: rules are written\n\n1851: a ball is shown\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1820", "1843", "1845", "1851"]
    assert any(s.text == "19th Century: beginnings" for s in split.layout)


def test_a_span_of_years_with_a_title_first_stays_an_entry() -> None:
    # (no introduction below it and no century: "1950–1953: The war" is an event)
    text = (
        "Chronology\n\n1950–1953: The Korean War is fought\n\n"
        "1950: the war begins\n\n1951: talks open\n\n1952: talks stall\n\n1953: an armistice\n"
    )
    assert _read(text)[0][:2] == ("1950", "1953")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("آذار (مارس) 2014", "2014-03"),  # (a Syriac name glossed by the Gregorian one)
        ("أيار 2014", "2014-05"),
        ("ديسمبر 2014", "2014-12"),
        ("تشرين الأول 2014", "2014-10"),
        ("أوائل 2013", "2013"),  # (early 2013)
        ("صيف 2014", "2014"),  # (summer 2014)
    ],
)
def test_arabic_months_and_qualifiers(written: str, read: str) -> None:
    # (snyar, held-out-13: "آذار (مارس) 2014: تقدم …" lines)
    text = f"أوائل 2012: الحدث الأول.\n{written}: الحدث الثاني.\nسبتمبر 2015: الحدث الثالث.\n"
    assert [d for d, _, _ in _read(text)] == ["2012", read, "2015-09"]


def test_arabic_months_in_range() -> None:
    read = parse_date_argument("آذار 2014", "START")
    assert (read.start_iso, read.end_iso) == ("2014-03-01", "2014-03-31")
    read = parse_date_argument("ديسمبر 2014", "START")
    assert (read.start_iso, read.end_iso) == ("2014-12-01", "2014-12-31")


@pytest.mark.parametrize("day", ["August 26", "Aug. 26", "26 August"])
def test_a_day_row_under_a_year_row_is_a_day_of_that_year(day: str) -> None:
    # (wikimili, held-out-13: a table's year cell spanning two rows, "1793 Fort York …" /
    # "August 26 York is incorporated …")
    text = (
        "Timeline of the town\n\n"
        "1792 A surveyor is sent.\n"
        "1793 The fort is established.\n"
        f"{day} The town is incorporated.\n"
        "1795 A township is named.\n"
    )
    assert [(date, t) for date, _, t in _read(text)] == [
        ("1792", "A surveyor is sent."),
        ("1793", "The fort is established."),
        ("1793-08-26", "The town is incorporated."),
        ("1795", "A township is named."),
    ]


def test_a_decade_to_a_later_year() -> None:
    # (wikimili, held-out-13: "1650s–1700 Teiaiagon village exists …"; it was 1650–1659)
    text = (
        "Timeline\n\n1615 A scout arrives.\n1650s–1700 A village exists.\n1720 A post is built.\n"
    )
    assert _read(text)[1][:2] == ("1650", "1700")
    read = parse_date_argument("1650s–1700", "START")
    assert (read.start_iso, read.end_iso) == ("1650-01-01", "1700-12-31")


@pytest.mark.parametrize("written", ["24–5 April 1914", "April 24-5, 1914"])
def test_a_day_span_s_end_written_with_its_last_digit(written: str) -> None:
    # (read-online-books, held-out-13: "24–5 April" / "The UVF lands …", as "1924-7" for years)
    read = parse_date_argument(written, "START")
    assert (read.start_iso, read.end_iso) == ("1914-04-24", "1914-04-25")
    with pytest.raises(UsageError):  # (29–3 April: no day after the 29th ends in 3)
        parse_date_argument("29–3 April 1914", "START")


def test_century_headings_are_said_in_the_plural() -> None:
    # (`import --check` said "headings: centurys" for wikimili's "17th century" lines)
    text = (
        "Timeline\n\n17th century\n1615 A scout arrives.\n1650 A village exists.\n"
        "18th century\n1720 A post is built.\n1750 A fort is built.\n1759 It is destroyed.\n"
    )
    pattern = split_entries(text).pattern
    assert pattern is not None and "headings: centuries" in pattern.describe()


def test_month_day_headings_are_said_in_the_plural() -> None:
    text = (
        "This week\n\nOctober 12\n\n1950 A first event.\n\n1960 A second event.\n\n"
        "1970 A third event.\n\nOctober 13\n\n1951 A fourth event.\n\n1961 A fifth event."
        "\n\n1971 A sixth event.\n"
    )
    pattern = split_entries(text).pattern
    assert pattern is not None and "headings: month-days" in pattern.describe()
