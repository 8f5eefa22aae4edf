"""The import's fast paths of issue 28's seventh round give what the plain code gave.

Each fast path is checked against the straightforward code it replaced (kept here as the
reference), on generated strings (hypothesis) and on the lines and entries of the real texts
of tests/data/import/real and the enrichment corpus. scripts/compare_import_output.py
compares two versions' whole outputs byte for byte.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline import dates
from ktimeline.importing import entries
from ktimeline.importing.entries import split_lines
from ktimeline.importing.quotations import Mention

DATA = Path(__file__).parent / "data"


def real_lines() -> list[str]:
    """Every line of the real texts and every entry of the enrichment corpus."""
    lines = []
    for path in sorted((DATA / "import" / "real").glob("*.txt")):
        lines += split_lines(path.read_text("utf-8"))
    corpus = (DATA / "enrichment" / "corpus.jsonl").read_text("utf-8").splitlines()
    return lines + [json.loads(line)["entry"] for line in corpus]


LINES = real_lines()
MONTH_WORDS = sorted(dates.MONTHS)
# Words and signs the rules look at: month names (any case, with a dot), separators, others.
WORD = st.one_of(
    st.sampled_from(MONTH_WORDS),
    st.sampled_from(MONTH_WORDS).map(str.title),
    st.sampled_from(MONTH_WORDS).map(lambda w: w.upper() + "."),
    st.sampled_from(["Korea", "talks", "1950", "Photo", "Source:", "via AP", "chronology"]),
    st.text(max_size=6),
)
SEPARATOR = st.sampled_from([" ", " | ", "/", " · ", "•", ", ", ",", "  ", "\t", ""])
LINE = st.lists(st.tuples(WORD, SEPARATOR), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def plain_is_month_menu(stripped: str) -> bool:
    """entries._is_month_menu as it was: every word split out and looked up."""
    words = [word.lower().rstrip(".") for word in re.split(r"[\s|/·•,]+", stripped) if word]
    if len(words) < 6 or len(set(words)) != len(words):
        return False
    return all(word.isalpha() and word in dates.MONTHS for word in words)


@given(LINE)
def test_month_menu_generated(line: str) -> None:
    assert entries._is_month_menu(line.strip()) == plain_is_month_menu(line.strip())


def test_month_menu_real() -> None:
    menus = ["January February March April May June", "Jan | Feb | Mar | Apr | May | Jun"]
    for line in [*menus, *LINES]:
        assert entries._is_month_menu(line.strip()) == plain_is_month_menu(line.strip()), line
    assert all(entries._is_month_menu(menu) for menu in menus)


@given(LINE)
def test_layout_hints_generated(line: str) -> None:
    """layout_kind's cheap tests before FOOTNOTE and PHOTO_CREDIT: ``any(map(…))`` says what
    the generator over the hints said."""
    lowered = line.strip().lower()
    for hints in (entries.FOOTNOTE_HINTS, entries.CREDIT_HINTS):
        assert any(map(lowered.__contains__, hints)) == any(hint in lowered for hint in hints)


def candidate_starts(line: str) -> list[int]:
    return [found.start() for found in dates.date_candidate().finditer(line)]


def lowered_candidate_starts(line: str) -> list[int]:
    return [found.start() for found in dates.date_candidate_lowered().finditer(line.lower())]


ASCII_DATE_WORDS = [
    "Jan.", "SEPT", "sept", "Agust", "3rd", "1950", "a.d. 5", "Q3", "the 5th of ", "AD",
    "12/25/1950", "25.6.1950", "802-1950", "Christmas", "New Year", "Second quarter", "7th-9",
    "5-jun", "_Jan", "x1950", "late", "Early",
]  # fmt: skip
ASCII_DATE_WORD = st.one_of(
    st.sampled_from(ASCII_DATE_WORDS), st.text(st.characters(max_codepoint=127), max_size=5)
)
ASCII_LINE = st.lists(st.tuples(ASCII_DATE_WORD, SEPARATOR), max_size=10).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@given(ASCII_LINE)
def test_lowered_candidates_generated(line: str) -> None:
    """entry_starts scans an ASCII line in lower case, without IGNORECASE: same places."""
    assert lowered_candidate_starts(line) == candidate_starts(line)


def test_lowered_candidates_real() -> None:
    ascii_lines = [line for line in LINES if line.isascii()]
    assert len(ascii_lines) > 1000
    for line in ascii_lines:
        assert [m.start() for m in dates.date_candidates(line)] == candidate_starts(line), line


@pytest.mark.parametrize(
    ("line", "century"),
    [("XIV secolo - Nasce il comune.", True), ("XVe siecle : la guerre", True),
     ("XV siglo: la conquista", True), ("I simply don't know", False), ("xiv secolo", False)],
)  # fmt: skip
def test_roman_centuries_are_found_in_ascii_lines(line: str, century: bool) -> None:
    """A century in Roman numerals is told by its capitals, which the lower-case scan of an
    ASCII line loses: such a line is scanned as written, so the two scans agree."""
    assert [m.start() for m in dates.date_candidates(line)] == candidate_starts(line)
    assert (0 in candidate_starts(line)) == century


@given(st.lists(st.sampled_from(["a", "Jan 5: b", "\n", "\r", "\r\n", "\f", "\u2028", " "])))
def test_split_lines_generated(parts: list[str]) -> None:
    """split_lines splits a text without CR with str.split: the lines re.split gave (a text
    with no LF, CR or CRLF at all is cut at its U+2028s: layouts44)."""
    text = "".join(parts)
    expected = re.split(r"\r\n|\r|\n", text)
    if len(expected) == 1:
        expected = text.split("\u2028")
    if expected and expected[-1] == "":
        expected.pop()
    assert split_lines(text) == expected


FURNITURE_WORDS = [
    "Comparative Connections", "c o n n e c t i o n s", "Foreign  Service Journal",
    "ARMS CONTROL TODAY", "Pacific Forum", "vvv Advertisement vvv", "Read more: x", "Share",
    "Copyright 2019", "(Reporting by X)", "Topics: Korea", "Editor's note: y", "Email", "E-mail",
]  # fmt: skip
FURNITURE_LINE = st.lists(
    st.one_of(st.sampled_from(FURNITURE_WORDS), st.text(max_size=4), WORD), max_size=5
).map(" ".join)


def assert_any_case_equal(line: str) -> None:
    lowered = line.lower()
    for pattern in (entries.JOURNALS, entries.WEB_FURNITURE):
        assert entries._search_any_case(pattern, line, lowered) == bool(pattern.search(line))
        assert entries._match_any_case(pattern, line, lowered) == bool(pattern.match(line))


@given(FURNITURE_LINE)
def test_any_case_generated(line: str) -> None:
    """layout_kind reads an ASCII line's case-blind patterns in lower case: same answers."""
    assert_any_case_equal(line)


