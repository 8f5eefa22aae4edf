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

from ktimeline.folding import ascii_word, fold_text
from ktimeline.importing.enrichment import Enricher, Findings
from ktimeline.importing.entries import Entry, SkippedLine, month_number, split_entries
from ktimeline.importing.tables import read_entries
from ktimeline.loader import bulk_allocation
from ktimeline.model import Actor, Event, Section, Source
from ktimeline.writer import unique_id

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from ktimeline.vocabulary import Vocabulary

CITATION = re.compile(
    r"Preferred citation:\s*(?P<author>[^,]+),\s*[\"“](?P<title>.+?),?[\"”],?\s*"
    r"(?P<publication>[^,]+?),\s*Vol\.\s*(?P<volume>\d+),\s*No\.\s*(?P<issue>\d+)"
    r"(?:,\s*(?P<published>[A-Z][a-z]+ \d{4}))?(?:,\s*pp\.?\s*(?P<pages>[\d\s\-–]+))?"
)
CITATION_WINDOW = 4000  # characters after "Preferred citation" when no blank line ends it
PUBLISHED = re.compile(r"\bVol\.\s*\d+,\s*No\.\s*\d+,\s*(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
ITALICS = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
BOLD = re.compile(r"(?<![\w*])\*\*(?!\s)([^*\n]+?)(?<!\s)\*\*(?![\w*])")  # "**UNIX origins** –"


@dataclass
class ImportResult:
    events: list[Event] = field(default_factory=list)
    unplaced: list[SkippedLine] = field(default_factory=list)  # reported: could not be placed
    layout: list[SkippedLine] = field(default_factory=list)  # headers, captions, credits
    before_chronology: int = 0  # lines of the article before its chronology heading
    warnings: list[SkippedLine] = field(default_factory=list)  # e.g. a quote with no speaker
    lines: list[int] = field(default_factory=list)  # the line each event starts on
    joined: list[list[int]] = field(default_factory=list)  # every line each event's text is from
    before: list[SkippedLine] = field(default_factory=list)  # lines before the chronology
    pattern: str = ""  # how the document marks its entries, in words
    findings: list[Findings] = field(default_factory=list)  # per event: what enrichment found
    new_actors: list[Actor] = field(default_factory=list)  # used, unknown to the vocabulary


def clean_text(text: str) -> str:
    """The documented reductions of PDF-converted text: links to their words, no italics
    or bold markers (Markdown's "*…*", "**…**"), no markdown escapes; whitespace collapsed.
    Quotes and typos are kept."""
    if "](" in text:  # (what a link needs: most entries have none, nor italics)
        text = LINK.sub(r"\1", text)
    if "*" in text:
        text = ITALICS.sub(r"\1", BOLD.sub(r"\1", text) if "**" in text else text)
    text = text.replace("\\$", "$").replace("\\*", "*")
    if not (_OTHER_SPACE.search(text) or "  " in text or text[:1] == " " or text[-1:] == " "):
        return text  # already so (most entries): no list of its words
    return " ".join(text.split())


_OTHER_SPACE = re.compile(r"[^\S ]")  # whitespace but the space (tab, newline, NBSP …)


# --- names and quotes -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    canonical: str


@lru_cache(maxsize=4)  # the same entry is looked up for actors, places and tags
def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.lower()))


WORD = re.compile(r"[^\W_]+")


def _without_asides(text: str) -> str:
    """ "Trump, in a speech at the UN, calls" → "Trump calls": asides between commas out."""
    return re.sub(r",[^,]*,", " ", text)


# --- ids, tags and the whole --------------------------------------------------------------


def _id_words(text: str) -> list[str]:
    """The folded words of a text for an id: an elided word once ("l’armée": "larmee")."""
    return fold_text(text, elided_alone=False).split()


