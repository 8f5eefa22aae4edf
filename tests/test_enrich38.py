"""Unit tests of round enrich38 (issue 23, the misses of the blind part held-out-28): middle
initials written together and a known surname after a given name and initial, a surname the
document's person bears as written against an office holder who bears it only in another
spelling, verbs that say after a quotation ("remembers", "tweets", "argues"), a speaker after a
body's possessive, a straight closing mark typed with a space before it, "he said, adding …" past
a stranger in what he went on to say, "a ministry official said", "writing, “…”", an attribution
with its verb first that ends the quotation's sentence or the sentence before it, and a quoted
word after "his" in the sentence after an attribution. Each on invented entries of other
subjects, with the cases that must stay unresolved or unattributed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import enrich_in_order, read_dated, said
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


# --- middle initials: "Grace T.L. Moon", "Daniel K. Abe" ----------------------------------------


def test_initials_written_together_stay_inside_a_new_name(vocabulary: Vocabulary) -> None:
    entry = "Ticket sales fell by half, writes Grace T.L. Moon. “The clubs have priced fans out,” says Moon."
    found = enrich_in_order(vocabulary, entry, date="2018-05-01")
    assert "Moon Jae-in" not in found.actors
    assert said(found) == [("Grace T.L. Moon", "The clubs have priced fans out,")]


def test_a_known_surname_after_a_given_name_and_an_initial_is_a_new_name(
    vocabulary: Vocabulary,
) -> None:
    entry = "“Rates will rise before the summer,” wrote Daniel K. Abe, an economist at a bank."
    found = enrich_in_order(vocabulary, entry, date="2015-03-01")
    assert "Shinzo Abe" not in found.actors
    assert said(found) == [("Daniel K. Abe", "Rates will rise before the summer,")]


@pytest.mark.parametrize(
    ("entry", "date", "person"),
    [  # the known person's own given name before the initial: still he
        ("Gen. Mark W. Clark signed the armistice.", "1953-07-27", "Mark Clark"),
        ("President George W. Bush spoke in Ohio.", "2004-05-01", "George W. Bush"),
    ],
)
def test_a_known_persons_given_name_and_initial_stay_his(
    vocabulary: Vocabulary, entry: str, date: str, person: str
) -> None:
    assert person in _actors(vocabulary, entry, date=date)


def test_the_us_army_before_a_name_is_no_initial(vocabulary: Vocabulary) -> None:
    found = _actors(vocabulary, "Troops of the U.S. Army met Tom Hale in Bonn.")
    assert "United States Armed Forces" in found
    assert not any(a.startswith("U.S.") for a in found)


# --- a surname as written, against another spelling of an office holder's ------------------------


def test_the_documents_surname_outweighs_a_holder_who_bears_it_in_another_spelling(
    vocabulary: Vocabulary,
) -> None:
    found, _ = read_dated(
        vocabulary,
        ("1950-06", "Sam Lee was a student in Busan when the war broke out."),
        ("1950-07", "Lee joined the South Korean army as a cook."),
        ("1950-08", "The unit marched north through the hills."),
        ("1950-09", "Most of the trucks were lost in a week."),
        ("1950-10", "“We had nothing to eat for days,” Lee recalls."),
    )
    assert "Syngman Rhee" not in found.actors
    assert said(found) == [("Sam Lee", "We had nothing to eat for days,")]


def test_a_surname_an_office_holder_bears_as_written_stays_unresolved(
    vocabulary: Vocabulary,
) -> None:
    found, _ = read_dated(
        vocabulary,
        ("1980-05-17", "Opposition leader Kim Dae-jung is arrested."),
        ("1980-05-18", "Students march in Gwangju."),
        ("1980-08-27", "Chun Doo-hwan becomes president."),
        ("1980-09-17", "Mr. Kim is sentenced to death by a military court."),
    )
    assert "Kim Il Sung" not in found.actors
    assert any(u.text == "Mr. Kim" for u in found.unresolved)


# --- verbs that say after a quotation; a speaker after a body's possessive -----------------------


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("“We held the bridge for two days,” Ruth Kagan remembers.", "Ruth Kagan"),
        ("“The fleet sailed at dawn,” Piet Visser recounts.", "Piet Visser"),
        ("“Vote early,” tweets the Cato Institute’s Jane Harlow.", "Jane Harlow"),
        ("“Prices will rise,” argues the Bank of England’s Jane Harlow.", "Jane Harlow"),
    ],
)
def test_words_a_verb_after_them_says_are_its_subjects(
    vocabulary: Vocabulary, entry: str, speaker: str
) -> None:
    assert [s for s, _ in _said(vocabulary, entry)] == [speaker]


def test_a_passive_remembered_before_a_quoted_word_says_nothing(vocabulary: Vocabulary) -> None:
    entry = (
        "The dinner would be remembered as especially good, “excellent,” according to Dean Acheson."
    )
    assert _said(vocabulary, entry, date="1950-06-25") == [("Dean Acheson", "excellent,")]


# --- a straight closing mark typed with a space before it ---------------------------------------


def test_a_closing_mark_typed_spaced_ends_the_quotation(vocabulary: Vocabulary) -> None:
    entry = '"We lost the final in the last minute " coach Ann Byrd said after the game.'
    assert _said(vocabulary, entry) == [("Ann Byrd", "We lost the final in the last minute")]


def test_a_spaced_mark_inside_a_sentence_makes_no_statement(vocabulary: Vocabulary) -> None:
    entry = 'The senator called the bill a "blank cheque " and voted against it.'
    assert _said(vocabulary, entry) == []


# --- "he said, adding …" past a stranger in what he went on to say ------------------------------


def test_he_said_adding_keeps_the_speaker_past_a_stranger_in_his_words(
    vocabulary: Vocabulary,
) -> None:
    entries = (
        "“Harvests failed twice,” said Piet Visser, the league's envoy in Harare.",
        "“Each family gets 20 kilos of maize,” he said, adding the league will also fund"
        " soap and 40 Blue Star first aid posts across the region.",
    )
    assert _said(vocabulary, *entries) == [("Piet Visser", "Each family gets 20 kilos of maize,")]


def test_he_said_after_a_stranger_named_before_it_stays_unattributed(
    vocabulary: Vocabulary,
) -> None:
    entries = (
        "“Harvests failed twice,” said Piet Visser, the league's envoy in Harare.",
        "Hans Ruder, a farmer, met the envoy. “Each family gets 20 kilos,” he said, adding"
        " the league will fund soap and 40 Blue Star first aid posts.",
    )
    assert ("Piet Visser", "Each family gets 20 kilos,") not in _said(vocabulary, *entries)


# --- "a ministry official said" ------------------------------------------------------------------


def test_a_ministry_official_is_the_ministry_named_before(vocabulary: Vocabulary) -> None:
    entries = (
        "South Korea’s Unification Ministry on Monday called the closure a mistake.",
        "“The decision cut the last channel of trust,” a ministry official said.",
    )
    assert _said(vocabulary, *entries, date="2020-02-10") == [
        ("Ministry of Unification", "The decision cut the last channel of trust,")
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "“The decision cut the last channel of trust,” a ministry official said.",
        "“The road will stay shut,” a police official said.",
    ],
)
def test_an_official_of_no_body_named_before_speaks_for_nobody(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert _said(vocabulary, entry) == []


# --- "writing, “…”" --------------------------------------------------------------------------------


def test_writing_before_a_quotation_is_the_subjects(vocabulary: Vocabulary) -> None:
    entry = (
        "But Angela Merkel also left the door open to a later visit, writing, “We would"
        " welcome you in Berlin at any time.”"
    )
    assert _said(vocabulary, entry) == [
        ("Angela Merkel", "We would welcome you in Berlin at any time.")
    ]


# --- an attribution with its verb first, ending the sentence or the sentence before ------------


def test_words_quoted_in_a_sentence_that_ends_says_x_are_xs(vocabulary: Vocabulary) -> None:
    entry = (
        "Growth is slowing given the “deep structural problems” of the region's banks, says"
        " Jane Smith."
    )
    assert _said(vocabulary, entry) == [("Jane Smith", "deep structural problems")]


def test_a_quotation_after_argues_x_is_xs(vocabulary: Vocabulary) -> None:
    entry = (
        "Markets are calm for now, argues former IMF economist Jane Smith. “Nobody expects a"
        " crash before the election.”"
    )
    assert _said(vocabulary, entry) == [
        ("Jane Smith", "Nobody expects a crash before the election.")
    ]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [  # its own attribution after it: that one's
        (
            "Markets are calm, argues economist Jane Smith. “Nobody expects a crash,” said"
            " Tom Hale.",
            [("Tom Hale", "Nobody expects a crash,")],
        ),
        # the attribution names no person: nobody's
        ("The plan has “serious flaws” in its costing, says the report.", []),
    ],
)
def test_an_attribution_with_its_verb_first_claims_no_other_words(
    vocabulary: Vocabulary, entry: str, expected: list[tuple[str, str]]
) -> None:
    assert _said(vocabulary, entry) == expected


def test_a_quoted_word_after_his_in_the_next_sentence_is_nobodys(vocabulary: Vocabulary) -> None:
    entry = (
        "A coach needs the players behind him, writes Jane Smith. No one knows his “real”"
        " plans for the club. “His grip has limits,” says Smith."
    )
    assert _said(vocabulary, entry) == [("Jane Smith", "His grip has limits,")]


def test_a_new_name_with_initials_written_in_full_again_is_still_hers(
    vocabulary: Vocabulary,
) -> None:
    entries = (
        "Ticket sales fell by half, writes Grace T.L. Moon.",
        "The league meets in June.",
        "It is unlikely given the “deep money troubles” of the clubs, says Grace T.L. Moon.",
    )
    found = enrich_in_order(vocabulary, *entries, date="2018-05-01")
    assert not found.unresolved
    assert said(found) == [("Grace T.L. Moon", "deep money troubles")]


# --- the pronoun I, a title in apposition, a compound adjective made from a name --------------


@pytest.mark.parametrize(
    "entry",
    [
        "Mr. Speaker, I want to offer some thoughts on the budget.",
        "Senator, I rise today to oppose this bill.",
    ],
)
def test_the_pronoun_i_after_an_address_is_no_actor(vocabulary: Vocabulary, entry: str) -> None:
    assert "I" not in _actors(vocabulary, entry)


def test_a_title_in_apposition_is_the_named_persons_not_the_days_holder(
    vocabulary: Vocabulary,
) -> None:
    found, _ = read_dated(
        vocabulary,
        ("1961-06", "Park Chung-hee, the President of South Korea, ruled with an iron fist."),
    )
    assert "Yun Posun" not in found.actors
    assert "Park Chung-hee" in found.actors


def test_the_title_alone_is_still_the_days_holder(vocabulary: Vocabulary) -> None:
    found, _ = read_dated(
        vocabulary, ("2009-05-01", "Tanks paraded before the President of South Korea.")
    )
    assert "Lee Myung-bak" in found.actors


@pytest.mark.parametrize(
    ("entry", "wrong"),
    [
        ("Workers struck at the Acme Holdings-owned plant.", "Acme Holdings-owned"),
        ("A renewed effort began under the Green Party–led council.", "Green Party–led"),
    ],
)
def test_a_compound_adjective_made_from_a_name_ends_the_name(
    vocabulary: Vocabulary, entry: str, wrong: str
) -> None:
    assert wrong not in _actors(vocabulary, entry)


# --- a person named with no title as "NAME of STATE" ------------------------------------------


def test_persons_listed_as_name_of_state_are_new_actors(vocabulary: Vocabulary) -> None:
    entry = (
        "The jury sat in Geneva. Seated are (left to right) K. L. Brandt of Germany, Tomas"
        " Ruiz of Mexico; Anna Berg of Sweden, the chair; and W. Osei of Kenya."
    )
    found = _actors(vocabulary, entry)
    assert {"K. L. Brandt", "Tomas Ruiz", "Anna Berg", "W. Osei"} <= set(found)


@pytest.mark.parametrize(
    ("entry", "wrong"),
    [
        ("The club beat Real Madrid of Spain in the final.", "Real Madrid"),
        ("Ships crossed the Strait of Malacca, then the Gulf of Thailand.", "Strait"),
        ("Exports rose, Bank of Japan data showed.", "Bank"),
        ("Anna Berg of Sweden Airlines was hired.", "Anna Berg"),
    ],
)
def test_a_name_of_a_state_that_is_no_persons_stays_no_new_person(
    vocabulary: Vocabulary, entry: str, wrong: str
) -> None:
    assert wrong not in _actors(vocabulary, entry)


# --- "described by X …, “…”" ---------------------------------------------------------------------


def test_words_after_described_by_a_person_are_his(vocabulary: Vocabulary) -> None:
    entries = (
        "Chancellor Angela Merkel met the two coaches in Berlin.",
        "The rival coach, described by Merkel in less glowing terms, “was a stubborn man, often"
        " late and rarely polite.”",
    )
    assert _said(vocabulary, *entries) == [
        ("Angela Merkel", "was a stubborn man, often late and rarely polite.")
    ]


def test_words_after_described_by_no_person_are_nobodys(vocabulary: Vocabulary) -> None:
    entry = "The plan, called by critics “a blank cheque for the banks”, passed on Monday."
    assert _said(vocabulary, entry) == []
