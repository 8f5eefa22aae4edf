"""Issue 22, layouts44: the importer's known faults left by session 15, as general rules tested
on chronologies of other subjects and wordings: days without a year under a post's own date
whose items write their month with another year ("13 Mei … Mei 1998" under a post of 2020);
a line naming a whole day of its own under a list's last entry ("Printed 2003-05-01."); a text
whose only line ends are U+2028/U+2029; a year glued to its dash ("1541-Chiautla …") among
"YEAR - text" entries; a PDF's year with no date above the next year's stacked dates; an item
under a year that opens with a day of another year (noted, never silent); `range "1964 - 1
December"` as the importer reads it (that day); years with a minus sign ("-8000") reported as
before the Common Era; a later day item under a year alone ("3 June A new …"); with what each
must not read."""

from __future__ import annotations

from datetime import date

import pytest

from ktimeline.dates import parse_date_argument
from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries, reasons

# --- a post's own day above days whose items name their month with its year ---------------


STRIKE_POST = """\
Selasa, 4 Maret 2014

History notes for class 9

The miners' strike

5 March    The first pits stop work in Yorkshire.

12 March   The March 1984 strike spreads to Nottinghamshire.

14 March   Pickets meet at the gates of the largest pit.
"""


def test_items_naming_their_month_with_a_year_are_of_that_year_not_the_posts() -> None:
    assert [date for date, _, _ in read_entries(STRIKE_POST)] == [
        "1984-03-05",
        "1984-03-12",
        "1984-03-14",
    ]
    pattern = split_entries(STRIKE_POST).pattern
    assert pattern is not None
    assert "the entries' own text" in pattern.describe()


FLOOD_POST = """\
Posted on 16 February 2015

Un repaso

La gran riada

1 de febrero: El dique se rompe cerca del puerto.
2 de febrero: El agua de la riada de febrero de 1962 llega a la ciudad.
3 de febrero: El ejército ayuda a los vecinos.
"""


def test_a_spanish_post_and_its_items_of_another_february() -> None:
    assert [date for date, _, _ in read_entries(FLOOD_POST)] == [
        "1962-02-01",
        "1962-02-02",
        "1962-02-03",
    ]


OTHER_MONTH_POST = """\
Posted on Tuesday, 4 March 2014

Our club's spring

1 March    The season opens with a match against the May 1984 champions.

2 March    The first training camp of the year.
"""


def test_a_year_written_with_another_month_is_no_year_of_the_items() -> None:
    # "May 1984" names another month than the item's (March): the post's year stays
    assert [date for date, _, _ in read_entries(OTHER_MONTH_POST)] == [
        "2014-03-01",
        "2014-03-02",
    ]


LATER_YEAR_POST = """\
Posted on Tuesday, 4 March 2014

Plans of the council

1 March    The March 2016 vote is announced.

2 March    The first draft is read.
"""


def test_a_later_year_than_the_posts_is_no_year_of_the_items() -> None:
    assert [date for date, _, _ in read_entries(LATER_YEAR_POST)] == [
        "2014-03-01",
        "2014-03-02",
    ]


TWO_YEARS_POST = """\
Posted on Tuesday, 4 March 2014

Two springs

1 March    The March 1984 strike begins.

2 March    The March 1985 return to work is recalled.
"""


def test_items_naming_two_years_of_their_month_keep_the_posts_year() -> None:
    assert [date for date, _, _ in read_entries(TWO_YEARS_POST)] == [
        "2014-03-01",
        "2014-03-02",
    ]


# --- a line naming a whole day of its own under a list's last entry --------------------------


TRIAL_LOG = """\
Trial log

12 March 2011: The jury is sworn in.
13 March 2011: The first witness is heard.
14 March 2011: The defence opens its case.
Printed 2011-04-02.
"""


