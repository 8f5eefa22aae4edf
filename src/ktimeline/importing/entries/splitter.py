"""The splitter (_Splitter).

Every line read with the document's pattern, into an entry, the layout or a report.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import (
    BULLET,
    BULLET_SIGN,
    BULLET_SIGNS,
    DASH_ITEM,
    DAY_ITEM,
    DECORATION,
    GLUED_DASH_ITEM,
    ITEM_LABEL,
    NUMBER_AFTER_BULLET,
    UNDATED_ITEM,
    _is_bulleted,
)
from ktimeline.importing.entries.date_reading import NO_YEAR, Years, _written_year, entry_dates
from ktimeline.importing.entries.date_shapes import (
    BARE_SHORT_YEAR,
    BARE_TINY_YEAR,
    BEFORE_COMMON_ERA,
    BEFORE_COMMON_ERA_REASON,
    BEFORE_PRESENT,
    BEFORE_PRESENT_REASON,
    CIRCA,
    FAR_YEAR_ALONE,
    FRAMED_NUMBER,
    LETTER_IN_YEAR,
    MINUS_SIGNS,
    MINUS_YEAR,
    MINUS_YEAR_REASON,
    MONTH_SLASH_YEAR_ENTRY,
    NO_SUCH_DATES,
    OUTSIDE_YEARS,
    ROWS_SEEN,
    RULE_LINE,
    SHORT_SPAN_END,
    SHORT_YEAR_DOT,
    SHORT_YEAR_ENTRY,
    SHORT_YEAR_PLAIN,
    SIGNED_YEAR,
    TINY_YEAR_ENTRY,
    TITLES_AT_MOST,
    TWO_DIGIT_YEAR,
    WEEKDAY_LEAD,
    YEAR_GLUED_TO_WORD,
    YEAR_HEADING,
    YEARS_THEN_SEPARATOR,
    is_clock_alone,
    short_year_number,
    short_year_unknown_digits,
)
from ktimeline.importing.entries.furniture import (
    ABBREVIATION_END,
    BRACKETED_DAY_REASON,
    CITATION_LINE,
    COLUMN_GAP,
    COMMENT_BOX,
    CREDIT_LINE,
    CUT_ITEM_LENGTH,
    CUT_WORD_LENGTH,
    DATE_LOST,
    DATED_CAPTION,
    DATED_ITEMS_EACH,
    DIGIT,
    FOOTER_HINT,
    FOOTER_SIGN,
    FOOTNOTE,
    IMAGE_CAPTION_REASON,
    IMAGE_NAME_REASON,
    INLINE_CAPTION,
    INLINE_FOOTER,
    ITEM_TITLE_WORDS,
    LAW_REPORT_LINE,
    LAW_REPORT_REASON,
    LIST_GOES_ON,
    MARKDOWN_HEADING,
    OPEN_END,
    OPEN_END_ITEM,
    OPEN_END_LENGTH,
    POSTED_BY_REASON,
    PRINT_CREDIT,
    QUOTATION_OPENERS,
    SECTION_LABEL,
    SENTENCE_END,
    TEMPLATE_MARKUP,
    TEMPLATE_PLACEHOLDER,
    TIME_ITEM,
    TITLE_WORDS,
    _is_column_names,
    is_image_name,
    layout_kind,
    normalise,
)
from ktimeline.importing.entries.headings import (
    _heading_years,
    _near_entry,
    _next_with_text,
    _refused_heading_date,
)
from ktimeline.importing.entries.live_pages import (
    MATCH_MINUTE,
    STAMP_SEPARATOR_OPENING,
    is_time_item,
)
from ktimeline.importing.entries.pattern_finding import _prose_year
from ktimeline.importing.entries.results import Entry, SkippedLine, Split, _announces_list
from ktimeline.importing.entries.run_together import (
    MARKER_ENDS,
    RUN_TOGETHER_LENGTH,
    YEAR_ASKED_BY,
    _run_together_starts,
    _same_shape_run,
)
from ktimeline.importing.entries.starts import (
    APPROXIMATE_MARK,
    FIRST_SENTENCE_END,
    LABEL_WORDS,
    RUN_IN_HEADING_REASON,
    SAME_DAY,
    SEASON_NO_YEAR,
    _bracket_day_below_year,
    _day_closing_year_item,
    _day_opening_text_below_year,
    _day_opening_year_item,
    _is_label,
    _later_date_opening_item,
    _month_opening_year_item,
    _opening_year_date,
    _paragraph_on_day,
    _run_in_heading,
    _span_opening_text_below_year,
    _Start,
    _whole_day_ending_sentence,
    _year_opening_text_below_century,
    entry_starts,
    odd_sign,
)
from ktimeline.importing.entries.under_dates import CATEGORY_LABEL, carries_text_on
from ktimeline.importing.entries.years import (
    BEFORE_ERA_WORD,
    CIRCA_MARKED,
    FOUR_DIGITS_ALONE,
    SEASON_START,
    SHORT_YEAR_CIRCA_ALONE,
    _heading_marks_off,
    _no_year_but_weekdays,
    _short_year_day,
    plain_short_year_span,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from ktimeline.importing.entries.pattern import DocumentPattern


NOT_AN_ENTRY = "not an entry, and the entry before it is complete"
SUBHEADING_REASON = "heading (a subheading inside an entry's text)"
SUBHEADING_LENGTH = 60  # (a few words: a longer line is text)
QUESTION_HEADING = "heading (a question over the list below it)"
HEADING_LENGTH = 80  # (a heading of a few words; a longer line is a sentence)
# a line below a page's comment box ("Most Recent Comments", "To write comments, please log
# in"), before the next entry: a reader's comment
A_READERS_COMMENT = "a reader's comment (below the page's comments), not an entry"


CITED_OPENINGS = "[(-–•*·"  # what a citation's line opens with, bulleted or not
# "50 n. Chr.", "AD 43": a year written with its era after Christ (see approximate_short_year)
AFTER_CHRIST_WORD = re.compile(rf"(?<![^\W\d_]){dates.AFTER_CHRIST}(?![^\W\d_])")


def _own_day_below_year(above: Entry, text: str) -> tuple[str, str | None] | None:
    """Another item under a year alone on its line that opens with its own day and month
    ("1945" / "26. Mai Die Stadt …" / "3. Juni Neue Regierung …"): (that day of the year,
    the span's last day or None), as the first such item reads; never the day of the item
    above. Else None."""
    if len(above.written) != 4 or not above.written.isdigit() or above.date[:4] != above.written:
        return None
    return _day_opening_text_below_year(replace(above, date=above.written, end_date=None), text)


# "• 935 zavražděn kníže Václav", "• 833 – 906/7 Velkomoravská říše": a bulleted item that
# opens with three digits (a year before 1000 as a reader may read it, or a count), then a
# space or a dash
# "… in Bonn. Archivnachweis": one capitalised word, a link's label, after a sentence's end
LINK_LABEL_END = re.compile(r"[.!?][ \t]+(?P<label>[^\W\d_][^\W\d_]{2,})[ \t]*$")


SHORT_YEAR_OPENING = re.compile(r"(?P<year>[1-9]\d\d)(?![\d.,:/])(?=[ \t]|[-–—])")


def _date_inside(line: str) -> tuple[str, bool] | None:
    """The first date with its year that a line names, as written ("March 31, 1993",
    "1989"), and whether it opens the line (after its bullet), or None: what a bulleted
    line left out "without a date" says it holds, so that its reader is not told it has
    none."""
    for candidate in dates.date_candidate().finditer(line):
        found = dates.find_date(line, candidate.start())
        if found is not None and dates.has_year(found):
            return found["date"], not line[: candidate.start()].strip(BULLET_SIGNS)
    return None


def _undated_item_reason(line: str) -> str:
    """Why a bulleted line without a date read is left out: an approximate year or one
    before the Common Era when it opens so ("c. 1400s", "• ca. 600 BC - …" after its
    bullet), a date it names inside when it names one (it has a date, not at its start),
    else UNDATED_ITEM."""
    head = DECORATION.match(line)
    circa = CIRCA_MARKED.match(line, head.end() if head is not None else 0)
    if circa is None:
        short = SHORT_YEAR_OPENING.match(line, head.end() if head is not None else 0)
        if short is not None:  # ("• 935 zavražděn kníže …": perhaps a year, perhaps a count)
            year = short["year"]
            return (
                f"{UNDATED_ITEM}; if '{year}' is a year, write it with four digits (0{year}) "
                f"or its era ({year} AD)"
            )
        inside = _date_inside(line)
        if inside is not None and inside[1]:  # ("• 1819, founded by …": no separator read)
            return (
                f"a bulleted line whose opening date '{inside[0]}' has no separator after it "
                f"that is read (':' or ' - '; a new item, not joined to the entry before it)"
            )
        if inside is not None:  # ("- First Dividend Declared: March 31, 1993 in the 7th AGM;")
            return (
                f"a bulleted line with no date at its start (a new item, not joined to the entry "
                f"before it); the date it names inside, '{inside[0]}', is not taken for its own"
            )
        return UNDATED_ITEM
    if BEFORE_ERA_WORD.search(line) is not None:
        return BEFORE_COMMON_ERA_REASON
    written = " ".join(line.split()[:2])
    return f"'{written}' is an approximate year (perhaps before the Common Era): not guessed"


# "… for Peace” 1 6 9 speech at …": a page's number, its digits spaced out by a PDF's text,
# between two words of a sentence (three or four single digits, never a year's)
SPACED_PAGE = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][”\"’,] ))(?P<page>[1-9](?: \d){2,3})(?= [a-z])"
)


def _sentence_asks_for_year(last: str, line: str) -> bool:
    """Whether a line that opens with a year carries on the sentence of the text above it
    (``last``, that text's last line) whatever the case of its next word: the text above
    ends on a word that asks for a date ("… ruhte wegen Spielermangel bis" / "1971 Ein
    Gremium führte …"; "… 2.Vors. Martin Sacher ab" / "1975 Manfred Baumann"), or on a
    bracket that this line closes ("02.11. Berliner FC Vorwärts 90 (" / "1927 Fusion zu
    SpVgg. Blau Weiß 1890)"): the year is inside that sentence, no date of a new entry."""
    last = last.rstrip()
    if last[-1:] == "(" or last.count("(") > last.count(")"):
        return line.count(")") > line.count("(")
    words = last.split()
    return bool(words) and words[-1].lower() in YEAR_ASKED_BY


# a section's heading in a list written one event a line: at most so many words, each
# capitalised but for the small words of a title ("The Road to Independence")
HEADING_WORDS_AT_MOST = 4
TITLE_SMALL_WORDS = frozenset(("of", "the", "and", "to", "in", "for", "a", "on", "at"))
# the last words of a line that leave its sentence open ("… the colony of" / "Kenya")
OPEN_ENDING_WORDS = TITLE_SMALL_WORDS | frozenset(("by", "with", "from", "as", "an", "or"))


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when lines are paragraphs.

    Measured on the lines of words: a line of signs or numbers alone (a flattened table's
    "|", its year cell "| 1873") or one closing its table cell ("… Werkstatt. |") ends
    where the table puts it, at no width, and many such short lines would pull the width
    down (a sentence of 54 signs read as a full line beside lines of 80 and more)."""
    texts = [line.rstrip() for line in lines if line.strip()]
    lengths = sorted(len(line) for line in texts if _is_line_of_words(line))
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if max(len(line) for line in texts) > width * 2:
        return None  # (a line twice as long: paragraphs, not a text wrapped at a width)
    return width if width <= 120 else None


def _is_line_of_words(line: str) -> bool:
    """A line holding a letter that does not end at a table's cell border (see _wrap_width)."""
    return not line.endswith("|") and any(sign.isalpha() for sign in line)


# a list whose widest lines end where their entries end: at least this many of them are
# followed at once by the next entry for each one followed by a line of no date
ONE_LINE_ENTRIES_EACH = 3


def _ends_entries_at_width(lines: Sequence[str], starts: Collection[int], wrap: int) -> bool:
    """Whether a list's lines that reach the width ``wrap`` (_wrap_width's) end there because
    their entries end: most of those that start an entry are followed at once by the line
    of the next one (line numbers ``starts``, from 1), not by more text ("1920 – The colony
    is … by a British governor" / "Mau Mau" / "1944 – …", entries cut to about one width).
    A text wrapped at a width carries a full line's sentence on to the next line."""
    ended = carried = 0
    for number in starts:
        if number >= len(lines) or len(lines[number - 1].rstrip()) < wrap * 0.8:
            continue
        line, below = lines[number - 1], lines[number]
        if number + 1 in starts:
            ended += 1
        elif below.strip():
            if len(below) - len(below.lstrip()) > len(line) - len(line.lstrip()):
                return False  # ("- 1967    Pattern …" / "          ML lifted …": an indent)
            carried += 1
    return ended >= 4 and ended >= carried * ONE_LINE_ENTRIES_EACH


A_LINE_UNDER_A_DECADE = (
    "runs an item of the decade alone above it in after a dash: no text of that decade, and "
    "no entry of its own"
)
# the years a decade spans after its first
DECADE_YEARS = 10
# "… 4 Copas de España - 1901 Se forma …": an item's year run into a line after a spaced dash
YEAR_RUN_IN = re.compile(r"[ \t][-–—][ \t]+((?:1[0-9]|20)\d\d)[ \t]+(?=[^\W\d_])")


def _names_year_of_decade(heading: Entry, text: str) -> bool:
    """Whether ``text``, the first line under a decade alone on its line ("Años 1900"
    alone), runs an item of a later year of that decade in after a spaced dash ("Títulos
    años 1900 4 Copas de España - 1901 Se forma el equipo …"): a line of that decade's
    items, not the decade's own text (a year named in its sentence, "the miners' strike
    (1984-85)" under "1980s:", is the decade's text)."""
    first, last = heading.date, heading.end_date
    if not (first.isdigit() and last is not None and last.isdigit() and len(first) == 4):
        return False
    if int(last) - int(first) != DECADE_YEARS - 1 or int(first) % DECADE_YEARS:
        return False
    return any(int(first) < int(year) <= int(last) for year in YEAR_RUN_IN.findall(text))


def _date_alone(text: str) -> bool:
    """Whether a line is a date alone ("14 MARZO", "June 3, 2019:"), no text after it."""
    found = dates.find_date(text.strip()) if text[:1].isalnum() else None
    return found is not None and not text.strip()[found.end() :].strip(" :.–—-")


class _Splitter:
    def __init__(
        self, default_year: int | None, wrap: int | None, pattern: DocumentPattern
    ) -> None:
        self.result = Split(pattern=pattern)
        self.years = Years(
            default_year, newest_first=pattern.newest_first, forward_steps=pattern.forward_steps
        )
        self.years.decades = frozenset(pattern.decades)
        self.years.decades_between = frozenset(pattern.decades_between)
        self.years.calendar_of_days = pattern.calendar_of_days
        if len(pattern.numeric_orders) == 1:  # one order shown, none contradicting it
            self.years.numeric_order = next(iter(pattern.numeric_orders))
        self.years.iso_months = (
            pattern.shapes.get("ISO day", 0) >= pattern.MIN_LINES or pattern.reads_iso_months()
        )
        self.wrap = wrap
        self.pattern = pattern
        # (read once, not at each line: each reading goes over every such year of the document)
        self.reads_dotted_short_years = pattern.reads_dotted_short_years()
        self.last_dotted_short_year = max(pattern.dotted_short_years, default=0)
        self.current: Entry | None = None  # the entry text may still continue
        self.blocked: SkippedLine | None = None  # an entry that could not be read
        self.blank = False  # a blank line (or page break) since the last text
        self.previous_full = False  # the last text line reached the wrap width
        self.previous_width = 0  # the last text line's width
        self.pending_heading: Entry | None = None  # a date alone: a heading, or an entry
        self.items_of: Entry | None = None  # a date alone whose items are bulleted below it
        # a year alone whose first item was a bullet: later undated bullets are its items, also
        # after dated bullets of that year ("1960" / "• The SDS is founded." / "• May 6 - …" /
        # "• Goldwater's book is published.")
        self.year_items_of: Entry | None = None
        self.year_heading: Entry | None = None  # the last year alone that was a heading
        self.day_of_times: str | None = None  # see _day_of_times
        self.dotted_clocks = False  # the document's hours written "7.15 Text" (dotted_clocks)
        self.bulleted_items = False  # items_of's first item was a bullet
        # a date alone whose text began on the next line: its paragraphs are its items
        self.paragraphs_of: Entry | None = None
        # (the year alone paragraphs_of was written with, before its first line's day:
        # "1890" / "A 17 de janeiro, …" / "Later items …" are the year's)
        self.paragraph_year: str | None = None
        self.labelled_list: Entry | None = None  # a year's label over its list (see there)
        self.month_heading: tuple[int, int] | None = None  # (year, month) of "• June" above
        self.next_dated: Sequence[bool] = ()  # by line number: the next text line is dated
        # by line number: the next text lines are undated bullets, then a dated line
        self.dated_after_bullets: Sequence[bool] = ()
        self.start_lines = [line for line, *_ in pattern.starts]  # (in order)
        self.start_set = frozenset(self.start_lines)
        # by line number: the next text line is bulleted (and no lower-case detail)
        self.next_bulleted: Sequence[bool] = ()
        self.lines: Sequence[str] = ()  # the document's lines (index: line number - 1)
        self.link_labels: set[str] | None = None  # (see without_link_label)
        self.bulleted_numbers: set[int] = set()  # the lines written with a bullet
        self.stamps: dict[int, re.Match[str]] = {}  # a live page's "3:24pm- …" lines
        self.live_days: dict[int, str] = {}  # the day of a live page's updates, by line
        self.stamps_kept = False  # the stamps are times events happened at (a recap of hours)
        self.page_date_line: int | None = None  # see _page_date_line
        self.labelled: set[int] = set()  # the lines whose date has a label before it
        self.card_titles: set[int] = set()  # titles above dates alone (see _card_titles)
        self.dash_items_of: Entry | None = None  # a day whose items are marked "--"
        self.row_ended = False  # a flattened table's row boundary ("| |") since the last text
        self.in_comments = False  # below a comment box, until the next entry
        self.dash_glued = False  # its items are marked "-" glued to their text ("-판문점 …")
        self.one_line_texts: set[int] = set()  # see _one_line_texts
        self.headline_list = False  # see _headline_list
        self.figure_lines: frozenset[str] = frozenset()  # see _figure_lines
        self.closed_rows: set[int] = set()  # table rows closed by their " |" on their line
        self.header_rows: frozenset[str] = frozenset()  # see _repeated_header_rows
        self.heading_series: frozenset[str] = frozenset()  # see _numbered_heading_series
        self.titled_years: dict[int, int] = {}  # see _titled_year_headings
        self.captions: dict[int, str] = {}  # see _captions_under_dates
        self.category_labels: frozenset[str] = frozenset()  # (the captions' category labels)
        self.hanging_starts: set[int] = set()  # see _hanging_indent_starts
        self.held_title: tuple[int, str] | None = None  # such a title, for the date below
        self.dates_twice = False  # each date alone is written twice (see _writes_dates_twice)
        self.two_digit_years: tuple[int, str] | None = None  # see _two_digit_years
        self.short_year_days: dict[int, tuple[str, int]] = {}  # see _short_year_first_days
        self.short_years_alone: set[int] = set()  # see _short_years_alone
        self.countdown_years: set[int] = set()  # "476" alone below "729 a.c." (the same)
        self.closing_days = 0  # see _closing_days
        self.closed_days: set[int] = set()  # a year alone's line, its first item's day taken
        self.dashed_days = 0  # see _dashed_year_days
        self.calendar_years: set[int] = set()  # see _calendar_page
        self.year_rows: set[int] = set()  # see _rows_of_the_year_above
        self.row_cells_below: dict[int, int] = {}  # see _separated_row_cells
        self.own_year_rows: dict[int, str] = {}  # see _own_years_of_rows
        self.day_rows: set[int] = set()  # see _events_of_the_date_above
        self.listed_day_rows: set[int] = set()  # (the same: rows of a list of rows only)
        self.second_cards: set[int] = set()  # see _second_cards
        self.numbers_a_list = True  # see _numbers_a_list
        self.listed_rows: set[int] = set()  # (the same: rows of a list of rows only)
        # the document runs its section headings into its lines of entries (see
        # _run_in_heading): one at a line's end, over a dated line, is one too
        self.run_in_headings = False
        # the entries taken back out of the result, by identity (see _drop and _kept)
        self.dropped: dict[int, Entry] = {}

    # pieces ---------------------------------------------------------------------------------

    def _drop(self, entry: Entry) -> None:
        """Take ``entry`` (this very object: two entries may be equal) back out of the
        result. It is nearly always the last, so the search runs from the end; the entry is
        kept in ``dropped`` so that its id is not reused while _kept may be asked."""
        entries = self.result.entries
        for index in range(len(entries) - 1, -1, -1):
            if entries[index] is entry:
                del entries[index]
                break
        self.dropped[id(entry)] = entry

    def _kept(self, entry: Entry) -> bool:
        """``entry``, appended to the result, is still in it: a look-up by identity, not a
        list search comparing every entry field by field (quadratic on a long page)."""
        return id(entry) not in self.dropped

    def _item_of(
        self,
        above: Entry,
        number: int,
        item: str,
        width: int,
        *,
        end_date: str | None,
        note: str | None,
    ) -> None:
        """A new entry at line ``number`` holding ``item``, dated as the entry ``above`` is
        (its date, as written, wrapped or not): another event of that date."""
        date = above.written if above.line in self.closed_days else above.date  # (its year's)
        day, end_date = _own_day_below_year(above, item) or (date, end_date)
        if (year_of := self._own_year_below_year(above, item)) is not None:
            day, end_date, note = year_of
        elif (closing := self.closing_day_of_year_item(above, item)) is not None:
            day, end_date = closing, None  # ("1922" / "• … Σμύρνης (28 Αυγούστου)")
        elif (ending := self.whole_day_ending_year_item(above, item)) is not None:
            day, end_date = ending, None  # ("1923" / "• … on 26 March 1923")
        elif (span_year := _year_ending_item_in_span(above, item)) is not None:
            day, end_date = span_year, None  # ("2001-2014" / "- He is made a cardinal in 2003")
        elif (later := _later_date_opening_item(above, item)) is not None:
            day, end_date = later  # ("June 4, 1979" / "• In September he cedes …")
        entry = Entry(number, day, end_date, [], note, above.written, [],
                      wrapped=above.wrapped)  # fmt: skip
        self.result.entries.append(entry)
        self.current, self.blocked, self.blank = entry, None, False
        self.text_piece(number, item, width)

    def closing_day_of_year_item(self, above: Entry, item: str) -> str | None:
        """The day an item under a year alone on its line names in brackets at the end of
        its first sentence or of its text ("1922" / "• Επανάσταση στη Χίο (12 Σεπτεμβρίου)"),
        where the document dates its items so (see _day_closing_year_item); else None."""
        written = above.written
        if len(written) != 4 or not written.isdigit() or above.date[:4] != written:
            return None
        return _day_closing_year_item((above.written, None, None), item, self.closing_days)

    @staticmethod
    def whole_day_ending_year_item(above: Entry, item: str) -> str | None:
        """The whole day, year and all, that a one-sentence bulleted item under a year alone
        on its line ends with ("1923" / "• The first convocation was held … on 26 March
        1923", its full stop or none: the bullet's end is the sentence's), a day of that year:
        the item's date (the corpus README: a whole date with its year ending an item dates
        it); else None."""
        written, item = above.written, item.rstrip()
        if len(written) != 4 or not written.isdigit() or not item.rstrip(".")[-1:].isdigit():
            return None
        read = _whole_day_ending_sentence(item if item[-1] == "." else f"{item}.", written)
        return read[0] if read is not None and read[0][:4] == written else None

    def _own_year_below_year(
        self, above: Entry, item: str
    ) -> tuple[str, str | None, str | None] | None:
        """Another item under a year alone on its line that opens with another year,
        qualified ("1932" / "Se funda el club." / "Finales de 1933, llega …", "Late 1933, the
        coach arrives."): (that year, None, its note), never the year above. A bare number
        ("1500 copies sold") is no such year. Else None."""
        if len(above.written) != 4 or not above.written.isdigit() or not item[:1].isalpha():
            return None
        found = dates.find_date(item) if dates.date_candidate().match(item) else None
        if found is None or found.start() != 0 or not found["yq"]:
            return None
        if dates.date_shape(found) != "year" or found["date"].endswith(above.written):
            return None
        read = entry_dates(found, self.years)
        return None if isinstance(read, str) else read

    def text_piece(self, number: int, text: str, width: int) -> None:
        text = self.inline_layout(number, text)
        if not text.strip():
            return
        stripped = text.strip()
        current = self.current
        day = self.dash_items_of
        glued = stripped[:1] == "-" and GLUED_DASH_ITEM.match(stripped) is not None
        if (
            day is not None
            and stripped[:1] in "-—"
            and (DASH_ITEM.match(stripped) or (self.dash_glued and glued))
        ):
            # "-- President Bush …" under "February 27, 1991: -- …": another item of that day
            entry = Entry(number, day.date, day.end_date, [], day.note, day.written, [],
                          wrapped=day.wrapped)  # fmt: skip
            if (
                later := _later_date_opening_item(day, stripped)
            ) is not None and not self.passes_next_start(number, later[0]):
                # ("JUNE 4, 1979:" / … / "-In September he cedes …": its own month; the
                # items below it follow it, "-In 1982 …" / "-Social repercussions …")
                entry.date, entry.end_date = later
                self.dash_items_of = entry
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
            text = stripped = DASH_ITEM.sub("", stripped, count=1) if not glued else stripped[1:]
            current = entry
        elif glued and day is None and current is not None and not current.parts:
            # "▲1월9일" alone, then "-판문점 …" / "-북측 …": that day's items, each marked "-"
            self.dash_items_of, self.dash_glued = current, True
            text = stripped = stripped[1:]
        if current is not None and not current.parts and current.line in self.stamps:
            # "23:45" / ".- The road stays closed …": the stamp's separator opens its text
            opening = STAMP_SEPARATOR_OPENING.match(stripped)
            if opening is not None:
                text = stripped = stripped[opening.end() :]
        if current is not None and not current.parts and _names_year_of_decade(current, stripped):
            # "Años 1900" / "Títulos años 1900 4 Copas … - 1901 Se forma …": a decade alone
            # is that line's heading, never the text of a decade's entry
            self.unplaced(number, stripped, A_LINE_UNDER_A_DECADE)
            return
        row_ended, self.row_ended = self.row_ended, False
        if row_ended and self.is_row_without_date(stripped):
            # "1959 |" / "Singapore gained … affairs." / "| |" / "|" / "Lee Kuan Yew … became
            # Singapore's first prime minister. |": a table's row whose date cell is empty,
            # under the row of its date: another event of that date, never the rest of it
            assert current is not None
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        if (
            DATE_LOST.match(stripped)
            and current is not None
            and not current.parts
            and current.line == number - 1
            and not self.blank
        ):
            # "September 25/26" / ": Washington Mutual is seized …": the date alone, the
            # page broke its line before the separator: the date's text after it
            text = stripped = stripped[1:].strip()
        elif DATE_LOST.match(stripped):  # ": US backs guidelines …": a web page lost the date
            self.unplaced(number, stripped, "an entry without its date (the line starts with "
                          "the separator)")  # fmt: skip
            self.current, self.blank = None, False
            return
        last = self.result.entries[-1] if self.result.entries else None
        if last is not None and self.is_paragraph_in_text_column(number, last, stripped):
            # "1994  The report … was published" / "      in May 1994." / (blank) / "      The
            # JSE was granted …": another event of that year, its paragraph in the text column
            self._item_of(last, number, stripped, width, end_date=last.end_date, note=last.note)
            return
        if last is not None and current is last and self.is_margin_below_hanging_text(number, last):
            # "      … dual trading capacity and negotiated" (the page cut) / (blank) /
            # "Internet : http://www.jse": no more of an entry whose lines hang at its column
            self.unplaced(number, stripped, "not an entry, and not in the text's column of the "
                          "entry above (its lines hang indented below its date)")  # fmt: skip
            self.current, self.blank = None, False
            return
        if current is not None and current.parts and stripped in self.heading_series:
            # "- 1057 : … dateret 1057" / "XIII th århundrede" / "- 1232 …": one of a series of
            # numbered headings (see _numbered_heading_series), never the entry's rest
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            self.current, self.blank = None, False
            return
        if current is not None and current.parts and self.asks_over_bullets(number, stripped):
            # "1956: UGC Act: … standards." / "What are the functions of UGC ?" / "* Promoting
            # …": a question heading the undated bullets below it, no more of the entry
            self.result.layout.append(SkippedLine(number, stripped, QUESTION_HEADING))
            self.current, self.blank = None, False
            return
        if self.is_title_between_entries(number, stripped):
            # "Top 7 most famous people born in January 1994" after a blank line, entries
            # below: a title, not the end of the entry above
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            self.current, self.blank = None, False
            return
        if (
            current is not None
            and current.parts
            and not self.blank
            and stripped in self.category_labels
        ):
            # "1331" / "thumbnail" / "Coburg … erhalten Stadtrechte." / "thumbnail" / "Dülmen
            # erhält Stadtrecht.": the label the page puts under its dates, again under the
            # item's text: it opens another item of that date (the label is layout)
            self.result.layout.append(SkippedLine(number, stripped, CATEGORY_LABEL))
            entry = Entry(number, current.date, current.end_date, [], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
            return
        if current is not None and self.is_subheading_in_wrapped_text(number, current, stripped):
            # "… Rosewood were abolished." / "Shire of Moreton" / "The Shire of Rosewood and
            # part of …": a subheading inside an entry's hard-wrapped text, reported
            self.result.layout.append(SkippedLine(number, stripped, SUBHEADING_REASON))
            return
        if current is not None and self.is_subheading_in_entry(number, current, stripped):
            # "26 de abril 2018: Juicio …" / (blank) / "La fiscalía pide …" / (blank) /
            # "Acusación particular" / (blank) / "La acusación particular pide …": a subheading
            # inside the entry's text, reported; the paragraph below is still the entry's
            self.result.layout.append(SkippedLine(number, stripped, SUBHEADING_REASON))
            self.blank = False
            return
        if current is not None and not current.parts and self.is_dateline(number, stripped):
            # "Monday, October 17, 2005", then "North and South Korea timeline", then the
            # entries ("1945- …"): a blog post's date and its title, no entry
            self._drop(current)
            self.result.layout.append(SkippedLine(current.line, current.written, "dateline "
                                                  "(the page's date, not an entry)"))  # fmt: skip
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            self.current = self.items_of = self.pending_heading = None
            self.blank = False
            return
        if self.is_item_title(number, stripped):
            # "Sunday 25 June" / "KPA invades South Korea" / "• KPA crosses the 38th …": a
            # title above a day's bulleted items; the items are the entries
            self.result.layout.append(SkippedLine(number, stripped, "heading (an item's title)"))
            if current is not None and current.parts:
                self.current = None
            self.blank = False
            return
        if self.pending_heading is current is not None and self.is_heading_title(number, stripped):
            # "2022-11" / "Date Events" / "November 1" …: a month heading, then a table's
            # column names, then the days of that month
            self.close_pending()
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            self.current, self.blank = None, False
            return
        if stripped[:1].isupper() and (_is_column_names(stripped) or stripped in self.header_rows):
            # "8th century" / "Year Date Event Ref." / "796 CE …": a flattened table's header
            # row (under the heading of its period, or alone): layout, never an entry's text
            self.close_pending()
            self.result.layout.append(SkippedLine(number, stripped, "a table's header row"))
            self.current, self.blank = None, False
            return
        if (
            self.pending_heading is current is not None
            and stripped.endswith(":")
            and not self.opens_quotation_below(number)
            and not self.opens_paragraph_below(number)
            and not self.next_year_alone_below(number, current)
        ):
            # "July 1953" then "The following events occurred in July 1953:": a title and
            # its introduction, no entry (the dated entries below it; "1930" / "Rhodes retired
            # … wrote in the Yorkshire Post:" / "\"He had bowled …": the year's text and the
            # quotation it opens)
            self.close_pending()
            current = None
        times_day = self.day_of_times
        if (
            current is None
            and times_day
            and not self.result.entries
            and is_time_item(stripped, self.dotted_clocks)
        ):
            # "2:59 p.m. The rupture …" under an introduction naming "Dec. 25, 2004": the
            # first item of that day (see _day_of_times); the later times follow below
            entry = Entry(number, times_day, None, [stripped], None, times_day, [number])
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        if (
            current is None
            and (stripped[:1].isdigit() or stripped[:1] == "[")
            and self.result.entries
        ):
            # ("2011 11 March 14:46 JST …" / a paragraph, reported / "15:26 JST …": the
            # day's next time, though a line between was no part of its text)
            last = self.result.entries[-1]
            first = last.parts[0][:1] if last.parts else ""
            if (first.isdigit() or first == "[") and is_time_item(
                last.parts[0], self.dotted_clocks
            ):
                current = last
        timed = (
            (stripped[:1].isdigit() or stripped[:1] == "[")
            and current is not None
            and len(current.date) == 10
        )
        if (
            timed
            and current is not None
            and current.parts
            and is_time_item(stripped, self.dotted_clocks)
        ):
            # "26 April" / "1.23am: Test begins" / "1.24am: …": each time a new item (the
            # time an event happened at stays in its text: see the corpus README)
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        # a line at the margin under a year alone, in a text wrapped with a hanging indent:
        # a new item of that year, never the rest of the one above
        apart = number in self.hanging_starts and self.is_paragraph_item(stripped, at_margin=True)
        if current is not None and text[:4] == "    " and self.is_row_in_text_column(text, current):
            # "1963    Measles vaccine licensed" / "        Trivalent oral polio vaccine …": a
            # table's second row under the same date cell, its text in the text's column
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number])  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        if number in self.second_cards and current is not None and current.parts:
            # "1960" / "Indus Water Treaty" / "… signed …" / "Green Revolution" / "…": a
            # second card of the year above (see _second_cards)
            entry = Entry(number, current.date, current.end_date, [stripped], current.note,
                          current.written, [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        same_day = self.same_day_item(stripped)
        if same_day is not None and current is not None:
            # "Am 30.01.1945 wird …" / "Am selben Tag fliehen …": another event of that day
            note = f"'{same_day}' is the day of the entry above: {current.date}"
            entry = Entry(number, current.date, None, [stripped], note, current.written,
                          [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        season = SEASON_NO_YEAR.match(stripped) if stripped[:1].isalpha() else None
        if season is not None and current is not None and current.date[:4].isdigit():
            # "Agosto 1906: …" / "In autunno: si trasferiscono …": a season of no year, the
            # year of the entry above (the data format has no finer form)
            year = current.date[:4]
            note = f"'{season.group().strip(' :–—-')}' is a season of the year above: {year}"
            entry = Entry(number, year, None, [stripped[season.end() :]], note,
                          season.group().strip(), [number])  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked, self.blank = entry, None, False
            return
        # (a row of a list of year rows, however long the line above: no continuation)
        listed_row = (number in self.listed_rows and self.is_row_of_the_year_above(number)) or (
            (number in self.listed_day_rows or self.unwrapped_above())
            and self.is_event_of_the_date_above(number)
        )
        if current is not None and (
            not current.parts
            or (
                not apart
                and not listed_row
                and self.continues(current, stripped)
                and not self.is_caption_above_entry(number, current, stripped)
            )
            or self.indented_under_bullet(number, current)
            or (current.parts and self.row_cells_below.get(number) == current.line)
        ):
            if not current.parts and number > current.line and not self.blank:
                self.paragraphs_of = current  # "1881:", then its text on the next line
                self.paragraph_year = current.date if current.end_date is None else None
            elif not current.parts and self.blank and self.is_list_label(current):
                self.paragraphs_of = current  # "• 1991:" / (blank) / "Compaq reports …"
                self.labelled_list = current
            if not current.parts and (bracketed := _bracket_day_below_year(current, stripped)):
                current.date, current.end_date, stripped = bracketed  # "1934" / "(2 VI) text"
            elif not current.parts and (opened := _day_opening_text_below_year(current, stripped)):
                current.date, current.end_date = opened  # "1783" / "26. Mai Verheerende …"
            elif not current.parts and (opened := _span_opening_text_below_year(current, stripped)):
                current.date, current.end_date = opened  # "1534" / "Fra 1534 - 36 raser …"
            elif not current.parts and (
                opened := _year_opening_text_below_century(current, stripped)
            ):
                current.date, current.end_date = opened  # "Siglo XVI" / "En 1578, don Juan …"
            current.parts.append(stripped)
            if current.lines[-1:] != [number]:
                current.lines.append(number)
            self.pending_heading = None
        elif apart or self.is_paragraph_item(stripped):
            # "1881:" / "Marshall Field renames …" / (blank) / "J. L. Hudson opens …": a
            # second event of the same date, as its own paragraph
            dated = self.paragraphs_of
            assert dated is not None
            date = dated.date if len(dated.date) == 4 else str(self.paragraph_year)
            entry = Entry(number, date, dated.end_date, [stripped], dated.note,
                          dated.written, [number], wrapped=dated.wrapped)  # fmt: skip
            if opened := _day_opening_text_below_year(entry, stripped):
                entry.date, entry.end_date = opened  # "1892" / … / "A 27 de outubro, nasce …"
            elif (year_of := self._own_year_below_year(entry, stripped)) is not None:
                entry.date, entry.end_date, entry.note = year_of  # "1932" / … / "Late 1933, …"
            elif (day_of := _whole_day_ending_sentence(stripped, entry.date[:4])) is not None:
                # "1493" / "El 17 de diciembre nació …" / "Paracelso murió el 24 de
                # septiembre 1541.": a whole day, year and all, ending the item dates it
                entry.date, entry.end_date = day_of
                entry.note = None
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
        elif self.is_event_of_the_date_above(number):
            # "March 1: Russia hits …" / "A US official says …": another event of that day
            assert current is not None
            own = _own_day_below_year(current, stripped) or (current.date, current.end_date)
            entry = Entry(number, own[0], own[1], [stripped], current.note, current.written,
                          [number], wrapped=current.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
        elif self.is_row_of_the_year_above(number):
            # "1830: First graduating class." / "Preparatory Department created." / "1836:
            # …": a table's rows under one year cell: a second event of that year
            assert current is not None
            year, end = current.date[:4], None
            if len(current.date) == 4 and current.end_date is not None:
                year, end = current.date, current.end_date  # ("1950-53:": the same years)
            if number in self.own_year_rows:  # ("Mit … kommt 1986 das Demo": see there)
                year, end = self.own_year_rows[number], None
            entry = Entry(number, year, end, [stripped], None, year, [number])
            if opened := _day_opening_text_below_year(entry, stripped):
                # ("1903 Surge …" / "Em 7 de setembro é fundado …": a row of the year that
                # opens with its own day, the corpus README's rule; its words kept)
                entry.date, entry.end_date = opened
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
        elif (
            self.blocked is not None
            and current is None
            and (not self.blank or _date_alone(self.blocked.text))
        ):
            # (a date alone left out, "14 MARZO" / (blank) / "El Consejo …": its text below,
            # after a blank line too, is that date's, never "before the first entry")
            self.unplaced(number, stripped, f"continues line {self.blocked.line}, which was "
                          "left out")  # fmt: skip
        elif self.result.entries and self.blank and (on_day := _paragraph_on_day(stripped)):
            # "On Easter Monday, April 24, 1916, the insurgents …" after the complete entry
            # above, as its own paragraph: an item that opens with its whole day (its text
            # keeps its opening words); never in an introduction, nor as the body of a title
            # entry, which carries it on above
            self.entry(number, _Start(0, 0, on_day), stripped, stripped, width)
        elif self.result.entries and (
            own_day := self.own_day_after(self.result.entries[-1], stripped)
        ):
            # "1945" / "8 May The war in Europe ends." / "3 June A new government …": a later
            # item of the year alone above that opens with its own day (the corpus README's
            # rule), the item above complete; never the day of the item above
            last = self.result.entries[-1]
            entry = Entry(number, own_day[0], own_day[1], [stripped], None, last.written,
                          [number], wrapped=last.wrapped)  # fmt: skip
            self.result.entries.append(entry)
            self.current, self.blocked = entry, None
        else:
            reason = NOT_AN_ENTRY if self.result.entries else "before the first entry"
            reason = A_READERS_COMMENT if self.in_comments else reason
            if _opens_with_season(stripped) and (found := dates.find_date(stripped)) is not None:
                read = entry_dates(found, self.years)  # ("'1900/01' is ambiguous: …")
                reason = read if isinstance(read, str) else reason
            self.unplaced(number, stripped, reason)
            # (a line left out for a reason of its own ends what a line left out above it
            # carried on: "• Contact Us" / … / "Post navigation" / "Canada in the 90's" is
            # no rest of the menu's bullet ten lines above)
            self.current = self.blocked = None
        self.previous_full = self.wrap is not None and width >= self.wrap * 0.8
        self.previous_width = width
        self.blank = False

    def is_row_in_text_column(self, text: str, current: Entry) -> bool:
        """A line indented to the column where the text of the dated line above starts
        after its date and a gap, or further ("1963    Measles …" / "        Trivalent …"), in
        capitals, directly below it (no blank line), that line short of the text's width:
        a new row of the table under the same date, not the rest of the row above."""
        if self.blank or len(current.lines) != 1 or current.lines[0] != current.line:
            return False
        if not text.lstrip()[:1].isupper():
            return False
        above = self.lines[current.line - 1]
        gap = COLUMN_GAP.search(above)
        if gap is None:
            return self.is_row_under_one_line_entries(text, current, above)
        if len(text) - len(text.lstrip(" ")) < gap.end():
            return False
        return self.wrap is None or len(above.rstrip()) < self.wrap * 0.8

    def is_paragraph_in_text_column(self, number: int, last: Entry, text: str) -> bool:
        """A paragraph after a blank line, in capitals, indented to the column where the
        text of the last entry starts after its year at the margin ("1994  The report …"),
        in a document that wraps its entries with a hanging indent (a line of an entry so
        indented below its date's line), the last entry complete (its sentence ended):
        another event of that year, as a new paragraph under a year alone is (see
        is_paragraph_item). Under a day or a month, or at another indent, it is none."""
        of_year = len(last.date) == 4 or last.line in self.closed_days  # ("1996  On 15 May …")
        if not self.blank or not of_year or not last.parts or not text[:1].isupper():
            return False
        if last.lines[-1:] == [number] or not SENTENCE_END.search(last.parts[-1].rstrip()):
            return False
        first = self.lines[last.line - 1]
        column = first.find(last.parts[0][:12])
        raw = self.lines[number - 1]
        margin = len(first) - len(first.lstrip())
        if column < margin + 4 or len(raw) - len(raw.lstrip(" ")) != column:
            return False
        return any(
            len(self.lines[line - 1]) - len(self.lines[line - 1].lstrip(" ")) == column
            for entry in self.result.entries[-3:]
            for line in entry.lines[1:]
        )

    def is_margin_below_hanging_text(self, number: int, last: Entry) -> bool:
        """A line at the margin after a blank line, below an entry whose text stands in a
        column (its date at the margin before it, or a paragraph item so indented) and whose
        every later line hangs there: no line of that entry (see
        is_paragraph_in_text_column)."""
        if not self.blank or len(last.lines) < 2:
            return False
        raw = self.lines[number - 1]
        if raw[:1].isspace():
            return False
        first = self.lines[last.line - 1]
        column = first.find(last.parts[0][:12]) if last.parts else -1
        if column < 4:
            return False
        return all(
            len(self.lines[line - 1]) - len(self.lines[line - 1].lstrip(" ")) == column
            for line in last.lines[1:]
        )

    def is_row_under_one_line_entries(self, text: str, current: Entry, above: str) -> bool:
        """ "1988 Northern Territory University [NTU] (1974)" / "        Queensland University
        of Technology [QUT] (1882)": a line indented at least to where the text of the line
        above starts (one space after its date), in capitals, in a document whose entries so
        far are each one line (MIN_LINES or more; the latest ROWS_SEEN looked at), under a line
        that ends no word in the middle of a phrase (not a lower-case word, a comma or a
        hyphen: "… all stockbrokers be" / "      South African citizens …" runs on): another
        row of the date above, not the rest of its text."""
        entries = self.result.entries
        recent = entries[-ROWS_SEEN:]  # (the list's latest entries: a bounded look back)
        if len(entries) < self.pattern.MIN_LINES or any(len(e.lines) != 1 for e in recent):
            return False  # (a hard-wrapped text's entries run on: none is one line each)
        last = above.rstrip()[-1:]
        if not last or last.islower() or last in ",-–—":
            return False
        column = above.find(current.parts[0][:12]) if current.parts else -1
        return 0 <= column <= len(text) - len(text.lstrip(" "))

    def is_row_of_the_year_above(self, number: int) -> bool:
        """A line of _rows_of_the_year_above, directly under a complete entry (no blank line
        between), in a text not hard-wrapped or under a line short of its width (the line
        break is the writer's, no wrap): a row of that entry's year (or years)."""
        current = self.current
        if number not in self.year_rows or current is None or not current.parts or self.blank:
            return False
        # (the entry is the row directly above: its date and text on that one line, or on
        # that line and lines carrying it on, "(unification …)." under "1873 Maxwell : …")
        one_line = current.line == number - 1 and current.lines == [current.line]
        one_line = one_line or (
            current.lines[:1] == [current.line]
            and current.lines[-1] == number - 1
            and current.lines == list(range(current.line, number))
            and all(carries_text_on(self.lines[n - 1].strip()) for n in current.lines[1:])
        )
        short = not self.previous_full or number in self.listed_rows
        one_year = one_line and len(current.date) == 4  # (a year's row, no day's next line)
        return (self.wrap is None or (one_year and short)) and (
            current.end_date is None
            or current.end_date[:4] == current.date[:4]
            or (one_line and len(current.date) == len(current.end_date) == 4)
        )

    def same_day_item(self, text: str) -> str | None:
        """The words of a line that opens by naming the day of the entry above ("Am selben
        Tag", "Le même jour", "On the same day"), directly under (a blank line may come
        between) an entry of one day whose text ended its sentence: the words, else None.
        Inside a sentence, or under a month or a year, the words name no day."""
        current = self.current
        if current is None or not current.parts or len(current.date) != 10:
            return None
        if current.end_date is not None:
            return None
        found = SAME_DAY.match(text)
        if found is None:
            return None
        last = current.parts[-1].strip()
        if SENTENCE_END.search(last) is None or ABBREVIATION_END.search(last) is not None:
            return None
        return found.group()

    def indented_under_bullet(self, number: int, current: Entry) -> bool:
        """A line with no blank line above it, indented further than the bulleted dated
        line its entry starts on, every line between so indented ("  • 6 Oct 1769: Cook
        arrives" / "    The navigator sighted …"): the item's text carried on under its
        bullet, as a list's hanging indent reads, however the line above ended."""
        if self.blank or current.line not in self.pattern.bulleted_lines:
            return False
        if number - 1 not in current.lines and number - 1 != current.line:
            return False
        bulleted = self.lines[current.line - 1]
        margin = len(bulleted) - len(bulleted.lstrip())
        return all(
            len(line) - len(line.lstrip()) > margin for line in self.lines[current.line : number]
        )

    def is_event_of_the_date_above(self, number: int) -> bool:
        """A line of _events_of_the_date_above, directly under the complete one-line entry
        it belongs to (or a line before it so read), in a text not hard-wrapped or under a
        line short of its width: another event of that entry's date."""
        current = self.current
        if number not in self.day_rows or current is None or not current.parts or self.blank:
            return False
        one_line = current.lines == [number - 1]
        short = self.wrap is None or not self.previous_full or number in self.listed_day_rows
        short = short or self.unwrapped_above()
        return one_line and len(current.date) > 4 and short

    def unwrapped_above(self) -> bool:
        """Whether the last text line is far longer than the width the text seems wrapped at
        ("May 5, 1789: … to raise taxes." at 131 characters over lines of about 108): a
        line the writer ended, not one wrapped at that width."""
        return self.wrap is not None and self.previous_width > self.wrap * 1.2

    def is_item_title(self, number: int, text: str) -> bool:
        """A short line without a sentence's end, under a date alone on its line (before its
        first item, or between its bulleted items), directly above a bulleted line that is
        no date."""
        dated = self.items_of
        if dated is None or not self._kept(dated):
            return False
        if dated.parts and not self.bulleted_items:
            return False  # (the date's text is a paragraph: no items under it)
        return (
            (text[:1].isupper() or text[:1].isdigit())  # ("3RAR placed under US command")
            and len(text.split()) <= ITEM_TITLE_WORDS
            and not SENTENCE_END.search(text)
            and number not in self.bulleted_numbers
            and number < len(self.next_bulleted)
            and self.next_bulleted[number]
            # (not above the next bulleted date, "• 10. November 1990": the text of its own)
            and not self.next_dated[number]
        )

    def is_heading_title(self, number: int, text: str) -> bool:
        """A short title line under a month or year alone on its line, whose next dated line
        is a day inside that month or year: the date is a heading, the line its title."""
        heading = self.pending_heading
        if heading is None:
            return False
        if (
            _is_century(heading)
            and len(text.split()) <= ITEM_TITLE_WORDS
            and not _is_column_names(text)  # ("Year Date Event Ref.": a table's header row)
        ):
            # "1800-talet" / "Rjukanfossen i 1860-åra. Fra Nordiska taflor." / "1810" …: a
            # century over years inside it, a caption or title between (no event is a
            # century long, see _page_title_span)
            if not (number < len(self.next_dated) and self.next_dated[number]):
                return False
            index = bisect.bisect_right(self.start_lines, number)
            if index >= len(self.start_lines):
                return False
            year = self.pattern.starts[index][2]
            assert heading.end_date is not None
            return year is not None and int(heading.date) <= year <= int(heading.end_date)
        if len(text.split()) > TITLE_WORDS or SENTENCE_END.search(text):
            return False  # ("2017" / "Series of new missile tests. Kim …": its text)
        below = self.titles_before_date(number)
        if below is None:
            return False
        index = bisect.bisect_right(self.start_lines, below)
        if index >= len(self.start_lines):
            return False
        _, _, year, month, day = self.pattern.starts[index]
        year_of = int(heading.date[:4])
        if len(heading.date) == 7:  # a month: the next date is a day of it
            return day is not None and month == int(heading.date[5:]) and year in (None, year_of)
        return heading.end_date is None and month is not None and year in (None, year_of)

    def passes_next_start(self, number: int, date: str) -> bool:
        """Whether ``date`` (an item's own month or year, "-In September …") is later than
        the next entry's start below line ``number`` ("JUNE 4, 1979:" / "-In 2000 homes the
        power fails." / … / "JUNE 5, 1979:": a count, not the year 2000, for the list runs on
        in order). A next start without a year, or none: False."""
        index = bisect.bisect_right(self.start_lines, number)
        if index >= len(self.start_lines):
            return False
        _, _, year, month, _ = self.pattern.starts[index]
        if year is None:
            return False
        if len(date) == 4 or month is None:
            return int(date[:4]) > year
        return (int(date[:4]), int(date[5:7])) > (year, month)

    def titles_before_date(self, number: int) -> int | None:
        """The number of the last line before the next dated line, when every line with text
        between is a short title (TITLE_WORDS at most, no sentence end): "2014" / "Milestones"
        / "Details" / "11 February", a table's column names each on its line. Else None."""
        for _ in range(TITLES_AT_MOST):
            if not (number < len(self.next_dated)):
                return None
            if self.next_dated[number]:
                return number
            following = _next_with_text(self.lines, number)
            if following is None:
                return None
            text = following.strip()
            if len(text.split()) > TITLE_WORDS or SENTENCE_END.search(text):
                return None
            number = self.lines.index(following, number) + 1
        return None

    def is_weekday_dateline(self, number: int, line: str, start: _Start) -> bool:
        """A weekday and a date alone on their line before the first entry, in a document
        whose entries are not dates alone: a page's date. Not over undated bullets ("Friday,
        11th March 2011" / "• 14:47 text"): the day of those items, a heading."""
        items_below = (
            number not in self.bulleted_numbers  # ("• Wednesday, Aug 12, 2020": a page's)
            and number < len(self.next_bulleted)
            and self.next_bulleted[number]
            and not self.next_dated[number]
        )
        return (
            not items_below
            and start.match["nosep"] is not None
            and not self.result.entries
            and (self.pattern.alone < self.pattern.MIN_LINES or self.months_alone_below(number))
            and start.start < start.match.start()
            and WEEKDAY_LEAD.match(line, start.start) is not None
            and not self.times_below(number)
        )

    def months_alone_below(self, number: int) -> bool:
        """Whether every other date alone after line ``number`` is a month with neither day
        nor year ("sexta-feira, 28 de dezembro de 2018" over "- Janeiro", "- Fevereiro", …:
        a review of the year under its page's date, whose headings are its months)."""
        below = [
            (year, month, day)
            for line, form, year, month, day in self.pattern.starts
            if form == "alone" and line > number
        ]
        return len(below) >= self.pattern.MIN_LINES and all(
            year is None and month is not None and day is None for year, month, day in below
        )

    def asks_over_bullets(self, number: int, text: str) -> bool:
        """Whether ``text`` (line ``number``), a short question ("What are the functions of
        the board?"), stands under an entry whose text ended its sentence and over undated
        bullets (the next line with text is one): the heading of that list, not the entry's."""
        current = self.current
        if text[-1:] != "?" or len(text) > HEADING_LENGTH or current is None or not current.parts:
            return False
        if number >= len(self.next_dated) or self.next_dated[number]:
            return False
        below = _next_with_text(self.lines, number) or ""
        return _is_bulleted(below) and SENTENCE_END.search(current.parts[-1].strip()) is not None

    def next_year_alone_below(self, number: int, current: Entry) -> bool:
        """Whether the next line with text below line ``number`` is a year alone on its line, as
        the year alone above it (``current``) is ("1998" / "Exhibitions join … 11 exhibitions
        with their catalogue:" / (blank) / "2009"): the next entry of the same list, not dated
        entries under a heading, so the line ending with ":" is that year's own text (the list
        it announces lost or cut), no heading's introduction."""
        if len(current.date) != 4 or current.end_date is not None:
            return False
        below = number + 1
        while below <= len(self.lines) and not self.lines[below - 1].strip():
            below += 1
        return any(
            line == below and form == "alone" and year is not None and month is None
            for line, form, year, month, _ in self.pattern.starts
        )

    def opens_paragraph_below(self, number: int) -> bool:
        """Whether line ``number`` ("Successieoorlog van het Hertogdom Limburg :", a subtitle
        under a date alone) is followed, after a blank line, by a paragraph of text that is
        no date, no bullet and no heading but a sentence's text: the date's own text under
        its subtitle, not an introduction to dated entries below."""
        if not self.blank_below(number) or number >= len(self.next_dated):
            return False
        below = (_next_with_text(self.lines, number) or "").strip()
        return (
            len(below) > SUBHEADING_LENGTH
            and not self.next_dated[number]
            and not _is_bulleted(below)
        )

    def times_below(self, number: int) -> bool:
        """Whether the next line with text (a blank line may come between) is a time item,
        "14:46 text", "[1:23:00] text", "0058 GMT: text": the line above is their day."""
        for below in self.lines[number : number + 2]:
            stripped = below.strip()
            if stripped:
                return (stripped[:1].isdigit() or stripped[:1] == "[") and bool(
                    TIME_ITEM.match(stripped)
                )
        return False

    def is_period_heading(
        self, number: int, match: re.Match[str], found: tuple[str, str | None, str | None]
    ) -> bool:
        """A span of years alone on its line before any entry ("1916-2016"), the only date
        of the document so written, above at least MIN_LINES entries written with their
        text on their line, every one of them inside the span: the page's period."""
        if self.result.entries or match["nosep"] is None or found[1] is None:
            return False
        if dates.date_shape(match) != "years":
            return False
        first, last = int(found[0][:4]), int(found[1][:4])
        others = [
            start
            for start in self.pattern.starts
            if start[0] != number and self.pattern.writes(start[1])
        ]
        if any(form == "alone" for _, form, *_ in others):
            return False
        return len(others) >= self.pattern.MIN_LINES and all(
            year is not None and first <= year <= last for _, _, year, *_ in others
        )

    def in_labelled_list(self, entry: Entry) -> bool:
        """Whether a line after a blank one is the next item of a year label's list, the
        entry above one of its items (see is_list_label)."""
        label = self.labelled_list
        return (
            self.blank
            and label is not None
            and label is self.paragraphs_of
            and label.date == entry.date
        )

    def is_list_label(self, entry: Entry) -> bool:
        """A year with its colon and nothing after it, alone on its line ("• 1991:"), its
        lines below set apart by blank lines: a label over that year's list, each line an
        event of it (see is_paragraph_item)."""
        line = self.lines[entry.line - 1].rstrip() if entry.line <= len(self.lines) else ""
        return len(entry.date) == 4 and line[-1:] == ":" and line[:-1].rstrip()[-4:].isdigit()

    def opens_quotation_below(self, number: int) -> bool:
        """Whether the next line with text (a blank line may come between) opens with a
        quotation mark: a line ending on a colon above it introduces that quotation
        ("… wrote in the Yorkshire Post:" / "\"He had bowled at Grace …"), not a list."""
        for below in self.lines[number : number + 3]:
            stripped = below.strip()
            if stripped:
                return stripped[:1] in QUOTATION_OPENERS
        return False

    def is_row_without_date(self, text: str) -> bool:
        """Whether a text line after a flattened table's row boundary ("| |", see row_ended)
        is a row of its own: a capital, under an entry whose text ended its sentence (a
        table's cells run on over such lines only inside one row)."""
        current = self.current
        if current is None or not current.parts or not text[:1].isupper():
            return False
        return SENTENCE_END.search(current.parts[-1].rstrip(" |\t")) is not None

    def is_paragraph_item(self, text: str, *, at_margin: bool = False) -> bool:
        """A new paragraph or line (a capital, the entry above complete, the line above not
        a hard-wrapped text's full line) under a year alone on its line whose text began on
        the line below it: "1940" / "David Margesson appointed …" / "The Battle of Himara
        ended …". A year holds many events; the later paragraphs under a day or a month
        ("April 26, 1986:" / "The test begins …" / "Fifty-six seconds later, …") tell more of
        the same one. ``at_margin``: a line at the margin of a text wrapped with a hanging
        indent (see _hanging_indent_starts), which starts an item however full the line above."""
        dated, current = self.paragraphs_of, self.current
        if dated is None or current is None:
            return False
        if self.blank and self.headline_list:
            return False  # (a headline list's items are its lines, the list ends at a blank)
        year = self.paragraph_year
        # (an item of the year that opened with its day, "A 3 de março, …": still the year's)
        of_year = (
            year is not None
            and len(year) == 4
            and dated.date[:4] == year
            and current.date[:4] == year
            and current.end_date is None
            and current.line >= dated.line
        )
        return (
            ((len(dated.date) == 4 and current.date == dated.date) or of_year)
            and (
                self.blank
                or not self.previous_full
                or at_margin
                or self.opens_own_day(current, text)
            )
            # (a capital, or a quotation opening with one: '"Klett & Comp." wird umbenannt')
            and text.lstrip(QUOTATION_OPENERS).lstrip()[:1].isupper()
        )

    def is_dateline(self, number: int, text: str) -> bool:
        """A day alone on its line whose text is a title followed by dated entries, in a
        document whose entries carry their text on the date's line: the page's date."""
        current = self.current
        pattern = self.pattern
        return (
            current is not None
            and number > current.line
            and len(current.date) == 10
            and pattern.alone < pattern.MIN_LINES
            and pattern.separated + sum(pattern.bare.values()) >= pattern.MIN_LINES
            and len(text) < 80
            and text[:1].isupper()
            and not SENTENCE_END.search(text)
            and number < len(self.next_dated)
            and self.next_dated[number]
        )

    def is_subheading_in_entry(self, number: int, entry: Entry, text: str) -> bool:
        """Whether a short line (at most HEADING_WORDS_AT_MOST words, a capital first, no
        digit, no sentence's end nor colon) alone between blank lines, under an entry whose
        text already runs on over a paragraph after its title, above a paragraph that is no
        entry, is a subheading inside that entry's text ("Acusación particular" between two
        paragraphs of a court case's day): the page's layout, reported, not the entry's words
        (the paragraph below it carries the entry on, as it did above)."""
        if not self.blank or len(entry.parts) < 2 or len(entry.lines) < 2 or entry.wrapped:
            return False
        if not text[:1].isupper() or DIGIT.search(text) or SENTENCE_END.search(text):
            return False
        if len(text) > SUBHEADING_LENGTH or text[-1:] in ":;,-–—":
            return False
        if not 1 <= len(text.split()) <= HEADING_WORDS_AT_MOST:
            return False
        if not self.blank_below(number) or number + 1 >= len(self.lines):
            return False
        if number >= len(self.next_dated) or self.next_dated[number]:
            return False
        below = next((line for line in self.lines[number:] if line.strip()), "")
        return len(below.split(maxsplit=HEADING_WORDS_AT_MOST * 2)) > HEADING_WORDS_AT_MOST * 2

    def is_subheading_in_wrapped_text(self, number: int, entry: Entry, text: str) -> bool:
        """Whether a short line of capitalised words (at most HEADING_WORDS_AT_MOST, each of
        four letters or more with a capital, no digit, no sentence's end nor colon), directly
        under a line of an entry's text that ends a sentence, above a line of no entry that
        opens with a capital and runs on (a line of text, twice HEADING_WORDS_AT_MOST words at
        least), is a subheading inside that entry's hard-wrapped text ("… were abolished." /
        "Shire of Moreton" / "The Shire of Rosewood and part of the Shire of Normanby were"):
        wrapped prose has no short line inside a paragraph but its last, which ends a
        sentence. The entry's text runs on over two lines at least above it."""
        if self.blank or len(entry.parts) < 2:
            return False
        words = text.split()
        if not 1 < len(words) <= HEADING_WORDS_AT_MOST or len(text) > SUBHEADING_LENGTH:
            return False
        if DIGIT.search(text) or SENTENCE_END.search(text) or text[-1:] in ":;,-–—":
            return False
        if not all(word[:1].isupper() for word in words if len(word) >= 4):
            return False
        last = entry.parts[-1].strip()
        if not SENTENCE_END.search(last) or ABBREVIATION_END.search(last):
            return False
        if number >= len(self.lines) or not self.lines[number].strip():
            return False  # (the line below, numbered from 1: at once, no blank between)
        if number >= len(self.next_dated) or self.next_dated[number]:
            return False
        below = self.lines[number].strip()
        return below[:1].isupper() and len(below.split()) >= HEADING_WORDS_AT_MOST * 2

    def is_title_between_entries(self, number: int, text: str) -> bool:
        """A short line without a sentence's end, after a blank line or a complete entry,
        whose next text line starts an entry: a title between entries ("Sputnik 2" above
        "  November 1957" in a table's rows run together)."""
        current = self.current
        if current is None or not current.parts or self.in_labelled_list(current):
            return False
        if number in self.second_cards:
            return False  # (a table's second text cell under a date: its event, see there)
        # ("divulgação microsoft", a photo's credit in lower case after a blank line, below an
        # entry whose text has ended, above the next entry: no more of its text)
        ended = SENTENCE_END.search(current.parts[-1].strip()) is not None
        return (
            (text[:1].isupper() or (self.blank and ended and text[:1].isalpha()))
            and len(text) < 80
            and number < len(self.next_dated)
            and self.next_dated[number]
            and not SENTENCE_END.search(text)
            and not self.ends_sentence_above(number + 1)  # ("… promulgada a" / "24 de …")
            and (
                self.blank
                or not self.continues(current, text)
                or self.is_heading_in_one_line_list(current, text)
            )
            # ("1865" / "A players' strike: … Surrey." / "Anderson never played again for
            # Yorkshire" / (blank) / "1867": directly under the entry, a blank line below it,
            # among dates alone: the entry's last line, no title of the next one)
            and (self.blank or not self.blank_below(number) or not self.dates_alone())
        )

    def is_heading_in_one_line_list(self, entry: Entry, text: str) -> bool:
        """Whether a short line of capitalised words ("Mau Mau", "Independence", "The Moi
        Years") directly under an entry of a list written one event a line (its date and text
        on one line, below another such line; a text not hard-wrapped) is a section's heading
        over the next entry, even where that entry's text ended without a full stop ("1920 –
        … administered by a British governor" / "Mau Mau" / "1944 – …"): such a list never
        wraps its text onto a line of its own. A last word that leaves the sentence open
        ("… the colony of" / "Kenya") keeps the line the entry's."""
        if self.wrap is not None or len(entry.parts) != 1 or entry.lines != [entry.line]:
            return False
        if entry.line - 1 not in self.start_set:  # (the line above the entry: another one)
            return False
        words = text.split()
        if not 1 <= len(words) <= HEADING_WORDS_AT_MOST:
            return False
        if not all(word[:1].isupper() or word.lower() in TITLE_SMALL_WORDS for word in words):
            return False
        last = entry.parts[-1].split()[-1:] if entry.parts[-1].strip() else []
        return bool(last) and last[0].lower() not in OPEN_ENDING_WORDS

    def dates_alone(self) -> bool:
        """Whether the document writes its entries as dates alone on their lines, the
        text below (at least MIN_LINES of them, more than with their text on the line)."""
        pattern = self.pattern
        return pattern.alone >= pattern.MIN_LINES and pattern.alone > pattern.separated

    def blank_below(self, number: int) -> bool:
        """Whether the line after line ``number`` is blank (or the text ends there)."""
        return number >= len(self.lines) or not self.lines[number].strip()

    def _wrapped_onto_year(self, line: str, starts: list[_Start]) -> bool:
        """Whether a line that opens with a year and no separator, then a word in lower case
        ("1892 offences still in effect."), is the wrapped rest of the entry above: that
        entry's text has not ended (no sentence end, nor a colon) and the year is no date
        of a new entry, whose text would open with a capital. Only after a blank line (a
        page that puts one between all its lines, the wrapped ones too): a table's rows
        one under the other ("t 1844 first operation of …") are entries in lower case."""
        first = starts[0]
        current = self.current
        if not self.blank or current is None or not current.parts:
            return False
        if not dates.has_year(first.match):  # ("9 maggio perde …": a day, no year wrapped)
            return False
        if first.start != len(line) - len(line.lstrip()):
            return False
        if not line[first.text_start : first.text_start + 1].islower():
            return False
        last = current.parts[-1].strip()
        return bool(last) and not SENTENCE_END.search(last) and last[-1:] not in ":;"

    def ends_sentence_above(self, number: int) -> bool:
        """Whether line ``number`` is a date and a full stop only ("24 de fevereiro.", "May
        3, 1990."), no bullet, directly under a line of text (no blank line between) that
        ends on a word in lower case with no sentence's end ("… é promulgada a",
        "… was signed on"): the wrapped end of that line's sentence, no date alone."""
        if number < 2 or number > len(self.lines):
            return False
        text, above = self.lines[number - 1].strip(), self.lines[number - 2].rstrip()
        if text[-1:] != "." or not above[-1:].isalpha() or not above[-1:].islower():
            return False
        if _is_bulleted(text):
            return False
        found = dates.find_date(text)
        return found is not None and text[found.end() :].strip() == "."

    def _count_out_of_order(self, number: int, line: str, starts: list[_Start]) -> bool:
        """Whether a line that opens with a four-digit number and no separator, then a word
        in lower case ("1500 copies sold in a week.", "2000 fans see them."), in a list of
        "YEAR Text" entries, is a count, no year: the number is out of the order of the
        entries above and below it (1996 … 1500 … 1997), whose years run one way."""
        first = starts[0]
        if first.match["bare"] is None or dates.date_shape(first.match) != "year":
            return False
        if first.start != len(line) - len(line.lstrip()):
            return False
        word = line[first.text_start :].split(maxsplit=1)[:1]
        if not word or not word[0][:1].islower() or not word[0].isalpha():
            return False
        years = [(line_number, year) for line_number, form, year, *_ in self.pattern.starts
                 if year is not None and form == "bare:year"]  # fmt: skip
        above = [year for line_number, year in years if line_number < number][-1:]
        below = [year for line_number, year in years if line_number > number][:1]
        if not above or not below:
            return False
        year = _written_year(first.match)
        low, high = sorted((above[0], below[0]))
        return year is not None and not low <= year <= high

    def _year_asked_above(self, line: str, starts: list[_Start]) -> bool:
        """Whether a line that opens with a year (no separator) carries on the sentence of
        the entry above, whose text ends asking for that year (see _sentence_asks_for_year);
        a blank line between or not (a page that puts one between all its lines)."""
        first, current = starts[0], self.current
        if current is None or not current.parts or first.match["bare"] is None:
            return False
        if dates.date_shape(first.match) != "year":  # ("… the" / "October 14, 1947 …": no)
            return False
        if first.start != len(line) - len(line.lstrip()) or _is_bulleted(line):
            return False
        return _sentence_asks_for_year(current.parts[-1], line)

    def is_under_image_name(self, number: int) -> bool:
        """Whether the line directly above line ``number`` is an image's file name alone."""
        above = self.lines[number - 2].strip() if number - 2 < len(self.lines) else ""
        return is_image_name(above)

    def day_item(self, number: int, line: str, width: int) -> bool:
        """ "25. text" under a month heading: an entry on that day; False if the line is not
        one (no such heading above, or the document's "25." lines are a numbered list)."""
        if not self.pattern.reads_day_items():
            return False
        found = DAY_ITEM.match(BULLET_SIGN.sub("", line.strip()))
        if found is None:
            return False
        current = self.current
        if (
            current is not None
            and not current.parts
            and len(current.date) == 7
            and current.end_date is None
            and current.written.rstrip()[-1:] in MARKER_ENDS
        ):  # "March 2014:", "- Juillet--" over the day numbers: a month heading too
            self.pending_heading = current
        if self.pending_heading is not None and self.pending_heading is self.current:
            self.close_pending()  # "• June" above: a heading after all
        if self.month_heading is None:
            return False
        year, month = self.month_heading
        try:
            first = date(year, month, int(found["d1"]))
            last = date(year, month, int(found["d2"])) if found["d2"] else first
        except ValueError as exc:
            skipped = SkippedLine(number, line.strip(), f"not a real date ({exc})")
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return True
        end = last.isoformat() if last > first else None
        entry = Entry(number, first.isoformat(), end, [], None, found.group().strip(), [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of, self.blank = entry, None, None, False
        self.paragraphs_of = None
        rest = BULLET_SIGN.sub("", line.strip())[found.end() :]
        self.text_piece(number, rest, width)
        return True

    def bullet(self, number: int, line: str, width: int) -> None:
        """A bulleted line without a date: an item of the date alone above it, or reported;
        never appended to the entry before it."""
        head = DECORATION.match(line.strip())
        item = line.strip()[head.end() :] if head else line.strip()
        sign = BULLET_SIGN.match(line.strip()) if head else None
        if sign is not None and sign.end() and NUMBER_AFTER_BULLET.match(line.strip(), sign.end()):
            # "• 2. Halbzeit des Pokalfinales …", "• 11. Spieler erhalten …": the bullet marks
            # the item, so the number after it is its text (German "2." is "second"), never
            # a second list mark to drop
            item = line.strip()[sign.end() :]
        elif head and not self.numbers_a_list and NUMBER_AFTER_BULLET.match(line.strip()):
            item = line.strip()  # ("1. Kreuzzug" in a document that numbers no list)
        if len(item) <= CUT_ITEM_LENGTH:  # "• K" at a page's end: cut off, no event
            self.unplaced(number, line.strip(), "a bulleted item too short to be an event "
                          "(cut off?)")  # fmt: skip
            self.blank = False
            return
        near = _near_entry(item) if item[:1].isalnum() else None
        if near is None and line.lstrip()[:1].isdigit():  # ("31. Dezember 9999: …")
            near = _near_entry(line.strip())
        if near is not None:  # ("• 3 June 3000: …", ":: 9999 ::": a date not read, no item)
            skipped = SkippedLine(number, line.strip(), near)
            self.result.unplaced.append(skipped)
            self.current, self.blocked, self.blank = None, skipped, False
            return
        blocked = self.blocked
        if (
            blocked is not None
            and self.current is None
            and blocked.reason != UNDATED_ITEM
            # (a heading's items are its, a bulleted entry's next bullet is not: "• 3 June
            # 3000: …" / "• …"; ":: 9999 ::" is a heading)
            and (BULLET_SIGN.match(blocked.text) is None or FRAMED_NUMBER.search(blocked.text))
            and CIRCA_MARKED.match(line.lstrip()) is None  # ("c. 1300s": a date of its own)
        ):
            # "June 31, 1980" (refused) / "• The strike ends.": an item of the date left out,
            # never of the date above that one
            self.unplaced(number, line.strip(), f"continues line {blocked.line}, which was "
                          "left out")  # fmt: skip
            self.blank = False
            return
        dated = self.items_of
        if dated is not None and self.current is dated and not dated.parts:
            if (closing := self.closing_day_of_year_item(dated, item)) is not None:
                dated.date = closing  # ("1922" / "• … Σμύρνης (28 Αυγούστου)": its day)
                self.closed_days.add(dated.line)  # (the items below are the year's)
            elif (ending := self.whole_day_ending_year_item(dated, item)) is not None:
                dated.date = ending  # ("1923" / "• … held … on 26 March 1923": its day)
                self.closed_days.add(dated.line)
            self.text_piece(number, item, width)  # the first item of "June 10, 2020" alone
            self.paragraphs_of = None  # its items are bulleted: a paragraph is no item
            self.bulleted_items = True
            if len(dated.date) == 4 and dated.end_date is None:
                self.year_items_of = dated
            return
        year = self.year_items_of
        heading, current = self.year_heading, self.current
        if dated is None and year is None and self.is_event_of_item_above(current, item, number):
            # "1932" / "- Settembre: Approvazione della legge …." / "- Approvazione dello
            # statuto …": in a list whose items each carry their date, an undated item below
            # a dated one is another event of that date (the seventeenth round's rule)
            assert current is not None
            self._item_of(current, number, item, width, end_date=current.end_date,
                          note=current.note)  # fmt: skip
            return
        if (
            dated is None
            and year is None
            and heading is not None
            and current is not None
            and current.line > heading.line
            and current.line in self.bulleted_numbers
            and current.date[:4] == heading.date
            and current.end_date is None
            and not self.nested_under(line, current)
        ):
            # "2001" / "• On September 11, Al Qaeda …" / "• The US invades …": the first
            # item under the year dated, the undated items below it are the year's
            year = Entry(number, heading.date, None, [], None, heading.written, [],
                         wrapped=heading.wrapped)  # fmt: skip
            self.result.entries.append(year)
            self.year_items_of = year
            self.current, self.blocked, self.blank = year, None, False
            self.text_piece(number, item, width)
            return
        if dated is None and year is not None and self._kept(year):
            # "• Goldwater's book is published." after "• May 6 - …" under "1960": an item
            # of the year
            self._item_of(year, number, item, width, end_date=None, note=year.note)
            return
        if dated is not None and self.bulleted_items and self._kept(dated):
            # (a later bullet under a date whose text is a paragraph, as "• Liverpool,
            # England" under a timeline card, is no item of it)
            self._item_of(dated, number, item, width, end_date=dated.end_date, note=dated.note)
            return
        current = self.current
        if (
            current is not None
            and current.parts
            and item[:1].isupper()
            and (SENTENCE_END.search(item) is not None or len(item.split()) >= 6)
            and self.pattern.bulleted >= self.pattern.MIN_LINES
            and current.line in self.bulleted_numbers
            and current.line not in current.lines
            and number < len(self.next_dated)
            and self.next_dated[number]
        ):
            # "• 1992" / "Land Acquisition Act Amendment." / "• Land Commission established
            # …" / "• 1994": where the bullets mark the dates alone on their lines, the text
            # below each, a bulleted line with text and no date between two of them is
            # another event of the date above (its bullet the page's, not a new date's)
            self._item_of(current, number, item, width, end_date=current.end_date,
                          note=current.note)  # fmt: skip
            return
        if (
            current is not None
            and current.parts
            and (SENTENCE_END.search(item) is not None or len(item.split()) >= 6)
            and self.pattern.bulleted < self.pattern.MIN_LINES
            and number < len(self.dated_after_bullets)
            and self.dated_after_bullets[number]
        ):
            # "1851 Santa Clara College opens." / "* The Supreme Court charters …" / "1852 …":
            # in a document whose entries are not bulleted, a bulleted line between two of
            # them is another event of the date above; so is each of a run of such bullets
            # between two entries ("1953 - …" / "• Fundação …" / "• Os ônibus …" / "1954 - …")
            self._item_of(current, number, item, width, end_date=current.end_date,
                          note=current.note)  # fmt: skip
            return
        skipped = SkippedLine(number, line.strip(), _undated_item_reason(line.strip()))
        self.result.unplaced.append(skipped)
        self.current, self.blocked, self.blank = None, skipped, False

    def nested_under(self, line: str, entry: Entry) -> bool:
        """Whether a bulleted line is indented further than the line its entry starts on
        ("- February 2014 - Russia annexes …" / "  - soldiers without insignia …"): a
        sub-item of that entry, no item of the year heading above both."""
        first = self.lines[entry.line - 1]
        return len(line) - len(line.lstrip()) > len(first) - len(first.lstrip())

    def is_event_of_item_above(self, current: Entry | None, item: str, number: int = 0) -> bool:
        """Whether an undated bulleted item is another event of the bulleted entry above it:
        that entry is dated finer than a year (a month or a day under a year's heading), or
        is a year with its text on its line ("- 1950: Suit filed." / "- Another suit …"),
        its text ends its sentence, the item opens with a capital, and the document writes
        its items one entry a line (a date on each: at least MIN_LINES dated bulleted lines,
        and at most one undated one for every DATED_ITEMS_EACH of them). In a list whose
        items are mostly undated ("2001" / "• On September 11, …" / "• The US invades …")
        they are the year's."""
        if current is None or not current.parts:
            return False
        if len(current.date) == 4 and (
            current.lines[:1] != [current.line] or ITEM_LABEL.match(item) is not None
        ):
            # (a year's text below it: "• 1991:" / "Compaq …", a labelled list; or a label
            # where the others write their date: "- *Current Frontier*: Dark matter …")
            return False
        if current.line not in self.bulleted_numbers or not item[:1].isupper():
            return False
        if SENTENCE_END.search(self.without_link_label(current.parts[-1].rstrip())) is None:
            return False
        dated = len(self.pattern.bulleted_lines)
        undated = len(self.bulleted_numbers - self.pattern.bulleted_lines)
        if dated < self.pattern.MIN_LINES:
            return False
        if undated * DATED_ITEMS_EACH <= dated:
            return True
        # ("• Computer programmer Ward Cunningham begins … Board." between "• October 22, 1993:
        # …" and the next dated item, in a list of as many undated items as dated ones: an
        # item that is a sentence, set between two dated ones, is the date's above; never a
        # caption's name, "• Eríkur konungur sigursæli", which ends no sentence, nor an item
        # that names a date of its own inside, "• Rebuilt … on May 4, 1964 …": reported)
        between = 0 < number < len(self.next_dated) and self.next_dated[number]
        sentence = SENTENCE_END.search(item) is not None or len(item.split()) >= 6
        return between and sentence and undated <= dated and _date_inside(item) is None

    def without_link_label(self, text: str) -> str:
        """``text`` without the link's word that ends it after its sentence ("… in Bonn.
        Archivnachweis"), where at least MIN_LINES lines of the document end so with that
        word (an archive's label after each item); else ``text``."""
        if self.link_labels is None:
            counts: dict[str, int] = {}
            for line in self.lines:
                found = LINK_LABEL_END.search(line) if line[-1:].isalpha() else None
                if found is not None:
                    counts[found["label"]] = counts.get(found["label"], 0) + 1
            self.link_labels = {w for w, n in counts.items() if n >= self.pattern.MIN_LINES}
        found = LINK_LABEL_END.search(text) if self.link_labels else None
        if found is None or found["label"] not in self.link_labels:
            return text
        return text[: found.start("label")].rstrip()

    def continues(self, entry: Entry, text: str) -> bool:
        """Whether a line carries on an entry's text rather than standing apart."""
        if text[:1] == "|":
            return False  # a table's new row (or cell): never the rest of the row above
        if entry.line in self.labelled and len(self.labelled) >= self.pattern.MIN_LINES:
            return False  # a page of labelled one-line entries: the next line is its own
        if entry.lines == [entry.line] and is_clock_alone(" ".join(entry.parts).strip()):
            # "April 25, 1986, 1 a.m." / (blank) / "Operators start …": the text of a date
            # line that gives the hour alone is below it, however far the line above reached
            return not _is_bulleted(text) and text[:1] != "#"
        last = entry.parts[-1].strip() if entry.parts else ""  # (mostly its last part)
        if not last:
            last = next((part.strip() for part in reversed(entry.parts) if part.strip()), "")
        ended = SENTENCE_END.search(last) and not ABBREVIATION_END.search(last)  # (its end)
        closed_row = entry.lines == [entry.line] and entry.line in self.closed_rows
        if last[-2:] == " |" or closed_row:
            # "… the 38th parallel. |" / "|" / "The Debacle |": a flattened table's text cell,
            # closed by its " |": the next line is another cell (a heading), never its rest
            # ("1932 | The records end |" / "Founders of the club": a row closed on its line,
            # the heading under the table's last row)
            return False
        if _announces_list(entry.parts, last):
            return True  # "… PC dealers as:" / "ComputerLand acquires …," / "CompuCom …,"
        if self.in_labelled_list(entry):
            return False  # "• 1991:" / "Compaq …" / (blank) / "Apple & IBM …": items
        if text[:1].islower():
            return True
        if self.blank and self.headline_list and text[:1].isalpha():
            # "Summer: IRA launches weekly newspaper, An Phoblacht" / (blank) / "Ireland's
            # Provincial Flags": a headline list's lines end no sentence, each whole; a
            # paragraph after a blank line is never the rest of the one above (a year opening
            # it may carry a sentence on: "… ruhte wegen Spielermangel bis" / "1971 Ein …")
            return False
        if text[:1].isdigit() and dates.ROMAN_DAY_NO_YEAR.match(text) is not None:
            return False  # ("7 III 1000 - początek …" / "8 III - Dzień Kobiet": a day's line)
        if _opens_with_season(text):
            return False  # ("1899 Club wins cup" / "1900/01 Club relegated": its own line)
        if not self.blank and text.strip() in self.figure_lines:
            return True  # ("Stock close: $8.41" under each entry: see _figure_lines)
        if self.blank and self.pattern.year_paragraphs:
            return False  # ("In 1871, …" paragraphs: a paragraph of no year is not theirs)
        if self.blank and self.ends_run_of_one_line_rows(entry):
            # "2011India277–4Sri Lanka…" / "2015Australia186–3…" / (blank) / "The biggest
            # event of …": rows of one line each, directly below each other; a paragraph
            # after a blank line under the last row is the page's text, not that row's
            return False
        if self.blank and text[:1].isalpha() and self.ends_spaced_rows(entry):
            # "06/12/2017 Judgment" / (blank) / "Plaintiff S195/2016 v. Minister …": the same,
            # rows spaced out by blank lines (a year opening the paragraph may carry a
            # wrapped sentence on: see _wrapped_onto_year)
            return False
        if len(entry.parts) == 1 and entry.lines[-1:] and entry.lines[-1] in self.one_line_texts:
            return False  # (each date's text is its one line: the page's box below the last)
        if len(entry.parts) == 1 and entry.lines[-1:] and entry.lines[-1] in self.card_titles:
            return True  # (a card's headline above its date, a full stop at its end: its body)
        bulleted = self.pattern.bulleted_lines
        # ("- 1416 : … Imperium ." / "Moderne tider (1492-1792)": a bulleted line that runs
        # on past the wrap width by more than its last word was never wrapped; see runs_past_wrap)
        full = self.previous_full and (
            entry.line not in bulleted
            or len(bulleted) < self.pattern.MIN_LINES
            or not self.runs_past_wrap(entry.lines[-1] if entry.lines else entry.line)
        )
        if not ended:
            # "• April 1961: First human spaceflight: Yuri Gagarin" / "Project Mercury: …":
            # in a document of bulleted one-line entries, a line with no bullet and a capital
            # is no continuation of a bulleted entry (unless a hard wrap broke it there)
            return not (
                entry.line in bulleted and len(bulleted) >= self.pattern.MIN_LINES and not full
            )
        if not self.blank and full and self.opens_own_day(entry, text):
            return False
        return not self.blank and full

    def runs_past_wrap(self, number: int) -> bool:
        """Whether line ``number`` runs on past the text's wrap width (see _wrap_width) by more
        than its last word ("- 1416 : Advent af … Hellige Romerske Imperium ." where most
        lines are shorter): a text wrapped at that width would have carried that word to the
        next line, so the line ends where its entry ends, however wide it is."""
        if self.wrap is None or not 0 < number <= len(self.lines):
            return False
        line = self.lines[number - 1].rstrip()
        words = line.rsplit(maxsplit=1)
        return len(words) > 1 and len(line) - len(words[-1]) - 1 > self.wrap

    def own_day_after(self, entry: Entry, text: str) -> tuple[str, str | None] | None:
        """The day of a line that opens with its own day and month under the complete
        entry of a year alone above it (see opens_own_day), the line directly below that
        entry's last line or a blank line below it; else None."""
        if not entry.lines or self.blocked is not None or not self.opens_own_day(entry, text):
            return None
        return _own_day_below_year(entry, text)

    @staticmethod
    def opens_own_day(entry: Entry, text: str) -> bool:
        """Whether a line under an entry of a year alone on its line, the entry's sentence
        ended, opens with its own day of that year ("… a Revolução Federalista." / "Tem
        início, a 6 de setembro, a Segunda …"): the next item (the corpus README's rule for
        an item that opens with its day), however wide the line above (a hard wrap's); or
        is one sentence that ends with its whole day, year and all ("… medicina laboral." /
        "Paracelso murió el 24 de septiembre 1541.", see _whole_day_ending_sentence)."""
        last = entry.parts[-1].strip() if entry.parts else ""
        if not SENTENCE_END.search(last) or ABBREVIATION_END.search(last):
            return False
        return (
            _own_day_below_year(entry, text) is not None
            or _whole_day_ending_sentence(text, entry.date[:4]) is not None
        )

    def is_caption_above_entry(self, number: int, entry: Entry, text: str) -> bool:
        """Whether a short line in capitals that ends no sentence, directly under an entry of a
        hard-wrapped text whose last line ended its sentence and directly above the next
        dated entry, is a picture's caption or a subtitle between two entries ("… the
        Parliament House." / "First sitting of Supreme Court of India" / "May 19, 1950: …"),
        never the rest of the entry above (a wrapped entry's next sentence ends in a full
        stop, or carries on onto a line that is no entry)."""
        if self.blank or self.wrap is None or not entry.parts or not text[:1].isupper():
            return False
        if len(text) >= self.wrap * 0.8 or SENTENCE_END.search(text) or text[-1:] in ":;,-–—":
            return False
        if len(text.split()) > ITEM_TITLE_WORDS:
            return False
        last = entry.parts[-1].strip()
        if not SENTENCE_END.search(last) or ABBREVIATION_END.search(last):
            return False
        below = self.lines[number] if number < len(self.lines) else ""
        if not below.strip():
            return False
        starts = entry_starts(normalise(below), self.pattern)
        return bool(starts) and starts[0].start <= len(below) - len(below.lstrip()) + 3

    def ends_run_of_one_line_rows(self, entry: Entry) -> bool:
        """Whether an entry is one line, its date and text together, directly below at least
        MIN_LINES - 1 other dated lines (a table's rows, a list written one event a line)."""
        if len(entry.parts) != 1 or entry.lines != [entry.line]:
            return False
        above = range(entry.line - self.pattern.MIN_LINES + 1, entry.line)
        return all(line in self.start_set for line in above)

    def ends_spaced_rows(self, entry: Entry) -> bool:
        """Whether an entry is the last of at least MIN_LINES entries of one line each, its
        date and text together, one blank line between each and the next ("16/12/2016
        Hearing" / (blank) / "23/12/2016 Notice of appeal" / …: a docket, a list spaced
        out): a paragraph after a blank line below the last is the page's, not its text."""
        recent = self.result.entries[-self.pattern.MIN_LINES :]
        if len(recent) < self.pattern.MIN_LINES or recent[-1] is not entry:
            return False
        if any(len(e.parts) != 1 or e.lines != [e.line] for e in recent):
            return False
        # (a judgment's citation between two, spaced as they are, "[2016] FCAFC 72", is the
        # page's layout: the docket's spacing goes on)
        # (the rows' spacing asked first: entries read from one line's sentences, "Aug. 3,
        # 2009: … Aug. 10, 2009: …", share their line, and the line below the last may be
        # past the text's end)
        layout = {piece.line for piece in self.result.layout[-2 * len(recent) :]}
        return all(
            later.line - earlier.line in (2, 4)
            and not self.lines[earlier.line].strip()
            and (
                later.line - earlier.line == 2
                or (earlier.line + 2 in layout and not self.lines[later.line - 2].strip())
            )
            for earlier, later in itertools.pairwise(recent)
        )

    def inline_layout(self, number: int, text: str) -> str:
        """Text with the page headers and footers inside it taken out (and recorded), and a
        web page's template markup ("{{^adFree}} {{/adFree}}")."""
        if "{{" in text and TEMPLATE_MARKUP.search(text):
            for found in TEMPLATE_MARKUP.finditer(text):
                self.result.layout.append(
                    SkippedLine(number, found.group().strip(), "web page template markup")
                )
            text = " ".join(piece.strip() for piece in TEMPLATE_MARKUP.split(text))
        caption = INLINE_CAPTION.search(text) if "Picture" in text or "Photo" in text else None
        if caption is not None:
            self.result.layout.append(SkippedLine(number, caption["caption"], "photo caption"))
            text = text[: caption.start("caption")].rstrip()
        if text[-1:] == ")" and (credit := PRINT_CREDIT.search(text)) is not None:
            reason = "a newspaper's credit of its print edition"
            self.result.layout.append(SkippedLine(number, credit["credit"], reason))
            text = text[: credit.start("credit")].rstrip()
        long_line = (
            0 < number <= len(self.lines) and len(self.lines[number - 1]) > RUN_TOGETHER_LENGTH
        )
        if long_line and (spaced := SPACED_PAGE.search(text)) is not None:
            # ("… his “Atoms for Peace” 1 6 9 speech at …": a PDF's page number, its digits
            # spaced, inside a sentence that runs on over the page's end)
            self.result.layout.append(SkippedLine(number, spaced["page"], "page number"))
            text = f"{text[: spaced.start('page')].rstrip()} {text[spaced.end('page') :].lstrip()}"
        if (
            not FOOTER_SIGN.search(text)
            or not FOOTER_HINT.search(text)
            or not INLINE_FOOTER.search(text)
        ):
            return text
        pieces = []
        last = 0
        for match in INLINE_FOOTER.finditer(text):
            self.result.layout.append(
                SkippedLine(number, match["footer"].strip(), "page header or footer")
            )
            pieces.append(text[last : match.start("footer")])
            last = match.end("footer")
        pieces.append(text[last:])
        return " ".join(piece.strip() for piece in pieces if piece.strip())

    def far_year_heading(self, line: str) -> str | None:
        """Why a line that is four digits alone ("9999", "## 0000") outside the years read is
        left out, in a document whose dates are years alone on their lines (at least
        MIN_LINES): a year's heading, not a page's number. Else None."""
        found = FAR_YEAR_ALONE.fullmatch(line.strip())
        pattern = self.pattern
        if found is None or pattern.shapes.get("year", 0) < pattern.MIN_LINES:
            return None
        return f"looks like a year's heading, but the year {found['year']} {OUTSIDE_YEARS}"

    def unplaced(self, number: int, text: str, reason: str) -> None:
        self.result.unplaced.append(SkippedLine(number, text, reason))

    def entry(self, number: int, start: _Start, line: str, text: str, width: int) -> None:
        match = start.match
        if self.says_years_again(start, text):
            # "1968-01-01 – 1974-01-01" alone / "1968-1974 saw the reform settle …": the
            # paragraph under a date alone naming its years again, its sentence's subject
            self.text_piece(number, line, width)
            self.blank = False
            return
        self.close_pending()
        self.in_comments = False
        if self.is_weekday_dateline(number, line, start):
            # "Wednesday, July 6, 2016" alone above a blog post whose entries are written
            # otherwise: the post's date
            written = line[start.start : start.text_start].strip()
            self.result.layout.append(SkippedLine(number, written, "dateline (the page's "
                                                  "date, not an entry)"))  # fmt: skip
            return
        if start.context is not None:
            entry_dates(start.context, self.years)  # "2018 • March:": the year of March
        dates_found = dates.resolve_date(match, self.years, without=start.text_part)
        if number == self.page_date_line and not isinstance(dates_found, str):
            # "21 Oct 2014" above a live page's headline, its days "21 October" below
            self.years.explicit(int(dates_found[0][:4]))
            written = line[start.start : start.text_start].strip()
            self.result.layout.append(SkippedLine(number, written, "dateline (the page's "
                                                  "date, not an entry)"))  # fmt: skip
            self.current = self.items_of = None
            return
        if dates_found == NO_YEAR and start.text_part:  # no year around: the written one
            dates_found = entry_dates(match, self.years)
        written = line[start.start : start.text_start].strip().rstrip("=#*_ ")
        if isinstance(dates_found, str):
            if dates_found == NO_YEAR and self.is_month_over_whole_dates(number, match):
                # "JANUARY" / "STYCZEŃ" alone over "(160) 1 I 1860" entries that write
                # their years: the month's heading, no entry wanting one
                self.result.layout.append(SkippedLine(number, written, "heading"))
                self.current = self.items_of = None
                return
            if dates_found == NO_YEAR and self.pattern.weekday_years:
                dates_found = _no_year_but_weekdays(self.pattern.weekday_years)
            elif dates_found == NO_YEAR and YEAR_GLUED_TO_WORD.match(text):
                # ("3 March 2019ABC123 widget": the year is written, glued to a code)
                dates_found = (
                    f"the year after '{written}' is glued to what follows it "
                    f"('{text.split()[0]}'): not read"
                )
            skipped = SkippedLine(number, (written + " " + text).strip(), dates_found)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if text[:1].isdigit() and YEARS_THEN_SEPARATOR.match(text):
            # "1997 – 1998 2007: [Dates unknown] …": more years after the date read, then the
            # separator: a date not read whole; reported, never its text's first words
            unread = text.split(":")[0].strip()
            reason = f"a date not read whole ('{written} {unread}'): not guessed"
            skipped = SkippedLine(number, (written + " " + text).strip(), reason)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if self.padded_day_out_of_order(match, dates_found[0]):
            # "0800-12-01 - the second number …" below "2019-04-02: …": an ISO day before the
            # year 1000 (its zeros written) under a later year's entry, in a document in
            # time's order: a number (a telephone's, a part's), reported, never the year 800
            reason = (
                f"'{written.rstrip(':-–— ')}' reads as a day before the year 1000, below an "
                "entry of a later year: not guessed"
            )
            skipped = SkippedLine(number, (written + " " + text).strip(), reason)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if (match["sep"] or "").strip() == "." and DATED_CAPTION.match(text.lstrip()):
            # "29 April 1986. Photo of the plant from Landsat 5": a picture's date and what
            # it shows, no event
            reason = "figure caption or photo credit (a picture's date and what it shows)"
            self.result.layout.append(SkippedLine(number, line.strip(), reason))
            self.current = self.items_of = None
            return
        repeated = self.repeats_date(match, dates_found, text, number)
        if repeated is not None:
            # "Mar, 1957" / "The Quarrymen Band" / "Mar, 1957" / "In March 1957, …": a
            # timeline card's date written again under its title; the text goes on
            self.result.layout.append(SkippedLine(number, written, "the date repeated"))
            self.current, self.blank = repeated, False
            return
        if (
            len(text) < OPEN_END_LENGTH
            and OPEN_END.fullmatch(text.strip())
            and written[-1:] in "-–—"
            and self.next_dated[number]
        ):
            # "2001 - Present" over "2001" / "Mowatt v. Clarke …": the period the page covers,
            # a heading over its entries (the date grammar has no open span)
            self.result.layout.append(SkippedLine(number, line.strip(), "heading (the period "
                                                  "the page covers)"))  # fmt: skip
            self.current = self.items_of = None
            return
        if self.is_period_heading(number, match, dates_found):
            # "1916-2016" alone above an introduction, then "1916- The rebel …" items: the
            # period the page covers, not an entry whose text is the introduction
            self.result.layout.append(SkippedLine(number, written, "heading (the period "
                                                  "the page covers)"))  # fmt: skip
            self.current = self.items_of = None
            return
        opening = _day_opening_year_item(dates_found, text)
        if opening is not None:  # "1904 Am 18. September treffen …": that year's day
            if dates_found[0] in text.split(None, 4)[:4]:  # ("1996  On 15 May 1996 , the …")
                self.closed_days.add(number)  # (the paragraphs below in its column: the year's)
            dates_found, text = (opening[0], opening[1], dates_found[2]), opening[2]
        elif (closing := _day_closing_year_item(dates_found, text, self.closing_days)) is not None:
            dates_found = (closing, None, dates_found[2])  # ("… é fundado (13 de maio).")
        elif months := _month_opening_year_item(dates_found, match["sep"], text, self.dashed_days):
            dates_found, text = (months[0], months[1], dates_found[2]), months[2]  # ("luglio …")
        note = dates_found[2]
        spanned = written[-1:] in "-–—" and dates_found[1] is None
        open_end = OPEN_END_ITEM.match(text) if spanned else None
        if open_end is not None and note is None:
            # "2020 - now: Remote work": an open span, read from its start (as the date grammar
            # has no open end: the clock is never read); the end word is no text
            text = text[open_end.end() :]
            note = (
                f"'{written} {open_end['word']}' is an open span: read as its start, "
                f"{dates_found[0]} (the data format has no open end)"
            )
        mark = APPROXIMATE_MARK.match(line, match.end()) if match["bare"] is not None else None
        if note is None and mark is not None:
            shown = " ".join((match["date"] + " " + mark.group()).split())
            note = f"'{shown}' is written as {dates_found[0]}: the data format has no finer form"
        entry = Entry(number, dates_found[0], dates_found[1], [], note, written,
                      [], wrapped=self.wrap is not None)  # fmt: skip
        if odd_sign(match) == "|":  # a table's row: "| June 16, 1911 | text |"
            if text.rstrip()[-1:] == "|":
                self.closed_rows.add(number)
            text = text.rstrip().removesuffix("|")
        self.dash_items_of, self.dash_glued = None, False
        if match["sep"] == ":" and DASH_ITEM.match(text):
            # "February 27, 1991: -- Kuwaiti forces …" / "-- President Bush …": a wire's day,
            # each item marked "--"; the later ones, undated below it, are items of that day
            text = DASH_ITEM.sub("", text, count=1)
            self.dash_items_of = entry
        self.month_heading = self.paragraphs_of = None
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        year = self.year_items_of
        if year is not None and (
            not text.strip()
            or number not in self.bulleted_numbers
            or entry.date[:4] != year.date[:4]
            or (entry.end_date is not None and entry.end_date[:4] != year.date[:4])
        ):
            self.year_items_of = None  # (a new date alone, a line not bulleted, another year)
        if self.held_title is not None:  # "Armistice Signed" / "July 27th, 1953": its title
            entry.parts.append(self.held_title[1])
            entry.lines.append(self.held_title[0])
            self.held_title = None
        if text.strip():
            self.text_piece(number, text, width)
        else:
            self.items_of = entry  # bulleted lines below are its items
            self.bulleted_items = False
            # ("JANUARY 2020:" alone, its colon the heading's, over "1 January - text")
            alone = match["nosep"] is not None or (match["sep"] == ":" and not text)
            if alone and not dates.has_day(match) and not match["yq"]:
                self.pending_heading = entry  # "2018" alone: a heading, or a year entry
        self.blank = False

    def padded_day_out_of_order(self, match: re.Match[str], day: str) -> bool:
        """Whether an ISO day whose year is written with its zeros ("0544-01-01", a timeline
        tool's export) stands below an entry of a later year in a document whose entries are
        in time's order (not newest first): no date there, but a number so written."""
        padded = match["iy"] or match["icy"] or match["isy1"] or ""
        last = self.result.entries[-1] if self.result.entries else None
        return (
            padded[:1] == "0"
            and last is not None
            and not self.pattern.newest_first
            and last.date[:4] > day[:4]
        )

    def is_bare_tiny_year(self, number: int, found: re.Match[str]) -> bool:
        """Whether "98 Pierwsza …" (two digits, then a capitalised word) is the year 98: the
        document reads its "100 Text", "530 Text" lines as years (reads_bare_short_year), this
        line stands before its four-digit years, no entry with text is above it (the list's first
        row; a century's heading above, "I wiek - V wiek", is no entry's year) and its number
        is below the first of the three-digit years: the list's years before 100 (the corpus
        README's two-digit-year rule: a list of years before 1000 writes them so). A "12
        Apostles …" line under dated entries, or above no such years, stays text."""
        pattern = self.pattern
        if not pattern.bare_short_years or any(
            entry.date[:4].isdigit() and entry.parts for entry in self.result.entries
        ):
            return False
        return (
            int(found["year"]) < pattern.bare_short_years[0]
            and pattern.reads_bare_short_year()
            and pattern.before_four_digit_years(number)
        )

    def short_year_entry(self, number: int, found: re.Match[str], text: str, width: int) -> None:
        """ "688: text" in a document whose entries are years written so: the year 688."""
        self.close_pending()
        year = short_year_number(found)
        self.years.explicit(year)
        unknown = short_year_unknown_digits(found)  # ("5xx": 500–599, "95x": 950–959)
        last = int(found["last"]) if found["last"] else year + 99 if found["hundreds"] else None
        if last is None and unknown:
            last = year + 10**unknown - 1
        if last is not None and found["last"] and len(found["last"]) == 2:  # ("910-30": 930)
            last += year // 100 * 100
        spanned = SHORT_SPAN_END.match(text) if found.groupdict().get("loose") else None
        if spanned is not None and last is None:  # ("923 - 32 wird …", "454 - und 495 …")
            last = int(spanned["full"] or f"{year // 100}{spanned['two']}")
            text = text[spanned.end() :] if last > year else text
        end = f"{last:04d}" if last is not None and last > year else None
        start = f"{year:04d}"
        day = found.groupdict().get("bday")
        if day is not None:
            start, end, text = _short_year_day(year, day, end, f"{found['sep']} {text}")
        note = None
        if found.groupdict().get("also"):  # ("849, 858:": two years, the item dated by one)
            written = found.group().strip().rstrip(":")
            note = f"'{written}' names two years: dated by the first, {start}"
        elif found.groupdict().get("about"):  # ("0300./0400 c. …": about those years)
            written = found.group().strip()
            note = f"'{written}' is approximate, read as {start}{f'–{end}' if end else ''}"
        entry = Entry(number, start, end, [], note, found.group().strip(), [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.month_heading = self.paragraphs_of = None
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        if text.strip():
            self.text_piece(number, text, width)
        else:
            self.items_of = entry
        self.blank = False

    def approximate_short_year(self, number: int, bare: str, width: int) -> bool:
        """ "Um 800:", "ca. 850:" (an approximate year of three digits, written as the
        document writes its entries, "805:" / "872:", see reads_short_years) below such an
        entry, in a text that names no era before the Common Era: a year of that era, as its
        plain years are read, with a note saying how it was written. False otherwise (then
        reported as perhaps before the Common Era)."""
        circa = CIRCA.match(bare)
        if circa is None or len(circa["year"]) != 3 or not self.result.entries:
            return False
        above = self.result.entries[-1]
        # ("50 n. Chr.:" above "Um 210:": the chronology has passed into the Common Era, an
        # entry written with its era, and goes on rising: its approximate years are of it)
        turned = int(circa["year"]) >= int(above.date[:4]) and any(
            AFTER_CHRIST_WORD.search(entry.written) is not None for entry in self.result.entries
        )
        if len(above.written.strip(" :")) != 3 and not turned:  # (the entry above: "805:")
            return False
        rest = bare[circa.start("year") :]
        short = SHORT_YEAR_ENTRY.match(rest)
        if short is None or not self.pattern.reads_short_years(
            short["sep"], short.groupdict().get("loose") is not None
        ):
            return False
        if not turned and any(BEFORE_ERA_WORD.search(line) is not None for line in self.lines):
            return False
        self.short_year_entry(number, short, rest[short.end() :], width)
        entry = self.result.entries[-1]
        written = bare[: circa.end("year")]
        entry.note = (
            f"'{written}' is an approximate year, read as {entry.date} (among years of the "
            "Common Era): the data format has no finer form"
        )
        entry.written = written
        return True

    def two_digit_entry(self, number: int, found: re.Match[str], text: str, width: int) -> bool:
        """ "09/27/66. text" where the document settles the century and the order (see
        _two_digit_years): an entry on that day. False when no such day exists."""
        assert self.two_digit_years is not None
        century, order = self.two_digit_years
        first, second, short = (int(n) for n in found.group().split("/"))
        month, day = (first, second) if order == "mdy" else (second, first)
        try:
            day_of = date(century * 100 + short, month, day)
        except ValueError:
            return False
        self.day_entry(number, day_of, found.group(), text, width)
        return True

    def month_year_entry(self, number: int, found: re.Match[str], text: str, width: int) -> None:
        """An entry of a month written in numbers with its year ("07/1912 - text")."""
        year = int(found["year"])
        month = f"{year:04d}-{int(found['month']):02d}"
        self.entry_read_here(number, year, month, found.group(), text, width, items_below=True)

    def day_entry(self, number: int, day_of: date, written: str, text: str, width: int) -> None:
        """An entry on a day the splitter read itself (a two-digit year's), its text after."""
        self.entry_read_here(
            number, day_of.year, day_of.isoformat(), written, text, width, items_below=False
        )

    def entry_read_here(
        self,
        number: int,
        year: int,
        date_text: str,
        written: str,
        text: str,
        width: int,
        *,
        items_below: bool,
    ) -> None:
        """An entry whose date the splitter read itself (``date_text``, ISO, as ``written``),
        its text after the date; with no text, the items below are its own if
        ``items_below``."""
        self.close_pending()
        self.years.explicit(year)
        entry = Entry(number, date_text, None, [], None, written, [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.month_heading = self.paragraphs_of = None
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        text = text.lstrip(".:;,–—- ")
        if text.strip():
            self.text_piece(number, text, width)
        elif items_below:
            self.items_of = entry
        self.blank = False

    def says_years_again(self, start: _Start, text: str) -> bool:
        """Whether a line opening with a year or a span of years ("1968-1974 saw …", no
        separator, a word in lower case after it) is the text of the date alone above it,
        which spans the same years written by their days ("1. januar 1968 – 1. januar
        1974"): a sentence whose subject is that period, not an entry of its own."""
        current = self.current
        if current is None or current.parts or len(current.date) != 10 or not text[:1].islower():
            return False
        match = start.match
        if (match["sep"] or "").strip() or dates.date_shape(match) not in ("year", "years"):
            return False
        years = FOUR_DIGITS_ALONE.findall(match["date"])
        first, last = current.date[:4], (current.end_date or current.date)[:4]
        return years in ([first, last], [first] if first == last else None)

    def repeats_date(
        self,
        match: re.Match[str],
        found: tuple[str, str | None, str | None],
        text: str,
        number: int = 0,
    ) -> Entry | None:
        """The entry above when a date alone on its line is the same as its date and its
        text so far is only a short title (no sentence's end); else None."""
        entries = self.result.entries
        last = self.current or (entries[-1] if entries else None)
        if last is None or text.strip() or match["nosep"] is None or not last.parts:
            return None
        if not self.dates_twice and not self.is_date_repeated_below(last, match, number):
            return None
        title = " ".join(last.parts)
        same = (last.date, last.end_date) == found[:2]
        return last if same and len(title) < 80 and not SENTENCE_END.search(title) else None

    def is_month_over_whole_dates(self, number: int, match: re.Match[str]) -> bool:
        """Whether a month alone on its line with no year ("JANUARY", "STYCZEŃ") stands over
        a date that writes its year: the next line with a date opens with one (a blank line
        or a bracketed count before it allowed)."""
        if match["nosep"] is None or dates.date_shape(match) != "month":
            return False
        for below in self.lines[number : number + 3]:
            stripped = below.strip()
            if not stripped:
                continue
            starts = entry_starts(normalise(below), self.pattern)
            return bool(starts) and dates.has_year(starts[0].match)
        return False

    def is_month_span_entry(self, number: int) -> bool:
        """Whether "February-March 2023" alone on its line (a span of months and its year,
        see YEAR_HEADING) is an entry, not a period's heading: the document writes its
        entries as a date alone on its line with the text below (at least MIN_LINES of
        them), and the next line with text holds no date: its text, as below every other
        date of the list. Over dated entries it stays the heading of their period."""
        pattern = self.pattern
        if pattern.alone < pattern.MIN_LINES or pattern.alone <= pattern.separated:
            return False
        for below in self.lines[number : number + 3]:
            if below.strip():
                return not entry_starts(normalise(below), pattern)
        return False

    def is_date_repeated_below(self, last: Entry, match: re.Match[str], number: int) -> bool:
        """ "## 1939-1945: ww2" / "" / "1939-1945": a date alone written just as the entry
        above wrote it, on the next line with text (blank lines between), under a Markdown
        heading that is that entry: the note-taker's date repeated, no entry of its own."""
        if not last.lines or not MARKDOWN_HEADING.match(self.lines[last.line - 1]):
            return False
        if match["date"].strip() != last.written.strip("#~ ").rstrip(":;.–—- "):
            return False
        between = self.lines[last.lines[-1] : number - 1]
        return not any(line.strip() for line in between)

    def close_pending(self) -> None:
        """A date alone on its line, and no text came: a heading ("2018"), or an error."""
        current = self.current
        if current is None or current.parts:
            self.pending_heading = None
            return
        self._drop(current)
        if self.pending_heading is current:
            self.result.layout.append(SkippedLine(current.line, current.written, "heading"))
            if len(current.date) == 7 and current.end_date is None:  # a month: "• June"
                self.month_heading = (int(current.date[:4]), int(current.date[5:]))
            self.year_heading = current if len(current.date) == 4 else None
        else:
            self.unplaced(current.line, current.written, "a date with no entry text after it")
        self.pending_heading = self.items_of = self.current = None

    # lines ----------------------------------------------------------------------------------

    def segment(self, number: int, raw: str) -> None:
        line = normalise(raw)
        if not line.strip():
            self.blank = True
            return
        if number in self.calendar_years:  # "37 - Urodził się Neron …" (see _calendar_page)
            found = TINY_YEAR_ENTRY.match(line.strip()) or SHORT_YEAR_ENTRY.match(line.strip())
            if found is not None:
                self.short_year_entry(number, found, line.strip()[found.end() :], len(raw.rstrip()))
                return
        if number in self.short_year_days:  # "98 SEP 02 text" (see _short_year_first_days)
            day_of, end = self.short_year_days[number]
            written = line[:end].strip()
            self.day_entry(
                number, date.fromisoformat(day_of), written, line[end:], len(raw.rstrip())
            )
            return
        if number in self.short_years_alone:  # "668" alone, among years alone (see there)
            alone = _heading_marks_off(line.strip())
            marked = alone != line.strip()  # ("## 793": a heading, if no text comes)
            alone = alone.removesuffix(".")  # ("635.": the year of a book's annals, its stop)
            if (circa := SHORT_YEAR_CIRCA_ALONE.fullmatch(alone)) is not None:
                alone = circa["year"]  # ("900 ca.": about a year is that year)
            # ("629/639", "250 tot 450.", "881-91": the span of those years)
            spanned = plain_short_year_span(alone) or alone
            found = SHORT_YEAR_ENTRY.match(spanned + ":")
            if found is not None:
                self.short_year_entry(number, found, "", len(raw.rstrip()))
                if self.current is not None and self.current.line == number:
                    self.current.written = alone  # (as the line writes it: "668", no colon)
                    if marked:
                        self.pending_heading = self.current
                return
        if line.lstrip()[:1] in "RKSrks" and LIST_GOES_ON.fullmatch(line.strip()):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "advertisement or web "
                                                  "page furniture"))  # fmt: skip
            self.current = self.items_of = None
            self.blank = False
            return
        if number in self.stamps:
            self.live_update(number, line, width=len(raw.rstrip()))
            return
        if number in self.card_titles:
            self.close_pending()
            self.current = self.items_of = None
            self.held_title, self.blank = (number, line.strip()), False
            return
        if number in self.captions:
            self.result.layout.append(SkippedLine(number, line.strip(), self.captions[number]))
            return
        if number in self.titled_years:
            self.close_pending()
            self.years.explicit(self.titled_years[number])
            reason = "heading: a year and its title over entries of that year"
            self.result.layout.append(SkippedLine(number, line.strip(), reason))
            self.current = self.items_of = None
            self.blank = False
            return
        if YEAR_HEADING.match(line) and not self.is_month_span_entry(number):
            _heading_years(line, self.years)
            self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            return
        opening = line.lstrip()[:1]  # (bulleted too, "- [2016] FCAFC 72"; no line copied)
        if (
            opening
            and opening in CITED_OPENINGS
            and (cited := BULLET_SIGN.sub("", line.strip()))[:1] in "[("
            and LAW_REPORT_LINE.fullmatch(cited)
        ):
            # "25/05/2016 Federal Court of Australia (…)" / "[2016] FCAFC 72" / "Catchwords":
            # the judgment's citation, no entry; what follows is no text of the entry above
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), LAW_REPORT_REASON))
            self.current = self.items_of = None
            self.blank = False
            return
        if line.lstrip()[:1] == "(" and layout_kind(line) == BRACKETED_DAY_REASON:
            # "(22nov2021)" under the last item, the author's name below: the page's stamp,
            # and what follows it is no entry's text
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), BRACKETED_DAY_REASON))
            self.current = self.items_of = None
            self.blank = False
            return
        if is_image_name(line):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), IMAGE_NAME_REASON))
            self.blank = False
            return
        if number > 1 and line.strip() and self.is_under_image_name(number):
            # ("PHOTO 1.jpg" / "14 juin 1891 à Münchenstein en Suisse."): the picture's
            # caption, whatever date it opens with, and what follows is no entry's text
            self.result.layout.append(SkippedLine(number, line.strip(), IMAGE_CAPTION_REASON))
            self.current = self.items_of = None
            return
        if " by" in line.lower() and layout_kind(line) == POSTED_BY_REASON:
            # "20 September, 2014 - posted by zoostervox": a comment's or a post's stamp, no
            # entry (its date says when it was written); what follows is no entry's text
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), POSTED_BY_REASON))
            self.current = self.items_of = None
            self.blank = False
            return
        starts = entry_starts(line, self.pattern)
        if number in self.pattern.prose_year_lines:
            prose = _prose_year(line)  # ("Ende 1922 wurde die erste …": the text whole)
            starts = [_Start(0, 0, prose)] if prose is not None else []
        elif not starts and number in self.pattern.unbulleted_year_openers:
            # "• In May 2014 …" items and "In June 2009 Prime Minister …" at the margin, its
            # bullet lost: one of them (the text keeps its opening words, as theirs do)
            opened = _opening_year_date(line)
            starts = [_Start(0, 0, opened)] if opened is not None else []
        if number in self.pattern.run_together:
            starts = _run_together_starts(line, starts)
        elif starts and len(line) > RUN_TOGETHER_LENGTH:
            starts = _same_shape_run(line, starts)
        if starts and starts[0].match["bare"] is not None and self._wrapped_onto_year(line, starts):
            starts = []  # "… remains substantially the same with some" / "1892 offences still …"
        if starts and self._count_out_of_order(number, line, starts):
            starts = []  # "1996 The first album …" / "1500 copies sold …" / "1997 …": a count
        if starts and self._year_asked_above(line, starts):
            # "… ruhte wegen Spielermangel bis" / "1971 Ein Gremium führte …": the sentence
            # above carried on (a join --check shows), whatever the case of its next word
            self.text_piece(number, line.strip(), len(raw.rstrip()))
            self.blank = False
            return
        if starts and self.ends_sentence_above(number):
            # "… a primeira republicana, é promulgada a" / "24 de fevereiro.": a hard-wrapped
            # sentence's last words, a date, never a date alone over an entry
            self.text_piece(number, line.strip(), len(raw.rstrip()))
            self.blank = False
            return
        if not starts:
            self.no_entry_start(number, line, len(raw.rstrip()))
            return
        self.row_ended = False
        width = len(raw.rstrip())
        indent = len(line) - len(line.lstrip())
        head = DECORATION.match(line[indent:])
        prefix = line[: starts[0].start]
        if starts[0].mid_line_year and prefix.strip():
            # the caption before a year entry on its line: never the end of the entry before
            self.close_pending()
            self.unplaced(number, prefix.strip(), "text before a year entry on its line")
            self.current = None
        elif _is_label(line, prefix, starts[0].start):
            # "images (1)-Feb 18, 2013: …", "hi-court-03996934 Feb 16, 2013: …": an image's
            # name before the date; never the end of the entry before
            self.close_pending()
            self.unplaced(number, prefix.strip(), "a label before the date on its line (an "
                          "image's name)")  # fmt: skip
            self.current = None
            self.labelled.add(number)
        elif prefix.strip() and indent + (head.end() if head else 0) < starts[0].start:
            self.prefix(number, prefix, width)
        for index, start in enumerate(starts):
            following = starts[index + 1] if index + 1 < len(starts) else None
            end = len(line) if following is None else following.heading_start or following.start
            if following is None and self.run_in_headings and self._next_line_dated(number):
                # "… in underground test. Democratic strains" / "1975 – …": a heading run in
                # at the line's end, over the next entry
                written = line.rstrip()
                trailing = _run_in_heading(f"{written} ", len(written) + 1)
                if trailing is not None and trailing > start.text_start:
                    end = trailing
                    heading = written[trailing:].strip()
                    self.result.layout.append(SkippedLine(number, heading, RUN_IN_HEADING_REASON))
            if following is not None and following.heading_start is not None:
                # "… Nehru. Regional tensions 1962 – …": a heading run in, never the text above
                heading = line[following.heading_start : following.start].strip()
                self.result.layout.append(SkippedLine(number, heading, RUN_IN_HEADING_REASON))
            text = line[start.text_start : end]
            if line.startswith("**", start.start) and text.count("**") % 2:
                # "**1871 Great Chicago Fire** (…)": a bold title opened before its year,
                # closed in the text: no stray marker left there
                text = text.replace("**", "", 1)
            self.entry(number, start, line, text, width)
        self.blank = False

    def _next_line_dated(self, number: int) -> bool:
        return number < len(self.next_dated) and self.next_dated[number]

    def live_update(self, number: int, line: str, width: int) -> None:
        """ "3:24pm- text" on a live page: an entry of its day; the time stamp is kept as its
        note (the data has no time of day), not in its text."""
        found = self.stamps[number]
        day = self.live_days[number]
        current = self.current
        if current is not None and not current.parts and current.date == day:
            # "June 12, 2018" / "9.08pm Polls close": the page's dateline or day heading
            self._drop(current)
            self.result.layout.append(SkippedLine(current.line, current.written, "dateline (the "
                                                  "day of the updates below)"))  # fmt: skip
            self.current = self.pending_heading = self.items_of = None
        self.close_pending()
        # (a match's minute, or the hour of a recap's event, stays in the text)
        minute = found.re is MATCH_MINUTE or self.stamps_kept
        stamp = " ".join(found.group().strip(" \t*_:").split())
        if not minute:
            stamp = " ".join((found["time"] or found["bare"]).split())
        note = None if minute else f"time stamp {stamp} left out (no time of day in the data)"
        entry = Entry(number, day, None, [], note, stamp, [],
                      wrapped=self.wrap is not None)  # fmt: skip
        self.result.entries.append(entry)
        self.current, self.blocked, self.items_of = entry, None, None
        self.month_heading = self.paragraphs_of = None
        self.text_piece(number, line.strip() if minute else line[found.end() :], width)
        self.blank = False

    def is_label_over_entries(self, number: int, line: str) -> bool:
        """ "Elections législatives :" between "Jeudi 17 mai : Début du mandat …." and "Lundi
        14 mai : Ouverture …": a few words (LABEL_WORDS + 1 at most, a capital, no digit, no
        sentence inside) ending on a colon, after a complete entry and over a dated line: the
        heading of the entries below, not a sentence of the entry above."""
        label = line.strip()[:-1].strip()
        if not label[:1].isupper() or len(label.split()) > LABEL_WORDS + 1 or DIGIT.search(label):
            return False
        if any(sign in label for sign in ".!?;:"):
            return False
        current = self.current
        if current is None or not current.parts or current.parts[-1].rstrip()[-1:] not in ".!?)":
            return False
        below = _next_with_text(self.lines, number) or ""
        starts = entry_starts(normalise(below), self.pattern) if below else []
        return bool(starts) and starts[0].start <= len(below) - len(below.lstrip()) + 3

    def no_entry_start(self, number: int, line: str, width: int) -> None:
        """A line where no entry starts: a heading, layout, an unreadable entry, or text."""
        if FOOTNOTE.search(line):
            self.result.layout.append(SkippedLine(number, line.strip(), "footnote"))
            return
        if DECORATION.fullmatch(line.strip()):
            # ("---", "***", "___": Markdown's rule between sections, no bullet)
            reason = (
                "a rule between sections" if RULE_LINE.fullmatch(line) else "a bullet with no text"
            )
            self.result.layout.append(SkippedLine(number, line.strip(), reason))
            return
        first = line.lstrip()[:1]
        if first == "{" and TEMPLATE_PLACEHOLDER.fullmatch(line.strip()):
            self.result.layout.append(SkippedLine(number, line.strip(), "web page template "
                                                  "markup"))  # fmt: skip
            return
        if first == "(" and CITATION_LINE.fullmatch(line.strip()):
            self.result.layout.append(SkippedLine(number, line.strip(), "a source's citation"))
            return
        if self.blank and first in "AaEeRrCcTtSs" and CREDIT_LINE.match(line):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "a source's credit"))
            self.current = self.items_of = None
            self.blank = False
            return
        if len(line) < 24 and first in "CcPpSsKkTtAaHhDd" and SECTION_LABEL.fullmatch(line.strip()):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "heading (a section "
                                                  "of the page)"))  # fmt: skip
            self.current = self.items_of = None
            self.blank = False
            return
        maybe_heading = "hronolog" in line or DIGIT.search(line) is not None
        if maybe_heading and _heading_years(line, self.years):
            self.close_pending()
            self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            return
        if first in "#0123456789" and (far := self.far_year_heading(line)) is not None:
            # "## 9999" / "• Delta …" among "## 1981" headings: a year's heading not read;
            # its items are reported with it, never given the year above
            self.close_pending()
            skipped = SkippedLine(number, line.strip(), far)
            self.result.unplaced.append(skipped)
            self.current, self.items_of, self.blocked, self.blank = None, None, skipped, False
            return
        if line[:4].lstrip(" ")[:1] == "#" and MARKDOWN_HEADING.match(line):
            self.close_pending()  # ("August 15, 1948" / "## Divided": the date has no text)
            refused = _refused_heading_date(line) if DIGIT.search(line) else None
            if refused is not None:  # ("## ~1268: glasses", "## 206 BC: compass")
                self.unplaced(number, line.strip(), refused)
            else:
                self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            self.current = self.items_of = None
            self.blank = False
            return
        if line.lstrip()[:1] in "~≈cC0123456789" and BEFORE_PRESENT.match(line.strip()):
            # ("~200 000 BP" over its items: a date the data has not, never a page's header;
            # the items below it are its, left out with it)
            self.close_pending()
            skipped = SkippedLine(number, line.strip(), BEFORE_PRESENT_REASON)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if line.lstrip()[:1] in MINUS_SIGNS and MINUS_YEAR.fullmatch(line.strip()):
            # ("-8000" over its text: a year before the Common Era, no page's number; the
            # text below it is its, left out with it, as under "~200 000 BP")
            self.close_pending()
            skipped = SkippedLine(number, line.strip(), MINUS_YEAR_REASON)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if number in self.countdown_years:
            # ("729 a.c." / … / "476" / … / "403": the bare numbers counting down below a year
            # before the Common Era are years before it too, never a page's number)
            self.close_pending()
            self.result.unplaced.append(SkippedLine(number, line.strip(), BEFORE_COMMON_ERA_REASON))
            self.current = None
            return
        kind = layout_kind(line)
        if kind is not None:
            self.result.layout.append(SkippedLine(number, line.strip(), kind))
            if COMMENT_BOX.match(line.strip()):
                self.current, self.in_comments = None, True
            if line.count("|") >= 2 and not line.strip("| \t"):
                self.row_ended = True  # ("| |": the end of a flattened table's row)
            return
        # (after a blank line, is_title_between_entries reads such a title)
        if (
            line.rstrip()[-1:] == ":"
            and not self.blank
            and self.is_label_over_entries(number, line)
        ):
            self.close_pending()
            # (a label over the entries below)
            self.result.layout.append(SkippedLine(number, line.strip(), "heading"))
            self.current = self.items_of = None
            self.blank = False
            return
        stripped = line.strip()
        dotted = SHORT_YEAR_DOT.match(stripped) if stripped[:1].isdigit() else None
        if dotted is None and stripped[:1].isdigit() and self.pattern.dotted_short_years:
            # ("869 † Cyrill …", "870-894 v Čechách …" among "867. Cesta …" lines: the same
            # years without their full stop, where they follow the entry above and lie within
            # the document's years; never "300 vojáků …", a count, which goes back)
            plain = SHORT_YEAR_PLAIN.match(stripped)
            above = self.result.entries[-1].date[:4] if self.result.entries else None
            if plain is not None and above is not None and above.isdigit():
                within = int(above) <= int(plain["year"]) <= self.last_dotted_short_year
                dotted = plain if within else None
        if dotted is not None and self.reads_dotted_short_years:  # ("623. Samo …")
            self.short_year_entry(number, dotted, stripped[dotted.end() :], width)
            return
        head = DECORATION.match(line.strip())
        bare = line.strip()[head.end() :] if head else line.strip()
        near = _near_entry(bare)
        numeric = bare[:1].isdigit() or bare[:1] in "lI"
        letter = LETTER_IN_YEAR.match(bare) if numeric else None
        short = SHORT_YEAR_ENTRY.match(bare) if numeric or bare[:1] in "EeMmLl" else None
        ancient = BEFORE_COMMON_ERA.match(bare) if numeric else None
        circa = CIRCA.match(bare) if bare[:1] in "cCuU" else None
        two_digit = TWO_DIGIT_YEAR.match(bare) if numeric else None
        signed = SIGNED_YEAR.match(line.strip()) if short is not None else None
        if signed is None and numeric and self.pattern.reads_signed_years():
            # ("-2200 text" where the document writes "fra -1730 til -1688": SIGNED_YEAR_INSIDE)
            signed = SIGNED_YEAR.match(line.strip())
        if near is None and signed is not None:
            # "-490: Marathon": a minus sign glued to the year (no bullet's space), a year
            # before the Common Era as a reader (and a spreadsheet) reads it; never "0490"
            near = (
                f"'{signed.group()}' reads as the year {signed['year']} before the Common Era:"
                f" {NO_SUCH_DATES}"
            )
        if (
            near is None
            and two_digit is not None
            and self.two_digit_years is not None
            and self.two_digit_entry(number, two_digit, bare[two_digit.end() :], width)
        ):
            return
        if (
            near is None
            and numeric
            and self.pattern.numeric_orders
            and (month_year := MONTH_SLASH_YEAR_ENTRY.match(bare)) is not None
        ):
            # ("07/1912 - text" among "28/09/1893 - text" lines: that month)
            self.month_year_entry(number, month_year, bare[month_year.end() :], width)
            return
        if near is None and two_digit is not None:
            near = (
                f"'{two_digit.group()}' has a two-digit year (19{two_digit['yy']} or "
                f"20{two_digit['yy']}?): not guessed; write the year in full"
            )
        if near is None and circa is not None and self.approximate_short_year(number, bare, width):
            return  # ("Um 800:" among "805:", "872:" lines: see there)
        if near is None and circa is not None:
            near = (
                f"'{circa.group().rstrip(':–—- ')}' is an approximate year (perhaps before the "
                "Common Era): not guessed"
            )
        if (
            near is None
            and short is not None
            and self.pattern.reads_short_years(short["sep"], short["loose"] is not None)
            # ("5xx:", its unknown digits as x: only among three-digit years written whole)
            and (not short_year_unknown_digits(short) or bool(self.pattern.short_years))
        ):
            self.short_year_entry(number, short, bare[short.end() :], width)
            return
        tiny = TINY_YEAR_ENTRY.match(bare) if short is None and numeric else None
        if near is None and tiny is not None and self.pattern.reads_tiny_year(tiny["sep"]):
            self.short_year_entry(number, tiny, bare[tiny.end() :], width)  # ("8: text")
            return
        plain = BARE_SHORT_YEAR.match(bare) if short is None and tiny is None and numeric else None
        if (
            near is None
            and plain is not None
            and (
                (
                    self.pattern.reads_bare_short_year()
                    and self.pattern.before_four_digit_years(number)
                )
                or self.pattern.reads_lone_bare_short_year(number, self.lines)
            )
        ):
            self.short_year_entry(number, plain, bare[plain.end() :], width)  # ("476 Text")
            return
        tiny_plain = BARE_TINY_YEAR.match(bare) if plain is None and numeric else None
        if near is None and tiny_plain is not None and self.is_bare_tiny_year(number, tiny_plain):
            self.short_year_entry(number, tiny_plain, bare[tiny_plain.end() :], width)  # ("98 …")
            return
        if near is None and short is not None:
            year = short["year"]
            near = (
                f"looks like an entry dated {year}, but a year before 1000 is read only with "
                f"four digits (0{year}) or its era ({year} AD)"
            )
        if near is None and ancient is not None:
            near = BEFORE_COMMON_ERA_REASON
        if near is None and letter is not None:
            near = (
                f"'{letter.group()}' looks like a year with a letter for a digit (as text "
                "recognition writes it); not guessed: correct it in the text"
            )
        if near is not None:
            self.close_pending()
            skipped = SkippedLine(number, line.strip(), near)
            self.result.unplaced.append(skipped)
            self.current, self.blocked = None, skipped
            return
        if self.day_item(number, line, width):
            return
        if BULLET.match(line):
            self.bullet(number, line, width)
            return
        self.text_piece(number, line, width)

    def prefix(self, number: int, prefix: str, width: int) -> None:
        """The words before the first entry of a line: a heading, layout, or text."""
        stripped = DECORATION.sub("", prefix.strip()).strip()
        if not stripped:
            return
        if _heading_years(stripped, self.years):
            self.result.layout.append(SkippedLine(number, stripped, "heading"))
            return
        kind = layout_kind(stripped)
        if kind is not None:
            self.result.layout.append(SkippedLine(number, stripped, kind))
            return
        self.text_piece(number, stripped, width)

    def finish(self) -> Split:
        self.close_pending()
        entries = self.result.entries
        last = entries[-1] if entries else None
        if last is not None and len(last.parts) == 1 and last.lines[-1:] == [last.line + 1]:
            text = last.parts[0].strip()
            if len(text) <= CUT_WORD_LENGTH and _cut_word(text):  # "December 14, 2008" / "The"
                entries.pop()
                reason = "an entry cut off after its first word (the text ends there)"
                self.result.unplaced.append(SkippedLine(last.line, last.written, reason))
                self.result.unplaced.append(SkippedLine(last.lines[-1], text, reason))
        elif last is not None and len(last.parts) == 1 and last.lines == [last.line]:
            text = last.parts[0].strip()
            # ("• 2 lutego 1967 - Uc", "16 Oct D" below entries of sentences; not "1945 - UN",
            # an acronym in capitals, nor "1992: C" in a list whose texts are all so short)
            if (
                len(text) <= CUT_ITEM_LENGTH
                and _cut_word(text)
                and (len(text) == 1 or not text.isupper())
                and all(len(entry.text) > CUT_WORD_LENGTH for entry in entries[:-1])
            ):
                entries.pop()
                reason = "an entry cut off after its first letters (the text ends there)"
                self.result.unplaced.append(
                    SkippedLine(last.line, f"{last.written} {text}", reason)
                )
        return self.result


