"""The one vocabulary and column order of each kind of row, for every format.

Every renderer takes its column names and their order from here; docs/schema.md shows this
table and a test holds every format of every command to it.

* an event's ``source`` column is the name of its source (``Source.label``: its title, else
  its publication, author or heading);
* csv and tsv write every column (``score`` and, for events, ``matched`` last, for search
  results);
* json and jsonl write the same names in the same order, except that an event is its whole
  record (``statements``, ``source`` and ``related`` nested, as in data/chronology.jsonl,
  where csv has the flat ``speakers``, ``quotes`` and ``section``);
* plain writes the columns of ``PLAIN``, a subset in the same order (an event's ``date`` holds
  its span as ``2019-11-22/2019-11-23``); ``show`` writes one ``key<TAB>value`` block per
  event instead, with the keys of ``DETAIL``;
* markdown and the terminal table head their columns with these names, capitalised.
"""

from __future__ import annotations

from typing import Any

from ktimeline.report import Kind

SCORE = "score"
# The last columns of search results: the score and, for events, why they matched.
SCORED: dict[str, tuple[str, ...]] = {"events": (SCORE, "matched"), "quotes": (SCORE,)}

COLUMNS: dict[str, tuple[str, ...]] = {
    Kind.EVENTS: (
        "date", "end_date", "id", "text", "actors", "tags", "places", "speakers", "quotes",
        "section", "source",
    ),
    Kind.QUOTES: ("date", "speaker", "quote", "about", "event_id"),
    Kind.ACTORS: ("name", "kind", "affiliation", "role", "events", "statements", "aliases"),
    Kind.TAGS: ("tag", "events", "description"),
    Kind.STATS: ("by", "key", "label", "count"),
}  # fmt: skip

PLAIN: dict[str, tuple[str, ...]] = {
    Kind.EVENTS: ("date", "id", "text"),
    Kind.QUOTES: ("date", "speaker", "quote", "event_id"),
    Kind.ACTORS: COLUMNS[Kind.ACTORS],
    Kind.TAGS: COLUMNS[Kind.TAGS],
    Kind.STATS: ("key", "count"),
}

# The keys of a `show` block, in order (statement and context lines only when there are any).
DETAIL: dict[str, tuple[str, ...]] = {
    Kind.EVENTS: (
        "date", "end_date", "id", "text", "actors", "tags", "places", "statement", "source",
        "section", "heading", "citation", "related", "reported_by", "context",
    ),
}  # fmt: skip


def columns(kind: str, scored: bool, marked: bool = False) -> tuple[str, ...]:
    """Every column of a kind of row, with ``score`` (and ``matched``) for search results,
    and ``in_range`` last when the rows are marked certainly or only possibly in the dates."""
    names = (*COLUMNS[kind], *SCORED.get(kind, ())) if scored else COLUMNS[kind]
    return (*names, "in_range") if marked else names


LIST_SEPARATOR = "; "


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def source_label(source: dict[str, Any] | None) -> str | None:
    """The source's name as listings show it, from its record (see ``Source.label``)."""
    if not source:
        return None
    from ktimeline.model import Source

    return Source(**source).label


def flatten(record: dict[str, Any], kind: str) -> dict[str, Any]:
    """A record with the flat columns of csv: an event's speakers, quotes and section."""
    if kind == Kind.EVENTS:
        statements = record.get("statements", [])
        record = dict(record)
        record["speakers"] = [s["speaker"] for s in statements]
        record["quotes"] = [s["quote"] for s in statements]
        source = record.get("source")
        record["section"] = source.get("section") if source else None
        record["source"] = source_label(source)
        if "matched" in record:  # "alias esper → Mark Esper; word test"
            from ktimeline.search import Match

            record["matched"] = [str(Match.from_dict(m)) for m in record["matched"]]
    return record
