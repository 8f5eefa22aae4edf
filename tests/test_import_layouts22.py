"""Issue 22, twenty-second round: the misses of the blind part held-out-16, as rules for layouts
a reader reads at a glance, each on short chronologies written for the test, in several
languages and subjects (never the corpus's own words); and the lead's decision on a page that
names no year, whose weekdays alone could tell it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ktimeline.importing.entries import split_entries


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.date, e.end_date, " ".join(" ".join(e.parts).split()))
        for e in split_entries(text).entries
    ]


# --- a page that names no year: its weekdays fit several, the reader gives one -------------

WEEKDAY_PAGE = (
    "Spielplan der Saison\n"
    "Samstag, 7. März: Eröffnungsspiel gegen Kiel.\n"
    "Sonntag, 15. März: Auswärtsspiel in Bremen.\n"
    "Samstag, 21. März: Heimspiel gegen Lübeck.\n"
    "Mittwoch, 1. April: Pokalrunde.\n"
)


def test_a_page_of_weekdays_naming_no_year_is_refused_then_read_with_year(
    run: Any, tmp_path: Path
) -> None:
    # 7 March a Saturday, 1 April a Wednesday: 1970, 1981, 1987, 1992, 1998, 2009, 2015, 2020, 2026,
    # 2037 (and the page says none of them): refused, the same in any year it is read
    page = tmp_path / "spielplan.txt"
    page.write_text(WEEKDAY_PAGE, encoding="utf-8")
    refused = run("import", str(page), "--out", str(tmp_path / "out.jsonl"))
    assert refused.exit_code == 2
    assert "its weekdays fit 1970, 1981, 1987, 1992, 1998, 2009, 2015, 2020, 2026, 2037" in (
        refused.stderr + refused.stdout
    )
    assert "--year" in refused.stderr + refused.stdout
    assert not (tmp_path / "out.jsonl").exists()
    read = run("import", str(page), "--out", str(tmp_path / "out.jsonl"), "--year", "2015")
    assert read.exit_code == 0, read.stderr
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert written.count('"2015-03-07"') == 1 and written.count('"2015-04-01"') == 1