def test_any_case_real() -> None:
    for line in [*FURNITURE_WORDS, *LINES]:
        assert_any_case_equal(line.strip())
    assert entries._lower_case_variant(entries.JOURNALS) is not None  # (the fast way is taken)
    assert entries._lower_case_variant(entries.WEB_FURNITURE) is not None


def test_lower_case_variant_refused() -> None:
    """No variant where lower case would change the answer: a capital, a flag switched
    inside, a character by its code, a letter ASCII matches only by case folding."""
    for source in ["[A-Z]x", "(?-i:ab)c", "\\u0130", "\\x4b", "ſ", "K", "Ab"]:
        assert entries._lower_case_variant(re.compile(source, re.IGNORECASE)) is None
    assert entries._lower_case_variant(re.compile("ab")) is None  # (not case-blind)


FOOTER_PART = st.one_of(
    st.sampled_from(["|", "| KOREA 2019", "3 March 2019", "٣ March ٢٠١٩", " ", "January", "12"]),
    WORD,
)


@given(st.lists(FOOTER_PART, max_size=8).map("".join))
def test_footer_sign_generated(text: str) -> None:
    """inline_layout looks for FOOTER_SIGN before FOOTER_HINT: no hint without a sign."""
    if entries.FOOTER_HINT.search(text):
        assert entries.FOOTER_SIGN.search(text)


