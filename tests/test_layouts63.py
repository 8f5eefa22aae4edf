"""Issue 22, layouts63: the misses of the part held-out-35 (seen after its blind run), as
general rules tested on the shape seen and on chronologies of other subjects, languages and
separators: month headings over one-line items (each an entry of its month); a page's stamp
with a hyphenated weekday over such headings; a page of one day whose heading ends with the
day after a title's words, a dash item under it and an item opening with a span of days; a
year title written again below it; a date wrapped to the end of the line above its "- text";
years run into "YYYY text" paragraphs; with what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries, reasons

# --- month headings over one-line items -------------------------------------------------------

# (the shape seen: migalhas-2018, "- Janeiro" headings, a title naming the year, the page's
# stamp with a hyphenated weekday, one line an item, one of them not ending its sentence)
COURTS = """\
Retrospectiva 2018: os processos que marcaram o ano
Da Redação
sexta-feira, 28 de dezembro de 2018
- Janeiro
2018 começa com o julgamento do recurso no tribunal.
Ministra suspende a posse de uma deputada.
Justiça concede recuperação judicial a uma empresa.
- Fevereiro
Início do ano Judiciário.
Advogado impetra HC para liberar carro
Acordo dos planos econômicos.
- Março
Vereadora é assassinada no Rio.
5x0: tribunal nega HC preventivo.
- Abril
Juiz manda prender o ex-presidente.
"Uma frase virou música.
"""


def test_month_headings_over_one_line_items_seen_shape() -> None:
    got = read_entries(COURTS)
    assert [(d, e) for d, e, _ in got] == [
        ("2018-01", None),
        ("2018-01", None),
        ("2018-01", None),
        ("2018-02", None),
        ("2018-02", None),
        ("2018-02", None),
        ("2018-03", None),
        ("2018-03", None),
        ("2018-04", None),
        ("2018-04", None),
    ]
    texts = [t for _, _, t in got]
    assert texts[0].startswith("2018 começa com o julgamento")
    assert texts[4] == "Advogado impetra HC para liberar carro"
    assert texts[8] == "Juiz manda prender o ex-presidente."
    assert "sexta-feira, 28 de dezembro de 2018" in reasons(COURTS)
    assert "dateline" in reasons(COURTS)["sexta-feira, 28 de dezembro de 2018"]


# (another writer: English, months in capitals without a mark, the year in the title, a
# blank line after each heading's list, an exclamation among the items)
GARDEN = """\
The garden club's year 2021

JANUARY
Seed catalogues arrive at the clubhouse.
The pruning workshop draws forty members!

FEBRUARY
Frost damages the greenhouse roof.
Members repair the cold frames.

MARCH
The spring sale opens on the green.
A new hedge is planted by the gate.
"""


def test_month_headings_over_one_line_items_in_english_capitals() -> None:
    got = read_entries(GARDEN)
    assert [d for d, _, _ in got] == ["2021-01"] * 2 + ["2021-02"] * 2 + ["2021-03"] * 2
    assert got[1][2] == "The pruning workshop draws forty members!"
    assert got[5][2] == "A new hedge is planted by the gate."


# (another: Spanish, "• Mayo" bullets with the year after each month, newest first)
OBRAS = """\
Obras del puerto

• Julio de 2019
Se termina el nuevo muelle.
Llegan las primeras grúas.
• Junio de 2019
Se draga el canal de entrada.
Los buzos revisan el fondo.
• Mayo de 2019
Comienzan las obras.
El alcalde visita la zona.
"""


def test_month_headings_with_their_years_newest_first() -> None:
    got = read_entries(OBRAS)
    assert [d for d, _, _ in got] == ["2019-07"] * 2 + ["2019-06"] * 2 + ["2019-05"] * 2
    assert got[3][2] == "Los buzos revisan el fondo."


# (what it must not read: a paragraph hard-wrapped under each month, its sentences carried on
# in lower case, stays one entry a month)
WRAPPED = """\
Diary 2017

