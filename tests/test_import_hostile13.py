"""hostile13: session 13's importer and enrichment tried on documents written to mislead them;
each miss read by a narrow general rule, tested on other subjects."""

from __future__ import annotations

import pytest

from ktimeline.importing.quotations import body_noun_said, company_noun_said, office_noun_said
from ktimeline.vocabulary import Vocabulary
from tests.enrich_support import enrich_in_order, said
from tests.import_split import dates

# --- the same words quoted twice in one sentence: the later quotation read where it stands --
# (the look-up of the sentence's last quotation found the earlier copy of its words again and
# called itself without end: a RecursionError ended the whole import)

REPEATED = [
    ("The talks were “frank,” and the plan “frank,” the ministry said.", "frank,"),
    ("Kim, treated for “a stroke,” died despite “a stroke,” according to the agency.", "a stroke,"),
    ("Prices were “too high” in May and “too high,” the ministry said.", "too high"),
]


@pytest.mark.parametrize(("text", "quote"), REPEATED)
def test_the_same_words_twice_in_a_sentence_find_the_body(text: str, quote: str) -> None:
    found = body_noun_said(text, quote)
    assert found is not None
    assert found.group("head").lower() in {"ministry", "agency"}


@pytest.mark.parametrize(
    "text",
    [
        "Sales were “weak,” and the outlook “weak,” the company said.",
        "The deal was “fair,” and the price “fair,” the president said.",
    ],
)
def test_the_same_words_twice_for_a_company_or_an_office(text: str) -> None:
    assert company_noun_said(text, "weak,") is not None or office_noun_said(text, "fair,")


def test_an_entry_quoting_the_same_words_twice_is_enriched(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary,
        "South Korea's Unification Ministry met the North's delegation at Panmunjom.",
        "The talks were “frank,” and the plan “frank,” the ministry said.",
        date="2015-03-05",
    )
    assert said(found) == [("Ministry of Unification", "frank,")] * 2


def test_the_later_words_written_before_in_prose() -> None:
    """The sentence's last quoted words stand unquoted earlier in the entry: they are read
    where they are quoted, not where they first appear."""
    text = "A frank, long meeting: the talks were “useful” and “frank,” the agency said."
    found = body_noun_said(text, "useful")
    assert found is not None
    assert found.group("head") == "agency"


# --- a surname that is a common word, opening a sentence before a plural subject ------------
# ("James Young founded the club." then "Young players joined …": no James Young acting)


@pytest.mark.parametrize(
    ("named", "later"),
    [
        ("James Young founded the club with ten friends.", "Young players joined the club."),
        ("Mary Stone opened the new ground.", "Stone walls were built around the ground."),
        ("Peter Black bought the mine.", "Black miners went on strike."),
        ("Anna White ran the mill.", "White flags had been raised over the town."),
    ],
)
def test_a_common_word_before_a_plural_subject_is_no_surname(
    vocabulary: Vocabulary, named: str, later: str
) -> None:
    found = enrich_in_order(vocabulary, named, later, date="1901-01-01")
    assert not found.actors


@pytest.mark.parametrize(
    "later",
    [
        "Holmes raises money from investors.",
        "Holmes was charged with fraud.",
        "Holmes raised money.",
    ],
)
def test_the_surname_acting_is_still_the_person(vocabulary: Vocabulary, later: str) -> None:
    found = enrich_in_order(
        vocabulary, "Elizabeth Holmes founded Theranos in Palo Alto.", later, date="2004-01-01"
    )
    assert "Elizabeth Holmes" in found.actors


# --- the person named as the owner of the one who speaks is not the speaker ----------------
# ("…», a déclaré l'avocat de Jean Dupont, Pierre Lenoir": the lawyer's words, not Dupont's)


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        # (the lawyer named after the comma speaks: since a title before a name makes a new
        # person, enrich31, he is found; before, nobody was)
        (
            ("“We will appeal,” said John Smith's lawyer, Peter Black.",),
            [("Peter Black", "We will appeal,")],
        ),
        (
            (
                "« Je suis innocent », a déclaré Jean Dupont.",
                "« Nous ferons appel », a déclaré l'avocat de Jean Dupont, Pierre Lenoir.",
            ),
            [],
        ),
        (
            ("«Soy inocente», dijo Juan Pérez.", "«Apelaremos», dijo el abogado de Juan Pérez."),
            [],
        ),
        (
            ("“We will talk,” said Moon Jae-in’s wife, Kim Jung-sook.",),
            [("Kim Jung-sook", "We will talk,")],
        ),
        (
            ("“We will appeal,” said the coach of Kim Jong Un, Ri Sol Ju.",),
            [("Ri Sol Ju", "We will appeal,")],
        ),
    ],
)
def test_the_owner_of_the_speaker_does_not_speak(
    vocabulary: Vocabulary, entries: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert said(enrich_in_order(vocabulary, *entries, date="2019-03-12")) == expected


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("“We will talk,” said Kim Jong Un's spokesman.", "Kim Jong Un"),
        ("“We will talk,” said Moon Jae-in.", "Moon Jae-in"),
        ("« Nous parlerons », a déclaré le porte-parole de Kim Jong Un.", "Kim Jong Un"),
    ],
)
def test_a_spokesman_still_speaks_for_him(vocabulary: Vocabulary, entry: str, speaker: str) -> None:
    assert [who for who, _ in said(enrich_in_order(vocabulary, entry, date="2019-03-12"))] == [
        speaker
    ]


# --- "according to" of other languages opening a sentence is no part of a name -------------


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Según Ana Gómez, «el juez se equivocó», dijo Luis Mora.", "Ana Gómez"),
        ("Laut Hans Müller sagte er: „Wir vertagen“.", "Hans Müller"),
        ("Secondo Marco Rossi, «il giudice ha sbagliato», ha detto Luca Bianchi.", "Marco Rossi"),
    ],
)
def test_according_to_abroad_is_no_given_name(
    vocabulary: Vocabulary, entry: str, name: str
) -> None:
    found = enrich_in_order(vocabulary, entry, date="1998-03-12")
    assert name in found.actors
    assert not [actor for actor in found.actors if actor.endswith(name) and actor != name]


# --- a title's year after "since", "after", "seit", "depuis" … bounds the entries' years ----
# ("Chronology of events since 1998" above "March 3: …" had dated every day 1998, silently)


@pytest.mark.parametrize(
    "title",
    [
        "# Chronology of events since 1998",
        "Chronology of events since 1998",
        "Timeline: the protests after 1998",
        "# Chronik der Proteste seit 1998",
        "# Chronologie des manifestations depuis 1998",
        "# Cronología de las protestas desde 1998",
    ],
)
def test_a_bound_year_in_the_title_dates_no_day(title: str) -> None:
    text = f"{title}\n\nMarch 3: Protesters marched.\nApril 5: Talks began.\n"
    assert dates(text) == []


@pytest.mark.parametrize(
    "title",
    ["# Chronology of 1998", "# Chronology of the 1998 crisis", "# Chronik 1998", "Timeline 1998"],
)
def test_the_titles_own_year_still_dates_the_days(title: str) -> None:
    text = f"{title}\n\nMarch 3: Protesters marched.\nApril 5: Talks began.\n"
    assert [d for d, _, _ in dates(text)] == ["1998-03-03", "1998-04-05"]
