"""Issue 22, layouts55: the misses of the part held-out-31 (seen after its blind run), as
general rules tested on chronologies of other subjects and wordings: a series of numbered
headings ("12 th century", "13 th century", …) between entries; a line that runs on past the
text's wrap width by more than its last word (no hard-wrapped line: the heading below it is
no continuation); a table's header row in any language written again over each table ("Rok
Wydarzenie"); a span of two centuries each with its word ("XII wiek - XIII wiek") and a
century's bare number before the Polish word ("15 wiek"); a subheading between two paragraphs
of one entry ("Defence"); with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import read_entries, reasons

# --- a series of numbered headings between entries ---------------------------------------------


MILL_TOWN = """\
Chronicle of the mill town

Period 1
1790 : The first mill opens on the river, built by the Harper family
Period 2
1812 : Machine breakers attack the mill at night.
1815 : The mill is rebuilt
Period 3
1830 : The railway reaches the town.
1848 : Cholera in the lower streets.
"""


def test_numbered_heading_series_is_no_entry_text() -> None:
    got = read_entries(MILL_TOWN)
    assert [(date, text) for date, _, text in got] == [
        ("1790", "The first mill opens on the river, built by the Harper family"),
        ("1812", "Machine breakers attack the mill at night."),
        ("1815", "The mill is rebuilt"),
        ("1830", "The railway reaches the town."),
        ("1848", "Cholera in the lower streets."),
    ]
    found = reasons(MILL_TOWN)
    assert found["Period 2"] == "heading"
    assert found["Period 3"] == "heading"


def test_numbered_heading_series_needs_three_numbers_of_one_template() -> None:
    from ktimeline.importing.entries.headings import _numbered_heading_series

    lines = ["Part 1", "text", "Part 2", "Chapter 4", "Part II", "Stage 1", "Stage 2"]
    assert _numbered_heading_series(lines) == frozenset({"Part 1", "Part 2", "Part II"})
    # (two of a template, a sentence, or a line of two numbers: no series)
    assert (
        _numbered_heading_series(["Stage 1", "Stage 2", "Stage 3 ends.", "1 of 2"]) == frozenset()
    )


# --- a line running on past the wrap width by more than its last word ---------------------------


PORT = """\
The port of Kestrel Bay
Early times
12 th century
- 1120 : A fishing hamlet is recorded at the mouth of the river, in the abbey's charter
13 th century
- 1231 : A stone quay is built with money from the wool merchants of the town, in stone .
- 1288 : The abbot grants a weekly market on Thursdays to the hamlet by the harbour .
14 th century
- 1302 : The harbour silts up after the storm of the winter before, trade falls away for good and the merchants move to the ports further down the coast .
Modern times (1500-1800)
16 th century
- 1544 : A royal dockyard opens on the eastern shore of the bay and takes in three hundred men .
17 th century
- 1602 : Plague; a third of the townspeople die in the summer months of that terrible year .
- 1688 : Dutch ships enter the bay .
Industrial age (1800-1900)
- 1836 : The railway reaches Kestrel Bay from the county town in the north .
"""


def test_line_past_the_wrap_width_is_not_wrapped() -> None:
    got = read_entries(PORT)
    assert [date for date, _, _ in got] == [
        "1120",
        "1231",
        "1288",
        "1302",
        "1544",
        "1602",
        "1688",
        "1836",
    ]
    assert got[3][2].endswith("further down the coast .")
    assert all("Modern times" not in text and "century" not in text for _, _, text in got)
    assert "Modern times (1500-1800)" in reasons(PORT)


def test_hard_wrapped_bulleted_text_still_carries_on() -> None:
    # (lines within the width: the sentence carries on, however the next line opens)
    text = (
        "- 1801 : The first census of the borough counts the houses and the people of every\n"
        "Parish, street by street, in a book kept at the town hall.\n"
        "- 1811 : The second census finds the town grown by a third since the first was taken\n"
        "Ten years before, most of the new people living by the docks.\n"
        "- 1821 : The third census.\n"
        "- 1831 : The fourth census counts the new suburbs to the north for the first time\n"
        "Together with the old town.\n"
        "- 1841 : The fifth census names every person of each household for the first time.\n"
    )
    got = read_entries(text)
    assert got[0][2].endswith("kept at the town hall.")
    assert got[1][2].endswith("living by the docks.")


# --- a table's header row written again over each table --------------------------------------


TOWN_PL = """\
Historia miasta nad rzeką

XII wiek - XIII wiek

Rok Wydarzenie
1120 Pierwsze osady nad rzeką
1190 Budowa wału ziemnego
1241 Najazd ze wschodu niszczy osady

XIV wiek

Rok Wydarzenie
1310 Odbudowa miasta po najeździe
1365 Pierwszy targ przy brodzie
1390 Budowa ratusza

15 wiek

