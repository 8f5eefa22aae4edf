"""A plain query read without Typer: importing Typer costs more than answering one.

``ktimeline range 2019-11 -f plain`` spends ~44 ms of its ~77 ms importing Typer and its
click, and a few more building the click command. A query whose words are plain — a query
command first; then only the options that command declares, each a word of its own (``-f
plain``, not ``-fplain`` or ``--format=plain``), with values Typer would take as they are;
no ``--help``, ``--debug`` or ``--``; no completion under way — is read here instead, from
the same declarations Typer reads (``lazytyper``: each option is declared once), and the
command gets exactly the values Typer would give it (tests/test_fast_path.py compares the two
over many command lines, and the output and exit code of each). Anything else, among it
every mistake, goes to Typer, which says what is wrong in its own words.
"""

from __future__ import annotations

import os
import sys
import types
import typing
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin

from ktimeline.cli.lazytyper import declared
from ktimeline.cli.options import REQUIRED, CommandParameter, expanded_parameters, with_groups
from ktimeline.errors import ExitCode
from ktimeline.immutable import Value

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# The commands read here: the questions (the others write or are rare: Typer reads them).
QUERY_COMMANDS = frozenset({"search", "range", "show", "quotes", "actors", "tags", "stats"})

# Settings of a declaration that do not change how a value is read; any other (envvar,
# prompt, count, a click type …) leaves its command to Typer.
_INERT = frozenset({"help", "metavar", "rich_help_panel", "show_default", "autocompletion",
                    "case_sensitive", "min", "max", "callback"})  # fmt: skip


def _digits(text: str) -> bool:
    """Plain ASCII digits, which int() reads as click does ("+5", " 5", "٥" go to Typer)."""
    return text.isascii() and text.isdigit()


def _decimal(text: str) -> bool:
    """Digits with at most one decimal point between digits, which float() reads as click
    does ("1e2", "nan", ".5", "5." go to Typer)."""
    whole, point, fraction = text.partition(".")
    return _digits(whole) and (not point or _digits(fraction))


class NotPlain(Exception):
    """The command line is not one this module reads: Typer reads it."""


class Parameter(Value):
    """One parameter of a command, as the command line gives it."""

    __slots__ = ("callback", "default", "flags", "many", "name", "off_flags", "read", "required")
    name: str
    flags: tuple[str, ...]  # an option's names; none for an argument
    off_flags: tuple[str, ...]  # --no-pager: a switch's names that turn it off
    read: Callable[[str], Any] | None  # a value's reading; None for a switch
    many: bool  # an option given many times; an argument taking every word left
    required: bool
    default: Any
    callback: Callable[[Any], Any] | None

    def __init__(
        self,
        name: str,
        flags: tuple[str, ...],
        off_flags: tuple[str, ...],
        read: Callable[[str], Any] | None,
        many: bool,
        required: bool,
        default: Any,
        callback: Callable[[Any], Any] | None,
    ) -> None:
        self._set(name=name, flags=flags, off_flags=off_flags, read=read, many=many,
                  required=required, default=default, callback=callback)  # fmt: skip


def _reader(kind: Any, settings: dict[str, Any]) -> Callable[[str], Any]:
    """How a value of ``kind`` is read, refusing (NotPlain) what click might read otherwise."""
    low, high = settings.get("min"), settings.get("max")

    def bounded(value: Any) -> Any:
        if (low is not None and value < low) or (high is not None and value > high):
            raise NotPlain
        return value

    if kind is str:
        return lambda text: text
    if kind is int:
        return lambda text: bounded(_integer(text))
    if kind is float:
        return lambda text: bounded(float(text)) if _decimal(text) else _refuse()
    if get_origin(kind) is Literal and all(isinstance(c, str) for c in get_args(kind)):
        choices = frozenset(get_args(kind))
        return lambda text: text if text in choices else _refuse()
    raise NotPlain


def _refuse() -> Any:
    raise NotPlain


def _integer(text: str) -> int:
    """Plain digits as int() reads them; what int() refuses (more digits than Python's
    conversion limit, 4300 by default) is left to click, which says it is no valid int."""
    if not _digits(text):
        raise NotPlain
    try:
        return int(text)
    except ValueError:
        raise NotPlain from None


def _without_none(kind: Any) -> Any:
    if get_origin(kind) in (Union, types.UnionType):
        rest = [arg for arg in get_args(kind) if arg is not type(None)]
        if len(rest) != 1:
            raise NotPlain
        return rest[0]
    return kind


