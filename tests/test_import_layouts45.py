"""Issue 22, layouts45: the misses of the blind part held-out-26, as general rules tested on
chronologies of other subjects and wordings: a graphic's dates stacked in blocks above as many
one-line texts; year spans written with "to" and a day to a month ("3 July – October 2023");
a year alone over its month and day as bare number lines; "YEAR - Month: text"; Turkish
months; items ending with a bracketed date whose titles open with a number or a day that is
part of their name ("2. Meşrutiyet (23 Temmuz 1908)", "31 Mart Vakası (13 Nisan 1909)"); a
search box's label; a bracketed year with its text run into the bracket; a picture's tag alone
on a line of a page's source; with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from ktimeline.importing.entries import split_entries
from tests.import_support import read_entries, reasons

# --- whole dates stacked above as many one-line texts ---------------------------------------


CLUB_SEASONS = """\
12 August 1995
19 August 1995
2 September 1995
The season opens with a home draw against the champions.
The new stand is opened before a record crowd.
The captain breaks his leg in the derby.
14 April 1996
1 May 1996
5 May 1996
The club is fined for fielding an ineligible player.
Promotion is sealed with two games to spare.
The manager resigns after the final whistle.
"""


def test_dates_stacked_in_blocks_pair_with_the_texts_after_them_in_order() -> None:
    assert read_entries(CLUB_SEASONS) == [
        ("1995-08-12", None, "The season opens with a home draw against the champions."),
        ("1995-08-19", None, "The new stand is opened before a record crowd."),
        ("1995-09-02", None, "The captain breaks his leg in the derby."),
        ("1996-04-14", None, "The club is fined for fielding an ineligible player."),
        ("1996-05-01", None, "Promotion is sealed with two games to spare."),
        ("1996-05-05", None, "The manager resigns after the final whistle."),
    ]


def test_stacked_dates_may_be_months_and_spans_of_other_wordings() -> None:
    inquiry = (
        "March 2009\n2010 to 2012\n4 May – June 2013\n"
        "Das Ministerium kündigt eine Prüfung an.\n"
        "Three reviews of the contracts are held.\n"
        "Hearings take place in the capital.\n"
    )
    assert read_entries(inquiry) == [
        ("2009-03", None, "Das Ministerium kündigt eine Prüfung an."),
        ("2010", "2012", "Three reviews of the contracts are held."),
        ("2013-05-04", "2013-06", "Hearings take place in the capital."),
    ]


def test_two_dates_stacked_are_no_such_block() -> None:
    # (a date with no text, then a date whose text is two sentences on two lines)
    text = (
        "Harbour works\n\n1 June 1901\n2 June 1901\nThe pier is begun.\n"
        "Divers inspect the piles.\n\n5 June 1901\nThe crane arrives.\n"
    )
    got = read_entries(text)
    assert ("1901-06-01", None, "The pier is begun.") not in got
    assert next(item for item in got if item[0] == "1901-06-02")[2].startswith("The pier")


def test_a_block_whose_texts_are_wrapped_or_miscounted_is_left_as_it_is() -> None:
    wrapped = (
        "1 June 1901\n2 June 1901\n3 June 1901\nThe pier is begun by the\n"
        "harbour board's own men.\nThe crane arrives.\n"
    )
    assert ("1901-06-01", None, "The pier is begun by the") not in read_entries(wrapped)
    more = (
        "1 June 1901\n2 June 1901\n3 June 1901\nThe pier is begun.\nThe crane arrives.\n"
        "Divers inspect the piles.\nA storm damages the pier.\n"
    )
    assert ("1901-06-01", None, "The pier is begun.") not in read_entries(more)


# --- year spans with "to", a day to a month -------------------------------------------------


def test_years_joined_by_to_are_a_span_and_a_count_after_to_is_not() -> None:
    found = dates.find_date("1939 to 1945")
    assert found is not None and found.group() == "1939 to 1945"
    assert dates.date_shape(found) == "years"
    counted = dates.find_date("1990 to 5 per cent")
    assert counted is not None and counted.group() == "1990"
    assert read_entries("1939 to 1945: The war years.\n1946 to 1950: Rebuilding.\n") == [
        ("1939", "1945", "The war years."),
        ("1946", "1950", "Rebuilding."),
    ]


def test_a_day_to_a_month_is_read_to_the_end_of_that_month() -> None:
    assert read_entries(
        "12 March – May 1990: Strikes spread to the ports.\n"
        "28 November – February 1991: The long winter of talks.\n"
    ) == [
        ("1990-03-12", "1990-05", "Strikes spread to the ports."),
        ("1990-11-28", "1991-02", "The long winter of talks."),
    ]


# --- a year alone over its month and day as bare number lines -------------------------------


BREWERY = """\
History

The brewery is founded
1872
3
14

1872. On a cold morning the first barrel was filled by the two brothers.

A fire at the malt house
1901
9

