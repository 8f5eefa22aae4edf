"""Issue 22, layouts53: the misses of the part held-out-30 (seen after its blind run), as
general rules tested on chronologies of other subjects and wordings: ISO 8601's basic form,
"19690720 – text" (year, month and day glued in eight digits); a century or a decade whose
unknown digits are written as x ("5xx:", "10xx:", "130x:"); a numbered title with its date
after a comma or its full stop ("1. Title, June 3, 1872", "1. Title. March 1906"); a span of
years after "from" in other languages ("Dal 1903 al 1906:", "Von 1909 bis 1911:"); two years
with a comma before the colon ("1913, 1914:"); two centuries, the first bare ("16-18th
centuries"); two foreign months with a slash ("lipiec/sierpień 1410 -"); an item under a year alone
opening with "from" that year to a later one ("1534" / "Fra 1534 - 36 …"); a season with no
year under a dated item ("In autunno: …"); with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import left_out, read_entries

# --- "19690720 – text": year, month and day glued in eight digits -----------------------------


SPACE_DAYS = """\
Key days of the lunar programme (copied from a mission register)

19681221 – Apollo 8 leaves for the Moon.
19681224 – Apollo 8 enters lunar orbit.
19690716 – Apollo 11 is launched.
19690720 – The lunar module Eagle lands in the Sea of Tranquillity, with two astronauts aboard.
19690720 – First steps.
19691114 – Apollo 12 is launched.
19691120 \n"""


def test_eight_glued_digits_before_a_dash_are_a_day() -> None:
    got = read_entries(SPACE_DAYS)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1968-12-21", "Apollo"),
        ("1968-12-24", "Apollo"),
        ("1969-07-16", "Apollo"),
        ("1969-07-20", "The"),
        ("1969-07-20", "First"),
        ("1969-11-14", "Apollo"),
    ]
    # (the last date, no text after it: no entry, reported)
    assert any("19691120" in line for line in left_out(SPACE_DAYS))


def test_eight_glued_digits_with_a_colon_in_another_language() -> None:
    text = "20010911: Anschläge in New York.\n20011007: Beginn des Krieges in Afghanistan.\n"
    assert [date for date, _, _ in read_entries(text)] == ["2001-09-11", "2001-10-07"]


def test_eight_digits_that_are_no_day_or_have_no_separator_stay_numbers() -> None:
    # (a month 13, a day 32, or a count before a word: no date)
    for written in ("19691320 – text", "19690732 – text", "20190101 rows were loaded"):
        found = dates.find_date(written)
        assert found is None or found.group() != written[:8], written


# --- "5xx:", "10xx:", "130x:": a century or a decade written with x ---------------------------


EMPIRES = """\
A short history of the Silk Road

206: the Han court sends envoys west
330: Constantinople is founded
6xx: Sogdian merchants dominate the caravan trade
751: the battle of Talas
9xx: the Samanid court patronises Persian poetry
1206: Genghis Khan unites the Mongols
12xx: caravanserais multiply along the routes
134x: the plague travels west along the roads
1453: Constantinople falls
"""


def test_a_century_or_a_decade_written_with_x_is_its_span() -> None:
    got = read_entries(EMPIRES)
    assert [(date, end) for date, end, _ in got] == [
        ("0206", None),
        ("0330", None),
        ("0600", "0699"),
        ("0751", None),
        ("0900", "0999"),
        ("1206", None),
        ("1200", "1299"),
        ("1340", "1349"),
        ("1453", None),
    ]
    assert got[2][2].startswith("Sogdian merchants")


def test_a_four_digit_x_year_in_capitals_with_a_dash() -> None:
    text = "19XX – the decade of the transistor\n1947 – the point-contact transistor\n"
    got = read_entries(text)
    assert got[0][:2] == ("1900", "1999")


def test_x_forms_that_are_no_years() -> None:
    # (status codes in a changelog: no three-digit years written whole, so "5xx" is no century)
    codes = """\
Changelog of the gateway

4xx: client errors are logged
5xx: server errors raise an alert
2019: the first release
2020: retries on timeouts
2021: metrics exported
"""
    assert [date for date, _, _ in read_entries(codes)] == ["2019", "2020", "2021"]
    assert any(line.startswith("5xx") for line in left_out(codes))
    # (a figure: "130x magnification" is no decade)
    found = dates.find_date("130x magnification")
    assert found is None or found.group() != "130x"


# --- "1. Title, March 4, 1906", "1. Title. May 1910": a numbered title, its date after it -----


TRANSPORT_FIRSTS = """\
Ten firsts of the city's transport

  1. The horse tram reaches the harbour, June 3, 1872

Crowds lined the quay to watch … the first car.

  1. Electric trams replace horses, 1896

The company electrified … within two years.

  1. The first metro line opens. March 1906

Work had begun in 1901, and … under the old town.

  1. The bridge collapses. 1910

Nobody was hurt, but … for eleven months.
"""


def test_a_numbered_title_with_its_date_after_a_comma_or_its_stop() -> None:
    got = read_entries(TRANSPORT_FIRSTS)
    assert [(date, " ".join(text.split()[:4])) for date, _, text in got] == [
        ("1872-06-03", "The horse tram reaches"),
        ("1896", "Electric trams replace horses"),
        ("1906-03", "The first metro line"),
        ("1910", "The bridge collapses."),
    ]
    # (the date is no part of the title's text)
    assert "March 1906" not in got[2][2] and "June 3, 1872" not in got[0][2]


def test_a_numbered_sentence_ending_with_a_year_is_no_title() -> None:
    # (a full stop inside the item before its date: sentences, not a title; and a span of
    # years after a comma, a lifetime, is no item's date)
    text = """\
  1. The mill burns down. It is rebuilt. 1910
  2. The school opens. Forty pupils. 1911
  3. The church is restored. The bells return. 1912
