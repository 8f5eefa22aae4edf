"""Issue 22, twenty-seventh round: the misses of the blind part held-out-19, as rules for layouts
a reader reads at a glance, each on short chronologies written for the test, in several
languages and subjects (never the corpus's own words), and what each rule must not read."""

from __future__ import annotations

import pytest

from tests.import_support import left_out, read_entries
from tests.import_support import reasons as _reasons

_read = read_entries


# --- "YEAR Month: text" / "YEAR : text" items run together on one long line -----------------


def test_year_and_month_items_run_together_on_one_line() -> None:
    text = (  # a company's history, flattened by a timeline site: no full stop before some dates
        "The Story of Acme Motors By a fan 1903 June: Acme is founded in a garage in Detroit. "
        "1903 October: First car sold to a doctor 1904 March: A second workshop opens on the "
        "river. 1908 1908: The company moves to a larger plant and hires 300 workers. 1910 "
        "1910: Acme builds its ten thousandth car.\n"
    )
    assert _read(text) == [
        ("1903-06", None, "Acme is founded in a garage in Detroit."),
        ("1903-10", None, "First car sold to a doctor"),
        ("1904-03", None, "A second workshop opens on the river."),
        ("1908", None, "The company moves to a larger plant and hires 300 workers."),
        ("1910", None, "Acme builds its ten thousandth car."),
    ]
    assert "The Story of Acme Motors By a fan" in left_out(text)


def test_french_year_colon_items_run_together_with_a_glued_year() -> None:
    text = (  # a rugby club's history in French; a caption glued to the next year
        "• Au début du XXe siècle, le rugby arrive dans la ville. 1902 : Fondation du club "
        "par des étudiants. 1905 : Premier match contre Bayonne, perdu 3 à 0. 1911 : Le club "
        "gagne le championnat régional. Photo du stade en 1920, tribune nord1913 : Ouverture "
        "du stade municipal.\n"
    )
    found = _read(text)
    assert [(d, e) for d, e, _ in found] == [
        ("1902", None), ("1905", None), ("1911", None), ("1913", None)
    ]  # fmt: skip
    assert found[0][2].startswith("Fondation du club")
    assert found[3][2] == "Ouverture du stade municipal."


def test_a_paragraph_naming_years_before_colons_is_no_run_of_items() -> None:
    text = (  # a court case told in prose: "YEAR:" three times, out of order
        "1998: The case is filed. The judge wrote that the board said 2001: profits fell, "
        "that the auditors said 1997: reserves hid the losses, and that the press said "
        "1999: nothing at all about the fraud, so the claim could proceed to trial.\n"
    )
    assert [(d, e) for d, e, _ in _read(text)] == [("1998", None)]


def test_years_over_days_on_one_line_are_not_broken_as_year_items() -> None:
    text = (  # a space race flattened to one line: each year heads its days
        "1961: 12 April: Gagarin orbits the Earth in Vostok 1 and returns safely to land "
        "near Saratov after one orbit. 5 May: Shepard flies a suborbital arc. 1962: 20 "
        "February: Glenn orbits the Earth three times. 1963: 16 June: Tereshkova flies.\n"
    )
    assert [(d, e) for d, e, _ in _read(text)] == [
        ("1961-04-12", None), ("1961-05-05", None), ("1962-02-20", None), ("1963-06-16", None)
    ]  # fmt: skip


# --- a blog's comment link in other languages: page furniture, never an entry's text --------


@pytest.mark.parametrize(
    "link", ["votre commentaire", "Kommentar schreiben", "Lascia un commento", "Dodaj komentarz"]
)
def test_a_comment_link_is_not_joined_to_the_entry_above(link: str) -> None:
    text = (  # a war's chronology on a blog
        f"• 1914 - Début de la guerre.\n\n    {link}\n\n• 1918 - Armistice signé.\n\n  • {link}\n"
    )
    found = _read(text)
    assert [text for *_, text in found] == ["Début de la guerre.", "Armistice signé."]
    assert _reasons(text)[link] == "advertisement or web page furniture"


def test_a_sentence_about_comments_is_no_furniture() -> None:
    line = "Commentaires du roi sur la réforme des impôts."
    text = f"1789 - Révolution.\n{line}\n1790 - Fête de la Fédération.\n"
    assert _reasons(text)[line] != "advertisement or web page furniture"


# --- a year item whose text opens with its day ------------------------------------------------


