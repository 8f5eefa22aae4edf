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
import re
import sqlite3
import stat
import sys
import threading
import time
from contextlib import closing, suppress
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ktimeline.dates import ORDER_PAD, SQL_ORDER_KEY, order_key
from ktimeline.errors import DataError, Problem, Problems
from ktimeline.folding import fold, fold_text, index_words
from ktimeline.immutable import Value
from ktimeline.index.writer import SQL, InOrder, RowWriter, open_writer
from ktimeline.loader import BOM, bulk_allocation
from ktimeline.progress import (
    ADD_WORDS,
    BUILD,
    BUILD_WITH_WORDS,
    EVERY_LINES,
    NO_PROGRESS,
    Progress,
    Task,
)
from ktimeline.schema import CHECKED_EVENTS, EVENTS, NotJSON, RecordError, no_key_twice
from ktimeline.settings import whole_number

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

    from ktimeline.model import Event
    from ktimeline.records import EventRecord
    from ktimeline.search import FuzzyQuery, WordScorer

# 8: "ß" folded as "ss"; 7: elided words also alone ("l’armée"); 6: decomposed accents folded
INDEX_VERSION = "8"
MIN_BYTES = 2 * 1024 * 1024  # smaller files (a few thousand events) load in a moment
HASH_CHUNK = 4 * 1024 * 1024
BATCH = 5000
SCAN_BLOCK = 16 * 1024 * 1024
# The cache directory's size cap: beyond it, the indexes used least recently are removed.
MAX_CACHE_BYTES = 2 * 1024 * 1024 * 1024
# The most vocabulary words one query word may expand to: beyond, those it begins are one
# prefix query, and if the others are still too many the word does not narrow the
# candidates (never cut: the candidates are a superset of the search's answer).
MAX_EXPANSION = 500
# The longest vocabulary word an exact search trusts the full-text index with: FTS5 keeps
# the first 32,768 bytes of a word (measured with SQLite 3.40.1), a quarter as many
# characters at worst.
LONGEST_WORD = 32768 // 4 - 1
# Events are listed in the loader's order: a partial date after the days of its period.
ORDER = SQL_ORDER_KEY.format(column="date")
# Non-ASCII characters that match an ASCII letter in a case-insensitive search (Python's re
# with IGNORECASE, the exact search's predicate); a test checks the table is complete.
ASCII_CASE_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# Non-ASCII characters whose composed form (NFC, which exact search compares: see
# ``search.literal_form``) is ASCII; a test checks the table is complete.
ASCII_CANONICAL = {"k": "\u212a", ";": "\u037e", "`": "\u1fef"}

T = TypeVar("T")
Opened = TypeVar("Opened", bound="OpenIndex")


class CacheProblem(Value):
    """Why an index could not be used (the CLI words the warning); the answer then comes
    from the file itself. ``action`` is "read" (a damaged or unreadable index) or "write"."""

    __slots__ = ("action", "path", "reason")
    action: str
    path: str  # the index file
    reason: str

    def __init__(self, action: str, path: str, reason: str) -> None:
        self._set(action=action, path=path, reason=reason)


class CacheFailure(Exception):
    """The index cannot be read or written: a cache miss, never a failed query."""

    def __init__(self, problem: CacheProblem) -> None:
        super().__init__(problem.reason)
        self.problem = problem


class IndexStale(Exception):
    """A line read through the index is not the line that was indexed."""


class SourceUnreadable(Exception):
    """The data file itself cannot be read: reading it whole says why, as without an index."""


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error) or type(error).__name__


def read_back(raw: bytes, offset: int, known_actors: Collection[str] | None) -> Event | None:
    """The event of a line read back through an index (``raw``, at ``offset`` in its file),
    checked again as the loader checks it (as cheap as trusting it): a BOM at the file's
    start passed over, JSON that only the json module reads (NaN) read by it. None when the
    line is not a good record: it changed since it was indexed (the index is stale). Used by
    the index of a file and by the library's (index/library.py)."""
    if offset == 0 and raw.startswith(BOM):
        raw = raw[len(BOM) :]
    try:
        return EVENTS.from_json(raw, known_actors)
    except RecordError:
        return None
    except NotJSON:
        pass
    try:
        return EVENTS.from_value(json.loads(raw, object_pairs_hook=no_key_twice), known_actors)
    except (ValueError, RecordError, RecursionError):
        return None


def span_days(start: str, last: str) -> int:
    """How many days an event's span (its first and last day, ISO) reaches past its start:
    the longest of a file's bounds how far before a range an event may start (``earliest``)."""
    return 0 if start == last else (date.fromisoformat(last) - date.fromisoformat(start)).days


def earliest(first: date, longest: int) -> str:
    """The earliest start (ISO) of an event whose span may reach ``first``, when no span is
    longer than ``longest`` days (never before year 1)."""
    reach = min(longest, (first - date.min).days)
    return (first - timedelta(days=reach)).isoformat()


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Each statement of ``script`` (separated by ";"), within the transaction that is open:
    ``executescript`` would commit it first."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


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
    """Off with ``KTIMELINE_CACHE=0`` (no, off, false), and with a cache that may hold
    nothing (``KTIMELINE_CACHE_MAX_BYTES=0``): no index is then written, nor read."""
    env = os.environ if environ is None else environ
    if env.get("KTIMELINE_CACHE", "1").strip().lower() in ("0", "no", "off", "false"):
        return False
    return max_cache_bytes(env) > 0


def max_cache_bytes(environ: Mapping[str, str] | None = None) -> int:
    return whole_number(
        "KTIMELINE_CACHE_MAX_BYTES", MAX_CACHE_BYTES, highest=2**62, environ=environ
    )


