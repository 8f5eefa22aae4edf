"""hostile24: session 22's new rules attacked where they should not fire; each input written
for the test (never a page's words), each case failing on the start commit dc5ee391 unless
marked a guard (or an xfail: a fault whose fix belongs to the enrichment, being split now).

- Dotted hours under the introduction's one day (679609e0): a market's prices "1.20 Apples",
  "2.40 Bread", "3.75 Wine" … under "… market on 3 May 1890" were read as that day's hours
  (the price no clock can be, 3.75, reported, the others dated 1890-05-03).
- A year glued to a full stop (31b6b91b): "… engine No.1955 The Flying Scot …" in a list of
  "YEAR Text" lines was broken into an entry of 1955 ("No." numbers what follows it).
- A page of one day over years (4409d512): a firm's page dated "5 May 2015" over its history,
  whose 2015 item says "Today, on 5 May, we open …", dated every year's item 5 May.
- An office dated by a year alone held through that year (24bbfa87): its successor's first
  day in that year leaves the title with two holders ("ambiguous: James Baker or George
  Shultz on 1989-06-01"); before, the dated successor. (Was an xfail; trust23 fixed it in
  the enrichment's holder choice.)
- A page's title taken from an entry (ed411fb7): a war's first entry, its five sentences
  below it, written again in a summary at the end, was "the page's title", its sentences
  "before the first entry".
- The CLI: `--library -` made (or read) a directory named "-", where every other file option
  takes "-" for a stream (trust22 left it): refused in one line, exit 2.
- Czech months' names (834c9518): "1986 – 30 leden vieren feest." (Dutch: thirty members
  celebrate) was an entry of 1986-01-30, "vieren feest."; Czech writes the genitive after a
  day ("30. ledna").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from tests.import_support import left_out, read_entries, reasons

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ktimeline.importing.enrichment import Findings

# --- dotted numbers that are prices, not hours ----------------------------------------------

MARKET = """\
Prices paid at the village market on 3 May 1890, as the clerk wrote them down.

1.20 Apples from the orchard, a full basket.
2.40 Bread for the school, twelve loaves.
3.75 Wine from the south, one cask.
4.10 Cheese from the mountain farm.
5.30 Candles for the church.
"""


def test_prices_among_dotted_numbers_are_no_hours_of_the_day() -> None:
    """3.75 can be no clock: the list's numbers are no times, nothing is dated 3 May 1890."""
    assert read_entries(MARKET) == []
    assert "1.20 Apples from the orchard, a full basket." in left_out(MARKET)


def test_dotted_hours_under_the_one_day_still_date() -> None:  # (guard: 679609e0)
    evening = MARKET.replace("3.75 Wine", "3.45 Wine").replace("Prices paid at", "Hours of")
    assert [date for date, _, _ in read_entries(evening)] == ["1890-05-03"] * 5


# --- a number after "No." glued to its stop is no year ---------------------------------------

ENGINES = """\
1948 The railway works open at Crewe.
1950 The works build engine No.1955 The Flying Scot and ship it north.
1962 The works close.
1970 The site becomes a park.
"""


def test_number_after_an_abbreviation_glued_to_its_stop_is_no_entry() -> None:
    assert read_entries(ENGINES) == [
        ("1948", None, "The railway works open at Crewe."),
        ("1950", None, "The works build engine No.1955 The Flying Scot and ship it north."),
        ("1962", None, "The works close."),
        ("1970", None, "The site becomes a park."),
    ]


def test_year_glued_to_a_sentence_end_still_opens_an_entry() -> None:  # (guard: 31b6b91b)
    glued = ENGINES.replace("engine No.1955 The", "engines in Derby.1955 The")
    assert ("1955", None, "The Flying Scot and ship it north.") in read_entries(glued)


# --- a page's own day named by its own year's item -------------------------------------------

FIRM = """\
Our story

5 May 2015

1990 The company is founded in a garage.
1998 The first factory opens in the valley.
2005 The firm goes public.
2015 Today, on 5 May, we open our new office in the city.
"""


def test_page_day_named_only_in_its_own_years_item_dates_no_other_year() -> None:
    got = read_entries(FIRM)
    assert [date for date, _, _ in got] == ["1990", "1998", "2005", "2015-05-05"]
    assert reasons(FIRM)["5 May 2015"] == "a date with no entry text after it"


