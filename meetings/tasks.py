from celery import shared_task
from django.db import DatabaseError, OperationalError

from . import expiry, follow_ups


@shared_task(autoretry_for=(OperationalError, DatabaseError), retry_backoff=30, max_retries=5)
def remind_and_expire_meeting_requests() -> dict[str, int]:
    """Beat entry: reminders before expiry, then expiry of unanswered requests. Running it twice changes nothing."""
    report = expiry.remind_and_expire_requests()
    return {"reminded": report.reminded, "expired": report.expired}


@shared_task(autoretry_for=(OperationalError, DatabaseError), retry_backoff=30, max_retries=5)
def send_meeting_follow_ups() -> dict[str, int]:
    """Beat entry: ask both sides of promising meetings what came of them. Running it twice asks nobody twice."""
    return {"asked": follow_ups.send_follow_ups()}
