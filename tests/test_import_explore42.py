"""Issue 22, explore42: layouts met by trying inquiry, music, space, reference-book, calendar
and company chronologies as a new user would (a table's whole dates run into their text,
"YEAR Mon D, text" items run together on one line, a reference book's "635." years alone, a
calendar page's count of the years since each date, a decade with its era after it, year
items run together out of order), each rule on short chronologies written for the test in
other subjects and wordings (never the pages' own words), and what each must not read."""

from __future__ import annotations

from bench.growth import year_first_days

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons
from tests.work_support import grows_linearly

_read = read_entries


# --- whole dates run into their text: "11 August 2022Interim …" ----------------------------


def test_whole_dates_glued_to_their_text_keep_their_years() -> None:
    text = (  # a harbour board's decisions, a table whose cells lost the space between
        "When What\n"
        "3 March 2019The board approves the new quay.\n"
        "14 June 2020Dredging of the channel begins.\n"
        "9 October 2021Ferry service resumes after the works.\n"
        "27 January 2023The quay is opened to cargo ships.\n"
    )
    assert _read(text) == [
        ("2019-03-03", None, "The board approves the new quay."),
        ("2020-06-14", None, "Dredging of the channel begins."),
        ("2021-10-09", None, "Ferry service resumes after the works."),
        ("2023-01-27", None, "The quay is opened to cargo ships."),
    ]


def test_whole_dates_glued_to_their_text_among_spaced_ones() -> None:
    text = (  # a choir's history, newest first, some rows with their space, some without
        " 5 May 2022 The choir sings at the cathedral.\n"
        "18 September 2019Our conductor retires.\n"
        "2 February 2017A second choir for children is founded.\n"
        "30 November 2014The choir records its first album.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("2022-05-05", None),
        ("2019-09-18", None),
        ("2017-02-02", None),
        ("2014-11-30", None),
    ]


def test_one_whole_date_glued_to_a_word_is_no_layout() -> None:
    text = (  # one such line among "date: text" lines is no pattern: it is reported
        "3 March 2021: The club opens its new ground.\n"
        "11 August 2022Interim accounts are published.\n"
        "5 May 2023: The club wins the cup.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["2021-03-03", "2023-05-05"]
    assert "11 August 2022Interim accounts are published." in left_out(text)


# --- "YEAR Mon D, text" items run together on one line --------------------------------------


_YEAR_FIRST_DAYS = (  # a film society's year, its items run together by a page's text
    "Society diary\n"
    "1984 Jan 12, The society shows its first silent film. 1984 Feb 3, A "
    "projector is bought from the old cinema. 1984 Mar 22, Members vote to meet weekly. "
    "1984 Jun 9, The summer programme opens with a comedy and an organist. 1984 The "
    "society joins the national federation."
)


def test_year_first_days_run_together_are_read_as_days() -> None:
    assert _read(_YEAR_FIRST_DAYS) == [
        ("1984-01-12", None, "The society shows its first silent film."),
        ("1984-02-03", None, "A projector is bought from the old cinema."),
        ("1984-03-22", None, "Members vote to meet weekly."),
        ("1984-06-09", None, "The summer programme opens with a comedy and an organist."),
        ("1984", None, "The society joins the national federation."),
    ]


def test_a_years_own_item_among_run_together_days_is_never_joined() -> None:
    entries = _read(_YEAR_FIRST_DAYS)
    assert all("1984 The society" not in entry[2] for entry in entries)


def test_a_year_inside_a_sentence_among_run_together_days_stays_text() -> None:
    text = (  # "in 1931." ends a sentence inside an item, "1932 Feb 2," opens the next
        "1932 Jan 5, The lighthouse keeper reports a storm like the one seen in 1931. "
        "1932 Feb 2, The lamp is replaced with an electric one by the harbour board. 1932 "
        "Mar 14, A second keeper is appointed to share the night watches on the rock."
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1932-01-05", None),
        ("1932-02-02", None),
        ("1932-03-14", None),
    ]
    assert _read(text)[0][2].endswith("seen in 1931.")


# --- a reference book's annals: "635." alone, the text below ---------------------------------


def test_three_digit_years_with_their_stop_alone_are_years() -> None:
    text = (  # a church's annals before 1000, an old reference book's layout
        "712.\n"
        "Foundation of the abbey on the hill;\n"
        "first abbot elected.\n"
        "725.\n"
        "The abbey church consecrated.\n"
        "731.\n"
        "Raid by the northern fleet:\n"
        "the library burned.\n"
        "744.\n"
        "Council held at the abbey.\n"
    )
    assert _read(text) == [
        ("0712", None, "Foundation of the abbey on the hill; first abbot elected."),
        ("0725", None, "The abbey church consecrated."),
        ("0731", None, "Raid by the northern fleet: the library burned."),
        ("0744", None, "Council held at the abbey."),
    ]


def test_numbered_paragraphs_alone_are_no_years() -> None:
    text = (  # a rule book's numbered paragraphs, counting up one by one: no years
        "Rules of the club\n"
        "101.\n"
        "Members pay their dues in March.\n"
        "102.\n"
        "Guests sign the book at the door.\n"
        "103.\n"
        "The bar closes at eleven.\n"
    )
    assert _read(text) == []


# --- a calendar page's count of the years since each date ------------------------------------


def test_a_count_of_years_since_each_date_is_layout() -> None:
    text = (  # a museum's calendar, each date with "N years ago" as the page counts it
        "ON THIS DAY\n"
        "12 April 1961 64 years ago\n"
        "First man in space\n"
        "A cosmonaut orbits the Earth once and lands safely.\n"
        "20 July 1969 56 years ago\n"
        "First landing on the Moon\n"
        "Two astronauts walk on the lunar surface.\n"
        "14 December 1972 53 years ago\n"
        "Last walk on the Moon\n"
        "The last crew leaves the lunar surface.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1961-04-12", None),
        ("1969-07-20", None),
        ("1972-12-14", None),
    ]
    assert all(entry[2].startswith("First") or entry[2].startswith("Last") for entry in _read(text))
    assert reasons(text)["64 years ago"] == "the page's count of the years since the date"


