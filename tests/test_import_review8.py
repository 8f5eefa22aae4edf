"""Issue 22, review 8's findings on the importer's layout rules (notes/review8.md: B1, B2, B6,
B7, B8, B9), each on short chronologies written for the test, in several languages and subjects
(never the review's own inputs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ktimeline.importing import entries
from ktimeline.importing.entries import split_entries

if TYPE_CHECKING:
    from collections.abc import Callable


def _read(text: str, year: int | None = None) -> list[tuple[str, str | None, str]]:
    return [
        (e.date, e.end_date, " ".join(" ".join(e.parts).split()))
        for e in split_entries(text, year).entries
    ]


# --- B7: the splitter's work grows with the page, not with its square -----------------------

_DAYS: dict[str, tuple[list[str], list[str]]] = {
    "English": (
        ["March", "April", "May"],
        ["Kilmore fire started", "Bendigo fire started", "Churchill fire started"],
    ),
    "German": (
        ["März", "April", "Mai"],
        ["Hochwasser in Passau", "Deich bei Deggendorf bricht", "Pegel sinkt in Regensburg"],
    ),
    "French": (
        ["mars", "avril", "mai"],
        ["Grève à la gare", "Manifestation place de la République", "Vote à l'Assemblée"],
    ),
}


def _days_with_items(language: str, days: int) -> str:
    months, items = _DAYS[language]
    return "".join(
        f"{1 + i % 28} {months[i // 28 % 3]} {2000 + i // 84}\n" + "\n".join(items) + "\n\n"
        for i in range(days)
    )


def _comparisons(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """(entries read, Entry.__eq__ calls while reading them)."""
    calls = [0]
    compare: Callable[[entries.Entry, object], bool] = entries.Entry.__eq__

    def counted(entry: entries.Entry, other: object) -> bool:
        calls[0] += 1
        return compare(entry, other)

    monkeypatch.setattr(entries.Entry, "__eq__", counted)
    return len(split_entries(text).entries), calls[0]


@pytest.mark.parametrize("language", sorted(_DAYS))
def test_items_under_many_days_take_no_entry_comparisons_per_pair(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    # each item asked "is the day above still an entry?": by identity, not by a list search
    # comparing it with every entry so far (81 s for 6,000 days before)
    read, comparisons = _comparisons(monkeypatch, _days_with_items(language, 400))
    assert read == 1200
    assert comparisons <= read
    doubled, comparisons_doubled = _comparisons(monkeypatch, _days_with_items(language, 800))
    assert doubled == 2400
    assert comparisons_doubled <= 2 * comparisons + 10


# --- B1: "N years since/on" in a title counts back only from the article's own year --------


@pytest.mark.parametrize(
    ("title", "year"),
    [
        # a year of the events written after "since": the events', no count back
        ("50 years since the Moon landing: the 1969 mission day by day", "1969"),
        ("Twenty years since the flood: the 1997 disaster hour by hour", "1997"),
        ("100 years since the strike: how the 1926 stoppage unfolded", "1926"),
        # "on" a preposition ("years on the throne", "years on the road"): no count
        ("70 years on the throne: the Platinum Jubilee (2022)", "2022"),
        ("40 years on the road: the band's farewell tour (2011)", "2011"),
        ("Thirty years on the bench: the judge's last term, 2004", "2004"),
        # (guards: the article's year in brackets or last still counts back)
        ("The first ascent, 60 years later (2013)", "1953"),
        ("The Moon landing: fifty years on, 2019", "1969"),
    ],
)
def test_a_title_counting_years_gives_the_events_year(title: str, year: str) -> None:
    text = (
        f"{title}\n\n"
        "June 2: The first day begins at dawn.\n"
        "June 5: A crowd gathers in the square.\n"
        "June 9: The last day closes with a speech.\n"
    )
    assert [day for day, _, _ in _read(text)] == [f"{year}-06-02", f"{year}-06-05", f"{year}-06-09"]


# --- B2: "next year" is read within its own sentence, and never overrides a title ---------


def _year_of(title: str) -> str:
    return next(word for word in title.replace(":", " ").split() if word.isdigit())


def _years_and_source(text: str) -> tuple[set[str], str]:
    split = split_entries(text)
    assert split.pattern is not None
    return {entry.date[:4] for entry in split.entries}, split.pattern.describe()


@pytest.mark.parametrize(
    ("title", "said"),
    [
        (
            "Council elections 2022: the dates ahead",
            "The last election was held on 5 May 2021 and this one falls on 5 May. Next year "
            "the wards change",
        ),
        (
            "Festival programme 2024",
            "The first festival opened on 12 July 2019 and this one opens on 12 July! Next "
            "year the venue moves.",
        ),
        (
            "Season 2030 fixtures",
            "The old ground closed on 3 March 2027, a day before 3 March? Next year a new "
            "one opens.",
        ),
        (
            "Ferry timetable 2017",
            "Sailings ended on 1 May 2015 and resume on 1 May; next year the fares rise.",
        ),
    ],
)
def test_next_year_after_a_sentence_end_gives_no_year(title: str, said: str) -> None:
    # the day before "Next year" ends the sentence (or clause) before it: no day is said
    # "next year", so the page is not dated a year before the one the text writes
    text = (
        f"{title}\n{said}\n\nMarch 28: Nominations open.\nApril 5: Nominations close.\n"
        "April 14: The register closes.\nMay 5: Polling day.\n"
    )
    years, source = _years_and_source(text)
    assert years <= {_year_of(title)}
    assert "next year" not in source


@pytest.mark.parametrize(
    ("title", "said", "written"),
    [
        ("Budget 2026: what comes next", "The tax starts on 1 April next year.",
         "The old one started on 1 April 2019."),
        ("Bridge works 2031", "The bridge opens on 12 May next year, the council says.",
         "It was planned for 12 May 2025."),
        ("Trial dates 2015", "The appeal is heard on 9 June next year; the first trial",
         "ended on 9 June 2010."),
    ],
)  # fmt: skip
@pytest.mark.parametrize("alone", [True, False])
def test_a_day_said_next_year_does_not_override_a_title_year(
    title: str, said: str, written: str, alone: bool
) -> None:
    # the day said "next year" makes the page a year other than its title's: which is right
    # is not clear, so it never overrides the title (the entries are reported, "use --year",
    # unless the title is a heading of its own)
    days = (
        "3 February\nThe plans are shown.\n\n9 March\nThe council votes.\n\n20 April\nWork begins.\n"
        if alone
        else "February 3: The plans are shown.\nMarch 9: The council votes.\nApril 20: Work begins.\n"
    )
    text = f"{title}\n\n{said}\n\n{written}\n\n{days}"
    years, source = _years_and_source(text)
    titled = _year_of(title)
    assert years <= {titled}
    assert "next year" not in source
    assert [day for day, _, _ in _read(text, int(titled))][:1] == [f"{titled}-02-03"]


# --- B8: a newest-first page's newest event is no page date ---------------------------------


@pytest.mark.parametrize(
    ("title", "day", "text", "below", "dates"),
    [
        (
            "The trial: a timeline",
            "12 March 2021",
            "The court delivers its verdict after a two-year trial.",
            ["3 January 2021: Closing arguments begin.", "9 June 2020: The trial opens.",
             "2 February 2019: Charges are filed."],
            ["2021-03-12", "2021-01-03", "2020-06-09", "2019-02-02"],
        ),
        (
            "Le chantier du pont",
            "4 octobre 2023",
            "Le pont est enfin ouvert aux voitures.",
            ["1962 : premiers plans du pont.", "1958 : la vieille passerelle s'effondre.",
             "1931 : un bac relie les deux rives."],
            ["2023-10-04", "1962", "1958", "1931"],
        ),
        (
            "Die Werft",
            "1. Juli 2015",
            "Die Werft schließt nach 120 Jahren ihre Tore.",
            ["März 2009: Kurzarbeit für alle.", "Mai 1990: Die Werft wird privatisiert.",
             "April 1949: Der erste Neubau läuft vom Stapel."],
            ["2015-07-01", "2009-03", "1990-05", "1949-04"],
        ),
    ],
)  # fmt: skip
def test_the_latest_event_on_top_of_newest_first_entries_is_an_entry(
    title: str, day: str, text: str, below: list[str], dates: list[str]
) -> None:
    page = f"{title}\n\n{day}\n{text}\n\n" + "\n".join(below) + "\n"
    read = _read(page)
    assert [date for date, _, _ in read] == dates
    assert read[0][2] == text


def test_the_pages_date_over_older_entries_oldest_first_stays_the_pages() -> None:
    # (guard: the entries below run oldest first, the day above them is the page's own)
    page = (
        "Timeline: the harbour\n14 May 2019\n\nAs the new pier opens, we look back.\n\n"
        "1871: The first quay is built.\n\n1904: A storm wrecks it.\n\n1960: A ferry begins.\n"
    )
    assert [date for date, _, _ in _read(page)] == ["1871", "1904", "1960"]


# --- B6: a byline or an address under a date is no list of events -------------------------


@pytest.mark.parametrize(
    "block",
    [
        ["Jane Doe", "Senior Reporter", "The Age"],
        ["Anna Schmidt", "Leitende Redakteurin", "Süddeutsche Zeitung"],
        ["Office of the Mayor", "City Hall", "Main Street", "Springfield"],
        ["Ministère de la Culture", "Direction du Patrimoine", "Rue de Valois"],
    ],
)
@pytest.mark.parametrize("newer_below", [False, True])
def test_a_byline_or_address_under_a_date_is_not_one_event_per_line(
    block: list[str], newer_below: bool
) -> None:
    last = "12 February 2009" if newer_below else "9 February 2009"
    text = (
        "How the fires unfolded\n\n10 February 2009\n" + "\n".join(block) + "\n\n"
        "7 February 2009: Fires break out across the state.\n"
        "8 February 2009: The toll passes one hundred.\n"
        f"{last}: The premier visits the fire grounds.\n"
    )
    read = _read(text)
    assert not any(words in block for _, _, words in read)  # (no line of it an event)
    assert [day for day, _, _ in read][-3:] == [
        "2009-02-07",
        "2009-02-08",
        f"2009-02-{last.split()[0]:0>2}",
    ]


def test_short_lines_under_the_pages_date_over_older_entries_are_its_introduction() -> None:
    text = (
        "The floods: a timeline\n\n14 May 2019\nRivers still rising\nRoads closed today\n"
        "Schools shut until Monday\n\n1 May 2019: Heavy rain begins in the hills.\n"
        "3 May 2019: The river bursts its banks.\n7 May 2019: The army is called in.\n"
    )
    split = split_entries(text)
    assert [entry.date for entry in split.entries] == ["2019-05-01", "2019-05-03", "2019-05-07"]
    assert "Roads closed today" in [item.text for item in split.unplaced]


@pytest.mark.parametrize(
    "items",
    [
        ["Kilmore fire started", "Bendigo fire started", "Churchill fire started"],
        ["Deich bei Deggendorf bricht", "Hochwasser in Passau", "Pegel sinkt in Regensburg"],
        ["La gare ferme", "Le pont est coupé", "Les écoles restent fermées"],
    ],
)
def test_short_lines_that_say_what_happened_stay_items_of_their_day(items: list[str]) -> None:
    # (guard: a day's list whose marks the page lost, the day's items newer than the page's)
    text = (
        "Chronology\n\n7 February 2009\n" + "\n".join(items) + "\n\n"
        "8 February 2009: The two fronts merge.\n9 February 2009: Rain at last.\n"
    )
    read = _read(text)
    assert [words for _, _, words in read][:3] == items
    assert [day for day, _, _ in read][:3] == ["2009-02-07"] * 3


# --- B9: one step forward is not enough to make every month that steps back a new year ------


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (  # English, month first: the talks
            ["June 12, 1994: The talks open.", "June 17: The delegations meet again.",
             "July 8: The leader dies.", "May 3: A note on the earlier crisis.",
             "August 5: Talks resume."],
            ["1994-06-12", "1994-06-17", "1994-07-08", "1994-05-03", "1994-08-05"],
        ),
        (  # German, day first: a strike
            ["3. März 2011: Der Streik beginnt.", "9. März: Die Gewerkschaft verhandelt.",
             "2. April: Die Fabrik steht still.", "15. Februar: Rückblick auf die Warnung.",
             "20. April: Der Streik endet."],
            ["2011-03-03", "2011-03-09", "2011-04-02", "2011-02-15", "2011-04-20"],
        ),
        (  # French, day first: an election
            ["4 octobre 2020 : Le premier tour.", "11 octobre : Le second tour.",
             "2 novembre : Le maire est élu.", "20 septembre : Retour sur la campagne.",
             "30 novembre : Le conseil siège."],
            ["2020-10-04", "2020-10-11", "2020-11-02", "2020-09-20", "2020-11-30"],
        ),
    ],
)  # fmt: skip
def test_one_step_forward_keeps_the_year_of_a_short_step_back(
    days: list[str], expected: list[str]
) -> None:
    assert [day for day, _, _ in _read("\n".join(days) + "\n")] == expected


def test_a_list_that_clearly_runs_forward_turns_its_year_at_any_step_back() -> None:
    # (guard: three steps that show the order all forward, then a month back: a new year)
    text = (
        "June 2, 1994: The talks open.\nJune 9: A second round.\nJune 20: A third round.\n"
        "June 28: A fourth round.\nMay 3: The talks close.\n"
    )
    assert [day for day, _, _ in _read(text)][-1] == "1995-05-03"


# --- one search for an id not taken: the writer's, the text's own numbers kept -------------


@pytest.mark.parametrize(
    "texts",
    [
        ["Talks, round 2.", "Talks: round 2!", "Talks, round 2?"],
        ["Das Gericht, in einem 7-2 Urteil.", "Das Gericht: in einem 7-2 Urteil!"],
        ["Vote 2 au Sénat.", "Vote 2 au Sénat !"],
    ],
)
def test_the_importer_numbers_taken_ids_with_the_writers_search(texts: list[str]) -> None:
    from ktimeline.importing.events import parse_chronology
    from ktimeline.loader import load_vocabulary
    from ktimeline.writer import unique_id

    text = "".join(f"March 3, 2019: {item}\n" for item in texts)
    ids = [event.id for event in parse_chronology(text, load_vocabulary()).events]
    assert len(ids) == len(texts)
    assert ids[1:] == [f"{ids[0]}-{number}" for number in range(2, len(ids) + 1)]
    taken: set[str] = set()
    for chosen in ids:  # (a slug ending "-2" is the text's "round 2": "-2-2", never "-3")
        assert chosen == unique_id(ids[0], taken, numbered=False)
        taken.add(chosen)
    if ids[0][-1].isdigit():  # (the writer's own ids count on from their suffix: "-3")
        assert unique_id(ids[0], {ids[0]}) == f"{ids[0][: ids[0].rindex('-')]}-3"


# --- one reading of a written day: "3RD" in a text in capitals too -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TIMELINE\n\nJUNE 3RD, 2019: THE TALKS OPEN.\nJUNE 5TH, 2019: THE TALKS CLOSE.\n"
         "JULY 1ST, 2019: A TREATY IS SIGNED.\n", ["2019-06-03", "2019-06-05", "2019-07-01"]),
        ("Chronik\n\n2ND MARCH 1990: DIE MAUER FÄLLT WEITER.\n22ND MARCH 1990: WAHLEN.\n"
         "23RD MARCH 1990: EIN NEUER RAT.\n", ["1990-03-02", "1990-03-22", "1990-03-23"]),
        ("Historia\n\nOn JUNE 3RD, 1998, the bridge opens.\n\nOn JUNE 9TH, the road opens.\n\n"
         "On JUNE 21ST, the ferry stops.\n", ["1998-06-03", "1998-06-09", "1998-06-21"]),
    ],
)  # fmt: skip
def test_ordinal_days_in_capitals_are_read(text: str, expected: list[str]) -> None:
    # (before, the importer stripped only lower-case suffixes: int("3RD"), an internal error)
    assert [day for day, _, _ in _read(text)] == expected


def test_the_written_day_is_read_one_way() -> None:
    from ktimeline import dates

    assert [dates.day_number(day) for day in ("3", "03", "3rd", "3RD", "21st", "3º", "3°")] == [
        3, 3, 3, 3, 21, 3, 3
    ]  # fmt: skip
