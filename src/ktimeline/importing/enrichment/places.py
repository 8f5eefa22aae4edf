"""Places and sites: names nobody knows read as places, sites, routes, datelines, documents."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ktimeline.importing.enrichment.persons import STREET_WORDS
from ktimeline.importing.enrichment.word_tables import (
    COMPASS,
    DOCUMENT_NOUNS,
    DOCUMENT_OF,
    EVENT_NAMES,
    GEO_LOWER,
    GEO_WORDS,
    HONORIFICS,
    HONOUR_NAMES,
    INCIDENT_NAMES,
    KOREAN_DIVISIONS,
    KOREAN_SYLLABLE,
    MEDIA_WORDS,
    NOT_NAMES,
    NOT_PLACES,
    OPERATION_NAMES,
    ORG_WORDS,
    PARTS_OF_A_CITY,
    PLACE_BEFORE,
    PLACE_OPENERS,
    SHIP_PREFIXES,
    SITE_NOUNS,
    SITE_WORDS,
    TITLES,
    UNIT_WORDS,
)
from ktimeline.importing.enrichment.writing import _adjective_before_noun, _inside

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from ktimeline.importing.enrichment.words import Token


# Capitalised before "of" and a site's name ("the Battle of Pakchon", "the Siege of Seoul"), or
# after it ("the Tiananmen Square Massacre"): an event named after where it happened, which
# gives that site as a place (the corpus README's rule 13).
EVENT_AT_SITE_BEFORE = frozenset({"battle", "battles", "siege"})
EVENT_AT_SITE_AFTER = frozenset({"massacre", "uprising"})


def _site_of_an_event(words: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The words of a site nobody knows that an event is named after: the run after "Battle
    of" ("Battle of Pakchon": Pakchon), or the run before "Massacre"/"Uprising" that ends in a
    place's word ("the Tiananmen Square Massacre": Tiananmen Square); one to three words, no
    body's word among them."""
    if (
        first >= 2
        and last - first <= 2
        and words[first - 1].key == "of"
        and words[first - 2].capital
        and words[first - 2].key in EVENT_AT_SITE_BEFORE
        and not {w.key for w in words[first : last + 1]} & (ORG_WORDS | NOT_NAMES | UNIT_WORDS)
        and not words[last].possessive
    ):
        return first, last
    if (
        1 <= last - first <= 3
        and words[last].key in EVENT_AT_SITE_AFTER
        and words[last - 1].key in GEO_WORDS
        and not {w.key for w in words[first:last]} & (ORG_WORDS | UNIT_WORDS)
    ):
        return first, last - 1
    return None


# Nouns of a route between two places, before or after "X - Y" (English and German: "the London
# - Calcutta flight", "Die Strecke Kalkutta - London").
ROUTE_NOUNS = frozenset(
    """route routes line flight flights railway railroad road highway motorway train trains
    service express ferry voyage journey rally race pipeline cable telegraph airline
    strecke route linie flug fluge flüge bahn eisenbahn zug verbindung fahrt reise""".split()  # noqa: SIM905
)
ROUTE_DASH = re.compile(r"\s*[-–—]\s*")


def _route_end(text: str, words: list[Token], first: int, last: int) -> int | None:
    """The other end of a route the name at ``first``…``last`` is one end of: a dash between it
    and a capitalised word, with a route's noun within two words before or after the pair
    ("Die Strecke Kalkutta - London", "the London–Calcutta flight"); None otherwise ("Seoul-
    Tokyo talks": the states). Returns that word's index."""
    if "-" not in text and "–" not in text and "—" not in text:
        return None  # (no dash of ROUTE_DASH's in the entry: most entries)
    other = pair_first = pair_last = None
    if last + 1 < len(words) and ROUTE_DASH.fullmatch(text, words[last].end, words[last + 1].start):
        other, pair_first, pair_last = last + 1, first, last + 1
    elif first and ROUTE_DASH.fullmatch(text, words[first - 1].end, words[first].start):
        other, pair_first, pair_last = first - 1, first - 1, last
    if other is None or pair_first is None or pair_last is None or not words[other].capital:
        return None
    near = words[max(0, pair_first - 2) : pair_first] + words[pair_last + 1 : pair_last + 3]
    return other if any(w.key in ROUTE_NOUNS for w in near) else None


