"""An on-disk index of a large chronology file, so that queries need not read all of it.

The first query of a large file (see ``MIN_BYTES``) validates every line — as any load does —
and keeps what it learnt in an SQLite database in the user's cache directory: each event's
dates, id and place in the file, and a full-text index of its folded words and names. Later
queries of the same file look up only the lines they need: a month of a million events is
read in well under a second, where parsing every line takes a minute.

The index is keyed on the file's path, size, modification time and SHA-256 of its content
(checked on every use), and on the actors it was validated with. It holds no code and is
never unpickled: SQLite data only. ``--no-cache`` or ``KTIMELINE_CACHE=0`` turns it off;
``KTIMELINE_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
from contextlib import closing, suppress
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DataError, Problem
from .loader import bulk_allocation, fast_json_loads
from .schema import RecordError, event_from_record, trusted_event
from .text import fold, fold_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from .model import Event
    from .search import FuzzyQuery

INDEX_VERSION = "2"
MIN_BYTES = 2 * 1024 * 1024  # smaller files (a few thousand events) load in a moment
HASH_CHUNK = 4 * 1024 * 1024
BATCH = 5000
SCAN_BLOCK = 16 * 1024 * 1024
# The most vocabulary words one query word may expand to before prefix search takes over.
MAX_EXPANSION = 500


def cache_directory(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("KTIMELINE_CACHE_DIR"):
        return Path(env["KTIMELINE_CACHE_DIR"])
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "ktimeline"
    if os.name == "nt" and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / "ktimeline" / "Cache"
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ktimeline"


def caching_enabled(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get("KTIMELINE_CACHE", "1").strip().lower() not in ("0", "no", "off", "false")


def min_bytes(environ: Mapping[str, str] | None = None) -> int:
    env = os.environ if environ is None else environ
    value = env.get("KTIMELINE_CACHE_MIN_BYTES", "")
    return int(value) if value.isdigit() else MIN_BYTES


def fts5_available() -> bool:
    try:
        with closing(sqlite3.connect(":memory:")) as db:
            db.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        return True
    except sqlite3.Error:
        return False


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def actors_digest(known_actors: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(known_actors)).encode("utf-8")).hexdigest()


def names_of(event: Event) -> str:
    """The folded names an event holds as knowledge: actors and speakers, places, tags."""
    names = [*event.actors, *(s.speaker for s in event.statements), *event.places, *event.tags]
    return " | ".join(fold(name) for name in names)


def words_of(event: Event) -> str:
    return fold_text(" ".join([event.text, *(s.quote for s in event.statements)]))


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL, start TEXT NOT NULL, last TEXT NOT NULL,
    date TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL
);
CREATE VIRTUAL TABLE words USING fts5(text, names, content='', tokenize='unicode61');
CREATE VIRTUAL TABLE vocabulary USING fts5vocab(words, 'col');
CREATE TABLE terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX events_by_start ON events (start, n);
CREATE UNIQUE INDEX events_by_id ON events (id);
INSERT INTO terms SELECT term FROM vocabulary WHERE col = 'text';
"""


