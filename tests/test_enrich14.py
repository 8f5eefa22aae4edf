"""Unit tests of the rules of round enrich14 (issue 23, held-out-14's misses): each rule on
variants of its kind of sentence, with the cases it must leave alone in the same test (every
test here fails on the code before the round)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.enrich_support import enrich_in_order
from tests.enrich_support import said as _said

_enrich = partial(enrich_in_order, date="1994-07-09")


@pytest.mark.parametrize(
    "entry",
    [
        "″At the moment it is quiet,″ said Karl Moeglich, a German diplomat in Pyongyang.",
        "″At the moment it is quiet,″ Karl Moeglich said.",
        "Karl Moeglich, a German diplomat, said: ″At the moment it is quiet.″",
    ],
)
def test_the_aps_double_primes_are_quotation_marks(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    said = _said(_enrich(vocabulary, entry))
    assert [speaker for speaker, _ in said] == ["Karl Moeglich"]
    assert said[0][1].startswith("At the moment it is quiet")


def test_a_double_prime_alone_is_no_quotation(vocabulary) -> None:  # type: ignore[no-untyped-def]
    # (a measure in inches, then a real quotation in the AP's marks: only the quotation)
    found = _enrich(
        vocabulary,
        "Karl Moeglich said the 12″ shells had stopped. ″It is quiet,″ he said.",
    )
    assert _said(found) == [("Karl Moeglich", "It is quiet,")]


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        (
            "“Immediately, there was an outburst,” S. Kipgen, India’s ambassador to North "
            "Korea, said by telephone.",
            "S. Kipgen",
        ),
        ("“The talks went well,” R. Sharma, the Indian envoy, told reporters.", "R. Sharma"),
    ],
)
def test_an_initial_opens_a_new_persons_name(vocabulary, entry: str, person: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert person in found.actors
    assert [speaker for speaker, _ in _said(found)] == [person]


def test_an_initial_inside_a_known_name_stays_in_it(vocabulary) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        "Former President George W. Bush met S. Kipgen, India’s ambassador, in Seoul.",
    )
    assert "George W. Bush" in found.actors
    assert "W. Bush" not in found.actors
    assert "S. Kipgen" in found.actors


@pytest.mark.parametrize(
    "apposition",
    [
        "India’s ambassador to North Korea",
        "China’s envoy to Japan",
        "Germany’s ambassador in South Korea",
    ],
)
def test_a_state_named_in_a_possessive_apposition_is_not_the_next_speaker(  # type: ignore[no-untyped-def]
    vocabulary, apposition: str
) -> None:
    found = _enrich(
        vocabulary,
        f"“Immediately, there was an outburst,” Sam Kipgen, {apposition}, said by telephone "
        "from Pyongyang. “Children were crying.”",
    )
    assert _said(found) == [
        ("Sam Kipgen", "Immediately, there was an outburst,"),
        ("Sam Kipgen", "Children were crying."),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "Kim, referred to as the ``Great Leader,'' was the head of a personality cult.",
        "Kim Il Sung, referred to as the “Great Leader,” ruled for decades.",
    ],
)
def test_a_name_someone_goes_by_is_no_statement(vocabulary, entry: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert "Kim Il Sung" in found.actors
    assert _said(found) == []
    for other in (  # the same with a form of "be" or "known as" (no statement either)
        "Kim Il Sung was often referred to as the “Great Leader” in the North.",
        "Kim Il Sung, widely known as the “Great Leader,” ruled for decades.",
    ):
        assert _said(_enrich(vocabulary, other)) == []
    # the active forms keep their speaker (the naming verb's subject)
    found = _enrich(
        vocabulary,
        "The council approved sanctions, a move that Pyongyang described as an “act of war.”",
        date="2017-12-23",
    )
    assert _said(found) == [("North Korea", "act of war.")]


@pytest.mark.parametrize(
    ("entry", "reporter"),
    [
        (
            "Kim Yo Jong “sharply criticized the essence of the deceptive ‘appeasement "
            "offensive'” by the administration of South Korean President Lee Jae Myung, "
            "state-run Korean Central News Agency said.",
            "Korean Central News Agency",
        ),
        (
            "Kim Yo Jong “denounced the drills” of the South, KCNA reported on Wednesday.",
            "Korean Central News Agency",
        ),
    ],
)
def test_a_quotation_going_on_from_its_subject_is_the_reporters(  # type: ignore[no-untyped-def]
    vocabulary, entry: str, reporter: str
) -> None:
    said = _said(_enrich(vocabulary, entry, date="2025-08-20"))
    assert [speaker for speaker, _ in said] == [reporter]
    # a speech verb before the quotation: the words are still the one who said them
    said = _said(
        _enrich(
            vocabulary,
            "Kim Yo Jong said the South “denounced the drills” of the North, KCNA reported.",
            date="2025-08-20",
        )
    )
    assert [speaker for speaker, _ in said] == ["Kim Yo Jong"]


@pytest.mark.parametrize(
    ("entry", "wanted"),
    [
        (
            "Trump referred to Kim’s weight in one Twitter post, prompting the North Korean "
            "leader to call Trump a “dotard” and warn of the “highest level of hard-line "
            "countermeasure in history.”",
            [("Kim Jong Un", "dotard"), ("Kim Jong Un", "highest level")],
        ),
        (
            "Trump mocked Kim, prompting Kim Jong Un to call him a “dotard.”",
            [("Kim Jong Un", "dotard")],
        ),
        (
            "Trump mocked Kim, leading Kim Jong Un to warn of “fire.”",
            [("Kim Jong Un", "fire")],
        ),
    ],
)
def test_the_one_prompted_to_say_it_speaks(vocabulary, entry: str, wanted) -> None:  # type: ignore[no-untyped-def]
    said = _said(_enrich(vocabulary, entry, date="2017-09-22"))
    assert len(said) == len(wanted)
    pairs = zip(said, wanted, strict=True)
    assert [(who, quote[: len(start)]) for (who, quote), (_, start) in pairs] == wanted
    # another clause after a comma has its own speaker
    said = _said(
        _enrich(
            vocabulary,
            "Trump mocked Kim, prompting Japan to call a meeting, and Abe said it was “grave.”",
            date="2017-09-22",
        )
    )
    assert said == [("Shinzo Abe", "grave.")]


@pytest.mark.parametrize("noun", ["the state news agency", "the official news agency"])
def test_the_state_news_agency_is_the_agency_named_before(vocabulary, noun: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(
        vocabulary,
        '"The puppet Yoon Suk Yeol declared martial law," said the KCNA.',
        f'"His insane act has drawn strong condemnation," added {noun}.',
        date="2024-12-11",
    )
    assert _said(found) == [
        ("Korean Central News Agency", "His insane act has drawn strong condemnation,")
    ]
    # no agency named before: nobody
    alone = _enrich(vocabulary, f'"His insane act has drawn condemnation," added {noun}.')
    assert _said(alone) == []


@pytest.mark.parametrize(
    ("entry", "city"),
    [
        (
            "Most foreign residents in Pyongyang contacted by telephone from Beijing "
            "requested anonymity.",
            "Beijing",
        ),
        ("Abe arrived in Seoul from Beijing in the morning.", "Beijing"),
        ("The envoy said by phone from Pyongyang that all was calm.", "Pyongyang"),
    ],
)
def test_a_capital_one_calls_or_comes_from_is_the_place(vocabulary, entry: str, city: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry)
    assert city in found.places
    # a message from the capital is still its government's
    found = _enrich(vocabulary, "Seoul received a message from Beijing on Monday.")
    assert "China" in found.actors
    assert "Beijing" not in found.places


@pytest.mark.parametrize(
    ("entry", "forces"),
    [
        (
            "The US and South Korean militaries were focused on Vietnam.",
            ["United States Armed Forces", "Republic of Korea Armed Forces"],
        ),
        ("Soviet and Chinese armies crossed the river.", ["Red Army", "People's Liberation Army"]),
    ],
)
def test_the_plural_of_a_forces_noun_is_the_forces(vocabulary, entry: str, forces) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, entry, date="1968-01-21")
    assert [a for a in found.actors if a in forces] == forces
    assert "United States" not in found.actors
    assert "South Korea" not in found.actors
    # a force's name qualifying another noun is still the state's (README, rule 1)
    found = _enrich(vocabulary, "US and South Korean military officials met.", date="1968-01-21")
    assert "United States" in found.actors
    assert "United States Armed Forces" not in found.actors


@pytest.mark.parametrize("city", ["BEIJING", "TOKYO"])
def test_the_ap_archives_underscore_after_the_wire_credit(vocabulary, city: str) -> None:  # type: ignore[no-untyped-def]
    found = _enrich(vocabulary, f"{city} (AP) _ North Koreans wept today in the streets.")
    assert "Associated Press" not in found.actors
    assert city.title() in found.places
    # an agency cited in the text is still an actor (README, rule 5)
    cited = _enrich(vocabulary, "North Koreans wept today, the AP reported.")
    assert "Associated Press" in cited.actors
