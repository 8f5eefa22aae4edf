"""Issue 25, unsafe or invalid output and rough edges: what reaches a shell, a terminal, a
calendar, a Markdown page or a spreadsheet, and the messages that name the cause.

Each test here failed before its fix (reverted once to check; see the note of the branch).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.render.safe import terminal_safe, visible_controls

from .conftest import event, run_process, write_jsonl
from .test_completion import complete, start

if TYPE_CHECKING:
    from pathlib import Path

# --- 14: shell completion prints the data's controls raw ----------------------------------

# A name and a role that would retitle the terminal (OSC 0), colour it (CSI through ESC and
# through the 8-bit C1 CSI), reverse what follows (RLO) and split one candidate into two.
HOSTILE_NAME = "Kim Evil\x1b]0;pwned\x07 \u202eName\u202c"
HOSTILE_ROLE = "role \x1b[31mRED\x1b[0m \x9b2J \u202egnirts\u202c end\nsecond"
RAW_BYTES = (b"\x1b]0;pwned", b"\x1b[31mRED", "\x9b".encode(), "\u202e".encode())


def hostile_actors(folder: Path) -> Path:
    """Two such actors, so that every shell lists them (with their roles in zsh and fish)."""
    records: list[dict[str, object]] = [
        {"name": name, "kind": "person", "affiliation": None, "role": HOSTILE_ROLE,
         "aliases": []}
        for name in (HOSTILE_NAME, HOSTILE_NAME.replace("Name", "Twin"))
    ]  # fmt: skip
    return write_jsonl(folder / "hostile-actors.jsonl", records)


@pytest.mark.slow
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_never_sends_the_datas_controls_to_the_shell(shell: str, tmp_path: Path) -> None:
    terminal = start(shell, tmp_path)
    try:
        hostile_actors(tmp_path / "work")
        before = len(terminal.raw)
        screen = complete(
            terminal, "ktimeline search --actors hostile-actors.jsonl --actor Kim\\ E", tabs=3
        )
        sent = terminal.raw[before:]
        listed = "\n".join(screen)
        assert "Name" in listed and "Twin" in listed, listed  # both were listed
        for raw in RAW_BYTES:
            assert raw not in sent, (raw, sent[-600:])
    finally:
        terminal.close()


def test_completion_candidates_show_controls_as_escapes(tmp_path: Path) -> None:
    actors = hostile_actors(tmp_path)
    line = f"ktimeline search --actors {actors} --actor Kim"
    env = {"_TYPER_COMPLETE_ARGS": line, "_KTIMELINE_COMPLETE_WORD": "Kim"}
    for shell in ("zsh", "fish"):
        result = run_process([], env={**env, "_KTIMELINE_COMPLETE": f"complete_{shell}"})
        reply = result.stdout.decode()
        assert "Kim Evil\\e]0;pwned\\x07 \\u202eName\\u202c\trole \\e[31mRED" in reply, reply
        assert "\\u202egnirts\\u202c end\\nsecond" in reply
        assert not any(raw.decode() in reply for raw in RAW_BYTES)
        assert len(reply.splitlines()) == 5  # three Kims of the bundled actors and these two


# --- 15: invisible characters on a terminal ------------------------------------------------

INVISIBLES = {
    "\u00ad": "\\xad",  # soft hyphen
    "\u034f": "\\u034f",  # combining grapheme joiner
    "\u206a": "\\u206a",  # inhibit symmetric swapping (deprecated format characters)
    "\u206f": "\\u206f",
    "\u3164": "\\u3164",  # Hangul filler
    "\ufff9": "\\ufff9",  # interlinear annotation anchor
    "\ufffb": "\\ufffb",
    "\U0001d173": "\\U0001d173",  # musical symbol begin beam
    "\U0001d17a": "\\U0001d17a",
    "\U000e0001": "\\U000e0001",  # language tag
    "\U000e0041": "\\U000e0041",  # tag latin capital letter a: hidden ASCII
    "\U000e007f": "\\U000e007f",  # cancel tag
}


@pytest.mark.parametrize(
    ("char", "shown"), INVISIBLES.items(), ids=[hex(ord(c)) for c in INVISIBLES]
)
def test_invisible_characters_are_shown_as_escapes(char: str, shown: str) -> None:
    assert visible_controls(f"a{char}b") == f"a{shown}b"
    assert terminal_safe(f"a{char}b") == f"a{shown}b"


def test_visible_characters_around_the_invisible_ones_stay() -> None:
    kept = "Kim Jong Un 김정은 e\u0301 \u2764\ufe0f \U000e0080 \u1d17 \U0001d172"
    assert visible_controls(kept) == kept


def test_a_bare_carriage_return_is_shown_on_a_terminal_but_cr_lf_is_kept() -> None:
    assert terminal_safe("over\rwrite") == "over\\rwrite"  # would move the cursor back
    assert terminal_safe("line\r\nnext\n") == "line\r\nnext\n"  # csv's and ics's line ends
    assert terminal_safe("end\r") == "end\\r"


HIDDEN = "Moon\U000e0041\U000e0042 met\u00ad Trump\u3164 on\u034f Sept.\U0001d173 23\ufff9."


@pytest.fixture
def invisible(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "invisible.jsonl", [event(text=HIDDEN)])


def test_invisible_characters_on_a_terminal_and_in_a_pipe(invisible: Path, run: Any) -> None:
    from .test_pty import run_in_terminal

    code, screen, raw = run_in_terminal(
        ["range", "2019", "--data", str(invisible), "-f", "jsonl"], 200, 10
    )
    assert code == 0
    shown = raw.decode()
    for char in "\U000e0041\u00ad\u3164\u034f\U0001d173\ufff9":
        assert char not in shown
    assert "Moon\\U000e0041\\U000e0042 met\\xad Trump\\u3164" in shown
    piped = run("range", "2019", "--data", str(invisible), "-f", "jsonl").stdout  # no terminal
    assert json.loads(piped)["text"] == HIDDEN  # byte-exact in a pipe
    assert screen


# --- 16: controls in an iCalendar file, & and ~ in Markdown --------------------------------

FORBIDDEN_IN_ICS = "nul\x00 del\x7f vt\x0b ff\x0c nel\x85 bell\x07 ls\u2028 esc\x1b"


def test_ics_text_holds_no_control_rfc_5545_forbids(tmp_path: Path, run: Any) -> None:
    data = write_jsonl(
        tmp_path / "controls.jsonl",
        [event(text=f"Summit {FORBIDDEN_IN_ICS} ends.\tTabbed\nand two lines.")],
    )
    result = run("range", "2019", "--data", str(data), "-f", "ics")
    assert result.exit_code == 0, result
    ics = result.stdout
    body = ics.replace("\r\n", "")  # the file's own line ends (and unfolded lines)
    for char in "\x00\x7f\x0b\x0c\x85\x07\u2028\x1b\n\r":
        assert char not in body, repr(char)
    unfolded = ics.replace("\r\n ", "")
    summary = next(line for line in unfolded.split("\r\n") if line.startswith("SUMMARY:"))
    assert "nul\\\\x00 del\\\\x7f" in summary  # shown, not lost (spaces one line in a headline)
    description = next(line for line in unfolded.split("\r\n") if line.startswith("DESCRIPTION"))
    assert "nul\\\\x00 del\\\\x7f vt\\\\x0b ff\\\\x0c nel\\\\x85 bell" in description
    assert "ends.\tTabbed\\nand two lines." in description  # tab and line break as RFC 5545 says


def test_ics_without_controls_is_unchanged() -> None:
    from ktimeline.render.safe import text_field

    text = "Kim Jong Un\t“dotard” \\ 김정은 \u200b"
    assert text_field(text) is text
    assert text_field("a\x00b\x85c\r\nd") == "a\\x00b\\x85c\r\nd"


def test_markdown_escapes_ampersand_and_tilde(tmp_path: Path, run: Any) -> None:
    text = "AT&T &amp; &#x41; ~~struck~~ ~approx"
    data = write_jsonl(tmp_path / "md.jsonl", [event(text=text)])
    out = run("range", "2019", "--data", str(data), "-f", "markdown").stdout
    assert "AT\\&T \\&amp; \\&\\#x41; \\~\\~struck\\~\\~ \\~approx" in out
    from markdown_it import MarkdownIt

    shown = MarkdownIt("commonmark").enable("strikethrough").render(out)
    assert "<s>" not in shown and "<del>" not in shown
    assert "AT&amp;T &amp;amp; &amp;#x41; ~~struck~~ ~approx" in shown  # the text, as written


# --- 22: a new user's rough edges -----------------------------------------------------------


def test_quotes_of_a_name_suggests_speaker(run: Any) -> None:
    result = run("quotes", "Kim")
    assert result.exit_code == 1
    assert "no statements match 'Kim'" in result.stderr
    assert "--speaker with 'Kim Jong Un' or 'Kim Yong Chol'" in result.stderr  # who are quoted
    assert "Kim Song" not in result.stderr  # never quoted: suggesting him would find nothing
    one = run("quotes", "esper").stderr
    assert "to list what Mark Esper said, use --speaker 'Mark Esper'" in one
    assert run("quotes", "--speaker", "Kim Jong Un", "-f", "plain").exit_code == 0


def test_quotes_of_words_suggests_no_speaker(run: Any) -> None:
    result = run("quotes", "zebra crossing")
    assert result.exit_code == 1
    assert "--speaker" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["range", "2019-12", "--actor", "Kim Jong Un", "--tag", "host-nation-support"],
         "no events between 2019-12-01 and 2019-12-31 for actor Kim Jong Un and tag "
         "host-nation-support"),
        (["search", "dotard", "--actor", "Esper", "--from", "2019-12"],
         "no events match 'dotard' from 2019-12 for actor Esper"),
        (["quotes", "dotard", "--tag", "alliance", "--to", "2019-11-30"],
         "no statements match 'dotard' until 2019-11-30 for tag alliance"),
        (["stats", "--actor", "Esper", "--actor", "Kim Jong Un", "--place", "Pyongyang"],
         "no events to count for actors Esper and Kim Jong Un and place Pyongyang"),
        (["tags", "--actor", "Esper", "--place", "Pyongyang"],
         "no tags for actor Esper and place Pyongyang"),
    ],
)  # fmt: skip
def test_an_empty_answer_names_its_filters(run: Any, args: list[str], message: str) -> None:
    result = run(*args, "-f", "plain")
    assert result.exit_code == 1, result
    assert message in result.stderr


@pytest.mark.parametrize("name", ["CSV", "Csv", "JSONL", "Table", "AUTO", "Xlsx"])
def test_format_names_in_any_case(run: Any, name: str, tmp_path: Path) -> None:
    result = run("range", "2019-12-05", "-f", name)
    assert result.exit_code == 0, result
    expected = run("range", "2019-12-05", "-f", name.lower())
    assert result.stdout == expected.stdout


def test_csv_bom_for_excel(run: Any) -> None:
    # (in-process: the output's UTF-8 decoded, the mark is U+FEFF, b"\xef\xbb\xbf" encoded)
    plain = run("search", "dotard", "-f", "csv").stdout
    marked = run("search", "dotard", "-f", "csv", "--bom").stdout
    assert not plain.startswith("\ufeff")
    assert marked == "\ufeff" + plain  # the mark, then the same text
    assert "“relapse of the dotage" in marked
    tsv = run("search", "dotard", "-f", "tsv", "--bom").stdout
    assert tsv.startswith("\ufeffdate\t")


# --- 22: -f xlsx ----------------------------------------------------------------------------


def xlsx_of(args: list[str], tmp_path: Path) -> Path:
    result = run_process([*args, "-f", "xlsx"])
    assert result.returncode == 0, result.stderr
    path = tmp_path / "out.xlsx"
    path.write_bytes(result.stdout)
    return path


def test_xlsx_is_a_real_workbook_with_the_columns_of_csv(tmp_path: Path) -> None:
    import csv
    import io

    from openpyxl import load_workbook

    args = ["range", "2019-12"]
    sheet = load_workbook(xlsx_of(args, tmp_path)).active
    assert sheet is not None and sheet.title == "events"
    text = run_process([*args, "-f", "csv"]).stdout.decode()
    expected = list(csv.reader(io.StringIO(text)))
    shown = [
        ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    assert shown == expected  # every row and cell, curly quotes and all
    assert sheet.freeze_panes == "A2"


def test_xlsx_counts_are_numbers(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx_of(["actors"], tmp_path)).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    events = [row[header.index("events")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert events and all(isinstance(n, int) for n in events)


def test_xlsx_runs_no_formula_and_keeps_every_character(tmp_path: Path) -> None:
    import zipfile

    text = '=HYPERLINK("http://evil.invalid","click") nul\x00 _x0041_ “curly” 김정은'
    data = write_jsonl(tmp_path / "x.jsonl", [event(text=text)])
    path = xlsx_of(["range", "2019", "--data", str(data)], tmp_path)
    with zipfile.ZipFile(path) as workbook:
        sheet = workbook.read("xl/worksheets/sheet1.xml").decode()
        strings = workbook.read("xl/sharedStrings.xml").decode()
    assert "<f>" not in sheet  # a string, never a formula
    # Excel's own escapes: NUL as _x0000_, and a literal "_x0041_" kept from being read as "A"
    assert '=HYPERLINK("http://evil.invalid","click") nul_x0000_ _x005F_x0041_ “curly” 김정은' in (
        strings.replace("&quot;", '"')
    )


def test_xlsx_is_refused_on_a_terminal() -> None:
    from .test_pty import run_in_terminal

    code, screen, raw = run_in_terminal(["range", "2019-12", "-f", "xlsx"], 120, 10)
    assert code == 2
    assert b"PK" not in raw
    assert any("redirect it to a file" in line for line in screen), screen


def test_xlsx_without_the_extra_says_how_to_install_it(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "xlsxwriter", None)  # import xlsxwriter: ImportError
    result = run("range", "2019-12", "-f", "xlsx")
    assert result.exit_code == 2
    assert "pip install 'ktimeline[xlsx]'" in result.stderr
    assert "Traceback" not in result.stderr


# --- 20: messages that named the wrong cause ------------------------------------------------

ENTRIES = (
    "Dec. 3, 2019: Ri Thae Song warns of a “Christmas gift.”\nDec. 5, 2019: Choe Son Hui speaks.\n"
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_is_read_or_named(encoding: str, tmp_path: Path, run: Any) -> None:
    raw = ENTRIES.encode(encoding)
    path = tmp_path / "entries.txt"
    path.write_bytes(raw)
    result = run("import", str(path), "--check")
    stderr = result.stderr
    assert "cp1252" not in stderr
    if encoding in ("utf-16", "utf-32"):  # with a byte order mark: read
        assert result.exit_code == 0, stderr
        assert "would import: 2 entries" in stderr + result.stdout
        assert "Christmas gift.”" in result.stdout
    else:  # without one: named, with the --encoding that reads it
        assert result.exit_code == 2
        assert f"looks like UTF-16 without a byte order mark: try --encoding {encoding}" in stderr
        again = run("import", str(path), "--check", "--encoding", encoding)
        assert again.exit_code == 0, again


def test_cp1252_is_still_suggested_for_cp1252(tmp_path: Path, run: Any) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(ENTRIES.encode("cp1252"))
    result = run("import", str(path), "--check")
    assert result.exit_code == 2
    assert "try --encoding cp1252" in result.stderr


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("9999-W52", "is a real week, but it runs into the year 10000 (from 9999-12-27)"),
        ("9999-W52-6", "is a real ISO week day, but it falls in the year 10000"),
        ("2019-W53", "is not a real ISO week: 2019 has weeks 1 to 52"),
        ("2019-W49-8", "is not a real ISO week day: days are 1 (Monday) to 7 (Sunday)"),
        ("0000-W01", "is not a real ISO week: the first year is 1"),
        ("week of 9999-12-31", "runs into the year 10000 (from 9999-12-27)"),
    ],
)
def test_week_messages_name_the_cause(run: Any, argument: str, message: str) -> None:
    result = run("range", argument)
    assert result.exit_code == 2
    assert message in result.stderr, result.stderr


def test_the_last_iso_weeks_that_fit_are_read() -> None:
    from datetime import date

    from ktimeline.dates import parse_range

    assert parse_range("9999-W52-5") == (date(9999, 12, 31), date(9999, 12, 31))
    assert parse_range("2020-W53") == (date(2020, 12, 28), date(2021, 1, 3))
    assert parse_range("0001-W01") == (date(1, 1, 1), date(1, 1, 7))


# --- 21: a length after START, 'week of' ----------------------------------------------------


def test_to_a_length_counts_from_start(run: Any) -> None:
    with_to = run("range", "2019-12-02", "--to", "+1w", "-f", "plain")
    as_end = run("range", "2019-12-02", "+1w", "-f", "plain")
    assert with_to.exit_code == 0, with_to
    assert with_to.stdout == as_end.stdout and with_to.stdout.count("\n") == 7
    twice = run("range", "2019-12-02", "2019-12-05", "--to", "+1w")
    assert twice.exit_code == 2 and "is a length and END is given too" in twice.stderr
    alone = run("range", "--to", "+1w").stderr  # neither START nor --from
    assert "--to '+1w' is a length: it needs --from or START" in alone
    assert "e.g. ktimeline range 2019-12-02 --to +1w" in alone
    elsewhere = run("search", "x", "--to", "+1w").stderr
    assert "(a length counts from --from: e.g. --from 2019-12-02 --to +1w)" in elsewhere


@pytest.mark.parametrize(
    "argument", ["week of Dec 2, 2019", "Week of 2019-12-05", "the week of Dec. 8th 2019"]
)
def test_week_of_a_day_is_its_iso_week(run: Any, argument: str) -> None:
    from datetime import date

    from ktimeline.dates import parse_range

    assert parse_range(argument) == (date(2019, 12, 2), date(2019, 12, 8))  # 2019-W49
    result = run("range", argument, "-f", "plain")
    assert result.stdout == run("range", "2019-W49", "-f", "plain").stdout


def test_week_of_a_month_is_refused_with_an_example(run: Any) -> None:
    result = run("range", "week of Dec 2019")
    assert result.exit_code == 2
    assert "'week of' takes one day" in result.stderr


def test_xlsx_refuses_a_cell_longer_than_a_spreadsheet_holds(tmp_path: Path, run: Any) -> None:
    data = write_jsonl(tmp_path / "long.jsonl", [event(text="x" * 40_000)])
    result = run("range", "2019", "--data", str(data), "-f", "xlsx")
    assert result.exit_code == 2
    assert result.stdout == ""  # nothing half-written
    assert "more than a spreadsheet cell holds (32,767): use -f csv" in result.stderr


def test_an_empty_search_under_filters_blames_the_filters_not_the_words(run: Any) -> None:
    result = run("search", "dotard", "--actor", "Esper", "--from", "2019-12")
    assert result.exit_code == 1
    assert "2 events match 'dotard' without these filters" in result.stderr
    assert "did you mean" not in result.stderr  # 'dotard' is no typo
    one = run("search", "ransomware", "--actor", "Esper").stderr
    assert "1 event matches 'ransomware' without these filters" in one
    assert "without these filters" not in run("search", "zzyzx", "--actor", "Esper").stderr
