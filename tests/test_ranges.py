"""Ranges: certain vs possible events, --overlap, the closing note, order, the calendar.

``tests/data/precision.jsonl`` is written by hand for these tests (not from any source): one
event of every precision and kind of span around ISO week 49 of 2019 (2–8 December), in
shuffled order (the loader sorts). Every answer is checked twice: read whole, and through a
large file's index (whatever path answers, the same answer).
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ktimeline.dates import parse_range
from ktimeline.loader import load_chronology
from ktimeline.query import Filters

from .conftest import DATA, events_by_id
from .conftest import jsonl_records as records

PRECISION = str(DATA / "precision.jsonl")

ORDER = [  # the loader's order: a partial date after the days of its period
    "2018-12-28-day-before",
    "2019-11-28-day",
    "2019-11-30-span-into-week",
    "2019-11-12-month-span",
    "2019-11-month-only",
    "2019-12-02-monday",
    "2019-12-03-span-inside-week",
    "2019-12-05-day",
    "2019-12-05-day-second",
    "2019-12-08-sunday",
    "2019-12-09-next-monday",
    "2019-12-30-span-new-year",
    "2019-12-31-last-day",
    "2019-12-month-only",
    "2019-year-only",
    "2019-2020-two-years",
    "2020-01-02-day-after",
]

CASES = {
    # name: (range arguments, certainly inside, possibly inside)
    "day": (
        ["2019-12-05"],
        ["2019-12-05-day", "2019-12-05-day-second"],
        ["2019-11-12-month-span", "2019-12-month-only", "2019-year-only", "2019-2020-two-years"],
    ),
    "week": (
        ["2019-W49"],
        ["2019-12-02-monday", "2019-12-03-span-inside-week", "2019-12-05-day",
         "2019-12-05-day-second", "2019-12-08-sunday"],
        ["2019-11-30-span-into-week", "2019-11-12-month-span", "2019-12-month-only",
         "2019-year-only", "2019-2020-two-years"],
    ),
    "month": (
        ["2019-12"],
        ["2019-12-02-monday", "2019-12-03-span-inside-week", "2019-12-05-day",
         "2019-12-05-day-second", "2019-12-08-sunday", "2019-12-09-next-monday",
         "2019-12-31-last-day", "2019-12-month-only"],
        ["2019-11-30-span-into-week", "2019-11-12-month-span", "2019-12-30-span-new-year",
         "2019-year-only", "2019-2020-two-years"],
    ),
    "year": (
        ["2019"],
        [i for i in ORDER if i.startswith("2019") and i not in
         ("2019-12-30-span-new-year", "2019-2020-two-years")],
        ["2019-12-30-span-new-year", "2019-2020-two-years"],
    ),
    "span": (
        ["Nov. 30–Dec. 2, 2019"],
        ["2019-11-30-span-into-week", "2019-12-02-monday"],
        ["2019-11-12-month-span", "2019-11-month-only", "2019-12-month-only", "2019-year-only",
         "2019-2020-two-years"],
    ),
    "two days as START END": (
        ["2019-12-31", "2020-01-02"],
        ["2019-12-31-last-day", "2020-01-02-day-after"],
        ["2019-11-12-month-span", "2019-12-30-span-new-year", "2019-12-month-only",
         "2019-year-only", "2019-2020-two-years"],
    ),
    "every date": ([], ORDER, []),
}  # fmt: skip


@pytest.fixture(params=["whole", "large", "index"])
def path(request: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Read whole (--no-cache), read as a large file without its index (for a range, only
    the events it needs are held), or answered from a large file's index."""
    if request.param in ("whole", "large"):
        monkeypatch.setenv("KTIMELINE_CACHE", "0")
        if request.param == "large":
            monkeypatch.setenv("KTIMELINE_CACHE_MIN_BYTES", "0")
    else:
        monkeypatch.setenv("KTIMELINE_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("KTIMELINE_CACHE_MIN_BYTES", "0")
    return str(request.param)


def ids(stdout: str) -> list[str]:
    return [line.split("\t")[1] for line in stdout.splitlines()]


def test_the_loader_sorts_a_partial_date_after_the_days_of_its_period() -> None:
    assert [e.id for e in load_chronology([PRECISION]).events] == ORDER


@pytest.mark.parametrize("case", CASES)
def test_a_range_lists_the_certain_events_and_overlap_adds_the_possible(
    run: Any, path: str, case: str
) -> None:
    args, certain, possible = CASES[case]
    plain = run("range", *args, "--data", PRECISION)
    assert plain.exit_code == 0
    assert ids(plain.stdout) == certain
    both = run("range", *args, "--data", PRECISION, "--overlap", "-f", "jsonl")
    found = records(both.stdout)
    assert [r["id"] for r in found] == certain + possible
    if args:
        assert [r["in_range"] for r in found] == ["certain"] * len(certain) + ["possible"] * len(
            possible
        )
    assert both.stderr == ""
    if path == "index":  # the answer came from an index, kept in the cache directory
        assert len(list((Path(os.environ["KTIMELINE_CACHE_DIR"])).glob("index-*.sqlite"))) == 1


def test_the_python_api_keeps_certain_and_possible_apart(path: str) -> None:
    import ktimeline

    if path == "large":
        from ktimeline.api import Timeline

        timeline = Timeline([PRECISION], cache=False, environ={"KTIMELINE_CACHE_MIN_BYTES": "0"})
    else:
        timeline = ktimeline.open(PRECISION, cache=path == "index")
    _, certain, possible = CASES["week"]
    week = timeline.between("2019-W49")
    assert [e.id for e in week] == certain and week.possible == ()
    assert [e.id for e in week.unlisted] == possible
    both = timeline.between("2019-W49", overlap=True)
    assert [e.id for e in both] == certain + possible
    assert [e.id for e in both.possible] == possible and both.unlisted == ()
    since = timeline.between(since="2019-12-02", until="2019-12-08")
    assert [e.id for e in since] == certain
    found = timeline.search("North Korea", since="2019-12-02", until="2019-12-08", overlap=True)
    assert [row.possible for row in found] == [False] * 5 + [True] * 5
    assert [e.id for e in timeline.stats("week", since="2019-W49").unlisted] == [
        "2019-11-30-span-into-week", "2019-11-12-month-span", "2019-12-month-only",
        "2019-year-only", "2019-2020-two-years",
    ]  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_the_pure_core_agrees_with_the_cli(case: str) -> None:
    args, certain, possible = CASES[case]
    events = load_chronology([PRECISION]).events
    start, end = parse_range(args[0], args[1] if len(args) > 1 else None) if args else (None, None)
    selection = Filters(start, end).select(events)
    assert ([e.id for e in selection.certain], [e.id for e in selection.possible]) == (
        certain,
        possible,
    )


def test_the_closing_note_counts_and_describes_what_was_left_out(run: Any, path: str) -> None:
    result = run("range", "2019-W49", "--data", PRECISION)
    assert result.stderr == (
        "+ 5 events dated only to Dec 2019 or 2019, or spanning 30 Nov 2019 – 2 Dec 2019, "
        "Nov 2019 – Dec 2019 or 2019 – 2020, may fall in this range: --overlap lists them\n"
    )
    one = run("range", "2019", "--data", PRECISION, "--section", "chronology")
    assert one.stderr.endswith(
        "+ 2 events spanning 30 Dec 2019 – 2 Jan 2020 or 2019 – 2020 may fall in this range: "
        "--overlap lists them\n"
    )


def test_nothing_certain_exits_1_and_still_says_what_may_fall_in_the_range(run: Any) -> None:
    result = run("range", "2019-12-20", "--data", PRECISION)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "no events on 2019-12-20",
        "+ 4 events dated only to Dec 2019 or 2019, or spanning Nov 2019 – Dec 2019 or "
        "2019 – 2020, may fall in this range: --overlap lists them",
    ]
    assert run("range", "2019-12-20", "--data", PRECISION, "--overlap").exit_code == 0


