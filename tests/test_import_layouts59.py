"""Issue 22, layouts59: the misses of the part held-out-33 (seen after its blind run), as
general rules tested on chronologies of other subjects and wordings: a question over the
undated bullets below a list, no entry's text; three-digit years alone on their lines (and
spans of two) in a document that writes no year in full, no pages' numbers; a blog post's
own day, a weekday before it, over entries that write no year; a subtitle ending with a colon
under a date alone, over that date's paragraph; with what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries, reasons

# --- a question over the undated bullets after the list ------------------------------------------


BOARD = """\
History of the board

1901: Founding: The board was founded in the capital.
1910: New rules: The board wrote its first rules.
1925: The board moved to a larger building.
1931: Reform: The board was reorganised by decree.
What does the board do today ?
* Setting the yearly budget of the schools.
* Inspecting the schools of the country.
"""


def test_question_over_bullets_is_no_entry_text() -> None:
    got = read_entries(BOARD)
    assert got[-1] == ("1931", None, "Reform: The board was reorganised by decree.")
    assert len(got) == 4
    assert "What does the board do today ?" in left_out(BOARD)


# (a run of twelve "YEAR: text" lines, the question directly under the last: it read as a
# second event of that year, a row of the year above)
ACADEMY = "\n".join(
    [f"{1900 + 5 * k}: Step {k}: The academy took step number {k} of its plan." for k in range(12)]
    + ["Which tasks does the academy have ?", "* Training the teachers.", "* Writing the books."]
)


def test_question_over_bullets_is_no_row_of_the_year_above() -> None:
    got = read_entries(ACADEMY)
    assert len(got) == 12
    assert got[-1][0] == "1955"
    assert "Which tasks does the academy have ?" in left_out(ACADEMY)


def test_question_without_bullets_below_is_no_such_heading() -> None:
    # (a question with a dated entry below it, no bullets: not the heading of a list)
    text = BOARD.replace("* Setting the yearly budget of the schools.\n", "").replace(
        "* Inspecting the schools of the country.\n", "1940: The board closed for the war.\n"
    )
    why = reasons(text).get("What does the board do today ?", "")
    assert "a question over the list below it" not in why
    assert read_entries(text)[-1] == ("1940", None, "The board closed for the war.")


# --- three-digit years alone, in a document that writes no year in full --------------------------


def _cells(rows: list[tuple[str, str]]) -> str:
    """A table flattened one cell a line, blank lines between, an empty cell of one space."""
    cells = ["Early centuries of the valley", "", "Year", "", "Event", ""]
    for year, event in rows:
        cells += [year, "", " ", "", event, ""]
    return "\n".join(cells)


VALLEY = _cells(
    [
        ("313", "The emperor allows the new faith in the valley."),
        ("427", "The tribes cross the river near the ford."),
        ("476", "The last emperor of the west is deposed."),
        ("476", "The first king of the tribes is chosen."),
        ("481-511", "The king rules the whole valley."),
        ("629/639", "Two abbeys are founded on the hills."),
        ("793", "The first raids from the sea reach the coast."),
        ("768-814", "The great king rules; he visits the abbey."),
        ("843", "The treaty divides the empire in three."),
    ]
)


def test_three_digit_years_alone_are_years() -> None:
    got = read_entries(VALLEY)
    assert [(date, end) for date, end, _ in got] == [
        ("0313", None),
        ("0427", None),
        ("0476", None),
        ("0476", None),
        ("0481", "0511"),
        ("0629", "0639"),
        ("0793", None),
        ("0768", "0814"),  # (a reign after an event inside it: rows out of order)
        ("0843", None),
    ]
    assert got[0][2] == "The emperor allows the new faith in the valley."


CHRONICLE = """\
Chronologie van de streek

250 tot 450.

Germaanse stammen trekken door de streek.

384

Dood van de eerste bisschop.

450 à 751

Frankische koninkrijken.

751

Een nieuw koningshuis.

843

Verdrag van Verdun.

881-91

Verwoestingen langs de rivieren.

1076

Het graafschap wordt gesticht.
"""


def test_three_digit_spans_with_words_and_short_ends() -> None:
    got = read_entries(CHRONICLE)
    assert [(date, end) for date, end, _ in got] == [
        ("0250", "0450"),
        ("0384", None),
        ("0450", "0751"),
        ("0751", None),
        ("0843", None),
        ("0881", "0891"),
        ("1076", None),
    ]


def test_page_numbers_counting_up_stay_numbers() -> None:
    # (a PDF's pages, "101" … "105", each over its page's text: counting up one by one)
    pages = "\n\n".join(f"{100 + k}\n\nThe text of page {k} goes on here." for k in range(1, 6))
    assert read_entries(pages) == []
    assert "101" in left_out(pages)


def test_few_numbers_alone_stay_numbers() -> None:
    few = "\n\n".join(
        ["Notes", "313", "The first note.", "427", "The second note.", "476", "The third."]
    )
    assert read_entries(few) == []


# --- a blog post's own day over entries that write no year ----------------------------------------


FLOOD = """\
Friday, March 18, 2016

The flood on the river from March 2 to now

A short word on how the town coped with the water.

  • March 2 - Heavy rain starts to fall on the hills.
  • March 5 - The river breaks its banks near the mill.
  • March 9 - The army builds a wall of sandbags.
  • March 14 - The water goes down at last.
