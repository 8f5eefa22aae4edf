"""An entry's words (tokens) and the forms of names the enrichment looks for."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Set  # noqa: TC003 (_Reading's fields: compiled, read at run time)
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ktimeline.importing.enrichment.word_tables import (
    COMPASS,
    EAST_ASIAN,
    LATELY_DAYS,
    NAME_SUFFIXES,
    SEVERAL_HOLDERS,
)
from ktimeline.importing.knowledge import first_day, held_during, left_before
from ktimeline.importing.offices import names_office
from ktimeline.importing.quotations import Mention, quotation_halves
from ktimeline.model import Statement  # noqa: TC001 (Findings' fields, read at run time as _Reading's)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


class _CuedAt(dict[str, tuple[int, ...]]):
    """The topics cued at a word start (its first letters → ``Enricher._topics_cued``),
    computed on first lookup: ``cued[window]`` is one lookup in C when the start is known."""

    def __init__(self, topics_cued: Callable[[str], tuple[int, ...]]) -> None:
        super().__init__()
        self._topics_cued = topics_cued

    def __missing__(self, window: str) -> tuple[int, ...]:
        found = self[window] = self._topics_cued(window)
        return found


class Token(NamedTuple):  # (a named tuple: ten times as many are made as entries)
    start: int
    end: int
    key: str  # folded: lower case, ’ as ', no dots, no possessive 's
    capital: bool  # starts with a capital letter
    upper: bool  # written in capitals ("US", "U.S.", "ROK")
    joined: bool  # after a hyphen inside a word ("Jong-un": "un")
    possessive: bool


KEY_TABLE = str.maketrans({"’": "'", ".": None})


def tokens(text: str) -> list[Token]:
    """The words of ``text`` as Tokens. What a token is apart from its place (key, capital,
    capitals, possessive) is read once per distinct word (``_word_facts``): an import reads
    the same few thousand words again and again, and this runs once per entry."""
    facts = _WORD_FACTS
    if len(facts) > WORD_FACTS_KEPT:
        facts.clear()
    hyphens = "-" in text or "–" in text
    found: list[Token] = []
    append = found.append
    new = tuple.__new__  # (a Token without the named tuple's constructor: one call less)
    # (the text split at its words: the text before each word, then the word, so each
    # word's place is the sum of the lengths before it, no match objects, no search;
    # TOKEN's matches, found as ``findall`` finds them: ``split`` scans the same way)
    pieces = TOKEN_SPLIT.split(text)
    end = 0
    for at in range(1, len(pieces), 2):
        word = pieces[at]
        known = facts.get(word)
        if known is None:
            key, capital, upper, possessive = _word_facts(word)
            known = facts[word] = (key, capital, upper, False, possessive)
        start = end + len(pieces[at - 1])
        end = start + len(word)
        if hyphens:  # (most entries have no hyphen: no word is joined)
            joined = start > 1 and text[start - 1] in "-–" and text[start - 2].isalnum()
            append(new(Token, (start, end, known[0], known[1], known[2], joined, known[4])))
        else:
            append(new(Token, (start, end) + known))  # noqa: RUF005 (no list built first)
    return found


# TOKEN as the one group (split keeps the words), its three alternatives written after
# their common first character, [^\W_] (each alternative's first character is one of it,
# the lookbehinds test it again): a pattern that opens with a character class lets ``re``
# skip the characters outside it (spaces, punctuation) without trying the alternatives at
# each one. The same matches: tests/test_import_speed14.py.
TOKEN_SPLIT = re.compile(
    r"([^\W_](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=[A-Z])\.[A-Z](?![\w.])|[^\W_]*(?:['’][^\W_]+)*))"
)


def _word_facts(word: str) -> tuple[str, bool, bool, bool]:
    """(key, capital, upper, possessive) of a word, as ``Token`` defines them."""
    possessive = word.endswith(("'s", "’s")) and len(word) > 2
    bare = word[:-2] if possessive else word
    upper = bare.isupper() or TITLE_CASED_INITIALS.fullmatch(bare) is not None  # "U.s."
    return bare.translate(KEY_TABLE).lower(), word[0].isupper(), upper, possessive


# Initials a headline's title case lowered ("N. Korea, U.s. Reach Tentative Agreement").
TITLE_CASED_INITIALS = re.compile(r"[A-Z]\.(?:[a-z]\.)+")


_WORD_FACTS: dict[str, tuple[str, bool, bool, bool, bool]] = {}  # (joined: False)
WORD_FACTS_KEPT = 50_000  # distinct words (or word starts) remembered, then forgotten at once


@dataclass(frozen=True)
class Form:
    """A name form as the tokens it must match."""

    keys: tuple[str, ...]
    capital: tuple[bool, ...]  # which tokens must start with a capital
    upper: tuple[bool, ...]  # which must be in capitals
    target: tuple[str, ...]  # ("actor", name) ("place", name) ("capital", state, place)…

    def matches(self, words: list[Token], at: int) -> bool:
        if at + len(self.keys) > len(words):
            return False
        if words[at].joined and not _acronym_pair(words, at):
            return False  # ("Moo-hyun" holds no surname "Hyun")
        for offset, key in enumerate(self.keys):
            word = words[at + offset]
            if word.key != key:
                return False
            if self.upper[offset] and not word.upper:
                return False
            if self.capital[offset] and not (word.capital or word.joined):
                return False
            if offset and word.start - words[at + offset - 1].end > 3:
                return False  # "Kim. Jong": the words of a name are close together
            if word.possessive and offset < len(self.keys) - 1 and key in SIDES_OWNING:
                return False  # "the North's Korean National Peace Committee": the North's
                # (the state's possessive) and a body's name, not "North Korean"
        return True


# The Koreas' short forms, whose possessive ends a name ("the North's Korean …"): never the
# first word of a longer one (Form.matches)
SIDES_OWNING = frozenset({"north", "south"})
# "Korea" after a prefix and a side joined by a hyphen ("pro-North Korea", "anti-South Korea"):
# the side's state, not "Korea" alone (South Korea).
PREFIXED_KOREA = re.compile(r"\b(?:pro|anti|non)-(North|South)\s+$", re.IGNORECASE)
KOREAS_BY_SIDE = {"north": "North Korea", "south": "South Korea"}
# A ministry named without its state, and which one it is.
# A ministry's words after a state's name or possessive, in any case ("Korea’s Foreign Affairs
# ministry"), and before "of" a state ("the Foreign Affairs ministry of Japan").
_MINISTRY_WORDS = (
    r"(foreign\s+affairs\s+ministry|foreign\s+ministry|defen[cs]e\s+ministry|ministry\s+of"
    r"\s+foreign\s+affairs|ministry\s+of\s+(?:national\s+)?defen[cs]e)"
)
MINISTRY_AFTER = re.compile(r"(?:['’]s)?\s+" + _MINISTRY_WORDS + r"\b", re.IGNORECASE)
MINISTRY_BEFORE = re.compile(_MINISTRY_WORDS + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# After a state's agency: it quotes a ministry or its spokesman ("… quoted a Foreign Ministry
# spokesman as saying", "… today quoted a spokesman for the Foreign Ministry").
AGENCY_QUOTED_MINISTRY = (
    r"\s+(?:[a-z]+\s+){0,2}quoted\s+(?:an?|the|its)\s+(?:(?:unnamed|unidentified)\s+)?"
    r"(?:(?:spokes(?:man|woman|person)|official)\s+(?:for|of|at)\s+the\s+)?"
    r"(?:[A-Z][a-z]+\s+){1,2}Ministry\b"
)


def _ministry_before(text: str, end: int) -> re.Match[str] | None:
    """MINISTRY_BEFORE ending at ``end``, looked for in the 200 characters before it (over the
    whole text for every name, a long entry's reading was quadratic). Its words take at most
    about 50 of them; a longer match has a run of spaces, so the whole text is read only when
    the window is mostly spaces: the same answer as the whole text's."""
    window = max(0, end - 200)
    if window and len("".join(text[window:end].split())) <= 60:
        window = 0
    return MINISTRY_BEFORE.search(text, window, end)


def _ministry_words(found: str) -> str:
    """The key of MINISTRIES for a ministry's words as written ("Foreign Affairs ministry")."""
    key = " ".join(found.lower().split())
    return "foreign ministry" if key == "foreign affairs ministry" else key


# "the defense ministry", "the foreign ministry" in lower case (the key of MINISTRIES).
LOWER_MINISTRY = re.compile(r"\b[Tt]he ((?:defen[cs]e|foreign) ministry)\b")
MINISTRIES = {
    "foreign ministry": "foreign",
    "ministry of foreign affairs": "foreign",
    "defense ministry": "defense",
    "defence ministry": "defense",
    "ministry of defense": "defense",
    "ministry of defence": "defense",
    "ministry of national defense": "defense",
}


def _subsumes(loose: Form, strict: Form) -> bool:
    """Whether every text ``strict`` matches, ``loose`` matches too, to the same target."""
    return (
        loose.keys == strict.keys
        and loose.target == strict.target
        and all(a <= b for a, b in zip(loose.capital, strict.capital, strict=True))
        and all(a <= b for a, b in zip(loose.upper, strict.upper, strict=True))
    )


def _acronym_pair(words: list[Token], at: int) -> bool:
    """A word after a hyphen that may start a name: an acronym after a name, or a name after
    an acronym, as in pairs of states ("South Korea-U.S. drills", "US-South Korea talks");
    never the part of a hyphenated given name ("Moo-hyun", "Jong-Un"), nor the acronym after
    a prefix ("anti-US protests": not the United States acting)."""
    return (words[at].upper and words[at - 1].capital) or words[at - 1].upper


def make_form(alias: str, target: tuple[str, ...], *, any_case: bool = False) -> Form | None:
    words = tokens(alias)
    if not words:
        return None
    upper = tuple(not any_case and w.upper and 2 <= len(w.key) <= 5 and not w.joined for w in words)
    capital = tuple(not any_case and w.capital and not w.joined for w in words)
    return Form(tuple(w.key for w in words), capital, upper, target)


_SHORT_GIVEN_NAMES = {  # an English given name and its familiar forms, both ways
    "robert": "bob bobby rob",
    "william": "bill billy will",
    "james": "jim jimmy",
    "michael": "mike",
    "thomas": "tom",
    "richard": "dick rick",
    "joseph": "joe",
    "daniel": "dan",
    "david": "dave",
    "stephen": "steve",
    "steven": "steve",
    "charles": "chuck charlie",
    "edward": "ted ed",
    "theodore": "ted",
    "anthony": "tony",
    "antony": "tony",
    "ronald": "ron",
    "donald": "don",
    "john": "jack",
    "nicholas": "nick",
    "christopher": "chris",
    "matthew": "matt",
    "patrick": "pat",
    "samuel": "sam",
    "benjamin": "ben",
    "andrew": "andy",
    "lawrence": "larry",
    "gerald": "jerry",
    "frederick": "fred",
    "kenneth": "ken",
    "douglas": "doug",
    "timothy": "tim",
    "jeffrey": "jeff",
    "geoffrey": "geoff",
    "gregory": "greg",
    "alexander": "alex",
    "peter": "pete",
}
GIVEN_NAME_FORMS: dict[str, tuple[str, ...]] = {}
for _formal, _short in _SHORT_GIVEN_NAMES.items():
    for _familiar in _short.split():
        GIVEN_NAME_FORMS[_familiar] = (*GIVEN_NAME_FORMS.get(_familiar, ()), _formal)
        GIVEN_NAME_FORMS[_formal] = (*GIVEN_NAME_FORMS.get(_formal, ()), _familiar)


# Before a divided country's name, words that make it the whole nation, neither of its states
# ("a free and united Korea", "the reunification of Korea", "to reunify Korea").
WHOLE_BEFORE = frozenset(
    """united unified reunified undivided whole entire unify reunify unite reunite""".split()  # noqa: SIM905
)
WHOLE_OF = frozenset({"unification", "reunification", "division", "partition", "whole"})


# A people's word that takes an -s for its plural ("Filipino", "Canadian", "Thai", "Briton",
# "Pakistani"); not "Japanese", "British", "French", "Swiss" (the same word for the many).
DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+(?:an|ino|i|on)")


def _state_forms_as_written(
    alias: str, words: list[Token], spelt: Mapping[str, str], places: Mapping[str, str]
) -> list[Form]:
    """A state's name forms as texts also write them: its people's word in the plural ("10
    Canadians", "six Thais", "two Pakistanis": the state, as "Americans" is), unless the plural
    is another name or the word a place's ("Tehran"); and its compass word in lower case ("the
    south Korean puppet forces", "north Vietnamese troops": KCNA's and older styles)."""
    target = ("actor", spelt[alias.lower()]) if alias.lower() in spelt else None
    if target is None:
        return []
    found = []
    plural = f"{alias}s"
    if (
        len(words) == 1
        and DEMONYM_PLURAL.fullmatch(alias)
        and plural.lower() not in spelt
        and alias.lower() not in places
    ):
        found.append(Form((plural.lower(),), (True,), (False,), target))
    if len(words) >= 2 and words[0].key in COMPASS and words[0].capital and words[1].capital:
        form = make_form(alias, target)
        if form is not None:
            found.append(Form(form.keys, (False, *form.capital[1:]), form.upper, target))
    return found


def _whole_country(words: list[Token], first: int) -> bool:
    """Whether the name at ``first`` means the whole divided nation: after a word of unity
    ("united Korea", "reunify Korea") or "the unification/division of" ("the reunification
    of Korea"), "the" allowed between."""
    at = first - 1
    if at >= 0 and words[at].key == "the":
        at -= 1
    if at < 0:
        return False
    if words[at].key in WHOLE_BEFORE:
        return True
    return words[at].key == "of" and at >= 1 and words[at - 1].key in WHOLE_OF


# After a body's name, the nouns of its building ("the National Assembly building", "the
# Assembly's main gate"), with an adjective of place between.
BUILDING_NOUNS = frozenset(
    """building buildings gate gates compound grounds premises lawn steps entrance""".split()  # noqa: SIM905
)
# After a residence's name, an occasion held in it: "at a White House briefing".
HELD_AT_A_BUILDING = frozenset(
    """briefing ceremony reception dinner luncheon banquet meeting summit""".split()  # noqa: SIM905
)
BUILDING_ADJECTIVES = frozenset({"main", "front", "rear", "back", "side", "outer", "east", "west"})


def _building_after(words: list[Token], last: int) -> bool:
    """Whether a lower-case noun of a building follows the name ending at ``last``."""
    at = last + 1
    if at + 1 < len(words) and words[at].key in BUILDING_ADJECTIVES and not words[at].capital:
        at += 1
    return (
        at < len(words)
        and words[at].key in BUILDING_NOUNS
        and not words[at].capital
        and words[at].start - words[at - 1].end <= 1
    )


def surname_of(actor_name: str, affiliation: str | None) -> str | None:
    """The surname a text may use alone: the first word of a Korean or Chinese name ("Kim"
    of "Kim Dae-jung", "Wang" of "Wang Yi"), else the last ("Bush", "Aso", "O'Brien")."""
    words = actor_name.replace("(", " ").replace(",", " ").split()
    while len(words) > 2 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
        words.pop()  # "Alexander M. Haig, Jr.", "James A. Baker III": Haig, Baker
    if len(words) < 2:
        return None
    eastern = "-" in actor_name or (affiliation in EAST_ASIAN and len(words) <= 3)
    chosen = words[0] if eastern else words[-1]
    key = chosen.replace("’", "'").replace(".", "").lower()
    return key if key.isalpha() or "'" in key else None


@dataclass(frozen=True)
class Person:
    name: str
    affiliation: str | None
    roles: tuple[tuple[str, str, str, str | None], ...]  # (title, of, from, to)

    def bears_office(self, written: str) -> bool:
        """Whether the knowledge base dates an office of his that ``written`` names."""
        return any(names_office(written, title) for title, *_ in self.roles)

    def holds_office(self, written: str, day: str, state: str | None) -> bool:
        return any(
            names_office(written, title) and (state is None or of == state)
            and held_during(day, start, end)
            for title, of, start, end in self.roles
        )  # fmt: skip

    def holds(self, titles: Iterable[str], day: str, state: str | None) -> bool:
        wanted = set(titles)
        return any(
            title in wanted and (state is None or of == state) and held_during(day, start, end)
            for title, of, start, end in self.roles
        )

    def held_until_succeeded(self, titles: Iterable[str], day: str, state: str | None,
                             successors: Iterable[Person]) -> bool:  # fmt: skip
        """Whether he held one of ``titles`` on ``day`` only through an end his source gives
        as a year alone (held through it: knowledge.held_during) while one of ``successors``
        took that office on a day dated in that year, on or before ``day``: George Shultz,
        Secretary of State to "1989", and James Baker from 1989-01-25 (on 1989-06-01 Baker
        alone; on "1989" or 1989-01 both). Never for an office several hold at once."""
        begins, named = first_day(day), set(titles)
        holding = [
            (title, of, end)
            for title, of, start, end in self.roles
            if title in named and (state is None or of == state)
            and held_during(day, start, end)
        ]  # fmt: skip
        return bool(holding) and all(
            title not in SEVERAL_HOLDERS and end is not None and len(end) == 4
            and any(
                (then, at) == (title, of) and len(start) == 10 and start[:4] == end
                and start <= begins
                for successor in successors if successor is not self
                for then, at, start, _ in successor.roles
            )
            for title, of, end in holding
        )  # fmt: skip

    def held_before(self, titles: Iterable[str], day: str, state: str | None) -> bool:
        """Whether he held one of ``titles`` and left it before ``day`` ("former President
        Carter" in 1994)."""
        wanted = set(titles)
        return any(
            title in wanted and (state is None or of == state) and left_before(day, end)
            for title, of, _, end in self.roles
        )

    def active(self, day: str, offices: frozenset[str] | None = None) -> bool:
        """Whether he held an office on ``day`` (one of ``offices``, when given)."""
        return any(
            held_during(day, start, end)
            for title, _, start, end in self.roles
            if offices is None or title in offices
        )

    def left_lately(self, day: str) -> bool:
        """Whether his last office ended in the LATELY_DAYS before ``day`` (a full date) and
        he held none that day: the news of a death or a fall comes days after it."""
        if len(day) != 10 or not self.roles or self.active(day):
            return False
        ends = [end for *_, end in self.roles]
        if None in ends:
            return False
        last = max(e for e in ends if e is not None)
        if len(last) != 10:
            return False
        since = (datetime.date.fromisoformat(day) - datetime.date.fromisoformat(last)).days
        return 0 < since <= LATELY_DAYS


@dataclass
class Unresolved:
    """A name the importer saw but could not tie to one actor (reported by --check)."""

    text: str
    reason: str


@dataclass
class Findings:
    """What enrichment found in one entry."""

    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    new_actors: list[str] = field(default_factory=list)  # of actors: the ones new here
    unresolved: list[Unresolved] = field(default_factory=list)
    unattributed: list[str] = field(default_factory=list)  # quotations, speaker not clear


@dataclass
class _Reading:
    """One entry as ``Enricher.enrich`` reads it: its words and the name forms they match,
    and what the rules have found so far (shared by the parts of ``enrich``)."""

    text: str
    date: str
    words: list[Token]
    matched: list[tuple[int, int, tuple[str, ...]]]  # (first word, last word, target)
    matched_at: set[int]  # the words of every match
    full_names: set[str]  # persons named in full in the entry
    kinds: Mapping[str, str]  # actor → kind (the enricher's, which new actors join)
    international: Set[str]  # bodies of no state (the enricher's)
    findings: Findings = field(default_factory=Findings)
    actors: list[tuple[int, str]] = field(default_factory=list)  # (start, actor)
    places: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # speakers a quotation may have
    unknown_spans: list[tuple[int, int]] = field(default_factory=list)  # names nobody knows
    covered: set[int] = field(default_factory=set)  # words a name takes
    # surnames alone left until the new names are read ("… Han Min Ku. Lee told Han"):
    # (surname, start, end)
    deferred: list[tuple[str, int, int]] = field(default_factory=list)
    # surnames the entry wrote after a given name nobody knows ("Hans Merkel, a coach, …"),
    # and the same surname alone after it, kept until the new names are read: (index, start)
    given_named: set[str] = field(default_factory=set)
    after_given: list[int] = field(default_factory=list)
    # words opening a longer unknown name, and where (computed when first needed)
    longer_names: dict[str, list[int]] | None = None
    # whether a surname was read as the first word of a Korean name nobody knows ("Kim Myong
    # Gil … Kim said": the surname alone may be that new person)
    korean_names: bool = False
    first_at: dict[str, int] = field(default_factory=dict)  # actor → where first found
    # words a name read past its match has taken ("U.S. Forces in Korea": "Korea" is no name
    # of its own): the matches starting there are skipped
    absorbed: set[int] = field(default_factory=set)
    # whether the text names a ministry anywhere ("Ministry", "ministry"), holds " for " and
    # "War", read once: asked for each name, the search over a long entry made it quadratic
    names_a_ministry: bool = False
    says_for: bool = False
    says_war: bool = False

    # whether the entry is written in German (_nouns_capitalised), read when first asked:
    # asked for each place nobody knows, reading every word made a long entry quadratic
    german: bool | None = None

    def __post_init__(self) -> None:
        self.names_a_ministry = "inistr" in self.text
        self.says_for = " for " in self.text
        self.says_war = "War" in self.text

    def writes_german(self) -> bool:
        if self.german is None:
            self.german = _nouns_capitalised(self.words)
        return self.german

    def add(self, actor: str, start: int, end: int) -> None:
        self.actors.append((start, actor))
        self.first_at.setdefault(actor, start)
        kind = self.kinds.get(actor, "person")
        self.mentions.append(  # (a Mention without the named tuple's constructor, as tokens)
            tuple.__new__(Mention, (start, end, actor, kind, actor in self.international))
        )


# "Tokyo time", "Pyongyang standard time": a clock's zone after a state's or capital's name
# (never "Seoul time and again rejected …", "Washington time after time warned …": the state
# acting, again and again)
CLOCK_AFTER = re.compile(r"\s+(?:standard\s+)?time\b(?!\s+(?:and\s+again|after\s+time)\b)")
# The same before the name in French and Spanish: "à 2h30, heure de Paris", "hora de Madrid".
CLOCK_BEFORE = re.compile(r"\b(?:heure|hora)\s+(?:de|du)\s+$", re.IGNORECASE)


def _clocks_dropped(entry: _Reading) -> None:
    """Leaves out the states named only for their clock ("The plane went down early Thursday
    morning, Tokyo time", "à 2h30, heure de Paris"): a time zone, not the state acting; a state
    named otherwise in the entry stays."""
    clocks = {
        (m.start, m.actor)
        for m in entry.mentions
        if m.kind == "state"
        and (
            CLOCK_AFTER.match(entry.text, m.end)
            or CLOCK_BEFORE.search(entry.text, max(0, m.start - 12), m.start)
        )
    }
    if clocks:
        entry.actors = [(at, a) for at, a in entry.actors if (at, a) not in clocks]
        entry.mentions = [m for m in entry.mentions if (m.start, m.actor) not in clocks]


# "a State Department spokesman": the body's spokesman, named right after it.
# (an official too: "a State Department official criticized …", not "its official news agency")
SPOKESMAN_AFTER = re.compile(
    r"['’]?s?\s+(?:spokes(?:man|woman|person)|official(?!\s+(?:news|media|newspaper|agency|"
    r"statement|daily|[A-Z])))\b"
)
# "a spokesman for the foreign ministry": the body's spokesman, named right before it.
SPOKESMAN_FOR_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$")
# "…,” the spokesman said": no name, the spokesman the entries named.
THE_SPOKESMAN_SAID = re.compile(
    r"[”\"’]?\s*,?\s*the\s+(?:spokes(?:man|woman|person)|official)\s+"
    r"(?:said|says|added|adds|told)\b"
)
PREPOSITION_END = re.compile(r"\b(?:from|against|to|with|on|in|at|by|of|toward|towards)\s+$")
# "The spokesman added: “…”", "The spokesman also said that the talks were “…”": the same,
# the attribution before the words (no name between).
THE_SPOKESMAN_BEFORE = re.compile(
    r"(?:^|[.!?][”\"’]?\s+)The\s+(?:spokes(?:man|woman|person)|official)\s+(?:also\s+)?"
    r"(?:said|says|added|adds|told\s+\w+)(?:\s+that\s+[^A-Z“”\"]{0,80})?\s*[:,]?\s*[“\"‘'«`]*$"
)

# How many entries quoting no one a document stays the one "“…,” the statement said" means.
DOCUMENT_KEPT_FOR = 2
# "KCNA said in an English-language report": the document a speaker's words came in, whose
# words "“…,” the report said" are in the next entry.
SAID_IN_DOCUMENT = re.compile(
    r"\b(?:said|says|stated|wrote|reported)\s+in\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(report|statement|commentary|editorial|article|letter|message)\b"
)
# "Human Rights Watch issued its annual report.", "In 2014 a UN report documented abuses.":
# another document named in an entry between, which "“…,” the report said" may mean next
ANOTHER_DOCUMENT = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w.-]+\s+){0,3}?"
    r"(report|statement|commentary|editorial|article|letter|message|declaration|communique)s?\b"
)
# "“…,” they said in a joint statement": the words of those who signed it together.
JOINT_SIGNED = re.compile(
    r"[”\"’]?\s*,?\s*they\s+(?:said|say|stated|state|declared|declare|wrote|write|added)\s+"
    r"in\s+(?:a|their)\s+joint\s+(?P<noun>statement|declaration|communique|letter)\b"
)
THE_DOCUMENT_SAID = re.compile(
    r"[”\"’]?\s*,?\s*the\s+(report|statement|commentary|editorial|article|letter|message|"
    r"declaration|communique)\s+"
    r"(?:said|says|added|adds|stated|states|read|reads|continued)\b"
)


