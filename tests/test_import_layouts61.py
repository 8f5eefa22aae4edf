"""Issue 22, layouts61: the misses of the part held-out-34 (seen after its blind run), as
general rules tested on chronologies of other subjects and wordings: a year written with its
era or a season among years run together on one line ("… the hill. 700 AD Traders …"), read
by its number, never the found text's words (the blind run's crash)."""

from __future__ import annotations

from tests.import_support import left_out, read_entries

# --- a year with its era among years run together: no crash ----------------------------------

# (years out of order on one long line, one written "700 AD" after a sentence's end and
# before a capital: its number was taken from the whole found text, "700 AD", and the
# importer stopped with a ValueError)
HARBOUR = (
    "Harbour Timeline\n\n"
    "1200 Fishermen settled on the sandy bay below the hill. 1620 The harbour was deepened "
    "for the larger ships. 700 AD Traders from the south built a wooden pier. 1500 A "
    "lighthouse was lit on the rocks. 1350 The town walls were raised against raiders. 1790 "
    "The docks burned in a great fire."
)


def test_year_with_its_era_among_run_together_years_is_read() -> None:
    read_entries(HARBOUR)  # (no ValueError)
    assert "Harbour Timeline" in left_out(HARBOUR)


# (the same with the era before the year, and a season before another)
MILL = (
    "Mill Timeline\n\n"
    "1810 The first mill wheel turned on the river bank. 1755 The miller's guild was "
    "formed in the town. AD 900 Monks dug a channel beside the abbey. 1930 Summer 1902 The "
    "Weir was rebuilt in stone. 1880 A steam engine replaced the wheel for good. 1700 The "
    "Flood carried the old mill away."
)


def test_year_with_era_before_or_season_among_run_together_years_is_read() -> None:
    read_entries(MILL)  # (no ValueError)
    assert "Mill Timeline" in left_out(MILL)
