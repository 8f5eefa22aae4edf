"""Issue 22, layouts40: a user's two findings (user14) on short chronologies written for the
test in other subjects: a month alone on one line and "1985:" on the next (the month's entry,
never a heading "July" over an entry of the year), and a figure line under each entry ("Stock
close: $83.25"), the last one as much its entry's as the others; with what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries

_read = read_entries


# --- a month alone above "1985:" ------------------------------------------------------------


def test_a_month_alone_above_a_year_and_colon_is_that_months_entry() -> None:
    text = (  # a rowing club's history, the date cell wrapped after its month
        "A short history of the Riverside Rowing Club\n"
        "\n"
        "March\n"
        "1962:\n"
        "The club is founded by six students at the boathouse.\n"
        "1966:\n"
        "The club buys its first racing shell.\n"
        "June 1971:\n"
        "The first women's eight races at the regional regatta.\n"
        "Oct. 4, 1980:\n"
        "A fire destroys the old boathouse.\n"
    )
    assert [(date, words[:20]) for date, _, words in _read(text)] == [
        ("1962-03", "The club is founded "),
        ("1966", "The club buys its fi"),
        ("1971-06", "The first women's ei"),
        ("1980-10-04", "A fire destroys the "),
    ]
    assert "March" not in left_out(text)


def test_a_month_alone_above_a_year_and_its_text_on_one_line() -> None:
    text = (  # a band's history, in French ("juillet" / "1985 - texte")
        "Juillet\n"
        "1985 - Le groupe se forme à Lyon.\n"
        "1987 - Premier album.\n"
        "1990 - Tournée en Europe.\n"
        "12 mai 1994 - Le chanteur quitte le groupe.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1985-07", "1987", "1990", "1994-05-12"]
    assert _read(text)[0][2] == "Le groupe se forme à Lyon."


def test_a_month_heading_over_years_stays_a_heading() -> None:
    # (guard) "this month in history": a month over years alone only, each its own year
    text = (
        "This month in the history of the Riverside Rowing Club\n"
        "\n"
        "March\n"
        "1962: The club is founded by six students.\n"
        "1966: The club buys its first racing shell.\n"
        "1979: The boathouse is extended.\n"
        "\n"
        "April\n"
        "1964: The first regatta is held on the river.\n"
        "1983: A new coach arrives from Oxford.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1962", "1966", "1979", "1964", "1983"]


def test_a_month_above_a_line_that_is_no_year_and_separator_is_unchanged() -> None:
    # (guard) "1985 saw …" is no date's rest: the month alone stays what it was
    text = "July\n1985 saw the club's first win.\n1990: The club moves.\n1995: A new boathouse.\n"
    assert "1985-07" not in [date for date, _, _ in _read(text)]


# --- a figure line under each entry -----------------------------------------------------------


def test_a_figure_line_under_each_entry_is_that_entrys_also_the_last() -> None:
    text = (  # a company's fall, a share price under each day, short items
        "Acme Corp stock history\n"
        "\n"
        "October 12, 2001\n"
        "• Acme reports a quarterly loss.\n"
        "Stock close: $83.25\n"
        "\n"
        "October 22\n"
        "• Regulators open an inquiry.\n"
        "Stock close: $20.65\n"
        "\n"
        "November 8\n"
        "• Acme restates its earnings.\n"
        "Stock close: $8.41\n"
    )
    assert _read(text) == [
        ("2001-10-12", None, "Acme reports a quarterly loss. Stock close: $83.25"),
        ("2001-10-22", None, "Regulators open an inquiry. Stock close: $20.65"),
        ("2001-11-08", None, "Acme restates its earnings. Stock close: $8.41"),
    ]
    assert left_out(text) == ["Acme Corp stock history"]


def test_a_figure_line_after_long_and_short_items_alike() -> None:
    text = (  # a football club's season, the attendance under some matches
        "1 March 1998\n"
        "The club beats its oldest rival three goals to one in front of a sold-out home crowd "
        "after trailing at half-time for the first time this season.\n"
        "Attendance: 41,200\n"
        "\n"
        "8 March 1998\n"
        "A goalless draw away.\n"
        "\n"
        "15 March 1998\n"
        "The captain scores twice.\n"
        "Attendance: 38,950\n"
        "\n"
        "22 March 1998\n"
        "The club loses the cup semi-final.\n"
        "Attendance: 52,000\n"
    )
    texts = [words for _, _, words in _read(text)]
    assert len(texts) == 4
    assert texts[0].endswith("Attendance: 41,200")
    assert texts[2] == "The captain scores twice. Attendance: 38,950"
    assert texts[3] == "The club loses the cup semi-final. Attendance: 52,000"
    assert not any(piece.startswith("Attendance") for piece in left_out(text))


def test_a_single_labelled_line_is_no_figure_of_the_document() -> None:
    # (guard) one "Note: …" line is no repeated figure: under a finished short entry it is
    # still reported, not joined
    text = (
        "1 March 1998\nThe club wins.\n\n8 March 1998\nA draw.\n\n"
        "15 March 1998\nThe club loses.\nNote: 3 players were injured\n"
    )
    assert [words for _, _, words in _read(text)][-1] == "The club loses."
    assert "Note: 3 players were injured" in left_out(text)
