"""The warm search's fast paths give what the general ones gave.

A warm search of a large file prints tens of thousands of hits: plain output reads an event
row's columns from its event and escapes fields only when a batch of them holds something to
escape (``render.plain``); a fuzzy query word found as itself in a text is scored without
splitting the text into words (``FuzzyQuery.match``). Each is compared here with the general
path it replaces, and the command's answers with the answer of reading the file whole.
"""

from __future__ import annotations

import io
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline.folding import fold_text
from ktimeline.index import store
from ktimeline.loader import load_chronology
from ktimeline.render import RenderOptions
from ktimeline.render.plain import LINES_AT_ONCE, plain_fields, render_plain
from ktimeline.render.safe import plain_field, plain_fields_unchanged
from ktimeline.report import EventRow, Kind, QuoteRow, Report, in_range_mark
from ktimeline.schema import event_from_record
from ktimeline.search import LITERAL_SCORE, FuzzyQuery, Match

from .conftest import event, write_jsonl
from .test_index import big_file, index_of
from .test_index import same_as_whole_file as same_jsonl_as_whole_file

__all__ = ["big_file"]  # a fixture

# Text with what plain output escapes: backslashes, controls, invisible and reordering
# characters (some of which Python counts as printable: the Hangul fillers), and others.
SPECIAL = "aZ9 \\\t\n\r\x1b\x07\x7f\x85\u00a0\u00ad\u034f\u115f\u3164\uffa0\u200b\u202e\u2028\ufeff"
TEXT = st.text(
    st.sampled_from([*SPECIAL, "\U000e0041", "\ufe0f", "한", "’", "…"])
    | st.characters(exclude_categories=["Cs"]),
    max_size=30,
)


def test_plain_fields_unchanged_says_whether_plain_field_changes_each_character() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        text = f"ab{char}cd"
        assert plain_fields_unchanged(text) == (plain_field(text) == text), hex(code)


@given(st.lists(TEXT, max_size=8))
def test_plain_fields_unchanged_of_fields_joined(fields: list[str]) -> None:
    assert plain_fields_unchanged("".join(fields)) == all(plain_field(f) == f for f in fields)


def general_plain(report: Report) -> str:
    """Plain output as every row was written before the fast path: through its record,
    each field escaped."""
    lines = []
    for row in report.rows:
        fields = plain_fields(row, report)
        if report.marked and isinstance(row, (EventRow, QuoteRow)):
            fields.append(in_range_mark(row))
        lines.append("\t".join(plain_field(field) for field in fields) + "\n")
    return "".join(lines)


def rendered(report: Report) -> str:
    out = io.StringIO()
    render_plain(report, out, RenderOptions())
    return out.getvalue()


