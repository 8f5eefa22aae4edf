"""Issue 22, thirty-seventh round (the importer's known faults on texts already in the
corpus): a lower-case "may" that is the verb after a day; a counted word with its bound after
a number ("In 2000 words or fewer"); a report that quotes an approximate year's line whole;
two whole days parted by a slash; undated sentences under "In <month> <year> …" items and
under dated lines longer than the text's guessed wrap width; a night's two days alone over
": text"; a marker a page writes between paragraphs; a season's year with its colon among
years run together; a three-digit year heading; a spaced-out year heading; a year Before
Present; another event of a year after the same spaced dash. Each rule on chronologies
written for the test in other subjects and languages, with what it must leave alone."""

from __future__ import annotations

from ktimeline import dates
from ktimeline.importing.entries import split_entries
from tests.import_support import read_entries, reasons

_read = read_entries


# -- "may" the verb after a day, never the month ---------------------------------------------


def test_may_the_verb_after_a_day_is_no_month() -> None:
    text = (  # a football club's seasons
        "1985 – The club is promoted.\n"
        "1986 – The club wins the cup.\n"
        "1987 – 3 may have been the best season.\n"
        "1988 – A new coach arrives.\n"
    )
    assert _read(text)[2] == ("1987", None, "3 may have been the best season.")


def test_may_the_verb_in_a_day_month_line() -> None:
    text = (  # a lab's notebook, its days written day first
        "Notebook\n"
        "2 June 2021: first samples taken\n"
        "14 June 2021: second samples taken\n"
        "Of the 20 samples, 4 may not be usable.\n"
    )
    assert all(date != "2021-05-04" for date, _, _ in _read(text))


def test_lower_case_may_is_still_the_month() -> None:
    text = (  # a chronicle's CSV-like lines in lower case
        "1380 – 12 june the tax is raised\n"
        "1381 – 30 may the peasants rise in Essex\n"
        "1382 – 3 march the council meets\n"
    )
    assert _read(text)[1] == ("1381-05-30", None, "the peasants rise in Essex")
    assert dates.parse_range("30 may 1381")[0].isoformat() == "1381-05-30"


# -- a counted word with its bound is a figure ------------------------------------------------

MOUNTAIN_CLUB = (
    "In 1995 the mountain club opened its first hut in the valley.\n\n"
    "In 1996 the club built a second hut near the glacier.\n\n"
    "In 1997 the members marked the northern trail for hikers.\n\n"
    "In 1200 steps or fewer the climbers now reach the summit hut.\n\n"
    "In 1999 the club celebrated its fiftieth year with a festival.\n"
)


def test_a_counted_word_with_its_bound_opens_no_year() -> None:
    assert [date for date, _, _ in _read(MOUNTAIN_CLUB)] == ["1995", "1996", "1997", "1999"]
    assert "In 1200 steps or fewer the climbers now reach the summit hut." in reasons(MOUNTAIN_CLUB)


def test_a_count_at_most_after_a_year_dash_is_no_span() -> None:
    text = (  # a ferry line's history
        "1960 - 40 cars at most fit on the first ferry\n"
        "1972 - A second ferry is launched\n"
        "1985 - The line carries a million passengers\n"
    )
    assert _read(text)[0] == ("1960", None, "40 cars at most fit on the first ferry")


# -- rows of a year table stay events of their year (a guard) ------------------------------


def test_rows_of_a_year_table_stay_events_of_their_year() -> None:
    text = (  # a college's table: two rows under two year cells
        "1830: First graduating class.\n"
        "Preparatory Department created.\n"
        "1836: The library opens.\n"
        "The museum is founded.\n"
        "1840: The observatory is built.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1830", "1830", "1836", "1836", "1840"]


# -- a line reported with its approximate year's mark -----------------------------------------


