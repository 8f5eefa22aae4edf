"""The date grammar.

Two grammars live here:

* data dates, strict: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` — the written form is the
  precision, and an event covers every day of its span;
* date arguments, what a person types for a day or a period. An argument is read completely
  or refused, naming the part that was not understood: no reading ever drops a token (a
  fuzzy parser took "Dec 2-8, 2019" for 2 December 2008 and "02.12.2019" for 12 February).

Date arguments, each naming a span of days:

=================================  ============================================================
``2019-12-02``, ``2019-12``,       ISO day, month, year (``2019-12-2`` too)
``2019``
``Dec 2, 2019``, ``2 Dec 2019``,   written days and months, full or abbreviated, with or
``Dec. 2nd 2019``, ``Dec 2019``    without periods, commas, ordinals and a weekday
                                   (``Mon., Dec. 2, 2019``; a wrong weekday is refused)
``Dec 2-8, 2019``,                 written spans, with any dash or ``to``/``through``; a side
``Nov. 30–Dec. 2, 2019``,          takes the month and year it lacks from the other side
``Dec. 30, 2019–Jan. 2, 2020``,    ("Dec 30–Jan 2, 2020" starts in 2019)
``Nov–Dec 2019``
``2019-12-02/2019-12-08``,         ISO 8601 intervals (the end may leave out what it shares
``2019-12-02..2019-12-08``,        with the start) and a start with a length
``2019-12-02/08``,
``2019-12-02/P7D``,
``2019-12-02 +7d``
``2019-W49``, ``2019-W49-1``       ISO week (Monday to Sunday), ISO week day
``week of Dec 2, 2019``            the ISO week holding a day (date arguments only)
``2019-Q4``, ``Q4 2019``,          quarter (its three months, at month precision), and
``4Q 2019``, ``H1 2020``,          half-year (its six months); the text grammar's forms,
``1H 2020``,                       as the importer reads them
``third quarter of 2019``,
``first half of 2020``
``02.12.2019``, ``12.2019``        numeric dates with dots, day first (as everywhere dots
                                   are written): 2 December 2019
``27 July 1953``, ``22Oct1994``,   the forms chronologies write, read by the text grammar
``1950-53``, ``1924-7``,           below: day first, spans of years (a month is 01 to 12, so
``1970s``, ``Late 2019``,          ``2019-12`` stays December), decades and centuries
``1200s``, ``935-1392``,           (``1200s`` before 1900 is a century; ``1900s`` and
``2019.12.07``                     ``2000s`` are refused with both readings, see
                                   century_or_decade), a span ending in a four-digit year,
                                   dotted days year first
``~1200``, ``c. 1200``,            an approximate date: the date after its mark, as the
``ca. 1525``, ``ABT 1850``         importer reads it (GEDCOM's ``ABT``/``CAL``/``EST`` too)
=================================  ============================================================

Slashed numeric dates (``12/02/2019``) are refused as ambiguous, with the ISO readings as a
hint, unless only one reading is a real date (``26/04/1986``, ``04/26/1986``); a year-first
``2019/12/02`` is not ambiguous and is read. A length (``+7d``, ``+2w``, ``+1m``, ``+1y``)
counts from the first day of what it follows: ``2019-12-02 +7d`` is 2–8 December. Two-digit
years are refused.

Dates in running text (the second half of this module) are the same grammar seen from a
chronology: ``find_date`` recognises a date at a position in a line, in every form a
chronology writes one ("Nov. 30–Dec. 2, 2019", "27 July 1953", "22Oct1994", "1895, Apr",
"1985 (Dec 12)", "1950-53", "1924-7", "1970s", "Late 2019"), and ``resolve_date`` turns it into
data dates, taking a missing year from the document's context. A date argument that the
argument grammar above does not read is read by this one, so a form added once works in
``range`` and in ``import``.
"""

from __future__ import annotations

import functools
import re
from contextlib import suppress
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ktimeline.errors import UsageError
from ktimeline.lazypattern import lazy_compile
from ktimeline.model import MONTH_NAMES, DatePrecision

if TYPE_CHECKING:
    from collections.abc import Iterator

# (ASCII digits: a data date is compared and sorted as written, so "２０１９-１１-０１" or
# "٢٠١٩", which \d takes, would load and fall outside every range of 2019)
ISO_PARTIAL = lazy_compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
EXAMPLES = (
    "2019-12-02, 2019-12, 2019, 'Dec 2, 2019', 'Dec 2-8, 2019', 2019-12-02/2019-12-08, "
    "2019-12-02..2019-12-08, 2019-W49, 2019-Q4, 02.12.2019 (day first)"
)
ACCEPTED_FORMS = f"accepted: {EXAMPLES}"
ACCEPTED_END_FORMS = f"accepted: {EXAMPLES}, or a length from the start: +7d, +2w, +1m, +1y"
# "1950-53", "1924-7", "2019-20": a span of years, not a month (a month is 01 to 12)
# ("1999-00": into the next century, no month 00)
# "Jan-2020", "março/2020": a month glued to its year by a hyphen (a spreadsheet's month) or a
# slash (as Portuguese and Brazilian pages write a month: "jan/2021"), which the text grammar
# reads; the argument grammar's tokens would read a span from January to 2020's end
MONTH_SIGN_YEAR = lazy_compile(r"[^\W\d_]{3,}\.?[-/]\d{4}")
ABBREVIATED_YEARS = lazy_compile(rf"\d{{4}}\s*[{'-'}\u2013\u2014]\s*(?:\d|00|1[3-9]|[2-9]\d)")
SPACED_DASH_AFTER_YEAR = lazy_compile(rf"\d{{4}}[ \t]+[{'-'}\u2013\u2014][ \t]+[^\W\d_]")
MONTH_SLASH_YEAR = lazy_compile(r"(\d{4})/(\d{1,2})|(\d{1,2})/(\d{4})")
MAX_DATE_ARGUMENT = 64  # longer input is not a date; refuse it before reading it

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES, 1):
    MONTHS[_name.lower()] = MONTHS[_name.lower()[:3]] = _number
MONTHS["sept"] = 9
# Misspellings real chronologies print ("Feburary 1994", "Agust 3"): a reader reads them as
# the month at once, so both grammars do (TEXT_MONTH lists the same words)
MISSPELT_MONTHS = {
    "janurary": 1, "januray": 1, "janaury": 1, "febuary": 2, "feburary": 2, "febraury": 2,
    "febrary": 2, "feberuary": 2, "apirl": 4, "agust": 8, "augest": 8, "setpember": 9,
    "septmber": 9, "septemeber": 9, "ocotber": 10, "octobor": 10, "novemeber": 11,
    "novmber": 11, "decemeber": 12, "decmber": 12,
}  # fmt: skip
MONTHS.update(MISSPELT_MONTHS)
# A chronology in German, French, Spanish, Italian, Portuguese or Dutch ("25. Juni 1950",
# "15 mars 1950", "25 de junio de 1950", "25 giugno 1950", "25 mei 1950"): the names a
# reader of those languages reads at once (TEXT_FOREIGN_MONTH lists the same words). A
# foreign name is read before a year or after a day, and one that is also an English word or
# name ("Mars 2020", "Mayo", "Avril", "Julio", "Marco", "Mei") only after a day, or written
# small before its year ("mars 1507", as no name is written).
FOREIGN_MONTHS_ALSO_WORDS = frozenset({"mars", "mayo", "avril", "abril", "julio", "marco", "mei"})
FOREIGN_MONTHS = {
    "januar": 1, "jänner": 1, "janvier": 1, "enero": 1, "februar": 2, "février": 2,
    "fevrier": 2, "febrero": 2, "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "avril": 4,
    "abril": 4, "mai": 5, "mayo": 5, "juni": 6, "juin": 6, "junio": 6, "juli": 7,
    "juillet": 7, "julio": 7, "août": 8, "aout": 8, "agosto": 8, "septembre": 9,
    "septiembre": 9, "setiembre": 9, "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10,
    "novembre": 11, "noviembre": 11, "dezember": 12, "dez": 12, "décembre": 12,
    "decembre": 12, "diciembre": 12,
    # French abbreviations ("14 juil 1975", "20-22 déc 1978", "2-3 fév 1996")
    "janv": 1, "févr": 2, "fév": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    # Italian, Portuguese, Dutch
    "gennaio": 1, "janeiro": 1, "januari": 1, "febbraio": 2, "fevereiro": 2, "februari": 2,
    "março": 3, "marco": 3, "maart": 3, "aprile": 4, "maggio": 5, "maio": 5, "mei": 5,
    "giugno": 6, "junho": 6, "luglio": 7, "julho": 7, "augustus": 8, "settembre": 9,
    "setembro": 9, "ottobre": 10, "outubro": 10, "novembro": 11, "dicembre": 12,
    "dezembro": 12,
    # Portuguese and Spanish abbreviations that are no other word ("07 abr", "12 fev 2020")
    "abr": 4, "fev": 2,
    # Italian abbreviations, always with their point ("20 sett. 1870", "6-9 mag. 1898")
    "genn": 1, "febbr": 2, "magg": 5, "mag": 5, "giu": 6, "lug": 7, "sett": 9, "ott": 10,
    "dic": 12,
    # Swedish and Danish (the rest as German or Dutch write them: "juni", "februari")
    "marts": 3, "maj": 5, "augusti": 8,
    # Catalan ("6 setembre 2017", "12 de febrer de 2019"; the rest as Spanish or French write
    # them: "abril", "octubre", "novembre")
    "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
    "setembre": 9, "desembre": 12,
    # Indonesian and Malay (the rest as Dutch or English write them: "Januari", "Mei", "Juli")
    "maret": 3, "agustus": 8, "desember": 12,
}  # fmt: skip
MONTHS.update(FOREIGN_MONTHS)
# Russian, in the nominative ("Январь 2014 года") and the genitive after a day ("21 февраля
# 2014 года"); TEXT_FOREIGN_MONTH lists the same words
RUSSIAN_MONTHS = {
    "январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3,
    "апрель": 4, "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7,
    "июля": 7, "август": 8, "августа": 8, "сентябрь": 9, "сентября": 9, "октябрь": 10,
    "октября": 10, "ноябрь": 11, "ноября": 11, "декабрь": 12, "декабря": 12,
}  # fmt: skip
MONTHS.update(RUSSIAN_MONTHS)
# Polish, in the nominative ("grudzień 1981") and the genitive after a day ("15 grudnia 2023",
# "13 grudnia 1981 r."); TEXT_FOREIGN_MONTH lists the same words ("maja", also a name, only
# after a day)
POLISH_MONTHS = {
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3,
    "kwiecień": 4, "kwietnia": 4, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7,
    "lipca": 7, "sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9,
    "październik": 10, "października": 10, "listopad": 11, "listopada": 11, "grudzień": 12,
    "grudnia": 12,
}  # fmt: skip
MONTHS.update(POLISH_MONTHS)
# Czech, in the nominative ("únor 1948") and the genitive after a day ("28. října 1918",
# "28.října 1918", "20. srpna 1968"); TEXT_FOREIGN_MONTH lists the same words ("listopad" is
# Polish too, and the same month)
CZECH_MONTHS = {
    "leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4,
    "dubna": 4, "květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7,
    "července": 7, "srpen": 8, "srpna": 8, "září": 9, "říjen": 10, "října": 10,
    "listopadu": 11, "prosinec": 12, "prosince": 12,
}  # fmt: skip
MONTHS.update(CZECH_MONTHS)
# Hindi ("3 मई 1999", "26 जुलाई 1999"), with the spellings in use ("सितंबर" / "सितम्बर", a
# nukta composed or not); TEXT_FOREIGN_MONTH lists the same words
HINDI_MONTHS = {
    "जनवरी": 1, "\u095eरवरी": 2, "\u092b\u093cरवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4,
    "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10,
    "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}  # fmt: skip
MONTHS.update(HINDI_MONTHS)
# Tamil, the Gregorian names as Tamil writes them ("24 டிசம்பர் 1940", "1940, டிசம்பர், 24",
# "ஆகஸ்ட்" or "ஆகஸ்டு"); TEXT_FOREIGN_MONTH lists the same words
TAMIL_MONTHS = {
    "ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7,
    "ஆகஸ்ட்": 8, "ஆகஸ்டு": 8, "செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12,
}  # fmt: skip
MONTHS.update(TAMIL_MONTHS)
# Arabic: the Gregorian names of Egypt and the Gulf ("ديسمبر 2014") and the Syriac ones of the
# Levant and Iraq ("آذار 2014"), which a page often glosses with the other in brackets ("آذار
# (مارس) 2014", read whole: see month_number); TEXT_FOREIGN_MONTH lists the same words
ARABIC_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}  # fmt: skip
MONTHS.update(ARABIC_MONTHS)
# Turkish ("23 Temmuz 1908", "30 Ekim 1918", "Şubat 2001"); TEXT_FOREIGN_MONTH lists the same
# words (a suffix after the year, "1908'de", is the sentence's)
TURKISH_MONTHS = {
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}  # fmt: skip
MONTHS.update(TURKISH_MONTHS)
# Greek, in the nominative ("Ιούλιος 1923") and the genitive after a day ("28 Αυγούστου
# 1922"), as written with their accents and in capitals without them ("28 ΑΥΓΟΥΣΤΟΥ");
# TEXT_FOREIGN_MONTH lists the same words
GREEK_MONTHS = {
    "ιανουάριος": 1, "ιανουαρίου": 1, "φεβρουάριος": 2, "φεβρουαρίου": 2, "μάρτιος": 3,
    "μαρτίου": 3, "απρίλιος": 4, "απριλίου": 4, "μάιος": 5, "μαΐου": 5, "ιούνιος": 6,
    "ιουνίου": 6, "ιούλιος": 7, "ιουλίου": 7, "αύγουστος": 8, "αυγούστου": 8,
    "σεπτέμβριος": 9, "σεπτεμβρίου": 9, "οκτώβριος": 10, "οκτωβρίου": 10, "νοέμβριος": 11,
    "νοεμβρίου": 11, "δεκέμβριος": 12, "δεκεμβρίου": 12,
}  # fmt: skip
GREEK_MONTHS.update(
    {
        name.translate(str.maketrans("άέίόύώΐ", "αειουωι")): number
        for name, number in GREEK_MONTHS.items()
    }
)
MONTHS.update(GREEK_MONTHS)
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RANGE_WORDS = frozenset({"to", "through", "thru", "until", "till"})
# "1789~1799", "1950〜1953": the tilde a span is written with in East Asian texts and in timeline
# tools' syntax (Chronos's "[1789~1799]"); never alone before a year ("~1799" is "about 1799")
TILDES = "~〜～"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
LENGTH_UNITS = {
    "d": "d", "day": "d", "days": "d", "w": "w", "wk": "w", "wks": "w", "week": "w",
    "weeks": "w", "m": "m", "mo": "m", "mos": "m", "month": "m", "months": "m", "y": "y",
    "yr": "y", "yrs": "y", "year": "y", "years": "y",
}  # fmt: skip


@functools.cache
def _token() -> re.Pattern[str]:
    """One token of the argument grammar: compiled when first needed (~0.6 ms: an ISO date
    argument, the common case, never needs it)."""
    return re.compile(
        rf"""
        (?P<space>\s+)
        |(?P<week>\d{{4}}-?W\d{{1,2}}(?:-?\d)?)(?!\w)
        |(?P<quarter>(?:\d{{4}}-?)?Q\d)(?!\w)
        |(?P<iso>\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?)(?![\d\w])
        |(?P<dotted>\d{{1,2}}\.\d{{1,2}}\.\d+|\d{{1,2}}\.\d{{4}})(?!\w|\.(?!\.))
        |(?P<slashed>\d+/\d+/\d+)(?![\d\w/])
        |(?P<length>\+\s*\d+\s*[^\W\d_]+|P\d+[DWMY])(?!\w)
        |(?P<dots>\.\.)
        |(?P<number>\d+(?:st|nd|rd|th)?)(?![^\W_])
        |(?P<word>[^\W\d_]+\.?)
        |(?P<dash>[{DASHES}{TILDES}])
        |(?P<slash>/)
        |(?P<comma>,)
        """,
        re.IGNORECASE | re.VERBOSE,
    )


class DateSpan(NamedTuple):
    """An inclusive span of days, with the finest unit its text named (day, month or year)."""

    start: date
    end: date
    precision: DatePrecision

    @property
    def start_iso(self) -> str:
        return self.start.isoformat()

    @property
    def end_iso(self) -> str:
        return self.end.isoformat()


def days_in_month(year: int, month: int) -> int:
    """(calendar.monthrange without importing calendar, which pulls in locale.)"""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def span_of(year: int, month: int | None = None, day: int | None = None) -> DateSpan:
    """The days a partial date covers. Raises ValueError for impossible dates."""
    if month is None:
        return DateSpan(date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR)
    if day is None:
        last = days_in_month(year, month) if 1 <= month <= 12 else 0
        return DateSpan(date(year, month, 1), date(year, month, last), DatePrecision.MONTH)
    one_day = date(year, month, day)
    return DateSpan(one_day, one_day, DatePrecision.DAY)


_WITH_TIME = lazy_compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")  # an ISO date and time


def ascii_digits(text: str) -> str:
    """``text`` with each decimal digit of another script ("２", "٣", "𝟏") written as the digit
    0-9 int() reads in it: a date a user types or a text writes so is that date, where a data
    date must be written in 0-9 (see ISO_PARTIAL)."""
    if text.isascii():
        return text
    return "".join(str(int(sign)) if sign.isdecimal() else sign for sign in text)


def parse_iso_partial(text: str) -> DateSpan:
    """Parse a strict data date. Raises ValueError with a reason a user can act on."""
    match = ISO_PARTIAL.fullmatch(text)
    if match is None:
        timed = _WITH_TIME.match(text)
        if timed is not None:
            # (refused, not cut to its day: a time in a zone other than the writer's may
            # fall on another day, and the record would not load again as it was written)
            raise ValueError(
                f"date {text!r} holds a time of day: write the day alone, {timed[1]!r} "
                "(YYYY, YYYY-MM or YYYY-MM-DD)"
            )
        digits = "" if text.isascii() else " (in the digits 0-9)"
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD{digits}")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    try:
        return span_of(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r} does not exist ({exc})") from None


def event_span(date_text: str, end_text: str | None) -> tuple[str, str]:
    """First and last ISO day covered by an event's ``date`` and optional ``end_date``."""
    span = parse_iso_partial(date_text)
    if len(date_text) == 10 and end_text is None:
        return date_text, date_text  # the common case, without building new strings
    last = span.end
    if end_text is not None:
        end_span = parse_iso_partial(end_text)
        if end_span.end < span.start:
            raise ValueError(f"end_date {end_text!r} is before date {date_text!r}")
        last = end_span.end
    return span.start.isoformat(), last.isoformat()


# --- order -----------------------------------------------------------------------------------
#
# Listings read in date order, and an event known only to a month or a year comes after the
# dated events of its period: "Dec 2019" after 31 December, "2019" after "Dec 2019". A span
# sorts by its first date. The key pads a partial date with "99": "2019-12" -> "2019-12-99",
# "2019" -> "2019-99-99", which sorts after every real day of the period; a day is itself.

ORDER_PAD = "-99-99"
SQL_ORDER_KEY = f"substr({{column}} || '{ORDER_PAD}', 1, 10)"  # the same key, in SQLite


def order_key(date_text: str) -> str:
    """The sort key of a data date (``date`` as written): see the rule above."""
    return date_text if len(date_text) == 10 else (date_text + ORDER_PAD)[:10]


# --- date arguments --------------------------------------------------------------------------


class DateArgumentError(UsageError):
    """A date argument that was not read: which argument, its text, and what went wrong."""

    def __init__(self, name: str, text: str, problem: str, hint: str = ACCEPTED_FORMS) -> None:
        self.argument = name
        self.text = text
        self.problem = problem
        message = f"{name} {text!r} {problem}" if text else f"{name} {problem}"
        super().__init__(message, hint, argument=name, value=text)


