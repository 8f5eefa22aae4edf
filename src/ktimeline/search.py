"""Scoring and ranking: fuzzy (default), exact and regex search over events and quotes.

Fuzzy search reads a query in two passes:

1. *Concepts*: spans of the query that name an actor, place or tag by any alias or synonym
   (from the data's own tables) — "Kim Jong-un", "Beigun", "GSOMIA", "burden sharing". An
   event matches a concept when it involves the actor, is at the place or has the tag, even
   if its text says only "Kim" or "Esper"; or when the text itself carries the name.
2. *Words*: every other query word must match a word of the event's text or quotes, exactly,
   as a prefix (4+ letters: "sanction" -> "sanctions") or within the fuzziness threshold
   (5+ letters: "Sohea" -> "Sohae"). Short words match only exactly, so "Rocket Man" does not
   match "rocket launcher" and "Kim Yong Chol" does not match every Kim.

An event must match every part of the query; its score is the mean of the parts' scores
(0-100). rapidfuzz is imported here only, and only for fuzzy search.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import UsageError
from .text import fold, fold_text, query_words, surface_words
from .values import Value

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from .loader import Chronology
    from .model import Event, Statement
    from .vocabulary import NameIndex

DEFAULT_THRESHOLD = 80.0
MAX_QUERY_LENGTH = 1000
MAX_CONCEPT_WORDS = 6  # the longest alias in the tables has five words
MIN_FUZZY_LENGTH = 5  # shorter words must match exactly (or as a prefix, from 4 letters)
MIN_PREFIX_LENGTH = 4
PREFIX_SCORE = 90.0
# Words of a text are less distinctive than names: "horse" is one letter from "house" and
# "Esper" from "super" (both 80 with the default scorer). A text word must be this much
# closer than --threshold asks of a name; 5 keeps "extremly" -> "extremely" (89) and drops
# those (measured on the judged query set: scripts/measure_search.py).
TEXT_MARGIN = 5.0
REGEX_TIME_LIMIT = 2.0  # seconds for a whole regex search before it is refused
# The word scorer, chosen by measuring the judged query set (scripts/measure_search.py);
# the others are kept selectable so that the measurement can be repeated.
DEFAULT_SCORER = "damerau"
SCORERS = ("ratio", "wratio", "qratio", "damerau", "jaro_winkler")


def scorer_function(name: str) -> Callable[[str, str], float]:
    """A rapidfuzz similarity (0-100) by name."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

    def damerau(a: str, b: str, **_: object) -> float:
        return float(DamerauLevenshtein.normalized_similarity(a, b) * 100)

    def jaro_winkler(a: str, b: str, **_: object) -> float:
        return float(JaroWinkler.normalized_similarity(a, b) * 100)

    functions: dict[str, Callable[[str, str], float]] = {
        "ratio": fuzz.ratio, "wratio": fuzz.WRatio, "qratio": fuzz.QRatio,
        "damerau": damerau, "jaro_winkler": jaro_winkler,
    }  # fmt: skip
    try:
        return functions[name]
    except KeyError:
        raise UsageError(
            f"unknown scorer {name!r}", f"choose one of {', '.join(SCORERS)}"
        ) from None


class SearchMode(str, Enum):
    FUZZY = "fuzzy"
    EXACT = "exact"
    REGEX = "regex"


Span = tuple[int, int]  # [start, end) character offsets in a text


class Hit(NamedTuple):
    """A search result: the event, its score (0-100), and where the text matched."""

    event: Event
    score: float
    marks: tuple[Span, ...] = ()  # spans of event.text to highlight


class QuoteHit(NamedTuple):
    event: Event
    statement: Statement
    score: float | None = None
    marks: tuple[Span, ...] = ()  # spans of statement.quote to highlight


class Concept(Value):
    """A span of the query naming known things (several when an alias is ambiguous)."""

    __slots__ = ("actors", "names", "phrases", "places", "score", "tags", "words")
    words: tuple[str, ...]  # the query's folded words it covers
    actors: frozenset[str]
    places: frozenset[str]
    tags: frozenset[str]
    names: frozenset[str]  # folded names of those things, to find them in text
    phrases: frozenset[str]  # folded forms of a term ("slbm", "submarine launched …")
    score: float

    def __init__(
        self,
        words: tuple[str, ...],
        actors: frozenset[str],
        places: frozenset[str],
        tags: frozenset[str],
        names: frozenset[str],
        phrases: frozenset[str],
        score: float,
    ) -> None:
        self._set(words=words, actors=actors, places=places, tags=tags, names=names,
                  phrases=phrases, score=score)  # fmt: skip

    def held_by_knowledge(self, event: Event) -> bool:
        """Does the event involve the actor, happen at the place, or have the tag?"""
        return (
            any(event.involves(actor) for actor in self.actors)
            or not self.places.isdisjoint(event.places)
            or not self.tags.isdisjoint(event.tags)
        )


