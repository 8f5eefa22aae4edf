"""Scoring and ranking: fuzzy (default), exact and regex search over events and quotes.

Fuzzy search reads a query in two passes:

1. *Concepts*: spans of the query that name an actor, place, tag or term by any alias or
   synonym (from the data's own tables) — "Kim Jong-un", "Beigun", "GSOMIA", "burden sharing".
2. *Words*: every other query word must match a word of the event's text or quotes, exactly,
   as a prefix (4+ letters: "sanction" -> "sanctions") or within the fuzziness threshold
   (5+ letters: "Sohea" -> "Sohae"), or a term the text names ("missile" -> "ICBM", whose
   long form holds the word). Short words match only exactly, so "Rocket Man" does not
   match "rocket launcher" and "Kim Yong Chol" does not match every Kim.

Each part of the query is matched by the best evidence the event offers, in tiers that the
scores keep apart (see ``Evidence``): the query's own words in the text (literal, 100, or a
near spelling, 80-95); another name of the same thing in the text (an alias, a romanisation,
a synonym of a term, the surname of a person the event involves: 75); knowledge only (the
event involves the person, is at the place: 55); and *broad* related evidence (40): a
state's or a topic's other events, found through a tag, a state actor, or a metonym
("Pyongyang" for North Korea). An event must match every part; its score is the mean of its
parts' scores. A broad expansion must not drown the literal matches: when broad events
outnumber the others they are left out (``Hits.left_out`` says which; ``related=True`` keeps
them). rapidfuzz is imported here only, and only for fuzzy search.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from ktimeline.defaults import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD  # (re-exported)
from ktimeline.errors import UsageError
from ktimeline.folding import STOPWORDS, fold, fold_text, query_words, surface_words
from ktimeline.fuzziness import DEFAULT_SCORER, MIN_FUZZY_LENGTH, scorer_function
from ktimeline.immutable import Value

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from ktimeline.loader import Chronology
    from ktimeline.model import Event, Statement
    from ktimeline.records import EventRecord
    from ktimeline.timelimit import Budget, TimeLimitExceeded
    from ktimeline.vocabulary import NameIndex

T = TypeVar("T")
R = TypeVar("R")

MAX_QUERY_LENGTH = 1000
MAX_CONCEPT_WORDS = 6  # the longest alias in the tables has five words
MIN_PREFIX_LENGTH = 4
MIN_SURNAME_LENGTH = 3  # "Kim" in a text names Kim Jong Un when the event involves him
# Scores of the tiers of evidence (chosen on the judged tuning set, scripts/measure_search.py):
# far enough apart that a mean over a query's parts still orders literal before alias before
# related, and --sort relevance puts the events that name the query first.
LITERAL_SCORE = 100.0
PREFIX_SCORE = 95.0  # "sanction" -> "sanctions"
NEAR_FLOOR, NEAR_SPAN = 80.0, 15.0  # a near spelling scores 80-95, by its similarity
ALIAS_SCORE = 75.0
RELATED_SCORE = 55.0
BROAD_SCORE = 40.0
# Words of a text are less distinctive than names: "horse" is one letter from "house" and
# "Esper" from "super" (both 80 with the default scorer). A text word must be this much
# closer than --threshold asks of a name; 5 keeps "extremly" -> "extremely" (89) and drops
# those (measured on the judged query set: scripts/measure_search.py).
TEXT_MARGIN = 5.0
EXACT_WORDS = 101.0  # a threshold no similarity reaches
REGEX_TIME_LIMIT = 2.0  # seconds for a regex on one event before it is refused
# ... and for a whole regex search: this, and as much again per this many characters searched
# (a linear regex takes a fraction of that: a million events are never refused; a regex
# that takes 0.4 s on each of 300 events is stopped after 5 s, not 130).
REGEX_TIME_BUDGET = 5.0
REGEX_CHARACTERS_PER_BUDGET = 2_500_000


def is_form(word: str, token: str) -> bool:
    """Is ``token`` the (folded) ``word`` in another form: a prefix ("sanction" ->
    "sanctions", from 4 letters) or its singular ("tests" -> "test")?"""
    if len(word) >= MIN_PREFIX_LENGTH and token.startswith(word):
        return True
    return len(word) > MIN_PREFIX_LENGTH and word.endswith("s") and token == word[:-1]


def near_score(similarity: float) -> float:
    """A near spelling's score: between a literal match and an alias, by its similarity."""
    return NEAR_FLOOR + NEAR_SPAN * similarity / 100


class SearchMode(str, Enum):
    FUZZY = "fuzzy"
    EXACT = "exact"
    REGEX = "regex"


Span = tuple[int, int]  # [start, end) character offsets in a text
# A part's evidence: (score, why, folded words to highlight, broad)
Evidence = tuple[float, "Match", str, bool]


