"""The document's own pattern (DocumentPattern).

Which date shapes start a document's entries, where their text goes, bullets, headings
and order: what find_pattern counts and the splitter reads.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, ClassVar

from ktimeline import dates
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    ERA_AFTER,
    NOT_AFTER_A_COUNT,
    SPACED_DASH,
    WEEKDAY_LEAD,
)
from ktimeline.importing.entries.furniture import SENTENCE_END, TIME_ITEM

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence


# --- the document's own pattern -------------------------------------------------------------


_CLOSERS = {"[": "]", "(": ")", "*": "*", "_": "_"}  # (a date's opening sign: its closing)


class _Thresholds:
    """(DocumentPattern's constant, on a plain class: a class constant stays one, never a
    dataclass field, also when mypyc compiles this module; scripts/compile_importer.py.)"""

    MIN_LINES: ClassVar[int] = 3  # a layout seen this often is the document's own


# where a yearless page's year was read (`import --check` says it: "the year from …")
TITLE = "the title"


INTRODUCTION = "the text above the list"


PAGE_DATE = "the page's date"


@dataclass
class DocumentPattern(_Thresholds):
    """How one document marks its entries, found from the lines that clearly are entries
    before the document is read: which date shapes start them, where the text goes, whether
    bullets or headings carry them, and in which order they run."""

    shapes: dict[str, int] = field(default_factory=dict)  # clear entries per date shape
    alone: int = 0  # dates alone on their line
    separated: int = 0  # dates with a separator and text on the same line
    bare: dict[str, int] = field(default_factory=dict)  # shape → "date Text" lines
    odd: dict[str, int] = field(default_factory=dict)  # sign → "date>text" lines
    bulleted: int = 0
    signed_years_inside: int = 0  # lines with "fra -1730 til -1688" (see SIGNED_YEAR_INSIDE)
    signed_line_years: list[int] = field(default_factory=list)  # "-2200 text": 2200, in order
    headings: dict[str, int] = field(default_factory=dict)  # shape → heading lines
    newest_first: bool = False
    # dates stepping forward and back alike (neither way twice the other): read as oldest
    # first is read (each date's own year), and said to be in mixed order
    mixed_order: bool = False
    # how often what shows an order unmistakably (two written years, two days of a month)
    # steps forward, never back (0: none, or a step back): see YearContext
    forward_steps: int = 0
    # a calendar of anniversaries ("1 I 1467 - …", "7 I 1882 - …", "9 I 1797 - …"): its
    # entries write their years, out of order, while their days run through the year; a day
    # written there without its year is of no year a reader can tell (see _calendar_of_days)
    calendar_of_days: bool = False
    dated: set[int] = field(default_factory=set)  # numbers of the lines a date starts
    day_items: list[int] = field(default_factory=list)  # "25." lines: the days they name
    day_item_lines: set[int] = field(default_factory=set)  # (and their line numbers)
    on_dates: int = 0  # items that open with "On <full date>,"
    year_openers: int = 0  # bulleted items that open with "In 1973," "During the 1980s"
    # lines at the margin, no bullet, that open so among such bulleted items: see there
    unbulleted_year_openers: set[int] = field(default_factory=set)
    year_paragraphs: int = 0  # paragraphs that open with "In 1871,", the only dated lines
    # paragraphs whose first sentence names its year among its first words ("Ende 1922
    # wurde …", "During 1991 the band …"), the only dated lines: see _prose_year
    prose_year_lines: set[int] = field(default_factory=set)
    year_separators: dict[str, int] = field(default_factory=dict)  # ":" or "-" → "1392:" lines
    # "313: text" lines, in order: (the separator's kind, the year)
    short_years: list[tuple[str, int]] = field(default_factory=list)
    # (how many of them come after a four-digit year's line: a count below a list, no year)
    short_years_after_full: int = 0
    tiny_years: list[tuple[str, int]] = field(default_factory=list)  # "8:", "42:" (see there)
    bare_short_years: list[int] = field(default_factory=list)  # "476 Text" (see there)
    dotted_short_years: list[int] = field(default_factory=list)  # "623. Text" (see there)
    bare_short_spans: int = 0  # "324-330 Text" lines (see reads_bare_short_year)
    dashed_days: int = 0  # "May 6 - text" lines: a day, a dash, the text
    dashed_months: int = 0  # "Avril - text" lines: a month without its year, a dash, the text
    dotted_days: int = 0  # "24 NOVIEMBRE . text" lines: a day, a full stop, the text
    # "2012-03: text" lines, written as ISO months would be, and of them those only a month
    # reads ("2012-03"; "2011-12" may be years): see reads_iso_months
    iso_month_lines: int = 0
    iso_months_only: int = 0
    decades: set[int] = field(default_factory=set)  # "1970s", "1200s": years written so
    # "1900s" or "2000s" (a century or a decade) that the list's order settles as the decade:
    # it lies between a year written before it and one written at least ten and less than a
    # hundred years after it ("1895 - …" / "Early 1900s - …" / "1920 - …"; see
    # pattern_finding._decades_between)
    decades_between: set[int] = field(default_factory=set)
    # (line, form, written year, month, day) of each date that may start an entry; the form
    # is "sep", "alone", "bare:<shape>" or "odd:<sign>"
    starts: list[tuple[int, str, int | None, int | None, int | None]] = field(default_factory=list)
    # reads_bare_short_year's answer and before_four_digit_years's list, read once for the
    # starts as they are (keyed by the list and its length)
    _bare_short_read: tuple[tuple[int, ...], bool] | None = field(
        default=None, repr=False, compare=False
    )
    # reads_short_years's, reads_tiny_year's and reads_day_items's answers, by question and
    # the lists they read as they are (see _lists_read): asked for each such line, their
    # whole lists' reading made a long document quadratic (10,000 "12: text" lines, 13 s)
    _answers: dict[tuple[object, ...], bool] = field(
        default_factory=dict, repr=False, compare=False
    )
    # reads_signed_years's answer, read once for the lines as they are (keyed by their count)
    _signed_read: tuple[int, bool] | None = field(default=None, repr=False, compare=False)
    _four_digit_years: tuple[tuple[int, int], list[int], list[int], list[int]] | None = field(
        default=None, repr=False, compare=False
    )
    title_years: tuple[int, int] | None = None  # the year(s) a title gives yearless entries
    title_source: str = TITLE  # where title_years were read (for `import --check`)
    weekday_year: int | None = None  # the year the weekdays of a yearless page fit, if taken
    # the years the weekdays of a page that names no year fit (WEEKDAY_YEARS_LISTED): its
    # entries refused with them, a year to give with --year
    weekday_years: tuple[int, ...] = ()
    run_together: set[int] = field(default_factory=set)  # lines of "1830 Traders … 1840 …"
    bulleted_lines: set[int] = field(default_factory=set)  # dated lines with a bullet
    numeric_orders: set[str] = field(default_factory=set)  # "dmy", "mdy": what "25/12" shows
    live_updates: int = 0  # a live page's time-stamped updates (see live_page_stamps)
    live_kind: str = "time"  # "time" (left out), "minute" (a match's), "hour" (a recap's)
    titles_above: bool = False  # each title above its date alone (see _titles_above_dates)
    dates_ending: bool = False  # each bulleted item ends with its date (_dates_ending_items)
    hour_lines: int = 0  # "April 25, 1986, 1 a.m." lines, text below (see clock_alone_after)
    time_items: int = 0  # lines (or a broken line's items) that open with a time of day

    def writes(self, form: str) -> bool:
        """Whether this document starts its entries in a form (see ``starts``)."""
        kind, _, detail = form.partition(":")
        if kind == "odd":
            return self.odd.get(detail, 0) >= self.MIN_LINES
        if kind == "bare":
            return sum(self.bare.values()) >= self.MIN_LINES
        return True

    def writes_days(self) -> bool:
        """Whether at least MIN_LINES of the document's entry starts write a day ("3 May
        1990:", "May 3 –", "1990-05-03" alone)."""
        written = (*self.shapes.items(), *self.bare.items())
        return sum(count for shape, count in written if "day" in shape) >= self.MIN_LINES

    def writes_years(self) -> bool:
        """Whether any of the document's entry starts writes a year (or is a year)."""
        return any(year for _, _, year, *_ in self.starts)

    def text_part(self, match: re.Match[str]) -> str | None:
        """The part of a "date Text" line's date that starts its text, read in the
        document's own shape rather than a longer one: the year of "Jan 17 1994 Northridge"
        where the document writes "Jan 1 text" (at least MIN_LINES lines) and hardly ever
        "Jan 1 1994 text"; the second day of "June 16-29 Superfortresses" where it writes
        "June 6-Allies take Rome" (a day, a dash, the text). Else None."""
        if match["y1"] is not None and match["d2"] is None:
            month_day = self.bare.get("month-day", 0) >= self.MIN_LINES
            if month_day and self.bare.get("month-day-year", 0) < self.MIN_LINES:
                return "y1"
        dash_text = self.odd.get("-", 0) >= self.MIN_LINES  # "1957-ARPA is formed" lines
        day_span = match["m1"] and match["d2"] and not (match["m2"] or match["y1"] or match["y2"])
        if day_span and dash_text:
            return "d2"
        # "February 1 - 4 black students …" among "May 6 - text" lines: the day, its dash,
        # and a text that opens with a number (a span's end has no lower-case word after it)
        dashed = self.dashed_days >= self.MIN_LINES and match["bare"] is not None
        # (or a dash with a space on each side, "March 15 – 17 workers see …": a separator
        # as the document's other lines write it, then a count; a span is written tight)
        if day_span and not dashed and match["bare"] is not None:
            dashed = _spaced_day_span(match)
        # (but no count is followed by "the", "his", "they": "Feb. 3 – 11 the union and the
        # company negotiate" is the span of days, as a reader reads it)
        lower = match.string[match.end() : match.end() + 1].islower()
        if day_span and dashed and lower and not NOT_AFTER_A_COUNT.match(match.string, match.end()):
            return "d2"
        if match["yb"] and len(match["yb"]) == 1 and dash_text:  # "1969-4 host computers …"
            return "yb"
        if (
            match["yb"] is not None
            and len(match["yb"]) == 2
            and lower
            and _spaced_year_span(match)
            and self.writes_dashed_years()
            and not NOT_AFTER_A_COUNT.match(match.string, match.end())
        ):
            return "yb"  # ("1962 - 70 people die …" among "1960 - text" lines: a count)
        return None

    def writes_dashed_years(self) -> bool:
        """Whether the document's entries are years and a dash, "1173 - text" (or "100 -
        wird …" lines, see reads_short_years), at least MIN_LINES of them."""
        return self.year_separators.get("-", 0) >= self.MIN_LINES or self.reads_short_years(
            "-", loose=True
        )

    def _lists_read(self, *question: object) -> tuple[object, ...]:
        """The key of a question's answer in ``_answers``: the question, and the lengths of
        the lists (and the counts) its answer reads, which only grow."""
        return (
            *question, len(self.short_years), len(self.tiny_years), len(self.starts),
            len(self.day_items), self.short_years_after_full, *self.year_separators.items(),
        )  # fmt: skip

    def reads_short_years(self, separator: str, loose: bool = False) -> bool:
        """Whether "688:" (or "618 --") is a year here: the document's entries are years
        written with that separator (at least MIN_LINES of them), so a three-digit number
        written the same way is one of them. Elsewhere it is reported, not guessed.
        A spaced hyphen before a lower-case word ("100 - wird …", loose) is a year only by
        the document's own lines so written, or with a dash before a capital ("720 - Sitz
        …" / "881 - von Wikinger."): MIN_LINES or more, in rising order."""
        key = self._lists_read("short", separator, loose)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self._reads_short_years(separator, loose)
        return answer

    def _reads_short_years(self, separator: str, loose: bool) -> bool:
        kind = _separator_kind(separator)
        if loose:
            written = [year for sign, year in self.short_years if sign in (" - ", "-")]
            return len(written) >= self.MIN_LINES and written == sorted(written)
        if self.year_separators.get(kind, 0) >= self.MIN_LINES:
            return True
        # or the document's own "313: text" lines, MIN_LINES or more, in rising order (a
        # list of years; "776 : …" / "44 : …" / "4 : …" counts down, years before the era)
        written = [year for sign, year in self.short_years if sign == kind]
        if len(written) >= self.MIN_LINES and written == sorted(written):
            return True
        # or, with the document's four-digit years so written, MIN_LINES in all, its
        # three-digit ones rising up to the first of those ("695- Willibrord …" / "857 –
        # Vikingen …" / "1122 – Hendrik V …" / "1254 – …": a city's first centuries)
        full = self.year_separators.get(kind, 0)
        fulls = (year for _, _, year, *_ in self.starts if year and year >= 1000)
        first_full = min(fulls, default=0)
        return (
            full > 0
            and full + len(written) >= self.MIN_LINES
            and not self.short_years_after_full
            and written == sorted(written)
            and max(written, default=first_full) < first_full
        )

    def reads_tiny_year(self, separator: str) -> bool:
        """Whether "8: text" (a year of one or two digits) is a year here: the document's
        entries are three-digit years written with that separator, read as years (see
        reads_short_years; at least MIN_LINES of them), and its one- and two-digit numbers
        so written rise up to them ("8:", "42:", "53:", then "105:", "115:" …): the first
        centuries of a world history. A list numbered "1:", "2:" has no such years after."""
        key = self._lists_read("tiny", separator)
        answer = self._answers.get(key)
        if answer is None:
            kind = _separator_kind(separator)
            written = [year for sign, year in self.short_years if sign == kind]
            tiny = [year for sign, year in self.tiny_years if sign == kind]
            answer = self._answers[key] = (
                len(written) >= self.MIN_LINES
                and self.reads_short_years(separator)
                and tiny == sorted(tiny)
                and max(tiny, default=0) < min(written)
            )
        return answer

    def reads_iso_months(self) -> bool:
        """Whether the document's "2011-12" lines are months: it writes at least MIN_LINES
        dates as ISO months would be, and one of them only a month reads ("2012-03": as
        years it would end before it starts), so "2011-12" among them is December 2011, not
        the years 2011-2012 (a list of seasons, "2010-11" / "2011-12" / "2012-13", has
        none such)."""
        return self.iso_months_only > 0 and self.iso_month_lines >= self.MIN_LINES

    def reads_bare_short_year(self) -> bool:
        """Whether "476 Fine dell'Impero …" (a three-digit number, then a capitalised word)
        is a year here: the document's entries are "1096 Prima crociata" lines (years, no
        separator; at least MIN_LINES), and its lines written so with three digits, two or
        more (a span, "324-330 Text", writes two), rise up to its first four-digit year (a
        world history's first centuries; see before_four_digit_years; or one step back beside
        two or more up, "875 …" / "784 …" / "889 …" / "988 …", a page's misplaced item).
        Elsewhere "300 Soldiers …" is a count opening a sentence."""
        written = self.bare_short_years
        # ("1014\t\tThe church …": a column's gap, read as an empty separator, is the same)
        gapped = self.year_separators.get("", 0)
        key: tuple[int, ...] = (id(self.starts), len(self.starts), len(written), gapped)
        key += (self.bare_short_spans, self.bare.get("year", 0))
        if self._bare_short_read is not None and self._bare_short_read[0] == key:
            return self._bare_short_read[1]  # (asked for each such line: read once, as the
            # whole list's reading made a long document quadratic)
        forms = ("bare", "sep") if gapped else ("bare",)
        years = [year for _, form, year, *_ in self.starts if form.startswith(forms) and year]
        reads = (
            self.bare.get("year", 0) + gapped >= self.MIN_LINES
            and len(written) + self.bare_short_spans >= 2
            and _mostly_rising(written)
            and bool(years)
            and written[-1] < min(years)
        )
        self._bare_short_read = (key, reads)
        return reads

    def reads_lone_bare_short_year(self, number: int, lines: Sequence[str]) -> bool:
        """Whether line ``number``, the document's one "872 Harald Hårfagre samlet Norge til
        ett rike." (a three-digit number, then a capitalised word), is a year: the line right
        above the first of the document's "1030 Olav …" lines (years, no separator; at least
        MIN_LINES), no blank between, its number below that year, and both lines ending a
        sentence, as a list of years does. A title, "100 Years of Flight", ends none; "300
        Soldiers …" further down is a count."""
        if len(self.bare_short_years) != 1 or self.bare_short_spans:
            return False
        if self.bare.get("year", 0) < self.MIN_LINES or not 0 < number < len(lines):
            return False
        first = min((n for n, form, year, *_ in self.starts if year and year >= 1000), default=0)
        return (
            first == number + 1
            and self.bare_short_years[0]
            < next(year for n, _, year, *_ in self.starts if n == first and year)
            and SENTENCE_END.search(lines[number - 1].rstrip()) is not None
            and SENTENCE_END.search(lines[number].rstrip()) is not None
        )

    def before_four_digit_years(self, number: int) -> bool:
        """Whether line ``number`` stands before the document's rising years of four digits:
        a world history's first centuries ("476 Text", "324-330 Text") come before its
        "1096 Text" lines, never between them ("300-400 Soldiers die …" under "1914 …" and
        over "1915 …" is a count). A larger year above ("c.3000BC", before the era) is no
        such line."""
        key = (id(self.starts), len(self.starts))
        if self._four_digit_years is None or self._four_digit_years[0] != key:
            written = [(line, year) for line, _, year, *_ in self.starts if year and year >= 1000]
            lowest: list[int] = []  # the lowest year up to each (read once: asked for each
            for _, year in written:  # three-digit line, the whole list's reading made a long
                lowest.append(min(year, lowest[-1]) if lowest else year)  # document quadratic)
            lines = [line for line, _ in written]
            if lines != sorted(lines):  # (the starts in their lines' order, as found)
                lowest = []  # (else read as written, below)
            self._four_digit_years = (key, lines, [year for _, year in written], lowest)
        _, lines, years, lowest = self._four_digit_years
        if len(lowest) != len(lines):
            written = list(zip(lines, years, strict=True))
            below = next((year for line, year in written if line > number), None)
            return below is not None and all(
                year > below for line, year in written if line < number
            )
        after = bisect_right(lines, number)
        if after == len(lines):
            return False
        above = bisect_left(lines, number)  # (the lines before ``number``: none is it)
        return above == 0 or lowest[above - 1] > years[after]

    def reads_signed_years(self) -> bool:
        """Whether a line opening with a minus sign glued to its year ("-2200 text") is a
        year before the Common Era here: the document writes such years inside its sentences
        ("fra -1730 til -1688", see SIGNED_YEAR_INSIDE), and its lines so opening do not
        count up (years before the era, in time's order, fall: "-3000", "-2100", "-1800";
        "-1877", "-1898", "-1908" are bulleted years of the era, the signed numbers inside a
        text of temperatures, "at -183 degrees")."""
        if self.signed_years_inside == 0:
            return False
        written = self.signed_line_years
        if self._signed_read is None or self._signed_read[0] != len(written):
            rising = sum(1 for first, second in pairwise(written) if second > first)
            self._signed_read = (len(written), 2 * rising <= len(written) - 1)
        return self._signed_read[1]

    def reads_dotted_short_years(self) -> bool:
        """Whether "623. Samo porazil …" (a three-digit number and its full stop, then the
        text) is a year here: MIN_LINES or more lines so written, their numbers rising, and
        fewer than half of their steps from one number to the next (a numbered list's
        "101.", "102." … counts up by one), nor every step the same (a list numbered by tens,
        "0010.", "0020.", "0030." …). Elsewhere the number is a list's mark."""
        written = self.dotted_short_years
        if len(written) < self.MIN_LINES or written != sorted(written):
            return False
        steps = [second - first for first, second in pairwise(written)]
        if len(set(steps)) == 1:
            return False
        return 2 * steps.count(1) < len(steps)

    def reads_dotted_years(self, capital_after: bool) -> bool:
        """Whether "1560. Mogi das Cruzes" at a line's start is an entry here: the document
        writes its years so (MIN_LINES such lines), or its entries are years at their lines'
        starts with another sign ("1558, Abrantes …", "1573 – text"), MIN_LINES or more of
        them, and a capital follows (``capital_after``): a year with a full stop among them
        is one of them, its sign mistyped (elsewhere "2019. The talks …" ends a sentence
        wrapped onto the line)."""
        dotted = self.year_separators.get(".", 0)
        others = sum(count for kind, count in self.year_separators.items() if kind != ".")
        others += self.odd.get(",", 0)  # ("1558, Abrantes - BA": a comma after the year)
        return dotted >= self.MIN_LINES or (capital_after and others >= self.MIN_LINES)

    def reads_years_mid_line(self) -> bool:
        """Whether a year entry may start in the middle of a line here (see
        _year_entry_mid_line): the document's entries are years with a colon."""
        return self.year_separators.get(":", 0) >= self.MIN_LINES

    def reads_dashed_years_mid_line(self) -> bool:
        """Whether a year entry with its dash may start in the middle of a line after a
        sentence's end here (see _dashed_year_mid_line): the document's entries are years
        with a dash ("1948 – text"), at least MIN_LINES, more than with a colon."""
        dashed = self.year_separators.get("-", 0)
        return dashed >= self.MIN_LINES and dashed > self.year_separators.get(":", 0)

    def reads_day_items(self) -> bool:
        """Whether "25. text" lines are days under month headings here: several, and not a
        numbered list (1, 2, 3 …); or two rising days, the first over 1 (a short page)."""
        days = self.day_items
        if len(days) == 2:  # ("26 – text" / "27 – text" under "Septiembre de 2014"; a list's
            return 1 < days[0] < days[1]  # numbers start at 1: rising days of a month)
        if len(days) < self.MIN_LINES:
            return False
        key = self._lists_read("days")
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = days != list(range(1, len(days) + 1))
        return answer

    def allows(self, match: re.Match[str], odd: str | None) -> bool:
        """Whether "date Text" (or "date>Text", "date-Text") starts an entry in this
        document: it writes its entries so. "August 2007 Meredith leaves" among "25 October
        2007 Kercher's …" lines is one too: a date that writes its year, then a capital, in a
        document whose entries have no separator; and "1818 State governing body …" (a
        sentence) among "1816: …" entries of the same shape."""
        if odd == "," and sum(self.bare.values()) >= self.MIN_LINES and dates.has_year(match):
            # "February 1942, Japanese occupy …" among "8 December 1941 Japanese bomb …": a
            # whole date, its comma, then a capital, in a document whose entries have no
            # separator (the comma is the lightest one); "February 1942, the army …" in lower
            # case is a sentence carried on
            after = match.string[match.end() : match.end() + 1]
            if match["ylead"] is not None and match["dlead0"] is not None:
                # "1966 15 January, a military coup …" among "1965 Elections held …": the
                # year, then its day and month as a label set off by the comma (as "16
                # January, the …" under it): that day's entry, whatever the case after it
                return match.start() == 0 and self.bare.get("year", 0) >= self.MIN_LINES
            return after.isupper() and match.start() == 0
        if (
            match["tightdash"] is not None
            and match.start() == 0
            and dates.date_shape(match) == "year"
            and self.reads_dashed_years_mid_line()
        ):
            # "1541-Chiautla es encomienda …" among "1526- Chiautla es …" lines: a year, its
            # dash glued to the capital after it, in a document whose entries are years
            # with a dash: the same entry, its space lost
            return True
        if odd is not None:
            return self.odd.get(odd, 0) >= self.MIN_LINES
        shape = dates.date_shape(match)
        if match["bare"] is not None and _month_word_in_sentence(match, shape):
            return False  # ("May tour cancelled" among "1996: …" lines: a sentence's word)
        if self.bare.get(shape, 0) >= self.MIN_LINES:
            return True
        if (
            match["ydash"] is not None
            and self.year_separators.get("-", 0) + self.bare.get(shape, 0) >= self.MIN_LINES
        ):
            # "1902 – 12 April first match" among "1903 – the club wins …": the document's
            # dash after the year, its day opening the entry (see dates' "1815 – 18 June")
            return True
        if (
            match["bare"] is not None
            and self.alone >= self.MIN_LINES
            and self.shapes.get(shape, 0) >= self.MIN_LINES
            and _weekday_before(match)
            and match.string[match.end() :].lstrip()[:1].isupper()
        ):
            # "Monday 25 May Brunswick" / "Club, Belfast." among "Wednesday 6 May" / "Funnel
            # Bar, Dublin." (the text below): the same date, its weekday before it, with the
            # text begun on its line; the weekday says it is a date, never a sentence's words
            return True
        if shape in ("years", "decade", "century") and self.bare.get("year", 0) >= self.MIN_LINES:
            # ("- 1943-1945 first …" among "- 1945 Merge sort …": a year's kin; "XIV – XV
            # secolo Umanesimo …" among "1348 Peste Nera …", a century)
            return True
        after = match.string[match.end() :]
        if shape == "years" and _spaced_year_span(match) and self.writes_dashed_years():
            # "1162 - 70 Entdeckung …", "1167 - und 1181 Einwanderung …" among "1173 - wurde
            # …" lines: the span's own spaced dash as the document's separator
            return True
        if self.dashed_days >= self.MIN_LINES and _spaced_day_span(match):
            # "Feb. 3 – 11 the union and the company negotiate." among "Jan. 5 – 12 workers
            # walk out.": the days' span, then a word no count is followed by — the span's
            # own dash as the document's separator, the text after it
            return NOT_AFTER_A_COUNT.match(after) is not None
        if (
            shape == "day-month"
            and match["pd"] is not None
            and self.bare.get("day.month.year", 0) >= self.MIN_LINES
        ):
            # "– 01.08. Kriegserklärung …" under "28.07.1914 Der Erste Weltkrieg" among such
            # lines: the same shape without its year (a day of the entry's year), a capital
            return after[:1].isupper()
        if match["kd"] is not None and match.string[match.end("date") : match.end("date") + 1] in (
            " ",
            "\t",
        ):
            # "▲3월9일 정기 총회 개최": an East Asian day (its 월/日 signs leave no doubt), a
            # space, the text; "3월9일에 …" (a particle glued on: "on March 9, …") is a sentence
            return True
        if (
            shape in ("month-day", "day-month")
            and self.headings.get("year", 0) > 0
            and self.shapes.get(shape, 0) >= self.MIN_LINES
            and match.start() == 0
            and after[:1].isupper()
        ):
            # "December 19 British Prime Minister …" under "1984" alone, in a document whose
            # days stand alone on their lines under year headings ("1990" / "April 4" / text):
            # the day's entry with its text on the same line, never the year's text
            return True
        if (
            shape == "day-month"
            and match["pd"] is not None
            and after[:1].isupper()
            and self.shapes.get(shape, 0) > 0
            and self.shapes.get(shape, 0) + self.bare.get(shape, 0) >= self.MIN_LINES
        ):
            # "28.03. Mitgliederversammlung" under "2015", among "10.03." alone over its text:
            # a club's chronicle titles some days and not others; the dotted day and month,
            # then a capital, in a document whose entries are such days
            return True
        if match["between"] and match.start() == 0 and self.writes_days():
            # "Between 3 May and 1 June the ground was rebuilt." among "3 May 1990: …" lines:
            # "between" one day "and" another opens the line, the span closed by its second
            # day, in a document whose entries are days: that span's entry
            return True
        if (
            shape in ("month-day", "day-month")
            and match["bare"] is not None
            and match.start() == 0
            and self.bare.get("year-month-day", 0) >= self.MIN_LINES
        ):
            # "5 agosto i Pink Floyd pubblicano …" under "1967 – 19 maggio nasce …", among
            # such lines: the document writes its year, then the day and month, then the text
            # with no separator; the same day without its year is a day of the year above
            return True
        if shape in ("month-day", "day-month") and self.bare.get("year", 0) >= self.MIN_LINES:
            # "August 26 York is incorporated …" under "1793 Fort York is established.": a
            # table's second row of a year (its year cell spans both), the day of that year
            return after[:1].isupper() and match.start() == 0
        at = match.start()
        if at and match.string[at - 1] in _CLOSERS and dates.has_year(match):
            # "(12. Juni 1994) Der Verein …", "**MAY 2, 1926 (Sunday)** The …": a whole date
            # closed by its bracket or emphasis (after a note), then a capital
            rest = match.string[match.end("date") :].lstrip()
            if rest[:1] == "(" and (close := rest.find(")", 1, 32)) > 0:
                rest = rest[close + 1 :]
            closer = _CLOSERS[match.string[at - 1]]
            if rest[:1] == closer and rest.lstrip(closer + " ")[:1].isupper():
                return True
        if after[:1] == "(" and (close := after.find(")", 1, 32)) > 0:
            after = after[close + 1 :].lstrip(" *_")  # ("1900 (Paris) American …": a note)
        # ("2011 11 March 14:46 JST A magnitude …": a time of day before the capital)
        opening = after[:1].isupper() or (
            after[:1].isdigit()
            and (time := TIME_ITEM.match(after)) is not None
            and after[time.end() :].lstrip()[:1].isupper()  # (not "03:57 pm | Updated …")
        )
        if (
            match["ylead"] is not None
            and match["dlead0"] is not None
            and self.bare.get("year-month-day", 0) < self.MIN_LINES
            and _name_of_the_day(after)
        ):
            return False  # ("1967 3 March Street, a riot." among "1966 text": see there)
        if not (dates.has_year(match) and opening) or ERA_AFTER.match(after):
            return False  # (and "2333 B.C: …" is no year 2333)
        # (entries without a separator, or with a sign that is none: "1896 (Athens) | text"
        # lines around "1900 (Paris) American …")
        if sum(self.bare.values()) + sum(self.odd.values()) >= self.MIN_LINES:
            return len(after.split()) > 3 or SENTENCE_END.search(after) is not None
        # "1818 State governing body secures Monroe County and …" among "1816: …" entries:
        # the document's own shape, its separator left out before a whole sentence
        return self.shapes.get(shape, 0) >= self.MIN_LINES and len(after.split()) >= 6

    def describe(self, entries_read: bool = False) -> str:
        """The pattern in words, for `import --check`: "entries: day-month-year alone on a
        line, text below; headings: years". ``entries_read``: whether the split read entries
        all the same (a table flattened onto one line, dates where they stand), so that no
        pattern of lines is not said as no entries."""
        counts = dict(self.shapes)
        for shape, count in self.bare.items():
            if count >= self.MIN_LINES:
                counts[shape] = counts.get(shape, 0) + count
        if self.reads_iso_months() and counts.get("years"):
            # ("2019-03: text" lines are months, read as such: said so, not "years")
            iso_months = min(self.iso_month_lines, counts["years"])
            counts["ISO months"] = counts.get("ISO months", 0) + iso_months
            counts["years"] -= iso_months
            if not counts["years"]:
                del counts["years"]
        odd = [sign for sign, count in self.odd.items() if count >= self.MIN_LINES]
        if self.live_updates and self.live_kind == "hour":
            return "entries: times of day under day headings, each time kept in its text"
        if self.live_updates and self.live_kind == "minute":
            return (
                "entries: a live page's match minutes, each kept in its text, the day from the page"
            )
        if self.live_updates:
            return "entries: a live page's updates, each time stamp left out, the day from the page"
        opened = self.starts[0][1] if self.starts and not counts and not odd else ""
        if opened in ("on", "in"):  # (see find_pattern: openers the only dated lines)
            example = "On <day>, …" if opened == "on" else "In <year>, …"
            return f"entries: sentences that open with their date ('{example}')" + self._years()
        if not counts and not odd:
            if entries_read:
                return "entries: no one pattern of lines; dates read where they stand"
            return "entries: none found"
        shapes = " or ".join(sorted(counts, key=lambda k: -counts[k])[:2]) or "dates"
        forms = []
        if self.dates_ending:  # (read as "date: item" lines: the items' layout said)
            forms.append("at the end of each bulleted item")
        elif self.titles_above:  # (read as "date: title" lines: the page's layout said)
            forms.append("alone on a line, the title above it")
        elif self.alone:
            forms.append("alone on a line, text below")
        if self.separated and not self.titles_above and not self.dates_ending:
            forms.append("then a separator and the text")
        if any(count >= self.MIN_LINES for count in self.bare.values()):
            forms.append("then the text with no separator")
        forms.extend(f"then '{sign}' and the text" for sign in odd)
        text = f"entries: {shapes} {'; or '.join(forms)}"
        months = ("month", "month-year", "year-month")
        if self.reads_day_items() and any(kind in months for kind in (*counts, *self.headings)):
            # "• June", then "• 25. text": the months are headings (where no month is written
            # alone, "• 24. Das Stadion …" under years, "2. 5.Ungarn …", no heading is said)
            text = 'entries: day numbers ("25. text") under month headings'
        if self.bulleted and not self.dates_ending:  # (said already: "each bulleted item")
            text += "; bulleted"
        if self.headings:
            kinds = sorted(self.headings, key=lambda k: -self.headings[k])
            plural = [  # ("centuries", "month-days")
                f"{k[:-1]}ies" if k[-1:] == "y" and k[-2:-1] not in "aeiou" else k.rstrip("s") + "s"
                for k in kinds
            ]
            text += "; headings: " + ", ".join(plural)
        return text + self._years()

    def _years(self) -> str:
        """The pattern's order and title year in words ("; newest first; the year …")."""
        text = "; newest first" if self.newest_first else ""
        text += "; in mixed order (neither oldest nor newest first)" if self.mixed_order else ""
        if self.title_years is not None:
            first, last = self.title_years
            span = f"{first}" + (f"–{last}" if last != first else "")
            text += f"; the year from {self.title_source}: {span}"
        if self.weekday_year is not None:
            text += f"; the year its weekdays fit: {self.weekday_year}"
        return text


