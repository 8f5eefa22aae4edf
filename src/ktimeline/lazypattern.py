"""A regular expression compiled at its first use, not when its module is imported.

``lazy_compile(pattern, flags)`` stands where ``re.compile(pattern, flags)`` stood, for a
module's patterns that a query on the bundled data never uses (the text grammar's forms that
only the importer reads, GEDCOM's date values): importing ``ktimeline.dates`` is on every
command's start-up (issue 23), and compiling the importer's grammar there cost about 2 ms of
``ktimeline range``'s 60. Its callers write ``PATTERN.search(text)`` as before: the first
use compiles the pattern with ``re.compile`` (the same pattern object, so the same answers)
and binds its methods onto the stand-in, so that later calls go straight to them.
``PATTERN.pattern`` (a pattern's text, which other patterns embed) is there without compiling.
"""

from __future__ import annotations

import re
from typing import Any, cast

# The methods bound on the stand-in once its pattern is compiled (each a bound method of the
# compiled pattern); anything else is handed to the compiled pattern as it is asked for.
_BOUND = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """``re.compile(pattern, flags)`` at the first use of anything but ``pattern``."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a name the stand-in does not hold: before the first compilation
        # every method; after it, the compiled pattern's other attributes (groupindex …).
        if name.startswith("__"):  # (copy, pickle and the like ask for these first)
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self._compiled = compiled
            for method in _BOUND:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when it is first used (see the module)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))


def is_compiled(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (from ``lazy_compile`` or ``re.compile``) has been compiled."""
    lazy: object = pattern
    return not isinstance(lazy, _LazyPattern) or "_compiled" in lazy.__dict__