def test_numbers_after_dates_that_add_up_to_no_one_year_stay_text() -> None:
    text = (  # counts of people after each date, not the years since it
        "3 May 2019 40 people evacuated\n"
        "8 June 2020 12 houses flooded\n"
        "1 July 2021 300 volunteers help\n"
    )
    assert all(entry[2][:1].isdigit() for entry in _read(text))
    assert len(_read(text)) == 3


# --- a decade or century with its era after it -------------------------------------------------


def test_a_decade_with_its_era_is_one_date() -> None:
    for written in ("1500s AD", "Late 1500’s AD", "1820s CE"):
        found = dates.find_date(written)
        assert found is not None and found.group() == written


def test_a_decade_with_its_era_opens_an_item() -> None:
    text = (  # a history of glassmaking, years and eras, one decade among them
        "1291 AD : Venice – Glassmakers are moved to Murano.\n"
        "1450 AD : Venice – Clear cristallo glass is invented.\n"
        "Early 1600s AD : England – Coal-fired furnaces are adopted.\n"
        "1674 AD : England – Lead crystal is patented.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1291", None),
        ("1450", None),
        ("1600", "1699"),
        ("1674", None),
    ]


def test_a_decade_before_a_word_that_is_no_era_stays_a_decade() -> None:
    found = dates.find_date("1500s ADVANCE of the guilds")
    assert found is not None and found.group() == "1500s"


# --- year items run together out of order -----------------------------------------------------


_UNORDERED_YEARS = (  # a magazine's chart of a town's trades, flattened out of order
    "Chart 1871 The tannery opens by the river. 1902 A brewery is founded on the hill. "
    "1885 The first bank opens its doors. 1910 The railway reaches the town. 1894 A "
    "foundry casts its first bells. 1921 The bus company is founded. 1899 The market "
    "hall is built. 1913 Electric light comes to the high street. 1930 A cinema opens. "
    "1908 1908 1877 Two mills open. A printer sets up shop. The school is built."
)


def test_year_items_run_together_out_of_order_are_read() -> None:
    entries = _read(_UNORDERED_YEARS)
    assert ("1902", None, "A brewery is founded on the hill.") in entries
    assert ("1885", None, "The first bank opens its doors.") in entries
    assert ("1930", None, "A cinema opens.") in entries


def test_stacked_years_are_never_joined_to_the_item_before() -> None:
    entries = _read(_UNORDERED_YEARS)
    assert all("Two mills" not in text for _, _, text in entries if not text[:1].isdigit())


def test_a_paragraph_with_years_out_of_order_is_no_list() -> None:
    text = (  # prose that names years inside its sentences, a few opening them
        "The town grew slowly. In 1871 a tannery opened by the river, and by 1902 a brewery "
        "stood on the hill. 1885 saw the first bank, which failed in 1910 when the railway "
        "came. The foundry, built in 1894, cast bells until 1921, and the market hall of "
        "1899 still stands. Electric light came in 1913 and a cinema in 1930."
    )
    assert _read(text) == []


def test_year_first_days_and_year_items_alternating_are_never_joined() -> None:
    text = " ".join(  # a dance hall's diary: a day, then an item of the year, again and again
        f"1960 Feb {day}, The hall holds dance number {day} for the town. 1960 The club meets."
        for day in range(1, 5)
    )
    entries = _read(text)
    assert [entry[:2] for entry in entries] == [
        (date, None) for day in range(1, 5) for date in (f"1960-02-0{day}", "1960")
    ]
    assert all(entry[2].count("1960") == 0 for entry in entries)


def test_year_first_days_run_together_are_each_read() -> None:
    """A long line of "1960 Feb 8, …" items with years' own items: every item read. (No
    rescan of the line's start for each item, a dash looked for in a bounded window, the days
    around a year found by bisection: its linear time is measured by ``python bench/run.py
    --only growth``.)"""
    assert len(read_entries(year_first_days(300))) == 600
    assert grows_linearly(lambda entries: read_entries(year_first_days(entries)), 30)
