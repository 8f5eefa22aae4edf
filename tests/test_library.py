"""The library: import --add, queries reading it by default, sources, sources remove, --data DIR,
and what concurrent and killed adds leave behind."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import ktimeline
from ktimeline.library import add_source, library_directory, library_sources
from ktimeline.loader import chronology_files, load_chronology

from .conftest import event, jsonl_records, write_jsonl

REAL = Path(__file__).parent / "data" / "import" / "real"
UPI = REAL / "upi-2019-kim-diplomacy.txt"
AP = REAL / "ap-2020-trump-kim-diplomacy.txt"
KYODO = REAL / "kyodo-2019-hanoi-summit.txt"

# The bundled chronology's counts, from the data (they change when the data is corrected).
_BUNDLED = load_chronology().events
BUNDLED_EVENTS = len(_BUNDLED)
BUNDLED_STATEMENTS = sum(len(event.statements) for event in _BUNDLED)


@pytest.fixture
def library() -> Path:
    """The test's own library (conftest points KTIMELINE_LIBRARY into its tmp_path)."""
    return library_directory()


def test_the_library_is_where_the_environment_says(tmp_path: Path) -> None:
    assert library_directory({"KTIMELINE_LIBRARY": str(tmp_path)}) == tmp_path
    assert library_directory({"XDG_DATA_HOME": "/x/data"}) == Path("/x/data/ktimeline/library")
    relative = library_directory({"XDG_DATA_HOME": "data"})  # not absolute: ignored, per XDG
    assert relative == Path.home() / ".local/share/ktimeline/library"


def test_tests_never_touch_the_users_library(library: Path) -> None:
    assert "library" in library.parts and not library.exists()


def test_add_records_where_the_source_came_from(run: Any, library: Path) -> None:
    result = run("import", str(UPI), "--add", "--publisher", "UPI", "--address",
                 "https://www.upi.com/timeline", "--retrieved", "2019-09-20",
                 "--source-title", "Timeline: North Korean diplomacy under Kim Jong Un")  # fmt: skip
    assert result.exit_code == 0, result
    assert "added 4 entries" in result.stderr
    [path] = chronology_files(library)
    source = json.loads(path.read_text().splitlines()[0])["source"]
    assert source["title"] == "Timeline: North Korean diplomacy under Kim Jong Un"
    assert source["publication"] == "UPI"
    assert source["address"] == "https://www.upi.com/timeline"
    assert source["retrieved"] == "2019-09-20"
    assert source["file"] == str(UPI.resolve())
    assert len(source["sha256"]) == 64


def test_queries_read_the_bundled_chronology_and_the_library(run: Any) -> None:
    before = run("stats", "--by", "source").stdout.splitlines()
    assert len(before) == 1
    assert run("import", str(AP), "--add", "--publisher", "Associated Press").exit_code == 0
    after = dict(line.split("\t") for line in run("stats", "--by", "source").stdout.splitlines())
    assert after == {"US-Korea Relations: Gaps Widen, Tensions Rise": str(BUNDLED_EVENTS),
                     "ap-2020-trump-kim-diplomacy": "7"}  # fmt: skip
    only = run("range", "2018", "--source", "Associated Press").stdout.splitlines()
    assert len(only) == 7
    # --data and KTIMELINE_DATA mean what they meant: those files only, no library
    assert run("stats", "--by", "source", "--data", str(REAL.parent.parent / "golden")
               ).exit_code == 2  # fmt: skip
    bundled = run("stats", "--by", "source", env={"KTIMELINE_DATA": "-"}, input="").stdout
    assert bundled == ""


def test_importing_the_same_source_again_replaces_it(run: Any, library: Path) -> None:
    for _ in range(2):  # by its text (no address)
        assert run("import", str(KYODO), "--add").exit_code == 0
    assert [s.events for s in library_sources(library)] == [16]
    first = run("import", str(UPI), "--add", "--address", "https://a.example/t")
    assert first.exit_code == 0
    # by its address: another text from the same address replaces it
    again = run("import", str(AP), "--add", "--address", "https://a.example/t")
    assert "replaced source" in again.stderr and "(the same address" in again.stderr
    assert sorted(s.events for s in library_sources(library)) == [7, 16]
    assert len(chronology_files(library)) == 2


