"""Issue 22, explore46: layouts met by trying chronologies of a court case, a trial's calendar,
two cities, a ship, a rising, an air crash hour by hour, a supreme court's year, a university
and a flood in French, Italian, Swedish, Polish, Czech and English (Ireland, India, Kenya) as
a new user would ("… till 10 april.1912" with the next days below, "Juni:" alone under a year,
"535" alone above its text, "900 ca.", "1536, 1579", a dateline "NAME | 08/09/21 11:55" above
days with no year), each rule on short chronologies written for the test in other subjects and
wordings (never the pages' own words), and what each must not read."""

from __future__ import annotations

from datetime import date

from ktimeline import dates
from tests.import_support import left_out, read_entries, reasons

_read = read_entries


# --- a year run into the end of an item's last sentence: the heading of the days below -------


def test_a_year_glued_to_a_sentence_end_heads_the_days_below_it() -> None:
    text = (  # a bridge's building, in Swedish, the page's line break before "1931" lost
        "1928\n"
        "Staden beslutar att bygga en ny bro.\n"
        "\n"
        "1929\n"
        "Arbetet börjar vid norra stranden.\n"
        "\n"
        "1930\n"
        "4 maj:\n"
        "Det första brospannet lyfts på plats.\n"
        "\n"
        "Oktober\n"
        "En storm försenar arbetet till 2 mars.1931\n"
        "\n"
        "12 januari\n"
        "Det sista spannet monteras.\n"
        "\n"
        "30 april\n"
        "Bron öppnas för trafik.\n"
    )
    assert _read(text) == [
        ("1928", None, "Staden beslutar att bygga en ny bro."),
        ("1929", None, "Arbetet börjar vid norra stranden."),
        ("1930-05-04", None, "Det första brospannet lyfts på plats."),
        ("1930-10", None, "En storm försenar arbetet till 2 mars."),
        ("1931-01-12", None, "Det sista spannet monteras."),
        ("1931-04-30", None, "Bron öppnas för trafik."),
    ]


def test_a_year_ending_a_sentence_is_kept_where_no_yearless_day_follows() -> None:
    text = (  # a museum's history: "… in 1931." is the sentence's own year (a space before it)
        "1928\n"
        "The society buys the old mill.\n"
        "\n"
        "1929\n"
        "Work begins on the galleries.\n"
        "\n"
        "1930\n"
        "The roof is finished.1931\n"
        "\n"
        "1934\n"
        "The museum opens.\n"
    )
    entries = _read(text)
    assert ("1930", None, "The roof is finished.1931") in entries  # (the next line is a year)
    assert entries[-1] == ("1934", None, "The museum opens.")


def test_a_glued_year_earlier_than_the_year_above_is_not_a_heading() -> None:
    text = (  # a school's history: the glued number goes back in time, no heading
        "1950\n"
        "The school opens.\n"
        "\n"
        "1951\n"
        "A library is added.\n"
        "\n"
        "1952\n"
        "The old hall is named after its builder of 1889.1890\n"
        "\n"
        "3 May\n"
        "A new wing opens.\n"
    )
    entries = _read(text)
    assert all(not date.startswith("1890") for date, _, _ in entries)


# --- a foreign month alone with its colon at the end of its line, the text below -------------


def test_a_foreign_month_with_its_colon_alone_dates_the_text_below() -> None:
    text = (  # a club's season, in German
        "1965\n"
        "12. März:\n"
        "Gründung des Vereins im Gasthaus.\n"
        "\n"
        "Juni:\n"
        "Erstes Spiel gegen die Nachbarstadt.\n"
        "\n"
        "Oktober:\n"
        "Der Verein bekommt einen eigenen Platz.\n"
    )
    assert _read(text) == [
        ("1965-03-12", None, "Gründung des Vereins im Gasthaus."),
        ("1965-06", None, "Erstes Spiel gegen die Nachbarstadt."),
        ("1965-10", None, "Der Verein bekommt einen eigenen Platz."),
    ]


# --- a page's dated title written again at the top of its text --------------------------------


def test_a_dated_title_written_twice_at_the_top_is_the_pages_title() -> None:
    text = (  # a record of a shipwreck, its title in English, its chronology in German
        "14 March 1906: Wreck of the Anna (crew of 12). Lost.\n"
        "\n"
        "EN\n"
        "14 March 1906: Wreck of the Anna (crew of 12). Lost.\n"
        "2. Mai 1899 Stapellauf der Anna in Bremen.\n"
        "\n"
        "5. Juni 1899 Erste Fahrt nach Norwegen.\n"
        "\n"
        "14. März 1906 Die Anna sinkt vor Helgoland.\n"
    )
    assert _read(text) == [
        ("1899-05-02", None, "Stapellauf der Anna in Bremen."),
        ("1899-06-05", None, "Erste Fahrt nach Norwegen."),
        ("1906-03-14", None, "Die Anna sinkt vor Helgoland."),
    ]
    assert "14 March 1906: Wreck of the Anna (crew of 12). Lost." in left_out(text)


