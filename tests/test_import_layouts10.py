"""Issue 22, tenth round: layout families the corpus's misses and new real texts showed, each
as a general rule with a synthetic case (no text of the real corpus is copied here)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ktimeline.importing.entries import split_entries


def dates(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    return [(e.date, e.end_date, e.text) for e in split_entries(text, year).entries]


def unplaced(text: str) -> list[str]:
    return [s.text for s in split_entries(text).unplaced]


# --- a day in superscript digits after a month's name (an e-book's typesetting) -------------

SUPERSCRIPT_DAYS = (
    "1951\n\n"
    "March ¹⁴\n\nThe bridge over the river is rebuilt.\n\n"
    "April 2\n\nThe first train crosses it.\n\n"
    "May ³\n\nA flood closes the line again.\n"
)


def test_a_day_in_superscript_digits_after_a_month_is_read() -> None:
    assert dates(SUPERSCRIPT_DAYS) == [
        ("1951-03-14", None, "The bridge over the river is rebuilt."),
        ("1951-04-02", None, "The first train crosses it."),
        ("1951-05-03", None, "A flood closes the line again."),
    ]


def test_a_footnote_mark_after_a_month_is_no_day() -> None:
    # "May³" (no space): a footnote's mark, not the third of May
    text = SUPERSCRIPT_DAYS.replace("May ³", "May³")
    found = dates(text)
    assert ("1951-05-03", None, "A flood closes the line again.") not in found
    assert ("1951-04-02", None, "The first train crosses it.") in found


def test_superscript_digits_inside_a_text_stay_as_written() -> None:
    text = SUPERSCRIPT_DAYS.replace("The first train", "The ²nd train")
    assert ("1951-04-02", None, "The ²nd train crosses it.") in dates(text)


@settings(max_examples=40, deadline=None)
@given(
    month=st.sampled_from(["January", "March", "June", "July", "Sept.", "October", "Dec."]),
    day=st.integers(min_value=1, max_value=28),
)
def test_any_superscript_day_reads_as_the_plain_one(month: str, day: int) -> None:
    plain = f"1960\n\n{month} {day}\n\nThe council meets.\n\n"
    raised = plain.replace(
        f" {day}\n", " " + str(day).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + "\n"
    )
    assert raised != plain
    assert dates(raised) == dates(plain)
    assert len(dates(plain)) == 1


# --- a year table's rows under one year cell ------------------------------------------------

YEAR_ROWS = (
    "The college was founded in 1820.\n\n"
    "1816: The state's constitution provides for a seminary.\n"
    "1820 March 4: The legislature charters the seminary, names its first board of trustees "
    "and sets aside the land of two townships for its endowment.\n"
    "The trustees choose its site.\n"
    "1824: Classes begin with ten students, though the building is not yet finished and the "
    "teacher lives in the town.\n"
    "1828: The seminary becomes a college.\n"
    "A preparatory department is created.\n"
    "The first building is begun.\n"
    "1836: The first building is finished.\n"
)


def test_undated_rows_under_a_year_row_are_events_of_that_year() -> None:
    assert dates(YEAR_ROWS) == [
        ("1816", None, "The state's constitution provides for a seminary."),
        (
            "1820-03-04",
            None,
            "The legislature charters the seminary, names its first board of trustees and sets "
            "aside the land of two townships for its endowment.",
        ),
        ("1820", None, "The trustees choose its site."),
        (
            "1824",
            None,
            "Classes begin with ten students, though the building is not yet finished and the "
            "teacher lives in the town.",
        ),
        ("1828", None, "The seminary becomes a college."),
        ("1828", None, "A preparatory department is created."),
        ("1828", None, "The first building is begun."),
        ("1836", None, "The first building is finished."),
    ]


def test_a_line_after_a_blank_line_is_no_row_of_the_year_above() -> None:
    text = YEAR_ROWS.replace(
        "1828: The seminary becomes a college.\n", "1828: The seminary becomes a college.\n\n"
    )
    assert "A preparatory department is created." in unplaced(text)


def test_a_line_under_a_day_first_entry_is_no_row_of_a_year() -> None:
    # entries that open with a month: the line below tells more of that day, never a new
    # event of the year
    text = (
        "Jan. 3, 1990: The talks open.\nThe delegates meet.\n"
        "Jan. 9, 1990: The talks close.\n"
        "Feb. 2, 1990: A treaty is signed.\n"
    )
    assert all(date != "1990" for date, _, _ in dates(text))


def test_rows_need_three_year_rows_in_their_run() -> None:
    text = "1816: The constitution is written.\nThe trustees meet.\n1824: Classes begin.\n"
    assert all(date != "1816" or text_ != "The trustees meet." for date, _, text_ in dates(text))
