"""The Typer app: parse arguments, call the core, hand a Report to the output layer.

Nothing else happens here: no matching, no formatting. ``main`` is the one boundary where the
project's errors become a message on stderr and an exit code (see ``errors.ExitCode``).

Start-up is part of the product: modules are imported inside the commands that use them,
and ``main`` builds the Typer app with only the command being run (Typer turns every
registered command into a click command on each call, which costs more than running one).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from ktimeline.cli.completion import complete_actor, complete_event_id
from ktimeline.cli.helptext import DATA_PANEL, OVERVIEW, QUERY_PANEL, SUMMARY_PANEL, epilog
from ktimeline.cli.options import (
    BY_HELP,
    ActorFilesOption,
    BundledOption,
    DataOptions,
    FilterOptions,
    LanesOption,
    OutputOptions,
    QuietOption,
    uses_options,
)
from ktimeline.defaults import DEFAULT_THRESHOLD, GROUPINGS
from ktimeline.errors import ExitCode, KtimelineError, UsageError
from ktimeline.render.safe import visible_controls
from ktimeline.version import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ktimeline.api import Results, SearchModeName, Timeline
    from ktimeline.importing.events import ImportResult
    from ktimeline.index.store import CacheProblem
    from ktimeline.model import Event
    from ktimeline.report import Report


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
        typer.echo(f"ktimeline {__version__}")
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
    application.callback()(callback)
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
        sys.stderr.write(visible_controls(message) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def warn_cache(problem: CacheProblem) -> None:
    """The cache could not be used (told once per query); the answer comes from the file."""
    to_stderr(f"ktimeline: warning: cannot {problem.action} the index {problem.path} "
        f"({problem.reason}); answering from the file")  # fmt: skip


def timeline(data: DataOptions) -> Timeline:
    """The facade over the data the options choose ($KTIMELINE_DATA when no --data)."""
    from ktimeline.api import Timeline
    from ktimeline.cli.progress import for_stderr

    return Timeline(
        data.data or (), actor_files=data.actor_files or (), bundled=data.bundled,
        cache=not data.no_cache, on_cache_problem=warn_cache, progress=for_stderr(data.quiet),
    )  # fmt: skip


def filter_arguments(filters: FilterOptions) -> dict[str, Any]:
    """The facade's filters from the options: --from/--to as dates, names as given (each
    repeated flag one condition, commas in a value alternatives)."""
    from ktimeline.dates import parse_bounds

    since, until = parse_bounds(filters.date_from, filters.date_to)
    return {
        "since": since, "until": until, "actors": filters.actor or (), "tags": filters.tag or (),
        "places": filters.place or (), "section": filters.section, "overlap": filters.overlap,
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


def deliver_report(
    report: Report, filters: FilterOptions | None, output: OutputOptions, nothing: str
) -> int:
    """Order, limit, render; the exit code says whether anything matched."""
    from ktimeline.cli.output import emit, is_terminal, renders_table
    from ktimeline.query import limit_and_order
    from ktimeline.render import FORMATS
    from ktimeline.report import EventRow, QuoteRow

    def possible_only(row: object) -> bool:
        return isinstance(row, (EventRow, QuoteRow)) and row.possible

    matched = len(report.rows)
    if output.format != "html" and report.by is not None and report.kind != "stats":
        raise UsageError("--by groups the lanes of -f html", "add -f html, or leave --by out")
    if filters is not None:
        rows = limit_and_order(
            report.rows, reverse=filters.reverse, limit=filters.limit, possible_only=possible_only
        )
        cut = len(rows) < matched
        report = report.replace(
            rows=rows, title=report.title + describe(filters), total=matched if cut else None
        )
    if output.format == "html":
        from ktimeline.cli.output import is_terminal
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
    return ExitCode.OK if matched else ExitCode.NO_RESULTS


def describe(filters: FilterOptions) -> str:
    """The filters as they were given (" --actor 'Kim Yong-chol' --from 2019-11"), for titles."""
    import shlex

    given = [("--from", filters.date_from), ("--to", filters.date_to)]
    given += [("--actor", name) for name in filters.actor or ()]
    given += [("--tag", tag) for tag in filters.tag or ()]
    given += [("--place", place) for place in filters.place or ()]
    given += [("--section", filters.section)]
    return "".join(f" {flag} {shlex.quote(value)}" for flag, value in given if value)


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
                       "alias), a place, a topic; several words are one query, quoted or not."),
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
) -> int:  # fmt: skip
    """Find events by their text, actors, places, tags and quotes (forgiving of typos)."""
    text = " ".join(query)
    from ktimeline.cli.output import renders_table
    from ktimeline.report import Kind, Report

    results = timeline(data).search(
        text, mode=search_mode(exact, regex), threshold=threshold, sort=sort, related=related,
        highlight=renders_table(output), **filter_arguments(filters),
    )  # fmt: skip
    print_notes(results)
    if results.left_out:
        via = ", ".join(results.left_out_via[:3])
        left, found = len(results.left_out), len(results)
        to_stderr(f"{left} related event{'s' * (left != 1)} left out (via {via}): more than the "
            f"{found} that match{'es' * (found == 1)} {text!r} itself; --related lists "
            f"{'them' if left != 1 else 'it'}")  # fmt: skip
    nothing = f"no events match {text!r}"
    if not results:
        nothing += no_match_hint(text, results.suggestions)
    report = Report(
        Kind.EVENTS, list(results), title=f"search {text!r}", scored=True, by=by,
        marked=marks_certainty(filters), note=overlap_note(results.unlisted),
    )  # fmt: skip
    return deliver_report(report, filters, output, nothing)


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
) -> int:  # fmt: skip
    """List the events in an inclusive range of dates (those wholly inside it; see --overlap)."""
    from ktimeline.dates import parse_range
    from ktimeline.report import EventRow, Kind, Report

    chosen = filter_arguments(filters)
    first, last = parse_range(start, end) if start is not None else (None, None)
    results = timeline(data).between(first, last, **chosen)
    print_notes(results)
    low = first if chosen["since"] is None else max(chosen["since"], first or chosen["since"])
    high = last if chosen["until"] is None else min(chosen["until"], last or chosen["until"])
    title = " ".join(["range", *(part for part in (start, end) if part is not None)])
    maybe = {event.id for event in results.possible}
    rows = [EventRow(event, possible=event.id in maybe) for event in results]
    report = Report(
        Kind.EVENTS, rows, title=title, by=by,
        span=(low.isoformat(), high.isoformat()) if low and high else None,
        marked=marks_certainty(filters, dated=start is not None),
        note=overlap_note(results.unlisted),
    )  # fmt: skip
    nothing = (
        f"no events on {low}" if low and low == high
        else f"no events between {low} and {high}" if low and high
        else f"no events from {low}" if low else f"no events until {high}" if high
        else "no events"
    )  # fmt: skip
    return deliver_report(report, filters, output, nothing)


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
    from ktimeline.report import Kind, Report

    results = timeline(data).show(*ids, context=context)
    title = "show " + " ".join(ids)
    report = Report(Kind.EVENTS, list(results), title=title, detail=True, by=by)
    return deliver_report(report, None, output, "no events")


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
    from ktimeline.report import Kind, Report

    facade = timeline(data)
    results = facade.quotes(
        query, speaker=speaker, mode=search_mode(exact, regex), threshold=threshold,
        **filter_arguments(filters),
    )  # fmt: skip
    print_notes(results)
    who = facade.vocabulary().actor_index.resolve(speaker) if speaker is not None else None
    title = "quotes" + (f" {query!r}" if query else "") + (f" by {who}" if who else "")
    nothing = (
        "no statements" + (f" by {who}" if who else "") + (f" match {query!r}" if query else "")
    )
    report = Report(
        Kind.QUOTES, list(results), title=title, scored=query is not None, by=by,
        marked=marks_certainty(filters), note=overlap_note(results.unlisted),
    )  # fmt: skip
    return deliver_report(report, filters, output, nothing)


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
    from ktimeline.report import Kind, Report

    results = timeline(data).actors(name, **filter_arguments(filters))
    print_notes(results)
    title = f"actors {name!r}" if name else "actors"
    detail = name is not None and len(results) == 1
    report = Report(
        Kind.ACTORS, list(results), title=title, detail=detail,
        note=overlap_note(results.unlisted),
    )  # fmt: skip
    return deliver_report(report, filters, output, "no actors")


@command("tags", SUMMARY_PANEL)
def tags(data: DataOptions, filters: FilterOptions, output: OutputOptions) -> int:
    """List tags (topics) with their descriptions and numbers of events."""
    from ktimeline.report import Kind, Report

    results = timeline(data).tags(**filter_arguments(filters))
    print_notes(results)
    report = Report(Kind.TAGS, list(results), title="tags", note=overlap_note(results.unlisted))
    return deliver_report(report, filters, output, "no tags")


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
    from ktimeline.report import Kind, Report

    facade = timeline(data)
    chosen = filter_arguments(filters)
    results = facade.stats(by, sort=sort, **chosen)
    print_notes(results)
    # -f html also draws the events counted
    events = list(facade.events(**chosen)) if output.format == "html" else []
    report = Report(
        Kind.STATS, list(results), title=f"stats --by {by}", by=by, events=events,
        note=overlap_note(results.unlisted),
    )  # fmt: skip
    return deliver_report(report, filters, output, "no events to count")


@command("validate", DATA_PANEL)
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="[PATH]...", help="JSON Lines files to check (default: the data "
                       "other commands would read: $KTIMELINE_DATA or the bundled chronology).",
                       show_default=False),
    ] = None,
    actor_files: ActorFilesOption = None,
    bundled: BundledOption = False,
    quiet: QuietOption = False,
) -> int:  # fmt: skip
    """Check chronology files: print OK and counts, or every problem as file:line: reason."""
    from ktimeline.cli.output import guarded_output, standard_output
    from ktimeline.cli.progress import for_stderr
    from ktimeline.loader import load_chronology

    chronology = load_chronology(
        paths or (), bundled=bundled, actor_files=actor_files or (), progress=for_stderr(quiet)
    )  # fmt: skip
    events, actors = len(chronology.events), len(chronology.vocabulary.actors)
    with guarded_output():
        standard_output().write(f"OK: {plural(events, 'event')}, {plural(actors, 'actor')}\n")
    return ExitCode.OK


def import_notes(result: ImportResult) -> str:
    """ "; skipped …" for the import summary: what was left out, and why."""
    notes = []
    if result.before_chronology:
        notes.append(f"{plural(result.before_chronology, 'line')} before the chronology")
    if result.layout:
        notes.append(f"{plural(len(result.layout), 'layout line')} (headings, headers, captions)")
    if result.unplaced:
        notes.append(f"{plural(len(result.unplaced), 'line')} not placed (listed above)")
    text = f"; skipped {', '.join(notes)}" if notes else ""
    if result.warnings:
        text += f"; {plural(len(result.warnings), 'warning')}"
    return text


def import_check_table(result: ImportResult, where: Callable[[int], str]) -> str:
    """`import --check`: every entry, layout line and line left out, in the text's order."""
    rows: list[tuple[int, int, str, str, str, str]] = []
    for order, event in enumerate(result.events):
        words = event.text if len(event.text) <= 60 else event.text[:59] + "…"
        rows.append((result.lines[order], 0, "entry", event.date, event.end_date or "", words))
    for kind, items in (("layout", result.layout), ("LEFT OUT", result.unplaced),
                        ("warning", result.warnings)):  # fmt: skip
        for item in items:
            text = item.text if len(item.text) <= 40 else item.text[:39] + "…"
            rows.append((item.line, 1, kind, "", "", item.reason + (f": {text!r}" if text else "")))
    rows.sort(key=lambda row: (row[0], row[1]))
    table = [("LINE", "WHAT", "DATE", "END", "TEXT / REASON")] + [
        (where(line), kind, start, end, text) for line, _, kind, start, end, text in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        + "  "
        + row[4]
        + "\n"
        for row in table
    )


