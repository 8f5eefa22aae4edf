"""``-f html``: one self-contained page with a zoomable timeline and a plain list.

The page needs no network at all: its script and style are inlined (from html_assets/, a
small hand-written renderer; the README's section on -f html says why not a library), and a
Content-Security-Policy allows nothing but those two blocks, by their hashes. The events are
written as HTML (an ordered list that reads and prints without JavaScript); the script draws
the timeline from a compact JSON block of dates, lanes and short titles, and shows a selected
event's card by cloning its list entry, so data never passes through ``innerHTML``.

Escaping is by context, in one place each: ``text`` for HTML text and double-quoted
attributes, ``script_json`` for the JSON inside ``<script>`` (no ``<``, ``>`` or ``&`` at all,
and U+2028/U+2029 escaped, so neither ``</script>`` nor ``<!--`` can occur).
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import html
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.folding import STOPWORDS, ascii_word, fold_text, surface_words
from ktimeline.model import DatePrecision, month_name
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
LANE_KEYS = ("tag", "actor", "place", "speaker", "source")
DEFAULT_LANES = {Kind.QUOTES: "speaker"}  # otherwise by tag
# Above this many events the page still works but takes more than about 2 s to open and is
# heavy to send (measured: 10,000 events 7.3 MB and 1.2-1.5 s, 20,000 events 14.7 MB and
# 2.6 s, in headless Chromium on a 2-core machine; see the README's section on -f html).
LARGE_PAGE_EVENTS = 10_000
# Above this many the plain list starts closed: a browser takes about 0.3 ms per entry to lay
# it out (3 s for 10,000 on a 2-core machine), before anything is shown.
OPEN_LIST_EVENTS = 1_000
EPOCH = date(1970, 1, 1).toordinal()
# A mark's label: the event's short title, at most this long (the rest is in its tooltip).
SHORT_TITLE = 48
# The page's own element ids: an event whose id is one of these (or e<N>, s<N>) is linked as
# #e<N> instead of by its id, so that it can never stand in for a part of the page.
PAGE_IDS = frozenset({
    "bands", "card", "chart", "chart-section", "data", "events", "help", "list", "list-h", "q",
    "shown", "sources", "sources-h", "summary", "summary-h", "tip", "zoom-fit", "zoom-in",
    "zoom-out",
})  # fmt: skip
_OWN_ID = re.compile(r"[es]\d+")

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


def lane_key(report: Report, events: Sequence[Event]) -> str:
    """--by, else speaker for quotes, else tag — or actor when most events have no tag and
    fewer lack an actor (imported chronologies are seldom tagged: one "(no tag)" lane would
    hold nearly everything)."""
    by = report.by
    if by in LANE_KEYS:
        return by
    if report.kind in DEFAULT_LANES:
        return DEFAULT_LANES[report.kind]
    untagged = sum(not event.tags for event in events)
    if untagged * 2 > len(events) and sum(not event.actors for event in events) < untagged:
        return "actor"
    return "tag"


def lane_of(event: Event, key: str, statement: Statement | None = None) -> str:
    if key == "speaker":
        if statement is not None:
            return statement.speaker
        values: Sequence[str] = [s.speaker for s in event.statements]
    elif key == "source":  # as stats --by source names it (its label)
        values = [event.source_label] if event.source_label else []
    else:
        values = {"tag": event.tags, "actor": event.actors, "place": event.places}[key]
    return values[0] if values else f"(no {key})"


def day_number(iso: str) -> int:
    return date.fromisoformat(iso).toordinal() - EPOCH


def precision_class(event: Event) -> str:
    """How the event is drawn: a point, a bar, or a light band over its month or year."""
    precisions = [DatePrecision.of(event.date)]
    if event.end_date is not None:
        precisions.append(DatePrecision.of(event.end_date))
    least = min(precisions)
    if least is DatePrecision.YEAR:
        return "year"
    if least is DatePrecision.MONTH:
        return "month"
    return "span" if event.start != event.end else "day"


def short_title(event: Event) -> str:
    """A mark's label: the words of the event's id (written, like the importer's ids, from
    the text's first significant words), spelt as the text spells them; else the text's
    first words. "2019-12-03-trump-calls-kim-rocket-man" -> "Trump calls Kim Rocket Man"."""
    slug = re.sub(r"^\d{4}(?:-\d{2}){0,2}-", "", event.id)
    words = slug.split("-")
    if slug == event.id or len(words) < 2:
        words = event.text.split()
    else:
        spelt: dict[str, str] = {}
        runs: dict[tuple[str, ...], str] = {}
        for _, _, surface, folded in surface_words(event.text):  # "Kyeong-doo": both parts
            parts = re.split(r"[^\w]+", surface) if len(folded) > 1 else [surface]
            if len(folded) == 2 == len(parts) and folded[0] == parts[0].lower() + folded[1]:
                # an elided article is folded twice, not cut in two: "d'Enron" is "denron"
                # (as ids write it) or "enron", never "d" then "enron"
                spelt.setdefault(folded[0], surface)
                spelt.setdefault(folded[1], parts[1])
            elif len(parts) != len(folded) and len(folded) > 1:
                # dotted letters fold into fewer words than they have parts: "p.-d.g." is
                # "p", "dg"; the run is the word as written
                runs.setdefault(tuple(folded), surface)
            elif len(parts) == len(folded):
                if len(parts) > 1 and all(part.isdigit() for part in parts):
                    # a number written with its separators is one word: "1:23", "49,000",
                    # "1950-53" (the id's "1-23" read "1 23", two numbers)
                    runs.setdefault(tuple(folded), surface)
                for part, word in zip(parts, folded, strict=True):
                    spelt.setdefault(word, part)
                    # a letter an id leaves out cuts the word in two or short: "Fußballclub"
                    # is "fu-ballclub", "København" "k-benhavn", "Łódź" "odz"
                    pieces = tuple(ascii_word(fold_text(part, elided_alone=False)).split("-"))
                    if all(pieces) and pieces != (word,):
                        runs.setdefault(pieces, part)
        words = _spelt_runs(words, runs)
        # a short word the text does not spell is an abbreviation: "nk" -> "NK"
        words = [spelt.get(w, w.upper() if len(w) <= 2 and w not in STOPWORDS else w)
                 for w in words]  # fmt: skip
    title = " ".join(words)
    title = title[:1].upper() + title[1:]
    if len(title) > SHORT_TITLE:
        title = title[: SHORT_TITLE - 1].rsplit(" ", 1)[0] + "…"
    return visible_controls(title)


def _spelt_runs(words: list[str], runs: dict[tuple[str, ...], str]) -> list[str]:
    """An id's words with each run of them that one word of the text was cut into ("fu",
    "ballclub") or shortened to ("odz") as the text spells that word ("Fußballclub",
    "Łódź")."""
    if not runs:
        return words
    longest = max(len(run) for run in runs)
    spelt: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(longest, len(words) - at), 0, -1):
            word = runs.get(tuple(words[at : at + size]))
            if word is not None:
                spelt.append(word)
                at += size
                break
        else:
            spelt.append(words[at])
            at += 1
    return spelt


# --- the page's title in words ---------------------------------------------------------------


def period(report: Report, events: Sequence[Event]) -> tuple[str, str] | None:
    """The period a page covers, as written: the days asked for (range), else the first and
    last dates of its events as the data writes them ("1945", "2019-12-03"): where several
    events begin (or end) on that day, the least precise, which holds the others."""
    if report.span is not None:
        return report.span
    if not events:
        return None
    start = min(e.start for e in events)
    end = max(e.end for e in events)
    first = min((e.date for e in events if e.start == start), key=len)
    last = min((e.end_date or e.date for e in events if e.end == end), key=len)
    return first, last


def span_in_words(first: str, last: str) -> str:
    """Two dates as a reader says the period: "Nov–Dec 2019", "5–20 Nov 2019", "2017–2019",
    "Nov 2017 – Dec 2019", "5 Nov 2019"; of different precisions, each as written ("1945 –
    3 Dec 2019")."""
    if len(first) != len(last):
        return f"{readable_date(first)} – {readable_date(last)}"
    if len(first) < len("2019-11-05"):  # whole months or years: from the first day to the last
        end_year, end_month = int(last[:4]), int(last[5:7] or 12)
        end_day = calendar.monthrange(end_year, end_month)[1]
        first = f"{first}-01" if len(first) == len("2019-11") else f"{first}-01-01"
        last = f"{end_year:04d}-{end_month:02d}-{end_day:02d}"
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    whole_months = a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]
    whole_years = whole_months and a.month == 1 and b.month == 12

    def month(d: date) -> str:
        return month_name(d.month, short=True)

    if a == b:
        return f"{a.day} {month(a)} {a.year}"
    if a.year == b.year:
        if whole_years:
            return str(a.year)
        if whole_months:
            months = month(a) if a.month == b.month else f"{month(a)}–{month(b)}"
            return f"{months} {a.year}"
        if a.month == b.month:
            return f"{a.day}–{b.day} {month(a)} {a.year}"
        return f"{a.day} {month(a)} – {b.day} {month(b)} {a.year}"
    if whole_years:
        return f"{a.year}–{b.year}"
    if whole_months:
        return f"{month(a)} {a.year} – {month(b)} {b.year}"
    return f"{readable_date(first)} – {readable_date(last)}"


