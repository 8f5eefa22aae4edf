"""Issue 22, twenty-sixth round: faults the lead found trying real chronology pages as a user
(notes/lead-explore-s10.md), as general rules, each on short chronologies written for the test
in other subjects, wordings and languages (never the pages' own words), and what each rule
must not read."""

from __future__ import annotations

from datetime import date

from ktimeline.importing.entries import split_entries
from tests.import_split import dates as _texts
from tests.import_support import left_out, read_entries

_read = read_entries


# --- a title, then its date alone on the next line: the text ABOVE its date -----------------


def test_titles_above_their_dates_take_those_dates() -> None:
    text = (  # a company's history, dates in several forms, blank lines between
        "Company founded in a garage\n\n"
        "March 3, 1976\n\n"
        "First product shipped\n\n"
        "June 1977\n\n"
        "Listed on the stock exchange\n\n"
        "12 December 1980\n\n"
        "Headquarters moved to Cupertino\n\n"
        "1993\n"
    )
    assert _read(text) == [
        ("1976-03-03", None, "Company founded in a garage"),
        ("1977-06", None, "First product shipped"),
        ("1980-12-12", None, "Listed on the stock exchange"),
        ("1993", None, "Headquarters moved to Cupertino"),
    ]
    # every date's line is listed, read with its title's line: nothing lost silently
    assert "12 December 1980" in left_out(text)
    pattern = split_entries(text).pattern  # (and `import --check` says the layout)
    assert pattern is not None and "the title above it" in pattern.describe()


def test_titles_above_their_dates_in_german_without_blank_lines() -> None:
    text = (  # a city's history in German
        "Gründung der Stadt\n"
        "1237\n"
        "Bau der ersten Brücke\n"
        "9. Mai 1307\n"
        "Großer Stadtbrand\n"
        "Juli 1405\n"
    )
    assert _read(text) == [
        ("1237", None, "Gründung der Stadt"),
        ("1307-05-09", None, "Bau der ersten Brücke"),
        ("1405-07", None, "Großer Stadtbrand"),
    ]


def test_a_date_alone_with_its_text_below_stays_so() -> None:
    text = (  # the usual layout: the date first, the text below it, the last text at the end
        "March 3, 1976\n\n"
        "Company founded in a garage\n\n"
        "June 1977\n\n"
        "First product shipped\n\n"
        "12 December 1980\n\n"
        "Listed on the stock exchange\n"
    )
    assert _read(text) == [
        ("1976-03-03", None, "Company founded in a garage"),
        ("1977-06", None, "First product shipped"),
        ("1980-12-12", None, "Listed on the stock exchange"),
    ]


def test_an_introduction_then_dates_with_texts_below_stays_so() -> None:
    # (an introduction sentence first, the last text present: dates above their texts)
    text = (
        "The club's history, from its founding to the first title, is told below in short.\n\n"
        "1899\n\n"
        "The club is founded by students of the technical school in the old town.\n\n"
        "1904\n\n"
        "First match against the neighbours from across the river, lost 0-3.\n\n"
        "1912\n\n"
        "The club wins its first regional championship after a long season.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1899", "1904", "1912"]
    assert _read(text)[0][2].startswith("The club is founded")


def test_long_texts_above_dates_are_not_titles() -> None:
    # a paragraph of more than a title's words above each date: no such layout, unchanged
    # (the first paragraph stays before the first entry, as on main)
    paragraph = "The harvest failed in the north and many families left their farms for the cities"
    text = f"{paragraph}\n1845\n{paragraph}\n1846\n{paragraph}\n1847\n"
    assert [d for d, _, _ in _read(text)] == ["1845", "1846"]


# --- a span of years among single years run together on one line ---------------------------


