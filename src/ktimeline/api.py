"""The Python API: a Timeline over the chosen data, asking what the command line asks.

Every command of the CLI is one call here (the CLI only parses arguments and prints)::

    >>> import ktimeline
    >>> timeline = ktimeline.open()  # the bundled chronology; or open("my.jsonl", ...)
    >>> [event.id for event in timeline.between("2019-12-14")]
    ['2019-12-14-nk-crucial-test-at-sohae']

A Timeline chooses how to read its data: a large file (2 MB and up) is answered from its
on-disk index when the question allows (``between``, ``search``, ``show``, ``stats`` by
month or week), anything else is read whole once and kept. Names are resolved the way the
CLI resolves them — any alias, any case, a unique prefix, a typo that search forgives — and
a name that is unknown or ambiguous raises an error carrying the candidates, never an empty
answer. See docs/python-api.md.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from ktimeline.defaults import DEFAULT_THRESHOLD, FILTERS, GROUPINGS
from ktimeline.errors import DataError, InvalidArgumentError, OutputError, UnknownNameError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from ktimeline.happenings import Link, SameHappenings
    from ktimeline.importing.events import ImportResult
    from ktimeline.importing.sources import ImportText
    from ktimeline.index.library import LibraryIndex
    from ktimeline.index.store import CacheProblem, EventIndex
    from ktimeline.library import Added, SourceSummary
    from ktimeline.loader import Chronology
    from ktimeline.model import Actor, Event, Source
    from ktimeline.progress import Progress
    from ktimeline.query import Filters, Selection
    from ktimeline.report import ActorRow, EventRow, QuoteRow, TagRow
    from ktimeline.search import Hits, SearchMode
    from ktimeline.stats import Bucket
    from ktimeline.vocabulary import NameNote, Vocabulary
    from ktimeline.writer import WriteSummary

R = TypeVar("R")
T = TypeVar("T")

STDOUT = "-"  # a file to write named "-" is standard output (as loader.STDIN is to read)

SearchModeName = Literal["fuzzy", "exact", "regex"]
# A day as the API takes it: a date, text as ``range`` reads it, or a moment (``datetime``,
# ``pd.Timestamp``, ``numpy.datetime64``: its day; a datetime64 of month or year unit: that
# month or year). (Any: numpy is not a dependency.)
Day = Any


class Results(Sequence[R]):
    """The answer to one question: an immutable sequence of typed rows.

    Rows are ``Event`` (``between``, ``events``), ``EventRow`` (``search``, ``show``:
    the event with its score or context flag), ``QuoteRow``, ``ActorRow``, ``TagRow`` or
    ``Bucket`` (``stats``); each has ``to_dict()``. ``notes`` tell which names were read
    as others ("Beigun" as Stephen Biegun); ``suggestions`` are offered when a search found
    nothing; ``left_out`` are the related events a search left out.

    With dates (``since``/``until``, ``between``'s range), the rows are the events wholly
    inside them; ``unlisted`` are the events that only overlap them (known only to a month
    or a year, or spanning longer: they may or may not fall in the dates). With
    ``overlap=True`` those are listed too, after the others, and are also in ``possible``.
    """

    __slots__ = ("_rows", "by", "kind", "left_out", "left_out_via", "notes", "possible",
                 "scored", "suggestions", "unlisted")  # fmt: skip

    def __init__(
        self,
        kind: str,
        rows: Sequence[R],
        *,
        notes: Sequence[NameNote] = (),
        scored: bool = False,
        by: str | None = None,
        suggestions: Sequence[str] = (),
        left_out: Sequence[R] = (),
        left_out_via: Sequence[str] = (),
        possible: Sequence[Event] = (),
        unlisted: Sequence[Event] = (),
    ) -> None:
        self._rows: tuple[R, ...] = tuple(rows)
        self.kind = kind  # "events", "quotes", "actors", "tags" or "stats"
        self.notes: tuple[NameNote, ...] = tuple(notes)
        self.scored = scored  # rows carry a search score
        self.by = by  # stats: what was counted
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        # search: events found only through a broad topic or a state, left out because they
        # outnumber the others (``related=True`` keeps them), and what brought them in
        self.left_out: tuple[R, ...] = tuple(left_out)
        self.left_out_via: tuple[str, ...] = tuple(left_out_via)
        # dates: listed events only possibly in them (overlap=True), and those left out
        self.possible: tuple[Event, ...] = tuple(possible)
        self.unlisted: tuple[Event, ...] = tuple(unlisted)

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> Results[R]: ...
    def __getitem__(self, index: int | slice) -> R | Results[R]:
        """A row, or for a slice the Results of those rows (``results[:10].to_pandas()``),
        keeping what is said about the question; ``possible`` keeps the rows it still has."""
        if not isinstance(index, slice):
            return self._rows[index]
        rows = self._rows[index]
        kept = {id(getattr(row, "event", row)) for row in rows}  # an Event, or a row's
        return Results(
            self.kind, rows, notes=self.notes, scored=self.scored, by=self.by,
            suggestions=self.suggestions, left_out=self.left_out,
            left_out_via=self.left_out_via, unlisted=self.unlisted,
            possible=[event for event in self.possible if id(event) in kept],
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[R]:
        return iter(self._rows)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Results):
            return (self.kind, self._rows) == (other.kind, other._rows)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        """ "<Results: 1 event>", "<Results: 12 stats buckets>"."""
        count = len(self._rows)
        noun = "stats bucket" if self.kind == "stats" else self.kind.removesuffix("s")
        return f"<Results: {count} {noun}{'s' * (count != 1)}>"

    @property
    def events(self) -> tuple[Event, ...]:
        """The events of the rows (of a question about events or quotes)."""
        from ktimeline.model import Event

        return tuple(row if isinstance(row, Event) else row.event for row in self._rows)  # type: ignore[attr-defined]

    def records(self) -> Iterator[dict[str, Any]]:
        """Each row as the JSON object ``-f jsonl`` writes for it (nested, keyed)."""
        from ktimeline.report import record_of

        for row in self._rows:
            yield record_of(row, scored=self.scored, by=self.by)

    def to_pandas(self) -> Any:
        """A pandas DataFrame of ``records()`` (needs pandas: ``pip install ktimeline[pandas]``).

        Events have every field of the schema as a column, in its order (with ``score`` and
        ``matched`` for a search: why each event matched, the list of ``{"kind", "text",
        "name"}`` objects json output writes, None when nothing is said), a field an event
        lacks being None; lists and nested objects (statements,
        source) stay Python objects. Beside the exact ``date`` and ``end_date`` text
        ("2019-12" for a month), ``start`` and ``end`` are typed dates (datetime64): the
        first and last day the event covers, so that a month-only date sorts and filters
        as days do (``pd.to_datetime(frame.date)`` cannot read "2019-12")."""
        try:
            import pandas
        except ImportError:
            raise ImportError(
                "to_pandas needs pandas: pip install 'ktimeline[pandas]'", name="pandas"
            ) from None
        records = list(self.records())
        columns = list(dict.fromkeys(key for record in records for key in record))
        if self.kind == "events":
            from ktimeline.schema import EVENT_FIELDS

            columns = [*EVENT_FIELDS, *(["score", "matched"] if self.scored else [])]
            records = [{name: record.get(name) for name in columns} for record in records]
            frame = pandas.DataFrame.from_records(records, columns=columns)
            at = columns.index("end_date") + 1
            events = self.events
            frame.insert(at, "start", _day_column(pandas, [event.start for event in events]))
            frame.insert(at + 1, "end", _day_column(pandas, [event.end for event in events]))
            return frame
        return pandas.DataFrame.from_records(records, columns=columns)


def _day_column(pandas: Any, days: list[str]) -> Any:
    """ISO days as a column of datetime64 with a resolution of seconds, which holds every
    year from 1 to 9999 (nanoseconds, pandas' old default, end in 2262); with a pandas
    too old for that, a column of ``datetime.date``."""
    import numpy

    values = numpy.array(days, dtype="datetime64[D]").astype("datetime64[s]")
    try:
        column = pandas.Series(values, dtype="datetime64[s]")
    except (TypeError, ValueError, OverflowError):  # pandas < 2 (OutOfBoundsDatetime)
        return pandas.Series([date.fromisoformat(day) for day in days], dtype=object)
    return column


def open(
    *paths: str | os.PathLike[str],
    actor_files: Sequence[str | os.PathLike[str]] = (),
    bundled: bool = False,
    cache: bool = True,
    library: bool | str | os.PathLike[str] = False,
) -> Timeline:
    """A Timeline over JSON Lines chronologies (no paths: the bundled chronology).

    ``actor_files`` add actors (with aliases) to the bundled ones, in the format of
    data/actors.jsonl; ``bundled`` adds the bundled chronology to ``paths``; ``cache=False``
    reads a large file whole instead of using (or building) its on-disk index. ``"-"`` reads
    standard input; a directory, every chronology (``*.jsonl``) in it. ``library=True``
    (without paths) reads the bundled chronology and every chronology of the user's library
    (``$KTIMELINE_LIBRARY``, else ``$XDG_DATA_HOME/ktimeline/library``), as the command line
    does; ``library=DIR`` that library. Nothing is read until the first question; invalid
    data then raises DataError, with every problem.
    """
    return Timeline(
        paths, actor_files=actor_files, bundled=bundled, cache=cache, environ={},
        library=library,
    )  # fmt: skip


class Timeline:
    """Questions over one choice of data; build it with ``ktimeline.open``.

    Filters, taken by every listing question as keyword arguments:

    * ``since``, ``until``: dates (``datetime.date``, or text as ``range`` takes it:
      ``"2019-11"``, ``"Nov 5 2019"``; a ``datetime``, ``pd.Timestamp`` or
      ``numpy.datetime64`` is its day, a datetime64 of month or year unit that month or
      year) — events on or after, on or before;
    * ``actors``, ``tags``, ``places``, ``sources``: names by any alias, in any case (a
      source by its name (``sources()``), title, publisher or author; a publisher means all
      its sources). A string is one condition; commas in it separate alternatives
      (``"Trump,Moon"``: either). A list holds conditions that must all hold
      (``["Trump", "Moon"]``: both), each a string or a list of alternatives
      (``[["Trump", "Moon"], "Kim Jong Un"]``);
    * ``section``: ``"chronology"`` or ``"narrative"``;
    * ``overlap``: with dates, also list the events that only overlap them (after the
      others; see ``Results.possible`` and ``Results.unlisted``).

    A small file is read whole on first use and kept while its files are unchanged: a
    question after a file (or an actor file beside it) changed, appeared or went away reads
    them again. A large file is asked through its index on every question, confirmed against
    the file's content each time. Either way no answer comes from data that has changed.
    """

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]] = (),
        *,
        actor_files: Sequence[str | os.PathLike[str]] = (),
        bundled: bool = False,
        cache: bool = True,
        environ: Mapping[str, str] | None = None,
        on_cache_problem: Callable[[CacheProblem], None] | None = None,
        library: bool | str | os.PathLike[str] = False,
        progress: Progress | None = None,
    ) -> None:
        """``environ`` (default: os.environ) is read for the data choice the way the CLI
        reads it: ``$KTIMELINE_DATA`` when there are no paths. ``ktimeline.open`` passes an
        empty one, so that a library call means what it says. ``on_cache_problem`` hears of
        an index that could not be used (the answer then comes from the file); by default
        it becomes a ``CacheWarning``. ``progress`` is told how far a long read or index
        build has gone (the CLI draws a bar); by default nothing is told."""
        self.paths = _paths("paths", paths)
        self.actor_files = _paths("actor_files", actor_files)
        self.bundled = _flag("bundled", bundled)
        self.cache = _flag("cache", cache)
        self._environ = environ
        self._library: str | None = None  # the library read when no paths are given
        if library is True:  # (as strings: see loader.path_text)
            from ktimeline.loader import library_location

            self._library = library_location(environ or None)
        elif library is not False:
            from ktimeline.loader import path_text

            self._library = path_text(library)
        self._on_cache_problem = on_cache_problem or _warn_cache
        from ktimeline.progress import NO_PROGRESS

        self._progress = progress or NO_PROGRESS
        self._whole: Chronology | None = None
        self._vocabulary: Vocabulary | None = None
        self._read_state: tuple[object, ...] = ()  # the files' state when those were read
        # Actors of the knowledge base of the field that the data names and the actor tables
        # lack (see ``_learning``): known once met, as they were when the data was imported.
        self._learned: dict[str, Actor] = {}

    @property
    def library(self) -> Path | None:
        """The library read when no paths are given, or None: a Path, as it has always been
        (kept as a string inside, pathlib being imported only when asked: start-up)."""
        if self._library is None:
            return None
        from pathlib import Path

        return Path(self._library)

    def __repr__(self) -> str:
        """What it reads: "<Timeline bundled>", "<Timeline 'a.jsonl', bundled>", "<Timeline
        bundled, library '/…/library'>" (the library is read when no paths are given)."""
        shown = [repr(os.fspath(path)) for path in self.paths]
        if self.bundled or not self.paths:
            shown.append("bundled")
        if self._library is not None and not self.paths:
            shown.append(f"library {self._library!r}")
        return f"<Timeline {', '.join(shown)}>"

    # --- reading the data -------------------------------------------------------------------

    def _files_state(self) -> tuple[object, ...]:
        """What tells whether the files read have changed since: each chronology's and actor
        file's path, device, inode, size, modification and change times (a stat each, about
        13 µs for the bundled file; a file written in place, replaced by a rename, appended
        to, touched back to its old time — the change time moves — all differ)."""
        from ktimeline.loader import actor_files_beside, data_sources

        sources = data_sources(
            self.paths, bundled=self.bundled, environ=self._environ, library=self._library
        )
        files = [source.path for source in sources if source.path is not None]
        state: list[object] = [len(sources)]  # (standard input is read once: no path)
        actors = [os.fspath(path) for path in self.actor_files]
        for path in [*files, *actors, *actor_files_beside(sources)]:
            try:
                found = os.stat(path)
            except OSError:
                state.append((path, None))
                continue
            state.append((path, found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns,
                          found.st_ctime_ns))  # fmt: skip
        return tuple(state)

    def _forget_if_changed(self) -> None:
        """Drop what was read (the whole data, the actor tables) when a file read for it has
        changed since: a Timeline kept in a notebook answered from the small file it had
        read while a large file's answers followed the file (hostile review 8)."""
        if self._whole is None and self._vocabulary is None:
            return  # nothing read yet (a command's first question: no stat at all)
        if self._files_state() != self._read_state:
            self._whole = None
            self._vocabulary = None

    def chronology(self) -> Chronology:
        """Every event, read whole and validated (once, and again after a file changed)."""
        self._forget_if_changed()
        if self._whole is None:
            from ktimeline.loader import load_chronology

            if self._vocabulary is None:  # taken before reading: a change meanwhile is
                self._read_state = self._files_state()  # seen by the next question

            def read() -> Chronology:
                return load_chronology(
                    self.paths, bundled=self.bundled, actor_files=self.actor_files,
                    environ=self._environ, library=self._library,
                    progress=self._progress, more_actors=self._learned,
                    known_elsewhere=self._known_elsewhere,
                )  # fmt: skip

            self._whole = self._learning(read)
        return self._whole

    def _known_elsewhere(self, name: str) -> Actor | None:
        """The actor of the knowledge base of the field (data/knowledge, read only now, when
        the data names an actor the tables lack) named ``name``, learned for the questions to
        come; None for a name it lacks too (which stays an error).

        Events imported (``import``, the library) name its actors, and an export of those
        events, or an import written to standard output, has no actor file beside it: they
        load all the same, as they were imported. An actor the import met first (no
        knowledge base holds it) is in its source's actor file in the library: an export of
        the library's events (``range -f jsonl > x.jsonl``, then ``--data x.jsonl``) finds
        it there."""
        from ktimeline.importing.knowledge import knowledge
        from ktimeline.model import Actor

        known = knowledge().actors.get(name)
        if known is None:
            actor = self._library_actors().get(name)
            if actor is None:
                return None
        else:
            actor = Actor(known.name, known.kind, known.affiliation, known.role, known.aliases)
        self._learned[name] = actor
        return actor

    def _library_actors(self) -> Mapping[str, Actor]:
        """The actors of the library's actor files (``NAME.actors.jsonl``), read when the
        data names an actor no table or knowledge base holds; none when there is no library
        or a file of it is not valid (its own reading reports that)."""
        if self._library is None:
            return {}
        from pathlib import Path

        from ktimeline.loader import actors_beside, chronology_files, load_vocabulary

        files = [actors_beside(path) for path in chronology_files(Path(self._library))]
        try:
            return load_vocabulary([path for path in files if path.is_file()]).actors
        except DataError:
            return {}

    def _learning(self, read: Callable[[], T]) -> T:
        """``read()``, again while the unknown actors it reports teach actors of the
        knowledge base (see ``_known_elsewhere``): a whole read learns them as it goes, an
        index (built by a reader of its own) reports them, and is then asked again."""
        while True:
            try:
                return read()
            except DataError as error:
                if not self._learn(error):
                    raise
                self._vocabulary = None  # (made again with what was learned)

    def _learn(self, error: DataError) -> bool:
        """Whether the unknown actors of ``error`` taught any actor of the knowledge base."""
        from ktimeline.reasons import unknown_actor

        names = {unknown_actor(problem.reason) for problem in error.problems}
        found = [self._known_elsewhere(name) for name in names - {None, *self._learned} if name]
        return any(found)

    def vocabulary(self) -> Vocabulary:
        """The actors (bundled and from ``actor_files``), places, tags and terms."""
        self._forget_if_changed()
        if self._whole is not None:
            return self._whole.vocabulary
        if self._vocabulary is None:
            from ktimeline.loader import actor_files_beside, data_sources, load_vocabulary

            self._read_state = self._files_state()

            sources = data_sources(
                self.paths, bundled=self.bundled, environ=self._environ, library=self._library
            )
            self._vocabulary = load_vocabulary(
                [*self.actor_files, *actor_files_beside(sources)], self._learned
            )
        return self._vocabulary

    def repeated_files(self) -> list[tuple[str, str]]:
        """The files named more than once by the paths (another path to one file, a link, a
        directory and its glob, the bundled file and ``bundled``): (the repeated name, the
        name it is read by). Each file is read once."""
        from ktimeline.loader import repeated_sources

        return [
            (again.name, first.name)
            for again, first in repeated_sources(
                self.paths, bundled=self.bundled, environ=self._environ, library=self._library
            )
        ]

    def _large_file(self) -> Path | None:
        """The one large file asked afresh on every question (through its index, or read
        for what the question needs), or None: several or bundled files, standard input, a
        small file, or the data already read whole (and unchanged since)."""
        self._forget_if_changed()
        if self._whole is not None:
            return None
        from ktimeline.loader import data_sources

        sources = data_sources(
            self.paths, bundled=self.bundled, environ=self._environ, library=self._library
        )
        if len(sources) != 1 or sources[0].path is None or sources[0].is_bundled:
            return None
        from pathlib import Path

        from ktimeline.index.store import is_large

        path = Path(sources[0].path)
        return path if is_large(path, self._environ) else None

    def _indexed_file(self) -> Path | None:
        """The one large file whose index may answer, or None (see ``_large_file``; and
        none without the cache)."""
        return self._large_file() if self.cache else None

    def _from_index(
        self, fetch: Callable[[Chronology, EventIndex], T], *, words: bool = False
    ) -> tuple[Chronology, T] | None:
        """What ``fetch`` finds in a large file's index, or None when no index applies or
        it cannot be used (see ``index.store.through_index``): then the data is read whole.
        ``words``: ``fetch`` uses the full-text index."""
        path = self._indexed_file()
        if path is None:
            return None
        from ktimeline.index.store import through_index

        vocabulary = self.vocabulary()

        def ask(index: EventIndex) -> tuple[Chronology, T]:
            base = _empty_over_index(index, vocabulary, [path])
            return base, fetch(base, index)

        return through_index(
            path, vocabulary.actors, ask, report=self._on_cache_problem, words=words,
            progress=self._progress,
        )  # fmt: skip

    def _library_files(self) -> list[Path] | None:
        """The files of a choice of several (the bundled chronology and a library, several
        --data files), asked through one library index; None for one file, standard input,
        the data already read whole (and unchanged since), or without the cache."""
        self._forget_if_changed()
        if self._whole is not None or not self.cache:
            return None
        from ktimeline.loader import data_sources

        sources = data_sources(
            self.paths, bundled=self.bundled, environ=self._environ, library=self._library
        )
        if len(sources) < 2 or any(source.path is None for source in sources):
            return None
        from ktimeline.index.store import caching_enabled  # (sqlite3: only when it may serve)

        if not caching_enabled(self._environ):
            return None
        from pathlib import Path

        return [Path(source.path) for source in sources if source.path is not None]

    def _from_an_index(
        self, fetch: Callable[[Chronology, EventIndex | LibraryIndex], T], *, words: bool = False
    ) -> tuple[Chronology, T] | None:
        """What ``fetch`` finds in a large file's index (``_from_index``), else in the library
        index (``_from_library_index``); None when neither can answer."""
        found = self._from_index(fetch, words=words)
        return found if found is not None else self._from_library_index(fetch)

    def _from_library_index(
        self, fetch: Callable[[Chronology, LibraryIndex], T]
    ) -> tuple[Chronology, T] | None:
        """What ``fetch`` finds in the library index (see index/library.py), or None when
        it does not apply or cannot answer: then the files are read."""
        paths = self._library_files()
        if paths is None:
            return None
        from ktimeline.index.library import LibraryIndex, LibraryIndexUnusable, index_path
        from ktimeline.index.store import CacheProblem, cache_directory

        vocabulary = self.vocabulary()
        location = index_path(cache_directory(self._environ), paths, vocabulary.actors)
        try:
            with LibraryIndex(location, paths, vocabulary.actors) as index:
                base = _empty_over_index(index, vocabulary, paths)
                try:
                    return base, fetch(base, index)
                except LibraryIndexUnusable:
                    index.forget()
                    raise
        except LibraryIndexUnusable as unusable:
            if unusable.damaged:
                self._on_cache_problem(CacheProblem("use", str(location), unusable.reason))
            return None

    def _through_index(
        self,
        fetch: Callable[[Chronology, EventIndex], list[Event]],
        keep: Callable[[str, str], bool] | None = None,
        *,
        words: bool = False,
        indexed: bool = True,
        library: Callable[[Chronology, LibraryIndex], list[Event]] | None = None,
    ) -> Chronology:
        """The events ``fetch`` looks up in a large file's index, or the whole data.

        ``keep(start, end)``: the events the question needs, the others being validated but
        not held when a large file is read without its index (see ``load_chronology``).
        ``indexed=False``: the question needs every event (a source named by a filter is
        known only from the events). ``library``: what to look up in the library index when
        several files are read (see ``_from_library_index``). Actors of the knowledge base
        the data names are learned as a whole read learns them (see ``_learning``)."""

        def look_up() -> Chronology:
            found = self._from_index(fetch, words=words) if indexed else None
            if found is None and indexed and library is not None:
                found = self._from_library_index(library)
            if found is not None:
                base, events = found
                return base.with_events(events)
            if keep is not None and self._large_file() is not None:
                from ktimeline.loader import load_chronology

                return load_chronology(
                    self.paths, bundled=self.bundled, actor_files=self.actor_files,
                    environ=self._environ, keep=keep, library=self._library,
                    progress=self._progress, more_actors=self._learned,
                    known_elsewhere=self._known_elsewhere,
                )  # fmt: skip
            return self.chronology()

        return self._learning(look_up)

    # --- filters ----------------------------------------------------------------------------

    def _filters(
        self,
        chronology: Chronology,
        *,
        since: Day | None = None,
        until: Day | None = None,
        section: str | None = None,
        overlap: bool = False,
        **names: str | Sequence[str | Sequence[str]],
    ) -> Filters:
        """The filters of ``defaults.FILTERS`` resolved against the data (``names``: one
        value for each filter by names, actors, tags, places and sources)."""
        from ktimeline.query import resolve_filters

        given = {keyword: _names(keyword, value) for keyword, value in names.items()}
        if section is not None:
            _check_text("section", section)
        first = _day(since, "since", last=False)
        last = _day(until, "until", last=True)
        if first is not None and last is not None and first > last:
            raise InvalidArgumentError("since", since, f"is after until ({until})")
        files = self._file_names() if given.get("sources") else None
        return resolve_filters(
            chronology, start=first, end=last, section=section, overlap=overlap,
            source_files=files, **given,
        )  # fmt: skip

    def _selected(
        self, chronology: Chronology, filters: dict[str, Any]
    ) -> tuple[Filters, Selection]:
        """The filters resolved against ``chronology`` (see ``_filters``) and the events of
        it they choose."""
        chosen = self._filters(chronology, **filters)
        return chosen, chosen.select(chronology.events)

    def _file_names(self) -> dict[str, list[str]]:
        """The names of the chronologies read by source: what `sources` lists first names a
        source for ``sources=`` too (see ``library.file_names``)."""
        from pathlib import Path

        from ktimeline.library import BUNDLED_NAME, file_names
        from ktimeline.loader import data_sources

        return file_names(
            (Path(source.path), BUNDLED_NAME if source.is_bundled else None)
            for source in data_sources(
                self.paths, bundled=self.bundled, environ=self._environ, library=self._library
            )
            if source.path is not None
        )

    # --- questions --------------------------------------------------------------------------

    def events(self, **filters: Any) -> Results[Event]:
        """Every event that passes the filters, in date order."""
        _check_filters(filters)
        chronology = self.chronology()
        chosen, selection = self._selected(chronology, filters)
        return _events(selection, chosen)

    def between(
        self, start: Day | None = None, end: Day | None = None, **filters: Any
    ) -> Results[Event]:
        """Events in an inclusive range of dates, in date order (``ktimeline range``).

        ``start`` and ``end`` are dates or text as ``range`` takes it; without ``end``, the
        range is ``start``'s day, month or year (``between("2019-11")``: all of November);
        without ``start``, the range is ``since``..``until`` (or every date). The rows are
        the events wholly inside the range (see ``Results.unlisted`` and ``overlap``).
        """
        _check_filters(filters)
        low, high = (
            _day(filters.get("since"), "since", last=False),
            _day(filters.get("until"), "until", last=True),
        )
        if start is not None:
            first, last = _range(start, end)
            if (low is not None and low > last) or (high is not None and high < first):
                argument = "since" if low is not None and low > last else "until"
                raise InvalidArgumentError(
                    argument,
                    filters.get(argument),
                    f"has no day in common with the range {first}..{last}",
                )
            low = first if low is None else max(low, first)
            high = last if high is None else min(high, last)

        def fetch(base: Chronology, index: EventIndex | LibraryIndex) -> list[Event]:
            """A file's index or the library's: the events of the range (all without one)."""
            if low is None and high is None:
                return index.all_events()
            return index.between(low or date.min, high or date.max)

        first_day, last_day = (low or date.min).isoformat(), (high or date.max).isoformat()

        def overlapping(start: str, end: str) -> bool:
            return start <= last_day and end >= first_day

        by_source = bool(filters.get("sources"))  # sources are known from every event

        chronology = self._through_index(
            fetch, None if by_source else overlapping, indexed=not by_source,
            library=fetch if low is not None or high is not None else None,
        )  # fmt: skip
        chosen = self._filters(chronology, **{**filters, "since": low, "until": high})
        return _events(chosen.select(chronology.events), chosen)

    def search(
        self,
        query: str,
        *,
        mode: SearchModeName = "fuzzy",
        threshold: float = DEFAULT_THRESHOLD,
        sort: Literal["date", "relevance"] = "date",
        related: bool = False,
        highlight: bool = False,
        **filters: Any,
    ) -> Results[EventRow]:
        """Events matching ``query`` (``ktimeline search``), each an EventRow with its score.

        ``mode``: "fuzzy" (names by any alias, typos forgiven), "exact" (a case-insensitive
        substring) or "regex". ``threshold`` (0-100, default 80): how close a fuzzy word
        must be. Events related only through a broad topic or a state are left out when
        they outnumber the others (``Results.left_out``), unless ``related``. Each row says
        why it matched (``matched``); ``highlight`` fills its ``marks`` (spans of the text).
        """
        from ktimeline.report import EventRow
        from ktimeline.search import by_relevance, check_query, did_you_mean, search_events

        _check_filters(filters)
        _check_text("query", query)
        how = _search_mode(mode)
        cutoff = _threshold(threshold)
        check_query(query)
        if sort not in ("date", "relevance"):
            raise InvalidArgumentError("sort", sort, "must be 'date' or 'relevance'")
        chronology, indexed = self._search_candidates(
            query, how, cutoff, every_event=bool(filters.get("sources"))
        )
        chosen, selection = self._selected(chronology, filters)
        hits = _never_less_hits(
            chronology, selection.events, query, how, cutoff, highlight=highlight, related=related
        )
        maybe = {event.id for event in selection.possible}
        rows = [
            EventRow(hit.event, hit.score, hit.marks, matched=hit.matched,
                     possible=hit.event.id in maybe)
            for hit in (by_relevance(hits) if sort == "relevance" else hits)
        ]  # fmt: skip
        unlisted = search_events(
            chronology, selection.unlisted, query, how, cutoff, related=related
        ) if selection.unlisted else ()  # fmt: skip
        left = [EventRow(hit.event, hit.score, hit.marks, matched=hit.matched)
                for hit in hits.left_out]  # fmt: skip
        suggestions = () if rows else did_you_mean(
            chronology, query, words=self._all_words() if indexed else None
        )  # fmt: skip
        return Results(
            "events", rows, notes=chosen.notes, scored=True, suggestions=suggestions,
            left_out=left, left_out_via=hits.left_out_via(),
            possible=[row.event for row in rows if row.possible],
            unlisted=[hit.event for hit in unlisted],
        )  # fmt: skip

    def _search_candidates(
        self, query: str, how: SearchMode, cutoff: float, *, every_event: bool = False
    ) -> tuple[Chronology, bool]:
        """The events a search scores, and whether they came from an index (a large file's,
        or the library's): then only those that may match (for a fuzzy search, at every
        threshold ``never_less`` scores at), which the scoring decides on as for a small
        file. ``every_event``: the question needs them all (a source named by a filter is
        known only from the events)."""
        from ktimeline.fuzziness import thresholds_scored
        from ktimeline.search import FuzzyQuery, SearchMode, literal_form

        indexed: list[bool] = []

        def queries(base: Chronology) -> list[FuzzyQuery]:
            return [
                FuzzyQuery(query, base, at, concepts=True)
                for at in thresholds_scored(cutoff, DEFAULT_THRESHOLD)
            ]

        def candidates(base: Chronology, index: EventIndex | LibraryIndex) -> list[Event]:
            """A large file's index and the library's answer the same three questions."""
            indexed.append(True)
            if how is SearchMode.FUZZY:
                return index.candidates(queries(base))
            if how is SearchMode.EXACT:
                return index.containing(literal_form(query))
            return index.all_events()

        chronology = self._through_index(
            candidates, words=how is SearchMode.FUZZY, indexed=not every_event,
            library=candidates,
        )  # fmt: skip
        return chronology, bool(indexed)

    def _all_words(self) -> list[str] | None:
        """Every word of the indexed data (a large file, or the library), for suggestions
        when the events read were only a search's candidates; None when no index can say."""
        found = self._from_an_index(lambda base, index: index.words(), words=True)
        return None if found is None else found[1]

    def show(self, *ids: str, context: int = 0) -> Results[EventRow]:
        """The events with these ids, and ``context`` neighbours either side, in date order
        (``ktimeline show``); a neighbour's row has ``context=True``."""
        if not ids:
            raise InvalidArgumentError("ids", ids, "must name at least one event")
        for each in ids:
            _check_text("ids", each)
        if isinstance(context, bool) or not isinstance(context, int) or context < 0:
            raise InvalidArgumentError("context", context, f"must be a whole number, 0 or more, "
                                       f"not {context!r}")  # fmt: skip
        from ktimeline.report import EventRow

        try:  # a large file: the ids are looked up in its index
            found = self._from_index(lambda base, index: index.around(ids, context))
        except KeyError as missing:
            raise UnknownNameError("event id", missing.args[0], argument="ids") from None
        if found is not None:
            shown = found[1]
            return Results("events", [EventRow(e, context=not asked) for e, asked in shown])
        through_library = self._from_library_index(
            lambda base, index: _shown_through_library(index, ids, context)
        )
        if through_library is not None and through_library[1] is not None:
            return Results("events", through_library[1])
        from ktimeline.query import with_context

        rows = with_context(self.chronology(), ids, context)
        others = self._same_happenings()
        return Results("events", [
            EventRow(row.event, context=not row.asked,
                     reported_by=_reported_by(others, row.event) if row.asked else ())
            for row in rows
        ])  # fmt: skip

    def _same_happenings(self) -> SameHappenings:
        """Which events of other sources report the same happening (see happenings.py)."""
        from ktimeline.happenings import SameHappenings

        return SameHappenings(self.chronology().events)

    def reported_by(self, event_id: str) -> list[tuple[Event, str]]:
        """The events of other sources judged to report the same happening as the event
        ``event_id``, each with the reason (same day or a day apart, the words in common);
        see ktimeline.happenings. The events themselves are never merged."""
        _check_text("event_id", event_id)
        chronology = self.chronology()
        if event_id not in chronology.position:
            from ktimeline.query import unknown_id

            raise unknown_id(chronology, event_id)
        event = chronology.events[chronology.position[event_id]]
        return [(other, link.reason) for other, link in self._same_happenings().reports_of(event)]

    def dedupe(self, rows: Iterable[Event | EventRow]) -> list[EventRow]:
        """Events (or rows of an answer about events) with each happening listed once per
        source: the first of the events judged to report it, in the order given, stands for
        the other sources' events, which it names in ``reported_by`` (with the reason), and
        the rest stay as they are, in the order given. An event of the standing event's own
        source is never hidden under it: two entries of one author are two entries, even
        when a chain of links through another source's reports joins them. (``--dedupe``: a
        listing of several sources without repeats.)"""
        from ktimeline.happenings import happenings
        from ktimeline.report import EventRow

        given = [row if isinstance(row, EventRow) else EventRow(row) for row in rows]
        others = self._same_happenings()
        links = [link for row in given for _, link in others.reports_of(row.event)]
        standing: dict[str, tuple[tuple[str, str, str], ...]] = {}  # listed id -> hidden
        for group in happenings([row.event for row in given], links):
            first = group[0]
            hidden = [event for event in group[1:] if event.source_label != first.source_label]
            reasons = _reasons_from(first.id, links) if hidden else {}
            standing[first.id] = tuple(
                (event.source_label or "", event.id, reasons.get(event.id, "same happening"))
                for event in hidden
            )
            for event in group[1:]:
                if event.source_label == first.source_label:
                    standing[event.id] = ()
        return [
            row._replace(reported_by=standing[row.event.id])
            for row in given
            if row.event.id in standing
        ]

    def quotes(
        self,
        query: str | None = None,
        *,
        speaker: str | None = None,
        mode: SearchModeName = "fuzzy",
        threshold: float = DEFAULT_THRESHOLD,
        **filters: Any,
    ) -> Results[QuoteRow]:
        """Who said what (``ktimeline quotes``): statements, optionally those of one speaker
        (any alias) and those whose quote matches ``query`` (as ``search`` matches)."""
        from ktimeline.query import statements_of
        from ktimeline.report import QuoteRow
        from ktimeline.search import search_quotes

        _check_filters(filters)
        for argument, value in (("query", query), ("speaker", speaker)):
            if value is not None:
                _check_text(argument, value)
        how = _search_mode(mode)
        cutoff = _threshold(threshold)
        chronology = self._with_statements(every_event=bool(filters.get("sources")))
        notes: list[NameNote] = []
        who = None
        if speaker is not None:
            if not speaker.strip():  # as an empty actors= is: said so, not "unknown actor ''"
                raise InvalidArgumentError("speaker", speaker, "is empty")
            who, note = chronology.actor_index.read(speaker, argument="speaker")
            notes += [note] if note is not None else []
        chosen, selection = self._selected(chronology, filters)
        hits = search_quotes(statements_of(selection.events, who), query, how, cutoff)
        maybe = {event.id for event in selection.possible}
        rows = [
            QuoteRow(h.event, h.statement, h.score, h.marks, possible=h.event.id in maybe)
            for h in hits
        ]
        left = search_quotes(statements_of(selection.unlisted, who), query, how, cutoff)
        return Results(
            "quotes", rows, notes=[*notes, *chosen.notes], scored=query is not None,
            possible=list(dict.fromkeys(row.event for row in rows if row.possible)),
            unlisted=list(dict.fromkeys(hit.event for hit in left)),
        )  # fmt: skip

    def _with_statements(self, *, every_event: bool) -> Chronology:
        """The data a question about statements needs: through the library index (when
        several files are read), only the events that hold statements; else the whole data.
        ``every_event``: the question needs them all (a source named by a filter is known
        only from the events)."""
        found = None if every_event else self._from_library_index(
            lambda base, index: index.with_statements()
        )  # fmt: skip
        if found is None:
            return self.chronology()
        base, events = found
        return base.with_events(events)

    def actors(self, name: str | None = None, **filters: Any) -> Results[ActorRow]:
        """Actors with their numbers of events and statements (``ktimeline actors``).

        With ``name``: the actor(s) it may stand for, in the data's order — every Kim for
        "Kim", Stephen Biegun for "Beigun". Without: the actors of the filtered events, most
        involved first (every actor when there are no filters)."""
        from ktimeline.query import actor_counts
        from ktimeline.report import ActorRow
        from ktimeline.vocabulary import PREFIX, SPELLING, NameNote

        _check_filters(filters)
        if name is not None:
            _check_text("name", name)
        chronology = self.chronology()
        chosen, selection = self._selected(chronology, filters)
        counts = actor_counts(selection.events)
        known = chronology.vocabulary.actors
        notes = list(chosen.notes)
        if name is not None:
            index = chronology.actor_index
            found, how = index.find(name)
            if not found:
                raise UnknownNameError("actor", name, tuple(index.suggest(name)), argument="name")
            if how in (PREFIX, SPELLING):
                notes += [NameNote("actor", "name", name, n, how) for n in found]
            names = list(found)
        else:
            names = [n for n in known if n in counts or not chosen]
        rows = [
            ActorRow(known[n], counts[n].events if n in counts else 0,
                     counts[n].statements if n in counts else 0)
            for n in names
        ]  # fmt: skip
        if name is None:
            rows.sort(key=lambda row: (-row.events, row.actor.name))
        return Results("actors", rows, notes=notes, unlisted=selection.unlisted)

    def tags(self, **filters: Any) -> Results[TagRow]:
        """Tags with descriptions and numbers of events, most used first (``ktimeline tags``);
        with filters, only the tags of the events that pass them."""
        from ktimeline.query import tag_counts
        from ktimeline.report import TagRow

        _check_filters(filters)
        chronology = self.chronology()
        chosen, selection = self._selected(chronology, filters)
        counts = tag_counts(selection.events)
        descriptions = {t.name: t.description for t in chronology.vocabulary.tags.values()}
        names = [n for n in chronology.tag_index.names if counts[n] or not chosen]
        rows = sorted(
            (TagRow(n, descriptions.get(n), counts[n]) for n in names),
            key=lambda row: (-row.events, row.name),
        )
        return Results("tags", rows, notes=chosen.notes, unlisted=selection.unlisted)

    def stats(
        self, by: str = "month", *, sort: str | None = None, **filters: Any
    ) -> Results[Bucket]:
        """Numbers of events by month, week, actor, tag or place, or of statements by
        speaker (``ktimeline stats``). ``sort``: "count" (most first) or "key"; by default
        months and weeks in time order (with empty weeks as zero), names most first."""
        from ktimeline.stats import SORTS, count_by, count_dates, ordered

        if by not in GROUPINGS:
            raise InvalidArgumentError("by", by, f"must be one of {', '.join(GROUPINGS)}")
        if sort is not None and sort not in SORTS:
            raise InvalidArgumentError("sort", sort, f"must be one of {', '.join(SORTS)}")
        _check_filters(filters)
        if by in ("month", "week") and not any(filters.values()):
            found = self._from_an_index(lambda base, index: index.date_counts())  # dates alone
            if found is not None:
                return Results("stats", ordered(count_dates(found[1], by), by, sort), by=by)
        chronology = self.chronology()
        chosen, selection = self._selected(chronology, filters)
        return Results(
            "stats", ordered(count_by(selection.events, by), by, sort), by=by,
            notes=chosen.notes, unlisted=selection.unlisted,
        )  # fmt: skip

    def sources(self) -> Results[SourceSummary]:
        """Every chronology read, one row per file (``ktimeline sources``): its name (the
        bundled one is "bundled"), title, publisher, period covered (first and last dates),
        numbers of events and statements, where it came from and the file read.

        Read quickly, for the listing: the events themselves are validated when a question
        reads them."""
        from pathlib import Path

        from ktimeline.library import BUNDLED_NAME, summarize
        from ktimeline.loader import data_sources

        rows = [
            summarize(Path(source.path), BUNDLED_NAME if source.is_bundled else None)
            for source in data_sources(
                self.paths, bundled=self.bundled, environ=self._environ, library=self._library
            )
            if source.path is not None
        ]
        return Results("sources", rows)


def _empty_over_index(
    index: EventIndex | LibraryIndex, vocabulary: Vocabulary, paths: Sequence[Path]
) -> Chronology:
    """The data choice of ``paths`` as an index answers for it: no event yet (``fetch`` looks
    them up: ``Chronology.with_events``), and every tag and place the index knows the files
    use beyond the vocabulary's."""
    from ktimeline.loader import Chronology

    return Chronology(
        (), vocabulary, tuple(map(os.fspath, paths)), more_tags=index.tags,
        more_places=index.places,
    )  # fmt: skip


def _shown_through_library(
    index: LibraryIndex, ids: Sequence[str], context: int
) -> list[EventRow] | None:
    """``show`` through the library index: the events and their neighbours, and for each
    event asked for the events of other sources reporting the same happening, found among
    the events of the days near it (``happenings.near_days``: all the rule compares);
    None when an id is unknown (the files are then read, for the error)."""
    from ktimeline.happenings import SameHappenings, near_days
    from ktimeline.report import EventRow

    shown = index.around(ids, context)
    if shown is None:
        return None
    rows = []
    for event, asked in shown:
        reported: tuple[tuple[str, str, str], ...] = ()
        days = near_days(event) if asked else None
        if days is not None:
            reported = _reported_by(SameHappenings(index.between(*days)), event)
        rows.append(EventRow(event, context=not asked, reported_by=reported))
    return rows


def _reasons_from(first: str, links: Sequence[Link]) -> dict[str, str]:
    """Why each event of a happening's group is the happening of ``first``: its link's
    reason when the two are linked, else the links that join them, one after the other
    (``through ID: …``). A group holds the events linked to any of its events, so an
    event may be in it only through another event's links; its reason was "same
    happening", with nothing to check it by (hostile review 8)."""
    neighbours: dict[str, list[tuple[str, str]]] = {}
    for link in links:
        neighbours.setdefault(link.first, []).append((link.second, link.reason))
        neighbours.setdefault(link.second, []).append((link.first, link.reason))
    reasons: dict[str, str] = {first: ""}
    waiting = [first]
    while waiting:  # breadth first: the shortest chain of links
        at = waiting.pop(0)
        for other, reason in neighbours.get(at, ()):
            if other not in reasons:
                reasons[other] = reason if at == first else f"through {at}: {reason}"
                waiting.append(other)
    del reasons[first]
    return reasons


def _reported_by(others: SameHappenings, event: Event) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (other.source_label or "", other.id, link.reason)
        for other, link in others.reports_of(event)
    )


def _never_less_hits(
    chronology: Chronology,
    events: Sequence[Event],
    query: str,
    how: SearchMode,
    cutoff: float,
    *,
    highlight: bool,
    related: bool,
) -> Hits:
    """The events' hits at ``cutoff`` and, below the default threshold, those found at
    higher ones too (``fuzziness.never_less``: a lower threshold never finds less), in the
    events' order; the broad events left out are those no threshold found otherwise."""
    from ktimeline.fuzziness import never_less
    from ktimeline.search import search_events

    hits = never_less(
        cutoff, DEFAULT_THRESHOLD,
        lambda at: search_events(
            chronology, events, query, how, at, highlight=highlight, related=related
        ),
        key=lambda hit: hit.event.id,
    )  # fmt: skip
    order = {event.id: number for number, event in enumerate(events)}
    hits.sort(key=lambda hit: order[hit.event.id])
    found = {hit.event.id for hit in hits}
    hits.left_out = [hit for hit in hits.left_out if hit.event.id not in found]
    return hits


def _events(selection: Selection, chosen: Filters) -> Results[Event]:
    """The events of a selection: the certain ones, then the possible ones if listed."""
    return Results(
        "events", selection.events, notes=chosen.notes,
        possible=selection.possible if selection.listed else (), unlisted=selection.unlisted,
    )  # fmt: skip


def _check_filters(filters: Mapping[str, Any]) -> None:
    """An unknown keyword is the caller's error, named as such (not a TypeError about
    a private method)."""
    for key, value in filters.items():
        if key not in FILTERS:
            raise InvalidArgumentError(key, value, f"is not a filter ({', '.join(FILTERS)})")


def _check_text(argument: str, value: object) -> None:
    """Text, and valid text: an unpaired surrogate is what a command-line argument that is
    not in the terminal's encoding (``$'\\xff'``) becomes in Python, and could be neither
    matched, looked up nor written."""
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, value, f"must be text, not {type(value).__name__}")
    from ktimeline.schema import lone_surrogate, surrogates_described

    if lone_surrogate(value) is not None:
        reason = surrogates_described(value)
        raise InvalidArgumentError(argument, value, f"is not valid text: {reason}")


