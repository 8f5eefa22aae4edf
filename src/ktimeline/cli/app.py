"""The Typer app: parse arguments, call the core, hand a Report to the output layer.

Nothing else happens here: no matching, no formatting. ``main`` is the one boundary where the
project's errors become a message on stderr and an exit code (see ``errors.ExitCode``).

Start-up is part of the product: modules are imported inside the commands that use them,
and ``main`` builds the Typer app with only the command being run (Typer turns every
registered command into a click command on each call, which costs more than running one).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal
from unicodedata import east_asian_width

from ktimeline.cli.completion import complete_actor, complete_event_id, complete_sources_action
from ktimeline.cli.helptext import DATA_PANEL, OVERVIEW, QUERY_PANEL, SUMMARY_PANEL, epilog
from ktimeline.cli.options import (
    BY_HELP,
    ActorFilesOption,
    BomOption,
    BundledOption,
    ColorMode,
    ColorOption,
    DataOptions,
    DedupeOption,
    FilterOptions,
    LanesOption,
    LibraryOption,
    NoFormulasOption,
    OutputOptions,
    PagerOption,
    QuietOption,
    SourceFormatOption,
    WidthOption,
    uses_options,
)
from ktimeline.defaults import DEFAULT_THRESHOLD, GROUPINGS
from ktimeline.errors import DataError, ExitCode, KtimelineError, UsageError
from ktimeline.lazypattern import lazy_compile
from ktimeline.render.safe import message_text
from ktimeline.version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from datetime import date
    from types import FrameType

    import typer

    from ktimeline.api import ImportOutcome, Results, SearchModeName, Timeline
    from ktimeline.importing.entries import SkippedLine
    from ktimeline.importing.events import ImportResult
    from ktimeline.index.store import CacheProblem
    from ktimeline.model import Event
    from ktimeline.report import Report
    from ktimeline.vocabulary import Vocabulary
else:  # Typer itself only when a command needs it (see lazytyper)
    from ktimeline.cli import lazytyper as typer


MAX_PROBLEMS_SHOWN = 20  # by commands other than validate, which lists every problem

# name -> (function, Typer command settings); see ``build_app``.
COMMANDS: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}


def command(
    name: str, panel: str = QUERY_PANEL
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        COMMANDS[name] = (function, {"rich_help_panel": panel, "epilog": epilog(name)})
        return function

    return register


def _version(value: bool) -> None:
    if value:
        from ktimeline.cli.output import guarded_output

        with guarded_output():  # (a full disk: the one-line error of any output)
            typer.echo(f"ktimeline {__version__}")
            if sys.stdout is not None:
                sys.stdout.flush()
        raise typer.Exit()


def callback(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", help="Show the version and exit.", callback=_version,
                     is_eager=True),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Show the traceback of an internal error (also "
                     "KTIMELINE_DEBUG=1)."),
    ] = False,
) -> None:  # fmt: skip
    """Ask questions of a chronology of US-Korea relations (Sept.–Dec. 2019)."""


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with ``only`` that one (same behaviour)."""
    application = typer.Typer(
        name="ktimeline",
        help=OVERVIEW,
        epilog=epilog(""),
        rich_markup_mode="rich",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    application.callback()(uses_options(callback))
    for name, (function, settings) in COMMANDS.items():
        if only is None or name == only:
            # Option groups are expanded here, for the commands built, not at import.
            application.command(name, **settings)(uses_options(function))
    return application


# --- shared steps ---------------------------------------------------------------------------


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def to_stderr(message: str) -> None:
    """A message for the user: stderr, one line, control characters made visible."""
    if sys.stderr is None:  # started with stderr closed: nowhere to say it
        return
    try:
        sys.stderr.write(message_text(message) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def confirmed(question: str) -> bool:
    """A yes-or-no question on the terminal (stderr), "no" unless answered y or yes. The end
    of input (Ctrl-D) is "no", as in git and apt, not an interruption; Ctrl-C still
    interrupts (exit 130). (click's confirm takes Ctrl-D for an abort.)"""
    try:
        sys.stderr.write(f"{message_text(question)} [y/N]: ")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if not answer.endswith("\n"):
        to_stderr("")  # (Ctrl-D left the cursor after the question)
    return answer.strip().lower() in ("y", "yes")


def warn_cache(problem: CacheProblem) -> None:
    """The cache could not be used (told once per query); the answer comes from the file."""
    to_stderr(f"ktimeline: warning: cannot {problem.action} the index {problem.path} "
        f"({problem.reason}); answering from the file")  # fmt: skip


def note_repeated(chosen: Timeline) -> None:
    """A note for each file the data options name twice (read once)."""
    for again, first in chosen.repeated_files():
        same = f"{again} is given" if again == first else f"{again} is {first}, given"
        to_stderr(f"ktimeline: note: {same} twice; it is read once")


def library_option(library: str | None) -> str | None:
    """--library as given, refused where it is "-": every other file option reads or writes
    a stream so, and a library is a directory (it made or read a directory named "-")."""
    if library == "-":
        raise UsageError(
            "--library - names no directory: a library cannot be standard input or output",
            "give its directory; ./- is one named '-'",
        )
    return library


def timeline(data: DataOptions) -> Timeline:
    """The facade over the data the options choose ($KTIMELINE_DATA when no --data, else the
    bundled chronology and the library)."""
    library_option(data.library)
    if data.library and not data.data and not os.environ.get("KTIMELINE_DATA"):
        note_empty_library(data.library)
    return open_data(
        data.data, actor_files=data.actor_files, bundled=data.bundled, cache=not data.no_cache,
        library=data.library or True, quiet=data.quiet,
    )  # fmt: skip


def open_data(
    paths: Sequence[str] | None, *, actor_files: Sequence[str] | None, bundled: bool,
    cache: bool, library: bool | str | os.PathLike[str], quiet: bool,
) -> Timeline:  # fmt: skip
    """The facade over ``paths`` (and the rest), as every command reads data: progress and
    the cache's problems on stderr, a file named twice noted (it is read once)."""
    from ktimeline.api import Timeline
    from ktimeline.cli.progress import for_stderr

    chosen = Timeline(
        paths or (), actor_files=actor_files or (), bundled=bundled, cache=cache,
        on_cache_problem=warn_cache, library=library, progress=for_stderr(quiet),
    )  # fmt: skip
    note_repeated(chosen)
    return chosen


def note_empty_library(directory: str) -> None:
    """A library named by --library that holds nothing (a mistyped path, most often) is
    said once, not read silently as an empty one: the answer is the bundled chronology's
    alone. (The default library, not made until a first `import --add`, is not noted.)"""
    from pathlib import Path

    from ktimeline.loader import chronology_files

    where = Path(directory)
    if not where.exists():
        why = "no such directory"
    elif where.is_dir() and not chronology_files(where):  # (a file: refused when read)
        why = "it holds no chronology (*.jsonl)"
    else:
        return
    to_stderr(f"ktimeline: note: --library {directory}: {why}; answering from the bundled "
              "chronology alone")  # fmt: skip


def filter_arguments(filters: FilterOptions) -> dict[str, Any]:
    """The facade's filters from the options: --from/--to as dates, names as given (each
    repeated flag one condition, commas in a value alternatives)."""
    from ktimeline.dates import parse_bounds
    from ktimeline.defaults import NAME_FILTER_KEYWORDS

    since, until = parse_bounds(filters.date_from, filters.date_to)
    names = {keyword: getattr(filters, keyword) or () for keyword in NAME_FILTER_KEYWORDS}
    return {
        "since": since, "until": until, **names, "section": filters.section,
        "overlap": filters.overlap,
    }  # fmt: skip


def marks_certainty(filters: FilterOptions, dated: bool = False) -> bool:
    """Do the rows say whether they are certainly or only possibly in the dates asked?"""
    return filters.overlap and (dated or bool(filters.date_from or filters.date_to))


def or_list(items: Sequence[str], most: int = 4) -> str:
    """ "A", "A or B", "A, B or C" (and "… or N other dates" past ``most``)."""
    if len(items) > most:
        items = [*items[: most - 1], f"{len(items) - most + 1} other dates"]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def overlap_note(unlisted: Sequence[Event]) -> str | None:
    """The closing line for events left out because they only possibly fall in the dates:
    "+ 8 events dated only to Dec 2019 or 2019 may fall in this range: --overlap lists them"."""
    if not unlisted:
        return None
    from ktimeline.render.common import readable_span

    only = list(dict.fromkeys(readable_span(e) for e in unlisted if e.end_date is None))
    spans = list(dict.fromkeys(readable_span(e) for e in unlisted if e.end_date is not None))
    parts = ([f"dated only to {or_list(only)}"] if only else []) + (
        [f"spanning {or_list(spans)}"] if spans else []
    )
    described = f"{parts[0]}, or {parts[1]}," if len(parts) == 2 else parts[0]
    them = "it" if len(unlisted) == 1 else "them"
    return (
        f"+ {plural(len(unlisted), 'event')} {described} may fall in this range: "
        f"--overlap lists {them}"
    )


def print_notes(results: Results[Any]) -> None:
    """The notes of an answer (names read as others) on stderr."""
    if results.notes:
        from ktimeline.cli.messages import note_line

        for note in results.notes:
            to_stderr(note_line(note))


def makes_page(output: OutputOptions) -> bool:
    """-f html: a web page, the one output with lanes (--by), a title and a subtitle, the
    events a count stands for and the names its filter box reads."""
    return output.format.lower() == "html"


def page_names(facade: Timeline, output: OutputOptions) -> Vocabulary | None:
    """-f html: the names the data knows (with the actors of its actor files and of the
    knowledge base), so that the page's filter box reads a query as ``search`` reads it."""
    return facade.vocabulary() if makes_page(output) else None


def found(anything: object) -> ExitCode:
    """The exit code of a command that may find nothing: 0 (OK) when it found something, 1
    (no results) when it did not (an empty answer or listing: valid, but nothing)."""
    return ExitCode.OK if anything else ExitCode.NO_RESULTS


def answer(
    results: Results[Any], kind: str, title: str, *, filters: FilterOptions | None,
    output: OutputOptions, nothing: str | Callable[[], str], rows: Sequence[Any] | None = None,
    told: str | None = None, dedupe: Timeline | None = None,
    events: Callable[[], list[Event]] | None = None, **shown: Any,
) -> int:  # fmt: skip
    """A question's last steps, in the order their lines reach stderr: the answer's notes
    (``print_notes``) and ``told`` (a line of the command's own); then what the command still
    asks of the data (``nothing``, ``events``: given as functions when they ask it again,
    which may say something too: a cache warning); its rows (the results, unless given),
    each happening once when ``dedupe`` is given (the facade, for --dedupe: ``deduped``), as
    a Report of ``kind`` (``shown``: the rest of the Report; ``events``: those -f html draws
    beside a count), closed by the note of the events that only possibly fall in the dates
    asked; then delivered (``deliver_report``: ``nothing`` said when no row matched, the
    exit code)."""
    from ktimeline.report import Report

    print_notes(results)
    if told is not None:
        to_stderr(told)
    said = nothing if isinstance(nothing, str) else nothing()
    listed = list(results) if rows is None else rows
    if dedupe is not None:
        listed = deduped(dedupe, list(listed))
    if events is not None:
        shown["events"] = events()
    report = Report(kind, listed, title=title, note=overlap_note(results.unlisted), **shown)
    return deliver_report(report, filters, output, said)


def deliver_report(
    report: Report, filters: FilterOptions | None, output: OutputOptions, nothing: str
) -> int:
    """Order, limit, render; the exit code says whether anything matched."""
    from ktimeline.cli.output import emit, is_terminal, renders_table
    from ktimeline.query import limit_and_order
    from ktimeline.render import FORMATS
    from ktimeline.report import EventRow, QuoteRow
    from ktimeline.schema import lone_surrogate, surrogates_described

    def possible_only(row: object) -> bool:
        return isinstance(row, (EventRow, QuoteRow)) and row.possible

    matched = len(report.rows)
    page = makes_page(output)
    if not page and report.by is not None and report.kind != "stats":
        raise UsageError("--by groups the lanes of -f html", "add -f html, or leave --by out")
    if not page and (output.title is not None or output.subtitle is not None):
        raise UsageError("--title and --subtitle name the page of -f html", "add -f html")
    for flag, text in (("--title", output.title), ("--subtitle", output.subtitle)):
        if text is not None and lone_surrogate(text) is not None:  # $'\xff': no page holds it
            raise UsageError(f"{flag} is not valid text: {surrogates_described(text)}")
    if filters is not None:
        rows = limit_and_order(
            report.rows, reverse=filters.reverse, limit=filters.limit, possible_only=possible_only
        )
        cut = len(rows) < matched
        report = report.replace(
            rows=rows, title=report.title + describe(filters), total=matched if cut else None
        )
    if page:
        from ktimeline.render.html import size_warning

        warning = size_warning(len(report.rows) + len(report.events))
        if warning:
            to_stderr(warning)
        if sys.stdout is not None and is_terminal(sys.stdout):
            to_stderr("this is a web page: redirect it to a file (… -f html > timeline.html) and "
                "open that in a browser")  # fmt: skip
    if not matched:
        to_stderr(nothing)
    machine = output.format in FORMATS and FORMATS[output.format].machine
    shown = bool(report.rows or machine)  # an empty JSON array or CSV header is valid output
    if shown:
        emit(report, output)
    # The table's footer already says it, on a terminal; anywhere else it goes to stderr.
    on_screen = shown and renders_table(output) and is_terminal(sys.stdout)
    if report.note and not on_screen:
        to_stderr(report.note)
    return found(matched)


def deduped(facade: Timeline, rows: list[Any]) -> list[Any]:
    """--dedupe: each happening once (see Timeline.dedupe), with a note of how many rows
    stood for others."""
    kept = facade.dedupe(rows)
    standing = sum(1 for row in kept if row.reported_by)
    if standing:
        others = sum(len(row.reported_by) for row in kept)
        # (never of its own source: Timeline.dedupe hides none of those)
        whose = f"{plural(others, 'event')} of other sources reporting the same happening"
        verb = "stands" if standing == 1 else "stand"
        to_stderr(f"--dedupe: {plural(standing, 'event')} also {verb} for {whose} "
                  "(-f json: reported_by)")  # fmt: skip
    return kept


def describe(filters: FilterOptions) -> str:
    """The filters as they were given (" --actor 'Kim Yong-chol' --from 2019-11"), for titles."""
    from ktimeline.defaults import NAME_FILTERS

    given = [("--from", filters.date_from), ("--to", filters.date_to)]
    for keyword, flag, *_ in NAME_FILTERS:
        given += [(flag, name) for name in getattr(filters, keyword) or ()]
    given += [("--section", filters.section)]
    if not any(value for _, value in given):
        return ""  # (and shlex, with the pattern it compiles, is not imported)
    import shlex

    return "".join(f" {flag} {shlex.quote(value)}" for flag, value in given if value)


def named_filters(filters: FilterOptions, dates: bool = True) -> str:
    """The filters an empty answer was asked under, in words: " from 2019-12 for actor Kim
    Jong Un and tag missile-test" (without the dates when the message already gives them)."""

    def one(noun: str, values: Sequence[str]) -> list[str]:
        if not values:
            return []
        return [f"{noun}{'s' * (len(values) > 1)} {' and '.join(values)}"]

    words = ""
    if dates and filters.date_from and filters.date_to:
        words = f" between {filters.date_from} and {filters.date_to}"
    elif dates and (filters.date_from or filters.date_to):
        words = f" from {filters.date_from}" if filters.date_from else f" until {filters.date_to}"
    from ktimeline.defaults import NAME_FILTERS

    named = [
        words for keyword, _, _, _, noun, _ in NAME_FILTERS
        for words in one(noun, getattr(filters, keyword) or ())
    ]  # fmt: skip
    named += one("section", [filters.section] if filters.section else [])
    if len(named) > 1:
        return f"{words} for {', '.join(named[:-1])} and {named[-1]}"
    return f"{words} for {named[0]}" if named else words


def speaker_hint(facade: Timeline, query: str, filters: FilterOptions) -> str:
    """When the words of a quotes query name people who are quoted: "; to list what a
    speaker said, use --speaker with 'Kim Jong Un', 'Kim Yong Chol' or 'Kim Song'"."""
    import shlex

    speakers = [
        name
        for name in facade.vocabulary().actor_index.candidates(query)
        if facade.quotes(None, speaker=name, **filter_arguments(filters))
    ]
    if len(speakers) == 1:
        return f"; to list what {speakers[0]} said, use --speaker {shlex.quote(speakers[0])}"
    if speakers:
        quoted = [shlex.quote(name) for name in speakers]
        return f"; to list what a speaker said, use --speaker with {or_list(quoted, most=6)}"
    return ""


def no_match_hint(query: str, suggestions: Sequence[str]) -> str:
    """ "; did you mean …?" from the data's vocabulary, or a pointer to `range` for a date."""
    import shlex

    from ktimeline.dates import parse_date_argument

    try:
        parse_date_argument(query, "QUERY")
    except UsageError:
        return f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    return f"; to list events by date, use: ktimeline range {shlex.quote(query)}"


def search_mode(exact: bool, regex: bool) -> SearchModeName:
    if exact and regex:
        raise UsageError("--exact and --regex cannot be used together")
    return "exact" if exact else "regex" if regex else "fuzzy"


# One help for --sort, whose choices depend on the command (a flag means one thing everywhere).
SORT_HELP = (
    "Order results: search by date or relevance (score); stats by count or key (default: "
    "count, but key for --by month and week)."
)
ExactOption = Annotated[
    bool, typer.Option("--exact", "-e", help="Match QUERY as a case-insensitive substring.")
]
RegexOption = Annotated[
    bool, typer.Option("--regex", "-E", help="Match QUERY as a Python regular expression "
                       "(case-insensitive).")
]  # fmt: skip


def _threshold_value(value: float) -> float:
    if value != value:  # NaN passes every range check
        raise typer.BadParameter("must be a number from 0 to 100, not nan")
    return value


ThresholdOption = Annotated[
    float,
    typer.Option("--threshold", min=0, max=100, callback=_threshold_value,
                 help="Fuzziness: how similar (0-100) a name must be to count as a match "
                 "(text words need 5 more); lower finds more, never less."),
]  # fmt: skip


# --- commands -------------------------------------------------------------------------------


@command("search")
def search(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", show_default=False, help="Words, a name (any "
                       "alias), a place, a topic; several words are one query. Words in "
                       "double quotes match only together, in order: '\"new path\"'."),
    ],
    exact: ExactOption = False,
    regex: RegexOption = False,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    sort: Annotated[
        Literal["date", "relevance"],
        typer.Option("--sort", "-s", help=SORT_HELP),
    ] = "date",
    related: Annotated[
        bool,
        typer.Option("--related", help="Also list every event related only through a "
                     "broad topic or a state, even where they outnumber the literal matches."),
    ] = False,
    by: LanesOption = None,
    dedupe: DedupeOption = False,
) -> int:  # fmt: skip
    """Find events by their text, actors, places, tags and quotes (forgiving of typos)."""
    text = " ".join(query)
    from ktimeline.cli.output import renders_table
    from ktimeline.report import Kind

    facade = timeline(data)
    results = facade.search(
        text, mode=search_mode(exact, regex), threshold=threshold, sort=sort, related=related,
        highlight=renders_table(output), **filter_arguments(filters),
    )  # fmt: skip
    told = None
    if results.left_out:
        via = ", ".join(results.left_out_via[:3])
        left, found = len(results.left_out), len(results)
        told = (f"{left} related event{'s' * (left != 1)} left out (via {via}): more than the "
            f"{found} that match{'es' * (found == 1)} {text!r} itself; --related lists "
            f"{'them' if left != 1 else 'it'}")  # fmt: skip

    def nothing() -> str:
        said = f"no events match {text!r}{named_filters(filters)}"
        if not results and named_filters(filters) and not results.unlisted:
            # the filters, not the words, may be why: never "did you mean" a query that matches
            mode = search_mode(exact, regex)
            unfiltered = len(facade.search(text, mode=mode, threshold=threshold))
            if unfiltered:
                match = "match" if unfiltered > 1 else "matches"
                said += f"; {plural(unfiltered, 'event')} {match} {text!r} without these filters"
        if not results and not said.endswith("without these filters"):
            said += no_match_hint(text, results.suggestions)
        return said

    return answer(
        results, Kind.EVENTS, f"search {text!r}", filters=filters, output=output,
        nothing=nothing, told=told, dedupe=facade if dedupe else None, scored=True, by=by,
        names=page_names(facade, output), marked=marks_certainty(filters),
    )  # fmt: skip


def refuse_contradicting_bounds(
    start: str | None,
    end: str | None,
    span: tuple[date, date],
    since: date | None,
    until: date | None,
) -> None:
    """START [END] and --from/--to together: both hold (--from inside START's period
    narrows it), but a bound outside the period would do nothing: refused, in one line,
    rather than answered as if it had counted (one past its other end leaves no day, which
    the facade refuses)."""
    first, last = span
    given = " ".join(part for part in (start, end) if part is not None)
    named = "START END" if end is not None else "START"
    period = f"{named} {given!r} ({first.isoformat()} to {last.isoformat()})"
    for flag_name, bound, outside in (
        ("--from", since, since is not None and since < first),
        ("--to", until, until is not None and until > last),
    ):
        if bound is not None and outside:
            low, high = (bound, last) if flag_name == "--from" else (first, bound)
            raise UsageError(
                f"{flag_name} {bound.isoformat()} is outside {period}, so it would change nothing",
                f"give the dates once: ktimeline range {low.isoformat()} {high.isoformat()}",
            )


@command("range")
def range_(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    start: Annotated[
        str | None,
        typer.Argument(metavar="[START]", show_default=False, help="First day, or a whole "
                       "period: 2019-12-02, 2019-12, 2019, 'Dec 2, 2019', 'Dec 2-8, 2019', "
                       "2019-12-02/2019-12-08, 2019-W49, 2019-Q4, 02.12.2019 (default: every "
                       "date, or --from/--to)."),
    ] = None,
    end: Annotated[
        str | None,
        typer.Argument(metavar="[END]", show_default=False, help="Last day, same forms, or a "
                       "length from START: +7d, +2w, +1m (default: the end of START's period)."),
    ] = None,
    by: LanesOption = None,
    dedupe: DedupeOption = False,
) -> int:  # fmt: skip
    """List the events in an inclusive range of dates (those wholly inside it; see --overlap)."""
    from ktimeline.dates import SPLIT_YEAR_SEASONS, parse_length, parse_range, widened_qualifier
    from ktimeline.report import EventRow, Kind

    if start is None and filters.date_from is None and parse_length(filters.date_to or ""):
        raise UsageError(
            f"--to {filters.date_to!r} is a length: it needs --from or START",
            f"a length counts from either: e.g. ktimeline range 2019-12-02 --to {filters.date_to}",
        )
    if start is not None and filters.date_from is None and parse_length(filters.date_to or ""):
        # "range 2019-12-02 --to +1w": a length counts from START, as it would as END
        if end is not None:
            raise UsageError(
                f"--to {filters.date_to!r} is a length and END is given too",
                f"give the length once: ktimeline range {start} {filters.date_to}",
            )
        end, filters.date_to = filters.date_to, None
    chosen = filter_arguments(filters)
    first, last = parse_range(start, end) if start is not None else (None, None)
    for given in (start, end):
        widened = widened_qualifier(given) if given is not None else None
        if widened is not None:  # ("autumn 2001": the year, said, never a guessed season)
            word, period = widened
            why = (
                "a season's months depend on the hemisphere"
                if word.lower() in SPLIT_YEAR_SEASONS
                else f"'{word}' has no fixed bounds"
            )
            to_stderr(f"ktimeline: note: {given!r} read as its whole {period} ({why})")
    if first is not None and last is not None:
        refuse_contradicting_bounds(start, end, (first, last), chosen["since"], chosen["until"])
    facade = timeline(data)
    results = facade.between(first, last, **chosen)
    low = first if chosen["since"] is None else max(chosen["since"], first or chosen["since"])
    high = last if chosen["until"] is None else min(chosen["until"], last or chosen["until"])
    title = " ".join(["range", *(part for part in (start, end) if part is not None)])
    maybe = {event.id for event in results.possible}
    rows = [EventRow(e, possible=e.id in maybe) for e in results]
    nothing = (
        f"no events on {low}" if low and low == high
        else f"no events between {low} and {high}" if low and high
        else f"no events from {low}" if low else f"no events until {high}" if high
        else "no events"
    ) + named_filters(filters, dates=False)  # fmt: skip
    return answer(
        results, Kind.EVENTS, title, filters=filters, output=output, nothing=nothing, rows=rows,
        dedupe=facade if dedupe else None, by=by, names=page_names(facade, output),
        span=(low.isoformat(), high.isoformat()) if low and high else None,
        marked=marks_certainty(filters, dated=start is not None),
    )  # fmt: skip


@command("show")
def show(
    data: DataOptions,
    output: OutputOptions,
    ids: Annotated[
        list[str],
        typer.Argument(metavar="ID...", help="Event ids (the id column of any listing).",
                       autocompletion=complete_event_id),
    ],
    context: Annotated[
        int,
        typer.Option("--context", "-C", min=0, help="Also show N events before and after each."),
    ] = 0,
    by: LanesOption = None,
) -> int:  # fmt: skip
    """Show events in full: actors, places, tags, quotes, source."""
    from ktimeline.report import Kind

    facade = timeline(data)
    results = facade.show(*ids, context=context)
    return answer(
        results, Kind.EVENTS, "show " + " ".join(ids), filters=None, output=output,
        nothing="no events", detail=True, by=by, names=page_names(facade, output),
    )  # fmt: skip


@command("quotes")
def quotes(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    query: Annotated[
        str | None,
        typer.Argument(help="Words to find in the quotes (fuzzy, like search).",
                       show_default=False),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-S", metavar="NAME", help="Only what this actor said, by any "
                     "alias.", autocompletion=complete_actor, show_default=False),
    ] = None,
    exact: ExactOption = False,
    regex: RegexOption = False,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    by: LanesOption = None,
) -> int:  # fmt: skip
    """List who said what: date, speaker, verbatim quote, event id."""
    from ktimeline.report import Kind

    facade = timeline(data)
    results = facade.quotes(
        query, speaker=speaker, mode=search_mode(exact, regex), threshold=threshold,
        **filter_arguments(filters),
    )  # fmt: skip
    who = facade.vocabulary().actor_index.resolve(speaker) if speaker is not None else None
    title = "quotes" + (f" {query!r}" if query else "") + (f" by {who}" if who else "")

    def nothing() -> str:
        said = (
            "no statements" + (f" by {who}" if who else "")
            + (f" match {query!r}" if query else "")
        ) + named_filters(filters)  # fmt: skip
        if query and not results and speaker is None:
            said += speaker_hint(facade, query, filters)
        return said

    return answer(
        results, Kind.QUOTES, title, filters=filters, output=output, nothing=nothing,
        scored=query is not None, by=by, names=page_names(facade, output),
        marked=marks_certainty(filters),
    )  # fmt: skip


