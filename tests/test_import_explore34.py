"""Issue 22, explore34: layouts met by trying real government, parliament, court, agency,
university and book chronologies as a new user would (a book's chronology on one PDF line,
a parliament's stages of a bill, a bill's file whose items end with their dates, a court
tracker's "On 10/16/25, …" updates), each as a general rule with cases of other subjects and
wordings (no corpus text copied)."""

from __future__ import annotations

from ktimeline import dates as date_grammar
from ktimeline.importing.entries import split_entries
from tests.import_split import dates, in_no_entry
from tests.import_support import left_out

# --- a chronology's heading run into its first entry on one PDF line ----------------------

BOOK_LINE = (
    "Chronology 1903 The Wright brothers fly at Kitty Hawk, North Carolina, on December 17. "
    "1908 Ford sells the first Model T, built on a moving line from 1913. 1914 The Panama "
    "Canal opens to ships. 1927 Lindbergh flies alone across the Atlantic to Paris.\n"
)


def test_a_heading_run_into_its_entries_leaves_them_read() -> None:
    assert [(d, t.split()[0]) for d, _, t in dates(BOOK_LINE)] == [
        ("1903", "The"),
        ("1908", "Ford"),
        ("1914", "The"),
        ("1927", "Lindbergh"),
    ]


def test_the_run_in_heading_is_listed_as_layout() -> None:
    split = split_entries("CHRONOLOGY: " + BOOK_LINE[len("Chronology ") :])
    assert [(s.text, s.reason.startswith("heading")) for s in split.layout] == [
        ("CHRONOLOGY:", True)
    ]


def test_a_chronology_title_with_a_year_inside_stays_a_heading() -> None:
    text = (
        "Chronology of the 1914 crisis\n"
        "June 28, 1914: The archduke is shot.\n"
        "July 28, 1914: Austria declares war.\n"
        "August 4, 1914: Britain declares war.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1914-06-28", "1914-07-28", "1914-08-04"]
    in_no_entry(text, "Chronology of the 1914 crisis")


# --- a month alone with its colon in a run of days on one line ----------------------------

SEASON_LINE = (
    "1966 March 3: The club signs a new coach. April 9: The season opens at home. May 1: A "
    "crowd of 40,000 sees the derby. June: The stadium roof is rebuilt. July 4: The club "
    "tours abroad.\n"
)


def test_a_month_alone_in_a_run_of_days_is_an_entry_of_its_own() -> None:
    assert dates(SEASON_LINE) == [
        ("1966-03-03", None, "The club signs a new coach."),
        ("1966-04-09", None, "The season opens at home."),
        ("1966-05-01", None, "A crowd of 40,000 sees the derby."),
        ("1966-06", None, "The stadium roof is rebuilt."),
        ("1966-07-04", None, "The club tours abroad."),
    ]


def test_a_month_and_a_colon_inside_a_sentence_stays_text() -> None:
    text = SEASON_LINE.replace("June: The stadium", "in June: the stadium")
    assert "1966-06" not in [d for d, _, _ in dates(text)]


# --- a year and a dash after a sentence's end, in a run of years --------------------------

YEARS_LINE = (
    "1961 The wall is built across the city overnight, and crossings close. 1963 The "
    "president speaks at the town hall before a crowd of thousands. 1971– A transit "
    "agreement eases travel, which 72 both sides sign. 1973 Both states join the United "
    "Nations. 1989 The wall falls in November.\n"
)


def test_a_year_with_a_dash_in_a_run_of_years_starts_an_entry() -> None:
    assert [d for d, _, _ in dates(YEARS_LINE)] == ["1961", "1963", "1971", "1973", "1989"]
    assert dates(YEARS_LINE)[2][2].startswith("A transit agreement")


def test_a_year_with_a_dash_inside_a_sentence_stays_text() -> None:
    text = YEARS_LINE.replace("of thousands. 1971– A transit", "of thousands in 1971– a transit")
    assert text != YEARS_LINE
    assert "1971" not in [d for d, _, _ in dates(text)]


# --- titles over their dates alone, a status below (a parliament's stages, a docket) ------

