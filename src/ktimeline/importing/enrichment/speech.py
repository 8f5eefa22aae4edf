"""Speech and quotations: who speaks, and where a quotation opens and closes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktimeline.importing.quotations import PAST_VERBS, SPEECH_VERBS, Mention

if TYPE_CHECKING:
    from ktimeline.importing.enrichment.words import Token

SPEAKS_AFTER_ASIDE = re.compile(r",[^,.;“”\"]{1,60},\s+([a-z]+)\b")
# "His church, Sungrak Church in Seoul, announced": where the body is, then its verb.
SPEAKS_AFTER_WHERE = re.compile(r"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+([a-z]+)\b")


def _speaks_next(text: str, words: list[Token], last: int) -> bool:
    """Whether a speech verb follows the name ending at word ``last``, at once ("Hideki
    Kato said") or after an aside between commas ("John Delury, of Yonsei University,
    told")."""
    after = words[last + 1] if last + 1 < len(words) else None
    if after is not None and after.key in SPEECH_VERBS and after.start - words[last].end <= 1:
        return True
    if (
        after is not None
        and after.key == "a"
        and last + 2 < len(words)
        and words[last + 2].key in SAID_AFTER_A
    ):
        return True  # "Jean Dumas a déclaré : « … »"
    aside = SPEAKS_AFTER_ASIDE.match(text, words[last].end) or SPEAKS_AFTER_WHERE.match(
        text, words[last].end
    )
    if aside is not None:
        return aside.group(1) in SPEECH_VERBS
    aside = PARENTHESIS_NEXT.match(text, words[last].end)  # "John Doe (a lawyer) wrote"
    return aside is not None and aside["verb"] in SPEECH_VERBS


# Between two names of one subject: "and", after an aside between commas, before the second
# one's relation to the first ("Jane Roe, the former mayor, and her colleague John Doe").
AND_ANOTHER = re.compile(r"(?:,[^,.;()“”\"]{1,60},)?\s+and\s+(?:(?:his|her|their)\s+[a-z]+\s+)?")
# A parenthesis after the second name, before the verb: "John Doe (both lawyers) wrote".
PARENTHESIS_NEXT = re.compile(r",?\s*\([^()]{1,60}\),?\s+(?P<verb>[a-z]+)\b")


# A curly quotation mark read in the wrong code page with its two later bytes lost: "â"
# opening a quotation (at the start or after a space or bracket, before a capital or a digit:
# "âKim Il-sung and …") or closing one (after a comma or a stop, before a space or the end:
# "…,â North Korean expert …"). Never inside a word ("château", "âge", "Sâo").
MOJIBAKE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))â(?=[A-Z0-9])")
MOJIBAKE_CLOSING = re.compile(r"(?<=[,.!?])â(?=\s|$)")


def _mended_quotation_marks(text: str) -> str:
    """``text`` with each "â" that stands for a lost curly quotation mark as that mark (the
    same length: the entry's offsets stay), when the entry has both an opening and a closing
    one; otherwise as it is."""
    if MOJIBAKE_OPENING.search(text) is None or MOJIBAKE_CLOSING.search(text) is None:
        return text
    return MOJIBAKE_CLOSING.sub("”", MOJIBAKE_OPENING.sub("“", text))


def _joined_to_a_speaker(
    text: str, words: list[Token], last: int, acts: re.Pattern[str] | None = None
) -> bool:
    """Whether the name ending at word ``last`` is joined by "and" to a name of two or three
    capitalised words that a speech verb (or one of ``acts``) follows: the two say (do) it
    together."""
    joined = AND_ANOTHER.match(text, words[last].end)
    if joined is None:
        return False
    first = last + 1  # the word at the match's end (walked to: a list of every word's
    while first < len(words) and words[first].start < joined.end():  # start, made for
        first += 1  # each name, made a long entry quadratic)
    if first >= len(words) or words[first].start != joined.end() or not words[first].capital:
        return False
    end = first
    while (
        end + 1 < len(words)
        and end - first < 2
        and words[end + 1].capital
        and words[end + 1].start - words[end].end <= 1
    ):
        end += 1
    if end == first or words[end].possessive:
        return False
    if acts is not None:
        return acts.match(text, words[end].end) is not None
    return _speaks_next(text, words, end)


# Verbs of speaking that put their speaker after them ('"…," said Jane Smith').
SAID_FIRST = frozenset(
    {"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "intoned", "intones",
     "recalled", "recalls", "replied", "replies", "explained", "explains", "quipped",
     "answered", "answers", "responded", "responds", "countered", "counters",
     "tweeted", "tweets", "argued", "argues"}
)  # fmt: skip  # ("“…,” intoned Jane Smith", "“…,” recalled Jane Smith", "answered")
# The same in German, Spanish and French ("…», dijo Jorge Pérez", "…», a déclaré Jean Dumas"),
# the French after its auxiliary "a".
SAID_FIRST_ABROAD = frozenset(
    {"sagte", "sagt", "antwortete", "dijo", "declaró", "añadió", "respondió", "contestó"}
)  # (a reply names its speaker as "said" does: "…», respondió Luis Pérez" is not Ana's)
SAID_AFTER_A = frozenset({"déclaré", "dit", "ajouté", "affirmé", "répondu"})


NAME_JOINERS = frozenset({"of", "for", "and"})  # small words inside a body's name
OWNER_WORDS = 5  # the words of a body's name owning a speaker ("the Cato Institute’s")