def slug(text: str, words: int = 6) -> str:
    """The id's words: the first significant words of the text, folded. Read from a start
    of the text growing to the space after 256, 1024 … characters until it has them (a
    long entry is not split into all its words for six of them); first, a start of 48
    characters when it is ASCII and holds them (the same words: see ``SLUG_START``)."""
    cut = text.find(" ", SLUG_START) if len(text) > SLUG_START else -1
    part = text if cut < 0 else text[:cut]
    if part.isascii():
        significant = [w for w in _id_words(part) if w not in SLUG_SKIPPED][:words]
        if len(significant) == words or cut < 0:
            return "-".join(significant) or "event"
    size = 256
    while True:
        cut = text.find(" ", size) if len(text) > size else -1  # folding stops at a space
        part = text if cut < 0 else text[:cut]
        folded = _id_words(part)
        if not part.isascii():  # (the folded words of ASCII text are ASCII)
            folded = [w if w.isascii() else ascii_word(w) for w in folded]
        significant = [w for w in folded if w and w not in SLUG_SKIPPED][:words]
        if len(significant) == words or cut < 0:
            return "-".join(significant) or "event"
        size *= 4


# The characters first read for a slug: six words of a chronology's entry mostly fit in 48.
# Only an ASCII start is read so: its words fold as they do in any longer start, whereas
# folding takes accents off a whole start only if some character of it is not in NFKD form
# (a decomposed "e\u0301" early keeps its accent unless a composed "É" follows within the
# start read), so a non-ASCII text is read from the 256 characters its ids were always made
# of. Each text is folded once, so ``folding.fold``'s cache of texts folded before would only
# hold them.
SLUG_START = 48


SLUG_SKIPPED = frozenset({"a", "an", "the", "of", "to", "s"})


def citation_source(article: str, section: Section = "chronology") -> Source | None:
    """The source, from the article's "Preferred citation:" line, when it has one.

    Only the paragraph around that line is cleaned (a 50 MB text is not copied word by word
    for a line it may not have)."""
    at = article.find("Preferred citation")
    if at < 0:
        return None
    start = max(article.rfind("\n\n", 0, at), 0)
    end = article.find("\n\n", at)
    paragraph = clean_text(article[start : end if end >= 0 else at + CITATION_WINDOW])
    match = CITATION.search(paragraph)
    if match is None:
        return None
    published = None
    when = PUBLISHED.search(paragraph)
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


# a word of a title beyond its chronology words and little words ("Timeline" has none)
# (and the little words of French, German, Spanish, Italian, Portuguese and Dutch titles:
# "Chronologie des", "Cronología de la" name no subject)
_SUBJECT_WORD = re.compile(
    r"\b(?!(?:a|an|the|of|in|on|and|for|to|from|key|major|full|complete|brief|short"
    r"|de|des|du|la|le|les|et|der|die|das|den|dem|und|zur|zum|von|del|della|delle|dei|degli"
    r"|di|el|los|las|y|e|do|da|dos|das|van|het|een|en)\b)[^\W\d_]{2,}",
    re.IGNORECASE,
)
# A text's first line read as its title: at most this long, and not a sentence.
TITLE_CHARACTERS = 120
TITLE_MARKUP = re.compile(r"^(?:#{1,6}\s+|=+\s*)|\s*=+$|^\*\*|\*\*$")
BYLINE = re.compile(r"^(?:by|updated|published|posted|last updated)\b", re.IGNORECASE)
# A first line names the chronology only when it says it is one: "Pakistan Today" above a
# timeline is the paper's masthead, "Analysis | …" a page's running head.
# Said in other languages too, as a chronology of any language is read: "Chronologie de
# l’affaire Dreyfus", "Meilensteine des Fußballs", "Cronología del Real Madrid".
CHRONOLOGY_WORDS = re.compile(
    r"\b(?:timelines?|chronolog(?:y|ies)|history|histories|key (?:dates|events)|milestones"
    r"|(?:major )?developments|year in review|events of"
    r"|chronologie|historique|chronik|zeittafel|zeitleiste|meilensteine|cronolog[ií]as?"
    r"|cronistoria|l[ií]nea del tiempo|linha do tempo|tijdlijn)\b",
    re.IGNORECASE,
)


