"""A person's B2B meetings, for the download of their data and for deleting their account
(registered with `accounts.personal_data` in `MeetingsConfig.ready`)."""

from typing import Any

from django.db.models import Q

from accounts.models import User

from .models import Meeting, MeetingFollowUp, MeetingRating, MeetingRequest, Opportunity, ParticipantProfile


def _profile(profile: ParticipantProfile) -> dict[str, Any]:
    return {
        "event": profile.programme.event.title,
        "organisation": profile.organisation,
        "country": profile.country,
        "organisation_type": profile.organisation_type,
        "sectors": [sector.name for sector in profile.sectors.all()],
        "presentation": profile.presentation,
        "created": profile.created,
        "opportunities": [
            {
                "kind": opportunity.kind,
                "type": opportunity.type.name,
                "title": opportunity.title,
                "description": opportunity.description,
            }
            for opportunity in profile.opportunities.all()
        ],
    }


def _request(request: MeetingRequest, other: ParticipantProfile) -> dict[str, Any]:
    return {
        "event": request.programme.event.title,
        "with": other.name,
        "message": request.message,
        "status": request.status,
        "sent": request.created,
        "expires_at": request.expires_at,
        "answered_at": request.answered_at,
    }


def _meeting(meeting: Meeting, user: User) -> dict[str, Any]:
    request = meeting.request
    mine = request.sender if request.sender.user_id == user.pk else request.recipient
    rating = next((rating for rating in meeting.ratings.all() if rating.profile_id == mine.pk), None)
    return {
        "event": request.programme.event.title,
        "with": request.other_side(mine).name,
        "starts_at": meeting.slot.starts_at,
        "ends_at": meeting.slot.ends_at,
        "table": meeting.table,
        "my_rating": {"outcome": rating.outcome, "comment": rating.comment} if rating else None,
    }


def _follow_up(follow_up: MeetingFollowUp) -> dict[str, Any]:
    request = follow_up.meeting.request
    return {
        "event": request.programme.event.title,
        "with": request.other_side(follow_up.profile).name,
        "asked_at": follow_up.sent_at,
        "outcome": follow_up.outcome,
        "agreement": follow_up.agreement,
        "proposal": follow_up.proposal.title if follow_up.proposal else None,
        "answered_at": follow_up.answered_at,
    }


def personal_data(user: User) -> dict[str, Any]:
    profiles = (
        ParticipantProfile.objects.filter(user=user)
        .select_related("programme__event")
        .prefetch_related("sectors", "opportunities__type")
    )
    requests = MeetingRequest.objects.filter(Q(sender__user=user) | Q(recipient__user=user)).select_related(
        "programme__event", "sender__user", "recipient__user"
    )
    meetings = (
        Meeting.objects.filter(bookings__profile__user=user)
        .select_related("slot", "request__programme__event", "request__sender__user", "request__recipient__user")
        .prefetch_related("ratings")
        .order_by("slot__starts_at")
    )
    follow_ups = MeetingFollowUp.objects.filter(profile__user=user).select_related(
        "profile",
        "proposal",
        "meeting__request__programme__event",
        "meeting__request__sender__user",
        "meeting__request__recipient__user",
    )
    return {
        "b2b_profiles": [_profile(profile) for profile in profiles],
        "meeting_requests_sent": [
            _request(item, item.recipient) for item in requests if item.sender.user_id == user.pk
        ],
        "meeting_requests_received": [
            _request(item, item.sender) for item in requests if item.recipient.user_id == user.pk
        ],
        "meetings": [_meeting(meeting, user) for meeting in meetings],
        "meeting_follow_ups": [_follow_up(follow_up) for follow_up in follow_ups],
    }


def erase_personal_data(user: User) -> None:
    """The B2B profiles stay (the events' figures count them, their meetings and ratings), emptied of
    who the person is; their opportunities go, the requests still waiting expire, and their words
    (request messages, rating comments) are removed. What came of their meetings stays as a bare
    outcome for the totals, without the proposal it named."""
    profiles = ParticipantProfile.objects.filter(user=user)
    ParticipantProfile.sectors.through.objects.filter(participantprofile__in=profiles).delete()
    Opportunity.objects.filter(profile__in=profiles).delete()
    profiles.update(organisation="", country="", presentation="")
    MeetingRequest.objects.filter(
        Q(sender__in=profiles) | Q(recipient__in=profiles), status=MeetingRequest.Status.PENDING
    ).update(status=MeetingRequest.Status.EXPIRED)
    MeetingRequest.objects.filter(sender__in=profiles).update(message="")
    MeetingRating.objects.filter(profile__in=profiles).update(comment="")
    MeetingFollowUp.objects.filter(profile__in=profiles).update(proposal=None)
