"""Issue 22, explore32: real chronologies from outside the US (a council's and a cricket club's
histories, a guide's and an encyclopedia's Canadian timelines, Singapore's history as a
professor's list and as a flattened table, Irish and Indian newspapers) tried as a new user
would; their faults read as general rules, each tested here on texts of other subjects and
wordings, with what each rule must not read."""

from __future__ import annotations

from datetime import date

import pytest

from ktimeline.dates import parse_date_argument
from ktimeline.importing.entries import split_entries
from ktimeline.model import DatePrecision
from tests.import_support import left_out, read_entries
from tests.import_support import reasons as _reasons

_read = read_entries


# --- a line opening with a date the importer does not read: never an event of the year above --


def test_a_from_year_line_under_a_year_list_is_not_dated_by_the_year_above() -> None:
    text = (  # a club's history: "From 1952 –" is its own date, not another event of 1949
        "1921 – The club is founded by railway workers.\n"
        "1934 – The first ground is bought.\n"
        "1949 – The club wins its first league title.\n"
        "From 1952 – The reserves play in the county league.\n"
        "1960 – Floodlights are installed.\n"
    )
    entries = _read(text)
    assert not [e for e in entries if e[2].startswith("From 1952")]
    assert "From 1952 – The reserves play in the county league." in left_out(text)
    assert ("1960", None, "Floodlights are installed.") in entries


def test_a_since_year_line_is_reported_not_run_into_the_year_above() -> None:
    text = (  # a river's history, "Since 1990:" with a colon
        "1850: The first bridge is built.\n"
        "1902: The weir is raised.\n"
        "1967: The river floods the town.\n"
        "Since 1990: Salmon return to the upper river.\n"
        "2007: A new flood wall opens.\n"
    )
    assert not [e for e in _read(text) if e[0] == "1967" and e[2].startswith("Since")]


def test_an_undated_sentence_under_a_year_row_is_still_another_event_of_that_year() -> None:
    text = (  # the guard's other side: no date opens the line, the README's rule holds
        "1921 – The club is founded by railway workers.\n"
        "1934 – The first ground is bought.\n"
        "The first stand is built the same summer.\n"
        "1949 – The club wins its first league title.\n"
    )
    assert ("1934", None, "The first stand is built the same summer.") in _read(text)


# --- a flattened table's column names: layout, never an entry's text ---------------------------


def test_column_names_under_a_century_heading_are_no_entry() -> None:
    text = (  # an encyclopedia's table per century, its header row repeated under each
        "Year Date Event\n"
        "1066 14 October Harold is killed at Hastings.\n"
        "\n"
        "12th century\n"
        "\n"
        "Year Date Event\n"
        "1170 29 December Thomas Becket is murdered.\n"
        "\n"
        "13th century\n"
        "\n"
        "Year Date Event Ref.\n"
        "1215 15 June King John seals Magna Carta. [3]\n"
    )
    entries = _read(text)
    assert not [e for e in entries if "Year Date Event" in e[2]]
    assert [e[0] for e in entries] == ["1066-10-14", "1170-12-29", "1215-06-15"]
    assert _reasons(text)["Year Date Event Ref."] == "a table's header row"


def test_a_month_heading_over_date_and_description_columns() -> None:
    text = (
        "March 2021\n"
        "Date Description\n"
        "March 3 The council approves the budget.\n"
        "March 17 The library reopens.\n"
        "March 29 Roadworks begin on the high street.\n"
    )
    entries = _read(text)
    assert [e[0] for e in entries] == ["2021-03-03", "2021-03-17", "2021-03-29"]
    assert "Date Description" in left_out(text)


def test_a_title_of_column_words_that_is_a_sentence_stays_text() -> None:
    text = (  # "Events of the day" names no columns: the entry's text
        "1990: Events of the day\n1991: Date set for the referendum\n1992: The vote is held.\n"
    )
    entries = _read(text)
    assert ("1990", None, "Events of the day") in entries
    assert ("1991", None, "Date set for the referendum") in entries


# --- a whole date and a comma, in a document whose entries have no separator ---------------------


def test_a_month_year_and_comma_opens_an_entry_among_bare_dates() -> None:
    text = (  # a mining town's history, one line "date Text" each; one line with a comma
        "1851 Gold is found in the creek.\n"
        "3 March 1852 The first bank opens.\n"
        "1854 A fire destroys the main street.\n"
        "June 1855, Miners strike for lower licence fees.\n"
        "1858 The railway arrives.\n"
    )
    assert _read(text) == [
        ("1851", None, "Gold is found in the creek."),
        ("1852-03-03", None, "The first bank opens."),
        ("1854", None, "A fire destroys the main street."),
        ("1855-06", None, "Miners strike for lower licence fees."),
        ("1858", None, "The railway arrives."),
    ]