def min_bytes(environ: Mapping[str, str] | None = None) -> int:
    return whole_number("KTIMELINE_CACHE_MIN_BYTES", MIN_BYTES, highest=2**62, environ=environ)


def is_large(path: Path, environ: Mapping[str, str] | None = None) -> bool:
    """Is ``path`` a regular file large enough to be indexed (``min_bytes``)?"""
    return _large_file_stat(path, environ) is not None


def _large_file_stat(path: Path, environ: Mapping[str, str] | None) -> os.stat_result | None:
    """The stat of ``path`` when it is a regular file large enough to be indexed; else None."""
    try:
        stat_result = path.stat()
    except OSError:
        return None
    large = stat.S_ISREG(stat_result.st_mode) and stat_result.st_size >= min_bytes(environ)
    return stat_result if large else None


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


def names_of(event: Event | EventRecord) -> str:
    """The folded names an event holds as knowledge: actors and speakers, places, tags.
    (Of an event, or of its checked record: the same names, or None for none.)"""
    statements = event.statements or ()
    names = [*(event.actors or ()), *(s.speaker for s in statements), *(event.places or ()),
             *(event.tags or ())]  # fmt: skip
    return " | ".join(map(fold, names))


def _searched_text(event: Event | EventRecord) -> str:
    """What search reads of an event (``search.searchable_text``, the one definition), from
    an event or from its checked record."""
    from ktimeline.search import searchable_text  # (search is imported for searches only)

    return searchable_text(event)


def words_of(event: Event | EventRecord) -> str:
    """The folded words of what search reads of the event."""
    return fold_text(_searched_text(event))


