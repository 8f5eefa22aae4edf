"""`import` on real chronologies (tests/data/import/real: web pages, library mirrors, news
agencies' timelines, a journal PDF's text), scored against lists written by reading them."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from .import_corpus import REAL, Score, add, corpus, score_file

CORPUS = corpus()


@functools.cache
def _score(name: str) -> Score:
    """The file's score, once a process: each file is asked by two or three tests (every
    file's, the tuning part's, its part's floor), and its import is the same each time."""
    return score_file(name, CORPUS[name])


# Known faults of the blind part held-out-22, seen after its runs and not yet mended (each a
# strict xfail: the day it passes, the mark must go):
# (none left: indianpanorama's headings run into its items are reported since layouts35)
# Of the blind part held-out-26, seen by layouts45 and not yet mended:
KNOWN_LEFT_OUT_FAULTS: dict[str, str] = {
    # "Ruotsin itäinen osa 1323–1809" / "1323 Pähkinäsaaren rauhan jälkeen … (prose)": an
    # article's paragraph opening with the year its section's heading starts with, read as
    # an entry of 1323 (the list of events comes later, under "Tärkeitä tapahtumia")
    "infofinland-suomen-historiaa-prose-sections-year-list.txt": "a section's prose read as 1323",
    # (melloimell's "888 | Termina a escravidão …" after "1860 | …" is reported since layouts55:
    # the 1860 line runs on past the text's wrap width by more than its last word, so the line
    # below it is no continuation)
    # (layouts49's easelly, "… starts in Soweto.1976: Black anger boils over …", a box's title
    # and caption run into the 1976 item, is cut from it and reported since layouts60:
    # run_together._boxes_run_into_dashed_years)
    # (explore48's proud2beirish, the page's footer after a blank line joined to the last item
    # of a headline list, is reported since layouts60: under_dates._headline_list)
    # (of held-out-31: layouts55's xcv, "98 Pierwsza wzmianka …" under "I wiek - V wiek", is read since
    # layouts56: Splitter.is_bare_tiny_year)
    # (explore50) "Opened as … in 1966" / "IPO … in 1969" / "1970, $1 million …": the lines'
    # commas read as a table's cells (tables.py), which reads more entries than the written
    # reading; its last row's date cell, "Community partnership is central … In fiscal 2011",
    # a sentence naming a year, is read as 2011 and its words are neither an entry's nor listed
    "greatcoupons-best-buy-year-comma-text.txt": "a sentence in a comma table's date cell lost",
}


# Known faults of the tuning part, seen by explore38 and not yet mended (each a strict xfail:
# the day it passes, the mark must go).
KNOWN_TUNING_FAULTS: dict[str, str] = {
    # (ikz's "1871" / "Am 1. November 1871 gründen …" is read as its day since layouts50, by the
    # corpus README's forty-first-round rule; mondaq's list was corrected to that rule)
    # (explore43) the year glued to the first item's day ("189424/9: …", "1897Avril : …") and
    # the items run together after full stops ("….6/10 : …"); since layouts56 (glued_dates.
    # _years_glued_to_first_items) 18 of its 22 are read; left: "AD.15/10 :" (after "AD.",
    # which reads as an era), "Début mars :" and "10-11/1 :" (read as their years alone: 2
    # found not right), "8/1896 :"
    "jacklevi-dreyfus-year-glued-to-day-slash-month-run-together.txt": "glued years: 18 of 22",
    # (explore43's memoria808, "1550 c. Santo André …" and "1608.Almofala …", is read since
    # layouts52: circa after the year, the full stop glued among "1551, Place" lines)
    # (explore42) a year's second event joined to its first, shown as a join: "Defeat of the
    # Welsh …" after "… Kadisiyeh. [Uncertain date]" (no sentence's end seen through the
    # bracket), "Birth of the Venerable Bede (d. 735)." (a date of its own)
    "bitlit-larned-ready-reference-three-digit-years-stop-alone.txt": "635, 673: one entry",
    # (explore42) the chart's first item after its label ("linha do tempo 1854 O barão …"):
    # before the first entry; stacked years "1911 1911 1860 Surgem …": one entry of 1911
    "joomag-historia-maquinas-years-run-together-unordered.txt": "first item, stacked years",
    # (explore44) "16.    Julio" alone, then two lines below it, each a whole paragraph that
    # ends its sentence ("… de la guerra." / "El general Franco embarca …"): the second, another
    # event of the day by the corpus README's rule, joined to the first (shown as a join)
    "diariodelaguerracivil-1936-julio-day-stop-spaces-month-alone.txt": "a day's 2nd line joined",
    # (explore45) the page lost its layout at its end: "1 octubre" / "3 octubre" / "16 octubre"
    # alone, the items run together below the third; read as one entry of 16 October (a
    # reader knows the referendum was on 1 October, as the page's own text says), listed
    # neither way in the corpus: one entry found more than expected
    "diaridegirona-2019-judici-proces-catalan-year-day-month-alone-dash-items.txt": (
        "run-together items under the last of three days alone: one more entry"
    ),
    # (explore46's dziennik3rp, hours "5.28 Z Warszawy …" with the day only in the
    # introduction, is read since layouts56: live_pages.dotted_clocks and _day_of_times)
    # (explore47) "23/01 – text;" (day/month, no year) under an introduction naming "31 de
    # dezembro de 2019" as the first alert: a reader knows 2020; the importer asks for --year
    # (every line reported, nothing imported)
    "drogarianovaesperanca-2020-coronavirus-day-slash-month-dash-semicolon-no-year.txt": (
        "days with no year and no dateline: none read (use --year)"
    ),
    # (explore47) "  • Name, office" bullets under "14.09.1987" / its paragraph, and a year's
    # second line after a blank line under "1992" / (blank) / text: each another entry of the
    # date above by the corpus README's rule; reported, never joined
    "geschichtsverein-ailingen-vereinschronik-numeric-date-alone-years-alone-name-bullets-empty-years.txt": (
        "undated lines under a date alone and its paragraph: reported"
    ),
    # (explore47) "1642 Abel Tasman" / "On 18-19 December 1642, …" (a year and a title, the
    # paragraph below opening with its days) read as a heading, and "C1800 Title" (circa glued
    # to the year) not read: every line reported, nothing imported
    "look4-nz-time-line-to-1850-year-title-line-paragraph-below-circa.txt": (
        "year and title lines over paragraphs, one opening with its days: none read"
    ),
    # (explore47) bullets opening with three-digit years and centuries ("• 833 – 906/7 text",
    # "• asi 871 -894 text", "• 935 text", "• 5.-6. stol. text") before the four-digit ones
    # of a rising list: reported, not read
    "visitbohemia-historicky-prehled-weather-widget-bullets-d-m-yyyy-no-separator-spans.txt": (
        "three-digit years and centuries opening bullets: reported"
    ),
    # (explore48) "- First Dividend Declared (After IPO): March 31, 1993 in the 7th AGM;": words
    # after the date at the end of the item; reported (it names the date it holds), not read
    "ibnsinapharma-milestones-text-colon-date-at-end-semicolon-pipe-lines.txt": (
        "a date followed by words at the end of an item: reported"
    ),
    # (explore48) bullets naming one date each inside their sentence ("• Expelled from Malaysia
    # in Aug 9, 1965.") and "• 1819, founded by …" (a comma after the year): reported, each
    # saying which date it holds
    "pagenation-singapore-history-year-month-dash-centuries-bullets-dates-inside.txt": (
        "bullets with their dates inside: reported"
    ),
    # (explore48) a headline list with no full stops under "YEAR AD" headings: an undated line
    # under a dated one joined to it (shown as a join), "1st Black and Tans recruited" read as a
    # heading
    "proud2beirish-1920-1925-year-ad-headings-abbrev-month-day-colon-undated-lines.txt": (
        "undated headline lines joined to the line above"
    ),
    # (explore48's source2update, "In May 1966, …" under "1966", is the year's by the corpus
    # README's rule for an item opening with its month under a year: corrected by layouts60)
    # (explore50) the same comma table (see KNOWN_LEFT_OUT_FAULTS): the two lines ending with
    # their year above it not read, "2011" read from a closing sentence: 11 of 13, one more found
    "greatcoupons-best-buy-year-comma-text.txt": "lines ending with their year over a comma table",
    # (explore50) the last bulleted item, cut by the page ("• Software freedom activist …
    # articles"), under "• December – …" in a list of as many undated items as dated ones: no
    # dated item below it, so reported (10 of 11)
    "wikipediasucks-history-bullets-mixed-dates-undated-items.txt": "the last undated item, cut",
    # (explore50) a PDF's text running a school's chronicle into one paragraph, the later days
    # lost ("… w południe stycznia 1920 częstochowska prasa …"): nothing read, all reported
    "docplayer-kalendarium-traugutt-pdf-run-together-day-month-year.txt": (
        "a PDF's run-together entries whose days were lost: none read"
    ),
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_LEFT_OUT_FAULTS[n], strict=True))
        if n in KNOWN_LEFT_OUT_FAULTS
        else n
        for n in sorted(CORPUS)
    ],
)
def test_no_text_is_silently_absorbed_into_an_entry(name: str) -> None:
    score = _score(name)
    assert score.absorbed == 0
    assert score.reported == score.left_out  # every piece that is no entry is listed


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_TUNING_FAULTS[n], strict=True))
        if n in KNOWN_TUNING_FAULTS
        else n
        for n in sorted(n for n, item in CORPUS.items() if item["part"] == "tuning")
    ],
)
def test_every_entry_of_the_tuning_part(name: str) -> None:
    if name in ONE_EVENT_A_LINE or name in A_HEADER_AS_AN_ENTRY:
        from ktimeline.importing.entries import split_entries

        found = split_entries((REAL / name).read_text("utf-8")).entries
        assert {e.date for e in found} == {date for date, _, _ in CORPUS[name]["entries"]}
        if name in A_HEADER_AS_AN_ENTRY:  # every expected entry, and one more
            score = _score(name)
            assert (score.right, score.found) == (score.expected, score.expected + 1)
        return
    score = _score(name)
    unread = REPORTED_NOT_READ.get(name, 0)  # nothing guessed: reported, never misdated
    assert (score.right, score.found) == (score.expected - unread, score.expected - unread)
    assert score.unplaced >= unread


