"""Quotations in an entry and who says them. Pure, and linear in the length of the text.

Every quotation style a chronology uses is found: “…”, "…", ‘…’, '…', ``…'' and «…». The
marks are listed in one pass and paired left to right (an opening mark with the next closing
mark of its style), so an entry with a hundred thousand stray marks costs a hundred thousand
steps, not their square (issue 25: 128,000 marks once took 92 s). Who speaks is read from a
bounded window around each quotation, never from the whole text before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

# The marks, in one alternation: an opening mark, a closing mark, or a straight one that may be
# either (decided by what is on each side of it).
MARKS = re.compile(r"``|''|[“”‘’«»\"']")
OPENERS = {"“": "”", "‘": "’", "«": "»", "``": "''"}
STRAIGHT = {'"', "'"}
LONGEST_QUOTE = 2000  # characters: a "quotation" longer than this is a stray mark's pairing
WINDOW = 160  # characters read before and after a quotation for its speaker


@dataclass(frozen=True)
class Quotation:
    start: int  # the opening mark
    end: int  # after the closing mark
    text: str  # the words between the marks


def _opens(text: str, at: int, mark: str) -> bool:
    """A straight mark opens a quotation when it follows a space or an opening bracket and a
    word follows it; an apostrophe inside or after a word ("Kim's", "Koreas'") never does."""
    before = text[at - 1] if at else " "
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    return (before.isspace() or before in "([{—–-:,") and not after.isspace()


def _closes(text: str, at: int, mark: str) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    if before.isspace():
        return False
    if mark == "'" and after.isalpha():
        return False  # "don't", "Kim's": an apostrophe
    return not after.isalnum()


def find_quotations(text: str) -> list[Quotation]:
    """Quotations in text order; marks that pair with nothing are left alone. One pass over
    the marks: each mark is looked at once, as a possible opener or closer."""
    found: list[Quotation] = []
    open_mark: str | None = None  # the closing mark awaited
    open_at = 0
    for match in MARKS.finditer(text):
        mark, at = match.group(), match.start()
        if open_mark is not None:
            closes = mark == open_mark and (mark not in STRAIGHT or _closes(text, at, mark))
            if closes:
                inner = text[open_at + (2 if open_mark == "''" else 1) : at].strip()
                if inner and at - open_at <= LONGEST_QUOTE:
                    found.append(Quotation(open_at, match.end(), inner))
                open_mark = None
                continue
            if at - open_at > LONGEST_QUOTE:
                open_mark = None  # an opener never closed: give it up, look again from here
            else:
                continue
        if mark in OPENERS:
            open_mark, open_at = OPENERS[mark], at
        elif mark in STRAIGHT and _opens(text, at, mark):
            open_mark, open_at = mark, at
    return found


# --- who speaks -----------------------------------------------------------------------------

SPEECH_VERBS = frozenset(
    """says said saying say states stated stating tells told telling warns warned warning
    describes described calls called decries decried praises praised writes wrote reports
    reported announces announced suggests suggested urges urged urging asks asked denies denied
    cautions cautioned notes noted noting confirms confirmed contends laments lamented presses
    criticizes criticized criticises criticised threatens threatened insists insisted dismissed
    dismisses declares declared declaring claims claimed accuses accused tweets tweeted tweeting
    adds added adding vows vowed pledges pledged promises promised stresses stressed stressing
    emphasizes emphasized explains explained remarks remarked replies replied responds
    responded quoted quotes quoting citing cited cites according argues argued calling
    condemns condemned condemning labels labeled labelled proclaims proclaimed
    acknowledges acknowledged admits admitted complains complained demands demanded blames
    blamed blaming rejects rejected rejecting voices voiced expresses expressed nicknames
    brands branded retorts retorted quips quipped boasts boasted touts touted mocks mocked
    terms termed""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Mention:
    """An actor named in the entry, where: what the speaker finder looks at."""

    start: int
    end: int
    actor: str
    kind: str


KIND_PRIORITY = {"person": 0, "media": 1, "organization": 2, "military": 2, "party": 2,
                 "company": 2, "forum": 3, "state": 4}  # fmt: skip
