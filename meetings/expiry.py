"""Unanswered meeting requests: a reminder to the recipient before they expire, then their expiry.

Each request is reminded or expired in a transaction of its own with the mail it sends; a request
another sweep is working on is skipped, so sweeps may overlap and run again safely.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from . import mail
from .models import MeetingRequest


@dataclass
class ExpiryReport:
    reminded: int = 0
    expired: int = 0


def remind_and_expire_requests(now: datetime | None = None) -> ExpiryReport:
    """Remind recipients of requests about to expire, and expire the overdue ones. Safe to run again."""
    now = now or timezone.now()
    report = ExpiryReport()
    due = MeetingRequest.objects.filter(status=MeetingRequest.Status.PENDING, expires_at__lte=now)
    for request_id in due.values_list("pk", flat=True):
        report.expired += expire_request(request_id, now)
    soon = MeetingRequest.objects.filter(status=MeetingRequest.Status.PENDING, reminded_at=None, expires_at__gt=now)
    for request_id, expires_at, hours in soon.values_list("pk", "expires_at", "programme__reminder_hours"):
        if expires_at - timedelta(hours=hours) <= now:
            report.reminded += remind_request(request_id, now)
    return report


@transaction.atomic
def expire_request(request_id: int, now: datetime) -> bool:
    """Expire one overdue request and tell its sender; False when it was answered, expired or is being handled."""
    request = _pending_request(request_id, expires_at__lte=now)
    if request is None:
        return False
    request.status = MeetingRequest.Status.EXPIRED
    request.save(update_fields=["status"])
    mail.announce_expiry(request)
    return True


@transaction.atomic
def remind_request(request_id: int, now: datetime) -> bool:
    """Remind the recipient of one request about to expire; False when there is nothing (left) to remind."""
    request = _pending_request(request_id, reminded_at=None, expires_at__gt=now)
    if request is None:
        return False
    request.reminded_at = now
    request.save(update_fields=["reminded_at"])
    mail.remind_recipient(request)
    return True


def _pending_request(request_id: int, **conditions: Any) -> MeetingRequest | None:
    """The request, locked, while it is pending and meets `conditions`; None otherwise, or when
    another sweep holds it."""
    return (
        MeetingRequest.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("programme", "sender__user", "recipient__user")
        .filter(pk=request_id, status=MeetingRequest.Status.PENDING, **conditions)
        .first()
    )