# A year alone, then lines below it with no blank between: one event a line (as on "this day
# in history" pages), though here a reader sees one story in several paragraphs. Every line
# is kept, under the right year; only the split differs.
ONE_EVENT_A_LINE = {"cricexec-icc-world-cup-story.txt"}
# A page's title block under its date ("26.04.1986" / "День, коли ми втратили все"), or a
# heading a PDF's text displaced into a paragraph ("25th of April 1986" / "system would …"),
# read as one entry more, on the right date.
A_HEADER_AS_AN_ENTRY = {"chornobyl30years-485-hours.txt", "paperzz-chernobyl-chronicle.txt"}

# Entries a reader dates from what they know, not from the text; the importer reports them.
REPORTED_NOT_READ = {
    # (explore43) "Parigi, 1803 Title", "Londra,1800 – 1805 Title": a place and a comma
    # before each item's date; every line reported, none read
    "minerva-unito-chimica-place-comma-year-span-title.txt": 5,
    # the page's year headings were lost: a reader knows 1914, 1915, 1916 from history; the
    # importer does not take "the Battle of the Somme 1916" from the introduction for them
    "historypress-somme-timeline.txt": 24,
    # "250 : The Mayans …" after "776 : …", "44 : …", "4 : Birth of Jesus Christ" (years
    # before the Common Era, without their era): no year under 1000 is read in this document
    "learnwithyameen-world-history.txt": 4,
    # (latimes-california-higher-education's undated bullet after its last dated entry is
    # read since layouts54: its runs of bullets between entries show the layout)
    # "7/7/40 — …": numeric dates with two-digit years (1940? 2040?): reported, not guessed
    "onabbeyroad-beatles-timeline.txt": 15,
    # "ma 100 The first use of zero" after "ma -1900 …" (a spreadsheet's category codes
    # before the years): a year before 1000 without separator or era, reported
    "rodhandeland-information-technology-timeline.txt": 1,
    # "30. 9.6 000 DDR-Flüchtlinge …": a day and month whose text opens with a number ("9.6"
    # may be a decimal): reported, never another event of the day above
    "wissen-wiedervereinigung-lexikon.txt": 1,
    # a day's second and third paragraphs under "• 15.01." (after blank lines): reported,
    # not joined nor made events (the rule for separated paragraphs)
    "hdg-lemo-jahreschronik-1990.txt": 2,
    # "Ab Juli 1989 text" ("from July 1989"): a word before the date, reported
    "politischebildung-brandenburg-deutsch-deutsche-chronik.txt": 1,
    # "From 1776 – Loyalist refugees …" among "1774 – …" lines: a word before the date, reported
    # (never an event of 1774, as it was before explore32)
    "maaxx-canada-key-dates-dash.txt": 1,
    # "c. 1400s" alone over its text, in a page that also writes "c. 40 000 - 10 000 BC": an
    # approximate year without its era beside years before the era, reported, not guessed
    # (as an approximate year since layouts32, no longer as a lettered list's item)
    "thecanadaguide-important-dates-date-alone.txt": 1,
    # "ca 1299 |" above "1819 |" …: an approximate year before the document's first year (it
    # may be before the era, see _circa_years), reported
    "vtaide-singapore-history-pipe-cells.txt": 1,
    # "1997 – 1998 2007:" (a span, then a stray year): a date not read whole, reported
    "broadsheet-2014-garda-timeline-date-colon-alone.txt": 1,
    # ("Kolem r. 500 po Kr.", "about the year 500 AD", before digladior's first dotted year:
    # read since layouts47, its era of our time saying so)
    # "5.-6.stol.n.l. -o d …" (a dash run into the text), "28.9.935 n.l." (a day of a
    # three-digit year): reported (explore31); "863(4) n.l." is read as either year
    # (layouts32)
    "wildnis-dejiny-bullets-era-nl-centuries.txt": 2,
    # "793 inleds …", "Ca 800 grundlägger …", "På 500-talet existerar …": a year, then the
    # verb in lower case (Swedish word order), and "Ca 100 e Kr" in a prehistory of
    # approximate years before the era: reported (explore31)
    "skolarbete-sveriges-historia-talet-fr-kr.txt": 6,
    # "Gründung von Vereinen in Thüringen : 1901" / "Gotha 01 …, 1902 …, 1905 …": a list of
    # years run through one paragraph (1901-1905), reported, not guessed (explore35)
    "tfv-erfurt-chronik-year-alone-day-glued.txt": 1,
    # clubs with no day under a year ("Duisburger SV 1900", listed as a heading; "FC Mülhausen
    # …" joined to the club above, the join shown), and "The English F.C." / "1890 Berlin" (a
    # club's name broken before its year, joined to the club above, the join shown): not read
    # as 1890 or 1893, never misdated (explore35)
    "initiative1903-clubgruendungen-year-day-figures.txt": 3,
    # a prose paragraph dated only in its second sentence ("Doch auch jetzt … 1921 war es
    # endlich so weit …"): reported before the first entry (explore35)
    "fcbritannia-eichenzell-prose-paragraphs-headings.txt": 1,
    # a day's item that lost its bullet among "•Item" lines, after a blank line under the
    # item above ("The U.S. Geological Survey says …"): reported, "the entry before it is
    # complete" (explore36)
    "nationalpost-2011-japan-quake-glued-bullets-furniture.txt": 1,
    # "\"Nuit du 4 août\" : text" (a quoted name holding the day before the colon): reported
    # (explore38)
    "revolutionfrancaise-reperes-day-month-colon.txt": 1,
    # "1606, or just after, pulpit added …" (a year, a comma, a qualifier) and "Three Bells in
    # Tower." under the 1539 line of a hard-wrapped table: reported (explore41)
    "hcsp-holy-cross-church-table-lost-dates-wrapped.txt": 2,
    # "Beginn des 10." / "Jahrhunderts:" / "Wirtschaftliche Blüte" (a century broken over two
    # lines): its first line joined to the item above (shown), the rest reported (explore44)
    "luetticke-koeln-chronik-um-year-era-colon-bis-wrapped.txt": 1,
    # a year heading's second undated paragraph ("1876 d.C.   a.U.c." / "Il Museo …" / "Augusto
    # Castellani dona …"): reported, "the entry before it is complete" (explore44)
    "inforoma-cronologia-musei-year-dc-auc-day-month-colon.txt": 1,
}


