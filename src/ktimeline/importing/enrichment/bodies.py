"""Bodies, firms and units: where a body's name starts and ends, and what kind it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.speech import _acting_verb
from ktimeline.importing.enrichment.word_tables import (
    CITY_INSTITUTIONS,
    GEO_WORDS,
    HONORIFICS,
    LEADING_TITLES,
    MEDIA_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    TITLES,
    UN_SPELLINGS,
    UNIT_WORDS,
)
from ktimeline.importing.enrichment.words import MINISTRIES, Token
from ktimeline.importing.enrichment.writing import _ordinal_in_name, _title_case
from ktimeline.importing.quotations import SPEECH_VERBS

if TYPE_CHECKING:
    from collections.abc import Collection


def _un_spelt_otherwise(alias: str) -> list[str]:
    """The other spellings of a UN body's name: "UN X", "U.N. X", "United Nations X" (a text
    writes any of them; the knowledge base lists some)."""
    for opening in UN_SPELLINGS:
        if alias.startswith(opening):
            rest = alias[len(opening) :]
            return [o + rest for o in UN_SPELLINGS if o != opening and len(rest.split()) >= 1]
    return []


# The last word of a body's name whose first words "and" joins ("Securities and Exchange
# Commission", "Food and Drug Administration", "Alcohol and Tobacco Bureau").
JOINED_BODY_ENDS = frozenset(
    """commission administration agency bureau board authority council office department
    service""".split()  # noqa: SIM905
)


def _body_joined_by_and(
    words: list[Token], first: int, last: int, covered: set[int], text: str
) -> int | None:
    """The last word of a body's name that runs on from the capitalised words ``first`` to
    ``last`` through "and" to a run ending in a body's word: "Securities and Exchange
    Commission" is one body, not "Securities" and a commission. None otherwise."""
    joined = last + 1
    if (
        last - first > 1
        or joined + 2 >= len(words)
        or words[joined].key != "and"
        or words[joined].capital
        or text[words[last].end : words[joined + 1].start] != " and "
        or words[last].possessive
    ):
        return None
    end = joined + 1
    while (
        end < len(words)
        and end - joined <= 3
        and end not in covered
        and words[end].capital
        and not words[end].upper
        and words[end].start - words[end - 1].end <= 1
    ):
        if words[end].key in JOINED_BODY_ENDS:
            goes_on = (
                end + 1 < len(words)
                and words[end + 1].capital
                and words[end + 1].start - words[end].end <= 1
            )  # ("the Purple Heart and Joint Service Commendation Medal": a medal)
            return end if end > joined + 1 and not goes_on else None
        if words[end].possessive:
            return None
        end += 1
    return None


# The last word of a company's name, never a surname: after a title's word ("General Motors",
# "General Electric", "Admiral Insurance") it closes the company's name, no person's.
COMPANY_WORDS = frozenset(
    """motors motor electric electronics dynamics atomics mills foods industries airlines
    airways chemicals holdings instruments petroleum insurance pharmaceuticals""".split()  # noqa: SIM905
)

# The last word of a firm's name after a title's letters, no surname ("PFC Energy", "SSG
# Capital Partners", "CPT Holdings": a US Army rank's letters are as often a firm's), only
# in _company_after_title
TRADE_WORDS = frozenset(
    """energy capital partners ventures resources properties investments technologies
    systems solutions""".split()  # noqa: SIM905
)


def _company_after_title(words: list[Token], first: int, last: int, at: int) -> int | None:
    """Where a company's name ends that opens with a title written as one word ("General"):
    the one capitalised word after it a company's (COMPANY_WORDS: "General Motors announces a
    recall", "General Motors Chairman Mary Barra"), or a run of up to three capitalised words
    after it ending in a company's last word ("the General Electric Company", "the President
    Hotel Company"; COMPANY_LAST_WORDS). Else None."""
    if first != last or at >= len(words) or at != last + 1:
        return None
    word = words[at]
    if not word.capital or word.start - words[last].end != 1:
        return None
    if at + 1 >= len(words) or not words[at + 1].capital or words[at + 1].key in LEADING_TITLES:
        # (and "General Motors Chairman X"; "PFC Energy", "SSG Capital": a rank's letters)
        return at if word.key in COMPANY_WORDS or word.key in TRADE_WORDS else None
    for end in range(at + 1, min(at + 4, len(words))):
        if not words[end].capital or words[end].start - words[end - 1].end != 1:
            return None
        if words[end].key in COMPANY_LAST_WORDS or words[end].key in TRADE_WORDS:
            return end
    return None