PRONOUN = re.compile(r"\b(?:he|she|they|it|i|we|who|which|officials?|sources?)\b", re.IGNORECASE)
QUOTED_AS = re.compile(
    r"\b(?:quoted|quoting|citing|cited)\s+(?P<who>.{1,80}?)\s+(?:as\s+saying|saying)\b"
)
ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,.;“”\"]{1,80})")


class SpeakerFinder:
    """Finds a quotation's speaker among the actors named around it."""

    def __init__(self, text: str, mentions: list[Mention], unknown: list[tuple[int, int]]):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.unknown = unknown  # spans of capitalised names nobody knows: they block a guess

    def _in(self, start: int, end: int) -> list[Mention]:
        low = bisect_right(self.starts, start - 1)
        high = bisect_right(self.starts, end)
        return [m for m in self.mentions[low:high] if m.end <= end]

    def _blocked(self, start: int, end: int) -> bool:
        return any(start <= s and e <= end for s, e in self.unknown)

    def _best(self, mentions: list[Mention], prefer_last: bool) -> str | None:
        if not mentions:
            return None
        order = list(enumerate(mentions))
        return min(
            order,
            key=lambda im: (KIND_PRIORITY.get(im[1].kind, 5), -im[0] if prefer_last else im[0]),
        )[1].actor

    def _sentence_subject(self, start: int, at: int) -> str | None:
        """The known name a sentence (from ``start``) opens with, followed by its verb:
        "Trump calls Kim “Rocket Man” and says …" is Trump's."""
        lead = re.match(
            r"\s*(?:(?:In|On|At|After|Before|During|Later|Meanwhile|Separately)\b[^,]{0,80},\s*)?",
            self.text[start:at],
        )
        begin = start + (lead.end() if lead else 0)
        group = self._group_at(begin, at)
        if not group:
            return None
        following = re.match(r"\s+([a-z]+)", self.text[group[-1].end : group[-1].end + 30])
        if following and (following.group(1).endswith("s") or following.group(1) in SPEECH_VERBS):
            return self._best(group, prefer_last=True)
        return None

    def _previous_subject(self, start: int) -> str | None:
        """Whom a sentence-initial "He"/"She" means: the person the sentence before opens
        with, followed by its verb; None when that sentence opens otherwise."""
        before = self.text[max(0, start - 2 * WINDOW) : start]
        if not re.search(r"[.!?][”\"’»']*\s*$", before):
            return None  # not the first word of a sentence
        stops = [m.end() for m in SENTENCE_STOP.finditer(before)]
        begin = max(0, start - 2 * WINDOW) + (stops[-2] if len(stops) >= 2 else 0)
        subject = self._sentence_subject(begin, start)
        return subject if subject is not None and self._kind(subject) == "person" else None

    def _kind(self, actor: str) -> str:
        return next((m.kind for m in self.mentions if m.actor == actor), "")

    def _participle_subject(self, start: int, verb_at: int) -> str | None:
        """Who does an -ing verb: the name just before it after "with" ("with Trump later
        calling Kim …"), else the subject of its sentence ("Obama telephones Lee, telling …")."""
        found = self._in(start, verb_at)
        if found:
            last = found[-1]
            gap = self.text[last.end : verb_at]
            if re.fullmatch(
                r"\s*(?:later|also|then|again|publicly|repeatedly)?\s*", gap
            ) and re.search(
                r"\bwith\s+(?:the\s+)?$", self.text[max(0, last.start - 12) : last.start]
            ):
                return last.actor
        return self._sentence_subject(start, verb_at)

    def _group_at(self, begin: int, limit: int) -> list[Mention]:
        """The names (and role words between them) that start at ``begin``."""
        group: list[Mention] = []
        position = begin
        for mention in self._in(begin, limit):
            gap = self.text[position : mention.start]
            if group and not SUBJECT_GAP.fullmatch(gap):
                break
            if not group and not (
                re.fullmatch(r"\s*(?:the\s+)?", gap, re.IGNORECASE)
                or re.fullmatch(r"\s*(?:Mr|Mrs|Ms|Dr)\.?\s+", gap)
                or SUBJECT_GAP.fullmatch(gap)
            ):
                break
            group.append(mention)
            position = mention.end
        return group

    def _subject(self, start: int, verb_at: int) -> str | None:
        """The speaker of a verb at ``verb_at``, in the clause from ``start``: the names just
        before the verb (an aside between commas skipped), else the clause's own subject."""
        found = self._in(start, verb_at)
        if found:
            gap = _without_asides(self.text[found[-1].end : verb_at])
            if SUBJECT_GAP.fullmatch(gap) and not self._blocked(found[-1].end, verb_at):
                group = [found[-1]]
                for mention in reversed(found[:-1]):
                    if not SUBJECT_GAP.fullmatch(self.text[mention.end : group[0].start]):
                        break
                    group.insert(0, mention)
                return self._best(group, prefer_last=True)
        if not found and re.match(r"(?:He|She)\s", self.text[start:verb_at].lstrip()):
            return self._previous_subject(start)  # "Trump nicknames Kim … . He warns …"
        if re.match(r"\s*(?:and|but|then|also|while|,)\b", self.text[start:verb_at]) or found:
            sentence = max(0, start - 2 * WINDOW)
            for stop in SENTENCE_STOP.finditer(self.text, sentence, start):
                sentence = stop.end()
            return self._sentence_subject(sentence, verb_at)
        return None

    def speaker(self, quote: Quotation) -> tuple[bool, str | None]:
        """(the text says someone said it, who). A speaker is named only when a speech verb
        ties the quotation to a subject made of names the importer knows."""
        text = self.text
        before_start = max(0, quote.start - WINDOW)
        before = text[before_start : quote.start]
        after = text[quote.end : quote.end + WINDOW]
        # "KCNA quoted Kim as saying “…”" / "citing Kim as saying": the one quoted speaks.
        quoted = _last(QUOTED_AS.finditer(before))
        if quoted is not None and quoted.end() >= len(before) - 12:
            who = self._in(before_start + quoted.start("who"), before_start + quoted.end("who"))
            return True, self._best(who, prefer_last=False)
        # After the quotation, when it ends a clause: "…,” Trump said / "…," said Trump.
        ends_clause = quote.text[-1:] in {",", "!", "?", "—"} or re.match(r"\s*[,—–]", after)
        tail = TAIL.match(after) if ends_clause else None
        if tail is not None and len(tail.group("a").split()) <= 8:
            subject_start = quote.end + tail.start("a")
            subject_end = quote.end + tail.end("a")
            if tail.group("a").strip():  # "…,” Trump said / “…,” the KCNA report said
                found = self._in(subject_start, subject_end)
                if found and not self._blocked(found[-1].end, subject_end):
                    return True, self._best(found, prefer_last=True)
                return True, None
            object_start = quote.end + tail.start("b")  # "…," said Trump
            first_words = re.match(r"\s*((?:[\w.’'-]+\s*){1,6})", tail.group("b"))
            span_end = object_start + (first_words.end() if first_words else 0)
            found = self._in(object_start, span_end)
            if found and not self._blocked(object_start, found[0].start):
                return True, self._best(found, prefer_last=False)
            return True, None
        # Before the quotation: the subject of the nearest speech verb, in the clause, else in
        # the sentence ("Bolton writes … that North Korea “…” and that they will “…”").
        sentence_at = 0
        for stop in SENTENCE_STOP.finditer(before):
            sentence_at = stop.end()
        clause_at = sentence_at
        for stop in CLAUSE_STOP.finditer(before, sentence_at):
            clause_at = stop.end()
        for start_at in dict.fromkeys((clause_at, sentence_at)):
            region = before[start_at:]
            according = _last(ACCORDING.finditer(region))
            if according is not None:
                found = self._in(before_start + start_at + according.start("who"),
                                 before_start + start_at + according.end("who"))  # fmt: skip
                return True, self._best(found, prefer_last=False) if found else None
            verbs = [
                v for v in re.finditer(r"[A-Za-z]+", region) if v.group().lower() in SPEECH_VERBS
            ]
            if verbs:
                verb_at = before_start + start_at + verbs[-1].start()
                if verbs[-1].group().endswith("ing"):  # "Obama telephones Lee, telling him …"
                    return True, self._participle_subject(before_start + start_at, verb_at)
                return True, self._subject(before_start + start_at, verb_at)
        return False, None


