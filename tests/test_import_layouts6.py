"""Issue 22, sixth round: layouts the blind held-out runs showed unread, each as a general
rule with a synthetic case (no text of the real corpus is copied here): misspelt months in
the one date grammar, live pages' time stamps, photo captions that end on their credit, wiki
markup, titles with their date in brackets, and items run together with no separator."""

from __future__ import annotations

from datetime import date as date_type

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ktimeline import dates as grammar
from ktimeline.errors import UsageError
from ktimeline.importing.entries import split_entries
from tests.import_split import dates

# --- misspelt months: one grammar for `range` and `import` ------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Febuary 1994", "1994-02-01", "1994-02-28"),
        ("Feburary 1994", "1994-02-01", "1994-02-28"),
        ("Agust 3, 2019", "2019-08-03", "2019-08-03"),
        ("3 Setpember 2001", "2001-09-03", "2001-09-03"),
        ("Ocotber 2019", "2019-10-01", "2019-10-31"),
        ("Sept 5, 2019", "2019-09-05", "2019-09-05"),
        ("Dec 5 2019", "2019-12-05", "2019-12-05"),
    ],
)
def test_a_misspelt_or_short_month_is_read_as_an_argument(
    written: str, start: str, end: str
) -> None:
    span = grammar.parse_date_argument(written, "date")
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_a_word_that_only_starts_like_a_month_is_still_no_date() -> None:
    with pytest.raises(UsageError):
        grammar.parse_date_argument("Agustin 1994", "date")


def test_misspelt_months_start_entries_in_a_chronology() -> None:
    text = (
        "### Feburary 1994\n"
        "Talks begin in Geneva.\n"
        "Agust 3, 1994: The agreement is drafted.\n"
        "Ocotber 21, 1994 – The Agreed Framework is signed.\n"
        "Sept 5, 1995: A supply office opens.\n"
    )
    assert dates(text) == [
        ("1994-02", None, "Talks begin in Geneva."),
        ("1994-08-03", None, "The agreement is drafted."),
        ("1994-10-21", None, "The Agreed Framework is signed."),
        ("1995-09-05", None, "A supply office opens."),
    ]


def test_a_year_with_a_letter_for_a_digit_in_a_bulleted_list_is_reported_not_guessed() -> None:
    text = "• l895 – Taiwan is ceded.\n• 1896 – A treaty.\n• 1897 – An empire.\n"
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1896", "1897"]
    assert [(s.line, "l895" in s.reason) for s in split.unplaced] == [(1, True)]


# --- live pages: the time stamp out of the text, the day from the page's date ------------------

LIVE_PAGE = (
    " date 2021-03-04 Follow our live coverage of the vote.\n"
    "\n"
    "14:32 Polls close across the country\n"
    "\n"
    "Voters queued for hours. Photo: Jane Smith\n"
    "\n"
    "A record turnout was reported.\n"
    "\n"
    "10:15 GMT Counting begins in the capital\n"
    "\n"
    "9.08pm - Turnout figures released\n"
    "\n"
    "8.52pm Early results favour the opposition\n"
)


def test_a_live_pages_updates_are_entries_of_its_day_without_their_time_stamps() -> None:
    split = split_entries(LIVE_PAGE)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2021-03-04", "Polls close across the country A record turnout was reported."),
        ("2021-03-04", "Counting begins in the capital"),
        ("2021-03-04", "Turnout figures released"),
        ("2021-03-04", "Early results favour the opposition"),
    ]
    assert [e.note for e in split.entries] == [
        f"time stamp {stamp} left out (no time of day in the data)"
        for stamp in ("14:32", "10:15 GMT", "9.08pm", "8.52pm")
    ]
    # the caption between the headline and its body is reported, not part of the entry
    assert [(s.line, s.reason) for s in split.layout] == [(5, "figure caption or photo credit")]
    assert split.pattern is not None
    assert split.pattern.describe().startswith("entries: a live page's updates")


def test_times_without_a_page_date_date_nothing() -> None:
    text = LIVE_PAGE.replace(" date 2021-03-04 ", "")
    assert split_entries(text).entries == []


def test_two_stamps_are_no_live_page() -> None:
    text = " date 2021-03-04 Live.\n\n9.08pm - Turnout figures released\n\n8.52pm Results\n"
    assert split_entries(text).entries == []


