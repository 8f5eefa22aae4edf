"""The fast paths of session 15 (issue 23): the new rules' scans cost the benchmark no time.

``_titles_colon_dates`` asks its pattern only of a line whose last colon is followed by white
space and at most a date and its marks (``TITLE_COLON_DATE_AFTER`` characters), which every
line it finds has; the infobox hint is scanned by ``_on_a_line`` (after line breaks only), as
the other "^" hints. Both give what the plain scan gave; scripts/compare_import_output.py
compares whole outputs byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from ktimeline.importing.entries import dates_after_texts
from ktimeline.importing.entries.dates_after_texts import (
    TITLE_COLON_DATE,
    TITLE_COLON_DATE_AFTER,
    _titles_colon_dates,
)
from ktimeline.importing.entries.furniture import INFOBOX_DATE_HINT
from ktimeline.importing.entries.split import _on_a_line

REAL = Path(__file__).parent / "data" / "import" / "real"

# Titles with their dates after a colon, of other subjects, at the pattern's limits: a date
# of 40 characters, three marks and an ellipsis, tabs, a no-break space, a colon before.
TITLED = (
    "Servicing Mission 1 (SM1): Dec. 2-13, 1993",
    "Polling day: 23 June",
    "Deadline for applications: 31 March*",
    "Deadline for appeals: 31 March†‡*…",
    "Closing of the register:\t14 April  ",
    "Second reading:\u00a05 May 2021\u00a0",
    "Final: the cup replay (home leg): 12 May",
    "Merger talks: from 1 September 2019 to 31 December 2020",  # (40 after the colon)
    "It ended. - Launch window: Feb. 2, 2004",
    "Appeal heard: 3 March 2015 and 4 March 2015 again, at last",  # (too long: no date)
    "Kick-off:12 May",  # (no white space after the colon: no date)
    "Note: Phase two was the longest of all, ending in the spring",
)


def _lines_of_real_texts() -> list[str]:
    lines: list[str] = []
    for path in sorted(REAL.iterdir()):
        if path.suffix in {".txt", ".md"} and path.name != "README.md":
            lines += path.read_text("utf-8").splitlines()
    return lines


def test_every_line_the_title_pattern_finds_passes_the_cheap_test() -> None:
    lines = [*TITLED, *_lines_of_real_texts()]
    found = 0
    for line in lines:
        if TITLE_COLON_DATE.search(line) is None:
            continue
        found += 1
        after = line[line.rfind(":") + 1 :]
        assert after[:1].isspace(), line
        assert len(after.strip()) <= TITLE_COLON_DATE_AFTER, line
    assert found > len(TITLED) // 2  # (the test saw the pattern find lines)


def test_the_limit_is_the_patterns_own() -> None:
    # a date of 40 characters, four of marks and the list's closing sign is found; one character
    # more is not (the closing ";" or "." since explore48, session 23: the limit is 40 + 4 + 1)
    date = "1 September 2019 to 31 December 2020 ok"  # 39 characters
    cases = ((date + "1", True), (date + "1*†‡…;", True), (date + "12*†‡…;", False))
    for tail, found in cases:
        line = f"Talks: {tail}"
        assert (TITLE_COLON_DATE.search(line) is not None) is found, line
        assert (len(line[line.rfind(":") + 1 :].strip()) <= TITLE_COLON_DATE_AFTER) is found


class _Counted:
    """TITLE_COLON_DATE, counting its searches."""

    def __init__(self) -> None:
        self.searches = 0

    def search(self, line: str) -> re.Match[str] | None:
        self.searches += 1
        return TITLE_COLON_DATE.search(line)


def test_sentences_after_a_colon_are_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted()
    monkeypatch.setattr(dates_after_texts, "TITLE_COLON_DATE", counted)
    lines = [
        f"March {day}, 2020: The committee met again and the chair said the vote was near"
        for day in range(1, 29)
    ]
    assert _titles_colon_dates(lines) == (lines, False)
    assert counted.searches == 0


@pytest.mark.parametrize(
    "lines",
    [
        [f"Stage {n}: {n} June" for n in range(1, 7)],  # a timetable, no year
        [f"Phase {n} (P{n}): Mar. {n}-{n + 9}, 199{n}" for n in range(1, 6)],
        [f"Round {n}: {n} May 2021*" for n in range(1, 5)]
        + ["The draw: held in public after the last round of the season"],
        ["Intro.", *TITLED, "Closing remarks: see the annex for the whole list"],
    ],
)
def test_titled_dates_as_the_plain_scan_finds_them(
    lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _titles_colon_dates(lines)
    monkeypatch.setattr(dates_after_texts, "TITLE_COLON_DATE_AFTER", 10**9)
    plain = _titles_colon_dates(list(lines))
    assert fast == plain


@pytest.mark.parametrize(
    "text",
    [
        "Date\n1 May 2020\nEvent\nThe launch",
        "Summary box\r\n  When  \r\nSpring 1990\n",
        "Infobox\nPERIOD\n1914-1918",
        "Duration\t\n3 days",
        "A text with no field: Dates and When and Period in a sentence.\nDates: 1 May",
        "",
        "\n\nwhen",
        "Dates of the war\nWhen it ended",
    ],
)
def test_the_infobox_hint_on_a_line_as_its_search(text: str) -> None:
    assert _on_a_line(INFOBOX_DATE_HINT, text) is (INFOBOX_DATE_HINT.search(text) is not None)


def test_a_document_without_log_stamps_never_collects_its_years_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The years a document writes in full settle a log stamp's century ("98 SEP 02"); they
    are collected only once enough lines open with a stamp (the lead's cut: collected first,
    they took 0.16 s of the 10,000-entry benchmark's 2.2 s split, which has no stamp)."""
    from ktimeline.importing.entries import years

    calls: list[int] = []
    real = years._years_in_full

    def counted(lines: Sequence[str]) -> list[int]:
        calls.append(len(lines))
        return real(lines)

    monkeypatch.setattr(years, "_years_in_full", counted)
    prose = ["1998: The mill opens in 1998.", "2003: A flood in 2003.", "2005: Sold."] * 5
    assert years._short_year_first_days(prose) == {}
    assert calls == []
    stamps = ["98 SEP 02 Crash recorded", "98 OCT 02 Hangar tour", "99 JAN 10 Report filed"]
    found = years._short_year_first_days([*stamps, "Log closed in 2003."])
    assert calls, "a log of stamps reads the document's years"
    assert [day for day, _ in found.values()] == ["1998-09-02", "1998-10-02", "1999-01-10"]
