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

import os
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from ktimeline.defaults import DEFAULT_THRESHOLD, GROUPINGS
from ktimeline.errors import InvalidArgumentError, UnknownNameError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from ktimeline.importing.events import ImportResult
    from ktimeline.importing.sources import ImportText
    from ktimeline.index.store import CacheProblem, EventIndex
    from ktimeline.loader import Chronology
    from ktimeline.model import Event
    from ktimeline.progress import Progress
    from ktimeline.query import Filters, Selection
    from ktimeline.report import ActorRow, EventRow, QuoteRow, TagRow
    from ktimeline.stats import Bucket
    from ktimeline.vocabulary import NameNote, Vocabulary
    from ktimeline.writer import WriteSummary

R = TypeVar("R")
T = TypeVar("T")

SearchModeName = Literal["fuzzy", "exact", "regex"]


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
    def __getitem__(self, index: slice) -> tuple[R, ...]: ...
    def __getitem__(self, index: int | slice) -> R | tuple[R, ...]:
        return self._rows[index]

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
        return f"<Results: {len(self._rows)} {self.kind}>"

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

        Events have every field of the schema as a column, in its order (with ``score`` for a
        search), a field an event lacks being None; lists and nested objects (statements,
        source) stay Python objects."""
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

            columns = [*EVENT_FIELDS, *(["score"] if self.scored else [])]
            records = [{name: record.get(name) for name in columns} for record in records]
        return pandas.DataFrame.from_records(records, columns=columns)


def open(
    *paths: str | os.PathLike[str],
    actor_files: Sequence[str | os.PathLike[str]] = (),
    bundled: bool = False,
    cache: bool = True,
) -> Timeline:
    """A Timeline over JSON Lines chronologies (no paths: the bundled chronology).

    ``actor_files`` add actors (with aliases) to the bundled ones, in the format of
    data/actors.jsonl; ``bundled`` adds the bundled chronology to ``paths``; ``cache=False``
    reads a large file whole instead of using (or building) its on-disk index. ``"-"`` reads
    standard input. Nothing is read until the first question; invalid data then raises
    DataError, with every problem.
    """
    return Timeline(paths, actor_files=actor_files, bundled=bundled, cache=cache, environ={})


class Timeline:
    """Questions over one choice of data; build it with ``ktimeline.open``.

    Filters, taken by every listing question as keyword arguments:

    * ``since``, ``until``: dates (``datetime.date``, or text as ``range`` takes it:
      ``"2019-11"``, ``"Nov 5 2019"``) — events on or after, on or before;
    * ``actors``, ``tags``, ``places``: names by any alias, in any case. A string is one
      condition; commas in it separate alternatives (``"Trump,Moon"``: either). A list holds
      conditions that must all hold (``["Trump", "Moon"]``: both), each a string or a
      list of alternatives (``[["Trump", "Moon"], "Kim Jong Un"]``);
    * ``section``: ``"chronology"`` or ``"narrative"``;
    * ``overlap``: with dates, also list the events that only overlap them (after the
      others; see ``Results.possible`` and ``Results.unlisted``).

    A small file is read whole on first use and kept: the answers then come from that
    reading. A large file is asked through its index on every question, confirmed against
    the file's content each time.
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
        progress: Progress | None = None,
    ) -> None:
        """``environ`` (default: os.environ) is read for the data choice the way the CLI
        reads it: ``$KTIMELINE_DATA`` when there are no paths. ``ktimeline.open`` passes an
        empty one, so that a library call means what it says. ``on_cache_problem`` hears of
        an index that could not be used (the answer then comes from the file); by default
        it becomes a ``CacheWarning``. ``progress`` is told how far a long read or index
        build has gone (the CLI draws a bar); by default nothing is told."""
        self.paths = tuple(paths)
        self.actor_files = tuple(actor_files)
        self.bundled = bundled
        self.cache = cache
        self._environ = environ
        self._on_cache_problem = on_cache_problem or _warn_cache
        from ktimeline.progress import NO_PROGRESS

        self._progress = progress or NO_PROGRESS
        self._whole: Chronology | None = None
        self._vocabulary: Vocabulary | None = None

    def __repr__(self) -> str:
        shown = ", ".join(repr(os.fspath(path)) for path in self.paths) or "bundled"
        return f"<Timeline {shown}>"

    # --- reading the data -------------------------------------------------------------------

    def chronology(self) -> Chronology:
        """Every event, read whole and validated (once; later calls return the same)."""
        if self._whole is None:
            from ktimeline.loader import load_chronology

            self._whole = load_chronology(
                self.paths, bundled=self.bundled, actor_files=self.actor_files,
                environ=self._environ, progress=self._progress,
            )  # fmt: skip
        return self._whole

    def vocabulary(self) -> Vocabulary:
        """The actors (bundled and from ``actor_files``), places, tags and terms."""
        if self._whole is not None:
            return self._whole.vocabulary
        if self._vocabulary is None:
            from ktimeline.loader import load_vocabulary

            self._vocabulary = load_vocabulary(self.actor_files)
        return self._vocabulary

    def _large_file(self) -> Path | None:
        """The one large file asked afresh on every question (through its index, or read
        for what the question needs), or None: several or bundled files, standard input, a
        small file, or the data already read whole."""
        if self._whole is not None:
            return None
        from ktimeline.loader import data_sources

        sources = data_sources(self.paths, bundled=self.bundled, environ=self._environ)
        if len(sources) != 1 or sources[0].path is None or sources[0].is_bundled:
            return None
        from ktimeline.index.store import is_large

        return sources[0].path if is_large(sources[0].path, self._environ) else None

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
        from ktimeline.loader import Chronology

        vocabulary = self.vocabulary()

        def ask(index: EventIndex) -> tuple[Chronology, T]:
            base = Chronology(
                (), vocabulary, (os.fspath(path),), more_tags=index.tags,
                more_places=index.places,
            )  # fmt: skip
            return base, fetch(base, index)

        return through_index(
            path, vocabulary.actors, ask, report=self._on_cache_problem, words=words,
            progress=self._progress,
        )  # fmt: skip

    def _through_index(
        self,
        fetch: Callable[[Chronology, EventIndex], list[Event]],
        keep: Callable[[str, str], bool] | None = None,
        *,
        words: bool = False,
    ) -> Chronology:
        """The events ``fetch`` looks up in a large file's index, or the whole data.

        ``keep(start, end)``: the events the question needs, the others being validated but
        not held when a large file is read without its index (see ``load_chronology``)."""
        found = self._from_index(fetch, words=words)
        if found is not None:
            base, events = found
            return base.with_events(events)
        if keep is not None and self._large_file() is not None:
            from ktimeline.loader import load_chronology

            return load_chronology(
                self.paths, bundled=self.bundled, actor_files=self.actor_files,
                environ=self._environ, keep=keep, progress=self._progress,
            )  # fmt: skip
        return self.chronology()

    # --- filters ----------------------------------------------------------------------------

    def _filters(
        self,
        chronology: Chronology,
        *,
        since: date | str | None = None,
        until: date | str | None = None,
        actors: str | Sequence[str | Sequence[str]] = (),
        tags: str | Sequence[str | Sequence[str]] = (),
        places: str | Sequence[str | Sequence[str]] = (),
        section: str | None = None,
        overlap: bool = False,
    ) -> Filters:
        from ktimeline.query import resolve_filters

        actors, tags, places = (
            _names("actors", actors), _names("tags", tags), _names("places", places)
        )  # fmt: skip
        if section is not None:
            _check_text("section", section)
        first = _day(since, "since", last=False)
        last = _day(until, "until", last=True)
        if first is not None and last is not None and first > last:
            raise InvalidArgumentError("since", since, f"is after until ({until})")
        return resolve_filters(
            chronology, start=first, end=last, actors=actors, tags=tags, places=places,
            section=section, overlap=overlap,
        )  # fmt: skip

    # --- questions --------------------------------------------------------------------------

    def events(self, **filters: Any) -> Results[Event]:
        """Every event that passes the filters, in date order."""
        _check_filters(filters)
        chronology = self.chronology()
        chosen = self._filters(chronology, **filters)
        selection = chosen.select(chronology.events)
        return _events(selection, chosen)

    def between(
        self, start: date | str | None = None, end: date | str | None = None, **filters: Any
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

        def fetch(base: Chronology, index: EventIndex) -> list[Event]:
            if low is None and high is None:
                return index.all_events()
            return index.between(low or date.min, high or date.max)

        first_day, last_day = (low or date.min).isoformat(), (high or date.max).isoformat()

        def overlapping(start: str, end: str) -> bool:
            return start <= last_day and end >= first_day

        chronology = self._through_index(fetch, overlapping)
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
        from ktimeline.search import (
            FuzzyQuery,
            SearchMode,
            by_relevance,
            check_query,
            did_you_mean,
            search_events,
        )

        _check_filters(filters)
        _check_text("query", query)
        how = _search_mode(mode)
        cutoff = _threshold(threshold)
        check_query(query)

        indexed: list[bool] = []

        def candidates(base: Chronology, index: EventIndex) -> list[Event]:
            """Only the events that may match; the scoring below decides, as for small files."""
            indexed.append(True)
            if how is SearchMode.FUZZY:
                return index.candidates(FuzzyQuery(query, base, cutoff, concepts=True))
            if how is SearchMode.EXACT:
                return index.containing(query)
            return index.all_events()

        chronology = self._through_index(candidates, words=how is SearchMode.FUZZY)
        chosen = self._filters(chronology, **filters)
        selection = chosen.select(chronology.events)
        if sort not in ("date", "relevance"):
            raise InvalidArgumentError("sort", sort, "must be 'date' or 'relevance'")
        from ktimeline.fuzziness import never_less

        order = {event.id: number for number, event in enumerate(selection.events)}
        hits = never_less(  # a lower threshold never finds less
            cutoff, DEFAULT_THRESHOLD,
            lambda at: search_events(
                chronology, selection.events, query, how, at, highlight=highlight, related=related
            ),
            key=lambda hit: hit.event.id,
        )  # fmt: skip
        hits.sort(key=lambda hit: order[hit.event.id])
        found = {hit.event.id for hit in hits}
        hits.left_out = [hit for hit in hits.left_out if hit.event.id not in found]
        ordered = by_relevance(hits) if sort == "relevance" else hits

        def words() -> list[str] | None:
            """Every word of an indexed file (its events here are only the candidates)."""
            found = (
                self._from_index(lambda base, index: index.words(), words=True) if indexed else None
            )
            return None if found is None else found[1]

        maybe = {event.id for event in selection.possible}
        rows = [
            EventRow(hit.event, hit.score, hit.marks, matched=hit.matched,
                     possible=hit.event.id in maybe)
            for hit in ordered
        ]  # fmt: skip
        unlisted = search_events(
            chronology, selection.unlisted, query, how, cutoff, related=related
        ) if selection.unlisted else ()  # fmt: skip
        left = [EventRow(hit.event, hit.score, hit.marks, matched=hit.matched)
                for hit in hits.left_out]  # fmt: skip
        return Results(
            "events", rows, notes=chosen.notes, scored=True,
            suggestions=() if rows else did_you_mean(chronology, query, words=words()),
            left_out=left, left_out_via=hits.left_out_via(),
            possible=[row.event for row in rows if row.possible],
            unlisted=[hit.event for hit in unlisted],
        )  # fmt: skip

    def show(self, *ids: str, context: int = 0) -> Results[EventRow]:
        """The events with these ids, and ``context`` neighbours either side, in date order
        (``ktimeline show``); a neighbour's row has ``context=True``."""
        if not ids:
            raise InvalidArgumentError("ids", ids, "must name at least one event")
        for each in ids:
            _check_text("ids", each)
        if context < 0:
            raise InvalidArgumentError("context", context, f"must be 0 or more, not {context}")
        from ktimeline.report import EventRow

        try:  # a large file: the ids are looked up in its index
            found = self._from_index(lambda base, index: index.around(ids, context))
        except KeyError as missing:
            raise UnknownNameError("event id", missing.args[0], argument="ids") from None
        if found is not None:
            shown = found[1]
        else:
            from ktimeline.query import with_context

            rows = with_context(self.chronology(), ids, context)
            shown = [(row.event, row.asked) for row in rows]
        return Results("events", [EventRow(event, context=not asked) for event, asked in shown])

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
        chronology = self.chronology()
        notes: list[NameNote] = []
        who = None
        if speaker is not None:
            who, note = chronology.actor_index.read(speaker, argument="speaker")
            notes += [note] if note is not None else []
        chosen = self._filters(chronology, **filters)
        selection = chosen.select(chronology.events)
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
        chosen = self._filters(chronology, **filters)
        selection = chosen.select(chronology.events)
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
        chosen = self._filters(chronology, **filters)
        selection = chosen.select(chronology.events)
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
            found = self._from_index(lambda base, index: index.date_counts())  # dates alone
            if found is not None:
                return Results("stats", ordered(count_dates(found[1], by), by, sort), by=by)
        chronology = self.chronology()
        chosen = self._filters(chronology, **filters)
        selection = chosen.select(chronology.events)
        return Results(
            "stats", ordered(count_by(selection.events, by), by, sort), by=by,
            notes=chosen.notes, unlisted=selection.unlisted,
        )  # fmt: skip


def _events(selection: Selection, chosen: Filters) -> Results[Event]:
    """The events of a selection: the certain ones, then the possible ones if listed."""
    return Results(
        "events", selection.events, notes=chosen.notes,
        possible=selection.possible if selection.listed else (), unlisted=selection.unlisted,
    )  # fmt: skip


FILTERS = ("since", "until", "actors", "tags", "places", "section", "overlap")


def _check_filters(filters: Mapping[str, Any]) -> None:
    """An unknown keyword is the caller's error, named as such (not a TypeError about
    a private method)."""
    for key, value in filters.items():
        if key not in FILTERS:
            raise InvalidArgumentError(key, value, f"is not a filter ({', '.join(FILTERS)})")


def _check_text(argument: str, value: object) -> None:
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, value, f"must be text, not {type(value).__name__}")


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