@command("actors", SUMMARY_PANEL)
def actors(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    name: Annotated[
        str | None,
        typer.Argument(help="Any name or alias: show the actor(s) it stands for.",
                       show_default=False, autocompletion=complete_actor),
    ] = None,
) -> int:  # fmt: skip
    """List actors with kind, affiliation, role, aliases and counts."""
    from ktimeline.report import Kind

    results = timeline(data).actors(name, **filter_arguments(filters))
    return answer(
        results, Kind.ACTORS, f"actors {name!r}" if name else "actors", filters=filters,
        output=output, nothing="no actors" + named_filters(filters),
        detail=name is not None and len(results) == 1,
    )  # fmt: skip


@command("tags", SUMMARY_PANEL)
def tags(data: DataOptions, filters: FilterOptions, output: OutputOptions) -> int:
    """List tags (topics) with their descriptions and numbers of events."""
    from ktimeline.report import Kind

    results = timeline(data).tags(**filter_arguments(filters))
    nothing = "no tags" + named_filters(filters)
    return answer(results, Kind.TAGS, "tags", filters=filters, output=output, nothing=nothing)


@command("stats", SUMMARY_PANEL)
def stats(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    by: Annotated[
        Literal[GROUPINGS],  # type: ignore[valid-type]
        typer.Option("--by", "-b", help=BY_HELP),
    ] = "month",
    sort: Annotated[
        Literal["count", "key"] | None,
        typer.Option("--sort", "-s", help=SORT_HELP, show_default=False),
    ] = None,
) -> int:  # fmt: skip
    """Count events by month, week, actor, tag, place or speaker, drawn as a bar chart."""
    from ktimeline.report import Kind

    facade = timeline(data)
    chosen = filter_arguments(filters)
    results = facade.stats(by, sort=sort, **chosen)
    return answer(
        results, Kind.STATS, f"stats --by {by}", filters=filters, output=output,
        nothing="no events to count" + named_filters(filters), by=by,
        events=lambda: list(facade.events(**chosen)) if makes_page(output) else [],  # -f html
        names=page_names(facade, output),
    )  # fmt: skip


