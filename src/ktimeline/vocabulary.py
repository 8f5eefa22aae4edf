"""What the data knows about names: actors, places and tags with their aliases and synonyms.

The knowledge lives in data files (data/actors.jsonl, places.jsonl, tags.jsonl); this module
only indexes it: any name, alias or synonym, folded (see ``text.fold``), leads to the
canonical name, and a name that leads nowhere gets the nearest names as suggestions.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from .model import Actor, Place, Tag, Term


def fold(name: str) -> str:
    """text.fold, imported when an index is first built (a range query never needs one)."""
    from . import text  # a dictionary lookup after the first call

    return text.fold(name)


class NameIndex:
    """Folded name -> canonical names, for one kind of thing ("actor", "place", "tag")."""

    def __init__(self, label: str, names: Mapping[str, tuple[str, ...]]) -> None:
        self.label = label
        self.names = names  # canonical -> every name it goes by (itself first)
        by_folded: dict[str, list[str]] = {}
        for canonical, all_names in self.names.items():
            for name in all_names:
                key = fold(name)
                if key and canonical not in by_folded.setdefault(key, []):
                    by_folded[key].append(canonical)
        self._by_folded = {k: tuple(v) for k, v in by_folded.items()}

    @classmethod
    def build(cls, label: str, entries: Iterable[tuple[str, Iterable[str]]]) -> NameIndex:
        return cls(label, {name: (name, *aliases) for name, aliases in entries})

    @property
    def folded_names(self) -> Mapping[str, tuple[str, ...]]:
        """Every folded name or alias and the canonical names it stands for."""
        return self._by_folded

    def lookup(self, name: str) -> tuple[str, ...]:
        """Canonical names that ``name`` is exactly (after folding) a name of."""
        return self._by_folded.get(fold(name), ())

    def candidates(self, name: str) -> tuple[str, ...]:
        """Exact matches first; otherwise things with a name holding all of name's words.

        "Kim Jong-un" -> (Kim Jong Un,); "Kim" -> every Kim; "Esperr" -> ().
        """
        exact = self.lookup(name)
        if exact:
            return exact
        wanted = fold(name).split()
        if not wanted:
            return ()
        found: list[str] = []
        for folded, canonicals in self._by_folded.items():
            name_words = folded.split()
            if all(word in name_words for word in wanted):
                found.extend(c for c in canonicals if c not in found)
        return tuple(found)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The canonical names nearest to an unknown name (for "did you mean")."""
        from difflib import get_close_matches

        close = get_close_matches(fold(name), list(self._by_folded), n=limit * 3, cutoff=0.7)
        suggestions: list[str] = []
        for folded in close:
            for canonical in self._by_folded[folded]:
                if canonical not in suggestions:
                    suggestions.append(canonical)
        return suggestions[:limit]

    def resolve(self, name: str) -> str:
        """The one canonical name ``name`` stands for, or a UsageError that says why not."""
        found = self.candidates(name)
        if len(found) == 1:
            return found[0]
        if found:
            listed = ", ".join(found[:6]) + (", …" if len(found) > 6 else "")
            raise UsageError(f"{self.label} {name!r} is ambiguous", f"could be: {listed}")
        suggestions = self.suggest(name)
        hint = (
            f"did you mean {' or '.join(repr(s) for s in suggestions)}?"
            if suggestions
            else (f"run 'ktimeline {self.label}s' to list them")
        )
        raise UsageError(f"unknown {self.label} {name!r}", hint)


class Vocabulary:
    """The actors, places, tags and terms known to the data, each indexed by every name.

    Actors are needed to validate any chronology; places, tags and terms are read only when
    a command first asks for them (``tables`` reads one by name), which keeps start-up short.
    """

    def __init__(
        self, actors: Mapping[str, Actor], tables: Callable[[str], Mapping[str, Any]]
    ) -> None:
        self.actors = actors
        self._tables = tables

    @cached_property
    def places(self) -> Mapping[str, Place]:
        return self._tables("places")

    @cached_property
    def tags(self) -> Mapping[str, Tag]:
        return self._tables("tags")

    @cached_property
    def terms(self) -> Mapping[str, Term]:
        return self._tables("terms")

    @cached_property
    def actor_index(self) -> NameIndex:
        return NameIndex.build("actor", ((a.name, a.aliases) for a in self.actors.values()))

    @cached_property
    def place_index(self) -> NameIndex:
        return NameIndex.build("place", ((p.name, p.aliases) for p in self.places.values()))

    @cached_property
    def tag_index(self) -> NameIndex:
        return NameIndex.build("tag", ((t.name, t.synonyms) for t in self.tags.values()))

    @cached_property
    def term_index(self) -> NameIndex:
        return NameIndex.build("term", ((t.name, t.synonyms) for t in self.terms.values()))
