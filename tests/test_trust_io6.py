"""Hostile review s5 (notes/hostile-s5.md), reading and writing chronology files and the
command line's arguments: what ktimeline writes loads again (3), an import never overwrites
its own input (5), globs and repeated files (6, 10), date messages (14, 15), foreign JSON
Lines (16) and small messages (17)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import event, write_jsonl

# --- 3a: --dedupe's reported_by loads again ---------------------------------------------------


def test_reported_by_of_dedupe_output_is_a_derived_field_the_reader_accepts(
    run: Any, tmp_path: Path
) -> None:
    record = event(
        reported_by=[{"source": "Kyodo", "id": "2019-11-05-other", "reason": "same day"}]
    )
    data = write_jsonl(tmp_path / "dd.jsonl", [record])
    checked = run("validate", str(data))
    assert checked.exit_code == 0, checked.stderr
    listed = run("range", "2019-11-05", "--data", str(data), "-f", "jsonl")
    assert listed.exit_code == 0, listed.stderr
    assert json.loads(listed.stdout)["id"] == record["id"]


def test_a_json_array_is_refused_with_the_way_to_json_lines(run: Any, tmp_path: Path) -> None:
    array = tmp_path / "x.json"
    array.write_text(run("range", "2019-12-03", "-f", "json").stdout, "utf-8")
    refused = run("validate", str(array))
    assert refused.exit_code == 2
    assert "jq -c '.[]'" in refused.stderr


# --- 5: an import never writes over the text it reads -------------------------------------

ARTICLE = (
    "Test events, abridged\n\n"
    "Dec. 2, 2019: North Korea fires two short-range missiles into the sea.\n"
    'Dec. 3, 2019: Trump calls Kim "Rocket Man" at a NATO meeting.\n'
)


def test_import_out_the_input_itself_is_refused_even_with_force(run: Any, tmp_path: Path) -> None:
    article = tmp_path / "cc.txt"
    article.write_text(ARTICLE, "utf-8")
    (tmp_path / "link.txt").symlink_to(article)
    for out in (article, tmp_path / "link.txt", tmp_path / "." / "cc.txt"):
        for how in (["--force"], ["--append"], []):
            result = run("import", str(article), "--out", str(out), *how)
            assert result.exit_code == 2, (out, how, result)
            assert result.stderr.count("\n") == 1, result.stderr
            assert "--out names the file being imported" in result.stderr
    refused = run("import", str(article), "--actors-out", str(tmp_path / "link.txt"))
    assert refused.exit_code == 2
    assert article.read_text("utf-8") == ARTICLE
    assert not (tmp_path / "cc.actors.jsonl").exists()


# --- 6 and 10: a glob skips actor files; a file named twice is read once ------------------


def _imported(run: Any, directory: Path) -> Path:
    directory.mkdir()
    article = directory.parent / "c.txt"
    article.write_text(ARTICLE, "utf-8")
    out = directory / "m2.jsonl"
    result = run("import", str(article), "--out", str(out))
    assert result.exit_code == 0, result
    assert (directory / "m2.actors.jsonl").exists()  # (NATO: from the knowledge base)
    return out


def test_a_glob_skips_the_actor_files_beside_the_chronologies(run: Any, tmp_path: Path) -> None:
    out = _imported(run, tmp_path / "d1")
    by_glob = run("range", "2019-12", "--data", f"{out.parent}/*.jsonl")
    by_directory = run("range", "2019-12", "--data", str(out.parent))
    assert by_glob.exit_code == 0, by_glob.stderr
    assert by_glob.stdout == by_directory.stdout
    assert by_glob.stdout.count("\n") == 2
    only_actors = run("range", "--data", f"{out.parent}/*.actors.jsonl")
    assert only_actors.exit_code == 2
    assert "matches only actor files" in only_actors.stderr


def test_a_file_given_twice_is_read_once_with_one_note(
    run: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    out = _imported(run, tmp_path / "d1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link.jsonl").symlink_to(out)
    once = run("range", "2019-12", "--data", "d1/m2.jsonl")
    for twice in (
        ["--data", "d1/m2.jsonl", "--data", "./d1/m2.jsonl"],
        ["--data", "d1", "--data", "d1/*.jsonl"],
        ["--data", "d1/m2.jsonl", "--data", "link.jsonl"],
    ):
        result = run("range", "2019-12", *twice)
        assert result.exit_code == 0, (twice, result)
        assert result.stdout == once.stdout
        assert result.stderr.count("given twice; it is read once") == 1, result.stderr
        assert "duplicate id" not in result.stderr
        assert "UNIQUE" not in result.stderr
    bundled = run("range", "2019-12-03", "--data", str(_bundled()), "--bundled")
    assert bundled.exit_code == 0, bundled.stderr
    assert bundled.stdout == run("range", "2019-12-03", "--data", str(_bundled())).stdout
    assert "given twice" in bundled.stderr


def _bundled() -> Path:
    from ktimeline.loader import bundled_path

    return bundled_path("chronology.jsonl")


# --- 3b, 11: actors of the knowledge base are known; an unknown one says how to mend it -----


def test_the_readme_recipe_import_to_stdout_then_query_it(run: Any, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, "utf-8")
    imported = run("import", str(article))
    assert imported.exit_code == 0, imported.stderr
    assert '"NATO"' in imported.stdout  # an actor of the knowledge base, not of data/actors
    assert "--actors-out" not in imported.stderr  # (known when read: nothing to keep)
    mine = tmp_path / "mine.jsonl"
    mine.write_text(imported.stdout, "utf-8")
    listed = run("range", "2019-12", "--data", str(mine))
    assert listed.exit_code == 0, listed.stderr
    assert listed.stdout.count("\n") == 2
    assert run("validate", str(mine)).exit_code == 0
    assert "NATO" in run("actors", "NATO", "--data", str(mine)).stdout
    piped = run("search", "NATO", "--data", "-", input=imported.stdout)
    assert piped.exit_code == 0, piped.stderr
    assert "rocket-man" in piped.stdout


def test_an_exported_range_of_imported_events_loads_again_through_its_index(
    run: Any, tmp_path: Path, cache: Path
) -> None:
    records = [
        event(id="1994-06-a", date="1994-06", text="North Korea quits the IAEA.",
              actors=["North Korea", "International Atomic Energy Agency"]),
        event(id="1994-10-21-b", date="1994-10-21", text="Clinton signs the Agreed Framework.",
              actors=["Bill Clinton", "Soviet Union"],
              statements=[{"speaker": "Bill Clinton", "quote": "good deal",
                           "about": "International Atomic Energy Agency"}]),
    ]  # fmt: skip
    data = write_jsonl(tmp_path / "y.jsonl", records)
    found = run("search", "Clinton", "--data", str(data))
    assert found.exit_code == 0, found.stderr
    assert "1994-10-21-b" in found.stdout
    assert run("range", "1994", "--data", str(data)).stdout.count("\n") == 2
    quotes = run("quotes", "--speaker", "Clinton", "--data", str(data))
    assert quotes.exit_code == 0, quotes.stderr


def test_a_name_nobody_knows_stays_an_error_that_says_how_to_mend_it(
    run: Any, tmp_path: Path
) -> None:
    data = write_jsonl(tmp_path / "nk.jsonl", [event(actors=["Mark Esper", "Nobody Known Org"])])
    for command in (["range", "--data", str(data)], ["validate", str(data)]):
        result = run(*command)
        assert result.exit_code == 2
        lines = result.stderr.splitlines()
        assert lines[0] == f"ktimeline: error: {data}:1: unknown actor 'Nobody Known Org'"
        assert "--actors FILE" in lines[1]
        assert "NAME.actors.jsonl" in lines[1]


def test_the_knowledge_base_is_read_only_when_an_unknown_actor_is_met(tmp_path: Path) -> None:
    import subprocess
    import sys

    data = write_jsonl(tmp_path / "plain.jsonl", [event()])
    known = write_jsonl(tmp_path / "kb.jsonl", [event(actors=["NATO"])])
    probe = (
        "import sys, ktimeline\n"
        "t = ktimeline.open(sys.argv[1]); t.chronology()\n"
        "print('ktimeline.importing.knowledge' in sys.modules)\n"
    )
    for path, expected in ((data, "False"), (known, "True")):
        out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
        assert out.strip() == expected, path


# --- 14: date messages name what is wrong ---------------------------------------------------


def test_a_date_message_names_the_part_not_understood_never_the_valid_one(run: Any) -> None:
    for argument, wrong in (("2019-12-02 10", "'10'"), ("2019-12 10", "'10'"),
                            ("2019-W49 x", "'x'"), ("10 2019-12", "'10'")):  # fmt: skip
        result = run("range", argument)
        assert result.exit_code == 2
        assert f"is not a date: {wrong} not understood" in result.stderr, result.stderr
    bound = run("range", "--from", "2019-12-02 10")
    assert "--from '2019-12-02 10' is not a date: '10' not understood" in bound.stderr


def test_a_retrieval_day_must_be_a_real_day_not_after_today(run: Any, tmp_path: Path) -> None:
    from datetime import date, timedelta

    article = tmp_path / "c.txt"
    article.write_text(ARTICLE, "utf-8")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for day, said in (
        ("2019-02-30", "--retrieved '2019-02-30' is not a real day (2019-02 has no day 30)"),
        ("2019-13-01", "--retrieved '2019-13-01' is not a real day (there is no month 13)"),
        (tomorrow, f"--retrieved {tomorrow} is after today"),
        ("soon", "--retrieved 'soon' is not a day written YYYY-MM-DD"),
    ):
        result = run("import", str(article), "--add", "--retrieved", day)
        assert result.exit_code == 2, result
        assert said in result.stderr
    assert not (tmp_path / "library").exists()  # nothing added
    today = run("import", str(article), "--add", "--retrieved", date.today().isoformat())
    assert today.exit_code == 0, today.stderr


# --- 15: START/END and --from/--to that contradict ----------------------------------------


def test_a_bound_that_would_change_nothing_or_leave_no_day_is_refused(run: Any) -> None:
    for arguments, said in (
        (["2019-12", "--from", "2019-11-01"],
         "--from 2019-11-01 is outside START '2019-12' (2019-12-01 to 2019-12-31), so it would "
         "change nothing (give the dates once: ktimeline range 2019-11-01 2019-12-31)"),
        (["2019-12-01", "2019-12-03", "--to", "2019-12-31"],
         "--to 2019-12-31 is outside START END '2019-12-01 2019-12-03'"),
        (["2019-12", "--from", "2020-01-05"],
         "--from has no day in common with the range 2019-12-01..2019-12-31"),
        (["2019-12", "--to", "2019-11-05"], "--to has no day in common with the range"),
    ):  # fmt: skip
        result = run("range", *arguments)
        assert (result.exit_code, result.stdout) == (2, ""), (arguments, result)
        assert said in result.stderr
        assert result.stderr.count("\n") == 1
    narrowed = run("range", "2019-12", "--from", "2019-12-30")
    assert narrowed.exit_code == 0
    assert narrowed.stdout == run("range", "2019-12-30", "2019-12-31").stdout
    length = run("range", "2019-12-02", "--to", "+2d")
    assert length.stdout == run("range", "2019-12-02", "2019-12-03").stdout


# --- 16: foreign JSON Lines ---------------------------------------------------------------


def test_cr_only_line_ends_are_named_once(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "cr.jsonl"
    lines = [json.dumps(event(id=f"2019-11-0{n}-e", date=f"2019-11-0{n}")) for n in (1, 2, 3)]
    path.write_bytes("\r".join(lines).encode() + b"\r")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"ktimeline: error: {path}:1: lines end with a CR alone (old Mac line ends), and JSON "
        f"Lines end with LF or CRLF: save it with LF line ends (tr '\\r' '\\n' < {path}); the "
        "rest of the file is not read"
    ]
    crlf = tmp_path / "crlf.jsonl"
    crlf.write_bytes("\r\n".join(lines).encode() + b"\r\n")
    assert run("validate", str(crlf)).stdout.startswith("OK: 3 events")


def test_dates_from_a_data_frame_get_the_day_to_write(run: Any, tmp_path: Path) -> None:
    cases = (
        (1575244800000, "1575244800000 looks like milliseconds since 1970, the day 2019-12-02 "
         'in UTC: write the day as text, "2019-12-02"'),
        (1575244800, "looks like seconds since 1970, the day 2019-12-02"),
        (2019, 'write the year as text: "2019"'),
        ("2019-12-02T00:00:00.000", "date '2019-12-02T00:00:00.000' holds a time of day: write "
         "the day alone, '2019-12-02'"),
        ("2019-12-02 23:30:00+09:00", "write the day alone, '2019-12-02'"),
    )  # fmt: skip
    for value, said in cases:
        path = write_jsonl(tmp_path / "frame.jsonl", [event(date=value)])
        result = run("validate", str(path))
        assert result.exit_code == 2, value
        assert said in result.stderr, result.stderr
    odd = write_jsonl(tmp_path / "odd.jsonl", [event(date=12.5)])
    assert run("validate", str(odd)).stderr.endswith("must be a string, not a number\n")


# --- 17: small messages -------------------------------------------------------------------


def test_import_of_a_directory_says_what_import_reads(run: Any, tmp_path: Path) -> None:
    result = run("import", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"ktimeline: error: {tmp_path}: is a directory, not a file to import (a text, a web page "
        "or a PDF)\n"
    )


def test_validate_of_an_empty_file_says_it_holds_no_events(run: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n  \n")
    result = run("validate", str(empty))
    assert (result.exit_code, result.stdout) == (1, "")
    assert "no events in" in result.stderr
    full = write_jsonl(tmp_path / "full.jsonl", [event()])
    assert run("validate", str(empty), str(full)).exit_code == 0


def test_ctrl_d_at_the_removal_question_is_no(run: Any, tmp_path: Path) -> None:
    import os
    import sys

    from tests.terminal import Terminal

    article = tmp_path / "c.txt"
    article.write_text(ARTICLE, "utf-8")
    assert run("import", str(article), "--add").exit_code == 0
    library = tmp_path / "library" / "c.jsonl"
    before = library.read_bytes()
    terminal = Terminal([sys.executable, "-m", "ktimeline", "sources", "remove", "c"],
                        dict(os.environ), tmp_path)  # fmt: skip
    try:
        terminal.wait_for(lambda lines: any("[y/N]" in line for line in lines))
        terminal.type("\x04")
        assert terminal.process.wait(timeout=30) == 1
        terminal.settle(0.3)
        shown = terminal.text()
    finally:
        terminal.close()
    assert "nothing removed" in shown
    assert "interrupted" not in shown
    assert library.read_bytes() == before


def test_stdout_import_warns_only_of_actors_nobody_knows(run: Any, tmp_path: Path) -> None:
    article = tmp_path / "k2.txt"
    article.write_text(
        "Oct. 5, 2019: Ambassador Tomas Quillfeather leaves the Stockholm talks.\n", "utf-8"
    )
    imported = run("import", str(article))
    assert "the events name 1 actor no actor table or knowledge base holds: keep them with " \
        "--actors-out PATH" in imported.stderr  # fmt: skip
