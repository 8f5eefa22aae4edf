"""Paging long terminal output, the way ``git log`` does.

The pager is $KTIMELINE_PAGER, else $PAGER, else ``less -FRX``; LESS defaults to ``FRX`` (quit
if one screen, keep colours, leave the text on screen), and less gets ``-R`` when neither
its arguments nor $LESS pass colours. Pagers that cannot show colour (``more``) get the table
without it. An empty value or ``cat`` turns paging off. The CLI calls this only for table
output on a terminal that it would overflow.
"""

from __future__ import annotations

import os
import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

DEFAULT_PAGER = "less -FRX"
COLOR_PAGERS = frozenset({"moar", "moor", "ov", "bat"})  # pagers that render colour codes


def pager_command(environ: Mapping[str, str]) -> list[str] | None:
    """The pager to run, or None when paging is turned off."""
    for variable in ("KTIMELINE_PAGER", "PAGER"):
        if variable in environ:
            value = environ[variable].strip()
            break
    else:
        value = DEFAULT_PAGER
    if not value or value == "cat":
        return None
    try:
        import shlex  # here: only output to a terminal is paged (start-up)

        command = shlex.split(value)
    except ValueError:
        return None
    if command and _name(command) == "less" and not _less_shows_color(command, environ):
        command.append("-R")  # less shows escape codes as text unless told to pass colours
    return command


def _name(command: list[str]) -> str:
    return os.path.basename(command[0])


def _less_shows_color(command: list[str], environ: Mapping[str, str]) -> bool:
    options = [*command[1:], "-" + environ.get("LESS", "FRX")]
    return any(
        arg in ("--RAW-CONTROL-CHARS", "--raw-control-chars")
        or (arg.startswith("-") and not arg.startswith("--") and ("R" in arg or "r" in arg))
        for arg in options
    )


def shows_color(command: list[str], environ: Mapping[str, str]) -> bool:
    """Does this pager show colour codes as colour (and count them as taking no room)?

    less does with -R (``pager_command`` adds it); ``more`` and unknown pagers pass the codes
    through and wrap lines as if they were text, so they get the table without colour."""
    name = _name(command)
    if name == "less":
        return _less_shows_color(command, environ)
    return name in COLOR_PAGERS


def page(text: str, encoding: str, environ: Mapping[str, str] | None = None) -> bool:
    """Show ``text`` through the pager; False when there is none (the caller prints)."""
    env = dict(os.environ if environ is None else environ)
    command = pager_command(env)
    if command is None:
        return False
    env.setdefault("LESS", "FRX")
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    try:
        assert process.stdin is not None
        from ktimeline.cli.replaced import replacing_errors

        process.stdin.write(text.encode(encoding, errors=replacing_errors()))
        process.stdin.close()
    except BrokenPipeError:
        pass  # the user quit the pager early
    while True:
        try:
            process.wait()
            return True
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager, as with git
