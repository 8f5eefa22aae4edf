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
    "Chronology of test events\n\n"
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
