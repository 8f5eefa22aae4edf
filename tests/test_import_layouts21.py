"""Issue 22, twenty-first round: the misses of the blind part held-out-15, as rules for layouts
a reader reads at a glance, each on short chronologies written for the test, in several
languages and subjects (never the corpus's own words)."""

from __future__ import annotations

import pytest

from ktimeline.importing.entries import split_entries
from tests.import_support import left_out, read_entries

_read = read_entries


_skipped = left_out


# --- a page flattened to one line, its items opening with whole days ------------------------


@pytest.mark.parametrize(
    ("items", "dates"),
    [
        (  # Portuguese, a dash before each day, a place after it
            [
                "-- 14 de março de 1961, CHILE -- Uma cheia atinge o vale e isola dez aldeias.",
                "-- 2 de junho de 1968, PERU -- Um incêndio destrói o mercado central da cidade.",
                "-- 9 de agosto de 1974, BRASIL -- Uma seca longa arruina as colheitas do norte.",
                "-- 30 de abril de 1980, BOLÍVIA -- Uma ponte cai durante uma tempestade forte.",
            ],
            ["1961-03-14", "1968-06-02", "1974-08-09", "1980-04-30"],
        ),
        (  # English, a short month, a title then the text
            [
                "4 Mar 1931 Canal Act Parliament funds the new canal through the marsh.",
                "19 Oct 1947 Port Charter The harbour board gets its own charter at last.",
                "7 Jan 1958 Bridge opening The river bridge opens to lorries and carts.",
                "22 Aug 1970 Dock strike Workers stop the docks for three full weeks.",
            ],
            ["1931-03-04", "1947-10-19", "1958-01-07", "1970-08-22"],
        ),
        (  # newest first, a day in the middle
            [
                "-- May 3, 2004, OHIO -- A tornado flattens two farms near the river.",
                "-- June 9, 1999, TEXAS -- Hail breaks every window on the main street.",
                "-- April 1, 1990, KANSAS -- A storm cuts power to the whole county.",
            ],
            ["2004-05-03", "1999-06-09", "1990-04-01"],
        ),
    ],
)
def test_items_with_whole_days_run_together_on_one_line(items: list[str], dates: list[str]) -> None:
    text = (
        "Menu Home News Published 2019 Floods and storms in the region since 1930: the "
        "list below was compiled from the archive. " + " ".join(items) + "\n"
    )
    assert len(text) > 200
    read = _read(text)
    assert [day for day, _, _ in read] == dates
    assert all(words[:1].isupper() for _, _, words in read)
    assert not any(words[:2] == "--" for _, _, words in read)


def test_a_paragraph_naming_days_inside_its_sentences_is_not_broken() -> None:
    # the days follow "on", "since" and "until": dates inside sentences, no run of items
    text = (
        "1950: The council met on 4 March 1951 Monday in the hall, and again since 9 April "
        "1952 Tuesday at the school; they sat until 2 May 1953 Friday when the mayor left, and "
        "the archive has every minute of those meetings, kept in the library's basement for "
        "anyone who asks to see them.\n1960: A new hall opens.\n1970: The hall burns.\n"
    )
    read = _read(text)
    assert [day for day, _, _ in read] == ["1950", "1960", "1970"]


# --- a three-digit year alone among years alone, with its era or a span --------------------


@pytest.mark.parametrize("era", ["d.C.", "A.D.", "AD", "CE", "d. C."])
def test_years_before_1000_alone_on_their_lines(era: str) -> None:
    text = (
        f"Uma breve história dos reinos do vale.\n612 {era}\nO primeiro rei é coroado.\n"
        "655\nA capital muda para o sul.\n700-745\nGuerras longas com o reino vizinho.\n"
        "812\nUm mosteiro é fundado.\n1004\nO reino se divide.\n1120\nUma nova dinastia.\n"
    )
    read = _read(text)
    assert [(day, end) for day, end, _ in read] == [
        ("0612", None),
        ("0655", None),
        ("0700", "0745"),
        ("0812", None),
        ("1004", None),
        ("1120", None),
    ]
    assert read[0][2] == "O primeiro rei é coroado."


