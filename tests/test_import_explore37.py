"""Issue 22, explore37: layouts met by trying new real pages as a new user would (a web
page's date cell wrapped after its month, a month glued to its year, a PDF's list of months
run together on one line), each rule on short chronologies written for the test in other
subjects and wordings (never the pages' own words), and what each must not read."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- a date broken after its month's name ("• Nov." / "12, 1925") ----------------------------


def test_a_date_wrapped_after_its_month_is_read_whole() -> None:
    text = (  # a museum's history, as a page with a narrow date column gives it
        "The museum through the years\n\n"
        "  • 1901\n\n"
        "    The collection opens to the public in two rooms.\n\n"
        "  • Mar.\n"
        "      4, 1910\n\n"
        "    The east wing is added.\n\n"
        "  • 1923\n\n"
        "    A fire destroys the print room.\n"
    )
    assert _read(text) == [
        ("1901", None, "The collection opens to the public in two rooms."),
        ("1910-03-04", None, "The east wing is added."),
        ("1923", None, "A fire destroys the print room."),
    ]


def test_a_wrapped_date_without_bullets_and_with_an_ordinal() -> None:
    text = (  # a club's seasons, dates in a cell of their own
        "1950\n"
        "The club is founded in a public house.\n"
        "September\n"
        "3rd 1952\n"
        "The first league match is played.\n"
        "1958\n"
        "The ground is bought.\n"
    )
    assert _read(text) == [
        ("1950", None, "The club is founded in a public house."),
        ("1952-09-03", None, "The first league match is played."),
        ("1958", None, "The ground is bought."),
    ]


def test_a_month_heading_over_dated_items_is_not_joined() -> None:
    text = (  # a month's heading over its items: each item has its own day and text
        "2019\nNovember\n12: The bridge closes for repairs.\n20: The bridge reopens.\n"
    )
    assert _read(text) == [
        ("2019-11-12", None, "The bridge closes for repairs."),
        ("2019-11-20", None, "The bridge reopens."),
    ]


def test_a_count_below_a_month_is_not_a_date() -> None:
    text = (  # "12, 300" is no day and year; the month stays a heading of its year
        "2004\nMarch\n12 300 people march in the capital.\n2005\nThe law is repealed.\n"
    )
    entries = _read(text)
    assert all(not date.endswith("-12") for date, _, _ in entries)
    assert ("2005", None, "The law is repealed.") in entries


# --- a month's name glued to its year ("July1930", "December1960") --------------------------


def test_a_month_glued_to_its_year_is_read_as_that_month() -> None:
    for written, month in (("July1930", "1930-07"), ("December1960", "1960-12")):
        found = dates.find_date(written)
        assert found is not None and found["date"] == written
        # (the same form as ``range`` reads it: the one grammar)
        assert dates.parse_date_argument(written, "START").start_iso == f"{month}-01"
    text = (  # a theatre's history, its dates lost their spaces
        "-\n"
        "1911\n"
        "The theatre opens with a comedy.\n"
        "-\n"
        "April1921\n"
        "A gallery is added above the stalls.\n"
        "-\n"
        "October1936\n"
        "The theatre becomes a cinema.\n"
    )
    assert _read(text) == [
        ("1911", None, "The theatre opens with a comedy."),
        ("1921-04", None, "A gallery is added above the stalls."),
        ("1936-10", None, "The theatre becomes a cinema."),
    ]


def test_a_glued_month_year_alone_is_no_entry_of_its_own_words() -> None:
    text = (  # a month with no item below it: never an entry whose text is its date
        "1911\n"
        "The theatre opens with a comedy.\n"
        "April1921\n"
        "-\n"
        "1936\n"
        "The theatre becomes a cinema.\n"
    )
    assert all(text_ != "April1921" for _, _, text_ in _read(text))


def test_words_glued_to_a_year_are_not_months() -> None:
    for written in ("Summary2019", "Decembers1960", "Bay2019", "Jane1930"):
        found = dates.find_date(written)
        assert found is None or found["date"] != written


# --- a list of months run together on one line --------------------------------------------


def _months_line(items: list[str]) -> str:
    return " ".join(items)


def test_months_run_together_on_one_line_newest_first() -> None:
    line = _months_line(
        [  # a shipyard's recent news, as a PDF's text gives it: one line, newest first
            "June 2021 The yard launches its largest ferry so far. The order book is full"
            " for three years, the board says.",
            "March 2021 Workers vote to accept a new pay deal after a two-week strike.",
            "January 2021 A fire in the paint shop halts work for a month. Nobody is hurt.",
            "November 2020 The yard wins a contract for four research vessels.",
        ]
    )
    assert [(date, end) for date, end, _ in _read(line)] == [
        ("2021-06", None),
        ("2021-03", None),
        ("2021-01", None),
        ("2020-11", None),
    ]
    texts = [text for _, _, text in _read(line)]
    assert texts[1].startswith("Workers vote") and texts[3].startswith("The yard wins")


def test_months_run_together_oldest_first() -> None:
    line = _months_line(
        [  # an orchestra's first seasons
            "September 1999 The orchestra gives its first concert in the town hall.",
            "May 2000 A new conductor is appointed for the next season.",
            "October 2000 The orchestra tours abroad for the first time.",
            "April 2001 A recording of the symphonies is released to good reviews.",
        ]
    )
    assert [date for date, _, _ in _read(line)] == ["1999-09", "2000-05", "2000-10", "2001-04"]


def test_a_paragraph_naming_months_is_not_split() -> None:
    line = (  # prose that names months inside its sentences, opening with one
        "March 2020 Was a hard month for the firm, and the board met often. In May 2020 it"
        " cut its prices; by June 2020 sales had recovered, and in September 2020 the firm"
        " hired again. The staff were told in October 2020 that bonuses would be paid, and"
        " in December 2020 they were, though the accounts showed a loss for the year."
    )
    assert len(_read(line)) <= 1
    assert not any(date == "2020-05" for date, _, _ in _read(line))


def test_month_years_after_a_full_stop_in_lower_case_stay_text() -> None:
    line = (  # each month-year after a sentence's end, but its verb in lower case
        "January 2015 The council meets. March 2015 saw the first vote on the plan, and the"
        " plan passed. June 2015 brought a second vote on the budget, which failed badly."
        " October 2015 was the month the mayor resigned, after weeks of quarrels in the hall."
    )
    assert len(_read(line)) == 1
    assert left_out(line) == [] or all("March 2015" not in piece for piece in left_out(line))


# --- a day's weekday cut short in brackets after the date ("2019.12.30 (Mon) text") --------


def test_a_short_weekday_in_brackets_is_the_dates_not_the_texts() -> None:
    text = (  # a lab's log exported as a table, its weekdays cut short
        "Date Event\n"
        "2021.03.01 (Mon) The new freezer is installed in room 4.\n"
        "2021.03.03 (Wed.) Samples are moved from the old freezer.\n"
        "2021.03.05 (Fri) The old freezer is taken away.\n"
    )
    assert _read(text) == [
        ("2021-03-01", None, "The new freezer is installed in room 4."),
        ("2021-03-03", None, "Samples are moved from the old freezer."),
        ("2021-03-05", None, "The old freezer is taken away."),
    ]


def test_a_place_in_brackets_after_a_date_stays_the_texts() -> None:
    text = (  # a note that is no weekday opens the text, as before
        "12 May 1998 (Paris): The treaty is signed.\n"
        "14 May 1998 (Bonn): The treaty is ratified.\n"
        "20 May 1998 (Rome): The treaty comes into force.\n"
    )
    assert next(text_ for _, _, text_ in _read(text)).startswith("(Paris)")


# --- a month or a year alone with its colon over dated items: a heading ------------------


def test_a_month_with_its_colon_over_days_is_a_heading() -> None:
    text = (  # a school's year, its months written as labels
        "SEPTEMBER 2022:\n"
        "5 September - Term begins.\n"
        "20 September - The new library opens.\n"
        "OCTOBER 2022:\n"
        "14 October - Parents' evening is held.\n"
    )
    assert _read(text) == [
        ("2022-09-05", None, "Term begins."),
        ("2022-09-20", None, "The new library opens."),
        ("2022-10-14", None, "Parents' evening is held."),
    ]
    assert reasons(text)["OCTOBER 2022:"] == "heading"


def test_a_dated_line_with_its_colon_and_text_below_is_still_an_entry() -> None:
    text = (  # a year with its colon, its text on the next line: the year's entry
        "1850:\n"
        "The first mill is built on the river.\n"
        "1862:\n"
        "A second mill is built downstream.\n"
        "1871:\n"
        "Both mills are sold.\n"
    )
    assert _read(text) == [
        ("1850", None, "The first mill is built on the river."),
        ("1862", None, "A second mill is built downstream."),
        ("1871", None, "Both mills are sold."),
    ]


# --- a linked word's preview written into the text by an encyclopedia's mirror ------------


def test_a_linked_words_preview_is_furniture_not_the_entrys_text() -> None:
    text = (  # a canal's history, as a mirror shows a linked word's title and summary
        "Timeline of the canal\n\n"
        "  • 1761 - The first section opens to carry coal to Manchester\n"
        "    Manchester\n"
        "    Manchester is a city in North West England, known for its mills and its...\n\n"
        "     from the mines at Worsley.\n"
        "  • 1776 - The canal reaches the river Mersey.\n"
    )
    entries = _read(text)
    assert [date for date, _, _ in entries] == ["1761", "1776"]
    assert "city in North West England" not in entries[0][2]
    assert "from the mines at Worsley." in entries[0][2]
    assert "Manchester" in left_out(text)


def test_a_short_line_and_a_cut_paragraph_without_the_linked_words_stay() -> None:
    text = (  # a title line under a line that does not end with it: an entry's own text
        "1905 - The society is founded by six doctors.\n"
        "Early members\n"
        "Early members include teachers, priests and two painters of the town...\n"
        "1910 - The society opens a library.\n"
    )
    entries = _read(text)
    assert "Early members include teachers" in entries[0][2] or any(
        "Early members include" in piece for piece in left_out(text)
    )
    assert not any(
        reason.startswith("a linked word's preview") for reason in reasons(text).values()
    )


# --- "- DATE: text" items, a later one run into a line after a spaced hyphen -----------------


def test_dash_items_run_into_a_line_are_split() -> None:
    text = (  # a football club's history, in Spanish, some line breaks lost
        "Las fechas clave del club:\n"
        "- 1902: Se funda el club en el barrio del puerto - 1905: Gana su primera liga regional.\n"
        "- 12 de mayo de 1923: Se inaugura el estadio.\n"
        "- Marzo 1936: El club suspende su actividad. - 4 de junio de 1939: vuelve a jugar.\n"
        "- 1950: Asciende a primera división.\n"
    )
    assert [date for date, _, _ in _read(text)] == [
        "1902",
        "1905",
        "1923-05-12",
        "1936-03",
        "1939-06-04",
        "1950",
    ]
    texts = [text_ for _, _, text_ in _read(text)]
    assert texts[0] == "Se funda el club en el barrio del puerto"
    assert texts[4] == "vuelve a jugar."


def test_a_spaced_hyphen_before_a_date_without_its_colon_stays_text() -> None:
    text = (  # dates after a hyphen inside items, none with its colon: no item of their own
        "- 1914: The factory opens - 1915 saw its first strike.\n"
        "- 1920: The factory doubles in size - a record for the town.\n"
        "- 1931: The factory closes.\n"
        "- 1990 - 1995: The site lies empty.\n"
    )
    entries = _read(text)
    assert [date for date, _, _ in entries] == ["1914", "1920", "1931", "1990"]
    assert "1915 saw its first strike." in entries[0][2]
    assert ("1990", "1995", "The site lies empty.") in entries


# --- a bulleted item opening with an approximate year before the Common Era ------------------


def test_a_bulleted_circa_year_before_the_era_says_so() -> None:
    text = (  # a history of lighthouses, its first item before the Common Era
        "Ancient times\n"
        "  • c. 280 BC - The lighthouse of Alexandria is built.\n"
        "Modern times\n"
        "  • 1698 - The first Eddystone lighthouse is lit.\n"
        "  • 1759 - A stone tower replaces it.\n"
    )
    found = reasons(text)
    item = next(piece for piece in found if "280 BC" in piece)
    assert "before the Common Era" in found[item]
    assert [date for date, _, _ in _read(text)] == ["1698", "1759"]
