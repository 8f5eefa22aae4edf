"""Issue 22, explore33: layouts met by trying real East Asian and Hong Kong chronologies as a
new user would (Korean agency lists, Japanese tables and day spans, days under years alone),
each as a general rule with cases of other subjects and wordings (no corpus text copied)."""

from __future__ import annotations

from ktimeline import dates as date_grammar
from ktimeline.importing.entries import split_entries
from tests.import_split import dates, in_no_entry

# --- Korean news agencies' lists: "◇ 2019년" headings, "▲ 3.7 = text" items ----------------

AGENCY_LIST = (
    "프로야구 주요 일지\n"
    "\n"
    "◇ 2019년\n"
    "\n"
    "▲ 3.23 = 정규시즌 개막\n"
    "\n"
    "▲ 10.26 = 한국시리즈 종료\n"
    "\n"
    "◇ 2020년\n"
    "\n"
    "▲ 5.5 = 무관중 개막\n"
    "\n"
    "▲ 11.17∼24 = 한국시리즈 개최\n"
)


def test_korean_agency_items_are_days_of_their_year_heading() -> None:
    assert dates(AGENCY_LIST) == [
        ("2019-03-23", None, "정규시즌 개막"),
        ("2019-10-26", None, "한국시리즈 종료"),
        ("2020-05-05", None, "무관중 개막"),
        ("2020-11-17", "2020-11-24", "한국시리즈 개최"),
    ]


def test_korean_year_headings_are_no_entries() -> None:
    headings = [s.text for s in split_entries(AGENCY_LIST).layout if s.reason.startswith("heading")]
    assert headings == ["2019년", "2020년"]


def test_a_decimal_without_the_equals_sign_stays_a_number() -> None:
    text = "2019: Growth reaches 2.25 percent.\n2020: Growth falls to 1.5 percent.\n"
    assert dates(text) == [
        ("2019", None, "Growth reaches 2.25 percent."),
        ("2020", None, "Growth falls to 1.5 percent."),
    ]


def test_a_sum_with_equals_in_an_entry_is_no_date() -> None:
    text = "2019: The index rose; 3.7 = the new high.\n2020: It fell.\n"
    assert [d for d, _, _ in dates(text)] == ["2019", "2020"]


# --- Korean, Chinese and Japanese days without their year ------------------------------------

MONTH_DAY_ITEMS = (
    "다음은 주요 일지.\n"
    "◇2021년\n"
    "▲4월3일 프로야구 개막\n"
    "▲10월30일 정규시즌 종료\n"
    "◇2022년\n"
    "▲4월2일 개막전 개최\n"
)


def test_korean_month_and_day_items_under_year_headings() -> None:
    assert dates(MONTH_DAY_ITEMS) == [
        ("2021-04-03", None, "프로야구 개막"),
        ("2021-10-30", None, "정규시즌 종료"),
        ("2022-04-02", None, "개막전 개최"),
    ]


def test_the_grammar_reads_an_east_asian_day_without_its_year() -> None:
    for written, parts in (
        ("6월24일", ("6", "24", None, None)),
        ("1月30日~31日", ("1", "30", None, "31")),
        ("8月30日~9月2日", ("8", "30", "9", "2")),
    ):
        found = date_grammar.find_date(written)
        assert found is not None and found.group().strip() == written
        got = date_grammar.date_parts(found)
        assert (got["m1"], got["d1"], got["m2"], got["d2"]) == parts
        assert not date_grammar.has_year(found)


TABLE_OF_YEARS = (
    "2001年 | 4月1日 | 本社を大阪に移転 |\n"
    "---|---|---|\n"
    "5月3日~5日 | 創業記念の展示会 | |\n"
    "2002年 | 1月30日~2月1日 | 海外の見本市に初出展 |\n"
    "9月9日 | 新工場が稼働 | |\n"
)


def test_a_table_with_a_year_cell_then_a_day_cell() -> None:
    assert dates(TABLE_OF_YEARS) == [
        ("2001-04-01", None, "本社を大阪に移転"),
        ("2001-05-03", "2001-05-05", "創業記念の展示会"),
        ("2002-01-30", "2002-02-01", "海外の見本市に初出展"),
        ("2002-09-09", None, "新工場が稼働"),
    ]


def test_a_span_of_two_whole_japanese_days_with_weekdays() -> None:
    text = (
        "大会の歴史\n"
        "1964年10月10日(土)〜1964年10月24日(土)\n"
        "東京で大会が開かれる。\n"
        "1970年3月15日(日)\n"
        "大阪で博覧会が開幕する。\n"
    )
    assert [(d, e) for d, e, _ in dates(text)] == [
        ("1964-10-10", "1964-10-24"),
        ("1970-03-15", None),
    ]
    in_no_entry(text, "大会の歴史")


