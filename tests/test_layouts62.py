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
