"""Issue 22, layouts47: the misses of the blind part held-out-27, as general rules tested on
chronologies of other subjects and wordings: a row of the year above that opens with its own
day; a date cut off at the end of a text; Markdown code fences and the undated lines of a
fenced block; a flattened table whose rows give a name, a wide gap, then a whole date; with
what each must not read."""

from __future__ import annotations

from ktimeline import dates
from ktimeline.importing.entries.furniture import CUT_DATE_REASON
from tests.import_support import left_out, read_entries, reasons

# --- a row of the year above that opens with its own day --------------------------------------


HARBOUR_ROWS = """\
1851 The first quay is built of timber.
1852 A customs house opens on the quay.
On 4 May the pier is extended by forty yards.
1853 The harbour master retires.
1854 A lighthouse is lit at the mouth of the river.
"""


def test_a_row_of_the_year_above_that_opens_with_its_day_is_that_days_entry() -> None:
    assert read_entries(HARBOUR_ROWS)[2] == (
        "1852-05-04",
        None,
        "On 4 May the pier is extended by forty yards.",
    )


def test_a_row_naming_its_day_later_stays_the_years() -> None:
    text = HARBOUR_ROWS.replace("On 4 May the pier is extended", "The pier is extended on 4 May")
    assert read_entries(text)[2][:2] == ("1852", None)


# --- Markdown code fences, and a fenced block with no dated line ------------------------------


RELEASES_MD = """\
# Our releases

```text
2019 : First beta
2020 : Version 1.0
     : Public API
2021 : Version 2.0
```

How to install:

```bash
pip install ourtool
ourtool --version
```
"""


def test_a_fenced_block_of_dated_lines_is_read_its_fences_reported() -> None:
    assert read_entries(RELEASES_MD) == [
        ("2019", None, "First beta"),
        ("2020", None, "Version 1.0"),
        ("2020", None, "Public API"),
        ("2021", None, "Version 2.0"),
    ]
    assert "```text" in left_out(RELEASES_MD) and "```bash" in left_out(RELEASES_MD)


def test_a_fenced_block_with_no_date_is_reported_never_joined_to_an_entry() -> None:
    found = read_entries(RELEASES_MD)
    assert all("pip install" not in text and "```" not in text for *_, text in found)
    assert {"pip install ourtool", "ourtool --version"} <= set(left_out(RELEASES_MD))


def test_a_line_opening_with_a_colon_outside_a_fence_is_no_entry_of_the_line_above() -> None:
    text = "2019 : First beta\n2020 : Version 1.0\n     : Public API\n2021 : Version 2.0\n"
    assert ("2020", None, "Public API") not in read_entries(text)


# --- a date cut short at the end of the text ---------------------------------------------------


BRIDGES = """\
Bridges of the county

March 3, 1881

The iron bridge

The iron bridge over the river opens to carts.

June 12, 1902

The toll is lifted

The county buys the bridge and lifts its toll.

April 30, 1927

A concrete span

The old bridge is replaced by a concrete span.

September 8, 19
"""


def test_a_date_cut_short_ending_the_text_is_reported_not_an_entry() -> None:
    found = read_entries(BRIDGES)
    assert [date for date, *_ in found] == ["1881-03-03", "1902-06-12", "1927-04-30"]
    assert "September 8, 19" in left_out(BRIDGES)


def test_a_short_date_ending_a_text_of_other_shapes_is_not_called_a_cut() -> None:
    text = "1 March 1881: The bridge opens.\n2 June 1902: The toll is lifted.\nMarch 5, 19\n"
    assert reasons(text).get("March 5, 19") != CUT_DATE_REASON
    assert reasons(BRIDGES)["September 8, 19"] == CUT_DATE_REASON


# --- a flattened table: a name, a wide gap, then a whole date ---------------------------------


LIGHTHOUSES = """\
The lighthouses of the coast, with the day each was first lit.

Lighthouse                      First lit

North Point Light            Aug 3, 1851

Gull Rock Light                 Nov 12, 1868

Harbour Entrance Light    Feb 1, 1874

Cape Stormy Light             Oct 20, 1890
"""


def test_rows_of_a_name_a_wide_gap_and_a_date_are_entries_of_their_dates() -> None:
    assert read_entries(LIGHTHOUSES) == [
        ("1851-08-03", None, "North Point Light"),
        ("1868-11-12", None, "Gull Rock Light"),
        ("1874-02-01", None, "Harbour Entrance Light"),
        ("1890-10-20", None, "Cape Stormy Light"),
    ]


def test_rows_with_a_tab_before_a_day_month_year_date_read_too() -> None:
    text = "Mine\tOpened\nDeep Pit\t4 March 1820\nNew Shaft\t19 June 1835\nWest Drift\t2 May 1841\n"
    assert [date for date, *_ in read_entries(text)] == ["1820-03-04", "1835-06-19", "1841-05-02"]


def test_a_wide_gap_before_a_date_in_a_list_of_dated_lines_is_not_this_table() -> None:
    text = (
        "1851: North Point Light is lit.  Aug 3, 1851\n"
        "1868: Gull Rock Light is lit.  Nov 12, 1868\n"
        "1874: Harbour Entrance Light is lit.  Feb 1, 1874\n"
    )
    assert [date for date, *_ in read_entries(text)] == ["1851", "1868", "1874"]


def test_two_such_rows_are_not_a_table() -> None:
    text = "Notes\n\nNorth Point Light            Aug 3, 1851\n\nGull Rock Light    Nov 12, 1868\n"
    assert read_entries(text)[:1] != [("1851-08-03", None, "North Point Light")]