# The verbs a headline writes in capitals ("Chun Enters Korea Military Academy", "North Korea
# Blows Up Joint Liaison Office, Says South", "Ford Recalls Trucks"): a run of capitalised words
# holding one is a headline's, no name.
HEADLINE_VERBS = frozenset(
    """says warns urges vows meets visits enters blows supports opposes rejects signs agrees
    launches fires kills dies invades attacks threatens condemns denies accuses seeks wins
    loses appoints elects orders bans lifts imposes returns leaves arrives resigns becomes
    takes sends tests recalls sues defeats beats""".split()  # noqa: SIM905
)


REPORTED = frozenset({"reported", "reports", "reporting"})


def _cited_source(words: list[Token], first: int, last: int) -> bool:
    """Whether a name nobody knows, written in capitals ("CNBC", "KBS"), is a news outlet cited
    as the source: after "according to", or reporting ("CNBC reported"): an actor (README,
    rule 5), not a name left unread."""
    if first != last or not words[first].upper or not 2 <= len(words[first].key) <= 6:
        return False
    after = words[last + 1] if last + 1 < len(words) else None
    return (
        first >= 2 and words[first - 1].key == "to" and words[first - 2].key == "according"
    ) or (
        after is not None
        and after.key in REPORTED
        and not after.capital
        and not (first and words[first - 1].capital and words[first - 1].key != "the")
    )  # (not "Knox DNA reported": the end of a longer phrase)


def _organisation_after(words: list[Token], last: int, matched_at: set[int]) -> int | None:
    """The last word of an organisation's name that goes on after a known name ("Japan
    International Cooperation Agency", "North Korean Red Cross"), if it does."""
    end = last
    while (
        end + 1 < len(words)
        and end + 1 not in matched_at
        and (words[end + 1].capital or _ordinal_in_name(words, end + 1))  # "US 8th Army"
        and words[end + 1].start - words[end].end <= 1
        and words[end + 1].key not in NOT_NAMES
        and not words[end].possessive
        and not (  # "Japanese Communist Party Chair Shii Kazuo": the body ends at its word,
            end > last  # its officer's title and name follow
            and words[end].key in ORG_WORDS
            and words[end + 1].key in LEADING_TITLES
        )
    ):
        end += 1
    if end == last + 1 and words[end].key in {"forces", "force"}:
        return None  # "Chinese Forces enter the war", "UN Forces": the state's or body's own
    if end > last + 1 and words[end].key in CITY_INSTITUTIONS and words[end - 1].key in ORG_WORDS:
        return end  # "Busan National University Hospital": the body's own hospital
    if end > last and (words[end].key in ORG_WORDS or words[end].key in MEDIA_WORDS):
        # "… University of Foreign Studies", "London School of Economics": the name goes on
        while (
            end + 2 < len(words)
            and words[end + 1].key == "of"
            and words[end + 2].capital
            and end + 2 not in matched_at
        ):
            end += 2
            while (
                end + 1 < len(words)
                and words[end + 1].capital
                and end + 1 not in matched_at
                and words[end + 1].start - words[end].end <= 1
            ):
                end += 1
        return end
    return None


MILITARY_WORDS = re.compile(
    r"\b(?:[Aa]rm(?:y|ies)|[Nn]av(?:y|al)|[Aa]ir\s+[Ff]orce|[Mm]arines?|[Mm]ilitary|[Tt]roops"
    r"|[Ss]oldiers|[Ii]nfantry|[Aa]rtillery|[Aa]rmou?red|[Cc]ombat|[Ff]orces)\b"
)