# --- fuzzy ---------------------------------------------------------------------------------


class WordScorer:
    """Scores of one query word against text words, memoised (texts share most words)."""

    def __init__(self, word: str, threshold: float, scorer: str = DEFAULT_SCORER) -> None:
        self.word = word
        self.threshold = threshold
        self._memo: dict[str, float] = {}
        self._ratio: Callable[[str, str], float] | None = None
        if len(word) >= MIN_FUZZY_LENGTH:
            self._ratio = scorer_function(scorer)

    def __call__(self, token: str) -> float:
        score = self._memo.get(token)
        if score is None:
            score = self._score(token)
            self._memo[token] = score
        return score

    def _score(self, token: str) -> float:
        word = self.word
        if token == word:
            return 100.0
        if len(word) >= MIN_PREFIX_LENGTH and token.startswith(word):
            return PREFIX_SCORE
        if self._ratio is not None and len(token) >= MIN_FUZZY_LENGTH - 1:
            score = self._ratio(word, token)
            if score >= self.threshold:
                return score
        return 0.0

    def best(self, tokens: set[str]) -> tuple[float, str | None]:
        """The best-scoring token. (The memo is read inline: this loop runs once per word of
        every candidate event, and a method call per word would double its cost.)"""
        if self.word in tokens:  # tokens is a set: an exact match costs one lookup
            return 100.0, self.word
        memo = self._memo
        best_score, best_token = 0.0, None
        for token in tokens:
            score = memo.get(token)
            if score is None:
                score = memo[token] = self._score(token)
            if score > best_score:
                best_score, best_token = score, token
                if score == 100.0:
                    break
        return best_score, best_token


def _name_tables(chronology: Chronology) -> list[tuple[str, NameIndex]]:
    return [
        ("actor", chronology.actor_index),
        ("place", chronology.place_index),
        ("tag", chronology.tag_index),
        ("term", chronology.vocabulary.term_index),
    ]


def find_concepts(
    query_terms: Sequence[str],
    tables: list[tuple[str, NameIndex]],
    threshold: float,
    scorer: str = DEFAULT_SCORER,
) -> list[Concept]:
    """Greedy, longest first: spans of the query that are (close to) a known name."""
    folded_names: dict[str, dict[str, set[str]]] = {}  # folded name -> label -> canonicals
    for label, index in tables:
        for folded, canonicals in index.folded_names.items():
            folded_names.setdefault(folded, {}).setdefault(label, set()).update(canonicals)
    choices = list(folded_names)
    concepts: list[Concept] = []
    position = 0
    while position < len(query_terms):
        found = None
        for length in range(min(MAX_CONCEPT_WORDS, len(query_terms) - position), 0, -1):
            span = " ".join(query_terms[position : position + length])
            match = _closest_name(span, choices, threshold, scorer)
            if match is not None:
                found = (length, *match)
                break
        if found is None:
            position += 1
            continue
        length, name, score = found
        by_label = folded_names[name]
        things = {label: frozenset(by_label.get(label, ())) for label, _ in tables}
        all_names = {
            fold(alias)
            for label, index in tables
            for canonical in things[label]
            for alias in index.names.get(canonical, ())
        }
        term_index = dict(tables).get("term")
        phrases = {
            fold(form)
            for term in things.get("term", ())
            for form in (term_index.names.get(term, ()) if term_index is not None else ())
        }
        concepts.append(
            Concept(
                words=tuple(query_terms[position : position + length]),
                actors=things.get("actor", frozenset()),
                places=things.get("place", frozenset()),
                tags=things.get("tag", frozenset()),
                names=frozenset(all_names),
                phrases=frozenset(phrases),
                score=score,
            )
        )
        position += length
    return concepts


