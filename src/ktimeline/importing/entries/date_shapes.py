"""The shapes of an entry's start, as patterns.

The date forms, separators and numbering that open an entry, and the dates refused
(a century, a misspelt month, a year before 1000 without its era). Pure: no I/O.
"""

from __future__ import annotations

import re

from ktimeline import dates
from ktimeline.model import MONTH_NAMES

# --- the shape of an entry's start ----------------------------------------------------------

_MONTH = dates.TEXT_MONTH


_DASH_CHARS = dates.TEXT_DASHES


_YEAR = dates.TEXT_YEAR


_DATE = dates.TEXT_DATE


# (a lost character, "1946 \ufffdLake …", is most often a lost dash: a separator)
# (".-": a full stop and a dash, as Spanish news agencies write it: "7 de diciembre.- text")
# (and a column's gap: a tab, or three spaces or more, "18. April\tText", as an empty
# separator; two spaces may be a typing slip, "29 December  Haig …", and stay no separator)
_SEPARATOR = (
    # ("1883 / text": a spaced slash before a word, "1970 /// text": two or three slashes;
    # never "April 5, 2013 / 5:23 PM", a dateline's time; "Mid November --- text": a rule
    # of up to three dashes)
    # ("4月2日、首相が辞任", "3月1日，会谈": an East Asian day's ideographic comma, "On April
    # 2, …", its text glued on; never before a digit, "3月1日、2日": two days)
    rf"(?P<sep>:|;|\.[-–—]|\.|•|·|\ufffd|[{_DASH_CHARS}]{{1,3}}|/{{2,3}}|/(?=[ \t]+[^\W\d_])"
    rf"|(?<=[日일])[、，](?=[^\W\d_])"
    # (not a padded table cell's "2015      | text |": its "|" the separator, see odd)
    rf"|(?<=[\w.)\]])(?=\t|   +[^\s|]))"
)


_EMPHASIS = r"[*_]{0,3}"


# "July 1, 1953 (Wednesday)": the weekday a wiki writes after a date, part of the date
# (or "Feb. 24, Thursday: text", a weekday after a comma; "2019.12.30 (Mon) text": a
# table's day with its weekday cut short in brackets)
_WEEKDAY = (
    r"(?:\s*\((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)\)"
    r"|,\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?=\s*[:\-–—]))?"
)


# "August 21 (1 pm) - text", "12 May (10.30 a.m.): text", "3 June (14:05) – text": the time
# of day the item happened at, in brackets between its date and its separator: the date's
# (the data holds no time of day), never a note that opens the text nor the end of the date
_CLOCK_AFTER = (
    r"(?:\s*\((?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}:\d\d)\)"
    r"(?=\s*(?:[:;–—]|-\s|$)))?"
)


