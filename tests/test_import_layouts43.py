"""Issue 22, layouts43: what this session's helpers found and left, as general rules tested on
chronologies of other subjects and wordings: a date line with the hour alone on it and the text
below ("April 25, 1986, 1 a.m." / "Operators …"); a slashed date with one possible reading
("26/04/1986"); a count opening a line of a bare "YEAR Text" list ("1500 copies sold");
a list of one-line entries of about one width, its headings between them (not hard-wrapped);
German qualifiers and centuries ("Ende 6. Jh.:", "Ab 3. Jh.:"); an approximate three-digit
year among such years ("Um 800:") and two years before a colon ("849, 858:"); with what each
must not read."""

from __future__ import annotations

from datetime import date

import pytest

from ktimeline import dates
from ktimeline.dates import DateSpan, parse_date_argument
from ktimeline.importing.entries import split_entries
from ktimeline.model import DatePrecision
from tests.import_support import left_out, read_entries, reasons

# --- a date line with the hour alone on it, the text below ---------------------------------


SHIPWRECK = """\
The last voyage

March 3, 1912, 9 p.m.
The steamer leaves the harbour in a rising gale.
March 3, 1912, 11:40 p.m.
The lookout reports ice ahead of the bow.
March 4, 1912, 2:20 a.m.
The ship goes down with most of her crew.
March 6, 1912
An inquiry is opened in the capital.
"""


def test_a_date_and_an_hour_alone_on_a_line_take_the_text_below() -> None:
    assert read_entries(SHIPWRECK) == [
        ("1912-03-03", None, "9 p.m. The steamer leaves the harbour in a rising gale."),
        ("1912-03-03", None, "11:40 p.m. The lookout reports ice ahead of the bow."),
        ("1912-03-04", None, "2:20 a.m. The ship goes down with most of her crew."),
        ("1912-03-06", None, "An inquiry is opened in the capital."),
    ]
    assert left_out(SHIPWRECK) == ["The last voyage"]


def test_the_hour_without_a_comma_and_a_blank_line_before_the_text() -> None:
    factory = (
        "Fire at the mill\n\n12 June 1950 14:05\n\nSmoke is seen over the weaving shed.\n\n"
        "12 June 1950 16:30\n\nThe roof of the shed falls in.\n\n13 June 1950\n\n"
        "The owners promise to rebuild.\n"
    )
    assert [(day, text[:14]) for day, _, text in read_entries(factory)] == [
        ("1950-06-12", "14:05 Smoke is"),
        ("1950-06-12", "16:30 The roof"),
        ("1950-06-13", "The owners pro"),
    ]


def test_a_page_stamp_with_its_hour_over_an_article_is_no_entry() -> None:
    # (one such line: the page's stamp, not a chronology of hours)
    article = (
        "3 de marzo de 2009, 10:24 AM\n\nLa ciudad celebra hoy su fiesta mayor.\n\n"
        "1950: Se funda el club.\n1962: El club sube de categoría.\n"
        "1971: El club gana la liga.\n"
    )
    assert [day for day, _, _ in read_entries(article)] == ["1950", "1962", "1971"]
    assert "3 de marzo de 2009, 10:24 AM" in left_out(article)


# --- a slashed date with one possible reading ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [("26/04/1986", date(1986, 4, 26)), ("04/26/1986", date(1986, 4, 26)),
     ("31/12/1999", date(1999, 12, 31)), ("12/12/2019", date(2019, 12, 12))],
)  # fmt: skip
def test_a_slashed_date_with_one_reading_is_read(written: str, day: date) -> None:
    assert parse_date_argument(written, "START") == DateSpan(day, day, DatePrecision.DAY)


def test_a_day_before_a_slashed_or_dotted_day_with_one_reading_is_a_span() -> None:
    for written in ("17-19/4/1961", "17-19.04.1961"):
        span = parse_date_argument(written, "START")
        assert (span.start, span.end) == (date(1961, 4, 17), date(1961, 4, 19))


def test_a_slashed_date_with_two_readings_stays_ambiguous() -> None:
    with pytest.raises(dates.DateArgumentError, match="is ambiguous"):
        parse_date_argument("06/04/1986", "START")
    with pytest.raises(dates.DateArgumentError, match="is not a real date"):
        parse_date_argument("31/02/2019", "START")


# --- a count opening a line of a bare "YEAR Text" list ----------------------------------------


BAKERY = """\
The bakery

1961 The bakery opens on the market square.
1962 A second oven is built.
1200 loaves sold on the first Saturday.
1963 The founder's son takes over.
1964 A shop opens in the next town.
1970 people queue for the jubilee cake.
1965 The bakery wins a regional prize.
"""


def test_a_count_out_of_a_bare_year_lists_order_is_no_year() -> None:
    assert [day for day, _, _ in read_entries(BAKERY)] == [
        "1961", "1962", "1963", "1964", "1965",
    ]  # fmt: skip
    assert "1200 loaves sold on the first Saturday." in left_out(BAKERY)
    assert "1970 people queue for the jubilee cake." in left_out(BAKERY)


def test_a_year_in_order_before_a_lower_case_name_stays_a_year() -> None:
    shop = (
        "The web\n\n1993 The first browser is released.\n1994 A bookshop opens online.\n"
        "1995 eBay is founded.\n1996 A search engine starts.\n1997 A film shop opens.\n"
    )
    assert [day for day, _, _ in read_entries(shop)] == ["1993", "1994", "1995", "1996", "1997"]


