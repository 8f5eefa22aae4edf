"""Issue 22, seventeenth round: the rules the second layout matrix (tests/test_import_matrix2.py)
and the blind sets' misses asked for, each on a short chronology written for the test."""

from __future__ import annotations

import pytest

from ktimeline.dates import find_date, parse_date_argument
from ktimeline.importing.entries import split_entries
from tests.import_split import dates as _read


def test_on_date_paragraphs_newest_first_take_the_title_year() -> None:
    # (the layout of a news agency's backgrounder: xinhua, held-out-12)
    text = (
        "Backgrounder: Major developments at the port in 2018\n\n"
        "The following are the major developments at the port this year.\n\n"
        "On Sept. 14, the new crane was opened.\n\n"
        "On Aug. 24, the dockers voted to strike.\n\n"
        "On July 7, the harbour master resigned.\n\n"
        "On June 1, the ferry line closed.\n"
    )
    split = split_entries(text)
    assert [(e.date, e.text[:12]) for e in split.entries] == [
        ("2018-09-14", "On Sept. 14,"),
        ("2018-08-24", "On Aug. 24, "),
        ("2018-07-07", "On July 7, t"),
        ("2018-06-01", "On June 1, t"),
    ]
    assert split.pattern is not None
    assert "newest first; the year from the title: 2018" in split.pattern.describe()


def test_on_date_paragraphs_with_no_year_anywhere_are_still_reported() -> None:
    text = (
        "Port news\n\n"
        "On Sept. 14, the new crane was opened.\n\n"
        "On Aug. 24, the dockers voted to strike.\n\n"
        "On July 7, the harbour master resigned.\n"
    )
    split = split_entries(text)
    assert split.entries == []
    assert sum("use --year" in s.reason for s in split.unplaced) == 3


def test_paragraphs_opening_with_their_year_are_a_narrative_chronology() -> None:
    # (saciol, held-out-12: "In 1871, Idestam …"; the paragraph between, with no year at
    # its start, is reported, never joined to the year above it)
    text = (
        "The company\n\n"
        "In 1871, the founder opened a paper mill on the river\n\n"
        "However, his retirement in 1896 let a partner lead the company\n\n"
        "In 1898, a rubber works was founded nearby\n\n"
        "In 1902, the mill added electricity generation\n"
    )
    split = split_entries(text)
    assert [(d, t[:8]) for d, _, t in _read(text)] == [
        ("1871", "In 1871,"),
        ("1898", "In 1898,"),
        ("1902", "In 1902,"),
    ]
    assert any(s.text.startswith("However,") for s in split.unplaced)
    assert split.pattern is not None
    assert "sentences that open with their date ('In <year>, …')" in split.pattern.describe()


def test_two_in_year_paragraphs_are_no_pattern() -> None:
    text = "In 1871, the mill opened.\n\nIn 1898, a rubber works was founded.\n"
    assert _read(text) == []


def test_hindi_month_names_in_import_and_range() -> None:
    # (etvbharat, held-out-12: "- 3 मई 1999: …")
    text = "- 3 मई 1999: पहली घटना.\n- 5 मई 1999: दूसरी घटना.\n- 26 जुलाई 1999: तीसरी घटना.\n"
    assert [d for d, _, _ in _read(text)] == ["1999-05-03", "1999-05-05", "1999-07-26"]
    read = parse_date_argument("3 सितम्बर 1999", "START")
    assert (read.start_iso, read.end_iso) == ("1999-09-03", "1999-09-03")
    assert find_date("मईा 1999") is None  # (a vowel sign after it: a longer word)


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("Jan. 9 – 7,100 people see the town flooded.", "Jan. 9"),
        ("June 27, 2005 – 39 workers see the market move.", "June 27, 2005"),
        ("Dec. 28-31, 2019: the talks", "Dec. 28-31, 2019"),
        ("Dec. 31, 2020 to Jan. 2, 2021: the talks", "Dec. 31, 2020 to Jan. 2, 2021"),
    ],
)
def test_a_count_after_the_dash_is_no_span_end(line: str, written: str) -> None:
    found = find_date(line)
    assert found is not None
    assert found.group().strip() == written


def test_a_number_after_a_spaced_dash_opens_the_text() -> None:
    text = (
        "Timeline of 1980\n\n"
        "March 15 – 17 workers see the airport move.\n"
        "June 1 – 60 workers see the treaty signed.\n"
        "Aug. 7 – 24 workers see the market open.\n"
    )
    assert _read(text) == [
        ("1980-03-15", None, "17 workers see the airport move."),
        ("1980-06-01", None, "60 workers see the treaty signed."),
        ("1980-08-07", None, "24 workers see the market open."),
    ]


