"""``reports.xlsx`` (``trace --xlsx``): the CSV reports as one workbook, a sheet per report,
every cell a string.

A spreadsheet opening a CSV file takes a cell starting with ``=``, ``+``, ``-`` or ``@`` for a
formula, and news text starts cells that way (a quote opening with a dash, a headline with
``+``): a crafted article could make it run one. The CSV files keep their exact text (offsets
count in it), so the workbook is the copy to open in a spreadsheet: XlsxWriter stores each cell
with ``write_string``, never converting one into a formula, a number, a date or a link.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from provenance.errors import InputError
from provenance.reports import schema

WORKBOOK = "reports.xlsx"
MAX_ROWS = 1_048_576  # a sheet's rows, the header's included
TRUNCATED = -2  # write_string: the string was longer than a cell holds (32,767 characters)


def write_workbook(folder: Path, target: Path, shown: Path) -> None:
    """The CSV reports in ``folder``, each as a sheet named by it, written to ``target`` (an
    empty cell, unknown, left blank); ``shown``: the report folder, which an error names."""
    import xlsxwriter  # only for --xlsx
    from xlsxwriter.exceptions import XlsxFileError

    options = {
        "constant_memory": True,  # each row written out as it is done: a report is never held
        "tmpdir": str(target.parent),  # its files, unlinked at once, where the reports have room
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    try:
        book = xlsxwriter.Workbook(str(target), options)
        try:
            for report in schema.CSV_REPORTS:
                _write_sheet(book, folder / report.file, report.file.removesuffix(".csv"))
        finally:
            book.close()
    except (OSError, XlsxFileError) as exc:
        raise InputError(f"{shown}: cannot write {WORKBOOK} ({exc})") from None


def _write_sheet(book: Any, path: Path, name: str) -> None:
    sheet = book.add_worksheet(name)
    sheet.freeze_panes(1, 0)
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle)):
            if number == MAX_ROWS:
                raise InputError(
                    f"--xlsx: {path.name} has more than {MAX_ROWS - 1:,} rows, more than a "
                    "sheet holds (the CSV reports hold them all)"
                )
            for column, value in enumerate(row):
                if value and sheet.write_string(number, column, value) == TRUNCATED:
                    raise InputError(
                        f"--xlsx: {path.name}: row {number}, column {column + 1}: "
                        "more than 32,767 characters, more than a cell holds"
                    )
