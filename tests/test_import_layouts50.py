"""Issue 22, layouts50: leftovers of the importer as general rules, each tested on examples of
its own (not the corpus texts): a run-together year opens an entry only before a capital
(RUN_TOGETHER_YEAR's span branch made exact); with what each must not read."""

from __future__ import annotations

from ktimeline.importing.entries.run_together import RUN_TOGETHER_YEAR

# --- RUN_TOGETHER_YEAR: what opens a run-together entry, exactly ------------------------------


def test_a_run_together_year_opens_an_entry_before_a_capital_word() -> None:
    for line, year in (
        ("… the mill burned down. 1874 Workers rebuilt it in stone.", "1874"),
        ("… near the ford stood a chapel 1312 Připomíná se kaple u brodu.", "1312"),
        ("… a second quay was built. 1902 O porto recebe o primeiro navio.", "1902"),
        ("… the first school opened. 1911 A.B. Lindqvist founds the choir.", "1911"),
    ):
        found = RUN_TOGETHER_YEAR.search(line)
        assert found is not None and found["year"] == year, line


def test_a_span_of_years_may_have_its_figure_after_it() -> None:
    found = RUN_TOGETHER_YEAR.search("… the war years. 1940-1945 2.1 million tons were shipped.")
    assert found is not None and found["first"] == "1940" and found["year"] == "1945"


def test_a_lone_year_before_a_lower_case_word_a_bracket_or_a_figure_opens_nothing() -> None:
    # (the span branch's "else" was empty, so a lone year matched before anything at all)
    for line in (
        "… the harbour silted up by 1740 and trade moved to the river town.",
        "… the census of 1851 (the first) counted them.",
        "… the mill of 1788 3 wheels turned there.",
        "… in the winter of 1903 ships lay frozen in.",
    ):
        assert RUN_TOGETHER_YEAR.search(line) is None, line
