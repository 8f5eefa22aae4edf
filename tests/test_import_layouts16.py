"""Issue 22, sixteenth round: layout families the blind part held-out-12 showed, each as a
general rule with a synthetic case (no text of the real corpus is copied here)."""

from __future__ import annotations

from ktimeline.importing.entries import split_entries
from tests.import_split import dates, in_no_entry

# --- page text absorbed into the entry above ---------------------------------------------

ONE_LINE_ROWS = (
    "Chess champions\n\n"
    "1921Capablanca9-5Lasker5Capablanca won the match\n"
    "1927Alekhine18-6Capablanca3Alekhine won the match\n"
    "1935Euwe15-1Alekhine14Euwe won the match\n"
    "1937Alekhine17-5Euwe9-5Alekhine won the match\n\n"
    "The title match is the oldest contest of the game and has been played since the last "
    "century in many countries\n\n"
    "Leave a Comment\n"
)


def test_a_paragraph_after_rows_of_one_line_is_no_part_of_the_last_row() -> None:
    found = dates(ONE_LINE_ROWS)
    assert [d for d, _, _ in found] == ["1921", "1927", "1935", "1937"]
    assert found[-1][2] == "Alekhine17-5Euwe9-5Alekhine won the match"
    in_no_entry(ONE_LINE_ROWS, "The title match is the oldest contest")


def test_a_paragraph_after_a_blank_still_continues_a_wrapped_entry() -> None:
    # the entries above are no run of one-line rows: the rule does not apply
    text = (
        "1921\nCapablanca wins the match\n\n1927\nAlekhine wins the match and the title\n\n"
        "after a long match in Buenos Aires\n"
    )
    assert dates(text)[-1][2].endswith("after a long match in Buenos Aires")


PIPE_CELLS = (
    "A Timeline of the Siege\n|\n|\n"
    "The Start |\n"
    "March 1854 |\n|\nThe allies land on the coast … the city. |\n"
    "April 2, 1854 |\n|\nThe first batteries open fire … the walls. |\n|\n|\n"
    "The End |\n"
    "May 1855 |\n|\nThe city falls … the harbour. |\n"
)


def test_a_heading_after_a_closed_table_cell_is_no_part_of_its_text() -> None:
    found = dates(PIPE_CELLS)
    assert [d for d, _, _ in found] == ["1854-03", "1854-04-02", "1855-05"]
    # (the cell's closing rule is no part of the text: layouts26, "Geburt von … |")
    assert found[1][2] == "The first batteries open fire … the walls."
    in_no_entry(PIPE_CELLS, "The End |")


# --- a Markdown table of compact dates written as reference links --------------------------

MARKDOWN_MILESTONES = (
    "# Milestones\n\n"
    "See the [NEWS][NEWS].\n\n"
    "| Date | Event |\n|---|---|\n"
    "| [20190301][20190301] | First release |\n"
    "| [20190415][20190415] | Plugins can be loaded |\n"
    "| [20190415-2][20190415-2] | Second build of the day |\n"
    "| [20191102][20191102] | Version 2 |\n\n"
    "[20190301]: https://example.org/tag/20190301\n"
    "[20190415]: https://example.org/tag/20190415\n"
    "[20190415-2]: https://example.org/tag/20190415-2\n"
    "[20191102]: https://example.org/tag/20191102\n"
    "[NEWS]: https://example.org/NEWS.md\n"
)


def test_compact_dates_in_a_markdown_tables_reference_links_are_read() -> None:
    assert dates(MARKDOWN_MILESTONES) == [
        ("2019-03-01", None, "First release"),
        ("2019-04-15", None, "Plugins can be loaded"),
        ("2019-04-15", None, "Second build of the day"),
        ("2019-11-02", None, "Version 2"),
    ]


def test_link_definitions_and_same_day_numbers_are_listed_as_layout() -> None:
    in_no_entry(
        MARKDOWN_MILESTONES,
        "[20191102]: https://example.org/tag/20191102",
        "[NEWS]: https://example.org/NEWS.md",
        "See the [NEWS][NEWS].",  # (a link on words: reported as written)
    )
    split = split_entries(MARKDOWN_MILESTONES)
    assert [s.text for s in split.layout if "same-day" in s.reason] == ["-2"]


def test_bracketed_numbers_without_definitions_are_no_links() -> None:
    text = "1950: The war begins.[1][2]\n1951: Talks open.[3]\n1953: An armistice.[4]\n"
    assert dates(text)[0][2] == "The war begins.[1][2]"


def test_fewer_compact_date_cells_than_a_layout_needs_are_left_as_written() -> None:
    text = "| 20190301 | First release |\n| 20190415 | Plugins |\n"
    assert dates(text) == []


# --- the year of entries without one --------------------------------------------------------

INTRODUCED_FIRST_DAY = (
    "The Great Flood\n\n"
    "The flood began March 3, 1927, after weeks of rain, and the river stayed high all "
    "spring.\n\n"
    "Highlights\n"
    "March 3 The first levee breaks below the city.\n"
    "April 21 The river breaks through at the landing.\n"
    "May 9 The water begins to fall.\n"
)


def test_the_introduction_writing_the_first_entrys_day_whole_gives_the_year() -> None:
    assert [d for d, _, _ in dates(INTRODUCED_FIRST_DAY)] == [
        "1927-03-03",
        "1927-04-21",
        "1927-05-09",
    ]


def test_another_day_of_the_introduction_gives_no_year() -> None:
    text = INTRODUCED_FIRST_DAY.replace("March 3, 1927", "March 4, 1927")
    assert dates(text) == []  # (reported: "use --year")
