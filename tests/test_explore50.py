"""Issue 22, explore50: layouts met by trying a state treasury's calendar, German, French,
Portuguese, Indonesian and Polish chronologies, company histories and PDF text as a new user
would ("June 2011" / "16th --- text", "JULHO NA HISTÓRIA" / "1 de 1997: text"), each rule on
the shape seen and on short chronologies written for the test in other subjects and wordings
(never the pages' own words), and what each must not read."""

from __future__ import annotations

from tests.import_support import read_entries, reasons

_read = read_entries


# --- "16th --- text" under "June 2011": an ordinal day, a rule of dashes --------------------------


def test_ordinal_days_with_a_rule_of_dashes_under_month_year_headings() -> None:
    text = (  # the shape seen: a fiscal year's calendar, blank lines between
        "(dates subject to change)\n\n"
        "March 2019\n\n"
        "4th --- The office sends the forms to each county.\n\n"
        "1st-8th --- Counties return the forms.\n\n"
        "April 2019\n\n"
        "22nd --- The audit begins.\n\n"
        "Mid April --- The auditors visit two counties.\n"
    )
    assert _read(text) == [
        ("2019-03-04", None, "The office sends the forms to each county."),
        ("2019-03-01", "2019-03-08", "Counties return the forms."),
        ("2019-04-22", None, "The audit begins."),
        ("2019-04", None, "The auditors visit two counties."),
    ]


def test_ordinal_days_with_a_spaced_dash_another_writer() -> None:
    text = (  # a club's season, no blank lines, an en dash and a hyphen
        "September 2021\n"
        "3rd – First training night at the hall.\n"
        "18th - Away game at the river ground.\n"
        "October 2021\n"
        "2nd – Annual dinner.\n"
        "23rd-24th - Tournament weekend.\n"
    )
    assert _read(text) == [
        ("2021-09-03", None, "First training night at the hall."),
        ("2021-09-18", None, "Away game at the river ground."),
        ("2021-10-02", None, "Annual dinner."),
        ("2021-10-23", "2021-10-24", "Tournament weekend."),
    ]


def test_ordinal_days_with_two_dashes_a_third_writer() -> None:
    text = (
        "Parish diary\n\n"
        "May 1998\n"
        "  2nd -- The bells are rehung.\n"
        "  17th -- Confirmation service.\n"
        "June 1998\n"
        "  6th -- Summer fete on the green.\n"
    )
    assert _read(text) == [
        ("1998-05-02", None, "The bells are rehung."),
        ("1998-05-17", None, "Confirmation service."),
        ("1998-06-06", None, "Summer fete on the green."),
    ]


def test_an_ordinal_without_a_separator_is_no_day_item() -> None:
    # "1st Battalion …" opens a text: the ordinal is no day of the heading's month
    text = (
        "March 1916\n"
        "4th --- The brigade moves up to the line.\n"
        "1st Battalion relieves the Guards.\n"
        "12th --- Heavy shelling all day.\n"
        "20th --- The brigade is relieved.\n"
    )
    found = _read(text)
    assert ("1916-03-04", None, "The brigade moves up to the line.") in found
    assert all(not entry[0].endswith("-01") for entry in found)


# --- "JULHO NA HISTÓRIA" / "1 de 1997: text": a month's page over days of many years ---------------


def test_days_of_years_under_a_month_heading_portuguese() -> None:
    text = (  # the shape seen: a blog's month in history, a BC year left as written
        "segunda-feira, 3 de março de 2014\n\n"
        "MARÇO NA HISTÓRIA\n\n"
        "1 de 1565: é fundada a cidade do Rio de Janeiro.\n\n"
        "3 de 1918: assinado o tratado de Brest-Litovsk.\n\n"
        "15 de 44 a.C.: Júlio César é assassinado em Roma.\n\n"
        "15 de 1985: posse do primeiro governo civil.\n"
    )
    assert _read(text) == [
        ("1565-03-01", None, "é fundada a cidade do Rio de Janeiro."),
        ("1918-03-03", None, "assinado o tratado de Brest-Litovsk."),
        ("1985-03-15", None, "posse do primeiro governo civil."),
    ]
    assert "15 de 44 a.C.: Júlio César é assassinado em Roma." in reasons(text)


def test_days_of_years_under_a_month_heading_spanish_dashes_and_bullets() -> None:
    text = (  # another writer: Spanish, bulleted, a dash after the year
        "Julio en la historia\n"
        "- 4 de 1776 – Independencia de los Estados Unidos.\n"
        "- 14 de 1789 – Toma de la Bastilla.\n"
        "- 20 de 1969 – Llegada del hombre a la Luna.\n"
    )
    assert _read(text) == [
        ("1776-07-04", None, "Independencia de los Estados Unidos."),
        ("1789-07-14", None, "Toma de la Bastilla."),
        ("1969-07-20", None, "Llegada del hombre a la Luna."),
    ]


def test_days_of_years_under_two_month_headings() -> None:
    text = (  # a third: Markdown headings, two months, the day wrong for the month refused
        "## Novembro\n"
        "9 de 1989: cai o Muro de Berlim.\n"
        "15 de 1889: proclamada a República no Brasil.\n"
        "31 de 1990: um dia que novembro não tem.\n"
        "## Dezembro\n"
        "10 de 1948: Declaração Universal dos Direitos Humanos.\n"
        "25 de 1991: Gorbachev renuncia.\n"
    )
    assert _read(text) == [
        ("1989-11-09", None, "cai o Muro de Berlim."),
        ("1889-11-15", None, "proclamada a República no Brasil."),
        ("1948-12-10", None, "Declaração Universal dos Direitos Humanos."),
        ("1991-12-25", None, "Gorbachev renuncia."),
    ]
    assert "31 de 1990: um dia que novembro não tem." in reasons(text)


def test_days_of_years_without_a_month_heading_are_not_read_as_days() -> None:
    # no month named above: "1 de 1997" says no month, nothing guessed
    text = (
        "Efemérides\n"
        "1 de 1997: Hong Kong volta à China.\n"
        "2 de 1823: independência da Bahia.\n"
        "9 de 1932: revolução em São Paulo.\n"
    )
    assert all(entry[0][5:7] != "07" for entry in _read(text))


def test_too_few_days_of_years_are_left_as_written() -> None:
    text = "Março\n1 de 1565: é fundada a cidade.\n3 de 1918: assinado o tratado.\n"
    assert _read(text) == [] or all(len(entry[0]) != 10 for entry in _read(text))
