"""Issue 22, fifteenth round: layout families the blind parts held-out-10 and held-out-11
showed, each as a general rule with a synthetic case (no text of the real corpus is copied
here)."""

from __future__ import annotations

from tests.import_split import dates, in_no_entry

# --- page text between entries ------------------------------------------------------------

SECTIONS = (
    "Bridge timeline\n\n"
    "Part 1\nThe Wooden Bridges\n\nLong before stone, the river was crossed on timber.\n\n"
    "1176\nThe first stone bridge is begun\n\n"
    "1209\nThe bridge is finished\n\n"
    "Part 2\nThe Houses on the Bridge\n\nShops and houses soon lined the whole roadway.\n\n"
    "1381\nRebels cross the bridge\n\n"
    "Chapter IV\nThe New Bridge\n\nA wider bridge was needed for the traffic of the city.\n\n"
    "1831\nThe new bridge opens\n"
)


def test_a_section_label_ends_the_entry_above_and_its_title_and_text_are_reported() -> None:
    found = dates(SECTIONS)
    assert [(d, t) for d, _, t in found] == [
        ("1176", "The first stone bridge is begun"),
        ("1209", "The bridge is finished"),
        ("1381", "Rebels cross the bridge"),
        ("1831", "The new bridge opens"),
    ]
    in_no_entry(SECTIONS, "Part 2", "The Houses on the Bridge", "Shops and houses soon",
                "Chapter IV", "The New Bridge", "A wider bridge was needed")  # fmt: skip


def test_a_section_label_is_only_a_whole_line() -> None:
    text = "1176 - Part 2 of the plan is begun\n1209 - The bridge is finished\n"
    assert [t for _, _, t in dates(text)] == ["Part 2 of the plan is begun",
                                              "The bridge is finished"]  # fmt: skip


CREDIT = (
    "1995    A vaccine is licensed\n\n"
    "1996    A second vaccine is licensed\n\n"
    "1998    A third vaccine is licensed\n\n"
    "adapted from a public health handbook, 4th edition\n"
)


def test_a_credit_in_its_own_paragraph_is_no_text_of_the_last_entry() -> None:
    assert dates(CREDIT)[-1] == ("1998", None, "A third vaccine is licensed")
    in_no_entry(CREDIT, "adapted from a public health handbook")


def test_words_of_a_credit_wrapped_in_an_entry_stay_its_text() -> None:
    text = (
        "1939 - A film is released, its story\nadapted from a novel of the same name\n"
        "1940 - Another film\n1941 - A third film\n"
    )
    assert (
        dates(text)[0][2] == "A film is released, its story adapted from a novel of the same name"
    )


CITED = (
    "2000        Jan 25, A complaint was filed in the capital against the former ruler of\n"
    "the country. It listed ninety cases of political killings and forty of torture\n"
    "and was heard by the court of appeal before the end of the month, in public.\n"
    "   (NYT, 1/27/00, p.C2)(NYT, 2/4/00, p.D8)\n\n\n"
    "2000        Feb 3, The court of appeal indicted the former ruler, who had lived in\n"
    "exile for many years in the capital of a neighbouring country, on all counts.\n"
    "   (WP, 5/31/00, p.A26)\n\n\n"
    "2000        Mar 9, He was placed under house arrest by the police of the capital\n"
    "while the court of appeal heard his lawyers in a closed session, for two days.\n"
    "   (Econ, 3/11/00, p.63)\n"
)


def test_a_line_of_citations_is_no_text_of_the_entry() -> None:
    found = dates(CITED)
    assert [d for d, _, _ in found] == ["2000-01-25", "2000-02-03", "2000-03-09"]
    assert found[0][2].endswith("before the end of the month, in public.")
    in_no_entry(CITED, "(NYT, 1/27/00, p.C2)", "(WP, 5/31/00, p.A26)", "(Econ, 3/11/00, p.63)")


PLACEHOLDER = (
    "1969\nThe army is sent in and the fighting begins\n"
    "1971\nInternment without trial begins\n"
    "1972\nThe worst year of the conflict\n{related}\n"
    "1974\nThe talks fail\n"
)


def test_a_template_placeholder_alone_on_its_line_is_layout() -> None:
    assert [t for _, _, t in dates(PLACEHOLDER)][2] == "The worst year of the conflict"
    in_no_entry(PLACEHOLDER, "{related}")


# --- a page's own date at its top -----------------------------------------------------------

POSTED = (
    "ID :\n60828\nSat, 05/16/2009 - 04:57\nAuthor :\n\n"
    "Key dates of the joint park\n\n"
    "June 15, 2000 -- The two leaders sign a statement.\n\n"
    "Aug. 22 -- A company signs an agreement on the land.\n\n"
    "Dec. 8, 2002 -- The governments sign an agreement on customs.\n\n"
    "June 30, 2003 -- Construction begins.\n"
)


def test_a_post_date_and_time_at_the_top_is_no_entry() -> None:
    assert [d for d, _, _ in dates(POSTED)] == ["2000-06-15", "2000-08-22", "2002-12-08",
                                                "2003-06-30"]  # fmt: skip
    in_no_entry(POSTED, "Sat, 05/16/2009 - 04:57", "Key dates of the joint park")


def test_entries_of_dates_with_times_are_no_posted_stamp() -> None:
    text = (
        "A night\n\nMay 3, 1999, 1 a.m.\n\nThe test begins.\n\n"
        "May 3, 1999, 11:10 p.m.\n\nThe shift changes.\n\n"
        "May 4, 1999, 12:28 a.m.\n\nPower falls.\n\nMay 4, 1999, 1:23 a.m.\n\nThe blast.\n"
    )
    assert len(dates(text)) == 4


