"""A line reported as not placed quotes the user's file, not the importer's rewrite of it.

Before the reading, some layouts are rewritten: a day glued to its text ("June 28Archduke …",
where a page lost the cell break) is set apart with a tab. A line of that layout that cannot be
placed (no year for its day) was reported as rewritten, "Dec 13 Abel …", words the file does
not hold; it is reported as the file writes it.
"""

from __future__ import annotations

from ktimeline.importing.entries import split_entries


def test_a_glued_day_without_a_year_is_reported_in_the_files_words() -> None:
    text = (
        "Harbour works\n"
        "\n"
        "Mar 3Crews dredge the channel.\n"
        "Apr 9Engineers open the lock.\n"
        "Jun 2The first ship passes.\n"
    )
    reported = [skipped.text for skipped in split_entries(text).unplaced]
    assert "Mar 3Crews dredge the channel." in reported
    assert not any("Mar 3 Crews" in line for line in reported)


def test_a_line_reported_as_the_file_writes_it_when_nothing_was_rewritten() -> None:
    text = "Harbour works\n\nMar 3: Crews dredge the channel.\nApr 9: Engineers open the lock.\n"
    reported = [skipped.text for skipped in split_entries(text).unplaced]
    assert "Mar 3: Crews dredge the channel." in reported
