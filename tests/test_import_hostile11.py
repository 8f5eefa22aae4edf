"""Hostile documents against the eleventh session's importer rules (a Korean agency's "2.25 =
text" days, East Asian days without a year, ISO days before 1000 with their zeros): tables of
figures, telephone numbers and short words each rule could misread, with the guards the rules
must still read. Cases of several subjects and scripts, no corpus text copied."""

from __future__ import annotations

import pytest

from ktimeline.importing.entries import split_entries
from tests.import_split import dates, in_no_entry

# --- "M.D = text": a Korean agency's day only after an item's sign ----------------------------


RATES = (  # a table of exchange rates under year headings: numbers, no January days
    "Exchange rates\n\n"
    "2019\n"
    "1.10 = one euro in dollars in January\n"
    "1.12 = one euro in dollars in February\n"
    "1.15 = one euro in dollars in March\n\n"
    "2020\n"
    "1.08 = one euro in dollars in January\n"
    "1.11 = one euro in dollars in June\n"
)

VERSIONS = (  # a product's versions under a year heading, an equals sign after each
    "Release notes\n\n"
    "2021\n"
    "3.2 = the new default codec\n"
    "3.4 = adds the plugin interface\n"
    "4.1 = drops the old settings file\n"
)


@pytest.mark.parametrize("text", [RATES, VERSIONS])
def test_a_number_before_an_equals_sign_without_an_items_sign_is_no_day(text: str) -> None:
    found = dates(text)
    assert found, "the year headings' lines are kept"
    assert all(len(date) == 4 for date, _, _ in found), found


@pytest.mark.parametrize(
    ("sign", "script"),
    [("▲", "정규시즌 개막"), ("•", "Season opens"), ("◇", "開幕"), ("▷", "Saison eröffnet")],
)
def test_an_items_sign_before_month_dot_day_equals_still_makes_a_day(
    sign: str, script: str
) -> None:
    text = (
        "주요 일지\n\n◇ 2019년\n\n"
        f"{sign} 3.23 = {script}\n\n{sign} 5.2 = {script} 2\n\n{sign} 10.26 = {script} 3\n"
    )
    assert [(d, e) for d, e, _ in dates(text)] == [
        ("2019-03-23", None),
        ("2019-05-02", None),
        ("2019-10-26", None),
    ]


# --- two or three Hangul or Han signs: a whole word, never a cut-off entry ------------------------


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("◇2017년\n▲6월24일 회담 개최\n▲7월1일 발표\n", ("2017-07-01", "발표")),
        ("2019年\n3月1日 会談\n4月2日 辞任\n", ("2019-04-02", "辞任")),
        ("2020年\n5月3日 開幕式\n6月9日 閉幕\n", ("2020-06-09", "閉幕")),
    ],
)
def test_a_short_last_entry_in_a_script_without_capitals_is_kept(
    text: str, last: tuple[str, str]
) -> None:
    found = dates(text)
    assert (found[-1][0], found[-1][2]) == last
    assert not split_entries(text).unplaced


def test_a_latin_entry_cut_after_two_letters_is_still_reported() -> None:  # guard
    text = "Events\n\nMarch 3, 2019: The board met in Oslo to vote.\nMarch 9, 2019: Uc\n"
    assert [d for d, _, _ in dates(text)] == ["2019-03-03"]
    in_no_entry(text, "Uc")


# --- an ISO day before 1000 with its zeros, below a later year's entry ---------------------------


@pytest.mark.parametrize(
    ("above", "number"),
    [
        ("2019-04-02: Hours were extended.", "0800-12-01 - the second number - was added."),
        ("1998-05-05: The depot opened.", "0555-10-20: part number of the spare axle"),
        ("12 May 2004: The shop opened.", "0700-11-11 - the shop's old telephone number"),
    ],
)
def test_a_padded_iso_day_below_a_later_entry_is_reported(above: str, number: str) -> None:
    text = f"Service history\n\n2003-01-01: The firm was founded.\n{above}\n{number}\n"
    found = dates(text)
    assert all(not date.startswith("0") for date, _, _ in found), found
    in_no_entry(text, number.split(" ", 1)[1][:12])


def test_a_padded_iso_day_in_a_newest_first_export_is_still_read() -> None:  # guard
    text = (
        "1215-06-15 00:00:00\nA charter is sealed\n"
        "1066-10-14 00:00:00\nA battle is fought\n"
        "0800-01-01 00:00:00\nThe abbey is built\n"
        "0544-01-01 00:00:00\nThe kingdom is founded\n"
    )
    assert [d for d, _, _ in dates(text)] == [
        "1215-06-15",
        "1066-10-14",
        "0800-01-01",
        "0544-01-01",
    ]


def test_a_padded_iso_day_in_time_order_is_still_read() -> None:  # guard
    text = (
        "0610-01-01\nThe city is founded\n"
        "1066-10-14 00:00:00\nA battle is fought\n"
        "1215-06-15 00:00:00\nA charter is sealed\n"
    )
    assert [d for d, _, _ in dates(text)] == ["0610-01-01", "1066-10-14", "1215-06-15"]


# --- an East Asian day and its ideographic comma ("4月2日、…": "On April 2, …") ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2019年\n3月1日 会談\n4月2日、首相が辞任した。\n5月5日、閉幕した。\n",
            [
                ("2019-03-01", "会談"),
                ("2019-04-02", "首相が辞任した。"),
                ("2019-05-05", "閉幕した。"),
            ],
        ),
        (
            "2008年\n8月8日，奥运会开幕。\n8月24日，奥运会闭幕。\n9月6日，残奥会开幕。\n",
            [
                ("2008-08-08", "奥运会开幕。"),
                ("2008-08-24", "奥运会闭幕。"),
                ("2008-09-06", "残奥会开幕。"),
            ],
        ),
    ],
)
def test_an_east_asian_day_and_its_comma_open_that_days_entry(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d, t) for d, _, t in dates(text)] == expected


def test_an_east_asian_day_a_comma_and_another_day_is_no_entry_start() -> None:  # guard
    text = "2019年\n3月1日 会談\n3月1日、2日の両日に協議。\n4月2日 辞任\n"
    found = dates(text)
    assert [d for d, _, _ in found] == ["2019-03-01", "2019-04-02"]
    assert "2日の両日" in found[0][2]
