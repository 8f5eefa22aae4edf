"""``-f csv`` and ``-f tsv``: a header row, then one row per record.

Lists are joined with "; "; quoting is the csv module's. The cells are the data exactly;
``--no-formulas`` puts a ' before a cell that a spreadsheet would run as a formula
(``=HYPERLINK(…)``, ``+``, ``-``, ``@``), as OWASP recommends for files opened in one.
``--bom`` writes a UTF-8 byte order mark first: Excel opens a csv file without one in the
locale's code page, and shows “curly quotes” and accents as mojibake (â€œ).
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

from ktimeline.render.columns import cell, columns, flatten
from ktimeline.render.structured import records

if TYPE_CHECKING:
    from ktimeline.render import RenderOptions
    from ktimeline.report import Report

# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # encoded in UTF-8: EF BB BF


def no_formula(text: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a ' first."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _render(
    report: Report, out: TextIO, dialect: type[csv.Dialect], options: RenderOptions
) -> None:
    names = columns(report.kind, report.scored, report.marked)
    if options.bom:
        out.write(BOM)
    writer = csv.writer(out, dialect=dialect)
    writer.writerow(names)
    for record in records(report):
        flat = flatten(record, report.kind)
        cells = [cell(flat.get(column)) for column in names]
        writer.writerow([no_formula(c) for c in cells] if options.no_formulas else cells)


def render_csv(report: Report, out: TextIO, options: RenderOptions) -> None:
    _render(report, out, csv.excel, options)


def render_tsv(report: Report, out: TextIO, options: RenderOptions) -> None:
    _render(report, out, csv.excel_tab, options)
