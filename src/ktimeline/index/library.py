"""One index over every chronology of a data choice: the bundled chronology and a library.

A library holds many files, most of them small; reading them all at every question costs
what reading one file of the same size costs, and nothing of it is kept. This index keeps,
in one SQLite file in the cache directory, every event's file, line, place in the file
(offset and length), id and dates, and per file what a question needs without its events
(tags, places). A question then reads only the lines it needs (a range: the events that
overlap it), from whichever files hold them.

Kept correct under every change, without trusting anything it did not check:

* each file is known by its path and ``stat`` (size, modification and change times in
  nanoseconds, inode): a file added, replaced (a rename gives a new inode), edited by hand
  (its change time moves even when its modification time is set back) or removed is seen
  at the next question, and only that file is read again (validated as the loader
  validates it) — the other files are not read;
* every line read back is decoded and checked again, and must hold the id the index says:
  otherwise the index is stale (``IndexStale``), dropped, and the answer comes from the files;
* a file with a problem, ids used twice across files, an index that cannot be opened, read
  or written (a damaged file, a full disk): the index is not used (``LibraryIndexUnusable``)
  and the question reads the files, which reports the problems as it always does.

So an answer through the index equals the answer of reading the files (tests/
test_library_index.py checks it with random adds, edits, replacements and removals).
Events of one day keep the order of the files given, then of their lines, as the loader's
stable sort leaves them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ktimeline.dates import SQL_ORDER_KEY
from ktimeline.errors import Problems
from ktimeline.index.store import OpenIndex, earliest, read_back, run_script, span_days
from ktimeline.loader import BOM, DataSource, bulk_allocation, read_records
from ktimeline.schema import CHECKED_EVENTS

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
    from datetime import date

    from ktimeline.model import Event
    from ktimeline.search import FuzzyQuery

# 11: "ß" folded as "ss"; 10: elided words also alone ("l’armée": larmee armee); 9: accents
# as marks
VERSION = "11"
ORDER = SQL_ORDER_KEY.format(column="date")
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    file INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, state TEXT NOT NULL,
    tags TEXT NOT NULL, places TEXT NOT NULL, longest INTEGER NOT NULL,
    low INTEGER NOT NULL, high INTEGER NOT NULL, words INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS events (
    n INTEGER PRIMARY KEY, file INTEGER NOT NULL, offset INTEGER NOT NULL,
    length INTEGER NOT NULL, id TEXT NOT NULL, date TEXT NOT NULL, start TEXT NOT NULL,
    last TEXT NOT NULL, said INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(text, names, tokenize='ascii');
CREATE VIRTUAL TABLE IF NOT EXISTS vocabulary USING fts5vocab(words, 'col');
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
"""
# A file's events are the rows n = low..high, in the order of its lines (numbered as they
# are inserted, in one statement). No other index of events is kept: by date or by id, a
# question scans the rows (10-20 ms at 100,000 events, measured), and building those
# indexes cost the first query of a library a tenth of its time (0.06 s of 0.8).
# The distinct words of the full-text rows, kept in ``terms`` (fts5vocab scans the whole
# index: 0.13 s at 100,000 events) and made again when words were added or files forgotten.
TERMS_AGAIN = (
    "DELETE FROM terms",
    "INSERT INTO terms SELECT term FROM vocabulary WHERE col = 'text'",
    "INSERT OR REPLACE INTO meta VALUES ('terms', 'current')",
)


