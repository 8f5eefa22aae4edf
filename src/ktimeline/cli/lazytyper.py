"""Typer, imported only when a command needs it (start-up: Typer costs ~44 ms of a ~75 ms query).

The CLI's modules bind the name ``typer`` to this module (``from ktimeline.cli import
lazytyper as typer``), so the declarations keep Typer's own words. ``Option`` and
``Argument`` are recorded here as ``Declared`` values, which cost nothing to make; when the
app is built, ``typer_annotation`` turns them into Typer's objects. The same declarations
give the fast parser of a plain query (``fastpath``) its options, so that each option is
declared in one place. Any other name (``Typer``, ``Exit``, ``echo``, ``Context`` …) is
Typer's own, imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import Annotated, Any, get_args, get_origin


class Declared:
    """``typer.Option(...)`` or ``typer.Argument(...)`` as written, not yet made by Typer."""

    __slots__ = ("_made", "args", "kind", "settings")

    def __init__(self, kind: str, args: tuple[Any, ...], settings: dict[str, Any]) -> None:
        self.kind = kind
        self.args = args
        self.settings = settings
        self._made: Any = None

    def made(self) -> Any:
        """Typer's own object for this declaration (made once)."""
        if self._made is None:
            self._made = getattr(import_module("typer"), self.kind)(*self.args, **self.settings)
        return self._made


def Option(*param_decls: Any, **settings: Any) -> Any:
    return Declared("Option", param_decls, settings)


def Argument(*param_decls: Any, **settings: Any) -> Any:
    return Declared("Argument", param_decls, settings)


def declared(annotation: Any) -> Declared | None:
    """The declaration in ``Annotated[T, typer.Option(...)]``, if any."""
    if get_origin(annotation) is Annotated:
        for extra in annotation.__metadata__:
            if isinstance(extra, Declared):
                return extra
    return None


def typer_annotation(annotation: Any) -> Any:
    """``annotation`` with its declaration made Typer's (what Typer reads); others as they are."""
    declaration = declared(annotation)
    if declaration is None:
        return annotation
    base, *extras = get_args(annotation)
    made = [extra.made() if isinstance(extra, Declared) else extra for extra in extras]
    return Annotated.__class_getitem__((base, *made))  # type: ignore[attr-defined]


def __getattr__(name: str) -> Any:
    if name.startswith("__"):  # the import system asks for __path__ and others: not Typer's
        raise AttributeError(name)
    return getattr(import_module("typer"), name)
