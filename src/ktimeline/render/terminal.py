"""``-f table``: rich rendering for a terminal — the only module that imports rich.

Events read as a timeline: a one-line header (how many, the span, the question), a rule per
month, the date in a narrow column and the text wrapped beside it, quotations styled, search
matches highlighted, and the actors, places and tags on a dim line under each event.

Data never reaches rich as markup: every string becomes a ``Text`` after its control
characters are made visible, so "[bold red]x[/]" prints those characters and an escape
sequence in a data file cannot reach the terminal.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import TYPE_CHECKING, TextIO, TypeVar

from rich.bar import Bar
from rich.console import Console, ConsoleOptions, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from ktimeline.model import DatePrecision, month_label
from ktimeline.render.common import POSSIBLY, readable_date, readable_span, why_notes
from ktimeline.render.safe import visible_controls
from ktimeline.report import ActorRow, EventRow, Kind, QuoteRow, TagRow
from ktimeline.stats import Bucket

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from ktimeline.library import SourceSummary
    from ktimeline.model import Actor, Event, Statement
    from ktimeline.render import RenderOptions
    from ktimeline.report import Report
    from ktimeline.search import Match

QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
STYLE_DATE = "cyan"
STYLE_QUOTE = "italic green"
STYLE_MATCH = "bold black on yellow"
STYLE_META = "dim"
STYLE_MONTH = "bold magenta"
STYLE_HEADER = "bold"
NARROW = 60  # below this width, lists are laid out as blocks instead of tables
T = TypeVar("T", EventRow, QuoteRow)


class PipeConsole(Console):
    """A console whose closed pipe is the caller's to handle: rich's own reaction exits with
    status 1 (``| head -1`` would fail), ktimeline's ends quietly with 0 as every format."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def make_console(out: TextIO, options: RenderOptions) -> Console:
    return PipeConsole(
        file=out,
        width=options.width,  # bounded by RenderOptions
        color_system="auto" if options.color else None,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )


