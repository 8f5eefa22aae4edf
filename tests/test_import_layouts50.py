"""Issue 22, layouts50: leftovers of the importer as general rules, each tested on examples of
its own (not the corpus texts): an item under a year that opens with its day
after an opening word and writes that year again ("1905" / "Am 3. März 1905 …") is an entry of
that day (the corpus README's forty-first-round rule); with what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries, reasons

# --- an item opening with its day that writes the year above again ------------------------

BOOKSHOP = """\
1902
Die Stadt baut eine neue Brücke über den Fluss.
1905
Am 3. März 1905 eröffnen zwei Schwestern eine Buchhandlung am Markt.
1909
Der Bahnhof wird erweitert.
"""


def test_a_day_after_an_opening_word_with_the_year_above_again_dates_the_item() -> None:
    assert [date for date, _, _ in read_entries(BOOKSHOP)] == ["1902", "1905-03-03", "1909"]
    assert read_entries(BOOKSHOP)[1][2].startswith("Am 3. März 1905 eröffnen")  # (words kept)


HARBOUR = """\
1931  The harbour board is formed and the first
      wharf is built at the river mouth.

1934  On 12 June 1934 the new lighthouse was lit for the first
      time, its keeper appointed by the board.

      The fishing fleet moved to the new basin, where a
      market hall was built for it.

1938  The railway reaches the harbour.
"""


def test_the_next_paragraph_in_the_text_column_stays_the_years() -> None:
    # (the year in the margin is the cell's: the item's day is the first paragraph's only)
    assert [date for date, _, _ in read_entries(HARBOUR)] == ["1931", "1934-06-12", "1934", "1938"]


def test_a_day_of_another_year_leaves_the_item_the_years() -> None:
    text = BOOKSHOP.replace("3. März 1905", "3. März 1906")
    assert [date for date, _, _ in read_entries(text)] == ["1902", "1905", "1909"]


# --- a day or month right after the item's year: the rest of its date ----------------------

MILESTONES = """\
* 1998: Opened the first plant in the valley
* 1999: March 4, the company listed its shares in Frankfurt
* 1999: Bought a rival's foundry
* 2000: 12 May, the second plant opened near the port
* 2000: October, became the region's largest employer
* 2001: Moved its headquarters
"""


def test_a_day_after_a_years_colon_and_before_a_comma_dates_the_item() -> None:
    assert read_entries(MILESTONES) == [
        ("1998", None, "Opened the first plant in the valley"),
        ("1999-03-04", None, "the company listed its shares in Frankfurt"),
        ("1999", None, "Bought a rival's foundry"),
        ("2000-05-12", None, "the second plant opened near the port"),
        ("2000-10", None, "became the region's largest employer"),
        ("2001", None, "Moved its headquarters"),
    ]


def test_a_day_named_by_a_years_title_stays_the_years() -> None:
    # ("2001: September 11 attacks …": a lower-case word after the day, a title that names it)
    text = (
        "2000: The fund opens.\n2001: September 11 attacks change the markets.\n2002: Recovery.\n"
    )
    assert [date for date, _, _ in read_entries(text)] == ["2000", "2001", "2002"]


# --- "soon after" a three-digit year among dotted years --------------------------------------

ABBEY = """\
812. Opat Ruthard založil klášter.
826. Klášter dostal první listinu.
838. Vláda opata Gerharda.
Brzy po r. 850 shořel kostel i knihovna.
861. Kostel znovu vysvěcen.
Až do r. 870 spravovali klášter laici: Odo, Berthold, … Wido.
874. Opat Hugo přinesl ostatky.
889. Klášter obehnán zdí.
"""


def test_soon_after_a_year_between_the_documents_years_is_that_years_item() -> None:
    found = read_entries(ABBEY)
    assert ("0850", None, "Brzy po r. 850 shořel kostel i knihovna.") in found


def test_until_a_year_is_no_item_of_that_year() -> None:
    # (a period's end, its start not named: reported, never an entry of 870, nor text of 861's)
    assert [date for date, _, _ in read_entries(ABBEY)] == [
        "0812",
        "0826",
        "0838",
        "0850",
        "0861",
        "0874",
        "0889",
    ]
    assert any(piece.startswith("Až do r. 870") for piece in left_out(ABBEY))


# --- a year glued to a code after a date: reported with its own reason ---------------------


def test_a_year_glued_to_a_code_is_reported_as_glued_not_as_missing() -> None:
    text = "3 March 2019ABC123 widget\n4 March 2019ABC124 gadget\n5 March 2019ABC125 sprocket\n"
    assert read_entries(text) == []
    reason = reasons(text)["3 March 2019ABC123 widget"]
    assert "glued" in reason and "2019ABC123" in reason and "no year" not in reason
