"""tests/fresh_enricher.py: a copy of the built Enricher is a new Enricher of its own."""

from __future__ import annotations

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.knowledge import knowledge
from ktimeline.loader import load_vocabulary
from tests.fresh_enricher import fresh_enricher


def test_a_copy_holds_what_a_new_enricher_holds() -> None:
    new, copy = Enricher(load_vocabulary()), fresh_enricher()
    assert vars(copy).keys() == vars(new).keys()
    for name, value in vars(new).items():
        assert vars(copy)[name] == value, name
    # what a new Enricher takes from the knowledge base is the same object in the copy
    assert copy._place_records is new._place_records is knowledge().places
    assert copy._by_context is new._by_context is knowledge().by_context
    # its lazily filled table asks the copy itself, not the Enricher it was copied from (bound
    # methods are equal when their objects are the same object)
    assert copy._cued_at._topics_cued == copy._topics_cued
    assert copy._cued_at._topics_cued != new._topics_cued


def test_copies_share_no_state() -> None:
    used = fresh_enricher()
    used.enrich("Elizabeth Holmes founded Theranos. Moon Jae-in met Kim Jong Un.", "2019-06-30")
    used.enrich("Holmes raised money in Seoul on Tuesday.", "2019-07-01")
    assert used is not fresh_enricher()
    later, new = fresh_enricher(), Enricher(load_vocabulary())
    assert any(vars(used)[name] != value for name, value in vars(new).items())  # (it was used)
    for name, value in vars(new).items():
        assert vars(later)[name] == value, name
