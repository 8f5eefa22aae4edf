"""Issue 22, twenty-ninth round: the misses of held-out-20 read as general rules, each on short
chronologies written for the test in other subjects and wordings, and what each rule must
not read: a year's title that names a day ("2001: September 11 attacks"), German days with a
space after each dot ("11. 6. 1157"), a blog host's "Post a Comment" button, comments in a
page's source and a Markdown link that is a page's button, and a table's year column beside
a date column that is sometimes empty."""

from __future__ import annotations

import pytest

from ktimeline.dates import find_date
from ktimeline.importing.tables import read_entries as read_table
from tests.import_support import left_out, read_entries
from tests.import_support import reasons as _reasons

_read = read_entries


# --- a year's title that names a day: the year's entry, never run into the entry above --------


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("July 4 celebrations", "1976"),  # (a bicentennial: the day is the title's name)
        ("March 1 movement", "1919"),
        ("May 4 protests", "1919"),
        ("September 11 attacks", "2001"),
    ],
)
def test_a_years_title_naming_a_day_is_the_years_entry(title: str, date: str) -> None:
    text = f"1900: Paris exposition opens\n1914: War in Europe\n{date}: {title}\n2020: Pandemic\n"
    entries = _read(text)
    assert (date, None, title) in entries
    assert len(entries) == 4


def test_a_years_colon_then_a_day_and_a_capital_is_still_that_day() -> None:
    text = (  # a company's history: the day after the year's colon, the text in capitals
        "1990:     January 10 Warner and Time agree to merge\n"
        "1991:     March 4 New headquarters open\n"
        "1992:     June 2 Chief executive resigns\n"
    )
    assert _read(text) == [
        ("1990-01-10", None, "Warner and Time agree to merge"),
        ("1991-03-04", None, "New headquarters open"),
        ("1992-06-02", None, "Chief executive resigns"),
    ]


def test_a_year_item_opening_with_on_and_its_day_keeps_that_day() -> None:
    text = (  # German: "Am 18. September" opens the item, a lower-case verb after it
        "1904 Am 18. September treffen sich die Gründer im Gasthaus\n"
        "1905 Der Verein zieht in die Halle\n"
        "1906 Am 2. Mai gewinnt die Mannschaft den Pokal\n"
    )
    entries = _read(text)
    assert entries[0][0] == "1904-09-18"
    assert entries[2][0] == "1906-05-02"


# --- German days with a space after each dot -----------------------------------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [("11. 6. 1157", "1157-06-11"), ("3. 10. 1990", "1990-10-03"), ("28. 1. 1871", "1871-01-28")],
)
def test_a_spaced_german_day_is_one_date(written: str, day: str) -> None:
    text = (  # a town's chronicle: the date alone on its line, the text below
        "1120\nDie Burg wird gebaut.\n"
        f"{written}\nDer Markt wird eröffnet.\n"
        "1200\nDie Kirche brennt ab.\n"
    )
    entries = _read(text)
    assert entries[1] == (day, None, "Der Markt wird eröffnet.")
    assert len(entries) == 3


def test_spaced_dots_of_a_numbered_list_or_a_score_are_no_date() -> None:
    assert find_date("11.6. 1157", 0) is None  # (the year's space only after a spaced month)
    text = "1. 2. Bundesliga\n2. 3. Liga\n"  # (numbered items: no year after the second dot)
    assert all(entry[0] in ("", None) or "-" not in entry[0] for entry in _read(text))


# --- a blog host's "Post a Comment" button ------------------------------------------------


@pytest.mark.parametrize(
    "button",
    [
        "Kommentar veröffentlichen",
        "Publier un commentaire",
        "Publicar un comentario",
        "Postar um comentário",
        "Posta un commento",
        "Een reactie posten",
        "Post a Comment",
    ],
)
def test_a_blogs_post_a_comment_button_is_furniture(button: str) -> None:
    text = f"1801\nThe canal opens.\n1802\nThe first barge sails.\n{button}\n"
    assert _read(text) == [
        ("1801", None, "The canal opens."),
        ("1802", None, "The first barge sails."),
    ]
    assert "furniture" in _reasons(text)[button]


def test_a_sentence_about_posting_a_comment_stays_text() -> None:
    text = "1999: Forum opens\n2004: Users may post a comment on every article\n"
    assert _read(text)[1] == ("2004", None, "Users may post a comment on every article")


# --- a page's source: comments and a Markdown button ------------------------------------------


