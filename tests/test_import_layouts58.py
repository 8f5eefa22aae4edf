"""Issue 22, layouts58: the short rounds' rules (layouts53-57) read their layout in other
texts: each family here is a variant of a layout a rule was written for, as another writer
would produce it (another subject, language, separator, a line more), that the rule did not
read; with what each widened rule must still not read."""

from __future__ import annotations

from ktimeline import dates
from ktimeline.importing.entries import split_entries
from tests.import_support import read_entries, reasons

# --- "19681221 – text" (layouts53): a tab or a full stop as the item's separator -------------


def test_eight_glued_digits_before_a_tab_are_a_day() -> None:
    text = (
        "19681221\tApollo 8 leaves.\n19681224\tApollo 8 in orbit.\n19690716\tApollo 11 launched.\n"
    )
    assert [date for date, _, _ in read_entries(text)] == ["1968-12-21", "1968-12-24", "1969-07-16"]


def test_eight_glued_digits_before_a_full_stop_are_a_day() -> None:
    text = (
        "19681221. Apollo 8 leaves.\n19681224. Apollo 8 in orbit.\n19690716. Apollo 11 launched.\n"
    )
    got = read_entries(text)
    assert [(date, t.split()[0]) for date, _, t in got] == [
        ("1968-12-21", "Apollo"),
        ("1968-12-24", "Apollo"),
        ("1969-07-16", "Apollo"),
    ]


def test_eight_digits_before_a_stop_that_are_no_day_stay_numbers() -> None:
    # (a month 13, a day 32; a full stop ending a sentence, no text after it)
    for written in ("19691320. Apollo", "19690732. Apollo", "20190101.", "20190101.5 rows"):
        found = dates.find_date(written)
        assert found is None or found.group() != written[:8], written


# --- "1953, 1954 – text" (layouts53): two years with a comma before a spaced dash --------------


def test_two_years_with_a_comma_before_a_dash() -> None:
    text = """\
1951 – Gründung des Vereins
1953, 1954 – zwei Meistertitel in Folge
1957 – neues Stadion
1960, 1966 – zwei verlorene Pokalendspiele
1968 – Abstieg
"""
    assert [(date, end, t.split()[0]) for date, end, t in read_entries(text)] == [
        ("1951", None, "Gründung"),
        ("1953", "1954", "zwei"),
        ("1957", None, "neues"),
        ("1960", None, "zwei"),
        ("1968", None, "Abstieg"),
    ]


def test_two_years_with_a_comma_in_a_sentence_with_a_dash_later_stay_the_first() -> None:
    found = dates.find_date("1953, 1954 and 1955 – three dry years")
    assert found is not None and found.group() == "1953"


# --- "siglo XIV - siglo XV" (layouts55's "I wiek - V wiek"): the word before each century ------


def test_two_centuries_each_after_its_word() -> None:
    text = """\
Cronología

siglo XIV - siglo XV
Se construye el castillo.
1500
La ciudad recibe sus fueros.
1600
Un incendio destruye el barrio.
"""
    got = read_entries(text)
    assert [(date, end, t.split()[0]) for date, end, t in got] == [
        ("1301", "1500", "Se"),
        ("1500", None, "La"),
        ("1600", None, "Un"),
    ]


def test_a_century_then_a_dash_and_other_words_is_one_century() -> None:
    found = dates.find_date("siglo XIV - Siglo de Oro de la poesía")
    assert found is not None and found.group() == "siglo XIV"


# --- "Dans les années 1630 …" (layouts57's "In the 1630s"): a decade's word before the number,
# --- and a list of "YEAR: text" ------------------------------------------------------------


def test_an_item_opening_with_a_decade_word_and_its_number() -> None:
    text = """\
1610 – fondation du collège
1625 – agrandissement du bâtiment
Dans les années 1630 les jésuites reprennent l'école
1648 – la paix
1660 – incendie de la chapelle
"""
    got = read_entries(text)
    assert [(date, end, t.split()[0]) for date, end, t in got] == [
        ("1610", None, "fondation"),
        ("1625", None, "agrandissement"),
        ("1630", "1639", "Dans"),
        ("1648", None, "la"),
        ("1660", None, "incendie"),
    ]
    spanish = text.replace("Dans les années 1630 les jésuites", "En la década de 1630 los jesuitas")
    assert read_entries(spanish)[2][:2] == ("1630", "1639")


