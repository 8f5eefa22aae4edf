"""Typographic ligatures (U+FB00-FB06) in what `import` reads are spelt out as letters.

tests/data/import/chromium-ligatures.pdf was printed by Chromium 156 (`chromium --headless
--print-to-pdf`) from chromium-ligatures.html beside it: its text layer, as pypdf reads it,
writes "fi" of "first" and "file" as the one character U+FB01, as many PDFs do. Stored as
read, an exact search, a regex, grep and jq for "first" missed the entry.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from ktimeline.importing.sources import LIGATURES, spell_out_ligatures

DATA = Path(__file__).parent / "data" / "import"


def test_the_pdf_really_holds_ligatures() -> None:
    # (the fixture is what it is said to be: without it the import test below proves nothing)
    from pypdf import PdfReader

    raw = "".join(page.extract_text() for page in PdfReader(DATA / "chromium-ligatures.pdf").pages)
    assert "\ufb01" in raw


def test_a_pdfs_ligatures_are_spelt_out_and_found_by_exact_search(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "pdf.jsonl"
    assert run("import", str(DATA / "chromium-ligatures.pdf"), "--out", str(out)).exit_code == 0
    texts = [json.loads(line)["text"] for line in out.read_text("utf-8").splitlines()]
    assert any("the first sitting US president" in text for text in texts)
    assert not any(character in text for text in texts for character in "\ufb00\ufb01\ufb02")
    found = run("search", "--exact", "first sitting", "--data", str(out))
    assert found.exit_code == 0 and "Panmunjom" in found.stdout


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_text_copied_from_a_pdf_is_spelt_out_too(run: Any, tmp_path: Path, suffix: str) -> None:
    line = "Oct. 5, 2019: Talks in Stockholm break oﬀ; oﬃcials ﬁle out of the venue."
    body = line if suffix == ".txt" else f"<!doctype html><p>{line}</p>"
    path = tmp_path / f"copied{suffix}"
    path.write_text(body, "utf-8")
    result = run("import", str(path))
    assert json.loads(result.stdout)["text"] == (
        "Talks in Stockholm break off; officials file out of the venue."
    )


def test_every_ligature_is_spelt_as_nfkc_spells_it() -> None:
    for code in range(0xFB00, 0xFB07):
        assert chr(code).translate(LIGATURES) == unicodedata.normalize("NFKC", chr(code))
    assert spell_out_ligatures("no ligature here") == "no ligature here"
