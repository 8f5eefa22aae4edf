"""Unit tests of the rules of round quotes19 (issue 23, statements: the misses of the blind part
held-out-19 sorted by kind, and two kinds left by held-out-18). All on invented sentences of
other people, years, subjects and marks; each rule's cases fail on the code before the round,
the guards (left unattributed, or given to whom they were given before) pass on both."""

from __future__ import annotations

from functools import partial

import pytest

from tests.enrich_support import enrich_in_order, speakers
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2022-05-10")
_who = partial(speakers, date="2022-05-10")


# --- two apostrophes for each quotation mark: ''…'' ------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("''We will not give up the city,'' said Chancellor Olaf Scholz in Berlin.", "Olaf Scholz"),
        ("Emmanuel Macron said the summit had been ''useful'' for Europe.", "Emmanuel Macron"),
        (
            "''Our pilots are ready,'' Gen. Mark Milley, who leads the joint chiefs, told senators.",
            "Mark Milley",
        ),
    ],
)
def test_two_apostrophes_mark_a_quotation(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == [speaker]


def test_two_apostrophes_with_the_speaker_cut_off_stay_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "''The strike was a clear violation. We will answer it,'' the")
    assert _said(found) == []
    assert found.unattributed == ["The strike was a clear violation. We will answer it,"]


def test_a_names_apostrophe_opens_nothing(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "Macron visited the players'' camp and the Kyiv station.")
    assert _said(found) == [] and found.unattributed == []


# --- a straight mark typed with a space after it, opening a sentence ------------------------------


def test_a_spaced_opening_mark_after_a_stop(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        '"Europe will stand by Kyiv," Scholz said in Prague on Monday. " From now on, we pay '
        'for our own defence."',
    )
    assert _said(found) == [
        ("Olaf Scholz", "Europe will stand by Kyiv,"),
        ("Olaf Scholz", "From now on, we pay for our own defence."),
    ]


# --- an entry cut inside a quotation ------------------------------------------------------------


def test_an_entry_cut_inside_a_quotation_is_still_the_speakers(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, 'In Madrid on Tuesday, Macron accused the rival club of "brib') == [
        "Emmanuel Macron"
    ]


def test_an_entry_that_ends_with_a_stop_keeps_its_stray_mark_alone(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, 'Macron spoke of a "long night.')
    assert _said(found) == []  # (as before: nothing invented)


# --- an inner quotation closing with the outer one ------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "“Berlin will never accept the border as ‘normal,’” Scholz said after the vote.",
        "\"We reject what they call a 'peace plan,'\" Scholz told reporters.",
    ],
)
def test_an_inner_quotation_closing_with_the_outer_one(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == ["Olaf Scholz"]


# --- an event is no person a pronoun can mean -----------------------------------------------------


def test_an_event_named_between_is_no_he(vocabulary) -> None:  # type: ignore[no-untyped-def]
    # (the name far before the pronoun: an unknown name between that could be a person
    # would leave "he" to nobody; a war cannot be)
    found = _enrich(
        vocabulary,
        "“Paris regrets it deeply,” Macron said. The French government recognizes its full "
        "responsibility over the long affair, which, under the involvement of the French army "
        "and police during and before World War II and in the decades that followed it, was a "
        "“grave affront to the honor and dignity of large numbers of families across the "
        "country and abroad,” he said.",
    )
    assert [s for s, _ in _said(found)] == ["Emmanuel Macron", "Emmanuel Macron"]


# --- a subject's irregular past verb leaves him in mind -----------------------------------------


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Lloyd Austin said he also hoped to meet Olaf Scholz during the trip.", "Lloyd Austin"),
        ("Macron told aides he would see Scholz in Aachen.", "Emmanuel Macron"),
        ("Scholz wrote to Macron on Tuesday about the border.", "Olaf Scholz"),
    ],
)
def test_an_irregular_past_verbs_subject_is_the_next_he(vocabulary, first, speaker) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, first, "“We will need more trains,” he said.") == [speaker]


@pytest.mark.parametrize(
    "first",
    [
        "Talks between Austin and Scholz ended late.",
        "Austin met Scholz in Berlin.",  # (a verb of no speech: either, as before)
    ],
)
def test_two_persons_and_no_speaking_subject_leave_no_one_in_mind(vocabulary, first) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, first, "“It was long,” he said.")
    assert _said(found) == []
    assert found.unattributed == ["It was long,"]