class EventIndex:
    """A validated chronology file and its index; reads events on demand."""

    def __init__(self, path: Path, db: sqlite3.Connection, known_actors: Mapping[str, Any]):
        self.path = path
        self.db = db
        self.known_actors = known_actors
        meta = dict(db.execute("SELECT key, value FROM meta"))
        self.count = int(meta["count"])
        self.longest_span = int(meta["longest_span"])
        self.tags: list[str] = json.loads(meta["tags"])
        self.places: list[str] = json.loads(meta["places"])
        self.indexed_digest = meta["sha256"]
        self._digest: list[str] = []
        self._hashing: threading.Thread | None = None

    def start_confirming(self) -> None:
        """Hash the file on another thread, while the query runs."""
        self._hashing = threading.Thread(
            target=lambda: self._digest.append(file_digest(self.path)), daemon=True
        )
        self._hashing.start()

    def confirm(self) -> bool:
        """Is the file's content the content that was indexed? (Waits for the hash.)"""
        if self._hashing is None:
            return True  # just built from this very content
        self._hashing.join()
        return bool(self._digest) and self._digest[0] == self.indexed_digest

    # --- reading events back --------------------------------------------------------------

    def _events(self, rows: Iterable[tuple[int, int]]) -> list[Event]:
        """Events at (offset, length) places of the file, in the order given."""
        loads = fast_json_loads()
        events = []
        # pread rather than mmap: as fast here, and the file's pages then do not count as
        # this process's memory (RSS).
        with self.path.open("rb") as stream, bulk_allocation():
            descriptor = stream.fileno()
            for offset, length in rows:
                events.append(trusted_event(loads(os.pread(descriptor, length, offset))))
        return events

    def _ordered(self, where: str, parameters: Sequence[Any]) -> list[Event]:
        rows = self.db.execute(
            f"SELECT offset, length FROM events WHERE {where} ORDER BY start, n", parameters
        ).fetchall()
        return self._events(rows)

    def between(self, first: date, last: date) -> list[Event]:
        """Events whose span overlaps first..last, in date order (as range lists them)."""
        earliest_start = (first - timedelta(days=self.longest_span)).isoformat()
        return self._ordered(
            "start >= ? AND start <= ? AND last >= ?",
            (earliest_start, last.isoformat(), first.isoformat()),
        )

    def all_events(self) -> list[Event]:
        return self._ordered("1", ())

    def containing(self, needle: str) -> list[Event]:
        """Events whose line holds ``needle`` in any case, in date order.

        For an ASCII needle without quote or backslash — characters JSON never escapes
        otherwise — this is a superset of the events an exact search matches, found by
        scanning the raw file without parsing it."""
        target = needle.lower().encode("ascii")
        found: list[tuple[int, int]] = []
        # Large blocks, lowercased and searched in C; only the lines hit are cut out.
        with self.path.open("rb") as stream:
            base, carry = 0, b""
            while block := stream.read(SCAN_BLOCK):
                block = carry + block
                end = block.rfind(b"\n") + 1 or len(block)
                whole, carry = block[:end].lower(), block[end:]
                at = whole.find(target)
                while at != -1:
                    start = whole.rfind(b"\n", 0, at) + 1
                    stop = whole.find(b"\n", at)
                    stop = len(whole) if stop == -1 else stop + 1
                    found.append((base + start, stop - start))
                    at = whole.find(target, stop)
                base += len(whole)
            if carry and target in carry.lower():
                found.append((base, len(carry)))
        events = self._events(found)
        return sorted(events, key=lambda event: event.start)  # stable: file order within a day

    def date_counts(self) -> list[tuple[str, int]]:
        """How many events have each date as written (enough for stats by month or week),
        counted by SQLite: a million events are a few thousand rows here."""
        return list(self.db.execute("SELECT date, count(*) FROM events GROUP BY date"))

    # --- search ---------------------------------------------------------------------------

    def _vocabulary(self) -> list[str]:
        """Every distinct word of the texts (kept at build time: fts5vocab scans the index)."""
        return [row[0] for row in self.db.execute("SELECT term FROM terms")]

    def candidates(self, query: FuzzyQuery) -> list[Event]:
        """A superset of the events that ``query`` matches, in date order.

        Each part of the query becomes an OR of what could satisfy it — a concept's names
        (as knowledge, or in the text), a word's matching vocabulary words and its prefix —
        and the parts are ANDed, as the scorer does; the scorer then decides."""
        groups = []
        vocabulary: list[str] | None = None
        for concept in query.concepts:
            options = [
                f'names:"{fold(name)}"'
                for name in (*concept.actors, *concept.places, *concept.tags)
            ]
            options += [f'text:"{name}"' for name in (*concept.names, *concept.phrases) if name]
            groups.append(" OR ".join(dict.fromkeys(options)))
        for scorer in query.free_words:
            if vocabulary is None:
                vocabulary = self._vocabulary()
            matching = [word for word in vocabulary if scorer(word) > 0]
            options = [f'text:"{word}"' for word in matching[:MAX_EXPANSION]]
            if len(matching) > MAX_EXPANSION or len(scorer.word) >= 4:
                options.append(f'text:"{scorer.word}"*')
            if not options:
                return []
            groups.append(" OR ".join(options))
        if not groups:
            return self.all_events()
        expression = " AND ".join(f"({group})" for group in groups)
        rows = self.db.execute(
            "SELECT offset, length FROM events WHERE n IN "
            "(SELECT rowid FROM words WHERE words MATCH ?) ORDER BY start, n",
            (expression,),
        ).fetchall()
        return self._events(rows)

    def around(self, ids: Sequence[str], context: int) -> list[tuple[Event, bool]]:
        """The events with these ids and ``context`` neighbours either side (show -C).

        Raises KeyError for an id that is not in the file."""
        positions = set()
        for event_id in ids:
            row = self.db.execute(
                "SELECT (SELECT count(*) FROM events AS e WHERE e.start < f.start OR "
                "(e.start = f.start AND e.n < f.n)) FROM events AS f WHERE f.id = ?",
                (event_id,),
            ).fetchone()
            if row is None:
                raise KeyError(event_id)
            positions.add(int(row[0]))
        wanted = sorted(
            {
                i
                for p in positions
                for i in range(max(0, p - context), min(self.count, p + context + 1))
            }
        )
        shown = []
        for position in wanted:
            row = self.db.execute(
                "SELECT offset, length FROM events ORDER BY start, n LIMIT 1 OFFSET ?", (position,)
            ).fetchone()
            (event,) = self._events([row])
            shown.append((event, position in positions))
        return shown


