"""Issue 22, layouts62: shapes no text of the corpus had shown, found in real texts (the
fifty-ninth-b collection of tests/data/import/real/README.md), and leftovers of session 24.
Each rule is tested on the seen text's shape and on variants by other writers (another
subject, language, separator, blank lines, furniture), with what it must not read."""

from __future__ import annotations

import datetime

import pytest

from ktimeline.dates import find_date, parse_date_argument
from tests.import_support import left_out, read_entries


def _range_output(*arguments: str) -> str:
    from typer.testing import CliRunner

    from ktimeline.cli.app import app

    result = CliRunner().invoke(app, ["range", *arguments])
    assert result.exit_code == 0, result.output
    return result.output


# --- quarters and half-years: a span of months at month precision, one grammar ---------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("Q3 2021", (2021, 7, 1), (2021, 9, 30)),
        ("3Q 2021", (2021, 7, 1), (2021, 9, 30)),
        ("2021 Q3", (2021, 7, 1), (2021, 9, 30)),
        ("2021 3Q", (2021, 7, 1), (2021, 9, 30)),
        ("Q3 - 2023", (2023, 7, 1), (2023, 9, 30)),
        ("Q2, 2025", (2025, 4, 1), (2025, 6, 30)),
        ("third quarter of 2019", (2019, 7, 1), (2019, 9, 30)),
        ("H1 2020", (2020, 1, 1), (2020, 6, 30)),
        ("1H 2020", (2020, 1, 1), (2020, 6, 30)),
        ("2020 H2", (2020, 7, 1), (2020, 12, 31)),
        ("first half of 2020", (2020, 1, 1), (2020, 6, 30)),
        ("Second half 2019", (2019, 7, 1), (2019, 12, 31)),
    ],
)
def test_quarters_and_halves_read_alike_in_range_and_in_text(
    written: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    span = parse_date_argument(written, "start")
    assert (span.start, span.end) == (datetime.date(*first), datetime.date(*last))
    found = find_date(written)
    assert found is not None and found.group() == written
    # (the command line reads it as the span of its first and last months, written in ISO)
    months = (datetime.date(*first).isoformat()[:7], datetime.date(*last).isoformat()[:7])
    assert _range_output(written) == _range_output(*months)


@pytest.mark.parametrize("written", ["H1N1 2009", "2009 H1N1", "Q5 2021", "H3 2020", "5Q 2021"])
def test_what_is_no_quarter_nor_half(written: str) -> None:
    found = find_date(written)
    assert found is None or found.group() == "2009"


# the seen text's shape: "## Q3 2022" and "## January 2023" headings over "* " bullets
ROADMAP = """\
# Road Map

## Q3 2022

* Development of internal mechanics
* Application Economics Development

## January 2023

* Website is ON

## Q2 2023

* The finish of the public beta testing
"""

# another writer: a quarter with a spaced dash, bold headings, dashed items, no blank lines
MILESTONES = """\
Milestones
**Q3 - 2023**
- Character design finished
- Mobile app wireframes
**Q4 - 2023**
- MVP development
**H1 2024**
- Beta release with limited access
"""

# another writer and language: a company report's "1H 2019" and "3Q 2019" lines with a colon
BERICHT = """\
Unternehmensgeschichte

1H 2019: Gründung der Gesellschaft in Leipzig.
3Q 2019: Erste Finanzierungsrunde abgeschlossen.
2020 Q1: Umzug in das neue Werk.
"""


def test_quarter_headings_over_bullets_date_each_bullet() -> None:
    assert read_entries(ROADMAP) == [
        ("2022-07", "2022-09", "Development of internal mechanics"),
        ("2022-07", "2022-09", "Application Economics Development"),
        ("2023-01", None, "Website is ON"),
        ("2023-04", "2023-06", "The finish of the public beta testing"),
    ]
    assert "# Road Map" in left_out(ROADMAP)


def test_quarter_and_half_headings_of_another_writer() -> None:
    assert read_entries(MILESTONES) == [
        ("2023-07", "2023-09", "Character design finished"),
        ("2023-07", "2023-09", "Mobile app wireframes"),
        ("2023-10", "2023-12", "MVP development"),
        ("2024-01", "2024-06", "Beta release with limited access"),
    ]


def test_quarters_and_halves_opening_items() -> None:
    assert read_entries(BERICHT) == [
        ("2019-01", "2019-06", "Gründung der Gesellschaft in Leipzig."),
        ("2019-07", "2019-09", "Erste Finanzierungsrunde abgeschlossen."),
        ("2020-01", "2020-03", "Umzug in das neue Werk."),
    ]


# --- a year with its reading in another calendar: one date -----------------------------------


@pytest.mark.parametrize(
    ("written", "year"),
    [
        ("1938年 (昭和13年)", 1938),
        ("1938年（昭和13年）", 1938),
        ("昭和13年（1938年）", 1938),
        ("1991 (Heisei 3)", 1991),
        ("Heisei 3 (1991)", 1991),
        ("Reiwa gannen (2019)", 2019),
        ("1446년 (세종 28년)", 1446),
    ],
)
def test_a_year_beside_its_other_calendar_is_one_date(written: str, year: int) -> None:
    found = find_date(written)
    assert found is not None and found.group() == written
    span = parse_date_argument(written, "start")
    assert (span.start, span.end) == (datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def test_a_name_and_number_in_brackets_is_no_calendar() -> None:
    # ("1972 (Apollo 17)": a mission's name, part of the text, never passed over)
    for line in ("1972 (Apollo 17): last crewed landing", "1972 (Showa): a name alone"):
        found = find_date(line)
        assert found is not None and found.group() == "1972"


# the seen text's shape: "1938年 (昭和13年) |", a "- text" item below, "|" rows between
ENKAKU = """\
会社沿革
1938年 (昭和13年) |
- 航空機部品を製造する会社として設立。
|
1946年 (昭和21年) |
- 本社を移転。
|
1986年 (昭和61年) |
|
"""

# another writer: an English company history, the era after the year, a colon, blank lines
HISTORY = """\
Company history

1948 (Showa 23): Founded in Osaka as a maker of bearings.

1991 (Heisei 3): Opened a plant in Ohio.

2019 (Reiwa 1): New head office completed.
"""

# another writer: the era first, the Western year in brackets, a spaced dash, and a Korean
# king's year after the year with its own text
ERA_FIRST = """\
Timeline
Meiji 5 (1872) – The first railway opens between Shimbashi and Yokohama.
Taisho 12 (1923) – The Great Kanto earthquake.
"""
KOREAN = """\
연표
1443년 (세종 25년): 훈민정음 창제.
1446년 (세종 28년): 훈민정음 반포.
"""


def test_years_with_their_era_in_brackets_over_items() -> None:
    assert read_entries(ENKAKU) == [
        ("1938", None, "航空機部品を製造する会社として設立。"),
        ("1946", None, "本社を移転。"),
    ]
    assert "1986年 (昭和61年) |" in left_out(ENKAKU)


def test_years_with_their_era_of_other_writers() -> None:
    assert read_entries(HISTORY) == [
        ("1948", None, "Founded in Osaka as a maker of bearings."),
        ("1991", None, "Opened a plant in Ohio."),
        ("2019", None, "New head office completed."),
    ]
    assert read_entries(ERA_FIRST) == [
        ("1872", None, "The first railway opens between Shimbashi and Yokohama."),
        ("1923", None, "The Great Kanto earthquake."),
    ]
    assert read_entries(KOREAN) == [
        ("1443", None, "훈민정음 창제."),
        ("1446", None, "훈민정음 반포."),
    ]


# --- second lines in a table cell: a note of its own, or more of the cell's text -------------


# the seen text's shape: "DD.MM.YYYY" alone, its cell below, a note under some cells
CASE = """\
Date
Timeline
16.12.2012
Date of Incident
03.01.2013
Charge Sheet was filed
Investigation Complete within 17 days of the incident
04.02.2013
Supplementary charge sheet filed
11.03.2013
Accused found dead in his prison cell
10.09.2013
Death Penalty awarded by the trial court
The Sessions Court passed its judgement within 9 months
"""

# another writer: a club's table of years, a note under two cells, a cell carried on in lower
# case and one cut off by a comma (no note: more of its text)
CLUB = """\
Jahr
Ereignis
1921
Gründung des Vereins
Erster Vorsitzender Karl Weber
1925
Bau des Sportplatzes am Mühlbach
1930
Aufstieg in die Bezirksliga
1933
Auflösung des Arbeitersportvereins,
Übertritt der Mitglieder
1948
Neugründung nach dem Krieg
mit 40 Mitgliedern
1951
Einweihung des Vereinsheims
"""

# another writer: a page's date above, English months, a note in the last cell
LOG = """\
Tuesday, 3 March 2015

Project log
12 January 2015
Kick-off meeting
2 February 2015
Site survey finished
Soil report delayed
16 February 2015
Permit granted
"""


def test_notes_in_cells_are_events_of_their_date() -> None:
    got = read_entries(CASE)
    assert got == [
        ("2012-12-16", None, "Date of Incident"),
        ("2013-01-03", None, "Charge Sheet was filed"),
        ("2013-01-03", None, "Investigation Complete within 17 days of the incident"),
        ("2013-02-04", None, "Supplementary charge sheet filed"),
        ("2013-03-11", None, "Accused found dead in his prison cell"),
        ("2013-09-10", None, "Death Penalty awarded by the trial court"),
        ("2013-09-10", None, "The Sessions Court passed its judgement within 9 months"),
    ]


def test_notes_in_cells_of_other_writers() -> None:
    assert read_entries(CLUB) == [
        ("1921", None, "Gründung des Vereins"),
        ("1921", None, "Erster Vorsitzender Karl Weber"),
        ("1925", None, "Bau des Sportplatzes am Mühlbach"),
        ("1930", None, "Aufstieg in die Bezirksliga"),
        ("1933", None, "Auflösung des Arbeitersportvereins, Übertritt der Mitglieder"),
        ("1948", None, "Neugründung nach dem Krieg mit 40 Mitgliedern"),
        ("1951", None, "Einweihung des Vereinsheims"),
    ]
    got = read_entries(LOG)
    survey = got.index(("2015-02-02", None, "Site survey finished"))
    assert got[survey + 1] == ("2015-02-02", None, "Soil report delayed")


def test_a_title_over_its_paragraph_in_a_cell_is_no_note() -> None:
    # ("Verdict" / "Death Penalty awarded …": a title of one word over its text, one entry)
    text = CASE.replace(
        "Death Penalty awarded by the trial court\nThe Sessions Court passed its judgement "
        "within 9 months\n",
        "Verdict\nDeath Penalty awarded by the trial court\n",
    )
    assert read_entries(text)[-1] == (
        "2013-09-10",
        None,
        "Verdict Death Penalty awarded by the trial court",
    )
    assert ("2013-01-03", None, "Charge Sheet was filed") in read_entries(text)


def test_a_note_cell_naming_another_year_is_no_note() -> None:
    text = CLUB.replace("Erster Vorsitzender Karl Weber", "Ab 1922\nErster Vorsitzender Karl Weber")
    assert ("1921", None, "Erster Vorsitzender Karl Weber") not in read_entries(text)


# --- an undated event under a line carrying the entry on -------------------------------------


# the seen text's shape: "YEAR text" lines wrapped, a bracketed line carrying one on, then
# another event of that year
PHYSIQUE = """\
1864 James Clerk Maxwell : la lumière est un cas particulier d'onde électromagnétique.
1873 James Clerk Maxwell : lois générales du champ électromagnétique
(unification des phénomènes électriques, magnétiques et lumineux).
Etablissement de la nature électromagnétique de la lumière.
1880 Pierre Curie : découverte de la piézoélectricité
1888 Heinrich Hertz : mise en évidence des ondes électromagnétiques de Maxwell,
en déplaçant un anneau conducteur dans un champ électrique (ondes de hertz).
1895 Hendrik Antoon Lorentz formule sa théorie électronique de la matière.
"""

# another writer: English, a colon after the year, the entry carried on in lower case
ASTRONOMY = """\
1609: Galileo turns a telescope to the sky.
1610: Galileo publishes Sidereus Nuncius, describing the moons
of Jupiter and the phases of Venus.
Kepler answers him in a letter the same year.
1687: Newton publishes the Principia.
1705: Halley predicts the return of the comet.
"""


def test_an_event_under_a_line_carrying_its_entry_on() -> None:
    got = read_entries(PHYSIQUE)
    assert [d for d, _, _ in got] == ["1864", "1873", "1873", "1880", "1888", "1895"]
    assert got[1][2].endswith("(unification des phénomènes électriques, magnétiques et lumineux).")
    assert got[2][2] == "Etablissement de la nature électromagnétique de la lumière."
    assert read_entries(ASTRONOMY)[1:3] == [
        (
            "1610",
            None,
            "Galileo publishes Sidereus Nuncius, describing the moons of Jupiter and the "
            "phases of Venus.",
        ),
        ("1610", None, "Kepler answers him in a letter the same year."),
    ]


def test_a_line_below_a_carried_line_that_ended_no_sentence_is_more_text() -> None:
    text = PHYSIQUE.replace("magnétiques et lumineux).", "magnétiques et lumineux)")
    got = read_entries(text)
    assert [d for d, _, _ in got] == ["1864", "1873", "1880", "1888", "1895"]


# --- a year run together after a closing bracket -----------------------------------------------


# the seen text's shape: "YYYY Text." items run together on one line, out of order, one year
# glued to the bracket that closes the item before it
KENYA = (
    "Kenya Timeline\n\n"
    "1901 Britain completed a railroad to Lake Victoria. 1950 Nairobi became the capital. "
    "1992 Moi became the president of the KANU. (Kenya Africa Union)1953 The British declared "
    "a state of emergency. 1944 The Kikuyu formed the Kenyan African Union. 1963 Kenya gained "
    "independence from Britain. 1978 President Jomo Kenyatta died. 1929 Jomo Kenyatta went to "
    "Great Britain to argue for freedom. 1990 Riots broke out in Nairobi.\n"
)

# another writer and language: in order, Spanish, the bracket an abbreviation's
ESPANA = (
    "Cronología\n\n"
    "1923 Golpe de Estado de Primo de Rivera. 1931 Se proclama la Segunda República (la "
    "República)1936 Comienza la Guerra Civil tras el golpe militar. 1939 Termina la guerra con "
    "la victoria del bando sublevado. 1975 Muere Franco y Juan Carlos I es proclamado rey. 1978 "
    "Se aprueba la Constitución española por referéndum.\n"
)


def test_a_year_glued_to_a_closing_bracket_opens_an_item() -> None:
    got = read_entries(KENYA)
    assert ("1953", None, "The British declared a state of emergency.") in got
    assert ("1992", None, "Moi became the president of the KANU. (Kenya Africa Union)") in got
    assert len(got) == 9
    got = read_entries(ESPANA)
    assert [d for d, _, _ in got] == ["1923", "1931", "1936", "1939", "1975", "1978"]
    assert got[2][2].startswith("Comienza la Guerra Civil")


def test_a_year_inside_brackets_is_no_item() -> None:
    # ("(1936)" and "(in 1936)": a year inside its bracket, no item glued after one)
    text = ESPANA.replace("(la República)1936 Comienza", "(la República, 1936). Comienza")
    assert "1936" not in [d for d, _, _ in read_entries(text)]


# --- an entry's subtitle line under its date: the opening of its text ------------------------


SUBTITLED = """\
Timeline

March 3, 2020
Lockdown begins
The government announced a national lockdown.

April 10, 2020
Schools close
All schools were closed until further notice.

May 2, 2020
First easing
Shops reopened with limits on customers.
"""

# another writer and language: years, no blank lines, the subtitle a name
CHRONIK = """\
Chronik
1989
Der Mauerfall
Am Abend öffnet die DDR die Grenzübergänge.
1990
Die Einheit
Die DDR tritt der Bundesrepublik bei.
1991
Hauptstadtbeschluss
Der Bundestag beschließt den Umzug nach Berlin.
"""


def test_a_subtitle_under_its_date_opens_the_entry_text() -> None:
    assert read_entries(SUBTITLED) == [
        ("2020-03-03", None, "Lockdown begins The government announced a national lockdown."),
        ("2020-04-10", None, "Schools close All schools were closed until further notice."),
        ("2020-05-02", None, "First easing Shops reopened with limits on customers."),
    ]
    got = read_entries(CHRONIK)
    assert [(d, t.split(" ", 1)[0]) for d, _, t in got] == [
        ("1989", "Der"),
        ("1990", "Die"),
        ("1991", "Hauptstadtbeschluss"),
    ]
    assert left_out(CHRONIK) == ["Chronik"]
