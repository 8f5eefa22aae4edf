"""Shell completion as a user meets it: Tab in a real bash, zsh and fish on a pseudo-terminal.

Each shell loads ktimeline's completion script the way --install-completion sets it up (bash
with bash-completion sourced first), in a directory holding a few files, so that a file list
offered where a data value is wanted would show on the screen.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ktimeline.cli.completion import complete_actor, complete_place, complete_tag, starts_a_word
from ktimeline.cli.shells import quote_for_bash

from .conftest import require_programs
from .terminal import Terminal

if TYPE_CHECKING:
    from collections.abc import Iterator

BASH_COMPLETION = Path("/usr/share/bash-completion/bash_completion")
FILES = ("notes.txt", "Kim-file.txt", "Sohae-photo.png")
BIN = str(Path(sys.executable).parent)  # where pip put the ktimeline script


def shell_path(name: str) -> str:
    require_programs(name)
    found = shutil.which(name)
    assert found is not None
    return found


def start(shell: str, tmp_path: Path) -> Terminal:
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    for name in FILES:
        (work / name).write_text("x")
    env = {
        "HOME": str(home), "PATH": f"{BIN}:{os.environ.get('PATH', '/usr/bin:/bin')}",
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    }  # fmt: skip
    if os.environ.get("PYTHONPATH"):  # a worktree's sources first: the shells run its code
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    if shell == "bash":
        require_programs("bash-completion")
        rc = home / ".bashrc"
        rc.write_text(
            f"source {BASH_COMPLETION}\n"
            'eval "$(_KTIMELINE_COMPLETE=source_bash ktimeline)"\n'
            "PS1='$ '\n"
        )
        argv = [shell_path("bash"), "--rcfile", str(rc), "-i"]
    elif shell == "zsh":
        (home / ".zshrc").write_text(
            "autoload -Uz compinit && compinit -u\n"
            'eval "$(_KTIMELINE_COMPLETE=source_zsh ktimeline)"\n'
            "PS1='%% '\n"
        )
        env["ZDOTDIR"] = str(home)
        argv = [shell_path("zsh"), "-i"]
    else:
        config = home / ".config" / "fish"
        config.mkdir(parents=True)
        (config / "config.fish").write_text(
            "_KTIMELINE_COMPLETE=source_fish ktimeline | source\n"
            "function fish_prompt; echo '> '; end\n"
            "function fish_greeting; end\n"
        )
        env["XDG_CONFIG_HOME"] = str(home / ".config")
        argv = [shell_path("fish"), "-i"]
    terminal = Terminal(argv, env, work)
    terminal.wait_for(lambda screen: any(line.strip() in ("$", "%", ">") for line in screen))
    return terminal


@pytest.fixture(params=["bash", "zsh", "fish"])
def shell(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Terminal]]:
    terminal = start(request.param, tmp_path)
    try:
        yield request.param, terminal
    finally:
        terminal.close()


def complete(terminal: Terminal, line: str, tabs: int = 1) -> list[str]:
    """Type ``line`` and press Tab; the screen once the shell has answered."""
    terminal.clear_line()
    terminal.type(line)
    terminal.settle(0.3)
    for _ in range(tabs):
        terminal.type("\t")
        terminal.settle(1.5)
    return terminal.lines()


def expect_line(terminal: Terminal, ending: str) -> None:
    """The line being edited comes to end with ``ending`` (the shell may take a moment)."""
    terminal.wait_for(lambda _: terminal.cursor_line().rstrip().endswith(ending), timeout=20)


def no_files(screen: list[str]) -> bool:
    return not any(name in line for line in screen for name in FILES)


# --- in the shells ------------------------------------------------------------------------


@pytest.mark.slow
def test_a_name_with_spaces_is_inserted_quoted_and_lists_one_entry_per_person(
    shell: tuple[str, Terminal],
) -> None:
    _name, terminal = shell
    screen = complete(terminal, "ktimeline search --actor Kim", tabs=3)
    assert no_files(screen), "\n".join(screen)
    assert "--actor Kim\\" in terminal.text()  # the common part "Kim " went in escaped
    listed = "\n".join(screen)
    for person in ("Kim Jong Un", "Kim Yong Chol", "Kim Song"):
        assert person in listed.replace("\\ ", " "), listed
    assert "Kim Jong-un" not in listed and "Chairman Kim" not in listed  # no aliases listed


@pytest.mark.slow
def test_lower_case_and_a_middle_word_complete_the_whole_name(
    shell: tuple[str, Terminal],
) -> None:
    _name, terminal = shell
    complete(terminal, "ktimeline search --actor jong")
    expect_line(terminal, "--actor Kim\\ Jong\\ Un")
    complete(terminal, "ktimeline search -p sohae")
    expect_line(terminal, "-p Sohae\\ Launch\\ Facility")


@pytest.mark.slow
def test_an_alias_typed_in_full_completes_to_the_canonical_name(
    shell: tuple[str, Terminal],
) -> None:
    name, terminal = shell
    complete(terminal, "ktimeline search --actor Esper")
    expect_line(terminal, "--actor Mark\\ Esper")
    if name != "fish":  # fish keeps only candidates that contain what was typed
        complete(terminal, "ktimeline search --actor 'Kim Jong-un")
        expect_line(terminal, "--actor 'Kim Jong Un'")


@pytest.mark.slow
def test_no_file_list_for_a_data_value_but_files_for_a_path(shell: tuple[str, Terminal]) -> None:
    _name, terminal = shell
    for line in ("ktimeline search --actor Xyz", "ktimeline search --tag ", "ktimeline search "):
        screen = complete(terminal, line, tabs=3)
        assert no_files(screen), f"{line!r} offered files:\n" + "\n".join(screen)
    complete(terminal, "ktimeline search --data not")
    expect_line(terminal, "--data notes.txt")


@pytest.mark.slow
def test_names_found_by_an_inner_word_never_erase_the_word_typed(
    shell: tuple[str, Terminal],
) -> None:
    """`--source Chrono<Tab>` in zsh, over a library of "Chronologie de l'affaire Enron",
    "Chronology of a Collapse" and "The Enron Collapse: A Chronology", left `--source ` with
    nothing: zsh put the candidates' common part (none) in place of the word. zsh now opens
    a menu (its first name inserted); bash lists them, fish filters; none erases (user14)."""
    name, terminal = shell
    complete(terminal, "ktimeline search -t test")
    line = terminal.cursor_line()
    if name == "zsh":
        expect_line(terminal, "-t missile-test")
    else:
        assert line.rstrip().endswith(("-t test", "-test")), line


@pytest.mark.slow
def test_a_completed_line_runs(shell: tuple[str, Terminal]) -> None:
    _name, terminal = shell
    complete(terminal, "ktimeline quotes -n 1 -f plain --speaker chol")
    expect_line(terminal, "--speaker Kim\\ Yong\\ Chol")
    terminal.type("\r")
    screen = terminal.wait_for(lambda s: any("heedless and erratic" in line for line in s))
    assert not any("error" in line for line in screen), screen


# --- the matching, in-process -------------------------------------------------------------


def test_candidates_are_canonical_and_matched_on_any_word(chronology: object) -> None:
    assert starts_a_word("Kim Jong Un", "jong") and starts_a_word("Kim Jong-un", "kim jong u")
    assert not starts_a_word("Kim Jong Un", "ong")
    names = [value for value, _ in complete_actor(None, "Kim")]  # type: ignore[arg-type]
    assert names == sorted(set(names), key=names.index)  # each once
    assert set(names) == {"Kim Jong Un", "Kim Yong Chol", "Kim Song"}
    assert [v for v, _ in complete_actor(None, "Chairman")] == ["Kim Jong Un"]  # type: ignore[arg-type]
    assert [v for v, _ in complete_place(None, "So")] == ["Sohae Launch Facility"]  # type: ignore[arg-type]
    assert [v for v, _ in complete_tag(None, "burden")] == ["host-nation-support"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("word", "quoted"),
    [
        ("Kim", "Kim\\ Jong\\ Un"),
        ("'Kim", "Kim Jong Un"),
        ('"Kim', "Kim Jong Un"),
    ],
)
def test_bash_quoting_follows_the_quote_typed(word: str, quoted: str) -> None:
    assert quote_for_bash("Kim Jong Un", word) == quoted


def test_bash_quoting_of_awkward_names() -> None:
    assert quote_for_bash("O'Brien $x (US)", "") == "O\\'Brien\\ \\$x\\ \\(US\\)"
    assert quote_for_bash("O'Brien", "'O") == "O'\\''Brien"
    assert quote_for_bash('say "hi" $x', '"s') == 'say \\"hi\\" \\$x'
    assert quote_for_bash("~home", "") == "\\~home"


def _offered(words: str) -> list[str]:
    """What ktimeline offers bash for the last word of ``words`` (the protocol the bash
    script speaks, without a shell: the values, one a line)."""
    import subprocess

    env = {**os.environ, "_KTIMELINE_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "ktimeline"], env=env, capture_output=True, text=True, timeout=60
    )
    return done.stdout.splitlines()


def test_values_of_the_library_complete_as_the_bundled_ones_do(run: Any, tmp_path: Path) -> None:
    """The library is read by every question, but Tab offered only the bundled chronology's
    ids, the bundled actors and the bundled tables' places: a source's events, the actors its
    import met first (its actor file) and the places it names were not offered."""
    club = tmp_path / "club.txt"
    club.write_text(
        "Timeline of the club\n\n1902: Coach Miguel Ortega founds the football club in Chicago.\n"
        "1910: The club wins its first cup in Minneapolis under captain Pedro Salas.\n",
        encoding="utf-8",
    )
    assert run("import", str(club), "--add").exit_code == 0, "the library's source"
    [event_id] = [line.split("\t")[1] for line in run("range", "1910").stdout.splitlines()]
    assert _offered("ktimeline show 1910-") == [event_id]
    assert _offered("ktimeline search x --actor pedr") == ["Pedro\\ Salas"]
    assert _offered("ktimeline search x -p minnea") == ["Minneapolis"]
    assert _offered("ktimeline search x -p sohae") == ["Sohae\\ Launch\\ Facility"]  # as before
    assert _offered("ktimeline search x -a kim") == [
        "Kim\\ Jong\\ Un",
        "Kim\\ Yong\\ Chol",
        "Kim\\ Song",
    ]


def test_actors_beside_a_data_file_complete(run: Any, tmp_path: Path) -> None:
    club = tmp_path / "club.txt"
    club.write_text(
        "1910: The club wins its first cup under captain Pedro Salas.\n", encoding="utf-8"
    )
    events = tmp_path / "club.jsonl"
    assert run("import", str(club), "--out", str(events)).exit_code == 0
    assert (tmp_path / "club.actors.jsonl").exists()
    assert _offered(f"ktimeline search x --data {events} --actor pedr") == ["Pedro\\ Salas"]


def test_names_the_events_use_are_read_only_from_small_data(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """A Tab after -t or -p reads the events for the names no table holds, but only of data
    that loads in a moment: a million events were read whole at each Tab."""
    import json
    from types import SimpleNamespace

    import ktimeline.cli.completion as completion

    data = tmp_path / "mine.jsonl"
    record = {"id": "x", "date": "2020-01-02", "text": "A zebra escapes.", "tags": ["zebra-escape"]}
    data.write_text(json.dumps(record) + "\n", encoding="utf-8")
    ctx = SimpleNamespace(params={"data": [str(data)], "actor_files": []}, meta={})
    assert [v for v, _ in complete_tag(ctx, "zebra")] == ["zebra-escape"]  # type: ignore[arg-type]
    monkeypatch.setattr(completion, "READ_FOR_NAMES", 10)
    assert complete_tag(ctx, "zebra") == []  # type: ignore[arg-type]
    assert [v for v, _ in complete_tag(ctx, "burden")] == ["host-nation-support"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("shell", "written"),
    [("zsh", ".zfunc/_ktimeline"), ("fish", ".config/fish/completions/ktimeline.fish"),
     ("bash", ".bash_completions/ktimeline.sh")],
)  # fmt: skip
def test_install_completion_for_the_shell_named(tmp_path: Path, shell: str, written: str) -> None:
    """`ktimeline --install-completion zsh` installed the completion of the shell it was run
    from (bash's, from bash), the name ignored without a word."""
    import subprocess

    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    done = subprocess.run(
        [sys.executable, "-m", "ktimeline", "--install-completion", shell],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"{shell} completion installed" in done.stdout
    installed = [str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()]
    assert written in installed
    assert "_KTIMELINE_COMPLETE_WORD" in (tmp_path / written).read_text()  # our script
    shown = subprocess.run(
        [sys.executable, "-m", "ktimeline", "--show-completion", shell],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert shown.returncode == 0 and "_KTIMELINE_COMPLETE_WORD" in shown.stdout


def test_a_shell_without_completion_is_refused() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "ktimeline", "--show-completion", "tcsh"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "no completion for the shell 'tcsh'" in done.stderr and "bash, zsh, fish" in done.stderr
