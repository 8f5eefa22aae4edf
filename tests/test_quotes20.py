"""Unit tests of the rules of round quotes20 (issue 23, statements: general rules from the misses
of every part but the two set aside, held-out-17 and held-out-20). All on invented sentences of
other subjects (sport, business, courts); each rule's cases fail on the code before the round,
the guards (left unattributed, or nobody's) pass on both."""

from __future__ import annotations

from functools import partial

import pytest

from ktimeline.importing.quotations import SPEECH_ACTS, SPEECH_WITH_PARTICLE, verb_forms
from tests.enrich_support import enrich_in_order, speakers
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2022-05-10")
_who = partial(speakers, date="2022-05-10")


# --- a verb lexicon with its forms -----------------------------------------------------------------


def test_verb_forms_gives_each_lemma_its_forms() -> None:
    assert verb_forms("point") == {"points", "pointed", "pointing"}
    assert verb_forms("apologize cry beg") >= {"apologizes", "apologized", "apologizing",
                                               "cries", "cried", "crying", "begged", "begging"}  # fmt: skip
    # a lemma marked "-" has no -s form (a noun as often: "questions", "thanks to")
    assert "thanks" not in verb_forms("thank-") and "thanked" in verb_forms("thank-")


def test_the_lexicons_hold_every_form_of_their_verbs() -> None:
    assert {"contends", "contended", "contending", "thanked", "praising"} <= SPEECH_ACTS
    assert {"points", "pointed", "pointing", "cried", "ruled"} <= SPEECH_WITH_PARTICLE


@pytest.mark.parametrize(
    ("entry", "speaker", "quote"),
    [
        (
            "Olaf Scholz thanked the national team's fans for their “incredible support” after the "
            "final.",
            "Olaf Scholz",
            "incredible support",
        ),
        (
            "Emmanuel Macron contended that the court's ruling was “void from the start.”",
            "Emmanuel Macron",
            "void from the start.",
        ),
        (
            "Angela Merkel pointed out that the merger was meant to “restore trust between the "
            "banks.”",
            "Angela Merkel",
            "restore trust between the banks.",
        ),
        (
            "Vladimir Putin cried out for “an end to this madness” at the stadium.",
            "Vladimir Putin",
            "an end to this madness",
        ),
        ("Joe Biden ruled out “any bailout” for the carmaker.", "Joe Biden", "any bailout"),
        ("Boris Johnson played down the report on the bank as “noise.”", "Boris Johnson", "noise."),
        (
            "Volodymyr Zelensky begged the judges to “show mercy.”",
            "Volodymyr Zelensky",
            "show mercy.",
        ),
        (
            "Fumio Kishida apologized for the “terrible mistake” in the accounts.",
            "Fumio Kishida",
            "terrible mistake",
        ),
        ("Angela Merkel reassured investors that the bank was “safe.”", "Angela Merkel", "safe."),
        (
            "Emmanuel Macron defended the court's ruling as “the only option.”",
            "Emmanuel Macron",
            "the only option.",
        ),
        (
            "Olaf Scholz maintained that the club was “in good hands.”",
            "Olaf Scholz",
            "in good hands.",
        ),
    ],
)
def test_a_speech_verb_of_the_lexicon_leads_into_its_subjects_words(  # type: ignore[no-untyped-def]
    vocabulary, entry: str, speaker: str, quote: str
) -> None:
    assert _said(_enrich(vocabulary, entry)) == [(speaker, quote)]