def subject(events: Iterable[Event]) -> str | None:
    """What the events are about, when they all come from one article whose title says it
    ("US-Korea Relations: Gaps Widen, …" -> "US-Korea")."""
    titles = {event.source.title for event in events if event.source is not None}
    if len(titles) != 1:
        return None
    title = next(iter(titles))
    if title is None or ":" not in title:
        return None
    head = re.sub(r"\s+relations$", "", title.split(":", 1)[0].strip(), flags=re.IGNORECASE)
    return head if 0 < len(head) <= 40 else None


# How each of a question's filters reads (report.title holds them shell-quoted, as typed).
FILTER_WORDS = {"--actor": "involving", "--tag": "tagged", "--place": "at"}
NOUNS = {Kind.EVENTS: "events", Kind.QUOTES: "statements", Kind.ACTORS: "actors",
         Kind.TAGS: "tags", Kind.STATS: "events"}  # fmt: skip


def question_in_words(report: Report) -> list[str]:
    """The question's parts after its noun: "matching “Sohae”", "involving Esper", "by tag".

    report.title is the question as typed (the command, its words, its filters, each quoted
    as a shell would read it); an unreadable one gives no parts (the span still says when)."""
    import shlex

    try:
        words = shlex.split(report.title)
    except ValueError:
        return []
    parts: list[str] = []
    command, rest = (words[0], words[1:]) if words else ("", [])
    position = 0
    while position < len(rest):
        word = rest[position]
        value = rest[position + 1] if position + 1 < len(rest) else ""
        if word in FILTER_WORDS:
            parts.append(f"{FILTER_WORDS[word]} {value}")
            position += 2
        elif word == "--section":
            parts.append(f"from the {value}")
            position += 2
        elif word == "--source":
            parts.append(f"from {value}")
            position += 2
        elif word == "--by":
            parts.append(f"by {value}")
            position += 2
        elif word.startswith("--"):  # --from/--to: the span says them
            position += 2
        elif command == "quotes" and word == "by":
            speaker = []
            while position + 1 < len(rest) and not rest[position + 1].startswith("--"):
                position += 1
                speaker.append(rest[position])
            parts.append("by " + " ".join(speaker))
            position += 1
        elif command in ("search", "quotes", "actors"):
            parts.append(f"matching “{word}”")
            position += 1
        else:  # range's dates (the span says them), show's ids
            position += 1
    return parts


