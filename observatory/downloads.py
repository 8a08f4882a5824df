"""Tables as files to download: CSV (UTF-8, for any spreadsheet) and Excel.

A text cell that starts with = + - @ (or a tab or carriage return) would be read by a spreadsheet
as a formula: it is written with a leading apostrophe. Numbers stay numbers.
"""

import csv
import io
from collections.abc import Sequence
from decimal import Decimal

from openpyxl import Workbook

Cell = int | Decimal | str | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Cell) -> int | Decimal | str:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_csv(rows: Sequence[Sequence[Cell]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([[safe_cell(value) for value in row] for row in rows])
    return ("\ufeff" + out.getvalue()).encode()  # the mark tells spreadsheet programs it is UTF-8


def table_xlsx(title: str, rows: Sequence[Sequence[Cell]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "".join(character for character in title if character not in "[]:*?/\\")[:31] or "Sheet"
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
