"""Issue 22, thirty-eighth round (the misses of held-out-24 read): a list of "year  text"
lines that ends no line with a sentence's end, whose undated lines are further events of the
year above (one may open with a count, "1 tunna mjöd …", or an abbreviation, "f.d. kung …").
Each rule on chronologies written for the test in other subjects and languages, with what it
must leave alone."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import read_entries, reasons

_read = read_entries


# -- a list without full stops: each undated line another event of the year above ------------

RAILWAY = (  # a railway's history, in English, no full stops anywhere
    "Railway history\n"
    "1830  The line from Liverpool to Manchester opens\n"
    "Huskisson is killed on the opening day\n"
    "1831  A branch to Warrington is planned\n"
    "1832  Traffic doubles in a year\n"
    "3 new engines are bought from Stephenson\n"
    "1833  The company pays its first dividend\n"
    "e.g. the shareholders receive a tenth more\n"
    "1834  Fares are cut for third class\n"
)


def test_undated_lines_of_a_list_without_full_stops_are_events() -> None:
    assert _read(RAILWAY) == [
        ("1830", None, "The line from Liverpool to Manchester opens"),
        ("1830", None, "Huskisson is killed on the opening day"),
        ("1831", None, "A branch to Warrington is planned"),
        ("1832", None, "Traffic doubles in a year"),
        ("1832", None, "3 new engines are bought from Stephenson"),
        ("1833", None, "The company pays its first dividend"),
        ("1833", None, "e.g. the shareholders receive a tenth more"),
        ("1834", None, "Fares are cut for third class"),
    ]


def test_the_same_list_in_german() -> None:
    text = (  # a town's chronicle, in German, no full stops
        "1871  Die Stadt erhält einen Bahnhof\n"
        "Der erste Zug fährt im Herbst\n"
        "1872  Die Schule wird erweitert\n"
        "1873  Ein Brand zerstört das Rathaus\n"
        "2 Häuser am Markt brennen nieder\n"
        "1874  Das neue Rathaus wird geweiht\n"
    )
    assert [date for date, _, _ in _read(text)] == [
        "1871", "1871", "1872", "1873", "1873", "1874"
    ]  # fmt: skip
    assert _read(text)[4] == ("1873", None, "2 Häuser am Markt brennen nieder")


def test_a_wrapped_list_without_full_stops_carries_its_text_on() -> None:
    text = (  # a country's timeline wrapped at a width: a line opens in lower case
        "1770: Captain Cook lands in the bay and claims the whole coast for his\n"
        "King George\n"
        "1776: The war in America closes the colonies to\n"
        "transportation of prisoners from England\n"
        "1788: The First Fleet arrives in the harbour\n"
        "1793: The first free settlers arrive\n"
    )
    assert [text[:20] for _, _, text in _read(text)] == [
        "Captain Cook lands i",
        "The war in America c",
        "The First Fleet arri",
        "The first free settl",
    ]


def test_rows_that_end_their_sentences_still_need_a_capital() -> None:
    text = (  # a club's list with full stops: the round-17 rule, unchanged
        "1901  The club is founded.\n"
        "1902  The first ground is bought.\n"
        "and a stand is built for the members.\n"
        "1903  The club wins the league.\n"
    )
    assert len(_read(text)) == 3


# -- a sub-bullet under a dated bullet is no item of the year heading above -------------------


def test_sub_bullet_of_a_dated_bullet_is_no_event_of_the_heading_year() -> None:
    text = (  # a company's history in Markdown: a heading of years, month bullets, details
        "# Company history\n\n"
        "## 1998 - 2004\n\n"
        "- March 1998 - The company is founded in a garage\n"
        "  - two engineers and one investor\n"
        "- June 1998 - The first product ships\n"
        "  - Sales in the first year:\n"
        "    - Europe: 40% of the units\n"
        "- May 2001 - The company goes public\n"
        "- July 2002 - A second factory opens\n"
        "- April 2003 - The founders leave\n"
        "- January 2004\n"
        "  - A rival buys the company\n"
        "  - The brand is dropped\n"
    )
    entries = _read(text)
    assert [date for date, _, _ in entries] == [
        "1998-03", "1998-06", "2001-05", "2002-07", "2003-04", "2004-01", "2004-01"
    ]  # fmt: skip
    assert not any(
        words.startswith(("two engineers", "Sales", "Europe")) for _, _, words in entries
    )
    assert entries[-1] == ("2004-01", None, "The brand is dropped")  # (a bare date's items)


def test_undated_bullets_beside_a_dated_one_are_still_the_years() -> None:
    text = (  # a season's chronicle: the heading's year, one dated bullet, undated ones beside
        "## 2005\n\n"
        "- On 3 May, the club signs a new captain.\n"
        "- The stadium is rebuilt.\n"
        "- The youth team wins its league.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["2005-05-03", "2005", "2005"]


# -- Portuguese: "novembro"; an item that opens "A 17 de janeiro, …" under a year alone -------


def test_novembro_is_november() -> None:
    assert dates.parse_range("15 de novembro de 1889")[0].isoformat() == "1889-11-15"
    assert _read("1889\nA 15 de novembro, a república é proclamada.\n") == [
        ("1889-11-15", None, "A 15 de novembro, a república é proclamada.")
    ]


def test_later_lines_of_a_year_that_open_with_their_day_are_of_that_day() -> None:
    text = (  # a club's chronicle in Portuguese: a year alone, one sentence a line
        "1920\n"
        "O clube é fundado por estudantes.\n"
        "A 3 de março, o primeiro jogo é disputado.\n"
        "Em 12 de outubro, o estádio é inaugurado.\n"
        "Em setembro, o clube muda de cores.\n"
        "1921\n"
        "O clube vence o campeonato.\n"
    )
    assert _read(text) == [
        ("1920", None, "O clube é fundado por estudantes."),
        ("1920-03-03", None, "A 3 de março, o primeiro jogo é disputado."),
        ("1920-10-12", None, "Em 12 de outubro, o estádio é inaugurado."),
        ("1920", None, "Em setembro, o clube muda de cores."),  # (a month opening: the year's)
        ("1921", None, "O clube vence o campeonato."),
    ]


def test_an_article_a_is_no_day_opener() -> None:
    text = (  # a fleet's history in English: "A 26-foot …" is no day
        "1950\nThe yard builds its first ferry.\nA 26-foot launch is added to the fleet.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1950", "1950"]


# -- a hard-wrapped sentence whose last line is its date ---------------------------------------


def test_a_date_that_ends_a_wrapped_sentence_is_no_date_alone() -> None:
    text = (  # a museum's chronology from a PDF, in Portuguese, one sentence an item
        "1922\n"
        "O museu abre as suas portas ao público.\n"
        "A primeira exposição de pintura moderna é inaugurada a\n"
        "13 de fevereiro.\n"
        "Em 5 de maio, o museu recebe a coleção do fundador.\n"
    )
    assert _read(text) == [
        ("1922", None, "O museu abre as suas portas ao público."),
        ("1922", None, "A primeira exposição de pintura moderna é inaugurada a 13 de fevereiro."),
        ("1922-05-05", None, "Em 5 de maio, o museu recebe a coleção do fundador."),
    ]


def test_a_date_alone_under_a_finished_sentence_still_opens_an_entry() -> None:
    text = (  # a ship's log in English: days alone with a full stop, the text below
        "12 March 1912.\nThe ship leaves port.\n14 March 1912.\nA storm breaks the mast.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1912-03-12", "1912-03-14"]


# -- one word before the day, set off by commas ("Morre, a 22 de janeiro, …") ------------------


def test_one_word_before_the_day_still_opens_the_item_with_it() -> None:
    text = (  # a composer's life in English and Portuguese, year alone, one item a line
        "1840\n"
        "Dies, on 22 January, the old organist of the town.\n"
        "Nasce, a 7 de maio, o compositor Tchaikovsky.\n"
        "However the concert season goes on, on 3 May and later.\n"
    )
    assert _read(text) == [
        ("1840-01-22", None, "Dies, on 22 January, the old organist of the town."),
        ("1840-05-07", None, "Nasce, a 7 de maio, o compositor Tchaikovsky."),
        ("1840", None, "However the concert season goes on, on 3 May and later."),
    ]


# -- a docket: one-line entries spaced by blank lines; a judgment's neutral citation ----------

DOCKET = (  # a UK appeal's documents, then the next case on the page
    "Smith v. Jones\n\n"
    "Lower Court Judgment\n\n"
    "14/03/2019 Court of Appeal (Lady Justice Hale)\n\n"
    "[2019] EWCA Civ 412\n\n"
    "Catchwords\n\n"
    "Contract – Whether a term was implied – Whether damages were too remote.\n\n"
    "Documents\n\n"
    "02/05/2019 Application for permission to appeal\n\n"
    "17/06/2019 Permission granted\n\n"
    "01/08/2019 Written case (Appellant)\n\n"
    "09/10/2019 Hearing\n\n"
    "Brown v. Green Holdings Ltd\n\n"
    "Case Information\n"
)


def test_a_docket_keeps_its_next_case_and_citation_out_of_its_entries() -> None:
    entries = _read(DOCKET)
    assert [date for date, _, _ in entries] == [
        "2019-03-14", "2019-05-02", "2019-06-17", "2019-08-01", "2019-10-09"
    ]  # fmt: skip
    assert entries[0][2] == "Court of Appeal (Lady Justice Hale)"
    assert entries[-1] == ("2019-10-09", None, "Hearing")  # (no "Brown v. Green …")
    listed = reasons(DOCKET)
    assert any("EWCA Civ 412" in text for text in listed)
    assert any("Brown v. Green" in text for text in listed)


def test_a_bracketed_year_with_text_is_still_an_entry() -> None:
    text = (  # a band's history whose years are bracketed
        "[1998] The band forms in Leeds.\n"
        "[1999] The first single is released.\n"
        "[2001] The band tours Japan.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1998", "1999", "2001"]


def test_a_paragraph_under_spaced_entries_with_descriptions_stays_theirs() -> None:
    text = (  # a museum's year list: each entry a title line, its paragraph after a blank
        "1901 The museum opens\n\n"
        "The first visitors see the fossil hall.\n\n"
        "1905 A new wing is built\n\n"
        "It holds the mineral collection.\n\n"
        "1910 The museum closes for repairs\n\n"
        "Its roof had leaked for years.\n"
    )
    entries = _read(text)
    assert len(entries) == 3
    assert entries[2][2] == "The museum closes for repairs Its roof had leaked for years."


# -- "Finales de 1932": a year qualified in Spanish or Portuguese -------------------------------


def test_spanish_and_portuguese_qualified_years() -> None:
    for written in ("finales de 1932", "Principios de 1932", "meados de 1932", "fines de 1932"):
        assert dates.parse_range(written)[0].isoformat() == "1932-01-01", written
    text = (  # a writer's life in Spanish
        "1930: Publica su primera novela.\n"
        "Finales de 1932: Se traslada a Madrid.\n"
        "1934: Recibe el premio nacional.\n"
    )
    assert _read(text)[1] == ("1932", None, "Se traslada a Madrid.")


def test_fines_in_english_is_no_qualifier() -> None:
    text = (  # a council's record in English: "fines" the penalties
        "1990: The council raises parking fines.\n1991: Fines de 20 percent are proposed.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1990", "1991"]


# -- a page's placeholder where later items will go ---------------------------------------------


def test_a_placeholder_item_is_no_event() -> None:
    text = (  # a club's Markdown wiki: the last year's list not yet written
        "## 2019\n\n"
        "- March 2019 - The club opens a second pitch\n"
        "- May 2019 - The women's team is founded\n\n"
        "## 2020\n\n"
        "- under construction\n\n"
        "## 2021\n\n"
        "- (em construção)\n"
    )
    assert [date for date, _, _ in _read(text)] == ["2019-03", "2019-05"]
    listed = reasons(text)
    assert "- under construction" in listed and "- (em construção)" in listed


def test_construction_inside_an_event_is_its_text() -> None:
    text = (  # a city's buildings: building works are events
        "1889: The tower is under construction.\n"
        "1890: The bridge is under construction\n"
        "1891: The tower opens.\n"
    )
    assert [words for _, _, words in _read(text)][:2] == [
        "The tower is under construction.",
        "The bridge is under construction",
    ]
