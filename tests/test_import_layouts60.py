"""Issue 22, layouts60: leftovers named by the notes of layouts58, layouts59 and explore48, as
general rules tested on chronologies of other subjects and wordings: a headline list's
footer after a blank line; a box run into a line of "YEAR - Text" items; "YEAR, Month, DAY"
(each set off by a comma) and Tamil month names in the one date grammar; with what each must
not read."""

from __future__ import annotations

import datetime

import pytest

from ktimeline.dates import find_date, parse_date_argument
from tests.import_support import left_out, read_entries

# --- a headline list: a paragraph after a blank line is never the last headline's rest -----------


# (a list whose lines end no sentence, a page's footer after a blank line below the last)
HARBOUR = """\
Harbour news 1880 - 1882

1880
March 3: First steamer enters the new basin
June 12: Lighthouse lit for the first time
Oct. 9: Storm wrecks the north pier
1881
Jan. 20: Harbour board elected
May 2: Customs house opened on the quay
Aug. 30: Fishing fleet doubles in size
1882
April 4: Railway reaches the harbour
1883
Dredging of the outer basin begins
Winter: Ice closes the basin for six weeks

Harbour Flags of the Region
Visitors Today:
 The harbour museum is open … every day but Monday
"""


def test_headline_list_footer_after_blank_is_no_text() -> None:
    got = read_entries(HARBOUR)
    assert got[-1] == ("1883", None, "Ice closes the basin for six weeks")
    assert len(got) == 9
    pieces = left_out(HARBOUR)
    for footer in ("Harbour Flags of the Region", "Visitors Today:"):
        assert footer in pieces


def test_headline_list_footer_under_a_year_paragraph_is_no_item() -> None:
    # (the year alone over its undated line, the footer after a blank line: no item of it)
    text = HARBOUR.replace("Winter: Ice closes the basin for six weeks\n", "")
    got = read_entries(text)
    assert got[-1] == ("1883", None, "Dredging of the outer basin begins")
    assert "Harbour Flags of the Region" in left_out(text)


def test_headline_list_words_carried_on_over_blank_in_lower_case() -> None:
    # ("Winter: Ice closes the basin" / (blank) / "for six weeks": the headline goes on after
    # the blank in lower case: still its text; the footer after the next blank is not)
    text = HARBOUR.replace(
        "Winter: Ice closes the basin for six weeks\n",
        "Winter: Ice closes the basin\n\nfor six weeks\n",
    )
    got = read_entries(text)
    assert got[-1] == ("1883", None, "Ice closes the basin for six weeks")
    assert "Harbour Flags of the Region" in left_out(text)


# --- a box run into a line of "YEAR - Text" items ------------------------------------------------


# (an infographic flattened to one line: its items glued to the sentences before them, and a
# box beside one item, its year written again with a colon, its title glued to its caption)
RAILWAYS = (
    "Made with a chart maker History of the Railways 1825 - First public steam railway opens."
    "1830 - Liverpool and Manchester line carries its first passengers.1844 - Railway Act "
    "sets the cheap daily train.1863 - The first underground line opens in the capital.1863: "
    "Trains below the streetsSmoke filled the tunnels … the passengers complained all the "
    "same1900 - Electric trams compete with the suburban lines.1948 - The railways are "
    "nationalised."
)


def test_box_run_into_dashed_year_items_is_reported() -> None:
    got = read_entries(RAILWAYS)
    assert [date for date, _, _ in got] == ["1825", "1830", "1844", "1863", "1900", "1948"]
    assert got[3] == ("1863", None, "The first underground line opens in the capital.")
    assert any(piece.startswith("1863: Trains below the streets") for piece in left_out(RAILWAYS))


def test_colon_year_of_another_item_is_not_such_a_box() -> None:
    # (a year with a colon that is not the year of the item it stands in: not this rule,
    # nothing cut from the item)
    text = RAILWAYS.replace("capital.1863: Trains", "capital.1870: Trains")
    got = read_entries(text)
    assert not any(piece.startswith("1870: Trains") for piece in left_out(text))
    assert "Trains below the streets" in " ".join(entry for _, _, entry in got)


