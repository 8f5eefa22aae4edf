"""hostile20: session 18's date rules and the import's writes read as a hostile user would: a
foreign month that is an English word too ("Mars") between a year's dash and another dash is
a list's label, not March; range and import read an unpadded ISO day ("2019-12-2") alike; an
actor file named as the events' own file is refused, never renamed over the events; two
imports appending to one file at once keep both runs' actors."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

import pytest

import ktimeline
from ktimeline import dates, writer
from tests.import_support import read_entries

if TYPE_CHECKING:
    from pathlib import Path


# --- "1965 - Mars - Mariner 4 …": a label between two dashes, not March ------------------------
# (layouts48 read a foreign month before a dash as the month, "1850 - Mai - text"; "Mars" is
# also the planet, and dates.py's own rule reads a foreign name that is an English word or
# name — "Mars", "Mayo", "Mei" — only after a day: the list's entries were dated March and
# lost their label, silently)

MISSIONS = """\
Missions to the planets
1962 - Venus - Mariner 2 flies past the planet and measures its heat.
1965 - Mars - Mariner 4 returns the first close-up pictures of the surface.
1973 - Jupiter - Pioneer 10 crosses the asteroid belt and reaches the giant.
1976 - Mars - Viking 1 lands on the plain of Chryse.
1979 - Saturn - Pioneer 11 passes through the outer ring plane.
"""


def test_a_planet_between_a_years_dash_and_another_is_the_years_label() -> None:
    got = read_entries(MISSIONS)
    assert [date for date, _, _ in got] == ["1962", "1965", "1973", "1976", "1979"]
    assert got[1][2] == "Mars - Mariner 4 returns the first close-up pictures of the surface."


@pytest.mark.parametrize("word", ["Mayo", "Mei"])
def test_another_month_that_is_a_name_too_is_no_month_before_a_dash(word: str) -> None:
    text = MISSIONS.replace("Mars", word)
    assert read_entries(text)[1][:2] == ("1965", None)


def test_a_foreign_month_that_is_no_english_word_is_still_the_month_before_a_dash() -> None:
    text = MISSIONS.replace("1965 - Mars", "1965 - Juni")  # (layouts48's "1850 - Mai - text")
    assert read_entries(text)[1][:2] == ("1965-06", None)


def test_a_years_dash_and_mars_alone_is_still_march_in_range() -> None:
    span = dates.parse_date_argument("1965 - Mars", "START")
    assert (span.start.isoformat(), span.end.isoformat()) == ("1965-03-01", "1965-03-31")


# --- "2019-12-2": an unpadded ISO day, read by range (its documented form) and import alike ----
# (range read it; import reported the line "not an entry")

UNPADDED = """\
2019-12-1: The council met in the town hall.
2019-12-2: The mayor resigned after the vote.
2019-12-15: A new mayor was elected by the council.
2020-1-5: The budget was passed without debate.
2020-2-10: The bridge was closed for repairs.
"""


def test_unpadded_iso_days_are_read_by_import() -> None:
    assert [date for date, _, _ in read_entries(UNPADDED)] == [
        "2019-12-01", "2019-12-02", "2019-12-15", "2020-01-05", "2020-02-10",
    ]  # fmt: skip


@pytest.mark.parametrize("form", ["2019-12-2", "2020-1-5"])
def test_range_and_import_read_an_unpadded_iso_day_alike(form: str) -> None:
    span = dates.parse_date_argument(form, "START")
    text = f"2019-11-30: The council met.\n{form}: The mayor resigned.\n2020-03-01: A vote.\n"
    assert read_entries(text)[1][:2] == (span.start.isoformat(), None)


# --- --actors-out naming the events' own file ------------------------------------------------
# (the actor file was renamed over the events just written: "wrote 1 event", exit 0, and the
# file held one actor's record, the event lost)

NEW_PERSON = "Sept. 1, 2019: Senator Zachary Pemberton met officials in the capital.\n"


def _text(tmp_path: Path, name: str = "notes.txt", words: str = NEW_PERSON) -> Path:
    text = tmp_path / name
    text.write_text(words, encoding="utf-8")
    return text


@pytest.mark.parametrize("actors", ["events.jsonl", "./events.jsonl"])
def test_an_actor_file_naming_the_events_file_is_refused(
    tmp_path: Path, run: Any, monkeypatch: pytest.MonkeyPatch, actors: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("import", str(_text(tmp_path)), "-o", "events.jsonl", "--actors-out", actors)
    assert result.exit_code == 2
    assert "--actors-out" in result.stderr and "events" in result.stderr
    assert not (tmp_path / "events.jsonl").exists()


def test_an_actor_file_naming_the_events_file_appended_to_leaves_it_as_it_was(
    tmp_path: Path,
) -> None:
    events = tmp_path / "events.jsonl"
    ktimeline.import_chronology(_text(tmp_path, "first.txt", "1990: The bridge opens.\n"),
                                out=events)  # fmt: skip
    before = events.read_bytes()
    with pytest.raises(ktimeline.InvalidArgumentError) as raised:
        ktimeline.import_chronology(_text(tmp_path), out=events, append=True, actors_out=events)
    assert raised.value.argument == "actors_out"
    assert events.read_bytes() == before


# --- two imports appending to one file at once -------------------------------------------------
# (each run read the actor file before it wrote its events, and renamed its own copy over the
# file after: the later rename lost the other run's actors, and the events file named an actor
# no file held, so every later run and `validate` refused it)


class _WaitWatcher:
    """writer's clock, telling when a writer sleeps waiting for another's lock."""

    def __init__(self) -> None:
        self.waited = threading.Event()

    def sleep(self, seconds: float) -> None:
        self.waited.set()
        time.sleep(seconds)

    @staticmethod
    def monotonic() -> float:
        return time.monotonic()


def test_two_appends_at_once_keep_both_runs_actors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = tmp_path / "events.jsonl"
    first = _text(tmp_path, "first.txt", "1990: Senator Zachary Pemberton visits the port.\n")
    second = _text(tmp_path, "second.txt", "1991: Governor Alice Quenby opens a school.\n")
    clock, original = _WaitWatcher(), writer.save_events
    others: list[threading.Thread] = []

    def another_run_in_between(*args: Any, **kwargs: Any) -> Any:
        # the second run starts as the first is about to write its events, and is let run
        # until it is done or waits for a lock the first holds
        if not others:
            other = threading.Thread(
                target=ktimeline.import_chronology, args=(second,),
                kwargs={"out": events, "append": True},
            )  # fmt: skip
            others.append(other)
            other.start()
            while other.is_alive() and not clock.waited.is_set():
                other.join(0.01)
        return original(*args, **kwargs)

    monkeypatch.setattr(writer, "time", clock)
    monkeypatch.setattr(writer, "save_events", another_run_in_between)
    ktimeline.import_chronology(first, out=events, append=True)
    others[0].join()
    actors = (tmp_path / "events.actors.jsonl").read_text(encoding="utf-8")
    assert "Zachary Pemberton" in actors and "Alice Quenby" in actors
    assert len(ktimeline.open(events).events()) == 2
