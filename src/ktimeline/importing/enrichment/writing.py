"""How an entry is written: capitals, headings, sentences, spans and ordinals, as the rules ask."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.cyrillic_names import writes_cyrillic
from ktimeline.importing.enrichment.word_tables import (
    _V,
    PLACE_BEFORE,
    PLACE_PREPOSITIONS,
    SMALL_VOWELS,
)
from ktimeline.importing.quotations import PAST_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from collections.abc import Collection

    from ktimeline.importing.enrichment.words import Token


def _put_back(table: dict[str, _V], key: str, value: _V | None) -> None:
    """``table[key]`` as it was (``value``, or absent when None)."""
    if value is None:
        table.pop(key, None)
    else:
        table[key] = value


def _ocr_i_for_l(text: str) -> bool:
    """Whether ``text`` has a capital I between two small vowels (OCR_I_FOR_L), found by the
    few capital I's a text has (a regular expression over every entry cost a tenth of the
    enrichment's time)."""
    at = text.find("I", 1)
    while at != -1:
        if text[at - 1] in SMALL_VOWELS and text[at + 1 : at + 2] in SMALL_VOWELS:
            return True
        at = text.find("I", at + 1)
    return False


# A plural noun and its verb after a capitalised word: the word is the subject's adjective or
# noun ("Young players joined the club", "Stone walls were built"), not a surname whose verb in
# -s follows ("Holmes raises money", "Holmes was charged").
_PLURAL_SUBJECT_NEXT = re.compile(
    r"\s+(?!(?:is|was|has|does)\b)[a-z]+s\s+"
    r"(?:are|were|have|had|will|would|can|could|may|must|[a-z]+ed|"
    + "|".join(sorted(PAST_VERBS))
    + r")\b"
)


# Endings of English adjectives made from names ("Olympic", "Confucian", "Siberian") and of
# movements ("Communist", "Nationalist"): such a word followed at once by a lower-case noun
# qualifies the noun ("in Communist hands", "in Nationalist territory").
ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "ese", "ish", "ist")
NOT_NOUNS = PLACE_PREPOSITIONS | PLACE_BEFORE | {
    "on", "and", "or", "to", "for", "from", "with", "by", "of", "last", "this", "next", "as",
    "where", "when", "after", "before", "since", "until", "during", "the", "a", "an",
}  # fmt: skip