# The last word of a company's, a newspaper's or an archive's name: a run of two capitalised
# words or more nobody knows that ends in one is that body, wherever it stands ("the Hanjin
# Shipping Company", "Hynix Semiconductor", "the Chicago Tribune", "the National Security
# Archive"), as the words of BODY_WORDS make a unit or an institute. A newspaper's word only
# after "the" or before a verb of reporting ("Fox News reported"): "Modern Times" is a film.
COMPANY_LAST_WORDS = COMPANY_WORDS | frozenset(
    """company corporation corp inc ltd co group semiconductor semiconductors shipping
    shipbuilding conglomerate""".split()  # noqa: SIM905
)
NEWSPAPER_LAST_WORDS = frozenset(
    """times tribune herald journal gazette shimbun ilbo sinmun telegraph guardian chronicle
    news""".split()  # noqa: SIM905
)
ARCHIVE_LAST_WORDS = frozenset(
    {"archive", "archives", "institution", "foundation", "philharmonic", "orchestra"}
)
# "Group" opens no company's name after these words: a generic group ("the Working Group",
# "the Contact Group", "a Carrier Strike Group").
GENERIC_GROUPS = frozenset(
    """working contact study advisory consultative coordination coordinating expert experts
    steering support action battle strike task planning friendship pressure interest
    parliamentary age ethnic minority control""".split()  # noqa: SIM905
)


# The heads of a body's name that make a run of two capitalised words or more nobody knows
# that body where it acts (a verb follows): "the Texas Supreme Court ruled", "the National
# Union of Mineworkers rejected", "Allied Air Command ordered". (Not a party, a committee or an
# assembly: short, those are organs of known bodies; NAMED_BODY_WORDS reads them.)
ACTING_BODY_WORDS = frozenset(
    """court union association federation confederation command society authority board
    club""".split()  # noqa: SIM905
)


CREDIT_DASH = re.compile(r"\s+[-–—]+\s")
FLIGHT_AFTER = re.compile(r"\s+(?:\([A-Z]{2,5}\)\s+)?[Ff]light\s+[A-Z]{0,3}\d")


def _body_by_its_last_word(text: str, words: list[Token], first: int, last: int) -> str | None:
    """The kind of body ("company", "media", "organization") whose name the run ``first`` …
    ``last`` (two words or more, nobody knows it) is by its last word: "Lotte Group", "the
    Hanjin Shipping Company", "the Chicago Tribune", "the National Security Archive"; None
    for another run, a headline's capitals or a generic group ("the Working Group")."""
    if last <= first:
        return None
    key = words[last].key
    if _title_case(text) or {w.key for w in words[first : last + 1]} & HEADLINE_VERBS:
        return None  # a headline's words in capitals ("Samsung Group Shuts Plant")
    if first == 0 and CREDIT_DASH.match(text, words[last].end):
        return None  # "National Security Archive - Twenty-nine years ago …": a page's credit
    if FLIGHT_AFTER.match(text, words[last].end):
        return None  # "Korean Airlines (KAL) flight 007": inside a flight's name
    if key in COMPANY_LAST_WORDS:
        if key == "group" and words[last - 1].key in GENERIC_GROUPS:
            return None
        if key == "company" and MILITARY_WORDS.search(text):
            return "military"  # "Charlie Company of the 7th Cavalry": a unit
        return "company"
    if key in ARCHIVE_LAST_WORDS:
        return "organization"
    after = words[last + 1] if last + 1 < len(words) else None
    if (
        after is not None
        and not after.capital
        and _acting_verb(after.key)
        and any(w.key in ACTING_BODY_WORDS for w in words[first : last + 1])
    ):
        return "organization"  # "the Texas Supreme Court ruled", "the National Union of
        # Mineworkers rejected the offer": a body that acts
    if key in NEWSPAPER_LAST_WORDS and (
        (first and words[first - 1].key == "the")
        or (after is not None and (after.key in REPORTED or after.key in SPEECH_VERBS))
        or (first >= 2 and words[first - 1].key == "to" and words[first - 2].key == "according")
    ):
        return "media"
    return None


