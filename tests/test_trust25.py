"""trust25: the zero-width joiners in output (kept where they are spelling, escaped where they
hide: ktimeline.joiners, after UAX #31 2.3 and UTS #51), the order import --check names, and
the interrupted import's test made deterministic. The strings are written for the test: real
words (Persian "می‌خواهند" they want, Hindi "क्‍ष", Sinhala "ශ්‍රී ලංකා", Malayalam "അവന്‍" he)
and the standard's emoji sequences, no page's text."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.joiners import joiner_shows
from ktimeline.render.safe import plain_field, terminal_safe, visible_controls

from .conftest import event, write_jsonl

if TYPE_CHECKING:
    from pathlib import Path

ZWNJ, ZWJ = "\u200c", "\u200d"

# --- the joiners that are spelling stay (UAX #31 A1, A2, B; UTS #51 emoji ZWJ sequences) -------

SPELLING = {
    "persian": f"می{ZWNJ}خواهند",  # A1: ZWNJ breaks the cursive join of two Arabic letters
    "persian-plural": f"کتاب{ZWNJ}ها",  # ("books": the plural suffix kept apart)
    "hindi-zwnj": f"क्{ZWNJ}ष",  # A2: after a virama, an explicit virama shown
    "hindi-zwj": f"क्{ZWJ}ष",  # B: after a virama, the half form
    "sinhala": f"ශ්{ZWJ}රී ලංකා",  # B: Sri Lanka's rakaransaya
    "malayalam-chillu": f"അവന്{ZWJ} വന്നു",  # B: a chillu at a word's end ("he came")
    "family": f"👨{ZWJ}👩{ZWJ}👧",  # UTS #51: one family emoji
    "rainbow-flag": f"🏳\ufe0f{ZWJ}🌈",  # (a selector before the joiner)
    "technologist": f"👩🏽{ZWJ}💻",  # (a skin tone before the joiner)
}

# --- and those that only hide stay escaped (a name made to look like another) -----------------

HIDDEN = {
    "latin": (f"Ki{ZWJ}m Jong Un", "Ki\\u200dm Jong Un"),
    "latin-zwnj": (f"Moon Jae{ZWNJ}in", "Moon Jae\\u200cin"),
    "word-start": (f"{ZWJ}Trump", "\\u200dTrump"),
    "word-end": (f"Trump{ZWNJ} met", "Trump\\u200c met"),
    "after-space": (f"می {ZWNJ}خواهند", "می \\u200cخواهند"),
    "doubled": (f"می{ZWNJ}{ZWNJ}خواهند", "می\\u200c\\u200cخواهند"),
    "doubled-after-virama": (f"क्{ZWJ}{ZWJ}ष", "क्\\u200d\\u200dष"),
    "two-scripts": (f"Seoul{ZWNJ}سئول", "Seoul\\u200cسئول"),
    "virama-then-space": (f"क्{ZWNJ} ष", "क्\\u200c ष"),  # (no conjunct to break there)
    "cjk": (f"文{ZWJ}在寅", "文\\u200d在寅"),  # (Han joins nothing)
    "emoji-then-letter": (f"👨{ZWJ}a", "👨\\u200da"),
    "digits": (f"2019{ZWJ}11", "2019\\u200d11"),
}


@pytest.mark.parametrize("text", SPELLING.values(), ids=SPELLING.keys())
def test_a_joiner_that_is_spelling_is_shown_as_it_is(text: str) -> None:
    assert visible_controls(text) == text
    assert plain_field(text) == text
    assert terminal_safe(text) == text


@pytest.mark.parametrize(("text", "shown"), HIDDEN.values(), ids=HIDDEN.keys())
def test_a_joiner_that_only_hides_is_shown_as_an_escape(text: str, shown: str) -> None:
    assert visible_controls(text) == shown
    assert plain_field(text) == shown
    assert terminal_safe(text) == shown


def test_each_joiner_of_a_line_is_judged_where_it_stands() -> None:
    line = f"{SPELLING['persian']} / Ki{ZWJ}m / {SPELLING['family']}"
    assert visible_controls(line) == f"{SPELLING['persian']} / Ki\\u200dm / {SPELLING['family']}"
    assert [joiner_shows(line, i) for i, c in enumerate(line) if c in (ZWJ, ZWNJ)] == [
        True, False, True, True,
    ]  # fmt: skip


def test_other_invisible_characters_beside_a_joiner_are_still_escaped() -> None:
    # (a zero-width space or a direction override next to a kept joiner changes nothing of it)
    text = f"می{ZWNJ}\u200bخواهند \u202e{SPELLING['family']}"
    assert visible_controls(text) == f"می\\u200c\\u200bخواهند \\u202e{SPELLING['family']}"


# --- every renderer (jsonl exact in a pipe) -----------------------------------------------------

TEXT = f"{SPELLING['persian']} {SPELLING['hindi-zwj']} {SPELLING['family']} Ki{ZWJ}m."
SHOWN = f"{SPELLING['persian']} {SPELLING['hindi-zwj']} {SPELLING['family']} Ki\\u200dm."


@pytest.fixture
def joined(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "joined.jsonl", [event(text=TEXT, actors=[], places=[])])


@pytest.mark.parametrize("form", ["plain", "markdown", "html", "table"])
def test_every_renderer_keeps_the_spelling_and_escapes_the_hidden_joiner(
    joined: Path, run: Any, form: str
) -> None:
    out = run("range", "2019", "--data", str(joined), "-f", form, "--width", "200").stdout
    assert SHOWN in out or (form == "markdown" and SHOWN.replace("\\", "\\\\") in out), out
    assert f"Ki{ZWJ}m" not in out


@pytest.mark.parametrize("form", ["jsonl", "csv", "ics"])
def test_machine_formats_in_a_pipe_stay_exact(joined: Path, run: Any, form: str) -> None:
    out = run("range", "2019", "--data", str(joined), "-f", form).stdout
    if form == "jsonl":
        assert json.loads(out)["text"] == TEXT
    else:
        assert TEXT in out.replace("\r\n ", "").replace("\\,", ","), out


def test_a_machine_format_on_a_terminal_escapes_only_the_hidden_joiner(joined: Path) -> None:
    from .test_pty import run_in_terminal

    code, _, raw = run_in_terminal(["range", "2019", "--data", str(joined), "-f", "jsonl"], 300, 10)
    shown = raw.decode()
    assert code == 0
    assert SPELLING["persian"] in shown and SPELLING["family"] in shown
    assert "Ki\\\\u200dm" in shown or "Ki\\u200dm" in shown, shown
    assert f"Ki{ZWJ}m" not in shown


def test_import_check_shows_the_spelling_and_escapes_the_hidden_joiner(
    tmp_path: Path, run: Any
) -> None:
    source = tmp_path / "joined.txt"
    source.write_text(
        f"1979-02-11: مردم {SPELLING['persian']} آزادی.\n"
        f"1980-05-01: A family {SPELLING['family']} meets.\n"
        f"1981-06-02: {SPELLING['hindi-zwj']} and Пу{ZWJ}тин.\n",
        "utf-8",
    )
    out = run("import", str(source), "--check").stdout
    assert SPELLING["persian"] in out and SPELLING["family"] in out, out
    assert SPELLING["hindi-zwj"] in out
    # (the importer keeps a joiner between two letters not ASCII: Cyrillic joins nothing)
    assert "Пу\\u200dтин" in out and f"Пу{ZWJ}тин" not in out


# --- the order import --check names (pattern_finding._steps_of, _mixed) -------------------------

COUNCIL = [  # a town council's year, six ISO days
    ("2019-01-10", "A vote on the budget is called."),
    ("2019-02-15", "The budget is published."),
    ("2019-03-04", "The council meets in the old town hall."),
    ("2019-05-06", "A new mayor is sworn in."),
    ("2019-07-22", "The vote on the bridge is held."),
    ("2019-11-30", "The mayor resigns."),
]


def _described(tmp_path: Path, order: list[int]) -> tuple[str, list[str]]:
    from ktimeline.api import import_chronology

    source = tmp_path / "council.txt"
    source.write_text("".join(f"{COUNCIL[i][0]}: {COUNCIL[i][1]}\n" for i in order), "utf-8")
    result = import_chronology(source, dry_run=True).result
    return result.pattern, [event.date for event in result.events]


@pytest.mark.parametrize(
    ("order", "said", "not_said"),
    [
        ([0, 1, 2, 3, 4, 5], "", ("newest first", "mixed order")),
        ([5, 4, 3, 2, 1, 0], "; newest first", ("mixed order",)),
        # the file seen called "newest first": its days compared across months not read
        ([0, 2, 5, 4, 1, 3], "; in mixed order", ("newest first;", "; newest first")),
        ([2, 0, 4, 1, 5, 3], "; in mixed order", ("; newest first",)),
    ],
    ids=["oldest-first", "newest-first", "mixed", "mixed-zigzag"],
)
def test_the_order_of_iso_days_is_named_as_it_is(
    tmp_path: Path, order: list[int], said: str, not_said: tuple[str, ...]
) -> None:
    pattern, found = _described(tmp_path, order)
    assert said in pattern, pattern
    for words in not_said:
        assert words not in pattern, pattern
    assert found == [COUNCIL[i][0] for i in order]  # (each date its own, in the file's order)


def test_import_check_says_mixed_order(tmp_path: Path, run: Any) -> None:
    source = tmp_path / "council.txt"
    source.write_text("".join(f"{COUNCIL[i][0]}: {COUNCIL[i][1]}\n" for i in [0, 2, 5, 4, 1, 3]))
    result = run("import", str(source), "--check")
    assert "in mixed order (neither oldest nor newest first)" in result.stderr + result.stdout
    assert "newest first;" not in result.stderr + result.stdout


def test_a_mixed_order_lets_no_year_flow_backwards(tmp_path: Path) -> None:
    # the days of a mixed list, one without its year: read as a list oldest first reads it
    # (the year before it), never as newest first would (a month later than the one above:
    # the year before)
    from ktimeline.api import import_chronology

    source = tmp_path / "mixed.txt"
    source.write_text(
        "March 4, 2019: The council meets.\n"
        "Jan. 10, 2019: A vote is called.\n"
        "Nov. 30, 2019: The mayor resigns.\n"
        "July 22, 2019: The vote is held.\n"
        "Feb. 15, 2019: The budget is published.\n"
        "May 6: A new mayor is sworn in.\n",
        "utf-8",
    )
    result = import_chronology(source, dry_run=True).result
    assert "newest first" not in result.pattern.replace("nor newest first", ""), result.pattern
    assert [event.date for event in result.events][-1] == "2019-05-06"
