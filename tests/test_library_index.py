"""The library index: an answer through it (range, stats by month and week, fuzzy search)
equals the answer of reading the files, under random adds, edits, replacements and removals;
a damaged index is a cache miss."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import ktimeline
from ktimeline.api import Timeline

BUNDLED = Path(__file__).resolve().parents[1] / "data" / "chronology.jsonl"
RECORDS = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()]


def _records(tag: str, picks: list[int]) -> list[dict[str, Any]]:
    """Bundled records renamed for one file (ids unique across files), in the order picked."""
    chosen = []
    for number, pick in enumerate(dict.fromkeys(picks)):
        record = dict(RECORDS[pick % len(RECORDS)])
        record["id"] = f"{tag}-{number}-{record['id']}"[:120]
        # a source of its own: the bundled event it copies reports the same happening (on
        # its day, or for every third, a day later)
        record["source"] = {**record.get("source", {}), "title": f"Source {tag.split('-')[0]}"}
        if number % 3 == 1 and len(record["date"]) == 10 and "end_date" not in record:
            record["date"] = (date.fromisoformat(record["date"]) + timedelta(days=1)).isoformat()
        chosen.append(record)
    return chosen


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def _answers(library: Path, cache: Path, *, cached: bool) -> list[Any]:
    """Every question asked of the library, each of a new Timeline (as each command is of
    a new process: a Timeline that read the files whole answers from that reading)."""
    environ = {"KTIMELINE_CACHE_DIR": str(cache)}

    def ask(question: Any) -> Any:
        return _rows(lambda: question(Timeline(library=library, cache=cached, environ=environ)))

    return [
        ask(lambda timeline: timeline.between("2019-11")),
        ask(lambda timeline: timeline.between("2019-12-01", "2019-12-15", overlap=True)),
        ask(lambda timeline: timeline.stats("month")),
        ask(lambda timeline: timeline.stats("week")),
        *(
            ask(lambda timeline: timeline.search(query, mode=mode))  # noqa: B023 - called at once
            for query, mode in (
                ("missile test", "fuzzy"),
                ("Beigun", "fuzzy"),
                ("Kim Jong Un Sohae", "fuzzy"),
                ("GSOMIA", "fuzzy"),
                ("Biegun", "fuzzy"),
                ("Sohae", "exact"),
                ("kim jong", "exact"),
                ("’s", "exact"),
                ("Trump", "exact"),
                ("Moon|Esper", "regex"),
                ("^North", "regex"),
            )
        ),
        *(
            ask(lambda timeline: timeline.show(*ids, context=context))  # noqa: B023
            for ids, context in _shown(library)
        ),
        ask(lambda timeline: timeline.quotes()),
        ask(lambda timeline: timeline.quotes("denuclearization")),
        ask(lambda timeline: timeline.quotes(speaker="Trump")),
        ask(lambda timeline: timeline.quotes("Kim", mode="exact", since="2019-11")),
    ]


def _rows(question: Any) -> Any:
    """The rows of an answer as dicts (with what else it says), or the error it raised
    (other than DataError, which the caller compares)."""
    try:
        answer = question()
    except ktimeline.DataError:
        raise
    except ktimeline.KtimelineError as error:
        return ("error", type(error).__name__, str(error))
    return (
        [row.to_dict() for row in answer],
        answer.suggestions,
        [event.id for event in answer.unlisted],
        [event.id for event in answer.possible],
    )


def _shown(library: Path) -> list[tuple[list[str], int]]:
    """Ids to show: some of every file's (found by reading them), and an unknown one."""
    ids = [event.id for event in Timeline(library=library, cache=False).events()]
    return [
        (ids[::97][:3], 0),
        (ids[5::41][:4], 2),
        (ids[-2:], 3),
        (["not-an-id-of-these-files"], 0),
    ]


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "replace", "remove", "append"]),
        st.integers(0, 5),  # which file
        st.lists(st.integers(0, 200), min_size=0, max_size=12),  # which events
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25)
@given(operations=OPERATIONS)
def test_answers_through_the_index_equal_reading_the_files(
    tmp_path_factory: Any, operations: list[tuple[str, int, list[int]]]
) -> None:
    library = tmp_path_factory.mktemp("library")
    cache = tmp_path_factory.mktemp("cache")
    for step, (operation, which, picks) in enumerate(operations):
        path = library / f"source-{which}.jsonl"
        tag = f"s{which}-v{step}"
        if operation == "add" or (operation != "remove" and not path.exists()):
            _write(path, _records(tag, picks))
        elif operation == "edit":  # by hand, in place: the same inode
            with path.open("r+", encoding="utf-8") as stream:
                stream.seek(0)
                stream.truncate()
                stream.write("".join(json.dumps(r) + "\n" for r in _records(tag, picks)))
        elif operation == "append":
            with path.open("a", encoding="utf-8") as stream:
                stream.write("".join(json.dumps(r) + "\n" for r in _records(tag, picks)))
        elif operation == "replace":  # a new file renamed over the old one
            fresh = library / f".fresh-{which}.tmp"
            _write(fresh, _records(tag, picks))
            os.replace(fresh, path)
        elif operation == "remove" and path.exists():
            path.unlink()
        try:
            expected = _answers(library, cache, cached=False)
        except ktimeline.DataError as error:  # a duplicate id: the index must say the same
            try:
                _answers(library, cache, cached=True)
            except ktimeline.DataError as through_index:
                assert str(through_index) == str(error)
                continue
            raise AssertionError("the index answered where the files are in error") from None
        assert _answers(library, cache, cached=True) == expected, operations[: step + 1]


