"""Periodic work on proposals (Celery beat): reminders and the end of searches for partners.

Each task is idempotent: a reminder is recorded with what it reminded of, and runs that
overlap skip rows another run holds.
"""

from celery import shared_task
from django.db import OperationalError

from . import interests, partner_search

RETRY = {"autoretry_for": (OperationalError,), "retry_backoff": 30, "max_retries": 5}


@shared_task(**RETRY)
def remind_expiring_partner_searches() -> int:
    return partner_search.remind_expiring_partner_searches()


@shared_task(**RETRY)
def close_expired_partner_searches() -> int:
    return partner_search.close_expired_partner_searches()


@shared_task(**RETRY)
def remind_unanswered_interests() -> int:
    return interests.remind_unanswered_interests()