@command("validate", DATA_PANEL)
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="[PATH]...", help="JSON Lines files to check (default: the data "
                       "other commands would read: $KTIMELINE_DATA, or the bundled chronology "
                       "and the library).",
                       show_default=False),
    ] = None,
    actor_files: ActorFilesOption = None,
    bundled: BundledOption = False,
    library_actors: Annotated[
        bool,
        typer.Option("--library-actors", help="With files: also accept the actors of the "
                     "library's actor files (a file valid so may name actors another "
                     "machine's library lacks). Without files the library is read anyway.",
                     rich_help_panel=DATA_PANEL),
    ] = False,
    quiet: QuietOption = False,
) -> int:  # fmt: skip
    """Check chronology files: print OK and counts, or every problem as file:line: reason."""
    from ktimeline.cli.output import guarded_output, standard_output
    from ktimeline.library import library_directory

    # (read as every command reads: a file named twice once, the knowledge base's actors
    # known). A file's validity is the file's alone, the same on every machine: its actors
    # are checked against the bundled ones, --actors, its own actor file and the knowledge
    # base of the field, not the user's library unless asked (user14: a file valid on one
    # machine said "unknown actor" on another); without files the library is the data.
    library = library_directory() if library_actors or not paths else False
    chosen = open_data(
        paths, actor_files=actor_files, bundled=bundled, cache=False, library=library,
        quiet=quiet,
    )  # fmt: skip
    tables = actor_tables(chosen, library_actors=library_actors and bool(paths))
    try:
        chronology = chosen.chronology()
    except DataError as error:
        from ktimeline.reasons import unknown_actor

        if any(unknown_actor(problem.reason) for problem in error.problems):
            unread = (
                " (not the library's: --library-actors adds them; actors -f jsonl writes them "
                "as an actor file, NAME.actors.jsonl beside NAME.jsonl)"
            ) if paths else ""  # fmt: skip
            # (said after the problems and their hint: see main)
            error.closing_note = f"ktimeline: note: actors checked against {tables}{unread}"
        raise
    events, actors = len(chronology.events), len(chronology.vocabulary.actors)
    if not events:
        # valid, but nothing in it (an export that went wrong, say): exit 1, as a query
        # that finds nothing, and never "OK"
        read = ", ".join(chronology.sources)
        to_stderr(f"ktimeline: no events in {read} (an empty or blank file is valid, but holds "
                  "none)")  # fmt: skip
        return ExitCode.NO_RESULTS
    # (the actors the events name, of the table they were checked against: the table's size
    # alone read as the file's actors, "40 actors" for a file that names none)
    named = len({name for event in chronology.events for name in event.involved})
    with guarded_output():
        standard_output().write(
            f"OK: {plural(events, 'event')}, naming {named} of the {plural(actors, 'actor')} "
            f"known ({tables})\n"
        )
    return ExitCode.OK


