"""Issue 22, thirtieth round: the wrong and missed entries left on seen texts, read as general
rules, each on short chronologies written for the test in other subjects and wordings, with
what each rule must not read: years of three digits with a spaced hyphen before a lower-case
word ("100 - wird …"), a span of years written with a spaced dash ("1162 - 70 Text", "1167 -
und 1181 …") in a "YEAR - text" list, the marks of an era in other languages ("9 e.K", "ca. 50
e.Kr.", "52 av. J.-C."), approximate years of the Common Era alone on their lines."""

from __future__ import annotations

import pytest

from ktimeline.dates import find_date
from ktimeline.importing.entries import split_entries
from ktimeline.importing.tables import read_entries as read_table
from tests.import_support import left_out, read_entries
from tests.import_support import reasons as _reasons

_read = read_entries


def _joined(text: str) -> list[list[int]]:
    """The lines of each entry that holds more than one line of the text."""
    return [entry.lines for entry in split_entries(text).entries if len(entry.lines) > 1]


# --- three-digit years, a spaced hyphen, a sentence going on from the year --------------------

FRENCH_TOWN = (  # a French town's chronicle: the year, " - ", the verb or a noun in lower case
    "Chronologie\n"
    "\n"
    "732 - les Francs arrêtent les Arabes près de Poitiers.\n"
    "800 - est couronné Charlemagne à Rome.\n"
    "843 - et 870 partagent les petits-fils l'empire.\n"
    "911 - 12 est fondé le duché de Normandie.\n"
    "1066 - conquête de l'Angleterre.\n"
    "1095 - 99 Première croisade.\n"
    "1214 - ou 1215 naît le roi.\n"
)


def test_three_digit_years_with_a_spaced_hyphen_and_lower_case_text() -> None:
    assert _read(FRENCH_TOWN) == [
        ("0732", None, "les Francs arrêtent les Arabes près de Poitiers."),
        ("0800", None, "est couronné Charlemagne à Rome."),
        ("0843", "0870", "partagent les petits-fils l'empire."),
        ("0911", "0912", "est fondé le duché de Normandie."),
        ("1066", None, "conquête de l'Angleterre."),
        ("1095", "1099", "Première croisade."),
        ("1214", "1215", "naît le roi."),
    ]


def test_a_german_chronicle_under_its_century_heading() -> None:
    text = (  # a mining town: the heading of its first centuries, then "NNN - verb …" lines
        "Zeittafel\n"
        "\n"
        "1. -14. Jahrhundert\n"
        "\n"
        "120 - wird das Tal zuerst genannt.\n"
        "454 - und 495 ziehen Siedler in das Tal.\n"
        "600 - soll schon ein Dorf bestanden haben.\n"
        "923 - 32 wird die Burg gebaut.\n"
        "1004 - zieht der Kaiser durch den Wald gegen den Herzog von\n"
        "1162 - 70 Entdeckung der Silbergänge.\n"
        "1167 - und 1181 Einwanderung der Bergleute.\n"
        "1236 - oder 1238 stiftet der Graf die Kirche.\n"
    )
    assert _read(text) == [
        ("0120", None, "wird das Tal zuerst genannt."),
        ("0454", "0495", "ziehen Siedler in das Tal."),
        ("0600", None, "soll schon ein Dorf bestanden haben."),
        ("0923", "0932", "wird die Burg gebaut."),
        ("1004", None, "zieht der Kaiser durch den Wald gegen den Herzog von"),
        ("1162", "1170", "Entdeckung der Silbergänge."),
        ("1167", "1181", "Einwanderung der Bergleute."),
        ("1236", "1238", "stiftet der Graf die Kirche."),
    ]
    assert _joined(text) == []  # (nothing run into the entry above)
    assert "1. -14. Jahrhundert" not in " ".join(entry[2] for entry in _read(text))


