"""Issue 22, layouts57: the misses of the part held-out-32 (seen after its blind run), as
general rules tested on chronologies of other subjects and wordings: a post's permanent link
and a share button in other languages than English as page furniture; a button written as a
paragraph of its own after each entry's text ("Read more", "Weiterlesen"), the last one too;
a page's title taken from one of its entries ("1887 • Opening of the …") and the share line
that quotes it; with what each must not read."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries, reasons

# --- a permanent link and a share button in other languages --------------------------------------


CHOIR = """\
Chorgeschichte

1921

Gründung des Männerchors im Gasthaus Krone

1950

Erstes Konzert in der Stadthalle

{SPACE}

Permalink zu diesem Artikel: https://chor.example.org/geschichte/
""".replace("{SPACE}", " ")  # (a line of one space, as a page writes it)


def test_permanent_link_is_furniture() -> None:
    got = read_entries(CHOIR)
    assert got == [
        ("1921", None, "Gründung des Männerchors im Gasthaus Krone"),
        ("1950", None, "Erstes Konzert in der Stadthalle"),
    ]
    assert "Permalink zu diesem Artikel: https://chor.example.org/geschichte/" in left_out(CHOIR)


FERRY = """\
1904 : Le premier bac traverse la rivière.
1931 : Le pont remplace le bac.

Partager cette page
"""


def test_share_button_in_french_is_furniture() -> None:
    assert read_entries(FERRY) == [
        ("1904", None, "Le premier bac traverse la rivière."),
        ("1931", None, "Le pont remplace le bac."),
    ]
    # (reported as a page's button, not as a line the importer could not place)
    assert reasons(FERRY)["Partager cette page"] == "advertisement or web page furniture"
    assert reasons("1931 : Le pont.\n\nTeilen\n")["Teilen"] == "advertisement or web page furniture"


def test_share_word_opening_a_sentence_is_no_button() -> None:
    text = "1904 : Le premier bac.\n1931 : Le pont remplace le bac, et les passeurs partagent leurs gains.\n"
    assert len(read_entries(text)) == 2


# --- a button written as a paragraph after each entry's text ------------------------------------


ORCHARD = """\
1890

The first apple trees are planted on the hill

Read on

1911

Frost kills half the orchard in one night

Read on

1936

The cider press is built beside the barn

Read on
Share this day
"""


def test_button_after_each_entry_is_no_entry_text() -> None:
    assert read_entries(ORCHARD) == [
        ("1890", None, "The first apple trees are planted on the hill"),
        ("1911", None, "Frost kills half the orchard in one night"),
        ("1936", None, "The cider press is built beside the barn"),
    ]
    assert reasons(ORCHARD)["Read on"].startswith("a line written the same")


def test_line_written_twice_after_entries_stays_text() -> None:
    # (twice is no page's button: two entries may end alike)
    text = """\
1890

The first apple trees are planted

Harvest festival

1911

Frost kills half the orchard

Harvest festival
"""
    got = read_entries(text)
    assert got[-1][2].endswith("Harvest festival")


# --- a page's title taken from one of its entries -----------------------------------------------


def _mill_page(title_words: str) -> str:
    return f"""\
1887 • {title_words}

Protected
Reading time: 4 minutes

Share "1887 • {title_words}"

Download
Print this document
Appendix B: Interview questions

1852

Building of the first water mill.

1887

Opening of the steam mill by the river. The old mill is sold.

1902

Electric light in the mill hall.
"""


def test_title_taken_from_an_entry_is_no_entry() -> None:
    page = _mill_page("Opening of the steam mill by the river")
    assert read_entries(page) == [
        ("1852", None, "Building of the first water mill."),
        ("1887", None, "Opening of the steam mill by the river. The old mill is sold."),
        ("1902", None, "Electric light in the mill hall."),
    ]
    found = reasons(page)
    assert found["1887 • Opening of the steam mill by the river"].startswith("the page's title")
    assert found['Share "1887 • Opening of the steam mill by the river"'].startswith(
        "the page's title"
    )
    assert "Protected" in found


def test_title_not_written_again_below_stays_an_entry() -> None:
    page = _mill_page("Fire in the old granary")
    got = read_entries(page)
    assert got[0][:2] == ("1887", None)
    assert got[0][2].startswith("Fire in the old granary")


# --- a table's cells of a name and its date in brackets ------------------------------------------


PARISHES = """\
Parishes of the diocese

Founded before 1900 |
St Anne (2 May 1871) | St Brigid (14 June 1888) |
St Columba (9 October 1874) | St David (1 March 1890) |
St Edmund (30 November 1879) |
Later parishes
The bishop divided the larger parishes after the war.
"""


def test_cells_of_a_name_and_its_date_in_brackets_are_entries() -> None:
    # (the entries' texts: the cell's closing bar, kept in its parts, is no text)
    got = [(e.date, e.end_date, e.text) for e in split_entries(PARISHES).entries]
    assert got == [
        ("1871-05-02", None, "St Anne"),
        ("1888-06-14", None, "St Brigid"),
        ("1874-10-09", None, "St Columba"),
        ("1890-03-01", None, "St David"),
        ("1879-11-30", None, "St Edmund"),
    ]
    assert "Later parishes" in left_out(PARISHES)


def test_named_date_cells_need_a_whole_date_in_every_cell() -> None:
    from ktimeline.importing.entries.dates_after_texts import _named_date_cells

    rows = [
        "St Anne (2 May 1871) | St Brigid (founded late) |",
        "St Columba (9 October 1874) | St David (1 March 1890) |",
        "St Edmund (30 November 1879) |",
    ]
    # (one row with a cell of no date, and two rows left: fewer than the rule asks)
    assert _named_date_cells(rows) == rows


# --- a page of one day of the calendar, its own day with its year at its top ------------------------


def _day_page(named: str) -> str:
    return f"""\
