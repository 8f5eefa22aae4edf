"""Issue 28, import speed round 8: the importer compiled with mypyc (scripts/compile_importer.py)
writes what the pure-Python importer writes, byte for byte.

The fast tests check what compiling needs of the sources (a class constant that is no dataclass
field, annotations that resolve at run time, a variable whose declared type holds every value it
takes: a compiled module checks each assignment); the slow one builds the compiled copy and
compares the two importers' output on generated and real texts (scripts/compare_import_output.py:
every text of tests/data/import/real and tests/data/import, a generated benchmark chronology,
the bundled and test events imported as text, the annotated corpus's enrichment)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import typing
from collections.abc import Mapping, Set
from pathlib import Path

import pytest

from ktimeline.importing.enrichment import _Reading
from ktimeline.importing.entries import DocumentPattern, find_pattern

ROOT = Path(__file__).resolve().parents[1]


def test_min_lines_is_a_class_constant_not_a_field() -> None:
    # (a field would be set by __init__: compiled, that fails, and a pattern could differ)
    assert "MIN_LINES" not in {f.name for f in dataclasses.fields(DocumentPattern)}
    assert DocumentPattern.MIN_LINES == 3
    pattern = find_pattern(["Jan. 1, 2019: a", "Feb. 2, 2019: b", "March 3, 2019: c"])
    assert pattern.MIN_LINES == 3
    assert pattern.separated >= pattern.MIN_LINES  # (read through an instance, as the rules do)


def test_reading_annotations_resolve_at_run_time() -> None:
    # A compiled dataclass reads its fields' annotations when the module is imported.
    hints = typing.get_type_hints(_Reading)
    assert hints["kinds"] == Mapping[str, str]
    assert hints["international"] == Set[str]


def test_topics_cued_of_a_two_letter_cue_and_longer_ones() -> None:
    # "un" is a two-letter cue, indexed by both its letters: the window's cues are then a
    # list's and a tuple's (compiled, a variable declared a list refused the tuple)
    from ktimeline.importing.enrichment import Enricher
    from ktimeline.loader import load_vocabulary

    enricher = Enricher(load_vocabulary())
    two = [window for window in enricher._cues if len(window) == 2]
    assert two, "no two-letter cue: this test no longer looks at what it names"
    window = two[0] + "x" * 20
    assert enricher._topics_cued(window) == tuple(
        dict.fromkeys(
            index
            for index, cue in [*enricher._cues.get(window[:3], ()), *enricher._cues[window[:2]]]
            if window.startswith(cue)
        )
    )


def _bench_text(path: Path, entries: int) -> None:
    """bench/run.py's generated chronology, of ``entries`` entries, written to ``path``."""
    write = "import sys, run; open(sys.argv[1], 'w', encoding='utf-8').write(run.chronology_text(int(sys.argv[2])))"
    subprocess.run(
        [sys.executable, "-c", write, str(path), str(entries)], cwd=ROOT / "bench", check=True
    )


@pytest.mark.slow  # (builds three C extension modules: a few minutes)
@pytest.mark.needs("cc")
def test_compiled_importer_writes_the_same_bytes(tmp_path: Path) -> None:
    compiled = tmp_path / "compiled"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compile_importer.py"), str(compiled)],
        check=True,
        capture_output=True,
    )
    built = {p.name.split(".")[0] for p in (compiled / "src/ktimeline/importing").glob("*.so")}
    assert built == {"entries", "enrichment", "quotations"}  # (else the comparison is idle)
    bench = tmp_path / "bench.txt"
    _bench_text(bench, 2_000)
    compared = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compare_import_output.py"),
         str(ROOT / "src"), str(compiled / "src"), "--bench", str(bench)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert compared.returncode == 0, compared.stdout[-3000:] + compared.stderr[-3000:]
    assert " 0 differ" in compared.stdout