def test_a_month_year_and_comma_in_lower_case_is_no_entry() -> None:
    text = (  # the guard: a lower-case word after the comma carries a sentence on
        "1851 Gold is found in the creek.\n"
        "1852 The first bank opens.\n"
        "1854 A fire destroys the main street.\n"
        "June 1855, miners strike for lower licence fees.\n"
        "1858 The railway arrives.\n"
    )
    assert "1855-06" not in [e[0] for e in _read(text)]


def test_a_date_and_comma_in_a_document_with_separators_is_no_entry() -> None:
    text = (  # the rule is for documents without separators: here the colon is the one
        "1851: Gold is found in the creek.\n"
        "1852: The first bank opens.\n"
        "1854: A fire destroys the main street.\n"
        "June 1855, Miners strike for lower licence fees.\n"
        "1858: The railway arrives.\n"
    )
    assert "1855-06" not in [e[0] for e in _read(text)]


# --- a flattened table's row with an empty date cell: another event of the date above -------------


def _cells(text: str) -> list[tuple[str, str | None, str]]:
    """The entries with a cell's closing pipe taken off their text (the events keep none)."""
    return [(date, end, words.rstrip(" |")) for date, end, words in _read(text)]


def _table(rows: list[tuple[str, str]]) -> str:
    """A two-column table as a web page's text copy gives it: the date cell on its line, the
    text cell on the next, "|" and "| |" lines between the rows; an empty date cell is "|"."""
    text = "|\nMUSEUM HISTORY |\n| |\n"
    for when, cell in rows:
        text += f"{when} |\n{cell}\n|\n| |\n" if when else f"|\n{cell}\n| |\n"
    return text


def test_a_row_with_an_empty_date_cell_after_the_row_boundary_is_another_event() -> None:
    text = _table(  # a museum's history (the page's lines long: no wrapped paragraph)
        [
            (
                "1865",
                "The colonial museum opened in a small wooden building behind the "
                "parliament buildings in Thorndon.",
            ),
            (
                "1907",
                "The museum was renamed the Dominion Museum after New Zealand became a "
                "dominion of the British Empire.",
            ),
            (
                "1936",
                "The new building in Buckle Street was formally opened by the "
                "Governor-General before a large crowd.",
            ),
            (
                "",
                "The National Art Gallery moved into the same building and shared its halls "
                "with the museum's collections. |",
            ),
            (
                "1998",
                "The museum moved to its new home on the waterfront and was renamed Te "
                "Papa Tongarewa by an act. |",
            ),
        ]
    )
    assert [(date, words[:24]) for date, _, words in _read(text)] == [
        ("1865", "The colonial museum open"),
        ("1907", "The museum was renamed t"),
        ("1936", "The new building in Buck"),
        ("1936", "The National Art Gallery"),
        ("1998", "The museum moved to its "),
    ]


def test_a_cell_that_carries_a_sentence_on_after_the_boundary_is_not_split() -> None:
    text = _table(  # the guard: the cell above did not end its sentence
        [
            (
                "1865",
                "The colonial museum opened in a small wooden building behind the "
                "parliament buildings in Thorndon.",
            ),
            (
                "1907",
                "The museum was renamed the Dominion Museum after New Zealand became a "
                "dominion of the British Empire.",
            ),
            ("1936", "The new building in Buckle Street was formally opened by the"),
            (
                "",
                "Governor-General Lord Galway before a crowd of some thousands of people "
                "on the hill. |",
            ),
            (
                "1998",
                "The museum moved to its new home on the waterfront and was renamed Te "
                "Papa Tongarewa by an act. |",
            ),
        ]
    )
    assert [date for date, _, _ in _read(text)] == ["1865", "1907", "1936", "1998"]


# --- an approximate year that writes its era, the Common Era -------------------------------------


def test_an_approximate_span_with_its_common_era_is_read_with_a_note() -> None:
    text = (  # a people's history whose other lines name years before the era
        "c. 3000 BC\n"
        "Farmers settle the river valley.\n"
        "c. 800 - 950 AD\n"
        "Norse traders found a market town.\n"
        "June 24, 1497\n"
        "A Venetian captain lands on the coast.\n"
        "May 2, 1670\n"
        "A trading company is chartered.\n"
        "July 13, 1713\n"
        "A treaty ends the war.\n"
    )
    split = split_entries(text)
    norse = next(e for e in split.entries if e.parts[0].startswith("Norse"))
    assert (norse.date, norse.end_date) == ("0800", "0950")
    assert norse.note is not None and "c. 800 - 950 AD" in norse.note
    assert not [e for e in split.entries if e.parts[0].startswith("Farmers")]


def test_an_approximate_year_with_ce_and_a_colon() -> None:
    text = (
        "ca. 600 CE: A monastery is founded on the island.\n"
        "1014: The battle is fought at the river mouth.\n"
        "1169: Norman knights land in the south.\n"
        "1541: The king takes a new title.\n"
    )
    assert _read(text)[0] == ("0600", None, "A monastery is founded on the island.")


