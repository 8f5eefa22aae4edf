"""The knowledge base checked against its sources and widened (issue 23, kb15).

kb13's places were checked against the pages they cite: forms no source writes were removed and
stay removed (no record answers to them), a name joined to its city is no form of the island, and
Bloody Ridge lies in South Korea as its page says. The base was widened by classes the measure
showed missing: international financial institutions and forums, news agencies and papers, the
US information agency, think tanks, ruling communist parties, Manchukuo, the occupation-era bodies
of Korea and the KEDO site at Kumho. Entries of other wordings than the corpus find them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.knowledge import knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings

ADDRESS = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")

NEW_ACTORS = (
    "International Monetary Fund", "World Bank", "Asian Development Bank", "Asia-Europe Meeting",
    "United Press International", "United Press", "USIA", "Center for Strategic and International Studies",
    "Chatham House", "Brookings Institution", "Council on Foreign Relations", "Sunday Telegraph",
    "Manchukuo", "Communist Party of the Soviet Union", "Communist Party of Cuba",
    "Communist Party of Vietnam", "Lao People's Revolutionary Party", "US-Soviet Joint Commission",
    "Provisional People's Committee for North Korea", "People's Committee of North Korea",
    "Soviet Civil Administration",
)  # fmt: skip

# forms kb13 gave its places that no source writes (checked in kb15), with the place they named
REMOVED_FORMS = {
    "Dongduchon": "Dongducheon",
    "Sochong Island": "Socheong Island",
    "Yongsan base": "Yongsan Garrison",
    "Yongsan Army Garrison": "Yongsan Garrison",
    "South Hamgyeong": "South Hamgyong Province",
    "Jangjae-do": "Jangjae Islet",
    "Changjae Islet": "Jangjae Islet",
    "Naktong Perimeter": "Pusan Perimeter",
    "Kap'yong": "Kapyong",
    "Andersen Air Base": "Andersen Air Force Base",
    "Russky Island, Vladivostok": "Russky Island",
}


def test_the_new_records_load_with_a_kind_and_source_addresses() -> None:
    base = knowledge()
    for name in NEW_ACTORS:
        actor = base.actors[name]
        assert actor.kind and actor.sources, name
        assert all(ADDRESS.match(address) for address in actor.sources), name
    kumho = base.places["Kumho"]
    assert kumho.kind == "district" and kumho.country == "North Korea"


def test_forms_no_source_writes_are_no_forms_of_the_places() -> None:
    base = knowledge()
    for form, name in REMOVED_FORMS.items():
        assert form not in base.places[name].aliases, (name, form)
        forms = {alias.lower() for place in base.places.values() for alias in place.aliases}
        assert form.lower() not in forms, form


def test_a_place_keeps_the_country_its_page_gives() -> None:
    assert knowledge().places["Bloody Ridge"].country == "South Korea"


def test_a_corpus_form_kept_names_its_page() -> None:
    """A form kept because a text writes it cites that text's page."""
    base = knowledge()
    assert "Munsan-ni" in base.places["Munsan"].aliases
    assert any("history.state.gov" in address for address in base.places["Munsan"].sources)
    assert any("yonhapnews" in address for address in base.places["Jangjae Islet"].sources)


@pytest.mark.parametrize(
    ("entry", "date", "actor"),
    [
        ("Seoul asked the IMF for a bailout as the won collapsed.", "1997-11-21", "International Monetary Fund"),
        ("The World Bank sent a mission to Pyongyang to study the economy.", "2000-08-01", "World Bank"),
        ("A loan from the Asian Development Bank will rebuild the port.", "2010-05-01", "Asian Development Bank"),
        ("The ASEM summit in Hanoi adopted a statement on the peninsula.", "2004-10-09", "Asia-Europe Meeting"),
        ("Reporters from United Press International and Reuters waited at the gate.", "1976-08-20", "United Press International"),
        ("Correspondents of the United Press filed from Taejon.", "1950-07-19", "United Press"),
        ("The U.S. Information Agency distributed the text abroad.", "1983-09-05", "USIA"),
        ("Officials of the USIS library in Kwangju were questioned.", "1980-05-22", "USIA"),
        ("The Center for Strategic and International Studies published satellite images of the site.", "2018-04-10", "Center for Strategic and International Studies"),
        ("Analysts at the Royal Institute of International Affairs doubted the deal.", "2019-02-28", "Chatham House"),
        ("A Brookings Institution study weighed the costs of a strike.", "2017-09-01", "Brookings Institution"),
        ("The Council on Foreign Relations published a task force report.", "2016-06-01", "Council on Foreign Relations"),
        ("The Sunday Telegraph reported defections from the embassy.", "2016-08-21", "Sunday Telegraph"),
        ("Park had served as an officer of Manchukuo.", "1961-05-16", "Manchukuo"),
        ("Kim Il Sung was received by leaders of the CPSU.", "1984-05-24", "Communist Party of the Soviet Union"),
        ("The Cuban Communist Party sent its greetings to Pyongyang.", "2016-05-09", "Communist Party of Cuba"),
        ("A delegation of the Communist Party of Vietnam arrived in Pyongyang.", "2018-10-16", "Communist Party of Vietnam"),
        ("The Lao People's Revolutionary Party sent a delegation.", "2019-04-01", "Lao People's Revolutionary Party"),
        ("The U.S.-U.S.S.R. Joint Commission adjourned without agreement.", "1946-05-08", "US-Soviet Joint Commission"),
        ("Kim Il Sung chaired the Provisional People's Committee of North Korea.", "1946-03-05", "Provisional People's Committee for North Korea"),
        ("The People's Committee of North Korea nationalised the mines.", "1947-03-01", "People's Committee of North Korea"),
        ("The Soviet Civil Administration advised the committees.", "1946-02-01", "Soviet Civil Administration"),
    ],
)  # fmt: skip
def test_bodies_papers_and_parties_of_other_wordings(
    enrich: Callable[[str, str], Findings], entry: str, date: str, actor: str
) -> None:
    assert actor in enrich(entry, date).actors


def test_the_kedo_site_is_a_place(enrich: Callable[[str, str], Findings]) -> None:
    findings = enrich("KEDO poured the first concrete at Kumho-chigu.", "2002-08-07")
    assert "Kumho" in findings.places


def test_a_removed_form_makes_no_place(enrich: Callable[[str, str], Findings]) -> None:
    """'Russky Island, Vladivostok' is the island and its city, not one place."""
    findings = enrich("The summit was held on Russky Island, Vladivostok.", "2019-04-25")
    assert {"Russky Island", "Vladivostok"} <= set(findings.places)


@pytest.mark.parametrize(
    "entry",
    [
        "SEOUL, Aug. 20 (UPI) — North Korean leader Kim Jong Un's sister dismissed the offer.",
        "The envoy urged restraint in a keynote speech at CSIS in Washington.",
    ],
)
def test_a_short_form_left_out_makes_no_actor(
    enrich: Callable[[str, str], Findings], entry: str
) -> None:
    """UPI and CSIS are left out as forms: a dated dateline's credit ("Aug. 20 (UPI) —") and a
    venue ("a speech at CSIS") are no actors of the event, and the base cannot tell them apart."""
    actors = enrich(entry, "2025-08-20").actors
    assert "United Press International" not in actors
    assert "Center for Strategic and International Studies" not in actors