# --- a person's own document as the subject -----------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Macron's statement did not name the club, but said the players were in “grave danger”.",
        "Macron’s letter named no club, but called the ruling “a disgrace” on Friday.",
    ],
)
def test_a_persons_own_document_speaks_for_him(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == ["Emmanuel Macron"]


def test_a_persons_aide_does_not_speak_for_him(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "Macron's aide did not name the club, but said the players were in “danger”."
    )
    assert _said(found) == []
    assert found.unattributed == ["danger"]


# --- a long title before the name, and "told a news conference" closing the sentence -----------


def test_a_long_title_before_the_name_after_the_words(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = (
        '"Two of our soldiers were wounded and one is missing," Senior U.S. defense official '
        "Army Chief of Staff General Mark Milley told a news conference."
    )
    assert _who(vocabulary, entry) == ["Mark Milley"]


@pytest.mark.parametrize(
    "entry",
    [
        "France was “fully aware of its duties” to the growers, French President Emmanuel Macron "
        "told a news conference in Lyon with his German counterpart.",
        "The league was 'far too slow' in the matter, Macron told the parliament on Tuesday.",
    ],
)
def test_told_an_audience_closing_the_sentence(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == ["Emmanuel Macron"]


def test_an_unnamed_official_closing_the_sentence_stays_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "France was “fully aware of its duties,” a senior official told a news conference.",
    )
    assert _said(found) == []
    assert found.unattributed == ["fully aware of its duties,"]


# --- "her office quoted her as saying" after words the named one opens ---------------------------


def test_her_office_quoted_her_as_saying(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = (
        'Angela Merkel "hoped that the two firms can now work together closely," her office '
        "quoted her as saying."
    )
    assert _who(vocabulary, entry) == ["Angela Merkel"]


def test_her_office_quoted_her_with_no_name_before_stays_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        'The minister "hoped that the two firms can now work together," her office quoted her as '
        "saying.",
    )
    assert _said(found) == []
    assert found.unattributed == ["hoped that the two firms can now work together,"]


# --- names after a fronted "In a letter to X," are no part of the subject ------------------------


def test_the_subject_after_a_fronted_letter_to_someone(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "In a letter to Angela Merkel, Macron and Scholz accused Moscow of “betrayal”."
    )
    assert _said(found) == [("Emmanuel Macron", "betrayal"), ("Olaf Scholz", "betrayal")]


def test_a_list_of_three_subjects_keeps_all(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "Angela Merkel, Macron and Scholz accused Moscow of “betrayal”.")
    assert [s for s, _ in _said(found)] == ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz"]


# --- "Said X: a “…”" (an article before the words) -----------------------------------------------


def test_inverted_speaker_before_an_article(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, 'Said Lloyd Austin: a "reckless and dangerous step."') == [
        "Lloyd Austin"
    ]


def test_inverted_unnamed_speaker_before_an_article_stays_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, 'Said an angry farmer: a "reckless and dangerous step."')
    assert _said(found) == []
    assert found.unattributed == ["reckless and dangerous step."]


# --- a thing declared is no words ---------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Macron declared a “state of emergency” in the capital on Monday.",
        'Scholz announced an "energy price brake" and left for Prague.',
    ],
)
def test_a_thing_declared_is_no_statement(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert _said(found) == []
    assert found.unattributed == []


def test_words_declared_are_still_a_statement(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, "Macron declared on television: “We are at war.”") == [
        "Emmanuel Macron"
    ]


# --- a "she" after a sentence an unnamed person opens (held-out-18) ------------------------------


def test_she_after_an_unnamed_announcer_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "A tearful radio newsreader announced Macron's resignation on Sunday. She said the "
        "president left due to “exhaustion”.",
    )
    assert _said(found) == []
    assert found.unattributed == ["exhaustion"]


def test_she_after_a_named_woman_is_still_hers(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "Angela Merkel met Macron in Paris. She said the talks were “frank”."
    )
    assert _said(found) == [("Angela Merkel", "frank")]


# --- a joint statement of the persons the entry before named (held-out-18) ----------------------


def test_they_said_in_a_joint_statement_is_each_of_those_named_before(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entries = (
        "Olaf Scholz hosted Emmanuel Macron and Angela Merkel in Potsdam on Friday.",
        "“Our union will not be divided by this war,” they said in a joint declaration.",
        "The three agreed to “meet again before the winter,” the declaration said.",
    )
    first = _enrich(vocabulary, *entries[:2])
    assert [s for s, _ in _said(first)] == ["Olaf Scholz", "Emmanuel Macron", "Angela Merkel"]
    assert first.actors == []  # (named before: no actors of this entry)
    second = _enrich(vocabulary, *entries)
    assert [s for s, _ in _said(second)] == ["Olaf Scholz", "Emmanuel Macron", "Angela Merkel"]


@pytest.mark.parametrize(
    "entries",
    [
        # one person named before: "they" is not he
        ("Olaf Scholz arrived in Potsdam.", "“We agree,” they said in a joint statement."),
        # a person named in the entry itself: "they" may be others
        (
            "Olaf Scholz met Emmanuel Macron.",
            "Angela Merkel spoke first. “We agree,” they said in a joint statement.",
        ),
        # no joint document: "they said" alone
        ("Olaf Scholz met Emmanuel Macron.", "“We agree,” they said."),
    ],
)
def test_they_said_otherwise_stays_unattributed(vocabulary, entries) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, *entries)
    assert _said(found) == []
    assert found.unattributed == ["We agree,"]
