"""Unit tests of the quotation rules of round quotes13 (issue 23): each rule with a case it
reads and a precision case it must leave alone (unattributed, still reported)."""

from __future__ import annotations

from functools import partial

from tests.enrich_support import enrich_in_order
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2019-02-28")


def test_a_correspondent_after_his_employer_is_the_speaker(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "The two sides “couldn’t even agree on the definition,” explained CNN senior "
        "correspondent Michelle Kosinski from Hanoi.",
    )
    assert _said(found) == [("Michelle Kosinski", "couldn’t even agree on the definition,")]


def test_she_added_goes_on_with_the_correspondent_of_the_entry_before(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "The talks “went nowhere,” explained CNN senior correspondent Michelle Kosinski. "
        "“This is proof that President Trump’s approach fails.”",
        "“They couldn’t even have lunch together,” she added.",
    )
    assert _said(found) == [("Michelle Kosinski", "They couldn’t even have lunch together,")]


def test_a_participle_of_admitting_after_a_copula_is_the_subjects(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Donald Trump had been hopeful about the talks, admitting that a proposed agreement "
        "was “ready to be signed.”",
    )
    assert _said(found) == [("Donald Trump", "ready to be signed.")]


def test_a_copula_with_no_name_before_it_names_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "The mood had been hopeful after Trump met Kim, admitting that a deal was “close.”",
    )
    assert _said(found) == []


def test_words_after_a_dash_go_on_with_the_main_clause_not_the_subordinate(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Trump said at a presser that the talks failed when North Korea demanded all "
        "sanctions be lifted — “and we couldn’t do that.”",
    )
    assert _said(found) == [("Donald Trump", "and we couldn’t do that.")]


def test_a_dash_after_one_speech_verb_keeps_its_speaker(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "North Korea demanded that all sanctions be lifted — “without delay.”"
    )
    assert _said(found) == [("North Korea", "without delay.")]


def test_a_name_inside_an_apposition_is_not_the_labeller(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Mike Pompeo was expected to testify.",
        "Pompeo, the former Trump adviser, called the President a “racist” and “conman”.",
    )
    assert _said(found) == [("Mike Pompeo", "racist"), ("Mike Pompeo", "conman")]


def test_an_apposition_after_an_unknown_name_leaves_the_label_unattributed(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Cohen, the former Trump attorney, called the President a “racist” on Wednesday.",
    )
    assert _said(found) == []  # (not Trump's: "Cohen" is a name the importer does not know)


def test_the_minister_is_the_one_person_named_minister_before(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Russian Foreign Minister Sergei Lavrov arrived in Seoul on Monday. “There is no room "
        "for optimism,” said the minister at a press conference.",
    )
    assert _said(found) == [("Sergei Lavrov", "There is no room for optimism,")]


def test_the_minister_after_two_ministers_is_nobody_and_is_reported(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi met on "
        "Monday. “There is no room for optimism,” the minister said.",
    )
    assert _said(found) == []
    assert found.unattributed == ["There is no room for optimism,"]  # (listed in --check)


def test_the_minister_in_a_later_entry_is_the_minister_the_entries_named(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Lavrov: relations between Seoul and Pyongyang are extremely strained",
        "Russian foreign minister Sergei Lavrov considers the situation extremely strained.",
        "On Monday South Korea held combat firing drills near Yeonpyeong Island.",
        '"There is no room for optimism here", said the minister at a press conference.',
    )
    assert _said(found) == [("Sergei Lavrov", "There is no room for optimism here")]


def test_the_minister_after_a_person_named_with_no_such_title_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Donald Trump arrived in Seoul on Monday.",
        "“We will not return,” the minister said.",
    )
    assert _said(found) == []
    assert found.unattributed == ["We will not return,"]


def test_the_spokesman_before_the_words_is_the_body_named_before(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "A State Department spokesman arrived in Seoul on Monday.",
        "The spokesman also said that the talks were “a waste of time”.",
    )
    assert _said(found) == [("State Department", "a waste of time")]