def test_a_bare_time_before_lower_case_words_is_no_stamp() -> None:
    text = (
        " date 2021-03-04 Live.\n\n9.08pm - One\n\n8.52pm Two\n\n8.40pm Three\n\n"
        "9.30 percent of votes were counted by then\n"
    )
    split = split_entries(text)
    # no fourth update: the line is the body of the third
    assert [e.text for e in split.entries] == [
        "One",
        "Two",
        "Three 9.30 percent of votes were counted by then",
    ]


# --- wiki markup: what a reader of the page sees --------------------------------------------

WIKI_YEARS = (
    "{{Short description|Timeline of a war}}\n"
    "{{Infobox event\n"
    "| name = The war\n"
    "}}\n"
    "This is a '''timeline of the [[Korean War]]'''.<ref>{{cite book |title=The War}}</ref>\n"
    "\n"
    "==1950==\n"
    "===June===\n"
    "* [[June 25]] &ndash; The [[Korean People's Army|KPA]] crosses the "
    '[[38th parallel north|38th parallel]].<ref name="a">Smith, p. 4.</ref>\n'
    "* [[June 27]] – The [[United Nations Security Council]] adopts a resolution.<ref "
    'name="b" />\n'
    "===July===\n"
    "# [[July 20]] – ''Taejon'' falls.{{citation needed|date=May 2020}}\n"
    "\n"
    "[[File:Map.jpg|thumb|A map of the [[front]]]]\n"
    "== 1953 ==\n"
    "* [[July 27]] – The armistice is signed.<!-- check the day -->\n"
    "\n"
    "== References ==\n"
    "{{reflist}}\n"
    "[[Category:Wars]]\n"
)


def test_wiki_source_is_read_as_its_page_shows_it() -> None:
    split = split_entries(WIKI_YEARS)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1950-06-25", "The KPA crosses the 38th parallel."),
        ("1950-06-27", "The United Nations Security Council adopts a resolution."),
        ("1950-07-20", "Taejon falls."),
        ("1953-07-27", "The armistice is signed."),
    ]
    left_out = {(s.line, s.reason): s.text for s in split.layout}
    assert left_out[(1, "wiki template")] == "{{Short description|Timeline of a war}}"
    assert [line for line, reason in left_out if reason == "wiki template"] == [1, 2, 3, 4, 12, 19]
    assert left_out[(9, "wiki reference (a footnote)")] == '<ref name="a">Smith, p. 4.</ref>'
    assert (16, "wiki comment") in left_out
    assert left_out[(14, "wiki file or category link")].startswith("[[File:Map.jpg")
    assert left_out[(20, "wiki file or category link")] == "[[Category:Wars]]"
    assert {(7, "heading"), (8, "heading"), (11, "heading"), (15, "heading")} <= set(left_out)
    # nothing of the markup is in an entry's text
    for entry in split.entries:
        assert not any(sign in entry.text for sign in ("[[", "]]", "''", "<ref", "{{", "&"))


def test_a_wiki_year_page_takes_its_year_from_its_lead_and_reads_nested_items() -> None:
    text = (
        "The following lists events that happened during 1994 in [[South Korea]].\n"
        "\n"
        "== Events ==\n"
        "=== January ===\n"
        "*[[January 1]] &ndash; A new tax law takes effect.\n"
        "*[[January 17]]\n"
        "** The first talks open in [[Geneva]].\n"
        "** A second meeting is called.\n"
        "=== February ===\n"
        "; [[February 20]]\n"
        ": Protests in [[Seoul]].<ref>{{cite news|title=A}}\n"
        "The news, 21 February.</ref>\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1994-01-01", "A new tax law takes effect."),
        ("1994-01-17", "The first talks open in Geneva."),
        ("1994-01-17", "A second meeting is called."),
        ("1994-02-20", "Protests in Seoul."),
    ]
    references = [(s.line, s.text) for s in split.layout if s.reason.startswith("wiki ref")]
    assert references == [
        (11, "<ref>{{cite news|title=A}}"),
        (12, "The news, 21 February.</ref>"),
    ]


def test_a_wiki_table_is_read_row_by_row() -> None:
    text = (
        "Key dates of the [[treaty]]:\n"
        '{| class="wikitable"\n'
        "! Date !! Event\n"
        "|-\n"
        "| [[April 1]], 1994 || A ceremony is held.\n"
        "|-\n"
        "| April 9, 1994 || Talks resume.\n"
        "|-\n"
        "| April 19, 1994 || Talks end in [[Bern]].\n"
        "|}\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1994-04-01", "A ceremony is held."),
        ("1994-04-09", "Talks resume."),
        ("1994-04-19", "Talks end in Bern."),
    ]
    assert [s.line for s in split.layout if s.reason == "wiki table markup"] == [2, 3, 4, 6, 8, 10]


