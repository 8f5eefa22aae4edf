"""Issue 22, layouts39: the misses of held-out-24's librosdemario (a printed chronology's days
in capitals with a spaced full stop, "1.º ENERO", a drop capital split off its month), noisefloor
(a CSV log whose rows miss their last cells) and hcourt (a judgment's citation read as a year's
entry), each rule on short chronologies written for the test in other subjects and languages,
and what each must not read."""

from __future__ import annotations

from ktimeline import dates
from ktimeline.importing.tables import read_entries as read_table
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- "1.º" (the Spanish Academy's ordinal first day) -----------------------------------------


def test_an_ordinal_first_day_with_its_full_stop_is_a_day() -> None:
    for written, iso in (
        ("1.º de mayo de 1886", "1886-05-01"),
        ("1.° maggio 1945", "1945-05-01"),
        ("1.º de janeiro de 1900", "1900-01-01"),
    ):
        found = dates.find_date(written)
        assert found is not None and found.group() == written
        assert [date for date, _, _ in _read(f"{written}: Text.\n")] == [iso]


def test_a_list_of_ordinal_first_days() -> None:
    text = (  # a trade union's calendar, in Spanish
        "1.º de mayo de 1886: Huelga general en Chicago.\n"
        "4 de mayo de 1886: Revuelta de Haymarket.\n"
        "1.º de mayo de 1890: Primera jornada internacional.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1886-05-01", "1886-05-04", "1890-05-01"]


def test_a_decimal_number_is_no_ordinal_day() -> None:
    assert dates.find_date("3.5 de enero") is None


# --- a month's name in capitals whose first letter stands apart ("E NERO") --------------------


def test_a_drop_capital_month_is_joined() -> None:
    assert dates.join_split_months("D ICIEMBRE . Leyes nuevas.") == "DICIEMBRE . Leyes nuevas."
    assert dates.join_split_months("3 S EPTEMBER 1939") == "3 SEPTEMBER 1939"
    assert dates.join_split_months("J UNI 1953: Aufstand") == "JUNI 1953: Aufstand"


def test_no_other_letters_are_joined() -> None:
    for line in (
        "U SA and the UK",  # (no month)
        "D EC 3",  # (an abbreviation: whole names only)
        "M AI 1968",
        "I MAY go",  # (a word and a month: "IMAY" is none)
        "e nero",  # (lower case: Italian "and black")
        "A gosto the cook added salt",
    ):
        assert dates.join_split_months(line) == line


def test_a_chronology_with_drop_capital_months() -> None:
    text = (  # a war's diary, in French, typeset with drop capitals
        "1916\n"
        "    21 FÉVRIER . Début de la bataille de Verdun.\n"
        "    25 FÉVRIER . Chute du fort de Douaumont.\n"
        "    J UILLET . Offensive de la Somme.\n"
        "    24 OCTOBRE . Reprise de Douaumont.\n"
    )
    assert _read(text) == [
        ("1916-02-21", None, "Début de la bataille de Verdun."),
        ("1916-02-25", None, "Chute du fort de Douaumont."),
        ("1916-07", None, "Offensive de la Somme."),
        ("1916-10-24", None, "Reprise de Douaumont."),
    ]


# --- a month alone with a spaced full stop, among days written so ----------------------------


def test_month_items_among_days_with_a_spaced_full_stop() -> None:
    text = (  # a football club's season, in Spanish
        "1954\n"
        "    1.º MARZO . Se inaugura el estadio.\n"
        "    MARZO . Tres partidos amistosos (días 7, 14 y 21).\n"
        "    18 MARZO . Primer partido oficial.\n"
        "    2 ABRIL . Gira por el norte.\n"
        "    MAYO . Fichajes de verano.\n"
    )
    assert _read(text) == [
        ("1954-03-01", None, "Se inaugura el estadio."),
        ("1954-03", None, "Tres partidos amistosos (días 7, 14 y 21)."),
        ("1954-03-18", None, "Primer partido oficial."),
        ("1954-04-02", None, "Gira por el norte."),
        ("1954-05", None, "Fichajes de verano."),
    ]


def test_english_month_items_with_a_spaced_full_stop() -> None:
    text = (  # a college's year
        "1968\n"
        "  3 JANUARY . Term begins.\n"
        "  JANUARY . Heating fails in three halls.\n"
        "  14 FEBRUARY . The library closes for repairs.\n"
        "  2 MARCH . The new wing opens.\n"
    )
    assert [date for date, _, _ in _read(text)] == [
        "1968-01-03",
        "1968-01",
        "1968-02-14",
        "1968-03-02",
    ]


def test_a_month_with_a_full_stop_is_no_entry_where_days_are_not_written_so() -> None:
    text = (  # days with colons: "MARZO . text" is not the document's way
        "1954\n"
        "18 de marzo: Primer partido oficial.\n"
        "2 de abril: Gira por el norte.\n"
        "MARZO . Tres partidos amistosos.\n"
        "9 de mayo: Final de copa.\n"
    )
    assert "1954-03" not in [date for date, _, _ in _read(text)]


def test_a_name_in_capitals_that_is_no_month_with_a_spaced_full_stop() -> None:
    text = (
        "1954\n"
        "  3 MARZO . Se funda el club.\n"
        "  PEDRO . El portero se retira.\n"
        "  18 MARZO . Primer partido oficial.\n"
        "  2 ABRIL . Gira por el norte.\n"
    )
    found = _read(text)
    assert all(len(date) == 10 for date, _, _ in found)  # (no month read in "PEDRO")
    assert [date for date, _, _ in found][-2:] == ["1954-03-18", "1954-04-02"]


# --- a CSV log whose rows miss their last cells ----------------------------------------------


def _table(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.date, e.end_date, " ".join(e.parts)) for e in read_table(text).entries]


