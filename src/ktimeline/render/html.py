"""``-f html``: one self-contained page with a zoomable timeline and a plain list.

The page needs no network at all: its script and style are inlined (from html_assets/, a
small hand-written renderer; the README's section on -f html says why not a library), and a
Content-Security-Policy allows nothing but those two blocks, by their hashes. The events are
written as HTML (an ordered list that reads and prints without JavaScript); the script draws
the timeline from a compact JSON block of dates and lanes, and shows a selected event's card
by cloning its list entry, so data never passes through ``innerHTML``.

Escaping is by context, in one place each: ``text`` for HTML text and double-quoted
attributes, ``script_json`` for the JSON inside ``<script>`` (no ``<``, ``>`` or ``&`` at all,
and U+2028/U+2029 escaped, so neither ``</script>`` nor ``<!--`` can occur).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.model import DatePrecision
from ktimeline.render.common import readable_date, readable_span
from ktimeline.render.safe import visible_controls
from ktimeline.report import ActorRow, EventRow, Kind, QuoteRow, TagRow
from ktimeline.stats import Bucket
from ktimeline.version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ktimeline.model import Event, Statement
    from ktimeline.render import RenderOptions
    from ktimeline.report import Report

ASSETS = Path(__file__).with_name("html_assets")
# What the timeline's lanes can group events by; each event goes in the lane of its first
# (main) value, so every event is drawn once.
LANE_KEYS = ("tag", "actor", "place", "speaker")
DEFAULT_LANES = {Kind.QUOTES: "speaker"}  # otherwise by tag
# Above this many events the page still works but takes more than about 2 s to open and is
# heavy to send (measured: 10,000 events 7.3 MB and 1.2-1.5 s, 20,000 events 14.7 MB and
# 2.6 s, in headless Chromium on a 2-core machine; see the README's section on -f html).
LARGE_PAGE_EVENTS = 10_000
# Above this many the plain list starts closed: a browser takes about 0.3 ms per entry to lay
# it out (3 s for 10,000 on a 2-core machine), before anything is shown.
OPEN_LIST_EVENTS = 1_000
EPOCH = date(1970, 1, 1).toordinal()

_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def text(value: object) -> str:
    """Data as HTML text or a double-quoted attribute value; control characters visible."""
    return html.escape(visible_controls(str(value)), quote=True)


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: it holds no ``<``, ``>``, ``&``, U+2028/9."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def size_warning(events: int) -> str | None:
    """A note for stderr when a page is large enough to be slow to open."""
    if events <= LARGE_PAGE_EVENTS:
        return None
    return (
        f"the HTML page holds {events} events and will be slow to open; "
        "narrow it with --from/--to, --tag, --actor, --place or --limit"
    )


def lane_key(report: Report) -> str:
    by = report.by
    if by in LANE_KEYS:
        return by
    return DEFAULT_LANES.get(report.kind, "tag")


def lane_of(event: Event, key: str, statement: Statement | None = None) -> str:
    if key == "speaker":
        if statement is not None:
            return statement.speaker
        values: Sequence[str] = [s.speaker for s in event.statements]
    else:
        values = {"tag": event.tags, "actor": event.actors, "place": event.places}[key]
    return values[0] if values else f"(no {key})"


def day_number(iso: str) -> int:
    return date.fromisoformat(iso).toordinal() - EPOCH


def precision_class(event: Event) -> str:
    """How the event is drawn: a point, a bar, or a visibly imprecise range."""
    precisions = [DatePrecision.of(event.date)]
    if event.end_date is not None:
        precisions.append(DatePrecision.of(event.end_date))
    least = min(precisions)
    if least is DatePrecision.YEAR:
        return "year"
    if least is DatePrecision.MONTH:
        return "month"
    return "span" if event.start != event.end else "day"


# --- the list (readable without JavaScript) ------------------------------------------------


def _join(values: Iterable[str]) -> str:
    return ", ".join(text(v) for v in values)


def _statement(statement: Statement) -> str:
    about = (
        f' <span class="about">(about {text(statement.about)})</span>' if statement.about else ""
    )
    return (
        f'<li><span class="speaker">{text(statement.speaker)}</span>{about}: '
        f"<q>{text(statement.quote)}</q></li>"
    )


def _date_line(event: Event) -> str:
    label = text(readable_span(event))
    note = {
        "month": " (known only to the month)",
        "year": " (known only to the year)",
    }.get(precision_class(event), "")
    return f'<time datetime="{text(event.start)}">{label}</time>{note}'


def event_item(index: int, event: Event, sources: dict[str, int], *, quote: Statement | None,
               context: bool, score: float | None, possible: bool = False) -> str:  # fmt: skip
    parts = [f'<li id="e{index}" data-i="{index}">', f'<p class="when">{_date_line(event)}']
    if context:
        parts.append(' <span class="context">(context)</span>')
    if possible:  # listed by --overlap: only possibly in the range asked for
        parts.append(' <span class="possible">(may fall in this range)</span>')
    parts.append("</p>")
    if quote is not None:
        parts.append(f'<ul class="quotes lead">{_statement(quote)}</ul>')
    parts.append(f'<p class="text">{text(event.text)}</p><dl class="meta">')
    for label, values in (("Actors", event.actors), ("Places", event.places),
                          ("Tags", event.tags)):  # fmt: skip
        if values:
            parts.append(f"<dt>{label}</dt><dd>{_join(values)}</dd>")
    others = [s for s in event.statements if s is not quote]
    if others:
        quotes = "".join(_statement(s) for s in others)
        parts.append(f'<dt>Quotes</dt><dd><ul class="quotes">{quotes}</ul></dd>')
    if event.source is not None:
        citation = event.source.citation()
        where = text(event.source.section) + (
            f", “{text(event.source.heading)}”" if event.source.heading else ""
        )
        if citation:
            number = sources.setdefault(citation, len(sources) + 1)
            where += f' — <a href="#s{number}" class="cite" data-s="{number}">[{number}]</a>'
        parts.append(f"<dt>Source</dt><dd>{where}</dd>")
    if score is not None:
        parts.append(f"<dt>Score</dt><dd>{score:.0f}</dd>")
    parts.append(f'<dt>Id</dt><dd><code class="id">{text(event.id)}</code></dd></dl></li>')
    return "".join(parts)


def timeline_entries(report: Report) -> list[tuple[Event, Statement | None, bool, float | None]]:
    """(event, the quote it stands for, shown as context, score) for each item drawn."""
    entries: list[tuple[Event, Statement | None, bool, float | None]] = []
    for row in report.rows:
        if isinstance(row, EventRow):
            entries.append((row.event, None, row.context, row.score))
        elif isinstance(row, QuoteRow):
            entries.append((row.event, row.statement, False, row.score))
    if not entries:
        entries = [(event, None, False, None) for event in report.events]
    return entries


# --- summaries (actors, tags, stats) -------------------------------------------------------


def _bar(value: int, most: int) -> str:
    width = round(200 * value / most) if most else 0
    return (
        f'<svg class="bar" width="200" height="12" aria-hidden="true">'
        f'<rect width="{width}" height="12"></rect></svg>'
    )


def summary_table(report: Report) -> str:
    """Actors, tags or counts as an accessible table with bars drawn in SVG."""
    rows: list[tuple[list[str], int]] = []
    title = report.noun.capitalize()
    if report.kind == Kind.ACTORS:
        head = ["Actor", "Kind", "Affiliation", "Role", "Aliases", "Statements", "Events"]
        for r in report.rows:
            if isinstance(r, ActorRow):
                a = r.actor
                cells = [a.name, a.kind, a.affiliation or "", a.role or "", "; ".join(a.aliases),
                         str(r.statements)]  # fmt: skip
                rows.append((cells, r.events))
    elif report.kind == Kind.TAGS:
        head = ["Tag", "Description", "Events"]
        rows = [([r.name, r.description or ""], r.events) for r in report.rows
                if isinstance(r, TagRow)]  # fmt: skip
    else:
        counted = "Statements" if report.by == "speaker" else "Events"
        title = f"{counted} by {report.by} · {report.noun}"  # as the terminal's chart says
        head = [(report.by or "key").capitalize(), counted]
        rows = [([r.label], r.count) for r in report.rows if isinstance(r, Bucket)]
    most = max((n for _, n in rows), default=0)
    body = "".join(
        "<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells)
        + f'<td class="n">{n}</td><td>{_bar(n, most)}</td></tr>'
        for cells, n in rows
    )  # fmt: skip
    header = "".join(f'<th scope="col">{text(h)}</th>' for h in head)
    return (
        f'<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">'
        f"{text(title)}</h2>"
        f'<table><thead><tr>{header}<th scope="col"><span class="sr">Bar</span></th></tr>'
        f"</thead><tbody>{body}</tbody></table></section>"
    )


# --- the page ------------------------------------------------------------------------------


def heading(report: Report, events: Sequence[Event], how_many: str | None = None) -> str:
    """What the terminal's header says: how many, the span, the question."""
    parts = [how_many or report.noun]
    if report.span is not None or events:
        first, last = report.span or (min(e.start for e in events), max(e.end for e in events))
        parts.append(
            readable_date(first)
            if first == last
            else f"{readable_date(first)} – {readable_date(last)}"
        )
    if report.title != report.kind:
        parts.append(report.title)
    return " · ".join(parts)