def test_a_reported_line_keeps_its_circa_mark() -> None:
    text = (  # Norwegian prehistory, its approximate years not guessed
        "Ca 1000-600. Bronsealder i Norge.\n"
        "Ca 400. Jernalder.\n"
        "Ca 200 e Kr bygges de første gårdene ved fjorden.\n"
    )
    assert "Ca 200 e Kr bygges de første gårdene ved fjorden." in reasons(text)


def test_a_reported_english_line_keeps_its_circa_mark() -> None:
    text = (
        "ca 900-700. Bronze Age.\nca 500. Iron Age.\nca 150 e Kr the geographer names the tribes.\n"
    )
    assert "ca 150 e Kr the geographer names the tribes." in reasons(text)


# -- two whole days parted by a slash ---------------------------------------------------------


def test_two_days_with_their_months_parted_by_a_slash_are_a_span() -> None:
    text = (  # a war's years, several days on a line after the year's dash
        "1914 – 28 July Austria-Hungary declares war\n"
        "1915 – 22 April gas is used at Ypres\n"
        "1916 – 21 February the battle of Verdun begins – 1 July/18 November the battle of "
        "the Somme\n"
        "1917 – 6 April the United States enter the war\n"
    )
    assert _read(text)[2:4] == [
        ("1916-02-21", None, "the battle of Verdun begins"),
        ("1916-07-01", "1916-11-18", "the battle of the Somme"),
    ]


def test_a_slash_span_in_text_as_range_reads_it() -> None:
    text = "12 mars/3 avril 1968 : grèves dans les usines\n"
    found = _read(text)
    assert found == [("1968-03-12", "1968-04-03", "grèves dans les usines")]
    start, end = dates.parse_range("12 mars/3 avril 1968")
    assert (start.isoformat(), end.isoformat()) == ("1968-03-12", "1968-04-03")


def test_a_slash_inside_the_text_joins_no_days() -> None:
    text = "1990 – 3 June opens/4 July: closes\n1991 – 5 May text\n1992 – 6 June text\n"
    assert _read(text)[0] == ("1990-06-03", None, "opens/4 July: closes")


# -- an undated sentence under an "In <month> <year>" item ------------------------------------

BAKERY = (
    "Our story:\n"
    "• In March 2015 the bakery opens its first shop.\n"
    "• In June 2016 a second shop opens in the old town.\n"
    "In September 2016 the bakery hires its tenth baker.\n"
    "It was the first shop in town with its own oven.\n"
    "• In May 2017 the bakery wins a national prize.\n"
    "In April 2018 the bakery moves to a larger building.\n"
)


def test_a_sentence_under_a_month_opener_is_another_event_of_that_month() -> None:
    assert _read(BAKERY)[2:4] == [
        ("2016-09", None, "In September 2016 the bakery hires its tenth baker."),
        ("2016-09", None, "It was the first shop in town with its own oven."),
    ]


def test_a_lower_case_line_under_a_month_opener_carries_it_on() -> None:
    text = BAKERY.replace("It was the first shop", "and it was the first shop")
    assert _read(text)[2] == (
        "2016-09",
        None,
        "In September 2016 the bakery hires its tenth baker. and it was the first shop in town "
        "with its own oven.",
    )


# -- a sentence under a dated line longer than the guessed wrap width -------------------------

REFORMATION = (
    "The Reformation in the Empire (course notes, with pages of the set book)\n\n"
    "Oct. 31, 1517: Luther sends his theses against indulgences to the Archbishop of Mainz and "
    "to other bishops.\n"
    "During the next months, printers in many towns spread the theses far beyond Saxony (p.312)\n"
    "June 15, 1520: The Pope threatens Luther with excommunication in a bull. (p. 315)\n"
    "Jan. 3, 1521: The Pope excommunicates Luther. (p. 316)\n"
    "April 18, 1521: Luther refuses to recant before the emperor at the Diet of Worms. (p. 317)\n"
    "May 25, 1521: The Edict of Worms declares Luther an outlaw of the Empire. (p. 318)\n"
    "Sept. 1522: Luther's German New Testament is printed in Wittenberg. (p. 320)\n"
    "June 1524: The peasants of the south-west rise against their lords. (p. 322)\n"
    "May 15, 1525: The princes defeat the peasants at Frankenhausen. (pp. 323, 324)\n"
    "June 25, 1530: The Lutheran princes present their confession at Augsburg. (p. 326)\n"
)