DOCKET = (
    "Case history\n"
    "Complaint filed\n"
    "Wednesday, March 3, 2021\n"
    "Motion to dismiss\n"
    "Monday, April 12, 2021\n"
    "Denied\n"
    "Trial\n"
    "Tuesday, May 4, 2021\n"
    "Verdict for the plaintiff\n"
    "Appeal lodged\n"
    "Friday, June 4, 2021\n"
)


def test_titles_over_their_dates_are_the_entries_texts() -> None:
    assert dates(DOCKET) == [
        ("2021-03-03", None, "Complaint filed"),
        ("2021-04-12", None, "Motion to dismiss – Denied"),
        ("2021-05-04", None, "Trial – Verdict for the plaintiff"),
        ("2021-06-04", None, "Appeal lodged"),
    ]


def test_a_french_bill_s_stages_read_with_their_weekdays() -> None:
    text = (
        "Étapes\n"
        "Dépôt au Sénat\n"
        "Lundi 3 février 2020\n"
        "Première lecture au Sénat\n"
        "Mardi 4 février 2020\n"
        "Texte adopté\n"
        "Première lecture à l'Assemblée\n"
        "Jeudi 5 mars 2020\n"
    )
    assert [(d, t) for d, _, t in dates(text)] == [
        ("2020-02-03", "Dépôt au Sénat"),
        ("2020-02-04", "Première lecture au Sénat – Texte adopté"),
        ("2020-03-05", "Première lecture à l'Assemblée"),
    ]


def test_dates_alone_with_their_texts_below_stay_so() -> None:
    text = (
        "Timeline\n"
        "March 3, 2021\n"
        "Complaint filed\n"
        "April 12, 2021\n"
        "Motion to dismiss\n"
        "May 4, 2021\n"
        "Trial opens\n"
    )
    assert dates(text) == [
        ("2021-03-03", None, "Complaint filed"),
        ("2021-04-12", None, "Motion to dismiss"),
        ("2021-05-04", None, "Trial opens"),
    ]


def test_a_sentence_between_the_dates_is_no_title() -> None:
    text = DOCKET.replace("Denied\n", "The judge denied the motion.\n")
    assert dates(text)[0][2] != "Complaint filed"


# --- a numeric day with a two-digit year ("On 10/16/25, …") --------------------------------

TRACKER = (
    "Case opened: March 2, 2019\n"
    "On 3/2/19, the union filed its grievance.\n"
    "On 4/15/19, the board held a hearing.\n"
    "On 6/1/19, the arbitrator ruled for the union.\n"
)


def test_a_two_digit_year_takes_the_century_the_document_writes() -> None:
    assert dates(TRACKER) == [
        ("2019-03-02", None, "On 3/2/19, the union filed its grievance."),
        ("2019-04-15", None, "On 4/15/19, the board held a hearing."),
        ("2019-06-01", None, "On 6/1/19, the arbitrator ruled for the union."),
    ]


def test_a_two_digit_year_no_year_anchors_is_reported() -> None:
    text = TRACKER.replace("Case opened: March 2, 2019\n", "")
    assert dates(text) == []
    assert any("has a two-digit year" in s.reason for s in split_entries(text).unplaced)