# A lower-case noun right before a name nobody knows that says what kind of body it names
# ("the conglomerate Lotte Group", "the newspaper Hankyoreh", "the Russian state agency
# Sputnik"), also with a comma between ("a China-based company, Young Pioneer Tours,").
BODY_NOUNS = {
    **dict.fromkeys(
        """company firm conglomerate chaebol carmaker automaker shipbuilder shipper airline
        retailer bank lender insurer manufacturer startup""".split(),  # noqa: SIM905
        "company",
    ),
    **dict.fromkeys(
        """newspaper daily weekly broadcaster tabloid magazine""".split(),  # noqa: SIM905
        "media",
    ),
}
AGENCY_OPENERS_OF_MEDIA = frozenset({"news", "state", "press", "wire"})  # "news agency X"


def _body_after_its_noun(text: str, words: list[Token], first: int, last: int) -> str | None:
    """The kind of body named by the run ``first`` … ``last`` (one to three capitalised words
    nobody knows) after a lower-case noun that says it (BODY_NOUNS, "news/state agency"),
    right before it or before a comma that an apposition's comma or stop closes; None
    otherwise, and for a title or an honorific after the noun ("company Chairman Lee")."""
    if not first or last - first > 2 or _title_case(text):
        return None
    at = first - 1
    noun = words[at]
    gap = text[noun.end : words[first].start]
    if gap == ", ":
        closing = text[words[last].end : words[last].end + 2].strip()[:1]
        if closing not in {",", ".", ";", ")", "(", ""}:
            return None  # (", Young Pioneer Tours (paywall), in …": a note in brackets)
    elif gap != " ":
        return None
    if noun.capital or noun.possessive:
        return None
    keys = {w.key for w in words[first : last + 1]}
    if keys & (HONORIFICS | NOT_NAMES | GEO_WORDS) or any(k in TITLES for k in keys):
        return None
    kind = BODY_NOUNS.get(noun.key)
    if (
        kind is None
        and noun.key == "agency"
        and at
        and words[at - 1].key in (AGENCY_OPENERS_OF_MEDIA)
    ):
        kind = "media"
    return kind


# The last word of a regiment's name ("Middlesex Regiment", "Argyll and Sutherland
# Highlanders", "Royal Canadian Rifles").
REGIMENT_HEADS = frozenset(
    """regiment highlanders infantry rifles guards fusiliers borderers artillery dragoons
    hussars lancers rangers""".split()  # noqa: SIM905
)
# The parts of a regiment a comma sets before its name ("1st Battalion, Middlesex Regiment").
REGIMENT_PARTS = frozenset({"battalion", "company", "squadron", "battery"})


def _regiment_after_comma(
    text: str, words: list[Token], last: int, covered: set[int]
) -> int | None:
    """The last word of the regiment a numbered part of it names after a comma ("1st
    Battalion, Middlesex Regiment", "1st Battalion, Argyll and Southerland Highlanders"):
    capitalised words (an "and" between two of them) up to a regiment's last word; None when
    no such name follows ("1st Battalion, which …", "2nd Battalion, Seoul")."""
    if words[last].key not in REGIMENT_PARTS or last + 1 >= len(words):
        return None
    if text[words[last].end : words[last + 1].start] != ", ":
        return None
    at = last + 1
    while at < len(words) and at - last <= REGIMENT_NAME_WORDS and at not in covered:
        word = words[at]
        spaced = text[words[at - 1].end : word.start] == " " or at == last + 1
        if not spaced:
            return None
        if word.capital and word.key not in NOT_NAMES:
            if word.key in REGIMENT_HEADS and at > last + 1:
                return at
        elif not (
            word.key == "and" and at > last + 1 and at + 1 < len(words) and words[at + 1].capital
        ):
            return None
        at += 1
    return None


REGIMENT_NAME_WORDS = 6  # at most so many words in a regiment's name after the comma


