"""user15: findings a researcher's week left (user14): validate's actor tables, years before
the Common Era and abbreviated spans in ``range``, seasons and "mid-" years."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.dates import parse_date_argument
from ktimeline.errors import UsageError

from .conftest import event, write_jsonl

if TYPE_CHECKING:
    from pathlib import Path

TABLES = "the bundled actors, the knowledge base of the field"


def _library_with(tmp_path: Path, name: str) -> Path:
    """The test's library (KTIMELINE_LIBRARY) holding one source whose actor file has
    ``name``: a library another machine would not have."""
    library = tmp_path / "library"
    library.mkdir(exist_ok=True)
    write_jsonl(library / "club.jsonl", [event(id="1999-05-26-a", actors=[name])])
    write_jsonl(library / "club.actors.jsonl", [{"name": name, "kind": "person"}])
    assert os.environ["KTIMELINE_LIBRARY"] == str(library)
    return library


def test_validate_of_a_file_does_not_read_the_users_library(run: Any, tmp_path: Path) -> None:
    """A file naming an actor only the user's library holds is not valid alone: it would say
    "unknown actor" on a machine without that library; the note names the tables read."""
    _library_with(tmp_path, "Harold Pemberton")
    path = write_jsonl(tmp_path / "edit.jsonl", [event(actors=["Harold Pemberton"])])
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert f"{path}:1: unknown actor 'Harold Pemberton'" in result.stderr
    lines = result.stderr.splitlines()  # (the problems first, the tables read last)
    assert lines[0].startswith("ktimeline: error: ")
    assert lines[-1].startswith("ktimeline: note: actors checked against ")
    assert (
        f"ktimeline: note: actors checked against {TABLES} (not the library's: "
        "--library-actors adds them; actors -f jsonl writes them as an actor file, "
        "NAME.actors.jsonl beside NAME.jsonl)\n"
    ) in result.stderr


def test_validate_library_actors_is_the_explicit_option(run: Any, tmp_path: Path) -> None:
    library = _library_with(tmp_path, "Rosa Lindqvist")
    path = write_jsonl(tmp_path / "edit.jsonl", [event(actors=["Rosa Lindqvist"])])
    result = run("validate", str(path), "--library-actors")
    assert (result.exit_code, result.stdout) == (
        0,
        f"OK: 1 event, naming 1 of the 40 actors known ({TABLES}, the library's actor files "
        f"({library}))\n",
    )


def test_validate_names_the_files_own_actor_file(run: Any, tmp_path: Path) -> None:
    """The file's own actors (NAME.actors.jsonl beside it) travel with it: read, and named."""
    path = write_jsonl(tmp_path / "trial.jsonl", [event(actors=["Judge Amara Okafor"])])
    write_jsonl(tmp_path / "trial.actors.jsonl", [{"name": "Judge Amara Okafor", "kind": "person"}])
    result = run("validate", str(path))
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 1 event, naming 1 of the 40 actors known (the bundled actors, trial.actors.jsonl, "
        "the knowledge base of the field)\n",
    )


def test_validate_without_files_reads_the_library_as_its_data(run: Any, tmp_path: Path) -> None:
    _library_with(tmp_path, "Harold Pemberton")
    result = run("validate")
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 116 events, naming 40 of the 40 actors known (the bundled actors, "
        "club.actors.jsonl, the knowledge base of the field)\n",
    )


# --- years before the Common Era, abbreviated spans of years -------------------------------


@pytest.mark.parametrize(
    ("written", "era"),
    [("500 BC", "BC"), ("44 B.C.", "B.C."), ("500 BCE", "BCE"), ("218 a. C.", "a. C."),
     ("Mar 15, 44 BC", "BC"), ("776 v. Chr.", "v. Chr."), ("52 av. J.-C.", "av. J.-C.")],
)  # fmt: skip
def test_a_year_before_the_common_era_is_refused_as_such(written: str, era: str) -> None:
    """Never "'500' not understood": the message names the era the data format lacks."""
    with pytest.raises(UsageError) as refused:
        parse_date_argument(written, "START")
    assert f"is a year before the Common Era ({era!r}): the data format has no such dates" in (
        str(refused.value)
    )