class _Refused(Exception):
    """Raised inside the reader; the caller adds the argument's name and text."""

    def __init__(self, problem: str, hint: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.hint = hint


def _not_understood(part: str) -> _Refused:
    return _Refused(f"is not a date: {part!r} not understood")


def _from_to(first: DateSpan, last: DateSpan) -> DateSpan:
    """The span from the start of ``first`` to the end of ``last`` (the coarser precision of
    the two); refused when it ends before it starts."""
    if first.start > last.end:
        raise _Refused(
            f"is not a date: it ends ({last.end_iso}) before it starts ({first.start_iso})"
        )
    return DateSpan(first.start, last.end, max(first.precision, last.precision))


class _Token(NamedTuple):
    kind: str
    text: str


class _Point:
    """One side of a span: a partial date whose missing parts the other side may give."""

    __slots__ = ("borrowed_year", "day", "fixed", "month", "weekday", "year")

    def __init__(self) -> None:
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.weekday: tuple[int, str] | None = None
        self.fixed: DateSpan | None = None  # a week, quarter or length: not completed
        self.borrowed_year = False

    def span(self) -> DateSpan:
        if self.fixed is not None:
            return self.fixed
        if self.month is None and self.day is not None:
            raise _Refused("has no month")
        if self.year is None:
            raise _Refused("has no year")
        try:
            span = span_of(self.year, self.month, self.day)
        except ValueError:
            raise _Refused("is not a real date") from None
        if self.weekday is not None and span.precision is DatePrecision.DAY:
            number, written = self.weekday
            if span.start.weekday() != number:
                actual = WEEKDAY_NAMES[span.start.weekday()]
                raise _Refused(f"is not a date: {span.start_iso} is a {actual}, not {written!r}")
        return span


def _tokens(text: str) -> list[_Token]:
    tokens = []
    position = 0
    while position < len(text):
        match = _token().match(text, position)
        if match is None:
            rest = text[position:].split()
            raise _not_understood(rest[0] if rest else text[position:])
        kind = match.lastgroup
        assert kind is not None
        if kind != "space":
            tokens.append(_Token(kind, match.group()))
        position = match.end()
    return tokens


def _year(token: _Token) -> int:
    if not token.text.isdigit() or len(token.text) != 4:
        raise _not_understood(token.text)
    return int(token.text)


def _slashed(text: str) -> DateSpan:
    """``2019/12/02`` is read; ``12/02/2019`` is ambiguous and refused with its readings.

    A date with one possible reading is read: ``26/04/1986`` (26 is no month)."""
    first, second, third = text.split("/")
    if len(first) == 4:
        return _complete(int(first), int(second), int(third))
    days: list[date] = []
    for month, day in ((int(first), int(second)), (int(second), int(first))):
        if len(third) == 4:
            with suppress(ValueError, OverflowError):
                days.append(date(int(third), month, day))
    days = list(dict.fromkeys(days))
    if len(days) == 1:  # "26/04/1986": 26 cannot be a month, so one reading is left
        return DateSpan(days[0], days[0], DatePrecision.DAY)
    if not days and len(third) == 4:
        raise _Refused("is not a real date")  # "31/02/2019" (neither order is a day)
    readings = [day.isoformat() for day in days]
    hint = f"write {' or '.join(readings)}" if readings else "write YYYY-MM-DD"
    raise _Refused("is ambiguous: day and month cannot be told apart with slashes", hint)


def _complete(year: int, month: int | None, day: int | None = None) -> DateSpan:
    try:
        return span_of(year, month, day)
    except (ValueError, OverflowError):
        raise _Refused("is not a real date") from None


def _dotted(text: str) -> DateSpan:
    parts = text.split(".")
    if len(parts[-1]) != 4:
        raise _Refused(f"is not a date: write the year of {text!r} in full")
    if len(parts) == 2:
        return _complete(int(parts[1]), int(parts[0]))
    return _complete(int(parts[2]), int(parts[1]), int(parts[0]))


def _week(text: str) -> DateSpan:
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})(?:-?(\d))?", text, re.IGNORECASE)
    assert match is not None
    year, week = int(match[1]), int(match[2])
    if year < 1:
        raise _Refused("is not a real ISO week: the first year is 1")
    weeks = date(year, 12, 28).isocalendar()[1]  # the 28th is always in the year's last week
    if not 1 <= week <= weeks:
        raise _Refused(f"is not a real ISO week: {year} has weeks 1 to {weeks}")
    days = (int(match[3]),) * 2 if match[3] is not None else (1, 7)
    if not 1 <= days[0] <= 7:
        raise _Refused("is not a real ISO week day: days are 1 (Monday) to 7 (Sunday)")
    try:
        return DateSpan(
            date.fromisocalendar(year, week, days[0]), date.fromisocalendar(year, week, days[1]),
            DatePrecision.DAY,
        )  # fmt: skip
    except (ValueError, OverflowError):  # a real week, whose days run past date.max
        if match[3] is not None:
            raise _Refused(
                f"is a real ISO week day, but it falls in the year 10000, past "
                f"{date.max.isoformat()}, the last day a date can be"
            ) from None
        raise _past_the_last_day(date.fromisocalendar(year, week, 1)) from None


def _past_the_last_day(monday: date) -> _Refused:
    """A real week that runs into the year 10000, which no date can reach."""
    last = date.max.isoformat()
    return _Refused(
        f"is a real week, but it runs into the year 10000 (from {monday.isoformat()}), past "
        f"{last}, the last day a date can be",
        f"for its days in {monday.year}, write {monday.isoformat()}/{last}",
    )


# "week of Dec 2, 2019": the ISO week (Monday to Sunday) holding a day.
WEEK_OF = lazy_compile(r"(?:the\s+)?week\s+of\s+(?P<day>.+)", re.IGNORECASE)


def _week_of(day_text: str) -> DateSpan:
    day = _read(day_text)
    if day.precision is not DatePrecision.DAY or day.start != day.end:
        raise _Refused("is not a date: 'week of' takes one day, e.g. 'week of Dec 2, 2019'")
    weekday = day.start.isoweekday()
    monday = day.start - timedelta(days=weekday - 1)
    if date.max - monday < timedelta(days=6):
        raise _past_the_last_day(monday)
    return DateSpan(monday, monday + timedelta(days=6), DatePrecision.DAY)


def _quarter(year: int, text: str) -> DateSpan:
    quarter = int(text[-1])
    if not 1 <= quarter <= 4:
        raise _Refused(f"is not a date: {text!r} is not a quarter (Q1 to Q4)")
    first = 3 * quarter - 2
    try:
        return DateSpan(
            date(year, first, 1), date(year, first + 2, days_in_month(year, first + 2)),
            DatePrecision.MONTH,
        )  # fmt: skip
    except ValueError:
        raise _Refused("is not a real date") from None


def _point(tokens: list[_Token]) -> _Point:
    """One side of a span, read from its tokens; every token must find its place."""
    point = _Point()
    if not tokens:
        raise _Refused("is not a date: a span needs a date on each side")
    if len(tokens) == 1 and tokens[0].kind in ("iso", "dotted", "week", "slashed"):
        kind, text = tokens[0]
        if kind == "iso":
            parts = [int(part) for part in text.split("-")]
            point.year, point.month = parts[0], parts[1]
            point.day = parts[2] if len(parts) == 3 else None
            if not 1 <= point.month <= 12:
                raise _Refused("is not a real date")
        elif kind == "dotted":
            point.fixed = _dotted(text)
        elif kind == "week":
            point.fixed = _week(text)
        else:
            point.fixed = _slashed(text)
        return point
    quarter: _Token | None = None
    year_first = False  # "2019 Dec 2": a year may come first; otherwise it ends the date
    for position, token in enumerate(tokens):
        kind, text = token
        word = text.lower().rstrip(".")
        if kind == "comma":
            continue
        if kind in ("iso", "dotted", "week", "slashed"):
            # a whole date beside other words ("2019-12-02 10"): what is not understood is
            # the rest, never the date that is right
            rest = [other.text for other in tokens if other is not token and other.kind != "comma"]
            raise _not_understood(" ".join(rest))
        if point.year is not None and not year_first:
            raise _not_understood(text)
        if kind == "quarter":
            if quarter is not None or point.month is not None or point.day is not None:
                raise _not_understood(text)
            quarter = token
            if text[0].isdigit():
                if point.year is not None:
                    raise _not_understood(text)
                point.year = int(text[:4])
        elif kind == "word" and word in WEEKDAYS and position == 0:
            point.weekday = (WEEKDAYS[word], text.rstrip("."))
        elif kind == "word" and word in MONTHS and point.month is None and quarter is None:
            point.month = MONTHS[word]
        elif kind == "number" and len(text) == 4 and text.isdigit() and point.year is None:
            point.year = _year(token)
            year_first = position == 0 or (position == 1 and point.weekday is not None)
        elif kind == "number" and point.day is None and quarter is None:
            if sum(character.isdigit() for character in text) > 2:
                raise _not_understood(text)
            point.day = day_number(text)
            if not 1 <= point.day <= 31:
                raise _Refused(f"is not a date: {text!r} is not a day of a month")
        elif kind == "number" and len(text) == 2 and point.year is None:
            raise _Refused(f"is not a date: write the year {text!r} in full")
        else:
            raise _not_understood(text)
    if quarter is not None:
        if point.year is None:
            raise _Refused("has no year")
        point.fixed = _quarter(point.year, quarter.text)
    if year_first and point.day is not None and point.month is None:
        raise _not_understood(str(point.day))
    return point


def _length(token: _Token) -> tuple[int, str]:
    text = token.text.lstrip("+").strip()
    match = re.fullmatch(r"P?(\d+)\s*([^\W\d_]+)", text, re.IGNORECASE)
    assert match is not None
    unit = LENGTH_UNITS.get(match[2].lower())
    if unit is None:
        raise _not_understood(token.text)
    count = int(match[1])
    if count < 1:
        raise _Refused(f"is not a date: the length {token.text!r} is less than a day")
    return count, unit


def add_length(first: date, count: int, unit: str) -> date:
    """The last day of ``count`` days, weeks, months or years from ``first`` (inclusive)."""
    try:
        if unit in ("d", "w"):
            return first + timedelta(days=count * (7 if unit == "w" else 1) - 1)
        months = count * (12 if unit == "y" else 1)
        year, month = divmod(first.month - 1 + months, 12)
        year += first.year
        day = min(first.day, days_in_month(year, month + 1))
        return date(year, month + 1, day) - timedelta(days=1)
    except (OverflowError, ValueError):
        raise _Refused("is not a date: it ends after 9999-12-31") from None


# The longest span of two whole days read across a new year when its start has no year of its
# own ("30 December – 2 January 2020", "1 October – 31 March 2020": a winter, 182 days); two
# days further apart are one written backwards ("12 November – 24 October 1917": refused).
MAX_CROSSING = 183


def _borrow(left: _Point, right: _Point) -> None:
    """Each side of a written span takes the month and year it lacks from the other."""
    fixed = right.fixed
    if (
        fixed is not None
        and fixed.precision is DatePrecision.DAY
        and fixed.start == fixed.end
        and left.fixed is None
        and left.day is not None
        and left.month is None
        and left.year is None
    ):
        # "17-19/4/1961", "17-19.04.1961": a day, then a whole numeric day, its month's
        left.month, left.year = fixed.start.month, fixed.start.year
        return
    if left.fixed is not None or right.fixed is not None:
        return
    if right.day is not None and right.month is None:
        right.month = left.month
    if right.year is None and right.month is not None:
        right.year = left.year
    if left.day is not None and left.month is None:
        left.month = right.month
    if left.year is None:
        left.year, left.borrowed_year = right.year, True


def _year_then_its_day(left: _Point, right: _Point) -> bool:
    """Whether a span's left side is a year alone and its right a day and month with no
    year ("1964 - 1 December"; with a word, "1964 to 3 May" stays a span)."""
    return (
        left.fixed is None
        and right.fixed is None
        and left.year is not None
        and left.month is None
        and left.day is None
        and right.year is None
        and right.month is not None
        and right.day is not None
    )


def _span_of_tokens(tokens: list[_Token], default_year: int | None) -> DateSpan:
    length = None
    if tokens and tokens[-1].kind == "length":
        length = _length(tokens[-1])
        tokens = tokens[:-1]
        if tokens and tokens[-1].kind in ("slash", "dots"):
            tokens = tokens[:-1]  # 2019-12-02/P7D
        if not tokens:
            raise _Refused("is a length, not a date: give it after a start")
    separators = [
        i
        for i, token in enumerate(tokens)
        if token.kind in ("dash", "dots", "slash")
        or (token.kind == "word" and token.text.lower() in RANGE_WORDS)
    ]
    if len(separators) > 1:
        raise _not_understood(tokens[separators[1]].text)
    if length is not None and separators:
        raise _not_understood(tokens[separators[0]].text)
    if not separators:
        point = _point(tokens)
        if point.year is None and point.fixed is None and default_year is not None:
            point.year = default_year
        span = point.span()
        if length is not None:
            end = add_length(span.start, *length)
            return DateSpan(span.start, end, DatePrecision.DAY)
        return span
    at = separators[0]
    if at == len(tokens) - 1 or at == 0:
        raise _Refused("is not a date: a span needs a date on each side")
    left, right = _point(tokens[:at]), _point(tokens[at + 1 :])
    if right.year is None and left.year is None and default_year is not None:
        right.year = default_year
    if tokens[at].kind == "dash" and _year_then_its_day(left, right):
        # "1964 - 1 December", "1805 – December 2": a year, its dash, then a day of it, as
        # the text grammar reads "1815 – 18 June text" (its ydash): that day, never the
        # span from the year's first day
        right.year = left.year
        return right.span()
    _borrow(left, right)
    first, last = left.span(), right.span()
    crosses_new_year = (left.month or 0) > (right.month or 13)
    if first.start > last.end and left.borrowed_year and crosses_new_year and left.year:
        left.year -= 1  # "Dec 30–Jan 2, 2020" starts in 2019
        crossed = left.span()
        if left.day is None or right.day is None or (last.end - crossed.start).days <= MAX_CROSSING:
            first = crossed  # (two whole days far apart are a reversed span, refused below:
        else:  # "12 November/24 October 1917" is no span of 1916-11-12 to 1917-10-24)
            left.year += 1
    return _from_to(first, last)


def _read(cleaned: str, default_year: int | None = None) -> DateSpan:
    approximate = approximate_date(cleaned)
    if approximate is not None:  # ("~1200", "c. 1200", "ABT 1850": the date after the mark)
        return _read(approximate["date"], default_year)
    gedcom = gedcom_sides(cleaned)
    if gedcom is not None:  # ("FROM 1388 TO 1390": from the first side to the last)
        first = _read(gedcom[0], default_year)
        last = _read(gedcom[1], default_year) if gedcom[1] else first
        return _from_to(first, last)
    as_years = None  # why "2019-13" is no span of years, if it is none
    if ABBREVIATED_YEARS.fullmatch(cleaned) or MONTH_SIGN_YEAR.fullmatch(cleaned):
        try:  # "2001-13" is 2001-2013, as "1950-53" is (a month is 01 to 12)
            written = _written_span(cleaned, default_year)
            if written is not None:
                return written
        except _Refused as refused:  # "2019-13": no span; read on as an ISO month
            as_years = refused
        if as_years is None and MONTH_SIGN_YEAR.fullmatch(cleaned):
            # a month the text grammar does not know glued to its year ("genn/2020", "ott-2021"):
            # that month of that year, as "genn 2020" is read; the tokens would read the sign
            # as a span's, from January to 2020's end
            return _read(re.sub(r"\.?[-/](?=\d{4}$)", " ", cleaned), default_year)
    if ISO_PARTIAL.fullmatch(digits := ascii_digits(cleaned)):
        try:
            return parse_iso_partial(digits)
        except ValueError:
            if as_years is not None and as_years.problem.startswith("is not a date: "):
                # both readings said, as "2001-13" (the years 2001-2013) is read
                why = as_years.problem.removeprefix("is not a date: ")
                month = re.split(rf"[{DASHES}]", cleaned)[-1].strip()
                raise _Refused(
                    f"is not a date: as years (as 1950-53) {why}, and as a month '{month}' is "
                    "none (a month is 01 to 12)"
                ) from None
            raise _Refused("is not a real date") from None
    if SPACED_DASH_AFTER_YEAR.match(cleaned):
        labelled = date_in_text().fullmatch(cleaned)
        if labelled is not None and labelled["ydash"]:
            # "1850 - Mai", "1990 – June": a year, a spaced dash, then its month (or day), as
            # a chronology's line writes it and the importer reads it: that month, no span
            written = _written_span(cleaned, default_year)
            if written is not None:
                return written
    month_and_year = MONTH_SLASH_YEAR.fullmatch(cleaned)
    if month_and_year:  # 2019/12 or 12/2019: a month, or a span of a year and a day?
        year, month = sorted((g for g in month_and_year.groups() if g), key=len, reverse=True)
        season = int(month) == (int(year) + 1) % 100
        if month_and_year[1] and not (season and 1 <= int(month) <= 12):
            # "1888/89", "1899/00", "1951/54": no month, the years; "2019/12", "1949/04": no
            # season, the month; as the importer reads a line that opens with them ("1900/01",
            # a season or January 1900, is refused by both)
            written = _written_span(cleaned, default_year)
            if written is not None:
                return written
        hint = f"for the month write {year}-{int(month):02d}" if 1 <= int(month) <= 12 else None
        raise _Refused("is ambiguous: a month, or a span?", hint)
    try:
        tokens = _tokens(cleaned)
        if len(tokens) == 1 and tokens[0].kind == "number":
            raise _not_understood(cleaned)
        return _span_of_tokens(tokens, default_year)
    except _Refused as refused:
        try:
            written = _written_span(cleaned, default_year)
        except _Refused as reason:
            # the text grammar's reason where the argument grammar knows no such form
            raise (reason if "not understood" in refused.problem else refused) from None
        if written is None:
            raise
        return written


def _written_span(text: str, default_year: int | None) -> DateSpan | None:
    """A whole argument in a form only chronologies write ("1950-53", "1970s", "Late 2019",
    "22Oct1994"), read by the text grammar; None when it is no such form, refused (with the
    text grammar's reason) when it is one that cannot be read ("1200s")."""
    match = date_in_text().fullmatch(text)
    if match is None or match["icy"]:  # (a day with its time: refused, as ever, in an argument)
        return None
    resolved = resolve_date(match, YearContext(default_year))
    if isinstance(resolved, str):
        if resolved == NO_YEAR:
            raise _Refused("has no year")
        raise _Refused(f"is not a date: {resolved}")  # "'1200s' may be a century or …"
    start, end, _ = resolved
    first, last = parse_iso_partial(start), parse_iso_partial(end or start)
    return DateSpan(first.start, last.end, max(first.precision, last.precision))


# A date value of GEDCOM, the genealogists' standard (5.5.1 and 7.0), as family-history tools
# export it into tables and lists: a date "15 NOV 1315", "AUG 1291", "1332" (the grammar above
# reads it), after a calendar's escape "@#DJULIAN@ 15 NOV 1315", "@#DGREGORIAN@ …" (5.5.1) or
# keyword "JULIAN 15 NOV 1315" (7.0): a Julian or Gregorian date is read as the day written;
# a period "FROM 21 FEB 1388 TO 22 FEB 1388", "FROM … 28 JUL 1489 TO 1490" and a range "BET
# 1850 AND 1860": from the first date to the last. The other calendars (Hebrew, French
# Republican), "FROM" or "TO" alone and the approximations "ABT", "BEF", "AFT" are no date
# read here (a bound or a guess, not guessed). The keywords in capitals, as the standard
# writes them ("from 1388 to 1390" is the text grammar's).
_GEDCOM_CALENDAR = r"(?:@#D(?:GREGORIAN|JULIAN)@|GREGORIAN|JULIAN)[ \t]+"
_GEDCOM_DATE = (
    r"(?:(?:(?:0?[1-9]|[12]\d|3[01])[ \t]+)?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"[ \t]+)?\d{3,4}"
)
_GEDCOM_VALUE = lazy_compile(
    rf"(?:FROM[ \t]+(?:{_GEDCOM_CALENDAR})?(?P<from>{_GEDCOM_DATE})[ \t]+TO[ \t]+"
    rf"|BET[ \t]+(?:{_GEDCOM_CALENDAR})?(?P<bet>{_GEDCOM_DATE})[ \t]+AND[ \t]+"
    rf"|(?={_GEDCOM_CALENDAR}))"
    rf"(?:{_GEDCOM_CALENDAR})?(?P<last>{_GEDCOM_DATE})"
)


# "about" before a date: "c. 1200", "ca. 1525", "circa 1620", "~1200" (the tilde alone
# before a year, see TILDES) and the word in the languages chronologies write it in ("około
# 1155", "ok. 1155", "kolem 1155", "omkring 1155", "ongeveer 1155", "vers 1155", "etwa 1155",
# "hacia 1155", "um 1155": Polish, Czech, Scandinavian, Dutch, French, German, Spanish); the
# importer reads the year after it where the document shows the era (see
# importing.entries.years)
CIRCA_WORDS = (
    r"(?:c|ca|circa|około|ok|kolem|kol|omkring|omkr|ongeveer|omstreeks|vers|environ|etwa|um|hacia)"
)
# "soon after" a year, in the languages chronologies write it in ("soon after 900", "shortly
# after", "just after", "brzy po", "krátce po", "kurz nach", "bald nach", "peu après", "poco
# después de", "logo após", "kort na", "tuż po", "wkrótce po": English, Czech, German, French,
# Spanish, Portuguese, Scandinavian, Polish): an item so opening is of that year, approximate,
# as after CIRCA_WORDS (the corpus README's rule for a year after a word of time; "until" a
# year, "Až do r. 870 …", names a period's end and is no date of an item)
SOON_AFTER_WORDS = (
    r"(?:(?:soon|shortly|just)\s+after|brzy\s+po|krátce\s+po|kurz\s+nach|bald\s+nach|peu\s+après"
    r"|poco\s+después\s+de|logo\s+após|kort\s+na|tuż\s+po|wkrótce\s+po)"
)
# GEDCOM's approximations: "ABT 1850" (about), "CAL 1850" (calculated), "EST 1850"
# (estimated), before any date value of the standard ("ABT AUG 1291"); in capitals, as the
# standard writes them ("Est. 1850" is "established")
GEDCOM_APPROXIMATE = lazy_compile(
    rf"(?P<mark>ABT|CAL|EST)[ \t]+(?P<date>(?:{_GEDCOM_CALENDAR})?{_GEDCOM_DATE})(?!\d)"
)
# a date a user typed as approximate: "~1200", "c. 1200", "ca. 1525", "ABT 1850": read as
# the date after the mark, as the importer reads such a line's date (the data has no
# approximate form)
_APPROXIMATE_ARGUMENT = lazy_compile(
    rf"(?:{CIRCA_WORDS}\.?[ \t]*|[{TILDES}][ \t]*)(?P<date>\d.*)", re.I | re.S
)


