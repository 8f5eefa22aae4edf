"""Issue 22, twenty-fifth round: the README's rule of undated lines under a dated line read
for days and months as well as years (the lead's decision), and layouts left by the last
rounds, each on short chronologies written for the test, in several languages and subjects
(never the corpus's own words), and what each rule must not read."""

from __future__ import annotations

import pytest

from ktimeline.dates import parse_date_argument
from ktimeline.errors import UsageError
from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import table_split
from tests.import_support import left_out, read_entries

_read = read_entries


# --- undated lines under a one-line day entry: other events of that day -----------------------


def test_a_sentence_under_a_day_entry_is_another_event_of_that_day() -> None:
    text = (  # a football season, one day a line (a web page's lines: not wrapped at a width)
        "The season so far\n\n"
        "Aug 12, 2023: United open the season with a 2-0 win at home, the first of the new "
        "coach's reign, in front of a crowd of more than forty thousand people.\n"
        "The new signing scores on his debut.\n"
        "Aug 19, 2023: A draw away at the promoted side.\n"
        "Aug 26, 2023: United lose the derby 1-3.\n"
        "The manager blames the referee for the second goal.\n"
        "Fans protest outside the ground after the match.\n"
        "Sep 2, 2023: A cup win on penalties.\n"
    )
    assert _read(text) == [
        (
            "2023-08-12",
            None,
            "United open the season with a 2-0 win at home, the first of the "
            "new coach's reign, in front of a crowd of more than forty thousand people.",
        ),
        ("2023-08-12", None, "The new signing scores on his debut."),
        ("2023-08-19", None, "A draw away at the promoted side."),
        ("2023-08-26", None, "United lose the derby 1-3."),
        ("2023-08-26", None, "The manager blames the referee for the second goal."),
        ("2023-08-26", None, "Fans protest outside the ground after the match."),
        ("2023-09-02", None, "A cup win on penalties."),
    ]


def test_day_first_dates_in_german_with_a_second_event() -> None:
    text = (  # a town's flood, in German
        "Chronik des Hochwassers\n\n"
        "12. Juni 2013: Der Pegel steigt über sieben Meter.\n"
        "Die Altstadt wird geräumt.\n"
        "13. Juni 2013: Der Damm bricht im Norden der Stadt.\n"
        "15. Juni 2013: Das Wasser geht langsam zurück.\n"
    )
    assert _read(text) == [
        ("2013-06-12", None, "Der Pegel steigt über sieben Meter."),
        ("2013-06-12", None, "Die Altstadt wird geräumt."),
        ("2013-06-13", None, "Der Damm bricht im Norden der Stadt."),
        ("2013-06-15", None, "Das Wasser geht langsam zurück."),
    ]


def test_a_month_entry_takes_its_second_line_too() -> None:
    text = (  # a company's year, months in capitals, in English
        "MARCH 2015: The company lists its shares in London.\n"
        "The price doubles on the first day.\n"
        "JUNE 2015: A factory opens in Poland.\n"
        "OCTOBER 2015: The founder steps down.\n"
    )
    assert _read(text) == [
        ("2015-03", None, "The company lists its shares in London."),
        ("2015-03", None, "The price doubles on the first day."),
        ("2015-06", None, "A factory opens in Poland."),
        ("2015-10", None, "The founder steps down."),
    ]


def test_a_line_carrying_the_sentence_on_stays_part_of_the_entry() -> None:
    text = (  # a court case: a line in lower case, and one under a line that did not end
        "The trial\n\n"
        "3 May 2021: The jury is sworn in and the prosecution opens\n"
        "Its case with the testimony of two officers.\n"
        "4 May 2021: The defence asks for a delay,\n"
        "which the judge refuses.\n"
        "7 May 2021: The first witness is heard.\n"
    )
    assert _read(text) == [
        (
            "2021-05-03",
            None,
            "The jury is sworn in and the prosecution opens Its case with the "
            "testimony of two officers.",
        ),
        ("2021-05-04", None, "The defence asks for a delay, which the judge refuses."),
        ("2021-05-07", None, "The first witness is heard."),
    ]


def test_a_heading_between_day_entries_stays_left_out() -> None:
    text = (  # a space programme: a heading with no sentence end between the days
        "12 April 1961: Gagarin orbits the Earth.\n"
        "Photos from the archive\n"
        "5 May 1961: Shepard flies a suborbital mission.\n"
        "20 February 1962: Glenn orbits the Earth.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1961-04-12", "1961-05-05", "1962-02-20"]
    assert "Photos from the archive" in left_out(text)