def test_a_printed_stamp_under_the_last_entry_is_no_event_of_its_day() -> None:
    assert read_entries(TRIAL_LOG) == [
        ("2011-03-12", None, "The jury is sworn in."),
        ("2011-03-13", None, "The first witness is heard."),
        ("2011-03-14", None, "The defence opens its case."),
    ]
    assert "Printed 2011-04-02." in left_out(TRIAL_LOG)


SHIP_LOG = """\
Deck log

98 SEP 02 The ship leaves the dry dock.
98 SEP 05 The engines are tested at sea.
98 SEP 09 The crew returns to the port.
Dernière mise à jour le 3 octobre 2004.
"""


def test_a_french_update_line_under_a_stamp_log_is_no_event() -> None:
    found = read_entries(SHIP_LOG)
    assert [date for date, _, _ in found] == ["1998-09-02", "1998-09-05", "1998-09-09"]
    assert all("2004" not in text for _, _, text in found)


SAME_DAY = """\
Match day

3 June 2019: The gates open at noon.
4 June 2019: The final is played.
The captain lifts the cup to the cheers of 60,000.
5 June 2019: The team returns home.
"""


def test_a_second_event_with_no_day_of_its_own_stays_an_event() -> None:
    # (the guard: the README's second event of the day above, a number in it)
    assert read_entries(SAME_DAY) == [
        ("2019-06-03", None, "The gates open at noon."),
        ("2019-06-04", None, "The final is played."),
        ("2019-06-04", None, "The captain lifts the cup to the cheers of 60,000."),
        ("2019-06-05", None, "The team returns home."),
    ]


# --- a text whose only line ends are Unicode's line or paragraph separators ----------------


def test_a_text_of_line_separators_reads_one_entry_a_line() -> None:
    text = "Club history\u20281990: The club is founded.\u20281991: The first match is played."
    text += "\u20281992: The ground is bought.\u2028"
    assert read_entries(text) == [
        ("1990", None, "The club is founded."),
        ("1991", None, "The first match is played."),
        ("1992", None, "The ground is bought."),
    ]


def test_a_text_of_paragraph_separators_reads_one_entry_a_paragraph() -> None:
    text = "3 May 2001: Les travaux commencent.\u20294 May 2001: Le pont est fermé."
    text += "\u20295 May 2001: Le pont rouvre."
    assert [date for date, _, _ in read_entries(text)] == [
        "2001-05-03",
        "2001-05-04",
        "2001-05-05",
    ]


def test_a_line_separator_inside_a_text_of_lines_keeps_the_editors_lines() -> None:
    # (the guard: with LF line ends, a U+2028 is a break inside a line, not a line's end)
    from ktimeline.importing.entries import split_lines

    text = "1990: The club is founded.\u2028Its first members meet.\n1991: A match.\n"
    assert split_lines(text) == [
        "1990: The club is founded.\u2028Its first members meet.",
        "1991: A match.",
    ]


# --- a year glued to its dash among "YEAR - text" entries ---------------------------------


MILL = """\
History of the mill

1850 - The mill is built on the river.
1872 - A second wheel is added.
1901-The mill burns down.
1903 - The new mill opens.
1950 – Steam replaces the wheels.
"""


def test_a_year_glued_to_its_dash_and_a_capital_is_an_entry_of_a_dashed_list() -> None:
    assert [(date, text[:12]) for date, _, text in read_entries(MILL)] == [
        ("1850", "The mill is "),
        ("1872", "A second whe"),
        ("1901", "The mill bur"),
        ("1903", "The new mill"),
        ("1950", "Steam replac"),
    ]


COLON_MILL = """\
History of the mill

1850: The mill is built on the river.
1872: A second wheel is added.
1901-Present owners keep the old wheel.
1903: The new mill opens.
"""


def test_a_year_glued_to_a_dash_in_a_list_of_colons_is_no_entry() -> None:
    # (the guard: the document's entries are years with a colon, not a dash)
    assert [date for date, _, _ in read_entries(COLON_MILL)] == ["1850", "1872", "1903"]


# --- a PDF's columns: a year with no date of its own above the next year's dates ------------


