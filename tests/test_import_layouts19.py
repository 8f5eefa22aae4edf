"""Issue 22, nineteenth round: the hostile review's leftovers (/work/notes/hostile-s6.md) and
the corpus's remaining misses, as rules for layouts a reader reads at a glance, each on short
chronologies written for the test, in several variants of the layout."""

from __future__ import annotations

import pytest

from ktimeline.importing.entries import Entry, split_entries
from ktimeline.importing.events import _unique_id, slug
from tests.import_split import dates as _read


def _unplaced(text: str) -> list[str]:
    return [skipped.text for skipped in split_entries(text).unplaced]


# --- a list that runs forward turns its year where the month steps back -------------------


@pytest.mark.parametrize("title", ["The 1995 trial of O.J. Simpson: a timeline", "The trial"])
@pytest.mark.parametrize(
    "shape", ["On {day}, {text}", "{day}: {text}", "• {day} – {text}"], ids=["on", "colon", "dash"]
)
def test_a_forward_list_turns_its_year_where_the_month_steps_back(title: str, shape: str) -> None:
    # "June 12, 1994", "June 17": forward, as two days of one month show; "Jan. 24" then is
    # 1995 (before, 1994: a step back of less than six months kept the year)
    lines = [
        ("June 12, 1994", "Nicole Brown Simpson and Ron Goldman were killed."),
        ("June 17", "Simpson fled in a white Bronco."),
        ("Jan. 24", "Opening statements began."),
        ("Oct. 3", "The jury found Simpson not guilty."),
    ]
    text = title + "\n\n" + "\n\n".join(shape.format(day=d, text=t) for d, t in lines) + "\n"
    assert [day for day, _, _ in _read(text)] == [
        "1994-06-12", "1994-06-17", "1995-01-24", "1995-10-03"
    ]  # fmt: skip


def test_a_newest_first_list_keeps_its_year_where_the_month_steps_back() -> None:
    text = (
        "The trial\n\n"
        "On Oct. 3, 1995, the jury found Simpson not guilty.\n\n"
        "On Jan. 24, opening statements began.\n\n"
        "On June 17, 1994, Simpson fled in a white Bronco.\n\n"
        "On June 12, Nicole Brown Simpson and Ron Goldman were killed.\n"
    )
    assert [day for day, _, _ in _read(text)] == [
        "1995-10-03", "1995-01-24", "1994-06-17", "1994-06-12"
    ]  # fmt: skip


def test_a_step_back_nothing_orders_keeps_its_year() -> None:
    # one written year, no two days of a month: nothing shows the order, so "Feb. 10" after
    # "March 3" is no new year (an item out of place, or newest first)
    text = (
        "The strike\n\n"
        "Jan. 5, 2019: Workers walk out.\n"
        "March 3: The plant is occupied.\n"
        "Feb. 10: Talks begin.\n"
    )
    assert [day for day, _, _ in _read(text)] == ["2019-01-05", "2019-03-03", "2019-02-10"]


# --- "N years later (2019)": the title's year is the article's --------------------------


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("The Apollo 11 mission, 50 years later (2019)", "1969"),
        ("Apollo 11: fifty years on (2019)", "1969"),
        ("Apollo 11 (1969), 50 years later (2019)", "1969"),
        ("The Moon landing's 50th anniversary, 2019", "1969"),
        ("The Apollo 11 mission in 1969", "1969"),  # (guard: a year of the events)
        ("Apollo 11 in 1969, 50 years later", "1969"),  # (the year before the words: theirs)
    ],
)
def test_a_title_that_counts_years_back_gives_the_events_year(title: str, year: str) -> None:
    text = (
        f"{title}\n\n"
        "On July 16, Apollo 11 lifted off from Cape Kennedy.\n\n"
        "On July 20, Armstrong and Aldrin landed on the Moon.\n\n"
        "On July 24, the crew splashed down in the Pacific.\n"
    )
    assert [day for day, _, _ in _read(text)] == [f"{year}-07-16", f"{year}-07-20", f"{year}-07-24"]


# --- "Feb. 3 – 11 the union …": a span of days, not a count -----------------------------


@pytest.mark.parametrize("dash", ["–", "-", "—"])
@pytest.mark.parametrize("opening", ["the union and the company", "their leaders", "they"])
def test_a_spaced_day_span_before_a_word_no_count_takes_is_a_span(dash: str, opening: str) -> None:
    text = (
        "Strike at the Acme plant, 1936\n\n"
        f"Jan. 5 {dash} 12 workers walk out.\n"
        f"Jan. 12 {dash} The governor sends the guard.\n"
        f"Jan. 29 {dash} 1,000 police surround the plant.\n"
        f"Feb. 3 {dash} 11 {opening} negotiate.\n"
        f"Feb. 14 {dash} 300 workers return.\n"
    )
    assert _read(text) == [
        ("1936-01-05", None, "12 workers walk out."),
        ("1936-01-12", None, "The governor sends the guard."),
        ("1936-01-29", None, "1,000 police surround the plant."),
        ("1936-02-03", "1936-02-11", f"{opening} negotiate."),
        ("1936-02-14", None, "300 workers return."),
    ]