def test_a_sentence_ending_on_its_page_under_a_long_dated_line_is_its_own_event() -> None:
    assert _read(REFORMATION)[:2] == [
        (
            "1517-10-31",
            None,
            "Luther sends his theses against indulgences to the Archbishop of Mainz and to "
            "other bishops.",
        ),
        (
            "1517-10-31",
            None,
            "During the next months, printers in many towns spread the theses far beyond "
            "Saxony (p.312)",
        ),
    ]


def test_a_hard_wrapped_entry_still_carries_on() -> None:
    text = (  # wrapped at 60 characters: the next line is the entry's rest
        "A history of the canal\n\n"
        "March 3, 1801: The canal company is founded by merchants\n"
        "of the town, who raise the money for the first locks.\n"
        "June 9, 1803: The first boats pass the locks at the mill,\n"
        "carrying coal from the pits to the river harbour.\n"
        "May 4, 1805: The canal reaches the river at the old ford,\n"
        "and the company pays its first dividend to the owners.\n"
        "April 2, 1807: A flood breaks the bank near the aqueduct,\n"
        "and the canal is closed for the whole summer season.\n"
    )
    found = _read(text)
    assert len(found) == 4
    assert found[0][2].endswith("who raise the money for the first locks.")


# -- a night's two days alone on a line, its separator broken onto the next -------------------

STORM_SEASON = (
    "The storm season of 2011\n\n"
    "June 2 : The first storm reaches the islands.\n\n"
    "July 14 : A tropical storm floods the port.\n\n"
    "August 27/28\n"
    ": The hurricane crosses the coast overnight.\n\n"
    "October 3 : The season's last storm passes.\n"
)


def test_two_days_with_a_slash_alone_then_the_separator_below() -> None:
    assert _read(STORM_SEASON)[2] == (
        "2011-08-27",
        "2011-08-28",
        "The hurricane crosses the coast overnight.",
    )


def test_a_nights_two_days_alone_are_read_without_a_year() -> None:
    match = dates.find_date("August 27/28")
    assert match is not None and match["nightd2"] == "28"
    other = dates.find_date("August 27/28 people")
    assert other is not None and other["nightd2"] is None


def test_a_separator_opening_a_paragraph_of_its_own_is_still_reported() -> None:
    text = STORM_SEASON.replace("August 27/28\n:", "August 27/28\n\n:")
    assert "The hurricane crosses the coast overnight." not in [t for _, _, t in _read(text)]


def test_a_slash_fraction_in_a_sentence_is_no_day() -> None:
    text = (  # a recipe club's history: "3/4" a fraction after a month's day
        "1990 – The club is founded.\n"
        "1991 – The first book appears.\n"
        "1992 – On May 3/4 of the members vote for a second book.\n"
    )
    assert _read(text)[2] == ("1992", None, "On May 3/4 of the members vote for a second book.")


# -- a marker a news page writes between its paragraphs ---------------------------------------

MARATHON_PAGE = (
    "Story continues below\n"
    "Story continues below\n"
    "The city marathon: a timeline\n"
    "Story continues below\n\n"
    "April 3, 2022: The race returns after two years without it.\n\n"
    "Story continues below\n\n"
    "April 10, 2022: A record field of runners starts at the bridge.\n\n"
    "Story continues below\n\n"
    "April 17, 2022: The winner breaks the course record.\n\n"
    "Story continues below\n"
)