def actor_tables(chosen: Timeline, *, library_actors: bool) -> str:
    """The actor tables ``validate`` checks names against, for its message: "the bundled
    actors, mine.actors.jsonl, the knowledge base of the field" (and the library's when
    --library-actors is given with files)."""
    from ktimeline.loader import actor_files_beside, data_sources

    beside = actor_files_beside(
        data_sources(chosen.paths, bundled=chosen.bundled, library=chosen.library)
    )
    given = [os.fspath(path) for path in chosen.actor_files]
    shown = [os.path.basename(path) for path in beside]
    if len(shown) > 3:  # (a library of many sources: counted, not listed)
        shown = [plural(len(shown), "actor file") + " beside the chronologies"]
    tables = ["the bundled actors", *given, *shown, "the knowledge base of the field"]
    if library_actors:
        tables.append(f"the library's actor files ({chosen.library})")
    return ", ".join(tables)


def import_notes(result: ImportResult) -> str:
    """ "; skipped …" for the import summary: what was left out, and why, each counted once
    under its own name (a dated entry is never counted here)."""
    notes = []
    if result.before_chronology:
        notes.append(f"{plural(result.before_chronology, 'line')} before the chronology")
    headings = sum(item.reason == "heading" for item in result.layout)
    furniture = len(result.layout) - headings
    if headings:
        notes.append(plural(headings, "heading"))
    if furniture:
        notes.append(f"{plural(furniture, 'layout line')} (headers, footers, captions)")
    if result.unplaced:
        notes.append(f"{plural(len(result.unplaced), 'line')} not placed (listed above)")
    text = f"; skipped {', '.join(notes)}" if notes else ""
    if result.warnings:
        text += f"; {plural(len(result.warnings), 'warning')}"
    return text