# A sentence ends at . ! ? but not after an initial or a title's abbreviation ("George W.
# Bush", "U.S. officials", "Gen. MacArthur", "Asst. Sec. Hill").
ABBREVIATIONS = "[A-Z] Mr Mrs Ms Dr Gen Sen Rep St Jr Lt Col No Gov Sec Asst Amb Adm Corp Co Inc"
ABBREVIATION = "".join(rf"(?<!\b{word})" for word in ABBREVIATIONS.split())
SENTENCE_STOP = re.compile(ABBREVIATION + r"[.!?][”\"’»']*\s+(?=[A-Z“\"‘'«(])")
CLAUSE_STOP = re.compile(
    r";\s+|\s[-–—]{1,2}\s|,\s+(?=(?:although|but|while|whereas)\s)|[”\"’»]\s*[,;]?\s+"
)
TAIL = re.compile(
    r"\s*[,—–-]?\s*(?P<a>[^.!?;“”\"]{0,70}?)\s*\b(?P<verb>said|says|added|adds|tweeted|"
    r"wrote|writes|told|tells|stated|states|declared|declares|warned|warns|insisted|insists|"
    r"noted|notes|explained|explains|stressed|stresses|remarked|replied|responded|argued|"
    r"asserted|asserts)\b(?P<b>[^.!?;“”\"]{0,70})"
)
# What may stand between the names of a subject and its verb: roles, titles, adverbs.
SUBJECT_GAP = re.compile(
    r"(?:[\s,.’'-]|\b(?:and|of|the|also|then|later|again|reportedly|publicly|repeatedly|"
    r"which|who|merely|only|just|simply|quickly|formally|"
    r"separately|further|first|already|officially|spokesman|spokeswoman|spokesperson|"
    r"minister|official|officials|envoy|leader|president|secretary|chairman|director|chief|"
    r"ambassador|adviser|advisor|representative|negotiator|general|state|foreign|defense|"
    r"defence|deputy|vice|special|national|security|news|agency|media|state-run|"
    r"official|report|statement|newspaper|daily|s)\b)*",
    re.IGNORECASE,
)


