"""Persons and titles: initials, surnames, Korean names, titles and offices before a name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.speech import _acting_verb
from ktimeline.importing.enrichment.word_tables import (
    COUNTERPART_TITLES,
    DEATH_COMPOUNDS,
    DEATH_NOUNS,
    DEFENSE_OFFICES,
    DOCUMENT_NOUNS,
    FIRM_ROLES,
    FOREIGN_OFFICES,
    GEO_WORDS,
    HEAD_TITLES,
    HONORIFICS,
    KIN_OWNERS,
    KOREAN_SYLLABLE,
    LEADING_TITLES,
    MEDIA_WORDS,
    NOT_NAMES,
    OCCUPATIONS,
    ORG_WORDS,
    RANKS_ALSO_WORDS,
    SITE_NOUNS,
    SITE_WORDS,
    STATE_MODIFIERS,
    TITLES,
    TITLES_BEFORE_A_SURNAME,
    UNIT_WORDS,
)
from ktimeline.importing.enrichment.words import Token, tokens
from ktimeline.importing.enrichment.writing import _one_letter_apart, _title_case
from ktimeline.importing.quotations import PAST_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from collections.abc import Callable, Collection


def _bears_as_written(person: str, written: str) -> bool:
    """Whether the last word of ``written`` ("Lee", "Mr. Kim") is a word of ``person``'s own
    name ("John Lee"), not only of another spelling of it ("Lee" of Syngman Rhee)."""
    last = written.split()[-1:] if written else []
    return bool(last) and last[0].casefold() in person.casefold().replace("-", " ").split()


def _office_group(title: str, titles: tuple[str, ...] | None) -> str | None:
    """The group an office falls in for "the two …" (_the_two), or None if the words do not
    mean it: the heads of state and government together for "leaders"; an office and its
    counterparts ("Foreign Minister", "Secretary of State") for the others; ``titles`` None
    ("the two ministers") takes any minister's office."""
    if titles == ("Leader",):
        return "head" if title in HEAD_TITLES else None
    if titles is not None and title not in titles:
        return None
    if (
        titles is None
        and "Minister" not in title
        and title not in FOREIGN_OFFICES + DEFENSE_OFFICES
    ):
        return None
    return next((min(c) for c in COUNTERPART_TITLES if title in c), title)


# A firm's, a club's or a court's officers, written right before the person's name ("CEO
# Jeffrey Skilling", "chief executive Jeffrey Skilling", "Coach Martha Jones", "Judge Robert
# Kline"): the name after one is a person (in capitals, an abbreviation; in lower case or at
# the run's start, a word).
OFFICER_ACRONYMS = frozenset({"ceo", "cfo", "coo", "cto"})
OFFICER_WORDS = frozenset(
    """executive chairman chairwoman founder cofounder co-founder treasurer coach judge
    justice manager captain correspondent""".split()  # noqa: SIM905
)
OFFICER_NAME_WORDS = (2, 3)  # a given name, perhaps an initial, a surname
# The last word of an occasion's name, no surname: a title's word may open it ("Founder Day
# Parade", "Captain Cook Week", "Judge Roy Bean Celebration").
OCCASION_WORDS = frozenset(
    """parade ceremony celebration celebrations gala reunion week weekend carnival
    jubilee anniversary commemoration""".split()  # noqa: SIM905
)


def _officer_before(text: str, words: list[Token], first: int, last: int) -> int | None:
    """Where a person's name starts in a run of capitalised words that an officer's title
    opens or follows ("CEO Jeffrey Skilling", "Coach Martha Jones"): two or three words of a
    name, none a body's, place's or outlet's word, not a possessive ("CEO Jane Smith's
    memo" names her all the same, but a firm's name may end so), not a headline's title case."""
    before = words[first - 1] if first else None
    if (
        before is not None
        and text[before.end : words[first].start] == " "
        and (
            (before.upper and before.key in OFFICER_ACRONYMS)
            or (not before.capital and before.key in OFFICER_WORDS)
        )
    ):
        name_from = first
    elif words[first].key in OFFICER_WORDS | OFFICER_ACRONYMS and last > first:
        name_from = first + 1
    else:
        return None
    given_month = _month_as_given_name(words, name_from)  # ("Coach Jan Visser")
    keys = {w.key for w in words[name_from + given_month : last + 1]}
    if (
        last - name_from + 1 not in OFFICER_NAME_WORDS
        or words[last].possessive
        or keys & (ORG_WORDS | MEDIA_WORDS | GEO_WORDS | NOT_NAMES | UNIT_WORDS | BODY_WORDS)
        or words[last].key in OCCASION_WORDS | NOT_BODIES  # ("Founder Day Parade begins")
        or any(
            words[at].upper and not _initial(words, at) for at in range(name_from, last + 1)
        )  # (the name's words only: enumerating the entry's made a long one quadratic)
        or _title_case(text)
    ):
        return None
    return name_from


# German writes a role before a name capitalised, as a noun, often after its article ("der
# Vorstandschef Hans Müller", "Außenministerin Annalena Baerbock", "die Sprecherin Anna Weber"):
# a compound's last part names the role.
GERMAN_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
GERMAN_ROLE = re.compile(
    r"\w*?(chef|minister|präsident|sprecher|leiter|kanzler|direktor|vorsitzender?|botschafter|"
    r"gesandter?|general|kommandeur|berater|beauftragter?)(?:in)?"
)