def test_a_spaced_year_span_starts_an_entry_in_a_year_dash_list() -> None:
    text = (  # a mill's history: only four-digit years, the line above cut mid-sentence
        "Geschichte der Mühle\n"
        "1004 - zieht der Kaiser durch den Wald gegen den Herzog von\n"
        "1162 - 70 Bau der ersten Mühle.\n"
        "1173 - wurde das Kloster gegründet.\n"
        "1180 - stellte der Markgraf die Burg wieder her\n"
    )
    assert _read(text)[:2] == [
        ("1004", None, "zieht der Kaiser durch den Wald gegen den Herzog von"),
        ("1162", "1170", "Bau der ersten Mühle."),
    ]
    assert _joined(text) == []


def test_a_count_after_a_spaced_dash_stays_the_text() -> None:
    text = (  # a dam's history: "1962 - 70 people die" is a count, not the span 1962-1970
        "1960 - The dam is planned.\n"
        "1961 - Work starts.\n"
        "1962 - 70 people die in the flood.\n"
        "1963 - The dam opens.\n"
    )
    assert _read(text)[2] == ("1962", None, "70 people die in the flood.")
    assert _joined(text) == []


def test_a_lone_three_digit_number_in_a_year_list_is_no_year() -> None:
    text = (  # a regiment's years; a wrapped line opening with a count
        "1990 - The regiment lands.\n"
        "1991 - The regiment moves.\n"
        "1992 - The regiment returns with\n"
        "300 - men in the first wave and\n"
        "1993 - The regiment is disbanded.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1990", "1991", "1992", "1993"]


def test_falling_counts_with_a_spaced_hyphen_are_no_years() -> None:
    text = "Casualties\n500 - men in the first wave\n300 - in the second wave\n100 - in reserve\n"
    assert _read(text) == []
    assert len(left_out(text)) == 4


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("1236 oder 1238", "1236 oder 1238"),
        ("1990 or 1991", "1990 or 1991"),
        ("1167 - und 1181", "1167 - und 1181"),
        ("1648 eller 1649", "1648 eller 1649"),
        ("1990 or 20 people", "1990"),  # (a count after "or": no second year)
    ],
)
def test_two_years_joined_by_a_word_are_one_span(written: str, found: str) -> None:
    match = find_date(written)
    assert match is not None
    assert match.group() == found


# --- the marks of an era in other languages ---------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["9 e.K", "9 e.Kr.", "50 n. Chr.", "50 n.Chr.", "476 ap. J.-C.", "647 d.C.", "372 A.D."],
)
def test_a_year_with_its_era_of_the_common_era_is_read(written: str) -> None:
    match = find_date(f"{written} text")
    assert match is not None
    assert match.group() == written


@pytest.mark.parametrize(
    "line",
    [
        "44 BC - Caesar is killed.",
        "52 av. J.-C. - Alésia tombe.",
        "218 a. C. - Aníbal cruza los Alpes.",
        "753 a.C. - Fondazione di Roma.",
        "800 v.Chr. - Die Stadt wird gegründet.",
        "4000 f.K - Innvandring starter.",
    ],
)
def test_a_year_before_the_common_era_is_reported_in_any_language(line: str) -> None:
    text = f"1066 - Hastings.\n1215 - Magna Carta.\n{line}\n1492 - Columbus.\n"
    assert "Common Era" in _reasons(text)[line]
    assert all(line[:6] not in entry for _, _, entry in _read(text))


def test_years_alone_with_their_era_and_approximate_ones() -> None:
    text = (  # a Scandinavian history of the first centuries, dates alone, the text below
        "Tidslinje\n\n"
        "500 f.K.\n\nJernalderen starter.\n\n"
        "9 e.K\n\nEt slag i skogen.\n\n"
        "ca. 50 e.K\n\nDe første runene.\n\n"
        "98 e.K\n\nEn bok om folkene.\n\n"
        "ca. 325 - 400\n\nFolkene blir kristne.\n\n"
        "378\n\nEt slag i øst.\n\n"
        "406 - 407\n\nStammer krysser elven.\n\n"
        "410\n\nByen faller.\n"
    )
    assert _read(text) == [
        ("0009", None, "Et slag i skogen."),
        ("0050", None, "De første runene."),
        ("0098", None, "En bok om folkene."),
        ("0325", "0400", "Folkene blir kristne."),
        ("0378", None, "Et slag i øst."),
        ("0406", "0407", "Stammer krysser elven."),
        ("0410", None, "Byen faller."),
    ]
    assert "Common Era" in _reasons(text)["500 f.K."]
    assert _joined(text) == []