def _speaks_before(text: str, words: list[Token], first: int) -> bool:
    """Whether a verb of speaking stands right before the run at ``first``, itself after a
    quotation's end or a comma ('"It is over," said Jane Smith', "Prices rose, says Jane
    Smith"): the run is the speaker. Not "told Jane Smith" (the one spoken to). A body's
    possessive may stand between ('"…," tweets the Cato Institute’s Jane Smith')."""
    if first >= 2 and words[first - 1].possessive and words[first - 1].capital:
        owner = first - 1  # (a body's name of a few capitalised words, "the" before it)
        while (
            owner > 0
            and first - owner < OWNER_WORDS
            and (
                words[owner - 1].capital
                or (words[owner - 1].key in NAME_JOINERS and owner > 1 and words[owner - 2].capital)
            )
        ):  # ("the Bank of England’s")
            owner -= 1
        if owner and words[owner - 1].key == "the":
            owner -= 1
        first = owner
    if first < 1 or words[first - 1].capital:
        return False
    verb = words[first - 1]
    before = verb.start
    if verb.key in SAID_AFTER_A and first >= 2 and words[first - 2].key == "a":
        before = words[first - 2].start  # "…», a déclaré Jean Dumas"
    elif verb.key not in SAID_FIRST and verb.key not in SAID_FIRST_ABROAD:
        return False
    return text[verb.end : words[first].start] == " " and _last_mark(text, before) in (
        ",", "”", '"', "’", "'", "»", "“"
    )  # fmt: skip


def _marks_open(text: str, start: int, end: int) -> int:
    """How many more quotations open than close from ``start`` to ``end`` (“ less ”): summed
    over the pieces an entry is read in, the count before each place, with no copy of the
    text before it (copied for each place, a long entry was quadratic)."""
    return text.count("“", start, end) - text.count("”", start, end)


def _last_mark(text: str, end: int) -> str:
    """The last character before ``end`` that is no white space ("" when none is): what
    ``text[:end].rstrip()`` ends with, without copying the text before (asked once per name,
    the copy made a long entry quadratic)."""
    while end and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""


def _quotation_left_open(text: str) -> tuple[int, int] | None:
    """A quotation that opens after a comma or a colon and runs to the entry's end without
    its closing mark (the abridging cut it: "As Bradley would write, “Underlying these
    discussions was …", "The key sentence was: “It either must permit …"): its span, the
    quoted words someone's, as a closed quotation's are. None when it closes, when it does not
    follow such a cue, or when it holds fewer than five words (a title, a nickname)."""
    opening = text.rfind("“")
    if opening < 0 or "”" in text[opening:]:
        return None
    if not text[:opening].rstrip().endswith((",", ":")):
        return None
    if len(text[opening:].split()) < 5:
        return None
    return (opening, len(text))


# A paragraph that leads into quoted paragraphs after it: "The Associated Press reported from
# Seoul:", "Reuters reports that some relatives struggle:", "The coach told reporters:" (the
# speaker opens it, a verb of saying follows, a colon ends it and nothing is quoted in it).
LEAD_IN_AFTER = re.compile(
    r"\s+(?:(?:has|had|was|then|later|also)\s+)?"
    r"(?:reported|reports|said|says|wrote|writes|told|tells|added|adds|stated|states|explained"
    r"|explains|noted|notes|recalled|recalls|announced|announces|declared|declares)\b"
    r"[^.!?\"“”‘’«»:;]{0,120}:\s*$"
)
LEAD_IN_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:The\s+|the\s+)?$")


def _lead_in_speaker(text: str, mentions: list[Mention]) -> str | None:
    """Whom a paragraph that ends with a colon after "X reported/said/told …" leads in as the
    speaker of the quoted paragraph after it ("The Associated Press reported from Seoul:" ¶
    "“The woman wept …": the agency's words); None when the paragraph quotes words itself or
    no one opens the sentence before its verb of saying."""
    if not text.rstrip().endswith(":") or any(mark in text for mark in '“”"«»'):
        return None
    for mention in mentions:
        if mention.kind == "place" or not LEAD_IN_BEFORE.search(text, 0, mention.start):
            continue
        if LEAD_IN_AFTER.match(text, mention.end):
            return mention.actor
    return None


def _continues_open_quotation(text: str) -> bool:
    """Whether the paragraph opens with a double quotation mark that is not closed before its
    end: news copy's quotation that goes on from the paragraph before ("“He wept …" to the
    end, or "“ 'Why?' Ann asked …", a quotation inside the open one)."""
    begin = len(text) - len(text.lstrip())
    if not text.startswith(("“", '"'), begin):
        return False
    # (no other double mark before its end: "“PHILIP HAMMOND, British foreign secretary:”If
    # …" closes its mark, a label, however the page spaced it; inside, single marks only)
    rest = text[begin + 1 :].rstrip().rstrip('”"')
    return not any(mark in rest for mark in '“”"')


ACTING_AUXILIARIES = frozenset({"has", "had", "will", "would", "was", "is", "also"})


def _acting_verb(key: str) -> bool:
    """Whether a lower-case word after a name is a verb it does: a past tense ("ruled",
    "upheld", "won"), a verb of speaking ("says") or an auxiliary ("has", "will")."""
    return (
        (key.endswith("ed") and len(key) > 4)
        or key in PAST_VERBS
        or key in SPEECH_VERBS
        or key in ACTING_AUXILIARIES
    )