def test_an_indented_line_under_a_day_carries_the_entry_on() -> None:
    text = (  # a hard-wrapped list with a hanging indent: no new event
        "   March 3 - The treaty is signed in Paris.\n"
        "    It enters into force a year later.\n"
        "   April 9 - The first delegates arrive.\n"
        "   May 1 - The assembly meets.\n"
        "   June 30 - The session closes.\n"
    )
    dated = "1950\n" + text
    assert [date for date, *_ in _read(dated)] == [
        "1950-03-03",
        "1950-04-09",
        "1950-05-01",
        "1950-06-30",
    ]


def test_paragraphs_under_a_date_alone_tell_more_of_the_same_day() -> None:
    text = (  # a date alone on its line over paragraphs: another layout, not this rule
        "April 26, 1986\n"
        "The test begins at the fourth reactor.\n"
        "Fifty seconds later, the power surges.\n\n"
        "April 27, 1986\n"
        "The town is evacuated.\n\n"
        "April 28, 1986\n"
        "Sweden detects the cloud.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1986-04-26", "1986-04-27", "1986-04-28"]


# --- a month glued to its year by a hyphen ("Jan-2020"), in text, tables and `range` ---------


def test_month_hyphen_year_lines() -> None:
    text = (  # a software project's log
        "Release history\n\n"
        "Jan-2021: Version 1.0 ships.\n"
        "Apr-2021: Version 1.1 adds plugins.\n"
        "Sept-2021: Version 2.0 drops the old format.\n"
    )
    assert _read(text) == [
        ("2021-01", None, "Version 1.0 ships."),
        ("2021-04", None, "Version 1.1 adds plugins."),
        ("2021-09", None, "Version 2.0 drops the old format."),
    ]


def test_month_hyphen_year_cells_of_a_table() -> None:
    table = (  # a council's spending, a spreadsheet's month column
        "Month,Decision\nFeb-2019,Budget adopted\nJul-2019,New library approved\n"
        "Nov-2019,Tax rate frozen\n"
    )
    split = table_split(table)
    assert split is not None
    assert [(e.date, e.end_date) for e in split.entries] == [
        ("2019-02", None),
        ("2019-07", None),
        ("2019-11", None),
    ]


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("Jan-2020", "2020-01-01", "2020-01-31"),
        ("Feb-2021", "2021-02-01", "2021-02-28"),  # (main: February to the end of 2021)
        ("juin-2021", "2021-06-01", "2021-06-30"),
        ("XIX secolo", "1801-01-01", "1900-12-31"),  # (a Roman century: read already)
        ("XIXe siècle", "1801-01-01", "1900-12-31"),
        ("19th century", "1801-01-01", "1900-12-31"),
        ("1740 e 1741 (3 dicembre)", "1740-01-01", "1741-12-03"),  # (pairs of years, decades)
        ("1920 und 1921", "1920-01-01", "1921-12-31"),
        ("1950-es évek", "1950-01-01", "1959-12-31"),
        ("1970-es, 80-as évek", "1970-01-01", "1989-12-31"),
    ],
)
def test_range_reads_the_forms(written: str, first: str, last: str) -> None:
    span = parse_date_argument(written, "START")
    assert (span.start.isoformat(), span.end.isoformat()) == (first, last)


@pytest.mark.parametrize("written", ["Jan-20", "Foo-2020", "Jan-20201", "xix secolo"])
def test_range_refuses_a_two_digit_year_and_what_is_no_month(written: str) -> None:
    with pytest.raises(UsageError):  # ("Jan-20" may be the 20th: no year guessed)
        parse_date_argument(written, "START")


def test_a_month_hyphen_number_in_a_sentence_is_no_entry() -> None:
    text = "Notes\n\nThe Jan-2020 figures were revised twice.\nSee the May-2020 report.\n"
    assert _read(text) == []


