"""hostile23: session 21's importer rules attacked where they should not fire; each input written
for the test (never a page's words), each case failing on the start commit 98d804af unless
marked a guard.

- Label-and-colon link lines (39a5a7f9): "The union leader said: …" paragraphs under three
  entries were reported as links, the entries' own words taken from them.
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