# --- "• 2. Halbzeit …": a number after a bullet is the item's text ------------------------


@pytest.mark.parametrize("bullet", ["•", "-", "*"])
def test_a_number_after_a_bullet_under_a_year_stays_in_the_item(bullet: str) -> None:
    text = (
        "Chronik des FC Beispiel\n\n"
        "1963\n"
        f"{bullet} 18. Januar Gründung des Vereins in einer Gaststätte.\n"
        f"{bullet} 3. März Erstes Spiel gegen den SV Nachbar, 2:1.\n"
        f"{bullet} 1. Mai Der Verein hat 120 Mitglieder.\n"
        f"{bullet} 24. Das Stadion wird eröffnet.\n"
        "1964\n"
        f"{bullet} 12. Juni Aufstieg in die Landesliga.\n"
        f"{bullet} 2. Halbzeit des Pokalfinales wird abgebrochen.\n"
        f"{bullet} 11. Spieler erhalten eine Prämie.\n"
    )
    assert _read(text) == [
        ("1963-01-18", None, "Gründung des Vereins in einer Gaststätte."),
        ("1963-03-03", None, "Erstes Spiel gegen den SV Nachbar, 2:1."),
        ("1963-05-01", None, "Der Verein hat 120 Mitglieder."),
        ("1963", None, "24. Das Stadion wird eröffnet."),
        ("1964-06-12", None, "Aufstieg in die Landesliga."),
        ("1964", None, "2. Halbzeit des Pokalfinales wird abgebrochen."),
        ("1964", None, "11. Spieler erhalten eine Prämie."),
    ]
    described = split_entries(text).pattern
    assert described is not None and "month headings" not in described.describe(True)


# --- ids of many entries of one date and text: linear work ---------------------------------


class _CountingSet(set[str]):
    probes = 0

    def __contains__(self, item: object) -> bool:
        _CountingSet.probes += 1
        return super().__contains__(item)


def test_ids_of_20000_entries_of_one_date_and_text_take_linear_work() -> None:
    # (hostile review s6: 8,000 "Jan. 9, 1871: 7,100 people died." run together on one line
    # took 10 s, every id trying every suffix before it; 20,000 tried 200 million)
    entry = Entry(1, "1871-01-09", None, ["7,100 people died."])
    base = f"1871-01-09-{slug(entry.text)}"
    used, resume = _CountingSet({f"{base}-5"}), dict[tuple[str, int], int]()  # (one id taken)
    _CountingSet.probes = 0
    ids = [_unique_id(entry, entry.text, used, resume) for _ in range(20_000)]
    assert len(set(ids)) == 20_000 and f"{base}-5" not in ids
    assert ids[:5] == [base, f"{base}-2", f"{base}-3", f"{base}-4", f"{base}-6"]
    assert _CountingSet.probes <= 3 * 20_000 + 10  # (quadratic: about 200,000,000)


def test_a_20000_entry_line_is_split_in_linear_work() -> None:
    # the whole import of such a line: its entries, each with its own id
    from ktimeline.importing.events import parse_chronology
    from ktimeline.loader import load_vocabulary

    text = "Timeline\n" + "Jan. 9, 1871: 7,100 people died. " * 20_000 + "\n"
    result = parse_chronology(text, load_vocabulary())
    assert len({event.id for event in result.events}) == 20_000


# --- items whose dates end them: spans of years among single years -------------------------


@pytest.mark.parametrize("link", [False, True])
@pytest.mark.parametrize("bullet", ["- ", "* ", "• "])
def test_spans_of_years_end_items_among_items_ending_with_one_year(link: bool, bullet: str) -> None:
    # (a Markdown list of Wikipedia links, each with its date after a dash: paulnwms,
    # held-out-7; a span was read only as "a lifetime or a reign", never as an item's dates)
    def item(title: str) -> str:
        return (
            f"[{title}](https://en.wikipedia.org/wiki/{title.replace(' ', '_')})" if link else title
        )

    text = (
        "## World history\n\n"
        f"{bullet}{item('Hawaii')} - 1959\n"
        f"{bullet}{item('Unification of Germany')} - 1866-1871\n"
        f"{bullet}{item('Alaska Purchase')} - 1867\n"
        f"{bullet}{item('Napoleonic Wars')} - 1803-1815\n"
        f"    1. {item('War of the Third Coalition')} (1803–1806)\n"
        f"    2. {item('War of the Fifth Coalition')} (1809)\n"
        f"    3. {item('War of the Seventh Coalition')} (1815)\n"
        f"    4. {item('French invasion of Russia')} (1812)\n"
        f"{bullet}{item('Siege of Nicaea')} - 14 May – 19 June 1097\n"
        f"{bullet}{item('Norman Conquest')} - 1066\n"
    )
    assert _read(text) == [
        ("1959", None, "Hawaii"),
        ("1866", "1871", "Unification of Germany"),
        ("1867", None, "Alaska Purchase"),
        ("1803", "1815", "Napoleonic Wars"),
        ("1803", "1806", "War of the Third Coalition"),
        ("1809", None, "War of the Fifth Coalition"),
        ("1815", None, "War of the Seventh Coalition"),
        ("1812", None, "French invasion of Russia"),
        ("1097-05-14", "1097-06-19", "Siege of Nicaea"),
        ("1066", None, "Norman Conquest"),
    ]


