"""`ktimeline import` with enrichment (issue 23): what --check shows per entry, the actor file
(--actors-out) that makes the events load, and `--actor` finding an actor the knowledge base
or the text brought."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .conftest import jsonl_records

if TYPE_CHECKING:
    from pathlib import Path

CHRONOLOGY = """\
June 15, 1994: Former President Jimmy Carter arrives in Pyongyang and meets President Kim.
July 8, 1994: Kim Il Sung dies; Kim Jong Il succeeds him.
Oct. 21, 1994: The United States and North Korea sign the Agreed Framework in Geneva.
March 3, 1994: President Kim speaks on the economy.
Jan. 12, 2009: Japanese Ambassador Shigeie Toshinori meets Foreign Minister Yu Myung-hwan. “We will cooperate,” Shigeie said.
"""


def chronology(tmp_path: Path) -> Path:
    path = tmp_path / "mine.txt"
    path.write_text(CHRONOLOGY, "utf-8")
    return path


def test_check_lists_actors_places_tags_statements_and_unresolved_names(
    run: Any, tmp_path: Path
) -> None:
    result = run("import", str(chronology(tmp_path)), "--check")
    assert result.exit_code == 0
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert "1 actors Jimmy Carter, Kim Il Sung" in lines
    assert "1 places Pyongyang" in lines
    assert "3 places Geneva" in lines
    assert "5 actors Japan, Shigeie Toshinori (new), Yu Myung-hwan" in lines
    assert "5 said Shigeie Toshinori: “We will cooperate,”" in lines
    # Two Presidents Kim in March 1994 and nothing to choose: reported, not guessed.
    assert any(
        "“President Kim”: name not resolved (ambiguous:" in line
        for line in result.stderr.splitlines()
    )
    assert "4 actors" not in " ".join(lines)


def test_actors_out_keeps_the_actors_so_that_actor_finds_them(run: Any, tmp_path: Path) -> None:
    out, actors = tmp_path / "mine.jsonl", tmp_path / "mine-actors.jsonl"
    result = run("import", str(chronology(tmp_path)), "--out", str(out), "--actors-out",
                 str(actors))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert f"load the events with --actors {actors}" in result.stderr
    records = {r["name"]: r for r in map(json.loads, actors.read_text("utf-8").splitlines())}
    assert records["Shigeie Toshinori"]["kind"] == "person"
    assert records["Shigeie Toshinori"]["affiliation"] == "Japan"
    assert "Kim Il Sung" in records and "Kim Jong Un" not in records  # bundled ones stay out
    found = run("range", "1994", "--data", str(out), "--actors", str(actors), "-a",
                "Kim Il Sung", "-f", "jsonl")  # fmt: skip
    assert found.exit_code == 0, found.stderr
    assert [json.loads(line)["date"] for line in found.stdout.splitlines()] == [
        "1994-06-15", "1994-07-08",
    ]  # fmt: skip
    new = run("range", "2009", "--data", str(out), "--actors", str(actors), "-a",
              "Shigeie Toshinori", "-f", "jsonl")  # fmt: skip
    assert new.exit_code == 0 and len(new.stdout.splitlines()) == 1


def test_an_edited_actor_file_is_kept_and_only_added_to(run: Any, tmp_path: Path) -> None:
    out, actors = tmp_path / "mine.jsonl", tmp_path / "mine-actors.jsonl"
    actors.write_text(
        json.dumps({"name": "Shigeie Toshinori", "kind": "person", "affiliation": "Japan",
                    "role": "Ambassador to South Korea (edited)", "aliases": ["Shigeie"]})
        + "\n",
        "utf-8",
    )  # fmt: skip
    result = run("import", str(chronology(tmp_path)), "--out", str(out), "--actors-out",
                 str(actors))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    records = jsonl_records(actors.read_text("utf-8"))
    assert records[0]["role"] == "Ambassador to South Korea (edited)"
    assert [r["name"] for r in records].count("Shigeie Toshinori") == 1


def test_without_actors_out_the_actors_go_beside_the_events(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "mine.jsonl"
    result = run("import", str(chronology(tmp_path)), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    beside = tmp_path / "mine.actors.jsonl"
    assert beside.exists() and f"{beside}, read with the events" in result.stderr
    assert run("validate", str(out)).exit_code == 0  # the actors beside are read with it
    assert run("validate", str(out), "--actors", str(beside)).exit_code == 0  # named too: once
    named = run("range", "1900", "2100", "--data", str(out), "-a", "Yu Myung-hwan", "-f", "jsonl")
    assert named.exit_code == 0 and named.stdout


def test_a_users_actor_file_adds_and_overrides(run: Any, tmp_path: Path) -> None:
    mine = tmp_path / "my-actors.jsonl"
    mine.write_text(
        json.dumps({"name": "Shigeie Toshinori", "kind": "person", "affiliation": "Japan",
                    "role": "Ambassador", "aliases": []}) + "\n",
        "utf-8",
    )  # fmt: skip
    result = run("import", str(chronology(tmp_path)), "--check", "--actors", str(mine))
    assert result.exit_code == 0
    # Known from the user's file: not new any more.
    assert any(
        " ".join(line.split()) == "5 actors Japan, Shigeie Toshinori, Yu Myung-hwan"
        for line in result.stdout.splitlines()
    )


def test_stdout_import_says_how_to_keep_the_actors(run: Any, tmp_path: Path) -> None:
    result = run("import", str(chronology(tmp_path)))
    assert result.exit_code == 0
    assert "keep them with --actors-out PATH" in result.stderr


def test_queries_never_read_the_knowledge_base() -> None:
    """Start-up stays lazy: only an import loads data/knowledge (issue 23)."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from ktimeline.cli.app import main\n"
        "try:\n"
        "    main(['range', '2019-11', '-f', 'jsonl'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('ktimeline.importing')),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"