# "1 a.m.", "11:10 p.m.", "1:23:04 a.m.", "9pm", "14:05": a time of day that says it is one
# (a.m./p.m., or a clock's colon), the whole rest of a date's line ("April 25, 1986, 1 a.m."
# / "Operators start …": the hour the item happened at, its text below; see starts.py);
# or the hour's "h" of French, Italian, Spanish, Portuguese ("10h17", "10 h 17 m 55 s")
CLOCK_ALONE = re.compile(
    r"\d{1,2}(?:[:.]\d\d){0,2}\s?[ap]\.?\s?m\.?|\d{1,2}:\d\d(?::\d\d)?"
    r"|(?:[01]?\d|2[0-3])[ \t]?h[ \t]?[0-5]\d(?:[ \t]?m(?:in)?(?:[ \t]?[0-5]\d[ \t]?s)?)?"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# "at 10:00 a.m. pst", "at 14:05 GMT": a time of day after "at", its time zone after it (a
# court's or an agency's schedule, "October 17, 2016 at 10:00 a.m. pst" / "Final Approval
# Hearing"), the whole rest of a date's line as CLOCK_ALONE is
CLOCK_AT_ZONE = re.compile(
    rf"at[ \t]+(?:{CLOCK_ALONE.pattern})"
    r"(?:[ \t]+(?:[ecmp][sd]t|gmt|utc|bst|cest|cet|ist|jst|kst|aest|aedt))?",
    re.IGNORECASE,
)


def is_clock_alone(text: str) -> bool:
    """Whether ``text`` (stripped) is a time of day alone: "1 a.m.", "14:05", "at 10:00 a.m.
    pst"."""
    return CLOCK_ALONE.fullmatch(text) is not None or CLOCK_AT_ZONE.fullmatch(text) is not None


# A date, its separator, and the start of the text: the shape of an entry's start.
# After the separator a space, the line's end, or (at a line's start) the text at once
# ("October 2002:Top"); a date alone on its line (nosep), or followed by its text with no
# separator (bare: "July 2006 North Korea test-fired", read only where the document writes
# its entries so), or by a sign that is no separator (odd: "22Oct1994>text", likewise).
# "1896 (Athens) | text", "Thursday 10th March 2011 (day before)", "=== 17/7/2018 (Antwerp) ===":
# a short note in brackets after a date (no digits), before a separator or the line's end: the
# date is read through it, and the note opens the entry's text (a place is no date's part)
_NOTE = (
    r"(?:\s*(?P<note>\((?=[^()\d\n]{1,30}\)\s*(?:[*_=#]+\s*|[-–—]{1,2}\s*)?"
    r"(?:[:;|–—-]|/{2,3}|\t|   |$))"
    r"[^()\d\n]{1,30}\)))?"
)


# "1471 d.C.   a.U.c.": the name of Rome's era (ab urbe condita) after the year, its own year
# not written (a chronology's empty second column): the date alone on its line, no text
_ROME_ERA_ALONE = r"\s*a\.\s?U\.\s?c\.\s*$"


# the capitals beyond ASCII that open an entry's text, inside a pattern's "[…]": Latin-1's
# ("Öffnung", "Étienne") and Latin Extended-A ("Światowy", "Škola"; its small letters among
# them, as that block interleaves its cases)
ACCENTED_CAPITALS = r"\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"


ENTRY_START = re.compile(
    rf"(?P<date>{_DATE})[\])]?{_EMPHASIS}{_WEEKDAY}{_CLOCK_AFTER}{_NOTE}"
    rf"(?:(?!{_ROME_ERA_ALONE})\s*{_SEPARATOR}{_EMPHASIS}(?:(?=\s|$)|(?<=[、，])|(?P<tight>(?:(?<=[:\ufffd])|(?<=\.[–—]))(?=[A-Z“\"‘'])"
    # ("February 20, 1792 -The United States …": after a year's digits, a space and a dash)
    rf"|(?<=\d\s[{_DASH_CHARS}])(?=[A-Z“\"‘'])))"
    # ("1471 d.C.   a.U.c.": see _ROME_ERA_ALONE)
    rf"|(?P<nosep>\s*(?:[*_=#]+\s*)?(?:\([^()\d]{{1,30}}\)\s*)?(?:{_ROME_ERA_ALONE})?(?=$))"
    # (or Hangul, Han; an accented capital, a German text's "Öffnung …" or "1615 Étienne
    # Brûlé …", a Polish or Czech one's "25.VIII.1948 Światowy …", „quote“; a category tag
    # in small capitals, "1968 ᴘʟ Logo"; Markdown emphasis before a capital, "1967
    # *Pattern …*", or code, "1954 `Fortran` …")
    # (not "2333 BCE: text": the era after a year, no text, see BEFORE_COMMON_ERA)
    # (nor "1st Jun 0000: text": four digits and a colon, a year the grammar does not read)
    # (or an emoji before the text, "1965: June 1 🚀 A tour …", as a capital)
    # (or a guillemet or low quotation mark, "1263 «Norgesveldet» hadde …", „Die Zeit“)
    rf"|(?P<bare>\s+(?!{dates.BEFORE_CHRIST}(?!\w))(?!\d{{4}}(?!\d)\s*:)(?=[A-Z0-9“\"‘'(«»„\uac00-\ud7a3\u4e00-\u9fff{ACCENTED_CAPITALS}"
    r"„\u1d00-\u1d22\U0001f300-\U0001faff\u2600-\u27bf]|[*_]{1,2}[A-Z]"
    rf"|`\w))"
    rf"|\s*(?P<odd>[>|=~»→⇒]+|,)|(?P<tightdash>(?<=[\w.])[{_DASH_CHARS}](?=[A-Z“\"‘']))"
    # ("2. 5.Ungarn beginnt …": a German day and month, its text glued on in capitals)
    rf"|(?P<glued>(?<=\d\.)(?-i:(?=[A-ZÄÖÜ„“\"]))))\s*"
    # ("Settembre 2017: - La Corea …": a hyphen or en dash after the colon, the separator
    # written twice, is no part of the text; a wire's "-- " or "— " items stay, see DASH_ITEM)
    r"(?:(?<=:\s)[-–](?=\s+\S)\s+)?",
    re.IGNORECASE,
)


# "Monday, Dec. 9, 2019: text", "Sat., 7 Dec 2019 –": a weekday before an entry's date
WEEKDAY_LEAD = re.compile(
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\.?"
    rf"(?:\s+(?:morning|afternoon|evening|night))?|"  # "Wednesday night, Feb. 13, 2013:"
    rf"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:\.,?|,|(?=\s+\d))|"
    # German, French and Spanish weekdays ("Montag, 25. Juni 1950", "lundi 25 juin 1950")
    rf"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|"
    rf"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    rf"s[áa]bado|domingo|"
    # Dutch, Italian and Portuguese ("Vrijdag 30 januari 1953", "venerdì 30 gennaio", "sexta-feira,
    # 30 de janeiro")
    rf"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[ìi]|marted[ìi]|"
    rf"mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|(?:segunda|ter[çc]a|quarta|quinta|"
    rf"sexta)(?:-feira)?)(?![^\W\d_]))\s*,?\s*(?={_MONTH}|\d)",
    re.IGNORECASE,
)


# "n Kim takes power", "2011 n Kim takes power": a PDF's Wingdings bullet extracted as a
# letter ("n", "l", "q", "u") or a sign ("§"), at a line's start or after a year; read as a
# bullet only where a document writes it so at least DocumentPattern.MIN_LINES times.
WINGDING = re.compile(r"(?:^|(?<=\d)[ \t])[ \t]*(?P<sign>[nlqu§])[ \t]+(?=[A-Z0-9“\"‘'])")


WINGDING_IN_TEXT = re.compile(WINGDING.pattern, re.MULTILINE)


WINGDING_HINT = re.compile(r"[ \n\t][nlqu§] ")


WEEKDAY_STARTS = frozenset((  # (cheap test; German, French, Spanish weekdays too)
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "die", "mit", "don", "fre", "sam",
    "son", "lun", "mar", "mer", "jeu", "ven", "dim", "mié", "mie", "jue", "vie", "sáb", "sab",
    "dom",
    "maa", "din", "woe", "vri", "zat", "zon", "gio", "seg", "ter", "qua", "qui", "sex",
))  # fmt: skip


# Bullets and numbering before a date at the start of a line.
# (":: 29 January - text" in a news agency's list; "| June 16, 1911 | text |", a table's row;
# "[June 25, 1950] text", "(25 June 1950) text": a date in brackets)
# "2. 5.Ungarn …", "2. 5." alone: a German day and month (dates.py), no list's number "2."
# ("30. 9.6 000 Flüchtlinge …" neither: its text opens with a number; reported, not misdated)
# ("11. 6. 1157": the month and the year each after a space, see dates.TEXT_DATE)
DAY_MONTH_REST = r"(?:0?[1-9]|1[0-2])\.(?-i:[A-ZÄÖÜ„“\"]|[ \t]*$|\d|[ \t]\d{3,4}(?![\d.,]))"


# Words a count cannot be followed by ("12 workers", "7,100 people" can): a determiner or a
# pronoun after "Feb. 3 – 11" makes the number the end of a span of days, not a count
# (not "a.m.": "Feb. 3 – 11 a.m. talks begin" is a day, a time and the text)
NOT_AFTER_A_COUNT = re.compile(
    r"(?:the|a|an|this|that|these|those|his|her|its|their|our|he|she|it|they|we)\b(?![.’'-])"
)


# " – ": a dash with a space on each side (in a span it stands tight: "15–17")
SPACED_DASH = re.compile(rf"\s[{_DASH_CHARS}]\s")


# "• 18. Januar: …": a German month's name (one no English month shares) after "18. " makes
# the number its day, no list's number
GERMAN_MONTH_AFTER = r"\s?(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b"


# "3 March 2019ABC123 widget": a year right after a date without one, glued to the letters of
# what follows (a code, a reference): the date's year is there, but not read (see splitter)
YEAR_GLUED_TO_WORD = re.compile(rf"{_YEAR}(?=[^\W\d_])")


# "1998 2007: text" after a date read ("1997 – 1998 2007:"): years, then the separator
YEARS_THEN_SEPARATOR = re.compile(
    rf"{_YEAR}(?:(?:[ \t]*[,&{_DASH_CHARS}][ \t]*|[ \t]+){_YEAR})*[ \t]*:(?:\s|$)"
)


TITLES_AT_MOST = 3  # a table's column names on their lines between a heading and its rows


ROWS_SEEN = 12  # the entries above a line that tell whether a list's entries run on


RULE_LINE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")


# "618 -- Title", "2333 B.C: text": dated entries whose year the data format cannot hold as
# written (three digits without an era; before the Common Era)
# (read as years where the document's own entries are years with the same separator)
# ("400-500 – text", "Mid 700s – text": a span or the hundred years of a three-digit year)
# ("369 (21 luglio) - text", "847 (giugno) - text": the day and month, or the month, in
# brackets after the year; read as the day where the words are a month's)
_SHORT_YEAR_DAY = (
    r"(?:\((?P<bday>(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+)?"
    r"[^\W\d_]{3,10}\.?)\)\s*)?"
)


# "-490: Marathon", "−44 - Caesar …": a year with a minus sign glued on (before the era)
SIGNED_YEAR = re.compile(r"[-−](?P<year>[1-9]\d{0,3})(?![\d–—-])")  # ("-900- text": framed)
# "fra -1730 til -1688", "(-2100)": a year written with a minus sign inside a sentence, after a
# word or a bracket (never a bullet there): a document that writes them so writes its years
# before the Common Era with the sign, and its lines "-2200 text" open with such a year, no
# bulleted year of the era (see DocumentPattern.signed_years_inside)
SIGNED_YEAR_INSIDE = re.compile(r"(?:(?<=[^\W\d_] )|(?<=\())[-−][1-9]\d{2,3}(?![\w.,]?\d|[\w-])")


# ("5xx: text", "95x – text": a century or a decade whose unknown digits are written as x, as
# a list of the first millennium writes them among its years; see short_year_number)
SHORT_YEAR_ENTRY = re.compile(
    r"^(?:(?i:early|mid|late)[\s-]+(?=\d{3}s))?(?P<year>[1-9](?:\d\d|\d[xX]|[xX]{2}))"
    # ("849, 858:": two years of one item, listed before its colon; dated by the first)
    # ("795 bis 818:", "953 to 965:": the span in words, as "1167 bis 1191" is read)
    rf"(?:(?P<hundreds>(?<=00)s)|(?:\s*[-–]\s*|\s+(?:to|until)\s+|\s+{dates.TO_WORD}\s+)"
    r"(?P<last>[1-9]\d\d)(?!\d)"
    r"|,\s?(?P<also>[1-9]\d\d)(?=:))?\s*"
    rf"{_SHORT_YEAR_DAY}"
    # ("402-Nirun State …", "744- Uigurs …"; "209- BC- The Huns …" is a year before the era)
    # ("100 - wird von …", "923 - 32 wird …": a spaced hyphen before any text, the chronicle's
    # sentence going on from its year; read only where the document's lines so written rise,
    # see DocumentPattern.reads_short_years)
    r"(?P<sep>(?:--|[:–—])(?=\s|$)|-(?=\s?[A-Z])(?!\s?(?:BCE?|B\.\s?C\.)(?!\w))"
    r"|(?<=\s)(?P<loose>-)(?=\s+[^\W_]))"
)


def short_year_number(found: re.Match[str]) -> int:
    """The year a short year's match writes ("688": 688), its unknown digits as naughts
    ("5xx": 500, "95x": 950)."""
    written: str = found["year"]
    return int(written.replace("x", "0").replace("X", "0"))


def short_year_unknown_digits(found: re.Match[str]) -> int:
    """How many of a short year's digits are written as x ("5xx": 2, "95x": 1, "688": 0)."""
    written: str = found["year"]
    return len(written) - len(written.rstrip("xX"))


# after "923 - " or "454 - ": the span's end, as a chronicle writes it ("923 - 32 wird …",
# two digits of the same century; "454 - und 495 dringen …", a second year after a word
# joining two years); the text follows
SHORT_SPAN_END = re.compile(
    rf"\s*(?:(?P<two>\d\d)|{dates.YEAR_PAIR_WORD}\s+(?P<full>[1-9]\d{{2,3}}))(?!\d)\s+(?=\S)"
)


# "8: text", "42 – text", "62 - Text": a year of one or two digits with its separator, read
# only in a document whose three-digit years are its entries, written the same way (see
# DocumentPattern.reads_tiny_year); elsewhere a list's number or a count
TINY_YEAR_ENTRY = re.compile(
    rf"^(?P<year>[1-9]\d?)(?P<hundreds>(?!))?(?P<last>(?!))?\s*{_SHORT_YEAR_DAY}"
    r"(?P<sep>(?:--|[:–—])(?=\s|$)|-(?=\s[A-Z]))"
)


# the first word of an item's text after a bare short year: a capitalised word, or a word of
# one capital letter before a small letter's word ("410 A church is built", "1190 O rei …"),
# never a capital before a figure or a sign ("410 A4 sheets", "120 V 50 Hz")
_CAPITALISED_TEXT = r"[A-ZÀ-Þ](?:[a-zß-ÿ’']|[ \t][a-zß-ÿ])"


# "476 Fine dell'Impero …": a three-digit year, one space, then a capitalised word — read only
# in a document whose entries are "1492 Text" lines (see DocumentPattern.reads_bare_short_year)
# ("432\t\tTrad. date …", "400-800\t\tKingdom …": a column's gap after it, or a span; "0777
# Oorkonde …", "0810-1006 Invallen …": the year written with four digits, its leading zero, as
# a column of years writes it, a span to a later year)
# ("910-30 sowie 990 bis 1000 Dürreperioden …": a span's end of two digits; and a second
# period joined by "as well as", "and", the entry dated by its first, as "849, 858:" by its
# first year)
BARE_SHORT_YEAR = re.compile(
    r"^0?(?P<year>[1-9]\d\d)(?P<hundreds>(?!))?"
    r"(?:[-–](?P<last>(?<=^0\d\d\d[-–])(?:0[1-9]\d\d|1\d{3})|(?<=^[1-9]\d\d-)[1-9]?\d\d))?"
    r"(?:[ \t]+(?:sowie|as[ \t]+well[ \t]+as|ainsi[ \t]+que|and|und|et|och|og|samt)[ \t]+"
    r"[1-9]\d{2,3}(?:[ \t]*(?:[-–]|bis|to|à|till?|tot)[ \t]*\d{2,4})?)?"
    rf"(?P<sep>)(?: |\t[ \t]*| {{3,}})(?={_CAPITALISED_TEXT}|[\"“][^\W\d_])"
)


# "98 Pierwsza wzmianka …": a year of two digits, one space, then a capitalised word, read only
# first in a document whose entries are "476 Text" lines, below them (see
# Splitter.is_bare_tiny_year)
BARE_TINY_YEAR = re.compile(
    rf"^(?P<year>[1-9]\d)(?P<hundreds>(?!))?(?P<last>(?!))?(?P<sep>) (?={_CAPITALISED_TEXT})"
)


# "623. Samo porazil Avary …", "894-912. Spytihněv I": a three-digit year (or a span of two)
# and its full stop, then the text: a Czech, Slovak or German chronicle's years; read only
# in a document whose entries are so written, rising and never counting up one by one (a
# numbered list "101.", "102." …; see DocumentPattern.reads_dotted_short_years)
# ("0053. Incendio …", "0774. Conquista …", "0493./0526 Periodo …": the same years padded to
# four digits, as a column of years writes them, and a span written "YEAR./YEAR"; a number
# of two digits only so padded: "53." alone is a list's mark; "0300./0400 c. Decadenza …":
# "about" after them, the entry's note, not its text)
SHORT_YEAR_DOT = re.compile(
    r"^(?:00(?=[1-9]\d\.)|0(?=[1-9]\d\d[.\-–])|(?=[1-9]\d\d))(?P<year>[1-9]\d{1,2})"
    r"(?:(?=(?:[-–]|\./)0?(?P<last>[1-9]\d\d)))?(?:[-–]0?[1-9]\d\d)?(?P<hundreds>(?!))?"
    r"(?P<sep>\.)(?:/0?[1-9]\d\d)?(?:[ \t]+(?P<about>c(?:a|irca)?\.))?"
    r"[ \t]+(?=[^\W\d_]|[†*„“\"])"
)


SHORT_YEAR_PLAIN = re.compile(
    r"^(?P<year>[1-9]\d\d)(?:[-–](?P<last>[1-9]\d\d))?(?P<hundreds>(?!))?(?P<sep>)[ \t]+"
    r"(?=[^\W\d_]|[†*„“\"])"
)


# "07/1912 - text", "7/1912: text": a month and its year in numbers, the text after a dash or
# a colon: read in a document that writes its days in numbers ("28/09/1893 - text"), that
# month (see Splitter.month_year_entry)
MONTH_SLASH_YEAR_ENTRY = re.compile(
    r"(?P<month>0?[1-9]|1[0-2])/(?P<year>[12]\d{3})(?![\d/])(?=[ \t]*(?:[-–—:][ \t]|$))"
)


# "7/7/40 — text": a numeric date whose year has two digits
TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}/\d{1,2}/(?P<yy>\d\d)(?![\d/])")