# --- "the same day" items: another event of the day of the entry above -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a strike, in English, a blank line between
            "The strike\n\n"
            "March 3, 1984: Miners at Cortonwood walk out.\n\n"
            "On the same day, the union calls a national ballot.\n\n"
            "March 12, 1984: The strike becomes national.\n",
            [
                ("1984-03-03", None, "Miners at Cortonwood walk out."),
                ("1984-03-03", None, "On the same day, the union calls a national ballot."),
                ("1984-03-12", None, "The strike becomes national."),
            ],
        ),
        (  # a trial, in French, no blank line
            "Le procès\n\n"
            "12 mars 2019 : ouverture du procès à Lyon.\n"
            "Le même jour, la défense demande un renvoi.\n"
            "20 mars 2019 : verdict.\n",
            [
                ("2019-03-12", None, "ouverture du procès à Lyon."),
                ("2019-03-12", None, "Le même jour, la défense demande un renvoi."),
                ("2019-03-20", None, "verdict."),
            ],
        ),
        (  # an election, in Spanish
            "Elecciones\n\n"
            "6 de junio de 2021: Primera vuelta en Perú.\n"
            "El mismo día se celebran elecciones en México.\n"
            "28 de julio de 2021: Toma de posesión.\n",
            [
                ("2021-06-06", None, "Primera vuelta en Perú."),
                ("2021-06-06", None, "El mismo día se celebran elecciones en México."),
                ("2021-07-28", None, "Toma de posesión."),
            ],
        ),
        (  # a family's war years, in German, years alone over paragraphs
            "1944\n"
            "Am 6. Juni 1944 landen die Alliierten in der Normandie.\n\n"
            "Am selben Tag wird mein Großvater eingezogen.\n\n"
            "1943\n"
            "Am 2. Februar 1943 endet die Schlacht von Stalingrad.\n\n"
            "1939\n"
            "Am 1. September 1939 beginnt der Krieg.\n",
            [
                ("1944-06-06", None, "Am 6. Juni 1944 landen die Alliierten in der Normandie."),
                ("1944-06-06", None, "Am selben Tag wird mein Großvater eingezogen."),
                ("1943-02-02", None, "Am 2. Februar 1943 endet die Schlacht von Stalingrad."),
                ("1939-09-01", None, "Am 1. September 1939 beginnt der Krieg."),
            ],
        ),
    ],
)
def test_a_same_day_item_is_an_event_of_the_day_above(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _read(text) == expected
    found = split_entries(text).entries[1]
    assert found.note is not None and "day of the entry above" in found.note


def test_the_same_day_inside_a_sentence_is_no_new_item() -> None:
    text = (  # a sentence that says "the same day" carries on its entry
        "The strike\n\n"
        "March 3, 1984: Miners at Cortonwood walk out and\n"
        "The same day the union calls a ballot.\n"
        "March 12, 1984: The strike becomes national, and on the same day police block roads.\n"
        "March 15, 1984: A picket dies.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1984-03-03", "1984-03-12", "1984-03-15"]


def test_the_same_day_under_a_month_names_no_day() -> None:
    text = (  # under a month the words name no day: not read as one (reported)
        "Company news\n\n"
        "May 2018: The plant in Ohio closes.\n\n"
        "On the same day, the shares fall.\n\n"
        "July 2018: A new chief executive.\n"
    )
    assert [date for date, *_ in _read(text)] == ["2018-05", "2018-07"]
    assert "On the same day, the shares fall." in left_out(text)


# --- pairs of years and of decades: "1348 e 1349 (9 settembre)", "1960-as, 70-es évek" ------


def test_a_pair_of_years_in_other_languages_and_a_bracketed_day() -> None:
    text = (  # floods of a river, in Italian, then German
        "Alluvioni\n\n"
        "- 1557 (13 settembre) - Piena a Firenze.\n"
        "- 1740 e 1741 (3 dicembre) - Piene ripetute del Tevere.\n"
        "- 1844 (3 novembre) - Arno in piena.\n"
        "- 1966 (4 novembre) - Alluvione di Firenze.\n"
    )
    assert _read(text)[1] == ("1740", "1741-12-03", "Piene ripetute del Tevere.")
    german = (  # a club's seasons
        "Vereinsgeschichte\n\n"
        "1908: Gründung des Vereins.\n"
        "1920 und 1921: Zwei Meistertitel in Folge.\n"
        "1936: Neues Stadion.\n"
    )
    assert _read(german)[1] == ("1920", "1921", "Zwei Meistertitel in Folge.")


def test_hungarian_decades_and_a_pair_of_them() -> None:
    text = (  # a country's economy, in Hungarian
        "Gazdaságtörténet\n\n"
        "1946: Bevezetik a forintot.\n"
        "1950-es évek: Erőltetett iparosítás.\n"
        "1968: Új gazdasági mechanizmus.\n"
        "1970-es, 80-as évek: Eladósodás nyugati hitelekből.\n"
        "1989: Rendszerváltás.\n"
    )
    assert _read(text) == [
        ("1946", None, "Bevezetik a forintot."),
        ("1950", "1959", "Erőltetett iparosítás."),
        ("1968", None, "Új gazdasági mechanizmus."),
        ("1970", "1989", "Eladósodás nyugati hitelekből."),
        ("1989", None, "Rendszerváltás."),
    ]


def test_a_pair_of_years_inside_a_sentence_is_no_entry() -> None:
    text = (  # the words inside sentences, and a Hungarian adjective that is no decade
        "Notes\n\n"
        "The floods of 1914 and 1915 were the worst on record.\n"
        "Az 1960-as törvény ma is érvényes.\n"
    )
    assert _read(text) == []
    assert len(left_out(text)) == 3


# --- a table of two text columns copied from a web page one cell a paragraph -----------------


def _flattened(rows: list[tuple[str, str, str]]) -> str:
    """A table "Year | Town | World" as a browser copies it: each cell its own paragraph,
    an empty cell a line holding a space."""
    cells = ["Timeline", "Year", "Town", "World"]
    for row in rows:
        cells.extend(cell or " " for cell in row)
    return "\n\n".join(cells) + "\n"


def test_each_text_cell_of_a_flattened_table_is_an_event_of_its_date() -> None:
    text = _flattened(  # a port town beside the world, in English
        [
            ("1701", "The harbour wall is built", ""),
            ("1714", "", "The Hanoverian succession"),
            ("1756", "The town is fortified", "The Seven Years' War begins"),
            ("1789", "", "The French Revolution"),
            ("1801", "A customs house opens", ""),
            ("1815", "", "Waterloo"),
        ]
    )
    assert _read(text) == [
        ("1701", None, "The harbour wall is built"),
        ("1714", None, "The Hanoverian succession"),
        ("1756", None, "The town is fortified"),
        ("1756", None, "The Seven Years' War begins"),
        ("1789", None, "The French Revolution"),
        ("1801", None, "A customs house opens"),
        ("1815", None, "Waterloo"),
    ]


@pytest.mark.parametrize("closing", ["", " "])
def test_paragraphs_under_dates_alone_stay_one_entry(closing: str) -> None:
    text = (  # no line holding a space, or one closing each row: no table's empty cell
        f"1901\n\nThe company is founded in Turin.\n\nIts first car is built that year.\n\n"
        f"{closing}\n\n1906\n\nA new factory opens.\n\nIts workers strike.\n\n{closing}\n\n"
        f"1912\n\nThe first truck leaves the line.\n\nIt sells well.\n\n{closing}\n\n"
        "1915\n\nThe works make shells.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1901", "1906", "1912", "1915"]


def test_a_number_with_a_full_stop_is_an_ordinal_where_no_list_is_numbered() -> None:
    text = (  # German ordinals, "1. Weltkrieg": no list's numbers
        "Zeittafel\n\n"
        "1914\n\n1. Weltkrieg beginnt\n\n"
        "1919\n\nVertrag von Versailles\n\n"
        "1939\n\n2. Weltkrieg beginnt\n"
    )
    assert [words for *_, words in _read(text)] == [
        "1. Weltkrieg beginnt",
        "Vertrag von Versailles",
        "2. Weltkrieg beginnt",
    ]
    listed = (  # a numbered list: 1., 2. are its marks
        "Top events\n\n"
        "1969\n1. Moon landing\n"
        "1989\n2. The Wall falls\n"
        "1991\n3. The Soviet Union ends\n"
    )
    assert [words for *_, words in _read(listed)] == [
        "Moon landing",
        "The Wall falls",
        "The Soviet Union ends",
    ]


# --- a bulleted title and its description indented under the bullet --------------------------


def test_an_indented_description_under_a_bulleted_title_is_its_text() -> None:
    text = (  # a family's migration, titles with no full stop, descriptions indented
        "Family timeline\n\n"
        "  • 3 May 1852: Departure from Hamburg\n"
        "    The family boards the Helena with forty other emigrants.\n"
        "  • 19 Aug 1852: Arrival in Adelaide\n"
        "    After a stop at the Cape the ship reaches the port.\n"
        "  • 1855: A farm near Hahndorf\n"
        "    Johann buys land and builds a house of stone.\n"
    )
    assert _read(text) == [
        (
            "1852-05-03",
            None,
            "Departure from Hamburg The family boards the Helena with forty other emigrants.",
        ),
        (
            "1852-08-19",
            None,
            "Arrival in Adelaide After a stop at the Cape the ship reaches the port.",
        ),
        ("1855", None, "A farm near Hahndorf Johann buys land and builds a house of stone."),
    ]


def test_a_line_at_the_margin_under_a_bulleted_title_is_not_its_text() -> None:
    text = (  # the same without the indent: a bulleted one-line item, the line its own
        "• April 1961: First human spaceflight\n"
        "Project Mercury: the American answer\n"
        "• May 1961: Shepard's flight\n"
        "• February 1962: Glenn orbits the Earth\n"
    )
    assert "Project Mercury: the American answer" in left_out(text)
