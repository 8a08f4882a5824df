"""B2B meetings: opting in, meeting requests and their answers, slots and ratings
(the expiry of unanswered requests is in `expiry`).

Each function that changes something runs in one transaction with the mail it sends. Accepting a
request locks the event's programme row, so acceptances of one event are placed one after the
other; unique rows per (slot, table) and per (slot, person) make double booking impossible even so.
"""

from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError

from . import event_details, mail
from .models import (
    Meeting,
    MeetingProgramme,
    MeetingRating,
    MeetingRequest,
    MeetingSession,
    MeetingSlot,
    Opportunity,
    ParticipantProfile,
    SlotBooking,
)
from .scheduling import Slot, first_free_placement, slot_times

LIVE_STATUSES = (MeetingRequest.Status.PENDING, MeetingRequest.Status.ACCEPTED, MeetingRequest.Status.DECLINED)


class MeetingError(DomainError):
    """A request the rules refuse; `message` says why, in the user's language."""


# Who may take part


def may_opt_in(programme: MeetingProgramme, user) -> bool:
    """Logged-in participants with a verified address and a confirmed registration, while meetings are open."""
    return (
        programme.enabled
        and user.is_authenticated
        and user.has_verified_email
        and event_details.is_confirmed_participant(programme.event, user)
    )


def active_profiles(programme: MeetingProgramme) -> QuerySet[ParticipantProfile]:
    """Profiles of people whose registration is still confirmed: someone who cancelled (or deleted their
    account) drops out of the meetings."""
    return programme.profiles.filter(
        Exists(event_details.confirmed_registrations(programme.event).filter(user=OuterRef("user"))),
        user__deleted_at__isnull=True,
    )


def complements(profile: ParticipantProfile) -> Exists:
    """For a query on other profiles: whether they offer a type of cooperation this profile asks
    for, or ask for one it offers. The directory lists them first."""
    mine = Opportunity.objects.filter(profile=profile)
    wanted = mine.filter(kind=Opportunity.Kind.REQUEST).values("type")
    offered = mine.filter(kind=Opportunity.Kind.OFFER).values("type")
    return Exists(
        Opportunity.objects.filter(profile=OuterRef("pk")).filter(
            Q(kind=Opportunity.Kind.OFFER, type__in=wanted) | Q(kind=Opportunity.Kind.REQUEST, type__in=offered)
        )
    )


def profile_of(programme: MeetingProgramme, user) -> ParticipantProfile | None:
    if not user.is_authenticated:
        return None
    return ParticipantProfile.objects.filter(programme=programme, user=user).first()


# Requests


def requests_counted_in_quota(profile: ParticipantProfile) -> QuerySet[MeetingRequest]:
    """Sent requests that use the quota: all but the expired ones (nobody answered them)."""
    return profile.sent_requests.filter(status__in=LIVE_STATUSES)


def quota_left(profile: ParticipantProfile) -> int:
    return max(0, profile.programme.request_quota - requests_counted_in_quota(profile).count())


def _refusal(sender: ParticipantProfile, recipient: ParticipantProfile) -> Any:
    """Why this request may not be sent, or None."""
    if not sender.programme.enabled:
        return _("B2B meetings are closed for this event.")
    if sender.pk == recipient.pk or sender.user_id == recipient.user_id:
        return _("You cannot request a meeting with yourself.")
    if recipient.programme_id != sender.programme_id:
        return _("This person has not opted in to the B2B meetings of this event.")
    active = active_profiles(sender.programme)
    if not active.filter(pk=sender.pk).exists():
        return _("Only participants with a confirmed registration may request meetings.")
    if not active.filter(pk=recipient.pk).exists():
        return _("This person has not opted in to the B2B meetings of this event.")
    between = MeetingRequest.objects.filter(
        Q(sender=sender, recipient=recipient) | Q(sender=recipient, recipient=sender), status__in=LIVE_STATUSES
    )
    if between.exists():
        return _("You have already exchanged a meeting request with this person.")
    if quota_left(sender) <= 0:
        return _("You have used all your meeting requests for this event.")
    return None


@transaction.atomic
def send_request(
    sender: ParticipantProfile,
    recipient: ParticipantProfile,
    message: str,
    now: datetime | None = None,
    notify: bool = True,
) -> MeetingRequest:
    """Ask another participant for a meeting; they are told by mail (unless `notify` is off, for demo content)."""
    now = now or timezone.now()
    # One sender's requests are counted one at a time, so two at once cannot both pass the quota.
    ParticipantProfile.objects.select_for_update().get(pk=sender.pk)
    refusal = _refusal(sender, recipient)
    if refusal is not None:
        raise MeetingError(refusal)
    expires_at = now + timedelta(hours=sender.programme.request_expiry_hours)
    ends = event_details.event_ends_at(sender.programme.event)
    if ends is not None and ends > now:
        expires_at = min(expires_at, ends)
    try:
        with transaction.atomic():
            request = MeetingRequest.objects.create(
                programme=sender.programme,
                sender=sender,
                recipient=recipient,
                message=message.strip(),
                created=now,
                expires_at=expires_at,
            )
    except IntegrityError as error:
        raise MeetingError(_("You have already exchanged a meeting request with this person.")) from error
    if notify:
        mail.announce_request(request)
    return request