def test_held_out_part_as_measured() -> None:
    """A floor against regressions on the held-out part (see the README there).

    Issue 22's held-out texts were each run once, blind: the second collection's six gave
    67 of 91 entries right (23 wrongly dated: days under month headings read as months),
    the third batch's ten 51 of 105 (33 wrongly dated: centuries read as decades, "2000 CE:"
    read as a year with "CE:" as text, …); all held-out texts then: 201 of 264. The layouts seen there were added afterwards (day
    numbers under month headings, titles between entries, "2016  Jan 7, text",
    "1950/03/10", eras, "On <date>," items, centuries reported), which gives the floor
    below; the blind figures are the ones that measured unseen text. The third round
    (weekday before a date, years before 1000 and centuries where the document shows them,
    a PDF's Wingdings bullets, the document's month-day shape preferred) raised it to 258."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out"):
        add(total, item)
    assert total.right >= 258 and total.found == total.right  # 258 of 264, no wrong entries
    assert total.absorbed == 0


def test_held_out_3_part_as_measured() -> None:
    """A floor against regressions on the held-out-3 part (22 texts, 194 entries, written
    before any run). Its one blind run gave 107 of 194 right, 14 wrongly dated or extra, 10
    pieces of page text absorbed. The fourth round then read the layout families it showed
    (ISO days with no-break hyphens, a board post's metadata, captions run into a table's
    year entries, titled bullets under a day, a year before a day, an introduction's year or
    span of days, entries run together in the first one's shape, holidays as dates, a live
    page's time stamps under its one "Published at" day): 194 of 194, none wrong, none
    absorbed. These are figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-3"):
        add(total, item)
    assert total.right >= 194 and total.found == total.right  # no wrong or extra entries
    assert total.absorbed == 0


def test_held_out_4_part_as_measured() -> None:
    """A floor against regressions on the held-out-4 part (27 texts, 304 entries, written
    before any run). Its one blind run gave 227 of 304 right, 41 wrongly dated or extra, 12
    pieces of page text absorbed. The fifth round then read the layout families it showed
    (years run into their text, a page's comment box, a title's date in brackets, cards with
    a headline and "N years ago", Markdown headings, image names before dates, a live page's
    date over counted day headings, items whose dates follow their text). The 4 not right
    are in a book's PDF text whose items run together with no sign between them ("Awarded
    … Awarded …"): entries of the year heading's year. Figures on texts seen since, not
    blind ones. The sixth round's general rules (misspelt months, a live page's stamps
    without a separator under its " date …" line, a title with its date in brackets, items
    run together split where the document's leading word starts again: "… Awards Awarded
    …") read 12 more: 302; 1 not right (a lowercase line's date kept in the item above).
    Round 25: 308 expected (irishsun's lines under "NOVEMBER 1995:" are events of that month
    by the README's rule, read for every precision), 305 right (the fourth, cut by the page
    before its sentence ends, is reported)."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-4"):
        add(total, item)
    assert total.right >= 305 and total.found - total.right <= 1
    assert total.absorbed == 0


def test_held_out_5_part_as_measured() -> None:
    """A floor against regressions on the held-out-5 part (25 texts, 278 entries, written
    before any run). Its one blind run gave 209 of 278 right, 25 wrongly dated or extra, 0
    absorbed; five texts failed wholesale (a German chronology, a "This week in history"
    page of years under a day heading, bulleted "In 1973, …" items, numbered titles ending
    with their year, a match's live page of minutes). The seventh round's general rules
    (German, French and Spanish month names in the one grammar, a day heading over year
    lines, items opening with their year, numbered titles with a year, match minutes and a
    recap's hours as stamps kept in the text, three-digit spans, "January the 3rd of 1946",
    "2, September, 2016", "On <date> - text", a page's date line with a run-on entry, "July
    1982Timex" among "Month YYYY:" items) read all 278; the 1 not right is a line cut off
    after its year ("1972 U"). Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-5"):
        add(total, item)
    assert total.right >= 278 and total.found - total.right <= 1
    assert total.absorbed == 0


def test_held_out_6_part_as_measured() -> None:
    """A floor against regressions on the held-out-6 part (23 texts, 259 entries, written
    before any run). Its one blind run gave 178 of 259 right, 15 wrongly dated or extra, 3
    pieces of left-out text absorbed; six texts failed wholesale (titles above dates alone,
    "Timeline: 1961" over yearless days, "09/27/66." two-digit years, "313:" years, a table
    flattened onto one line, a live page with two bracketed times). The eighth round's
    general rules (a menu of months and a span title with its introduction reported, cards
    with short titles, a labelled year heading, two-digit years the document settles,
    rising three-digit years, a flattened table's date cells, "28 & 29 June" and "18/19
    February" in the one grammar) read 235; of the 9 not right,
    2 are expected entries whose first words skip the text's "A" (planthistories). The
    tenth round's (entries above the first year heading over the turn of its year, "20.00:"
    times under a day, a year's undated bullets after its dated ones, "• November - text"
    and "• March 1 Text" among "• May 6 - text" days) read 249 with 6 not right; the
    eleventh's (the last entry cut after its first word is reported) 249 with 5. Figures on
    texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-6"):
        add(total, item)
    assert total.right >= 249 and total.found - total.right <= 5
    assert total.absorbed == 0


def test_held_out_7_part_as_measured() -> None:
    """A floor against regressions on the held-out-7 part (15 texts, 251 entries, written
    before any run). Its one blind run gave 124 of 251 right, 49 wrongly dated or extra, 8
    pieces of left-out text absorbed (year headings with a title, "1993: Beginnings of
    Missile Development", over bulleted dated entries, read as entries; a photo caption
    between a date alone and its text). The ninth round's general rules (a titled year over
    dated bullets of its year is a heading; a caption ending on "(1951)" under a date alone
    is reported; "Korean War: 1951", a title, gives its year; a span broken after its dash
    is one date; after a long span with both years the context is its start; a line at the
    margin of a text wrapped with a hanging indent is a new item under its year; the one year
    a "Background:" paragraph writes; Markdown links dated at their ends; a lower-case
    bulleted detail makes no item title; rising three-digit years with a hyphen) read 197
    with 14 not right and nothing absorbed; the tenth's (a day in superscript digits, "June
    ²⁵"; "June 27 – 35 military advisors", a day, its dash and a number) 202 with 13; the
    thirteenth's ("1170 -Esukhei", a dash glued to the text after a year) 203; the
    nineteenth's (a span of years ending an item among items ending with one year, "- [War
    of 1812](…) - 1812-1815") 221, and 227 with 7 not right once six expected first words
    lost a double space the importer's text collapses. Figures on texts seen since, not
    blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-7"):
        add(total, item)
    assert total.right >= 227 and total.found - total.right <= 7
    assert total.absorbed == 0


def test_held_out_8_part_as_measured() -> None:
    """A floor against regressions on the held-out-8 part (24 texts, 249 entries, written
    before any run by a helper who never ran the importer). Its one blind run gave 163 of
    249 right (65.5 %), 44 wrongly dated or extra, 4 pieces of left-out text absorbed; eight
    texts read none or almost none (a list run together on one line, a flattened table with
    no separators, day numbers in a column under "August, 1914", yearless days under an
    introduction, cards whose headline ends on a full stop, an encyclopedia's category
    labels under dates alone, a Markdown table's bold titles, "March, April, June 2019"
    before yearless days). The eleventh round's general rules read 245 with 2 not right and
    nothing absorbed (one expected entry corrected: see the README's row for 9news). Figures
    on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-8"):
        add(total, item)
    assert total.right >= 245 and total.found - total.right <= 2
    assert total.absorbed == 0


def test_held_out_9_part_as_measured() -> None:
    """A floor against regressions on the held-out-9 part (21 texts, 215 entries, written
    before any run). Its one blind run gave 78 of 215 right (36.3 %), 36 wrongly dated or
    extra, 1 piece of left-out text absorbed (a newsletter's line under the last of dates
    alone each over one line of text); twelve texts read none or few ("1970 /// text",
    Markdown bullets with small-capital tags and "1970ˢ" decades, a weekday day over
    undated bullets, entries run together in one paragraph, French abbreviated months, a
    news agency's dateline over yearless days, a wire's "-- text" items, "images2011 11
    March" lines). The thirteenth round's general rules read 196 with 10 not right and
    nothing absorbed (three expected lists corrected: the README's rows for mandober and
    lfongroka). Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-9"):
        add(total, item)
    assert total.right >= HELD_OUT_9_RIGHT and total.found - total.right <= HELD_OUT_9_WRONG
    assert total.absorbed == 0


HELD_OUT_9_RIGHT, HELD_OUT_9_WRONG = 206, 10


def test_held_out_10_part_as_measured() -> None:
    """A floor against regressions on the held-out-10 part (20 texts, 269 entries, written
    before any run). Its run on the code after the fourteenth round gave 229 of 269 right
    (85.1 %), 7 wrongly dated or extra, 12 pieces of page text absorbed (a page's chapter
    labels with their titles and introductions, a clipping's dateline and article, a
    source's credit). The fifteenth round's general rules read 248 with 12 not right and
    nothing absorbed (8 of the 12 are the 2001 items of beckchris, right on their year but
    counted against an expected list that dates one "On September 11," item: see the note
    22-layouts15). The seventeenth round's annotation rule (an item opening "On <day>," is
    that day's, its text keeps the words; README there) and general rules (rows of one year
    under a line short of a wrapped text's width, undated items of a year heading after a
    dated first one, rows of a list of year rows however long its lines) read 264 with 1 not
    right. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-10"):
        add(total, item)
    assert total.right >= 264 and total.found - total.right <= 1
    assert total.absorbed == 0


def test_held_out_11_part_as_measured() -> None:
    """A floor against regressions on the held-out-11 part (22 texts, 260 entries, written
    before any run). Its run on the code after the fourteenth round gave 215 of 260 right
    (82.7 %), 4 wrongly dated or extra, 6 pieces of page text absorbed (a post's date and
    time over its headline, citations "(SFC, 1/27/00, p.C2)", a template's "{placeholder}");
    one text read none (numeric days glued to the texts around them). The fifteenth round's
    general rules read 258 with 2 not right and nothing absorbed. Figures on texts seen
    since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-11"):
        add(total, item)
    assert total.right >= 258 and total.found - total.right <= 2
    assert total.absorbed == 0


def test_held_out_12_part_as_measured() -> None:
    """A floor against regressions on the held-out-12 part (21 texts, 207 entries, written
    before any run). Its run on the code after the fifteenth round gave 159 of 207 right
    (76.8 %), 5 wrongly dated or extra, 2 pieces of page text absorbed (a paragraph under a
    glued table's last row, a heading after a table cell closed by " |"); a Markdown table of
    compact dates "[20250524][20250524]" read none. The sixteenth round's general rules read
    178 with 10 not right (5 of them: the list keeps an emoji's variation selector U+FE0F,
    which the importer removes as an invisible sign) and nothing absorbed. The seventeenth
    round's (newest-first "On Sept. 14, …" paragraphs under a title's year, paragraphs opening
    "In 1871, …", Hindi month names, "May - …" under a year among "1984 - …" lines) read 198. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-12"):
        add(total, item)
    # (trust24: the importer keeps an emoji's selector after its emoji: 203, 5 not right)
    assert total.right >= 203 and total.found - total.right <= 5
    assert total.absorbed == 0


def test_held_out_13_part_as_measured() -> None:
    """A floor against regressions on the held-out-13 part (19 texts, 194 entries, written
    before any run). Its blind runs, on main before and after the seventeenth round, both gave
    145 of 194 right (74.7 %), 24 found that are not right, 1 piece of page text absorbed
    ('Read more on investing.com', fixed since). Five texts read nothing or almost nothing (a
    page's HTML source kept as text, Arabic months, a wiki copy's hours under day headings, a
    "this day" page, years glued to an era and their text). The eighteenth round's general
    rules (a page's source read as its page, years and decades glued to their text or to an
    era "1918  CEGoddard", an accented capital after a year, a "this day" page's own date
    before its day, "1840's" decades, Arabic month names and qualifiers, a day's row under a
    year's row, "1650s–1700", "24–5 April") read 190, none not right, with helen's list
    corrected (its first words kept Markdown's emphasis asterisks). Figures on texts seen
    since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-13"):
        add(total, item)
    assert total.right >= 190 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_14_floor() -> None:
    """A floor against regressions on the held-out-14 part (23 texts, 169 entries, written
    before any run). Its blind runs, on main before and after the nineteenth round, both gave
    140 of 169 right (82.8 %), 10 found that are not right, 2 pieces of page text absorbed (a
    page's name under its decade heading, a newspaper's print credit glued to the last item).
    The twentieth round's general rules (a decade over the page's name, a print credit in
    brackets, titles with their dates after a colon and later titles glued after " - ", a
    numbered list of titled items dated inside their lines, "1397 CE - 1450 CE", "2006
    (juin)", the page's date alone over older entries) read the figures below. Figures on
    texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-14"):
        add(total, item)
    assert total.right >= 172 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_15_floor() -> None:
    """A floor against regressions on the held-out-15 part (10 texts, 98 entries, written
    before any run). Its one blind run, on main after the twentieth round, gave 56 of 98
    right (57.1 %), 1 found that is not right, none of its 8 pieces absorbed. The
    twenty-first round's general rules (whole days run together on a page flattened to one
    line, years before 1000 alone with their era or as a span, the weekdays of a yearless
    page, a span of days in words, a running number before a date alone, numeric days
    ordered by the same day in words, Markdown images) read the figures below; three of
    bertrandriehl's entries were corrected to keep their time of day (the README's rule).
    bertrandriehl names no year: the twenty-second round refuses its 13 entries with the
    years its weekdays fit (the lead's decision: the importer does not read the clock; 97
    right before). The 6 not right are repaginadamente's second lines under a year alone (each an event by
    the importer's documented rule, one entry a year in its list). Figures on texts seen
    since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-15"):
        add(total, item)
    assert total.right >= 84 and total.found - total.right <= 6
    assert total.absorbed == 0


def test_held_out_16_floor() -> None:
    """A floor against regressions on the held-out-16 part (15 texts, 232 entries, written
    before any run). Its two blind runs, on main before and after the twenty-first round,
    gave 198 of 232 right (85.3 %), 13 found that are not right, 1 of its 44 pieces
    absorbed. The twenty-second round's general rules (a padded table cell and a bullet
    opening a cell, one- and two-digit and bare three-digit years before a history's
    four-digit ones, a four-digit year before the Common Era, centuries by their ordinal in
    other languages, cards under one year and a card's year run into its title, a day
    heading with fewer years, years run together with spans and initials, "Julio de 1955",
    "17 a 19/4/1961", "AD 1642-44", "1000 (ca)") read the figures below; six ordinal centuries of its
    lists were corrected to the grammar's reading (the corpus README says which). Figures
    on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-16"):
        add(total, item)
    assert total.right >= 231 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_17_floor() -> None:
    """A floor against regressions on the held-out-17 part (15 texts, written before any
    run). Its two blind runs on main gave 95 of 158 right (60.1 %), 6 found that are not
    right, none of its 44 pieces absorbed. The twenty-third round's general rules (a year
    and month with a dot before a separator, "2018.9: text"; a day and a Roman month, "1 I
    1860", "1938 (18 VI)"; items run together out of order, told by their bracketed days;
    decades in words, "Anni 50'"; a foreign month with its colon or in a span, "Mayo:",
    "sept.-déc."; a lone bullet sign over its item; a dash after a colon) read the figures
    below; europapress's list was corrected to no entry, its text naming no year (the corpus
    README says why): 150 expected. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-17"):
        add(total, item)
    assert total.right >= 149 and total.found - total.right <= 2
    assert total.absorbed == 0


def test_corpus_has_forty_texts_from_twenty_sources() -> None:
    sources = {item["source"].split(" (")[0].split(",")[0] for item in CORPUS.values()}
    assert len(CORPUS) >= 154 and len(sources) >= 136
    assert all((REAL / name).exists() for name in CORPUS)


def test_a_library_mirror_through_the_command(run: Any) -> None:
    path = str(REAL / "ciao-japan-korea-2009-q1.txt")
    result = run("import", path, "--check")
    assert result.exit_code == 0
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert sum(row[1] == "entry" for row in rows) == 11
    footer = next(line for line in result.stdout.splitlines() if "124 April 2009" in line)
    assert footer.split()[:2] == ["17", "layout"]  # on the line an editor shows it on


def test_held_out_18_floor() -> None:
    """A floor against regressions on the held-out-18 part (14 texts, written before any
    run). Its two blind runs on main gave 146 of 200 right (73.0 %), 29 found that are not
    right, 3 of its 40 pieces absorbed. The twenty-fourth round's general rules (a day and a
    month's name in brackets after a year, "1117 (3 gennaio)", with short years too; a year,
    comma, day and foreign month, "1621, 4 juni"; "Avril - text" months under years alone;
    short titles ending with their dates; "c. 1850" among years of the Common Era; German
    "Seit dem <day>" items; a span of years over the page; "02.2008 |") read the figures
    below. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-18"):
        add(total, item)
    assert total.right >= 197 and total.found - total.right <= 2
    assert total.absorbed == 0


def test_held_out_19_floor() -> None:
    """A floor against regressions on the held-out-19 part (12 texts, written before any
    run). Its blind run on main gave 101 of 158 right (63.9 %), 11 found that are not right,
    1 of its 44 pieces absorbed. The twenty-seventh round's general rules ("YEAR Month: text"
    and "YEAR : text" items run together on one line; comment links in other languages; a
    year item opening with its day; a calendar page of one day; Polish months; two days
    joined by "and" in other languages; Dutch, Italian and Portuguese weekdays and "22.00
    uur" hours; Markdown headings that are one link; an undated item under a dated one in a
    list of dated items) read the figures below; tg04's "1908 Im Juli" was corrected to 1908
    (the corpus README says why). Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-19"):
        add(total, item)
    assert total.right >= 150 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_20_floor() -> None:
    """A floor against regressions on the held-out-20 part (13 texts, written before any
    run). Its blind run on main at the start of the session gave 107 of 188 right, on the
    session's later main 106 (18 found that are not right, 3 of its 58 pieces absorbed). The
    twenty-ninth round's general rules (a year's title naming a day, "2001: September 11
    attacks"; German days spaced after each dot, "11. 6. 1157"; a blog host's "Post a Comment"
    button; a one-line comment in a page's source; a Markdown link that is a page's button; a
    table's year column where its date cell is empty; a page's menu of centuries) and the
    annalsuvalib CSV's ten rows
    restored as the publisher wrote them (the abridging had joined two cells) read 140; the
    thirtieth round's (three-digit years with a spaced hyphen, "100 - wird …"; spaced year
    spans; era marks of other languages, "9 e.K"; approximate years of the Common Era; a
    closing bracketed day; three-digit years before a column's gap) read the figures below.
    Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-20"):
        add(total, item)
    assert total.right >= 172 and total.found - total.right <= 6
    assert total.absorbed == 0


def test_held_out_21_floor() -> None:
    """A floor against regressions on the held-out-21 part (12 texts, written before any
    run). Its blind run on main at the start of the session gave 155 of 244 right (38 found
    that are not right), on merge11 157 (44 not right, 0 of its 46 pieces absorbed). The
    thirty-first round's general rules (a year, a spaced dash, then its day and month, "1815 –
    18 June text", never the short span 1815-1818; a day and month in brackets opening the
    text under a year alone, "1934" / "(2 VI) text"; a sheet's "end" column of bare years)
    read 193 (197 with labels32's labelled dates); the thirty-second round's (several days of a
    year on one "YEAR – day month" line, a yearless day in such a list) and eblnews' three
    paragraphs after a blank line corrected to the corpus's reading (241 entries) read the
    figures below. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-21"):
        add(total, item)
    assert total.right >= 204 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_22_floor() -> None:
    """A floor against regressions on the held-out-22 part (12 texts, written before any
    run). Its blind run on main and on merge12 gave 138 of 206 right (36 found that are not
    right, 2 of its 41 pieces absorbed). The thirty-third round's general rules (GEDCOM date
    values in a table's date cells, "@#DJULIAN@ 15 NOV 1315", "FROM … TO …", "BET … AND …";
    Markdown tables whose rows leave the date cell empty, another event of the row above; a
    Markdown heading whose title ends with its year in brackets, "## Election Crisis (1970)")
    read the figures below. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-22"):
        add(total, item)
    # (then layouts34's rules: "~1200" years, a lost bullet, years run together read in
    # order, a spaced dash's year after a full stop: 193 right, and one entry joined that is
    # no longer right, "Earlier voyages …" under "~1200", a hard-wrap guess)
    assert total.right >= 193 and total.found - total.right <= 1
    assert total.absorbed <= 2


def test_held_out_23_floor() -> None:
    """A floor against regressions on the held-out-23 part (12 texts, written before any
    run). Its blind run on main at the start of the session and on merge13 gave 92 of 117
    right (7 found that are not right, 0 of its 51 pieces absorbed). The thirty-sixth round's
    general rules ("YEAR – month text" where the document's other items are "YEAR – day month
    text", "1969 – luglio …", "1970 – agosto/settemb. …"; Markdown headings each over a
    labelled date field, "## 2. Assembly Language" / "- **Year Created:** 1949"; a byline's
    labelled date in other languages, "erstellt am 06.Jun.2014", the page's own date) read
    the figures below (fdocuments' "C1800" and "1814" items, 2 of them, not yet read).
    Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-23"):
        add(total, item)
    assert total.right >= 115 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_24_floor() -> None:
    """A floor against regressions on the held-out-24 part (12 texts, written before any
    run). Its blind run at the session's start and on merge14 gave 67 of 120 right (45 found
    that are not right, 6 of its 55 pieces absorbed). The thirty-eighth round's general rules
    (layouts38: undated lines of a "year  text" list that ends no line with a full stop, each
    an event of the year above; a sub-bullet under a dated bullet no item of the year heading;
    "A 17 de janeiro, …" and "Morre, a 22 de janeiro, …" opening an item with its day, and the
    year's later items after such one; a date and full stop ending a wrapped sentence; a
    docket's spaced one-line entries and a judgment's neutral citation; a page's placeholder,
    "- under construction"; Portuguese "novembro"; "Finales de 1932"), with layouts39's (a
    split capital month, "E NERO"; "1.º ENERO"; CSV rows missing their last cells; a law
    report's citation), read the figures below: 114 of 129 right, 13 not right, none absorbed
    (librosdemario's list corrected after the blind runs: its November and December days
    above "1915" are 1914, see its README row). Figures on texts seen since, not blind ones.
    After the lists of scribdproxy and historiesajten were corrected to the corpus's rule for
    a sentence naming its month under a year (the year's; layouts40, see their README rows):
    122 of 129 right, 5 not right."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-24"):
        add(total, item)
    assert total.right >= 122 and total.found - total.right <= 5
    assert total.absorbed == 0


def test_held_out_25_floor() -> None:
    """A floor against regressions on the held-out-25 part (14 texts, 198 entries, written
    before any run). Its blind run at the session's start gave 136 of 198 right (22 found
    that are not right, 1 of its 69 pieces absorbed). The forty-second round's general rules
    (layouts42: a year before 1000 with its era after a day and month, "February 5, 62AD",
    or in brackets, "711 (n.Chr.)"; "141 or 142AD"; either of two whole days, "July 5, 1201
    and/or May 20, 1202"; a CSV date cell's remark in brackets; a log's date stamps year
    first in two digits, "98 SEP 02 text"; "1966 15 January, text" and "1964 -1 December,"
    under bare years; a year list where few lines end a sentence; three-digit years with one
    misplaced item, or one right above the first year line; "In 1 October," and "Ab dem
    4.1." opening a year's item; Icelandic centuries, "7.-8. öld"; a guillemet after a year;
    an acknowledgment footer; "910-30 sowie 990 bis 1000 Text", a short span and a second
    period) read the figures below: 197 of 198 right, none not right, none absorbed. Figures
    on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-25"):
        add(total, item)
    assert total.right >= 197 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_26_floor() -> None:
    """A floor against regressions on the held-out-26 part (11 texts, 123 entries, written
    before any run). Its blind run at the session's start (merge16) gave 88 of 123 right (12
    found that are not right, 2 of its 76 pieces absorbed). The forty-fifth round's general
    rules (layouts45: whole dates stacked in blocks above as many one-line texts, a
    graphic's columns flattened; "2015 to 2017" and "3 July – October 2023"; a year alone
    over its month and day as bare number lines, "1962" / "8" / "6", dating the paragraph
    that opens with that year; "1850 - December: text"; Turkish months; items ending with a
    bracketed date whose titles open with a number or a day of their name, "2. Meşrutiyet
    (23 Temmuz 1908)", "31 Mart Vakası (13 Nisan 1909)"; a search box's label, "Custom
    Search"; "• (1515)Malacca …") read the figures below: 119 of 123 right, 3 not right,
    none absorbed; layouts46's approximate year alone above its century ("c 410" / "5th
    century") 120. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-26"):
        add(total, item)
    assert total.right >= 120 and total.found - total.right <= 3
    assert total.absorbed == 0


def test_held_out_27_floor() -> None:
    """A floor against regressions on the held-out-27 part (12 texts, 180 entries, written
    before any run; 181 before firstinaviation's cut last item "Circa. 1997 – Br" was dropped
    by the corpus's rule, see its README). Its blind run at the session's start (merge17) gave
    157 of 181 right (8 found that are not right, 9 of its 47 pieces absorbed). The forty-seventh round's general
    rules (layouts47: a row of the year above opening with its own day; Markdown code fences,
    a fenced block with no dated line, ": text" under a dated line in a fence; a date cut
    short ending the text, "December 22, 19"; a flattened table of names, a wide gap, then a
    whole date; Greek months; a day or month in brackets ending a year's item, "(28
    Αυγούστου)", "(Ιούλιος)", a bracket left open by the cut; "1961 (February 11 and 12)";
    "195?", a year's unknown digit; "Kolem r. 500 po Kr." above dotted three-digit years; an
    approximate year between lines opening with whole days) read the figures below:
    178 of 180 right, none not right, none absorbed. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-27"):
        add(total, item)
    assert total.right >= 178 and total.found - total.right <= 0
    assert total.absorbed == 0


def test_held_out_28_floor() -> None:
    """A floor against regressions on the held-out-28 part (12 texts, 175 entries, written
    before any run). Its blind run 1 at the session's start code (4ec490ec, main 5d1524d and
    the part) gave 132 of 175 right (75.4 %; 5 found that are not right, 8 of its 48 pieces
    absorbed). The forty-ninth round's general rules (layouts49: a year before the era in any
    language's words, "2137 v. Chr.", never a bare year's entry; a "YEAR verb" chronicle's
    entry after a sentence's end in a paragraph; "YEAR - Text" items run together on one
    long line, glued to the words before them; a run of undated bullets between two entries;
    "No dia 1º de …" opening an item with its day; an approximate three-digit year, "Vers
    643", between plain ones; "Années 1960" opening an item; a flattened table's row with its
    year between two texts; Polish and German seasons, "jesień 1905"; an Italian century
    heading with its article and degree sign, "Il IX ° secolo"; a date line ending "at 10:00
    a.m. pst", its text below) read the figures below: 164 of 175 right, 1 found that is not
    right, 1 absorbed (the infographic's caption "1976:
    Black anger …", run into the 1976 item; reported since layouts60, 0 absorbed). Figures on
    texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-28"):
        add(total, item)
    assert total.right >= 164 and total.found - total.right <= 1
    assert total.absorbed == 0


def test_held_out_29_floor() -> None:
    """A floor against regressions on the held-out-29 part (12 texts, 164 entries, written
    before any run). Its blind run 1 at the session's start code (48f93c91, main efd3b8f and
    the part) gave 116 of 164 right (70.7 %; 40 found that are not right, 3 of its 53 pieces
    absorbed). The fifty-first round's general rules (layouts51: "YEAR r. - DD.MM", the year,
    Polish or Czech "r.", then the day and month of two digits; a short question as the
    page's title naming its entries' year, a dateline opening with a whole day and its time
    of day as the page's date, and a title's year the one after a page dated in October to
    December; a wiki's mobile edit link glued to the lines below its sections' headings,
    "editar- 15 de septiembre: …", "editar1853"; a Latin Extended-A capital, "Światowy",
    opening a text after its date; "17.VII.1945-02.VIII.1945", two whole days with Roman
    months; "881 - von …" among rising short years with dashes; a span alone repeating the
    page's title's span, its introduction below; an approximate span of three-digit years,
    "ca. 590-670 -", between plain ones) read the figures below: 155 of 164 right,
    3 found that are not right, 0 absorbed. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-29"):
        add(total, item)
    assert total.right >= 155 and total.found - total.right <= 3
    assert total.absorbed == 0


