"""Issue 22, layouts61: the misses of the part held-out-34 (seen after its blind run), as
general rules tested on chronologies of other subjects and wordings: a year written with its
era among years run together on one line ("… the hill. 700 AD Traders …"), read by its number
(the blind run's crash); a day with its weekday on top in a shape no entry below writes, the
page's date; a table row closed by its pipe takes no line below; an image's caption written
twice at the margin; the year's word shortened ("1350 r. - ", "1703 г. - "); a live page's
stamps "22:40.- text"; years written again by their whole days in brackets, and the paragraph
naming them again; with what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries, reasons

# --- a year with its era among years run together: no crash ----------------------------------

# (years out of order on one long line, one written "700 AD" after a sentence's end and
# before a capital: its number was taken from the whole found text, "700 AD", and the
# importer stopped with a ValueError)
HARBOUR = (
    "Harbour Timeline\n\n"
    "1200 Fishermen settled on the sandy bay below the hill. 1620 The harbour was deepened "
    "for the larger ships. 700 AD Traders from the south built a wooden pier. 1500 A "
    "lighthouse was lit on the rocks. 1350 The town walls were raised against raiders. 1790 "
    "The docks burned in a great fire."
)


def test_year_with_its_era_among_run_together_years_is_read() -> None:
    read_entries(HARBOUR)  # (no ValueError)
    assert "Harbour Timeline" in left_out(HARBOUR)


# (the same with the era before the year, and a season before another)
MILL = (
    "Mill Timeline\n\n"
    "1810 The first mill wheel turned on the river bank. 1755 The miller's guild was "
    "formed in the town. AD 900 Monks dug a channel beside the abbey. 1930 Summer 1902 The "
    "Weir was rebuilt in stone. 1880 A steam engine replaced the wheel for good. 1700 The "
    "Flood carried the old mill away."
)


def test_year_with_era_before_or_season_among_run_together_years_is_read() -> None:
    read_entries(MILL)  # (no ValueError)
    assert "Mill Timeline" in left_out(MILL)


# --- a blog post's day with its weekday over a table of days in another shape ----------------

BRIDGE = """\
Tuesday, 4 March 2019

BRIDGE COLLAPSE - TIMELINE

Inquiry report No. 12 of 2018
City Council of Riverton

Date
Event
02.05.2016
Contract for the bridge signed
14.09.2016
Work on the piers began
30.06.2017
Bridge opened to traffic
11.01.2018
Cracks found in the deck
12.01.2018
The bridge collapsed at night
"""


def test_weekday_day_over_days_of_another_shape_is_the_pages_date() -> None:
    got = read_entries(BRIDGE)
    assert got[0] == ("2016-05-02", None, "Contract for the bridge signed")
    assert len(got) == 5
    out = left_out(BRIDGE)
    assert "Tuesday, 4 March 2019" in out
    assert "Inquiry report No. 12 of 2018" in out
    assert "Date" in out


# (the latest day on top written as the days below it: the list's own first entry, whatever
# its weekday)
BRIDGE_SAME_SHAPE = BRIDGE.replace("Tuesday, 4 March 2019", "Tuesday, 04.03.2019").replace(
    "\nBRIDGE COLLAPSE - TIMELINE\n", "\nThe inquiry reported\n"
)


def test_weekday_day_in_the_entries_shape_stays_an_entry() -> None:
    got = read_entries(BRIDGE_SAME_SHAPE)
    assert got[0][0] == "2019-03-04"
    assert len(got) == 6


# --- a pipe table's last row, closed on its line, over a heading -----------------------------

ROWING = """\
Rowing club
1890 | The club was founded on the river |
---|---|
1894 | First boathouse built |
1901 | The club won its first regatta |
1912 | A second boathouse opened |
1930 | The records of the club end |
Members of the first crew
from the minutes of 1889:
- Paul Weber;
- Hans Vogel.
"""


def test_heading_under_a_closed_table_row_is_not_its_text() -> None:
    got = read_entries(ROWING)
    assert got[-1] == ("1930", None, "The records of the club end")
    assert len(got) == 5
    out = left_out(ROWING)
    assert "Members of the first crew" in out
    assert "from the minutes of 1889:" in out


# (a row whose cell runs onto the next line, closed there: that line is its text)
ROWING_WRAPPED = ROWING.replace(
    "1930 | The records of the club end |", "1930 | The records of the club end\nin the war |"
).replace("Members of the first crew\nfrom the minutes of 1889:\n", "")


def test_table_row_closed_on_its_next_line_keeps_that_line() -> None:
    got = read_entries(ROWING_WRAPPED)
    assert got[-1][0] == "1930"
    assert got[-1][2].startswith("The records of the club end in the war")


# --- an image's caption written twice at the margin between bullets ---------------------------

DUNMORE = """\
History of Dunmore

Timeline

  • 1290 – The first wooden castle was built on the hill.
  • 1340 – The town received its charter from the king.
View of Dunmore from the river (about 1900)
View of Dunmore from the river (about 1900)
The old market square in winter
The old market square in winter
  • 1410 – The town burned in a great fire.
  • 1455 – A stone bridge replaced the ferry.
  • 1502 – The castle was sold to the bishop.