def _adjective_before_noun(words: list[Token], at: int) -> bool:
    """Whether a one-word name nobody knows reads as an adjective: an adjective's ending and a
    lower-case noun right after it ("in Olympic history"), not "in Munich on Friday"."""
    if at + 1 >= len(words) or not words[at].key.endswith(ADJECTIVE_ENDINGS):
        return False
    following = words[at + 1]
    return (
        not following.capital
        and following.key.isalpha()
        and following.start - words[at].end == 1
        and following.key not in NOT_NOUNS
    )


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` lies inside one of the spans (in text order, not overlapping)."""
    if not spans:  # (most entries say nothing: no search, no tuple)
        return False
    index = bisect_right(spans, (at, at)) - 1
    return index >= 0 and spans[index][0] < at < spans[index][1]


# A word, not the second part of a hyphened word ("Submarine-launched"), nor one of digits
_PLAIN_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]*")
# The small words a title-case headline leaves in lower case ("Come to Abrupt End")
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for"}
    | {"from", "with", "as", "vs", "via", "up", "off", "out", "over", "into"}
)


@lru_cache(maxsize=4)
def _title_case(text: str) -> bool:
    """Whether the entry is a headline in title case ("South Korean Students Break Into U.S.
    Ambassador's Residence"): four capitalised words of four letters or more, and no word in
    lower case but the small ones a headline leaves so ("to", "of", "the"; not "He met the
    Director of …": "met"). Its capitals then say nothing of names (a Korean given name a
    hyphen joins still does: "Yi Hu-rang"). Read once per entry however many names ask (an
    entry of thousands of names asked once per name: the str's hash is kept, so a hit is
    cheap), and only up to its first lower-case word."""
    capitalised = 0
    for found in _PLAIN_WORD.finditer(text):
        word = found.group()
        if word[0].isupper():
            capitalised += len(word) >= 4
        elif word not in _TITLE_SMALL:
            return False
    return capitalised >= 4


# A heading that opens an entry with a name in capitals, then its title: "PHILIP HAMMOND,
# British foreign secretary:", "PARK GEUN-HYE - South Korean president:" (lists of reactions).
CAPITALS_HEADING = re.compile(
    r"[“\"]?(?P<name>(?:[A-Z][A-Z’'.]*(?:-[A-Z]+)*\s+){1,7}[A-Z][A-Z’'.]+(?:-[A-Z]+)*)"
    r"(?=\s*(?:,|:|[-–—]\s)\s*[“\"A-Za-z])"
)


_SMALL_WORDS = frozenset({"of", "to", "the", "for", "and", "on", "in", "at", "by"})


def _heading_in_capitals(text: str, acronyms: Collection[str]) -> str:
    """The entry with a heading's name in capitals written as a name ("PARK GEUN-HYE," as
    "Park Geun-hye,", "NEW ZEALAND FOREIGN MINISTER MURRAY MCCULLY:"), the same length, so
    that it is found as names are; acronyms stay ("U.S.", "UN", "KCNA": ``acronyms``, the
    keys of forms written in capitals), and so does a heading of one word ("KCNA, …")."""
    heading = CAPITALS_HEADING.match(text)
    if heading is None:
        return text

    def as_name(word: re.Match[str]) -> str:
        written = word.group()
        if "." in written or written.lower() in acronyms:
            return written
        if written.lower() in _SMALL_WORDS:
            return written.lower()  # "U.S. AMBASSADOR TO THE UN": "to the"
        return written[0] + written[1:].lower()

    name = re.sub(r"[A-Z][A-Z’'.]*", as_name, heading.group("name"))
    name = re.sub(r"-([A-Z])(?=[a-z])", lambda w: "-" + w.group(1).lower(), name)
    return text[: heading.start("name")] + name + text[heading.end("name") :]


# After a verb of a heading in capitals ("Rhee Faces a …", "Rhee Amends the …"): words no
# name goes on with.
HEADING_NEXT = frozenset(
    """a an the his her their its""".split()  # noqa: SIM905
)


def _heading_verb(words: list[Token], at: int, starts: Collection[int]) -> bool:
    """Whether the capitalised word at ``at``, after a name, is the verb of a heading written
    in capitals ("Rhee Faces a Korean Civil War", "Chun Enters Korea Military Academy", "Chun
    Marries Lee Soon-ja"): a word in -s that an article, a preposition or a known name
    follows, where no name goes on ("Kim Jones visited", "met Kim Jones in Seoul" stay one
    name). Only a heading that opens the entry: its name is the entry's first word."""
    if at != 1:
        return False
    word = words[at]
    key = word.key
    if len(key) < 4 or not key.endswith("s") or key.endswith(("ss", "us", "is")):
        return False
    if at + 1 >= len(words) or words[at + 1].start - word.end > 1:
        return False
    following = words[at + 1]
    return following.key in HEADING_NEXT or (following.capital and at + 1 in starts)


ORDINALS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
    twentieth""".split()  # noqa: SIM905
)
ROMAN = re.compile(r"[ivx]{1,5}")


def _low_ordinal(key: str) -> bool:
    """An ordinal up to the twentieth, spelt ("eighth") or in figures ("8th")."""
    if key in ORDINALS:
        return True
    number = key[:-2]
    return key.endswith(("st", "nd", "rd", "th")) and number.isdigit() and int(number) <= 20


def _unit_number(word: Token) -> bool:
    """A unit's number before its name: "56", "1st", "X" (Corps)."""
    key = word.key
    return (
        (key.isdigit() and len(key) <= 3)  # (not a year: "In 1950 Army units moved")
        or (key[:1].isdigit() and key.endswith(("st", "nd", "rd", "th")))
        or (word.upper and bool(ROMAN.fullmatch(key)))
    )


@lru_cache(maxsize=4)
def _holds_a_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of the words ``cues`` (once per entry, however many times
    the name is matched in it)."""
    return re.search(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", text) is not None


# Words after which a surname opening a sentence is a person: doing something, or his
# administration.
AFTER_A_PERSON = (
    PAST_VERBS
    | SPEECH_VERBS
    | frozenset(
        """will would could can may might must shall should did does do had has have was is
    and or to also then again later once never still not who alone himself herself
    administration government regime camp team era aides family""".split()  # noqa: SIM905
    )
)


def _common_word_opening(text: str, words: list[Token], first: int) -> bool:
    """Whether a surname alone opens a sentence and a lower-case word follows it at once that
    no verb is like ("Lie detector tests", "Brown rice prices"): a common word with a capital
    because the sentence begins, not a person ("Brown said", "Rice visits", "Lie, then …")."""
    if first + 1 >= len(words):
        return False
    before = text[max(0, words[first].start - 4) : words[first].start]  # (not the whole text)
    if first and not re.search(r"[.!?:]\s*$", before):
        return False
    if not words[first].possessive and _PLURAL_SUBJECT_NEXT.match(text, words[first].end):
        return True  # "Young players joined …", "Black miners went on strike"
    following = words[first + 1]
    key = following.key
    return (
        not following.capital
        and not writes_cyrillic(key)  # (a Russian verb: "Лавров заявил", the rule is English)
        and not words[first].possessive  # "Park’s luck": his
        and following.start - words[first].end == 1
        and text[words[first].end] == " "
        and text[following.end : following.end + 1] not in {"-", "–"}  # "Yoon re-appears"
        and key.isalpha()
        and key not in AFTER_A_PERSON
        and (not key.endswith(("s", "ed", "en", "ing")) or _gerund_subject(words, first + 1))
        and not (key.endswith("ly") and key not in NOUNS_IN_LY)  # "Kim recently stated"
    )


def _gerund_subject(words: list[Token], at: int) -> bool:
    """Whether the word in -ing at ``at`` and the lower-case noun after it make a noun the
    sentence's verb (in -ed) follows: "Moon landing anniversary celebrated" (the surname a
    common word), not "Moon visiting Seoul", "Moon visiting troops stationed there" (a plural:
    his verb's object)."""
    if not words[at].key.endswith("ing") or at + 2 >= len(words):
        return False
    noun, verb = words[at + 1], words[at + 2]
    return (
        not noun.capital
        and noun.key.isalpha()
        and not noun.key.endswith(("s", "ly", "ed"))
        and noun.key not in AFTER_A_PERSON
        and not verb.capital
        and verb.key.endswith("ed")
    )


# Words in -ly that are no adverbs: "Kim family", "a rally".
NOUNS_IN_LY = frozenset(
    "family ally rally assembly supply reply anomaly monopoly italy early only holy".split()  # noqa: SIM905
)


def _initials_in(name_words: list[str], abbreviation: str) -> bool:
    """Whether the initials of a name's words are, in order, letters of the abbreviation
    that begins with the first of them and ends with the last ("Korean Democratic Party": KDP;
    "United States Military Government in Korea": USAMGIK)."""
    if (
        len(name_words) < 2
        or name_words[0][0] != abbreviation[0]
        or name_words[-1][0] != abbreviation[-1]  # ("General Security of Military
    ):  # Information (GSOMIA)": the name cut short of its "Agreement")
        return False
    letters = iter(abbreviation)
    return all(word[0] in letters for word in name_words)


def _one_letter_apart(short: str, long: str) -> bool:
    """Whether one letter added to one of the two makes the other."""
    if len(short) > len(long):
        short, long = long, short
    if len(long) != len(short) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[at:] == long[at + 1 :]


def _ordinal_in_name(words: list[Token], at: int) -> bool:
    """An ordinal written in digits inside a name, before a capitalised word ("8th Army")."""
    key = words[at].key
    return (
        key[:1].isdigit()
        and key.endswith(("st", "nd", "rd", "th"))
        and at + 1 < len(words)
        and words[at + 1].capital
    )


def _opens_sentence(text: str, words: list[Token], at: int) -> bool:
    """Whether the word ``at`` opens the text or a sentence (capitalised for that alone)."""
    return not at or bool(
        re.search(r"[.!?:;\"“(]\s*$", text[max(0, words[at].start - 4) : words[at].start])
    )


def _in_capitals_throughout(text: str) -> bool:
    """An entry written in capitals throughout, as a cable or a telex is: no small letter
    and at least four words of capitals ("PARK SUGGESTED, THEREFORE, …"); a heading in
    capitals before a sentence ("PARK GEUN-HYE, president") or an acronym alone is not."""
    return (
        not any(char.islower() for char in text)
        and len(CAPITALS_WORD.findall(text)) >= CAPITALS_THROUGHOUT_WORDS
    )


CAPITALS_WORD = re.compile(r"\b[A-Z][A-Z'’]+\b")
CAPITALS_THROUGHOUT_WORDS = 4


def writes_language(text: str, signs: tuple[re.Pattern[str], frozenset[str]]) -> bool:
    """Whether an entry is written in a language, by its signs (word_tables.LANGUAGE_ACRONYMS):
    a letter only it writes, or two of its small words, in lower case, that English lacks."""
    letters, small_words = signs
    if letters.search(text) is not None:
        return True
    found = {word for word in re.findall(r"\b[^\W\d_]{1,5}\b", text) if word in small_words}
    return len(found) >= 2
