"""Issue 22, twenty-fourth round: the misses of the blind part held-out-18, as rules for layouts
a reader reads at a glance, each on short chronologies written for the test, in several
languages and subjects (never the corpus's own words), and what each rule must not read."""

from __future__ import annotations

import pytest

from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries

_read = read_entries


# --- a day and a month's name in brackets after the year: "1117 (3 gennaio) - text" ---------


def test_a_day_and_month_name_in_brackets_after_the_year() -> None:
    text = (  # a football club in Italian, then a span of days
        "Storia del club\n\n"
        "- 1905 (12 marzo) - Fondazione della società.\n"
        "- 1921 (4-5 giugno) - Primo torneo regionale.\n"
        "- 1948 (30 ottobre) - Inaugurazione dello stadio.\n"
    )
    assert _read(text) == [
        ("1905-03-12", None, "Fondazione della società."),
        ("1921-06-04", "1921-06-05", "Primo torneo regionale."),
        ("1948-10-30", None, "Inaugurazione dello stadio."),
    ]


def test_short_years_with_a_bracketed_day_or_month() -> None:
    text = (  # a world history's first centuries, in Italian
        "Cronologia\n\n"
        "- 64 (19 luglio) - Incendio di Roma.\n"
        "- 410 (24 agosto) - Sacco di Roma.\n"
        "- 476 (settembre) - Fine dell'impero d'Occidente.\n"
        "- 568 - I Longobardi in Italia.\n"
        "- 800 (25 dicembre) - Incoronazione di Carlo Magno.\n"
    )
    assert _read(text) == [
        ("0064-07-19", None, "Incendio di Roma."),
        ("0410-08-24", None, "Sacco di Roma."),
        ("0476-09", None, "Fine dell'impero d'Occidente."),
        ("0568", None, "I Longobardi in Italia."),
        ("0800-12-25", None, "Incoronazione di Carlo Magno."),
    ]


def test_a_bracket_that_is_no_month_after_a_short_year_stays_text() -> None:
    text = (
        "Chronology\n\n"
        "- 410 - Rome sacked.\n"
        "- 476 (West) - End of the empire.\n"
        "- 568 - Lombards enter Italy.\n"
        "- 800 - Charlemagne crowned.\n"
    )
    assert ("0476", None, "(West) - End of the empire.") in _read(text)


def test_a_bracketed_aside_in_a_sentence_is_no_day() -> None:
    text = "Notes\n\nThe club (founded 1905 (12 players)) grew fast in the years after.\n"
    assert _read(text) == []
    assert len(left_out(text)) == 2


# --- a year, a comma, then the day and a foreign month: "1621, 4 juni – text" -----------------


def test_a_year_comma_day_and_foreign_month() -> None:
    text = (  # a Swedish company's history, "maj" and "augusti" among the months
        "Företagets historia\n\n"
        "1873, 12 maj – Bolaget grundades i Malmö.\n"
        "1880, 8 augusti. Den första fabriken öppnades.\n"
        "1902, 3 februari - Börsnotering i Stockholm.\n"
    )
    assert _read(text) == [
        ("1873-05-12", None, "Bolaget grundades i Malmö."),
        ("1880-08-08", None, "Den första fabriken öppnades."),
        ("1902-02-03", None, "Börsnotering i Stockholm."),
    ]


def test_a_year_and_a_count_with_a_foreign_word_is_no_day() -> None:
    text = "Rapport\n\nÅr 1990, 12 mil från staden, låg gården.\n"
    assert _read(text) == []


# --- a foreign month before a spaced dash under a year alone: "2005" / "Avril - text" -------


def test_months_with_a_dash_under_years_alone() -> None:
    text = (  # a court case in French, a year alone, then its months
        "L'affaire\n\n"
        "2011\n\n"
        "L'enquête est ouverte après la plainte.\n\n"
        "2013\n\n"
        "Février - Mise en examen du dirigeant.\n\n"
        "Novembre - La cour d'appel confirme.\n\n"
        "2014\n\n"
        "Juin - Le procès s'ouvre à Paris.\n"
    )
    assert _read(text) == [
        ("2011", None, "L'enquête est ouverte après la plainte."),
        ("2013-02", None, "Mise en examen du dirigeant."),
        ("2013-11", None, "La cour d'appel confirme."),
        ("2014-06", None, "Le procès s'ouvre à Paris."),
    ]


