"""Option groups shared by commands, declared once.

Each group is a class whose annotated fields are Typer options (``Annotated``). A command
asks for a group by annotating a parameter with the class; ``@uses_options`` replaces that
parameter, in the signature Typer reads, by the group's options, and hands the command one
instance of the group. Same flag, same meaning, same short form on every command — by
construction (the way sqlite-utils shares ``output_options``).

The annotations here are not strings (no ``from __future__ import annotations``): the
groups' are made at import from this module's compiled code, where evaluating strings would
compile each again in every process (about 3M instructions, 1.5% of a plain query).
"""

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from ktimeline.cli.completion import (
    complete_actor,
    complete_format,
    complete_place,
    complete_source,
    complete_source_format,
    complete_tag,
)
from ktimeline.cli.lazytyper import typer_annotation
from ktimeline.immutable import Value
from ktimeline.render import FORMAT_NAMES, MAX_WIDTH, MIN_WIDTH, SOURCE_FORMATS

if TYPE_CHECKING:
    import typer

    FormatName = str
else:  # Typer itself only when a command needs it (see lazytyper)
    from ktimeline.cli import lazytyper as typer

    FormatName = Literal[FORMAT_NAMES]  # the registry's keys are the CLI's choices

if TYPE_CHECKING:
    SourceFormatName = str
else:
    SourceFormatName = Literal[SOURCE_FORMATS]

DATA_PANEL = "Data"
FILTER_PANEL = "Filters"
OUTPUT_PANEL = "Output"


ColorMode = Literal["auto", "always", "never"]


# Options that also stand alone (validate, import take them outside DataOptions): one
# definition each, so that the same flag means the same thing everywhere.
BundledOption = Annotated[
    bool,
    typer.Option("--bundled", help="Add the bundled chronology to the files given.",
                 rich_help_panel=DATA_PANEL),
]  # fmt: skip
ActorFilesOption = Annotated[
    list[str] | None,
    typer.Option("--actors", metavar="PATH", help="Add the actors (and aliases) in this file, "
                 "in the format of data/actors.jsonl.", rich_help_panel=DATA_PANEL,
                 show_default=False),
]  # fmt: skip

DedupeOption = Annotated[
    bool,
    typer.Option("--dedupe", help="List each happening once: an event that other sources "
                 "also report stands for their events, naming them (reported_by in -f json; "
                 "show ID names them too); an event of its own source is never hidden. Nothing "
                 "is merged."),
]  # fmt: skip
LibraryOption = Annotated[
    str | None,
    typer.Option("--library", metavar="DIR", help="The library to read (and add to, with import "
                 "--add): read with the bundled chronology when no --data is given. Default: "
                 "$KTIMELINE_LIBRARY, else $XDG_DATA_HOME/ktimeline/library.",
                 rich_help_panel=DATA_PANEL, show_default=False),
]  # fmt: skip

QuietOption = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="No progress bar on stderr while a large file is indexed "
                 "or read (none is drawn outside a terminal either).", rich_help_panel=DATA_PANEL),
]  # fmt: skip

# --by means one thing everywhere: what events are grouped by. stats counts by it; the
# timeline of -f html draws its lanes by it (an event goes in the lane of its first value).
BY_HELP = ("What to group events by: stats counts by it (speaker counts statements); -f html "
           "draws the timeline's lanes by it (default: tag, speaker for quotes).")  # fmt: skip
LANE_KEYS = ("tag", "actor", "place", "speaker", "source")  # ktimeline.render.html.LANE_KEYS
LanesOption = Annotated[
    Literal[LANE_KEYS] | None,  # type: ignore[valid-type]
    typer.Option("--by", "-b", help=BY_HELP, show_default=False),
]


class OptionGroup:
    """Options declared once as annotated class attributes (the default is the value)."""

    def __init__(self, **values: Any) -> None:
        for name in self.fields():
            setattr(self, name, values.pop(name, getattr(type(self), name)))
        if values:
            raise TypeError(f"{type(self).__name__} has no option {next(iter(values))!r}")

    @classmethod
    def fields(cls) -> tuple[str, ...]:
        return tuple(cls.__annotations__)


class DataOptions(OptionGroup):
    data: Annotated[
        list[str] | None,
        typer.Option(
            "--data",
            "-d",
            metavar="PATH",
            help="Read this JSON Lines chronology instead of the library (repeat to merge "
            "files; a directory: every *.jsonl in it; '-' reads standard input). Default: "
            "$KTIMELINE_DATA, else the bundled data and the library.",
            rich_help_panel=DATA_PANEL,
            show_default=False,
        ),
    ] = None
    bundled: BundledOption = False
    library: LibraryOption = None
    actor_files: ActorFilesOption = None
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read a large file whole, without using or building its on-disk index "
            "(also KTIMELINE_CACHE=0).",
            rich_help_panel=DATA_PANEL,
        ),
    ] = False
    quiet: QuietOption = False


