from celery import shared_task
from django.db import OperationalError

from . import services


@shared_task(autoretry_for=(OperationalError,), retry_backoff=30, max_retries=5)
def send_event_reminders() -> int:
    """Remind attendees of tomorrow's events (run hourly by beat; each registration is reminded once)."""
    return services.send_reminders()