def test_ids_never_collide_with_other_sources(run: Any, library: Path, tmp_path: Path) -> None:
    # the bundled chronology's own text, added: its ids must differ from the bundled ones
    text = Path(__file__).parents[1] / "data" / "sources" / "noerper-2020-us-korea-gaps-widen.txt"
    assert run("import", str(text), "--add").exit_code == 0
    copy = tmp_path / "copy.txt"
    copy.write_text(text.read_text() + "\n")  # another text: a second source
    assert run("import", str(copy), "--add").exit_code == 0
    result = run("range", "-f", "jsonl")
    assert result.exit_code == 0, result  # no duplicate id anywhere
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert len(ids) == len(set(ids)) == BUNDLED_EVENTS + 67 + 67
    rows = jsonl_records(run("sources", "-f", "jsonl").stdout)
    assert [row["events"] for row in rows] == [BUNDLED_EVENTS, 67, 67]


def test_sources_lists_title_publisher_period_counts_and_file(run: Any, library: Path) -> None:
    run("import", str(AP), "--add", "--publisher", "Associated Press")
    rows = jsonl_records(run("sources", "-f", "jsonl").stdout)
    assert [row["name"] for row in rows] == ["bundled", "ap-2020-trump-kim-diplomacy"]
    assert rows[0]["events"] == BUNDLED_EVENTS and rows[0]["statements"] == BUNDLED_STATEMENTS
    assert (rows[1]["first"], rows[1]["last"], rows[1]["events"]) == ("2018-01-01", "2018-06-12", 7)
    assert rows[1]["publisher"] == "Associated Press"
    assert rows[1]["file"] == str(library / "ap-2020-trump-kim-diplomacy.jsonl")
    assert rows[1]["imported_from"] == str(AP.resolve())


def test_sources_remove_asks_or_needs_yes(run: Any, library: Path) -> None:
    run("import", str(AP), "--add", "--publisher", "Associated Press")
    refused = run("sources", "remove", "associated press")  # not a terminal, no --yes
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert len(chronology_files(library)) == 1
    unknown = run("sources", "remove", "Reuters", "--yes")
    assert unknown.exit_code == 2 and "unknown source" in unknown.stderr
    removed = run("sources", "remove", "associated press", "--yes")
    assert removed.exit_code == 0 and "removed 'ap-2020-trump-kim-diplomacy'" in removed.stderr
    assert chronology_files(library) == []


def test_data_directory_and_globs_read_every_chronology(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    bundled = Path(__file__).parents[1] / "data" / "chronology.jsonl"
    lines = bundled.read_text().splitlines()
    (folder / "a.jsonl").write_text("\n".join(lines[:50]) + "\n")
    (folder / "b.jsonl").write_text("\n".join(lines[50:]) + "\n")
    (folder / ".b.jsonl.123.tmp").write_text("not read")
    for data in (str(folder), str(folder / "*.jsonl")):
        result = run("stats", "--by", "source", "--data", data)
        assert (
            result.stdout == f"US-Korea Relations: Gaps Widen, Tensions Rise\t{BUNDLED_EVENTS}\n"
        ), data
    nothing = run("range", "--data", str(folder / "*.csv"))
    assert nothing.exit_code == 2 and "no file matches" in nothing.stderr


def test_python_api_opens_the_library(library: Path) -> None:
    ktimeline.import_chronology(
        AP, add=ktimeline.LibraryEntry(publisher="Associated Press"), library=library
    )
    timeline = ktimeline.open(library=True)
    assert [s.name for s in timeline.sources()] == ["bundled", "ap-2020-trump-kim-diplomacy"]
    assert len(timeline.events(sources="Associated Press")) == 7
    assert (
        len(ktimeline.open().events()) == BUNDLED_EVENTS
    )  # without library=True: the bundled data
    assert len(ktimeline.open(library=library).events()) == BUNDLED_EVENTS + 7


ADD_SCRIPT = """
import sys, time
from pathlib import Path
from ktimeline.library import add_source
from ktimeline.loader import load_chronology

events = load_chronology([sys.argv[2]]).events
def make(taken):
    print("making", flush=True)  # (in the add: its slow part)
    time.sleep(float(sys.argv[3]))
    return events
add_source(Path(sys.argv[1]), make, title=sys.argv[4], address=None, sha256=sys.argv[4])
"""


def _add_process(library: Path, data: Path, pause: float, title: str) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", ADD_SCRIPT, str(library), str(data), str(pause), title],
        env=environment, stdout=subprocess.PIPE,
    )  # fmt: skip