@pytest.mark.parametrize(
    "text",
    [
        # a web page's template tags ("{{^adFree}}") make no wiki source
        "Jan. 1: A begins {{^adFree}} {{/adFree}}\nJan. 2: B {{^adFree}}\nJan. 3: C {{x}}\n",
        # two wiki links are no wiki document (their words are read, nothing reported)
        "1950: [[A]] happens.\n1951: [[B]] happens.\n1952: C happens.\n",
    ],
)
def test_text_with_few_wiki_signs_is_not_read_as_wiki(text: str) -> None:
    split = split_entries(text, 2024)
    assert not any(s.reason.startswith("wiki") for s in split.layout)
    assert len(split.entries) == 3


def test_html_entities_are_read_in_any_text() -> None:
    text = "June 25, 1950 &ndash; War begins.\nJuly 27, 1953 &mdash; Armistice &amp; talks.\n"
    assert dates(text) == [
        ("1950-06-25", None, "War begins."),
        ("1953-07-27", None, "Armistice & talks."),
    ]


# --- a title with its date in brackets ------------------------------------------------------


def test_an_items_title_with_its_date_in_brackets_starts_an_entry() -> None:
    text = (
        "Notable events\n"
        "- The Siege of Leningrad (September 1941-January 1944): The city is cut off.\n"
        "• Operation Barbarossa (June 22, 1941) – Germany invades the Soviet Union.\n"
        "- The Moscow Conference (October 1943): Allied ministers meet.\n"
    )
    assert dates(text) == [
        ("1941-09", "1944-01", "The Siege of Leningrad: The city is cut off."),
        ("1941-06-22", None, "Operation Barbarossa – Germany invades the Soviet Union."),
        ("1943-10", None, "The Moscow Conference: Allied ministers meet."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a name's lifetime is no date of an event
        "- Winston Churchill (1874-1965): Prime Minister during the war.",
        # a sentence before the bracket is no title
        "- The war ended. Peace came at last (May 1945): Germany surrendered.",
        # a bracket that holds more than a date
        "- The Yalta Conference (held in February 1945): Leaders meet.",
    ],
)
def test_a_bracket_that_is_no_titles_date_starts_no_entry(line: str) -> None:
    split = split_entries(line + "\n")
    assert split.entries == []


def test_a_span_of_months_with_a_year_on_each_side_is_one_date() -> None:
    text = (
        "September 1941 – January 1944: The siege.\n"
        "December 1950-January: The retreat.\n"
        "May 1945 to April 1944: Backwards.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.end_date, e.text) for e in split.entries] == [
        ("1941-09", "1944-01", "The siege."),
        ("1950-12", "1951-01", "The retreat."),
    ]
    assert [(s.line, "ends before it starts" in s.reason) for s in split.unplaced] == [(3, True)]


# --- other shapes: a tilde span, an arrow, a date in brackets first, a date ending its line ---


def test_a_tilde_between_two_days_is_a_span() -> None:
    text = "Feb. 14~16, 2020: A conference.\nMar. 1〜3, 2020: Talks.\n"
    assert dates(text) == [
        ("2020-02-14", "2020-02-16", "A conference."),
        ("2020-03-01", "2020-03-03", "Talks."),
    ]


def test_an_arrow_after_the_date_separates_where_the_document_writes_it_so() -> None:
    text = "1950 → War begins.\n1951 → Stalemate.\n1953 → Armistice.\n"
    assert dates(text) == [
        ("1950", None, "War begins."),
        ("1951", None, "Stalemate."),
        ("1953", None, "Armistice."),
    ]


@pytest.mark.parametrize(("left", "right"), [("[", "]"), ("(", ")")])
def test_a_date_in_brackets_at_the_start_of_each_line_starts_an_entry(
    left: str, right: str
) -> None:
    text = "".join(
        f"{left}{day}{right} {what}\n"
        for day, what in (
            ("June 25, 1950", "War."),
            ("27 June 1950", "UN acts."),
            ("July 1950", "Osan."),
        )
    )
    assert dates(text) == [
        ("1950-06-25", None, "War."),
        ("1950-06-27", None, "UN acts."),
        ("1950-07", None, "Osan."),
    ]


