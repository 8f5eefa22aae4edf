"""Issue 22, seventh round: layouts the held-out-5 blind run showed unread, each as a general
rule with a synthetic case (no text of the real corpus is copied here): month and weekday
names of other European languages in the one date grammar ("25. Juni 1950", "15 mars 1950",
"25 de junio de 1950"), month entries run together on one line, a day of the year over year
lines, bulleted items opening with their year, numbered titles ending with their year, a
match's live page of minutes, a recap of hours under day headings, three-digit year spans,
wordy day forms, and a page's date line with its first entry run on."""

from __future__ import annotations

import pytest

from ktimeline import dates as grammar
from ktimeline.errors import UsageError
from ktimeline.importing.entries import split_entries
from tests.import_split import dates

# --- month names of other European languages: one grammar for `range` and `import` ----------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("25. Juni 1950", "1950-06-25", "1950-06-25"),
        ("Dezember 1948", "1948-12-01", "1948-12-31"),
        ("12. März 1947", "1947-03-12", "1947-03-12"),
        ("3. Okt. 1990", "1990-10-03", "1990-10-03"),
        ("15 mars 1950", "1950-03-15", "1950-03-15"),
        ("1er janvier 1950", "1950-01-01", "1950-01-01"),
        ("14 juillet 1789", "1789-07-14", "1789-07-14"),
        ("juillet 1950", "1950-07-01", "1950-07-31"),
        ("25 de junio de 1950", "1950-06-25", "1950-06-25"),
        ("diciembre de 1948", "1948-12-01", "1948-12-31"),
        ("25 giugno 1950", "1950-06-25", "1950-06-25"),
        ("25 de junho de 1950", "1950-06-25", "1950-06-25"),
        ("março de 1950", "1950-03-01", "1950-03-31"),
        ("25 mei 1950", "1950-05-25", "1950-05-25"),
        ("1 outubro 1949", "1949-10-01", "1949-10-01"),
    ],
)
def test_a_german_french_or_spanish_date_is_read_as_an_argument(
    written: str, start: str, end: str
) -> None:
    span = grammar.parse_date_argument(written, "date")
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    "written", ["Mars 2020", "Mayo 1950", "Julio 1950", "Avril 2019", "Marco 1271", "Mei 2019"]
)
def test_a_foreign_month_that_is_an_english_word_needs_a_day_before_it(written: str) -> None:
    """ "Mars 2020" is a mission, "Mayo" a clinic, "Julio" and "Avril" names: such a word is
    a month only after a day ("15 mars 1950")."""
    assert grammar.find_date(written) is None or grammar.find_date(written).group() == written[-4:]  # type: ignore[union-attr]


def test_a_numbered_list_before_an_english_date_is_no_german_day() -> None:
    """ "1. May 5, 2020: text" is item 1, dated May 5 — not "1. May" (German day first)."""
    found = grammar.find_date("1. May 5, 2020: text")
    assert found is None or "5, 2020" in found.group()
    assert dates("1. May 5, 2020: A.\n2. June 7, 2020: B.\n3. July 9, 2020: C.\n") == [
        ("2020-05-05", None, "A."),
        ("2020-06-07", None, "B."),
        ("2020-07-09", None, "C."),
    ]


def test_a_german_chronology_is_read_with_its_year_flowing_down() -> None:
    text = (
        "Chronik\n"
        "15. August 1945: Die Kolonialzeit endet.\n"
        "24. August: Truppen besetzen den Norden.\n"
        "8. Februar 1948: Gründung der Armee.\n"
        "3. April: Ein Aufstand wird niedergeschlagen.\n"
        "12. Dezember: Ein Verbot.\n"
    )
    assert dates(text) == [
        ("1945-08-15", None, "Die Kolonialzeit endet."),
        ("1945-08-24", None, "Truppen besetzen den Norden."),
        ("1948-02-08", None, "Gründung der Armee."),
        ("1948-04-03", None, "Ein Aufstand wird niedergeschlagen."),
        ("1948-12-12", None, "Ein Verbot."),
    ]


