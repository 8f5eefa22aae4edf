"""The Typer app: parse arguments, call the core, hand a Report to the output layer.

Nothing else happens here: no matching, no formatting. ``main`` is the one boundary where the
project's errors become a message on stderr and an exit code (see ``errors.ExitCode``).
"""

from __future__ import annotations

import os
import shlex
import sys
import traceback
from dataclasses import replace
from typing import Annotated, Any, Literal

import typer

from . import __version__
from .completion import complete_actor, complete_event_id
from .dates import parse_bounds, parse_date_argument, parse_range
from .errors import ExitCode, KtimelineError, UsageError
from .loader import Chronology, load_chronology
from .model import Event
from .options import DataOptions, FilterOptions, OutputOptions, uses_options
from .output import PipeClosed, emit, standard_output, write_json_lines
from .query import Filters, limit_and_order, resolve_filters
from .render.safe import visible_controls
from .report import EventRow, Kind, Report
from .search import DEFAULT_THRESHOLD, SearchMode
from .stats import GROUPINGS

QUERY_PANEL = "Ask the chronology"
DATA_COMMANDS_PANEL = "Check and grow the data"

EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "search": [
        ("ktimeline search Sohae", "everything around the Sohae launch site"),
        ("ktimeline search 'Kim Yong Chol' --sort relevance", "an official's events, best first"),
        ("ktimeline search GSOMIA --from 2019-11 -f jsonl", "the intelligence pact, as JSON Lines"),
    ],
    "range": [
        ("ktimeline range 2019-11-01 2019-11-30", "what happened in November 2019"),
        ("ktimeline range 2019-12 --actor Trump", "December, only where Trump is involved"),
        ("ktimeline range 'Dec. 3, 2019' -f csv > dec3.csv", "one day, for a spreadsheet"),
    ],
    "show": [
        ("ktimeline show 2019-12-05-sohae-movement-choe-dotard-warning", "one event in full"),
        ("ktimeline show 2019-12-14-nk-crucial-test-at-sohae --context 2", "with two either side"),
    ],
    "quotes": [
        ("ktimeline quotes --speaker 'Kim Yong Chol'", "what he said, and when"),
        ("ktimeline quotes 'rocket man'", "who said it"),
        ("ktimeline quotes --speaker Trump -f markdown", "for a report"),
    ],
    "actors": [
        ("ktimeline actors", "everyone, with counts of events and statements"),
        ("ktimeline actors 'Kim Jong-un'", "any alias leads to the actor"),
    ],
    "tags": [
        ("ktimeline tags", "every topic with its number of events"),
        ("ktimeline tags --from 2019-12 -f csv", "December's topics as CSV"),
    ],
    "stats": [
        ("ktimeline stats", "events per month, as a bar chart"),
        ("ktimeline stats --by actor -n 10", "the ten most involved actors"),
        ("ktimeline stats --by week -f csv", "weekly counts for a spreadsheet"),
    ],
    "import": [
        ("ktimeline import chronology.txt > mine.jsonl", "a journal's chronology as events"),
        ("ktimeline import article.txt --out all.jsonl --append", "add only what is new"),
        ("pdftotext cc.pdf - | ktimeline import - --year 2020", "from a pipe, with a default year"),
    ],
    "validate": [
        ("ktimeline validate", "check the bundled chronology"),
        ("ktimeline validate mine.jsonl --actors my-actors.jsonl", "check your own file"),
    ],
}


def epilog(command: str) -> str:
    """The "Examples" section of a command's --help."""
    lines = [f"[bold]Examples[/bold] ({escape_markup(command)}):"]
    for example, meaning in EXAMPLES[command]:
        lines.append(f"  [cyan]$ {escape_markup(example)}[/cyan]  [dim]# {meaning}[/dim]")
    return "\n\n".join(lines)


def escape_markup(text: str) -> str:
    return text.replace("[", "\\[")


