"""split_entries: a text read into entries.

Its lines as an editor numbers them, the rewrites made before reading (bullets, wiki,
tables, glued dates), the splitter's run and what is read around it (a page's title,
its date, a year before the first heading).
"""

from __future__ import annotations

import functools
import html
import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import BULLET_SIGNS, _is_bulleted, _numbers_a_list
from ktimeline.importing.entries.calendar_pages import (
    DAY_OF_YEAR_HINT,
    _calendar_page,
    _date_years_by_day,
    _days_of_years,
    _days_of_years_under_month,
    _page_day_over_years,
)
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    _YEAR,
    CHRONOLOGY_HEADING,
    ITEM_BREAK,
    WINGDING,
    WINGDING_HINT,
    WINGDING_IN_TEXT,
)
from ktimeline.importing.entries.dates_after_texts import (
    DECADE_OPENING_HINT,
    NAMED_DATE_CELL_HINT,
    NAMED_ROW_HINT,
    NUMBERED_DATE_HINT,
    NUMBERED_ITEM_HINT,
    WORDED_SPAN_HINT,
    _at_a_line_start,
    _column_dates_ending_rows,
    _dates_after_texts,
    _dates_ending_items,
    _dates_ending_lines,
    _dates_labelled_below,
    _decades_opening_items,
    _headings_over_labelled_dates,
    _labelled_dates,
    _labels_over_their_dates,
    _named_date_cells,
    _numbered_dates_alone,
    _numbered_items_dated_inside,
    _numbered_names,
    _spaced_dates_ending_lines,
    _titled_dates,
    _titles_above_dates,
    _titles_colon_dates,
    _worded_day_spans,
    _years_after_sentences,
)
from ktimeline.importing.entries.furniture import (
    BORROWED_TITLE_REASON,
    BOX_HEADING_REASON,
    CAPTION_HINT,
    CUT_DATE_REASON,
    DIGIT,
    HOUR_GLUED_HINT,
    INFOBOX_DATE_HINT,
    LABELLED_LINK_REASON,
    SENTENCE_END,
    TEASER_LINK_HINT,
    TITLE_ECHO_REASON,
    YEAR_IN_DATE,
    YEAR_MENU,
    _box_headings,
    _captions_written_twice,
    _date_cut_at_the_end,
    _hours_glued_to_days,
    _infobox_dates,
    _is_century_menu,
    _labelled_links,
    _link_previews,
    _period_menus,
    _repeated_header_rows,
    _teaser_links,
    _title_taken_from_an_entry,
    _title_written_twice,
    metadata_values,
    normalise,
)
from ktimeline.importing.entries.glued_dates import (
    FRAMED_HINT,
    GLUED_PLACEHOLDER_HINT,
    SUPERSCRIPT_DIGIT,
    YEAR_GLUED_TO_ITEM_HINT,
    YEAR_GLUED_TO_SENTENCE_END_HINT,
    _bracketed_years_glued,
    _captions_glued_to_headings,
    _days_glued_to_texts,
    _framed_dates,
    _glued_placeholders,
    _has_glued_day,
    _superscript_days,
    _years_glued_to_first_items,
    _years_glued_to_sentence_ends,
)
from ktimeline.importing.entries.headings import (
    TITLED_BLOCKS_LENGTH,
    _capital_headline,
    _century_headings,
    _counted_headings,
    _dateline_over_years,
    _days_in_introduced_span,
    _heading_run_into_entries,
    _labelled_page_date,
    _numbered_heading_series,
    _other_years_opening_noted,
    _page_date_line,
    _page_date_over_older_entries,
    _page_title_span,
    _relative_ages,
    _release_headings,
    _spaced_year_headings,
    _title_span_repeated,
    _titled_year_headings,
    _writes_dates_twice,
    _year_before_first_heading,
    _year_page_head,
    _year_title_over_yearless,
    title_copies,
    title_years,
    weekday_stamp_over_yearless,
)
from ktimeline.importing.entries.live_pages import (
    CLOCK_BEFORE_DATE_HINT,
    MATCH_MINUTE,
    _agency_dateline,
    _clocks_before_dates,
    _day_of_times,
    _page_date_apart,
    _published,
    dotted_clocks,
    live_page_stamps,
)
from ktimeline.importing.entries.markup import (
    ENTITY,
    GLUED_EDIT_LINK_HINT,
    LINK_DEFINITION_HINT,
    PAGE_SOURCE_BLOCK,
    RELATIVE_DATE,
    TOOL_MARK_HINT,
    WIKI_SIGNS,
    _code_fences,
    _glued_edit_links,
    _markdown_images,
    _markdown_linked_items,
    _markdown_references,
    _on_source_lines,
    _page_source_text,
    _rendered_wiki,
    _timeline_tool_marks,
    _wiki_markup,
)
from ktimeline.importing.entries.pattern import DocumentPattern
from ktimeline.importing.entries.pattern_finding import find_pattern
from ktimeline.importing.entries.results import SkippedLine
from ktimeline.importing.entries.rows_and_columns import (
    CODED_ROW_HINT,
    COMPACT_DATE_HINT,
    FLAG_HINT,
    MARKDOWN_DELIMITER_HINT,
    NUMBERED_ROW_HINT,
    SPLIT_ROW_HINT,
    TWO_COLUMN_HINT,
    _coded_rows,
    _compact_date_cells,
    _dates_stacked_above_texts,
    _flag_column,
    _markdown_table_rows,
    _numbered_rows,
    _split_table_rows,
    _table_flattened,
    _two_columns,
    _whole_dates_stacked_above_texts,
    _year_and_day_cells,
)
from ktimeline.importing.entries.run_together import (
    GLUED_NUMERIC_HINT,
    MID_GLUED_YEAR,
    NUMBERED_ITEMS_RUN_HINT,
    RUN_TOGETHER_LENGTH,
    _boxes_run_into_dashed_years,
    _clocks_run_together,
    _dash_items_run_together,
    _dashed_years_run_together,
    _dates_wrapped_from_their_items,
    _glued_numeric_dates,
    _list_run_together,
    _numbered_items_run_together,
    _verb_years_run_together,
    _wide_gap_years_run_together,
    _year_dash_days_run_together,
    _years_glued_after_sentence_ends,
    _years_run_into_paragraphs,
)
from ktimeline.importing.entries.splitter import _ends_entries_at_width, _Splitter, _wrap_width
from ktimeline.importing.entries.starts import (
    RUN_IN_HEADING_HINT,
    _closing_days,
    _dashed_year_days,
    entry_starts,
)
from ktimeline.importing.entries.under_dates import (
    CATEGORY_LABEL,
    _bare_items_under_dates,
    _captions_twice_at_the_margin,
    _captions_under_dates,
    _card_titles,
    _cells_under_dates,
    _dates_broken_after_months,
    _events_of_the_date_above,
    _figure_lines,
    _hanging_indent_starts,
    _headline_list,
    _items_under_month_headings,
    _month_and_day_numbers_under_years,
    _months_above_years,
    _notes_in_cells,
    _one_line_texts,
    _own_years_of_rows,
    _rows_of_the_year_above,
    _second_cards,
    _separated_row_cells,
    _spans_broken_over_lines,
)
from ktimeline.importing.entries.years import (
    CENTURY_ORDINALS_HINT,
    CIRCA_HINT,
    ROMAN_MONTH_HINT,
    SHORT_DECADE_HINT,
    YEAR_ALONE_HINT,
    YEARS_SINCE_HINT,
    _century_of_short_years,
    _circa_years,
    _glued_years,
    _numbered_titles_above_dates,
    _numeric_order_from_words,
    _numeric_order_of_worded_days,
    _ordinal_centuries_among_years,
    _roman_months_among_roman_days,
    _short_decades,
    _short_year_first_days,
    _short_years_alone,
    _titled_date_blocks,
    _titled_date_cards,
    _two_digit_years,
    _writes_seasons,
    _writes_slashed_months,
    _year_of_weekdays,
    _years_below_days,
    _years_counted_down,
    _years_since_dates,
    _years_then_their_days,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from ktimeline.importing.entries.results import Split


REPEATED_LINE_LENGTH = 60  # (a link's or a button's words: short)


REPEATED_LINE_REACH = 3  # (within so many lines below its entry's date)


# how often a page writes its marker between paragraphs, at least (see _paragraph_markers)
MARKER_TIMES = 5


def _short_lines(lines: Sequence[str]) -> dict[str, list[int]]:
    """The indexes of each short line in capitals with no digit and no sentence end, by its
    words: the lines a page may write the same many times (its links, buttons, markers)."""
    seen: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            not stripped
            or len(stripped) > REPEATED_LINE_LENGTH
            or not stripped[:1].isupper()
            or SENTENCE_END.search(stripped)
            or DIGIT.search(stripped)
        ):
            continue
        seen.setdefault(stripped, []).append(index)
    return seen