def test_a_span_of_years_run_together_is_its_own_entry() -> None:
    text = (  # a railway's history in German, one long line (a page that lost its breaks)
        "1835: Eröffnung der ersten Eisenbahnstrecke zwischen Nürnberg und Fürth im Dezember."
        "1838: Die Strecke Berlin - Potsdam geht in Betrieb, zunächst nur bis Zehlendorf."
        "1840-1842: Bau der Bahnlinie Leipzig - Dresden durch eine private Gesellschaft."
        "1846: Die Bahn erreicht Hamburg.1850: Erste Schlafwagen auf der Strecke nach Köln.\n"
    )
    assert _read(text) == [
        (
            "1835",
            None,
            "Eröffnung der ersten Eisenbahnstrecke zwischen Nürnberg und Fürth im Dezember.",
        ),
        (
            "1838",
            None,
            "Die Strecke Berlin - Potsdam geht in Betrieb, zunächst nur bis Zehlendorf.",
        ),
        ("1840", "1842", "Bau der Bahnlinie Leipzig - Dresden durch eine private Gesellschaft."),
        ("1846", None, "Die Bahn erreicht Hamburg."),
        ("1850", None, "Erste Schlafwagen auf der Strecke nach Köln."),
    ]


def test_a_span_first_in_an_english_run() -> None:
    text = (
        "1961-1963: The first stadium is built on the old rail yard, paid for by the city. "
        "1965: The club plays its first season in the top division and finishes fourth. "
        "1970: A fire destroys the main stand; the club plays its home games across town. "
        "1974: The new stand opens.\n"
    )
    assert [(d, e) for d, e, _ in _read(text)] == [
        ("1961", "1963"), ("1965", None), ("1970", None), ("1974", None)
    ]  # fmt: skip


# --- a year's colon, then the month and day, then the text ----------------------------------


def test_a_year_colon_then_month_and_day_then_the_text() -> None:
    text = (  # a music label's chronology
        "1962:   March 19 The first album is released on the new label.\n"
        "1962:   October 5 The debut single reaches the charts.\n"
        "1963:   The label opens an office in London.\n"
        "1964:   Feb. 7 The band lands in New York.\n"
    )
    assert _read(text) == [
        ("1962-03-19", None, "The first album is released on the new label."),
        ("1962-10-05", None, "The debut single reaches the charts."),
        ("1963", None, "The label opens an office in London."),
        ("1964-02-07", None, "The band lands in New York."),
    ]


def test_a_year_colon_then_a_month_alone_stays_a_years_text() -> None:
    text = (
        "1990: January saw the first snow in a decade.\n"
        "1991: May brought floods to the valley.\n"
        "1992: The new dam is finished.\n"
    )
    assert [d for d, _, _ in _read(text)] == ["1990", "1991", "1992"]
    assert _read(text)[0][2] == "January saw the first snow in a decade."


def test_a_year_label_over_a_days_item_stays_a_label() -> None:
    # "1958: 1 February: text": the year's label, then a day's item with its own colon
    text = (
        "1958: 1 February: First satellite of the programme launched.\n"
        "3 March: Second launch fails.\n"
        "1959: 2 January: A probe passes the Moon.\n"
    )
    assert [d for d, _, _ in _read(text)] == ["1958-02-01", "1958-03-03", "1959-01-02"]


def test_a_year_colon_month_and_day_as_an_argument() -> None:
    from ktimeline.dates import parse_date_argument

    span = parse_date_argument("1990: January 10", "START")
    assert (span.start, span.end) == (date(1990, 1, 10), date(1990, 1, 10))


# --- year headings framed by decoration: ":: 1990::" ----------------------------------------


def test_framed_year_headings_over_bullets() -> None:
    text = (  # a video game history, some years with no item
        ":: 1980::\n"
        "  • Pac-Man arrives in arcades.\n"
        "  • The first handheld game is sold.\n"
        ":: 1981 ::\n"
        ":: 1982 ::\n"
        "  • A home console crash begins.\n"
    )
    assert _read(text) == [
        ("1980", None, "Pac-Man arrives in arcades."),
        ("1980", None, "The first handheld game is sold."),
        ("1982", None, "A home console crash begins."),
    ]
    assert "1981" in left_out(text)  # (a year heading with no item: listed)


def test_framed_headings_with_stars_and_in_french() -> None:
    text = (
        "*** Juillet 1789 ***\n"
        "- 14 : Prise de la Bastille.\n"
        "- 22 : Troubles dans les campagnes.\n"
        "*** Août 1789 ***\n"
        "- 4 : Abolition des privilèges.\n"
        "- 26 : Déclaration des droits de l'homme.\n"
    )
    assert [d for d, _, _ in _read(text)] == [
        "1789-07-14", "1789-07-22", "1789-08-04", "1789-08-26"
    ]  # fmt: skip


