"""hostile19: session 17's new rules and the CLI's writes read as a hostile user would: a body's
quotation after another body's (a second attribution is no "goes on"), a season written
"1941/42" typed to `range` as `import` reads it, and an actor file that cannot be read or
written leaving the events unwritten too (no events naming actors no file holds)."""

from __future__ import annotations

import errno
import os
from typing import TYPE_CHECKING, Any

import pytest

import ktimeline
from ktimeline.dates import DateArgumentError, parse_date_argument
from tests.enrich_support import said_in_order
from tests.import_support import left_out, read_entries

if TYPE_CHECKING:
    from pathlib import Path

    from ktimeline.vocabulary import Vocabulary


# --- the next quotation with an attribution of its own is not the body before's -----------------
# (body_goes_on gave "“…” a defense ministry official said" and "“…,” the agency said" to the
# ministry whose words came just before: the attribution of its own was read as the sentence's
# end between two quotations of one body)


@pytest.mark.parametrize(
    "second",
    [
        "“We will not,” a defense ministry official said.",
        "“We will not,” the agency said.",
        "“We will not,” the council said.",
    ],
)
def test_a_quotation_another_body_says_is_not_the_body_befores(
    vocabulary: Vocabulary, second: str
) -> None:
    entry = f"South Korea’s Unification Ministry met on Monday. “No,” the ministry said. {second}"
    said = said_in_order(vocabulary, entry, date="2020-02-10")
    assert ("Ministry of Unification", "No,") in said
    assert ("Ministry of Unification", "We will not,") not in said


def test_words_standing_alone_after_a_bodys_quotation_stay_its_own(vocabulary: Vocabulary) -> None:
    entry = "South Korea’s Unification Ministry met. “No,” the ministry said. “We will not.”"
    assert said_in_order(vocabulary, entry, date="2020-02-10") == [
        ("Ministry of Unification", "No,"),
        ("Ministry of Unification", "We will not."),
    ]


# --- a list of references run together on one line is no chart of years ----------------------
# (explore42's year items run together out of order read a flattened bibliography as six
# entries, each with the next author's name at its end: "The history of the river trade.
# London. Jones, K." under 2001; an initial's full stop was read as a sentence's end)

REFERENCES = (
    "References Smith, J. 2001 The history of the river trade. London. Jones, K. 1998 A study"
    " of the mills. Oxford. Brown, A. 2005 The guilds of the north. York. Green, T. 1987 Bells"
    " and foundries. Leeds. White, P. 2010 The market halls. Hull. Black, R. 1979 Early"
    " brewers. Bath."
)


def test_a_flattened_list_of_references_is_no_entries() -> None:
    assert read_entries(REFERENCES) == []
    assert REFERENCES in left_out(REFERENCES)


def test_a_chart_of_years_after_sentences_ends_is_still_read() -> None:
    text = (  # the chart's items end with a name's initial inside, never before the year
        "Chart 1871 The tannery opens. 1902 A brewery of J. Hale is founded on the hill. 1885"
        " The first bank opens its doors. 1910 The railway reaches the town. 1894 A foundry casts"
        " its first bells. 1921 The bus company is founded. 1899 The market hall is built."
    )
    assert ("1902", None, "A brewery of J. Hale is founded on the hill.") in read_entries(text)
    assert len(read_entries(text)) == 6  # (as explore42's: "Chart 1871" opens no sentence)


# --- "1941/42": a season's years, typed to range as import reads them ----------------------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [("1941/42", "1941", "1942"), ("1912/13", "1912", "1913"), ("1899/00", "1899", "1900")],
)
def test_a_year_and_a_next_year_no_month_can_be_reads_in_range_as_in_import(
    written: str, first: str, last: str
) -> None:
    # (range refused them "ambiguous: a month, or a span?": 42, 13, 00 are no month)
    text = f"{written}: The club plays its first season.\n1950: The ground is sold.\n"
    assert read_entries(text)[0] == (first, last, "The club plays its first season.")
    span = parse_date_argument(written, "START")
    assert (span.start.isoformat(), span.end.isoformat()) == (f"{first}-01-01", f"{last}-12-31")


# ("2019/12" left this list when layouts48, merged beside this round, read it as December 2019
# in range as the importer reads a line opening with it: 12 is no next year of 2019, so no
# season; "1806/07", a season or July 1806, stays refused by both)
@pytest.mark.parametrize("written", ["1806/07", "2011/12"])
def test_a_year_and_a_number_that_may_be_its_month_stays_refused(written: str) -> None:
    with pytest.raises(DateArgumentError, match="ambiguous"):
        parse_date_argument(written, "START")


# --- an actor file that cannot be written leaves the events unwritten ----------------------------


NEW_PERSON = 'Sept. 1, 2019: Senator Zachary Pemberton met officials. "We talk," Pemberton said.\n'


def _text(tmp_path: Path) -> Path:
    text = tmp_path / "notes.txt"
    text.write_text(NEW_PERSON, encoding="utf-8")
    return text


def test_an_actor_file_that_is_a_directory_leaves_the_events_unwritten(
    tmp_path: Path, run: Any
) -> None:
    # (the events were written, then "--actors-out cannot read it" and exit 2: a second run
    # was refused, "events.jsonl exists", and the events named an actor no file held)
    events = tmp_path / "events.jsonl"
    result = run("import", str(_text(tmp_path)), "-o", str(events), "--actors-out", str(tmp_path))
    assert result.exit_code == 2
    assert not events.exists()


def test_an_actor_file_of_another_format_leaves_the_events_unwritten(
    tmp_path: Path, run: Any
) -> None:
    events, other = tmp_path / "events.jsonl", tmp_path / "other.jsonl"
    other.write_text('{"id": "x", "date": "2019"}\n', encoding="utf-8")
    result = run("import", str(_text(tmp_path)), "-o", str(events), "--actors-out", str(other))
    assert result.exit_code == 2
    assert not events.exists()
    assert other.read_text(encoding="utf-8") == '{"id": "x", "date": "2019"}\n'


def test_a_full_disk_for_the_actor_file_leaves_the_events_unwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, events, actors = _text(tmp_path), tmp_path / "events.jsonl", tmp_path / "a.jsonl"
    synced: list[int] = []

    def full_on_the_first(descriptor: int) -> None:  # the actor file is written first now
        synced.append(descriptor)
        if len(synced) == 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_on_the_first)
    with pytest.raises(ktimeline.InvalidArgumentError) as raised:
        ktimeline.import_chronology(text, out=events, actors_out=actors)
    assert raised.value.argument == "actors_out"
    assert not events.exists() and not actors.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_events_refused_as_existing_leave_the_actor_file_as_it_was(tmp_path: Path) -> None:
    text, events, actors = _text(tmp_path), tmp_path / "events.jsonl", tmp_path / "a.jsonl"
    events.write_text("", encoding="utf-8")
    with pytest.raises(ktimeline.OutputError):
        ktimeline.import_chronology(text, out=events, actors_out=actors)
    assert not actors.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_both_files_are_written_when_both_can_be(tmp_path: Path) -> None:
    text, events = _text(tmp_path), tmp_path / "events.jsonl"
    ktimeline.import_chronology(text, out=events)
    assert "Zachary Pemberton" in (tmp_path / "events.actors.jsonl").read_text(encoding="utf-8")
    assert len(ktimeline.open(events).events()) == 1