def _name_of_the_day(after: str) -> bool:
    """Whether the text after "YEAR day month" opens with one capitalised word and its comma
    ("1967 3 March Street, a riot.", "1989 4 June Square, a vigil."): the day names a place,
    the word ending its name, in a document whose entries are no such days; the line is
    reported, never read as that day with its text cut ("Street, a riot.")."""
    first = after.lstrip().split(maxsplit=1)
    return bool(first) and first[0][:1].isupper() and first[0][-1:] == "," and len(first[0]) > 2


def _spaced_day_span(match: re.Match[str]) -> bool:
    """Whether the date is a span of days of one month written with a spaced dash ("Feb. 3
    – 11"): a separator and a number, or a span, as the words after it tell."""
    if not (match["m1"] and match["d2"]) or match["m2"] or match["y1"] or match["y2"]:
        return False
    return SPACED_DASH.search(match.string, match.end("d1"), match.start("d2")) is not None


def _spaced_year_span(match: re.Match[str]) -> bool:
    """Whether a span of years is written with a dash set apart by spaces ("1162 - 70",
    "1167 - und 1181"), as a "YEAR - text" list writes its separator; a span written tight
    ("1162-70") is not."""
    return bool(match["ya"] and match["yb"]) and (
        SPACED_DASH.search(match.string, match.end("ya"), match.start("yb") + 1) is not None
    )


