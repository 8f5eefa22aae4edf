"""Issue 22, twenty-eighth round: the layouts of plain-text timeline tools (Markwhen's spans,
sections and front matter, the Chronos plugin's bracketed dates) and spans of ISO dates, as
general rules, each on short chronologies written for the test in other subjects and
wordings, and what each rule must not read."""

from __future__ import annotations

import pytest

from ktimeline.dates import DateArgumentError, find_date, parse_date_argument
from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries
from tests.import_support import reasons as _reasons

_read = read_entries


# --- spans of ISO dates: the end read, the line a new entry -----------------------------------


def test_a_span_of_iso_months_starts_an_entry_of_its_own() -> None:
    text = (  # a band's history, spans written "A / B" as EDTF and timeline tools write them
        "2011-02-14: Band formed in Leeds\n"
        "2012-03 / 2012-07: First tour of the north\n"
        "2013-01/2013-04: Debut album recorded\n"
        "2014-09: Drummer leaves\n"
    )
    assert _read(text) == [
        ("2011-02-14", None, "Band formed in Leeds"),
        ("2012-03", "2012-07", "First tour of the north"),
        ("2013-01", "2013-04", "Debut album recorded"),
        ("2014-09", None, "Drummer leaves"),
    ]


def test_a_span_of_iso_days_keeps_its_end() -> None:
    text = (  # a court case, spans written with a spaced hyphen, a slash, a dash or "to"
        "1998-05-18 - 1998-06-02: Opening arguments heard\n"
        "2000-04-03 / 2000-04-28: Remedies phase\n"
        "2001-02-26 – 2001-02-27: Appeal argued\n"
        "2001-06-28 to 2001-07-13: Ruling and remand\n"
    )
    assert _read(text) == [
        ("1998-05-18", "1998-06-02", "Opening arguments heard"),
        ("2000-04-03", "2000-04-28", "Remedies phase"),
        ("2001-02-26", "2001-02-27", "Appeal argued"),
        ("2001-06-28", "2001-07-13", "Ruling and remand"),
    ]


def test_an_iso_span_inside_a_sentence_is_no_entry() -> None:
    text = (  # the span in the middle of an entry's text stays text
        "2019-06-01: The survey ran 2019-06 / 2019-09 in three regions\n"
        "2020-01-10: Results published\n"
    )
    assert _read(text) == [
        ("2019-06-01", None, "The survey ran 2019-06 / 2019-09 in three regions"),
        ("2020-01-10", None, "Results published"),
    ]


def test_iso_spans_that_are_not_spans() -> None:
    # a hyphen without spaces, sides of two kinds, a span that ends before it starts
    assert find_date("2021-01-15-2021-02-20")[0] == "2021-01-15"  # type: ignore[index]
    assert find_date("2019-06 / 2019-09-30")[0] == "2019-06"  # type: ignore[index]
    assert _read("2019-09 / 2019-06: Backwards\n2019-10: Next\n")[0][1] != "2019-06"
    # ("1/2 of the troops": a fraction, never a span or a date)
    assert _read("1944-06-06: Landings begin\n1/2 of the troops ashore by noon\n") == [
        ("1944-06-06", None, "Landings begin 1/2 of the troops ashore by noon"),
    ]


def test_iso_spans_are_read_by_range_too() -> None:
    span = parse_date_argument("2021-01-15 - 2021-02-20", "START")
    assert (span.start_iso, span.end_iso) == ("2021-01-15", "2021-02-20")
    span = parse_date_argument("2019-06 / 2019-09", "START")
    assert (span.start_iso, span.end_iso) == ("2019-06-01", "2019-09-30")


def test_an_iso_day_with_its_clock_time() -> None:
    text = (  # a launch log: the time (finer than the data holds) dropped, the day read
        "2023-02-10 10:00am: Countdown resumed\n"
        "2023-02-10T14:30: Engines ignited\n"
        "2023-02-11 09:15: Orbit confirmed\n"
    )
    assert _read(text) == [
        ("2023-02-10", None, "Countdown resumed"),
        ("2023-02-10", None, "Engines ignited"),
        ("2023-02-11", None, "Orbit confirmed"),
    ]
    # ("2023-02-10 12:30:45:" a time with seconds; "2023-02-10 1:2" no time)
    assert find_date("2023-02-10 12:30:45: x")[0] == "2023-02-10 12:30:45"  # type: ignore[index]
    assert find_date("2023-02-10 1:2 x")[0] == "2023-02-10"  # type: ignore[index]
    with pytest.raises(DateArgumentError):  # (`range` refuses a time, as before: no day's part)
        parse_date_argument("2023-02-10T14:30", "START")


# --- tilde spans and the Chronos plugin's bracketed dates ------------------------------------


