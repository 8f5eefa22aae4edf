"""What the enrichment's rule tests share: entries read in order by one Enricher, as an import
reads a document (so a surname or a pronoun can be resolved from an entry before), and the
statements found as (speaker, quoted words) pairs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.importing.enrichment import Enricher, Findings
from ktimeline.importing.events import forces_with_their_states

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary


def enrich_in_order(vocabulary: Vocabulary, *entries: str, date: str) -> Findings:
    """What the last of ``entries`` is found to hold, all of them dated ``date``."""
    enricher = Enricher(vocabulary)
    found = Findings()
    for entry in entries:
        found = enricher.enrich(entry, date)
    return found


def said(found: Findings) -> list[tuple[str, str]]:
    """(speaker, quoted words) of each statement an entry's enrichment found."""
    return [(statement.speaker, statement.quote) for statement in found.statements]


def read_dated(vocabulary: Vocabulary, *dated: tuple[str, str]) -> tuple[Findings, tuple[str, ...]]:
    """The last of ``dated`` (date, entry) pairs read in order by one enricher: its findings,
    and its actors as an event's (a force with its state)."""
    enricher = Enricher(vocabulary)
    found = Findings()
    for date, entry in dated:
        found = enricher.enrich(entry, date)
    return found, forces_with_their_states(found.actors, enricher.records)


def speakers(vocabulary: Vocabulary, *entries: str, date: str = "2015-03-01") -> list[str]:
    """Who the last of ``entries`` is found to quote, in order."""
    return [speaker for speaker, _ in said(enrich_in_order(vocabulary, *entries, date=date))]


def said_in_order(
    vocabulary: Vocabulary, *entries: str, date: str = "2015-03-01"
) -> list[tuple[str, str]]:
    """(speaker, quoted words) of the last of ``entries``, read in order (a round's tests)."""
    return said(enrich_in_order(vocabulary, *entries, date=date))


def actors_in_order(vocabulary: Vocabulary, *entries: str, date: str = "2015-03-01") -> list[str]:
    """The actors of the last of ``entries``, read in order (a round's tests)."""
    return enrich_in_order(vocabulary, *entries, date=date).actors


def dated_actors(vocabulary: Vocabulary, entry: str, date: str = "2015-03-01") -> tuple[str, ...]:
    """The actors of ``entry`` as an event's, read alone (a round's tests)."""
    return read_dated(vocabulary, (date, entry))[1]
