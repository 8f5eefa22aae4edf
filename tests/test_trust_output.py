"""Issue 25, unsafe or invalid output and rough edges: what reaches a shell, a terminal, a
calendar, a Markdown page or a spreadsheet, and the messages that name the cause.

Each test here failed before its fix (reverted once to check; see the note of the branch).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

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


def test_invisible_characters_on_a_terminal_and_in_a_pipe(invisible: Path) -> None:
    from .test_pty import run_in_terminal

    code, screen, raw = run_in_terminal(
        ["range", "2019", "--data", str(invisible), "-f", "jsonl"], 200, 10
    )
    assert code == 0
    shown = raw.decode()
    for char in "\U000e0041\u00ad\u3164\u034f\U0001d173\ufff9":
        assert char not in shown
    assert "Moon\\U000e0041\\U000e0042 met\\xad Trump\\u3164" in shown
    piped = run_process(["range", "2019", "--data", str(invisible), "-f", "jsonl"]).stdout
    assert json.loads(piped)["text"] == HIDDEN  # byte-exact in a pipe
    assert screen


# --- 16: controls in an iCalendar file, & and ~ in Markdown --------------------------------

FORBIDDEN_IN_ICS = "nul\x00 del\x7f vt\x0b ff\x0c nel\x85 bell\x07 ls\u2028 esc\x1b"


def test_ics_text_holds_no_control_rfc_5545_forbids(tmp_path: Path) -> None:
    data = write_jsonl(
        tmp_path / "controls.jsonl",
        [event(text=f"Summit {FORBIDDEN_IN_ICS} ends.\tTabbed\nand two lines.")],
    )
    result = run_process(["range", "2019", "--data", str(data), "-f", "ics"])
    assert result.returncode == 0, result.stderr
    ics = result.stdout.decode("utf-8")
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


def test_markdown_escapes_ampersand_and_tilde(tmp_path: Path) -> None:
    text = "AT&T &amp; &#x41; ~~struck~~ ~approx"
    data = write_jsonl(tmp_path / "md.jsonl", [event(text=text)])
    out = run_process(["range", "2019", "--data", str(data), "-f", "markdown"]).stdout.decode()
    assert "AT\\&T \\&amp; \\&\\#x41; \\~\\~struck\\~\\~ \\~approx" in out
    from markdown_it import MarkdownIt

    shown = MarkdownIt("commonmark").enable("strikethrough").render(out)
    assert "<s>" not in shown and "<del>" not in shown
    assert "AT&amp;T &amp;amp; &amp;#x41; ~~struck~~ ~approx" in shown  # the text, as written
