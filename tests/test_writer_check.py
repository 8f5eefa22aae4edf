"""The writer's check of the lines it writes: its fast path (``writer._all_load``, every
line read as the loader reads it, in one pass) says yes only when the check line by line
finds nothing, and a refusal says the same whichever path found it (issue 28)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ktimeline import writer
from ktimeline.errors import DataError
from ktimeline.jsonl import json_line
from ktimeline.model import Event, Source, Statement, event_to_record


def line(event: Event) -> str:
    return json_line(event_to_record(event)) + "\n"


def event(number: int = 1, text: str = "Talks resume.", **fields: Any) -> Event:
    plain = Event(id=f"2019-09-01-talks-{number}", date="2019-09-01", text=text)
    return plain._replace(**fields)


def record_line(**record: object) -> str:
    values = {"id": "2019-09-01-x", "date": "2019-09-01", "text": "x", **record}
    return json.dumps(values, ensure_ascii=False) + "\n"


GOOD = [
    line(event(1)),
    line(event(2, "Trump says “fine” — 한국 ’s talks.", actors=("Donald Trump",))),
    line(event(3, "A\u2028B", end_date="2019-09-03", tags=("talks",), places=("Seoul",))),
    line(event(4, source=Source("chronology", author="A", title="T", volume=1))),
    line(
        event(
            5, statements=(Statement("Donald Trump", "We talk.", None),), actors=("Donald Trump",)
        )
    ),
]
CASES = {
    "good": GOOD,
    "an id twice": [*GOOD, line(event(1, "Another text."))],
    "a lone surrogate": [*GOOD, line(event(6, "lone \ud800 surrogate"))],
    "an escaped lone surrogate": [*GOOD, record_line(text="a \\ud800 b").replace("\\\\", "\\")],
    "an escaped lone low surrogate": [*GOOD, record_line(text="\\udc80 b").replace("\\\\", "\\")],
    "an escaped pair": [*GOOD, record_line(text="\\ud83d\\ude00").replace("\\\\", "\\")],
    "an escape written out": [*GOOD, line(event(6, "a \\ud800 written out"))],
    "an unknown actor": [*GOOD, line(event(6, actors=("Nobody Known",)))],
    "an unknown speaker": [
        *GOOD,
        line(event(6, statements=(Statement("Nobody Known", "Hi.", None),))),
    ],
    "an id not a slug": [*GOOD, record_line(id="Not A Slug")],
    "a blank text": [*GOOD, record_line(text="   ")],
    "a day that does not exist": [*GOOD, record_line(date="2019-02-30")],
    "a field missing": [*GOOD, '{"id": "2019-09-01-y", "date": "2019-09-01"}\n'],
    "an unknown field": [*GOOD, record_line(colour="red")],
    "NaN": [*GOOD, record_line(score=float("nan"))],
}
# Lines that are not one JSON value each (the writer never makes them): the fast path leaves
# them to the check line by line, as before it.
NOT_JSON_LINES = {
    "not JSON": [*GOOD, "{\n"],
    "two records on a line": [*GOOD[:-1], GOOD[-2].rstrip("\n") + GOOD[-1]],
    "a string across two lines": [
        *GOOD,
        '{"id": "2019-09-01-y", "date": "2019-09-01", "text": "a\n',
        'b"}\n',
    ],
}
KNOWN_ACTORS = {"Donald Trump": None, "North Korea": None}


def verdict(lines: list[str], known: object) -> str | None:
    try:
        writer.checked_lines(lines, known, "out.jsonl")  # type: ignore[arg-type]
    except DataError as exc:
        return "\n".join(exc.lines())
    return None


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("known", [KNOWN_ACTORS, None])
def test_the_fast_check_agrees_with_the_check_line_by_line(
    case: str, known: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = CASES[case]
    fast = verdict(lines, known)
    with monkeypatch.context() as patched:
        patched.setattr(writer, "_all_load", lambda *args: False)
        one_by_one = verdict(lines, known)
    assert fast == one_by_one
    if one_by_one is not None:  # the fast path never accepts what the check refuses
        assert not writer._all_load(lines, known, 1 << 20)  # type: ignore[arg-type]


def test_good_lines_take_the_fast_path_and_bad_ones_are_refused() -> None:
    assert writer._all_load(GOOD, KNOWN_ACTORS, 1 << 20)
    assert verdict(GOOD, KNOWN_ACTORS) is None
    for case, lines in CASES.items():
        # (a NaN score, an output-only field, loads: read by the json module after msgspec)
        if case not in {"good", "an escape written out", "an escaped pair", "NaN"}:
            assert verdict(lines, KNOWN_ACTORS) is not None, case


def test_a_line_too_long_is_refused_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    limit = max(len(text.encode()) for text in GOOD) - 1
    monkeypatch.setenv("KTIMELINE_MAX_LINE_BYTES", str(limit))
    assert not writer._all_load(GOOD, None, limit)
    said = verdict(GOOD, None)
    assert said is not None and f"longer than {limit} bytes" in said


@pytest.mark.parametrize("case", NOT_JSON_LINES)
def test_lines_that_are_not_one_record_each_are_left_to_the_check_line_by_line(
    case: str,
) -> None:
    assert not writer._all_load(NOT_JSON_LINES[case], None, 1 << 20)