def _paragraph_markers(seen: Mapping[str, list[int]]) -> dict[int, str]:
    """The lines (by index, with their words) of a marker a news page writes between its
    paragraphs ("Article content" / "Article content" / "A boy walks …" / "Article content"):
    a short line in capitals with no digit and no sentence end, written the same at least
    MARKER_TIMES times, twice on consecutive lines at least once (no text repeats a line
    right below itself; a label under each entry, "The Law", is written once each time).
    Read as blank lines: never an entry's text, nor a heading. (``seen``: see _short_lines.)"""
    found: dict[int, str] = {}
    for words, indexes in seen.items():
        if len(indexes) < MARKER_TIMES:
            continue
        if any(later == earlier + 1 for earlier, later in pairwise(indexes)):
            found.update((index, words) for index in indexes)
    return found


def _lines_repeated_under_entries(lines: Sequence[str], seen: Mapping[str, list[int]]) -> set[int]:
    """The indexes of a short line written the same under several entries ("1 | 1864 | -
    1864—1 Jan 1867: Canadian Confederation" / "Resources at Library and Archives Canada" /
    "Resources at Wikipedia", then the same two lines under the next row): a page's links or
    buttons under each entry, never the text of one. A line counts where it is written at
    least twice, each time within REPEATED_LINE_REACH lines below a line with a year and with
    such a line between two of them (under different entries); short, in capitals, with no
    digit and no sentence end ("The council meets." twice is two events told alike; ``seen``:
    see _short_lines)."""
    found: set[int] = set()
    for indexes in seen.values():
        if len(indexes) < 2:
            continue
        dated = [_entry_line_above(lines, index) for index in indexes]
        if None in dated or len(set(dated)) != len(dated):
            continue
        found.update(indexes)
    return found


# how often a page writes its button after an entry's paragraph, at least (see
# _buttons_after_paragraphs)
BUTTON_TIMES = 3


def _buttons_after_paragraphs(lines: Sequence[str], seen: Mapping[str, list[int]]) -> set[int]:
    """The indexes of a short line written the same as a paragraph of its own after each
    entry's text ("1284" / "" / "Książę … Dobrzycy" / "" / "Rozwiń" / "" / "1873" …): a page's
    button ("Read more", "Rozwiń", "Weiterlesen") under each entry, never the last entry's
    text. It counts where it is written at least BUTTON_TIMES times, each time after a blank
    line below a paragraph that opens with no year (the entry's text, its year above), and
    each time but the last before a blank and a line opening with a year; the last may end
    the text, with at most a line of page furniture after it. (``seen``: see _short_lines.)"""
    found: set[int] = set()
    for indexes in seen.values():
        if len(indexes) < BUTTON_TIMES:
            continue
        if not all(_after_a_paragraph(lines, index) for index in indexes):
            continue
        if not all(_before_a_year(lines, index) for index in indexes[:-1]):
            continue
        last = indexes[-1]
        if (
            not _before_a_year(lines, last)
            and sum(1 for line in lines[last + 1 :] if line.strip()) > 1
        ):
            continue
        found.update(indexes)
    return found


def _after_a_paragraph(lines: Sequence[str], index: int) -> bool:
    """Whether a blank line stands above a line, and above it a line of words that opens
    with no year."""
    if index < 2 or lines[index - 1].strip():
        return False
    above = lines[index - 2].strip()
    return bool(above) and YEAR_IN_DATE.match(above) is None and len(above.split()) > 1


def _before_a_year(lines: Sequence[str], index: int) -> bool:
    """Whether a blank line stands below a line, and below it a line opening with a year."""
    return (
        index + 2 < len(lines)
        and not lines[index + 1].strip()
        and YEAR_IN_DATE.match(lines[index + 2].strip()) is not None
    )


def _entry_line_above(lines: Sequence[str], index: int) -> int | None:
    """The index of the line with a year and its entry's own words (more than its date:
    "1 | 1864 | - 1864—1 Jan 1867: Canadian Confederation") within REPEATED_LINE_REACH lines
    directly above (no blank between), or None: a date alone above ("July 2023" / "Visit to
    …") makes the line below the entry's text, not a link under it."""
    for above in range(index - 1, max(index - REPEATED_LINE_REACH, 0) - 1, -1):
        line = lines[above]
        if not line.strip():
            return None
        if YEAR_IN_DATE.search(line):
            words = dates.date_in_text().sub(" ", line)
            letters = [word for word in words.split() if any(char.isalpha() for char in word)]
            return above if len(letters) >= 2 else None
    return None


# (its hour word at a line's end, each letter in either case as re.I reads it: the cheap test
# first, a scan that opens with a letter instead of a try at every character of the text)
HOUR_WORD_AT_END = re.compile(r"[Uu][UuHh][Rr][ \t]*$", re.M)


# "1567 – 9 maggio nasce …": a year, a spaced dash, then a day (see dates' "ylead" form); and
# " – 7 novembre nasce …" later on such a line: another day of that year, after the same dash
YEAR_DASH_DAY_HINT = re.compile(rf"^[ \t]*{_YEAR}[ \t][{_DASH_CHARS}][ \t]\d{{1,2}}\.?[ \t]", re.M)


# (a cheap first look for SPACED_YEAR_ALONE: "1 8 9 4" alone on a line)
SPACED_YEAR_HINT = re.compile(r"^[ \t]*[12] \d \d \d[ \t]*$", re.M)