def _paths(argument: str, value: Any) -> tuple[str | os.PathLike[str], ...]:
    """Paths given as a sequence (a path alone, text or ``pathlib.Path``, counts as one:
    ``actor_files="mine.jsonl"`` is that file, never the files m, i, n…)."""
    if isinstance(value, (str, os.PathLike)):
        value = (value,)
    try:
        paths = tuple(value)
    except TypeError:
        raise InvalidArgumentError(
            argument, value, f"must be a path or a list of paths, not {type(value).__name__}"
        ) from None
    for path in paths:
        if not isinstance(path, (str, os.PathLike)) or not isinstance(os.fspath(path), str):
            raise InvalidArgumentError(
                argument, path, f"must hold paths (text or pathlib.Path), not {path!r}"
            )
        if path == "":  # not the current directory (as Path("") would have it)
            raise InvalidArgumentError(argument, path, "is empty")
    return paths


def _flag(argument: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgumentError(argument, value, f"must be True or False, not {value!r}")
    return value


def _names(argument: str, value: Any) -> str | tuple[str | tuple[str, ...], ...]:
    """A name, or names or alternatives (sequences of names), as a tuple; the names
    themselves are checked where they are read."""
    if isinstance(value, str):
        return value
    try:
        return tuple(item if isinstance(item, str) else tuple(item) for item in value)
    except TypeError:
        raise InvalidArgumentError(
            argument, value, f"must be a name or a list of names, not {type(value).__name__}"
        ) from None


def _day(value: Day | None, argument: str, *, last: bool) -> date | None:
    """A filter's date bound: a date as it is, a moment (``datetime``, ``pd.Timestamp``,
    ``numpy.datetime64``) as its day, text as its first (or last) day. A ``datetime64`` of
    month or year unit names that month or year, as its text does: read as its first day,
    ``between(np.datetime64("2019-12"))`` found nothing."""
    if value is None:
        return None
    if isinstance(value, date):
        return _day_of(value, argument)
    if type(value).__name__ == "datetime64":  # numpy's, without importing numpy here
        day = _day_of_datetime64(value, argument)  # NaT and years past 9999 refused
        if str(value.dtype) not in ("datetime64[M]", "datetime64[Y]"):
            return day
        value = str(value)  # "2019-12", "2019": read below as the text
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, value, "must be a date or text such as '2019-11'")
    from ktimeline.dates import parse_date_argument

    span = parse_date_argument(value, argument)
    return span.end if last else span.start


