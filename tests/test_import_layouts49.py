"""Issue 22, layouts49: the misses of the part held-out-28 (seen after its blind runs), as
general rules tested on chronologies of other subjects and wordings: a year before the era
in any language's words is never read as a year of the era; a "YEAR verb …" chronicle's
second entry run into a paragraph after a sentence's end; "YEAR - Text" items run together
on one long line; a run of undated bullets between two entries; "No dia 1º de …" opening an
item with its day; an approximate three-digit year between plain ones; "Années 1960"
opening an item; a flattened table's row with its year between two texts; Polish and German
seasons; an Italian century heading with its article and degree sign; a date line ending
"at 10:00 a.m. pst"; with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons

# --- a year before the era, written in the era words of any language ---------------------------


STONE_AGES = """\
4000 v. Chr. roden Bauern die ersten Wälder am Fluss.

2500 v. Chr. errichten Arbeiter den großen Steinkreis.

1200 v. Chr. zerfallen die Reiche der Bronzezeit.

800 n. Chr. wird die Kirche auf dem Hügel geweiht.

1492 erreicht ein Schiff die fernen Inseln.

1517 schlägt ein Mönch seine Thesen an die Tür.
"""


def test_a_four_digit_year_before_the_era_in_german_is_no_entry() -> None:
    got = read_entries(STONE_AGES)
    assert [date for date, _, _ in got] == ["0800", "1492", "1517"]
    said = reasons(STONE_AGES)
    assert "Common Era" in said["2500 v. Chr. errichten Arbeiter den großen Steinkreis."]
    assert "1200 v. Chr. zerfallen die Reiche der Bronzezeit." in left_out(STONE_AGES)


def test_a_four_digit_year_before_the_era_in_french_is_no_entry() -> None:
    text = """\
1500 av. J.-C. les bergers gagnent les hauts plateaux.
1200 av. J.-C. un village fortifié domine la vallée.
1309 le pape s'installe en Avignon.
1348 la peste frappe la ville.
1415 une bataille décime la noblesse.
"""
    assert [date for date, _, _ in read_entries(text)] == ["1309", "1348", "1415"]


def test_a_year_of_the_era_before_a_word_that_only_looks_like_an_era_stays_an_entry() -> None:
    text = """\
1900 Vienna opens its first cinema.
1905 Chr. Hansen founds a dairy laboratory in the town.
1910 A tram line reaches the harbour.
"""
    assert [date for date, _, _ in read_entries(text)] == ["1900", "1905", "1910"]


# --- a "YEAR verb" chronicle's second entry after a sentence's end ----------------------------


CHEMISTRY = """\
1661 veröffentlicht Robert Boyle sein Buch über die Elemente.

1774 entdeckt Joseph Priestley den Sauerstoff. 1789 ordnet Antoine Lavoisier die Elemente neu.

1803 beschreibt John Dalton die Atome.

1869 Dmitri Mendelejew stellt das Periodensystem vor. 1896 findet Henri Becquerel die Strahlung.

1911 entwirft Ernest Rutherford sein Atommodell, das 1913 verfeinert wird.
"""


def test_a_year_and_its_verb_after_a_sentences_end_opens_an_entry() -> None:
    got = read_entries(CHEMISTRY)
    assert [date for date, _, _ in got] == ["1661", "1774", "1789", "1803", "1869", "1896", "1911"]
    assert got[2][2] == "ordnet Antoine Lavoisier die Elemente neu."
    assert got[1][2] == "entdeckt Joseph Priestley den Sauerstoff."
    assert got[4][2] == "Dmitri Mendelejew stellt das Periodensystem vor."


def test_a_year_inside_a_sentence_of_such_a_chronicle_stays_text() -> None:
    got = read_entries(CHEMISTRY)
    assert got[-1] == (
        "1911",
        None,
        "entwirft Ernest Rutherford sein Atommodell, das 1913 verfeinert wird.",
    )


def test_a_year_out_of_the_documents_order_stays_text() -> None:
    text = CHEMISTRY.replace("1789 ordnet Antoine", "1950 ordnet Antoine")
    assert [date for date, _, _ in read_entries(text)][:3] == ["1661", "1774", "1803"]


# --- "YEAR - Text" items run together on one long line ----------------------------------------


RAILWAY_LINE = (
    "Made with Chartmaker 2.0.1 Railways of the Valley 1838 - First horse tramway laid along "
    "the canal towpath.1845 - Steam line opens to the market town, carrying coal and "
    "passengers to the quays1851 - Station built at the bridge. 1860s - Branch lines reach "
    "the upland villages.1872 March - Great flood washes away the viaduct. 1880 - Viaduct "
    "rebuilt in stone."
)


def test_dashed_year_items_run_together_on_one_line_are_entries() -> None:
    got = read_entries(RAILWAY_LINE)
    assert [(date, end) for date, end, _ in got] == [
        ("1838", None),
        ("1845", None),
        ("1851", None),
        ("1860", "1869"),
        ("1872-03", None),
        ("1880", None),
    ]
    assert got[0][2] == "First horse tramway laid along the canal towpath."
    assert got[1][2].endswith("passengers to the quays")
    assert "Made with Chartmaker 2.0.1 Railways of the Valley" in left_out(RAILWAY_LINE)


def test_a_paragraph_naming_dashed_years_out_of_order_is_no_list() -> None:
    text = (
        "The valley's railways were planned long before they were built, and the story is "
        "told in the town museum: 1880 - Viaduct rebuilt, as the plaque says; the first line "
        "is older, 1838 - Horse tramway, and the branch lines came last, 1860 - Branches, "
        "after the great flood had shown what the old bridges could not bear."
    )
    assert len(read_entries(text)) <= 1


# --- a run of bullets between two year entries; an item opening "No dia 1º de …" -------------


VILLAGE = """\
1920 - Inauguração da ponte sobre o rio.
  • Abertura da primeira escola da vila.