def _split_bundled(tmp_path: Path) -> tuple[Path, Path]:
    lines = (Path(__file__).parents[1] / "data" / "chronology.jsonl").read_text().splitlines()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(lines[:40]) + "\n")
    second.write_text("\n".join(lines[40:]) + "\n")
    return first, second


def test_two_adds_at_once_both_land(library: Path, tmp_path: Path) -> None:
    first, second = _split_bundled(tmp_path)
    processes = [_add_process(library, first, 0.5, "one"), _add_process(library, second, 0.5,
                                                                         "two")]  # fmt: skip
    assert [process.wait(60) for process in processes] == [0, 0]
    assert sorted(s.events for s in library_sources(library)) == [40, BUNDLED_EVENTS - 40]


def test_a_kill_during_an_add_leaves_the_library_as_before(library: Path, tmp_path: Path) -> None:
    first, second = _split_bundled(tmp_path)
    add_source(library, lambda taken: ktimeline.open(first).events(), title="one",
               address=None, sha256="one")  # fmt: skip
    before = {path.name: path.read_bytes() for path in chronology_files(library)}
    process = _add_process(library, second, 30, "two")
    assert process.stdout is not None
    assert process.stdout.readline() == b"making\n"  # in the add, making its events
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert {path.name: path.read_bytes() for path in chronology_files(library)} == before
    # and the next add is not locked out
    add_source(library, lambda taken: ktimeline.open(second).events(), title="two",
               address=None, sha256="two", timeout=5)  # fmt: skip
    assert sorted(s.events for s in library_sources(library)) == [40, BUNDLED_EVENTS - 40]


def test_a_failure_while_writing_leaves_the_library_as_before(
    library: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, _ = _split_bundled(tmp_path)

    def broken(descriptor: int) -> None:  # Ctrl-C while the events are being written
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(KeyboardInterrupt):
        add_source(library, lambda taken: ktimeline.open(first).events(), title="one",
                   address=None, sha256="one")  # fmt: skip
    assert chronology_files(library) == []
    assert [p for p in library.iterdir() if p.suffix == ".tmp"] == []


def _remove_on_a_terminal(answer: bytes) -> tuple[int, bytes]:
    """`sources remove` with a pseudo-terminal for its input and output, answering."""
    import pty

    controller, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "ktimeline", "sources", "remove", "associated press"],
        stdin=follower, stdout=follower, stderr=follower, close_fds=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")},
    )  # fmt: skip
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 60
    while b"?" not in seen and time.monotonic() < deadline:  # the question
        seen += os.read(controller, 1024)
    os.write(controller, answer + b"\n")
    code = process.wait(60)
    with contextlib.suppress(OSError):
        while chunk := os.read(controller, 1024):
            seen += chunk
    os.close(controller)
    return code, seen


def test_sources_remove_asks_on_a_terminal(run: Any, library: Path) -> None:
    run("import", str(AP), "--add", "--publisher", "Associated Press")
    code, shown = _remove_on_a_terminal(b"n")
    assert code == 1 and b"Remove 'ap-2020-trump-kim-diplomacy'" in shown
    assert b"nothing removed" in shown and len(chronology_files(library)) == 1
    code, shown = _remove_on_a_terminal(b"y")
    assert code == 0 and chronology_files(library) == []


