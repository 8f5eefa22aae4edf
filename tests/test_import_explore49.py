"""Issue 22, explore49: layouts met by trying chronologies of a pandemic, a state of alarm, a
country's history, Canadian rock, a board's calendar, a museum and a genealogy site's timeline
(Spain, Kenya, Canada, India, Switzerland, the Netherlands; Spanish, Italian, Dutch, English) as
a new user would ("1895 - …" / "Early 1900s - …" / "1920 - …", "1 | 1744 | - 1744—1828: Eise
Eisinga" rows, "1998" / "… with their catalogue:" / "2009", "14 MARZO" left out with its text
below), each rule on short chronologies written for the test in other subjects and wordings
(never the pages' own words), and what each must not read."""

from __future__ import annotations

from pathlib import Path

from ktimeline import dates
from tests.import_support import read_entries, reasons

_read = read_entries


# --- "1900s" between its neighbours: the list's order settles the decade -------------------------


def test_a_1900s_between_a_year_before_it_and_one_a_decade_or_more_later_is_the_decade() -> None:
    text = (  # a harbour's history, one item a line
        "1887 - The first pier is built.\n"
        "1893 - A lighthouse is lit on the point.\n"
        "Early 1900s - Steamers replace the sailing ships.\n"
        "1921 - The harbour board is formed.\n"
        "1935 - The breakwater is finished.\n"
    )
    assert _read(text) == [
        ("1887", None, "The first pier is built."),
        ("1893", None, "A lighthouse is lit on the point."),
        ("1900", "1909", "Steamers replace the sailing ships."),
        ("1921", None, "The harbour board is formed."),
        ("1935", None, "The breakwater is finished."),
    ]


def test_the_same_in_a_list_newest_first() -> None:
    text = (
        "1935 - The breakwater is finished.\n"
        "1921 - The harbour board is formed.\n"
        "2000s - Ferries call twice a day.\n"
        "1893 - A lighthouse is lit on the point.\n"
        "1887 - The first pier is built.\n"
    ).replace("2000s", "1900s")
    found = _read(text)
    assert ("1900", "1909", "Ferries call twice a day.") in found


def test_a_1900s_whose_next_year_is_within_the_decade_stays_unsettled() -> None:
    # "1900s" then 1905: the decade would end after the year below it; not guessed
    text = (
        "1887 - The first pier is built.\n"
        "1893 - A lighthouse is lit on the point.\n"
        "1900s - Steamers replace the sailing ships.\n"
        "1905 - The harbour board is formed.\n"
        "1935 - The breakwater is finished.\n"
    )
    assert all(entry[2] != "Steamers replace the sailing ships." for entry in _read(text))
    assert (
        "may be a century or a decade"
        in reasons(text)["1900s - Steamers replace the sailing ships."]
    )


def test_a_1900s_last_in_its_list_stays_unsettled() -> None:
    # no year after it: the century (1900–1999) is as likely as the decade
    text = (
        "1850 - The first pier is built.\n"
        "1870 - A lighthouse is lit on the point.\n"
        "1890 - The harbour board is formed.\n"
        "1900s - Steamers replace the sailing ships.\n"
    )
    assert all(entry[2] != "Steamers replace the sailing ships." for entry in _read(text))


def test_the_argument_grammar_still_asks() -> None:
    # `range '1900s'`: no list around it, the words alone leave it open
    assert dates.century_or_decade(1900) is None
    assert dates.century_or_decade(1900, between=frozenset({1900})) == 10
    assert dates.century_or_decade(1800, between=frozenset({1800})) == 100


# --- a list of spans with titles: its first span is no page's title -------------------------------


def test_a_list_of_lives_opens_with_an_entry_not_the_pages_title() -> None:
    text = (  # painters of a town: the years of a life, a name, paragraphs below; then years
        "1801—1866: Anna Verhoef\n"
        "In 1820 she painted the harbour. Few saw it then.\n"
        "She taught at the school. It changed the town.\n"
        "1820—1880: Pieter Dam\n"
        "In 1840 he painted the church. It still hangs there.\n"
        "1833\nThe school of drawing opens\n"
        "1850\nThe first exhibition is held\n"
        "1860\nThe museum opens\n"
    )
    found = _read(text)
    assert found[0][:2] == ("1801", "1866")
    assert found[0][2].startswith("Anna Verhoef")
    assert ("1820", "1880") in [entry[:2] for entry in found]


def test_a_span_title_over_years_and_spans_written_otherwise_stays_the_pages_title() -> None:
    # the title's span written once; the spans below are the years' own ("1905-08"), no lives
    text = (
        "1900–1930: River Town\n"
        "In 1900 the valley was farmland. Few lived there.\n"
        "The river brought trade. It changed everything.\n"
        "1901\nThe mill opens\n"
        "1905-08\nA bridge is built\n"
        "1925\nThe railway arrives\n"
        "1930\nThe town has 5 000 people\n"
    )
    assert [entry[0] for entry in _read(text)] == ["1901", "1905", "1925", "1930"]


# --- a flattened table's row over several lines, closed by a line holding "|" ---------------------