# --- a day with its text on the line under a year alone -----------------------------------------

CLUB_HISTORY = (
    "Club History\n"
    "1901\n"
    "Founding of the club.\n"
    "1905\n"
    "March 3\n"
    "The first stadium opens.\n"
    "June 20\n"
    "A fire destroys the stand.\n"
    "1908\n"
    "October 2\n"
    "The club moves to the league.\n"
    "1910\n"
    "May 1 The club wins its first title.\n"
    "1912\n"
    "August 9 A new stadium opens in the north.\n"
)


def test_a_day_and_its_text_under_a_year_alone_is_that_day() -> None:
    assert dates(CLUB_HISTORY) == [
        ("1901", None, "Founding of the club."),
        ("1905-03-03", None, "The first stadium opens."),
        ("1905-06-20", None, "A fire destroys the stand."),
        ("1908-10-02", None, "The club moves to the league."),
        ("1910-05-01", None, "The club wins its first title."),
        ("1912-08-09", None, "A new stadium opens in the north."),
    ]


def test_a_name_with_a_day_in_it_under_a_year_stays_the_years_text() -> None:
    text = (
        "1905\nMarch 3\nThe first stadium opens.\nJune 20\nA fire destroys the stand.\n"
        "1908\nOctober 2\nThe club moves to the league.\n"
        "1919\nMarch 1 movement spreads across the country.\n"
    )
    assert dates(text)[-1] == ("1919", None, "March 1 movement spreads across the country.")


def test_without_days_alone_a_year_keeps_its_text() -> None:
    # (years alone, text below, no day alone: "May 1 …" is no layout of this document's)
    text = (
        "1901\nFounding of the club.\n1905\nThe first stadium opens.\n"
        "1908\nThe club moves to the league.\n1910\nMay 1 The club wins its first title.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1901", "1905", "1908", "1910"]
    assert split.entries[-1].text == "May 1 The club wins its first title."


# --- a day alone, then its items each marked "-" glued to the text ---------------------------

GLUED_DASH_ITEMS = (
    "Board of the Museum, 2019\n"
    "March 4, 2019\n"
    "-The board meets in Oslo.\n"
    "-The chairman resigns after ten years.\n"
    "March 9, 2019\n"
    "-A new chairman is chosen.\n"
    "April 2, 2019\n"
    "The annual report is published.\n"
)


def test_items_glued_to_their_dash_under_a_day_alone_are_that_days_entries() -> None:
    assert dates(GLUED_DASH_ITEMS) == [
        ("2019-03-04", None, "The board meets in Oslo."),
        ("2019-03-04", None, "The chairman resigns after ten years."),
        ("2019-03-09", None, "A new chairman is chosen."),
        ("2019-04-02", None, "The annual report is published."),
    ]


def test_a_korean_day_alone_then_its_glued_dash_items() -> None:
    text = "◇2020년\n▲3월2일\n-이사회 개최\n-신임 회장 선출\n▲3월9일 정기 총회 개최\n"
    assert dates(text) == [
        ("2020-03-02", None, "이사회 개최"),
        ("2020-03-02", None, "신임 회장 선출"),
        ("2020-03-09", None, "정기 총회 개최"),
    ]


def test_a_glued_dash_under_a_day_with_its_text_is_no_new_item() -> None:
    text = (
        "March 4, 2019: The board meets in Oslo.\n"
        "-The chairman resigns after ten years.\n"
        "March 9, 2019: A new chairman is chosen.\n"
        "April 2, 2019: The annual report is published.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["2019-03-04", "2019-03-09", "2019-04-02"]


def test_a_lower_case_word_after_a_dash_is_no_item() -> None:
    text = (
        "March 4, 2019\nThe plan is evidence\n-based and costed.\n"
        "March 9, 2019\nA new chairman is chosen.\nApril 2, 2019\nThe report is out.\n"
    )
    assert dates(text)[0][:2] == ("2019-03-04", None)
    assert [d for d, _, _ in dates(text)] == ["2019-03-04", "2019-03-09", "2019-04-02"]


def test_an_east_asian_day_with_a_particle_glued_on_opens_a_sentence() -> None:
    text = "◇2020년\n▲3월2일 이사회 개최\n▲3월5일 신임 회장 선출\n3월9일에 정기 총회가 열렸다.\n"
    assert "2020-03-09" not in [d for d, _, _ in dates(text)]
