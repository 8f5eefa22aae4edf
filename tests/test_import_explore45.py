"""Issue 22, explore45: layouts met by trying chronologies of a band, a trial, a gig diary, a
sports calendar, railway disasters, a court case, a pandemic, an earthquake and a parliament in
Catalan, Polish, French, Spanish, Portuguese, Swedish and English as a new user would ("6
setembre" / "- text", "PHOTO 1.jpg" over a caption that opens with a date, a blog's "Newer
posts … Older posts" and its readers' comments stamped "20 September, 2014 - posted by …"),
each rule on short chronologies written for the test in other subjects and wordings (never the
pages' own words), and what each must not read."""

from __future__ import annotations

from datetime import date

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- Catalan month names: "6 setembre", "1 d'octubre de 2017" ----------------------------------


def test_catalan_month_names_are_read_as_range_reads_them() -> None:
    for written, day in (
        ("6 setembre 2017", date(2017, 9, 6)),
        ("12 de febrer de 2019", date(2019, 2, 12)),
        ("20 de maig de 2010", date(2010, 5, 20)),
        ("1 d'octubre de 2017", date(2017, 10, 1)),
        ("11 d’agost de 1714", date(1714, 8, 11)),
    ):
        assert dates.parse_range(written) == (day, day), written
    assert dates.parse_range("juliol 1936") == (date(1936, 7, 1), date(1936, 7, 31))
    assert dates.parse_range("desembre 1999") == (date(1999, 12, 1), date(1999, 12, 31))


def test_catalan_days_alone_under_a_year_date_their_dash_items() -> None:
    text = (  # a football club's season, in Catalan
        "1899\n"
        "\n"
        "29 novembre\n"
        "\n"
        "- Es funda el club en una reunió al gimnàs.\n"
        "\n"
        "8 desembre\n"
        "\n"
        "- Primer partit, contra una colònia anglesa.\n"
        "\n"
        "- El club juga amb samarreta blava i grana.\n"
    )
    assert _read(text) == [
        ("1899-11-29", None, "Es funda el club en una reunió al gimnàs."),
        ("1899-12-08", None, "Primer partit, contra una colònia anglesa."),
        ("1899-12-08", None, "El club juga amb samarreta blava i grana."),
    ]


def test_a_catalan_day_with_its_elided_de_opens_an_entry() -> None:
    text = (  # a city's year, in Catalan
        "11 d'abril de 1931: Es proclama la República des del balcó.\n"
        "2 d'agost de 1931: Referèndum de l'Estatut.\n"
    )
    assert _read(text) == [
        ("1931-04-11", None, "Es proclama la República des del balcó."),
        ("1931-08-02", None, "Referèndum de l'Estatut."),
    ]


# --- an image's file name and its caption: "PHOTO 1.jpg" / "14 juin 1891 à …" -----------------


def test_the_line_under_an_image_name_is_its_caption_whatever_date_it_opens_with() -> None:
    text = (  # a lighthouse's history
        "1880\n"
        "\n"
        "IMG_0042.jpg\n"
        "12 March 1902 the lamp room after the storm.\n"
        "\n"
        "lighthouse tower 2.png\n"
        "The keeper's cottage, 1885\n"
        "\n"
        "3 June 1881 - The tower is lit for the first time.\n"
        "\n"
        "9 October 1887 - A second keeper is appointed.\n"
    )
    assert _read(text) == [
        ("1881-06-03", None, "The tower is lit for the first time."),
        ("1887-10-09", None, "A second keeper is appointed."),
    ]
    why = reasons(text)
    assert why["IMG_0042.jpg"] == "an image's file name (the picture lost)"
    assert why["12 March 1902 the lamp room after the storm."].startswith("figure caption")
    assert why["The keeper's cottage, 1885"].startswith("figure caption")


def test_a_file_name_inside_an_entry_or_a_dated_line_below_text_is_untouched() -> None:
    text = (  # a museum's digitisation
        "2011 - The scans are saved as archive_001.tif and shared.\n"
        "2014 - The catalogue goes online.\n"
    )
    assert _read(text) == [
        ("2011", None, "The scans are saved as archive_001.tif and shared."),
        ("2014", None, "The catalogue goes online."),
    ]


# --- a blog's pages, its comments' heading and "DATE - posted by NAME" stamps ------------------


def test_a_blogs_pagination_and_comment_stamps_are_no_entries_nor_their_text() -> None:
    text = (  # a choir's tour notes, newest first
        "14 June, 1991\n"
        "Sing in the cathedral at the festival's close\n"
        "02 March, 1990\n"
        "First concert abroad, in Lyon.\n"
        "Newer posts    p.1 of 3    Older posts\n"
        "\n"
        "Most Recent Comments\n"
        "\n"
        "What a night that was, I was there with my mother...\n"
        "03 August, 2015 - posted by altovoice\n"
        "Lovely to read these old notes.\n"
        "March 3, 2016 | Posted by admin\n"
    )
    assert _read(text) == [
        ("1991-06-14", None, "Sing in the cathedral at the festival's close"),
        ("1990-03-02", None, "First concert abroad, in Lyon."),
    ]
    why = reasons(text)
    assert why["03 August, 2015 - posted by altovoice"].startswith("a post's stamp")
    assert why["March 3, 2016 | Posted by admin"].startswith("a post's stamp")
    assert "Newer posts    p.1 of 3    Older posts" in left_out(text)
    assert "Most Recent Comments" in left_out(text)