def test_the_lines_of_a_row_up_to_its_closing_sign_are_its_text() -> None:
    text = (  # a parish's timeline in a genealogy site's table
        "|\n"
        "1 | 1790 | - 1790: The chapel is built.\n"
        "The stones come from the old mill.\n"
        "|\n"
        "2 | 1812 | - 1812: A flood reaches the square.\n"
        "Many houses are lost.\n"
        "The registers are saved by the clerk.\n"
        "|\n"
        "3 | 1845 | - 1845: The school opens.\n"
        "Forty children are enrolled.\n"
        "|\n"
    )
    found = _read(text)
    assert [entry[:2] for entry in found] == [("1790", None), ("1812", None), ("1845", None)]
    assert "The registers are saved" in found[1][2]


def test_the_text_cut_inside_the_last_row_closes_it() -> None:
    text = (
        "|\n"
        "1 | 1790 | - 1790: The chapel is built.\n"
        "|\n"
        "2 | 1812 | - 1812: A flood reaches the square.\n"
        "|\n"
        "3 | 1845 | - 1845: The school opens.\n"
        "Forty children are enrolled.\n"
        "The teacher came from the c"
    )
    found = _read(text)
    assert [entry[:2] for entry in found] == [("1790", None), ("1812", None), ("1845", None)]


def test_a_row_closed_on_its_own_line_takes_no_line_below() -> None:
    # "• 1860 | … |": the row ends on its line; the next line is another (its year lost)
    text = (
        "• 1790 | The chapel is built. |\n"
        "|\n"
        "• 1812 | A flood reaches the square. |\n"
        "|\n"
        "• 1845 | The school opens. |\n"
        "888 | The mill is sold. The new owner, Barra de S"
    )
    found = _read(text)
    assert all("The mill is sold" not in entry[2] for entry in found)


# --- a year alone whose text ends with a colon, the next year alone below -------------------------


def test_a_year_alones_text_ending_with_a_colon_is_its_text_before_the_next_year() -> None:
    text = (  # a library's history, the list after the colon lost from the page
        "1961\n\nThe library opens in the old post office.\n\n"
        "1974\n\nA reading room is added for children.\n\n"
        "1988\n\nTravelling exhibitions join the collection, among them:\n\n"
        "2003\n\nThe catalogue goes online.\n"
    )
    assert _read(text) == [
        ("1961", None, "The library opens in the old post office."),
        ("1974", None, "A reading room is added for children."),
        ("1988", None, "Travelling exhibitions join the collection, among them:"),
        ("2003", None, "The catalogue goes online."),
    ]


def test_a_month_heading_and_its_introduction_over_days_stays_a_heading() -> None:
    # "July 1953" / "The following events occurred in July 1953:" / days: no entry of July
    text = (
        "July 1953\n\nThe following events occurred in July 1953:\n\n"
        "July 1, 1953 - The canal reopens.\n"
        "July 9, 1953 - A strike ends at the docks.\n"
        "July 20, 1953 - The new bridge is opened.\n"
    )
    found = _read(text)
    assert [entry[0] for entry in found] == ["1953-07-01", "1953-07-09", "1953-07-20"]


# --- a date alone left out: its text after a blank line says so ------------------------------------


def test_the_text_under_a_date_alone_left_out_continues_it() -> None:
    text = (  # no year anywhere: the days are left out, and so is their text, saying why
        "Chronology of the floods\n\n"
        "3 ABRIL\n\nThe river breaks its banks at dawn.\n\n- Schools close.\n\n"
        "4 ABRIL\n\n- The army arrives.\n"
    )
    why = reasons(text)
    assert why["The river breaks its banks at dawn."] == "continues line 3, which was left out"


# --- `import --check` in a narrow terminal: a join of lines stays visible --------------------------


def test_a_narrow_check_table_keeps_the_join_mark_whole(tmp_path: Path) -> None:
    from ktimeline.api import import_chronology
    from ktimeline.cli.app import import_check_table

    source = tmp_path / "parish.txt"
    source.write_text(
        "1790: The chapel of the parish is built on the hill above the river\n"
        "with stones from the old mill that burned down in the winter before.\n"
        "1812: A flood reaches the square.\n"
        "1845: The school opens.\n",
        encoding="utf-8",
    )
    outcome = import_chronology(source, dry_run=True)
    table = import_check_table(outcome.result, outcome.document.where, 60)
    first = next(line for line in table.splitlines() if line.startswith("1 "))
    assert first.endswith("[joins lines 1, 2]")
    assert len(first) <= 60


def test_a_line_far_below_a_menu_bullet_does_not_continue_it() -> None:
    # a site's bulleted menu, then the page's own lines, then the chronology: "Our shop" is
    # no rest of "• Contact", ten lines above, whatever came between
    text = (
        "• Home\n• Bands\n• Contact\n\n"
        "Music of the North\n\n"
        "A page about the old bands | More pages\n"
        "Our shop\n\n"
        "1964: The first club opens downtown.\n"
        "1968: A band from the club tours the west.\n"
        "1971: The club closes.\n"
    )
    why = reasons(text)
    assert why["Our shop"] == "before the first entry"