def test_only_the_file_added_is_read(tmp_path: Path, monkeypatch: Any) -> None:
    library, cache = tmp_path / "library", tmp_path / "cache"
    library.mkdir()
    for number in range(3):
        _write(library / f"s{number}.jsonl", _records(f"s{number}", list(range(number, 60, 3))))
    _answers(library, cache, cached=True)  # builds the index
    from ktimeline.index.library import LibraryIndex

    read: list[str] = []
    original = LibraryIndex._add

    def counting(self: LibraryIndex, path: Path, state: str, helped: Any = None) -> int:
        read.append(str(path))
        return original(self, path, state, helped)

    monkeypatch.setattr(LibraryIndex, "_add", counting)
    answered: list[int] = []  # ranges the index answered (not the files)
    between = LibraryIndex.between

    def counted(self: LibraryIndex, *days: Any) -> Any:
        answered.append(1)
        return between(self, *days)

    monkeypatch.setattr(LibraryIndex, "between", counted)
    _write(library / "s9.jsonl", _records("s9", [1, 2, 3]))
    timeline = Timeline(library=library, environ={"KTIMELINE_CACHE_DIR": str(cache)})
    assert len(timeline.between("2019-11")) > 0
    assert answered  # the file added checked against the others' ids, and the index used
    assert read == [str(library / "s9.jsonl")]
    assert _answers(library, cache, cached=True) == _answers(library, cache, cached=False)


def test_a_damaged_index_is_a_cache_miss(tmp_path: Path) -> None:
    library, cache = tmp_path / "library", tmp_path / "cache"
    library.mkdir()
    _write(library / "a.jsonl", _records("a", list(range(40))))
    expected = _answers(library, cache, cached=False)
    assert _answers(library, cache, cached=True) == expected
    [index] = cache.glob("library-*.sqlite")
    index.write_bytes(b"SQLite format 3\0" + os.urandom(4096))
    problems: list[Any] = []
    timeline = Timeline(library=library, environ={"KTIMELINE_CACHE_DIR": str(cache)},
                        on_cache_problem=problems.append)  # fmt: skip
    assert _rows(lambda: timeline.between("2019-11")) == expected[0]
    assert problems and problems[0].path == str(index)
    assert _answers(library, cache, cached=True) == expected  # built again


def test_a_line_changed_behind_the_index_is_not_trusted(tmp_path: Path) -> None:
    library, cache = tmp_path / "library", tmp_path / "cache"
    library.mkdir()
    path = library / "a.jsonl"
    _write(path, _records("a", list(range(40))))
    _answers(library, cache, cached=True)
    [index] = cache.glob("library-*.sqlite")
    with sqlite3.connect(index) as db:  # the index says another place for every line
        db.execute("UPDATE events SET offset = 0")
    assert _answers(library, cache, cached=True) == _answers(library, cache, cached=False)