def test_held_out_30_floor() -> None:
    """A floor against regressions on the held-out-30 part (12 texts, 176 entries, written
    before any run; 175 since one last item cut inside its first word, "21 marca 1522 - Mi",
    was dropped by the README's rule for such items). Its blind run 1 at the session's start
    code (4584bf97, main 6c0f96b and the part) gave 130 of 176 right (73.9 %; 6 found that
    are not right, 0 of its 27 pieces absorbed). The fifty-third round's general rules
    (layouts53: ISO 8601's basic form "19140628 – text"; a century or a decade with its
    unknown digits as x, "10xx:", "130x:", and "5xx:" among three-digit years; a numbered
    title with its date after a comma or its full stop, "1. Title, January 26, 1950", "1.
    Title. January 1952"; "from" a year "to" another in other languages, "Dal 1903 al
    1906:"; two years with a comma before the colon, "1913, 1914:"; two centuries, the first
    bare, "16-18th centuries"; two foreign months with a slash, "lipiec/sierpień 1410 -";
    an item under a year alone opening with "from" that year's span, "Fra 1534 - 36 …"; a
    season with no year under a dated item, "In autunno: …") read 174 of 175 right, 1 found
    that is not right, 0 absorbed. The lead then added "50: Axum rules Eritrea" (0050),
    which the collector had read as a two-digit year of no known century, by the
    two-digit-year rule's last sentence (a list of years before 1000, as held-out-6's "53:"):
    176 entries, 175 right, 0 found that are not right. Figures on texts seen since, not
    blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-30"):
        add(total, item)
    assert total.right >= 175 and total.found == total.right
    assert total.absorbed == 0


def test_held_out_31_floor() -> None:
    """A floor against regressions on the held-out-31 part (12 texts, 153 entries, 82 pieces
    left out, written before any run). Its blind run 1 at the session's start code (9048bd67,
    main 1e507f8 and the part) gave 133 of 153 right (86.9 %; 7 found that are not right, 5 of
    its 82 pieces absorbed: per text maryelizabeth 2/8, xcv 15/21, northernculture 10/13;
    absorbed in dafrwiki 2, xcv 2, vlex 1). The fifty-fifth round's general rules (layouts55:
    a series of numbered headings, "XIII th århundrede", never an entry's text; a bulleted
    line that runs on past the wrap width by more than its last word, never wrapped; a
    table's header row written again over each table, "Rok Data Zdarzenie"; a span of two
    centuries with the word after each, "I wiek - V wiek", and "11 wiek"; a subheading
    between two paragraphs of one entry; a numbered list's item run into the item before it,
    "… was stopped. 3. 1853: …"; a spaced span before 1000 with a foreign era, "300 – 850
    e.Kr"; a date's category label again under an item, another item of that date; a month
    and its year with a glued comma, "December,1991") read 142 of 153 right, 5 found that are
    not right, 0 absorbed. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (_score(n) for n, s in CORPUS.items() if s["part"] == "held-out-31"):
        add(total, item)
    assert total.right >= 142 and total.found - total.right <= 5
    assert total.absorbed == 0