def test_items_whose_dates_end_their_lines_are_entries_with_their_paragraphs() -> None:
    text = (
        "Key battles\n\n"
        "Battle of Osan (July 5, 1950)\nThe first clash.\n\n"
        "• Pusan Perimeter – August 1950\nUN forces hold a line.\n\n"
        "Inchon Landing (15 September 1950)\nAn amphibious assault.\n\n"
        "Famous people\nKim Il Sung (1912–1994)\nSyngman Rhee (1875–1965)\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1950-07-05", "Battle of Osan The first clash."),
        ("1950-08", "Pusan Perimeter UN forces hold a line."),
        ("1950-09-15", "Inchon Landing An amphibious assault."),
    ]
    # a lifetime in brackets is no date of an event: reported, not an entry
    assert {"Kim Il Sung (1912–1994)", "Syngman Rhee (1875–1965)"} <= {
        s.text for s in split.unplaced
    }


def test_dates_at_the_ends_of_lines_are_no_layout_where_dates_start_lines() -> None:
    text = (
        "1950: The war begins (June 25, 1950).\n"
        "1951: Talks open (July 10, 1951).\n"
        "1953: The armistice is signed (July 27, 1953).\n"
    )
    assert [e.text for e in split_entries(text).entries] == [
        "The war begins (June 25, 1950).",
        "Talks open (July 10, 1951).",
        "The armistice is signed (July 27, 1953).",
    ]


def test_days_with_a_spaced_dash_under_month_headings_are_entries_of_those_days() -> None:
    text = "June 1950\n25 – North Korea invades.\n27 – UN acts.\nJuly 1950\n5 – Osan.\n"
    assert dates(text) == [
        ("1950-06-25", None, "North Korea invades."),
        ("1950-06-27", None, "UN acts."),
        ("1950-07-05", None, "Osan."),
    ]


def test_a_numbered_list_with_dashes_is_no_days() -> None:
    text = "June 1950\n1 – North Korea invades.\n2 – UN acts.\n3 – Osan.\n"
    split = split_entries(text)
    assert all(e.date == "1950-06" for e in split.entries)


# --- quarters; labelled fields -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Q1 2020", "2020-01", "2020-03"),
        ("2020 Q3", "2020-07", "2020-09"),
        ("third quarter of 2019", "2019-07", "2019-09"),
        ("4th quarter 2018", "2018-10", "2018-12"),
    ],
)
def test_a_quarter_of_a_year_is_its_three_months(written: str, start: str, end: str) -> None:
    text = f"{written}: Sales grow.\nMay 2021: A launch.\n"
    assert dates(text)[0] == (start, end, "Sales grow.")


def test_q5_is_no_quarter() -> None:
    assert dates("Q5 2020: Sales grow.\n") == []


def test_labelled_fields_are_read_as_a_date_and_its_text() -> None:
    text = (
        "Date: June 25, 1950\nEvent: North Korea invades.\n\n"
        "Date: June 27, 1950\nDescription: The UN acts.\n\n"
        "When: July 5, 1950 Event: Battle of Osan.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1950-06-25", "North Korea invades."),
        ("1950-06-27", "The UN acts."),
        ("1950-07-05", "Battle of Osan."),
    ]
    assert [(s.line, s.text) for s in split.layout if s.reason == "a field's label"] == [
        (1, "Date:"),
        (2, "Event:"),
        (4, "Date:"),
        (5, "Description:"),
        (7, "When: Event:"),
    ]


def test_two_labelled_dates_are_no_layout() -> None:
    text = "Date: June 25, 1950\nEvent: North Korea invades.\nDate: June 27, 1950\n"
    assert all(s.reason != "a field's label" for s in split_entries(text).layout)


@pytest.mark.parametrize(
    "top",
    [
        "Election live\nBy Jane Smith | June 12, 2018\n",
        "Election live\nTuesday 12 June 2018\n",
        "Published: 12 June 2018\nElection live\n",
        "Updated: June 12, 2018 3:48pm\n",
        "Posted on June 12, 2018 by Jane Smith\n",
    ],
)
@pytest.mark.parametrize(
    "stamps",
    [
        ("**9.08pm**", "**8.52pm**", "**8.40pm**"),
        ("12:05 PM ET", "11:50 AM ET", "11:30 AM ET"),
        ("12.05 BST", "11.50 BST", "11.30 BST"),
        ("14:32 -", "14:10 -", "13:55 -"),
    ],
)
def test_a_live_pages_day_from_its_dateline_byline_or_published_line(
    top: str, stamps: tuple[str, str, str]
) -> None:
    first, second, third = stamps
    text = (
        f"{top}\n{first} Polls close\n\nVoters queued.\n\n{second} Counting begins\n\n"
        f"{third} Turnout released\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2018-06-12", "Polls close Voters queued."),
        ("2018-06-12", "Counting begins"),
        ("2018-06-12", "Turnout released"),
    ]


