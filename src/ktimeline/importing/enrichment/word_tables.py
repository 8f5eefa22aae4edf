"""The word tables and patterns the enrichment's rules read."""

from __future__ import annotations

import re
from typing import TypeVar

_V = TypeVar("_V")
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.[A-Z](?![\w.])|[^\W_]+(?:['’][^\W_]+)*")
EAST_ASIAN = frozenset({"North Korea", "South Korea", "China", "Korea"})
KOREAS = frozenset({"North Korea", "South Korea"})
# "Workers' " in a name, which texts also write "Worker's ".
PLURAL_POSSESSIVE = re.compile(r"(\w)s' ")
# "II" for "Il" in a Korean name, as OCR and some texts write it ("Kim II Sung", "Kim Jong
# II"): after a Korean family name or the syllables "Il" follows in the known names.
# A credit in brackets after an entry's last stop, as under a photograph: "… June 30, 2019.
# (Associated Press)", "(Yonhap News)": whose picture or copy it is, not an actor of the event.
CREDIT_AT_END = re.compile(r"(?<=[.!?])['\"”’]?\s*\((?P<credit>[A-Z][A-Za-z.&' -]{1,40})\)\s*$")
# The same credit after a dash at the entry's end ("… in Pyongyang, on Wednesday. — AFP"), and
# a dateline's agency before a colon ("MOSCOW, June 19 (AFP): …"): the wire, no actor (rule 5).
# A person named as whose kin someone is: "Kim Jong-un's powerful sister", "sister of North
# Korean leader Kim Jong Un" (a possessive and a kin word, or a kin word and "of" before).
_KIN_WORDS = r"(?:sister|brother|wife|husband|son|daughter|father|mother|uncle|aunt|widow)"
KIN_CUES = (
    *("sister", "brother", "wife", "husband", "son", "daughter", "father", "mother"),
    *("uncle", "aunt", "widow"),
)
KIN_REFERENCE_AFTER = re.compile(rf"(?:(?<=['’]s)|['’]s)\s+(?:[a-z]+\s+)?{_KIN_WORDS}s?\b")
KIN_REFERENCE_BEFORE = re.compile(rf"\b{_KIN_WORDS}\s+of\s+(?:[\w’'-]+\s+){{0,4}}$")
SEX_WINDOW = 8  # entries naming persons whose sexes a later "she said" or "Mrs." may read
WOMENS_HONORIFICS = frozenset({"mrs", "ms", "miss", "madame", "mme"})
MENS_HONORIFICS = frozenset({"mr", "monsieur", "herr"})
SAID_BY_PRONOUN = re.compile(r"\b(he|she|He|She)\s+(?:said|says|added|adds|told|continued)\b")
NICKNAME = re.compile(  # (a middle initial may stand before it: 'Lloyd M. "Pete" Bucher')
    r"\b([A-Z][a-z]{2,}(?: [A-Z]\.)?) (?:\"[A-Z][a-z]+\"|“[A-Z][a-z]+”) (?=[A-Z][a-z]+\b)"
)
CREDIT_AFTER_DASH = re.compile(  # (its day after it: "… with rocks…. – AP, 8-5-09")
    r"(?<=[.!?])['\"”’]?\s*(?:--?|[–—])\s*(?P<credit>[A-Z]{2,6})"
    r"(?:,\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?\s*$"
)
DATELINE_AGENCY = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\((?P<credit>[A-Z][A-Za-z.&' -]{1,30})\)\s*:"
)
# Optical reading's capital I for a small l between two vowels ("the YaIu River"): the l.
OCR_I_FOR_L = re.compile(r"(?<=[aeiou])I(?=[aeiou])")
SMALL_VOWELS = frozenset("aeiou")
OCR_IL = re.compile(r"\b(Kim|Jong|Chong|Yong|Pyong|Kyong|Song|Nam)([ -])II\b")
# A one-word name of a state's assembly ("Congress", "Senate") after one of these is another
# assembly: a party's congress ("the 8th Party Congress"), a people's congress, a national one.
ASSEMBLY_WORDS = frozenset({"congress", "senate"})
# A government's formal style, unqualified (not "His Majesty's Government in Canada"): a
# parliament's record naming its own government (whose state the knowledge base's form gives).
OWN_GOVERNMENT_STYLE = re.compile(
    r"\b(?:His|Her)\s+Majesty['’]s\s+Government\b(?!\s+(?:in|of|for)\b)"
)
# The United States' Congress is numbered past twenty from 4 March 1829 (the 21st Congress):
# after that day "the Eighth Congress", "the 7th Congress" is a party's or another body's.
US_CONGRESS_PAST_TWENTY = "1829-03-04"
OWN_ASSEMBLY = frozenset({"party", "people", "national", "communist"})  # ("People's": key "people")
# How a text opens a United Nations body's name (_un_spelt_otherwise)
UN_SPELLINGS = ("UN ", "U.N. ", "United Nations ")
# "the Joint Chiefs of Staff" with no state's name before it (whose: Enricher._joint_chiefs)
JOINT_CHIEFS = re.compile(
    r"(?<!U\.S\. )(?<!US )\bJoint Chiefs(?: of Staff)?\b"
    r"|(?<!de EE\.UU\. )\bEstado Mayor Conjunto\b(?! de(?:l| los) Estados Unidos| de EE\.)"
)  # (Spanish, as the news agencies write it: "el Estado Mayor Conjunto (JCS) de Corea del Sur")
# "Warmbier's parents, Fred and Cindy," (Enricher._kin_by_first_names)
KIN_FIRST_NAMES = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\s+(?:(?:late|two|three|younger|elder|older)"
    r"\s+)?(?:parents|sons|daughters|children|brothers|sisters|siblings|wife|husband|son|"
    r"daughter|father|mother|brother|sister|widow),\s+(?P<first>[A-Z][a-z]+)"
    r"(?:\s+and\s+(?P<second>[A-Z][a-z]+))?(?=[,.;]|\s+(?:said|say|says|told|wrote)\b)"
)
# A photograph's credit anywhere in a caption: "(AP Photo/Yonhap)", "(Reuters Photo)", "(Photo:
# Kyodo)", with the agency's distribution tag after it ("KOREA OUT", "NO SALES"), and a closing
# sentence "Photograph from the … Collection in the National Archives." / "Photo courtesy of
# …": who took or keeps the picture, not an actor of the event (as a dateline's wire, rule 5).
# A spouse by the first name alone after a person ("Fred and his wife Cindy added").
SPOUSE_FIRST_NAME = re.compile(
    r"\s+and\s+(?:his\s+wife|her\s+husband),?\s+(?P<first>[A-Z][a-z]+)\b(?![ \t]+[A-Z])"
)
PHOTO_CREDIT = re.compile(
    r"\((?P<credit>[^()]{0,40}\bPhoto(?:graph)?s?\b[^()]{0,60})\)"
    r"(?P<tag>\s+[A-Z]{2,}(?: [A-Z]{2,})? OUT\b)?"
    r"|(?:^|(?<=[.!?]\s))(?P<line>Photo(?:graph)?s? (?:from|by|courtesy of|credit)\b"
    r"[^“”\"]{0,160}$)"
)
# The source credited at a caption's end ("… in Kananaskis, Alberta, Canada, on June 17. /
# Source: Yonhap News", "… in Seoul. Source: Reuters"): no actor, as a wire's credit (rule 5).
SOURCE_CREDIT = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’])|\s/)\s*(?P<credit>Sources?:\s*[^“”\"/:]{1,60})\s*$"
)
# Time zones written after a clock time ("5:03 p.m. ET", "08:51 KST"): never an actor.
TIME_ZONES = frozenset(
    """ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST KST JST""".split()  # noqa: SIM905
)
# Titles of offices below a state's head that the knowledge base does not date: the surname
# after one never means the head of state of the day ("Vice Foreign Minister Kim").
LESSER_OFFICES = frozenset(
    {"vice foreign minister", "deputy foreign minister", "first vice foreign minister",
     "vice minister", "deputy prime minister", "minister", "chief negotiator", "nuclear envoy",
     "governor", "mayor", "speaker", "chief delegate", "delegate", "negotiator", "spokesman",
     "spokeswoman", "spokesperson", "lawmaker", "official"}
)  # fmt: skip
# A title that opens a new person's name of three words or more is no part of it: "Director
# Won Sei Hoon" is Won Sei Hoon.
LEADING_TITLES = frozenset(
    """director chairman chairwoman chair chief governor mayor commissioner secretary
    minister spokesman spokeswoman spokesperson envoy ambassador premier president general
    admiral professor""".split()  # noqa: SIM905
)
# A body's word that ends a title before a name ("Inspector General of Police Khalid Abu Bakar",
# "Chief of Staff", "Minister of Justice"): not the person's first name.
OFFICE_DOMAINS = frozenset({"police", "staff", "justice", "finance", "defence", "defense"})
# States whose people's names English texts write in either order ("Kishida Fumio", "Abe
# Shinzō" beside "Fumio Kishida"): a known person's two names reversed are that person.
EITHER_ORDER = frozenset({"Japan"})
# One-word names of states that are also given names and surnames: next to another
# capitalised name they are a person's ("Michael Jordan", "Tom Holland", "Steve Israel").
PERSONAL_NAME_STATES = frozenset({"jordan", "holland", "israel", "georgia", "chad", "france"})
# A capital's name that is also a surname ("Denzel Washington", "George Washington"): the
# test of PERSONAL_NAME_STATES on the word before only (not "Washington Consensus"). Not
# "Paris": "the Paris Games", "Paris Hilton" read alike.
PERSONAL_NAME_CAPITALS = frozenset({"washington"})
# Capitalised words before a state's name that leave it the state ("Communist China", "Red
# China", "Nationalist China", "King Abdullah of Jordan" has "of").
STATE_MODIFIERS = frozenset(
    """communist red nationalist imperial nazi soviet occupied free vichy democratic socialist
    greater mainland modern ancient postwar prewar colonial west east north south northern
    southern central upper lower all whole independent federal united republican king queen
    kingdom republic state neighbouring neighboring""".split()  # noqa: SIM905
)
# States whose people write the family name first ("Kim Jong Un", "Chiang Ching-kuo"): the
# words after it are a given name a text may write alone ("Jong Un said").
FAMILY_NAME_FIRST = frozenset({"North Korea", "South Korea", "China", "Taiwan"})
# After a state's name or adjective, these words make the whole a thing, not the state acting.
THING_WORDS = frozenset(
    """war legation embassy consulate border island islands port peninsula empire strait sea
    air airlines lines won yen dollar language crisis time""".split()  # noqa: SIM905
)
# After a body's name, these words make it a weapon's name: "Rodong missiles".
WEAPON_WORDS = frozenset({"missile", "missiles", "rocket", "rockets"})
WEAPON_KINDS = frozenset({"ballistic", "cruise", "guided"})  # between the name and the weapon
# A force's name used as an adjective ("a South Korean military official", "ROK army drills")
# names the state, not the force: the nouns that follow it so ("US military forces" are forces:
# rule 1 of the annotation).
FORCE_NOUNS = frozenset({"military", "army", "navy", "forces"})
# A body a title may head, after a state's possessive: "the leader of the North's delegation"
# heads the delegation, not the state ("the President of France's advisers": his).
LED_BODIES = frozenset(
    {"delegation", "delegations", "team", "side", "negotiators", "mission", "panel", "group"}
)
# (and counted members, "four South Korean navy men": the state, README rule 1)
FORCES_AS_ADJECTIVE = frozenset(
    {"official", "officials", "officer", "officers", "source", "sources", "member", "members",
     "drill", "drills", "exercise", "exercises", "personnel", "leader", "leaders", "spokesman",
     "spokesperson", "commander", "commanders", "authorities", "talks", "ties", "cooperation",
     "intelligence", "base", "bases", "chief", "chiefs", "leadership", "installations", "sites",
     "hotline", "delegation", "delegations", "court", "aid", "service", "academy",
     "satellite", "satellites", "presence", "spending", "budget", "action", "options",
     "plan", "plans", "men", "sailors", "soldiers", "pilots", "crewmen"}
)  # fmt: skip
# Nouns of FORCES_AS_ADJECTIVE that are also verbs: after a plural force's noun ("troops
# drill", "navies plan") they are what the forces do.
VERBS_AFTER_PLURAL_FORCES = frozenset({"plan", "drill", "exercise", "aid"})
# What follows a force's name that acts or is acted on (no noun it qualifies): function
# words, modals, adverbs and irregular verbs ("the military began", "forces and police").
AFTER_A_FORCE = frozenset(
    """and or but nor to in on at of for from with by as than that which who whose whom
    a an the this these those its their his her our last next each every some no any
    into onto over under after before during since until about against near across along
    will would shall should can could may might must is was are were be been has had have
    do does did said says now also still then already later soon often never again too only
    just first yet even began begun took sent made held put fought struck shot led left met
    gave told won lost saw came went ran kept set found drew threw hit spent built broke chose
    rose stood sought bought caught brought thought cut let flew withdrew swept fell""".split()  # noqa: SIM905
)


# After a force's noun in lower case, these are the state's craft ("a U.S. navy ship"): the state.
CRAFT_OF_A_FORCE = frozenset({"ship", "ships", "vessel", "vessels"})
# After a state's name or adjective, these nouns name its armed forces ("U.S. troops", "North
# Korea's military", "UN forces"): the knowledge base's forces record (README, rule 1)…
# Before "troops from" a state, the words that make them the state's own (sent by it): "invaded
# by forces from North Korea", "when Communist troops from North Korea attacked" (a verb or a
# state's adjective before the noun makes them others', moved from there).
FORCES_FROM_AFTER = frozenset({"by", "communist", "enemy", "hostile", "invading", "when", "as"})
FORCES_OF_A_STATE = frozenset(
    {"forces", "troops", "military", "army", "navy", "marines", "militaries", "armies", "navies"}
)  # ("the US and South Korean militaries": each state's)
# …also after these words ("U.S. air and naval forces", "American ground troops").
FORCE_MODIFIERS = frozenset(
    {"air", "naval", "ground", "and", "combat", "occupation", "armed", "land", "elite", "communist",
     "allied"}
)  # fmt: skip


# Verbs a typo may glue to a name ("Kim Jong Unsaid"), besides those ending in -ed and -ing.
GLUED_VERBS = frozenset(
    """said says met meets told tells sent held made took gave left won saw went came spoke
    signs visits warns calls urges""".split()  # noqa: SIM905
)
GLUED_ENDINGS = ("ed", "ing", *sorted(GLUED_VERBS))  # (for one str.endswith)

# A capital or city's noun within three words before a capital's name makes it the place
# ("the South Korean capital, Seoul").
CAPITAL_OR_CITY = frozenset({"capital", "city"})
# Before a capital, these words make it the place: "in Seoul", "visits Pyongyang".
LOCATIVE = frozenset(
    """in at to near into toward towards outside around round above below beyond via visits
    visit visited visiting reach reaches reached reaching arrives
    arrived arriving leaves left leaving across over of through
    flies flew travels traveled travelled returns returned return within inside held hosts
    hosted capture captures captured recapture recaptures recaptured retake retakes retook
    retaken occupy occupies occupied reoccupy reoccupies reoccupied enter enters entered
    bomb bombs bombed shell shells shelled abandon abandons abandoned destroy destroys
    destroyed evacuate evacuates evacuated liberate liberates liberated
    surround surrounds surrounded surrounding encircle encircles encircled
    seize seizes seized seizing""".split()  # noqa: SIM905
)
# The same in French, German, Spanish and Polish texts ("à Berlin", "nach Moskau", "en
# Madrid", "w Tokio"): prepositions of place, never English words (German "in": above).
LOCATIVE_ABROAD = frozenset(
    """à au aux dans vers depuis près nach aus bei im zu zum zur en desde hacia hasta cerca
    w в во из""".split()  # noqa: SIM905
)  # (Russian "в Токио", "из Токио": in, from Tokyo; enrich54)
# French and Spanish "de" ("of", "from") makes a capital the place only after a word of place
# ("près de Séoul", "cerca de Seúl", "la ville de Séoul", "place de Paris"); else it is the
# government's ("le refus de Pyongyang", "las demandas de Washington", "les chercheurs de
# Séoul"), as "Pyongyang's refusal".
OF_ABROAD = frozenset({"de", "du", "des"})
PLACE_BEFORE_OF = LOCATIVE_ABROAD | frozenset(
    """loin place ville capitale région environs banlieue centre aéroport ciudad capital afueras
    alrededores""".split()  # noqa: SIM905
)
# After a capital, what makes it the city a war takes ("Pyongyang falls to UN forces",
# "after Seoul was captured"), not the government acting.
FALLS = frozenset({"falls", "fell", "fallen"})
TAKEN = frozenset(
    """captured taken recaptured retaken occupied liberated bombed shelled evacuated
    abandoned encircled surrounded destroyed overrun saved besieged bombarded""".split()  # noqa: SIM905
)  # ("Seoul was saved from being attacked": the city a war spares)
BEING = frozenset({"was", "is", "had", "has"})
# After a capital, these and then "the capital" or "the seat" make it the city named so.
BECOMING = frozenset({"becomes", "became", "become", "remains", "remained", "is", "was"})
# Kinds of places that hold others (a capital after one and a comma is no address:
# "Seattle, Washington").
AREA_KINDS = frozenset({"city", "county", "region", "province", "prefecture", "state-territory"})
# A word of position between "in" and a capital: "in central Seoul" is the city.
POSITION = frozenset(
    """central downtown northern southern eastern western northeastern northwestern
    southeastern southwestern suburban greater""".split()  # noqa: SIM905
)
# What a capital's possessive names when it is the city: "Seoul’s National Theater".
# A city's parts, after its possessive ("Seoul’s Jongno district", "Kabul's outskirts").
PARTS_OF_A_CITY = frozenset(
    """district districts island outskirts suburb suburbs downtown neighborhood neighbourhood
    streets waterfront""".split()  # noqa: SIM905
)
# Institutions a city's name stands before as where they are ("a Seoul hospital said").
CITY_INSTITUTIONS = frozenset({"hospital", "hospitals", "clinic", "suburb", "suburbs"})
SITE_NOUNS = frozenset(
    """theater theatre palace hall square airport stadium station university hotel museum
    park cemetery mausoleum tower bridge gate street avenue district port harbor
    harbour""".split()  # noqa: SIM905
)
# A motion word two words before "from" makes the capital a place ("returns from Seoul");
# "pressure from Seoul" is the government.
# Before "from" and a capital, the means of a call made from that city: the place.
CALLED_FROM = frozenset(
    """telephone phone videoconference video satellite agency correspondent reports dispatches
    news reported reporting""".split()  # noqa: SIM905  ("according to reports from Seoul",
    # "the Associated Press reported from Seoul": where the news was written)
)  # ("reported Hsinhua agency from Pyongyang": where the wire wrote, not the government)
MOTION = frozenset(
    """returns returned return flies flew travels traveled travelled travel travelling
    traveling shuttles shuttled flights flight arrives arrived comes
    came departs departed leaves left fired fires launched launches retreat retreats
    retreated withdraw withdraws withdrew withdrawn flee flees fled evacuate evacuates
    evacuated driven pushed""".split()  # noqa: SIM905
)
# Before "to" or "toward" and a capital, these make it the government addressed, not a
# destination: "humanitarian assistance to Pyongyang", "conciliatory gestures toward
# Pyongyang", "a message to Seoul".
ADDRESSED = frozenset(
    """assistance aid help gestures gesture hostility policy policies approach message
    messages letter letters overtures overture threat threats warning warnings appeal
    appeals offer offers concessions attitude stance apology apologies ultimatum proposal
    proposals reply response yield yields yielded yielding capitulate capitulated kowtow
    kowtowed protest protests complaint complaints demand demands""".split()  # noqa: SIM905
)
# After "Air" and a state's name, the words of an air arm, not an airline ("Air Korea Command").
AIR_ARMS = frozenset({"force", "forces", "defense", "defence", "command", "wing"})
# Before "out to" and a capital, these approach its government ("reached out to Tokyo").
REACHING = frozenset({"reach", "reaches", "reached", "reaching"})
# Before "at" and a capital, these aim at its government, not where one is ("took a swipe at
# Washington", "lashed out at Tokyo", "angry at Beijing", "a dig at Seoul").
AIMED_AT = frozenset(
    """swipe swipes jab jabs dig digs potshot potshots aim aimed aiming out angry anger
    fury furious outrage displeasure criticism barb barbs""".split()  # noqa: SIM905
)
# Before "of" and a capital, these make it the government one is allied with or against ("both
# security allies of Washington", "a rival of Beijing"), not the city.
ALLIED = frozenset(
    """ally allies partner partners enemy enemies foe foes adversary adversaries rival rivals
    friend friends client clients""".split()  # noqa: SIM905
)
# "authorities in X", "the government in X": the state X's capital stands for, not the city.
GOVERNING_IN = frozenset({"authorities", "government"})
# … and the same nouns and prepositions in the other languages read for names (issue 23,
# enrich54: "Die Regierung in Pjöngjang habe …", "władze w Tokio", "le gouvernement à Tokio",
# "el gobierno en Seúl", "il governo a Pyongyang" are the state; German "Führung", the
# leadership, too)
GOVERNING_IN_ABROAD = frozenset(
    """regierung führung behörden władze władz rząd rządu gouvernement autorités gobierno
    autoridades governo autorità""".split()  # noqa: SIM905
)
GOVERNING_PREPOSITIONS = frozenset({"in", "w", "à", "en", "a"})
# Before "from X to Y" (capitals), these make X and Y governments, not a journey's ends:
# "switches diplomatic recognition from Taipei to Beijing".
RECOGNITION = frozenset({"recognition", "relations", "ties", "allegiance"})
NORTH_AND_SOUTH = re.compile(
    r"\bthe (?:north and (?:the )?south|south and (?:the )?north)\b(?![\w-])"
)  # ("between the south and the north": the same two, the other way round)
DAY_IN_BRACKETS = re.compile(r"\s*,\s*\d{1,2}(?:st|nd|rd|th)?\s*\)")  # "(Pyongyang, 22nd)"
# The bracket that closes a dateline's wire credit, then a dash or the story's first word:
# "BEIJING (AP) _ …" (the AP archive's), "SEOUL, South Korea {AP} The leaders …" (braces).
# The prefixes navies write before a ship's name ("USS George Washington", "HMS Belfast",
# "ROKS Cheonan"): the name after one is the ship's, not the person or place it honours.
SHIP_PREFIXES = frozenset({"uss", "usns", "hms", "hmas", "hmcs", "hmnzs", "roks", "ins", "rfs"})
MONTH_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")
WIRE_CREDIT = re.compile(r"[)}\]]\s*(?:--|[-–—_]|(?=[A-Z][a-z]))")
# A wire credit that opens the entry is a dateline's only with a dash after it ("(AFP)--",
# "(CNN) --"): "(Reuters) said" names the agency as the one who speaks.
OPENING_CREDIT_DASH = re.compile(r"[)}\]]\s*(?:--|[-–—])")
# "North Korea’s state-run news agency", "the North Korean official news agency".
AGENCY_OPENERS = frozenset({"state", "state-run", "state-owned", "state-controlled", "official"})
STATE_AGENCY = re.compile(
    r"(?:['’]s)?\s+(?:(?:official|state[- ]run|state|state-owned|state-controlled)\s+)+"
    r"news\s+agency\b"
)
# "North Korean state television", "China's state TV": the state's broadcaster (README, rule 8).
STATE_TELEVISION = re.compile(
    r"(?:['’]s)?\s+(?:(?:official|state|state-run|state-owned|state-controlled)\s+)+"
    r"(?:television|TV|broadcaster)\b"
)
# After a city's possessive: the government's, not the place's ("Rangoon’s diplomatic relations").
GOVERNMENT_AFTER = RECOGNITION | {"government", "regime", "foreign", "ambassador", "envoy"}
# Before "on" and a capital, these make it the city an army moves on ("advance on Pyongyang").
MARCH = frozenset(
    """march marches marched marching advance advances advanced advancing converge
    converges converged converging close closes closed closing""".split()  # noqa: SIM905
)
# A state's government named: "the Japanese government", "Japan's government", "the
# government of Peru" (whose "“…,” the government said" the next entry may give).
GOVERNMENT_NEXT = re.compile(r"(?:['’]s)?\s+government\b")
# After a capital, these words make it a reporter's post ("Tokyo Correspondent Juliet Hindell",
# "the Moscow bureau"): no state acting, no place of the event.
POSTED_AT = frozenset({"correspondent", "correspondents", "bureau"})
# After a capital, these make it the city a court sits in ("A Seoul court sentenced …", "the
# Tokyo District Court" is a name of its own): the place, not the government acting.
COURT_NOUNS = frozenset({"court", "courts", "tribunal"})
# Before a city's name, the words of a river ("rzeka Moskwa", "the river Moskva"): the river of
# that name, neither the city nor its state (Polish, Czech, Russian and English forms).
RIVER_BEFORE = frozenset(
    """rzeka rzeki rzece rzekę rzeką řeka řeky řece řeku řekou река реки реке реку рекой
    river""".split()  # noqa: SIM905
)
# The UN's abbreviations of other languages that English writes otherwise: Polish "ONZ", Czech
# and Slovak "OSN"; each names the UN only in an entry written in its language (writing.
# writes_language), known by a letter only that language writes or by two of its small words
# that are no English words ("The ONZ report" in English is no UN).
LANGUAGE_ACRONYMS: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    "ONZ": (
        re.compile("[ąćęłńśźżĄĆĘŁŃŚŹŻ]"),
        frozenset(
            [
                "w",
                "z",
                "na",
                "się",
                "że",
                "od",
                "po",
                "jest",
                "nie",
                "oraz",
                "przez",
                "dla",
                "ze",
                "we",
            ]
        ),
    ),
    "OSN": (
        re.compile("[čďěňřšťůžýľĺŕČĎĚŇŘŠŤŮŽÝĽĹŔ]"),
        frozenset(
            [
                "k",
                "v",
                "z",
                "s",
                "se",
                "na",
                "je",
                "ve",
                "ze",
                "že",
                "od",
                "po",
                "jako",
                "ani",
                "aby",
                "také",
            ]
        ),
    ),
}
# After a capital, these words make it the place an event is named after ("Singapore summit").
EVENT_NOUNS = frozenset(
    """summit summits talks meeting meetings conference process games olympics
    marathon""".split()  # noqa: SIM905
)
# After a place's name, these make the whole a document's name ("the Panmunjom Declaration",
# "the 1994 Geneva accord", "the Camp David Principles"), and a capitalised EVENT_NAMES word
# an event's proper name ("the Moscow Conference", "the Panmunjom Summit"): the text names
# the document or the event, not where something happens, nor a state acting.
DOCUMENT_NOUNS = frozenset(
    """declaration declarations agreement agreements accord accords statement communique
    communiqué principles treaty pact protocol charter framework memorandum
    consensus convention conventions""".split()  # noqa: SIM905
)
# Written with a capital after a place, these name an event, not where it was ("the Moscow
# Conference", "the Panmunjom Summit"); not "the PyeongChang Olympics", held there.
EVENT_NAMES = frozenset({"conference", "summit"})
# The first word of a military operation's or exercise's name ("Operation Big Switch").
OPERATION_NAMES = frozenset({"operation", "exercise"})
# Capitalised after a place and the words of its name, these name a past event the entry
# refers to ("the Kangnung Infiltration Incident", "the Tokyo Affair"), not where the entry's
# event is; not "Uprising", "Massacre", "Battle" (places: the corpus README's rule 13).
INCIDENT_NAMES = frozenset({"incident", "affair"})
# Capitalised after a place, these name an honour awarded for years, from anywhere, as a
# document is cited ("the Gwangju Prize for Human Rights", "the Seoul Peace Prize"): no place
# (the corpus README's rule 13), unlike the uprising or battle named after its site.
HONOUR_NAMES = frozenset({"prize", "prizes", "award", "awards", "medal", "laureate"})
SENTENCE_MARKS = frozenset(".;:!?")
# "Kim Yong-jung, sister of Kim Jong-un": a name, then whose kin it is
APPOSITION_KIN = re.compile(
    r",\s+(?:the\s+)?(?:(?:younger|older|elder|little|big)\s+)?(?P<kin>sister|brother|wife|"
    r"husband|son|daughter|father|mother|uncle|aunt)\s+of\s+(?:(?:North|South) Korean\s+)?"
    r"(?:leader\s+)?"
)
# "Kim's powerful sister": a possessive, then one lower-case word before the kin word
# "the sister of Kim Jong Un", "the younger sister of North Korean leader Kim Jong Un": the
# relative, whom the knowledge base names, before the person (_relatives).
NAME_AND_COMMA = re.compile(r"[A-Z][\w.’'-]*,\s*$")  # "Kim Jong Nam, " before "the son of"
KIN_OF_CUES = tuple(f"{kin} of " for kin in KIN_CUES)  # (cheap: "son" alone is in "person")
# (With "the": "an uncle of Kim Jong Un" may be any of his uncles.)
KIN_OF_BEFORE = re.compile(
    rf"\bthe\s+(?:[a-z]+\s+){{0,2}}(?P<kin>{_KIN_WORDS})\s+of\s+(?:[\w’'-]+\s+){{0,4}}$",
    re.IGNORECASE,
)
WORD_BEFORE_KIN = re.compile(r"(?:(?<=['’]s)|['’]s)\s+[a-z]{3,}\s+")
# A forum's name before these nouns qualifies its members ("its Six Party partners"); a name
# that says "talks" itself stays the forum ("the six-party talks members": rare, and said so).
FORUM_MEMBERS = frozenset(
    {"partners", "partner", "members", "member", "countries", "nations", "states", "parties"}
)
FORUM_WORDS = frozenset({"talks", "forum", "process"})
# "the Treaty of San Francisco", "the Declaration of Moscow": a document named after a place.
DOCUMENT_OF = frozenset({"treaty", "declaration", "protocol", "pact", "charter", "conference"})
# After a capital, the words one of the rules of ``_as_place`` looks at (one look-up).
PLACE_CUES = EVENT_NOUNS | FALLS | SITE_NOUNS | BEING | {"based", "time"}
# The last word of a name nobody knows that makes it a place ("Shimane Prefecture").
GEO_WORDS = frozenset(
    """sea island islands islet islets river strait prefecture province bay mountain mountains
    lake reservoir peninsula county airport port harbor harbour perimeter shrine base
    airbase shipyard airfield city district valley plateau canal gulf ocean cape theater
    theatre mausoleum stadium square station palace museum cemetery monument bridge
    memorial plaza hotel""".split()  # noqa: SIM905
)  # (not "hall" nor "tower": surnames as often, "Joyce C. Hall", "John Tower")
# The same in lower case after a name nobody knows ("North Pyongan province", "Ulleung
# island"); not plurals ("the Jangjae and Mu islets": two places, not "Mu islets").
GEO_LOWER = frozenset(
    """province island islet county prefecture river strait bay hotel""".split()  # noqa: SIM905
)  # (a venue too: "the gardens of Capella hotel": README, places)
# A landform's word in lower case after a known place, naming the landform after it ("the
# Kapyong valley": the Kapyong Valley); not after a water's name, whose valley is the water's
# own ("the Naktong valley": the Nakdong River, as the base names it).
LANDFORM_AFTER_PLACE = frozenset({"valley"})
WATER_KINDS = frozenset({"river", "sea", "lake", "maritime-border"})
# Words of sites whose names may go on with "of" ("Palace of Culture", "Bridge of No Return").
SITE_WORDS = frozenset({"palace", "museum", "monument", "bridge", "memorial"})
# Before a name nobody knows, these make it a place ("in Khartoum", "near Sunchon"); and a
# name opened by one of PLACE_OPENERS is a place ("Camp Humphreys").
PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "off", "via"})
PLACE_OPENERS = frozenset({"camp", "fort", "cape", "mount", "mt", "lake", "port"})
# The words of peoples and their languages; in the plural ("many Koreans", "two Russians")
# the many of a people, no one's name.
PEOPLES_WORDS = frozenset(
    "english korean japanese chinese russian french german spanish arabic latin".split()  # noqa: SIM905
)
NOT_PLACES = PEOPLES_WORDS | frozenset({"hangul", "parliament", "congress", "time"})
# An encyclopedia's footnote marks right after a word or a stop: "Sweden[1][2]", ".[7]China".
FOOTNOTE_MARKS = re.compile(r"(?<=[^\s\[\]])(?:\[\d{1,3}\])+")
# "Korean" and a noun of armed forces, no North, South or prefix before ("Korean troops", "the
# Korean military", "Korean army troops"): South Korea's forces from the day it was founded.
KOREAN_FORCES = re.compile(
    r"(?<![\w-])(?<!North )(?<!South )(?<!Northern )(?<!Southern )(?<!north )(?<!south )"
    r"Korean\s+(?:ground\s+)?(?:troops|forces|military|army|armed\s+forces)\b"
)
SOUTH_KOREAN_FORCES_SINCE = "1948-08-15"
# What opens "the X and Y leaders" (README rule 7): "the", or a meeting's "with", "between".
LEADERS_OPENERS = frozenset({"the", "with", "between"})
# A transcript's "Q:" and "A:" opening an entry or a sentence, before the words.
QUESTION_ANSWER = re.compile(r"(?:^|(?<=[.?!]\s))[QA]:(?=\s+[A-Z“\"])")
# A new force's name: a state's one-word adjective or name, then a service ("Russian Navy").
FORCE_NAME_END = re.compile(r"[A-Z][a-z]+ (?:Navy|Army|Air Force|Marines|Coast Guard)\b")
NEW_FORCE_NAME = re.compile(r"(?P<state>[A-Z][a-z]+) (?:Navy|Army|Air Force|Marines|Coast Guard)")
# A social-media handle: "@" and a name's words run together ("@AustralianArmy’s").
HANDLE = re.compile(r"(?<![\w@])@(?P<name>[A-Za-z][A-Za-z0-9_]{2,40})")
# Nouns of the relations between states that capitals joined by hyphens name ("Seoul-Washington
# -Tokyo cooperation", "Moscow-Beijing ties"): each capital is its state.
RELATION_NOUNS = frozenset(
    """cooperation talks ties relations relationship alliance axis dialogue partnership
    summit summits negotiations rapprochement rivalry coordination""".split()  # noqa: SIM905
)
# Title words of the text → the role titles of the knowledge base they may mean.
TITLES: dict[str, tuple[str, ...]] = {
    "president": ("President", "Acting President"),
    "vice president": ("Vice President",),
    "prime minister": ("Prime Minister", "Premier"),
    "pm": ("Prime Minister",),
    "premier": ("Premier", "Prime Minister"),
    "foreign minister": ("Foreign Minister",),
    "fm": ("Foreign Minister",),
    "minister of foreign affairs": ("Foreign Minister",),
    # "the Russian top diplomat", "China's top diplomat": its foreign minister that day (as the
    # plural "top diplomats" of PLURAL_OFFICES)
    "top diplomat": ("Foreign Minister", "Secretary of State", "Foreign Secretary"),
    "secretary of state": ("Secretary of State",),
    "defense secretary": ("Defense Secretary",),
    "defence secretary": ("Defense Secretary",),
    "secretary of defense": ("Defense Secretary",),
    "defense minister": ("Defense Minister",),
    "defence minister": ("Defense Minister",),
    "minister of defense": ("Defense Minister",),
    "unification minister": ("Unification Minister",),
    "chief cabinet secretary": ("Chief Cabinet Secretary",),
    "chairman": ("Chairman",),
    "leader": ("Leader",),
    "dictator": ("Leader",),  # "the dictator of North Korea": its leader that day
    "head of state": ("Leader", "President", "Emperor"),  # "the North Korean head of state"
    "chief": ("Secretary-General", "Director General"),  # "the UN chief", "the IAEA chief"
    "general secretary": ("General Secretary",),
    "first secretary": ("First Secretary",),
    "ambassador": ("Ambassador",),
    "special representative": ("Special Representative",),
    "special envoy": ("Special Representative",),
    "envoy": ("Special Representative",),
    "emperor": ("Emperor",),
    "secretary-general": ("Secretary-General",),
    "secretary general": ("Secretary-General",),
    "director general": ("Director General",),
    "national security adviser": ("National Security Adviser",),
    "national security advisor": ("National Security Adviser",),
    "assistant secretary of state": ("Assistant Secretary of State",),
    "assistant secretary": ("Assistant Secretary of State",),
    "secretary": ("Secretary of State", "Defense Secretary"),
    "commander": ("Commander",),
    # Titles that name a person but no office the knowledge base dates.
    "vice foreign minister": (),
    "deputy foreign minister": (),
    "first vice foreign minister": (),
    "vice minister": (),
    "deputy prime minister": (),
    "minister": (),
    "chief negotiator": (),
    "foreign policy chief": (),
    "nuclear envoy": (),
    "governor": (),
    "governor-general": (),
    "governor general": (),
    "mayor": (),
    "senator": (),
    "sen": (),
    "rep": (),
    "gen": (),
    "general": (),
    "admiral": (),
    "spokesman": (),
    "spokeswoman": (),
    "spokesperson": (),
    "chief of staff": (),
    "speaker": (),
    "lawmaker": (),
    "official": (),
    "negotiator": (),
    "congressman": (),
    "congressmen": (),
    "congresswoman": (),
    "senators": (),
    "delegate": (),
    "chief delegate": (),
    "scholar": (),
    "dr": (),
    "mr": (),
    "ms": (),
    "mrs": (),
    "chancellor": ("Chancellor",),
    "first lady": (),
    "foreign secretary": ("Foreign Minister",),
    "king": (),
    "queen": (),
    "crown prince": (),
    "secretary of the navy": (),
    "secretary of the army": (),
    "secretary of the air force": (),
    "navy secretary": (),
    "army secretary": (),
}
# Military ranks before a name ("Cmdr. Lloyd Bucher", "Lt. Ed Murphy", "Seaman Duane D.
# Hodges", "Lieutenant General Walton H. Walker"): titles of no dated office, matched only
# when written with a capital ("a major step", "the captain of the ship" are no titles).
RANKS = (
    "lieutenant general", "lt gen", "major general", "maj gen", "brigadier general",
    "brig gen", "lieutenant colonel", "lt col", "lieutenant commander", "lt cmdr",
    "rear admiral", "vice admiral", "lieutenant", "lt", "cmdr", "cdr", "captain", "capt",
    "maj", "colonel", "col", "sergeant", "sgt", "corporal", "cpl", "seaman", "pvt",
    "ensign", "commodore", "field marshal", "senior lieutenant", "senior lt", "first lieutenant",
    "first lt", "1st lt", "second lieutenant", "second lt", "2nd lt", "junior lieutenant",
    "staff sergeant", "master sergeant", "lieut general", "lieut gen", "lieut colonel",
    "lieut col", "lieut",
    "cpt", "1lt", "2lt", "ltc", "pfc", "spc", "ssg", "sfc", "1sg",  # (the US Army's abbreviations)
)  # fmt: skip
# (Not "Major", "Private", "Marshal" alone: surnames and words as often — "Prime Minister
# John Major". They are ranks only before a person's name of two or three words that nothing
# else takes: _rank_of_word.)
RANKS_ALSO_WORDS = frozenset({"major", "private", "marshal"})
RANK_NOTE_LENGTH = 3  # "(P)", "(jg)", "(Ret)" between a rank and the name
TITLES.update({rank: () for rank in RANKS if rank not in TITLES})
# The offices that put a surname's bearer "in office" that day against the document's last
# bearer and the head of state: those a title dates. Another dated office ("First Vice Foreign
# Minister", "Director of the United Front Department") resolves its own title written out;
# for a surname alone it counts only where no bearer holds one of these ("Kim met Trump" in
# 2019 is Kim Jong Un, not Kim Kye Gwan, First Vice Foreign Minister that day).
SURNAME_OFFICES = frozenset(office for offices in TITLES.values() for office in offices)
# Titles that say a person, but no office of the knowledge base.
HONORIFICS = frozenset(
    """mr mrs ms dr gen general adm admiral sen senator rep representative gov governor
    minister vice-minister deputy chief lt colonel col professor prof ambassador-designate
    spokesman spokeswoman spokesperson lawmaker""".split()  # noqa: SIM905
)
# Every title written before a surname, whose abbreviation's stop ends no sentence ("Mrs.").
TITLES_BEFORE_A_SURNAME = HONORIFICS | WOMENS_HONORIFICS | MENS_HONORIFICS
ORG_WORDS = frozenset(
    """association cross ministry party agency council committee bank institute company corp
    corporation group commission office department forces force army navy federation union
    foundation university federation league organization organisation center centre school
    college academy
    board bureau authority assembly court fund network club society command confederation
    fleet squadron regiment battalion brigade division corps survey""".split()  # noqa: SIM905
)
MEDIA_WORDS = frozenset(
    """shimbun news times post daily ilbo herald journal tv radio telegraph guardian tribune
    gazette""".split()  # noqa: SIM905
)
NOT_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday the a an in on at after before during while when this that these those
    his her its their he she they we it there then also but and or if as new former cabinet
    administration government doctrine era now later meanwhile earlier today yesterday
    tonight however still yet even instead separately unlike like despite amid amidst
    following although though whereas besides including according with without against
    toward towards upon among
    según selon laut gemäß secondo volgens""".split()  # noqa: SIM905
)  # (the last: "according to" in Spanish, French, German, Italian, Dutch: "Según Ana Gómez, …")
WATERS = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits|Isle|Port) of [A-Z][\w-]+")
# A person is plausibly meant by his surname alone within this many years of an office he
# held (the knowledge base dates offices, not lives): "Hu" in 1985 is not Hu Jintao.
NEAR_YEARS = 5
# A person named within this many entries is still in mind against a namesake in office in
# another state whom the document never named ("Kim Dae-jung … Mr. Kim", 1980: unresolved).
RECENT_ENTRIES = 6
# A death or a fall reported this many days after the office ended (Person.left_lately), in
# an entry with these words: the bare surname is the one who left ("Kim's death", "Kim died").
LATELY_DAYS = 14
# The words that own a relative named by the surname alone ("his wife Kim", "whose wife Ri")
KIN_OWNERS = frozenset({"his", "her", "their", "whose", "my", "our", "your"})
# After a surname's possessive, the news of his death: the bearer who died, not one alive.
DEATH_NOUNS = frozenset({"death", "funeral", "passing", "demise", "burial", "assassination"})
# After a death's noun, the word that makes it another thing: a death he orders, threatens or
# counts ("Mr Kim's death squad", "Kim's death threats", "Park's death sentence for …")
DEATH_COMPOUNDS = frozenset(
    """squad squads threat threats toll tolls sentence sentences penalty penalties warrant
    warrants camp camps march marches list lists order orders""".split()  # noqa: SIM905
)
DEATH_NEWS = re.compile(
    rf"\b(?:death(?!\s+(?:{'|'.join(sorted(DEATH_COMPOUNDS))})\b)|died|dies|funeral|mourn\w*|deceased|"
    r"resign\w*|ousted)\b"
)
# Before a surname, these make it a place of the same name ("in Austin", "at Gates").
# Romanised suffixes of South and North Korean provinces, counties, cities, districts, towns
# and townships (https://en.wikipedia.org/wiki/Administrative_divisions_of_South_Korea and
# https://en.wikipedia.org/wiki/Administrative_divisions_of_North_Korea).
KOREAN_DIVISIONS = frozenset({"do", "gun", "si", "gu", "eup", "myeon", "dong", "ri", "kun", "ku"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into"})
# A name's suffixes ("Haig, Jr.", "Baker III"): part of the name, never its surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Verbs that open a question before its subject ("Had Rhee killed all chances?", "Did Abe
# know?"): capitalised by the sentence, never a given name (not "Will", "May": names too).
QUESTION_OPENERS = frozenset(
    """had has have did does do was is were are could would should shall must might
    cannot can't couldn't didn't doesn't hasn't hadn't isn't wasn't won't wouldn't""".split()  # noqa: SIM905
)
ACRONYM_LENGTH = 3  # a one-word name form this short in capitals ("DJ", "MB") is an acronym
# Titles a person keeps after the office (a US ambassador stays "Ambassador"): one who did
# not hold it that day is not contradicted by it.
COURTESY_TITLES = frozenset({"Ambassador"})
# A force's noun then the war it is placed in ("the Japanese military during and before World
# War II"): the force of that state on the war's last day, not on the entry's (none for Japan,
# whose Self-Defense Forces date from 1954).
WAR_ERA = re.compile(
    r"\s+\w+(?:\s+\w+)?\s+(?:during|before|in|throughout)(?:\s+and\s+(?:during|before|after))?"
    r"\s+(?:the\s+)?(?:World\s+War\s+(?:II|Two|2)|Second\s+World\s+War|WWII)\b"
)
WAR_DAYS = "1945-09-02"
# Offices that are each other's counterparts under other titles ("his South Korean
# counterpart" of a Secretary of State is the foreign minister).
COUNTERPART_TITLES = (
    frozenset({"Foreign Minister", "Secretary of State", "Foreign Secretary"}),
    frozenset({"Defense Minister", "Defense Secretary", "Defence Minister", "Defence Secretary"}),
    frozenset({"Prime Minister", "Premier"}),
)
# The offices a state's "leader" may mean, in this order, when it has no Leader that day.
HEADS = (("President",), ("Prime Minister", "Premier"))
# The offices of a state's head: a surname alone that several in office bear means him.
HEAD_TITLES = ("Leader", "President", "Prime Minister", "Premier")
FOREIGN_OFFICES = ("Foreign Minister", "Secretary of State", "Foreign Secretary")
DEFENSE_OFFICES = ("Defense Minister", "Defense Secretary")
# The offices a plural title means, by its words ("the top diplomats of South Korea and Japan",
# "the US and Chinese defense ministers", "the two Ministers").
PLURAL_OFFICES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("leaders",): ("Leader",),
    ("presidents",): ("President",),
    ("top", "diplomats"): FOREIGN_OFFICES,
    ("foreign", "ministers"): FOREIGN_OFFICES,
    ("foreign", "secretaries"): FOREIGN_OFFICES,
    ("defense", "ministers"): DEFENSE_OFFICES,
    ("defence", "ministers"): DEFENSE_OFFICES,
    ("prime", "ministers"): ("Prime Minister", "Premier"),
}
# "the heads of state of A and B", "the Soviet and Korean heads of state": their leaders.
HEADS_OF_STATE = re.compile(r"\s+of\s+state\b")
# "The two Ministers exchanged views": the two persons the last entries named who held that
# office (or, for "ministers" alone, one ministerial office) that day.
THE_TWO = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth(?:\s+the)?) ((?:top|foreign|defen[cs]e|prime)\s+)?(leaders|"
    r"presidents|diplomats|ministers|secretaries)\b",
    re.IGNORECASE,
)
# "The two Kims", "both Bushes": the two persons of that surname the last entries named.
TWO_BEARERS = re.compile(r"\b(?:[Tt]he two|[Bb]oth(?: the)?) (?P<name>[A-Z][a-z’'-]+?)(?:es|s)\b")
PLURAL_TITLE_CUES = ("eaders", "residents", "iplomats", "inisters", "ecretaries", "eads of state")
SEVERAL_HOLDERS = frozenset(
    {"Ambassador", "Special Representative", "Commander", "Assistant Secretary of State"}
)
COLLECTIVES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("north", "and", "south", "korea"): ("North Korea", "South Korea"),
    ("north", "and", "south", "korean"): ("North Korea", "South Korea"),
    ("north", "and", "south", "koreans"): ("North Korea", "South Korea"),
    ("south", "and", "north", "korea"): ("South Korea", "North Korea"),
    ("south", "and", "north", "korean"): ("South Korea", "North Korea"),
    ("north", "south"): ("North Korea", "South Korea"),
    ("south", "north"): ("South Korea", "North Korea"),
    ("the", "two", "koreas"): ("North Korea", "South Korea"),
    ("both", "koreas"): ("North Korea", "South Korea"),
    ("the", "koreas"): ("North Korea", "South Korea"),
    ("two", "koreas"): ("North Korea", "South Korea"),
    ("koreas",): ("North Korea", "South Korea"),  # "Koreas to declare end to war"
}


# One who works for a firm, right before its name: "a lawyer at Andersen", "an analyst at
# Globex" (a firm's trades only: "a professor at", "a soldier at" may name a place).
WORKS_AT = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?:senior\s+|former\s+|chief\s+|top\s+)?"
    r"(?:lawyer|attorney|accountant|auditor|partner|employee|executive|analyst|trader|banker|"
    r"economist|lobbyist)s?\s+at\s+$",
    re.IGNORECASE,
)


# Words for no one and everyone, capitalised at a sentence's start ("Nobody files for
# bankruptcy", "Everyone agrees to buy …"): never a firm's name.
NO_ONE_WORDS = frozenset(
    """nobody nothing noone everyone everybody everything someone somebody something anyone
    anybody anything none each all both either neither""".split()  # noqa: SIM905
)


# What a person or a body takes over in German, written without its article: the office, the
# task, the power ("Scholz übernimmt Vorsitz."), and the endings of abstract nouns ("übernimmt
# Verantwortung", "Führung", "Präsidentschaft").
TAKEN_OVER_NOUNS = ("Vorsitz", "Kontrolle", "Regie", "Macht", "Kommando", "Amt", "Ruder", "Posten")
ABSTRACT_NOUN_ENDS = ("ung", "heit", "keit", "schaft", "tion", "tät", "amt", "rolle", "macht")
# What only a firm does, right after its name: it files for bankruptcy, agrees to buy or
# merge, reports a loss or a profit, goes public (in the singular: "Investors agreed to buy"
# is no firm's name).
FIRM_ACTS = re.compile(
    r"\s+(?:files\s+for\s+(?:bankruptcy|chapter|insolvency)|agrees\s+to\s+(?:buy|acquire|"
    r"merge|take\s+over)|(?:reports|posts)\s+(?:a|an|its)\s+(?:[\w$.,-]+\s+){0,4}?"
    r"(?:loss|profit|earnings)\b|goes\s+public|is\s+(?:acquired|delisted)\b|"
    # another firm taken over by name ("Globex acquires Initrode", "Initech merges with
    # Globex"; a person "buys" a club, "takes over" an office: not these)
    r"(?:acquires|merges\s+with)\s+(?:(?:its\s+)?(?:rival|competitor)\s+)?"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?=\s*(?:[.,;]|$)|\s+(?:for|in|from|after)\b)|"
    # (a thing after the name, "acquires Picasso paintings", "Theranos shares": no firm)
    # in French and German: "dépose le bilan", "se déclare en faillite", "rachète le groupe
    # …", "entre en Bourse"; "meldet Insolvenz an", "übernimmt den Konkurrenten …", "geht an
    # die Börse" (a firm's noun after "rachète", "übernimmt": "Schulz übernimmt den Vorsitz")
    r"dépose\s+(?:le\s+bilan|sa\s+faillite)|se\s+déclare\s+en\s+faillite|"
    r"entre\s+en\s+[Bb]ourse|rachète\s+(?:le\s+groupe|la\s+société|l['’]entreprise|"
    r"son\s+(?:concurrent|rival))\b|meldet\s+(?:Insolvenz|Konkurs)\s+an\b|"
    r"stellt\s+(?:einen\s+)?Insolvenzantrag|geht\s+an\s+die\s+Börse|"
    r"übernimmt\s+(?:den\s+(?:Konkurrenten|Rivalen|Konzern|Hersteller)|die\s+Firma|"
    r"das\s+Unternehmen)\b|"
    # in Spanish: "se declara en quiebra", "sale a Bolsa" (a person "compra la empresa")
    r"se\s+declara\s+en\s+(?:quiebra|bancarrota|concurso)|sale\s+a\s+(?:la\s+)?[Bb]olsa|"
    # another firm bought for a sum of money, in any of these languages ("Siemens übernimmt
    # Globex für 2 Milliarden Euro", "rachète Globex pour 3 milliards", "compra Globex por 5
    # millones"; not "übernimmt Verantwortung für 3 Fehler"), or a name a firm's legal form
    # ends ("übernimmt Globex AG")
    r"(?:übernimmt|kauft|rachète|achète|adquiere|compra)\s+(?:[A-Z][\w&.-]*\s+){1,3}?"
    r"(?:(?:für|pour|por)\s+(?:[$€£]\s?\d|\d[\d.,]*\s*(?:Millionen|Milliarden|Mio|Mrd|"
    r"millions?|milliards?|millones|Euro|euros?|Dollar|dollars|dólares)\b)|"
    r"(?:AG|GmbH|SE|SA|S\.A\.|SAS|SL|Inc|Ltd)\b)|"
    # or taken over by its name alone, no article, ending the sentence ("Siemens übernimmt
    # Globex."), as "acquires" above; an office or a task taken over is a noun without its
    # article, an abstract one by its ending or one of the few others ("übernimmt Verantwortung.",
    # "übernimmt Vorsitz und Kontrolle.": no firm)
    r"übernimmt\s+(?!(?:" + "|".join(TAKEN_OVER_NOUNS) + r")\b)"
    r"(?![A-Z]\w*(?:" + "|".join(ABSTRACT_NOUN_ENDS) + r")\b)"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}(?=\s*(?:[.;]|$)))"
)


# After "X state" in lower case, nouns that make it the government's thing, not the state of a
# union ("Pyongyang state media", "Beijing state TV").
NAMES_WITH_TOPICS = frozenset({"state", "forum"})  # (their words keep their tags)
UNIT_OWNERS = frozenset({"military", "organization", "party"})  # (bodies with units)
LEADERSHIP_FIRST = frozenset({"supreme", "high", "general", "central"})  # a body's own head:
LEADERSHIP_LAST = frozenset({"command", "staff", "headquarters", "committee"})  # "Supreme Command"
# A thing an entry calls "it" (not the body speaking again: "It said the talks failed.")
ITS_OWN_IT = re.compile(
    r"\b(?:[Ii]t(?!\s+(?:also\s+)?(?:said|says|added|adds|stated|states|warned|warns|"
    r"continued|reported|reports|claimed|claims|announced|announces)\b)|[Ii]ts|[Ii]tself)\b"
)


# A court case's name: its parties around "v." or "vs." ("Obergefell v. Hodges", "Brown v.
# Board of Education", "United States v. Nixon").
CASE_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?P<versus>vs?\.?)\s+[A-Z][\w'’-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
)
COURT_WORDS = re.compile(r"\b(?:court|case|rul(?:es|ed|ing)|judges?|lawsuit|suit|trial|appeal)\b")
# After a name, "who" (only a person's relative pronoun); before it, "headed/chaired by" and
# perhaps "the" and an adjective (a body's head: "headed by the influential Ann Roe").
WHO_AFTER = re.compile(r",\s+who\b")
HEADED_BY = re.compile(r"\b(?:headed|chaired)\s+by\s+(?:the\s+[a-z]+\s+)?$")


# After a name, what only a person does: charged, tried, sentenced, born ("Elizabeth Holmes
# is indicted", "Ann Lee pleads guilty"); a firm is fined or sued, but never these.
PERSON_ACTS = re.compile(
    r",?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:charged|indicted|convicted|"
    r"sentenced|acquitted|arrested|jailed|imprisoned|pardoned|extradited|born)|pleads?|pleaded|"
    r"testif(?:ies|ied|y))\b"
)


# A president's office or official named by no state: "the presidential office said", "a
# presidential official told reporters" (after an article, so no state's adjective before).
PRESIDENTIAL_OFFICE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:senior\s+|top\s+)?([Pp]residential\s+(?:office|officials?))\b"
)  # (a spokesman is a person the story names: "The presidential spokesman said" is his)


# Of PERSON_ACTS, what a firm never does: it is not arrested, jailed, born, nor testifies.
PERSON_ONLY_ACTS = re.compile(r"arrested|jailed|imprisoned|pardoned|extradited|born|testif")
# The last word of a firm's name besides COMPANY_WORDS and TRADE_WORDS ("Purdue Pharma",
# "Lehman Brothers", "Acme Corp"): never a surname after a given name.
FIRM_NAME_ENDS = frozenset(
    """pharma corp corporation inc incorporated ltd llc plc gmbh ag sa co company group bank
    bancorp brothers securities financial""".split()  # noqa: SIM905
)
# The rest of a clause after a charge's verb, to its end (bounded): "… and pays its fine".
FIRM_CLAUSE = re.compile(r"[^.;:!?“”\"]{0,160}")
# A body by its common noun ("the ministry", "The Navy", "the federation's", "a ministry
# official"), not a name's head ("the Ministry of Defense", "the Navy Cross"): the body of that
# noun named before (``Enricher._the_body_named_before``).
THE_BODY_HEADS = ("ministry", "navy", "federation", "commission")
THE_BODY = re.compile(
    r"\b(?:(?P<the>[Tt]he)|[Aa])\s+(?P<noun>(?:(?P<office>[Ff]oreign|[Dd]efen[cs]e|"
    r"[Uu]nification)\s+)?(?P<head>"
    + "|".join(f"[{noun[0].upper()}{noun[0]}]{noun[1:]}" for noun in THE_BODY_HEADS)
    + r"))(?!\s+(?:of\b|[A-Z]))(?!-)"
)
# The cheap test before ``THE_BODY``: the same nouns in any case, after "the" or "a".
THE_BODY_CUES = re.compile(r"(?i:the|a)\s+(?:\w+\s+)?(?i:" + "|".join(THE_BODY_HEADS) + r")\b")
MEMBER_AFTER_BODY = re.compile(r"(?:['’]s)?\s+(?:officials?|spokes(?:man|woman|person))\b")
THE_AGENCY = re.compile(r"\bthe ((?:news )?agency)\b(?! of\b)")


# A people's arts and ways after its adjective: "the Russian ballet", "Korean cuisine" name no
# state acting (the state's adjective before other nouns still does: "Russian troops").
CULTURE_NOUNS = frozenset(
    """ballet opera cuisine food dishes literature poetry poet poets novel novels novelist
    music folk folklore dance dances painting paintings painter architecture cinema films
    film language dialect alphabet calligraphy pottery porcelain ceramics lacquer silk
    tea""".split()  # noqa: SIM905
)


# Works a name before them is the title or the hero of ("a James Bond film").
WORKS_NOUNS = CULTURE_NOUNS | {"movie", "movies", "book", "books", "series", "song", "show"}


POSSESSIVE_END = re.compile(r"['’]s?$")  # ("Washington Irving's": the name)


# After a company's name, the words that make it a flight's or an incident's name.
CRAFT_EVENT_NOUNS = frozenset(
    {"flight", "bombing", "crash", "disaster", "incident", "shootdown", "hijacking"}
)
# After a state's name and a hyphen, a thing's maker, not the state acting ("the US-made
# THAAD system", "Soviet-built MiGs", "a Chinese-designed rocket").
MADE_WORDS = frozenset(
    {"made", "built", "designed", "produced", "manufactured", "supplied", "developed"}
)
DASHES = frozenset("—–")  # (a dash ends a dateline, never joins a list: "SEOUL—Tokyo said")


# Titles of an office "for" a state, written before the holder's name ("Special
# Representative for North Korea Sung Kim"): the state is the office's subject, no actor.
OFFICE_FOR = frozenset({"representative", "envoy", "coordinator", "ambassador", "czar"})


# Words before a title that make it an office its bearer holds after the day, not its holder
# that day: "Kim Dae-jung, … and later president of South Korea, is kidnapped" (1973).
ROLE_TO_COME = frozenset({"later", "future", "eventual", "next", "incoming", "subsequent"})


# "the troops of the United States, South Korea …": a state's forces named before it (not
# "soldiers of South Korea": counted members, the state alone).
FORCES_OF = re.compile(r"\b[Tt]he\s+(?:troops|forces|armies|armed\s+forces)\s+of\s+(?:the\s+)?")
LIST_GOES_ON = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# Before a place one goes to: "left Anchorage for Seoul", "bound for Tokyo", "departed for".
BOUND_FOR = re.compile(
    r"\b(?:left|leaves|leaving|departed|departs|departing|bound|headed|heading|sailed|sails|"
    r"set\s+off|took\s+off|flew\s+out)\s+(?:[A-Z][\w.-]*(?:,?\s+[A-Z][\w.-]*)*\s+)?for\s+$"
)


# Bodies named by their state after "of" ("the Supreme Court of Canada", "the Bank of Korea"),
# a body of their own besides the state: courts and central banks (ministries, committees and
# offices go by other forms too, which the knowledge base holds).
BODIES_OF_STATES = frozenset({"court", "tribunal", "bank"})
# The last word of a force's own name, which may go on with "of" and its state ("the Custodian
# Forces of India").
NAMED_FORCE_NOUNS = frozenset({"force", "forces"})
# After a region's name, the titles of its offices ("New Mexico Gov. Bill Richardson", "Ohio
# Senator John Glenn"): the office's, no place where the entry's event is.
JURISDICTION_TITLES = frozenset(
    {"gov", "governor", "sen", "senator", "rep", "representative", "congressman",
     "congresswoman", "lt"}
)  # fmt: skip
# The abbreviations of US states written after a town ("Independence, Mo.", "Crawford, Tex.").
US_STATE_ABBREVIATIONS = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo""".split()  # noqa: SIM905
)


