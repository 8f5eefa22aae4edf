"""ktimeline: ask questions of a chronology of US-Korea relations from the terminal.

The public API is the pure core: load a chronology, then query it.

    >>> from ktimeline import load_chronology
    >>> chronology = load_chronology()
    >>> len(chronology.events) > 67
    True
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import DataError, ExitCode, KtimelineError, Problem, UsageError
from .loader import Chronology, load_chronology
from .model import Actor, DatePrecision, Event, Place, Source, Statement, Tag

__all__ = [
    "Actor",
    "Chronology",
    "DataError",
    "DatePrecision",
    "Event",
    "ExitCode",
    "KtimelineError",
    "Place",
    "Problem",
    "Source",
    "Statement",
    "Tag",
    "UsageError",
    "__version__",
    "load_chronology",
]
