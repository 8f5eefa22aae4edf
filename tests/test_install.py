"""A non-editable install carries the bundled data and finds it from any directory.

The wheel is built from this checkout with hatchling (the project's build backend), its
contents are inspected, and it is installed into a private directory from which
``python -m ktimeline`` runs in an unrelated working directory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = [
    "chronology.jsonl",
    "actors.jsonl",
    "places.jsonl",
    "tags.jsonl",
    "terms.jsonl",
    "knowledge/actors.jsonl",
    "knowledge/places.jsonl",
    "knowledge/topics.jsonl",
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    script = "import sys, hatchling.build as b; print(b.build_wheel(sys.argv[1]))"
    build = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    return out / build.stdout.strip().splitlines()[-1]


@pytest.mark.slow
def test_wheel_contains_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in DATA_FILES:
        assert f"ktimeline/data/{name}" in names
    assert "ktimeline/data/sources/noerper-2020-us-korea-gaps-widen.txt" in names
    packaged = zipfile.ZipFile(wheel).read("ktimeline/data/chronology.jsonl")
    assert packaged == (ROOT / "data" / "chronology.jsonl").read_bytes()


@pytest.mark.slow
def test_installed_package_finds_its_data_from_another_directory(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", str(site), str(wheel)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("KTIMELINE_DATA", None)
    where = subprocess.run(
        [sys.executable, "-c", "import ktimeline; print(ktimeline.__file__)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(site)
    result = subprocess.run(
        [sys.executable, "-m", "ktimeline", "validate"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 115 events, ")
    listing = subprocess.run(
        [sys.executable, "-m", "ktimeline", "range", "2019-11-01", "2019-11-30", "-f", "plain"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert listing.returncode == 0
    assert "2019-11-28-nk-fires-two-ballistic-missiles" in listing.stdout
    page = subprocess.run(  # -f html inlines the script and style shipped in the wheel
        [sys.executable, "-m", "ktimeline", "range", "2019-11", "-f", "html"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert page.returncode == 0, page.stderr
    assert "ktimeline -f html: draws the timeline" in page.stdout
