"""Values the CLI offers as choices and defaults and the core works with, defined once.

A module of constants only, so that the CLI can show them (in ``--help`` and its option
types) without importing the modules that use them (start-up is part of the product).
"""

from __future__ import annotations

DEFAULT_THRESHOLD = 80.0  # search: how similar (0-100) a name must be to count as a match
GROUPINGS = ("month", "week", "actor", "tag", "place", "speaker")  # stats: what to count by
