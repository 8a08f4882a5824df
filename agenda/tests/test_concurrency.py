"""Simultaneous registrations never take more seats than the event has.

On PostgreSQL each registration locks the event's row; with that lock taken out, the same crowd
overbooks, which shows the test can catch the fault. On the embedded SQLite, immediate
transactions take the database's write lock when they begin (see sqlite_race.py).
"""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import QuerySet

from agenda import services
from agenda.models import EventPage, Registration
from conftest import require_service
from tests.concurrency import run_in_threads
from tests.factories import make_person

from .factories import make_event

BASE_DIR = Path(__file__).resolve().parents[2]


def waiting_positions(event) -> list[int]:
    return [r.waiting_position() for r in Registration.objects.filter(event=event).waiting_list()]


@pytest.fixture
def crowd(page_tree):
    require_service("postgres")
    event = make_event(capacity=50)
    people = [make_person(f"crowd{number}@example.org") for number in range(200)]
    return event, people


def test_two_hundred_people_registering_at_once_get_fifty_seats_and_a_waiting_list(crowd):
    event, people = crowd
    assert run_in_threads(lambda person: services.register_attendee(event, person), people) == []
    registrations = Registration.objects.filter(event=event)
    assert registrations.filter(status="confirmed").count() == 50
    assert registrations.filter(status="waitlisted").count() == 150
    assert waiting_positions(event) == list(range(1, 151))

    leaving = list(registrations.filter(status="confirmed")[:10])
    assert run_in_threads(lambda registration: services.cancel_registration(registration), leaving) == []
    assert registrations.filter(status="confirmed").count() == 50
    assert registrations.filter(status="cancelled").count() == 10
    assert waiting_positions(event) == list(range(1, 141))


def test_without_the_event_row_lock_the_same_crowd_overbooks(crowd, monkeypatch):
    """Every registration asks for a lock on the event's row; granting none of them overbooks."""
    event, people = crowd
    lock = QuerySet.select_for_update
    asked: list[dict] = []

    def no_lock_on_events(queryset, *args, **kwargs):
        if queryset.model is EventPage:
            asked.append(kwargs)
            return queryset
        return lock(queryset, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "select_for_update", no_lock_on_events)
    run_in_threads(lambda person: services.register_attendee(event, person), people)
    assert len(asked) == len(people)
    assert Registration.objects.filter(event=event, status="confirmed").count() > 50


def test_simultaneous_registrations_on_the_embedded_sqlite(tmp_path, page_tree):
    """A copy of the test database in a file, used by another process with the portal's SQLite settings.

    The test is transactional: a backup would wait for the transaction of a plain `db` test to end.
    """
    if connection.vendor != "sqlite":
        pytest.skip("runs on the embedded SQLite database")
    database = tmp_path / "race.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(database) as copy:
        connection.connection.backup(copy)
    result = subprocess.run(
        [sys.executable, "-m", "agenda.tests.sqlite_race", str(database)],
        cwd=BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": f"sqlite:///{database}",
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["errors"] == []
    assert outcome["confirmed"] == 10
    assert outcome["positions"] == list(range(1, 31))
    assert outcome["after_cancelling"] == {"confirmed": 10, "positions": list(range(1, 26))}
    assert outcome["busy"] == "Many people are registering right now. Please try again in a moment."
