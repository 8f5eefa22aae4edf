"""Issue 22, layouts56: the importer's known leftovers, each rule on short chronologies written
for the test (never the corpus pages' own words): hours written "7.15 Text" under the one day
an introduction names, the page's stamps of two days aside; …, and what each must not read."""

from __future__ import annotations

from datetime import date

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- hours written with a dot, the day only in the introduction --------------------------------


STORM = (  # a storm's day hour by hour, the page's stamps (published, updated) a year later
    "13.05.2019 , updated: 14.05.2019 09:12\n"
    "2 May 2018 a storm cut the island's power for a day. A year on, we retrace it.\n"
    "6.10 The first gusts reach the harbour at Nordvik.\n"
    "8.45. The morning ferry is cancelled. Crews wait on the quay.\n"
    "9.05 Power fails in the northern villages.\n"
    "11.30 Repair crews set out from the mainland.\n"
)


def test_dotted_hours_take_the_one_day_the_introduction_names() -> None:
    assert _read(STORM) == [
        ("2018-05-02", None, "6.10 The first gusts reach the harbour at Nordvik."),
        ("2018-05-02", None, "8.45. The morning ferry is cancelled. Crews wait on the quay."),
        ("2018-05-02", None, "9.05 Power fails in the northern villages."),
        ("2018-05-02", None, "11.30 Repair crews set out from the mainland."),
    ]
    assert "13.05.2019 , updated: 14.05.2019 09:12" in left_out(STORM)


def test_dotted_hours_in_german_under_a_day_with_its_month_named() -> None:
    text = (
        "Am 9. November 1989 fiel in Berlin die Mauer. Der Abend in Stunden:\n"
        "18.00 Pressekonferenz im Internationalen Pressezentrum.\n"
        "18.53 Schabowski verliest die neue Reiseregelung.\n"
        "20.30 Erste Menschen sammeln sich an der Bornholmer Straße.\n"
        "23.30 Der Schlagbaum wird geöffnet.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1989-11-09"] * 4


def test_numbered_sections_are_no_hours() -> None:
    text = (  # a contract's sections, one date in its preamble
        "Agreement made on 4 March 2021 between the parties below.\n"
        "1.1 Scope of the work to be done.\n"
        "1.10 Terms used in this agreement.\n"
        "2.15 Fees and their payment.\n"
        "3.20 Notice of termination.\n"
    )
    assert _read(text) == []


def test_dotted_numbers_that_do_not_rise_are_no_hours() -> None:
    text = (  # prices, one day named above them
        "Prices at the market on 4 March 2021:\n"
        "3.50 Apples from the valley.\n"
        "1.20 Bread from the mill.\n"
        "2.75 Cheese from the farm.\n"
        "0.90 Milk from the dairy.\n"
    )
    assert _read(text) == []


# --- an approximate three-digit year with no separator, among plain years so written ----------


TOWN = (  # a town's history, years of three digits and then four, the text right after each
    "Year Event\n"
    "120 Romans build a fort by the river\n"
    "230 The fort is abandoned\n"
    "c. 350 Saxon farmers settle the valley\n"
    "410 Monks raise a church on the hill\n"
    "ca 520 The first market is held\n"
    "600 The town gets its name\n"
    "1066 Normans take the town\n"
    "1120 The castle is built in stone\n"
    "1215 The town gets a charter\n"
)


def test_an_approximate_short_year_between_plain_ones_is_read() -> None:
    assert [(date, text) for date, _, text in _read(TOWN)][:6] == [
        ("0120", "Romans build a fort by the river"),
        ("0230", "The fort is abandoned"),
        ("0350", "Saxon farmers settle the valley"),
        ("0410", "Monks raise a church on the hill"),
        ("0520", "The first market is held"),
        ("0600", "The town gets its name"),
    ]


def test_an_approximate_short_year_in_polish_between_plain_ones() -> None:
    text = (
        "Rok Zdarzenie\n"
        "310 Powstaje osada nad rzeką\n"
        "ok 420 Osada zostaje otoczona wałem\n"
        "505 Pierwsza wzmianka o grodzie\n"
        "ok. 610 Gród spłonął\n"
        "690 Odbudowa grodu\n"
        "1018 Pokój w Budziszynie\n"
        "1138 Podział kraju na dzielnice\n"
        "1241 Najazd Mongołów\n"
    )
    assert [date for date, _, _ in _read(text)][:5] == ["0310", "0420", "0505", "0610", "0690"]


def test_an_approximate_short_year_out_of_its_neighbours_order_stays_refused() -> None:
    text = TOWN.replace("c. 350 Saxon", "c. 900 Saxon")  # (900 is not between 230 and 410)
    assert "0900" not in [date for date, _, _ in _read(text)]


# --- a decade of a three-digit year ------------------------------------------------------------


def test_a_decade_of_a_three_digit_year_is_read_by_range_and_import() -> None:
    span = dates.parse_date_argument("750s", "START")
    assert (span.start, span.end) == (date(750, 1, 1), date(759, 12, 31))
    text = (
        "Year Event\n"
        "610 Monks found a monastery on the island\n"
        "640 Raiders burn the monastery\n"
        "650s Monks return and rebuild\n"
        "690 Monks open a school at the monastery\n"
        "1030 The abbey church is rebuilt\n"
        "1104 Pilgrims come to the shrine\n"
        "1190 The abbey is granted a market\n"
    )
    assert [(date, end) for date, end, _ in _read(text)][:4] == [
        ("0610", None),
        ("0640", None),
        ("0650", "0659"),
        ("0690", None),
    ]