def _locked_request(request_id: int, user) -> MeetingRequest:
    """The request addressed to this user, locked; any other is not found."""
    return (
        MeetingRequest.objects.select_for_update(of=("self",))
        .select_related("programme", "sender__user", "recipient__user")
        .get(pk=request_id, recipient__user=user)
    )


def _check_answerable(request: MeetingRequest, now: datetime) -> None:
    if request.status == MeetingRequest.Status.EXPIRED:
        raise MeetingError(_("This request has expired."))
    if request.status != MeetingRequest.Status.PENDING:
        raise MeetingError(_("This request has already been answered."))
    if request.expires_at <= now:
        raise MeetingError(_("This request has expired."))


@transaction.atomic
def decline_request(request_id: int, user, now: datetime | None = None) -> MeetingRequest:
    """The recipient says no; the sender is told. A request addressed to someone else is not found."""
    now = now or timezone.now()
    request = _locked_request(request_id, user)
    _check_answerable(request, now)
    request.status = MeetingRequest.Status.DECLINED
    request.answered_at = now
    request.save(update_fields=["status", "answered_at"])
    mail.announce_decline(request)
    return request


@transaction.atomic
def accept_request(request_id: int, user, now: datetime | None = None, notify: bool = True) -> Meeting:
    """The recipient says yes: the meeting gets the earliest slot both are free with a free table,
    and both receive it by mail with a calendar file.

    When no slot is left the request stays pending and MeetingError says so.
    """
    now = now or timezone.now()
    request = _locked_request(request_id, user)
    _check_answerable(request, now)
    # Acceptances of one event are placed one at a time.
    MeetingProgramme.objects.select_for_update().get(pk=request.programme_id)
    slots = ensure_slots(request.programme)
    booked_tables: dict[int, set[int]] = {}
    for slot_id, table in Meeting.objects.filter(slot__in=slots).values_list("slot_id", "table"):
        booked_tables.setdefault(slot_id, set()).add(table)
    busy = [
        _as_slot(booking.slot, 0)
        for booking in SlotBooking.objects.filter(profile__in=[request.sender, request.recipient]).select_related(
            "slot"
        )
    ]
    placement = first_free_placement(
        [_as_slot(slot, slot.session.tables) for slot in slots], booked_tables, busy, not_before=now
    )
    if placement is None:
        raise MeetingError(
            _("No meeting slot is left for both of you. The request stays open; the organisers may add tables or time.")
        )
    slot = next(slot for slot in slots if slot.pk == placement.slot.key)
    meeting = Meeting.objects.create(request=request, slot=slot, table=placement.table)
    SlotBooking.objects.bulk_create(
        [SlotBooking(meeting=meeting, slot=slot, profile=profile) for profile in (request.sender, request.recipient)]
    )
    request.status = MeetingRequest.Status.ACCEPTED
    request.answered_at = now
    request.save(update_fields=["status", "answered_at"])
    if notify:
        mail.announce_meeting(meeting)
    return meeting


def _as_slot(slot: MeetingSlot, tables: int) -> Slot:
    return Slot(slot.pk, slot.starts_at, slot.ends_at, tables)


def ensure_slots(programme: MeetingProgramme) -> list[MeetingSlot]:
    """The slots of every session of the programme, stored (the missing ones are created)."""
    sessions = list(MeetingSession.objects.filter(programme=programme))
    wanted = [
        MeetingSlot(session=session, starts_at=start, ends_at=end)
        for session in sessions
        for start, end in slot_times(session.starts_at, session.ends_at, session.meeting_minutes)
    ]
    MeetingSlot.objects.bulk_create(wanted, ignore_conflicts=True)
    valid = {(slot.session_id, slot.starts_at, slot.ends_at) for slot in wanted}
    stored = MeetingSlot.objects.filter(session__in=sessions).select_related("session").order_by("starts_at")
    # A session edited since (other length or times) keeps its old slots for the meetings in them only.
    return [slot for slot in stored if (slot.session_id, slot.starts_at, slot.ends_at) in valid]


# Agenda and ratings


def agenda_of(profile: ParticipantProfile) -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(bookings__profile=profile)
        .select_related("slot", "request__sender__user", "request__recipient__user")
        .order_by("slot__starts_at")
    )


def meeting_of(meeting_id: int, user) -> Meeting:
    """A meeting this user took part in; any other is not found."""
    return Meeting.objects.select_related("slot", "request__programme").get(pk=meeting_id, bookings__profile__user=user)


@transaction.atomic
def rate_meeting(meeting: Meeting, user, outcome: str, comment: str = "", now: datetime | None = None) -> MeetingRating:
    """One side says how the meeting went, once it has ended; rating again changes the answer."""
    now = now or timezone.now()
    profile = meeting.bookings.select_related("profile").get(profile__user=user).profile
    if meeting.slot.ends_at > now:
        raise MeetingError(_("You can rate a meeting once it has ended."))
    if outcome not in MeetingRating.Outcome.values:
        raise MeetingError(_("Choose one of the outcomes."))
    rating, _created = MeetingRating.objects.update_or_create(
        meeting=meeting, profile=profile, defaults={"outcome": outcome, "comment": comment.strip()}
    )
    return rating