def _parameter(parameter: CommandParameter) -> Parameter:
    declaration = declared(parameter.annotation)
    if declaration is None or set(declaration.settings) - _INERT:
        raise NotPlain
    kind = _without_none(get_args(parameter.annotation)[0])
    many = get_origin(kind) is list
    if many:
        (kind,) = get_args(kind)
    callback = declaration.settings.get("callback")
    if callback is not None and callback.__code__.co_argcount != 1:
        raise NotPlain
    required = parameter.default is REQUIRED
    if declaration.kind == "Argument":
        if declaration.args or kind is bool:
            raise NotPlain
        return Parameter(parameter.name, (), (), _reader(kind, declaration.settings), many,
                         required, None if required else parameter.default, callback)  # fmt: skip
    if not declaration.args or required:
        raise NotPlain
    flags, off = [], []  # "--pager/--no-pager": a switch's on and off names
    for written in declaration.args:
        on_name, _, off_name = written.partition("/")
        flags.append(on_name.strip())
        if off_name:
            off.append(off_name.strip())
    if any(not name.startswith("-") for name in (*flags, *off)) or (off and kind is not bool):
        raise NotPlain
    read = None if kind is bool else _reader(kind, declaration.settings)
    if read is None and many:
        raise NotPlain
    return Parameter(
        parameter.name, tuple(flags), tuple(off), read, many, False, parameter.default, callback
    )


def read_parameters(command: Callable[..., Any]) -> tuple[list[Parameter], dict[str, type[Any]]]:
    """How each parameter of the command is read, and its option groups (see options.py);
    NotPlain when one of them is declared in a way this module does not read."""
    expanded, groups = expanded_parameters(command)
    return [_parameter(parameter) for parameter in expanded], groups


def _values(parameters: Sequence[Parameter], words: Sequence[str]) -> dict[str, Any]:
    """The command's values from its words, as click and Typer would make them."""
    options = {flag: p for p in parameters for flag in (*p.flags, *p.off_flags)}
    values: dict[str, Any] = {}
    positional: list[str] = []
    position = 0
    while position < len(words):
        word = words[position]
        position += 1
        if word == "--":
            raise NotPlain
        if word[:1] != "-" or len(word) == 1:  # click: "-" alone is an argument
            positional.append(word)
            continue
        option = options.get(word)  # "-fplain", "--format=plain", "-h", a typo: not plain
        if option is None:
            raise NotPlain
        if option.read is None:
            values[option.name] = word in option.flags
            continue
        if position == len(words):
            raise NotPlain
        value = option.read(words[position])
        position += 1
        if option.many:
            values.setdefault(option.name, []).append(value)
        else:
            values[option.name] = value  # the last one given, as click
    arguments = [p for p in parameters if not p.flags]
    if any(p.many for p in arguments[:-1]):
        raise NotPlain
    for argument in arguments:
        if argument.many:
            given: Any = [argument.read(word) for word in positional] if argument.read else []
            positional = []
        else:
            given = argument.read(positional.pop(0)) if positional and argument.read else None
        if given is None or given == []:
            if argument.required:
                raise NotPlain
            given = argument.default
        values[argument.name] = given
    if positional:
        raise NotPlain
    for parameter in parameters:
        value = values.get(parameter.name, parameter.default)
        if parameter.callback is not None:
            try:
                value = parameter.callback(value)
            except Exception:
                raise NotPlain from None
        values[parameter.name] = value
    return values


def plain_query(
    args: Sequence[str], commands: dict[str, tuple[Callable[..., Any], dict[str, Any]]]
) -> Callable[[], Any] | None:
    """The query ``args`` ask, ready to run, when they are plain; else None (Typer reads them)."""
    if not args or args[0] not in QUERY_COMMANDS or args[0] not in commands:
        return None
    if "--debug" in args or any(name.endswith("_COMPLETE") for name in os.environ):
        return None
    command = commands[args[0]][0]
    try:
        parameters, groups = read_parameters(command)
        values = _values(parameters, args[1:])
    except NotPlain:
        return None
    run = with_groups(command, groups)
    _import_msgspec_alone()
    return lambda: _as_typer_runs(run, values)


def _import_msgspec_alone() -> None:
    """Import msgspec (every query reads records with it) without typing_extensions.

    msgspec takes ``get_type_hints``, ``Required`` and ``NotRequired`` from typing_extensions
    when it is installed, else from typing (msgspec/_utils.py); from Python 3.11 on they are
    the same functions and types (typing_extensions' ``get_type_hints`` calls typing's), but
    typing_extensions imports inspect, ast, dis and tokenize: ~9 ms of a ~55 ms query.
    Anything that imports typing_extensions later gets it as usual."""
    if "msgspec" in sys.modules or not hasattr(typing, "NotRequired"):  # before 3.11
        return
    if "typing_extensions" in sys.modules:
        return
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # ImportError
    try:
        import msgspec  # noqa: F401
    finally:
        del sys.modules["typing_extensions"]


def _as_typer_runs(run: Callable[..., Any], values: dict[str, Any]) -> Any:
    """Run the command, meeting Ctrl-C and the end of input as Typer does (typer.core._main)."""
    try:
        return run(**values)
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED  # Typer: Exit(130)
    except EOFError:
        sys.stderr.write("\n")  # Typer: an empty line, then Abort
        sys.stderr.flush()
        raise KeyboardInterrupt from None
