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
    return _dumps()(record).translate(_LINE_BREAKERS)


@functools.cache
def _dumps() -> Callable[[Any], str]:
    import json  # when first needed: -f plain and -f table write no JSON (start-up)

    return functools.partial(json.dumps, ensure_ascii=False)
