"""Issue 22, layouts52: the importer's known leftovers of the parts held-out-28 and -29 (seen),
as general rules tested on chronologies of other subjects and wordings: an approximate year
below a line before the Common Era whose year is smaller (a list running forward from "10 BC"
reaches no "150 BC"); two centuries by their ordinals with no "century" word among a
document's years ("11./12. - …"); with what each must not read."""

from __future__ import annotations

from ktimeline import dates
from tests.import_support import left_out, read_entries

# --- an approximate year below a smaller year before the Common Era --------------------------


HARBOUR = """\
Harbour history

- 120 BC - A fishing village stands on the bay.
- c. 40 BC - Traders from the south build a jetty.
- ca. 210 - The first stone quay is laid.
- ca. 290 - Raiders burn the warehouses.
- 350 - A lighthouse is built on the point.
- 412 - The quay is lengthened.
- 530 - Monks found a hospice by the harbour.
"""


def test_an_approximate_year_after_a_smaller_year_before_the_era_is_of_the_common_era() -> None:
    got = read_entries(HARBOUR)
    assert [date for date, _, _ in got] == ["0210", "0290", "0350", "0412", "0530"]


def test_the_same_in_french_with_vers() -> None:
    text = """\
Chronologie du port

- - 52 av. J.-C. - Un village de pêcheurs.
- Vers 300 - Première communauté chrétienne.
- 410 - Pillage de la ville.
- 544 - Arrivée des Byzantins.
- 643 - Les Lombards prennent la ville.
"""
    assert [date for date, _, _ in read_entries(text)] == ["0300", "0410", "0544", "0643"]


def test_an_approximate_year_smaller_than_the_year_before_the_era_stays_refused() -> None:
    # (below "120 BC", "ca. 80" may be 80 BC: the list would run forward into it)
    text = HARBOUR.replace("- c. 40 BC - Traders", "- Traders").replace("ca. 210", "ca. 80")
    got = read_entries(text)
    assert "0080" not in [date for date, _, _ in got]
    assert any("ca. 80" in line for line in left_out(text))


# --- two centuries by their ordinals, the word "century" left out -------------------------


ABBEY = """\
Chronik der Abtei

• 640 - Gründung der Zelle am Fluss.
• 712 - Erste Kirche aus Stein.
• Ende 8./Anfang 9. - Die Äbte lassen die Schule bauen.
• 850 - Normannen plündern das Kloster.
• 1010 - Neuer Chor geweiht.
• 11./12. - Der Kreuzgang entsteht.
• 1150 - Brand der Bibliothek.
• 1203 - Weihe des Westwerks.
"""


def test_two_ordinal_centuries_among_years_are_that_span() -> None:
    got = read_entries(ABBEY)
    assert [(date, end) for date, end, _ in got] == [
        ("0640", None),
        ("0712", None),
        ("0701", "0900"),
        ("0850", None),
        ("1010", None),
        ("1001", "1200"),
        ("1150", None),
        ("1203", None),
    ]
    assert got[2][2].startswith("Die Äbte") and got[5][2].startswith("Der Kreuzgang")


def test_ordinal_centuries_in_english_among_years() -> None:
    text = """\
Abbey chronicle

- 1010 - A new choir is consecrated.
- 11th/12th - The cloister is built.
- 1150 - The library burns.
- 1203 - The west front is consecrated.
"""
    got = read_entries(text)
    assert got[1][:2] == ("1001", "1200") and got[1][2].startswith("The cloister")


def test_a_numbered_pair_far_from_the_years_stays_unread() -> None:
    # (a pair of ordinals whose centuries lie far from the years around it is no century)
    text = ABBEY.replace("• 11./12. - Der", "• 3./4. - Der")
    assert all(end != "0400" for _, end, _ in read_entries(text))
    assert dates.CENTURY_ORDINALS_WITHOUT_WORD.fullmatch("11./12.") is not None


# --- a Roman month and its year, no day, among days written with Roman months -------------


SCHOOL = """\
Kronika szkoły

3.IX.1921

Otwarcie szkoły powszechnej w starym dworze.

14.II.1922

Pierwsza zabawa karnawałowa dla uczniów.

XI.1922

Uczniowie sadzą lipy przed budynkiem.

1.VI.1923

Wycieczka do Krakowa.
"""


def test_a_roman_month_and_its_year_among_roman_days_is_that_month() -> None:
    got = read_entries(SCHOOL)
    assert [date for date, _, _ in got] == ["1921-09-03", "1922-02-14", "1922-11", "1923-06-01"]
    assert got[2][2].startswith("Uczniowie sadzą")


def test_a_roman_month_and_year_without_such_days_stays_unread() -> None:
    # (no whole day with a Roman month in the document: "XI.1922" is no month of its own)
    text = SCHOOL.replace("3.IX.1921", "3 September 1921").replace("14.II.1922", "1922")
    assert "1922-11" not in [date for date, _, _ in read_entries(text)]


# --- a bulleted label above its date, among bulleted dates above their texts --------------


DEADLINES = """\
Key dates

  • Eligibility Window
    March 1, 2011 through June 30, 2014
  • May 2, 2018
    Last day to opt out
  • May 2, 2018
    Last day to file an objection
  • June 14, 2018
    Fairness hearing
  • January 2019
    Payments mailed
"""