def test_sources_of_one_title_have_names_of_their_own(run: Any, library: Path) -> None:
    """A title another source has: the new source is "title (publisher)", else (the same
    publisher too) "title (file name)"; names stay as they are when a source is imported
    again, and each selects its own events."""

    def add(path: Path, publisher: str, address: str) -> None:
        result = run("import", str(path), "--add", "--source-title", "Korea timeline",
                     "--publisher", publisher, "--address", address)  # fmt: skip
        assert result.exit_code == 0, result

    add(UPI, "UPI", "https://a.example/upi")
    add(AP, "Associated Press", "https://a.example/ap")
    add(KYODO, "Associated Press", "https://a.example/kyodo")
    names = {s.name: s.label for s in library_sources(library)}
    assert sorted(names) == ["korea-timeline", "korea-timeline-2", "korea-timeline-3"]
    assert names == {
        "korea-timeline": "Korea timeline",
        "korea-timeline-2": "Korea timeline (Associated Press)",
        "korea-timeline-3": "Korea timeline (korea-timeline-3)",
    }
    by_source = dict(
        line.split("\t") for line in run("stats", "--by", "source").stdout.splitlines()
    )
    assert by_source == {
        "US-Korea Relations: Gaps Widen, Tensions Rise": str(BUNDLED_EVENTS),
        "Korea timeline": "4", "Korea timeline (Associated Press)": "7",
        "Korea timeline (korea-timeline-3)": "16",
    }  # fmt: skip
    only = run("range", "1900", "2100", "--source", "Korea timeline (Associated Press)")
    assert len(only.stdout.splitlines()) == 7
    # a source's own name selects it alone (though it is the others' title too)
    own = run("range", "1900", "2100", "--source", "korea timeline")
    assert len(own.stdout.splitlines()) == 4
    every = run("range", "1900", "2100", "--source", "Associated Press")  # a publisher: all
    assert len(every.stdout.splitlines()) == 7 + 16
    listed = run("sources", "-f", "json")
    assert sorted(row["source"] for row in json.loads(listed.stdout)) == sorted(
        ["US-Korea Relations: Gaps Widen, Tensions Rise", *names.values()]
    )
    add(UPI, "UPI", "https://a.example/upi")  # again: the same names
    add(AP, "Associated Press", "https://a.example/ap")
    assert {s.name: s.label for s in library_sources(library)} == names


def test_a_title_of_the_bundled_chronology_is_taken_too(run: Any, library: Path) -> None:
    title = "US-Korea Relations: Gaps Widen, Tensions Rise"
    result = run("import", str(UPI), "--add", "--source-title", title, "--publisher", "UPI")
    assert result.exit_code == 0, result
    [source] = library_sources(library)
    assert source.label == f"{title} (UPI)" and source.title == title


def test_distinct_names() -> None:
    from ktimeline.library import distinct_name

    assert distinct_name("T", "P", "t", ["Other"]) is None
    assert distinct_name("T", "P", "t-2", ["t"]) == "T (P)"  # compared in any case
    assert distinct_name("T", "P", "t-2", ["T", "T (P)"]) == "T (t-2)"
    assert distinct_name("T", None, "t-2", ["T"]) == "T (t-2)"
    assert distinct_name("T", "P", "t-2", ["T", "T (P)", "T (t-2)"]) == "T (t-2-2)"