@given(st.lists(st.tuples(TEXT, st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_plain_event_rows_are_written_as_their_records(
    rows: list[tuple[str, bool, bool]],
) -> None:
    events = [
        event_from_record(event(id=f"e-{n}", date="2019-10-01", text=f"t{text}",
                                **({"end_date": "2019-10-03"} if spans else {})))
        for n, (text, spans, _) in enumerate(rows)
    ]  # fmt: skip
    event_rows = [
        EventRow(e, 90.0, matched=(Match("word", "t"),), possible=possible)
        for e, (_, _, possible) in zip(events, rows, strict=True)
    ]
    for marked in (False, True):
        report = Report(Kind.EVENTS, event_rows, "search", scored=True, marked=marked)
        assert rendered(report) == general_plain(report)


def test_plain_rows_of_every_kind_and_many_batches() -> None:
    chronology = load_chronology()
    events = list(chronology.events)
    rows: list[Any] = [EventRow(e, 80.0) for e in events]
    while len(rows) <= 2 * LINES_AT_ONCE:  # more than one batch, the last one short
        rows += rows
    rows[5] = EventRow(event_from_record(event(id="x", date="2019-10-01", text="a\\b\tc")))
    rows.insert(7, events[0])  # an event itself, not a row of one
    report = Report(Kind.EVENTS, rows, "search", scored=True)
    assert rendered(report) == general_plain(report)
    quotes = [QuoteRow(e, s) for e in events for s in e.statements]
    report = Report(Kind.QUOTES, quotes, "quotes", marked=True)
    assert rendered(report) == general_plain(report)


# --- scoring: the query word found as itself -----------------------------------------------


def general_match(query: FuzzyQuery, text: str) -> Any:
    """FuzzyQuery.match's free words, each scored against the text's words."""
    folded = f" {fold_text(text)} "
    tokens = dict.fromkeys(folded.split())
    found = [scorer.match(tokens, folded) for scorer in query.free_words]
    if any(word is None for word in found):
        return None
    return [(word[0], word[1], word[2]) for word in found if word is not None]


@given(
    st.lists(st.sampled_from(["test", "tests", "testing", "tset", "missile", "moratorium",
                              "moratoriums", "sohae", "launch", "kim"]), min_size=1, max_size=3),
    st.lists(st.sampled_from(["test", "tests", "Testing", "tset", "missiles", "ICBM", "Sohae's",
                              "moratorium", "launches", "Kim", "a", "—", "U.S."]), max_size=12),
)  # fmt: skip
def test_a_word_found_as_itself_scores_as_among_the_texts_words(
    words: list[str], text_words: list[str]
) -> None:
    query = FuzzyQuery(" ".join(words), load_chronology(), 80.0, concepts=False)
    text = " ".join(text_words)
    found = query.match(text)
    expected = general_match(query, text)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert found.score == sum(word[0] for word in expected) / len(expected)
    assert list(found.matched) == [word[1] for word in expected]
    assert found.marks == frozenset(word[2] for word in expected)
    assert all(why.kind == "word" for score, why, _ in expected if score == LITERAL_SCORE)


# --- the command --------------------------------------------------------------------------


def same_as_whole_file(run: Any, path: Path, *args: str) -> Any:
    """A search's plain output from the index (first and warm) and from the whole file."""
    whole = run(*args, "--data", str(path), "-f", "plain", "--no-cache")
    first = run(*args, "--data", str(path), "-f", "plain")
    warm = run(*args, "--data", str(path), "-f", "plain")
    assert (first.exit_code, first.stdout) == (whole.exit_code, whole.stdout), first
    assert (warm.exit_code, warm.stdout) == (whole.exit_code, whole.stdout), warm
    return warm


SEARCHES = [
    ["search", "Sohae"],
    ["search", "sohea"],
    ["search", "missile tests"],
    ["search", "Kim Jong-un", "--sort", "relevance"],
    ["search", "moratorim"],
    ["search", "talks", "--from", "2020-01", "--overlap"],
    ["search", "--exact", "Sohae"],
    ["search", "--exact", "kim jong"],
    ["search", "--regex", "launch(ed|es)"],
]


@pytest.mark.parametrize("args", SEARCHES, ids=[" ".join(a) for a in SEARCHES])
def test_a_warm_plain_search_equals_a_first_one_and_the_whole_file(
    run: Any, big_file: Path, cache: Path, args: list[str]
) -> None:
    result = same_as_whole_file(run, big_file, *args)
    assert result.exit_code == 0 and result.stdout
    assert index_of(cache).exists()


def test_texts_to_escape_are_searched_and_written_as_from_the_whole_file(
    run: Any, tmp_path: Path, cache: Path
) -> None:
    texts = ["back\\slash talks", "tab\there talks", "esc\x1b[31m talks", "rlo\u202e talks",
             "filler\u3164 talks", "plain talks", "nbsp\u00a0talks", "Kelvin \u212a talks"]  # fmt: skip
    records = [
        event(id=f"2019-10-{n + 1:02d}-e", date=f"2019-10-{n + 1:02d}", text=texts[n % len(texts)])
        for n in range(24)
    ]  # fmt: skip
    path = write_jsonl(tmp_path / "marks.jsonl", records)
    assert "\\\\" in same_as_whole_file(run, path, "search", "talks").stdout
    same_as_whole_file(run, path, "search", "--exact", "TALKS")
    same_jsonl_as_whole_file(run, path, "search", "talks")


# --- the raw scan of an exact search ------------------------------------------------------


@given(
    st.lists(st.text(st.sampled_from("aAbB\\é\n"), max_size=12), max_size=8),
    st.integers(1, 9),
    st.sampled_from([[b"ab"], [b"\\"], [b"ab", b"\\"], [b"\xc3"]]),
)
def test_scan_lines_finds_the_lines_holding_a_marker_in_any_block_size(
    tmp_path_factory: pytest.TempPathFactory,
    pieces: list[str],
    block_size: int,
    markers: list[bytes],
) -> None:
    content = "".join(pieces).encode("utf-8")
    path = tmp_path_factory.mktemp("scan") / "lines.jsonl"
    path.write_bytes(content)
    expected = {}
    at = 0
    for line in content.splitlines(keepends=True):
        if any(marker in line.lower() for marker in markers):
            expected[at] = len(line)
        at += len(line)
    assert store.scan_lines(path, markers, block_size) == expected


# --- the first query's index in listing order ---------------------------------------------


def index_names(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


@given(
    st.lists(st.sampled_from(["2019-10-01", "2019-10", "2019", "2019-10-31", "2019-11-01",
                              "2020-01-01", "2019-10-99"[:7]]), max_size=40),
    st.integers(1, 7),
)  # fmt: skip
def test_the_listing_order_index_is_made_as_rows_come_while_they_come_in_order(
    tmp_path_factory: pytest.TempPathFactory, dates: list[str], batch: int
) -> None:
    from ktimeline.index import writer as indexwriter

    rows = [(n, f"e{n}", d, d, d, n * 10, 10) for n, d in enumerate(dates, start=1)]
    path = tmp_path_factory.mktemp("in-order") / "index.sqlite"
    here = indexwriter._Here(path, store._EVENTS_ONLY)
    kept, last = True, ""
    for start in range(0, len(rows), batch):
        part = rows[start : start + batch]
        here.add(part)
        behind = 0
        for row in part:  # the date as written: close enough to the index's order
            behind += row[4] < last
            last = row[4]
        kept = kept and behind <= indexwriter.MOST_BEHIND * len(part)
        assert ("events_in_order" in index_names(here._db)) == kept
    here.finish([("count", str(len(rows)))])
    with closing(sqlite3.connect(path)) as db:
        assert "events_in_order" in index_names(db)
        listed = db.execute(f"SELECT n FROM events ORDER BY {store.ORDER}, n").fetchall()
        scanned = db.execute(
            f"SELECT n FROM events NOT INDEXED ORDER BY {store.ORDER}, n"
        ).fetchall()
        assert listed == scanned
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        plan = db.execute(
            f"EXPLAIN QUERY PLAN SELECT n FROM events ORDER BY {store.ORDER}, n"
        ).fetchall()
        assert "events_in_order" in str(plan)


@pytest.mark.parametrize("order", ["by date", "shuffled"])
def test_a_first_range_of_a_file_in_or_out_of_date_order_equals_the_whole_file(
    run: Any, big_file: Path, cache: Path, tmp_path: Path, order: str
) -> None:
    import json
    import random

    from ktimeline.dates import order_key

    lines = big_file.read_text("utf-8").splitlines(keepends=True)
    if order == "by date":
        lines.sort(key=lambda line: order_key(json.loads(line)["date"]))
    else:
        random.Random(7).shuffle(lines)
    path = tmp_path / f"{order}.jsonl"
    path.write_text("".join(lines), "utf-8")
    for args in (["range", "2019-11"], ["range", "2025"], ["search", "Sohae"]):
        same_jsonl_as_whole_file(run, path, *args)


def test_a_writer_in_this_process_makes_the_index_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept as rows come, the index costs more CPU than it saves when nothing runs beside."""
    from ktimeline.index import writer as indexwriter

    monkeypatch.setattr(indexwriter, "can_fork", lambda: False)
    here = indexwriter.open_writer(tmp_path / "index.sqlite", store._EVENTS_ONLY)
    assert isinstance(here, indexwriter._Here)
    here.add([(1, "a", "2019-10-01", "2019-10-01", "2019-10-01", 0, 10)])
    assert "events_in_order" not in index_names(here._db)
    here.finish([("count", "1")])
    with closing(sqlite3.connect(tmp_path / "index.sqlite")) as db:
        assert "events_in_order" in index_names(db)


# --- search --exact from the full-text index -------------------------------------------------

# Texts where a needle's case-insensitive match and the folded words differ: possessives,
# typographic apostrophes, dotted and dotless i, the Kelvin sign, the long s, accents,
# abbreviations, hyphens, a word longer than any the index is trusted with, and names.
EXACT_TEXTS = [
    "Kim's visit to İstanbul and ıstanbul", "O’Brien meets U.S.-ROK envoys", "The \u212aelvin "
    "ſanctions", "café talks in Sejong", "Moon says yes", "plain talks, no news",
    "x" * 8000 + "tailword ends",
]  # fmt: skip
EXACT_NEEDLES = ["is", "IST", "tanbul", "kel", "elvin", "sanct", "ANCTIONS", "brien", "us",
                 "rok", "caf", "jae", "moon", "esper", "alliance", "seoul", "talks", "zz",
                 "s", "u.s", "o'b", "tailword", "k2"]  # fmt: skip


def test_an_exact_search_from_the_full_text_index_equals_the_whole_file(
    run: Any, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [
        event(id=f"2019-10-{n + 1:02d}-e", date=f"2019-10-{n + 1:02d}",
              text=EXACT_TEXTS[n % len(EXACT_TEXTS)] + (" K2" if n % 5 == 0 else ""),
              **({"tags": ["alliance", "talks"]} if n % 3 else {}))
        for n in range(28)
    ]  # fmt: skip
    path = write_jsonl(tmp_path / "exact.jsonl", records)
    same_jsonl_as_whole_file(run, path, "search", "talks")  # builds the full-text index
    scans: list[str] = []
    scan_lines = store.scan_lines

    def counted(*args: Any) -> Any:
        scans.append("scan")
        return scan_lines(*args)

    monkeypatch.setattr(store, "scan_lines", counted)
    found = 0
    for needle in EXACT_NEEDLES:
        scans.clear()
        result = same_jsonl_as_whole_file(run, path, "search", "--exact", needle)
        found += result.exit_code == 0
        indexed = len(needle) >= 2 and needle.isalnum()
        assert scans == ([] if indexed else ["scan"]), needle
    assert found >= len(EXACT_NEEDLES) - 3  # (most needles match something)


def test_an_exact_search_after_a_range_scans_the_file(
    run: Any, big_file: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index without its full-text part is not made to build it for an exact search."""
    run("range", "2019", "--data", str(big_file))
    same_jsonl_as_whole_file(run, big_file, "search", "--exact", "Sohae")
    with closing(sqlite3.connect(index_of(cache))) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'words'").fetchone() is None
