"""Text folding shared by search, alias lookup and suggestions.

Folding makes the forms a user may type compare equal to the forms in the data: case,
accents, typographic and straight quotes, apostrophes ("O’Brien" = "OBrien"), hyphens and
dashes ("Kim Jong-un" = "Kim Jong Un"), abbreviation dots ("U.S." = "US", "Mt." = "Mt").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

_POSSESSIVE = re.compile(r"['\u2019\u2018\u02bc]s\b", re.IGNORECASE)
_DELETE = str.maketrans("", "", "'\u2019\u2018\u02bc`\u00b4.")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_WORD = re.compile(r"[0-9a-z]+")
_CHUNK = re.compile(r"[^\s\u2014\u2013/]+")  # words of a text as written, split at dashes too
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{},;:!?.…*"
STOPWORDS = frozenset(
    "a an and as at by for from in into is it its of on or the to with".split()  # noqa: SIM905
)


def fold_text(text: str) -> str:
    """Lowercase ASCII words separated by single spaces."""
    if not text.isascii():
        import unicodedata  # only non-ASCII text needs it

        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text).translate(_DELETE).lower()
    return _NON_WORD.sub(" ", text).strip()


# Names, aliases and query words repeat; event texts (use fold_text) mostly do not.
fold = lru_cache(maxsize=16384)(fold_text)


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold_text(text))


def query_words(text: str) -> list[str]:
    """The words of a query, without stopwords unless the query is nothing but stopwords."""
    all_words = words(text)
    content = [word for word in all_words if word not in STOPWORDS]
    return content or all_words


# A word of a text as written: (start, end, surface, folded words).
Chunk = tuple[int, int, str, list[str]]


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