# --- a two-digit year first in a list of three-digit years ------------------------------------


ISLAND = (  # an island's early history under a heading of centuries, rows "YEAR text"
    "Early centuries\n"
    "\n"
    "I - V century\n"
    "\n"
    "Year Date Event\n"
    "85 Roman traders reach the island\n"
    "140 Villagers build the first harbour wall\n"
    "310 Pirates sack the harbour\n"
    "\n"
    "VI - X century\n"
    "\n"
    "Year Date Event\n"
    "560 Monks found a chapel on the cliff\n"
    "880 Norsemen settle the north shore\n"
    "\n"
    "11th century\n"
    "\n"
    "Year Date Event\n"
    "1030 The chapel becomes a parish church\n"
    "1066 Islanders sail with the Norman fleet\n"
    "1092 The island gets its first lord\n"
)


def test_a_two_digit_year_opening_a_list_of_short_years_is_that_year() -> None:
    assert [(date, end, text[:20]) for date, end, text in _read(ISLAND)][:3] == [
        ("0085", None, "Roman traders reach "),
        ("0140", None, "Villagers build the "),
        ("0310", None, "Pirates sack the har"),
    ]


def test_a_two_digit_number_under_a_dated_entry_stays_its_text() -> None:
    text = ISLAND.replace(
        "140 Villagers build the first harbour wall\n",
        "140 Villagers build the first harbour wall\n12 Families move to the harbour\n",
    )
    dated = [(date, text[:12]) for date, _, text in _read(text)]
    assert ("0012", "Families mov") not in dated
    assert all(not text.startswith("Families") for _, text in dated)


# --- numbers counting down below a year before the Common Era: their reason -------------------


def test_numbers_counting_down_below_a_year_before_the_era_are_reported_as_such() -> None:
    text = (  # a harbour town's history, its first years before the era, then ours
        "734 BC\n\nGreek settlers found the harbour town.\n\n"
        "480\n\nThe town joins the league of the coast.\n\n"
        "415\n\nA fleet from the east besieges the walls.\n\n"
        "212\n\nThe town falls to the legions.\n\n"
        "44\n\nThe town becomes a colony.\n\n"
        "535\n\nThe empire's general takes the town.\n\n"
        "827\n\nRaiders land on the island.\n\n"
        "1071\n\nKnights from the north take the town.\n\n"
        "1169\n\nAn earthquake destroys the cathedral.\n\n"
        "1232\n\nThe town rises against the emperor.\n"
    )
    why = reasons(text)
    for number in ("480", "415", "212", "44"):
        assert why[number].startswith("a year before the Common Era"), number
    assert [date for date, _, _ in _read(text)][:2] == ["0535", "0827"]


# --- a year heading run into its first item's date, one line a year ----------------------------


LIGHTHOUSE = (  # a lighthouse's building, in Spanish, each year's line break lost
    "Cronología del faro\n"
    "192114/3: se coloca la primera piedra.2/6 : llegan las lentes de Francia.\n"
    "19225/1 : se enciende la luz por primera vez.20/8 : una tormenta rompe el cristal.\n"
    "1923Mayo : se pinta la torre de rojo.\n"
)


def test_a_year_glued_to_its_first_items_date_heads_its_items() -> None:
    assert _read(LIGHTHOUSE) == [
        ("1921-03-14", None, "se coloca la primera piedra."),
        ("1921-06-02", None, "llegan las lentes de Francia."),
        ("1922-01-05", None, "se enciende la luz por primera vez."),
        ("1922-08-20", None, "una tormenta rompe el cristal."),
        ("1923-05", None, "se pinta la torre de rojo."),
    ]


def test_years_glued_out_of_order_are_no_layout() -> None:
    text = LIGHTHOUSE.replace("19225/1", "19195/1")  # (1919 after 1921: no list of years)
    assert ("1921-03-14", None, "se coloca la primera piedra.") not in _read(text)


# --- a whole date split by a hard wrap, in a "YEAR - day month text" list ----------------------


MUSEUM = (  # a museum's first years, in Italian, the page's text wrapped at a fixed width
    "1901 - 3 marzo il comune acquista il palazzo per farne un museo delle\n"
    "arti decorative. I lavori durano due anni. 12 maggio\n"
    "1903 il museo apre al pubblico con tre sale. Il primo direttore\n"
    "è un pittore della città.\n"
    "1910 - 8 giugno un incendio distrugge la sala delle ceramiche.\n"
    "1915 - 24 maggio il museo chiude per la guerra.\n"
)


def test_a_day_ending_a_line_heads_the_year_that_opens_the_next() -> None:
    assert [(date, text[:20]) for date, _, text in _read(MUSEUM)] == [
        ("1901-03-03", "il comune acquista i"),
        ("1903-05-12", "il museo apre al pub"),
        ("1910-06-08", "un incendio distrugg"),
        ("1915-05-24", "il museo chiude per "),
    ]


def test_a_day_inside_a_sentence_stays_its_text() -> None:
    text = MUSEUM.replace(
        "I lavori durano due anni. 12 maggio\n", "I lavori finiscono il 12 maggio\n"
    )
    assert ("1903-05-12") not in [date for date, _, _ in _read(text)]
