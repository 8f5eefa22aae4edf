"""Issue 28, import speed round 8: the importer compiled with mypyc (scripts/compile_importer.py)
writes what the pure-Python importer writes, byte for byte.

The fast tests check what compiling needs of the sources (a class constant that is no dataclass
field, annotations that resolve at run time, a variable whose declared type holds every value it
takes: a compiled module checks each assignment); the comparison of the two importers' output
on generated and real texts takes minutes, so it is a command, not a test (README, Development:
scripts/compile_importer.py, then scripts/compare_import_output.py)."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping, Set

from ktimeline.importing.enrichment.words import _Reading
from ktimeline.importing.entries import DocumentPattern, find_pattern


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


def test_the_compiled_experiment_compiles_every_module_of_the_importer_packages() -> None:
    # scripts/compile_importer.py lists the modules it compiles from its packages on disk; a
    # module of theirs left out (as enrichment/unspaced.py was from its hand-made list) would
    # run as Python inside the compiled importer, and its measured figures would not be the
    # compiled importer's. Checked against Python's own walk of the packages, subpackages too.
    import importlib.util
    import pkgutil
    from pathlib import Path

    import ktimeline
    import ktimeline.importing.enrichment
    import ktimeline.importing.entries

    root = Path(__file__).resolve().parents[1]
    from tests.script_loading import load_script

    script = load_script("compile_importer")
    listed = script.modules(root / "src")
    # (the package imported may be the installed copy, as under CI's `pip install .`, not
    # src/: paths are compared relative to the directory that holds ktimeline/)
    assert ktimeline.__file__ is not None
    installed = Path(ktimeline.__file__).resolve().parent.parent
    expected = {"ktimeline/importing/quotations.py"}
    for package in (ktimeline.importing.entries, ktimeline.importing.enrichment):
        assert package.__file__ is not None
        expected.add(Path(package.__file__).resolve().relative_to(installed).as_posix())
        for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.util.find_spec(found.name)
            assert module is not None and module.origin is not None
            expected.add(Path(module.origin).resolve().relative_to(installed).as_posix())
    assert "ktimeline/importing/enrichment/unspaced.py" in expected
    assert set(listed) == expected  # (pytest names the modules missing on either side)
    assert len(set(listed)) == len(listed)