def test_a_german_day_after_a_bullet_is_no_list_number() -> None:
    text = (
        "Vereinsjahr 1952\n\n"
        "• 18. Januar: Die Stadt stimmt ab.\n"
        "• 15. Februar: Der Markt tagt.\n"
        "• 9. Mai: Das Gericht schließt.\n"
    )
    assert [d for d, _, _ in _read(text)] == ["1952-01-18", "1952-02-15", "1952-05-09"]


def test_days_falling_under_an_introduction_year_are_newest_first() -> None:
    # (one step back in the months only: 21, 11, 6 June, then 18 January)
    text = (
        "A Year at the Council\n\n"
        "Below is a chronology of the council's year, 1963.\n\n"
        "21 June – The press opens.\n"
        "11 June – The hospital opens.\n"
        "6 June – The town opens.\n"
        "18 January – The river floods.\n"
    )
    assert [d for d, _, _ in _read(text)] == [
        "1963-06-21",
        "1963-06-11",
        "1963-06-06",
        "1963-01-18",
    ]


def test_days_rising_across_a_year_end_are_not_read_newest_first() -> None:
    text = (
        "Timeline of 2019\n\n"
        "Dec. 5 – The press opens.\n"
        "Dec. 20 – The hospital opens.\n"
        "Jan. 3 – The town opens.\n"
    )
    split = split_entries(text)  # (Dec. 20 after Dec. 5: no newest-first list)
    assert split.pattern is not None
    assert "newest first" not in split.pattern.describe()
    assert [e.date for e in split.entries][:2] == ["2019-12-05", "2019-12-20"]


def test_rows_under_a_year_are_events_of_that_year_in_a_wrapped_looking_text() -> None:
    # (the annotation rule of tests/data/import/real/README.md: a capitalised line under a
    # one-line entry that ended its sentence is another event of its date, also where
    # the text's lines are of one width (the line above short of it), under a span of years)
    rows = [f"{1800 + i} Event number {i} of the district happened here at last." for i in range(8)]
    text = "\n".join(
        [*rows[:4], "1850-53 The war years.",
         "The war leaves an estimated ruin.", *rows[4:]]
    ) + "\n"  # fmt: skip
    found = _read(text)
    assert ("1850", "1853", "The war leaves an estimated ruin.") in found
    assert len(found) == 10


def test_a_paragraph_under_a_span_of_years_stays_its_text() -> None:
    # (a span's description over several lines, "1568—1648: 80-jarige oorlog" / "De
    # Tachtigjarige Oorlog …" / "De oorlog begon …": no rows of the span)
    text = (
        "1520: Ontdekkingsreizen\nDe Portugees vaart rond de wereld.\n\n"
        "1568—1648: Tachtigjarige oorlog\nDe oorlog is een opstand.\n"
        "De oorlog begon om religieuze redenen.\nNa 1576 groeiden de Nederlanden uit elkaar.\n\n"
        "1588—1795: Republiek\nDe Republiek is een confederatie.\n"
    )
    assert [(d, e) for d, e, _ in _read(text)] == [
        ("1520", None),
        ("1568", "1648"),
        ("1588", "1795"),
    ]


def test_a_bulleted_item_opening_with_its_day_under_a_year_heading() -> None:
    # (beckchris, held-out-10: the only "On <day>," item, then undated items of the year)
    text = (
        "2000\n\n  • Israel ends its occupation of Lebanon.\n  • A space station opens.\n\n"
        "2001\n\n  • On September 11, Al Qaeda terrorists hijack four planes.\n\n"
        "  • The US invades Afghanistan.\n  • Wikipedia is launched.\n"
    )
    assert _read(text) == [
        ("2000", None, "Israel ends its occupation of Lebanon."),
        ("2000", None, "A space station opens."),
        ("2001-09-11", None, "On September 11, Al Qaeda terrorists hijack four planes."),
        ("2001", None, "The US invades Afghanistan."),
        ("2001", None, "Wikipedia is launched."),
    ]


@pytest.mark.parametrize("decade", ["60er Jahre", "años 60", "’60s"])
def test_a_two_digit_decade_takes_the_century_of_the_years_around_it(decade: str) -> None:
    # (mondediplomatique, held-out-8: "1942–1944: …" / "60er Jahre: …" / "1968: …")
    text = (
        f"1867: Kanada wird ein Condominium.\n1942–1944: Die Kanadier einigen sich.\n"
        f"{decade}: Die ruhige Revolution.\n1968: Gründung des Parti québécois.\n"
    )
    assert [(d, e) for d, e, _ in _read(text)][2] == ("1960", "1969")


def test_a_two_digit_decade_between_two_centuries_is_reported() -> None:
    text = "1867: Kanada wird ein Condominium.\n60er Jahre: Die Revolution.\n2004: Wahl.\n"
    split = split_entries(text)
    assert [e.date for e in split.entries] == ["1867", "2004"]
    assert any(s.text.startswith("60er Jahre") for s in split.unplaced)


