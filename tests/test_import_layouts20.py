"""Issue 22, twentieth round: the misses of the blind part held-out-14, as rules for layouts a
reader reads at a glance, each on short chronologies written for the test, in several variants
of the layout (never the corpus's own words)."""

from __future__ import annotations

import pytest

from tests.import_support import left_out, read_entries

_read = read_entries


_skipped = left_out


# --- a decade alone over the page's name, narrower headings below -------------------------


@pytest.mark.parametrize("decade", ["1920s", "1920's", "The 1920s"])
@pytest.mark.parametrize(
    "name", ["Historical Timeline", "Campus History", "Key Events of the Decade"]
)
def test_a_decade_over_the_pages_name_is_a_heading(decade: str, name: str) -> None:
    text = (
        f"{decade}\n\n{name}\n\n1921\n\n  • The college opened its first library.\n"
        "  • A new charter was signed.\n\n1924\n\n  • The football team played its first game.\n\n"
        "1927\n\n  • The chapel burned down.\n"
    )
    read = _read(text)
    assert [day for day, _, _ in read] == ["1921", "1921", "1924", "1927"]
    assert not any(name in words for _, _, words in read)
    assert name in _skipped(text)


def test_a_decade_over_a_line_of_text_stays_an_entry() -> None:
    # "1920s" / "Jazz spreads across the country" (not a title: words in lower case): an event
    text = (
        "1920s\n\nJazz spreads across the country\n\n1921\n\n  • The college opened.\n\n"
        "1924\n\n  • The team played.\n\n1927\n\n  • The chapel burned.\n"
    )
    assert _read(text)[0][:2] == ("1920", "1929")


# --- a newspaper's print credit glued to the last item ------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "(DIE ZEIT, Printausgabe, Mittwoch, 3. März 2010)",
        "(The Herald, print edition, Monday, June 4, 2012)",
        "(LE SOIR, samedi, 12 mai 2001)",
    ],
)
def test_a_print_credit_glued_to_the_last_item_is_no_text(credit: str) -> None:
    text = (
        "• 1990 The club won its first title.\n• 1995 The stadium was rebuilt.\n"
        f"• 2001 The coach resigned after a poor season. {credit}\n"
    )
    read = _read(text)
    assert read[-1] == ("2001", None, "The coach resigned after a poor season.")
    assert credit in _skipped(text)


def test_a_bracket_with_a_date_and_no_weekday_stays_text() -> None:
    text = (
        "• 1990 The club won its first title.\n• 1995 The stadium was rebuilt.\n"
        "• 2001 The coach resigned. (Reuters, Berlin, 12 May 2001)\n"
    )
    assert _read(text)[-1][2].endswith("(Reuters, Berlin, 12 May 2001)")


# --- titles with their dates after a colon, later titles glued after " - " -----------------


@pytest.mark.parametrize("glued", [True, False], ids=["glued", "apart"])
@pytest.mark.parametrize(
    "days",
    [
        ("Dec. 2-13, 1993", "Feb. 11-21, 1997", "March 1-12, 2002"),
        ("2 December 1993", "11 February 1997", "1 March 2002"),
        ("May 1993", "June 1997", "July 2002"),
    ],
    ids=["spans", "days", "months"],
)
def test_titles_with_their_dates_after_a_colon(glued: bool, days: tuple[str, ...]) -> None:
    titles = ["Repair Flight 1 (RF1)", "Repair Flight 2 (RF2)", "Repair Flight 3"]
    bodies = ["The crew fixed the mirror.", "New cameras were fitted.", "The panels were replaced."]
    lines = ["The telescope was serviced several times.", ""]
    for index, (title, day, body) in enumerate(zip(titles, days, bodies, strict=True)):
        if glued and index:
            lines[-1] += f" - {title}: {day}"
        else:
            lines.append(f"{title}: {day}")
        lines.append(body)
    read = _read("\n".join(lines) + "\n")
    assert len(read) == 3
    for (_, _, words), title, body in zip(read, titles, bodies, strict=True):
        assert words == f"{title}: {body}"
    assert read[0][0].startswith("1993")


