"""ktimeline: ask questions of a chronology of US-Korea relations (Sept.-Dec. 2019).

The Python API asks what the command line asks, and the command line stands on it::

    >>> import ktimeline
    >>> timeline = ktimeline.open()  # the bundled chronology; or open("my.jsonl", ...)
    >>> december = timeline.between("2019-12", tags="weapons-test")
    >>> "2019-12-14-nk-crucial-test-at-sohae" in [event.id for event in december]
    True
    >>> hits = timeline.search("Sohea", actors="Moon")  # typos forgiven, names by alias
    >>> [row.event.id for row in hits]
    ['2019-12-07-trump-moon-call-nk-sohae-test']
    >>> hits[0].event.to_dict()["places"]
    ['Sohae Launch Facility']

``open`` returns a ``Timeline``; its questions (``between``, ``search``, ``show``,
``quotes``, ``actors``, ``tags``, ``stats``, ``events``) return ``Results``: immutable
sequences of typed rows with ``to_dict()``, ``records()`` and ``to_pandas()``. An unknown
or ambiguous name raises ``UnknownNameError`` or ``AmbiguousNameError`` with the
candidates; every error a caller can cause is a ``KtimelineError``. docs/python-api.md
has the whole tour.

Names are imported on first use (PEP 562), so that ``import ktimeline.cli.app`` — every run of
the command — pays only for what the command needs; ``dir()`` and ``help()`` list them all.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_PUBLIC = {
    "__version__": "version",
    "open": "api", "Timeline": "api", "Results": "api",
    "import_chronology": "api", "ImportOutcome": "api", "LibraryEntry": "api",
    "SourceSummary": "library",
    "Actor": "model", "DatePrecision": "model", "Event": "model", "Place": "model",
    "Source": "model", "Statement": "model", "Tag": "model", "Term": "model",
    "EventRow": "report", "QuoteRow": "report", "ActorRow": "report", "TagRow": "report",
    "Bucket": "stats", "NameNote": "vocabulary",
    "KtimelineError": "errors", "DataError": "errors", "Problem": "errors",
    "UsageError": "errors", "InvalidArgumentError": "errors", "UnknownNameError": "errors",
    "AmbiguousNameError": "errors", "OutputError": "errors", "TargetExistsError": "errors",
    "ExitCode": "errors",
}  # fmt: skip

__all__ = [
    "Actor", "ActorRow", "AmbiguousNameError", "Bucket", "DataError", "DatePrecision", "Event",
    "EventRow", "ExitCode", "ImportOutcome", "InvalidArgumentError", "KtimelineError",
    "LibraryEntry", "NameNote", "OutputError", "Place", "Problem", "QuoteRow", "Results", "Source",
    "SourceSummary", "Statement", "Tag", "TagRow", "TargetExistsError", "Term", "Timeline",
    "UnknownNameError", "UsageError", "__version__", "import_chronology", "open",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'ktimeline' has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Every public name, imported or not: what ``help(ktimeline)`` documents."""
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from ktimeline.api import (
        ImportOutcome,
        LibraryEntry,
        Results,
        Timeline,
        import_chronology,
        open,
    )
    from ktimeline.errors import (
        AmbiguousNameError,
        DataError,
        ExitCode,
        InvalidArgumentError,
        KtimelineError,
        OutputError,
        Problem,
        TargetExistsError,
        UnknownNameError,
        UsageError,
    )
    from ktimeline.library import SourceSummary
    from ktimeline.model import Actor, DatePrecision, Event, Place, Source, Statement, Tag, Term
    from ktimeline.report import ActorRow, EventRow, QuoteRow, TagRow
    from ktimeline.stats import Bucket
    from ktimeline.version import __version__ as __version__
    from ktimeline.vocabulary import NameNote