def test_a_days_hours_in_order_under_its_date_are_items_that_keep_their_times() -> None:
    text = "June 12, 2018\n9:00 am – Trump arrives.\n10:00 am – Handshake.\n1:30 pm – Signing.\n"
    assert [(e.date, e.text, e.note) for e in split_entries(text).entries] == [
        ("2018-06-12", "9:00 am – Trump arrives.", None),
        ("2018-06-12", "10:00 am – Handshake.", None),
        ("2018-06-12", "1:30 pm – Signing.", None),
    ]


def test_a_chronology_of_hours_with_a_heading_for_each_day_is_no_live_page() -> None:
    text = (
        "25 April 1986\n22:00 – A test is set.\n23:10 – Power is reduced.\n"
        "26 April 1986\n01:05 – Pumps start.\n01:23 – The reactor explodes.\n"
    )
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1986-04-25"] * 2 + ["1986-04-26"] * 2
    assert all(e.note is None for e in split.entries)


def test_a_wiki_tables_rows_with_a_cell_a_line_attributes_and_date_templates() -> None:
    text = (
        "The '''timeline of the [[Korean War]]''' lists events.\n"
        '{| class="wikitable sortable"\n'
        "|-\n"
        "! Date !! Event\n"
        "|-\n"
        "| {{dts|1950|06|25}}\n"
        "| [[North Korea]] invades [[South Korea]].\n"
        "|-\n"
        '| style="white-space:nowrap" | 27 June 1950 || The [[UN]] adopts a resolution.\n'
        "|-\n"
        "| {{dts|1950|7}}\n"
        "| [[Battle of Osan|Osan]].<ref>Smith</ref>\n"
        "|}\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text, e.line) for e in split.entries] == [
        ("1950-06-25", "North Korea invades South Korea.", 6),
        ("1950-06-27", "The UN adopts a resolution.", 9),
        ("1950-07", "Osan.", 11),
    ]
    assert (12, "<ref>Smith</ref>") in {(s.line, s.text) for s in split.layout}
    cells = [(s.line, s.reason) for s in split.layout if s.reason.startswith("a table cell")]
    assert cells == [(7, "a table cell, read with line 6"), (12, "a table cell, read with line 11")]


def test_wiki_blocks_over_several_lines_are_reported_never_joined() -> None:
    text = (
        "'''Korea in the 1950s''' was turbulent.<!-- a comment\nthat spans lines -->\n"
        "== 1950s ==\n"
        '* [[June 25]], [[1950]] – The war begins.<ref name="x">A\nB</ref> More.\n'
        '* [[July 27]], [[1953]] – Armistice.<ref name="y"/>\n'
        "<gallery>\nFile:A.jpg|Seoul in 1950\n</gallery>\n"
        "== 1960 ==\n* [[April 19]] – [[April Revolution]].\n"
        "== References ==\n<references />\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1950-06-25", "The war begins. More."),
        ("1953-07-27", "Armistice."),
        ("1960-04-19", "April Revolution."),
    ]
    blocks = [(s.line, s.reason) for s in split.layout if s.reason.startswith("wiki")]
    assert blocks == [
        (1, "wiki comment"), (2, "wiki comment"),
        (4, "wiki reference (a footnote)"), (5, "wiki reference (a footnote)"),
        (6, "wiki reference (a footnote)"),
        (7, "wiki <gallery> block"), (8, "wiki <gallery> block"), (9, "wiki <gallery> block"),
        (13, "wiki <references> block"),
    ]  # fmt: skip


def test_a_wiki_pages_shown_text_edit_headings_citation_marks_and_references() -> None:
    text = (
        "Timeline of the Korean War\nContents\n1950[edit]\nJune[edit]\n"
        "June 25 – North Korea invades the South.[1]\n"
        "June 27 – The UN acts.[2][citation needed]\n"
        "July[ edit ]\nJuly 5 – Battle of Osan.[4]\n"
        "References[edit]\n^ Smith, John (2001). The War. p. 4.\n^ a b Jones, p. 5.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1950-06-25", "North Korea invades the South."),
        ("1950-06-27", "The UN acts."),
        ("1950-07-05", "Battle of Osan."),
    ]
    layout = {(s.line, s.reason) for s in split.layout}
    assert {(3, "heading"), (4, "heading"), (7, "heading"), (9, "heading")} <= layout
    assert {(10, "a reference (the page's footnote)"), (11, "a reference (the page's footnote)"),
            (6, "citation marks")} <= layout  # fmt: skip