def _day_of(value: date, argument: str) -> date:
    """A ``datetime`` (and ``pd.Timestamp``, a subclass) as its day, in its own time zone:
    compared as a moment with the days of the data it found nothing (a datetime is a date
    to Python, but never equal to one), and mixed with a day it raised TypeError."""
    if not isinstance(value, datetime):
        return value
    if value != value:  # pd.NaT, a datetime that is no moment
        raise InvalidArgumentError(argument, value, "is not a date (NaT)")
    return value.date()


def _day_of_datetime64(value: Any, argument: str) -> date:
    """A ``numpy.datetime64`` as its day."""
    day = value.astype("datetime64[D]").item()  # a date; None for NaT, an int out of range
    if not isinstance(day, date):
        raise InvalidArgumentError(argument, value, "is not a date from year 1 to 9999")
    return day


def _range(start: Day, end: Day | None) -> tuple[date, date]:
    if isinstance(start, str) and (end is None or isinstance(end, str)):
        from ktimeline.dates import parse_range

        return parse_range(start, end)
    first = _day(start, "start", last=False)
    last = _day(start if end is None else end, "end", last=True)
    assert first is not None and last is not None
    if first > last:
        raise InvalidArgumentError("end", end, f"is before start ({start})")
    return first, last


def _search_mode(mode: str) -> Any:
    from ktimeline.search import SearchMode

    try:
        return SearchMode(mode)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in SearchMode)
        raise InvalidArgumentError("mode", mode, f"must be one of {choices}") from None