def _closest_name(
    span: str, choices: list[str], threshold: float, scorer: str
) -> tuple[str, float] | None:
    if span in choices:
        return span, 100.0
    if len(span.replace(" ", "")) < MIN_FUZZY_LENGTH:
        return None
    from rapidfuzz import process

    # Names must be close as a whole, and of about the same length: "Kim" is no alias.
    similarity: Any = scorer_function(scorer)
    best = process.extractOne(span, choices, scorer=similarity, score_cutoff=threshold)
    if best is None:
        return None
    return str(best[0]), float(best[1])


class FuzzyQuery:
    """A parsed fuzzy query, ready to score events or quotes."""

    def __init__(
        self,
        query: str,
        chronology: Chronology | None,
        threshold: float,
        *,
        concepts: bool,
        scorer: str = DEFAULT_SCORER,
    ) -> None:
        self.terms = query_words(query)
        if not self.terms:
            raise UsageError(f"query {query!r} has no words to search for")
        tables = _name_tables(chronology) if (concepts and chronology is not None) else []
        self.concepts = find_concepts(self.terms, tables, threshold, scorer) if tables else []
        covered = {word for concept in self.concepts for word in concept.words}
        text_threshold = min(100.0, threshold + TEXT_MARGIN)
        self.free_words = [
            WordScorer(w, text_threshold, scorer) for w in self.terms if w not in covered
        ]

    def score_text(self, text: str, event: Event | None = None) -> tuple[float, set[str]] | None:
        """Mean score over the query's parts, or None when a part does not match."""
        folded_text: str | None = None  # folded only when a part needs the words
        matched: set[str] = set()
        scores: list[float] = []
        for concept in self.concepts:
            # Held as knowledge (the event involves the actor, has the tag …), or named in the
            # text by one of its names: "Sohea" finds a text that says "Sohae".
            if event is None or not concept.held_by_knowledge(event):
                if folded_text is None:
                    folded_text = f" {fold_text(text)} "
                if not (
                    any(f" {phrase}" in folded_text for phrase in concept.phrases)
                    or any(f" {name} " in folded_text for name in concept.names)
                ):
                    return None
            scores.extend([concept.score] * len(concept.words))
            matched.update(concept.names)
        if self.free_words:
            if folded_text is None:
                folded_text = f" {fold_text(text)} "
            tokens = set(folded_text.split())
            for scorer in self.free_words:
                score, token = scorer.best(tokens)
                if token is None:
                    return None
                scores.append(score)
                matched.add(token)
        return sum(scores) / len(scores), matched


def _highlights(text: str, matched: set[str]) -> tuple[Span, ...]:
    """Where ``text`` matched: words, or whole phrases where their words stand together.

    A phrase ("kim yong chol") is marked only where it occurs, so a search for Kim Yong Chol
    does not light up every "Kim".
    """
    chunks = list(surface_words(text))
    flat = [(word, index) for index, (_, _, _, folded) in enumerate(chunks) for word in folded]
    marked: set[int] = set()
    for name in matched:
        name_words = name.split()
        if len(name_words) == 1:
            marked.update(index for word, index in flat if word == name)
            continue
        for start in range(len(flat) - len(name_words) + 1):
            window = flat[start : start + len(name_words)]
            if [word for word, _ in window] == name_words:
                marked.update(index for _, index in window)
    return tuple((chunks[i][0], chunks[i][1]) for i in sorted(marked))


def _event_text(event: Event) -> str:
    if not event.statements:
        return event.text
    return " ".join([event.text, *(s.quote for s in event.statements)])


# --- exact and regex ------------------------------------------------------------------------


def _haystack(event: Event) -> str:
    """Everything exact and regex search look at: text, quotes, names, places, tags."""
    parts = [event.text, *(s.quote for s in event.statements), *event.actors, *event.places]
    parts.extend(event.tags)
    return "\n".join(parts)


