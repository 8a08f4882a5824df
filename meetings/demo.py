"""Demo B2B meetings on the next Techdays: a session, partners' profiles and opportunities, two requests.

Safe to run again: what exists is left alone. Does nothing while there is no upcoming Techdays.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from clusters.models import Sector

from . import services
from .models import MeetingProgramme, MeetingRequest, MeetingSession, Opportunity, OpportunityType, ParticipantProfile

PROFILES = [
    {
        "email": "partner1@example.org",
        "organisation": "Cartes & Circuits Maghreb (demo)",
        "country": "MA",
        "organisation_type": "sme",
        "sectors": ["electronics"],
        "presentation": "PCB design and assembly for automotive and industrial customers, 60 people in Casablanca.",
        "opportunities": [
            ("offer", "supply", "SMT assembly of small and medium series"),
            ("request", "technology", "Automated optical inspection for our second line"),
        ],
    },
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
        "presentation": "Embedded software and IoT sensors for agriculture and industry.",
        "opportunities": [("offer", "expertise", "Firmware and IoT connectivity for your products")],
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


def upcoming_techdays():
    """The next Techdays, in the language its registrations use."""
    from agenda.models import EventPage, EventType

    event = (
        EventPage.objects.live()
        .filter(event_type=EventType.TECHDAYS, locale__language_code="en", cancelled=False)
        .upcoming()
        .order_by("start")
        .first()
    )
    return event.registration_event if event else None


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
    from agenda.models import Registration

    user = get_user_model().objects.filter(email=data["email"]).first()
    if user is None:
        return None
    if not Registration.objects.filter(event=event, user=user).exists():
        Registration.objects.create(
            event=event, user=user, status=Registration.Status.CONFIRMED, confirmed_at=timezone.now()
        )
    if not Registration.objects.filter(event=event, user=user, status=Registration.Status.CONFIRMED).exists():
        return None
    profile, created = ParticipantProfile.objects.get_or_create(
        programme=programme,
        user=user,
        defaults={key: data[key] for key in ("organisation", "country", "organisation_type", "presentation")},
    )
    if created:
        profile.sectors.set(Sector.objects.filter(slug__in=data["sectors"]))
        for kind, type_slug, title in data["opportunities"]:
            opportunity_type = OpportunityType.objects.get(programme=None, slug=type_slug)
            Opportunity.objects.create(profile=profile, kind=kind, type=opportunity_type, title=title)
    return profile, created


def _requests(programme: MeetingProgramme, profiles: dict[str, ParticipantProfile], event) -> int:
    """One accepted meeting (with its slot) and one request waiting for an answer."""
    if programme.requests.exists() or not {"partner1@example.org", "partner2@example.org"} <= set(profiles):
        return 0
    now = min(timezone.now(), event.start - timedelta(hours=1))
    accepted = services.send_request(
        profiles["partner2@example.org"],
        profiles["partner1@example.org"],
        "We are looking for a cable-harness assembly partner near Casablanca. Could we meet at the Techdays?",
        now=now,
    )
    services.accept_request(accepted.pk, profiles["partner1@example.org"].user, now=now)
    created = 2
    if "partner3@example.org" in profiles:
        services.send_request(
            profiles["partner3@example.org"],
            profiles["partner1@example.org"],
            "Our IoT modules could use your SMT line. Shall we talk about a small series?",
            now=now,
        )
        created += 1
    return created if MeetingRequest.objects.filter(programme=programme).exists() else 0