@pytest.mark.parametrize(
    "entry",
    [
        "The striker was ruled out of the “derby of the century” by injury.",  # a passive
        "Olaf Scholz maintained “close contact” with the club's owners.",  # "maintained" alone
        "Angela Merkel assured a “safe exit” for the players.",  # nobody assured that …
    ],
)
def test_a_verb_that_leads_into_words_only_with_what_follows_it(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _said(_enrich(vocabulary, entry)) == []


def test_words_after_a_sentence_whose_subject_echoed_someone_are_the_subjects(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "Olaf Scholz, the club's chairman, echoed the coach's praise. “The man was a giant.”"
    assert _said(_enrich(vocabulary, entry)) == [("Olaf Scholz", "The man was a giant.")]


# --- an -ing verb hangs on the clause before it -------------------------------------------------


def test_an_ing_verb_after_a_reported_clause_is_that_clauses_doers(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "TASS said Russia condemned the court's verdict, adding that “the trial was a farce.”"
    assert _said(_enrich(vocabulary, entry)) == [("Russia", "the trial was a farce.")]


def test_an_ing_verb_after_words_the_sentence_opened_with_stays_theirs(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“We will cooperate,” the prime minister’s office tweeted, adding it will work “with "
        "relevant partners.”",
    )
    assert _said(found) == []
    assert found.unattributed == ["We will cooperate,", "with relevant partners."]


# --- a dateline opens no subject -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "BERLIN — Angela Merkel on Friday accused the league of being a “puppet of the owners.”",
            "Angela Merkel",
        ),
        (
            "Paris, May 3 (AFP) -- Emmanuel Macron on Monday accused the court of “a travesty of "
            "justice.”",
            "Emmanuel Macron",
        ),
    ],
)
def test_the_subject_after_a_dateline_speaks(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == [speaker]


def test_a_dateline_before_an_unnamed_subject_gives_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Berlin: the coach on Friday accused the league of being a “puppet of the owners.”",
    )
    assert _said(found) == []
    assert found.unattributed == ["puppet of the owners."]


# --- a time between the speaker and the verb; a fronted phrase's names ----------------------------


def test_a_time_between_a_paper_and_its_verb(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "A New York Times editorial on Monday said the verdict was “a mistake.”"
    assert _who(vocabulary, entry) == ["New York Times"]


def test_a_name_in_a_fronted_phrase_is_not_the_subject(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = (
        "Unlike Angela Merkel, however, Olaf Scholz did not mention the strike, alluding only to "
        "“difficult talks.”"
    )
    assert _who(vocabulary, entry) == ["Olaf Scholz"]


def test_a_fronted_phrase_before_an_unnamed_subject_gives_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Unlike Angela Merkel, however, the chairman did not mention the strike, alluding only to "
        "“difficult talks.”",
    )
    assert _said(found) == []


# --- "he" in an entry that names only states or groups, and "the President" ----------------------


def test_he_after_a_determiner_is_the_one_in_mind(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“The season is over,” Olaf Scholz said.",
        "Both clubs are “in good hands,” he added.",
    )
    assert _said(found) == [("Olaf Scholz", "in good hands,")]


def test_the_capitalised_president_is_the_one_named_with_that_title_before(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "French President Emmanuel Macron opened the trial's second week.",
        "The President had been hopeful, admitting that the verdict was “a surprise.”",
    )
    assert _said(found) == [("Emmanuel Macron", "a surprise.")]


def test_the_president_after_two_presidents_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "French President Emmanuel Macron met U.S. President Joe Biden in Paris.",
        "The President had been hopeful, admitting that the verdict was “a surprise.”",
    )
    assert _said(found) == []
    assert found.unattributed == ["a surprise."]


# --- "as X put it"; "mentioned"; the names inside a relative clause ------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "The merger had ended “an abnormal state of affairs,” as Angela Merkel put it with some "
        "understatement.",
        "The merger had ended “an abnormal state of affairs,” as Angela Merkel said.",
        "Angela Merkel also mentioned that the merger had ended “an abnormal state of affairs.”",
    ],
)
def test_as_she_put_it_and_mentioned(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == ["Angela Merkel"]


def test_as_if_after_words_is_no_attribution(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "The club won the “treble,” as if nothing had happened.")
    assert _said(found) == []


def test_a_name_inside_a_relative_clause_does_not_speak(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "The coach, who is a friend of Olaf Scholz, said the club was “in good hands.”"
    )
    assert _said(found) == []
    assert found.unattributed == ["in good hands."]


def test_the_name_before_a_relative_clause_still_speaks(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "Olaf Scholz, who met the coach on Monday, said the club was “in good hands.”"
    assert _who(vocabulary, entry) == ["Olaf Scholz"]
