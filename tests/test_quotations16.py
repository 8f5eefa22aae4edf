"""Unit tests of the rules of round quotes16 (issue 23, statements: the misses of the blind
part held-out-16, sorted by kind): a noun of speech made ("made a remark that"), words someone
only might say ("If X admits that …"), one who urges someone "to" do the quoted words inside a
sentence another speaker ends, a name and its description in brackets after the words, a new
paragraph of a quotation signed by its own attribution, a second object after "and" that is no
new clause, and words told at second hand ("X said that Y had …"). All on invented sentences;
each rule's test fails on the code before the round, the guards pass on both."""

from __future__ import annotations

from functools import partial

import pytest

from tests.enrich_support import enrich_in_order, speakers
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2015-03-01")


_speakers = speakers


# --- a noun of speech made: "made a remark that “…”" ----------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            'Japanese Prime Minister Shinzo Abe reportedly made an improper remark that "the '
            'talks are over for good", when visiting a base.',
            "Shinzo Abe",
        ),
        ("Moon Jae-in made a statement that “we will not give up.”", "Moon Jae-in"),
        ("Xi Jinping made the claim that “the islands are ours.”", "Xi Jinping"),
    ],
)
def test_a_noun_of_speech_made_speaks(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry) == [speaker]


def test_making_no_noun_of_speech_says_nothing(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, "Shinzo Abe made a visit to the “Peace Park” in March.") == []


# --- words someone only might say -----------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        'If Japan admits that the "new defence plan" made public by it targets us, we will object.',
        "If China says “we are ready”, talks will go on.",
        "Talks may resume, unless Japan declares that “the islands are closed.”",
    ],
)
def test_a_speaker_in_an_if_clause_says_nothing_yet(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert _said(found) == []
    assert found.unattributed == []  # (nothing to report: the words are nobody's yet)


@pytest.mark.parametrize(
    "entry",
    [
        "Japan said that if talks fail, “we will act.”",
        "Japan says if China tests a missile, the navy will “deal with it.”",
        "If China tests a missile, Japan says the navy will “deal with it.”",
        "If talks fail, Japan warned, “we will act.”",
    ],
)
def test_an_if_clause_that_is_not_the_speakers_is_still_said(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry) == ["Japan"]


# --- one who urges someone "to" do the quoted words, another speaker ending the sentence ------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("Shinzo Abe urged the troops to “keep up the vigilance,” Kyodo added.", "Shinzo Abe"),
        ("Xi Jinping urged the delegates to “hold fast to the line,” Xinhua said.", "Xi Jinping"),
        ("Moon Jae-in ordered the army to “stand ready at all times,” Yonhap said.", "Moon Jae-in"),
    ],
)
def test_the_one_who_urges_speaks_not_the_reporter(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry) == [speaker]


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        # a body's order: its report's words (unchanged)
        ("The ministry urged citizens to “stay calm,” Yonhap said.", "Yonhap"),
        # no one urges: the reporter's
        ("The missiles flew “far away,” Kyodo added.", "Kyodo News"),
    ],
)
def test_the_reporter_speaks_when_no_person_urges(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry) == [speaker]


# --- a name and its description in brackets after the words --------------------------------


