"""hostile21: session 19's rules read as a hostile user would: a day after a year's colon that
writes its own year ("1999: March 4, 1998 was …") is the item's text, not the rest of its date;
a glued minus sign before rising years of the era, in a text that writes negative temperatures
inside its sentences ("-1908 … at -269 degrees"), stays a bullet; "1995 a 2000 page report" is a count, no span; a plural's apostrophe inside
‘…’ ("‘The players’ union …,’ said …") does not close the quotation; "Seoul time and again" is
Seoul acting, no clock's zone; an actor file that is a directory is
refused in words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from ktimeline import dates
from ktimeline.importing.quotations import find_quotations
from tests.enrich_support import actors_in_order as _actors
from tests.enrich_support import said_in_order as _said
from tests.import_support import left_out, read_entries

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.vocabulary import Vocabulary

# --- "YEAR: Month Day, YEAR …": a whole day of its own year, the item's text -------------------
# (layouts50 read "2006: July 2, Infosys …" as the day; where the day's comma is followed by a
# year, the day is written whole, with its own year: "1999: March 4, 1998 was the day …" was
# dated 1999-03-04, its text "1998 was the day …" - a day of another year, silently)

FIRM = "1998: Opened the first plant.\n1999: {}\n2000: The second plant opened.\n"


def test_a_day_with_its_own_year_after_a_years_colon_is_the_items_text() -> None:
    text = FIRM.format("March 4, 1998 was named as the day, but the listing came only now.")
    assert read_entries(text)[1] == (
        "1999", None, "March 4, 1998 was named as the day, but the listing came only now.",
    )  # fmt: skip


def test_a_day_with_the_items_year_again_keeps_its_year_in_the_text() -> None:
    # (as "1999: 18 April 1999, the …" is read: the year's entry, the text whole, not a text
    # opening with "1999, the …")
    text = FIRM.format("March 4, 1999, the company listed its shares.")
    assert read_entries(text)[1][2] == "March 4, 1999, the company listed its shares."


def test_a_day_and_a_comma_after_a_years_colon_is_still_the_day() -> None:
    text = FIRM.format("March 4, the company listed its shares.")
    assert read_entries(text)[1] == ("1999-03-04", None, "the company listed its shares.")


# --- "-1908 text" in a text of temperatures: a bullet, not a year before the era -----------------
# (explore44 read a glued minus sign as a year before the Common Era wherever the document
# writes a signed number of three or four digits inside a sentence: "at -183 degrees" made a
# firm's bulleted milestones of the era years BC, every entry left out)

CRYOGENICS = """\
Milestones of cryogenics
-1877 Cailletet and Pictet liquefy oxygen (at -183 degrees).
-1898 Dewar liquefies hydrogen, which boils at -253 degrees.
-1908 Kamerlingh Onnes liquefies helium at -269 degrees.
-1911 Superconductivity is found in mercury.
"""


def test_rising_glued_minus_years_stay_bullets_beside_negative_figures() -> None:
    assert [date for date, _, _ in read_entries(CRYOGENICS)] == ["1877", "1898", "1908", "1911"]
    assert read_entries(CRYOGENICS)[2][2] == "Kamerlingh Onnes liquefies helium at -269 degrees."


def test_falling_glued_minus_years_beside_signed_years_stay_before_the_era() -> None:
    text = (  # (years before the era, in time's order, fall)
        "Early astronomy\n"
        "-3000 Sumerians divide the day into hours (from -3000 to -2500).\n"
        "-2100 Chinese astronomers follow the moon.\n"
        "-1800 Babylonian star catalogues are written.\n"
    )
    assert read_entries(text) == []
    assert "-2100 Chinese astronomers follow the moon." in left_out(text)


# --- "1995 a 2000 page report …": the English article before a count, no span ------------------
# (explore44 read "a" between two years as the Spanish, Portuguese or Italian "to": "1995 a
# 2000 page report is published" was 1995-2000, its text "page report is published"; only
# "a 2000-strong" was kept out)

COMMISSION = """\
1990 The commission is formed.
1995 a 2000 page report is published by the commission.
1998 The report is debated in parliament.
"""


def test_a_year_a_and_a_number_before_a_lower_case_word_is_no_span() -> None:
    assert read_entries(COMMISSION)[1] == (
        "1995", None, "a 2000 page report is published by the commission.",
    )  # fmt: skip


@pytest.mark.parametrize(
    "written", ["1936 a 1939", "1936 a 1939: Guerra Civil", "1936 a 1939 Guerra"]
)
def test_a_between_two_years_before_a_separator_or_a_capital_is_still_a_span(written: str) -> None:
    found = dates.find_date(written)
    assert found is not None and found.group().strip() == "1936 a 1939"


# --- ‘The players’ union …,’: a plural's apostrophe inside ‘…’ ------------------------------------
# (enrich42 read an apostrophe between two letters, "That’s", as going on with the quotation;
# a plural's, "players’ union", closed it: the quotation was ‘The players’, its speaker lost)


def test_a_plurals_apostrophe_inside_curly_single_marks_does_not_close_them() -> None:
    text = "‘The players’ union will strike on Monday,’ said the coach."
    assert [q.text for q in find_quotations(text)] == ["The players’ union will strike on Monday,"]


def test_the_speaker_of_single_marks_with_a_plurals_apostrophe(vocabulary: Vocabulary) -> None:
    entry = "‘The players’ union will strike on Monday,’ said Angela Merkel."
    assert _said(vocabulary, entry) == [
        ("Angela Merkel", "The players’ union will strike on Monday,")
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Fans of the ‘Lions’ and the ‘Tigers’ marched.", ["Lions", "Tigers"]),
        (
            "The so-called ‘Friends’ group met. He called it ‘madness’ and left.",
            ["Friends", "madness"],
        ),
        ("He called it ‘madness’ and Jones’ answer was no.", ["madness"]),
    ],
)
def test_single_marks_closing_after_an_s_with_no_clear_close_further_stay_closed(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in find_quotations(text)] == quoted


# --- "Seoul time and again rejected …": the state acting, not a clock's zone --------------------
# (enrich42 left out a state named before "time" as a clock's zone, "6:57 a.m. Pyongyang
# time"; "Seoul time and again rejected the offer" lost South Korea, silently)


@pytest.mark.parametrize(
    ("entry", "state"),
    [
        ("Seoul time and again rejected the offer.", "South Korea"),
        ("Washington time after time warned of sanctions.", "United States"),
    ],
)
def test_a_state_acting_time_and_again_is_an_actor(
    vocabulary: Vocabulary, entry: str, state: str
) -> None:
    assert state in _actors(vocabulary, entry, date="2019-10-01")


def test_a_clocks_zone_is_still_no_actor(vocabulary: Vocabulary) -> None:
    entry = "The launch came at 6:57 a.m. Pyongyang time on Sunday."
    assert _actors(vocabulary, entry, date="2019-10-01") == []


# --- --actors-out naming a directory: the reason in words -------------------------------------
# (it said "--actors-out cannot read it: [Errno 21] Is a directory: 'adir'", Python's repr)


def test_an_actor_file_that_is_a_directory_is_named_plainly(tmp_path: Path, run: Any) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Sept. 1, 2019: Senator Zachary Pemberton met officials.\n", encoding="utf-8")
    result = run("import", str(text), "--actors-out", str(tmp_path))
    assert result.exit_code == 2
    assert f"cannot read {tmp_path}: Is a directory" in result.stderr
    assert "Errno" not in result.stderr