CLIPPING = (
    "Mar 3 2016 : The Daily Courier (Leeds)\n"
    "A short history of the cup\n\n"
    "Eight clubs met for the first cup in 1971, and it has been played every four years.\n\n"
    "1971 in Leeds\n\n\nThe hosts win the first final easily.\n\n"
    "1975 in York\n\n\nA close final is decided by one goal.\n\n"
    "1979 in Hull\n\n\nThe holders lose in the first round.\n\n"
    "1983 in Bath\n\n\nA new champion is crowned.\n"
)


def test_a_clipping_dateline_over_years_is_no_entry() -> None:
    assert [d for d, _, _ in dates(CLIPPING)] == ["1971", "1975", "1979", "1983"]
    in_no_entry(CLIPPING, "The Daily Courier (Leeds)", "A short history of the cup",
                "Eight clubs met for the first cup")  # fmt: skip


PICTURES = (
    "2000\n\n"
    "  • A new bridge opens over the river.\n"
    "  • The old bridge is closed to traffic.\n\n"
    "    The mayor and the engineer on … the new bridge.\n\n"
    "    The mayor and the engineer on … the new bridge.\n\n"
    "2001\n\n"
    "  • A flood reaches the city.\n\n"
    "    March 3, 2001 - The flooded square.\n\n"
    "    March 3, 2001 – The flooded square.\n\n"
    "  • The city council builds a dike.\n"
    "  • The first tram runs.\n"
)


def test_a_caption_written_twice_is_layout_and_the_year_goes_on() -> None:
    assert [(d, t) for d, _, t in dates(PICTURES)] == [
        ("2000", "A new bridge opens over the river."),
        ("2000", "The old bridge is closed to traffic."),
        ("2001", "A flood reaches the city."),
        ("2001", "The city council builds a dike."),
        ("2001", "The first tram runs."),
    ]
    in_no_entry(PICTURES, "The mayor and the engineer", "March 3, 2001 - The flooded square.")


def test_two_paragraphs_alike_at_the_margin_stay_two_events() -> None:
    text = "1881:\nThe bank opens.\n\nThe bank opens.\n1882:\nA fire.\n"
    assert [t for _, _, t in dates(text)] == ["The bank opens.", "The bank opens.", "A fire."]


PERIOD = "2001 - Present\n2001\nA court rules.\n2002\nA church settles.\n2003\nA fund opens.\n"


def test_a_period_to_the_present_over_dates_is_a_heading() -> None:
    assert [d for d, _, _ in dates(PERIOD)] == ["2001", "2002", "2003"]
    in_no_entry(PERIOD, "2001 - Present")


# --- entries run together, each numeric day glued to the texts around it --------------------

GLUED = (
    "10/30/2022New bridge opens10/28/2018Council elected09/30/2016Mayor resigns.09/14/2016"
    "Charges filed against the mayor\n"
    "06/18/2021Harbour reopens01/02/2020Storm floods the market\n"
)


def test_numeric_days_glued_to_their_texts_start_entries() -> None:
    assert dates(GLUED) == [
        ("2022-10-30", None, "New bridge opens"),
        ("2018-10-28", None, "Council elected"),
        ("2016-09-30", None, "Mayor resigns."),
        ("2016-09-14", None, "Charges filed against the mayor"),
        ("2021-06-18", None, "Harbour reopens"),
        ("2020-01-02", None, "Storm floods the market"),
    ]


def test_one_glued_day_is_no_pattern() -> None:
    text = "Notes\nVersion 1.2.2020Beta was released\n1990: A\n1991: B\n1992: C\n"
    assert [d for d, _, _ in dates(text)] == ["1990", "1991", "1992"]


RUN_DAYS = (
    "City handbook uploaded May 2, 1998 APPENDIX 4. CHRONOLOGY 1951 3 May The new bridge is"
    " opened at the river. 9 June A flood reaches the market. 1952 14 March The council meets"
    " in the old hall. 2 April Work begins on the harbour, which was closed until 3 May of"
    " that year. 12-13 August The harbour holds its first fair. 1953 1 July A tram line opens."
    " 5 October The tram line is extended.\n"
)


def test_year_and_day_items_run_together_on_one_line_are_each_an_entry() -> None:
    assert [(d, e) for d, e, _ in dates(RUN_DAYS)] == [
        ("1951-05-03", None),
        ("1951-06-09", None),
        ("1952-03-14", None),
        ("1952-04-02", None),
        ("1952-08-12", "1952-08-13"),
        ("1953-07-01", None),
        ("1953-10-05", None),
    ]
    assert dates(RUN_DAYS)[3][2].endswith("closed until 3 May of that year.")
    in_no_entry(RUN_DAYS, "City handbook uploaded May 2, 1998")


COLUMNS = (
    "1955    A new school opens\n"
    "1963    The bridge is widened\n"
    "            Trams cross the river\n"
    "1970    The harbour is dredged\n"
    "1981    The market moves\n"
    "            The old hall is sold\n"
)


def test_a_second_row_in_the_text_column_under_a_date_is_its_own_entry() -> None:
    assert [(d, t) for d, _, t in dates(COLUMNS)] == [
        ("1955", "A new school opens"),
        ("1963", "The bridge is widened"),
        ("1963", "Trams cross the river"),
        ("1970", "The harbour is dredged"),
        ("1981", "The market moves"),
        ("1981", "The old hall is sold"),
    ]


def test_a_lower_case_line_in_the_text_column_carries_the_row_on() -> None:
    text = COLUMNS.replace("Trams cross", "and trams cross")
    assert dates(text)[1][2] == "The bridge is widened and trams cross the river"
