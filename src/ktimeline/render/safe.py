"""Neutralising data before it reaches a terminal or a line-oriented pipe.

A data file must not be able to retitle, recolour or reprogram the user's terminal, nor break
the one-record-per-line promise of ``plain``: control characters (C0, DEL, C1, which include
ESC and the 8-bit CSI) are shown as visible escapes instead of being sent.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\x1b": "\\e"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or f"\\x{ord(char):02x}"


def visible_controls(text: str) -> str:
    """Every control character replaced by a visible escape (``\\e``, ``\\t``, ``\\x07`` …)."""
    return _CONTROL.sub(_visible, text) if _CONTROL.search(text) else text