def _threshold(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise InvalidArgumentError("threshold", value, f"must be from 0 to 100, not {value}")
    return float(value)


# --- import ---------------------------------------------------------------------------------


class ImportOutcome:
    """What ``import_chronology`` read and wrote.

    ``document`` is the text read (its ``name``; ``where(line)`` locates a line of it in the
    original file: "12", or "page 2, line 5" in a PDF). ``result`` holds the events and what
    was left out (``unplaced`` lines with reasons, ``layout`` lines, ``warnings``);
    ``target`` and ``written`` say where the events went (``written`` is None when nothing
    was written: no ``out``, a dry run, or ``strict`` with lines left out); ``added`` what
    an add to the library did (its name and file, and the source it replaced), else None."""

    __slots__ = ("actors_written", "added", "document", "result", "target", "written")

    def __init__(
        self,
        document: ImportText,
        result: ImportResult,
        target: Path | None,
        written: WriteSummary | None,
        actors_written: Path | None = None,
        added: Added | None = None,
    ) -> None:
        self.document = document
        self.result = result
        self.target = target
        self.written = written
        self.actors_written = actors_written  # the actor file written beside the events
        self.added = added  # what an add to the library did

    @property
    def name(self) -> str:
        """The input as messages name it ("<stdin>" for "-")."""
        return self.document.name


class LibraryEntry:
    """What ``import_chronology(add=...)`` records of a source added to the library, beyond
    what its text says: its title and publisher (default: the article's citation line, else
    a web page's <title>, else a text's first line when it reads as a title, else the file's
    name), web address, and day of retrieval (default: the day the file was last
    modified, the day it was saved; for standard input, today). ``keep_both``: add it as a
    source of its own even when a source of the library came from the same file (by
    default it replaces that one: re-adding an edited file is a new version of it)."""

    __slots__ = ("address", "keep_both", "publisher", "retrieved", "title")

    def __init__(
        self,
        title: str | None = None,
        publisher: str | None = None,
        address: str | None = None,
        retrieved: date | str | None = None,
        keep_both: bool = False,
    ) -> None:
        for argument, value in (("title", title), ("publisher", publisher),
                                ("address", address)):  # fmt: skip
            if value is not None:
                _check_text(argument, value)
        self.keep_both = _flag("keep_both", keep_both)
        self.title = title
        self.publisher = publisher
        self.address = address
        self.retrieved = _retrieval_day(retrieved)


def _retrieval_day(retrieved: date | str | None) -> date | None:
    """The day a source was retrieved, checked: a real day (2019-02-30 is none), and not
    after today (a day to come is a typo; the citation would say what did not happen)."""
    if retrieved is None:
        return None
    if isinstance(retrieved, str):
        import re

        try:
            day = date.fromisoformat(retrieved)
        except ValueError:
            shape = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", retrieved.strip())
            why = f"{retrieved!r} is not a day written YYYY-MM-DD"
            if shape is not None and 1 <= int(shape[2]) <= 12:
                why = (
                    f"{retrieved!r} is not a real day ({shape[1]}-{shape[2]} has no day {shape[3]})"
                )
            elif shape is not None:
                why = f"{retrieved!r} is not a real day (there is no month {shape[2]})"
            raise InvalidArgumentError("retrieved", retrieved, why) from None
    else:
        day = retrieved
    if isinstance(day, datetime):
        day = day.date()
    if day > date.today():
        raise InvalidArgumentError(
            "retrieved", retrieved, f"{day.isoformat()} is after today ({date.today().isoformat()})"
        )
    return day


def import_chronology(
    file: str | os.PathLike[str],
    *,
    out: str | os.PathLike[str] | None = None,
    force: bool = False,
    append: bool = False,
    source_title: str | None = None,
    source_section: str = "chronology",
    year: int | None = None,
    encoding: str | None = None,
    dry_run: bool = False,
    strict: bool = False,
    actor_files: Sequence[str | os.PathLike[str]] = (),
    actors_out: str | os.PathLike[str] | None = None,
    add: LibraryEntry | bool = False,
    library: str | os.PathLike[str] | None = None,
    write_actor_lines: Callable[[list[str]], None] | None = None,
) -> ImportOutcome:
    """Turn a chronology ("Sept. 1, 2019: text") in a text file, a saved web page or a PDF
    into events (``ktimeline import``).

    With ``out``, the events are written there atomically, under a lock: refused if it
    exists, unless ``force`` (overwrite) or ``append`` (add the events it lacks — one of the
    same date and text is already there — each with an id the file does not hold). Nothing
    is written on a ``dry_run``, when no entry could be placed, or with ``strict`` when any
    line could not be placed. ``encoding`` names the encoding of a text or HTML file
    (default UTF-8). A wrong argument raises InvalidArgumentError.

    The events name the actors the knowledge base of the field finds and new ones the text
    introduces; those the actor tables (bundled and ``actor_files``) lack are written to
    ``actors_out`` (added to it if it exists: a record already there, perhaps edited, is
    kept), or, when the events are written to ``out`` and no ``actors_out`` is given, to
    ``out``'s name with ``.actors.jsonl`` beside it, which is read with the events whenever
    they are (``loader.actors_beside``); an add to the library writes them beside its file.
    ``actors_out="-"`` is standard output, as for every file argument: no actor file is
    written (nor one beside ``out``), and the caller writes ``actor_lines`` of
    ``outcome.result.new_actors`` there (as it writes the events when no ``out``), or gives
    ``write_actor_lines``, called with them once the events are checked and before ``out``
    changes: when it raises, ``out`` is left as it was (the events and the actors that
    they name go out together or not at all). An actor file that is a device or a FIFO is
    written at that step too.

    With ``add`` (True, or a ``LibraryEntry`` saying what to record), the events are added
    to the library (``library``, default the user's; see library.py) as one source,
    replacing the source with the same address or, without one, the same text read or the
    same file (unless ``LibraryEntry(keep_both=True)``); their ids are kept apart from every
    other source's."""
    from pathlib import Path

    from ktimeline.importing.events import parse_chronology
    from ktimeline.importing.sources import check_encoding, read_import
    from ktimeline.loader import (
        actors_beside,
        load_chronology,
        load_vocabulary,
        read_standard_input_once,
    )
    from ktimeline.model import SECTIONS
    from ktimeline.writer import is_special_file, save_events

    file = _paths("file", (file,))[0]
    out = _paths("out", (out,))[0] if out is not None else None
    actors_out = _paths("actors_out", (actors_out,))[0] if actors_out is not None else None
    # ("-": standard output, which the caller writes; no actor file then, not even beside out)
    actors_to_standard_output = actors_out is not None and os.fspath(actors_out) == STDOUT
    for argument, flag in (("force", force), ("append", append), ("dry_run", dry_run),
                           ("strict", strict)):  # fmt: skip
        _flag(argument, flag)
    for argument, text in (("source_title", source_title), ("encoding", encoding)):
        if text is not None:
            _check_text(argument, text)
    if source_section not in SECTIONS:
        raise InvalidArgumentError(
            "source_section", source_section, f"must be {' or '.join(SECTIONS)}"
        )
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)
                             or not 1 <= year <= 9999):  # fmt: skip
        raise InvalidArgumentError("year", year, f"must be a year from 1 to 9999, not {year!r}")
    actor_files = _paths("actor_files", actor_files)
    if force and append:
        raise InvalidArgumentError("append", append, "cannot be used with force")
    if add is not False and out is not None:
        raise InvalidArgumentError("add", add, "cannot be used with out (the library is where)")
    if add is not False and actors_out is not None:
        # (it was ignored: the actors went beside the library's file, and none to it)
        raise InvalidArgumentError(
            "actors_out", os.fspath(actors_out),
            "cannot be used with an add to the library (the library keeps a source's actors "
            "beside it); nothing was written",
        )  # fmt: skip
    for argument, written_to in (("out", out), ("actors_out", actors_out)):
        if written_to is not None and _same_file(file, written_to):
            # (as `sort -o` is careful to be: --force means replacing an older output, never
            # the text being read, which would be lost)
            raise InvalidArgumentError(
                argument,
                os.fspath(written_to),
                f"names the file being imported ({os.fspath(file)}); nothing was written",
            )
    if out is not None and actors_out is not None and _names_one_file(out, actors_out):
        # (the actor file was renamed over the events just written: "wrote 1 event", and
        # the file held only actors)
        raise InvalidArgumentError(
            "actors_out",
            os.fspath(actors_out),
            f"names the file the events are written to ({os.fspath(out)}); nothing was written",
        )
    read_standard_input_once([file, *actor_files])
    document = read_import(
        os.fspath(file), check_encoding(encoding) if encoding is not None else None
    )
    vocabulary = load_vocabulary(actor_files)
    target = Path(out) if out is not None else None
    source = _import_source(document, file, source_section, source_title, add)
    if add is not False and not dry_run:
        return _add_to_library(
            document, source, vocabulary, Path(library) if library is not None else None,
            year=year, strict=strict, keep_both=isinstance(add, LibraryEntry) and add.keep_both,
        )  # fmt: skip
    # Ids are numbered within the text here; those an appended file already holds are
    # renumbered by the writer, under its lock (two runs at once must not choose the same).
    result = parse_chronology(
        document.text, vocabulary, source=source, default_year=year,
    )  # fmt: skip
    result.warnings[:0] = document.warnings
    written = None
    keep = result.events and not dry_run and not (strict and result.unplaced)
    actors_written = None
    if result.new_actors and keep and not actors_to_standard_output:
        if actors_out is not None:
            actors_written = Path(actors_out)
        elif target is not None:
            actors_written = actors_beside(target)
    with contextlib.ExitStack() as stack:
        # The actor file staged (read, checked, written beside) before the events are
        # written, renamed into place after them: an actor file that cannot be read or
        # written (a directory, another format, a full disk) leaves the events unwritten too,
        # never events that name actors no file holds (the events alone would not load).
        # A stream's actors (standard output, a device) cannot be staged: they go out once
        # the events are checked, before their file changes, which is left as it was when
        # they cannot (never events whose actors were lost).
        commit_actors = None
        send_actors: Callable[[], None] | None = None
        if actors_written is not None:
            named_by = "actors_out" if actors_out is not None else "out"
            step = _staged_actors(stack, actors_written, result.new_actors, named_by)
            if is_special_file(actors_written):
                send_actors = step
            else:
                commit_actors = step
        elif actors_to_standard_output and write_actor_lines is not None and result.new_actors:
            send_actors = functools.partial(write_actor_lines, actor_lines(result.new_actors))
        if target is not None and keep:
            # the actors the events may name: the tables', and the new ones written beside
            known_actors = {
                **vocabulary.actors, **{actor.name: actor for actor in result.new_actors}
            }  # fmt: skip
            written = save_events(
                target, result.events, force=force, append=append,
                load_existing=lambda at: load_chronology(
                    [at], actor_files=[*actor_files, *_existing(actors_out, target)]
                ).events,
                known_actors=known_actors, before_writing=send_actors or (lambda: None),
            )  # fmt: skip
        if commit_actors is not None:
            commit_actors()
    return ImportOutcome(document, result, target, written, actors_written)