def test_one_title_with_a_date_after_a_colon_is_no_layout() -> None:
    text = (
        "1990: The club won its first title.\n1995: The stadium was rebuilt.\n"
        "2001: The coach resigned.\nLast updated: June 4, 2012\n"
    )
    assert [day for day, _, _ in _read(text)] == ["1990", "1995", "2001"]


# --- a numbered list of titled items, each item's date inside its line --------------------


@pytest.mark.parametrize("marker", ["{n}. ", "{n}) "])
def test_numbered_titled_items_take_the_date_inside_their_line(marker: str) -> None:
    items = [
        "1788 Fire & the Old Mill: The mill burned down in 1788 when a lamp fell.",
        "New Bridge Opens: On May 4, 1821, the town opened its first stone bridge.",
        "40 Years Later, Market Hall Rebuilt: On June 2, 1861, the hall reopened.",
        "Railway And Station In 1870, the railway reached the town from the coast.",
        "Town Charter & End To Disputes … signed on March 3, 1902.",
    ]
    lines = ["Five moments in the town's history", ""]
    for number, item in enumerate(items, 1):
        lines += [marker.format(n=number) + item, "The council met about it later.", ""]
    read = _read("\n".join(lines))
    assert [(day, end) for day, end, _ in read] == [
        ("1788", None), ("1821-05-04", None), ("1861-06-02", None), ("1870", None),
        ("1902-03-03", None),
    ]  # fmt: skip
    assert read[0][2].startswith("Fire & the Old Mill: The mill")
    assert read[2][2].startswith("40 Years Later, Market Hall Rebuilt: On June 2, 1861,")


def test_numbered_steps_without_dates_are_no_chronology() -> None:
    text = (
        "How to apply\n\n1. Fill in the form.\n2. Send it before May 4, 2021.\n"
        "3. Wait for a letter.\n4. Bring it to the office.\n"
    )
    assert _read(text) == []


def test_numbered_items_under_dated_lines_keep_the_documents_dates() -> None:
    # a date starts other lines: those are the document's dates, the rule stays away
    text = (
        "1990: The club was founded.\n\n1. Its first match: On May 4, 1991, it lost.\n"
        "2. Its first win: On June 1, 1991, it won.\n3. Its first cup: In 1995, it won a cup.\n"
        "4. Its stadium: On March 3, 1999, it moved.\n"
    )
    assert next(day for day, _, _ in _read(text)) == "1990"


# --- date forms: a span of years each with its era, a foreign month in brackets -------------


@pytest.mark.parametrize("era", ["CE", "AD", "C.E."])
def test_a_span_of_years_each_with_its_era(era: str) -> None:
    text = (
        f"1397 {era} - 1450 {era}: Life of the king.\n1418 {era} - 1450 {era}: His reign.\n"
        f"1419 {era}: An expedition.\n1443 {era}: The alphabet is finished.\n"
    )
    assert [(d, e) for d, e, _ in _read(text)] == [
        ("1397", "1450"), ("1418", "1450"), ("1419", None), ("1443", None)
    ]  # fmt: skip


def test_an_era_after_a_year_before_1000_stays_that_year() -> None:
    text = "618 CE - 907 CE: The Tang.\n960 CE: The Song.\n1279 CE: The Yuan.\n"
    assert _read(text)[1][:2] == ("0960", None)


@pytest.mark.parametrize(
    ("written", "month"), [("juin", "06"), ("juillet", "07"), ("Juli", "07"), ("June", "06")]
)
def test_a_month_in_brackets_after_its_year(written: str, month: str) -> None:
    text = (
        "1998: L'équipe est exclue.\n\n2002: Une affaire éclate.\n\n"
        f"2006 ({written}): plusieurs favoris sont écartés.\n\n2007: Un coureur est contrôlé.\n"
    )
    assert _read(text)[2][:2] == (f"2006-{month}", None)


@pytest.mark.parametrize(
    ("argument", "shown"),
    [
        ("1397 CE - 1450 CE", "between 1397-01-01 and 1450-12-31"),
        ("2006 (juin)", "between 2006-06-01 and 2006-06-30"),
    ],
)
def test_the_date_forms_work_in_range(argument: str, shown: str) -> None:
    from typer.testing import CliRunner

    from ktimeline.cli.app import app

    result = CliRunner().invoke(app, ["range", argument])
    assert result.exit_code == 0, result.output
    assert shown in result.output


