"""One JSON Lines serialiser for everything ktimeline writes (``-f json/jsonl``, ``import``).

UTF-8 text as it is (``ensure_ascii=False``), except the characters that are legal inside
JSON strings but that many line readers (Python's ``str.splitlines``, JavaScript) take for
line ends: U+2028, U+2029 and U+0085 are escaped, so one record always stays one line.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

_LINE_BREAKERS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def json_line(record: Any) -> str:
    """``record`` as one line of JSON (without the line end)."""
    line: str = _dumps()(record)
    if "\u2028" in line or "\u2029" in line or "\x85" in line:  # (rare: no copy without)
        return line.translate(_LINE_BREAKERS)
    return line


@functools.cache
def _dumps() -> Callable[[Any], str]:
    import json  # when first needed: -f plain and -f table write no JSON (start-up)

    # What ``json.dumps(record, ensure_ascii=False)`` makes (it builds this encoder on each
    # call for any argument not default), with one encoder for all lines.
    return json.JSONEncoder(ensure_ascii=False).encode