def test_framed_words_that_are_no_date_stay_text() -> None:
    # ":: Tip ::" and ":: 1990 was a good year ::" are no framed dates
    text = (
        "1990: The company is founded.\n"
        ":: Tip ::\n"
        ":: 1990 was a good year ::\n"
        "1991: The first office opens.\n"
        "1992: The second office opens.\n"
    )
    found = _read(text)
    assert [d for d, _, _ in found] == ["1990", "1991", "1992"]
    assert not any("Tip" in t or "good year" in t for _, _, t in found)


# --- a month's day run into the text: "June 28Archduke …" -----------------------------------


def test_days_glued_to_their_texts_under_a_year_heading() -> None:
    text = (  # a space programme under a year heading
        "Events of 1969\n"
        "July 16Apollo 11 lifts off from Florida.\n\n"
        "July 20The lunar module lands on the Moon.\n\n"
        "July 24The crew splashes down in the Pacific.\n\n"
        "November 14Apollo 12 is launched in a storm.\n"
    )
    assert _read(text) == [
        ("1969-07-16", None, "Apollo 11 lifts off from Florida."),
        ("1969-07-20", None, "The lunar module lands on the Moon."),
        ("1969-07-24", None, "The crew splashes down in the Pacific."),
        ("1969-11-14", None, "Apollo 12 is launched in a storm."),
    ]


def test_days_glued_with_abbreviated_months() -> None:
    text = (  # a court case's hearings, month names abbreviated
        "Hearings in 2003\n"
        "Sept. 2Opening statements are heard.\n"
        "Oct. 14The defence calls its first witness.\n"
        "Nov. 30Closing arguments end the trial.\n"
    )
    assert [d for d, _, _ in _read(text)] == ["2003-09-02", "2003-10-14", "2003-11-30"]
    assert _read(text)[0][2] == "Opening statements are heard."


def test_one_number_run_into_a_name_is_no_glued_day() -> None:
    # "May 3Com …" once, "Windows 95Plus", "F-16Fighting": a name that starts with a number,
    # no day: the document has no such layout
    text = (
        "1999\n"
        "May 3Com announces a new modem line.\n"
        "Windows 95Plus ships with new themes.\n"
        "The F-16Fighting Falcon gets an upgrade.\n"
    )
    found = _read(text)
    assert not any(d.endswith("-05-03") for d, _, _ in found)
    assert not any(t.startswith("Com ") for _, _, t in found)


# --- a table's header row and its cell rules ------------------------------------------------


def test_a_table_header_row_under_a_year_heading_is_layout() -> None:
    text = (  # a wiki table in a year section, its first row of the year alone
        "= Timeline of aviation =\n\n"
        "==1969==\n"
        "| Date | Event |\n"
        "| 1969 | A year of firsts in the air. |\n"
        "| July 20 | The first crewed Moon landing. |\n"
        "| November 19 | The second crewed Moon landing. |\n"
    )
    assert [d for d, _, _ in _read(text)] == ["1969", "1969-07-20", "1969-11-19"]
    assert "| Date | Event |" in left_out(text)


def test_a_german_header_row_and_one_that_is_a_row() -> None:
    header = "| Datum | Ereignis |\n"
    rows = (
        "| 3. Oktober 1990 | Deutsche Einheit. |\n"
        "| 9. November 1989 | Fall der Mauer. |\n"
        "| 1. Juli 1990 | Währungsunion. |\n"
    )
    assert [d for d, _, _ in _read(header + rows)] == ["1990-10-03", "1989-11-09", "1990-07-01"]
    # a row whose cells hold a sentence is no header
    assert _read("1990\n| Berlin | The wall falls at night. |\n")[0][2].startswith("| Berlin")


def test_an_entrys_text_loses_the_tables_cell_rules() -> None:
    text = (  # a war's table rows, the day with a full stop, then a cell rule
        "1862\n\n"
        "Apr. 6-7. | Battle of Shiloh. |\n"
        "Aug. 29. | Second battle of Bull Run. |\n"
        "Sept. 17. | Battle of Antietam; heavy losses (see p. 4 | map). |\n"
    )
    assert _texts(text) == [
        ("1862-04-06", "1862-04-07", "Battle of Shiloh."),
        ("1862-08-29", None, "Second battle of Bull Run."),
        ("1862-09-17", None, "Battle of Antietam; heavy losses (see p. 4 | map)."),
    ]