def test_an_item_opening_with_a_decade_in_a_list_of_years_with_colons() -> None:
    text = """\
1610: the college is founded
1625: a new wing is built
In the 1630s the Jesuits take over the school
1648: the peace
1660: a fire in the chapel
"""
    got = read_entries(text)
    assert [(date, end) for date, end, _ in got] == [
        ("1610", None),
        ("1625", None),
        ("1630", "1639"),
        ("1648", None),
        ("1660", None),
    ]
    assert got[2][2].startswith("In the 1630s")


def test_a_decade_of_two_digits_after_decada_de_is_no_date() -> None:
    # ("Década de 50": as often a page's heading over its years as a date: left to the page)
    found = dates.find_date("Década de 50")
    assert found is None or found.group() != "Década de 50"


# --- "410 A church is built" (layouts56): a word of one capital after a bare short year --------


ABBEY = """\
85 Roman traders reach the bay
140 Villagers build the first harbour wall
310 Pirates sack the harbour
420 A church is built on the hill
505 The first market is held
1018 The bishop arrives
1138 The land is divided
1241 Raiders from the east burn the town
"""


def test_a_short_year_before_a_one_letter_word() -> None:
    got = read_entries(ABBEY)
    assert [(date, t.split()[0]) for date, _, t in got][:5] == [
        ("0085", "Roman"),
        ("0140", "Villagers"),
        ("0310", "Pirates"),
        ("0420", "A"),
        ("0505", "The"),
    ]


def test_a_short_number_before_a_capital_and_a_figure_is_no_year() -> None:
    text = ABBEY.replace("420 A church is built on the hill", "420 A4 sheets of the survey")
    got = read_entries(text)
    assert "0420" not in [date for date, _, _ in got]


# --- "um 420 …" (layouts56's "ok. 551"): every circa word of the grammar ----------------------


def test_an_approximate_short_year_after_um_between_plain_ones() -> None:
    text = """\
310 Ein Dorf am Fluss
um 420 Ein Wall wird errichtet
505 Erste Erwähnung der Burg
um 610 Die Burg brennt
690 Wiederaufbau der Burg
1018 Der Bischof kommt
1138 Teilung des Landes
1241 Mongolensturm
"""
    assert [date for date, _, _ in read_entries(text)][:5] == [
        "0310",
        "0420",
        "0505",
        "0610",
        "0690",
    ]


# --- "XVIe-XVIIIe siècles" (layouts53's "16-18th centuries"): the plural in other languages -----


def test_two_centuries_with_a_plural_word_in_french_and_italian() -> None:
    text = """\
1415 : Les Portugais prennent Ceuta.
XVIe-XVIIIe siècles : Le commerce des épices façonne la côte.
1652 : Fondation d'un comptoir au Cap.
"""
    got = read_entries(text)
    assert [(date, end, t.split()[0]) for date, end, t in got] == [
        ("1415", None, "Les"),
        ("1501", "1800", "Le"),
        ("1652", None, "Fondation"),
    ]
    found = dates.find_date("XVI-XVIII secoli: il commercio")
    assert found is not None and found.group() == "XVI-XVIII secoli"


def test_a_count_of_centuries_in_french_is_no_century() -> None:
    for written in ("18 siècles plus tard", "deux siècles"):
        found = dates.find_date(written)
        assert found is None or "siècle" not in found.group(), written


# --- "Diciembre,1991:" (layouts55's "December,1991"): a foreign month ---------------------------


def test_a_foreign_month_with_a_comma_glued_to_its_year() -> None:
    text = (
        "Diciembre,1991: se disuelve la URSS\nEnero,1992: nuevo gobierno\nMarzo,1992: elecciones\n"
    )
    assert [date for date, _, _ in read_entries(text)] == ["1991-12", "1992-01", "1992-03"]