def test_a_bracketed_name_and_description_signs_the_words(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“Japan is a great nation. “We built it together.” (Tanaka Ichiro, president of the "
        "Tokyo Culture Association, Japan)",
    )
    assert [(s, q[:23]) for s, q in _said(found)] == [("Tanaka Ichiro", "Japan is a great nation")]


def test_a_bracketed_credit_with_a_date_is_no_speaker(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, "“We will win.” (Reuters, March 2019)") == []


# --- a new paragraph of a quotation, signed by its own attribution ---------------------------


def test_a_paragraph_with_its_own_attribution_is_a_quotation_of_its_own(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“We will win,” Shinzo Abe said. “We feared the worst. Then we were told to go. “We "
        "were taken away,” he said.",
    )
    assert _said(found) == [
        ("Shinzo Abe", "We will win,"),
        ("Shinzo Abe", "We feared the worst. Then we were told to go."),
        ("Shinzo Abe", "We were taken away,"),
    ]


def test_paragraphs_closed_once_at_the_end_stay_one_quotation(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "“A is here. “B is there. “D is.” Shinzo Abe said on Monday.")
    assert _said(found) == [("Shinzo Abe", "A is here. “B is there. “D is.")]


# --- a second object after "and" is no new clause --------------------------------------------


def test_two_objects_of_an_accusation_keep_the_accusers_word(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(
        vocabulary,
        "Japan on Friday rejected the claims, accusing China and Russia of making a “fuss” "
        "over the drill.",
    ) == ["Japan"]


def test_a_new_clause_after_and_still_only_describes(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, "Japan warned the plan and creates a “police” force.") == []


# --- words told at second hand ---------------------------------------------------------------


def test_words_told_at_second_hand_are_the_tellers(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(
        vocabulary,
        "Moon Jae-in said on Sunday that Kim Jong Un had publicly reaffirmed his commitment to "
        "“completely denuclearize the peninsula.”",
        date="2018-05-27",
    ) == ["Moon Jae-in"]


@pytest.mark.parametrize(
    "entry",
    [
        "Moon Jae-in said that Kim Jong Un reaffirmed his commitment to “completely "
        "denuclearize the peninsula.”",
        "Kim Jong Un had reaffirmed his commitment to “completely denuclearize the peninsula.”",
    ],
)
def test_words_reported_at_first_hand_stay_the_doers(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry, date="2018-05-27") == ["Kim Jong Un"]


# --- speech acts with no "say": toasts, outlines, rebukes ------------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker", "date"),
    [
        (
            "Kim Jong Un toasted Putin with a glass of wine, wished him well, to “great Russia” "
            "victory.",
            "Kim Jong Un",
            "2023-09-13",
        ),
        (
            "Earlier Monday, Moon Jae-in outlined plans to foster “centralized cooperation” with "
            "the world.",
            "Moon Jae-in",
            "2019-03-04",
        ),
        (
            "In his campaign, Richard Nixon would even chastise Lyndon Johnson’s weakness with "
            "the refrain, “Remember the Pueblo.”",
            "Richard Nixon",
            "1968-10-01",
        ),
        (
            "Shinzo Abe rebuked the ministers for their “careless words.”",
            "Shinzo Abe",
            "2015-03-01",
        ),
    ],
)
def test_a_speech_act_with_no_say_speaks(vocabulary, entry: str, speaker: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry, date=date) == [speaker]


def test_a_plan_with_no_speech_act_says_nothing(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "Moon Jae-in planned to foster “centralized cooperation” with the world."
    assert _speakers(vocabulary, entry, date="2019-03-04") == []


def test_a_speech_act_makes_no_new_speaker_of_its_subject(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "Shinzo Abe and the Trade Ministers toasted one another in wine.")
    assert found.actors == ["Shinzo Abe"]


# --- a body's resolution that speaks; a finding said with "assessed that" --------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "On the same day, a second UN resolution called on the Members to “furnish such "
            "assistance as may be necessary.”",
            "United Nations",
        ),
        ("A UN resolution urged the Members to “refrain from any assistance.”", "United Nations"),
    ],
)
def test_a_bodys_resolution_speaks(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry, date="1950-06-27") == [speaker]


def test_a_states_resolution_is_no_speaker_by_this_rule(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "A US resolution urged the Members to “refrain from any assistance.”"
    assert _speakers(vocabulary, entry, date="1950-06-27") == []


def test_assessed_that_says_a_finding(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = (
        "The Japanese government has assessed that the test firing of a long-range missile on "
        "July 5 was a “complete failure”."
    )
    assert _speakers(vocabulary, entry, date="2006-07-10") == ["Japan"]


def test_assessing_a_thing_says_nothing(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "The Japanese government assessed a “new-type” missile on Monday."
    assert _speakers(vocabulary, entry, date="2006-07-10") == []
