"""The mail of the B2B meetings: each participant is told, in their own language, what became of
a request, with links to their requests and their agenda."""

from django.utils import translation

from outbox.services import notify
from portal.translations import language_of

from . import event_details
from .calendar import agenda_ics
from .models import Meeting, MeetingFollowUp, MeetingRequest, ParticipantProfile


def announce_request(request: MeetingRequest) -> None:
    """Tell the recipient someone would like to meet them."""
    _tell(request.recipient, "request_received", request)


def remind_recipient(request: MeetingRequest) -> None:
    """Tell the recipient the request expires soon."""
    _tell(request.recipient, "expiry_reminder", request)


def announce_decline(request: MeetingRequest) -> None:
    _tell(request.sender, "request_declined", request)


def announce_expiry(request: MeetingRequest) -> None:
    """Tell the sender nobody answered in time."""
    _tell(request.sender, "request_expired", request)


def announce_meeting(meeting: Meeting) -> None:
    """Tell both sides when and where they meet, with a calendar file in each one's language."""
    request = meeting.request
    for profile in (request.sender, request.recipient):
        with translation.override(language_of(profile.user)):
            calendar = agenda_ics([meeting], profile)
        _tell(profile, "request_accepted", request, meeting=meeting, calendar=calendar)


def ask_follow_up(follow_up: MeetingFollowUp) -> None:
    """Ask one side, weeks after a promising meeting, what came of it."""
    meeting = follow_up.meeting
    event_id = meeting.request.programme.event_id
    notify(
        follow_up.profile.user,
        "meetings/email/follow_up",
        {
            "meeting": meeting,
            "other": meeting.request.other_side(follow_up.profile),
            "time_zone": event_details.event_time_zone(meeting.request.programme.event),
        },
        pages={"event": meeting.request.programme.event},
        links={"answer_url": ("meetings:follow_up", {"event_id": event_id, "meeting_id": meeting.pk})},
    )


def _tell(
    profile: ParticipantProfile,
    template: str,
    request: MeetingRequest,
    *,
    meeting: Meeting | None = None,
    calendar: bytes | None = None,
) -> None:
    event_id = request.programme.event_id
    notify(
        profile.user,
        f"meetings/email/{template}",
        {
            "request": request,
            "meeting": meeting,
            "other": request.other_side(profile),
            "time_zone": event_details.event_time_zone(request.programme.event),
        },
        pages={"event": request.programme.event},
        links={
            "requests_url": ("meetings:requests", {"event_id": event_id}),
            "agenda_url": ("meetings:agenda", {"event_id": event_id}),
        },
        attachments=[("meeting.ics", calendar, "text/calendar")] if calendar else [],
    )
