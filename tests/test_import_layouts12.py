"""Issue 22, twelfth round: layout families of the eleventh collection (German chronicles,
season rows, Swedish histories), each as a general rule with a synthetic case (no text of the
real corpus is copied here)."""

from __future__ import annotations

import pytest

from ktimeline import dates as grammar
from ktimeline.importing.entries import split_entries
from tests.import_split import dates
from tests.import_support import left_out


def read(text: str) -> tuple[str, str | None] | str:
    match = grammar.find_date(text)
    assert match is not None, text
    resolved = grammar.resolve_date(match, grammar.YearContext(1990))
    return resolved if isinstance(resolved, str) else (resolved[0], resolved[1])


# --- the grammar: German numeric days and months ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03.01.", ("1990-01-03", None)),  # alone: the year from the heading
        ("2. 5.Ungarn beginnt", ("1990-05-02", None)),  # a space inside, the text glued on
        ("12.-15.6.1989 Der Staatsbesuch", ("1989-06-12", "1989-06-15")),
        ("10./11.9.1989 Öffnung", ("1989-09-10", "1989-09-11")),
    ],
)
def test_a_german_numeric_day_and_month(text: str, expected: tuple[str, str | None]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "at"), [("3.4. und mehr", 0), ("Kapitel 3.4. steht", 8), ("version 2.1. Beta", 8)]
)
def test_dotted_numbers_in_a_sentence_stay_numbers(text: str, at: int) -> None:
    # no year, and neither the line's end nor a text glued on in capitals: no date
    assert grammar.find_date(text, at) is None


def test_a_year_and_german_day_month_lines_with_the_text_glued_on() -> None:
    text = (
        "Chronik\n1989\n"
        "2. 5.Ungarn beginnt mit dem Abbau des Zauns.\n"
        "11. 9.Ungarn öffnet die Grenze.\n"
        "3. 10.Die Regierung setzt den Reiseverkehr aus.\n"
        "30. 9.6 000 Menschen reisen aus.\n"
    )
    found = dates(text)
    assert [(d, t.split()[0]) for d, _, t in found] == [
        ("1989-05-02", "Ungarn"),
        ("1989-09-11", "Ungarn"),
        ("1989-10-03", "Die"),
    ]
    # the line whose text opens with a number is reported, never another event of a day
    assert "30. 9.6 000 Menschen reisen aus." in left_out(text)


def test_a_day_and_month_alone_under_a_month_heading_of_a_titled_year() -> None:
    text = (
        "Jahreschronik 1990\n\nJANUAR\n"
        "  • 03.01.\n\n    Der Runde Tisch vereinbart eine Koalition.\n\n"
        "  • 09.01.\n\n    Ein Abgeordneter legt sein Mandat nieder.\n\n"
        "  • 11.01.\n\n    Die Volkskammer verabschiedet ein Gesetz.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1990-01-03", "1990-01-09", "1990-01-11"]


def test_a_numbered_list_is_still_a_list() -> None:
    # "2. Text" (a list's number, then words) stays a bullet; no date is made of it
    text = "1989\n1. The wall opens.\n2. The border opens.\n3. The state ends.\n"
    assert all(d == "1989" for d, _, _ in dates(text))


# --- an archive's cards: "• 9. November" / "1990" / the text ---------------------------------

CARDS = (
    "Chronik 1990\n\n"
    "    • 9. November\n\n      1990\n\n      Der Bundesrat tritt zusammen.\n"
    "    • 9./10. November\n\n      1990\n\n"
    "      Staatsbesuch des Staatschefs in der Bundesrepublik. Mehr\n"
    "    • 10. November\n\n      1990\n\n      Der Vorstand verzichtet auf das Vermögen.\n"
    "    • 14. November\n\n      1990\n\n      Die Minister unterzeichnen einen Vertrag.\n"
)


def test_a_year_alone_below_a_day_and_month_is_that_days_year() -> None:
    assert [(d, e, t.split()[0]) for d, e, t in dates(CARDS)] == [
        ("1990-11-09", None, "Der"),
        ("1990-11-09", "1990-11-10", "Staatsbesuch"),
        ("1990-11-10", None, "Der"),
        ("1990-11-14", None, "Die"),
    ]
    split = split_entries(CARDS)
    years = [s for s in split.layout if s.reason == "the year of the day and month above it"]
    assert [s.line for s in years] == [5, 10, 15, 20]


