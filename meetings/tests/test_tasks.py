"""The periodic sweep of meeting requests."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from meetings import services, tasks
from meetings.models import MeetingRequest


def test_the_sweep_is_scheduled():
    entry = settings.CELERY_BEAT_SCHEDULE["meeting-requests-expiry"]
    assert entry["task"] == "meetings.tasks.remind_and_expire_meeting_requests"


def test_the_sweep_expires_overdue_requests_once(amina, karim):
    sent = timezone.now() - timedelta(days=3)
    services.send_request(amina, karim, "Hello", now=sent)
    assert tasks.remind_and_expire_meeting_requests.delay().get() == {"reminded": 0, "expired": 1}
    assert tasks.remind_and_expire_meeting_requests.delay().get() == {"reminded": 0, "expired": 0}
    assert MeetingRequest.objects.get().status == MeetingRequest.Status.EXPIRED