Rok Wydarzenie
1410 Wojsko miasta walczy pod Grunwaldem
1454 Miasto przechodzi pod władzę króla
"""


def test_repeated_header_rows_and_century_headings() -> None:
    got = read_entries(TOWN_PL)
    assert [(date, end) for date, end, _ in got] == [
        ("1120", None), ("1190", None), ("1241", None), ("1310", None),
        ("1365", None), ("1390", None), ("1410", None), ("1454", None),
    ]  # fmt: skip
    assert all("Rok" not in text and "wiek" not in text for _, _, text in got)
    found = reasons(TOWN_PL)
    assert "XII wiek - XIII wiek" in found
    assert "15 wiek" in found
    assert "Rok Wydarzenie" in found


def test_a_line_written_once_is_no_header_row() -> None:
    text = "Rok Wydarzenie\n1120 Pierwsze osady\n1190 Budowa wału\n1241 Najazd\n"
    assert [date for date, _, _ in read_entries(text)] == ["1120", "1190", "1241"]
    from ktimeline.importing.entries.furniture import _repeated_header_rows

    assert _repeated_header_rows(text.splitlines()) == frozenset()
    twice = text + "\nDalej\n\nRok Wydarzenie\n1300 Nowy gród\n"
    assert _repeated_header_rows(twice.splitlines()) == frozenset({"Rok Wydarzenie"})


# --- centuries: a span with the word after each, a bare number before "wiek" -------------------


def test_span_of_centuries_with_the_word_twice() -> None:
    for written in (
        "XII wiek - XIII wiek",
        "19th century - 20th century",
        "XIV siècle - XV siècle",
    ):
        found = dates.find_date(written)
        assert found is not None and found.group() == written


def test_bare_number_before_wiek_is_a_century() -> None:
    found = dates.find_date("15 wiek")
    assert found is not None and found.group() == "15 wiek"
    # ("w wieku 5 lat", "at the age of 5": no century)
    assert dates.find_date("w wieku 5 lat") is None
    assert dates.find_date("5 wieków") is None


# --- a subheading between two paragraphs of one entry -----------------------------------------


CASE = """\
The case of the charity funds

March 3, 2019: Arrest

Police arrest two men after a long investigation into the missing funds of the charity.

June 10, 2020: Trial opens

The prosecution asks for ten years in prison for each of the two defendants, citing the amount of two million pounds

Defence

The defence asks for acquittal, saying the books were kept by a third person who has fled.
"""


def test_subheading_inside_an_entry_is_reported() -> None:
    got = read_entries(CASE)
    assert [date for date, _, _ in got] == ["2019-03-03", "2020-06-10"]
    assert "Defence" not in got[1][2].split()
    assert reasons(CASE)["Defence"] == "heading (a subheading inside an entry's text)"


def test_a_short_paragraph_of_many_words_is_no_subheading() -> None:
    text = CASE.replace("Defence\n", "The defence replies at length\n")
    assert "The defence replies at length" not in reasons(text)


# --- a numbered list's items run into the item before them -------------------------------------


FLIGHT = """\
Five milestones of flight, as the museum guide tells them.

1. 1903: The Wright brothers fly at Kitty Hawk, twelve seconds in the air.

2. 1919: Alcock and Brown cross the Atlantic without a stop. The flight took sixteen hours over the ocean. 3. 1927: Lindbergh flies alone from New York to Paris.

Crowds met him at Le Bourget. 4. 1947: Yeager breaks the sound barrier over the desert. 5. 1969: Concorde flies for the first time.
"""


def test_numbered_items_run_into_the_item_before() -> None:
    got = read_entries(FLIGHT)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1903", "The"),
        ("1919", "Alcock"),
        ("1927", "Lindbergh"),
        ("1947", "Yeager"),
        ("1969", "Concorde"),
    ]
    assert got[1][2].endswith("sixteen hours over the ocean.")


def test_a_number_out_of_the_lists_count_stays_in_its_text() -> None:
    text = FLIGHT.replace("3. 1927:", "7. 1927:")
    got = read_entries(text)
    assert "1927" not in [date for date, _, _ in got]
    assert any("7. 1927: Lindbergh" in item for _, _, item in got)


# --- a spaced span of years before 1000 with the era of another language ----------------------


def test_spaced_span_before_1000_with_a_foreign_era() -> None:
    text = (
        "Byens historie\n\n"
        " • 300 – 850 e.Kr sterk vekst i handelen langs kysten.\n"
        " • 1000 Kirken bygges på neset\n"
        " • 1030 Slaget ved Stiklestad\n"
        " • 1115 Kongen bygger ei kirke.\n"
    )
    got = read_entries(text)
    assert got[0][:2] == ("0300", "0850")
    assert got[0][2].startswith("sterk vekst")
    for written in ("300 – 850 e.Kr", "400 - 500 n. Chr.", "800 – 950 AD"):
        found = dates.find_date(written + " text")
        assert found is not None and found.group() == written


# --- a month and its year with a comma and no space ---------------------------------------------


def test_month_comma_year_without_a_space() -> None:
    # ("12,December,1963 Title" rows of a table, and one "December,1991 Title": the month and
    # its year, the comma glued to the year as the day's comma is)
    for written in ("December,1991", "June,1940"):
        found = dates.find_date(written + " Multi-party elections announced.")
        assert found is not None and found.group() == written
        assert dates.date_shape(found) == "month-year"
    # (a number after the comma is no year: "March,1,000 men" stays a month alone)
    found = dates.find_date("March,1,000 men")
    assert found is not None and found.group() == "March"


# --- a date's category label again under its item: another item of that date --------------------


CHARTERS = """\
Town charters

1250

photo
Alderton receives its charter.

1303

photo
Brookfield receives its charter.

1331

photo
Carston and Dunmore receive their charters.
photo
Eastwick receives its charter.

1377

photo
Fairhaven receives its charter.
"""


def test_category_label_again_opens_another_item_of_the_date() -> None:
    got = read_entries(CHARTERS)
    assert [(date, text) for date, _, text in got] == [
        ("1250", "Alderton receives its charter."),
        ("1303", "Brookfield receives its charter."),
        ("1331", "Carston and Dunmore receive their charters."),
        ("1331", "Eastwick receives its charter."),
        ("1377", "Fairhaven receives its charter."),
    ]