def test_a_year_item_opening_with_its_day_is_that_day() -> None:
    text = (  # a gymnastics club in German, a war in French, a moon landing in English
        "Chronik\n\n"
        "1920 Am 3. Mai gründen zwölf Turner den Verein im Gasthaus.\n\n"
        "1921 Bei der Versammlung am 8. Oktober wird ein Vorstand gewählt.\n\n"
        "1922 Im Juli besuchen die Turner das Landesturnfest.\n\n"
        "1923 Die Inflation trifft den Verein.\n"
    )
    assert _read(text) == [
        ("1920-05-03", None, "Am 3. Mai gründen zwölf Turner den Verein im Gasthaus."),
        ("1921", None, "Bei der Versammlung am 8. Oktober wird ein Vorstand gewählt."),
        ("1922", None, "Im Juli besuchen die Turner das Landesturnfest."),  # (a month: the year)
        ("1923", None, "Die Inflation trifft den Verein."),
    ]


def test_a_day_set_apart_after_the_year_is_the_dates_part() -> None:
    text = (
        "• 1610 - le 14 mai - Assassinat d'Henri IV - rue de la Ferronnerie.\n"
        "• 1789 - le 14 juillet - Prise de la Bastille.\n"
    )
    assert _read(text) == [
        ("1610-05-14", None, "Assassinat d'Henri IV - rue de la Ferronnerie."),
        ("1789-07-14", None, "Prise de la Bastille."),
    ]


def test_an_english_year_item_opening_on_its_day_keeps_its_words() -> None:
    text = "1969 - On 20 July, Apollo 11 lands on the Moon.\n1970 - Apollo 13 returns.\n"
    assert _read(text)[0] == ("1969-07-20", None, "On 20 July, Apollo 11 lands on the Moon.")


@pytest.mark.parametrize(
    "item",
    [
        "1900 - On 30 February, a fake date is printed.",  # (no such day)
        "1990: 30 people die in the flood.",  # (a count)
        "1995 - In May, the company is sold.",  # (a month: the year, as the corpus reads it)
    ],
)
def test_a_year_item_not_opening_with_a_real_day_stays_the_year(item: str) -> None:
    text = f"1889: The tower opens.\n{item}\n1999: The end.\n"
    assert [len(d) for d, *_ in _read(text)] == [4, 4, 4]


# --- a calendar page of one day: its observances, then years ---------------------------------


def test_a_calendar_page_of_one_day() -> None:
    text = (  # a radio station's "this day" page, in English
        "Home » This day\n"
        "2024-07-20, 06:00 Author: newsroom\n\n"
        "This day\n\n"
        "July 20 - International Chess Day.\n\n"
        "July 20 - Moon Day.\n"
        "1810 - Colombia declares independence from Spain.\n\n"
        "1944 - An attempt on Hitler's life fails.\n\n"
        "1969 - Apollo 11 lands on the Moon.\n"
    )
    assert _read(text) == [
        ("2024-07-20", None, "International Chess Day."),
        ("2024-07-20", None, "Moon Day."),
        ("1810-07-20", None, "Colombia declares independence from Spain."),
        ("1944-07-20", None, "An attempt on Hitler's life fails."),
        ("1969-07-20", None, "Apollo 11 lands on the Moon."),
    ]


def test_a_polish_calendar_page_with_an_ancient_year() -> None:
    text = (
        "2022-08-01, 07:00 Autor: redakcja\n\n"
        "1 sierpnia - Narodowy Dzień Pamięci Powstania Warszawskiego.\n"
        "30 - Urodził się cesarz.\n\n"
        "1914 - Niemcy wypowiadają wojnę Rosji.\n\n"
        "1944 - Wybuch powstania warszawskiego.\n\n"
        "1980 - Strajki na Wybrzeżu.\n"
    )
    assert [date for date, *_ in _read(text)] == [
        "2022-08-01", "0030-08-01", "1914-08-01", "1944-08-01", "1980-08-01"
    ]  # fmt: skip


def test_a_page_of_several_days_is_no_calendar_page() -> None:
    text = (
        "2024-07-20, 06:00 Author: newsroom\n\n"
        "July 20 - Moon Day.\n"
        "July 21 - Belgian National Day.\n"
        "1810 - Colombia declares independence.\n"
        "1944 - An attempt on Hitler's life fails.\n"
        "1969 - Apollo 11 lands on the Moon.\n"
    )
    assert [date for date, *_ in _read(text)][-3:] == ["1810", "1944", "1969"]