"""


def test_weekday_stamp_gives_yearless_entries_their_year() -> None:
    got = read_entries(FLOOD)
    assert [date for date, _, _ in got] == ["2016-03-02", "2016-03-05", "2016-03-09", "2016-03-14"]
    assert got[0][2] == "Heavy rain starts to fall on the hills."
    assert "Friday, March 18, 2016" in left_out(FLOOD)


def test_weekday_stamp_after_the_days_gives_the_year_before() -> None:
    # (the post written in February: its December days are of the year before, as for a
    # page's date elsewhere)
    text = FLOOD.replace("Friday, March 18, 2016", "Monday, February 1, 2016").replace(
        "March", "December"
    )
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["2015-12-02", "2015-12-05", "2015-12-09", "2015-12-14"]


# --- a subtitle ending with a colon under a date alone, over its paragraph --------------------------


WAR = """\
Geschiedenis van het dorp

1076

Het dorp wordt een graafschap.

1150

De kerk wordt gebouwd.

1286-88

Oorlog om het hertogdom :

Verwoesting van de hoeven en de molens in de streek, en de slag bij de rivier in het laatste jaar.
"""


def test_subtitle_with_colon_over_paragraph_is_the_dates_text() -> None:
    got = read_entries(WAR)
    assert got[-1][:2] == ("1286", "1288")
    assert got[-1][2].startswith("Oorlog om het hertogdom :")


def test_introduction_with_colon_over_dated_entries_stays_a_title() -> None:
    # ("July 1953" / "The following events occurred in July 1953:" / the days: no entry)
    text = """\
July 1953

The following events occurred in July 1953:

July 1, 1953 - The town council meets for the first time.

July 4, 1953 - A parade goes through the main street.

July 9, 1953 - The new school opens its doors.
"""
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["1953-07-01", "1953-07-04", "1953-07-09"]
    assert "heading" in reasons(text).get("July 1953", "")


# --- a bulleted item under a year alone that ends with its whole day ------------------------------


COLLEGE = """\
History of the college

1910

  • The college opened its doors.
  • The library started with a gift of books.

1911

  • The first degree day was held in the town hall on 12 April 1911

1912

  • The hall burned down.
  • A new hall was built on 3 May 1912.
"""


def test_bullet_ending_with_its_whole_day_is_of_that_day() -> None:
    assert [date for date, _, _ in read_entries(COLLEGE)] == [
        "1910",
        "1910",
        "1911-04-12",
        "1912",
        "1912-05-03",
    ]


def test_bullet_ending_with_a_day_of_another_year_keeps_the_year() -> None:
    # ("… since 3 May 1890": the background of the item, no day of its year)
    text = COLLEGE.replace("on 12 April 1911", "as it had been since 12 April 1890")
    assert read_entries(text)[2][0] == "1911"


# --- an item under a span of years that ends with one year of it -----------------------------------


MAYOR = """\
THE MAYOR'S YEARS
1990
- Smith elected to the council for the first time
2001-2010
- Smith served as mayor of the town, 2001-2010
- She opens the new library in 2005
- She is re-elected for a third term
- The bridge she planned was finished in 2015
2011
- Smith retires from politics
"""


def test_item_ending_with_a_year_of_the_span_is_of_that_year() -> None:
    got = read_entries(MAYOR)
    assert [(date, end) for date, end, _ in got] == [
        ("1990", None),
        ("2001", "2010"),  # (the span itself ends the item: the span's)
        ("2005", None),
        ("2001", "2010"),
        ("2001", "2010"),  # (a year after the span: what came of it, no date of the item)
        ("2011", None),
    ]


# --- an item opening with its day after an elided article ------------------------------------------


PORT = """\
Història del port

1714

L’11 de setembre les tropes entren a la ciutat.

1753

El 3 de febrer es posa la primera pedra del barri.

1800

Es construeix el mercat.
"""


def test_day_after_elided_article_dates_the_item() -> None:
    got = read_entries(PORT)
    assert [date for date, _, _ in got] == ["1714-09-11", "1753-02-03", "1800"]
    assert got[0][2] == "L’11 de setembre les tropes entren a la ciutat."  # (its words kept)


def test_elided_article_before_a_word_is_no_day() -> None:
    text = PORT.replace("L’11 de setembre les tropes", "L’exèrcit de les tropes")
    assert read_entries(text)[0][0] == "1714"


# --- a slide show's first slide repeated as the page's description ---------------------------------


SLIDES = """\
Història del port en imatges

1714 Les tropes entren a la ciutat després del setge.

Upload: biblioteca-del-port

Post on 12-Apr-2017

120 views

Category: Documents

TRANSCRIPT

Page 1: Cronologia: el port, quina història!

1714

Les tropes entren a la ciutat després del setge.

Page 2: Cronologia: el port, quina història!

1753

Es posa la primera pedra del barri.

Page 3: Cronologia: el port, quina història!

1755

Inauguració de l’església del port.

Page 4: Cronologia: el port, quina història!

1772

Es construeix la torre del rellotge.
"""


def test_first_slide_repeated_as_description_is_no_entry() -> None:
    got = read_entries(SLIDES)
    assert [date for date, _, _ in got] == ["1714", "1753", "1755", "1772"]
    assert got[0][2] == "Les tropes entren a la ciutat després del setge."
    assert "1714 Les tropes entren a la ciutat després del setge." in left_out(SLIDES)