class Match(Value):
    """Why an event matched one part of a query.

    ``kind`` is the evidence: "word" (the query's words in the text), "near" (a near
    spelling), "alias" (another name of the same actor or place in the text), "synonym" (a
    synonym of the same term or topic in the text), or knowledge: "actor", "place", "tag"
    (the event's own fields; ``text`` is then what the text says instead, if anything).
    ``text`` is what was found (folded), ``name`` the thing it stands for.
    """

    __slots__ = ("kind", "name", "text")
    kind: str
    text: str
    name: str

    KNOWLEDGE = frozenset({"actor", "place", "tag"})

    def __init__(self, kind: str, text: str, name: str = "") -> None:
        self._set(kind=kind, text=text, name=name)

    @property
    def knowledge_only(self) -> bool:
        return self.kind in self.KNOWLEDGE

    def __str__(self) -> str:
        """ "word sohae", "alias esper → Mark Esper", "actor Kim Jong Un" """
        if not self.text:
            return self.via
        if self.name and fold(self.name) != fold(self.text):
            return f"{self.kind} {self.text} → {self.name}"
        return f"{self.kind} {self.text}"

    @property
    def via(self) -> str:
        """ "actor Kim Jong Un": the thing an event held only as knowledge matched through."""
        return f"{self.kind} {self.name or self.text}"

    @classmethod
    def from_dict(cls, record: dict[str, str]) -> Match:
        return cls(record["kind"], record["text"], record.get("name", ""))

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text, "name": self.name}


def vias(matched: Iterable[Match]) -> list[str]:
    """What an event matched through only as knowledge, once each: ["tag cyber"]."""
    return list(dict.fromkeys(match.via for match in matched if match.knowledge_only))


class Hit(NamedTuple):
    """A search result: the event, its score (0-100), where the text matched, and why."""

    event: Event
    score: float
    marks: tuple[Span, ...] = ()  # spans of event.text to highlight
    matched: tuple[Match, ...] = ()
    broad: bool = False  # matched only through a broad expansion (a state, a topic)


class Hits(list[Hit]):
    """Search results, and the broad related events left out of them (``related=False``)."""

    left_out: list[Hit]

    def __init__(self, hits: Iterable[Hit] = (), left_out: Iterable[Hit] = ()) -> None:
        super().__init__(hits)
        self.left_out = list(left_out)

    def left_out_via(self) -> list[str]:
        """What brought the left-out events in ("actor North Korea", "tag cyber"), most first."""
        counts: dict[str, int] = {}
        for hit in self.left_out:
            for via in vias(hit.matched):
                counts[via] = counts.get(via, 0) + 1
        return sorted(counts, key=lambda via: -counts[via])


class QuoteHit(NamedTuple):
    event: Event
    statement: Statement
    score: float | None = None
    marks: tuple[Span, ...] = ()  # spans of statement.quote to highlight


class KnownName(Value):
    """One known thing a query span names, and how an event's text or fields can show it."""

    __slots__ = ("acronyms", "broad", "canonical", "evidence", "label", "names", "names_broad",
                 "surnames")  # fmt: skip
    label: str  # "actor", "place", "tag" or "term"
    canonical: str
    names: tuple[str, ...]  # its folded names, to find in a text, longest first
    acronyms: dict[str, re.Pattern[str]]  # folded acronym -> its capitals, to find in a text
    names_broad: bool  # those names are a broader reading than the query (a metonym, a topic)
    broad: bool  # holding it as knowledge is a broad expansion (a state, a tag)
    surnames: tuple[str, ...]  # folded words of a person's name ("kim"), in order
    evidence: dict[str, Evidence]  # what finding a name (or "" for knowledge) means, made once

    def __init__(
        self,
        label: str,
        canonical: str,
        names: Iterable[str],
        names_broad: bool,
        broad: bool,
        surnames: Iterable[str],
        acronyms: dict[str, re.Pattern[str]],
    ) -> None:
        # Longest first; equal lengths by name, so that what ``matched`` says never depends
        # on the order of a set (which changes from one run to the next).
        names = tuple(sorted(names, key=lambda name: (-len(name), name)))
        kind = "alias" if label in ("actor", "place") else "synonym"
        evidence: dict[str, Evidence] = {
            name: (BROAD_SCORE, Match(label, name, canonical), name, True)
            if names_broad
            else (ALIAS_SCORE, Match(kind, name, canonical), name, False)
            for name in names
        }
        surnames = tuple(sorted(surnames))
        evidence.update(
            {name: (ALIAS_SCORE, Match("alias", name, canonical), name, False) for name in surnames}
        )
        evidence[""] = (BROAD_SCORE if broad else RELATED_SCORE, Match(label, "", canonical), "",
                        broad)  # fmt: skip
        self._set(label=label, canonical=canonical, names=names, names_broad=names_broad,
                  broad=broad, surnames=surnames, acronyms=acronyms,
                  evidence=evidence)  # fmt: skip

    def named(self, name: str, text: str, raw: str) -> bool:
        """Is the folded ``name`` in the folded, padded ``text``? An acronym must be written
        in capitals in the ``raw`` text: "UN" is not the "Un" of "Kim Jong Un"."""
        if name not in text:  # the common case, and the cheapest test
            return False
        pattern = self.acronyms.get(name)
        if pattern is not None:  # a word of the text (or its plural), in capitals as written
            return (f" {name} " in text or f" {name}s " in text) and pattern.search(raw) is not None
        return f" {name} " in text or (self.label == "term" and f" {name}s " in text)

    def held(self, event: Event) -> bool:
        """Does the event involve the actor, happen at the place, or have the tag?"""
        if self.label == "actor":
            return event.involves(self.canonical)
        if self.label == "place":
            return self.canonical in event.places
        return self.label == "tag" and self.canonical in event.tags