# --- the page's date alone over a standfirst, the entries all older -------------------------


@pytest.mark.parametrize("day", ["29 September 2020", "September 29, 2020", "2020-09-29"])
@pytest.mark.parametrize(
    "entries",
    [
        ["1528: A mosque is built.", "1855: First clashes at the site.", "1949: Idols appear."],
        ["February 1975: A front is founded", "June 1991: The front takes power",
         "April 2018: A new premier sweeps to power"],
    ],
    ids=["years", "months"],
)  # fmt: skip
def test_the_pages_date_over_older_entries_is_no_entry(day: str, entries: list[str]) -> None:
    text = (
        f"Timeline: the dispute\n{day}\n\nWith the court's verdict due, we look back.\n\n"
        + "\n\n".join(entries)
        + "\n"
    )
    read = _read(text)
    assert len(read) == 3
    assert all(not words.startswith("With the court") for _, _, words in read)
    skipped = _skipped(text)
    assert day in skipped
    assert "With the court's verdict due, we look back." in skipped


def test_a_first_day_older_than_the_entries_stays_an_entry() -> None:
    text = (
        "Timeline\n12 March 1950\n\nThe dispute begins.\n\n1951: Talks.\n\n1955: A treaty.\n\n"
        "1960: A second treaty.\n"
    )
    assert _read(text)[0][:2] == ("1950-03-12", None)


# --- bulleted dates alone, their text below, an undated bullet between two of them ----------


@pytest.mark.parametrize("sign", ["•", "-", "*"])
def test_an_undated_bullet_between_bulleted_dates_is_an_event_of_the_date_above(
    sign: str,
) -> None:
    text = (
        f"{sign} 1990\n\nThe first law is passed.\n\n{sign} 1992\n\nA second law is passed.\n\n"
        f"{sign} A commission is set up to buy land.\n\n{sign} 1994\n\nThe commission reports.\n"
    )
    assert [(day, words) for day, _, words in _read(text)] == [
        ("1990", "The first law is passed."),
        ("1992", "A second law is passed."),
        ("1992", "A commission is set up to buy land."),
        ("1994", "The commission reports."),
    ]


def test_an_undated_bullet_in_lower_case_stays_apart() -> None:
    text = (
        "• 1990\n\nThe first law is passed.\n\n• 1992\n\nA second law is passed.\n\n"
        "• see also the act of 1985 and its amendments\n\n• 1994\n\nThe commission reports.\n"
    )
    assert [day for day, _, _ in _read(text)] == ["1990", "1992", "1994"]


# --- "on 29 March next year" and "29 March, 2019": the page's own year ----------------------


@pytest.mark.parametrize(
    ("said", "written", "year"),
    [
        ("On 29 March next year, the country will leave.", "It leaves on 29 March, 2019.", "2018"),
        ("The vote on June 4 next year decides it.", "The vote is on June 4, 2031.", "2030"),
        ("Since 12 May last year, talks have stalled.", "Talks stalled on 12 May 2015.", "2016"),
    ],
)
def test_a_day_said_next_year_gives_the_pages_year(said: str, written: str, year: str) -> None:
    text = (
        f"Key dates ahead\n\n{said}\n\n{written}\n\n29 January\n\nThe leaders meet.\n\n"
        "30 January\n\nThe upper house debates the bill.\n\n23 February\n\nA summit is held.\n"
    )
    assert [day for day, _, _ in _read(text)] == [
        f"{year}-01-29", f"{year}-01-30", f"{year}-02-23"
    ]  # fmt: skip


def test_a_day_said_next_year_without_its_year_gives_none() -> None:
    text = (
        "Key dates ahead\n\nOn 29 March next year, the country will leave.\n\n29 January\n\n"
        "The leaders meet.\n\n30 January\n\nThe upper house debates.\n\n23 February\n\nA summit.\n"
    )
    assert _read(text) == []


# --- a day over short bare lines: a list whose marks the page lost --------------------------


