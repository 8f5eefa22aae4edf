"""The knowledge base's forms each with the source checked, a capital after a preposition of place
in the other languages, successions by name (issue 23, kb24).

- Forms check23 left unconfirmed, each now with a source that shows it: "EE. UU." (Spanish) and
  "OSN" (Czech) are CLDR's short territory names (US-alt-short, UN-alt-short); "nord-coréenne",
  "sud-coréens", "sud-coréennes" (French adjectives), "Stanach Zjednoczonych", "Chinach" (Polish
  locatives) and "Pékin" (French) are on cited pages. The records' CLDR addresses are those of
  the data checked (cldr-json 48.2.0, the npm packages' files): release-48 XML files of CLDR's
  own repository were cited for forms matched against another release.
- A capital after a preposition of place in French, German, Spanish, Italian and Polish is the
  place, as "in Seoul" is: "à Séoul" (the French form is the place's again, CLDR's exemplar
  city), "en Seúl", "in Seoul", Italian "a Pyongyang." (the English article "a Pyongyang
  official" stays the state), "w Tokio". French and Spanish "de" ("of") is no such preposition:
  "le refus de Pyongyang", "les chercheurs de Séoul" are the state, but "près de Séoul" the place.

- Successions by name: an office whose source ends it in a year alone is not held once a
  successor's first day in it, dated within that year, has come (trust23's
  Person.held_until_succeeded, applied by a title alone). The surname paths now apply it too:
  "Foreign Minister Kim" (the surname pool's holders of a head's or minister's title) and "Vice
  Foreign Minister Kim" (a lesser office, Enricher._office_holder) were "ambiguous" between two
  successive holders bearing the surname.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import KnownActor, KnownPlace, RoleRecord, knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

CLDR_48 = "https://github.com/unicode-org/cldr-json/blob/48.2.0/cldr-json/"

# --- forms each with its source --------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "form", "source"),
    [
        ("United States", "EE. UU.", CLDR_48 + "cldr-localenames-full/main/es/territories.json"),
        ("United Nations", "OSN", CLDR_48 + "cldr-localenames-full/main/cs/territories.json"),
        ("North Korea", "nord-coréenne", "https://www.atlasgeo.net/pays/coree-du-sud"),
        ("South Korea", "sud-coréens", "http://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=88635"),
        ("South Korea", "sud-coréennes", "http://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=68409"),
        ("United States", "Stanach Zjednoczonych", "https://perceptiopl.com/"),
        ("China", "Chinach", "https://chiny24.com/news/chiny-tydzien-za-wielkim-murem-41-21"),
        ("China", "Pékin", "https://graphsearch.epfl.ch/fr/concept/1407848/concepts"),
    ],
)  # fmt: skip
def test_a_form_check23_left_unconfirmed_is_kept_with_its_source(
    record: str, form: str, source: str
) -> None:
    actor = knowledge().actors[record]
    assert form in actor.aliases
    assert any(address.startswith(source) for address in actor.sources)


def test_every_cldr_address_is_of_the_release_checked() -> None:
    """(not https://github.com/unicode-org/cldr/blob/release-48/…: the forms were matched
    against other data)"""
    base = knowledge()
    records: list[KnownActor | KnownPlace] = [*base.actors.values(), *base.places.values()]
    cited = [a for record in records for a in record.sources if "unicode-org/cldr" in a]
    assert cited
    assert all(address.startswith(CLDR_48) for address in cited)


def test_the_french_form_of_seoul_is_the_place_again() -> None:
    place = knowledge().places["Seoul"]
    assert "Séoul" in place.aliases
    assert CLDR_48 + "cldr-dates-full/main/fr/timeZoneNames.json" in place.sources


# --- a capital after a preposition of place ---------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("Les deux dirigeants se sont rencontrés à Séoul.", "Seoul"),
        ("Die beiden Staatschefs trafen sich in Seoul.", "Seoul"),
        ("Los dos líderes se reunieron en Seúl.", "Seoul"),
        ("El presidente viajó a Seúl, donde se reunió con los ministros.", "Seoul"),
        ("I due leader si sono incontrati a Pyongyang.", "Pyongyang"),
        ("Obaj przywódcy spotkali się w Tokio.", "Tokyo"),
        ("Le président s'est rendu près de Séoul.", "Seoul"),
        ("Des manifestants ont défilé dans le centre de Séoul.", "Seoul"),
    ],
)
def test_a_capital_after_a_preposition_of_place_is_the_place(
    enrich: Callable[[str, str], Findings], entry: str, place: str
) -> None:
    found = enrich(entry, "2019-06-30")
    assert place in found.places
    assert not {"South Korea", "North Korea", "Japan"} & set(found.actors)


@pytest.mark.parametrize(
    ("entry", "state"),
    [
        ("Selon lui, c'est le plus puissant essai nucléaire de Pyongyang à ce jour.", "North Korea"),
        ("Carter presentó una lista de demandas de Washington.", "United States"),
        ("« C'était une explosion artificielle », assure les chercheurs de Séoul.", "South Korea"),
        ("A Pyongyang official said the talks had failed.", "North Korea"),  # (guard)
        ("Séoul et Washington ont condamné l'essai nucléaire.", "South Korea"),  # (guard)
    ],
)  # fmt: skip
def test_a_capital_after_de_or_an_article_is_the_state(
    enrich: Callable[[str, str], Findings], entry: str, state: str
) -> None:
    found = enrich(entry, "2016-09-09")
    assert state in found.actors
    assert not {"Seoul", "Pyongyang", "Washington"} & set(found.places)


@pytest.mark.parametrize(
    "entry",
    [
        "La secousse s'est produite à 2h30, heure de Paris.",
        "El misil cayó a las 7:30, hora de Seúl.",
    ],
)
def test_a_capital_named_for_its_clock_is_neither_state_nor_place(
    enrich: Callable[[str, str], Findings], entry: str
) -> None:
    """As "Tokyo time" (words.CLOCK_AFTER): no longer the place after "de", not the state."""
    found = enrich(entry, "2016-09-09")
    assert not {"France", "South Korea"} & set(found.actors)
    assert not {"Paris", "Seoul"} & set(found.places)


# --- successions by name ----------------------------------------------------------------------

# Two invented pairs of successive South Korean holders who share the surname Kim: the first's
# office ends in "2005" (a year alone), the second's begins on 2005-03-02.
_SOURCE = ("https://example.org/invented-for-a-test",)
_SUCCESSIVE = (
    ("Kim Ha-neul", "Foreign Minister", "2003-02-27", "2005"),
    ("Kim Bo-ram", "Foreign Minister", "2005-03-02", "2007-01-01"),
    ("Kim Da-som", "Vice Foreign Minister", "2003-02-27", "2005"),
    ("Kim Na-rae", "Vice Foreign Minister", "2005-03-02", "2007-01-01"),
)


@pytest.fixture
def enrich_with_successors(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[str, str], Findings]:
    """A new Enricher (of one entry) whose knowledge base holds the invented pairs above."""
    from ktimeline.importing.enrichment import enricher as enricher_module
    from ktimeline.loader import load_vocabulary

    base = knowledge()
    added = {
        name: KnownActor(
            name,
            "person",
            _SOURCE,
            "South Korea",
            f"{title} of South Korea",
            roles=(RoleRecord(title, "South Korea", start, end),),
        )
        for name, title, start, end in _SUCCESSIVE
    }
    with_them = dataclasses.replace(base, actors={**base.actors, **added})
    monkeypatch.setattr(enricher_module, "knowledge", lambda: with_them)

    def enrich(text: str, date: str) -> Findings:
        return enricher_module.Enricher(load_vocabulary()).enrich(text, date)

    return enrich


@pytest.mark.parametrize(
    ("text", "day", "holder"),
    [
        # the surname pool's holders of a title (Enricher.resolve)
        ("South Korean Foreign Minister Kim met his counterpart.", "2005-06-01", "Kim Bo-ram"),
        ("Foreign Minister Kim met his counterpart in Seoul.", "2005-06-01", "Kim Bo-ram"),
        ("Foreign Minister Kim met his counterpart in Seoul.", "2005-03-02", "Kim Bo-ram"),
        # a lesser office (Enricher._office_holder)
        ("South Korean Vice Foreign Minister Kim met his counterpart.", "2005-06-01", "Kim Na-rae"),
    ],
)  # fmt: skip
def test_a_surname_with_a_title_is_the_successor_once_he_took_the_office(
    enrich_with_successors: Callable[[str, str], Findings], text: str, day: str, holder: str
) -> None:
    found = enrich_with_successors(text, day)
    assert holder in found.actors
    assert not found.unresolved


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("South Korean Foreign Minister Kim met his counterpart.", "Kim Ha-neul"),
        ("South Korean Vice Foreign Minister Kim met his counterpart.", "Kim Da-som"),
    ],
)
def test_before_the_successors_first_day_the_predecessor_is_meant(  # (guard)
    enrich_with_successors: Callable[[str, str], Findings], text: str, holder: str
) -> None:
    found = enrich_with_successors(text, "2005-02-01")
    assert holder in found.actors
    assert not found.unresolved


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("South Korean Foreign Minister Kim met his counterpart.", "Kim Ha-neul or Kim Bo-ram"),
        ("South Korean Vice Foreign Minister Kim met his counterpart.", "Kim Da-som or Kim Na-rae"),
    ],
)
def test_a_year_alone_leaves_both_reported(  # (guard: the successor's day may follow it)
    enrich_with_successors: Callable[[str, str], Findings], text: str, both: str
) -> None:
    found = enrich_with_successors(text, "2005")
    assert not {name for name, *_ in _SUCCESSIVE} & set(found.actors)
    assert [u.reason for u in found.unresolved] == [f"ambiguous: {both} on 2005"]


def test_another_state_holder_of_the_lesser_title_stays_ambiguous(  # (guard)
    enrich_with_successors: Callable[[str, str], Findings],
) -> None:
    """Without its state, "Vice Foreign Minister Kim" in 2005 may be North Korea's Kim Kye
    Gwan too: the succession drops only Kim Da-som."""
    found = enrich_with_successors("Vice Foreign Minister Kim met his counterpart.", "2005-06-01")
    assert [u.reason for u in found.unresolved] == [
        "ambiguous: Kim Kye Gwan or Kim Na-rae on 2005-06-01"
    ]