"""
    got = read_entries(text)
    assert not any(date == "1910" and text.startswith("The mill") for date, _, text in got)


# --- "Dal 1903 al 1906:", "Von 1909 bis 1911:": "from" a year "to" another, other languages ----


def test_from_one_year_to_another_in_other_languages() -> None:
    text = """\
1890: la fábrica abre sus puertas
Desde 1892 a 1895: se construye el segundo edificio
1896: llega el ferrocarril
Von 1897 bis 1899: Ausbau des Hafens
Dal 1900 al 1903: lavori sul ponte
Van 1904 tot 1906: de kade wordt verlengd
1907: fine dei lavori
"""
    got = read_entries(text)
    assert [(date, end, t.split()[0]) for date, end, t in got] == [
        ("1890", None, "la"),
        ("1892", "1895", "se"),
        ("1896", None, "llega"),
        ("1897", "1899", "Ausbau"),
        ("1900", "1903", "lavori"),
        ("1904", "1906", "de"),
        ("1907", None, "fine"),
    ]


def test_a_from_word_without_a_span_is_no_date_word() -> None:
    # ("Dal 1903 ha vissuto …": one year after "from", no span: the word stays text)
    found = dates.find_date("Dal 1903 ha vissuto a Roma")
    assert found is None


# --- "1913, 1914:": two years with a comma, then the colon -------------------------------------


def test_two_running_years_with_a_comma_are_a_span_others_the_first() -> None:
    text = """\
1951: the club is founded
1953, 1954: two titles in a row
1957: a new stadium
1960, 1966: cup finals lost
1968: relegation
"""
    got = read_entries(text)
    assert [(date, end, t.split()[0]) for date, end, t in got] == [
        ("1951", None, "the"),
        ("1953", "1954", "two"),
        ("1957", None, "a"),
        ("1960", None, "cup"),
        ("1968", None, "relegation"),
    ]


def test_a_comma_between_years_in_a_sentence_is_no_span() -> None:
    found = dates.find_date("1953, 1954 and 1955 were dry years")
    assert found is not None and found.group() == "1953"


# --- "16-18th centuries": two centuries, the first written bare --------------------------------


def test_two_centuries_the_first_bare() -> None:
    text = """\
1415  The Portuguese take Ceuta.

16-18th centuries  The spice trade shapes the coast.

1652  A supply station is founded at the Cape.

12th-13th centuries  Older stone towns flourish inland.
"""
    got = read_entries(text)
    assert [(date, end) for date, end, _ in got][:2] == [("1415", None), ("1501", "1800")]
    assert ("1101", "1300") in [(date, end) for date, end, _ in got]


def test_a_count_of_centuries_is_no_century() -> None:
    # ("18 centuries ago": a count; "16-18 centuries": no ordinal, no century named)
    for written in ("18 centuries ago the town", "16-18 centuries of rule"):
        found = dates.find_date(written)
        assert found is None or "centur" not in found.group(), written


# --- "lipiec/sierpień 1410 -": two months of another language with a slash ---------------------


def test_two_foreign_months_with_a_slash_are_their_span() -> None:
    text = """\
1505 – Sejm w Radomiu.

czerwiec/lipiec 1506 – Wyprawa przeciw Tatarom.

marzec 1507 – Koronacja króla.

juni/juli 1508 – Der Markt wird verlegt.
"""
    got = read_entries(text)
    assert [(date, end) for date, end, _ in got] == [
        ("1505", None),
        ("1506-06", "1506-07"),
        ("1507-03", None),
        ("1508-06", "1508-07"),
    ]
    assert got[1][2].startswith("Wyprawa")


# --- "1534" / "Fra 1534 - 36 …": an item under a year opening with "from" and its span ------


YEARS_ALONE = """\
Tidslinie

1658

Freden i Roskilde.

1675

Fra 1675 - 79 kæmpes Skånske Krig.

1700

From 1700 to 1721 the Great Northern War is fought.

1709

Fra 1707 - 10 rammes byen af pest.
"""


def test_an_item_opening_with_from_its_year_to_a_later_one_is_that_span() -> None:
    got = read_entries(YEARS_ALONE)
    assert [(date, end, text.split()[0]) for date, end, text in got] == [
        ("1658", None, "Freden"),
        ("1675", "1679", "Fra"),
        ("1700", "1721", "From"),
        # (a span from another year than the one above: the year above's, its text as written)
        ("1709", None, "Fra"),
    ]


# --- "In autunno: …": a season with no year under a dated item ---------------------------------


def test_a_season_with_no_year_is_of_the_year_above() -> None:
    text = """\
Marzo 1921: si iscrive all'accademia
In estate: viaggia in Sicilia
1922: prima mostra a Roma
Im Herbst: Umzug nach Berlin
May 1923: returns to Italy
In the winter – paints the harbour series
"""
    got = read_entries(text)
    assert [(date, t.split()[0]) for date, _, t in got] == [
        ("1921-03", "si"),
        ("1921", "viaggia"),
        ("1922", "prima"),
        ("1922", "Umzug"),
        ("1923-05", "returns"),
        ("1923", "paints"),
    ]


def test_a_season_word_in_a_sentence_or_before_any_date_is_no_item() -> None:
    # (no colon after the season: the sentence carries on; before the first date: no year)
    text = """\
Summer: the notes of a painter
1930: a show in Paris
In autumn the gallery closes for a month
"""
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["1930"]
    assert "gallery closes" in got[0][2]
