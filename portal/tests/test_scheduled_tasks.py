"""Periodic work without a broker: `run_scheduled_tasks` runs the beat schedule in its own process."""

import io
from datetime import timedelta

from celery.schedules import crontab
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.utils import timezone

from outbox.models import OutboxMessage
from outbox.services import queue_email
from portal.management.commands.run_scheduled_tasks import due_tasks


def test_once_runs_every_task_and_the_sweep_delivers_what_waited(db, settings):
    """A message whose delivery failed (the mail server was down) leaves with the next sweep."""
    queue_email(EmailMessage("Waiting", "Body", to=["amina@example.org"]))  # not sent: no commit here
    assert OutboxMessage.objects.get(subject="Waiting").status == OutboxMessage.Status.PENDING
    out = io.StringIO()
    call_command("run_scheduled_tasks", "--once", stdout=out, stderr=io.StringIO())
    assert OutboxMessage.objects.get(subject="Waiting").status == OutboxMessage.Status.SENT
    assert [message.subject for message in mail.outbox] == ["Waiting"]
    for name in settings.CELERY_BEAT_SCHEDULE:
        assert f" {name}: " in out.getvalue()


def test_a_failing_task_is_reported_and_the_others_still_run(db, settings):
    settings.CELERY_BEAT_SCHEDULE = {
        "broken": {"task": "outbox.tasks.send_outbox_message", "schedule": 60.0, "args": ("not-a-number",)},
        "outbox-sweep": {"task": "outbox.tasks.sweep_outbox", "schedule": 60.0},
    }
    out, errors = io.StringIO(), io.StringIO()
    call_command("run_scheduled_tasks", "--once", stdout=out, stderr=errors)
    assert "broken: failed" in errors.getvalue()
    assert "outbox-sweep: 0" in out.getvalue()


def test_a_task_is_due_once_its_interval_has_passed():
    now = timezone.now()
    entries = {
        "every-minute": {"task": "x", "schedule": 60.0},
        "hourly": {"task": "y", "schedule": 3600.0},
        "mondays": {"task": "z", "schedule": crontab(minute=0, hour=6, day_of_week="mon")},
    }
    ran = {
        "every-minute": now - timedelta(seconds=61),
        "hourly": now - timedelta(minutes=5),
        "mondays": now - timedelta(days=8),
    }
    assert due_tasks(entries, ran) == ["every-minute", "mondays"]
    assert due_tasks(entries, dict.fromkeys(entries, now)) == []