def test_a_title_that_names_only_a_year_still_gives_it_when_written_twice() -> None:
    text = (  # a review of a year: the title's year dates the days below it
        "1998 in Review\n"
        "\n"
        "1998 in Review\n"
        "\n"
        "March 3: The new bridge opens to traffic.\n"
        "\n"
        "May 9: The city hosts the regatta.\n"
    )
    assert _read(text) == [
        ("1998-03-03", None, "The new bridge opens to traffic."),
        ("1998-05-09", None, "The city hosts the regatta."),
    ]


def test_an_entry_written_twice_further_down_is_no_title() -> None:
    text = (  # the first entry's line, then a different one, then the first again: entries
        "3 May 1950: The harbour opens.\n"
        "9 June 1951: The first ferry sails from the new harbour.\n"
        "3 May 1950: The harbour opens.\n"
    )
    assert len(_read(text)) == 3


# --- link lines under entries: "From SOURCE: title" ------------------------------------------


def test_link_lines_under_entries_are_layout_not_text() -> None:
    text = (  # a strike's timeline with links to other sites under some items
        "1913 Timeline\n"
        "\n"
        "26 Aug: Tram workers walk off the job\n"
        "\n"
        "From City Archive: the tram strike begins.\n"
        "\n"
        "31 Aug: Police charge a crowd in the main street\n"
        "\n"
        "From The Workers' Paper: a report of the day by its editor.\n"
        "\n"
        "2 Sept: Two houses collapse in a poor street\n"
        "\n"
        "From Housing History: tenements in the city.\n"
        "\n"
        "22 Sept: Food ships arrive from abroad.\n"
    )
    assert _read(text) == [
        ("1913-08-26", None, "Tram workers walk off the job"),
        ("1913-08-31", None, "Police charge a crowd in the main street"),
        ("1913-09-02", None, "Two houses collapse in a poor street"),
        ("1913-09-22", None, "Food ships arrive from abroad."),
    ]
    assert "From The Workers' Paper: a report of the day by its editor." in left_out(text)


def test_a_label_written_twice_only_stays_text() -> None:
    text = (  # two notes only: not the document's own layout
        "1913\n"
        "\n"
        "26 Aug: Tram workers walk off the job\n"
        "\n"
        "Note: the date is the union's\n"
        "\n"
        "31 Aug: Police charge a crowd\n"
        "\n"
        "Note: the numbers are disputed\n"
    )
    assert not any("link or source" in reason for reason in reasons(text).values())


# --- a box's heading over bulleted figures, under the last day's text -------------------------


def test_a_short_heading_over_bullets_is_not_the_last_entrys_text() -> None:
    text = (  # a storm's days, in lower case without full stops, then a box of figures
        "3. 2. 1990\n"
        "\n"
        "the storm reaches the coast near the port\n"
        "\n"
        "4. 2. 1990\n"
        "\n"
        "the river rises above the old bridge at noon\n"
        "\n"
        "Storm figures\n"
        "\n"
        "- 40 km of road closed\n"
        "\n"
        "- 1 200 homes without power\n"
    )
    entries = _read(text)
    assert entries == [
        ("1990-02-03", None, "the storm reaches the coast near the port"),
        ("1990-02-04", None, "the river rises above the old bridge at noon"),
    ]
    assert "Storm figures" in left_out(text)


def test_a_short_text_under_a_date_alone_stays_the_entrys_text() -> None:
    text = (  # the short line right under a date (after a blank) is the entry's own text
        "1990\n\nMuseum opens\n\n- first exhibition of local paintings\n\n1991\n\nNew wing opens\n"
    )
    assert _read(text)[0][:2] == ("1990", None)
    assert _read(text)[0][2].startswith("Museum opens")


# --- three-digit years alone after a countdown of years before the era ------------------------