def import_summary(
    done: str, entries: int, name: str, result: ImportResult, more: str = ""
) -> None:
    """The closing line of `import`, on stderr: what was done with how many entries of
    ``name`` ("would import: 3 entries from FILE", ``more`` after it: ": wrote …"), then
    what was skipped (``import_notes``)."""
    to_stderr(f"{done} {plural(entries, 'entry', 'entries')} from {name}{more}"
              + import_notes(result))  # fmt: skip


def _shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal cells, "…" marking the cut: a Chinese, Japanese or
    Korean character takes two cells, so a line of them is cut at half as many characters
    (`import --check` on such a text kept to the terminal's width, not wrapped)."""
    cells = [2 if east_asian_width(sign) in "WF" else 1 for sign in text]
    if sum(cells) <= width:
        return text
    kept, room = 0, width - 1  # (the room left for the text before "…")
    while kept < len(text) and cells[kept] <= room:
        room -= cells[kept]
        kept += 1
    return text[:kept] + "…"


def enrichment_lines(result: ImportResult, order: int) -> list[tuple[str, str]]:
    """`import --check`, under an entry: the actors (new ones marked), places, tags and
    statements it would get; the names and quotations left without an actor are warnings."""
    event = result.events[order]
    new = set(result.findings[order].new_actors) if order < len(result.findings) else set()
    lines = []
    if event.actors:
        lines.append(("actors", ", ".join(f"{a} (new)" if a in new else a for a in event.actors)))
    if event.places:
        lines.append(("places", ", ".join(event.places)))
    if event.tags:
        lines.append(("tags", ", ".join(event.tags)))
    for statement in event.statements:
        quote = _shorten(statement.quote, 50)
        lines.append(("said", f"{statement.speaker}: “{quote}”"))
    return lines


_PAGE_LINE = lazy_compile(r"(page \d+), line (\d+)")


def joined_lines(places: list[str]) -> str:
    """The lines an entry's text joins, as `import --check` names them: "lines 12, 13", and
    in a PDF by page, "page 1, lines 2, 3; page 2, line 1" (not "lines page 1, line 2, page
    1, line 3")."""
    pages: dict[str, list[str]] = {}
    for place in places:
        found = _PAGE_LINE.fullmatch(place)
        if found is None:
            return f"lines {', '.join(places)}"
        pages.setdefault(found[1], []).append(found[2])
    return "; ".join(
        f"{page}, {'line' if len(numbers) == 1 else 'lines'} {', '.join(numbers)}"
        for page, numbers in pages.items()
    )


def import_check_table(
    result: ImportResult, where: Callable[[int], str], width: int | None = None
) -> str:
    """`import --check`: every entry, layout line and line left out (those before the
    chronology too), in the text's order; an entry whose text joins several lines names them.
    (The pattern the document's entries follow goes to standard error, with the summary.)
    ``width``: a terminal's width, the last column shortened to fit it (at least
    NARROWEST_TEXT characters of it); nothing at all where there is no row (an empty file)."""
    rows: list[tuple[int, int, str, str, str, str]] = []
    joins: dict[int, str] = {}  # by row: the "[joins …]" mark, kept whole when its text is cut
    for order, event in enumerate(result.events):
        words = _shorten(event.text, 60)
        lines = result.joined[order] if order < len(result.joined) else []
        if len(lines) > 1:
            joins[len(rows)] = f"  [joins {joined_lines([where(line) for line in lines])}]"
        rows.append((result.lines[order], 0, "entry", event.date, event.end_date or "", words))
        for what, value in enrichment_lines(result, order):
            rows.append((result.lines[order], 0, f"  {what}", "", "", value))
    rows = [(*row[:5], row[5] + joins.get(index, "")) for index, row in enumerate(rows)]
    kinds = (("LEFT OUT", result.before), ("layout", result.layout),
             ("LEFT OUT", result.unplaced), ("warning", result.warnings))  # fmt: skip
    for kind, items in kinds:
        for item in items:
            text = _shorten(item.text, 40)
            reason = _reason(item, where)
            rows.append((item.line, 1, kind, "", "", reason + (f": {text!r}" if text else "")))
    if not rows:
        return ""
    from ktimeline.render.safe import visible_controls

    rows.sort(key=lambda row: (row[0], row[1]))
    # (the file's own words shown, never sent: an escape sequence or a direction override in
    # an entry's text must not recolour the terminal or reorder what it shows, as elsewhere)
    table = [("LINE", "WHAT", "DATE", "END", "TEXT / REASON")] + [
        (where(line), kind, start, end, visible_controls(text))
        for line, _, kind, start, end, text in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    room = None if width is None else max(NARROWEST_TEXT, width - sum(widths) - 2 * len(widths))
    return "".join(
        "  ".join(cell.ljust(size) for cell, size in zip(row[:4], widths, strict=True))
        + "  "
        + (row[4] if room is None else _fit_keeping_join(row[4], room))
        + "\n"
        for row in table
    )


_JOIN_MARK = lazy_compile(r"  \[joins [^\]]*\]$")


def _fit_keeping_join(text: str, room: int) -> str:
    """An entry's cell cut to ``room`` cells, its "[joins lines 4, 5]" mark kept whole (the
    text before it cut instead): a join of lines stays visible in a narrow terminal, where
    cutting the whole cell hid it. A mark longer than the room is cut with the text."""
    mark = _JOIN_MARK.search(text)
    if mark is None or len(mark.group()) + NARROWEST_TEXT // 2 > room:
        return _shorten(text, room)
    return _shorten(text[: mark.start()], room - len(mark.group())) + mark.group()


NARROWEST_TEXT = 20  # (a terminal narrower than the other columns still shows this much)


def _reason(skipped: SkippedLine, where: Callable[[int], str]) -> str:
    """Why a line was left out or warned of; for a repeated entry, with the line it repeats."""
    repeats = skipped.repeats
    return skipped.reason if repeats is None else f"{skipped.reason} {where(repeats)}"


def report_import(name: str, result: ImportResult, where: Callable[[int], str]) -> None:
    """Every line left out and every warning, as file:line: reason, on standard error."""
    for skipped in result.unplaced:
        # (a long line cut with "…": "Ongeveer 300" cut from "… 3000 v.Chr." read as a number)
        to_stderr(f"{name}:{where(skipped.line)}: could not place {_shorten(skipped.text, 70)!r}: "
            f"{skipped.reason}")  # fmt: skip
    for warning in result.warnings:
        quoted = f"“{warning.text}”: " if warning.text else ""
        to_stderr(f"{name}:{where(warning.line)}: {quoted}{_reason(warning, where)}")
    if not result.events:
        why = (
            "no entry could be placed (see above)"
            if result.unplaced
            else ("no entry like 'Sept. 1, 2019: text'")
        )
        raise UsageError(f"nothing to import from {name}: {why}")


def write_imported(outcome: ImportOutcome) -> str:
    """Write the events where `import` was asked to (standard output unless --out): what was
    written, in words, for the summary."""
    result = outcome.result
    if outcome.written is None:
        from ktimeline.cli.output import write_json_lines
        from ktimeline.writer import jsonl_lines

        write_json_lines(jsonl_lines(result.events))
        return f"{plural(len(result.events), 'event')} to standard output"
    wrote = f"{plural(outcome.written.added, 'event')} to {outcome.target}"
    if outcome.written.already_present:
        wrote += f" ({outcome.written.already_present} already there)"
    if outcome.written.renamed:
        wrote += f" ({plural(outcome.written.renamed, 'id')} taken, numbered on)"
    return wrote


@command("import", DATA_PANEL)
def import_(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="A chronology or a whole article: text, a saved web "
                       "page (.html), a PDF, or a CSV/TSV table with a column of dates; '-' "
                       "reads standard input."),
    ],
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", metavar="PATH", help="Write the events to PATH (atomically) "
                     "instead of standard output ('-': standard output).", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
    append: Annotated[
        bool,
        typer.Option("--append", help="Add to PATH only events it does not have (same date "
                     "and text); an id it already holds is numbered on (ID-2)."),
    ] = False,
    source_title: Annotated[
        str | None,
        typer.Option("--source-title", metavar="TITLE", help="Title of the source, for each "
                     "event's source (default: the article's citation line, if any).",
                     show_default=False),
    ] = None,
    source_section: Annotated[
        Literal["chronology", "narrative"],
        typer.Option("--source-section", help="Section of the source the entries come from."),
    ] = "chronology",
    year: Annotated[
        int | None,
        typer.Option("--year", min=1, max=9999, help="Year for entries that give none when no "
                     "heading gives one.", show_default=False),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", metavar="NAME", help="Encoding of a text or HTML file "
                     "(default: UTF-8, with or without BOM), e.g. cp1252.", show_default=False),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing: list what would be imported and every "
                     "line left out, with its reason."),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit 1 and write nothing if any line could not be "
                     "placed (default: import the rest, list the lines, exit 0)."),
    ] = False,
    actor_files: ActorFilesOption = None,
    actors_out: Annotated[
        str | None,
        typer.Option("--actors-out", metavar="PATH", help="Write the actors the events name "
                     "that the actor tables lack (from the knowledge base, or new) to PATH, to "
                     "keep, edit and pass with --actors ('-': standard output, with --out).",
                     show_default=False),
    ] = None,
    add: Annotated[
        bool,
        typer.Option("--add", help="Add the events to the library, as one source (importing "
                     "the same source again, by --address, by its text or from the same file, "
                     "replaces it)."),
    ] = False,
    keep_both: Annotated[
        bool,
        typer.Option("--keep-both", help="With --add: when a source of the library came from "
                     "the same file, add this one beside it instead of replacing it."),
    ] = False,
    library: LibraryOption = None,
    publisher: Annotated[
        str | None,
        typer.Option("--publisher", metavar="NAME", help="With --add: who publishes the source "
                     "(default: the article's citation line, if any).", show_default=False),
    ] = None,
    address: Annotated[
        str | None,
        typer.Option("--address", metavar="URL", help="With --add: the source's web address.",
                     show_default=False),
    ] = None,
    retrieved: Annotated[
        str | None,
        typer.Option("--retrieved", metavar="YYYY-MM-DD", help="With --add: the day the source "
                     "was retrieved, a real day not after today (default: the day FILE was "
                     "last modified).",
                     show_default=False),
    ] = None,
) -> int:  # fmt: skip
    """Turn a chronology (text, a web page, a PDF, a table) into events, or add it to the library.

    A chronology is lines like "Sept. 1, 2019: text"; the events are JSON Lines."""
    from ktimeline.api import import_chronology

    if force and append:
        raise UsageError("--force and --append cannot be used together")
    if out == "-":  # ("-o -": standard output, as FILE '-' is standard input; never a file "-")
        out = None
    if out is None and (force or append):
        raise UsageError("--force and --append need --out PATH")
    if actors_out == "-" and out is None and not add:
        # ("--actors-out -" is standard output, as "-o -" is: it wrote a file named "-")
        raise UsageError(
            "--actors-out - and the events cannot both go to standard output",
            "give the events --out PATH, or the actors --actors-out PATH",
        )
    entry = library_entry(
        add, out, library_option(library), publisher, address, retrieved, keep_both
    )
    from ktimeline.cli.output import write_json_lines

    # (--actors-out -: the actors go to standard output before the events' file is written,
    # which is left as it was when they cannot: both or neither)
    outcome = import_chronology(
        file, out=out, force=force, append=append, source_title=source_title,
        source_section=source_section, year=year, encoding=encoding, dry_run=check,
        strict=strict, actor_files=actor_files or (), actors_out=actors_out,
        add=entry or False, library=library, write_actor_lines=write_json_lines,
    )  # fmt: skip
    name, result, where = outcome.name, outcome.result, outcome.document.where
    if check:
        from ktimeline.cli.output import (
            guarded_output,
            layout_width,
            standard_output,
            terminal_size,
        )

        stream = standard_output()
        # (on a terminal, each row fits its width: "COLUMNS=60" wraps no row)
        width = layout_width(terminal_size().columns, warn=False) if stream.isatty() else None
        with guarded_output():
            stream.write(import_check_table(result, where, width))
    report_import(name, result, where)
    if check and result.pattern:
        to_stderr(f"{name}: {result.pattern}")
    if check or (strict and result.unplaced):
        would = "would import" if check else "nothing written (--strict)"
        import_summary(f"{would}:", len(result.events), name, result)
        return ExitCode.NO_RESULTS if strict and result.unplaced else ExitCode.OK
    if outcome.added is not None:
        return report_added(outcome.added, outcome.name, result)
    if add:  # nothing added: no entry, or --strict with lines left out (reported above)
        return ExitCode.NO_RESULTS
    wrote = write_imported(outcome)
    import_summary("imported", len(result.events), name, result, f": wrote {wrote}")
    if outcome.actors_written is not None:
        from ktimeline.loader import actors_beside

        actors = plural(len(result.new_actors), "actor")
        if outcome.target is not None and outcome.actors_written == actors_beside(outcome.target):
            to_stderr(f"wrote {actors} to {outcome.actors_written}, read with the events")
        else:
            to_stderr(f"wrote {actors} to {outcome.actors_written}: "
                      f"load the events with --actors {outcome.actors_written}")  # fmt: skip
    elif actors_out == "-" and result.new_actors:  # (written before the events' file)
        to_stderr(f"wrote {plural(len(result.new_actors), 'actor')} to standard output: "
                  "keep them in a file to load the events with --actors FILE")  # fmt: skip
    elif result.new_actors:
        from ktimeline.api import actors_needing_a_file

        # (those of the knowledge base are known when the events are read)
        if needed := actors_needing_a_file(result.new_actors):
            to_stderr(f"the events name {plural(len(needed), 'actor')} no actor table or "
                      "knowledge base holds: keep them with --actors-out PATH")  # fmt: skip
    return ExitCode.OK


