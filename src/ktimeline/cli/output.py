"""From a Report to stdout: choose the format, the colour, the encoding and the pager.

Data goes to stdout and only there; messages go to stderr (see cli.py).
"""

from __future__ import annotations

import io
import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from ktimeline.cli.replaced import replacing_errors
from ktimeline.errors import KtimelineError, OutputError
from ktimeline.render import (
    FORMATS,
    MAX_WIDTH,
    Format,
    RenderOptions,
    choose_format,
    get_renderer,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

    from ktimeline.cli.options import ColorMode, OutputOptions
    from ktimeline.report import Report


class PipeClosed(KtimelineError):
    """The reader of our stdout went away (``| head -1``): stop quietly."""


class OutputFailed(OutputError):
    """Standard output could not be written (a full disk, a file size limit). What is still
    buffered for it is then dropped (``app._silence_stdout``): the interpreter's last flush
    failed again, and the run ended with exit 120 and an "Exception ignored" traceback after
    the one-line error, where the README promises exit 2."""


def wants_color(mode: ColorMode, is_terminal: bool, environ: Mapping[str, str]) -> bool:
    """--color always/never win; auto honours NO_COLOR, then FORCE_COLOR, then TERM=dumb."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    if environ.get("TERM") == "dumb":
        return False
    return is_terminal


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):
        return False


def _holds_every_character(encoding: str | None) -> bool:
    """Whether text in ``encoding`` can hold every character the data may hold (UTF-8, 16,
    32): then nothing is ever replaced, and the counting handler (a Python function, which
    made the writing of a 270-line answer 1.2 M instructions slower, callgrind) is not set."""
    import codecs

    try:
        name = codecs.lookup(encoding or "").name
    except LookupError:
        return False
    return name.startswith(("utf-8", "utf-16", "utf-32"))


def prepare_stream(stream: TextIO, fmt: Format) -> None:
    """Machine formats are UTF-8 whatever the locale; human ones replace what can't be shown
    (and ``replaced_note`` says so)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        if fmt.machine:
            reconfigure(encoding="utf-8", errors="strict")
        elif _holds_every_character(getattr(stream, "encoding", None)):
            reconfigure(errors="replace")  # (nothing to count: Python's own handler is faster)
        else:
            reconfigure(errors=replacing_errors())
    except (ValueError, OSError, io.UnsupportedOperation):
        pass


def renders_table(options: OutputOptions) -> bool:
    """Will this output be the terminal table (the only format that shows highlights)?"""
    if options.format == "table":
        return True
    return options.format == "auto" and sys.stdout is not None and is_terminal(sys.stdout)


def terminal_size() -> os.terminal_size:
    import shutil  # only here: with bz2, lzma and zlib, ~1.7 ms a plain query does not need

    return shutil.get_terminal_size((80, 24))


def layout_width(columns: int, *, warn: bool) -> int:
    """The terminal's width, at most MAX_WIDTH: ``COLUMNS=999999999`` is a mistake (said so
    when ``warn``: the table is being laid out), not a request for gigabytes."""
    if columns <= MAX_WIDTH:
        return columns
    if warn:
        from ktimeline.settings import ignored

        ignored("COLUMNS", os.environ.get("COLUMNS", str(columns)),
                f"a width of at most {MAX_WIDTH}", MAX_WIDTH)  # fmt: skip
    return MAX_WIDTH


def buffer_standard_output() -> None:
    """Put a buffered writer between ``sys.stdout`` and the file when Python was started
    unbuffered (``PYTHONUNBUFFERED``, set in many container images and CI, or ``python -u``).

    Then ``sys.stdout`` writes straight to the raw file, whose ``write`` may write only part
    of what it is given — a disk that fills up, a file size limit (``ulimit -f``) — and the
    text layer ignores the count: ``ktimeline range > file`` on a disk with 12 KB free wrote
    12 KB of 24, exited 0 and said nothing. A buffered writer writes the rest or raises (the
    one-line "cannot write output" error, exit 2), as without the setting. The output is
    flushed before each command ends, so nothing is held back."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper) or not isinstance(stream.buffer, io.RawIOBase):
        return
    try:
        stream.flush()
        raw = io.FileIO(stream.fileno(), "w", closefd=False)
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(raw), encoding=stream.encoding, errors=stream.errors,
            newline="\n" if os.name != "nt" else None, line_buffering=stream.line_buffering,
        )  # fmt: skip
    except (OSError, ValueError):
        return


def standard_output() -> TextIO:
    """sys.stdout, or a clear error when the process was started with it closed."""
    if sys.stdout is None:
        raise OutputError("cannot write output: standard output is closed")
    return sys.stdout


def emit(report: Report, options: OutputOptions, stream: TextIO | None = None) -> None:
    """Render ``report`` to stdout in the chosen format."""
    out = standard_output() if stream is None else stream
    terminal = is_terminal(out)
    fmt = choose_format(options.format, terminal)
    renderer = get_renderer(fmt, report.kind)
    given = RenderOptions(no_formulas=options.no_formulas, bom=options.bom, title=options.title,
                          subtitle=options.subtitle)  # fmt: skip
    prepare_stream(out, fmt)
    with guarded_output():
        if fmt.name == "table":
            draw_table(
                lambda to, how: renderer(report, to, how), out, terminal=terminal,
                width=options.width, color=options.color, pager=options.pager, given=given,
            )  # fmt: skip
        else:
            # Only the table is laid out to a width (render/terminal.py): for the other
            # formats the terminal is not measured (nor shutil imported, ~1.7 ms of a plain
            # query).
            render_options = given.replace(
                width=options.width or MAX_WIDTH,
                color=not fmt.machine and wants_color(options.color, terminal, os.environ),
            )
            if terminal:  # (the table makes its own data safe)
                from ktimeline.render.safe import TerminalSafe

                renderer(report, TerminalSafe(out), render_options)  # type: ignore[arg-type]
            else:
                renderer(report, out, render_options)
        out.flush()


def draw_table(
    render: Callable[[TextIO, RenderOptions], None], out: TextIO, *, terminal: bool,
    width: int | None, color: ColorMode, pager: bool, given: RenderOptions | None = None,
) -> None:  # fmt: skip
    """The terminal table ``render`` draws (every listing's, and ``sources``'): as wide as
    the terminal (at most MAX_WIDTH) unless ``width``, in colour as ``color`` and the
    terminal say, through the pager when on a terminal and ``pager`` (``page_table``).
    ``given``: the rest of the table's RenderOptions."""
    size = terminal_size()
    options = (RenderOptions() if given is None else given).replace(
        width=width or layout_width(size.columns, warn=True),
        color=wants_color(color, terminal, os.environ),
    )
    if terminal and pager:
        page_table(render, options, out, size.lines)
    else:
        render(out, options)


def page_table(
    render: Callable[[TextIO, RenderOptions], None], options: RenderOptions, out: TextIO,
    lines: int,
) -> None:  # fmt: skip
    """The table ``render`` draws, through the pager when it would overflow the terminal; in
    colour only when the pager shows colour (``less -R``; ``more`` would count escape codes
    as text). Every table paged is paged here (events, actors, ``sources``)."""
    from ktimeline.cli.pager import page, pager_command, shows_color

    buffer = io.StringIO()
    render(buffer, options)
    text = buffer.getvalue()
    if text.count("\n") < lines:
        out.write(text)
        return
    command = pager_command(os.environ)
    if command is not None and options.color and not shows_color(command, os.environ):
        buffer = io.StringIO()
        render(buffer, options.replace(color=False))
        text = buffer.getvalue()
    if not page(text, out.encoding or "utf-8"):
        out.write(text)


@contextmanager
def guarded_output() -> Iterator[None]:
    """Writing to stdout: a closed pipe ends quietly, any other failure is a clear error."""
    try:
        yield
    except BrokenPipeError:
        raise PipeClosed("output pipe closed") from None
    except OSError as exc:
        raise OutputFailed(f"cannot write output: {exc.strerror or exc}") from None


def write_json_lines(lines: Iterable[str]) -> None:
    """Lines of JSON to stdout, as UTF-8 whatever the locale."""
    out = standard_output()
    prepare_stream(out, FORMATS["jsonl"])
    with guarded_output():
        out.writelines(lines)
        out.flush()