app = typer.Typer(
    name="ktimeline",
    help="Ask questions of a chronology of US-Korea relations, September–December 2019: what "
    "happened when, around which place, who said what.\n\n"
    "Reads the bundled chronology (from Stephen Noerper, Comparative Connections 21:3, "
    "January 2020) or your own JSON Lines files.",
    epilog="[bold]Examples:[/bold]\n\n"
    "  [cyan]$ ktimeline range 2019-11[/cyan]  [dim]# what happened in November[/dim]\n\n"
    "  [cyan]$ ktimeline search Sohae[/cyan]  [dim]# everything around Sohae[/dim]\n\n"
    "  [cyan]$ ktimeline quotes --speaker 'Kim Yong Chol'[/cyan]  [dim]# who said what[/dim]\n\n"
    "Exit codes: 0 results, 1 no results, 2 usage or data error, 70 internal error, "
    "130 interrupted.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ktimeline {__version__}")
        raise typer.Exit()


@app.callback()
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


# --- shared steps ---------------------------------------------------------------------------


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def say(message: str) -> None:
    """A message for the user: stderr, one line, control characters made visible."""
    if sys.stderr is None:  # started with stderr closed: nowhere to say it
        return
    try:
        sys.stderr.write(visible_controls(message) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def load(data: DataOptions) -> Chronology:
    return load_chronology(
        data.data or (), bundled=data.bundled, actor_files=data.actor_files or ()
    )


def resolve(chronology: Chronology, filters: FilterOptions, **extra: Any) -> Filters:
    start, end = parse_bounds(filters.date_from, filters.date_to)
    resolved = resolve_filters(
        chronology, start=start, end=end, actors=filters.actor or (), tags=filters.tag or (),
        places=filters.place or (), section=filters.section,
    )  # fmt: skip
    return replace(resolved, **extra) if extra else resolved


def finish(
    report: Report, filters: FilterOptions | None, output: OutputOptions, nothing: str
) -> int:
    """Order, limit, render; the exit code says whether anything matched."""
    matched = len(report.rows)
    if filters is not None:
        rows = limit_and_order(report.rows, reverse=filters.reverse, limit=filters.limit)
        report = replace(report, rows=rows)
    if not matched:
        say(nothing)
    if report.rows or _machine(output):
        emit(report, output)
    return ExitCode.OK if matched else ExitCode.NO_RESULTS


def _machine(output: OutputOptions) -> bool:
    from .render import FORMATS

    fmt = FORMATS.get(output.format)
    return fmt is not None and fmt.machine


def no_match_hint(chronology: Chronology, query: str, suggest: Any) -> str:
    """ "; did you mean …?" from the data's vocabulary, or a pointer to `range` for a date."""
    try:
        parse_date_argument(query, "QUERY")
    except UsageError:
        suggestions = suggest(chronology, query)
        return f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    return f"; to list events by date, use: ktimeline range {shlex.quote(query)}"


def search_mode(exact: bool, regex: bool) -> SearchMode:
    if exact and regex:
        raise UsageError("--exact and --regex cannot be used together")
    return SearchMode.EXACT if exact else SearchMode.REGEX if regex else SearchMode.FUZZY


ExactOption = Annotated[
    bool, typer.Option("--exact", "-e", help="Match QUERY as a case-insensitive substring.")
]
RegexOption = Annotated[
    bool, typer.Option("--regex", "-E", help="Match QUERY as a Python regular expression "
                       "(case-insensitive).")
]  # fmt: skip
ThresholdOption = Annotated[
    float,
    typer.Option("--threshold", min=0, max=100, help="Fuzziness: how similar (0-100) a word must "
                 "be to count as a match; lower finds more."),
]  # fmt: skip


# --- commands -------------------------------------------------------------------------------


@app.command(rich_help_panel=QUERY_PANEL, epilog=epilog("search"))
@uses_options
def search(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    query: Annotated[str, typer.Argument(help="Words, a name (any alias), a place, a topic.")],
    exact: ExactOption = False,
    regex: RegexOption = False,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    sort: Annotated[
        Literal["date", "relevance"],
        typer.Option("--sort", "-s", help="Order results by date or by score."),
    ] = "date",
) -> int:
    """Find events by their text, actors, places, tags and quotes (forgiving of typos)."""
    from .search import did_you_mean, search_events

    chronology = load(data)
    events = resolve(chronology, filters).apply(chronology.events)
    hits = search_events(chronology, events, query, search_mode(exact, regex), threshold)
    if sort == "relevance":
        hits.sort(key=lambda hit: -hit.score)
    rows = [EventRow(hit.event, hit.score, hit.marks) for hit in hits]
    nothing = f"no events match {query!r}"
    if not hits:
        nothing += no_match_hint(chronology, query, did_you_mean)
    report = Report(Kind.EVENTS, rows, title=f"search {query!r}", scored=True)
    return finish(report, filters, output, nothing)


@app.command("range", rich_help_panel=QUERY_PANEL, epilog=epilog("range"))
@uses_options
def range_(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    start: Annotated[
        str,
        typer.Argument(metavar="START", help="First day: 2019-11-05, 2019-11, 2019, 'Nov 5 2019'."),
    ],
    end: Annotated[
        str | None,
        typer.Argument(metavar="[END]", show_default=False, help="Last day, same forms "
                       "(default: the end of START's month or year)."),
    ] = None,
) -> int:  # fmt: skip
    """List the events in an inclusive range of dates."""
    chronology = load(data)
    first, last = parse_range(start, end)
    filtered = resolve(chronology, filters)
    events = Filters(start=first, end=last).apply(filtered.apply(chronology.events))
    title = f"range {start}" + (f" {end}" if end is not None else "")
    rows = [EventRow(event) for event in events]
    span = (first.isoformat(), last.isoformat())
    report = Report(Kind.EVENTS, rows, title=title, span=span)
    return finish(report, filters, output, f"no events between {first} and {last}")


@app.command(rich_help_panel=QUERY_PANEL, epilog=epilog("show"))
@uses_options
def show(
    data: DataOptions,
    output: OutputOptions,
    ids: Annotated[
        list[str],
        typer.Argument(metavar="ID...", help="Event ids (see the id column of any listing).",
                       autocompletion=complete_event_id),
    ],
    context: Annotated[
        int,
        typer.Option("--context", "-C", min=0, help="Also show N events before and after each."),
    ] = 0,
) -> int:  # fmt: skip
    """Show events in full: actors, places, tags, quotes, source."""
    from .query import with_context

    chronology = load(data)
    rows = [
        EventRow(row.event, context=not row.asked) for row in with_context(chronology, ids, context)
    ]
    title = "show " + " ".join(ids)
    return finish(Report(Kind.EVENTS, rows, title=title, detail=True), None, output, "no events")


@app.command(rich_help_panel=QUERY_PANEL, epilog=epilog("quotes"))
@uses_options
def quotes(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    query: Annotated[
        str | None,
        typer.Argument(
            help="Words to find in the quotes (fuzzy, like search).", show_default=False
        ),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-S", metavar="NAME", help="Only what this actor said, by any "
                     "alias.", autocompletion=complete_actor, show_default=False),
    ] = None,
    exact: ExactOption = False,
    regex: RegexOption = False,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
) -> int:  # fmt: skip
    """List who said what: date, speaker, verbatim quote, event id."""
    from .query import statements_of
    from .report import QuoteRow
    from .search import search_quotes

    chronology = load(data)
    who = chronology.actor_index.resolve(speaker) if speaker is not None else None
    events = resolve(chronology, filters).apply(chronology.events)
    pairs = statements_of(events, who)
    hits = search_quotes(pairs, query, search_mode(exact, regex), threshold)
    rows = [QuoteRow(h.event, h.statement, h.score, h.marks) for h in hits]
    title = "quotes" + (f" {query!r}" if query else "") + (f" by {who}" if who else "")
    nothing = (
        "no statements" + (f" by {who}" if who else "") + (f" match {query!r}" if query else "")
    )
    report = Report(Kind.QUOTES, rows, title=title, scored=query is not None)
    return finish(report, filters, output, nothing)