def library_entry(
    add: bool,
    out: str | None,
    library: str | None,
    publisher: str | None,
    address: str | None,
    retrieved: str | None,
    keep_both: bool = False,
) -> Any:
    """What `import --add` records of the source (None without --add); the options that
    mean something only with --add are refused without it."""
    if not add:
        options = (("--library", library), ("--publisher", publisher), ("--address", address),
                   ("--retrieved", retrieved), ("--keep-both", keep_both or None))  # fmt: skip
        given = [flag for flag, value in options if value is not None]
        if given:
            raise UsageError(f"{given[0]} is for adding to the library", "add --add")
        return None
    if out is not None:
        raise UsageError(
            "--add and --out cannot be used together", "the library is where --add writes"
        )
    from ktimeline.api import LibraryEntry

    return LibraryEntry(
        publisher=publisher, address=address, retrieved=retrieved, keep_both=keep_both
    )


def report_added(added: Any, name: str, result: ImportResult) -> int:
    """The closing line of `import --add`: what source, how many events, what it replaced."""
    replaced = ""
    if added.replaced is not None:
        on = f", added {added.replaced_on}" if added.replaced_on else ""
        replaced = f"; replaced source {added.replaced.name!r} ({added.why}{on})"
        if added.why == "the same file":
            replaced += "; --keep-both keeps both"
    library = f" to the library as {added.name!r} ({added.path}){replaced}"
    import_summary("added", added.events, name, result, library)
    return ExitCode.OK