class Concept(Value):
    """A span of the query naming known names (several when an alias is ambiguous)."""

    __slots__ = ("actors", "known_names", "name", "names", "phrases", "places", "score",
                 "span", "span_acronym", "tags", "word_scorers", "words")  # fmt: skip
    words: tuple[str, ...]  # the query's folded words it covers
    span: str  # those words, joined
    name: str  # the folded name the span is (close to)
    known_names: tuple[KnownName, ...]
    actors: frozenset[str]
    places: frozenset[str]
    tags: frozenset[str]
    names: frozenset[str]  # folded names of those known names, to find them in text
    phrases: frozenset[str]  # folded forms of a term ("slbm", "submarine launched …")
    score: float
    word_scorers: tuple[WordScorer, ...]  # its words, each to be found in a text
    span_acronym: KnownName | None  # the thing the span is an acronym of ("UN"), if it is one

    def __init__(
        self,
        words: tuple[str, ...],
        name: str,
        known_names: tuple[KnownName, ...],
        score: float,
        word_scorers: tuple[WordScorer, ...] = (),
    ) -> None:
        def of(label: str) -> frozenset[str]:
            return frozenset(t.canonical for t in known_names if t.label == label)

        span = " ".join(words)
        names = frozenset(n for t in known_names if t.label != "term" for n in t.names) | {
            span,
            name,
        }
        phrases = frozenset(n for t in known_names if t.label == "term" for n in t.names)
        acronym = next((t for t in known_names if span in t.acronyms), None)
        self._set(words=words, span=span, name=name, known_names=known_names, actors=of("actor"),
                  places=of("place"), tags=of("tag"), names=names, phrases=phrases,
                  score=score, word_scorers=word_scorers, span_acronym=acronym)  # fmt: skip

    def match(self, event: Event | None, text: str, raw: str) -> Evidence | None:
        """The best evidence in the event for this concept: (score, why, folded words to
        highlight, broad), or None. ``text`` is the event's folded text, padded with spaces,
        ``raw`` the text as written."""
        if (
            self.span_acronym.named(self.span, text, raw)
            if self.span_acronym is not None
            else f" {self.span} " in text
        ):
            return LITERAL_SCORE, Match("word", self.span), self.span, False
        if self.score < 100 and f" {self.name} " in text:
            if is_form(self.span, self.name):  # "sanction" for the tag sanctions, "ICBMs"
                return PREFIX_SCORE, Match("word", self.name, self.span), self.name, False
            return near_score(self.score), Match("near", self.name, self.span), self.name, False
        best: Evidence | None = None
        for known in self.known_names:
            found = self._known_name_match(known, event, text, raw)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        if (best is not None and best[0] >= PREFIX_SCORE) or self.span_acronym is not None:
            return best
        apart = self._words_apart(text)
        if apart is not None and (best is None or apart[0] > best[0]):
            return apart
        return best

    def _words_apart(self, text: str) -> Evidence | None:
        """The span's words apart, or in another form: "missile tests" in "tests ... missiles",
        or in "tests an ICBM" (a term whose long form holds "missile")."""
        for scorer in self.word_scorers:  # each word's first letters, or a synonym, must be there
            if scorer.word[:MIN_PREFIX_LENGTH] not in text and not any(
                form in text for form, _ in scorer.phrases
            ):
                return None
        tokens = dict.fromkeys(text.split())
        found = []
        for scorer in self.word_scorers:
            word = scorer.match(tokens, text)
            if word is None:
                return None
            found.append(word)
        kinds = {why.kind for _, why, _ in found}
        kind = "word" if kinds == {"word"} else "synonym" if "synonym" in kinds else "near"
        score = sum(score for score, _, _ in found) / len(found)
        if kind != "word" or len(found) > 1:  # apart is less than together
            score = min(score, PREFIX_SCORE)
        shown = " ".join(dict.fromkeys(why.text for _, why, _ in found))
        marks = "\n".join(mark for _, _, mark in found)
        return score, Match(kind, shown, self.span), marks, False

    @staticmethod
    def _known_name_match(
        known: KnownName, event: Event | None, text: str, raw: str
    ) -> Evidence | None:
        for name in known.names:
            if known.named(name, text, raw):
                return known.evidence[name]
        if event is None or not known.held(event):
            return None
        for surname in known.surnames:
            if surname in text and f" {surname} " in text:
                return known.evidence[surname]
        return known.evidence[""]