def approximate_date(value: str) -> re.Match[str] | None:
    """``value`` wholly a date after a mark of "about" ("~1200", "c. 1200", "ABT 1850"; see
    CIRCA_WORDS and GEDCOM_APPROXIMATE): its match, whose group "date" is the date; else
    None."""
    if value[:1].isdigit():  # (every mark is a word or a tilde: "2019-11-01" is read unmarked)
        return None
    return GEDCOM_APPROXIMATE.fullmatch(value) or _APPROXIMATE_ARGUMENT.fullmatch(value)


def gedcom_sides(value: str) -> tuple[str, str | None] | None:
    """A GEDCOM date value's first date and, for a period or range, its last, each as the
    text grammar writes it ("@#DJULIAN@ 15 NOV 1315": "15 NOV 1315", None; "FROM 1388 TO
    1390": "1388", "1390"); None when ``value`` is not wholly one of the standard's forms
    above (a plain "15 NOV 1315" is the text grammar's own)."""
    value = value.strip()
    if value[:1].isdigit():  # (each form opens with its keyword: "2019-11-01" is none)
        return None
    found = _GEDCOM_VALUE.fullmatch(value)
    if found is None:
        return None
    first = found["from"] or found["bet"]
    return (first, found["last"]) if first else (found["last"], None)


@functools.cache
def _before_common_era() -> re.Pattern[str]:
    """A year before the Common Era in a date argument ("500 BC", "44 B.C.", "218 a. C.",
    "Mar 15, 44 BC"): BEFORE_CHRIST after a number, as the importer reads it (and reports
    such a line); compiled when an argument has a letter (never for an ISO date)."""
    return re.compile(rf"\d\s*(?P<era>{BEFORE_CHRIST})(?!\w)", re.I)


# the full stop of a sentence a date was copied from, after its four-digit year ("Dec. 13,
# 1642.", "13 December 1642."): never a day's or month's own point ("13.12.", "Dec.")
YEAR_THEN_SENTENCE_STOP = lazy_compile(r"(?<![\d.])\d{4}\.$")


def parse_date_argument(text: str, name: str) -> DateSpan:
    """Read a date a user typed, completely, or raise UsageError naming ``name`` (e.g. START),
    the part not understood and the accepted forms."""
    cleaned = text.strip()
    if cleaned[-1:] == "." and YEAR_THEN_SENTENCE_STOP.search(cleaned) is not None:
        cleaned = cleaned[:-1]  # ("Dec. 13, 1642.": a date copied with its sentence's stop)
    if not cleaned:
        raise DateArgumentError(name, "", "is empty")
    if len(cleaned) > MAX_DATE_ARGUMENT:
        raise DateArgumentError(name, "", f"is not a date ({len(cleaned)} characters)")
    # ("2019-11-01": no "week of" opens with a digit)
    week_of = None if cleaned[:1].isdigit() else WEEK_OF.fullmatch(cleaned)
    era = (
        _before_common_era().search(cleaned)
        if not cleaned.isascii() or any(character.isalpha() for character in cleaned)
        else None
    )
    if era is not None:  # ("500 BC": never "'500' not understood")
        raise DateArgumentError(
            name, cleaned, f"is a year before the Common Era ({era['era']!r}): the data format "
            "has no such dates, so they cannot be asked for",
        )  # fmt: skip
    try:
        return _week_of(week_of["day"]) if week_of else _read(cleaned)
    except _Refused as refused:
        raise DateArgumentError(
            name, cleaned, refused.problem, refused.hint or ACCEPTED_FORMS
        ) from None


def widened_qualifier(text: str) -> tuple[str, str] | None:
    """A date argument qualified by a part of its period ("autumn 2001", "mid-2001", "early
    Dec 2019", "late 19th century"), which is read as the whole period: the qualifier and
    that period ("autumn", "year"), for saying so; else None. A season's months depend on
    the hemisphere and early, mid and late have no fixed bounds, and the importer dates such
    an entry to the whole period too, so a narrower reading would miss the entries it
    dated so."""
    if not any(character.isalpha() for character in text):
        return None  # (an ISO date: the text grammar is never compiled for it)
    match = date_in_text().fullmatch(text.strip())
    if match is None:
        return None
    for group, period in (("yq", "year"), ("mq", "month"), ("cq", "century")):
        if match[group]:
            return match[group], period
    return None


def parse_length(text: str) -> tuple[int, str] | None:
    """``+7d``, ``+2w``, ``+1m``, ``+1y`` (or ``+7 days``): (count, unit), else None."""
    cleaned = text.strip()
    if not cleaned.startswith("+"):
        return None
    match = _token().fullmatch(cleaned)
    if match is None or match.lastgroup != "length":
        return None
    try:
        return _length(_Token("length", cleaned))
    except _Refused:
        return None


def _end_of(start: DateSpan, end: str | None, name: str) -> DateSpan:
    """END (or --to): a date, or a length counted from the start's first day."""
    if end is None:
        return start
    cleaned = end.strip()
    if cleaned.startswith("+"):
        length = parse_length(cleaned)
        if length is None:
            raise DateArgumentError(
                name, cleaned, "is not a length: write +7d, +2w, +1m or +1y", ACCEPTED_END_FORMS
            )
        try:
            last = add_length(start.start, *length)
        except _Refused as refused:
            raise DateArgumentError(name, cleaned, refused.problem, ACCEPTED_END_FORMS) from None
        return DateSpan(start.start, last, DatePrecision.DAY)
    return parse_date_argument(end, name)


def parse_range(
    start: str, end: str | None = None, names: tuple[str, str] = ("START", "END")
) -> tuple[date, date]:
    """An inclusive range of days: START's first day to END's last day.

    Without END, the range is START's own span: "2019-11" is all of November. END may be a
    length from START's first day: ("2019-12-02", "+7d") is 2–8 December.
    """
    start_span = parse_date_argument(start, names[0])
    end_span = _end_of(start_span, end, names[1])
    if start_span.start > end_span.end:
        raise UsageError(
            f"{names[0]} {start!r} is after {names[1]} {end!r}",
            f"give the earlier date first, e.g. {end_span.start_iso} {start_span.end_iso}",
        )
    return start_span.start, end_span.end


def parse_bounds(
    date_from: str | None, date_to: str | None, names: tuple[str, str] = ("--from", "--to")
) -> tuple[date | None, date | None]:
    """The from/to filter: the first day of ``date_from`` and the last day of ``date_to``,
    either optional; ``date_to`` may be a length from ``date_from``."""
    if date_from is not None and date_to is not None:
        return parse_range(date_from, date_to, names)
    low = parse_date_argument(date_from, names[0]).start if date_from is not None else None
    if date_to is not None and parse_length(date_to) is not None:
        length = date_to.strip()
        example = f"a length counts from {names[0]}: e.g. {names[0]} 2019-12-02 {names[1]} {length}"
        raise DateArgumentError(names[1], length, f"is a length: it needs {names[0]}", example)
    high = parse_date_argument(date_to, names[1]).end if date_to is not None else None
    return low, high


# --- dates in running text -------------------------------------------------------------------
#
# A chronology writes its dates in more forms than a person types as an argument, and they
# have to be found inside lines: "27 July 1953: text", "Nov. 30–Dec. 2, 2019 – text",
# "22Oct1994>text", "1985 (Dec 12) - text". One regular expression names every part; the
# written form is the precision (a month is YYYY-MM, a year YYYY, a decade a span of years).