def test_sources_says_which_files_share_one_name(run: Any, tmp_path: Path) -> None:
    """Files put together by hand (or several --data files) with one title keep it: the
    listing says --source cannot tell them apart; sources with names of their own pass."""
    folder = tmp_path / "mine"
    folder.mkdir()
    lines = (Path(__file__).parents[1] / "data" / "chronology.jsonl").read_text().splitlines()
    (folder / "a.jsonl").write_text("\n".join(lines[:30]) + "\n")
    (folder / "b.jsonl").write_text("\n".join(lines[30:]) + "\n")
    listed = run("sources", "--data", str(folder))
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == 2
    assert listed.stderr == (
        "note: sources a, b share the name 'US-Korea Relations: Gaps Widen, Tensions Rise': "
        "--source cannot tell them apart (a source added by import --add gets a name of its "
        "own)\n"
    )
    (folder / "b.jsonl").unlink()
    assert run("sources", "--data", str(folder)).stderr == ""


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Cronología de tres meses de crisis en Venezuela", "cronologia-de-tres-meses-de-crisis-en-venezuela"),
        ("Un mes del primer caso de covid-19 en Bogotá", "un-mes-del-primer-caso-de-covid-19-en-bogota"),
        ("Zeittafel: Die Gründung der Städte", "zeittafel-die-grundung-der-stadte"),
        ("Chronologie de l’affaire Dreyfus", "chronologie-de-l-affaire-dreyfus"),
        ("TIMELINE: Saga of North Korea's Yongbyon nuclear plant",
         "timeline-saga-of-north-korea-s-yongbyon-nuclear-plant"),  # as before
        ("年表", "source"),  # no Latin letter: the word that says what it is
    ],
)  # fmt: skip
def test_a_sources_name_keeps_its_accented_letters_as_letters(title: str, name: str) -> None:
    """An accented letter was a word break: "Cronología" named a source "cronolog-a",
    "Bogotá" "...-bogot"."""
    from ktimeline.library import name_for

    assert name_for(title, []) == name


def test_a_title_in_spanish_names_its_source_and_file(
    run: Any, library: Path, tmp_path: Path
) -> None:
    chronology = tmp_path / "cronologia.txt"
    chronology.write_text(
        "Cronología de la huelga en Córdoba\n\n"
        "3 de marzo de 2020: Los obreros de la fábrica se declaran en huelga.\n"
        "9 de marzo de 2020: La empresa y el sindicato firman un acuerdo.\n",
        encoding="utf-8",
    )
    result = run(
        "import", str(chronology), "--add", "--source-title", "Cronología de la huelga en Córdoba"
    )
    assert result.exit_code == 0, result.stderr
    assert "as 'cronologia-de-la-huelga-en-cordoba'" in result.stderr
    [path] = chronology_files(library)
    assert path.name == "cronologia-de-la-huelga-en-cordoba.jsonl"
    assert run("sources", "remove", "cronologia-de-la-huelga-en-cordoba", "--yes").exit_code == 0


def test_an_export_of_the_librarys_events_loads_again(
    run: Any, library: Path, tmp_path: Path
) -> None:
    """The README's promise: what a listing writes as jsonl loads again with --data. An
    actor the import met first (no knowledge base holds it) is in its source's actor file
    in the library, not in the export: the export was refused ("unknown actor 'Pedro
    Salas'", exit 2) until the library's actor files were asked too."""
    club = tmp_path / "club.txt"
    club.write_text(
        "Timeline of the club\n\n"
        "1902: Coach Miguel Ortega founds the football club in Madrid.\n"
        "1910: The club wins its first cup under captain Pedro Salas.\n",
        encoding="utf-8",
    )
    assert run("import", str(club), "--add").exit_code == 0
    [actors] = library.glob("*.actors.jsonl")
    new = [json.loads(line)["name"] for line in actors.read_text().splitlines()]
    assert new  # the import met a name no table holds
    listing = run("range", "1900", "1911", "-f", "jsonl")
    assert listing.exit_code == 0, listing.stderr
    export = tmp_path / "export.jsonl"
    export.write_text(listing.stdout, encoding="utf-8")
    again = run("range", "--data", str(export), "-f", "jsonl")
    assert again.exit_code == 0, again.stderr
    assert again.stdout == listing.stdout
    assert "Pedro Salas" in new
    found = run("range", "--data", str(export), "--actor", "Pedro Salas")
    assert found.exit_code == 0, found.stderr
    assert "1910" in found.stdout