def compile_regex(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise UsageError(f"invalid regex {pattern!r}: {exc}", "Python re syntax") from None
    except (OverflowError, RecursionError, ValueError) as exc:
        raise UsageError(f"invalid regex {pattern!r}: {exc}") from None


def _regex_marks(pattern: re.Pattern[str], text: str) -> tuple[Span, ...]:
    return tuple(m.span() for m in pattern.finditer(text) if m.end() > m.start())


def _regex_too_slow(pattern: re.Pattern[str]) -> UsageError:
    return UsageError(
        f"regex {pattern.pattern!r} took longer than {REGEX_TIME_LIMIT:g} s",
        "it probably backtracks catastrophically; simplify nested repeats like (a+)+",
    )


# --- entry points ---------------------------------------------------------------------------


def check_query(query: str) -> None:
    if len(query) > MAX_QUERY_LENGTH:
        raise UsageError(
            f"query is too long ({len(query)} characters)", f"at most {MAX_QUERY_LENGTH}"
        )
    if not query.strip():
        raise UsageError("query is empty", "give a word, a name, a phrase or use --regex")


def search_events(
    chronology: Chronology,
    events: Iterable[Event],
    query: str,
    mode: SearchMode = SearchMode.FUZZY,
    threshold: float = DEFAULT_THRESHOLD,
    scorer: str = DEFAULT_SCORER,
    *,
    highlight: bool = True,
) -> list[Hit]:
    """Events matching ``query``, in the order given, each with its score and, with
    ``highlight``, the spans of its text that matched (only a terminal shows them)."""
    check_query(query)
    if mode is SearchMode.FUZZY:
        parsed = FuzzyQuery(query, chronology, threshold, concepts=True, scorer=scorer)
        hits = []
        for event in events:
            result = parsed.score_text(_event_text(event), event)
            if result is not None:
                score, matched = result
                hits.append(
                    Hit(event, score, _highlights(event.text, matched) if highlight else ())
                )
        return hits
    pattern = compile_regex(re.escape(query) if mode is SearchMode.EXACT else query)
    from .timelimit import TimeLimitExceeded, time_limit

    try:
        with time_limit(REGEX_TIME_LIMIT):
            return [
                Hit(event, 100.0, _regex_marks(pattern, event.text) if highlight else ())
                for event in events
                if pattern.search(_haystack(event))
            ]
    except TimeLimitExceeded:
        raise _regex_too_slow(pattern) from None


def search_quotes(
    pairs: Iterable[tuple[Event, Statement]],
    query: str | None,
    mode: SearchMode = SearchMode.FUZZY,
    threshold: float = DEFAULT_THRESHOLD,
    scorer: str = DEFAULT_SCORER,
) -> list[QuoteHit]:
    """Statements whose quote matches ``query`` (all of them when there is no query)."""
    if query is None:
        return [QuoteHit(event, statement) for event, statement in pairs]
    check_query(query)
    if mode is SearchMode.FUZZY:
        parsed = FuzzyQuery(query, None, threshold, concepts=False, scorer=scorer)
        found = []
        for event, statement in pairs:
            result = parsed.score_text(statement.quote)
            if result is not None:
                score, matched = result
                marks = _highlights(statement.quote, matched)
                found.append(QuoteHit(event, statement, score, marks))
        return found
    pattern = compile_regex(re.escape(query) if mode is SearchMode.EXACT else query)
    from .timelimit import TimeLimitExceeded, time_limit

    try:
        with time_limit(REGEX_TIME_LIMIT):
            return [
                QuoteHit(event, statement, 100.0, _regex_marks(pattern, statement.quote))
                for event, statement in pairs
                if pattern.search(statement.quote)
            ]
    except TimeLimitExceeded:
        raise _regex_too_slow(pattern) from None


def did_you_mean(chronology: Chronology, query: str, limit: int = 3) -> list[str]:
    """Names and words of the data nearest to a query that found nothing."""
    from difflib import get_close_matches

    vocabulary: dict[str, str] = {}  # folded -> as shown
    for _, index in _name_tables(chronology):
        for canonical, names in index.names.items():
            for name in names:
                vocabulary.setdefault(fold(name), canonical)
    for event in chronology.events:
        for _, _, surface, folded in surface_words(event.text):
            if len(folded) == 1 and len(folded[0]) >= MIN_PREFIX_LENGTH:
                vocabulary.setdefault(folded[0], surface)
    whole = fold(query)
    suggestions: list[str] = []
    for candidate in [whole, *query_words(query)]:
        for close in get_close_matches(candidate, list(vocabulary), n=limit, cutoff=0.6):
            shown = vocabulary[close]
            if shown not in suggestions and fold(shown) != whole:
                suggestions.append(shown)
    return suggestions[:limit]


def by_relevance(hits: Iterable[Hit]) -> list[Hit]:
    """Hits with the highest score first; equal scores keep their order (by date)."""
    return sorted(hits, key=lambda hit: -hit.score)
