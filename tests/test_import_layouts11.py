"""Issue 22, eleventh round: layout families the blind part held-out-8 showed, each as a
general rule with a synthetic case (no text of the real corpus is copied here)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ktimeline.importing.entries import split_entries
from tests.import_split import dates
from tests.import_support import left_out


def layout(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.reason) for s in split_entries(text).layout]


# --- an encyclopedia's cards: date alone, image caption, category label, title, paragraph ----

CARDS = (
    "Timeline\n\n"
    "March 3, 1801\n\nThe Courts\n\nFirst Judge Named\n\nA judge is named for the colony.\n\n"
    "May 9, 1810\n\nPortrait, Anne Mary\n\nThe Courts\n\nPrison Opened\n\nThe first prison opens.\n\n"
    "June 1, 1822\n\nStatutes\n\nTax Act Passed\n\nThe assembly passes a tax act.\n\n"
    "July 4, 1830\n\nThe Courts\n\nJury Trials Begin\n\nTrial by jury is introduced.\n\n"
    "Aug 2, 1841\n\nStatutes\n\nSchool Act Passed\n\nThe assembly passes a school act.\n"
)


def test_a_category_label_under_each_date_is_layout_not_the_entry() -> None:
    found = dates(CARDS)
    assert [(d, t.split(" ")[0]) for d, _, t in found] == [
        ("1801-03-03", "First"),
        ("1810-05-09", "Prison"),
        ("1822-06-01", "Tax"),
        ("1830-07-04", "Jury"),
        ("1841-08-02", "School"),
    ]
    reasons = dict(layout(CARDS))
    assert reasons["The Courts"] == "a category label under the date"
    assert reasons["Statutes"] == "a category label under the date"  # (twice: once labels shown)
    assert reasons["Portrait, Anne Mary"] == "an image's caption under the date"
    assert not any("The Courts" in t or "Portrait" in t for _, _, t in found)


def test_a_short_line_under_dates_that_never_repeats_stays_in_the_entry() -> None:
    text = CARDS.replace("The Courts\n\n", "").replace("Statutes\n\n", "")
    found = dates(text)
    assert any(t.startswith("Portrait, Anne Mary") for _, _, t in found)
    assert all(reason != "a category label under the date" for _, reason in layout(text))


@settings(max_examples=30, deadline=None)
@given(
    label=st.sampled_from(["The Law", "Science", "Sports", "Royal News"]),
    years=st.lists(st.integers(1700, 1990), min_size=3, max_size=6, unique=True),
)
def test_cards_with_any_repeated_label_import_to_their_titles(label: str, years: list[int]) -> None:
    years.sort()
    text = "".join(
        f"April {k + 1}, {year}\n\n{label}\n\nEvent Number {k}\n\nSomething happened here.\n\n"
        for k, year in enumerate(years)
    )
    found = dates(text)
    assert [(d, t.split(" Something")[0]) for d, _, t in found] == [
        (f"{year}-04-{k + 1:02}", f"Event Number {k}") for k, year in enumerate(years)
    ]
    assert [text for text, _ in layout(text)].count(label) == len(years)


# --- a page's headline in capitals after a year, over dated bullets --------------------------

HEADLINE = (
    "2011: WHEN THE RIVER ROSE\n\n"
    "Nobody expected it.\n\n"
    "* March 2, 2011 – The rain begins in the hills.\n\n"
    "* March 9, 2011 – The river bursts its banks.\n\n"
    "* March 20, 2011 – The water goes down.\n\n"
    "* April 1, 2011 – The clean-up starts.\n"
)


def test_a_year_before_a_headline_in_capitals_is_the_page_title() -> None:
    assert [d for d, _, _ in dates(HEADLINE)] == [
        "2011-03-02",
        "2011-03-09",
        "2011-03-20",
        "2011-04-01",
    ]
    assert (
        "2011: WHEN THE RIVER ROSE",
        "the page's headline in capitals, a year before it",
    ) in layout(HEADLINE)
    assert "Nobody expected it." in left_out(HEADLINE)  # (reported, not joined to a title)


def test_a_year_entry_in_capitals_among_year_entries_stays_an_entry() -> None:
    # the entries below write no month: the capitals line is one of them
    text = "2011: THE RIVER ROSE HIGH\n\n2012: The dam is built.\n\n2013: It holds.\n\n2014: It is raised.\n"
    assert [d for d, _, _ in dates(text)] == ["2011", "2012", "2013", "2014"]


# --- day numbers in a column under "Month, Year" headings ------------------------------------

COLUMN_DAYS = (
    "Chronology\n"
    "March, 1920\n"
    " 2   The council meets for the first time\n"
    "17   A strike closes the harbour; troops are sent\n"
    "\n"
    "April, 1920\n"
    " 5    The strike ends\n"
    "28   The council passes its first budget for the\n"
    "     city and the harbour\n"
)


def test_day_numbers_in_a_column_under_month_headings_are_days() -> None:
    assert dates(COLUMN_DAYS) == [
        ("1920-03-02", None, "The council meets for the first time"),
        ("1920-03-17", None, "A strike closes the harbour; troops are sent"),
        ("1920-04-05", None, "The strike ends"),
        ("1920-04-28", None, "The council passes its first budget for the city and the harbour"),
    ]


def test_a_numbered_list_in_a_column_is_no_list_of_days() -> None:
    # 1, 2, 3 … under a month heading: a numbered list, not days of the month
    text = "March, 1920\n1   Bread\n2   Milk\n3   Eggs\n4   Flour\n"
    assert all(d != "1920-03-02" for d, _, _ in dates(text))


@settings(max_examples=30, deadline=None)
@given(
    days=st.lists(st.integers(2, 28), min_size=3, max_size=6, unique=True),
    gap=st.integers(2, 5),
    month=st.sampled_from(["January", "June", "October"]),
)
def test_any_column_of_days_under_a_month_reads_as_those_days(
    days: list[int], gap: int, month: str
) -> None:
    days.sort()
    text = f"{month}, 1917\n" + "".join(f"{d:>2}{' ' * gap}Event on day {d}\n" for d in days)
    number = {"January": 1, "June": 6, "October": 10}[month]
    assert dates(text) == [(f"1917-{number:02}-{d:02}", None, f"Event on day {d}") for d in days]


# --- a table flattened with no separators: the date cell run into the next cell -------------

FLATTENED = (
    "Date Event People Places\n"
    "Jan 1990Bridge opens to trafficSmith, JonesRiverton\n"
    "4 Mar 1991The second bridge is plannedBrownRiverton\n"
    "Jun 1992Work starts on the second bridgeBrownEastbank\n"
    "1993Floods delay the work  Riverton\n"
    "Oct 1994The second bridge opensSmithEastbank\n"
)


def test_a_flattened_tables_date_cells_start_entries() -> None:
    assert [(d, t.split(" ")[0]) for d, _, t in dates(FLATTENED)] == [
        ("1990-01", "Bridge"),
        ("1991-03-04", "The"),
        ("1992-06", "Work"),
        ("1993", "Floods"),
        ("1994-10", "The"),
    ]


def test_one_month_and_year_glued_to_a_word_is_no_table() -> None:
    text = "Notes\nJan 1990Bridge opens\nThe town grows.\n"
    assert not any(d == "1990-01" for d, _, _ in dates(text))


# --- a list run together on one line: "- Mars 2014-- - 24 : text - Juillet-- - 25 : text" ----

RUN_TOGETHER = (
    "- Mai 2015-- - 3 : Le fleuve monte dans la vallée. - 9 : Les digues cèdent au nord. "
    "- Juin-- - 2 : La décrue commence enfin. - 14-16 : Les écoles rouvrent. "
    "- 20: Le bilan est publié par la préfecture de la région."
)


def test_a_list_run_together_on_one_line_is_read_item_by_item() -> None:
    assert dates(RUN_TOGETHER) == [
        ("2015-05-03", None, "Le fleuve monte dans la vallée."),
        ("2015-05-09", None, "Les digues cèdent au nord."),
        ("2015-06-02", None, "La décrue commence enfin."),
        ("2015-06-14", "2015-06-16", "Les écoles rouvrent."),
        ("2015-06-20", None, "Le bilan est publié par la préfecture de la région."),
    ]
    split = split_entries(RUN_TOGETHER)
    assert {e.line for e in split.entries} == {1}  # (the line an editor shows)
    assert sorted(s.text for s in split.layout) == ["Juin", "Mai 2015--"]


def test_a_long_line_with_two_dashed_numbers_is_no_list() -> None:
    text = "1999: " + "The plan - 3 : a draft, then - 4 : a vote, " * 1 + "and more words. " * 12
    assert [(d, t[:8]) for d, _, t in dates(text)] == [("1999", "The plan")]


def test_a_foreign_month_alone_or_a_lists_marker_is_a_month() -> None:
    from ktimeline import dates as grammar

    found = grammar.date_in_text().match("Juillet")
    assert found is not None and found.group() == "Juillet"
    found = grammar.date_in_text().match("Mars 2014--")  # a list's month marker
    assert found is not None and found.group() == "Mars 2014"
    # "Mars 2020" alone, or before other words, is the mission, not March
    for written in ("Mars 2020", "Mars 2020 rover lands"):
        found = grammar.date_in_text().match(written)
        assert found is None or found.group() != "Mars 2020"


def test_a_month_with_its_separator_and_no_text_heads_day_numbers() -> None:
    text = "March 2014:\n- 24 : A thing.\n- 26 : B thing.\nJuly:\n- 5 : C thing.\n- 7 : D thing.\n"
    assert [(d, t) for d, _, t in dates(text)] == [
        ("2014-03-24", "A thing."),
        ("2014-03-26", "B thing."),
        ("2014-07-05", "C thing."),
        ("2014-07-07", "D thing."),
    ]
    assert ("July:", "heading") in layout(text)


@settings(max_examples=30, deadline=None)
@given(days=st.lists(st.integers(2, 28), min_size=3, max_size=7, unique=True))
def test_any_run_together_list_of_days_reads_as_its_days(days: list[int]) -> None:
    days.sort()
    # (a line long enough to hold several entries: RUN_TOGETHER_LENGTH)
    said = "Fait numéro {} du mois, rapporté par la presse locale et régionale."
    line = "- Octobre 2011-- " + " ".join(f"- {d} : {said.format(d)}" for d in days)
    assert dates(line) == [(f"2011-10-{d:02}", None, said.format(d)) for d in days]


# --- an introduction "In this … timeline, …" naming the one year of yearless entries --------

INTRODUCED = (
    "A Year of Floods\n\n"
    "The river rose again and again, and the town was not ready.\n\n"
    "In this short timeline, drawn from council minutes, we follow the floods that began in "
    "April 2016.\n\n"
    "April 3: The river rises above its banks.\n\n"
    "April 9: The bridge is closed.\n\n"
    "May 2: The water goes down.\n"
)


def test_an_introduction_in_this_timeline_gives_its_year() -> None:
    assert [d for d, _, _ in dates(INTRODUCED)] == ["2016-04-03", "2016-04-09", "2016-05-02"]


def test_an_introduction_naming_two_years_gives_none() -> None:
    text = INTRODUCED.replace("began in April 2016.", "began in April 2016 and ended in 2017.")
    assert dates(text) == []


# --- a card's headline that ends on a full stop, above its date, the body below --------------

CARDS_WITH_FULL_STOPS = (
    "Key moments\n\n"
    "The mayor opens the new harbour.\n"
    "May 4 2011\n\n"
    "Crowds gathered on the quay as the mayor cut the ribbon at noon.\n\n"
    "A storm damages the harbour wall.\n"
    "January 9 2012\n\n"
    "Waves broke over the wall for two days before it gave way.\n\n"
    "The wall is rebuilt at last.\n"
    "March 3 2013\n\n"
    "Engineers finished the new wall three weeks ahead of the plan, and"
)


def test_a_headline_with_a_full_stop_above_its_date_opens_the_entry() -> None:
    assert [(d, t[:20]) for d, _, t in dates(CARDS_WITH_FULL_STOPS)] == [
        ("2011-05-04", "The mayor opens the "),
        ("2012-01-09", "A storm damages the "),
        ("2013-03-03", "The wall is rebuilt "),
    ]
    assert "Crowds gathered" in dates(CARDS_WITH_FULL_STOPS)[0][2]


def test_a_sentence_above_a_date_with_its_text_directly_below_is_no_headline() -> None:
    # no blank line between the date and its text: the sentence above ends the entry before
    text = CARDS_WITH_FULL_STOPS.replace("\n\nCrowds", "\nCrowds").replace("\n\nWaves", "\nWaves")
    text = text.replace("\n\nEngineers", "\nEngineers")
    assert not any(t.startswith("The mayor") for _, _, t in dates(text))


# --- a list of months before their year: the span from the first to the last ----------------


def test_a_list_of_months_with_one_year_is_their_span() -> None:
    text = (
        "November 2018 - The report is posted.\n\n"
        "March, April, June 2019 - The report is unchanged.\n\n"
        "July 4 - The council meets.\n\n"
        "August 1 - The report is taken down.\n"
    )
    assert [(d, e) for d, e, _ in dates(text)] == [
        ("2018-11", None),
        ("2019-03", "2019-06"),
        ("2019-07-04", None),
        ("2019-08-01", None),
    ]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("March, April, June 2019", "2019-03-01", "2019-06-30"),
        ("March, April and June 2019", "2019-03-01", "2019-06-30"),
        ("Jan., Feb. 2001", "2001-01-01", "2001-02-28"),
    ],
)
def test_a_list_of_months_is_read_by_range_too(written: str, start: str, end: str) -> None:
    from ktimeline import dates as grammar

    span = grammar.parse_date_argument(written, "START")
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_page_furniture_repeated_under_dates_keeps_its_own_reason() -> None:
    text = CARDS.replace("The Courts\n\n", "Continue Reading\n\n")
    reasons = dict(layout(text))
    assert reasons.get("Continue Reading") != "a category label under the date"


# --- Markdown bold in an entry's text is markup, as italics are -----------------------------


@pytest.mark.parametrize(
    ("written", "clean"),
    [
        ("**UNIX origins** – Multi-user design.", "UNIX origins – Multi-user design."),
        ("The **first** test, *then* a second.", "The first test, then a second."),
        ("2 ** 10 is 1024; a*b*c stays.", "2 ** 10 is 1024; a*b*c stays."),
    ],
)
def test_markdown_bold_markers_are_taken_out_of_an_entrys_text(written: str, clean: str) -> None:
    from ktimeline.importing.events import clean_text

    assert clean_text(written) == clean


def test_a_markdown_table_of_years_with_bold_titles_imports_the_titles() -> None:
    from ktimeline.importing.events import clean_text

    text = (
        "| **Year** | **Milestone** |\n|---:|:---|\n"
        "| 1970s | **Origins** – The first design. |\n"
        "| 1983 | **Project** – Free tools. |\n"
        "| 1991 | **Kernel** – A hobby project. |\n"
    )
    assert [(d, clean_text(t)) for d, _, t in dates(text)][1:] == [
        ("1983", "Project – Free tools."),
        ("1991", "Kernel – A hobby project."),
    ]


# --- a night's two days in a numeric date, the day first ("2-3/12/1984") --------------------

NUMERIC_NIGHT = (
    "2-3/12/1984\nThe gas leaks in the night.\n\n"
    "3/12/1984\nThe police file a report.\n\n"
    "14/2/1989\nThe court rules.\n"
)


def test_a_nights_two_days_in_a_day_first_numeric_date_are_a_span() -> None:
    assert dates(NUMERIC_NIGHT) == [
        ("1984-12-02", "1984-12-03", "The gas leaks in the night."),
        ("1984-12-03", None, "The police file a report."),
        ("1989-02-14", None, "The court rules."),
    ]


def test_two_days_before_the_month_in_a_month_first_document_are_reported() -> None:
    text = "12/25/2019\nA thing.\n\n12/28/2019\nB thing.\n\n2-3/1/2020\nC thing.\n\n1/15/2020\nD.\n"
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["2019-12-25", "2019-12-28", "2020-01-15"]
    assert any("two days before the month" in s.reason for s in split.unplaced)


# --- "1831: 18 April, the text": a year's colon, then its day and month with a comma ---------


def test_a_day_and_month_with_a_comma_after_a_years_colon_is_the_day() -> None:
    text = (
        "1831: 18 April, the first issue is printed.\n\n"
        "1851: Gold is found in the hills.\n\n"
        "1868: A picnic ends in a shooting.\n"
    )
    assert [(d, t[:9]) for d, _, t in dates(text)] == [
        ("1831-04-18", "the first"),
        ("1851", "Gold is f"),
        ("1868", "A picnic "),
    ]


def test_a_number_after_a_years_colon_that_is_no_day_stays_the_years_text() -> None:
    text = "1831: 18 presses, the largest of the colony.\n\n1851: Gold.\n\n1868: A picnic.\n"
    assert dates(text)[0][:2] == ("1831", None)
    assert dates(text)[0][2].startswith("18 presses")


# --- a wrapped line that opens with a year and a word in lower case --------------------------

WRAPPED_ONTO_A_YEAR = (
    "1869 - The law is revised.\n\n"
    "1892- The first code is proclaimed. It was revised in 1906 but remains the same with "
    "some\n\n"
    "1892 offences still in effect.\n\n"
    "1894- A youth act is passed.\n"
)


def test_a_year_and_a_lower_case_word_below_an_unended_entry_carries_it_on() -> None:
    found = dates(WRAPPED_ONTO_A_YEAR)
    assert [d for d, _, _ in found] == ["1869", "1892", "1894"]
    assert found[1][2].endswith("remains the same with some 1892 offences still in effect.")


def test_table_rows_of_years_in_lower_case_one_under_another_stay_entries() -> None:
    text = (
        "1829 The first typewriter patent\n"
        "1837 demonstration of the telegraph\n"
        "1841 invention of the printing telegraph\n"
        "1844 first operation of the line\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1829", "1837", "1841", "1844"]


# --- a text cut off after the last date's first word ----------------------------------------


def test_a_last_entry_cut_after_one_short_word_is_reported_not_imported() -> None:
    text = (
        "May 2, 2008\nThe bank reports a loss.\n\nJune 9, 2008\nShares fall.\n\nJuly 1, 2008\nThe"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["2008-05-02", "2008-06-09"]
    assert [(s.line, s.text) for s in split.unplaced] == [(7, "July 1, 2008"), (8, "The")]


def test_a_last_entry_of_one_real_word_is_kept() -> None:
    text = "May 2, 2008\nThe bank reports a loss.\n\nJune 9, 2008\nShares fall.\n\nJuly 1, 2008\nPeace."
    assert dates(text)[-1] == ("2008-07-01", None, "Peace.")


def test_a_control_character_in_a_text_splits_no_line_by_itself() -> None:
    text = "2001: The first\x1eentry.\n\n2002: The second.\n\n2003: The third.\n"
    assert [(d, t) for d, _, t in dates(text)][1:] == [
        ("2002", "The second."),
        ("2003", "The third."),
    ]
    assert (
        dates(text)[0][0] == "2001"
        and "first" in dates(text)[0][2]
        and "entry" in dates(text)[0][2]
    )