def test_the_readme_first_command_lists_only_november_events(run: Any) -> None:
    result = run("range", "2019-11-01", "2019-11-30", "-f", "jsonl")
    found = events_by_id(load_chronology())
    assert result.exit_code == 0 and result.stdout
    for record in records(result.stdout):
        event = found[record["id"]]
        assert "2019-11-01" <= event.start <= event.end <= "2019-11-30", event.id
    november = parse_range("2019-11")
    maybe = Filters(*november).select(load_chronology().events).possible
    assert maybe and result.stderr.startswith(f"+ {len(maybe)} events dated only to 2019")


def test_the_issue_week_lists_only_that_week(run: Any) -> None:
    result = run("range", "2019-12-02", "2019-12-08")
    dates = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert dates and all("2019-12-02" <= d <= "2019-12-08" for d in dates)
    assert run("range", "Dec 2-8, 2019").stdout == result.stdout
    assert run("range", "2019-12-02/2019-12-08").stdout == result.stdout
    assert run("range", "2019-12-02..2019-12-08").stdout == result.stdout
    assert run("range", "2019-W49").stdout == result.stdout
    assert run("range", "2019-12-02", "+7d").stdout == result.stdout
    assert run("range", "--from", "Dec 2-8, 2019", "--to", "2019-12-08").stdout == result.stdout