def _unit_before(text: str, words: list[Token], first: int, matched_at: set[int]) -> int:
    """Where a body's name starts that a known name opens: capitalised words and ordinals
    no form matched before it ("Royal Australian Regiment"), and a unit it is part of
    before a comma ("Third Battalion, Royal Australian Regiment")."""
    begin = first
    while (
        begin > 0
        and (
            begin - 1 not in matched_at
            or (  # "U.S.-Soviet Joint Commission": a state joined by a hyphen opens it too
                words[begin].start - words[begin - 1].end == 1
                and text[words[begin].start - 1] == "-"
            )
        )
        and (words[begin - 1].capital or words[begin - 1].key[:1].isdigit())
        and words[begin - 1].key not in NOT_NAMES
        and not words[begin - 1].possessive
        and words[begin].start - words[begin - 1].end <= 1
    ):
        begin -= 1
    if (
        begin >= 2
        and words[begin - 1].key in UNIT_WORDS
        and text[words[begin - 1].end : words[begin].start] == ", "
        and (words[begin - 2].capital or words[begin - 2].key[:1].isdigit())
        and words[begin - 2].key not in NOT_NAMES
        and begin - 2 not in matched_at
    ):
        begin -= 2
    return begin


def _body_goes_on(
    words: list[Token], last: int, covered: set[int], heads: Collection[str] = ORG_WORDS
) -> int:
    """The last word of a body's (or a site's) name that goes on after "for", "of" or "on"
    ("Agency for National Security Planning", "People’s Palace of Culture"), also over "the"
    after "for" or "of", and over a second "of" ("Committee for the Preparation of Korean
    Independence")."""
    end = last
    while (
        end + 2 < len(words)
        and words[end + 1].key in {"for", "of", "on"}
        and (words[end].key in heads or (end > last and words[end + 1].key == "of"))
    ):
        then = end + 2
        if (
            words[then].key == "the"
            and words[end + 1].key != "on"
            and then + 1 < len(words)
            and words[then + 1].capital
        ):
            then += 1  # ("the Ministry of the Interior")
        if not (
            words[then].capital
            and words[then].key not in NOT_NAMES  # ("the … Party on Tuesday")
            and then not in covered
        ):
            break
        end = then
        while (
            end + 1 < len(words)
            and words[end + 1].capital
            and end + 1 not in covered
            and words[end + 1].start - words[end].end <= 1
            and not words[end].possessive
        ):
            end += 1
    if end > last:
        end = _remit_joined_by_and(words, last, end, covered)
    return end


def _remit_joined_by_and(words: list[Token], head: int, end: int, covered: set[int]) -> int:
    """The last word of a body's remit after "of" or "for" that "and" runs on to a second part
    of one to three capitalised words nobody matched ("the International Federation of Red
    Cross and Red Crescent Societies", "Center for Strategic and International Studies",
    "Ministry of Trade and Industry"): a plural or a body's word ends that part, or both parts
    are one word. ``end`` when "and" joins no such part (then it joins two names)."""
    joined = end + 1
    if joined + 1 >= len(words) or words[joined].key != "and" or words[end].possessive:
        return end
    last = joined
    while (
        last + 1 < len(words)
        and last - joined < 3
        and words[last + 1].capital
        and not words[last + 1].upper
        and last + 1 not in covered
        and words[last + 1].key not in NOT_NAMES
        and words[last + 1].start - words[last].end <= 1
        and not words[last].possessive
    ):
        last += 1
    if last == joined or (
        last + 1 < len(words)
        and words[last + 1].capital
        and words[last + 1].start - words[last].end <= 1
    ):
        return end  # (nothing capitalised after "and", or a longer run: another name)
    before = [w for w in words[head + 2 : end + 1] if w.key != "the"]
    final = words[last].key
    plural = len(final) > 3 and final.endswith("s") and not final.endswith("ss")
    if plural or final in ORG_WORDS or (len(before) == 1 and last == joined + 1):
        return last
    if len(before) == 1 and words[joined + 1].key in REMIT_ADJECTIVES:
        return last  # ("Institute for Science and International Security": a second remit)
    return end


# Adjectives that open the second part of a body's remit after "and" ("the Institute for Science
# and International Security", "Council for Peace and National Unity"), no name of its own.
REMIT_ADJECTIVES = frozenset(
    """international national global regional public foreign strategic economic social
    political nuclear human environmental""".split()  # noqa: SIM905
)


