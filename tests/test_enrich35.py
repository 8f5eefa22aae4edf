"""Unit tests of round enrich35 (issue 23, session 15's wrong readings): a firm charged,
convicted or pleading guilty is a company, never a person; a given name of a person named in
full is no firm; a woman's honorific before a man's surname names another person; an
occasion's name after a rank is nobody; a firm's acts in Spanish and a firm bought for a sum
in German, French and Spanish; a thing reported ("reports an “accident”") is no statement.
Each on invented entries of several subjects, with the cases that must stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Enricher
from tests.enrich_support import enrich_in_order, said

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def _read(vocabulary: Vocabulary, *entries: str) -> tuple[list[str], dict[str, str]]:
    """The last entry's actors and the kinds of the new actors, all entries read in order."""
    enricher = Enricher(vocabulary)
    actors: list[str] = []
    for entry in entries:
        actors = list(enricher.enrich(entry, "2015-03-01").actors)
    return actors, {name: actor.kind for name, actor in enricher.new.items()}


# --- a firm charged or pleading guilty is a company ---------------------------------------------


@pytest.mark.parametrize(
    ("entries", "firm"),
    [
        (("Purdue Pharma pleads guilty to three federal charges.",), "Purdue Pharma"),
        (("Tyrell Corporation is indicted for price fixing.",), "Tyrell Corporation"),
        (("Acme Holdings was convicted of bribery.",), "Acme Holdings"),
        (("Northwind Bank pleaded guilty in March.",), "Northwind Bank"),
        (("Vandelay Industries is charged with fraud.",), "Vandelay Industries"),
        (("Credit Lyonnais pleads guilty and pays its fine.",), "Credit Lyonnais"),
        (
            (
                "Nina Park, an auditor at Kessler, shreds the files.",
                "Otto Kessler is charged with obstruction.",
            ),
            "Otto Kessler",
        ),
    ],
)
def test_a_firm_charged_or_pleading_is_a_company(
    vocabulary: Vocabulary, entries: tuple[str, ...], firm: str
) -> None:
    actors, kinds = _read(vocabulary, *entries)
    assert firm in actors
    assert kinds[firm] == "company"  # (was a person)


@pytest.mark.parametrize(
    ("entry", "person"),
    [
        ("Nora Quist is charged with fraud.", "Nora Quist"),
        ("Tom Ray pleads guilty to doping and loses his medal.", "Tom Ray"),
        ("Pablo Reyes is arrested in Lima.", "Pablo Reyes"),
        ("Vera Holm testifies before the committee.", "Vera Holm"),
    ],
)
def test_a_person_charged_stays_a_person(vocabulary: Vocabulary, entry: str, person: str) -> None:
    actors, kinds = _read(vocabulary, entry)
    assert actors == [person]
    assert kinds[person] == "person"


def test_a_firm_convicted_by_a_jury_is_no_person(vocabulary: Vocabulary) -> None:
    kinds = _read(vocabulary, "A jury convicts Dunmore Brothers of fraud.")[1]
    assert kinds.get("Dunmore Brothers") != "person"
    assert _read(vocabulary, "Police arrest Lena Olsen and Piet Smit.")[0] == [
        "Lena Olsen",
        "Piet Smit",
    ]


# --- a given name of a person named in full is no firm ------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "entry", "word"),
    [
        ("Sue Brody joins the board.", "Sue files for bankruptcy.", "Sue"),
        ("Bill Ortega wins the seat.", "Bill goes public with the letter.", "Bill"),
    ],
)
def test_a_given_name_of_a_person_named_before_is_no_firm(
    vocabulary: Vocabulary, earlier: str, entry: str, word: str
) -> None:
    assert word not in _read(vocabulary, earlier, entry)[1]


def test_a_word_nobody_named_as_a_given_name_acting_as_a_firm_is_still_one(
    vocabulary: Vocabulary,
) -> None:
    kinds = _read(vocabulary, "Sue Brody joins the board.", "Brixton files for bankruptcy.")[1]
    assert kinds["Brixton"] == "company"


# --- a woman's honorific before a man's surname -------------------------------------------------


@pytest.mark.parametrize(
    "entries",
    [
        ("Judge Edward Davila opens the trial.", "Mrs Davila, the judge's wife, testifies."),
        ("Coach Tom Brent resigns.", "Mrs Brent thanks the fans."),
        ("Mayor Paul Okafor opens the bridge.", "Ms. Okafor cuts the ribbon."),
    ],
)
def test_a_womans_honorific_before_a_new_mans_surname_names_nobody(
    vocabulary: Vocabulary, entries: tuple[str, ...]
) -> None:
    assert _read(vocabulary, *entries)[0] == []  # (was the man)


def test_the_same_title_again_is_still_the_person(vocabulary: Vocabulary) -> None:
    assert _read(vocabulary, "Judge Edward Davila opens the trial.", "Judge Davila adjourns.")[
        0
    ] == ["Edward Davila"]
    assert enrich_in_order(vocabulary, "Ms. Kang arrives in Seoul.", date="2019-06-01").actors == [
        "Kang Kyung-wha"
    ]  # (a known person keeps a woman's honorific)


