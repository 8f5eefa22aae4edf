"""Issue 22, layouts54: the importer's known leftovers, as general rules tested on
chronologies of other subjects and wordings: the wrap width of a text with a flattened table
(its "|" lines and year cells not counted) and a quotation opening a year's second paragraph;
with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from ktimeline.importing.entries.splitter import _wrap_width
from tests.import_support import left_out, read_entries

# --- a flattened table's "|" lines do not count in the wrap width ---------------------------


SHIPYARD = """\
| 1861
|
The yard is founded on the river bank by two brothers.
|
| 1863
|
A steam crane is bought at auction. |
| 1866
|
The first iron hull is launched, a coaster of four hundred tons for the Baltic trade.
|
| 1868
|
The brothers buy the rope walk next door. |
| 1870
|
A dry dock opens beside the slipways.
|
| 1872
|
A fire destroys the joiners' shop. |
| 1874
|
The first steel steamer is delivered to Hull.
"Northern Star" is renamed "Baltic Queen" after her sale, and the yard's own tug takes
her old name. In Leith the brothers open an engine works of their own. |
| 1877
|
The yard builds a lifeboat for the town.
|
| 1879
|
The engine works build their first triple-expansion engine for an ocean liner.
|
| 1881
|
A strike closes the yard for six weeks. |
| 1884
|
A second dry dock is dug out beside the first one.
|
| 1886
|
The elder brother dies; his son joins the board. |
| 1888
|
Electric light is installed in the sheds.
|
| 1890
|
The yard employs three thousand men and launches eleven ships in the year.
|
"""


def test_a_flattened_tables_sign_lines_do_not_pull_the_wrap_width_down() -> None:
    width = _wrap_width(SHIPYARD.splitlines())
    assert width is not None and width >= 80  # (its sentences run to 80 and more signs)


def test_a_years_second_paragraph_opening_with_a_quotation_is_its_own_entry() -> None:
    got = read_entries(SHIPYARD)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1861", "The"),
        ("1863", "A"),
        ("1866", "The"),
        ("1868", "The"),
        ("1870", "A"),
        ("1872", "A"),
        ("1874", "The"),
        ("1874", '"Northern'),
        ("1877", "The"),
        ("1879", "The"),
        ("1881", "A"),
        ("1884", "A"),
        ("1886", "The"),
        ("1888", "Electric"),
        ("1890", "The"),
    ]
    assert not any("Northern" in line for line in left_out(SHIPYARD))


def test_a_hard_wrapped_line_before_a_quotation_still_runs_on() -> None:
    # (a line reaching the width: the quotation below it carries its sentence on)
    text = SHIPYARD.replace(
        "The first steel steamer is delivered to Hull.\n",
        "The first steel steamer is delivered to the owners who had named her in advance as\n",
    )
    got = read_entries(text)
    assert [date for date, _, _ in got].count("1874") == 1


PARAGRAPHS = """\
1936
Le Front populaire gagne les élections.
« Les congés payés » sont votés en juin.
1937
L'Exposition internationale ouvre à Paris.
1938
Les accords de Munich sont signés.
"""


def test_a_paragraph_opening_with_a_quotation_mark_is_an_item_of_the_year_above() -> None:
    got = read_entries(PARAGRAPHS)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1936", "Le"),
        ("1936", "«"),
        ("1937", "L'Exposition"),
        ("1938", "Les"),
    ]


def test_a_quotation_mark_before_a_small_letter_carries_the_paragraph_on() -> None:
    text = PARAGRAPHS.replace("« Les congés payés » sont", "« les congés payés » sont")
    assert [date for date, _, _ in read_entries(text)] == ["1936", "1937", "1938"]


# --- "-In September …", "-In 1982 …": an item under a day opening with a later date ---------


ELECTIONS = """\
MARCH 3, 1994:

-The assembly is dissolved by decree.

-In June the new electoral law is passed by referendum.

-Turnout is low in the capital.

OCTOBER 20, 1996:

-The opposition wins the general election.

-In 1998 the coalition breaks up over the budget.

-Its leader resigns from the cabinet.

-In January the budget is debated.
"""


def test_an_item_under_a_day_opening_with_a_later_month_or_year_takes_it() -> None:
    got = read_entries(ELECTIONS)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1994-03-03", "The"),
        ("1994-06", "In"),
        ("1994-06", "Turnout"),  # (the items below follow it)
        ("1996-10-20", "The"),
        ("1998", "In"),
        ("1998", "Its"),
        ("1998", "In"),  # ("In January" of 1998 is no later month than 1998: the year's)
    ]


def test_an_earlier_month_or_year_told_of_again_stays_the_days() -> None:
    text = ELECTIONS.replace("In June the new", "In February the new").replace(
        "In 1998 the coalition", "In 1995 the coalition"
    )
    got = read_entries(text)
    assert [date for date, _, _ in got] == [
        "1994-03-03", "1994-03-03", "1994-03-03", "1996-10-20", "1996-10-20", "1996-10-20",
        "1996-10-20",
    ]  # fmt: skip


def test_a_bulleted_item_under_a_day_opening_with_a_later_month() -> None:
    text = (
        "12 de marzo de 1931\n• Se convocan elecciones municipales.\n"
        "• En abril se proclama la República.\n"
        "3 de junio de 1931\n• Se convocan elecciones a Cortes.\n"
    )
    assert [date for date, _, _ in read_entries(text)] == [
        "1931-03-12", "1931-04", "1931-06-03"
    ]  # fmt: skip


# --- "Paracelso murió el 24 de septiembre 1541.": a line ending with its whole day ---------


ALMANAC = """\
EFFEMERIDI