def render_html(report: Report, out: TextIO, options: RenderOptions) -> None:
    entries = timeline_entries(report)
    events = [event for event, *_ in entries]
    key = lane_key(report)
    lane_names = [lane_of(event, key, quote) for event, quote, *_ in entries]
    sizes = Counter(lane_names)
    # the busiest lanes first; events without a value for the key last
    ordered = sorted(sizes, key=lambda name: (name.startswith("(no "), -sizes[name], name))
    lanes = {name: number for number, name in enumerate(ordered)}
    sources: dict[str, int] = {}
    items = []
    listed = []
    possible = {
        row.event.id
        for row in report.rows
        if isinstance(row, (EventRow, QuoteRow)) and row.possible
    }
    for index, (event, quote, context, score) in enumerate(entries):
        lane = lanes[lane_names[index]]
        items.append([day_number(event.start), day_number(event.end), precision_class(event), lane])
        listed.append(event_item(index, event, sources, quote=quote, context=context,
                                 score=score, possible=event.id in possible))  # fmt: skip
    summary = heading(report, events)
    noun = ("statement" if report.kind == Kind.QUOTES else "event") + (
        "" if len(entries) == 1 else "s"
    )
    data = {"items": items, "lanes": list(lanes), "by": key, "noun": noun}
    script = (ASSETS / "timeline.js").read_text(encoding="utf-8")
    style = (ASSETS / "timeline.css").read_text(encoding="utf-8")
    policy = (
        f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
        "base-uri 'none'; form-action 'none'"
    )
    page = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{text(policy)}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="ktimeline {text(__version__)}">\n',
        f"<title>{text(summary)} — ktimeline</title>\n",
        f"<style>{style}</style>\n</head>\n<body>\n",
        f'<header><h1>{text(report.title)}</h1><p class="summary">{text(summary)}</p></header>\n',
        "<main>\n",
    ]
    if report.kind in (Kind.ACTORS, Kind.TAGS, Kind.STATS):
        page.append(summary_table(report) + "\n")
    if entries:
        page.append(
            '<section id="chart-section" aria-label="Timeline" hidden>'
            '<div class="toolbar" role="toolbar" aria-label="Timeline controls">'
            f'<label>Filter <input type="search" id="q" placeholder="words, names, tags, ids" '
            f'autocomplete="off" aria-controls="events"></label>'
            '<output id="shown" aria-live="polite"></output>'
            '<span class="zoom"><button type="button" id="zoom-out" aria-label="Zoom out">−'
            '</button><button type="button" id="zoom-fit">Fit</button><button type="button" '
            'id="zoom-in" aria-label="Zoom in">+</button></span>'
            '<span class="legend" aria-hidden="true"><i class="ev day"></i>day '
            '<i class="ev span"></i>span <i class="ev month"></i>month or year only</span>'
            f'<span class="lanes-by">lanes by {text(key)}</span></div>'
            '<div class="stage"><div id="chart" tabindex="0" role="application" '
            'aria-roledescription="timeline" '
            'aria-label="Timeline: arrow keys choose an event, + and − zoom, Escape closes '
            'the card" aria-describedby="help"></div>'
            '<aside id="card" aria-live="polite" aria-label="Selected event" hidden></aside>'
            '</div><p id="help" class="help">Drag or scroll sideways to pan; Ctrl+wheel, + and '
            "− zoom; ← → choose an event, Home/End the first/last; Escape closes the card.</p>"
            "</section>\n"
        )
        # the rows themselves (report.noun, with "N of M" under --limit), or the events counted
        counted = report.kind not in (Kind.EVENTS, Kind.QUOTES)
        list_heading = heading(report, events, f"{len(listed)} {noun}" if counted else None)
        entries_list = '<ol id="events" class="events">\n' + "\n".join(listed) + "\n</ol>"
        if len(listed) > OPEN_LIST_EVENTS:  # laying out a long list costs seconds: on demand
            entries_list = (
                f"<details><summary>The list of all {len(listed)} {noun} (open it to read or "
                f"print them; the timeline's cards show each one)</summary>{entries_list}"
                "</details>"
            )
        page.append(
            f'<section id="list" aria-labelledby="list-h"><h2 id="list-h">'
            f"{text(list_heading)}</h2>\n"
            f"{entries_list}</section>\n"
        )
    if sources:
        cited = "".join(f'<li id="s{n}">{text(c)}</li>' for c, n in sources.items())
        page.append(
            f'<section id="sources" aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>'
            f"<ol>{cited}</ol></section>\n"
        )
    page.append(
        f"</main>\n<footer>Made with ktimeline {text(__version__)}; this page works offline "
        "and loads nothing from the network.</footer>\n"
        f'<script type="application/json" id="data">{script_json(data)}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
    out.writelines(page)