# --- "YEAR, Month, DAY" and Tamil month names, in the one date grammar ----------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1969, July, 20", datetime.date(1969, 7, 20)),
        ("1871, Januar, 18", datetime.date(1871, 1, 18)),
        ("1947, ஆகஸ்ட், 15", datetime.date(1947, 8, 15)),
        ("15 ஆகஸ்ட் 1947", datetime.date(1947, 8, 15)),
        ("ஜனவரி 1950", datetime.date(1950, 1, 1)),
    ],
)
def test_range_reads_year_month_day_with_commas_and_tamil_months(
    text: str, day: datetime.date
) -> None:
    assert parse_date_argument(text, "START").start == day


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("1969, July, 20 – Apollo 11 lands", "1969, July, 20"),
        ("1947, ஆகஸ்ட், 15 – இந்தியா", "1947, ஆகஸ்ட், 15"),
        # (a count after the month's comma, or a day glued to a word: the month only)
        ("1994, July, 8 people died in the floods", "1994, July"),
        ("1955, March, 24-hour strikes begin", "1955, March"),
        # (a foreign month that is an English word too is never read so: "Mars" the planet)
        ("2020, Mars, 12 - rovers planned", "2020"),
    ],
)
def test_text_grammar_reads_year_month_day_only_before_a_separator(text: str, read: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.group() == read


# (a list of universities' founding years in Tamil, two items written year, month, day)
COLLEGES = """1835 – ஆம் ஆண்டு, கல்லூரி தொடங்கப்பட்டது.

1877 – ஆம் ஆண்டு, நூலகம் திறக்கப்பட்டது.

1911, ஜூலை, 3 – அன்று, புதிய கட்டடம் திறக்கப்பட்டது.

1950 – ஆம் ஆண்டு, பல்கலைக்கழகம் உருவாக்கப்பட்டது.

2001, மார்ச், 9 – அனைத்து துறைகளும் இணைக்கப்பட்டன.
"""


def test_import_reads_year_tamil_month_day_items() -> None:
    got = read_entries(COLLEGES)
    assert [date for date, _, _ in got] == ["1835", "1877", "1911-07-03", "1950", "2001-03-09"]
    assert got[2][2].startswith("அன்று, புதிய")


# --- a whole day followed by its hour, and the day's hours run together after it -----------------


# (a page that lost its line breaks: the day, its first hour and a bullet, then each later
# hour after the sentence before it, then the next days)
FLOOD = (
    "Chronologie de la crue\n\n"
    "3 octobre 2020 6 h 40 m 12 s • Alerte La rivière monte de deux mètres en une heure dans "
    "la vallée. Les pompiers évacuent les maisons. 8h15 • Coupure Le courant est coupé dans "
    "trois villages de la vallée. 11h00 • Renforts Des hélicoptères arrivent de la ville "
    "voisine. 17h30 • Décrue Le niveau de l’eau baisse enfin au pont. 5 oct. 2020 • Visite "
    "Le ministre visite les villages. 9 oct. 2020 • Bilan Les dégâts sont estimés.\n"
)


def test_day_with_its_hour_then_hours_run_together() -> None:
    got = read_entries(FLOOD)
    assert [date for date, _, _ in got] == ["2020-10-03"] * 4 + ["2020-10-05", "2020-10-09"]
    assert got[0][2].startswith("6 h 40 m 12 s • Alerte La rivière monte")
    assert got[0][2].endswith("Les pompiers évacuent les maisons.")
    assert got[1][2] == "8h15 • Coupure Le courant est coupé dans trois villages de la vallée."
    assert got[3][2].startswith("17h30 • Décrue")


def test_hours_on_their_own_lines_under_a_day_with_its_hour() -> None:
    text = "\n".join(FLOOD.replace(". 8h15", ".\n8h15").replace(". 11h00", ".\n11h00")
                     .replace(". 17h30", ".\n17h30").replace(". 5 oct", ".\n5 oct")
                     .replace(". 9 oct", ".\n9 oct").splitlines())  # fmt: skip
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["2020-10-03"] * 4 + ["2020-10-05", "2020-10-09"]


def test_hour_inside_a_sentence_is_no_item() -> None:
    # ("À 8h15, le courant …": an hour inside a sentence, no separator after it: its text)
    text = FLOOD.replace("8h15 • Coupure Le courant", "À 8h15, le courant")
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["2020-10-03"] * 3 + ["2020-10-05", "2020-10-09"]
    assert "À 8h15, le courant est coupé" in got[0][2]


# --- two days joined by "and" with no year written: both ----------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("April 2 and 3: the talks go on", "April 2 and 3"),
        ("Sept. 11 & 12 – the shows are cancelled", "Sept. 11 & 12"),
        # (a count after "and": one day and the count, never a span)
        ("May 2 and 3 people died in the floods", "May 2"),
        ("May 2 and 3, 4 people died in the floods", "May 2"),
    ],
)
def test_two_days_joined_by_and_without_year(text: str, read: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.group() == read


STRIKE = """\
1990

- March 30: The strike committee meets.
- On April 2 and 3, the union struck at every plant.
- April 9: The talks resume.
"""


def test_item_opening_with_two_days_joined_by_and_is_their_span() -> None:
    got = read_entries(STRIKE)
    assert got[1] == (
        "1990-04-02",
        "1990-04-03",
        "On April 2 and 3, the union struck at every plant.",
    )