# "98 SEP 02 text", "03 Jan 15 – text": a date stamp written year first in two digits, then
# the month's name or abbreviation and the day (a police or army log's form; see
# years._short_year_first_days)
SHORT_YEAR_FIRST = re.compile(
    r"(?P<yy>\d\d)[ \t]+(?P<month>[^\W\d_]{3,9})\.?[ \t]+(?P<day>\d\d?)(?![\d:./])"
    r"(?=[ \t]*[:–—-]?[ \t]+\S)"
)


# "c. 2500 : text", "ca. 1700": an approximate year, in world histories often before the
# Common Era without saying so: reported, not guessed
# (and German "um 1000 -", "about": never the rest of the entry above)
CIRCA = re.compile(
    r"^(?:(?:c|ca|circa)\.?\s*|um\s+)(?P<year>\d{1,4})(?:\s*[-–]\s*\d{1,4})?\s*[:–—-]", re.I
)


CIRCA_WORDS = frozenset({"c", "ca", "circa", "um"})


ERA_AFTER = re.compile(r"B\.?\s?C\.?|BCE\b|A\.?\s?D\.?\b|C\.?E\.?\b")


# Why a year before the Common Era is not imported (here and in tables.py)
NO_SUCH_DATES = "the data format has no such dates"


BEFORE_COMMON_ERA_REASON = f"a year before the Common Era: {NO_SUCH_DATES}"


