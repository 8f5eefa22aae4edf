"""Issue 22, a round on the importer's known faults (layouts35): approximate dates in the one
grammar ("~1200", "c. 1200" and GEDCOM's "ABT 1850" read by `range` as the importer reads
them), GEDCOM approximations in the importer, and an approximate year between plain years in
a text that names years before the Common Era far above it. Each a general rule with
synthetic cases of other subjects (no text of the real corpus is copied here)."""

from __future__ import annotations

from datetime import date

import pytest

from ktimeline.dates import DateArgumentError, find_date, parse_date_argument
from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import read_entries
from tests.import_split import dates

# --- one grammar: an approximate date a user types is read as the date after its mark ------


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("~1200", date(1200, 1, 1), date(1200, 12, 31)),
        ("~ 1650", date(1650, 1, 1), date(1650, 12, 31)),
        ("c. 1850", date(1850, 1, 1), date(1850, 12, 31)),
        ("ca.1525", date(1525, 1, 1), date(1525, 12, 31)),
        ("circa 1066", date(1066, 1, 1), date(1066, 12, 31)),
        ("vers 1789", date(1789, 1, 1), date(1789, 12, 31)),
        ("ABT 1850", date(1850, 1, 1), date(1850, 12, 31)),
        ("CAL AUG 1291", date(1291, 8, 1), date(1291, 8, 31)),
        ("EST 12 MAR 1702", date(1702, 3, 12), date(1702, 3, 12)),
        ("c. 1914-1918", date(1914, 1, 1), date(1918, 12, 31)),
    ],
)
def test_range_reads_an_approximate_date_as_the_date_after_its_mark(
    typed: str, first: date, last: date
) -> None:
    span = parse_date_argument(typed, "START")
    assert (span.start, span.end) == (first, last)


@pytest.mark.parametrize("typed", ["~", "c.", "Est. 1850", "ABT", "abt 1850x", "~1200 words"])
def test_range_still_refuses_a_mark_without_a_date(typed: str) -> None:
    # ("Est. 1850" is "established"; GEDCOM writes its keywords in capitals)
    with pytest.raises(DateArgumentError):
        parse_date_argument(typed, "START")


# --- GEDCOM's approximations in the importer: the year, with a note ----------------------------

PARISH = (  # a family history exported from a genealogy tool
    "ABT 1780 Johann is born in the village\n"
    "1804 He marries Anna Keller\n"
    "1806 Their first daughter is born\n"
    "EST 1815 - The family moves to the town\n"
    "CAL 1840: Johann dies\n"
)


def test_gedcom_approximate_years_at_line_starts_are_read_with_a_note() -> None:
    split = split_entries(PARISH)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1780", "Johann is born in the village"),
        ("1804", "He marries Anna Keller"),
        ("1806", "Their first daughter is born"),
        ("1815", "The family moves to the town"),
        ("1840", "Johann dies"),
    ]
    noted = [e.note for e in split.entries if e.note]
    assert len(noted) == 3
    assert all("approximate" in note for note in noted)


def test_gedcom_approximate_dates_in_a_table_are_read_with_a_note() -> None:
    text = (
        "date;event;place\n"
        "ABT 1291;The three valleys swear an alliance;Rütli\n"
        "1315;A battle at the lake;Morgarten\n"
        "EST 1386;A battle at the town;Sempach\n"
        "CAL AUG 1388;A battle in the valley;Näfels\n"
        "1499;A war with the empire;Dornach\n"
    )
    entries = read_entries(text).entries
    assert [e.date for e in entries] == ["1291", "1315", "1386", "1388-08", "1499"]
    assert [bool(e.note) for e in entries] == [True, False, True, True, False]


def test_established_and_lower_case_words_are_no_gedcom_approximation() -> None:
    text = (
        "Est. 1850 on the river, the mill grew with the town.\n"
        "1860 A second mill is built.\n"
        "1875 The mills merge.\n"
        "1890 The company is listed.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1860", "1875", "1890"]


# --- an approximate year between plain years, the era before Christ named far above ----------

RIVER_TOWN = (  # a town's history opening in prehistory, then plain years of the Common Era
    "A history of the river town\n"
    "\n"
    "ca. 8000 - 6000 BC: Hunters camp on the gravel terraces.\n"
    "\n"
    "1086: The mill is recorded in the survey.\n"
    "\n"
    "c. 1150: A wooden bridge is built across the ford.\n"
    "\n"
    "1204: The market charter is granted.\n"
    "\n"
    "1349: The plague halves the town.\n"
    "\n"
    "1540: The priory is dissolved.\n"
)


