"""The Python API's documentation runs: every example of docs/python-api.md, of the README's
"Python API" section and of the package docstring is executed, and its output compared."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import ktimeline

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)


def readme_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python API\n", 1)[1]
    return section.split("\n## ", 1)[0]


def python_blocks(text: str) -> list[str]:
    return [body for language, body in BLOCK.findall(text) if language in ("pycon", "python")]


def run_examples(text: str, name: str) -> doctest.TestResults:
    """All the examples of ``text``, in order and in one namespace (as a reader types them)."""
    examples = "\n".join(python_blocks(text))
    test = doctest.DocTestParser().get_doctest(examples, {}, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    return runner.summarize(verbose=False)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("docs/python-api.md", (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")),
        ("README.md#python-api", readme_section()),
    ],
)
def test_every_example_runs_and_shows_what_it_says(name: str, text: str) -> None:
    blocks = python_blocks(text)
    assert blocks, "no examples found"
    assert all(">>> " in block for block in blocks), "every Python block is an example that runs"
    results = run_examples(text, name)
    assert results.failed == 0
    assert results.attempted >= 8


def test_the_package_docstring_examples_run() -> None:
    results = doctest.testmod(ktimeline, optionflags=doctest.ELLIPSIS)
    assert results.failed == 0 and results.attempted >= 5


def test_the_docs_name_every_question_and_error() -> None:
    text = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    for name in ("between", "search", "show", "quotes", "actors", "tags", "stats", "events"):
        assert f"timeline.{name}(" in text, name
    for error in ("DataError", "UnknownNameError", "AmbiguousNameError", "InvalidArgumentError"):
        assert error in text, error