def test_held_out_32_floor() -> None:
    """A floor against regressions on the held-out-32 part (12 texts, 162 entries, 63 pieces
    left out, written before any run). Its blind run 1 at the session's start code (5d3210b4,
    main 98d804a and the part) gave 110 of 162 right (67.9 %; 17 found that are not right, 6
    of its 63 pieces absorbed: per text stalowipatrioci 0/11 with 11 extra, pictureipswich
    0/19, lavozdegalicia 2/7, sitesph 1/3, libero 14/24, stockholmslans 25/28; absorbed in
    5dok 3, spvg 1, chapelhill 1, dw-pl 1). The fifty-seventh round's general rules
    (layouts57: a post's permanent link and a share button in other languages as furniture;
    a button written as a paragraph of its own after each entry's text, "Rozwiń"; a page's
    title taken from one of its entries, "1908 • Closing of …", and the line quoting it; a
    table's cells of a name and its date in brackets, "Brisbane (7 September 1859) |"; a page
    of one day that writes its own day with its year, "19.XII.2018 (Środa)", over its years;
    an item opening with a decade in a "YEAR – text" list, "Under 1630-talet …"; a subheading
    inside an entry's hard-wrapped text; a year glued to the full stop of the entry before it,
    "… India.1958 The …") read 143 of 162 right, 5 found that are not right, 0
    absorbed. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (score_file(n, s) for n, s in CORPUS.items() if s["part"] == "held-out-32"):
        add(total, item)
    assert total.right >= 143 and total.found - total.right <= 5
    assert total.absorbed == 0


def test_held_out_33_floor() -> None:
    """A floor against regressions on the held-out-33 part (12 texts, 153 entries, 75 pieces
    left out, written before any run). Its blind run 1 at the session's start code (0d333936,
    main dc5ee39 and the part) gave 101 of 153 right (66.0 %; 5 found that are not right, 1 of
    its 75 pieces absorbed: per text telenet 0/17, nnulk 0/10, trois-frontieres 1/9,
    boudulemag 2/9, dreckmann 15/20, naazhigai 7/9, du 13/14 with 1 extra, thenewdaily 22/23
    with 1 extra, vdocumento 8/9 with 2 extra; absorbed in edexlive 1). The fifty-ninth
    round's general rules (layouts59: a question over undated bullets after the list, "What
    are the functions of UGC ?", no entry's text nor a row of the year above; three-digit
    years alone, and spans of two, "481-511", "629/639", "250 tot 450.", "881-91", in a
    document whose only entries are years alone, no pages' numbers; a weekday and a whole day
    alone over entries that write no year, "Wednesday, October 13, 2010", the page's date
    giving them its year; a subtitle ending with a colon under a date alone over a paragraph,
    that date's text; a bulleted item under a year alone ending with its whole day, "… on 26
    March 1923"; an item under a span of years ending with a later year of it, "… a cardinal
    in 2003"; a day after an elided article, "L’11 de setembre …"; a page's title taken from
    an entry with a space alone after its year, "1439 Alfons el Magnànim …") read 137 of 153
    right, 1 found that is not right, 0 absorbed. The sixtieth round's (layouts60: "1940, டிசம்பர்,
    24 – …", a year, a Tamil month and a day set off by commas; a day followed by its hour,
    "21 septembre 2001 10 h 17 m 55 s • …", and the day's hours run together after it, "…
    profondeur. 10h30 • Horreur …") read 145 of 153. Figures on texts seen since, not blind
    ones."""
    total = Score()
    for item in (score_file(n, s) for n, s in CORPUS.items() if s["part"] == "held-out-33"):
        add(total, item)
    assert total.right >= 145 and total.found - total.right <= 1
    assert total.absorbed == 0


def test_held_out_34_floor() -> None:
    """A floor against regressions on the held-out-34 part (12 texts, 179 entries, 64 pieces
    left out, written before any run). Its blind run 1 at the session's start code (f1751169,
    main 69f64fe and the part) crashed on megaessays (ValueError: int() of '700 AD', a year
    with its era among years run together; counted as 0 of its 16) and gave 126 of 179 right
    (70.4 %; 11 found that are not right, 8 of its 64 pieces absorbed: per text gorakalwaria
    2/14 with 2 extra, regjeringen 0/7 with 7 extra, gallegosdigital2 0/12, megaessays 0/16
    (the crash), jlb 19/20, anuragdeepili 17/22 with 2 extra and 5 absorbed; absorbed in
    classicistranieri 1, haeselrieth 2). The sixty-first round's general rules (layouts61: a
    year with its era read by its number, "700 AD", "AD 900", never int() of the found text;
    a day with its weekday on top in a shape no entry below writes, "Monday, 17 February
    2020" over "16.12.2012", the page's date; a table row closed by its pipe takes no line
    below; an image's caption written twice at the margin; the year's word shortened, "1252
    r. - ", "3 V 1809 r. - ", "1945 г. - "; a live page's stamp "23:55.- text" and its ".-
    text" below a stamp alone; years written again by their whole days in brackets, "1838-1930
    (mandag 1. januar 1838 – onsdag 31. desember 1930)", and the paragraph naming them again,
    "1968-1974 kjennetegnes …", that date's text) read 166 of 179 right, 1 found that is not
    right, 0 absorbed. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (score_file(n, s) for n, s in CORPUS.items() if s["part"] == "held-out-34"):
        add(total, item)
    assert total.right >= 166 and total.found - total.right <= 1
    assert total.absorbed == 0


