"""Run by test_concurrency.py in its own process, on a file SQLite database with the portal's settings.

Forty people register at once for ten seats, five of the confirmed cancel at once, then a
registration meets a database another connection keeps busy. Prints the outcome as JSON.
"""

import json
import sqlite3
import sys

import django


def main(database: str) -> dict:
    django.setup()
    from django.db import connections

    from agenda import services
    from agenda.models import Registration
    from agenda.tests.factories import make_event
    from agenda.tests.test_concurrency import waiting_positions
    from tests.concurrency import run_in_threads
    from tests.factories import make_person

    event = make_event(capacity=10)
    people = [make_person(f"sqlite{number}@example.org") for number in range(40)]
    connections.close_all()
    errors = run_in_threads(lambda person: services.register_attendee(event, person), people)
    registrations = Registration.objects.filter(event=event)
    outcome: dict = {
        "errors": [repr(error) for error in errors],
        "confirmed": registrations.filter(status="confirmed").count(),
        "positions": waiting_positions(event),
    }
    leaving = list(registrations.filter(status="confirmed")[:5])
    connections.close_all()
    outcome["errors"] += [repr(e) for e in run_in_threads(services.cancel_registration, leaving)]
    outcome["after_cancelling"] = {
        "confirmed": registrations.filter(status="confirmed").count(),
        "positions": waiting_positions(event),
    }
    late = make_person("late@example.org")
    connections.close_all()
    blocker = sqlite3.connect(database, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    connections["default"].settings_dict["OPTIONS"]["timeout"] = 0.2
    try:
        services.register_attendee(event, late)
        outcome["busy"] = "registered"
    except services.DatabaseBusy as error:
        outcome["busy"] = str(error)
    finally:
        blocker.rollback()
    return outcome


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
