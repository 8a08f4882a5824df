"""The demo B2B meetings on the next Techdays, loaded once."""

import io

from meetings.demo import load_meetings, upcoming_techdays
from meetings.models import Meeting, MeetingProgramme, MeetingRequest

from . import factories


def test_the_next_techdays_gets_sessions_profiles_and_requests_once(demo):
    if upcoming_techdays() is None:
        factories.event("Techdays 2031")
    load_meetings(io.StringIO())
    assert load_meetings(io.StringIO()) == 0
    programme = MeetingProgramme.objects.get(event=upcoming_techdays())
    assert programme.enabled and programme.sessions.count() == 2
    assert programme.profiles.count() >= 3
    assert programme.profiles.filter(opportunities__isnull=False).distinct().count() >= 3
    statuses = sorted(programme.requests.values_list("status", flat=True))
    assert statuses == [MeetingRequest.Status.ACCEPTED, MeetingRequest.Status.PENDING]
    meeting = Meeting.objects.get(request__programme=programme)
    assert meeting.table == 1 and meeting.slot.session.programme == programme


def test_without_an_upcoming_techdays_nothing_is_loaded(demo, monkeypatch):
    monkeypatch.setattr("meetings.demo.upcoming_techdays", lambda: None)
    output = io.StringIO()
    assert load_meetings(output) == 0
    assert "skipped" in output.getvalue()