1901. In September the malt house burned and was rebuilt within a year.
"""


def test_month_and_day_numbers_under_a_year_date_the_paragraph_with_that_year() -> None:
    assert read_entries(BREWERY) == [
        ("1872-03-14", None, "On a cold morning the first barrel was filled by the two brothers."),
        ("1901-09", None, "In September the malt house burned and was rebuilt within a year."),
    ]
    why = reasons(BREWERY)
    assert why["3"].startswith("the month and day of the year above")


def test_numbers_under_a_year_that_are_no_month_or_no_paragraph_of_it_stay() -> None:
    page = (
        "1901\n13\n\n1901. The malt house burned.\n\n1902\n4\n\nThe new malt house opens.\n"
        "\n1903\n5\n\n1903-05. A second brewery is built over two years.\n"
    )
    assert all(date[:4] == date for date, _, _ in read_entries(page))
    assert not any(why.startswith("the month and day") for why in reasons(page).values())


# --- "YEAR - Month: text" ---------------------------------------------------------------------


def test_a_month_and_its_colon_after_a_year_and_dash_date_the_item() -> None:
    assert read_entries(
        "1968 - The observatory is planned.\n1969 - July: The dome is raised.\n"
        "1970 - May: First light on the new telescope.\n1972 - A second dome is added.\n"
    ) == [
        ("1968", None, "The observatory is planned."),
        ("1969-07", None, "The dome is raised."),
        ("1970-05", None, "First light on the new telescope."),
        ("1972", None, "A second dome is added."),
    ]


def test_a_word_and_colon_that_is_no_month_stays_the_years_text() -> None:
    got = read_entries(
        "2020 - Mars: the rover is launched.\n2021 - Note: the landing is delayed.\n"
        "2022 - The rover finds clay.\n"
    )
    assert got[0][:2] == ("2020", None) and got[0][2].startswith("Mars:")
    assert got[1][:2] == ("2021", None) and got[1][2].startswith("Note:")


# --- Turkish months; titles ending with their bracketed date ----------------------------------


def test_turkish_months_are_read_after_a_day_and_before_a_year() -> None:
    for written, month in (("30 Ekim 1918", 10), ("15 Şubat 1919", 2), ("1 Ağustos 1914", 8)):
        found = dates.find_date(written)
        assert found is not None and found.group() == written
        assert dates.month_number(dates.date_parts(found)["m1"] or "") == month
    found = dates.find_date("Haziran 1950")
    assert found is not None and dates.date_shape(found) == "month-year"


FOOTBALL = """\
Vereinsgeschichte

1. FC Köln gegründet (13 Februar 1948)
Der Verein entsteht aus zwei älteren Klubs der Stadt.

Erste Meisterschaft (Mai 1962)
Die Mannschaft gewinnt das Endspiel in Berlin.

25 April Cup (9 November 1963)
Ein Freundschaftsturnier in Lissabon endet mit einem Sieg.

2. Bundesliga eingeführt (1974)
Der Verein spielt in der ersten Liga weiter.
"""


def test_a_title_opening_with_a_number_or_a_day_of_its_name_keeps_them() -> None:
    assert [(d, e, t[:22]) for d, e, t in read_entries(FOOTBALL)] == [
        ("1948-02-13", None, "1. FC Köln gegründet D"),
        ("1962-05", None, "Erste Meisterschaft Di"),
        ("1963-11-09", None, "25 April Cup Ein Freun"),
        ("1974", None, "2. Bundesliga eingefüh"),
    ]


def test_a_numbered_list_of_titles_ending_with_dates_keeps_its_numbering_apart() -> None:
    wars = (
        "1. War of the First League (1701)\n2. War of the Second League (1705)\n"
        "3. War of the Third League (1711)\n"
    )
    assert [text for _, _, text in read_entries(wars)] == [
        "War of the First League",
        "War of the Second League",
        "War of the Third League",
    ]


def test_an_item_opening_with_its_day_and_a_dash_is_no_title_named_by_a_day() -> None:
    text = (
        "June 25 – The border is crossed (1950)\nJuly 5 – First clash at the pass (1950)\n"
        "July 20 – The city falls (1950)\n"
    )
    assert not any(date == "1950" for date, _, _ in read_entries(text))


# --- a search box's label ---------------------------------------------------------------------


def test_a_search_boxs_label_and_provider_are_layout() -> None:
    page = (
        "1801: The canal is dug.\n1802: The lock opens.\nSearch ABC ::\n\nCustom Search\n"
        "1803: The first barge passes.\n"
    )
    assert [t for _, _, t in read_entries(page)] == [
        "The canal is dug.",
        "The lock opens.",
        "The first barge passes.",
    ]
    layout = [item.text for item in split_entries(page).layout]
    assert "Search ABC ::" in layout and "Custom Search" in layout
    rescue = "1801: The canal is dug.\nSearch and rescue teams reach the lock.\n"
    assert "Search and rescue teams reach the lock." not in [
        item.text for item in split_entries(rescue).layout
    ]


# --- a bracketed year with its text run into the bracket --------------------------------------


def test_a_bracketed_year_run_into_its_text_opens_the_item() -> None:
    assert read_entries(
        "Canal history\n\n• (1859) Work begins at the northern end\n"
        "• (1869)Suez Canal opens to shipping\n• (1875) Shares are sold to Britain\n"
    ) == [
        ("1859", None, "Work begins at the northern end"),
        ("1869", None, "Suez Canal opens to shipping"),
        ("1875", None, "Shares are sold to Britain"),
    ]


# --- a picture's tag alone on a line of a page's source -------------------------------------


def test_a_pictures_tag_alone_on_a_source_line_is_listed() -> None:
    page = (
        "<h2>The Lighthouse</h2>\n"
        '<img class="right" title="The tower in winter." src="/img/tower.jpg">\n'
        "<p>1850: The tower is lit for the first time.</p>\n"
        "<p>1871: A keeper's house is built.</p>\n<p>1903: The lamp is electrified.</p>\n"
    )
    split = split_entries(page)
    assert [e.date for e in split.entries] == ["1850", "1871", "1903"]
    assert any(item.text.startswith('<img class="right"') for item in split.layout)