def title_line(text: str) -> str | None:
    """The title a plain text gives itself on its first line, or None.

    A person reading "TIMELINE: North Korea's nuclear history" above a chronology takes it
    for the title; a first line that does not say it names a chronology (a masthead, a
    running head), an entry ("1985: North Korea joins the NPT."), a sentence (ends in a full
    stop), a byline or a line longer than a headline is not one."""
    first = next((line.strip() for line in text.lstrip("\ufeff").splitlines() if line.strip()), "")
    title = TITLE_MARKUP.sub("", first).strip().rstrip(":").strip()
    if not title or len(title) > TITLE_CHARACTERS or title[-1] in ".!?,;…":
        return None
    if BYLINE.match(title) or not CHRONOLOGY_WORDS.search(title):
        return None
    if not _SUBJECT_WORD.search(CHRONOLOGY_WORDS.sub(" ", title)):
        return None  # "Timeline", "A chronology": no subject, and three files would share it
    # neither an entry of its own nor a date over the text below it
    return None if split_entries(f"{first}\nThe text of an entry.\n").entries else title


# The most of an entry's text the enrichment reads. It holds a record of ~200 bytes per word
# of the text (a 20 MB line took 1.2 GB); no real entry comes near this, and one that does
# (a book on one line) is read only so far, with a warning (see ``enriched_part``).
ENRICHED_CHARACTERS = 100_000


def enriched_part(text: str) -> str:
    """The part of an entry's text the enrichment reads: all of it, or for a longer text its
    first ``ENRICHED_CHARACTERS`` up to the last space (a word is never cut)."""
    if len(text) <= ENRICHED_CHARACTERS:
        return text
    space = text.rfind(" ", 0, ENRICHED_CHARACTERS + 1)
    return text[: space if space > 0 else ENRICHED_CHARACTERS]


def entry_event(
    entry: Entry, event_id: str, text: str, enricher: Enricher, source: Source | None
) -> tuple[Event, Findings]:
    """The one place where an entry's text becomes an Event: the actors, places, tags and
    statements the enrichment finds in its text (with the knowledge base of the field and
    the entry's date), and what it found but could not resolve. Of a text longer than
    ``ENRICHED_CHARACTERS`` only its ``enriched_part`` is read (the caller warns)."""
    found = enricher.enrich(enriched_part(text), entry.date)
    event = Event(
        id=event_id,
        date=entry.date,
        text=text,
        actors=forces_with_their_states(found.actors, enricher.records),
        tags=tuple(found.tags),
        places=tuple(found.places),
        statements=tuple(found.statements),
        source=source,
        end_date=entry.end_date,
        start=entry.date,
        end=entry.end_date or entry.date,
    )
    return event, found


def forces_with_their_states(
    actors: Iterable[str], records: Mapping[str, Actor]
) -> tuple[str, ...]:
    """The actors, each armed force followed by the state (or body) it serves when the
    actors lack it: "North Korean forces cross the 38th parallel" is the Korean People's
    Army and North Korea, so that ``--actor "North Korea"`` finds the invasion and
    ``--actor "Korean People's Army"`` the army's part (the annotation rule 1)."""
    named = list(actors)
    if not any(records[name].kind == "military" for name in named if name in records):
        return tuple(named)  # (most entries: no force)
    served: list[str] = []
    for name in named:
        served.append(name)
        record = records.get(name)
        state = record.affiliation if record is not None and record.kind == "military" else None
        if state and state in records and state not in named and state not in served:
            served.append(state)
    return tuple(served)


def _unique_id(entry: Entry, text: str, used: set[str], resume: dict[tuple[str, int], int]) -> str:
    """``date-slug``, with ``-2``, ``-3`` … when an id is taken (in the file or this import):
    ``writer.unique_id``'s search, the slug's last number its text's own ("in a 7-2
    decision": "…-in-7-2-2", not "…-in-7-3"). ``resume`` keeps the work linear (8,000
    entries of one date and slug, a list run together on one line, once took quadratic
    work: hostile review s6, 10 s)."""
    event_id = unique_id(f"{entry.date}-{slug(text)}", used, resume, numbered=False)
    used.add(event_id)
    return event_id