# --- fuzzy ---------------------------------------------------------------------------------


class WordScorer:
    """Scores of one query word against text words, memoised (texts share most words)."""

    def __init__(
        self,
        word: str,
        threshold: float,
        scorer: str = DEFAULT_SCORER,
        phrases: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.word = word
        self.threshold = threshold
        # Terms whose forms hold the word, as (folded form, term): "missile" -> ("icbm", "ICBM")
        self.phrases = tuple(phrases)
        self._memo: dict[str, float] = {}
        # What ``match`` says of a text holding the word itself (made once: most texts a
        # search scores hold it).
        self.literal = (LITERAL_SCORE, Match("word", word), word)
        self._ratio: Callable[[str, str], float] | None = None
        if len(word) >= MIN_FUZZY_LENGTH and threshold <= 100:  # rapidfuzz only if needed
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
            return LITERAL_SCORE
        if is_form(word, token):
            return PREFIX_SCORE
        if self._ratio is not None and len(token) >= MIN_FUZZY_LENGTH - 1:
            score = self._ratio(word, token)
            if score >= self.threshold:
                return near_score(score)
        return 0.0

    def best(self, tokens: dict[str, None]) -> tuple[float, str | None]:
        """The best-scoring token, the first in the text of those that score the same (so
        what ``matched`` says is the same from run to run). (The memo is read inline: this
        loop runs once per word of every candidate event, and a method call per word would
        double its cost.)"""
        if self.word in tokens:  # tokens is a dict: an exact match costs one lookup
            return LITERAL_SCORE, self.word
        memo = self._memo
        best_score, best_token = 0.0, None
        for token in tokens:
            score = memo.get(token)
            if score is None:
                score = memo[token] = self._score(token)
            if score > best_score:
                best_score, best_token = score, token
                if score == LITERAL_SCORE:
                    break
        return best_score, best_token

    def match(self, tokens: dict[str, None], text: str) -> tuple[float, Match, str] | None:
        """The word in a text's words (in text order), or a term the (padded, folded) text
        names. Another form of the word ("missiles") is a "word" match, naming the query's."""
        score, token = self.best(tokens)
        if token is not None:
            if score == LITERAL_SCORE:  # (``best`` finds no other token of that score)
                return self.literal
            kind = "word" if is_form(self.word, token) else "near"
            return score, Match(kind, token, self.word), token
        for form, term in self.phrases:
            if form in text and (f" {form} " in text or f" {form}s " in text):
                return ALIAS_SCORE, Match("synonym", form, term), form
        return None


def _name_tables(chronology: Chronology) -> list[tuple[str, NameIndex]]:
    return [
        ("actor", chronology.actor_index),
        ("place", chronology.place_index),
        ("tag", chronology.tag_index),
        ("term", chronology.vocabulary.term_index),
    ]


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper()


def _known_name(
    label: str, canonical: str, index: NameIndex, matched: str, chronology: Chronology | None
) -> KnownName:
    """How ``canonical`` (named in the query by ``matched``) shows in an event."""
    all_names = index.names.get(canonical, (canonical,))
    names = frozenset(fold(name) for name in all_names) - {matched}
    acronyms = _acronyms(all_names)
    names_broad, broad, surnames = False, False, frozenset[str]()
    if label == "actor":
        actor = chronology.vocabulary.actors.get(canonical) if chronology is not None else None
        kind = actor.kind if actor is not None else ""
        broad = kind == "state"
        if broad:
            # A state named by a metonym ("Pyongyang", "White House") or a topic: its other
            # names in a text are a broader reading than the query.
            own = set(fold(canonical).split())
            proper = {fold(n) for n in all_names if set(fold(n).split()) & own or _is_acronym(n)}
            names_broad = matched not in proper
        if kind == "person":
            surnames = frozenset(w for w in fold(canonical).split() if len(w) >= MIN_SURNAME_LENGTH)
    elif label == "tag":
        broad = True
        # A topic named by one of its words ("ransomware" for cyber): the topic's other words
        # are related, not the same thing. Named itself ("cyber"), its words are aliases.
        names_broad = matched != fold(canonical)
    return KnownName(label, canonical, names, names_broad, broad, surnames, acronyms)


def _acronyms(names: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """Folded acronym -> a pattern of its capitals as written ("UN", "U.N.", plural "ICBMs")."""
    forms: dict[str, list[str]] = {}
    for name in names:
        forms.setdefault(fold(name), []).append(name)
    return {
        folded: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in written) + r")s?(?!\w)")
        for folded, written in forms.items()
        if all(_is_acronym(w) for w in written)
    }