def _german_role(
    words: list[Token], first: int, last: int, german: Callable[[], bool]
) -> int | None:
    """The word of a German role that opens the run (after its article, if any) before a name
    of two or three words ("Der Vorstandschef Hans Müller"): its index, where the entry is
    written in German, the run opens with an article or the role is a compound ("Außenminister",
    which English writes in two words). None otherwise (a role alone, or before one word:
    "Kanzler Scholz" may be a known name)."""
    role = first + 1 if words[first].key in GERMAN_ARTICLES else first
    if not 2 <= last - role <= 3 or words[role].possessive:
        return None
    found = GERMAN_ROLE.fullmatch(words[role].key)
    if found is None or not (role > first or found.start(1) >= 3 or german()):
        return None
    if any(GERMAN_ROLE.fullmatch(w.key) or w.key in NOT_NAMES for w in words[role + 1 : last + 1]):
        return None
    return role


# Letters with stops that abbreviate a state, a body, a place or a time, not given names.
ABBREVIATED_NOT_INITIALS = frozenset(
    """us un uk dc eu nk sk rok ussr usa uae prc dprk ny la am pm bc ad ss hms""".split()  # noqa: SIM905
)
DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.\s?){1,3}")


def _initials_before_surname(
    words: list[Token], at: int, text: str, *, inside_a_name: bool = False
) -> int | None:
    """The index of the surname after a person's initials opening at ``at``, each letter with
    its stop ("B.N. Rau", "K. M. Panikkar", "H.R. McMaster"), if they are: one to three
    letters, then a word in capitals and small letters one space after; not an abbreviation
    of a state, body, place or time ("U.S. Navy", "U.N. Command", "10 A.M. Monday"). Unless
    ``inside_a_name`` (read as a run goes on), a capitalised word right before them must be a
    title ("Ambassador K. M. Panikkar"): after another ("Katharine H.S. Moon") they are the
    middle of a longer name, read whole or not at all."""
    end = at
    while end < len(words) and words[end].upper and len(words[end].key) <= 3:
        end += 1
    if end == at or end >= len(words) or end - at > 3:
        return None
    written = text[words[at].start : words[end].start]
    letters = "".join(w.key for w in words[at:end])
    surname = words[end]
    if (
        DOTTED_LETTERS.fullmatch(written.rstrip() + " ") is None
        or not written.endswith(". ")
        or len(letters) > 3
        or letters in ABBREVIATED_NOT_INITIALS
        or any(w.key in ABBREVIATED_NOT_INITIALS for w in words[at:end])
        or not surname.capital
        or surname.upper
        or surname.key in NOT_NAMES | WEEKDAYS
    ):
        return None
    before = words[at - 1] if at else None
    if (
        not inside_a_name
        and before is not None
        and before.capital
        and words[at].start - before.end == 1
        and before.key not in LEADING_TITLES | TITLES_BEFORE_A_SURNAME
    ):
        return None
    return end


def _initials_then_surname(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether the run is a person's initials and one or two names ("B.N. Rau", "K. M.
    Panikkar", "V.K. Krishna Menon"), no body's, place's, unit's or common word among them,
    outside a title-case headline."""
    surname_at = _initials_before_surname(words, first, text)
    return (
        surname_at is not None
        and 0 <= last - surname_at <= 1
        and all(w.capital and not w.upper for w in words[surname_at : last + 1])
        and not words[last].possessive
        and not {w.key for w in words[surname_at : last + 1]}
        & (ORG_WORDS | MEDIA_WORDS | GEO_WORDS | UNIT_WORDS | BODY_WORDS | NOT_NAMES)
        and not _title_case(text)
    )


def _rank_of_word(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether the run opens with a rank that is a word and a surname too ("Major", "Private",
    "Marshal") before a person's name: two or three words of a name, no body's, place's or
    unit's word among them, the rank not after a capitalised word ("John Major") and not in a
    title-case headline ("Major Road Works Begin")."""
    if not (
        words[first].key in RANKS_ALSO_WORDS
        and 2 <= last - first <= 3  # (a given name, an initial, a surname)
        and not (first and words[first - 1].capital)
        and not words[last].possessive
        and all(w.capital and not w.upper for w in words[first + 1 : last + 1])
    ):
        return False
    keys = {w.key for w in words[first + 1 : last + 1]}
    return not keys & (
        ORG_WORDS | MEDIA_WORDS | GEO_WORDS | NOT_NAMES | UNIT_WORDS | BODY_WORDS
    ) and not _title_case(text)


STATE_THINGS = frozenset(
    """media tv television radio news run owned controlled broadcaster newspaper newspapers
    agency visit dinner funeral department council secrets security""".split()  # noqa: SIM905
)


def _kin_of_after(words: list[Token], at: int) -> bool:
    """Whether "the widow of", "son of" (a kin word and "of", after an article or not) follows:
    what only a person is ("Ada Brent, the widow of the ship's captain")."""
    if at < len(words) and words[at].key == "the":
        at += 1  # ("Ada Brent, widow of …" too)
    return at + 1 < len(words) and words[at].key in KIN_WORDS and words[at + 1].key == "of"


# After "the" and a surname alone, a family's rule: "the Kim regime", "the Somoza dynasty".
FAMILY_RULE = frozenset({"regime", "dynasty", "family", "clan", "dynasties", "families"})


def _family_rule(words: list[Token], first: int, last: int) -> bool:
    """Whether a bare surname names a family's rule ("the Kim regime"), not one person."""
    return (
        first > 0
        and words[first - 1].key == "the"
        and last + 1 < len(words)
        and words[last + 1].key in FAMILY_RULE
        and not words[last].possessive
    )


# Nouns of a quoted expert's own role, before a surname ("nuclear expert Albright") or in an
# apposition after it ("Albright, a nuclear expert at …").
EXPERT_NOUNS = frozenset(
    """expert analyst scholar researcher academic economist historian scientist physicist
    specialist""".split()  # noqa: SIM905
)
EXPERT_APPOSITION = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<role>" + "|".join(sorted(EXPERT_NOUNS)) + r")\b"
)