@command("sources", DATA_PANEL)
def sources(
    data: DataOptions,
    action: Annotated[
        list[str] | None,
        typer.Argument(metavar="[remove NAME]", help="Remove NAME (a source's name, title or "
                       "publisher) from the library.", show_default=False,
                       autocompletion=complete_sources_action),
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Remove without asking (in scripts).")
    ] = False,
    format: SourceFormatOption = "auto",
    no_formulas: NoFormulasOption = False,
    bom: BomOption = False,
    color: ColorOption = "auto",
    pager: PagerOption = True,
    width: WidthOption = None,
) -> int:  # fmt: skip
    """List the sources read, or remove one from the library (remove NAME).

    One line per source: name, title, publisher, period, events, statements, address, files.

    --source takes a source's name (the first column) or its source (the last)."""
    if action:
        if action[0] != "remove" or len(action) != 2:
            raise UsageError(
                f"unknown action {' '.join(action)!r}", "ktimeline sources remove NAME"
            )
        return remove_source_command(data, action[1], yes)
    from ktimeline.library import shared_names

    rows = timeline(data).sources()
    for name, files in shared_names(rows).items():
        to_stderr(
            f"note: sources {', '.join(files)} share the name {name!r}: --source cannot "
            "tell them apart (a source added by import --add gets a name of its own)"
        )
    for row in rows:
        if row.refused is not None:
            to_stderr(
                f"note: {row.path}:{row.refused_line}: {row.refused}: queries refuse this "
                "file until its source is mended"
            )
    return list_sources(rows, format.lower(), no_formulas=no_formulas, bom=bom, color=color,
                        pager=pager, width=width)  # fmt: skip


def list_sources(
    rows: Sequence[Any], format: str, *, no_formulas: bool, bom: bool,
    color: ColorMode = "auto", pager: bool = True, width: int | None = None,
) -> int:  # fmt: skip
    """`ktimeline sources`: one line per source, or JSON records; csv and tsv with the
    guard (``--no-formulas``) and byte order mark (``--bom``) every csv output has; the
    table paged, coloured and as wide as every table (``--no-pager``, ``--color``,
    ``--width``)."""
    from ktimeline.cli.output import guarded_output, is_terminal, prepare_stream, standard_output
    from ktimeline.jsonl import json_line
    from ktimeline.library import SOURCE_COLUMNS
    from ktimeline.render import SOURCE_FORMATS, choose_format
    from ktimeline.render.safe import plain_field

    if format not in SOURCE_FORMATS:
        raise UsageError(f"sources are listed as {', '.join(SOURCE_FORMATS)}, not {format}")
    out = standard_output()
    chosen = choose_format(format, is_terminal(out))  # (auto: what every listing makes it)
    format = chosen.name
    prepare_stream(out, chosen)  # (PYTHONIOENCODING=ascii: exit 70 on a title's "–")
    with guarded_output():
        if format == "table":
            from ktimeline.cli.output import draw_table
            from ktimeline.render.terminal import render_sources

            draw_table(
                lambda to, how: render_sources(rows, to, how), out, terminal=is_terminal(out),
                width=width, color=color, pager=pager,
            )  # fmt: skip
        elif format in ("csv", "tsv"):
            import csv

            from ktimeline.render.delimited import BOM, no_formula

            if bom:
                out.write(BOM)
            writer = csv.writer(out, dialect=csv.excel if format == "csv" else csv.excel_tab)
            writer.writerow(SOURCE_COLUMNS)
            for row in rows:
                cells = ["" if value is None else str(value) for value in row.to_dict().values()]
                writer.writerow([no_formula(c) for c in cells] if no_formulas else cells)
        elif format == "json":
            import json

            out.write(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=2))
            out.write("\n")
        elif format == "jsonl":
            out.writelines(json_line(row.to_dict()) + "\n" for row in rows)
        else:
            if is_terminal(out):
                out.write("\t".join(SOURCE_COLUMNS) + "\n")
            for row in rows:
                cells = ["" if value is None else str(value) for value in row.to_dict().values()]
                out.write("\t".join(plain_field(cell) for cell in cells) + "\n")
    return found(rows)


def remove_source_command(data: DataOptions, name: str, yes: bool) -> int:
    """`ktimeline sources remove NAME`: asks first on a terminal, refuses in a script
    without --yes (a removal cannot be undone)."""
    from pathlib import Path

    from ktimeline.cli.output import is_terminal
    from ktimeline.library import find_source, library_directory, library_sources, remove_source

    given = library_option(data.library)
    directory = Path(given) if given else library_directory()
    found = find_source(library_sources(directory), name)
    if not yes:
        if not (sys.stdin is not None and is_terminal(sys.stdin)):
            raise UsageError(f"removing {found.name!r} needs confirmation",
                             "add --yes to remove it without asking")  # fmt: skip
        question = f"Remove {found.label!r} ({plural(found.events, 'event')}, {found.path})?"
        if not confirmed(question):
            to_stderr("nothing removed")
            return ExitCode.NO_RESULTS
    removed = remove_source(directory, found.name)
    to_stderr(f"removed {removed.name!r} from the library ({plural(removed.events, 'event')})")
    return ExitCode.OK


def __getattr__(name: str) -> Any:
    """``cli.app``: the app with every command, built on first use (docs, tests)."""
    if name == "app":
        application = globals()["app"] = build_app()
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- the boundary ---------------------------------------------------------------------------


def _met_writing_stdout(error: OSError) -> bool:
    """Whether ``error`` was met writing to standard output by code that is not ours (click's
    echo holds it as ``file``, rich's console as ``self.file``): the commands word their own
    output's failures (``output.guarded_output``), and a file's error is not output's."""
    out = sys.stdout
    trace = error.__traceback__
    while out is not None and trace is not None:
        names = trace.tb_frame.f_locals
        if names.get("file") is out or getattr(names.get("self"), "file", None) is out:
            return True
        trace = trace.tb_next
    return False


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at devnull so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _click_error_line(error: BaseException) -> tuple[str, int] | None:
    """Typer's own usage errors (vendored click) as one line, found by their interface."""
    format_message = getattr(error, "format_message", None)
    exit_code = getattr(error, "exit_code", None)
    if not callable(format_message) or not isinstance(exit_code, int):
        return None
    message = " ".join(str(format_message()).split())
    context = getattr(error, "ctx", None)
    command_path = getattr(context, "command_path", None)
    hint = f" (see '{command_path} --help')" if command_path else ""
    return f"ktimeline: error: {message}{hint}", exit_code


def app_for(args: list[str]) -> typer.Typer:
    """Only the command being run, when it is plain which one; else every command."""
    if any(variable.endswith("_COMPLETE") for variable in os.environ):
        return build_app()  # shell completion walks the whole tree
    if any(arg.startswith(("--install-completion", "--show-completion")) for arg in args):
        from typer._completion_shared import _completion_scripts

        from ktimeline.cli.shells import install_scripts

        install_scripts(_completion_scripts)  # our scripts, not Typer's (see shells.py)
    words = [arg for arg in args if arg != "--debug"]
    if words and words[0] in COMMANDS:
        return build_app(only=words[0])
    return build_app()


COMPLETION_SHELLS = ("bash", "zsh", "fish")  # the shells our scripts serve (shells.py)


