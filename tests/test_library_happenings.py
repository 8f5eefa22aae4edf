"""The same happening in several sources: the rule measured on real pairs, links only across
sources, show naming the others, --dedupe listing each happening once, nothing merged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import ktimeline
from ktimeline.happenings import (
    SameHappenings,
    content_words,
    happenings,
    judge,
    name_words,
    same_happenings,
)
from ktimeline.model import Event, Source

from .conftest import jsonl_records
from .script_loading import load_script

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "data" / "same_happening" / "reports.json"
HELD_OUT = FIXTURE.with_name("heldout.json")
HELD_OUT_2 = FIXTURE.with_name("heldout2.json")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def _measure_script() -> Any:
    return load_script("measure_happenings")


def test_the_fixture_holds_at_least_40_real_pairs_with_addresses() -> None:
    reports = json.loads(FIXTURE.read_text(encoding="utf-8"))["reports"]
    assert sum(len(report["same_as"]) for report in reports) >= 40
    assert all(report["address"].startswith("http") for report in reports)
    bundled = {event.id for event in ktimeline.open().events()}
    assert all(set(report["same_as"]) <= bundled for report in reports)


def test_the_rule_links_precisely_on_real_pairs() -> None:
    script = _measure_script()
    from ktimeline.loader import load_chronology

    result = script.measure(judge, script.report_events(), load_chronology().events)
    assert result["precision"] >= 0.95, result["wrong"]
    assert result["recall"] >= 0.68  # 0.708 measured (happenings.py's docstring)


def test_the_rule_links_precisely_on_the_held_out_reports() -> None:
    script = _measure_script()
    from ktimeline.loader import load_chronology

    result = script.measure(judge, script.report_events(HELD_OUT), load_chronology().events)
    assert result["precision"] >= 0.95, result["wrong"]
    assert result["recall"] >= 0.48  # 0.504 measured (happenings.py's docstring)


def test_the_rule_links_precisely_on_the_second_held_out_part() -> None:
    """heldout2.json: 70 reports collected and judged after the rule's last change, then run
    once (precision 1.000, recall 0.387 by headline; 0.973 and 0.480 by headline and first
    paragraph): a floor, so that a later change is measured against it."""
    script = _measure_script()
    from ktimeline.loader import load_chronology

    bundled = load_chronology().events
    result = script.measure(judge, script.report_events(HELD_OUT_2), bundled)
    assert result["precision"] >= 0.95, result["wrong"]
    assert result["recall"] >= 0.38
    with_text = script.report_events(HELD_OUT_2, with_text=True)
    assert script.measure(judge, with_text, bundled)["precision"] >= 0.95


def test_the_halves_split_every_report_once() -> None:
    script = _measure_script()
    reports = script.report_events()
    halves = script.halves(reports)
    even = {event.id for event, _ in halves["even"]}
    odd = {event.id for event, _ in halves["odd"]}
    assert not even & odd
    assert even | odd == {event.id for event, _ in reports}
    assert reports[0][0].id in even and reports[1][0].id in odd  # counted from 0


def _event(source: str, day: str, text: str, actors: tuple[str, ...] = ()) -> Event:
    """An event of a one-source chronology, dated to the day."""
    return Event(
        id=f"{source}-{day}", date=day, text=text, actors=actors, start=day, end=day,
        source=Source("chronology", title=source),
    )  # fmt: skip


KIM_AND_TRUMP = ("Kim Jong Un", "Donald Trump")


def test_names_alone_in_common_link_nothing() -> None:
    # Every word the headline shares with the event is a name: who, not what happened.
    event = _event("journal", "2019-09-20", "Bolton says Kim Jong Un gains from Donald Trump",
                   ("John Bolton", *KIM_AND_TRUMP))  # fmt: skip
    report = _event("news", "2019-09-20", "Kim Jong Un hails Donald Trump firing John Bolton",
                    ("Kim Jong Un", "Donald Trump", "John Bolton"))  # fmt: skip
    assert judge(event, report) is None
    told = _event("news", "2019-09-20", "Kim Jong Un hails Donald Trump as John Bolton gains",
                  ("Kim Jong Un", "Donald Trump", "John Bolton"))  # fmt: skip
    link = judge(event, told)  # "gains": what happened, in both
    assert link is not None and link.reason.endswith("what happened: gain")


def test_capitalised_words_in_a_sentence_are_names() -> None:
    # data/chronology.jsonl, 2019-12-29-obrien-extremely-disappointed
    text = (
        "National Security Adviser Robert O’Brien says the US would be “extremely "
        "disappointed” should Kim resume testing and will “demonstrate” that disappointment."
    )
    event = _event("journal", "2019-12-29", text, ("Robert O’Brien", "Kim Jong Un"))
    assert {"secur", "advis"} <= name_words(event)
    assert "disap" not in name_words(event)
    report = _event("news", "2019-12-29", "Kim calls for security measures", ("Kim Jong Un",))
    assert judge(event, report) is None  # "security" is a title there, not what happened
    # A headline in title case tells nothing by its capitals.
    headline = _event("news", "2019-12-29", "Kim Calls For Security Measures At Plenum")
    assert "secur" not in name_words(headline)


def test_a_day_apart_two_words_must_say_what_happened() -> None:
    event = _event("journal", "2019-09-15", "Kim Jong Un invites Donald Trump to visit",
                   KIM_AND_TRUMP)  # fmt: skip
    one = _event("news", "2019-09-16", "Donald Trump rules out a visit", ("Donald Trump",))
    assert judge(event, one) is None  # "visit" alone, a day later
    same_day = one._replace(date="2019-09-15", start="2019-09-15", end="2019-09-15")
    assert judge(event, same_day) is not None
    two = _event("news", "2019-09-16", "Donald Trump invited to visit", ("Donald Trump",))
    assert judge(event, two) is not None


def _chronology_text(reports: list[dict[str, Any]]) -> str:
    lines = []
    for report in sorted(reports, key=lambda report: report["date"]):
        day = date.fromisoformat(report["date"])
        lines.append(f"{MONTHS[day.month - 1]} {day.day}, {day.year}: {report['headline']}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def headlines(run: Any, tmp_path: Path) -> Path:
    """The fixture's reports as a news timeline, added to the test's library."""
    reports = json.loads(FIXTURE.read_text(encoding="utf-8"))["reports"]
    text = tmp_path / "headlines.txt"
    text.write_text(_chronology_text(reports), encoding="utf-8")
    result = run("import", str(text), "--add", "--source-title", "Korea headlines")
    assert result.exit_code == 0, result
    return text


def test_show_names_the_other_sources_and_why(run: Any, headlines: Path) -> None:
    lines = run("show", "2019-11-22-south-korea-keeps-gsomia").stdout.splitlines()
    reported = [line for line in lines if line.startswith("reported_by\t")]
    assert len(reported) >= 3
    assert all(line.startswith("reported_by\tKorea headlines: 2019-11-22-") for line in reported)
    assert all("same day" in line and "words in common" in line for line in reported)
    record = json.loads(run("show", "2019-11-22-south-korea-keeps-gsomia", "-f", "jsonl").stdout)
    assert {entry["source"] for entry in record["reported_by"]} == {"Korea headlines"}


def test_dedupe_lists_each_happening_once_and_merges_nothing(run: Any, headlines: Path) -> None:
    every = run("range", "2019-11-22", "-f", "jsonl").stdout.splitlines()
    once = run("range", "2019-11-22", "--dedupe", "-f", "jsonl")
    rows = jsonl_records(once.stdout)
    # the bundled chronology's entry, and its narrative's (never hidden under its own source)
    assert len(rows) == 2 < len(every)
    listed = {rows[0]["id"], rows[1]["id"], *(entry["id"] for entry in rows[0]["reported_by"])}
    assert listed == {json.loads(line)["id"] for line in every}  # every event still named
    assert "--dedupe: 1 event also stands for" in once.stderr
    # without --dedupe every event stays, as it is in its file
    assert all("reported_by" not in json.loads(line) for line in every)


def test_events_of_one_source_are_never_linked() -> None:
    events = ktimeline.open().events()
    assert same_happenings(events) == []  # the bundled chronology with itself
    index = SameHappenings(events)
    assert all(index.reports_of(event) == [] for event in events)


def test_happenings_group_every_event_once() -> None:
    script = _measure_script()
    reports = [event for event, _ in script.report_events()]
    bundled = list(ktimeline.open().events(since="2019-10", until="2019-12"))
    events = bundled + reports
    groups = happenings(events, same_happenings(events))
    assert sorted(e.id for group in groups for e in group) == sorted(e.id for e in events)
    assert any(len(group) > 3 for group in groups)


def test_python_api_reported_by(headlines: Path) -> None:
    timeline = ktimeline.open(library=True)
    found = timeline.reported_by("2019-12-07-trump-moon-call-nk-sohae-test")
    assert found and all(event.source_label == "Korea headlines" for event, _ in found)
    with pytest.raises(ktimeline.UnknownNameError):
        timeline.reported_by("no-such-event")


def test_inflections_are_one_word() -> None:
    tests = _event("news", "2019-12-31", "Kim ends moratorium on tests")
    testing = _event("journal", "2019-12-31", "Kim ends moratorium on testing")
    assert content_words(tests) == content_words(testing)
    assert content_words(_event("news", "2019-12-31", "test")) == {"test"}


def test_a_quotation_is_not_a_name() -> None:
    # data/chronology.jsonl, 2019-12-03-trump-calls-kim-rocket-man
    event = _event("journal", "2019-12-03",
                   "Trump states confidence in Kim, but also describes him as “Rocket Man.”",
                   ("Donald Trump", "Kim Jong Un"))  # fmt: skip
    assert not {"rocke", "man"} & name_words(event)
    # a headline a day later: its capitals in quotes say nothing of who either
    report = _event("news", "2019-12-04",
                    "North Korea threatens a 'Christmas gift' and Trump reverts to calling Kim "
                    "Jong Un 'Rocket Man' as talks stall over the year-end deadline",
                    ("North Korea", "Donald Trump", "Kim Jong Un"))  # fmt: skip
    assert not {"rocke", "man"} & name_words(report)
    link = judge(event, report)
    assert link is not None and link.reason.endswith("what happened: man, rocke")
    # Unquoted in a headline in sentence case, its capitals make them names: no link.
    plain = report._replace(text=report.text.replace("'", ""))
    assert judge(event, plain) is None


def test_a_quotation_shared_needs_the_share_of_the_same_day() -> None:
    # A held-out report dated the day of the test, and the event dated the day it was told:
    # a third of the words in common, a day apart, is not enough without the quotation.
    reports = _measure_script().report_events(HELD_OUT)
    report = next(event for event, _ in reports if event.text.endswith("for Nuclear Deterrent"))
    event = next(
        e for e in ktimeline.open().events() if e.id == "2019-12-14-nk-crucial-test-at-sohae"
    )
    assert "‘Crucial Test’" in report.text and "“crucial”" in event.text
    link = judge(event, report)
    assert link is not None and "what happened: cruci, test" in link.reason
    unquoted = report._replace(text=report.text.replace("‘", "").replace("’", ""))
    told = event._replace(text=event.text.replace("“", "").replace("”", ""))
    assert judge(told, unquoted) is None


def test_the_held_out_reports_read_with_their_first_paragraph() -> None:
    script = _measure_script()
    headlines = script.report_events(HELD_OUT)
    with_text = script.report_events(HELD_OUT, with_text=True)
    assert len(with_text) == len(headlines)
    for (short, same), (long, same_too) in zip(headlines, with_text, strict=True):
        assert same == same_too and short.start == long.start
        assert len(long.text) > len(short.text)
