"""ktimeline: ask questions of a chronology of US-Korea relations from the terminal.

The public API is the pure core: load a chronology, then query it.

    >>> from ktimeline import load_chronology
    >>> chronology = load_chronology()
    >>> len(chronology.events) > 67
    True

Names are imported on first use (PEP 562), so that ``import ktimeline.cli`` — every run of
the command — pays only for what the command needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_PUBLIC = {
    "Actor": "model", "DatePrecision": "model", "Event": "model", "Place": "model",
    "Source": "model", "Statement": "model", "Tag": "model", "Term": "model",
    "DataError": "errors", "ExitCode": "errors", "KtimelineError": "errors",
    "Problem": "errors", "UsageError": "errors",
    "Chronology": "loader", "load_chronology": "loader",
    "search_events": "search", "search_quotes": "search", "SearchMode": "search",
    "Filters": "query", "in_range": "query",
    "parse_range": "dates", "parse_date_argument": "dates",
}  # fmt: skip

__all__ = [
    "Actor", "Chronology", "DataError", "DatePrecision", "Event", "ExitCode", "Filters",
    "KtimelineError", "Place", "Problem", "SearchMode", "Source", "Statement", "Tag", "Term",
    "UsageError", "__version__", "in_range", "load_chronology", "parse_date_argument",
    "parse_range", "search_events", "search_quotes",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'ktimeline' has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .dates import parse_date_argument, parse_range
    from .errors import DataError, ExitCode, KtimelineError, Problem, UsageError
    from .loader import Chronology, load_chronology
    from .model import Actor, DatePrecision, Event, Place, Source, Statement, Tag, Term
    from .query import Filters, in_range
    from .search import SearchMode, search_events, search_quotes
