"""Unit tests of the rules of round quotes15 (issue 23, statements: the misses of the blind
part held-out-15, sorted by kind): a speaker given by a description or a title with no name (the
body the document named, a state's news agency, a company, the office's holder on the entry's
date), relatives who speak, and words inside what someone told. Each rule on variants of its
kind of sentence, with the cases it must leave alone (every rule's test fails on the code
before the round; the guards pass on both)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.enrich_support import enrich_in_order
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="2018-06-12")


# --- a title with no name: the office's holder on the entry's date ---------------------------

AMERICAN_1950 = "The United States asked the Security Council to meet on the invasion."


@pytest.mark.parametrize(
    "entry",
    [
        "The President replied: “Yes. That is exactly what it amounts to.”",
        "“Yes. That is exactly what it amounts to,” the president said.",
        "“Yes. That is exactly what it amounts to,” said the President.",
    ],
)
def test_the_president_is_the_holder_on_the_day(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, AMERICAN_1950, entry, date="1950-06-29")
    assert [speaker for speaker, _ in _said(found)] == ["Harry Truman"]


def test_the_holder_is_the_one_of_the_entrys_date(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, AMERICAN_1950, "“We are not at war,” the president said.", date="1962-10-22"
    )
    assert [speaker for speaker, _ in _said(found)] == ["John F. Kennedy"]


def test_the_prime_minister_is_the_holder_on_the_day(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Japan protested through diplomatic channels.",
        "“This is an outrageous act,” the prime minister said.",
        date="2019-08-28",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Shinzo Abe"]


@pytest.mark.parametrize(
    "before",
    [
        "North Korean forces invaded South Korea; the United States asked the Council to meet.",
        "North Korean forces invaded South Korea.",  # (Rhee? an American text's Truman?)
    ],
)
def test_an_ambiguous_title_stays_unresolved(vocabulary, before: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        before,
        "The President replied: “Yes. That is exactly what it amounts to.”",
        date="1950-06-29",
    )
    assert _said(found) == []  # (Truman or Rhee: the text does not say)
    assert found.unattributed == ["Yes. That is exactly what it amounts to."]


def test_a_state_named_only_in_someones_words_is_not_in_play(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“I received a call informing me that North Korean forces had invaded South Korea,” "
        "Truman recalled.",
        "Reporters asked about the police action.",
        "The President replied: “Yes. That is exactly what it amounts to.”",
        date="1950-06-29",
    )
    assert "Syngman Rhee" not in [speaker for speaker, _ in _said(found)]


def test_a_president_named_in_the_document_is_not_replaced_by_the_date(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Donald Trump arrived in Seoul on Monday for two days of talks.",
        "The president, speaking at a news conference, said: “We will not return to the table.”",
        date="2019-06-30",
    )
    assert "Moon Jae-in" not in [speaker for speaker, _ in _said(found)]


# --- a body by its description ----------------------------------------------------------------


def test_the_news_agency_named_long_before_in_the_document(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "“We can no longer remain bound to the NPT,” the North Korean government said in a "
        "statement released by KCNA, its official news agency.",
        "Japan criticized the withdrawal.",
        "In 1993, North Korea also announced its withdrawal but later suspended it.",
        "China urged restraint.",
        "“The withdrawal is a legitimate self-defensive measure” North Korea, the news agency said.",
        date="2003-01-10",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Korean Central News Agency"]


def test_two_news_agencies_in_the_document_leave_the_agency_unresolved(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "The statement was released by KCNA, its official news agency.",
        "Yonhap News Agency reported the launch.",
        "Japan criticized the withdrawal.",
        "In 1993, North Korea also announced its withdrawal but later suspended it.",
        "China urged restraint.",
        "“The withdrawal is a legitimate self-defensive measure,” the news agency said.",
        date="2003-01-10",
    )
    assert _said(found) == []


def test_the_agency_in_an_aside_of_the_sentence_leading_into_the_words(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "The decision was confirmed by the Korean Central News Agency (KCNA). The decision, the "
        "agency declared, was taken because of the “serious situation when sovereignty is "
        "violated.” The KCNA statement also stresses peaceful aims.",
        date="2003-01-10",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Korean Central News Agency"]


@pytest.mark.parametrize("run", ["state-run", "state run", "official", "state"])
def test_a_states_news_agency_is_the_one_the_knowledge_base_gives(vocabulary, run: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        f"North Korea’s {run} news agency said the country carried out “a higher level” nuclear "
        "test explosion.",
        date="2016-09-09",
    )
    assert _said(found) == [("Korean Central News Agency", "a higher level")]


def test_a_states_news_agency_the_knowledge_base_lacks_is_nobodys(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Japan’s state news agency said the country faced “a grave threat” from the test.",
        date="2016-09-09",
    )
    assert "Kyodo News" not in [speaker for speaker, _ in _said(found)]


def test_the_company_an_entry_described(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Young Pioneer Tours, the travel agency that took Warmbier to Pyongyang, announced on "
        "Facebook that it is no longer accepting Americans. “The way his detention was handled "
        "was appalling,” said the company.",
        date="2017-06-20",
    )
    assert ("Young Pioneer Tours", "The way his detention was handled was appalling,") in _said(
        found
    )


def test_two_companies_described_leave_the_company_unresolved(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Young Pioneer Tours, the travel agency that took Warmbier, and Koryo Tours, a rival "
        "company, stopped their tours. “The way his detention was handled was appalling,” said "
        "the company.",
        date="2017-06-20",
    )
    assert _said(found) == []


# --- relatives speak; words inside what someone told -----------------------------------------


@pytest.mark.parametrize("relatives", ["parents", "family", "relatives", "widow"])
def test_relatives_speak_not_the_one_they_are_relatives_of(vocabulary, relatives: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Otto Warmbier died on Monday.",
        f"“He looked very uncomfortable,” Warmbier’s {relatives} wrote.",
        date="2017-06-19",
    )
    assert "Otto Warmbier" not in [speaker for speaker, _ in _said(found)]


def test_the_one_named_still_speaks_without_relatives(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary, "Otto Warmbier was released.", "“I am sorry,” Warmbier’s statement read."
    )
    assert [speaker for speaker, _ in _said(found)] == ["Otto Warmbier"]


def test_own_words_inside_what_someone_told_are_the_tellers(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "North Korean leader Kim Jong Un told Russian President Vladimir Putin on Wednesday that "
        "Pyongyang offers its “full and unconditional support” for Russia's “sacred fight” to "
        "defend its security interests.",
        date="2023-09-13",
    )
    assert _said(found) == [
        ("Kim Jong Un", "full and unconditional support"),
        ("Kim Jong Un", "sacred fight"),
    ]


def test_own_words_with_no_teller_stay_the_subjects(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Pyongyang offers its “full and unconditional support” to Moscow.",
        date="2023-09-13",
    )
    assert _said(found) == [("North Korea", "full and unconditional support")]


def test_words_joined_by_a_preposition_go_on_with_the_speaker(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "In an apparent allusion to the conflict in Ukraine, North Korean leader Kim Jong Un told "
        "Russian President Vladimir Putin on Wednesday that Pyongyang will always stand with "
        "Moscow on the “anti-imperialist” front and that Pyongyang offers its “full and "
        "unconditional support” for Russia's “sacred fight” to defend its security interests.",
        date="2023-09-13",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Kim Jong Un"] * 3


def test_words_after_a_full_stop_do_not_join(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Kim Jong Un said Pyongyang stands on the “anti-imperialist front.” For Russia's “sacred "
        "fight” many volunteered.",
        date="2023-09-13",
    )
    assert ("Kim Jong Un", "sacred fight") not in _said(found)


def test_a_compass_adjective_is_no_one_a_pronoun_could_mean(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Kim Jong Un commended Russia, referencing the US and Western countries. He stated that "
        "he offered “full and unconditional support to all that Russia does”.",
        date="2023-09-13",
    )
    assert [speaker for speaker, _ in _said(found)] == ["Kim Jong Un"]


def test_a_name_nobody_knows_still_makes_he_ambiguous(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Kim Jong Un commended Russia, and Westerby disagreed. He stated that he offered “full "
        "and unconditional support to all that Russia does”.",
        date="2023-09-13",
    )
    assert _said(found) == []
