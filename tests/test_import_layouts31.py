"""Issue 22, thirty-first round (held-out-21's misses): a year, a spaced dash, then the day and
month of the event ("1815 – 18 June text", "1167 – 7 aprile text") is that day, never the short
span 1815-1818 (main) nor the year with "18 June" as its text (merge11); where the document's
other entries are "YEAR – text", its few day lines are entries too. Each rule on chronologies
written for the test in other subjects and languages, with what it must leave alone."""

from __future__ import annotations

from ktimeline.dates import date_parts, find_date
from ktimeline.importing.tables import read_entries as read_table
from tests.import_support import read_entries

_read = read_entries

FOOTBALL_CLUB = (  # a club's history in English, the day after the dash on most lines
    "History of the club\n"
    "1805 – 2 December the first match is played at the old ground\n"
    "1815 – 18 June the club wins its first cup\n"
    "1914 – 28 July the league is suspended\n"
    "1923 – the new stand opens\n"
)


def test_a_year_a_dash_then_its_day_and_month_is_that_day() -> None:
    assert _read(FOOTBALL_CLUB) == [
        ("1805-12-02", None, "the first match is played at the old ground"),
        ("1815-06-18", None, "the club wins its first cup"),
        ("1914-07-28", None, "the league is suspended"),
        ("1923", None, "the new stand opens"),
    ]


def test_a_german_empire_with_dotted_days() -> None:
    text = (
        "Reichsgeschichte\n"
        "\n"
        "1866 – 3. Juli Schlacht bei Königgrätz\n"
        "1870 – 19. Juli Frankreich erklärt den Krieg\n"
        "1871 – 18. Januar Gründung des Kaiserreichs\n"
        "1890 – Bismarck tritt zurück\n"
    )
    assert _read(text) == [
        ("1866-07-03", None, "Schlacht bei Königgrätz"),
        ("1870-07-19", None, "Frankreich erklärt den Krieg"),
        ("1871-01-18", None, "Gründung des Kaiserreichs"),
        ("1890", None, "Bismarck tritt zurück"),
    ]


def test_the_month_first_after_the_dash() -> None:
    text = (
        "Space race\n"
        "1957 – October 4 Sputnik 1 is launched\n"
        "1961 – April 12 Gagarin orbits the Earth\n"
        "1969 – July 20 Apollo 11 lands on the Moon\n"
        "1975 – the Apollo-Soyuz test project flies\n"
    )
    assert _read(text) == [
        ("1957-10-04", None, "Sputnik 1 is launched"),
        ("1961-04-12", None, "Gagarin orbits the Earth"),
        ("1969-07-20", None, "Apollo 11 lands on the Moon"),
        ("1975", None, "the Apollo-Soyuz test project flies"),
    ]


def test_few_day_lines_among_year_dash_lines_are_entries() -> None:
    # (a French club: two days among two plain years, the dash the document's separator)
    text = (
        "Le club\n"
        "1901 – 5 mars fondation du club\n"
        "1902 – 12 avril premier match\n"
        "1903 – le club gagne la coupe\n"
        "1904 – le club descend\n"
    )
    assert _read(text) == [
        ("1901-03-05", None, "fondation du club"),
        ("1902-04-12", None, "premier match"),
        ("1903", None, "le club gagne la coupe"),
        ("1904", None, "le club descend"),
    ]


def test_the_grammar_reads_the_day_after_a_year_and_a_dash() -> None:
    match = find_date("1317 – 24 dicembre muore il re")
    assert match is not None
    assert match.group(0) == "1317 – 24 dicembre"
    parts = date_parts(match)
    assert (parts["y1"], parts["d1"]) == ("1317", "24")


# --- guards: what the rule must leave alone ---------------------------------------------------


def test_short_spans_of_years_stay_spans() -> None:
    text = (
        "Wars\n"
        "1095 - 99 First Crusade\n"
        "1337 - 1453 Hundred Years War\n"
        "1914 - 18 First World War\n"
        "1939 - 45 Second World War\n"
    )
    assert _read(text) == [
        ("1095", "1099", "First Crusade"),
        ("1337", "1453", "Hundred Years War"),
        ("1914", "1918", "First World War"),
        ("1939", "1945", "Second World War"),
    ]