# --- one-line entries of about one width, headings between them -----------------------------


MINE = """\
A short history of the copper mine and the valley around it, told in a few lines each:
Around 3000 BC. Early people dig the first copper out of the hillside by hand, it is said.
1850 – Surveyors from the capital … report rich copper seams under the western ridge
1853 – The first shaft is sunk and … workers arrive from the coast to live in the huts
The Boom
1860 – A railway line reaches … valley and ore is sent to the smelters in the city.
1871 – A flood fills the lower … the mine is closed for most of the following year.
1880 – The company builds a school … a chapel for the miners' families in the town.
1899 – A strike over wages lasts … weeks before the owners agree to a pay rise now.
Miners at the pithead
in the hard winter
A photograph of the strikers
Decline
1912 – Seams run thin and the … off half of its miners in a single month that year.
1920 – The last shaft is closed and … the valley's people move away to the cities.
1931 – The mine's buildings are … turned into a museum of the valley's history now.
1950 – A new road brings the first … visitors and the town lives from tourism since.
"""


def test_headings_between_one_line_entries_of_about_one_width() -> None:
    entries = read_entries(MINE)
    assert [day for day, _, _ in entries] == [
        "1850", "1853", "1860", "1871", "1880", "1899", "1912", "1920", "1931", "1950",
    ]  # fmt: skip
    assert entries[1][2].endswith("to live in the huts")
    assert entries[5][2].endswith("a pay rise now.")
    out = left_out(MINE)
    assert "The Boom" in out
    assert "Decline" in out
    assert "A photograph of the strikers" in out


def test_a_hard_wrapped_list_still_carries_its_lines_on() -> None:
    # (a text wrapped at a width: its full lines go on onto the next one)
    wrapped = (
        "The harbour\n\n"
        "1850 – Merchants from the capital build a stone quay at the mouth of the river and\n"
        "Ships come in from the north.\n"
        "1853 – A lighthouse is built on the rocks outside the harbour and its lamp is lit\n"
        "Every night from October to March.\n"
        "1860 – The railway reaches the harbour and coal is shipped out to the cities in the\n"
        "South by steamer.\n"
        "1871 – A storm breaks the quay in two places and the repairs take the better part of\n"
        "Two years.\n"
        "1880 – A fish market opens on the quay.\n"
        "1890 – The harbour is dredged.\n"
    )
    entries = read_entries(wrapped)
    assert entries[0][2].endswith("Ships come in from the north.")
    assert entries[1][2].endswith("Every night from October to March.")


def test_a_hanging_indent_keeps_a_list_wrapped() -> None:
    from ktimeline.importing.entries.splitter import _ends_entries_at_width

    lines = [
        "- 1967 Pattern matching in a language of its time.",
        "         More of the same entry, indented under it.",
        *(f"- 19{70 + n} Another entry of about the same width here." for n in range(6)),
    ]
    starts = {1, *range(3, 9)}
    assert not _ends_entries_at_width(lines, starts, 50)
    assert _ends_entries_at_width(lines[:1] + lines[2:], set(range(1, 8)), 50)


# --- German qualifiers and centuries, approximate short years, two years ---------------------


CHRONIK = """\
Aus der Geschichte des Klosters

Ab 5. Jh.:
Eine Siedlung entsteht am Fluss.
Ende 8. Jh.:
Mönche bauen eine erste Kapelle.
880:
Das Kloster wird zuerst genannt.
Um 900:
Bau einer steinernen Kirche.
912, 915:
Besuche des Königs im Kloster.
931:
Ein Brand zerstört die Scheune.
950:
Die Kirche wird geweiht.
"""


def test_german_centuries_and_an_approximate_short_year_in_a_chronicle() -> None:
    entries = read_entries(CHRONIK)
    assert [(day, end) for day, end, _ in entries] == [
        ("0401", "0500"), ("0701", "0800"), ("0880", None), ("0900", None), ("0912", None),
        ("0931", None), ("0950", None),
    ]  # fmt: skip
    assert entries[3][2] == "Bau einer steinernen Kirche."
    notes = {entry.line: entry.note for entry in split_entries(CHRONIK).entries}
    assert notes[9] is not None and "'Um 900' is an approximate year" in notes[9]
    assert notes[11] is not None and "'912, 915' names two years" in notes[11]


def test_an_approximate_short_year_stays_refused_where_the_text_names_years_before_the_era() -> (
    None
):
    text = CHRONIK.replace("Ab 5. Jh.:", "Um 50 v. Chr.:\nRömer am Fluss.\nAb 5. Jh.:")
    assert "0900" not in [day for day, _, _ in read_entries(text)]
    assert "perhaps before the Common Era" in reasons(text)["Um 900:"]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [("Anfang 1950", "1950", None), ("Ende 12. Jh.", "1101", "1200"),
     ("Ab 3. Jh.", "0201", "0300")],
)  # fmt: skip
def test_german_qualifiers_in_dates_and_range(written: str, start: str, end: str | None) -> None:
    match = dates.find_date(f"{written}: Text")
    assert match is not None
    resolved = dates.resolve_date(match, dates.YearContext(None))
    assert not isinstance(resolved, str)
    assert resolved[:2] == (start, end)
    assert parse_date_argument(written, "START").start.isoformat()[:4] == start


def test_ende_and_ab_as_words_are_no_dates() -> None:
    assert dates.find_date("Am Ende des Tages ist alles gut") is None
    assert dates.find_date("ab und zu regnet es") is None