def _assert_one_duplicate_error(library: Path, cache: Path, cached: tuple[bool, ...]) -> None:
    """The library's questions, asked through the index or not in the order ``cached`` gives,
    each fail with the same error of a duplicate id."""
    errors = []
    for through_index in cached:
        try:
            _answers(library, cache, cached=through_index)
        except ktimeline.DataError as error:
            errors.append(str(error))
    assert len(errors) == len(cached) and len(set(errors)) == 1 and "duplicate id" in errors[0]


def test_an_id_in_two_files_is_reported_as_the_files_report_it(tmp_path: Path) -> None:
    library, cache = tmp_path / "library", tmp_path / "cache"
    library.mkdir()
    _write(library / "a.jsonl", _records("same", [1, 2]))
    _answers(library, cache, cached=True)
    _write(library / "b.jsonl", _records("same", [1]))
    _assert_one_duplicate_error(library, cache, (False, True))


def test_an_id_used_twice_is_found_when_the_index_is_built_from_nothing(tmp_path: Path) -> None:
    """Built from nothing, the ids are compared as the files are read (not by the index of
    ids): twice in two files, twice in one file."""
    first, second = _records("same", [1, 2])
    for name, files in {
        "two files": {"a": [first, second], "b": [second]},
        "one file": {"a": [first, second, first]},
    }.items():
        library, cache = tmp_path / name / "library", tmp_path / name / "cache"
        library.mkdir(parents=True)
        for stem, records in files.items():
            _write(library / f"{stem}.jsonl", records)
        _assert_one_duplicate_error(library, cache, (True, False))


LINE_ENDS = st.sampled_from([b"\n", b"\r\n", b"\n\n", b"\n  \n", b"\n\t\r\n"])


@settings(max_examples=60)
@given(
    picks=st.lists(st.integers(0, 200), min_size=0, max_size=8),
    ends=st.lists(LINE_ENDS, min_size=8, max_size=8),
    bom=st.booleans(),
    final_newline=st.booleans(),
    leading_blank=st.booleans(),
)
def test_a_file_read_in_one_piece_gives_the_loaders_lines_and_places(
    tmp_path_factory: Any,
    picks: list[int],
    ends: list[bytes],
    bom: bool,
    final_newline: bool,
    leading_blank: bool,
) -> None:
    """``_read_quickly`` (a file split at its newlines) finds the lines, places and lengths
    the loader's reading finds, with a byte order mark, blank lines, CRLF and no newline
    at the end; the events read back at those places are the loader's."""
    from ktimeline.errors import Problems
    from ktimeline.index.library import LibraryIndex
    from ktimeline.loader import BOM, DataSource, load_vocabulary, read_records
    from ktimeline.schema import CHECKED_EVENTS

    path = tmp_path_factory.mktemp("quick") / "a.jsonl"
    lines = [json.dumps(record, ensure_ascii=False).encode() for record in _records("q", picks)]
    data = (b"\n" if leading_blank else b"") + b"".join(
        line + end for line, end in zip(lines, ends, strict=False)
    )
    if not final_newline:
        data = data.rstrip(b"\r\n \t")
    path.write_bytes((BOM if bom else b"") + data)
    known = load_vocabulary([]).actors
    index = LibraryIndex.__new__(LibraryIndex)
    index.known_actors = known
    quick = index._read_quickly(path)
    problems = Problems()
    slow = list(read_records(DataSource(str(path), path), CHECKED_EVENTS, problems, known))
    assert not problems and quick is not None
    assert [row[:3] for row in quick[0]] == [(o, size, v[0].id) for _, o, size, v in slow]
    raw = path.read_bytes()
    for offset, size, event_id, *_ in quick[0]:  # each place holds its line, whole
        line = raw[offset : offset + size].removeprefix(BOM)
        assert json.loads(line)["id"] == event_id and (offset + size == len(raw) or
                                                       raw[offset + size - 1 : offset + size] == b"\n")  # fmt: skip


def test_a_file_with_a_bad_line_is_read_as_the_loader_reads_it(tmp_path: Path) -> None:
    from ktimeline.index.library import LibraryIndex
    from ktimeline.loader import load_vocabulary

    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x"}\n', "utf-8")
    index = LibraryIndex.__new__(LibraryIndex)
    index.known_actors = load_vocabulary([]).actors
    assert index._read_quickly(path) is None


