"""trust22: hostile23's leftovers; each input written for the test, each case failing on
hostile23's head 860d46ea unless marked a guard.

- `import … --actors-out -` wrote a file named "-" ("load the events with --actors -"), where
  `-o -` is standard output: "-" is standard output for every file to write (refused, exit 2,
  where the events would go there too); an actor file and standard input are one stream, so
  `import - --actors -` and `--data - --actors -` are refused as `--data - --data -` is (the
  actors read nothing, silently, or the events as actors); `--actors-out` with `--add` was
  ignored (the actors went beside the library's file, none to PATH): refused.
- ``lazy_compile``'s stand-in is no re.Pattern (``re.sub(LAZY, …)``, ``isinstance``, ``==``
  differ): a scan of src/ keeps any code from treating it as one (guards: none does today).
- A whole day ending a line under a year's item (8578b1f9): "1950" / "John Smith becomes
  mayor." / "His predecessor had served since 3 May 1941." was an entry of 1941-05-03; a day
  before the item's year is the item's background, not an entry.
"""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.import_support import left_out, read_entries

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pytest

# one new actor ("The mayor Quentin Blorf": a title before a name no table holds)
CHRONOLOGY = (
    "Sept. 1, 2019: The council met in Paris.\n"
    "Sept. 2, 2019: The mayor Quentin Blorf resigned.\n"  # (one line each)
)


def _text(tmp_path: Path) -> Path:
    path = tmp_path / "c.txt"
    path.write_text(CHRONOLOGY, "utf-8")
    return path


# --- "-" is standard output for every file an import writes -----------------------------------


def test_actors_out_dash_writes_the_actors_to_standard_output(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("import", str(_text(tmp_path)), "-o", "ev.jsonl", "--actors-out", "-")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["name"] for line in result.stdout.splitlines()] == ["Quentin Blorf"]
    assert "wrote 1 actor to standard output" in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["c.txt", "ev.jsonl"]  # no "-", no ev.actors.jsonl
    # the actors kept from standard output load the events
    (tmp_path / "kept.jsonl").write_text(result.stdout, "utf-8")
    found = run("range", "2019", "--data", "ev.jsonl", "--actors", "kept.jsonl", "-a",
                "Quentin Blorf", "-f", "jsonl")  # fmt: skip
    assert found.exit_code == 0, found.stderr
    assert len(found.stdout.splitlines()) == 1