def test_she_is_the_one_woman_the_entry_names_so(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Mike Pompeo met Ms. Kang Kyung-wha in Seoul on Monday. “We will not return,” she said.",
    )
    assert _said(found) == [("Kang Kyung-wha", "We will not return,")]


def test_he_is_not_the_woman_the_entry_names_so(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Mike Pompeo met Ms. Kang Kyung-wha in Seoul on Monday. “We will not return,” he said.",
    )
    assert _said(found) == [("Mike Pompeo", "We will not return,")]


def test_he_after_a_woman_alone_is_nobody_and_is_reported(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "Ms. Kang Kyung-wha arrived in Seoul. “We will not return,” he said."
    )
    assert _said(found) == []
    assert found.unattributed == ["We will not return,"]


def test_she_opening_a_sentence_is_not_the_subject_when_the_woman_is_another(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Mike Pompeo met Kim Jong Un and his sister Kim Yo Jong on Monday. She said: “No.”",
    )
    assert _said(found) == [("Kim Yo Jong", "No.")]


def test_a_father_named_in_an_aside_does_not_take_he_from_the_subject(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Kim Jong-un – who replaced his father, Kim Jong-il, as leader in 2011 – said the North "
        "“did not want war”. He said he was taking a “new stand” on relations.",
    )
    assert _said(found) == [("Kim Jong Un", "did not want war"), ("Kim Jong Un", "new stand")]


def test_he_said_after_a_closing_clause_is_its_subject(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Kim Yo Jong asked Mike Pompeo about the talks, but Donald Trump didn't answer. "
        "“We will not return,” he said.",
    )
    assert _said(found) == [("Donald Trump", "We will not return,")]


def test_he_said_after_one_clause_of_two_men_is_nobody(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "Donald Trump met Moon Jae-in on Monday. “We will not return,” he said."
    )
    assert _said(found) == []
    assert found.unattributed == ["We will not return,"]


def test_a_long_reported_clause_keeps_the_person_who_told_it(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Secretary of State Antony Blinken told reporters Tuesday that the upcoming summit "
        "between Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon "
        "Suk Yeol will mark “what we believe is a new era in trilateral cooperation.”",
    )
    assert _said(found) == [
        ("Antony Blinken", "what we believe is a new era in trilateral cooperation.")
    ]


def test_a_long_clause_a_body_reported_quotes_its_report_not_a_statement(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "North Korean state media reported that the four-story building, which is located in "
        "Kaesong City, on the North Korean side of the zone that divides the two Koreas, was "
        '"completely destroyed by a" terrible explosion.',
    )
    assert _said(found) == []


def test_the_senator_is_the_one_the_entry_before_named_senator(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        '"Their treatment of our sailors should not be forgotten," said Senator Wayne Allard.',
        'The Republican senator from Colorado said the "disgraceful episode" was not over.',
    )
    assert _said(found) == [("Wayne Allard", "disgraceful episode")]


def test_words_going_on_past_the_mark_with_their_object_then_he_said(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        'Trump said there is no third summit planned. "There\'s a warmth that we have" with '
        'Kim, he said. "It was a very friendly walk."',
    )
    assert _said(found) == [
        ("Donald Trump", "There's a warmth that we have"),
        ("Donald Trump", "It was a very friendly walk."),
    ]


def test_the_object_of_the_words_is_not_the_he_who_says_them(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Mike Pompeo arrived in Seoul on Monday.",
        "“We will not return” with Moon Jae-in, he said.",
    )
    assert _said(found) == [("Mike Pompeo", "We will not return")]


def test_the_country_is_the_one_state_named_lately(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "World condemns third North Korean test",
        'The country said "The test was conducted in a safe way." Adding that, "it was '
        'confirmed that the test did not give any adverse effect."',
    )
    assert _said(found) == [
        ("North Korea", "The test was conducted in a safe way."),
        ("North Korea", "it was confirmed that the test did not give any adverse effect."),
    ]


def test_the_country_after_two_states_is_nobody_and_is_reported(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "North Korea and South Korea held talks.",
        'The country said "The test was conducted in a safe way."',
    )
    assert _said(found) == []
    assert found.unattributed == ["The test was conducted in a safe way."]