def test_a_comment_in_a_pages_source_is_reported_never_an_entrys_text() -> None:
    text = (  # a club's history kept as HTML in a Markdown page
        "<div>\n  <h3>1888: Club founded</h3>\n</div>\n"
        "<!-- the early years -->\n"
        "<div>\n  <h3>1890: First ground bought</h3>\n</div>\n"
        "<!-- after the war -->\n"
        "<div>\n  <h3>1946: Stadium rebuilt</h3>\n</div>\n"
    )
    assert _read(text) == [
        ("1888", None, "Club founded"),
        ("1890", None, "First ground bought"),
        ("1946", None, "Stadium rebuilt"),
    ]
    reasons = _reasons(text)
    assert "comment" in reasons["<!-- after the war -->"]
    assert "<!-- the early years -->" in reasons


def test_a_comment_in_a_plain_text_chronology_is_left_as_it_was() -> None:
    text = "1888: Club founded\n1890: First ground <!-- bought? --> bought\n"
    assert _read(text)[1] == ("1890", None, "First ground <!-- bought? --> bought")


@pytest.mark.parametrize(
    "button", ["[Back to Home]({{ site.baseurl }}/)", "[Back to top](#top)", "Return to index"]
)
def test_a_pages_button_below_the_last_entry_is_furniture(button: str) -> None:
    text = f"1969: Moon landing\n1972: Last Apollo mission\n\n{button}\n"
    assert _read(text) == [("1969", None, "Moon landing"), ("1972", None, "Last Apollo mission")]
    assert any("furniture" in reason for reason in _reasons(text).values())


def test_a_markdown_link_to_an_event_stays_an_entry() -> None:
    text = "1969: Moon landing\n1972: [Last Apollo mission](https://example.org/apollo17)\n"
    assert _read(text)[1][0] == "1972"
    assert "Back" not in " ".join(left_out(text))


# --- a table's year column beside a sometimes empty date column ----------------------------


def test_a_row_with_an_empty_date_cell_is_of_its_year() -> None:
    text = (  # a football club's archive as a spreadsheet, rows out of order
        '"Year","Event","Exact Date"\n'
        '"1905","Club founded","12 March 1905"\n'
        '"1931","Relegated",""\n'
        '"1910","First cup won","May 1910"\n'
        '"1899","Ground leased",""\n'
    )
    assert [(e.date, e.text.split(" —")[0]) for e in read_table(text).entries] == [
        ("1905-03-12", "Club founded"),
        ("1931", "Relegated"),
        ("1910-05", "First cup won"),
        ("1899", "Ground leased"),
    ]


def test_a_date_column_alone_still_takes_the_date_of_the_row_above() -> None:
    text = (  # no year column: an empty cell is the row above's date, as before
        "Date,Event\n1950-06-25,War begins\n,Seoul falls\n1950-09-15,Incheon landing\n"
    )
    assert [e.date for e in read_table(text).entries] == ["1950-06-25", "1950-06-25", "1950-09-15"]


# --- years before Christ in the Nordic and German abbreviations ------------------------------


@pytest.mark.parametrize("written", ["4000 f.K.", "500 f.Kr.", "800 v. Chr."])
def test_a_nordic_or_german_year_before_christ_is_reported_as_such(written: str) -> None:
    text = f"{written}\n\nFirst farms in the valley\n\n1100\n\nThe church is built\n\n1200\n\nA bridge\n"
    reasons = _reasons(text)
    assert "before the Common Era" in reasons[written]
    assert ("1100", None, "The church is built") in _read(text)


# --- a page's menu of centuries ---------------------------------------------------------------


@pytest.mark.parametrize(
    "menu",
    [
        "17th century   18th century   19th century",
        "15. Jahrhundert   16. Jahrhundert   17. Jahrhundert",
        "XX | 18e siècle | 19e siècle",  # (its Roman first item is no number: not a menu)
    ],
)
def test_a_menu_of_centuries_is_layout_never_an_entry(menu: str) -> None:
    text = f"Shipyard history\n\n{menu}\n\n1702: Yard founded\n1755: First frigate\n1801: Fire\n"
    entries = _read(text)
    assert entries[-3:] == [
        ("1702", None, "Yard founded"),
        ("1755", None, "First frigate"),
        ("1801", None, "Fire"),
    ]
    if menu[:1].isdigit():
        assert _reasons(text)[menu] == "a page's menu of centuries"
        assert len(entries) == 3


def test_a_span_of_two_centuries_is_no_menu() -> None:
    text = "18th century - 19th century\n\nThe yard grows.\n\n1801: Fire\n1802: Rebuilt\n"
    assert "a page's menu of centuries" not in _reasons(text).values()
