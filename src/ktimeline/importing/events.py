"""Chronology text into events: entries (found by .entries), names, quotes, ids. Pure.

.entries finds the dated entries of a text and every line that is not one; this module turns
each entry into an event: its actors, places and tags from the vocabulary, its statements
(quotations a known speaker clearly says or writes), a stable id, and the source from the
article's "Preferred citation:" line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ktimeline.folding import fold
from ktimeline.importing.enrichment import Enricher, Findings
from ktimeline.importing.entries import SkippedLine, month_number, split_entries
from ktimeline.model import Actor, Event, Source, Statement

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ktimeline.vocabulary import Vocabulary

CITATION = re.compile(
    r"Preferred citation:\s*(?P<author>[^,]+),\s*[\"“](?P<title>.+?),?[\"”],?\s*"
    r"(?P<publication>[^,]+?),\s*Vol\.\s*(?P<volume>\d+),\s*No\.\s*(?P<issue>\d+)"
    r"(?:,\s*(?P<published>[A-Z][a-z]+ \d{4}))?(?:,\s*pp\.?\s*(?P<pages>[\d\s\-–]+))?"
)
PUBLISHED = re.compile(r"\bVol\.\s*\d+,\s*No\.\s*\d+,\s*(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
ITALICS = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
QUOTATION = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
# Sentences, and clauses with their own subject: "…,” although the US dismissed …",
# "…; lead negotiator James DeHart describes …".
SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"])")
CLAUSE_BREAK = re.compile(r";\s+|,[”\"’]?\s+(?:although|but|while|whereas|and)\s+")
SPEECH_VERBS = frozenset(
    """says said saying say states stated tells told warns warned warning describes described
    describe calls called decries decried praises praised writes wrote reports reported
    announces announced suggests suggested urges urged urging asks asked denies denied cautions
    cautioned notes noted confirms confirmed contends laments lamented presses criticizes
    criticized threatens threatened invites insists dismissed dismisses downplays downplayed
    declares declared claims claimed accuses accused""".split()  # noqa: SIM905
)
KIND_PRIORITY = {"person": 0, "media": 1, "organization": 2, "company": 2, "state": 3}


@dataclass
class ImportResult:
    events: list[Event] = field(default_factory=list)
    unplaced: list[SkippedLine] = field(default_factory=list)  # reported: could not be placed
    layout: list[SkippedLine] = field(default_factory=list)  # headers, captions, credits
    before_chronology: int = 0  # lines of the article before its chronology heading
    warnings: list[SkippedLine] = field(default_factory=list)  # e.g. a quote with no speaker
    lines: list[int] = field(default_factory=list)  # the line each event starts on
    findings: list[Findings] = field(default_factory=list)  # per event: what enrichment found
    new_actors: list[Actor] = field(default_factory=list)  # used, unknown to the vocabulary


def clean_text(text: str) -> str:
    """The documented reductions of PDF-converted text: links to their words, no italics
    markers, no markdown escapes; whitespace collapsed. Quotes and typos are kept."""
    text = LINK.sub(r"\1", text)
    text = ITALICS.sub(r"\1", text)
    text = text.replace("\\$", "$").replace("\\*", "*")
    return " ".join(text.split())


# --- names and quotes -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    canonical: str


@dataclass
class NamePatterns:
    """Regexes for known names, longest first, and which of them a word can start."""

    patterns: list[tuple[re.Pattern[str], str]]
    by_word: dict[str, list[int]]  # the first word of a name, folded → its patterns

    def candidates(self, text: str) -> list[tuple[re.Pattern[str], str]]:
        """The patterns whose first word is in the text, in their order: a cheap pre-test."""
        found = {i for word in _words(text) for i in self.by_word.get(word, ())}
        return [self.patterns[i] for i in sorted(found)]


@lru_cache(maxsize=4)  # the same entry is looked up for actors, places and tags
def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.lower()))


WORD = re.compile(r"[^\W_]+")


def _name_patterns(names: Iterable[tuple[str, str]]) -> NamePatterns:
    """One regex per alias: single words case-sensitively ("Craft", not "craft"), longer
    names allowing any spacing, hyphen or apostrophe ("Kim Jong-un" = "Kim Jong Un")."""
    built: list[tuple[re.Pattern[str], str, str]] = []
    for alias, canonical in names:
        words = re.split(r"[\s\-–]+", alias.strip())
        if len(words) == 1 and len(alias) <= 4 and alias.isupper():
            body = re.escape(alias)  # "US", "UN", "ROK": exact
        else:
            body = r"[\s\-–]+".join(
                re.escape(w).replace("\\’", "['’]?").replace("'", "['’]?") for w in words
            )
        flags = 0 if len(words) == 1 else re.IGNORECASE
        first = WORD.findall(alias.lower())
        pattern = re.compile(rf"(?<![\w’']){body}(?![\w])", flags)
        built.append((pattern, canonical, first[0] if first else ""))
    built.sort(key=lambda item: -len(item[0].pattern))  # longest names first
    by_word: dict[str, list[int]] = {}
    for index, (_, _, word) in enumerate(built):
        by_word.setdefault(word, []).append(index)
    return NamePatterns([(pattern, canonical) for pattern, canonical, _ in built], by_word)


def find_mentions(text: str, patterns: NamePatterns) -> list[_Mention]:
    """Non-overlapping mentions of known names, longest first, in text order."""
    taken = bytearray(len(text))  # 1 where a longer name was found already
    mentions = []
    for pattern, canonical in patterns.candidates(text):
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            mentions.append(_Mention(start, end, canonical))
    return sorted(mentions, key=lambda m: m.start)


# Words a subject may hold besides names: roles and titles ("State Department spokesperson").
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson minister leader president secretary official officials
    envoy representative ambassador adviser advisor chief deputy foreign defense defence
    state-run state-controlled state news agency media prime vice special top senior former first
    general national security lead negotiator chairman chairwoman commander director governor
    sister brother head the of for and supreme speaker senator sen. rep. gen. adm. lt. amb. dr.
    mr. ms. mrs. unification trade finance assistant under acting new incoming outgoing
    military army navy joint staff u.s. us south north korean american chinese japanese
    russian""".split()  # noqa: SIM905
)
# A quotation right after one of these words names something: "titled “The Year of Change”".
NAMING_WORDS = re.compile(
    r"(?:titled|entitled|called|dubbed|named|billed as|known as|so-called|code-?named|"
    r"nicknamed|labell?ed|themed|slogan|motto|operation|exercise)[,:]?\s*$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("a an and the of for in on at to with by de".split())  # noqa: SIM905


def _is_name(quote: str) -> bool:
    """“The Year of Change”, “Friendship Ping Pong Rematch”: a title, not words said."""
    words = re.findall(r"[\w’'-]+", quote)
    if len(words) < 2 or len(words) > 8 or re.search(r"[.!?,;]\s*$", quote.strip()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _without_asides(text: str) -> str:
    """ "Trump, in a speech at the UN, calls" → "Trump calls": asides between commas out."""
    return re.sub(r",[^,]*,", " ", text)


def _subject(text: str) -> str:
    """The words right before a speech verb that can be its subject: names and roles."""
    words = re.findall(r"\S+", _without_asides(text))
    subject: list[str] = []
    for word in reversed(words):
        bare = word.strip("()[]“”\"’'")
        if not bare:
            continue
        if bare.endswith(",") or bare.endswith(";"):
            break
        if bare[0].isupper() or bare[0].isdigit() or bare.lower() in ROLE_WORDS:
            subject.append(bare)
            continue
        base = re.sub(r"[’']s$", "", bare)
        if base and base[0].isupper():
            subject.append(bare)
            continue
        break
    while subject and subject[-1].lower() in _SMALL_WORDS:
        subject.pop()  # the subject's first word: "the" of "the US", never "of" or "and"
    if not any(word[0].isupper() for word in subject):
        return ""
    return " ".join(reversed(subject))


def _speaker(
    start: int, quote_start: int, text: str, patterns: NamePatterns,
    kinds: dict[str, str],
) -> tuple[bool, str | None]:  # fmt: skip
    """(a speech verb was found, who speaks the quotation).

    The speaker is the subject of the first speech verb before the quote, when every name in
    that subject is a known one: the most specific of them (a person before a news agency
    before a state). A subject with a name the vocabulary does not know ("State Department
    spokesperson Morgan Ortagus says …") gives None: better no speaker than a wrong one."""
    verbs = [
        start + word.start()
        for word in re.finditer(r"[A-Za-z]+", text[start:quote_start])
        if word.group().lower() in SPEECH_VERBS
    ]
    if not verbs:
        return False, None
    # The nearest verb with a subject of its own: "KCNA reports that Kim said “…”" is Kim's;
    # in "Stilwell cautions … and notes “…”" the subject of "notes" is Stilwell's.
    subject = next((s for s in (_subject(text[start:at]) for at in reversed(verbs)) if s), "")
    if not subject:  # "Biegun arrives …, urging “…”": the subject that starts the clause
        leading = re.match(r"\s*((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)\s+[a-z]", text[start:])
        subject = leading.group(1) if leading else ""
    if not subject:
        return True, None
    mentions = find_mentions(subject, patterns)
    if not mentions:
        return True, None
    covered = [False] * len(subject)
    for mention in mentions:
        covered[mention.start : mention.end] = [True] * (mention.end - mention.start)
    for word in re.finditer(r"[A-Z][\w.’'-]*", subject):
        bare = re.sub(r"[’']s$", "", word.group()).lower()
        if not covered[word.start()] and bare not in ROLE_WORDS and bare not in TITLE_WORDS:
            return True, None  # a name nobody knows is part of the subject
    best = min(
        enumerate(mentions),
        key=lambda item: (KIND_PRIORITY.get(kinds.get(item[1].canonical, ""), 9), -item[0]),
    )
    return True, best[1].canonical


TITLE_WORDS = frozenset(
    """president secretary minister foreign defense prime vice special representative chairman
    leader general ambassador envoy deputy supreme commander senator speaker spokesman adviser
    advisor national security chief first lady state the a an in at on after before during
    later meanwhile separately also house senate white""".split()  # noqa: SIM905
)


def statements_in(
    text: str, patterns: NamePatterns, kinds: dict[str, str]
) -> tuple[list[Statement], list[str]]:
    """Statements for the quotations a speaker clearly says or writes, and the quotes that
    someone says whom no known name identifies (to be warned about).

    A quote after a speech verb belongs to that verb's subject: in its clause, else in its
    sentence. Names and titles (“The Year of Change”, a drill called “…”) and descriptors
    with no speech verb (a “super-large” rocket launcher) are no statements."""
    sentence_starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text)]
    clause_starts = sorted(set(sentence_starts) | {m.end() for m in CLAUSE_BREAK.finditer(text)})
    statements, orphans = [], []
    for match in QUOTATION.finditer(text):
        quote = match.group(1) if match.group(1) is not None else match.group(2)
        if _is_name(quote) or NAMING_WORDS.search(text[: match.start()]):
            continue
        clause_start = max(s for s in clause_starts if s <= match.start())
        sentence_start = max(s for s in sentence_starts if s <= match.start())
        said, speaker = _speaker(clause_start, match.start(), text, patterns, kinds)
        if speaker is None and clause_start != sentence_start:
            said, speaker = _speaker(sentence_start, match.start(), text, patterns, kinds)
        if not said:
            continue  # a descriptor, not a statement
        if speaker is None:
            orphans.append(quote)
        else:
            statements.append(Statement(speaker, quote))
    return statements, orphans