def completion_for_named_shell(args: list[str]) -> int | None:
    """``--install-completion zsh`` / ``--show-completion fish``: that shell's. Typer's flags
    take no shell and detect the one they run from, so the name was ignored without a word
    (from bash, ``--install-completion zsh`` installed bash's). None for any other line."""
    if len(args) != 2 or args[0] not in ("--install-completion", "--show-completion"):
        return None
    shell = args[1]
    if shell not in COMPLETION_SHELLS:
        raise UsageError(
            f"{args[0]}: no completion for the shell {shell!r}",
            f"choose one of {', '.join(COMPLETION_SHELLS)}, or name none: the shell it is run from",
        )
    from typer._completion_shared import _completion_scripts, get_completion_script, install

    from ktimeline.cli.shells import install_scripts

    install_scripts(_completion_scripts)  # our scripts, not Typer's (see shells.py)
    names = {"prog_name": "ktimeline", "complete_var": "_KTIMELINE_COMPLETE"}
    if args[0] == "--show-completion":
        sys.stdout.write(get_completion_script(**names, shell=shell) + "\n")
        return ExitCode.OK
    _, path = install(shell=shell, **names)
    sys.stdout.write(
        f"{shell} completion installed in {path}\n"
        "Completion will take effect once you restart the terminal\n"
    )
    return ExitCode.OK


def shell_completion(instruction: str) -> int | None:
    """Answer a completion request of bash, zsh or fish (see shells.py); None for others."""
    from typer.main import get_command

    from ktimeline.cli.shells import completion_reply

    try:
        text = completion_reply(get_command(build_app()), instruction)
    except KtimelineError:
        text = ""  # nothing to offer; never a message in the middle of the user's line
    if text is None:
        return None
    sys.stdout.write(text + "\n")
    return ExitCode.OK


@contextlib.contextmanager
def settings_warned() -> Iterator[None]:
    """Environment values the core could not use (``settings.IgnoredSettingWarning``)
    told as one warning line each, once per run; other warnings as Python shows them."""
    import warnings

    from ktimeline.settings import IgnoredSettingWarning

    told: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("always", IgnoredSettingWarning)
        show = warnings.showwarning

        def tell(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
            if not issubclass(category, IgnoredSettingWarning):
                show(message, category, *args, **kw)
            elif str(message) not in told:
                told.add(str(message))
                to_stderr(f"ktimeline: warning: {message}")

        warnings.showwarning = tell
        yield


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; the only place errors become messages."""
    from ktimeline.cli.fastpath import plain_query
    from ktimeline.cli.output import (
        OutputFailed,
        PipeClosed,
        buffer_standard_output,
        guarded_output,
    )
    from ktimeline.cli.replaced import replaced_note

    buffer_standard_output()  # (PYTHONUNBUFFERED: a partial write would lose the rest)
    args = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in args or bool(os.environ.get("KTIMELINE_DEBUG"))
    instruction = os.environ.get("_KTIMELINE_COMPLETE")
    if instruction:
        answered = shell_completion(instruction)
        if answered is not None:
            return answered
    try:
        try:
            with settings_warned():
                query = plain_query(args, COMMANDS)  # a plain query needs no Typer (fastpath)
                named = None if query is not None else completion_for_named_shell(args)
                if query is not None:
                    result = query()
                elif named is not None:
                    result = named
                else:
                    result = app_for(args)(args=args, prog_name="ktimeline", standalone_mode=False)
            if sys.stdout is not None:
                with guarded_output():  # what a command left unflushed (a full disk: exit 2)
                    sys.stdout.flush()
            if (note := replaced_note()) is not None:
                to_stderr(note)
        except BrokenPipeError:
            raise PipeClosed("output pipe closed") from None
        except SystemExit as stop:  # rich and Typer meet a closed pipe (--help) with exit(1)
            if not isinstance(stop.__context__, BrokenPipeError):
                raise
            raise PipeClosed("output pipe closed") from None
        except OSError as exc:  # Typer's or rich's own writes (--help to a full disk)
            if not _met_writing_stdout(exc):
                raise
            raise OutputFailed(f"cannot write output: {exc.strerror or exc}") from None
    except PipeClosed:
        _silence_stdout()
        return ExitCode.OK
    except KtimelineError as error:
        from ktimeline.cli.messages import data_hint, error_lines

        lines = error_lines(error)
        if len(lines) > MAX_PROBLEMS_SHOWN and "validate" not in args:
            unkept = getattr(error, "unkept", 0)  # counted, not listed: one summary line
            hidden = len(lines) - MAX_PROBLEMS_SHOWN + max(0, unkept - 1)
            lists = f"the first {len(lines) - 1}" if unkept else "them all"
            lines = [
                *lines[:MAX_PROBLEMS_SHOWN],
                f"… and {hidden} more (ktimeline validate lists {lists})",
            ]
        for line in lines:
            to_stderr(f"ktimeline: error: {line}")
        if (hint := data_hint(error)) is not None:
            to_stderr(hint)
        if isinstance(error, DataError) and error.closing_note is not None:
            to_stderr(error.closing_note)  # (validate: which actor tables were read)
        if isinstance(error, OutputFailed):
            _silence_stdout()  # what is still buffered would fail the last flush again
        return error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        to_stderr("ktimeline: interrupted")
        return ExitCode.INTERRUPTED
    except Exception as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            sys.stdout.write(str(error.format_message()) + "\n")  # type: ignore[attr-defined]
            return ExitCode.OK
        click_error = _click_error_line(error)
        if click_error is not None:
            to_stderr(click_error[0])
            return click_error[1]
        if debug:
            import traceback

            traceback.print_exc()
        to_stderr(
            f"ktimeline: internal error: {type(error).__name__}: {error} "
            "(this is a bug; rerun with --debug for the traceback)"
        )
        return ExitCode.SOFTWARE
    if result == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C in a command into Exit(130)
        to_stderr("ktimeline: interrupted")
    return int(result) if isinstance(result, int) else ExitCode.OK


def run() -> None:
    end(main())


def end(code: int) -> None:
    """End the process with ``code``: at once (``os._exit``) when the interpreter's teardown has
    nothing to do for the user, else as usual (``sys.exit``).

    The teardown frees every module and object: about 15M instructions, 7% of a plain query
    (callgrind), for nothing a command needs, its output being flushed here. It is kept
    whenever it may matter: a program that called ``main()`` itself (it may catch the
    SystemExit, or clean up in ``finally`` or ``with``), a callback registered to run at exit
    (coverage, multiprocessing, tempfile, logging …), another thread (Python waits for it), a
    database module loaded (its connections are closed), or output that cannot be flushed (the
    teardown then reports it as it always has)."""
    threading = sys.modules.get("threading")
    callbacks = getattr(atexit, "_ncallbacks", None)  # CPython's count of atexit callbacks
    if (
        not isinstance(code, int)
        or not _only_a_script_waits(sys._getframe(1))
        or callbacks is None
        or callbacks()
        or (threading is not None and threading.active_count() > 1)
        or "sqlite3" in sys.modules
    ):
        sys.exit(code)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


# The names an entry script may use: pip's and uv's console scripts (re.sub or endswith on
# sys.argv[0], then sys.exit(main())) and `python -c "from ktimeline.__main__ import main; main()"`.
_ENTRY_SCRIPT_NAMES = frozenset(
    {"re", "sys", "argv", "sub", "endswith", "exit", "__name__", "ktimeline.__main__", "main"}
)


def _only_a_script_waits(frame: FrameType | None) -> bool:
    """True when the code that called ktimeline is only an entry script's top level: the
    console script, ``python -m ktimeline`` or ``python -c`` importing main and calling it.
    Anything else (a function, pytest, a wrapper catching SystemExit or cleaning up in
    ``finally`` or ``with``, a script that wrote to a file of its own before calling main)
    might go on after the SystemExit or hold buffered output that only the teardown writes: it
    keeps the usual end. Before Python 3.11 a code object has no exception table to tell, so
    it keeps the usual end too."""
    while frame is not None:
        spec = frame.f_globals.get("__spec__")
        name = spec.name if spec is not None else frame.f_globals.get("__name__", "")
        code = frame.f_code
        if not (
            name == "ktimeline"
            or name.startswith("ktimeline.")
            or name == "runpy"  # python -m: it catches nothing around the module it runs
            or (
                name == "__main__"
                and code.co_name == "<module>"
                and getattr(code, "co_exceptiontable", b"?") == b""
                and set(code.co_names) <= _ENTRY_SCRIPT_NAMES
            )
        ):
            return False
        frame = frame.f_back
    return True