# (a cheap first look for RELEASE_HEADING: a heading's marks, then a version number)
# two spans of years (or three years) alone on consecutive lines: perhaps a page's menu of
# periods (see _period_menus; one scan, most texts have none)
PERIOD_MENU_HINT = re.compile(
    r"^[ \t]*\d{3,4}[ \t]*[-–][ \t]*\d{3,4}[ \t]*\n[ \t]*\d{3,4}[ \t]*[-–]"
    r"|^[ \t]*\d{4}[ \t]*\n[ \t]*\d{4}[ \t]*\n[ \t]*\d{4}[ \t]*$",
    re.M,
)
RELEASE_HINT = re.compile(r"^#{1,6}[ \t]+\[?v?\d+\.\d", re.MULTILINE)


def _on_a_line(hint: re.Pattern[str], text: str) -> bool:
    """``hint.search(text)`` found, for a MULTILINE hint each of whose branches opens with ^:
    at the text's start, or after a line break (``_after_line_breaks``), which the scan finds
    fast; a pattern that opens with ^ is tried at every character."""
    if hint.match(text) is not None:
        return True
    return _after_line_breaks(hint.pattern, hint.flags).search(text) is not None


@functools.cache
def _after_line_breaks(source: str, flags: int) -> re.Pattern[str]:
    """A MULTILINE pattern "^…" as a line break, then "(?:…)": its places after the first
    line, each with the line break before it."""
    if not flags & re.MULTILINE or not _branches_open_with_caret(source):
        raise ValueError(f"not a MULTILINE pattern each of whose branches opens with ^: {source!r}")
    return re.compile(f"\n(?:{source[1:]})", flags)


