"""Issue 22, a round on the held-out-22 misses (layouts34): approximate years written "~1200"
and read by the document's order, items whose bullet was lost, and years run together on one
line with a sentence's own dates among them. Each a general rule with synthetic cases of other
subjects (no text of the real corpus is copied here)."""

from __future__ import annotations

from tests.import_split import dates
from tests.import_support import left_out

# --- "~1200": the tilde before a year is "about" ---------------------------------------------

GLUED_APPROXIMATE = (
    "A history of the abbey\n"
    "\n"
    "~1100The first monks clear the valley and build a chapel of wood.\n"
    "~1250The stone church is raised on the old site.\n"
    "~1400Pilgrims come in numbers for the relics.\n"
    "1536The abbey is dissolved by the crown.\n"
    "1790The ruins are sold to a quarry.\n"
)


def test_glued_approximate_years_rising_before_plain_years_are_read() -> None:
    assert [(d, t[:20]) for d, _, t in dates(GLUED_APPROXIMATE)] == [
        ("1100", "The first monks clea"),
        ("1250", "The stone church is "),
        ("1400", "Pilgrims come in num"),
        ("1536", "The abbey is dissolv"),
        ("1790", "The ruins are sold t"),
    ]


def test_approximate_years_with_a_space_and_other_marks_are_read_too() -> None:
    text = (
        "~ 1620 Settlers arrive at the bay.\n"
        "c. 1650 A fort is built on the hill.\n"
        "ca. 1680 A church is built by the fort.\n"
        "1701 The town is chartered.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1620", "1650", "1680", "1701"]


def test_two_approximate_years_are_too_few_to_show_an_order() -> None:
    text = "~1620: Settlers arrive.\n~1650: A fort is built.\n1701: The town is chartered.\n"
    assert [d for d, _, _ in dates(text)] == ["1701"]


def test_approximate_years_falling_are_not_guessed() -> None:
    # (a list running forward through years before the Common Era writes them falling)
    text = (
        "~2500: Bronze tools reach the coast.\n"
        "~1800: The first hill forts are built.\n"
        "1066: The invasion.\n"
        "1215: The charter is sealed.\n"
        "1348: The plague.\n"
    )
    found = [d for d, _, _ in dates(text)]
    assert "2500" not in found and "1800" not in found
    assert found == ["1066", "1215", "1348"]


def test_approximate_years_with_no_plain_year_after_them_are_not_guessed() -> None:
    text = (
        "1900: The club is founded.\n"
        "1910: The first ground is bought.\n"
        "1925: The club turns professional.\n"
        "~1950: A stand is built.\n"
        "~1960: Floodlights are added.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1900", "1910", "1925"]


def test_a_lone_approximate_year_before_plain_years_is_not_guessed() -> None:
    # (one approximate year shows no order: "~1000" may be 1000 BC before 1066)
    text = (
        "~1000: Farmers settle the river.\n1066: The invasion.\n1215: The charter.\n1348: Plague.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1066", "1215", "1348"]


def test_rising_approximate_years_in_a_text_naming_years_before_christ_are_not_guessed() -> None:
    text = (
        "A history from 3000 BC\n\n~1100: The first monks clear the valley.\n"
        "~1250: The stone church is raised.\n1536: The abbey is dissolved.\n"
        "1790: The ruins are sold.\n1850: The site is dug.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1536", "1790", "1850"]


# --- an approximate year dates no day below it -------------------------------------------------


def test_a_day_under_an_approximate_year_takes_no_year_from_it() -> None:
    text = (
        "~1300 The guild is formed in the market town.\n"
        "~1350 The guild hall is built.\n"
        "~1420 The charter of the guild is confirmed.\n"
        "Jun 4 The hall burns down.\n"
        "1502 The guild buys the mill.\n"
        "1560 The guild is dissolved.\n"
    )
    found = dates(text)
    assert [d for d, _, _ in found] == ["1300", "1350", "1420", "1502", "1560"]
    assert not any(d.endswith("-06-04") for d, _, _ in found)
    assert any("The hall burns down." in piece for piece in left_out(text))


def test_a_day_under_a_circa_year_read_between_plain_years_takes_no_year() -> None:
    text = (
        "1300: The guild is formed.\n"
        "1350: The guild hall is built.\n"
        "c. 1420: The charter of the guild is confirmed.\n"
        "Jun 4: The hall burns down.\n"
        "1502: The guild buys the mill.\n"
        "1560: The guild is dissolved.\n"
    )
    found = dates(text)
    assert ("1420", None, "The charter of the guild is confirmed.") in found
    assert not any(d.endswith("-06-04") for d, _, _ in found)