@app.command(rich_help_panel=QUERY_PANEL, epilog=epilog("actors"))
@uses_options
def actors(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    name: Annotated[
        str | None,
        typer.Argument(help="Any name or alias: show the actor(s) it stands for.",
                       show_default=False),
    ] = None,
) -> int:  # fmt: skip
    """List actors with kind, affiliation, role, aliases and counts."""
    from .query import actor_counts
    from .report import ActorRow

    chronology = load(data)
    resolved = resolve(chronology, filters)
    counts = actor_counts(resolved.apply(chronology.events))
    known = chronology.vocabulary.actors
    if name is not None:
        chosen = list(chronology.actor_index.candidates(name))
        if not chosen:
            chronology.actor_index.resolve(name)  # raises with suggestions
    else:
        chosen = [a for a in known if a in counts or not resolved]
    rows = [
        ActorRow(known[n], counts[n].events if n in counts else 0,
                 counts[n].statements if n in counts else 0)
        for n in chosen
    ]  # fmt: skip
    if name is None:
        rows.sort(key=lambda row: (-row.events, row.actor.name))
    title = f"actors {name!r}" if name else "actors"
    report = Report(Kind.ACTORS, rows, title=title, detail=name is not None and len(rows) == 1)
    return finish(report, filters, output, "no actors")