# --- an occasion's name after a rank ------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    ["Captain Cook Week opens in Whitby.", "General Grant Parade is cancelled."],
)
def test_an_occasion_after_a_rank_is_nobody(vocabulary: Vocabulary, entry: str) -> None:
    assert _read(vocabulary, entry)[1] == {}


def test_a_rank_before_a_persons_name_still_names_the_person(vocabulary: Vocabulary) -> None:
    assert _read(vocabulary, "Captain James Cook lands at Botany Bay.")[0][:1] == ["James Cook"]


# --- a firm's acts in other languages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "firm"),
    [
        ("Globex übernimmt Initech für 2 Milliarden Euro.", "Globex"),
        ("Globex übernimmt Initech AG.", "Globex"),
        ("Lumière rachète Vortex pour 5 milliards.", "Lumière"),
        ("Iberia compra Vueling por 300 millones.", "Iberia"),
        ("Pescanova se declara en quiebra.", "Pescanova"),
        ("Zarcola sale a Bolsa.", "Zarcola"),
    ],
)
def test_a_firms_acts_in_other_languages(vocabulary: Vocabulary, entry: str, firm: str) -> None:
    assert _read(vocabulary, entry)[1] == {firm: "company"}


@pytest.mark.parametrize(
    "entry",
    [
        "Schulz übernimmt Verantwortung für 3 Fehler.",
        "Dupont rachète ses parts pour 5 euros.",
        "García compra la empresa de su padre.",
    ],
)
def test_a_person_taking_or_buying_is_no_firm(vocabulary: Vocabulary, entry: str) -> None:
    assert _read(vocabulary, entry)[1] == {}


# --- a thing reported is no statement ------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Yonhap reports an “incident” at the plant.",
        "Reuters reported a “technical failure” at the dam.",
        'KCNA reports a "misunderstanding" with the referees.',
    ],
)
def test_a_thing_reported_is_no_statement(vocabulary: Vocabulary, entry: str) -> None:
    assert said(enrich_in_order(vocabulary, entry, date="1986-04-28")) == []


def test_words_reported_are_still_a_statement(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary, "Reuters reported: “The plant is closed until May.”", date="1986-04-28"
    )
    assert said(found) == [("Reuters", "The plant is closed until May.")]


# --- curly quotation marks read in the wrong code page ------------------------------------------


def test_a_lost_curly_mark_read_as_a_lone_a_circumflex_still_quotes(
    vocabulary: Vocabulary,
) -> None:
    found = enrich_in_order(
        vocabulary,
        "âThe season is over for us,â coach Maria Lund told reporters.",
        date="2011-05-02",
    )
    assert said(found) == [("Maria Lund", "The season is over for us,")]


@pytest.mark.parametrize(
    "entry",
    [
        "Le château de Versailles est âgé de trois siècles.",
        "âGarcia arrives in Lima.",  # (no closing one: left as written)
    ],
)
def test_an_a_circumflex_inside_words_or_alone_is_no_quotation_mark(
    vocabulary: Vocabulary, entry: str
) -> None:
    assert said(enrich_in_order(vocabulary, entry, date="2011-05-02")) == []


# --- a presidential office under a capital's dateline -------------------------------------------


def test_a_presidential_office_is_the_state_of_the_storys_dateline(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary,
        "PARIS – The presidential office said it would not comment on the strike.",
        "“We are calm,” a presidential official told reporters.",
        date="2019-01-10",
    )
    assert found.actors == ["France"]
    assert said(found) == [("France", "We are calm,")]


def test_a_presidential_office_with_no_dateline_is_nobody(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary, "“We are calm,” a presidential official told reporters.", date="2019-01-10"
    )
    assert found.actors == []
    assert said(found) == []


def test_a_presidential_spokesman_is_left_to_the_person(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary,
        "PARIS – The presidential office said it would not comment.",
        "The presidential spokesman said the talks would go on.",
        date="2019-01-10",
    )
    assert found.actors == []


# --- a known person's surname before his first office in the base -------------------------------


def test_a_surname_in_the_year_of_an_earlier_office_is_the_person(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(vocabulary, "The crisis, said Rusk, had only begun.", date="1950-07-01")
    assert "Dean Rusk" in found.actors


# --- a named spokesman after "said" --------------------------------------------------------------


def test_a_named_spokesman_after_said_is_the_speaker(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary,
        "Coach Ada Hale lost the final.",
        "“The club will appeal,” said Hale spokesman Tom Ruiz.",
        date="2009-08-04",
    )
    assert said(found) == [("Tom Ruiz", "The club will appeal,")]  # (was Ada Hale)


def test_words_his_spokesman_reports_of_him_stay_his(vocabulary: Vocabulary) -> None:
    found = enrich_in_order(
        vocabulary,
        "Coach Ada Hale lost the final.",
        "Hale avoided questions, said his spokesman Tom Ruiz, and called for “a fair hearing”.",
        date="2009-08-04",
    )
    assert said(found) == [("Ada Hale", "a fair hearing")]
