"""The library, as a hostile user found it (notes/hostile-s5.md, findings 4, 7, 8, 12, 13, 17):
re-adding an edited file, naming a source to remove it, the lock held only while files are
replaced, what `sources` offers, library citations, HTML titles and a missing library."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ktimeline.library import library_directory, library_sources
from ktimeline.loader import chronology_files

from .conftest import jsonl_records, run_process

CHRONOLOGY = (
    "Test events, abridged\n\n"
    "Dec. 2, 2019: North Korea fires two short-range missiles into the sea.\n"
    'Dec. 3, 2019: Trump calls Kim "Rocket Man" at a NATO meeting.\n'
    'Dec. 7, 2019: North Korea says it carried out a "very important test" at Sohae.\n'
)


@pytest.fixture
def library() -> Path:
    """The test's own library (conftest points KTIMELINE_LIBRARY into its tmp_path)."""
    return library_directory()


def _ids(run: Any) -> list[str]:
    lines = run("range", "2019-12-02", "2019-12-07", "-f", "jsonl").stdout.splitlines()
    return [json.loads(line)["id"] for line in lines]


# --- 4: re-adding an edited file replaces its source ----------------------------------------


def test_re_adding_an_edited_file_replaces_its_source(
    run: Any, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    first = run("import", str(text), "--add", "--address", "https://x.example/c")
    assert first.exit_code == 0, first
    before = _ids(run)
    text.write_text(CHRONOLOGY.replace("two short-range", "two short range"))
    monkeypatch.chdir(tmp_path)  # the same file, named another way
    again = run("import", "./c.txt", "--add")
    assert again.exit_code == 0, again
    assert "replaced source 'c' (the same file, added " in again.stderr
    assert [s.name for s in library_sources(library)] == ["c"]
    after = _ids(run)
    assert len(after) == len(before)  # not doubled (the bundled ones and the three)
    # the replaced source's address is kept (the edit did not move the page)
    [source] = library_sources(library)
    assert source.address == "https://x.example/c"


def test_keep_both_adds_an_edited_file_beside_its_source(
    run: Any, library: Path, tmp_path: Path
) -> None:
    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    assert run("import", str(text), "--add").exit_code == 0
    text.write_text(CHRONOLOGY.replace("Rocket Man", "rocket man"))
    both = run("import", str(text), "--add", "--keep-both")
    assert both.exit_code == 0, both
    assert "replaced" not in both.stderr
    assert sorted(s.name for s in library_sources(library)) == ["c", "c-2"]
    # identical text is still the same source, --keep-both or not
    same = run("import", str(text), "--add", "--keep-both")
    assert "replaced source 'c-2' (the same text" in same.stderr
    assert len(chronology_files(library)) == 2
    refused = run("import", str(text), "--keep-both")
    assert refused.exit_code == 2 and "--keep-both is for adding to the library" in refused.stderr


# --- 8: the lock is held only while the library's files are replaced -----------------------

# The import's parsing made slow: it says so on stderr, then takes 30 s.
SLOW_PARSE = (
    "import sys, time\n"
    "import ktimeline.importing.events as events\n"
    "original = events.parse_chronology\n"
    "def slow(*args, **kwargs):\n"
    "    sys.stderr.write('parsing\\n'); sys.stderr.flush()\n"
    "    time.sleep(30)\n"
    "    return original(*args, **kwargs)\n"
    "events.parse_chronology = slow\n"
    "from ktimeline.cli.app import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_a_slow_import_does_not_keep_another_add_waiting(library: Path, tmp_path: Path) -> None:
    slow_text, quick_text = tmp_path / "slow.txt", tmp_path / "quick.txt"
    slow_text.write_text(CHRONOLOGY)
    quick_text.write_text(CHRONOLOGY.replace("Test events, abridged", "Quick one"))
    slow = subprocess.Popen(
        [sys.executable, "-c", SLOW_PARSE, "import", str(slow_text), "--add"],
        stderr=subprocess.PIPE,
    )
    try:
        assert slow.stderr is not None
        assert slow.stderr.readline() == b"parsing\n"
        # Not kept waiting: waiting for the lock would end in an error after 2 s (the
        # timeout), and the slow import, done after 30 s, would be a source too: what a
        # wall-clock bound on this call said, without depending on the machine's load.
        quick = run_process(
            ["import", str(quick_text), "--add"], env={"KTIMELINE_LOCK_TIMEOUT": "2"}
        )
        assert quick.returncode == 0, quick.stderr.decode()
        assert [s.name for s in library_sources(library)] == ["quick"]
        removed = run_process(["sources", "remove", "quick", "--yes"],
                              env={"KTIMELINE_LOCK_TIMEOUT": "2"})  # fmt: skip
        assert removed.returncode == 0, removed.stderr.decode()
    finally:
        slow.send_signal(signal.SIGINT)
        slow.wait(30)
    # stopped while parsing: nothing written, no lock nor temporary file left
    assert sorted(p.name for p in library.iterdir()) == []


def test_a_run_that_gives_up_waiting_names_the_library_and_its_lock_file(
    library: Path, tmp_path: Path
) -> None:
    from ktimeline.library import LOCK_NAME
    from ktimeline.writer import locked

    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    library.mkdir(parents=True)
    with locked(library / LOCK_NAME):
        waited = run_process(["import", str(text), "--add"], env={"KTIMELINE_LOCK_TIMEOUT": "1"})
    message = waited.stderr.decode()
    assert waited.returncode != 0
    assert f"the library {library} is being written by another ktimeline run" in message
    assert f"holding {library / '.library.lock'}" in message
    assert f"{library / 'library'} " not in message  # (no such file)
    assert chronology_files(library) == []


def test_ids_taken_while_an_import_was_parsed_are_checked_again_under_the_lock(
    library: Path,
) -> None:
    from ktimeline.library import add_source
    from ktimeline.model import Event, Source

    source = Source("chronology", title="Mine")
    calls: list[set[str]] = []

    def make_events(taken: set[str]) -> list[Event]:
        calls.append(set(taken))
        if len(calls) == 1:  # meanwhile, another run adds a source holding the same id
            other = Source("chronology", title="Other")
            add_source(
                library,
                lambda _: [Event("2019-12-02-x", "2019-12-02", "Other.", source=other)],
                title="Other",
                address=None,
                sha256="b" * 64,
            )
        wanted = "2019-12-02-x" if "2019-12-02-x" not in taken else "2019-12-02-x-2"
        return [Event(wanted, "2019-12-02", "Mine.", source=source)]

    added = add_source(library, make_events, title="Mine", address=None, sha256="a" * 64)
    assert len(calls) == 2 and "2019-12-02-x" in calls[1]
    ids = sorted(i for s in library_sources(library) for i in s.ids)
    assert ids == ["2019-12-02-x", "2019-12-02-x-2"] and added.events == 1


# --- 7: naming a source: its own name wins ---------------------------------------------------


def _add(run: Any, path: Path, *options: str) -> None:
    result = run("import", str(path), "--add", *options)
    assert result.exit_code == 0, result


def test_a_source_whose_name_begins_another_s_is_removed_by_its_name(
    run: Any, library: Path, tmp_path: Path
) -> None:
    for folder, text in (("v1", CHRONOLOGY), ("v2", CHRONOLOGY.replace("two", "2"))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.txt").write_text(text)
        _add(run, tmp_path / folder / "notes.txt")
    assert sorted(s.name for s in library_sources(library)) == ["notes", "notes-2"]
    # --source and sources remove read the name alike: 'notes' is that source alone
    assert (
        len(run("range", "2019-12-02", "2019-12-07", "--source", "notes").stdout.splitlines()) == 3
    )
    removed = run("sources", "remove", "notes", "--yes")
    assert removed.exit_code == 0, removed
    assert [s.name for s in library_sources(library)] == ["notes-2"]
    # the library file's path, and the name `sources` prints in its source column
    _add(run, tmp_path / "v1" / "notes.txt")
    by_path = run("sources", "remove", str(library / "notes.jsonl"), "--yes")
    assert by_path.exit_code == 0, by_path
    [row] = jsonl_records(run("sources", "-f", "jsonl").stdout)[1:]
    assert row["source"] == "notes (notes-2)"
    assert run("sources", "remove", row["source"], "--yes").exit_code == 0
    assert chronology_files(library) == []


def test_sources_titled_alike_are_each_removed_by_name_label_or_address(
    run: Any, library: Path, tmp_path: Path
) -> None:
    text = tmp_path / "saga.txt"
    text.write_text(CHRONOLOGY)
    for number in (1, 2, 3):
        _add(run, text, "--source-title", "Saga", "--publisher", "Reuters",
             "--address", f"https://example.org/{number}")  # fmt: skip
    other = tmp_path / "kyodo.txt"
    other.write_text(CHRONOLOGY.replace("two", "2"))
    _add(run, other, "--source-title", "Saga", "--publisher", "Kyodo")
    rows = jsonl_records(run("sources", "-f", "jsonl").stdout)[1:]
    labels = {row["name"]: row["source"] for row in rows}
    kyodo = next(name for name, label in labels.items() if label.endswith("(Kyodo)"))
    selected = run("range", "2019-12-02", "2019-12-07", "--source", labels[kyodo], "-f", "jsonl")
    assert len(selected.stdout.splitlines()) == 3
    assert run("sources", "remove", labels[kyodo], "--yes").exit_code == 0  # its label
    assert run("sources", "remove", "saga", "--yes").exit_code == 0  # its file's name
    assert run("sources", "remove", "https://example.org/3", "--yes").exit_code == 0  # address
    assert [s.address for s in library_sources(library)] == ["https://example.org/2"]
    unknown = run("sources", "remove", str(tmp_path / "elsewhere.jsonl"), "--yes")
    assert unknown.exit_code == 2 and "unknown source" in unknown.stderr


# --- 12: `sources` offers the formats it writes, and csv's formula guard ---------------------


def test_sources_help_lists_only_the_formats_it_writes(run: Any) -> None:
    shown = run("sources", "--help", env={"COLUMNS": "200"}).stdout
    assert "json, jsonl, csv, tsv" in shown
    assert "table on a terminal" in shown  # sources are a table there since session 7
    for refused in ("markdown", "ics", "timelinejs", "html", "xlsx"):
        assert refused not in shown
        wrong = run("sources", "-f", refused)
        assert wrong.exit_code == 2 and wrong.stderr.count("\n") == 1, wrong


def test_sources_csv_has_the_formula_guard_and_bom(run: Any, library: Path, tmp_path: Path) -> None:
    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    evil = '=HYPERLINK("http://evil","x")'
    _add(run, text, "--source-title", evil)
    for form, delimiter in (("csv", ","), ("tsv", "\t")):
        raw = run("sources", "-f", form).stdout
        guarded = run("sources", "-f", form, "--no-formulas", "--bom").stdout
        assert guarded.startswith("\ufeffname")
        rows = list(csv.DictReader(guarded.lstrip("\ufeff").splitlines(), delimiter=delimiter))
        assert rows[1]["title"] == "'" + evil
        assert list(csv.DictReader(raw.splitlines(), delimiter=delimiter))[1]["title"] == evil


# --- 13: library citations carry the address and the day of retrieval ------------------------


def test_a_library_citation_carries_address_and_retrieval_without_stray_marks(
    run: Any, library: Path, tmp_path: Path
) -> None:
    text = tmp_path / "kyodo.txt"
    text.write_text(CHRONOLOGY)
    address = "https://x.example/k?a=1&b_c=2"
    _add(run, text, "--publisher", "Kyodo", "--address", address, "--retrieved", "2026-12-05")
    wanted = f"“kyodo,” Kyodo, retrieved 2026-12-05 from {address}"
    asked = ("range", "2019-12-02", "2019-12-07", "--source", "kyodo")
    foot = run(*asked, "-f", "markdown").stdout.splitlines()[-1]
    assert foot == f"Source: “kyodo,” Kyodo, retrieved 2026-12-05 from <{address}>."
    page = run(*asked, "-f", "html").stdout
    escaped = address.replace("&", "&amp;")
    assert f'from <a href="{escaped}" rel="noreferrer">{escaped}</a></li>' in page
    first = json.loads(run(*asked, "-f", "jsonl").stdout.splitlines()[0])["id"]
    card = run("show", first, "-f", "table", "--width", "300").stdout
    assert wanted in " ".join(card.split())
    # only a title: no comma inside the quotation marks, one full stop
    bare = tmp_path / "bare.txt"
    bare.write_text(CHRONOLOGY.replace("two", "2"))
    _add(run, bare, "--retrieved", "2026-12-01")
    last = run("range", "2019-12-02", "--source", "bare", "-f", "markdown").stdout.splitlines()[-1]
    assert last == "Source: “bare,” retrieved 2026-12-01."
    from ktimeline.model import Source

    assert Source("chronology", title="Saga").citation() == "“Saga”"


# --- 17: a web page's title; a library named by --library that holds nothing ----------------

PAGE = (
    '<!doctype html><html><head><meta charset="utf-8"><title>Chronology of US–Korea '
    "relations, 2019 | Example News</title></head><body><svg><title>logo</title></svg>\n"
    "<h1>Chronology</h1>\n<p><b>June 30, 2019:</b> Trump steps into North Korea at Panmunjom."
    "</p>\n</body></html>\n"
)


def test_a_web_page_added_from_standard_input_takes_its_title(run: Any, library: Path) -> None:
    added = run("import", "-", "--add", input=PAGE)
    assert added.exit_code == 0, added
    [source] = library_sources(library)
    assert source.title == "Chronology of US–Korea relations, 2019 | Example News"
    # a second page is another title, not a second "standard input"
    other = PAGE.replace("US–Korea relations, 2019", "the Hanoi summit").replace("30", "29")
    assert run("import", "-", "--add", input=other).exit_code == 0
    titles = sorted(s.title or "" for s in library_sources(library))
    assert titles == ["Chronology of US–Korea relations, 2019 | Example News",
                      "Chronology of the Hanoi summit | Example News"]  # fmt: skip


def test_a_library_named_by_the_option_that_holds_nothing_is_noted(
    run: Any, tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent" / "x"
    answered = run("range", "2019-12", "--library", str(missing))
    assert answered.exit_code == 0
    assert answered.stderr.splitlines()[0] == (
        f"ktimeline: note: --library {missing}: no such directory; answering from the bundled chronology alone"
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    listed = run("sources", "--library", str(empty))
    assert "it holds no chronology (*.jsonl)" in listed.stderr
    assert listed.stderr.count("ktimeline: note: --library") == 1
    # the default library, not made yet, is nothing to note
    assert "note:" not in run("range", "2019-12").stderr


def test_an_edited_file_first_given_an_address_replaces_its_source(
    run: Any, library: Path, tmp_path: Path
) -> None:
    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    _add(run, text)
    text.write_text(CHRONOLOGY.replace("Rocket Man", "rocket man"))
    again = run("import", str(text), "--add", "--address", "https://x.example/c")
    assert "replaced source 'c' (the same file" in again.stderr
    # another address from the same file is another page: a source of its own
    other = run("import", str(text), "--add", "--address", "https://x.example/other")
    assert "replaced" not in other.stderr
    assert sorted(s.address or "" for s in library_sources(library)) == [
        "https://x.example/c", "https://x.example/other"]  # fmt: skip


def test_of_sources_kept_from_one_file_the_latest_is_replaced_and_a_bare_file_name_names_one(
    run: Any, library: Path, tmp_path: Path
) -> None:
    text = tmp_path / "c.txt"
    text.write_text(CHRONOLOGY)
    _add(run, text)
    text.write_text(CHRONOLOGY.replace("two", "2"))
    _add(run, text, "--keep-both")
    os.utime(library / "c.jsonl", (1, 1))  # the first, written long ago
    text.write_text(CHRONOLOGY.replace("two", "3"))
    again = run("import", str(text), "--add")
    assert "replaced source 'c-2' (the same file" in again.stderr, again
    assert run("sources", "remove", "c.jsonl", "--yes").exit_code == 0
    assert [s.name for s in library_sources(library)] == ["c-2"]