def test_a_marker_between_paragraphs_is_layout() -> None:
    split = split_entries(MARATHON_PAGE)
    assert [e.date for e in split.entries] == ["2022-04-03", "2022-04-10", "2022-04-17"]
    markers = [s for s in split.layout if s.text == "Story continues below"]
    assert len(markers) == 6
    assert all(s.reason == "a marker the page writes between its paragraphs" for s in markers)
    assert not any(s.text == "Story continues below" for s in split.unplaced)


def test_a_label_under_each_entry_is_no_marker() -> None:
    text = (  # a topic label under each entry, never twice in a row
        "1867: Confederation of the provinces.\nPolitics\n\n"
        "1885: The railway reaches the coast.\nPolitics\n\n"
        "1905: Two new provinces join.\nPolitics\n\n"
        "1931: The Statute of Westminster.\nPolitics\n\n"
        "1949: Newfoundland joins.\nPolitics\n"
    )
    split = split_entries(text)
    assert not any(
        s.reason == "a marker the page writes between its paragraphs" for s in split.layout
    )


# -- a season's year with its colon among years run together ----------------------------------

SHIPYARD_LINE = (
    "The yard in brief. By spring 1990 the yard had closed, though the notes below show how "
    "busy it had been. 1921 The first hull is laid down at the river. Autumn 1936: The yard "
    "launches its largest liner. 1958 The last ship leaves the slipway.\n"
)


def test_a_season_and_colon_among_run_together_years_is_an_entry() -> None:
    assert [(d[:4], t.split()[0]) for d, _, t in _read(SHIPYARD_LINE)] == [
        ("1921", "The"),
        ("1936", "The"),
        ("1958", "The"),
    ]


def test_a_colon_year_inside_a_sentence_stays_text() -> None:
    text = SHIPYARD_LINE.replace("1958 The last", "1958 The crane is sold. 1970 The last").replace(
        "Autumn 1936: The yard", "as it did in 1936: The yard"
    )
    assert [d[:4] for d, _, _ in _read(text)] == ["1921", "1958", "1970"]


# -- a three-digit year as a heading among year headings --------------------------------------


def test_a_three_digit_wiki_year_heading_dates_its_items() -> None:
    text = (  # a monastery's history in wiki text
        "== 793 ==\n* Raiders sack the monastery.\n"
        "== 1066 ==\n* The new abbot arrives from Normandy.\n"
        "== 1100 ==\n* The church is rebuilt in stone.\n"
        "== 1215 ==\n* The abbey is granted a market.\n"
    )
    assert _read(text)[0] == ("0793", None, "Raiders sack the monastery.")


def test_a_three_digit_markdown_heading_with_no_items_stays_a_heading() -> None:
    text = (
        "## 650\n\n"
        "## 793\n- Raiders sack the monastery.\n"
        "## 1066\n- The new abbot arrives from Normandy.\n"
        "## 1100\n- The church is rebuilt in stone.\n"
        "## 1215\n- The abbey is granted a market.\n"
    )
    assert reasons(text).get("650") == "heading"  # (quoted as "## 1050" is: its year)
    assert _read(text)[0] == ("0793", None, "Raiders sack the monastery.")


def test_a_three_digit_heading_out_of_order_is_no_year() -> None:
    text = (  # "## 300" after 1215: a number, not a year of the list
        "## 1066\n- The new abbot arrives from Normandy.\n"
        "## 1100\n- The church is rebuilt in stone.\n"
        "## 1215\n- The abbey is granted a market.\n"
        "## 300\n- Three hundred monks live there now.\n"
    )
    assert all(date != "0300" for date, _, _ in _read(text))


# -- a year heading with its digits spaced out ------------------------------------------------

STRIKE_CHRONICLE = (
    "Chronik des Streiks\n\n"
    "1 9 5 3\n\n"
    "16. Juni: Bauarbeiter legen in Ost-Berlin die Arbeit nieder.\n\n"
    "17. Juni: Der Streik breitet sich auf das ganze Land aus.\n\n"
    "1 9 5 4\n\n"
    "3. März: Die Regierung gibt die Normen frei.\n"
)