TEXT_MONTH = (
    # (grouped by first letters: this runs at many places of every line; the misspellings
    # a reader reads at once — "Feburary", "Agust", "Ocotber" — are in MISSPELT_MONTHS too)
    r"(?:j(?:an(?:uary|urary|uray|aury)?|une?|uly?)|feb(?:ruary|uary|urary|raury|rary|eruary)?|"
    r"ma(?:r(?:ch)?|y)|a(?:pr(?:il)?|pirl|ug(?:ust|est)?|gust)|"
    r"s(?:ep(?:t(?:ember|mber|emeber)?)?|etpember)|o(?:ct(?:ober|obor)?|cotber)|"
    r"nov(?:ember|emeber|mber)?|dec(?:ember|emeber|mber)?)(?:\.|(?![^\W\d_]))"
)
# German, French, Spanish, Italian, Portuguese, Dutch, Swedish and Catalan names (FOREIGN_MONTHS):
# "Juni", "juillet", "diciembre", "giugno", "março", "mei", "Okt.", "setembre"
TEXT_FOREIGN_MONTH = (
    r"(?:j(?:änner|anvier|uin|uillet|unio|ulio|anuar|uni|uli|aneiro|anuari|unho|ulho|anv\.?|uny|uliol|"
    r"uil\.?)|enero|"  # (and French abbreviations: "janv", "juil", "févr", "fév", "avr", "déc")
    r"f(?:ebruar|[ée]vrier|ebrero|ebbraio|evereiro|ebruari|ebrer|évr?\.?|evr\.?|ev\.?)|"
    r"m(?:ärz|aerz|ars|arzo|ai|ayo|ar[çc]o|aart|aggio|aio|ei|aja?|arts|aret|agg?\.|arç|aig)|"
    r"g(?:ennaio|iugno|enn\.|iu\.|ener)|f(?:ebbr\.)|lug\.|sett\.|ott\.|dic\.|"  # (Italian: "sett.")
    r"luglio|a(?:vril|bril|o[uû]t|gosto|prile|ugustus|ugusti|vr\.?|gustus|gost|br\.?)|o(?:ktober|kt\.?|ctobre|ctubre|ttobre|utubro)|"
    r"se(?:ptembre|ptiembre|tiembre|ttembre|tembro|tembre)|nov(?:embre|iembre|embro)|"
    r"d(?:ezember|ez\.?|[ée]cembre|iciembre|icembre|ezembro|éc\.?|esember|esembre)|"
    # Polish (POLISH_MONTHS)
    r"stycz(?:eń|nia)|lut(?:y|ego)|mar(?:zec|ca)|kwie(?:cień|tnia)|czerw(?:iec|ca)|lip(?:iec|ca)|"
    r"sierp(?:ień|nia)|wrze(?:sień|śnia)|październik(?:a)?|listopad(?:a)?|grud(?:zień|nia)|"
    # Czech (CZECH_MONTHS)
    r"led(?:en|na)|únor[a]?|břez(?:en|na)|dub(?:en|na)|květ(?:en|na)|červen(?:ec)?|června|"
    r"července|srp(?:en|na)|září|říj(?:en|na)|listopadu|prosin(?:ec|ce)|"
    # Turkish (TURKISH_MONTHS)
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    # Greek (GREEK_MONTHS)
    r"ιανου[αά]ρ[ιί]ο[υς]|φεβρου[αά]ρ[ιί]ο[υς]|μ[αά]ρτ[ιί]ο[υς]|απρ[ιί]λ[ιί]ο[υς]|"
    r"μ[αά][ιΐ]ο[υς]|ιο[υύ][νλ][ιί]ο[υς]|α[υύ]γο[υύ]στο[υς]|σεπτ[εέ]μβρ[ιί]ο[υς]|"
    r"οκτ[ωώ]βρ[ιί]ο[υς]|νο[εέ]μβρ[ιί]ο[υς]|δεκ[εέ]μβρ[ιί]ο[υς]|"
    # Russian (RUSSIAN_MONTHS)
    r"январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|"
    r"октябр[ья]|ноябр[ья]|декабр[ья]|"
    # Hindi (HINDI_MONTHS; a vowel sign or virama after it is part of a longer word, and no
    # \w: hence the Devanagari block in the look-ahead)
    r"(?:जनवरी|(?:\u095e|\u092b\u093c?)रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सित(?:ं|म्)बर|"
    r"अक्(?:टू|तू)बर|नव(?:ं|म्)बर|दिस(?:ं|म्)बर)(?![\u0900-\u097f])|"
    # Tamil (TAMIL_MONTHS; a vowel sign or virama after it is part of a longer word)
    r"(?:ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்(?:ட்|டு)|செப்டம்பர்|அக்டோபர்|"
    r"நவம்பர்|டிசம்பர்)(?![\u0b80-\u0bff])|"
    # Arabic (ARABIC_MONTHS), with the other name in brackets after it ("آذار (مارس)")
    r"(?:يناير|فبراير|مارس|[أاإ]بريل|مايو|يوني[وه]|يولي[وه]|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|"
    r"ديسمبر|كانون ال(?:ثاني|أول)|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|"
    r"تشرين ال(?:أول|ثاني))(?:\s*\([\u0600-\u06ff ]{2,14}\))?)"
    r"(?![^\W\d_])"
)
# a foreign month's name that is an English word or name too ("Mars", "Mayo", "Mei": see
# FOREIGN_MONTHS), as a pattern
_FOREIGN_WORD_TOO = rf"(?:{'|'.join(sorted(FOREIGN_MONTHS_ALSO_WORDS))})(?![^\W\d_])"
TEXT_DASHES = "-‐‑‒–—―−"
# the signs that open a list's item and are never a dash nor arithmetic ("▲ 2.25 = …", "•
# 3.7 = …"; "-5", "+3", "*1" are numbers and notes): the importer's bullets glued to a date too
ITEM_SIGNS = "•▪■●►▸▶❖◆▲△◇◈▷"
# (right after such a sign, or one or two spaces or tabs after it)
_AFTER_ITEM_SIGN = (
    rf"(?:(?<=[{ITEM_SIGNS}])|(?<=[{ITEM_SIGNS}][ \t])|(?<=[{ITEM_SIGNS}][ \t]{{2}}))"
)
# the words that join two years into one span ("1971 and 1972", "1914 und 1915", "1236 oder
# 1238": both years, or either of them; and, or in English, Italian/Portuguese, French, German,
# Spanish, Dutch, Swedish, Norwegian/Danish, Hungarian)
YEAR_PAIR_WORD = r"(?:and|or|e|o|ou|et|und|oder|y|en|och|og|eller|és|vagy)"
# the units and measures a number can be followed by that no year's end is: "1180 - 85 Prozent
# der Häuser …", "1990 - 40 per cent of …", "2001 - 12 km of road": a year, its separator and
# a figure, never the span 1180-1185 (percent in several tongues, lengths, areas, weights,
# millions; a unit of letters only as a whole word, "1914-18 Krieg" stays the span); nor is
# a figure before one a year ("In 1500 metres, Kenya's runners …")
FIGURE_UNIT = (
    r"(?:%|‰|per\s?cent|percent|pct\b|prozent|promille|pour\s?cent|por\s?ciento|por\s?cento"
    r"|per\s?cento|procent|prosent|procento|prosenttia|százalék|km²?|m²|kg|ha\b|mph"
    r"|miles?|meilen|(?:kilo)?met(?:er|re)s?|metern|yards?|feet|tonnen|tons?|tonnes?|mio\b"
    r"|mrd\b|millions?|billions?"
    r"|millionen|milliarden|millones|milioni"
    # (a counted word with its bound: "In 2000 words or fewer the pupils …", "1500 votes or
    # more", "200 men at most": a count, never a year)
    r"|[^\W\d_]+[ \t]+(?:or[ \t]+(?:fewer|less|more)|at[ \t]+(?:most|least)))(?![^\W\d_])"
)
# "1252 r. - text", "3 maja 1791 r. – text", "1945 г. - text": the word "of the year" after a
# year, shortened (Polish and Czech "r.", for "roku"; Russian "г.", for "года"), before an
# item's spaced dash or colon or at the line's end: part of the date ("1796 r . - ", its dot
# spaced as a page wrote it); lower case only ("1990 R. Smith …" is a name's initial)
_YEAR_ABBREVIATION = rf"[ \t]+(?-i:[rг])[ \t]?\.(?=[ \t]+[{TEXT_DASHES}][ \t]|[ \t]*(?::|$|\n))"
# "2014 года", "2014 г.": the Russian word for "of the year" after a year, part of the date
_YEAR_WORD = rf"(?:\s+(?:года|году|г\.)|{_YEAR_ABBREVIATION})?"
# ("14~16", "14〜16": the tilde an East Asian page writes for a span)
_RANGE = rf"(?:\s*[{TEXT_DASHES}~〜～]\s*|\s+(?:to|through|until)\s+)"
# ("1º de janeiro", "1° gennaio": the ordinal sign of Portuguese, Spanish and Italian; "1.º
# de enero", "1.° maggio": with the full stop the Spanish Academy writes before it)
_TEXT_DAY = r"\d{1,2}(?:st|nd|rd|th|\.?º|\.?°)?(?!\d)"
# ("0058 GMT", "1119 UTC": a 24-hour clock with its zone, an hour and minutes, no year)
TEXT_YEAR = r"(?:1[0-9]|2[0-9])\d\d(?!\d)(?! ?(?-i:GMT|UTC)\b)"
# a season before a split year ("winter 1834-35", "summer 2019-20", "autumn 1990/91"): the
# calendar year it falls in, the first (autumn: the start of an academic or sports year) or
# the second (winter across the turn of the year, a southern summer, spring); in English,
# Arabic, Polish and German, as _QUALIFIER below
SPLIT_YEAR_SEASONS = {
    "fall": 0, "autumn": 0, "خريف": 0,
    "winter": 1, "spring": 1, "summer": 1, "شتاء": 1, "ربيع": 1, "صيف": 1,
    # (Polish and German: "jesień 1929/30" is 1929, "zima 1929/30" 1930)
    "jesień": 0, "jesien": 0, "herbst": 0,
    "zima": 1, "wiosna": 1, "lato": 1, "sommer": 1,
    "frühling": 1, "fruhling": 1, "frühjahr": 1, "fruhjahr": 1,
}  # fmt: skip
# (and German "Anfang 1950", "Ende 6. Jh.": early, late; a century "ab" (from) it on,
# "Ab 3. Jh.", the century's own)
# (and German and Polish "mid": "Mitte Februar", "połowa lutego", the Polish only before a
# month's name: "połowa II w.", "II połowa XIX w." are a century's halves; and Arabic: early,
# the start of, mid, late, the end of, summer, spring, autumn, winter)
_QUALIFIER = (
    # (Spanish and Portuguese: "Finales de 1932", "principios de 1950", "meados de 1960")
    r"(?:(?:fin(?:ales|ais|es)|principios|comienzos|inicios|mediados|meados)\s+de(?=\s+\d)|"
    r"early|mid|mi(?=-)|mitte|anfang|ende|po[łl]owa(?=\s+[^\W\d_])(?!\s+[IVXLC]+\b)|late|spring|summer|fall|autumn|winter|"
    # (Polish and German seasons: "jesień 1905", "lato 1920", "Herbst 1905", "Frühjahr 1946")
    r"jesie[nń]|lato|zima|wiosna|herbst|sommer|fr[üu]hling|fr[üu]hjahr|"
    r"أوائل|مطلع|بداية|منتصف|أواخر|نهاية|صيف|ربيع|خريف|شتاء)"
)
# The marks of a year's era, one table for every reader of a date (the importer's and
# tables' lines, the grammar below): after Christ, of the Common Era ("372 A.D.", "618 CE";
# "800 e Kr", "9 e.Kr.", "9 e.K": Swedish, Danish and Norwegian; "647 d.C.": Portuguese,
# Spanish, Italian; "800 n. Chr.", "50 n.Chr.": German and Dutch; "476 ap. J.-C.": French)
AFTER_CHRIST = (
    r"(?:A\.D\.|C\.E\.|AD|CE|e\.?\s?Kr\.?|e\.\s?K\.?|d\.\s?C\.|n\.\s?Chr\.|ap\.\s?J\.?-C\.)"
)
# before Christ, before the Common Era ("44 BC", "2333 B.C.", "500 BCE"; "500 f.Kr.", "4000
# f.K": Norwegian, Danish, Swedish; "800 v. Chr.", "50 v.Chr.": German, Dutch; "52 av. J.-C.":
# French; "218 a. C.", "753 a.C.": Spanish, Italian, Portuguese; "500 fr. Kr.": Swedish;
# "500 przed Chr.", "500 p.n.e.": Polish; "500 př. n. l.", "500 př. Kr.": Czech): years the
# data format has not (the importer reports them)
BEFORE_CHRIST = (
    r"(?:B\.?\s?C\.?(?:E\.?)?|BCE|f\.\s?Kr?\.?|v\.\s?Chr\.?|av\.\s?J\.?-?C\.?|a\.\s?C\."
    r"|fr\.?\s?Kr\.?|przed\s+Chr\.?|p\.\s?n\.\s?e\.?|př\.\s?n\.\s?l\.?|př\.\s?Kr\.?)"
)
_ERA = rf"{AFTER_CHRIST}(?![\w.])"
# A year of another calendar beside the Western one, in brackets, after it or before it: the
# Japanese eras ("1938年 (昭和13年)", "1991 (Heisei 3)", "Heisei 3 (1991)"; era names as
# i009.net/japanera/era.html lists them, and Reiwa, the era from May 2019) and a Korean
# king's year in Hangul ("1446년 (세종 28년)"). The bracket belongs to the date: the Western
# year is read, the other reading passed over, never the entry's text. Only these marks: a
# name and a number in brackets in Latin letters ("1972 (Apollo 17)") is no calendar.
_JAPANESE_ERA = r"(?:Meiji|Taish[oō]|Sh[oō]wa|Heisei|Reiwa)"
_JAPANESE_ERA_KANJI = r"(?:明治|大正|昭和|平成|令和)"
_OTHER_CALENDAR_YEAR = (
    rf"(?:{_JAPANESE_ERA}[ \t]+(?:[1-9]\d?|gannen)(?!\d)"
    rf"|{_JAPANESE_ERA_KANJI}[ \t]*(?:[1-9]\d?|元)[ \t]*年"
    r"|[가-힣]{1,4}[ \t]*[1-9]\d?[ \t]*년)"
)
_OTHER_CALENDAR_AFTER = rf"(?:[ \t]*[(（][ \t]*{_OTHER_CALENDAR_YEAR}[ \t]*[)）])"
# ("623 n. l.", "935 n.l.", "500 po Kr.": Czech and Slovak "of our era", "after Christ"; "966
# n.e.": Polish "of our era"; in lower case, after the year only: "300 N.E. 2nd Avenue" is an
# address)
_ERA_AFTER = rf"(?:{_ERA}|(?-i:n\.\s?[le]\.|po\s+Kr\.)(?![\w.]))"
TEXT_ERA_AFTER = _ERA_AFTER  # (the importer's approximate years read the same marks)
# a year before 1000 with its era, after a day and month or a month ("February 5, 62AD",
# "December 856 AD", "5 March 373 CE"): its digits, the era passed over after them
_ERA_YEAR = rf"[1-9]\d{{0,2}}(?=\s*{_ERA_AFTER})"
# after a yearless "03.01.": the line's end, or its text glued on in capitals ("2. 5.Ungarn")
# or before a separator, a tab or a wider space, a closing bracket or emphasis ("4.8. - Text",
# "5.5.\tText", "[4.8.] Text": a list of days under a year's heading; "version 2.1. Beta", a
# plain space, stays a number; "6/21. Text", "1/16, Text": a full stop or comma, then a capital)
_GLUED_OR_ALONE = (
    r"(?-i:(?=[ \t]*(?:$|\n)|[A-ZÄÖÜ„“\"]|\t|  |[\])*]|[ \t]?(?:[:|>–—-]|/{2,3})[ \t]"
    r"|[.,][ \t]+[A-ZÄÖÜ]))"
)
# after a yearless day and month each written with two digits ("28.07.", "01.08."): a plain
# space, then the text in capitals ("– 01.08. Kriegserklärung …" under "28.07.1914"): the
# zero-padded pair is a date's, not a number's ("version 2.1. Beta" stays a number)
_PADDED_THEN_TEXT = r"(?<=(?<![\d.])[0-3]\d\.[01]\d\.)(?-i:(?=[ \t][A-ZÄÖÜ„“\"]))"
# after a year and month written with a dot ("2018.9"): the separator that opens the text
_MONTH_THEN_TEXT = r"(?=:[ \t]|[ \t][–—-][ \t])"
# a month in Roman numerals, in capitals, between a day and a year ("1 I 1860", "18.VI.1938",
# as Polish, Italian, Czech or Hungarian books write them): never alone ("Louis XIV", "World
# War I 1918" have no day before the numeral)
_ROMAN_MONTH = r"(?-i:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?![^\W\d_])"
# "X.1907", "XII.1918": a Roman month, its dot and a year, no day; the grammar never reads it
# (as _ROMAN_MONTH says); the importer reads it among a document's whole days so written
# ("12.X.1905", "15.I.1906"), see entries.years
ROMAN_MONTH_AND_YEAR = lazy_compile(rf"(?P<month>{_ROMAN_MONTH})\.(?P<year>{TEXT_YEAR})")
# "12.X.1905", "1 I 1860": a whole day with its Roman month (as the grammar reads it)
ROMAN_MONTH_DAY = lazy_compile(rf"{_TEXT_DAY}(?:\.\s?|\s+){_ROMAN_MONTH}(?:\.\s?|\s+){TEXT_YEAR}")
# "8 III - Dzień Kobiet", "1 I: Nowy Rok": a day and a Roman month with no year, then a
# separator (a calendar's feast day among its dated anniversaries: a date, never a sentence's
# rest; no year to read, see YearContext.calendar_of_days)
ROMAN_DAY_NO_YEAR = lazy_compile(rf"{_TEXT_DAY}(?:\.\s?|\s+){_ROMAN_MONTH}\.?\s*[-–—:]\s")
ROMAN_MONTHS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}  # fmt: skip
# a month's name, English or foreign
_ANY_MONTH = rf"(?:{TEXT_MONTH}|{TEXT_FOREIGN_MONTH})"
# a foreign month's name after a day's number: not a Czech nominative, which Czech writes
# before a year only ("leden 1948"; after a day the genitive, "30. ledna"): "1986 – 30 leden
# vieren feest" is Dutch, thirty members (CZECH_MONTHS' nominatives that differ from their
# genitives)
_CZECH_NOMINATIVE = (
    r"(?:leden|únor|březen|duben|květen|červen(?:ec)?|srpen|říjen|prosinec)(?![^\W\d_])"
)
_FOREIGN_MONTH_AFTER_A_DAY = rf"(?!{_CZECH_NOMINATIVE}){TEXT_FOREIGN_MONTH}"
# a lower-case "may" after a day that is the verb, not the month: "1953 – 5 may be the number",
# "3 may have been lost", "The 5 may close." (lower-case "may" IS the month in real lists,
# "30 may 1381", "5 may the king died": a year, a figure, a mark, a capital or a word a date's
# text opens with follows; any other lower-case word is the verb's infinitive, as no closed
# list of verbs can name them all)
_MAY_THE_VERB = (
    r"(?!(?-i:may)[ \t]+(?!(?-i:the|a|an|in|at|on|of|to|and|or|but|by|for|from|with|he|she|it|"
    r"they|we|i|you|his|her|its|their|our|my|this|that|these|those|there|after|before|during|"
    r"when|while|as|until|till|since|all|both|each|some|many|most|no|two|three|several)"
    r"(?![^\W\d_]))(?-i:[a-z]))"
)
# the colon after a month that opens an item's text ("Mayo: text", "Juillet : texte"), or
# ends its line with the text below ("1911" / "Juni:" / "Olympics jungfrufärd.")
_MONTH_COLON = r"[ \t]?:(?:[ \t]|[ \t]*$)"
# "Mai à octobre 2004", "mayo a octubre de 2004", "Mai bis Oktober 2004", "mei tot oktober
# 2004", "maj till oktober 2004": "to" between two months in the languages of the month names
# (as between two days, "du 5 au 21 août"), the span from the first month to the last
TO_WORD = r"(?:à|au|a|al|bis|tot|do|till?)"
# "from" before a span's first year, in English and in the languages of TO_WORD
FROM_WORD = r"(?:from|dal|dall['’]|del|da|desde|de|du|von|vom|van|vanaf|od|fra|från)"
_MONTH_TO = rf"\s+{TO_WORD}\s+(?={_ANY_MONTH})"
# a decade in words, two digits or four ("anni '50", "Anni 50':", "años 60", "années 1980",
# "anos 70": Italian, Spanish, French, Portuguese; two digits are the 1900s, as a reader
# of those languages reads them; "década de 1630": Spanish and Portuguese with their "of",
# before four digits only: "Década de 50" is a page's heading over its years as often as not)
DECADE_WORDS = r"(?:anni|años|anos|ann[ée]es|d[ée]cada\s+de(?=\s+\d{4}))"
# a century's number: "11th", "4e", "16.", "XIV", "XIVe" (see TEXT_DATE)
_ROMAN = r"(?-i:(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))"
# "70-es évek", "1980-as évek": a Hungarian decade after a comma, the second of two
# "-luku", "-luvulla", "-luvun", "-luvulta", "-luvulle", "-luvusta", "-luvussa", "-lukua":
# the Finnish word for a decade or century after its year, in its cases
_FI_DECADE = r"-lu(?:kua?|vu(?:lla|lta|lle|n|sta|ssa))"
_HU_DECADE = r"(?:\d\d)?\d0-[aeoö]?s\s+évek(?!\w)"  # ("00-s évek": no vowel)
# ("Il IX ° secolo", "L' XI ° secolo", "La XIII ° secolo": an Italian century with its article
# and the ordinal's degree sign, as a machine translation writes the heading)
_CENTURY_NUMBER = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|e|ste|de|ème|eme|\.)"
    rf"|(?:(?-i:Il|La|L['’])[ \t]?(?=[IVX]))?{_ROMAN}(?:e|ème|eme|[ \t]?°)?)"
)
# "11./12.", "Ende 8./Anfang 9.", "11th/12th": two centuries by their ordinals, the word
# "century" left out (each perhaps with its qualifier, which a span of centuries does not
# keep: "Ende 8. Jh." is the 8th century); the importer reads them only where the document's
# years around them say they are centuries (a day's "11./12. Mai" has its month)
CENTURY_ORDINALS_WITHOUT_WORD = lazy_compile(
    rf"(?:{_QUALIFIER}\s+)?(?P<first>\d{{1,2}})(?:\.|st|nd|rd|th|e|ème)[ \t]*/[ \t]*"
    rf"(?:{_QUALIFIER}\s+)?(?P<second>\d{{1,2}})(?:\.|st|nd|rd|th|e|ème)",
    re.I,
)
# the word after it, and an era after that ("4e eeuw na Christus", "16e eeuw n.Chr.")
# ("IX-X w.", "XV wiek": Polish; "1.-4.stol. n.l.", "5. století": Czech; the era "n. l.", "n.e.")
# ("7.-8. öld", "12. aldar": Icelandic)
_CENTURY_WORD = (
    r"(?:century|(?<=[^\W\d_][\s-])(?:centuries|si[èe]cles|secoli|eeuwen)|eeuw|jahrhundert|jh\.|si[èe]cle|secolo|stol\.|stolet[ií]|w\.|wiek[u]?|öld|aldar)"
    r"(?:(?<=\.)|(?![\w]))"
    r"(?:\s*(?:na\s+christus|nach\s+christus|n\.\s?chr\.|a\.d\.|ad|ce|d\.\s?c\.|"
    r"(?-i:n\.\s?[le]\.))(?![\w.]))?"
)
# a span of two ISO days or two ISO months ("2019-06 / 2019-09", "2021-01-15 - 2021-02-20",
# "2019-06/2019-09" as EDTF and Markwhen write it, "1914-07-28 ~ 1918-11-11"): the end is read,
# not left as the text's first words; a hyphen between them needs its spaces ("2021-01-15-…"
# stays a day), and both sides are the same kind, day or month
_ISO_SIDE = r"(?:1[0-9]|2[0-9])\d\d[-\u2010\u2011](?:0[1-9]|1[0-2])"
_ISO_SPAN = (
    rf"(?P<isy1>{_ISO_SIDE})(?P<isd1>[-\u2010\u2011](?:0[1-9]|[12]\d|3[01]))?(?!\d)"
    r"(?:\s*[/~〜～–—]\s*|\s+[-\u2010\u2011]\s+|\s*\.\.\s*|\s+(?:to|through|until)\s+)"
    rf"(?P<isy2>{_ISO_SIDE})(?(isd1)(?P<isd2>[-\u2010\u2011](?:0[1-9]|[12]\d|3[01]))|)(?![\d\u2010\u2011-])"
)
# an ISO day's year: four digits, a year before 1000 with its zeros ("0544-01-01", as a
# timeline tool exports the year 544: the zeros and the month and day make it a date, where
# "544" alone is a number)
_ISO_YEAR = r"(?:(?:1[0-9]|2[0-9])\d\d|0(?!000)\d{3})"
# an ISO day with its clock time ("2023-02-10 10:00am", "2023-02-10T14:30", as timeline tools
# and logs write them): the day is read, the time (finer than the data holds) dropped
_ISO_CLOCK = (
    rf"(?P<icy>{_ISO_YEAR})-(?P<icm>0[1-9]|1[0-2])-(?P<icd>0[1-9]|[12]\d|3[01])"
    r"(?:T|[ \t]+)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]?[ap]\.?m\.?)?(?!\w|:\d)"
)
# the day and month after a year and a spaced dash, each of two digits (see TEXT_DATE)
_YEAR_THEN_PADDED_DAY = (
    rf"(?:[ \t]+r\.)?[ \t]+[{TEXT_DASHES}][ \t]+"
    r"(?P<ydd>0[1-9]|[12]\d|3[01])\.(?P<ydm>0[1-9]|1[0-2])"
    rf"(?=[ \t]*(?:$|\n)|[ \t]+[{TEXT_DASHES}][ \t])"
)
TEXT_DATE = (
    r"(?:"
    # "2019-06 / 2019-09", "2021-01-15 - 2021-02-20" (see _ISO_SPAN); "2023-02-10 10:00am"
    rf"(?:{_ISO_SPAN})|(?:{_ISO_CLOCK})|"
    # "2019-12-02" (ISO day)
    # (a hyphen may be the typographic one, U+2010, or the no-break one, U+2011: "1925‑01‑01";
    # "2019-12-2", "2020-1-5": the month or day unpadded, as the argument grammar reads them)
    rf"(?:(?P<iy>{_ISO_YEAR})[-\u2010\u2011](?P<im>0?[1-9]|1[0-2])[-\u2010\u2011]"
    r"(?P<iday>0?[1-9]|[12]\d|3[01])(?!\d))"
    # "19140628 – text": ISO 8601's basic form, year, month and day glued in eight digits
    # (as a list copied from a register or a database writes them); read only before a
    # spaced dash or a colon and the text, or the other separators of an item's date, a
    # tab or a full stop and a space ("19681221\tApollo …", "19681221. Apollo …"):
    # "19140815" alone, or "20190101 rows", is a number
    rf"|(?:(?P<by>(?:1[0-9]|2[0-9])\d\d)(?P<bm>0[1-9]|1[0-2])(?P<bd>0[1-9]|[12]\d|3[01])"
    rf"(?=[ \t]+[{TEXT_DASHES}][ \t]+\S|[ \t]?:[ \t]+\S|\t+\S|\.[ \t]+\S))"
    # "2019년 9월 24일", "1950年6月25日", "1950년": a Korean, Chinese or Japanese date
    rf"|(?:(?P<cjkopen>{_OTHER_CALENDAR_YEAR}[ \t]*[(（][ \t]*(?={TEXT_YEAR}\s*[년年][ \t]*[)）]))?"
    rf"(?P<cy>{TEXT_YEAR})\s*[년年](?:\s*(?P<cm>1[0-2]|0?[1-9])\s*[월月]"
    r"(?:\s*(?P<cd>3[01]|[12]\d|0?[1-9])\s*[일日])?)?"
    # ("1910年8月29日(月)〜1945年9月2日(日)": from one whole day to another, a weekday in
    # brackets after the first)
    r"(?(cd)(?:(?:\s*[(（][月火水木金土日월화수목금토일][)）])?\s*[〜～~∼]\s*"
    rf"(?P<cye>{TEXT_YEAR})\s*[년年]\s*(?P<cme>1[0-2]|0?[1-9])\s*[월月]"
    r"\s*(?P<cde>3[01]|[12]\d|0?[1-9])\s*[일日])?|)(?(cjkopen)[ \t]*[)）]))"
    # "6월24일", "1月30日~31日", "8月30日~9月2日": a Korean, Chinese or Japanese day without its
    # year (the year from a heading, "◇2017년", or a table's year cell), one day or a span
    rf"|(?:(?P<km>1[0-2]|0?[1-9])\s*[월月]\s*(?P<kd>3[01]|[12]\d|0?[1-9])\s*[일日]"
    rf"(?:\s*[{TEXT_DASHES}~〜～∼]\s*(?:(?P<km2>1[0-2]|0?[1-9])\s*[월月]\s*)?"
    r"(?P<kd2>3[01]|[12]\d|0?[1-9])\s*[일日])?)"
    # "▲ 2.25 = text", "▲ 2.20∼25 = text": a month and day with a dot before " = ", as Korean
    # news agencies' chronologies (일지) write them under a year's heading; without the "="
    # "2.25" stays a number, and without an item's sign before it ("1.10 = one euro in
    # dollars", a table of rates or versions under a year: numbers, never January 10)
    rf"|(?:{_AFTER_ITEM_SIGN}(?P<km3>1[0-2]|0?[1-9])\.(?P<kd3>3[01]|[12]\d|0?[1-9])"
    r"(?:\s*[~〜～∼]\s*(?P<kd4>3[01]|[12]\d|0?[1-9]))?(?=[ \t]*=[ \t]))"
    # "1950/03/10", "1949/12", "2019.12.07" (year first, as in the argument grammar; with
    # dots a whole day, or a month only before a separator that opens the text: "2018.9:
    # text", "2021.10 – text", a list of months; "1994.5" or "2018.9 points" is a number)
    rf"|(?:(?P<sy>{TEXT_YEAR})(?:/(?P<sm>0?[1-9]|1[0-2])(?:/(?P<sd>0?[1-9]|[12]\d|3[01]))?"
    rf"|\.(?P<dm>0?[1-9]|1[0-2])(?:\.(?P<dd>0?[1-9]|[12]\d|3[01])|{_MONTH_THEN_TEXT})"
    # ("1945 r. - 08.05 - text", "1945 r. - 09.05" alone: the year, "r." of Polish and Czech
    # "roku", a spaced dash, then the day and month each of two digits with a dot, as a
    # local chronicle writes its days; only where the line ends or a spaced dash follows:
    # "1990 - 12.05 points" stays a year)
    rf"|{_YEAR_THEN_PADDED_DAY})"
    r"(?![\d/]|\.\d))"
    # "02.2008 |", "11.1989: text": a month and its year with a dot, the month of two digits,
    # where the line (or a table's cell) ends or a separator follows ("12.1999 euros" and
    # "3.2019" stay numbers)
    rf"|(?:(?P<dm0>0[1-9]|1[0-2])\.(?P<sy2>{TEXT_YEAR})(?=[ \t]*(?:$|\n|\|)|{_MONTH_THEN_TEXT}))"
    # "25/12/2019", "12/25/2019": day and month in the order the document shows (see
    # YearContext.numeric_order); with a two-digit year ("7/7/40") no date is read
    # ("2-3/12/1984": a night's two days, the day first; read only where the document's
    # numeric dates are so)
    # ("17 a 19/4/1961", "17 al 19/4/1961": the span's word in Spanish)
    rf"|(?:(?P<nd1>0?[1-9]|[12]\d|3[01])(?:(?:-|\s+al?\s+)(?P<ndd>0?[1-9]|[12]\d|3[01]))?"
    # ("6/22: text", "6/22" alone: a day and month without the year, under a year's or a
    # month's heading, where the line ends or a separator follows, as "4.8." below)
    # ("10/16/25": a two-digit year, read only where the document writes the century's
    # years in full, "October 16, 2025", see YearContext.century)
    rf"/(?P<nd2>0?[1-9]|[12]\d|3[01])(?:/(?P<ny>{TEXT_YEAR})"
    r"|/(?P<ny2>\d\d)(?![\d/]|\.\d)(?(ndd)(?!))|(?(ndd)(?!)|"
    rf"{_GLUED_OR_ALONE})))"
    # "26.04.1986": with dots, day first (as the argument grammar reads "02.12.2019");
    # "12.-15.6.1989", "10./11.9.1989": two days of a month; "03.01." and "2. 5.Ungarn" (a
    # German chronicle's day and month, the year from its heading) only where the line ends
    # or the text follows glued in capitals: "3.4. and" or "1.2.3" stay numbers
    # ("26.04-04.05.1986", "27.04.-5.5.1986": days of two months, each with its month)
    # ("17-19.4.1961": the first day's dot left out before the dash)
    rf"|(?:(?P<pd>0?[1-9]|[12]\d|3[01])(?:\.|(?=[{TEXT_DASHES}]\d{{1,2}}\.\d))"
    rf"(?:(?:(?P<pm0>0?[1-9]|1[0-2])\.?)?"
    rf"[{TEXT_DASHES}/](?P<pd2>0?[1-9]|[12]\d|3[01])\.)?"
    # ("11. 6. 1157", "28. 10. 1237": a space after each dot, as German writes it; the year's
    # space only where the month has one before it)
    rf"(?:(?P<psp>[ \t])|\s)?(?P<pm>0?[1-9]|1[0-2])\."
    rf"(?:(?(psp)[ \t]?|)(?P<py>{TEXT_YEAR})(?![\d.]\d)|{_GLUED_OR_ALONE}"
    rf"|{_PADDED_THEN_TEXT}))"
    # "1994, July 8", "1895, Apr", "2016        Jan 7", "2008; September 15" (a semicolon as
    # the comma)
    "|"
    # ("2011 11 March": a year, then the day and month, as an e-book's timeline writes them;
    # "1621, 4 juni", "1871, 18. Januar": a foreign month after its day)
    # ("1990:     January 10 Warner …": a year's colon, then a month and its day, the text
    # after it; after a colon the day must be there, "1990: January saw …" stays a year's
    # text, and "1958: 1 February: text" a year's label over its day's item; nor a lower-case
    # word after the day: "2001: September 11 attacks", "1776: July 4 celebrations" are a year's
    # title that names a day, not that day's entry)
    # ("1815 – 18 June text", "1167 – 7 aprile text": a year, a spaced dash, then its day and
    # month, never the span 1815-1818; the day must be there, "1990 – June text" stays a
    # year's text, and after "1805 – December 2" no lower-case word, as after a colon)
    # ("1940, December, 24 – text", "1940, டிசம்பர், 24 – text": a year, its month and its day,
    # each set off by a comma, a separator or the line's end after the day; a foreign month
    # so only before its comma and day: "1994, July, 8 people …" stays the month)
    rf"(?:(?P<ylead>{TEXT_YEAR})(?:(?P<ylc>,)\s*|;\s*|\s+|(?P<ycolon>:)[ \t]*"
    # ("1964 -1 December,National …": the dash glued to the day, as a list's item sign)
    rf"|(?P<ydash>[ \t]+[{TEXT_DASHES}](?:[ \t]+|(?=\d{{1,2}}\.?\s+{_ANY_MONTH}))))"
    rf"(?:(?P<dlead0>{_TEXT_DAY})\.?\s+{_MAY_THE_VERB}(?={_ANY_MONTH}))?"
    rf"(?P<mlead>{TEXT_MONTH}|(?(dlead0){_FOREIGN_MONTH_AFTER_A_DAY}|(?(ydash)(?P<ydfm>(?P<ydfw>{_FOREIGN_WORD_TOO})|(?!{_FOREIGN_WORD_TOO}){TEXT_FOREIGN_MONTH})|"
    rf"(?(ylc)(?!{_FOREIGN_WORD_TOO}){TEXT_FOREIGN_MONTH}(?=,[ \t]*\d)|(?!)))))"
    rf"(?(dlead0)|(?:(?(ylc)(?P<mlc>,)?)\s*(?P<dlead>{_TEXT_DAY})"
    rf"(?(mlc)(?=[ \t]*(?:$|\n|[:;,)]|[{TEXT_DASHES}][ \t]))))?)"
    r"(?(ycolon)(?(dlead0)(?!)|(?<=\d)(?![ \t]*:)(?![ \t]+(?-i:[a-z])))"
    # ("1850 – May: text", "1850 - Mai" alone: after the dash a month and no day, then the
    # line's end or a separator, is that month of the year)
    r"|(?(ydash)(?(dlead0)|(?:(?<=\d)(?![ \t]*:)(?![ \t]+(?-i:[a-z]))"
    # (a foreign month alone before a colon is a label, as "2020 - Mars: the rover …" in an
    # English list is the planet: layouts45's rule; "1850 - Mai" ending its line, or before a
    # dash, is May; one that is an English word or name too only ending its line: "1965 -
    # Mars - Mariner 4 …" in a list of missions is the planet, as "2020 - Mars: …" is)
    rf"|(?<!\d)(?(ydfw)(?=[ \t]*(?:$|\n))|(?(ydfm)(?=[ \t]*(?:$|\n|[{TEXT_DASHES}][ \t]))"
    rf"|(?=[ \t]*(?:$|\n|:[ \t]|[{TEXT_DASHES}][ \t])))))))))"
    # "372 A.D.", "AD 935", "618 CE": a year before 1000 needs its era
    # ("1397 CE - 1450 CE": a span of years, each with its era, read below as a span)
    # ("623-624 n.l.", "833-836 n.l.": a span of years before its era, the end after the start)
    rf"|(?:(?!{TEXT_YEAR}\s*{_ERA}\s*[{TEXT_DASHES}]\s*{TEXT_YEAR})(?P<yera>\d{{1,4}})"
    # ("863(4) n.l.": a year and its other reading in brackets, its last digits: either year,
    # the span from one to the other, as "1236 oder 1238")
    # ("711 (n.Chr.)", "79 (AD)": the era in brackets)
    rf"(?:[{TEXT_DASHES}](?P<yeraend>\d{{1,4}})|\((?P<yeraalt>\d{{1,2}})\))?(?:\.(?=\s))?"
    rf"(?:\s*{_ERA_AFTER}|\s*\(\s*{_ERA_AFTER}\s*\))"
    # ("AD 1642-44", "AD 1642–1644": a span after the era, its end of two or four digits)
    rf"|{_ERA}\s*(?P<yera2>\d{{1,4}})(?:(?P<edecade>s)|[{TEXT_DASHES}](?P<eraend>\d\d(?:\d\d)?))?"
    rf"(?![\d]))"
    # "1985 (Dec 12)", "1985 (Dec)", "1961 (February 11 and 12)", "1970 (May 4-5)", "2006
    # (juin)" (a foreign month's name too; "1938 (18
    # VI)", "1938 (11–13 III)": the day, or two, before a Roman month; "1117 (3 gennaio)",
    # "1456 (4-5 dicembre)", "1914 (28. Juni)": before a month's name)
    rf"|(?:(?P<yp>{TEXT_YEAR})\s*\(\s*(?:(?P<mp>{TEXT_MONTH}|{TEXT_FOREIGN_MONTH})"
    rf"\s*(?:(?P<dp>{_TEXT_DAY})(?:\s*(?:[{TEXT_DASHES}]|and|&)\s*(?P<dp2>{_TEXT_DAY}))?)?"
    rf"|(?P<dpr>{_TEXT_DAY})(?:\s*[{TEXT_DASHES}]\s*(?P<dpr2>{_TEXT_DAY}))?"
    rf"\.?\s*(?P<mpr>{_ROMAN_MONTH}|{_ANY_MONTH})"
    # ("1936 (25 X i 25 XI)": two days, each with its month: from the first to the last)
    rf"(?:\s+(?:i|and|et|und|y|e)\s+(?P<dpr3>{_TEXT_DAY})\.?\s*(?P<mpr2>{_ROMAN_MONTH}))?)"
    r"\s*\))"
    # "New Year's Day", "Christmas Eve, 2019": a holiday on a fixed day of the year
    rf"|(?:(?P<holiday>new\s+year[’']?s\s+(?:day|eve)|christmas\s+(?:day|eve))(?![\w’'])"
    rf"(?:,?\s+(?P<hy>{TEXT_YEAR}))?)"
    # "Nov. 30, 2019", "Dec. 28-31, 2019", "Nov. 30–Dec. 2, 2019", "Dec. 31, 2020 to Jan. 2, 2021"
    # ("January the 3rd of 1946": the day with "the", the year with "of")
    rf"|(?:(?P<m1>{TEXT_MONTH})\s*(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?P<d1>{_TEXT_DAY})"
    rf"(?:,?\s*(?:of\s+)?(?P<y1>{TEXT_YEAR}|{_ERA_YEAR})(?:\s*{_ERA_AFTER})?)?"
    # ("Jan. 9 – 7,100 people …": a count's thousands after the dash, no span's end; after
    # a year the end names its month, "June 27, 2005 – 39 workers" is no span)
    # ("July 5, 1201 and/or May 20, 1202": either of two whole days, the span between them)
    rf"(?:(?:{_RANGE}|(?(y1)\s+(?:and/or|or)\s+(?={TEXT_MONTH}\s*{_TEXT_DAY},?\s*{TEXT_YEAR})|(?!)))"
    rf"(?(y1)(?={TEXT_MONTH}))(?:(?P<m2>{TEXT_MONTH})\s*)?(?P<d2>{_TEXT_DAY})"
    rf"(?!,\d{{3}}(?!\d))"
    rf"(?:,?\s*(?P<y2>{TEXT_YEAR}))?"
    # "May 14/15, 1982", "June 11,12, 1982": a night's two days (the year must follow; with
    # a slash, "September 25/26" at the line's end or before its separator, the year from the
    # document, as "September 25-26"; "February 11 & 12, 1961", "May 3 and 4, 1990": two
    # days joined by "&" or "and", the year following them; with no year, "April 2 and 3:
    # text", "On April 2 and 3, the union …", before a separator, the line's end or a comma
    # and a lower-case word, the year from the document, as "April 2-3": never "May 2 and 3
    # people …", a count)
    rf"|(?<=\d)(?:/|,\s?|\s*&\s*|\s+and\s+)(?P<nightd2>{_TEXT_DAY})(?:,?\s*(?P<nighty>{TEXT_YEAR})"
    r"|(?:(?<=/\d)|(?<=/\d\d))(?=[ \t]*(?:$|[:–—]|-[ \t]))"
    r"|(?:(?<=[ \t]and[ \t]\d)|(?<=[ \t]and[ \t]\d\d)|(?<=&[ \t]\d)|(?<=&[ \t]\d\d))"
    r"(?=[ \t]*(?:$|[:–—]|-[ \t])|,[ \t]+(?-i:[a-z]))))?)"
    # "11th century", "Late 19th-century": a century by its ordinal; in other languages
    # "4e eeuw na Christus", "16. Jahrhundert", "XIVe siècle", "XIV secolo", "siglo XV", and
    # a span of two, "XIV – XV secolo", "14th-15th century"
    # ("16-18th centuries": the first of two written bare, its ordinal after the second)
    rf"|(?:(?:(?P<cq>{_QUALIFIER}|ab)[\s-]+)?"
    # ("11 wiek": the Polish word after a bare number, as a machine translation writes it)
    rf"(?P<cent>{_CENTURY_NUMBER}|\d{{1,2}}(?=\s*[{TEXT_DASHES}]\s*\d{{1,2}}(?:st|nd|rd|th)[\s-]+centuries)"
    r"|\d{1,2}(?=[ \t]+wiek(?!\w)))"
    # ("I wiek - V wiek", "19th century - 20th century": the word after each of the two)
    rf"(?:(?:[ \t]+{_CENTURY_WORD})?\s*[{TEXT_DASHES}/]\s*(?P<cent2>{_CENTURY_NUMBER}))?"
    rf"(?:[\s-]+|(?<=\d\.)){_CENTURY_WORD}"
    # ("siglo XIV - siglo XV": the word before each of the two, as "I wiek - V wiek" after)
    rf"|(?:siglo|s[ée]culo|secolo)\s+(?P<cent3>{_ROMAN})"
    rf"(?:\s*[{TEXT_DASHES}]\s*(?:(?:siglo|s[ée]culo|secolo)[ \t]+)?(?P<cent4>{_ROMAN}))?"
    rf"(?![\w.])(?:\s+{_ERA})?)"
    # day first: "27 July – 2 August 1953", "30 Nov 2019 – 2 Dec 2019"
    # ("Between 25 jun 1381 and 26 jun 1381": "between" one day "and" another, the span;
    # "24 ottobre/12 novembre": a slash between two whole days, each with its month, as the
    # argument grammar reads it)
    rf"|(?:(?P<between>between\s+)?(?P<fd1>{_TEXT_DAY})\.?\s*(?P<fm1>{TEXT_MONTH}|{_FOREIGN_MONTH_AFTER_A_DAY}),?"
    rf"(?:\s*(?P<fy1>{TEXT_YEAR}))?(?(between)\s+and\s+|(?:{_RANGE}|[ \t]?/[ \t]?(?=\d)))"
    # ("3 July – October 2023": a day to a month, the year written after the month)
    rf"(?:(?P<fd2>{_TEXT_DAY})\.?\s*)?(?P<fm2>{TEXT_MONTH}|{TEXT_FOREIGN_MONTH}),?"
    rf"(?:\s*(?P<fy2>{TEXT_YEAR}))?(?(fd2)|(?<=\d)))"
    # day first: "27 July 1953", "7 February", "7-9 February 2002", "22Oct1994"
    # ("25-Jun-1950", "25/Jun/1950": a data export's day, month and year)
    # ("the 25th of June 1950"; German, French, Spanish …: "25. Juni 1950", "1er janvier",
    # "25 de junio de 1950"; a day with a dot must not be a list's number before a
    # month-first date, "1. May 5")
    rf"|(?:(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\s+of\s))?(?P<gd1>{_TEXT_DAY})(?:(?<=1)er)?"
    # "28 & 29", "18/19 June", "9./10. November" (German: each day with its dot); "17 e 21 de
    # março", "5 y 6 de mayo", "3 et 4 mars", "3. und 4. März", "3 en 4 mei", "3 i 4 maja":
    # "and" in the languages of the month names (two days read as the span from one to the other)
    # ("5 a 21 de agosto", "dal 5 al 21 agosto", "du 5 au 21 août", "5. bis 21. August", "5 tot
    # 21 mei", "5 do 21 sierpnia", "5 till 21 augusti": "to" in those languages)
    # ("17. - 19. Januar 1961", "3.–5. März": each day with its dot around a dash)
    rf"(?:(?:{_RANGE}|\.{_RANGE}(?=\d{{1,2}}\.)"
    rf"|\.?\s+(?:and|e|y|et|und|en|i|a|al|au|bis|tot|do|till?)\s+|\s*&\s*|\.?/)"
    rf"(?P<gd2>{_TEXT_DAY}))?"
    # (Catalan elides "de" before a vowel: "1 d'octubre de 2017", "11 d'agost")
    rf"(?:(?P<gdot>\.)?(?P<gcomma>,)?\s*(?:(?:of|de)\s+|d['’](?=[aeiouàèéíòóú]))?|(?P<gsep>[-/]))"
    rf"{_MAY_THE_VERB}(?P<gm>{TEXT_MONTH}|{_FOREIGN_MONTH_AFTER_A_DAY}),?(?(gdot)(?![.,]?\s*\d{{1,2}}(?!\d)))"
    rf"(?:(?(gsep)(?P=gsep)|\s*(?:de\s+)?)(?P<gy>{TEXT_YEAR}|{_ERA_YEAR})"
    rf"(?:\s*{_ERA_AFTER})?{_YEAR_WORD})?(?(gsep)(?<=\d))"
    rf"(?(gcomma)(?<=\d)))"  # (with its year: "2, September, 2016")
    # "1 I 1860", "18.VI.1938", "11-13 III 1938": a day, a Roman month and the year
    rf"|(?:(?P<rd1>{_TEXT_DAY})(?:\s*[{TEXT_DASHES}]\s*(?P<rd2>{_TEXT_DAY}))?(?:\.\s?|\s+)"
    rf"(?P<rm>{_ROMAN_MONTH})(?:\.\s?|\s+)(?P<ry>{TEXT_YEAR})"
    # ("17.VII.1945-02.VIII.1945": from one such day to another, each whole)
    rf"(?:\s*[{TEXT_DASHES}]\s*(?P<rd3>{_TEXT_DAY})(?:\.\s?|\s+)(?P<rm2>{_ROMAN_MONTH})"
    rf"(?:\.\s?|\s+)(?P<ry2>{TEXT_YEAR}))?(?:{_YEAR_ABBREVIATION})?)"  # ("3 V 1809 r. - text")
    # "March 2020", "April/May 2020", "Late December 2019", "June" (the year from a heading)
    # "September 1941 – January 1944": a span of months with a year on each side
    # ("Dezember 1948", "juillet 1950": a foreign name with its year)
    rf"|(?:(?:(?P<mq>{_QUALIFIER})[\s-]+)?"
    # (a foreign name alone on its line is a month too, "Juillet" under "2014"; and a list's
    # month marker, "Mars 2014--", its double dash at the line's end: "Mars 2020" alone
    # stays the mission)
    # ("Septiembre: text", "Mayo: text" under "== 1985": a foreign month with its colon or
    # a spaced dash, "Avril - texte";
    # "sept.-déc., text", "mars-juil.": a span of two foreign months; "mi-juil., text": a
    # month that is no name, with its comma)
    # ("mars 1507 – …", "mayo 1921: …": a name's word written small is the month: a name
    # is written with its capital, "Mars 2020", "Mayo", "MARS")
    rf"(?P<mo1>{TEXT_MONTH}|(?!(?=(?-i:[A-Z]))(?:mars|mayo|avril|abril|julio|marco|mei|maja))"
    rf"{TEXT_FOREIGN_MONTH}"
    # ("Diciembre,1991": the comma glued to the year, as "December,1991" below)
    rf"(?=,?\s+(?:de\s+)?{TEXT_YEAR}|[-/]\d{{4}}(?![\d/-])|,\d{{4}}(?![\d.,/-])"
    rf"|\s*$|,[ \t])|{TEXT_FOREIGN_MONTH}"
    # ("lipiec/sierpień 1410 -": two foreign months with a slash, as "July/August 1410")
    rf"(?=\s+{TEXT_YEAR}\s*--\s*$|{_MONTH_COLON}|(?:{_RANGE}|[ \t]?/[ \t]?){_ANY_MONTH}|{_MONTH_TO}"
    r"|[ \t][–—-][ \t])"
    # ("ENERO . Fuerzas …": a foreign name in capitals with a spaced full stop, as a printed
    # chronology writes its days, "16 ENERO . text", or "JUNIO ." with no text; the importer
    # reads it so only where the document does: see entries.starts)
    rf"|(?=(?-i:[^\W\da-zß-ÿ_]{{3,}})[ \t]\.(?:[ \t]|\s*$)){TEXT_FOREIGN_MONTH}"
    # ("Julio de 1955", "Mayo de 1968": a month that is a name too, with "de" and its year)
    # (or glued to its year by a slash or a hyphen, "abril/2019", "mars/2020", "avril-2020",
    # as Portuguese pages and spreadsheets write a month: a name is never so glued; without
    # them the argument grammar read "mars/2020" as from March to 2020's end, the importer
    # no date at all)
    rf"|(?=(?:mayo|abril|julio|marco|março)\s+de\s+{TEXT_YEAR}"
    rf"|(?:mars|mayo|avril|abril|julio|marco|mei|maja)[-/]\d{{4}}(?![\d/-])){TEXT_FOREIGN_MONTH}"
    # ("ABRIL", "MAYO", "MARS" alone on a line in capitals: a month's heading in a review of
    # the year, as "Abril" or "Mars" in a sentence is a name)
    rf"|(?-i:(?:ABRIL|AVRIL|MAYO|MARS|JULIO|MAR[ÇC]O|MEI|MAJA)(?=[ \t]*(?:$|\n))))"
    # ("March, April, June 2019": a list of months before their year, read as the span from
    # the first to the last)
    rf"(?:(?:(?:,?\s+(?P<moy1>{TEXT_YEAR}))?(?:\s*(?:/|{_RANGE})\s*|{_MONTH_TO})"
    rf"|(?:,\s*{TEXT_MONTH})*(?:,\s*(?:and\s+)?|\s+and\s+)(?={TEXT_MONTH},?\s+{TEXT_YEAR}))"
    rf"(?P<mo2>{_ANY_MONTH}))?"
    # ("Jan-2020", "Juin-2021": a month, a hyphen and its year, as a spreadsheet writes a
    # month; never a two-digit year, "Jan-20", which may be the 20th; "março/2020", "jan/2021":
    # a slash, as Portuguese and Brazilian pages write a month, never "3/2020", a number)
    # ("July1930", "December1960": a month's name glued to its year, as a web page's date
    # cell loses the space; the four digits whole, "June27, 1945" is a day)
    # ("December,1991": a comma glued to the year, as "12,December,1963" writes the day)
    rf"(?:(?:,?\s+(?:de\s+)?|[-/](?=\d{{4}}(?![\d/-]))|,(?=\d{{4}}(?![\d.,/-]))"
    rf"|(?<=[^\W\d_])(?=\d{{4}}(?![\d-])))"
    rf"(?P<moy>{TEXT_YEAR}|{_ERA_YEAR})(?:\s*{_ERA_AFTER})?{_YEAR_WORD}"
    # ("únor 1948 - 1989", "February 1948 – 1989": a month and its year to a later year, the
    # span from that month to the year's end, as "1864—1 Jan 1867" is a year to a day)
    rf"(?:\s*[{TEXT_DASHES}]\s*(?P<moyend>{TEXT_YEAR})(?![\d./-]))?)?)"
    # "anni '50", "años 60", "années 1980": a decade in words
    rf"|(?:{DECADE_WORDS}\s+['’]?(?P<wdecade>(?:1[0-9]|20)\d0|[1-9]0)['’]?(?![\w'’]))"
    # "195?", "18??": a year whose last digit, or two, the writer did not know: the decade
    # (or the century) those digits leave open
    # ("10xx: text", "130x – text": the unknown digits written as x, a century or a decade,
    # only where a separator or the line's end follows: "130x magnification" is a figure;
    # "5xx:", before 1000, is read as the document's three-digit years are, see the importer)
    r"|(?:(?P<yunk>(?:1[0-9]|20)\d\?|1[0-9]\?\?"
    rf"|(?:1[0-9]|20)(?:\dx|xx)(?=[ \t]*(?:[:|]|[{TEXT_DASHES}](?:[ \t]|$)|$)))"
    r"(?![\w?]))"
    # "2020-W01", "2020W53": an ISO week (its seven days, as the argument grammar reads it)
    rf"|(?:(?P<wy>{TEXT_YEAR})-?(?-i:W)(?P<wn>\d\d?)(?![\w-]))"
    # "Q1 2020", "2020 Q3", "third quarter of 2019": a quarter of a year (its three months)
    # ("3Q 2021", "2021 3Q": the number first, as financial reports write it; "Q3 - 2023", a
    # spaced dash between; "H1 2020", "1H 2020", "2020 H2", "first half of 2020": a half of
    # the year, its six months; see QUARTER_WORDS and HALF_WORDS)
    rf"|(?:(?:Q(?P<qn>[1-4])|(?P<qn3>[1-4])Q"
    rf"|(?P<qword>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?"
    rf"|H(?P<hn>[12])|(?P<hn2>[12])H|(?P<hword>first|second|1st|2nd)\s+half(?:\s+of)?)"
    rf"(?:,?\s*|\s*[{TEXT_DASHES}]\s*)(?P<qy>{TEXT_YEAR})"
    rf"|(?P<qy2>{TEXT_YEAR})\s*[-–]?\s*(?:Q(?P<qn2>[1-4])|(?P<qn4>[1-4])Q|H(?P<hn3>[12]))"
    rf")(?![\w])"
    # "1864—1 Jan 1867", "1914 - 11 November 1918": a year to a whole day (its day, month and
    # year), the span from the year's start to that day
    # ("1964 to 3 May": "to" a day of no year, that of the year before it; with a dash,
    # "1964 – 3 May", the day of the year, read above)
    rf"|(?:(?P<yfd>{TEXT_YEAR})(?:\s*[{TEXT_DASHES}]\s*|\s+(?P<yfdto>to|through|until)\s+)"
    rf"(?P<yfdd>{_TEXT_DAY})\.?\s*(?P<yfdm>{TEXT_MONTH}|{_FOREIGN_MONTH_AFTER_A_DAY})"
    rf"(?:,?\s*(?P<yfdy>{TEXT_YEAR})|(?(yfdto)(?![\w.,]*\s*\d)|(?!))))"
    # "1945", "1950-53", "1924-7", "2013–2014", "1970s", "Late 2019", "Mid-1990s", "2000 CE",
    # "935-1392" (a year before 1000 is read without its era where a span's end says so)
    # ("from 1388 to 1390", "FROM 1388 TO 1390" as GEDCOM writes it: the span of years)
    # ("Dal 1903 al 1906", "Desde 1936 a 1939", "Von 1909 bis 1911", "Van 1940 tot 1945",
    # "Od 1939 do 1945": the same in the languages of TO_WORD)
    rf"|(?:(?:(?P<yq>{_QUALIFIER})[\s-]+"
    rf"|{FROM_WORD}\s+(?={TEXT_YEAR}\s+(?:to|through|until|{TO_WORD})\s+{TEXT_YEAR})"
    # ("Heisei 3 (1991)": another calendar's year first, the Western year in brackets)
    rf"|(?P<eraopen>{_OTHER_CALENDAR_YEAR}[ \t]*[(（][ \t]*(?={TEXT_YEAR}[ \t]*[)）])))?"
    # ("800-950 AD", "43 - 410 CE": a span of years before 1000, its era after the end;
    # "200-talet", "900-tallet": a century of three digits in Swedish, Danish or Norwegian)
    # ("141 or 142AD", "863 oder 864 n. Chr.": either of two years before 1000, the era after
    # the second)
    rf"(?P<ya>{TEXT_YEAR}|[1-9]\d\d(?=\s*[{TEXT_DASHES}]\s*(?:{TEXT_YEAR}|[1-9]\d\d\s*{_ERA}))"
    rf"|[1-9]\d{{0,2}}(?=\s+{YEAR_PAIR_WORD}\s+[1-9]\d{{0,2}}\s*{_ERA})"
    rf"|[1-9]\d?(?=\s*[{TEXT_DASHES}]\s*[1-9]\d\d?\s*{_ERA})|[1-9]00(?=-tal|-lu[kv])"
    # ("750s", "850s": a decade of a three-digit year)
    r"|[1-9]\d0(?=s(?!\w)))"
    rf"(?:\s*{_ERA})?(?(eraopen)[ \t]*[)）])"
    # ("1950-talet", "1900-tallet": Scandinavian; "1970ˢ", a superscript s; "1960er Jahre",
    # "1960er-Jahre", "1960er": German; "1840's", a decade with an apostrophe, after a 0)
    # ("1960-as évek": Hungarian, "the years of the sixties"; "1960-as, 70-es évek": two
    # decades, read as the span from the first to the end of the last)
    # ("1690-luku", "1690-luvulla", "1800-luvun": Finnish, a decade, or the century where
    # the year ends in 00, as "1200-talet")
    rf"(?P<decade>s|(?<=0)['’]s(?!\w)|ˢ|-tal(?:l?et)?(?!\w)|{_FI_DECADE}(?!\w)"
    rf"|er(?:[\s-]?Jahren?)?(?!\w)"
    rf"|-[aeoö]?s\s+évek(?!\w)|-[aeoö]?s(?=,\s*{_HU_DECADE}))?"
    # ("1500s AD", "Late 1500’s AD": a decade or century with its era after it)
    rf"(?(decade)(?:\s*{_ERA})?)"
    # ("1176./1192": a chronicle's year with its full stop, then the slash to the end year)
    rf"(?:(?:\s*[{TEXT_DASHES}/]\s*|\./(?=\d)|[{TILDES}]|,\s*(?={_HU_DECADE})"
    # ("1971 and 1972": both years; "1348 e 1349", "1914 und 1915": the same in other tongues;
    # "1236 oder 1238", "1167 - und 1181": either year, or a dash before the word, as a
    # chronicle's list writes it: the span from one to the other)
    rf"|\s+(?:[{TEXT_DASHES}]\s+)?{YEAR_PAIR_WORD}\s+(?={TEXT_YEAR}|[1-9]\d{{0,2}}\s*{_ERA})"
    # ("1536 & 1543": two years of two events, the first read, the second in the note)
    rf"|[ \t]*(?P<yamp>&)[ \t]*(?={TEXT_YEAR})"
    # ("1913, 1914: text": two years with a comma, then the item's colon; two years running
    # are the span of both, as "1913 and 1914"; others, "1914, 1918:", the first, the second
    # said, as "849, 858:" and "1536 & 1543" are read; "1536, 1579" alone on its line, the
    # text below, the same; the item's spaced dash as its colon, "1953, 1954 – text")
    rf"|(?P<ycomma>,)[ \t]*(?={TEXT_YEAR}[ \t]*(?::(?:\s|$)|$|[ \t][{TEXT_DASHES}][ \t]))"
    # ("2015 to 2017", "1939 through 1945": a span of years in words, its end in full)
    rf"|\s+(?:to|through|until)\s+(?={TEXT_YEAR}(?![\d.,]\d))"
    # ("1167 bis 1191", "1936 a 1939", "1940 tot 1945", "1939 do 1945": the same in the
    # languages of the month names, their word for "to" between two months above; a year
    # with a hyphen and a word after it is no span's end: "1990 a 2000-strong crowd"; nor,
    # after "a" (the English article too), one with a word in lower case after it: "1995 a
    # 2000 page report is published" is a count)
    rf"|\s+(?:(?!a\s){TO_WORD}|a(?=\s+{TEXT_YEAR}(?![ \t]+(?-i:[a-z]))))"
    rf"\s+(?={TEXT_YEAR}(?![\d.,]\d|[-\u2010]\w)))"
    # ("800-1050 e Kr"; "1820's and 1830's")
    # ("1951 – 2 reti in 10 partite", "1990 – 3 goals": after a spaced dash, one digit and a
    # word in lower case are a count, not the span's last year)
    rf"(?P<yb>\d{{4}}|(?<![\d])[1-9]\d\d(?=\s*{_ERA})|(?:\d\d|\d)(?!\d)(?!\s*{FIGURE_UNIT})"
    rf"(?:(?<![{TEXT_DASHES}]\s\d)|(?![ \t]+(?-i:[a-zß-öø-ÿ]))))"
    r"(?!\d|\.\d)"
    rf"(?P<bdecade>(?:(?<=0)['’])?s(?!\w)|-[aeoö]?s\s+évek(?!\w))?(?:\s*{_ERA})?"
    # ("1348 e 1349 (9 settembre)": the day of the span's last year in brackets)
    rf"(?:(?<=\d)\s*\(\s*(?P<ybd>{_TEXT_DAY})\.?\s*(?P<ybm>{_ANY_MONTH})\s*\))?"
    # ("1915/16 to 1918/19": from one season to the end of another)
    rf"(?:(?<=/\d\d)(?:\s+to\s+|\s*[{TEXT_DASHES}]\s*)(?P<sc1>{TEXT_YEAR})/(?P<sc2>\d\d)(?![\d/]))?)?"
    # ("1252 r. - text", "1807-1815 r. – text": the year's word after a year or a span)
    rf"(?:{_YEAR_ABBREVIATION})?)"
    # ("1938年 (昭和13年)", "1991 (Heisei 3)": the year of another calendar after the date)
    rf")(?:{_OTHER_CALENDAR_AFTER})?"
)


