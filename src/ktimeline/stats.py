"""Counting events by month, week, actor, tag, place, speaker or source (for ``ktimeline stats``).

Each event is counted once, in the finest bucket its own precision allows: an event known
only to the month is counted in its month but in no week, and one known only to the year in
a bucket of its own ("2019"), never spread over months it may not belong to. Spans count at
their start. (``range`` lists every event that overlaps a period; ``stats`` counts where the
source puts each event.)
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ktimeline.defaults import GROUPINGS
from ktimeline.errors import UsageError
from ktimeline.immutable import Value
from ktimeline.model import Event, month_label, month_name

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator


class Bucket(Value):
    """One group of ``stats``: its sort key, its label as shown, and how many it counts."""

    __slots__ = ("count", "key", "label")
    key: str  # sorts in order: "2019-11", "2019-W45", "Kim Jong Un"
    label: str  # as shown: "November 2019", "week 45, 2019 (4 Nov)", "Kim Jong Un"
    count: int  # named as in to_dict() and every output format

    def __init__(self, key: str, label: str, count: int) -> None:
        self._set(key=key, label=label, count=count)

    def __repr__(self) -> str:
        return f"Bucket(key={self.key!r}, label={self.label!r}, count={self.count!r})"

    def to_dict(self) -> dict[str, str | int]:
        """key, label, count."""
        return {"key": self.key, "label": self.label, "count": self.count}


def _month_key(written: str) -> tuple[str, str]:
    key = written[:4] if len(written) == 4 else written[:7]
    return key, month_label(key)


def _week_key(written: str) -> tuple[str, str]:
    if len(written) != 10:
        key, label = _month_key(written)
        return key, label if len(written) == 4 else f"{label} (month only)"
    day = date.fromisoformat(written)
    year, week, _ = day.isocalendar()
    monday = date.fromisocalendar(year, week, 1)
    key = f"{year:04d}-W{week:02d}"  # four digits, as dates are: "0999-W52" sorts first
    return key, f"{key} (from {monday.day} {month_name(monday.month, short=True)})"


def _periods(first: str, last: str, by: str) -> Iterator[str]:
    """Every month ("2019-09") or ISO week day ("2019-09-02") from first to last."""
    if by == "month":
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last[:7]:
            yield f"{year:04d}-{month:02d}"
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    while day <= end:
        yield day.isoformat()
        if (date.max - day).days < 7:  # the last week of year 9999: no Monday after it
            return
        day += timedelta(days=7)


def _fill(counts: Counter[str], labels: dict[str, str], by: str) -> None:
    """Empty months or weeks inside the span counted become zero buckets (a chart with gaps
    shown, not closed up)."""
    precise = 7 if by == "month" else 8  # "2019-11" / "2019-W45": the periods themselves
    keys = sorted(k for k in counts if len(k) == precise and (by == "month") != ("W" in k))
    if len(keys) < 2:
        return
    if by == "month":
        first, last = keys[0], keys[-1]
    else:  # the Mondays of the first and last weeks
        first = date.fromisocalendar(int(keys[0][:4]), int(keys[0][6:]), 1).isoformat()
        last = date.fromisocalendar(int(keys[-1][:4]), int(keys[-1][6:]), 1).isoformat()
    key = _month_key if by == "month" else _week_key
    for period in _periods(first, last, by):
        bucket, label = key(period)
        if bucket not in counts:
            counts[bucket] = 0
            labels[bucket] = label


def count_dates(dates: Iterable[tuple[str, int]], by: str) -> list[Bucket]:
    """Buckets by month or week from (date as written, number of events) pairs; by week, the
    empty weeks between the first and the last are zero buckets."""
    key: Callable[[str], tuple[str, str]] = _month_key if by == "month" else _week_key
    counts: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for written, number in dates:
        bucket, label = key(written)
        counts[bucket] += number
        labels[bucket] = label
    if by == "week":
        _fill(counts, labels, by)
    return [Bucket(k, labels[k], counts[k]) for k in sorted(counts)]


SORTS = ("count", "key")
NO_SOURCE = "(no source)"  # stats --by source: events whose source has no title or publisher


def ordered(buckets: list[Bucket], by: str, sort: str | None = None) -> list[Bucket]:
    """Buckets by count (most first, then by key) or by key; by default by key for time
    (month, week) and by count for names."""
    if sort is None:
        sort = "key" if by in ("month", "week") else "count"
    if sort == "count":
        return sorted(buckets, key=lambda bucket: (-bucket.count, bucket.key))
    if sort == "key":
        return sorted(buckets, key=lambda bucket: bucket.key)
    raise UsageError(f"cannot sort by {sort!r}", f"choose one of {', '.join(SORTS)}")


def _by_name(counts: Counter[str]) -> list[Bucket]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [Bucket(name, name, count) for name, count in ranked]


def count_by(events: Iterable[Event], by: str) -> list[Bucket]:
    """Buckets in display order: by time for month and week, by count for names."""
    if by in ("month", "week"):
        return count_dates(Counter(event.date for event in events).items(), by)
    counts: Counter[str] = Counter()
    for event in events:
        if by == "actor":
            counts.update(event.involved)
        elif by == "tag":
            counts.update(event.tags)
        elif by == "place":
            counts.update(event.places)
        elif by == "speaker":
            counts.update(s.speaker for s in event.statements)
        elif by == "source":
            counts.update([event.source_label or NO_SOURCE])
        else:
            raise UsageError(f"cannot count by {by!r}", f"choose one of {', '.join(GROUPINGS)}")
    return _by_name(counts)