def test_observances_without_a_page_date_ask_for_the_year() -> None:
    text = (
        "This day\n\n"
        "July 20 - Moon Day.\n"
        "1810 - Colombia declares independence.\n"
        "1944 - An attempt on Hitler's life fails.\n"
        "1969 - Apollo 11 lands on the Moon.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1810", "1944", "1969"]
    assert "--year" in _reasons(text)["July 20 - Moon Day."]


# --- day headings with a weekday in Dutch, Italian, Portuguese; hours with their word --------


def test_dutch_day_headings_and_hour_headings() -> None:
    text = (  # a football final, hour by hour, in Dutch
        "De finale van uur tot uur\n\n"
        "Zaterdag 4 juni 2022\n\n"
        "De spelers komen aan in het hotel.\n\n"
        "Zondag 5 juni\n\n"
        "De supporters verzamelen zich op het plein.\n\n"
        "Zondag 5 juni18.00 uur\n\n"
        "De bussen vertrekken naar het stadion.\n\n"
        "21.00 uur\n\n"
        "De scheidsrechter fluit voor het begin.\n"
    )
    assert [(d, t[:20]) for d, _, t in _read(text)] == [
        ("2022-06-04", "De spelers komen aan"),
        ("2022-06-05", "De supporters verzam"),
        ("2022-06-05", "18.00 uur De bussen "),
        ("2022-06-05", "21.00 uur De scheids"),
    ]


def test_an_italian_weekday_dateline_is_the_pages_date() -> None:
    text = "Giovedì 31 ottobre 2024\n\nCronologia\n\n2017 - Primo test.\n2018 - Secondo test.\n"
    assert _reasons(text)["Giovedì 31 ottobre 2024"].startswith("dateline")


def test_an_hour_opening_a_sentence_stays_the_entrys_text() -> None:
    text = (
        "Freitag, 30. Januar 1953\n\nEin Sturm zieht auf.\n\n"
        "Samstag, 31. Januar 1953\n\nDer Sturm nimmt zu.\n17.45 Uhr war es dunkel.\n\n"
        "Sonntag, 1. Februar 1953\n\nDie Deiche brechen.\n"
    )
    found = _read(text)
    assert [d for d, *_ in found] == ["1953-01-30", "1953-01-31", "1953-02-01"]
    assert not any(text.startswith("17.45") for *_, text in found)  # (no item of its own)


# --- Markdown: a heading that is one link; refused years said why ----------------------------


def test_a_markdown_heading_that_is_one_link() -> None:
    text = (  # a student's notes on wars
        "# wars\n\n"
        "## [1803-1815: napoleonic wars](https://notes.example/a1)\n\n"
        "## [476-1453: middle ages](https://notes.example/a2)\n\n"
        "## 1914-1918: ww1\n\n"
        "- [1815: waterloo](https://notes.example/a3)\n"
    )
    assert _read(text) == [
        ("1803", "1815", "napoleonic wars"),
        ("0476", "1453", "middle ages"),
        ("1914", "1918", "ww1"),
        ("1815", None, "waterloo"),
    ]
    assert _reasons(text)["https://notes.example/a1"].startswith("a Markdown link's address")


def test_a_link_that_is_no_date_stays_as_it_was() -> None:
    text = "# notes\n\n## [reading list](https://notes.example/r)\n\n## 1969: apollo 11\n"
    assert _reasons(text)["## [reading list](https://notes.example/r)"] == "heading"


@pytest.mark.parametrize(
    ("heading", "says"),
    [
        ("## ~1268: glasses", "approximate"),
        ("## 206 BC: compass", "before the Common Era"),
        ("## 105: paper", "four digits"),
        ("## 17: brexit", "two digits"),
    ],
)
def test_a_markdown_heading_with_a_refused_year_says_why(heading: str, says: str) -> None:
    text = f"# inventions\n\n## 1440: printing press\n\n{heading}\n\n## 1590: microscope\n"
    assert says in _reasons(text)[heading]


# --- an undated item under a dated one, in a list of dated items ------------------------------


