"""The demo B2B meetings on the coming Techdays, loaded once and without mail."""

import io

from agenda.models import Registration
from meetings.demo import load_meetings, upcoming_techdays
from meetings.models import Meeting, MeetingProgramme, MeetingRequest
from outbox.models import OutboxMessage


def test_the_coming_techdays_gets_sessions_profiles_and_requests_once_and_no_mail(demo):
    event = upcoming_techdays()
    assert event.slug == "techdays-casablanca"
    # Loaded with the demo content; removing it and loading again rebuilds the same.
    MeetingProgramme.objects.filter(event=event).delete()
    mails = OutboxMessage.objects.count()
    assert load_meetings(io.StringIO()) > 0
    assert load_meetings(io.StringIO()) == 0
    assert OutboxMessage.objects.count() == mails
    programme = MeetingProgramme.objects.get(event=event)
    assert programme.enabled and programme.sessions.count() == 2
    confirmed = Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).values("user")
    assert programme.profiles.count() == 3
    assert not programme.profiles.exclude(user__in=confirmed).exists()
    assert not programme.profiles.filter(user__email="partner1@example.org").exists()
    statuses = sorted(programme.requests.values_list("status", flat=True))
    assert statuses == [MeetingRequest.Status.ACCEPTED, MeetingRequest.Status.PENDING]
    meeting = Meeting.objects.get(request__programme=programme)
    assert meeting.table == 1 and meeting.slot.session == programme.sessions.first()


def test_without_an_upcoming_techdays_nothing_is_loaded(demo, monkeypatch):
    monkeypatch.setattr("meetings.demo.upcoming_techdays", lambda: None)
    output = io.StringIO()
    assert load_meetings(output) == 0
    assert "skipped" in output.getvalue()
