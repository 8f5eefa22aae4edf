"""``-f markdown``: a list to paste into a report, with the source citation under it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from ktimeline.render.columns import COLUMNS
from ktimeline.render.common import POSSIBLY, citations, readable_span, why_notes
from ktimeline.render.safe import visible_controls
from ktimeline.report import ActorRow, EventRow, Kind, QuoteRow, TagRow
from ktimeline.stats import Bucket

if TYPE_CHECKING:
    from ktimeline.render import RenderOptions
    from ktimeline.report import Report

# Markdown's own characters, escaped in data: & would start an entity (&amp; &#x41;), ~ a
# strikethrough (GitHub), the others emphasis, code, links, HTML, tables and headings.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")


def md(text: str) -> str:
    """Data as literal Markdown text: special characters escaped, controls made visible."""
    return _SPECIAL.sub(r"\\\1", visible_controls(text))


def _event_item(row: EventRow) -> str:
    event = row.event
    line = f"- **{md(readable_span(event))}** — {md(event.text)} (`{event.id}`)"
    notes = why_notes(row.score, row.matched)  # a search result's score and "via tag cyber"
    if notes:
        line += f" *({md(' · '.join(notes))})*"
    return line + ("" if not row.context else " *(context)*")


def _quote_item(row: QuoteRow) -> str:
    statement = row.statement
    about = f" (about {md(statement.about)})" if statement.about else ""
    return (
        f"- **{md(readable_span(row.event))}** — {md(statement.speaker)}{about}: "
        f"“{md(statement.quote)}” (`{row.event.id}`)"
    )


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return lines


def render_markdown(report: Report, out: TextIO, options: RenderOptions) -> None:
    lines = [f"## {md(report.heading)}", ""]
    events = []
    heading_done = False
    for row in report.rows:
        if isinstance(row, (EventRow, QuoteRow)) and row.possible and not heading_done:
            lines += ["", f"### {POSSIBLY}", ""]
            heading_done = True
        if isinstance(row, EventRow):
            lines.append(_event_item(row))
            events.append(row.event)
        elif isinstance(row, QuoteRow):
            lines.append(_quote_item(row))
            events.append(row.event)
    if report.kind == Kind.ACTORS:
        lines += _table(
            [name.capitalize() for name in COLUMNS[Kind.ACTORS]],
            [
                [r.actor.name, r.actor.kind, r.actor.affiliation or "", r.actor.role or "",
                 str(r.events), str(r.statements), "; ".join(r.actor.aliases)]
                for r in report.rows if isinstance(r, ActorRow)
            ],
        )  # fmt: skip
    elif report.kind == Kind.TAGS:
        lines += _table(
            [name.capitalize() for name in COLUMNS[Kind.TAGS]],
            [
                [r.name, str(r.events), r.description or ""]
                for r in report.rows
                if isinstance(r, TagRow)
            ],
        )
    elif report.kind == Kind.STATS:
        lines += _table(
            [(report.by or "key").capitalize(), "Count"],
            [[r.label, str(r.count)] for r in report.rows if isinstance(r, Bucket)],
        )
    sources = citations(events)
    if sources:
        lines.append("")
        lines += [f"Source: {_cited(citation)}{_full_stop(citation)}" for citation in sources]
    out.write("\n".join(lines) + "\n")


def _full_stop(sentence: str) -> str:
    """The full stop a sentence lacks ("" when it ends with one, or with ? or !)."""
    return "" if sentence.rstrip().endswith((".", "?", "!", ".\u201d")) else "."


# A web address in a citation: written as an autolink, <https://…>, which Markdown takes as
# it is (escaping its & or _ as text would change the address)
_ADDRESS = re.compile(r"\bhttps?://[^\s<>]+?(?=[.,;:)]?(?:\s|$))")


def _cited(citation: str) -> str:
    """A citation as Markdown: its text escaped, its web address a link."""
    parts: list[str] = []
    at = 0
    for found in _ADDRESS.finditer(citation):
        parts += [md(citation[at : found.start()]), f"<{found[0]}>"]
        at = found.end()
    return "".join([*parts, md(citation[at:])])