def test_held_out_35_floor() -> None:
    """A floor against regressions on the held-out-35 part (the Fifty-eighth collection: 12
    texts, 136 entries, 49 pieces left out, written before any run). Its blind run at the
    session's start code (e0787841 and the part) gave 98 of 136 right (72.1 %; 9 found that
    are not right, 47 of its 49 pieces reported, 0 absorbed: per text pallotyni 0/5 with 5
    extra, migalhas 0/24, netsolhost 13/19 with 1 extra, stpaulsdarien 7/10, drumhellermail
    14/14 with 3 extra and 0 of its 2 pieces reported; the seven others all right). The
    sixty-third round's general rules (layouts63: month headings "- Janeiro" over one-line
    items, each an entry of its month, "Abril" among them a heading; a hyphenated weekday in
    a page's stamp, "sexta-feira, 28 de dezembro de 2018", the page's date over month
    headings; a page of one day whose heading ends with the day after a title's words,
    "Kalendarium … na 1 października", a dash item under it of the year above, an item
    opening with a span of days holding that day; a year title written again below it; a
    date wrapped to the end of the line above its "- text"; years run into "YYYY text"
    paragraphs) read 136 of 136 right, 0 found that are not right, all 49 pieces reported,
    0 absorbed. Figures on texts seen since, not blind ones."""
    total = Score()
    for item in (score_file(n, s) for n, s in CORPUS.items() if s["part"] == "held-out-35"):
        add(total, item)
    assert total.right >= 136 and total.found - total.right <= 0
    assert total.absorbed == 0
    assert total.reported == total.left_out
