"""Values the CLI offers as choices and defaults and the core works with, defined once.

A module of constants only, so that the CLI can show them (in ``--help`` and its option
types) without importing the modules that use them (start-up is part of the product).
"""

from __future__ import annotations

DEFAULT_THRESHOLD = 80.0  # search: how similar (0-100) a name must be to count as a match
GROUPINGS = ("month", "week", "actor", "tag", "place", "speaker", "source")  # stats: by what

# The filters by name every listing takes, declared once: the API keyword, the CLI flag and
# its short form, the metavar, the kind of name (as messages say it and as the chronology
# indexes it) and the help. The API (keyword arguments), the query (Filters) and the CLI
# (FilterOptions, the titles that repeat the filters given) are all made from this table.
NAME_FILTERS: tuple[tuple[str, str, str | None, str, str, str], ...] = (
    ("actors", "--actor", "-a", "NAME", "actor",
     "Only events involving this actor, by any alias; A,B: either; repeat: all."),
    ("tags", "--tag", "-t", "TAG", "tag",
     "Only events with this tag or a synonym of it (a word, singular or plural, that fits "
     "several tags is ambiguous); A,B: either; repeat: all."),
    ("places", "--place", "-p", "PLACE", "place",
     "Only events at this place, by any alias; A,B: either; repeat: all."),
    ("sources", "--source", None, "NAME", "source",
     "Only events of this source: its name (see sources), title, publisher or author, by "
     "any of their words (a publisher means all its sources); A,B: either; repeat: all."),
)  # fmt: skip
NAME_FILTER_KEYWORDS = tuple(keyword for keyword, *_ in NAME_FILTERS)
# Every filter keyword of the API, in order: dates, names, the section, overlap.
FILTERS = ("since", "until", *NAME_FILTER_KEYWORDS, "section", "overlap")