January
The council met on the fifth and heard the
appeal of the residents against the new road.
February
The road was approved after a long debate
and a vote of seven to four.
March
Work on the road began in the last week of
the month, under protest.
"""


def test_month_headings_over_wrapped_paragraphs_stay_one_entry_each() -> None:
    got = read_entries(WRAPPED)
    assert [d for d, _, _ in got] == ["2017-01", "2017-02", "2017-03"]
    assert got[0][2].endswith("against the new road.")


# --- a page of one day: its heading after a title's words -------------------------------------

# (the shape seen: pallotyni, "Kalendarium … na 1 października", "YYYY – text" items, a dash
# item with its year left out, an item opening with a span of days holding the day)
KALENDARIUM = """\
Parafia Świętego Jana
1 października 2020

Kalendarium Parafialne na 1 października

1986 – Biskup poświęcił nowy kościół parafialny.

Inne wydarzenia tego dnia:

1894 – Parafia otrzymała pierwszego proboszcza.

– Rada miejska przekazała grunt pod budowę szkoły.

1922 – W dniach 24 września – 1 października odbyły się misje.

1925 – Kościół odwiedził biskup.
"""


def test_day_heading_after_title_words_seen_shape() -> None:
    got = read_entries(KALENDARIUM)
    assert [(d, e) for d, e, _ in got] == [
        ("1986-10-01", None),
        ("1894-10-01", None),
        ("1894-10-01", None),
        ("1922-09-24", "1922-10-01"),
        ("1925-10-01", None),
    ]
    assert got[2][2].startswith("Rada miejska przekazała grunt")


# (another writer: Spanish, "Efemérides del 20 de julio", "YYYY: text" items)
EFEMERIDES = """\
Efemérides del 20 de julio

1810: Se forma la junta de gobierno en Santa Fe.
1969: Dos astronautas caminan sobre la Luna.
1976: La sonda Viking aterriza en Marte.
"""


def test_day_heading_after_spanish_title_words() -> None:
    got = read_entries(EFEMERIDES)
    assert [d for d, _, _ in got] == ["1810-07-20", "1969-07-20", "1976-07-20"]


# (another: English, "This day in history for March 3", spaced hyphens, an item opening with
# a span of days holding the day, another whose span misses it)
THIS_DAY = """\
This day in history for March 3

1845 - Florida becomes a state of the Union.
1913 - From March 1 to March 5 suffragists march in the capital.
1931 - The anthem is adopted by law.
1950 - Between 10 and 12 March the river floods the valley.
"""


def test_day_heading_after_english_title_words_and_opening_spans() -> None:
    got = read_entries(THIS_DAY)
    assert [(d, e) for d, e, _ in got] == [
        ("1845-03-03", None),
        ("1913-03-01", "1913-03-05"),
        ("1931-03-03", None),
        ("1950-03-03", None),
    ]


# (what it must not read: a heading with a digit among the title's words is no day's heading)
NUMBERED_TITLE = """\
Chapter 2 on 1 October

1986 - The bishop blessed the church.
1894 - The parish got its first priest.
1925 - The bishop visited the church.
"""


def test_title_words_with_a_digit_give_no_day() -> None:
    assert [d for d, _, _ in read_entries(NUMBERED_TITLE)] == ["1986", "1894", "1925"]


# --- a year title written again below it ------------------------------------------------------

# (the shape seen: drumhellermail, the title three times, the site's name after a bar once)
FLOOD = """\
2013 Flood Timeline | DrumhellerMail

2013 Flood Timeline

2013 Flood Timeline

Thursday, June 20
•1:20 p.m. A flood advisory is issued.
•5:55 p.m. A flood warning is issued.