COMPASS = frozenset(
    """north south east west northeast northwest southeast southwest northern southern eastern
    western""".split()  # noqa: SIM905
)


PERSON_OR_STATE = frozenset({"person", "state"})
# A body's verb of saying that ends its entry after its name ("…, the agency (KCNA) said on
# Wednesday."): nothing but its short form, the verb and a few words of time.
BODY_SAID_AT_END = re.compile(
    r"\)?\s*(?:\([A-Z][A-Za-z&.]{1,9}\)\s*)?(?:said|says|added|adds|reported|reports|stated"
    r"|states|announced|announces|declared|declares|warned|warns)\b[^.!?;:“”\"]{0,30}[.!?]?\s*"
)
# A state's name opening a sentence ("Japan protested", "The United States asked").
STATE_OPENS = re.compile(r"(?:^|[.!?][”\"’]?\s+)(?:The\s+)?$")
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")  # (a name's match may take the "'s" in or not)
POSSESSIVE_ENDS = frozenset({"'s", "’s"})
# After an office's noun, what makes it another body's office ("the president of Renault").
OF_AFTER_OFFICE = re.compile(r"\s+of\b")
# The kinds of actor whose naming in an entry leaves "the president" open to be theirs: a
# company's, a party's, a body's or an outlet's head (its words are never given to the state's).
NOT_A_STATES_VOICE = frozenset({"company", "organization", "media", "party", "forum"})
# The roles of a firm's people that no office of the knowledge base has, read only right after a
# name and its comma ("Eric Schmidt, former CEO of Novell"): the name is a person's.
FIRM_ROLES = frozenset(
    """ceo cfo coo cto founder cofounder chairwoman chairperson""".split()  # noqa: SIM905
)
# After a surname alone, a word saying the name is a family's ("the Lee family", "the Kim
# dynasty"): no one person of that name (_surname).
FAMILY_WORDS = frozenset({"family", "families", "clan", "clans", "dynasty", "household"})
# Between "his" or "her" and a kin word: "his younger sister, Kim Yo Jong" (_own_kin_named).
KIN_ADJECTIVES = frozenset(
    {"younger", "older", "elder", "little", "big", "late", "eldest", "youngest", "only"}
)
# Of those, the bodies no number names: a number before them counts their members ("300
# Yale University professors", "40 Brookings Institution fellows"), it is no unit's number.
CIVIL_BODY_WORDS = frozenset({"institute", "center", "centre", "agency", "survey", "university"})
# A university nobody knows after a verb of visiting is where one went, not an actor ("Lee
# told reporters while visiting Ajou University"; "a dean at Yonsei University": his employer).
PLACES_OF_STUDY = frozenset({"university"})
VISITING = frozenset({"visiting", "visited", "visit", "visits", "toured", "touring", "tours"})
# A unit's noun with its number after it ("Unit 124", "Squadron 77"): a new body, as the text
# writes it (the corpus README's rule 2, numbered units).
NUMBERED_UNITS = frozenset(
    {"unit", "squadron", "battalion", "regiment", "brigade", "division", "corps", "fleet", "wing"}
)
# Of those, the nouns other trades number too (a football league's "Division 2", a hospital's
# "Wing 3", a shipping line's "Fleet 4", a dance "Corps 2"): a unit only with a military word in
# the entry ("the army's Division 3 crossed the river").
SHARED_UNIT_NOUNS = frozenset({"division", "corps", "fleet", "wing"})
# Words of a political body's name: such a name of three words or more nobody knows is a new
# body wherever it stands ("the Korean Democratic Party", "the Supreme Council for National
# Reconstruction"); shorter, or opened by the word ("Central Committee", "Council of State"),
# it is a generic organ or a short form: only the longer body the document named
# ("the Supreme Council" after the Supreme Council for National Reconstruction).
NAMED_BODY_WORDS = frozenset({"party", "council", "committee", "commission", "front", "league"})
NAMED_BODY_LENGTH = 3


