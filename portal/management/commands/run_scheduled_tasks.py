"""Run the periodic tasks of CELERY_BEAT_SCHEDULE in this process, for a portal without a broker.

In production a Celery worker and `celery beat` run them. On the embedded defaults (no broker, tasks
run eagerly) `make run` starts this command beside the web server, so the outbox sweep, reminders,
expiry, digests and the search-log flush happen on a laptop too. `--once` runs every task once and
stops: a way to see them work without waiting.
"""

import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from celery.schedules import schedule as every
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.celery import app

POLL_SECONDS = 5.0


def as_schedule(value: Any) -> Any:
    """A beat entry's schedule: seconds become an interval; crontabs stay as they are."""
    return every(value) if isinstance(value, int | float) else value


def due_tasks(entries: Mapping[str, Mapping[str, Any]], last_runs: dict[str, datetime]) -> list[str]:
    """The names of the entries due now; an entry never run is due after one interval from the start."""
    return [name for name, entry in entries.items() if as_schedule(entry["schedule"]).is_due(last_runs[name]).is_due]


class Command(BaseCommand):
    help = "Run the periodic tasks (CELERY_BEAT_SCHEDULE) in this process, without a broker."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every periodic task once, then stop.")

    def handle(self, *args, once: bool = False, **options) -> None:
        entries = settings.CELERY_BEAT_SCHEDULE
        app.loader.import_default_modules()  # registers the apps' tasks, as a worker does
        if once:
            for name in entries:
                self.run(name, entries[name])
            return
        started = timezone.now()
        last_runs = dict.fromkeys(entries, started)
        self.stdout.write(f"Running {len(entries)} periodic tasks in this process (Ctrl-C stops).")
        try:
            while True:
                for name in due_tasks(entries, last_runs):
                    last_runs[name] = timezone.now()
                    self.run(name, entries[name])
                time.sleep(POLL_SECONDS)
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")

    def run(self, name: str, entry: Mapping[str, Any]) -> None:
        """Run one task here and now; a failure is reported and the others go on."""
        result = app.tasks[entry["task"]].apply(args=entry.get("args", ()), kwargs=entry.get("kwargs", {}))
        stamp = timezone.localtime().strftime("%H:%M:%S")
        if result.failed():
            self.stderr.write(f"{stamp} {name}: failed: {result.result!r}")
        else:
            self.stdout.write(f"{stamp} {name}: {result.result}")