def test_french_and_spanish_chronologies_are_read() -> None:
    french = "1er janvier 1950 : Le traité entre en vigueur.\n14 juillet : Une fête.\n"
    french += "2 août : Une crise.\n"
    assert dates(french) == [
        ("1950-01-01", None, "Le traité entre en vigueur."),
        ("1950-07-14", None, "Une fête."),
        ("1950-08-02", None, "Une crise."),
    ]
    spanish = "25 de junio de 1950: Comienza la guerra.\n27 de julio de 1953: Armisticio.\n"
    spanish += "15 de agosto de 1948: Se funda la república.\n"
    assert [d for d, _, _ in dates(spanish)] == ["1950-06-25", "1953-07-27", "1948-08-15"]


def test_a_range_argument_reads_a_german_month() -> None:
    low, high = grammar.parse_date_argument("Juni 1950", "from"), None
    assert low.start.isoformat() == "1950-06-01" and high is None
    with pytest.raises(UsageError):
        grammar.parse_date_argument("Junio", "date")  # a month alone is no argument


# --- two month entries run together on one line ---------------------------------------------


def test_two_month_entries_on_one_line_are_two_entries() -> None:
    text = (
        "March 1946: Industry is nationalised.\n"
        "May 1947: Talks fail.\n"
        "December 1948: Troops leave the north. June 1949: Troops leave the south.\n"
        "August 1949: A test.\n"
    )
    assert dates(text) == [
        ("1946-03", None, "Industry is nationalised."),
        ("1947-05", None, "Talks fail."),
        ("1948-12", None, "Troops leave the north."),
        ("1949-06", None, "Troops leave the south."),
        ("1949-08", None, "A test."),
    ]


def test_a_month_with_a_colon_mid_sentence_in_prose_starts_nothing() -> None:
    """Only a document of "date: text" lines (three or more) reads a month mid-line."""
    text = "December 1948: Troops leave. June 1949: troops leave too.\n"
    assert [d for d, _, _ in dates(text)] == ["1948-12"]


# --- a day of the year, then the years it fell in ("On this day") --------------------------


def test_a_day_heading_dates_the_years_below_it() -> None:
    text = (
        "This week in history\n"
        "MARCH 3\n"
        "2001 A bridge opens.\n"
        "- Bridges of the world – Example.org\n"
        "1988 A treaty is signed.\n"
        "1951 A ship is launched.\n"
        "4 March\n"
        "1999 – A festival begins.\n"
        "1975 – A dam bursts.\n"
        "1960 – A station closes.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2001-03-03", "A bridge opens."),
        ("1988-03-03", "A treaty is signed."),
        ("1951-03-03", "A ship is launched."),
        ("1999-03-04", "A festival begins."),
        ("1975-03-04", "A dam bursts."),
        ("1960-03-04", "A station closes."),
    ]
    assert {s.text for s in split.layout} >= {"MARCH 3", "4 March"}
    assert any(s.text.startswith("- Bridges") for s in split.unplaced)  # never an entry


def test_a_day_heading_over_fewer_than_three_years_changes_nothing() -> None:
    """Two year lines under "March 3" may be a year's own items: no day is given them."""
    text = "March 3\n2001 A bridge opens.\n1988 A treaty is signed.\n"
    assert all(len(d) == 4 for d, _, _ in dates(text))


def test_a_february_29_heading_keeps_a_common_year_as_a_year() -> None:
    text = "February 29\n2000 – A leap day.\n1999 – No such day.\n1996 – A third.\n"
    assert [d for d, _, _ in dates(text)] == ["2000-02-29", "1999", "1996-02-29"]


# --- bulleted items that open with "In 1973," "By 2007," "During the 1980s," ---------------


def test_bulleted_items_opening_with_their_year_are_entries() -> None:
    text = (
        "History of the company\n"
        "  • The company was founded in 1962 by the state.\n"
        "  • In 1971 and 1972, routes to Europe were opened.\n"
        "  • In 1973, the first jet joined the fleet.\n"
        "  • Two years later, a second base opened.\n"
        "  • During the 1980s, the network grew.\n"
        "  • In April, 1994, it celebrated its 25th anniversary.\n"
        "  • By 2007 the company had 17,000 employees.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.end_date, e.text[:12]) for e in split.entries] == [
        ("1971", "1972", "In 1971 and "),
        ("1973", None, "In 1973, the"),
        ("1980", "1989", "During the 1"),
        ("1994-04", None, "In April, 19"),
        ("2007", None, "By 2007 the "),
    ]
    # the undated items are reported, never joined to the entry above
    unplaced = {s.text for s in split.unplaced}
    assert "• Two years later, a second base opened." in unplaced