@functools.cache
def date_in_text() -> re.Pattern[str]:
    """The text grammar as one pattern: compiled when first needed (about 12 ms; a query
    whose dates are ISO or the argument grammar's never needs it: start-up)."""
    return re.compile(rf"(?P<date>{TEXT_DATE})", re.IGNORECASE)


# the places of _GLUED_OR_ALONE, in any case (the candidate also runs on a line in lower case)
_CANDIDATE_ALONE = (
    r"(?=[ \t]*(?:$|\n)|[a-zäöü„“\"]|\t|  |[\])*]|[ \t]?(?:[:|>–—-]|/{2,3})[ \t]"
    r"|[.,][ \t]+[a-zäöü])"
)


@functools.cache
def date_candidate() -> re.Pattern[str]:
    """Where a date may start: ``date_in_text`` is tried only there (a long line has few
    such places). It runs at every position of every line, so its words are grouped by
    their first letter, after a test of that letter: a month ("jan", "agust", "ocot" of
    "Ocotber"), a season or qualifier, "new year", "christmas", a quarter ("Q1", "third
    quarter"), "a.d. 5", then the digits' forms (a year, a day, an era, a numeric date)."""
    return re.compile(
        r"(?=[abcdefghjklmnopqrstwivxzşčřú0-9яфмаисондЯФМАИСОНДजफ\u095eमअसनद\u0621-\u064aιφμαάσονδ"
        r"ஜபமஏஆசஅநட明大昭平令\uac00-\ud7a3])"
        r"(?<![^\W_])(?:"
        # ("XIV secolo", "XIVe siècle", "XIV – XV secolo": a century in Roman numerals)
        # (its first letter only: "II September 1996" leaves "September" a place to try)
        r"(?-i:(?=(?:(?:Il|La|L['’])[ \t]?(?=[IVX]))?[IVX]{1,5}(?:e|ème|eme|[ \t]?°)?"
        r"(?:\s*[-–—/]\s*[IVX]{1,5}(?:e|ème|eme)?)?\s+"
        r"(?i:s(?:ecol|i[eè]cl|igl)|w\.|wiek))"
        r"[IVXL])|"
        r"a(?:pr|pirl|ug|gust|utumn|\.?d\.?\s*\d|vr|br|o[uû]|gost|nn[ieé]|[ñn]os\s|nfang\s|b\s+\d)|"
        r"christmas|ende\s|"
        # ("Heisei 3 (1991)", "昭和13年（1938年）": another calendar's year, then the Western
        # year in brackets; see _OTHER_CALENDAR_YEAR)
        # (in lower case: the pattern also runs, without IGNORECASE, on a line in lower case)
        rf"{_OTHER_CALENDAR_YEAR.lower()}[ \t]*[(（][ \t]*[12]\d{{3}}|"
        r"d(?:ec|ez|éc|ic|esem)|"
        r"(?:fin(?:ales|ais|es)|principios|comienzos|inicios|mediados|meados)\s+de\s+\d|"
        r"(?:dal|dall['’]|del|da|desde|de|du|von|vom|van|vanaf|od|fra|från)\s+[12]\d{3}\s+(?:to|through|until|à|au|a|al|bis|tot|do|till?)\s+[12]\d{3}|"
        r"between\s+\d|early|enero|f(?:eb|év|ev|all|(?:irst|ourth)\s+quarter|irst\s+half|rom\s+[12]\d{3}\s+(?:to|through|until)\s)|j(?:an|än|un|ul|ui)|late|"
        # (and the Polish months, POLISH_MONTHS: "gru", "lut", "lip", "listop", "sty", "sierp",
        # "czer", "wrze", "kwi", "paźdz", each in its first letter's group)
        r"m(?:ar|ay|ai|aj|är|aer|ag|ei|id|i-|itte)|n(?:ov|ew\s+year)|o(?:co?t|kt|tt|ut)|q[1-4]\b|h[12]\b|g(?:en|iu|ru)|"
        r"l(?:ug|ut|ip|istop)|s(?:e(?:p|tp?|cond\s+(?:quarter|half)|colo\s)|pring|ummer|iglo\s|[ée]culo\s|ty|ierp)|"
        r"czer|kwi|pa[źz]dz|po[łl]owa|"
        # (and the Czech months, CZECH_MONTHS: "listopad" is Polish too, above)
        r"led(?:en|na)|únor|břez|dub(?:en|na)|květ|červ|srp(?:en|na)|září|říj|prosin|"
        # (the Polish and German seasons of _QUALIFIER, before a year)
        r"(?:jesie[nń]|lato|zima|wiosna|herbst|sommer|fr[üu]hling|fr[üu]hjahr)\s+[12]\d{3}|"
        # (and the Turkish months, TURKISH_MONTHS: "ocak", "şubat", "nisan", "haziran",
        # "temmuz", "ağustos", "aralık", "eylül", "ekim", "kasım"; "mart", "mayıs" above)
        r"ocak|şubat|nisan|haziran|temmuz|ağustos|aralık|eylül|ekim|kasım|"
        r"th(?:ird\s+quarter|e\s+\d{1,2}(?:st|nd|rd|th)\s+of\s)|w(?:inter|rze)|"
        # ("6월24일", "1月30日", "2.25 =": see TEXT_DATE)
        r"\d{1,2}\s*[월月]\s*\d|\d{1,2}\.\d{1,2}(?:\s*[~〜～∼]\s*\d{1,2})?[ \t]*=[ \t]|"
        r"[12]\d\d\d|0\d\d\d-[01]\d-[0-3]\d|"  # ("0544-01-01": see _ISO_YEAR)
        r"[12]\d\d\?|1\d\?\?|[12]\d\dx|"  # ("195?", "18??", "130x": unknown digits, see TEXT_DATE)
        r"\d{1,2}(?:st|nd|rd|th|\.?º|\.?°)?"
        r"(?:\s*(?:[a-zşčřúа-яА-Я\u0900-\u097f\u0370-\u03ff\u0b80-\u0bff]|[-–—&]\s*\d)|"
        r"(?=[-/][a-z]|\.?/\d{1,2}\.?\s*[a-z]|[.,]\s*[a-zčřú]))|"
        # (a year with its era, AFTER_CHRIST's marks in lower case: see date_candidate_lowered)
        rf"\d{{1,4}}\s*{AFTER_CHRIST.lower()}(?![\w.])|[1-9]\d\d\s*[-–—]\s*[12]\d{{3}}|"
        # ("800-950 AD": a span before 1000 whose era follows its end, see TEXT_DATE)
        # ("300 – 850 e.Kr", "400 - 500 n. Chr.": the same in the eras of other languages)
        r"[1-9]\d{0,2}\s*[-–—]\s*[1-9]\d{1,2}\s*(?:a\.d\.|c\.e\.|ad|ce|d\.\s?c\.|n\.\s?chr\.|"
        r"e\.?\s?kr\.?)(?![\w.])|"
        # ("141 or 142AD": either of two years before 1000, see TEXT_DATE)
        rf"[1-9]\d{{0,2}}\s+{YEAR_PAIR_WORD}\s+[1-9]\d{{0,2}}\s*"
        r"(?:a\.d\.|c\.e\.|ad|ce|d\.\s?c\.|n\.\s?chr\.|e\.?\s?kr\.?)(?![\w.])|"
        r"\d{1,4}(?:[-–]\d{1,4}|\(\d{1,2}\))?\.?\s*\(?\s*(?:a\.d\.|c\.e\.|ad|ce|d\.\s?c\.|n\.\s?chr\.|e\.?\s?kr\.?|"
        r"n\.\s?[le]\.|po\s+kr\.)(?![\w.])|[1-9]\d\d\s*[-–—]\s*[12]\d{3}|[1-9]00-(?:tal|lu[kv])|"
        r"[1-9]\d0s(?!\w)|"  # ("750s": a decade of a three-digit year, see TEXT_DATE)
        r"\d{1,2}\.\s?[-–]\s?\d{1,2}\.\s?(?:stol|w\.|wiek)|\d{1,2}\.\s?(?:[-–]\s?\d{1,2}\.\s?)?(?:öld|aldar)|"
        # ("17. - 19. Januar": two days with their dots; never "1.-3. Jh.", centuries, whose
        # form is read where it opens a line's text, not here)
        r"\d{1,2}\.\s?[-–—]\s?\d{1,2}\.\s?(?!jh|jahr|öld|aldar|stol|wiek)[a-zäöüé]|"
        r"\d{1,2}/\d{1,2}(?:/[12]\d{3}|/\d\d(?![\d/])|" + _CANDIDATE_ALONE + ")|"
        r"(?:0[1-9]|1[0-2])\.[12]\d{3}|"  # ("02.2008 |": a month and year, see TEXT_DATE)
        r"\d{1,2}\.(?:(?:\d{1,2}\.?)?[-–/]\d{1,2}\.)?\s?\d{1,2}\.(?:[ \t]?[12]\d{3}|"
        + _CANDIDATE_ALONE
        + r"|(?<=\d\d\.\d\d\.)(?=[ \t][a-zäöü„“\"]))|"  # (_PADDED_THEN_TEXT's "01.08. Text")
        # Russian months (after every Latin form: a text in Russian is rare)
        r"(?-i:(?=[яфмаисондЯФМАИСОНД])"
        r"(?:[яЯ]нв|[фФ]ев|[мМ]ар|[аА]пр|[мМ]а[йя]|[иИ]ю[нл]|[аА]вг|[сС]ен|[оО]кт|[нН]оя|[дД]ек))|"
        # Greek months (GREEK_MONTHS, after the Russian)
        r"(?=[ιφμασονδ])(?:ιαν|φεβ|μ[αά]ρ|απρ|μ[αά][ιΐ]|ιο[υύ]|α[υύ]γ|σεπ|οκτ|νο[εέ]|δεκ)|"
        # Hindi months (HINDI_MONTHS, after the Russian)
        r"जन|जू|जु|फ|\u095e|मा|मई|अप|अग|अक|सित|नव|दिस|"
        # Tamil months (TAMIL_MONTHS, after the Hindi)
        r"(?=[ஜபமஏஆசஅநட])(?:ஜன|ஜூ|பிப்|மார்|மே|ஏப்|ஆக|செப்|அக்|நவ|டிச)|"
        # Arabic months and qualifiers (ARABIC_MONTHS, _QUALIFIER: after every other script)
        r"(?=[\u0600-\u06ff])(?:ين|فب|مار|[أاإ]ب|ماي|يون|يول|[أا]غ|سب|[أا]ك|نو|دي|كان|شب|آذ|ني|"
        r"أي|حز|تم|آب|تش|أوا|مط|بد|من|نه|صي|رب|خر|شت))",
        re.IGNORECASE,
    )