# Ordinals written in words, which start a unit's name ("Third Battalion").
UNIT_WORDS = frozenset(
    {
        "battalion",
        "regiment",
        "brigade",
        "division",
        "company",
        "squadron",
        "corps",
        "army",
        "fleet",
    }
)
# After a numbered unit, the larger unit it is part of ("the 11th Company of the 2nd South
# Korean Marine Brigade"), a unit's word ending that one's name.
PART_OF_UNIT = re.compile(
    r" of the (?:\d+(?:st|nd|rd|th) )?(?:[A-Z][\w'’.-]* ){0,4}(?:"
    + "|".join(sorted(w.capitalize() for w in UNIT_WORDS))
    + r")\b"
)


# Cheap tests before the rules that need them: two capitals a hyphen joins, an abbreviation
# in brackets.
CAPITALS_JOINED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]")
BRACKETED = re.compile(r"\([A-Z]{2,8}\)")
# A run of capitalised words (small words between) and an abbreviation in brackets after it.
# A word of four to eight letters in brackets, only its first a capital: "(Uncok)", "(Unesco)".
TITLE_CASED_ABBREVIATION = re.compile(r"\(([A-Z][a-z]{3,7})\)")
DEFINED_NAME = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|in|for|and|the|on)\s+)?[A-Z][\w’'.-]*){1,7})"
    r"\s+\((?P<abbreviation>[A-Z]{2,8})\)"
)
# A person named as a spokesman ("Roh's spokesman Cheon Ho-seon"), and "the spokesman" acting
# with no name after ("The spokesman said Roh was satisfied", "the spokeswoman added").
SPOKESPERSON_BEFORE = re.compile(r"\b[Ss]pokes(?:man|woman|person)\s*,?\s*$")
THE_SPOKESPERSON_ACTS = re.compile(
    r"\b[Tt]he\s+(spokes(?:man|woman|person))\s+(?:also\s+)?"
    r"(?:said|says|added|adds|told|noted|stressed|explained|declined|refused|did|would)\b"
)
# A government named by the person who leads it: "the Carter administration", "Mao's regime".
GOVERNMENT_WORDS = re.compile(r" (?:[Aa]dministration|regime|[Gg]overnment)")
# Also capitalised ("the Menzies Government"); not a cabinet ("support for the Aso Cabinet" in
# a poll: the ministers, as the annotations write it, not the state acting).
LEADERS_GOVERNMENT = re.compile(r"(?:['’]s)?\s+(?:[Aa]dministration|regime|[Gg]overnment)\b")
# The same government named before the person: "the conservative administration of President
# Park Geun-hye", "the government of Chun Doo-hwan", "the regime of Premier Kim Il Sung" (the
# person's title, if any, right before his name).
GOVERNMENT_OF = re.compile(
    r"\b(?:[Aa]dministration|regime|[Gg]overnment)\s+of\s+(?:the\s+)?"
    r"(?:(?:late|former|then|then-|South|North|Korean|Japanese|Chinese|U\.S\.|US|American)\s+)*"
    r"(?:(?:President|Prime\s+Minister|Premier|Chancellor|Chairman|General|Gen\.|[Ll]eader|"
    r"[Dd]ictator)\s+)?$"
)
# Verbs done to persons that a court does to a firm too ("sentences Purdue Pharma to pay …",
# "fines Dunmore Brothers"): the object is a firm when its last word is a firm's.
FIRM_OBJECT_VERBS = frozenset(
    """sentences sentenced convicts convicted acquits acquitted indicts indicted indict charges
    charge fines fined sues sued""".split()  # noqa: SIM905
)