def test_a_csv_whose_rows_miss_their_last_cells() -> None:
    text = (  # an observatory's incident log
        "date,event,detail,source,source_url,status\n"
        '2019-03-02,"Dome motor fails","Night lost, repairs by day",Log,https://example.org/1,closed\n'
        '2019-03-09,"Power cut, 4 hours","Generator starts late",https://example.org/2,closed\n'
        '2019-04-11,"Mirror recoated"\n'
        '2019-05-20,"Comet seen","Faint, low in the west",Log,https://example.org/3,open\n'
    )
    found = _table(text)
    assert [date for date, _, _ in found] == [
        "2019-03-02",
        "2019-03-09",
        "2019-04-11",
        "2019-05-20",
    ]
    assert [words.split(" — ")[0] for _, _, words in found] == [
        "Dome motor fails",
        "Power cut, 4 hours",
        "Mirror recoated",
        "Comet seen",
    ]
    split = read_table(text)
    assert any("fewer" in n.reason or "missing" in n.reason for n in split.notes)
    assert "https://example.org/1" not in found[0][2]  # ("source_url": a sources column)


def test_short_rows_need_a_header_naming_a_time_first() -> None:
    text = (  # a guest list, no dates first: no table of short rows
        "name,arrived,left,room\n"
        "Ada,2019-03-02,2019-03-05,12\n"
        "Ben,2019-03-03\n"
        "Cy,2019-03-04,2019-03-06\n"
    )
    split = read_table(text)
    assert not any("missing" in n.reason for n in split.notes)


def test_rows_wider_and_narrower_are_no_table_of_short_rows() -> None:
    text = (  # a written text with commas, one line wider than the first
        "Date, place, people\n1950-06-25, Seoul, many, many, more\n1950-09-15, Incheon\n"
    )
    assert not any("missing" in n.reason for n in read_table(text).notes)


# --- a judgment's citation alone on its line ---------------------------------------------------


def test_a_judgments_citation_is_no_entry_of_its_year() -> None:
    text = (  # a tribunal's docket
        "Smith v. Jones\n\n"
        "12/03/2018 Court of Appeal (Lady Arden)\n\n"
        "[2018] EWCA Civ 1234\n\n"
        "Documents\n\n"
        "04/06/2018 Notice of appeal\n\n"
        "19/07/2018 Hearing\n\n"
        "02/08/2018 Judgment\n"
    )
    found = _read(text)
    assert "2018" not in [date for date, _, _ in found]
    assert "[2018] EWCA Civ 1234" in left_out(text)
    assert "citation" in reasons(text)["[2018] EWCA Civ 1234"]


def test_reported_citations_too() -> None:
    for line in ("(1992) 175 CLR 1", "[1932] AC 562", "[2019] UKSC 41; [2020] 1 AC 373"):
        text = (
            f"Mabo and others\n\n01/06/1992 High Court judgment\n\n{line}\n\n"
            "03/06/1992 Reported in the press\n\n10/06/1992 Parliament debates it\n"
        )
        assert line in left_out(text), line


def test_a_bracketed_year_with_a_text_stays_an_entry() -> None:
    text = (
        "[1905] The club is founded.\n[1910] It wins its first cup.\n[1921] A new ground opens.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1905", "1910", "1921"]