1921 - No dia 1º de março, o prefeito tomou posse da câmara.
1923 - Um grande incêndio destruiu o mercado.
  • Fundação do clube de futebol.
  • Os bondes eram puxados por cavalos … até a estação.
1924 - Início da construção do hospital.
"""


def test_each_bullet_of_a_run_between_two_entries_is_an_event_of_the_entry_above() -> None:
    got = read_entries(VILLAGE)
    assert got[4:6] == [
        ("1923", None, "Fundação do clube de futebol."),
        ("1923", None, "Os bondes eram puxados por cavalos … até a estação."),
    ]
    assert got[-1][:2] == ("1924", None)


def test_a_bullet_after_the_last_entry_is_still_reported() -> None:
    text = VILLAGE + "  • Compartilhe esta página com os amigos da vila histórica.\n"
    assert "• Compartilhe esta página com os amigos da vila histórica." in left_out(text)


def test_an_item_opening_on_the_day_in_portuguese_spanish_italian_is_that_days() -> None:
    assert read_entries(VILLAGE)[2] == (
        "1921-03-01",
        None,
        "No dia 1º de março, o prefeito tomou posse da câmara.",
    )
    spanish = VILLAGE.replace("No dia 1º de março, o prefeito", "El día 3 de marzo, el alcalde")
    assert read_entries(spanish)[2][:2] == ("1921-03-03", None)
    italian = VILLAGE.replace("No dia 1º de março, o prefeito", "Il giorno 5 maggio il sindaco")
    assert read_entries(italian)[2][:2] == ("1921-05-05", None)


# --- an approximate year of three digits between plain ones; "Années 1960" opening an item ---


ABBEY = """\
Chronologie de l'abbaye
- - 52 av. J.-C. - Un camp romain domine le gué.
- Vers 400 - Un ermite s'installe près de la source.
- 512 - Fondation du premier oratoire.
- 690 - Les moines défrichent la vallée.
- Vers 760 - Construction du cloître.
- 820 - Le scriptorium copie ses premiers livres.
- 911 - Pillage par les Normands.
- 1004 - Reconstruction de l'église.
"""


def test_an_approximate_three_digit_year_between_plain_years_is_read() -> None:
    got = read_entries(ABBEY)
    # (layouts52: "Vers 400" right below "52 av. J.-C." is read too: a list running forward
    # from 52 BC reaches no 400 BC, and the plain 512 below it is of the Common Era)
    assert [date for date, _, _ in got] == ["0400", "0512", "0690", "0760", "0820", "0911", "1004"]
    assert got[3][2] == "Construction du cloître."


def test_an_approximate_three_digit_year_right_below_an_era_before_christ_stays_refused() -> None:
    # (layouts52: below a smaller year before the era it is read, see the test above; below a
    # larger one, "520 av. J.-C.", "Vers 400" may be 400 BC and stays refused)
    text = ABBEY.replace("- - 52 av. J.-C. -", "- - 520 av. J.-C. -")
    assert "- Vers 400 - Un ermite s'installe près de la source." in left_out(text)


def test_an_approximate_three_digit_year_out_of_the_order_stays_refused() -> None:
    text = ABBEY.replace("- Vers 760 -", "- Vers 960 -")
    assert "- Vers 960 - Construction du cloître." in left_out(text)


def test_a_decade_in_french_words_opens_an_item() -> None:
    text = """\
