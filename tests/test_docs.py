"""The CLI explains itself: help on every command, examples, the reference, completion."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from ktimeline.cli.app import COMMANDS, build_app
from ktimeline.cli.helptext import EXAMPLES

from .conftest import run_process
from .script_loading import load_script

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str) -> Any:
    return load_script(name)


def test_the_reference_is_up_to_date() -> None:
    generated = _script("make_cli_docs").render()
    current = (ROOT / "docs" / "cli.md").read_text("utf-8")
    assert current == generated, "docs/cli.md is out of date: run python scripts/make_cli_docs.py"


def test_the_reference_names_every_command_and_option() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text("utf-8")
    group: Any = typer.main.get_command(build_app())
    for name, command in group.commands.items():
        assert f"## `ktimeline {name}`" in reference
        for param in command.params:
            for option in param.opts if param.param_type_name == "option" else ():
                assert f"`{option}`" in reference, (name, option)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_each_option_explained_and_examples(run: Any, name: str) -> None:
    group: Any = typer.main.get_command(build_app())
    command = group.commands[name]
    assert command.help and len(command.help.split()) >= 5
    for param in command.params:
        if param.name != "help":
            assert (
                param.help and param.help[0].isupper() and param.help.rstrip().endswith((".", ")"))
            ), (name, param.name)
    assert 2 <= len(EXAMPLES[name]) <= 3
    for example, meaning in EXAMPLES[name]:
        assert "ktimeline " + name in example and meaning
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"$ {EXAMPLES[name][0][0]}" in " ".join(result.stdout.split())


def test_the_overview_fits_a_screen_and_groups_the_commands(run: Any) -> None:
    result = run("--help", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) <= 50
    text = "\n".join(lines)
    for panel in ("Query: what happened", "Output: summaries and charts", "Data: check it"):
        assert panel in text
    assert text.count("$ ktimeline") == 3


def test_no_arguments_shows_the_overview(run: Any) -> None:
    result = run()
    assert result.exit_code == 0
    assert "Usage: ktimeline" in result.stdout


@pytest.mark.parametrize("name", [n for n in COMMANDS if n not in ("validate", "import")])
def test_example_commands_run(run: Any, name: str, tmp_path: Path) -> None:
    """Every example of the query commands runs on the bundled data (no file arguments)."""
    import shlex

    for example, _ in EXAMPLES[name]:
        words = shlex.split(example.split(">")[0].split("|")[0])
        assert words[0] == "ktimeline"
        assert run(*words[1:]).exit_code == 0, example


# --- completion -----------------------------------------------------------------------------


def complete(shell: str, line: str) -> list[str]:
    """Drive completion the way the shell scripts Typer installs do, via the environment."""
    env = {"_KTIMELINE_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line}
    if shell == "bash":
        words = line.split(" ")
        env = {
            "_KTIMELINE_COMPLETE": "complete_bash",
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - 1),
        }
    if shell == "fish":
        env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    result = run_process([], env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8").splitlines()


def test_bash_completes_canonical_actor_names_quoted() -> None:
    candidates = complete("bash", "ktimeline search --actor Kim")
    assert set(candidates) == {"Kim\\ Jong\\ Un", "Kim\\ Yong\\ Chol", "Kim\\ Song"}
    assert complete("bash", "ktimeline search --actor Chairman") == ["Kim\\ Jong\\ Un"]


def test_zsh_completes_tags_with_their_descriptions() -> None:
    output = complete("zsh", "ktimeline range 2019 --tag gso")
    assert output == ["gsomia\tThe South Korea-Japan military intelligence-sharing pact (GSOMIA)"]


def test_fish_completes_places_by_alias() -> None:
    candidates = complete("fish", "ktimeline range 2019 --place Soh")
    assert [line.split("\t")[0] for line in candidates] == ["Sohae Launch Facility"]


def test_completion_of_ids_speakers_formats_and_commands() -> None:
    ids = complete("bash", "ktimeline show 2019-12-1")
    assert "2019-12-14-nk-crucial-test-at-sohae" in ids
    assert all(i.startswith("2019-12-1") for i in ids)
    assert "Choe\\ Son\\ Hui" in complete("bash", "ktimeline quotes --speaker Choe")
    assert complete("bash", "ktimeline range 2019 -f js") == ["json", "jsonl"]
    assert complete("bash", "ktimeline se") == ["search"]


def test_show_completion_prints_a_script_for_each_shell() -> None:
    for shell in ("bash", "zsh", "fish"):
        # Typer's own switch to name the shell instead of detecting the running one.
        env = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
        result = run_process(["--show-completion", shell], env=env)
        assert result.returncode == 0
        assert b"_KTIMELINE_COMPLETE=complete_" + shell.encode() in result.stdout


def test_completion_of_ids_follows_the_data_option(tmp_path: Path) -> None:
    from .conftest import event, write_jsonl

    path = write_jsonl(tmp_path / "mine.jsonl", [event(id="2019-11-05-only-mine")])
    ids = complete("bash", f"ktimeline show --data {path} 2019-11")
    assert ids == ["2019-11-05-only-mine"]


def test_readme_quick_tour_commands_run_and_show_their_real_output(run: Any) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    tour = readme.split("## Quick tour", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```console\n(.*?)```", tour, flags=re.DOTALL)
    assert len(blocks) >= 5
    import shlex

    for block in blocks:
        command, _, shown = block.partition("\n")
        assert command.startswith("$ ktimeline ")
        words = shlex.split(command[2:])
        result = run(*words[1:], env={"COLUMNS": "100"})
        assert result.exit_code == 0, command
        produced = [line.rstrip() for line in result.stdout.strip().splitlines()]
        assert produced == [line.rstrip() for line in shown.strip().splitlines()], command


def test_a_flag_means_the_same_everywhere() -> None:
    """Same flag, same meaning, same short form on every command."""
    group: Any = typer.main.get_command(build_app())
    seen: dict[str, tuple[tuple[str, ...], str]] = {}
    for name, command in group.commands.items():
        for param in command.params:
            if param.param_type_name != "option" or param.name == "help":
                continue
            longs = tuple(o for o in param.opts if o.startswith("--"))
            shorts = tuple(o for o in param.opts if not o.startswith("--"))
            help_text = param.help
            if "--format" in longs:  # the same meaning; the formats offered are the command's
                offered = set(param.type.choices)
                named = set(re.findall(r"\b(table|plain|json|jsonl|csv|tsv|markdown|ics|"
                                       r"timelinejs|html|xlsx)\b", help_text or ""))  # fmt: skip
                assert named <= offered, (name, named - offered)
                help_text = "Output format"
            for flag in longs:
                if flag in seen:
                    assert seen[flag] == (shorts, help_text), (name, flag)
                seen[flag] = (shorts, help_text)
    short_owner: dict[str, str] = {}
    for flag, (shorts, _) in seen.items():
        for short in shorts:
            assert short_owner.setdefault(short, flag) == flag, (short, flag)


def test_the_robustness_matrix_names_tests_that_exist() -> None:
    matrix = (ROOT / "docs" / "robustness.md").read_text("utf-8")
    named = set(re.findall(r"`(?:[\w/]+\.py::)?(test_\w+)`", matrix))
    named |= set(re.findall(r"\b(test_\w+)\b", matrix))
    defined = set()
    modules = {path.stem for path in (ROOT / "tests").glob("test_*.py")}
    named -= modules
    for path in (ROOT / "tests").glob("test_*.py"):
        defined |= set(re.findall(r"^def (test_\w+)", path.read_text("utf-8"), flags=re.MULTILINE))
    assert len(named) >= 40
    missing = sorted(
        n for n in named if n not in defined and not any(d.startswith(n) for d in defined)
    )
    assert missing == []


def test_the_overview_names_every_machine_format() -> None:
    # `ktimeline --help` listed every -f format but html.
    import re

    from ktimeline.cli.helptext import OVERVIEW
    from ktimeline.render import FORMATS

    sentence = OVERVIEW[OVERVIEW.index("-f chooses") :]
    named = set(re.findall(r"[a-z]+", sentence)) - {"f", "chooses", "or"}
    assert named == set(FORMATS) - {"table", "plain"}