def actors_needing_a_file(actors: Iterable[Actor]) -> list[Actor]:
    """The actors (an import's new ones) that events naming them cannot be read without an
    actor file: those the knowledge base of the field lacks too (its own are known when
    read: see ``Timeline._known_elsewhere``)."""
    from ktimeline.importing.knowledge import knowledge

    known = knowledge().actors
    return [actor for actor in actors if actor.name not in known]


def _same_file(file: str | os.PathLike[str], other: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file (by another path, a link): ``os.path.samefile``,
    False when either is not there (or is standard input)."""
    if os.fspath(file) == "-" or os.fspath(other) == "-":
        return False
    try:
        return os.path.samefile(file, other)
    except (OSError, ValueError):
        return False


def _names_one_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """Whether two paths to write name one file, there yet or not (by another path, a
    link; standard output, "-", is no file)."""
    if os.fspath(first) == "-" or os.fspath(second) == "-":
        return False
    return _same_file(first, second) or os.path.realpath(first) == os.path.realpath(second)


def _import_source(
    document: ImportText,
    file: Any,
    section_name: str,
    title: str | None,
    add: LibraryEntry | bool,
) -> Source:
    """The source of imported events: the article's citation line if it has one, else its
    section alone; ``title`` (--source-title) over the citation's; for an add to the
    library, what the library records of it (a web page's own <title> before its file's
    name)."""
    from msgspec.structs import replace

    from ktimeline.importing.events import citation_source
    from ktimeline.model import SECTIONS, Source

    section = next(name for name in SECTIONS if name == section_name)  # checked by the caller
    source = citation_source(document.text, section) or Source(section)
    if title is not None:
        source = replace(source, title=title)
    if add is not False:
        entry = add if isinstance(add, LibraryEntry) else LibraryEntry()
        source = _library_source(source, entry, file, document)
    return source


def _existing(actors_out: str | os.PathLike[str] | None, target: Path) -> list[str]:
    """The actor file an --append import wrote before, so that the events there load: the
    one named by ``actors_out`` (the one beside ``target`` is read with it anyway)."""
    from pathlib import Path

    from ktimeline.loader import actors_beside

    if actors_out is None or os.fspath(actors_out) == STDOUT:
        return []
    if Path(actors_out) == actors_beside(target):
        return []
    return [os.fspath(actors_out)] if Path(actors_out).exists() else []


def _staged_actors(
    stack: contextlib.ExitStack[bool | None], path: Path, actors: Sequence[Actor], argument: str
) -> Callable[[], None]:
    """The step that adds ``actors`` to the actor file at ``path``, its new content written
    beside it now (see writer.staged; the file read and checked first): a file that cannot
    be read or written raises InvalidArgumentError here, before anything changed. A device
    or FIFO is written into at that step instead. ``argument``: the one that named the file
    (``out`` for the actor file beside the events)."""
    from ktimeline.writer import is_special_file, locked, staged

    if is_special_file(path):
        content = _actor_file_content(path, actors, argument=argument)
        return lambda: _write_actors(path, content, argument)
    try:
        # the file's lock held from its reading to its renaming (the events written between):
        # two imports appending at once both land, never one run's actors over the other's
        # (a missing directory is left to the staging below to name, as it always did)
        if path.parent.is_dir():
            stack.enter_context(locked(path))
    except OutputError as exc:
        raise InvalidArgumentError(argument, os.fspath(path), exc.reason) from None
    content = _actor_file_content(path, actors, argument=argument)
    try:
        commit: Callable[[], None] = stack.enter_context(staged(path, content))
        return commit
    except OutputError as exc:
        raise InvalidArgumentError(argument, os.fspath(path), exc.reason) from None


def _save_actors(path: Path, actors: Sequence[Actor], *, replace: bool = False) -> None:
    """Add ``actors`` to the actor file at ``path`` (atomically): records already there stay
    as they are, for a user may have edited them (``replace``: only these actors)."""
    _write_actors(path, _actor_file_content(path, actors, replace=replace), "actors_out")


def _write_actors(path: Path, content: bytes, argument: str) -> None:
    from ktimeline.writer import write_atomically

    try:  # synced, the file's mode kept; a failure leaves the file as it was
        write_atomically(path, content)
    except OutputError as exc:
        raise InvalidArgumentError(argument, os.fspath(path), exc.reason) from None


def actor_lines(actors: Iterable[Actor]) -> list[str]:
    """The records of an actor file (the format of data/actors.jsonl) for ``actors``, one
    line of JSON each, with its newline."""
    import json

    return [
        json.dumps({"name": actor.name, "kind": actor.kind, "affiliation": actor.affiliation,
                    "role": actor.role, "aliases": list(actor.aliases)},
                   ensure_ascii=False) + "\n"
        for actor in actors
    ]  # fmt: skip


def _actor_file_content(
    path: Path, actors: Sequence[Actor], *, replace: bool = False, argument: str = "actors_out"
) -> bytes:
    """The actor file at ``path`` with ``actors`` added (records already there kept as they
    are; ``replace``: only these actors); InvalidArgumentError if it cannot be read or is no
    actor file."""
    import json

    from ktimeline.schema import KeyTwice, no_key_twice

    lines: list[str] = []
    names: set[str] = set()
    if path.exists() and not replace:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise InvalidArgumentError(
                argument, os.fspath(path), f"cannot read {path}: {why}"
            ) from None
        # Lines end at LF (or CRLF) only: str.splitlines would also split at U+2028 or
        # U+0085 inside a JSON string, which the reader of actor files keeps in its line.
        for line in text.split("\n"):
            line = line.removesuffix("\r")
            if line.strip():
                lines.append(line)
                try:
                    names.add(json.loads(line, object_pairs_hook=no_key_twice)["name"])
                except KeyTwice as exc:
                    raise InvalidArgumentError(argument, os.fspath(path), str(exc)) from None
                except (ValueError, KeyError, TypeError):
                    raise InvalidArgumentError(
                        argument, os.fspath(path), "is not an actor file (JSON Lines)"
                    ) from None
    added = actor_lines(actor for actor in actors if actor.name not in names)
    return "".join([*(line + "\n" for line in lines), *added]).encode("utf-8")


def _library_source(source: Source, entry: LibraryEntry, file: Any, document: ImportText) -> Source:
    """The source of a chronology added to the library: the article's citation with what
    the library records (title, publisher, address, retrieval, file, SHA-256 of the text)."""
    import hashlib
    from datetime import datetime
    from pathlib import Path

    name = os.fspath(file)
    retrieved = entry.retrieved
    if retrieved is None:
        try:
            stamp = Path(name).stat().st_mtime if name != "-" else None
        except OSError:
            stamp = None
        retrieved = (datetime.fromtimestamp(stamp) if stamp is not None else datetime.now()).date()
    text = document.text
    from ktimeline.importing.events import title_line

    title = entry.title or source.title or source.heading or document.title
    if title is None and document.kind != "pdf":
        title = title_line(text)
    if title is None:
        title = Path(name).stem if name != "-" else "standard input"
    from msgspec.structs import replace

    return replace(
        source, title=title, publication=entry.publisher or source.publication,
        address=entry.address, retrieved=retrieved.isoformat(),
        file=os.path.abspath(name) if name != "-" else None,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )  # fmt: skip


class _NothingToAdd(Exception):
    """Raised inside the library's lock when the import adds nothing (no entry, --strict)."""


def _add_to_library(
    document: ImportText,
    source: Source,
    vocabulary: Vocabulary,
    directory: Path | None,
    *,
    year: int | None,
    strict: bool,
    keep_both: bool = False,
) -> ImportOutcome:
    """Parse and add under the library's lock (the ids other sources use are known there)."""
    from ktimeline.importing.events import parse_chronology
    from ktimeline.library import add_source, library_directory
    from ktimeline.loader import ACTORS_BESIDE, actors_beside, actors_held, load_chronology

    results: list[ImportResult] = []

    def make_events(taken: set[str]) -> Sequence[Event]:
        held = actors_held(sorted(where.glob("*" + ACTORS_BESIDE)))  # ("Kenneth Lay" there:
        persons = [name for name, actor in held.items() if actor.kind == "person"]  # "Ken Lay")
        result = parse_chronology(
            document.text, vocabulary, source=source, default_year=year, existing_ids=taken,
            library_persons=persons,
        )  # fmt: skip
        result.warnings[:0] = document.warnings
        results.append(result)
        if not result.events or (strict and result.unplaced):
            raise _NothingToAdd
        return result.events

    def write_actors(path: Path) -> None:  # before the events, under the library's lock
        beside = actors_beside(path)
        # An actor another source of the library already holds is written as it holds it:
        # two sources that each found "Kenneth Lay" (one with a role, one without) would
        # otherwise hold two records of one name, which no query could load.
        others = sorted(set(path.parent.glob("*" + ACTORS_BESIDE)) - {beside})
        held = actors_held(others)
        new = [held.get(actor.name, actor) for actor in results[-1].new_actors]
        if new:
            _save_actors(beside, new, replace=True)
        elif beside.exists():
            beside.unlink()  # a replaced source's actors

    where = directory if directory is not None else library_directory()
    bundled = load_chronology().events
    try:
        added = add_source(
            where, make_events, title=source.title or "source", address=source.address,
            sha256=source.sha256, file=source.file, keep_both=keep_both,
            reserved_ids=[event.id for event in bundled],
            reserved_names={e.source_label for e in bundled if e.source_label is not None},
            before_events=write_actors,
        )  # fmt: skip
    except _NothingToAdd:
        return ImportOutcome(document, results[-1], None, None)
    return ImportOutcome(document, results[-1], added.path, None, added=added)


class CacheWarning(UserWarning):
    """A large file's index could not be used; the answer came from the file itself."""


def _warn_cache(problem: CacheProblem) -> None:
    import warnings

    warnings.warn(
        f"index {problem.path}: cannot {problem.action} it ({problem.reason}); "
        "answered from the file",
        CacheWarning,
        stacklevel=4,
    )
