"""What the data knows about names: actors, places and tags with their aliases and synonyms.

The knowledge lives in data files (data/actors.jsonl, places.jsonl, tags.jsonl); this module
only indexes it: any name, alias or synonym, folded (see ``text.fold``), leads to the
canonical name, and a name that leads nowhere gets the nearest names as suggestions.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from ktimeline.errors import AmbiguousNameError, UnknownNameError
from ktimeline.immutable import Value

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from ktimeline.model import Actor, Place, Tag, Term


def fold(name: str) -> str:
    """folding.fold, imported when an index is first built (a range query never needs one)."""
    from ktimeline import folding  # a dictionary lookup after the first call

    return folding.fold(name)


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
        """What ``name`` may stand for, without forgiving typos (see ``find``)."""
        return self._unforgiving(name)[0]

    def _unforgiving(self, name: str) -> tuple[tuple[str, ...], str | None]:
        exact = self.lookup(name)
        if exact:
            return exact, None
        wanted = fold(name).split()
        if not wanted:
            return (), None
        whole: list[str] = []
        prefix: list[str] = []
        wanted = [singular(word) for word in wanted]
        for folded, canonicals in self._by_folded.items():
            name_words = [singular(word) for word in folded.split()]
            if all(word in name_words for word in wanted):
                whole.extend(c for c in canonicals if c not in whole)
            elif _prefixes_of(wanted, name_words):
                prefix.extend(c for c in canonicals if c not in prefix)
        if whole:
            return tuple(whole), WORDS
        return tuple(prefix), PREFIX if prefix else None

    def find(self, name: str) -> tuple[tuple[str, ...], str | None]:
        """Every canonical name ``name`` may stand for, and how it was read.

        In this order, the first that finds anything: the name or an alias exactly (after
        folding: "Kim Jong-un" -> Kim Jong Un; how is None); names holding all its words
        ("Kim" -> every Kim; ``WORDS``); names its words begin ("missile" -> every
        missile-… tag; ``PREFIX``); names within search's fuzziness of it, as search
        forgives them ("Beigun" -> Stephen Biegun; ``SPELLING``). Nothing: ((), None).

        Words and their beginnings are compared in the singular (``singular``): a word
        stands for the same names in every form, so "tests" is as ambiguous as "test"
        (missile-test, weapons-test) rather than the one tag with an alias in the plural.
        """
        found, how = self._unforgiving(name)
        if found:
            return found, how
        forgiven = self._forgiving(name)
        return (forgiven, SPELLING) if forgiven else ((), None)

    def _forgiving(self, name: str) -> tuple[str, ...]:
        """The canonical names whose name or alias is closest to ``name``, when within
        search's default fuzziness (the same scorer, threshold and minimum length)."""
        from ktimeline.defaults import DEFAULT_THRESHOLD
        from ktimeline.fuzziness import DEFAULT_SCORER, MIN_FUZZY_LENGTH, scorer_function

        folded = fold(name)
        if len(folded.replace(" ", "")) < MIN_FUZZY_LENGTH:
            return ()
        similarity = scorer_function(DEFAULT_SCORER)
        best, found = DEFAULT_THRESHOLD, []
        for known, canonicals in self._by_folded.items():
            score = similarity(folded, known)
            if score > best:
                best, found = score, list(canonicals)
            elif score == best:
                found.extend(c for c in canonicals if c not in found)
        return tuple(found)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The canonical names nearest to an unknown name (for "did you mean")."""
        from ktimeline.folding import close_matches

        close = close_matches(fold(name), self._by_folded, limit=limit * 3, cutoff=0.7)
        suggestions: list[str] = []
        for folded in close:
            for canonical in self._by_folded[folded]:
                if canonical not in suggestions:
                    suggestions.append(canonical)
        return suggestions[:limit]

    def read(self, name: str, *, argument: str | None = None) -> tuple[str, NameNote | None]:
        """The one canonical name ``name`` stands for, with a note when it was not read
        exactly; raises AmbiguousNameError (with the candidates) or UnknownNameError (with
        suggestions)."""
        found, how = self.find(name)
        if len(found) == 1:
            note = None if how is None else NameNote(self.label, argument, name, found[0], how)
            return found[0], note
        if found:
            raise AmbiguousNameError(self.label, name, found, argument=argument)
        raise UnknownNameError(self.label, name, tuple(self.suggest(name)), argument=argument)

    def resolve(self, name: str, *, argument: str | None = None) -> str:
        """``read`` without the note."""
        return self.read(name, argument=argument)[0]


def singular(word: str) -> str:
    """A folded word in the singular, as names are compared by their words: "tests" ->
    "test", "launches" -> "launch", "sanctions" -> "sanction" ("us", "press", "gsomia"
    stay: two letters, a double s, no s)."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def _prefixes_of(wanted: list[str], name_words: list[str]) -> bool:
    """Does each wanted word begin a different word of the name, in order?"""
    position = 0
    for word in wanted:
        while position < len(name_words) and not name_words[position].startswith(word):
            position += 1
        if position == len(name_words):
            return False
        position += 1
    return True


WORDS = "words"  # how a name was read: by its words ("Kim" -> Kim Song)
PREFIX = "prefix"  # by the beginnings of its words ("denuc" -> denuclearization)
SPELLING = "spelling"  # despite a typo, as search forgives it ("Beigun" -> Stephen Biegun)


class NameNote(Value):
    """A name read as another, not exactly: which, how, and for which argument.

    ``NameNote("actor", "actors", "Beigun", "Stephen Biegun", SPELLING)``
    """

    __slots__ = ("argument", "how", "kind", "name", "value")
    kind: str  # "actor", "tag", "place"
    argument: str | None  # the parameter it was given for ("actors", "speaker"…)
    value: str  # as given
    name: str  # the canonical name it was read as
    how: str  # WORDS, PREFIX or SPELLING

    def __init__(self, kind: str, argument: str | None, value: str, name: str, how: str) -> None:
        self._set(kind=kind, argument=argument, value=value, name=name, how=how)

    def __str__(self) -> str:
        return f"{self.kind} {self.value!r} read as {self.name}"


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
    def term_index(self) -> NameIndex:
        return NameIndex.build("term", ((t.name, t.synonyms) for t in self.terms.values()))
