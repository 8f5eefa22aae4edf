"""hostile23: session 21's importer rules attacked where they should not fire; each input written
for the test (never a page's words), each case failing on the start commit 98d804af unless
marked a guard.

- Label-and-colon link lines (39a5a7f9): "The union leader said: …" paragraphs under three
  entries were reported as links, the entries' own words taken from them.
- A page stamp on the first entry's day gives the entries its year (7df74c73): an anniversary's
  page stamped 06/06/19 whose introduction writes "On 6 June 1944 the Allies landed …" above
  "6 June : the landings" read every entry in 2019.
- An item under a day heading opening with a later year (6d4201a7): "-In 2000 homes the power
  fails." under "JUNE 4, 1979:" took the year 2000, and the dashed item below it too, above
  "JUNE 5, 1979:".
- A year glued to a sentence's end (d508cd36): "… rose to 2.1931" (a decimal) was read as the
  heading 1931 of the yearless days below.
"""

from __future__ import annotations

from tests.import_support import left_out, read_entries

# --- link lines: a label that names a page, not a sentence's words before a quotation ---------

QUOTED_UNDER_ENTRIES = (
    "1913\n"
    "\n"
    "26 Aug: Tram workers walk off the job\n"
    "\n"
    "The union leader said: we will not go back.\n"
    "\n"
    "31 Aug: Police charge a crowd\n"
    "\n"
    "The police chief said: order was kept.\n"
    "\n"
    "2 Sept: Two houses collapse\n"
    "\n"
    "The city engineer said: more may fall.\n"
    "\n"
    "22 Sept: Food ships arrive.\n"
)


def test_sentences_quoting_under_entries_are_no_link_lines() -> None:
    assert left_out(QUOTED_UNDER_ENTRIES) == ["1913"]
    entries = read_entries(QUOTED_UNDER_ENTRIES)
    assert entries[1] == (
        "1913-08-31",
        None,
        "Police charge a crowd The police chief said: order was kept.",
    )


def test_labels_that_name_pages_are_still_link_lines() -> None:  # (guard: 39a5a7f9's rule)
    text = QUOTED_UNDER_ENTRIES.replace("The union leader said", "From Museum of the City")
    text = text.replace("The police chief said", "From The Workers' Paper")
    text = text.replace("The city engineer said", "From Housing History")
    assert "From Housing History: more may fall." in left_out(text)
    assert read_entries(text)[1] == ("1913-08-31", None, "Police charge a crowd")


# --- a year glued to a sentence's end: after a word, never after a figure's digits ------------


def test_a_decimal_ending_a_line_is_no_year_heading() -> None:
    text = (
        "1928\n"
        "The club is founded.\n"
        "\n"
        "1929\n"
        "The first match is played.\n"
        "\n"
        "1930\n"
        "Oktober\n"
        "The average gate rose to 2.1931\n"
        "\n"
        "12 January\n"
        "The stand burns.\n"
    )
    entries = read_entries(text)
    assert all(not date.startswith("1931") for date, _, _ in entries)
    assert ("1930-10", None, "The average gate rose to 2.1931") in entries


# --- a page's stamp on the first entry's day: not where the text writes that day in another year


ANNIVERSARY = (
    "The landings at 75: the timeline\n"
    "\n"
    "CITY NEWS | 06/06/19 09:30\n"
    "\n"
    "On 6 June 1944 the Allies landed in France.\n"
    "\n"
    "6 June : the landings\n"
    "\n"
    "Troops land on five beaches.\n"
    "\n"
    "12 June : the beaches joined\n"
    "\n"
    "25 August : the capital freed\n"
)


def test_an_anniversary_page_stamped_on_its_first_day_keeps_the_year_its_text_writes() -> None:
    assert [date for date, _, _ in read_entries(ANNIVERSARY)] == [
        "1944-06-06",
        "1944-06-12",
        "1944-08-25",
    ]


def test_a_stamp_whose_year_the_text_writes_for_that_day_still_dates() -> None:  # (guard)
    text = ANNIVERSARY.replace(
        "On 6 June 1944 the Allies landed in France.", "On 6 June 2019 the fair opens."
    )
    assert read_entries(text)[0][0] == "2019-06-06"


# --- an item opening with a later year under a day: never past the next day heading ----------

COUNT_UNDER_A_DAY = (
    "JUNE 4, 1979:\n"
    "-Soldiers take the radio station.\n"
    "-In 2000 homes the power fails.\n"
    "-The curfew begins.\n"
    "\n"
    "JUNE 5, 1979:\n"
    "-Talks open.\n"
)


def test_a_count_opening_an_item_under_a_day_is_no_later_year() -> None:
    assert [date for date, _, _ in read_entries(COUNT_UNDER_A_DAY)] == [
        "1979-06-04",
        "1979-06-04",
        "1979-06-04",
        "1979-06-05",
    ]


def test_a_later_year_before_a_later_heading_still_dates_its_item() -> None:  # (guard: 6d4201a7)
    text = COUNT_UNDER_A_DAY.replace("In 2000 homes", "In 1980 the").replace(
        "JUNE 5, 1979", "MAY 2, 1981"
    )
    assert [date for date, _, _ in read_entries(text)] == [
        "1979-06-04",
        "1980",
        "1980",
        "1981-05-02",
    ]
