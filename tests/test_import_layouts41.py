"""Issue 22, forty-first round (the known faults of texts already in the corpus): an item
run into the line above without a sentence's end ("… Stadthauptmann 1414 - Die Burgkapelle
…"). Each rule on chronologies written for the test in other subjects and languages, with
what it must leave alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.importing.events import parse_chronology
from tests.import_support import read_entries

if TYPE_CHECKING:
    from ktimeline.vocabulary import Vocabulary

_read = read_entries


# -- "YEAR - Text" items run into the line above, no sentence's end between ------------------

CLUB = (  # a football club's history, English, one item run into another without a full stop
    "Club history\n"
    "1901-1905 - The club plays on a farmer's field 1903 - A wooden stand is built\n"
    "1906 - The club joins the county league.\n"
    "1910 - First cup final, lost to the neighbours.\n"
    "1912 - The ground is bought.\n"
)


def test_a_dashed_year_item_run_into_the_line_above_is_an_entry() -> None:
    assert _read(CLUB) == [
        ("1901", "1905", "The club plays on a farmer's field"),
        ("1903", None, "A wooden stand is built"),
        ("1906", None, "The club joins the county league."),
        ("1910", None, "First cup final, lost to the neighbours."),
        ("1912", None, "The ground is bought."),
    ]


KIRCHE = (  # a parish's history, German, two items run into one line
    "Chronik der Pfarrei\n"
    "1620 - Die Kirche brennt nieder 1624 - Der Neubau beginnt 1631 – Schwedische Truppen plündern\n"
    "1650 - Die Glocken werden gegossen.\n"
    "1688 - Eine Orgel wird gestiftet.\n"
)


def test_several_dashed_year_items_on_one_line_each_an_entry() -> None:
    assert _read(KIRCHE) == [
        ("1620", None, "Die Kirche brennt nieder"),
        ("1624", None, "Der Neubau beginnt"),
        ("1631", None, "Schwedische Truppen plündern"),
        ("1650", None, "Die Glocken werden gegossen."),
        ("1688", None, "Eine Orgel wird gestiftet."),
    ]


GUARDED = (  # a year a sentence asks for, a span's end, a year out of the list's order
    "Company history\n"
    "1950 - The firm is founded in 1952 - Moving comes later\n"
    "1960 - Sales grow from 1958 - 1962 - New plants open\n"
    "1970 - The founder recalls 1890 - His father's shop\n"
    "1980 - A merger.\n"
)


def test_a_dashed_year_a_sentence_asks_for_stays_text() -> None:
    assert [date for date, _, _ in _read(GUARDED)] == ["1950", "1960", "1970", "1980"]


PROSE = (  # not a list of dashed years: a year and a dash inside a paragraph stays text
    "The mill\n"
    "1801: The mill is built by the river 1805 - Floods ruin it\n"
    "1810: A new wheel.\n"
    "1820: The mill closes.\n"
)


def test_a_dashed_year_in_a_list_of_colon_years_stays_text() -> None:
    assert [date for date, _, _ in _read(PROSE)] == ["1801", "1810", "1820"]


# -- one entry alike under another heading: another event of that day, with its own id -------

MATCHES = (  # two teams' seasons: the same result the same day, each under its team
    "Season 2015\n"
    "\n"
    "Rovers\n"
    "\n"
    "March 3, 2015: Match postponed.\n"
    "\n"
    "March 10, 2015: Rovers win 2-0.\n"
    "\n"
    "United\n"
    "\n"
    "March 3, 2015: Match postponed.\n"
    "\n"
    "March 12, 2015: United lose at home.\n"
)


def test_an_entry_alike_among_other_neighbours_is_another_event(vocabulary: Vocabulary) -> None:
    result = parse_chronology(MATCHES, vocabulary)
    assert [e.date for e in result.events] == [
        "2015-03-03",
        "2015-03-10",
        "2015-03-03",
        "2015-03-12",
    ]
    ids = [e.id for e in result.events]
    assert len(set(ids)) == len(ids)  # two events of one day, two ids
    kept = [w for w in result.warnings if w.repeats is not None]
    assert [(w.line, w.repeats) for w in kept] == [(11, 5)]  # and said, with the first one's line
    assert "kept as another event" in kept[0].reason


def test_a_repeated_block_is_still_imported_once(vocabulary: Vocabulary) -> None:
    block = "2015\nMarch 3: Match postponed.\nMarch 10: Rovers win.\n"
    result = parse_chronology(block + block + "March 12: United lose.\n", vocabulary)
    assert [e.date for e in result.events] == ["2015-03-03", "2015-03-10", "2015-03-12"]
    assert [(w.line, w.repeats) for w in result.warnings if w.repeats is not None] == [
        (5, 2),
        (6, 3),
    ]
    # (one entry alike between the block and its copy: kept and said; the copy dropped)
    tail = parse_chronology(block + "March 10: Rovers win.\n" + block, vocabulary)
    assert [e.date for e in tail.events] == ["2015-03-03", "2015-03-10", "2015-03-10"]


# -- a day named inside a sentence (the corpus README's rule, round 41) ----------------------

SHIPYARD = (  # a shipyard's history, English, hard-wrapped at about 70 characters
    "1890\n"
    "The yard is founded on the north bank by two brothers from Glasgow, who\n"
    "buy the old rope works and the slipway beside it for a small sum of money.\n"
    "Launched, on 4 June, the first steamer of the yard leaves for the sea trials.\n"
    "1891\n"
    "A second slipway is built for larger hulls, paid for by a loan from the\n"
    "town council, which takes a share in the firm for its trouble and its risk.\n"
    "Dies suddenly, on 9 March, the elder brother.\n"
    "The workers strike for a week, and the yard closes its gates on 12 May.\n"
    "1892\n"
    "The yard's first warship is ordered by the Admiralty after a long trial.\n"
)


def test_an_item_opening_with_its_day_after_a_wrapped_line_is_that_days_entry() -> None:
    assert _read(SHIPYARD) == [
        ("1890", None, "The yard is founded on the north bank by two brothers from Glasgow, "
         "who buy the old rope works and the slipway beside it for a small sum of money."),
        ("1890-06-04", None, "Launched, on 4 June, the first steamer of the yard leaves for "
         "the sea trials."),
        ("1891", None, "A second slipway is built for larger hulls, paid for by a loan from "
         "the town council, which takes a share in the firm for its trouble and its risk."),
        ("1891-03-09", None, "Dies suddenly, on 9 March, the elder brother."),
        # (a day named late in its sentence: an entry of the year above)
        ("1891", None, "The workers strike for a week, and the yard closes its gates on 12 May."),
        ("1892", None, "The yard's first warship is ordered by the Admiralty after a long trial."),
    ]  # fmt: skip


WRAPPED_DAY = (  # a sentence carried on onto a line that opens with a day: still one item
    "1890\n"
    "The yard is founded on the north bank by two brothers from Glasgow, who\n"
    "buy the old rope works and the slipway beside it; it opens on the\n"
    "4 June, with a dinner for the workers and the town council in the hall.\n"
    "1891\n"
    "A second slipway is built for larger hulls, paid for by a loan from the.\n"
)


def test_a_day_opening_the_rest_of_a_sentence_stays_its_text() -> None:
    assert [date for date, _, _ in _read(WRAPPED_DAY)] == ["1890", "1891"]


# -- a list of one-line rows with a day's line among its years: each row its own event -------

WORKS = (  # a car maker's history, long lines, one entry a line, a day's line among the years
    "Company history\n"
    "\n"
    "1901 The company is founded in a garage by three engineers who build bicycles. (Hart, 1950)\n"
    "Its first workshop stands behind the railway station of the old town of Coventry.\n"
    "1905 The first motor car leaves the works after two years of trials and setbacks.\n"
    "1910 A second factory opens on the river and employs four hundred workers there.\n"
    "May 3 A fire destroys the paint shop and half of the new factory buildings there.\n"
    "1914 The works turn to making lorries for the army at the outbreak of the war.\n"
)


def test_a_row_under_a_year_in_a_list_with_day_lines_is_another_event() -> None:
    assert _read(WORKS) == [
        ("1901", None, "The company is founded in a garage by three engineers who build "
         "bicycles. (Hart, 1950)"),
        ("1901", None, "Its first workshop stands behind the railway station of the old town "
         "of Coventry."),
        ("1905", None, "The first motor car leaves the works after two years of trials and "
         "setbacks."),
        ("1910", None, "A second factory opens on the river and employs four hundred workers "
         "there."),
        ("1910-05-03", None, "A fire destroys the paint shop and half of the new factory "
         "buildings there."),
        ("1914", None, "The works turn to making lorries for the army at the outbreak of the "
         "war."),
    ]  # fmt: skip


WRAPPED_WORKS = (  # the same years, their texts hard-wrapped: a wrapped line runs on below
    "Company history\n"
    "\n"
    "1901 The company is founded in a garage by three engineers who build\n"
    "bicycles for the town. Its first workshop stands behind the station.\n"
    "Within a year it employs twenty men and sells its bicycles abroad.\n"
    "1905 The first motor car leaves the works after two years of trials.\n"
    "1910 A second factory opens on the river and employs four hundred.\n"
    "May 3 A fire destroys the paint shop and half of the new factory.\n"
    "1914 The works turn to making lorries for the army in the war.\n"
)


def test_a_wrapped_texts_lines_stay_one_entry() -> None:
    assert [date for date, _, _ in _read(WRAPPED_WORKS)] == [
        "1901", "1905", "1910", "1910-05-03", "1914"
    ]  # fmt: skip