def test_times_under_an_introduction_naming_their_day() -> None:
    # (utoronto, held-out-9: the page names the events' day and, later, its posting day;
    # a bracketed update line is aside)
    text = (
        "Timeline\n\n"
        "The agency lists events for the Dec. 25, 2004, tsunami. This preliminary timeline "
        "was posted Dec. 29, 2004.\n(updated Jan. 28, 2005)\n\n"
        "2:59 p.m. The rupture begins.\n\n3:07 p.m. Signals reach Hawaii.\n\n"
        "[3:15 p.m.] Waves strike the islands.\n"
    )
    assert _read(text) == [
        ("2004-12-25", None, "2:59 p.m. The rupture begins."),
        ("2004-12-25", None, "3:07 p.m. Signals reach Hawaii."),
        ("2004-12-25", None, "[3:15 p.m.] Waves strike the islands."),
    ]


def test_times_under_an_introduction_naming_days_months_apart_are_reported() -> None:
    text = (
        "The storm of June 2, 2004 and the floods of Oct. 9, 2004.\n\n"
        "2:59 p.m. The rain begins.\n\n3:07 p.m. Rivers rise.\n\n3:15 p.m. Roads close.\n"
    )
    assert _read(text) == []


def test_an_updated_line_is_the_page_date_not_the_entries_year() -> None:
    # (tried as a user: a court case's page updated the year after its events)
    text = (
        "Smith v. Jones: the case so far\nUpdated: 14 March 2023\n\n"
        "The following is a timeline of the key events in 2022.\n\n"
        "Dec. 12 – The appeal court hears the case.\nNov. 3 – 1,200 pages are filed.\n"
        "Sept. 20 – Jones appeals.\nMarch 2 – 3 witnesses give evidence.\n"
    )
    assert _read(text) == [
        ("2022-12-12", None, "The appeal court hears the case."),
        ("2022-11-03", None, "1,200 pages are filed."),
        ("2022-09-20", None, "Jones appeals."),
        ("2022-03-02", None, "3 witnesses give evidence."),
    ]


def test_a_foto_credit_is_layout() -> None:
    text = "2023\n\n• 12. August: Auftakt in Kiel.\n\nFotos: Vereinsarchiv\n"
    split = split_entries(text)
    assert [s.text for s in split.layout if "Fotos" in s.text] == ["Fotos: Vereinsarchiv"]


def test_a_sentence_under_a_day_alone_and_its_text_is_no_row_of_its_year() -> None:
    # (the first matrix: "1909-06-28 (Athens)" / its text / a second sentence: never an
    # entry of the year 1909, the rows rule being for one-line year rows)
    text = (
        "A Short History of the Valley\n\n1909-06-28 (Athens)\nThe harbour grows.\n"
        "Crowds watched from the banks.\n1915-06-03 (Paris) — The town is flooded.\n"
        "1915-10-01 (St. Louis): The treaty closes.\n1916-01-22 (Athens)\nThe railway strikes.\n"
    )
    assert [d for d, _, _ in _read(text)] == [
        "1909-06-28",
        "1915-06-03",
        "1915-10-01",
        "1916-01-22",
    ]


def test_a_month_and_a_dash_under_a_year_among_year_dash_lines() -> None:
    # (independent, held-out-12: "1984 - …" lines, then "1990: 2 Feb - …" / "May - …")
    text = (
        "1984 - Power struggle erupts.\n\n1985 - Emergency rule is imposed.\n\n"
        "1986 - Full emergency rule declared.\n\n1990: 2 Feb - De Klerk repudiates apartheid.\n\n"
        "11 Feb - Mandela released from prison.\n\nMay - ANC and government meet.\n\n"
        "August - ANC agrees to suspend its armed struggle.\n"
    )
    assert [d for d, _, _ in _read(text)][-2:] == ["1990-05", "1990-08"]


def test_rows_of_a_list_of_year_rows_under_full_width_lines() -> None:
    # (moadoph, held-out-10: its long rows look hard-wrapped; the run is year lines and
    # rows only, so each row is an event of its year)
    rows = [
        f"{1850 + i} Event {i} of the federation story was held in the colony." for i in range(6)
    ]
    text = "\n".join(
        [rows[0], rows[1], "1890 The Australasian Federation Conference was held in Melbourne.",
         "Responsible government achieved in Western Australia.", *rows[2:]]
    ) + "\n"  # fmt: skip
    assert ("1890", None, "Responsible government achieved in Western Australia.") in _read(text)


def test_a_second_line_under_every_year_line_is_no_row() -> None:
    # (the first matrix's "body more": each entry two lines; its second is its own)
    text = "".join(
        f"{1900 + i} – The town event number {i} happened in the valley at last.\n"
        f"It was the first of its kind, says witness {i}.\n"
        for i in range(5)
    )
    assert len(_read(text)) == 5
