"""The date grammar: every accepted form, every refused one with its message; never a guess.

The misreadings that led here (dateutil's fuzzy parse) are in the tables by name: "Dec 2-8,
2019" read as 2 Dec 2008, "02.12.2019" as 12 February, "2019-12-02/2019-12-08" and
"2019-12-02..2019-12-08" as 2 December alone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ktimeline.dates import (
    ACCEPTED_END_FORMS,
    ACCEPTED_FORMS,
    MONTHS,
    DateSpan,
    century_or_decade,
    event_span,
    order_key,
    parse_bounds,
    parse_date_argument,
    parse_range,
)
from ktimeline.errors import UsageError
from ktimeline.model import MONTH_NAMES, DatePrecision
from tests.conftest import examples

D, M, Y = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
d = date

ACCEPTED = [
    # ISO day, month, year
    ("2019-11-05", d(2019, 11, 5), d(2019, 11, 5), D),
    ("2019-11", d(2019, 11, 1), d(2019, 11, 30), M),
    ("2019-02", d(2019, 2, 1), d(2019, 2, 28), M),
    ("2020-02", d(2020, 2, 1), d(2020, 2, 29), M),
    ("2019", d(2019, 1, 1), d(2019, 12, 31), Y),
    ("2019-12-2", d(2019, 12, 2), d(2019, 12, 2), D),
    ("  2019-12-23  ", d(2019, 12, 23), d(2019, 12, 23), D),
    ("0001-01-01", d(1, 1, 1), d(1, 1, 1), D),
    ("9999-12-31", d(9999, 12, 31), d(9999, 12, 31), D),
    ("9999", d(9999, 1, 1), d(9999, 12, 31), Y),
    ("2000-02-29", d(2000, 2, 29), d(2000, 2, 29), D),
    ("2019/12/02", d(2019, 12, 2), d(2019, 12, 2), D),  # year first: not ambiguous
    # written days and months
    ("Nov 5 2019", d(2019, 11, 5), d(2019, 11, 5), D),
    ("Dec. 3, 2019", d(2019, 12, 3), d(2019, 12, 3), D),
    ("Sept. 1, 2019", d(2019, 9, 1), d(2019, 9, 1), D),
    ("Sep 1 2019", d(2019, 9, 1), d(2019, 9, 1), D),
    ("5 November 2019", d(2019, 11, 5), d(2019, 11, 5), D),
    ("December 2nd, 2019", d(2019, 12, 2), d(2019, 12, 2), D),
    ("2nd December 2019", d(2019, 12, 2), d(2019, 12, 2), D),
    ("DEC 2 2019", d(2019, 12, 2), d(2019, 12, 2), D),
    ("Mon., Dec. 2, 2019", d(2019, 12, 2), d(2019, 12, 2), D),
    ("Monday 2 December 2019", d(2019, 12, 2), d(2019, 12, 2), D),
    ("2019 Dec 2", d(2019, 12, 2), d(2019, 12, 2), D),
    ("November 2019", d(2019, 11, 1), d(2019, 11, 30), M),
    ("Nov 2019", d(2019, 11, 1), d(2019, 11, 30), M),
    ("Nov. 2019", d(2019, 11, 1), d(2019, 11, 30), M),
    ("5 Nov 2019", d(2019, 11, 5), d(2019, 11, 5), D),  # how ktimeline prints a day
    # written spans (the misreading: "Dec 2-8, 2019" was 2 December 2008)
    ("Dec 2-8, 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("Dec 2–8, 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("Dec 2—8, 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("Dec 2 - 8, 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("Dec. 28-31, 2019", d(2019, 12, 28), d(2019, 12, 31), D),
    ("Nov. 30–Dec. 2, 2019", d(2019, 11, 30), d(2019, 12, 2), D),
    ("Dec. 30, 2019–Jan. 2, 2020", d(2019, 12, 30), d(2020, 1, 2), D),
    ("Dec 30–Jan 2, 2020", d(2019, 12, 30), d(2020, 1, 2), D),
    ("December 2 to December 8, 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("Dec 2 through 8 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2-8 Dec 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("30 Nov – 2 Dec 2019", d(2019, 11, 30), d(2019, 12, 2), D),
    ("5 Nov 2019 – 7 Nov 2019", d(2019, 11, 5), d(2019, 11, 7), D),  # as ktimeline prints
    ("Nov–Dec 2019", d(2019, 11, 1), d(2019, 12, 31), M),
    ("May 2019 – Dec 2019", d(2019, 5, 1), d(2019, 12, 31), M),
    ("Mon Dec 2 - Sun Dec 8, 2019", d(2019, 12, 2), d(2019, 12, 8), D),
    # ISO 8601 intervals in one argument (the misreading: read as 2 December alone)
    ("2019-12-02/2019-12-08", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-12-02..2019-12-08", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-12-02 – 2019-12-08", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-12-02 to 2019-12-08", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-12-02/08", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-11/2019-12", d(2019, 11, 1), d(2019, 12, 31), M),
    ("2019/2020", d(2019, 1, 1), d(2020, 12, 31), Y),
    ("2019-12-02/P7D", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-12-02 +7d", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-12-02 +2w", d(2019, 12, 2), d(2019, 12, 15), D),
    ("2019-12-02 +1m", d(2019, 12, 2), d(2020, 1, 1), D),
    ("Dec 2, 2019 +1 week", d(2019, 12, 2), d(2019, 12, 8), D),
    # ISO weeks and quarters
    ("2019-W49", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019W49", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2019-w49", d(2019, 12, 2), d(2019, 12, 8), D),
    ("2020-W01", d(2019, 12, 30), d(2020, 1, 5), D),
    ("2019-W49-4", d(2019, 12, 5), d(2019, 12, 5), D),
    ("2019-W49/2019-W50", d(2019, 12, 2), d(2019, 12, 15), D),
    ("2019-Q4", d(2019, 10, 1), d(2019, 12, 31), M),
    ("2019Q1", d(2019, 1, 1), d(2019, 3, 31), M),
    ("Q4 2019", d(2019, 10, 1), d(2019, 12, 31), M),
    # dotted numeric dates are day first (the misreading: 02.12.2019 was 12 February)
    ("02.12.2019", d(2019, 12, 2), d(2019, 12, 2), D),
    ("2.12.2019", d(2019, 12, 2), d(2019, 12, 2), D),
    ("12.2019", d(2019, 12, 1), d(2019, 12, 31), M),
    ("02.12.2019..08.12.2019", d(2019, 12, 2), d(2019, 12, 8), D),
    ("02.12.2019–08.12.2019", d(2019, 12, 2), d(2019, 12, 8), D),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), ACCEPTED)
def test_accepted_forms(text: str, start: date, end: date, precision: DatePrecision) -> None:
    assert parse_date_argument(text, "START") == DateSpan(start, end, precision)


REFUSED = [
    # (text, message after "START ", hint or a part of it)
    ("2019-02-30", "'2019-02-30' is not a real date", ACCEPTED_FORMS),
    ("1900-02-29", "'1900-02-29' is not a real date", ACCEPTED_FORMS),
    (  # (both readings: "2001-13" is the years 2001-2013, as "1950-53" is)
        "2019-13",
        "'2019-13' is not a date: as years (as 1950-53) the span ends before it starts "
        "(2013 < 2019), and as a month '13' is none (a month is 01 to 12)",
        ACCEPTED_FORMS,
    ),
    ("0000-01-01", "'0000-01-01' is not a real date", ACCEPTED_FORMS),
    ("2019-13-01", "'2019-13-01' is not a real date", ACCEPTED_FORMS),
    ("Feb 30 2019", "'Feb 30 2019' is not a real date", ACCEPTED_FORMS),
    ("Nov 5", "'Nov 5' has no year", ACCEPTED_FORMS),
    ("Dec 2-8", "'Dec 2-8' has no year", ACCEPTED_FORMS),
    ("tomorrow", "'tomorrow' is not a date: 'tomorrow' not understood", ACCEPTED_FORMS),
    ("", "is empty", ACCEPTED_FORMS),
    ("20191105", "'20191105' is not a date: '20191105' not understood", ACCEPTED_FORMS),
    ("x" * 500, "is not a date (500 characters)", ACCEPTED_FORMS),
    (
        "99999999999999999999999 Nov",
        "'99999999999999999999999 Nov' is not a date: '99999999999999999999999' not understood",
        ACCEPTED_FORMS,
    ),
    # every leftover token is named, never dropped
    ("Dec 2-8, 2019x", "'Dec 2-8, 2019x' is not a date: '2019x' not understood", ACCEPTED_FORMS),
    ("Dec 2 2019 noon", "'Dec 2 2019 noon' is not a date: 'noon' not understood", ACCEPTED_FORMS),
    ("Dec 2 8, 2019", "'Dec 2 8, 2019' is not a date: '8' not understood", ACCEPTED_FORMS),
    ("Dec 2019 5", "'Dec 2019 5' is not a date: '5' not understood", ACCEPTED_FORMS),
    ("Dec Nov 2019", "'Dec Nov 2019' is not a date: 'Nov' not understood", ACCEPTED_FORMS),
    ("2019 2020", "'2019 2020' is not a date: '2020' not understood", ACCEPTED_FORMS),
    # (explore48: "Dec. 2, 2019." is read since a sentence's full stop after a four-digit year is
    # taken off, as a date copied from a text ends; a stop set apart from the date is still named)
    ("Dec. 2, 2019 .", "'Dec. 2, 2019 .' is not a date: '.' not understood", ACCEPTED_FORMS),
    (
        "2019-12-02T10:00",
        "'2019-12-02T10:00' is not a date: '02T10:00' not understood",
        ACCEPTED_FORMS,
    ),
    ("Dec 2-8-9, 2019", "'Dec 2-8-9, 2019' is not a date: '-' not understood", ACCEPTED_FORMS),
    ("8", "'8' is not a date: '8' not understood", ACCEPTED_FORMS),
    ("Dec 45 2019", "'Dec 45 2019' is not a date: '45' is not a day of a month", ACCEPTED_FORMS),
    (
        "Tue Dec 2 2019",
        "'Tue Dec 2 2019' is not a date: 2019-12-02 is a Monday, not 'Tue'",
        ACCEPTED_FORMS,
    ),
    # two-digit years are not guessed
    ("Dec 2, 19", "'Dec 2, 19' is not a date: write the year '19' in full", ACCEPTED_FORMS),
    ("02.12.19", "'02.12.19' is not a date: write the year of '02.12.19' in full", ACCEPTED_FORMS),
    # slashed numeric dates are ambiguous
    (
        "12/02/2019",
        "'12/02/2019' is ambiguous: day and month cannot be told apart with slashes",
        "write 2019-12-02 or 2019-02-12",
    ),
    (
        "02/12/2019",
        "'02/12/2019' is ambiguous: day and month cannot be told apart with slashes",
        "write 2019-02-12 or 2019-12-02",
    ),
    # (was "2019/12": no span of years can end on 12 after 2019, so it is December 2019, as
    # the importer reads it (layouts48, one grammar); "2011/12", a season or a month, is not)
    ("2011/12", "'2011/12' is ambiguous: a month, or a span?", "for the month write 2011-12"),
    ("12/2019", "'12/2019' is ambiguous: a month, or a span?", "for the month write 2019-12"),
    # spans
    (
        "2019-12-02/",
        "'2019-12-02/' is not a date: a span needs a date on each side",
        ACCEPTED_FORMS,
    ),
    (
        "..2019-12-08",
        "'..2019-12-08' is not a date: a span needs a date on each side",
        ACCEPTED_FORMS,
    ),
    (
        "2019-12-08/2019-12-02",
        "'2019-12-08/2019-12-02' is not a date: it ends (2019-12-02) before it starts (2019-12-08)",
        ACCEPTED_FORMS,
    ),
    (
        "Dec 30 – 2, 2019",
        "'Dec 30 – 2, 2019' is not a date: it ends (2019-12-02) before it starts (2019-12-30)",
        ACCEPTED_FORMS,
    ),
    (  # a genealogy's "FROM … TO …" reads its two sides, and refuses them the same way
        "FROM 1648 TO 1618",
        "'FROM 1648 TO 1618' is not a date: it ends (1618-12-31) before it starts (1648-01-01)",
        ACCEPTED_FORMS,
    ),
    ("2019 - 8", "'2019 - 8' has no month", ACCEPTED_FORMS),
    ("+7d", "'+7d' is a length, not a date: give it after a start", ACCEPTED_FORMS),
    (
        "2019-12-02 +0d",
        "'2019-12-02 +0d' is not a date: the length '+0d' is less than a day",
        ACCEPTED_FORMS,
    ),
    ("2019-12-02 +7x", "'2019-12-02 +7x' is not a date: '+7x' not understood", ACCEPTED_FORMS),
    ("9999-12-31 +2d", "'9999-12-31 +2d' is not a date: it ends after 9999-12-31", ACCEPTED_FORMS),
    # weeks and quarters
    ("2019-W54", "'2019-W54' is not a real ISO week: 2019 has weeks 1 to 52", ACCEPTED_FORMS),
    ("2019-W00", "'2019-W00' is not a real ISO week: 2019 has weeks 1 to 52", ACCEPTED_FORMS),
    ("2019-Q5", "'2019-Q5' is not a date: '2019-Q5' is not a quarter (Q1 to Q4)", ACCEPTED_FORMS),
    ("Q4", "'Q4' has no year", ACCEPTED_FORMS),
    ("Q4 0000", "'Q4 0000' is not a real date", ACCEPTED_FORMS),
    ("2217, 2019Q4", "'2217, 2019Q4' is not a date: '2019Q4' not understood", ACCEPTED_FORMS),
    ("0000-W01", "'0000-W01' is not a real ISO week: the first year is 1", ACCEPTED_FORMS),
]


@pytest.mark.parametrize(("text", "message", "hint"), REFUSED)
def test_refused_forms_name_the_argument_and_what_was_not_understood(
    text: str, message: str, hint: str
) -> None:
    with pytest.raises(UsageError) as caught:
        parse_date_argument(text, "START")
    assert caught.value.message == f"START {message}"
    assert caught.value.hint is not None and hint in caught.value.hint
    assert "\n" not in str(caught.value)


def test_the_accepted_forms_in_the_hint_are_themselves_accepted() -> None:
    examples = re.findall(r"'([^']+)'|([\d.WQ/-]{4,})", ACCEPTED_FORMS.split(": ", 1)[1])
    texts = [quoted or bare for quoted, bare in examples]
    assert len(texts) >= 9
    for text in texts:
        parse_date_argument(text, "START")


def test_partial_dates_are_never_filled_from_today() -> None:
    span = parse_date_argument("November 2019", "START")
    assert (span.start, span.end) == (d(2019, 11, 1), d(2019, 11, 30))
    today = date.today()
    with pytest.raises(UsageError, match="has no year"):
        parse_date_argument(f"{MONTH_NAMES[today.month - 1][:3]} {today.day}", "START")


def test_a_date_in_running_text_takes_its_year_from_the_context() -> None:
    from ktimeline.dates import YearContext, find_date, resolve_date

    line = "In 2019: talks. Nov. 30–Dec. 2: a summit."
    match = find_date(line, line.index("Nov"))
    assert match is not None and match.group() == "Nov. 30–Dec. 2"
    assert resolve_date(match, YearContext(2019)) == ("2019-11-30", "2019-12-02", None)
    assert "no year" in str(resolve_date(match, YearContext(None)))


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("27 July 1953", d(1953, 7, 27), d(1953, 7, 27)),
        ("22Oct1994", d(1994, 10, 22), d(1994, 10, 22)),
        ("7-9 February 2002", d(2002, 2, 7), d(2002, 2, 9)),
        ("27 July – 2 August 1953", d(1953, 7, 27), d(1953, 8, 2)),
        ("1985 (Dec 12)", d(1985, 12, 12), d(1985, 12, 12)),
        ("1895, Apr", d(1895, 4, 1), d(1895, 4, 30)),
        ("1950-53", d(1950, 1, 1), d(1953, 12, 31)),
        ("1924-7", d(1924, 1, 1), d(1927, 12, 31)),
        ("1930–4", d(1930, 1, 1), d(1934, 12, 31)),
        ("1970s", d(1970, 1, 1), d(1979, 12, 31)),
        ("Late 2019", d(2019, 1, 1), d(2019, 12, 31)),
        ("early Dec 2019", d(2019, 12, 1), d(2019, 12, 31)),
        ("2019-12", d(2019, 12, 1), d(2019, 12, 31)),  # a month: 01 to 12
        ("1905-11", d(1905, 11, 1), d(1905, 11, 30)),
    ],
)
def test_every_form_a_chronology_writes_works_as_an_argument(
    written: str, start: date, end: date
) -> None:
    """One grammar: what `import` reads in a chronology, `range` reads as an argument."""
    span = parse_date_argument(written, "START")
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("written", ["1970s-ish", "1975s", "2019-13", "1953-1949"])
def test_forms_that_look_like_chronology_dates_but_are_not(written: str) -> None:
    with pytest.raises(UsageError):
        parse_date_argument(written, "START")


# --- START and END, --from and --to ---------------------------------------------------------


def test_range_defaults_to_the_span_of_start() -> None:
    assert parse_range("2019-11") == (d(2019, 11, 1), d(2019, 11, 30))
    assert parse_range("2019-12-23") == (d(2019, 12, 23), d(2019, 12, 23))
    assert parse_range("2019") == (d(2019, 1, 1), d(2019, 12, 31))
    assert parse_range("Dec 2-8, 2019") == (d(2019, 12, 2), d(2019, 12, 8))
    assert parse_range("2019-W49") == (d(2019, 12, 2), d(2019, 12, 8))


def test_range_end_is_the_last_day_of_its_span() -> None:
    assert parse_range("2019-11-15", "2019-12") == (d(2019, 11, 15), d(2019, 12, 31))
    assert parse_range("2019-11-15", "2019-Q4") == (d(2019, 11, 15), d(2019, 12, 31))


@pytest.mark.parametrize(
    ("start", "length", "last"),
    [
        ("2019-12-02", "+7d", d(2019, 12, 8)),
        ("2019-12-02", "+1d", d(2019, 12, 2)),
        ("2019-12-02", "+2w", d(2019, 12, 15)),
        ("2019-12-02", "+1m", d(2020, 1, 1)),
        ("2019-12-02", "+1y", d(2020, 12, 1)),
        ("2019-12-02", "+7 days", d(2019, 12, 8)),
        ("2019-12", "+2w", d(2019, 12, 14)),  # from the first day of START
        ("2020-01-31", "+1m", d(2020, 2, 28)),  # to the day before "31 February", clipped
    ],
)
def test_end_may_be_a_length_from_start(start: str, length: str, last: date) -> None:
    assert parse_range(start, length)[1] == last


@pytest.mark.parametrize(
    ("end", "message"),
    [
        ("+7", "END '+7' is not a length: write +7d, +2w, +1m or +1y"),
        ("+7 fortnights", "END '+7 fortnights' is not a length: write +7d, +2w, +1m or +1y"),
        ("+0d", "END '+0d' is not a length: write +7d, +2w, +1m or +1y"),
    ],
)
def test_bad_lengths_are_refused(end: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_range("2019-12-02", end)
    assert caught.value.message == message
    assert caught.value.hint == ACCEPTED_END_FORMS


def test_start_after_end_is_an_error_naming_both() -> None:
    with pytest.raises(UsageError) as caught:
        parse_range("2019-12-01", "2019-11-01")
    assert caught.value.message == "START '2019-12-01' is after END '2019-11-01'"


def test_end_is_named_end() -> None:
    with pytest.raises(UsageError, match=r"^END 'Feb 31 2019' is not a real date"):
        parse_range("2019", "Feb 31 2019")


def test_from_and_to() -> None:
    assert parse_bounds("Dec 2-8, 2019", None) == (d(2019, 12, 2), None)  # not 2008
    assert parse_bounds(None, "Dec 2-8, 2019") == (None, d(2019, 12, 8))
    assert parse_bounds("2019-12-02", "+7d") == (d(2019, 12, 2), d(2019, 12, 8))
    assert parse_bounds("02.12.2019", None) == (d(2019, 12, 2), None)  # not 12 February
    with pytest.raises(UsageError, match=r"^--to '\+7d' is a length: it needs --from"):
        parse_bounds(None, "+7d")
    with pytest.raises(UsageError, match=r"^--from '2019-12' is after --to '2019-11'"):
        parse_bounds("2019-12", "2019-11")
    with pytest.raises(UsageError, match=r"^--from 'Dec 2-8, 2019x' is not a date"):
        parse_bounds("Dec 2-8, 2019x", None)


def test_event_span_of_spans_and_partial_dates() -> None:
    assert event_span("2019-11-22", "2019-11-23") == ("2019-11-22", "2019-11-23")
    assert event_span("2019-05", "2019-12") == ("2019-05-01", "2019-12-31")
    assert event_span("2019", None) == ("2019-01-01", "2019-12-31")
    with pytest.raises(ValueError, match="before"):
        event_span("2019-11", "2019-10-31")


# --- order ----------------------------------------------------------------------------------


def test_a_partial_date_sorts_after_the_days_of_its_period() -> None:
    written = ["2019", "2019-12", "2019-12-31", "2019-12-01", "2019-11", "2020-01-01", "2019-11-30"]
    assert sorted(written, key=order_key) == [
        "2019-11-30", "2019-11", "2019-12-01", "2019-12-31", "2019-12", "2019", "2020-01-01",
    ]  # fmt: skip


@given(st.dates(min_value=d(1, 1, 1), max_value=d(9999, 12, 31)))
def test_order_key_puts_each_day_before_its_month_and_year(day: date) -> None:
    iso = day.isoformat()
    assert order_key(iso) < order_key(iso[:7]) < order_key(iso[:4])
    following = day + timedelta(days=1) if day < d(9999, 12, 31) else None
    if following is not None and following.month != day.month:
        assert order_key(iso[:7]) < order_key(following.isoformat())


# --- properties -----------------------------------------------------------------------------

dates = st.dates(min_value=d(1000, 1, 1), max_value=d(9999, 12, 31))


def written_forms(day: date) -> list[str]:
    month = MONTH_NAMES[day.month - 1]
    return [
        day.isoformat(), f"{month[:3]} {day.day} {day.year}", f"{month[:3]}. {day.day}, {day.year}",
        f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}", f"{day:%Y/%m/%d}",
        f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}-{day.isocalendar()[2]}",
    ]  # fmt: skip


@given(dates, st.integers(0, 7))
def test_every_written_form_of_a_day_is_that_day(day: date, form: int) -> None:
    text = written_forms(day)[form]
    assert parse_date_argument(text, "START") == DateSpan(day, day, D)


@given(dates, st.sampled_from(["day", "month", "year", "week", "quarter"]))
def test_any_period_parses_to_a_span_containing_it(day: date, form: str) -> None:
    assume(form != "week" or day < d(9999, 12, 27))  # that ISO week ends in year 10000
    year, week, _ = day.isocalendar()
    text = {
        "day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4],
        "week": f"{year}-W{week:02d}", "quarter": f"{day.year}-Q{(day.month - 1) // 3 + 1}",
    }[form]  # fmt: skip
    span = parse_date_argument(text, "START")
    assert span.start <= day <= span.end


@given(dates, dates, st.sampled_from(["/", "..", " – ", " to ", "–"]))
def test_intervals_of_any_two_days(a: date, b: date, separator: str) -> None:
    low, high = sorted((a, b))
    span = parse_date_argument(f"{low}{separator}{high}", "START")
    assert (span.start, span.end) == (low, high)


JUNK = st.text(alphabet="abcefghiklnopqrsuvwxyz?!:;", min_size=1, max_size=6).filter(
    lambda word: (
        word.lower().rstrip(".") not in MONTHS
        and word.lower()
        not in {"to", "thru", "till", "until", "through", "sun", "sat", "fri", "wed"}
    )
)


@given(dates, st.integers(0, 7), JUNK, st.booleans())
def test_a_leftover_word_is_refused_and_named(
    day: date, form: int, junk: str, before: bool
) -> None:
    text = written_forms(day)[form]
    text = f"{junk} {text}" if before else f"{text} {junk}"
    with pytest.raises(UsageError) as caught:
        parse_date_argument(text, "START")
    assert junk in caught.value.message


# Strings made of the pieces dates are made of, in any order: whatever the reader accepts must
# contain everything the string names -- every year, every month, every day of a month.
PIECES = st.one_of(
    st.sampled_from(["Dec", "Nov.", "January", "Sept", "Mon", "Sunday", "Q4"]),
    st.integers(1, 31).map(str),
    st.sampled_from(["2019", "2020", "2008", "0000"]),
    st.sampled_from(["-", "–", "/", "..", ",", "to", "+7d", "of", "x", "2019-12-02", "12.2019"]),
)


def named_by(text: str) -> dict[str, list[Any]]:
    """The years, months and days of a month a string names, outside its ISO-like tokens."""
    bare = re.sub(r"\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?|\d{1,2}\.\d{4}|\+\d+d|\d{4}Q\d|Q\d", " ", text)
    return {
        "years": [int(y) for y in re.findall(r"(?<![\d.])\d{4}(?![\d.-])", bare)],
        "months": [
            MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", bare) if w.lower() in MONTHS
        ],
        "days": [int(n) for n in re.findall(r"(?<![\d.+])\d{1,2}(?![\d.])", bare)],
    }


def days_of(span: DateSpan) -> Any:
    day = span.start
    while day <= span.end:
        yield day
        day += timedelta(days=1)


@settings(max_examples=examples(3000))
@given(st.lists(PIECES, min_size=1, max_size=7), st.sampled_from([" ", ""]))
def test_any_string_parses_to_a_span_containing_what_it_names_or_is_refused(
    pieces: list[str], joiner: str
) -> None:
    text = joiner.join(pieces)
    try:
        span = parse_date_argument(text, "START")
    except UsageError:
        return
    assert span.start <= span.end
    named = named_by(text)
    assume((span.end - span.start).days < 4000)
    covered = list(days_of(span))
    years, months = {day.year for day in covered}, {day.month for day in covered}
    assert set(named["years"]) <= years, (text, span)
    assert set(named["months"]) <= months, (text, span)
    assert set(named["days"]) <= {day.day for day in covered}, (text, span)


@given(st.text(max_size=80))
def test_any_text_parses_or_raises_a_usage_error(text: str) -> None:
    try:
        span = parse_date_argument(text, "START")
    except UsageError as error:
        assert "\n" not in error.message.replace(repr(text.strip()), "")
        return
    assert span.start <= span.end


def test_a_century_or_a_decade_is_refused_with_both_readings() -> None:
    """'1900s' is the 20th century or 1900–1909: not guessed, in `range` as in `import`."""
    with pytest.raises(UsageError, match="may be a century or a decade: write 1900–1999 or"):
        parse_date_argument("1900s", "START")
    with pytest.raises(UsageError, match="may be a century or a decade: write 2000–2099 or"):
        parse_date_argument("2000s", "START")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("1200s", "1200-01-01", "1299-12-31"),  # before 1900: a century (century_or_decade)
        ("1800s", "1800-01-01", "1899-12-31"),
        ("A.D. 300s", "0300-01-01", "0399-12-31"),
        ("11th century", "1001-01-01", "1100-12-31"),  # the 11th century: 1001–1100
        ("1990s", "1990-01-01", "1999-12-31"),
        ("935-1392", "0935-01-01", "1392-12-31"),  # a span's four-digit end says "years"
        ("2019.12.07", "2019-12-07", "2019-12-07"),  # dotted, year first: not ambiguous
        ("Monday, Dec. 9, 2019", "2019-12-09", "2019-12-09"),
    ],
)
def test_chronology_forms_in_range(text: str, first: str, last: str) -> None:
    span = parse_date_argument(text, "START")
    assert (span.start_iso, span.end_iso) == (first, last)


def test_a_wrong_weekday_or_a_dotted_number_is_refused() -> None:
    with pytest.raises(UsageError, match="is a Monday"):
        parse_date_argument("Tuesday, Dec. 9, 2019", "START")
    with pytest.raises(UsageError):
        parse_date_argument("1994.5", "START")


@pytest.mark.parametrize(
    ("year", "decades", "span"),
    [
        (1200, frozenset(), 100),
        (1900, frozenset(), None),
        (1900, frozenset({1890}), 10),
        (2000, frozenset({2010}), 10),
        (1900, frozenset({1800}), 100),
        (2000, frozenset({1900, 1990}), 10),  # the decade next to it tells first
    ],
)
def test_century_or_decade_by_the_neighbours(
    year: int, decades: frozenset[int], span: int | None
) -> None:
    assert century_or_decade(year, decades) == span


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("New Year’s Day", ("2017-01-01", None, None)),
        ("New Year's Eve", ("2017-12-31", None, None)),
        ("Christmas Eve, 2019", ("2019-12-24", None, None)),
        ("christmas day 1914", ("1914-12-25", None, None)),
    ],
)
def test_holidays_on_a_fixed_day_are_dates_in_text(
    written: str, expected: tuple[str, None, None]
) -> None:
    from ktimeline.dates import YearContext, find_date, resolve_date

    match = find_date(written)
    assert match is not None and match["date"].strip() == written
    assert resolve_date(match, YearContext(2017)) == expected


def test_a_holiday_heading_dates_the_text_below_it() -> None:
    from ktimeline.importing.entries import split_entries

    text = (
        "New Year’s Day\n\nKim speaks.\n\nJanuary 2\n\nTrump tweets.\n\nJanuary 19\n\nA report.\n"
    )
    found = [(e.date, e.text) for e in split_entries(text, 2017).entries]
    assert found == [("2017-01-01", "Kim speaks."), ("2017-01-02", "Trump tweets."),
                     ("2017-01-19", "A report.")]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("May 14/15, 1982", ("1982-05-14", "1982-05-15", None)),
        ("June 11,12, 1982", ("1982-06-11", "1982-06-12", None)),
        ("June 13, 14, 1982", ("1982-06-13", "1982-06-14", None)),
    ],
)
def test_a_nights_two_days_with_their_year(written: str, expected: tuple[str, str, None]) -> None:
    from ktimeline.dates import YearContext, find_date, resolve_date

    match = find_date(written)
    assert match is not None and match["date"].strip() == written
    assert resolve_date(match, YearContext(2017)) == expected


# ("May 14/15" alone, or before its separator, is read as the two days since layouts37: a
# line "September 25/26" over ": text"; a slash's second day before other words is not)
@pytest.mark.parametrize("written", ["June 11, 12 people", "May 14/15 people"])
def test_two_days_without_a_year_after_them_are_no_span(written: str) -> None:
    from ktimeline.dates import find_date

    match = find_date(written)
    assert match is not None and match["nightd2"] is None


# --- layouts27: Polish month names, two days joined by "and" in other languages --------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("13 grudnia 1981", date(1981, 12, 13), date(1981, 12, 13)),  # a general strike
        ("3 maja 1791", date(1791, 5, 3), date(1791, 5, 3)),  # a constitution (genitive)
        ("wrzesień 1939", date(1939, 9, 1), date(1939, 9, 30)),  # a war (nominative)
        ("17 e 21 de março de 1894", date(1894, 3, 17), date(1894, 3, 21)),  # Portuguese
        ("5 y 6 de mayo de 1862", date(1862, 5, 5), date(1862, 5, 6)),  # Spanish
        ("3 et 4 mars 1990", date(1990, 3, 3), date(1990, 3, 4)),  # French
        ("3. und 4. März 1990", date(1990, 3, 3), date(1990, 3, 4)),  # German, day dots
        ("3 i 4 maja 1791", date(1791, 5, 3), date(1791, 5, 4)),  # Polish
    ],
)
def test_polish_months_and_two_days_joined_by_and_as_arguments(
    written: str, start: date, end: date
) -> None:
    span = parse_date_argument(written, "--from")
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("15 grudnia - Dzień Herbaty.", "15 grudnia"),  # (the year from the page)
        ("1 sierpnia 1944 - Wybuch powstania.", "1 sierpnia 1944"),
        ("Lipiec 1944: ofensywa.", "Lipiec 1944"),
    ],
)
def test_polish_months_in_text(written: str, found: str) -> None:
    from ktimeline.dates import find_date

    match = find_date(written)
    assert match is not None and match["date"].strip() == found


@pytest.mark.parametrize(
    "written",
    [
        "Maja poszła do szkoły.",  # (a name: "maja" is a month only after a day)
        "Luty wiatr wiał.",  # (no year or day after it: a word)
        "3 i 4 osoby",  # (two numbers joined by "i", no month after them)
    ],
)
def test_polish_words_that_are_no_dates(written: str) -> None:
    from ktimeline.dates import find_date

    assert find_date(written) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # an ISO month span, a month span with its years (no figures in the reason)
        ("2019-06 / 2019-03: The survey ran backwards.", "the span ends before it starts"),
        ("September 1944 – January 1941: The siege.", "the span ends before it starts"),
        # years, years to a day, days: the end, then the start
        ("1950–1949: The club's seasons.", "the span ends before it starts (1949 < 1950)"),
        ("1919-18: The strike.", "the span ends before it starts (1918 < 1919)"),
        ("1867—1 Jan 1864: The trial.", "the span ends before it starts (1864 < 1867)"),
        ("March 9–March 2, 1871: The court sat.",
         "the span ends before it starts (1871-03-02 < 1871-03-09)"),
    ],
)  # fmt: skip
def test_a_span_that_ends_before_it_starts_says_so_in_one_wording(line: str, reason: str) -> None:
    """Each kind of span refused when it ends before it starts, with the same reason."""
    from ktimeline.importing.entries import split_entries

    split = split_entries(f"Feb. 1, 2019: An entry.\n{line}\n")
    assert [skipped.reason for skipped in split.unplaced] == [reason]


# --- two days written backwards are no span across a new year --------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a start with no year of its own, before the end's month: across a new year when the
        # two days lie within half a year of each other (a holiday, a winter)
        ("Dec 30–Jan 2, 2020", date(2019, 12, 30), date(2020, 1, 2)),
        ("30 December – 2 January 2019", date(2018, 12, 30), date(2019, 1, 2)),
        ("1 October – 31 March 2020", date(2019, 10, 1), date(2020, 3, 31)),
        ("15 November – 10 February 1951", date(1950, 11, 15), date(1951, 2, 10)),
        # months alone keep the season's reading ("November–February 1950": a winter)
        ("November–February 1950", date(1949, 11, 1), date(1950, 2, 28)),
    ],
)
def test_a_span_across_a_new_year_within_half_a_year(text: str, start: date, end: date) -> None:
    found = parse_range(text)
    assert (found[0], found[1]) == (start, end)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # two whole days far apart, the later first: written backwards (an Italian source's
        # "12 novembre/24 ottobre 1917", the battle of 24 October to 12 November), never the
        # 346 days from 12 November 1916 that `range` once read silently
        ("12 novembre/24 ottobre 1917", "1917-11-12", "1917-10-24"),
        ("12 November - 24 October 1917", "1917-11-12", "1917-10-24"),
        ("30 June – 1 January 2020", "2020-06-30", "2020-01-01"),
        ("12 November 1917 – 24 October", "1917-11-12", "1917-10-24"),
        ("20 août – 3 mars 1871", "1871-08-20", "1871-03-03"),
    ],
)
def test_two_days_written_backwards_are_refused_not_read_across_a_year(
    text: str, first: str, last: str
) -> None:
    with pytest.raises(UsageError) as refused:
        parse_range(text)
    assert f"it ends ({last}) before it starts ({first})" in str(refused.value)


def test_the_importer_reports_two_days_written_backwards() -> None:
    """The text grammar the importer reads refuses them too: the line is reported with the
    reason, the entry after it still read across its new year."""
    from ktimeline.importing.entries import split_entries

    text = (
        "1917\n12 novembre/24 ottobre 1917: battaglia di Caporetto.\n"
        "30 December – 2 January 1918: Snow closes the passes.\n"
    )
    found = split_entries(text)
    assert [(e.date, e.end_date) for e in found.entries] == [("1917-12-30", "1918-01-02")]
    assert [skipped.line for skipped in found.unplaced] == [2]
    assert "the span ends before it starts (1917-10-24 < 1917-11-12)" in found.unplaced[0].reason