def _folded_rows(
    numbers: Sequence[int], events: Sequence[Event | EventRecord]
) -> list[tuple[int, str, str]]:
    """The full-text index's rows of these events (or checked records) at these rows: each
    ``(n, words, names_of(event))``, the words those of ``words_of(event)``, folded together
    (``index_words``: folding is most of what building a full-text index costs)."""
    from ktimeline.search import searchable_text

    words = index_words([searchable_text(event) for event in events])
    return [
        (n, text, names_of(event)) for n, text, event in zip(numbers, words, events, strict=True)
    ]


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL, start TEXT NOT NULL, last TEXT NOT NULL,
    date TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL
);
"""
# One index, in listing order: a range is a slice of it (see ``between``). It is made as the
# rows are written while they come nearly in its order (a chronology in date order, with
# its month- and year-only dates among the days: ``InOrder``). The index of ids is added by
# the first ``show`` (see ``EventIndex._ensure_id_lookup``), not by every file's first query.
_IN_ORDER = InOrder(
    f"CREATE INDEX events_in_order ON events ({ORDER}, n)",
    "DROP INDEX events_in_order",
    0,
    4,  # the row's date as written (see ``_write_rows``)
)
# The full-text index is built when a search first needs it, not by the first query of a
# file: a range or a count needs only the table above, which is built in a fifth of the time.
# It holds text already folded as ``folding.fold_text`` folds it (words of letters and
# digits, between spaces: ``folding.index_words``): the ``ascii`` tokenizer splits that at
# the spaces and changes nothing else, so its words are exactly the search's (``unicode61``
# folded again: "ς" became "σ", and hundreds of other characters split or changed; a test
# compares every code point). Its words are kept
# in memory up to 64 MB (``hashsize``; 1 MB by default) before a segment is written: fewer
# segments to merge, a third less time inserting (measured at 200,000 events); and no size
# of each row is kept (``columnsize=0``: only ranking functions, which no query uses, read
# them): 15% less.
_WORDS_SCHEMA = """
CREATE VIRTUAL TABLE words USING fts5(
    text, names, content='', columnsize=0, tokenize='ascii'
);
INSERT INTO words (words, rank) VALUES ('hashsize', 67108864);
CREATE VIRTUAL TABLE vocabulary USING fts5vocab(words, 'col');
CREATE TABLE terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
"""
_WORDS_FILLED = """
INSERT INTO terms SELECT term FROM vocabulary WHERE col = 'text';
INSERT OR REPLACE INTO meta VALUES ('words', '1');
"""
_INSERT_EVENT = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)"
_INSERT_WORDS = "INSERT INTO words (rowid, text, names) VALUES (?, ?, ?)"
_INSERT_META = "INSERT INTO meta VALUES (?, ?)"
_EVENTS_ONLY = SQL(_SCHEMA, (_INSERT_EVENT,), "", _INSERT_META, _IN_ORDER)
# The first query of a file being a search: events and full-text index in one pass.
_WITH_WORDS = SQL(
    _SCHEMA + _WORDS_SCHEMA, (_INSERT_EVENT, _INSERT_WORDS), _WORDS_FILLED, _INSERT_META,
    _IN_ORDER,
)  # fmt: skip
# How long a search waits for another process building the same full-text index.
WORDS_WAIT = 600.0
# How long ``show`` waits to add the index of ids before scanning the table instead.
ID_WAIT = 0.2
# The memory that building it may take for pages not yet written (a million events' full
# text index is about 160 MB): beyond it, SQLite writes them early and readers must wait.
WORDS_CACHE_KIB = 1024 * 1024
# How long a query waits for an index locked by another process before answering from the
# file (SQLite's default).
READ_WAIT = 5.0
# A file whose modification or change time is this close to the moment its content was read
# may have changed again within the same tick of the file system's clock (a few milliseconds
# on Linux, 2 s on FAT) without its times changing: its content is confirmed by its hash on
# every question, as git treats a "racily clean" file. Any other file is confirmed by its
# times (see ``stat_signature``).
RACY_NS = 3 * 10**9


def stat_signature(info: os.stat_result) -> str:
    """What changes whenever a file's content does: its size and modification time, and its
    change time (ctime), which the kernel sets on every write and on every change of the
    other times, and which no program can set back (short of changing the system's clock);
    its inode and device (replaced by a new file). An index whose file still has the
    signature it was confirmed with needs no hash."""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"


def settled(info: os.stat_result, read_from_ns: int) -> bool:
    """Was the file last changed well before ``read_from_ns``, when reading it began? Then
    any later change gives it another signature (see ``RACY_NS``)."""
    return max(info.st_mtime_ns, info.st_ctime_ns) < read_from_ns - RACY_NS


class _Digest:
    """The SHA-256 of a file, computed on another thread (hashlib releases the GIL) while
    this one goes on."""

    def __init__(self, path: Path) -> None:
        self._result: list[str | BaseException] = []
        self.started_ns = time.time_ns()  # (before the stat: see ``settled``)
        self.before: os.stat_result | None = None
        with suppress(OSError):
            self.before = path.stat()
        self._thread = threading.Thread(target=self._run, args=(path,), daemon=True)
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            self._result.append(file_digest(path))
        except BaseException as exc:  # raised by value(), on the main thread
            self._result.append(exc)

    def value(self) -> str:
        """The digest (waits for it). Raises SourceUnreadable when the file cannot be read."""
        self._thread.join()
        result = self._result[0]
        if isinstance(result, OSError):
            raise SourceUnreadable(_reason(result))
        if isinstance(result, BaseException):
            raise result
        return result


class OpenIndex:
    """What every open index does (``EventIndex`` over one large file, ``library.LibraryIndex``
    over a data choice's files): hold its SQLite connection ``db``, close it when a ``with``
    block ends (by an exception too), and list every event through ``_ordered``."""

    db: sqlite3.Connection

    def close(self) -> None:
        self.db.close()

    def __enter__(self: Opened) -> Opened:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _ordered(self, where: str, parameters: Sequence[Any]) -> list[Event]:
        """The events of the rows ``where`` chooses, in listing order."""
        raise NotImplementedError

    def all_events(self) -> list[Event]:
        return self._ordered("1", ())

    def _ensure_words(self) -> None:
        """The full-text index, built when a search first needs it."""
        raise NotImplementedError

    def words(self) -> list[str]:
        """Every distinct (folded) word of the texts and quotes indexed."""
        raise NotImplementedError

    def _matching(self, expression: str) -> list[Event]:
        """The events a full-text expression matches, in listing order."""
        raise NotImplementedError

    def candidates(self, queries: Iterable[FuzzyQuery]) -> list[Event]:
        """A superset of the events that any of ``queries`` matches (one per threshold the
        search scores at), in listing order (see ``match_expression``); the scorer then
        decides."""
        self._ensure_words()
        expression = match_expression(queries, self.words)
        if expression is None:
            return []
        if not expression:
            return self.all_events()
        return self._matching(expression)


class EventIndex(OpenIndex):
    """A validated chronology file and its index; reads events on demand.

    Nothing read through the index is trusted before ``confirm``: a line that does not parse,
    or holds another id than the index says, raises ``IndexStale``."""

    def __init__(
        self,
        path: Path,
        db: sqlite3.Connection,
        target: Path,
        known_actors: Collection[str] | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> None:
        self.path = path
        self.db = db
        self.target = target
        self.known_actors = known_actors  # what the file was checked with
        self.progress = progress  # told of the full-text index being added
        meta = dict(db.execute("SELECT key, value FROM meta"))
        self.count = int(meta["count"])
        self.longest_span = int(meta["longest_span"])
        self.tags: list[str] = json.loads(meta["tags"])
        self.places: list[str] = json.loads(meta["places"])
        self.indexed_digest = meta["sha256"]
        self.has_words = meta.get("words") == "1"
        self.trusted_signature = meta.get("trusted_stat", "")  # see ``stat_signature``
        self._hashing: _Digest | None = None

    def start_confirming(self) -> None:
        """Hash the file on another thread while the query runs."""
        self._hashing = _Digest(self.path)

    def confirm(self) -> bool:
        """Is the file's content the content that was indexed? (Waits for the hash.)

        Raises SourceUnreadable when the file cannot be read.

        A damaged index is caught by the reads themselves, not by ``PRAGMA quick_check``:
        SQLite refuses a malformed page it walks through (a cache miss, then rebuilt), and
        every line read is checked against the id the index holds for it. quick_check would
        add 1.0-2.1 s to every query of a million-event index (measured; 0.8 s for the events
        table alone), and it checks structure only, not the values it would protect."""
        if self._hashing is None:
            return True  # just built from this very content, or its signature unchanged
        fresh = bool(self._hashing.value() == self.indexed_digest)
        if fresh:
            self._trust(self._hashing)
        return fresh

    def _trust(self, hashing: _Digest) -> None:
        """Keep the signature of the file just hashed when it is settled and did not change
        while it was hashed: later questions are then confirmed by a stat, not a hash of
        the whole file (0.3 s at a million events). Best effort: a locked or read-only
        index only means hashing again next time."""
        before = hashing.before
        if before is None or not settled(before, hashing.started_ns):
            return
        try:
            if stat_signature(self.path.stat()) != stat_signature(before):
                return
            with closing(sqlite3.connect(self.target, timeout=0.1)) as db:
                db.execute(
                    "INSERT OR REPLACE INTO meta SELECT 'trusted_stat', ? "
                    "WHERE (SELECT value FROM meta WHERE key = 'sha256') = ?",
                    (stat_signature(before), self.indexed_digest),
                )
                db.commit()
        except (OSError, sqlite3.Error):
            pass

    # --- reading events back --------------------------------------------------------------

    def _events(self, rows: Iterable[tuple[int, int, str | None]]) -> list[Event]:
        """Events at (offset, length, id) places of the file, in the order given (an id of
        None: a line just found in the file, not looked up in the index)."""
        events = []
        # pread rather than mmap: as fast here, and the file's pages then do not count as
        # this process's memory (RSS).
        try:
            stream = self.path.open("rb")
        except OSError as exc:
            raise SourceUnreadable(_reason(exc)) from None
        with stream, bulk_allocation():
            descriptor = stream.fileno()
            for offset, length, event_id in rows:
                try:
                    raw = os.pread(descriptor, length, offset)
                except OSError as exc:
                    raise SourceUnreadable(_reason(exc)) from None
                event = read_back(raw, offset, self.known_actors)  # a stale line fails here
                if event is None or (event_id is not None and event.id != event_id):
                    raise IndexStale(event_id)
                events.append(event)
        return events

    def _ordered(self, where: str, parameters: Sequence[Any]) -> list[Event]:
        rows = self.db.execute(
            f"SELECT offset, length, id FROM events WHERE {where} ORDER BY {ORDER}, n", parameters
        ).fetchall()
        return self._events(rows)

    def between(self, first: date, last: date) -> list[Event]:
        """Events whose span overlaps first..last, in date order (as range lists them)."""
        earliest_start = earliest(first, self.longest_span)
        # In listing order, an event that starts by ``last`` comes no later than the end of
        # its year ("2019-99-99"), and one that starts on ``earliest_start`` or after no
        # earlier than that day: the slice of the index between, filtered exactly.
        return self._ordered(
            f"{ORDER} >= ? AND {ORDER} <= ? AND start >= ? AND start <= ? AND last >= ?",
            (
                earliest_start, f"{last.year:04d}{ORDER_PAD}", earliest_start,
                last.isoformat(), first.isoformat(),
            ),
        )  # fmt: skip

    def containing(self, needle: str) -> list[Event]:
        """A superset of the events an exact (case-insensitive) search for ``needle``
        matches, in date order; the search then decides on the decoded text.

        For a printable ASCII needle without quote or backslash the raw file is scanned
        without parsing it: a line is a candidate when it holds the needle in any ASCII case,
        a backslash (an escape such as ``\\u0026`` may hide any character), or a non-ASCII
        character that matches one of its letters regardless of case (the Kelvin sign
        matches k). Any other needle reads every event."""
        markers = exact_markers(needle)
        if markers is None:
            return self.all_events()
        indexed = self._indexed_containing(needle) if self.has_words else None
        if indexed is not None:
            return indexed
        found = scan_lines(self.path, markers)
        places = sorted(found.items())
        events = self._events([(offset, length, None) for offset, length in places])
        order = sorted(range(len(events)), key=lambda i: (order_key(events[i].date), places[i][0]))
        return [events[i] for i in order]  # date order, file order within a day

    def _indexed_containing(self, needle: str) -> list[Event] | None:
        """The events an exact search for ``needle`` may match, from the full-text index
        (when a search built it), in date order; None when the index cannot say.

        A needle of two or more ASCII letters and digits, found in any case in a text, a
        quote, an actor, a place or a tag, lies within one word of its folding
        (``fold_text`` keeps letters and digits together, lowercased, İ as i, the Kelvin
        sign as k, ſ as s, and ı as it is; only a lone "s" can vanish, with a possessive
        "'s"): so within a word of the index's vocabulary (``terms``), or of a name the
        file's events may hold (the actor table the file was checked with, its tags and
        places). None beyond ``MAX_EXPANSION`` words and names, without an actor table,
        or when a word may have been cut by the index (FTS5 keeps 32,768 bytes of one)."""
        if self.known_actors is None or len(needle) < 2 or not needle.isalnum():
            return None
        terms = self.words()
        if max(map(len, terms), default=0) > LONGEST_WORD:
            return None
        from ktimeline.search import SearchMode, query_pattern

        in_word = re.compile("".join("[iı]" if c == "i" else c for c in needle.lower())).search
        in_name = query_pattern(needle, SearchMode.EXACT).search  # (as the search)
        words = [term for term in terms if in_word(term)]
        names = [n for n in (*self.known_actors, *self.tags, *self.places) if in_name(n)]
        if len(words) + len(names) > MAX_EXPANSION:
            return None
        if not words and not names:
            return []
        options = [_phrase("text", word) for word in words]
        options += [_phrase("names", fold(name)) for name in names]
        return self._matching(" OR ".join(dict.fromkeys(options)))

    def date_counts(self) -> list[tuple[str, int]]:
        """How many events have each date as written (enough for stats by month or week),
        counted by SQLite: a million events are a few thousand rows here."""
        return list(self.db.execute("SELECT date, count(*) FROM events GROUP BY date"))

    # --- search ---------------------------------------------------------------------------

    def _ensure_words(self) -> None:
        """Build the full-text index (the first search of a file), once: events are read
        back in batches (each line checked against its id, as any read is) and their folded
        words and names written in one transaction, which another process building it at
        the same time waits for. Raises CacheFailure when it cannot be written."""
        if self.has_words:
            return
        try:
            with closing(self._writable()) as db:
                # Pages written stay in memory until the commit, so that the database is not
                # locked against readers meanwhile (only for the commit itself).
                db.execute(f"PRAGMA cache_size = -{WORDS_CACHE_KIB}")
                db.execute("BEGIN IMMEDIATE")
                done = db.execute("SELECT value FROM meta WHERE key = 'words'").fetchone()
                if done is None:
                    run_script(db, _WORDS_SCHEMA)
                    self._add_words(db)
                    run_script(db, _WORDS_FILLED)
                db.commit()
        except (sqlite3.Error, OSError) as exc:
            raise CacheFailure(CacheProblem("write", str(self.target), _reason(exc))) from None
        self.has_words = True

    def _add_words(self, db: sqlite3.Connection) -> None:
        """Fold the words and names of every event, read back in batches, into ``words``."""
        self.progress.begin(Task(ADD_WORDS, str(self.path), self.count, "events"))
        try:
            done = 0
            rows = db.execute("SELECT offset, length, id, n FROM events ORDER BY n")
            while batch := rows.fetchmany(BATCH):
                events = self._events([(o, length, i) for o, length, i, _ in batch])
                db.executemany(_INSERT_WORDS, _folded_rows([row[3] for row in batch], events))
                done += len(batch)
                self.progress.advance(done, done)
        finally:
            self.progress.end()

    def _ensure_id_lookup(self) -> None:
        """Index the events by id (the file's first ``show``; 0.4 s at a million events),
        once: a lookup is then immediate, where a scan of the table costs 0.1-0.3 s on every
        ``show``. The first query of a file does not pay for it (a range or a search never
        looks up an id). Best effort: an index that cannot be written now (read-only, or
        locked by a search adding its full-text index) is scanned, as before."""
        if self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'events_by_id'"
        ).fetchone():
            return
        with suppress(sqlite3.Error, OSError), closing(self._writable(ID_WAIT)) as db:
            db.execute("CREATE INDEX IF NOT EXISTS events_by_id ON events (id)")
            db.commit()

    def _writable(self, wait: float = WORDS_WAIT) -> sqlite3.Connection:
        return sqlite3.connect(self.target, timeout=wait)

    def words(self) -> list[str]:
        """Every distinct (folded) word of the texts and quotes (kept when the full-text
        index is built: fts5vocab scans the index); ``search.text_words`` gives the same
        from the events."""
        self._ensure_words()
        return [row[0] for row in self.db.execute("SELECT term FROM terms")]

    def _matching(self, expression: str) -> list[Event]:
        """The events a full-text expression matches, in date order."""
        rows = self.db.execute(
            "SELECT offset, length, id FROM events WHERE n IN "
            f"(SELECT rowid FROM words WHERE words MATCH ?) ORDER BY {ORDER}, n",
            (expression,),
        ).fetchall()
        return self._events(rows)

    def around(self, ids: Sequence[str], context: int) -> list[tuple[Event, bool]]:
        """The events with these ids and ``context`` neighbours either side (show -C), in
        date order: two bounded index walks per id, whatever the file's size.

        Raises KeyError for an id that is not in the file."""
        self._ensure_id_lookup()
        asked: set[int] = set()
        wanted: dict[int, tuple[str, int, int, int, str]] = {}  # n -> (order key, n, offset, ...)
        for event_id in ids:
            row = self.db.execute(
                f"SELECT {ORDER}, n, offset, length, id FROM events WHERE id = ?", (event_id,)
            ).fetchone()
            if row is None:
                raise KeyError(event_id)
            start, n = row[0], row[1]
            asked.add(n)
            wanted[n] = row
            # (Not a row value "(key, n) < (?, ?)": SQLite does not walk an expression's
            # index from a row value, and scanned half the table: 0.1 s at a million.)
            for comparison, order in (("<", "DESC"), (">", "ASC")):
                for near in self.db.execute(
                    f"SELECT {ORDER}, n, offset, length, id FROM events "
                    f"WHERE {ORDER} {comparison}= ? AND ({ORDER} {comparison} ? "
                    f"OR n {comparison} ?) ORDER BY {ORDER} {order}, n {order} LIMIT ?",
                    (start, start, n, context),
                ):
                    wanted[near[1]] = near
        rows = sorted(wanted.values())
        events = self._events([(offset, length, i) for _, _, offset, length, i in rows])
        return [(event, row[1] in asked) for event, row in zip(events, rows, strict=True)]


def match_expression(queries: Iterable[FuzzyQuery], words: Callable[[], list[str]]) -> str | None:
    """The full-text query (FTS5, columns ``text`` and ``names``) for a superset of the
    events any of ``queries`` matches: None when none can, "" when any may. Used by the
    index of a file and by the library's (index/library.py).

    Why a superset: every test the scorer makes of a text is that a folded word or phrase
    stands in the padded, folded text (``f" {phrase} "``, or its plural), which is the
    full-text phrase ``"phrase"`` here, since the index holds those very folded words
    (``words_of``); a near spelling is a word of the vocabulary (``words()``) the scorer
    itself accepts; knowledge (an actor, a place, a tag) is a phrase of the names column.
    Each part of a query is an OR of those, the parts are ANDed; a part whose words would
    expand past ``MAX_EXPANSION`` does not narrow the candidates at all."""
    expressions = []
    vocabulary: list[str] | None = None

    def vocabulary_words() -> list[str]:
        nonlocal vocabulary
        if vocabulary is None:
            vocabulary = words()
        return vocabulary

    for query in queries:
        groups = [group for group in _query_groups(query, vocabulary_words) if group is not None]
        if not groups:
            return ""
        expressions.append(" AND ".join(f"({group})" for group in groups))
    if not expressions:
        return None
    return " OR ".join(f"({expression})" for expression in expressions)


def _query_groups(query: FuzzyQuery, words: Callable[[], list[str]]) -> list[str | None]:
    """Each part of ``query`` as a full-text expression of what could satisfy it, or None
    where it cannot narrow the candidates (too many near spellings)."""

    def word_options(scorer: WordScorer) -> list[str] | None:
        matching = [word for word in words() if scorer(word) > 0]
        options = []
        if len(matching) > MAX_EXPANSION:  # those it begins are one prefix query
            options.append(f"{_phrase('text', scorer.word)}*")
            matching = [word for word in matching if not word.startswith(scorer.word)]
            if len(matching) > MAX_EXPANSION:
                return None
        options += [_phrase("text", word) for word in matching]
        for form, _ in scorer.phrases:
            options += [_phrase("text", form), _phrase("text", f"{form}s")]
        return options

    groups: list[str | None] = [_phrase("text", phrase) for phrase in query.phrases]
    for concept in query.concepts:
        options = [
            _phrase("names", fold(name))
            for name in (*concept.actors, *concept.places, *concept.tags)
        ]
        for name in (*concept.names, *concept.phrases):
            if name:
                options += [_phrase("text", name), _phrase("text", f"{name}s")]
        found = [word_options(scorer) for scorer in concept.word_scorers]
        if any(w is None for w in found):
            groups.append(None)  # its words apart may be anywhere
            continue
        if found and all(found):  # the concept's words apart in the text
            options.append("(" + " AND ".join(f"({' OR '.join(w or ())})" for w in found) + ")")
        groups.append(" OR ".join(dict.fromkeys(options)) or _NOTHING)
    for scorer in query.free_words:
        free = word_options(scorer)
        groups.append(None if free is None else " OR ".join(free) or _NOTHING)
    return groups


def exact_markers(needle: str) -> set[bytes] | None:
    """The bytes whose lines (in any ASCII case) hold every line an exact search for
    ``needle`` may match (see ``EventIndex.containing``); None for a needle they cannot
    stand for (not printable ASCII, or a quote or backslash in it): every event may match.
    """
    if not needle.isascii() or not needle.isprintable() or set(needle) & set('"\\'):
        return None
    # Single bytes are found at memory speed (memchr); a two-byte marker is 50 times
    # slower (measured): so any backslash, and one byte of each folding character's
    # UTF-8 form (its lead byte, or for a three-byte form, whose lead byte is the
    # typographic quotes' too, its last).
    markers = {needle.lower().encode("ascii"), b"\\"}
    for letter in set(needle.lower()):
        for char in ASCII_CASE_FOLDS.get(letter, "") + ASCII_CANONICAL.get(letter, ""):
            encoded = char.encode("utf-8")
            markers.add(encoded[:1] if len(encoded) == 2 else encoded[-1:])
    return markers


def scan_lines(
    path: Path, markers: Iterable[bytes], block_size: int | None = None
) -> dict[int, int]:
    """Offsets and lengths of the lines of ``path`` holding any of ``markers`` (lowercase
    bytes) in any ASCII case. Large blocks are lowercased and searched in C, each in place
    (the lines between its first and last line ends), the line cut by a block's end with
    the start of the next; a line longer than a block is carried over whole, so no line is
    ever cut."""
    size = block_size or SCAN_BLOCK
    found: dict[int, int] = {}
    with path.open("rb") as stream:
        at, carry = 0, b""  # the file offset of the block read next; the line cut before it
        while block := stream.read(size):
            lowered = block.lower()
            first = lowered.find(b"\n") + 1
            if not first:  # no line ends in this block
                carry += lowered
                at += len(block)
                continue
            _find_lines(carry + lowered[:first], markers, at - len(carry), found)
            last = lowered.rfind(b"\n") + 1
            _find_lines(lowered, markers, at, found, first, last)
            carry = lowered[last:]
            at += len(block)
        _find_lines(carry, markers, at - len(carry), found)
    return found


def _find_lines(
    whole: bytes,
    markers: Iterable[bytes],
    base: int,
    found: dict[int, int],
    start: int = 0,
    end: int | None = None,
) -> None:
    """The lines of ``whole[start:end]`` (whole lines: ``start`` at the beginning of one,
    ``end`` after a line end or at the end of ``whole``) holding a marker."""
    end = len(whole) if end is None else end
    for marker in markers:
        at = whole.find(marker, start, end)
        while at != -1:
            line = whole.rfind(b"\n", start, at) + 1 or start
            stop = whole.find(b"\n", at, end) + 1 or end
            found[base + line] = stop - line
            at = whole.find(marker, stop, end)


# A full-text expression no row matches (a part of a query that nothing can satisfy).
_NOTHING = 'text:""'


def _phrase(column: str, words: str) -> str:
    """A full-text phrase of folded words in one column (a double quote doubled, though
    folded words hold none)."""
    return f'{column}:"{words.replace(chr(34), chr(34) * 2)}"'


def _index_file(path: Path, directory: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]
    return directory / f"index-{key}.sqlite"


def through_index(
    path: Path,
    known_actors: Mapping[str, Any],
    fetch: Callable[[EventIndex], T],
    *,
    report: Callable[[CacheProblem], None],
    environ: Mapping[str, str] | None = None,
    words: bool = False,
    progress: Progress = NO_PROGRESS,
) -> T | None:
    """What ``fetch`` finds in the index of ``path``, or None: then the caller answers from
    the file itself (no index applies, or it cannot be used). ``words``: ``fetch`` needs the
    full-text index (built with the rest when the index is built now). ``progress`` is told
    of any index being built.

    The cache can make an answer faster, never different, never fail: an index that cannot
    be opened, read, written or trusted is a cache miss, told to ``report`` (once) and
    rebuilt when possible. An answer is returned only once the file's hash,
    computed meanwhile, confirms the index. Invalid data raises DataError, as a full load
    would.
    """
    told: list[CacheProblem] = []

    def report_once(problem: CacheProblem) -> None:
        if not told:
            told.append(problem)
            report(problem)

    rebuild = False
    for _ in range(2):
        try:
            index = open_index(
                path, known_actors, environ=environ, rebuild=rebuild, words=words,
                progress=progress,
            )  # fmt: skip
        except CacheFailure as failure:
            report_once(failure.problem)
            return None
        except SourceUnreadable:
            return None
        if index is None:
            return None
        try:
            found = fetch(index)
            fresh = index.confirm()
        except IndexStale:
            fresh = False
        except SourceUnreadable:
            return None
        except CacheFailure as failure:
            report_once(failure.problem)
            fresh = False
        except (sqlite3.Error, OSError) as exc:
            report_once(CacheProblem("read", str(index.target), _reason(exc)))
            fresh = False
        finally:
            index.close()
        if fresh:
            return found
        rebuild = True
    return None


def open_index(
    path: Path,
    known_actors: Mapping[str, Any],
    *,
    environ: Mapping[str, str] | None = None,
    rebuild: bool = False,
    words: bool = False,
    progress: Progress = NO_PROGRESS,
) -> EventIndex | None:
    """The index of ``path``, built if needed; None when indexing does not apply.

    An index whose path, size, modification time and actors match is returned at once,
    while the file's SHA-256 is computed on another thread: ``EventIndex.confirm`` then
    tells whether the content is what was indexed, before any answer is given from it.
    Raises DataError, with every problem, when the file is invalid (as a full load would);
    CacheFailure when the index cannot be written; SourceUnreadable when the file cannot
    be read.
    """
    if not caching_enabled(environ) or not fts5_available():
        return None
    stat_result = _large_file_stat(path, environ)
    if stat_result is None:
        return None
    directory = cache_directory(environ)
    target = _index_file(path, directory)
    wanted = {
        "version": INDEX_VERSION, "path": str(path.resolve()), "size": str(stat_result.st_size),
        "mtime_ns": str(stat_result.st_mtime_ns), "actors": actors_digest(known_actors),
    }  # fmt: skip
    db = None if rebuild else _open_existing(target, wanted)
    if db is not None:
        with suppress(OSError):
            os.utime(target)  # recently used: the last to be evicted
        try:
            index = EventIndex(path, db, target, known_actors, progress)
        except (sqlite3.Error, KeyError, ValueError) as exc:
            db.close()
            raise CacheFailure(CacheProblem("read", str(target), _reason(exc))) from None
        if index.trusted_signature != stat_signature(stat_result):
            index.start_confirming()
        return index
    try:
        db = _build(path, target, known_actors, wanted, words, progress)
        index = EventIndex(path, db, target, known_actors, progress)
    except (sqlite3.Error, OSError, KeyError, ValueError) as exc:
        raise CacheFailure(CacheProblem("write", str(target), _reason(exc))) from None
    evict(directory, target, max_cache_bytes(environ))
    return index


def evict(directory: Path, keep: Path, max_bytes: int) -> None:
    """Remove the indexes of files that no longer exist, then, while the cache is over
    ``max_bytes``, those used least recently (never ``keep``, the one in use)."""
    kept: list[tuple[float, int, str]] = []
    total = 0
    with suppress(OSError):
        total = keep.stat().st_size
        for entry in os.scandir(directory):
            if not (entry.name.startswith("index-") and entry.name.endswith(".sqlite")):
                continue
            if entry.path == str(keep) or not entry.is_file(follow_symlinks=False):
                continue
            indexed = _indexed_path(Path(entry.path))
            if not indexed or not Path(indexed).exists():
                with suppress(OSError):
                    os.unlink(entry.path)
                continue
            info = entry.stat(follow_symlinks=False)
            kept.append((info.st_mtime, info.st_size, entry.path))
            total += info.st_size
    for _, size, path in sorted(kept):
        if total <= max_bytes:
            break
        with suppress(OSError):
            os.unlink(path)
            total -= size


def _indexed_path(index: Path) -> str:
    """The data file an index was made for ("" when it is not a readable index: of no
    use, since a new one is always built beside it and renamed in)."""
    try:
        with closing(sqlite3.connect(f"file:{index}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'path'").fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""


def _open_existing(target: Path, wanted: Mapping[str, str]) -> sqlite3.Connection | None:
    """The index at ``target`` if it is a regular file made for this very file; else None
    (it is then built again). Never opens a FIFO, a device or a directory."""
    try:
        if not stat.S_ISREG(os.lstat(target).st_mode):
            return None
        roll_back_if_interrupted(target)
        db = sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=READ_WAIT)
    except (OSError, sqlite3.Error):
        return None
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
    except sqlite3.Error as exc:
        db.close()
        if "locked" in str(exc):  # another process writing it (a search adding its words):
            # answered from the file this once, rather than rebuilt under that process
            raise CacheFailure(CacheProblem("read", str(target), _reason(exc))) from None
        return None
    if all(meta.get(key) == value for key, value in wanted.items()):
        return db
    db.close()
    return None


def roll_back_if_interrupted(target: Path) -> None:
    """Undo the transaction of a writer killed in it (``kill -9`` during the full-text
    index's commit), as SQLite does for any connection that may write: it finds the journal
    "hot" (left by a process that holds no lock), copies the original pages back and
    removes it. A read-only connection cannot, and fails with "attempt to write a readonly
    database" on every query until that is done; so this is done first, whenever a journal
    is there. A live writer's journal is left alone (SQLite sees its lock); any error here
    leaves things to the read that follows, which then reports the cache miss."""
    journal = target.with_name(target.name + "-journal")
    if not journal.exists():
        return
    with (
        suppress(sqlite3.Error, OSError),
        closing(sqlite3.connect(target, timeout=READ_WAIT)) as db,
    ):
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _build(
    path: Path,
    target: Path,
    known_actors: Mapping[str, Any],
    meta: Mapping[str, str],
    words: bool = False,
    progress: Progress = NO_PROGRESS,
) -> sqlite3.Connection:
    """Validate the whole file while writing its index; the index appears only if valid.

    The index holds the table of events, and with ``words`` (the first query is a search)
    the full-text index too, in the same pass (else the first search adds it: see
    ``EventIndex._ensure_words``), written by ``indexwriter`` on another core when it
    can, and the file's hash, computed meanwhile on another thread. The index is written
    to a temporary file and renamed into place, readable by its owner only (it holds the
    file's words). Raises OSError or sqlite3.Error when it cannot be written, DataError
    when the file is invalid."""
    temporary = _new_temporary(target)
    try:
        writer = open_writer(temporary, _WITH_WORDS if words else _EVENTS_ONLY)
        digest = _Digest(path)  # (a thread: started after the writer may have forked)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    kind = BUILD_WITH_WORDS if words else BUILD
    progress.begin(Task(kind, str(path), int(meta.get("size", "0"))))
    try:
        summary = _write_rows(path, known_actors, writer, words, progress)
        sha256 = digest.value()
        writer.finish([*meta.items(), ("sha256", sha256), *summary, *_trusted(path, digest)])
        os.replace(temporary, target)
    except BaseException:
        writer.abort()
        with suppress(OSError):
            temporary.unlink()
        raise
    finally:
        progress.end()
    return sqlite3.connect(f"file:{target}?mode=ro", uri=True)


def _new_temporary(target: Path) -> Path:
    """An empty file beside ``target`` for a build to write, readable by its owner only
    (created 0600 before SQLite opens it, so the words are never readable by others), after
    removing the leftovers of builds that were killed. Its name is unique to this process
    and thread (two threads of a notebook may build at once); the process id is what lets a
    later build tell that a leftover's owner is gone."""
    from ktimeline.writer import remove_orphans

    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    remove_orphans(target.parent, "index-*.sqlite")
    temporary = target.with_name(f".{target.name}.{os.getpid()}.t{threading.get_ident()}.tmp")
    with suppress(FileNotFoundError):
        temporary.unlink()
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return temporary


def _trusted(path: Path, digest: _Digest) -> list[tuple[str, str]]:
    """The meta row of the file's signature when the file was settled before it was read
    and did not change while it was (see ``settled``): later questions then need no hash."""
    before = digest.before
    if before is None or not settled(before, digest.started_ns):
        return []
    try:
        now = path.stat()
    except OSError:
        return []
    signature = stat_signature(before)
    return [("trusted_stat", signature)] if stat_signature(now) == signature else []


def _hand_over(writer: RowWriter, rows: list[tuple[Any, ...]], folded: list[EventRecord]) -> None:
    """A batch of rows of the events table, and of the full-text index when ``folded``
    holds the records of these rows."""
    writer.add(rows)
    if folded:
        writer.add(_folded_rows([row[0] for row in rows], folded), 1)


def _write_rows(
    path: Path,
    known_actors: Mapping[str, Any],
    writer: RowWriter,
    words: bool,
    progress: Progress,
) -> list[tuple[str, str]]:
    """Read and check every line of ``path``, handing the rows of its events to ``writer``
    in batches; the meta rows of what was read (count, longest span, tags, places). Raises
    DataError, with every problem, when the file is invalid (rows then stop at the first)."""
    from ktimeline.loader import DataSource, read_records

    problems = Problems()
    first_seen: dict[str, int] = {}
    rows: list[tuple[Any, ...]] = []
    folded: list[EventRecord] = []  # the records whose words and names to index (``words``)
    longest = 0
    tags: set[str] = set()
    places: set[str] = set()
    source = DataSource(str(path), str(path))
    with bulk_allocation():
        records = read_records(source, CHECKED_EVENTS, problems, known_actors)
        for number, offset, length, (record, span) in records:
            if not number % EVERY_LINES:
                progress.advance(offset + length, len(first_seen))
            event_id, date_text, start, end = record.id, span[0], span[2], span[3]
            tag_names, place_names = record.tags, record.places
            first = first_seen.setdefault(event_id, number)
            if first != number:
                reason = f"duplicate id {event_id!r} (also at {path}:{first})"
                problems.append(Problem(str(path), number, reason))
                continue
            if problems:
                continue  # keep checking, stop indexing
            # n, the line number: the file's order, for events of one day
            rows.append((number, event_id, start, end, date_text, offset, length))
            if words:
                folded.append(record)
            longest = max(longest, span_days(start, end))
            if tag_names:
                tags.update(tag_names)
            if place_names:
                places.update(place_names)
            if len(rows) >= BATCH:
                _hand_over(writer, rows, folded)
                rows, folded = [], []
    if problems:
        raise DataError(problems)
    _hand_over(writer, rows, folded)
    return [
        ("count", str(len(first_seen))),
        ("longest_span", str(longest)),
        ("tags", json.dumps(sorted(tags))),
        ("places", json.dumps(sorted(places))),
    ]
