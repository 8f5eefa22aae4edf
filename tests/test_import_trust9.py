"""Issue 22 (trust), session 9: wrong or lost answers the importer gave on real input, each
as a general rule tested on short texts of several subjects and languages written for the
test (never the input's own words), with guards for what must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from ktimeline import dates
from ktimeline.api import import_chronology
from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries

_read = read_entries
_skipped = left_out


def _found(text: str) -> str | None:
    """The date the text grammar finds at the start of ``text``, as written."""
    found = dates.find_date(text)
    return None if found is None else found.group()


# --- a date written with its year over yearless days that step back: the same year --------


@pytest.mark.parametrize(
    ("top", "days", "year"),
    [
        ("2020-04", ["- 6 de marzo", "- 11 de marzo", "- 12 de marzo", "- 19 de marzo"], "2020"),
        ("April 2021", ["- March 2", "- March 9", "- March 15", "- March 28"], "2021"),
        ("Juni 1998", ["- 3. Mai", "- 8. Mai", "- 14. Mai", "- 20. Mai"], "1998"),
        ("mai 2016", ["- 2 mars", "- 9 mars", "- 15 mars", "- 30 mars"], "2016"),
    ],
    ids=["spanish", "english", "german", "french"],
)
def test_a_step_back_from_a_date_with_its_year_is_no_new_year(
    top: str, days: list[str], year: str
) -> None:
    # a page's date (a month later) over a list of the month before: the list runs forward,
    # but the one dated line above it says nothing of that; the days are of its year
    body = "\n\n".join(f"{day}\n\nThe council met and voted on item {n}." for n, day in
                       enumerate(days, 1))  # fmt: skip
    text = f"One month of the crisis\n{top}\n\nFrom the first case to the curfew.\n\n{body}\n"
    read = _read(text)
    assert [day[:4] for day, _, _ in read if len(day) == 10] == [year] * len(days)


@pytest.mark.parametrize(
    ("top", "days"),
    [
        ("2020-04", ["- 6 de marzo", "- 11 de marzo", "- 12 de marzo", "- 19 de marzo"]),
        ("April 2021", ["- March 2", "- March 9", "- March 15", "- March 28"]),
        ("Juni 1998", ["- 3. Mai", "- 8. Mai", "- 14. Mai", "- 20. Mai"]),
    ],
    ids=["spanish", "english", "german"],
)
def test_a_months_date_over_older_yearless_days_is_the_pages_date(
    top: str, days: list[str]
) -> None:
    body = "\n\n".join(f"{day}\n\nThe council met and voted on item {n}." for n, day in
                       enumerate(days, 1))  # fmt: skip
    intro = "From the first case to the curfew."
    text = f"One month of the crisis\n{top}\n\n{intro}\n\n{body}\n"
    read = _read(text)
    assert len(read) == len(days)
    assert not any(intro in words for _, _, words in read)
    assert top in _skipped(text)
    assert intro in _skipped(text)


def test_a_months_date_over_newer_yearless_days_stays_an_entry() -> None:
    # guard: "March 2020" / its text above "- 6 April" …: the first entry, the oldest
    text = (
        "March 2020\n\nThe first case is confirmed.\n\n- 6 April\n\nSchools close.\n\n"
        "- 11 April\n\nShops close.\n\n- 19 April\n\nA curfew.\n\n- 25 April\n\nMasks.\n"
    )
    assert _read(text)[0] == ("2020-03", None, "The first case is confirmed.")


def test_a_forward_list_still_turns_its_year_from_a_yearless_day() -> None:
    # guard: "June 12, 1994", "June 17", "June 28", then "Jan. 24": the step back from a
    # yearless day of a list that runs forward is a new year, as before
    text = (
        "June 12, 1994: The club is founded.\n\nJune 17: The first match.\n\n"
        "June 28: A second match.\n\nJuly 2: A third match.\n\nJan. 24: The first title.\n"
    )
    assert [day for day, _, _ in _read(text)][-1] == "1995-01-24"


def test_dec_then_jan_after_a_written_year_is_still_the_next_year() -> None:
    # guard: more than half a year back is the next year's, written year or not
    text = (
        "Dec. 30, 2019: The strike begins.\n\nJan. 2: Talks open.\n\nJan. 9: Talks fail.\n\n"
        "Jan. 15: The strike ends.\n"
    )
    assert [day for day, _, _ in _read(text)] == [
        "2019-12-30", "2020-01-02", "2020-01-09", "2020-01-15",
    ]  # fmt: skip


# --- "dd.mm. Text" bullets under "dd.mm.yyyy Text" entries: days of the entry's year -------


@pytest.mark.parametrize(
    ("entries", "bullets", "expected"),
    [
        (["12.03.1938 Anschluss Österreichs", "01.09.1939 Beginn des Krieges",
          "08.05.1945 Kapitulation der Wehrmacht"],
         ["– 03.09. Erklärung Großbritanniens", "– 17.09. Einmarsch der Roten Armee"],
         ["1939-09-03", "1939-09-17"]),
        (["15.03.1939 Okupace českých zemí", "17.11.1939 Uzavření vysokých škol",
          "05.05.1945 Pražské povstání"],
         ["- 28.10. Demonstrace v Praze", "- 11.11. Pohřeb Jana Opletala"],
         ["1939-10-28", "1939-11-11"]),
        (["30.11.1939 Talvisota alkaa", "13.03.1940 Moskovan rauha",
          "25.06.1941 Jatkosota alkaa"],
         ["• 15.03. Rauha astuu voimaan", "• 20.03. Luovutus alkaa"],
         ["1940-03-15", "1940-03-20"]),
    ],
    ids=["german", "czech", "finnish"],
)  # fmt: skip
def test_day_and_month_bullets_under_a_dated_entry_are_days_of_its_year(
    entries: list[str], bullets: list[str], expected: list[str]
) -> None:
    # the bullets go under the second entry
    text = "\n".join([entries[0], "", entries[1], *bullets, "", entries[2]]) + "\n"
    read = _read(text)
    days = [day for day, _, _ in read]
    assert days[2:4] == expected
    assert not _skipped(text)


def test_a_version_number_or_a_lower_case_word_after_day_and_month_stays_text() -> None:
    # guards: "2.1. Beta" (no two-digit pair) and "01.08. und" (no capital) start nothing

    assert dates.find_date("version 2.1. Beta") is None
    assert dates.find_date("01.08. und dann") is None
    assert dates.find_date("01.08. Kriegserklärung") is not None


# --- "-490: Marathon": a year with a minus sign is before the Common Era, never 0490 ------


@pytest.mark.parametrize(
    "lines",
    [
        ["-490: Battle of Marathon", "-480: Battle of Salamis", "1066: Battle of Hastings",
         "1215: Magna Carta", "1492: Columbus sails"],
        ["-753: Rome is founded", "1453: Fall of Constantinople", "1789: The Revolution",
         "1914: The war begins"],
        ["-221 - Qin unifies China", "618 - Tang dynasty", "960 - Song dynasty",
         "1279 - Yuan dynasty", "1368 - Ming dynasty"],
    ],
    ids=["greek-wars", "rome", "dynasties"],
)  # fmt: skip
def test_a_year_with_a_minus_sign_is_reported_as_before_the_era(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    read = _read(text)
    assert all(not day.startswith("0" + line[1:4]) for day, _, _ in read for line in lines[:1])
    reasons = [item.reason for item in split_entries(text).unplaced]
    assert any("before the Common Era" in reason for reason in reasons)
    assert not any("0490" in reason or "(0" in reason for reason in reasons)


def test_a_bullet_before_a_short_year_keeps_its_advice() -> None:
    # guard: "- 490: text" (a bullet, its space) is a year written short, as before
    reasons = [
        item.reason for item in split_entries("- 490: A council.\n1066: Hastings.\n").unplaced
    ]
    assert any("four digits (0490)" in reason for reason in reasons)


# --- "2008; September 15 - text": the year, a semicolon, the day: as with a comma ---------


@pytest.mark.parametrize(
    ("line", "day", "words"),
    [
        ("2008; September 15 - Lehman Brothers files for bankruptcy", "2008-09-15", "Lehman"),
        ("1969; July 20 - The first landing on the Moon", "1969-07-20", "The first"),
        ("1871; 18. Januar - Gründung des Kaiserreichs", "1871-01-18", "Gründung"),
        ("1998; Aug. 7 - Embassies are bombed", "1998-08-07", "Embassies"),
    ],
)
def test_a_year_then_a_semicolon_then_the_day_reads_the_day(
    line: str, day: str, words: str
) -> None:
    text = f"{line}\n2010, May 6 - A flash crash.\n2011, August 5 - A downgrade.\n"
    first = _read(text)[0]
    assert first[0] == day
    assert first[2].startswith(words)


def test_a_year_then_a_semicolon_then_words_stays_a_year() -> None:
    # guard: "1990; the talks resume" (no month after it)
    assert _found("1990; the talks resume") == "1990"


# --- ISO weeks in a text: the week's seven days, as `range` reads them -------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [("2020-W01", "2019-12-30", "2020-01-05"), ("2015W53", "2015-12-28", "2016-01-03"),
     ("2021-W10", "2021-03-08", "2021-03-14")],
)  # fmt: skip
def test_an_iso_week_is_read_as_its_days(written: str, start: str, end: str) -> None:
    text = f"{written}: Sprint review\n2022-W20: Launch of the beta\n2022-W30: General release\n"
    assert _read(text)[0] == (start, end, "Sprint review")
    span = dates.parse_date_argument(written, "--from")  # (the argument grammar's reading)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_a_week_that_is_not_in_the_year_is_reported() -> None:
    text = "2020-W54: Too far\n2020-W01: Kickoff\n2020-W02: Sprint\n"
    reasons = [item.reason for item in split_entries(text).unplaced]
    assert any("2020 has weeks 1 to 53" in reason for reason in reasons)


def test_a_w_word_after_a_year_is_no_week() -> None:
    # guard: "2020 Wimbledon", "2020-Wide survey" stay a year and text
    assert _found("2020 Wimbledon final") == "2020"
    assert _found("2020-Wide survey") == "2020"


def test_a_year_framed_by_dashes_is_no_minus_sign() -> None:
    # guard: "-668- text" among "-1392- text" lines: the dashes frame the year (668 CE)
    text = "-668- Silla unifies the peninsula.\n-1392- Joseon is founded.\n-1910- Annexation.\n"
    reasons = [item.reason for item in split_entries(text).unplaced]
    assert not any("before the Common Era" in reason for reason in reasons)


# --- NUL bytes in a file: dropped from the text, said once --------------------------------


@pytest.mark.parametrize(
    ("name", "content", "line", "count"),
    [
        ("war.txt", "1950-06-25: Inva\x00sion.\n1950-09-15: Land\x00ing.\n1953-07-27: Truce.\n",
         1, 2),
        ("club.md", "# Club\n\n1901: Founded.\n\n1925: First tit\x00le.\n\n1950: Stadium.\n", 5, 1),
        ("firm.html", "<html><body><p>1998: Found\x00ed.</p><p>2004: Listed.</p>"
         "<p>2010: Merged.</p></body></html>", None, 1),
    ],
    ids=["text", "markdown", "html"],
)  # fmt: skip
def test_nul_bytes_are_dropped_and_said_once(
    tmp_path: Path, name: str, content: str, line: int | None, count: int
) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    outcome = import_chronology(path, dry_run=True)
    assert all("\x00" not in event.text for event in outcome.result.events)
    said = [item for item in outcome.result.warnings if "NUL" in item.reason]
    assert len(said) == 1
    assert ("2 NUL bytes" if count == 2 else "a NUL byte") in said[0].reason
    if line is not None:
        assert said[0].line == line


def test_a_text_without_nul_bytes_gets_no_such_warning(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("1950-06-25: Invasion.\n1953-07-27: Truce.\n", "utf-8")
    assert not any("NUL" in item.reason for item in import_chronology(path, dry_run=True)
                   .result.warnings)  # fmt: skip