CLUB_COLUMNS = """\
Club chronicle
1929
The club is founded by twelve miners
1930
1931
12-14 Apr.
A financial crisis hits the club
The stadium is sold to the city
1932
5 May
October
The new coach arrives
The cup is won
1933
A quiet season
"""


def test_a_year_above_the_next_years_stacked_dates_takes_the_first_text() -> None:
    assert read_entries(CLUB_COLUMNS) == [
        ("1929", None, "The club is founded by twelve miners"),
        ("1930", None, "A financial crisis hits the club"),
        ("1931-04-12", "1931-04-14", "The stadium is sold to the city"),
        ("1932-05-05", None, "The new coach arrives"),
        ("1932-10", None, "The cup is won"),
        ("1933", None, "A quiet season"),
    ]


CLUB_YEARS = """\
Club chronicle
1929
The club is founded by twelve miners
1930
1931
A financial crisis hits the club
1932
The cup is won
"""


def test_a_year_with_no_text_above_a_year_with_its_text_stays_empty() -> None:
    # (the guard: no dates stacked under the next year, so no column to read across)
    assert [date for date, _, _ in read_entries(CLUB_YEARS)] == ["1929", "1931", "1932"]


# --- an item under a year that opens with a date of another year ---------------------------


def _notes(text: str) -> dict[str, str | None]:
    return {
        e.date + " " + " ".join(e.text.split()[:2]): e.note for e in split_entries(text).entries
    }


LEASE = """\
Chronik des Hafens

1990
Die Hafengesellschaft wird gegründet.

1991
Ab dem 4.1.1995 gilt der Pachtvertrag.

1992
Am 3.5.1992 öffnet das neue Terminal.

1993
Der Kran wird ersetzt.
"""


def test_an_item_opening_with_a_day_of_another_year_keeps_its_year_with_a_note() -> None:
    notes = _notes(LEASE)
    assert "4.1.1995" in str(notes["1991 Ab dem"])
    assert "another year" not in str(notes["1992 Am 3.5.1992"])  # (its own year)
    assert notes["1990 Die Hafengesellschaft"] is None


MUSEUM = """\
Museum history

1988: Dès le 3 mars 1990, la collection est ouverte au public.
1989: In 1931, the first wing had been built by the city.
1990: The 1994 plan for a new wing is drawn up.
1991: 1989-1993 are the years of the great restoration.
"""


def test_openings_of_other_years_in_french_and_english_are_noted_not_names() -> None:
    notes = {key[:4]: note for key, note in _notes(MUSEUM).items()}
    assert "3 mars 1990" in str(notes["1988"])
    assert "1931" in str(notes["1989"])
    assert notes["1990"] is None  # ("The 1994 plan": a year naming a thing)
    assert notes["1991"] is None  # (a span holding the entry's year)


# --- `range` reads "YEAR - day month" as the importer does: that day ----------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("1964 - 1 December", date(1964, 12, 1)),
        ("1805 – December 2", date(1805, 12, 2)),
        ("1871 — 18. Januar", date(1871, 1, 18)),
        ("2003 - 7 mai", date(2003, 5, 7)),
    ],
)
def test_range_reads_a_year_its_dash_and_a_day_as_that_day(written: str, day: date) -> None:
    span = parse_date_argument(written, "date")
    assert (span.start, span.end) == (day, day)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("1914 - 11 November 1918", date(1914, 1, 1), date(1918, 11, 11)),  # (its own year)
        ("1964 to 3 May", date(1964, 1, 1), date(1964, 5, 3)),  # (a word: a span)
        ("1990 - 1995", date(1990, 1, 1), date(1995, 12, 31)),
    ],
)
def test_range_keeps_the_spans_of_a_year_to_a_whole_day(
    written: str, start: date, end: date
) -> None:
    span = parse_date_argument(written, "date")
    assert (span.start, span.end) == (start, end)