def test_a_timeline_says_it_reads_the_library(library: Path, tmp_path: Path) -> None:
    """A notebook showed "<Timeline bundled>" for a timeline that reads the library too (and
    "<Timeline 'a.jsonl'>" for one that adds the bundled chronology to a file)."""
    assert repr(ktimeline.open()) == "<Timeline bundled>"
    assert repr(ktimeline.open(library=library)) == f"<Timeline bundled, library {str(library)!r}>"
    mine = tmp_path / "a.jsonl"
    assert repr(ktimeline.open(mine)) == f"<Timeline {str(mine)!r}>"
    assert repr(ktimeline.open(mine, bundled=True)) == f"<Timeline {str(mine)!r}, bundled>"


def test_an_add_closes_with_what_it_added_and_what_it_skipped(
    run: Any, library: Path, tmp_path: Path
) -> None:
    """import --add's closing line: the entries, the source's name and file in the library,
    then the lines skipped, as the other imports' closing lines say them."""
    text = tmp_path / "club.txt"
    text.write_text("1 May 1954: The club is founded.\nPage 2\n4 July 1954: The final.\n")
    result = run("import", str(text), "--add")
    assert result.exit_code == 0, result
    [source] = library_sources(library)
    assert result.stderr.splitlines()[-1] == (
        f"added 2 entries from {text} to the library as {source.name!r} ({source.path}); "
        "skipped 1 layout line (headers, footers, captions)"
    )


def test_sources_of_no_data_list_nothing_and_exit_1(run: Any) -> None:
    """An empty listing is valid but nothing: exit 1, as a query that matches nothing."""
    for format in ("plain", "json", "csv"):
        result = run("sources", "-f", format, env={"KTIMELINE_DATA": "-"}, input="")
        assert result.exit_code == 1, (format, result)


def test_a_listing_reads_an_events_source_as_the_loader_does(tmp_path: Path) -> None:
    """The listing reads the source an event cites with ``model.Source``, the one definition the
    loader reads it with: a source the loader refuses (here an unknown section) names nothing,
    and the next event's source names the file."""
    from ktimeline.library import file_names, summarize

    refused = {"section": "appendix", "title": "Refused"}
    read = {"section": "chronology", "title": "Read", "publication": "Gazette"}
    path = tmp_path / "two.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"e{n}", "date": "2019", "text": "t", "source": source}) + "\n"
            for n, source in enumerate((refused, read))
        ),
        "utf-8",
    )
    summary = summarize(path)
    assert (summary.title, summary.publisher, summary.source) == ("Read", "Gazette", "Read")
    assert summary.events == 2
    assert file_names([(path, None)]) == {"Read": ["two"]}


def test_sources_says_why_the_loader_refuses_a_files_source(run: Any, tmp_path: Path) -> None:
    """`sources` lists a file whose source the loader refuses (from the sources it reads) and
    says why, on stderr, in the loader's words and at its line: a query refuses the file."""
    path = write_jsonl(
        tmp_path / "refused.jsonl",
        [
            event(id="2019-11-05-read", source={"section": "chronology", "title": "Read"}),
            event(
                id="2019-11-06-refused", date="2019-11-06", source={"title": "T", "publisher": "P"}
            ),
        ],
    )
    reason = "source has unknown field 'publisher' (did you mean 'published'?)"
    queried = run("range", "2019", "--data", str(path))
    assert queried.exit_code == 2 and f"{path}:2: {reason}" in queried.stderr
    listed = run("sources", "--data", str(path), "-f", "jsonl")
    assert listed.exit_code == 0
    assert [(r["title"], r["events"]) for r in jsonl_records(listed.stdout)] == [("Read", 2)]
    assert listed.stderr == (
        f"note: {path}:2: {reason}: queries refuse this file until its source is mended\n"
    )