def test_two_items_opening_with_a_year_are_not_enough() -> None:
    """A list with only two such items is not read so: "In 1990, …" may be a remark."""
    text = "  • In 1973, the first jet joined.\n  • In 1990, a system was built.\n"
    assert dates(text) == []


def test_an_unbulleted_paragraph_opening_with_in_and_a_year_is_no_entry() -> None:
    text = (
        "In 1973, the first jet joined the fleet.\n"
        "In 1980, new routes were added.\n"
        "In 1990, a reservation system was built.\n"
    )
    assert dates(text) == []


def test_two_years_joined_by_and_are_a_span_in_range() -> None:
    span = grammar.parse_date_argument("1971 and 1972", "date")
    assert (span.start.isoformat(), span.end.isoformat()) == ("1971-01-01", "1972-12-31")


# --- numbered titles with their year after a comma ------------------------------------------


def test_numbered_titles_ending_with_their_year_are_entries() -> None:
    text = (
        "Five oldest clubs in order of foundation\n"
        "\n"
        "1.Northfield, 1879\n"
        "\n"
        "The club started as a church team and turned professional in 1898.\n"
        "\n"
        "Two. Southgate Rovers, 1881\n"
        "\n"
        "Formed by schoolboys; it moved grounds in 1930.\n"
        "\n"
        "3) Eastwick, 1885 (now Eastwick United)\n"
        "\n"
        "Founded by factory workers.\n"
    )
    assert [(d, t[:14]) for d, _, t in dates(text)] == [
        ("1879", "Northfield The"),
        ("1881", "Southgate Rove"),
        ("1885", "Eastwick (now "),
    ]


def test_two_numbered_titles_with_years_are_no_such_list() -> None:
    text = "1. Paris, 1879\n2. London, 1881\n"
    assert dates(text) == []


# --- a match's live page: minutes as stamps ---------------------------------------------------


MATCH_PAGE = (
    " date 2021-05-29\n"
    "Full-time: Rovers 1 United 2\n"
    "\n"
    "United win the cup.\n"
    "\n"
    "90+3 mins\n"
    "\n"
    "Stoppage time is running out.\n"
    "\n"
    "86 mins\n"
    "\n"
    "GOAL – United lead\n"
    "\n"
    "A striker celebrates his goal (Jane Doe/PA)\n"
    "\n"
    "12'\n"
    "\n"
    "A shot goes wide.\n"
)


def test_a_live_page_of_a_match_reads_each_minute_as_an_update() -> None:
    split = split_entries(MATCH_PAGE)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2021-05-29", "Full-time: Rovers 1 United 2 United win the cup."),
        ("2021-05-29", "90+3 mins Stoppage time is running out."),
        ("2021-05-29", "86 mins GOAL – United lead"),
        ("2021-05-29", "12' A shot goes wide."),
    ]
    # the photo's caption, with its photographer and agency, is reported, never the text
    assert any("(Jane Doe/PA)" in s.text for s in split.layout)


def test_minutes_without_the_pages_day_date_nothing() -> None:
    text = MATCH_PAGE.replace(" date 2021-05-29\n", "")
    assert dates(text) == []


def test_a_place_pair_in_brackets_is_no_photo_credit() -> None:
    text = "June 1, 2019: Talks open (Seoul/US).\nJune 2, 2019: Talks close.\n"
    assert [t for _, _, t in dates(text)] == ["Talks open (Seoul/US).", "Talks close."]


# --- a recap of hours under day headings, on a page dated after them --------------------------


RECAP = (
    " date 2024-12-14 A recap of the week.\n"
    "\n"
    "- December 3 -\n"
    "\n"
    "At 10:23 pm the president declares martial law.\n"
    "\n"
    "- December 4 -\n"
    "\n"
    "12:27 am\n"
    "\n"
    "Lawmakers rush to parliament.\n"
    "\n"
    "1:03 am\n"
    "\n"
    "Lawmakers vote to lift it.\n"
    "\n"
    "4:29 am\n"
    "\n"
    "The president lifts martial law.\n"
)


def test_hours_under_day_headings_keep_their_time_and_take_the_headings_day() -> None:
    split = split_entries(RECAP)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2024-12-03", "At 10:23 pm the president declares martial law."),
        ("2024-12-04", "12:27 am Lawmakers rush to parliament."),
        ("2024-12-04", "1:03 am Lawmakers vote to lift it."),
        ("2024-12-04", "4:29 am The president lifts martial law."),
    ]
    assert split.pattern is not None
    assert "each time kept" in split.pattern.describe()


