from celery import shared_task

from . import digest


@shared_task(autoretry_for=(ConnectionError, TimeoutError), retry_backoff=60, max_retries=5)
def send_weekly_digests() -> int:
    """Idempotent: a person's digest of a week is recorded once, so a retry or a second run sends nothing twice."""
    return digest.send_weekly_digests()
