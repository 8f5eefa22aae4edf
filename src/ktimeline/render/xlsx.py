"""``-f xlsx``: an Excel workbook, for the analysts who live in spreadsheets.

One sheet named after the kind of rows, with the columns and order of csv (``columns``): a
bold, frozen header row, lists joined with "; ", counts and scores as numbers, everything
else — dates included, since "2019-12" is not a day — as text exactly as in the data. Every
text is written as a string, never as a formula, so ``=HYPERLINK(…)`` in the data is shown,
not run (``--no-formulas`` is not needed here).

The workbook is written by XlsxWriter, an optional extra (``pip install 'ktimeline[xlsx]'``):
pure Python, no dependencies of its own, long and actively kept, and write-only, which is all
this needs. It is imported only for this format. A workbook is bytes: it goes to the binary
stream under stdout, and is refused on a terminal (redirect it to a file).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, TextIO

from ktimeline.errors import OutputError, UsageError
from ktimeline.render.columns import cell, columns, flatten
from ktimeline.render.common import written_at
from ktimeline.render.structured import records

if TYPE_CHECKING:
    from datetime import datetime

    from ktimeline.render import RenderOptions
    from ktimeline.report import Report

EXTRA = "pip install 'ktimeline[xlsx]'"
MAX_ROWS = 1_048_576  # a worksheet's rows, the header included (Excel's specification)
MAX_CELL = 32_767  # characters in one cell
COLUMN_WIDTH = {"text": 80, "quote": 80, "description": 60, "quotes": 60, "matched": 40}


def _workbook_class() -> Any:
    try:
        from xlsxwriter import Workbook
    except ImportError:
        raise UsageError(
            "-f xlsx needs the optional XlsxWriter package, which is not installed",
            f"install it with: {EXTRA} (or use -f csv --bom, which Excel opens too)",
        ) from None
    return Workbook


def _created() -> datetime:
    """The workbook's creation time: SOURCE_DATE_EPOCH when set, for reproducible files."""
    return written_at().replace(tzinfo=None)


def _binary_stream(out: TextIO) -> Any:
    if out.isatty():
        raise UsageError(
            "-f xlsx writes a spreadsheet file, not text for a terminal",
            "redirect it to a file: … -f xlsx > events.xlsx",
        )
    binary = getattr(out, "buffer", None)
    if binary is None:
        raise OutputError("-f xlsx writes bytes, and this output takes only text")
    return binary


def render_xlsx(report: Report, out: TextIO, options: RenderOptions) -> None:
    binary = _binary_stream(out)
    workbook_class = _workbook_class()
    rows = list(records(report))
    if len(rows) + 1 > MAX_ROWS:
        raise OutputError(
            f"{len(rows):,} rows are more than a worksheet holds ({MAX_ROWS - 1:,} under its "
            "header): narrow the query, or use -f csv"
        )
    names = columns(report.kind, report.scored, report.marked)
    buffer = io.BytesIO()
    settings = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                "strings_to_urls": False}  # fmt: skip
    workbook = workbook_class(buffer, settings)
    workbook.set_properties({"title": report.heading, "created": _created()})
    sheet = workbook.add_worksheet(str(report.kind))
    bold = workbook.add_format({"bold": True})
    wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
    for column, name in enumerate(names):
        sheet.write_string(0, column, name, bold)
        width = COLUMN_WIDTH.get(name, 14)
        sheet.set_column(column, column, width, wrapped if width > 40 else None)
    sheet.freeze_panes(1, 0)
    for number, record in enumerate(rows, start=1):
        flat = flatten(record, report.kind)
        for column, name in enumerate(names):
            _write(sheet, number, column, name, flat.get(name))
    if rows:
        sheet.autofilter(0, 0, len(rows), len(names) - 1)
    workbook.close()
    out.flush()
    binary.write(buffer.getvalue())
    binary.flush()


def _write(sheet: Any, row: int, column: int, name: str, value: Any) -> None:
    if value is None or value == []:
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        sheet.write_number(row, column, value)
        return
    text = cell(value)
    if len(text) > MAX_CELL:
        raise OutputError(
            f"the {name} of row {row} holds {len(text):,} characters, more than a spreadsheet "
            f"cell holds ({MAX_CELL:,}): use -f csv or -f jsonl, which keep it whole"
        )
    sheet.write_string(row, column, text)