# ("4000 f.K.", "500 f.Kr.": Norwegian, Danish and Swedish "before Christ"; "800 v. Chr.": German)
BEFORE_COMMON_ERA = re.compile(rf"^(?P<year>\d{{1,4}})\s*{dates.BEFORE_CHRIST}(?![\w])", re.I)


# "~200 000 BP", "c. 70,000 BP", "12 000 B.P.": a year Before Present, its thousands grouped
# (never "1998 BP merges with …", a company's name after a year), before the Common Era too
BEFORE_PRESENT = re.compile(
    r"^(?:[~≈]\s*|(?i:ca?\.?|circa)\s+)?\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+\s*(?:BP|B\.P\.)(?![\w])"
)
BEFORE_PRESENT_REASON = f"a year Before Present (before the Common Era): {NO_SUCH_DATES}"


# "-8000", "−500", "-300000 - ca -8000", "- 10.000 (ca)": a year (or span) written with a
# minus sign alone on its line: three digits at least, or thousands set apart after a spaced
# sign (no bullet: "- 1200" is a bulleted year); never framed, "-12-", "-549-" (a page's
# number, or a year set off by dashes)
MINUS_SIGNS = "-−–"
_MINUS_NUMBER = r"[-−–](?:\d{3,6}|\s?\d{1,3}(?:\.\d{3})+)(?:\s*\(?ca\.?\)?)?"
MINUS_YEAR = re.compile(
    rf"{_MINUS_NUMBER}(?:\s*[-−–]\s*(?:ca\.?\s*)?{_MINUS_NUMBER})?", re.IGNORECASE
)
MINUS_YEAR_REASON = f"a year written with a minus sign (before the Common Era): {NO_SUCH_DATES}"


