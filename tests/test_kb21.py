"""Dated offices that resolve their own title, romanisations (issue 23, kb21).

- An office no title of the enrichment dates ("First Vice Foreign Minister", "Director of the
  United Front Department") resolves that title written before a surname by the entry's day (a
  year: an office that overlaps it), never a surname alone: "Kim" keeps going to the document's
  last bearer or the head of state, so the Northern Kims (kb20, withdrawn at its merge) keep
  their sourced offices. A bearer whose dated office says he did not hold it that day is not
  meant ("Vice Foreign Minister Kim" in 1991, before Kim Kye Gwan's 1995: reported); two
  holders that day: reported, never guessed.
- Kim Kye Gwan's First Vice Foreign Minister office ends when Choe Son Hui is reported in it
  (24 April 2019), whose office it is from that day.
- Korean romanisations the sources write (Revised Romanization, McCune-Reischauer).
- kb19's and kb20's tests of the offices' days, of the name forms' records and of "Kim" alone
  staying the leader, the same bodies, were folded here into one parametrised test each; kb22
  moved them, with this file's other like-bodied tests (a romanisation or a dated title finds
  the person, a title nobody held that day is reported, a lesser office never decides a
  surname alone), into tests/test_kb22.py, where its cases go on under the label kb21.
"""

from __future__ import annotations

import dataclasses

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.offices import names_office
from ktimeline.loader import load_vocabulary


def test_two_holders_of_the_title_that_day_are_reported_not_guessed() -> None:
    enricher = Enricher(load_vocabulary())
    # a second Kim given the same office in 2007 (a record made for the test)
    other = enricher.persons["Kim Yong Chol"]
    enricher.persons["Kim Yong Chol"] = dataclasses.replace(
        other, roles=(*other.roles, ("Vice Foreign Minister", "North Korea", "2005", "2008-12-31"))
    )
    found = enricher.enrich("Vice Foreign Minister Kim met Hill in Berlin.", "2007-01-18")
    assert not {"Kim Kye Gwan", "Kim Yong Chol"} & set(found.actors)
    assert [u.text for u in found.unresolved] == ["Vice Foreign Minister Kim"]
    assert "Kim Kye Gwan or Kim Yong Chol" in found.unresolved[0].reason


@pytest.mark.parametrize(
    ("written", "office", "named"),
    [
        ("vice foreign minister", "Vice Foreign Minister", True),
        ("vice foreign minister", "First Vice Foreign Minister", True),
        ("first vice foreign minister", "Vice Foreign Minister", False),
        ("minister", "Foreign Minister", False),  # one word: too many offices end in it
        ("deputy foreign minister", "Vice Foreign Minister", False),
    ],
)
def test_a_written_title_names_the_office_of_its_words(
    written: str, office: str, named: bool
) -> None:
    assert names_office(written, office) is named
