"""Unit tests of round enrich26 (issue 23, the faults the lead listed): an office of a state's
delegation has no holder; a capital after a French, German or Spanish preposition is the
place; a newspaper after "published … in" is no place; a body inside "Journal of the …" is
no new actor; speech verbs of German, French and Spanish; a surname alone acting after a full
name nobody knows; "the Democratic Party" of the state in view; a court or a central bank "of" a state; an
embassy placed in a city or acting. All on invented entries of other subjects (sport,
medicine, a bank, French, German and Spanish politics); the guards stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.importing.enrichment import Findings
    from ktimeline.vocabulary import Vocabulary


def _found(vocabulary: Vocabulary, *entries: str, date: str = "2016-05-01") -> Findings:
    return enrich_in_order(vocabulary, *entries, date=date)


# --- an office of what a state owns: no holder --------------------------------------------


def test_the_leader_of_a_state_is_still_its_leader(vocabulary: Vocabulary) -> None:
    # the guard: no possessive, the state's own leader that day
    found = _found(vocabulary, "The President of France met the press.")
    assert "François Hollande" in found.actors
    # a possessive followed by what is no delegation: the leader's own
    found = _found(vocabulary, "The President of France's advisers met the press.")
    assert "François Hollande" in found.actors


def test_the_leader_of_a_delegation_is_not_the_states_leader(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "The leader of France's delegation spoke first.")
    assert "François Hollande" not in found.actors
    assert "France" in found.actors


# --- a capital after a preposition of another language: the place ------------------------


@pytest.mark.parametrize(
    ("entry", "place", "state"),
    [
        ("Les syndicats manifestent place de Paris.", "Paris", "France"),
        ("Le président est arrivé à Paris hier soir.", "Paris", "France"),
        ("Der Kanzler reiste gestern nach Paris.", "Paris", "France"),
        ("El ministro llegó desde Berlin el lunes.", "Berlin", "Germany"),
    ],
)
def test_a_capital_after_a_foreign_preposition_is_the_place(
    vocabulary: Vocabulary, entry: str, place: str, state: str
) -> None:
    found = _found(vocabulary, entry)
    assert place in found.places
    assert state not in found.actors


def test_a_capital_acting_in_french_is_still_the_government(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "Paris a protesté contre la décision.")
    assert "France" in found.actors
    assert "Paris" not in found.places


# --- a newspaper after a piece of writing: no place ---------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The novelist published Lettre Ouverte in Le Quotidien.",
        "The surgeon published a letter in Medical Weekly.",
        "Her essay appeared in Harbour Review.",
        "An editorial in Morning Ledger attacked the plan.",
    ],
)
def test_a_newspaper_after_a_piece_of_writing_is_no_place(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _found(vocabulary, entry).places == []


def test_a_book_published_in_a_city_keeps_the_city(vocabulary: Vocabulary) -> None:
    # the guard: a book comes out in a city ("a novel" is no piece of a newspaper)
    found = _found(vocabulary, "He published a novel in Kinshasa.")
    assert "Kinshasa" in found.places


# --- a body inside "Journal of the …": no new actor ----------------------------------------


def test_a_body_inside_a_journals_name_is_no_new_actor(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary, "A study in the Journal of the American Heart Association was cited."
    )
    assert found.actors == []
    assert found.new_actors == []


def test_a_body_after_an_office_of_it_stays_an_actor(vocabulary: Vocabulary) -> None:
    # the guard: "president of the …" is his office, the association is his
    found = _found(
        vocabulary, "Mara Quill, president of the American Heart Association, spoke to reporters."
    )
    assert "American Heart Association" in found.actors


# --- speech verbs of German, French and Spanish -------------------------------------------


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Hans Weber sagte am Montag: „Wir geben nicht auf.“", ("Hans Weber", "Wir geben")),
        ("„Wir geben nicht auf“, sagte Hans Weber.", ("Hans Weber", "Wir geben")),
        ("Jean Dumas a déclaré : « Nous ne céderons pas. »", ("Jean Dumas", "Nous ne")),
        ("« Nous ne céderons pas », a déclaré Jean Dumas.", ("Jean Dumas", "Nous ne")),
        ("El entrenador Jorge Pérez dijo: «No cederemos nunca».", ("Jorge Pérez", "No cederemos")),
        ("«No cederemos nunca», dijo Jorge Pérez.", ("Jorge Pérez", "No cederemos")),
    ],
)
def test_german_french_and_spanish_speech_verbs_attribute(
    vocabulary: Vocabulary, entry: str, expected: tuple[str, str]
) -> None:
    pairs = said(_found(vocabulary, entry))
    assert len(pairs) == 1
    speaker, quote = pairs[0]
    assert speaker == expected[0]
    assert quote.startswith(expected[1])


@pytest.mark.parametrize(
    "entry",
    [
        "Les manifestants criaient « Non ! » devant la mairie.",  # no speech verb, no speaker
        "Die Zeitung titelte „Wir geben nicht auf“ am Montag.",
    ],
)
def test_a_quotation_without_a_speech_verb_stays_unattributed(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert [speaker for speaker, _ in said(_found(vocabulary, entry)) if speaker] == []


# --- a surname alone acting after the full name -------------------------------------------


def test_a_surname_alone_acting_after_a_full_name_is_that_person(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Grace Harlow founded the clinic in 1998.",
        "Harlow raised money from investors.",
    )
    assert found.actors == ["Grace Harlow"]
    assert "Grace Harlow" in found.new_actors


@pytest.mark.parametrize(
    "second",
    [
        "Investors trusted Harlow.",  # an object, not acting: left
        "The Harlow fund closed.",  # not opening a clause with a verb
    ],
)
def test_a_surname_alone_not_acting_stays_unattributed(vocabulary: Vocabulary, second: str) -> None:
    found = _found(vocabulary, "Grace Harlow founded the clinic in 1998.", second)
    assert "Grace Harlow" not in found.actors


def test_a_surname_alone_without_a_full_name_before_is_no_person(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "The clinic opened in 1998.", "Harlow raised money from investors.")
    assert found.actors == []


# --- "the Democratic Party" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The Progressive Party in the west objected.",  # no state in view: left unknown
        "Voters backed the Democratic Party in Ohio.",  # no known party of that state
    ],
)
def test_a_party_nobody_knows_stays_unknown(vocabulary: Vocabulary, entry: str) -> None:
    assert not [actor for actor in _found(vocabulary, entry).actors if "Party" in actor]


def test_a_party_of_the_state_in_view_is_the_known_one(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "In Japan the opposition, the Democratic Party, walked out.")
    assert "Democratic Party of Japan" in found.actors
    found = _found(
        vocabulary,
        "Japan's prime minister dissolved the Diet.",
        "He faces the main opposition Democratic Party in the vote.",
    )
    assert "Democratic Party of Japan" in found.actors


def test_the_party_alone_is_no_name(vocabulary: Vocabulary) -> None:
    assert _found(vocabulary, "The Party decided to expel him.").actors == []


# --- a court or a central bank "of" a state -----------------------------------------------


@pytest.mark.parametrize(
    ("entry", "body", "state"),
    [
        ("The Supreme Court of Canada struck the law down.", "Supreme Court of Canada", "Canada"),
        ("The Bank of Canada raised its rate.", "Bank of Canada", "Canada"),
        ("The High Court of Australia's ruling stood.", "High Court of Australia", "Australia"),
    ],
)
def test_a_court_or_bank_of_a_state_is_a_body_too(
    vocabulary: Vocabulary, entry: str, body: str, state: str
) -> None:
    found = _found(vocabulary, entry)
    assert body in found.actors
    assert state in found.actors


def test_a_name_going_on_after_the_state_is_not_cut(vocabulary: Vocabulary) -> None:
    # the guard: "of Canada Studies" goes on; no body "Bank of Canada" cut from it
    found = _found(vocabulary, "The Bank of Canada Studies Group met.")
    assert "Bank of Canada" not in found.actors


# --- an embassy placed in a city or acting ------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "state", "places"),
    [
        ("Fans gathered outside the British Embassy in Berlin.", "United Kingdom", ["Berlin"]),
        ("The Canadian Embassy said the visas were delayed.", "Canada", []),
        ("A protest was held at the German embassy in Paris.", "Germany", ["Paris"]),
    ],
)
def test_an_embassy_in_a_city_or_acting_is_its_states(
    vocabulary: Vocabulary, entry: str, state: str, places: list[str]
) -> None:
    found = _found(vocabulary, entry)
    assert state in found.actors
    assert found.places == places


def test_an_embassy_one_goes_to_is_no_state(vocabulary: Vocabulary) -> None:
    # the guard: a building one goes to ("took refuge in the Russian legation")
    found = _found(vocabulary, "The defector walked into the Swedish embassy.")
    assert "Sweden" not in found.actors


@pytest.mark.parametrize(
    "text",
    [
        "Lee family members met.",
        "The Lee family gathered in Busan.",
        "Members of the Bush dynasty spoke.",
    ],
)
def test_a_surname_before_a_family_word_is_no_one_person(vocabulary: Vocabulary, text: str) -> None:
    """(the lead, session 13: with a prime minister Lee of 2004-2006 in the knowledge base,
    "Lee family members met." in 2005 had given Lee Hae-chan)"""
    assert _found(vocabulary, text, date="2005-07-01").actors == []