# "l895", "I994": a year with a letter for a digit, as text recognition writes it.
LETTER_IN_YEAR = re.compile(r"^(?=[1lI][0-9lIO]{3}(?!\w))(?=\S{0,3}[lIO])\S{4}")


# "Fbe. 7, 2019:", "Sept. 7, 2019 > text": looks like an entry, cannot be read as one.
NEAR_ENTRY = re.compile(
    rf"^(?P<word>[A-Za-z]{{3,9}})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:\s*[{_DASH_CHARS}]\s*\d{{1,2}})?(?:,?\s*(?P<year>\d{{4}})(?!\d))?\s*(?P<after>\S?)"
)


# "3 June 3000: …", "1st Jun 0000: …", "Aug-3000: …": a day before its month, or a month
# hyphened to its year, then a year of four digits the grammar does not read
NEAR_DAY_FIRST = re.compile(
    r"^(?:(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?P<word>[^\W\d_]{3,10})\.?,?\s+"
    r"|(?P<month>[A-Za-z]{3,9})\.?-)(?P<year>\d{4})(?!\d)\s*(?P<after>\S?)"
)


# "3000: text", "9999 – text": a year after the years read, then a separator
FAR_YEAR_ENTRY = re.compile(rf"(?P<year>[3-9]\d{{3}})(?!\d)\s*(?::|[{_DASH_CHARS}]\s)")