def test_newest_first_updates_under_one_heading_stay_a_live_page() -> None:
    """Times running newest first are a live page's posts: the stamp is left out."""
    text = RECAP.replace("12:27 am", "TMP").replace("4:29 am", "12:27 am").replace("TMP", "4:29 am")
    texts = [t for _, _, t in dates(text)]
    assert "Lawmakers rush to parliament." in texts  # (the stamp is not in the text)


# --- three-digit years: spans and hundreds, where the document writes such years ------------


def test_three_digit_spans_and_hundreds_in_a_list_of_such_years() -> None:
    text = (
        "AD 372 – Buddhism arrives.\n"
        "400-500 – A kingdom grows.\n"
        "668 – The peninsula is unified.\n"
        "Mid 700s – Texts are printed.\n"
        "751 – A temple is begun.\n"
        "918 – A new kingdom is founded.\n"
        "1392 – A dynasty begins.\n"
        "1592 – An invasion.\n"
        "1910 – Annexation.\n"
    )
    assert [(d, e) for d, e, _ in dates(text)][:6] == [
        ("0372", None),
        ("0400", "0500"),
        ("0668", None),
        ("0700", "0799"),
        ("0751", None),
        ("0918", None),
    ]


def test_a_three_digit_span_alone_is_no_year() -> None:
    """Where the document writes no three-digit years so, "400-500 – text" is reported."""
    text = "June 1, 2019: A.\n400-500 – Numbers.\nJune 2, 2019: B.\nJune 3, 2019: C.\n"
    assert [d for d, _, _ in dates(text)] == ["2019-06-01", "2019-06-02", "2019-06-03"]


# --- more written forms of a day: "January the 3rd of 1946", "2, September, 2016" -------------


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("January the 3rd of 1946", "1946-01-03"),
        ("March 3 of 1946", "1946-03-03"),
        ("2, September, 2016", "2016-09-02"),
    ],
)
def test_wordy_day_forms_are_read_as_arguments(written: str, day: str) -> None:
    span = grammar.parse_date_argument(written, "date")
    assert span.start.isoformat() == span.end.isoformat() == day


def test_a_number_and_a_month_after_a_comma_need_the_year() -> None:
    """ "items 1, 2, September …": a comma between day and month only with the year."""
    assert grammar.find_date("2, September") is None


def test_wordy_days_alone_on_their_lines_start_entries() -> None:
    text = (
        "19 August, 2016\n\nSales begin.\n\n"
        "25 August, 2016\n\nA first fire.\n\n"
        "2, September, 2016\n\nA recall.\n"
    )
    assert dates(text) == [
        ("2016-08-19", None, "Sales begin."),
        ("2016-08-25", None, "A first fire."),
        ("2016-09-02", None, "A recall."),
    ]


def test_on_before_a_whole_date_and_its_dash_in_a_list_of_such_lines() -> None:
    text = (
        "January the 3rd of 1946 - A party declares its support.\n"
        "January 4, 1946 - A leader is arrested.\n"
        "On 8 February 1946 - A committee is formed.\n"
        "March 20, 1946 - A commission meets.\n"
    )
    assert dates(text) == [
        ("1946-01-03", None, "A party declares its support."),
        ("1946-01-04", None, "A leader is arrested."),
        ("1946-02-08", None, "A committee is formed."),
        ("1946-03-20", None, "A commission meets."),
    ]


def test_on_a_date_in_prose_starts_nothing() -> None:
    text = "On 8 February 1946 - as the papers said - a committee was formed.\n"
    assert dates(text) == []


# --- a page's date line with its first entry run on after it ----------------------------------


def test_the_first_entry_after_a_pages_date_on_its_line_is_read() -> None:
    text = (
        " date 2022-08-13 1947 The first tour abroad.\n\n"
        "1948 Radio covers the games.\n\n1949 A near win.\n\n1950 A new status.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries][:2] == [
        ("1947", "The first tour abroad."),
        ("1948", "Radio covers the games."),
    ]
    assert any(s.text == "date 2022-08-13" for s in split.unplaced + split.layout)