Friday, June 21
•9 a.m. Flow at 174 cubic metres per second.
•11 a.m. Contractors muster to move equipment.
"""


def test_year_title_written_again_seen_shape() -> None:
    got = read_entries(FLOOD)
    assert [d for d, _, _ in got] == ["2013-06-20"] * 2 + ["2013-06-21"] * 2
    gone = left_out(FLOOD)
    assert "2013 Flood Timeline | DrumhellerMail" in gone
    assert gone.count("2013 Flood Timeline") == 2


# (another writer: a storm's hours, the title three times with another site, days day-first
# alone over "- " items; a title written twice only was read so before, by another rule)
STORM = """\
1999 Storm Log | Coastal Weekly

1999 Storm Log

1999 Storm Log

Sunday 12 December
- 6 a.m. The first gales reach the islands.
- 9 a.m. The ferry service is stopped.
Monday 13 December
- 2 p.m. Power lines fall across the county.
- 8 p.m. The storm moves out to sea.
"""


def test_year_title_written_again_other_site() -> None:
    got = read_entries(STORM)
    assert [d for d, _, _ in got] == ["1999-12-12"] * 2 + ["1999-12-13"] * 2
    assert got[0][2] == "6 a.m. The first gales reach the islands."
    assert left_out(STORM).count("1999 Storm Log") == 2


# (another: the title first without the site, then with it, then without, no blank line
# between the last two; weekdays over "*" items)
FESTIVAL = """\
2004 Festival Diary

2004 Festival Diary | Town News
2004 Festival Diary

Friday, June 4
* 7 p.m. The gates open.
* 9 p.m. The first band plays.

Saturday, June 5
* noon The market opens in the square.
* 10 p.m. Fireworks close the festival.
"""


def test_year_title_written_again_with_the_site_after_it() -> None:
    got = read_entries(FESTIVAL)
    assert [d for d, _, _ in got] == ["2004-06-04"] * 2 + ["2004-06-05"] * 2
    assert "2004 Festival Diary | Town News" in left_out(FESTIVAL)


# --- a date wrapped to the end of the line above its "- text" ---------------------------------

# (the shape seen: netsolhost, "YYYY - text" wrapped anywhere, "…; 1708" / "- text", "June
# 15, 1717 -" / "text", "…; January 1986" / "- text")
BREWERY = """\
1366 - Records confirm operations of the
brewery in the town of Leuven; 1708
- Sebastien Artois awarded title of Master Brewer;
June 15, 1717 -
Artois acquired brewery; renamed it;
1926 - produced
a Christmas beer, named Stella; January 1986
- part of an investment group;
2004 - merged with
another brewer.
"""


def test_dates_wrapped_from_their_items_seen_shape() -> None:
    got = read_entries(BREWERY)
    assert [d for d, _, _ in got] == ["1366", "1708", "1717-06-15", "1926", "1986-01", "2004"]
    assert got[1][2] == "Sebastien Artois awarded title of Master Brewer;"
    assert got[3][2] == "produced a Christmas beer, named Stella;"


# (another writer: a winery, full stops before the wrapped years, an en dash nowhere)
WINERY = """\
1385 - Giovanni joined the winemakers' guild.
1898 - The estate was incorporated. 1900
- Piero bought several vineyards.
1924 - Niccolo made a new blend.
1965 - Piero became director. 1966
- He investigated early harvesting.
"""


def test_dates_wrapped_after_full_stops() -> None:
    got = read_entries(WINERY)
    assert [d for d, _, _ in got] == ["1385", "1898", "1900", "1924", "1965", "1966"]
    assert got[2][2] == "Piero bought several vineyards."


# (what it must not read: a bulleted list under a year whose line ends with a number, in a
# document without "YYYY - text" lines, keeps its number)
COUNTS = """\
Harvest figures

2019: the total of crates was, at last count, 1200
- apples from the north field
- pears from the south field
2020: a smaller harvest
"""


def test_number_ending_a_line_over_bullets_stays_in_a_document_of_other_shape() -> None:
    got = read_entries(COUNTS)
    assert [d for d, _, _ in got][:1] == ["2019"]
    assert "1200" in got[0][2]
    assert all(d != "1200" for d, _, _ in got)


# --- years run into "YYYY text" paragraphs ----------------------------------------------------

# (the shape seen: stpaulsdarien, after a full stop and a lower-case word, after a word and
# before a capital, in a line that opens with no year)
PARISH = """\
Timeline of the parish