def test_citation_marks_stay_where_the_page_has_no_edit_headings() -> None:
    text = "June 25, 1950 – War.[1]\nJune 27, 1950 – UN.\n"
    assert [e.text for e in split_entries(text).entries] == ["War.[1]", "UN."]


# --- more shapes: a data export's days, short weekdays, symbols as bullets, year and dot ------


@pytest.mark.parametrize(
    "text",
    [
        "25-Jun-1950: North Korea invades.\n27-Jun-1950: UN acts.\n05-Jul-1950: Osan.\n",
        "Sun 25 Jun 1950 – North Korea invades.\nTue 27 Jun 1950 – UN acts.\n"
        "Wed 5 Jul 1950 – Osan.\n",
        "📅 June 25, 1950: North Korea invades.\n✅ June 27, 1950: UN acts.\n"
        "› July 5, 1950: Osan.\n",
        "▪️ June 25, 1950: North Korea invades.\n▪️ June 27, 1950: UN acts.\n▪️ July 5, 1950: Osan.\n",
    ],
)
def test_days_in_other_dress(text: str) -> None:
    assert [(e.date, e.text) for e in split_entries(text).entries] == [
        ("1950-06-25", "North Korea invades."),
        ("1950-06-27", "UN acts."),
        ("1950-07-05", "Osan."),
    ]


def test_a_day_and_month_joined_by_a_dash_need_their_year() -> None:
    assert grammar.find_date("25-Jun") is None
    found = grammar.find_date("25/Jun/1950")
    assert found is not None and found.group() == "25/Jun/1950"


@pytest.mark.parametrize("sign", [".", "·"])
def test_years_with_a_full_stop_or_a_middle_dot_where_the_document_writes_them_so(
    sign: str,
) -> None:
    text = f"1950{sign} War begins.\n1951{sign} Stalemate.\n1953{sign} Armistice.\n"
    assert dates(text) == [
        ("1950", None, "War begins."),
        ("1951", None, "Stalemate."),
        ("1953", None, "Armistice."),
    ]


def test_a_wrapped_sentence_ending_in_a_year_starts_no_entry() -> None:
    text = (
        "Jan. 5, 2019: Talks resume after a pause that began in\n"
        "2018. The two sides meet in Geneva.\n"
        "Feb. 2, 2019: A summit is planned.\nMar. 1, 2019: It takes place.\n"
    )
    assert [e.date for e in split_entries(text).entries] == [
        "2019-01-05",
        "2019-02-02",
        "2019-03-01",
    ]


# --- items run together with no sign between them ------------------------------------------

RUN_TOGETHER_AWARDS = (
    "TIMELINE\n\n2013\nDebut single released——June 12, 2013\n"
    "Won Best New Artist at the Golden Awards\n\n2014\n"
    "Won Best New Artist at the Disc Awards Won Best Song at the City Awards\n"
    "Album released——March 3, 2014 Won Album of the Year at the Music Awards\n"
    "The tour begins in Seoul The band plays in Tokyo——May 5, 2014\n"
)


def test_items_run_together_split_where_the_documents_leading_word_starts_again() -> None:
    assert dates(RUN_TOGETHER_AWARDS) == [
        ("2013-06-12", None, "Debut single released"),
        ("2013", None, "Won Best New Artist at the Golden Awards"),
        ("2014", None, "Won Best New Artist at the Disc Awards"),
        ("2014", None, "Won Best Song at the City Awards"),
        ("2014-03-03", None, "Album released"),
        ("2014", None, "Won Album of the Year at the Music Awards"),
        # "The" begins many sentences: no item's mark
        ("2014-05-05", None, "The tour begins in Seoul The band plays in Tokyo"),
    ]


def test_a_word_that_begins_two_items_marks_no_item() -> None:
    text = RUN_TOGETHER_AWARDS.replace("Won Album", "Took Album").replace(
        "Won Best Song", "Took Best Song"
    )
    texts = [text for _, _, text in dates(text)]
    assert "Won Best New Artist at the Disc Awards Took Best Song at the City Awards" in texts


def test_a_live_page_over_several_days_dates_each_update_by_the_day_heading_above_it() -> None:
    text = (
        "Ukraine war live\n\nSaturday 26 February 2022\n\n9.08pm - Kyiv holds out\n"
        "Fighting continues.\n\n8.30pm - Curfew announced\n\nFriday 25 February 2022\n\n"
        "11.45pm - Sanctions widen\n\n10.02pm - Talks offered\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("2022-02-26", "Kyiv holds out Fighting continues."),
        ("2022-02-26", "Curfew announced"),
        ("2022-02-25", "Sanctions widen"),
        ("2022-02-25", "Talks offered"),
    ]
    assert [s.line for s in split.layout if s.reason.startswith("dateline")] == [3, 10]