def test_chronos_items_with_bracketed_dates_and_tilde_spans() -> None:
    text = (  # a history of computing in the Chronos plugin's syntax
        "- [1936~1945] Early electromechanical machines\n"
        "* [1946] ENIAC unveiled\n"
        "- [1951-03-31] UNIVAC I delivered\n"
        "@ [1960~1975] The mainframe era\n"
        "= [1969] A marker\n"
    )
    assert _read(text) == [
        ("1936", "1945", "Early electromechanical machines"),
        ("1946", None, "ENIAC unveiled"),
        ("1951-03-31", None, "UNIVAC I delivered"),
        ("1960", "1975", "The mainframe era"),
        ("1969", None, "A marker"),
    ]


def test_an_at_sign_is_a_mark_only_before_a_bracket() -> None:
    text = (  # a club's history: "@" before a word is the text's
        "1987: Club founded\n@ the old ground, the first match\n1990: Promotion\n"
    )
    entries = _read(text)
    assert [e[0] for e in entries] == ["1987", "1990"]
    assert "@ the old ground" in entries[0][2]


def test_a_tilde_span_of_years_in_text_and_in_range() -> None:
    text = "1950~1953: War on the peninsula\n1961〜1963: Reconstruction plan\n"
    assert _read(text) == [
        ("1950", "1953", "War on the peninsula"),
        ("1961", "1963", "Reconstruction plan"),
    ]
    span = parse_date_argument("1789~1799", "START")
    assert (span.start_iso, span.end_iso) == ("1789-01-01", "1799-12-31")


def test_a_tilde_before_a_year_alone_is_no_span() -> None:
    # "~1799": about 1799, not a span (read as the year since layouts35, as the importer does)
    span = parse_date_argument("~1799", "START")
    assert (span.start_iso, span.end_iso) == ("1799-01-01", "1799-12-31")


# --- Markwhen's layout: sections, groups, front matter, relative dates -----------------------


MARKWHEN = (  # a football club's history, as Markwhen writes it
    "---\n"
    "title: Club history\n"
    "view: timeline\n"
    "---\n"
    "\n"
    "section Early years #founding\n"
    "1899-11-29: Club founded by a Swiss businessman #origins\n"
    "1902 / 1905: Regional league titles\n"
    "endSection\n"
    "\n"
    "group Stadiums\n"
    "1922-05-20: First stadium opened\n"
    "1957-09-24: New stadium opened\n"
    "endGroup\n"
    "1992-05-20: First European Cup\n"
)


def test_markwhen_sections_groups_and_front_matter_are_layout() -> None:
    entries = _read(MARKWHEN)
    assert [(date, end) for date, end, _ in entries] == [
        ("1899-11-29", None),
        ("1902", "1905"),
        ("1922-05-20", None),
        ("1957-09-24", None),
        ("1992-05-20", None),
    ]
    texts = " ".join(text for *_, text in entries)
    assert "endSection" not in texts and "endGroup" not in texts and "Stadiums" not in texts
    reasons = _reasons(MARKWHEN)
    assert reasons["endSection"] == reasons["section Early years #founding"]
    assert "group" in reasons["group Stadiums"] and "group" in reasons["endGroup"]
    assert reasons["title: Club history"] == "the document's front matter"


def test_section_and_group_words_without_a_closing_mark_stay_text() -> None:
    text = (  # a law's history: "section" and "group" open wrapped lines of entries
        "1935-08-14: Act signed; its\n"
        "section 202 set up old-age benefits\n"
        "1939-08-10: Amendments passed for a\n"
        "group of dependants\n"
    )
    assert _read(text) == [
        ("1935-08-14", None, "Act signed; its section 202 set up old-age benefits"),
        ("1939-08-10", None, "Amendments passed for a group of dependants"),
    ]


def test_a_rule_of_dashes_later_in_a_text_is_no_front_matter() -> None:
    text = "1990: Founded\n---\ntitle: a note\n---\n1995: Listed\n"
    assert "the document's front matter" not in _reasons(text).values()


def test_relative_dates_are_reported_not_joined() -> None:
    text = (  # a project plan: dates counted from another item or from today
        "2024-03-01: Project starts\n"
        "after !start 2 weeks: Design approved\n"
        "3 months: First release\n"
        "now: Current work\n"
        "2024-09-01: Review\n"
    )
    assert _read(text) == [
        ("2024-03-01", None, "Project starts"),
        ("2024-09-01", None, "Review"),
    ]
    out = left_out(text)
    for line in ("after !start 2 weeks: Design approved", "3 months: First release"):
        assert line in out
    assert "now: Current work" in split_entries(text).unplaced[-1].text


def test_a_duration_inside_a_sentence_is_no_relative_date() -> None:
    text = "1812-06-24: The army crossed the river;\n3 weeks later it reached the city\n"
    assert _read(text) == [
        ("1812-06-24", None, "The army crossed the river; 3 weeks later it reached the city"),
    ]