def test_a_spaced_out_year_heading_dates_its_days() -> None:
    assert _read(STRIKE_CHRONICLE) == [
        ("1953-06-16", None, "Bauarbeiter legen in Ost-Berlin die Arbeit nieder."),
        ("1953-06-17", None, "Der Streik breitet sich auf das ganze Land aus."),
        ("1954-03-03", None, "Die Regierung gibt die Normen frei."),
    ]
    assert reasons(STRIKE_CHRONICLE)["1 9 5 3"] == "heading"


def test_spaced_digits_over_dated_lines_are_no_year() -> None:
    text = (  # a page's number spaced out, over entries that write their years
        "1 2 3 4\n\n"
        "June 16, 1953: Builders strike in East Berlin.\n"
        "June 17, 1953: The strike spreads.\n"
        "March 3, 1954: The norms are lifted.\n"
    )
    assert [d for d, _, _ in _read(text)] == ["1953-06-16", "1953-06-17", "1954-03-03"]
    assert reasons(text)["1 2 3 4"] != "heading"


# -- a year Before Present over its items -----------------------------------------------------

PREHISTORY = (
    "Timeline of the valley\n\n"
    "~40 000 BP\n\n"
    "  • Hunters camp in the caves above the river.\n\n"
    "1350\n\n"
    "  • A village grows at the ford.\n\n"
    "1420\n\n"
    "  • The first bridge is built.\n\n"
    "1510\n\n"
    "  • The abbey buys the mill.\n"
)


def test_a_year_before_present_is_reported_with_its_items() -> None:
    why = reasons(PREHISTORY)
    assert why["~40 000 BP"].startswith("a year Before Present")
    assert why["• Hunters camp in the caves above the river."].startswith("continues line 3")
    assert [d for d, _, _ in _read(PREHISTORY)] == ["1350", "1420", "1510"]


def test_a_company_named_bp_after_a_year_is_no_era() -> None:
    text = (  # an oil company's history: "BP" its name
        "1995 Shell opens a refinery.\n1998 BP merges with Amoco.\n2000 BP buys Arco.\n"
    )
    assert [d for d, _, _ in _read(text)] == ["1995", "1998", "2000"]


# -- another event of the year after the same spaced dash, where days run so ------------------

TYRE_MAKER = (  # a French tyre maker's years, several events of a year on one line
    "Historique\n"
    "1889 – 28 mai fondation de la société – 3 juin premier atelier à Clermont\n"
    "1891 – 12 mars le pneu démontable est breveté – Les frères gagnent Paris-Brest-Paris\n"
    "1895 – 11 juin première voiture sur pneus\n"
    "1898 – 1 avril naissance du Bibendum\n"
)


def test_a_capital_after_the_dash_is_another_event_of_the_year() -> None:
    assert _read(TYRE_MAKER)[:4] == [
        ("1889-05-28", None, "fondation de la société"),
        ("1889-06-03", None, "premier atelier à Clermont"),
        ("1891-03-12", None, "le pneu démontable est breveté"),
        ("1891", None, "Les frères gagnent Paris-Brest-Paris"),
    ]


def test_a_dash_inside_the_text_stays_where_no_days_run_together() -> None:
    text = (  # the same list, one day a line: the dash is the writer's, inside the text
        "Historique\n"
        "1889 – 28 mai fondation de la société\n"
        "1891 – 12 mars le pneu démontable est breveté – Un succès immédiat\n"
        "1895 – 11 juin première voiture sur pneus\n"
        "1898 – 1 avril naissance du Bibendum\n"
    )
    assert _read(text)[1] == (
        "1891-03-12",
        None,
        "le pneu démontable est breveté – Un succès immédiat",
    )