@functools.cache
def date_candidate_lowered() -> re.Pattern[str]:
    """``date_candidate`` for an ASCII text in lower case: the same pattern without
    IGNORECASE (its words are in lower case and such a text has no other case to match),
    which finds the same places about a third faster (every line of an import is scanned)."""
    return re.compile(date_candidate().pattern)


# A century in Roman numerals before its word ("XIV secolo", "XVe siecle", "XV siglo"): the
# one form ``date_candidate`` tells by its case, which a line in lower case has lost.
_ROMAN_CENTURY_WORD = ("secol", "siecl", "siglo", " w.", "wiek")


def date_candidates(line: str) -> Iterator[re.Match[str]]:
    """Where a date may start in ``line``, as ``date_candidate`` finds them: an ASCII line is
    scanned in lower case (faster), unless it may hold a century in Roman numerals, whose
    capitals are what tells it ("XIV secolo", not "I simply")."""
    if line.isascii():
        lowered = line.lower()
        if not any(word in lowered for word in _ROMAN_CENTURY_WORD):
            return date_candidate_lowered().finditer(lowered)
    return date_candidate().finditer(line)


def find_date(text: str, position: int = 0) -> re.Match[str] | None:
    """The date written at ``position`` of ``text`` (the longest form there), or None."""
    return date_in_text().match(text, position)