def test_an_undated_item_under_a_dated_one_in_a_list_of_dated_items() -> None:
    text = (  # a company's year, in Spanish
        "1995\n"
        " - Enero: Se funda la empresa en Bilbao.\n"
        " - 10 marzo: Primer contrato con el Estado.\n"
        " - Septiembre: Se abre la fábrica de Vitoria.\n"
        " - Se lanza el primer modelo de tractor.\n"
        " - 2 noviembre: Huelga de los trabajadores.\n"
    )
    assert [d for d, *_ in _read(text)] == [
        "1995-01", "1995-03-10", "1995-09", "1995-09", "1995-11-02"
    ]  # fmt: skip


def test_undated_items_under_a_year_are_the_years_where_most_are_undated() -> None:
    text = (  # a court's year: one item dated, the others not
        "2004\n"
        "  • On March 3, the court hears the appeal.\n"
        "  • The ruling is published.\n"
        "  • The parties settle.\n"
        "  • A new judge is appointed.\n"
        "2005\n"
        "  • The case is closed.\n"
    )
    assert [d for d, *_ in _read(text)] == ["2004-03-03", "2004", "2004", "2004", "2005"]


# --- a last entry cut off after its first letters --------------------------------------------


def test_a_last_entry_cut_after_two_letters_is_reported() -> None:
    text = (
        "• 1 March 1950 - The league is founded.\n• 4 May 1950 - First match.\n• 9 June 1950 - Ab\n"
    )
    assert [d for d, *_ in _read(text)] == ["1950-03-01", "1950-05-04"]
    assert "cut off" in _reasons(text)["9 June 1950 - Ab"]


def test_a_last_entry_of_an_acronym_stays() -> None:
    text = "1944 - Bretton Woods.\n1945 - UN\n"
    assert _read(text)[-1] == ("1945", None, "UN")


# --- a picture's dated caption; a note-taker's date repeated under its heading ----------------


@pytest.mark.parametrize(
    "caption",
    [
        "12 April 1961. Photo of the launch pad at Baikonur.",
        "12 kwietnia 1961. Zdjęcie wyrzutni w Bajkonurze.",
        "12. April 1961. Foto von der Startrampe.",
    ],
)
def test_a_dated_caption_above_the_list_is_no_entry(caption: str) -> None:
    text = (  # a space race
        f"The space race\n{caption}\n\n"
        "• 1957 - Sputnik 1 is launched.\n• 1961 - Gagarin orbits the Earth.\n"
    )
    assert [d for d, *_ in _read(text)] == ["1957", "1961"]
    assert _reasons(text)[caption].startswith("figure caption")


def test_a_dated_sentence_about_a_photo_finish_stays_an_entry() -> None:
    text = "12 April 1961: Photo finish in the derby.\n13 April 1961: The club wins.\n"
    assert [d for d, *_ in _read(text)] == ["1961-04-12", "1961-04-13"]


def test_a_date_repeated_under_its_markdown_heading() -> None:
    text = (  # a student's notes on a company
        "# company\n\n## 1998-2004: first shop\n\n1998-2004\n\n- in a garage\n\n"
        "## 2005: second shop\n\n2005\n\n## 2010: closed\n"
    )
    assert [(d, e) for d, e, _ in _read(text)] == [("1998", "2004"), ("2005", None), ("2010", None)]
    assert _reasons(text)["1998-2004"] == "the date repeated"


def test_a_date_alone_under_a_heading_of_another_date_is_its_own() -> None:
    text = "# notes\n\n## 1998: first shop\n\n2001\n\nThe second shop opens.\n\n## 2005: closed\n"
    assert ("2001", None, "The second shop opens.") in _read(text)


# --- a month alone over entries that write their years: a heading, no "use --year" ---------


@pytest.mark.parametrize("month", ["JANUARY", "STYCZEŃ", "Januar"])
def test_a_month_heading_over_whole_dates(month: str) -> None:
    text = (  # a country's anniversaries of one month
        f"ANNIVERSARIES\n\n{month}\n\n1 January 1860\nA stamp is issued.\n\n"
        "1 January 1950\nAn agreement is signed.\n\n4 January 1940\nA treaty.\n"
    )
    assert [d for d, *_ in _read(text)] == ["1860-01-01", "1950-01-01", "1940-01-04"]
    assert _reasons(text)[month] == "heading"


def test_a_month_over_days_without_years_still_asks_for_the_year() -> None:
    text = "JANUARY\n\n2 January: A stamp is issued.\n\n5 January: A treaty.\n"
    assert "--year" in _reasons(text)["JANUARY"]
