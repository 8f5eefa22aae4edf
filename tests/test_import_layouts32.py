"""Issue 22, thirty-second round (faults left on texts already seen and on hostile cases):
a figure with its unit after a year's dash is no span's end ("1180 - 85 Prozent …"); several
days of one year on a "YEAR – day month text" line are several entries; a yearless day in such
a list is a day of the year above. Each rule on chronologies written for the test in other
subjects and languages, with what it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from ktimeline.dates import parse_range
from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- a figure and its unit after "YEAR - " is the text, never the end of a span ---------------

TOWN_FIRE = (  # a German town chronicle, its "YEAR - text" list
    "Stadtchronik\n"
    "1173 - wurde die Stadt gegründet.\n"
    "1176 - baute man die Mauer.\n"
    "1180 - 85 Prozent der Häuser brennen ab.\n"
    "1184 - wurde die Kirche geweiht.\n"
)


def test_a_percentage_after_a_years_dash_is_the_text() -> None:
    assert _read(TOWN_FIRE)[2] == ("1180", None, "85 Prozent der Häuser brennen ab.")


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("1922 - 35 km Straße werden gebaut.", "35 km Straße werden gebaut."),
        ("1922 - 40 % der Bauern verlassen das Dorf.", "40 % der Bauern verlassen das Dorf."),
        (
            "1922 - 30 Millionen Mark fließen in den Hafen.",
            "30 Millionen Mark fließen in den Hafen.",
        ),
        ("1922 - 70 pour cent des vignes gèlent.", "70 pour cent des vignes gèlent."),
    ],
)
def test_other_units_after_a_years_dash(line: str, text: str) -> None:
    chronicle = (
        "Chronik des Hafens\n"
        "1918 - Gründung der Genossenschaft.\n"
        "1920 - Bau des ersten Kais.\n"
        f"{line}\n"
        "1958 - Eröffnung der Werft.\n"
    )
    assert _read(chronicle)[2] == ("1922", None, text)


def test_a_span_whose_text_opens_with_a_noun_stays_a_span() -> None:
    text = (
        "Chronik\n"
        "1120 - wird das Kloster gestiftet.\n"
        "1162 - 70 Bau der Kirche.\n"
        "1173 - wurde die Stadt gegründet.\n"
        "1184 - wurde die Kirche geweiht.\n"
    )
    assert _read(text)[1] == ("1162", "1170", "Bau der Kirche.")


# --- several days of one year on a "YEAR – day month text" line --------------------------------

OPERA_HOUSE = (  # an Italian theatre's anniversaries, two days of a year on one line
    "Anniversari del teatro\n"
    "1778 – 3 agosto apre il teatro alla Scala\n"
    "1813 – 11 marzo debutta Rossini – 20 dicembre muore il direttore\n"
    "1842 – 9 marzo prima del Nabucco\n"
    "1893 – 9 febbraio prima del Falstaff – 17 maggio chiude la stagione\n"
    "1943 – i bombardamenti colpiscono la sala\n"
)


def test_several_days_of_a_year_on_one_line_are_several_entries() -> None:
    assert _read(OPERA_HOUSE) == [
        ("1778-08-03", None, "apre il teatro alla Scala"),
        ("1813-03-11", None, "debutta Rossini"),
        ("1813-12-20", None, "muore il direttore"),
        ("1842-03-09", None, "prima del Nabucco"),
        ("1893-02-09", None, "prima del Falstaff"),
        ("1893-05-17", None, "chiude la stagione"),
        ("1943", None, "i bombardamenti colpiscono la sala"),
    ]


def test_a_day_after_a_year_entrys_dash_in_english() -> None:
    text = (
        "Club history\n"
        "1905 – 3 March the club is founded\n"
        "1910 – 7 April the team wins its first cup – 2 October the stand burns down\n"
        "1920 – the club turns professional – 9 May the new ground opens\n"
        "1925 – 19 May the club is relegated\n"
    )
    assert _read(text) == [
        ("1905-03-03", None, "the club is founded"),
        ("1910-04-07", None, "the team wins its first cup"),
        ("1910-10-02", None, "the stand burns down"),
        ("1920", None, "the club turns professional"),
        ("1920-05-09", None, "the new ground opens"),
        ("1925-05-19", None, "the club is relegated"),
    ]


def test_a_dash_before_a_count_stays_in_the_text() -> None:
    text = (
        "Club history\n"
        "1905 – 3 March the club is founded\n"
        "1910 – 7 April the team wins – 12 players leave after the final\n"
        "1925 – 19 May the club is relegated\n"
    )
    assert _read(text)[1] == (
        "1910-04-07",
        None,
        "the team wins – 12 players leave after the final",
    )


def test_a_dash_before_a_day_where_the_list_writes_no_days_stays_text() -> None:
    text = (
        "Club history\n"
        "1905 – the club is founded\n"
        "1910 – the team wins its first cup – 2 October is its day\n"
        "1925 – the club is relegated\n"
    )
    assert _read(text)[1] == ("1910", None, "the team wins its first cup – 2 October is its day")


# --- a day without its year in a "YEAR – day month text" list is a day of the year above -------


def test_a_yearless_day_under_a_year_and_day_line() -> None:
    text = (
        "Cronologia della squadra\n"
        "1901 – 3 marzo nasce il club\n"
        "1905 – 7 aprile vince il titolo\n"
        "1920 – 19 maggio nasce il nuovo stadio\n"
        "5 agosto il club vince la coppa\n"
        "9 ottobre muore il presidente\n"
    )
    assert _read(text)[3:] == [
        ("1920-08-05", None, "il club vince la coppa"),
        ("1920-10-09", None, "muore il presidente"),
    ]


def test_a_yearless_day_in_english_with_a_capital() -> None:
    text = (
        "Club history\n"
        "1901 – 3 March the club is founded\n"
        "1905 – 7 April the team wins\n"
        "1920 – 19 May Mario is born\n"
        "5 August The club wins the cup\n"
    )
    assert _read(text)[3] == ("1920-08-05", None, "The club wins the cup")


def test_a_yearless_day_in_a_list_of_years_without_days_is_not_read_so() -> None:
    text = (
        "Club history\n"
        "1901 – the club is founded\n"
        "1905 – the team wins\n"
        "1920 – Mario is born\n"
        "5 August the club wins the cup\n"
    )
    assert ("1920-08-05", None, "the club wins the cup") not in _read(text)


# --- a season of a split year is the calendar year it falls in (range reads it so too) --------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("winter 1834-35", date(1835, 1, 1), date(1835, 12, 31)),
        ("summer 2019-20", date(2020, 1, 1), date(2020, 12, 31)),
        ("autumn 1990/91", date(1990, 1, 1), date(1990, 12, 31)),
        ("Spring 1968-69", date(1969, 1, 1), date(1969, 12, 31)),
    ],
)
def test_range_reads_a_season_of_a_split_year(written: str, first: date, last: date) -> None:
    assert parse_range(written) == (first, last)


def test_a_split_year_without_a_season_and_a_longer_span_stay_spans() -> None:
    assert parse_range("1834-35") == (date(1834, 1, 1), date(1835, 12, 31))
    assert parse_range("winter 1834-36") == (date(1834, 1, 1), date(1836, 12, 31))
    assert parse_range("late 1990-91") == (date(1990, 1, 1), date(1991, 12, 31))


def test_an_entry_dated_by_a_season_of_a_split_year_says_so() -> None:
    text = (
        "Ski club\n"
        "winter 1961-62: The first lift is built.\n"
        "summer 1962: The hut burns down.\n"
        "autumn 1970/71: The club joins the federation.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.end_date) for e in split.entries] == [
        ("1962", None),
        ("1962", None),
        ("1970", None),
    ]
    assert "season of the split year 1961–1962" in (split.entries[0].note or "")


# --- a timeline export's padded days before 1000, with their clock, in time's order ------------


def test_a_three_line_export_with_padded_days_and_clock_times() -> None:
    text = (
        "0711-04-30 00:00:00\n"
        "Tariq lands at Gibraltar.\n"
        "0732-10-10 00:00:00\n"
        "The battle of Tours is fought.\n"
        "1212-07-16 00:00:00\n"
        "The battle of Las Navas de Tolosa is fought.\n"
    )
    assert _read(text) == [
        ("0711-04-30", None, "Tariq lands at Gibraltar."),
        ("0732-10-10", None, "The battle of Tours is fought."),
        ("1212-07-16", None, "The battle of Las Navas de Tolosa is fought."),
    ]


def test_a_pages_only_posted_stamp_stays_its_stamp() -> None:
    text = (
        "Sat, 05/16/2009 - 04:57\n"
        "Our club's history\n"
        "1990: The club is founded.\n"
        "1995: The club wins the cup.\n"
        "2001: The club moves to a new ground.\n"
    )
    assert [e.date for e in split_entries(text).entries] == ["1990", "1995", "2001"]


# --- "Between one day and another" opening a line in a list of days -------------------------


def test_between_two_days_opens_an_entry_among_days() -> None:
    text = (
        "14 March 2005: The council approves the plan.\n"
        "2 April 2005: Work begins on the bridge.\n"
        "Between 3 May and 1 June the road was closed.\n"
        "20 June 2005: The bridge opens.\n"
    )
    assert _read(text)[2] == ("2005-05-03", "2005-06-01", "the road was closed.")


def test_between_two_days_among_years_stays_reported() -> None:
    text = (
        "Club history\n"
        "1990: The club is founded.\n"
        "1992: The first match is played.\n"
        "Between 3 May and 1 June the ground was rebuilt.\n"
        "1995: The season ends.\n"
    )
    assert [e.date for e in split_entries(text).entries] == ["1990", "1992", "1995"]


# --- a Chinese or Japanese full stop ends a sentence as "." does ------------------------------


def test_a_second_japanese_line_under_a_day_alone_is_not_joined() -> None:
    text = (
        "1964年10月1日(木)\n"
        "東海道新幹線が開業する。\n"
        "東京と大阪が四時間で結ばれる。\n"
        "\n"
        "1964年10月10日(土)\n"
        "東京オリンピックが開幕する。\n"
        "\n"
        "1970年3月14日(土)\n"
        "大阪万博が開幕する。\n"
    )
    assert _read(text)[0] == ("1964-10-01", None, "東海道新幹線が開業する。")


def test_a_chinese_paragraph_after_a_blank_under_a_day_is_not_joined() -> None:
    text = (
        "2008年8月8日\n"
        "北京奥运会开幕。\n"
        "\n"
        "九万名观众到场。\n"
        "\n"
        "2008年8月24日\n"
        "北京奥运会闭幕。\n"
        "\n"
        "2010年5月1日\n"
        "上海世博会开幕。\n"
    )
    assert _read(text)[0] == ("2008-08-08", None, "北京奥运会开幕。")


def test_a_japanese_sentence_wrapped_over_two_lines_stays_one_entry() -> None:
    text = (
        "1964年10月1日(木)\n"
        "東海道新幹線が東京と新大阪の間で\n"
        "開業する。\n"
        "\n"
        "1964年10月10日(土)\n"
        "東京オリンピックが開幕する。\n"
        "\n"
        "1970年3月14日(土)\n"
        "大阪万博が開幕する。\n"
    )
    assert _read(text)[0] == ("1964-10-01", None, "東海道新幹線が東京と新大阪の間で 開業する。")


# --- a caption between two entries of a hard-wrapped text ------------------------------------

WRAPPED_BRIDGE = (  # a hard-wrapped engineering chronology, a picture's caption between entries
    "The history of the bridge in short, as the city's engineers tell it to visitors.\n"
    "March 3, 1931: Work begins on the foundations of the suspension bridge over the\n"
    "river, after six years of debate in the city council and the state assembly.\n"
    "Crews of three hundred men work in shifts through the first winter on the site.\n"
    "The north tower under construction\n"
    "May 27, 1937: The bridge opens to pedestrians, two hundred thousand of them on the\n"
    "first day, and to cars on the next morning after a ceremony with the governor.\n"
    "June 1, 1951: The toll is lowered for commuters.\n"
)


def test_a_caption_between_two_entries_of_a_wrapped_text_is_left_out() -> None:
    entries = _read(WRAPPED_BRIDGE)
    assert [date for date, _, _ in entries] == ["1931-03-03", "1937-05-27", "1951-06-01"]
    assert "north tower" not in entries[0][2]
    assert "The north tower under construction" in left_out(WRAPPED_BRIDGE)


def test_a_wrapped_sentence_before_the_next_entry_stays_in_its_entry() -> None:
    text = WRAPPED_BRIDGE.replace(
        "The north tower under construction\n",
        "The north tower is finished in the autumn of 1933, the south tower a year\nlater.\n",
    )
    assert _read(text)[0][2].endswith("the south tower a year later.")


# --- "about" before a dotted three-digit year, among such years -------------------------------

MONASTERY = (  # a Slovak abbey's chronicle, its years with a full stop, "okolo"/"kolem" before some
    "Kronika opátstva\n"
    "Kolem 400 př. Kr. Keltové osídlili údolí.\n"
    "612. Mniši přišli do údolí.\n"
    "655. Postaven první kostel.\n"
    "Kolem 700. Opátstvo vyhořelo.\n"
    "Kol 760. Opat Ratimír obnovil klášter.\n"
    "804. Král daroval opátstvu lesy.\n"
    "861. Opátstvo získalo trh.\n"
)


def test_about_before_a_dotted_year_among_dotted_years() -> None:
    entries = _read(MONASTERY)
    assert entries[2:4] == [
        ("0700", None, "Opátstvo vyhořelo."),
        ("0760", None, "Opat Ratimír obnovil klášter."),
    ]
    notes = [e.note for e in split_entries(MONASTERY).entries]
    assert "'Kolem 700' is an approximate year" in (notes[2] or "")


def test_about_before_a_dotted_year_out_of_the_documents_order_stays_reported() -> None:
    text = MONASTERY.replace("Kolem 700. Opátstvo", "Kolem 900. Opátstvo")
    assert "0900" not in [date for date, _, _ in _read(text)]


def test_about_before_a_dotted_number_in_a_numbered_list_stays_text() -> None:
    text = (
        "Pravidla\n"
        "101. Hráč začíná.\n"
        "102. Hráč táhne.\n"
        "Kolem 103. Hráč končí.\n"
        "104. Hráč vyhrává.\n"
    )
    assert _read(text) == []


# --- a year and its other reading in brackets, with its era: either year ---------------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("863(4) n.l.", date(863, 1, 1), date(864, 12, 31)),
        ("1217(8) AD", date(1217, 1, 1), date(1218, 12, 31)),
    ],
)
def test_range_reads_a_year_and_its_other_reading(written: str, first: date, last: date) -> None:
    assert parse_range(written) == (first, last)


def test_a_bulleted_year_and_its_other_reading_starts_an_entry() -> None:
    text = (
        "Dějiny kláštera\n"
        "• 631 n.l. - první zmínka o osadě\n"
        "• 805 n.l. - vpád franského vojska\n"
        "• 863(4) n.l. - příchod věrozvěstů do kraje\n"
        "• 907 n.l. - pád říše\n"
    )
    assert _read(text)[2] == ("0863", "0864", "příchod věrozvěstů do kraje")


# --- "c." before a date is an approximate date, never a lettered list's mark ------------------


def test_an_approximate_decade_is_reported_as_approximate_not_as_an_undated_item() -> None:
    text = (
        "Timeline of the valley\n"
        "c. 8 000 - 6 000 BC\n"
        "The first hunters arrive.\n"
        "c. 1300s\n"
        "The first farms are cleared.\n"
        "May 4, 1702\n"
        "The mill is built.\n"
    )
    found = reasons(text)
    assert "approximate year" in found["c. 1300s"]
    assert "before the Common Era" in found["c. 8 000 - 6 000 BC"]


# --- a year to a whole day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("1864—1 Jan 1867", date(1864, 1, 1), date(1867, 1, 1)),
        ("1914 - 11 November 1918", date(1914, 1, 1), date(1918, 11, 11)),
    ],
)
def test_range_reads_a_year_to_a_whole_day(written: str, first: date, last: date) -> None:
    assert parse_range(written) == (first, last)


def test_an_entry_from_a_year_to_a_whole_day() -> None:
    text = (
        "Railway history\n"
        "1825 – 27 Sep 1825: The first public steam railway opens.\n"
        "1830—15 Sep 1830: The Liverpool and Manchester line opens.\n"
        "1844 – 1 Jan 1846: Railway mania.\n"
        "1863: The first underground line opens.\n"
    )
    assert _read(text)[1:3] == [
        ("1830", "1830-09-15", "The Liverpool and Manchester line opens."),
        ("1844", "1846-01-01", "Railway mania."),
    ]


# --- the same links under each entry are the page's, never an entry's text --------------------

FAMILY_PAGE = (  # a family site's table of events beside a life, links under each row
    "Date | Event(s) |\n"
    "1 | 1914 | - 1914—11 Nov 1918: First World War\n"
    "Resources at the National Archives\n"
    "Resources at Wikipedia\n"
    "|\n"
    "2 | 1918 | - 1918—1920: Influenza pandemic\n"
    "Resources at the National Archives\n"
    "Resources at Wikipedia\n"
    "|\n"
    "3 | 1929 | - 1929—1939: Great Depression\n"
    "Resources at the National Archives\n"
    "Resources at Wikipedia\n"
)


def test_links_written_under_each_entry_are_left_out() -> None:
    assert _read(FAMILY_PAGE) == [
        ("1914", "1918-11-11", "First World War"),
        ("1918", "1920", "Influenza pandemic"),
        ("1929", "1939", "Great Depression"),
    ]
    assert left_out(FAMILY_PAGE).count("Resources at Wikipedia") == 3


def test_a_title_repeated_under_dates_alone_stays_an_entry() -> None:
    text = (
        "Our tour\n"
        "March 2023\n"
        "\n"
        "Visit to Wellington\n"
        "\n"
        "June 2023\n"
        "\n"
        "Public meeting in Dunedin\n"
        "\n"
        "September 2023\n"
        "\n"
        "Visit to Wellington\n"
    )
    assert [text for _, _, text in _read(text)].count("Visit to Wellington") == 2


# --- a span of three-digit years before a list's first four-digit year ----------------------


def test_a_span_of_three_digit_years_before_the_first_four_digit_year() -> None:
    text = (
        "Geschichte der Stadt\n"
        "• 260-275 Römer bauen das Kastell.\n"
        "• 1120 Die Stadt erhält das Marktrecht.\n"
        "• 1348 Die Pest erreicht die Stadt.\n"
        "• 1525 Bauern belagern die Mauern.\n"
    )
    assert _read(text)[0] == ("0260", "0275", "Römer bauen das Kastell.")


def test_a_span_of_counts_between_four_digit_years_stays_text() -> None:
    text = (
        "Battle history\n"
        "1914 Die Armee marschiert.\n"
        "300-400 Soldaten sterben am ersten Tag.\n"
        "1915 Die Front erstarrt.\n"
        "1916 Verdun beginnt.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1914", "1915", "1916"]
