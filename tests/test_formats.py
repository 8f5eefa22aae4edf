"""Every output format: golden output on a small fixture at a fixed width, and parse-back.

Golden files live in tests/golden/. After an intended change of output, regenerate them with
``KTIMELINE_UPDATE_GOLDEN=1 pytest tests/test_formats.py`` and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ktimeline.loader import load_chronology
from ktimeline.model import event_to_record
from ktimeline.render import FORMATS

from .conftest import DATA, event, jsonl_records, write_jsonl

GOLDEN = Path(__file__).parent / "golden"
MINI = str(DATA / "mini.jsonl")
UPDATE = os.environ.get("KTIMELINE_UPDATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"no golden file {name}; run with KTIMELINE_UPDATE_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8"), f"output differs from {name}"


# html inlines its script and style: tests/test_html.py keeps a golden of its markup alone;
# xlsx is a zip of XML, read back cell by cell in tests/test_trust_output.py.
EVENT_FORMATS = [name for name in FORMATS if name not in ("table", "html", "xlsx")]


@pytest.mark.parametrize("fmt", EVENT_FORMATS)
def test_golden_events(run: Any, fmt: str) -> None:
    result = run("range", "2019", "--data", MINI, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    check_golden(f"range-{fmt}.txt", result.stdout)


@pytest.mark.parametrize("width", [40, 100, 200])
def test_golden_table_at_widths(run: Any, width: int) -> None:
    result = run("range", "2019", "--data", MINI, "-f", "table", env={"COLUMNS": str(width)})
    check_golden(f"range-table-{width}.txt", result.stdout)
    assert all(len(line) <= width for line in result.stdout.splitlines())


def test_golden_search_table_highlights_in_colour(run: Any) -> None:
    result = run("search", "Kim Yong Chol", "--data", MINI, "-f", "table", "--color", "always")
    check_golden("search-table-color.txt", result.stdout)
    assert "\x1b[1;30;43mKim\x1b[0m \x1b[1;30;43mYong\x1b[0m \x1b[1;30;43mChol" in result.stdout


def test_golden_show_table(run: Any) -> None:
    result = run(
        "show",
        "2019-11-22-seoul-postpones-gsomia-cancellation",
        "--data",
        MINI,
        "-f",
        "table",
        "-C",
        "1",
    )
    check_golden("show-table.txt", result.stdout)


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "csv", "markdown"])
def test_golden_quotes(run: Any, fmt: str) -> None:
    result = run("quotes", "--data", MINI, "-f", fmt)
    check_golden(f"quotes-{fmt}.txt", result.stdout)


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "csv", "markdown"])
@pytest.mark.parametrize("by", ["month", "actor"])
def test_golden_stats(run: Any, fmt: str, by: str) -> None:
    result = run("stats", "--by", by, "--data", MINI, "-f", fmt)
    check_golden(f"stats-{by}-{fmt}.txt", result.stdout)


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "csv", "markdown"])
def test_golden_tags_and_actors(run: Any, fmt: str) -> None:
    check_golden(f"tags-{fmt}.txt", run("tags", "--data", MINI, "-f", fmt).stdout)
    check_golden(f"actors-{fmt}.txt", run("actors", "--data", MINI, "-f", fmt, "-n", "4").stdout)


def test_formats_that_cannot_show_a_kind_say_so(run: Any) -> None:
    result = run("quotes", "-f", "ics")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "ktimeline: error: format 'ics' cannot show quotes (use one of "
    )


def test_unknown_format_lists_choices(run: Any) -> None:
    result = run("range", "2019", "-f", "xml")
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.stderr
    assert "timelinejs" in result.stderr


# --- parse-back ---------------------------------------------------------------------------


def test_jsonl_round_trips_through_the_loader(run: Any, tmp_path: Path) -> None:
    nov = tmp_path / "nov.jsonl"
    nov.write_text(run("range", "2019-11", "-f", "jsonl").stdout, "utf-8")
    again = run("search", "Esper", "--data", str(nov), "-f", "jsonl")
    assert again.exit_code == 0
    original = {e.id: e for e in load_chronology().events}
    for line in again.stdout.splitlines():
        record = json.loads(line)
        score = record.pop("score")
        assert 0 < score <= 100
        assert [m["kind"] for m in record.pop("matched")] == ["word"]  # "Esper" itself
        assert record == event_to_record(original[record["id"]])


def test_json_array_parses_and_matches_jsonl(run: Any) -> None:
    array = json.loads(run("range", "2019-12", "-f", "json").stdout)
    lines = jsonl_records(run("range", "2019-12", "-f", "jsonl").stdout)
    assert array == lines
    assert json.loads(run("range", "1999", "-f", "json").stdout) == []  # empty but valid


def test_json_output_loads_again_as_jsonl(run: Any, tmp_path: Path) -> None:
    records = json.loads(run("search", "Sohae", "-f", "json").stdout)
    path = write_jsonl(tmp_path / "sohae.jsonl", records)
    assert len(load_chronology([path]).events) == len(records) == 5


def test_csv_parses_with_the_csv_module(run: Any) -> None:
    out = run("range", "2019", "--data", MINI, "-f", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == [e.id for e in load_chronology([MINI]).events]
    special = next(r for r in rows if r["id"] == "2019-12-31-fixture-special-characters")
    assert (
        special["text"]
        == 'A fixture, with "straight quotes", a pipe | and [bold]markup[/bold], <b>html</b>, *stars* and a tab\there.'
    )
    dotard = next(
        r for r in rows if r["id"] == "2019-12-09-trump-downplays-tests-kim-yong-chol-retorts"
    )
    assert dotard["speakers"] == "Donald Trump; Kim Yong Chol"
    assert dotard["actors"] == "Donald Trump; Kim Jong Un; Kim Yong Chol; North Korea"


def test_tsv_parses_with_the_csv_module(run: Any) -> None:
    out = run("quotes", "--data", MINI, "-f", "tsv").stdout
    rows = list(csv.DictReader(io.StringIO(out), dialect="excel-tab"))
    assert rows[0].keys() == {"date", "speaker", "quote", "about", "event_id"}
    assert len(rows) == 5


def test_ics_parses_with_icalendar(run: Any) -> None:
    from icalendar import Calendar

    out = run("range", "2019", "--data", MINI, "-f", "ics").stdout
    calendar = Calendar.from_ical(out)
    events = calendar.walk("VEVENT")
    assert len(events) == 6
    by_uid = {str(e["UID"]): e for e in events}
    span = by_uid["2019-11-22-seoul-postpones-gsomia-cancellation@ktimeline"]
    assert str(span.decoded("DTSTART")) == "2019-11-22"
    assert str(span.decoded("DTEND")) == "2019-11-24"  # exclusive end, after the last day
    month = by_uid["2019-11-esper-travels-to-seoul@ktimeline"]  # one day, not a banner
    assert (str(month.decoded("DTSTART")), str(month.decoded("DTEND"))) == (
        "2019-11-01",
        "2019-11-02",
    )
    assert str(month["SUMMARY"]).startswith("Nov 2019: ")
    dotard = by_uid["2019-12-09-trump-downplays-tests-kim-yong-chol-retorts@ktimeline"]
    assert "Kim Yong Chol: “heedless and erratic old man.”" in str(dotard["DESCRIPTION"])
    categories: Any = dotard["CATEGORIES"]
    assert [str(c) for c in categories.cats] == [
        "missile-test",
        "name-calling",
        "statement",
    ]
    assert all(len(line.encode()) <= 75 for line in out.split("\r\n"))  # folded by icalendar


def test_ics_event_on_the_last_representable_day(run: Any, tmp_path: Path) -> None:
    # DTEND (the day after) does not exist after 9999-12-31: was exit 70 (OverflowError).
    from icalendar import Calendar

    data = write_jsonl(tmp_path / "last.jsonl", [event(id="9999-12-31-last", date="9999-12-31")])
    result = run("range", "9999", "--data", str(data), "-f", "ics")
    assert result.exit_code == 0, result.stderr
    (entry,) = Calendar.from_ical(result.stdout).walk("VEVENT")
    assert str(entry.decoded("DTSTART")) == "9999-12-31"
    assert entry.decoded("DURATION").days == 1


def test_timelinejs_has_the_documented_keys(run: Any) -> None:
    document = json.loads(run("range", "2019", "--data", MINI, "-f", "timelinejs").stdout)
    assert set(document) == {"title", "events"}
    assert set(document["title"]["text"]) == {"headline", "text"}
    assert "Noerper" in document["title"]["text"]["text"]
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert slides["2019-kinu-poll-opposes-paying-more"]["start_date"] == {"year": 2019}
    assert slides["2019-11-esper-travels-to-seoul"]["start_date"] == {"year": 2019, "month": 11}
    span = slides["2019-11-22-seoul-postpones-gsomia-cancellation"]
    assert span["start_date"] == {"year": 2019, "month": 11, "day": 22}
    assert span["end_date"] == {"year": 2019, "month": 11, "day": 23}
    assert span["group"] == "gsomia"
    for slide in slides.values():
        assert set(slide) <= {
            "unique_id",
            "start_date",
            "end_date",
            "display_date",
            "text",
            "group",
        }
        assert set(slide["text"]) == {"headline", "text"}
    assert (
        "&lt;b&gt;html&lt;/b&gt;" in slides["2019-12-31-fixture-special-characters"]["text"]["text"]
    )


def test_markdown_escapes_and_cites(run: Any) -> None:
    out = run("range", "2019", "--data", MINI, "-f", "markdown").stdout
    assert "\\[bold\\]markup\\[/bold\\]" in out and "\\*stars\\*" in out
    assert out.rstrip().endswith(
        "Source: Stephen Noerper, “US-Korea Relations: Gaps Widen, Tensions Rise,” Comparative "
        "Connections: A Triannual E-Journal of Bilateral Relations in the Indo-Pacific, Vol. 21, "
        "No. 3, January 2020, pp 41-48."
    )


def test_plain_keeps_one_record_per_line(run: Any) -> None:
    out = run("range", "2019", "--data", MINI, "-f", "plain").stdout
    lines = out.splitlines()
    assert len(lines) == 6
    assert all(line.count("\t") == 2 for line in lines)
    assert lines[-2].endswith("and a tab\\there.")  # the year-only event comes last


# --- round trip property ------------------------------------------------------------------

names = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=20
).filter(str.strip)
slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
iso_dates = (
    st.dates()
    .map(lambda d: d.isoformat())
    .flatmap(lambda iso: st.sampled_from([iso, iso[:7], iso[:4]]))
)
actors = st.sampled_from(["North Korea", "Donald Trump", "Kim Jong Un", "Robert O’Brien", "Japan"])
records = st.fixed_dictionaries(
    {
        "id": slugs,
        "date": iso_dates,
        "text": names,
        "actors": st.lists(actors, max_size=3),
        "tags": st.lists(names, max_size=3),
        "places": st.lists(names, max_size=2),
        "statements": st.lists(
            st.fixed_dictionaries({"speaker": actors, "quote": names}), max_size=2
        ),
    }
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(records, min_size=1, max_size=5, unique_by=lambda r: r["id"]))
def test_any_valid_events_round_trip_through_jsonl_and_json(
    run: Any, tmp_path_factory: Any, events: list[dict[str, Any]]
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    source = write_jsonl(folder / "in.jsonl", events)
    loaded = load_chronology([source]).events
    for fmt in ("jsonl", "json"):
        out = run("range", "0001", "9999", "--data", str(source), "-f", fmt).stdout
        back = jsonl_records(out) if fmt == "jsonl" else json.loads(out)
        assert len(back) == len(events)
        again = load_chronology([write_jsonl(folder / f"out.{fmt}", back)]).events
        assert again == loaded