def test_actors_out_dash_with_the_events_on_standard_output_is_refused(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for more in ((), ("-o", "-"), ("--check",)):
        result = run("import", str(_text(tmp_path)), *more, "--actors-out", "-")
        assert result.exit_code == 2, (more, result.stderr)
        assert result.stderr.count("\n") == 1, result.stderr
        assert "cannot both go to standard output" in result.stderr
        assert result.stdout == ""
        assert sorted(os.listdir(tmp_path)) == ["c.txt"]


def test_actors_out_with_an_add_is_refused(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for actors_out in ("mine.actors.jsonl", "-"):
        result = run("import", str(_text(tmp_path)), "--add", "--library", "lib",
                     "--actors-out", actors_out)  # fmt: skip
        assert result.exit_code == 2, result.stderr
        assert "--actors-out cannot be used with an add to the library" in result.stderr
        assert sorted(os.listdir(tmp_path)) == ["c.txt"]  # no library made, no actor file


def test_standard_input_is_read_once_by_a_text_and_its_actors(run: Any, tmp_path: Path) -> None:
    result = run("import", "-", "--actors", "-", "-o", str(tmp_path / "ev.jsonl"),
                 input=CHRONOLOGY)  # fmt: skip
    assert result.exit_code == 2
    assert "standard input can be read only once" in result.stderr
    assert not (tmp_path / "ev.jsonl").exists()


def test_standard_input_is_read_once_by_events_and_actors(run: Any, tmp_path: Path) -> None:
    written = run("import", str(_text(tmp_path)), "-o", str(tmp_path / "ev.jsonl"))
    assert written.exit_code == 0, written.stderr
    events = (tmp_path / "ev.jsonl").read_text("utf-8")
    for command in (("range", "2019", "--data", "-"), ("validate", "-")):
        result = run(*command, "--actors", "-", input=events)
        assert result.exit_code == 2
        # (it read the events as actors: "<stdin>:1: unknown field 'id'")
        assert result.stderr.splitlines() == [
            "ktimeline: error: <stdin>: standard input can be read only once"
        ], command


def test_actors_from_standard_input_still_load(run: Any, tmp_path: Path) -> None:  # (guard)
    written = run("import", str(_text(tmp_path)), "-o", str(tmp_path / "ev.jsonl"))
    assert written.exit_code == 0, written.stderr
    actors = (tmp_path / "ev.actors.jsonl").read_text("utf-8")
    (tmp_path / "ev.actors.jsonl").unlink()
    result = run("range", "2019", "--data", str(tmp_path / "ev.jsonl"), "--actors", "-",
                 "-a", "Quentin Blorf", "-f", "jsonl", input=actors)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1


# --- lazy_compile's stand-in is no re.Pattern: no code may treat it as one ------------------
#
# ``lazy_compile`` returns a stand-in typed as re.Pattern (mypy sees no difference), whose
# methods are the compiled pattern's; but ``re.sub(LAZY, …)`` (any function of ``re`` given
# it), ``isinstance(LAZY, re.Pattern)`` and ``LAZY == re.compile(…)`` differ: a TypeError, or
# a silent False. None does so today; this scan of src/ keeps it so (hostile23's leftover).

SOURCE = Path(__file__).resolve().parent.parent / "src" / "ktimeline"


def _lazy_names(trees: Iterable[ast.AST]) -> set[str]:
    """The names bound to ``lazy_compile(…)`` anywhere (module globals, as they are)."""
    names: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            value = getattr(node, "value", None)
            if not isinstance(node, (ast.Assign, ast.AnnAssign)) or not isinstance(value, ast.Call):
                continue
            if isinstance(value.func, ast.Name) and value.func.id == "lazy_compile":
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _lazy_misuses(tree: ast.AST, lazy: set[str], where: str) -> list[str]:
    """Where a lazy pattern (by its name, or ``module.NAME``) is given to a function of
    ``re`` (or one imported from it), to isinstance/issubclass/type, or compared with ==."""

    def is_lazy(node: ast.AST) -> bool:
        return (isinstance(node, ast.Name) and node.id in lazy) or (
            isinstance(node, ast.Attribute) and node.attr in lazy
        )

    from_re = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "re"
        for alias in node.names
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            to_re = (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id == "re"
            ) or (isinstance(func, ast.Name) and func.id in from_re)  # fmt: skip
            typed = isinstance(func, ast.Name) and func.id in ("isinstance", "issubclass", "type")
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            if (to_re or typed) and any(is_lazy(argument) for argument in arguments):
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.Compare):
            compared = [node.left, *node.comparators]
            equality = any(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops)
            if equality and any(is_lazy(operand) for operand in compared):
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_lazy_pattern_is_treated_as_a_compiled_one() -> None:  # (guard)
    trees = {
        str(path.relative_to(SOURCE)): ast.parse(path.read_text("utf-8"))
        for path in sorted(SOURCE.rglob("*.py"))
    }
    lazy = _lazy_names(trees.values())
    assert {"ISO_PARTIAL", "WEEK_OF", "_PAGE_LINE"} <= lazy  # (the scan finds them)
    misuses = [m for where, tree in trees.items() for m in _lazy_misuses(tree, lazy, where)]
    assert misuses == [], (
        "a lazy_compile pattern is no re.Pattern: call its own methods (PATTERN.sub(…)), "
        "embed PATTERN.pattern, or use re.compile where a real pattern is needed"
    )


def test_the_scan_finds_each_misuse_of_a_lazy_pattern() -> None:  # (guard: the scan itself)
    written = (
        "import re\n"
        "from re import sub as replace\n"
        "from ktimeline import dates\n"
        "WORD = lazy_compile(r'\\w+')\n"
        "a = re.sub(WORD, '', text)\n"
        "b = re.match(dates.WORD, text)\n"
        "c = isinstance(WORD, re.Pattern)\n"
        "d = WORD == re.compile(r'\\w+')\n"
        "e = replace(WORD, '', text)\n"
        "f = re.compile(r'x', flags=WORD.flags)\n"  # (sound: its attributes)
        "g = WORD.sub('', text) + re.escape(WORD.pattern)\n"  # (sound)
    )
    tree = ast.parse(written)
    found = _lazy_misuses(tree, _lazy_names([tree]), "written")
    assert [line.split(":")[1] for line in found] == ["5", "6", "7", "8", "9"], found


# --- a whole day ending a line under a year's item: its sequel dates it, its past does not ----
#
# 8578b1f9 read a one-sentence line ending with its whole day, under a year's item, as an
# entry of that day ("1493" / "El 17 de diciembre nació Paracelso …" / "Paracelso murió el
# 24 de septiembre 1541."). A day before the item's year is what came before the item (its
# background), never an entry told under a later year: the line stays the year's.


def test_a_day_before_the_items_year_ending_a_line_is_no_entry_of_that_day() -> None:
    text = (
        "1950\n"
        "John Smith becomes mayor.\n"
        "His predecessor had served since 3 May 1941.\n"
        "\n"
        "1951\n"
        "The bridge opens.\n"
    )
    # (it was 1941-05-03, a silent wrong date; now as "His predecessor retired." reads)
    assert read_entries(text) == [
        ("1950", None, "John Smith becomes mayor."),
        ("1950", None, "His predecessor had served since 3 May 1941."),
        ("1951", None, "The bridge opens."),
    ]
    assert left_out(text) == []


def test_a_later_or_same_year_day_ending_a_line_still_dates_it() -> None:  # (guard: 8578b1f9)
    sequel = (
        "1493\n"
        "El 17 de diciembre nació Paracelso, el médico.\n"
        "Paracelso murió el 24 de septiembre 1541.\n"
        "\n"
        "1504\n"
        "Se conoce el primer reloj.\n"
    )
    assert [date for date, _, _ in read_entries(sequel)] == ["1493-12-17", "1541-09-24", "1504"]
    same_year = "1950\nJohn Smith becomes mayor.\nHe took office on 3 May 1950.\n"
    assert [date for date, _, _ in read_entries(same_year)] == ["1950", "1950-05-03"]


# --- -o FIFO --force: written into, as `cat > FIFO` writes (a user's choice) ------------------


def test_a_fifo_named_by_out_is_written_into_when_read(run: Any, tmp_path: Path) -> None:
    # (guard, kept as it is: it waits for a reader, as `cat > FIFO` and `sort -o FIFO` do; a
    # FIFO is named on purpose, and Ctrl-C or SIGTERM end the wait: 130 / 143)
    import threading

    fifo = tmp_path / "events"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text("utf-8")))
    reader.start()
    result = run("import", str(_text(tmp_path)), "-o", str(fifo), "--force")
    reader.join(timeout=60)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["date"] for line in got[0].splitlines()] == [
        "2019-09-01", "2019-09-02",
    ]  # fmt: skip
    assert fifo.is_fifo()  # (never replaced by a file)
