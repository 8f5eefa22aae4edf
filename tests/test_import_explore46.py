"""Issue 22, explore46: layouts met by trying chronologies of a court case, a trial's calendar,
two cities, a ship, a rising, an air crash hour by hour, a supreme court's year, a university
and a flood in French, Italian, Swedish, Polish, Czech and English (Ireland, India, Kenya) as
a new user would ("… till 10 april.1912" with the next days below, "Juni:" alone under a year,
"535" alone above its text, "900 ca.", "1536, 1579", a dateline "NAME | 08/09/21 11:55" above
days with no year), each rule on short chronologies written for the test in other subjects and
wordings (never the pages' own words), and what each must not read."""

from __future__ import annotations

from tests.import_support import read_entries

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