# A verdict on a person named before it: "a jury finds Balwani guilty", "found Lay not guilty".
FINDS = frozenset({"finds", "found"})
FOUND_GUILTY = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|liable)\b")


# Plural roles before two names: "students Larry Page and Sergey Brin" names two persons.
PLURAL_ROLES = frozenset(
    """students journalists activists scientists engineers researchers""".split()  # noqa: SIM905
)
# A plural role, its comma, and the names of a list before the one at the end ("Three
# American journalists, Burton Crane, Frank Gibney, and "): each is a person.
NAMES_AFTER_PLURAL_ROLE = re.compile(
    r"\b(?:journalists|correspondents|reporters|students|activists|scientists|researchers|"
    r"crewmen|sailors|soldiers|officers),\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s+(?:and\s+)?|\s+and\s+))*$"
)
# Lower-case nouns right before a name that make it a person's ("army major Zin Mo", "the
# agent Kim Hyon Hui", "defector Thae Yong-ho").
# The same in Spanish and French, lower case as they write them before a name ("la alcaldesa
# Claudia López", "le maire Anne Hidalgo", "el presidente Nicolás Maduro").
ROMANCE_ROLES = frozenset(
    """alcalde alcaldesa gerente ministro ministra senador senadora diputado diputada presidente
    presidenta canciller gobernador gobernadora directora maire ministre président
    présidente""".split()  # noqa: SIM905
)
# Occupations a text writes in lower case right before a person's name, as a bare title
# ("moderator Anderson Cooper", "pitcher Masahiro Tanaka", "the dictator Ne Win", "Nazi fugitive
# Adolf Eichmann", "prosecutor Sean Berkowitz"): the name after one is a new person.
OCCUPATIONS = frozenset(
    """moderator anchor presenter host columnist commentator author writer novelist poet
    artist singer actor actress photographer filmmaker lawyer attorney judge prosecutor
    detective coach manager player pitcher striker goalkeeper quarterback boxer athlete
    champion dictator fugitive tycoon billionaire entrepreneur banker lawmaker legislator
    politician senator congressman congresswoman spokesman spokeswoman spokesperson
    missionary pastor priest pilot veteran prisoner detainee hostage defendant
    whistleblower""".split()  # noqa: SIM905
)
PERSON_BEFORE = (
    frozenset(
        """major captain lieutenant sergeant colonel general corporal commander officer agent
        spy soldier diplomat defector envoy activist aide adviser advisor counterpart student
        professor scientist journalist reporter negotiator dissident analyst expert
        candidate economist historian businessman correspondent director member national
        citizen""".split()  # noqa: SIM905
    )  # ("Politburo member Ho Dam", "the Japanese national Sato Kenji": a person's)
    | PLURAL_ROLES
    | ROMANCE_ROLES
    | OCCUPATIONS
)
# A role "of" a body and a comma before a name nobody knows, a comma after it: the role's
# holder ("El presidente de la Asamblea Nacional, Juan Guaidó, se autoproclama", "the head of
# the union, Ana Ruiz, resigned").
ROLE_OF_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            PERSON_BEFORE
            | FIRM_ROLES
            | {"president", "chairman", "head", "leader", "governor", "mayor", "minister"}
        )
    )
    + r")\s+(?:de|del|of|at)\s+[^,.;:“”\"()]{1,60},\s*$",
    re.IGNORECASE,
)