def test_a_pages_date_line_with_a_title_after_it_is_unchanged() -> None:
    text = " date 2022-08-13 Seventy years of cricket\n\n1948: Radio.\n1949: A win.\n"
    assert [d for d, _, _ in dates(text)] == ["1948", "1949"]


# --- a month and year run into the item's text -----------------------------------------------


def test_a_month_year_run_into_its_text_among_month_year_items() -> None:
    text = (
        "  • March 1981: Launched in Britain.\n"
        "  • January 1982: Sales pass 300,000.\n"
        "  • July 1982Licensed Version launched in the US.\n"
        "  • February 1982: Production rises.\n"
    )
    assert dates(text)[2] == ("1982-07", None, "Licensed Version launched in the US.")


def test_one_month_year_run_into_a_word_alone_is_left_as_written() -> None:
    text = "  • July 1982Licensed Version launched.\n  • Other news.\n"
    assert all("Licensed" not in t for _, _, t in dates(text))


@pytest.mark.parametrize("line", ["1. Oct. 5, 2019: Talks.", "2. May 5, 2019: Talks."])
def test_a_numbered_item_before_a_month_first_date_with_its_dot(line: str) -> None:
    found = grammar.find_date(line)
    assert found is None or found.group()[0] != line[0]


@pytest.mark.parametrize("heading", ["On this day: July 20", "Today in history – 20 July"])
def test_a_labelled_day_heading_dates_the_years_below_it(heading: str) -> None:
    text = (
        f"{heading}\n"
        "1969: A landing on the Moon.\n"
        "1944: A plot fails.\n"
        "1960: A prime minister takes office.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1969-07-20", "1944-07-20", "1960-07-20"]


@pytest.mark.parametrize(
    "lines",
    [
        ("Montag, 25. Juni 1950", "Dienstag, 27. Juni 1950", "Mittwoch, 28. Juni 1950"),
        ("lundi 25 juin 1950", "mardi 27 juin 1950", "mercredi 28 juin 1950"),
        (
            "domingo 25 de junio de 1950",
            "martes 27 de junio de 1950",
            "miércoles 28 de junio de 1950",
        ),
    ],
)
def test_a_foreign_weekday_before_a_date_alone_on_its_line(lines: tuple[str, ...]) -> None:
    text = "".join(f"{line}\nText {n}.\n" for n, line in enumerate(lines))
    assert dates(text) == [
        ("1950-06-25", None, "Text 0."),
        ("1950-06-27", None, "Text 1."),
        ("1950-06-28", None, "Text 2."),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        (
            "El 25 de junio de 1950, empieza.",
            "El 10 de julio de 1951, sigue.",
            "El 27 de julio de 1953, acaba.",
        ),
        ("Le 25 juin 1950, début.", "Le 10 juillet 1951, suite.", "Le 27 juillet 1953, fin."),
        (
            "Am 25. Juni 1950 beginnt er.",
            "Am 10. Juli 1951 folgt es.",
            "Am 27. Juli 1953 endet er.",
        ),
    ],
)
def test_items_opening_with_on_and_a_date_in_other_languages(lines: tuple[str, ...]) -> None:
    """As "On June 25, 1950, …" items (at least three): the text keeps its opening words."""
    text = "".join(f"{line}\n" for line in lines)
    assert dates(text) == [
        ("1950-06-25", None, lines[0]),
        ("1951-07-10", None, lines[1]),
        ("1953-07-27", None, lines[2]),
    ]


def test_one_sentence_opening_with_am_and_a_date_is_no_entry() -> None:
    assert dates("Am 25. Juni 1950 beginnt der Krieg. Er dauert lange.\n") == []


def test_minutes_with_their_text_on_the_same_line() -> None:
    text = (
        " date 2021-05-29\n"
        "90+3' – The final whistle nears.\n"
        "86 min: GOAL for United.\n"
        "12' A shot goes wide.\n"
        "5 mins - A first corner.\n"
    )
    assert [t for _, _, t in dates(text)] == [
        "90+3' – The final whistle nears.",
        "86 min: GOAL for United.",
        "5 mins - A first corner.",
    ]


def test_the_ordinal_day_of_a_month_starts_entries() -> None:
    text = (
        "The 25th of June 1950: War.\nThe 10th of July 1951: Talks.\nThe 27th of July 1953: End.\n"
    )
    assert dates(text) == [
        ("1950-06-25", None, "War."),
        ("1951-07-10", None, "Talks."),
        ("1953-07-27", None, "End."),
    ]