QUARTER_WORDS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4",
    "1st": "1", "2nd": "2", "3rd": "3", "4th": "4",
}  # fmt: skip
HALF_WORDS = {"first": "1", "second": "2", "1st": "1", "2nd": "2"}


def year_part(match: re.Match[str]) -> tuple[int, int]:
    """A quarter's or a half-year's length in months and its number (1 to 4, or 1 and 2),
    as TEXT_DATE found it ("Q3 2021", "3Q 2021", "third quarter of 2021": (3, 3); "H1 2020",
    "1H 2020", "first half of 2020": (6, 1))."""
    half = match["hn"] or match["hn2"] or match["hn3"]
    if half or match["hword"]:
        return 6, int(half or HALF_WORDS[match["hword"].lower()])
    quarter = match["qn"] or match["qn2"] or match["qn3"] or match["qn4"]
    return 3, int(quarter or QUARTER_WORDS[match["qword"].lower()])


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def century_number(written: str) -> int:
    """11 for "11th", "11e", "11.", "XI" or "XIe" (a century's number as TEXT_DATE found it)."""
    digits = written[: len(written) - len(written.lstrip("0123456789IVX"))]
    if digits.isdigit():
        return int(digits)
    total = 0
    for index, letter in enumerate(digits):  # ("XIV": 10 + 5 - 1)
        value = ROMAN_VALUES[letter]
        following = ROMAN_VALUES.get(digits[index + 1], 0) if index + 1 < len(digits) else 0
        total += -value if value < following else value
    return total


# "D ICIEMBRE", "E NERO", "S EPTEMBER": a month's name in capitals whose first letter a printed
# page set apart (a drop capital, or letter spacing the text lost): one word, the month. Only
# in capitals and only a whole name of four letters or more ("D EC", "M AI" stay as written).
_SPLIT_CAPITAL = lazy_compile(r"(?<![^\W\d_])([^\W\da-zß-ÿ_]) ([^\W\da-zß-ÿ_]{3,})(?![^\W\d_])")
_FULL_MONTH_NAMES = frozenset(
    name for name in MONTHS if len(name) >= 4 and name.isalpha() and name not in MISSPELT_MONTHS
)


def join_split_months(line: str) -> str:
    """``line`` with each month's name in capitals whose first letter stands apart joined
    again ("24 NOVIEMBRE . …" / "D ICIEMBRE . Leyes …" → "DICIEMBRE . Leyes …")."""
    if " " not in line or not any(c.isupper() for c in line[:40]):
        return line

    def joined(found: re.Match[str]) -> str:
        word = found[1] + found[2]
        return word if word.lower() in _FULL_MONTH_NAMES else found.group()

    return _SPLIT_CAPITAL.sub(joined, line)


def month_number(name: str) -> int:
    """1 for "Jan", "January", "JAN." or "01" (a month ``date_in_text`` found); a KeyError
    for a word that names no month ("¹⁰⁰" too: str.isdigit takes it, int() does not)."""
    if name.isdecimal():
        return int(name)
    word = name.lower().rstrip(".")
    if word.endswith(")"):  # ("آذار (مارس)": a month glossed by its other name)
        word = word.partition("(")[0].strip()
    # ("Agust", "Ocotber", "juillet": by the whole word)
    return MONTHS.get(word) or MONTHS[word[:3]]


# "luglio nasce …", "marzo Lama …", "agosto/settemb. Nascono …": a month's name (or two, a
# span, the second perhaps cut short with its dot: "settemb.", "sept.") opening a text, then
# the text. The text grammar leaves "1990 – June text" a year's text; the importer reads the
# month so only where a document dates its other items "1970 – 23 gennaio text" (see
# entries.starts._month_opening_year_item). Names that are English words or names too
# ("May", "March", "June", "Mars", "Julio", …) and bare abbreviations ("Jan", "Dec") never.
OPENING_MONTHS = lazy_compile(
    rf"(?P<first>[^\W\d_]{{3,}}\.?)(?:[ \t]*[{TEXT_DASHES}/][ \t]*(?P<last>[^\W\d_]{{3,}}\.?))?"
    r"[ \t,:]+(?=\S)"
)
MONTH_WORDS_TOO = frozenset({"may", "march", "june", "august"}) | FOREIGN_MONTHS_ALSO_WORDS


# "December: The First Four Ships …", "May: the fleet sails": a month's whole name and a colon
# opening a year's text (an English name that is a word too, "May", "March", is a month so;
# a foreign one that is an English word or name, "Mars", "Mayo", is not)
COLON_MONTH = lazy_compile(r"(?P<month>[^\W\d_]{3,}):[ \t]+(?=\S)")


def colon_month(text: str) -> tuple[int, int] | None:
    """(the month, where the text after its colon starts) when ``text`` opens with a
    month's whole name and a colon (see COLON_MONTH), else None."""
    found = COLON_MONTH.match(text)
    if found is None:
        return None
    word = found["month"].lower()
    if len(word) <= 3 and word != "may":
        return None  # ("Jan:", "Dec:": abbreviations, as a table's labels write them)
    if word in MONTH_WORDS_TOO and word not in ("may", "march", "june", "august"):
        return None
    number = MONTHS.get(word)
    return (number, found.end()) if number is not None else None


def _opening_month(word: str, last: bool) -> int | None:
    """The month ``word`` names at a text's opening (see OPENING_MONTHS): a whole name, or
    an abbreviation with its dot; the span's last month may be any beginning of one month's
    names ("settemb.", "sept."). Else None."""
    bare = word.lower().rstrip(".")
    if bare in MONTH_WORDS_TOO:
        return None
    if bare in MONTHS and (word.endswith(".") or (len(bare) > 3 and bare != "sept")):
        return MONTHS[bare]
    if not (last and word.endswith(".")):
        return None
    numbers = {number for name, number in MONTHS.items() if len(name) > 4 and name.startswith(bare)}
    return numbers.pop() if len(numbers) == 1 else None


def opening_months(text: str) -> tuple[int, int | None, int] | None:
    """The month, or span of months, that opens ``text`` ("luglio nasce …", "agosto/settemb.
    Nascono …"): (first month, last month or None, where the text after them starts). A
    span must run forward ("ottobre/marzo" is no span); a word that is no month: None."""
    found = OPENING_MONTHS.match(text)
    if found is None:
        return None
    first = _opening_month(found["first"], last=False)
    if first is None or text[found.end() : found.end() + 1].isdigit():  # ("Sept. 3 people")
        return None
    if found["last"] is None:
        return first, None, found.end()
    last = _opening_month(found["last"], last=True)
    if last is None or last <= first:
        return None
    return first, last, found.end()


# the holidays on a fixed day that chronologies write for a date (a heading "New Year's Day"
# above what Kim said in his New Year's address)
HOLIDAYS = {
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
}


def date_parts(match: re.Match[str], numeric_order: str = "mdy") -> dict[str, str | None]:
    """The parts of a found date under one set of names, whichever form wrote them:
    first/last month, day and year of a day or span of days (m1 d1 y1 m2 d2 y2). A numeric
    "1/2/2020" is read in ``numeric_order`` ("dmy" or "mdy")."""
    if match["nd1"] and match["ndd"]:  # "2-3/12/1984": two days of a month, day first only
        if numeric_order != "dmy":
            return {}
        return {"m1": match["nd2"], "d1": match["nd1"], "y1": None, "m2": None,
                "d2": match["ndd"], "y2": match["ny"]}  # fmt: skip
    if match["nd1"]:
        day, month = (match["nd1"], match["nd2"])[:: 1 if numeric_order == "dmy" else -1]
        return {"m1": month, "d1": day, "y1": match["ny"], "m2": None, "d2": None, "y2": None}
    if match["pd"] and match["pd2"]:  # "12.-15.6.1989": the year belongs to the end
        if match["pm0"]:  # "27.04.-5.5.1986": each day with its month
            return {"m1": match["pm0"], "d1": match["pd"], "y1": None,
                    "m2": match["pm"], "d2": match["pd2"], "y2": match["py"]}  # fmt: skip
        return {"m1": match["pm"], "d1": match["pd"], "y1": None,
                "m2": None, "d2": match["pd2"], "y2": match["py"]}  # fmt: skip
    if match["pd"]:
        return {"m1": match["pm"], "d1": match["pd"], "y1": match["py"],
                "m2": None, "d2": None, "y2": None}  # fmt: skip
    if match["rd1"]:  # "11-13 III 1938"
        month = str(ROMAN_MONTHS[match["rm"]])
        if match["rd3"]:  # "17.VII.1945-02.VIII.1945"
            return {"m1": month, "d1": match["rd1"], "y1": match["ry"],
                    "m2": str(ROMAN_MONTHS[match["rm2"]]), "d2": match["rd3"],
                    "y2": match["ry2"]}  # fmt: skip
        spans = match["rd2"] is not None
        return {"m1": month, "d1": match["rd1"], "y1": None if spans else match["ry"],
                "m2": None, "d2": match["rd2"], "y2": match["ry"] if spans else None}  # fmt: skip
    if match["dpr"]:  # "1938 (11–13 III)", "1936 (25 X i 25 XI)"
        second = match["mpr2"]
        month = match["mpr"]
        return {"m1": str(ROMAN_MONTHS.get(month, month)), "d1": match["dpr"], "y1": match["yp"],
                "m2": str(ROMAN_MONTHS[second]) if second else None,
                "d2": match["dpr3"] or match["dpr2"], "y2": None}  # fmt: skip
    if match["gd1"]:  # "7-9 February 2002": the year belongs to the end of a span
        spans = match["gd2"] is not None
        year = match["gy"]
        return {"m1": match["gm"], "d1": match["gd1"], "y1": None if spans else year,
                "m2": None, "d2": match["gd2"], "y2": year if spans else None}  # fmt: skip
    if match["fd1"]:
        return {"m1": match["fm1"], "d1": match["fd1"], "y1": match["fy1"],
                "m2": match["fm2"], "d2": match["fd2"], "y2": match["fy2"]}  # fmt: skip
    if match["holiday"]:
        month, day = HOLIDAYS[" ".join(match["holiday"].lower().replace("’", "'").split())]
        return {"m1": str(month), "d1": str(day), "y1": match["hy"],
                "m2": None, "d2": None, "y2": None}  # fmt: skip
    if match["m1"] and match["nightd2"]:  # "May 14/15, 1982"
        return {"m1": match["m1"], "d1": match["d1"], "y1": None, "m2": None,
                "d2": match["nightd2"], "y2": match["nighty"]}  # fmt: skip
    if match["m1"]:
        return {k: match[k] for k in ("m1", "d1", "y1", "m2", "d2", "y2")}
    if match["iy"]:
        return {"m1": match["im"], "d1": match["iday"], "y1": match["iy"],
                "m2": None, "d2": None, "y2": None}  # fmt: skip
    if match["by"]:  # ("19140628": see TEXT_DATE)
        return {"m1": match["bm"], "d1": match["bd"], "y1": match["by"],
                "m2": None, "d2": None, "y2": None}  # fmt: skip
    if match["isd1"]:
        return _iso_day_span_parts(match)
    if match["icy"]:
        return {"m1": match["icm"], "d1": match["icd"], "y1": match["icy"],
                "m2": None, "d2": None, "y2": None}  # fmt: skip
    if match["sy"] and (match["sd"] or match["dd"] or match["ydd"]):
        return {"m1": match["sm"] or match["dm"] or match["ydm"],
                "d1": match["sd"] or match["dd"] or match["ydd"],
                "y1": match["sy"], "m2": None, "d2": None, "y2": None}  # fmt: skip
    if match["kd"] or match["kd3"]:  # "6월24일", "1月30日~2月1日", "2.20∼25 ="
        return {"m1": match["km"] or match["km3"], "d1": match["kd"] or match["kd3"], "y1": None,
                "m2": match["km2"], "d2": match["kd2"] or match["kd4"], "y2": None}  # fmt: skip
    if match["cy"] and match["cd"]:  # ("1910年8月29日〜1945年9月2日": to the end's day)
        return {"m1": match["cm"], "d1": match["cd"], "y1": match["cy"],
                "m2": match["cme"], "d2": match["cde"], "y2": match["cye"]}  # fmt: skip
    if match["ylead"] and (match["dlead"] or match["dlead0"]):
        return {"m1": match["mlead"], "d1": match["dlead"] or match["dlead0"], "y1": match["ylead"],
                "m2": None, "d2": None, "y2": None}  # fmt: skip
    if match["yp"] and match["dp"]:  # ("1961 (February 11 and 12)": two days, a span)
        return {"m1": match["mp"], "d1": match["dp"], "y1": match["yp"],
                "m2": None, "d2": match["dp2"], "y2": None}  # fmt: skip
    return {}


def _iso_day_span_parts(match: re.Match[str]) -> dict[str, str | None]:
    """The parts of "2021-01-15 - 2021-02-20" (see _ISO_SPAN), as date_parts names them."""
    first_year, first_month = match["isy1"][:4], match["isy1"][5:]
    last_year, last_month = match["isy2"][:4], match["isy2"][5:]
    return {"m1": first_month, "d1": match["isd1"][1:], "y1": first_year,
            "m2": last_month, "d2": match["isd2"][1:], "y2": last_year}  # fmt: skip


def date_shape(match: re.Match[str]) -> str:
    """How a found date is written, in words a user reads in `import --check`."""
    if match["isy1"]:  # (a span of ISO days is written as its days are; of months, as "2019-06")
        return "ISO day" if match["isd1"] else "years"
    if match["icy"]:
        return "ISO day"
    if match["rd1"]:
        return "day-month-year"
    if match["kd"] or match["kd3"]:
        return "month-day"
    if match["dpr"]:
        return "year-month-day"
    if match["gd1"] or match["fd1"]:
        return "day-month-year" if (match["gy"] or match["fy1"] or match["fy2"]) else "day-month"
    if match["m1"] or match["holiday"]:
        written_year = match["y1"] or match["y2"] or match["hy"]
        return "month-day-year" if written_year else "month-day"
    if match["iy"] or match["by"]:
        return "ISO day"
    if match["nd1"]:
        return "numeric day/month/year"
    if match["pd"]:
        return "day.month.year" if match["py"] else "day-month"
    if match["sy2"]:
        return "month.year"
    if match["sy"]:
        if match["ydd"]:
            return "year-month-day"
        if match["dm"]:
            return "year.month.day" if match["dd"] else "year.month"
        return "year/month/day" if match["sd"] else "year/month"
    if match["yfd"]:
        return "years"
    if match["yera"] or match["yera2"]:
        return "years" if match["eraend"] or match["yeraend"] or match["yeraalt"] else "year"
    if match["ylead"] or match["yp"] or match["cm"]:
        day = match["dlead"] or match["dlead0"] or match["dp"] or match["cd"]
        return "year-month-day" if day else "year-month"
    if match["mo1"]:
        return "month-year" if match["moy"] or match["moy1"] else "month"
    if match["decade"] or match["wdecade"] or (match["yunk"] and match["yunk"][-2] not in "?xX"):
        return "decade"
    if match["yunk"]:
        return "century"
    if match["cent"] or match["cent3"]:
        return "century"
    if match["wy"]:
        return "week"
    if match["qy"] or match["qy2"]:
        return "quarter" if year_part(match)[0] == 3 else "half-year"
    return "years" if match["yb"] else "year"


def year_named(match: re.Match[str]) -> int:
    """The year a found date of a year's shape names, without the words around its digits:
    its era ("700 AD", "AD 700", "1200 n.e."), a season or qualifier ("Summer 1900", "early
    1900"): never the found text itself, which holds those words."""
    return int(match["ya"] or match["yera"] or match["yera2"] or match["cy"])


def has_day(match: re.Match[str]) -> bool:
    return bool(date_parts(match, "dmy" if match["ndd"] else "mdy"))  # ("2-3/12/1984")


def has_year(match: re.Match[str]) -> bool:
    """Whether the date writes its year (else the year comes from the document)."""
    return date_shape(match) not in ("day-month", "month-day", "month")


HALF_A_YEAR = 6  # a month further back than this is the next year's ("Dec. 31", "Jan. 1")
FORWARD_STEPS = 3  # steps forward that show a list runs forward, so any step back is a new year
FEW_MONTHS = 2  # with fewer such steps, a step back of more months than this is a new year


def _short_year(short: int, years: YearContext) -> int:
    """The year of a two-digit year ("10/16/25"): in the century of the document's full
    years, or the century next to it when that is nearer the year of the entry before ("On
    12/31/99, …" then "On 1/1/00, …": 2000, not 1900)."""
    year = (years.century or 0) + short
    last = years.last_year
    if last is None:
        return year
    return min((year, year + 100, year - 100), key=lambda candidate: abs(candidate - last))


class YearContext:
    """The year that dates without one belong to: from the last heading or dated entry."""

    def __init__(
        self, default: int | None, *, newest_first: bool = False, forward_steps: int = 0
    ) -> None:
        self.first_month, self.first_year, self.last_year = 1, default, default
        self.newest_first = newest_first  # the year context flows backwards in time
        # how often what shows an order unmistakably (two written years, two days of a
        # month) says the document's list runs forward, and never back: then a month that
        # steps back is a new year (see year_for)
        self.forward_steps = forward_steps
        self.last_month: int | None = None  # of the last dated entry, in a year from an entry
        # whether last_month is a date the text wrote with its year ("2020-04", "June 3,
        # 2019"): a step back from it is no new year by the list's order (see _new_year)
        self.written_month = False
        # the "1970s"-shaped years a document writes: its neighbours tell "1900s" (see
        # century_or_decade)
        self.decades: frozenset[int] = frozenset()
        # the "1900s" a list's order settles as the decade (a year before it, one ten to a
        # hundred years after it: see century_or_decade)
        self.decades_between: frozenset[int] = frozenset()
        # "dmy" or "mdy": how the document writes "1/2/2020" (a date with a day over 12 in
        # one place tells), or None when it does not tell
        self.numeric_order: str | None = None
        # the century of a document's "10/16/25" dates (2000), from the years it writes in
        # full ("October 16, 2025"), or None: then such a date is not read
        self.century: int | None = None
        # whether the document writes its days "1925-01-01": then "1996-01" is January 1996
        # (the same shape cut to a month), not the span 1996–2001 it is elsewhere
        self.iso_months = False
        # whether the document writes sports seasons "1888/89" (at least MIN_LINES that no
        # month can be): then "1900/01" is the season 1900–1901, not January 1900
        self.seasons = False
        # whether the document writes months "1949/12" that no pair of years can be: then
        # "1806/07" is July 1806; elsewhere (neither seasons nor such months) it is refused,
        # as the argument grammar refuses it (a month, or the years 1806–1807?)
        self.slashed_months = False
        # whether the document is a calendar of anniversaries, its entries' years out of
        # order while their days run through the year: then the year of a dated entry is
        # not given to the days below it written without one ("6 I - Święto Trzech Króli")
        self.calendar_of_days = False

    def heading(self, first_month: int, first_year: int, last_year: int) -> None:
        self.first_month, self.first_year, self.last_year = first_month, first_year, last_year
        self.last_month = None

    def explicit(self, year: int, month: int | None = None) -> None:
        self.first_month, self.first_year, self.last_year = 1, year, year
        self.last_month = month
        self.written_month = month is not None
        if self.calendar_of_days:
            self.forget()  # (the year of one anniversary is no other day's: see there)

    def forget(self) -> None:
        """No year for the dates below: the last one read was approximate ("~1500 …", "c. 1500
        …"), and a day without its year under it ("Dec 13 …") is of no year a reader can tell."""
        self.first_year = self.last_year = None
        self.last_month = None

    def _new_year(self, step_back: int) -> bool:
        """Whether a month ``step_back`` months before the last one starts a new year: more
        than six months back always ("Dec. 31" then "Jan. 1"); any step back in a list that
        clearly runs forward (FORWARD_STEPS steps say so); more than FEW_MONTHS back where
        fewer say so ("June 12, 1994", "June 17", then "Jan. 24": 1995, but "July 8" then
        "May 3" is an item out of place, or a look back, more than a new year). The list's
        order says nothing of the step from a date written with its year: a text writes the
        year where it changes, so "April 2020" (a page's date) over "6 March", "11 March" is
        March 2020, a day "March 6" right after "April 3, 2020" too."""
        if step_back > HALF_A_YEAR:
            return True
        if step_back <= 0 or not self.forward_steps or self.written_month:
            return False
        return self.forward_steps >= FORWARD_STEPS or step_back > FEW_MONTHS

    def year_for(self, month: int) -> int | None:
        if self.first_year is None or self.last_year is None:
            return None
        if self.first_year == self.last_year:
            year = self.first_year
            if self.newest_first and self.last_month is not None and month > self.last_month:
                year -= 1  # "Jan. 3, 2020" then "Dec. 30": newest first, 2019
                self.explicit(year, month)
                self.written_month = False
            elif (
                self.last_month is not None
                and not self.newest_first
                and self._new_year(self.last_month - month)
            ):
                # "Dec. 31, 2019" then "Jan. 1": the next year (not a step back); in a list
                # that runs forward, "June 17, 1994" then "Jan. 24" too
                year += 1
                self.explicit(year, month)
                self.written_month = False  # (a year the list's order gives, not written)
            elif self.last_month is not None:
                self.last_month, self.written_month = month, False
            return year
        return self.first_year if month >= self.first_month else self.last_year