def test_a_foreign_month_before_a_figure_with_commas_is_no_month_of_a_year() -> None:
    found = dates.find_date("marzo,1,000 hombres")
    assert found is None or "1,000" not in found.group()


# --- "En el verano:", "Latem:" (layouts53's "In autunno:"): an article, the Polish adverbs -------


def test_a_season_with_an_article_or_as_a_polish_adverb_is_of_the_year_above() -> None:
    text = """\
1921: ingresa en la academia
En el verano: viaja a Sicilia
1922: wstępuje do akademii
Latem: podróż na Sycylię
1923 – hij gaat naar Parijs
In de zomer – reis naar Sicilië
"""
    got = read_entries(text)
    assert [(date, t.split()[0]) for date, _, t in got] == [
        ("1921", "ingresa"),
        ("1921", "viaja"),
        ("1922", "wstępuje"),
        ("1922", "podróż"),
        ("1923", "hij"),
        ("1923", "reis"),
    ]


def test_a_season_with_an_article_running_on_as_a_sentence_is_text() -> None:
    text = "1921: ingresa en la academia\nEn el verano de su vida pinta poco\n1922: primera exposición\n"
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["1921", "1922"]
    assert "verano" in got[0][2]


# --- "mars 1507 –" (layouts53's "czerwiec/lipiec 1506 –"): a month that is also a name --------


def test_a_month_that_is_also_a_name_written_small_before_its_year() -> None:
    text = "1505 – Diète de Radom.\nmars 1507 – Couronnement du roi.\nmayo 1508 – Llega la flota.\n"
    assert [date for date, _, _ in read_entries(text)] == ["1505", "1507-03", "1508-05"]


def test_a_name_with_its_capital_before_a_year_stays_the_name() -> None:
    for written in ("Mars 2020 lands in Jezero crater", "MARS 2020", "Mayo 1921: x"):
        found = dates.find_date(written)
        assert found is None, written


# --- "1re époque", "2e époque" (layouts55's "Period 1", "XIII th århundrede"): more endings ----


def test_a_series_of_headings_numbered_with_french_ordinals_is_no_entry_text() -> None:
    text = """\
Histoire de la ville

1re époque
1790 : Le premier moulin ouvre sur la rivière, construit par la famille Harper
2e époque
1812 : Des briseurs de machines attaquent le moulin.
1815 : Le moulin est reconstruit
3e époque
1830 : Le chemin de fer arrive.
"""
    got = read_entries(text)
    assert [date for date, _, _ in got] == ["1790", "1812", "1815", "1830"]
    assert not any("époque" in words for _, _, words in got)
    assert reasons(text)["2e époque"] == "heading"


def test_two_headings_with_ordinals_are_no_series() -> None:
    text = "1re époque\n1790 : Le moulin ouvre, construit par la famille Harper\n2e époque\n1812 : Attaque.\n"
    assert "2e époque" not in reasons(text)


# --- "18.53 – …" (layouts56's "5.28 Z Warszawy …"): dotted hours with a dash or a colon --------


def test_dotted_hours_with_a_dash_take_the_day_the_introduction_names() -> None:
    text = (
        "Le 9 novembre 1989, le Mur tombe. La soirée heure par heure :\n"
        "18.53 – Günter Schabowski lit la note devant la presse.\n"
        "20.30 – Les premiers Berlinois arrivent au poste de Bornholmer Straße.\n"
        "23.30 – La barrière est levée.\n"
    )
    got = read_entries(text)
    assert [(date, t.split()[0]) for date, _, t in got] == [
        ("1989-11-09", "18.53"),
        ("1989-11-09", "20.30"),
        ("1989-11-09", "23.30"),
    ]


