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


# --- "• December – text" among "• November 15, 1996: text": a month, a spaced dash -----------------


def test_a_bulleted_month_with_a_dash_is_that_month_of_the_year_above() -> None:
    text = (  # the shape seen: a blog's history of a website, colons elsewhere
        "A club's history\n\n"
        "• May 1996: The founders meet in a garage.\n"
        "• November 7, 1996: The club is registered.\n"
        "• November 15, 1996: The first newsletter goes out.\n"
        "• December – The club moves to a hall in town.\n"
        "• January 12, 1997: A second team is formed.\n"
    )
    assert _read(text) == [
        ("1996-05", None, "The founders meet in a garage."),
        ("1996-11-07", None, "The club is registered."),
        ("1996-11-15", None, "The first newsletter goes out."),
        ("1996-12", None, "The club moves to a hall in town."),
        ("1997-01-12", None, "A second team is formed."),
    ]


def test_a_bulleted_month_with_a_hyphen_another_writer() -> None:
    text = (  # hyphen bullets, day-first dates, an em dash for the month
        "- 2 March 2004: Work starts on the new bridge.\n"
        "- 19 June 2004: The first span is lifted into place.\n"
        "- August - Traffic is moved to a temporary road.\n"
        "- 30 October 2004: The bridge opens.\n"
        "- November — Tolls are dropped.\n"
    )
    assert _read(text) == [
        ("2004-03-02", None, "Work starts on the new bridge."),
        ("2004-06-19", None, "The first span is lifted into place."),
        ("2004-08", None, "Traffic is moved to a temporary road."),
        ("2004-10-30", None, "The bridge opens."),
        ("2004-11", None, "Tolls are dropped."),
    ]


def test_a_month_and_dash_before_lower_case_is_no_month_item() -> None:
    # "• May – the …" carries no capital after the dash: not read as the month
    text = (
        "• 3 April 2010: The library closes for repairs.\n"
        "• 20 June 2010: The roof is replaced.\n"
        "• 9 September 2010: The library reopens.\n"
        "• May – the builders found the old plans, people say.\n"
    )
    assert all(entry[0] != "2010-05" for entry in _read(text))


# --- an undated item between two dated ones, in a list of many undated items ---------------------


def test_an_undated_sentence_between_two_dated_items_is_the_date_above() -> None:
    text = (  # the shape seen: as many undated items as dated ones
        "• 1988: The society is founded by six teachers.\n"
        "• March 3, 1990: The first meeting is held in the school hall.\n"
        "• A newsletter is printed and sent to members.\n"  # (not between two dated items)
        "• Members vote on a name\n"
        "• June 9, 1991: The society buys its first telescope for the club.\n"
        "• Volunteers build a shed for it on the sports field.\n"
        "• May 1992: The observatory opens.\n"
    )
    found = _read(text)
    assert ("1990-03-03", None, "A newsletter is printed and sent to members.") not in found
    assert ("1991-06-09", None, "Volunteers build a shed for it on the sports field.") in found


def test_an_undated_item_of_six_words_between_two_dated_ones_another_writer() -> None:
    text = (  # numbered items, the undated ones without a full stop
        "1. 4 May 1970: Students march in the town centre.\n"
        "2. Police close the bridge to traffic\n"
        "3. 8 May 1970: The mayor meets the student leaders.\n"
        "4. The university cancels its exams this term\n"
        "5. 12 May 1970: Classes resume.\n"
        "6. A statue is unveiled\n"
        "7. 1 June 1970: The inquiry reports.\n"
    )
    found = _read(text)
    assert ("1970-05-04", None, "Police close the bridge to traffic") in found
    assert ("1970-05-08", None, "The university cancels its exams this term") in found


def test_a_short_caption_between_two_dated_items_stays_out() -> None:
    # "• King Eric the Victorious": a caption's name, no sentence: never the date's above
    text = (
        "• 1029 - Christianity is brought by a missionary.\n"
        "• 1070 - Eric becomes the first king.\n"
        "• King Eric the Victorious\n"
        "• 1104 - The king is baptised.\n"
        "• Old church at the lake\n"
        "• 1160 - A king is murdered.\n"
    )
    found = _read(text)
    assert all("Victorious" not in entry[2] for entry in found)
    assert "• King Eric the Victorious" in reasons(text)


# --- "… in Bonn. Archivnachweis": a link's word after each item's sentence -------------------------


def test_an_undated_item_under_a_dated_one_ending_with_a_link_word() -> None:
    text = (  # the shape seen: an archive's numbered chronicle, its link word after items
        "Chronik 1990\n"
        "  1. 2. Mai Der Stadtrat tagt zum ersten Mal. Archivnachweis\n"
        "  2. 6. Mai Die Wahl findet statt. Archivnachweis\n"
        "  3. In drei Bezirken wird neu gezählt.\n"
        "  4. 9. Mai Der Bürgermeister wird gewählt. Archivnachweis\n"
        "  5. 20. Mai Der Haushalt wird beschlossen. Archivnachweis\n"
    )
    assert _read(text) == [
        ("1990-05-02", None, "Der Stadtrat tagt zum ersten Mal. Archivnachweis"),
        ("1990-05-06", None, "Die Wahl findet statt. Archivnachweis"),
        ("1990-05-06", None, "In drei Bezirken wird neu gezählt."),
        ("1990-05-09", None, "Der Bürgermeister wird gewählt. Archivnachweis"),
        ("1990-05-20", None, "Der Haushalt wird beschlossen. Archivnachweis"),
    ]


def test_the_same_with_another_link_word_and_bullets() -> None:
    text = (  # another writer: bulleted, "Source" after each item, two undated items
        "• 3 June 2015: The museum closes for building work. Source\n"
        "• Staff move to a temporary office.\n"
        "• 14 July 2015: The old wing is pulled down. Source\n"
        "• Finds from the site go on show.\n"
        "• 2 May 2016: The new wing opens. Source\n"
    )
    found = _read(text)
    assert ("2015-06-03", None, "Staff move to a temporary office.") in found
    assert ("2015-07-14", None, "Finds from the site go on show.") in found


def test_a_last_word_ending_fewer_than_three_items_is_no_link_word() -> None:
    # "… des Landes. Bonn" twice only: the word is the item's own, its sentence not ended
    text = (
        "Chronik 1990\n"
        "  1. 2. Mai Der Stadtrat tagt. Bonn\n"
        "  2. In drei Bezirken wird neu gezählt.\n"
        "  3. 6. Mai Die Wahl findet statt. Bonn\n"
        "  4. In zwei Bezirken wird neu gezählt.\n"
        "  5. 9. Mai Der Bürgermeister wird gewählt.\n"
        "  6. 20. Mai Der Haushalt wird beschlossen.\n"
    )
    found = _read(text)
    assert all(not entry[2].startswith("In drei") for entry in found)


def test_an_undated_item_between_two_dated_ones_naming_its_own_date_is_reported() -> None:
    # "• The hall is rebuilt … in 1966": a date of its own inside: never the date's above
    text = (
        "• 1950: The hall opens.\n"
        "• 1961: The hall burns down.\n"
        "• The hall is rebuilt by the town and reopened in 1966.\n"
        "• 1970: A second stage is added.\n"
    )
    assert all("rebuilt" not in entry[2] for entry in _read(text))
    assert "• The hall is rebuilt by the town and reopened in 1966." in reasons(text)
