"""Finding the dated entries of a chronology in plain text. Pure: no I/O.

The text may come from a journal's PDF, a saved web page, a library mirror that ran every
entry into one paragraph, a news agency's timeline, an encyclopedia, a book or a Markdown
file. Dates are read by ktimeline.dates (the one date grammar, shared with ``range``); this
module knows what surrounds them. It first finds the document's own pattern — which date
shapes start its entries, where their text goes (after a separator, below a date alone on
its line, at once with no separator), bullets, headings, order — and then reads every line
with it, finding:

* entries: a date at a line's start followed by its separator (``:``, ``;``, ``.``, a dash),
  alone on its line with the text below, or as the document writes its entries ("July 2006
  North Korea …", "22Oct1994>…", "2016  Jan 7, …", "1. On June 25, 1950, …"); and in the
  middle of a line a whole date with its separator after a sentence ends, so that entries run
  together on one line are split, while a date inside an entry's text ("since the Feb. 10,
  2019 signing") is not;
* headings that give the year or month ("SEPTEMBER – DECEMBER 2019", "2018", "• June",
  "### June 1994", "1950 Timeline"): a date alone on its line followed by dated entries;
* bullets and numbering, each a new item: an item of the date alone above it, or reported,
  never appended to the entry before it;
* layout that is no entry text: page headers and footers, page numbers, footnotes, captions
  and photo credits, web furniture, calendar rows, form feeds, wherever they fall;
* lines that look like a dated entry but cannot be read (an impossible date, a misspelt
  month, an unknown separator, "l895", a century or a decade, a year before 1000 without its
  era): reported with the cause, never guessed, never appended to the entry before them.

Every line, or piece of a line, ends up in an entry, in the layout, or reported with its
line number as an editor shows it (lines end at LF, CRLF or CR; a form feed is no line end).

The modules of this package, from the bottom up (each imports only modules listed before
it; an import-linter contract in pyproject.toml holds it):

* ``date_shapes``: The shapes of an entry's start, as patterns.
* ``bullets``: Bullets, list signs and numbering.
* ``furniture``: Page furniture and layout lines.
* ``date_reading``: Reading the dates a line writes.
* ``pattern``: The document's own pattern (DocumentPattern).
* ``results``: What the split gives: Entry, SkippedLine and Split.
* ``starts``: Where an entry starts (entry_starts).
* ``run_together``: Entries run together on one line.
* ``pattern_finding``: Finding a document's pattern (find_pattern).
* ``headings``: Headings, titles and a page's years.
* ``markup``: Markup read as the page shows it.
* ``rows_and_columns``: Tables flattened to text, and pages of two columns.
* ``dates_after_texts``: Items whose date is not at their start.
* ``glued_dates``: Dates glued to their text or framed by signs.
* ``under_dates``: Lines under a date alone on its line.
* ``years``: A document's years written short or implied.
* ``calendar_pages``: Pages of one day of the calendar ("Today in history").
* ``live_pages``: Live pages and recaps.
* ``splitter``: The splitter (_Splitter).
* ``split``: split_entries: a text read into entries.

This module is the package's face: the names the importer, the tests and the scripts
import from ``ktimeline.importing.entries``.
"""

from __future__ import annotations

