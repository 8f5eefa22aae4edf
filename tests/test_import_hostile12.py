"""hostile12: session 12's new import rules tried on documents written to mislead them (a race
report whose paragraphs open with distances, a log across the turn of a century in
two-digit years); each miss read by a narrow general rule, tested on other subjects."""

from __future__ import annotations

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.vocabulary import Vocabulary
from tests.import_split import dates
from tests.import_support import left_out

# --- a figure and its unit among a prose paragraph's first words is no year ---------------


def _paragraphs(*texts: str) -> str:
    return "\n\n".join(texts) + "\n"


RACE = _paragraphs(
    "In 1500 metres, Kenya's runners took the first three places after a slow lap.",
    "In 2000, the same race had been won by a runner from Algeria.",
    "In 1999 the club was founded by three teachers of the town.",
    "In 2004, the stadium was rebuilt with a roof over the stand.",
)

HARBOUR = _paragraphs(
    "Ende 1922 wurde die erste Mole des Hafens gebaut und eingeweiht.",
    "Rund 2000 Tonnen Getreide lagen damals jeden Monat im Speicher am Kai.",
    "Im Jahr 1931 brannte der alte Speicher bis auf die Mauern ab.",
    "Nach 1945 baute die Stadt den Hafen mit neuen Kränen wieder auf.",
)

ROAD = _paragraphs(
    "In 1958 the county began the new road over the hills to the coast.",
    "Over 1200 miles of fences were moved along the way by the farmers.",
    "In 1961 the road opened to cars and the first bus line began.",
    "In 1970 the road was widened to four lanes near the town.",
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [(RACE, "1500 metres"), (HARBOUR, "2000 Tonnen"), (ROAD, "1200 miles")],
)
def test_a_figure_before_its_unit_opens_no_entry_of_that_year(text: str, figure: str) -> None:
    read = dates(text)
    assert all(figure not in entry for _, _, entry in read)
    assert len(read) == 3
    assert any(figure in line for line in left_out(text))  # reported, not lost


def test_the_years_of_such_paragraphs_stay_read() -> None:
    assert [d for d, _, _ in dates(RACE)] == ["2000", "1999", "2004"]


# --- a two-digit year across the turn of a century ------------------------------------------

Y2K = (
    "Changes frozen in December 1999\n"
    "On 12/20/99, the team froze all changes to the billing system.\n"
    "On 12/31/99, engineers stayed overnight in the data centre.\n"
    "On 1/1/00, the billing system printed its first invoices.\n"
    "On 2/29/00, the leap day was handled correctly.\n"
)

FERRY = (
    "Ferry service, from March 1899\n"
    "On 3/14/99, the first ferry crossed the bay with twelve passengers.\n"
    "On 11/25/99, a storm closed the crossing for a week.\n"
    "On 6/12/01, a second boat joined the line.\n"
)


def test_a_two_digit_year_after_99_is_the_next_century() -> None:
    assert [d for d, _, _ in dates(Y2K)] == [
        "1999-12-20",
        "1999-12-31",
        "2000-01-01",
        "2000-02-29",
    ]


def test_the_next_century_in_another_subject_and_century() -> None:
    assert [d for d, _, _ in dates(FERRY)] == ["1899-03-14", "1899-11-25", "1901-06-12"]


def test_two_digit_years_within_the_century_stay_in_it() -> None:
    text = (
        "Works of 1966\n"
        "On 3/21/66, the mill opened its second hall.\n"
        "On 7/19/66, the workers voted for a union.\n"
        "On 1/4/67, the mill closed for a month.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1966-03-21", "1966-07-19", "1967-01-04"]


# --- a year run into a line after the document's wide gap, not a single space ---------------

MILL = (
    "1801  The mill is built on the river.\n"
    "1803  The first miller dies.\n"
    "1804  A flood takes the weir.  1806  The weir is rebuilt in stone.\n"
    "1810  A second wheel is added.\n"
)

BAND = (
    "1971  The band forms in a garage\n"
    "1972  First single\n"
    "1974  First tour  1975  Second album\n"
    "1977  The drummer leaves\n"
)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (MILL, ["1801", "1803", "1804", "1806", "1810"]),
        (BAND, ["1971", "1972", "1974", "1975", "1977"]),
    ],
)
def test_a_year_after_a_wide_gap_mid_line_starts_an_entry(text: str, years: list[str]) -> None:
    read = dates(text)
    assert [d for d, _, _ in read] == years
    assert all("  " not in entry for _, _, entry in read)


def test_a_wide_gap_year_asked_for_by_the_word_before_stays_text() -> None:
    # guard: "until  1975" is the first tour's end, no entry
    text = BAND.replace("First tour  1975", "First tour until  1975")
    assert [d for d, _, _ in dates(text)] == ["1971", "1972", "1974", "1977"]


# --- a company's name that opens with a rank's or an office's word --------------------------


@pytest.mark.parametrize(
    ("entry", "actors"),
    [
        ("Shares of the General Electric Company fell.", ["General Electric Company"]),
        ("The President Hotel Company closed its last hotel.", ["President Hotel Company"]),
        ("Admiral Cruise Lines Corporation sold two ships.", ["Admiral Cruise Lines Corporation"]),
        (
            "General Motors Chairman Mary Barra said the plant would close.",
            ["General Motors", "Mary Barra"],
        ),
        (
            "General Dynamics Corporation Chairman Bob Smith resigned.",
            ["General Dynamics Corporation", "Bob Smith"],
        ),
    ],
)
def test_a_company_opened_by_a_title_word_keeps_its_whole_name(
    vocabulary: Vocabulary, entry: str, actors: list[str]
) -> None:
    assert Enricher(vocabulary).enrich(entry, "1990-05-01").actors == actors


@pytest.mark.parametrize(
    ("entry", "actors"),
    [
        ("General Motors announced a recall.", ["General Motors"]),
        (
            "General Mark Milley met the Hanjin Shipping Company.",
            ["Mark Milley", "Hanjin Shipping Company"],
        ),
    ],
)
def test_a_title_before_a_name_stays_as_it_was(
    vocabulary: Vocabulary, entry: str, actors: list[str]
) -> None:
    # guards: a company of one word after the title, a general's name
    assert Enricher(vocabulary).enrich(entry, "1990-05-01").actors == actors
