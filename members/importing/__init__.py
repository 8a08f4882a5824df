"""Importing a cluster's members from a spreadsheet (CSV), all rows or none.

`parse_member_csv` (`reading`, with `rows` for each row's cells) reads and checks a file without
touching the database's members; `import_members` (`writing`) compares the rows with the
cluster's members and, unless it is a dry run, creates and updates them in one transaction.
"""

from .reading import MAX_FILE_BYTES, MAX_ROWS, ImportFileError, ParsedImport, parse_member_csv
from .rows import COLUMNS, MemberRow, RowError
from .writing import FieldChange, ImportReport, RowOutcome, import_members

__all__ = [
    "COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "FieldChange",
    "ImportFileError",
    "ImportReport",
    "MemberRow",
    "ParsedImport",
    "RowError",
    "RowOutcome",
    "import_members",
    "parse_member_csv",
]