def _experts_role(text: str, words: list[Token], first: int, last: int) -> str | None:
    """The expert's role the text gives a surname alone: a role noun right before it
    ("nuclear expert Albright said") or in an apposition after it ("Albright, a nuclear
    expert at the institute, said"); None when it gives none."""
    if (
        first
        and words[first - 1].key in EXPERT_NOUNS
        and not words[first - 1].capital
        and words[first].start - words[first - 1].end == 1
        and text[words[first - 1].end] == " "
    ):  # (not "Against the advice of other experts, MacArthur …": a sentence's own subject)
        return words[first - 1].key
    said = EXPERT_APPOSITION.match(text, words[last].end)
    return said["role"] if said is not None else None


def _surname_after_given_capital(words: list[Token], at: int, matched_at: Collection[int]) -> bool:
    """Whether a capital people bear as a given name (PERSONAL_NAME_CAPITALS) opens a person's
    name with the surname right after it ("Washington Irving wrote", "the writer Washington
    Irving's house"): one capitalised word no form matched, no word of a body, a place, a
    document, a unit or a street, and no further capitalised word after it ("the Washington
    Special Actions Group", "the Washington Naval Conference" stay the state's or a name's)."""
    after = at + 1
    if after >= len(words) or after in matched_at or words[at].possessive:
        return False
    word = words[after]
    if (
        not word.capital
        or word.upper
        or word.joined
        or word.start - words[at].end != 1
        or not word.key.isalpha()
        or word.key
        in NOT_NAMES
        | ORG_WORDS
        | MEDIA_WORDS
        | GEO_WORDS
        | DOCUMENT_NOUNS
        | UNIT_WORDS
        | STREET_WORDS
        | BODY_WORDS
        | SITE_WORDS
        | OCCASION_WORDS
        | STATE_THINGS
        or _title_key(word.key)
    ):
        return False
    return not (
        after + 1 < len(words)
        and words[after + 1].capital
        and words[after + 1].start - word.end <= 1
        and not word.possessive
    )


def _in_a_persons_name(
    words: list[Token], at: int, matched_at: Collection[int], sides: tuple[int, ...] = (-1, 1)
) -> bool:
    """Whether a state's one-word name that people also bear (PERSONAL_NAME_STATES) is part
    of a person's name: a capitalised word right before it or right after it that no form
    matched and that is no title nor a word that opens sentences ("Michael Jordan", "Jordan
    Peterson"); not "King Abdullah of Jordan", "Egypt, Jordan and Syria", "Red China"."""
    for near in (at + side for side in sides):
        if not 0 <= near < len(words) or near in matched_at:
            continue
        word = words[near]
        left, right = (word, words[at]) if near < at else (words[at], word)
        if (
            word.capital
            and not word.upper
            and not left.possessive
            and right.start - left.end == 1
            and word.key.isalpha()
            and word.key not in NOT_NAMES
            and word.key not in STATE_MODIFIERS
            and not _title_key(word.key)
        ):
            return True
    return False


# (hooks of the quotations round quotes11: what may stand between an acting title and its
# verb, and the verbs before "the" that make the title the one who speaks)
WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)
ACTING_GAP = (
    frozenset({"also", "later", "then", "again", "reportedly", "further", "yesterday", "today"})
    | frozenset({"on"})
    | WEEKDAYS
)
SAID_BEFORE = frozenset({"said", "says", "added", "adds", "quoted", "citing", "cited"})


def _acting_title(words: list[Token], first: int, last: int) -> bool:
    """ "the president threatened", "the president said": a title with "the" that acts (a
    verb follows), not an office ("the election of the president", "leader of the party")."""
    if first < 1 or words[first - 1].key != "the":
        return False
    according = first >= 3 and words[first - 3].key == "according" and words[first - 2].key == "to"
    if (
        first >= 2
        and words[first - 2].key in {"of", "for", "to", "as", "former", "a", "an"}
        and not according
    ):
        return False
    after = last + 1  # (an adverb or a day between: "the president also said", "… on Tuesday")
    while after < len(words) and after <= last + 3 and words[after].key in ACTING_GAP:
        after += 1
    following = words[after] if after < len(words) else None
    if (according or (first >= 2 and words[first - 2].key in SAID_BEFORE)) and (
        following is None or following.key != "of"
    ):
        return True  # "“…,” said the president", "according to the president"
    if following is not None and (
        following.key in {"did", "would", "will", "could"}
        or (  # "the president had been hopeful" (not "after I became the secretary, had …")
            following.key == "had" and following.start - words[after - 1].end == 1
        )
        or (
            following.key in {"was", "is"}
            and after + 1 < len(words)
            and words[after + 1].key in {"quoted", "reported", "cited"}
        )
    ):
        return True  # "the president did not …", "the president was quoted as saying"
    return (
        following is not None
        and not following.capital
        and (following.key.endswith(("s", "ed")) or following.key in SPEECH_VERBS
             or following.key in PAST_VERBS)
        and following.key not in {"is", "was", "has", "as", "us", "this", "his"}
    )  # fmt: skip


