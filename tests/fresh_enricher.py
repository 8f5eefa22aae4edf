"""A new Enricher for each generated case, without building one each time.

The matrices (tests/test_enrich_matrix.py, tests/test_quotations_matrix.py and their second
parts) read each of their ~4,200 cases with an Enricher of its own, as an import reads each
document: the persons, surnames and bodies one case names must not carry into the next. Building
one (`Enricher(vocabulary)`: every name form of the knowledge base and the bundled actors) is
~95 % of a case's time. So the Enricher is built once a process, pickled, and each case gets it
unpickled: the same attributes, the same values, and no state of another case. The knowledge
base (`knowledge()`, read once a process) is not copied: the copy refers to the very objects a
new Enricher refers to (pickle's persistent ids), so that whatever the Enricher shares with it,
it still shares. tests/test_fresh_enricher.py checks that a copy pickles to the same bytes as
a newly built Enricher.
"""

from __future__ import annotations

import copyreg
import io
import pickle
from functools import cache
from typing import TYPE_CHECKING, Any

from ktimeline.immutable import Value
from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.knowledge import knowledge
from ktimeline.loader import load_vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterator


def _value_classes(base: type[Value] = Value) -> Iterator[type[Value]]:
    for subclass in base.__subclasses__():
        yield subclass
        yield from _value_classes(subclass)


def _value_rebuilt(cls: type[Value], values: tuple[Any, ...]) -> Value:
    """An immutable Value unpickled: its slots set as its own ``_set`` does (pickle's own way,
    ``setattr``, is refused by Value)."""
    made = object.__new__(cls)
    made._set(**dict(zip(cls.__slots__, values, strict=True)))
    return made


def _value_reduced(value: Value) -> tuple[Any, ...]:
    return _value_rebuilt, (type(value), value._values())


class _Pickler(pickle.Pickler):
    """Pickles an Enricher's own objects; the knowledge base's objects by reference."""

    def __init__(self, file: io.BytesIO, shared: dict[int, object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared = shared
        self.dispatch_table = copyreg.dispatch_table.copy()
        for cls in _value_classes():
            self.dispatch_table[cls] = _value_reduced

    def persistent_id(self, obj: object) -> int | None:
        return id(obj) if id(obj) in self.shared else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: dict[int, object]) -> None:
        super().__init__(file)
        self.shared = shared

    def persistent_load(self, pid: Any) -> object:
        return self.shared[pid]


class _Recorder(pickle.Pickler):
    """Walks an object as pickle does, recording every object met (by id)."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.met: dict[int, object] = {}
        self.dispatch_table = copyreg.dispatch_table.copy()
        for cls in _value_classes():
            self.dispatch_table[cls] = _value_reduced

    def persistent_id(self, obj: object) -> None:
        if not isinstance(obj, (str, int, float, bool, type(None))):  # (values: copied alike)
            self.met[id(obj)] = obj


@cache
def _shared() -> dict[int, object]:
    """The knowledge base's objects, by id (kept alive by the cached knowledge base)."""
    recorder = _Recorder(io.BytesIO())
    recorder.dump(knowledge())
    return recorder.met


def pickled(enricher: Enricher) -> bytes:
    """The Enricher's own state as bytes (the knowledge base's objects by reference)."""
    buffer = io.BytesIO()
    _Pickler(buffer, _shared()).dump(enricher)
    return buffer.getvalue()


@cache
def _built() -> bytes:
    return pickled(Enricher(load_vocabulary()))


def fresh_enricher() -> Enricher:
    """An Enricher as ``Enricher(load_vocabulary())`` builds it, of this case alone."""
    enricher = _Unpickler(io.BytesIO(_built()), _shared()).load()
    assert isinstance(enricher, Enricher)
    return enricher