class FilterOptions(OptionGroup):
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="DATE",
            help="Only events on or after DATE (2019-11, 'Nov 5 2019' …; see --overlap).",
            rich_help_panel=FILTER_PANEL,
            show_default=False,
        ),
    ] = None
    date_to: Annotated[
        str | None,
        typer.Option(
            "--to",
            metavar="DATE",
            help="Only events on or before DATE (a month or year means its last day; +7d, +2w, "
            "+1m: that long from --from).",
            rich_help_panel=FILTER_PANEL,
            show_default=False,
        ),
    ] = None
    overlap: Annotated[
        bool,
        typer.Option(
            "--overlap",
            help="Also list the events that may fall in the dates: those known only to a "
            "month or year, or spanning longer, that overlap them (listed after the others).",
            rich_help_panel=FILTER_PANEL,
        ),
    ] = False
    section: Annotated[
        Literal["chronology", "narrative"] | None,
        typer.Option(
            "--section",
            help="Only entries of the article's chronology, or only events its narrative reports.",
            rich_help_panel=FILTER_PANEL,
            show_default=False,
        ),
    ] = None
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            "-n",
            metavar="N",
            help="Show at most N results, N from 1 (after --reverse).",
            rich_help_panel=FILTER_PANEL,
            show_default=False,
        ),
    ] = None
    reverse: Annotated[
        bool,
        typer.Option("--reverse", "-r", help="Reverse the order: newest first (with --sort "
                     "relevance, least relevant first).", rich_help_panel=FILTER_PANEL),
    ] = False  # fmt: skip


def _name_filter_options() -> None:
    """Add to FilterOptions one option for each filter by names of ``defaults.NAME_FILTERS``
    (--actor, --tag, --place, --source), named by its API keyword: declared once, there."""
    from ktimeline.defaults import NAME_FILTERS

    declared = dict(FilterOptions.__annotations__)
    names: dict[str, Any] = {}
    for keyword, flag, short, metavar, _kind, help_text in NAME_FILTERS:
        flags = (flag, short) if short else (flag,)
        option = typer.Option(
            *flags, metavar=metavar, help=help_text, autocompletion=NAME_COMPLETIONS[keyword],
            rich_help_panel=FILTER_PANEL, show_default=False,
        )  # fmt: skip
        names[keyword] = Annotated[list[str] | None, option]
        setattr(FilterOptions, keyword, None)
    after = list(declared).index("overlap") + 1  # dates, overlap, names, then the rest
    items = list(declared.items())
    FilterOptions.__annotations__.clear()
    FilterOptions.__annotations__.update({**dict(items[:after]), **names, **dict(items[after:])})


NAME_COMPLETIONS: dict[str, Callable[..., Any]] = {
    "actors": complete_actor, "tags": complete_tag, "places": complete_place,
    "sources": complete_source,
}  # fmt: skip
_name_filter_options()


FormatOption = Annotated[
    FormatName,
    typer.Option(
        "--format",
        "-f",
        help="Output format: table on a terminal and plain in a "
        "pipe by default; json, jsonl, csv, tsv, markdown, ics, timelinejs, html, xlsx.",
        autocompletion=complete_format,
        case_sensitive=False,  # -f CSV is csv
        rich_help_panel=OUTPUT_PANEL,
    ),
]


SourceFormatOption = Annotated[
    SourceFormatName,
    typer.Option(
        "--format",
        "-f",
        help="Output format: auto (the default: table on a terminal, plain in a pipe), "
        "table, plain (tab-separated, with a header row on a terminal), json, jsonl, csv, tsv.",
        autocompletion=complete_source_format,
        case_sensitive=False,
        rich_help_panel=OUTPUT_PANEL,
    ),
]
# csv and tsv options, the same on every command that writes csv (sources too)
NoFormulasOption = Annotated[
    bool,
    typer.Option("--no-formulas", help="In csv and tsv, put a ' before any cell a spreadsheet "
                 "would run as a formula (starting with = + - @), as OWASP recommends.",
                 rich_help_panel=OUTPUT_PANEL),
]  # fmt: skip
BomOption = Annotated[
    bool,
    typer.Option("--bom", help="In csv and tsv, begin with a UTF-8 byte order mark, so "
                 "that Excel reads the file as UTF-8 (curly quotes, accents).",
                 rich_help_panel=OUTPUT_PANEL),
]  # fmt: skip

# the table's options, the same on every command that draws one (sources too)
ColorOption = Annotated[
    ColorMode,
    typer.Option(
        "--color",
        help="Colour in table output: auto follows the terminal, NO_COLOR and FORCE_COLOR.",
        rich_help_panel=OUTPUT_PANEL,
    ),
]
PagerOption = Annotated[
    bool,
    typer.Option("--pager/--no-pager", help="Page long table output on a terminal through "
                 "$KTIMELINE_PAGER, $PAGER or 'less -FRX'.", rich_help_panel=OUTPUT_PANEL),
]  # fmt: skip
WidthOption = Annotated[
    int | None,
    typer.Option("--width", metavar="N", min=MIN_WIDTH, max=MAX_WIDTH, help="Lay the "
                 f"table out N columns wide, {MIN_WIDTH} to {MAX_WIDTH} (default: the "
                 "terminal's width, or $COLUMNS).",
                 rich_help_panel=OUTPUT_PANEL, show_default=False),
]  # fmt: skip


