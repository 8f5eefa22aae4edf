"""Issue 22, explore40: layouts met by trying reference chronologies in other languages (a
city wiki's year page, blog and municipal timelines in Spanish, Italian, Polish, Dutch, Czech,
French and Indonesian) as a new user would, each rule on short chronologies written for the
test in other subjects and wordings (never the pages' own words), and what each must not read."""

from __future__ import annotations

import pytest

from ktimeline import dates
from tests.import_support import read_entries, reasons

_read = read_entries


# --- two days, each with its dot, around a dash ("17. - 19. Januar 1961") ------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("17. - 19. Januar 1961", "1961-01-17", "1961-01-19"),
        ("3.–5. März 2001", "2001-03-03", "2001-03-05"),
        ("28.-30. September 1975", "1975-09-28", "1975-09-30"),
    ],
)
def test_dotted_days_around_a_dash_are_a_span_in_range(written: str, start: str, end: str) -> None:
    span = dates.parse_date_argument(written, "START")
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_dotted_days_around_a_dash_are_a_span_in_an_import() -> None:
    text = (  # a club's season, bulleted, one a line
        "  • 2. Mai 1975: Der Verein wählt einen neuen Vorstand.\n"
        "  • 9. - 11. Mai 1975: Turnier in der Stadthalle.\n"
        "  • 12.–14. Mai 1975: Jugendlager am See.\n"
        "  • 20. Mai 1975: Jahreshauptversammlung.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [
        ("1975-05-02", None),
        ("1975-05-09", "1975-05-11"),
        ("1975-05-12", "1975-05-14"),
        ("1975-05-20", None),
    ]


def test_a_numbered_item_before_a_day_is_no_span() -> None:
    text = (  # a list's number, its dot, a dash, then a date: the number is no day
        "1. - 5 January 1961: The council meets.\n2. - 9 January 1961: The council adjourns.\n"
    )
    assert [entry[:2] for entry in _read(text)] == [("1961-01-05", None), ("1961-01-09", None)]


# --- a wiki year page's furniture: menus of years and decades, "Jump to" and "From …wiki" -------


def test_a_wiki_year_pages_menus_and_lines_are_furniture() -> None:
    text = (  # a town wiki's year page of a harbour: title, menus, section headings, items
        "1984\n\n"
        "From Wikipedia, the free encyclopedia\n"
        "Jump to: navigation, search\n\n"
        "1950s | 1960s | 1970s | 1980s | 1990s\n"
        "1974 << | 1981 | 1982 | 1983 | 1984 | 1985 | 1986 | >> 1994\n\n"
        "Anniversaries\n\n"
        "Events\n\n"
        "March\n\n"
        "  • 2 March 1984: The new ferry terminal opens.\n"
        "  • 9 March 1984: Dock workers strike for a day.\n"
    )
    assert _read(text) == [
        ("1984-03-02", None, "The new ferry terminal opens."),
        ("1984-03-09", None, "Dock workers strike for a day."),
    ]
    kinds = reasons(text)
    assert kinds["1950s | 1960s | 1970s | 1980s | 1990s"] == "a page's menu of years"
    assert kinds["Jump to: navigation, search"] == "advertisement or web page furniture"
    assert kinds["From Wikipedia, the free encyclopedia"] == "advertisement or web page furniture"


@pytest.mark.parametrize(
    "line",
    [
        "Aus Wikipedia, der freien Enzyklopädie",
        "Wechseln zu: Navigation, Suche",
        "Aller à : navigation, rechercher",
        "Zur Navigation springen",
        "Aus Wiki Lübeck",
    ],
)
def test_a_wiki_pages_lines_in_other_languages_are_furniture(line: str) -> None:
    text = f"{line}\n2001: Die Brücke wird eröffnet.\n2002: Die Brücke wird gesperrt.\n"
    assert [entry[0] for entry in _read(text)] == ["2001", "2002"]
    assert reasons(text)[line] == "advertisement or web page furniture"


def test_a_line_naming_a_wiki_in_a_sentence_is_text() -> None:
    text = (  # an entry's own second line that names a wiki: never furniture
        "2010-11-28: The cables are published.\n"
        "From WikiLeaks, the documents reach five newspapers.\n"
        "2010-12-07: The founder is arrested.\n"
    )
    line = "From WikiLeaks, the documents reach five newspapers."
    assert reasons(text).get(line) != "advertisement or web page furniture"


@pytest.mark.parametrize(
    "footer", ["No hay comentarios:", "No comments:", "Aucun commentaire:", "Keine Kommentare:"]
)
def test_a_blogs_no_comments_line_is_not_the_last_items_text(footer: str) -> None:
    text = (  # a parish blog's list, year alone, bullet below, the blog's footer after
        "1902\n  • The chapel is built.\n\n"
        "1931\n  • The chapel gets a bell.\n\n\n"
        f"{footer}\n\n"
        "Publicar un comentario\n"
    )
    assert _read(text) == [
        ("1902", None, "The chapel is built."),
        ("1931", None, "The chapel gets a bell."),
    ]
    assert reasons(text)[footer] == "advertisement or web page furniture"