# Nouns of a work whose title may end in a place's word ("the song Moon River", "the film
# Mystic River").
WORK_NOUNS = frozenset(
    """song songs film films movie movies album single novel book play musical opera poem
    painting ballad hit show series episode soundtrack tune record theme""".split()  # noqa: SIM905
)
WORK_AFTER = re.compile(r"[”\"]?,?\s+(?:(?:the|a|his|her|their)\s+)?(?:[a-z]+\s+)?(\w+)")


def _names_a_work(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether a name nobody knows ending in a place's word is a work's title: a work's noun
    right before it ("the song Moon River") or after it ("Moon River, the song", "Moon River
    theme"), or the name alone in quotation marks ("“Moon River” wins the Oscar")."""
    if first and words[first - 1].key in WORK_NOUNS:
        return True
    opening = text[words[first].start - 1 : words[first].start]
    closing = text[words[last].end : words[last].end + 1]
    if opening in {"“", '"'} and closing in {"”", '"'}:
        return True
    after = WORK_AFTER.match(text, words[last].end)
    if after is not None and after.group(1).lower() in WORK_NOUNS:
        return True
    return AWARD_WON.match(text, words[last].end) is not None  # "Moon River wins the Oscar"


# An award won right after a name: a work's, a player's or a team's, never a place's ("Moon
# River wins the Oscar for best song"; a city wins a bid, no prize).
AWARD_WON = re.compile(
    r"\s+(?:also\s+)?(?:wins?|won|takes|took|receives|received|gets|got)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:Oscars?|Grammys?|Emmys?|Tonys?|Golden\s+Globes?|[Aa]wards?|[Pp]rizes?"
    r"|[Mm]edals?)\b"
)


def _with_direction(words: list[Token], first: int) -> int:
    """Where a place's name starts, with the point of the compass before it ("North
    Phyongan Province", "South Hamgyong"), which the forms take for "the North" alone."""
    before = words[first - 1] if first else None
    if (
        before is not None
        and before.capital
        and before.key in {"north", "south", "east", "west"}
        and words[first].start - before.end <= 1
    ):
        return before.start
    return words[first].start


# Words that join "American" into the name of a part of the Americas ("North American",
# "Latin Americans"): no state, neither the United States nor a side of Korea ("the North").
AMERICAS_PARTS = frozenset({"north", "south", "central", "latin", "meso", "pan"})
AMERICAS = frozenset({"america", "american", "americans", "america's", "america’s"})


def _continent_of_the_americas(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether a matched name is, or opens, a part of the Americas: "North American" read as
    "the North" and "American", "South America", "Latin American leaders"."""
    if words[first].key in AMERICAS and first and words[first - 1].key in AMERICAS_PARTS:
        before = words[first - 1]
        return before.capital and text[before.end : words[first].start] in {" ", "-"}
    following = words[last + 1] if last + 1 < len(words) else None
    return (
        words[last].key in AMERICAS_PARTS
        and following is not None
        and following.key in AMERICAS
        and following.capital
        and text[words[last].end : following.start] in {" ", "-"}
    )


def _city_of_an_address(text: str, words: list[Token], first: int) -> bool:
    """Whether a capital follows a street or a site named nobody knows and a comma, as in an
    address ("in Seoul Street, London", "at the Grand Hotel, Tokyo"): the city, not its state."""
    if first < 2 or text[words[first - 1].end : words[first].start] != ", ":
        return False
    street = words[first - 1]
    return (
        street.capital
        and street.key in STREET_WORDS | SITE_NOUNS | GEO_WORDS
        and words[first - 2].capital
        and words[first - 2].end + 1 == street.start
    )


def _area_word_after(text: str, words: list[Token], last: int) -> int:
    """Where a place's name ends: after a lower-case word of areas that follows it as part of
    its name ("in Koksan county", "near Ulleung island"), else at its last word."""
    after = words[last + 1] if last + 1 < len(words) else None
    if (
        after is not None
        and after.key in GEO_LOWER
        and not after.capital
        and text[words[last].end : after.start] == " "
        and not words[last].possessive
        and words[last].key not in GEO_WORDS
        and not (words[last].joined and words[last].key in KOREAN_DIVISIONS)
    ):  # (not "Pihyeon-gun province": the name says its county)
        return after.end
    return words[last].end


# The last words of a venue's name: "the Bando Hotel", "the Pueblo Convention Center" are
# where one was, not a body acting (a "Center" alone may be one: "Carter Center").
VENUE_WORDS = frozenset({"hotel", "inn", "resort"})
VENUE_HALLS = frozenset({"convention", "conference", "exhibition", "concert", "congress"})


def _venue(words: list[Token], first: int, last: int) -> bool:
    """Whether a run of capitalised words nobody knows is a venue's name (VENUE_WORDS)."""
    return last > first and (
        words[last].key in VENUE_WORDS
        or (words[last].key in {"center", "centre", "hall"} and words[last - 1].key in VENUE_HALLS)
    )


def _spelt_again(text: str, start: int, end: int) -> bool:
    """Whether a name stands in square brackets right after another capitalised name, as an
    editor gives its other spelling ("Kim Yong-jip [Kim Yong Jip]", "Panmunjeom [Panmunjom]")."""
    return (
        text[end : end + 1] == "]"
        and text[start - 2 : start] == " ["
        and bool(SPELT_BEFORE.search(text, max(0, start - 40), start - 2))
    )


SPELT_BEFORE = re.compile(r"[A-Z][\w'’-]*$")
DATELINE_AFTER = re.compile(  # ("Seoul, Tuesday, July 28 — …": a weekday and a day)
    r"\s*(?:,[^,.;:“”\"]{1,40}?)?(?:,[^,.;:“”\"\d]{0,30}\d[^,.;:“”\"]{0,10}?)?"
    r"\s*(?:--|[-–—]|:(?=\s+[A-Z]))\s"
)
# "Pyongyang, Dec 20 (Prensa Latina)", "Tokyo, 23 November (Kyodo)": a dateline's day, then its
# agency in brackets or slashes
DATELINE_DATED = re.compile(
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?\.?\s*[(/]"
)


def _dateline(text: str, words: list[Token], at: int) -> bool:
    """Whether a capital's name at ``at`` is a news story's dateline, the place it was written:
    in capitals within a text that is not ("WASHINGTON, Oct. 9, 2006 – …", "… uncomfortable
    WASHINGTON While …"), or opening the entry before a dash ("Washington -- Recently …",
    "Singapore- ” …"). Not "Seoul-based", nor "Seoul said"."""
    word = words[at]
    if word.upper and len(word.key) >= 4 and not text.isupper():
        return True
    if at <= 1 and len(words) > 1 and text[words[0].end : words[1].start] == "/":
        # "Beijing/Seoul: North Korean leader …": a dateline of two cities, both places
        return DATELINE_AFTER.match(text, words[1].end) is not None
    return at == 0 and (
        DATELINE_AFTER.match(text, word.end) is not None
        or DATELINE_DATED.match(text, word.end) is not None
    )


def _hyphened_document(text: str, words: list[Token], first: int, last: int) -> bool:
    """Whether the name at ``first``..``last`` is one of the capitalised names a hyphen joins
    before a document's noun ("the Nixon-Chou communique", "the Molotov-Ribbentrop pact")."""
    while (
        first
        and words[first - 1].capital
        and text[words[first - 1].end : words[first].start] == "-"
    ):
        first -= 1
    while (
        last + 1 < len(words)
        and words[last + 1].capital
        and text[words[last].end : words[last + 1].start] == "-"
    ):
        last += 1
    return (
        last + 1 < len(words)
        and words[last + 1].key in DOCUMENT_NOUNS
        and text[words[last].end : words[last + 1].start] == " "
        and "-" in text[words[first].start : words[last].end]
    )


def _names_a_document(words: list[Token], first: int, last: int) -> bool:
    """Whether a place's name at ``first``..``last`` only names a document or an event:
    "the Panmunjom Declaration", "the Geneva accord", "the Moscow Conference", "the Treaty of
    San Francisco" (DOCUMENT_NOUNS). A summit or talks written in lower case stay where they
    are held ("the Singapore summit": the corpus README's rule 10); a possessive is the
    place's own ("Seoul's agreement")."""
    if last + 1 < len(words) and not words[last].possessive:
        following = words[last + 1]
        if following.start - words[last].end <= 1 and (
            following.key in DOCUMENT_NOUNS or (following.capital and following.key in EVENT_NAMES)
        ):
            return True
        for at in range(last + 1, min(last + 4, len(words))):  # "the Kangnung Infiltration
            if not words[at].capital or words[at].start - words[at - 1].end > 1:  # Incident"
                break
            if words[at].key in INCIDENT_NAMES | DOCUMENT_NOUNS | HONOUR_NAMES:
                return True  # ("the Paris Peace Accords", "the Geneva Agreed Framework", "the
                # Gwangju Prize for Human Rights": a prize named after its city, no place)
    return (
        first >= 2
        and words[first - 1].key == "of"
        and words[first - 2].capital
        and words[first - 2].key in DOCUMENT_OF
    )


def _names_a_site(words: list[Token], last: int) -> bool:
    """Whether a possessive ending at ``last`` is followed by a site's capitalised name
    ("Seoul’s National Theater", "Pyongyang’s Sunan Airport"), or a part of the city, named
    or not ("Seoul’s Jongno district", "Singapore’s Sentosa island", "Kabul's outskirts")."""
    for word in words[last + 1 : last + 5]:
        if word.key in SITE_NOUNS or word.key in PARTS_OF_A_CITY:
            return True
        if not word.capital:
            return False
    return False


# Verbs of writing before "in" and a work's title ("Clinton wrote in My Life").
WRITING_VERBS = frozenset(
    """wrote writes write written recalled recalls recounted recounts noted notes argued
    argues published qtd cited""".split()  # noqa: SIM905
)  # ("qtd. in Oberdorfer 148", "cited in Smith": a source quoted, as a book is)
# The same before "in" and a newspaper's or journal's name: what appears in one ("appeared in
# Foreign Affairs", "an editorial in Le Monde", "published a letter in Pravda").
PRINTED_IN = frozenset(
    """appeared appears printed article articles letter editorial editorials column op-ed
    essay interview commentary""".split()  # noqa: SIM905
)


UNKNOWN_PLACE_REFUSED = ORG_WORDS | MEDIA_WORDS | HONORIFICS | NOT_PLACES  # (joined once)


def _ship_named(words: list[Token], first: int, last: int) -> bool:
    """Whether the name ``first``…``last`` is a ship's: it has a navy's prefix in capitals
    before it or as its first word of several ("USS George Washington", "HMS Belfast"; not
    "the INS said")."""
    return any(
        0 <= at < len(words) and words[at].upper and words[at].key in SHIP_PREFIXES
        for at in ((first - 1, first) if last > first else (first - 1,))
    )


def _unknown_place(words: list[Token], first: int, last: int, german: Callable[[], bool]) -> bool:
    """A name nobody knows that a reader takes for a place: right after "in", "at", "near",
    "outside", "off" or "via" ("talks in Seattle", "a camp near Sunchon", "off Chumunjin"),
    or opened by a word of places ("Camp Humphreys", "Cape Erimo", "Fort Bragg"). Not a
    possessive ("in Kato's view"), nor a name with a word of bodies, titles or media, nor a
    language ("in English")."""
    if last - first > 2 or words[last].possessive:
        return False
    if len(words[last].key) < 3 and not words[last].joined:
        return False  # not a garbled fragment ("in Py ngyang"); a hyphened ending is a name's
        # ("at Munsan-ni", "Panmun-ri": a Korean village)
    keys = {w.key for w in words[first : last + 1]}
    if not keys.isdisjoint(UNKNOWN_PLACE_REFUSED) or not TITLES.keys().isdisjoint(keys):
        return False
    if words[first].key in OPERATION_NAMES and last > first:
        return False  # "repatriated in Operation Big Switch", "in Exercise Foal Eagle": an
        # operation's name, no place
    if words[last].key in EVENT_NAMES or words[last].key in {"war", "wars"}:
        return False  # "Two Koreas Meet in Rare Summit": a headline's capitals, an event;
        # "fought in World War II": a war, no place
    if first == last and _adjective_before_noun(words, last):
        return False  # "in Olympic history", "in Confucian tradition": an adjective
    if first >= 2 and words[first - 1].key == "in" and words[first - 2].key in WRITING_VERBS:
        return False  # "Clinton wrote in My Life": a book, no place
    if first >= 2 and words[first - 1].key == "in" and _printed_in(words, first - 1):
        return False  # "Zola published J'accuse in L'Aurore": a newspaper, no place
    if last > first and words[first].key in PLACE_OPENERS:
        return True
    previous = words[first - 1] if first else None
    return (
        previous is not None
        and (
            previous.key in PLACE_BEFORE
            or (previous.key in PLACE_NOUNS and not previous.capital)
            or (  # "near the village of Trah Bin Dong", "the town of Sunchon"
                previous.key == "of"
                and first >= 2
                and words[first - 2].key in PLACE_NOUNS
                and not words[first - 2].capital
            )
            or (previous.key == "from" and _direction_after(words, last))
        )
        and words[first].start - previous.end <= 1
        and not words[first].upper
        and not words[first].joined  # ("said Lee In-Bae": "In" opens a hyphened given name)
        and not _inside_body_name(words, first - 1)
        and not german()  # (_nouns_capitalised, read once per entry)
    )


def _printed_in(words: list[Token], at: int) -> bool:
    """Whether "in" at ``at`` follows a piece of writing or its printing: a word of
    ``PRINTED_IN`` right before, or a verb of writing with a title (capitalised words) or
    such a piece between ("published J'accuse in", "published a letter in"; not "published a
    novel in Kinshasa", where a book came out)."""
    if words[at - 1].key in PRINTED_IN:
        return True
    for back in range(at - 2, max(-1, at - 5), -1):
        if words[back].key in WRITING_VERBS:
            between = words[back + 1 : at]
            return all(w.capital for w in between) or any(w.key in PRINTED_IN for w in between)
    return False


def _direction_after(words: list[Token], last: int) -> bool:
    """Whether a name is followed by ", north of …" (or south, east…): a place so placed ("the
    drill from Pocheon, north of Seoul"), where "from" alone could be a government's
    ("a message from Seoul")."""
    return (
        last + 2 < len(words)
        and words[last + 1].key in COMPASS
        and words[last + 2].key == "of"
        and words[last + 1].start - words[last].end == 2  # (", ")
    )


# A place's common noun in lower case right before a name nobody knows makes it that place:
# "the Japanese city Nagoya", "the border town Dandong", "the fishing village Sokcho".
PLACE_NOUNS = frozenset({"city", "town", "village", "port"})


def _inside_body_name(words: list[Token], at: int) -> bool:
    """Whether the word ``at`` ("in") goes on a body's name: "the Association of Governors
    in Border Regions" (capitalised words back to a word of bodies, through "of")."""
    back = at - 1
    while back >= 0 and at - back <= 6 and (words[back].capital or words[back].key == "of"):
        if words[back].key in ORG_WORDS:
            return True
        back -= 1
    return False


def _longest_places(places: list[str], known: Collection[str]) -> list[str]:
    """One place once: a name that only starts another name found in the entry is that
    place written short ("Ulleung-do" beside "Ulleung-do Island"); a place the knowledge
    base holds stays, written alone beside a longer name ("Pyongyang International Airport,
    Pyongyang", "the Seoul Railway Station in Seoul")."""
    if len(places) < 2:
        return places
    return [p for p in places if p in known or not any(o.startswith(p + " ") for o in places)]


def _korean_division(words: list[Token], first: int, last: int) -> bool:
    """A name of one word and a Korean suffix of an administrative division after a hyphen
    ("Gangwon-do", "Pyeonganbuk-do", "Pihyeon-gun", "Yeonpyeong-myeon"): a place. A person's
    hyphenated given name follows a surname, so is three words ("Kim Jong-il")."""
    return (
        last == first + 1
        and len(words[first].key) >= 3  # (not "To-do")
        and words[last].joined
        and not words[last].capital
        and words[last].key in KOREAN_DIVISIONS
    )


def _outside_quotations(
    places: list[str], matched: list[tuple[int, int, tuple[str, ...]]], words: list[Token],
    spoken: list[tuple[int, int]], text: str,
) -> list[str]:  # fmt: skip
    """The places, less those named only inside what someone said ("“…no war on the Korean
    Peninsula,” Moon said"): a place a speaker names is not where the event is."""
    if not spoken:
        return list(dict.fromkeys(places))
    inside: set[str] = set()
    outside: set[str] = set()
    for first, _, target in matched:
        if target[0] in {"place", "capital"}:
            name = target[-1]
            (inside if _inside(words[first].start, spoken) else outside).add(name)
    return [
        p
        for p in dict.fromkeys(places)
        if (p not in inside or p in outside)
        and (p in outside or p in inside or not _named_only_inside(text, p, spoken))
    ]


def _named_only_inside(text: str, name: str, spoken: list[tuple[int, int]]) -> bool:
    """Whether every time ``name`` is written in ``text`` lies inside what someone said: a place
    no form matched ("in Asia" read by the word before it), known only by its words."""
    at = text.find(name)
    if at < 0:
        return False  # (a name respelt or folded: not written so, kept)
    while at >= 0:
        if not _inside(at, spoken):
            return False
        at = text.find(name, at + 1)
    return True


def _site_of_before(words: list[Token], first: int, last: int, covered: set[int]) -> int | None:
    """Where a site's name begins whose last words, a run ending in a site's word, follow "of"
    and capitalised words nobody matched ("the National Prisoner of War Museum", "the Victims of
    Communism Memorial"): the first of those words. None otherwise (a battle's name, "Battle of
    Chosin Reservoir", ends in a place's word, no site's)."""
    if words[last].key not in SITE_WORDS or first < 2 or words[first - 1].key != "of":
        return None
    opening = first - 2
    if not words[opening].capital or opening in covered or words[opening].possessive:
        return None
    while (
        opening > 0
        and first - opening < 4
        and words[opening - 1].capital
        and opening - 1 not in covered
        and words[opening - 1].key not in NOT_NAMES
        and words[opening].start - words[opening - 1].end <= 1
    ):
        opening -= 1
    return None if words[opening].key in NOT_NAMES - {"national"} else opening


def _site_of_after(words: list[Token], last: int, covered: set[int]) -> int | None:
    """The run's end of a site's name that the run ending at ``last`` opens before "of"
    (``_site_of_before`` read from its first part): the site's last word, or None."""
    if last + 2 >= len(words) or words[last + 1].key != "of" or words[last].possessive:
        return None
    end = last + 2
    while (
        end + 1 < len(words)
        and words[end + 1].capital
        and end + 1 not in covered
        and words[end + 1].start - words[end].end <= 1
    ):
        end += 1
    if not words[last + 2].capital or last + 2 in covered:
        return None
    return end if _site_of_before(words, last + 2, end, covered) is not None else None


def _site_after(words: list[Token], last: int, matched_at: set[int]) -> int | None:
    """The last word of a site named after a city ("Seoul Railway Station"): capitalised
    words no form matched, the last a word of places; None if none follows."""
    end = last
    while (
        end + 1 < len(words)
        and end - last < 3
        and end + 1 not in matched_at
        and words[end + 1].capital
        and not words[end + 1].upper
        and words[end + 1].start - words[end].end <= 1
        and not words[end].possessive
    ):
        end += 1
    return end if end > last and words[end].key in GEO_WORDS | STREET_WORDS else None


# The two romanisations of Korean (McCune-Reischauer, Revised) differ in a word's first
# consonant and in the vowels eo/o and eu/u: "Kaesong"/"Gaesong", "Kumgang"/"Gumgang",
# "Yeonpyeong"/"Yonpyeong". (first letters of one spelling, of the other)
INITIALS_BOTH_WAYS = (("K", "G"), ("G", "K"), ("P", "B"), ("B", "P"), ("T", "D"), ("D", "T"),
                      ("Ch", "J"), ("J", "Ch"), ("Ui", "Eui"), ("Eui", "Ui"))  # fmt: skip
# ("Euijeongbu" for Uijeongbu: 의 romanised "eui", as in the older official spellings)
VARIANT_MIN_LENGTH = 5  # shorter words' variants are too often other words ("Soul", "Ko")


def romanisation_variants(alias: str) -> set[str]:
    """The other spellings of a Korean place's name form under the other romanisation (the
    words that are romanised Korean only: "Mt.", "Island", "industrial park" stay)."""
    options: list[tuple[str, ...]] = []
    for word in alias.split(" "):
        bare = word.replace("-", "").lower()
        if (
            len(bare) < VARIANT_MIN_LENGTH
            or not word[:1].isupper()
            or not ROMANISED_WORD.fullmatch(bare)
        ):
            options.append((word,))
            continue
        vowels = {word}
        for long, short in (("eo", "o"), ("eu", "u")):
            for spelled in list(vowels):
                at = spelled.find(long)
                while at != -1:  # each occurrence on its own ("Yonpyeong") and all at once
                    vowels.add(spelled[:at] + short + spelled[at + len(long) :])
                    at = spelled.find(long, at + 1)
                vowels.add(spelled.replace(long, short))
        spellings = set(vowels)
        for spelled in vowels:
            for one, other in INITIALS_BOTH_WAYS:
                if spelled.startswith(one) and not spelled[len(one) :][:1].isupper():
                    spellings.add(other + spelled[len(one) :])
        options.append(
            tuple(sorted(w for w in spellings if len(w.replace("-", "")) >= VARIANT_MIN_LENGTH))
        )
    variants = {" ".join(choice) for choice in itertools.product(*options)}
    variants.discard(alias)
    return variants


ROMANISED_WORD = re.compile(rf"(?:{KOREAN_SYLLABLE})+")