def test_an_approximate_year_between_plain_years_is_read_below_an_era_before_christ() -> None:
    split = split_entries(RIVER_TOWN)
    assert [e.date for e in split.entries] == ["1086", "1150", "1204", "1349", "1540"]
    assert split.entries[1].note is not None and "c. 1150" in split.entries[1].note


def test_an_approximate_year_right_below_the_era_before_christ_stays_refused() -> None:
    text = (  # "c. 900" right below a line before the era: no plain year shows the era
        "c. 4000 BCE: Farmers clear the forest.\n"
        "c. 900: Traders found a market by the shore.\n"
        "1120: The abbey is founded.\n"
        "1230: The town wall is raised.\n"
        "1390: The guild hall is built.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1120", "1230", "1390"]
    assert any("approximate" in item.reason for item in split.unplaced)


def test_an_approximate_year_outside_its_neighbours_stays_refused() -> None:
    text = (  # "c. 1500" between 1204 and 1349 is out of order: no reading guessed
        "Prehistory reaches back to 6000 BC.\n"
        "1086: The mill is recorded.\n"
        "1204: The charter is granted.\n"
        "c. 1500: A bridge of stone.\n"
        "1349: The plague.\n"
        "1540: The priory is dissolved.\n"
    )
    assert "1500" not in [d for d, _, _ in dates(text)]


# --- a Markdown table of hours under a heading that names its day ----------------------------

LAUNCH_DAY = (  # a mission's day, hour by hour, in a Markdown report
    "# Mission log\n"
    "\n"
    "### Launch day, 16 July 1969\n"
    "\n"
    "| Hour | What happened |\n"
    "| :--- | --- |\n"
    "| 09:32 | The rocket lifts off the pad |\n"
    "| 09:35 | The first stage separates |\n"
    "| 12:22 | The engine burns for the Moon |\n"
    "| Night | The crew sleeps |\n"
    "\n"
    "### Later\n"
    "\n"
    "The crew lands four days later.\n"
)


def test_a_markdown_table_of_hours_under_a_day_heading_gives_each_row_that_day() -> None:
    assert dates(LAUNCH_DAY) == [
        ("1969-07-16", None, "09:32 The rocket lifts off the pad"),
        ("1969-07-16", None, "09:35 The first stage separates"),
        ("1969-07-16", None, "12:22 The engine burns for the Moon"),
        ("1969-07-16", None, "Night The crew sleeps"),
    ]


def test_a_table_of_hours_with_am_and_pm_and_an_approximate_hour() -> None:
    text = (
        "## The storm: Tuesday, March 3, 2020\n\n"
        "| Time | Event |\n|------|-------|\n"
        "| 6:15 a.m. | Sirens sound across the county |\n"
        "| ~9:00 AM | The river tops its banks |\n"
        "| 1:40 PM | The bridge is closed |\n"
    )
    assert [(d, t[:12]) for d, _, t in dates(text)] == [
        ("2020-03-03", "6:15 a.m. Si"),
        ("2020-03-03", "~9:00 AM The"),
        ("2020-03-03", "1:40 PM The "),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "## The timetable",  # no day named
        "## March 2020",  # a month, not one day
        "## March 3-5, 2020",  # a span of days
        "## March 3, 2020 and March 9, 2020",  # two days
    ],
)
def test_a_table_of_hours_under_no_single_day_gets_no_date(heading: str) -> None:
    text = (
        f"{heading}\n\n| Time | Event |\n|------|-------|\n"
        "| 6:15 AM | Doors open |\n| 9:00 AM | The talk begins |\n| 1:40 PM | Lunch |\n"
    )
    assert not [e for e in dates(text) if e[2].startswith(("6:15", "9:00", "1:40"))]


def test_a_table_of_dates_under_a_day_heading_is_read_as_written() -> None:
    text = (  # its first cells are dates: their own, never the heading's day
        "## Opened on June 1, 2001\n\n| Date | Event |\n|------|-------|\n"
        "| June 4, 2001 | The first guests arrive |\n"
        "| July 9, 2001 | The second wing opens |\n"
        "| Aug. 2, 2001 | The pool opens |\n"
    )
    assert [d for d, _, _ in dates(text)] == ["2001-06-04", "2001-07-09", "2001-08-02"]