def _day(value: date | str | None, argument: str, *, last: bool) -> date | None:
    """A filter's date bound: a date as it is, text as its first (or last) day."""
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, value, "must be a date or text such as '2019-11'")
    from ktimeline.dates import parse_date_argument

    span = parse_date_argument(value, argument)
    return span.end if last else span.start


def _range(start: date | str, end: date | str | None) -> tuple[date, date]:
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
    was written: no ``out``, a dry run, or ``strict`` with lines left out)."""

    __slots__ = ("document", "result", "target", "written")

    def __init__(
        self,
        document: ImportText,
        result: ImportResult,
        target: Path | None,
        written: WriteSummary | None,
    ) -> None:
        self.document = document
        self.result = result
        self.target = target
        self.written = written

    @property
    def name(self) -> str:
        """The input as messages name it ("<stdin>" for "-")."""
        return self.document.name


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
) -> ImportOutcome:
    """Turn a chronology ("Sept. 1, 2019: text") in a text file, a saved web page or a PDF
    into events (``ktimeline import``).

    With ``out``, the events are written there atomically, under a lock: refused if it
    exists, unless ``force`` (overwrite) or ``append`` (add the events it lacks: same id, or
    same date and text). Nothing is written on a ``dry_run``, when no entry could be placed,
    or with ``strict`` when any line could not be placed. ``encoding`` names the encoding of
    a text or HTML file (default UTF-8)."""
    from pathlib import Path

    from ktimeline.importing.events import citation_source, parse_chronology
    from ktimeline.importing.sources import check_encoding, read_import
    from ktimeline.loader import load_chronology, load_vocabulary
    from ktimeline.model import Source
    from ktimeline.writer import save_events

    if force and append:
        raise InvalidArgumentError("append", append, "cannot be used with force")
    document = read_import(
        os.fspath(file), check_encoding(encoding) if encoding is not None else None
    )
    vocabulary = load_vocabulary(actor_files)
    target = Path(out) if out is not None else None
    existing: tuple[Event, ...] = ()
    if target is not None and append and target.exists():
        existing = load_chronology([target], actor_files=actor_files).events
    source = citation_source(document.text, source_section)
    if source_title is not None:
        source = (source or Source(source_section))._replace(title=source_title)
    result = parse_chronology(
        document.text, vocabulary, source=source or Source(source_section), default_year=year,
        existing_ids=[event.id for event in existing],
    )  # fmt: skip
    written = None
    keep = result.events and not dry_run and not (strict and result.unplaced)
    if target is not None and keep:
        written = save_events(
            target, result.events, force=force, append=append,
            load_existing=lambda at: load_chronology([at], actor_files=actor_files).events,
        )  # fmt: skip
    return ImportOutcome(document, result, target, written)


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