NO_YEAR = "entry has no year, and no heading or entry before it gives one (use --year)"


def resolve_date(
    match: re.Match[str], years: YearContext, *, without: str | None = None
) -> tuple[str, str | None, str | None] | str:
    """(date, end_date, note) of a found date, or the reason it cannot be read.

    The written form is the precision: a month is YYYY-MM, a year YYYY, a decade a span of
    years; "Late 2019" and "Spring 2020" are written as 2019 and 2020 with a note, since the
    data format has nothing finer that would not claim more than the text says. A date that
    writes its year sets the context for the dates after it that do not. ``without`` names
    a part of a day's date (see date_parts) that is read as the start of the text instead:
    "y1" of "Jan 17 1994 Northridge earthquake" (the year then comes from the context),
    "d2" of "June 16-29 Superfortresses" (one day, not a span)."""
    try:
        if match["nd1"] and years.numeric_order is None:
            written = match["date"].strip()
            return (
                f"'{written}' is ambiguous: day and month cannot be told apart (no date in the "
                "document has a day over 12); write it as YYYY-MM-DD"
            )
        if match["ndd"] and years.numeric_order != "dmy":
            written = match["date"].strip()
            return (
                f"'{written}' writes two days before the month, but the document writes its "
                "month first; write it as YYYY-MM-DD"
            )
        if match["yfd"]:
            return _year_to_day(match, years)
        if match["ny2"] and years.century is None:
            written = match["date"].strip()
            return (
                f"'{written}' has a two-digit year, and no year written in full in the "
                "document settles its century: not guessed; write the year in full"
            )
        parts = date_parts(match, years.numeric_order or "mdy")
        if match["ny2"] and years.century is not None:
            parts = {**parts, "y1": str(_short_year(int(match["ny2"]), years))}
        if parts and without is not None:
            parts = {**parts, without: None}
        if parts:
            return _day_span(parts, years)
        if match["isy1"]:
            return _iso_month_span(match, years)
        if match["sm"] and len(match["sm"]) == 2 and not match["sd"]:
            year = int(match["sy"])
            if int(match["sm"]) == (year + 1) % 100 and years.seasons:
                years.explicit(year)  # "1900/01" among "1899/00", "1888/89"
                return f"{year:04d}", f"{year + 1:04d}", None
            if int(match["sm"]) == (year + 1) % 100 and not years.slashed_months:
                written = match["date"].strip()
                return (
                    f"'{written}' is ambiguous: a month, or a span? (for the month write "
                    f"{year:04d}-{match['sm']}, for the years {year:04d}-{year + 1:04d})"
                )
        if match["ylead"] or match["yp"] or match["sy"] or match["cm"] or match["sy2"]:
            year = int(match["ylead"] or match["yp"] or match["sy"] or match["cy"] or match["sy2"])
            month = month_number(
                match["mlead"]
                or match["mp"]
                or match["sm"]
                or match["dm"]
                or match["cm"]
                or match["dm0"]
            )
            years.explicit(year)
            return f"{year:04d}-{month:02d}", None, None
        if match["mo1"]:
            return _month_span(match, years)
        if match["yunk"]:  # "195?": 1950–1959, "18??": 1800–1899 (its unknown digits)
            # ("10xx": 1000–1099, "130x": 1300–1309, the unknown digits written as x)
            known = match["yunk"].rstrip("?xX")
            unknown = len(match["yunk"]) - len(known)
            opening = int(known) * 10**unknown
            last = opening + 10**unknown - 1
            years.explicit(last)
            return f"{opening:04d}", f"{last:04d}", None
        if match["wdecade"]:  # "anni '50": 1950–1959
            decade = match["wdecade"]
            opening = int(decade) if len(decade) == 4 else 1900 + int(decade)
            years.explicit(opening + 9)
            return f"{opening:04d}", f"{opening + 9:04d}", None
        if match["wy"]:  # "2020-W01": Monday 2019-12-30 to Sunday 2020-01-05
            week = _week(f"{match['wy']}-W{match['wn']}")
            years.explicit(week.end.year, week.end.month)
            return week.start.isoformat(), week.end.isoformat(), None
        if match["qy"] or match["qy2"]:
            year = int(match["qy"] or match["qy2"])
            months, part = year_part(match)
            opening = (part - 1) * months + 1  # (its first month)
            years.explicit(year, opening + months - 1)
            return f"{year:04d}-{opening:02d}", f"{year:04d}-{opening + months - 1:02d}", None
        if match["cent"] or match["cent3"]:  # the 11th century: 1001–1100
            number = century_number(match["cent"] or match["cent3"])
            closing = match["cent2"] or match["cent4"]
            final = century_number(closing) if closing else number
            if number < 1 or final < number:
                return "there is no century 0" if number < 1 else "the centuries do not rise"
            first, last = f"{(number - 1) * 100 + 1:04d}", f"{final * 100:04d}"
            years.explicit(final * 100)
            return first, last, _qualified(match["cq"], match["date"], f"{first}–{last}")
        return _year_span(match, years, without)
    except ValueError as exc:
        return f"not a real date ({exc})"
    except _Refused as refused:  # "2020-W54": the week's own reason
        return f"'{match['date'].strip()}' {refused.problem}"


def _ends_before(end: object = None, start: object = None) -> str:
    """Why a span is refused: it ends before it starts ("(1918 < 1941)": the end, then the
    start, when given)."""
    shown = "" if end is None else f" ({end} < {start})"
    return f"the span ends before it starts{shown}"


def _iso_month_span(match: re.Match[str], years: YearContext) -> tuple[str, str | None, None] | str:
    """The span of "2019-06 / 2019-09": from the first month to the last (see _ISO_SPAN)."""
    start, end = match["isy1"], match["isy2"]
    start, end = (start[:4] + "-" + start[5:]), (end[:4] + "-" + end[5:])  # (any hyphen)
    if end < start:
        return _ends_before()
    years.explicit(int(end[:4]), int(end[5:]))
    return start, (end if end != start else None), None


def _month_span(
    match: re.Match[str], years: YearContext
) -> tuple[str, str | None, str | None] | str:
    first = month_number(match["mo1"])
    last = month_number(match["mo2"]) if match["mo2"] else first
    if match["moy1"]:  # "September 1941 – January 1944" (or "… – January": the next one)
        first_year = int(match["moy1"])
        end_year = int(match["moy"]) if match["moy"] else first_year + (last < first)
        if end_year < first_year or (end_year == first_year and last < first):
            return _ends_before()
        years.explicit(end_year, last)
        start, end = f"{first_year:04d}-{first:02d}", f"{end_year:04d}-{last:02d}"
        return start, end, _qualified(match["mq"], match["date"], start)
    found = int(match["moy"]) if match["moy"] else years.year_for(first)
    if found is None:
        return NO_YEAR
    if match["moyend"] and not match["mo2"]:  # "únor 1948 - 1989": to the later year's end
        last_year = int(match["moyend"])
        if last_year <= found:
            return _ends_before(last_year, found)
        years.explicit(found, first)
        start = f"{found:04d}-{first:02d}"
        return start, f"{last_year:04d}", _qualified(match["mq"], match["date"], start)
    if match["moy"]:
        years.explicit(found, first)
    first_year = found - 1 if last < first else found
    start, end = f"{first_year:04d}-{first:02d}", f"{found:04d}-{last:02d}"
    note = _qualified(match["mq"], match["date"], start)
    return start, (end if end != start else None), note


def _year_span(
    match: re.Match[str], years: YearContext, without: str | None = None
) -> tuple[str, str | None, str | None] | str:
    year = year_named(match)
    if year < 1:
        return "there is no year 0"
    years.explicit(year)
    if match["eraend"] or match["yeraend"]:  # "AD 1642-44": from 1642 to 1644
        written = match["eraend"] or match["yeraend"]
        last = int(written) if len(written) >= 3 else year // 100 * 100 + int(written)
        if last <= year:
            return f"'{match['date'].strip()}' is no span of years"
        years.explicit(last)
        return f"{year:04d}", f"{last:04d}", None
    if match["yeraalt"]:  # "863(4) n.l.": 863 or 864, the span from one to the other
        unit = 10 ** len(match["yeraalt"])
        last = year // unit * unit + int(match["yeraalt"])
        if last <= year:
            return f"'{match['date'].strip()}' is no span of years"
        years.explicit(last)
        return f"{year:04d}", f"{last:04d}", None
    if match["yera"] or (match["yera2"] and not match["edecade"]):
        return f"{year:04d}", None, None
    if match["bdecade"]:  # "1960s-1970s", "1960s-70s": from one decade to the end of another
        written = match["date"].strip()
        digits = match["yb"]
        last = int(digits) if len(digits) == 4 else year // 100 * 100 + int(digits)
        if len(digits) == 2 and last <= year < last + 100 <= year + 30:
            last += 100  # ("1990s-00s", "1990-es, 00-s évek": into the next century)
        if len(digits) == 1 or year % 10 or last % 10 or last <= year:
            return f"'{written}' is no span of decades"
        note = _qualified(match["yq"], match["date"], f"{year}–{last + 9}")
        return f"{year:04d}", f"{last + 9:04d}", note
    if match["decade"] or match["edecade"]:
        written = match["date"].strip()
        if year % 10:
            return f"'{written}' is not a decade"
        last_year = match["yb"]
        if last_year and len(last_year) == 4 and year % 100 and int(last_year) > year + 9:
            # "1650s–1700": from a decade to a later year (a century's "1900s–1950" asks)
            note = _qualified(match["yq"], match["date"], f"{year}–{last_year}")
            return f"{year:04d}", last_year, note
        # ("1200-talet": a century; "1900s", "1900er Jahre": a century or a decade, asked below)
        if year % 100 == 0 and (match["decade"] or "").startswith(("-tal", "-lu")):
            note = _qualified(match["yq"], match["date"], f"{year:04d}–{year + 99:04d}")
            return f"{year:04d}", f"{year + 99:04d}", note
        if year % 100 == 0:
            span = century_or_decade(year, years.decades, years.decades_between)
            if span is None:
                return (
                    f"'{written}' may be a century or a decade: write {year}–{year + 99} or "
                    f"{year}–{year + 9}"
                )
            last = year + span - 1
            note = _qualified(match["yq"], match["date"], f"{year:04d}–{last:04d}")
            return f"{year:04d}", f"{last:04d}", note
        note = _qualified(match["yq"], match["date"], f"{year}–{year + 9}")
        return f"{year:04d}", f"{year + 9:04d}", note  # ("750s": 0750–0759)
    end_year = None
    if match["yb"] and without != "yb":  # (without: "1969-4 host …", the 4 starts the text)
        written = match["yb"]
        backwards = _backwards(year, written)
        if ((years.iso_months and len(written) == 2) or backwards) and _iso_month(match):
            # ("2019-3": one digit that no span of the decade can end on, March 2019, as
            # the argument grammar reads it; "1984-7" is 1984-1987)
            # "2022-11" alone above "November 1": a month, which no span can be backwards
            years.explicit(year, int(written))
            return f"{year:04d}-{int(written):02d}", None, None
        if match["yamp"] or (match["ycomma"] and int(written) != year + 1):
            # ("1536 & 1543", "1914, 1918:": the first year; the second is said)
            shown = " ".join(match["date"].split())
            return f"{year:04d}", None, f"'{shown}' read as {year:04d}, the first of two years"
        unit = 10 ** len(written)
        end_year = int(written) if len(written) == 4 else year // unit * unit + int(written)
        if len(written) == 2 and end_year + unit == year + 1:
            end_year += unit  # "1899/00", "1999-00": a season or a span into the next century
        if match["sc1"]:  # "1915/16 to 1918/19": to the end of the last season
            last = int(match["sc1"])
            end_year = last // 100 * 100 + int(match["sc2"])
            end_year += 100 if end_year <= last else 0
        if end_year <= year:
            return _ends_before(end_year, year)
        season = (match["yq"] or "").lower()
        if season in SPLIT_YEAR_SEASONS and end_year == year + 1:
            # "winter 1834-35", "summer 2019-20", "autumn 1990/91": a season of a split year
            # (a winter or a southern summer across the turn of the year, an academic or
            # sports year's term): the calendar year it falls in
            fallen = year + SPLIT_YEAR_SEASONS[season]
            shown = " ".join(match["date"].split())
            note = (
                f"'{shown}' is a season of the split year {year}–{end_year}: read as {fallen}, "
                "the year it falls in (the data format has no finer form)"
            )
            return f"{fallen:04d}", None, note
        if match["ybd"]:  # "1348 e 1349 (9 settembre)": to that day of the last year
            month = month_number(match["ybm"])
            day = day_number(match["ybd"])
            if not 1 <= day <= days_in_month(end_year, month):
                return f"'{match['date'].strip()}' is not a real date"
            note = _qualified(match["yq"], match["date"], str(year))
            return f"{year:04d}", f"{end_year:04d}-{month:02d}-{day:02d}", note
    note = _qualified(match["yq"], match["date"], str(year))
    return f"{year:04d}", (f"{end_year:04d}" if end_year else None), note


def _year_to_day(
    match: re.Match[str], years: YearContext
) -> tuple[str, str | None, str | None] | str:
    """(date, end_date, None) of "1864—1 Jan 1867": from the year to the day; or why not."""
    year = int(match["yfd"])
    last_year = int(match["yfdy"]) if match["yfdy"] else year  # ("1964 to 3 May")
    month, day = month_number(match["yfdm"]), day_number(match["yfdd"])
    if not 1 <= day <= days_in_month(last_year, month):
        return f"'{match['date'].strip()}' is not a real date"
    if last_year < year:
        return _ends_before(last_year, year)
    years.explicit(last_year, month)
    return f"{year:04d}", f"{last_year:04d}-{month:02d}-{day:02d}", None


def _iso_month(match: re.Match[str]) -> bool:
    """Whether a year span is written as an ISO month would be: "1996-01" (a hyphen, no
    spaces, two digits 01–12), with no qualifier or decade."""
    written = match["date"].strip()
    return (
        re.fullmatch(r"\d{4}[-\u2010\u2011](?:0?[1-9]|1[0-2])", written) is not None
        and not match["yq"]
        and not match["decade"]
    )


def only_a_month(match: re.Match[str]) -> bool | None:
    """Whether a date written as an ISO month would be ("2012-03", "2011-12") can only be
    that month: True where, read as years, it would end before it starts ("2012-03"),
    False where it may be years too ("2011-12", as "2011-13" is), None where it is written
    otherwise."""
    if not match["ya"] or not match["yb"] or not _iso_month(match):
        return None
    return _backwards(int(match["ya"]), match["yb"])


def _backwards(year: int, written: str) -> bool:
    """Whether a span's end of one or two digits after ``year`` would end before it starts
    ("2012-03", "2019-3"): no span of years, so a month where it is written as one."""
    return len(written) <= 2 and int(written) <= year % 10 ** len(written)


def century_or_decade(
    year: int, decades: frozenset[int] = frozenset(), between: frozenset[int] = frozenset()
) -> int | None:
    """How many years "1200s" (a year ending in 00, with an s) names: 100 or 10, or None
    when it cannot be told.

    Before 1900 it is the century: people write "the 1200s" for the 13th century, while a
    decade that early is rare and written "1200–1209". "1900s" and "2000s" are written both
    ways ("the 1900s" as the 20th century, "the 2000s" as the decade 2000–2009): the
    document's own neighbours tell — "1890s" or "1910s" written as well make it a decade,
    "1800s" or "2100s" a century — and so does the list's order, where it writes the decade
    between a year before it and one ten to a hundred years after it (``between``, the
    importer's reading of a document: "1895 - …" / "Early 1900s - …" / "1920 - …") — else it
    is not guessed."""
    if year < 1900:
        return 100
    if year in between:
        return 10
    if year - 10 in decades or year + 10 in decades:
        return 10
    if year - 100 in decades or year + 100 in decades:
        return 100
    return None


def _qualified(qualifier: str | None, written: str, stored: str) -> str | None:
    if not qualifier:
        return None
    shown = " ".join(written.split())
    return f"'{shown}' is written as {stored}: the data format has no finer form"


_NOT_DIGIT = lazy_compile(r"\D")  # (compiled once: ``re.sub(string, …)`` looks it up each call)


def day_number(written: str) -> int:
    """The day of the month a date writes: "3", "3rd", "3RD" (a text in capitals), "3º" or
    "3°" are 3. The one reading of a written day, for the argument grammar, the dates found
    in a text and the importer's reading of a document's order."""
    return int(_NOT_DIGIT.sub("", written))


def _day_span(
    parts: dict[str, str | None], years: YearContext
) -> tuple[str, str | None, str | None] | str:
    def number(text: str | None) -> int | None:
        return day_number(text) if text else None

    month = month_number(parts["m1"] or "")
    day = number(parts["d1"]) or 0
    end_month = month_number(parts["m2"]) if parts["m2"] else month
    end_day = number(parts["d2"])
    if (
        end_day is not None
        and not parts["m2"]
        and end_day < 10 <= day
        and len(parts["d2"] or "") == 1
    ):
        # "24–5 April": the end written with its last digit only, as "1924-7" for years
        shortened = day // 10 * 10 + end_day
        end_day = shortened if shortened > day else end_day
    first_year, last_year = number(parts["y1"]), number(parts["y2"])
    if end_day is None and parts["m2"] and last_year is not None:
        # "3 July – October 2023": from the day to the end of the month (the month's precision)
        first_year = first_year or (last_year - 1 if end_month < month else last_year)
        years.explicit(last_year, end_month)
        start = date(first_year, month, day)
        if (last_year, end_month) <= (first_year, month):
            return f"the span ends before it starts ({last_year}-{end_month:02d} < {start})"
        return start.isoformat(), f"{last_year:04d}-{end_month:02d}", None
    if end_day is None:
        year = first_year or years.year_for(month)
        if year is None:
            return NO_YEAR
        if first_year:
            years.explicit(first_year, month)
        return date(year, month, day).isoformat(), None, None
    if last_year is not None and first_year is None:
        # "Dec. 30–Jan. 2, 2021": the year written belongs to the end
        first_year = last_year - 1 if end_month < month else last_year
    elif first_year is not None and last_year is None:
        last_year = first_year + 1 if end_month < month else first_year
    elif first_year is None:
        first_year = years.year_for(month)
        if first_year is None:
            return NO_YEAR
        last_year = first_year + 1 if end_month < month else first_year
    assert first_year is not None and last_year is not None
    if parts["y1"] and parts["y2"] and first_year != last_year:
        # "February 16, 1951—July 27, 1953" then "March 7": a chronology goes on from the
        # start of a long span, not from its end
        years.explicit(first_year, month)
    elif parts["y1"] or parts["y2"]:
        years.explicit(last_year, end_month)
    start, end = date(first_year, month, day), date(last_year, end_month, end_day)
    if (
        first_year != last_year
        and not (parts["y1"] and parts["y2"])
        and (end - start).days > MAX_CROSSING
    ):  # "12 November – 24 October 1917": two days written backwards, not across a new year
        year = last_year if parts["y2"] else first_year
        return _ends_before(date(year, end_month, end_day), date(year, month, day))
    if end < start:
        return _ends_before(end, start)
    if end == start:
        return start.isoformat(), None, None
    return start.isoformat(), end.isoformat(), None
