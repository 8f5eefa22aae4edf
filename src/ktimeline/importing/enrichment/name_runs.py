"""Runs of capitalised words: where a name nobody knows starts and ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.bodies import BODY_OPENERS, _opens_a_body
from ktimeline.importing.enrichment.persons import (
    WEEKDAYS,
    _first_initial,
    _initial,
    _initials_before_surname,
    _korean_syllable_closing,
    _korean_syllables_after,
    _middle_initials,
    _month_as_given_name,
    _title_key,
)
from ktimeline.importing.enrichment.word_tables import (
    GEO_WORDS,
    NAME_SUFFIXES,
    NOT_NAMES,
    QUESTION_OPENERS,
)
from ktimeline.importing.enrichment.writing import _heading_verb

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from ktimeline.importing.enrichment.words import Token


def _longer_unknown_names(words: list[Token], matched_at: Collection[int]) -> dict[str, list[int]]:
    """The words that open a longer name no form matched, in one pass ("the chair of the Joint
    Chiefs, Han Min Ku. Lee told Han": "han"): such a surname alone elsewhere in the entry
    means that person, not a known one of the same surname. A given name is one or two
    words: not a heading in capitals ("Rhee Fixes Fourth Term Election"). (word → where)"""
    opening: dict[str, list[int]] = {}
    at = 0
    while at < len(words):
        end = at
        while (
            end + 1 < len(words)
            and words[end + 1].capital
            and end + 1 not in matched_at
            and words[end + 1].start - words[end].end == 1
            and words[end + 1].key not in WEEKDAYS  # ("Trump Saturday invited": no name)
        ):
            end += 1
        if 1 <= end - at <= 2 and words[at].capital and not words[at].possessive:
            opening.setdefault(words[at].key, []).append(at)
        at = end + 1
    return opening


def _word_opens_name(text: str, words: list[Token], at: int) -> bool:
    """Whether the word ``at`` opens a longer name with the known name right after it
    ("National" in "National Security Council"): capitalised, no acronym, not a word that
    is no name, and not the first word of a sentence (where every word is capitalised)."""
    word = words[at]
    if (
        not word.capital
        or word.upper
        or word.possessive
        or (word.key in NOT_NAMES and word.key not in BODY_OPENERS)
        or words[at + 1].start - word.end > 1
        or _title_key(word.key)
        or word.key.endswith(("s", "ed", "ing"))  # a verb of a headline: "Defies", "Briefed"
    ):
        return False
    before = text[max(0, word.start - 3) : word.start].strip()
    return bool(at and before and before[-1] not in '.!?:;-–—•・"“(')


def _name_run(
    words: list[Token], at: int, starts: Mapping[int, tuple[int, int, tuple[str, ...]]], *,
    start_matched: bool = False, through_surnames: bool = False,
) -> int:  # fmt: skip
    """The last word of the name starting at ``at`` (at most four capitalised words and the
    parts a hyphen joins: "Kim Gye-kwan"); ``at - 1`` when no name starts there. With
    ``through_surnames``, a known surname after a given name nobody knows is part of the
    name ("Foreign Minister Shintaro Abe" is a new person, not Shinzo Abe)."""
    end = at - 1
    while end + 1 < len(words):
        word = words[end + 1]
        if word.joined and end >= at:
            end += 1
            continue
        if (
            not word.capital
            or (
                word.key in NOT_NAMES
                and not (end >= at and _initial(words, end + 1))
                and not (  # "Chon In-chol": "In" opens a given name a hyphen joins
                    end >= at and end + 2 < len(words) and words[end + 2].joined
                )
                and not (end >= at and _korean_syllables_after(words, end))  # "Pak In Ho"
                and not (end > at and _korean_syllable_closing(words, end))  # "So Chung On"
                and not _month_as_given_name(words, end + 1)  # "Coach Jan Visser"
            )
            or (end >= at and word.start - words[end].end > 1 and not _initial(words, end))
            or (  # "Mr. Roe Has the minister seen …?": a question's verb after the name (a
                # speaker's heading in a parliament's record), no part of it
                end >= at
                and word.key in QUESTION_OPENERS
                and end + 2 < len(words)
                and not words[end + 2].capital
            )
            or (
                end + 1 in starts
                and not (start_matched and end + 1 == at)
                and not (through_surnames and end >= at and starts[end + 1][2][0] == "surname")
                and not (  # "Dr. Martin Luther King Jr.": a title's word before a suffix
                    end >= at  # is the name's surname
                    and end + 2 < len(words)
                    and words[end + 2].key in NAME_SUFFIXES
                    and words[end + 2].capital
                )
            )
            or end + 1 - at >= 4
        ):
            break
        end += 1
        if word.possessive:
            break
    if (
        at <= end < len(words) - 1
        and words[end + 1].key in NAME_SUFFIXES
        and words[end + 1].capital
        and words[end + 1].start - words[end].end <= 2  # ("Haig, Jr.", "Gregg Jr.")
        and not words[end].possessive
    ):
        end += 1
    return end


def _longer_name(words: list[Token], last: int, starts: Collection[int]) -> bool:
    """A capitalised word nobody knows right after a name makes both one longer name."""
    if last + 1 >= len(words) or words[last].possessive:
        return False
    following = words[last + 1]
    if following.upper and _initial(words, last + 1):  # "James A. Van Fleet"
        return following.start - words[last].end <= 1 and last + 1 not in starts
    return (
        following.capital
        and not following.upper
        and following.start - words[last].end <= 1
        and (following.key not in NOT_NAMES or _hyphened_name(words, last + 1, lower=True))
        and last + 1 not in starts
        and not _heading_verb(words, last + 1, starts)
    )


SPACING = frozenset(" -‑–’'\u00a0")  # what may stand between two words of one name


def _hyphened_name(words: list[Token], at: int, *, lower: bool = False) -> bool:
    """Whether the capitalised word at ``at`` opens a hyphened name with the capitalised word
    after it ("In-Bae", "On-Yu"): a given name, though its first half is a common word. With
    ``lower``, after a surname, the second half may be in lower case ("Lee In-bae")."""
    return (
        at + 1 < len(words)
        and words[at].capital
        and words[at + 1].joined
        and (words[at + 1].capital or lower)
        and words[at + 1].start - words[at].end == 1
    )


# The lower-case half of a compound adjective made from a name ("Party-led", "Seoul-based",
# "UN-backed"): no part of the name.
COMPOUND_TAILS = frozenset(
    """led backed based run owned controlled sponsored funded brokered linked allied aligned
    dominated affiliated""".split()  # noqa: SIM905
)


def _capital_runs(words: list[Token], covered: set[int], text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words no form matched ("Hideki Kato"): names nobody knows. Words
    joined by a mark other than a hyphen or an apostrophe are two ("Died:Nikolaos")."""
    runs = []
    at = 0
    while at < len(words):
        word = words[at]
        if (
            not word.capital
            or at in covered
            or (
                word.key in NOT_NAMES
                and not _opens_a_body(words, at, covered)
                and not _hyphened_name(words, at)
                and not _month_as_given_name(words, at)
            )
            or (
                word.upper
                and not _first_initial(words, at, covered)
                and _initials_before_surname(words, at, text) is None
            )
        ):
            at += 1
            continue
        end = at
        if word.upper and not _first_initial(words, at, covered):
            end = _initials_before_surname(words, at, text) or at  # "B.N. Rau", "K. M. Panikkar"
        while (
            end + 1 < len(words)
            and end + 1 not in covered
            and (
                words[end + 1].capital
                or (words[end + 1].joined and words[end + 1].key not in COMPOUND_TAILS)
            )  # ("the Democratic Party–led government": the party, then "led")
            and (
                not words[end + 1].upper
                or _middle_initials(words, end + 1)
                or _initials_before_surname(words, end + 1, text, inside_a_name=True)
                is not None  # "Richard J. H. Johnston"
            )
            and (
                words[end + 1].start == words[end].end
                or (words[end + 1].start - words[end].end == 1 and text[words[end].end] in SPACING)
                or _initial(words, end)
                or (
                    words[end].upper
                    and _initials_before_surname(words, end, text, inside_a_name=True) is not None
                )
                or (  # "Alexander M. Haig, Jr.": a name's suffix after its comma
                    words[end + 1].key in NAME_SUFFIXES
                    and text[words[end].end : words[end + 1].start] == ", "
                )
                or (  # "the Martyrs’ Mausoleum": a plural possessive inside a site's name
                    words[end + 1].key in GEO_WORDS
                    and words[end].key.endswith("s")
                    and text[words[end].end : words[end + 1].start] in {"’ ", "' "}
                )
            )
            and (
                words[end + 1].key not in NOT_NAMES
                or _middle_initials(words, end + 1)
                or _hyphened_name(words, end + 1, lower=True)  # "Lee In-Bae", "Lee In-bae"
                or _month_as_given_name(words, end + 1)  # "Coach Jan Visser"
                or (end > at and _korean_syllable_closing(words, end))  # "So Chung On."
                or (  # "Kim Dal-in": a given name's second half after a surname, though
                    end > at  # it is a common word ("in", "on")
                    and words[end + 1].joined
                    and words[end + 1].start - words[end].end == 1
                )
            )
            and (not words[end].possessive or words[end + 1].key in GEO_WORDS)
        ):  # ("Martyr's Mausoleum": a possessive inside a site's name)
            end += 1
        runs.append((at, end))
        at = end + 1
    return runs
