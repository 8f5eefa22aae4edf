"""Exact and regex search compare text composed (NFC) (hostile review 8).

Before: ``search --exact Café`` (typed with "é" as one character, as every keyboard sends it)
did not find a text that writes "e" and a combining accent (NFD, as macOS, some editors and
PDF text extractors write it), nor the other way round, while fuzzy search found both. The two
forms are the same text by the Unicode standard, so the literal search now compares both
composed; a large file's index (which scans raw bytes for an ASCII query) must give the same
answer as reading the file, including for the three characters whose composed form is ASCII.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import event, write_jsonl

COMPOSED = "Café talks in Pyeongchang: résumé of the Hà Nội summit"


def _data(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "forms.jsonl",
        [
            event(id="2019-11-05-nfd", text=unicodedata.normalize("NFD", COMPOSED)),
            event(id="2019-11-06-nfc", date="2019-11-06", text=COMPOSED),
            event(
                id="2019-11-07-greek",
                date="2019-11-07",
                text="Why\u037e asks the \u212aelvin memo, quoting `x\u1fef",
            ),
            event(id="2019-11-08-plain", date="2019-11-08", text="Nothing to see here."),
        ],
    )


def _ids(result: Any) -> list[str]:
    return [line.split("\t")[1] for line in result.stdout.splitlines()]


QUERIES = [
    ("Café", ["2019-11-05-nfd", "2019-11-06-nfc"]),
    (unicodedata.normalize("NFD", "Café"), ["2019-11-05-nfd", "2019-11-06-nfc"]),
    ("Hà Nội summit", ["2019-11-05-nfd", "2019-11-06-nfc"]),
    (unicodedata.normalize("NFD", "résumé of"), ["2019-11-05-nfd", "2019-11-06-nfc"]),
    ("why;", ["2019-11-07-greek"]),
    ("kelvin", ["2019-11-07-greek"]),
    ("`x`", ["2019-11-07-greek"]),
]


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_exact_search_finds_either_form(
    run: Any, tmp_path: Path, query: str, expected: list[str]
) -> None:
    path = _data(tmp_path)
    result = run("search", "--exact", query, "--data", str(path), "--no-cache", "-f", "plain")
    assert _ids(result) == expected, result


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_the_index_gives_the_same_answer(
    run: Any, tmp_path: Path, cache: Path, query: str, expected: list[str]
) -> None:
    path = _data(tmp_path)
    run("search", "talks", "--data", str(path))  # builds the index's words too
    result = run("search", "--exact", query, "--data", str(path), "-f", "plain")
    assert _ids(result) == expected, result
    assert any(cache.iterdir())


def test_regex_and_quotes_compare_composed_text(run: Any, tmp_path: Path) -> None:
    said = unicodedata.normalize("NFD", "Nous sommes prêts à négocier")
    path = write_jsonl(
        tmp_path / "q.jsonl",
        [event(id="2019-11-05-q", text=COMPOSED, statements=[
            {"speaker": "Moon Jae-in", "quote": said}])],
    )  # fmt: skip
    found = run("search", "--regex", r"caf[é]\b", "--data", str(path), "-f", "plain")
    assert _ids(found) == ["2019-11-05-q"], found
    quotes = run("quotes", "--exact", "prêts à", "--data", str(path), "-f", "plain")
    assert quotes.exit_code == 0 and "2019-11-05-q" in quotes.stdout, quotes


def test_the_composed_to_ascii_table_is_complete() -> None:
    """Every character whose composed form holds ASCII is in ASCII_CANONICAL (the byte scan
    of a large file looks for those too)."""
    from ktimeline.index.store import ASCII_CANONICAL

    found: dict[str, str] = {}
    for code in range(0x80, 0x110000):
        composed = unicodedata.normalize("NFC", chr(code))
        for char in composed:
            if char.isascii():
                found[char.lower()] = found.get(char.lower(), "") + chr(code)
    assert found == ASCII_CANONICAL


def test_the_library_index_gives_the_same_answer(run: Any, tmp_path: Path, cache: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    _data(tmp_path).rename(library / "forms.jsonl")
    for query, expected in QUERIES:
        found = run("search", "--exact", query, "--library", str(library), "-f", "plain")
        assert _ids(found) == expected, (query, found)
        files = run("search", "--exact", query, "--library", str(library), "--no-cache",
                    "-f", "plain")  # fmt: skip
        assert found.stdout == files.stdout
    assert any(path.name.startswith("library-") for path in cache.iterdir())
