"""Issue 22, layouts51: the misses of the part held-out-29 (seen after its blind run), as
general rules tested on chronologies of other subjects and wordings: "YEAR r. - DD.MM" (the
year, Polish or Czech "r.", then the day and month of two digits); a question as a page's
title naming its entries' year, and a dateline with its time of day as the page's date, the
year after a page dated at the year's end being the year ahead's; a wiki's mobile edit link
glued to the line below a section's heading; a Polish or Czech capital opening a text after
its date; a span of two whole days with Roman months; with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import left_out, read_entries

# --- "YEAR r. - DD.MM": the year first, then the day and month of two digits -----------------


TRAM_DAYS = """\
Kronika tramwajów

1927 r. - 03.04 - Pierwszy tramwaj wyjechał na ulice miasta.
1927 r. - 15.06
- Otwarto zajezdnię przy ulicy Kolejowej.
1928 r. - 01.09
- Linia numer 2 dotarła do dworca.
1928 r. - 01.09
- Uruchomiono nocne kursy.
"""


def test_a_year_then_a_padded_day_and_month_is_that_day() -> None:
    got = read_entries(TRAM_DAYS)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1927-04-03", "Pierwszy"),
        ("1927-06-15", "Otwarto"),
        ("1928-09-01", "Linia"),
        ("1928-09-01", "Uruchomiono"),
    ]


def test_the_year_then_a_padded_day_without_r_and_in_czech() -> None:
    text = """\
1931 - 12.02 - Továrna zahájila výrobu.
1931 r. - 28.10 - Město otevřelo novou školu.
1932 - 05.05 - Přes řeku vedl první most.
"""
    assert [date for date, _, _ in read_entries(text)] == ["1931-02-12", "1931-10-28", "1932-05-05"]


def test_a_year_then_a_number_with_a_dot_stays_a_year() -> None:
    # (no dash after the pair, nor the line's end: a figure, not a day)
    found = dates.find_date("1990 - 12.05 points on the index")
    assert found is not None and found.group() == "1990"
    found = dates.find_date("1927 r. - 03.04 - Pierwszy")
    assert found is not None and dates.date_parts(found)["d1"] == "03"


# --- a question as the title; a dateline with its time of day --------------------------------


FESTIVAL_YEAR = """\
Which festivals come to town in 2031?

14 November 2030 09:15Updated on 2 March 2031 11:40

MARCH

7 March

The spring fair opens on the market square.

21-23 March

The film festival shows forty new films.

APRIL

2 April

The marathon runs through the old town.
"""


def test_a_question_title_names_the_year_ahead_of_a_page_dated_at_the_years_end() -> None:
    got = read_entries(FESTIVAL_YEAR)
    assert [(date, end) for date, end, _ in got] == [
        ("2031-03-07", None),
        ("2031-03-21", "2031-03-23"),
        ("2031-04-02", None),
    ]


def test_a_title_year_two_years_after_the_page_is_not_the_entries() -> None:
    text = FESTIVAL_YEAR.replace("in 2031?", "in 2032?")
    assert read_entries(text) == []


def test_a_title_year_after_a_page_dated_early_in_the_year_before_is_not_the_entries() -> None:
    text = FESTIVAL_YEAR.replace("14 November 2030", "14 March 2030")
    assert read_entries(text) == []


def test_a_long_question_stays_a_sentence() -> None:
    # (a question of more words than a title's is the introduction's sentence, no title: the
    # days before the page's own date take its year)
    text = FESTIVAL_YEAR.replace(
        "Which festivals come to town in 2031?",
        "Which of the many festivals, fairs and races that the town holds every single year "
        "will come back in 2031?",
    )
    assert [date[:4] for date, _, _ in read_entries(text)] == ["2030", "2030", "2030"]


# --- a wiki's mobile edit link glued below a section's heading -------------------------------


MILL_SECTIONS = """\
Cronología del molino
1702
editar- Se construye el primer molino junto al río.
1745
editar- 3 de mayo: Una crecida destruye la rueda.
- 20 de agosto: Se levanta una rueda nueva.
1760
editar1790-1799
editar1794
editar- Marzo: El molino pasa a la familia Ortega.
"""


def test_a_glued_edit_link_opens_no_item() -> None:
    got = read_entries(MILL_SECTIONS)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1702", "Se"),
        ("1745-05-03", "Una"),
        ("1745-08-20", "Se"),
        ("1794-03", "El"),
    ]
    assert all("editar" not in text for _, _, text in got)
    assert "editar" in left_out(MILL_SECTIONS)


def test_one_line_opening_with_the_word_is_no_edit_link() -> None:
    # (one such line alone shows no page's links: the word stays the text's)
    text = """\