def _separator_kind(separator: str) -> str:
    """A colon as ":", any dash ("--", "–") as "-", else the sign itself."""
    return "-" if separator and separator[0] in _DASH_CHARS else separator


def _weekday_before(match: re.Match[str]) -> bool:
    """Whether a date at a line's start has its weekday before it and nothing else
    ("Monday 25 May …", "Tuesday, 26 May …")."""
    line = match.string
    lead = WEEKDAY_LEAD.match(line, len(line) - len(line.lstrip()))
    return lead is not None and lead.end() == match.start()


def _month_word_in_sentence(match: re.Match[str], shape: str) -> bool:
    """Whether a month alone opening a line, no separator, then a word in lower case ("May
    tour cancelled", "March on London planned") is a sentence's word, no date of an entry
    (its text would lose its first word): never counted as the document's way of writing
    its entries, never an entry's start (see DocumentPattern.allows)."""
    return shape == "month" and match.string[match.end() : match.end() + 1].islower()


def _mostly_rising(numbers: list[int]) -> bool:
    """Whether numbers rise, or rise but for one step back beside at least two steps up
    (a list with one item out of its place)."""
    back = sum(1 for a, b in pairwise(numbers) if b < a)
    return back == 0 or (back == 1 and len(numbers) - 1 - back >= MOSTLY_RISING_STEPS)


MOSTLY_RISING_STEPS = 2  # steps up, at least, beside a list's one step back
