"""States and forces: a state's adjective, embassy or capital, and its armed forces."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.persons import STATE_THINGS
from ktimeline.importing.enrichment.word_tables import (
    AFTER_A_FORCE,
    CULTURE_NOUNS,
    FORCES_AS_ADJECTIVE,
    VERBS_AFTER_PLURAL_FORCES,
)
from ktimeline.importing.enrichment.writing import ADJECTIVE_ENDINGS, _title_case
from ktimeline.importing.knowledge import knowledge
from ktimeline.importing.quotations import SPEECH_VERBS

if TYPE_CHECKING:
    from ktimeline.importing.enrichment.words import Token


def _model_after(words: list[Token], at: int) -> bool:
    """Whether a craft's model designation starts at ``at``, after at most one maker's name:
    letters, a hyphen and a number ("EC-121", "F-22", "MiG-21", "Lockheed EC-121M", "B-29s")."""
    for shift in (0, 1):
        if at + shift + 1 >= len(words):
            return False
        letters, number = words[at + shift], words[at + shift + 1]
        if (
            letters.capital
            and len(letters.key) <= 3
            and number.joined
            and number.key[:1].isdigit()
            and number.start - letters.end == 1
        ):
            return True
        if not letters.capital or letters.key[:1].isdigit():
            return False
    return False


def _force_as_adjective(following: Token, force_word: str) -> bool:
    """Whether the lower-case word right after a force's name is a noun it qualifies ("a South
    Korean military helicopter", "military officials"): a plural or a noun the corpus shows
    (FORCES_AS_ADJECTIVE), or after "military" (an adjective itself) any singular noun; not
    a verb ("warned", "says", "began"), nor a function word. After a proper name ("the U.S.
    Navy ship") the force is named, as the corpus annotates it."""
    key = following.key
    if following.capital or not key.isalpha():
        return False
    if key in VERBS_AFTER_PLURAL_FORCES and force_word != "military" and force_word.endswith("s"):
        return False  # "the US and South Korean navies plan to hold": the verb, not "a
        # military plan" (a plural noun qualifies no noun that is also a verb of theirs)
    if key in FORCES_AS_ADJECTIVE:
        return True
    return (
        force_word == "military"
        and key not in AFTER_A_FORCE
        and not key.endswith(("ed", "ing", "s"))
    )


# Before a name, words that say where (so "in Washington state" is the state of the union).
WHERE_BEFORE = frozenset({"in", "of", "from", "across", "throughout", "to", "at", "near"})


def _state_of_a_union(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether a capital's name goes on with "State" and names a state of a union, no
    government acting ("Washington State passes a law", "voters in Washington state"): "State"
    capitalised and no capitalised word after it ("Washington State University" is a body's
    name), or "state" in lower case after a word of where and before none of the state's
    things ("Pyongyang state media")."""
    at = last + 1
    word = words[at]
    if word.key != "state" or word.start - words[last].end > 1 or word.possessive:
        return False
    after = words[at + 1] if at + 1 < len(words) else None
    if word.capital:
        return (
            after is None or not after.capital or after.start - word.end > 2
        ) and not _title_case(text)
    return (
        first > 0
        and words[first - 1].key in WHERE_BEFORE
        and not (after is not None and (after.key in STATE_THINGS or after.joined))
    )


def _own_state(capital: tuple[str, ...], state: str) -> bool:
    """Whether ``state`` is the capital's own (``capital``: its matched target, ("capital",
    state, city)), as in an address ("Pyongyang, North Korea"); another state named after a
    comma opens the next clause ("… to Seoul, North Korea said")."""
    return capital[0] != "capital" or capital[1] == state


# Wares named after their country by its name itself ("China porcelain", "Japan lacquer").
WARES = frozenset(
    """porcelain ceramics lacquer lacquerware silk tea clay""".split()  # noqa: SIM905
)


def _culture_of_a_people(words: list[Token], first: int, last: int, name: str) -> bool:
    """Whether a state's adjective ("Russian", "Japanese") is said of an art or a way of its
    people (CULTURE_NOUNS) rather than of the state: "a report on the Russian ballet"; or its
    name of a ware ("China porcelain")."""
    if first != last or last + 1 >= len(words):
        return False
    word, following = words[first], words[last + 1]
    return (
        following.key in CULTURE_NOUNS
        and not following.capital
        and (
            (word.key != name.lower() and word.key.endswith(ADJECTIVE_ENDINGS))
            or following.key in WARES  # "China porcelain from Jingdezhen sells"
        )
        and following.start - word.end == 1
    )


EMBASSY_WORDS = frozenset({"embassy", "embassies", "consulate", "legation", "mission"})
MISSION_IN = re.compile(r"\s+in\s+[A-Z]")


def _mission_acting(text: str, words: list[Token], at: int) -> bool:
    """Whether the state's embassy (consulate, legation) at ``at`` is its body abroad, placed
    in a city or speaking ("the US Embassy in Seoul", "the British Embassy said"), so the state
    is an actor; not a building ("took refuge in the Russian legation", "the Russian legation is
    closed")."""
    if words[at].key not in EMBASSY_WORDS:
        return False
    end = words[at].end
    if MISSION_IN.match(text, end) is not None:
        return True
    verb = re.match(r"\s+(?:also\s+)?([a-z]+)", text[end : end + 40])
    return verb is not None and (
        verb.group(1) in SPEECH_VERBS  # ("… legation is closed": no)
        or verb.group(1) in MISSION_VOICES  # "A South Korean Embassy spokesman in Beijing said"
    )


# The people who speak or act for an embassy ("a South Korean Embassy spokesman").
MISSION_VOICES = frozenset(
    """spokesman spokeswoman spokesperson official officials diplomat diplomats""".split()  # noqa: SIM905
)


def _country_of(place: str) -> str:
    found = knowledge().places.get(place)
    return found.country or "" if found else ""


def _adjective(text: str, words: list[Token], prior: tuple[int, int, tuple[str, ...]]) -> str:
    return text[words[prior[0]].start : words[prior[1]].end]


def _in_a_list_of_languages(text: str, words: list[Token], at: int) -> bool:
    """Whether a state's adjective stands in a list of capitalised words with "English" (which
    names no state), only commas, "and" or "or" between: "in English, Korean, Chinese" are
    languages, not the states."""
    for step in (-1, 1):
        near = at
        while 0 <= near + step < len(words):
            left, right = (near + step, near) if step < 0 else (near, near + step)
            if text[words[left].end : words[right].start].strip(" ,") or not (
                words[near + step].capital or words[near + step].key in {"and", "or"}
            ):
                break
            near += step
            if words[near].key == "english":
                return True
    return False


def _officials_in(words: list[Token], first: int) -> bool:
    """Whether officials no state's word names are placed in the capital at ``first``
    ("Officials in Tokyo say", "governmental officials in Seoul declared"): its government's
    (not "U.S. officials in Seoul", whose state is named; "diplomats in Pyongyang" are any
    state's)."""
    return (
        first >= 2
        and words[first - 1].key == "in"
        and words[first - 2].key == "officials"
        and not (
            first >= 3 and words[first - 3].capital and words[first - 3].key not in PLAIN_OFFICIALS
        )
    )


# Words before "officials" that name no state ("Government officials in Seoul").
PLAIN_OFFICIALS = frozenset({"government", "governmental", "senior", "top", "local", "some"})