1999 - The first web edition of the paper.
2001 - edit- The paper's site adds a forum.
2003 - The paper starts a blog.
"""
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["1999", "2001", "2003"]
    assert got[1][2].startswith("edit- The paper")


# --- a Polish or Czech capital opening the text after a date ---------------------------------


def test_a_text_opening_with_a_polish_capital_follows_its_date() -> None:
    text = """\
03.V.1921 Wybuch powstania na Górnym Śląsku.
14.VI.1921 Żołnierze zajmują wzgórze.
25.VIII.1921 Łodzie przypływają do portu.
02.IX.1921 Ślub w katedrze.
"""
    got = read_entries(text)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1921-05-03", "Wybuch"),
        ("1921-06-14", "Żołnierze"),
        ("1921-08-25", "Łodzie"),
        ("1921-09-02", "Ślub"),
    ]


# --- a span of two whole days, each with its Roman month -------------------------------------


def test_a_span_of_two_days_with_roman_months() -> None:
    text = """\
28.VI.1919-10.I.1920 Traktat czeka na ratyfikację.
10.I.1920 Traktat wchodzi w życie.
16.VIII.1920 Bitwa nad rzeką.
"""
    got = read_entries(text)
    assert [(date, end) for date, end, _ in got] == [
        ("1919-06-28", "1920-01-10"),
        ("1920-01-10", None),
        ("1920-08-16", None),
    ]


# --- a three-digit year, a spaced hyphen, then a word in lower case --------------------------


ABBEY_YEARS = """\
  • 612 - Mönche gründen eine Zelle am See.
  • 719 - Der Abt erhält Land vom König.
  • 805 - Eine steinerne Kirche wird geweiht.
  • 926 - von Ungarn überfallen.
  • 1034 - Neubau des Klosters.
"""


def test_a_lower_case_text_after_a_spaced_hyphen_among_rising_short_years() -> None:
    got = read_entries(ABBEY_YEARS)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("0612", "Mönche"),
        ("0719", "Der"),
        ("0805", "Eine"),
        ("0926", "von"),
        ("1034", "Neubau"),
    ]


def test_a_lower_case_text_after_a_short_year_out_of_order_stays_refused() -> None:
    # (a three-digit number that breaks the rising order is no year of the list)
    text = ABBEY_YEARS.replace("926 - von", "526 - von")
    assert [date for date, _, _ in read_entries(text)] == ["0612", "0719", "0805", "1034"]


# --- the title's span written again alone above the introduction -----------------------------


HARBOUR_HISTORY = """\
Harbour history 1610-1890
Harbour history
1610-1890
This history starts with the first quay and ends with the new docks.
It keeps to the works themselves, not the ships.
1610
• The first wooden quay is built.
1655
• A storm destroys half of the quay.
1702
• The stone pier is finished.
1804
• The lighthouse is lit.
1890
• The new docks open.
"""


def test_the_titles_span_alone_again_is_no_entry_and_its_introduction_is_reported() -> None:
    got = read_entries(HARBOUR_HISTORY)
    assert [date for date, _, _ in got] == ["1610", "1655", "1702", "1804", "1890"]
    gone = left_out(HARBOUR_HISTORY)
    assert "This history starts with the first quay and ends with the new docks." in gone
    assert "It keeps to the works themselves, not the ships." in gone


def test_a_span_alone_that_no_title_writes_stays_an_entry() -> None:
    text = HARBOUR_HISTORY.replace("Harbour history 1610-1890\n", "")
    got = read_entries(text)
    assert got[0][:2] == ("1610", "1890")


# --- an approximate span of three-digit years between plain ones -----------------------------


def test_an_approximate_span_of_short_years_between_plain_ones() -> None:
    text = """\
  • 412 - Die Burg wird erstmals genannt.
  • 530 - Ein Bischof zieht in die Stadt.
  • ca. 560-610 - Mehrere Münzmeister arbeiten hier.
  • 640 - Eine Kirche entsteht am Markt.
  • 702 - Der Graf stirbt.
"""
    got = read_entries(text)
    assert [(date, end) for date, end, _ in got] == [
        ("0412", None),
        ("0530", None),
        ("0560", "0610"),
        ("0640", None),
        ("0702", None),
    ]
    assert got[2][2].startswith("Mehrere Münzmeister")


def test_an_approximate_short_span_right_below_an_era_before_ours_stays_refused() -> None:
    # (no plain year above it since "BC": the list may still count down to the era)
    text = """\
  • c. 300 BC - Traders settle at the ford.
  • c. 150-120 - A wall is raised.
  • 333 - The fort is built.
  • 384 - The bishop dies.
  • 595 - The king visits.
"""
    assert [date for date, _, _ in read_entries(text)] == ["0333", "0384", "0595"]