def find_concepts(
    query_terms: Sequence[str],
    tables: list[tuple[str, NameIndex]],
    threshold: float,
    scorer: str = DEFAULT_SCORER,
    chronology: Chronology | None = None,
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
        known_names = tuple(
            _known_name(label, canonical, index, name, chronology)
            for label, index in tables
            for canonical in sorted(by_label.get(label, ()))
        )
        words = tuple(query_terms[position : position + length])
        # Its words apart match exactly or as prefixes only: a near spelling of a name was
        # the concept's own match ("hacking" must not find "backing").
        terms = dict(tables).get("term")
        scorers = tuple(WordScorer(w, EXACT_WORDS, scorer, _term_phrases(w, terms)) for w in words)
        concepts.append(Concept(words, name, known_names, score, scorers))
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


def _term_phrases(word: str, terms: NameIndex | None) -> list[tuple[str, str]]:
    """The forms of every term one of whose forms holds ``word`` ("missile" -> ICBM's)."""
    if terms is None or len(word) < MIN_PREFIX_LENGTH:
        return []
    found = []
    for term, forms in terms.names.items():
        folded = [fold(form) for form in forms]
        if any(word in form.split() for form in folded):
            found += [(form, term) for form in folded if word not in form.split()]
    return found


class EventMatch(NamedTuple):
    score: float
    matched: tuple[Match, ...]
    marks: frozenset[str]  # folded words and phrases to highlight
    broad: bool


# A quoted part of a query, in straight or typographic double quotes.
_QUOTED = re.compile(r'"([^"]*)"|\u201c([^\u201d]*)\u201d')


def quoted_phrases(query: str) -> tuple[list[str], str]:
    """The quoted phrases of a query (folded, stopwords kept: "path to peace") and the
    rest of it. A quoted phrase matches only its words together, in order; an unpaired
    quote is no phrase (it folds away with the punctuation)."""
    phrases: list[str] = []

    def take(found: re.Match[str]) -> str:
        words = fold_text(found.group(1) or found.group(2) or "")
        if words:
            phrases.append(words)
        return " "

    return phrases, _QUOTED.sub(take, query)


class FuzzyQuery:
    """A parsed fuzzy query, ready to score events or quotes: its quoted phrases, its
    concepts (known names) and its other words."""

    def __init__(
        self,
        query: str,
        chronology: Chronology | None,
        threshold: float,
        *,
        concepts: bool,
        scorer: str = DEFAULT_SCORER,
    ) -> None:
        self.phrases, rest = quoted_phrases(query)
        self.terms = query_words(rest)
        if not self.terms and not self.phrases:
            raise UsageError(f"query {query!r} has no words to search for")
        tables = _name_tables(chronology) if (concepts and chronology is not None) else []
        self.concepts = (
            find_concepts(self.terms, tables, threshold, scorer, chronology) if tables else []
        )
        covered = {word for concept in self.concepts for word in concept.words}
        text_threshold = min(100.0, threshold + TEXT_MARGIN)
        terms = dict(tables).get("term")
        self.free_words = [
            WordScorer(w, text_threshold, scorer, _term_phrases(w, terms))
            for w in self.terms
            if w not in covered
        ]

    def match(self, text: str, event: Event | None = None) -> EventMatch | None:
        """How the event (or a quote's text) matches every part, or None."""
        folded_text = f" {fold_text(text)} "
        matched: list[Match] = []
        marks: set[str] = set()
        scores: list[float] = []
        broad = False
        for phrase in self.phrases:  # quoted: its words together, in order
            if f" {phrase} " not in folded_text:
                return None
            scores.extend([LITERAL_SCORE] * len(phrase.split()))
            matched.append(Match("word", phrase))
            marks.add(phrase)
        for concept in self.concepts:
            found = concept.match(event, folded_text, text)
            if found is None:
                return None
            score, why, mark, is_broad = found
            scores.extend([score] * len(concept.words))
            matched.append(why)
            if mark:
                marks.update(mark.split("\n"))
            broad = broad or is_broad
        tokens: dict[str, None] | None = None  # the text's words, split only when needed
        word: tuple[float, Match, str] | None
        for scorer in self.free_words:
            if f" {scorer.word} " in folded_text:  # the word itself (in a tokens lookup)
                word = scorer.literal
            else:
                if tokens is None:
                    tokens = dict.fromkeys(folded_text.split())
                word = scorer.match(tokens, folded_text)
                if word is None:
                    return None
            scores.append(word[0])
            matched.append(word[1])
            marks.add(word[2])
        return EventMatch(sum(scores) / len(scores), tuple(matched), frozenset(marks), broad)

    def score_text(self, text: str, event: Event | None = None) -> tuple[float, set[str]] | None:
        """Mean score over the query's parts and the words to highlight, or None."""
        found = self.match(text, event)
        return None if found is None else (found.score, set(found.marks))


def _highlights(text: str, matched: Iterable[str]) -> tuple[Span, ...]:
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


def searchable_text(event: Event | EventRecord) -> str:
    """The text a fuzzy search reads of an event: its text and its quotations, as written.

    The one definition, for every path: the scorer folds it (``FuzzyQuery.match``), and a
    large file's full-text index holds its folded words (``index.store``), so that the
    index's candidates are the events whose words the scorer would see."""
    if not event.statements:
        return event.text
    return " ".join([event.text, *(s.quote for s in event.statements)])


# --- exact and regex ------------------------------------------------------------------------


def literal_form(text: str) -> str:
    """What exact and regex search compare: the text composed (NFC), so that "Café" typed
    with its accent as one character finds "Café" written as an "e" and a combining accent
    (as macOS, some editors and PDF extractors write it), and the other way round. The two
    forms are the same text by the Unicode standard (canonically equivalent): no reader can
    tell them apart, so no search should. Three characters compose to ASCII (the Kelvin sign
    to K, the Greek question mark to ";", the Greek varia to "`"): a large file's scan
    looks for them too (``index.store.ASCII_CANONICAL``)."""
    import unicodedata

    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _haystack(event: Event) -> str:
    """Everything exact and regex search look at: text, quotes, names, places, tags."""
    parts = [event.text, *(s.quote for s in event.statements), *event.actors, *event.places]
    parts.extend(event.tags)
    return literal_form("\n".join(parts))


def compile_regex(pattern: str) -> re.Pattern[str]:
    import warnings

    try:
        with warnings.catch_warnings():
            # "[[:alpha:]]" is a set of the characters [:alph, not a class: Python only warns
            # (on stderr, naming this file) and then matches something else. Refused instead.
            warnings.simplefilter("error", FutureWarning)
            return re.compile(pattern, re.IGNORECASE)
    except FutureWarning as warning:
        raise UsageError(
            f"invalid regex {pattern!r}: {str(warning)[:1].lower()}{str(warning)[1:]}",
            "Python re syntax has no [[:alpha:]] classes: write [a-z] or \\w; a literal [ is \\[",
        ) from None
    except re.error as exc:
        raise UsageError(f"invalid regex {pattern!r}: {exc}", "Python re syntax") from None
    except (OverflowError, RecursionError, ValueError) as exc:
        raise UsageError(f"invalid regex {pattern!r}: {exc}") from None


def query_pattern(query: str, mode: SearchMode) -> re.Pattern[str]:
    """What an exact or a regex search for ``query`` looks for, in every place that looks
    (events, quotes, a large file's index): the query composed (``literal_form``), taken
    literally (exact) or as a pattern (regex), in any case (``compile_regex``)."""
    literal = literal_form(query)
    return compile_regex(re.escape(literal) if mode is SearchMode.EXACT else literal)


def _regex_search(
    items: Iterable[T], query: str, mode: SearchMode, haystack: Callable[[T], str],
    found: Callable[[T, re.Pattern[str]], R],
) -> list[R]:  # fmt: skip
    """``found(item, pattern)`` for each item (in the order given) whose ``haystack`` an
    exact or regex search for ``query`` matches, within the regex's time (REGEX_TIME_LIMIT
    on one item, the budget of the whole search: ``_regex_budget``); a search that runs out
    of time is refused (``_regex_too_slow``)."""
    pattern = query_pattern(query, mode)
    from ktimeline.timelimit import TimeLimitExceeded, each_within

    budget, searched = _regex_budget()
    try:
        with each_within(items, REGEX_TIME_LIMIT, budget) as each:
            return [
                found(item, pattern) for item in each if pattern.search(searched(haystack(item)))
            ]
    except TimeLimitExceeded as stopped:
        raise _regex_too_slow(pattern, stopped) from None


def _regex_marks(pattern: re.Pattern[str], text: str) -> tuple[Span, ...]:
    """The spans of ``text`` the pattern matches, for the table's highlights; none for a text
    that is not composed (its matches are in the composed form, whose places differ)."""
    if literal_form(text) != text:
        return ()
    return tuple(m.span() for m in pattern.finditer(text) if m.end() > m.start())


def _regex_too_slow(pattern: re.Pattern[str], stopped: TimeLimitExceeded) -> UsageError:
    from ktimeline.timelimit import BudgetExceeded

    hint = "it probably backtracks catastrophically; simplify nested repeats like (a+)+"
    if isinstance(stopped, BudgetExceeded):
        per_million = REGEX_TIME_BUDGET * 1_000_000 / REGEX_CHARACTERS_PER_BUDGET
        return UsageError(
            f"regex {pattern.pattern!r} was stopped after {stopped.done} "
            f"{'event' if stopped.done == 1 else 'events'}: it used up the time of one search "
            f"({REGEX_TIME_BUDGET:g} s, and {per_million:g} s more per million characters "
            "searched)",
            hint,
        )
    return UsageError(
        f"regex {pattern.pattern!r} took longer than {REGEX_TIME_LIMIT:g} s on one event", hint
    )


def _regex_budget() -> tuple[Budget, Callable[[str], str]]:
    """A whole regex search's time (see REGEX_TIME_BUDGET), and what each text searched
    passes through to add to it."""
    from ktimeline.timelimit import Budget

    budget = Budget(REGEX_TIME_BUDGET)
    rate = REGEX_TIME_BUDGET / REGEX_CHARACTERS_PER_BUDGET

    def searched(text: str) -> str:
        budget.grant(len(text) * rate)
        return text

    return budget, searched


# --- entry points ---------------------------------------------------------------------------


def check_query(query: str) -> None:
    if len(query) > MAX_QUERY_LENGTH:
        raise UsageError(
            f"query is too long ({len(query)} characters)", f"at most {MAX_QUERY_LENGTH}"
        )
    if not query.strip():
        raise UsageError("query is empty", "give a word, a name, a phrase or a pattern")


def search_events(
    chronology: Chronology,
    events: Iterable[Event],
    query: str,
    mode: SearchMode = SearchMode.FUZZY,
    threshold: float = DEFAULT_THRESHOLD,
    scorer: str = DEFAULT_SCORER,
    *,
    highlight: bool = True,
    related: bool = False,
) -> Hits:
    """Events matching ``query``, in the order given, each with its score, why it matched
    and, with ``highlight``, the spans of its text that matched (only a terminal shows them).

    Events found only through a broad expansion (a state, a topic) are left out when they
    outnumber the others (``Hits.left_out``), unless ``related``."""
    check_query(query)
    if mode is SearchMode.FUZZY:
        parsed = FuzzyQuery(query, chronology, threshold, concepts=True, scorer=scorer)
        hits = []
        for event in events:
            found = parsed.match(searchable_text(event), event)
            if found is not None:
                marks = _highlights(event.text, found.marks) if highlight else ()
                hits.append(Hit(event, found.score, marks, found.matched, found.broad))
        return limit_broad(hits, related=related)
    why = (Match(mode.value, query),)  # "exact" or "regex"

    def hit(event: Event, pattern: re.Pattern[str]) -> Hit:
        return Hit(event, 100.0, _regex_marks(pattern, event.text) if highlight else (), why)

    return Hits(_regex_search(events, query, mode, _haystack, hit))


def limit_broad(hits: list[Hit], *, related: bool = False) -> Hits:
    """The rule that keeps a broad expansion from drowning the literal matches: broad
    events stay only when they do not outnumber the others (or there are no others)."""
    broad = [hit for hit in hits if hit.broad]
    narrow = len(hits) - len(broad)
    if related or not narrow or len(broad) <= narrow:
        return Hits(hits)
    return Hits((hit for hit in hits if not hit.broad), broad)


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

    def hit(pair: tuple[Event, Statement], pattern: re.Pattern[str]) -> QuoteHit:
        return QuoteHit(*pair, 100.0, _regex_marks(pattern, pair[1].quote))

    return _regex_search(pairs, query, mode, lambda pair: literal_form(pair[1].quote), hit)


def text_words(events: Iterable[Event]) -> set[str]:
    """The distinct folded words of the events' texts and quotes: what a large file's index
    keeps of them (``EventIndex.words``), so that both give the same suggestions."""
    words: set[str] = set()
    for event in events:
        words.update(fold_text(searchable_text(event)).split())
    return words


def did_you_mean(
    chronology: Chronology, query: str, limit: int = 3, words: Iterable[str] | None = None
) -> list[str]:
    """Names and words of the data nearest to a query that found nothing. ``words`` are the
    data's words when ``chronology`` holds only some of its events (those an index found);
    by default they are read from its events (``text_words``)."""
    from ktimeline.folding import close_matches

    vocabulary: dict[str, str] = {}  # folded -> as shown
    for _, index in _name_tables(chronology):
        for canonical, names in index.names.items():
            for name in names:
                vocabulary.setdefault(fold(name), canonical)
    for word in text_words(chronology.events) if words is None else words:
        if len(word) >= MIN_PREFIX_LENGTH:
            vocabulary.setdefault(word, word)
    whole = fold(query)
    suggestions: list[str] = []
    for candidate in [whole, *query_words(query)]:
        for close in close_matches(candidate, vocabulary, limit=limit):
            shown = vocabulary[close]
            if shown not in suggestions and fold(shown) != whole:
                suggestions.append(shown)
    return suggestions[:limit]


def by_relevance(hits: Iterable[Hit]) -> list[Hit]:
    """Hits with the highest score first; equal scores keep their order (by date)."""
    return sorted(hits, key=lambda hit: -hit.score)


# --- the same matcher elsewhere -------------------------------------------------------------


def matcher_knowledge(chronology: Chronology) -> dict[str, Any]:
    """Everything fuzzy search knows of ``chronology``'s events and names, as JSON, for a copy
    of ``FuzzyQuery`` that runs where Python does not: the ``-f html`` page's filter box
    (``render/html_assets/timeline.js``), which must find the events ``search`` finds.

    The page folds only the query: each event's searchable text comes folded from here
    (``fold_text(searchable_text(event))``), and what needs the text as written (an acronym
    in capitals) is decided here, per event. Names are listed as ``find_concepts`` tries
    them (its tables in order; a folded name's things by table, then by canonical name)."""
    tables = _name_tables(chronology)
    things: list[list[Any]] = []
    number: dict[tuple[str, str], int] = {}
    names: dict[str, list[int]] = {}
    for label, index in tables:
        for folded, canonicals in index.folded_names.items():
            for canonical in sorted(canonicals):
                key = (label, canonical)
                if key not in number:
                    number[key] = len(things)
                    things.append([label, canonical])
                names.setdefault(folded, []).append(number[key])
    raw_texts = [searchable_text(event) for event in chronology.events]
    texts = [f" {fold_text(raw)} " for raw in raw_texts]
    for (label, canonical), thing in number.items():
        index = dict(tables)[label]
        all_names = index.names.get(canonical, (canonical,))
        # the folded names of a state or topic that are no broader reading of it (see
        # ``_known_name``: a state's own names, a tag's own name); None: never broad
        proper: list[str] | None = None
        surnames: list[str] = []
        if label == "actor":
            actor = chronology.vocabulary.actors.get(canonical)
            kind = actor.kind if actor is not None else ""
            if kind == "state":
                own = set(fold(canonical).split())
                proper = sorted(
                    {fold(n) for n in all_names if set(fold(n).split()) & own or _is_acronym(n)}
                )
            elif kind == "person":
                surnames = sorted(
                    w for w in fold(canonical).split() if len(w) >= MIN_SURNAME_LENGTH
                )
        elif label == "tag":
            proper = [fold(canonical)]
        acronyms = {  # the events whose text writes it in capitals (see ``KnownName.named``)
            folded: [
                i for i, (text, raw) in enumerate(zip(texts, raw_texts, strict=True))
                if (f" {folded} " in text or f" {folded}s " in text) and pattern.search(raw)
            ]
            for folded, pattern in _acronyms(all_names).items()
        }  # fmt: skip
        forms = sorted({fold(n) for n in all_names} - {""}, key=lambda name: (-len(name), name))
        things[thing] += [forms, proper, surnames, acronyms]
    held = []
    for event in chronology.events:
        keys = [("actor", a) for a in event.involved] + [("place", p) for p in event.places]
        keys += [("tag", t) for t in event.tags]
        held.append(sorted({number[key] for key in keys if key in number}))
    return {
        "texts": [text[1:-1] for text in texts], "held": held, "things": things,
        "names": list(names.items()), "stopwords": sorted(STOPWORDS),
        "threshold": DEFAULT_THRESHOLD, "textMargin": TEXT_MARGIN, "fuzzyLength": MIN_FUZZY_LENGTH,
        "prefixLength": MIN_PREFIX_LENGTH, "conceptWords": MAX_CONCEPT_WORDS,
        "scores": {"literal": LITERAL_SCORE, "prefix": PREFIX_SCORE, "nearFloor": NEAR_FLOOR,
                   "nearSpan": NEAR_SPAN, "alias": ALIAS_SCORE, "related": RELATED_SCORE,
                   "broad": BROAD_SCORE},
    }  # fmt: skip