def test_dotted_prices_with_a_dash_that_fall_are_no_hours() -> None:
    text = (
        "Am 9. November 1989 schrieb der Laden seine Preise an:\n"
        "12.50 – Brot vom Vortag\n"
        "9.20 – Butter aus dem Umland\n"
        "3.10 – Milch in Flaschen\n"
    )
    assert all(t.split()[0] not in ("12.50", "9.20", "3.10") for _, _, t in read_entries(text))


# --- "3.4.2019 (Mittwoch)", "April 3, 2019" (layouts57's "19.XII.2018 (Środa)"): other shapes ---


def _calendar_page(page_day: str, named: str) -> str:
    return f"""\
Historical calendar

{page_day}

1341 - The bishop consecrates the new cathedral.

1602 - {named}

1789 - The town council meets for the first time.

1912 - The river floods the lower town.
"""


def test_a_page_day_in_figures_or_with_its_month_first_dates_the_years_below() -> None:
    for page_day, named in (
        ("3.4.2019 (Mittwoch)", "Am 2. und 3. April brennt der Markt ab."),
        ("April 3, 2019 (Wednesday)", "On April 3 the fair burns down."),
    ):
        got = read_entries(_calendar_page(page_day, named))
        assert [date for date, _, _ in got] == [
            "1341-04-03",
            "1602-04-03",
            "1789-04-03",
            "1912-04-03",
        ], page_day


def test_a_page_day_in_figures_with_another_day_named_below_leaves_the_years() -> None:
    got = read_entries(_calendar_page("3.4.2019 (Mittwoch)", "Am 7. April brennt der Markt ab."))
    assert got[0][0] == "1341"


# --- "0053.", "0493./0526", "1176./1192" (held-out-32's leftovers, libero): a chronicle's years
# --- padded to four digits with their full stop, and spans written "YEAR./YEAR" ---------------


ABBEY_CHRONICLE = """\
DATUM EREIGNIS
0046. Römische Händler lagern an der Furt.
0260./0280 c. Die Siedlung wird von Germanen geplündert.
0455./0480 Zeit der Völkerwanderung im Tal.
0612. Mönche gründen eine Zelle am Fluss.
0799./0814 Der Hof wird zur Pfalz ausgebaut.
1012. Weihe der ersten Steinkirche.
1137./1152 Bau der Klostermauer.
1155. Der Kaiser bestätigt die Rechte des Klosters.
1198.07.14 Ein Brand zerstört das Dormitorium.
1204. Neubau des Dormitoriums.
1210./1215 Bau des Kreuzgangs.
1222. Ein Erdbeben erschüttert das Tal.
"""


def test_padded_dotted_years_and_dotted_spans_are_a_chronicle_s_years() -> None:
    got = read_entries(ABBEY_CHRONICLE)
    assert [(date, end, t.split()[0]) for date, end, t in got] == [
        ("0046", None, "Römische"),
        ("0260", "0280", "Die"),
        ("0455", "0480", "Zeit"),
        ("0612", None, "Mönche"),
        ("0799", "0814", "Der"),
        ("1012", None, "Weihe"),
        ("1137", "1152", "Bau"),
        ("1155", None, "Der"),
        ("1198-07-14", None, "Ein"),
        ("1204", None, "Neubau"),
        ("1210", "1215", "Bau"),
        ("1222", None, "Ein"),
    ]
    # (the approximate span: "c." is no text of the entry, its note says it)
    approximate = split_entries(ABBEY_CHRONICLE).entries[1]
    assert approximate.note is not None and "approximate" in approximate.note


def test_a_year_with_its_stop_then_a_slash_and_a_year_is_their_span() -> None:
    found = dates.find_date("1176./1192 Bau der Mauer")
    assert found is not None and found.group() == "1176./1192"
    found = dates.find_date("1176./ Bau")
    assert found is not None and found.group() == "1176"


def test_a_dotted_number_of_two_digits_unpadded_is_a_list_s_mark() -> None:
    text = """\
51. Punkt der Tagesordnung: Haushalt
52. Punkt der Tagesordnung: Schulen
53. Punkt der Tagesordnung: Straßen
"""
    assert read_entries(text) == []
