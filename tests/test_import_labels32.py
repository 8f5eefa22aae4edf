"""Issue 22, session 11 (labels32): a paragraph dated by a labelled line directly below it
("Initial release: November 3, 1971", "Introduced: Late August, 1988") under decade or year
headings, as a software history, a product catalogue or a discography writes it. The rule is
tested on short texts of other subjects and languages written for the test (never the corpus
text's words), with guards for what must not change."""

from __future__ import annotations

import pytest

from tests.import_support import left_out, read_entries

CATALOGUE = """## 2000s

The Falcon 2 is a compact camera with a fixed zoom lens.
Released: March 14, 2003

The Heron tripod folds to a third of its length.
It weighs under a kilogram.
Launched: September 2005

The Osprey flash was sold in two colours.
Released: 2008

## 2010s

The Kestrel drone carries the Falcon's sensor.
Introduced: Early June, 2014
"""

CLUBS_DE = """### 1890er

Der Ruderverein wurde von Studenten am Fluss gegründet.
Gründung: 12. Mai 1894

Der Turnverein baute seine erste Halle aus Holz.
Gegründet: 3. März 1897

### 1900er

Der Fußballclub spielte zuerst auf einer Wiese.
Gründungsdatum: 20. Oktober 1901
"""

MUSEUMS_FR = """## 1970

Le musée de la marine occupe une ancienne corderie.
Ouverture : 4 juin 1971

La galerie des sciences expose des instruments anciens.
Date d'ouverture : 17 septembre 1974

Le jardin botanique accueille des serres tropicales.
Fondé : 1978
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            CATALOGUE,
            [
                ("2003-03-14", "The Falcon 2"),
                ("2005-09", "The Heron tripod"),
                ("2008", "The Osprey flash"),
                ("2014-06", "The Kestrel drone"),
            ],
        ),
        (
            CLUBS_DE,
            [
                ("1894-05-12", "Der Ruderverein"),
                ("1897-03-03", "Der Turnverein"),
                ("1901-10-20", "Der Fußballclub"),
            ],
        ),
        (
            MUSEUMS_FR,
            [
                ("1971-06-04", "Le musée de la marine"),
                ("1974-09-17", "La galerie des sciences"),
                ("1978", "Le jardin botanique"),
            ],
        ),
    ],
    ids=["catalogue", "clubs-german", "museums-french"],
)
def test_a_labelled_date_below_a_paragraph_dates_that_paragraph(
    text: str, want: list[tuple[str, str]]
) -> None:
    got = read_entries(text)
    assert len(got) == len(want)
    pairs = zip(got, want, strict=True)
    assert [(date, body[: len(start)]) for (date, _, body), (_, start) in pairs] == want
    # the label's line is no part of the next paragraph's text
    assert not any(":" in body.split(".")[0][:25] for _, _, body in got)


@pytest.mark.parametrize(
    ("text", "labels", "headings"),
    [
        (CATALOGUE, ["Released: March 14, 2003", "Introduced: Early June, 2014"], ["## 2000s"]),
        (CLUBS_DE, ["Gründungsdatum: 20. Oktober 1901"], ["### 1890er", "### 1900er"]),
        (MUSEUMS_FR, ["Ouverture : 4 juin 1971", "Fondé : 1978"], ["## 1970"]),
    ],
    ids=["catalogue", "clubs-german", "museums-french"],
)
def test_the_label_lines_and_period_headings_are_reported(
    text: str, labels: list[str], headings: list[str]
) -> None:
    skipped = left_out(text)
    for piece in [*labels, *headings]:
        assert piece in skipped


def test_a_heading_directly_above_a_paragraph_is_no_part_of_it() -> None:
    text = CATALOGUE.replace("## 2000s\n\n", "## 2000s\n").replace("## 2010s\n\n", "## 2010s\n")
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["2003-03-14", "2005-09", "2008", "2014-06"]
    assert got[0][2].startswith("The Falcon 2")
    assert "## 2000s" in left_out(text)


def test_an_unlabelled_paragraph_under_a_heading_is_reported_not_dated_by_the_heading() -> None:
    text = CATALOGUE.replace(
        "## 2010s\n", "## 2010s\n\nThe brand moved its workshop to a new town.\n"
    )
    got = read_entries(text)
    assert not any(body.startswith("The brand moved") for _, _, body in got)
    assert "The brand moved its workshop to a new town." in left_out(text)


def test_a_label_line_with_text_after_it_is_not_read_as_the_paragraphs_date() -> None:
    # the labelled line is followed by more of the paragraph: no date below it
    text = CATALOGUE.replace(
        "Released: March 14, 2003\n", "Released: March 14, 2003\nIt sold well in Europe.\n"
    )
    got = read_entries(text)
    assert ("2003-03-14", "The Falcon 2") not in [(d, b[:12]) for d, _, b in got]


def test_a_label_whose_value_is_no_whole_date_is_not_a_date_line() -> None:
    text = CATALOGUE.replace("Released: 2008", "Colours: red and blue, 2008 edition")
    got = read_entries(text)
    assert not any(body.startswith("The Osprey flash") for _, _, body in got)


def test_card_fields_keep_their_own_reading() -> None:
    # "Date: …" above "Event: …": the card layout's rule, not a date below a paragraph
    text = (
        "Date: June 25, 1950\nEvent: The army crossed the river.\n\n"
        "Date: July 5, 1950\nEvent: The first battle was fought.\n\n"
        "Date: August 4, 1950\nEvent: The perimeter was set.\n"
    )
    assert [(d, b[:9]) for d, _, b in read_entries(text)] == [
        ("1950-06-25", "The army "),
        ("1950-07-05", "The first"),
        ("1950-08-04", "The perim"),
    ]