- 1950 - Le port est reconstruit.
- Années 1960 - Population : 800 000 habitants.
- 1968 - Grèves au port.
- 1975 - Fermeture des chantiers.
"""
    assert read_entries(text)[1] == ("1960", "1969", "Population : 800 000 habitants.")


# --- a flattened table's row with its year between two texts ----------------------------------


PAINTER = """\
EVENTS
THE PAINTER'S LIFE

1601 In Delft, between this year and 1603, the painter is born.

The city builds a new guild hall. 1604

The harbour is dredged. A fair opens in the market. 1606

A new church tower is raised. 1608

The guild admits its first glass painters. 1610 On 3 May he is apprenticed to a framer.

The town council orders new maps, which are kept until 1650 in the hall. 1612

A plague closes the schools. 1614 He paints his first altar panel.
"""


def test_a_rows_year_between_two_texts_gives_two_entries_of_that_year() -> None:
    got = read_entries(PAINTER)
    assert got[4:6] == [
        ("1610", None, "The guild admits its first glass painters."),
        ("1610-05-03", None, "On 3 May he is apprenticed to a framer."),
    ]
    assert got[-2:] == [
        ("1614", None, "A plague closes the schools."),
        ("1614", None, "He paints his first altar panel."),
    ]


def test_a_year_inside_a_rows_sentence_stays_text() -> None:
    assert read_entries(PAINTER)[6] == (
        "1612",
        None,
        "The town council orders new maps, which are kept until 1650 in the hall.",
    )


def test_a_year_between_two_texts_out_of_the_order_stays_one_row() -> None:
    text = PAINTER.replace("glass painters. 1610 On 3 May", "glass painters. 1690 On 3 May")
    assert [date for date, _, _ in read_entries(text)].count("1690") <= 1


# --- a season before a year, in Polish and German ---------------------------------------------


SEASONS = """\
12 marca 1920

Otwarcie szkoły w nowym budynku przy rynku.

jesień 1920

Pierwszy bal szkolny w sali gimnastycznej.

3 maja 1921

Uczniowie sadzą dęby w parku miejskim.
"""


def test_a_polish_season_alone_over_its_paragraph_is_that_years_entry() -> None:
    assert read_entries(SEASONS)[1] == ("1920", None, "Pierwszy bal szkolny w sali gimnastycznej.")


def test_seasons_before_a_year_in_polish_and_german_read_as_range_reads_them() -> None:
    for written, year in (
        ("jesień 1905", "1905"),
        ("Herbst 1905", "1905"),
        ("Frühjahr 1946", "1946"),
        ("zima 1929/30", "1930"),  # (winter across the turn of the year: the second)
        ("jesień 1929/30", "1929"),  # (autumn: the first, as "autumn 1990/91")
    ):
        found = dates.find_date(written, 0)
        assert found is not None and found.group() == written
        assert dates.parse_date_argument(written, "START").start.year == int(year), written


# --- an Italian century heading with its article and the degree sign --------------------------


TOWN = """\
Cronologia del borgo
Il XII ° secolo
-
1140 : fondazione della pieve
-
1188 : primo podestà del borgo
L' XIII ° secolo
-
1270 : costruzione delle mura
La XIV ° secolo
Il XV ° secolo
-
1480 : il castello viene distrutto
"""


def test_a_century_heading_with_its_article_and_degree_sign_is_layout() -> None:
    got = read_entries(TOWN)
    assert got[1] == ("1188", None, "primo podestà del borgo")
    assert got[2] == ("1270", None, "costruzione delle mura")
    assert "La XIV ° secolo" in left_out(TOWN)
    found = dates.find_date("Il XII ° secolo", 0)
    assert found is not None and dates.date_shape(found) == "century"


def test_a_sentence_opening_with_il_before_a_roman_number_is_no_century() -> None:
    assert dates.find_date("Il X Reggimento parte per il fronte", 0) is None


# --- a date line with "at" its hour and time zone, the text below ------------------------------


SCHEDULE = """\
Key Dates

  • March 3, 2021
    Deadline to file a claim
  • April 12, 2021 at 9:30 a.m. EST
    Fairness Hearing
  • April 12, 2021
    Final Order Entered
  • May 2021
    Payments mailed
"""


def test_a_date_with_at_its_hour_and_zone_keeps_its_text_below() -> None:
    assert read_entries(SCHEDULE)[1:3] == [
        ("2021-04-12", None, "at 9:30 a.m. EST Fairness Hearing"),
        ("2021-04-12", None, "Final Order Entered"),
    ]