def test_page_day_named_in_an_earlier_years_item_still_dates_them() -> None:  # (guard)
    calendar = FIRM.replace("2015 Today, on 5 May, we open", "2010 On 5 May they open")
    assert [date for date, _, _ in read_entries(calendar)] == [
        "1990-05-05", "1998-05-05", "2005-05-05", "2010-05-05"
    ]  # fmt: skip


# --- an entry's paragraph under the first entry is no page furniture -----------------------

WAR = """\
1914 – War breaks out in Europe
The archduke is shot in Sarajevo in June.
Austria declares war on Serbia in July.
Germany invades Belgium in August.
Britain enters the war days later.
The armies dig trenches by the winter.
1918 – The armistice is signed
The guns fall silent in November.
Summary
1914 – War breaks out in Europe
1918 – The armistice is signed
"""


def test_first_entry_written_again_in_a_summary_is_no_page_title() -> None:
    """Five sentences under '1914 – War breaks out in Europe' are its text, not a page's
    furniture below a title borrowed from an entry (ed411fb7's rule)."""
    first = read_entries(WAR)[0]
    assert first[:2] == ("1914", None)
    assert first[2].startswith("War breaks out in Europe The archduke is shot")
    assert first[2].endswith("The armies dig trenches by the winter.")
    assert "The archduke is shot in Sarajevo in June." not in left_out(WAR)


# --- a Czech month's nominative after a day's number ------------------------------------------

CLUB = """\
1985 – De vereniging wordt opgericht.
1986 – 30 leden vieren feest.
1987 – De club bouwt een clubhuis.
1988 – De vereniging groeit.
"""


def test_a_count_of_members_in_dutch_is_no_czech_day() -> None:
    """'30 leden' (thirty members) is no 30 January: Czech writes a day's month in the
    genitive ("30. ledna"), the nominative "leden" only before a year (834c9518's months)."""
    assert read_entries(CLUB)[1] == ("1986", None, "30 leden vieren feest.")
    heading = "1985\n\n12 leden: De vereniging wordt opgericht.\n\n1986\n\nDe club groeit.\n"
    assert read_entries(heading)[0] == ("1985", None, "12 leden: De vereniging wordt opgericht.")


def test_czech_days_and_months_are_still_read() -> None:  # (guard: 834c9518)
    days = "1945 – 9. května konec války.\n1948 – 25. února převrat.\n1968 – 21. srpna invaze.\n"
    assert [date for date, _, _ in read_entries(days)] == ["1945-05-09", "1948-02-25", "1968-08-21"]
    months = "únor 1948 - 1989 Komunismus.\nleden 1990 Něco.\n28.října 1918 Vznik státu.\n"
    assert [(date, end) for date, end, _ in read_entries(months)] == [
        ("1948-02", "1989"), ("1990-01", None), ("1918-10-28", None)
    ]  # fmt: skip


# --- an office ending in a year alone and its successor dated by days ------------------------


def test_a_dated_successor_holds_the_title_in_his_predecessors_last_year(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("U.S. Secretary of State met Korean leaders in Seoul.", "1989-06-01")
    assert "James Baker" in found.actors
    assert not found.unresolved


# --- the CLI: "--library -" --------------------------------------------------------------------

CHRONOLOGY = "1 May 1990 The wall opens.\n2 June 1991 A treaty.\n3 July 1992 The army leaves.\n"


def test_library_dash_is_refused(run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'-' is a stream in every file option; a library is a directory: "--library -" made a
    directory named "-" (import --add) or read one (range, sources)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.txt").write_text(CHRONOLOGY)
    for command in (
        ("import", "c.txt", "--add", "--library", "-"),
        ("range", "1990", "--library", "-"),
        ("sources", "--library", "-"),
        ("sources", "remove", "c", "--yes", "--library", "-"),
    ):
        result = run(*command)
        assert result.exit_code == 2, command
        assert result.stderr.splitlines() == [
            "ktimeline: error: --library - names no directory: a library cannot be standard "
            "input or output (give its directory; ./- is one named '-')"
        ], command
        assert not (tmp_path / "-").exists(), command


def test_a_directory_named_dash_is_still_a_library(run: Any, tmp_path: Path) -> None:  # (guard)
    (tmp_path / "c.txt").write_text(CHRONOLOGY)
    library = str(tmp_path / "-")
    added = run("import", str(tmp_path / "c.txt"), "--add", "--library", library)
    assert added.exit_code == 0, added.stderr
    found = run("range", "1990", "--library", library, "-f", "jsonl")
    assert found.exit_code == 0, found.stderr
    assert "The wall opens." in found.stdout
