"""Meeting slots: how a session divides into slots, and which slot and table a new meeting gets.

Pure functions on plain values, so the rules can be read and tested without a database; the
services layer feeds them the rows it has locked.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Slot:
    """A time slot of a session; `key` identifies it (its row id once stored)."""

    key: int
    starts_at: datetime
    ends_at: datetime
    tables: int

    def overlaps(self, other: "Slot") -> bool:
        return self.starts_at < other.ends_at and other.starts_at < self.ends_at


@dataclass(frozen=True)
class Placement:
    slot: Slot
    table: int


def slot_times(starts_at: datetime, ends_at: datetime, minutes: int) -> list[tuple[datetime, datetime]]:
    """The consecutive slots of `minutes` that fit between a session's start and end; a remainder is left out."""
    if minutes <= 0:
        return []
    length = timedelta(minutes=minutes)
    times = []
    start = starts_at
    while start + length <= ends_at:
        times.append((start, start + length))
        start += length
    return times


def first_free_placement(
    slots: Iterable[Slot],
    tables_taken: Mapping[int, set[int]],
    busy: Iterable[Slot],
    not_before: datetime | None = None,
) -> Placement | None:
    """The earliest slot where neither participant is busy and a table is free, with its lowest free table.

    `tables_taken` maps a slot's key to the tables already booked in it; `busy` holds the slots
    where either participant already has a meeting (any overlap, also with another session's slot,
    rules a slot out). Slots starting before `not_before` are skipped. None when nothing fits.
    """
    busy = list(busy)
    for slot in sorted(slots, key=lambda s: (s.starts_at, s.key)):
        if not_before is not None and slot.starts_at < not_before:
            continue
        if any(slot.overlaps(other) for other in busy):
            continue
        taken = tables_taken.get(slot.key, set())
        table = next((number for number in range(1, slot.tables + 1) if number not in taken), None)
        if table is not None:
            return Placement(slot, table)
    return None
