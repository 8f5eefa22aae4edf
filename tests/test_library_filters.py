"""The filters declared once (defaults.NAME_FILTERS) and the source filter on every command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import ktimeline
from ktimeline.defaults import FILTERS, NAME_FILTER_KEYWORDS, NAME_FILTERS


def write_source(path: Path, title: str, publication: str, events: list[tuple[str, str]]) -> Path:
    """A small chronology whose every event cites one source."""
    lines = [
        json.dumps({
            "id": event_id, "date": event_id[:10], "text": text, "actors": ["North Korea"],
            "source": {"section": "chronology", "title": title, "publication": publication},
        })
        for event_id, text in events
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


JOURNAL = (
    "Comparative Connections: A Triannual E-Journal of Bilateral Relations in the "
    "Indo-Pacific"
)  # the bundled source's publication


@pytest.fixture
def two_sources(tmp_path: Path) -> list[Path]:
    return [
        write_source(tmp_path / "a.jsonl", "Japan-Korea Relations: Hard Winter", JOURNAL, [("2019-12-01-a-one", "North Korea fires a rocket."),
                                     ("2019-12-02-a-two", "Talks stall.")]),
        write_source(tmp_path / "b.jsonl", "Korea News Timeline", "Daily Wire Service",
                     [("2019-12-03-b-one", "North Korea tests an engine at Sohae.")]),
    ]  # fmt: skip


def test_every_filter_of_the_table_is_an_option_and_a_keyword(run: Any) -> None:
    help_text = run("range", "--help").stdout
    for keyword, flag, *_ in NAME_FILTERS:
        assert flag in help_text
        assert keyword in FILTERS
    from ktimeline.cli.options import FilterOptions

    assert set(NAME_FILTER_KEYWORDS) <= set(FilterOptions.fields())


def test_source_filter_by_title_words_publisher_and_alternatives(two_sources: list[Path]) -> None:
    timeline = ktimeline.open(*two_sources, bundled=True)
    assert [e.id for e in timeline.events(sources="Hard Winter")] == [
        "2019-12-01-a-one", "2019-12-02-a-two",
    ]  # fmt: skip
    # a publisher stands for all its sources: here the journal's article and the bundled one
    journal = {e.source_label for e in timeline.events(sources="Comparative Connections")}
    assert journal == {"Japan-Korea Relations: Hard Winter",
                       "US-Korea Relations: Gaps Widen, Tensions Rise"}  # fmt: skip
    either = timeline.events(sources="hard winter,news timeline")
    assert {e.id for e in either} == {"2019-12-01-a-one", "2019-12-02-a-two", "2019-12-03-b-one"}
    both = timeline.events(sources=["hard winter", "news timeline"])  # all must hold: none
    assert len(both) == 0


def test_unknown_source_is_an_error_with_candidates(two_sources: list[Path]) -> None:
    with pytest.raises(ktimeline.UnknownNameError):
        ktimeline.open(*two_sources).events(sources="Reuters")


def test_source_filter_on_every_listing_command(run: Any, two_sources: list[Path]) -> None:
    data = [arg for path in two_sources for arg in ("--data", str(path))]
    for command in (["range"], ["search", "North Korea"], ["actors"], ["tags"], ["stats"],
                    ["quotes"]):  # fmt: skip
        result = run(*command, *data, "--source", "news timeline")
        assert result.exit_code in (0, 1), (command, result)
    listed = run("range", *data, "--source", "news timeline", "-f", "csv").stdout.splitlines()
    assert listed[0].endswith(",section,source")
    assert [line.split(",")[2] for line in listed[1:]] == ["2019-12-03-b-one"]
    assert listed[1].endswith(",Korea News Timeline")


def test_stats_by_source_counts_each_event_once(run: Any, two_sources: list[Path]) -> None:
    data = [arg for path in two_sources for arg in ("--data", str(path))]
    rows = [line.split("\t") for line in run("stats", "--by", "source", *data).stdout.splitlines()]
    assert rows == [["Japan-Korea Relations: Hard Winter", "2"], ["Korea News Timeline", "1"]]


def test_show_names_the_source(run: Any) -> None:
    lines = run("show", "2019-12-03-trump-calls-kim-rocket-man").stdout.splitlines()
    assert "source\tUS-Korea Relations: Gaps Widen, Tensions Rise" in lines
