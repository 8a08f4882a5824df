"""Whole numbers too large for SQLite, bound as numbers that match no row.

SQLite stores integers of 64 bits, and Python's driver raises OverflowError for a larger one. Such a
number only comes from someone typing it (an id in a form, a filter or an address); PostgreSQL
compares it like any other and finds nothing. Bound as an infinite real number, it finds nothing on
SQLite too, so the view answers "not found" or "not a valid choice" instead of failing.
"""

import math
import sqlite3

SQLITE_INTEGERS = range(-(2**63), 2**63)


def bind_integer(value: int) -> int | float:
    if value in SQLITE_INTEGERS:
        return value
    return math.inf if value > 0 else -math.inf


def bind_large_integers_as_numbers() -> None:
    sqlite3.register_adapter(int, bind_integer)