def test_a_dated_entry_about_something_posted_by_mail_stays_an_entry() -> None:
    text = (  # a stamp club's year
        "12 May 1952 - The first issue is posted by the secretary to every member.\n"
        "3 June 1952 - The club meets in the town hall.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [("1952-05-12", None), ("1952-06-03", None)]


# --- a weekday's date with its text begun on its line, among such dates alone ------------------


def test_a_weekday_date_with_text_on_its_line_is_an_entry_among_weekday_dates_alone() -> None:
    text = (  # a touring theatre company's diary
        "Tour Diary 2003\n"
        "Thursday 3 April\n"
        "Town Hall, Galway.\n"
        "A full house on the first night.\n"
        "Saturday 5 April Opera\n"
        "House, Cork.\n"
        "The set arrives late.\n"
        "Monday 7 April\n"
        "Arts Centre, Sligo.\n"
        "Wednesday 9 April\n"
        "Civic Theatre, Tallaght.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("2003-04-03", None),
        ("2003-04-05", None),
        ("2003-04-07", None),
        ("2003-04-09", None),
    ]
    assert _read(text)[1][2].startswith("Opera House, Cork.")


def test_a_weekday_date_opening_a_sentence_in_lower_case_is_no_entry() -> None:
    text = (  # the same diary, a sentence wrapped after its date
        "Tour Diary 2003\n"
        "Thursday 3 April\n"
        "Town Hall, Galway.\n"
        "Saturday 5 April\n"
        "Opera House, Cork.\n"
        "Monday 7 April\n"
        "Arts Centre, Sligo.\n"
        "We rest until\n"
        "Tuesday 8 April when we drive north.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("2003-04-03", None),
        ("2003-04-05", None),
        ("2003-04-07", None),
    ]


# --- a numbered item's title, its date alone indented on the line below --------------------------


def test_a_numbered_items_date_indented_below_its_title_dates_that_item() -> None:
    text = (  # a town's choirs and bands, their founding days
        "Founded this week\n"
        "\n"
        "Choirs:\n"
        "\n"
        "  1. St Mary's Cathedral Choir\n"
        "    12 March 1878\n"
        "    mixed voices\n"
        "  2. Harbour Male Voice Choir\n"
        "    14 March 1921\n"
        "    male voices\n"
        "\n"
        "Bands:\n"
        "\n"
        "  1. Town Silver Band\n"
        "    11 March 1890\n"
        "    Section: brass\n"
        "  2. Railway Pipe Band\n"
        "    13 March 1933\n"
        "    Section: pipes and drums\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1878-03-12", None),
        ("1921-03-14", None),
        ("1890-03-11", None),
        ("1933-03-13", None),
    ]
    texts = [entry[2] for entry in _read(text)]
    assert texts[0].startswith("St Mary's Cathedral Choir")
    assert texts[3].startswith("Railway Pipe Band")
    assert reasons(text)["12 March 1878"].startswith("the date below its item's title")


def test_a_bulleted_place_over_its_date_and_a_headline_after_a_blank_line_is_no_such_item() -> None:
    text = (  # an exhibition's cards: a place, a date, then the headline apart
        "  • Paris, France\n"
        "    Mar, 1889\n"
        "\n"
        "    The Tower Opens\n"
        "\n"
        "  • Chicago, United States\n"
        "    May, 1893\n"
        "\n"
        "    The Great Wheel Turns\n"
        "\n"
        "  • Brussels, Belgium\n"
        "    Apr, 1958\n"
        "\n"
        "    The Atomium Is Unveiled\n"
    )
    assert all("Paris" not in entry[2] for entry in _read(text))
    assert all(
        not reason.startswith("the date below its item's title")
        for reason in reasons(text).values()
    )


# --- a month, a slash and its year: "março/2020", "jan/2021"; "07 abr", "12 fev" ----------------


def test_a_month_a_slash_and_its_year_is_that_month_not_a_span_to_the_years_end() -> None:
    for written, first, last in (
        ("março/2020", date(2020, 3, 1), date(2020, 3, 31)),
        ("March/2020", date(2020, 3, 1), date(2020, 3, 31)),
        ("jan/2021", date(2021, 1, 1), date(2021, 1, 31)),
        ("abril/2019", date(2019, 4, 1), date(2019, 4, 30)),
    ):
        assert dates.parse_range(written) == (first, last), written
    assert dates.parse_range("March/April 2020") == (date(2020, 3, 1), date(2020, 4, 30))


def test_portuguese_abbreviations_abr_and_fev_are_months_after_a_day() -> None:
    assert dates.parse_range("07 abr 2019") == (date(2019, 4, 7), date(2019, 4, 7))
    assert dates.parse_range("12 fev. 2020") == (date(2020, 2, 12), date(2020, 2, 12))


def test_month_slash_year_headings_date_the_day_items_below_them() -> None:
    text = (  # a strike's weeks, in Portuguese
        "Os momentos principais da greve:\n"
        "fevereiro/2018\n"
        "12 fev - Os motoristas param em todo o país.\n"
        "20 fev - O governo propõe um acordo.\n"
        "abril/2018\n"
        "03 abr - O acordo é assinado.\n"
        "17 abr - Os camiões voltam às estradas.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("2018-02-12", None),
        ("2018-02-20", None),
        ("2018-04-03", None),
        ("2018-04-17", None),
    ]
    assert reasons(text)["abril/2018"] == "heading"


def test_lines_below_a_comments_heading_are_reported_as_readers_comments() -> None:
    text = (  # a ferry's history, a blog's comments below it
        "12 May, 1961\n"
        "The ferry makes her first crossing.\n"
        "03 June, 1975\n"
        "She is sold to a company in Greece.\n"
        "Most Recent Comments\n"
        "My grandfather was her first captain.\n"
        "07 July, 2019 - posted by harbourwatcher\n"
    )
    assert [entry[:2] for entry in _read(text)] == [("1961-05-12", None), ("1975-06-03", None)]
    assert reasons(text)["My grandfather was her first captain."].startswith("a reader's comment")