def test_an_approximate_year_without_its_era_stays_refused_beside_years_before_it() -> None:
    text = (  # the guard: "c. 900" with no era, in a text that names years before the era
        "c. 3000 BC\n"
        "Farmers settle the river valley.\n"
        "c. 900\n"
        "Norse traders found a market town.\n"
        "June 24, 1497\n"
        "A Venetian captain lands on the coast.\n"
        "May 2, 1670\n"
        "A trading company is chartered.\n"
    )
    assert not [e for e in _read(text) if e[2].startswith("Norse")]


# --- a span of years before 1000 whose era follows its end (the one date grammar) ---------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("800-950 AD", 800, 950), ("43 - 410 CE", 43, 410), ("20-30 AD", 20, 30)],
)
def test_a_span_before_the_year_1000_with_its_era_after_the_end_is_a_range(
    text: str, first: int, last: int
) -> None:
    span = parse_date_argument(text, "START")
    assert (span.start, span.end) == (date(first, 1, 1), date(last, 12, 31))
    assert span.precision is DatePrecision.YEAR


def test_a_span_before_the_year_1000_opens_an_entry() -> None:
    text = (  # Roman Britain: the era written once, after the span's end
        "43 - 410 AD: Britain is a province of Rome.\n"
        "122 AD: Work begins on the wall.\n"
        "1066: The Normans land.\n"
        "1215: The barons meet the king.\n"
    )
    assert _read(text)[0] == ("0043", "0410", "Britain is a province of Rome.")


def test_a_span_of_numbers_without_an_era_is_no_date() -> None:
    text = (  # the guard: "12-15 players" is a count, not the years 12 to 15
        "1871: The union is founded.\n"
        "1895: The league splits from the union.\n"
        "1908: The first tour sails.\n"
        "12-15 players take part in each match.\n"
    )
    assert [e[0] for e in _read(text)] == ["1871", "1895", "1908"]


# --- a year's text that ends on a colon and opens a quotation: the year's entry -----------------


def test_a_years_text_ending_on_a_colon_before_a_quotation_is_its_entry() -> None:
    text = (  # a rowing club's history, each year alone over its text
        "1871\n"
        "The club is founded at a meeting in the boathouse.\n"
        "\n"
        "1880\n"
        "The first eight races at Henley.\n"
        "\n"
        "1902\n"
        "The captain retires after twenty seasons. The local paper wrote:\n"
        "“No oarsman did more for the river.”\n"
        "\n"
        "1925\n"
        "A new boathouse opens.\n"
    )
    entries = _read(text)
    assert [e[0] for e in entries] == ["1871", "1880", "1902", "1925"]
    assert entries[2][2].startswith("The captain retires after twenty seasons.")


def test_a_months_introduction_over_a_calendar_stays_no_entry() -> None:
    text = (  # the guard: an introduction ending on a colon, dated items below it
        "March 1962\n"
        "The following events occurred in March 1962:\n"
        "\n"
        "March 1, 1962 (Thursday)\n"
        "A new airport opens in the capital.\n"
        "March 2, 1962 (Friday)\n"
        "The army takes power.\n"
        "March 5, 1962 (Monday)\n"
        "A treaty is signed.\n"
    )
    entries = _read(text)
    assert not [e for e in entries if "following events" in e[2]]
    assert [e[0] for e in entries] == ["1962-03-01", "1962-03-02", "1962-03-05"]


# --- an unpunctuated last line directly under a year's text, a blank below it -------------------


def test_a_short_last_line_under_a_years_text_is_not_a_title_of_the_next_year() -> None:
    text = (  # a football club's history: years alone, long texts, a blank line between
        "1878\n"
        "The club is founded by the workers of the railway yard. The first match is played "
        "on the common in October against a school side, ending in a draw.\n"
        "\n"
        "1885\n"
        "A players' strike: five players refuse to play in the cup after a dispute over the "
        "wages paid to a visiting player, their colleague in another match.\n"
        "The goalkeeper never played again for the club\n"
        "\n"
        "1892\n"
        "The club wins all its league matches and its first, unofficial, championship.\n"
        "\n"
        "1901\n"
        "A new ground is opened.\n"
    )
    line = "The goalkeeper never played again for the club"
    assert line not in _reasons(text)
    assert ("1885", None, line) in _read(text)


def test_a_title_right_above_the_next_date_stays_a_title() -> None:
    text = (  # the guard: no blank line between the title and the date it heads
        "1868\n"
        "The theatre opens with a comedy.\n"
        "\n"
        "1874\n"
        "A fire closes the theatre for a season.\n"
        "\n"
        "The Electric Years\n"
        "1890\n"
        "Electric lighting is installed.\n"
        "\n"
        "1921\n"
        "The theatre becomes a cinema.\n"
    )
    assert "The Electric Years" not in " ".join(e[2] for e in _read(text))
