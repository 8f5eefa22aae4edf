"""`ktimeline import`: journal-style chronologies in, events out; safe writes; merged data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ktimeline.importing.events import parse_chronology
from ktimeline.loader import bundled_path, load_chronology, load_vocabulary

from .conftest import DATA, event, write_jsonl
from .conftest import jsonl_records as records
from .process_support import catches_interrupt, interruptible, wait_until_reading_input

FIXTURES = DATA / "import"
JOURNAL = str(FIXTURES / "journal-style.txt")
ARTICLE = "sources/noerper-2020-us-korea-gaps-widen.txt"


@pytest.fixture
def journal(run: Any) -> Any:
    return run("import", JOURNAL)


# --- parsing --------------------------------------------------------------------------------


def test_every_date_form(journal: Any) -> None:
    got = [(r["date"], r.get("end_date")) for r in records(journal.stdout)]
    assert got == [
        ("2019-05-04", None),  # "May 4:" — the year from the heading MAY – AUGUST 2019
        ("2019-06-30", None),  # "June 30, 2019:"
        ("2019-07-25", None),  # "Jul 25:" — abbreviated, no period
        ("2019-08-22", None),  # "Aug. 22, 2019:"
        ("2019-09-01", None),  # "Sept 1:" — the year from SEPTEMBER – DECEMBER 2019
        ("2019-09-10", None),  # "September 10:" — full month name
        ("2019-11-14", None),  # "Nov. 14, 2019:"
        ("2019-11-30", "2019-12-02"),  # "Nov. 30–Dec. 2, 2019:" — a span across months
        ("2019-12-28", "2019-12-31"),  # "Dec. 28-31, 2019:"
    ]


def test_wrapped_entries_and_page_breaks(journal: Any) -> None:
    texts = {r["date"]: r["text"] for r in records(journal.stdout)}
    assert (
        texts["2019-07-25"]
        == "North Korea test-fires two missiles; KCNA reports a “new-type tactical guided weapon.”"
    )
    assert texts["2019-11-14"] == (
        "Esper arrives in Seoul, with an eye to alliance management with Korea and Japan in general, "
        "and host-nation support talks in particular."
    )  # across a page number, a page header, a caption and a photo credit


def test_link_and_italics_markup_reduced_to_words(journal: Any) -> None:
    texts = {r["date"]: r["text"] for r in records(journal.stdout)}
    assert (
        texts["2019-08-22"]
        == "South Korea announces it will end its intelligence-sharing pact with Japan."
    )


def test_layout_lines_are_left_out_and_stray_lines_reported(journal: Any) -> None:
    assert journal.exit_code == 0
    assert not any(
        "COMPARATIVE" in r["text"] or "Photo" in r["text"] for r in records(journal.stdout)
    )
    lines = journal.stderr.splitlines()
    assert (
        lines[0]
        == f"{JOURNAL}:42: could not place 'A stray line that belongs to no entry.': not an entry, and the entry before it is complete"
    )
    assert (
        lines[1]
        == f"{JOURNAL}:44: could not place 'Dec 32, 2019: An entry with an impossible date.': not a real date (day is out of range for month)"
    )
    assert lines[2] == (
        f"imported 9 entries from {JOURNAL}: wrote 9 events to standard output; skipped 3 lines "
        "before the chronology, 3 headings, 6 layout lines (headers, footers, captions), 2 lines not placed (listed above)"
    )


def test_actors_places_tags_and_statements(journal: Any) -> None:
    by_date = {r["date"]: r for r in records(journal.stdout)}
    assert by_date["2019-11-14"]["actors"] == ["Mark Esper", "South Korea", "Japan"]
    assert by_date["2019-11-14"]["places"] == ["Seoul"]
    assert "host-nation-support" in by_date["2019-11-14"]["tags"]
    assert "gsomia" in by_date["2019-08-22"]["tags"]  # "intelligence-sharing pact"
    assert by_date["2019-07-25"]["statements"] == [
        {"speaker": "Korean Central News Agency", "quote": "new-type tactical guided weapon."}
    ]
    assert by_date["2019-06-30"]["statements"] == [
        {"speaker": "Donald Trump", "quote": "great day."}
    ]
    assert by_date["2019-12-28"]["statements"] == [
        {"speaker": "Kim Jong Un", "quote": "new strategic weapon."}
    ]


def test_output_validates_and_ids_are_stable_and_unique(
    run: Any, tmp_path: Path, journal: Any
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(journal.stdout, "utf-8")
    assert run("validate", str(path)).exit_code == 0
    assert run("import", JOURNAL).stdout == journal.stdout  # the same ids every time
    twice = tmp_path / "twice.txt"
    twice.write_text(
        "Oct. 5, 2019: Talks in Stockholm.\nOct. 5, 2019: Talks in Stockholm end.\n", "utf-8"
    )
    ids = [r["id"] for r in records(run("import", str(twice)).stdout)]
    assert ids == ["2019-10-05-talks-in-stockholm", "2019-10-05-talks-in-stockholm-end"]
    same = tmp_path / "same.txt"
    same.write_text(
        "Oct. 5, 2019: Talks in Stockholm.\nOct. 5, 2019: Talks in Stockholm!\n", "utf-8"
    )
    ids = [r["id"] for r in records(run("import", str(same)).stdout)]
    assert ids == ["2019-10-05-talks-in-stockholm", "2019-10-05-talks-in-stockholm-2"]


def test_headings_spanning_two_years(run: Any) -> None:
    got = [
        (r["date"], r.get("end_date"))
        for r in records(run("import", str(FIXTURES / "two-years.txt")).stdout)
    ]
    assert got == [("2019-12-30", None), ("2020-01-03", None), ("2020-01-05", "2020-01-07")]


def test_entries_without_a_year_need_a_heading_or_year_option(run: Any) -> None:
    path = str(FIXTURES / "no-year.txt")
    result = run("import", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{path}:1: could not place" in result.stderr and "(use --year)" in result.stderr
    assert result.stderr.endswith(
        "ktimeline: error: nothing to import from "
        + path
        + ": no entry could be placed (see above)\n"
    )
    with_year = run("import", path, "--year", "2019")
    assert [r["date"] for r in records(with_year.stdout)] == ["2019-10-05", "2019-11-09"]


def test_source_options(run: Any) -> None:
    result = run("import", JOURNAL, "--source-title", "My notes", "--source-section", "narrative")
    assert records(result.stdout)[0]["source"] == {"section": "narrative", "title": "My notes"}


def test_nothing_parsed_is_exit_2(run: Any) -> None:
    result = run("import", "-", input="Just some prose.\nNo dates at all.\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "ktimeline: error: nothing to import from <stdin>" in result.stderr


def test_reads_stdin(run: Any) -> None:
    result = run("import", "-", input="Dec. 24, 2019: Trump says the US will “deal with it.”\n")
    (record,) = records(result.stdout)
    assert record["statements"] == [{"speaker": "Donald Trump", "quote": "deal with it."}]


def test_input_that_is_not_utf8(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Dec. 24, 2019: caf\u00e9\n".encode("latin-1"))
    result = run("import", str(path))
    assert (result.exit_code, result.stderr) == (
        2,
        f"ktimeline: error: {path}:1: not UTF-8 (byte 0xe9 at byte offset 18); "
        "try --encoding cp1252 (common in older documents)\n",
    )


# --- the source article round trip -----------------------------------------------------------


def test_the_source_article_reproduces_the_bundled_chronology(run: Any) -> None:
    article = str(bundled_path(ARTICLE))
    result = run("import", article)
    assert result.exit_code == 0
    imported = [(r["date"], r["text"]) for r in records(result.stdout)]
    bundled = [(e.date, e.text) for e in load_chronology().events if e.section == "chronology"]
    assert len(imported) == 67
    assert imported == bundled
    assert "skipped 52 lines before the chronology" in result.stderr


def test_the_article_citation_becomes_the_source() -> None:
    text = bundled_path(ARTICLE).read_text("utf-8")
    source = parse_chronology(text, load_vocabulary()).events[0].source
    assert source is not None
    assert (source.author, source.title, source.volume, source.issue, source.pages, source.published) == (
        "Stephen Noerper", "US-Korea Relations: Gaps Widen, Tensions Rise", 21, 3, "41-48", "2020-01",
    )  # fmt: skip


def test_most_quotes_of_the_article_get_the_speaker_the_editors_gave(chronology: Any) -> None:
    text = bundled_path(ARTICLE).read_text("utf-8")
    imported = parse_chronology(text, load_vocabulary()).events
    bundled = {(e.date, e.text): e for e in chronology.events}
    # Quote marks around a name or descriptor ("super-large") are not speech, which an
    # importer cannot tell from the text alone: the bundled data's reading notes list them.
    notes = json.loads(bundled_path(ARTICLE.replace(".txt", ".reading.json")).read_text("utf-8"))
    not_said = {entry["quote"] for entry in notes["not_statements"]}
    said = [(s.speaker, s.quote) for e in imported for s in e.statements]
    pairs = [(speaker, quote) for speaker, quote in said if quote not in not_said]
    expected = {
        (s.speaker, s.quote) for e in imported for s in bundled[(e.date, e.text)].statements
    }
    # 28 of the article's quotations are speech an importer can attribute (the reading notes
    # list the descriptors in quotation marks, such as "self-reliance", which are not)
    assert len(pairs) >= 28
    assert set(pairs) <= expected  # never a wrong speaker; a few quotes are left unattributed
    # "North Korea tests a “super-large” rocket launcher": a descriptor, no speech verb
    assert ("North Korea", "super-large") not in said


# --- safe writing ---------------------------------------------------------------------------


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "mine.jsonl", [event()])


def test_out_writes_the_file(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "new.jsonl"
    result = run("import", JOURNAL, "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(load_chronology([out]).events) == 9
    assert "wrote 9 events to " + str(out) in result.stderr


def test_an_entry_repeated_on_the_page_is_imported_once_and_named(run: Any, tmp_path: Path) -> None:
    """A page that repeats its block (Yonhap, 12 June 2018) was imported twice, the copies
    with ids ending -2 (found by a hostile review)."""
    page = tmp_path / "dup.txt"
    block = "2018\nMarch 8 -- Trump accepts.\nApril 9 -- Trump hopes.\n"
    page.write_text(block + block + "April 27 -- A summit.\n", "utf-8")
    result = run("import", str(page))
    assert result.exit_code == 0
    assert [r["date"] for r in records(result.stdout)] == ["2018-03-08", "2018-04-09", "2018-04-27"]
    assert not any(r["id"].endswith("-2") for r in records(result.stdout))
    assert f"{page}:5: left out: the same date and text as the entry on line 2\n" in result.stderr
    assert f"{page}:6: left out: the same date and text as the entry on line 3\n" in result.stderr
    same_text_other_day = tmp_path / "days.txt"
    same_text_other_day.write_text("2018\nMarch 8 -- Talks.\nMarch 9 -- Talks.\n", "utf-8")
    assert len(records(run("import", str(same_text_other_day)).stdout)) == 2


@pytest.mark.parametrize("flag", ["--out", "--actors-out"])
def test_an_empty_out_says_so(run: Any, flag: str) -> None:
    """'' was read as the current directory: "cannot write .: it is a directory"."""
    result = run("import", JOURNAL, flag, "")
    assert (result.exit_code, result.stderr) == (2, f"ktimeline: error: {flag} is empty\n")


def test_existing_file_is_never_overwritten_without_force(run: Any, existing: Path) -> None:
    before = existing.read_bytes()
    result = run("import", JOURNAL, "--out", str(existing))
    assert result.exit_code == 2
    assert result.stderr.endswith(
        f"ktimeline: error: {existing} exists; use --force to overwrite it or --append to add to it\n"
    )
    assert existing.read_bytes() == before
    assert run("import", JOURNAL, "--out", str(existing), "--force").exit_code == 0
    assert len(load_chronology([existing]).events) == 9


def test_append_twice_adds_nothing_the_second_time(run: Any, existing: Path) -> None:
    before = existing.read_bytes()
    first = run("import", JOURNAL, "--out", str(existing), "--append")
    assert "wrote 9 events to" in first.stderr
    after_first = existing.read_bytes()
    assert after_first.startswith(before)  # the user's lines kept byte for byte
    second = run("import", JOURNAL, "--out", str(existing), "--append")
    assert "wrote 0 events to" in second.stderr and "(9 already there)" in second.stderr
    assert existing.read_bytes() == after_first
    assert len(load_chronology([existing]).events) == 10


def test_append_recognises_the_same_date_and_text_under_another_id(
    run: Any, tmp_path: Path
) -> None:
    mine = write_jsonl(
        tmp_path / "mine.jsonl",
        [
            event(
                id="2019-05-04-my-own-id",
                date="2019-05-04",
                text="North Korea fires short-range projectiles off its east coast.",
                actors=["North Korea"],
                places=[],
            )
        ],
    )
    result = run("import", JOURNAL, "--out", str(mine), "--append")
    assert "wrote 8 events" in result.stderr and "(1 already there)" in result.stderr


def test_bad_input_leaves_the_file_as_it_was(run: Any, existing: Path) -> None:
    before = existing.read_bytes()
    result = run("import", "-", "--out", str(existing), "--force", input="nothing here\n")
    assert result.exit_code == 2
    assert existing.read_bytes() == before


def test_an_invalid_file_is_not_appended_to(run: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", "utf-8")
    result = run("import", JOURNAL, "--out", str(broken), "--append")
    assert result.exit_code == 2
    assert broken.read_text("utf-8") == "{not json\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_full_disk_leaves_the_file_as_it_was(
    run: Any, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = existing.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    result = run("import", JOURNAL, "--out", str(existing), "--force")
    assert result.exit_code == 2
    assert result.stderr.endswith(
        f"ktimeline: error: cannot write {existing}: No space left on device\n"
    )
    assert existing.read_bytes() == before
    assert leftovers(existing.parent) == []


def test_ctrl_c_while_writing_leaves_the_file_as_it_was(
    run: Any, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = existing.read_bytes()

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    result = run("import", JOURNAL, "--out", str(existing), "--append")
    assert result.exit_code == 130
    assert existing.read_bytes() == before
    assert leftovers(existing.parent) == []


def test_ctrl_c_in_a_real_process_leaves_the_file_as_it_was(existing: Path) -> None:
    before = existing.read_bytes()
    # (SIGINT at its default in the child, so that Python handles it: a test run as a shell's
    # background job passes it on ignored, and the signal did nothing: exit 0, not 130)
    process = subprocess.Popen(
        [sys.executable, "-m", "ktimeline", "import", "-", "--out", str(existing), "--force"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=interruptible,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(
        b"Dec. 24, 2019: Trump says the US will \xe2\x80\x9cdeal with it.\xe2\x80\x9d\n"
    )
    process.stdin.flush()
    wait_until_reading_input(process)  # reading, waiting for the end of standard input
    assert catches_interrupt(process.pid) is not False  # (its handler there: it will say so)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Traceback" not in stderr
    assert existing.read_bytes() == before
    assert leftovers(existing.parent) == []


def test_permissions_of_the_replaced_file_are_kept(run: Any, existing: Path) -> None:
    existing.chmod(0o640)
    assert run("import", JOURNAL, "--out", str(existing), "--force").exit_code == 0
    assert existing.stat().st_mode & 0o777 == 0o640


def test_force_and_append_together_or_without_out(run: Any, existing: Path) -> None:
    assert run("import", JOURNAL, "--out", str(existing), "--force", "--append").exit_code == 2
    assert run("import", JOURNAL, "--append").exit_code == 2


# --- several data sets ----------------------------------------------------------------------


def test_imported_file_merges_with_the_bundled_data(run: Any, tmp_path: Path) -> None:
    mine = tmp_path / "mine.jsonl"
    run("import", JOURNAL, "--out", str(mine))
    merged = run("range", "2019-06-30", "--data", str(mine), "--bundled")
    assert "2019-06-30-trump-and-kim-meet-at-dmz" in merged.stdout
    both = run("search", "Biegun", "--data", str(mine), env={"KTIMELINE_DATA": ""})
    assert both.exit_code == 0


def test_data_repeated_and_in_the_environment(run: Any, tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [event()])
    two = write_jsonl(tmp_path / "two.jsonl", [event(id="2019-11-06-two", date="2019-11-06")])
    repeated = run("range", "2019-11", "--data", str(one), "--data", str(two))
    assert len(repeated.stdout.splitlines()) == 2
    environment = run("range", "2019-11", env={"KTIMELINE_DATA": f"{one}{os.pathsep}{two}"})
    assert environment.stdout == repeated.stdout


def test_duplicate_ids_across_files_are_reported_with_both_places(run: Any, tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [event()])
    two = write_jsonl(tmp_path / "two.jsonl", [event()])
    result = run("range", "2019", "--data", str(one), "--data", str(two))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"ktimeline: error: {two}:1: duplicate id '2019-11-05-test-event' (also at {one}:1)\n"
    )


def test_actors_file_extends_the_alias_table_for_import_and_queries(
    run: Any, tmp_path: Path
) -> None:
    actors = write_jsonl(
        tmp_path / "actors.jsonl",
        [
            {
                "name": "Shinzo Abe",
                "kind": "person",
                "affiliation": "Japan",
                "role": "Prime Minister",
                "aliases": ["Abe", "Prime Minister Abe"],
            }
        ],
    )
    text = tmp_path / "abe.txt"
    text.write_text(
        "Dec. 23, 2019: Moon meets Prime Minister Abe in Chengdu; Abe says ties are “indispensable.”\n",
        "utf-8",
    )
    out = tmp_path / "abe.jsonl"
    run("import", str(text), "--out", str(out), "--actors", str(actors))
    (record,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert record["actors"] == ["Moon Jae-in", "Shinzo Abe"]
    assert record["statements"] == [{"speaker": "Shinzo Abe", "quote": "indispensable."}]
    found = run("search", "Shinzo Abe", "--data", str(out), "--actors", str(actors))
    assert found.exit_code == 0
    # without --actors too: the knowledge base of the field holds Shinzo Abe (hostile-s5 3b)
    assert run("range", "2019", "--data", str(out)).exit_code == 0


@pytest.mark.parametrize(
    "address",
    ["https://www.example.org/history/timeline.html", "HTTP://example.org/t", "file:///t.html"],
)
def test_a_web_address_is_refused_with_the_way_to_import_it(run: Any, address: str) -> None:
    """A user pastes the page's address: "no such file" alone did not say that nothing is
    fetched, nor what to do instead."""
    result = run("import", address, "--check")
    assert result.exit_code == 2
    assert "no such file: a web address is not read" in result.stderr
    assert "save the page" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_whose_name_looks_like_an_address_is_read(
    run: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    odd = tmp_path / "http:" / "" / "x.txt"  # "http://x.txt" is this file's relative path
    odd.parent.mkdir()
    odd.write_text("1902: The club is founded.\n1910: The club wins the cup.\n", encoding="utf-8")
    result = run("import", "http://x.txt", "--check")
    assert result.exit_code == 0, result.stderr
