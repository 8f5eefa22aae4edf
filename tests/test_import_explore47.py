"""Issue 22, explore47: layouts met by trying chronologies of a court case, a pandemic, a history
society, an allotment club, a colony's principal events from an 1880s pamphlet, a schools'
timeline and a country's history in Spanish, Portuguese, German, Czech and English (New
Zealand) as a new user would ("1825.—First attempt …", "Dec. 13, 1642.—Discovery …",
"1814—Horses …", "28.října 1918" alone above its title, "únor 1948 - 1989"), each rule on
short chronologies written for the test in other subjects and wordings (never the pages' own
words), and what each must not read."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import read_entries, reasons

_read = read_entries


# --- a full stop and a dash closed up to the text: nineteenth-century print's separator ---------


def test_a_full_stop_and_an_em_dash_closed_up_separate_a_date_from_its_text() -> None:
    text = (  # a railway company's principal events, as an old almanac prints them
        "Principal Events.\n"
        "\n"
        "1825.—Company formed at a meeting in the town hall.\n"
        "\n"
        "Mar. 4, 1829.—First rails laid near the harbour.\n"
        "\n"
        "Sept. 15, 1830.—Line opened to passengers.\n"
        "\n"
        "Oct., 1832.—Second track completed.\n"
    )
    assert _read(text) == [
        ("1825", None, "Company formed at a meeting in the town hall."),
        ("1829-03-04", None, "First rails laid near the harbour."),
        ("1830-09-15", None, "Line opened to passengers."),
        ("1832-10", None, "Second track completed."),
    ]


def test_two_items_with_a_stop_and_dash_on_one_line_are_two_entries() -> None:
    text = (  # an OCR'd handbook: two items run together on one line
        "Jan. 3, 1851.—Bank opened in the main street.\n"
        "\n"
        "June 9, 1852.—Fire destroys the mill. Aug. 2, 1852.—Mill rebuilt in stone.\n"
        "\n"
        "May 1, 1853.—Gas lighting installed.\n"
    )
    assert _read(text) == [
        ("1851-01-03", None, "Bank opened in the main street."),
        ("1852-06-09", None, "Fire destroys the mill."),
        ("1852-08-02", None, "Mill rebuilt in stone."),
        ("1853-05-01", None, "Gas lighting installed."),
    ]


def test_an_em_dash_closed_up_to_a_year_and_its_text_separates_them() -> None:
    text = (  # a county's agriculture: one item's full stop lost, the line above cut short
        "1790.—Merino sheep first imported to the\n"
        "\n"
        "1802—Agricultural society founded.\n"
        "\n"
        "1815.—Great frost ruins the harvest.\n"
    )
    assert _read(text) == [
        ("1790", None, "Merino sheep first imported to the"),
        ("1802", None, "Agricultural society founded."),
        ("1815", None, "Great frost ruins the harvest."),
    ]


def test_a_hyphen_glued_to_a_date_and_a_capital_is_still_no_separator() -> None:
    # "Sept. 3-Britain …" stays an odd sign (the document does not write its entries so)
    assert _read("Talks resumed.\nSept. 3-Britain and France reply.\n") == []


# --- Czech month names ----------------------------------------------------------------------------


def test_czech_month_names_are_read_in_range_and_import() -> None:
    assert dates.parse_date_argument("28. října 1918", "START").start.isoformat() == "1918-10-28"
    assert dates.parse_date_argument("28.října 1918", "START").start.isoformat() == "1918-10-28"
    assert dates.parse_date_argument("únor 1948", "START").start.isoformat() == "1948-02-01"
    text = (  # a theatre's history, in Czech, the day's dot closed up to the month
        "3.ledna 1883\n"
        "Otevření divadla\n"
        "\n"
        "Divadlo bylo slavnostně otevřeno.\n"
        "\n"
        "12.srpna 1925\n"
        "Požár\n"
        "\n"
        "Oheň zničil jeviště.\n"
        "\n"
        "prosinec 1930\n"
        "Nová budova\n"
        "\n"
        "Divadlo se přestěhovalo.\n"
    )
    assert _read(text) == [
        ("1883-01-03", None, "Otevření divadla Divadlo bylo slavnostně otevřeno."),
        ("1925-08-12", None, "Požár Oheň zničil jeviště."),
        ("1930-12", None, "Nová budova Divadlo se přestěhovalo."),
    ]


# --- a month and its year to a later year ---------------------------------------------------------


def test_a_month_and_year_to_a_later_year_is_a_span() -> None:
    span = dates.parse_date_argument("February 1948 – 1989", "START")
    assert (span.start.isoformat(), span.end.isoformat()) == ("1948-02-01", "1989-12-31")
    text = (  # a newspaper's owners
        "March 1901 - 1923: The paper is owned by the Bell family.\n"
        "June 1923 - 1950: The paper is owned by a trust.\n"
        "1950: The paper is sold.\n"
    )
    assert _read(text) == [
        ("1901-03", "1923", "The paper is owned by the Bell family."),
        ("1923-06", "1950", "The paper is owned by a trust."),
        ("1950", None, "The paper is sold."),
    ]


def test_a_month_and_year_to_a_year_before_it_is_no_span() -> None:
    # ("June 1923 - 1920": the end before the start is refused, never read backwards)
    assert ("1923-06", "1920") not in [(d, e) for d, e, _ in _read("June 1923 - 1920: Text.\n")]


# --- a bulleted item opening with three digits: the reason says how a year would be read ------


def test_a_bulleted_item_opening_with_three_digits_says_how_to_write_a_year() -> None:
    text = (  # a monastery's history: its first centuries in three digits, not read
        "History of the abbey\n"
        "\n"
        " • 974 abbey founded by the duke\n"
        " • 1061 – 1092 rule of abbot Martin\n"
        " • 25.9.1212 charter granted by the king\n"
        " • 1344 new church consecrated\n"
    )
    why = reasons(text)["• 974 abbey founded by the duke"]
    assert why.startswith("a bulleted line without a date")
    assert "if '974' is a year, write it with four digits (0974) or its era (974 AD)" in why
    # (an item opening with a figure of four digits or more says nothing of years)
    assert "write it with four digits" not in reasons(" • 2500 soldiers\n • 1344 text\n").get(
        "• 2500 soldiers", ""
    )