def _index_file(path: Path, directory: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]
    return directory / f"index-{key}.sqlite"


def open_index(
    path: Path,
    known_actors: Mapping[str, Any],
    *,
    environ: Mapping[str, str] | None = None,
    rebuild: bool = False,
) -> EventIndex | None:
    """The index of ``path``, built if needed; None when indexing does not apply.

    An index whose path, size, modification time and actors match is returned at once,
    while the file's SHA-256 is computed on another thread (hashlib releases the GIL):
    ``EventIndex.confirm`` then tells whether the content is what was indexed, before any
    answer is given from it. Raises DataError, with every problem, when the file is invalid
    (as a full load would).
    """
    if not caching_enabled(environ) or not fts5_available():
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    if not path.is_file() or stat.st_size < min_bytes(environ):
        return None
    target = _index_file(path, cache_directory(environ))
    wanted = {
        "version": INDEX_VERSION, "path": str(path.resolve()), "size": str(stat.st_size),
        "mtime_ns": str(stat.st_mtime_ns), "actors": actors_digest(known_actors),
    }  # fmt: skip
    db = None if rebuild else _open_existing(target, wanted)
    if db is not None:
        index = EventIndex(path, db, known_actors)
        index.start_confirming()
        return index
    wanted["sha256"] = file_digest(path)
    db = _build(path, target, known_actors, wanted)
    return EventIndex(path, db, known_actors) if db is not None else None


def _open_existing(target: Path, wanted: Mapping[str, str]) -> sqlite3.Connection | None:
    if not target.exists():
        return None
    try:
        db = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        meta = dict(db.execute("SELECT key, value FROM meta"))
    except sqlite3.Error:
        return None
    if all(meta.get(key) == value for key, value in wanted.items()):
        return db
    db.close()
    return None


def _build(
    path: Path, target: Path, known_actors: Mapping[str, Any], meta: Mapping[str, str]
) -> sqlite3.Connection | None:
    """Validate the whole file while writing its index; the index appears only if valid."""
    from .loader import DataSource, read_json_records

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # no cache directory: queries still work, from the file
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with suppress(FileNotFoundError):
        temporary.unlink()
    try:
        db = sqlite3.connect(temporary)
    except sqlite3.Error:
        return None
    problems: list[Problem] = []
    try:
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        first_seen: dict[str, int] = {}
        rows: list[tuple[Any, ...]] = []
        words: list[tuple[Any, ...]] = []
        longest = 0
        count = 0
        tags: set[str] = set()
        places: set[str] = set()
        source = DataSource(str(path), path)
        with bulk_allocation():
            for number, offset, length, value in read_json_records(source, problems):
                try:
                    event = event_from_record(value, known_actors)
                except RecordError as exc:
                    problems.append(Problem(str(path), number, str(exc)))
                    continue
                if event.id in first_seen:
                    problems.append(
                        Problem(
                            str(path),
                            number,
                            f"duplicate id {event.id!r} (also at {path}:{first_seen[event.id]})",
                        )
                    )
                    continue
                first_seen[event.id] = number
                if problems:
                    continue  # keep checking, stop indexing
                count += 1
                rows.append((count, event.id, event.start, event.end, event.date, offset, length))
                words.append((count, words_of(event), names_of(event)))
                span = (date.fromisoformat(event.end) - date.fromisoformat(event.start)).days
                longest = max(longest, span)
                tags.update(event.tags)
                places.update(event.places)
                if len(rows) >= BATCH:
                    _flush(db, rows, words)
        if problems:
            raise DataError(problems)
        _flush(db, rows, words)
        db.executescript(_INDEXES)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                *meta.items(),
                ("count", str(count)),
                ("longest_span", str(longest)),
                ("tags", json.dumps(sorted(tags))),
                ("places", json.dumps(sorted(places))),
            ],
        )
        db.commit()
        db.close()
        os.replace(temporary, target)
    except BaseException:
        db.close()
        with suppress(OSError):
            temporary.unlink()
        raise
    return sqlite3.connect(f"file:{target}?mode=ro", uri=True)


def _flush(
    db: sqlite3.Connection, rows: list[tuple[Any, ...]], words: list[tuple[Any, ...]]
) -> None:
    db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO words (rowid, text, names) VALUES (?, ?, ?)", words)
    rows.clear()
    words.clear()
