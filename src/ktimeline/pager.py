"""Paging long terminal output, the way ``git log`` does.

The pager is $KTIMELINE_PAGER, else $PAGER, else ``less -FRX``; LESS defaults to ``FRX`` (quit
if one screen, keep colours, leave the text on screen). An empty value or ``cat`` turns
paging off. The CLI calls this only for table output on a terminal that it would overflow.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

DEFAULT_PAGER = "less -FRX"


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
        return shlex.split(value)
    except ValueError:
        return None


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
        process.stdin.write(text.encode(encoding, errors="replace"))
        process.stdin.close()
    except BrokenPipeError:
        pass  # the user quit the pager early
    while True:
        try:
            process.wait()
            return True
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager, as with git