# Before a head's title written in capitals, what makes him the one asked or spoken of
# ("Mr. Churchill asked the Prime Minister if …", "whether the Prime Minister would …").
ASKED_BEFORE = frozenset({"asked", "ask", "asks", "whether", "if", "told", "tell", "urged"})
CAPITALISED_HEADS = frozenset({"President", "Prime Minister", "Premier", "Chancellor"})


def _in_apposition(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether the title at ``first``..``last`` (after "the") stands between commas after a
    capitalised word: the title of the one that word names ("Menzies, the Prime Minister,
    said …"), not the holder in the document's own state (in a record of Mr. Churchill's
    questions, Attlee)."""
    return (
        first >= 2
        and words[first - 2].capital
        and text[words[first - 2].end : words[first - 1].start] == ", "
        and text[words[last].end : words[last].end + 1] == ","
    )


def _capitalised_head_title(text: str, words: list[Token], first: int, last: int) -> bool:
    """ "The Prime Minister I have very little to add" (a transcript's speaker, opening the
    entry), "asked the Prime Minister if": a head's title in capitals after "the", with no
    name, no "of" and no possessive after it: the one head of the document's own state, as a
    parliament's record or a press conference's writes him."""
    if first < 1 or words[first - 1].key != "the":
        return False
    if text[words[first].start : words[last].end] not in CAPITALISED_HEADS:
        return False
    if words[last].possessive:
        return False
    following = words[last + 1] if last + 1 < len(words) else None
    if following is not None and following.key == "of":
        return False
    if first == 1 and words[0].start == 0:  # the entry opens with it: a speaker's label
        return following is None or following.capital
    return (
        first >= 2
        and words[first - 2].key in ASKED_BEFORE
        and (following is None or not following.capital)
    )


def _after_former(
    words: list[Token], first: int, prior: tuple[int, int, tuple[str, ...]] | None
) -> bool:
    """Whether "former" (or "ex-") is written right before a title or its state."""
    before = prior[0] if prior is not None and prior[1] >= first - 2 else first
    return before > 0 and words[before - 1].key in {"former", "ex", "onetime", "erstwhile"}


# Verbs before a title that make it the office someone takes, not its holder that day.
ROLE_TAKEN = frozenset(
    """elected became become becomes becoming named appointed nominated reelected
    re-elected""".split()  # noqa: SIM905
)


def _after_a_taking_verb(words: list[Token], at: int) -> bool:
    """Whether a verb of taking an office stands before the title at ``at``, maybe with "as"
    and "the" between ("was elected as the Secretary-General of the United Nations" in 2006 is
    the office Ban takes, not Kofi Annan, its holder that day)."""
    before = at - 1
    while before > 0 and words[before].key in {"as", "the"} and at - before <= 2:
        before -= 1
    return words[before].key in ROLE_TAKEN


def _former(words: list[Token], first: int, prior: tuple[int, int, tuple[str, ...]] | None) -> bool:
    """Whether "former" (or "ex-") stands before a title or its state ("the former US
    president", "ex-President"), or an article makes it any holder ("a former or sitting US
    president"): not the holder that day."""
    before = prior[0] if prior is not None and prior[1] >= first - 2 else first
    if before > 0 and words[before - 1].key in {"former", "ex", "onetime", "erstwhile", "late"}:
        return True
    for word in reversed(words[max(0, before - 4) : before]):
        if word.key in {"a", "an", "any", "every"}:
            return True
        if word.key in {"the", "then"} or word.possessive or word.capital:
            return False
    return False


# After one capitalised word, what only a person is or does: "and his crew", ", who …", a verb
# then his own ("removed his watch", "couldn't bring himself"), a verb then what he said with
# "he" ("described the process as …, which he had requested"). A body is "its", a ship "her"
# after "the" (no lone name after "the" is read so).
LONE_PERSON_NEXT = re.compile(
    r"(?:\s+and\s+(?:his|her)\b|,\s+who\b|"
    r"\s+(?:[a-z]+ed|[a-z]+n['’]t|told|wrote|took|gave|bore|stood|said|says)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:his|her|him|himself|herself)\b)"
)
# Before a lone name, words that make it a place, a thing's name or the second of a name.
LONE_NAME_BEFORE = frozenset(
    {"the", "a", "an", "in", "at", "near", "into", "from", "to", "of", "on", "via", "aboard"}
)
LONE_NAME_LENGTH = 3  # ("Ri", "Wu": too short to tell from an initialism's word)


def _lone_name_of_a_person(text: str, words: list[Token], at: int) -> bool:
    """Whether one capitalised word nobody knows is a person by what follows it
    (LONE_PERSON_NEXT): a surname the text uses alone ("Outgunned, Bucher and his crew
    surrendered"), in a sentence (not a title-case headline, nor a cable's capitals)."""
    word = words[at]
    if (
        word.upper
        or word.possessive
        or word.joined
        or len(word.key) < LONE_NAME_LENGTH
        # (each set asked in turn: their union, built at each call, cost more than the rule)
        or word.key in NOT_NAMES
        or word.key in ORG_WORDS
        or word.key in MEDIA_WORDS
        or word.key in GEO_WORDS
        or word.key in STREET_WORDS
        or word.key in KIN_OWNERS
    ):
        return False
    if at and (
        words[at - 1].key in LONE_NAME_BEFORE
        or (words[at - 1].capital and word.start - words[at - 1].end <= 1)
    ):  # (a capital just before: a title's or a known name's, "Mr. Hill", "Captain Kim")
        return False
    if LONE_PERSON_NEXT.match(text, word.end) is None and not (
        QUOTATION_CLOSED_BEFORE.search(text, max(0, word.start - 4), word.start) is not None
        and LONE_SPEAKER_VERB.match(text, word.end) is not None
    ):  # ("“Eighth Army in good shape,” Marshall read": one who speaks after the words)
        return False
    if re.search(rf"\b{re.escape(word.key)}\b", text) is not None:
        return False  # (the word in small letters too: a word, not a name)
    return not _title_case(text)


# The close of a quotation and its comma right before a word ('…", Albright told').
QUOTATION_CLOSED_BEFORE = re.compile(r"(?:,[”\"’']|[”\"’'],)\s$")
# A speech verb right after one word, in the past (the tense of a report of words).
LONE_SPEAKER_VERB = re.compile(
    r"\s+(?:said|told|added|wrote|read|declared|replied|continued|explained|recalled|stated)\b"
)
# A person's noun before "named" and a name ("a party member named as Kang Tae-Ho").
NAMED_PERSON_NOUNS = frozenset(
    """leader member man woman boy girl officer soldier official student defector farmer
    worker resident citizen activist journalist diplomat priest pastor engineer teacher doctor
    person spy agent veteran sailor pilot guard prisoner refugee survivor commander general
    colonel captain lieutenant sergeant private businessman reporter""".split()  # noqa: SIM905
)
NAMED_AS = re.compile(r"\b(?P<noun>[a-z]+),?\s+(?:who\s+was\s+|later\s+)?named(?:\s+as)?\s+$")


def _person_named_so(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether a run of two to four capitalised words nobody knows follows a person's noun
    and "named" ("a prominent Korean leader named Yo Un-hyung", "a party member named as
    Kang Tae-Ho"): the name of that person (not "a ship named", "a site named")."""
    if not 0 < last - first < 4:
        return False
    before = NAMED_AS.search(text, max(0, words[first].start - 40), words[first].start)
    return (
        before is not None
        and before.group("noun") in NAMED_PERSON_NOUNS
        and not any(
            w.upper or w.possessive or w.key in ORG_WORDS | MEDIA_WORDS | GEO_WORDS | STREET_WORDS
            for w in words[first : last + 1]
        )
    )


def _plain_full_name(words: list[Token], first: int, last: int, text: str) -> bool:
    """Whether two capitalised words nobody knows may be a given name and a surname: plain
    words (no capitals throughout, no hyphen), none of bodies, media, places or streets, in a
    sentence (not a title-case headline)."""
    if last != first + 1:
        return False
    given, surname = words[first], words[last]
    return (
        not given.upper
        and not surname.upper
        and not given.possessive
        and not surname.joined
        and len(surname.key) >= 3
        and not {given.key, surname.key} & (ORG_WORDS | MEDIA_WORDS | GEO_WORDS | STREET_WORDS)
        and given.key not in NOT_NAMES
        and surname.key not in NOT_NAMES
        and not _title_case(text)
    )


def _title_after(words: list[Token], at: int) -> bool:
    """A title at ``at``, after an article or a rank ("the president of Syria", "first
    secretary of the Central Committee", "first-secretary"), or a state's possessive and the
    words of its body ("China’s foreign ministry spokesman"); or after an article, a noun
    that only a person is ("a North Korean sympathizer", "an associate fellow")."""
    start = at
    while at < len(words) - 1 and words[at].key in TITLE_LEADS:
        at += 1
    if _title_key(words[at].key) or _firm_role(words, at, start):
        return True
    article = at > start and words[start].key in {"a", "an", "another"}
    for index, word in enumerate(words[at : at + 4], at):
        if _title_key(word.key) or (
            article and (word.key in PERSON_NOUNS or word.key in OCCUPATIONS)
        ):
            return True
        if article and word.key in NATIONALS and index > at and words[index - 1].capital:
            return True  # "Joshua Holt, a U.S. national who …": one of a state's people
        if not (word.possessive or word.key in BODY_MODIFIERS or word.capital):
            return False  # ("Philip Hammond, British foreign secretary": a state's adjective)
    return False


TITLE_LEADS = frozenset(
    {"the", "a", "an", "another", "first", "vice", "deputy", "then", "former", "chief", "senior"}
)  # ("Marcus Noland, a senior fellow at …", "Yoshiyuki Terakado, another … official")
# "his wife, Yuk Young-soo": a kin word and a comma before a name nobody knows: a person.
KIN_WORDS = frozenset(
    """wife husband son daughter brother sister father mother uncle aunt widow nephew niece
    grandson granddaughter""".split()  # noqa: SIM905
)
# Words between a state's possessive and a title: "China’s foreign ministry spokesman".
BODY_MODIFIERS = frozenset(
    {"foreign", "ministry", "defense", "defence", "government", "state", "prime"}
)  # ("Malcolm Turnbull, Australian prime minister")
# What only a person is, after "a" in an appositive: "Mun Se-gwang, a North Korean sympathizer".
PERSON_NOUNS = frozenset(
    """sympathizer sympathiser agent spy defector soldier officer activist journalist
    diplomat scholar analyst professor fellow researcher student dissident
    official""".split()  # noqa: SIM905
)


# After a state's adjective in an appositive, what only a person is ("a U.S. national",
# "an American citizen"; not "a national monument", no state's word before it).
NATIONALS = frozenset({"national", "citizen"})


def _firm_role(words: list[Token], at: int, start: int) -> bool:
    """A firm's role and then "of" or "at" ("former CEO of Novell", "co-founder of Brightway",
    "chief executive at Apple"); not a role before a name ("Holdings, CEO Jack Ma said")."""
    if words[at].key == "co" and at + 1 < len(words) and words[at + 1].joined:
        at += 1  # "co-founder"
    role = words[at].key in FIRM_ROLES or (
        words[at].key == "executive" and at > start and words[at - 1].key == "chief"
    )
    return role and at + 1 < len(words) and words[at + 1].key in {"of", "at"}


def _title_key(key: str) -> bool:
    return key in TITLES or key in HONORIFICS or key in {"secretary", "defense", "special"}


# The words that make a run of capitalised words nobody knows a body's name ("Task Force
# Smith", "Middlebury Institute", "Yonsei University"): military units, institutes and
# universities (not "Party", "Committee", "Assembly": the annotated texts name those as parts
# of known bodies or leave them).
BODY_WORDS = frozenset(
    """fleet squadron regiment battalion brigade division corps task institute center centre
    agency survey university""".split()  # noqa: SIM905
)


def _officer_after_body(words: list[Token], first: int, last: int, covered: set[int]) -> bool:
    """Whether the run ``first`` … ``last`` is a title (LEADING_TITLES) and a name of two or
    three words right after a body's name ("Japanese Communist Party Chair Shii Kazuo",
    "Hyundai Group Chairman Chung Mong-hun"): the body's officer, a person."""
    return (
        first >= 1
        and 2 <= last - first <= 3
        and first - 1 in covered
        and words[first - 1].key in ORG_WORDS
        and words[first].start - words[first - 1].end == 1
        and words[first].key in LEADING_TITLES
        and not {w.key for w in words[first + 1 : last + 1]} & (ORG_WORDS | MEDIA_WORDS)
    )


# A title and "of the" before a body's name, an adjective of it between ("Chief Commissioner of
# the Soviet Delegation"): the words after that name are its officer's.
TITLE_OF_THE_BEFORE = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+of\s+the\s+(?:[A-Z][\w-]+\s+)?$")
DELEGATION_WORDS = frozenset({"delegation", "mission", "embassy"})


def _officer_named_after_his_body(
    words: list[Token], first: int, last: int, text: str
) -> str | None:
    """The title, when the run ``first`` … ``last`` is a body's last word and a name of one
    or two words after that title "of the" body, a verb after the name ("Chief Commissioner of
    the Soviet Delegation Shtikov emphasized …", "Head of the Chilean Mission Ortuzar said"):
    the body's officer, a person (not a body "Delegation Shtikov"). None otherwise."""
    title = TITLE_OF_THE_BEFORE.search(text, max(0, words[first].start - 60), words[first].start)
    found = (
        title is not None
        and 1 <= last - first <= 2
        and words[first].key in ORG_WORDS | DELEGATION_WORDS
        and last + 1 < len(words)
        and _acting_verb(words[last + 1].key)
        and text[words[last].end : words[last + 1].start] == " "
        and not {w.key for w in words[first + 1 : last + 1]} & (ORG_WORDS | MEDIA_WORDS)
        and title.group("title").lower() in LEADING_TITLES | {"head", "member", "deputy"}
    )
    return title.group("title") if found and title is not None else None


# The last word of a street's or a road's name: after a known place, the street named after it
# ("Chicago Avenue in Minneapolis", "Berlin Road") is the site, not the city. (Only after a known
# place: alone, "Wall Street" and "Downing Street" speak for a market and a government.)
STREET_WORDS = frozenset(
    """avenue street road boulevard lane highway expressway parkway""".split()  # noqa: SIM905
)


# The commonest Korean surnames in their romanisations (https://en.wikipedia.org/wiki/
# List_of_Korean_surnames): a run of capitalised words nobody knows that opens with one, and
# then a given name of one or two syllables, is a person ("Kim Sung Il", "Ri Jong Ho").
KOREAN_SURNAMES = frozenset(
    """kim lee yi ri rhee park pak choi choe chung jung jeong jang chang kang cho jo yoon
    yun lim im han oh seo so shin sin kwon hwang ahn an song hong yoo ryu yu jeon chon
    ko moon mun yang son sohn bae baek paek heo ho nam noh ro ha kwak cha ju woo min jin
    ji eom um byun pyon chae won chun bang gong hyun tak seok gil kil yuk pyo jeong kye
    maeng yeo""".split()  # noqa: SIM905
)


# The last words of names that are no body: documents, weapons, operations, events, diseases.
NOT_BODIES = frozenset(
    """treaty agreement accord accords declaration act protocol convention resolution
    initiative program programme framework statement constitution plan law doctrine
    missile missiles system operation exercise exercises drill drills summit talks
    test index award awards prize games olympics cup championship festival syndrome
    disease virus""".split()  # noqa: SIM905
)


# One-word titles long enough that a letter more or less is a misspelling, not a name.
TITLE_WORDS = frozenset(key for key in TITLES if key.isalpha() and len(key) >= 7)


def _misspelt_title(word: str) -> bool:
    """Whether a capitalised word is a title with a letter more or less ("Secetary")."""
    lower = word.lower()
    return lower not in TITLE_WORDS and any(_one_letter_apart(lower, t) for t in TITLE_WORDS)


KOREAN_VOWELS = re.compile(r"eo|u")  # (both romanise as o in one system or another)


def _korean_fold(name: str) -> str:
    """A Korean name's letters with its romanisation's vowel choices made one ("Kim Yo-jung",
    "Kim Yo Jong" and "Kim Yeo-jeong": "kimyojong")."""
    return KOREAN_VOWELS.sub("o", "".join(name.lower().replace("-", " ").split()))


# Verbs whose object is a person: a name nobody knows after one is a new person.
PERSON_OBJECT_VERBS = frozenset(
    """appoints appointed appointing nominates nominated nominating elects elected
    succeeds succeeded replaces replaced sacks sacked fires fired dismisses dismissed
    executes executed arrests arrested pardons pardoned kidnaps kidnapped abducts abducted
    assassinates assassinated kills killed sentences convicts acquits acquitted extradites
    extradited jails indicts indict arrest charge charges""".split()  # noqa: SIM905
)
# Months' abbreviations that are given names too ("Jan Visser", "Jun Azumi"), and the words
# before which such a word is the month ("in Jan", "since Jun").
GIVEN_MONTHS = frozenset({"jan", "jun"})
BEFORE_A_MONTH = frozenset(
    """in on by since until till from to of early late mid last next this that each every
    before after during between through""".split()  # noqa: SIM905
)
# A name, "and", then another right after a verb done to persons ("charge Holmes and …").
OBJECT_THEN_AND = re.compile(r"\b([a-z]+) (?:[A-Z][\w'’.-]+ ){1,3}and $")


def _second_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` is the second of two names joined by "and" after a verb done
    to persons ("Prosecutors charge Holmes and Ramesh Balwani", "sacks Ray and Tom Hart")."""
    joined = OBJECT_THEN_AND.search(text, max(0, at - 60), at)
    return joined is not None and joined[1] in PERSON_OBJECT_VERBS


def _korean_name(words: list[Token], first: int, last: int) -> bool:
    """Whether the run of words is a Korean person's name: a surname, then a given name
    of two syllables, joined by a hyphen ("Sang-hak") or apart ("Sung Il")."""
    if words[first].key not in KOREAN_SURNAMES or words[first].upper or last - first != 2:
        return False
    given = words[first + 1 : last + 1]
    return all(
        w.key.isalpha()
        and (1 < len(w.key) <= 5 or (w.joined and len(w.key) <= 6))  # "Jin-u", "Un-hyeong"
        and not w.upper
        and not (w.possessive and w is not given[-1])
        and w.key not in GEO_WORDS
        and w.key not in ORG_WORDS
        and (w.key not in NOT_NAMES or w.joined)  # ("Dal-in": a syllable, no word)
        and w.key not in SITE_NOUNS
        for w in given
    )


def _without_surnames_in_korean_names(
    words: list[Token], matched: list[tuple[int, int, tuple[str, ...]]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The matches less the surnames alone that are the words of a Korean name nobody knows
    ("Lee Hu Rak": not Lee, then Hu Jintao's "Hu"; "Cho Mansik"): the name is read whole,
    as a new person, by the rule of names nobody knows."""
    starting = {m[0]: m for m in matched}
    dropped: set[int] = set()
    for first, last, target in matched:
        if target[0] != "surname" or first != last or target[1] not in KOREAN_SURNAMES:
            continue
        for end in (first + 2, first + 1):
            inside = [starting.get(at) for at in range(first + 1, end + 1)]
            if (
                end < len(words)
                and words[first + 1].capital
                and all(w.capital or w.joined for w in words[first + 2 : end + 1])  # "Moon-soo"
                and all(
                    words[at].start - words[at - 1].end <= 1 for at in range(first + 1, end + 1)
                )
                and all(m is None or m[2][0] == "surname" for m in inside)
                and (
                    _korean_name(words, first, end)
                    if end == first + 2
                    else _korean_given_name(words, first + 1) and inside[0] is None
                )
            ):
                if end + 1 < len(words) and words[end + 1].capital and not words[end + 1].upper:
                    break  # ("Kim Young Ju Park": no name of four words)
                dropped.update(range(first, end + 1))
                break
    return [m for m in matched if m[0] not in dropped] if dropped else matched


def _korean_name_ending(words: list[Token], first: int, last: int) -> int | None:
    """Where a Korean name of three words ends a longer run after a title or an office's
    name ("Director Lee Hu Rak", "Cadre Organization Kim Young Ju"), if one does."""
    start = last - 2
    if start <= first or words[start].key not in KOREAN_SURNAMES:
        return None
    before = words[start - 1].key
    if before not in LEADING_TITLES and before not in ORG_WORDS and not _title_key(before):
        return None
    return start if _korean_name(words, start, last) else None


TWO_SYLLABLES = re.compile(rf"{KOREAN_SYLLABLE}{KOREAN_SYLLABLE}")
ONE_SYLLABLE = re.compile(KOREAN_SYLLABLE)


def _korean_given_name(words: list[Token], at: int) -> bool:
    """A given name of two syllables written as one word, after a Korean surname: "Cho
    Mansik" (not "Park Avenue", "Kim Jones": no Korean syllables)."""
    word = words[at]
    return (
        word.capital
        and not word.upper
        and not word.joined
        and not word.possessive
        and words[at].start - words[at - 1].end == 1
        and 4 <= len(word.key) <= 8
        and word.key not in GEO_WORDS | ORG_WORDS | NOT_NAMES | SITE_NOUNS
        and TWO_SYLLABLES.fullmatch(word.key) is not None
    )


def _korean_syllables_after(words: list[Token], last: int) -> bool:
    """Whether two capitalised one-syllable words follow a surname, one space apart, the
    first a word that is also English ("Pak In Ho", "Kim Il Sung" written so, "Ri Son Gwon"):
    a Korean given name, even where a sentence would read "In" as a preposition."""
    if last + 2 >= len(words):
        return False
    first, second = words[last + 1], words[last + 2]
    return (
        first.start - words[last].end == 1
        and second.start - first.end == 1
        and all(
            w.capital and not w.upper and not w.possessive and ONE_SYLLABLE.fullmatch(w.key)
            for w in (first, second)
        )
        and second.key not in NOT_NAMES
    )


def _korean_syllable_closing(words: list[Token], last: int) -> bool:
    """Whether the word after ``last`` is the closing syllable of a Korean name written in
    three words, a surname and two given syllables one space apart, the third a word that is
    also English ("spokesman So Chung On."): it ends the clause (a mark, not a word, follows
    it), where a preposition would have its object after it."""
    closing = last + 1
    if last < 1 or closing >= len(words):
        return False
    three = words[last - 1 : closing + 1]
    return (
        all(
            w.capital and not w.upper and not w.possessive and not w.joined
            and ONE_SYLLABLE.fullmatch(w.key)
            for w in three
        )
        and three[1].start - three[0].end == 1
        and three[2].start - three[1].end == 1
        and (closing + 1 == len(words) or words[closing + 1].start - three[2].end > 1)
    )  # fmt: skip


# The first word of a two-word surname ("Abu Bakar", "Van Gogh", "De Klerk", "Bin Laden").
SURNAME_PARTICLES = frozenset({"abu", "bin", "ibn", "ben", "van", "von", "de", "del", "da", "di"})


def _death_after(words: list[Token], last: int) -> bool:
    """Whether a name's possessive, ending at ``last``, owns the news of a death ("Mr Kim's
    death", "Park's funeral")."""
    return (
        words[last].possessive
        and last + 1 < len(words)
        and words[last + 1].key in DEATH_NOUNS
        and not (last + 2 < len(words) and words[last + 2].key in DEATH_COMPOUNDS)
    )


def _double_surname(words: list[str]) -> tuple[str, ...] | None:
    """The keys of a new person's double surname, its parts capitalised and joined by a
    hyphen ("Karine Jean-Pierre", "John Swenson-Wright") or opened by a particle ("Khalid Abu
    Bakar"): the surname a text then uses alone.
    Not a Korean given name a hyphen joins ("Choe Yong-ho", "Roh Moo-Hyun": the surname first)."""
    if (
        len(words) >= 3
        and words[-2].lower() in SURNAME_PARTICLES
        and words[-2][:1].isupper()
        and words[-1][:1].isupper()
        and "-" not in words[-1]
    ):  # "Khalid Abu Bakar … Abu Bakar said", "Vincent Van Gogh": the surname, its particle
        return (tokens(words[-2])[0].key, tokens(words[-1])[0].key)
    if len(words) < 2 or "-" not in words[-1] or words[0].lower() in KOREAN_SURNAMES:
        return None
    parts = tokens(words[-1])
    if len(parts) < 2 or not all(part.capital for part in parts):
        return None
    return tuple(part.key for part in parts)


def _first_initial(words: list[Token], at: int, covered: set[int]) -> bool:
    """Whether the word at ``at`` is a given name's initial opening a name nobody knows
    ("S. Kipgen, India's ambassador"): an initial after no capitalised word, before a word
    no form matched."""
    return (
        _initial(words, at)
        and at + 1 not in covered
        and (at == 0 or not words[at - 1].capital or words[at - 1].end + 1 < words[at].start)
    )


def _initial(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is a middle initial ("F." of "William F. Dean"): one
    capital letter, its dot, and a capitalised word after one space."""
    word = words[at]
    return (
        len(word.key) == 1
        and word.upper
        and at + 1 < len(words)
        and words[at + 1].start - word.end == 2
        and words[at + 1].capital
        and not words[at + 1].upper
    )


def _middle_initials(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is a middle initial or two written together ("Katharine
    H.S. Moon", "Mary J.R. Hale"), after a capitalised given name: ``_initial``'s test, or
    two or three capitals each with its dot and no space, a capitalised word after one
    space; after no given name ("the U.S. Army") it is no initial."""
    word = words[at]
    if _initial(words, at):
        return True
    return (
        1 < len(word.key) <= 3
        and word.upper
        and word.end - word.start == 2 * len(word.key)
        and at > 0
        and words[at - 1].capital
        and not words[at - 1].upper
        and word.start - words[at - 1].end == 1
        and at + 1 < len(words)
        and words[at + 1].start - word.end == 1
        and words[at + 1].capital
        and not words[at + 1].upper
    )


def _month_as_given_name(words: list[Token], at: int) -> bool:
    """Whether a month's abbreviation that is also a given name opens a person's name ("Jan
    Visser", "Jun Azumi"): no stop after it, a capitalised word next (one space on) that is no
    date's word nor written in capitals, and no number or word of time before it ("on Jan 5",
    "5 Jan", "since Jun")."""
    word = words[at]
    if word.key not in GIVEN_MONTHS or at + 1 >= len(words) or word.end - word.start != 3:
        return False
    following = words[at + 1]
    return (
        following.capital
        and not following.upper
        and following.key not in NOT_NAMES
        and following.start - word.end == 1
        and (at == 0 or not (words[at - 1].key in BEFORE_A_MONTH or words[at - 1].key.isdigit()))
    )