def test_range_refuses_a_year_before_the_common_era_naming_it(run: Any) -> None:
    result = run("range", "500 BC")
    assert result.exit_code == 2
    assert "START '500 BC' is a year before the Common Era ('BC')" in result.stderr
    assert "not understood" not in result.stderr


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [("2001-13", "2001-01-01", "2013-12-31"), ("1950-53", "1950-01-01", "1953-12-31"),
     ("1924-7", "1924-01-01", "1927-12-31"), ("1999-00", "1999-01-01", "2000-12-31"),
     ("2019-12", "2019-12-01", "2019-12-31")],
)  # fmt: skip
def test_abbreviated_spans_of_years_as_documented(written: str, first: str, last: str) -> None:
    span = parse_date_argument(written, "START")
    assert (span.start_iso, span.end_iso) == (first, last)


@pytest.mark.parametrize(
    ("written", "month"), [("2019-13", "13"), ("2019-00", "00"), ("1987-50", "50")]
)
def test_a_span_ending_before_it_starts_is_refused_with_both_readings(
    written: str, month: str
) -> None:
    """ "2001-13" is the years 2001-2013 (documented, as "1950-53"); "2019-13" was "not a real
    date", as if only a month had been tried: both readings are said."""
    with pytest.raises(UsageError) as refused:
        parse_date_argument(written, "START")
    message = str(refused.value)
    assert "as years (as 1950-53) the span ends before it starts" in message
    assert f"as a month '{month}' is none (a month is 01 to 12)" in message


# --- seasons, early, mid, late: the whole period, said ------------------------------------


@pytest.mark.parametrize(
    ("written", "period", "why"),
    [("autumn 2001", "year", "a season's months depend on the hemisphere"),
     ("winter 1950", "year", "a season's months depend on the hemisphere"),
     ("mid-2001", "year", "'mid' has no fixed bounds"),
     ("Late 1998", "year", "'Late' has no fixed bounds"),
     ("early Dec 2019", "month", "'early' has no fixed bounds")],
)  # fmt: skip
def test_range_says_a_qualified_date_is_its_whole_period(
    run: Any, written: str, period: str, why: str
) -> None:
    result = run("range", written)
    assert f"ktimeline: note: {written!r} read as its whole {period} ({why})\n" in result.stderr


def test_range_of_a_plain_date_has_no_such_note(run: Any) -> None:
    for written in ("2019-12", "Dec 2019", "c. 2019", "1990s"):
        assert "read as its whole" not in run("range", written).stderr


# --- an export travels with its actors ------------------------------------------------------


def test_actors_as_jsonl_is_an_actor_file_for_an_export(run: Any, tmp_path: Path) -> None:
    """A court reporter's export of a library source (``range -f jsonl``) names actors only
    the library holds; ``actors -f jsonl`` beside it was refused ("unknown field 'events'"),
    though ``-f jsonl`` events load again: the counts it adds are output only."""
    library = tmp_path / "library"
    library.mkdir()
    records = [
        event(id="2022-11-18-a", date="2022-11-18", text="Judge Okafor sentences Marlow.",
              actors=["Dana Marlow", "Amara Okafor"]),
        event(id="2023-05-30-a", date="2023-05-30", text="Marlow reports to prison.",
              actors=["Dana Marlow"]),
    ]  # fmt: skip
    write_jsonl(library / "trial.jsonl", records)
    write_jsonl(
        library / "trial.actors.jsonl",
        [{"name": "Dana Marlow", "kind": "person"},
         {"name": "Amara Okafor", "kind": "person", "role": "judge"}],
    )  # fmt: skip
    exported = run("range", "2022", "2023", "-f", "jsonl")
    actors = run("actors", "--from", "2022", "-f", "jsonl")
    assert (exported.exit_code, actors.exit_code) == (0, 0), exported.stderr + actors.stderr
    assert '"events": 2' in actors.stdout
    away = tmp_path / "elsewhere"
    away.mkdir()
    (away / "case.jsonl").write_text(exported.stdout, "utf-8")
    (away / "case.actors.jsonl").write_text(actors.stdout, "utf-8")
    result = run("validate", str(away / "case.jsonl"))
    assert (result.exit_code, result.stdout) == (
        0,
        "OK: 2 events, naming 2 of the 41 actors known (the bundled actors, case.actors.jsonl, "
        "the knowledge base of the field)\n",
    )


def test_a_misspelt_field_of_an_actor_file_is_still_refused(run: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "e.jsonl", [event(actors=["Dana Marlow"])])
    actors = write_jsonl(
        tmp_path / "a.jsonl", [{"name": "Dana Marlow", "kind": "person", "evnts": 1}]
    )
    result = run("validate", str(path), "--actors", str(actors))
    assert result.exit_code == 2
    assert f"{actors}:1: unknown field 'evnts'" in result.stderr
