"""Text folding shared by search, alias lookup and suggestions.

Folding makes the forms a user may type compare equal to the forms in the data: case,
accents, typographic and straight quotes, apostrophes ("O’Brien" = "OBrien"; an elided
"l’armée" is also "armée"), hyphens and
dashes ("Kim Jong-un" = "Kim Jong Un"), abbreviation dots ("U.S." = "US", "Mt." = "Mt").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_POSSESSIVE = re.compile(r"'s\b", re.IGNORECASE)
# An elided article or preposition before a vowel ("l’armée", "d’Alfred", "dell’azienda",
# "jusqu’à", "Côte d’Ivoire"): the word is kept both joined ("larmee", as a name such as
# "O’Brien" is: "OBrien") and alone ("armee"), so that "armée" finds "l’armée" in French,
# Italian or Catalan text. Only before a vowel or h, where languages elide: "O’Brien" and
# "rock’n’roll" stay as they were. (render/html_assets/timeline.js folds the same way.)
_ELISION = re.compile(
    r"(?<!\w)([^\W\d_]{1,7})'([aeiouyhàâäáãåæèéêëìíîïòóôöõøœùúûüýÿ][^\s'\x00-]*)",
    re.IGNORECASE,
)  # (the word runs to a space or a hyphen: accents written as marks stay with it)
# Typographic marks, made plain before anything else: apostrophes vanish ("O’Brien" =
# "OBrien"), quotes and dashes separate words.
_TYPOGRAPHIC = (
    ("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("`", "'"), ("\u00b4", "'"),
    ("\u201c", " "), ("\u201d", " "), ("\u2014", " "), ("\u2013", " "), ("\u2026", " "),
    ("\u00a0", " "),
)  # fmt: skip
# Lowercase ASCII text to words: every character but a letter or digit becomes a space.
# (str.translate is fast on ASCII strings; a regex or a Unicode translate is 2-5 times slower,
# and folding every text is what a search of a million events spends its time on.)
_ASCII_WORDS = str.maketrans({chr(c): chr(c) if chr(c).isalnum() else " " for c in range(128)})
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script: Hangul words stay words
_CHUNK = re.compile(r"[^\s\u2014\u2013/]+")  # words of a text as written, split at dashes too
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{},;:!?.…*"
STOPWORDS = frozenset(
    "a an and as at by for from in into is it its of on or the to with".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _combining_marks() -> re.Pattern[str]:
    """A character class of every combining mark (the accents NFKD splits off)."""
    import sys
    import unicodedata

    ranges: list[tuple[int, int]] = []
    for code in range(0x300, sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    body = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{body}]+")


def without_accents(text: str) -> str:
    """The text with its accents taken off ("Cronología" → "Cronologia", "Bogotá" →
    "Bogota"), compatibility forms made plain; nothing else changed."""
    if text.isascii():
        return text
    import unicodedata

    return _combining_marks().sub("", unicodedata.normalize("NFKD", text))


def fold_text(text: str, *, elided_alone: bool = True) -> str:
    """Lowercase words, without accents, apostrophes or dots, separated by single spaces.

    An elided word is there twice, joined and alone ("l’armée": "larmee armee"), and a
    German "ß" is "ss" ("Fußball" = "Fussball", as Swiss German and a keyboard without it
    write it), unless ``elided_alone`` is false (an id's words: "larmee" once, "fu-ball" as
    ids were always made)."""
    return _words_of_plain(_plain(text, elided_alone=elided_alone))


def _plain(text: str, *, elided_alone: bool = True) -> str:
    """The first steps of ``fold_text``: typographic marks made plain, possessives,
    apostrophes and dots removed, lowercase. Each character's fate depends on its
    neighbours only within a word, so that texts joined by ``_SEPARATOR`` go through it
    together as they would one by one (see ``index_words``)."""
    if not text.isascii():
        for mark, plain in _TYPOGRAPHIC:
            if mark in text:
                text = text.replace(mark, plain)
    elif "`" in text:  # the one ASCII mark of them: an apostrophe in ASCII text too
        text = text.replace("`", "'")
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
        if elided_alone:
            text = _ELISION.sub(r"\1\2 \2", text)
        text = text.replace("'", "")
    text = text.replace(".", "").lower()
    if elided_alone and "ß" in text:  # (a capital "ẞ" is "ß" once lowercased)
        text = text.replace("ß", "ss")
    return text


def _words_of_plain(text: str) -> str:
    """The last step of ``fold_text``: the words of a plain text, single spaces between."""
    if text.isascii():
        return " ".join(text.translate(_ASCII_WORDS).split())
    import unicodedata  # accents and other scripts

    # A text already decomposed (NFD: "re\u0301sume\u0301", as macOS and some editors and
    # PDF extractors write accents) is NFKD already, but its accents are still there, and
    # would split its words ("re", "sume"): it is not NFC, so it is folded too.
    if not unicodedata.is_normalized("NFKD", text) or not unicodedata.is_normalized("NFC", text):
        # (lowercased again: compatibility forms decompose to capitals, "㎾" to "kW")
        text = _combining_marks().sub("", unicodedata.normalize("NFKD", text)).lower()
    return " ".join(_WORD.findall(text))


# Joins the texts folded together by ``index_words``: a control character, neither a word
# character nor one a case rule skips ("Σ" before it lowercases as at the end of a text).
_SEPARATOR = "\x00"
_ASCII_WORDS_KEEP_SEPARATOR = {**_ASCII_WORDS, 0: _SEPARATOR}


def index_words(texts: list[str]) -> list[str]:
    """The words of each text as ``fold_text`` gives them, in order, separated by one space
    or more: ``index_words(texts)[i].split() == fold_text(texts[i]).split()``. For a
    tokenizer that splits at any run of spaces (the full-text index's), at half the cost of
    folding each text: the texts are joined, so that the work on characters runs in C over
    one string, and runs of spaces are left as they are (making single spaces of them
    builds every word as a string: half the time of folding)."""
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # a text holds one (or no texts)
        return [fold_text(text) for text in texts]
    plain = _plain(joined)
    if plain.isascii():
        return plain.translate(_ASCII_WORDS_KEEP_SEPARATOR).split(_SEPARATOR)
    return [
        part.translate(_ASCII_WORDS) if part.isascii() else _words_of_plain(part)
        for part in plain.split(_SEPARATOR)
    ]


# Names, aliases and query words repeat; event texts (use fold_text) mostly do not.
fold = lru_cache(maxsize=16384)(fold_text)


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return fold_text(text).split()


def query_words(text: str) -> list[str]:
    """The words of a query, without stopwords unless the query is nothing but stopwords."""
    all_words = words(text)
    content = [word for word in all_words if word not in STOPWORDS]
    return content or all_words


# A word of a text as written: (start, end, surface, folded words).
Chunk = tuple[int, int, str, list[str]]


def ascii_word(word: str) -> str:
    """A folded word's ASCII letters and digits ("承" → "", "k-pop承" → "k-pop", "fußball" →
    "fu-ball"): an id is a slug of those only (a text in Chinese or Korean letters would
    else make no id that loads)."""
    return "-".join(re.findall(r"[a-z0-9]+", word))


def surface_words(text: str) -> Iterator[Chunk]:
    """Each word of a text as written (edge punctuation trimmed) with its folded words.

    "“Rocket" -> (…, "Rocket", ["rocket"]); "Jong-un" -> (…, "Jong-un", ["jong", "un"]).
    Used to turn matched folded words back into the characters to highlight.
    """
    for match in _CHUNK.finditer(text):
        raw = match.group()
        surface = raw.strip(_EDGE_PUNCTUATION)
        if not surface:
            continue
        folded = fold(surface).split()
        if folded:
            start = match.start() + raw.index(surface)
            yield start, start + len(surface), surface, folded


def close_matches(
    word: str, choices: Iterable[str], *, limit: int = 3, cutoff: float = 0.6
) -> list[str]:
    """The choices nearest to ``word`` for a "did you mean" (difflib's ratio, best first).

    The one suggestion helper: unknown names, event ids, fields and search queries all
    suggest through it. (Forgiving a typo — taking "Beigun" as Biegun — is search's scorer's
    job, not this; this only proposes.)"""
    from difflib import get_close_matches

    return get_close_matches(word, list(choices), n=limit, cutoff=cutoff)
