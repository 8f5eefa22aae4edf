"""Synthetic chronologies in ktimeline's own schema, for the benchmark.

    python bench/generate.py 100000 /tmp/events-100k.jsonl [--seed 7]

Seeded and realistic: about 30-word texts drawn from the words of the bundled chronology,
2-4 actors (any of the bundled actors, named in the text by one of their aliases), 1-3 tags,
a place now and then, a quotation with its speaker in about one event in five, and a few
dates known only to the month or the year. Every file validates with ``ktimeline validate``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ktimeline.loader import load_chronology
from ktimeline.model import event_to_record

if TYPE_CHECKING:
    from collections.abc import Iterator

WORDS_PER_TEXT = 30
FIRST_DAY = date(1990, 1, 1)
DAYS = 365 * 30


def vocabulary() -> tuple[list[str], list[tuple[str, tuple[str, ...]]], list[str], list[str]]:
    chronology = load_chronology()
    words = sorted({w for e in chronology.events for w in re.findall(r"[A-Za-z][a-z]{2,}", e.text)})
    actors = [(a.name, (a.name, *a.aliases)) for a in chronology.vocabulary.actors.values()]
    return words, actors, sorted(chronology.vocabulary.tags), sorted(chronology.vocabulary.places)


def synthetic_events(count: int, seed: int) -> Iterator[dict[str, object]]:
    words, actors, tags, places = vocabulary()
    rng = random.Random(seed)
    days = sorted(rng.randrange(DAYS) for _ in range(count))
    for number, offset in enumerate(days):
        day = FIRST_DAY + timedelta(days=offset)
        roll = rng.random()
        written = (
            day.isoformat()
            if roll > 0.03
            else day.isoformat()[:7]
            if roll > 0.005
            else day.isoformat()[:4]
        )
        chosen = rng.sample(actors, rng.randint(2, 4))
        text_words = rng.choices(words, k=WORDS_PER_TEXT - len(chosen))
        for _, names in chosen:
            text_words.insert(rng.randrange(len(text_words)), rng.choice(names))
        text = " ".join(text_words)
        text = text[0].upper() + text[1:] + "."
        statements = []
        if rng.random() < 0.2:
            quote = " ".join(rng.choices(words, k=rng.randint(2, 8)))
            text += f" {chosen[0][1][-1]} says “{quote}.”"
            statements.append({"speaker": chosen[0][0], "quote": f"{quote}."})
        record: dict[str, object] = {
            "id": f"{written}-synthetic-{number}",
            "date": written,
            "text": text,
            "actors": [name for name, _ in chosen],
            "tags": rng.sample(tags, rng.randint(1, 3)),
            "places": rng.sample(places, 1) if rng.random() < 0.3 else [],
            "statements": statements,
            "source": {"section": "chronology", "title": "Synthetic benchmark chronology"},
        }
        yield record


def write(count: int, path: Path, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_events(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("count", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write(args.count, args.path, args.seed)
    print(f"wrote {args.count} events to {args.path}", file=sys.stderr)


if __name__ == "__main__":
    assert event_to_record  # the records above follow the same schema
    main()