def test_a_table_with_few_hours_is_no_table_of_hours() -> None:
    text = (  # one time among labels: no table of hours
        "## Opening day, June 1, 2001\n\n| Item | Note |\n|------|-------|\n"
        "| Doors | Open to all |\n| 9:00 AM | Speeches |\n| Tickets | Free |\n"
    )
    assert not [e for e in dates(text) if "Speeches" in e[2] or "Free" in e[2]]


# --- "1951 – 2 reti …": a spaced dash, one digit and a word in lower case are a count -------

SEASONS = (  # a club's list, "YEAR – day month: text"
    "1949 – 12 March: The club is founded.\n"
    "1950 – 3 June: The first league title.\n"
    "1951 – 4 wins in 10 games – 9 June: The cup final is lost.\n"
    "1952 – 8 May: A new ground opens.\n"
)


def test_a_count_after_a_year_and_a_spaced_dash_is_no_span_of_years() -> None:
    found = dates(SEASONS)
    assert ("1950-06-09", None) not in [(d, e) for d, e, _ in found]  # (never the year above)
    assert all(not d.startswith("1950") or "4 wins" not in t for d, _, t in found)
    assert [d for d, _, _ in found if d.startswith("1951")] != []
    assert all(e is None for _, e, _ in found)


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("1924-7: A strike wave.", "1924", "1927"),  # an abbreviated span, unspaced
        ("1914 – 8: The war.", "1914", "1918"),  # spaced, then its separator
        ("1939 – 45: The war years.", "1939", "1945"),  # two digits
    ],
)
def test_abbreviated_spans_of_years_are_still_read(written: str, first: str, last: str) -> None:
    text = f"{written}\n1960: A later line.\n1970: Another line.\n"
    assert dates(text)[0][:2] == (first, last)


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("1951 – 2 goals in 10 games", "1951"),  # a count: the year alone
        ("1990 – 3 ministres démissionnent", "1990"),
        ("1914 – 8 Years of war", "1914 – 8"),  # a capital after it: a span, as before
        ("1924-7 strikes", "1924-7"),  # unspaced: a span, as before
        ("1950 – 53 war", "1950 – 53"),  # two digits: a span, as before
    ],
)
def test_the_grammar_reads_a_count_after_a_spaced_dash_as_no_year(written: str, found: str) -> None:
    match = find_date(written)
    assert match is not None and match.group().strip() == found


# --- a section heading run into a line of "YEAR – text" entries --------------------------------

CLUB = (  # a club's key dates, its section headings run into the lines by a page's copy
    "Key dates of the rowing club\n"
    "\n"
    "1901 – The club is founded by six students.\n"
    "1903 – First race won on the river. Early years 1905 – The boathouse is built.\n"
    "1908 – A second crew is formed.\n"
    "1911 – The club rows at the regatta. Hard times\n"
    "1914 – Most members go to war.\n"
    "1919 – Racing starts again.\n"
)


def test_headings_run_into_lines_of_year_entries_are_reported_not_joined() -> None:
    split = split_entries(CLUB)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1901", "The club is founded by six students."),
        ("1903", "First race won on the river."),
        ("1905", "The boathouse is built."),
        ("1908", "A second crew is formed."),
        ("1911", "The club rows at the regatta."),
        ("1914", "Most members go to war."),
        ("1919", "Racing starts again."),
    ]
    headings = [item.text for item in split.layout if "run into" in item.reason]
    assert headings == ["Early years", "Hard times"]


def test_words_at_a_line_end_stay_text_where_no_heading_is_run_in_mid_line() -> None:
    text = (  # no heading run in mid-line: "Ceasefire agreed" is the item's own sentence
        "1946 – The republic is proclaimed.\n"
        "1948 – War on the border. Ceasefire agreed\n"
        "1950 – A new constitution.\n"
        "1952 – The first elections.\n"
    )
    assert dates(text)[1] == ("1948", None, "War on the border. Ceasefire agreed")


def test_a_sentence_carrying_a_year_on_is_no_run_in_heading() -> None:
    text = (  # "In 1962 – …" and "Mr. Smith 1962": a sentence's words, never a heading
        "1946 – The republic is proclaimed.\n"
        "1948 – The border war ends. In 1962 – Nobody expected it – war came again.\n"
        "1950 – A new constitution.\n"
        "1952 – The first elections.\n"
    )
    texts = [t for _, _, t in dates(text)]
    assert not any(t.startswith("Nobody") for t in texts)
    assert "heading" not in " ".join(i.reason for i in split_entries(text).layout)