class LinearText(Text):
    """Text whose rendering costs time linear in its length.

    rich renders wrapped text as one segment holding every line, then cuts it at each
    newline by copying the rest (``str.partition``): quadratic, and a 50 MB event text
    never appears. Here the segment is cut once, in one pass, before rich sees it."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for segment in super().__rich_console__(console, options):
            text = segment.text
            if len(text) < 2 or "\n" not in text or segment.control:
                yield segment
                continue
            style = segment.style
            pieces = text.split("\n")
            for number, piece in enumerate(pieces):
                if number:
                    yield Segment("\n", style)
                if piece:
                    yield Segment(piece, style)


def safe(text: str, style: str = "") -> Text:
    return Text(visible_controls(text), style=style)


def styled_text(text: str, marks: Sequence[tuple[int, int]] = ()) -> Text:
    """Event or quote text with quotations styled and search matches highlighted.

    ``marks`` are spans of the raw text; the text is cut at their edges and each piece made
    safe on its own, so highlighting survives the escaping of control characters.
    """
    result = LinearText()
    position = 0
    for start, end in sorted(marks):
        if start < position:
            continue
        result.append(visible_controls(text[position:start]))
        result.append(visible_controls(text[start:end]), style=STYLE_MATCH)
        position = end
    result.append(visible_controls(text[position:]))
    for match in QUOTATION.finditer(result.plain):  # under the highlights, not over them
        result.stylize_before(STYLE_QUOTE, match.start(), match.end())
    return result


def month_key(iso: str) -> str:
    return iso[:7] if DatePrecision.of(iso) >= DatePrecision.MONTH else iso[:4]


def short_date(event: Event) -> str:
    """The date column: "5 Nov", "22–23 Nov", "30 Nov–2 Dec" (the month rule gives the year)."""
    if event.precision is not DatePrecision.DAY:
        return readable_span(event)
    day, month, _ = readable_date(event.date).split(" ")
    end = event.end_date
    if end is None:
        return f"{day} {month}"
    if DatePrecision.of(end) is DatePrecision.DAY and end[:4] == event.date[:4]:
        end_day, end_month, _ = readable_date(end).split(" ")
        return (
            f"{day}–{end_day} {month}"
            if end_month == month
            else f"{day} {month}–{end_day} {end_month}"
        )
    return f"{day} {month}–{readable_date(end)}"


def header(report: Report, events: Sequence[Event]) -> Text:
    """One line: how many, the span they cover, and what was asked."""
    text = Text(report.noun, style=STYLE_HEADER)
    if report.span is not None or events:
        first, last = report.span or (min(e.start for e in events), max(e.end for e in events))
        span = (
            readable_date(first)
            if first == last
            else f"{readable_date(first)} – {readable_date(last)}"
        )
        text.append(f" · {span}", style=STYLE_DATE)
    if report.title != report.kind:
        text.append(" · ")
        text.append(visible_controls(report.title), style=STYLE_META)
    return text


def _meta(event: Event, score: float | None, matched: Sequence[Match] = ()) -> Text:
    parts = [", ".join(event.actors)] if event.actors else []
    if event.places:
        parts.append("@ " + ", ".join(event.places))
    if event.tags:
        parts.append(" ".join(f"#{tag}" for tag in event.tags))
    parts.append(event.id)
    parts += why_notes(score, matched)
    return safe(" · ".join(parts), STYLE_META)


def _grid(date_width: int) -> Table:
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(style=STYLE_DATE, width=date_width, no_wrap=False)
    grid.add_column(ratio=1, overflow="fold")
    return grid


def _by_month(rows: Iterable[T]) -> Iterator[tuple[str, list[T]]]:
    for key, group in groupby(rows, key=lambda row: month_key(row.event.date)):
        yield key, list(group)


def _in_month_grids(
    console: Console, rows: Sequence[T], width: int, add: Callable[[Table, T], Table]
) -> None:
    """Rows under month rules, each month's in a grid whose dates are ``width`` wide: ``add``
    puts a row in the grid and returns the grid the month goes on in (a new one after
    something it printed itself)."""
    for key, group in _by_month(rows):
        console.print(_month_rule(key))
        grid = _grid(width)
        for row in group:
            grid = add(grid, row)
        if grid.row_count:
            console.print(grid)


def _date_width(events: Iterable[Event], console: Console) -> int:
    widest = max((len(short_date(e)) for e in events), default=6)
    return max(6, min(widest, 13, console.width // 4))


def _month_rule(key: str) -> Rule:
    return Rule(Text(month_label(key), style=STYLE_MONTH), align="left", style=STYLE_META)


def _possibly_rule() -> Rule:
    """Heads the rows only possibly in the range asked for (listed by --overlap)."""
    return Rule(Text(POSSIBLY, style=STYLE_HEADER), align="left", style=STYLE_HEADER)


def _certain_then_possible(rows: Sequence[T]) -> Iterator[tuple[bool, list[T]]]:
    """The rows certainly in the range, then (if any) those only possibly in it."""
    certain = [row for row in rows if not getattr(row, "possible", False)]
    possible = [row for row in rows if getattr(row, "possible", False)]
    if certain or not possible:
        yield False, certain
    if possible:
        yield True, possible


def _in_parts(
    console: Console, report: Report, rows: Sequence[T],
    group: Callable[[Console, Report, Sequence[T], int], None],
) -> None:  # fmt: skip
    """Events or quotes as ``group`` draws them under month rules, their dates as wide as the
    widest; those only possibly in the range asked for after the others, under a rule."""
    width = _date_width((r.event for r in rows), console)
    for possible, part in _certain_then_possible(rows):
        if possible:
            console.print(_possibly_rule())
        group(console, report, part, width)


def _event_group(console: Console, report: Report, rows: Sequence[EventRow], width: int) -> None:
    """Events under month rules; in detail mode (show) asked-for events as full panels."""

    def add(grid: Table, row: EventRow) -> Table:
        if report.detail and not row.context:
            if grid.row_count:
                console.print(grid)
                grid = _grid(width)
            console.print(_detail(row.event, row.reported_by))
            return grid
        event = row.event
        body = styled_text(event.text, row.marks)
        body.append("\n")
        body.append_text(_meta(event, row.score if report.scored else None, row.matched))
        grid.add_row(Text(short_date(event)), body, style=STYLE_META if row.context else "")
        return grid

    _in_month_grids(console, rows, width, add)


def _detail(event: Event, reported_by: tuple[tuple[str, str, str], ...] = ()) -> Panel:
    fields = Table.grid(padding=(0, 1))
    fields.add_column(style="bold", no_wrap=True)
    fields.add_column(overflow="fold")
    given = event.date + (f" to {event.end_date}" if event.end_date else "")
    fields.add_row("Date", safe(f"{readable_span(event)}  (as given: {given})"))
    for label, values in (("Actors", event.actors), ("Places", event.places), ("Tags", event.tags)):
        if values:
            fields.add_row(label, safe(", ".join(values)))
    for number, statement in enumerate(event.statements):
        fields.add_row("Said" if number == 0 else "", _statement_text(statement))
    if event.source is not None:
        where = event.source.section + (
            f" · {event.source.heading}" if event.source.heading else ""
        )
        source = safe(where)
        source.append("\n")
        source.append_text(safe(event.source.citation(), STYLE_META))
        fields.add_row("Source", source)
    if event.related:
        fields.add_row("Related", Text("\n").join(safe(related) for related in event.related))
    if reported_by:
        fields.add_row("Also in", Text("\n").join(
            safe(f"{source}: {other} ({reason})") for source, other, reason in reported_by
        ))  # fmt: skip
    return Panel(
        Group(styled_text(event.text), Text(), fields),
        title=safe(event.id, "bold"),
        title_align="left",
        border_style=STYLE_DATE,
    )


def _statement_text(statement: Statement, marks: Sequence[tuple[int, int]] = ()) -> Text:
    text = LinearText()
    text.append_text(safe(statement.speaker, "bold"))
    if statement.about:
        text.append_text(safe(f" (about {statement.about})", STYLE_META))
    text.append(": ")
    quote = styled_text(f"“{statement.quote}”", [(a + 1, b + 1) for a, b in marks])
    quote.stylize_before(STYLE_QUOTE)
    text.append_text(quote)
    return text


def _events(console: Console, report: Report) -> None:
    rows = [row for row in report.rows if isinstance(row, EventRow)]
    console.print(header(report, [row.event for row in rows]))
    _in_parts(console, report, rows, _event_group)


def _quotes(console: Console, report: Report) -> None:
    rows = [row for row in report.rows if isinstance(row, QuoteRow)]
    console.print(header(report, [row.event for row in rows]))
    _in_parts(console, report, rows, _quote_group)


def _quote_group(console: Console, report: Report, rows: Sequence[QuoteRow], width: int) -> None:
    def add(grid: Table, row: QuoteRow) -> Table:
        body = _statement_text(row.statement, row.marks)
        meta = " · ".join([row.event.id, *why_notes(row.score if report.scored else None)])
        body.append("\n")
        body.append_text(safe(meta, STYLE_META))
        grid.add_row(Text(short_date(row.event)), body)
        return grid

    _in_month_grids(console, rows, width, add)


def _actor_detail(row: ActorRow) -> Panel:
    actor: Actor = row.actor
    fields = Table.grid(padding=(0, 1))
    fields.add_column(style="bold", no_wrap=True)
    fields.add_column(overflow="fold")
    fields.add_row("Kind", safe(actor.kind))
    if actor.affiliation:
        fields.add_row("Affiliation", safe(actor.affiliation))
    if actor.role:
        fields.add_row("Role", safe(actor.role))
    if actor.aliases:
        fields.add_row("Aliases", safe(", ".join(actor.aliases)))
    fields.add_row("Events", Text(str(row.events)))
    fields.add_row("Statements", Text(str(row.statements)))
    return Panel(
        fields, title=safe(actor.name, "bold"), title_align="left", border_style=STYLE_DATE
    )


def _actors(console: Console, report: Report) -> None:
    rows = [row for row in report.rows if isinstance(row, ActorRow)]
    console.print(header(report, []))
    if report.detail or console.width < NARROW:
        for row in rows:
            console.print(_actor_detail(row) if report.detail else _actor_block(row))
        return
    table = Table(show_edge=False, header_style="bold", expand=True, pad_edge=False)
    table.add_column("Actor", style="bold", overflow="fold", ratio=2)
    table.add_column("Kind", overflow="fold")
    table.add_column("Affiliation · role", overflow="fold", ratio=3)
    table.add_column("Events", justify="right")
    table.add_column("Said", justify="right")
    table.add_column("Aliases", style=STYLE_META, overflow="fold", ratio=3)
    for row in rows:
        actor = row.actor
        role = " · ".join(part for part in (actor.affiliation, actor.role) if part)
        table.add_row(
            safe(actor.name), safe(actor.kind), safe(role), str(row.events), str(row.statements),
            safe(", ".join(actor.aliases)),
        )  # fmt: skip
    console.print(table)


def _actor_block(row: ActorRow) -> Text:
    actor = row.actor
    text = Text()
    text.append_text(safe(actor.name, "bold"))
    text.append(f"  {row.events} events, {row.statements} said", style=STYLE_DATE)
    role = " · ".join(part for part in (actor.kind, actor.affiliation, actor.role) if part)
    text.append("\n  ")
    text.append_text(safe(role))
    if actor.aliases:
        text.append("\n  ")
        text.append_text(safe("aka " + ", ".join(actor.aliases), STYLE_META))
    return text


def _tags(console: Console, report: Report) -> None:
    rows = [row for row in report.rows if isinstance(row, TagRow)]
    console.print(header(report, []))
    table = Table(show_edge=False, header_style="bold", expand=True, pad_edge=False)
    table.add_column("Tag", style="bold", no_wrap=True)
    table.add_column("Events", justify="right")
    table.add_column("Description", overflow="fold", ratio=1)
    for row in rows:
        table.add_row(safe(row.name), str(row.events), safe(row.description or ""))
    console.print(table)


def _stats(console: Console, report: Report) -> None:
    rows = [row for row in report.rows if isinstance(row, Bucket)]
    counted = "statements" if report.by == "speaker" else "events"
    title = Text(f"{counted.capitalize()} by {report.by}", style=STYLE_HEADER)
    title.append(f" · {report.noun}", style=STYLE_META)
    if report.title != f"stats --by {report.by}":  # the filters asked for
        title.append(" · ")
        title.append(visible_controls(report.title), style=STYLE_META)
    console.print(title)
    if not rows:
        return
    label_width = min(max(len(row.label) for row in rows), max(10, console.width // 3))
    count_width = len(str(max(row.count for row in rows)))
    bar_width = max(console.width - label_width - count_width - 2, 5)
    most = max(row.count for row in rows)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=label_width, overflow="ellipsis", no_wrap=True)
    grid.add_column(justify="right", width=count_width, style=STYLE_DATE)
    grid.add_column(width=bar_width)
    ascii_only = not console.encoding.lower().startswith("utf")
    for row in rows:
        if ascii_only:
            bar: Text | Bar = Text(
                "#" * max(1, round(bar_width * row.count / most)), style=STYLE_QUOTE
            )
        else:
            bar = Bar(size=most, begin=0, end=row.count, width=bar_width, color="green")
        grid.add_row(safe(row.label), str(row.count), bar)
    console.print(grid)


def render_table(report: Report, out: TextIO, options: RenderOptions) -> None:
    console = make_console(out, options)
    {
        Kind.EVENTS: _events,
        Kind.QUOTES: _quotes,
        Kind.ACTORS: _actors,
        Kind.TAGS: _tags,
        Kind.STATS: _stats,
    }[report.kind](console, report)
    if report.note:
        console.print(safe(report.note, STYLE_META))


SOURCES_NARROW = 100  # below this width, sources are laid out as blocks instead of a table


def render_sources(rows: Sequence[SourceSummary], out: TextIO, options: RenderOptions) -> None:
    """``ktimeline sources`` on a terminal: one row per source (its name in the library, as
    ``sources remove`` takes it, title, publisher, period, events, statements), or a block
    per source on a narrow terminal; the file, the address and the ``source`` label are in
    ``-f plain`` and the structured formats, too long for a row."""
    console = make_console(out, options)
    if console.width < SOURCES_NARROW:
        for row in rows:
            console.print(_source_block(row))
        return
    table = Table(show_edge=False, header_style=STYLE_HEADER, expand=True, pad_edge=False)
    table.add_column("Name", style="bold", overflow="fold", ratio=2)
    table.add_column("Title", overflow="fold", ratio=4)
    table.add_column("Publisher", style=STYLE_META, overflow="fold", ratio=2)
    table.add_column("Period", style=STYLE_DATE, no_wrap=True)
    table.add_column("Events", justify="right", no_wrap=True)
    table.add_column("Said", justify="right", no_wrap=True)
    for row in rows:
        table.add_row(
            safe(row.name), safe(row.title or ""), safe(row.publisher or ""),
            safe(_period(row)), str(row.events), str(row.statements),
        )  # fmt: skip
    console.print(table)


def _period(row: SourceSummary) -> str:
    return " – ".join(dict.fromkeys(day for day in (row.first, row.last) if day))


def _source_block(row: SourceSummary) -> Group:
    """A source on a narrow terminal: its name and counts, then its title and publisher,
    each indented, a line it wraps to included (review 8: they went back to column 0)."""
    head = Text()
    head.append_text(safe(row.name, "bold"))
    head.append(f"  {row.events} events, {row.statements} said", style=STYLE_DATE)
    if period := _period(row):
        head.append_text(safe(f", {period}", STYLE_DATE))
    lines = ((row.title, ""), (row.publisher, STYLE_META))
    return Group(
        head,
        *(Padding(safe(line, style), (0, 0, 0, 2), expand=False) for line, style in lines if line),
    )