# --- a century heading over a paragraph that opens with its year ---------------------------------


@pytest.mark.parametrize(
    ("century", "opening", "then", "date"),
    [
        ("16th century", "In 1588 the fleet sails north.", "17th century", "1588"),
        ("Siglo XVIII", "En 1780, el cabildo funda la escuela.", "Siglo XIX", "1780"),
        ("XVII secolo", "Nel 1655 un terremoto colpisce la costa.", "XVIII secolo", "1655"),
        ("16th century", "In June 1588 the fleet sails north.", "17th century", "1588-06"),
    ],
)
def test_a_paragraph_opening_with_a_year_under_a_century_is_that_year(
    century: str, opening: str, then: str, date: str
) -> None:
    year = int(date[:4])
    text = (  # a river town's summary: century headings, "YEAR, text" paragraphs below
        f"{century}\n\n{opening}\n\n{then}\n\n"
        f"{year + 22}, the bridge is rebuilt.\n\n"
        f"{year + 25}, the bridge is widened.\n\n"
        f"{year + 37}, the bridge is closed.\n"
    )
    entries = _read(text)
    assert entries[0][:2] == (date, None)
    assert entries[0][2] == opening  # (the text keeps its opening words)


def test_a_year_outside_the_century_leaves_the_century() -> None:
    text = (  # a paragraph that looks back to an earlier year: the century stays its date
        "16th century\n\nIn 1492 the coast had been sighted; the first fort is built.\n\n"
        "17th century\n\n1605, the fort burns.\n\n1620, the fort is rebuilt.\n\n"
        "1644, the fort is abandoned.\n"
    )
    assert _read(text)[0][:2] == ("1501", "1600")


# --- a page's stamp and author under its list: "(22nov2021)" / "Por: Name" -----------------------


@pytest.mark.parametrize("stamp", ["(22nov2021)", "(3 March 2020)", "( 14. Mai 2019 )"])
def test_a_bracketed_day_alone_under_the_list_is_the_pages_stamp(stamp: str) -> None:
    text = (  # a museum's newest-first list, the page's date and author, a link below
        "2019- The museum reopens.\n"
        "2012- The museum closes for repairs.\n"
        "1990- The museum opens.\n\n"
        f"{stamp}\n"
        "By: Ana Lucía Ortega\n\n"
        "See also:\n\n"
        "The history of the old mill\n"
    )
    assert _read(text) == [
        ("2019", None, "The museum reopens."),
        ("2012", None, "The museum closes for repairs."),
        ("1990", None, "The museum opens."),
    ]
    kinds = reasons(text)
    assert (
        kinds[stamp.strip()] == "a page's date in brackets alone (when it was written), no entry's"
    )
    assert kinds["By: Ana Lucía Ortega"] == "byline (the page's author)"


def test_a_bracketed_year_or_month_alone_is_not_a_stamp() -> None:
    text = (  # brackets around a year: a heading of its items, read as before
        "(1990)\nThe museum opens.\n\n(1991)\nThe museum closes.\n\n(1992)\nThe museum reopens.\n"
    )
    assert all(
        reason != "a page's date in brackets alone (when it was written), no entry's"
        for reason in reasons(text).values()
    )


def test_a_line_opening_with_by_and_a_sentence_is_no_byline() -> None:
    text = (  # "By:" and more than a name: the entry's own text
        "1990: The museum opens.\nBy: the end of the year it has had 10,000 visitors.\n"
        "1991: The museum closes.\n"
    )
    assert "byline (the page's author)" not in reasons(text).values()


# --- a year's item opening with its day in brackets and a dash: "1290 - (1 gennaio)- Atto …" -----


@pytest.mark.parametrize(
    ("line", "date", "text"),
    [
        (
            "1290 - (1 gennaio)- Atto di vendita del mulino.",
            "1290-01-01",
            "Atto di vendita del mulino.",
        ),
        ("1290 - (3 March)- The mill is sold.", "1290-03-03", "The mill is sold."),
        ("1290 - (12 mai): Le moulin est vendu.", "1290-05-12", "Le moulin est vendu."),
    ],
)
def test_a_bracketed_day_and_dash_opening_a_years_item_is_that_day(
    line: str, date: str, text: str
) -> None:
    chronology = f"1284 - The mill is built.\n{line}\n1301 - The mill burns.\n"
    assert _read(chronology) == [
        ("1284", None, "The mill is built."),
        (date, None, text),
        ("1301", None, "The mill burns."),
    ]


def test_a_bracketed_note_and_dash_is_not_a_day() -> None:
    chronology = (
        "1284 - The mill is built.\n1290 - (AP)- The mill is sold.\n1301 - The mill burns.\n"
    )
    assert [entry[0] for entry in _read(chronology)] == ["1284", "1290", "1301"]