"""


def test_caption_written_twice_is_not_the_text_above() -> None:
    got = read_entries(DUNMORE)
    assert got[1] == ("1340", None, "The town received its charter from the king.")
    assert len(got) == 5
    assert reasons(DUNMORE)["View of Dunmore from the river (about 1900)"] == (
        "an image's caption, written twice"
    )


# (a line written once, under an item: still its text, as before)
DUNMORE_ONCE = DUNMORE.replace(
    "View of Dunmore from the river (about 1900)\nView of Dunmore from the river (about 1900)\n"
    "The old market square in winter\nThe old market square in winter\n",
    "and the right to hold a weekly market\n",
)


def test_line_written_once_under_an_item_stays_its_text() -> None:
    got = read_entries(DUNMORE_ONCE)
    assert got[1][2].endswith("and the right to hold a weekly market")


# (a text the page wrote twice right under its date alone: that date's text, not a caption)
MINT = """\
Small town chronicle
1134
The margrave takes the castle.
1197
The village is first named in a charter.
1280
The town mints its own coins.
The town mints its own coins.
1294
The church is first named.
"""


def test_text_written_twice_under_a_date_alone_stays_its_text() -> None:
    assert ("1280", None, "The town mints its own coins.") in read_entries(MINT)
    assert "The town mints its own coins." not in left_out(MINT)


# --- the year's word shortened after a year: "1252 r. - text", "3 maja 1791 r. - text" ----------

KALENDARIUM = """\
Kalendarium

1350 r. - pierwsza wzmianka o osadzie nad rzeką,

1410 r. - osada zniszczona przez pożar,

1520-1540 r. - budowa kościoła parafialnego,

1788 r . - miasto liczy 300 mieszkańców,

3 maja 1791 r. - uchwalenie konstytucji,

11 XI 1918 r. - miasto w granicach państwa,
"""


def test_year_with_its_shortened_year_word_before_a_dash() -> None:
    assert read_entries(KALENDARIUM) == [
        ("1350", None, "pierwsza wzmianka o osadzie nad rzeką,"),
        ("1410", None, "osada zniszczona przez pożar,"),
        ("1520", "1540", "budowa kościoła parafialnego,"),
        ("1788", None, "miasto liczy 300 mieszkańców,"),
        ("1791-05-03", None, "uchwalenie konstytucji,"),
        ("1918-11-11", None, "miasto w granicach państwa,"),
    ]


KHRONIKA = """\
Хроника

1703 г. - основан город на острове,

1712 г. - город стал столицей,

1824 г. - большое наводнение,

1851 г. - открыта железная дорога,
"""


def test_year_with_the_russian_year_word_before_a_dash() -> None:
    got = read_entries(KHRONIKA)
    assert [date for date, *_ in got] == ["1703", "1712", "1824", "1851"]
    assert got[0][2] == "основан город на острове,"


# (a capital "R." after a year is a name's initial, no year's word)
def test_capital_r_after_a_year_is_no_year_word() -> None:
    from ktimeline import dates

    found = dates.find_date("1990 R. - Smith becomes mayor", 0)
    assert found is not None
    assert found.group(0) == "1990"


# --- a live page's time stamp with a full stop and a dash: "23:55.- text" ----------------------

QUAKE_LIVE = """\
jueves, 5 de marzo de 2015

Fuerte sismo en la costa

Un sismo de magnitud 6,1 sacudió la costa esta noche.

22:40.- Se restablece la luz en el centro de la ciudad.

22:31.- La Armada descarta alerta de tsunami.

22:20
.- Vecinos salen a la calle en varios barrios.

22:15.- Un fuerte temblor se siente en toda la región.
"""


def test_time_stamps_with_full_stop_and_dash_are_updates() -> None:
    assert read_entries(QUAKE_LIVE) == [
        ("2015-03-05", None, "Se restablece la luz en el centro de la ciudad."),
        ("2015-03-05", None, "La Armada descarta alerta de tsunami."),
        ("2015-03-05", None, "Vecinos salen a la calle en varios barrios."),
        ("2015-03-05", None, "Un fuerte temblor se siente en toda la región."),
    ]


# --- years written again by their whole days in brackets, the paragraph below ----------------

PARISHES = """\
Utviklingen av soknene

 • 1850

  • 1850-1899 (mandag 1. januar 1850 – søndag 31. desember 1899)

   Mange nye sokn ble opprettet i denne perioden.

 • 1900

  • 1900 - 1945 (mandag 1. januar 1900 – mandag 31. desember 1945)

   1900-1945 preges av sammenslåinger av små sokn.

 • 1946

  • 1946 (tirsdag 1. januar 1946 – tirsdag 31. desember 1946)

   Året var preget av gjenoppbygging.

 • 1960

  • 1960 - Nordby sokn (fredag 1. januar 1960 – lørdag 31. desember 1960)

   Nordby og Sørby ble slått sammen.
"""


def test_years_written_again_by_their_days_in_brackets() -> None:
    assert read_entries(PARISHES) == [
        ("1850-01-01", "1899-12-31", "Mange nye sokn ble opprettet i denne perioden."),
        ("1900-01-01", "1945-12-31", "1900-1945 preges av sammenslåinger av små sokn."),
        ("1946-01-01", "1946-12-31", "Året var preget av gjenoppbygging."),
        ("1960-01-01", "1960-12-31", "Nordby sokn Nordby og Sørby ble slått sammen."),
    ]
    assert reasons(PARISHES)["1850-1899"] == (
        "the years, written again by their whole days in brackets"
    )


# (a bracket naming other years than the ones before it is the entry's text)
REFORM = """\
Reforms

1995 - The reform is voted (in force from 1. januar 1997)
2001 - The counties are merged (decided on 3. mars 2000)
2004 - The new map is drawn (first used on 1. januar 2005)
"""


def test_bracket_of_other_years_stays_text() -> None:
    got = read_entries(REFORM)
    assert [date for date, *_ in got] == ["1995", "2001", "2004"]
    assert got[0][2] == "The reform is voted (in force from 1. januar 1997)"
