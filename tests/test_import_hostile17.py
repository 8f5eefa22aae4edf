"""hostile17: session 15's new importer and enrichment rules (main d837f17) read on long
entries and long documents built from their own layouts: each rule asked once per name or per
line must not read the whole entry or document again (session 15's CI failed so). Each more
of the input adds as many calls as the one before (tests/work_support.py counts them); the
fast paths answer as the slow ones did."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest

from ktimeline.importing.enrichment import Enricher
from ktimeline.importing.enrichment.speech import _last_mark
from ktimeline.importing.entries.pattern import DocumentPattern
from ktimeline.importing.tables import read_entries
from ktimeline.loader import load_vocabulary
from tests.work_support import growth

if TYPE_CHECKING:
    from collections.abc import Callable

    from ktimeline.importing.enrichment import Findings


# --- the enrichment of one long entry ------------------------------------------------------
# (each unit was quadratic on main: "Judge Davila" and "Founder Day Parade" asked whether the
# whole entry is a title-case headline once per officer's title and enumerated every word of
# the entry; "Hideki Kato met Olaf Berg" built a list of every word's start and asked the
# headline question per name; "Tom Hale and his wife Ann" looked through every person of the
# entry per spouse; a headline of thousands of capitals read every word per place)


@pytest.mark.parametrize(
    "unit",
    [
        "Before Judge Edward Davila. Judge Davila sentences him. ",
        "Founder Day Parade begins. Coach Martha Jones resigns. ",
        "Hideki Kato met Olaf Berg and Piet Smit. ",
        "Tom Hale and his wife Ann met Sara Lind. ",
        "Founder Day Parade Begins In Town With Judge Roy Bean ",
        "“It is over,” said Jane Smith. Prices rose, says Olaf Berg. ",
        "The two Kims met. The two leaders spoke. “Both Bushes,” he said. ",
    ],
)
def test_a_long_entry_of_session_15s_layouts_stays_linear(unit: str) -> None:
    enricher = Enricher(load_vocabulary())
    # (calls counted at 50, 100 and 150 units: CPU seconds of 500 and 1000 were timed before)
    first, second = growth(lambda count: enricher.enrich(unit * count, "2019-03-01"), 50)
    assert second <= 1.1 * first + 10, (first, second)


# --- a spouse named by the first name: the person right before, not one named later --------


@pytest.mark.parametrize(
    ("text", "spouse"),
    [
        ("Tom Hale and his wife Ann met Sara Lind.", "Ann Hale"),
        ("Coach Ray Dunn and his wife Lisa thanked the fans; later Mark Obi spoke.", "Lisa Dunn"),
        (
            "Coach Lena Olsen and her husband Piet thanked the fans; Jonas Berg said nothing.",
            "Piet Olsen",
        ),
    ],
)
def test_a_spouse_is_named_when_a_person_comes_later(
    enrich: Callable[[str, str], Findings], text: str, spouse: str
) -> None:
    # (every person of the entry ending after "and his wife" counted as the one before it:
    # two persons "before", nobody's spouse)
    assert spouse in enrich(text, "2015-06-01").actors


def test_a_spouse_still_needs_one_person_right_before(
    enrich: Callable[[str, str], Findings],
) -> None:
    found = enrich("The crowd and his wife Ann left.", "2015-06-01")
    assert not any(actor.startswith("Ann") for actor in found.actors)


# --- the last mark before a place, read without copying the text before ---------------------


@pytest.mark.parametrize(
    "text",
    ["", "   ", "“No,”  \u2028 said", "a,\u00a0\tb", "x»\u2029", "abc", "„Ja“ \u3000", '"']
    + [
        "".join(random.Random(seed).choice("ab ,”\t\u00a0\u2028") for _ in range(12))
        for seed in range(40)
    ],
)
def test_the_last_mark_is_what_the_text_before_ends_with(text: str) -> None:
    for end in range(len(text) + 1):
        assert _last_mark(text, end) == text[:end].rstrip()[-1:], (text, end)


# --- a world history's three-digit years before its four-digit ones ------------------------


def _world_history(count: int) -> str:
    return "".join(
        f"{100 + i * 800 // count} The kingdom {i} is founded.\n" for i in range(count)
    ) + "".join(f"{1000 + i * 900 // count} The city {i} is founded.\n" for i in range(count))


def test_a_long_world_history_stays_linear() -> None:
    # (whether each "476 Text" line reads as a year read every start of the document again)
    assert len(read_entries(_world_history(40)).entries) == 80
    first, second = growth(lambda count: read_entries(_world_history(count)), 100)
    assert second <= 1.1 * first + 10, (first, second)


def _before_four_digit_years(pattern: DocumentPattern, number: int) -> bool:
    """main's reading, every start read for each line."""
    written = [(line, year) for line, _, year, *_ in pattern.starts if year and year >= 1000]
    below = next((year for line, year in written if line > number), None)
    return below is not None and all(year > below for line, year in written if line < number)


@pytest.mark.parametrize("seed", range(30))
def test_before_four_digit_years_answers_as_reading_every_start(seed: int) -> None:
    draw = random.Random(seed)
    pattern = DocumentPattern()
    lines = sorted(draw.sample(range(60), 12)) if seed % 3 else draw.sample(range(60), 12)
    for line in lines:  # (the last third out of their lines' order)
        year = draw.choice([None, draw.randrange(100, 999), draw.randrange(1000, 2030)])
        pattern.starts.append((line, "bare:year", year, None, None))
    for number in range(-1, 62):
        assert pattern.before_four_digit_years(number) == _before_four_digit_years(
            pattern, number
        ), (lines, number)
    pattern.starts.append((70, "bare:year", 1990, None, None))  # (a start more: read again)
    assert pattern.before_four_digit_years(65) == _before_four_digit_years(pattern, 65)
