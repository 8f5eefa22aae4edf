"""An entry's text into its actors, places, tags and statements, with the knowledge base.

The rules, each for a reason a reader of chronologies gives:

- every name form of a known actor or place is found, longest first, so that a name inside
  another name ("Sea of Japan", "Korean War", "Russian legation") does not make its parts
  actors;
- a capital used for its government ("Pyongyang said", "Seoul and Washington agreed") is the
  state acting; after "in", "to", "visits"… it is the place;
- a surname or a title ("President Kim", "Foreign Minister Okada", "the South Korean
  president") is resolved from the same entry, then the document, then the office held on the
  entry's date; when that leaves more than one person (or none) it is left unresolved and
  reported, never guessed. Several people bear most surnames, and the knowledge base knows
  only some of them, so:
  - a capitalised word before a surname that is no title and no known name makes another
    name ("Jerome Powell" is not Colin Powell, "Capitol Hill" not Christopher Hill);
  - a title of a dated office means a person who held it on the entry's date, or one the
    knowledge base does not date; a person whose dated offices contradict it is never meant,
    even if the document named him ("Foreign Minister Abe" in 1983 is not Shinzo Abe: reported;
    "Foreign Minister Shintaro Abe" is a new person). "Ambassador" stays with a person after
    his embassy, so it contradicts nothing;
  - the rule of the bare surname: a surname alone (or after "Mr", "Senator"…), which neither
    the entry nor the document resolves, means the only known person who bears it only if he
    held a dated office within NEAR_YEARS (5) years of the entry's date ("Hu" in 2006 is Hu
    Jintao, in 1985 not; "Kelly" in 2002 is James Kelly, in 2018 not). A person the knowledge
    base does not date is meant only by a bare form his own record gives ("Gallucci"), or when
    the user's or the bundled actor table or the document names him. Otherwise the name is
    reported as not resolved, with the reason;
  - a surname several known people bear, none of them in office that day, is reported as
    ambiguous ("Carter" in 1994), never dropped silently;
  - a surname after "in", "at", "near" or "into" is a place ("spoke in Austin");
  - a short acronym ("DJ", "MB") is a name only as a word in capitals, and not after a number
    or "a" ("5 MB", "a DJ");
- a person or body the knowledge base lacks, named with a title ("Ambassador Shigeie
  Toshinori") or speaking ("Hideki Kato said"), becomes a new actor, with the kind,
  affiliation and role the text gives;
- tags come from each tag's word forms (data/knowledge/topics.jsonl);
- quotations are attributed by .quotations, to the actors found here, when the text makes the
  speaker clear.

Pure: no printing, no files but the knowledge base (read once, when an import first runs).
"""

from ktimeline.importing.enrichment.enricher import Enricher
from ktimeline.importing.enrichment.places import (
    ROUTE_DASH,
    UNKNOWN_PLACE_REFUSED,
    romanisation_variants,
)
from ktimeline.importing.enrichment.word_tables import (
    HONORIFICS,
    MEDIA_WORDS,
    NOT_PLACES,
    ORG_WORDS,
    TOKEN,
)
from ktimeline.importing.enrichment.words import (
    KEY_TABLE,
    TITLE_CASED_INITIALS,
    TOKEN_SPLIT,
    Findings,
    Token,
    surname_of,
    tokens,
)

__all__ = [
    "HONORIFICS",
    "KEY_TABLE",
    "MEDIA_WORDS",
    "NOT_PLACES",
    "ORG_WORDS",
    "ROUTE_DASH",
    "TITLE_CASED_INITIALS",
    "TOKEN",
    "TOKEN_SPLIT",
    "UNKNOWN_PLACE_REFUSED",
    "Enricher",
    "Findings",
    "Token",
    "romanisation_variants",
    "surname_of",
    "tokens",
]
