"""Unit tests of the rules of round quotes18 (issue 23, statements: the misses of the blind part
held-out-18, sorted by kind). All on invented sentences of other people, years and marks; each
rule's cases fail on the code before the round, the guards (left unattributed, or given to whom
they were given before) pass on both."""

from __future__ import annotations

from functools import partial

import pytest

from tests.enrich_support import enrich_in_order, speakers
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2015-03-01")


_who = speakers


# --- "…," AGENCY cited X as saying: "cited", not only "quoted", after the words ------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "“We will not retreat an inch,” the TASS news agency cited Putin as saying.",
            "Vladimir Putin",
        ),
        (
            '"The door stays open," Kyodo News cited Sergei Lavrov as saying on Friday.',
            "Sergei Lavrov",
        ),
        (
            "‘Our ties are strong,’ state media cites Angela Merkel as telling the guests.",
            "Angela Merkel",
        ),
    ],
)
def test_cited_as_saying_after_the_words(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry) == [speaker]


def test_cited_an_unnamed_official_stays_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "“The door stays open,” TASS cited a senior official as saying.")
    assert _said(found) == []
    assert found.unattributed == ["The door stays open,"]


# --- "greeted" ends an attribution ----------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "“Welcome to Berlin, my friend,” Angela Merkel greeted Putin at the door.",
        '"Good to see you again," Merkel greets Tony Blair.',
    ],
)
def test_greeted_after_the_words(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry, date="2005-06-01")[0] == "Angela Merkel"


def test_a_crowd_that_greets_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, "“Welcome home,” the crowd greeted the sailors in Plymouth.") == []


# --- "Said X: “…”": a speech verb opening its sentence before its subject ---------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "The talks broke down after a week. Said Secretary of State Dean Acheson: "
            '"We have done what we could."',
            "Dean Acheson",
        ),
        ("The vote was close. Added Tony Blair, “It is a good day for Europe.”", "Tony Blair"),
        # an unclosed quotation that runs to the entry's end (a cut page)
        (
            "Talks ended. Said Sergei Lavrov: «We obviously have strong feelings about the",
            "Sergei Lavrov",
        ),
    ],
)
def test_said_before_the_speaker(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry, date="2004-01-10") == [speaker]


@pytest.mark.parametrize(
    "entry",
    [
        "The talks broke down. Said one diplomat: “We have done what we could.”",
        # a stranger before the colon: not the known name after him
        "The talks broke down. Said Martin Okonkwo, who met Tony Blair: “We have done what we could.”",
    ],
)
def test_said_before_no_known_speaker_stays_unattributed(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry, date="2004-01-10") == []


# --- "As X told me as he recalled …, “…”": the teller, not the pronoun's subordinate verb --------


@pytest.mark.parametrize(
    "entry",
    [
        # (two men named: the pronoun alone does not say which)
        "Putin hosted Tony Blair in 2003. As Blair told reporters as he recalled the dinner, "
        "“It was a long night.”",
        "Vladimir Putin and Tony Blair met in Moscow. As Blair told us in 2009 while he "
        'explained the plan, "Nothing is settled."',
    ],
)
def test_the_teller_of_a_pronouns_subordinate_verb(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry, date="2010-05-05") == ["Tony Blair"]


def test_a_legislators_party_and_state_block_nothing(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = 'As Sen. Hillary Clinton (D-Ny) told me, "The base is a lifeline."'
    assert _who(vocabulary, entry, date="2003-05-05") == ["Hillary Clinton"]


# --- "said the 83-year-old Emperor": a monarch's or chancellor's title, the one the entry named ----


@pytest.mark.parametrize(
    ("entries", "speaker", "date"),
    [
        (
            (
                "Emperor Akihito received the President at the palace. “We must never forget "
                "the past,” said the 70-year-old Emperor at the banquet.",
            ),
            "Emperor Akihito",
            "2004-05-01",
        ),
        (
            (
                "Chancellor Olaf Scholz flew to Seoul on Sunday. He met the President. "
                "“Our two countries share a divided past,” the Chancellor said.",
            ),
            "Olaf Scholz",
            "2023-05-21",
        ),
    ],
)
def test_the_title_alone_is_the_holder_the_entry_named(vocabulary, entries, speaker, date) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, *entries, date=date) == [speaker]


def test_a_title_alone_that_the_entry_names_nobody_with_stays_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“We must never forget the past,” said the 83-year-old Emperor.",
        date="1880-05-01",
    )
    assert _said(found) == []
    assert found.unattributed == ["We must never forget the past,"]


# --- "X told Y of his backing of “…”, AGENCY added": the teller's words, reported ------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "Putin hosted a dinner and told Lavrov of his hope for a “long and fruitful” partnership, TASS added.",
            "Vladimir Putin",
        ),
        (
            'Merkel told Blair about her wish for "a Europe of many speeds", Kyodo News said.',
            "Angela Merkel",
        ),
    ],
)
def test_the_teller_reported_by_an_agency(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry, date="2005-06-01") == [speaker]


def test_an_agency_that_says_the_words_itself_keeps_them(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "Putin met Lavrov. The talks were “long and fruitful”, TASS added."
    assert _who(vocabulary, entry, date="2005-06-01") == ["TASS"]


# --- "A letter from X … dubbed him “…”": the document's author names ------------------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("A statement from TASS on Monday dubbed him “the people's hero.”", "TASS"),
        (
            "The letter from Angela Merkel later called the plan a “historic mistake”.",
            "Angela Merkel",
        ),
    ],
)
def test_a_documents_author_names(vocabulary, entry: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _who(vocabulary, entry, date="2008-02-02") == [speaker]


def test_a_document_to_someone_is_not_his(vocabulary) -> None:  # type: ignore[no-untyped-def]
    entry = "A letter from the ministry to Angela Merkel on Monday dubbed him “the people's hero.”"
    assert _who(vocabulary, entry, date="2008-02-02") == []


# --- an aside between a known speaker and his verb ------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "As Lavrov, himself a U.N. envoy when the war began, told reporters: “This is regrettable.”",
        "Ri Son Gwon, one of the delegation members told reporters, “We came in good faith.”",
    ],
)
def test_an_aside_before_the_verb(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_who(vocabulary, entry, date="2018-02-10")) == 1


# --- the earlier words of a sentence whose attribution ends it ------------------------------------


def test_earlier_words_of_a_sentence_ending_with_according_to_the_agency(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Japan's Kyodo News reported the landing on Monday. The pilot, a veteran of "
        "“thirty stormy winters,” brought the plane down with “no injuries at all,” according "
        "to the agency.",
        date="2014-01-20",
    )
    assert _said(found) == [
        ("Kyodo News", "thirty stormy winters,"),
        ("Kyodo News", "no injuries at all,"),
    ]


def test_earlier_words_before_another_speech_verb_stay_apart(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Japan's Kyodo News reported the landing on Monday. The pilot called it “a long night,” "
        "and the crew landed with “no injuries at all,” according to the agency.",
        date="2014-01-20",
    )
    assert ("Kyodo News", "a long night,") not in _said(found)