# "9999", "## 0000": four digits alone outside the years read (see far_year_heading)
FAR_YEAR_ALONE = re.compile(r"(?:#{1,6}\s+)?(?P<year>[3-9]\d{3}|0\d{3})")


OUTSIDE_YEARS = "is outside the years a chronology's dates are read in (1000 to 2999)"


# "9999 ::", "0000 ***": a number of four digits or more framed as a year's heading (":: 9999 ::")
FRAMED_NUMBER = re.compile(r"(?P<year>\d{4,})\s*[:=*#~_\-–—+]{1,6}\s*$")


FOREIGN_MONTH = re.compile(dates.TEXT_FOREIGN_MONTH, re.IGNORECASE)


BAD_SEPARATOR = re.compile(r"[^\w\s“\"‘'(\[]")


# (invisible characters no text needs: zero-width space, word joiner, byte order mark, soft hyphen)
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


# Zero-width non-joiner and joiner, the emoji variation selector: part of a text's spelling
# (Persian "می‌خواهند", Hindi "क्‌ष", "👨‍👩‍👧", "❤️") where they stand inside a word or an emoji,
# furniture elsewhere ("\u200dOct. 5:", "▪️ June 25, 1950:"); see furniture.normalise
JOINERS = re.compile("[\u200c\u200d\ufe0f]")