@app.command(rich_help_panel=QUERY_PANEL, epilog=epilog("tags"))
@uses_options
def tags(data: DataOptions, filters: FilterOptions, output: OutputOptions) -> int:
    """List tags (topics) with their descriptions and numbers of events."""
    from .query import tag_counts
    from .report import TagRow

    chronology = load(data)
    resolved = resolve(chronology, filters)
    counts = tag_counts(resolved.apply(chronology.events))
    descriptions = {t.name: t.description for t in chronology.vocabulary.tags.values()}
    names = [n for n in chronology.tag_index.names if counts[n] or not resolved]
    rows = sorted(
        (TagRow(n, descriptions.get(n), counts[n]) for n in names),
        key=lambda row: (-row.events, row.name),
    )
    return finish(Report(Kind.TAGS, rows, title="tags"), filters, output, "no tags")


@app.command(rich_help_panel=QUERY_PANEL, epilog=epilog("stats"))
@uses_options
def stats(
    data: DataOptions,
    filters: FilterOptions,
    output: OutputOptions,
    by: Annotated[
        Literal[GROUPINGS],  # type: ignore[valid-type]
        typer.Option("--by", "-b", help="What to count events by (speaker counts statements)."),
    ] = "month",
) -> int:  # fmt: skip
    """Count events by month, week, actor, tag, place or speaker, drawn as a bar chart."""
    from .stats import count_by

    chronology = load(data)
    events = resolve(chronology, filters).apply(chronology.events)
    buckets = count_by(events, by)
    report = Report(Kind.STATS, buckets, title=f"stats --by {by}", by=by)
    return finish(report, filters, output, "no events to count")


@app.command(rich_help_panel=DATA_COMMANDS_PANEL, epilog=epilog("validate"))
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="[PATH]...", help="JSON Lines files to check (default: the data "
                       "other commands would read: $KTIMELINE_DATA or the bundled chronology).",
                       show_default=False),
    ] = None,
    actor_files: Annotated[
        list[str] | None,
        typer.Option("--actors", metavar="PATH", help="Add the actors in this file before "
                     "checking.", show_default=False),
    ] = None,
    bundled: Annotated[
        bool, typer.Option("--bundled", help="Check the bundled chronology with the files given.")
    ] = False,
) -> int:  # fmt: skip
    """Check chronology files: print OK and counts, or every problem as file:line: reason."""
    chronology = load_chronology(paths or (), bundled=bundled, actor_files=actor_files or ())
    events, actors = len(chronology.events), len(chronology.vocabulary.actors)
    standard_output().write(f"OK: {plural(events, 'event')}, {plural(actors, 'actor')}\n")
    return ExitCode.OK


def import_notes(result: Any) -> str:
    """ "; skipped …" for the import summary: what was left out, and why."""
    notes = []
    if result.before_chronology:
        notes.append(f"{plural(result.before_chronology, 'line')} before the chronology")
    if result.layout:
        notes.append(f"{plural(len(result.layout), 'layout line')} (headers, captions, credits)")
    if result.unplaced:
        notes.append(f"{len(result.unplaced)} not placed (listed above)")
    return f"; skipped {', '.join(notes)}" if notes else ""


