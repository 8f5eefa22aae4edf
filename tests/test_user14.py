"""A new user's journey, round 14: a researcher's library of several sources on one subject
(user14, session 14).

Each test fails on the code before its fix unless marked a guard (see /work/notes/user14.md)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pathlib import Path

# --- two sources of a library that each find the same new person --------------------------------
# Four chronologies of the Enron collapse, added one by one: the Guardian's named "Enron
# chairman Kenneth Lay" (a new actor with the role "chairman"), Le Devoir's "le p.-d.g.
# Kenneth Lay" (the same name, no role). Each source's actors were written beside it, so the
# library held two different records of one name, and every query then stopped with
# "duplicate name 'Kenneth Lay'" (exit 2): the library could not be read at all. A new
# source now writes an actor another source already holds as that source holds it.

PAIRS = [
    (  # a football club's chairman, then the same man as its president
        "Club history\n\nMarch 3, 1999: Club chairman Harold Pemberton opens the new stand.\n",
        "Notes\n\nJune 3, 2001: Club president Harold Pemberton says the stand will open.\n",
        "Harold Pemberton",
    ),
    (  # a team's captain, then the same woman with no role
        "Season review\n\nMay 20, 2015: Team captain Rosa Lindqvist lifts the trophy.\n",
        "Season notes\n\nMay 22, 2015: Head coach Rosa Lindqvist signs a new contract.\n",
        "Rosa Lindqvist",
    ),
]


def add(run: Any, library: Path, path: Path, text: str) -> None:
    path.write_text(text, "utf-8")
    result = run("import", str(path), "--add", "--library", str(library))
    assert result.exit_code == 0, result


@pytest.mark.parametrize(("first", "second", "person"), PAIRS)
def test_two_sources_naming_one_new_person_leave_the_library_readable(
    run: Any, tmp_path: Path, first: str, second: str, person: str
) -> None:
    library = tmp_path / "library"
    add(run, library, tmp_path / "one.txt", first)
    add(run, library, tmp_path / "two.txt", second)
    found = run("search", person, "--library", str(library), "-f", "jsonl")
    assert found.exit_code == 0, found
    assert len(found.stdout.splitlines()) == 2
    acting = run("range", "--actor", person, "--library", str(library), "-f", "jsonl")
    assert [json.loads(line)["actors"] for line in acting.stdout.splitlines()] == [[person]] * 2
    # each source's file holds the person, so either can be removed and the other still loads
    records = [
        json.loads(line)
        for file in sorted(library.glob("*.actors.jsonl"))
        for line in file.read_text("utf-8").splitlines()
    ]
    assert [r["name"] for r in records] == [person, person]
    assert records[0] == records[1]
    removed = run("sources", "remove", "two", "--yes", "--library", str(library))
    assert removed.exit_code == 0, removed
    assert run("search", person, "--library", str(library)).exit_code == 0


def test_a_source_replaced_keeps_its_own_record_when_no_other_holds_it(
    run: Any, tmp_path: Path
) -> None:
    """Guard: re-adding the same file replaces its actors with what it finds now."""
    library = tmp_path / "library"
    first = PAIRS[0][0]
    add(run, library, tmp_path / "one.txt", first)
    add(run, library, tmp_path / "one.txt", first.replace("chairman", "president"))
    [file] = library.glob("*.actors.jsonl")
    assert json.loads(file.read_text("utf-8"))["role"] == "president"


# --- the date forms the docs name, as range reads them -------------------------------------------
# docs/robustness.md said `range 'early Dec 2019'` is refused ("anything left over"), and the
# README's table of date forms named no approximate date, season or decade; range reads them
# all (one grammar with the importer: "early Dec 2019" is December 2019). The docs now say so,
# and these tests hold every form they name to what they say.

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


def _quoted(cell: str) -> list[str]:
    import re

    return [form.strip("'") for form in re.findall(r"`([^`]+)`", cell)]


def test_every_form_robustness_md_calls_left_over_is_refused() -> None:
    from ktimeline.dates import parse_date_argument
    from ktimeline.errors import UsageError

    matrix = (ROOT / "docs" / "robustness.md").read_text("utf-8")
    [row] = [line for line in matrix.splitlines() if "a date with anything left over" in line]
    forms = _quoted(row.split("|")[1])
    assert len(forms) >= 2
    for form in forms:
        with pytest.raises(UsageError, match="not understood"):
            parse_date_argument(form, "START")


def test_every_form_of_the_readmes_date_table_is_read() -> None:
    from ktimeline.dates import parse_date_argument
    from ktimeline.errors import UsageError

    readme = (ROOT / "README.md").read_text("utf-8")
    table = readme.split("| you write | it means |", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines()[2:] if line.startswith("| `")]
    approximate = [row for row in rows if "c. 1850" in row]
    assert approximate, "the table names the approximate dates"
    refused = {"2000s"}
    for row in rows:
        if row.startswith("| END"):
            continue
        for form in _quoted(row.split("|")[1]):
            parse_date_argument(form, "START")
    for form in refused:
        with pytest.raises(UsageError, match="century or a decade"):
            parse_date_argument(form, "START")


# --- a chronology edited by hand or by another program ---------------------------------------
# A JSONL file an editor gave a comma after a record said "invalid JSON: Extra data (column
# 471)"; the same records through `jq .` (each object over many lines) said "invalid JSON" once
# for each of its 361 lines. Each is now said once, in words that say what to do.

RECORDS = [
    {"id": "2001-12-02-enron-files", "date": "2001-12-02", "text": "Enron files for bankruptcy.",
     "actors": [], "tags": [], "places": [], "statements": []},
    {"id": "2002-06-15-andersen-convicted", "date": "2002-06-15",
     "text": "Arthur Andersen is convicted.", "actors": [], "tags": [], "places": [],
     "statements": []},
]  # fmt: skip


def test_a_comma_after_a_record_is_named(run: Any, tmp_path: Path) -> None:
    lines = [json.dumps(record) for record in RECORDS]
    path = tmp_path / "edited.jsonl"
    path.write_text(lines[0] + ",\n" + lines[1] + "\n", "utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"ktimeline: error: {path}:1: a comma after the record: JSON Lines put nothing "
        "between records"
    ]


def test_a_record_written_over_many_lines_is_said_once(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "pretty.jsonl"
    path.write_text("".join(json.dumps(r, indent=2) + "\n" for r in RECORDS), "utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "a JSON object written over many lines" in line
    assert f"jq -c . {path}" in line


def test_guard_a_comma_inside_a_text_at_the_end_of_a_bad_line_is_plain_invalid_json(
    run: Any, tmp_path: Path
) -> None:
    """Guard: a line that is not JSON without its comma either is reported as before."""
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "x", "text": "a,\n', "utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert "invalid JSON" in result.stderr


# --- a mark's label in French and Italian ------------------------------------------------------
# Le Devoir's chronology drew "Dynegy concurrent d accepte de le" for "Dynegy, concurrent
# d'Enron, accepte …" and "Le P DG Kenneth Lay démissionne" for "le p.-d.g. Kenneth Lay …":
# an elided word is folded twice ("denron" as ids write it, and "enron"), which the label read
# as two parts of it ("d", "Enron"); dotted letters ("p.-d.g.") fold to fewer words than they
# have parts, so no part was spelt and "p", "dg" were taken for abbreviations.


@pytest.mark.parametrize(
    ("event_id", "text", "label"),
    [
        ("2001-11-09-dynegy-concurrent-denron-accepte-de-le",
         "Dynegy, concurrent d'Enron, accepte de le racheter.",
         "Dynegy concurrent d'Enron accepte de le"),
        ("2002-01-23-le-p-dg-kenneth-lay-demissionne",
         "le p.-d.g. Kenneth Lay démissionne.", "Le p.-d.g Kenneth Lay démissionne"),
        ("2002-02-07-andrew-fastow-et-lancien-p-dg",
         "Andrew Fastow et l'ancien p.-d.g. Jeffrey Skilling refusent.",
         "Andrew Fastow et l'ancien p.-d.g"),
        ("1999-05-02-il-presidente-dellazienda-si-dimette",
         "Il presidente dell'azienda si dimette.", "Il presidente dell'azienda si dimette"),
        # guards: as before
        ("2019-11-15-esper-meets-jeong-kyeong-doo", "Esper meets Jeong Kyeong-doo.",
         "Esper meets Jeong Kyeong doo"),
        ("2001-10-28-lay-calls-oneill", "Lay calls O'Neill.", "Lay calls O'Neill"),
    ],
)  # fmt: skip
def test_a_marks_label_spells_elided_and_dotted_words(event_id: str, text: str, label: str) -> None:
    from ktimeline.model import Event
    from ktimeline.render.html import short_title

    assert short_title(Event(id=event_id, date=event_id[:10], text=text)) == label


def test_a_library_already_holding_two_records_of_one_name_says_how_to_mend_it(
    run: Any, tmp_path: Path
) -> None:
    """A library written before the fix above still stops with "duplicate name": the error
    now ends with one line saying how to mend it."""
    library = tmp_path / "library"
    library.mkdir()
    person = {"name": "Harold Pemberton", "kind": "person", "affiliation": None,
              "aliases": []}  # fmt: skip
    for name, role in (("one", "chairman"), ("two", None)):
        record = {"id": f"1999-03-03-{name}", "date": "1999-03-03", "text": "Pemberton speaks.",
                  "actors": ["Harold Pemberton"], "tags": [], "places": [], "statements": []}  # fmt: skip
        (library / f"{name}.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
        (library / f"{name}.actors.jsonl").write_text(
            json.dumps({**person, "role": role}) + "\n", "utf-8"
        )
    result = run("search", "Pemberton", "--library", str(library))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert "duplicate name 'Harold Pemberton'" in lines[0]
    assert lines[-1].startswith("ktimeline: hint: two actor files beside chronologies")
    assert "import the later source again with --add" in lines[-1]