# --- every format marks the possible events ------------------------------------------------


def test_csv_tsv_and_plain_have_an_in_range_column_with_overlap(run: Any) -> None:
    args = ("range", "2019-W49", "--data", PRECISION, "--overlap")
    rows = list(csv.DictReader(io.StringIO(run(*args, "-f", "csv").stdout)))
    assert [r["in_range"] for r in rows] == ["certain"] * 5 + ["possible"] * 5
    tsv = list(csv.DictReader(io.StringIO(run(*args, "-f", "tsv").stdout), dialect="excel-tab"))
    assert [r["in_range"] for r in tsv] == [r["in_range"] for r in rows]
    plain = [line.split("\t") for line in run(*args).stdout.splitlines()]
    assert [fields[-1] for fields in plain] == [r["in_range"] for r in rows]
    # without --overlap the columns are the usual ones
    assert "in_range" not in run("range", "2019-W49", "--data", PRECISION, "-f", "csv").stdout
    assert all(len(line.split("\t")) == 3 for line in run(*args[:4]).stdout.splitlines())


def test_json_output_with_in_range_loads_again(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "week.jsonl"
    out.write_text(run("range", "2019-W49", "--data", PRECISION, "--overlap", "-f", "jsonl").stdout)
    assert len(load_chronology([out]).events) == 10


def test_table_and_markdown_group_the_possible_events_after_a_heading(run: Any) -> None:
    args = ("range", "2019-W49", "--data", PRECISION, "--overlap")
    table = run(*args, "-f", "table", "--color", "never").stdout
    heading = table.index("May fall in this range")
    assert table.index("Sunday of ISO week 49") < heading < table.index("A span of two years")
    markdown = run(*args, "-f", "markdown").stdout
    assert "### May fall in this range" in markdown
    assert markdown.index("Sunday of ISO week 49") < markdown.index("### May fall")
    page = run(*args, "-f", "html").stdout
    assert page.count('<span class="possible">(may fall in this range)</span>') == 5
    timeline = json.loads(run(*args, "-f", "timelinejs").stdout)["events"]
    assert ["May fall in this range" in s["display_date"] for s in timeline] == [False] * 5 + [
        True
    ] * 5


def test_the_table_footer_says_what_was_left_out(run: Any) -> None:
    result = run("range", "2019-W49", "--data", PRECISION, "-f", "table", "--color", "never")
    words = " ".join(result.stdout.split())  # the footer wraps like the rest of the table
    assert words.endswith(" ".join(result.stderr.split()))
    assert result.stderr.startswith("+ 5 events dated only to Dec 2019 or 2019")  # not a terminal
    assert "A span of two years" not in result.stdout


def test_reverse_keeps_the_possible_events_after_the_certain(run: Any) -> None:
    args = ("range", "2019-W49", "--data", PRECISION, "--overlap", "--reverse")
    found = ids(run(*args).stdout)
    certain, possible = CASES["week"][1], CASES["week"][2]
    assert found == certain[::-1] + possible[::-1]


# --- --from/--to on every command follow the same rule ------------------------------------


def test_from_to_on_search_quotes_stats_actors_tags(run: Any, path: str) -> None:
    week = ("--data", PRECISION, "--from", "2019-12-02", "--to", "2019-12-08")
    search = run("search", "North Korea", *week)
    assert ids(search.stdout) == CASES["week"][1]
    assert search.stderr.startswith("+ 5 events dated only to Dec 2019 or 2019")
    marked = records(run("search", "North Korea", *week, "--overlap", "-f", "jsonl").stdout)
    assert [r["in_range"] for r in marked] == ["certain"] * 5 + ["possible"] * 5

    quotes = run("quotes", *week, "-f", "jsonl")
    assert [r["event_id"] for r in records(quotes.stdout)] == ["2019-12-05-day"]
    assert quotes.stderr == (
        "+ 1 event dated only to Dec 2019 may fall in this range: --overlap lists it\n"
    )
    both = records(run("quotes", *week, "--overlap", "-f", "jsonl").stdout)
    assert [(r["event_id"], r["in_range"]) for r in both] == [
        ("2019-12-05-day", "certain"), ("2019-12-month-only", "possible"),
    ]  # fmt: skip

    stats = run("stats", "--by", "week", *week, "-f", "jsonl")
    assert [(r["key"], r["count"]) for r in records(stats.stdout)] == [("2019-W49", 5)]
    assert stats.stderr.startswith("+ 5 events")
    actors = records(run("actors", *week, "-f", "jsonl").stdout)
    assert [(a["name"], a["events"]) for a in actors] == [("North Korea", 5)]
    assert records(run("actors", *week, "--overlap", "-f", "jsonl").stdout)[0]["events"] == 10


def test_range_without_start_uses_from_and_to(run: Any, path: str) -> None:
    assert ids(run("range", "--from", "2019-12-09", "--data", PRECISION).stdout) == [
        "2019-12-09-next-monday", "2019-12-30-span-new-year", "2019-12-31-last-day",
        "2020-01-02-day-after",
    ]  # fmt: skip
    assert ids(run("range", "--to", "2018", "--data", PRECISION).stdout) == [
        "2018-12-28-day-before"
    ]
    week = run("range", "--from", "2019-12-02", "--to", "+7d", "--data", PRECISION)
    assert ids(week.stdout) == CASES["week"][1]


def test_range_and_from_to_together_take_the_days_in_common(run: Any) -> None:
    result = run("range", "2019-12", "--from", "2019-12-05", "--to", "2019-12-08", "--data",
                 PRECISION)  # fmt: skip
    assert ids(result.stdout) == ["2019-12-05-day", "2019-12-05-day-second", "2019-12-08-sunday"]
    apart = run("range", "2019-11", "--from", "2019-12", "--data", PRECISION)
    assert apart.exit_code == 2
    assert apart.stderr == (
        "ktimeline: error: --from has no day in common with the range 2019-11-01..2019-11-30\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Dec 2-8, 2019x"], "ktimeline: error: START 'Dec 2-8, 2019x' is not a date: '2019x' "
         "not understood (accepted: 2019-12-02, 2019-12, 2019, 'Dec 2, 2019'"),
        (["12/02/2019"], "ktimeline: error: START '12/02/2019' is ambiguous: day and month "
         "cannot be told apart with slashes (write 2019-12-02 or 2019-02-12)"),
        (["2019-12-02", "+7x"], "ktimeline: error: END '+7x' is not a length: write +7d, +2w, "
         "+1m or +1y (accepted: "),
        (["--from", "Dec 2-8"], "ktimeline: error: --from 'Dec 2-8' has no year (accepted: "),
        (["--to", "+7d"], "ktimeline: error: --to '+7d' is a length: it needs --from"),
    ],
)  # fmt: skip
def test_refused_date_arguments_exit_2_with_one_line(
    run: Any, args: list[str], message: str
) -> None:
    result = run("range", *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1


def test_from_on_another_command_is_refused_the_same_way(run: Any) -> None:
    result = run("search", "Kim", "--from", "Dec 2-8, 2019x")
    assert result.exit_code == 2
    assert result.stderr.startswith("ktimeline: error: --from 'Dec 2-8, 2019x' is not a date")


# --- order and show --context --------------------------------------------------------------


def test_show_context_neighbours_follow_the_same_order(run: Any, path: str) -> None:
    result = run("show", "2019-12-31-last-day", "-C", "1", "--data", PRECISION, "-f", "jsonl")
    assert [r["id"] for r in records(result.stdout)] == [
        "2019-12-30-span-new-year", "2019-12-31-last-day", "2019-12-month-only",
    ]  # fmt: skip
    month = run("show", "2019-12-month-only", "-C", "1", "--data", PRECISION, "-f", "jsonl")
    assert [r["id"] for r in records(month.stdout)] == [
        "2019-12-31-last-day", "2019-12-month-only", "2019-year-only",
    ]  # fmt: skip


def test_the_bundled_december_lists_its_month_only_events_after_dec_31(run: Any) -> None:
    found = ids(run("range", "2019-12").stdout)
    last_day = found.index("2019-12-31-kim-ends-testing-moratorium")
    assert all(i.startswith("2019-12-") and i[8:10].isdigit() for i in found[:last_day])
    assert found[last_day + 1 :] and all(not i[8:10].isdigit() for i in found[last_day + 1 :])


# --- the calendar --------------------------------------------------------------------------


def calendar_events(text: str) -> list[Any]:
    from icalendar import Calendar

    return list(Calendar.from_ical(text).walk("VEVENT"))


def days(entry: Any) -> tuple[date, date]:
    """First day and the exclusive end day of an all-day VEVENT."""
    return entry.decoded("dtstart"), entry.decoded("dtend")


def test_an_ics_of_a_week_holds_no_month_or_year_long_events(run: Any) -> None:
    for args in (["2019-12-02", "2019-12-08"], ["2019-W49", "--data", PRECISION]):
        entries = calendar_events(run("range", *args, "-f", "ics").stdout)
        assert entries
        for entry in entries:
            first, after = days(entry)
            assert date(2019, 12, 2) <= first < after <= date(2019, 12, 9), entry["uid"]


def test_an_ics_of_a_month_writes_month_only_events_on_its_first_day(run: Any) -> None:
    entries = calendar_events(run("range", "2019-12", "-f", "ics").stdout)
    month_only = [e for e in entries if e.get("x-ktimeline-precision") == "month"]
    expected = [e for e in load_chronology().events if e.date == "2019-12" and not e.end_date]
    assert len(month_only) == len(expected) > 0
    for entry in month_only:
        assert days(entry) == (date(2019, 12, 1), date(2019, 12, 2))
        assert str(entry["summary"]).startswith("Dec 2019: ")
        assert entry["transp"] == "TRANSPARENT"
        assert "not known to the day" in str(entry["description"])
    assert max(days(e)[1] - days(e)[0] for e in entries) <= timedelta(days=2)


def test_an_ics_with_overlap_spans_the_possible_events_and_marks_them(run: Any) -> None:
    text = run("range", "2019-W49", "--data", PRECISION, "--overlap", "-f", "ics").stdout
    entries = {str(e["uid"]).split("@")[0]: e for e in calendar_events(text)}
    assert len(entries) == 10
    assert entries["2019-year-only"]["x-ktimeline-in-range"] == "possible"
    assert days(entries["2019-year-only"]) == (date(2019, 1, 1), date(2020, 1, 1))
    assert entries["2019-12-05-day"]["x-ktimeline-in-range"] == "certain"
    assert days(entries["2019-12-05-day"]) == (date(2019, 12, 5), date(2019, 12, 6))


@settings(max_examples=80, deadline=None)
@given(
    st.dates(date(2018, 12, 1), date(2020, 2, 1)),
    st.integers(0, 420),
    st.booleans(),
)
def test_a_large_file_read_for_a_range_answers_as_a_whole_read(
    first: date, days: int, overlap: bool
) -> None:
    """A range of a large file read without its index builds only the events that overlap
    it: the answer (rows, possible rows, what was left out) is the whole read's."""
    from ktimeline.api import Timeline

    whole = Timeline([PRECISION], cache=False, environ={})
    large = Timeline([PRECISION], cache=False, environ={"KTIMELINE_CACHE_MIN_BYTES": "0"})
    last = first + timedelta(days=days)
    by_whole = whole.between(first, last, overlap=overlap)
    by_large = large.between(first, last, overlap=overlap)
    assert list(by_whole.records()) == list(by_large.records())
    assert (by_whole.possible, by_whole.unlisted) == (by_large.possible, by_large.unlisted)
    assert whole._whole is not None and large._whole is None  # read whole, and not


def test_a_tag_used_only_outside_the_range_is_still_known(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Events outside the range are not held, but their tags and places are known: a
    filter naming one finds nothing (exit 1), as a whole read does, rather than an
    unknown name (exit 2)."""
    from .conftest import event, write_jsonl

    path = write_jsonl(
        tmp_path / "tags.jsonl",
        [
            event(id="2019-01-05-early", date="2019-01-05", tags=["zz-own-tag"],
                  places=["Zz Own Place"]),
            event(id="2019-12-05-late", date="2019-12-05"),
        ],
    )  # fmt: skip
    monkeypatch.setenv("KTIMELINE_CACHE", "0")
    for args in (["--tag", "zz-own-tag"], ["--place", "Zz Own Place"]):
        whole = run("range", "2019-12", "--data", str(path), *args)
        monkeypatch.setenv("KTIMELINE_CACHE_MIN_BYTES", "0")
        large = run("range", "2019-12", "--data", str(path), *args)
        monkeypatch.delenv("KTIMELINE_CACHE_MIN_BYTES")
        assert (whole.exit_code, whole.stdout, whole.stderr) == (1, "", whole.stderr)
        assert (large.exit_code, large.stdout, large.stderr) == (1, "", whole.stderr)