def test_footer_sign_real() -> None:
    hinted = [line for line in LINES if entries.FOOTER_HINT.search(line)]
    assert hinted  # (the real texts have footers)
    assert all(entries.FOOTER_SIGN.search(line) for line in hinted)


def test_mention_as_before() -> None:
    """quotations.Mention, a named tuple now (made for every name an entry names), reads,
    compares, prints and refuses changes as the frozen dataclass did."""
    mention = Mention(3, 8, "Moon Jae-in", "person")
    assert (mention.start, mention.end, mention.actor, mention.kind) == (
        3,
        8,
        "Moon Jae-in",
        "person",
    )
    assert mention.international is False
    assert mention == Mention(3, 8, "Moon Jae-in", "person", False)
    assert mention != Mention(3, 8, "Moon Jae-in", "person", True)
    assert hash(mention) == hash(Mention(3, 8, "Moon Jae-in", "person"))
    assert repr(mention) == (
        "Mention(start=3, end=8, actor='Moon Jae-in', kind='person', international=False)"
    )
    with pytest.raises(AttributeError):
        mention.start = 4  # type: ignore[misc]


def plain_continues(splitter: entries._Splitter, entry: entries.Entry, text: str) -> bool:
    """_Splitter.continues as it was: the last part with text found by a generator."""
    if text[:1] == "|":
        return False
    if entry.line in splitter.labelled and len(splitter.labelled) >= splitter.pattern.MIN_LINES:
        return False
    last = next((part.strip() for part in reversed(entry.parts) if part.strip()), "")
    ended = entries.SENTENCE_END.search(last) and not entries.ABBREVIATION_END.search(last)
    if text[:1].islower():
        return True
    if not ended:
        bulleted = splitter.pattern.bulleted_lines
        return not (
            entry.line in bulleted
            and len(bulleted) >= splitter.pattern.MIN_LINES
            and not splitter.previous_full
        )
    return not splitter.blank and splitter.previous_full


PART = st.sampled_from(["", " ", "  \t", "Seoul warns.", "talks", "Gen.", "U.S.", "said: “No.”"])


@given(st.lists(PART, max_size=4), st.sampled_from(["Talks", "talks", "| row"]), st.booleans())
def test_continues_generated(parts: list[str], text: str, blank: bool) -> None:
    splitter = entries._Splitter(None, None, entries.DocumentPattern())
    splitter.blank = blank
    entry = entries.Entry(1, "2019-01-01", None, parts, None, "Jan 1", [1])
    assert splitter.continues(entry, text) == plain_continues(splitter, entry, text)


def plain_two_digit_years(lines: list[str]) -> tuple[int, str] | None:
    """entries._two_digit_years as it was: every line stripped and matched."""
    orders: set[str] = set()
    count = 0
    for line in lines:
        stripped = line.strip()
        head = entries.DECORATION.match(stripped)
        found = entries.TWO_DIGIT_YEAR.match(stripped[head.end() :] if head else stripped)
        if found is None:
            continue
        count += 1
        first, second = (int(n) for n in found.group().split("/")[:2])
        if first > 12:
            orders.add("dmy")
        if second > 12:
            orders.add("mdy")
    if count < entries.DocumentPattern.MIN_LINES or len(orders) != 1:
        return None
    centuries = {int(m["century"]) for line in lines for m in entries.FULL_YEAR.finditer(line)}
    if len(centuries) != 1:
        return None
    return centuries.pop(), orders.pop()


TWO_DIGIT_LINE = st.tuples(
    st.sampled_from(["", "• ", "  ", "1. ", "(3) "]),
    st.sampled_from(["09/27/66", "27/09/66", "9/7/66", "12/25/1950", "1/2/3/4", "text", ""]),
    st.sampled_from([". Talks in 1966", " summer of 1966", " in 2066", "", " / "]),
).map("".join)


@given(st.lists(TWO_DIGIT_LINE, max_size=12))
def test_two_digit_years_generated(lines: list[str]) -> None:
    assert entries._two_digit_years(lines) == plain_two_digit_years(lines)


def test_two_digit_years_read() -> None:
    lines = [f"09/{day}/66. Talks" for day in range(13, 20)] + ["", "The summer of 1966"]
    assert entries._two_digit_years(lines) == plain_two_digit_years(lines) == (19, "mdy")