# "… in 2003", "…, 2003.": a year that ends an item's one sentence
YEAR_ENDING_ITEM = re.compile(r"(?<=[ \t])(?P<year>\d{4})\.?$")


def _year_ending_item_in_span(above: Entry, item: str) -> str | None:
    """The year that ends an item's one sentence ("- He is made a cardinal in 2003") under
    a span of years alone on its line ("2001-2014"), one year of that span but its first
    (the span's first year is the item's anyway): the item's date, as a whole date ending an
    item dates it (the corpus README). A span ending the item ("… of Sydney, 2001-2014") is
    the span's; a year outside it is the background. Else None."""
    end = above.end_date
    if len(above.date) != 4 or end is None or len(end) != 4 or item[-1:] not in "0123456789.":
        return None
    found = YEAR_ENDING_ITEM.search(item.rstrip())
    if found is None or FIRST_SENTENCE_END.search(item, 0, found.start()) is not None:
        return None
    year = found["year"]
    return year if above.date < year <= end else None


def _cut_word(text: str) -> bool:
    """Whether a last entry's few letters may be a word cut off ("The", "Uc"): letters of
    a script with capitals. Two or three Hangul or Han signs are a whole word ("▲7월1일 발표",
    "announcement"; "辞任", "resignation"), never a page cut after its first letters."""
    return text.isalpha() and text.lower() != text.upper()


def _is_century(entry: Entry) -> bool:
    """Whether an entry's date is a whole century ("1800-talet", "19th century", "1200s"
    read as 1200–1299): a span of a hundred years from a year ending in 00 or 01."""
    if entry.end_date is None or len(entry.date) != 4 or len(entry.end_date) != 4:
        return False
    first, last = int(entry.date), int(entry.end_date)
    return last - first == 99 and first % 100 in (0, 1)


def _opens_with_season(text: str) -> bool:
    """Whether a line opens with a season of two years, "1900/01 Club relegated" (the second
    the year after the first): a date a reader takes for an entry's, read or reported (as
    ``range`` reads "1888/89", and refuses "1900/01" alone, a month or a span), never the
    rest of the entry above."""
    season = SEASON_START.match(text) if "/" in text[:8] else None
    if season is None or text[season.end() : season.end() + 1] not in (" ", "\t", ":", ""):
        return False
    return int(season["second"]) == (int(season["first"]) + 1) % 100