# --- Greek months; a day or month in brackets ending a year's bulleted item --------------------


def test_greek_months_read_in_both_cases_with_or_without_accents() -> None:
    for written, month in (
        ("28 Αυγούστου 1922", 8),
        ("1 Μαΐου 1886", 5),
        ("30 ΟΚΤΩΒΡΙΟΥ 1930", 10),
        ("Ιούλιος 1923", 7),
        ("12 Σεπτεμβρίου 1922", 9),
    ):
        found = dates.find_date(written)
        assert found is not None and found.group() == written
        assert dates.month_number(written.split()[-2]) == month


def test_a_greek_date_resolves_in_a_range() -> None:
    assert dates.parse_date_argument("28 Αυγούστου 1922", "date").start_iso == "1922-08-28"
    assert dates.parse_date_argument("Ιούλιος 1923", "date").end_iso == "1923-07-31"


MUSEUM = """\
1887
• The museum is founded by the city council (14 March)
• A first gallery opens to the public (2 October)
• The founder's collection is catalogued

1891
• A fire destroys the east wing (July)
• The library is moved to the new hall

1895
• The new wing opens (21 June
"""


def test_a_day_or_month_in_brackets_ending_a_years_items_dates_them() -> None:
    assert read_entries(MUSEUM) == [
        ("1887-03-14", None, "The museum is founded by the city council (14 March)"),
        ("1887-10-02", None, "A first gallery opens to the public (2 October)"),
        ("1887", None, "The founder's collection is catalogued"),
        ("1891-07", None, "A fire destroys the east wing (July)"),
        ("1891", None, "The library is moved to the new hall"),
        ("1895-06-21", None, "The new wing opens (21 June"),
    ]


def test_one_such_bracket_among_plain_items_is_a_detail_of_the_text() -> None:
    text = MUSEUM.replace(" (2 October)", "").replace(" (July)", "").replace(" (21 June", "")
    assert read_entries(text)[0][:2] == ("1887", None)


def test_a_bracket_ending_a_later_sentence_leaves_the_year() -> None:
    text = MUSEUM.replace(
        "• The founder's collection is catalogued",
        "• The founder dies. His collection is catalogued (9 May)",
    )
    assert read_entries(text)[2][:2] == ("1887", None)


# --- "1961 (February 11 and 12)"; "195?", a year's unknown digit -------------------------------


def test_two_days_in_brackets_after_a_year_are_a_span() -> None:
    text = (
        "1970 (May 4 and 5): Students strike across the state.\n"
        "1970 (June 1): The campus reopens.\n"
        "1971 (March 3-4): A second strike closes the library.\n"
    )
    assert read_entries(text) == [
        ("1970-05-04", "1970-05-05", "Students strike across the state."),
        ("1970-06-01", None, "The campus reopens."),
        ("1971-03-03", "1971-03-04", "A second strike closes the library."),
    ]
    assert dates.parse_date_argument("1970 (May 4 and 5)", "date").end_iso == "1970-05-05"


def test_a_year_with_an_unknown_last_digit_is_its_decade() -> None:
    text = (
        "1948: The mill is sold to a cooperative.\n"
        "195?: A second loom shed is built (the records are lost).\n"
        "1961: The mill closes.\n"
    )
    assert read_entries(text)[1] == (
        "1950",
        "1959",
        "A second loom shed is built (the records are lost).",
    )
    span = dates.parse_date_argument("18??", "date")
    assert (span.start_iso, span.end_iso) == ("1800-01-01", "1899-12-31")


def test_a_question_after_a_whole_year_or_inside_a_sentence_is_no_unknown_digit() -> None:
    found = dates.find_date("1957?")
    assert found is not None and dates.date_shape(found) == "year"
    assert dates.find_date("Was the price 195? Nobody knows.") is None


# --- an approximate three-digit year with its era of our time, above the dotted years -----------


ENGLAND = """\
England before the Normans

Circa 450 AD settlers from across the sea land on the east coast.
597. Augustine lands in Kent.
664. The synod of Whitby meets.
Circa 700. The Lindisfarne Gospels are written.
793. Vikings raid Lindisfarne.
871. Alfred becomes king of Wessex.
"""


def test_an_approximate_year_with_its_era_above_dotted_years_is_an_entry() -> None:
    found = read_entries(ENGLAND)
    assert found[0] == ("0450", None, "settlers from across the sea land on the east coast.")
    assert [date for date, *_ in found] == ["0450", "0597", "0664", "0700", "0793", "0871"]


def test_without_its_era_it_stays_out_above_the_first_dotted_year() -> None:
    text = ENGLAND.replace("Circa 450 AD settlers", "Circa 450 settlers")
    assert read_entries(text)[0][0] == "0597"


# --- an approximate year among lines that open with whole days ----------------------------------


RAILWAYS = """\
27th September 1825 – Stockton and Darlington Railway: first public steam railway
15th September 1830 – Liverpool and Manchester Railway: first inter-city line
c. 1840 – Great Western Railway: first standard railway time
10th January 1863 – Metropolitan Railway: first underground line
4th August 1883 – Volk's Electric Railway: first public electric line
"""


def test_an_approximate_year_between_whole_days_is_an_entry_of_that_year() -> None:
    found = read_entries(RAILWAYS)
    assert found[2][:2] == ("1840", None)
    assert len(found) == 5


def test_an_approximate_year_after_the_last_whole_day_stays_refused() -> None:
    text = RAILWAYS.replace("c. 1840 – Great Western", "c. 1890 – Great Western")
    assert [date[:4] for date, *_ in read_entries(text)] == ["1825", "1830", "1863", "1883"]