def test_one_year_below_a_day_is_no_pattern() -> None:
    text = "• 9. November\n\n1990\n\nDer Bundesrat tritt zusammen.\n"
    split = split_entries(text)
    assert not any(s.reason == "the year of the day and month above it" for s in split.layout)


def test_a_german_span_of_two_days_each_with_its_dot() -> None:
    assert read("9./10. November 1990") == ("1990-11-09", "1990-11-10")


# --- a page's menu of years; German dates before „quotes“ and umlauts ------------------------

GERMAN_ROWS = (
    "Chronik der Ereignisse\n\n1989 - 1990 - 1991\n\n"
    "19.1.1989 Der Staatschef spricht über die Mauer.\n\n"
    "7.6.1989 Eine Demonstration wird aufgelöst.\n\n"
    "19.8.1989 „Picknick“ an der Grenze bei Sopron.\n\n"
    "4.9.1989 In Leipzig findet die erste Demonstration statt.\n\n"
    "10./11.9.1989 Öffnung der Grenze nach Österreich.\n"
)


def test_a_menu_of_years_is_layout_not_a_span() -> None:
    split = split_entries(GERMAN_ROWS)
    assert ("1989 - 1990 - 1991", "a page's menu of years") in [
        (s.text, s.reason) for s in split.layout
    ]
    assert all(e.date != "1989" for e in split.entries)


def test_two_years_stay_a_span() -> None:
    assert dates("1989 - 1990: Die Wende.\n")[0][:2] == ("1989", "1990")


def test_a_date_before_a_german_quote_or_umlaut_starts_its_entry() -> None:
    assert [(d, e, t.split()[0]) for d, e, t in dates(GERMAN_ROWS)] == [
        ("1989-01-19", None, "Der"),
        ("1989-06-07", None, "Eine"),
        ("1989-08-19", None, "„Picknick“"),
        ("1989-09-04", None, "In"),
        ("1989-09-10", "1989-09-11", "Öffnung"),
    ]


# --- a sports almanac's seasons ----------------------------------------------------------------

SEASONS = (
    "Division & champions\n"
    "1897/98 Div 1 Sheffield United Div 2 Burnley\n"
    "1898/99 Div 1 Aston Villa Div 2 Manchester City\n"
    "1899/00 Div 1 Aston Villa Div 2 Sheffield Wed\n"
    "1900/01 Div 1 Liverpool Div 2 Grimsby Town\n"
    "1901/02 Div 1 Sunderland Div 2 WBA\n"
    "        1915/16 to 1918/19 League suspended due to the war\n"
    "1919/20 Div 1 WBA Div 2 Tottenham\n"
)


def test_season_rows_are_spans_of_two_years() -> None:
    assert [(d, e) for d, e, _ in dates(SEASONS)] == [
        ("1897", "1898"),
        ("1898", "1899"),
        ("1899", "1900"),  # into the next century
        ("1900", "1901"),  # not January 1900: the document writes seasons
        ("1901", "1902"),
        ("1915", "1919"),  # from one season to the end of another
        ("1919", "1920"),
    ]


def test_without_seasons_a_year_and_month_stays_a_month() -> None:
    text = "1900/01 The century opens.\n1900/02 A storm.\n1900/03 A flood.\n"
    assert [d for d, _, _ in dates(text)] == ["1900-01", "1900-02", "1900-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1899/00", ("1899", "1900")),
        ("1999-00", ("1999", "2000")),
        ("1915/16 to 1918/19", ("1915", "1919")),
    ],
)
def test_a_span_into_the_next_century(text: str, expected: tuple[str, str]) -> None:
    assert read(text) == expected


# --- Scandinavian decades, centuries and era -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1950-talet", ("1950", "1959")),  # a decade
        ("1200-talet", ("1200", "1299")),  # a century (the Swedish word is not ambiguous)
        ("1900-tallet", ("1900", "1999")),  # Norwegian, Danish
        ("800-1050 e Kr", ("0800", "1050")),  # the era after a span's end
        ("800 e Kr", ("0800", None)),
    ],
)
def test_scandinavian_decades_centuries_and_era(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert read(text) == expected


def test_a_bc_line_is_reported_not_read() -> None:
    text = "4000 f Kr: Odling börjar.\n1320: Skåne erövras.\n1561: Reval besätts.\n1617: Freden.\n"
    assert [d for d, _, _ in dates(text)] == ["1320", "1561", "1617"]
    assert "4000 f Kr: Odling börjar." in left_out(text)