def _branches_open_with_caret(source: str) -> bool:
    """Whether a pattern opens with ^, and so does each branch after a "|" outside brackets
    and character classes ("^a|^b", not "^a|b")."""
    depth, escaped, opened = 0, False, -1  # (opened: where the character class opened)
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif opened >= 0:  # ("[]…]", "[^]…]": a "]" first is one of the class)
            first = opened + 2 if source[opened + 1 : opened + 2] == "^" else opened + 1
            opened = opened if char != "]" or index == first else -1
        elif char == "[":
            opened = index
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and not depth and source[index + 1 : index + 2] != "^":
            return False
    return source.startswith("^")


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them: ended by LF, CRLF or CR, not by a form feed. A text
    with none of those, whose lines end in Unicode's LINE SEPARATOR or PARAGRAPH SEPARATOR
    (U+2028, U+2029, as some word processors and web pages save them), is cut there: else
    its whole list would be one line, its entries joined into the first."""
    # (a text without CR, most: str's own split, the same lines, several times faster)
    lines = text.split("\n") if "\r" not in text else re.split(r"\r\n|\r|\n", text)
    if len(lines) == 1 and ("\u2028" in text or "\u2029" in text):
        lines = re.split("[\u2028\u2029]", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _wingding_bullets(text: str, lines: list[str]) -> list[str]:
    """The lines with the document's Wingdings bullet ("n " as a PDF's text gives "▪") written
    as "•", when the document writes one sign so at least MIN_LINES times; else unchanged."""
    counts: dict[str, int] = {}
    if WINGDING_HINT.search(text) is None:
        return lines  # (the common case: one fast scan)
    for sign in WINGDING_IN_TEXT.findall(text):  # (one scan of the whole text)
        counts[sign] = counts.get(sign, 0) + 1
    signs = [sign for sign, count in counts.items() if count >= DocumentPattern.MIN_LINES]
    if len(signs) != 1:
        return lines
    sign = signs[0]

    def bullet(found: re.Match[str]) -> str:  # (the match is spaces, the sign, spaces)
        return found.group().replace(sign, "•") if found["sign"] == sign else found.group()

    return [WINGDING.sub(bullet, line) if sign in line else line for line in lines]


# a bullet's sign alone on its line, its item's text on the next line (a page's list item
# whose sign and text a copy put on two lines: "-" / "Alphonse crée …")
LONE_BULLET_HINT = re.compile(r"^[ \t]*[•*\-–—▪◦●][ \t]*$", re.MULTILINE)


def _lone_bullets(text: str, lines: list[str]) -> list[str]:
    """The lines with the text below a lone bullet sign ("-" / "Alphonse crée …") written
    after that sign ("- Alphonse crée …"), as the item it is, when the document opens at
    least MIN_LINES other lines with that sign and text (its list's bullet); the sign's own
    line stays (listed as layout). Else unchanged: a lone "—" between paragraphs of a text
    with no such list is a spacer, and the paragraph below it no item."""
    if not _on_a_line(LONE_BULLET_HINT, text):
        return lines  # (the common case: one fast scan)
    written = list(lines)
    opened: dict[str, int] = {}  # sign → lines it opens with text (counted once per sign)
    for index, line in enumerate(lines[:-1]):
        sign = line.strip()
        if len(sign) != 1 or sign not in "•*-–—▪◦●":
            continue
        below = lines[index + 1]
        if not below.strip() or _is_bulleted(below):
            continue
        if sign not in opened:
            opened[sign] = sum(
                1 for other in lines if other.lstrip().startswith(f"{sign} ") and other.strip()[2:]
            )
        if opened[sign] >= DocumentPattern.MIN_LINES:
            indent = below[: len(below) - len(below.lstrip())]
            written[index + 1] = f"{indent}{sign} {below.lstrip()}"
    return written


# runs of undated bullets between two entries that show a document's layout of bulleted
# events below a dated line, so that the run below its last entry is read so too
BULLET_RUNS_SHOWN = 2


def _dated_after_bullets(
    lines: Sequence[str], start: int, pattern: DocumentPattern, splitter: _Splitter, *, at_end: bool
) -> list[bool]:
    """By line number: the next text lines are undated bulleted lines, then a dated line (see
    _Splitter.bullet: a run of bullets between two entries, each an event of the one above);
    ``at_end``: or then the text's end (see _ends_cut)."""
    dated_after_bullets = [False] * (len(lines) + 1)
    upcoming = at_end
    for index in range(len(lines) - 1, start - 1, -1):
        dated_after_bullets[index + 1] = upcoming
        if lines[index].strip():
            if index + 1 in pattern.dated or index + 1 in splitter.short_years_alone:
                upcoming = True
            elif not _is_bulleted(lines[index]) or BULLETED_NUMBER.match(lines[index]):
                upcoming = False  # (and "- 820 - …", a year the pattern does not count dated)
    return dated_after_bullets


def _ends_cut(lines: Sequence[str]) -> bool:
    """Whether a text ends inside a word or a sentence (its last line ends on a letter, a
    figure or a hyphen: "… um mata-b"): a page cut in the middle of its list."""
    last = next((line.rstrip() for line in reversed(lines) if line.strip()), "")
    return last[-1:].isalnum() or last[-1:] == "-"


def _bullet_runs_between_entries(lines: Sequence[str], dated_after: Sequence[bool]) -> int:
    """How many runs of undated bulleted lines stand between two entries (``dated_after``,
    _dated_after_bullets')."""
    runs, inside = 0, False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        bullet = _is_bulleted(line) and dated_after[number]
        runs += bullet and not inside
        inside = bullet
    return runs


def split_entries(text: str, default_year: int | None = None) -> Split:
    """Group a text's lines into dated entries; record layout and lines that belong nowhere.

    The document's own pattern (how it marks its entries) is found first, then every line
    is read with it."""
    if "</" in text and PAGE_SOURCE_BLOCK.search(text) is not None:  # (most texts have none)
        comments: list[SkippedLine] = []
        shown, numbers = _page_source_text(text, comments)
        if numbers:  # (a page's source kept as text: read as its page)
            split = _on_source_lines(_split_text(shown, default_year), numbers)
            split.layout.extend(comments)
            return split
    return _split_text(text, default_year)


# a bulleted line whose item opens with a number ("- 820 - Le scriptorium …", "• 3 mai …")
BULLETED_NUMBER = re.compile(r"\s*\S+\s+\d")


# The passes that break items run together on one line into lines of their own, in order,
# each with the cheap test of the whole text that must hold for it to find anything (one scan
# or str's own search: most texts hold none of them). A pass returns its lines object itself
# when it broke nothing.
_RUN_TOGETHER_PASSES: tuple[tuple[Callable[[str], bool], Callable[[list[str]], list[str]]], ...] = (
    (lambda text: len(text) > RUN_TOGETHER_LENGTH, _list_run_together),
    (lambda text: len(text) > RUN_TOGETHER_LENGTH, _clocks_run_together),
    (lambda text: NUMBERED_ITEMS_RUN_HINT.search(text) is not None, _numbered_items_run_together),
    (lambda text: YEAR_GLUED_TO_ITEM_HINT.search(text) is not None, _years_glued_to_first_items),
    (lambda text: YEAR_DASH_DAY_HINT.search(text) is not None, _year_dash_days_run_together),
    (lambda text: GLUED_NUMERIC_HINT.search(text) is not None, _glued_numeric_dates),
    (lambda text: " - " in text, _dash_items_run_together),  # a later "- DATE:" item
    (lambda text: " - " in text, _dashed_years_run_together),
    (lambda text: "\n- " in text or " -\n" in text, _dates_wrapped_from_their_items),
    (lambda text: MID_GLUED_YEAR.search(text) is not None, _years_glued_after_sentence_ends),
    (lambda text: ". " in text, _verb_years_run_together),  # a year opening a sentence
    (lambda text: "  " in text, _wide_gap_years_run_together),  # a wide gap after the years
    (lambda text: "\n1" in text or "\n2" in text, _years_run_into_paragraphs),
)


def _split_text(text: str, default_year: int | None) -> Split:
    """split_entries on a text of lines (see there)."""
    lines = _lone_bullets(text, _wingding_bullets(text, split_lines(text)))
    if "&" in text and ENTITY.search(text):  # "June 25 &ndash; text": a page's source
        lines = [html.unescape(line) if "&" in line else line for line in lines]
    wiki_removed: list[tuple[int, str, str]] = []
    if any(sign in text for sign in WIKI_SIGNS) or "\n=" in text or text[:1] == "=":
        # (str's own search, a few scans of the text: most texts have no wiki sign)
        lines, wiki_removed = _wiki_markup(lines)
    if "[edit" in text or "[ edit" in text:
        lines, shown = _rendered_wiki(lines)
        wiki_removed += shown
    if GLUED_EDIT_LINK_HINT.search(text) is not None:
        lines, glued = _glued_edit_links(lines)
        wiki_removed += glued
    if SUPERSCRIPT_DIGIT.search(text) is not None:
        lines = _superscript_days(lines)
    images: dict[int, str] = {}
    if "![" in text:  # (str's own search: most texts have no Markdown image)
        lines, images = _markdown_images(lines)
    addresses: dict[int, str] = {}
    if "](" in text:  # (str's own search: most texts have no Markdown link)
        lines, addresses = _markdown_linked_items(lines)
    lines = _page_date_apart(lines)
    tool_marks: dict[int, tuple[str, str]] = {}
    if text.lstrip()[:3] == "---" or _on_a_line(TOOL_MARK_HINT, text):  # (most: neither)
        lines, tool_marks = _timeline_tool_marks(text, lines)
    if "```" in text or "~~~" in text:  # (str's own search: most texts have no code fence)
        lines, fences = _code_fences(lines)
        tool_marks.update(fences)
    metadata = metadata_values(lines)
    # (an indented line after a blank one: one scan, most texts have none)
    twice = _captions_written_twice(lines) if CAPTION_HINT.search(text) else set()
    titles = _title_written_twice(lines)
    borrowed = _title_taken_from_an_entry(lines)
    links = _labelled_links(lines) if ":" in text else set()
    boxes = _box_headings(lines) if "\n- " in text or "•" in text else set()
    short_lines = _short_lines(lines)
    repeated = _lines_repeated_under_entries(lines, short_lines)
    repeated |= _buttons_after_paragraphs(lines, short_lines)
    markers = _paragraph_markers(short_lines)
    previews = _link_previews(lines) if "..." in text or "…" in text else {}
    teasers: dict[int, str] = {}
    if TEASER_LINK_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, teasers = _teaser_links(lines)
    flags: dict[int, str] = {}
    if FLAG_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, flags = _flag_column(lines)
    cut_dates = _date_cut_at_the_end(lines)
    written = lines
    boxed = titles or links or boxes or borrowed
    if metadata or twice or boxed or repeated or markers or previews or cut_dates:
        lines = [
            ""
            if index in metadata
            or index in cut_dates
            or index in twice
            or index in titles
            or index in borrowed
            or index in links
            or index in boxes
            or index in repeated
            or index in markers
            or index in previews
            else line
            for index, line in enumerate(lines)
        ]
    definitions: dict[int, str] = {}
    if "]:" in text and _on_a_line(LINK_DEFINITION_HINT, text):  # (most have none)
        lines, definitions = _markdown_references(lines)
    same_day_numbers: dict[int, str] = {}
    if "|" in text and COMPACT_DATE_HINT.search(text) is not None:  # (most texts have none)
        lines, same_day_numbers = _compact_date_cells(lines)
    unsettled_decades: dict[int, str] = {}
    if _on_a_line(SHORT_DECADE_HINT, text):  # (one scan: most texts have none)
        lines, unsettled_decades = _short_decades(lines)
    markdown_rows: dict[int, str] = {}
    if "|" in text and MARKDOWN_DELIMITER_HINT.search(text) is not None:  # (most have none)
        lines, markdown_rows = _markdown_table_rows(lines)
    split_rows: dict[int, str] = {}
    if "|" in text and _on_a_line(SPLIT_ROW_HINT, text):  # (most texts have none)
        lines, split_rows = _split_table_rows(lines)
    lines, labels = _labelled_dates(_year_and_day_cells(lines))
    row_cells: dict[int, str] = {}
    if "|" in text and NUMBERED_ROW_HINT.search(text) is not None:  # (one scan: most have none)
        lines, row_cells = _numbered_rows(lines)
    codes: dict[int, str] = {}
    names: dict[int, str] = {}
    if CODED_ROW_HINT.search(text) is not None:
        lines, codes = _coded_rows(lines)
    if NAMED_ROW_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, names = _numbered_names(lines)
    placeholders: dict[int, str] = {}
    if GLUED_PLACEHOLDER_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, placeholders = _glued_placeholders(lines)
    years_again: dict[int, str] = {}
    if "(" in text:  # (str's own search: a bracket after the years)
        lines, years_again = _years_then_their_days(lines)
    years_since: dict[int, str] = {}
    if YEARS_SINCE_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, years_since = _years_since_dates(lines)
    approximate: dict[int, str] = {}
    marked = lines  # (the lines with their approximate years' marks, for the report)
    if _on_a_line(CIRCA_HINT, text):  # (one scan: most texts have none)
        lines, approximate = _circa_years(lines)
    centuries: dict[int, str] = {}
    if CENTURY_ORDINALS_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, centuries = _ordinal_centuries_among_years(lines)
    roman_months: dict[int, str] = {}
    if ROMAN_MONTH_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, roman_months = _roman_months_among_roman_days(lines)
    lines = _spans_broken_over_lines(_dates_broken_after_months(lines))
    lines = _months_above_years(lines)
    year_boxes: dict[int, str] = {}
    if YEAR_ALONE_HINT.search(text) is not None:  # (one scan: most texts have no year alone)
        lines, year_boxes = _month_and_day_numbers_under_years(lines)
    lines = _glued_years(_days_in_introduced_span(lines))
    if DAY_OF_YEAR_HINT.search(text) is not None:  # ("1 de 1997: …" under "JULHO")
        lines = _days_of_years_under_month(lines)
    if YEAR_GLUED_TO_SENTENCE_END_HINT.search(text) is not None:  # (most texts have none)
        lines = _years_glued_to_sentence_ends(lines)
    if ")" in text:  # ("• (1515)Malacca …": str's own search, then a line's first sign)
        lines = _bracketed_years_glued(lines)
    if _on_a_line(FRAMED_HINT, text):  # (one scan: most texts have none)
        lines = _framed_dates(lines)
    spaced_years: dict[int, str] = {}
    if _on_a_line(SPACED_YEAR_HINT, text):  # (one scan: most texts have none)
        lines, spaced_years = _spaced_year_headings(lines)
    if _has_glued_day(text):  # (a few fast scans: most texts have none)
        lines = _days_glued_to_texts(lines)
    lines, titled = _titles_above_dates(lines)
    if not titled and len(text) < TITLED_BLOCKS_LENGTH:
        lines, titled = _titled_date_blocks(lines)
    if not titled and len(text) < TITLED_BLOCKS_LENGTH:
        lines, titled = _titled_date_cards(lines)  # ("Dr. Max Hagemann" / "1951 - 1952")
    if not titled and len(text) < TITLED_BLOCKS_LENGTH:
        # ("  1. Henryk Jacek Drogosz" / "    17 kwietnia 1946": a numbered item's date below)
        lines, titled = _numbered_titles_above_dates(lines)
    headed: dict[int, str] = {}
    if "#" in text:  # (Markdown's headings only)
        lines, headed = _headings_over_labelled_dates(lines)
    lines, labelled_below = _dates_labelled_below(lines)
    if "\n  " in text and ("•" in text or "- " in text or "* " in text):  # (indented items only)
        lines, labels_over_dates = _labels_over_their_dates(lines)
        labelled_below.update(labels_over_dates)
    releases: dict[int, str] = {}
    if "#" in text and RELEASE_HINT.search(text) is not None:  # (most texts have none)
        lines, releases = _release_headings(lines)
    dates_ending = False
    if "•" in text or "- " in text or "* " in text:  # (bulleted items only)
        lines, dates_ending = _dates_ending_items(lines)
    years_below: dict[int, str] = {}
    if YEAR_ALONE_HINT.search(text) is not None:  # (one scan: most texts have no year alone)
        lines, years_below = _years_below_days(lines)
    year_menus = {  # (a short line opening with a year: the regex only there)
        index: line.strip()
        for index, line in enumerate(lines)
        if line.lstrip()[:1] in "12" and len(line) < 160 and YEAR_MENU.fullmatch(line.strip())
    }
    century_menus = {  # (a line opening with a century's number: the regex only there)
        index: line.strip()
        for index, line in enumerate(lines)
        if line.lstrip()[:1].isdigit() and len(line) < 200 and _is_century_menu(line.strip())
    }
    period_menus = _period_menus(lines) if PERIOD_MENU_HINT.search(text) else {}
    infoboxes = _infobox_dates(lines) if _on_a_line(INFOBOX_DATE_HINT, text) else {}
    if year_menus or century_menus or period_menus or infoboxes:
        lines = [
            ""
            if index in year_menus
            or index in century_menus
            or index in period_menus
            or index in infoboxes
            else line
            for index, line in enumerate(lines)
        ]
    broken = False  # a list run together on one line, broken into its items (see there)
    for may_hold, run_apart in _RUN_TOGETHER_PASSES:
        if may_hold(text):
            unbroken = lines
            lines = run_apart(lines)
            broken = broken or lines is not unbroken
    lines, ages = _relative_ages(lines)
    clocks: dict[int, str] = {}
    if CLOCK_BEFORE_DATE_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines, clocks = _clocks_before_dates(lines)
    lines, counts = _counted_headings(lines)
    if DECADE_OPENING_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines = _decades_opening_items(lines)
    if "|" in text and NAMED_DATE_CELL_HINT.search(text) is not None:  # (most have none)
        lines = _named_date_cells(lines)
    lines = _dates_ending_lines(_titled_dates(_dates_after_texts(_table_flattened(lines))))
    lines, spaced_items = _spaced_dates_ending_lines(lines)
    if not spaced_items and "  " in text:  # (str's own search: a table's wide column gap)
        lines, spaced_items = _column_dates_ending_rows(lines)
    years_ending = False  # (items that end with their years: an undated line is no row)
    if not spaced_items:
        lines, spaced_items = _years_after_sentences(lines)
        years_ending = bool(spaced_items)
        # (a row with its year between two texts, broken apart: see _years_between_two_texts)
        broken = broken or (years_ending and any(ITEM_BREAK in line for line in lines))
    if text.lstrip()[:2] in ("1.", "1)") or NUMBERED_ITEM_HINT.search(text) is not None:
        lines = _numbered_items_dated_inside(lines)
    if TWO_COLUMN_HINT.search(text) is not None:  # (one scan: most texts have none)
        lines = _two_columns(lines)
    if YEAR_ALONE_HINT.search(text) is not None:  # (one scan: most texts have no year alone)
        lines = _dates_stacked_above_texts(lines)
    lines = _whole_dates_stacked_above_texts(lines)
    numbered_dates: dict[int, str] = {}
    if _at_a_line_start(NUMBERED_DATE_HINT, text):
        lines, numbered_dates = _numbered_dates_alone(lines)
    lines, day_names = _bare_items_under_dates(lines)
    lines = _items_under_month_headings(lines)
    if _at_a_line_start(WORDED_SPAN_HINT, text):  # (one scan: most texts have none)
        lines = _worded_day_spans(lines)
    lines, glued_captions = _captions_glued_to_headings(lines)
    if ":" in text:
        lines, titles_broken = _titles_colon_dates(lines)
        broken = broken or titles_broken
    if (
        ("uur" in text or "hr" in text)
        and HOUR_WORD_AT_END.search(text) is not None
        and HOUR_GLUED_HINT.search(text) is not None
    ):
        lines, hours_broken = _hours_glued_to_days(lines)
        broken = broken or hours_broken
    days_of_years = _days_of_years(lines)
    calendar = _calendar_page(lines) if not days_of_years else None
    page_day = _page_day_over_years(lines) if not days_of_years and calendar is None else None
    if calendar is not None:  # (a page of one day: its observances are of the page's year)
        default_year = calendar[0] if default_year is None else default_year
    start = heading = 0
    heading_run_in = ""
    for index, line in enumerate(lines):
        if found_heading := CHRONOLOGY_HEADING.match(line):
            heading = index
            start = index if entry_starts(normalise(line)) else index + 1
            lines, heading_run_in = _heading_run_into_entries(lines, index, found_heading)
            start = index if heading_run_in else start
            break
    pattern = find_pattern(lines[start:], start + 1, broken)
    head = _year_page_head(pattern)
    head_lines: dict[int, str] = {}  # (by index: why each line of the head is left out)
    if head is not None:  # (rare: a page titled by a year, its own date below the title)
        title_year, head_lines = head
        lines = ["" if index in head_lines else line for index, line in enumerate(lines)]
        pattern = find_pattern(lines[start:], start + 1, broken)
        default_year = title_year if default_year is None else default_year
    headline = _capital_headline(lines, pattern)
    if headline is not None:  # (rare: "2008: HOW IT ALL BEGAN TO UNRAVEL" over the entries)
        written_headline = lines[headline - 1].strip()
        lines = ["" if index == headline - 1 else line for index, line in enumerate(lines)]
        pattern = find_pattern(lines[start:], start + 1, broken)
    year_title = _year_title_over_yearless(lines, pattern)
    title_lines: dict[int, str] = {}  # (by index: the page's title and its copies)
    if year_title is not None:  # (rare: "1877 English Cricket Season - Events" over "15 March. …")
        title_number, title_year = year_title
        written_title = lines[title_number - 1].strip()
        # (the title written again below it: "2013 Flood Timeline" under "… | DrumhellerMail")
        title_lines = {n - 1: lines[n - 1].strip() for n in title_copies(lines, title_number)}
        title_lines[title_number - 1] = written_title
        lines = ["" if index in title_lines else line for index, line in enumerate(lines)]
        pattern = find_pattern(lines[start:], start + 1, broken)
        default_year = title_year if default_year is None else default_year
    # ("Wednesday, October 13, 2010" over "• August 5 - …": the page's date, its first start)
    stamp_line = weekday_stamp_over_yearless(lines, pattern)
    first_start = next(
        (n for n, form, *_ in pattern.starts if pattern.writes(form) and n != stamp_line), None
    )
    if default_year is None and first_start is not None:
        published = (
            _published(lines)
            or _agency_dateline(lines[start : first_start - 1])
            or _labelled_page_date(written, metadata)
        )
        # (from the chronology's heading on: "Chronology 2020" names its entries' year)
        entry_lines = [lines[n - 1] for n, form, *_ in pattern.starts if pattern.writes(form)]
        pattern.title_years = title_years(
            lines[heading : first_start - 1], pattern, published, entry_lines, stamp_line
        )
        if pattern.title_years is None:
            default_year = _year_before_first_heading(pattern)
        if default_year is None and pattern.title_years is None and not pattern.writes_years():
            weekdays = _year_of_weekdays(lines)
            if isinstance(weekdays, tuple):  # (no year named: its entries refused, see there)
                pattern.weekday_years = weekdays
            else:
                default_year = pattern.weekday_year = weekdays
    if not pattern.numeric_orders and "/" in text:
        order = _numeric_order_from_words(lines) or _numeric_order_of_worded_days(lines)
        if order is not None:  # (the numeric days' order shown by the same days in words)
            pattern.numeric_orders.add(order)
    pattern.titles_above = bool(titled)
    pattern.dates_ending = dates_ending
    wrap = _wrap_width(lines[start:])
    if wrap is not None and _ends_entries_at_width(
        lines, {line for line, *_ in pattern.starts}, wrap
    ):
        wrap = None  # (a list of one-line entries of about one width: not hard-wrapped)
    splitter = _Splitter(default_year, wrap, pattern)
    splitter.lines = lines
    if "/" in text:
        splitter.years.seasons = _writes_seasons(lines)
        splitter.years.slashed_months = _writes_slashed_months(lines)
        splitter.years.century = _century_of_short_years(text)
    splitter.card_titles = _card_titles(lines, pattern)
    splitter.one_line_texts = _one_line_texts(lines, pattern) | spaced_items
    splitter.headline_list = _headline_list(lines, pattern)
    splitter.figure_lines = _figure_lines(lines, pattern)
    splitter.header_rows = _repeated_header_rows(lines)
    splitter.heading_series = _numbered_heading_series(lines)
    splitter.titled_years = _titled_year_headings(lines)
    splitter.captions = _captions_under_dates(lines, pattern) | _captions_twice_at_the_margin(
        lines, pattern
    )
    splitter.category_labels = frozenset(
        lines[number - 1].strip()
        for number, reason in splitter.captions.items()
        if reason == CATEGORY_LABEL
    )
    splitter.hanging_starts = _hanging_indent_starts(lines)
    splitter.dates_twice = _writes_dates_twice(lines, pattern)
    splitter.two_digit_years = _two_digit_years(lines)
    splitter.short_year_days = _short_year_first_days(lines)
    splitter.short_years_alone, splitter.countdown_years = _short_years_alone(lines, pattern)
    splitter.closing_days = _closing_days(lines)
    splitter.dashed_days = _dashed_year_days(lines)
    if calendar is not None:
        splitter.calendar_years = calendar[2]
    splitter.year_rows, splitter.listed_rows = _rows_of_the_year_above(lines, pattern)
    if years_ending:  # ("Taj Mahal is completed. 1648" / "The school struggled …": undated)
        splitter.year_rows, splitter.listed_rows = set(), set()
    splitter.own_year_rows = _own_years_of_rows(lines, splitter.year_rows)
    splitter.day_rows, splitter.listed_day_rows = _events_of_the_date_above(lines, pattern)
    splitter.row_cells_below = _separated_row_cells(lines, pattern)
    if splitter.row_cells_below:  # (a row's cell over several lines: its entry's text, see there)
        cells = splitter.row_cells_below.keys()
        splitter.year_rows, splitter.listed_rows = (
            splitter.year_rows - cells,
            splitter.listed_rows - cells,
        )
        splitter.day_rows, splitter.listed_day_rows = (
            splitter.day_rows - cells,
            splitter.listed_day_rows - cells,
        )
    splitter.second_cards = (
        _second_cards(lines, pattern)
        | _cells_under_dates(lines, pattern)
        | _notes_in_cells(lines, pattern)
    )
    splitter.numbers_a_list = _numbers_a_list(lines)
    # The lines read apart before the splitter's run, reported in this order (a new kind of
    # line reported is one row): (the lines found, by index: the words to quote; the reason),
    # each row's lines in the text's order. Where each line has its own reason:
    # _each_its_reason, a row a line, in the order found. A reason of NOT_PLACED is reported
    # as a line not placed; every other line is the page's layout.
    reported: list[tuple[Mapping[int, str], str]] = [
        (glued_captions, "a caption in capitals, the next heading run into it"),
        (images, "a Markdown image"),
        (addresses, "a Markdown link's address (the link's text is read)"),
        *_each_its_reason((index, mark, why) for index, (mark, why) in tool_marks.items()),
        (numbered_dates, "an item's running number before its date"),
        (day_names, "the day's name over its items"),
        (ages, "the page's count of the time since the date"),
        (counts, "a heading's day count"),
        (labels, "a field's label"),
        (definitions, "a link's address"),
        (same_day_numbers, "a same-day number after a date cell"),
        (year_menus, "a page's menu of years"),
        (century_menus, "a page's menu of centuries"),
        (years_below, "the year of the day and month above it"),
        (releases, "heading: a release and its day, the day of the items below it"),
        *_each_its_reason(_as_written(head_lines, written)),
        (
            {headline - 1: written_headline} if headline is not None else {},
            "the page's headline in capitals, a year before it",
        ),
        (
            title_lines,
            "the page's title, the year of the entries below",
        ),
        (row_cells, "a table's row number and year cell"),
        (placeholders, "an image's placeholder glued before the line's date or time"),
        (names, "a numbered list's number and name before the date"),
        (codes, "a table's category code before the date"),
        *_each_its_reason(wiki_removed),
        *_each_its_reason(
            _as_written({**split_rows, **titled, **headed, **labelled_below}, written)
        ),
        *_each_its_reason(_as_written(markdown_rows, written)),
        (clocks, "a time of day before the item's date (the page's stamp)"),
        (unsettled_decades, UNSETTLED_DECADE),
        (previews, "a linked word's preview (the linked article's title and summary)"),
        (markers, "a marker the page writes between its paragraphs"),
        (period_menus, "a page's menu of its periods"),
        (infoboxes, "an infobox's date field (the page's summary, not an entry)"),
        (teasers, "a teaser's link to the whole item, at its line's end"),
        (year_boxes, "the month and day of the year above, as bare numbers (the paragraph's date)"),
        (flags, "a table's column of flags after the item's text ('YES', 'NO')"),
        (cut_dates, CUT_DATE_REASON),
        (years_since, "the page's count of the years since the date"),
        (years_again, "the years, written again by their whole days in brackets"),
    ]
    for found, reason in reported:
        into = splitter.result.unplaced if reason in NOT_PLACED else splitter.result.layout
        into.extend(SkippedLine(index + 1, words, reason) for index, words in sorted(found.items()))
    splitter.page_date_line = _page_date_line(lines, pattern)
    if pattern.title_years is not None:
        first, last = pattern.title_years
        # (the first month an entry writes; numeric days, "10/16/25", write none: January)
        month = next((m for _, form, _, m, _ in pattern.starts if pattern.writes(form) and m), 1)
        splitter.years.heading(month, first, last)
    next_dated = [False] * (len(lines) + 1)  # by line number
    upcoming = False
    for index in range(len(lines) - 1, start - 1, -1):
        next_dated[index + 1] = upcoming
        if lines[index].strip():
            # (a three-digit year alone among years alone is dated too: see _short_years_alone)
            upcoming = index + 1 in pattern.dated or index + 1 in splitter.short_years_alone
    splitter.next_dated = next_dated
    # by line number: the next text lines are undated bulleted lines, then a dated line (see
    # Splitter.bullet: a run of bullets between two entries, each an event of the one above)
    dated_after_bullets = _dated_after_bullets(lines, start, pattern, splitter, at_end=False)
    if (
        _ends_cut(lines)
        and _bullet_runs_between_entries(lines, dated_after_bullets) >= BULLET_RUNS_SHOWN
    ):
        # ("1953 - …" / "• …" / "1954 - …" / "• Inauguração … um mata-b": the last entry's
        # bullets, the text cut inside them, are its events as the runs above were; a whole
        # closing bullet, "• Compartilhe esta página …", may be the page's own: reported)
        dated_after_bullets = _dated_after_bullets(lines, start, pattern, splitter, at_end=True)
    splitter.dated_after_bullets = dated_after_bullets
    if pattern.reads_dashed_years_mid_line() and RUN_IN_HEADING_HINT.search(text) is not None:
        splitter.run_in_headings = True  # ("… Nehru. Regional tensions 1962 – …": see there)
    live = live_page_stamps(lines)
    if live is None and not any(pattern.writes(form) for _, form, *_ in pattern.starts):
        # (a page of times, no dated entries: rare)
        splitter.dotted_clocks = dotted_clocks(lines[start:])
        splitter.day_of_times = _day_of_times(lines[start:], pattern, splitter.dotted_clocks)
    if live is not None:
        splitter.live_days, splitter.stamps, splitter.stamps_kept = live
        pattern.live_updates = len(splitter.stamps)
        if splitter.stamps_kept:
            pattern.live_kind = "hour"
        elif any(found.re is MATCH_MINUTE for found in splitter.stamps.values()):
            pattern.live_kind = "minute"
    next_bulleted = [False] * (len(lines) + 1)  # by line number
    upcoming = False
    for index in range(len(lines) - 1, start - 1, -1):
        next_bulleted[index + 1] = upcoming
        if lines[index].strip():
            bulleted = _is_bulleted(lines[index])
            # ("  • - lors de la conférence …": a detail of the entry above, in lower case,
            # not an item under a title: the line above it is the entry's text)
            detail = bulleted and lines[index].strip().lstrip(BULLET_SIGNS)[:1].islower()
            upcoming = bulleted and not detail
            if bulleted:
                splitter.bulleted_numbers.add(index + 1)
    splitter.next_bulleted = next_bulleted
    splitter.result.before = [
        SkippedLine(index + 1, line.strip(), "before the chronology heading")
        for index, line in enumerate(lines[:heading])
        if line.strip()
    ]
    splitter.result.before_chronology = len(splitter.result.before)
    if start > heading:
        splitter.result.layout.append(SkippedLine(heading + 1, lines[heading].strip(), "heading"))
    if heading_run_in:
        reason = "heading, run into the first entry on its line"
        splitter.result.layout.append(SkippedLine(heading + 1, heading_run_in, reason))
    for index in sorted(titles):  # (above the chronology's heading too: never lost)
        title = SkippedLine(index + 1, written[index].strip(), TITLE_ECHO_REASON)
        splitter.result.layout.append(title)
    for index in sorted(borrowed):
        title = SkippedLine(index + 1, written[index].strip(), BORROWED_TITLE_REASON)
        splitter.result.layout.append(title)
    for index in range(start, len(lines)):
        if index in metadata:
            reason = "page metadata (a label and its value)"
            splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
            continue
        if index in twice:
            reason = "a picture's caption (written twice: its alternative text and its caption)"
            splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
            continue
        if index in titles or index in borrowed:
            continue  # (reported above)
        if index in links or index in boxes:
            reason = LABELLED_LINK_REASON if index in links else BOX_HEADING_REASON
            splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
            continue
        if index in repeated:
            reason = "a line written the same under several entries (a page's links or buttons)"
            splitter.result.layout.append(SkippedLine(index + 1, written[index].strip(), reason))
            continue
        segments = lines[index].split("\f")
        if broken and ITEM_BREAK in lines[index]:  # (a list run together, broken apart)
            segments = [piece for segment in segments for piece in segment.split(ITEM_BREAK)]
        for position, segment in enumerate(segments):
            if position:
                splitter.blank = True  # a page break
            splitter.segment(index + 1, segment)
        if index + 1 in approximate:
            splitter.years.forget()  # (an approximate year dates no day below it)
    result = splitter.finish()
    _circa_marks_reported(result, approximate, marked)
    for entry in result.entries:
        if entry.line in approximate and entry.note is None:
            entry.note = (
                f"'{approximate[entry.line]}' is an approximate year, read as {entry.date} (among "
                "years of the Common Era): the data format has no finer form"
            )
    for entry in result.entries:
        if entry.line in centuries and entry.note is None:
            entry.note = (
                f"'{centuries[entry.line]}' names centuries without the word, read as "
                f"{entry.date}–{entry.end_date} (among the document's years)"
            )
        elif entry.line in roman_months and entry.note is None:
            entry.note = (
                f"'{roman_months[entry.line]}' writes its month in Roman numerals, read as "
                f"{entry.date} (as the document's days)"
            )
    _dateline_over_years(result, written)
    if broken:  # (a list run together on one line, broken apart: a box run into its items)
        _boxes_run_into_dashed_years(result, written)
    _page_date_over_older_entries(result, written)
    _other_years_opening_noted(result)
    if days_of_years:
        _date_years_by_day(result, days_of_years, lines)
    if calendar is not None:
        _date_years_by_day(result, calendar[1], lines, headings=False)
    if page_day is not None:  # ("19.XII.2018 (Środa)" / "1283-We …": see there)
        _date_years_by_day(result, page_day, lines, headings=False)
    _page_title_span(result, lines)
    _title_span_repeated(result, lines)
    _century_headings(result, lines)
    _years_counted_down(result, written)
    _reported_as_written(result, text)
    _headings_as_written(result, text)
    for position, skipped in enumerate(result.layout):  # ("1 8 9 4" as the file writes it)
        if skipped.line - 1 in spaced_years:
            result.layout[position] = replace(skipped, text=spaced_years[skipped.line - 1])
    return result


# (the reason of a line reported as not placed, not as layout, by _split_text)
UNSETTLED_DECADE = "a decade of two digits whose century the years around it do not settle"


NOT_PLACED = frozenset({RELATIVE_DATE, UNSETTLED_DECADE})


def _each_its_reason(found: Iterable[tuple[int, str, str]]) -> list[tuple[dict[int, str], str]]:
    """Lines found with a reason each, (index, words, reason), as rows of _split_text's
    report table: one row a line, in the order found (a line may have several pieces)."""
    return [({index: words}, reason) for index, words, reason in found]


def _as_written(reasons: Mapping[int, str], written: Sequence[str]) -> list[tuple[int, str, str]]:
    """Lines by index with their reasons, in the text's order, quoted as the text writes
    them: (index, words, reason)."""
    return [(index, written[index].strip(), reason) for index, reason in sorted(reasons.items())]


def _reported_as_written(result: Split, text: str) -> None:
    """The lines reported as not placed in the page's own words where a rewrite before the
    reading only set words apart ("Dec 13Abel Tasman …", a day glued to its text, read as
    "Dec 13\tAbel Tasman …"): the report quotes what the user's file says, its spaces as the
    report writes them, never the importer's rewrite. (Strings compared, no list of words
    made: a line of megabytes costs what the line costs.)"""
    if not result.unplaced:
        return
    written = split_lines(text)
    used = {line for entry in result.entries for line in (entry.line, *entry.lines)}
    pieces = Counter(skipped.line for skipped in (*result.unplaced, *result.layout))
    for position, skipped in enumerate(result.unplaced):
        if not 0 < skipped.line <= len(written):
            continue
        line = written[skipped.line - 1].strip()
        if skipped.text == line or len(skipped.text) > 2 * len(line) + 2:
            continue
        if (
            _rewritten_whole(skipped, line)
            and skipped.line not in used
            and pieces[skipped.line] == 1
        ):
            # ("Du lundi 9 au vendredi 20 avril : …" read as "9–20 avril : …", a table's row
            # with its cells joined again, "• 13. November" with its heading's year): the
            # line the user's file writes, never the reading's rewrite of it
            result.unplaced[position] = replace(skipped, text=WHITESPACE.sub(" ", line))
            continue
        if WHITESPACE.sub("", line) != WHITESPACE.sub("", skipped.text):
            continue
        if _gaps(line) < _gaps(skipped.text):  # (words set apart: the file's words restored)
            result.unplaced[position] = replace(skipped, text=WHITESPACE.sub(" ", line))


def _rewritten_whole(skipped: SkippedLine, line: str) -> bool:
    """Whether a line reported whole is quoted as a rewrite made before the reading, no piece
    of the line as written (some of its words changed, not only its spaces), and the line
    holds no markup, whose words the report quotes as the page shows them."""
    if MARKUP_HINT.search(line):
        return False
    if WHITESPACE.sub("", skipped.text) in WHITESPACE.sub("", line):
        return False  # (a piece of the line, or the line with its spaces changed)
    if WHITESPACE.sub("", skipped.text).startswith(WHITESPACE.sub("", line)):
        return False  # (the line with the next joined to it, "January 5 -" / "February 7":
        # quoting the line alone would drop the next line's words from the report)
    # (and the rewrite's words mostly the line's: a line that moved, a page's second column
    # read after its first, is another line's, never quoted for it)
    words = set(skipped.text.split())
    return 2 * len(words & set(line.split())) >= len(words)


MARKUP_HINT = re.compile(r"[<>&\[\]]")


def _circa_marks_reported(
    result: Split, approximate: Mapping[int, str], marked: Sequence[str]
) -> None:
    """The lines reported as not placed whose approximate year's mark the reading took off
    (see _circa_years: "Ca 100 e Kr skildrar …" read as "100 e Kr skildrar …") quoted whole,
    the mark with them: the report never drops a piece of what the line says."""
    for position, skipped in enumerate(result.unplaced):
        if skipped.line not in approximate or not 0 < skipped.line <= len(marked):
            continue
        own = marked[skipped.line - 1].strip()
        if own != skipped.text and own.endswith(skipped.text):
            result.unplaced[position] = replace(skipped, text=own)


WHITESPACE = re.compile(r"\s+")


def _gaps(text: str) -> int:
    """How many runs of spaces part a text's words."""
    return sum(1 for _ in WHITESPACE.finditer(text))


def _headings_as_written(result: Split, text: str) -> None:
    """The headings the reading wrote as Markdown ones ("[edit] 1840s", "Colony era[edit]",
    read as "## 1840s") listed in the page's own words: the list quotes the user's file."""
    written: list[str] | None = None
    for position, skipped in enumerate(result.layout):
        if skipped.reason != "heading" or skipped.text[:3] != "## ":
            continue
        written = split_lines(text) if written is None else written
        if not 0 < skipped.line <= len(written):
            continue
        own = written[skipped.line - 1].strip()
        if own[:1] != "#" and skipped.text[3:].strip() in own:
            result.layout[position] = replace(skipped, text=own)