def page_title(report: Report, events: Sequence[Event]) -> str:
    """The question in words: "US-Korea events involving Esper, Nov–Dec 2019"."""
    about = subject(events)
    noun = NOUNS.get(report.kind, "events")
    words = " ".join(
        [f"{about} {noun}" if about else noun.capitalize(), *question_in_words(report)]
    )
    span = period(report, events)
    return f"{words}, {span_in_words(*span)}" if span else words


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
        "month": ' <span class="imprecise">(known only to the month)</span>',
        "year": ' <span class="imprecise">(known only to the year)</span>',
    }.get(precision_class(event), "")
    return f'<time datetime="{text(event.start)}">{label}</time>{note}'


def anchor(index: int, event: Event, first: dict[str, int]) -> str:
    """The list entry's id: the event's own id (page.html#2019-12-24-… opens its card), for
    its first entry on the page and unless the page uses that id itself; else e<index>."""
    if (
        first.get(event.id) == index
        and event.id not in PAGE_IDS
        and not _OWN_ID.fullmatch(event.id)
    ):
        return event.id
    return f"e{index}"


class Listing:
    """What list entries share: the sources cited so far (numbered in first-cited order),
    and where each event id is first listed (for its anchor and links to it)."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.sources: dict[str, int] = {}
        self.first: dict[str, int] = {}
        for index, event in enumerate(events):
            self.first.setdefault(event.id, index)
        self.events = events

    def link(self, event_id: str) -> str:
        """A related event: a link to its entry when it is on the page, else its id."""
        index = self.first.get(event_id)
        if index is None:
            return f'<code class="id">{text(event_id)}</code>'
        other = self.events[index]
        return (
            f'<a href="#{text(anchor(index, other, self.first))}">'
            f"{text(readable_span(other))}: {text(short_title(other))}</a>"
        )


def event_item(index: int, event: Event, listing: Listing, *, quote: Statement | None,
               context: bool, score: float | None, possible: bool = False) -> str:  # fmt: skip
    parts = [
        f'<li id="{text(anchor(index, event, listing.first))}" data-i="{index}">',
        f'<p class="when">{_date_line(event)}',
    ]
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
    if event.related:
        links = "; ".join(listing.link(other) for other in event.related)
        parts.append(f'<dt>Related</dt><dd class="related">{links}</dd>')
    if event.source is not None:
        citation = event.source.citation()
        where = text(event.source.section) + (
            f", “{text(event.source.heading)}”" if event.source.heading else ""
        )
        if citation:
            number = listing.sources.setdefault(citation, len(listing.sources) + 1)
            where += f' — <a href="#s{number}" class="cite" data-s="{number}">[{number}]</a>'
        parts.append(f"<dt>Source</dt><dd>{where}</dd>")
    if score is not None:
        parts.append(f"<dt>Score</dt><dd>{score:.0f}</dd>")
    parts.append(f'<dt>Id</dt><dd><code class="id">{text(event.id)}</code></dd></dl></li>')
    return "".join(parts)


Entry = tuple["Event", "Statement | None", bool, "float | None"]


def timeline_entries(report: Report) -> list[Entry]:
    """(event, the quote it stands for, shown as context, score) for each item drawn."""
    entries: list[Entry] = []
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


# --- what the script reads: dates, lanes, labels, links, names --------------------------------


def filter_knowledge(report: Report, events: Sequence[Event]) -> dict[str, Any]:
    """What the filter box needs to find, among these events, those ``ktimeline search``
    finds: search's own knowledge (``search.matcher_knowledge``) of a chronology of these
    events, with the names the data knows (``Report.names``; the bundled ones when the
    report has none, as from the Python API)."""
    from ktimeline.loader import Chronology, load_vocabulary
    from ktimeline.search import matcher_knowledge

    names = report.names if report.names is not None else load_vocabulary()
    return matcher_knowledge(Chronology(tuple(events), names))


def related_indices(events: Sequence[Event]) -> dict[int, list[int]]:
    """For each drawn event, the others on the page it is related to, either way."""
    where: dict[str, list[int]] = {}
    for index, event in enumerate(events):
        where.setdefault(event.id, []).append(index)
    links: dict[int, set[int]] = {}
    for index, event in enumerate(events):
        for other_id in event.related:
            for other in where.get(other_id, ()):
                if other != index:
                    links.setdefault(index, set()).add(other)
                    links.setdefault(other, set()).add(index)
    return {index: sorted(others) for index, others in sorted(links.items())}


def chart_data(report: Report, entries: Sequence[Entry], noun: str) -> dict[str, Any]:
    """The JSON block the script draws from (one list entry per item, in the same order)."""
    events = [event for event, *_ in entries]
    key = lane_key(report, events)
    lane_names = [lane_of(event, key, quote) for event, quote, *_ in entries]
    sizes = Counter(lane_names)
    # the busiest lanes first; events without a value for the key last
    ordered = sorted(sizes, key=lambda name: (name.startswith("(no "), -sizes[name], name))
    lanes = {name: number for number, name in enumerate(ordered)}
    items = []
    periods: dict[int, str] = {}
    for index, event in enumerate(events):
        drawn_as = precision_class(event)
        items.append([day_number(event.start), day_number(event.end), drawn_as,
                      lanes[lane_names[index]], short_title(event)])  # fmt: skip
        if drawn_as in ("month", "year"):
            periods[index] = readable_span(event)
    asked = [day_number(report.span[0]), day_number(report.span[1])] if report.span else None
    return {
        "span": asked, "items": items, "lanes": list(lanes), "by": key, "noun": noun,
        "periods": periods, "related": related_indices(events),
        "search": filter_knowledge(report, events) if events else None,
    }  # fmt: skip


# --- the page ------------------------------------------------------------------------------


def heading(
    report: Report, events: Sequence[Event], how_many: str | None = None, *, live: bool = True
) -> str:
    """What the terminal's header says: how many, the span. A ``live`` count (of the events
    drawn) is marked for the script, which keeps it true as the filter narrows the page."""
    count = text(how_many or report.noun)
    parts = [f"<span data-count>{count}</span>" if live else count]
    span = period(report, events)
    if span is not None:
        first, last = span
        parts.append(
            text(readable_date(first))
            if first == last
            else f"{text(readable_date(first))} – {text(readable_date(last))}"
        )
    return " · ".join(parts)


def page_head(title: str, script: str, style: str) -> str:
    policy = (
        f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
        "base-uri 'none'; form-action 'none'"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{text(policy)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f'<meta name="generator" content="ktimeline {text(__version__)}">\n'
        f"<title>{text(title)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n"
    )


def chart_section(key: str, imprecise: int) -> str:
    """The timeline's frame and controls (shown by the script; without it they would do
    nothing)."""
    bands = (
        f'<label class="toggle"><input type="checkbox" id="bands" checked> events known only '
        f"to a month or year ({imprecise})</label>"
        if imprecise
        else '<input type="checkbox" id="bands" checked hidden>'
    )
    return (
        '<section id="chart-section" aria-label="Timeline" hidden>'
        '<div class="toolbar" role="toolbar" aria-label="Timeline controls">'
        '<label>Filter <input type="search" id="q" placeholder="words, names, topics" '
        'title="Shows the events ktimeline search finds for these words" '
        'autocomplete="off" aria-controls="events"></label>'
        '<output id="shown" aria-live="polite"></output>'
        '<span class="zoom"><button type="button" id="zoom-out" aria-label="Zoom out">−'
        '</button><button type="button" id="zoom-fit">Fit</button><button type="button" '
        'id="zoom-in" aria-label="Zoom in">+</button></span>'
        f"{bands}"
        '<span class="legend" aria-hidden="true"><i class="ev day"></i>day '
        '<i class="ev span"></i>span <i class="ev month"></i>month or year only'
        '<span id="today-key" hidden><i class="now"></i>today</span></span>'
        f'<span class="lanes-by">lanes by {text(key)}</span></div>'
        '<div class="stage"><div id="chart" tabindex="0" role="group" '
        'aria-roledescription="timeline" '
        'aria-label="Timeline: arrow keys choose an event, Enter opens its card, + and − zoom" '
        'aria-describedby="help"></div>'
        '<aside id="card" aria-live="polite" aria-label="Selected event" hidden></aside>'
        '</div><p id="help" class="help">Drag or scroll sideways to pan; Ctrl+wheel, + and '
        "− zoom; ← → the previous or next event, ↑ ↓ the lane above or below, Home/End the "
        "first/last; Enter opens the card, Escape closes it.</p></section>\n"
    )


def list_section(report: Report, events: Sequence[Event], listed: list[str], noun: str) -> str:
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
    return (
        f'<section id="list" aria-labelledby="list-h"><h2 id="list-h">{list_heading}</h2>\n'
        f"{entries_list}</section>\n"
    )


# A web address in a citation (already escaped: & is &amp;, a quote &quot;, so neither ends it)
_ADDRESS = re.compile(r"\bhttps?://[^\s<>\"']+?(?=[.,;:)]?(?:\s|$))")


def _linked(escaped: str) -> str:
    """An escaped citation with its web address (http, https) a link the reader can follow
    (a link loads nothing by itself: the page still works offline)."""
    return _ADDRESS.sub(lambda found: f'<a href="{found[0]}" rel="noreferrer">{found[0]}</a>',
                        escaped)  # fmt: skip


def page_foot(report: Report, sources: dict[str, int]) -> str:
    """Source credits, what was asked, and how the page was made."""
    parts = ["</main>\n<footer>"]
    if sources:
        cited = "".join(f'<li id="s{n}">{_linked(text(c))}</li>' for c, n in sources.items())
        parts.append(
            f'<section id="sources" aria-labelledby="sources-h"><h2 id="sources-h">Sources</h2>'
            f"<ol>{cited}</ol></section>"
        )
    parts.append(
        f"<p>Asked: <code>ktimeline {text(report.heading)}</code>. Made with ktimeline "
        f"{text(__version__)}; this page works offline and loads nothing from the network.</p>"
        "</footer>\n"
    )
    return "".join(parts)


def render_html(report: Report, out: TextIO, options: RenderOptions) -> None:
    entries = timeline_entries(report)
    events = [event for event, *_ in entries]
    listing = Listing(events)
    possible = {
        row.event.id
        for row in report.rows
        if isinstance(row, (EventRow, QuoteRow)) and row.possible
    }
    listed = [
        event_item(index, event, listing, quote=quote, context=context, score=score,
                   possible=event.id in possible)
        for index, (event, quote, context, score) in enumerate(entries)
    ]  # fmt: skip
    noun = ("statement" if report.kind == Kind.QUOTES else "event") + (
        "" if len(entries) == 1 else "s"
    )
    title = options.title or page_title(report, events)
    counted = report.kind not in (Kind.EVENTS, Kind.QUOTES)  # the rows are not the events
    script = (ASSETS / "timeline.js").read_text(encoding="utf-8")
    style = (ASSETS / "timeline.css").read_text(encoding="utf-8")
    subtitle = f'<p class="subtitle">{text(options.subtitle)}</p>' if options.subtitle else ""
    page = [
        page_head(title, script, style),
        f"<header><h1>{text(title)}</h1>{subtitle}"
        f'<p class="summary">{heading(report, events, live=not counted)}</p></header>\n<main>\n',
    ]
    if report.kind in (Kind.ACTORS, Kind.TAGS, Kind.STATS):
        page.append(summary_table(report) + "\n")
    if entries:
        imprecise = sum(precision_class(event) in ("month", "year") for event in events)
        page.append(chart_section(lane_key(report, events), imprecise))
        page.append(list_section(report, events, listed, noun))
    page.append(page_foot(report, listing.sources))
    page.append(
        f'<script type="application/json" id="data">'
        f"{script_json(chart_data(report, entries, noun))}</script>\n"
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
    out.writelines(page)
