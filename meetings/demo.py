"""Demo B2B meetings on the next Techdays: sessions, partners' profiles and opportunities, two requests.

Safe to run again: what exists is left alone. Does nothing while there is no upcoming Techdays.
No mail goes to the demo partners.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from agenda.models import EventPage, EventType, Registration
from clusters.models import Sector
from portal.translations import source_of

from . import services
from .models import MeetingProgramme, MeetingSession, Opportunity, OpportunityType, ParticipantProfile

# The demo partners registered for the coming Techdays (partner1 is left unregistered, to try registering).
PROFILES = [
    {
        "email": "partner2@example.org",
        "organisation": "Provence Mécatronique (demo)",
        "country": "FR",
        "organisation_type": "sme",
        "sectors": ["electronics", "aeronautics"],
        "presentation": "Mechatronic sub-assemblies for aeronautics; looking for a partner on the southern shore.",
        "opportunities": [
            ("request", "partnership", "Assembly partner in Morocco or Tunisia for cable harnesses"),
            ("offer", "research", "Joint Horizon Europe proposal on predictive maintenance"),
        ],
    },
    {
        "email": "partner3@example.org",
        "organisation": "Tunis Embedded Labs (demo)",
        "country": "TN",
        "organisation_type": "startup",
        "sectors": ["electronics"],
        "presentation": "Embedded software and IoT sensors for agriculture and industry, 25 engineers in Tunis.",
        "opportunities": [
            ("offer", "partnership", "Assembly and testing of electronic sub-assemblies in Tunis"),
            ("offer", "expertise", "Firmware and IoT connectivity for your products"),
        ],
    },
    {
        "email": "partner4@example.org",
        "organisation": "Cedar Agro Innovation (demo)",
        "country": "LB",
        "organisation_type": "research_centre",
        "sectors": [],
        "presentation": "Applied research in food processing and packaging.",
        "opportunities": [("request", "investment", "Co-investment in a pilot line for food packaging")],
    },
]
TECHDAYS_SLUG = "techdays-casablanca"


def upcoming_techdays() -> EventPage | None:
    """The next Techdays, in the language its registrations use (its source page)."""
    upcoming = EventPage.objects.live().filter(event_type=EventType.TECHDAYS, cancelled=False).upcoming()
    event = upcoming.filter(slug=TECHDAYS_SLUG).first() or upcoming.order_by("start").first()
    return source_of(event) if event else None


def load_meetings(stdout) -> int:
    """Returns how many objects were created."""
    event = upcoming_techdays()
    if event is None:
        stdout.write("  B2B meetings: no upcoming Techdays, skipped…")
        return 0
    stdout.write(f"  B2B meetings of {event.title}…")
    programme, created = MeetingProgramme.objects.get_or_create(
        event=event, defaults={"enabled": True, "request_quota": 8, "request_expiry_hours": 72, "reminder_hours": 24}
    )
    count = int(created)
    if created:
        count += _sessions(programme, event)
    profiles = [profile for data in PROFILES if (profile := _profile(programme, event, data))]
    count += sum(created for _profile_row, created in profiles)
    by_email = {profile.user.email: profile for profile, _created in profiles}
    count += _requests(programme, by_email, event)
    return count


def _sessions(programme: MeetingProgramme, event) -> int:
    """A morning session on the first day and an afternoon one, in the event's time zone."""
    day = timezone.localtime(event.start, event.zone).replace(hour=0, minute=0, second=0, microsecond=0)
    for start_hour, end_hour, tables in ((10, 12, 12), (14, 17, 8)):
        MeetingSession.objects.create(
            programme=programme,
            starts_at=day + timedelta(hours=start_hour),
            ends_at=day + timedelta(hours=end_hour),
            meeting_minutes=30,
            tables=tables,
        )
    return 2


def _profile(programme: MeetingProgramme, event, data: dict) -> tuple[ParticipantProfile, bool] | None:
    user = get_user_model().objects.filter(email=data["email"]).first()
    if (
        user is None
        or not Registration.objects.filter(event=event, user=user, status=Registration.Status.CONFIRMED).exists()
    ):
        return None
    profile, created = ParticipantProfile.objects.get_or_create(
        programme=programme,
        user=user,
        defaults={key: data[key] for key in ("organisation", "country", "organisation_type", "presentation")},
    )
    if created:
        profile.sectors.set(Sector.objects.filter(slug__in=data["sectors"]))
        types = {kind.slug: kind for kind in OpportunityType.objects.filter(programme=None)}
        for kind, type_slug, title in data["opportunities"]:
            if type_slug in types:
                Opportunity.objects.create(profile=profile, kind=kind, type=types[type_slug], title=title)
    return profile, created


def _requests(programme: MeetingProgramme, profiles: dict[str, ParticipantProfile], event) -> int:
    """One accepted meeting (with its slot and table) and one request waiting for an answer."""
    if programme.requests.exists() or not {"partner2@example.org", "partner3@example.org"} <= set(profiles):
        return 0
    now = min(timezone.now(), event.start - timedelta(hours=1))
    accepted = services.send_request(
        profiles["partner2@example.org"],
        profiles["partner3@example.org"],
        "We are looking for a partner in Tunis to assemble cable harnesses. Could we meet at the Techdays?",
        now=now,
        notify=False,
    )
    services.accept_request(accepted.pk, profiles["partner3@example.org"].user, now=now, notify=False)
    if "partner4@example.org" not in profiles:
        return 2
    services.send_request(
        profiles["partner4@example.org"],
        profiles["partner2@example.org"],
        "Your predictive maintenance work could help our food packaging pilot line. Shall we talk?",
        now=now,
        notify=False,
    )
    return 3