# --- a line ending on "about" ("um", "vers", "hacia") asks for the figure or year below --------


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("Die Preise steigen um", "1976 Euro pro Tonne."),  # German: by (a figure)
        ("Die Kirche wurde gegen", "1450 Jahre später erweitert."),  # German: around
        ("Le château est bâti vers", "1650 selon les archives."),  # French: about
        ("La misión se funda hacia", "1690 por los jesuitas."),  # Spanish: about
    ],
)
def test_a_line_ending_on_about_carries_on_into_the_year_line_below(above: str, below: str) -> None:
    text = f"1940 Ein erster Satz.\n1950 {above}\n{below}\n1960 Ein letzter Satz.\n"
    assert [d for d, _, _ in dates(text)] == ["1940", "1950", "1960"]
    assert below.split()[1] in dates(text)[1][2]


def test_a_year_line_under_a_finished_sentence_is_its_own_entry() -> None:
    text = "1940 Ein Satz.\n1950 Die Preise steigen stark.\n1976 Euro wird Thema.\n1980 Ende.\n"
    assert [d for d, _, _ in dates(text)] == ["1940", "1950", "1976", "1980"]


# --- a paragraph that opens with its whole day: "On Easter Monday, April 24, 1916, …" --------

STRIKE = (  # a union's history, its entries "YEAR - text" paragraphs
    "A short history of the dock strike\n\n"
    "1887 - The union is founded at the docks.\n\n"
    "1888 - Membership doubles in a year.\n\n"
    "1889 - The dockers strike for sixpence an hour.\n\n"
    "On Whit Monday, June 10, 1889, the men march through the city.\n\n"
    "On 14 September 1889, the employers give way.\n"
)


def test_a_paragraph_opening_with_its_whole_day_is_an_entry_of_that_day() -> None:
    assert dates(STRIKE)[3:] == [
        ("1889-06-10", None, "On Whit Monday, June 10, 1889, the men march through the city."),
        ("1889-09-14", None, "On 14 September 1889, the employers give way."),
    ]


def test_an_introduction_opening_with_a_day_is_no_entry() -> None:
    text = (
        "On Easter Sunday, April 1, 1945, the landings begin; this is their story.\n\n"
        "1945 - The island is taken.\n\n1946 - The base is built.\n\n1947 - The base opens.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1945", "1946", "1947"]


def test_a_day_paragraph_under_a_title_entry_stays_its_body() -> None:
    text = (  # "March 2011: Review Opened" is a title; the paragraph below tells it
        "Timeline of the review\n\n"
        "March 2011: Review Opened\n\n"
        "On 3 March 2011, the minister announced a review of the scheme.\n\n"
        "May 2011: Hearings Begin\n\n"
        "The first witnesses were heard in public.\n\n"
        "July 2011: Report Published\n\n"
        "The report was laid before parliament.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["2011-03", "2011-05", "2011-07"]


def test_a_paragraph_opening_with_a_day_without_its_year_is_not_read_so() -> None:
    text = STRIKE.replace("On 14 September 1889, the", "On 14 September, the")
    assert "1889-09-14" not in [d for d, _, _ in dates(text)]


# --- cards of a title directly above its date alone, set apart by blank lines ----------------

CAPTAINS = (  # a club's captains and their seasons, each with a photo's caption above
    "Our captains\n\n"
    "Photo: the 1901 team\n\n"
    "Arthur Bell\n1901 - 1904\n\n"
    "Photo: Bell's successor\n\n"
    "Walter Grey\n1904 - 1910\n\n"
    "Photo: the cup side\n\n"
    "Henry Stone\nMay 1910\n\n"
)


def test_a_run_of_titles_above_their_dates_gives_each_date_its_title() -> None:
    assert dates(CAPTAINS) == [
        ("1901", "1904", "Arthur Bell"),
        ("1904", "1910", "Walter Grey"),
        ("1910-05", None, "Henry Stone"),
    ]
    split = split_entries(CAPTAINS)
    assert not any("Photo" in " ".join(e.parts) for e in split.entries)


def test_two_titled_dates_are_no_run() -> None:
    text = CAPTAINS.split("Photo: the cup side")[0] + "The club closes.\n"
    assert ("1901", "1904", "Arthur Bell") not in dates(text)


def test_dates_alone_with_their_paragraphs_below_are_not_cards() -> None:
    text = (  # a heading above each date, a paragraph below: the paragraph is the text
        "Early years\n1901\n\nThe club is founded by six students.\n\n"
        "Growth\n1905\n\nA boathouse is built on the river.\n\n"
        "War\n1914\n\nMost members join the army.\n"
    )
    assert [t[:8] for _, _, t in dates(text)] != ["Early ye", "Growth", "War"]