@app.command("import", rich_help_panel=DATA_COMMANDS_PANEL, epilog=epilog("import"))
def import_(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="Chronology text in a journal's style, or a whole "
                       "article; '-' reads standard input."),
    ],
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", metavar="PATH", help="Write the events to PATH (atomically) "
                     "instead of standard output.", show_default=False),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite PATH if it exists.")
    ] = False,
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
    section: Annotated[
        Literal["chronology", "narrative"],
        typer.Option("--section", help="Section of the source the entries come from."),
    ] = "chronology",
    year: Annotated[
        int | None,
        typer.Option("--year", min=1, max=9999, help="Year for entries that give none when no "
                     "heading gives one.", show_default=False),
    ] = None,
    actor_files: Annotated[
        list[str] | None,
        typer.Option("--actors", metavar="PATH", help="Recognise the actors in this file too.",
                     show_default=False),
    ] = None,
) -> int:  # fmt: skip
    """Turn a journal-style chronology ("Sept. 1, 2019: text") into events (JSON Lines)."""
    from pathlib import Path

    from .importer import citation_source, parse_chronology
    from .loader import load_vocabulary, read_text
    from .model import Source
    from .writer import jsonl_lines, save_events

    if force and append:
        raise UsageError("--force and --append cannot be used together")
    if out is None and (force or append):
        raise UsageError("--force and --append need --out PATH")
    name, article = read_text(file)
    vocabulary = load_vocabulary(actor_files or ())
    target = Path(out) if out is not None else None
    existing: tuple[Event, ...] = ()
    if target is not None and append and target.exists():
        existing = load_chronology([target], actor_files=actor_files or ()).events
    source = citation_source(article, section)
    if source_title is not None:
        source = (source or Source(section))._replace(title=source_title)
    result = parse_chronology(
        article, vocabulary, source=source or Source(section), default_year=year,
        existing_ids=[event.id for event in existing],
    )  # fmt: skip
    for skipped in result.unplaced:
        say(f"{name}:{skipped.line}: could not place {skipped.text[:70]!r}: {skipped.reason}")
    for warning in result.warnings:
        say(f"{name}:{warning.line}: “{warning.text}”: {warning.reason}")
    if not result.events:
        why = (
            "no entry could be placed (see above)"
            if result.unplaced
            else "no entry like 'Sept. 1, 2019: text'"
        )
        raise UsageError(f"nothing to import from {name}: {why}")
    if target is None:
        write_json_lines(jsonl_lines(result.events))
        wrote = f"{plural(len(result.events), 'event')} to standard output"
    else:
        summary = save_events(target, result.events, force=force, append=append, existing=existing)
        wrote = f"{plural(summary.added, 'event')} to {target}"
        if summary.already_present:
            wrote += f" ({summary.already_present} already there)"
    say(f"imported {plural(len(result.events), 'entry', 'entries')} from {name}: wrote {wrote}"
        + import_notes(result))  # fmt: skip
    return ExitCode.OK


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


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; the only place errors become messages."""
    args = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in args or bool(os.environ.get("KTIMELINE_DEBUG"))
    try:
        try:
            result = app(args=args, prog_name="ktimeline", standalone_mode=False)
            if sys.stdout is not None:
                sys.stdout.flush()
        except BrokenPipeError:
            raise PipeClosed("output pipe closed") from None
    except PipeClosed:
        _silence_stdout()
        return ExitCode.OK
    except KtimelineError as error:
        for line in error.lines():
            say(f"ktimeline: error: {line}")
        return error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        say("ktimeline: interrupted")
        return ExitCode.INTERRUPTED
    except Exception as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            sys.stdout.write(str(error.format_message()) + "\n")  # type: ignore[attr-defined]
            return ExitCode.OK
        click_error = _click_error_line(error)
        if click_error is not None:
            say(click_error[0])
            return click_error[1]
        if debug:
            traceback.print_exc()
        say(
            f"ktimeline: internal error: {type(error).__name__}: {error} "
            "(this is a bug; rerun with --debug for the traceback)"
        )
        return ExitCode.SOFTWARE
    return int(result) if isinstance(result, int) else ExitCode.OK


def run() -> None:
    sys.exit(main())