@pytest.mark.parametrize(
    "day", ["Saturday 7 February 2009. Black Saturday", "7 February 2009", "February 7, 2009:"]
)
def test_short_bare_lines_under_a_day_are_its_items(day: str) -> None:
    text = (
        "Chronology of the storms\n\n"
        f"{day}\nNorth coast flooded\nRiver bridge closed,\nHarbour wall breached\n"
        "Sunday 8 February 2009.\nThe two floods merge into one.\n"
    )
    read = _read(text)
    assert read == [
        ("2009-02-07", None, "North coast flooded"),
        ("2009-02-07", None, "River bridge closed,"),
        ("2009-02-07", None, "Harbour wall breached"),
        ("2009-02-08", None, "The two floods merge into one."),
    ]


def test_short_lines_running_into_a_paragraph_stay_its_text() -> None:
    text = (
        "7 February 2009\nThe storm came in\nfrom the west and\nflooded the coast and\n"
        "the river towns before it moved out to sea by the evening of the next day.\n"
        "8 February 2009\nThe floods receded.\n9 February 2009\nThe roads reopened.\n"
    )
    assert [day for day, _, _ in _read(text)] == ["2009-02-07", "2009-02-08", "2009-02-09"]


# --- a caption in capitals with the next "YEAR: TITLE" heading run into it ------------------


@pytest.mark.parametrize(
    "caption", ["SHARE OF HOMES WITH A TELEPHONE IN THE UK", "FIGURE 2: COSTS"]
)
def test_a_caption_glued_to_the_next_capital_heading(caption: str) -> None:
    text = (
        "1876: THE TELEPHONE\n\nBell files his patent.\n\n1878: THE EXCHANGE\n\n"
        "The first exchange opens.\n\n1891: AUTOMATIC DIALLING\n\nStrowger patents a switch.\n\n"
        f"{caption}1927: TRANSATLANTIC CALLS\n\nThe first call crosses the Atlantic.\n"
    )
    read = _read(text)
    assert read[-1][:2] == ("1927", None)
    assert read[-1][2].startswith("TRANSATLANTIC CALLS")
    assert caption in _skipped(text)


def test_one_glued_heading_without_such_headings_is_left() -> None:
    text = "Notes\n\nSEE THE TABLE1927: CALLS\n\n1990 The network grows.\n"
    assert "SEE THE TABLE" not in _skipped(text)


# --- two columns flattened side by side -----------------------------------------------------


def _side_by_side(left: list[str], right: list[str], width: int) -> str:
    rows = []
    for index in range(max(len(left), len(right))):
        one = left[index] if index < len(left) else ""
        two = right[index] if index < len(right) else ""
        rows.append((" " + one.ljust(width) + two).rstrip() if two else " " + one)
    return "\n".join(rows)


@pytest.mark.parametrize("width", [40, 52])
def test_two_columns_flattened_side_by_side_are_read_one_after_the_other(width: int) -> None:
    left = ["1636 College Founded", "Founded by the colony, it was", "the first college.", ""]
    right = [
        "1636 New Colony Founded", "Banished by the colony, a minister", "founded a new one.", "",
        "1637 A War", "The colonies attacked a tribe", "and burned its village.",
    ]  # fmt: skip
    text = "Two timelines\n\n" + _side_by_side(left, right, width) + "\n"
    assert [(day, words.split(" ")[0]) for day, _, words in _read(text)] == [
        ("1636", "College"), ("1636", "New"), ("1637", "A")
    ]  # fmt: skip
    read = _read(text)
    assert read[0][2] == "College Founded Founded by the colony, it was the first college."
    assert read[2][2] == "A War The colonies attacked a tribe and burned its village."


def test_a_table_of_dates_and_texts_is_no_two_columns() -> None:
    text = (
        "1950      The war begins.\n1951      Talks open.\n1953      An armistice is signed.\n"
        "1954      A conference in Geneva.\n"
    )
    assert [day for day, _, _ in _read(text)] == ["1950", "1951", "1953", "1954"]


def test_numbered_items_that_open_with_their_day_are_read_as_written() -> None:
    # "1. On August 22, 1910, …": the items open with their dates (after "On"): no title
    # before them, nothing to move
    text = "".join(
        f"{n}. On {day}, the council met.\n\n"
        for n, day in enumerate(["May 4, 1821", "June 2, 1861", "March 3, 1902", "May 1, 1910"], 1)
    )
    assert [day for day, _, _ in _read(text)] == [
        "1821-05-04", "1861-06-02", "1902-03-03", "1910-05-01"
    ]  # fmt: skip
