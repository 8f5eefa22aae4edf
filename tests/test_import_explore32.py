"""Issue 22, explore32: real chronologies from outside the US (a council's history, a guide's
and an encyclopedia's Canadian timelines, Singapore's history as a professor's list and as a
flattened table, Irish and Indian newspapers, a CSV of British history) tried as a new user
would; their faults read as general rules, each tested here on texts of other subjects and
wordings, with what each rule must not read."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries

_read = read_entries


def _reasons(text: str) -> dict[str, str]:
    """Each line left out, with the reason given for it."""
    split = split_entries(text)
    return {item.text: item.reason for item in (*split.unplaced, *split.layout, *split.before)}


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
        "1990: Events of the day\n"
        "1991: Date set for the referendum\n"
        "1992: The vote is held.\n"
    )
    entries = _read(text)
    assert ("1990", None, "Events of the day") in entries
    assert ("1991", None, "Date set for the referendum") in entries
