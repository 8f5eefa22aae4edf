"""The output layer: a registry of renderers keyed by format name.

The registry's keys are the CLI's ``--format`` choices. Each renderer lives in its own module
and is imported only when chosen, so ``-f jsonl`` never imports rich or icalendar.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, TextIO

from ktimeline.errors import UsageError
from ktimeline.immutable import Value

if TYPE_CHECKING:
    from ktimeline.report import Report

# The kinds of rows (values of ktimeline.report.Kind, a str enum, so they compare equal);
# plain strings here keep the registry cheap to import for the CLI's --format choices.
ALL_KINDS = frozenset({"events", "quotes", "actors", "tags", "stats"})


# The narrowest and widest table laid out. rich allocates by the width (a line of it for
# every row drawn): a width of 10^9 grew to gigabytes, and no screen is wider than this.
MIN_WIDTH = 20
MAX_WIDTH = 1000


class RenderOptions(Value):
    __slots__ = ("bom", "color", "no_formulas", "subtitle", "title", "width")
    width: int  # from MIN_WIDTH to MAX_WIDTH, whatever was asked
    color: bool
    no_formulas: bool  # csv/tsv: cells that would start a spreadsheet formula get a '
    bom: bool  # csv/tsv: a UTF-8 byte order mark first, so that Excel reads UTF-8
    title: str | None  # html: the page's title (default: the question in words)
    subtitle: str | None  # html: a line under the title

    def __init__(
        self,
        width: int = 80,
        color: bool = False,
        no_formulas: bool = False,
        bom: bool = False,
        title: str | None = None,
        subtitle: str | None = None,
    ) -> None:
        width = min(max(width, MIN_WIDTH), MAX_WIDTH)
        self._set(width=width, color=color, no_formulas=no_formulas, bom=bom, title=title,
                  subtitle=subtitle)  # fmt: skip


Renderer = Callable[["Report", TextIO, RenderOptions], None]


class Format(Value):
    __slots__ = ("function", "help", "kinds", "machine", "module", "name")
    name: str
    module: str
    function: str
    kinds: frozenset[str]
    machine: bool  # structured data: always UTF-8, never colour, never a pager
    help: str

    def __init__(
        self, name: str, module: str, function: str, kinds: frozenset[str], machine: bool, help: str
    ) -> None:
        self._set(name=name, module=module, function=function, kinds=kinds, machine=machine,
                  help=help)  # fmt: skip


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("table", "terminal", "render_table", ALL_KINDS, False,
               "rich timeline for a terminal (wrapped, coloured, highlighted)"),
        Format("plain", "plain", "render_plain", ALL_KINDS, False,
               "one tab-separated line per record, for grep, cut, sort and awk"),
        Format("json", "structured", "render_json", ALL_KINDS, True,
               "one JSON array (event fields as in data/chronology.jsonl)"),
        Format("jsonl", "structured", "render_jsonl", ALL_KINDS, True,
               "one JSON object per line; loads again with --data"),
        Format("csv", "delimited", "render_csv", ALL_KINDS, True,
               "comma-separated with a header row; lists joined with '; '"),
        Format("tsv", "delimited", "render_tsv", ALL_KINDS, True,
               "tab-separated with a header row; lists joined with '; '"),
        Format("markdown", "markdown", "render_markdown", ALL_KINDS, False,
               "a list to paste into a report, with the source citation"),
        Format("ics", "ics", "render_ics", frozenset({"events"}), True,
               "iCalendar file of all-day events (for calendar apps)"),
        Format("timelinejs", "timelinejs", "render_timelinejs", frozenset({"events"}), True,
               "JSON for Knight Lab's TimelineJS3"),
        Format("html", "html", "render_html", ALL_KINDS, True,
               "one self-contained page: zoomable timeline, filter, cards, plain list"),
        Format("xlsx", "xlsx", "render_xlsx", ALL_KINDS, True,
               "Excel workbook, columns as csv (needs: pip install 'ktimeline[xlsx]')"),
    )
}  # fmt: skip
AUTO = "auto"
FORMAT_NAMES = (AUTO, *FORMATS)
# What `ktimeline sources` lists sources as (a source is no event: no calendar or page; its
# table is render.terminal.render_sources)
SOURCE_FORMATS = (AUTO, "table", "plain", "json", "jsonl", "csv", "tsv")


def choose_format(requested: str, stdout_is_terminal: bool) -> Format:
    """``auto`` is ``table`` on a terminal and ``plain`` in a pipe; names in any case."""
    requested = requested.lower()
    if requested == AUTO:
        return FORMATS["table" if stdout_is_terminal else "plain"]
    try:
        return FORMATS[requested]
    except KeyError:
        raise UsageError(
            f"unknown format {requested!r}", f"choose one of {', '.join(FORMAT_NAMES)}"
        ) from None


def get_renderer(fmt: Format, kind: str) -> Renderer:
    if kind not in fmt.kinds:
        usable = [name for name, other in FORMATS.items() if kind in other.kinds]
        raise UsageError(
            f"format {fmt.name!r} cannot show {kind}", f"use one of {', '.join(usable)}"
        )
    module = import_module(f"{__name__}.{fmt.module}")
    renderer: Renderer = getattr(module, fmt.function)
    return renderer
