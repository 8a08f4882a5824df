"""Dividing sessions into slots and placing meetings: pure rules, no database."""

import itertools
import random
from datetime import UTC, datetime, timedelta

from meetings.scheduling import Placement, Slot, first_free_placement, slot_times

NINE = datetime(2027, 3, 10, 9, 0, tzinfo=UTC)


def slots(count: int, tables: int = 2, minutes: int = 30, start: datetime = NINE, first_key: int = 1) -> list[Slot]:
    return [
        Slot(
            first_key + index,
            start + timedelta(minutes=minutes * index),
            start + timedelta(minutes=minutes * (index + 1)),
            tables,
        )
        for index in range(count)
    ]


def test_a_session_divides_into_whole_slots_and_drops_the_remainder():
    times = slot_times(NINE, NINE + timedelta(minutes=100), 30)
    assert [(start.strftime("%H:%M"), end.strftime("%H:%M")) for start, end in times] == [
        ("09:00", "09:30"),
        ("09:30", "10:00"),
        ("10:00", "10:30"),
    ]


def test_a_session_shorter_than_a_meeting_or_a_zero_length_has_no_slot():
    assert slot_times(NINE, NINE + timedelta(minutes=20), 30) == []
    assert slot_times(NINE, NINE + timedelta(hours=2), 0) == []


def test_the_first_meeting_gets_the_first_slot_and_table_one():
    day = slots(3)
    assert first_free_placement(day, {}, []) == Placement(day[0], 1)


def test_a_taken_table_moves_to_the_next_table_then_to_the_next_slot():
    day = slots(2, tables=2)
    assert first_free_placement(day, {1: {1}}, []) == Placement(day[0], 2)
    assert first_free_placement(day, {1: {1, 2}}, []) == Placement(day[1], 1)


def test_a_participant_already_busy_is_never_booked_twice_at_once():
    day = slots(3, tables=5)
    assert first_free_placement(day, {}, [day[0], day[1]]) == Placement(day[2], 1)


def test_an_overlapping_slot_of_another_session_also_counts_as_busy():
    morning = slots(2, minutes=30)
    other = [Slot(10, NINE + timedelta(minutes=15), NINE + timedelta(minutes=45), 1)]
    assert first_free_placement(morning, {}, other) is None


def test_nothing_left_gives_none():
    day = slots(2, tables=1)
    assert first_free_placement(day, {1: {1}, 2: {1}}, []) is None
    assert first_free_placement([], {}, []) is None


def test_slots_that_already_started_are_skipped():
    day = slots(3)
    assert first_free_placement(day, {}, [], not_before=NINE + timedelta(minutes=1)) == Placement(day[1], 1)


def test_placing_many_random_meetings_never_double_books_a_table_or_a_person():
    randomness = random.Random(7)  # noqa: S311 - a fixed, reproducible order
    day = slots(8, tables=3)
    people = range(12)
    pairs = list(itertools.combinations(people, 2))
    randomness.shuffle(pairs)
    tables_taken: dict[int, set[int]] = {}
    agenda: dict[int, list[Slot]] = {person: [] for person in people}
    placed = 0
    for first, second in pairs:
        placement = first_free_placement(day, tables_taken, agenda[first] + agenda[second])
        if placement is None:
            continue
        placed += 1
        assert placement.table not in tables_taken.get(placement.slot.key, set())
        assert placement.slot not in agenda[first] and placement.slot not in agenda[second]
        tables_taken.setdefault(placement.slot.key, set()).add(placement.table)
        agenda[first].append(placement.slot)
        agenda[second].append(placement.slot)
    # Each of the 8 slots holds at most 3 tables and 6 of the 12 people: at most 24 meetings fit.
    assert 20 <= placed <= 24