class OutputOptions(OptionGroup):
    format: FormatOption = "auto"
    color: ColorOption = "auto"
    pager: PagerOption = True
    width: WidthOption = None
    no_formulas: NoFormulasOption = False
    bom: BomOption = False
    title: Annotated[
        str | None,
        typer.Option("--title", metavar="TEXT", help="Title of the -f html page (default: the "
                     "question in words, e.g. 'US-Korea events, Nov–Dec 2019').",
                     rich_help_panel=OUTPUT_PANEL, show_default=False),
    ] = None  # fmt: skip
    subtitle: Annotated[
        str | None,
        typer.Option("--subtitle", metavar="TEXT", help="A line under the -f html page's title.",
                     rich_help_panel=OUTPUT_PANEL, show_default=False),
    ] = None  # fmt: skip


F = TypeVar("F", bound=Callable[..., Any])
OPTION_GROUPS = (DataOptions, FilterOptions, OutputOptions)


REQUIRED: Any = object()  # the default of a parameter that has none


class CommandParameter(Value):
    """A parameter as the command line sees it; its annotation declares it (see lazytyper)."""

    __slots__ = ("annotation", "default", "name")
    name: str
    annotation: Any
    default: Any  # REQUIRED when it has none

    def __init__(self, name: str, annotation: Any, default: Any) -> None:
        self._set(name=name, annotation=annotation, default=default)


_PARAMETERS: dict[type[Any], list[CommandParameter]] = {}


def _evaluated(
    annotations: dict[str, Any], namespace: dict[str, Any], first: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Annotations written as strings (``from __future__ import annotations``) evaluated in
    ``namespace`` (names looked up in ``first`` before it), all in one expression: compiling
    each apart, as ``typing.get_type_hints`` does, costs about 0.18M instructions, and a
    command's annotations and its groups' are some fifty (a plain query reads them: fastpath)."""
    texts = {name: text for name, text in annotations.items() if isinstance(text, str)}
    if not texts:
        return dict(annotations)
    values = eval("(" + ",".join(texts.values()) + ",)", namespace, first)
    return annotations | dict(zip(texts, values, strict=True))


def _group_parameters(group: type[Any]) -> list[CommandParameter]:
    """The group's options as command parameters (computed once per group)."""
    if group not in _PARAMETERS:
        # as get_type_hints(group, include_extras=True) evaluates them (tests/test_options)
        module = sys.modules[group.__module__].__dict__
        hints = _evaluated(group.__annotations__, dict(vars(group)), module)
        _PARAMETERS[group] = [
            CommandParameter(name, hints[name], getattr(group, name)) for name in group.fields()
        ]
    return _PARAMETERS[group]


def expanded_parameters(
    command: Callable[..., Any],
) -> tuple[list[CommandParameter], dict[str, type[Any]]]:
    """The command's parameters, in order, as the command line sees them: each option group
    expanded into its options; and the groups, by the parameter that takes each.

    Read from the function itself rather than with ``inspect``, whose import (with ast, dis
    and tokenize) would cost a plain query (fastpath) more than the rest of its parsing."""
    while hasattr(command, "__wrapped__"):  # as inspect.signature: the function wrapped
        command = command.__wrapped__
    code = command.__code__
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    positional = names[: code.co_argcount]
    defaults = dict(zip(positional[::-1], (command.__defaults__ or ())[::-1], strict=False))
    defaults |= command.__kwdefaults__ or {}
    # evaluated as inspect.signature(eval_str=True) does (get_type_hints would add Optional
    # around an annotation whose default is None, on Python 3.10)
    hints = _evaluated(command.__annotations__, command.__globals__)
    groups: dict[str, type[Any]] = {}
    parameters: list[CommandParameter] = []
    for name in names:
        if hints[name] in OPTION_GROUPS:
            groups[name] = hints[name]
        else:
            parameters.append(CommandParameter(name, hints[name], defaults.get(name, REQUIRED)))
    for group in groups.values():
        parameters.extend(_group_parameters(group))
    return parameters, groups


def with_groups(command: F, groups: dict[str, type[Any]]) -> F:
    """The command called with one value per option: each group's values made its instance."""

    @functools.wraps(command)
    def wrapper(**values: Any) -> Any:
        for name, group in groups.items():
            fields = {name: values.pop(name) for name in group.fields()}
            values[name] = group(**fields)
        return command(**values)

    return wrapper  # type: ignore[return-value]


def uses_options(command: F) -> F:
    """The command as Typer is given it: option groups expanded into their options, and the
    declarations made Typer's."""
    import inspect

    parameters, groups = expanded_parameters(command)
    wrapper = with_groups(command, groups)
    wrapper.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                p.name, inspect.Parameter.KEYWORD_ONLY, annotation=typer_annotation(p.annotation),
                default=inspect.Parameter.empty if p.default is REQUIRED else p.default,
            )
            for p in parameters
        ]
    )  # fmt: skip
    wrapper.__annotations__ = {}
    return wrapper
