"""The layers of the package hold: arrows point down only, and no module imports itself back.

The layers are declared once, as import-linter contracts in pyproject.toml; this test runs
them (so the test command catches a broken layer, not only CI's lint step) and finds import
circles with import-linter's own graph library, grimp, which reads imports inside functions
and under TYPE_CHECKING too.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def circles(imports: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in imports.get(module, set()):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return found


def package_imports() -> dict[str, set[str]]:
    """Which modules each module imports, without the package's face: ``ktimeline/__init__``
    hands on the API's names lazily (PEP 562), which is not a layer's import."""
    graph = grimp.build_graph("ktimeline", cache_dir=None)
    return {
        module: graph.find_modules_directly_imported_by(module) - {"ktimeline"}
        for module in graph.modules
        if module != "ktimeline"
    }


def test_no_module_imports_itself_back() -> None:
    imports = package_imports()
    assert len(imports) > 40  # the whole package was read
    assert circles(imports) == []


def test_the_circle_finder_finds_a_circle() -> None:
    imports = package_imports()
    imports["ktimeline.model"].add("ktimeline.search")  # search -> loader -> ... -> model
    assert any({"ktimeline.model", "ktimeline.search"} <= set(group) for group in circles(imports))


def test_the_declared_layers_hold() -> None:
    lint_imports = shutil.which("lint-imports")
    assert lint_imports is not None, "lint-imports comes with the test extra (import-linter)"
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_module_of_the_core_is_held_to_the_core_contract() -> None:
    """A new module at the top of the package is core, and the contract must name it (else
    it could import the layers above unnoticed)."""
    import re

    text = (ROOT / "pyproject.toml").read_text("utf-8")
    contract = text.split('name = "The core imports no layer above it"', 1)[1]
    listed = contract.split("source_modules = [", 1)[1].split("]", 1)[0]
    top = {
        f"ktimeline.{path.stem}"
        for path in (ROOT / "src" / "ktimeline").glob("*.py")
        if path.stem not in ("__init__", "__main__", "api")
    }
    assert top == set(re.findall(r'"(ktimeline\.\w+)"', listed))