@command("import", DATA_PANEL)
def import_(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="A chronology or a whole article: text, a saved web "
                       "page (.html) or a PDF; '-' reads standard input."),
    ],
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", metavar="PATH", help="Write the events to PATH (atomically) "
                     "instead of standard output.", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
    append: Annotated[
        bool,
        typer.Option("--append", help="Add to PATH only events it does not have (same id, or "
                     "same date and text)."),
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
) -> int:  # fmt: skip
    """Turn a chronology ("Sept. 1, 2019: text") into events (JSON Lines): text, a saved web
    page (.html) or a PDF."""
    from ktimeline.api import import_chronology

    if force and append:
        raise UsageError("--force and --append cannot be used together")
    if out is None and (force or append):
        raise UsageError("--force and --append need --out PATH")
    outcome = import_chronology(
        file, out=out, force=force, append=append, source_title=source_title,
        source_section=source_section, year=year, encoding=encoding, dry_run=check,
        strict=strict, actor_files=actor_files or (),
    )  # fmt: skip
    name, result, where = outcome.name, outcome.result, outcome.document.where
    if check:
        from ktimeline.cli.output import guarded_output, standard_output

        with guarded_output():
            standard_output().write(import_check_table(result, where))
    for skipped in result.unplaced:
        to_stderr(f"{name}:{where(skipped.line)}: could not place {skipped.text[:70]!r}: "
            f"{skipped.reason}")  # fmt: skip
    for warning in result.warnings:
        quoted = f"“{warning.text}”: " if warning.text else ""
        to_stderr(f"{name}:{where(warning.line)}: {quoted}{warning.reason}")
    if not result.events:
        why = (
            "no entry could be placed (see above)"
            if result.unplaced
            else ("no entry like 'Sept. 1, 2019: text'")
        )
        raise UsageError(f"nothing to import from {name}: {why}")
    if check or (strict and result.unplaced):
        would = "would import" if check else "nothing written (--strict)"
        to_stderr(f"{would}: {plural(len(result.events), 'entry', 'entries')} from {name}"
            + import_notes(result))  # fmt: skip
        return ExitCode.NO_RESULTS if strict and result.unplaced else ExitCode.OK
    if outcome.written is None:
        from ktimeline.cli.output import write_json_lines
        from ktimeline.writer import jsonl_lines

        write_json_lines(jsonl_lines(result.events))
        wrote = f"{plural(len(result.events), 'event')} to standard output"
    else:
        wrote = f"{plural(outcome.written.added, 'event')} to {outcome.target}"
        if outcome.written.already_present:
            wrote += f" ({outcome.written.already_present} already there)"
    entries = plural(len(result.events), "entry", "entries")
    to_stderr(f"imported {entries} from {name}: wrote {wrote}" + import_notes(result))
    return ExitCode.OK


def __getattr__(name: str) -> Any:
    """``cli.app``: the app with every command, built on first use (docs, tests)."""
    if name == "app":
        application = globals()["app"] = build_app()
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- the boundary ---------------------------------------------------------------------------


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


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; the only place errors become messages."""
    from ktimeline.cli.output import PipeClosed

    args = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in args or bool(os.environ.get("KTIMELINE_DEBUG"))
    instruction = os.environ.get("_KTIMELINE_COMPLETE")
    if instruction:
        answered = shell_completion(instruction)
        if answered is not None:
            return answered
    try:
        try:
            result = app_for(args)(args=args, prog_name="ktimeline", standalone_mode=False)
            if sys.stdout is not None:
                sys.stdout.flush()
        except BrokenPipeError:
            raise PipeClosed("output pipe closed") from None
    except PipeClosed:
        _silence_stdout()
        return ExitCode.OK
    except KtimelineError as error:
        from ktimeline.cli.messages import error_lines

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
    sys.exit(main())