# One romanised Korean syllable ("man", "sik", "jong"): an initial, a vowel, a final.
KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
    r"(?:wae|yae|yeo|wa|wo|we|wi|ui|ae|eo|eu|oe|ya|yo|yu|ye|oo|a|e|i|o|u)"
    r"(?:ng|n|k|l|m|p|t|r|g|b)?"
)


# Words that open a list of places ("in New York, Singapore and in Panmunjom").
PLACE_LIST_OPENERS = frozenset(
    "in at near inside outside around within visits visit visited visiting".split()  # noqa: SIM905
)
# An organ of the United Nations named in another language, the UN's short form inside its name
# ("UN-Sicherheitsrats", "Conseil de sécurité des Nations unies", "Zgromadzenia Ogólnego ONZ",
# "Совета Безопасности ООН", "Генеральной Ассамблеи (ГА) ООН", "Consejo de Seguridad de la
# ONU"), or its Charter ("Karty ONZ", "la Charte des Nations unies", "Устава ООН"): a name inside
# another name, no actor of the UN's own (the README's rule of actors). The
# organ itself is read only where the knowledge base holds its form in that language.
UN_ORGAN_ABROAD = re.compile(
    r"\bUNO?-(?:Sicherheitsrat|Generalversammlung|Vollversammlung|Menschenrechtsrat)"
    r"|\b(?:Conseil de sécurité|Assemblée générale)\s+de(?:s| l['’])\s*"
    r"|\b(?:Consejo de Seguridad|Asamblea General|Consiglio di [Ss]icurezza|Assemblea [Gg]enerale)"
    r"\s+de(?:\s+la|ll['’])\s*"
    r"|\b(?:Rad[ayz]\w*\s+Bezpieczeństwa|Zgromadzeni\w*\s+Ogóln\w*)\s+"
    r"|(?:Совет\w*\s+Безопасности|Генеральн\w*\s+Ассамбле\w*|Устав\w*)\s+(?:\([^)]{1,8}\)\s+)?"
    r"|\bUNO?-Charta|\bChartes? des\s+|\bKart[ayę]\w*\s+|\bCarta de(?:\s+la|ll['’])\s*",
    re.IGNORECASE,
)
# The marks that open a quotation: a word right after one opens the quoted words
OPENING_MARKS = frozenset('"“«„‘')
# KCNA's own dateline opening an article ("Pyongyang, December 7 (KCNA) —", "Pyongyang, Jan. 5
# (KCNA) --"): the document is the North's own words, where "Korea" alone is North Korea (the
# README's rule of "Korea" alone; Enricher._north_voice)
NORTH_DATELINE = re.compile(
    r"[A-Z][A-Za-z .'-]{1,30},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"\s*\(KCNA\)\s*(?:--?|[–—:])"
)