# --- ids, tags and the whole --------------------------------------------------------------


def slug(text: str, words: int = 6) -> str:
    significant = [w for w in fold(text).split() if w not in {"a", "an", "the", "of", "to", "s"}]
    return "-".join(significant[:words]) or "event"


def citation_source(article: str, section: str = "chronology") -> Source | None:
    """The source, from the article's "Preferred citation:" line, when it has one."""
    match = CITATION.search(" ".join(clean_text(article).split()))
    if match is None:
        return None
    published = None
    when = PUBLISHED.search(clean_text(article))
    if when:
        published = f"{when['year']}-{month_number(when['month']):02d}"
    elif match["published"]:
        month, year = match["published"].split()
        published = f"{year}-{month_number(month):02d}"
    return Source(
        section=section,
        author=match["author"].strip(),
        title=match["title"].strip().rstrip(","),
        publication=match["publication"].strip(),
        volume=int(match["volume"]),
        issue=int(match["issue"]),
        published=published,
        pages=match["pages"].strip().replace("–", "-") if match["pages"] else None,
    )


def parse_chronology(
    article: str,
    vocabulary: Vocabulary,
    *,
    source: Source | None = None,
    default_year: int | None = None,
    existing_ids: Iterable[str] = (),
) -> ImportResult:
    """Events of a journal-style chronology, in the order of the text."""
    split = split_entries(article, default_year)
    result = ImportResult(
        unplaced=split.unplaced,
        layout=split.layout,
        before_chronology=split.before_chronology,
        warnings=list(split.notes),
    )
    entries = split.entries
    for entry in entries:
        if entry.note:
            result.warnings.append(SkippedLine(entry.line, "", entry.note))
    source = source if source is not None else citation_source(article)
    enricher = Enricher(vocabulary)
    used = set(existing_ids)
    for entry in entries:
        text = clean_text(entry.text)
        found = enricher.enrich(text, entry.date)
        result.findings.append(found)
        for quote in found.unattributed:
            result.warnings.append(
                SkippedLine(
                    entry.line,
                    quote,
                    "quotation whose speaker is not clear; not recorded as a statement",
                )
            )
        for name in found.unresolved:
            result.warnings.append(
                SkippedLine(entry.line, name.text, f"name not resolved ({name.reason})")
            )
        actors, statements = found.actors, found.statements
        event_id = base = f"{entry.date}-{slug(text)}"
        counter = 2
        while event_id in used:
            event_id, counter = f"{base}-{counter}", counter + 1
        used.add(event_id)
        end = entry.end_date or entry.date
        result.lines.append(entry.line)
        result.events.append(
            Event(
                id=event_id,
                date=entry.date,
                text=text,
                actors=tuple(actors),
                tags=tuple(found.tags),
                places=tuple(found.places),
                statements=tuple(statements),
                source=source,
                end_date=entry.end_date,
                start=entry.date,
                end=end,
            )
        )
    result.new_actors = enricher.actors_beyond(a for e in result.events for a in e.actors)
    return result
