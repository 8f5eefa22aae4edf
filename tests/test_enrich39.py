"""Unit tests of round enrich39 (issue 23, the enrichment's known faults): a body named again by
its common noun ("the ministry", "The Navy", "the federation", "a ministry official") is the one
body of that noun named before in the entry or the document, or nobody; a body's remit that
"and" runs on ("International Federation of Red Cross and Red Crescent Societies"); a site's
name over "of" ("the National Prisoner of War Museum"); a title's word before a name's suffix
is a surname ("Martin Luther King Jr.", never a person "Jr"); "Washington" before a surname is
a given name ("Washington Irving", not the state); a name that acquires or merges with another
by name is a new firm ("Globex acquires Initrode"); a surname the text calls an expert is not the
knowledge base's official of that surname ("nuclear expert Albright"). Each on invented entries of other
subjects, with the cases that must stay unresolved."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Enricher
from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import enrich_in_order

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- a body named again by its common noun -----------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The ministry also warned of shortages.",
        "“Stocks are low,” a ministry official said.",
        "The ministry's spokesman declined to comment.",
    ],
)
def test_the_ministry_is_the_one_the_document_named(vocabulary: Vocabulary, entry: str) -> None:
    before = "The Ministry of Finance announced new taxes on fuel."
    assert _actors(vocabulary, before, entry, date="2021-03-01") == ["Ministry of Finance"]


def test_the_navy_is_the_one_the_document_named(vocabulary: Vocabulary) -> None:
    entries = ("The Royal Navy sent a frigate to the Gulf.", "The Navy later recalled it.")
    assert "Royal Navy" in _actors(vocabulary, *entries, date="2021-03-01")


def test_the_federation_named_in_the_entry_before_it(vocabulary: Vocabulary) -> None:
    entry = (
        "The International Federation of Journalists condemned the arrests, and the federation "
        "will send observers."
    )
    assert _actors(vocabulary, entry, date="2021-03-01") == [
        "International Federation of Journalists"
    ]


def test_the_navy_inside_a_quotation_is_the_speaker_s_word(vocabulary: Vocabulary) -> None:
    entries = (
        "The Royal Navy sent a frigate to the Gulf.",
        "The survey was designed “to help the Navy and mankind”.",
    )
    assert _actors(vocabulary, *entries, date="2021-03-01") == []


@pytest.mark.parametrize(
    "before",
    [
        "Fuel prices rose again in March.",  # (no body named: nobody)
        "The Ministry of Finance and the Ministry of Health met.",  # (two: nobody)
    ],
)
def test_the_ministry_with_none_or_two_named_is_nobody(vocabulary: Vocabulary, before: str) -> None:
    actors = _actors(vocabulary, before, "The ministry later said nothing.", date="2021-03-01")
    assert actors == []


def test_a_ministry_of_a_name_is_no_common_noun(vocabulary: Vocabulary) -> None:
    entries = (
        "The Ministry of Finance announced new taxes.",
        "The Ministry of Health announced new rules.",
    )
    assert _actors(vocabulary, *entries, date="2021-03-01") == ["Ministry of Health"]


# --- a body's remit that "and" runs on; a site's name over "of" --------------------------------


@pytest.mark.parametrize(
    ("entry", "body"),
    [
        (
            "Then the International Federation of Red Cross and Red Crescent Societies said "
            "many are at risk.",
            "International Federation of Red Cross and Red Crescent Societies",
        ),
        (
            "The Institute for Fiscal and Monetary Studies publishes its forecast.",
            "Institute for Fiscal and Monetary Studies",
        ),
    ],
)
def test_a_remit_joined_by_and_is_one_body(vocabulary: Vocabulary, entry: str, body: str) -> None:
    assert _actors(vocabulary, entry, date="1996-03-01") == [body]


def test_and_before_a_name_of_its_own_joins_two(vocabulary: Vocabulary) -> None:
    actors = _actors(vocabulary, "The Bank of Korea and Samsung agreed.", date="2021-03-01")
    assert "Samsung" in actors


@pytest.mark.parametrize(
    ("entry", "site"),
    [
        (
            "Veterans unveiled a plaque at the National Prisoner of War Museum.",
            "National Prisoner of War Museum",
        ),
        (
            "They laid a wreath at the Victims of Communism Memorial.",
            "Victims of Communism Memorial",
        ),
    ],
)
def test_a_site_s_name_over_of_is_one_place(vocabulary: Vocabulary, entry: str, site: str) -> None:
    found = enrich_in_order(vocabulary, entry, date="2001-03-01")
    assert found.places == [site]
    assert found.actors == []


def test_a_battle_named_after_its_site_gives_the_site(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "The Battle of Chosin Reservoir began.", date="1950-11-27")
    assert found.places == ["Chosin Reservoir"]


# --- a title's word before a name's suffix is a surname ----------------------------------------


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        ("Carole King Jr. is shot in Memphis.", "Carole King Jr."),
        ("Dr. Harold King Jr. speaks at the rally.", "Harold King Jr."),
        ("Rev. Harold King Jr. speaks at the rally.", "Harold King Jr."),
        ("Harold King, Jr. speaks at the rally.", "Harold King, Jr."),
    ],
)
def test_a_title_s_word_before_a_suffix_is_a_surname(
    vocabulary: Vocabulary, entry: str, person: str
) -> None:
    assert _actors(vocabulary, entry, date="1968-04-04") == [person]


def test_a_title_s_word_and_a_suffix_alone_name_nobody(vocabulary: Vocabulary) -> None:
    assert _actors(vocabulary, "King Jr. had spoken the day before.", date="1968-04-04") == []


# --- a capital people bear as a given name, before a surname ----------------------------------


@pytest.mark.parametrize(
    "entries",
    [
        ("The writer Washington Irving dies in Tarrytown.",),
        ("Washington Irving's house in Tarrytown is restored.",),
        ("The writer Washington Irving dies.", "Washington Irving's will is read."),
    ],
)
def test_a_capital_before_a_surname_is_a_given_name(
    vocabulary: Vocabulary, entries: tuple[str, ...]
) -> None:
    assert "United States" not in _actors(vocabulary, *entries, date="1859-11-28")


@pytest.mark.parametrize(
    "entry",
    [
        "Washington said no to the treaty.",
        "The Washington Naval Conference opens.",  # (a name after it: the conference's)
    ],
)
def test_the_capital_acting_or_naming_a_conference_stays(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert "Washington Naval" not in " ".join(_actors(vocabulary, entry, date="1921-11-12"))
    if entry.startswith("Washington said"):
        assert _actors(vocabulary, entry, date="1921-11-12") == ["United States"]


# --- a firm named alone, acting on another firm by name -----------------------------------------


@pytest.mark.parametrize(
    ("entry", "firm"),
    [
        ("Globex acquires Initrode.", "Globex"),
        ("Initech acquires rival Globex for 2 billion dollars.", "Initech"),
        ("Initech merges with Globex in May.", "Initech"),
    ],
)
def test_a_name_that_acquires_another_by_name_is_a_new_firm(
    vocabulary: Vocabulary, entry: str, firm: str
) -> None:
    found, kinds = _found_and_kinds(vocabulary, entry)
    assert firm in found
    assert kinds[firm] == "company"


@pytest.mark.parametrize(
    "entry",
    [
        "Smith acquires Picasso paintings.",  # (a thing after the name: anyone's purchase)
        "Holmes acquires Theranos shares.",
        "Martin acquires a taste for jazz.",
    ],
)
def test_a_purchase_of_things_makes_no_firm(vocabulary: Vocabulary, entry: str) -> None:
    _, kinds = _found_and_kinds(vocabulary, entry)
    assert "company" not in kinds.values()


def _found_and_kinds(vocabulary: Vocabulary, entry: str) -> tuple[list[str], dict[str, str]]:
    enricher = Enricher(vocabulary)
    found = enricher.enrich(entry, "2002-03-01")
    return found.actors, {a: enricher.kinds.get(a, "") for a in found.actors}


# --- a surname the text calls an expert is not an official of that surname --------------------


@pytest.mark.parametrize(
    "entry",
    [
        "“Samples must be taken,” nuclear expert Albright said.",
        "“Samples must be taken,” said Albright, a nuclear expert at a think tank.",
    ],
)
def test_a_surname_called_an_expert_is_not_the_official(vocabulary: Vocabulary, entry: str) -> None:
    found = enrich_in_order(vocabulary, entry, date="1998-05-01")
    assert "Madeleine Albright" not in found.actors
    assert [u.text for u in found.unresolved] == ["Albright"]


def test_a_surname_with_the_official_s_title_stays_the_official(vocabulary: Vocabulary) -> None:
    entry = "Secretary of State Albright met the expert panel."
    assert _actors(vocabulary, entry, date="1998-05-01") == ["Madeleine Albright"]


def test_experts_named_before_a_comma_leave_the_surname_the_official(
    vocabulary: Vocabulary,
) -> None:
    entry = "Against the advice of other experts, Albright met the panel."
    assert _actors(vocabulary, entry, date="1998-05-01") == ["Madeleine Albright"]