NO_BREAK_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a]")


CHRONOLOGY_HEADING = re.compile(r"^\s*(?:#+\s*)?CHRONOLOGY\b(?!\s+(?:by|compiled|prepared))", re.I)


_MONTH_FULL = "|".join(MONTH_NAMES)


_MONTH_RANGE = (
    rf"(?P<hm1>{_MONTH_FULL})(?:\s+(?P<hy1>{_YEAR}))?"
    rf"(?:\s*(?:[{_DASH_CHARS}]|to)\s*(?P<hm2>{_MONTH_FULL}))?\s+(?P<hy2>{_YEAR})"
)


# "SEPTEMBER – DECEMBER 2019", "October - December 2009", "Chronology from Jan 2019 to May 2019"
# A single "March 2020" alone is no such heading: it is an entry or a heading by what follows.
YEAR_HEADING = re.compile(
    rf"^\s*(?=(?:{_MONTH_FULL})\b)(?=.*(?:[{_DASH_CHARS}]|\bto\b)){_MONTH_RANGE}\s*$", re.IGNORECASE
)


# "1950 Timeline", "Events of 1994", "Korean War: 1951": a year and a few words, no sentence
YEAR_TITLE = re.compile(
    rf"^\s*(?:[A-Za-z]+:?\s+){{0,3}}(?P<year>{_YEAR})(?:\s+[A-Za-z]+){{0,3}}\s*$(?<![.!?])"
)