def test_years_alone_rising_after_a_countdown_before_the_era_are_the_eras_first() -> None:
    text = (  # a port's history, in Spanish: a year BC, bare years counting down, then the era
        "600 a.C.\n"
        "\n"
        "Los fenicios fundan el puerto.\n"
        "\n"
        "450\n"
        "\n"
        "Los griegos comercian en la bahía.\n"
        "\n"
        "218\n"
        "\n"
        "Llegan las legiones romanas.\n"
        "\n"
        "45\n"
        "\n"
        "La ciudad recibe derechos romanos.\n"
        "\n"
        "409\n"
        "\n"
        "Los vándalos saquean la costa.\n"
        "\n"
        "711 ca.\n"
        "\n"
        "Llegan los musulmanes.\n"
        "\n"
        "1147\n"
        "\n"
        "El rey conquista el puerto.\n"
        "\n"
        "1248\n"
        "\n"
        "Se construye la muralla.\n"
        "\n"
        "1492\n"
        "\n"
        "Parten las naves hacia el oeste.\n"
    )
    entries = _read(text)
    assert entries == [
        ("0409", None, "Los vándalos saquean la costa."),
        ("0711", None, "Llegan los musulmanes."),
        ("1147", None, "El rey conquista el puerto."),
        ("1248", None, "Se construye la muralla."),
        ("1492", None, "Parten las naves hacia el oeste."),
    ]
    out = left_out(text)
    assert "Los griegos comercian en la bahía." in out  # (450: before the era, counted down)
    assert "La ciudad recibe derechos romanos." in out  # (45: the turn, not guessed)


def test_numbers_alone_that_fall_without_a_year_before_the_era_stay_unread() -> None:
    text = (  # no year before the era above: a falling run is read as nothing
        "450\n"
        "\n"
        "The first houses are built.\n"
        "\n"
        "218\n"
        "\n"
        "A wall is raised.\n"
        "\n"
        "409\n"
        "\n"
        "Raiders burn the port.\n"
        "\n"
        "1147\n"
        "\n"
        "The king takes the town.\n"
        "\n"
        "1248\n"
        "\n"
        "A cathedral is begun.\n"
        "\n"
        "1492\n"
        "\n"
        "Ships sail west.\n"
    )
    assert [date for date, _, _ in _read(text)] == ["1147", "1248", "1492"]


# --- "1536, 1579" alone on its line: two years, as "849, 858:" ---------------------------------


def test_two_years_alone_with_a_comma_date_the_text_below() -> None:
    text = (  # a volcano's eruptions, in Italian
        "1381\n"
        "\n"
        "La lava raggiunge il mare.\n"
        "\n"
        "1408, 1444\n"
        "\n"
        "Due colate minacciano il paese.\n"
        "\n"
        "1536, 1537\n"
        "\n"
        "Lunga eruzione sul versante sud.\n"
        "\n"
        "1669\n"
        "\n"
        "La colata distrugge il castello.\n"
    )
    assert _read(text) == [
        ("1381", None, "La lava raggiunge il mare."),
        ("1408", None, "Due colate minacciano il paese."),
        ("1536", "1537", "Lunga eruzione sul versante sud."),
        ("1669", None, "La colata distrugge il castello."),
    ]
    assert dates.parse_range("1536, 1537") == (date(1536, 1, 1), date(1537, 12, 31))


# --- a page's numeric stamp that is its list's first day gives the list its year ---------------


def test_a_page_stamp_on_the_first_entrys_day_gives_the_year() -> None:
    text = (  # a festival's programme, in Dutch, published on its opening day
        "Het festival: de belangrijkste data\n"
        "\n"
        "STADSKRANT | 14/06/19 09:30\n"
        "\n"
        "Het festival begint vrijdag en duurt tot 2 juli. Vorig jaar kwamen er 40.000 bezoekers.\n"
        "\n"
        "14 juni : de opening\n"
        "\n"
        "De burgemeester opent het festival op het plein.\n"
        "\n"
        "21 juni : de nacht van de muziek\n"
        "\n"
        "Bands spelen tot de ochtend in de hele stad.\n"
        "\n"
        "2 juli : het slot\n"
        "\n"
        "Vuurwerk boven de rivier.\n"
    )
    assert [(date, end) for date, end, _ in _read(text)] == [
        ("2019-06-14", None),
        ("2019-06-21", None),
        ("2019-07-02", None),
    ]


def test_a_page_stamp_on_another_day_gives_no_year_by_this_rule() -> None:
    text = (  # the stamp is not the first entry's day (month first or day first): no year
        "The tour: key dates\n"
        "\n"
        "CITY NEWS | 03/05/19 09:30\n"
        "\n"
        "14 June : the opening night\n"
        "\n"
        "21 June : the second show\n"
        "\n"
        "2 July : the last night\n"
    )
    assert _read(text) == []


def test_two_entries_alike_of_a_date_alone_are_no_title_and_its_echo() -> None:
    # (the lead, at the merge: test_import_layouts' property test found "1 January 2000" /
    # "Talks." written twice read as a page's title and its echo, nothing imported)
    text = "1 January 2000\nTalks.\n1 January 2000\nTalks.\n"
    assert read_entries(text) == [("2000-01-01", None, "Talks."), ("2000-01-01", None, "Talks.")]