Historical calendar

3.IV.2019 (Wednesday)

1341-The bishop consecrates the new cathedral.

1602-{named}

1789-The town council meets for the first time.

1912-The river floods the lower town.
"""


def test_page_day_with_its_year_dates_the_years_below() -> None:
    page = _day_page("On 2 and 3 April the fair burns down.")
    assert [date for date, _, _ in read_entries(page)] == [
        "1341-04-03",
        "1602-04-03",
        "1789-04-03",
        "1912-04-03",
    ]
    assert "3.IV.2019 (Wednesday)" in left_out(page)


def test_dateline_over_a_company_history_leaves_its_years() -> None:
    # (no day of the page named in the entries: a news page's dateline, not its subject)
    page = _day_page("The fair burns down.")
    assert [date for date, _, _ in read_entries(page)] == ["1341", "1602", "1789", "1912"]
    # (another day named: no page of one day)
    page = _day_page("The fair, opened on 3 April, burns down; rebuilt by 9 May.")
    assert [date for date, _, _ in read_entries(page)] == ["1341", "1602", "1789", "1912"]


# --- an item opening with a decade in a list of "YEAR – text" lines --------------------------------


SCHOOLS = """\
1484 – The first school opens in the cathedral close
1541 – The grammar school moves to the old friary
1571 – The town pays a schoolmaster
In the 1630s several schools for farmers' children are founded
1686 – The church law orders reading for all
Under 1700-talets senare del grundas sockenbibliotek
1723 – The ordinance on teaching children
"""


def test_item_opening_with_a_decade_is_an_entry_of_that_decade() -> None:
    assert read_entries(SCHOOLS) == [
        ("1484", None, "The first school opens in the cathedral close"),
        ("1541", None, "The grammar school moves to the old friary"),
        ("1571", None, "The town pays a schoolmaster"),
        ("1630", "1639", "In the 1630s several schools for farmers' children are founded"),
        ("1686", None, "The church law orders reading for all"),
        ("1700", "1799", "Under 1700-talets senare del grundas sockenbibliotek"),
        ("1723", None, "The ordinance on teaching children"),
    ]


def test_decade_in_a_paragraph_of_its_own_or_a_bare_1500s_is_no_entry() -> None:
    # (after a blank line: a box's text; "the 1500s": a century or a decade, unsure)
    text = SCHOOLS.replace("In the 1630s", "\nIn the 1630s").replace(
        "Under 1700-talets", "In the 1500s"
    )
    got = read_entries(text)
    assert ("1630", "1639") not in [(date, end) for date, end, _ in got]
    assert ("1500", "1599") not in [(date, end) for date, end, _ in got]


# --- a subheading inside an entry's hard-wrapped text ------------------------------------------------


def _railway(heading: str) -> str:
    # (a two-column table flattened newest first, each cell hard-wrapped and closed by " |",
    # the page cut inside the last)
    return f"""\
1901 |
The company was bought by the colony's railways department, and
its engines were sent to the workshops in the capital. |
1890 |
The line was doubled between the port and the junction in the year
of the great exhibition, and the station was rebuilt. |
1862 |
Under the Railways Act the line from the port to the market town
was opened to goods and to passengers in the same year and month.
{heading}
The branch to the quarries was laid by the company in the
following spring and worked by two engines of its own. The
"""


def test_subheading_inside_wrapped_text_is_reported() -> None:
    text = _railway("Quarry Branch Line")
    got = read_entries(text)
    assert [date for date, _, _ in got][:3] == ["1901", "1890", "1862"]
    assert not any("Quarry Branch Line" in words for _, _, words in got)
    assert reasons(text)["Quarry Branch Line"] == "heading (a subheading inside an entry's text)"


def test_short_wrapped_line_of_lower_case_words_stays_text() -> None:
    text = _railway("Then the quarries")
    assert any("Then the quarries" in words for _, _, words in read_entries(text))


# --- a year glued to the full stop of the entry before it ------------------------------------------


OBSERVATORY = """\
1871 Founding of the observatory on the hill above the harbour.1874 The transit of Venus is observed.
1880 A second dome is built for the new refractor.
1892 The magnetic hut is moved to the valley.
1901 The observatory joins the time service.
"""


def test_year_glued_to_a_sentence_end_opens_an_entry() -> None:
    assert read_entries(OBSERVATORY) == [
        ("1871", None, "Founding of the observatory on the hill above the harbour."),
        ("1874", None, "The transit of Venus is observed."),
        ("1880", None, "A second dome is built for the new refractor."),
        ("1892", None, "The magnetic hut is moved to the valley."),
        ("1901", None, "The observatory joins the time service."),
    ]


def test_year_glued_out_of_order_or_after_a_figure_stays_text() -> None:
    # (1950 lies not between 1871 and 1880; "2.1874" is a figure, no sentence's end)
    text = OBSERVATORY.replace("harbour.1874", "harbour.1950").replace(
        "1880 A second", "1880 Version 2.1874 Of the second"
    )
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["1871", "1880", "1892", "1901"]