def _halves_joined(
    text: str, said: list[tuple[str, str]], unclear: list[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """A quoted sentence split by its attribution is one statement ("“I couldn’t find
    anyone,” he later lamented, “who had heard of it.”"): its second half joins the first
    half's statement, and is neither a statement of its own nor left unattributed."""
    halves = quotation_halves(text) if len(said) + len(unclear) > 1 else {}
    if not halves:
        return said, unclear
    pairs = {  # (speaker, first half) → second half, where both are the speaker's or the
        (speaker, first): second  # second is nobody's yet
        for second, first in halves.items()
        for speaker, quote in said
        if quote == first and ((speaker, second) in said or second in unclear)
    }
    seconds = {(speaker, second) for (speaker, _), second in pairs.items()}
    joined = [
        (speaker, f"{quote} {pairs[speaker, quote]}" if (speaker, quote) in pairs else quote)
        for speaker, quote in said
        if (speaker, quote) not in seconds
    ]
    kept = [q for q in unclear if q not in {second for _, second in seconds}]
    return joined, kept


# Words of German that English does not write in lower case: in a sentence of a language that
# writes every noun with a capital, a capital after "in" is a noun ("tritt in Kraft", "in Ruhe
# lassen"), no sign of a place (a known place there is still matched by its name).
NOUN_CAPITALISING_WORDS = frozenset(
    """der das und ist nicht eine einer eines dem des wird wurde wurden zum zur auf mit
    für über sich tritt vom beim nach sind""".split()  # noqa: SIM905
)


def _nouns_capitalised(words: list[Token]) -> bool:
    """Whether the entry is written in German (two of its function words in lower case)."""
    seen = {w.key for w in words if not w.capital and w.key in NOUN_CAPITALISING_WORDS}
    return len(seen) >= 2
