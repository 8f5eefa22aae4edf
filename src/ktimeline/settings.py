"""Numbers read from the environment (``KTIMELINE_MAX_LINE_BYTES`` and the like), read
one way.

A value that is not a plain number within its bounds (``²``, ``٣``, ``1e400``, ``nan``,
twenty digits) is never used, and never fatal: the default is used instead and an
``IgnoredSettingWarning`` says so (the CLI prints it as a one-line warning; a library
caller sees a Python warning). An empty value counts as unset. The bounds keep every limit
within what the code can use (``read(limit + 1)`` must not overflow or allocate a
terabyte, a lock wait must end).
"""

from __future__ import annotations

import functools
import os
import re
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


# The patterns are compiled when a setting is given (most runs give none; every query asks).
@functools.cache
def _digits() -> re.Pattern[str]:
    return re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also takes "²" and "٣"


@functools.cache
def _decimal() -> re.Pattern[str]:
    return re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


class IgnoredSettingWarning(UserWarning):
    """An environment variable held a value ktimeline cannot use; the default was used."""


def ignored(name: str, text: str, wanted: str, default: object) -> None:
    """Say that ``name=text`` is not ``wanted`` and ``default`` is used instead."""
    shown = text if len(text) <= 40 else text[:40] + "…"
    warnings.warn(
        IgnoredSettingWarning(f"{name}={shown!r} is not {wanted}; using {default}"),
        stacklevel=3,
    )


def _given(name: str, environ: Mapping[str, str] | None) -> str:
    """What ``name`` holds (in ``environ``, else the process's environment), without the
    white space around it: "" when it is unset or empty."""
    return (os.environ if environ is None else environ).get(name, "").strip()


def whole_number(
    name: str,
    default: int,
    *,
    lowest: int = 0,
    highest: int,
    environ: Mapping[str, str] | None = None,
) -> int:
    """The whole number ``name`` holds, from ``lowest`` to ``highest``; else ``default``
    (with a warning when it holds something else)."""
    text = _given(name, environ)
    if not text:
        return default
    if _digits().fullmatch(text) and len(text) <= 30 and lowest <= int(text) <= highest:
        return int(text)
    ignored(name, text, f"a whole number from {lowest} to {highest}", default)
    return default


def seconds(
    name: str, default: float, *, highest: float, environ: Mapping[str, str] | None = None
) -> float:
    """The number of seconds ``name`` holds (a decimal such as ``0.5``), from 0 to
    ``highest``; else ``default`` (with a warning when it holds something else)."""
    text = _given(name, environ)
    if not text:
        return default
    if _decimal().fullmatch(text) and len(text) <= 30:
        import math

        value = float(text)
        if math.isfinite(value) and 0 <= value <= highest:
            return value
    ignored(name, text, f"a number of seconds from 0 to {highest:g}", default)
    return default
