"""Issue 22, twenty-fifth round: the README's rule of undated lines under a dated line read
for days and months as well as years (the lead's decision), and layouts left by the last
rounds, each on short chronologies written for the test, in several languages and subjects
(never the corpus's own words), and what each rule must not read."""

from __future__ import annotations

from tests.import_support import left_out, read_entries

_read = read_entries


# --- undated lines under a one-line day entry: other events of that day -----------------------


def test_a_sentence_under_a_day_entry_is_another_event_of_that_day() -> None:
    text = (  # a football season, one day a line (a web page's lines: not wrapped at a width)
        "The season so far\n\n"
        "Aug 12, 2023: United open the season with a 2-0 win at home, the first of the new "
        "coach's reign, in front of a crowd of more than forty thousand people.\n"
        "The new signing scores on his debut.\n"
        "Aug 19, 2023: A draw away at the promoted side.\n"
        "Aug 26, 2023: United lose the derby 1-3.\n"
        "The manager blames the referee for the second goal.\n"
        "Fans protest outside the ground after the match.\n"
        "Sep 2, 2023: A cup win on penalties.\n"
    )
    assert _read(text) == [
        (
            "2023-08-12",
            None,
            "United open the season with a 2-0 win at home, the first of the "
            "new coach's reign, in front of a crowd of more than forty thousand people.",
        ),
        ("2023-08-12", None, "The new signing scores on his debut."),
        ("2023-08-19", None, "A draw away at the promoted side."),
        ("2023-08-26", None, "United lose the derby 1-3."),
        ("2023-08-26", None, "The manager blames the referee for the second goal."),
        ("2023-08-26", None, "Fans protest outside the ground after the match."),
        ("2023-09-02", None, "A cup win on penalties."),
    ]


def test_day_first_dates_in_german_with_a_second_event() -> None:
    text = (  # a town's flood, in German
        "Chronik des Hochwassers\n\n"
        "12. Juni 2013: Der Pegel steigt über sieben Meter.\n"
        "Die Altstadt wird geräumt.\n"
        "13. Juni 2013: Der Damm bricht im Norden der Stadt.\n"
        "15. Juni 2013: Das Wasser geht langsam zurück.\n"
    )
    assert _read(text) == [
        ("2013-06-12", None, "Der Pegel steigt über sieben Meter."),
        ("2013-06-12", None, "Die Altstadt wird geräumt."),
        ("2013-06-13", None, "Der Damm bricht im Norden der Stadt."),
        ("2013-06-15", None, "Das Wasser geht langsam zurück."),
    ]


def test_a_month_entry_takes_its_second_line_too() -> None:
    text = (  # a company's year, months in capitals, in English
        "MARCH 2015: The company lists its shares in London.\n"
        "The price doubles on the first day.\n"
        "JUNE 2015: A factory opens in Poland.\n"
        "OCTOBER 2015: The founder steps down.\n"
    )
    assert _read(text) == [
        ("2015-03", None, "The company lists its shares in London."),
        ("2015-03", None, "The price doubles on the first day."),
        ("2015-06", None, "A factory opens in Poland."),
        ("2015-10", None, "The founder steps down."),
    ]


def test_a_line_carrying_the_sentence_on_stays_part_of_the_entry() -> None:
    text = (  # a court case: a line in lower case, and one under a line that did not end
        "The trial\n\n"
        "3 May 2021: The jury is sworn in and the prosecution opens\n"
        "Its case with the testimony of two officers.\n"
        "4 May 2021: The defence asks for a delay,\n"
        "which the judge refuses.\n"
        "7 May 2021: The first witness is heard.\n"
    )
    assert _read(text) == [
        (
            "2021-05-03",
            None,
            "The jury is sworn in and the prosecution opens Its case with the "
            "testimony of two officers.",
        ),
        ("2021-05-04", None, "The defence asks for a delay, which the judge refuses."),
        ("2021-05-07", None, "The first witness is heard."),
    ]


def test_a_heading_between_day_entries_stays_left_out() -> None:
    text = (  # a space programme: a heading with no sentence end between the days
        "12 April 1961: Gagarin orbits the Earth.\n"
        "Photos from the archive\n"
        "5 May 1961: Shepard flies a suborbital mission.\n"
        "20 February 1962: Glenn orbits the Earth.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1961-04-12", "1961-05-05", "1962-02-20"]
    assert "Photos from the archive" in left_out(text)


def test_an_indented_line_under_a_day_carries_the_entry_on() -> None:
    text = (  # a hard-wrapped list with a hanging indent: no new event
        "   March 3 - The treaty is signed in Paris.\n"
        "    It enters into force a year later.\n"
        "   April 9 - The first delegates arrive.\n"
        "   May 1 - The assembly meets.\n"
        "   June 30 - The session closes.\n"
    )
    dated = "1950\n" + text
    assert [date for date, *_ in _read(dated)] == [
        "1950-03-03",
        "1950-04-09",
        "1950-05-01",
        "1950-06-30",
    ]


def test_paragraphs_under_a_date_alone_tell_more_of_the_same_day() -> None:
    text = (  # a date alone on its line over paragraphs: another layout, not this rule
        "April 26, 1986\n"
        "The test begins at the fourth reactor.\n"
        "Fifty seconds later, the power surges.\n\n"
        "April 27, 1986\n"
        "The town is evacuated.\n\n"
        "April 28, 1986\n"
        "Sweden detects the cloud.\n"
    )
    assert [date for date, *_ in _read(text)] == ["1986-04-26", "1986-04-27", "1986-04-28"]