def test_english_months_with_a_dash_under_years_alone() -> None:
    text = (  # a band
        "The band\n\n"
        "1998\n\nFormed in a garage.\n\n"
        "1999\n\nMarch - First single released.\n\nJuly - Summer tour.\n\n"
        "2001\n\nMay - Second album.\n"
    )
    assert _read(text)[1:] == [
        ("1999-03", None, "First single released."),
        ("1999-07", None, "Summer tour."),
        ("2001-05", None, "Second album."),
    ]


def test_one_month_with_a_dash_in_a_text_is_no_month_entry() -> None:
    text = (  # only one such line: no layout, the line stays the year's text
        "Notes\n\n2019\n\nThe season was long.\n\nMay - or so they said - was cold.\n"
    )
    entries = _read(text)
    assert [entry[0] for entry in entries] == ["2019"]


# --- a run of short titles ending with their dates: "Frana di Amalfi 22 dicembre 1899" ------


def test_titles_ending_with_their_dates_after_a_plain_space() -> None:
    text = (  # disasters in English, one a line, a month glued to its year, a cut last line
        "Great floods\n\n"
        "A list of the floods of the valley, from the archives.\n\n"
        "Flood of the lower town 5 December 1856\n"
        "Dam Break at Millbrook 1862\n"
        "Storm at Harbour Point March1871\n"
        "Flood in the mill quarter 11 – 12 January 1893\n"
        "Flood of the Old Bridge (north bank) 2 June 1900\n"
        "Flood of the harbour 31 October\n"
    )
    assert _read(text) == [
        ("1856-12-05", None, "Flood of the lower town"),
        ("1862", None, "Dam Break at Millbrook"),
        ("1871-03", None, "Storm at Harbour Point"),
        ("1893-01-11", "1893-01-12", "Flood in the mill quarter"),
        ("1900-06-02", None, "Flood of the Old Bridge (north bank)"),
    ]
    assert "Flood of the harbour 31 October" in left_out(text)  # (cut: reported, not absorbed)


def test_sentences_ending_with_years_are_no_such_list() -> None:
    text = (  # prose whose sentences end with dates: no list of titles
        "About us\n\n"
        "The company was founded in 1889\n"
        "and moved to the new plant in 1902\n"
        "The founder retired on 3 May 1921\n"
        "His son took over on 12 June 1921\n"
    )
    assert _read(text) == []


def test_two_titles_ending_with_days_are_too_few() -> None:
    text = "Events\n\nFlood of the town 5 December 1856\nFire at the mill 2 June 1900\n"
    assert _read(text) == []


# --- an approximate year: "c. 1850" among years of the Common Era --------------------------


def test_an_approximate_year_among_four_digit_years_is_read_with_a_note() -> None:
    text = (  # a rowing club; the circa year run into its text, as the others
        "Club history\n\n"
        "1836Club founded at the boathouse.\n"
        "1841First race against the town crew.\n"
        "c. 1850Regattas held every summer.\n"
        "1862New boathouse opened.\n"
        "1871-2Two seasons without racing.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.end_date) for e in split.entries] == [
        ("1836", None), ("1841", None), ("1850", None), ("1862", None), ("1871", "1872")
    ]  # fmt: skip
    circa = split.entries[2]
    assert circa.text == "Regattas held every summer."
    assert circa.note is not None and "c. 1850" in circa.note


def test_an_approximate_year_with_its_separator_among_years() -> None:
    text = (  # a war, in German ("ca.")
        "Chronik\n\n"
        "1618: Prager Fenstersturz.\n"
        "ca. 1625: Die Pest erreicht die Stadt.\n"
        "1631: Magdeburg zerstört.\n"
        "1648: Westfälischer Friede.\n"
    )
    entries = split_entries(text).entries
    assert [(e.date, e.text) for e in entries][1] == ("1625", "Die Pest erreicht die Stadt.")
    assert entries[1].note is not None


@pytest.mark.parametrize(
    "text",
    [
        # a world history: "c. 2500" lies outside its years, and may be before the Common Era
        "World history\n\nc. 2500: Pyramids built.\n1492: Columbus reaches America.\n"
        "1776: American independence.\n1789: French Revolution.\n",
        # a town whose text names a year before the Common Era
        "Timeline\n\n1200: The city is founded (on ruins of 800 BC).\nc. 1250: A wall is built.\n"
        "1300: The cathedral.\n1350: The plague.\n",
    ],
)
def test_an_approximate_year_that_may_be_before_the_era_stays_refused(text: str) -> None:
    split = split_entries(text)
    assert all(not e.text.startswith("c.") and e.note is None for e in split.entries)
    assert len(split.entries) == 3
    assert any("approximate" in item.reason for item in split.unplaced)