from ktimeline.importing.entries.bullets import BULLET as BULLET
from ktimeline.importing.entries.bullets import DECORATION as DECORATION
from ktimeline.importing.entries.bullets import _is_bulleted as _is_bulleted
from ktimeline.importing.entries.date_reading import month_number as month_number
from ktimeline.importing.entries.date_shapes import BEFORE_COMMON_ERA as BEFORE_COMMON_ERA
from ktimeline.importing.entries.date_shapes import CIRCA as CIRCA
from ktimeline.importing.entries.date_shapes import FULL_YEAR as FULL_YEAR
from ktimeline.importing.entries.date_shapes import NO_SUCH_DATES as NO_SUCH_DATES
from ktimeline.importing.entries.date_shapes import TWO_DIGIT_YEAR as TWO_DIGIT_YEAR
from ktimeline.importing.entries.furniture import ABBREVIATION_END as ABBREVIATION_END
from ktimeline.importing.entries.furniture import CREDIT_HINTS as CREDIT_HINTS
from ktimeline.importing.entries.furniture import FOOTER_HINT as FOOTER_HINT
from ktimeline.importing.entries.furniture import FOOTER_SIGN as FOOTER_SIGN
from ktimeline.importing.entries.furniture import FOOTNOTE_HINTS as FOOTNOTE_HINTS
from ktimeline.importing.entries.furniture import HOUR_GLUED_HINT as HOUR_GLUED_HINT
from ktimeline.importing.entries.furniture import JOURNALS as JOURNALS
from ktimeline.importing.entries.furniture import SENTENCE_END as SENTENCE_END
from ktimeline.importing.entries.furniture import WEB_FURNITURE as WEB_FURNITURE
from ktimeline.importing.entries.furniture import _is_month_menu as _is_month_menu
from ktimeline.importing.entries.furniture import _lower_case_variant as _lower_case_variant
from ktimeline.importing.entries.furniture import _match_any_case as _match_any_case
from ktimeline.importing.entries.furniture import _search_any_case as _search_any_case
from ktimeline.importing.entries.furniture import normalise as normalise
from ktimeline.importing.entries.glued_dates import FRAMED_HINT as FRAMED_HINT
from ktimeline.importing.entries.glued_dates import GLUED_DAY_HINT as GLUED_DAY_HINT
from ktimeline.importing.entries.glued_dates import _has_glued_day as _has_glued_day
from ktimeline.importing.entries.headings import _titled_year_headings as _titled_year_headings
from ktimeline.importing.entries.markup import LINK_DEFINITION_HINT as LINK_DEFINITION_HINT
from ktimeline.importing.entries.markup import TOOL_MARK_HINT as TOOL_MARK_HINT
from ktimeline.importing.entries.pattern import DocumentPattern as DocumentPattern
from ktimeline.importing.entries.pattern_finding import find_pattern as find_pattern
from ktimeline.importing.entries.results import Entry as Entry
from ktimeline.importing.entries.results import SkippedLine as SkippedLine
from ktimeline.importing.entries.results import Split as Split
from ktimeline.importing.entries.rows_and_columns import SPLIT_ROW_HINT as SPLIT_ROW_HINT
from ktimeline.importing.entries.split import HOUR_WORD_AT_END as HOUR_WORD_AT_END
from ktimeline.importing.entries.split import LONE_BULLET_HINT as LONE_BULLET_HINT
from ktimeline.importing.entries.split import _branches_open_with_caret as _branches_open_with_caret
from ktimeline.importing.entries.split import _on_a_line as _on_a_line
from ktimeline.importing.entries.split import split_entries as split_entries
from ktimeline.importing.entries.split import split_lines as split_lines
from ktimeline.importing.entries.splitter import _Splitter as _Splitter
from ktimeline.importing.entries.starts import entry_starts as entry_starts
from ktimeline.importing.entries.years import CIRCA_HINT as CIRCA_HINT
from ktimeline.importing.entries.years import SHORT_DECADE_HINT as SHORT_DECADE_HINT
from ktimeline.importing.entries.years import _two_digit_years as _two_digit_years

__all__ = [
    "ABBREVIATION_END",
    "BEFORE_COMMON_ERA",
    "BULLET",
    "CIRCA",
    "CIRCA_HINT",
    "CREDIT_HINTS",
    "DECORATION",
    "FOOTER_HINT",
    "FOOTER_SIGN",
    "FOOTNOTE_HINTS",
    "FRAMED_HINT",
    "FULL_YEAR",
    "GLUED_DAY_HINT",
    "HOUR_GLUED_HINT",
    "HOUR_WORD_AT_END",
    "JOURNALS",
    "LINK_DEFINITION_HINT",
    "LONE_BULLET_HINT",
    "NO_SUCH_DATES",
    "SENTENCE_END",
    "SHORT_DECADE_HINT",
    "SPLIT_ROW_HINT",
    "TOOL_MARK_HINT",
    "TWO_DIGIT_YEAR",
    "WEB_FURNITURE",
    "DocumentPattern",
    "Entry",
    "SkippedLine",
    "Split",
    "_Splitter",
    "_branches_open_with_caret",
    "_has_glued_day",
    "_is_bulleted",
    "_is_month_menu",
    "_lower_case_variant",
    "_match_any_case",
    "_on_a_line",
    "_search_any_case",
    "_titled_year_headings",
    "_two_digit_years",
    "entry_starts",
    "find_pattern",
    "month_number",
    "normalise",
    "split_entries",
    "split_lines",
]