def test_an_approximate_year_without_its_era_below_years_before_it_is_refused() -> None:
    text = (  # counting down before the era: "ca. 300" after "ca. 500 BC" is no year 300
        "ca. 500 BC\n\nA city is founded.\n\n"
        "ca. 300\n\nThe city grows.\n\n"
        "200 BC\n\nThe city falls.\n"
    )
    assert _read(text) == []


# --- a year item's day in brackets at the end of its first sentence ---------------------------

SPACE_RACE = (  # the days in brackets close each item's first sentence, the document's way
    "1957: Sputnik 1 reaches orbit (4 October). The first satellite.\n"
    "1961: Gagarin orbits the Earth (April 12).\n"
    "1965: A cosmonaut walks in space (18 March).[1]\n"
    "1969: Apollo 11 lands on the Moon (20 July).\n"
    "1971: A station is launched; its crew dies on the way back (in June).\n"
)


def test_a_day_in_brackets_closing_the_first_sentence_dates_the_item() -> None:
    assert [date for date, _, _ in _read(SPACE_RACE)] == [
        "1957-10-04",
        "1961-04-12",
        "1965-03-18",
        "1969-07-20",
        "1971",  # (a month in words, no day: the year's)
    ]
    assert _read(SPACE_RACE)[0][2].startswith("Sputnik 1 reaches orbit (4 October).")


def test_one_day_in_brackets_among_plain_years_stays_the_years() -> None:
    text = (  # a country's years; one item names its day in brackets, the others none
        "1912 - Les élections ont lieu.\n"
        "1914 - L'Allemagne déclare la guerre (3 août). Les tensions montent.\n"
        "1916 - Bataille de Verdun (février-décembre), qui dure.\n"
        "1918 - Armistice.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1912", "1914", "1916", "1918"]


def test_a_bracket_later_in_the_item_or_with_a_year_stays_the_years() -> None:
    text = (
        "1957: The launch is planned. It flies (4 October).\n"
        "1961: Gagarin flies (April 12, 1961).\n"
        "1965: A walk in space (18 March), then a landing (19 March).\n"
        "1969: Apollo 11 (20 July).\n"
        "1970: Apollo 13 (13 April).\n"
        "1971: Salyut 1 (19 April).\n"
    )
    assert [date for date, _, _ in _read(text)][:3] == ["1957", "1961", "1965"]


# --- three-digit years before a column's gap, among bare years; the era before "c." years -----


def test_three_digit_years_before_a_columns_gap_among_bare_years() -> None:
    text = (  # a church's history as a plain-text file: the date, tabs, the text
        "Chronological list\n\n"
        "\tc.3000BC\tStones are raised.\n\n"
        "\tc.AD350\t\tThe first chapel is built.\n\n"
        "\t400-800\t\tMonks keep the chapel.\n\n"
        "\t432\t\tBishop Aidan arrives.\n\n"
        "\t795\t\tRaiders burn the chapel.\n\n"
        "\t1014\t\tThe church is rebuilt.\n\n"
        "\t1169\t\tA new bishop arrives.\n\n"
        "\t1172\t\tThe tower is raised.\n"
    )
    assert _read(text) == [
        ("0350", None, "The first chapel is built."),
        ("0400", "0800", "Monks keep the chapel."),
        ("0432", None, "Bishop Aidan arrives."),
        ("0795", None, "Raiders burn the chapel."),
        ("1014", None, "The church is rebuilt."),
        ("1169", None, "A new bishop arrives."),
        ("1172", None, "The tower is raised."),
    ]


def test_a_count_before_a_columns_gap_outside_a_list_of_years_is_no_year() -> None:
    text = "Stock list\n\n250\t\tChairs in the hall.\n\n120\t\tTables in store.\n"
    assert _read(text) == []