def test_numbers_alone_that_do_not_rise_stay_page_numbers() -> None:
    text = (
        "600 AD\nA king is crowned.\n455\nThe capital moves.\n812\nA monastery.\n"
        "1004\nThe kingdom splits.\n1120\nA new dynasty.\n"
    )
    assert "0455" not in [day for day, _, _ in _read(text)]


@pytest.mark.parametrize(
    ("argument", "shown"),
    [
        ("647 d.C.", "between 0647-01-01 and 0647-12-31"),
        ("800 n. Chr.", "between 0800-01-01 and 0800-12-31"),
    ],
)
def test_the_eras_work_in_range(argument: str, shown: str) -> None:
    from typer.testing import CliRunner

    from ktimeline.cli.app import app

    result = CliRunner().invoke(app, ["range", argument])
    assert result.exit_code == 0, result.output
    assert shown in result.output


# --- weekdays that give the year of a page that writes none --------------------------------


def test_weekdays_give_the_year_after_the_latest_year_named() -> None:
    # 2015: Wednesday 6 May, Sunday 10 May, Saturday 16 May; the text names 2010 (the last
    # congress); 2009 and 2020 fit the weekdays too, but 2015 is the first from 2010 on
    text = (
        "Le calendrier du congrès, cinq ans après celui de 2010.\n\n"
        "  • 6 mai : ouverture des inscriptions\n\n"
        "Les dossiers sont reçus jusqu'au samedi 16 mai au siège.\n\n"
        "  • 10 mai : assemblée générale\n\n"
        "Elle aura lieu le dimanche 10 mai à la salle des fêtes, et le mercredi 6 mai "
        "les membres votent.\n\n"
        "  • 16 mai : clôture\n"
    )
    read = _read(text)
    assert [day for day, _, _ in read] == ["2015-05-06", "2015-05-10", "2015-05-16"]


@pytest.mark.parametrize(
    "lines",
    [
        [  # French, the weekdays on the entries' lines, one of six a slip (not a Tuesday)
            "Jeudi 21 février : Dépôt des listes.",
            "Lundi 3 mars : Publication des listes.",
            "Dimanche 9 mars : Premier tour.",
            "Dimanche 16 mars : Second tour.",
            "Mardi 9 avril : Installation du conseil.",
            "Lundi 25 février : Ouverture de la campagne.",
        ],
        [  # English
            "Thursday, February 21: Lists are filed.",
            "Monday, March 3: Lists are published.",
            "Sunday, March 9: First round.",
            "Sunday, March 16: Second round.",
        ],
        [  # German
            "Donnerstag, 21. Februar: Die Listen werden eingereicht.",
            "Montag, 3. März: Die Listen werden veröffentlicht.",
            "Sonntag, 9. März: Erster Wahlgang.",
        ],
    ],
)
def test_weekdays_of_a_page_naming_no_year_are_refused_with_the_years_they_fit(
    lines: list[str],
) -> None:
    # 2008 fits (a leap year: 21 February a Thursday, 3 March a Monday), and 1980 before it,
    # 2036 after; nothing on the page says which (the lead's decision in the twenty-second
    # round: the importer does not read the clock), so its entries are refused with the
    # fitting years, and --year (the default year) then reads them
    text = "Le calendrier :\n" + "\n".join(lines) + "\n"
    assert _read(text) == []
    refused = [item.reason for item in split_entries(text).unplaced if item.line > 1]
    assert len(refused) == len(lines)
    assert all("its weekdays fit 1980, 2008, 2036" in reason for reason in refused)
    read = [(e.date, e.parts) for e in split_entries(text, 2008).entries]
    assert len(read) == len(lines)
    assert all(day.startswith("2008-") for day, _ in read)