def test_a_day_under_a_plain_year_still_takes_its_year() -> None:
    text = (
        "1300 The guild is formed.\n"
        "1350 The guild hall is built.\n"
        "1420 The charter is confirmed.\n"
        "Jun 4 The hall burns down.\n"
    )
    assert ("1420-06-04", None, "The hall burns down.") in dates(text)


# --- "• In May 2014 …" items, some with their bullet lost --------------------------------------

MIXED_BULLETS = (
    "How the stadium was built\n"
    "\n"
    "The timeline:\n"
    "In March 2011 the council approves the plans for a new stadium.\n"
    "• In October 2011 the first stone is laid on the site.\n"
    "• In April 2012 a strike halts the work for a month.\n"
    "In June 2013 the roof is lifted into place.\n"
    "• In August 2014 the stadium opens with a cup final.\n"
)


def test_an_unbulleted_item_among_bulleted_in_month_year_items_is_one_of_them() -> None:
    assert [(d, t[:20]) for d, _, t in dates(MIXED_BULLETS)] == [
        ("2011-03", "In March 2011 the co"),
        ("2011-10", "In October 2011 the "),
        ("2012-04", "In April 2012 a stri"),
        ("2013-06", "In June 2013 the roo"),
        ("2014-08", "In August 2014 the s"),
    ]


def test_an_in_month_year_line_inside_a_sentence_stays_its_text() -> None:
    # (the line above ends no sentence: the rest of a wrapped item, never an item of its own)
    text = MIXED_BULLETS.replace(
        "a strike halts the work for a month.\n", "a strike halts the work until\n"
    ).replace("In June 2013 the roof", "In June 2013 when the roof")
    found = dates(text)
    assert "2013-06" not in [d for d, _, _ in found]
    assert any("In June 2013 when the roof" in t for d, _, t in found if d == "2012-04")


def test_unbulleted_in_month_year_lines_without_bulleted_ones_are_no_items() -> None:
    text = (
        "The club's story\n\n"
        "In March 2011 the council approves the plans.\n"
        "In June 2013 the roof is lifted into place.\n"
        "In August 2014 the stadium opens.\n"
    )
    assert [d for d, _, _ in dates(text)] == []


# --- years run together on one line, a sentence's own "in March 1988" among them -------------


def test_years_run_together_read_despite_a_months_year_out_of_order() -> None:
    text = (
        "| The season so far: Timeline 2001 The club is promoted to the first division after "
        "a long run of wins in the spring. 2002 Crowds grow as the team wins in April 2002 "
        "against the champions and again in May. 2003 The manager resigns in March 1993 "
        "(a misprint in the page) after a dispute with the board. 2004 A new stand opens "
        "and the club sells out every match of the year."
    )
    assert [(d, t[:12]) for d, _, t in dates(text)] == [
        ("2001", "The club is "),
        ("2002", "Crowds grow "),
        ("2003", "The manager "),
        ("2004", "A new stand "),
    ]
    assert any("The season so far: Timeline" in piece for piece in left_out(text))


def test_a_line_whose_own_years_fall_is_not_run_together() -> None:
    text = (
        "Notes: the 2004 Cup was won by the club after the 1998 Final was lost; a 2001 "
        "Report by the board and the 1990 Plan both describe the ground. The text of the "
        "notes goes on with more about the ground and the club's supporters and the town."
    )
    assert dates(text) == []


# --- "… ebbed and flowed. 1947 – End of …": a dashed year entry run on after a sentence ------

DASHED_YEARS = (
    "The league has a long history … its clubs. Football spread fast in the towns. "
    "1888 – The league is founded by twelve clubs.\n"
    "1892 – A second division is added.\n"
    "1915 – Play stops for the war.\n"
    "1919 – Play resumes with more clubs.\n"
)


def test_a_dashed_year_after_a_sentence_end_mid_line_starts_an_entry() -> None:
    assert [(d, t[:12]) for d, _, t in dates(DASHED_YEARS)] == [
        ("1888", "The league i"),
        ("1892", "A second div"),
        ("1915", "Play stops f"),
        ("1919", "Play resumes"),
    ]
    assert any("Football spread fast" in piece for piece in left_out(DASHED_YEARS))


def test_a_dashed_year_inside_a_sentence_or_after_an_abbreviation_stays_text() -> None:
    for opening in ("spread fast in 1888 – The league", "spread fast by Jan. 1888 – The league"):
        text = DASHED_YEARS.replace("spread fast in the towns. 1888 – The league", opening)
        assert [d for d, _, _ in dates(text)] == ["1892", "1915", "1919"]