def test_one_timed_item_a_day_is_no_live_page() -> None:
    text = (
        "June 25, 1950\n4:00 am – The invasion begins.\nJune 26, 1950\n9:00 pm – Talks.\n"
        "June 27, 1950\n10:00 am – The UN acts.\n"
    )
    assert [e.note for e in split_entries(text).entries] == [None, None, None]


# --- page furniture between a headline and its body -----------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "Share",
        "Print",
        "Click to enlarge",
        "Back to top",
        "(Reporting by Jane Roe; Editing by John Doe)",
        "Topics: North Korea, Nuclear",
        "WATCH: The summit in two minutes",
        "All rights reserved.",
        "Copyright 2020 The Associated Press.",
        "Credit: Reuters",
        "Listen to this article",
        "Next article",
    ],
)
def test_a_page_button_or_credit_line_is_never_an_entrys_text(furniture: str) -> None:
    text = (
        f"June 25, 1950: North Korea invades the South\n{furniture}\n"
        "Troops cross the parallel at dawn.\n\nJune 27, 1950: The UN acts\n"
    )
    split = split_entries(text)
    assert [e.text for e in split.entries] == [
        "North Korea invades the South Troops cross the parallel at dawn.",
        "The UN acts",
    ]
    assert [(s.line, s.text) for s in split.layout] == [(2, furniture)]


def test_a_tables_year_and_day_columns_make_one_date() -> None:
    wiki = (
        "This is a timeline of [[Korean history]].\n"
        '{| class="wikitable"\n! Year !! Date !! Event\n|-\n'
        '| rowspan="2" | 1950 || 25 June || The [[Korean War]] begins.\n|-\n'
        "| 28 June || [[Seoul]] falls.\n|-\n"
        "| 1953 || 27 July || The armistice is signed.\n|-\n"
        "| 1960 || || The [[April Revolution]].\n|}\n"
    )
    assert dates(wiki) == [
        ("1950-06-25", None, "The Korean War begins."),
        ("1950-06-28", None, "Seoul falls."),
        ("1953-07-27", None, "The armistice is signed."),
        ("1960", None, "The April Revolution."),
    ]
    markdown = (
        "| Year | Date | Event |\n|---|---|---|\n| 1950 | June 25 | War begins. |\n"
        "| 1950 | June 28 | Seoul falls. |\n| 1953 | 1955 | A span in two cells. |\n"
    )
    assert [(d, t) for d, _, t in dates(markdown)][:2] == [
        ("1950-06-25", "War begins."),
        ("1950-06-28", "Seoul falls."),
    ]


# --- Korean, Chinese and Japanese dates ----------------------------------------------------


def test_korean_and_chinese_dates_are_read_by_import_and_range() -> None:
    korean = "2019년 9월 24일: 한미 정상회담.\n2019년 10월 5일: 실무협상.\n2019년 11월: 발표.\n"
    assert dates(korean) == [
        ("2019-09-24", None, "한미 정상회담."),
        ("2019-10-05", None, "실무협상."),
        ("2019-11", None, "발표."),
    ]
    chinese = (
        "1950年6月25日 朝鲜战争爆发。\n1953年7月27日 停战协定签署。\n1960年4月19日 四月革命。\n"
    )
    assert [d for d, _, _ in dates(chinese)] == ["1950-06-25", "1953-07-27", "1960-04-19"]
    span = grammar.parse_date_argument("2019년 9월 24일", "date")
    assert span.start.isoformat() == span.end.isoformat() == "2019-09-24"
    assert grammar.parse_date_argument("1950년", "date").start.isoformat() == "1950-01-01"


def test_the_new_text_forms_work_as_arguments_too() -> None:
    for written, start in (("25-Jun-1950", "1950-06-25"), ("Q1 2020", "2020-01-01"),
                           ("Feb 14~16, 2020", "2020-02-14")):  # fmt: skip
        assert grammar.parse_date_argument(written, "date").start.isoformat() == start


# --- properties: wiki source of any entries comes back exactly, every line accounted for --

WIKI_DAYS = st.dates(min_value=date_type(1900, 1, 1), max_value=date_type(2030, 12, 31))
WIKI_WORDS = st.lists(
    st.sampled_from(["Seoul", "talks", "begin", "the", "army", "treaty", "signed", "Kim"]),
    min_size=1,
    max_size=6,
)


