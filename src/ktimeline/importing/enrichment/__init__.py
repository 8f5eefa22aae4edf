"""The enrichment of imported entries (the package's modules say each what they hold)."""

from ktimeline.importing.enrichment.enricher import Enricher, Findings

__all__ = ["Enricher", "Findings"]