@contextmanager
def _writing(db: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, the only writer at a time (readers wait their timeout):
    committed when the block ends, rolled back when anything stops it (an interrupt too)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        with suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


# A file's rows before they are numbered: (offset, length, id, date, start, last, said)
# each, then its tags and places (sorted) and its longest span in days.
FileRows = tuple[list[tuple[Any, ...]], list[str], list[str], int]
# Many files to read (a first build) are read in two processes from this many bytes on
# (``LibraryIndex._read_all``). On bench/library.py (500 files, 100,000 events, two idle
# cores) the first query took 0.41 s instead of 0.70 (CPU 0.695 s against 0.693). While
# other sessions keep both cores busy it gains nothing (Linux shares the CPU between
# sessions, not processes, when sched_autogroup is on) and costs ~0.03 s more CPU.
HELP_FROM_BYTES = 1 << 20


def _file_rows(checked: Iterable[tuple[int, int, Any]]) -> FileRows:
    """A file's rows (``FileRows``) from its checked events (offset, length, (record, span))."""
    rows = []
    tags: set[str] = set()
    places: set[str] = set()
    longest = 0  # days: the longest span, which bounds a range's search of the index
    for offset, length, (record, span) in checked:
        rows.append((offset, length, record.id, span[0], span[2], span[3],
                     bool(record.statements)))  # fmt: skip
        longest = max(longest, span_days(span[2], span[3]))
        if record.tags:
            tags.update(record.tags)
        if record.places:
            places.update(record.places)
    return rows, sorted(tags), sorted(places), longest


def _helped_rows(pieces: Iterable[bytes], done: list[bool]) -> Iterator[tuple[int, FileRows]]:
    """The (place, rows) a helper sent (``LibraryIndex._read_all``) of files not yet done;
    a file it left (None) or a piece not understood is not done (read here)."""
    import msgspec

    for piece in pieces:
        try:
            place, rows = msgspec.msgpack.decode(piece)
            if type(place) is int and place >= 0 and rows is not None and not done[place]:
                found = (rows[0], rows[1], rows[2], rows[3])
                done[place] = True
                yield place, found
        except (msgspec.DecodeError, ValueError, TypeError, IndexError):
            continue


class LibraryIndexUnusable(Exception):
    """The index cannot answer (a problem in a file, a duplicate id, an unusable index
    file): the question reads the files instead. ``reason`` says why, for a warning when it
    is the index's fault (``damaged``), silently when the files will report it."""

    def __init__(self, reason: str, damaged: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.damaged = damaged


class IndexStale(LibraryIndexUnusable):
    """A line read back is not the line indexed (changed between the check and the read)."""


def _state(path: Path) -> str:
    """What identifies a file's content here: size, modification and change times, inode."""
    found = path.stat()
    return f"{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}:{found.st_ino}"


def index_path(cache: Path, paths: Sequence[Path], known_actors: Collection[str]) -> Path:
    """The index of the directories these files are in (one per library), for one set of
    known actors (the files were validated against them)."""
    key = hashlib.sha256()
    parents = {os.path.dirname(os.path.abspath(path)) for path in paths}
    for directory in sorted({os.path.realpath(parent) for parent in parents}):
        key.update(directory.encode("utf-8", "surrogateescape") + b"\0")
    key.update(b"\1" + "\0".join(sorted(known_actors)).encode("utf-8", "surrogateescape"))
    return cache / f"library-{key.hexdigest()[:32]}.sqlite"


class LibraryIndex(OpenIndex):
    """The index, brought up to date with ``paths`` (see the module's docstring)."""

    def __init__(
        self, location: Path, paths: Sequence[Path], known_actors: Collection[str]
    ) -> None:
        self.paths = [Path(path) for path in paths]
        self.known_actors = known_actors
        try:
            location.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.db = sqlite3.connect(location, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise LibraryIndexUnusable(f"cannot open it: {error}", damaged=True) from None
        with suppress(OSError):
            os.chmod(location, 0o600)
        self.location = location
        try:
            self._refresh()
        except sqlite3.Error as error:
            self.close()
            with suppress(OSError):  # a damaged index: removed, built again next time
                location.unlink()
            raise LibraryIndexUnusable(f"cannot use it: {error}", damaged=True) from None
        except BaseException:
            self.close()
            raise

    # --- keeping it up to date ----------------------------------------------------------

    def _refresh(self) -> None:
        with bulk_allocation():  # one read of many events, however many files are read:
            self._refresh_files()  # the dates, names, sources they share parsed once

    def _refresh_files(self) -> None:
        db = self.db
        with _writing(db):  # one writer at a time; readers wait (timeout)
            try:
                meta = dict(db.execute("SELECT key, value FROM meta"))
            except sqlite3.OperationalError:  # a new index: no table yet
                meta = {}
            if meta.get("version") != VERSION:  # another layout (or none): made anew
                tables = db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite_%' ORDER BY sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                ).fetchall()
                for (table,) in tables:  # virtual ones first (they own shadow tables)
                    db.execute(f'DROP TABLE IF EXISTS "{table}"')
                run_script(db, SCHEMA)
                db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (VERSION,))
                meta = {}
            known = {path: (file, state) for file, path, state in
                     db.execute("SELECT file, path, state FROM files")}  # fmt: skip
            self.files: list[int] = []
            self._states: list[str] = []  # of the files chosen, as checked now
            added: list[int] = []
            # Built from nothing: the ids compared as they are read (``_add``).
            self._ids: set[str] | None = None if known else set()
            self._twice: str | None = None
            for path in self.paths:  # every state taken before any file is read
                try:
                    self._states.append(_state(path))
                except OSError as error:
                    raise LibraryIndexUnusable(f"{path}: {error.strerror}") from None
            to_read: list[tuple[int, Path, str]] = []  # (place in self.files, path, state)
            for path, state in zip(self.paths, self._states, strict=True):
                name = str(path)
                if name in known and known[name][1] == state:
                    self.files.append(known[name][0])
                    continue
                if name in known:
                    self._forget_file(known[name][0])
                to_read.append((len(self.files), path, state))
                self.files.append(0)  # (its number once added)
            # Read in any order (a file's number, not the order of adding, ranks it):
            for place, found in self._read_all([path for _, path, _ in to_read]):
                _, path, state = to_read[place]
                added.append(self._add(path, state, found))
                self.files[to_read[place][0]] = added[-1]
            for name, (file, _) in known.items():  # files gone: forgotten
                if not os.path.exists(name):
                    self._forget_file(file)
            db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (file INTEGER PRIMARY KEY, "
                       "rank INTEGER NOT NULL)")  # fmt: skip
            db.execute("DELETE FROM chosen")
            db.executemany(
                "INSERT OR IGNORE INTO chosen VALUES (?, ?)",
                [(file, rank) for rank, file in enumerate(self.files)],
            )
            twice = self._duplicate(meta, added)
        if twice is not None:  # the loader reports it, with both places
            raise LibraryIndexUnusable(f"duplicate id {twice[0]!r}")
        if len(set(self.files)) != len(self.files):
            raise LibraryIndexUnusable("a file given twice")

    def _duplicate(self, meta: dict[str, str], added: list[int]) -> tuple[str] | None:
        """An id used twice among the files chosen, or None. The files of the last choice
        checked are not checked again: only a file read just now is compared with the others
        (its ids looked for in the others); a choice holding other files is checked whole."""
        db = self.db
        checked = set(json.loads(meta.get("checked", "[]")))
        if not added and set(self.files) == checked:
            return None  # nothing new since the last check: nothing written either
        if self._ids is not None:  # every file read now, its ids compared as it was read
            twice = None if self._twice is None else (self._twice,)
        elif set(self.files) - checked <= set(added) and len(added) <= 20:
            twice = None
            for file in added:  # the ids of the new file looked for in the others
                twice = (
                    db.execute(
                        "SELECT id FROM events JOIN temp.chosen USING (file) WHERE file != ?1 "
                        "AND id IN (SELECT id FROM files JOIN events ON n BETWEEN low AND high "
                        "WHERE files.file = ?1) LIMIT 1",
                        (file,),
                    ).fetchone()
                    or db.execute(
                        "SELECT id FROM files JOIN events ON n BETWEEN low AND high "
                        "WHERE files.file = ? GROUP BY id HAVING COUNT(*) > 1 LIMIT 1",
                        (file,),
                    ).fetchone()
                )
                if twice is not None:
                    break
        else:
            twice = db.execute(
                "SELECT id FROM events JOIN temp.chosen USING (file) GROUP BY id "
                "HAVING COUNT(*) > 1 LIMIT 1"
            ).fetchone()
        if twice is None:
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('checked', ?)",
                (json.dumps(sorted(set(self.files))),),
            )
        return twice

    def _add(self, path: Path, state: str, found: FileRows | None = None) -> int:
        """Index the events of one file: ``found`` (its rows), or read and validated as the
        loader does."""
        rows, tags, places, longest = self._read(path) if found is None else found
        (low,) = self.db.execute("SELECT COALESCE(MAX(n), 0) + 1 FROM events").fetchone()
        cursor = self.db.execute(
            "INSERT INTO files (path, state, tags, places, longest, low, high) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(path), state, json.dumps(tags), json.dumps(places), longest, low,
             low + len(rows) - 1),
        )  # fmt: skip
        file = cursor.lastrowid
        assert file is not None
        if self._ids is not None and self._twice is None:
            ids = {row[2] for row in rows}
            if len(ids) != len(rows) or not self._ids.isdisjoint(ids):
                seen = set(self._ids)
                for row in rows:
                    if row[2] in seen:
                        self._twice = row[2]
                        break
                    seen.add(row[2])
            self._ids |= ids
        self.db.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(n, file, *row) for n, row in enumerate(rows, low)],
        )
        return file

    def _read(self, path: Path) -> FileRows:
        """The rows of one file, read and validated as the loader does (quickly when every
        line is good). Raises LibraryIndexUnusable for a problem (the files are then read,
        and report every problem)."""
        quickly = self._read_quickly(path)
        if quickly is not None:
            return quickly
        problems = Problems()
        source = DataSource(str(path), str(path))
        found = _file_rows(
            checked[1:]
            for checked in read_records(source, CHECKED_EVENTS, problems, self.known_actors)
        )
        if problems:
            raise LibraryIndexUnusable(f"{path}: {problems[0]}")
        return found

    def _read_all(self, paths: Sequence[Path]) -> Iterator[tuple[int, FileRows]]:
        """(place in ``paths``, rows) of every file, read and checked: in two processes
        when there are many bytes to read and a fork is safe here. This process reads from
        the first file on, a forked helper from the last one back, until they meet (the
        helper then takes whatever share of the files the machine's load gives it); what the
        helper sends is inserted here as it comes. A file the helper did not send (a line it
        leaves to the loader's reading, a helper that failed) is read here."""
        from ktimeline.index.writer import helper

        total = 0
        for path in paths:
            with suppress(OSError):
                total += path.stat().st_size
        running = None
        if len(paths) > 1 and total >= HELP_FROM_BYTES:
            import mmap

            import msgspec

            reached = mmap.mmap(-1, 16)  # shared: [this process's next, the helper's last]
            reached[8:16] = len(paths).to_bytes(8, "little")
            self._parts  # noqa: B018 (made once, before the fork, for both processes)

            def work() -> Iterator[bytes]:  # (in the helper) each a msgpack (place, rows)
                for place in range(len(paths) - 1, -1, -1):
                    if place < int.from_bytes(reached[0:8], "little"):
                        return  # (read here: at worst a file is read by both)
                    reached[8:16] = place.to_bytes(8, "little")
                    yield msgspec.msgpack.encode((place, self._read_quickly(paths[place])))

            running = helper(work)
        done = [False] * len(paths)
        try:
            for place, path in enumerate(paths):
                if running is not None:
                    if place >= int.from_bytes(reached[8:16], "little"):
                        break  # the helper has it
                    reached[0:8] = (place + 1).to_bytes(8, "little")
                done[place] = True
                yield place, self._read(path)
                if running is not None:
                    yield from _helped_rows(running.ready(), done)
            if running is not None:
                yield from _helped_rows(running.rest(), done)
            for place, path in enumerate(paths):  # what the helper did not send
                if not done[place]:
                    done[place] = True
                    yield place, self._read(path)
        finally:
            if running is not None:
                running.close()

    @cached_property
    def _parts(self) -> tuple[Callable[[bytes], Any], Callable[[Any], Any]]:
        return CHECKED_EVENTS.parts(self.known_actors)

    def _read_quickly(self, path: Path) -> FileRows | None:
        """The rows of a file whose every line is a good record (or blank), read in one
        piece and split at its newlines: the loader's places and lengths, without a
        ``readline`` call per line (0.7 s of 100,000 events), each line checked as the
        loader checks it and made into its row at once. None for anything else — a line the
        loader would report, or read another way, or one too long — which is then read as
        the loader reads it."""
        from ktimeline.loader import max_line_bytes

        limit = max_line_bytes()
        try:
            data = path.read_bytes() if path.stat().st_size <= 64 * limit else None
        except OSError:
            return None
        if data is None:
            return None
        bom = len(BOM) if data.startswith(BOM) else 0  # (kept in the first line's place)
        lines = data.split(b"\n")
        if not lines[-1]:  # after the last newline: no line
            lines.pop()
        lengths = [len(line) + 1 for line in lines]  # each with its newline
        if lengths and max(lengths) > limit:
            return None
        if lengths and not data.endswith(b"\n"):
            lengths[-1] -= 1  # the last line has no newline
        if bom:
            lines[0] = lines[0][bom:]
        decode, build = self._parts
        checked: list[tuple[int, int, Any]] = []
        offset = 0
        for line, length in zip(lines, lengths, strict=True):
            try:
                built = build(decode(line))
            except Exception:  # any line not simply good (or blank): looked at again
                if line.strip():
                    return None  # the loader's reading decides
                offset += length
                continue
            checked.append((offset, length, built))
            offset += length
        return _file_rows(checked)  # (the helper's reading makes its rows the same way)

    def _forget_file(self, file: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('terms', 'stale')")
        low, high = self.db.execute(
            "SELECT low, high FROM files WHERE file = ?", (file,)
        ).fetchone()
        self.db.execute("DELETE FROM words WHERE rowid BETWEEN ? AND ?", (low, high))
        self.db.execute("DELETE FROM events WHERE n BETWEEN ? AND ?", (low, high))
        self.db.execute("DELETE FROM files WHERE file = ?", (file,))

    # --- what a question reads --------------------------------------------------------------

    @property
    def tags(self) -> list[str]:
        return self._names("tags")

    @property
    def places(self) -> list[str]:
        return self._names("places")

    def _names(self, column: str) -> list[str]:
        names: set[str] = set()
        for (value,) in self.db.execute(
            f"SELECT {column} FROM files JOIN temp.chosen USING (file)"
        ):
            names.update(json.loads(value))
        return sorted(names)

    def _ordered(self, where: str, parameters: Sequence[object]) -> list[Event]:
        rows = self.db.execute(
            "SELECT file, offset, length, id FROM events JOIN temp.chosen USING (file) "
            f"WHERE {where} ORDER BY {ORDER}, rank, n",  # the loader's order
            parameters,
        ).fetchall()
        return self._events(rows)

    def between(self, first: date, last: date) -> list[Event]:
        """Events whose span overlaps first..last, in listing order: those that start at
        most the longest span before ``first``."""
        (longest,) = self.db.execute(
            "SELECT COALESCE(MAX(longest), 0) FROM files JOIN temp.chosen USING (file)"
        ).fetchone()
        return self._ordered(
            "start >= ? AND start <= ? AND last >= ?",
            (earliest(first, longest), last.isoformat(), first.isoformat()),
        )

    def with_statements(self) -> list[Event]:
        """The events that hold statements (all that ``quotes`` reads), in listing order."""
        return self._ordered("said", ())

    def around(self, ids: Sequence[str], context: int) -> list[tuple[Event, bool]] | None:
        """The events with these ids and ``context`` neighbours either side in listing
        order (``show -C``), each with whether it was asked for; None when an id is not in
        the files chosen (the files are then read, for the error and its nearest ids)."""
        db = self.db
        columns = f"{ORDER} AS k, rank, n, file, offset, length, id"
        wanted: dict[int, tuple[Any, ...]] = {}
        asked: set[int] = set()
        for event_id in ids:
            row = db.execute(
                f"SELECT {columns} FROM events JOIN temp.chosen USING (file) WHERE id = ?",
                (event_id,),
            ).fetchone()
            if row is None:
                return None
            asked.add(row[2])
            wanted[row[2]] = row
            for comparison, order in (("<", "DESC"), (">", "ASC")):
                if context:
                    for near in db.execute(
                        f"SELECT {columns} FROM events JOIN temp.chosen USING (file) "
                        f"WHERE (k, rank, n) {comparison} (?, ?, ?) "
                        f"ORDER BY k {order}, rank {order}, n {order} LIMIT ?",
                        (*row[:3], context),
                    ):
                        wanted[near[2]] = near
        rows = sorted(wanted.values())  # the listing order: (order key, rank, n)
        events = self._events([row[3:] for row in rows])
        return [(event, row[2] in asked) for event, row in zip(events, rows, strict=True)]

    def containing(self, needle: str) -> list[Event]:
        """A superset of the events an exact (case-insensitive) search for ``needle``
        matches, in listing order: the lines of the files chosen that a scan of their raw
        bytes finds (``index.store.exact_markers``: no line parsed), every event for a
        needle the scan cannot look for. Each file's state is confirmed after the scan: a
        file changed meanwhile makes the index stale (its lines may have moved)."""
        from ktimeline.index.store import exact_markers, scan_lines

        markers = exact_markers(needle)
        if markers is None:
            return self.all_events()
        paths = dict(self.db.execute("SELECT file, path FROM files JOIN temp.chosen USING (file)"))
        found: list[tuple[int, int]] = []
        for file in self.files:
            try:
                lines = scan_lines(Path(paths[file]), markers)
            except OSError as error:
                raise IndexStale(f"cannot read a file: {error.strerror}") from None
            found += [(file, offset) for offset in lines]
        self._confirm()
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS found (file INTEGER, offset INTEGER)")
        db.execute("DELETE FROM temp.found")
        db.executemany("INSERT INTO temp.found VALUES (?, ?)", found)
        # (A line found that the index does not know is blank: every other line of a file
        # as it was checked is an event.)
        return self._ordered("(file, offset) IN (SELECT file, offset FROM temp.found)", ())

    def _confirm(self) -> None:
        """Every file chosen still as it was checked (a read of the files themselves, not
        through the index's places, must be of the content indexed)."""
        for path, state in zip(self.paths, self._states, strict=True):
            try:
                now = _state(path)
            except OSError as error:
                raise IndexStale(f"{path}: {error.strerror}") from None
            if now != state:
                raise IndexStale(f"{path} changed")

    def date_counts(self) -> list[tuple[str, int]]:
        """(date as written, number of events) of every file chosen."""
        return list(self.db.execute(
            "SELECT date, COUNT(*) FROM events JOIN temp.chosen USING (file) GROUP BY date"
        ))  # fmt: skip

    # --- search ---------------------------------------------------------------------------

    def _ensure_words(self) -> None:
        """The full-text rows (the folded words and names ``index.store`` indexes) of every
        file chosen that lacks them: built by the first search, then kept up to date file by
        file (a file read again loses its rows, and gets them at the next search)."""
        from ktimeline.index.store import names_of, words_of

        db = self.db
        missing = [file for (file,) in db.execute(
            "SELECT file FROM files JOIN temp.chosen USING (file) WHERE words = 0"
        )]  # fmt: skip
        if not missing:
            return
        with _writing(db):  # (another search may have built them meanwhile)
            missing = [file for (file,) in db.execute(
                "SELECT file FROM files JOIN temp.chosen USING (file) WHERE words = 0"
            )]  # fmt: skip
            for file in missing:
                rows = db.execute(
                    "SELECT n, events.file, offset, length, id FROM files JOIN events "
                    "ON n BETWEEN low AND high WHERE files.file = ? ORDER BY n",
                    (file,),
                ).fetchall()
                events = self._events([row[1:] for row in rows])
                db.executemany(
                    "INSERT INTO words (rowid, text, names) VALUES (?, ?, ?)",
                    [(row[0], words_of(event), names_of(event))
                     for row, event in zip(rows, events, strict=True)],
                )  # fmt: skip
                db.execute("UPDATE files SET words = 1 WHERE file = ?", (file,))
            for statement in TERMS_AGAIN:
                db.execute(statement)

    def words(self) -> list[str]:
        """Every folded word of the texts and quotes indexed (of the library's files: a
        superset of the chosen ones', enough to expand a query's words)."""
        try:
            self._ensure_words()
            db = self.db
            current = db.execute("SELECT value FROM meta WHERE key = 'terms'").fetchone()
            if current != ("current",):
                with _writing(db):
                    for statement in TERMS_AGAIN:
                        db.execute(statement)
            return [term for (term,) in db.execute("SELECT term FROM terms")]
        except sqlite3.Error as error:
            raise LibraryIndexUnusable(f"cannot search it: {error}", damaged=True) from None

    def candidates(self, queries: Iterable[FuzzyQuery]) -> list[Event]:
        """As a file's index finds them (``OpenIndex.candidates``); a database error makes the
        index unusable."""
        try:
            return super().candidates(queries)
        except sqlite3.Error as error:
            raise LibraryIndexUnusable(f"cannot search it: {error}", damaged=True) from None

    def _matching(self, expression: str) -> list[Event]:
        return self._ordered("n IN (SELECT rowid FROM words WHERE words MATCH ?)", (expression,))

    def _events(self, rows: Sequence[tuple[int, int, int, str]]) -> list[Event]:
        """The events at these places, checked again as they are read, in the order given."""
        paths = dict(self.db.execute("SELECT file, path FROM files JOIN temp.chosen USING (file)"))
        streams: dict[int, int] = {}
        events: list[Event] = []
        try:
            with bulk_allocation():
                for file, offset, length, event_id in rows:
                    if file not in streams:
                        streams[file] = os.open(paths[file], os.O_RDONLY)
                    raw = os.pread(streams[file], length, offset)
                    event = read_back(raw, offset, self.known_actors)
                    if event is None:
                        raise IndexStale(f"the line of {event_id!r} changed")
                    if event.id != event_id:
                        raise IndexStale(f"{paths[file]} changed")
                    events.append(event)
        except OSError as error:
            raise IndexStale(f"cannot read a file: {error.strerror}") from None
        finally:
            for descriptor in streams.values():
                os.close(descriptor)
        return events

    def forget(self) -> None:
        """Drop what the index holds (a stale read): built again at the next question."""
        with suppress(sqlite3.Error):
            self.db.execute("DELETE FROM words")
            self.db.execute("DELETE FROM events")
            self.db.execute("DELETE FROM files")