def _wiki_item(day: date_type, words: list[str], decoration: int) -> str:
    text = " ".join(words)
    text = text[0].upper() + text[1:] + "."
    if decoration % 3 == 0:
        text = text.replace(words[0], f"[[{words[0]}]]", 1) if words[0] != "the" else text
    if decoration % 4 == 1:
        text += f'<ref name="r{decoration}">Source {decoration}, p. 1.</ref>'
    if decoration % 5 == 2:
        text += "{{citation needed|date=May 2020}}"
    if decoration % 2:
        text = f"'''{text}'''"
    return f"* [[{day.strftime('%B')} {day.day}]] &ndash; {text}"


@given(st.lists(st.tuples(WIKI_DAYS, WIKI_WORDS, st.integers(0, 59)), min_size=1, max_size=10))
def test_wiki_source_of_any_entries_comes_back_exactly(
    items: list[tuple[date_type, list[str], int]],
) -> None:
    items = sorted(items, key=lambda item: item[0])
    lines = ["{{Short description|A timeline}}", "A '''timeline''' of [[events]]."]
    year = None
    for day, words, decoration in items:
        if day.year != year:
            lines.append(f"== {day.year} ==")
            year = day.year
        lines.append(_wiki_item(day, words, decoration))
    lines += ["== References ==", "{{reflist}}", "[[Category:Timelines]]"]
    split = split_entries("\n".join(lines) + "\n")
    expected = []
    for day, words, _ in items:
        text = " ".join(words)
        expected.append((day.isoformat(), text[0].upper() + text[1:] + "."))
    assert [(e.date, e.text) for e in split.entries] == expected
    accounted = {n for e in split.entries for n in (e.line, *e.lines)}
    accounted |= {s.line for s in (*split.unplaced, *split.layout, *split.before)}
    assert accounted >= set(range(1, len(lines) + 1))


@pytest.mark.parametrize(
    ("top", "stamps"),
    [
        ("Published 12 June 2018\n", ("Posted at 14:32", "Posted at 14:10", "Posted at 13:55")),
        (
            "June 13, 2018\n",  # (the page's day; each update names its own)
            ("2:32 p.m. ET, June 12, 2018", "2:10 p.m. ET, June 12, 2018",
             "1:55 p.m. ET, June 12, 2018"),
        ),
    ],
)  # fmt: skip
def test_a_live_pages_stamp_with_its_label_or_its_own_day(
    top: str, stamps: tuple[str, str, str]
) -> None:
    text = f"Election live\n{top}\n" + "".join(
        f"{stamp}\n{headline}\n\n"
        for stamp, headline in zip(
            stamps, ("Polls close", "Counting begins", "Turnout"), strict=True
        )
    )
    assert [(e.date, e.text) for e in split_entries(text).entries] == [
        ("2018-06-12", "Polls close"),
        ("2018-06-12", "Counting begins"),
        ("2018-06-12", "Turnout"),
    ]


def test_a_markdown_note_with_wiki_links_keeps_its_headings_and_shows_the_links_words() -> None:
    text = (
        "# Korean War notes\n\n## 1950\n"
        "- **June 25, 1950**: [[North Korea]] invades [[South Korea|the South]].\n"
        "- **June 27, 1950**: The [[UN]] acts.\n## 1953\n"
        "- **July 27, 1953**: [[Armistice]] signed.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text) for e in split.entries] == [
        ("1950-06-25", "North Korea invades the South."),
        ("1950-06-27", "The UN acts."),
        ("1953-07-27", "Armistice signed."),
    ]
    assert [(s.line, s.reason) for s in split.layout] == [
        (1, "heading"),
        (3, "heading"),
        (6, "heading"),
    ]


def test_a_live_pages_day_headings_without_their_year_take_the_pages_year() -> None:
    text = (
        "Ukraine war live\nPublished: 27 February 2022\n\nSaturday 26 February\n\n"
        "9.08pm - Kyiv holds out\nFighting continues.\n\n8.30pm - Curfew announced\n\n"
        "Friday 25 February\n\n11.45pm - Sanctions widen\n\n10.02pm - Talks offered\n"
    )
    assert [(e.date, e.text) for e in split_entries(text).entries] == [
        ("2022-02-26", "Kyiv holds out Fighting continues."),
        ("2022-02-26", "Curfew announced"),
        ("2022-02-25", "Sanctions widen"),
        ("2022-02-25", "Talks offered"),
    ]
