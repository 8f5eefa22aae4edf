"""A cheap immutable value object, for the CLI's plumbing types.

NamedTuple and dataclass generate and compile code for every class when the module is
imported (about 0.8 million instructions for a three-field NamedTuple, measured with
callgrind); a class with ``__slots__`` is compiled once into the .pyc. Start-up is part of
the product, so the types a command needs only for a moment (filters, reports, problems,
formats) use this base; the model's hot types (Event, Statement) stay NamedTuples, whose
instances build fastest.
"""

from __future__ import annotations

from typing import Any


class Value:
    """Immutable, compared and hashed by its slots; ``replace`` makes a changed copy.

    Subclasses declare ``__slots__`` and an ``__init__`` whose parameters are the slots,
    setting them with ``_set`` (plain assignment is refused, as on a frozen dataclass).
    """

    __slots__: tuple[str, ...] = ()

    def _set(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Value)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def replace(self, **changes: Any) -> Any:
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return type(self)(**values)