def test_weekdays_that_fit_no_year_give_none() -> None:
    text = "Calendar:\nMonday, March 7: One.\nMonday, March 8: Two.\nMonday, March 9: Three.\n"
    assert _read(text) == []
    assert all("weekdays" not in item.reason for item in split_entries(text).unplaced)


def test_a_page_that_writes_its_years_is_not_given_one_by_its_weekdays() -> None:
    text = (
        "Thursday, March 7, 2002: Lists are filed.\nMonday, March 11, 2002: Published.\n"
        "Sunday, March 24: First round.\nSunday, March 31: Second round.\n"
    )
    assert [day[:4] for day, _, _ in _read(text)] == ["2002"] * 4


# --- a span of days in words, a label over the entries below --------------------------------


@pytest.mark.parametrize(
    "span",
    ["Du lundi 8 au vendredi 19 avril", "Du 8 au 19 avril", "Vom 8. bis 19. April",
     "From Monday 8 to Friday 19 April", "Del 8 al 19 de abril"],
)  # fmt: skip
def test_a_span_of_days_written_in_words(span: str) -> None:
    text = f"1 avril 2024 : Ouverture.\n{span} : Exposition.\n25 avril 2024 : Clôture.\n"
    read = _read(text)
    assert read[1][:2] == ("2024-04-08", "2024-04-19")


def test_a_sentence_opening_with_a_span_of_days_is_left_as_written() -> None:
    # no separator after the month: a sentence ("From 3 to 6 November, the council …")
    text = "5 May 2024: One.\nFrom 8 to 19 May the council met daily.\n25 May 2024: Two.\n"
    assert all(words != "the council met daily." for _, _, words in _read(text))


@pytest.mark.parametrize("label", ["Second season:", "Zweite Saison:", "Saison régulière :"])
def test_a_label_between_entries_heads_the_entries_below(label: str) -> None:
    # under the document's longest line (read as the wrap width, the label as its last words)
    text = (
        "3 March 2024: The first match is played in the old town.\n"
        "5 March 2024: The second match is played at the harbour.\n"
        "6 March 2024: The third match is played at the school.\n"
        "8 March 2024: The clubs agree on the rules of the new league for all teams.\n"
        f"{label}\n"
        "9 March 2024: The fourth match is played before a crowd.\n"
        "12 March 2024: The fifth match ends in a draw.\n"
        "15 March 2024: The league names the best player.\n"
        "18 March 2024: The final is played at the harbour.\n"
    )
    read = _read(text)
    assert len(read) == 8
    assert read[3][2] == "The clubs agree on the rules of the new league for all teams."
    assert label in _skipped(text)


def test_a_label_under_an_unfinished_entry_stays_its_text() -> None:
    text = (
        "3 March 2024: The club signs\nTwo players:\n9 March 2024: The third match.\n"
        "12 March 2024: The final.\n"
    )
    assert "Two players:" in _read(text)[0][2]


# --- numbered items with their date alone; numeric days ordered by the same days in words ---


@pytest.mark.parametrize("number", ["31,601.", "12.", "7)"])
def test_a_running_number_before_a_date_alone(number: str) -> None:
    text = (
        f"Archive\n\n{number} 03/14/2021\n\nA bridge reopens after repairs.\n\n"
        "Source: The Courier, March 14, 2021\n\n"
    )
    read = _read(text)
    assert read[0][:2] == ("2021-03-14", None)
    assert number in _skipped(text)


def test_numeric_days_ordered_by_the_same_day_in_words() -> None:
    # 04/05/2021 and 04/06/2021: no number over 12; "April 5, 2021" below shows month first
    text = (
        "Archive\n\n104. 04/05/2021\n\nA bridge reopens.\n\nThe Courier, April 5, 2021\n\n"
        "103. 04/06/2021\n\nA school closes.\n\nThe Courier, April 6, 2021\n"
    )
    assert [day for day, _, _ in _read(text)] == ["2021-04-05", "2021-04-06"]


