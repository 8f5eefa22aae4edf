"""Issue 22, layouts44: the importer's known faults left by session 15, as general rules tested
on chronologies of other subjects and wordings: days without a year under a post's own date
whose items write their month with another year ("13 Mei … Mei 1998" under a post of 2020);
with what each must not read."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries
from tests.import_support import read_entries

# --- a post's own day above days whose items name their month with its year ---------------


STRIKE_POST = """\
Selasa, 4 Maret 2014

History notes for class 9

The miners' strike

5 March    The first pits stop work in Yorkshire.

12 March   The March 1984 strike spreads to Nottinghamshire.

14 March   Pickets meet at the gates of the largest pit.
"""


def test_items_naming_their_month_with_a_year_are_of_that_year_not_the_posts() -> None:
    assert [date for date, _, _ in read_entries(STRIKE_POST)] == [
        "1984-03-05",
        "1984-03-12",
        "1984-03-14",
    ]
    assert "the entries' own text" in split_entries(STRIKE_POST).pattern.describe()


FLOOD_POST = """\
Posted on 16 February 2015

Un repaso

La gran riada

1 de febrero: El dique se rompe cerca del puerto.
2 de febrero: El agua de la riada de febrero de 1962 llega a la ciudad.
3 de febrero: El ejército ayuda a los vecinos.
"""


def test_a_spanish_post_and_its_items_of_another_february() -> None:
    assert [date for date, _, _ in read_entries(FLOOD_POST)] == [
        "1962-02-01",
        "1962-02-02",
        "1962-02-03",
    ]


OTHER_MONTH_POST = """\
Posted on Tuesday, 4 March 2014

Our club's spring

1 March    The season opens with a match against the May 1984 champions.

2 March    The first training camp of the year.
"""


def test_a_year_written_with_another_month_is_no_year_of_the_items() -> None:
    # "May 1984" names another month than the item's (March): the post's year stays
    assert [date for date, _, _ in read_entries(OTHER_MONTH_POST)] == [
        "2014-03-01",
        "2014-03-02",
    ]


LATER_YEAR_POST = """\
Posted on Tuesday, 4 March 2014

Plans of the council

1 March    The March 2016 vote is announced.

2 March    The first draft is read.
"""


def test_a_later_year_than_the_posts_is_no_year_of_the_items() -> None:
    assert [date for date, _, _ in read_entries(LATER_YEAR_POST)] == [
        "2014-03-01",
        "2014-03-02",
    ]


TWO_YEARS_POST = """\
Posted on Tuesday, 4 March 2014

Two springs

1 March    The March 1984 strike begins.

2 March    The March 1985 return to work is recalled.
"""


def test_items_naming_two_years_of_their_month_keep_the_posts_year() -> None:
    assert [date for date, _, _ in read_entries(TWO_YEARS_POST)] == [
        "2014-03-01",
        "2014-03-02",
    ]
