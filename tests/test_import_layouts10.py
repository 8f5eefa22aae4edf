"""Issue 22, tenth round: layout families the corpus's misses and new real texts showed, each
as a general rule with a synthetic case (no text of the real corpus is copied here)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ktimeline.importing.entries import split_entries
from tests.import_split import dates


def unplaced(text: str) -> list[str]:
    return [s.text for s in split_entries(text).unplaced]


# --- a day in superscript digits after a month's name (an e-book's typesetting) -------------

SUPERSCRIPT_DAYS = (
    "1951\n\n"
    "March ¹⁴\n\nThe bridge over the river is rebuilt.\n\n"
    "April 2\n\nThe first train crosses it.\n\n"
    "May ³\n\nA flood closes the line again.\n"
)


def test_a_day_in_superscript_digits_after_a_month_is_read() -> None:
    assert dates(SUPERSCRIPT_DAYS) == [
        ("1951-03-14", None, "The bridge over the river is rebuilt."),
        ("1951-04-02", None, "The first train crosses it."),
        ("1951-05-03", None, "A flood closes the line again."),
    ]


def test_a_footnote_mark_after_a_month_is_no_day() -> None:
    # "May³" (no space): a footnote's mark, not the third of May
    text = SUPERSCRIPT_DAYS.replace("May ³", "May³")
    found = dates(text)
    assert ("1951-05-03", None, "A flood closes the line again.") not in found
    assert ("1951-04-02", None, "The first train crosses it.") in found


def test_superscript_digits_inside_a_text_stay_as_written() -> None:
    text = SUPERSCRIPT_DAYS.replace("The first train", "The ²nd train")
    assert ("1951-04-02", None, "The ²nd train crosses it.") in dates(text)


@settings(max_examples=40, deadline=None)
@given(
    month=st.sampled_from(["January", "March", "June", "July", "Sept.", "October", "Dec."]),
    day=st.integers(min_value=1, max_value=28),
)
def test_any_superscript_day_reads_as_the_plain_one(month: str, day: int) -> None:
    plain = f"1960\n\n{month} {day}\n\nThe council meets.\n\n"
    raised = plain.replace(
        f" {day}\n", " " + str(day).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + "\n"
    )
    assert raised != plain
    assert dates(raised) == dates(plain)
    assert len(dates(plain)) == 1


# --- a year table's rows under one year cell ------------------------------------------------

YEAR_ROWS = (
    "The college was founded in 1820.\n\n"
    "1816: The state's constitution provides for a seminary.\n"
    "1820 March 4: The legislature charters the seminary, names its first board of trustees "
    "and sets aside the land of two townships for its endowment.\n"
    "The trustees choose its site.\n"
    "1824: Classes begin with ten students, though the building is not yet finished and the "
    "teacher lives in the town.\n"
    "1828: The seminary becomes a college.\n"
    "A preparatory department is created.\n"
    "The first building is begun.\n"
    "1836: The first building is finished.\n"
)


def test_undated_rows_under_a_year_row_are_events_of_that_year() -> None:
    assert dates(YEAR_ROWS) == [
        ("1816", None, "The state's constitution provides for a seminary."),
        (
            "1820-03-04",
            None,
            "The legislature charters the seminary, names its first board of trustees and sets "
            "aside the land of two townships for its endowment.",
        ),
        ("1820", None, "The trustees choose its site."),
        (
            "1824",
            None,
            "Classes begin with ten students, though the building is not yet finished and the "
            "teacher lives in the town.",
        ),
        ("1828", None, "The seminary becomes a college."),
        ("1828", None, "A preparatory department is created."),
        ("1828", None, "The first building is begun."),
        ("1836", None, "The first building is finished."),
    ]


def test_a_line_after_a_blank_line_is_no_row_of_the_year_above() -> None:
    text = YEAR_ROWS.replace(
        "1828: The seminary becomes a college.\n", "1828: The seminary becomes a college.\n\n"
    )
    assert "A preparatory department is created." in unplaced(text)


def test_a_line_under_a_day_first_entry_is_no_row_of_a_year() -> None:
    # entries that open with a month: the line below tells more of that day, never a new
    # event of the year
    text = (
        "Jan. 3, 1990: The talks open.\nThe delegates meet.\n"
        "Jan. 9, 1990: The talks close.\n"
        "Feb. 2, 1990: A treaty is signed.\n"
    )
    assert all(date != "1990" for date, _, _ in dates(text))


def test_rows_need_three_year_rows_in_their_run() -> None:
    text = "1816: The constitution is written.\nThe trustees meet.\n1824: Classes begin.\n"
    assert all(date != "1816" or text_ != "The trustees meet." for date, _, text_ in dates(text))


# --- a chronology cut above its first year heading, over the turn of that year --------------

TURN_OF_THE_YEAR = (
    "A chronology of the strike\n\n"
    "3 Nov. The union votes to strike\n"
    "20 Dec. The first pits close\n"
    "28 Dec. Talks break down\n"
    "1985\n"
    "6 Jan. The miners march on the capital\n"
    "12 Feb. A return to work begins\n"
    "3 Mar. The strike ends\n"
)


def test_entries_above_the_first_year_heading_get_the_year_before() -> None:
    assert [(d, t) for d, _, t in dates(TURN_OF_THE_YEAR)][:4] == [
        ("1984-11-03", "The union votes to strike"),
        ("1984-12-20", "The first pits close"),
        ("1984-12-28", "Talks break down"),
        ("1985-01-06", "The miners march on the capital"),
    ]


def test_months_above_the_heading_that_do_not_turn_the_year_stay_unread() -> None:
    # "3 Nov." above, "6 Nov." below: no turn of the year shown; the year is not guessed
    text = TURN_OF_THE_YEAR.replace("6 Jan.", "6 Nov.")
    found = dates(text)
    assert not any(d.startswith("1984") for d, _, _ in found)
    assert any("The union votes to strike" in line for line in unplaced(text))


def test_months_above_the_heading_out_of_order_stay_unread() -> None:
    text = TURN_OF_THE_YEAR.replace("20 Dec. The first pits close", "20 Mar. The first pits close")
    assert not any(d.startswith("1984") for d, _, _ in dates(text))


def test_a_year_given_by_the_user_is_kept() -> None:
    found = dates(TURN_OF_THE_YEAR, 1990)
    assert found[0][0] == "1990-11-03"


# --- a 24-hour clock written with a dot under a day ---------------------------------------

DOTTED_CLOCK = (
    "The Rising\n"
    "25th November 1913 The volunteers are founded in the city.\n"
    "5th September 1914 The council decides on a rising.\n"
    "3rd January 1916 The plans are drawn up.\n"
    "24th April 11.30: Rebels occupy the post office.\n"
    "16.00: The proclamation is read outside.\n"
    "25th April 05.30: Troops enter the hotel.\n"
    "20.00: A gunboat sails into the river.\n"
    "26th April 09.00: The gunboat shells the hall.\n"
)


def test_a_dotted_24_hour_time_under_a_day_is_a_new_item() -> None:
    assert dates(DOTTED_CLOCK)[3:] == [
        ("1916-04-24", None, "11.30: Rebels occupy the post office."),
        ("1916-04-24", None, "16.00: The proclamation is read outside."),
        ("1916-04-25", None, "05.30: Troops enter the hotel."),
        ("1916-04-25", None, "20.00: A gunboat sails into the river."),
        ("1916-04-26", None, "09.00: The gunboat shells the hall."),
    ]


def test_a_dotted_number_that_is_no_time_is_no_item() -> None:
    # "25.70:" is no time of the day (minutes over 59): not a new item
    text = DOTTED_CLOCK.replace("20.00: A gunboat", "25.70: A gunboat")
    assert ("1916-04-25", None, "25.70: A gunboat sails into the river.") not in dates(text)


@settings(max_examples=40, deadline=None)
@given(hour=st.integers(min_value=0, max_value=23), minute=st.integers(min_value=0, max_value=59))
def test_every_dotted_time_of_the_day_starts_an_item(hour: int, minute: int) -> None:
    text = DOTTED_CLOCK.replace("20.00:", f"{hour:02d}.{minute:02d}:")
    assert ("1916-04-25", None, f"{hour:02d}.{minute:02d}: A gunboat sails into the river.") in (
        dates(text)
    )


def layout(text: str) -> list[str]:
    return [s.text for s in split_entries(text).layout]


# --- an ordinal count of trial days before the date ("1. Verhandlungstag: 6. Mai 2013") -----

TRIAL_DAYS = (
    "Der Prozess: eine Chronologie.\n"
    "1. Verhandlungstag: 6. Mai 2013\n"
    "Der Prozess beginnt in der Stadt.\n"
    "2. Verhandlungstag: 14. Mai 2013\n"
    "Die Anklage wird verlesen.\n"
    "7. Verhandlungstag: 6. Juni 2013\n"
    "Ein Zeuge sagt aus.\n"
)


def test_a_counted_trial_day_before_its_date_is_the_date_alone() -> None:
    assert dates(TRIAL_DAYS) == [
        ("2013-05-06", None, "Der Prozess beginnt in der Stadt."),
        ("2013-05-14", None, "Die Anklage wird verlesen."),
        ("2013-06-06", None, "Ein Zeuge sagt aus."),
    ]
    assert "1. Verhandlungstag" in layout(TRIAL_DAYS)


def test_two_counted_days_are_no_layout() -> None:
    text = TRIAL_DAYS.replace("7. Verhandlungstag: 6. Juni 2013\nEin Zeuge sagt aus.\n", "")
    assert "1. Verhandlungstag" not in layout(text)


# --- a page's date with the time it was updated, at its top --------------------------------

UPDATED_PAGE = (
    "31 enero 2017\n"
    "Actualizado 13:37 CEST\n\n"
    "2011\n\n"
    "12 de diciembre\n\nDos estudiantes mueren en una protesta.\n\n"
    "2012\n\n"
    "9 de enero\n\nUn informe culpa a la policía.\n"
)


def test_a_date_above_an_update_stamp_is_the_pages_date() -> None:
    assert dates(UPDATED_PAGE) == [
        ("2011-12-12", None, "Dos estudiantes mueren en una protesta."),
        ("2012-01-09", None, "Un informe culpa a la policía."),
    ]
    assert {"31 enero 2017", "Actualizado 13:37 CEST"} <= set(layout(UPDATED_PAGE))


def test_a_date_and_an_update_stamp_on_one_line_are_the_pages_date() -> None:
    text = UPDATED_PAGE.replace(
        "31 enero 2017\nActualizado 13:37 CEST", "Sábado 15/10/2011. Actualizado 11:06h."
    )
    assert all(date != "2011-10-15" for date, _, _ in dates(text))
    assert "Sábado 15/10/2011. Actualizado 11:06h." in layout(text)


def test_a_dated_entry_that_mentions_an_update_stays_an_entry() -> None:
    # no clock time after the word: an entry's text, not a page's stamp
    text = UPDATED_PAGE.replace("Actualizado 13:37 CEST", "El plan es actualizado por el gobierno.")
    assert "31 enero 2017" not in layout(text)


# --- the word for "year" before a year heading ("Año 2009. La búsqueda") -------------------

YEAR_WORD = (
    "17 de octubre de 2011. Empieza el juicio.\n\n"
    "Año 2009. La búsqueda\n\n"
    "24 de enero. Es sábado. La joven sale de casa.\n\n"
    "Año 2010. El juicio\n\n"
    "3 de marzo. Se abre la vista.\n"
)


def test_a_year_word_and_a_short_title_are_a_year_heading() -> None:
    assert dates(YEAR_WORD) == [
        ("2011-10-17", None, "Empieza el juicio."),
        ("2009-01-24", None, "Es sábado. La joven sale de casa."),
        ("2010-03-03", None, "Se abre la vista."),
    ]


def test_a_year_word_in_a_sentence_is_no_heading() -> None:
    text = YEAR_WORD.replace("Año 2009. La búsqueda", "Año 2009. La familia busca a la joven.")
    assert ("2009-01-24", None, "Es sábado. La joven sale de casa.") not in dates(text)


# --- two day numbers under a month heading --------------------------------------------------

TWO_DAYS = (
    "Una cronología.\n\n"
    "Septiembre de 2014\n\n"
    "26 – Los estudiantes viajan a la ciudad.\n\n"
    "27 – Las familias denuncian la desaparición.\n"
)


def test_two_rising_day_numbers_under_a_month_are_its_days() -> None:
    assert dates(TWO_DAYS) == [
        ("2014-09-26", None, "Los estudiantes viajan a la ciudad."),
        ("2014-09-27", None, "Las familias denuncian la desaparición."),
    ]


def test_a_list_numbered_from_one_under_a_month_is_no_days() -> None:
    text = TWO_DAYS.replace("26 –", "1 –").replace("27 –", "2 –")
    assert ("2014-09-01", None, "Los estudiantes viajan a la ciudad.") not in dates(text)


# --- a table's rows flattened with a row number and a year cell -----------------------------

NUMBERED_ROWS = (
    "|\nDatum |\nGebeurtenis |\n"
    "1 | 1520 | - 1520: De reis om de wereld\nEen schip vaart om de wereld.\n|\n"
    "2 | 1568 | - 1568—1648: De lange oorlog\nDe opstand begint.\n|\n"
    "3 | 1600 | De slag bij Nieuwpoort.\n"
)


def test_a_numbered_rows_event_keeps_its_own_date_else_the_year_cells() -> None:
    assert dates(NUMBERED_ROWS) == [
        ("1520", None, "De reis om de wereld Een schip vaart om de wereld."),
        ("1568", "1648", "De lange oorlog De opstand begint."),
        ("1600", None, "De slag bij Nieuwpoort."),
    ]
    assert "1 | 1520 | -" in layout(NUMBERED_ROWS)


def test_rows_not_numbered_one_after_another_stay_as_written() -> None:
    text = NUMBERED_ROWS.replace("2 | 1568", "5 | 1568")
    assert "1 | 1520 | -" not in layout(text)


# --- a category code before the year (a spreadsheet's column) -------------------------------

CODED_ROWS = (
    "Key Year Invention\n"
    "ma -1900 A number system\n"
    "i 1434 A water clock\n"
    "o 1714 A typewriter patent\n"
    "t 1792 A semaphore telegraph\n"
    "c 1822 A difference engine\n"
)


def test_category_codes_before_years_are_layout() -> None:
    assert dates(CODED_ROWS) == [
        ("1434", None, "A water clock"),
        ("1714", None, "A typewriter patent"),
        ("1792", None, "A semaphore telegraph"),
        ("1822", None, "A difference engine"),
    ]
    assert "ma -1900 A number system" in unplaced(CODED_ROWS)  # (before the Common Era)


def test_words_before_years_are_no_codes() -> None:
    text = "in 1434 a clock was built\non 1714 a patent\nby 1792 a telegraph\nat 1822 an engine\n"
    assert dates(text) == []


@settings(max_examples=30, deadline=None)
@given(
    codes=st.lists(
        st.text(alphabet="bdefghijkmnopqrstuvwxyz", min_size=1, max_size=3).filter(
            lambda code: code not in {"in", "on", "by", "to", "at", "of", "and", "the", "for"}
        ),
        min_size=3,
        max_size=3,
        unique=True,
    )
)
def test_any_three_category_codes_are_taken_off(codes: list[str]) -> None:
    years = (1434, 1714, 1792)
    text = "".join(
        f"{code} {year} An invention is made\n" for code, year in zip(codes, years, strict=True)
    )
    assert [date for date, _, _ in dates(text)] == [str(year) for year in years]


# --- Russian months, and "года" after the year ----------------------------------------------

RUSSIAN = (
    "Хронология событий\n\n"
    "Январь 2014 года: Начинаются протесты в столице.\n\n"
    "Февраль 2014 года: Протестующие требуют отставки.\n\n"
    "21 февраля 2014 года: Подписано соглашение.\n\n"
    "3 марта: Парламент собирается снова.\n"
)


def test_russian_months_and_the_year_word_are_read() -> None:
    assert dates(RUSSIAN) == [
        ("2014-01", None, "Начинаются протесты в столице."),
        ("2014-02", None, "Протестующие требуют отставки."),
        ("2014-02-21", None, "Подписано соглашение."),
        ("2014-03-03", None, "Парламент собирается снова."),
    ]


@settings(max_examples=40, deadline=None)
@given(
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    year=st.integers(min_value=1900, max_value=2030),
    word=st.sampled_from(["", " года", " г."]),
)
def test_a_russian_day_reads_in_the_one_grammar(month: int, day: int, year: int, word: str) -> None:
    from ktimeline import dates as grammar

    genitive = [name for name, number in grammar.RUSSIAN_MONTHS.items() if number == month][1]
    written = f"{day} {genitive} {year}{word}"
    found = grammar.find_date(f"{written}: текст", 0)
    assert found is not None and found.group() == written
    assert grammar.parse_date_argument(f"{day} {genitive} {year}", "START").start.isoformat() == (
        f"{year:04d}-{month:02d}-{day:02d}"
    )


def test_a_russian_word_that_is_no_month_is_no_date() -> None:
    from ktimeline import dates as grammar

    assert grammar.find_date("маяк 2014", 0) is None  # ("маяк", a lighthouse, not "мая")


# --- a full stop and a dash as a separator ("7 de diciembre.- text") ------------------------


def test_a_full_stop_and_a_dash_separate_a_date_from_its_text() -> None:
    text = (
        "2014\n"
        "– 4 de noviembre: El alcalde es detenido.\n"
        "– 7 de noviembre: La fiscalía da por muertos a los estudiantes.\n"
        "– 7 de diciembre.- El laboratorio identifica a un estudiante.\n"
    )
    assert ("2014-12-07", None, "El laboratorio identifica a un estudiante.") in dates(text)


# --- a page titled by a year, its own date below the title ----------------------------------

YEAR_PAGE = (
    "1998\n\nArticle\n\nMarch 3, 2021\n\nThe year 1998 was a busy one.\n\nEvents\n\n"
    "4 May - The bridge opens.\n\n9 May - The first train crosses.\n\n"
    "2 June - A storm closes the line.\n"
)


def test_a_year_titles_page_gives_its_entries_that_year_over_the_pages_date() -> None:
    assert dates(YEAR_PAGE) == [
        ("1998-05-04", None, "The bridge opens."),
        ("1998-05-09", None, "The first train crosses."),
        ("1998-06-02", None, "A storm closes the line."),
    ]
    assert {"1998", "March 3, 2021"} <= set(layout(YEAR_PAGE))


def test_a_dated_entry_below_a_year_title_stays_where_later_dates_write_years() -> None:
    text = YEAR_PAGE.replace("2 June - A storm", "2 June 1999 - A storm")
    assert "March 3, 2021" not in layout(text)


# --- a year's bulleted items: dated ones "May 6 - text", undated ones, months with a dash ----

YEAR_BULLETS = (
    "A decade\n\n"
    "1960\n\n"
    "• The council is founded.\n\n"
    "• February 1 - 4 students sit at a lunch counter.\n\n"
    "• March 15 - The sit-ins spread.\n\n"
    "• May 6 - The act is signed.\n\n"
    "• A book on the movement is published.\n\n"
    "• November - The election is held.\n\n"
    "1961\n\n"
    "• March 1 The president starts a program.\n\n"
    "• April 25 - The invasion fails.\n"
)


def test_a_years_items_read_as_a_reader_reads_them() -> None:
    assert [(d, e) for d, e, _ in dates(YEAR_BULLETS)] == [
        ("1960", None),
        ("1960-02-01", None),
        ("1960-03-15", None),
        ("1960-05-06", None),
        ("1960", None),
        ("1960-11", None),
        ("1961-03-01", None),
        ("1961-04-25", None),
    ]
    found = dates(YEAR_BULLETS)
    assert found[1][2] == "4 students sit at a lunch counter."
    assert found[4][2] == "A book on the movement is published."
    assert found[6][2] == "The president starts a program."


def test_a_month_with_a_dash_needs_the_documents_dashed_days() -> None:
    # without "May 6 - text" days, "November - text" stays unread (a month needs its colon)
    text = "1960\n\n• The council is founded.\n\n• November - The election is held.\n"
    assert ("1960-11", None, "The election is held.") not in dates(text)


def test_a_span_of_days_before_a_capital_is_no_day_and_a_number() -> None:
    # "February 1 - 4 Students …": a span of days before a capital, never "4 Students"
    text = YEAR_BULLETS.replace("February 1 - 4 students sit", "February 1 - 4 Students sit")
    assert all(not t.startswith("4 Students") for _, _, t in dates(text))


# --- "1º de janeiro", a title ending with "!", photo credits in lower case ------------------

RETROSPECTIVE = (
    "Relembre os fatos marcantes de janeiro de 2023!\n\n"
    "1º de janeiro: O novo governo toma posse.\n\n"
    "Reprodução/TV Globo\n\n"
    "8 de janeiro: Prédios públicos são atacados.\n\n"
    "divulgação agência\n\n"
    "15 de janeiro: Um avião cai no Nepal.\n"
)


def test_an_ordinal_day_a_titles_year_and_credits_between_entries() -> None:
    assert dates(RETROSPECTIVE) == [
        ("2023-01-01", None, "O novo governo toma posse."),
        ("2023-01-08", None, "Prédios públicos são atacados."),
        ("2023-01-15", None, "Um avião cai no Nepal."),
    ]
    assert "divulgação agência" in layout(RETROSPECTIVE)


def test_a_long_exclamation_is_a_sentence_not_a_title() -> None:
    text = RETROSPECTIVE.replace(
        "Relembre os fatos marcantes de janeiro de 2023!",
        "Relembre com a gente todos os fatos mais marcantes e importantes que aconteceram em "
        "janeiro de 2023 no Brasil e no mundo!",
    )
    assert all(date[:4] != "2023" for date, _, _ in dates(text))


def test_a_lower_case_line_that_ends_a_sentence_goes_on_with_the_entry() -> None:
    text = RETROSPECTIVE.replace("divulgação agência", "e o país para.")
    assert ("2023-01-08", None, "Prédios públicos são atacados. e o país para.") in dates(text)