def test_a_bulleted_label_over_its_date_is_that_dates_entry() -> None:
    got = read_entries(DEADLINES)
    assert got[0] == ("2011-03-01", "2014-06-30", "Eligibility Window")
    assert [date for date, _, _ in got[1:]] == ["2018-05-02", "2018-05-02", "2018-06-14", "2019-01"]


def test_a_label_over_its_date_alone_needs_the_lists_dates_over_texts() -> None:
    # (two items only written date over text: fewer than the document's own layout needs)
    text = "\n".join(DEADLINES.splitlines()[:7]) + "\n"
    assert ("2011-03-01", "2014-06-30", "Eligibility Window") not in read_entries(text)


# --- numeric days of no year over twelve, read in the order of the document's worded days ---


STADIUM = """\
A história do estádio - Década de 60

1960 - Começam as obras do estádio.
  • 03/11 - A prefeitura aprova o projeto da arquibancada.
1961 - No dia 5 de março, o governador visita as obras.
1962 - Inauguração do estádio, em 8 de setembro.
"""


def test_numeric_days_follow_the_order_of_the_days_written_in_words() -> None:
    # (the worded days put the day first, "5 de março", "8 de setembro": "03/11" is 3 November)
    got = read_entries(STADIUM)
    assert ("1960-11-03", None, "A prefeitura aprova o projeto da arquibancada.") in got


def test_month_first_worded_days_read_numeric_days_month_first() -> None:
    text = STADIUM.replace("No dia 5 de março", "On March 5").replace(
        "em 8 de setembro", "on September 8"
    )
    assert "1960-03-11" in [date for date, _, _ in read_entries(text)]


def test_worded_days_written_both_ways_leave_the_numeric_day_reported() -> None:
    text = STADIUM.replace("em 8 de setembro", "on September 8")
    assert not any(date.startswith("1960-") for date, _, _ in read_entries(text))
    assert any("03/11" in piece for piece in left_out(text))


# --- RUN_TOGETHER_YEAR exact: a year before a word in lower case opens no run-together item ---


TOWN = (
    "The town grew fast after the railway came. 1901 saw the first tram on the high street,"
    " and 1902 brought electric light to the square. 1903 was the year of the great fire on"
    " the quay. 1904 The new town hall opens its doors."
)


def test_years_before_words_in_lower_case_make_no_run_of_entries() -> None:
    # (one year before a capital in a paragraph of sentences: no list run together on a line)
    assert read_entries(TOWN) == []
    assert TOWN in left_out(TOWN)


def test_a_year_before_a_capital_with_an_accent_still_runs_together() -> None:
    # (a guard: "1402 Škola", a capital beyond ASCII, is one of the line's run-together years,
    # which makes the line a run of entries; with ASCII capitals only it was not)
    text = (
        "1247 Připomíná se první kostel v obci a jeho farář, který zde sloužil mnoho let."
        " 1291 Ves koupil klášter na řece pod hradem i s mlýnem a rybníky. 1318 Obec dostala"
        " právo trhu od krále a stavěla hradby. 1402 Škola byla založena u kostela na náměstí."
    )
    assert {"1291", "1318"} <= {date for date, _, _ in read_entries(text)}


def test_months_opening_sentences_run_together_read_the_first_month() -> None:
    # (explore37's paragraph: months and their years opening its sentences; only the first is
    # followed by a capital, so it is one entry, of January 2015, its month kept)
    line = (
        "January 2015 The council meets. March 2015 saw the first vote on the plan, and the"
        " plan passed. June 2015 brought a second vote on the budget, which failed badly."
        " October 2015 was the month the mayor resigned, after weeks of quarrels in the hall."
    )
    got = read_entries(line)
    assert [(date, text.split()[0]) for date, _, text in got] == [("2015-01", "The")]
    assert left_out(line) == []


# --- "1550 c. Name" (circa after the year) and "1608.Name" (the stop glued) among "YEAR, Name" ---


VILLAGES = """\
Primeiras vilas

1531, Vila Nova - SP
1532, Porto Alto - BA
1536, Santa Luzia - PE
1540 c. Boa Vista do Sertão - MG (primeira povoação do interior)
1545, Rio Claro - RJ
1552, Campo Largo - SP
1552.Serra Branca - CE
1560, Lagoa Seca - PB
"""


def test_circa_after_a_four_digit_year_among_years_is_that_year() -> None:
    got = read_entries(VILLAGES)
    assert got[3][:2] == ("1540", None) and got[3][2].startswith("Boa Vista do Sertão")


def test_a_year_glued_to_its_name_by_a_full_stop_among_year_comma_lines() -> None:
    got = read_entries(VILLAGES)
    assert [date for date, _, _ in got] == [
        "1531", "1532", "1536", "1540", "1545", "1552", "1552", "1560"
    ]  # fmt: skip
    assert got[6][2].startswith("Serra Branca")


def test_a_stop_glued_year_out_of_the_order_stays_joined() -> None:
    text = VILLAGES.replace("1552.Serra Branca", "1490.Serra Branca")
    assert "1490" not in [date for date, _, _ in read_entries(text)]
