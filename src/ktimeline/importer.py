"""Reading journal-style chronologies ("Sept. 1, 2019: text") into events. Pure: no I/O.

The layout is that of Comparative Connections and similar journals:

* an optional article before the chronology, which starts at a heading line
  "CHRONOLOGY OF …" (everything before it is skipped);
* section headings that give the year ("SEPTEMBER – DECEMBER 2019"), so entries may omit it;
* entries "Month D, YYYY: text" with full or abbreviated month names, with or without a
  period ("Sept.", "Sep", "September"), and day spans ("Dec. 28-31, 2019",
  "Nov. 30–Dec. 2, 2019");
* entries that wrap over several lines, or over a page break;
* page headers and footers, page numbers, figure captions and photo credits between entries.

Every line is either part of an entry, recognised as layout, or reported with its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .entries import SkippedLine, month_number, split_entries
from .model import Event, Source, Statement
from .text import fold

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .vocabulary import Vocabulary

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


def _name_patterns(names: Iterable[tuple[str, str]]) -> list[tuple[re.Pattern[str], str]]:
    """One regex per alias: single words case-sensitively ("Craft", not "craft"), longer
    names allowing any spacing, hyphen or apostrophe ("Kim Jong-un" = "Kim Jong Un")."""
    patterns = []
    for alias, canonical in names:
        words = re.split(r"[\s\-–]+", alias.strip())
        if len(words) == 1 and len(alias) <= 4 and alias.isupper():
            body = re.escape(alias)  # "US", "UN", "ROK": exact
        else:
            body = r"[\s\-–]+".join(
                re.escape(w).replace("\\’", "['’]?").replace("'", "['’]?") for w in words
            )
        flags = 0 if len(words) == 1 else re.IGNORECASE
        patterns.append((re.compile(rf"(?<![\w’']){body}(?![\w])", flags), canonical))
    patterns.sort(key=lambda item: -len(item[0].pattern))  # longest names first
    return patterns


def find_mentions(text: str, patterns: list[tuple[re.Pattern[str], str]]) -> list[_Mention]:
    """Non-overlapping mentions of known names, longest first, in text order."""
    taken: list[tuple[int, int]] = []
    mentions = []
    for pattern, canonical in patterns:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            taken.append(span)
            mentions.append(_Mention(span[0], span[1], canonical))
    return sorted(mentions, key=lambda m: m.start)


def _speaker(
    clause_start: int, quote_start: int, text: str, mentions: list[_Mention], kinds: dict[str, str]
) -> str | None:
    """Who speaks a quotation: the most specific actor named before the clause's first
    speech verb (a person before a news agency before a state). With no speech verb, the
    actor named before the quote ("North Korea tests a “super-large” …"). None when the
    subject is not a known name ("Kim calls for …"): better no speaker than a wrong one."""
    verb_at = None
    for word in re.finditer(r"[A-Za-z]+", text[clause_start:quote_start]):
        if word.group().lower() in SPEECH_VERBS:
            verb_at = clause_start + word.start()
            break
    limit = quote_start if verb_at is None else verb_at
    candidates = [m for m in mentions if clause_start <= m.start < limit]
    if not candidates:
        return None
    best = min(
        enumerate(candidates),
        key=lambda item: (KIND_PRIORITY.get(kinds.get(item[1].canonical, ""), 9), -item[0]),
    )
    return best[1].canonical


def statements_in(
    text: str, mentions: list[_Mention], kinds: dict[str, str]
) -> tuple[list[Statement], list[str]]:
    """Statements for every quotation, and the quotes no speaker could be found for.

    A quote belongs to its clause's subject, else to its sentence's subject."""
    sentence_starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text)]
    clause_starts = sorted(set(sentence_starts) | {m.end() for m in CLAUSE_BREAK.finditer(text)})
    statements, orphans = [], []
    for match in QUOTATION.finditer(text):
        quote = match.group(1) if match.group(1) is not None else match.group(2)
        clause_start = max(s for s in clause_starts if s <= match.start())
        sentence_start = max(s for s in sentence_starts if s <= match.start())
        speaker = _speaker(clause_start, match.start(), text, mentions, kinds)
        if speaker is None and clause_start != sentence_start:
            speaker = _speaker(sentence_start, match.start(), text, mentions, kinds)
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
            result.warnings.append(SkippedLine(entry.line, entry.text[:40], entry.note))
    source = source if source is not None else citation_source(article)
    actor_names = [
        (alias, actor.name)
        for actor in vocabulary.actors.values()
        for alias in (actor.name, *actor.aliases)
    ]
    place_names = [
        (alias, place.name)
        for place in vocabulary.places.values()
        for alias in (place.name, *place.aliases)
    ]
    tag_names = [(alias, tag.name) for tag in vocabulary.tags.values() for alias in tag.synonyms]
    actor_patterns, place_patterns = _name_patterns(actor_names), _name_patterns(place_names)
    tag_patterns = _name_patterns(tag_names)
    kinds = {actor.name: actor.kind for actor in vocabulary.actors.values()}
    used = set(existing_ids)
    for entry in entries:
        text = clean_text(entry.text)
        mentions = find_mentions(text, actor_patterns)
        statements, orphans = statements_in(text, mentions, kinds)
        for quote in orphans:
            result.warnings.append(
                SkippedLine(
                    entry.line,
                    quote,
                    "quotation with no recognisable speaker; not recorded as a statement",
                )
            )
        actors = list(
            dict.fromkeys([m.canonical for m in mentions] + [s.speaker for s in statements])
        )
        event_id = base = f"{entry.date}-{slug(text)}"
        counter = 2
        while event_id in used:
            event_id, counter = f"{base}-{counter}", counter + 1
        used.add(event_id)
        end = entry.end_date or entry.date
        result.events.append(
            Event(
                id=event_id,
                date=entry.date,
                text=text,
                actors=tuple(actors),
                tags=tuple(dict.fromkeys(m.canonical for m in find_mentions(text, tag_patterns))),
                places=tuple(
                    dict.fromkeys(m.canonical for m in find_mentions(text, place_patterns))
                ),
                statements=tuple(statements),
                source=source,
                end_date=entry.end_date,
                start=entry.date,
                end=end,
            )
        )
    return result
