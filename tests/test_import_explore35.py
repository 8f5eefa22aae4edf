"""Issue 22, explore35: layouts met by trying real pages of companies, clubs, bands and
changelogs as a new user would (half-prose chronologies), each as a general rule with cases
of other subjects and wordings (no corpus text copied), and guards on text that is not that
layout."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries
from tests.import_split import dates

# --- a year that the sentence above asks for: "… until" / "1990 the museum stayed shut" ------

ASKED_UNTIL = (
    "1961  The museum opens in the old mill\n"
    "\n"
    "1972  The roof fails and the museum stays closed until\n"
    "\n"
    "1980 A trust restores the building\n"
    "\n"
    "1978  A new director is appointed\n"
    "\n"
    "1984  The collection moves to the east wing\n"
)


def test_a_year_the_line_above_asks_for_carries_its_sentence_on() -> None:
    assert [(d, t[:16]) for d, _, t in dates(ASKED_UNTIL)] == [
        ("1961", "The museum opens"),
        ("1972", "The roof fails a"),
        ("1978", "A new director i"),
        ("1984", "The collection m"),
    ]
    assert "until 1980 A trust restores" in dates(ASKED_UNTIL)[1][2]


def test_a_german_seit_before_the_year_below_is_the_same_sentence() -> None:
    text = (
        "1950  Gründung des Chors, Leitung Anna Berg seit\n"
        "1952 Karl Kunz\n"
        "1955  Erste Konzertreise nach Wien\n"
        "1958  Neue Noten für das Archiv\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1950", "1955", "1958"]
    assert dates(text)[0][2].endswith("seit 1952 Karl Kunz")


def test_a_bracket_opened_above_and_closed_on_the_year_line_is_one_entry() -> None:
    text = (
        "1901  Ferry line Nord opens (\n"
        "1932 taken over by the state)\n"
        "1903  Ferry line Süd opens\n"
        "1907  Ferry line Ost opens\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1901", "1903", "1907"]
    assert "(1932 taken over by the state)" in dates(text)[0][2].replace("( ", "(")


def test_a_year_line_under_an_ended_sentence_stays_an_entry() -> None:
    # guard: the line above ends its sentence (or on a word that asks for no year)
    text = (
        "1961  The museum opens in the old mill.\n"
        "1980 A trust restores the building\n"
        "1984  The collection moves to the hall\n"
        "1990 Visitors return\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1961", "1980", "1984", "1990"]


def test_a_bracket_the_year_line_does_not_close_is_no_reason_to_join() -> None:
    text = "1901  Ferry line Nord opens (\n1932 The state buys the line\n1940  Line closes\n"
    assert [d for d, _, _ in dates(text)] == ["1901", "1932", "1940"]


# --- two "YEAR  text" entries run together on one line: "1986  Text 1987  Text" -------------

WIDE_GAPS = (
    "1984  Stadium roof built\n"
    "1985  New floodlights\n"
    "1986  Promotion to the second league 1987  Relegation after one season\n"
    "1989  Youth team wins the cup\n"
)


def test_a_year_and_the_documents_wide_gap_mid_line_starts_an_entry() -> None:
    assert dates(WIDE_GAPS) == [
        ("1984", None, "Stadium roof built"),
        ("1985", None, "New floodlights"),
        ("1986", None, "Promotion to the second league"),
        ("1987", None, "Relegation after one season"),
        ("1989", None, "Youth team wins the cup"),
    ]


def test_a_wide_gap_year_after_a_preposition_stays_text() -> None:
    text = WIDE_GAPS.replace("second league 1987", "second league until 1987")
    assert [d for d, _, _ in dates(text)] == ["1984", "1985", "1986", "1989"]


def test_a_mid_line_year_out_of_the_documents_order_stays_text() -> None:
    # guard: "Heimat  Kreis 1950  …" is no entry between 1986 and 1989
    text = WIDE_GAPS.replace("1987  Relegation", "1950  Relegation")
    assert [d for d, _, _ in dates(text)] == ["1984", "1985", "1986", "1989"]


def test_a_single_space_year_mid_line_is_not_read_by_this_rule() -> None:
    text = WIDE_GAPS.replace("1987  Relegation", "1987 Relegation")
    assert [d for d, _, _ in dates(text)] == ["1984", "1985", "1986", "1989"]


# --- a row under a year line that names a year of its own: "Mit … kommt 1986 das Demo." -------

OWN_YEAR_ROWS = (
    "1961 opens the first shop in the harbour.\n"
    "The owners add a bakery a year later, and in 1963 a café opens beside it.\n"
    "A second baker joins the staff.\n"
    "1970 moves the company to the old station.\n"
    "1975 sees the first shop abroad.\n"
)


def test_a_row_naming_its_own_year_in_order_is_an_entry_of_that_year() -> None:
    assert [(d, t[:20]) for d, _, t in dates(OWN_YEAR_ROWS)] == [
        ("1961", "opens the first shop"),
        ("1963", "The owners add a bak"),
        ("1963", "A second baker joins"),
        ("1970", "moves the company to"),
        ("1975", "sees the first shop "),
    ]


def test_a_row_naming_a_year_out_of_order_stays_a_row_of_the_year_above() -> None:
    # guard: "as it had in 1925" is another time, not the row's date
    text = OWN_YEAR_ROWS.replace("in 1963 a café", "as in 1925 a café")
    assert [d for d, _, _ in dates(text)] == ["1961", "1961", "1961", "1970", "1975"]


def test_a_row_naming_two_years_stays_a_row_of_the_year_above() -> None:
    text = OWN_YEAR_ROWS.replace("a year later, and in 1963", "in 1962 and 1963")
    assert [d for d, _, _ in dates(text)][:3] == ["1961", "1961", "1961"]


def test_a_row_opening_with_a_quotation_is_a_row_too() -> None:
    text = OWN_YEAR_ROWS.replace("A second baker", '"The Harbour Loaf" wins a prize. A baker')
    assert [d for d, _, _ in dates(text)] == ["1961", "1963", "1963", "1970", "1975"]


# --- a year, then its day and month in figures: "1885    05.05. Berliner FC" ----------------

FOUNDINGS = (
    "Rowing and chess clubs of the region\n"
    "\n"
    "1901    11.04. Rowing Club West\n"
    "\n"
    "1902    14.03. Rowing Club Nord\n"
    "\n"
    "1903    02.07. Chess Circle Süd\n"
    "\n"
    "1905    30.09. Cycling Union\n"
    "\n"
    "1906    05.05. Hiking Society Ost\n"
)


def test_a_day_in_figures_after_the_year_is_the_dates_not_the_texts() -> None:
    assert dates(FOUNDINGS) == [
        ("1901-04-11", None, "Rowing Club West"),
        ("1902-03-14", None, "Rowing Club Nord"),
        ("1903-07-02", None, "Chess Circle Süd"),
        ("1905-09-30", None, "Cycling Union"),
        ("1906-05-05", None, "Hiking Society Ost"),
    ]


def test_a_day_in_words_after_the_year_stays_the_texts_opening() -> None:
    # guard: "1904 Am 18. September treffen sich …" keeps its opening words
    text = "1903: Am 18. September treffen sich die Gründer.\n1905: Erstes Fest.\n1907: Neubau.\n"
    assert dates(text)[0] == ("1903-09-18", None, "Am 18. September treffen sich die Gründer.")


# --- bulleted items opening with their year in other languages: "· En 1904, asumió …" ------

YEAR_ITEMS_ES = (
    "Algunos datos de la primera década del museo:\n"
    "· En 1921, abre la primera sala con pinturas del puerto.\n"
    "· En 1923, la colección recibe la donación de una familia.\n"
    "· En 1926, se inaugura el ala norte.\n"
    "· El año 1929 quedará en la memoria por la gran inundación.\n"
)


def test_spanish_bulleted_items_opening_with_en_and_the_year_are_entries() -> None:
    assert [(d, t[:12]) for d, _, t in dates(YEAR_ITEMS_ES)] == [
        ("1921", "En 1921, abr"),
        ("1923", "En 1923, la "),
        ("1926", "En 1926, se "),
        ("1929", "El año 1929 "),
    ]


def test_german_and_portuguese_openers_read_so_too() -> None:
    text = (
        "• Im Jahr 1950 gründet sich der Chor.\n"
        "• Im Jahr 1954 singt er in Wien.\n"
        "• Im Jahr 1958 erscheint die erste Platte.\n"
        "• Em 1960, o coro visita Lisboa.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1950", "1954", "1958", "1960"]


def test_a_word_that_opens_no_date_leaves_the_item_unread() -> None:
    # guard: "Entre 1923 y 1925, …" opens with no word of the list (never read as "En")
    text = YEAR_ITEMS_ES.replace("En 1923, la", "Entre 1923 y 1925, la")
    assert "1923" not in [d for d, _, _ in dates(text)]


# --- prose paragraphs dated inside their first sentence: "Late 1962 the lab moved …" ---------

PROSE_HISTORY = (
    "Our history\n"
    "\n"
    "The workshop began in a garage behind the family house, with one lathe and a van.\n"
    "\n"
    "Late 1962 the workshop moved into the old dairy on Mill Lane. Orders from the\n"
    "railway followed in 1964 and the staff grew to twelve.\n"
    "\n"
    "New products\n"
    "The first 1971 catalogue listed forty tools, all made on site by hand.\n"
    "\n"
    "Growth abroad\n"
    "During 1985 the company opened its first depot in the Netherlands, near Utrecht.\n"
    "\n"
    "We still answer the phone ourselves.\n"
)


def test_paragraphs_dated_in_their_first_words_are_entries_with_their_text_whole() -> None:
    assert [(d, t[:22]) for d, _, t in dates(PROSE_HISTORY)] == [
        ("1962", "Late 1962 the workshop"),
        ("1971", "The first 1971 catalog"),
        ("1985", "During 1985 the compan"),
    ]
    assert "railway followed in 1964" in dates(PROSE_HISTORY)[0][2]  # (a date inside: text)


def test_a_year_late_in_the_first_sentence_dates_no_paragraph() -> None:
    # guard: "… the staff that the company hired in 1971" names a year deep in its sentence
    text = PROSE_HISTORY.replace(
        "The first 1971 catalogue listed forty tools",
        "A catalogue listed forty tools made by the staff hired in 1971",
    )
    assert dates(text) == []


def test_two_prose_paragraphs_are_not_yet_a_documents_pattern() -> None:
    text = PROSE_HISTORY.replace("During 1985 the company", "The company then")
    assert dates(text) == []


# --- a changelog: "## [1.4.0] - 2021-03-02" release headings over their items ----------------

CHANGELOG = (
    "# Changelog\n"
    "\n"
    "## [1.4.0] - 2021-03-02\n"
    "### Added\n"
    "- Export to CSV\n"
    "- Dark theme\n"
    "### Fixed\n"
    "- Crash on empty input\n"
    "\n"
    "## 1.3.1 (2020-11-20)\n"
    "* Faster start-up\n"
    "\n"
    "## v1.3.0 — 4 October 2020\n"
    "  - First public release\n"
    "\n"
    "## Links\n"
    "- Home page\n"
)


def test_a_changelogs_items_are_entries_of_their_releases_day() -> None:
    assert dates(CHANGELOG) == [
        ("2021-03-02", None, "Export to CSV"),
        ("2021-03-02", None, "Dark theme"),
        ("2021-03-02", None, "Crash on empty input"),
        ("2020-11-20", None, "Faster start-up"),
        ("2020-10-04", None, "First public release"),
    ]


def test_the_release_headings_are_listed_as_the_day_of_their_items() -> None:
    listed = {s.text: s.reason for s in split_entries(CHANGELOG).layout}
    for heading in (
        "## [1.4.0] - 2021-03-02",
        "## 1.3.1 (2020-11-20)",
        "## v1.3.0 — 4 October 2020",
    ):
        assert "the day of the items below" in listed[heading]


def test_versions_without_their_day_date_no_item() -> None:
    # guard: "## 1.4.0" headings name no day: the items stay undated (reported)
    text = "".join(
        line for line in CHANGELOG.splitlines(keepends=True) if not line.startswith("## ")
    )
    assert dates(text) == []


def test_two_release_headings_are_not_yet_a_changelog() -> None:
    text = CHANGELOG.replace("## v1.3.0 — 4 October 2020", "## Older releases")
    assert dates(text) == []


CITY_BY_DECADES = (
    "A short history of Harbourside\n"
    "\n"
    "Harbourside began as a fishing village below the chalk cliffs of the bay.\n"
    "\n"
    "In the 1890s the pier was built and the first summer visitors came by steamer.\n"
    "\n"
    "By the 1930s three hotels stood on the front, the largest opened in 1934.\n"
    "\n"
    "In June 1953 the town crowned its first carnival queen on the pier.\n"
)


def test_paragraphs_opening_with_a_decade_or_a_month_are_entries_too() -> None:
    assert [(d, e, t[:16]) for d, e, t in dates(CITY_BY_DECADES)] == [
        ("1890", "1899", "In the 1890s the"),
        ("1930", "1939", "By the 1930s thr"),
        ("1953-06", None, "In June 1953 the"),
    ]
