"""The Enricher: an entry's text into its actors, places, tags and statements."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from functools import partial
from typing import TYPE_CHECKING, Literal

from ktimeline.importing.enrichment.bodies import (
    ACTING_BODY_WORDS,
    ARCHIVE_LAST_WORDS,
    BODY_OPENERS,
    COMPANY_WORDS,
    FLIGHT_AFTER,
    HEADLINE_VERBS,
    MILITARY_WORDS,
    TRADE_WORDS,
    _and_before,
    _body_after_its_noun,
    _body_by_its_last_word,
    _body_goes_on,
    _body_joined_by_and,
    _cited_source,
    _company_after_title,
    _office_by_its_words,
    _office_remit,
    _organisation_after,
    _regiment_after_comma,
    _remit_of_a_body,
    _un_spelt_otherwise,
    _unit_before,
)
from ktimeline.importing.enrichment.cjk_cyrillic_speech import SpeechRead, read_speech
from ktimeline.importing.enrichment.cyrillic_names import declined_forms, writes_cyrillic
from ktimeline.importing.enrichment.european_arabic_speech import read_european_arabic_speech
from ktimeline.importing.enrichment.name_runs import (
    _capital_runs,
    _longer_name,
    _longer_unknown_names,
    _name_run,
    _word_opens_name,
)
from ktimeline.importing.enrichment.persons import (
    BODY_WORDS,
    CAPITALISED_HEADS,
    GIVEN_MONTHS,
    KIN_WORDS,
    KOREAN_SURNAMES,
    NOT_BODIES,
    OCCASION_WORDS,
    PERSON_OBJECT_VERBS,
    STREET_WORDS,
    _acting_title,
    _after_a_taking_verb,
    _after_former,
    _bears_as_written,
    _capitalised_head_title,
    _death_after,
    _double_surname,
    _experts_role,
    _family_rule,
    _former,
    _german_role,
    _in_a_persons_name,
    _in_apposition,
    _initial,
    _initials_then_surname,
    _kin_of_after,
    _korean_fold,
    _korean_given_name,
    _korean_name,
    _korean_name_ending,
    _korean_syllables_after,
    _lone_name_of_a_person,
    _middle_initials,
    _misspelt_title,
    _office_group,
    _officer_after_body,
    _officer_before,
    _officer_named_after_his_body,
    _person_named_so,
    _plain_full_name,
    _rank_of_word,
    _second_object,
    _surname_after_given_capital,
    _title_after,
    _title_key,
    _without_surnames_in_korean_names,
)
from ktimeline.importing.enrichment.places import (
    _area_word_after,
    _city_of_an_address,
    _continent_of_the_americas,
    _dateline,
    _hyphened_document,
    _korean_division,
    _longest_places,
    _names_a_document,
    _names_a_site,
    _names_a_work,
    _outside_quotations,
    _route_end,
    _ship_named,
    _site_after,
    _site_of_after,
    _site_of_an_event,
    _site_of_before,
    _spelt_again,
    _unknown_place,
    _venue,
    _with_direction,
    romanisation_variants,
)
from ktimeline.importing.enrichment.speech import (
    AND_ANOTHER,
    _continues_open_quotation,
    _joined_to_a_speaker,
    _lead_in_speaker,
    _marks_open,
    _mended_quotation_marks,
    _quotation_left_open,
    _speaks_before,
    _speaks_next,
)
from ktimeline.importing.enrichment.states_and_forces import (
    _adjective,
    _country_of,
    _culture_of_a_people,
    _force_as_adjective,
    _in_a_list_of_languages,
    _mission_acting,
    _model_after,
    _officials_in,
    _own_state,
    _state_of_a_union,
)
from ktimeline.importing.enrichment.unspaced import (
    CAPITAL_ACTING_AFTER,
    DPRK_PROCLAIMED,
    KATAKANA,
    NAME_JOINERS,
    SOUTH_KOREA_FOUNDED,
    Found,
    UnspacedNames,
    by_surname_and_title,
    spoken_spans,
    surnames_of,
    unspaced,
)
from ktimeline.importing.enrichment.word_tables import (
    ACRONYM_LENGTH,
    ADDRESSED,
    AGENCY_OPENERS,
    AIMED_AT,
    AIR_ARMS,
    ALLIED,
    APPOSITION_KIN,
    AREA_KINDS,
    ASSEMBLY_WORDS,
    BECOMING,
    BEING,
    BODIES_OF_STATES,
    BODY_SAID_AT_END,
    BOUND_FOR,
    BRACKETED,
    CALLED_FROM,
    CAPITAL_OR_CITY,
    CAPITALS_JOINED,
    CASE_NAME,
    CITY_INSTITUTIONS,
    CIVIL_BODY_WORDS,
    COLLECTIVES,
    COUNTERPART_TITLES,
    COURT_NOUNS,
    COURT_WORDS,
    COURTESY_TITLES,
    CRAFT_EVENT_NOUNS,
    CRAFT_OF_A_FORCE,
    CREDIT_AFTER_DASH,
    CREDIT_AT_END,
    DASHES,
    DATELINE_AGENCY,
    DAY_IN_BRACKETS,
    DEATH_NEWS,
    DEFINED_NAME,
    DOCUMENT_NOUNS,
    EITHER_ORDER,
    EVENT_NOUNS,
    FALLS,
    FAMILY_NAME_FIRST,
    FAMILY_WORDS,
    FINDS,
    FIRM_ACTS,
    FIRM_CLAUSE,
    FIRM_NAME_ENDS,
    FIRM_OBJECT_VERBS,
    FOOTNOTE_MARKS,
    FORCE_MODIFIERS,
    FORCE_NAME_END,
    FORCE_NOUNS,
    FORCES_FROM_AFTER,
    FORCES_OF,
    FORCES_OF_A_STATE,
    FORUM_MEMBERS,
    FORUM_WORDS,
    FOUND_GUILTY,
    GEO_LOWER,
    GEO_WORDS,
    GLUED_ENDINGS,
    GLUED_VERBS,
    GOVERNING_IN,
    GOVERNING_IN_ABROAD,
    GOVERNING_PREPOSITIONS,
    GOVERNMENT_AFTER,
    GOVERNMENT_NEXT,
    GOVERNMENT_OF,
    GOVERNMENT_WORDS,
    HANDLE,
    HEAD_TITLES,
    HEADED_BY,
    HEADS,
    HEADS_OF_STATE,
    ITS_OWN_IT,
    JOINT_CHIEFS,
    JURISDICTION_TITLES,
    KIN_ADJECTIVES,
    KIN_CUES,
    KIN_FIRST_NAMES,
    KIN_OF_BEFORE,
    KIN_OF_CUES,
    KIN_OWNERS,
    KIN_REFERENCE_AFTER,
    KIN_REFERENCE_BEFORE,
    KOREAN_FORCES,
    KOREAS,
    LANDFORM_AFTER_PLACE,
    LANGUAGE_ACRONYMS,
    LEADERS_GOVERNMENT,
    LEADERS_OPENERS,
    LEADERSHIP_FIRST,
    LEADERSHIP_LAST,
    LEADING_TITLES,
    LED_BODIES,
    LESSER_OFFICES,
    LIST_GOES_ON,
    LOCATIVE,
    LOCATIVE_ABROAD,
    MADE_WORDS,
    MARCH,
    MEDIA_WORDS,
    MEMBER_AFTER_BODY,
    MENS_HONORIFICS,
    MONTH_ABBREVIATED,
    MOTION,
    NAME_AND_COMMA,
    NAME_SUFFIXES,
    NAMED_BODY_LENGTH,
    NAMED_BODY_WORDS,
    NAMED_FORCE_NOUNS,
    NAMES_AFTER_PLURAL_ROLE,
    NAMES_WITH_TOPICS,
    NEAR_YEARS,
    NEW_FORCE_NAME,
    NICKNAME,
    NO_ONE_WORDS,
    NORTH_AND_SOUTH,
    NORTH_DATELINE,
    NOT_A_STATES_VOICE,
    NOT_NAMES,
    NOT_PLACES,
    NUMBERED_UNITS,
    OCR_I_FOR_L,
    OCR_IL,
    OF_ABROAD,
    OF_AFTER_OFFICE,
    OFFICE_DOMAINS,
    OFFICE_FOR,
    OPENING_CREDIT_DASH,
    OPENING_MARKS,
    ORG_WORDS,
    OWN_ASSEMBLY,
    OWN_GOVERNMENT_STYLE,
    PART_OF_UNIT,
    PEOPLES_WORDS,
    PERSON_ACTS,
    PERSON_BEFORE,
    PERSON_ONLY_ACTS,
    PERSON_OR_STATE,
    PERSONAL_NAME_CAPITALS,
    PERSONAL_NAME_STATES,
    PHOTO_CREDIT,
    PLACE_BEFORE,
    PLACE_BEFORE_OF,
    PLACE_CUES,
    PLACE_LIST_OPENERS,
    PLACE_PREPOSITIONS,
    PLACES_OF_STUDY,
    PLURAL_OFFICES,
    PLURAL_POSSESSIVE,
    PLURAL_ROLES,
    PLURAL_TITLE_CUES,
    POSITION,
    POSSESSIVE_AFTER,
    POSSESSIVE_END,
    POSSESSIVE_ENDS,
    POSTED_AT,
    PRESIDENTIAL_OFFICE,
    QUESTION_ANSWER,
    QUESTION_OPENERS,
    RANK_NOTE_LENGTH,
    RANKS,
    REACHING,
    RECENT_ENTRIES,
    RECOGNITION,
    RELATION_NOUNS,
    RIVER_BEFORE,
    ROLE_OF_BEFORE,
    ROLE_TO_COME,
    SAID_BY_PRONOUN,
    SENTENCE_MARKS,
    SEVERAL_HOLDERS,
    SEX_WINDOW,
    SHARED_UNIT_NOUNS,
    SITE_NOUNS,
    SITE_WORDS,
    SOURCE_CREDIT,
    SOUTH_KOREAN_FORCES_SINCE,
    SPOKESPERSON_BEFORE,
    SPOUSE_FIRST_NAME,
    STATE_AGENCY,
    STATE_OPENS,
    STATE_TELEVISION,
    SURNAME_OFFICES,
    TAKEN,
    THE_AGENCY,
    THE_BODY,
    THE_BODY_CUES,
    THE_SPOKESPERSON_ACTS,
    THE_TWO,
    THING_WORDS,
    TIME_ZONES,
    TITLE_CASED_ABBREVIATION,
    TITLES,
    TITLES_BEFORE_A_SURNAME,
    TWO_BEARERS,
    UN_ORGAN_ABROAD,
    UN_SPELLINGS,
    UNIT_OWNERS,
    UNIT_WORDS,
    US_CONGRESS_PAST_TWENTY,
    US_STATE_ABBREVIATIONS,
    VISITING,
    WAR_DAYS,
    WAR_ERA,
    WATER_KINDS,
    WATERS,
    WEAPON_KINDS,
    WEAPON_WORDS,
    WHO_AFTER,
    WIRE_CREDIT,
    WOMENS_HONORIFICS,
    WORD_BEFORE_KIN,
    WORKS_AT,
    WORKS_NOUNS,
)
from ktimeline.importing.enrichment.words import (
    _SHORT_GIVEN_NAMES,
    AGENCY_QUOTED_MINISTRY,
    ANOTHER_DOCUMENT,
    CLOCK_AFTER,
    CLOCK_BEFORE,
    DOCUMENT_KEPT_FOR,
    GIVEN_NAME_FORMS,
    HELD_AT_A_BUILDING,
    JOINT_SIGNED,
    KOREAS_BY_SIDE,
    LOWER_MINISTRY,
    MINISTRIES,
    MINISTRY_AFTER,
    PREFIXED_KOREA,
    PREPOSITION_END,
    SAID_IN_DOCUMENT,
    SPOKESMAN_AFTER,
    SPOKESMAN_FOR_BEFORE,
    THE_DOCUMENT_SAID,
    THE_SPOKESMAN_BEFORE,
    THE_SPOKESMAN_SAID,
    WORD_FACTS_KEPT,
    Findings,
    Form,
    Person,
    Token,
    Unresolved,
    _acronym_pair,
    _building_after,
    _clocks_dropped,
    _CuedAt,
    _halves_joined,
    _ministry_before,
    _ministry_words,
    _Reading,
    _state_forms_as_written,
    _subsumes,
    _whole_country,
    make_form,
    surname_of,
    tokens,
)
from ktimeline.importing.enrichment.writing import (
    _PLURAL_SUBJECT_NEXT,
    _SMALL_WORDS,
    ADJECTIVE_ENDINGS,
    ORDINALS,
    _common_word_opening,
    _heading_in_capitals,
    _heading_verb,
    _holds_a_cue,
    _in_capitals_throughout,
    _initials_in,
    _inside,
    _low_ordinal,
    _ocr_i_for_l,
    _one_letter_apart,
    _opens_sentence,
    _ordinal_in_name,
    _put_back,
    _title_case,
    _unit_number,
    writes_language,
)
from ktimeline.importing.knowledge import (
    KnownActor,
    KnownPlace,
    held_during,
    knowledge,
    literal_topic,
    read_by_context,
)
from ktimeline.importing.offices import OFFICE_NOUN_TITLES, WRITTEN_AFTER_SURNAME, names_office
from ktimeline.importing.quotations import (
    KIN_AFTER,
    KIN_ROLE,
    SPEECH_VERBS,
    SUBJECT_VERB_NEXT,
    TITLE_BEFORE_NAME,
    DescriptionCues,
    Mention,
    _genders,
    body_goes_on,
    body_noun_said,
    company_noun_said,
    described_companies,
    description_cues,
    document_issued,
    document_said_before,
    office_may_be_the_states,
    office_noun_said,
    opening_quotation,
    quotation_runs_on,
    reported_speaker,
    sentence_opener,
    spoken_to_only,
    state_agency_said,
    statements_in,
    subject_left_in_mind,
    titles_a_person,
    unnamed_speaker_opening,
)
from ktimeline.model import Actor, Statement

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from ktimeline.vocabulary import Vocabulary


def _peoples_force(words: list[Token]) -> bool:
    """Whether a force's name is a people's word and a "People's" name ("Chinese People's
    Volunteers", "Korean People's Army"), whose words after the first texts may write in lower
    case."""
    return (
        len(words) >= 3
        and words[0].key in PEOPLES_WORDS
        and words[1].key == "people"
        and words[1].possessive
    )


# The mark of a key of Korean places' folds with "k" written "g" (McCune-Reischauer's "Kilju",
# the Revised Romanization's "Gilju"): a second key, apart from the vowels' own.
VOICED_KEY = "\x00"


class Enricher:
    """Holds the name forms of one import (the vocabulary and the knowledge base) and what
    the document has named so far (to resolve a surname from an earlier entry)."""

    def __init__(self, vocabulary: Vocabulary, library_persons: Iterable[str] = ()) -> None:
        base = knowledge()
        self._by_context = base.by_context  # forms read by the entry's context (knowledge.py)
        # persons other sources of the user's library named (for "Ken Lay" in a new source
        # when another wrote "Kenneth Lay": one person, written as the library holds him)
        self._library_persons = {name.lower(): name for name in library_persons}
        self.vocabulary_actors = dict(vocabulary.actors)
        self._text = ""  # the entry being enriched
        self._starting: dict[int, tuple[int, int, tuple[str, ...]]] = {}
        self._ending: set[int] = set()
        self._capital_place: dict[int, bool] = {}
        self._named_states: set[str] | None = None
        self._by_title: dict[tuple[str, ...], list[Person]] = {}
        # The actor table: the knowledge base, then the bundled and user actors over it.
        self.records: dict[str, Actor] = {
            name: Actor(a.name, a.kind, a.affiliation, a.role, a.aliases)
            for name, a in base.actors.items()
        }
        self.records.update(self.vocabulary_actors)
        self.known: dict[str, KnownActor] = dict(base.actors)
        self.kinds = {name: actor.kind for name, actor in self.records.items()}
        # Bodies of no state (the UN, the IAEA): "North Korea's UN ambassador" speaks for
        # North Korea, "the ambassador to the UN" not for the UN.
        self.international = {
            name
            for name, actor in self.records.items()
            if actor.affiliation is None and actor.kind in {"organization", "forum"}
        }
        self.new: dict[str, Actor] = {}  # actors this import made from the text
        self._given_name_keys: frozenset[str] | None = None
        # New persons named with a middle initial, by (given name, surname): the same
        # document's "William Dean" is its "William F. Dean".
        self._with_initial: dict[tuple[str, str], str] = {}
        self._persons_by_form: dict[str, str] | None = None  # (built when first needed)
        # given name's words → the known persons who bear it ("jong", "un"): built when needed
        self._given_names: dict[tuple[str, ...], list[str]] = {}  # (filled by _build)
        # (first words, words) of states' name forms: built when first needed
        self._handle_keys: dict[str, str] | None = None  # a name's words run together → it
        self._state_keys: (
            tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]] | None
        ) = None
        self._ministries: dict[tuple[str, str], str] | None = None  # (state, kind) → body
        self._forces: dict[str, KnownActor] | None = None  # state → its forces' record
        # a person's name form's last word → the words before it (built when first needed)
        self._glued_ends: dict[str, set[tuple[str, ...]]] | None = None
        self._buildings: frozenset[str] = frozenset()  # (filled by _build)
        self._upper_keys: frozenset[str] | None = None  # keys of forms written in capitals
        self._in_capitals = False  # the entry being read is in capitals throughout (a cable)
        self.document: dict[str, str] = {}  # surname → the person the document last named
        # surname → a given name and surname nobody knows that the document wrote ("Elizabeth
        # Holmes founded …"): the person, once the surname alone acts ("Holmes raised …")
        self._full_names_seen: dict[str, str] = {}
        self._dateline_state: str | None = None  # the state whose capital a dateline named
        self._north_voice = False  # a KCNA dateline opened the document: the North's own words
        self._given_names_seen: set[str] = set()  # their first words ("Sue" of "Sue Smith")
        self._firms_by_acts: set[str] = set()  # new firms a firm's act named ("Enron files …")
        self._named_in: dict[str, int] = {}  # surname → the entry (number) that last named him
        self._named_persons: set[str] = set()  # persons the document has named in full
        self._own_governments: set[str] = set()  # states named by "His Majesty's Government"
        # (an officer's title word, a new person's surname) → the person the title named
        self._titled_new: dict[tuple[str, str], str] = {}
        self._person_named_in: dict[str, int] = {}  # person → the last entry naming him in full
        # the persons each of the last two entries found (for "the two ministers": _the_two)
        self._persons_lately: deque[set[str]] = deque(maxlen=2)
        # surname → the last entry that named persons of that surname, its date and who they
        # were: a bare surname after it is that one person, unresolved when it named two
        self._last_named: dict[str, tuple[int, str, set[str]]] = {}
        # (surname, person) where the entry named the person's kin in full after the surname
        # alone: the surname stays the person's for the next entries (_own_kin_named)
        self._kin_aside: list[tuple[str, str]] = []
        # (this entry's words, looked up once an entry when a rule first asks: asked once a
        # name, a search of the whole entry would grow with its square)
        self._death_news: bool | None = None
        self._kin_pronoun: bool | None = None
        self._english: bool | None = None
        # person → the years of the entries that named him in full
        self._named_years: dict[str, set[int]] = {}
        self._entries = 0  # entries enriched so far
        self._date = ""  # the date of the entry being enriched
        # a publication's last word → the one the document named ("times": the New York
        # Times), None when it named two
        self._outlets: dict[str, str | None] = {}
        self._outlet_ends: frozenset[str] | None = None  # last words of the known outlets
        # whether the entry before named a Korea or a place in one (for "the north and the
        # south": a Vietnam chronology's one Korean entry does not make its later ones Korean)
        self._koreas_before = False
        self._south_named = False  # whether an entry so far named South Korea or a place in it
        self._peninsula: str | None = None  # the peninsula the document last named in full
        self._in_mind: str | None = None  # the one person the entries so far left in mind
        self._in_mind_title = ""  # the words before his name where it was last given
        # the one body (and its kind) the entry before gave words to: "“…,” it said" (_body_left)
        # office → the persons the document named with it as their title ("President Trump"),
        # and each person's words before his names: "The President replied" entries later is
        # the one person in mind when the document gave that title to him alone (_own_titles)
        self._titled: dict[str, set[str]] = {}
        self._titles_of: dict[str, str] = {}
        self._body_in_mind: tuple[str, str] | None = None
        # person → "he" or "she", as an entry said (an honorific, "the widow of"), and the
        # entry that said it: a later "she said" is no man's (_carried)
        self._sex_known: dict[str, tuple[str, int]] = {}
        # the last entries that named persons, not yet read for their sexes (read when a "she
        # said" or a "Mrs." first asks: _sexes)
        self._sex_pending: deque[tuple[int, str, list[Mention]]] = deque(maxlen=SEX_WINDOW)
        self._news_agencies: set[str] = set()  # the news agencies the document named
        # The body whose spokesman an entry named ("a State Department spokesman"), and how
        # many entries ago: "“…,” the spokesman said" soon after is that body's.
        self._spokesman_of: tuple[str, int] | None = None
        # the person the document named as "spokesman X", and how many entries ago
        self._spokesperson: tuple[str, int] | None = None
        # The names each of the last entries made (this one first, once read): "“…,” the
        # ministry said" is the one ministry they named.
        self._mentions_named: list[list[Mention]] = []
        # the states the last entries named with their government (see _governments_named)
        self._governments_of: dict[int, tuple[list[Mention], int, tuple[list[int], str, int, int]]]
        self._governments_of = {}
        # every body the document named ("the news agency said" long after "KCNA"), and the
        # states the last two entries named: "The President replied" in a text naming no
        # president is the one holder of that day in the one state named
        self._bodies_named: dict[str, None] = {}
        self._texts_named: list[tuple[str, list[tuple[int, int]]]] = []  # (text, spoken)
        self._holder_of: dict[str, str | None] = {}  # (title → its holder, for one entry)
        self._agencies: dict[tuple[str, str], str | None] | None = None  # (state, kind) → body
        # the speaker the entry before said spoke in a document (or those who signed a joint
        # one), and its noun ("report")
        self._document_of: tuple[tuple[str, ...], str] | None = None
        # how many entries quoting nobody have passed since that document was named: "“…,”
        # the statement said" two entries on is still its words (_document_kept)
        self._document_ago = 0
        # the one speaker of the quotation the entry before left open at its end, which an
        # entry opening with a quotation goes on with (a quotation of several paragraphs)
        self._running: str | None = None
        # the one the last quotation in Korean, Japanese, Chinese or Russian was said by, whom
        # a next one without a subject means ("이어 "…"라고 덧붙였다", "— сказал он")
        self._speaker_abroad: str | None = None
        # the persons the entry before named, when two or more: whom "“…,” they said in a
        # joint statement" in the next entry means (quotes19)
        self._named_together: tuple[str, ...] = ()
        # (person, "sister") → the one the knowledge base's roles say is that person's sister
        # ("Sister of Kim Jong Un"): "Kim Jong Un's sister" is Kim Yo Jong.
        self._kin_of: dict[tuple[str, str], str | None] = {}
        for name, known in self.known.items():
            kin = KIN_ROLE.match(known.role or "") if known.kind == "person" else None
            if kin is not None:
                key = (kin.group("of").strip(), kin.group("kin").lower())
                self._kin_of[key] = None if key in self._kin_of else name  # (two: neither)
        self.persons: dict[str, Person] = {}
        self.surnames: dict[str, list[str]] = {}
        # Of each surname's bearers: their names, and the first word of each (a key), so that
        # a mention asks one set, not every bearer (hundreds of Kims, Lees and Parks: per
        # mention, a loop over them made an import's time grow with their square).
        self._bearers: dict[str, set[str]] = {}
        self._first_words: dict[str, set[str]] = {}
        # Bare forms a record itself gives ("Gallucci", "President Trump"), as (key, person):
        # an undated person is found by such a form alone, not by a surname derived from his
        # name (rule of the bare surname, in the module docstring).
        self.vouched: set[tuple[str, str]] = set()
        self.acronyms: set[str] = set()  # one-word forms written in capitals: "DJ", "MB"
        self.by_first: dict[str, list[Form]] = {}
        # The lexicon's word forms, then the tags table's synonyms (bundled tags the lexicon
        # lacks, "deadline", "us-politics", still come from their synonyms).
        lexicon_tags = {topic.tag for topic in base.topics}
        self.topics = base.topics + tuple(
            literal_topic(tag.name, tag.synonyms, tag.description)
            for tag in vocabulary.tags.values()
            if tag.synonyms and tag.name not in lexicon_tags
        )
        self._uncued = [i for i, topic in enumerate(self.topics) if topic.cues is None]
        self._cues: dict[str, list[tuple[int, str]]] = {}  # first 3 letters → (topic, cue)
        for index, topic in enumerate(self.topics):
            for cue in sorted(topic.cues or ()):
                self._cues.setdefault(cue[:3], []).append((index, cue))
        self._longest_cue = max((len(c) for t in self.topics for c in t.cues or ()), default=3)
        self._cued_at = _CuedAt(self._topics_cued)  # a word start's letters → topics
        self._build(vocabulary, base.places)
        # each Korean place's names with spaces, hyphens and vowel romanisations folded
        # ("Pyung-Yang", "In-Chon"): built on first use
        self._korean_folds: dict[str, str | None] | None = None
        self._place_records = base.places
        self._known_places = frozenset(base.places)
        self._sites = frozenset(n for n, p in base.places.items() if p.kind not in AREA_KINDS)
        self._place_kinds = {n: p.kind for n, p in base.places.items() if p.kind}
        # the names written in Hangul and in Chinese or Japanese characters (no word spaces),
        # and the surnames of the persons the document has named so (surname → person); a
        # dated person's surname alone in them not read before NEAR_YEARS ahead of his first
        # office, as _plausible reads one in English
        self._unspaced_surnames: dict[str, str] = {}
        self._unspaced = UnspacedNames(
            ((name, self._names(name)) for name in self.records),
            [
                *((place.name, place.aliases) for place in base.places.values()),
                *((place.name, place.aliases) for place in vocabulary.places.values()),
            ],
            {
                person.name: f"{min(int(r[2][:4]) for r in person.roles) - NEAR_YEARS:04d}"
                for person in self.persons.values()
                if person.roles and all(r[2][:4].isdigit() for r in person.roles)
            },
        )

        # each person's names written whole in Hangul, Chinese or Japanese characters, by their
        # first letter ("小泉純一郎", "문재인"): whose surname a title after it names ("小泉首相")
        self._written_whole: dict[str, list[tuple[str, str]]] = {}
        for name in self.persons:
            for form in self._names(name):
                if unspaced(form) and not KATAKANA.match(form) and not NAME_JOINERS & set(form):
                    self._written_whole.setdefault(form[0], []).append((form, name))

    # --- the name forms ---------------------------------------------------------------------

    def _add(self, form: Form | None) -> None:
        if form is not None:
            self.by_first.setdefault(form.keys[0], []).append(form)

    def _build(self, vocabulary: Vocabulary, places: Mapping[str, KnownPlace]) -> None:
        place_names: dict[str, str] = {}  # folded alias → place
        # a seat of government that is a building ("the White House", "the Blue House")
        self._buildings = frozenset(p.name for p in places.values() if p.kind == "building")
        for place in list(places.values()) + list(vocabulary.places.values()):
            for alias in (place.name, *place.aliases):
                place_names[alias.lower()] = place.name
        shared_aliases: dict[str, int] = {}
        for name, actor in self.records.items():
            if actor.kind == "person":
                known = self.known.get(name)
                for alias in set(actor.aliases) | (set(known.aliases) if known else set()):
                    shared_aliases[alias.lower()] = shared_aliases.get(alias.lower(), 0) + 1
        spelt = {  # every body's name form → its body (for the UN's written both ways)
            alias.lower(): name
            for name, actor in self.records.items()
            if actor.kind != "person"
            for alias in (name, *actor.aliases)
        }
        for name, actor in self.records.items():
            known = self.known.get(name)
            aliases = set(actor.aliases) | (set(known.aliases) if known else set())
            if actor.kind == "person":
                roles = tuple((r.title, r.of, r.start, r.end) for r in known.roles) if known else ()
                self.persons[name] = Person(name, actor.affiliation, roles)
                surname = surname_of(name, actor.affiliation)
                # (not a surname that is a word of dates and articles: "May" of Theresa May)
                surnames = {surname} if surname and surname.lower() not in NOT_NAMES else set()
            else:
                surnames = set()
            family = tokens(name)[0].key if actor.affiliation in FAMILY_NAME_FIRST else ""
            for alias in (name, *sorted(aliases)):
                if unspaced(alias):
                    continue  # (found by its form: self._unspaced)
                words = tokens(alias)
                if actor.kind == "person" and shared_aliases.get(alias.lower(), 0) > 1:
                    surnames.add(" ".join(w.key for w in words))  # "George Bush": which?
                    continue
                if actor.kind == "person" and len(words) == 1:
                    surnames.add(words[0].key)  # "Trump", "Moon": resolved as surnames
                    self.vouched.add((words[0].key, name))
                    if words[0].upper and len(words[0].key) <= ACRONYM_LENGTH:
                        self.acronyms.add(words[0].key)
                    continue
                if actor.kind == "person" and len(words) == 2 and _title_key(words[0].key):
                    surnames.add(words[1].key)  # "Chairman Kim", "President Trump"
                    self.vouched.add((words[1].key, name))
                    continue
                target: tuple[str, ...] = ("actor", name)
                if actor.kind == "state" and alias.lower() in place_names:
                    target = ("capital", name, place_names[alias.lower()])
                else:
                    target = ("actor", name)
                self._add(make_form(alias, target))
                if (
                    actor.kind == "person"
                    and actor.affiliation not in FAMILY_NAME_FIRST
                    and writes_cyrillic(alias)
                ):  # "Сергея Лаврова", "Лавровым", "Горбачев": the cases a Russian
                    for declined in declined_forms(alias):  # sentence gives, and his surname
                        self._add(make_form(declined, target))  # alone in each (the rule of
                    last = alias.split()[-1]  # the bare surname, as "Lavrov" in English)
                    surnames.update(tokens(s)[0].key for s in (last, *declined_forms(last)))
                if actor.kind == "state":
                    for as_written in _state_forms_as_written(alias, words, spelt, place_names):
                        self._add(as_written)  # "16 Filipinos", "the south Korean puppets"
                if actor.kind == "military" and _peoples_force(words):
                    # "the Chinese people's volunteers": a people's force in lower case after
                    # its people's word (older and translated texts write it so)
                    lower_after_first = (True,) + (False,) * (len(words) - 1)
                    keys = tuple(w.key for w in words)
                    self._add(Form(keys, lower_after_first, (False,) * len(words), target))
                if actor.kind != "person" and alias.startswith(UN_SPELLINGS):
                    for other in _un_spelt_otherwise(alias):  # "UN Temporary Commission on
                        if spelt.setdefault(other.lower(), name) == name:  # Korea", "United
                            self._add(make_form(other, target))  # Nations Temporary …"
                if actor.kind == "organization" and len(words) >= 3 and words[-1].key == "ministry":
                    self._ministry_forms(alias, target)
                if actor.kind == "person" and actor.affiliation in FAMILY_NAME_FIRST:
                    if len(words) >= 3 and words[0].key == family:  # its given name of two
                        bearers = self._given_names.setdefault(tuple(w.key for w in words[1:]), [])
                        if name not in bearers:  # ("Jong Un said": _given_name)
                            bearers.append(name)
                    if len(words) == 3 and words[2].joined:  # "Moo-hyun Roh": English order
                        given = alias[words[1].start :]
                        self._add(make_form(f"{given} {alias[: words[0].end]}", target))
                elif "s' " in alias:  # "Worker's Party": "Workers' Party" as often misspelt
                    self._add(make_form(PLURAL_POSSESSIVE.sub(r"\1's ", alias), target))
            for surname in surnames:
                self._bear(surname, name)
        for surname in self.surnames:
            keys = tuple(surname.split())
            upper = (surname in self.acronyms,) * len(keys)  # "MB", never "Mb" or "mb"
            self._add(Form(keys, (True,) * len(keys), upper, ("surname", surname)))
        states = {n for n, a in self.records.items() if a.kind == "state"}
        state_names = {alias.lower() for state in states for alias in self._names(state)}
        for place in list(places.values()) + list(vocabulary.places.values()):
            for alias in (place.name, *place.aliases):
                if alias.lower() not in state_names and not unspaced(alias):  # (a capital:
                    # a "capital" form above; a form in Hangul or CJK: self._unspaced)
                    self._add(make_form(alias, ("place", place.name)))
        for place in places.values():
            if place.kind == "sea":  # "the east sea", "the yellow sea": a sea in lower case
                for alias in (place.name, *place.aliases):
                    if len(alias.split()) == 2 and alias.endswith(" Sea"):
                        self._add(make_form(alias, ("place", place.name), any_case=True))
            if place.country not in {"North Korea", "South Korea"}:
                continue
            for alias in (place.name, *place.aliases):
                if alias.lower() in state_names or unspaced(alias):
                    continue
                for variant in romanisation_variants(alias):
                    if variant.lower() not in place_names and variant.lower() not in state_names:
                        self._add(make_form(variant, ("place", place.name)))
        for side in ("north", "south"):  # "North shells Yeonpyeong", "the U.S.-backed South"
            self._add(Form((side,), (True,), (False,), ("side", side)))
            # "If the south side sets up loudspeakers" (KCNA's lower case; _known_name)
            self._add(Form((side, "side"), (False, False), (False, False), ("side", side)))
        # "Korea" alone, after 1948: South Korea ("alliance management with Korea and Japan").
        self._add(Form(("korea",), (True,), (False,), ("korea",)))
        for title in TITLES:
            self._add(make_form(title, ("title", title), any_case=title not in RANKS))
        for keys, members in COLLECTIVES.items():
            capital = tuple(key in {"north", "south", "korea", "korean", "koreans"} for key in keys)
            self._add(Form(keys, capital, (False,) * len(keys), ("collective", *members)))
        for forms in self.by_first.values():
            forms.sort(key=lambda f: -len(f.keys))
        self._index_forms()

    def _ministry_forms(self, alias: str, target: tuple[str, ...]) -> None:
        """A ministry named after its state, as news writes it: the office in lower case
        ("South Korean defense ministry warned") and in British spelling ("South Korean
        defence ministry"); the state's words keep their capitals ("south korean defense
        ministry" in a sentence of common words is still no name)."""
        for spelling in {alias, re.sub(r"\bDefense\b", "Defence", alias)}:
            form = make_form(spelling, target)
            if form is None:
                continue
            if spelling != alias:
                self._add(form)
            lower = (*form.capital[:-2], False, False)
            self._add(Form(form.keys, lower, form.upper, target))

    def _index_forms(self) -> None:
        """The forms by their first two words (or one), without the forms another of the same
        words and target makes needless: "North Korean Army" beside "North Korean army" (which
        asks no capital of "army"), "South Korea’s military" beside "South Korea's military"
        (the same words). ``_form`` returns the first form that matches, of the longest: a
        needless form never gives another target, and each one dropped is a test less for
        every "North Korean" an import reads."""
        self.by_pair: dict[tuple[str, str], list[Form]] = {}
        self.by_single: dict[str, list[Form]] = {}
        for first, forms in self.by_first.items():
            kept = [
                form
                for i, form in enumerate(forms)
                if not any(
                    _subsumes(other, form) and (j < i or not _subsumes(form, other))
                    for j, other in enumerate(forms)
                    if j != i and other.keys == form.keys
                )  # (of two equal forms, the first stays)
            ]
            self.by_first[first] = kept
            for form in kept:  # longest first, kept so in each list
                if len(form.keys) > 1:
                    self.by_pair.setdefault((form.keys[0], form.keys[1]), []).append(form)
                else:
                    self.by_single.setdefault(form.keys[0], []).append(form)

    def _holders_by_surname(
        self, date: str, surname: str, title: str
    ) -> tuple[tuple[str, ...], frozenset[str]]:
        """The persons whose name written whole opens with ``surname`` and who held the office
        ``title`` names (offices.WRITTEN_AFTER_SURNAME) on ``date``; and those of them who
        held it only on other days (unspaced.by_surname_and_title)."""
        titles = WRITTEN_AFTER_SURNAME.get(title)
        if titles is None or not date[:4].isdigit():
            return (), frozenset()
        bearers = {
            name
            for form, name in self._written_whole.get(surname[0], ())
            if form.startswith(surname) and len(form) > len(surname)
        }
        holding = tuple(sorted(n for n in bearers if self.persons[n].holds(titles, date, None)))
        other_days = frozenset(
            n
            for n in bearers
            if n not in holding and any(t in titles for t, *_ in self.persons[n].roles)
        )
        return holding, other_days

    def _names(self, actor: str) -> tuple[str, ...]:
        record = self.records[actor]
        known = self.known.get(actor)
        return (record.name, *record.aliases, *(known.aliases if known else ()))

    # --- one entry --------------------------------------------------------------------------

    def enrich(self, text: str, date: str) -> Findings:
        """The actors, places, tags and statements of one entry: its known names (each by
        the rule of its kind), then the names nobody knows, the waters the knowledge base
        lacks, and last the quotations, attributed to the names found."""
        self._in_capitals = _in_capitals_throughout(text)  # (stops at the first small letter)
        if text[:3].isupper():  # (most entries: no such heading; "US ", "“PH" pass, cheaply)
            if self._upper_keys is None:
                self._upper_keys = frozenset(
                    key
                    for forms in self.by_first.values()
                    for form in forms
                    for key, upper in zip(form.keys, form.upper, strict=True)
                    if upper
                )
            text = _heading_in_capitals(text, self._upper_keys)
        if "â" in text:  # (cheap: most entries have none)
            text = _mended_quotation_marks(text)  # "âKim …,â he told": “Kim …,” he told
        if '\\"' in text:  # a stored copy's escaped quotation marks ('\\"'): the marks
            text = text.replace('\\"', '"')  # themselves, as a JSON or a script wrote them
        if " “" in text or ' "' in text:
            text = self._without_nicknames(text)  # 'Lloyd "Pete" Bucher': Lloyd Bucher
        if "II" in text:  # (cheap: most entries have none)
            text = OCR_IL.sub(r"\1\2Il", text)  # "Kim II Sung": Kim Il Sung (same length)
        credit = (
            CREDIT_AT_END.search(text)
            if text.endswith(")")
            else CREDIT_AFTER_DASH.search(text, len(text) - 24)
            if "—" in text or "–" in text or "-" in text[-24:]
            else None
        )
        if credit is None and "):" in text[:50]:
            credit = DATELINE_AGENCY.match(text)
        if credit is not None:  # (blanked, not cut: the entry's offsets stay the same)
            text = (
                text[: credit.start("credit")]
                + " " * len(credit["credit"])
                + text[credit.end("credit") :]
            )
        if "]" in text and FOOTNOTE_MARKS.search(text):
            # "Sweden[1][2] presented", "disregarded.[7]China dismissed": an encyclopedia's
            # footnote marks, blanked (the same length) so that the names they touch are read
            text = FOOTNOTE_MARKS.sub(lambda m: " " * len(m.group()), text)
        if ": " in text[:3] or "? A: " in text:
            # "Q: Will China …? A: China is a close neighbor …": a transcript's marks of question
            # and answer, blanked (the same length), not a name "A" opening the words
            text = QUESTION_ANSWER.sub(lambda m: " " * len(m.group()), text)
        if _ocr_i_for_l(text):  # (same length: "YaIu" is "Yalu")
            text = OCR_I_FOR_L.sub("l", text)
        if "Photo" in text:
            for credit in PHOTO_CREDIT.finditer(text):
                for group in ("credit", "tag", "line"):
                    if credit[group] is not None:  # (blanked: the entry's offsets stay)
                        start, end = credit.span(group)
                        text = text[:start] + " " * (end - start) + text[end:]
        if "Source" in text:
            source = SOURCE_CREDIT.search(text, max(0, len(text) - 80))
            if source is not None:  # "… on June 17. / Source: Yonhap News": a caption's
                start, end = source.span("credit")  # credit, no actor (as a wire's, rule 5)
                text = text[:start] + " " * (end - start) + text[end:]
        if not self._north_voice and "(KCNA)" in text[:60] and NORTH_DATELINE.match(text):
            self._north_voice = True  # "Pyongyang, December 7 (KCNA) — …": KCNA's article
        self._entries += 1
        self._date = date
        self._death_news = self._kin_pronoun = self._english = None
        if "(" in text:
            self._title_cased_abbreviations(text)
        entry = self._read(text, date)
        text = entry.text  # ("Kim Jong Unsigned" read as "Kim Jong Un signed")
        defined = self._defined_bodies(entry) if "(" in text and BRACKETED.search(text) else ()
        cases = (
            [
                m.span()
                for m in CASE_NAME.finditer(text)
                if m["versus"].startswith("v.") or m["versus"] == "v" or COURT_WORDS.search(text)
            ]  # ("Trump vs. Kim: the summit …": a rivalry; "Roe vs. Wade" where a court rules)
            if " v. " in text or " vs. " in text or " v " in text or " vs " in text
            else []
        )
        if cases:  # "Obergefell v. Hodges", "Brown v. Board of Education": a court case's
            case_words = {  # name, neither a place nor its parties as actors
                at for at, w in enumerate(entry.words) if any(a <= w.start < b for a, b in cases)
            }
            entry.covered.update(case_words)
            defined = {*defined, *(at for at in case_words if at in self._starting)}
        if "Estado Mayor Conjunto" in text:  # the Joint Chiefs of Staff in Spanish: read as
            staff = {  # they are (_joint_chiefs), not "Mayor" a title and "Conjunto" a name
                at
                for at, w in enumerate(entry.words)
                if any(a <= w.start < b for a, b in _spans(JOINT_CHIEFS, text))
            }
            entry.covered.update(staff)
            defined = {*defined, *staff}
        organs = _un_organs_abroad(text)
        for index in range(len(entry.matched)):
            if (
                organs
                and entry.matched[index][2] == ("actor", "United Nations")
                and entry.words[entry.matched[index][0]].start in organs
            ):
                continue  # "des UN-Sicherheitsrats", "Zgromadzenia Ogólnego ONZ"
            if index and self._shared_lower_body(entry, index):
                continue  # "Japanese and North Korean foreign ministry officials": the states
            if defined and entry.matched[index][0] in defined:
                continue  # "United States" inside "United States Military Government (…)"
            if entry.absorbed and entry.matched[index][0] in entry.absorbed:
                continue
            self._known_name(entry, index)
        spoken = spoken_spans(text)  # (Japanese, Korean and Russian direct speech)
        if spoken:  # names inside are the speaker's words, not the entry's actors
            entry.actors = [(at, a) for at, a in entry.actors if not _inside(at, spoken)]
            entry.mentions = [m for m in entry.mentions if not _inside(m.start, spoken)]
        for found in self._unspaced.find(text, date):
            if spoken and _inside(found.start, spoken):
                continue
            if found.kind == "actor":
                entry.add(found.name, found.start, found.end)
                if self.kinds.get(found.name) == "person":
                    self._unspaced_surnames.update(surnames_of(found.name, (found.form,)))
            elif (state := self._capital_acting(text, found)) is not None:
                entry.add(state, found.start, found.end)  # ("平壤首次回应": North Korea)
            elif found.name not in entry.places:
                entry.places.append(found.name)
        by_title, doubts = by_surname_and_title(
            text, self._unspaced_surnames, partial(self._holders_by_surname, date)
        )
        for found in by_title:
            if spoken and _inside(found.start, spoken):
                continue
            entry.add(found.name, found.start, found.end)  # ("김 위원장은": Kim Jong Un)
        entry.findings.unresolved.extend(Unresolved(words, why) for words, why in doubts)
        self._unknown_names(entry)
        if "@" in text:
            self._handles(entry)
        if FORCE_NAME_END.search(text):
            self._states_of_new_forces(entry)
        if "Korean " in text and entry.date >= SOUTH_KOREAN_FORCES_SINCE:
            self._korean_forces(entry)
        if " of " in text and FORCES_OF.search(text):
            self._forces_of_states(entry)
        if "the agency" in text or "the news agency" in text:
            self._the_agency(entry)
        if THE_BODY_CUES.search(text):
            self._the_body_named_before(entry)
        if "residential " in text and self._dateline_state is not None:
            self._presidential_office(entry, self._dateline_state)
        self._note_agencies(entry)
        if self._spokesperson is not None or "pokes" in text:
            self._the_spokesperson(entry)
        for surname, start, end in entry.deferred:
            # "Kim Ho … said Kim Ho. Kim urged … Kim Jung, another official, said": the
            # bearer the entry named last before the surname, not one it names only after
            before = [
                (at, bearer)
                for bearer in self._bearers.get(surname, ())
                if bearer in self.new and (at := entry.first_at.get(bearer, start)) < start
            ]
            person = max(before)[1] if before else self.document.get(surname)
            if person in self.new:
                entry.add(person, start, end)
            else:
                entry.unknown_spans.append((start, end))
        for index in entry.after_given:
            opening, closing, target = entry.matched[index]
            person = self.document.get(target[1])
            if person in self.new and person in entry.first_at:  # the new person it named
                entry.add(person, entry.words[opening].start, entry.words[closing].end)
            else:  # ("Capitol Hill … Hill said": no person was new; the surname's rule)
                self._known_name(entry, index, resolving_late=True)
        if "the north and" in text or "the south and" in text:
            sides = NORTH_AND_SOUTH.search(text)
            named = {a for _, a in entry.actors}
            if sides is not None and (
                named & KOREAS
                or (
                    (self._koreas_before or self._korean_place(entry.places))
                    and not text.startswith(" of ", sides.end())  # ("… south of Italy")
                    and not any(self.kinds.get(a) == "state" for a in named - KOREAS)
                    and not any(
                        (country := self._place_country(p)) is not None and country not in KOREAS
                        for p in entry.places
                    )  # ("… ends with the fall of Saigon": Vietnam's north and south)
                )
            ):  # "the forbidden wall between the north and south" in an entry on the Koreas,
                # or right after one that named one of them or a place in them ("Talks were
                # held in Pyongyang and Seoul … between the north and the south"), no other
                # state nor a place in one
                opening, closing = sides.start(), sides.end()  # (each side where it stands)
                north = (opening, opening + 9)
                south = (closing - 5, closing)
                if text[opening + 4 : opening + 9] != "north":
                    north, south = (closing - 5, closing), (opening, opening + 9)
                entry.add("North Korea", *north)
                entry.add("South Korea", *south)
        for surname, person in self._kin_aside:  # "Kim was accompanied by his sister, Kim
            self._last_named[surname] = (self._entries, date, {person})  # Yo Jong. … told
            self.document[surname] = person  # Kim": Kim Jong Un still
        self._kin_aside.clear()
        if "Joint Chiefs" in text or "Estado Mayor Conjunto" in text:
            self._joint_chiefs(entry)
        self._waters(entry)
        if "'s " in text or "’s " in text:
            self._relatives(entry)
            if ", " in text:
                self._kin_by_first_names(entry)
        elif " of " in text and any(kin in text for kin in KIN_OF_CUES):
            self._relatives(entry)  # "the sister of Kim Jong Un"
        if " his wife " in text or " her husband " in text:
            self._spouse_by_first_name(entry)
        if GOVERNMENT_WORDS.search(text):
            self._governments_of_persons(entry)
        self._koreas_before = self._korean_place(entry.places)
        if not self._south_named and (
            any(a == "South Korea" for _, a in entry.actors)
            or any(self._place_country(p) == "South Korea" for p in entry.places)
        ):
            self._south_named = True
        for _, actor in entry.actors:
            if actor in KOREAS:
                self._koreas_before = True
            elif self.kinds.get(actor) == "media":  # (for "the Times" in a later entry)
                last = tokens(actor)[-1].key
                known = self._outlets.get(last, actor)
                self._outlets[last] = actor if known == actor or last not in self._outlets else None
        findings = self._findings(entry)
        if any(map(text.__contains__, KIN_CUES)):  # ("Kim Jong-un's sister", "sister of …";
            self._kin_references(entry)  # map: the same tests, without a generator's frame)
        if any(
            map(text.__contains__, PLURAL_TITLE_CUES)
        ):  # (after the statements: the leaders of "the
            # Japanese and South Korean leaders" are no speaker's antecedent for "he said")
            for leader in self._leaders_of_states(entry) + self._the_two(entry):
                if leader not in findings.actors:
                    findings.actors.append(leader)
        if "two " in text or "oth " in text:  # (after the statements, as above)
            for bearer in self._two_bearers(entry):
                if bearer not in findings.actors:
                    findings.actors.append(bearer)
        if " counterpart" in text:  # (after the statements too: no antecedent of "he said")
            for other in self._counterparts(entry):
                if other not in findings.actors:
                    findings.actors.append(other)
        self._persons_lately.append({a for a in findings.actors if a in self.persons})
        if "Majesty" in text:  # (cheap: most entries have none)
            self._own_governments_named(text)
        return findings

    def _new_and_no_head_besides(self, remembered: str, pool: list[str], date: str) -> bool:
        """Whether ``remembered`` is a person the knowledge base lacks and none of ``pool``
        besides him headed a state or government on ``date``."""
        return remembered in self.new and not any(
            self.persons[c].holds(HEAD_TITLES, date, None) for c in pool if c != remembered
        )

    def _own_governments_named(self, text: str) -> None:
        """A government named by its own formal style, unqualified ("His Majesty's Government
        are deeply concerned", not "… in Canada"): the document's own state, as a parliament's
        record names its government (whose "the Prime Minister" is then that state's)."""
        for style in OWN_GOVERNMENT_STYLE.finditer(text):
            words = tokens(style.group())
            named = self._match(words)
            if len(named) == 1 and named[0][:2] == (0, len(words) - 1):
                target = named[0][2]
                if target[0] == "actor" and self.kinds.get(target[1]) == "state":
                    self._own_governments.add(target[1])

    def _the_spokesperson(self, entry: _Reading) -> None:
        """ "The spokesman said Roh was satisfied" after an entry that named "Roh's spokesman
        Cheon Ho-seon": the one person this entry or the two before named as a spokesman, when
        "the spokesman" acts with no name of its own. Two named: nobody."""
        text = entry.text
        named = {
            m.actor
            for m in entry.mentions
            if m.kind == "person"
            and m.actor in self.persons
            and SPOKESPERSON_BEFORE.search(text, max(0, m.start - 16), m.start) is not None
        } if "pokes" in text else set()  # fmt: skip
        if len(named) == 1:
            self._spokesperson = (named.pop(), 0)
            return
        if named:
            self._spokesperson = None
            return
        if self._spokesperson is None:
            return
        person, ago = self._spokesperson
        acts = THE_SPOKESPERSON_ACTS.search(text) if "spokes" in text else None
        if acts is not None:
            entry.add(person, acts.start(1), acts.end(1))
        self._spokesperson = (person, ago + 1) if ago < 2 else None

    def _governments_of_persons(self, entry: _Reading) -> None:
        """The state whose government a person's name stands before: "the Carter
        administration", "the Park Chung-hee regime", "Mao's government" are the person and the
        state he led (README rule 11), as a capital used for its government is the state. Only
        a state the person belongs to (a new name with none gives nobody more)."""
        text = entry.text
        for mention in list(entry.mentions):
            if mention.kind != "person":
                continue
            government = LEADERS_GOVERNMENT.match(text, mention.end)
            government_of = (
                GOVERNMENT_OF.search(text, max(0, mention.start - 80), mention.start)
                if government is None
                else None
            )
            if government is None and government_of is None:
                continue
            record = self.records.get(mention.actor)
            state = record.affiliation if record is not None else None
            if state is not None and self.kinds.get(state) == "state":
                if government is not None:
                    entry.add(state, mention.start, government.end())
                elif government_of is not None:  # "the administration of President Park
                    entry.add(state, government_of.start(), mention.end)  # Geun-hye"

    def _counterparts(self, entry: _Reading) -> list[str]:
        """The persons "his South Korean counterpart" means, no name following: the one who
        held, in the state named, the office that the person named before "his" or "her" held
        on the entry's date ("Japanese Foreign Minister Fumio Kishida … with his South Korean
        counterpart" in 2015 is Yun Byung-se; a Secretary of State's is a foreign minister).
        No person named before, no dated office, or two holders: nobody."""
        words = entry.words
        by_end = {last: (first, target) for first, last, target in entry.matched}
        found: list[str] = []
        for at, word in enumerate(words):
            if word.key not in {"counterpart", "counterparts"} or word.capital or at < 2:
                continue
            if at + 1 < len(words) and words[at + 1].capital:
                continue  # "his Japanese counterpart Fumio Kishida": named, read by his name
            state_at = by_end.get(at - 1)
            if state_at is None or self.kinds.get(state_at[1][-1]) != "state":
                continue
            if state_at[0] < 1 or words[state_at[0] - 1].key not in {"his", "her"}:
                continue
            state = self._in_time(state_at[1][-1], entry.date)
            before = [a for start, a in sorted(entry.actors) if start < words[state_at[0]].start]
            persons = [a for a in before if a in self.persons and self.persons[a].roles]
            if state is None or not persons:
                continue
            person = self.persons[persons[-1]]
            held = {
                title
                for title, of, start, end in person.roles
                if of != state and held_during(entry.date, start, end)
            }
            titles = tuple(sorted({t for group in COUNTERPART_TITLES if held & group for t in group}
                                  | held))  # fmt: skip
            holders = self._holders(titles, entry.date, state) if titles else []
            if len(holders) == 1 and holders[0].name != person.name:
                found.append(holders[0].name)
        return found

    def _shared_lower_body(self, entry: _Reading, index: int) -> bool:
        """A body named in lower case after two states' adjectives ("Japanese and North Korean
        foreign ministry officials", "the Chinese and Russian defence ministries"): the common
        noun is shared by both, one ministry each, neither named as the body; the state of the
        one read with it is added (as the other is by its own adjective)."""
        opening, closing, target = entry.matched[index]
        before = entry.matched[index - 1]
        words = entry.words
        if (
            target[0] != "actor"
            or self.kinds.get(target[1]) != "organization"
            or words[closing].capital
            or opening < 2
            or words[opening - 1].key not in ("and", "or", "&")
            or before[1] != opening - 2
            or before[2][0] != "actor"
            or self.kinds.get(before[2][1]) != "state"
        ):
            return False
        state = self.records[target[1]].affiliation
        if state is None:
            return False
        entry.add(state, words[opening].start, words[closing].end)
        return True

    def _capital_acting(self, text: str, found: Found) -> str | None:
        """The state whose capital's Chinese form acts for it (CAPITAL_ACTING_AFTER): a place
        the state's own record names as its capital's form ("Pyongyang" of North Korea)."""
        if not CAPITAL_ACTING_AFTER.match(text, found.end):
            return None
        if not "\u4e00" <= found.form[0] <= "\u9fff":
            return None
        state = self._place_country(found.name)
        record = self.records.get(state) if state is not None else None
        if record is None or found.name.lower() not in {a.lower() for a in record.aliases}:
            return None
        return state

    def _place_country(self, place: str) -> str | None:
        record = self._place_records.get(place)
        return record.country if record is not None else None

    def _joint_chiefs(self, entry: _Reading) -> None:
        """The Joint Chiefs of Staff with no state's name before them: the staff of the state the
        text is about, decided by the text. South Korea's when the entry names South Korea or a
        place in it, or the document did before ("… at 06:51 (Joint Chiefs of Staff)" in a Seoul
        ministry's list, "the headquarters of the Joint Chiefs of Staff in central Seoul"); the
        United States' when the entry names the United States, its Pentagon or one of its
        people and not South Korea ("the Joint Chiefs of Staff in Washington ordered
        MacArthur"); else nobody (no guess)."""
        named = {a for _, a in entry.actors}
        if named & {"South Korean Joint Chiefs of Staff", "US Joint Chiefs of Staff"}:
            return  # ("South Korea's Joint Chiefs of Staff", "the U.S. Joint Chiefs"): named
        for bare in JOINT_CHIEFS.finditer(entry.text):
            south = "South Korea" in named or any(
                self._place_country(p) == "South Korea" for p in entry.places
            )
            american = any(
                a == "United States" or self.records[a].affiliation == "United States"
                for a in named
                if a in self.records
            ) or any(self._place_country(p) == "United States" for p in entry.places)
            if south and american:  # both named: the staff of the one named nearest (the
                south = self._nearer_south(entry, bare.start())  # list "Defense Secretary
                american = not south  # William Perry, Joint Chiefs of Staff Chairman …")
            if south or (self._south_named and not american):
                entry.add("South Korean Joint Chiefs of Staff", *bare.span())
            elif american:
                entry.add("US Joint Chiefs of Staff", *bare.span())

    def _nearer_south(self, entry: _Reading, at: int) -> bool:
        """Whether, of South Korea and the United States (a state, one of its people or bodies,
        a place in it), the one named nearest ``at`` is South Korea."""
        nearest: tuple[int, bool] | None = None
        named = [(start, actor) for start, actor in entry.actors]
        named += [(entry.text.find(place), place) for place in entry.places]
        for start, name in named:
            record = self.records.get(name)
            state = (
                name
                if name in {"South Korea", "United States"}
                else record.affiliation
                if record is not None
                else self._place_country(name)
            )
            if state in {"South Korea", "United States"} and start >= 0:
                distance = abs(start - at)
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, state == "South Korea")
        return nearest is None or nearest[1]

    def _korean_place(self, places: list[str]) -> bool:
        """Whether one of ``places`` is a known place in North or South Korea."""
        for place in places:
            record = self._place_records.get(place)
            if record is not None and record.country in KOREAS:
                return True
        return False

    def _korean_place_respelt(
        self, text: str, words: list[Token], first: int, last: int
    ) -> str | None:
        """The Korean place a hyphened name nobody knows spells by its syllables ("Pyung-Yang"
        is Pyongyang, "In-Chon" Incheon, "the Chung-Jin area" Chongjin): its letters, vowels
        folded as for persons, are one known place's; a word before the hyphen that no run
        took ("In" of "In-Chon") is part of it."""
        begin = first
        if (
            begin
            and words[begin - 1].capital
            and text[words[begin - 1].end : words[begin].start] == "-"
        ):
            begin -= 1
        written = text[words[begin].start : words[last].end]
        if "-" not in written or last - begin > 2:
            return None
        return self._korean_place_folded(written)

    def _korean_place_folded(self, written: str) -> str | None:
        """The one known Korean place ``written`` spells with other vowels ("North Hamgyeong
        province" is North Hamgyong Province, "Pyung-Yang" Pyongyang)."""
        if self._korean_folds is None:
            folds: dict[str, str | None] = {}
            for place in self._place_records.values():
                if place.country in {"North Korea", "South Korea"}:
                    for alias in (place.name, *place.aliases):
                        key = _korean_fold(alias)
                        for each in (key, VOICED_KEY + key.replace("k", "g")):
                            folds[each] = (
                                place.name if folds.get(each, place.name) == place.name else None
                            )
            self._korean_folds = folds
        key = _korean_fold(written)
        # (else with k and g one, as the romanisations write the one sound: "North Hamkyung
        # province" is North Hamgyong Province; never where the vowels alone tell one place)
        return self._korean_folds.get(key) or self._korean_folds.get(
            VOICED_KEY + key.replace("k", "g")
        )

    def _known_after_lower_direction(
        self, words: list[Token], first: int, written: str
    ) -> str | None:
        """The known Korean place a point of the compass in lower case opens ("in north
        Hamgyong province" is North Hamgyong Province), when the name after it is none."""
        before = words[first - 1] if first else None
        if (
            before is None
            or before.capital
            or before.key not in {"north", "south", "east", "west"}
            or words[first].start - before.end > 1
        ):
            return None
        return self._korean_place_folded(f"{before.key.capitalize()} {written}")

    def _relatives(self, entry: _Reading) -> None:
        """The words "Kim Jong Un’s sister" name Kim Yo Jong too, when the knowledge base says whose
        sister she is: the words are hers to speak ("…,” she said)."""
        for mention in list(entry.mentions):
            if mention.kind != "person":
                continue
            kin, at = KIN_AFTER.match(entry.text, mention.end), 0
            if kin is None:  # "leader Kim's powerful sister": one word between
                between = WORD_BEFORE_KIN.match(entry.text, mention.end)
                if between is not None:
                    kin = KIN_AFTER.match("'s " + entry.text[between.end() :])
                    at = between.end() - 3  # (where the text matched stands in the entry)
            relative = self._kin_of.get((mention.actor, kin.group("kin"))) if kin else None
            if kin is not None and relative is not None:
                entry.add(relative, mention.start, at + kin.end() if at else kin.end())
                continue
            before = KIN_OF_BEFORE.search(entry.text, max(0, mention.start - 60), mention.start)
            if before is None or NAME_AND_COMMA.search(entry.text, 0, before.start()):
                continue  # ("Kim Jong Nam, the son of Kim Jong Il": the name before is the son;
                # not "In her first statement, the sister of …")
            relative = self._kin_of.get((mention.actor, before.group("kin").lower()))
            if relative is not None:  # "the sister of Kim Jong Un issued a statement"
                entry.add(relative, before.start(), before.end())

    def _kin_by_first_names(self, entry: _Reading) -> None:
        """Relatives named by their first names ("Warmbier's parents, Fred and Cindy, said …")
        in apposition, after the surname of a person the entry names, are persons of that
        surname ("Fred Warmbier", "Cindy Warmbier"), as a reader writes them. Only a surname
        that ends its bearer's name (not "Kim's sons, Jong Un and Jong Chol": a Korean given
        name comes after the surname) and first names no known name takes."""
        for kin in KIN_FIRST_NAMES.finditer(entry.text):  # (mostly none: no sets built)
            owner = kin["owner"]
            taken = {start for start, _ in entry.actors}
            bearer = {a for _, a in entry.actors if a.endswith(" " + owner) and self._is_person(a)}
            if len(bearer) != 1:
                continue
            for group in ("first", "second"):
                given = kin[group]
                if (
                    given is None
                    or kin.start(group) in taken
                    or given.lower() in NOT_NAMES
                    or self._match(tokens(given))  # ("Reagan's aides, Seoul and Tokyo,")
                ):
                    continue
                key = tokens(owner)[0].key
                document, named_in = self.document.get(key), self._named_in.get(key)
                last_named = self._last_named.get(key)
                person = self._new_actor(f"{given} {owner}", None, None, person=True)
                if person is not None:
                    entry.add(person, kin.start(group), kin.end(group))
                    # the surname alone stays the bearer's ("Warmbier traveled …": Otto):
                    # the relatives were named by their first names, not by it
                    _put_back(self.document, key, document)
                    _put_back(self._named_in, key, named_in)
                    _put_back(self._last_named, key, last_named)

    def _spouse_by_first_name(self, entry: _Reading) -> None:
        """A spouse named by the first name alone right after a person the entry names ("Fred
        and his wife Cindy added", "Tom Hale and her husband Ray said"): that first name and
        the person's surname ("Cindy Warmbier"), as a reader writes it. Only a surname that
        ends its bearer's name (a Korean given name comes after the surname) and a first name
        no known name takes; none where a surname follows ("his wife Hillary Clinton")."""
        ends: dict[int, list[Mention]] | None = None  # the persons by where they end
        for spouse in SPOUSE_FIRST_NAME.finditer(entry.text):
            if ends is None:
                ends = {}
                for mention in entry.mentions:
                    if mention.kind == "person":
                        ends.setdefault(mention.end, []).append(mention)
            at = spouse.start()  # right before it, but for spaces and commas (not a person
            while at and entry.text[at - 1] in " ,":  # named after it: "Tom Hale and his
                at -= 1  # wife Ann met Sara Lind" is Ann Hale)
            before = [m for end in range(at, spouse.start() + 1) for m in ends.get(end, [])]
            given = spouse["first"]
            if len(before) != 1 or given.lower() in NOT_NAMES or self._match(tokens(given)):
                continue
            record = self.records.get(before[0].actor)
            surname = before[0].actor.rpartition(" ")[2]
            key = surname_of(before[0].actor, record.affiliation if record else None)
            if key is None or " " not in before[0].actor or key != tokens(surname)[0].key:
                continue
            document, named_in = self.document.get(key), self._named_in.get(key)
            last_named = self._last_named.get(key)
            person = self._new_actor(f"{given} {surname}", None, None, person=True)
            if person is not None:
                entry.add(person, spouse.start("first"), spouse.end("first"))
                _put_back(self.document, key, document)  # (the surname alone stays the
                _put_back(self._named_in, key, named_in)  # bearer's, as for other kin
                _put_back(self._last_named, key, last_named)  # named by first names)

    def _read(self, text: str, date: str) -> _Reading:
        """The entry's words and the name forms they match, and the per-entry indexes the
        rules look things up in (so that no rule looks through every match again: an entry
        of thousands of names stays linear)."""
        words = tokens(text)
        if "-" in text and CAPITALS_JOINED.search(text):
            words = self._state_pairs(self._surname_pairs(words))
        matched = self._match(words)
        unglued = self._unglued(text, words, matched)
        if unglued is not None:  # ("Kim Jong Unsigned": read again as "Kim Jong Un signed")
            text, words = unglued, tokens(unglued)
            if "-" in text and CAPITALS_JOINED.search(text):
                words = self._state_pairs(self._surname_pairs(words))
            matched = self._match(words)
        self._text = text
        korean_names = False
        if any(m[2][0] == "surname" and m[2][1] in KOREAN_SURNAMES for m in matched):
            before = len(matched)
            matched = _without_surnames_in_korean_names(words, matched)
            korean_names = len(matched) < before
        full_names = {m[2][1] for m in matched if m[2][0] == "actor" and self._is_person(m[2][1])}
        matched_at = {first for first, _, _ in matched}  # (most names are one word: no range)
        for first, last, _ in matched:
            if last > first:
                matched_at.update(range(first + 1, last + 1))
        self._starting = {m[0]: m for m in matched}
        self._ending = {m[1] for m in matched}
        self._capital_place = {}
        self._named_states = None  # which states the entry names: computed when first needed
        entry = _Reading(
            text, date, words, matched, matched_at, full_names, self.kinds, self.international
        )
        entry.korean_names = korean_names
        return entry

    def _unglued(
        self, text: str, words: list[Token], matched: list[tuple[int, int, tuple[str, ...]]]
    ) -> str | None:
        """The entry with a space put back where a typo glued a known person's name to the next
        word ("North Korean leader Kim Jong Unsigned a document": Kim Jong Un signed it), or
        None. The word must end the person's name form at once and go on as a verb ("signed",
        "said", "visiting", "met"), after the name's other words: "Ambassador Kim Jong Unho"
        stays a name."""
        if self._glued_ends is None:
            ends: dict[str, set[tuple[str, ...]]] = {}
            for forms in self.by_first.values():
                for form in forms:
                    if len(form.keys) > 1 and self._is_person(form.target[1]):
                        ends.setdefault(form.keys[-1], set()).add(form.keys[:-1])
            self._glued_ends = ends
        ends = self._glued_ends
        for _, last, target in matched:  # (a glued name opens with its surname: "Kim", "Xi":
            if target[0] != "surname":  # the whole name matched no form)
                continue
            for at in range(last + 1, min(last + 3, len(words))):
                key = words[at].key
                if (
                    not (words[at].capital or words[at].joined)
                    or not key.endswith(GLUED_ENDINGS)
                    or key in self.by_first
                ):
                    continue
                for cut in range(2, len(key) - 2):
                    rest = key[cut:]
                    if (
                        key[:cut] in ends
                        and (
                            rest in GLUED_VERBS or (len(rest) > 3 and rest.endswith(("ed", "ing")))
                        )
                        and any(
                            tuple(w.key for w in words[at - len(keys) : at]) == keys
                            for keys in ends[key[:cut]]
                            if len(keys) <= at
                        )
                    ):
                        split = words[at].start + cut
                        return text[:split] + " " + text[split:]
        return None

    def _state_pairs(self, words: list[Token]) -> list[Token]:
        """Two states' names joined by a hyphen ("the Russia-North Korea summit", "Japan-South
        Korea ties") are two names: the second is read as a word of its own, so that "North
        Korea" is found, not "Korea" alone. Only after a state's name ("Sino-Japanese",
        "African-American" stay one word)."""
        if self._state_keys is None:
            states = {n for n, kind in self.kinds.items() if kind == "state"}
            keys = {
                form.keys
                for forms in self.by_first.values()
                for form in forms
                if form.target[0] == "actor" and form.target[1] in states  # (no capitals:
            }  # "the London-Paris route" is a route)
            capitals = frozenset(
                form.keys
                for forms in self.by_first.values()
                for form in forms
                if form.target[0] == "capital"
            )
            self._state_keys = (
                frozenset(k[0] for k in keys | capitals),
                frozenset(keys),
                capitals,
            )
        first_keys, all_forms, capitals = self._state_keys
        either = all_forms | capitals
        split: set[int] = set()
        for at in range(1, len(words)):
            word = words[at]
            if not (word.joined and word.capital and word.key in first_keys):
                continue
            before = next(
                (
                    size
                    for size in (3, 2, 1)
                    if size <= at and tuple(w.key for w in words[at - size : at]) in either
                ),
                0,
            )
            after = next(
                (
                    size
                    for size in (3, 2, 1)
                    if tuple(w.key for w in words[at : at + size]) in either
                ),
                0,
            )
            if not before or not after:
                continue
            opening, closing = at - before - 1, at + after
            # (a chain of three: "Seoul-Washington-Tokyo", the next name joined on)
            chained = closing < len(words) and words[closing].joined
            # (the name before is itself joined on, or was till this loop split it)
            chained_on = words[at - before].joined or at - before in split
            if (
                opening >= 0
                and words[opening].capital
                and words[opening].key != "the"
                and not chained_on
            ) or (closing < len(words) and words[closing].capital and not chained):
                continue  # "the Joint American-Soviet Commission": one body's name
            if (
                tuple(w.key for w in words[at - before : at]) not in all_forms
                or tuple(w.key for w in words[at : at + after]) not in all_forms
            ) and not self._relation_after(words, closing):
                continue  # capitals: "Seoul-Washington-Tokyo cooperation", not "the
                # London-Paris route" (a route)
            words[at] = word._replace(joined=False)
            split.add(at)
        return words

    def _states_of_new_forces(self, entry: _Reading) -> None:
        """A force the knowledge base lacks, named by its state's adjective or name and a
        service ("the Russian Navy", "the Indian Air Force"): the state as well, as a state
        acts through its forces (README rule 1: "the navy written as the text names it")."""
        for start, actor in list(entry.actors):
            if actor not in self.new:
                continue
            named = NEW_FORCE_NAME.fullmatch(actor)
            if named is None:
                continue
            state = next(
                (
                    form.target[1]
                    for form in self.by_first.get(named["state"].lower(), ())
                    if form.target[0] == "actor"
                    and len(form.keys) == 1
                    and self.kinds.get(form.target[1]) == "state"
                ),
                None,
            )
            state = self._in_time(state, entry.date) if state is not None else None
            if state is not None and state not in entry.first_at:
                entry.add(state, start, start + len(actor))

    def _korean_forces(self, entry: _Reading) -> None:
        """ "Korean troops", "the Korean military", "Korean army troops" after 15 August 1948,
        no North or South before: South Korea's forces (and so South Korea), as "Korea" alone
        after 1948 is South Korea (the README's rule of actors, and rule 1); not "inter-Korean
        military talks", "non-Korean military personnel", "North Korean forces"."""
        if "Republic of Korea Armed Forces" not in self.kinds:
            return
        for forces in KOREAN_FORCES.finditer(entry.text):
            for actor in ("Republic of Korea Armed Forces", "South Korea"):
                if actor not in entry.first_at:
                    entry.add(actor, forces.start(), forces.end())

    def _handles(self, entry: _Reading) -> None:
        """A social-media handle that writes a known body's or person's name of two words
        or more without its spaces ("@AustralianArmy’s finest", "@UNSecurityCouncil") is
        that actor, as its name would be; a handle nobody's name spells ("@ChesterfieldO5")
        is none."""
        if self._handle_keys is None:
            self._handle_keys = {
                "".join(form.keys): form.target[1]
                for forms in self.by_first.values()
                for form in forms
                if form.target[0] == "actor" and len(form.keys) >= 2
            }
        for handle in HANDLE.finditer(entry.text):
            actor = self._handle_keys.get(handle["name"].lower())
            if actor is not None and actor not in entry.first_at:
                entry.add(actor, handle.start(), handle.end())

    @staticmethod
    def _relation_after(words: list[Token], at: int) -> bool:
        """Whether a noun of states' relations ("cooperation", "talks", "ties") or of the
        documents they sign ("pact", "accord": "the Berlin-Moscow pact") follows the chain of
        capitals a hyphen joins that ends before ``at`` (further names joined on skipped)."""
        while at < len(words) and words[at].joined and words[at].capital:
            at += 1
        return at < len(words) and (
            words[at].key in RELATION_NOUNS or words[at].key in DOCUMENT_NOUNS
        )

    def _surname_pairs(self, words: list[Token]) -> list[Token]:
        """Two known surnames joined by a hyphen are two persons ("the Kim-Putin summit":
        who met), not one hyphenated name: the second is read as a word of its own. Not
        inside a name ("Roh Moo-Hyun": a capital before the pair)."""
        surnames = self.surnames
        for at in range(1, len(words)):
            word, before = words[at], words[at - 1]
            if (
                word.joined
                and word.capital
                and not word.upper
                and before.capital
                and word.key in surnames
                and before.key in surnames
                and not (at > 1 and words[at - 2].capital and before.start - words[at - 2].end <= 1)
            ):
                words[at] = word._replace(joined=False)
        return words

    def _known_name(self, entry: _Reading, index: int, resolving_late: bool = False) -> None:
        """One matched name form, by the rule of its kind (module docstring)."""
        words, text, date, add = entry.words, entry.text, entry.date, entry.add
        first, last, target = entry.matched[index]
        taken = first in entry.covered  # (by a title before it: "Capt. Kim Gyeong-il")
        if first == last:
            entry.covered.add(first)
        else:
            entry.covered.update(range(first, last + 1))
        start, end = words[first].start, words[last].end
        kind = target[0]
        if kind in {"actor", "place"}:  # "talks at the Kumsusan Palace": the guesthouse
            read = read_by_context(self._by_context, target[1], text[start:end], text, start)
            target = (kind, read, *target[2:])
        following = words[last + 1] if last + 1 < len(words) else None
        if (
            (kind == "surname" or (kind == "actor" and self.kinds.get(target[1]) == "person"))
            and ("-" in text[max(0, start - 1) : start] or text[end : end + 1] == "-")
            and _hyphened_document(text, words, first, last)
        ):
            return  # "the Nixon-Chou communique", "the Tanaka-Chou communique": a document
            # named after its signers (no actor, as "the Panmunjom Declaration" is no place)
        if _ship_named(words, first, last):
            return  # "the USS George Washington", "HMS Belfast": a ship (README: no actor)
        if (
            kind in {"actor", "capital", "korea"}
            and following is not None  # (what _inside_longer_name looks at first)
            and (following.capital or following.key[:1].isdigit())
            and self._inside_longer_name(entry, first, last)
        ):
            return
        if kind == "actor" and _continent_of_the_americas(text, words, first, last):
            return  # "the North American Free Trade Agreement", "Latin American leaders"
        if kind in {"capital", "place"} and first and words[first - 1].key in RIVER_BEFORE:
            return  # "rzeka Moskwa": the river, neither the city nor its state
        if kind == "actor":
            signs = LANGUAGE_ACRONYMS.get(text[start:end])
            if signs is not None and not writes_language(text, signs):
                return  # "The ONZ report": Polish "ONZ", Czech "OSN" only in their language
            in_time = self._in_time(target[1], date)
            if in_time is None:
                return  # a state's name before the state (Russia in 1812)
            if not self._cued(in_time, text):  # "Georgia" with no word of the country's
                entry.findings.unresolved.append(  # ("Tbilisi", "Russia"): maybe the US state
                    Unresolved(text[start:end], f"ambiguous: {in_time} or another of that name")
                )
                return
            if _culture_of_a_people(words, first, last, target[1]):
                return  # "the Russian ballet", "Japanese cuisine": a people's art, no actor
            if (
                first == last
                and (self._english if self._english is not None else self._says_english(text))
                and self.kinds.get(in_time) == "state"
                and _in_a_list_of_languages(text, words, first)
            ):
                return  # "six copies each in English, Korean, Chinese": languages
            name = in_time
            if (
                self.kinds.get(name) == "state"
                and entry.names_a_ministry
                and self._states_ministry(entry, name, first, last)
            ):
                return  # "Japan's Foreign Affairs ministry": the ministry
            if (
                following is not None
                and self.kinds.get(name) not in PERSON_OR_STATE
                and not words[last].possessive
                and _building_after(words, last)
            ):
                return  # "outside the National Assembly building", "its main gate": the
                # body's building, neither the body acting nor a place the base holds
            if (
                following is not None
                and following.key in CRAFT_EVENT_NOUNS
                and self.kinds.get(name) == "company"
            ):
                return  # "Korean Air Flight 858", "the Korean Air bombing": a flight's or an
                # incident's name (a name inside a name), not the airline acting
            if (
                following is not None
                and following.key in MADE_WORDS
                and text[end : following.start] == "-"
                and self.kinds.get(name) == "state"
            ):
                return  # "US-made missiles", "Soviet-built jets": where a thing was made
            if (
                name == "South Korea"
                and first
                and words[first].key == "republic"
                and words[first - 1].key == "democratic"
                and words[first - 1].capital  # (not "democratic South Korea", "the democratic
            ):  # Republic of Korea": its words of praise)
                add("North Korea", words[first - 1].start, end)  # "the People's Democratic
                return  # Republic of Korea", "Democratic Republic of Korea": the DPRK's words
            if (
                following is not None
                and following.key in FORUM_MEMBERS
                and self.kinds.get(name) == "forum"
                and words[last].key not in FORUM_WORDS
            ):
                return  # "its Six Party partners": the states of the talks, not the talks acting
            if (
                following is not None
                and following.key == "forces"
                and following.capital
                and last + 3 < len(words)
                and words[last + 2].key == "in"
                and words[last + 3].capital
            ):
                place = text[words[last + 3].start : words[last + 3].end]
                command = self._match(tokens(f"{text[start : following.end]} {place}"))
                if len(command) == 1 and command[0][0] == 0 and command[0][1] == last - first + 2:
                    known = command[0][2][1] if command[0][2][0] == "actor" else None
                    if known is not None and self.kinds.get(known) == "military":
                        add(known, start, words[last + 3].end)  # "U.S. Forces in Korea": the
                        entry.covered.update(range(first, last + 4))  # command "U.S. Forces
                        entry.absorbed.add(last + 3)
                        return  # Korea" written with "in" (not the forces and a place)
            if (
                following is not None
                and (
                    following.key in FORCES_OF_A_STATE
                    or following.key in FORCE_MODIFIERS  # ("and": "U.S. and ROK forces")
                    or text[end : following.start] == "/"  # ("US/UN/ROK forces")
                )
                and self._forces_named(entry, name, last) is not None
            ):
                return  # "U.S. troops", "UN forces": the state's armed forces (README, rule 1)
            if first >= 2 and words[first - 1].key in {"of", "communist", "from"}:
                self._forces_of(entry, name, first)  # "forces of Communist North Korea"
            if (
                self.kinds.get(name) == "state"
                and following is not None
                and following.start - end <= 1
                and (
                    following.key in THING_WORDS
                    or (
                        following.key in {"civil", "cold"}
                        and last + 2 < len(words)
                        and words[last + 2].key == "war"
                    )
                )
                and not _mission_acting(text, words, last + 1)
                and not (  # "the North Korean peninsula": the state's half of it, named
                    following.key == "peninsula"  # by its adjective (README, held-out-20's
                    and words[first].key in {"north", "south"}  # call), not the peninsula
                )
            ):
                return  # "Korean War", "Russian legation", "Japanese embassy", "Chinese civil war"
            if (
                following is not None
                and (
                    following.key in WEAPON_WORDS
                    or (  # "Rodong ballistic missiles"
                        following.key in WEAPON_KINDS
                        and last + 2 < len(words)
                        and words[last + 2].key in WEAPON_WORDS
                    )
                )
                and not following.capital
                and following.start - end <= 1
                and self.kinds.get(name) in {"media", "organization"}
            ):
                return  # "Rodong missiles": a missile named like a newspaper
            if (
                following is not None
                and following.capital
                and self.kinds.get(name) == "military"
                and not words[last].possessive
                and _model_after(words, last + 1)
            ):  # "a U.S. Navy EC-121 reconnaissance aircraft", "U.S. Air Force F-22 Raptor
                state = self.records[name].affiliation  # fighters": a craft named by its
                if state is not None and self.kinds.get(state) == "state":  # model is the
                    add(state, start, end)  # force's thing: the state, as the force's name
                return  # used as an adjective is (README, rule 1), like "Rodong missiles"
            if (
                following is not None
                and not words[last].possessive  # ("the military's proposal": its own)
                and _force_as_adjective(following, words[last].key)
                and following.start - end <= 1
                and words[last].key in FORCE_NOUNS
                and self.kinds.get(name) == "military"
            ):  # "a South Korean military official", "military drills": the state's, as
                state = self.records[name].affiliation  # the corpus annotates them
                if state is not None and self.kinds.get(state) == "state":
                    add(state, start, end)
                return
            if (
                self.kinds.get(name) == "state"
                and first >= 2
                and words[first - 1].key == "for"
                and words[first - 2].key in OFFICE_FOR
                and following is not None
                and following.capital
            ):
                return  # "Special Representative for North Korea Sung Kim": his office's name
            if (
                self.kinds.get(name) == "state"
                and following is not None
                and self._body_of_state_next(name, last, end, following)
            ):
                return  # "the South Korean KCIA": the agency only (README)
            if (
                self.kinds.get(name) == "state"
                and following is not None
                and last + 2 < len(words)
                and (following.key, words[last + 2].key) == ("security", "council")
                and following.capital
                and words[last + 2].capital
                and following.start - end == 1
                and not words[last].possessive
            ):  # "the Kazakh Security Council": that state's council, a body of its own, not
                # the UN's (as "North Korean Red Cross" is the body only)
                council_end = words[last + 2].end
                new = self._new_actor(text[start:council_end], None, None, kind="organization")
                if new is not None:
                    entry.covered.update(range(first, last + 3))
                    entry.absorbed.add(last + 1)  # (not the UN's "Security Council" too)
                    add(new, start, council_end)
                return
            if not words[first].capital and _longer_name(words, last, self._starting):
                return  # "the North Atlantic" is not "the North"
            if (
                self.kinds.get(name) == "state"
                and first
                and words[first - 1].key == "air"
                and words[first - 1].capital
                and text[words[first - 1].end : start] == " "
                and not (first >= 2 and words[first - 2].capital)  # ("Royal Air …")
                and not (following is not None and following.key in AIR_ARMS)
            ):  # "an Air China flight", "Air India": the airline named after its state, a
                new = self._new_actor(text[words[first - 1].start : end], None, None,
                                      kind="company")  # fmt: skip
                if new is not None:  # company of its own, not the state
                    add(new, words[first - 1].start, end)
                return
            if (
                first == last
                and first
                and words[first].key in ASSEMBLY_WORDS
                and (
                    (words[first - 1].key in OWN_ASSEMBLY and first - 1 not in entry.matched_at)
                    # "the Workers' Party Congress": the congress of the party just named
                    or (words[first - 1].key == "party" and first - 1 in entry.matched_at)
                    or (
                        words[first].key == "congress"
                        and _low_ordinal(words[first - 1].key)
                        and entry.date >= US_CONGRESS_PAST_TWENTY
                    )
                )
            ):
                return  # "our Party Congress", "the National People's Congress": not the US's
                # (nor "the Eighth Congress" of a party: the US's is past its twentieth)
            if (
                first == last
                and words[first].key in PERSONAL_NAME_STATES
                and _in_a_persons_name(words, first, entry.matched_at)
            ):
                entry.covered.discard(first)
                return  # "Michael Jordan", "Tom Holland", "Jordan Peterson": a person's name
            if (
                first == last
                and first
                and words[first - 1].key in {"a", "an"}
                and self.kinds.get(name) == "state"
                and words[first].key == name.lower()
                and text[end : end + 1] not in {"-", "–"}  # ("a China-based company")
            ):
                return  # "Trump pardoned a Turkey named Bread", "a China cabinet": a thing
                # the state's name also means (no state takes "a"; "a Japanese" is another form)
            if (
                first
                and last > first  # (not an acronym: "Supreme U.N. commander")
                and not words[first].upper
                and self.kinds.get(name) not in {"state", "person"}
                and _word_opens_name(text, words, first - 1)
                and first - 1 not in entry.matched_at
                and words[first - 1].key != "communist"
            ):  # "the National Security Council" is not the UN's: a body of its own; "the
                # Communist North Korean army" is the army ("Communist China": the state)
                new = self._new_actor(text[words[first - 1].start : end], None, None)
                if new is not None:
                    add(new, words[first - 1].start, end)
                return
            if (
                start <= 60
                and self.kinds.get(name) == "media"
                and WIRE_CREDIT.match(text, end)
                and text[:start].rstrip().endswith(("(", "{", "["))
                and (
                    text[:start].rstrip()[:-1].strip()[:1].isupper()  # (a dateline before it)
                    or (  # (or none: the credit opens the entry, a dash after it)
                        not text[:start].rstrip()[:-1].strip()
                        and OPENING_CREDIT_DASH.match(text, end) is not None
                    )
                )
                and not re.search(r"[.!?;]", MONTH_ABBREVIATED.sub("", text[:start]))
            ):  # ("PYONGYANG/SEOUL, Oct. 3 (Xinhua) --": a month's stop ends no sentence)
                return  # "SEOUL, South Korea (AP) —": the wire's credit after the dateline,
                # not one who acts; "(AFP)--Japan protested", "(CNN) -- Reaction …": the
                # credit of a dateline whose city the copy left out (README, rule 5)
            if following is not None and following.key in AGENCY_OPENERS:
                television = STATE_TELEVISION.match(text, end)
                own = self._state_agency(name, "state television") if television else None
                if own is not None and television is not None:
                    add(own, start, television.end())  # "North Korean state television":
                    entry.covered.update(  # KCTV, the broadcaster only (README, rule 8)
                        i
                        for i in range(last + 1, last + 6)
                        if words[i : i + 1] and words[i].end <= television.end()
                    )
                    return
            add(name, start, end)
            if self._is_person(name):
                self._remember(name)
            elif following is not None and following.key in AGENCY_OPENERS:
                agency = STATE_AGENCY.match(text, end)
                own = self._state_agency(name) if agency is not None else None
                if own is not None:  # "North Korea’s state news agency": KCNA, beside the state
                    add(own, start, agency.end())  # type: ignore[union-attr]
        elif kind == "place":
            if CLOCK_AFTER.match(text, end) or CLOCK_BEFORE.search(text, max(0, start - 12), start):
                return  # "hora de Tokio", "Tokio time": a clock's zone, not where it happened
            if words[first].key == "the" and words[last].key == "peninsula":
                if self._peninsula is not None:  # "the peninsula": the one the document
                    entry.places.append(self._peninsula)  # named in full, none before that
                return  # (a chronology of Crimea's is not on the Korean Peninsula)
            if words[last].key == "peninsula":
                self._peninsula = target[1]
            if (
                words[last].possessive
                and following is not None
                and any(w.key in GOVERNMENT_AFTER for w in words[last + 1 : last + 3])
            ):
                return  # "cut off Rangoon’s diplomatic relations with Pyongyang": a government
            if (
                (following is not None and (following.capital or following.key in DOCUMENT_NOUNS))
                or (first >= 2 and words[first - 1].key == "of")
            ) and _names_a_document(words, first, last):
                return  # "the Panmunjom Declaration", "the Treaty of San Francisco"
            if (
                following is not None
                and following.key in JURISDICTION_TITLES
                and following.start - end <= 1
                and self._place_kinds.get(target[1]) not in {"city", "capital"}
            ):
                return  # "New Mexico Gov. Bill Richardson": the office's state, not where
            if following is not None and following.capital:
                organisation = _organisation_after(words, last, entry.matched_at)
                if organisation is not None:  # "Daegu Vocational Middle School": a school's
                    # name, not the city; "the Chicago Tribune", "Busan Shipping Company": a
                    # newspaper or a company named after its city, that body
                    if not self._body_named_after_city(entry, first, organisation) and (
                        words[organisation].key in BODY_WORDS
                        or (  # ("Busan National University Hospital": its hospital, whole)
                            words[organisation].key in CITY_INSTITUTIONS
                            and words[organisation - 1].key in BODY_WORDS
                        )
                    ):  # "Chonnam National University", "Busan Science Institute": a body
                        # named after its place, as after a capital ("Seoul National
                        # University"); none where one went ("while visiting Pusan National
                        # University"), nor its words' tail ("National University")
                        opening = first
                        if (
                            first >= 2
                            and words[first - 1].key == "of"
                            and words[first - 2].capital
                            and words[first - 2].key in BODY_WORDS
                        ):  # "the University of Cincinnati Medical Center": the name
                            opening = first - 2  # opens with its university, as written
                        entry.covered.update(range(opening, organisation + 1))
                        name_at = (words[opening].start, words[organisation].end)
                        new = (
                            self._new_actor(text[slice(*name_at)], None, None)
                            if not (first and words[first - 1].key in VISITING)
                            else None
                        )
                        if new is not None:
                            entry.add(new, *name_at)
                    return
                if (
                    following.key in ARCHIVE_LAST_WORDS
                    and last + 1 not in entry.matched_at
                    and (last + 2 >= len(words) or not words[last + 2].capital)
                    and self._body_named_after_city(entry, first, last + 1)
                ):  # "the Vienna Philharmonic": the orchestra, not the city (not "Vienna
                    return  # Philharmonic Hall": a site)
            site_end = (
                _site_after(words, last, entry.matched_at)
                if following is not None and following.capital
                else None
            )
            if (
                following is not None
                and following.key in LANDFORM_AFTER_PLACE
                and not following.capital
                and following.start - end == 1
                and self._place_kinds.get(target[1]) not in WATER_KINDS
            ):  # "the Kapyong valley": the Kapyong Valley (as "the Kapyong Valley" is read)
                entry.places.append(f"{text[start:end]} {following.key.title()}")
                entry.covered.add(last + 1)
            elif (
                site_end == last + 1
                and following is not None
                and self._place_kinds.get(target[1]) == following.key
            ):
                entry.places.append(target[1])  # "Sakhalin Island": the island Sakhalin
                entry.covered.add(site_end)
            elif site_end is not None:  # "Pusan Perimeter", "Busan Railway Station": its own
                entry.places.append(text[start : words[site_end].end])
                entry.covered.update(range(first, site_end + 1))
            else:
                entry.places.append(target[1])
                if first < last and words[first].possessive:  # "Russia's Far East": Russia's
                    owner = self._in_time(_country_of(target[1]), date)
                    if owner and text[start : words[first].end].startswith(owner):
                        add(owner, start, words[first].end)
        elif kind == "capital":
            if (
                (
                    first == last
                    and words[first].key in PERSONAL_NAME_CAPITALS
                    and first
                    and first - 1 not in entry.matched_at  # (the cheap test first)
                    and _in_a_persons_name(words, first, entry.matched_at, sides=(-1,))
                    and (
                        not first
                        or not _opens_sentence(text, words, first - 1)
                        or words[first - 1].key in self._western_given_names()
                    )  # ("Both Washington and Seoul", "Talks Washington …": no person)
                )
                or (
                    first == last
                    and words[first].key in PERSONAL_NAME_CAPITALS
                    and not _title_case(text)  # ("Washington Warns Pyongyang": a headline's verb)
                    and not (  # ("Washington State passes a law": the state of the union)
                        following is not None and _state_of_a_union(text, words, first, last)
                    )
                    and (
                        _surname_after_given_capital(words, first, entry.matched_at)
                        or (  # "Washington Irving" again, the person the document named
                            first + 1 < len(words)
                            and POSSESSIVE_END.sub(
                                "", text[words[first].start : words[first + 1].end]
                            )
                            in self.new
                        )
                    )
                )
            ):
                entry.covered.discard(first)
                return  # "Denzel Washington", "Washington Irving": a person's name
            if (
                (
                    (following is not None
                     and (following.capital or following.key in DOCUMENT_NOUNS))
                    or (first >= 2 and words[first - 1].key == "of")
                )
                and _names_a_document(words, first, last)
                and not (first and text[words[first - 1].end : start] in {"-", "–"})
            ):  # fmt: skip
                return  # "the Pyongyang Declaration", "the Moscow Conference"; not "the
                # Berlin-Moscow pact": two capitals, each its state (as "Seoul-Washington
                # ties" reads them)
            if following is not None and _state_of_a_union(text, words, first, last):
                entry.places.append(text[start : following.end])  # "Washington State passes
                entry.covered.update(range(first, last + 2))  # a law", "in Washington state"
                return
            if following is not None or first:
                other = _route_end(text, words, first, last)
                if other is not None:  # "Die Strecke Kalkutta - London", "the London–Calcutta
                    entry.places.append(target[2])  # flight": the route's ends, no state acting
                    if other not in entry.matched_at and other not in entry.covered:
                        entry.places.append(text[words[other].start : words[other].end])
                        entry.covered.add(other)
                    return
            site_end = (
                _site_after(words, last, entry.matched_at)
                if following is not None and following.capital
                else None
            )
            if site_end is not None:  # "the Seoul Railway Station": a place of its own
                entry.places.append(text[start : words[site_end].end])
                entry.covered.update(range(first, site_end + 1))
                return
            if following is not None and following.key in COURT_NOUNS:
                entry.places.append(target[2])  # "A Seoul court sentenced …": the court of
                return  # that city, no government acting
            if following is not None and following.key in POSTED_AT:
                return  # "Tokyo Correspondent Juliet Hindell", "our Paris bureau": where a
                # reporter is posted, neither the state acting nor a place of the event
            as_place = self._as_place(words, first, entry.matched, index) or (
                entry.says_for and BOUND_FOR.search(text, max(0, start - 60), start) is not None
            )  # "The flight left Anchorage for Seoul": where it went, no state acting
            self._capital_place[index] = as_place
            if as_place:
                entry.places.append(target[2])
                if _officials_in(words, first):  # "Officials in Tokyo say": the city, and
                    state = self._in_time(target[1], date)  # its government speaking
                    if state is not None:
                        add(state, start, end)
                if first <= 1 and _dateline(self._text, words, first):  # "SEOUL– …": the
                    self._dateline_state = self._in_time(target[1], date)  # story's state
            else:
                state = self._in_time(target[1], date)
                if (
                    state is not None
                    and words[last].possessive
                    and following is not None
                    and following.key in FORCES_OF_A_STATE
                    and self._forces_named(entry, state, last) is not None
                ):
                    return  # "Pyongyang's forces shelled the island": its government's
                    # armed forces, as "North Korea's forces" are (README, rule 1)
                if (
                    state is not None
                    and words[last].possessive
                    and entry.names_a_ministry
                    and self._states_ministry(entry, state, first, last)
                ):
                    return  # "Beijing's foreign ministry": its government's ministry, as
                    # "China's foreign ministry" is (a capital for its government)
                if state is not None:
                    add(state, start, end)
        elif kind == "korea":
            prefixed = PREFIXED_KOREA.search(text, max(0, start - 16), start)
            if prefixed is not None and date >= SOUTH_KOREA_FOUNDED:
                # "pro-North Korea forces", "anti-North Korea groups": the state the prefix
                # takes whole (its "North" is joined to the prefix, not read with "Korea")
                add(KOREAS_BY_SIDE[prefixed.group(1).lower()], prefixed.start(1), end)
            elif (
                self._north_voice
                and date >= DPRK_PROCLAIMED
                and not (following is not None and following.key in THING_WORDS)
                and not _whole_country(words, first)
            ):  # "Juche Korea", "the east coast of Korea" in KCNA's own article: the North's
                add("North Korea", start, end)  # own state (the README's rule of "Korea" alone)
            elif (
                date >= SOUTH_KOREA_FOUNDED
                and not (following is not None and following.key in THING_WORDS)
                and not _whole_country(words, first)
                and not (
                    entry.names_a_ministry
                    and self._states_ministry(entry, "South Korea", first, last)
                )  # ("Korea’s Foreign Affairs ministry": the ministry, added there)
            ):
                add("South Korea", start, end)
        elif kind == "side":
            if last > first and not (
                (following is None or following.key != "of")
                and (self._koreas_before or any(a in KOREAS for _, a in entry.actors))
            ):
                return  # "the south side of the river"; "the north side" with no Korea in sight
            if not words[first].joined and not (
                following is not None and following.capital and following.start - end <= 1
            ):
                add("North Korea" if target[1] == "north" else "South Korea", start, end)
        elif kind == "collective":
            for member in target[1:]:
                add(member, start, end)
        elif kind == "surname":
            if _family_rule(words, first, last):
                return  # "the Kim regime", "the Bush dynasty": a family's rule, no one person
            if _common_word_opening(text, words, first):
                entry.covered.discard(first)
                return  # "Lie detector tests …", "Brown rice prices …": a word, no surname
            given = self._given_name_before(words, first, target[1])
            if (
                _longer_name(words, last, self._starting)
                or given
                or self._korean_surname_pair(entry, first, last)
            ):  # "Lee Ki-shik", "Song Tao"; "Jerome Powell", "Capitol Hill"; "Kim Jeong"
                if given:
                    entry.given_named.add(target[1])
                if not taken:
                    entry.covered.difference_update(range(first, last + 1))
                return
            if target[1] in entry.given_named and not resolving_late:
                entry.after_given.append(index)  # "Hans Merkel … Merkel said": whom the
                return  # given name made new, once the entry's new names are read
            if entry.longer_names is None:  # (one pass an entry, and only when a surname
                # is matched twice: the only case the rule is about)
                twice = Counter(m[2][1] for m in entry.matched if m[2][0] == "surname")
                entry.longer_names = (
                    _longer_unknown_names(words, entry.matched_at)
                    if entry.korean_names or any(n > 1 for n in twice.values())
                    else {}
                )
            if any(at != first for at in entry.longer_names.get(target[1], ())):
                entry.deferred.append((target[1], start, end))
                return  # "Han Min Ku … told Han": the new person, once the entry names him
            reported = len(entry.findings.unresolved)
            resolved = self._surname(
                words,
                entry.matched,
                index,
                date,
                entry.full_names,
                text,
                entry.findings,
                named_before=entry.first_at,
            )
            if resolved:
                add(resolved, start, end)
            elif len(entry.findings.unresolved) > reported:
                entry.unknown_spans.append((start, end))  # someone: no pronoun may skip him
        elif kind == "title":
            self._title(words, entry.matched, index, date, text, entry.findings, add, entry.covered)

    def _cued(self, name: str, text: str) -> bool:
        """Whether the entry holds one of the words the knowledge base's record asks for
        before its name forms mean it (``cues``: "Tbilisi" or "Russia" for Georgia the
        country), or the record asks for none."""
        record = self.known.get(name)
        return record is None or not record.cues or _holds_a_cue(text, record.cues)

    def _korean_surname_pair(self, entry: _Reading, first: int, last: int) -> bool:
        """Whether the surname matched at ``first`` is one of two Korean surnames side by side
        that the knowledge base's persons bear ("Kim Jeong", "Park Han"): one person nobody
        knows, by his surname and given name, never two known persons."""
        if first != last:
            return False
        words = entry.words

        def pair(at: int) -> bool:  # the words at and at + 1
            return (
                at >= 0
                and at + 1 < len(words)
                and all(
                    words[i].capital
                    and not words[i].upper
                    and words[i].key in KOREAN_SURNAMES
                    and self._starting.get(i, (0, 0, ("",)))[2][0] == "surname"
                    for i in (at, at + 1)
                )
                and entry.text[words[at].end : words[at + 1].start] == " "
                and not words[at].possessive
                and not words[at + 1].joined
            )

        return pair(first) or pair(first - 1)

    def _body_named_after_city(self, entry: _Reading, first: int, last: int) -> bool:
        """A newspaper, a company or an orchestra named after its city ("the Chicago
        Tribune", "Busan Shipping Company", "New York Philharmonic"), the words ``first`` …
        ``last``: a new body, by its last word (``_body_by_its_last_word``); a school or
        another site named so is left."""
        words, text = entry.words, entry.text
        kind = _body_by_its_last_word(text, words, first, last)
        if kind is None:
            return False
        new = self._new_actor(text[words[first].start : words[last].end], None, None, kind=kind)
        if new is None:
            return False
        entry.add(new, words[first].start, words[last].end)
        entry.covered.update(range(first, last + 1))
        return True

    def _body_of_state_next(self, state: str, last: int, end: int, following: Token) -> bool:
        """Whether the name right after a state's name is a known body of that state: an
        organisation named after its state by the state's adjective is the organisation only
        ("South Korean KCIA")."""
        body = self._starting.get(last + 1)
        if body is None or body[2][0] != "actor":
            return False
        record = self.records.get(body[2][1])
        return (
            record is not None
            and record.kind not in {"state", "person"}
            and record.affiliation == state
            and following.start - end <= 1
            and not self._text[end - 2 : end].endswith(("'s", "’s"))  # (the parts annotated
        )  # take "Japan’s Nikkei" as both: the possessive names the state too)

    def _name_goes_back(self, entry: _Reading, first: int) -> bool:
        """Whether the name at ``first`` ends a longer one through "of" or "of the", after a
        capitalised word inside a sentence that is no title: "Journal of the American Medical
        Association", "Museum of the American Indian" (not "President of the American Bar
        Association", nor "Members of the …" opening a sentence)."""
        words = entry.words
        head = first - 1
        if head >= 0 and words[head].key == "the":
            head -= 1
        if head < 1 or words[head].key != "of":
            return False
        head -= 1
        word = words[head]
        return (
            word.capital
            and not word.upper
            and head >= 1
            and word.key not in NOT_NAMES
            and not _title_key(word.key)
            and not SENTENCE_MARKS.intersection(self.text_between(words, head - 1, head))
            and head - 1 not in entry.matched_at
        )

    def _inside_longer_name(self, entry: _Reading, first: int, last: int) -> bool:
        """A state's or actor's name that is only the start of another: an organisation
        named after it (a new actor, added here) or an index or missile numbered after it."""
        words = entry.words
        if last + 1 >= len(words) or words[last].possessive:
            return False  # ("Kim Jong-un’s 2018 New Year’s address": a name ends at ’s)
        following = words[last + 1]
        start, end = words[first].start, words[last].end
        if (
            following.start - end == 1
            and entry.text[end] == "-"
            and last + 1 in self._starting  # "U.S.-Soviet Joint Commission":
        ):
            opened = self._starting[last + 1][1]  # the body the next name opens, read there
            if _organisation_after(words, opened, entry.matched_at) is not None:
                return True
        # (an organisation's name goes on with a capitalised word no form matched)
        if (following.capital or _ordinal_in_name(words, last + 1)) and (
            last + 1 not in entry.matched_at
        ):
            organisation = _organisation_after(words, last, entry.matched_at)
            if organisation is not None and self._name_goes_back(entry, first):
                entry.covered.update(range(first, organisation + 1))
                return True  # "the Journal of the American Medical Association": a journal's
                # name, not the association's (nor the state's)
            if organisation is not None:  # "Japan International Cooperation Agency"
                begin = _unit_before(entry.text, words, first, entry.matched_at)
                if words[begin].key.isdigit() and words[organisation].key in CIVIL_BODY_WORDS:
                    begin += 1  # "300 Seoul National University professors": a count
                start = words[begin].start  # "(Third Battalion,) Royal Australian Regiment"
                new = self._new_actor(entry.text[start : words[organisation].end], None, None)
                if new is None and begin < first:  # "Chun Enters Korea Military Academy": a
                    begin, start = first, words[first].start  # headline's words before it
                    new = self._new_actor(entry.text[start : words[organisation].end], None, None)
                if new is not None:
                    entry.covered.update(range(begin, organisation + 1))
                    entry.add(new, start, words[organisation].end)
                    self._abbreviation(entry, organisation, new)
                    return True
        return (
            following.key[:1].isdigit() and following.start - end <= 1
        )  # "Nikkei 225", "Rodong-1": an index, a missile named after it

    def _unknown_names(self, entry: _Reading) -> None:
        """Runs of capitalised words no form matched: the surname of a new person named
        earlier, a place by its last word ("Shimane Prefecture"), or a new actor when a title
        follows ("Song Tao, leader of …") or it speaks ("Hideki Kato said"). The others are
        kept as spans a quotation's speaker may be (then not attributed)."""
        words, text = entry.words, entry.text
        if "ccording to" in text or " report" in text:  # (cheap: most entries have neither)
            for at, word in enumerate(words):  # "according to CNBC", "CNBC reported"
                if (
                    word.upper
                    and at not in entry.matched_at
                    and at not in entry.covered
                    and _cited_source(words, at, at)
                ):
                    new = self._new_actor(text[word.start : word.end], None, None, kind="media")
                    if new is not None:
                        entry.add(new, word.start, word.end)
                        entry.covered.add(at)
        if " ministry" in text:  # "…, the defense ministry said": the one state's, in lower
            for found in LOWER_MINISTRY.finditer(text):  # case as in capitals ("the Foreign
                own = self._lower_ministry(entry, MINISTRIES[found.group(1)], found.start())
                if own is not None:  # Ministry")
                    entry.add(own, found.start(1), found.end())
        second_of_role = -2  # the last word of a name after a plural role ("students")
        for run_start, run_end in _capital_runs(words, entry.covered, text):
            if run_start in entry.covered:
                continue  # taken by a name that went on before it ("Center for Nonproliferation
                # Studies", "Palace of Culture")
            if _ship_named(words, run_start, run_end):
                continue  # "the USS George Washington": a ship, no actor (README)
            ministry = MINISTRIES.get(" ".join(w.key for w in words[run_start : run_end + 1]))
            relayed = self._relayed_ministry(ministry) if ministry else None
            if relayed is not None:  # "KCNA quoted a Foreign Ministry spokesman": North
                entry.add(relayed, words[run_start].start, words[run_end].end)  # Korea's
                entry.covered.update(range(run_start, run_end + 1))
                continue
            if _site_of_after(words, run_end, entry.covered) is not None:
                continue  # "the National Prisoner of War Museum": the site's name, read whole
                # at its last word
            joined_end = _body_joined_by_and(words, run_start, run_end, entry.covered, text)
            if joined_end is not None:  # "the Securities and Exchange Commission", "the Food
                body_at = (words[run_start].start, words[joined_end].end)  # and Drug
                new = self._new_actor(text[slice(*body_at)], None, None)  # Administration"
                if new is not None:
                    entry.add(new, *body_at)
                    entry.covered.update(range(run_start, joined_end + 1))
                    continue
            german_role = _german_role(words, run_start, run_end, entry.writes_german)
            if german_role is not None:  # "Der Vorstandschef Hans Müller sagte": the person, his
                name_at = (words[german_role + 1].start, words[run_end].end)  # role before his name
                new = self._new_actor(
                    text[slice(*name_at)], None, words[german_role].key, person=True
                )
                if new is not None:
                    entry.add(new, *name_at)
                    entry.covered.update(range(run_start, run_end + 1))
                    continue
            if _initials_then_surname(text, words, run_start, run_end):
                span = (words[run_start].start, words[run_end].end)
                new = self._new_actor(text[slice(*span)], None, None, person=True)
                if new is not None:  # "India sent B.N. Rau to the talks": a person by his
                    entry.add(new, *span)  # initials with stops and his surname
                    entry.covered.update(range(run_start, run_end + 1))
                    continue
            if _rank_of_word(text, words, run_start, run_end):
                name_at = (words[run_start + 1].start, words[run_end].end)
                new = self._new_actor(text[slice(*name_at)], None, text[words[run_start].start :
                                      words[run_start].end], person=True)  # fmt: skip
                if new is not None:  # "According to Major Wayne Kirkbride, who …": the person
                    entry.add(new, *name_at)
                    entry.covered.update(range(run_start, run_end + 1))
                    continue
            if _officer_after_body(words, run_start, run_end, entry.covered):
                name_at = (words[run_start + 1].start, words[run_end].end)
                new = self._new_actor(text[slice(*name_at)], None, text[words[run_start].start :
                                      words[run_start].end], person=True)  # fmt: skip
                if new is not None:  # "Japanese Communist Party Chair Shii Kazuo": the
                    entry.add(new, *name_at)  # body's officer, after its title
                    entry.covered.update(range(run_start, run_end + 1))
                    continue
            title = _officer_named_after_his_body(words, run_start, run_end, text)
            if title is not None:
                name_at = (words[run_start + 1].start, words[run_end].end)
                new = self._new_actor(text[slice(*name_at)], None, title, person=True)
                if new is not None:  # "Chief Commissioner of the Soviet Delegation Shtikov
                    entry.add(new, *name_at)  # spoke": the person after his body's name
                    entry.covered.update(range(run_start, run_end + 1))
                    continue
            span = (words[run_start].start, words[run_end].end)
            firm = self._new_body_again(text, span)
            if firm is not None:  # "Jeff Skilling arrives at Enron" after "Enron files for
                entry.add(firm, *span)  # bankruptcy": the firm, no place
                continue
            if (
                not words[run_end].possessive
                and not {w.key for w in words[run_start : run_end + 1]} & (GEO_WORDS | NOT_NAMES)
                and WORKS_AT.search(text, max(0, span[0] - 40), span[0]) is not None
                and not _title_case(text)
            ):  # "Nancy Temple, a lawyer at Andersen": the firm she works for, no place
                new = self._new_actor(text[span[0] : span[1]], None, None, kind="company")
                if new is not None:
                    entry.add(new, *span)
                    entry.covered.update(range(run_start, run_end + 1))
                    self._firms_by_acts.add(new)
                    continue
            if _remit_of_a_body(words, run_start, entry.covered):
                entry.unknown_spans.append(span)  # "Foreign Affairs" of "the Ministry of
                continue  # Foreign Affairs": a part of the body's name, no body of its own
            if _spelt_again(text, *span):
                continue  # "Kim Yong-jip [Kim Yong Jip]": the same person's other spelling
            owner = self._unit_of_a_known_body(entry, run_start, run_end)
            if owner is not None:  # "the KPA's Supreme Command": the known body, acting or
                # speaking through its own leadership, no new body; one name of it, to the end
                entry.mentions[entry.mentions.index(owner)] = owner._replace(end=span[1])
                entry.covered.update(range(run_start, run_end + 1))
                continue
            after = words[run_end + 1] if run_end + 1 < len(words) else None
            if (
                after is not None
                and words[run_end].key in NUMBERED_UNITS
                and after.key.isdigit()
                and len(after.key) <= 3  # (not a year: "the Division 1950 reunion")
                and text[words[run_end].end : after.start] == " "
                and (
                    words[run_end].key not in SHARED_UNIT_NOUNS or MILITARY_WORDS.search(text)
                )  # (a league's "Division 2", a building's "Wing 3": no army in sight)
            ):  # "Unit 124", "Squadron 77": the unit, its number in its name
                new = self._new_actor(text[span[0] : after.end], None, None)
                if new is not None:
                    entry.add(new, span[0], after.end)
                    entry.covered.update(range(run_start, run_end + 2))
                    continue
            again = self._titled_new.get((words[run_start].key, words[run_end].key))
            if run_end == run_start + 1 and again is not None and not words[run_end].possessive:
                # "Judge Davila" after "Judge Edward Davila", "Coach Jones" after "Coach Martha
                entry.add(again, words[run_end].start, span[1])  # Jones": the person again
                entry.covered.update(range(run_start, run_end + 1))
                continue
            named = (
                self.document.get(words[run_start].key)
                if run_start == run_end
                else self.document.get(" ".join(w.key for w in words[run_start : run_end + 1]))
                if words[run_end].joined or run_end == run_start + 1  # ("Jean-Pierre", "Abu
                else None  # Bakar": a double surname, in full)
            )
            if (
                named in self.new
                and not self._not_her(words, run_start, named)
                and _PLURAL_SUBJECT_NEXT.match(text, span[1]) is None  # ("Young players
                # joined …" after "James Young": the word's own sense, no surname; nor
                # opening a sentence before a word no verb is like, as a known surname is
                # not: "Young people marched", "Hart festival opened")
                and not (
                    run_start == run_end
                    and (not run_start or words[run_start - 1].key not in TITLES_BEFORE_A_SURNAME)
                    and _common_word_opening(text, words, run_start)
                )  # (but "gave Mrs. Lopez her ovation": the stop ends a title, no sentence)
            ):
                entry.add(named, *span)  # the surname of a new person named earlier in the
                continue  # entry
            if run_start == run_end and run_start and words[run_start - 1].key == "the":
                outlet = self._outlet_named(entry, words[run_start].key)
                if outlet is not None:  # "the Times" after "The New York Times"
                    entry.add(outlet, *span)
                    continue
                family = self.document.get(words[run_start].key[:-1])
                if words[run_start].key.endswith("s") and family in self._named_persons:
                    entry.add(family, *span)  # "the Carters arrived" after "Jimmy Carter":
                    continue  # he and his family
            if run_end > run_start and self._given_name(entry, run_start, run_end, span):
                continue  # "Jong Un said": Kim Jong Un, never a new person "Jong Un"
            run_words = {w.key for w in words[run_start : run_end + 1]}
            if self._place_in_address(entry, run_start, run_end):
                entry.places.append(text[span[0] : span[1]])
                continue
            site = _site_of_an_event(words, run_start, run_end)
            if site is not None:  # "Battle of Pakchon", "the Tiananmen Square Massacre": where
                entry.places.append(text[words[site[0]].start : words[site[1]].end])  # it was
                entry.covered.update(range(run_start, run_end + 1))
                continue
            respelt = self._korean_place_respelt(text, words, run_start, run_end)
            if respelt is not None:  # "occupied Pyung-Yang", "landed in In-Chon"
                entry.places.append(respelt)
                continue
            if (
                (
                    words[run_end].key in GEO_WORDS
                    and run_end > run_start
                    and not (after is not None and after.key.isdigit())  # "Deep Sea 129": a
                    and not _names_a_work(text, words, run_start, run_end)  # call sign (a
                )  # plane's), no sea; "the song Moon River", "“Moon River” wins": a work
                or _unknown_place(words, run_start, run_end, entry.writes_german)
                or _korean_division(words, run_start, run_end)
                or _venue(words, run_start, run_end)
            ):
                begin = _with_direction(words, run_start)  # "North Phyongan Province"
                opening = _site_of_before(words, run_start, run_end, entry.covered)
                if opening is not None:  # "the National Prisoner of War Museum"
                    begin = words[opening].start
                end = run_end
                if run_end > run_start and words[run_end].key in SITE_WORDS:
                    end = _body_goes_on(words, run_end, entry.covered, SITE_WORDS)
                    entry.covered.update(range(run_start, end + 1))  # "Palace of Culture"
                # "Shimane Prefecture", "Andaman Sea"; "North Hamgyeong Province" respelt
                # ("in Quang Ngai province": the province, as the text names it, when no body
                # word ran the name on)
                last = _area_word_after(text, words, end) if end == run_end else words[end].end
                written = text[begin:last]
                entry.places.append(self._korean_place_folded(written) or written)
                continue
            if (
                after is not None
                and after.key in GEO_LOWER
                and not after.capital
                and after.start - words[run_end].end == 1
                and not words[run_end].possessive
                and not run_words & NOT_PLACES
            ):  # "North Pyongan province", "Ulleung island": a place the text names so
                written = text[_with_direction(words, run_start) : after.end]
                entry.places.append(
                    self._korean_place_folded(written)
                    or self._known_after_lower_direction(words, run_start, written)
                    or written
                )
                continue
            if (
                run_end > run_start
                and after is not None
                and text[words[run_end].end : after.start].strip() in {",", "-", "–", "—"}
                and (_title_after(words, run_end + 1) or _kin_of_after(words, run_end + 1))
                and not run_words & ORG_WORDS
            ):  # "Song Tao, leader of …", "Bashar Al-Assad, the president of Syria", "Ada
                # Brent, the widow of …"
                role = re.match(r"[^,.;]{1,80}", text[after.start :])
                new = self._new_actor(text[span[0] : span[1]], None, role.group().strip()
                                      if role else None, person=True)  # fmt: skip
                if new is not None:
                    entry.add(new, *span)
                    continue
            delegate = self._delegate_of_state(entry, run_start, run_end, run_words)
            if delegate is not None:  # "… (left to right) S. H. Jackson of Australia, Rufino
                named_at = (words[delegate[1]].start, span[1])  # Luna of the Philippines; …":
                new = self._new_actor(text[slice(*named_at)], delegate[0], None, person=True)
                if new is not None:  # a person of that state
                    entry.add(new, *named_at)
                    continue
            if (
                run_end > run_start
                and run_start >= 2
                and words[run_start - 1].key in KIN_WORDS
                and text[words[run_start - 1].end : words[run_start].start].strip() == ","
                and not run_words & ORG_WORDS
            ):  # "his wife, Yuk Young-soo"
                new = self._new_actor(text[span[0] : span[1]], None, None, person=True)
                if new is not None:
                    entry.add(new, *span)
                    continue
            # ("Coach Martha Jones said: …": the officer's title is no part of the speaker's
            # name, see _officer_before below)
            officer = _officer_before(text, words, run_start, run_end)
            if (
                run_end > run_start
                and officer is None
                and after is not None
                and _speaks_next(text, words, run_end)
                and not words[run_end].possessive
                and words[run_end].key not in NOT_BODIES  # ("the Joint Declaration
            ):  # reaffirmed", "the Agreed Framework says": a document, nobody speaking)
                a_firm = self._charged_firm(words, run_start, run_end, text)  # ("… pleads")
                new = self._new_actor(
                    text[span[0] : span[1]], None, None, kind="company" if a_firm else None
                )
                if new is not None:
                    entry.add(new, *span)
                    continue
            if (
                run_end > run_start
                and officer is None
                and after is not None
                and not words[run_end].possessive
                and not run_words & (ORG_WORDS | MEDIA_WORDS)
                and _joined_to_a_speaker(text, words, run_end)
            ):  # "Jane Roe and John Doe wrote", "Jane Roe, a lawyer, and her colleague John
                # Doe said": both speak, the first as much as the second
                new = self._new_actor(text[span[0] : span[1]], None, None, person=True)
                if new is not None:
                    entry.add(new, *span)
                    continue
            if (
                run_end > run_start
                and officer is None
                and _speaks_before(text, words, run_start)
                and not words[run_end].possessive
                and words[run_end].key not in NOT_BODIES
            ):  # '"…," said Jane Smith', "prices rose, says Jane Smith": the speaker
                new = self._new_actor(text[span[0] : span[1]], None, None,
                                      person=not run_words & (ORG_WORDS | MEDIA_WORDS))  # fmt: skip
                if new is not None:
                    entry.add(new, *span)
                    continue
            if self._firm_by_its_acts(entry, run_start, run_end, span):
                continue  # "Enron files for bankruptcy", "Dynegy agrees to buy …"
            kind = _body_after_its_noun(text, words, run_start, run_end)
            if kind is not None:  # "conglomerate Lotte Group", "a China-based company, Young
                new = self._new_actor(text[span[0] : span[1]], None, None, kind=kind)
                if new is not None:  # Pioneer Tours", "the Russian state agency Sputnik"
                    entry.add(new, *span)
                    entry.covered.update(range(run_start, run_end + 1))
                    continue
            name_from = officer
            if name_from is not None:  # "CEO Jeffrey Skilling resigns", "Coach Martha Jones
                # quits", "chief executive Jeffrey Skilling": the person the title names
                new = self._new_actor(text[words[name_from].start : span[1]], None, None,
                                      person=True)  # fmt: skip
                if new is not None:
                    if name_from:  # (the title and the surname: "Judge Davila" later is he)
                        self._titled_new[(words[name_from - 1].key, words[run_end].key)] = new
                    entry.add(new, words[name_from].start, span[1])
                    entry.covered.update(range(run_start, run_end + 1))
                    continue
            tail = _korean_name_ending(words, run_start, run_end)
            if tail is not None:  # "Director Lee Hu Rak", "Cadre Organization Kim Young Ju":
                # a title or an office's name, then a Korean name (the person)
                new = self._new_actor(text[words[tail].start : span[1]], None, None, person=True)
                if new is not None:
                    entry.add(new, words[tail].start, span[1])
                    continue
            if (
                (  # "Kim Sung Il", "Park Sang-hak", "Cho Mansik"
                    words[run_start].key in KOREAN_SURNAMES
                    and (
                        _korean_name(words, run_start, run_end)
                        or (run_end == run_start + 1 and _korean_given_name(words, run_end))
                    )
                )
                or (  # "Bush appoints Jay Lefkowitz", "army major Zin Mo": a person
                    0 < run_end - run_start <= 2
                    and run_start > 0
                    and (
                        words[run_start - 1].key in PERSON_OBJECT_VERBS
                        or _second_object(text, span[0])  # "charge Holmes and Ramesh Balwani"
                        or (
                            words[run_start - 1].key in PERSON_BEFORE
                            and not words[run_start - 1].capital
                            and text[words[run_start - 1].end : span[0]] == " "  # (not "students.")
                        )
                        # "Stanford students Larry Page and Sergey Brin": the second of the
                        # two names a plural role opens
                        or (
                            run_start - 2 == second_of_role
                            and text[words[run_start - 2].end : span[0]] == " and "
                        )
                        or (
                            text.startswith(",", span[1])
                            and ROLE_OF_BEFORE.search(text, max(0, span[0] - 90), span[0])
                            is not None
                        )
                    )
                    and not run_words
                    & (ORG_WORDS | MEDIA_WORDS | GEO_WORDS | COMPANY_WORDS | FIRM_NAME_ENDS)
                    and not words[run_end].possessive
                )
            ):
                new = self._new_actor(text[span[0] : span[1]], None, None, person=True)
                if new is not None:
                    entry.add(new, *span)
                    if words[run_start - 1].key in PLURAL_ROLES:
                        second_of_role = run_end  # (the next name after "and" is one too)
                    continue
            if (
                0 < run_start < run_end <= run_start + 2
                and words[run_start - 1].key in FIRM_OBJECT_VERBS
                and words[run_end].key in COMPANY_WORDS | TRADE_WORDS | FIRM_NAME_ENDS
                and not run_words & (ORG_WORDS | MEDIA_WORDS | GEO_WORDS)
                and not words[run_end].possessive
            ):  # "a judge sentences Purdue Pharma to pay a fine": what is done to a firm
                new = self._new_actor(text[span[0] : span[1]], None, None, kind="company")
                if new is not None:
                    entry.add(new, *span)
                    continue
            if run_start == run_end and self._surname_acts(entry, run_start):
                new = self._new_actor(
                    self._full_names_seen[words[run_start].key], None, None, person=True
                )
                if new is not None:  # "Elizabeth Holmes founded Theranos. … Holmes raised
                    entry.add(new, *span)  # money": the person named in full before
                    continue
            if run_start == run_end and _lone_name_of_a_person(text, words, run_start):
                new = self._new_actor(text[span[0] : span[1]], None, None, person=True,
                                      alone=True)  # fmt: skip
                if new is not None:  # "Bucher and his crew were …", "Pak removed his watch",
                    entry.add(new, *span)  # "Bradley, who …": one word nobody knows, a person
                    continue
            if _plain_full_name(words, run_start, run_end, text) and (
                NAMES_AFTER_PLURAL_ROLE.search(text, max(0, span[0] - 120), span[0]) is not None
            ):  # "Three American journalists, Burton Crane, Frank Gibney, and Keyes Beech,":
                new = self._new_actor(  # each name of a list a plural role opens
                    text[span[0] : span[1]], None, None, person=True
                )
                if new is not None:
                    entry.add(new, *span)
                    continue
            if _person_named_so(text, words, run_start, run_end):
                new = self._new_actor(text[span[0] : span[1]], None, None, person=True)
                if new is not None:  # "a prominent Korean leader named Yo Un-hyung", "a
                    entry.add(new, *span)  # party member named as Kang Tae-Ho"
                    continue
            if _plain_full_name(words, run_start, run_end, text) and not any(
                w.key in self.by_first for w in words[run_start : run_end + 1]
            ):  # (no word that starts a known name: "North Korean" unmatched is no person)
                self._full_names_seen[words[run_end].key] = text[span[0] : span[1]]
                self._given_names_seen.add(words[run_start].key)  # ("Sue Smith … Sue files")
            if _plain_full_name(words, run_start, run_end, text) and (
                WHO_AFTER.match(text, span[1]) is not None
                or HEADED_BY.search(text, max(0, span[0] - 40), span[0]) is not None
            ):  # "Ann Roe, who chaired the board", "a union headed by the veteran Ann Roe":
                # only a person is "who", and heads a body (a given name a known person's
                # bears too is no matter: "Li Lanqing, who was the minister")
                new = self._new_actor(text[span[0] : span[1]], None, None, person=True)
                if new is not None:
                    entry.add(new, *span)
                    continue
            if (
                _plain_full_name(words, run_start, run_end, text)
                and (
                    PERSON_ACTS.match(text, span[1]) is not None
                    or (
                        AND_ANOTHER.match(text, span[1]) is not None
                        and _joined_to_a_speaker(text, words, run_end, acts=PERSON_ACTS)
                    )
                )
                and words[run_start].key not in self.by_first  # (a known surname may close
            ):  # it) "Elizabeth Holmes is charged with fraud", "Ann Lee and Tom Ray plead guilty":
                # what a person does (a firm is charged and pleads too: _charged_firm)
                a_firm = self._charged_firm(words, run_start, run_end, text)
                new = self._new_actor(
                    text[span[0] : span[1]], None, None, person=not a_firm,
                    kind="company" if a_firm else None,
                )  # fmt: skip
                if new is not None:
                    entry.add(new, *span)
                    if a_firm:
                        self._firms_by_acts.add(new)
                    continue
            if self._given_and_surname(entry, run_start, run_end):
                a_firm = self._charged_firm(words, run_start, run_end, text)  # ("Otto Kessler is
                new = self._new_actor(  # charged" after "an auditor at Kessler": the firm)
                    text[span[0] : span[1]], None, None, person=not a_firm,
                    kind="company" if a_firm else None,
                )  # fmt: skip
                if new is not None:  # "Don Peppard may not have meant to": a given name
                    entry.add(new, *span)  # and a surname, the person
                    continue
            of_state = self._state_after_of(words, run_end)
            if (
                of_state is not None
                and (
                    words[run_end].key in BODIES_OF_STATES
                    # "the Custodian Forces of India": a force of the state by its own name
                    # (not "the Armed Forces of Korea": the state's forces, read as such)
                    or (
                        words[run_end].key in NAMED_FORCE_NOUNS
                        and run_start < run_end
                        and words[run_start].key not in FORCE_MODIFIERS
                    )
                )
                and not (run_start and words[run_start - 1].key == "and")
            ):
                state, state_end = of_state
                new = self._new_actor(text[span[0] : words[state_end].end], state, None)
                if new is not None:  # "the Supreme Court of Canada", "the Bank of Korea": a
                    entry.add(new, span[0], words[state_end].end)  # body of the state (which
                    continue  # its own name adds)
            remit = _office_remit(words, run_end, entry.covered)  # "Ministry of Finance"
            named_body = (
                bool(run_words & NAMED_BODY_WORDS) and not run_words & BODY_WORDS and not remit
            )
            end = (
                _body_goes_on(words, run_end, entry.covered)
                if run_words & BODY_WORDS or named_body or remit
                else 0
            )
            last_word = max(end, run_end)
            if named_body and (
                last_word - run_start + 1 < NAMED_BODY_LENGTH
                or words[run_start].key in NAMED_BODY_WORDS
                # "its Eighth Central Committee": a party's organ by its term, no name of its own
                or (words[run_start].key in ORDINALS and words[run_start + 1].key == "central")
                # "the National Defence Committee of North Korea": a longer name, cut short
                or (last_word + 1 < len(words) and words[last_word + 1].key == "of")
            ):
                short = text[span[0] : words[last_word].end]
                longer = self._new_body_starting(short)
                party = (
                    self._party_named_short(words, run_start, last_word, short)
                    if longer is None
                    else None
                )
                if longer is not None:  # "the Supreme Council" after its full name
                    entry.add(longer, span[0], words[last_word].end)
                elif party is not None:  # "the Democratic Party"
                    entry.add(party, span[0], words[last_word].end)
                else:
                    entry.unknown_spans.append(span)
                continue
            unit = words[run_end].key in UNIT_WORDS
            if unit and words[run_start].key in ORDINALS:
                end = max(end, run_end)  # "Eighth Army", "Third Battalion"
            numbered = (
                (end > run_start or unit)
                and run_start > 0
                and run_start - 1 not in entry.covered
                and words[run_start].start - words[run_start - 1].end == 1
                and _unit_number(words[run_start - 1])
                and words[max(end, run_end)].key not in CIVIL_BODY_WORDS
            )  # "56 Mountain Brigade", "1st Marine Division", "X Corps": the unit's number
            # (not "300 Yale University students": a count of its members)
            if (
                words[max(end, run_end)].key in PLACES_OF_STUDY
                and run_start
                and words[run_start - 1].key in VISITING
            ):
                continue  # "while visiting Ajou University": where one went, no actor
            if numbered and unit and PART_OF_UNIT.match(text, words[max(end, run_end)].end):
                continue  # "the 11th Company of the 2nd South Korean Marine Brigade": a part,
                # named by the whole unit it belongs to (as "the 7th Central Committee of the
                # Workers' Party" is the party's)
            regiment = (
                _regiment_after_comma(text, words, max(end, run_end), entry.covered)
                if numbered and unit
                else None
            )
            if regiment is not None:  # "1st Battalion, Middlesex Regiment": the battalion of
                named_at = (words[run_start - 1].start, words[regiment].end)  # the regiment
                new = self._new_actor(text[slice(*named_at)], None, None, kind="military")
                if new is not None:  # the comma names, one name
                    entry.add(new, *named_at)
                    entry.covered.update(range(run_start, regiment + 1))
                    continue
            begin = words[run_start - 1].start if numbered else span[0]
            if end <= run_start and not numbered:
                last = (  # "the Ninth Circuit Court of Appeals blocked": its name goes on
                    _body_goes_on(words, run_end, entry.covered)
                    if words[run_end].key in ACTING_BODY_WORDS
                    else run_end
                )
                kind = _body_by_its_last_word(text, words, run_start, last)
                if kind is not None:  # "the Hanjin Shipping Company", "the Chicago Tribune"
                    new = self._new_actor(text[span[0] : words[last].end], None, None, kind=kind)
                    if new is not None:
                        entry.add(new, span[0], words[last].end)
                        entry.covered.update(range(run_start, last + 1))
                        self._abbreviation(entry, last, new)
                        continue
            if end <= run_start and _office_by_its_words(words, run_start, run_end):
                end = run_end  # "the Munitions Industry Department", "Reconnaissance Bureau"
                if _and_before(words, run_start, entry.covered):
                    begin = words[run_start - 2].start  # "Organization and Guidance Department"
            if end > run_start or (numbered and unit):
                # "Task Force Smith", "Agency for National Security Planning", "X Corps"
                end = max(end, run_end)
                new = self._new_actor(text[begin : words[end].end], None, None)
                if new is not None:
                    entry.add(new, begin, words[end].end)
                    entry.covered.update(range(run_start, end + 1))
                    self._abbreviation(entry, end, new)
                    continue
            entry.unknown_spans.append(span)

    def _unit_of_a_known_body(self, entry: _Reading, first: int, last: int) -> Mention | None:
        """The mention of the known body whose possessive the run at ``first`` follows, when
        the run names the body's own leadership ("the KPA's Supreme Command", "the army's High
        Command", "the Party's Central Committee", "the PLA's General Staff"): the body speaks
        and acts there. Another unit is a body of its own besides ("the army's Reconnaissance
        Bureau"); a state's possessive is not enough ("Japan's Fair Trade Commission"), nor
        a person's ("Samsung's Lee Jae-yong")."""
        words = entry.words
        if last == first and first > 1 and words[first - 1].key in LEADERSHIP_FIRST:
            first -= 1  # ("General" read as a rank: "the PLA's General Staff")
        if (
            not first
            or not words[first - 1].possessive
            or last != first + 1
            or words[first].key not in LEADERSHIP_FIRST
            or words[last].key not in LEADERSHIP_LAST
        ):
            return None
        before = words[first - 1]
        for mention in entry.mentions:
            if (
                mention.start <= before.start < mention.end
                and mention.kind in UNIT_OWNERS
                and not mention.international
            ):
                return mention
        return None

    def _without_nicknames(self, text: str) -> str:
        """The text without the nicknames quoted between a given name and a surname ('Cmdr.
        Lloyd "Pete" Bucher', 'Mary “Molly” Brant'): the person's name, and no quotation.
        Not after a word that is a known name alone ('the Korean "Sunshine" Policy')."""
        return NICKNAME.sub(
            lambda m: (
                m[0]
                if any(len(f.keys) == 1 for f in self.by_first.get(m[1].split()[0].lower(), ()))
                else f"{m[1]} "
            ),
            text,
        )

    def _party_named_short(
        self, words: list[Token], first: int, last: int, short: str
    ) -> str | None:
        """ "The Democratic Party", "the opposition Democratic Party" (a word and "Party", after
        a word in lower case, the name ending there): the known party "Democratic Party of …"
        of the one state the entry or the one before names, if exactly one. Otherwise nothing:
        a party nobody knows stays unknown ("The Communist Party in the north", as annotators
        leave it). Not a longer name cut short ("the Democratic Party of Korea" is matched
        whole; "the Party" alone is no name)."""
        if (
            last != first + 1
            or words[last].key != "party"
            or not first
            or words[first - 1].capital
            or (last + 1 < len(words) and words[last + 1].key == "of")
        ):
            return None
        states = self._states_named_lately()[0] | self._states_named(self._text)
        known = [
            name
            for name, record in self.records.items()
            if record.kind == "party"
            and name.startswith(short + " of ")
            and record.affiliation in states
        ]
        return known[0] if len(known) == 1 else None

    def _delegate_of_state(
        self, entry: _Reading, first: int, last: int, run_words: set[str]
    ) -> tuple[str, int] | None:
        """The state of a person named with no title as "NAME of STATE", and the name's first
        word, one of a list ("…
        are S. H. Jackson of Australia, Rufino Luna of the Philippines; …") or a name that
        opens with a given name or an initial ("George S. Patterson of Canada"): a person
        of that state, its delegate or citizen. Not a body's, a place's or a street's name
        ("Bank of Korea", "Sea of Japan"), nor a word alone."""
        words, text = entry.words, entry.text
        if last == first or run_words & (ORG_WORDS | GEO_WORDS | MEDIA_WORDS | STREET_WORDS):
            return None
        if last + 2 >= len(words) or words[last + 1].key != "of":
            return None
        match = self._starting.get(last + 3 if words[last + 2].key == "the" else last + 2)
        if match is None or match[2][0] != "actor" or self.kinds.get(match[2][1]) != "state":
            return None
        state, state_end = match[2][1], match[1]
        closing = text[words[state_end].end : words[state_end].end + 2]
        if not (state_end + 1 == len(words) or closing[:1] in {",", ";", ".", ")"}):
            return None  # ("… of Japan Airlines", "of China ruled": the name or clause goes on)
        if (
            first > 0
            and len(words[first - 1].key) == 1
            and words[first - 1].upper
            and text[words[first - 1].end : words[first].start] == ". "
        ):
            first -= 1  # ("S. H. Jackson": the first of two initials, spaced)
        opening = text[max(0, words[first].start - 2) : words[first].start].strip()
        listed = opening[-1:] in {",", ";", "("} or (
            first > 0 and words[first - 1].key in {"and", "are", "were", "by", "with"}
        )
        given = words[first].key in self._western_given_names() or (
            len(words[first].key) == 1 and words[first].upper
        )
        return (state, first) if listed or given else None

    def _state_after_of(self, words: list[Token], at: int) -> tuple[str, int] | None:
        """The state named right after "of" (or "of the") that follows the word ``at``, and
        where its name ends: "Court of Canada", "Bank of the Philippines"."""
        if at + 2 >= len(words) or words[at + 1].key != "of":
            return None
        start = at + 3 if words[at + 2].key == "the" else at + 2
        match = self._starting.get(start)
        if match is None or match[2][0] not in {"actor", "capital"}:
            return None
        if self.kinds.get(match[2][1]) != "state":
            return None
        after = match[1] + 1
        if after < len(words) and words[after].capital and not words[match[1]].possessive:
            return None  # "the University of North Korean Studies": the name goes on
        return match[2][1], match[1]

    def _surname_acts(self, entry: _Reading, at: int) -> bool:
        """Whether the one capitalised word at ``at`` is the surname of a full name nobody
        knows that the document wrote before, and opens a clause with a verb ("Holmes raised
        money", "Holmes was charged"): that person acting, as a reader takes it."""
        words = entry.words
        if words[at].key not in self._full_names_seen or words[at].possessive:
            return False
        before = words[at - 1] if at else None
        if before is not None and not before.capital:  # the object of what is done to a
            verdict = before.key in FINDS and FOUND_GUILTY.match(entry.text, words[at].end)
            if before.key in PERSON_OBJECT_VERBS or verdict:  # person: "Prosecutors indict
                return not _title_case(entry.text)  # Balwani", "a jury finds Balwani guilty"
        return (
            at + 1 < len(words)
            and SUBJECT_VERB_NEXT.match(entry.text, words[at].end) is not None
            and _PLURAL_SUBJECT_NEXT.match(entry.text, words[at].end) is None
            and not _title_case(entry.text)
        )

    def _given_and_surname(self, entry: _Reading, first: int, last: int) -> bool:
        """Whether two capitalised words nobody knows are a Western given name and a surname
        ("Don Peppard", "Margaret Hale"), in a sentence (not a title-case headline's words)."""
        words = entry.words
        if last != first + 1 or words[first].key == "will" or len(words[first].key) < 3:
            return False
        given, surname = words[first], words[last]
        return (
            given.key in self._western_given_names()
            and not given.upper
            and not surname.upper
            and surname.key not in ORG_WORDS | MEDIA_WORDS | GEO_WORDS | STREET_WORDS
            and not surname.joined
            and (
                last + 1 >= len(words)
                or not (words[last + 1].capital or words[last + 1].key in WORKS_NOUNS)
            )  # ("the opening of a James Bond film": a character's name on a work)
            and not _title_case(entry.text)
        )

    def _says_english(self, text: str) -> bool:
        if self._english is None:
            self._english = "English" in text
        return self._english

    def _place_in_address(self, entry: _Reading, first: int, last: int) -> bool:
        """Whether a name nobody knows is a region of an address, between a place and its state
        ("in Kananaskis, Alberta, Canada": Alberta, as "Kananaskis" before it), or a town
        before a US state's abbreviation ("his hometown of Independence, Mo.")."""
        words, text = entry.words, entry.text
        if last - first > 1 or words[last].possessive or words[last].upper:
            return False
        following = words[last + 1] if last + 1 < len(words) else None
        if following is None or text[words[last].end : following.start] != ", ":
            return False
        if (
            following.key in US_STATE_ABBREVIATIONS
            and text[following.end : following.end + 1] == "."
        ):
            return (
                first > 0
                and (
                    words[first - 1].key in PLACE_BEFORE | {"of"}
                    # "the Bend, Ore., team": the address as an adjective, a comma closing it
                    or (
                        words[first - 1].key == "the"
                        and text[following.end + 1 : following.end + 2] == ","
                    )
                )
            )
        if first < 2 or text[words[first - 1].end : words[first].start] != ", ":
            return False
        state = self._starting.get(last + 1)
        before = self._starting.get(first - 1) or next(
            (m for m in entry.matched if m[1] == first - 1), None
        )
        return (
            state is not None
            and state[2][0] == "actor"
            and self.kinds.get(state[2][1]) == "state"
            and (
                (before is not None and before[2][0] in {"place", "capital"})
                or (bool(entry.places) and text.endswith(entry.places[-1], 0, words[first - 1].end))
            )
        )

    def _outlet_named(self, entry: _Reading, key: str) -> str | None:
        """The publication "the Times" (or "the Post", "the Herald") means: the one this entry
        or an earlier one of the document named, whose name ends with that word ("the New York
        Times"); none when two such were named ("the Times" after the Financial Times too)."""
        if self._outlet_ends is None:
            self._outlet_ends = frozenset(
                tokens(name)[-1].key for name, kind in self.kinds.items() if kind == "media"
            )
        if key in NOT_NAMES or key not in self._outlet_ends:
            return None  # (most capitals after "the": no outlet's last word, no loop)
        outlets = {
            actor
            for _, actor in entry.actors
            if self.kinds.get(actor) == "media" and tokens(actor)[-1].key == key
        }
        if not outlets:
            return self._outlets.get(key)
        return outlets.pop() if len(outlets) == 1 else None

    def _western_given_names(self) -> frozenset[str]:
        """Western given names the knowledge base's persons bear, and their familiar forms
        (built on first use: only a capital's name beside a capitalised word asks)."""
        if self._given_name_keys is None:
            names = {
                n for full, short in _SHORT_GIVEN_NAMES.items() for n in (full, *short.split())
            }
            for name, actor in self.records.items():
                words = name.split()
                if (
                    actor.kind == "person"
                    and len(words) >= 2
                    and actor.affiliation not in (FAMILY_NAME_FIRST)
                ):
                    names.add(words[0].lower())
            self._given_name_keys = frozenset(names)
        return self._given_name_keys

    def _new_body_starting(self, short: str) -> str | None:
        """The one body new in this document whose name begins with ``short`` ("Supreme
        Council" → "Supreme Council for National Reconstruction"), if exactly one does."""
        found = [n for n, a in self.new.items() if a.kind != "person" and n.startswith(short + " ")]
        return found[0] if len(found) == 1 else None

    def _given_name(
        self, entry: _Reading, run_start: int, run_end: int, span: tuple[int, int]
    ) -> bool:
        """A known person's given name written without his family name ("Jong Un said",
        "succeeded by his son Jong-Il"): East Asian names put the family name first, so the
        words after it are the given name. It means the one known person whose given name it
        is; when several bear it, it is reported, not guessed, and never a new person."""
        persons = self._given_names.get(tuple(w.key for w in entry.words[run_start : run_end + 1]))
        if not persons:
            return False
        if len(persons) == 1:
            entry.add(persons[0], *span)
            self._remember(persons[0])
        else:
            entry.findings.unresolved.append(
                Unresolved(entry.text[span[0] : span[1]], f"ambiguous: {' or '.join(persons)}")
            )
            entry.unknown_spans.append(span)
        return True

    def _lower_ministry(self, entry: _Reading, ministry: str, at: int) -> str | None:
        """ "the defense ministry" in lower case: the ministry of the one state the entry
        found acting (a city where one speaks is no state: "speaking in Seoul"), or with two,
        of the one of them named in the sentence at ``at`` ("One South Korean vessel was sunk
        …, the defense ministry said", North Korea named before); else nobody's."""
        acting = [(start, a) for start, a in entry.actors if self.kinds.get(a) == "state"]
        states = {a for _, a in acting}
        if len(states) > 1:
            text = entry.text
            opens = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
            states = {a for start, a in acting if opens <= start < at}
        if len(states) != 1:
            return None
        return self._ministry_table().get((next(iter(states)), ministry))

    def _ministry_of(self, ministry: str) -> str | None:
        """The ministry (foreign, defense) of the one state the entry names, when the
        knowledge base holds it: "the Foreign Ministry" in an entry about China is the
        Chinese Foreign Ministry; with two states named, nobody's. A ministry of that kind the
        entry names by its own name comes first (README rule 12): "“…,” China's Foreign
        Ministry said. “…,” the Foreign Ministry said" is the Chinese Foreign Ministry's twice,
        whatever other states the entry names."""
        ministries = self._ministry_table()
        of_that_kind = {name for (_, kind), name in ministries.items() if kind == ministry}
        named = {t[1] for _, _, t in self._starting.values() if t[0] == "actor"} & of_that_kind
        if len(named) == 1:
            return next(iter(named))
        relayed = self._relayed_ministry(ministry)
        if relayed is not None:
            return relayed
        if self._named_states is None:
            self._named_states = self._states_named(self._text)
        if len(self._named_states) != 1:
            return None
        return ministries.get((next(iter(self._named_states)), ministry))

    def _relayed_ministry(self, ministry: str) -> str | None:
        """The ministry (foreign, defense) of the state whose own state-run agency (or
        broadcaster) the entry names quoting it ("the Korean Central News Agency quoted a
        Foreign Ministry spokesman as saying", "KCNA quoted a spokesman for the Foreign
        Ministry"): a state's agency relays its own government's ministry, whatever other
        states the words name; when the knowledge base holds that ministry."""
        if " quoted " not in self._text:
            return None
        for _, _, target in self._starting.values():
            record = self.records.get(target[1]) if target[0] == "actor" else None
            if record is None or record.kind != "media" or record.affiliation is None:
                continue
            state = record.affiliation
            if target[1] not in (
                self._state_agency(state),
                self._state_agency(state, "state television"),
            ):
                continue
            for form in self._names(target[1]):
                quoted = re.search(re.escape(form) + AGENCY_QUOTED_MINISTRY, self._text)
                if quoted is not None:
                    return self._ministry_table().get((state, ministry))
        return None

    def _ministry_table(self) -> dict[tuple[str, str], str]:
        """The knowledge base's ministries by (state, kind): (South Korea, foreign) → the South
        Korean Foreign Ministry (read once, when first asked)."""
        if self._ministries is None:
            self._ministries = {}
            for name, record in self.records.items():
                if record.kind != "organization" or record.affiliation is None:
                    continue
                for form in self._names(name):
                    kind = MINISTRIES.get(" ".join(form.lower().split()[-2:]))
                    if kind is not None:
                        self._ministries.setdefault((record.affiliation, kind), name)
        return self._ministries

    def _states_ministry(self, entry: _Reading, state: str, first: int, last: int) -> bool:
        """A state named with a ministry's words in any case ("Korea’s Foreign Affairs
        ministry", "the Foreign Affairs ministry of Japan") is that state's ministry, when the
        knowledge base holds it, not the state (as "North Korean Red Cross" is the body only):
        added here; whether it was."""
        text = entry.text
        after = MINISTRY_AFTER.match(text, entry.words[last].end)
        before = None if after else _ministry_before(text, entry.words[first].start)
        found = after or before
        if found is None:
            return False
        ministry = self._ministry_table().get((state, MINISTRIES[_ministry_words(found.group(1))]))
        if ministry is None:
            return False
        if after is not None:
            entry.add(ministry, entry.words[first].start, after.end())
        else:
            entry.add(ministry, found.start(1), entry.words[last].end)
        return True

    def _person_named(self, name: str) -> str | None:
        """The person whose name or a name form is ``name`` (folded), if one is."""
        if self._persons_by_form is None:
            self._persons_by_form = {}
            for person in self.persons:
                for form in self._names(person):
                    self._persons_by_form.setdefault(form.lower(), person)
        return self._persons_by_form.get(name.lower())

    def _new_person_by_given_form(self, words: list[str]) -> str | None:
        """The new person of this document whose name is ``words`` with the given name in
        another of its forms ("Ken Lay" after "Kenneth Lay", "William Harris" after "Bill
        Harris"): the same surname, and a given name the table of familiar forms pairs."""
        for given in GIVEN_NAME_FORMS.get(words[0].lower(), ()):
            other = " ".join((given, *words[1:])).lower()
            for name, actor in self.new.items():
                if actor.kind == "person" and name.lower() == other:
                    return name
        return None

    def _presidential_office(self, entry: _Reading, state: str) -> None:
        """ "The presidential office", "a presidential official" with no state named before
        them, in a story whose dateline ("SEOUL– …") was a state's capital: that state (the
        office of its president), as "the South Korean presidential office" is."""
        for said in PRESIDENTIAL_OFFICE.finditer(entry.text):
            entry.add(state, said.start(1), said.end())

    def _charged_firm(self, words: list[Token], first: int, last: int, text: str) -> bool:
        """Whether a name charged, convicted or pleading (PERSON_ACTS) is a firm's: a firm is
        indicted and pleads guilty too ("General Motors is indicted", "Purdue Pharma pleads
        guilty"). A firm when the verb is one a firm shares (not "arrested", "jailed", "born",
        "testifies"…) and the name ends in a firm's word, holds a firm this document named
        ("Arthur Andersen is charged" after "a lawyer at Andersen"), or the clause after it
        says "its" and no "his" or "her" ("Credit Suisse pleads guilty and pays its fine")."""
        verb = PERSON_ACTS.match(text, words[last].end)
        if verb is None or PERSON_ONLY_ACTS.search(verb.group()) is not None:
            return False
        keys = [w.key for w in words[first : last + 1]]
        if keys[-1] in COMPANY_WORDS | TRADE_WORDS | FIRM_NAME_ENDS or any(
            text[w.start : w.end] in self._firms_by_acts for w in words[first : last + 1]
        ):
            return True
        clause = FIRM_CLAUSE.match(text, verb.end())
        said = set(re.findall(r"\b(?:its|his|her)\b", clause.group() if clause else ""))
        return said == {"its"}

    def _firm_by_its_acts(
        self, entry: _Reading, first: int, last: int, span: tuple[int, int]
    ) -> bool:
        """Whether a name nobody knows acts as only a firm does ("Enron files for
        bankruptcy", "Globex agrees to buy Initech", "Acme reports a third-quarter loss"):
        then it is a new company. One word: two or three may be a person's name ("Jane Smith
        files for bankruptcy"); and not a given name alone ("Ken files …")."""
        words = entry.words
        if (
            last != first  # (two or three words may be a person's: "Jane Smith files …")
            or words[last].possessive
            or words[first].key in self._western_given_names()
            or FIRM_ACTS.match(entry.text, span[1]) is None
            or {w.key for w in words[first : last + 1]} & (NOT_NAMES | GEO_WORDS | MEDIA_WORDS)
            or words[first].key in NO_ONE_WORDS  # ("Nobody files for bankruptcy.")
            or words[first].key in self._given_names_seen  # ("Sue Smith resigns. … Sue files
            # for bankruptcy.": her given name, no firm)
            or words[first].key in self._full_names_seen  # (a person's surname: "Martha Grant
            or _title_case(entry.text)  # resigns. … Grant files for bankruptcy.")
        ):
            return False
        new = self._new_actor(entry.text[span[0] : span[1]], None, None, kind="company")
        if new is None:
            return False
        entry.add(new, *span)
        entry.covered.update(range(first, last + 1))
        self._firms_by_acts.add(new)
        return True

    def _new_body_again(self, text: str, span: tuple[int, int]) -> str | None:
        """The new firm of this document, named by its act, that the words ``span`` name in
        full again ("at Enron" after "Enron files for bankruptcy"), if one is."""
        name = re.sub(r"['’]s$", "", text[span[0] : span[1]])
        return name if name in self._firms_by_acts else None

    def _kin_in_apposition(self, name: str) -> str | None:
        """The known relative an apposition says a name nobody knows is, when the name bears
        the relative's surname: "Kim Yong-jung, sister of Kim Jong-un" is Kim Yo Jong, the one
        the knowledge base gives as his sister, however the text spells her."""
        said = APPOSITION_KIN.search(self._text, 0) if name in self._text else None
        while said is not None and self._text[: said.start()].endswith(name) is False:
            said = APPOSITION_KIN.search(self._text, said.end())
        if said is None:
            return None
        rest = self._text[said.end() :]
        surname = tokens(name)[0].key
        for (of, kin), relative in self._kin_of.items():
            if (
                kin == said.group("kin").lower()
                and relative is not None
                and tokens(relative)[0].key == surname
                and any(rest.startswith(form) for form in self._names(of))
            ):
                return relative
        return None

    def _surname_spaced(self, words: list[str]) -> str | None:
        """The one known person whose surname "Mac…"/"Mc…" the text writes in two words ("Mac
        Arthur", "Mc Carthy"), plausible on the entry's date."""
        joined = tokens(words[0] + words[1])[0].key
        found = [
            person
            for person in self.surnames.get(joined, ())
            if person in self.known and self._plausible(joined, person, self._date)
        ]
        return found[0] if len(found) == 1 else None

    def _misspelt(self, written: str, surname: str) -> str | None:
        """The known person of that surname whose name the text writes with one letter
        more or less ("Kim Jon Un" for Kim Jong Un): the README's misspelt names. A letter
        changed is another name ("Kim Yong Il" is not Kim Jong Il)."""
        folded = " ".join(written.replace("-", " ").lower().split())
        found = [
            person
            for person in self.surnames.get(surname, ())
            if person in self.known
            and _one_letter_apart(folded, " ".join(person.replace("-", " ").lower().split()))
        ]
        if not found and surname in KOREAN_SURNAMES:
            # A Korean name under another romanisation of its vowels ("Kim Yo Jung" is Kim Yo
            # Jong: jung/jong/jeong are one syllable); a consonant changed or a letter more
            # stays another name ("Kim Yong Il", "Kim Kyok Sik" is not Kim Kyu-sik).
            korean = _korean_fold(written)
            found = [
                person
                for person in self.surnames.get(surname, ())
                if person in self.known
                and self.records[person].affiliation in {"North Korea", "South Korea"}
                and _korean_fold(person) == korean
            ]
        return found[0] if len(found) == 1 else None

    def _defined_bodies(self, entry: _Reading) -> set[int]:
        """A name nobody knows that its abbreviation in brackets follows, the initials of its
        words in it ("the New Democratic Party (NDP)", "People’s Republic of Korea (PRK)"):
        a body of its own, new, named by the abbreviation in the rest of the document. The
        names inside it are not actors ("Korea" in "People’s Republic of Korea"). Returns
        the words it takes."""
        words, text = entry.words, entry.text
        taken: set[int] = set()
        starts: list[int] | None = None
        for found in DEFINED_NAME.finditer(text):
            abbreviation = found.group("abbreviation")
            known = self._abbreviated(abbreviation.lower())
            if abbreviation.lower() in self.by_first and known is None:
                continue  # a known name's abbreviation ("(DPRK)"): its forms find it
            name_words = found.group("name").split()
            for skip in range(len(name_words) - 1):
                if name_words[skip][:1].isupper() and _initials_in(
                    [w for w in name_words[skip:] if w[:1].isupper()], abbreviation
                ):
                    break
            else:
                continue
            start = found.start("name") + len(" ".join(name_words[:skip])) + (1 if skip else 0)
            name = text[start : found.end("name")].rstrip()
            if known is not None:  # "Korea Central News Agency (KCNA)": the known agency's
                # name written another way, never a new body beside it
                if starts is None:
                    starts = [w.start for w in words]
                end = start + len(name)
                inside = list(range(bisect_left(starts, start), bisect_right(starts, end - 1)))
                entry.add(known, start, end)
                entry.covered.update(inside)
                taken.update(inside)
                continue
            last_key = tokens(name_words[-1])[0].key
            if (
                name in self.records
                or name.lower() in MINISTRIES
                or last_key in NOT_BODIES
                or last_key in GEO_WORDS
                or last_key in SITE_WORDS
                or FLIGHT_AFTER.match(text, start + len(name))  # ("Korean Air Lines (KAL)
            ):  # Flight 858": inside a flight's name)
                continue  # ("Nonproliferation Treaty (NPT)", "Joint Security Area (JSA)")
            new = self._new_actor(name, None, None, kind="organization")
            if new is None:
                continue
            end = start + len(name)
            if starts is None:
                starts = [w.start for w in words]
            inside = list(range(bisect_left(starts, start), bisect_right(starts, end - 1)))
            entry.add(new, start, end)
            entry.covered.update(inside)
            taken.update(inside)
            if inside:
                self._abbreviation(entry, inside[-1], new)
        return taken

    def _state_agency(self, state: str, what: str = "state-run") -> str | None:
        """The one news agency the knowledge base says a state runs (its record's role says
        "state-run"), if one: KCNA for North Korea; or its one broadcaster (``what`` "state
        television": KCTV)."""
        if self._agencies is None:
            self._agencies = {}
            for name, record in self.records.items():
                role = (record.role or "").lower()
                if record.kind != "media" or not record.affiliation:
                    continue
                for kind in ("state-run", "state television"):
                    if kind in role:
                        key = (record.affiliation, kind)
                        self._agencies[key] = None if key in self._agencies else name
        return self._agencies.get((state, what))

    def _abbreviated(self, key: str) -> str | None:
        """The one known body (not a state, not a person) a one-word form in capitals names
        ("kcna": the Korean Central News Agency), if one does."""
        found = {
            form.target[1]
            for form in self.by_single.get(key, ())
            if form.target[0] == "actor"
            and self.kinds.get(form.target[1]) not in {"state", "person"}
        }
        return found.pop() if len(found) == 1 else None

    def _title_cased_abbreviations(self, text: str) -> None:
        """ "the commission of the United Nations in Korea (Uncok)": a known body's
        abbreviation in capitals ("UNCOK"), written in brackets as a word (the British
        style: "Uncok", "Unesco"), is the body there and in the rest of the document."""
        for found in TITLE_CASED_ABBREVIATION.finditer(text):
            key = found.group(1).lower()
            body = self._abbreviated(key)
            if body is None or not any(
                form.upper[0] for form in self.by_single.get(key, ()) if form.target[1] == body
            ):
                continue  # (only a form in capitals: "(Seoul)" is no abbreviation)
            form = Form((key,), (True,), (False,), ("actor", body))
            if form not in self.by_single[key]:
                self._add(form)
                self.by_single[key].append(form)

    def _abbreviation(self, entry: _Reading, last: int, body: str) -> None:
        """ "Third Battalion, Royal Australian Regiment (3RAR)": the abbreviation in brackets
        after a new body's name is its name in the rest of the document ("3RAR fight …")."""
        words, text = entry.words, entry.text
        at = last + 1
        if (
            at < len(words)
            and words[at].upper
            and len(words[at].key) >= 2
            and text[words[last].end : words[at].start].strip() == "("
            and text[words[at].end : words[at].end + 1] == ")"
            and words[at].key not in self.by_first
        ):
            form = Form((words[at].key,), (False,), (True,), ("actor", body))
            self._add(form)
            self.by_single.setdefault(words[at].key, []).append(form)
            entry.covered.add(at)
            entry.add(body, words[at].start, words[at].end)

    def _waters(self, entry: _Reading) -> None:
        """ "Gulf of Aden": a sea the knowledge base lacks, unless a known form matched it."""
        if " of " not in entry.text:  # (what every such name holds: most entries do not)
            return
        words = entry.words
        for water in WATERS.finditer(entry.text):
            first_word = next(i for i, w in enumerate(words) if w.start >= water.start())
            if first_word not in entry.matched_at:
                entry.places.append(water.group())
                inside = range(water.start(), water.end())  # "the Gulf of Mexico": no Mexico
                entry.actors = [(at, a) for at, a in entry.actors if at not in inside]
                entry.mentions = [m for m in entry.mentions if m.start not in inside]

    def _findings(self, entry: _Reading) -> Findings:
        """What the entry's rules found, in the order of the text, with its tags and the
        statements its quotations make (a speaker not named before is added); names inside
        what someone said are the speaker's words, not the entry's actors or places."""
        findings = entry.findings
        carried = self._carried(entry)
        strangers = [  # ("“…,” she said, … a scene which for many Koreans was …": a people
            span  # in the plural is no stranger the pronoun may mean)
            for span in entry.unknown_spans
            if entry.text[span[0] : span[1]].lower()[:-1] not in PEOPLES_WORDS
            or not entry.text.endswith("s", 0, span[1])
        ]
        said, unclear, spoken = statements_in(
            entry.text, entry.mentions, strangers, carried,
            self._in_mind_title, self._body_in_mind,
        )  # fmt: skip

        def holder(title: str, state: str) -> str | None:  # (an office named bare)
            return self._one_holder(title, state, entry.date)

        said_abroad = read_speech(entry.text, entry.mentions, self._speaker_abroad, holder)
        if not said_abroad.spans:  # (German, French, Italian, Spanish, Portuguese, Polish
            said_abroad = read_european_arabic_speech(  # and Arabic: where no Korean, …)
                entry.text, entry.mentions, self._speaker_abroad, holder
            )
        if said_abroad.spans:  # (Korean, Japanese, Chinese and Russian direct speech)
            said, unclear, spoken = _with_speech_abroad(said, unclear, spoken, said_abroad)
            self._speaker_abroad = said_abroad.last_speaker
        elif said_abroad.spoke:  # ("Kim ha dichiarato di …":
            self._speaker_abroad = said_abroad.last_speaker  # who speaks on in the next entry)
        elif any(m.kind == "person" for m in entry.mentions):
            self._speaker_abroad = None  # (someone else named since: no longer the one meant)
        quoted_inside: list[str] = []  # (speakers named inside words someone else says)
        if self._running is not None and unclear:
            inner = self._said_inside_open_quotation(entry, carried)
            if inner:  # "“Hugging her, Ri showed a photo. 'Mother, …,' Ri said." ¶: the
                said = [*said, *inner]  # agency's words, and Ri's inside them
                quoted_inside = [speaker for speaker, _ in inner]
        in_mind = self._in_mind
        possessive = "'" in entry.text or "’" in entry.text  # (what KIN_AFTER needs)
        kin_of = {
            (m.start, m.actor)
            for m in (entry.mentions if possessive else ())
            if m.kind == "person" and KIN_AFTER.match(entry.text, m.end)
        }  # "Kim Jong-un’s sister": not Kim Jong Un in mind, his sister (when known)
        persons = {
            m.actor
            for m in entry.mentions
            if m.kind == "person"
            and (m.start, m.actor) not in kin_of
            # "“The attempt by the leader of Japan …,” he said": one named inside the words
            # someone says is not whom the next "he said" means (the speaker still is)
            and not _inside(m.start, spoken)
        }
        carried_said = [  # (and "she" the one woman named just before: no actor either)
            s for s, _ in said if s in {self._in_mind, carried} and s not in persons
        ]
        for person in carried_said:  # "Ri Son-kwon … said … ¶ “…,” he said. ¶ Ri added":
            # the pronoun that says his words keeps his surname in mind, as a use of it does
            record = self.records.get(person)
            surname = surname_of(person, record.affiliation if record else None)
            if surname and self.document.get(surname) == person:
                self._named_in[surname] = self._entries
        carried_said += said_abroad.carried  # ("이어 "…"라고 덧붙였다": no actor either)
        if self._body_in_mind is not None:  # ("“…,” it said": the body is no actor either)
            body = self._body_in_mind[0]
            if any(s == body for s, _ in said) and all(a != body for _, a in entry.actors):
                carried_said.append(body)
        by_subject = False  # (whether the one in mind is only the subject of several named)
        speakers = [s for s, _ in said if self.kinds.get(s) == "person"]
        if kin_of and not persons:  # a relative nobody knows: no one the entry names
            self._in_mind = speakers[-1] if speakers else None
        elif (
            not speakers
            and (opener := unnamed_speaker_opening(entry.text)) is not None
            and not any(m.kind == "person" and m.start < opener.end() for m in entry.mentions)
        ):
            # "A spokesman for the Chinese Foreign Ministry denounced the Japanese prime
            # minister’s remarks": the next "he said" is the spokesman, not the one named
            self._in_mind = None
        elif speakers and speakers[-1] not in persons and persons:
            # "“…,” he said, adding the police confirmed Kim Jong Nam's identity": the one who
            # spoke, not one named in what he went on to say, is the next "he added" (quotes17)
            self._in_mind = speakers[-1]
        elif (
            unclear
            and not speakers
            and not persons
            and any(not _inside(at, spoken) for at, _ in entry.unknown_spans)
        ):  # "“…,” Marcus Noland, a fellow at …, told CNN" (a name nobody knows): the next
            self._in_mind = None  # "He added" is his, not the one before (quotes17)
        elif len(persons) == 1 and not (
            not speakers and spoken_to_only(entry.text, entry.mentions, next(iter(persons)))
        ):  # who "he" means in the next entry that names nobody (not one only spoken to:
            self._in_mind = persons.pop()  # "Saying he has spoken to Xi, the president …")
        elif len(persons) == 1:
            pass  # (the one in mind before stays: quotes14's hook)
        elif persons:  # (else the one the sentence opens with: quotes14's hook; else the
            # one person the entry says spoke: "Kim delivered a speech …, saying …")
            outside = [m for m in entry.mentions if not _inside(m.start, spoken)]
            self._in_mind = (
                speakers[-1]
                if speakers
                else subject_left_in_mind(entry.text, outside)
                or reported_speaker(entry.text, outside)
            )
            by_subject = not speakers
        if by_subject:  # ("President Trump calls President Moon Jae-in.": "he" is Trump,
            self._in_mind_title = ""  # "the president" either of them)
        elif self._in_mind is not None:  # the words before his names: "the minister" is he
            before_him = " ".join(
                entry.text[max(0, m.start - 40) : m.start]
                for m in entry.mentions
                if m.actor == self._in_mind
            )
            kept = (self._in_mind_title if self._in_mind == in_mind else "") or self._own_titles(
                self._in_mind
            )
            self._in_mind_title = (kept + " | " + before_him)[-200:] if before_him else kept
        self._note_titles(entry, kin_of, spoken)
        cut = _quotation_left_open(entry.text)
        if cut is not None:  # ("As Bradley would write, “Underlying … the coup in": the
            spoken = [*(s for s in spoken if s[1] <= cut[0]), cut]  # words cut, still his)
        running_before = self._running
        if running_before is not None and _continues_open_quotation(entry.text):
            # "“Every city will resist." ¶ "“ 'Why?' Ann asked her son …": the paragraph goes
            # on with the words the one before left open: all of it is what they say
            spoken = [(0, len(entry.text))]
        if " time" in entry.text or "hora " in entry.text or "heure " in entry.text:
            _clocks_dropped(entry)
        findings.actors = list(
            dict.fromkeys(a for at, a in sorted(entry.actors) if not _inside(at, spoken))
            if spoken
            else dict.fromkeys([a for _, a in sorted(entry.actors)])  # (nothing said: none inside)
        )
        findings.places = _longest_places(
            _outside_quotations(entry.places, entry.matched, entry.words, spoken, entry.text),
            self._known_places,
        )
        findings.tags = self._tags(self._without_new_bodies(entry), entry.words)
        named_speakers = len(said)
        said, unclear = self._spokesmans(entry, said, unclear)
        said, unclear = self._the_body_said(entry, said, unclear, spoken)
        if unclear and self._document_of is not None:
            said, unclear = self._the_document_said(entry.text, said, unclear)
        if unclear and self._running is not None:
            opening = opening_quotation(entry.text)
            if opening is not None and opening.text in unclear:  # "“Every city will resist."
                unclear = [q for q in unclear if q != opening.text]  # ¶ "“Every village …”":
                said = [*said, (self._running, opening.text)]  # his words go on
        running = quotation_runs_on(entry.text) if said else None
        running_said = {s for s, q in said if running is not None and q == running.text}
        self._running = running_said.pop() if len(running_said) == 1 else None
        if self._running is None and not said and not unclear:
            self._running = _lead_in_speaker(entry.text, entry.mentions)
        if (
            self._running is None
            and running_before is not None
            and spoken == [(0, len(entry.text))]
            and all(q != running_before for q, _ in said)
        ):  # (a quotation inside the one left open, someone else's: the outer words go on)
            self._running = running_before
        named_here = tuple(  # (the persons named outside what someone says, in order)
            dict.fromkeys(
                m.actor
                for m in entry.mentions
                if m.kind == "person"
                and (m.start, m.actor) not in kin_of
                and not _inside(m.start, spoken)
            )
        )
        joint = (
            self._joint_statement(entry.text, said, unclear)
            if unclear and self._named_together and not named_here
            else None
        )
        if joint is not None:
            said, unclear, noun = joint
        self._named_together = named_here if len(named_here) > 1 else ()
        documents = (
            {m.group(1) for m in SAID_IN_DOCUMENT.finditer(entry.text)}
            if " in " in entry.text and said
            else set()
        )
        speakers_here = {speaker for speaker, _ in said}
        if joint is not None:  # "The three leaders agreed to “…,” the statement said" next
            self._document_of = (tuple(dict.fromkeys(speaker for speaker, _ in said)), noun)
        elif len(documents) == 1 and len(speakers_here) == 1:
            self._document_of = ((speakers_here.pop(),), documents.pop())
        elif (
            not documents
            and len(speakers_here) == 1
            and self.kinds.get(body := next(iter(speakers_here))) not in {None, "person"}
        ):
            # "…,” the Mainland Affairs Council said on its website.": a body's words are
            # its statement, which "“…,” the statement said" in the next entry goes on with
            self._document_of = ((body,), "statement")
        elif (issued := document_issued(entry.text, entry.mentions, spoken)) is not None:
            self._document_of = ((issued[0],), issued[1])  # "The Kremlin issued a statement."
            self._document_ago = 0
        elif self._document_of is not None and not said and not unclear and not spoken:
            # an entry quoting no one between: "“…,” the ministry said in a statement." ¶
            # "New Delhi also called upon …" ¶ "“…,” the statement said." is still its words
            self._document_ago += 1
            if self._document_ago > DOCUMENT_KEPT_FOR or any(
                self._the_same_document(other.group(1), self._document_of[1])
                for other in ANOTHER_DOCUMENT.finditer(entry.text)
            ):  # (or another such document is named between: "… issued its annual report.")
                self._document_of = None
        else:
            self._document_of = None
        if self._document_of is None or said or unclear or spoken:
            self._document_ago = 0  # (a document named or spoken in this entry: fresh)
        self._body_in_mind = self._body_left(entry, said, spoken)
        said, unclear = _halves_joined(entry.text, said, unclear)
        findings.statements = [Statement(speaker, quote) for speaker, quote in said]
        for speaker, _ in said[:named_speakers]:  # (not the body of "the spokesman said")
            if speaker in quoted_inside:
                continue  # (named inside the words the paragraph before left open: none)
            if speaker not in findings.actors and speaker not in carried_said:  # (a pronoun
                # is no actor: "he said" of the person the entry before named)
                findings.actors.append(speaker)
        findings.unattributed = unclear
        findings.new_actors = [a for a in findings.actors if a in self.new]
        return findings

    def _said_inside_open_quotation(
        self, entry: _Reading, carried: str | None
    ) -> list[tuple[str, str]]:
        """The quotations inside the words a paragraph goes on with when the paragraph before
        left its quotation open and this one opens with the mark again, running to its end
        ("“Hugging her, Ri showed a photo. 'Mother, this is how my father looked,' Ri said."):
        read with the outer mark blanked, the inner quotation's speaker is found as any other's.
        Nothing when the paragraph holds no quotation inside the open one."""
        text = entry.text
        opening = opening_quotation(text)
        if opening is None or opening.end < len(text.rstrip()) or opening.start >= len(text):
            return []
        if text[opening.start] not in '“"':
            return []
        blanked = text[: opening.start] + " " + text[opening.start + 1 :]
        inner, _, _ = statements_in(
            blanked, entry.mentions, entry.unknown_spans, carried, self._in_mind_title, None
        )
        return [(speaker, quote) for speaker, quote in inner if quote != opening.text]

    def _without_new_bodies(self, entry: _Reading) -> str:
        """The entry's text with the names of new bodies blanked (their length kept): a tag's
        word inside a body's own name ("Walgreens Boots Alliance", "the Summit Hotel Group")
        is part of the name, not the topic. Known forums keep theirs ("the Six-Party Talks")."""
        text = entry.text
        blanked = bytearray(len(text))  # one pass: blanking name by name copied the text
        for mention in entry.mentions:
            if (
                mention.actor in self.new
                and mention.kind not in NAMES_WITH_TOPICS
                and " " in text[mention.start : mention.end]
            ):
                blanked[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        if not any(blanked):
            return text
        return "".join(" " if blank else char for char, blank in zip(text, blanked, strict=True))

    def _the_agency(self, entry: _Reading) -> None:
        """The words "the agency" after the one news agency the document named ("… KCNA said. “…,”
        the agency quoted Kim Yo Jong as saying"): that agency; not when the entry names
        another agency of its own, nor when the document named two (_note_agencies)."""
        if len(self._news_agencies) != 1:
            return
        (outlet,) = self._news_agencies
        if any(actor != outlet and self._an_agency(actor) for _, actor in entry.actors):
            return
        for found in THE_AGENCY.finditer(entry.text):
            entry.add(outlet, found.start(1), found.end(1))

    def _the_body_named_before(self, entry: _Reading) -> None:
        """A body named by its common noun ("The ministry also expressed …", "a ministry
        official said", "the federation will provide", "The Navy considered"): the one body of
        that noun the entry named before it, else the one the document named before ("South
        Korea's Unification Ministry", "the International Federation of Red Cross …", "the
        U.S. Navy"); two such bodies, or none: nobody (never an actor named "the ministry")."""
        text = entry.text
        for found in THE_BODY.finditer(text):
            if found["the"] is None and not MEMBER_AFTER_BODY.match(text, found.end("head")):
                continue  # ("a ministry" alone: any; "a ministry official": one of its own)
            start, end = found.span("noun")
            if any(m.start < end and start < m.end for m in entry.mentions):
                continue  # ("the Foreign Ministry of Japan": a name read already)
            member = MEMBER_AFTER_BODY.match(text, found.end("head"))
            said = re.match(r"\s+(\w+)", text[member.end() if member else found.end("head") :])
            # "the ministry said": the body is an actor (README rule 12) but no mention, so
            # that its quoted words stay _the_body_said's ("“…” with Y, the ministry said. “…”")
            speaks = member is None and said is not None and said.group(1).lower() in SPEECH_VERBS
            if _marks_open(text, 0, start) > 0 or text.count('"', 0, start) % 2:
                continue  # ("“… to help the Navy …”": the words someone says)
            head = found["head"].lower()
            office = (found["office"] or "").lower()[:5]

            def fits(forms: tuple[str, ...], head: str = head, office: str = office) -> bool:
                return any(
                    re.search(rf"\b{head}\b", form, re.IGNORECASE) is not None
                    and office in form.lower()
                    for form in forms
                )

            before = {
                m.actor
                for m in entry.mentions
                if m.start < start
                and m.kind not in PERSON_OR_STATE
                and fits(self._names(m.actor) if m.actor in self.records else (m.actor,))
            }
            if not before:
                before = {
                    name
                    for name in self._bodies_named
                    if fits(self._names(name) if name in self.records else (name,))
                }
            if len(before) == 1 and speaks:
                entry.actors.append((start, before.pop()))
            elif len(before) == 1:
                entry.add(before.pop(), start, end)

    def _an_agency(self, actor: str) -> bool:
        """Whether ``actor`` is a news agency: media named "… Agency" in one of its forms."""
        if self.kinds.get(actor) != "media":
            return False
        record = self.known.get(actor)
        forms = (actor, *(record.aliases if record else ()))
        return any(form.endswith(("Agency", "agency")) for form in forms)

    def _note_agencies(self, entry: _Reading) -> None:
        for _, actor in entry.actors:
            if self.kinds.get(actor) == "media" and self._an_agency(actor):
                self._news_agencies.add(actor)

    def _kin_references(self, entry: _Reading) -> None:
        """After an entry that names two persons of one surname, one of them only as whose kin
        the other is ("Kim Yo-jong, North Korean leader Kim Jong-un's powerful sister", "Kim
        Yo Jong, sister of leader Kim Jong Un"): the surname alone, later, is the other's."""
        text = entry.text
        named = {m.actor for m in entry.mentions if m.kind == "person"}
        if len(named) < 2:
            return
        # (either end may be the surname: "Kim Yo Jong" is Kim, "Ruben Velasco" Velasco)
        surnames = {
            key.lower() for person in named for key in (person.split()[0], person.split()[-1])
        }
        for surname in surnames:
            last = self._last_named.get(surname)
            if last is None:
                continue
            number, date, persons = last
            if number != self._entries or len(persons) != 2:
                continue
            references = {
                person
                for person in persons
                if (spans := [m for m in entry.mentions if m.actor == person])
                and all(
                    KIN_REFERENCE_AFTER.match(text, m.end)
                    or KIN_REFERENCE_BEFORE.search(text, max(0, m.start - 60), m.start)
                    for m in spans
                )
            }
            if len(references) == 1:
                (other,) = persons - references
                self._last_named[surname] = (number, date, {other})
                self.document[surname] = other

    def _sexes(self) -> dict[str, tuple[str, int]]:
        """Person → "he" or "she", as the entries said (an honorific, "the widow of"), and the
        entry that said it last; of the last SEX_WINDOW entries that named persons, read now."""
        while self._sex_pending:
            number, text, mentions = self._sex_pending.popleft()
            for person, sex in _genders(text, mentions).items():
                self._sex_known[person] = (sex, number)
        return self._sex_known

    def _not_her(self, words: list[Token], at: int, person: str) -> bool:
        """Whether a woman's honorific stands before a surname ("Mrs. Brent") that would be a
        person no entry has said is a woman (her husband, "Capt. Tom Brent", named after her),
        or a man's before a woman's ("Mr Hale" after "Ada Hale … she")."""
        return at > 0 and self._other_sex(words[at - 1].key, person)

    def _other_sex(self, honorific: str, person: str) -> bool:
        """Whether ``honorific`` ("mrs", "mr") names another person than ``person``: a woman's
        before a new person no entry has said is a woman ("Mrs Davila, the judge's wife" after
        "Judge Edward Davila"), a man's before one an entry said is a woman. (A known person
        keeps a woman's honorific: the base records no sex, and "Ms. Kang" is Kang Kyung-wha.)"""
        sex = self._sexes().get(person, ("", 0))[0]
        if honorific in WOMENS_HONORIFICS:
            return sex != "she" and person in self.new
        return honorific in MENS_HONORIFICS and sex == "she"

    def _woman_named(self, surname: str) -> str | None:
        """The one person of ``surname`` the document named in full whom an entry said is a
        woman ("Ada Brent, the widow of …"), for "Mrs. Brent"; None if none or two."""
        women = [
            person
            for person, (sex, _) in self._sexes().items()
            if sex == "she"
            and person in self._named_persons
            and surname in {w.key for w in tokens(person)}
        ]
        return women[0] if len(women) == 1 else None

    def _note_titles(
        self, entry: _Reading, kin_of: set[tuple[int, str]], spoken: list[tuple[int, int]]
    ) -> None:
        """Notes the office each person is named with in the entry ("President Trump")."""
        for m in entry.mentions:
            if m.kind != "person" or (m.start, m.actor) in kin_of or _inside(m.start, spoken):
                continue
            before = entry.text[max(0, m.start - 40) : m.start]
            title = TITLE_BEFORE_NAME.search(before)
            if title is None:
                continue
            self._titled.setdefault(title["noun"].lower(), set()).add(m.actor)
            self._titles_of[m.actor] = (self._titles_of.get(m.actor, "") + " | " + before)[-200:]

    def _own_titles(self, person: str) -> str:
        """The words before ``person``'s names in earlier entries, where they end in an office
        the document gave him alone: after "President Trump met Kim Jong Un." and "Trump
        walked out.", "The President had been hopeful, admitting …" is Trump; not when it
        also named "President Moon"."""
        kept = []
        for words in self._titles_of.get(person, "").split(" | "):
            title = TITLE_BEFORE_NAME.search(words)
            if title is not None and self._titled.get(title["noun"].lower()) == {person}:
                kept.append(words)
        return " | ".join(kept)

    def _body_left(
        self, entry: _Reading, said: list[tuple[str, str]], spoken: list[tuple[int, int]]
    ) -> tuple[str, str] | None:
        """The body a next "“…,” it said" means: the entry's last speaker when it is a body and
        the entry names no other state or body outside the words said ("“…,” North Korean
        state television announced."); the one before still, when the entry names nobody and
        no one (an entry between that names no candidate); else none."""
        bodies = [s for s, _ in said if self.kinds.get(s, "person") != "person"]
        if bodies:  # (what else the entry names, read only when a body spoke: most entries
            # quote no body; a state that only titles a person, "a message from U.S. President
            # Barack Obama", is no other body "it" may mean)
            in_order = sorted(entry.mentions)
            titling = {
                m.start
                for m in in_order
                if m.kind == "state" and titles_a_person(entry.text, m, in_order)
            }
            named = {
                actor
                for at, actor in entry.actors
                if not _inside(at, spoken)
                and self.kinds.get(actor) != "person"
                and at not in titling
            }
            if named <= {bodies[-1]} or self._ends_saying(entry, bodies[-1], spoken):
                return bodies[-1], self.kinds[bodies[-1]]
        if (
            not bodies
            and not said
            and not entry.actors
            and all(sentence_opener(entry.text, *span) for span in entry.unknown_spans)
            and not any(not _inside(m.start(), spoken) for m in ITS_OWN_IT.finditer(entry.text))
        ):  # (not past an entry whose own "it" means a thing: "The missile flew 500 km
            # before it fell into the sea." leaves the missile, not the agency, as "it")
            return self._body_in_mind
        return None

    def _ends_saying(self, entry: _Reading, body: str, spoken: list[tuple[int, int]]) -> bool:
        """Whether the entry ends with ``body`` and its verb of saying, the last name outside
        the quoted words ("Lee had “…” with North Korea, the official news agency (KCNA)
        said."): the states and bodies named before it are what it spoke of, and the body is
        the one a next "it added" means."""
        outside = sorted(m for m in entry.mentions if not _inside(m.start, spoken))
        if not outside or outside[-1].actor != body:
            return False
        return BODY_SAID_AT_END.fullmatch(entry.text, outside[-1].end) is not None

    def _carried(self, entry: _Reading) -> str | None:
        """The person the entries before left in mind, as the one a "he said" or "she said"
        of this entry may mean: not one an entry said is of the other sex; for "she", the one
        woman an entry said is one, named in the last two entries, in place of a person of no
        known sex ("Ada Brent, the widow of … ‘…,’ Tom Hale said. ‘…,’ she said": Ada Brent);
        nobody when the document said some woman is one but not which."""
        if any(m.kind == "person" for m in entry.mentions):
            self._sex_pending.append((self._entries, entry.text, entry.mentions))
        carried = self._in_mind
        if carried is None or not ("he " in entry.text or "He " in entry.text):
            return carried
        pronoun = SAID_BY_PRONOUN.search(entry.text)
        if pronoun is None:
            return carried
        wanted = pronoun[1].lower()
        sexes = self._sexes()
        known = sexes.get(carried, ("", 0))[0]
        if wanted == "she" and known != "she":
            women = [
                person
                for person, (sex, said_in) in sexes.items()
                if sex == "she"
                and said_in >= self._entries - 2
                and (
                    self._person_named_in.get(person, -9) >= self._entries - 2
                    # (or by her surname or title alone: "Mrs. Bucher", two entries before)
                    or any(m.actor == person for named in self._mentions_named[:2] for m in named)
                )
            ]
            if len(women) == 1:
                return women[0]
            if women or any(sex == "she" for sex, _ in sexes.values()):
                return None  # a woman the document named, and he is not known to be one
        return None if known and known != wanted else carried

    def _spokesmans(
        self, entry: _Reading, said: list[tuple[str, str]], unclear: list[str]
    ) -> tuple[list[tuple[str, str]], list[str]]:
        """ "“…,” the spokesman said" is the body's whose spokesman the entry or one of the two
        before named ("a State Department spokesman criticized …"), when only one was; the
        body is the speaker, not one of the entry's actors."""
        has_spokesman = "spokes" in entry.text or "official" in entry.text  # (most: none)
        named = {
            m.actor
            for m in (entry.mentions if has_spokesman else ())
            if m.kind != "person"
            and (
                SPOKESMAN_AFTER.match(entry.text, m.end)
                or SPOKESMAN_FOR_BEFORE.search(entry.text, max(0, m.start - 30), m.start)
            )
        }
        if len(named) == 1:
            self._spokesman_of = (named.pop(), 0)
        elif named:
            self._spokesman_of = None
        elif self._spokesman_of is not None:
            body, ago = self._spokesman_of
            self._spokesman_of = (body, ago + 1) if ago < 2 else None
        if not unclear or self._spokesman_of is None or not has_spokesman:
            return said, unclear
        body = self._spokesman_of[0]
        still: list[str] = []
        for quote in unclear:
            at = entry.text.find(quote)
            if at >= 0 and (
                THE_SPOKESMAN_SAID.match(entry.text, at + len(quote))
                or THE_SPOKESMAN_BEFORE.search(entry.text, max(0, at - 160), at)
            ):
                said = [*said, (body, quote)]
            else:
                still.append(quote)
        return said, still

    def _the_body_said(
        self, entry: _Reading, said: list[tuple[str, str]], unclear: list[str],
        spoken: list[tuple[int, int]],
    ) -> tuple[list[tuple[str, str]], list[str]]:  # fmt: skip
        """ "“…,” the ministry said", "The foreign ministry spokesman said: “…”": the one body
        of that noun this entry or the two before named ("South Korea's Unification Ministry"),
        else, for a foreign or defense ministry, the one of the one state they named. Two
        candidates: nobody (the quotation stays reported). (Hook of round quotes11.)"""
        self._mentions_named = [entry.mentions, *self._mentions_named[:2]]
        self._remember_named(entry, spoken)
        if not unclear:  # (most entries: nothing to look up, only the mentions kept)
            return said, unclear
        still: list[str] = []
        last: tuple[str, int] | None = None  # (the body, where its last quotation ended)
        cues = description_cues(entry.text)
        self._holder_of = {}
        for quote in unclear:
            noun = body_noun_said(entry.text, quote)
            at = entry.text.find(quote)
            if noun is not None and noun.group("head").lower() == "country":
                body = self._the_country(entry, at)
            elif noun is not None and noun.group("head").lower() == "government":
                body = self._the_government(entry, at)
            else:
                body = (
                    self._body_of_noun(
                        noun.group("head").lower(), (noun.groupdict().get("office") or "").lower()
                    )
                    if noun
                    else None
                )
            if body is None and noun is None and any(cues):  # (quotes15: a company, a
                body = self._company_or_holder(entry, quote, cues)  # state's agency, an office)
            if (
                body is None
                and noun is None  # (not "“…,” the agency said": words of another body)
                and last is not None
                and at > last[1]
                and body_goes_on(entry.text[last[1] : at])
            ):  # "“…,” the ministry said. “…”": the next words stand alone, still its own
                body = last[0]
            if body is not None:
                said = [*said, (body, quote)]
                last = (body, at + len(quote))
            else:
                still.append(quote)
                last = None
        return said, still

    def _remember_named(self, entry: _Reading, spoken: list[tuple[int, int]]) -> None:
        """Keep what ``_body_of_noun`` and ``_company_or_holder`` look up: the bodies the
        document named, and the last entries' texts (read only when a quotation asks)."""
        for m in entry.mentions:
            if m.kind not in PERSON_OR_STATE:
                self._bodies_named[m.actor] = None
        self._texts_named = [(entry.text, spoken), *self._texts_named[:2]]

    def _states_named_lately(self) -> tuple[set[str], set[str]]:
        """The states the entry and the one before name outside what someone says, and those
        that open a sentence (its subject: "Japan protested.", not "… invaded South Korea")."""
        states: set[str] = set()
        subjects: set[str] = set()
        for mentions, (text, spoken) in zip(
            self._mentions_named[:2], self._texts_named[:2], strict=True
        ):
            for m in mentions:
                if m.kind == "state" and not (spoken and _inside(m.start, spoken)):
                    states.add(m.actor)
                    if STATE_OPENS.search(text, max(0, m.start - 30), m.start) and not (
                        text[m.end - 2 : m.end] in POSSESSIVE_ENDS
                        or POSSESSIVE_AFTER.match(text, m.end)
                    ):
                        subjects.add(m.actor)  # (not "France's carmaker cuts …": the firm)
        return states, subjects

    def _company_or_holder(self, entry: _Reading, quote: str, cues: DescriptionCues) -> str | None:
        """ "“…,” said the company": the one body the last entries described as a company;
        "The President replied: “…”" where no one is named with that title: the one person
        holding it on the entry's date in the one state this entry and the one before name,
        as a sentence's subject ("Japan protested."); two states, one named only as an
        object, or two holders: nobody (the words stay reported)."""
        agency = state_agency_said(entry.text, quote) if cues.state_agency else None
        if agency is not None:  # ("North Korea’s state-run news agency said": KCNA)
            where = agency.start("state") if agency.group("state") else agency.start("adjective")
            state = next((m.actor for m in entry.mentions if m.start == where), None)
            agencies = {
                name
                for name, record in self.records.items()
                if state is not None
                and record.kind == "media"
                and record.affiliation == state
                and "news agency" in (record.role or "").lower()
            }
            if agency.group("report"):  # (only an agency the document named: quotes17)
                agencies &= self._bodies_named.keys()
            return agencies.pop() if len(agencies) == 1 else None
        company = company_noun_said(entry.text, quote) if cues.company else None
        if company is not None:
            described = set().union(
                *(
                    described_companies(text, mentions)
                    for mentions, (text, _) in zip(
                        self._mentions_named, self._texts_named, strict=True
                    )
                )
            )
            return described.pop() if len(described) == 1 else None
        office = office_noun_said(entry.text, quote) if cues.office else None
        kinds = {m.kind for m in entry.mentions}
        if office is None or not office_may_be_the_states(entry.text, kinds):
            return None
        title = OFFICE_NOUN_TITLES.get(" ".join(office.group("head").lower().split()))
        if title is None or OF_AFTER_OFFICE.match(office.string, office.end("head")):
            return None  # ("said the president of Renault": a firm's, not the state's)
        if any(m.kind in NOT_A_STATES_VOICE for m in entry.mentions):
            return None  # ("Renault cuts its forecast. “…,” the president said": whose?)
        if title not in self._holder_of:  # (once an entry: many quotations stay linear)
            self._holder_of[title] = self._holder_on_the_day(entry, title)
        return self._holder_of[title]

    def _holder_on_the_day(self, entry: _Reading, title: str) -> str | None:
        """The one holder of ``title`` on the entry's date in the one state in play."""
        if re.search(rf"\b(?i:{title})\s+[A-Z]", entry.text) or any(
            re.search(rf"\b{title}\b", words, re.IGNORECASE)
            for words in self._in_mind_title.split(" | ")
        ):  # (one named with it: the rules before)
            return None
        named_holders = {
            p
            for p in self._named_persons
            if p in self.persons and self.persons[p].holds((title,), entry.date, None)
        }
        if named_holders:  # "Donald Trump arrived in Seoul. … “…,” the president said": not
            # South Korea's; Trump's, when the document named no other holder and these
            # entries name him (quotes17: "Mr. Trump told reporters … The president, who
            # hailed his “great relationship” …")
            lately = {m.actor for mentions in self._mentions_named for m in mentions}
            one = next(iter(named_holders))
            return one if len(named_holders) == 1 and one in lately else None
        named, subjects = self._states_named_lately()
        if len(named) != 1 or not named & subjects:
            return None  # ("North Korea invaded South Korea. The President said": Rhee, or
        state = named.pop()  # an American text's president? the text does not say)
        holders = {p.name for p in self._in_office((title,), entry.date, state)}
        return holders.pop() if len(holders) == 1 else None

    def _the_country(self, entry: _Reading, at: int) -> str | None:
        """ "The country said “…”": the one state this entry (before the words, not after a
        preposition: "The country will retaliate against any provocation from Pyongyang" is
        not North Korea) or the two before named ("World condemns third North Korean test")."""
        text = entry.text
        states = {
            m.actor
            for m in entry.mentions
            if m.kind == "state"
            and m.end <= at
            and not PREPOSITION_END.search(text, max(0, m.start - 12), m.start)
        }
        states.update(
            m.actor for named in self._mentions_named[1:] for m in named if m.kind == "state"
        )
        return states.pop() if len(states) == 1 else None

    def _the_government(self, entry: _Reading, at: int) -> str | None:
        """ "“…,” the government said": the one state whose government this entry (before the
        words) or the two before named ("The Japanese government said …", "the government of
        Peru"), else the one state they named (as "the country")."""
        for back, (mentions, (text, _)) in enumerate(
            zip(self._mentions_named, self._texts_named, strict=False)
        ):
            ends, first, second, acting = self._governments_named(mentions, text)
            count = len(ends) if back else bisect_right(ends, at)  # (this entry: before them)
            if count:  # (the nearest entry that names one decides)
                return first if count <= second else None
            if not back and acting <= at:
                # ("Peru and Chile met. “…,” the government said": a state of this entry's,
                # if one, never a government an entry before named, Japan's)
                return self._the_country(entry, at)
        return self._the_country(entry, at)

    def _governments_named(
        self, mentions: list[Mention], text: str
    ) -> tuple[list[int], str, int, int]:
        """The states an entry names with their government ("The Japanese government", "the
        government of Peru", "Japan's government"): the ends of those mentions in order, the
        first one's state, how many of them come before a second state, and the end of the
        first state named not after a preposition ("Peru and Chile met"; past the text's end
        if none). Read once per entry (asked for each "the government said" of a long entry
        and the two after it)."""
        cached = self._governments_of.get(id(mentions))
        if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
            return cached[2]
        named = sorted(
            (m.end, m.actor)
            for m in mentions
            if m.kind == "state"
            and (
                GOVERNMENT_NEXT.match(text, m.end)
                or text.endswith("government", m.start, m.end)  # (the mention's own word)
                or GOVERNMENT_OF.search(text, max(0, m.start - 20), m.start)
            )
        )
        first = named[0][1] if named else ""
        second = next((at for at, (_, actor) in enumerate(named) if actor != first), len(named))
        acting = min(
            (
                m.end
                for m in mentions
                if m.kind == "state"
                and not PREPOSITION_END.search(text, max(0, m.start - 12), m.start)
            ),
            default=len(text) + 1,
        )
        found = ([end for end, _ in named], first, second, acting)
        kept = {id(named) for named in self._mentions_named}  # (the entries still asked)
        self._governments_of = {
            key: value for key, value in self._governments_of.items() if key in kept
        }
        self._governments_of[id(mentions)] = (mentions, len(mentions), found)
        return found

    def _body_of_noun(self, head: str, office: str) -> str | None:
        """The one body named lately whose name holds ``head`` ("ministry") and ``office``
        ("foreign"; "" for any), both in lower case."""
        for mentions in self._mentions_named:
            fitting = {
                m.actor
                for m in mentions
                if m.kind not in {"person", "state"}
                and head in m.actor.lower()
                and office[:5] in m.actor.lower()
            }
            if len(fitting) == 1:
                return fitting.pop()
            if fitting:
                return None
        fitting = {  # (named earlier in the document: "the news agency said" after "KCNA";
            name  # any of its names: "Yonhap" is "Yonhap News Agency" too)
            for name in self._bodies_named
            if any(
                head in form.lower() and office[:5] in form.lower()
                for form in (self._names(name) if name in self.records else (name,))
            )
        }
        if len(fitting) == 1:
            return fitting.pop()
        if office in {"foreign", "defense", "defence"} and head == "ministry":
            states = {
                m.actor for named in self._mentions_named[:2] for m in named if m.kind == "state"
            }
            if len(states) == 1:
                self._ministry_of("foreign")  # (builds the table of ministries)
                assert self._ministries is not None
                return self._ministries.get((states.pop(), office.replace("defence", "defense")))
        return None

    def _the_document_said(
        self, text: str, said: list[tuple[str, str]], unclear: list[str]
    ) -> tuple[list[tuple[str, str]], list[str]]:
        """ "“…,” the report said" right after an entry whose one speaker "said in an
        English-language report": that speaker's (the report is his words); any other
        document noun, or two speakers before, leaves it unattributed."""
        assert self._document_of is not None
        speakers, noun = self._document_of
        still: list[str] = []
        for quote in unclear:
            at = text.find(quote)
            said_by = THE_DOCUMENT_SAID.match(text, at + len(quote)) if at >= 0 else None
            opened_by = document_said_before(text, at) if at > 0 else None
            if (said_by is not None and self._the_same_document(said_by.group(1), noun)) or (
                opened_by is not None
                and self._the_same_document(opened_by[0], noun)  # ("The statement also said
            ):  # that India was “…”" in the next entry)
                said = [*said, *((speaker, quote) for speaker in speakers)]
            else:
                still.append(quote)
        return said, still

    def _the_same_document(self, named: str, kept: str) -> bool:
        """Whether "the ``named``" is the document the entries before left in mind (noun
        ``kept``): the same noun; or "the report" for the words of news agencies only, which
        their reports are ("“…,” the news agency reported." ¶ "The report said …“…”")."""
        assert self._document_of is not None
        return named == kept or (
            named == "report"
            and kept == "statement"
            and all(self.kinds.get(speaker) == "media" for speaker in self._document_of[0])
        )

    def _joint_statement(
        self, text: str, said: list[tuple[str, str]], unclear: list[str]
    ) -> tuple[list[tuple[str, str]], list[str], str] | None:
        """ "“…,” they said in a joint statement" in an entry that names no person, right
        after one that named two or more: one statement of each of them (the joint statement
        is theirs), and the document's noun, which "the statement said" next goes on with.
        None when no quotation is so signed."""
        still: list[str] = []
        noun = ""
        for quote in unclear:
            at = text.find(quote)
            joint = JOINT_SIGNED.match(text, at + len(quote)) if at >= 0 else None
            if joint is not None:
                said = [*said, *((person, quote) for person in self._named_together)]
                noun = joint.group("noun")
            else:
                still.append(quote)
        return (said, still, noun) if noun else None

    def _tags(self, text: str, words: list[Token]) -> list[str]:
        """The tags whose word forms the entry uses. A pattern is tried only where a word
        starts with one of its cues (anchored there), or searched when it has none: the
        entry's word starts are looked up in an index of the cues, not the other way round.
        Which topics' cues a word start begins with depends only on its first letters (as
        many as the longest cue), so that is looked up once per distinct start."""
        lower = text.lower()
        uncued = self._uncued  # (none in the lexicon: no comprehension to run per entry)
        found = {i for i in uncued if self.topics[i].pattern.search(text)} if uncued else set()
        cued = self._cued_at  # (a missing start's topics are computed by the mapping itself)
        if len(cued) > WORD_FACTS_KEPT:
            cued.clear()
        longest = self._longest_cue
        topics = self.topics
        for word in words:
            at = word.start
            candidates = cued[lower[at : at + longest]]
            if candidates:  # (most words start no cue)
                for index in candidates:
                    if index not in found and topics[index].pattern.match(text, at):
                        found.add(index)
        return list(dict.fromkeys([topics[i].tag for i in sorted(found)]))

    def _topics_cued(self, window: str) -> tuple[int, ...]:
        """The topics one of whose cues ``window`` (the lower-case text at a word's start)
        begins with."""
        cues: Sequence[tuple[int, str]] = self._cues.get(window[:3], ())  # (list, then tuple)
        if window[:2] in self._cues:  # a cue of two letters ("un"), indexed by both
            cues = (*cues, *self._cues[window[:2]])
        return tuple(dict.fromkeys(index for index, cue in cues if window.startswith(cue)))

    def _match(self, words: list[Token]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Longest name forms, left to right, none overlapping: (first, last, target)."""
        first_keys = self.by_first  # (most words start no form: no call, no turn for them)
        starts = [
            (at, form)
            for at, word in enumerate(words)
            if word.key in first_keys and (form := self._form(words, at)) is not None
        ]  # the longest form at each word where one matches
        sizes = [0] * len(words)
        for at, form in starts:
            sizes[at] = len(form.keys)
        found = []
        free = 0  # the first word no match has taken
        for at, form in starts:
            if at < free:
                continue
            size = sizes[at]
            # A longer name starting inside this one wins: "the North Korean leader" is
            # "North Korean", not "the North" and "Korean".
            if size > 1 and any(
                inner + sizes[inner] > at + size for inner in range(at + 1, at + size)
            ):
                if not words[at].capital or words[at].key == "the":  # only "the North" gives
                    continue  # way, to "North Korean"
                if self._adjective_of_body(form, words, at, size, starts_at=sizes):
                    continue
            found.append((at, at + size - 1, form.target))
            free = at + size
        return found

    def _adjective_of_body(
        self, form: Form, words: list[Token], at: int, size: int, *, starts_at: list[int]
    ) -> bool:
        """A state's name that is the start of a body's own name gives way to it: "(North)
        Korean People's Army" and "(North) Korean Central News Agency" are the army and the
        agency, not North Korea (as "North Korean Red Cross" is the Red Cross only)."""
        state = form.target[1]
        if form.target[0] != "actor" or self.kinds.get(state) != "state":
            return False
        inner = next(i for i in range(at + 1, at + size) if i + starts_at[i] > at + size)
        body = self._form(words, inner)
        if body is None or body.target[0] != "actor" or body.target[1] not in self.records:
            return False
        record = self.records[body.target[1]]  # the state's own body: not "North Korean
        return record.kind not in {"state", "person"} and record.affiliation == state  # Red Cross"

    def _form(self, words: list[Token], at: int) -> Form | None:
        """The longest form matching at ``at``: those of its first two words, then those of
        one word (two dictionary lookups instead of trying every form of the first word)."""
        word = words[at]
        key = word.key
        if key not in self.by_first or (word.joined and not _acronym_pair(words, at)):
            return None  # (no form matches after a hyphen inside a word: Form.matches)
        if at + 1 < len(words):
            for form in self.by_pair.get((key, words[at + 1].key), ()):
                if form.matches(words, at):
                    return form
        for form in self.by_single.get(key, ()):  # Form.matches for one word of this key
            if (word.upper or not form.upper[0]) and (word.capital or not form.capital[0]):
                return form
        return None

    def _holding(self, titles: tuple[str, ...]) -> list[Person]:
        """The persons who ever held one of ``titles``."""
        found = self._by_title.get(titles)
        if found is None:
            wanted = set(titles)
            found = self._by_title[titles] = [
                p for p in self.persons.values() if any(r[0] in wanted for r in p.roles)
            ]
        return found

    def _is_person(self, name: str) -> bool:
        return self.kinds.get(name) == "person"

    def _remember(self, person: str) -> None:
        record = self.records.get(person)
        surname = surname_of(person, record.affiliation if record else None)
        if surname:
            self.document[surname] = person
            self._named_in[surname] = self._entries
            self._named_as(surname, person)
        self._named_persons.add(person)
        self._person_named_in[person] = self._entries

    def _named_as(self, surname: str, person: str) -> None:
        """Record that this entry named ``person``, who bears ``surname`` (and the entry's
        year, one of the years the document named him in)."""
        if self._date[:4].isdigit():
            self._named_years.setdefault(person, set()).add(int(self._date[:4]))
        last = self._last_named.get(surname)
        if last is not None and last[0] == self._entries:
            last[2].add(person)
        else:
            self._last_named[surname] = (self._entries, self._date, {person})

    def _long_out_of_office(self, name: str, year: int) -> bool:
        """Whether every dated office of ``name`` ended more than twice NEAR_YEARS before
        ``year`` (a person the knowledge base does not date is not)."""
        ends = [end for *_, end in self.persons[name].roles]
        return bool(ends) and all(
            end is not None and end[:4].isdigit() and int(end[:4]) < year - 2 * NEAR_YEARS
            for end in ends
        )

    def _nearest_named(
        self, surname: str, pool: list[str], date: str, shown: str, findings: Findings
    ) -> tuple[bool, str | None]:
        """The person a bare surname means by the document: the one an earlier entry, the
        nearest that named any bearer of it, named ("Kim Yo Jong issued a statement. … Kim
        said": she, though her brother leads the state that day). Two bearers named there
        ("Kim Yo Jong, the sister of Kim Jong Un, …") leave it unresolved, reported. Not a
        person the date rules out: one whose dated offices are all over that day while a
        bearer holds one ("Kim" in 1996 after "Kim Il Sung" in 1994), nor one the knowledge
        base does not date, named in no year within NEAR_YEARS of the entry's. Nor a new
        person: one the text names in passing ("Chief security guard Park Jong-kyu sprang …" in
        an account of President Park's speech) gives way to the document's office-holder of
        that name, and is forgotten two entries later (the older rules, tests/test_enrich11.py).
        (True, person) when this rule decides, (False, None) when it leaves the other rules to."""
        last = self._last_named.get(surname)
        if last is None or last[0] >= self._entries:
            return False, None
        named = sorted(c for c in last[2] if c in pool)
        if len(named) > 1 and date[:4].isdigit():  # ("Kim Jong Il came to power after his
            # father Kim Il Sung died in 1994", then in 2010 "Mr. Kim promoted his son": not
            # the one whose last office ended more than twice NEAR_YEARS before; a president
            # out of office for six years may still be the one meant)
            year = int(date[:4])
            recent = [c for c in named if not self._long_out_of_office(c, year)]
            if len(recent) == 1 and self.persons[recent[0]].active(date):
                named = recent
        if len(named) > 1:
            findings.unresolved.append(
                Unresolved(shown, f"ambiguous: {' or '.join(named[:4])} named before")
            )
            return True, None
        if not named or named[0] in self.new:
            return False, None  # (a new person's surname: the older rules, test_enrich11)
        person = self.persons[named[0]]
        if person.roles:
            if not person.active(date) and any(self.persons[c].active(date) for c in pool):
                return False, None
        elif (
            date[:4].isdigit()
            and last[1][:4].isdigit()
            and abs(int(date[:4]) - int(last[1][:4])) > NEAR_YEARS
            # (near any year the document named him in: an account of 1968 told beside an
            # interview of 2018 names him in both)
            and min(abs(int(date[:4]) - y) for y in self._named_years.get(named[0], {0}))
            > NEAR_YEARS
        ):
            return False, None
        self._named_in[surname] = self._entries
        return True, named[0]

    def _in_time(self, name: str, date: str) -> str | None:
        """Russia's names before 26 December 1991 mean the Soviet Union; before the Soviet
        Union's first day (30 December 1922) they mean no state the knowledge base records
        ("the French invasion of Russia" in 1812): None, no actor rather than a wrong one."""
        known = self.known.get(name)
        if known and known.since and known.predecessor and date[:10] < known.since[: len(date)]:
            name = known.predecessor
            known = self.known.get(name)
        if known and known.since and known.kind == "state" and date[:10] < known.since[: len(date)]:
            return None
        return name

    def _forces_of(self, entry: _Reading, state: str, first: int) -> None:
        """ "forces of Communist North Korea", "the troops of the Soviet Union": the state's
        forces record (README, rule 1) besides the state, as "North Korean forces" gives; not a
        force's capitalised name ("the Armed Forces of the Philippines")."""
        words = entry.words
        at = first - 1
        if words[at].key in {"communist", "the"} and at >= 2:
            at -= 1  # ("of Communist North Korea", "of the Soviet Union")
        if words[at].key not in {"of", "from"} or at < 1:
            return
        noun = words[at - 1]
        if noun.key not in FORCES_OF_A_STATE or noun.capital:
            return
        if words[at].key == "from" and not (
            at < 2
            or words[at - 2].key in FORCES_FROM_AFTER
            or words[at - 2].end < noun.start - 2  # (a stop between: they open the sentence)
        ):  # "invaded by forces from North Korea", "Communist troops from North Korea": the
            return  # state's; "withdraw troops from South Korea", "US troops from Korea": not
        record = self._forces_on(state, entry.date)
        if record is None:
            return
        entry.add(record.name, noun.start, noun.end)

    def _forces_records(self) -> dict[str, KnownActor]:
        """State → the knowledge base's record of its armed forces (made at the first ask)."""
        if self._forces is None:
            self._forces = {
                known.forces_of: known for known in self.known.values() if known.forces_of
            }
        return self._forces

    def _forces_on(self, state: str, date: str) -> KnownActor | None:
        """The knowledge base's record of ``state``'s armed forces on ``date`` (None before
        their founding, or for a state with none)."""
        record = self._forces_records().get(state)
        if record is None or (record.since is not None and date < record.since[: len(date)]):
            return None
        return record

    def _forces_named(self, entry: _Reading, state: str, last: int) -> str | None:
        """The state's armed forces when its name or adjective is followed by a force's noun
        ("U.S. troops", "UN forces", "South Korean and U.S. troops", "U.S. air and naval
        forces"): the knowledge base's forces record of that state on the entry's date, added
        in the state's place (README, rule 1); None (the state acts) when the state has no such
        record then ("Japanese troops" in 1945), when the noun qualifies another ("U.S. military
        officials") or opens a longer name."""
        era = WAR_ERA.match(entry.text, entry.words[last].end) if entry.says_war else None
        # ("the Japanese military during and before World War II", 2015: Japan's forces then)
        record = self._forces_on(state, WAR_DAYS if era is not None else entry.date)
        if record is None:
            return None
        words = entry.words
        at = last + 1
        while (
            at < len(words)
            and entry.text[words[at - 1].end : words[at].start] == "/"
            and at in self._starting
            and self._starting[at][2][0] == "actor"
        ):  # "US/UN/ROK forces": each state's, the noun after the last
            at = self._starting[at][1] + 1
        next_state = at + 2 if at + 2 < len(words) and words[at + 1].key == "the" else at + 1
        if (
            next_state == at + 2
            and not words[last].upper
            and not words[last].key.endswith(ADJECTIVE_ENDINGS)
        ):
            next_state = -1  # "the Soviet Union and the Chinese Forces": a state, then a force
        if words[at : at + 1] and words[at].key == "and" and next_state in self._starting:
            other = self._starting[next_state]  # "South Korean and U.S. troops": the next state's
            if (
                other[2][0] != "actor"  # (first: "Korea" alone is ("korea",), with no name)
                or self._forces_records().get(self._in_time(other[2][1], entry.date) or "") is None
            ):
                return None
            at = other[1] + 1
        after_states = at
        noun = None
        while (
            at < len(words)
            and (
                not words[at].capital
                or words[at].key in FORCES_OF_A_STATE
                or words[at].key == "communist"
            )  # ("UN Forces", "Chinese Communist troops")
            and words[at].start - words[at - 1].end <= 1
            and (words[at].key in FORCE_MODIFIERS or words[at].key in FORCES_OF_A_STATE)
        ):
            if words[at].key in FORCES_OF_A_STATE:
                noun = at
            at += 1
        if noun is None:
            return None
        following = words[noun + 1] if noun + 1 < len(words) else None
        if (
            following is not None
            and following.start - words[noun].end <= 1
            and (
                following.capital
                or _force_as_adjective(following, words[noun].key)
                or (following.key in CRAFT_OF_A_FORCE and not words[noun].capital)
            )
        ):
            return None  # "U.S. military officials", "the U.S. navy ship": the state's; "U.S.
            # Forces Korea": a name
        entry.add(record.name, words[last].start, words[noun].end)
        entry.covered.update(range(after_states, noun + 1))
        return record.name

    def _as_place(
        self, words: list[Token], first: int, matched: list[tuple[int, int, tuple[str, ...]]],
        index: int,
    ) -> bool:  # fmt: skip
        """A capital is the place after a locative word ("in Seoul"), and in a list that
        starts so ("visits Seoul and Tokyo"); else the government acting."""
        last = matched[index][1]
        following = words[last + 1] if last + 1 < len(words) else None
        if (
            first == last
            and (first <= 1 or words[first].upper)
            and _dateline(self._text, words, first)
        ) or (
            first < last <= 2
            and all(word.upper for word in words[first : last + 1])
            and _dateline(self._text, words, last)
        ):  # "WASHINGTON, Oct. 9 –", "Washington -- Recently …", "KUALA LUMPUR—Police …":
            return True  # where it was written
        if (
            first >= 2
            and words[first - 1].key == "the"
            and (words[first - 2].key in LOCATIVE or words[first - 2].key == "from")
            and not (first >= 3 and words[first - 3].key == "according")
            and matched[index][2][-1] in self._buildings
        ):
            return True  # "at the White House", "inside the Blue House": the building (README,
            # rule 4); "the Blue House said", "according to the White House": the state
        if (
            first >= 2
            and words[first - 1].key in {"a", "an"}
            and words[first - 2].key in {"at", "during", "in"}
            and following is not None
            and following.key in HELD_AT_A_BUILDING
            and not following.capital
            and matched[index][2][-1] in self._buildings
        ):
            return True  # "told reporters at a White House briefing": where it was held, as
            # a summit gives its city (README, rules 4 and 10)
        if words[first].possessive:  # "Pyongyang's nuclear program": the government, but
            return _names_a_site(words, last)  # "Seoul’s National Theater": the city
        if (
            (
                self.text_between(words, first - 1, first).strip() == "("
                if first
                else self._text[: words[0].start].strip() == "("
            )
            and (
                self._text[words[last].end :].lstrip().startswith(")")
                or DAY_IN_BRACKETS.match(self._text, words[last].end) is not None
            )
            and (following is None or not following.capital or following.key[:1].isdigit())
        ):
            return True  # "a press conference (Pyongyang)", "(Pyongyang, 22nd)": a dateline
        if (
            index
            and matched[index - 1][2][0] == "place"
            and matched[index - 1][2][1] in self._sites  # (not "Seattle, Washington")
            and matched[index - 1][1] == first - 1
            and self.text_between(words, first - 1, first).strip() == ","
        ):
            return True  # "Sunan Airport, Pyongyang": the city of a site
        if _city_of_an_address(self._text, words, first):
            return True  # "a store in Seoul Street, London": the city of a street
        if (
            following is not None
            and following.key in BECOMING
            and any(w.key in {"capital", "seat"} for w in words[last + 2 : last + 5])
        ):
            return True  # "Taipei becomes the seat of the government": the city
        if following is not None and following.key in CITY_INSTITUTIONS and not following.capital:
            return True  # "a Seoul hospital confirmed": the city the hospital is in
        if following is not None and following.key in PLACE_CUES:  # (one look-up, mostly)
            key = following.key
            if key in EVENT_NOUNS or key in FALLS:
                return True  # "the Singapore summit", "Pyongyang falls to UN forces"
            if key in SITE_NOUNS:
                if not following.capital:
                    return True  # "kidnapped from a Tokyo hotel"
            elif key in BEING:
                if any(w.key in TAKEN for w in words[last + 2 : last + 4]):
                    return True  # "after Seoul was captured"
            elif following.joined:
                return True  # "Seoul-based", "Pyongyang-time"
        after = matched[index + 1] if index + 1 < len(matched) else None
        if (
            after is not None
            and after[0] == last + 1
            and self.kinds.get(after[2][1] if len(after[2]) > 1 else "") == "person"
        ):
            return True  # a dateline: "Beijing Kim Jong Un ventures …"
        if (
            after is not None
            and after[0] == last + 1
            and after[2][0] == "actor"  # not "defying Washington, Tokyo and others"
            and self.kinds.get(after[2][1] if len(after[2]) > 1 else "") == "state"
            and self.text_between(words, last, last + 1).strip() == ","
            and _own_state(matched[index][2], after[2][1])
        ):
            return True  # "Pyongyang, North Korea" (not "a warning to Seoul, North Korea said")
        previous = words[first - 1] if first else None
        if previous is None:
            return False
        state_before = matched[index - 1] if index else None
        if (  # (the three words before, each looked up: no slice, no loop)
            (first > 0 and words[first - 1].key in CAPITAL_OR_CITY)
            or (first > 1 and words[first - 2].key in CAPITAL_OR_CITY)
            or (
                first > 2
                and words[first - 3].key in CAPITAL_OR_CITY
                and words[first - 1].key not in SPEECH_VERBS  # ("in the capital, Lee said
            )  # Seoul and Washington's alliance …": the governments he spoke of)
        ) or (
            state_before is not None
            and state_before[1] == first - 1
            and state_before[0] >= 2
            and words[state_before[0] - 1].key == "of"
            and words[state_before[0] - 2].key == "capital"
            and self.text_between(words, first - 1, first).strip() == ","
        ):
            return True  # "the South Korean capital, Seoul", "the capital of North Korea,
            # Pyongyang"
        if previous.key == "in" and first >= 2 and words[first - 2].key == "rein":
            return False  # "rein in Pyongyang"
        if previous.key == "from" and first >= 2 and words[first - 2].key in MOTION:
            return True
        if previous.key == "from" and (
            (first >= 2 and words[first - 2].key in CALLED_FROM)
            or any(w.key in MOTION for w in words[max(0, first - 5) : first - 1])
        ):  # "said by telephone from Pyongyang", "contacted by phone from Beijing", "arrived
            return True  # in Seoul from Beijing": where one was, not the government
        if previous.key == "on" and first >= 2 and words[first - 2].key in MARCH:
            return True  # "UN forces advance on Pyongyang"
        if previous.key == "from" and following is not None and following.key in {"via", "to"}:
            # "from Pyongyang via Moscow": a journey's start; but "switches diplomatic
            # recognition from Taipei to Beijing": the governments recognised
            return not any(w.key in RECOGNITION for w in words[max(0, first - 5) : first - 1])
        if (
            previous.key == "to"
            and index
            and matched[index - 1][2][0] == "capital"
            and matched[index - 1][1] == first - 2
            and matched[index - 1][0] >= 1
            and words[matched[index - 1][0] - 1].key == "from"
        ):
            return self._capital_place.get(index - 1, True)  # "from Taipei to Beijing": alike
        if (
            previous.key in {"to", "toward", "towards"}
            and first >= 2
            and words[first - 2].key in ADDRESSED
        ):
            return False  # "aid to Pyongyang", "gestures toward Pyongyang": the government
        if (
            previous.key == "to"
            and first >= 3
            and words[first - 2].key == "out"
            and words[first - 3].key in REACHING
        ):
            return False  # "Moscow was reaching out to Seoul": the government approached
        if previous.key == "between" and any(
            w.key in MOTION for w in words[max(0, first - 3) : first - 1]
        ):
            return True  # "travels between Seoul and Pyongyang": the cities
        if (
            first >= 2
            and (
                (previous.key == "in" and words[first - 2].key in GOVERNING_IN)
                or (
                    previous.key in GOVERNING_PREPOSITIONS
                    and words[first - 2].key in GOVERNING_IN_ABROAD
                )
            )
            and not (
                index
                and matched[index - 1][1] == first - 3
                and not self.text_between(words, first - 3, first - 2).strip()
            )
        ):  # "authorities in Washington and Tokyo": the governments (as annotated); but "the
            return False  # North Korean government in Seoul", "US authorities in Seoul": the city
        if previous.key == "at" and first >= 2 and words[first - 2].key in AIMED_AT:
            return False  # "took a veiled swipe at Washington": the government aimed at
        if previous.key == "of" and first >= 2 and words[first - 2].key in ALLIED:
            return False  # "both allies of Washington", "a rival of Beijing": the government
        if previous.key in LOCATIVE or previous.key in LOCATIVE_ABROAD:
            return True
        if previous.key in OF_ABROAD:
            return first >= 2 and words[first - 2].key in PLACE_BEFORE_OF  # "près de Séoul"
        if previous.key == "a" and not previous.capital and self._ends_a_clause(words, last):
            return True  # Italian, Spanish, Portuguese "a": "incontrati a Pyongyang.", "viajó a
            # Seúl, donde": the place; the English article goes on ("a Pyongyang official")
        if previous.key in POSITION and first >= 2 and words[first - 2].key in PLACE_BEFORE:
            return True  # "in central Seoul"
        if index and (previous.key in {"and", "or"} or matched[index - 1][1] == first - 1):
            before = matched[index - 1]  # "visiting Beijing, Seoul, and Tokyo"
            if (
                before[2][0] == "capital"
                and before[1] >= first - 2
                and not SENTENCE_MARKS.intersection(self.text_between(words, before[1], first))
                and not DASHES.intersection(self.text_between(words, before[1], first))
            ):  # (a list ends with its sentence: "… in Seoul. Washington will consult …", and
                # after a dateline's dash: "SEOUL—Tokyo recalled its ambassador": the government)
                return self._capital_place.get(index - 1, False)  # decided already, in order
            if self._in_a_list_of_places(words, first, last, before):
                return True  # "going on in New York, Singapore and in Panmunjom"
        return False

    def _ends_a_clause(self, words: list[Token], last: int) -> bool:
        """Whether the name ending at word ``last`` ends its clause: a stop, a comma, a colon or
        a semicolon after it, or the end of the entry."""
        after = self._text[words[last].end :].lstrip()
        return not after or after[0] in SENTENCE_MARKS or after[0] == ","

    def _in_a_list_of_places(
        self, words: list[Token], first: int, last: int, before: tuple[int, int, tuple[str, ...]],
    ) -> bool:  # fmt: skip
        """Whether the capital at ``first`` continues a list of places a locative word opens,
        its item before a place no state is ("in New York, Singapore and in Panmunjom", "in
        New York and Singapore"), joined by a comma or "and"/"or" with "and"/"or" beside it
        (not "In New York, Singapore voted": a clause's subject after a comma)."""
        between = self.text_between(words, before[1], first)
        joined_by_and = words[first - 1].key in {"and", "or"}
        return (
            before[2][0] == "place"
            and not (last + 1 < len(words) and words[last + 1].key in SPEECH_VERBS)
            and before[0] >= 1
            and words[before[0] - 1].key in PLACE_LIST_OPENERS
            and before[1] >= first - 2
            and not SENTENCE_MARKS.intersection(between)
            and not DASHES.intersection(between)
            and (
                joined_by_and
                or (
                    between.strip() == ","
                    and last + 1 < len(words)
                    and words[last + 1].key in {"and", "or"}
                    and not words[last + 1].capital
                )
            )
        )

    def text_between(self, words: list[Token], left: int, right: int) -> str:
        return self._text[words[left].end : words[right].start]

    def _surname(
        self, words: list[Token], matched: list[tuple[int, int, tuple[str, ...]]], index: int,
        date: str, full_names: set[str], text: str, findings: Findings,
        named_before: Mapping[str, int] | None = None,
    ) -> str | None:  # fmt: skip
        first, last, target = matched[index]
        # Part of a longer name nobody knows ("Kim Sook", "Sung Kim"): not this surname alone.
        following = words[last + 1] if last + 1 < len(words) else None
        previous = words[first - 1] if first else None
        if (
            following is not None
            and following.capital
            and following.start - words[last].end <= 1
            and last + 1 not in self._starting
            and following.key not in NOT_NAMES
            and not _heading_verb(words, last + 1, self._starting)
        ):
            return None
        if following is not None and following.key in FAMILY_WORDS:
            return None  # "Lee family members met", "the Bush dynasty": a family, not one person
        if (
            following is not None
            and last + 1 in self._starting
            and following.start - words[last].end <= 1
            and words[first].start > 0
            and text[words[first].start - 1] in OPENING_MARKS
        ):
            return None  # '"Ma Pyongyang dovrebbe …"': a quotation's first word (Italian "but")
            # before a known name, no surname alone
        if (
            following is not None
            and following.key in NOT_NAMES
            and _korean_syllables_after(words, last)
        ):
            return None  # "Col. Pak In Ho": a Korean name nobody knows, not Pak Ui Chun
        if (
            target[1] in self.acronyms
            and previous is not None
            and (previous.key[:1].isdigit() or previous.key in {"a", "an"})
        ):
            return None  # "5 MB", "a DJ": a unit, a common noun
        if (
            previous is not None
            and previous.key in PLACE_PREPOSITIONS
            and not words[first].possessive
        ):
            return None  # "spoke in Austin": a place that is also a surname ("in Trump's": not)
        if (
            index
            and matched[index - 1][2][0] == "title"
            and matched[index - 1][1] == first - 1
            and "," not in self.text_between(words, first - 1, first)
        ):
            return None  # the title handles it
        if self._kin_by_surname(words, first):
            findings.unresolved.append(
                Unresolved(text[words[first].start : words[last].end],
                           "a relative named by the surname alone")
            )  # fmt: skip
            return None  # "Moon Jae-in and his wife Kim": his wife, not a Kim in office
        own_kin = None
        if words[last].possessive:
            kin = self._kin_named(words, last, index)
        else:
            if self._kin_pronoun is None:
                self._kin_pronoun = " his " in text or " her " in text
            kin = own_kin = self._own_kin_named(words, last) if self._kin_pronoun else None
        gone = _death_after(words, last)  # "Kim's death", "Park's funeral"
        person = self.resolve(target[1], None, None, date, full_names, text, findings,
                              words[first].start, words[last].end, besides=kin,
                              named_before=named_before, gone=gone)  # fmt: skip
        if person is not None and person not in self.new:
            role = _experts_role(text, words, first, last)
            if role is not None and role not in (self.records[person].role or "").lower():
                findings.unresolved.append(
                    Unresolved(text[words[first].start : words[last].end],
                               f"a surname the text calls {role}: not {person}")
                )  # fmt: skip
                return None  # "nuclear expert Albright said": no Secretary of State Albright
        if own_kin is not None and person is not None:
            self._kin_aside.append((target[1], person))
        return person

    def _kin_by_surname(self, words: list[Token], first: int) -> bool:
        """Whether a surname alone follows a word of kinship after a possessive ("his wife
        Kim", "the senator's son Lee", "her late husband, Park"): that relative, whom the
        surname alone never ties to a known person of that name."""
        at = first - 1
        if at < 1 or words[at].key not in KIN_WORDS:
            return False
        if self.text_between(words, at, first).strip() not in {"", ","}:
            return False
        before = at - 1
        if words[before].key in KIN_ADJECTIVES and before:
            before -= 1
        return words[before].key in KIN_OWNERS or words[before].possessive

    def _kin_named(self, words: list[Token], last: int, index: int) -> str | None:
        """The known person a surname's possessive names as kin, right after it: in "Chiang's
        son, Chiang Ching-kuo" and "Kim's father, Kim Il-sung" the surname is someone else
        of that name (the father, the son), never the kin named ("Kim's youngest son, Kim
        Jong Un": Kim Jong Il)."""
        if last + 1 < len(words) and words[last + 1].key in KIN_ADJECTIVES:
            last += 1
        if not (last + 2 < len(words) and words[last + 1].key in KIN_WORDS):
            return None
        if self.text_between(words, last + 1, last + 2).strip() != ",":
            return None
        kin = self._starting.get(last + 2)
        if kin is None or kin[2][0] != "actor" or not self._is_person(kin[2][1]):
            return None
        return kin[2][1]

    def _own_kin_named(self, words: list[Token], last: int) -> str | None:
        """The known person the same sentence names as the surname's kin, after "his" or
        "her": in "Kim was accompanied by his sister, Kim Yo Jong" and "Chiang met his son,
        Chiang Ching-kuo" the surname is the other one of that name, never the kin."""
        for at in range(last + 1, min(last + 12, len(words) - 3)):
            if SENTENCE_MARKS.intersection(self.text_between(words, at - 1, at)):
                return None
            if words[at].key not in {"his", "her"}:
                continue
            kin_at = at + 2 if words[at + 1].key in KIN_ADJECTIVES else at + 1
            if words[kin_at].key not in KIN_WORDS or kin_at + 1 >= len(words):
                continue
            if self.text_between(words, kin_at, kin_at + 1).strip() != ",":
                return None
            named = self._starting.get(kin_at + 1)
            if named is None or named[2][0] != "actor" or not self._is_person(named[2][1]):
                return None
            return named[2][1]
        return None

    def _given_name_before(self, words: list[Token], first: int, surname: str) -> bool:
        """A capitalised word right before a surname, that no form matched and that is no
        title, makes both another name: "Jerome Powell" is not Colin Powell, "Capitol Hill"
        not Christopher Hill. A given name of the person himself ("Condi Rice") does not."""
        if not first or first - 1 in self._ending:
            return False
        previous = words[first - 1]
        if (
            first > 1
            and _middle_initials(words, first - 1)
            and words[first - 2].key not in NOT_NAMES
            and not _title_key(words[first - 2].key)
            and not (
                words[first - 2].key in self._first_words.get(surname, ())
                and any(
                    name not in self.new and tokens(name)[0].key == words[first - 2].key
                    for name in self.surnames.get(surname, ())
                )
            )
        ):  # (not "Mark W. Clark", the known Mark Clark; "Katharine H.S. Moon" again: she)
            return True  # "Philip W. Yun", "Katharine H.S. Moon": a given name, initials
        if (
            not previous.capital
            or previous.upper
            or previous.possessive
            or words[first].start - previous.end > 1
            or previous.key in NOT_NAMES
            or previous.key in QUESTION_OPENERS
            or _title_key(previous.key)
        ):
            return False
        return previous.key not in self._first_words.get(surname, ())

    def _bear(self, surname: str, name: str) -> bool:
        """Record that ``name`` bears ``surname``; whether he was not known to before."""
        bearers = self._bearers.setdefault(surname, set())
        if name in bearers:
            return False
        bearers.add(name)
        self.surnames.setdefault(surname, []).append(name)
        self._first_words.setdefault(surname, set()).add(tokens(name)[0].key)
        return True

    def _plausible(self, surname: str, person: str, date: str) -> bool:
        """Whether a surname alone may mean the only known person who bears it, on ``date``.

        A dated person: only within NEAR_YEARS of an office he held (other people share his
        surname outside the knowledge base: "Hu" in 1985, "Kelly" in 2018). An undated one:
        only by a bare form his record gives ("Gallucci"), or when the user's or the bundled
        actor table, or this document, names him; a surname derived from his full name is not
        enough evidence ("Kelly" is not always James Kelly)."""
        roles = self.persons[person].roles
        if not roles:
            return (
                (surname, person) in self.vouched
                or person in self.vocabulary_actors
                or person in self.new
            )
        if not date[:4].isdigit():
            return True  # no year to judge by
        year = int(date[:4])
        return any(
            int(start[:4]) - NEAR_YEARS <= year
            and (end is None or year <= int(end[:4]) + NEAR_YEARS)
            for _, _, start, end in roles
        )

    def resolve(
        self, surname: str, titles: tuple[str, ...] | None, state: str | None, date: str,
        full_names: set[str], text: str, findings: Findings, start: int, end: int,
        written: str | None = None, *, former: bool = False, besides: str | None = None,
        lesser: str | None = None, named_before: Mapping[str, int] | None = None,
        gone: bool = False,
    ) -> str | None:  # fmt: skip
        """One person for a surname (with a title and its state), or None and a report.

        A title of a dated office ("Foreign Minister") means a person who held it on the
        day, or one the knowledge base does not date: never a person whose dated offices
        contradict it ("Foreign Minister Abe" in 1983 is not Shinzo Abe). A title without
        an office ("Mr", "Senator") is a surname alone."""
        candidates = self.surnames.get(surname, [])
        if besides is not None and besides in candidates:
            candidates = [c for c in candidates if c != besides]
        shown = written or text[start:end]
        if lesser:  # "Vice Foreign Minister Kim" in 1991 is not Kim Il Sung, who led the state;
            # an office of two words or more: one whose record names it (Kim Kye Gwan's does)
            candidates = [
                c
                for c in candidates
                if not self.persons[c].holds(HEAD_TITLES, date, None)
                and (
                    " " not in lesser
                    or lesser in (self.records[c].role or "").lower()
                    or self.persons[c].bears_office(lesser)
                )
            ]
            holder = self._office_holder(lesser, candidates, state, date, shown, findings)
            if holder is not False:
                return holder
            candidates = [c for c in candidates if not self.persons[c].bears_office(lesser)]
        if not candidates:
            return None
        holders: list[str] = []
        if titles and former:  # "former President Carter": one who had left the office
            past = [c for c in candidates if self.persons[c].held_before(titles, date, state)]
            if len(past) == 1:
                return past[0]
        if titles:
            office = titles
            holders = self._succeeded_dropped(
                [c for c in candidates if self.persons[c].holds(office, date, state)],
                lambda _: office, date, state,
            )  # fmt: skip
            if len(holders) == 1:
                return holders[0]
            past = [
                c
                for c in candidates
                if c in self._named_persons and self.persons[c].held_before(titles, date, state)
            ]
            if not holders and len(past) == 1:  # "President Carter" in 1994, after "former
                return past[0]  # President Jimmy Carter": a former holder keeps the title
            if not holders and set(titles) <= COURTESY_TITLES:
                titles = ()  # "Ambassador Hill" as Assistant Secretary: a surname alone
        if titles:
            pool = holders or [c for c in candidates if self._may_bear(c, titles)]
            if not pool:
                findings.unresolved.append(
                    Unresolved(shown, f"no {titles[0]} of that name on {date}; not "
                                      f"{' or '.join(sorted(candidates)[:4])}")
                )  # fmt: skip
                return None
        else:
            pool = candidates
        in_entry = [c for c in pool if c in full_names]
        if len(in_entry) == 1:
            return in_entry[0]
        preceding = sorted(
            c for c in in_entry if named_before is not None and named_before.get(c, end) < start
        )  # (the persons named in full before the surname in this entry)
        if not titles and len(preceding) > 1:  # "Kim Yo Jong, the sister of Kim Jong Un, …
            findings.unresolved.append(  # Kim said": either, reported
                Unresolved(shown, f"ambiguous: {' or '.join(preceding[:4])} named before")
            )
            return None
        if gone and not titles and not in_entry:
            dead = self._departed(pool, date)
            if dead is not None:
                self._remember(dead)
                return dead
        if not titles and not in_entry:
            decided, nearest = self._nearest_named(surname, pool, date, shown, findings)
            if decided:
                return nearest
        if not titles and not in_entry and self._death_news is None:
            self._death_news = DEATH_NEWS.search(text) is not None
        if not titles and not in_entry and self._death_news:
            departed = [c for c in pool if self.persons[c].left_lately(date)]
            if len(departed) == 1:  # "state TV reported Kim's death" two days after Kim Jong
                self._remember(departed[0])  # Il's office ended: he, not a Kim in office; and
                return departed[0]  # "Kim" in the next entries ("Kim was revered as …")
        active = [c for c in pool if self.persons[c].active(date, SURNAME_OFFICES)] or [
            c for c in pool if self.persons[c].active(date)
        ]  # (a lesser office only where no bearer holds a titled one: SURNAME_OFFICES)
        remembered = self.document.get(surname)
        if remembered in pool and (remembered in active or not active):
            return remembered
        if (
            remembered in pool
            and not titles
            and remembered in self._named_persons
            and self._named_in.get(surname, -2)
            >= self._entries
            - (RECENT_ENTRIES if self._new_and_no_head_besides(remembered, pool, date) else 1)
            and not any(c in self._named_persons for c in pool if c != remembered)
        ):  # news names a person in full before his surname alone: "former president Bill
            # Clinton … Clinton met Kim Jong-il" in 2009 is he, not the Secretary of State of
            # the day, whom the document never named; each use keeps him in mind (a person the
            # knowledge base lacks, for a few entries: "scholar Dana Moon …" three entries
            # before "Moon has visited" is she, not a minister of that name never named; a head
            # of state of that name is in every reader's mind, the new one only just named)
            self._named_in[surname] = self._entries
            return remembered
        if (
            remembered in pool
            and not titles
            and not self.persons[remembered].roles
            and self._named_in.get(surname, -2) >= self._entries - 1
            and not any(c in self._named_persons for c in active if c != remembered)
            and not any(
                self._person_named_in.get(c, -2) >= self._named_in[surname]
                for c in pool
                if c != remembered
            )
        ):  # "Kim Yo Jong issued a statement. … Kim warned": the one just named, though the
            # knowledge base dates no office of hers to compare; each use keeps her in mind
            # ("Rev. Kim Shin-jo … Kim was captured … Kim gained notoriety … Kim is now")
            self._named_in[surname] = self._entries
            return remembered
        if len(holders) > 1:
            if self._named_states is None:
                self._named_states = self._states_named(text)
            named = self._named_states
            local = [c for c in holders if self.records[c].affiliation in named]
            if len(local) == 1:
                return local[0]  # "President Kim" in 1994 Pyongyang: Kim Il Sung
        if not titles:
            recent = [c for c in pool if self._person_named_in.get(c, -2) >= self._entries - 1]
            if len(recent) > 1:  # "Kim Yong Chol and Kim Myong Gil warn … Kim said": either
                # of the two just named, or the head of state; reported, never guessed
                bearers = " or ".join(sorted(recent)[:4])
                why = f"ambiguous: {bearers} named just before"
                findings.unresolved.append(Unresolved(shown, why))
                return None
        document_or_holder = (  # the document's bearer, lately named, or one in office
            not titles  # that day whom it never named
            and remembered is not None
            and remembered in pool
            and bool(active)
            and remembered not in active
            and self._named_in.get(surname, -9) >= self._entries - RECENT_ENTRIES
            and not any(c in self._named_persons for c in active)
        )
        if (
            document_or_holder
            and remembered is not None  # (for mypy: document_or_holder says so)
            and _bears_as_written(remembered, shown)
            and not any(_bears_as_written(c, shown) for c in active)
        ):  # "John Lee … Lee remembers" (1950): the document's Lee, not Syngman Rhee, in
            # office that day, whose surname is "Lee" only in another spelling of his name
            self._named_in[surname] = self._entries
            return remembered
        if (
            document_or_holder
            and remembered is not None
            and self._of_another_state(remembered, active)
        ):  # "Kim Dae-jung is arrested. … Mr. Kim is sentenced" (1980): the document's Kim,
            # or the one in office that day in another state it never named (Kim Il Sung)?
            # Neither settles it. (In office in the same state, the holder of the day: "Bill
            # Clinton … Clinton spoke" two entries on, in 2009, is the Secretary of State.)
            findings.unresolved.append(
                Unresolved(shown, f"ambiguous: {remembered}, named before, or "
                                  f"{' or '.join(sorted(active)[:3])}, in office on {date}")
            )  # fmt: skip
            return None
        if not titles and len(active) == 1:
            return active[0]
        named_active = [c for c in active if c in self._named_persons]
        if not titles and len(active) > 1 and len(named_active) == 1:
            # "North Korean leader Kim Jong Un … his father, Kim Jong Il … Kim said" (2018):
            # of the bearers in office that day, the one the document has named in full, not
            # a Kim it never named (Kim Yong Nam, Kim Yo Jong); two named ones: the rules below
            return named_active[0]
        if not titles and len(active) > 1 and (remembered is None or not named_active):
            # "Kim" in 2023: the one who heads a state that day, not another Kim in office
            # (a document's Kim out of office that day and no Kim in office named, as "Kim
            # Hyon Hui" in 1987 before "Kim met Trump" in 2019 with a Kim minister: the same)
            heads = [c for c in active if self.persons[c].holds(HEAD_TITLES, date, None)]
            if len(heads) == 1:
                return heads[0]
        if not titles and len(pool) > 1 and LEADERS_GOVERNMENT.match(text, end):
            # "the Clinton administration" (2002): the one bearer who had headed a state by
            # then, whose government it is (README rule 11), not another Clinton in no office
            leaders = [
                c
                for c in pool
                if any(
                    title in HEAD_TITLES and (start or "") <= date
                    for title, _, start, _ in self.persons[c].roles
                )
            ]
            if len(leaders) == 1:
                return leaders[0]
        if len(pool) == 1:
            if titles or self._plausible(surname, pool[0], date):
                return pool[0]  # (with a title: a person the knowledge base does not date)
            why = (
                f"held no known office within {NEAR_YEARS} years of {date}"
                if self.persons[pool[0]].roles
                else "the knowledge base gives no dates and no bare form for him"
            )
            findings.unresolved.append(Unresolved(shown, f"not {pool[0]}, who {why}"))
        elif len(holders) > 1:
            findings.unresolved.append(
                Unresolved(shown, f"ambiguous: {' or '.join(holders)} on {date}")
            )
        else:  # several bear it and none held an office that day: never dropped silently
            findings.unresolved.append(
                Unresolved(shown, f"ambiguous: {' or '.join(sorted(pool)[:4])} on {date}")
            )
        return None

    def _office_holder(
        self, lesser: str, candidates: list[str], state: str | None, date: str, shown: str,
        findings: Findings,
    ) -> str | Literal[False] | None:  # fmt: skip
        """The bearer of a surname after a title below a state's head whose office the
        knowledge base dates, by the entry's day (a year: an office that overlaps it):
        "First Vice Foreign Minister Kim" in 2012 is Kim Kye Gwan; in 1991, when no bearer
        held it, nobody, reported (his dates say he did not, so neither does his record's
        role). Several holders: reported, never guessed. False: no bearer's office is dated,
        the surname's other rules decide."""
        dated = [c for c in candidates if self.persons[c].bears_office(lesser)]
        if not dated:
            return False
        holding = self._succeeded_dropped(
            [c for c in dated if self.persons[c].holds_office(lesser, date, state)],
            lambda person: tuple(t for t, *_ in person.roles if names_office(lesser, t)),
            date, state,
        )  # fmt: skip
        if len(holding) == 1:
            return holding[0]
        if len(holding) > 1:
            findings.unresolved.append(
                Unresolved(shown, f"ambiguous: {' or '.join(sorted(holding)[:4])} on {date}")
            )
            return None
        if any(not self.persons[c].bears_office(lesser) for c in candidates):
            return False  # (another bearer, whose office the knowledge base does not date)
        findings.unresolved.append(
            Unresolved(shown, f"no {lesser} of that name on {date}; not "
                              f"{' or '.join(sorted(dated)[:4])}")
        )  # fmt: skip
        return None

    def _succeeded_dropped(
        self, holders: list[str], titles_of: Callable[[Person], tuple[str, ...]], date: str,
        state: str | None,
    ) -> list[str]:  # fmt: skip
        """The bearers of a surname who held an office on ``date`` (``titles_of``: its titles
        in each one's record) less a predecessor whose office ends in a year alone once
        another of them, his successor in it, began it on a dated day on or before ``date``
        (Person.held_until_succeeded, as _in_office for a title alone): "Foreign Minister
        Kim" is the one who took the office that year, not both."""
        if len(holders) < 2:
            return holders
        persons = [self.persons[c] for c in holders]
        return [
            c
            for c, person in zip(holders, persons, strict=True)
            if not person.held_until_succeeded(titles_of(person), date, state, persons)
        ]

    def _departed(self, pool: list[str], date: str) -> str | None:
        """The one bearer a surname's death ("Mr Kim's death", "Park's funeral") can mean:
        the only one whose offices ended in the days before, or else the only one the document
        named whose dated offices are all over that day; a bearer in office is alive."""
        lately = [c for c in pool if self.persons[c].left_lately(date)]
        if len(lately) == 1:
            return lately[0]
        over = [
            c
            for c in pool
            if c in self._named_persons
            and self.persons[c].roles
            and not self.persons[c].active(date)
        ]
        return over[0] if len(over) == 1 else None

    def _of_another_state(self, named: str, active: list[str]) -> bool:
        """Whether every one of ``active`` serves a state other than ``named``'s, one the entry
        and the one before did not name."""
        own = self.records[named].affiliation
        named_states = self._states_named_lately()[0] | self._states_named(self._text)
        return all(
            (state := self.records[c].affiliation) != own and state not in named_states
            for c in active
        )

    def _may_bear(self, person: str, titles: tuple[str, ...]) -> bool:
        """Whether a person the knowledge base does not date may be meant by a title: when
        his record says nothing of his offices, or its words name the title ("President Lee"
        in 2025 is not Lee Hee-ho, "Wife of Kim Dae-jung"; "Vice Foreign Minister Kim" may
        be Kim Kye Gwan, "North Korean Vice Foreign Minister")."""
        if self.persons[person].roles:
            return False
        role = self.records[person].role
        return role is None or any(title.lower() in role.lower() for title in titles)

    def _states_named(self, text: str) -> set[str]:
        words = tokens(text)
        named = set()
        for _, _, target in self._match(words):
            if target[0] in {"actor", "capital"} and self.kinds.get(target[1]) == "state":
                named.add(target[1])
            elif target[0] == "place":
                place = target[1]
                named.add(_country_of(place))
        return named

    def _surname_before_suffix(
        self, words: list[Token], first: int, last: int, text: str, add: object, covered: set[int]
    ) -> None:
        """A title's word that a name's suffix follows ("Martin Luther King Jr.", "Carole
        King, Jr."): the surname of the person named by the capitalised words before it, a new
        person written in full with the suffix; nobody when no given name stands before it
        ("King Jr." alone: never a person "Jr")."""
        suffix = last + 1
        begin = first
        while (
            begin > 0
            and first - begin < 3
            and words[begin - 1].capital
            and begin - 1 not in covered
            and words[begin - 1].key not in NOT_NAMES
            and not words[begin - 1].possessive
            and (
                words[begin].start - words[begin - 1].end == 1
                or _initial(words, begin - 1)  # ("Martin L. King Jr."; not "Rev. Martin …")
            )
        ):
            begin -= 1
        if begin == first:
            return
        end = words[suffix].end + (text[words[suffix].end : words[suffix].end + 1] == ".")
        new = self._new_actor(text[words[begin].start : end], None, None, person=True)
        if new is not None:
            covered.update(range(begin, suffix + 1))
            add(new, words[begin].start, end)  # type: ignore[operator]

    def _title(
        self, words: list[Token], matched: list[tuple[int, int, tuple[str, ...]]], index: int,
        date: str, text: str, findings: Findings, add: object, covered: set[int],
    ) -> None:  # fmt: skip
        """A title: with a surname (resolved by office and date), with a name nobody knows (a
        new actor), or after a state alone ("the South Korean president": the holder)."""
        first, last, target = matched[index]
        if last + 1 < len(words) and words[last + 1].key in NAME_SUFFIXES:
            self._surname_before_suffix(words, first, last, text, add, covered)
            return  # "Martin Luther King Jr.": a surname before its suffix, no title ("Jr")
        titles = TITLES[target[1]]
        state = None
        prior = matched[index - 1] if index else None
        if (
            prior is not None
            # "Japanese Foreign Minister", "Chinese Vice Premier"; not "South Korea
            # welcomes Foreign Minister Okada" (a verb between: another state's minister)
            and (prior[1] == first - 1 or (prior[1] == first - 2 and words[first - 1].capital))
            and (
                self.kinds.get(prior[2][1] if len(prior[2]) > 1 else "") == "state"
                # "the UN secretary-general", "the IAEA director general": its holder too
                or (
                    len(prior[2]) > 1
                    and prior[2][0] == "actor"
                    and prior[2][1] in self.international
                    and self.kinds.get(prior[2][1]) == "organization"
                    and prior[1] == first - 1
                    and not self.text_between(words, prior[1], first).strip()
                )  # (not "… the Six-Party Talks; President Bush")
            )
        ):
            state = self._in_time(prior[2][1], date)
        if target[1] == "chief" and state not in self.international:
            titles = ()  # "defense chief Esper", "the army chief": no office dated; "the UN
            # chief" is the Secretary-General
        at = last + 1
        if (
            target[1] in RANKS
            and at + 1 < len(words)
            and len(words[at].key) <= RANK_NOTE_LENGTH
            and text[words[last].end : words[at].start].strip(" .") == "("
            and text[words[at].end : words[at + 1].start].strip() == ")"
        ):
            at += 1  # "Captain (P) Arthur G. Bonifas", "Lt. (jg) Ellen Park": a note on the
            # rank (promotable, junior grade), no part of the name
        if at < len(words) and words[at].joined and words[at].key == "elect":
            titles, at = (), at + 1  # "President-elect Park": not yet the office's holder
        owner = False  # an office of what a state owns ("the leader of the North's delegation")
        # "Ambassador to South Korea X", "President of South Korea X"
        if at < len(words) and words[at].key in {"to", "of"} and index + 1 < len(matched):
            nxt = matched[index + 1]
            article = at + 1 < len(words) and words[at + 1].key == "the"
            body = nxt[2][1] if len(nxt[2]) > 1 else ""
            if (
                nxt[0] == at + 1
                and (
                    nxt[2][0] == "korea"
                    or self.kinds.get(body) == "state"
                    or body in self.international  # ("the United Nations": one form)
                )
            ) or (  # "Ambassador to the UN Samantha Power" (not "elected President of the
                article and nxt[0] == at + 2 and body in self.international
            ):  # United States": a state after "the" gives no holder that day)
                if words[at].key == "of" and nxt[2][0] != "korea":
                    state = nxt[2][1]
                owner = (
                    words[at].key == "of"
                    and words[nxt[1]].possessive
                    and any(w.key in LED_BODIES for w in words[nxt[1] + 1 : nxt[1] + 3])
                )
                at = nxt[1] + 1
        nxt_match = self._starting.get(at)
        if (
            nxt_match is not None
            and nxt_match[2][0] == "surname"
            and "," in self.text_between(words, at - 1, at)
            and _name_run(words, at, self._starting, start_matched=True) <= nxt_match[1]
        ):  # "the communist leader, Carter said": a surname alone after a comma is the
            return  # document's (its own rule), not the title's holder of that name
        if (
            nxt_match is not None
            and nxt_match[2][0] == "surname"
            and target[1] in WOMENS_HONORIFICS
            and (woman := self._woman_named(nxt_match[2][1])) is not None
        ):  # "Mrs. Brent" after "Ada Brent, the widow of Capt. Tom Brent": she
            add(woman, words[at].start, words[at].end)  # type: ignore[operator]
            return  # (not remembered as the surname's last bearer: "Brent died" is still his)
        if nxt_match is not None and nxt_match[2][0] == "surname":
            if (  # not "Vice Foreign Minister Han Song Ryol": surnames of a longer new name
                _name_run(words, at, self._starting, start_matched=True, through_surnames=True)
                <= nxt_match[1]
            ):
                resolved = self.resolve(  # a surname alone after the title
                    nxt_match[2][1], titles, state, date, set(), text, findings,
                    words[first].start, words[at].end, former=_after_former(words, first, prior),
                    lesser=target[1] if target[1] in LESSER_OFFICES else None,
                    gone=_death_after(words, nxt_match[1]),
                )  # fmt: skip
                if resolved and not self._other_sex(target[1], resolved):
                    add(resolved, words[at].start, words[at].end)  # type: ignore[operator]
                    self._remember(resolved)
                return  # ("Mrs Davila" after "Judge Edward Davila": another person, unnamed)
        elif nxt_match is not None:
            return  # a known full name follows: it is an actor already
        # A name nobody knows after the title: a new person ("Congressmen A and B": two).
        role = text[words[first].start : words[last].end]
        if state and prior is not None:
            role = f"{_adjective(text, words, prior)} {role}".strip()
        named = False
        if (
            at < len(words)
            and "." in self.text_between(words, at - 1, at)
            and len(words[at - 1].key) > 4
        ):
            at = len(words)  # "… and industry minister. Four Myanmar nationals …": a sentence
            # ends after the title (not an abbreviation's stop: "Gen. Mark Milley")
        if (end := _company_after_title(words, first, last, at)) is not None:
            company = self._new_actor(text[words[first].start : words[end].end], None, None)
            if company is not None:  # "General Motors", "General Electric": a company's name
                covered.update(range(first, end + 1))  # that opens with a rank's word
                add(company, words[first].start, words[end].end)  # type: ignore[operator]
            return
        if words[last].possessive:
            at = len(words)  # "The Prime Minister's Questions", "the President's Cup": what
            # the office holds, no name
        while at < len(words) and words[at].start - words[at - 1].end <= 2:
            run_end = _name_run(
                words, at, self._starting, start_matched=nxt_match is not None,
                through_surnames=True,
            )  # fmt: skip
            if run_end < at or words[run_end].key in OCCASION_WORDS:
                break  # ("Captain Cook Week opens": an occasion's name, nobody)
            if run_end == at and words[at].key in LEADING_TITLES:
                covered.add(at)  # ("Chief Commissioner of the …": the title's second word,
                break  # nobody; no unknown name a pronoun might mean either)
            name = re.sub(r"['’]s$", "", text[words[at].start : words[run_end].end])
            holder = self._holder_named(name, titles, state, date)
            named_before = self.document.get(name.lower()) if " " not in name else None
            if named_before not in self.new or (  # "Special Envoy Lefkowitz" after "Jay
                target[1] in WOMENS_HONORIFICS  # Lefkowitz"; not "Mrs. Brent" after "Capt.
                and self._sexes().get(named_before, ("", 0))[0] != "she"  # Tom Brent"
            ):
                if named_before in self.new:
                    break  # (nobody: unresolved, no new person "Brent" either)
                named_before = None
            new = holder or named_before or self._new_actor(name, state, role, person=True)
            if new is None:
                break
            named = True
            covered.update(range(at, run_end + 1))
            add(new, words[at].start, words[run_end].end)  # type: ignore[operator]
            if not (run_end + 2 < len(words) and words[run_end + 1].key == "and"):
                break
            at, nxt_match = run_end + 2, None
            if at in self._starting:
                break
        if named:
            return
        # No name: the holder of the office in that state on that day (an office one person
        # holds at a time: not ambassadors, envoys or commanders).
        if owner:
            return  # "the leader of the North's delegation": the office is the delegation's
        taker = prior[0] if prior is not None and prior[1] >= first - 2 else first
        if taker > 0 and (
            _after_a_taking_verb(words, taker) or words[taker - 1].key in ROLE_TO_COME
        ):
            return  # "he was elected President of South Korea": the office he takes, no holder
            # ("a South Korean politician and later president of South Korea": his, to come)
        if (
            taker >= 3
            and words[taker - 1].key == "the"
            and words[taker - 2].key == "of"
            and words[taker - 3].key in {"residence", "residences", "palace", "house", "villa"}
        ):
            return  # "at the official residence of the Japanese Prime Minister": a building
        if state is not None and _former(words, first, prior):
            findings.unresolved.append(  # "the former US president": not the holder that day
                Unresolved(text[words[first].start : words[last].end],
                           f"a former holder of the office on {date}: which one is not said")
            )  # fmt: skip
            return
        if (
            state is None
            and titles
            and not set(titles) & SEVERAL_HOLDERS
            and (
                _acting_title(words, first, last)
                or _capitalised_head_title(text, words, first, last)
            )
        ):  # "the president threatened …" in a document that named President Trump before
            in_office = {
                person  # the document's persons, and those the entry and the two before
                for person in set(self.document.values()).union(
                    *self._persons_lately, findings.actors
                )
                if person in self.persons and self.persons[person].holds(titles, date, None)
            }  # named ("Stalin approves the plan. The dictator agrees": by his alias alone)
            if (
                not in_office
                and text[words[first].start : words[last].end] in CAPITALISED_HEADS
                and not _in_apposition(text, words, first, last)
            ):
                in_office = self._home_holders(titles, date)  # ("the Prime Minister" in a
                # parliament's record of Mr. Churchill's question: the one of his state)
            if len(in_office) == 1:
                add(in_office.pop(), words[first].start, words[last].end)  # type: ignore[operator]
            return
        if (
            first >= 2
            and index
            and words[first - 1].key == "the"
            and text[words[first - 2].end : words[first - 1].start] == ", "
            and matched[index - 1][1] == first - 2
            and len(matched[index - 1][2]) > 1
            and self.kinds.get(matched[index - 1][2][1]) == "person"
        ):
            return  # "Park Chung-hee, the President of South Korea, was …": his own title
            # in apposition, not another holder of it on the entry's date
        if state is not None and not set(titles) & SEVERAL_HOLDERS:
            holders = self._holders(titles, date, state)
            if len(holders) == 1:
                add(holders[0].name, words[first].start, words[last].end)  # type: ignore[operator]
            elif len(holders) > 1:
                findings.unresolved.append(
                    Unresolved(text[words[first].start : words[last].end],
                               f"ambiguous: {' or '.join(p.name for p in holders)} on {date}")
                )  # fmt: skip

    def _home_holders(self, titles: tuple[str, ...], date: str) -> set[str]:
        """Who held one of ``titles`` on ``date`` in the document's own state: the one state
        of all the known persons it has named ("Mr. Churchill asked the Prime Minister" in
        1950: Attlee, the British prime minister that day). None when its persons are of
        several states, or it named none (a president of which state? the text does not say)."""
        homes = {
            record.affiliation
            for person in self._named_persons
            if person in self.persons and (record := self.records.get(person)) is not None
        } - {None}  # (new persons: no state said)
        if not homes:  # none named: the state whose government it named by its own style
            homes = set(self._own_governments)  # (Hansard's "His Majesty's Government")
        if len(homes) != 1:
            return set()
        home = homes.pop()
        if home is None or self.kinds.get(home) != "state":
            return set()
        return {p.name for p in self._in_office(titles, date, home)}

    def _one_holder(self, title: str, state: str, date: str) -> str | None:
        """The one holder of ``title`` of ``state`` on ``date`` (None: none or several)."""
        holders = {p.name for p in self._holders((title,), date, state)}
        return holders.pop() if len(holders) == 1 else None

    def _holders(self, titles: tuple[str, ...], date: str, state: str) -> list[Person]:
        """Who held one of ``titles`` of ``state`` on ``date``; for its "Leader", when it had
        none, its head: the president, else the prime minister, that day."""
        holders = self._in_office(titles, date, state)
        if not holders and titles == ("Leader",):  # "the South Korean leader"
            for head in HEADS:
                holders = self._in_office(head, date, state)
                if holders:
                    break
        return holders

    def _in_office(self, titles: tuple[str, ...], date: str, state: str | None) -> list[Person]:
        """Who held one of ``titles`` (of ``state``) on ``date``: not a predecessor whose
        office ends in a year alone once his successor's dated first day has come."""
        holders = [p for p in self._holding(titles) if p.holds(titles, date, state)]
        if len(holders) < 2:
            return holders
        return [p for p in holders if not p.held_until_succeeded(titles, date, state, holders)]

    def _leaders_of_states(self, entry: _Reading) -> list[str]:
        """The persons who led the states named with "the … leaders" on the entry's date,
        besides the states (README, rule 7): "the US and North Korean leaders", "the leaders
        of Japan and South Korea". One state alone ("the Japanese leaders") names no one: its
        leaders are several; without "the" ("American and British leaders … during the second
        world war", "talked to leaders of China, South Korea, Japan and Russia") the leaders
        may be others than the heads of the day), unless a meeting's "with" or "between" opens
        them ("a trilateral meeting with DPRK and U.S. leaders": who meet that day)."""
        words, text = entry.words, entry.text
        leaders: list[str] = []
        by_end = {last: (first, target) for first, last, target in entry.matched}
        for at, word in enumerate(words):
            noun = at  # where the plural title starts ("top diplomats": at "top")
            titles = PLURAL_OFFICES.get((word.key,))
            title_end = at  # (the title's last word: "heads of state")
            if titles is None and at and word.key in {"diplomats", "ministers", "secretaries"}:
                noun = at - 1
                titles = PLURAL_OFFICES.get((words[noun].key, word.key))
            if titles is None and word.key == "heads" and HEADS_OF_STATE.match(text, word.end):
                titles, title_end = ("Leader",), at + 2  # "the heads of state of A and B"
            if titles is None or (word.capital and noun == at):
                continue
            states: list[int] = []  # where each state named starts
            if title_end + 2 < len(words) and words[title_end + 1].key == "of":
                if noun and words[noun - 1].key != "the":
                    continue  # (opening the entry, a headline's: "Top diplomats of S. Korea,
                    # Japan hold talks")
                scan = title_end + 2
                while scan < len(words):
                    match = self._starting.get(scan)  # (a name may take its "the" in: "the
                    if match is None and words[scan].key in {"the", "and"}:  # Soviet Union")
                        scan += 1
                        continue
                    if match is None or self.kinds.get(match[2][-1]) != "state":
                        break
                    states.append(scan)
                    if match[1] + 1 >= len(words) or SENTENCE_MARKS.intersection(
                        self.text_between(words, match[1], match[1] + 1)
                    ):
                        break  # ("the leaders of China and Russia. Japan …": the list ends)
                    scan = match[1] + 1
            else:
                scan = noun - 1
                while scan >= 0:
                    if words[scan].key == "and":
                        scan -= 1
                        continue
                    found = by_end.get(scan)
                    if found is None or self.kinds.get(found[1][-1]) != "state":
                        break
                    states.append(found[0])
                    scan = found[0] - 1
                if scan < 0 or words[scan].key not in LEADERS_OPENERS:
                    continue
            if len(states) < 2:
                continue
            for first in states:
                state = self._in_time(self._starting[first][2][-1], entry.date)
                holders = self._holders(titles, entry.date, state) if state else []
                if len(holders) == 1:
                    leaders.append(holders[0].name)
        return leaders

    def _forces_of_states(self, entry: _Reading) -> None:
        """ "the troops of the United States, South Korea, and our other allies": the armed
        forces of each state the list names (their records), as "American troops" are."""
        states = sorted((m.start, m.end, m.actor) for m in entry.mentions if m.kind == "state")
        for forces in FORCES_OF.finditer(entry.text):
            at = forces.end()
            for start, end, state in states:
                if start < at:
                    continue
                if start != at:
                    break
                record = self._forces_on(state, entry.date)
                if record is not None:
                    entry.add(record.name, start, end)
                after = LIST_GOES_ON.match(entry.text, end)
                if after is None:
                    break
                at = after.end()

    def _outside_quotations(
        self, pattern: re.Pattern[str], entry: _Reading
    ) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in the entry that stand outside any quotation (a
        speaker's words: "“The two leaders confirmed …”"), the marks open before each counted
        on as the matches go (counted again for each, a long entry was quadratic)."""
        spoken = self._texts_named[0][1] if self._texts_named else []
        marks, read = 0, 0
        for found in pattern.finditer(entry.text):
            marks += _marks_open(entry.text, read, found.start())
            read = found.start()
            if not _inside(found.start(), spoken) and marks <= 0:
                yield found

    def _the_two(self, entry: _Reading) -> list[str]:
        """The persons "the two ministers" (leaders, presidents, top diplomats) means: of the
        persons this entry (before the words) and the two before it named, those who held
        such an office on the entry's date, grouped by office (a foreign minister with his
        counterpart, a head of state or government with another): the one group of two. With
        none or several such groups, nobody ("the two ministers" after three foreign
        ministers stays unread); nor inside a quotation (the speaker's words)."""
        found: list[str] = []
        for two in self._outside_quotations(THE_TWO, entry):
            qualifier = (two[1] or "").split()
            noun = two[2].lower()
            if noun == "ministers" and not qualifier:
                titles = None  # any minister's office
            else:
                titles = PLURAL_OFFICES.get((*(w.lower() for w in qualifier), noun))
                if titles is None:
                    continue
            groups: dict[str, set[str]] = {}
            before = {a for at, a in entry.actors if at < two.start() and a in self.persons}
            for person in before.union(*self._persons_lately):
                for title, _, start, end in self.persons[person].roles:
                    group = _office_group(title, titles)
                    if group is not None and held_during(entry.date, start, end):
                        groups.setdefault(group, set()).add(person)
            pairs = [members for members in groups.values() if len(members) == 2]
            if len(pairs) == 1:
                found.extend(sorted(pairs[0]))
        return found

    def _two_bearers(self, entry: _Reading) -> list[str]:
        """The persons "the two Kims" ("both Bushes") means: the two known persons bearing
        that surname whom this entry (before the words) and the two before it named, or else
        the only two the document named. With one, or three or more, nobody; nor inside a
        quotation."""
        found: list[str] = []
        for two in self._outside_quotations(TWO_BEARERS, entry):
            written = two["name"].replace("’", "'").lower()
            bearers = self._bearers.get(written) or self._bearers.get(written + "e") or set()
            before = {a for at, a in entry.actors if at < two.start() and a in self.persons}
            named = sorted(bearers & before.union(*self._persons_lately))
            if len(named) != 2:  # (else the two of the document, if it named only two)
                named = sorted(bearers & self._named_persons)
            if len(named) == 2:
                found.extend(named)
        return found

    def _holder_named(
        self, name: str, titles: tuple[str, ...], state: str | None, date: str
    ) -> str | None:
        """The holder of a state's office that day whose name begins with the words written
        ("North Korea's Foreign Minister Ri Yong" in 2017 is Ri Yong Ho): a name cut short,
        not a new person. Only with the state and a dated office, and only one holder."""
        if state is None or not titles:
            return None
        written = " ".join(w.key for w in tokens(name))
        found = [
            p.name
            for p in self._holding(titles)
            if p.holds(titles, date, state)
            and " ".join(w.key for w in tokens(p.name)).startswith(written + " ")
        ]
        return found[0] if len(found) == 1 else None

    def _new_actor(
        self, name: str, affiliation: str | None, role: str | None, *, person: bool = False,
        kind: str | None = None, alone: bool = False,
    ) -> str | None:  # fmt: skip
        if self._in_capitals:
            return None  # a cable or a telex ("I MET WITH PRESIDENT PARK AFTERNOON …"): its
            # capitals mark no name, so none is coined (known names are found as known)
        name = re.sub(r"['’]s$", "", name)  # "Choi Soon-sil’s daughter": Choi Soon-sil
        if len(name) == 1:
            return None  # "Senator, I want …": the pronoun I, or a letter alone, names no one
        if person and re.search(r" (?:Jr|Sr)$", name):
            name += "."  # "William K. Harrison Jr.": the suffix keeps its stop, as written
        words = name.split()
        if len(words) >= 3 and _misspelt_title(words[0]):
            words = words[1:]  # "Chief Cabinet Secetary Hirokazu Matsuno": a title misspelt
            name = " ".join(words)
        if (
            len(words) >= 3
            and words[0].lower() in OFFICE_DOMAINS
            and not {w.lower() for w in words[1:]} & (ORG_WORDS | MEDIA_WORDS)
        ):
            words = words[1:]  # "Inspector General of Police Khalid Abu Bakar": the title's end
            name = " ".join(words)
        title_at = next(
            (
                at
                for at in range(1, len(words) - 2)
                if words[at].lower() in LEADING_TITLES
                and words[at - 1].lower() in ORG_WORDS
                and not {w.lower() for w in words[at + 1 :]} & (ORG_WORDS | MEDIA_WORDS)
            ),
            None,
        ) if len(words) >= 4 else None  # fmt: skip
        if title_at is not None:  # "Communist Party Chair Shii Kazuo": the person after the
            words = words[title_at + 1 :]  # body's title (the body is its own name)
            name = " ".join(words)
        if (
            len(words) >= 3
            and words[0].lower() in LEADING_TITLES
            and not {w.lower() for w in words} & (ORG_WORDS | MEDIA_WORDS)
        ):
            words = words[1:]  # "(National Intelligence Service) Director Won Sei Hoon"
            name = " ".join(words)
        if not words or (
            words[0].lower() in NOT_NAMES
            and kind is None
            and not (words[0].lower() in GIVEN_MONTHS and len(words) > 1)  # ("Jan Visser")
            and not (words[0].lower() in BODY_OPENERS and {w.lower() for w in words} & ORG_WORDS)
        ):
            return None  # ("New Democratic Party (NDP)": its abbreviation says it is a name)
        if name in TIME_ZONES:
            return None  # "5:03 p.m. ET Tuesday": a clock's time zone, nobody
        if {w.lower() for w in words} & HEADLINE_VERBS:
            return None  # "Chun Enters Korea Military Academy", "North Korea Blows Up Joint
            # Liaison Office, Says South": a headline's words in capitals, no name
        if len(words) > 5 and (
            person
            or sum(w.lower() not in _SMALL_WORDS for w in words) > 8
            or not ({w.lower() for w in words} & ORG_WORDS or kind)
        ):  # (a body's name may be longer: "James Martin Center for Nonproliferation Studies",
            # "International Federation of Red Cross and Red Crescent Societies": its small
            # words not counted)
            return None
        if name in self.records:
            return name
        ministry = MINISTRIES.get(name.lower())
        if ministry is not None:  # "China “opposes” the test, the Foreign Ministry said"
            own = self._ministry_of(ministry)
            if own is not None:
                return own
        if name[-1:] == "s" and self.kinds.get(name[:-1]) not in (None, "person"):
            return name[:-1]  # "European Unions": the European Union written in the plural
        if 1 < len(words) <= 4 and self._kin_of and " of " in self._text:
            relative = self._kin_in_apposition(name)
            if relative is not None:
                return relative
        if len(words) == 2 and words[0] in ("Mac", "Mc"):
            spaced = self._surname_spaced(words)
            if spaced is not None:
                return spaced  # "Mac Arthur déclare": MacArthur, his surname written apart
        if 1 < len(words) <= 4:  # "Kim Jon Un", "Douglass MacArthur": a known name misspelt
            misspelt = self._misspelt(name, tokens(words[0])[0].key) or self._misspelt(
                name, tokens(words[-1])[0].key
            )
            if misspelt is not None:
                return misspelt
        if 1 < len(words) <= 3:
            for given in GIVEN_NAME_FORMS.get(words[0].lower(), ()):
                known = self._person_named(" ".join((given, *words[1:])))
                if known is not None:
                    return known  # "Bob Gallucci": Robert Gallucci; "Bill Clinton" as written
            same = self._new_person_by_given_form(words)
            if same is not None:
                return same  # "Ken Lay" after "Kenneth Lay", new to the knowledge base
            held = next(
                (
                    self._library_persons[other]
                    for given in GIVEN_NAME_FORMS.get(words[0].lower(), ())
                    if (other := " ".join((given, *words[1:])).lower()) in self._library_persons
                ),
                None,
            )
            if held is not None and not kind:  # "Ken Lay" where another source of the
                name, words, person = held, held.split(), True  # library wrote "Kenneth Lay"
        if len(words) == 2:
            known = self._person_named(f"{words[1]} {words[0]}")
            if known is not None and self.records[known].affiliation in EITHER_ORDER | KOREAS:
                return known  # "Kishida Fumio": Fumio Kishida, a Japanese name in its order;
                # "Posun Yun": Yun Posun, a Korean name in the Western order
        if len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]):
            known = self._person_named(f"{words[0]} {words[2]}")
            if known is not None:
                return known  # "Matthew B. Ridgway": Matthew Ridgway
        if person and len(words) == 2 and (words[0], words[1]) in self._with_initial:
            return self._with_initial[words[0], words[1]]  # "William Dean": William F. Dean
        lowered = {w.lower().strip(".,") for w in words}
        initial = bool(re.search(r"\b[A-Z]\. ", name))  # "James A. Van Fleet": a person
        if person and lowered & ORG_WORDS and not initial:
            return None
        if kind is not None:
            pass  # (a body the text defines by its abbreviation)
        elif initial and person:
            kind = "person"
        elif lowered & MEDIA_WORDS:
            kind = "media"
        elif lowered & ORG_WORDS:
            # ("the Japanese Communist Party": a party)
            kind = "party" if words[-1].lower() == "party" else "organization"
        elif not person and words[-1].lower().strip(".,") in (
            COMPANY_WORDS | TRADE_WORDS | FIRM_NAME_ENDS
        ):
            kind = "company"  # "General Motors", "Purdue Pharma": a firm's last word
        else:
            kind = "person"
        if (
            kind == "person"
            and len(words) == 1
            and ((not role and not alone) or words[0].lower() in self.by_first)
        ):
            return None  # one word: a new name only after a title or as one alone acts (the
            # caller's rule: _lone_name_of_a_person), and not "North"
        if kind == "person" and _title_case(self._text) and "-" not in words[-1]:
            return None  # "… Talks Come to Abrupt End, Pyongyang Negotiator Says": a headline's
            # capitals are no names (its known names are still found)
        actor = Actor(name, kind, affiliation, role, ())
        self.records[name] = actor
        self.kinds[name] = kind
        self.new[name] = actor
        if kind == "person":
            self.persons[name] = Person(name, affiliation, ())
            self._named_persons.add(name)  # named in full, as a known person would be
            self._person_named_in[name] = self._entries
            words = [w.rstrip(",") for w in words]
            while len(words) > 2 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
                words.pop()  # "Alexander M. Haig, Jr." is Haig
            if len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]):
                self._with_initial.setdefault((words[0], words[2]), name)
            # Either word may be the surname ("Shigeie Toshinori" is Shigeie): both lead here.
            # (not a given name a hyphen joins: "Choe Yong-ho" is Choe, never "Yong")
            ends = {tokens(words[0])[0].key} | (
                set() if "-" in words[-1] else {tokens(words[-1])[0].key}
            )
            for word in ends - NOT_NAMES:
                if self._bear(word, name):
                    form = Form((word,), (True,), (False,), ("surname", word))
                    self._add(form)
                    self.by_single.setdefault(word, []).append(form)
                self.document[word] = name
                self._named_in[word] = self._entries
                self._named_as(word, name)
            double = _double_surname(words)
            if double is not None:  # "Karine Jean-Pierre … Jean-Pierre said": she
                key = " ".join(double)
                if self._bear(key, name):
                    form = Form(double, (True,) * len(double), (False,) * len(double),
                                ("surname", key))  # fmt: skip
                    self._add(form)
                    self.by_pair.setdefault((double[0], double[1]), []).append(form)
                self.document[key] = name
                self._named_in[key] = self._entries
                self._named_as(key, name)
        return name

    # --- what the import writes beside the events -------------------------------------------

    def actors_beyond(self, used: Iterable[str]) -> list[Actor]:
        """The records of used actors that the vocabulary lacks: from the knowledge base or
        new, for an actor file (``--actors-out``) that makes the events load."""
        return [
            self.records[name]
            for name in dict.fromkeys(used)
            if name not in self.vocabulary_actors and name in self.records
        ]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def _un_organs_abroad(text: str) -> set[int]:
    """Where the UN's short form stands inside an organ's name in another language
    (UN_ORGAN_ABROAD): the name's start ("UN-Sicherheitsrats") or the end of the organ's words
    ("Conseil de sécurité des Nations unies")."""
    if not any(short in text for short in ("UN", "ONU", "Onu", "ONZ", "ООН", "Nations")):
        return set()
    return {at for organ in UN_ORGAN_ABROAD.finditer(text) for at in organ.span()}


def _with_speech_abroad(
    said: list[tuple[str, str]],
    unclear: list[str],
    spoken: list[tuple[int, int]],
    abroad: SpeechRead,
) -> tuple[list[tuple[str, str]], list[str], list[tuple[int, int]]]:
    """The statements of an entry with those its quotations in Korean, Japanese, Chinese or
    Russian make (the words the English rules left unclear, or did not read as said, now
    attributed; those these rules leave unclear reported)."""
    attributed = {quote for _, quote in said}
    said = [*said, *((s, q) for s, q in abroad.said if q not in attributed)]
    now = {quote for _, quote in said}
    unclear = [q for q in unclear if q not in now]
    unclear += [q for q in abroad.unclear if q not in now and q not in unclear]
    spoken = [*spoken, *(span for span in abroad.spans if span not in spoken)]
    return said, unclear, spoken