# --- a year's label with no text, then its events as separate lines -------------------------


def test_a_year_label_over_blank_separated_lines() -> None:
    text = (  # an aviation list
        "  • 1969:\n\n"
        "Concorde makes its first flight\n\n"
        "The Boeing 747 flies for the first time\n\n"
        "Harrier jump jet enters service\n\n"
        "  • 1970: The 747 enters passenger service.\n"
        "  • 1971: A new airport opens in Paris.\n"
    )
    assert _read(text) == [
        ("1969", None, "Concorde makes its first flight"),
        ("1969", None, "The Boeing 747 flies for the first time"),
        ("1969", None, "Harrier jump jet enters service"),
        ("1970", None, "The 747 enters passenger service."),
        ("1971", None, "A new airport opens in Paris."),
    ]


def test_a_colon_announces_its_list() -> None:
    text = (
        "  • 2004: The bank buys three rivals:\n\n"
        "First Savings of Ohio,\n\n"
        "Lakeside Trust,\n\n"
        "Harbor National.\n"
        "  • 2005: The bank moves its headquarters.\n"
        "  • 2006: A new chief executive is named.\n"
    )
    found = _read(text)
    assert [d for d, _, _ in found] == ["2004", "2005", "2006"]
    assert found[0][2] == (
        "The bank buys three rivals: First Savings of Ohio, Lakeside Trust, Harbor National."
    )


def test_a_year_alone_over_paragraphs_keeps_its_paragraphs() -> None:
    # "1969" with no colon, blank lines, then paragraphs of one story: not a list's label
    text = (
        "1969\n\n"
        "The company is founded in a small office.\n\n"
        "1970\n\n"
        "The first product is sold.\n\n"
        "1971\n\n"
        "Sales double.\n"
    )
    assert [d for d, _, _ in _read(text)] == ["1969", "1970", "1971"]


# --- a table flattened to text: date cells of their own, cells broken over lines -----------


def test_a_flattened_table_with_date_cells_and_empty_cells_as_above() -> None:
    text = (  # a city's flood history, tab-indented as a page's source gives it
        "| 1953 | February | 1st | The sea breaks through the dikes \n"
        "\t\t\tin the south-west | \n"
        "\t\t\n"
        "\t\t\t| 1953 | \n"
        "\t\t\tMarch | 3rd | The first pumps arrive | \n"
        "\t\t\n"
        "\t\t\t|   |   | 10th-12th | Repairs begin on the main dike | \n"
        "\t\t\n"
        "\t\t\t|   |   |   | Evacuated families return | \n"
    )
    assert _read(text) == [
        ("1953-02-01", None, "The sea breaks through the dikes in the south-west"),
        ("1953-03-03", None, "The first pumps arrive"),
        ("1953-03-10", "1953-03-12", "Repairs begin on the main dike"),
        ("1953-03-10", "1953-03-12", "Evacuated families return"),
    ]
    # each broken cell's line is listed, read with its row's first line
    assert "in the south-west |" in left_out(text)


def test_a_flattened_table_whose_first_cells_are_no_dates_stays() -> None:
    text = (  # a table of names and roles: no date cells
        "| Alice | Chair | Opens the meeting | \n\n"
        "| Bob | Secretary | Reads the minutes | \n\n"
        "| Carol | Treasurer | Presents the accounts | \n"
    )
    assert _read(text) == []


def test_a_years_label_with_its_text_below_keeps_a_page_header_out() -> None:
    # "1905:" / its text on the next line (no blank): no list's label; a page's running
    # header after a blank line is a title between entries, never another event of 1905
    text = (
        "1901:\nThe first trains run on the new line.\n"
        "1903:\nThe station is rebuilt in stone.\n"
        "1905:\nA second platform opens.\n\n"
        "History of the Railway\n\n"
        "1908:\nThe line is electrified.\n"
    )
    found = _read(text)
    assert [d for d, _, _ in found] == ["1901", "1903", "1905", "1908"]
    assert "History of the Railway" in left_out(text)
