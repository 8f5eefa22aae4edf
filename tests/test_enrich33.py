"""Unit tests of round enrich33 (issue 23, the misses of held-out-26's statements): a paragraph
that leads into quoted paragraphs ("Reuters reported from the courthouse:") makes the next
paragraph's open quotation that body's, as the quotation goes on over paragraphs; a quotation
inside the open one is its own speaker's, and the names inside the open words are no actors;
"reported from Paris" is where the news was written, not the French government; a name's short
form in brackets ("the Korean Central News Agency (KCNA) said") leaves the name its verb; the
last of a sentence's quoted words is the speaker's even when it is a describing word ("and a
“liar”, the agency said"); a body whose "said" ends its entry is the one the next "it added"
means, though it spoke of other states. All on invented entries of other subjects (a trial, a
match, a hospital, a strike), with the cases that must stay unattributed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.importing.enrichment import Findings
    from ktimeline.vocabulary import Vocabulary


def _found(vocabulary: Vocabulary, *entries: str, date: str = "2016-05-01") -> Findings:
    return enrich_in_order(vocabulary, *entries, date=date)


# --- a paragraph that leads into the quoted paragraphs after it -----------------------------


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Reuters reported from the courthouse:", "Reuters"),
        ("The Associated Press reported from the stadium:", "Associated Press"),
        ("The BBC wrote on Tuesday:", "BBC"),
        ("Reuters reports that the crowd waited for hours outside the hospital:", "Reuters"),
    ],
)
def test_a_lead_in_paragraph_makes_the_open_quotation_after_it_its_speakers(
    vocabulary: Vocabulary, lead: str, speaker: str
) -> None:
    found = _found(
        vocabulary,
        lead,
        '"The judge read the verdict slowly while the defendant stared at the floor and his '
        "mother wept in the second row.",
    )
    assert [s for s, _ in said(found)] == [speaker]
    assert said(found)[0][1].startswith("The judge read the verdict")


def test_the_open_quotation_goes_on_over_the_next_paragraph(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Reuters reported from the stadium:",
        '"The striker limped off in the second half and the home crowd fell silent.',
        '"Twenty minutes later the substitute scored from a corner and the stands erupted.',
    )
    assert [s for s, _ in said(found)] == ["Reuters"]


@pytest.mark.parametrize(
    "lead",
    [
        "The verdict, as it was read in the courtroom:",  # (no verb of saying, no speaker)
        "The timeline of the trial:",
        'Reuters said the judge called it "a grave case":',  # (quotes words itself)
    ],
)
def test_a_colon_without_a_speaker_and_his_verb_leads_in_no_one(
    vocabulary: Vocabulary, lead: str
) -> None:
    found = _found(
        vocabulary,
        lead,
        '"The judge read the verdict slowly while the defendant stared at the floor.',
    )
    assert said(found) == []


def test_the_lead_in_reaches_only_the_paragraph_right_after_it(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Reuters reported from the courthouse:",
        "The jury retired at noon and returned after four hours.",
        '"The judge read the verdict slowly while the defendant stared at the floor.',
    )
    assert said(found) == []


def test_a_quotation_inside_the_open_one_is_its_own_speakers(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Reuters reported from the hospital:",
        '"The surgeon came out of the theatre at noon and spoke to the family in the corridor.',
        "\"Hours later the nurse came back to the waiting room. 'He is awake and asking for "
        "you,' Kim Jong Un said.",
    )
    assert sorted(s for s, _ in said(found)) == ["Kim Jong Un", "Reuters"]
    assert ("Kim Jong Un", "He is awake and asking for you,") in said(found)
    assert "Kim Jong Un" not in found.actors  # (named inside the agency's words)


def test_names_inside_the_words_left_open_are_no_actors(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary,
        "Reuters reported from the hospital:",
        '"The surgeon came out of the theatre at noon and spoke to the family in the corridor.',
        "\" 'Is he awake?' the mother asked the nurse, who had flown in from Japan and France "
        "that morning. ...",
    )
    assert "Japan" not in found.actors
    assert "France" not in found.actors


# --- "reported from" a capital: where the news was written ----------------------------------


@pytest.mark.parametrize(
    ("entry", "place", "state"),
    [
        ("Reuters reported from Paris on Monday that the strike had ended.", "Paris", "France"),
        ("The Associated Press reported from Tokyo:", "Tokyo", "Japan"),
        ("The BBC, reporting from Moscow, said the match was postponed.", "Moscow", "Russia"),
    ],
)
def test_reported_from_a_capital_is_the_city(
    vocabulary: Vocabulary, entry: str, place: str, state: str
) -> None:
    found = _found(vocabulary, entry)
    assert place in found.places
    assert state not in found.actors


def test_pressure_from_a_capital_stays_its_government(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "Pressure from Tokyo grew after the strike.")
    assert "Japan" in found.actors


# --- a name's short form in brackets before its verb ----------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            'The strikers had "abandoned every patient" in Seoul, the Korean Central News '
            "Agency (KCNA) said.",
            "Korean Central News Agency",
        ),
        (
            'Tehran had "hidden the centrifuges" from its inspectors, the International Atomic '
            "Energy Agency (IAEA) said.",
            "International Atomic Energy Agency",
        ),
    ],
)
def test_a_short_form_in_brackets_leaves_the_name_its_verb(
    vocabulary: Vocabulary, entry: str, speaker: str
) -> None:
    assert [s for s, _ in said(_found(vocabulary, entry))] == [speaker]


# --- the last quoted word of a sentence its speaker ends ------------------------------------


def test_a_describing_word_last_in_the_sentence_is_the_speakers_too(
    vocabulary: Vocabulary,
) -> None:
    found = _found(
        vocabulary,
        'The coach had "lied to the players" about the transfer, but had shown "his real face '
        'as a schemer" and a "traitor" with his interview, the Associated Press said.',
    )
    assert [s for s, _ in said(found)] == ["Associated Press"] * 3
    assert [q for _, q in said(found)][-1] == "traitor"


def test_a_describing_word_with_no_speaker_stays_no_statement(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, 'The company sold a "smart" kettle and a "quiet" fridge in May.')
    assert said(found) == []


# --- "it added" after a body whose "said" ends the entry before -----------------------------


@pytest.mark.parametrize(
    "first",
    [
        'The strikers had "abandoned every patient" in Japan, the Korean Central News Agency said.',
        'Seoul had "broken its word" to Japan, the Korean Central News Agency (KCNA) said on '
        "Monday.",
    ],
)
def test_it_added_is_the_body_whose_said_ended_the_entry_before(
    vocabulary: Vocabulary, first: str
) -> None:
    found = _found(vocabulary, first, 'The talks were "a naive dream", it added.')
    assert said(found) == [("Korean Central News Agency", "a naive dream")]


def test_it_added_is_not_a_body_whose_said_does_not_end_the_entry(
    vocabulary: Vocabulary,
) -> None:
    found = _found(
        vocabulary,
        'The strikers had "abandoned every patient", the Korean Central News Agency said, as '
        "Japan and China protested to Seoul.",
        'The talks were "a naive dream", it added.',
    )
    assert said(found) == []


def test_a_label_closed_by_its_mark_after_an_open_quotation_keeps_its_actors(
    vocabulary: Vocabulary,
) -> None:
    found = _found(
        vocabulary,
        "JUSTIN TRUDEAU, Canadian prime minister:”Every province will answer this.",
        "“ANGELA MERKEL, German chancellor:”This is a grave breach of the treaty by Iran.",
    )
    assert "Germany" in found.actors
    assert [s for s, _ in said(found)] == ["Angela Merkel"]


# --- a wire's credit after a dash, with its day ---------------------------------------------


@pytest.mark.parametrize(
    ("entry", "credit"),
    [
        (
            "Two climbers were rescued from the glacier after four days…. – AP, 8-5-09",
            "Associated Press",
        ),
        ("The striker signed a new contract with the club on Friday. — BBC, 12/03/2016", "BBC"),
    ],
)
def test_a_wire_credit_with_its_day_at_the_end_is_no_actor(
    vocabulary: Vocabulary, entry: str, credit: str
) -> None:
    assert credit not in _found(vocabulary, entry).actors


def test_an_agency_named_in_the_sentence_stays_an_actor(vocabulary: Vocabulary) -> None:
    found = _found(vocabulary, "The climbers told the BBC, 8 days later, that they were fine.")
    assert "BBC" in found.actors


# --- a capital after "allies of", and a clause after "the capital" ---------------------------


@pytest.mark.parametrize(
    ("entry", "state", "city"),
    [
        (
            "Canberra and Ottawa, both allies of Washington, signed the pact.",
            "United States",
            "Washington",
        ),
        ("Hanoi, long a rival of Beijing, protested.", "China", "Beijing"),
    ],
)
def test_an_ally_of_a_capital_is_allied_with_its_government(
    vocabulary: Vocabulary, entry: str, state: str, city: str
) -> None:
    found = _found(vocabulary, entry)
    assert state in found.actors
    assert city not in found.places


def test_a_capital_after_the_capital_noun_and_a_speech_verb_is_the_government(
    vocabulary: Vocabulary,
) -> None:
    found = _found(
        vocabulary,
        "On a visit to the French capital, Macron said Tokyo and Paris would hold talks.",
    )
    assert "Japan" in found.actors
    assert "Tokyo" not in found.places


@pytest.mark.parametrize(
    ("entry", "city"),
    [
        ("The tourists toured the capital, Seoul, for a week.", "Seoul"),
        ("He walked the streets of Tokyo at night.", "Tokyo"),
        ("The marathon ran through the capital city of Tokyo.", "Tokyo"),
    ],
)
def test_a_capital_named_as_the_city_stays_the_place(
    vocabulary: Vocabulary, entry: str, city: str
) -> None:
    assert city in _found(vocabulary, entry).places


# --- "… and has vowed": the verb after an auxiliary shares the sentence's subject -----------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            'Barack Obama has praised Angela Merkel and has called the deal "historic".',
            "Barack Obama",
        ),
        (
            "Since taking office, Shinzo Abe has sought warmer ties with China and has vowed "
            'to build "mutual trust" with Beijing.',
            "Shinzo Abe",
        ),
    ],
)
def test_a_verb_after_and_and_its_auxiliary_is_the_subjects(
    vocabulary: Vocabulary, entry: str, speaker: str
) -> None:
    assert [s for s, _ in said(_found(vocabulary, entry))] == [speaker]


def test_a_new_subject_after_and_keeps_its_own_words(vocabulary: Vocabulary) -> None:
    found = _found(
        vocabulary, 'Barack Obama has praised the deal and Angela Merkel has called it "historic".'
    )
    assert [s for s, _ in said(found)] == ["Angela Merkel"]


# --- "forces from" a state that sent them ---------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "forces"),
    [
        (
            "The war began when Communist troops from China crossed the Yalu.",
            "People's Liberation Army",
        ),
        ("In 1950 South Korea was invaded by forces from North Korea.", "Korean People's Army"),
    ],
)
def test_troops_from_a_state_that_sent_them_are_its_forces(
    vocabulary: Vocabulary, entry: str, forces: str
) -> None:
    assert forces in _found(vocabulary, entry, date="1950-11-01").actors


@pytest.mark.parametrize(
    "entry",
    [
        "Carter planned to withdraw troops from South Korea by 1982.",
        "The pullout of troops from South Korea was delayed.",
    ],
)
def test_troops_moved_from_a_state_are_not_its_forces(vocabulary: Vocabulary, entry: str) -> None:
    found = _found(vocabulary, entry, date="1977-03-01")
    assert "Republic of Korea Armed Forces" not in found.actors
    assert "South Korea" in found.actors