def test_lifetimes_in_brackets_stay_no_dates_where_one_date_is_written_after_a_dash() -> None:
    # spans in brackets count only where MIN_LINES items write one date in brackets
    text = (
        "Key battles\n\n"
        "- Battle of Osan – July 5, 1950\n"
        "- Pusan Perimeter – August 1950\n"
        "- Inchon Landing – 15 September 1950\n"
        "- Kim Il Sung (1912–1994)\n"
    )
    split = split_entries(text)
    assert [entry.date for entry in split.entries] == ["1950-07-05", "1950-08", "1950-09-15"]
    assert "- Kim Il Sung (1912–1994)" in [skipped.text for skipped in split.unplaced]


def test_a_list_of_lifetimes_alone_is_no_chronology() -> None:
    # spans of years only ("Name (1912–1994)"): lifetimes, not read as the items' dates
    text = (
        "Famous mathematicians\n\n"
        "- Alan Turing (1912–1954)\n"
        "- John von Neumann (1903–1957)\n"
        "- Emmy Noether (1882–1935)\n"
        "- Kurt Gödel (1906–1978)\n"
    )
    assert _read(text) == []


def test_a_time_after_a_spaced_dash_is_no_span_s_end() -> None:
    # "a.m." is no article: "Feb. 3 – 11 a.m. talks begin" keeps its day and its time
    text = (
        "Strike at the Acme plant, 1936\n\n"
        "Jan. 5 – 12 workers walk out.\n"
        "Jan. 12 – The governor sends the guard.\n"
        "Jan. 29 – 1,000 police surround the plant.\n"
        "Feb. 3 – 11 a.m. talks begin at the town hall.\n"
    )
    assert _read(text)[-1] == ("1936-02-03", None, "11 a.m. talks begin at the town hall.")


def test_ids_appended_to_a_file_holding_their_numbers_take_linear_work() -> None:
    # (`import --append`: 5,000 new events wanting "x", "x-2" … where the file holds x …
    # x-5000 tried 5,000 + 4,999 + … ids; each now resumes where the last search stopped)
    from ktimeline.model import Event
    from ktimeline.writer import to_append

    existing = [Event(f"1871-01-09-x{'' if n < 2 else f'-{n}'}", "1871-01-09", f"Old {n}.")
                for n in range(1, 5001)]  # fmt: skip
    events = [Event(f"1871-01-09-x{'' if n < 2 else f'-{n}'}", "1871-01-09", f"New {n}.")
              for n in range(1, 5001)]  # fmt: skip
    probes = 0
    original = to_append.__globals__["unique_id"]

    def counted(wanted: str, taken: object, resume: object = None) -> str:
        nonlocal probes

        class Counting:
            def __contains__(self, item: object) -> bool:
                nonlocal probes
                probes += 1
                return item in taken  # type: ignore[operator]

        if resume is None:  # (main's to_append)
            return str(original(wanted, Counting()))
        return str(original(wanted, Counting(), resume))

    to_append.__globals__["unique_id"] = counted
    try:
        new, renamed = to_append(existing, events)
    finally:
        to_append.__globals__["unique_id"] = original
    assert renamed == 5000 and len({event.id for event in new}) == 5000
    assert new[0].id == "1871-01-09-x-5001" and new[-1].id == "1871-01-09-x-10000"
    assert probes <= 5 * 5000  # (about four a call; quadratic: about 12,500,000)


def test_resumed_id_searches_choose_what_fresh_searches_choose() -> None:
    # the memory changes the work, never the id: random taken sets and wanted ids
    import random

    from ktimeline.writer import unique_id

    chooser = random.Random(19)
    for _ in range(200):
        taken = {f"x-{n}" for n in range(2, 40) if chooser.random() < 0.6} | {"x"}
        fresh, remembered = set(taken), set(taken)
        resume: dict[tuple[str, int], int] = {}
        for _ in range(30):
            wanted = chooser.choice(["x", *(f"x-{n}" for n in range(2, 45))])
            plain, quick = unique_id(wanted, fresh), unique_id(wanted, remembered, resume)
            assert plain == quick
            fresh.add(plain)
            remembered.add(quick)
