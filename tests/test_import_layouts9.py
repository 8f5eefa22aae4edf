"""Issue 22, ninth round: layouts the held-out-7 blind run showed read wrong or absorbed, each
as a general rule with a synthetic case (no text of the real corpus is copied here)."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries
from tests.import_split import dates

# --- a year with a title over bulleted dated entries of that year ---------------------------

YEAR_TITLES = (
    "A History of the Mill\n"
    "1901: The Early Years\n"
    "- March 1901: The mill opens on the river.\n"
    "- 7 June: The first flour is sold.\n"
    "1905 – A Hard Winter\n"
    "- January 12, 1905: A flood closes the mill.\n"
    "1910: Rebuilding\n"
    "- May 1910: The mill reopens.\n"
    "- August 3, 1910: A second wheel is added.\n"
)


def test_a_year_and_its_title_over_dated_bullets_is_a_heading() -> None:
    split = split_entries(YEAR_TITLES)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1901-03", "The mill opens on the river."),
        ("1901-06-07", "The first flour is sold."),
        ("1905-01-12", "A flood closes the mill."),
        ("1910-05", "The mill reopens."),
        ("1910-08-03", "A second wheel is added."),
    ]
    headings = [s.text for s in split.layout if s.reason.startswith("heading")]
    assert headings == ["1901: The Early Years", "1905 – A Hard Winter", "1910: Rebuilding"]


def test_year_entries_with_no_dated_bullets_below_stay_entries() -> None:
    text = (
        "1901: The Early Years\nThe mill opens on the river.\n"
        "1905: A Hard Winter\nA flood closes the mill.\n"
        "1910: Rebuilding\nThe mill reopens.\n"
    )
    assert [date for date, _, _ in dates(text)] == ["1901", "1905", "1910"]


def test_a_year_title_over_bullets_of_another_year_stays_an_entry() -> None:
    text = YEAR_TITLES.replace("- January 12, 1905", "- January 12, 1906")
    assert ("1905", None, "A Hard Winter") in dates(text)


def test_two_year_titles_over_dated_bullets_are_not_enough() -> None:
    text = (
        "1901: The Early Years\n- March 1901: The mill opens.\n1905: A Hard Winter\n"
        "- January 12, 1905: A flood closes the mill.\n"
    )
    assert ("1901", None, "The Early Years") in dates(text)


def test_a_year_entry_followed_by_a_dated_entry_at_its_level_stays_an_entry() -> None:
    text = (
        "1901 - The Mill Company\nMarch 2 - The mill opens.\n"
        "1905 - A Hard Winter\nJanuary 12 - A flood closes the mill.\n"
        "1910 - Rebuilding\nMay 3 - The mill reopens.\n"
    )
    assert ("1905", None, "A Hard Winter") in dates(text)


# --- a photo caption between a date alone and its text --------------------------------------

CAPTIONED = (
    "March 3, 1901\nThe mill opens on the river.\n"
    "June 7, 1901\nMillers at the first wheel (1901)\nThe first flour is sold.\n"
    "January 12, 1905\nA flood closes the mill.\n"
)


def test_a_caption_between_a_date_alone_and_its_text_is_reported() -> None:
    split = split_entries(CAPTIONED)
    assert ("1901-06-07", None, "The first flour is sold.") in dates(CAPTIONED)
    assert [(s.text, s.reason) for s in split.layout] == [
        ("Millers at the first wheel (1901)", "photo caption")
    ]


def test_a_title_line_below_a_date_alone_stays_the_entry_text() -> None:
    text = CAPTIONED.replace("Millers at the first wheel (1901)", "Millers at the first wheel")
    assert ("1901-06-07", None, "Millers at the first wheel The first flour is sold.") in dates(
        text
    )


# --- a page title "Words: YEAR" gives its year ----------------------------------------------


def test_a_title_with_a_colon_before_its_year_gives_the_year() -> None:
    text = "Mill History: 1901\n\nMarch 3\nThe mill opens.\nJune 7\nThe first flour is sold.\n"
    assert [date for date, _, _ in dates(text)] == ["1901-03-03", "1901-06-07"]


# --- a span of dates broken after its dash ---------------------------------------------------


def test_a_span_broken_after_its_dash_is_one_date() -> None:
    text = (
        "Mill History: 1901\nMarch 3\nThe mill opens.\nMay 20—\nSeptember 20\n"
        "The wheel is rebuilt.\nOctober 2\nThe first flour is sold.\n"
    )
    assert dates(text) == [
        ("1901-03-03", None, "The mill opens."),
        ("1901-05-20", "1901-09-20", "The wheel is rebuilt."),
        ("1901-10-02", None, "The first flour is sold."),
    ]


def test_a_date_with_a_dash_over_text_is_not_joined() -> None:
    text = "Mill History: 1901\nMarch 3\nThe mill opens.\nMay 20 —\nThe wheel is rebuilt.\n"
    assert ("1901-05-20", None, "The wheel is rebuilt.") in dates(text)


def test_a_long_span_with_both_years_leaves_its_start_year_for_the_next_dates() -> None:
    text = (
        "Mill History: 1901\nFebruary 16, 1901—July 27, 1903\nThe siege of the mill.\n"
        "March 7\nThe wheel is rebuilt.\n"
    )
    assert dates(text)[-1] == ("1901-03-07", None, "The wheel is rebuilt.")


def test_a_span_with_only_its_end_year_gives_that_year() -> None:
    text = "Dec. 30–Jan. 2, 1902\nThe mill is closed.\nJan. 5\nIt reopens.\n"
    assert dates(text)[-1] == ("1902-01-05", None, "It reopens.")


# --- items under a year alone, wrapped with a hanging indent --------------------------------

HANGING = (
    "1901\n"
    "The mill opens on the river with a wheel of oak and a\n"
    "     millstone from the quarry.\n"
    "A flood closes the mill (the worst in forty years)\n"
    "Work resumes on the second wheel, which the town pays for\n"
    "     by a subscription.\n"
    "The first flour is sold at the market in the square by the\n"
    "     miller's son.\n"
)


def test_each_line_at_the_margin_under_a_year_is_an_item() -> None:
    assert [text[:20] for _, _, text in dates(HANGING)] == [
        "The mill opens on th",
        "A flood closes the m",
        "Work resumes on the ",
        "The first flour is s",
    ]


def test_without_a_hanging_indent_a_line_with_no_end_goes_on() -> None:
    text = HANGING.replace("     ", "")
    assert "A flood closes the mill (the worst in forty years) Work resumes" in " ".join(
        text for _, _, text in dates(text)
    )


# --- the one year an introduction's sentence writes -----------------------------------------

INTRODUCED = (
    "The Mill Strike\n\n"
    "Background: Millers in the valley, since late March 1901, have stopped work.\n\n"
    "February:\n- February 12: The owners cut the wage.\n"
    "March:\n- March 27: The millers walk out.\n- March 31: A march in the square.\n"
)


def test_the_one_year_of_the_introduction_gives_the_entries_their_year() -> None:
    assert [date for date, _, _ in dates(INTRODUCED)] == ["1901-02-12", "1901-03-27", "1901-03-31"]


def test_an_introduction_with_two_years_gives_none() -> None:
    text = INTRODUCED.replace("have stopped work.", "have stopped work, as in 1899.")
    assert dates(text) == []


def test_an_unlabelled_sentence_with_a_year_gives_none() -> None:
    text = INTRODUCED.replace("Background: Millers", "Millers")
    assert dates(text) == []


# --- Markdown links with their dates at the ends of the items -------------------------------

LINKED = (
    "- [Old Mill - Town Wiki](https://example.org/wiki/Old_Mill) - 1901\n"
    "- [Flood of 1905 - Town Wiki](https://example.org/wiki/Flood_(1905)) - 1905\n"
    "- [New Wheel - Town Wiki](https://example.org/wiki/New_Wheel) - 1910\n"
)


def test_markdown_links_dated_at_their_ends_are_entries() -> None:
    assert dates(LINKED) == [
        ("1901", None, "Old Mill - Town Wiki"),
        ("1905", None, "Flood of 1905 - Town Wiki"),
        ("1910", None, "New Wheel - Town Wiki"),
    ]


def test_a_span_of_days_at_an_items_end_is_not_read_as_its_last_day() -> None:
    text = (
        LINKED + "- [Siege - Town Wiki](https://example.org/wiki/Siege) - 14 May – 19 June 1911\n"
    )
    assert all(date != "1911-06-19" for date, _, _ in dates(text))


# --- a lower-case bulleted detail below a date alone and its text ---------------------------

DETAILED = (
    "3 mars 1901\n    Le moulin ouvre sur la rivière\n  • - avec une roue de chêne\n\n"
    "7 juin 1901\n    La première farine est vendue\n  • - au marché de la place\n"
)


def test_a_lower_case_bullet_is_no_item_under_a_title() -> None:
    split = split_entries(DETAILED)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1901-03-03", "Le moulin ouvre sur la rivière"),
        ("1901-06-07", "La première farine est vendue"),
    ]
    assert [s.text for s in split.unplaced] == [
        "• - avec une roue de chêne",
        "• - au marché de la place",
    ]


def test_a_capitalised_bullet_under_a_title_is_an_item() -> None:
    text = DETAILED.replace("• - avec", "• Avec").replace("• - au", "• Au")
    assert [e.text for e in split_entries(text).entries] == [
        "Avec une roue de chêne",
        "Au marché de la place",
    ]


# --- three-digit years with a hyphen, in rising order ---------------------------------------

HYPHENED = (
    "209- BC- The first fort is built.\n"
    "402-The Nirun build a town.\n"
    "552- The town is taken.\n"
    "744-Traders found a market.\n"
    "907-The market burns.\n"
)


def test_three_digit_years_with_a_hyphen_in_rising_order_are_years() -> None:
    assert [date for date, _, _ in dates(HYPHENED)] == ["0402", "0552", "0744", "0907"]


def test_a_hyphened_number_before_the_era_is_not_a_year() -> None:
    assert all(not text.startswith("BC") for _, _, text in dates(HYPHENED))


def test_three_digit_numbers_counting_down_with_a_hyphen_are_not_years() -> None:
    text = "776-The games begin.\n509-The republic.\n480-A battle at sea.\n"
    assert dates(text) == []
