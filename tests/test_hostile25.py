"""hostile25: a hostile review of session 23's rules (importer, enrichment, CLI). Each case is an
input a rule of that session must not read as it did, written for the test (no page's words),
with the guards that keep the rule's own reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from tests.enrich_support import enrich_in_order, said
from tests.import_support import check_tables, read_entries, reasons

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.vocabulary import Vocabulary

# --- "- Listed in CSE: December 24, 1996;" (explore48): a year alone after a title's colon -------


def test_a_count_after_a_colon_in_a_list_of_whole_dates_is_no_year() -> None:
    # a company's fact sheet: three milestones with whole dates, then counts in the same shape
    text = (
        "- Founded: March 3, 1952;\n"
        "- Opened: June 4, 1954;\n"
        "- Listed: May 5, 1956;\n"
        "- Employees: 1800;\n"
        "- Plants: 1200;\n"
        "- Turnover in millions: 2400;\n"
    )
    assert read_entries(text) == [
        ("1952-03-03", None, "Founded"),
        ("1954-06-04", None, "Opened"),
        ("1956-05-05", None, "Listed"),
    ]
    left = reasons(text)  # (each reported, none lost)
    assert {"- Employees: 1800;", "- Plants: 1200;", "- Turnover in millions: 2400;"} <= set(left)


def test_a_year_alone_among_a_list_s_whole_dates_is_still_its_item_s_year() -> None:
    # guard: a year alone a little out of order, and two after the last whole date
    text = (
        "- Brewery Founded: March 3, 1952;\n"
        "- First Lager Bottled: June 1954;\n"
        "- New Hall Opened: 1971;\n"
        "- Export License Granted: October 12, 1968;\n"
        "- Second Plant Built: 1975;\n"
        "- Merged with a Rival: 1979.\n"
    )
    assert [date for date, _, _ in read_entries(text)] == [
        "1952-03-03",
        "1954-06",
        "1971",
        "1968-10-12",
        "1975",
        "1979",
    ]


# --- "0053. Incendio …" (layouts58): a chronicle's years padded to four digits -----------------


def test_paragraphs_numbered_by_tens_are_no_padded_years() -> None:
    # a manual's paragraphs numbered in steps of ten, as old manuals and programs number them
    text = (
        "0010. Introduction to the manual\n"
        "0020. Scope of the manual\n"
        "0030. Terms used here\n"
        "0040. Safety rules apply\n"
        "0050. Installation steps\n"
    )
    assert read_entries(text) == []
    assert len(reasons(text)) == 5


def test_padded_years_in_uneven_steps_are_still_a_chronicle_s_years() -> None:
    # guard: a chronicle's years, padded, whatever their steps
    text = (
        "0046. Traders camp at the ford.\n"
        "0260. The village is plundered.\n"
        "0455. The valley is left empty.\n"
        "0612. Monks found a cell by the river.\n"
    )
    assert [date for date, _, _ in read_entries(text)] == ["0046", "0260", "0455", "0612"]


# --- names in Hangul and CJK characters (enrich50, importing/enrichment/unspaced.py) ------------


def _actors_and_places(vocabulary: Vocabulary, entry: str, date: str) -> tuple[list[str], ...]:
    found = enrich_in_order(vocabulary, entry, date=date)
    return list(found.actors), list(found.places)


def test_korea_in_hangul_or_chinese_characters_before_1948_is_no_south_korea(
    vocabulary: Vocabulary,
) -> None:
    # "Korean independence activists gathered in Shanghai" (1919); Japan's annexation of
    # Korea (1910): Korea, no state of 1948 (as "Korea" alone in English)
    assert _actors_and_places(vocabulary, "한국 독립운동가들이 모였다.", "1919-04-11")[0] == []
    assert _actors_and_places(vocabulary, "韓国併合条約が調印された。", "1910-08-22")[0] == []
    # guard: after 15 August 1948, South Korea
    assert _actors_and_places(vocabulary, "한국 대표단이 모였다.", "1950-06-25")[0] == [
        "South Korea"
    ]


def test_a_state_s_or_a_city_s_time_is_a_clock(vocabulary: Vocabulary) -> None:
    # "at 6 a.m., Japan time, a missile was launched"; "Beijing time, on the 3rd, morning"
    assert _actors_and_places(
        vocabulary, "日本時間の午前6時、ミサイルが発射された。", "2017-08-29"
    ) == (
        [],
        [],
    )
    assert _actors_and_places(vocabulary, "北京时间3日上午，导弹发射。", "2017-08-29") == ([], [])
    # guard: the state and the city named as such in the same sentences
    assert _actors_and_places(vocabulary, "日本の午前6時、北京で発表された。", "2017-08-29") == (
        ["Japan"],
        ["Beijing"],
    )


# --- import --check on a terminal (the lead's cut by cells, f6ddb44e) ----------------------------


def test_the_check_table_shows_a_text_s_controls_and_never_sends_them(tmp_path: Path) -> None:
    events, tables = check_tables(
        tmp_path / "controls.txt",
        "1990 – The page \x1b]0;owned\x07 retitles \x1b[31mand recolours\x1b[0m a terminal.\n"
        "1991 – A mark \u202eturns\u202c and \u200fmarks\u200f reorder the line, and the "
        "words go on long enough to be cut at the terminal's edge.\n",
        (40, 60, 150),
    )
    assert events == 2
    for width, table in tables.items():
        assert not any(sign in table for sign in "\x1b\x07\u202e\u202c\u200f"), width
        assert "\\e]0;owned\\x07" in table or width < 150
        lines = table.splitlines()
        assert max(cell_len(line) for line in lines) <= max(width, 27 + 20), width


# --- "The report said" after a news agency's words (enrich49) ------------------------------------

AGENCY_ENTRIES = (  # (a news agency's report over three entries, as enrich49's tests write it)
    "North Korean leader Kim Jong Il has pardoned two journalists, state news agency KCNA said.",
    '"The envoy apologised for the acts of the two journalists," the news agency reported. '
    '"The envoy conveyed a request of the government to pardon them.',
    '"The talks were held in a sincere atmosphere."',
)


def _said(vocabulary: Vocabulary, *entries: str) -> list[tuple[str, str]]:
    return said(enrich_in_order(vocabulary, *entries, date="2009-08-04"))


def test_another_report_named_between_is_the_report_that_said(vocabulary: Vocabulary) -> None:
    # an entry between names another report: "the report" is that one, no agency's words
    for between in (
        "Human Rights Watch issued its annual report.",
        "In 2014 a UN report documented abuses.",
    ):
        entries = (*AGENCY_ENTRIES, between, 'The report said the abuses "are without parallel."')
        assert _said(vocabulary, *entries) == [], between


def test_the_agency_s_report_still_goes_on_past_an_entry_naming_none(
    vocabulary: Vocabulary,
) -> None:
    # guard: an entry between that names no document keeps the agency's report in mind
    entries = (
        *AGENCY_ENTRIES,
        "The two journalists flew home the next day.",
        'The report said the envoy "expressed thanks."',
    )
    assert _said(vocabulary, *entries) == [("Korean Central News Agency", "expressed thanks.")]


def test_a_state_s_navy_is_no_sea_named_after_it(vocabulary: Vocabulary) -> None:
    # "the Japanese Navy attacked Pearl Harbor": Japan's navy, not the Sea of Japan
    assert _actors_and_places(vocabulary, "日本海軍は真珠湾を攻撃した。", "1941-12-08") == (
        ["Japan"],
        [],
    )
    assert _actors_and_places(vocabulary, "日本海军偷袭珍珠港。", "1941-12-08") == (["Japan"], [])
    # guard: the sea, and the air over it
    for text in ("日本海で漁船が沈んだ。", "ミサイルは日本海上空を飛行した。"):
        assert _actors_and_places(vocabulary, text, "2017-08-29") == ([], ["Sea of Japan"]), text