def test_numeric_days_in_words_the_other_way_are_day_first() -> None:
    text = (
        "Archive\n\n104. 04/05/2021\n\nA bridge reopens.\n\nLe Courrier, 4 mai 2021\n\n"
        "103. 06/05/2021\n\nA school closes.\n"
    )
    assert [day for day, _, _ in _read(text)] == ["2021-05-04", "2021-05-06"]


def test_a_day_written_with_its_own_full_stop_keeps_its_number() -> None:
    # "6. Mai 2013" is the day itself (German), no running number
    text = "6. Mai 2013\nDer Prozess beginnt.\n14. Mai 2013\nDie Anklage wird verlesen.\n"
    assert [day for day, _, _ in _read(text)] == ["2013-05-06", "2013-05-14"]


# --- Markdown images ------------------------------------------------------------------------


def test_markdown_images_are_pictures_not_text() -> None:
    text = (
        "![1901 photo](/img/1901.jpg) **1901 Tram line opens** (the first line in town)\n\n"
        "![1902 photo]()\n**1902 Library built** (with a public reading room)\n\n"
        "![1903 photo]()\n**1903 Flood** (the river rises two metres)\n\n"
        "![1904 photo]()\n**1904 New bridge** (stone, three arches)\n"
    )
    read = _read(text)
    assert [day for day, _, _ in read] == ["1901", "1902", "1903", "1904"]
    assert not any("photo" in words or "![" in words for _, _, words in read)
    assert "![1901 photo](/img/1901.jpg)" in _skipped(text)


def test_check_says_the_year_came_from_the_weekdays() -> None:
    text = (
        "Le calendrier du congrès, cinq ans après celui de 2010.\n\n"
        "Mercredi 6 mai : ouverture.\nDimanche 10 mai : assemblée.\nSamedi 16 mai : clôture.\n"
    )
    split = split_entries(text)
    assert split.pattern is not None
    assert "the year its weekdays fit: 2015" in split.pattern.describe()


# --- `import --check` says where a yearless page's year came from --------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Key dates\n\nOn 12 May next year, the new bridge will open to traffic.\n"
            "Work must end before 12 May, 2025.\n\n3 February\nThe deck is laid.\n\n"
            "9 March\nThe lights are fitted.\n\n20 April\nThe road is painted.\n",
            'the year from a day the text above the list places "next year": 2024',
        ),
        (
            "The following is a timeline of the events of 1998 in the valley.\n\n"
            "March 3: The dam opens.\nApril 9: A flood.\nMay 2: The mill closes.\n",
            "the year from the text above the list: 1998",
        ),
        (
            "Updated: 14 March 2023\n\nMarch 3: The dam opens.\nMarch 9: A flood.\n"
            "March 12: The mill closes.\n",
            "the year from the page's date: 2023",
        ),
        (
            "Dam Chronicle 1998\n\nMarch 3: The dam opens.\nApril 9: A flood.\nMay 2: The mill.\n",
            "the year from the title: 1998",
        ),
    ],
)
def test_check_says_where_the_year_came_from(text: str, said: str) -> None:
    split = split_entries(text)
    assert split.pattern is not None
    assert said in split.pattern.describe()


def test_a_numbered_menu_of_years_has_no_running_numbers() -> None:
    # "1. 1953" / "2. 1954": a page's menu of its years, no item's day: nothing reported as a
    # running number (found by compare_import_output on a corpus text)
    text = (
        "Main events\n\n  1. 1953\n  2. 1954\n  3. 1955\n"
        "January 1953: The fleet is withdrawn.\n\nMarch 5, 1953: A leader dies.\n\n"
        "July 27, 1953: The armistice is signed.\n"
    )
    assert not any(item in ("1.", "2.", "3.") for item in _skipped(text))


def test_a_bold_title_opened_before_its_year_leaves_no_marker() -> None:
    text = (
        "**1901 Tram line opens** (the first line in town)\n\n"
        "**1902 Library built** (with a reading room)\n\n**1903 Flood** (two metres)\n"
    )
    read = _read(text)
    assert read[0][2] == "Tram line opens (the first line in town)"
    assert not any("*" in words for _, _, words in read)