def _helped(monkeypatch: Any) -> dict[str, int]:
    """Every build of the index from here on reads with a forked helper, however few bytes
    there are; counts the files the helper's answers gave (``given``) and the helpers."""
    from ktimeline.index import library as library_index
    from ktimeline.index import writer

    counts = {"helpers": 0, "given": 0}
    make, rows = writer.helper, library_index._helped_rows

    def counted_helper(work: Any) -> Any:
        counts["helpers"] += 1
        return make(work)

    def counted_rows(pieces: Any, done: list[bool]) -> Any:
        for found in rows(pieces, done):
            counts["given"] += 1
            yield found

    monkeypatch.setattr(library_index, "HELP_FROM_BYTES", 0)
    # A worker of the test run may hold threads another test left (a full run under xdist
    # did), which makes the product decline to fork; the fork is what these tests are about,
    # and the child only reads files and writes its pipe.
    monkeypatch.setattr(writer, "_fork_is_safe", lambda: hasattr(os, "fork"))
    monkeypatch.setattr(writer, "helper", counted_helper)
    monkeypatch.setattr(library_index, "_helped_rows", counted_rows)
    return counts


def _parent_waits_for_helper(monkeypatch: Any, marker: Path) -> None:
    """This process reads its first file only once the helper has read one (so that both
    read some, whatever the machine's load), waiting at most 30 s, once."""
    import time

    from ktimeline.index.library import LibraryIndex

    parent, read, read_quickly = os.getpid(), LibraryIndex._read, LibraryIndex._read_quickly

    def marked(self: LibraryIndex, path: Path) -> Any:
        found = read_quickly(self, path)
        if os.getpid() != parent:
            marker.touch()
        return found

    def waiting(self: LibraryIndex, path: Path) -> Any:
        waited = time.monotonic()
        while not marker.exists() and not reads and time.monotonic() - waited < 30:
            time.sleep(0.01)
        reads.append(path)  # (only the first read of all waits)
        return read(self, path)

    reads: list[Path] = []

    monkeypatch.setattr(LibraryIndex, "_read_quickly", marked)
    monkeypatch.setattr(LibraryIndex, "_read", waiting)


def _index_rows(library: Path, cache: Path) -> list[Any]:
    """What the index holds: its files and events (but their numbers: the files may be
    added in another order)."""
    [location] = cache.glob("library-*.sqlite")
    with sqlite3.connect(location) as db:
        return [
            db.execute(
                "SELECT path, state, tags, places, longest, high - low FROM files ORDER BY path"
            ).fetchall(),
            db.execute(
                "SELECT path, n - low, offset, length, id, date, start, last, said "
                "FROM events JOIN files ON n BETWEEN low AND high ORDER BY path, n"
            ).fetchall(),
        ]