# No cyclic garbage collection during an import (``bulk_allocation``): it makes millions of
# short-lived objects and next to no cycles, and the collector's passes cost 5% of its time.
@bulk_allocation()
def parse_chronology(
    article: str,
    vocabulary: Vocabulary,
    *,
    source: Source | None = None,
    default_year: int | None = None,
    existing_ids: Iterable[str] = (),
    library_persons: Iterable[str] = (),
) -> ImportResult:
    """Events of a chronology, in the order of the text, with everything left out
    (``library_persons``: the persons other sources of the library named, whose name a
    familiar form of a given name may write)."""
    split = read_entries(article, default_year)
    result = ImportResult(
        unplaced=split.unplaced,
        layout=split.layout,
        before_chronology=split.before_chronology,
        before=split.before,
        pattern=(
            split.pattern.describe(entries_read=bool(split.entries))
            if split.pattern is not None
            else ""
        ),
        warnings=list(split.notes),
    )
    result.warnings.extend(SkippedLine(e.line, "", e.note) for e in split.entries if e.note)
    source = source if source is not None else citation_source(article)
    enricher = Enricher(vocabulary, library_persons)
    used = set(existing_ids)
    resume: dict[tuple[str, int], int] = {}  # (see _unique_id)
    texts = [clean_text(entry.text) for entry in split.entries]
    copies = _block_copies(split.entries, texts)
    for index, (entry, text) in enumerate(zip(split.entries, texts, strict=True)):
        first = copies.get(index)
        if first is not None:
            if first[1]:  # a page that repeats a block: once is enough, and said
                result.warnings.append(
                    SkippedLine(entry.line, "", REPEATED_ENTRY, repeats=first[0])
                )
                continue
            # (one entry alike among other neighbours, "Nov. 13: Lawsuit filed." under a
            # second case: another event of that day, with its own id, and said)
            result.warnings.append(SkippedLine(entry.line, "", KEPT_ALIKE, repeats=first[0]))
        event_id = _unique_id(entry, text, used, resume)
        event, found = entry_event(entry, event_id, text, enricher, source)
        result.findings.append(found)
        if len(text) > ENRICHED_CHARACTERS:
            read = len(enriched_part(text))
            result.warnings.append(SkippedLine(entry.line, "", partly_enriched(read, len(text))))
        if found.unattributed or found.unresolved:  # (most entries have neither)
            result.warnings.extend(
                SkippedLine(entry.line, quote, UNCLEAR_SPEAKER) for quote in found.unattributed
            )
            result.warnings.extend(
                SkippedLine(entry.line, name.text, f"name not resolved ({name.reason})")
                for name in found.unresolved
            )
        result.lines.append(entry.line)
        result.joined.append(entry.lines)
        result.events.append(event)
    result.new_actors = enricher.actors_beyond(a for e in result.events for a in e.actors)
    return result


def _block_copies(entries: Sequence[Entry], texts: Sequence[str]) -> dict[int, tuple[int, bool]]:
    """Each entry of the same date and text as one before it: the line of that one, and
    whether it is a copy of a block (the entry next to it, before or after, repeats the one
    next to the first the same way: a page that repeats a block of entries) or one entry
    alike among other neighbours (two lawsuits "filed" the same day, each under its case)."""
    firsts: dict[tuple[str, str], int] = {}  # (date, text) -> the index of its first entry
    earlier: dict[int, int] = {}  # an entry's index -> the index of the first one alike
    for index, entry in enumerate(entries):
        first = firsts.setdefault((entry.date, texts[index]), index)
        if first != index:
            earlier[index] = first
    return {
        index: (
            entries[first].line,
            earlier.get(index - 1) == first - 1 or earlier.get(index + 1) == first + 1,
        )
        for index, first in earlier.items()
    }


UNCLEAR_SPEAKER = "quotation whose speaker is not clear; not recorded as a statement"
# An entry of the same date and text as one before it in the same import (the line of that
# one follows, as the file numbers it: SkippedLine.repeats).
REPEATED_ENTRY = "left out: the same date and text as the entry on line"
# One entry of the same date and text as one before it, among other entries than that one's:
# kept, as another event of that day (the line of the first one follows, as for REPEATED_ENTRY).
KEPT_ALIKE = "kept as another event of that day: the same date and text as the entry on line"


def partly_enriched(read: int, length: int) -> str:
    return (
        f"an entry of {length} characters: only its first {read} were read for actors, "
        "places, tags and quotations"
    )