def test_a_month_without_its_day_or_a_day_named_in_a_title_stays_the_year() -> None:
    text = (
        "Guards\n"
        "1969 – July saw the first landing on the Moon\n"
        "1998 – the club moves\n"
        "2001 – September 11 attacks shake the markets\n"
        "2005 – a new chairman\n"
    )
    assert _read(text) == [
        ("1969", None, "July saw the first landing on the Moon"),
        ("1998", None, "the club moves"),
        ("2001", None, "September 11 attacks shake the markets"),
        ("2005", None, "a new chairman"),
    ]


# --- a day and month in brackets opening the text under a year alone --------------------------

AVIATION = (  # a museum's aviation chronicle: years alone, the day in brackets below, Roman months
    "Kronika lotnictwa\n"
    "1926\n"
    "(27 VIII) Pierwszy lot\n"
    "samolotu z Warszawy do Tokio.\n"
    "1929\n"
    "Otwarcie lotniska w Gdyni.\n"
    "1932\n"
    "(28 VIII) Żwirko i Wigura\n"
    "wygrywają challenge.\n"
    "1933\n"
    "(5–6 VI) Lot nad Atlantykiem.\n"
)


def test_a_bracketed_roman_day_under_a_year_alone_is_that_day() -> None:
    assert _read(AVIATION) == [
        ("1926-08-27", None, "Pierwszy lot samolotu z Warszawy do Tokio."),
        ("1929", None, "Otwarcie lotniska w Gdyni."),
        ("1932-08-28", None, "Żwirko i Wigura wygrywają challenge."),
        ("1933-06-05", "1933-06-06", "Lot nad Atlantykiem."),
    ]


def test_a_bracketed_month_name_under_a_year_alone() -> None:
    text = (
        "Storia della squadra\n"
        "1908\n"
        "(9 marzo) Fondazione della società.\n"
        "1910\n"
        "(5 giugno) Primo scudetto.\n"
        "1912\n"
        "Nuovo stadio.\n"
    )
    assert _read(text) == [
        ("1908-03-09", None, "Fondazione della società."),
        ("1910-06-05", None, "Primo scudetto."),
        ("1912", None, "Nuovo stadio."),
    ]


def test_a_bracket_that_is_no_day_stays_in_the_text() -> None:
    # (a note in brackets, a day that month has not, a bracket later in the line)
    text = (
        "Company history\n"
        "1990\n"
        "(AP) The company is founded.\n"
        "1991\n"
        "(30 II) A misprinted day.\n"
        "1992\n"
        "The shares (12 VI) are listed.\n"
    )
    assert _read(text) == [
        ("1990", None, "(AP) The company is founded."),
        ("1991", None, "(30 II) A misprinted day."),
        ("1992", None, "The shares (12 VI) are listed."),
    ]


# --- a sheet's "end" column of years, mostly empty ----------------------------------------------


def _table(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.date, e.end_date, e.text) for e in read_table(text).entries]


def test_an_end_column_of_bare_years_is_the_span_end() -> None:
    text = (  # a railway's history: start and end, the end filled for a few rows only
        "start,end,title\n"
        "1825,1830,The first lines are built\n"
        "1830,,The Liverpool and Manchester opens\n"
        "1844,1847,Railway mania\n"
        "1863,,The first underground line opens\n"
        "1948,,The railways are nationalised\n"
    )
    assert _table(text) == [
        ("1825", "1830", "The first lines are built"),
        ("1830", None, "The Liverpool and Manchester opens"),
        ("1844", "1847", "Railway mania"),
        ("1863", None, "The first underground line opens"),
        ("1948", None, "The railways are nationalised"),
    ]


def test_an_until_column_in_german() -> None:
    text = (
        "Jahr,bis,Ereignis\n"
        "1618,1648,Dreißigjähriger Krieg\n"
        "1701,,Preußen wird Königreich\n"
        "1756,1763,Siebenjähriger Krieg\n"
    )
    assert [(d, e) for d, e, _ in _table(text)] == [
        ("1618", "1648"),
        ("1701", None),
        ("1756", "1763"),
    ]


def test_a_column_of_scores_stays_text() -> None:
    # (numbers under a header that names no time nor an end are no years)
    text = (
        "year,score,match\n"
        "1990,1020,Final against the visitors\n"
        "1991,,Semi-final\n"
        "1992,1150,Final at home\n"
    )
    assert [(d, e) for d, e, _ in _table(text)] == [("1990", None), ("1991", None), ("1992", None)]
