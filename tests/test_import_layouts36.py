"""Issue 22, thirty-sixth round (held-out-23's misses): in a document that dates its items
"YEAR – day month text", an item "YEAR – month text" ("1969 – luglio nasce …", "1970 –
agosto/settemb. Nascono …") is that month (or span of months) of the year, its text after the
month; elsewhere, and for names that are words too ("May", "June"), the year's text stays.
Each rule on chronologies written for the test in other subjects and languages, with what it
must leave alone."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import read_entries

_read = read_entries

CLUB_IN_SPANISH = (  # a football club's history, most items with their day after the dash
    "Historia del club\n"
    "1902 – 6 marzo se funda el club\n"
    "1903 – 12 abril primer partido oficial\n"
    "1905 – septiembre Nuevo estadio en el barrio\n"
    "1905 – 20 octubre primera copa\n"
    "1906 – se cambia el escudo\n"
)


def test_a_month_after_the_years_dash_among_days_is_that_month() -> None:
    assert _read(CLUB_IN_SPANISH) == [
        ("1902-03-06", None, "se funda el club"),
        ("1903-04-12", None, "primer partido oficial"),
        ("1905-09", None, "Nuevo estadio en el barrio"),
        ("1905-10-20", None, "primera copa"),
        ("1906", None, "se cambia el escudo"),
    ]


def test_a_span_of_months_the_second_cut_short() -> None:
    text = (  # a French company's history; "sept." cut short with its dot
        "Historique\n"
        "1998 – 3 février création de la société\n"
        "1999 – 14 mai premier client\n"
        "1999 – juin/sept. Levée de fonds\n"
        "2000 – 2 octobre entrée en bourse\n"
    )
    assert _read(text) == [
        ("1998-02-03", None, "création de la société"),
        ("1999-05-14", None, "premier client"),
        ("1999-06", "1999-09", "Levée de fonds"),
        ("2000-10-02", None, "entrée en bourse"),
    ]


def test_an_english_month_name_too() -> None:
    text = (  # a war's chronicle in English, "October" a month only
        "Chronology\n"
        "1914 – 28 July Austria-Hungary declares war\n"
        "1914 – 4 August Britain enters the war\n"
        "1914 – October the first battle of Ypres begins\n"
        "1916 – 1 July the Somme offensive opens\n"
    )
    assert _read(text)[2] == ("1914-10", None, "the first battle of Ypres begins")


def test_without_days_after_the_dash_a_month_stays_the_years_text() -> None:
    text = (  # no item names its day: the month word is the year's text (dates' grammar)
        "Storia della banda\n"
        "1950 – settembre nasce la banda\n"
        "1951 – primo concerto\n"
        "1953 – nuova sede\n"
    )
    assert _read(text)[0] == ("1950", None, "settembre nasce la banda")


def test_names_that_are_words_too_stay_the_years_text() -> None:
    text = (  # "May" is a name here, "June" a singer; the days elsewhere do not change it
        "A record label\n"
        "1961 – 3 March the label is founded\n"
        "1962 – 17 April first single\n"
        "1963 – May and Baker sign with the label\n"
        "1964 – June Carter records an album\n"
        "1965 – 9 November the label is sold\n"
    )
    entries = _read(text)
    assert entries[2] == ("1963", None, "May and Baker sign with the label")
    assert entries[3] == ("1964", None, "June Carter records an album")


def test_opening_months_refuses_what_is_no_month() -> None:
    assert dates.opening_months("luglio nasce Potere Operaio") == (7, None, 7)
    assert dates.opening_months("agosto/settemb. Nascono le BR") == (8, 9, 16)
    assert dates.opening_months("Jan Smith joins") is None  # a bare abbreviation: a name
    assert dates.opening_months("Sept. 3 people die") is None  # a count after the month
    assert dates.opening_months("ottobre/marzo inverno") is None  # no span runs backward
    assert dates.opening_months("dicembre") is None  # no text after it
    assert dates.opening_months("nasce il manifesto") is None


SHIPS = (  # a museum's Markdown page of ships, each card a heading over its labelled fields
    "# Ships of the harbour museum\n"
    "\n"
    "## 1. Mary Rose\n"
    "- **Launched:** 1511\n"
    "- **Fate:** Sank in the Solent during a battle.\n"
    "\n"
    "## 2. Vasa\n"
    "- **Launched:** 10 August 1628\n"
    "- **Fate:** Sank on her maiden voyage.\n"
    "\n"
    "## 3. Cutty Sark\n"
    "- **Launched:** 1860s\n"
    "- **Fate:** Preserved in dry dock.\n"
)


def test_headings_over_labelled_dates_are_the_entries() -> None:
    entries = _read(SHIPS)
    assert [entry[:2] for entry in entries] == [
        ("1511", None),
        ("1628-08-10", None),
        ("1860", "1869"),
    ]
    assert entries[0][2].startswith("Mary Rose")  # (the list number is no part of the title)
    assert "Sank in the Solent" in entries[0][2]  # (the other fields are the card's text)
    assert entries[1][2].startswith("Vasa")


def test_labels_without_bold_and_other_words() -> None:
    text = (  # a club's Markdown page in German; plain labels, no bullets
        "# Vereine\n"
        "### FC Nord\n"
        "Gegründet am: 1901\n"
        "### SV Süd\n"
        "Gegründet am: 1912\n"
        "### TuS West\n"
        "Gegründet am: 1923\n"
    )
    assert [entry[:2] for entry in _read(text)] == [("1901", None), ("1912", None), ("1923", None)]
    assert _read(text)[0][2] == "FC Nord"


def test_a_field_that_is_no_date_leaves_the_headings() -> None:
    text = (  # the fields name a place, not a date: no card is dated by them
        "# Rivers\n"
        "## 1. Rhine\n"
        "- **Source:** Lake Toma\n"
        "## 2. Danube\n"
        "- **Source:** Black Forest\n"
        "## 3. Elbe\n"
        "- **Source:** Krkonoše 1386 m\n"
    )
    assert _read(text) == []


def test_fewer_cards_than_a_pattern_are_left_alone() -> None:
    text = (  # two headings only: not the document's way of dating its items
        "# Notes\n## Kettle\n- **Year:** 1891\n## Toaster\n- **Year:** 1893\n"
    )
    assert all(not entry[2].startswith(("Kettle", "Toaster")) for entry in _read(text))


STRIKE = (  # a German paper's strike chronicle: its byline's date, then the year it covers
    "Chronik: Der Streik\n"
    "\n"
    "{byline} 12.03.2022 | 09:15 Uhr\n"
    "\n"
    "Der Streik hat 2021 das ganze Land gelähmt … Ein Rückblick:\n"
    "\n"
    "4. Oktober: Die Gewerkschaft ruft zum Streik auf.\n"
    "\n"
    "12. Oktober: Die Züge stehen still.\n"
    "\n"
    "20. November: Die Tarifparteien einigen sich.\n"
)


def test_a_bylines_labelled_date_is_the_pages_not_the_entries_year() -> None:
    assert _read(STRIKE.format(byline="erstellt am")) == [
        ("2021-10-04", None, "Die Gewerkschaft ruft zum Streik auf."),
        ("2021-10-12", None, "Die Züge stehen still."),
        ("2021-11-20", None, "Die Tarifparteien einigen sich."),
    ]


def test_a_french_byline_too() -> None:
    text = (
        "La grève des transports\n"
        "Mis à jour le 5 février 2024 à 10h12\n"
        "La grève a paralysé le pays en 2023 : les dates clés\n"
        "12 janvier : premier jour de grève.\n"
        "19 janvier : deuxième journée de mobilisation.\n"
        "7 mars : le pays à l'arrêt.\n"
    )
    assert [entry[0] for entry in _read(text)] == ["2023-01-12", "2023-01-19", "2023-03-07"]


def test_an_unlabelled_second_year_leaves_the_year_unknown() -> None:
    # ("Redaktion 12.03.2022": no label says it is the page's date; two years, no guess)
    assert _read(STRIKE.format(byline="Redaktion")) == []
