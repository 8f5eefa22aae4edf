"""The title a source added to the library gets when nothing names it: a text's first line
when a person would read it as the title, else the file's name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ktimeline.importing.events import title_line
from ktimeline.library import library_directory
from ktimeline.loader import chronology_files

ENTRIES = "\n\n1985: North Korea joins the NPT.\n1994: The Agreed Framework is signed.\n"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("TIMELINE: North Korea's nuclear history", "TIMELINE: North Korea's nuclear history"),
        ("# Apple timeline", "Apple timeline"),
        ("== History of the Korean War ==", "History of the Korean War"),
        ("**Chronology of the case**", "Chronology of the case"),
        ("Key dates of the strike:", "Key dates of the strike"),
        (
            "A chronology of major developments in Hanoi:",
            "A chronology of major developments in Hanoi",
        ),
        ("The Korean War, 1950–53: a timeline", "The Korean War, 1950–53: a timeline"),
        ("\ufeffTimeline of the strike", "Timeline of the strike"),
    ],
)
def test_a_first_line_read_as_a_title(first: str, title: str) -> None:
    assert title_line(first + ENTRIES) == title


@pytest.mark.parametrize(
    "first",
    [
        "1985: North Korea joins the NPT.",  # an entry
        "27 July 1953",  # a date heading over the first entry
        "The talks began in Geneva and ended in failure.",  # a sentence
        "By Jane Roe",  # a byline
        "Updated 12:04 GMT",
        "----",  # no letter
        "Timeline",  # no subject: three such files would share one title
        "A brief chronology:",
        "Key dates:",
        "Pakistan Today",  # a masthead: it does not say it names a chronology
        "Analysis | Ups and downs in Trump-Kim nuclear diplomacy",  # a running head
        "x" * 121,  # longer than a headline
    ],
)
def test_a_first_line_that_is_no_title(first: str) -> None:
    assert title_line(first + ENTRIES) is None


def test_an_empty_text_has_no_title() -> None:
    assert title_line("") is None
    assert title_line("\n \n") is None


def test_add_titles_a_text_by_its_first_line(run: Any, tmp_path: Path) -> None:
    text = tmp_path / "nk.txt"
    text.write_text("TIMELINE: North Korea's nuclear history" + ENTRIES, encoding="utf-8")
    result = run("import", str(text), "--add")
    assert result.exit_code == 0, result
    [path] = chronology_files(library_directory())
    source = json.loads(path.read_text(encoding="utf-8").splitlines()[0])["source"]
    assert source["title"] == "TIMELINE: North Korea's nuclear history"


def test_add_titles_a_text_without_one_by_its_file_name(run: Any, tmp_path: Path) -> None:
    text = tmp_path / "plain.txt"
    text.write_text(ENTRIES.lstrip(), encoding="utf-8")
    assert run("import", str(text), "--add").exit_code == 0
    [path] = chronology_files(library_directory())
    assert (
        json.loads(path.read_text(encoding="utf-8").splitlines()[0])["source"]["title"] == "plain"
    )


def test_a_given_title_comes_before_the_first_line(run: Any, tmp_path: Path) -> None:
    text = tmp_path / "nk.txt"
    text.write_text("TIMELINE: North Korea's nuclear history" + ENTRIES, encoding="utf-8")
    assert run("import", str(text), "--add", "--source-title", "Mine").exit_code == 0
    [path] = chronology_files(library_directory())
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["source"]["title"] == "Mine"