# --- an open span's end word; an emoji after a year's colon day -------------------------------


def test_an_open_span_is_read_from_its_start_with_a_warning() -> None:
    text = (  # a company's Markwhen-like history, English, German, Spanish end words
        "2018-03: Company founded\n"
        "2019 - 2020: Seed round\n"
        "2020 - now: Remote work for everyone\n"
        "2021 – heute: Büro in Berlin\n"
        "2022 - hoy: Oficina en Madrid\n"
        "2023 - Today the team moves.\n"  # (no separator after "Today": the text's word)
    )
    split = split_entries(text)
    assert [(e.date, e.end_date, e.text) for e in split.entries][2:] == [
        ("2020", None, "Remote work for everyone"),
        ("2021", None, "Büro in Berlin"),
        ("2022", None, "Oficina en Madrid"),
        ("2023", None, "Today the team moves."),
    ]
    assert all("open span" in str(entry.note) for entry in split.entries[2:5])


def test_an_emoji_after_a_years_colon_day_opens_the_text() -> None:
    text = (  # a band's tours, the text after the day opening with an emoji or a capital
        "1963:   March 4 A tour starts.\n"
        "1964:   April 2 A tour ends.\n"
        "1965:   June 1 🚀 A rocket tour.\n"
        "1966:   May 3 🎸 Guitars only.\n"
    )
    assert [date for date, _, _ in _read(text)] == [
        "1963-03-04",
        "1964-04-02",
        "1965-06-01",
        "1966-05-03",
    ]
    assert _read(text)[2][2] == "🚀 A rocket tour."


# --- four digits alone outside the years read, among year headings ---------------------------


@pytest.mark.parametrize("heading", ["## 9999", "9999", "## 0000", "3000"])
def test_a_far_year_heading_is_reported_with_its_items(heading: str) -> None:
    plain = heading.lstrip("# ")
    marks = "## " if heading.startswith("#") else ""
    text = (  # a club's seasons under year headings, one heading a year the grammar has not
        f"{marks}1979\n• The club is founded.\n"
        f"{marks}1980\n• First league game.\n"
        f"{marks}1981\n• Promotion.\n"
        f"{heading}\n• Relegation.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1979", "1980", "1981"]
    reasons = _reasons(text)
    assert plain in reasons[heading]
    assert reasons["• Relegation."].startswith("continues line 7")


def test_a_four_digit_number_alone_outside_a_list_of_years_stays_a_page_number() -> None:
    text = "Prices\n1990: A loaf costs more.\n3000\n"
    assert _reasons(text)["3000"] == "page number"


# --- "between" one day "and" another; a year with its era found in a line ---------------------


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("Between 25 jun 1381 and 26 jun 1381", "Between 25 jun 1381 and 26 jun 1381"),
        ("between 1 May 1990 and 3 June 1990: talks", "between 1 May 1990 and 3 June 1990"),
        ("25 June 1381 and 26 June 1381", "25 June 1381"),  # (no "between": the first day)
    ],
)
def test_between_one_day_and_another_is_a_span(written: str, found: str) -> None:
    match = find_date(written)
    assert match is not None
    assert match.group() == found


def test_between_two_days_in_an_end_column() -> None:
    text = (  # a club's records as a table: an end cell written as "between … and …"
        "Event,Start,End\n"
        "Strike,1 may 1926,Between 10 may 1926 and 12 may 1926\n"
        "Final,23 apr 1927,\n"
        "Tour,5 jun 1928,9 jul 1928\n"
    )
    entries = [(e.date, e.end_date) for e in read_table(text).entries]
    assert entries[0] == ("1926-05-01", "1926-05-12")


def test_years_with_a_french_era_are_entries() -> None:
    text = "410 ap. J.-C. : Rome est prise.\n476 ap. J.-C. : Fin de l'empire.\n800 ap. J.-C. : Sacre.\n"
    assert [date for date, _, _ in _read(text)] == ["0410", "0476", "0800"]