1958 The chapel is established by the mother church.

1961 The chapel is approved as a mission.

1962 Ten acres given to the church. 1964 church building constructed after families pledge

50,000 in 1 month 1967 The chapel becomes a parish and calls its Rector 1970 Milestone: a new

credo of the church.

1972 A new rector arrives.
"""


def test_years_run_into_paragraphs_seen_shape() -> None:
    got = read_entries(PARISH)
    assert [d for d, _, _ in got] == ["1958", "1961", "1962", "1964", "1967", "1970", "1972"]
    assert got[3][2].startswith("church building constructed")
    assert got[5][2].startswith("Milestone: a new")


# (another writer: a club's history, a German year list, a year after a full stop and a
# capital, another inside a sentence after "im" that stays text)
VEREIN = """\
Vereinsgeschichte

1920 Gründung des Vereins im Gasthaus. 1923 Erster Sportplatz am Fluss.

1931 Bau des Vereinsheims, bezogen im 1932 Frühjahr.

1948 Neugründung nach dem Krieg.
"""


def test_years_run_into_paragraphs_german() -> None:
    got = read_entries(VEREIN)
    assert [d for d, _, _ in got] == ["1920", "1923", "1931", "1948"]
    assert "1932" in got[2][2]


# (what it must not read: a year inside a sentence before a lower-case word, a year out of
# order, a whole date's year after its day)
SCHOOL = """\
1901 The school opens with one room, completed 1903 after a long delay.
1910 A second room is built. 1895 Records of the old school are found.
1920 The school moves. Feb 1, 1925 Letters are sent home.
1930 Under headmaster Brown 1940 Plans for a new wing are drawn.
1940 A new wing opens.
"""


def test_years_inside_sentences_out_of_order_or_of_dates_stay_text() -> None:
    got = read_entries(SCHOOL)
    assert [d for d, _, _ in got] == ["1901", "1910", "1920", "1930", "1940"]
    assert "Feb 1, 1925 Letters" in got[2][2]
    assert "Brown 1940 Plans" in got[3][2]


# --- a page's stamp with its weekday over month headings --------------------------------------

# (another writer: Portuguese, another hyphenated weekday, a byline, "- " months, items that
# are sentences, the first opening with the year as its subject)
CLUBE = """\
Retrospectiva 2021 do clube
Por Assessoria
quarta-feira, 15 de dezembro de 2021
- Janeiro
2021 começa com as inscrições abertas.
A nova quadra é inaugurada.
- Fevereiro
O time vence o torneio regional.
Sócios elegem a nova diretoria.
- Março
Começa a reforma da sede.
- Abril
O ginásio recebe o campeonato estadual.
"""


def test_hyphenated_weekday_stamp_over_month_headings() -> None:
    got = read_entries(CLUBE)
    assert [d for d, _, _ in got] == ["2021-01"] * 2 + ["2021-02"] * 2 + ["2021-03", "2021-04"]
    assert "dateline" in reasons(CLUBE)["quarta-feira, 15 de dezembro de 2021"]


# (another: English, the weekday and day with a comma, "- Month" headings, a title whose
# year the stamp agrees with)
LIBRARY = """\
Our library in 2022
Friday, December 30, 2022
- January
The reading room reopens.
A new catalogue goes online.
- February
The roof is repaired.
Volunteers sort the donated books.
- March
The poetry evening returns.
"""


def test_weekday_stamp_over_dashed_month_headings() -> None:
    got = read_entries(LIBRARY)
    assert [d for d, _, _ in got] == ["2022-01"] * 2 + ["2022-02"] * 2 + ["2022-03"]
    assert "dateline" in reasons(LIBRARY)["Friday, December 30, 2022"]