def test_the_importer_and_range_read_a_year_dash_day_alike() -> None:
    text = "1963 - 5 May, the union is founded.\n1964 - 1 December, the strike begins.\n"
    text += "1965 - 2 March, the strike ends.\n"
    found = read_entries(text)
    assert found[1][0] == parse_date_argument("1964 - 1 December", "date").start.isoformat()


# --- years written with a minus sign: reported as years before the Common Era ---------------


PREHISTORY = """\
History of the valley

-12000
Hunters follow the reindeer into the valley.

-300000 - ca -8000
The Old Stone Age.

- 10.000 (ca)
The ice sheet melts.

1200
The abbey is founded.

1300
The town wall is built.

1400
The harbour silts up.
"""


def test_years_with_a_minus_sign_are_reported_as_before_the_common_era() -> None:
    found = reasons(PREHISTORY)
    for written in ("-12000", "-300000 - ca -8000", "- 10.000 (ca)"):
        assert "minus sign (before the Common Era)" in found[written]
    assert [date for date, _, _ in read_entries(PREHISTORY)] == ["1200", "1300", "1400"]


PAMPHLET = """\
The harbour, a short history

1200
The abbey is founded.
- 12 -
1300
The town wall is built.
-45-
1400
The harbour silts up.
"""


def test_a_framed_page_number_is_no_year_before_the_common_era() -> None:
    found = reasons(PAMPHLET)
    assert found["- 12 -"] == "page number"
    assert found["-45-"] == "page number"


# --- a later item under a year alone that opens with its own day and month ------------------


HARBOUR = """\
Harbour chronicle

1911
The new quay is begun.

1912
4 March The first crane is set up.
9 July A storm floods the warehouses.

1913
The quay is finished.
"""


def test_a_later_day_item_under_a_year_is_an_entry_of_its_own_day() -> None:
    assert [(date, text[:9]) for date, _, text in read_entries(HARBOUR)] == [
        ("1911", "The new q"),
        ("1912-03-04", "4 March T"),
        ("1912-07-09", "9 July A "),
        ("1913", "The quay "),
    ]


CLUB_IT = """\
Storia del club

1920
Il club nasce in un bar del porto.

1921
3 maggio Il club gioca la prima partita.

9 luglio Il club vince il primo torneo.

1922
Il club cambia stadio.
"""


def test_an_italian_later_day_item_after_a_blank_line_is_its_days_entry() -> None:
    assert [date for date, _, _ in read_entries(CLUB_IT)][:3] == [
        "1920",
        "1921-05-03",
        "1921-07-09",
    ]


UNDER_A_DAY = """\
Log of the expedition

12 May 1953: The team reaches the base camp.
13 May 1953: The porters return to the valley.
14 May 1953: The first camp is set up.
3 June A storm stops the climb.
"""


def test_a_day_item_under_an_entry_of_a_whole_day_is_no_day_of_a_year_above() -> None:
    # (the guard: the rule is for a year alone above, not for a list of whole days)
    assert "1953-06-03" not in [date for date, _, _ in read_entries(UNDER_A_DAY)]


# --- "YEAR day month Word," among bare years: the day names a place --------------------------


SQUARES = """\
1987 The student union is founded.
1988 The union prints its first paper.
1989 4 June Square, a vigil is held for the dead.
1990 The paper is banned.
"""


def test_a_day_naming_a_place_is_no_date_of_a_bare_year_list() -> None:
    found = read_entries(SQUARES)
    assert "1989-06-04" not in [date for date, _, _ in found]
    assert all(not text.startswith("Square,") for _, _, text in found)
    assert "1989 4 June Square, a vigil is held for the dead." in left_out(SQUARES)


DAYS_AMONG_YEARS = """\
1987 The student union is founded.
1988 The union prints its first paper.
1989 4 June The army clears the square.
1990 The paper is banned.
"""


def test_a_day_with_its_sentence_among_bare_years_is_still_that_day() -> None:
    # (the guard: a capital and no comma after the month, the day's entry)
    assert ("1989-06-04", None, "The army clears the square.") in read_entries(DAYS_AMONG_YEARS)