# "## Election Crisis (1970)", "### Die Gründerjahre (1871)": a Markdown heading whose title
# ends with one year in brackets, the year of the yearless entries below it (a span, "(1964-
# 1970)", is a period's, whose own year headings follow)
MARKDOWN_YEAR_TITLE = re.compile(
    rf"^\s*#{{1,6}}\s+(?:[^\W\d_][\w’'.-]*\s+){{1,6}}\((?P<year>{_YEAR})\)\s*$"
)


# "Timeline: 1961", "Chronology – 1994", "Key dates: 1950": a list's label and its year; or
# the word for "year" before it and perhaps a short title ("Año 2009. La búsqueda", "Jahr
# 1990", "Year 2001 – The Crash"), no sentence
YEAR_LABEL = re.compile(
    rf"^\s*(?:(?:timeline|chronology|key (?:dates|events)|events)\s*[:\-–—]\s*(?P<year>{_YEAR})"
    rf"|(?:year|año|ano|jahr|année|anno|jaar)\s+(?P<year2>{_YEAR})"
    r"(?:\s*[.:\-–—]\s*(?:[^\W\d_][\w’'-]*\s*){1,5}(?<![.!?]))?)\s*$",
    re.IGNORECASE,
)


CHRONOLOGY_TITLE = re.compile(
    rf"^\s*(?:\W\s*)?(?:[\w.’'\-–]+\s+){{0,6}}?chronology\b[^:;]*?(?:{_MONTH_RANGE})?\s*$",
    re.IGNORECASE,
)


CHRONOLOGY_FROM = re.compile(
    rf"chronology\s+from\s+(?P<hm1>{_MONTH})\s+(?P<hy1>{_YEAR})\s+to\s+"
    rf"(?P<hm2>{_MONTH})\s+(?P<hy2>{_YEAR})",
    re.IGNORECASE,
)


ITEM_BREAK = "\x1e"  # a list's line break lost in a run-together line (see _list_run_together)


# the era written after a year of CIRCA_ERA_LINE (" AD", " e.Kr."), as the line writes it
ERA_AFTER = re.compile(rf"\s*{dates.AFTER_CHRIST}", re.I)


# a year alone on its line (see _years_below_days and the headings of years); written once: an
# earlier second definition was shadowed by this one
YEAR_ALONE = re.compile(r"^\s*(?P<year>1[0-9]{3}|20[0-9]{2})\s*$")


FULL_YEAR = re.compile(r"(?<![\d/])(?<!\d[.-])(?P<century>1\d|20)\d\d(?![\d/]|[.-]\d)")
