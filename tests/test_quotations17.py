"""Unit tests of the rules of round quotes17 (issue 23, statements: review 8's finding B4 and
the misses of the blind part held-out-17, sorted by kind). All on invented sentences; each
rule's test fails on the code before the round, the guards pass on both."""

from __future__ import annotations

from functools import partial

import pytest

from ktimeline.importing.quotations import (
    BODY_FORMS,
    KIN_AFTER,
    RELATIVES_AFTER,
    description_cues,
)
from tests.enrich_support import enrich_in_order, speakers
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2015-03-01")


_speakers = speakers


# --- B4: a company's or a body's president is not the head of state ---------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "France's tyre maker Michelin cuts its forecast. “We are careful,” said the president of Michelin.",
        "France protested. “We are careful,” said the president of the club.",
    ],
)
def test_the_president_of_another_is_not_the_head_of_state(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry, date="2019-03-03")
    assert _said(found) == []
    assert len(found.unattributed) == 1  # (listed: "speaker not clear")


@pytest.mark.parametrize(
    "entry",
    [
        "South Korea's Samsung Electronics posts record profits. “We remain careful,” the president said.",
        "South Korea's largest carmaker posts record profits. “We remain careful,” the president said.",
        "Japan protested. “We remain careful,” the prime minister of the company said.",
        "South Korea's central bank holds its rate. “We remain careful,” the president said.",
    ],
)
def test_a_title_in_an_entry_of_a_company_stays_unattributed(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry, date="2019-03-03")
    assert _said(found) == []
    assert found.unattributed == ["We remain careful,"]