def test_a_two_digit_year_reads_the_day_first_where_the_document_does() -> None:
    text = (
        "Opened 25 March 1998\n"
        "On 25/3/98, the lab opens.\n"
        "On 14/5/98, the first trial starts.\n"
        "On 2/9/98, the results are published.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["1998-03-25", "1998-05-14", "1998-09-02"]


def test_on_numeric_days_with_their_years_are_entries() -> None:
    text = (
        "Updates\n"
        "On 10/16/2024, the city filed suit.\n"
        "On 11/4/2024, the state answered.\n"
        "On 1/13/2025, the court ruled.\n"
    )
    assert [d for d, _, _ in dates(text)] == ["2024-10-16", "2024-11-04", "2025-01-13"]


def test_a_fraction_or_a_score_is_no_two_digit_date() -> None:
    assert date_grammar.find_date("3/4/50 of the vote") is not None  # (the form: read by context)
    text = "Results\n2019: The vote was 3/4/50 in the end.\n2020: A new vote.\n"
    assert [d for d, _, _ in dates(text)] == ["2019", "2020"]


# --- bulleted items that end with their dates (a bill's file, a docket) -------------------

BILL_FILE = (
    "1. House of Commons\n"
    "  • Bill presented and read a first time on 3 March 2020\n"
    "  • Second reading agreed on 17 March 2020\n"
    "2. House of Lords\n"
    "  • Brought from the Commons on 2 April 2020\n"
    "  • Committee stage completed on 28 May 2020.\n"
    "3. Royal Assent\n"
    "  • Royal Assent granted on 25 June 2020\n"
)


def test_items_ending_with_their_dates_are_read_by_them() -> None:
    assert dates(BILL_FILE) == [
        ("2020-03-03", None, "Bill presented and read a first time on 3 March 2020"),
        ("2020-03-17", None, "Second reading agreed on 17 March 2020"),
        ("2020-04-02", None, "Brought from the Commons on 2 April 2020"),
        ("2020-05-28", None, "Committee stage completed on 28 May 2020."),
        ("2020-06-25", None, "Royal Assent granted on 25 June 2020"),
    ]
    in_no_entry(BILL_FILE, "1. House of Commons", "3. Royal Assent")


def test_the_pattern_says_the_dates_end_the_items() -> None:
    split = split_entries(BILL_FILE)
    assert split.pattern is not None
    assert "at the end of each bulleted item" in split.pattern.describe(bool(split.entries))


def test_items_that_open_with_their_dates_keep_them() -> None:
    text = (
        "• 3 March 2020: Bill presented, debate set for 17 March 2020\n"
        "• 17 March 2020: Second reading, committee from 2 April 2020\n"
        "• 2 April 2020: Committee stage, report due on 28 May 2020\n"
    )
    assert [d for d, _, _ in dates(text)] == ["2020-03-03", "2020-03-17", "2020-04-02"]


def test_two_items_ending_with_dates_are_no_pattern() -> None:
    text = "Notes\n• Bill presented on 3 March 2020\n• Debated on 17 March 2020\n• No vote yet\n"
    assert dates(text) == []


# --- the pattern said in words -------------------------------------------------------------


def test_whole_day_first_dates_are_no_day_items() -> None:
    text = (
        "1950 - 1959\n"
        "1. März 1951 Gründung des Amtes in Bonn\n"
        "5. Juni 1952 Erste Tagung der Leiter\n"
        "12. Mai 1955 Umzug nach Wiesbaden\n"
        "1960 - 1969\n"
        "3. Juli 1961 Neues Gesetz tritt in Kraft\n"
    )
    assert [d for d, _, _ in dates(text)] == [
        "1951-03-01",
        "1952-06-05",
        "1955-05-12",
        "1961-07-03",
    ]
    split = split_entries(text)
    assert split.pattern is not None
    described = split.pattern.describe(bool(split.entries))
    assert "day numbers" not in described
    assert "yearss" not in described


def test_the_left_out_lines_of_a_docket_are_listed() -> None:
    assert "Case history" in left_out(DOCKET)


# --- a season in lower case before a year: inside an introduction's sentence ---------------

WAR_LINE = (
    "The Great War in brief. By summer 1920 Europe was at peace again, though the survey "
    "below shows how long the road had been for every nation. 1914 War breaks out in Europe "
    "after the archduke is shot. 1916 The battle of the Somme begins on the first of July. "
    "1918 The armistice is signed in a forest.\n"
)


def test_a_year_after_a_season_in_a_sentence_opens_no_entry() -> None:
    assert [(d, t.split()[0]) for d, _, t in dates(WAR_LINE)] == [
        ("1914", "War"),
        ("1916", "The"),
        ("1918", "The"),
    ]


def test_a_season_with_its_capital_may_still_date_an_entry() -> None:
    text = WAR_LINE.replace("1916 The battle", "Summer 1916 The battle")
    assert "1916" in [d[:4] for d, _, _ in dates(text)]


# --- a page number with its digits spaced inside a long PDF line --------------------------


def test_a_spaced_page_number_inside_a_sentence_is_layout() -> None:
    text = BOOK_LINE.replace("sells the first", "sells the 1 4 2 first")
    split = split_entries(text)
    assert [s.text for s in split.layout if s.reason == "page number"] == ["1 4 2"]
    assert not any("1 4 2" in e.text for e in split.entries)


def test_spaced_digits_in_a_short_line_stay_text() -> None:
    text = "1908: Ford sells the 1 4 2 first cars.\n1914: The canal opens.\n1927: A flight.\n"
    assert "1 4 2" in dates(text)[0][2]