def _without_asides(text: str) -> str:
    """ "Trump, in a speech at the UN, calls" → "Trump calls": asides between commas out."""
    return re.sub(r",[^,]*,", " ", text)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 (the last one is wanted)
        pass
    return found


def statements_in(
    text: str, mentions: list[Mention], unknown: list[tuple[int, int]]
) -> tuple[list[tuple[str, str]], list[str]]:
    """(speaker, quote) for each quotation whose speaker the text makes clear, and the words
    of the quotations someone says whom the text does not make clear (to report)."""
    finder = SpeakerFinder(text, mentions, unknown)
    said: list[tuple[str, str]] = []
    unclear: list[str] = []
    for quote in find_quotations(text):
        if _is_title(quote.text) or NAMING.search(text[max(0, quote.start - 40) : quote.start]):
            continue
        if _describes(text, quote):
            continue  # “… and creates a “police” force”: a word or two that describe
        spoken, speaker = finder.speaker(quote)
        if speaker is not None:
            said.append((speaker, quote.text))
        elif spoken:
            unclear.append(quote.text)
    return said, unclear


DESCRIPTOR = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
NAMING = re.compile(
    r"(?:titled|entitled|called|dubbed|named|billed as|known as|so-called|code-?named|"
    r"nicknamed|labell?ed|themed|slogan|motto|operation|exercise)[,:]?\s*$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("a an and the of for in on at to with by de".split())  # noqa: SIM905


def _describes(text: str, quote: Quotation) -> bool:
    """A word or two after "a"/"an", in a clause of its own ("… and creates a “police”
    force"), describe; after a speech verb of the same clause they are quoted ("says it
    undertook a “crucial” test")."""
    if not (
        DESCRIPTOR.search(text[max(0, quote.start - 6) : quote.start])
        and re.fullmatch(r"[\w-]+(?: [\w-]+)?", quote.text)
    ):
        return False
    before = text[max(0, quote.start - WINDOW) : quote.start]
    verbs = [v for v in re.finditer(r"[A-Za-z]+", before) if v.group().lower() in SPEECH_VERBS]
    return not verbs or " and " in before[verbs[-1].end() :]


def _is_title(quote: str) -> bool:
    """“The Year of Change”, “Friendship Ping Pong Rematch”: a title, not words said."""
    words = re.findall(r"[\w’'-]+", quote)
    if len(words) < 2 or len(words) > 8 or re.search(r"[.!?,;]\s*$", quote.strip()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)
