"""The date grammar: ISO, partial and written forms; never filled from today; every error."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline.dates import DateSpan, event_span, parse_date_argument, parse_range
from ktimeline.errors import UsageError
from ktimeline.model import DatePrecision

D, M, Y = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2019-11-05", date(2019, 11, 5), date(2019, 11, 5), D),
        ("2019-11", date(2019, 11, 1), date(2019, 11, 30), M),
        ("2019-02", date(2019, 2, 1), date(2019, 2, 28), M),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29), M),
        ("2019", date(2019, 1, 1), date(2019, 12, 31), Y),
        ("Nov 5 2019", date(2019, 11, 5), date(2019, 11, 5), D),
        ("Dec. 3, 2019", date(2019, 12, 3), date(2019, 12, 3), D),
        ("Sept. 1, 2019", date(2019, 9, 1), date(2019, 9, 1), D),
        ("Sep 1 2019", date(2019, 9, 1), date(2019, 9, 1), D),
        ("5 November 2019", date(2019, 11, 5), date(2019, 11, 5), D),
        ("November 2019", date(2019, 11, 1), date(2019, 11, 30), M),
        ("Nov 2019", date(2019, 11, 1), date(2019, 11, 30), M),
        ("  2019-12-23  ", date(2019, 12, 23), date(2019, 12, 23), D),
        ("0001-01-01", date(1, 1, 1), date(1, 1, 1), D),
        ("9999-12-31", date(9999, 12, 31), date(9999, 12, 31), D),
        ("9999", date(9999, 1, 1), date(9999, 12, 31), Y),
        ("2000-02-29", date(2000, 2, 29), date(2000, 2, 29), D),
    ],
)
def test_accepted_forms(text: str, start: date, end: date, precision: DatePrecision) -> None:
    assert parse_date_argument(text, "START") == DateSpan(start, end, precision)


def test_partial_dates_are_never_filled_from_today() -> None:
    # dateutil alone would answer parse("November 2019") with today's day of the month.
    today = datetime.now()
    span = parse_date_argument("November 2019", "START")
    assert span.start.day == 1 and span.end.day == 30
    assert parse_date_argument("2019", "START").start == date(2019, 1, 1)
    with pytest.raises(UsageError, match="has no year"):
        parse_date_argument(f"{today:%b} {today.day}", "START")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2019-02-30", "START '2019-02-30' is not a real date"),
        ("1900-02-29", "START '1900-02-29' is not a real date"),
        ("2019-13", "START '2019-13' is not a real date"),
        ("0000-01-01", "START '0000-01-01' is not a real date"),
        ("Feb 30 2019", "START 'Feb 30 2019' is not a real date"),
        ("Nov 5", "START 'Nov 5' has no year"),
        ("tomorrow", "START 'tomorrow' is not a date"),
        ("", "START is empty"),
        ("20191105", "START '20191105' is not a date"),
        ("x" * 500, "START is not a date (500 characters)"),
        ("99999999999999999999999 Nov", "START '99999999999999999999999 Nov' is not a date"),
    ],
)
def test_errors_name_the_argument_and_show_accepted_forms(text: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_date_argument(text, "START")
    assert caught.value.message == message
    assert caught.value.hint is not None and "YYYY-MM-DD" in caught.value.hint


def test_range_defaults_to_the_span_of_start() -> None:
    assert parse_range("2019-11") == (date(2019, 11, 1), date(2019, 11, 30))
    assert parse_range("2019-12-23") == (date(2019, 12, 23), date(2019, 12, 23))
    assert parse_range("2019") == (date(2019, 1, 1), date(2019, 12, 31))


def test_range_end_is_the_last_day_of_its_span() -> None:
    assert parse_range("2019-11-15", "2019-12") == (date(2019, 11, 15), date(2019, 12, 31))


def test_start_after_end_is_an_error_naming_both() -> None:
    with pytest.raises(UsageError) as caught:
        parse_range("2019-12-01", "2019-11-01")
    assert caught.value.message == "START '2019-12-01' is after END '2019-11-01'"


def test_end_is_named_end() -> None:
    with pytest.raises(UsageError, match=r"^END 'Feb 31 2019' is not a real date"):
        parse_range("2019", "Feb 31 2019")


def test_event_span_of_spans_and_partial_dates() -> None:
    assert event_span("2019-11-22", "2019-11-23") == ("2019-11-22", "2019-11-23")
    assert event_span("2019-05", "2019-12") == ("2019-05-01", "2019-12-31")
    assert event_span("2019", None) == ("2019-01-01", "2019-12-31")
    with pytest.raises(ValueError, match="before"):
        event_span("2019-11", "2019-10-31")


# --- properties ---------------------------------------------------------------------------

dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@given(dates, st.sampled_from(["day", "month", "year"]))
def test_any_real_iso_date_parses_to_a_span_containing_it(day: date, form: str) -> None:
    text = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[form]
    span = parse_date_argument(text, "START")
    assert span.start <= day <= span.end


@given(dates, dates)
def test_generated_ranges_are_accepted_and_ordered(a: date, b: date) -> None:
    low, high = sorted((a, b))
    start, end = parse_range(low.isoformat(), high.isoformat())
    assert (start, end) == (low, high)
    if low < high:
        with pytest.raises(UsageError):
            parse_range(high.isoformat(), low.isoformat())


@given(dates)
def test_written_forms_agree_with_iso(day: date) -> None:
    if day.year < 100:
        return  # two-digit years are read as recent years by dateutil, as a person would
    written = f"{day:%b} {day.day} {day.year}"
    assert parse_date_argument(written, "START") == parse_date_argument(day.isoformat(), "START")


@given(st.text(max_size=80))
def test_any_text_parses_or_raises_a_usage_error(text: str) -> None:
    try:
        span = parse_date_argument(text, "START")
    except UsageError:
        return
    assert span.start <= span.end
