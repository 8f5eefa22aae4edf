"""Issue 22, layouts42: the misses of the blind part held-out-25, as general rules tested on
chronologies of other subjects and wordings: a year before 1000 with its era after a day and
month ("February 5, 62AD") or in brackets ("711 (n.Chr.)"); a date cell's remark in brackets;
a log's date stamps written year first in two digits ("98 SEP 02 text"); "1966 15 January,
text" and "1964 -1 December,Text" under bare years; a year list where few lines end a
sentence; three-digit years with one misplaced item; a year item opening "In 1 October," or
"Ab dem 4.1."; with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from ktimeline.importing.tables import read_entries as read_table
from tests.import_support import left_out, read_entries

_read = read_entries


def _dates(text: str) -> list[str]:
    return [date for date, _, _ in _read(text)]


def _found(text: str) -> str | None:
    match = dates.find_date(text)
    return None if match is None else match.group().strip()


def _resolved(text: str) -> tuple[str, str | None, str | None] | str:
    match = dates.find_date(text)
    assert match is not None
    return dates.resolve_date(match, dates.YearContext(None))


# --- a year before 1000 with its era after a day and month, or a month ---------------------


def test_a_day_and_month_with_an_era_year_before_1000() -> None:
    assert _resolved("February 5, 62AD Pompeii is shaken") == ("0062-02-05", None, None)
    assert _resolved("March 15, 44 A.D. text")[0] == "0044-03-15"
    assert _resolved("5 March 373 CE, the aqueduct falls")[0] == "0373-03-05"
    assert _resolved("December 856 AD, Corinth")[0] == "0856-12"
    assert _resolved("11. November 876 n. Chr. Der Dom brennt")[0] == "0876-11-11"


def test_a_day_and_month_before_a_figure_keeps_no_year() -> None:
    # (no era: the figure is a count, never a year)
    assert _found("May 5, 62 soldiers fall") == "May 5"
    assert _found("5 March 373 people gather") == "5 March"


def test_either_of_two_years_before_1000_with_the_era_after_the_second() -> None:
    assert _resolved("141 or 142AD text") == ("0141", "0142", None)
    assert _resolved("863 oder 864 n. Chr. Text") == ("0863", "0864", None)
    assert _found("12 or 13 apples") is None


def test_an_era_in_brackets_after_a_year() -> None:
    assert _resolved("711 (n.Chr.) Überschwemmungen")[0] == "0711"
    assert _resolved("79 (AD) Vesuvius erupts")[0] == "0079"


def test_an_era_in_brackets_opens_an_entry_among_three_digit_years() -> None:
    text = (  # a monastery's chronicle, in German
        "Geschichte des Klosters\n"
        "\n"
        "612 (n.Chr.) Gallus gründet eine Zelle an der Steinach\n"
        "\n"
        "719 Otmar wird erster Abt\n"
        "\n"
        "830 Der Klosterplan entsteht\n"
        "\n"
        "926 Ungarn überfallen das Kloster\n"
        "\n"
        "1170 Bau der Kirche\n"
        "\n"
        "1207 Der Abt wird Reichsfürst\n"
        "\n"
        "1451 Bündnis mit der Eidgenossenschaft\n"
    )
    found = _read(text)
    assert found[0] == ("0612", None, "Gallus gründet eine Zelle an der Steinach")
    assert [date for date, _, _ in found][:4] == ["0612", "0719", "0830", "0926"]


# --- a remark in brackets after a date cell's date ------------------------------------------


def test_a_date_cells_remark_in_brackets_is_read_off_and_kept_in_the_text() -> None:
    text = (  # a museum's acquisitions, in a CSV export
        "Id,Date,Object,Donor\n"
        '1,"March 3, 1921 (date of the deed)",Bronze bust,Smith family\n'
        '2,"June 9, 1924",Oil painting,Anonymous\n'
        '3,"May 2, 855 AD (approximately)",Coin hoard,Excavation\n'
    )
    found = read_table(text).entries
    assert [(e.date, " ".join(e.parts)) for e in found] == [
        ("1921-03-03", "Bronze bust — Smith family — (date of the deed)"),
        ("1924-06-09", "Oil painting — Anonymous"),
        ("0855-05-02", "Coin hoard — Excavation — (approximately)"),
    ]


def test_a_date_cell_with_its_own_brackets_is_read_whole() -> None:
    text = "Year,Event\n1985 (Dec 12),The bridge opens\n1987 (Mar),The tolls end\n"
    assert [(e.date, " ".join(e.parts)) for e in read_table(text).entries] == [
        ("1985-12-12", "The bridge opens"),
        ("1987-03", "The tolls end"),
    ]


# --- a log's date stamps written year first in two digits -----------------------------------


_LOG = (  # a ship's refit log, date stamps year first
    "Refit log of the research vessel\n"
    "\n"
    "Dates are written year, month, day.\n"
    "\n"
    "87 MAR 02 Vessel enters dry dock DONE\n"
    "87 MAR 19 Hull plating replaced DONE\n"
    "87 APR 04 New sonar fitted DONE\n"
    "87 JUN 30 Sea trials begin DONE\n"
    "88 JAN 12 Vessel returns to service DONE\n"
)


def test_date_stamps_year_first_in_two_digits_are_days() -> None:
    assert [(date, words[:20]) for date, _, words in _read(_LOG)] == [
        ("1987-03-02", "Vessel enters dry do"),
        ("1987-03-19", "Hull plating replace"),
        ("1987-04-04", "New sonar fitted DON"),
        ("1987-06-30", "Sea trials begin DON"),
        ("1988-01-12", "Vessel returns to se"),
    ]


def test_date_stamps_take_the_century_of_the_full_years() -> None:
    text = (  # a club's minutes: its full years say the 1900s, though "05" would be 2005
        "Minutes of the chess club, founded in 1902\n"
        "\n"
        "05 Feb 12 First tournament held\n"
        "05 Mar 03 New boards bought\n"
        "06 Jan 20 Match against the rowing club\n"
        "47 Sep 09 The club reopens after the war\n"
    )
    assert _dates(text) == [
        "1905-02-12",
        "1905-03-03",
        "1906-01-20",
        "1947-09-09",
    ]


def test_date_stamps_read_with_posix_pivot_where_no_year_is_written_in_full() -> None:
    text = (  # a maintenance log across the turn of the century
        "97 NOV 03 Boiler serviced\n"
        "98 FEB 11 Roof repaired\n"
        "99 DEC 31 Systems checked before the new year\n"
        "00 JAN 01 No failure found\n"
        "01 MAR 05 New windows fitted\n"
    )
    assert _dates(text) == [
        "1997-11-03", "1998-02-11", "1999-12-31", "2000-01-01", "2001-03-05",
    ]  # fmt: skip


def test_date_stamps_out_of_order_are_not_read_so() -> None:
    text = (
        "03 Jan 15 Boiler serviced\n"
        "99 Dec 31 Archive note\n"
        "04 Feb 11 New windows fitted\n"
        "05 Mar 01 Roof repaired\n"
    )
    assert not any(date.startswith(("2003", "2004", "2005", "1999")) for date, _, _ in _read(text))


def test_date_stamps_whose_numbers_may_all_be_days_are_not_read_so() -> None:
    # (no first number over 31: "12 MAR 05" may be 12 March 2005; not read as year first)
    text = "12 MAR 05 Audit\n14 APR 06 Audit\n15 MAY 07 Audit\n"
    assert not any(date.startswith(("2012", "2014", "2015")) for date, _, _ in _read(text))


def test_too_few_date_stamps_are_not_read_so() -> None:
    text = "Notes\n\n98 SEP 02 Something happens\n99 JAN 10 Something else\n"
    assert _dates(text) == []


# --- "1966 15 January, text" and "1964 -1 December,Text" under bare years -------------------


def test_a_year_then_its_day_and_month_and_a_comma_under_bare_years() -> None:
    text = (  # a football club's history
        "1901 The club is founded by railway workers.\n"
        "\n"
        "1903 The first stadium is built.\n"
        "\n"
        "1905 3 March, a fire destroys the stand.\n"
        "\n"
        "9 April, the club plays on a borrowed field.\n"
        "\n"
        "1906 -2 June,New stand opened.\n"
        "\n"
        "1908 The club wins its first cup.\n"
        "\n"
        "12 May, the cup is paraded through the town.\n"
        "\n"
        "30 May, the players are received by the mayor.\n"
    )
    assert [(date, words[:22]) for date, _, words in _read(text)] == [
        ("1901", "The club is founded by"),
        ("1903", "The first stadium is b"),
        ("1905-03-03", "a fire destroys the st"),
        ("1905-04-09", "the club plays on a bo"),
        ("1906-06-02", "New stand opened."),
        ("1908", "The club wins its firs"),
        ("1908-05-12", "the cup is paraded thr"),
        ("1908-05-30", "the players are receiv"),
    ]


def test_a_month_and_year_then_a_comma_and_lower_case_stays_a_sentence() -> None:
    # ("February 1942, the army …": no day after the year, a sentence carried on)
    text = (
        "1901 The club is founded.\n"
        "1903 The stadium is built.\n"
        "1905 The stand burns.\n"
        "February 1942, the army takes the ground\n"
    )
    assert _dates(text) == ["1901", "1903", "1905"]


def test_a_year_and_a_dash_before_a_figure_stays_a_span() -> None:
    assert _found("1924-7 text") == "1924-7"
    assert _found("1964 -1 people") == "1964 -1"


# --- a year list where few lines end a sentence ---------------------------------------------


def test_undated_lines_without_a_full_stop_in_a_mostly_bare_year_list() -> None:
    text = (  # a slide on a company's history
        "Brief history of the company\n"
        "1888 Founded as a bicycle workshop\n"
        "1920 First motorcycle built\n"
        "Racing team formed\n"
        "Export to Europe begins\n"
        "1955 Merger with a car maker\n"
        "It was from this merger, that the brand took its modern name.\n"
        "1970 Factory moves to the coast\n"
        "1999 New electric range\n"
    )
    assert [(date, words[:24]) for date, _, words in _read(text)] == [
        ("1888", "Founded as a bicycle wor"),
        ("1920", "First motorcycle built"),
        ("1920", "Racing team formed"),
        ("1920", "Export to Europe begins"),
        ("1955", "Merger with a car maker "),
        ("1970", "Factory moves to the coa"),
        ("1999", "New electric range"),
    ]


def test_a_year_list_of_sentences_keeps_its_lines_without_full_stop_with_the_entry() -> None:
    # (most lines end a sentence: a line without one is no item of its own)
    text = (
        "1888 The workshop opens.\n"
        "1920 The first motorcycle is built.\n"
        "Racing team\n"
        "1955 The firm merges.\n"
        "1970 The factory moves.\n"
    )
    assert _dates(text) == ["1888", "1920", "1955", "1970"]


# --- three-digit years with one misplaced item ----------------------------------------------


def test_three_digit_years_with_one_step_back() -> None:
    text = (  # a chronicle of a river's floods, one item out of its place
        "Floods of the river\n"
        "\n"
        "812 Floods in the lower valley\n"
        "\n"
        "745 The old bridge is swept away\n"
        "\n"
        "868 Floods reach the abbey\n"
        "\n"
        "951 Dry summer across the valley\n"
        "\n"
        "1015 The dikes are raised\n"
        "\n"
        "1120 Great flood in spring\n"
        "\n"
        "1342 The flood of the millennium\n"
    )
    assert _dates(text) == [
        "0812", "0745", "0868", "0951", "1015", "1120", "1342",
    ]  # fmt: skip


def test_three_digit_numbers_that_go_back_twice_are_counts() -> None:
    text = (
        "1901 The regiment is raised\n"
        "\n"
        "300 Soldiers march north\n"
        "\n"
        "120 Horses are bought\n"
        "\n"
        "250 Recruits join\n"
        "\n"
        "1903 The regiment sails\n"
        "\n"
        "1905 The regiment returns\n"
    )
    assert not any(date.startswith("0") for date, _, _ in _read(text))


# --- a year item opening with its day in a sentence -----------------------------------------


def test_a_year_item_opening_in_a_day_or_ab_dem_a_dotted_day() -> None:
    text = (
        "1961 The club is founded.\n"
        "\n"
        "1963 In 1 October, the club moves to the new ground.\n"
        "\n"
        "1964 Ab dem 4.1. spielt der Verein in der Stadtliga.\n"
        "\n"
        "1965 In September, the stand burns.\n"
        "\n"
        "1966 In 1966 the club wins the cup.\n"
    )
    assert [(date, words[:12]) for date, _, words in _read(text)] == [
        ("1961", "The club is "),
        ("1963-10-01", "In 1 October"),
        ("1964-01-04", "Ab dem 4.1. "),
        ("1965", "In September"),
        ("1966", "In 1966 the "),
    ]


def test_a_dotted_number_without_an_opening_word_stays_text() -> None:
    text = "2019 Release notes.\n\n2020 2.1. Beta is out.\n\n2021 Final.\n"
    assert _dates(text) == ["2019", "2020", "2021"]
    assert "2.1." not in " ".join(left_out(text))


# --- Icelandic centuries ---------------------------------------------------------------------


def test_icelandic_centuries_and_their_spans() -> None:
    assert _resolved("7.-8. öld  Norrænir menn nema land") == ("0601", "0800", None)
    assert _resolved("12. öld Kirkjan eflist")[:2] == ("1101", "1200")
    assert _found("12. ölduna") is None  # (another word: "alda", a wave)


# --- one three-digit year right above a list of years; a guillemet after a year ----------


def test_one_three_digit_year_right_above_the_first_year_line() -> None:
    text = (  # a cathedral's history
        "Key dates of the cathedral\n"
        "\n"
        "965 Monks build a wooden church on the hill.\n"
        "1070 The stone cathedral is begun.\n"
        "1190 The choir is finished.\n"
        "1327 Fire destroys the roof.\n"
    )
    assert _dates(text) == ["0965", "1070", "1190", "1327"]


def test_a_title_with_a_three_digit_number_above_a_year_list_stays_a_title() -> None:
    text = (
        "100 Years of Flight\n"
        "1903 The first powered flight.\n"
        "1927 Lindbergh crosses the Atlantic.\n"
        "1969 Men land on the Moon.\n"
    )
    assert _dates(text) == ["1903", "1927", "1969"]
    assert "100 Years of Flight" in left_out(text)


def test_a_count_further_down_a_year_list_stays_text() -> None:
    text = (
        "1903 The first powered flight.\n"
        "1927 Lindbergh crosses the Atlantic.\n"
        "300 Reporters wait at the airfield.\n"
        "1969 Men land on the Moon.\n"
    )
    assert _dates(text) == ["1903", "1927", "1969"]


def test_a_year_then_a_guillemet_opens_an_entry() -> None:
    text = (  # a theatre's history, in French
        "1680 Fondation de la Comédie-Française.\n"
        "1689 La troupe s'installe rue des Fossés.\n"
        "1782 «Le Mariage de Figaro» est reçu par la troupe.\n"
        "1799 La troupe s'installe salle Richelieu.\n"
    )
    assert [(date, words[:12]) for date, _, words in _read(text)] == [
        ("1680", "Fondation de"),
        ("1689", "La troupe s'"),
        ("1782", "«Le Mariage "),
        ("1799", "La troupe s'"),
    ]


# --- a page's thanks under its list ------------------------------------------------------


def test_an_acknowledgment_under_the_last_entry_is_a_footnote() -> None:
    text = (  # a brewery's milestones
        "1842: The brewery is founded in Pilsen\n"
        "1898: A new brewhouse opens\n"
        "1945: The brewery is nationalised\n"
        "Acknowledgment: We thank the town archive for its photographs.\n"
    )
    assert [(date, words) for date, _, words in _read(text)][-1] == (
        "1945",
        "The brewery is nationalised",
    )
    assert "Acknowledgment: We thank the town archive for its photographs." in left_out(text)
    german = (
        "1842: Gründung.\n1898: Neues Sudhaus.\n1945: Verstaatlichung.\nDanksagung: Stadtarchiv.\n"
    )
    assert "Danksagung: Stadtarchiv." in left_out(german)


def test_an_acknowledgment_inside_a_sentence_stays_text() -> None:
    text = (
        "1842: The brewery is founded.\n"
        "1898: A new brewhouse opens.\n"
        "1945: The brewery is nationalised, with acknowledgment: of its workers' claims.\n"
    )
    assert _read(text)[-1][2].endswith("claims.")


# --- either of two dates: "141 or 142 AD" opening a line, "July 5, 1201 and/or May 20, 1202"


def test_either_of_two_early_years_opens_an_entry() -> None:
    text = (  # an abbey's chronicle
        "141 or 142 AD – A great fire burns the library.\n"
        "863 oder 864 n. Chr.: Die Abtei wird gegründet.\n"
        "1001 – A bridge is built.\n"
    )
    assert [(date, end) for date, end, _ in _read(text)] == [
        ("0141", "0142"),
        ("0863", "0864"),
        ("1001", None),
    ]


def test_either_of_two_whole_days_is_the_span_between_them() -> None:
    assert _resolved("July 5, 1201 and/or May 20, 1202 text") == (
        "1201-07-05",
        "1202-05-20",
        None,
    )
    assert _resolved("June 5, 1944 or June 6, 1944: the landing")[:2] == (
        "1944-06-05",
        "1944-06-06",
    )
    # (no second whole date: the first day alone)
    assert _resolved("June 5, 1944 or later, the landing")[:2] == ("1944-06-05", None)


# --- a three-digit span with a two-digit end, and a second period joined to it ---------------


def test_a_short_span_and_a_second_period_joined_by_and() -> None:
    text = (  # a chronicle of a region's winters
        "Harte Winter\n"
        "\n"
        "763 Der Bosporus friert zu\n"
        "\n"
        "821-23 sowie 860 bis 861 Kalte Winter in Mitteleuropa\n"
        "\n"
        "874 Schnee bis in den Mai\n"
        "\n"
        "1010 Der Nil friert zu\n"
        "\n"
        "1205 Kalter Winter in England\n"
        "\n"
        "1306 Die Ostsee friert zu\n"
    )
    found = _read(text)
    assert found[1] == ("0821", "0823", "Kalte Winter in Mitteleuropa")
    assert [date for date, _, _ in found] == ["0763", "0821", "0874", "1010", "1205", "1306"]


def test_a_short_span_with_an_end_below_its_start_keeps_the_year_alone() -> None:
    text = (
        "763 Der Bosporus friert zu\n"
        "\n"
        "821-05 Kalte Winter in Mitteleuropa\n"
        "\n"
        "874 Schnee bis in den Mai\n"
        "\n"
        "1010 Der Nil friert zu\n"
        "\n"
        "1205 Kalter Winter in England\n"
        "\n"
        "1306 Die Ostsee friert zu\n"
    )
    assert ("0821", None) in [(date, end) for date, end, _ in _read(text)]