1564
Il 15 febbraio nasce a Pisa Galileo Galilei, che studierà il moto dei corpi.
Galileo muore ad Arcetri l'8 gennaio 1642.

1571
Il 27 dicembre nasce Johannes Kepler, l'astronomo delle leggi dei pianeti.

1643
Il 4 gennaio nasce Isaac Newton, che pubblicherà i Principia nel 1687.

1656
Il 25 marzo Christiaan Huygens scopre Titano, il maggiore satellite di Saturno.

1665
Il 10 maggio Giovanni Cassini osserva la grande macchia rossa di Giove.

1676
Il 7 dicembre Ole Rømer misura per la prima volta la velocità della luce.

1705
Il 14 ottobre Edmond Halley annuncia il ritorno della cometa per il 1758.
"""


def test_a_line_below_a_years_item_ending_with_its_whole_day_is_an_entry_of_that_day() -> None:
    got = read_entries(ALMANAC)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1564-02-15", "Il"),
        ("1642-01-08", "Galileo"),
        ("1571-12-27", "Il"),
        ("1643-01-04", "Il"),
        ("1656-03-25", "Il"),
        ("1665-05-10", "Il"),
        ("1676-12-07", "Il"),
        ("1705-10-14", "Il"),
    ]


def test_a_whole_day_after_an_earlier_sentence_or_a_year_alone_dates_nothing() -> None:
    # (a sentence before the day: the day is that later sentence's; a year alone ending the
    # line is no day): the line stays in the year's item above (a line of about the text's
    # width above it)
    for line in (
        "Galileo è condannato. Muore ad Arcetri l'8 gennaio 1642.",
        "Galileo muore ad Arcetri nel 1642.",
    ):
        text = ALMANAC.replace("Galileo muore ad Arcetri l'8 gennaio 1642.", line)
        got = read_entries(text)
        assert [date for date, _, _ in got][:2] == ["1564-02-15", "1571-12-27"], line
        assert got[0][2].endswith(line)


# --- the bullets below the last entry, where runs of bullets between entries show the layout


HARBOUR = """\
1921 - The harbour board is formed.
  • Work starts on the north mole.
1922 - The first crane arrives from Glasgow.
  • The fish market moves to the quay.
  • A ferry service to the island begins.
1923 - The harbour is opened by the governor.
  • A lighthouse is built on the end of the north mole, with a keeper's house and a sig
"""


def test_a_cut_run_of_bullets_below_the_last_entry_is_its_events_as_the_runs_above() -> None:
    # (the text cut inside the last bullet: the page's list went on; a whole closing bullet
    # after the last entry stays reported, layouts49's test_a_bullet_after_the_last_entry_…)
    got = read_entries(HARBOUR)
    assert [(date, text.split()[0]) for date, _, text in got] == [
        ("1921", "The"),
        ("1921", "Work"),
        ("1922", "The"),
        ("1922", "The"),
        ("1922", "A"),
        ("1923", "The"),
        ("1923", "A"),
    ]


def test_a_closing_bullet_with_no_run_above_or_a_line_below_stays_reported() -> None:
    # (one run between entries shows no layout; a line without bullet after the run ends it)
    once = HARBOUR.replace("  • Work starts on the north mole.\n", "")
    assert len(read_entries(once)) == 5
    assert any("lighthouse" in line for line in left_out(once))
    footer = HARBOUR + "Copyright the harbour museum, all rights reserved\n"
    assert any("lighthouse" in line for line in left_out(footer))
    whole = HARBOUR.replace("and a sig\n", "and a signal mast.\n")
    assert any("lighthouse" in line for line in left_out(whole))


# --- "Années 1300 - text": a decade whose four digits end in 00 ---------------------------


def test_a_decade_in_words_ending_in_two_zeros_is_read() -> None:
    text = (
        "- 1284 - Bataglia navale.\n- Anni 1300 - La città conta 80 000 abitanti.\n"
        "- 1308 - Fondazione della chiesa.\n- 1347 - Peste nera.\n"
    )
    assert [(date, end) for date, end, _ in read_entries(text)] == [
        ("1284", None), ("1300", "1309"), ("1308", None), ("1347", None)
    ]  # fmt: skip
    found = dates.find_date("años 2000")
    assert found is not None
    assert dates.resolve_date(found, dates.YearContext(None))[:2] == ("2000", "2009")
    assert dates.find_date("años 00") is None  # (two digits "00": which century's?)


def test_a_decade_alone_does_not_take_a_line_running_its_items_in() -> None:
    text = (
        "Anni 1900\nTrofei anni 1900 2 Coppe - 1901 Si forma la squadra.\n"
        "- 1902 Fusione con il circolo.\n- 1904 Nuovo stadio.\n- 1905 Prima coppa.\n"
    )
    got = read_entries(text)
    assert ("1900", "1909") not in [(date, end) for date, end, _ in got]
    assert [date for date, _, _ in got] == ["1902", "1904", "1905"]
    assert any("Trofei" in line for line in left_out(text))


def test_a_decade_alone_keeps_a_paragraph_naming_a_year_in_its_sentence() -> None:
    text = (
        "Anni 1980:\n\nGrandi scioperi, tra cui quello dei minatori (1984-85).\n\n"
        "Anni 1990:\n\nNuove leggi sul lavoro.\n\nAnni 2000:\n\nLa crisi.\n"
    )
    assert [(date, end) for date, end, _ in read_entries(text)] == [
        ("1980", "1989"), ("1990", "1999"), ("2000", "2009")
    ]  # fmt: skip
