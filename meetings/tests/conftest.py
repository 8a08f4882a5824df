from datetime import timedelta

import pytest

from meetings.models import MeetingProgramme

from . import factories


@pytest.fixture
def techdays(demo):
    return factories.event()


@pytest.fixture
def b2b(techdays):
    """Open meetings: one session of four 30-minute slots at two tables, quota 3.

    The tests count requests, meetings and mail across the portal: the demo's meetings are
    removed first (inside the test's transaction, so they are back afterwards).
    """
    MeetingProgramme.objects.all().delete()
    return factories.programme(techdays, request_quota=3, request_expiry_hours=48, reminder_hours=12)


@pytest.fixture
def before_event(techdays):
    """A moment well before the event, when requests are sent and answered."""
    return techdays.start - timedelta(days=10)


@pytest.fixture
def amina(b2b):
    return factories.participant(b2b, "amina@example.org", "fr", "Atlas Composites")


@pytest.fixture
def karim(b2b):
    return factories.participant(b2b, "karim@example.org", "ar", "Cedar Sensors")


@pytest.fixture
def lucia(b2b):
    return factories.participant(b2b, "lucia@example.org", "en", "Valencia Robotics", country="ES")