def test_a_library_read_by_two_processes_answers_as_its_files(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """A first build reads the last files in a forked helper: the same index as one process
    builds, and the same answers as reading the files."""
    library, cache = tmp_path / "library", tmp_path / "cache"
    library.mkdir()
    for number in range(6):
        _write(library / f"s{number}.jsonl", _records(f"s{number}", list(range(number, 90, 4))))
    expected = _answers(library, cache / "alone", cached=True)
    alone = _index_rows(library, cache / "alone")
    counts = _helped(monkeypatch)
    _parent_waits_for_helper(monkeypatch, tmp_path / "helper read")
    assert _answers(library, cache / "helped", cached=True) == expected
    assert counts["helpers"] == 1 and counts["given"] > 0
    assert _index_rows(library, cache / "helped") == alone
    assert expected == _answers(library, cache, cached=False)


def test_a_duplicate_id_across_the_two_processes_is_found(tmp_path: Path, monkeypatch: Any) -> None:
    """An id of a file this process reads, used again in one the helper reads."""
    library, cache = tmp_path / "library", tmp_path / "cache"
    library.mkdir()
    records = _records("x", list(range(40)))
    _write(library / "a.jsonl", records[:20])
    for number in range(4):
        _write(library / f"m{number}.jsonl", _records(f"m{number}", list(range(number, 40, 5))))
    _write(library / "z.jsonl", [*records[20:], records[3]])
    counts = _helped(monkeypatch)
    _parent_waits_for_helper(monkeypatch, tmp_path / "helper read")
    errors = []
    for cached in (True, False):
        try:
            _answers(library, cache, cached=cached)
        except ktimeline.DataError as error:
            errors.append(str(error))
    assert counts["given"] > 0
    assert len(errors) == 2 and errors[0] == errors[1] and "duplicate id" in errors[0]
    assert records[3]["id"] in errors[0]


def test_a_helper_that_fails_or_cannot_fork_changes_no_answer(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """The helper stops after its first file (or a bad line it leaves to this process, or
    no fork at all): this process reads what it did not give, and reports the bad line."""
    from ktimeline.index import writer
    from ktimeline.index.library import LibraryIndex

    library = tmp_path / "library"
    library.mkdir()
    for number in range(6):
        _write(library / f"s{number}.jsonl", _records(f"s{number}", list(range(number, 90, 4))))
    expected = _answers(library, tmp_path / "alone", cached=False)
    counts = _helped(monkeypatch)
    _parent_waits_for_helper(monkeypatch, tmp_path / "helper read")
    parent, read_quickly = os.getpid(), LibraryIndex._read_quickly
    read_in_child: list[int] = []  # (the child's copy: how many files it read)

    def failing(self: LibraryIndex, path: Path) -> Any:
        if os.getpid() != parent:
            read_in_child.append(1)
            if len(read_in_child) > 1:
                os._exit(3)  # killed after its first file
        return read_quickly(self, path)

    monkeypatch.setattr(LibraryIndex, "_read_quickly", failing)
    assert _answers(library, tmp_path / "failed", cached=True) == expected
    assert counts["helpers"] == 1 and counts["given"] == 1
    monkeypatch.setattr(LibraryIndex, "_read_quickly", read_quickly)
    monkeypatch.setattr(writer, "_fork_is_safe", lambda: False)
    assert _answers(library, tmp_path / "no fork", cached=True) == expected
    assert counts["helpers"] == 2 and counts["given"] == 1  # (the second made none)
    monkeypatch.undo()
    counts = _helped(monkeypatch)
    with (library / "s5.jsonl").open("a", encoding="utf-8") as file:
        file.write('{"id": "broken"\n')
    errors = []
    for cache in ("bad line", None):
        try:
            if cache is None:
                _answers(library, tmp_path / "x", cached=False)
            else:
                _answers(library, tmp_path / cache, cached=True)
        except ktimeline.DataError as error:
            errors.append(str(error))
    assert len(errors) == 2 and errors[0] == errors[1] and "s5.jsonl" in errors[0]
    assert counts["helpers"] == 1


def test_a_file_changed_during_a_build_in_two_processes_is_read_again(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """Every file's state is taken before any file is read: a file the helper has read,
    rewritten while the build goes on, is read again by the next question, whose index
    and answers are the files' as they are now."""
    from ktimeline.index.library import LibraryIndex

    library, cache = tmp_path / "library", tmp_path / "cache"
    library.mkdir()
    for number in range(6):
        _write(library / f"s{number}.jsonl", _records(f"s{number}", list(range(number, 90, 4))))
    counts = _helped(monkeypatch)
    _parent_waits_for_helper(monkeypatch, tmp_path / "helper read")  # (its first: s5)
    read = LibraryIndex._read

    def rewriting(self: LibraryIndex, path: Path) -> Any:
        found = read(self, path)  # (this process's first file, once the helper read s5)
        if not rewritten:
            _write(library / "s5.jsonl", _records("s5", list(range(100, 130))))
            rewritten.append(path)
        return found

    rewritten: list[Path] = []

    monkeypatch.setattr(LibraryIndex, "_read", rewriting)
    environ = {"KTIMELINE_CACHE_DIR": str(cache)}
    Timeline(library=library, environ=environ).between("1900")  # builds (reads no line back)
    assert counts["helpers"] == 1 and rewritten
    monkeypatch.undo()
    Timeline(library=library, environ=environ).between("2019-11")  # (the file read again)
    Timeline(library=library, environ={"KTIMELINE_CACHE_DIR": str(tmp_path / "new")}).between(
        "2019-11"
    )
    assert _index_rows(library, cache) == _index_rows(library, tmp_path / "new")
    assert _answers(library, cache, cached=True) == _answers(library, cache, cached=False)