def test_an_approximate_year_among_too_few_years_stays_refused() -> None:
    text = "Notes\n\n1850: A mill.\nc. 1860: A school.\n"
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1850"]


# --- German items opening with their day: "Seit dem 23. Mai 2008 …", "Der 9. November …" ----


def test_german_items_opening_with_their_day_without_a_comma() -> None:
    text = (  # a town's chronicle, newest first, a year alone above each item
        "Chronik\n\n"
        "2004\nSeit dem 1. Mai 2004 gehört die Stadt zum Landkreis.\n\n"
        "1989\nDer 9. November 1989 bringt die Öffnung der Grenze.\n\n"
        "1972\nAm 3.07.1972 wird das Freibad eröffnet.\n\n"
        "1961\nDie Schule wird am 1. September eingeweiht.\n"
    )
    assert _read(text) == [
        ("2004-05-01", None, "Seit dem 1. Mai 2004 gehört die Stadt zum Landkreis."),
        ("1989-11-09", None, "Der 9. November 1989 bringt die Öffnung der Grenze."),
        ("1972-07-03", None, "Am 3.07.1972 wird das Freibad eröffnet."),
        ("1961", None, "Die Schule wird am 1. September eingeweiht."),
    ]


# --- a span of years alone before any entry: "1916-2016" / introduction / items ------------


def test_a_span_of_years_over_the_page_is_its_period() -> None:
    text = (  # a sports club's centenary page
        "1920-2020\n"
        "A hundred years of the club, told by its members\n"
        "over a long winter.\n"
        "1920- The club is founded.\n"
        "1934- First league title.\n"
        "1966- The new ground opens.\n"
        "2012- Promotion to the first division.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.end_date) for e in split.entries] == [
        ("1920", None), ("1934", None), ("1966", None), ("2012", None)
    ]  # fmt: skip
    assert any(item.text == "1920-2020" for item in split.layout)
    assert "over a long winter." in left_out(text)  # (the introduction reported)


def test_a_span_of_years_alone_in_a_list_of_spans_alone_stays_an_entry() -> None:
    text = (  # a war's phases: each span alone above its text
        "Phases\n\n"
        "1914-1916\nThe war of movement ends in trenches.\n\n"
        "1916-1917\nThe great battles.\n\n"
        "1917-1918\nThe last offensives.\n"
    )
    assert [(e[0], e[1]) for e in _read(text)] == [
        ("1914", "1916"), ("1916", "1917"), ("1917", "1918")
    ]  # fmt: skip


# --- a month of two digits and its year with a dot: "02.2008 |" -----------------------------


def test_a_month_and_year_with_a_dot_in_a_flattened_table() -> None:
    text = (  # a company's table flattened, one cell a line
        "Firmengeschichte\n\n"
        "1901 |\nGründung der Weberei. |\n"
        "1936 |\nNeubau der Spinnerei. |\n"
        "11.1972 |\nStilllegung des Werks. |\n"
        "02.2008 |\nAbriss der Hallen. |\n"
    )
    assert [e[0] for e in _read(text)] == ["1901", "1936", "1972-11", "2008-02"]


def test_decimals_and_versions_with_four_digits_are_no_month_and_year() -> None:
    text = (
        "Notes\n\n"
        "The rate was 12.1999 percent.\n"
        "Version 3.2019 was faster.\n"
        "Pi is about 3.1415 and no more.\n"
    )
    assert _read(text) == []


# --- the same forms in `ktimeline range` (one date grammar) --------------------------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("1117 (3 gennaio)", "1117-01-03", "1117-01-03"),
        ("1456 (4-5 dicembre)", "1456-12-04", "1456-12-05"),
        ("1914 (28. Juni)", "1914-06-28", "1914-06-28"),
        ("12 maj 1990", "1990-05-12", "1990-05-12"),
        ("8 augusti 1641", "1641-08-08", "1641-08-08"),
        ("1641, 8 augusti", "1641-08-08", "1641-08-08"),
    ],
)
def test_range_reads_the_new_forms(written: str, first: str, last: str) -> None:
    from ktimeline.dates import parse_date_argument

    span = parse_date_argument(written, "START")
    assert (span.start.isoformat(), span.end.isoformat()) == (first, last)


# ("c. 1850" is read as 1850 since layouts35: an approximate date, as the importer reads it)
@pytest.mark.parametrize("written", ["Maj. Gen.", "1990 (West)", "12.1999 euros"])
def test_range_refuses_what_is_no_such_date(written: str) -> None:
    from ktimeline.dates import parse_date_argument
    from ktimeline.errors import UsageError

    with pytest.raises(UsageError):
        parse_date_argument(written, "START")
