"""Issue 22, explore36: layouts met by trying new real pages as a new user would (a wiki's copy
with its edit links, bullets glued to their items, a yearbook's chronology, items stamped
with a time of day before their date), each rule on short chronologies written for the test
in other subjects and wordings (never the pages' own words), and what each must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- a wiki's section headings with the edit link first, or alone below the title -----------


def test_edit_mark_before_the_heading_is_a_heading_not_an_entry() -> None:
    text = (  # a railway's history, as an old wiki copy shows its sections
        "History of the line\n\n"
        "[edit] 19th century\n\n"
        "1825\n"
        "  • The first passenger train runs.\n"
        "1830\n"
        "[edit] 20th century\n\n"
        "1948\n"
        "  • The railways are nationalised.\n"
        "  • March 3: New liveries are shown.\n"
    )
    assert _read(text) == [
        ("1825", None, "The first passenger train runs."),
        ("1948", None, "The railways are nationalised."),
        ("1948-03-03", None, "New liveries are shown."),
    ]
    assert any("20th century" in piece for piece in left_out(text))


def test_a_lone_edit_link_below_a_year_makes_it_a_heading() -> None:
    text = (  # a city's history, as a reader's view of a newer wiki page shows it
        "Timeline of the city\n\n"
        "1666\n\n"
        "[edit]\n"
        "  • A great fire destroys the old town.\n\n"
        "1675\n\n"
        "[edit]\n\n"
        "1710\n\n"
        "[edit]\n"
        "  • The new cathedral is completed.\n"
    )
    assert _read(text) == [
        ("1666", None, "A great fire destroys the old town."),
        ("1710", None, "The new cathedral is completed."),
    ]
    assert reasons(text)["[edit]"] == "a wiki section's edit link"


def test_a_caption_below_a_lone_edit_link_is_left_out_where_items_are_bulleted() -> None:
    text = (  # a harbour's history, a picture at the top of one section
        "1850\n\n"
        "[edit]\n"
        "  • The first pier is built.\n\n"
        "1862\n\n"
        "[edit]\n"
        "The old lighthouse and its keeper's cottage\n\n"
        "1871\n\n"
        "[edit]\n"
        "  • A storm wrecks the breakwater.\n"
    )
    assert _read(text) == [
        ("1850", None, "The first pier is built."),
        ("1871", None, "A storm wrecks the breakwater."),
    ]
    assert (
        reasons(text)["The old lighthouse and its keeper's cottage"]
        == "a picture's caption under a wiki section's heading"
    )


def test_a_sentence_below_a_lone_edit_link_stays_an_entry() -> None:
    text = (
        "1850\n\n"
        "[edit]\n"
        "  • The first pier is built.\n\n"
        "1862\n\n"
        "[edit]\n"
        "The lighthouse is lit for the first time.\n\n"
        "1871\n\n"
        "[edit]\n"
        "  • A storm wrecks the breakwater.\n"
    )
    assert ("1862", None, "The lighthouse is lit for the first time.") in _read(text)


def test_a_lone_edit_link_under_a_sentence_names_no_heading() -> None:
    text = (
        "1901: The club is founded.\n"
        "1905: The club wins its first cup.\n"
        "1910: A stadium is built.\n"
        "The text ends here.\n"
        "[edit]\n"
    )
    got = _read(text)
    assert got[:2] == [
        ("1901", None, "The club is founded."),
        ("1905", None, "The club wins its first cup."),
    ]
    assert all(not entry[2].startswith("##") for entry in got)


# --- a bullet glued to its item's first word ------------------------------------------------


def test_a_bullet_glued_to_a_capital_starts_an_item_under_its_day() -> None:
    text = (  # a storm's days, the bullets without their space
        "Storm timeline\n\n"
        "Monday, October 7, 2024\n\n"
        "•The storm reaches category five.\n\n"
        "•Evacuation orders go out for the coast.\n\n"
        "Tuesday, October 8, 2024\n\n"
        "•Fuel runs short in the west of the state.\n\n"
        "•The airport closes.\n"
    )
    assert _read(text) == [
        ("2024-10-07", None, "The storm reaches category five."),
        ("2024-10-07", None, "Evacuation orders go out for the coast."),
        ("2024-10-08", None, "Fuel runs short in the west of the state."),
        ("2024-10-08", None, "The airport closes."),
    ]


def test_a_glued_square_bullet_in_a_korean_list_starts_an_item() -> None:
    text = "2019년 6월 30일\n▪판문점에서 회담이 열린다.\n▪양측이 성명을 낸다.\n▪회담이 끝난다.\n"
    assert [date for date, _, _ in _read(text)] == ["2019-06-30"] * 3


def test_a_dash_glued_to_a_lower_case_word_is_no_bullet() -> None:
    text = (
        "March 3, 2020: The plan is an evidence\n"
        "-based approach to the outbreak.\n"
        "March 9, 2020: Schools close.\n"
    )
    assert _read(text)[0] == (
        "2020-03-03",
        None,
        "The plan is an evidence -based approach to the outbreak.",
    )


# --- a yearbook's title year is not its chronology's -----------------------------------------


def test_a_yearbook_title_does_not_give_its_year_to_the_chronology() -> None:
    text = (  # a statistics office's yearbook, the chronology of the year before
        "Statistical Yearbook 2021\n\n"
        "Chronology 2020\n\n"
        "Statistical Yearbook 2021\n\n"
        "3 Feb.\n\nThe census law is passed.\n\n"
        "14 Mar.\n\nThe census is postponed.\n\n"
        "2 Jun.\n\nField work begins.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["2020-02-03", "2020-03-14", "2020-06-02"]


def test_a_yearbook_alone_gives_no_year_the_entries_are_reported() -> None:
    text = (
        "Jahrbuch 2016\n\n"
        "3. Februar: Das Gesetz wird verabschiedet.\n"
        "14. März: Die Zählung wird verschoben.\n"
        "2. Juni: Die Feldarbeit beginnt.\n"
    )
    assert _read(text) == []
    assert "3. Februar: Das Gesetz wird verabschiedet." in " ".join(left_out(text))


def test_a_year_title_that_is_no_yearbook_still_gives_its_year() -> None:
    text = "Events of 2020\n\n3 Feb.\n\nA law is passed.\n\n14 Mar.\n\nA vote is held.\n"
    assert [date for date, _, _ in _read(text)] == ["2020-02-03", "2020-03-14"]


def test_a_chronology_heading_with_its_year_gives_the_days_below_their_year() -> None:
    text = (  # a festival's programme
        "Chronology of 1998\n\n"
        "3 Feb.\n\nThe programme is announced.\n\n"
        "14 Mar.\n\nTickets go on sale.\n\n"
        "2 Jun.\n\nThe festival opens.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1998-02-03", "1998-03-14", "1998-06-02"]


# --- a time of day before an item's whole date ----------------------------------------------


def test_a_time_before_each_whole_date_is_listed_and_the_item_read() -> None:
    text = (  # a parliament's landmarks, each stamped by the page's system
        "Seventy years of the assembly\n\n"
        "12:00 AM March 4, 1952: The assembly meets for the first time\n\n"
        "Its members take the oath in the old hall.\n\n"
        "9:30 PM June 1, 1967 - The assembly moves to its new building\n\n"
        "12:00 AM 12 May 1999: Televised sittings begin\n"
    )
    got = _read(text)
    assert [(date, words.split()[:3]) for date, _, words in got] == [
        ("1952-03-04", ["The", "assembly", "meets"]),
        ("1967-06-01", ["The", "assembly", "moves"]),
        ("1999-05-12", ["Televised", "sittings", "begin"]),
    ]
    why = reasons(text)
    assert (
        why["12:00 AM"]
        == why["9:30 PM"]
        == "a time of day before the item's date (the page's stamp)"
    )


def test_a_time_before_a_date_without_its_separator_or_year_is_no_item() -> None:
    text = (
        "Timeline\n\n"
        "June 1, 1952: The strike begins.\n"
        "9:30 PM June 2, 1952 The crowd disperses.\n"
        "10:15 on June 3 the police arrive.\n"
        "June 4, 1952: The strike ends.\n"
    )
    dates = [date for date, _, _ in _read(text)]
    assert "1952-06-03" not in dates
    assert dates[0] == "1952-06-01" and dates[-1] == "1952-06-04"
