"""Building events, meeting programmes and participants for tests (people and clusters come from
`tests.factories`)."""

from datetime import datetime, timedelta

from django.utils import timezone

from agenda.models import EventIndexPage, EventPage, Registration
from clusters.models import ClusterPage
from meetings.models import MeetingProgramme, MeetingSession, ParticipantProfile
from tests.factories import cluster, home_page, make_person


def event(
    title: str = "Test Techdays", organiser: ClusterPage | None = None, start: datetime | None = None
) -> EventPage:
    """A published event organised by a cluster (the demo's CE3M unless told), two days long."""
    start = start or datetime(2031, 5, 20, 8, 0, tzinfo=timezone.get_fixed_timezone(0))
    home = home_page()
    index = EventIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = EventIndexPage(title="Events", slug="events", locale=home.locale)
        home.add_child(instance=index)
        index.save_revision().publish()
    page = EventPage(
        title=title,
        summary="Two days of talks and B2B meetings.",
        organiser=organiser or cluster("ce3m"),
        time_zone="Africa/Casablanca",
        start=start,
        end=start + timedelta(days=1, hours=10),
        venue="Technopark",
        city="Casablanca",
        country="MA",
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def programme(
    event_page: EventPage, *, tables: int = 2, slots: int = 4, minutes: int = 30, **fields
) -> MeetingProgramme:
    """An open programme with one session of `slots` slots, starting an hour after the event."""
    programme = MeetingProgramme.objects.create(event=event_page, enabled=True, **fields)
    starts_at = event_page.start + timedelta(hours=1)
    MeetingSession.objects.create(
        programme=programme,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes * slots),
        meeting_minutes=minutes,
        tables=tables,
    )
    return programme


def register(event_page: EventPage, user, status: str = Registration.Status.CONFIRMED) -> Registration:
    return Registration.objects.create(event=event_page, user=user, status=status)


def participant(
    programme: MeetingProgramme, email: str, language: str = "en", organisation: str = "", **fields
) -> ParticipantProfile:
    """A person registered for the event who opted in to its meetings."""
    user = make_person(email, language=language)
    register(programme.event, user)
    return ParticipantProfile.objects.create(
        programme=programme,
        user=user,
        organisation=organisation or email.split("@")[0].title() + " SARL",
        **{"country": "MA", "organisation_type": "sme", **fields},
    )
