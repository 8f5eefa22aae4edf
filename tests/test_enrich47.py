"""Unit tests of round enrich47 (issue 23, statements, new names and states: the enrichment's
known leftovers): a ministry a state's own state-run agency quotes ("the Korean Central News
Agency quoted a Foreign Ministry spokesman as saying") is that state's ministry, and its words
are the ministry's; a person whose acts a news medium reports does the second of two verbs
joined by "and" ("KCNA said Xi showed support … and promised to play a “constructive role”"
is Xi's); a person named by initials with stops ("B.N. Rau", "K. M. Panikkar"); a
government named before its leader ("the administration of President Park Geun-hye") is the
person and the state he led (the corpus README's rule 11); an uprising or a battle named after
its site gives the site as a place, a prize named after a city none (the corpus README's rule
13). Each on invented entries, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.enrich_support import read_dated
from tests.enrich_support import said_in_order as _said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def _actors(vocabulary: Vocabulary, entry: str, date: str = "2015-03-01") -> tuple[str, ...]:
    return read_dated(vocabulary, (date, entry))[1]


def _places(vocabulary: Vocabulary, entry: str, date: str = "2015-03-01") -> list[str]:
    return list(read_dated(vocabulary, (date, entry))[0].places)


# --- a ministry quoted by its own state's agency ----------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "“We are seeking information from the Chinese side through relevant channels,” the Korean"
        " Central News Agency quoted a Foreign Ministry spokesman as saying.",
        "KCNA quoted a spokesman for the Foreign Ministry as saying that South Korea and Japan"
        " “must apologise at once.”",
    ],
)
def test_a_ministry_its_own_states_agency_quotes(vocabulary: Vocabulary, entry: str) -> None:
    actors = _actors(vocabulary, entry, "1997-02-13")
    assert "North Korean Foreign Ministry" in actors
    assert [speaker for speaker, _ in _said(vocabulary, entry, date="1997-02-13")] == [
        "North Korean Foreign Ministry"
    ]


@pytest.mark.parametrize(
    "entry",
    [
        # an agency no state runs, by the knowledge base: nobody's ministry among two states
        "Kyodo quoted a Foreign Ministry official as saying Japan and China “will talk.”",
        # a state's agency that quotes no ministry
        "KCNA quoted Kim Jong Un as saying China and Russia were “friends.”",
    ],
)
def test_no_ministry_without_its_own_states_agency_quoting_it(
    vocabulary: Vocabulary, entry: str
) -> None:
    actors = _actors(vocabulary, entry, "2017-02-13")
    assert not [a for a in actors if a.endswith("Foreign Ministry")]


# --- a medium reports a person's two acts ----------------------------------------------------


def test_a_persons_second_act_a_medium_reports(vocabulary: Vocabulary) -> None:
    entry = (
        "KCNA said Xi showed support for the North's commitment to denuclearization and promised"
        " to play a “constructive role” in the process."
    )
    assert _said(vocabulary, entry, date="2018-03-28") == [("Xi Jinping", "constructive role")]


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        # a person reporting, not a medium: "and called" may be his own
        ("Trump said Kim fired missiles at the sea and called them “a threat.”", "Donald Trump"),
        # no person after the medium's verb
        (
            "KCNA said the rocket flew over Japan and called it “a success.”",
            "Korean Central News Agency",
        ),
    ],
)
def test_the_reporters_own_second_act(vocabulary: Vocabulary, entry: str, speaker: str) -> None:
    assert [s for s, _ in _said(vocabulary, entry, date="2018-03-28")] == [speaker]


# --- a person named by initials with stops --------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("India sent B.N. Rau, its representative, to the talks in New York.", "B.N. Rau"),
        ("Nehru met K.M. Panikkar in Beijing.", "K.M. Panikkar"),
        ("Ambassador K. M. Panikkar met Zhou Enlai.", "K. M. Panikkar"),
        ("Delhi sent V.K. Krishna Menon to the talks.", "V.K. Krishna Menon"),
    ],
)
def test_a_person_named_by_initials_with_stops(
    vocabulary: Vocabulary, entry: str, name: str
) -> None:
    actors = _actors(vocabulary, entry, "1951-02-01")
    assert name in actors
    assert not [a for a in actors if a != name and a.endswith(name.rsplit(" ", 1)[1])]


def test_initials_after_a_given_name_stay_in_the_whole_name(vocabulary: Vocabulary) -> None:
    date = "2018-05-10"
    actors = read_dated(
        vocabulary,
        (date, "It is unlikely, writes Katharine H.S. Moon, a professor at Wellesley."),
        (date, "Katharine H.S. Moon spoke again."),
    )[1]
    assert "Katharine H.S. Moon" in actors
    assert "H.S. Moon" not in actors


def test_initials_inside_a_full_name_are_no_name_of_their_own(vocabulary: Vocabulary) -> None:
    actors = _actors(
        vocabulary,
        "The New York Times reporter Richard J. H. Johnston filed a report.",
        "1950-07-13",
    )
    assert "J. H. Johnston" not in actors


@pytest.mark.parametrize(
    "entry",
    [
        "The U.S. Navy sent two ships to the area.",
        "At 10 A.M. Monday the talks began.",
        "The U.N. Command replied at once.",
    ],
)
def test_an_abbreviation_with_stops_is_no_persons_initials(
    vocabulary: Vocabulary, entry: str
) -> None:
    actors = _actors(vocabulary, entry, "1951-02-01")
    assert not [a for a in actors if "." in a and a.split()[-1] in {"Navy", "Monday", "Command"}]


# --- a government named before its leader (README rule 11) ------------------------------------


@pytest.mark.parametrize(
    ("entry", "date", "person", "state"),
    [
        (
            "It came on the anniversary of the decision by the conservative administration of"
            " President Park Geun-hye to suspend operations at the park.",
            "2026-02-10",
            "Park Geun-hye",
            "South Korea",
        ),
        (
            "The nomination was taken as a sign that the government of Chun Doo-hwan had rejected"
            " calls for a direct election.",
            "1987-06-10",
            "Chun Doo-hwan",
            "South Korea",
        ),
        (
            "The government of Prime Minister Shinzo Abe protested.",
            "2015-03-01",
            "Shinzo Abe",
            "Japan",
        ),
    ],
)
def test_a_government_named_before_its_leader(
    vocabulary: Vocabulary, entry: str, date: str, person: str, state: str
) -> None:
    actors = _actors(vocabulary, entry, date)
    assert person in actors
    assert state in actors


def test_a_history_of_a_leader_is_no_government(vocabulary: Vocabulary) -> None:
    assert "South Korea" not in _actors(vocabulary, "He wrote a history of Park Geun-hye.")


# --- an event named after its site, a prize named after a city (README rule 13) ----------------


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("A relative of hers was killed in the Gwangju Uprising.", "Gwangju"),
        ("Veterans marked the anniversary of the Battle of Kapyong.", "Kapyong"),
        ("He fought in the Battle of Chosin Reservoir.", "Chosin Reservoir"),
        # a site the knowledge base lacks, read from the event's name
        ("Battle of Pakchon. The battalion met Chinese forces for the first time.", "Pakchon"),
        ("What the 1989 Tiananmen Square Massacre is to China, others recall.", "Tiananmen Square"),
    ],
)
def test_an_uprising_or_battle_named_after_its_site_gives_the_place(
    vocabulary: Vocabulary, entry: str, place: str
) -> None:
    assert place in _places(vocabulary, entry, "2020-05-18")


@pytest.mark.parametrize(
    "entry", ["The Battle of Britain was fought in 1940.", "He fought in the Battle of the Bulge."]
)
def test_a_battle_named_after_a_state_or_a_thing_gives_no_place(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert not _places(vocabulary, entry, "1944-12-16")


@pytest.mark.parametrize(
    "entry",
    [
        "In memory of the martyrs, the Gwangju Prize for Human Rights has been awarded since 2000.",
        "Winners of the Seoul Peace Prize came to the ceremony.",
    ],
)
def test_a_prize_named_after_a_city_gives_no_place(vocabulary: Vocabulary, entry: str) -> None:
    found = read_dated(vocabulary, ("2020-05-18", entry))
    assert not found[0].places
    assert "South Korea" not in found[1]