def test_the_prime_minister_of_a_state_in_play_is_still_the_holder(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Japan protested through diplomatic channels.",
        "“We remain careful,” the prime minister said.",
        date="2019-08-28",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Shinzo Abe"]


def test_the_body_noun_of_another_is_not_the_body(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "South Korea's Unification Ministry held a briefing on the talks.",
        "“We stay,” said the committee of experts.",
        date="2019-10-15",
    )
    assert _said(found) == []


def test_the_body_noun_is_read_in_any_case(vocabulary) -> None:  # type: ignore[no-untyped-def]
    # (BODY_FORMS is _noun_forms' five templates: "said the Ministry" as "said the ministry")
    found = _enrich(
        vocabulary,
        "South Korea's Unification Ministry held a briefing on the talks.",
        "“We stay,” said the Ministry.",
        date="2019-10-15",
    )
    assert _said(found) == [("Ministry of Unification", "We stay,")]


def test_the_body_forms_refuse_of_after_the_noun() -> None:
    assert BODY_FORMS.next.match(" the ministry said") is not None
    assert BODY_FORMS.next.match(" the ministry of health said") is None


def test_relatives_are_kin_and_parents() -> None:
    assert KIN_AFTER.match("’s younger sister") is not None
    assert KIN_AFTER.match("’s parents") is None
    assert RELATIVES_AFTER.match("’s parents") is not None
    assert RELATIVES_AFTER.match("'s widow") is not None


def test_description_cues_are_named() -> None:
    cues = description_cues("the state news agency said the company and the president …")
    assert (cues.state_agency, cues.company, cues.office) == (True, True, True)
    assert not any(description_cues("Seoul said nothing."))


# --- a name's aside: "NAME, chief of staff of BODY, said" is NAME's, not BODY's ---------------


@pytest.mark.parametrize(
    "entry",
    [
        "Mike Pompeo, chief of staff of the Eighth Army, at a press conference, said the "
        "troops would stay for “as long as it takes.”",
        "Mike Pompeo, chief of staff of the Eighth Army, said the troops would stay for “as "
        "long as it takes.”",
    ],
)
def test_a_bare_title_after_a_name_is_his_aside(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(vocabulary, entry, date="2018-03-01") == ["Mike Pompeo"]


def test_a_name_nobody_knows_keeps_the_body_of_his_aside_silent(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Kim Jong Un visited a farm.",
        "“We see no sign of it,” Hugo Brandt, a senior fellow at the Center for Strategic and "
        "International Studies, told CNN on Tuesday. “The talks are dead.”",
        "He added, “Nobody will come.”",
        date="2016-04-01",
    )
    # Not the Center's words, nor Kim Jong Un's "he": since names23, "Hugo Brandt, a senior
    # fellow at …" is a new person, and "He added" the next entry is his, as a reader takes it.
    assert _said(found) == [("Hugo Brandt", "Nobody will come.")]
    assert found.unattributed == []


def test_a_window_opening_inside_an_aside_reads_the_whole_sentence(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Crowds lined the roads and the troops were cheered with baskets of flowers and the "
        "waving of flags and banners, Major General Lyle Brandt, chief of staff of the Eighth "
        "Army, at a press conference, said the army would keep the officials in office for “a "
        "day or a year.”",
        date="1945-09-09",
    )
    # (the knowledge base holds the Eighth Army since kb14, as "Eighth United States Army")
    speakers = [speaker for speaker, _ in _said(found)]
    assert "Eighth Army" not in speakers and "Eighth United States Army" not in speakers


# --- "he added" in the next entry: the one who spoke, not one named in what he said ----------


def test_he_added_is_the_last_speaker_not_one_named_after_him(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Ban Ki-moon arrived in Seoul.",
        "“We have closed the case,” he said, adding the police had confirmed Kim Jong Un's "
        "statement.",
        "The files were sealed, but “nobody asked for them,” he added.",
        date="2016-04-01",
    )
    assert _said(found) == [("Ban Ki-moon", "nobody asked for them,")]


# --- "the president": the one holder of the title the document named, named lately ----------


@pytest.mark.parametrize(
    "entry",
    [
        "Later Mr. Moon told reporters the two sides had agreed to meet again. The president, "
        "who praised their “close friendship”, invited Abe to Seoul.",
        "The president, meanwhile, called the visit a “turning point” for the region.",
    ],
)
def test_the_president_is_the_one_holder_the_document_named(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "President Moon Jae-in met Japanese Prime Minister Shinzo Abe in Osaka.",
        entry,
        date="2019-06-28",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Moon Jae-in"]


def test_two_holders_named_leave_the_president_unresolved(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "President Moon Jae-in met President Donald Trump in Osaka.",
        "The president, meanwhile, called the visit a “turning point” for the region.",
        date="2019-06-28",
    )
    assert _said(found) == []


# --- words going on from a subject's name, in a sentence a reporter ends ----------------------


@pytest.mark.parametrize(
    "entry",
    [
        'Japan "will pay a heavy price" if it sends ships, Ban told a regular news briefing.',
        "Japan “will pay a heavy price” if it sends ships, Ban said in a statement.",
        "Japan “would pay a heavy price” if it sent ships, Ban told reporters on Monday.",
    ],
)
def test_the_one_who_ends_the_sentence_speaks_for_its_subject(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, "Ban Ki-moon arrived in Seoul.", entry, date="2013-05-01")
    assert [speaker for speaker, _ in _said(found)] == ["Ban Ki-moon"]


def test_a_subject_with_its_own_speech_verb_keeps_its_words(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Ban Ki-moon arrived in Seoul.",
        "Shinzo Abe said Japan “will pay no price” for it, Ban told reporters on Monday.",
        date="2013-05-01",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Shinzo Abe"]


# --- one speaker's aside naming another; two states' governments; a state's news report -------


def test_a_person_in_the_speakers_apposition_does_not_stop_his_next_words(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Lee Myung-bak flew to the islets.",
        '"This has been coming for years," said Ban Ki-moon, a former adviser to Mr. Lee who '
        'now teaches at a university in Seoul. "He had simply had enough."',
        date="2012-08-10",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Ban Ki-moon", "Ban Ki-moon"]


def test_a_person_after_the_speakers_relative_clause_still_stops_them(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        '"This has been coming for years," said Ban Ki-moon, who met Mr. Lee in Seoul. "He had '
        'simply had enough."',
        date="2012-08-10",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Ban Ki-moon"]


def test_two_states_governments_both_say_the_words(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Foreign ministers will meet on Sunday for talks on “a lasting settlement,” the Japanese "
        "and Chinese governments announced today.",
        date="1992-08-22",
    )
    assert sorted(speaker for speaker, _ in _said(found)) == ["China", "Japan"]


def test_a_states_news_report_is_its_news_agency_named_before(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "The Korean Central News Agency said the launch was a success.",
        "“The launch is a proud event for our people,” the North Korean news report said.",
        date="2012-12-12",
    )
    assert _said(found) == [
        ("Korean Central News Agency", "The launch is a proud event for our people,")
    ]


def test_a_states_news_report_with_no_agency_named_stays_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“The launch is a proud event for our people,” the North Korean news report said.",
        date="2012-12-12",
    )
    assert _said(found) == []  # (not North Korea's own words)
    assert found.unattributed == ["The launch is a proud event for our people,"]


def test_a_name_nobody_knows_before_the_verb_says_the_words(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Kakuei Tanaka arrived in Peking.",
        "Nonetheless, the dinner was relaxed. When Tanaka laughingly complained that he was "
        '"quite tired" after the long flight to the capital, Wang assured him that he would '
        '"sleep well tonight."',
        date="1972-09-26",
    )
    assert ("Kakuei Tanaka", "sleep well tonight.") not in _said(found)


def test_one_who_assures_someone_that_speaks(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(
        vocabulary, "Ban Ki-moon assured them that the talks would go on “as planned.”"
    ) == ["Ban Ki-moon"]