# The heads of an office's name that say whose office it is by what follows "of" or "for" ("the
# Ministry of Finance", "the Department of Veterans Affairs", "Bureau of Labor Statistics"),
# and those that do so only after "for" or with two words or more ("the Committee for the
# Preparation of Korean Independence", "Commission on Human Rights"; not the generic "Council
# of State", "Council of Ministers").
OFFICE_HEADS = frozenset({"ministry", "department", "bureau", "office", "agency"})
REMIT_HEADS = frozenset({"committee", "commission", "council", "board", "association"})


def _office_remit(words: list[Token], last: int, covered: set[int]) -> bool:
    """Whether the run ending at ``last`` is an office's head and its remit goes on after it:
    a body's whole name nobody knows ("the Ministry of Finance", "the Committee for the
    Preparation of Korean Independence")."""
    head = words[last].key
    if head not in OFFICE_HEADS | REMIT_HEADS:
        return False
    end = _body_goes_on(words, last, covered, {head})
    if end <= last or (end + 1 < len(words) and words[end + 1].key == "of"):
        return False  # ("the Central Committee of the Communist Party of Cuba": cut short)
    if " ".join(w.key for w in words[last : end + 1]) in MINISTRIES:
        return False  # ("the Ministry of Foreign Affairs": a state's, by its own rule, or none)
    remit = [w for w in words[last + 2 : end + 1] if w.key != "the"]
    return head in OFFICE_HEADS or words[last + 1].key == "for" or len(remit) >= 2


# The heads that end an office's name of capitalised words ("the Munitions Industry
# Department", "the Reconnaissance Bureau", "Fire Department"): a body wherever it stands.
OFFICE_LAST_WORDS = frozenset({"department", "bureau"})


def _office_by_its_words(words: list[Token], first: int, last: int) -> bool:
    """Whether the run ``first``…``last`` is an office's name: two words or more, the last an
    OFFICE_LAST_WORDS ("Munitions Industry Department"); not a meeting or a title named
    after one ("13th Political Bureau Meeting", "First Vice Department Director")."""
    return last > first and words[last].key in OFFICE_LAST_WORDS and not words[last].possessive


def _and_before(words: list[Token], first: int, covered: set[int]) -> bool:
    """Whether one capitalised word nobody matched and "and" open the body's name before the
    run at ``first`` ("Organization and Guidance Department")."""
    return (
        first >= 2
        and words[first - 1].key == "and"
        and words[first - 2].capital
        and first - 2 not in covered
        and words[first - 2].key not in NOT_NAMES
        and (first < 3 or not words[first - 3].capital or words[first - 3].key in NOT_NAMES)
    )


def _remit_of_a_body(words: list[Token], first: int, covered: set[int]) -> bool:
    """Whether the run at ``first`` follows a body's head nobody matched and "of" or "for"
    ("the Department of Foreign Affairs", "the Ministry of the Interior"): the body's name
    goes on there, so the run is no name of its own."""
    at = first - 1
    if at >= 1 and words[at].key == "the":
        at -= 1
    return (
        at >= 1
        and words[at].key in {"of", "for"}
        and words[at - 1].key in OFFICE_HEADS | REMIT_HEADS
        and words[at - 1].capital
        and at - 1 not in covered
    )


# A word that is no name alone but opens a body's name: "the New Democratic Party" (not the
# "Democratic Party"), "New People's Party".
BODY_OPENERS = frozenset({"new"})


def _opens_a_body(words: list[Token], at: int, covered: set[int]) -> bool:
    """Whether a capitalised BODY_OPENERS word opens the run of capitalised words after it
    that ends in a body's word ("New Democratic Party"); not "New sanctions", "New talks"."""
    if words[at].key not in BODY_OPENERS:
        return False
    end = at + 1
    while end < len(words) and words[end].capital and end not in covered and end - at <= 4:
        if words[end].key in ORG_WORDS:
            return end > at + 1
        end += 1
    return False
