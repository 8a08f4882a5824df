"""Reading a member CSV file: its size, encoding, delimiter and header, then each of its rows.

`parse_member_csv` reads and checks a file without touching the database's members; a file that
cannot be read at all raises `ImportFileError`.
"""

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from django.utils.translation import gettext as _

from portal.errors import DomainError
from portal.text import has_control_characters

from .rows import COLUMNS, MemberRow, RowError, Vocabulary, parse_row

if TYPE_CHECKING:
    from _csv import _reader as CsvReader

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
REQUIRED_COLUMNS = ("name", "type")


class ImportFileError(DomainError):
    """The file as a whole cannot be read (size, encoding, header), or could not be imported; the message says why."""


@dataclass
class ParsedImport:
    rows: list[MemberRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def parse_member_csv(file: IO[bytes]) -> ParsedImport:
    """Read a member CSV: every valid row, and an error with its line number for every invalid one.

    Raises ImportFileError when the file cannot be read at all.
    """
    reader = _csv_reader(_decode(_read_limited(file)))
    columns = _read_header(reader)
    vocabulary = Vocabulary()
    parsed = ParsedImport()
    first_line_of_name: dict[str, int] = {}
    data_rows = 0
    for line, cells in _records(reader):
        data_rows += 1
        if data_rows > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(rows)s rows; split it into smaller files.") % {"rows": MAX_ROWS}
            )
        if len(cells) > len(columns) and any(cell.strip() for cell in cells[len(columns) :]):
            parsed.errors.append(
                RowError(
                    line, _("%(found)s values for %(columns)s columns") % {"found": len(cells), "columns": len(columns)}
                )
            )
            continue
        if any(has_control_characters(cell) for cell in cells):
            parsed.errors.append(RowError(line, _("holds characters that cannot be read (control characters)")))
            continue
        values = dict.fromkeys(columns, "") | dict(zip(columns, [cell.strip() for cell in cells], strict=False))
        row, errors = parse_row(line, values, vocabulary)
        if row is not None:
            key = row.name.casefold()
            if key in first_line_of_name:
                errors.append(
                    RowError(
                        line,
                        _("“%(name)s” already appears on line %(first)s")
                        % {"name": row.name, "first": first_line_of_name[key]},
                    )
                )
            first_line_of_name.setdefault(key, line)
        parsed.errors.extend(errors)
        if row is not None and not errors:
            parsed.rows.append(row)
    return parsed


def _read_limited(file: IO[bytes]) -> bytes:
    data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("The file is larger than %(megabytes)s MB; split it into smaller files.")
            % {"megabytes": MAX_FILE_BYTES // (1024 * 1024)}
        )
    return data


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8” and upload it again.")
        ) from error
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    return text


def _csv_reader(text: str) -> "CsvReader":
    """A CSV reader whose delimiter (comma or semicolon) is sniffed from the header row."""
    header = text.lstrip().splitlines()[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _records(reader: "CsvReader") -> Iterator[tuple[int, list[str]]]:
    """Each non-blank record with the line it starts on (a quoted value may span lines)."""
    previous_end = reader.line_num
    try:
        for cells in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if any(cell.strip() for cell in cells):
                yield line, cells
    except csv.Error as error:
        raise ImportFileError(
            _("line %(line)s: the file is not valid CSV (%(error)s).") % {"line": reader.line_num, "error": error}
        ) from error


def _read_header(reader: "CsvReader") -> list[str]:
    """The column names of the first non-blank row, checked against the columns the import knows."""
    for line, cells in _records(reader):
        columns = [re.sub(r"[\s-]+", "_", cell.strip().lower()) for cell in cells]
        while columns and not columns[-1]:
            columns.pop()
        unknown = [name for name in columns if name not in COLUMNS]
        if unknown:
            raise ImportFileError(
                _("line %(line)s: unknown column “%(column)s”. The columns are: %(columns)s.")
                % {"line": line, "column": unknown[0], "columns": ", ".join(COLUMNS)}
            )
        repeated = [name for name in columns if columns.count(name) > 1]
        if repeated:
            raise ImportFileError(
                _("line %(line)s: the column “%(column)s” appears twice.") % {"line": line, "column": repeated[0]}
            )
        missing = [name for name in REQUIRED_COLUMNS if name not in columns]
        if missing:
            raise ImportFileError(
                _("line %(line)s: the header row must have the columns %(columns)s.")
                % {"line": line, "columns": ", ".join(REQUIRED_COLUMNS)}
            )
        return columns
    raise ImportFileError(_("The file is empty."))
